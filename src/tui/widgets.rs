//! Small drawing helpers shared by the screens: the step bar, text bars, option lists, popups and
//! the key bar. All of them write into a [`Buffer`] and never change state.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::action::Binding;
use super::theme;
use crate::wizard::StepProgress;

/// A bar of `width` cells filled to `fraction` (0–1): `██████░░░░`.
pub fn bar(fraction: f64, width: usize) -> String {
    let fraction = if fraction.is_finite() { fraction.clamp(0.0, 1.0) } else { 0.0 };
    let target = fraction * width as f64;
    let filled = (0..width).take_while(|i| *i as f64 + 0.5 <= target).count();
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// The height `text` takes when wrapped at `width` (greedy word wrap on characters).
pub fn wrapped_height(text: &str, width: u16) -> u16 {
    let width = usize::from(width.max(1));
    let mut lines = 0usize;
    for paragraph in text.split('\n') {
        let mut used = 0usize;
        let mut count = 1usize;
        for word in paragraph.split(' ') {
            let w = word.chars().count();
            if used > 0 && used + 1 + w > width {
                count += 1 + w.saturating_sub(1) / width;
                used = w % width;
            } else {
                used += if used > 0 { 1 + w } else { w };
            }
        }
        lines += count;
    }
    u16::try_from(lines).unwrap_or(u16::MAX)
}

/// The step bar: one cell per step with number, title, a small bar and `done/asked`; the current
/// step is marked with ▶ and shown reversed.
pub fn step_bar(steps: &[StepProgress], current: usize, area: Rect, buf: &mut Buffer) {
    let n = u16::try_from(steps.len()).unwrap_or(1).max(1);
    let width = area.width / n;
    for (i, step) in steps.iter().enumerate() {
        let Ok(i16) = u16::try_from(i) else { break };
        let x = area.x + i16 * width;
        let w = if i16 + 1 == n { area.width - i16 * width } else { width };
        let style = if i == current { theme::STEP_CURRENT } else { theme::STEP };
        let marker = if i == current { "▶" } else { " " };
        let done = if step.asked > 0 && step.answered == step.asked { " ✓" } else { "" };
        let usable = usize::from(w.saturating_sub(1));
        // The title gives way (ending in …) so that the number and ✓ always show.
        let head = format!("{marker}{} ", i + 1);
        let room = usable.saturating_sub(head.chars().count() + done.chars().count());
        let title = format!("{head}{}{done}", truncate(&step.title, room));
        buf.set_stringn(x, area.y, format!("{title:<usable$}"), usable, style);
        if area.height > 1 {
            let count = format!(" {}/{}", step.answered, step.asked);
            let bar_width = usable.saturating_sub(count.chars().count() + 1);
            let fraction = if step.asked == 0 { 0.0 } else { step.answered as f64 / step.asked as f64 };
            let line = format!(" {}{count}", bar(fraction, bar_width));
            buf.set_stringn(x, area.y + 1, format!("{line:<usable$}"), usable, style);
        }
    }
}

/// `text` cut to `width` characters, ending in `…` when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    if width > 0 {
        cut.push('…');
    }
    cut
}

/// A centred popup of at most `width`×`height` inside `area`, cleared and framed; returns the
/// inside.
pub fn popup(title: &str, width: u16, height: u16, area: Rect, buf: &mut Buffer) -> Rect {
    let rect = area.centered(
        Constraint::Length(width.min(area.width.saturating_sub(2))),
        Constraint::Length(height.min(area.height.saturating_sub(2))),
    );
    Clear.render(rect, buf);
    let block = Block::bordered().title(format!(" {title} ")).border_style(theme::FOCUS).title_style(theme::FOCUS);
    let inner = block.inner(rect);
    block.render(rect, buf);
    inner
}

/// A popup holding wrapped text.
pub fn text_popup(title: &str, text: &str, area: Rect, buf: &mut Buffer) {
    let width = 64.min(area.width.saturating_sub(2));
    let height = wrapped_height(text, width.saturating_sub(2)) + 2;
    let inner = popup(title, width, height, area, buf);
    Paragraph::new(text.to_string()).wrap(Wrap { trim: false }).render(inner, buf);
}

