//! Drawing the consensus meeting: the agenda strip, the agenda, one question with who said what,
//! the summary at the end, and the decision forms as popups. Text from the group file goes through
//! [`safe`]; rendering never changes state.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use crate::answer::Answer;
use crate::display::{safe, safe_lines};
use crate::questionnaire::Kind;
use crate::strings::overleg as s;
use crate::tui::app::{AgreeForm, DecisionForm, MeetingScreen, MeetingView, VoteForm, answer_items};
use crate::tui::theme;
use crate::tui::widgets::{popup, scroll_offset_wrapped, truncate, wrap_words, wrapped_height, wrapped_list_item};
use crate::wizard::input;
use crate::wizard::meeting::{ItemStatus, Meeting, Place};

impl Widget for &MeetingScreen {
    fn render(self, area: Rect, buf: &mut Buffer) {
        match self.view {
            MeetingView::Agenda => render_agenda(self, area, buf),
            MeetingView::Item => render_item(self, area, buf),
            MeetingView::End => render_end(self, area, buf),
        }
        match &self.form {
            Some(DecisionForm::Agree(f)) => render_agree(f, area, buf),
            Some(DecisionForm::Divided(editor)) => render_divided(editor, area, buf),
            Some(DecisionForm::Vote(f)) => render_vote(f, area, buf),
            None => {}
        }
    }
}

/// A status as a symbol and a word (never colour alone).
fn status_mark(status: ItemStatus) -> (&'static str, &'static str) {
    match status {
        ItemStatus::Open => ("○", s::STATUS_OPEN),
        ItemStatus::Agreed => ("✓", s::STATUS_AGREED),
        ItemStatus::Divided => ("≠", s::STATUS_DIVIDED),
        ItemStatus::SplitVote => ("≠", s::STATUS_SPLIT_VOTE),
    }
}

/// The strip under the header: the items of the walk with their status, the current one marked
/// (a window around it when they do not all fit), and the tally.
pub fn agenda_strip(m: &MeetingScreen, area: Rect, buf: &mut Buffer) {
    let meeting = &m.meeting;
    let current = match (m.view, meeting.position()) {
        (MeetingView::Agenda, _) => Some(m.selected),
        (_, Place::Item(i)) => Some(i),
        (_, Place::End) => None,
    };
    let cells: Vec<String> = meeting
        .items()
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let (mark, _) = status_mark(meeting.status(i));
            let arrow = if current == Some(i) { "▶" } else { " " };
            format!("{arrow}{}{mark} ", item.agenda.number)
        })
        .collect();
    let room = usize::from(area.width).saturating_sub(s::STRIP_LABEL.chars().count() + 6);
    let (start, end) = strip_window(&cells, current.unwrap_or(cells.len().saturating_sub(1)), room);
    let mut spans = vec![Span::styled(format!(" {} ", s::STRIP_LABEL), theme::PROMPT)];
    if start > 0 {
        spans.push(Span::raw("… "));
    }
    for (i, cell) in cells.iter().enumerate().take(end).skip(start) {
        let style = if current == Some(i) { theme::STEP_CURRENT } else { theme::STEP };
        spans.push(Span::styled(cell.clone(), style));
    }
    if end < cells.len() {
        spans.push(Span::raw("…"));
    }
    Line::from(spans).render(Rect { height: 1, ..area }, buf);
    if area.height > 1 {
        let t = meeting.tally();
        let end = if meeting.position() == Place::End && m.view != MeetingView::Agenda { "▶ einde · " } else { "" };
        let tally = s::strip_tally(t.agreed, t.divided, t.open);
        Line::styled(format!(" {end}{tally}"), theme::HELP_TEXT).render(Rect { y: area.y + 1, height: 1, ..area }, buf);
    }
}

