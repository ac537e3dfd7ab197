//! The result screen as one scrollable document: a bar chart of the step scores, then position and
//! stage, the strategy quadrant, the procedure scenario and the first actions, laid out from
//! [`crate::wizard::result::Summary`] (the same summary the line mode prints). The lines are built
//! for a given width, so the key handler knows exactly how far the document scrolls.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::theme;
use super::widgets::{bar, wrap_words};
use crate::analysis::{Breadth, Focus, Quadrant, StepScore};
use crate::display::terminal_line;
use crate::strings;
use crate::wizard::result::{Item, Summary};

/// Rows and columns around the result document: header, step bar, status and key bar (6 rows), the
/// body's margin (2 columns) and the result's frame (2 rows, 2 columns).
const CHROME: (u16, u16) = (4, 8);

/// The inner size of the result document in a window of `width`×`height`.
pub fn viewport(width: u16, height: u16) -> (u16, u16) {
    (width.saturating_sub(CHROME.0), height.saturating_sub(CHROME.1))
}

/// The first line shown for a wanted `scroll`, so that the last page is never scrolled past.
pub fn clamp_scroll(scroll: usize, lines: usize, height: u16) -> usize {
    scroll.min(lines.saturating_sub(usize::from(height)))
}

/// Draw the framed document in `area`, starting at line `scroll`.
pub fn render(summary: &Summary, open: usize, scroll: usize, area: Rect, buf: &mut Buffer) {
    let block = Block::bordered().title(format!(" {} ", strings::TUI_RESULT_TITLE)).border_style(theme::BORDER);
    let inner = block.inner(area);
    let lines = lines(summary, open, inner.width);
    let offset = clamp_scroll(scroll, lines.len(), inner.height);
    let below = lines.len() > offset + usize::from(inner.height);
    let block = match (offset > 0, below) {
        (_, true) => block.title_bottom(Line::styled(format!(" {} ", strings::TUI_MORE), theme::KEY).right_aligned()),
        (true, false) => {
            block.title_bottom(Line::styled(format!(" {} ", strings::TUI_MORE_ABOVE), theme::KEY).right_aligned())
        }
        (false, false) => block,
    };
    block.render(area, buf);
    Paragraph::new(lines.into_iter().skip(offset).take(usize::from(inner.height)).collect::<Vec<_>>())
        .render(inner, buf);
}

/// The whole document at `width` columns.
pub fn lines(summary: &Summary, open: usize, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width.max(1));
    let mut out = step_chart(&summary.steps, width);
    out.extend(wrapped(&strings::result_total(summary.total), width, 0, 0, theme::PROMPT));
    out.extend(wrapped(&strings::result_gaps(summary.gaps), width, 0, 0, Style::new()));
    out.extend(wrapped(&strings::tui_open_left(open), width, 0, 0, Style::new()));
    for section in &summary.sections {
        out.push(Line::default());
        out.push(Line::styled(format!("── {} ──", section.title), theme::PROMPT));
        for item in &section.items {
            out.extend(item_lines(item, width));
        }
    }
    out
}

/// One item: a labelled value, an indented explanation, a warning, the grid or an action.
fn item_lines(item: &Item, width: usize) -> Vec<Line<'static>> {
    match item {
        Item::Field(label, value) => labelled(label, value, width, Style::new()),
        Item::Text(text) => wrapped(text, width, 2, 2, theme::HELP_TEXT),
        Item::Warning(text) => labelled(&format!("⚠ {}", strings::RESULT_WARNING), text, width, theme::PROBLEM),
        Item::Quadrants(cells) => grid(cells),
        Item::Action { number, horizon, title, owner } => {
            let head = format!("{number}. [{horizon}] ");
            let indent = format!("{number}. ").len();
            let mut lines = wrapped(&format!("{head}{title}"), width, 0, indent, Style::new());
            lines.extend(wrapped(&format!("{}: {owner}", strings::RESULT_OWNER), width, indent, indent, theme::DIM));
            lines
        }
    }
}

/// `text` wrapped at `width`: the first line indented by `first`, the others by `rest`.
fn wrapped(text: &str, width: usize, first: usize, rest: usize, style: Style) -> Vec<Line<'static>> {
    wrap_words(&terminal_line(text), width.saturating_sub(first.max(rest)).max(8))
        .into_iter()
        .enumerate()
        .map(|(i, part)| Line::styled(format!("{}{part}", " ".repeat(if i == 0 { first } else { rest })), style))
        .collect()
}

