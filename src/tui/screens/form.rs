//! The record form (one actor of the inventory) over the question: two aligned columns, labels on
//! the left and values on the right, both wrapped. The focused field shows its input: a wrapping
//! text editor, or its options as a list of radio buttons `( )` or checkboxes `[ ]`. The form
//! scrolls so that the focused field (and the option under the cursor) stays in view; the focused
//! field's help sits at the bottom.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::super::app::{FieldInput, RecordForm};
use super::super::theme;
use super::super::widgets::{popup, wrap_words, wrapped_height};
use crate::questionnaire::{Field, Question};
use crate::strings;

/// What one row of the form shows in the value column.
enum Value {
    /// A line of text.
    Text(Line<'static>),
    /// A row of the focused text editor.
    Editor,
}

/// One row: the label column and the value column.
struct Row {
    label: Line<'static>,
    value: Value,
}

/// Draw `form` for question `q` over `area`.
pub fn render(form: &RecordForm, q: &Question, area: Rect, buf: &mut Buffer) {
    let title = form.index.map_or_else(|| strings::TUI_RECORD_NEW.to_string(), |i| strings::tui_record_edit(i + 1));
    let inner = popup(&title, area.width.saturating_sub(2), area.height, area, buf);
    let help = q.fields.get(form.focus).map_or("", |f| f.help.as_str());
    let help_height = if help.is_empty() { 0 } else { wrapped_height(help, inner.width).min(3) + 1 };
    let body = Rect { height: inner.height.saturating_sub(help_height), ..inner };
    let label_width = label_width(&q.fields, body.width);
    let value_width = body.width.saturating_sub(label_width + 1);
    let (rows, cursor, focus) = rows(form, &q.fields, usize::from(label_width), value_width);
    let offset = scroll(cursor, focus.clone(), usize::from(body.height));
    let mut editor_rows: Option<(u16, u16)> = None;
    for (i, row) in rows.iter().skip(offset).take(usize::from(body.height)).enumerate() {
        let y = body.y + u16::try_from(i).unwrap_or(0);
        buf.set_line(body.x, y, &row.label, label_width);
        let x = body.x + label_width + 1;
        match &row.value {
            Value::Text(line) => {
                buf.set_line(x, y, line, value_width);
            }
            Value::Editor => {
                editor_rows = Some(editor_rows.map_or((y, 1), |(top, n)| (top, n + 1)));
            }
        }
    }
    // The focused field's label stays in view while its options scroll.
    if focus.start < offset
        && let Some(field) = q.fields.get(form.focus)
    {
        let visible = focus.end.saturating_sub(offset).min(usize::from(body.height));
        for (k, label) in label_lines(field, true, usize::from(label_width)).iter().take(visible).enumerate() {
            buf.set_line(body.x, body.y + u16::try_from(k).unwrap_or(0), label, label_width);
        }
    }
    more_markers(offset > 0, offset + usize::from(body.height) < rows.len(), inner, buf);
    if let (Some((top, height)), Some(FieldInput::Text(editor))) = (editor_rows, form.inputs.get(form.focus)) {
        let rect = Rect { x: body.x + label_width + 1, y: top, width: value_width, height };
        buf.set_style(rect, theme::INPUT);
        editor.render(rect, buf);
    }
    if help_height > 0 {
        let help_area = Rect { y: body.bottom() + 1, height: help_height - 1, ..inner };
        Paragraph::new(help.to_string()).style(theme::HELP_TEXT).wrap(Wrap { trim: true }).render(help_area, buf);
    }
}

/// `▲ meer` / `▼ meer` on the frame when rows are scrolled out above or below.
fn more_markers(above: bool, below: bool, inner: Rect, buf: &mut Buffer) {
    let right = inner.right().saturating_sub(10);
    if above {
        buf.set_string(right, inner.y.saturating_sub(1), format!(" ▲ {} ", strings::TUI_MORE_WORD), theme::KEY);
    }
    if below {
        buf.set_string(right, inner.bottom(), format!(" ▼ {} ", strings::TUI_MORE_WORD), theme::KEY);
    }
}

/// Wide enough for the labels, at most two fifths of the form.
fn label_width(fields: &[Field], width: u16) -> u16 {
    let widest = fields.iter().map(|f| f.label.chars().count() + 4).max().unwrap_or(8);
    u16::try_from(widest).unwrap_or(u16::MAX).min(width * 2 / 5).max(8)
}

/// All rows of the form, the rows of the cursor (the option under it, or the editor) and the rows
/// of the focused field.
fn rows(form: &RecordForm, fields: &[Field], label_width: usize, value_width: u16) -> (Vec<Row>, Range, Range) {
    let mut rows: Vec<Row> = Vec::new();
    let (mut cursor_rows, mut focus_start, mut focus_end) = (0..0, 0, 0);
    for (i, (field, input)) in fields.iter().zip(&form.inputs).enumerate() {
        let focused = i == form.focus;
        let labels = label_lines(field, focused, label_width);
        let (values, cursor) = if focused {
            focus_start = rows.len();
            focused_values(field, input, value_width)
        } else {
            (summary_lines(field, input, usize::from(value_width)), 0..0)
        };
        if focused {
            cursor_rows = rows.len() + cursor.start..rows.len() + cursor.end;
        }
        let height = labels.len().max(values.len());
        let mut labels = labels.into_iter();
        let mut values = values.into_iter();
        for _ in 0..height {
            let label = labels.next().unwrap_or_default();
            let value = values.next().unwrap_or(Value::Text(Line::default()));
            rows.push(Row { label, value });
        }
        if focused {
            focus_end = rows.len();
        }
    }
    (rows, cursor_rows, focus_start..focus_end)
}

type Range = std::ops::Range<usize>;

/// The label, wrapped; `▶` and the focus style on the focused field, `*` on a required one.
fn label_lines(field: &Field, focused: bool, width: usize) -> Vec<Line<'static>> {
    let required = if field.required { " *" } else { "" };
    let style = if focused { theme::FOCUS } else { Style::new() };
    wrap_words(&format!("{}{required}", field.label), width.saturating_sub(2))
        .into_iter()
        .enumerate()
        .map(|(k, part)| {
            let marker = if focused && k == 0 { "▶ " } else { "  " };
            Line::styled(format!("{marker}{part}"), style)
        })
        .collect()
}