/// The cells `[start, end)` that fit in `room` columns and include `current`.
fn strip_window(cells: &[String], current: usize, room: usize) -> (usize, usize) {
    let width = |range: std::ops::Range<usize>| cells[range].iter().map(|c| c.chars().count()).sum::<usize>();
    let mut start = 0;
    while start < current && width(start..current.min(cells.len().saturating_sub(1)) + 1) > room {
        start += 1;
    }
    let mut end = start;
    while end < cells.len() && width(start..end + 1) <= room {
        end += 1;
    }
    (start, end.max((start + 1).min(cells.len())))
}

fn render_agenda(m: &MeetingScreen, area: Rect, buf: &mut Buffer) {
    let meeting = &m.meeting;
    let title = s::tui_agenda_title(meeting.items().len(), meeting.more());
    let intro_height = wrapped_height(s::TUI_AGENDA_INTRO, area.width) + 1;
    let [intro, list] = Layout::vertical([Constraint::Length(intro_height), Constraint::Fill(1)]).areas(area);
    Paragraph::new(s::TUI_AGENDA_INTRO).style(theme::HELP_TEXT).wrap(Wrap { trim: true }).render(intro, buf);
    let block = Block::bordered().title(format!(" {title} ")).border_style(theme::BORDER);
    let inner = block.inner(list);
    block.render(list, buf);
    if meeting.items().is_empty() {
        Paragraph::new(s::NO_AGENDA).wrap(Wrap { trim: true }).render(inner, buf);
        return;
    }
    let blocks: Vec<Vec<Line>> = meeting
        .items()
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let status = meeting.status(i);
            let (mark, word) = status_mark(status);
            let answer = meeting.decision_line(i).and_then(|d| d.answer).map(|a| safe(&a));
            let label = match (status, answer) {
                (ItemStatus::Open, _) => safe(&item.view.vraagtekst),
                (_, Some(a)) => format!("{} — {word}: {a}", safe(&item.view.vraagtekst)),
                (_, None) => format!("{} — {word}", safe(&item.view.vraagtekst)),
            };
            let head = format!("{mark} {:>2}.", item.agenda.number);
            wrapped_list_item(&head, &label, i == m.selected, Style::new(), inner.width)
        })
        .collect();
    let heights: Vec<usize> = blocks.iter().map(Vec::len).collect();
    let offset = scroll_offset_wrapped(&heights, m.selected, inner.height);
    let lines: Vec<Line> = blocks.into_iter().skip(offset).flatten().collect();
    Paragraph::new(lines).render(inner, buf);
}

/// Who said what, as lines of `width`: name (role) and answer in two columns when the names fit
/// in less than half the width, else the answer after the name; each note indented below.
fn answer_lines(m: &MeetingScreen, width: u16) -> Vec<Line<'static>> {
    let Some(item) = m.meeting.current() else { return Vec::new() };
    let width = usize::from(width);
    let names: Vec<String> = item.view.antwoorden.iter().map(|a| safe(&a.wie)).collect();
    let longest = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    let columns = longest * 20 <= width * 9;
    let mut lines = Vec::new();
    for (a, name) in item.view.antwoorden.iter().zip(names) {
        let answer_style = if a.gevraagd { Style::new() } else { theme::DIM };
        let answer = safe(&a.antwoord);
        if columns {
            let parts = wrap_words(&answer, width.saturating_sub(longest + 2).max(8));
            for (k, part) in parts.into_iter().enumerate() {
                let left = if k == 0 { name.clone() } else { String::new() };
                lines.push(Line::from(vec![
                    Span::styled(format!("{left:<longest$}  "), theme::PROMPT),
                    Span::styled(part, answer_style),
                ]));
            }
        } else {
            // "Name (role): answer", wrapped, continuation lines indented.
            let text = format!("{name}: {answer}");
            let head = name.chars().count() + 1;
            for (k, part) in wrap_words(&text, width.saturating_sub(4).max(8)).into_iter().enumerate() {
                if k == 0 {
                    let split = part.char_indices().nth(head).map_or(part.len(), |(at, _)| at);
                    let (who, rest) = part.split_at(split);
                    lines.push(Line::from(vec![
                        Span::styled(who.to_string(), theme::PROMPT),
                        Span::styled(rest.to_string(), answer_style),
                    ]));
                } else {
                    lines.push(Line::styled(format!("    {part}"), answer_style));
                }
            }
        }
        for (k, note_line) in a.notitie.as_deref().map(safe_lines).unwrap_or_default().into_iter().enumerate() {
            let mark = if k == 0 { "✎ " } else { "  " };
            for part in wrap_words(&format!("{mark}{note_line}"), width.saturating_sub(4).max(8)) {
                lines.push(Line::styled(format!("    {part}"), theme::HELP_TEXT));
            }
        }
    }
    lines
}