/// Key bindings as `key description` pairs, packed on lines without splitting a pair.
pub fn key_bar<'a>(bindings: impl Iterator<Item = &'a Binding>, area: Rect, buf: &mut Buffer) {
    let width = usize::from(area.width);
    let mut lines: Vec<Line> = Vec::new();
    let mut current: Vec<Span> = Vec::new();
    let mut used = 0;
    for b in bindings {
        let text = format!(" {}", b.help);
        let len = b.label.chars().count() + text.chars().count();
        if used > 0 && used + 3 + len > width {
            lines.push(Line::from(std::mem::take(&mut current)));
            used = 0;
        }
        if used > 0 {
            current.push(Span::raw("   "));
            used += 3;
        }
        current.push(Span::styled(b.label, theme::KEY));
        current.push(Span::styled(text, theme::FOOTER));
        used += len;
    }
    lines.push(Line::from(current));
    Paragraph::new(lines).render(area, buf);
}

/// One line of a list: `▶ ` on the cursor row, reversed.
pub fn list_line(text: &str, selected: bool, style: Style) -> Line<'static> {
    let marker = if selected { "▶ " } else { "  " };
    let style = if selected { style.patch(theme::SELECTED) } else { style };
    Line::styled(format!("{marker}{text}"), style)
}

/// Split `text` into lines of at most `width` characters at spaces (long words are cut; a no-break
/// space does not split).
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    // A no-break space (U+00A0) keeps its neighbours together, e.g. a date and its time.
    for word in text.split(|c: char| c.is_whitespace() && c != '\u{a0}').filter(|w| !w.is_empty()) {
        let mut word: Vec<char> = word.chars().collect();
        let used = line.chars().count();
        if used > 0 && used + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        while word.len() > width {
            let rest = word.split_off(width);
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(word.into_iter().collect());
            word = rest;
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.extend(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A list entry wrapped to `width` columns: the first line carries the selection marker and
/// `head` (e.g. `( ) 2.`, or nothing), continuation lines are indented under the label.
pub fn wrapped_list_item(head: &str, label: &str, selected: bool, style: Style, width: u16) -> Vec<Line<'static>> {
    let head = if head.is_empty() { String::new() } else { format!("{head} ") };
    let indent = 2 + head.chars().count();
    let available = usize::from(width).saturating_sub(indent).max(8);
    let style = if selected { style.patch(theme::SELECTED) } else { style };
    let marker = if selected { "▶ " } else { "  " };
    wrap_words(label, available)
        .into_iter()
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                Line::styled(format!("{marker}{head}{part}"), style)
            } else {
                Line::styled(format!("{}{part}", " ".repeat(indent)), style)
            }
        })
        .collect()
}

/// The first item to show so that item `cursor` (and the items before it, as far as they fit) is
/// visible in `height` rows, when item `i` takes `heights[i]` rows.
pub fn scroll_offset_wrapped(heights: &[usize], cursor: usize, height: u16) -> usize {
    let height = usize::from(height.max(1));
    let mut offset = cursor.min(heights.len().saturating_sub(1));
    let mut used = heights.get(offset).copied().unwrap_or(1);
    while offset > 0 && used + heights[offset - 1] <= height {
        offset -= 1;
        used += heights[offset];
    }
    offset
}

/// The first row to show so that `cursor` is visible in `height` rows.
pub fn scroll_offset(cursor: usize, height: u16) -> usize {
    cursor.saturating_sub(usize::from(height.max(1)) - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_and_wrapping() {
        assert_eq!(wrap_words("een twee drie", 8), ["een twee", "drie"]);
        assert_eq!(wrap_words("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap_words("", 4), [""]);
        assert_eq!(wrap_words("op 2026-01-02\u{a0}10:30", 16), ["op", "2026-01-02\u{a0}10:30"], "kept together");
        assert_eq!(scroll_offset_wrapped(&[1, 2, 2, 1], 3, 3), 2);
        assert_eq!(scroll_offset_wrapped(&[1, 2, 2, 1], 0, 3), 0);
        assert_eq!(scroll_offset_wrapped(&[5], 0, 3), 0);
        let lines = wrapped_list_item("( ) 2.", "Eén persoon die het naast ander werk doet", true, Style::new(), 30);
        let text: Vec<String> = lines.iter().map(ToString::to_string).collect();
        assert_eq!(text, ["▶ ( ) 2. Eén persoon die het", "         naast ander werk doet"]);
        assert_eq!(bar(0.5, 4), "██░░");
        assert_eq!(bar(2.0, 3), "███");
        assert_eq!(bar(f64::NAN, 2), "░░");
        assert_eq!(wrapped_height("een twee drie", 8), 2);
        assert_eq!(wrapped_height("a\nb", 10), 2);
        assert_eq!(scroll_offset(10, 4), 7);
        assert_eq!(truncate("Participanten", 8), "Partici…");
        assert_eq!(truncate("Start", 8), "Start");
        assert_eq!(truncate("Start", 0), "");
    }
}