/// An unfocused field: its value (the chosen labels, or the text) wrapped, `—` when empty.
fn summary_lines(field: &Field, input: &FieldInput, width: usize) -> Vec<Value> {
    let text = match input {
        FieldInput::Text(editor) => crate::display::terminal_line(&editor.lines().join(" ")).into_owned(),
        FieldInput::Choice { chosen, .. } => {
            let picked: Vec<&str> =
                field.options.iter().zip(chosen).filter(|(_, c)| **c).map(|(o, _)| o.label.as_str()).collect();
            picked.join(", ")
        }
    };
    if text.trim().is_empty() {
        return vec![Value::Text(Line::styled("—", theme::DIM))];
    }
    wrap_words(&text, width).into_iter().map(|l| Value::Text(Line::raw(l))).collect()
}

/// The focused field's input and the rows of its cursor within it.
fn focused_values(field: &Field, input: &FieldInput, width: u16) -> (Vec<Value>, Range) {
    match input {
        FieldInput::Text(editor) => {
            let rows = wrapped_height(&editor.lines().join("\n"), width.saturating_sub(1)).max(1);
            ((0..rows).map(|_| Value::Editor).collect(), 0..usize::from(rows))
        }
        FieldInput::Choice { cursor, chosen, multi } => {
            let mut values = Vec::new();
            let mut cursor_rows = 0..0;
            for (k, option) in field.options.iter().enumerate() {
                let on = chosen.get(k).copied().unwrap_or(false);
                let mark = match (multi, on) {
                    (true, true) => "[x]",
                    (true, false) => "[ ]",
                    (false, true) => "(•)",
                    (false, false) => "( )",
                };
                let first = values.len();
                let here = k == *cursor;
                let style = match (here, on) {
                    (true, _) => theme::SELECTED,
                    (false, true) => theme::CHOSEN,
                    (false, false) => Style::new(),
                };
                let marker = if here { "▶" } else { " " };
                let parts = wrap_words(&option.label, usize::from(width).saturating_sub(6));
                for (p, part) in parts.into_iter().enumerate() {
                    let head = if p == 0 { format!("{marker} {mark} ") } else { " ".repeat(6) };
                    values.push(Value::Text(Line::styled(format!("{head}{part}"), style)));
                }
                if here {
                    cursor_rows = first..values.len();
                }
            }
            (values, cursor_rows)
        }
    }
}

/// The first row to show: as little scrolling as shows the whole focused field, or, when it is
/// taller than the form, its top; the rows of the cursor are always shown.
fn scroll(cursor: Range, focus: Range, height: usize) -> usize {
    let height = height.max(1);
    let lowest = cursor.end.max(cursor.start + 1).saturating_sub(height);
    focus.end.saturating_sub(height).min(focus.start).max(lowest).min(cursor.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_focused_field_and_its_cursor_stay_in_view() {
        assert_eq!(scroll(3..4, 2..5, 10), 0, "everything fits: no scrolling");
        assert_eq!(scroll(12..13, 12..15, 10), 5, "just enough to show the whole field");
        assert_eq!(scroll(21..22, 20..40, 5), 20, "a tall field from its top");
        assert_eq!(scroll(30..32, 20..40, 5), 27, "and on to its cursor, all of its lines");
        assert_eq!(scroll(0..0, 0..1, 1), 0);
    }
}