/// The decision on the current item, as one or two wrapped lines.
fn decision_text(meeting: &Meeting, i: usize) -> String {
    let Some(d) = meeting.decision_line(i) else { return s::TUI_NO_DECISION.to_string() };
    let answer = d.answer.as_deref().map(safe);
    let (mark, _) = status_mark(d.status);
    let text = match (&d.votes, d.status) {
        (Some(votes), _) => s::decision_vote(&safe(votes), answer.as_deref()),
        (None, ItemStatus::Divided) => s::decision_divided(answer.as_deref()),
        (None, _) => s::decision_agreed(answer.as_deref().unwrap_or_default()),
    };
    let motivation = d.motivation.map(|m| format!(" {}", s::motivation(&safe_lines(&m).join(" ")))).unwrap_or_default();
    s::tui_decision(mark, &format!("{text}{motivation}"))
}

/// The furthest the answers of the current item scroll in a body of `width`×`height`.
pub fn item_max_scroll(m: &MeetingScreen, width: u16, height: u16) -> usize {
    let [_, middle, _] = item_layout(m, Rect::new(0, 0, width, height));
    let inner = Block::bordered().inner(middle);
    answer_lines(m, inner.width).len().saturating_sub(usize::from(inner.height))
}

fn item_texts(m: &MeetingScreen) -> Option<(String, String, String, String)> {
    let Place::Item(i) = m.meeting.position() else { return None };
    let item = m.meeting.current()?;
    let on_agenda = i < m.meeting.agenda_len();
    let total = if on_agenda { m.meeting.agenda_len() } else { m.meeting.items().len() };
    let head = s::tui_item_head(
        &s::item_of(item.agenda.number, total, on_agenda),
        &safe(&item.view.stap),
        &item.weighs_on(),
        item.view.verschil,
    );
    let mut rule = s::tui_rule(&safe(&item.view.consensus));
    if !item.view.zwak_tekst.is_empty() {
        rule = format!("{rule}   {}", s::tui_weak(&item.weakness_line()));
    }
    let count = if item.view.telling.is_empty() { String::new() } else { s::count(&safe(&item.count_line())) };
    Some((head, safe(&item.view.vraagtekst), rule, count))
}

/// The item's areas: the question on top, who said what, the decision at the bottom.
fn item_layout(m: &MeetingScreen, area: Rect) -> [Rect; 3] {
    let Some((head, prompt, rule, count)) = item_texts(m) else { return [Rect::default(), area, Rect::default()] };
    let Place::Item(i) = m.meeting.position() else { return [Rect::default(), area, Rect::default()] };
    let w = area.width;
    let top = wrapped_height(&head, w).min(2)
        + wrapped_height(&prompt, w).min(3)
        + wrapped_height(&rule, w).min(3)
        + if count.is_empty() { 0 } else { wrapped_height(&count, w).min(2) };
    let bottom = wrapped_height(&decision_text(&m.meeting, i), w).min(3);
    Layout::vertical([Constraint::Length(top), Constraint::Fill(1), Constraint::Length(bottom)]).areas(area)
}