/// `Label: value`, the label bold (and in `label_style`), wrapped with a hanging indent of 2.
fn labelled(label: &str, value: &str, width: usize, label_style: Style) -> Vec<Line<'static>> {
    let head = format!("{label}:");
    let parts = wrap_words(&format!("{head} {}", terminal_line(value)), width.saturating_sub(2).max(8));
    parts
        .into_iter()
        .enumerate()
        .map(|(i, part)| match part.strip_prefix(&head) {
            Some(rest) if i == 0 => Line::from(vec![
                Span::styled(head.clone(), label_style.patch(theme::PROMPT)),
                Span::raw(rest.to_string()),
            ]),
            _ if i == 0 => Line::raw(part),
            _ => Line::raw(format!("  {part}")),
        })
        .collect()
}

/// The Gransbergen 2×2: columns breedte/diepte, rows beleidsinhoudelijk/procesmatig, `[x]` on the
/// recommended cells.
fn grid(cells: &[Quadrant]) -> Vec<Line<'static>> {
    const ROW: usize = 22;
    const COL: usize = 12;
    let [c1, c2] = strings::RESULT_GRID_COLUMNS;
    let mut lines = vec![Line::styled(format!("{:ROW$}{c1:COL$}{c2}", ""), theme::DIM)];
    for (row, focus) in strings::RESULT_GRID_ROWS.iter().zip([Focus::Beleidsinhoudelijk, Focus::Procesmatig]) {
        let mut spans = vec![Span::raw(format!("  {row:<w$}", w = ROW - 2))];
        for breadth in [Breadth::Breedte, Breadth::Diepte] {
            let chosen = cells.iter().any(|c| c.breedte_diepte == breadth && c.inhoud_proces == focus && c.chosen);
            let (mark, style) = if chosen { ("[x]", theme::CHOSEN) } else { ("[ ]", theme::DIM) };
            spans.push(Span::styled(mark, style));
            spans.push(Span::raw(" ".repeat(COL - 3)));
        }
        if focus == Focus::Procesmatig {
            spans.push(Span::styled(strings::RESULT_GRID_LEGEND, theme::DIM));
        }
        lines.push(Line::from(spans));
    }
    lines
}

/// The bar chart: per step its progress (answered of asked) and its score out of 100.
fn step_chart(steps: &[StepScore], width: usize) -> Vec<Line<'static>> {
    let title_width = steps.iter().map(|s| s.title.chars().count()).max().unwrap_or(4).clamp(4, 18);
    // title, 2, bar, " 99/99", 2, bar, " 100/100"
    let bar_width = (width.saturating_sub(title_width + 2 + 6 + 2 + 8) / 2).clamp(3, 30);
    let mut lines = vec![Line::styled(
        format!(
            "{:title_width$}  {:w$}  {}",
            strings::TUI_STEP,
            strings::TUI_PROGRESS,
            strings::TUI_SCORE,
            w = bar_width + 6
        ),
        theme::PROMPT,
    )];
    for s in steps {
        let title: String = s.title.chars().take(title_width).collect();
        let fraction = if s.asked == 0 { 0.0 } else { s.answered as f64 / s.asked as f64 };
        let count = format!("{}/{}", s.answered, s.asked);
        let score = s.score.map_or_else(
            || Span::styled(strings::NO_SCORE, theme::DIM),
            |v| Span::styled(format!("{} {v:>3}/100", bar(f64::from(v) / 100.0, bar_width)), theme::BAR),
        );
        lines.push(Line::from(vec![
            Span::raw(format!("{title:title_width$}  {} {count:<5}  ", bar(fraction, bar_width))),
            score,
        ]));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrolling_stops_at_the_last_page() {
        assert_eq!(clamp_scroll(0, 10, 4), 0);
        assert_eq!(clamp_scroll(9, 10, 4), 6);
        assert_eq!(clamp_scroll(3, 2, 4), 0);
        assert_eq!(viewport(80, 24), (76, 16));
    }

    #[test]
    fn labels_keep_their_value_and_wrap_with_a_hanging_indent() {
        let lines = labelled("Positie", "Regie en nog wat woorden", 16, Style::new());
        let text: Vec<String> = lines.iter().map(ToString::to_string).collect();
        assert_eq!(text, ["Positie: Regie", "  en nog wat", "  woorden"]);
    }
}