fn render_item(m: &MeetingScreen, area: Rect, buf: &mut Buffer) {
    let (Some((head, prompt, rule, count)), Place::Item(i)) = (item_texts(m), m.meeting.position()) else { return };
    let [top, middle, bottom] = item_layout(m, area);
    let w = area.width;
    let [head_area, prompt_area, rule_area, count_area] = Layout::vertical([
        Constraint::Length(wrapped_height(&head, w).min(2)),
        Constraint::Length(wrapped_height(&prompt, w).min(3)),
        Constraint::Length(wrapped_height(&rule, w).min(3)),
        Constraint::Fill(1),
    ])
    .areas(top);
    Paragraph::new(head).style(theme::HELP_TEXT).wrap(Wrap { trim: true }).render(head_area, buf);
    Paragraph::new(prompt).style(theme::PROMPT).wrap(Wrap { trim: true }).render(prompt_area, buf);
    let weak = m.meeting.current().is_some_and(|item| !item.view.zwak_tekst.is_empty());
    Paragraph::new(rule)
        .style(if weak { theme::FOCUS } else { Style::new() })
        .wrap(Wrap { trim: true })
        .render(rule_area, buf);
    Paragraph::new(count).wrap(Wrap { trim: true }).render(count_area, buf);
    let block = Block::bordered().title(format!(" {} ", s::TUI_WHO)).border_style(theme::BORDER);
    let inner = block.inner(middle);
    let lines = answer_lines(m, inner.width);
    let max = lines.len().saturating_sub(usize::from(inner.height));
    let scroll = m.scroll.min(max);
    let block = if scroll < max {
        block.title_bottom(Line::styled(format!(" {} ", s::TUI_MORE_BELOW), theme::KEY).right_aligned())
    } else {
        block
    };
    block.render(middle, buf);
    Paragraph::new(lines.into_iter().skip(scroll).collect::<Vec<_>>()).render(inner, buf);
    let decided = m.meeting.decision(i).is_some();
    let style = if decided { theme::CHOSEN } else { theme::DIM };
    Paragraph::new(decision_text(&m.meeting, i)).style(style).wrap(Wrap { trim: true }).render(bottom, buf);
}

/// The summary as lines of `width`.
fn end_lines(m: &MeetingScreen, width: u16) -> Vec<Line<'static>> {
    let Some(summary) = &m.summary else { return Vec::new() };
    let width = usize::from(width);
    let t = m.meeting.tally();
    let mut lines = vec![Line::styled(s::END_TITLE, theme::PROMPT), Line::raw(s::tally(t.agreed, t.divided, t.open))];
    let item = |lines: &mut Vec<Line<'static>>, mark: &str, text: &str, style: Style| {
        for (k, part) in wrap_words(text, width.saturating_sub(4).max(8)).into_iter().enumerate() {
            let head = if k == 0 { format!("  {mark} ") } else { "    ".to_string() };
            lines.push(Line::styled(format!("{head}{part}"), style));
        }
    };
    let decided = [(s::END_AGREED, "✓", &summary.agreed), (s::END_DIVIDED, "≠", &summary.divided)];
    for (title, mark, list) in decided {
        if list.is_empty() {
            continue;
        }
        lines.push(Line::default());
        lines.push(Line::styled(title, theme::PROMPT));
        for l in list {
            let votes = l.votes.as_deref().map(safe);
            let motivation = l.motivation.as_deref().map(|m| safe_lines(m).join(" "));
            let text = s::summary_line(&safe(&l.prompt), &safe(&l.answer), votes.as_deref(), motivation.as_deref());
            item(&mut lines, mark, &text, Style::new());
        }
    }
    if !summary.open.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(s::END_OPEN, theme::PROMPT));
        for prompt in &summary.open {
            item(&mut lines, "○", &safe(prompt), theme::DIM);
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(s::END_RESULTS, theme::PROMPT));
    for (label, value) in &summary.results {
        item(&mut lines, " ", &format!("{label}: {}", safe(value)), Style::new());
    }
    if !summary.fragile.is_empty() {
        lines.push(Line::default());
        lines.push(Line::styled(s::END_FRAGILE, theme::PROMPT));
        for f in &summary.fragile {
            item(&mut lines, "⚠", &safe(f), theme::FOCUS);
        }
    }
    lines.push(Line::default());
    if summary.more > 0 {
        item(&mut lines, "›", &s::tui_more(summary.more), theme::KEY);
    }
    item(&mut lines, "›", s::TUI_REPORT_HINT, theme::KEY);
    lines
}

/// The furthest the summary scrolls in a body of `width`×`height` (a row kept for "↓ meer" while
/// there is more below).
pub fn end_max_scroll(m: &MeetingScreen, width: u16, height: u16) -> usize {
    let total = end_lines(m, width).len();
    if total <= usize::from(height) { 0 } else { total - usize::from(height.saturating_sub(1).max(1)) }
}

fn render_end(m: &MeetingScreen, area: Rect, buf: &mut Buffer) {
    let lines = end_lines(m, area.width);
    let max = end_max_scroll(m, area.width, area.height);
    let scroll = m.scroll.min(max);
    // When there is more below, the last row says so.
    let rows = if scroll < max { area.height.saturating_sub(1) } else { area.height };
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(usize::from(rows)).collect();
    Paragraph::new(shown).render(Rect { height: rows, ..area }, buf);
    if scroll < max {
        let below = Rect { y: area.y + rows, height: 1, ..area };
        Line::styled(format!("{} ", s::TUI_MORE_BELOW), theme::KEY).right_aligned().render(below, buf);
    }
}

/// A bordered text field with a label above it.
fn labelled_field(label: &str, editor: &ratatui_textarea::TextArea<'_>, focused: bool, area: Rect, buf: &mut Buffer) {
    let [label_area, field] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    let (marker, style) = if focused { ("▶ ", theme::FOCUS) } else { ("  ", Style::new()) };
    Line::styled(format!("{marker}{label}"), style).render(label_area, buf);
    let block = Block::bordered().border_style(if focused { theme::FOCUS } else { theme::BORDER });
    let inner = block.inner(field);
    block.render(field, buf);
    editor.render(inner, buf);
}

fn render_agree(f: &AgreeForm, area: Rect, buf: &mut Buffer) {
    let width = 72.min(area.width.saturating_sub(2));
    let items = answer_items(&f.question);
    let prompt = safe(&f.question.prompt);
    let prompt_height = wrapped_height(&prompt, width.saturating_sub(2)).min(3);
    let list_height = if f.typed.is_some() { 3 } else { u16::try_from(items.len()).unwrap_or(u16::MAX) };
    let height = prompt_height + 1 + list_height + 1 + 5 + 2;
    let inner = popup(s::TUI_AGREE_TITLE, width, height, area, buf);
    let [prompt_area, _, list, _, motivation] = Layout::vertical([
        Constraint::Length(prompt_height),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(5),
    ])
    .areas(inner);
    Paragraph::new(prompt).style(theme::PROMPT).wrap(Wrap { trim: true }).render(prompt_area, buf);
    if let Some(editor) = &f.typed {
        let block = Block::bordered().border_style(if f.on_motivation { theme::BORDER } else { theme::FOCUS });
        let field = block.inner(list);
        block.render(list, buf);
        editor.render(field, buf);
    } else {
        agree_list(f, &items, list, buf);
    }
    labelled_field(s::TUI_MOTIVATION, &f.motivation, f.on_motivation, motivation, buf);
}

/// The answers of the agree form: radio buttons, or ticks for a multiple choice.
fn agree_list(f: &AgreeForm, items: &[String], list: Rect, buf: &mut Buffer) {
    let chosen = |i: usize| match (&f.answer, f.question.kind) {
        (Some(Answer::Choices(ids)), _) => f.question.options.get(i).is_some_and(|o| ids.contains(&o.id)),
        (Some(Answer::Choice(id)), _) => f.question.options.get(i).is_some_and(|o| &o.id == id),
        (Some(Answer::Number(n)), Kind::Scale) => {
            input::scale_values(&f.question).get(i).is_some_and(|v| input::same_value(*v, *n))
        }
        _ => false,
    };
    let multi = f.question.kind == Kind::Multi;
    let blocks: Vec<Vec<Line>> = items
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let mark = match (multi, chosen(i)) {
                (true, true) => "[x]",
                (true, false) => "[ ]",
                (false, true) => "(•)",
                (false, false) => "( )",
            };
            let head = if f.question.kind == Kind::Scale { mark.to_string() } else { format!("{mark} {}.", i + 1) };
            let style = if chosen(i) { theme::CHOSEN } else { Style::new() };
            wrapped_list_item(&head, &safe(label), !f.on_motivation && i == f.cursor, style, list.width)
        })
        .collect();
    let heights: Vec<usize> = blocks.iter().map(Vec::len).collect();
    let offset = scroll_offset_wrapped(&heights, f.cursor, list.height);
    Paragraph::new(blocks.into_iter().skip(offset).flatten().collect::<Vec<_>>()).render(list, buf);
}

fn render_divided(editor: &ratatui_textarea::TextArea<'_>, area: Rect, buf: &mut Buffer) {
    let width = 72.min(area.width.saturating_sub(2));
    let ask_height = wrapped_height(s::TUI_DIVIDED_ASK, width.saturating_sub(2));
    let inner = popup(s::TUI_DIVIDED_TITLE, width, ask_height + 5 + 2, area, buf);
    let [ask, field] = Layout::vertical([Constraint::Length(ask_height), Constraint::Fill(1)]).areas(inner);
    Paragraph::new(s::TUI_DIVIDED_ASK).wrap(Wrap { trim: true }).render(ask, buf);
    let block = Block::bordered().border_style(theme::FOCUS);
    let text = block.inner(field);
    block.render(field, buf);
    editor.render(text, buf);
}

/// The vote form as a popup (the meeting, and a groepssessie in the wizard).
pub fn render_vote(f: &VoteForm, area: Rect, buf: &mut Buffer) {
    let width = 72.min(area.width.saturating_sub(2));
    let rows = u16::try_from(f.ids.len()).unwrap_or(u16::MAX);
    let inner = popup(s::TUI_VOTE_TITLE, width, rows + 1 + 1 + 5 + 2, area, buf);
    let [list, outcome, note] =
        Layout::vertical([Constraint::Length(rows), Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
    let label_width = usize::from(list.width).saturating_sub(10);
    for (i, (label, count)) in f.labels.iter().zip(&f.counts).enumerate() {
        let focused = f.focus == i;
        let marker = if focused { "▶ " } else { "  " };
        let text = format!("{marker}{:<label_width$} {count:>5}", truncate(&safe(label), label_width));
        let style = if focused { theme::SELECTED } else { Style::new() };
        let y = list.y + u16::try_from(i).unwrap_or(u16::MAX);
        if y < list.bottom() {
            buf.set_stringn(list.x, y, text, usize::from(list.width), style);
        }
    }
    let votes = f.votes();
    let winner = crate::wizard::meeting::winner(&votes)
        .and_then(|id| f.ids.iter().position(|x| *x == id))
        .map(|i| safe(&f.labels[i]));
    Line::styled(s::tui_vote_outcome(winner.as_deref(), !votes.is_empty()), theme::HELP_TEXT).render(outcome, buf);
    labelled_field(s::TUI_VOTE_NOTE, &f.note, f.focus == f.ids.len(), note, buf);
}

#[cfg(test)]
mod tests {
    use super::strip_window;

    #[test]
    fn the_strip_keeps_the_current_item_in_view() {
        let cells: Vec<String> = (1..=35).map(|n| format!(" {n}○ ")).collect();
        assert_eq!(strip_window(&cells, 0, 40), (0, 9), "nine cells of four columns");
        let (start, end) = strip_window(&cells, 30, 40);
        assert!(start <= 30 && 30 < end, "{start}..{end}");
        assert_eq!(strip_window(&cells[..3], 2, 200), (0, 3));
        assert_eq!(strip_window(&cells, 5, 0), (5, 6), "at least the current one");
    }
}
