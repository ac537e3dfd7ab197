//! The form for one record of a records question (the actor inventory).

use ratatui_textarea::TextArea;

use super::{editor, editor_text};
use crate::questionnaire::{Field, Kind};
use crate::session::{FieldValue, Record};
use crate::tui::action::Action;
use crate::wizard::input;

/// The form for one record of a records question.
#[derive(Debug)]
pub struct RecordForm {
    /// The record being edited, or `None` for a new one.
    pub index: Option<usize>,
    /// Focused field.
    pub focus: usize,
    /// One input per field.
    pub inputs: Vec<FieldInput>,
}

/// The input of one record field.
#[derive(Debug)]
pub enum FieldInput {
    /// Text or number.
    Text(Box<TextArea<'static>>),
    /// Single, multi or jgnw.
    Choice {
        /// Option cursor.
        cursor: usize,
        /// Which options are chosen.
        chosen: Vec<bool>,
        /// Whether several may be chosen.
        multi: bool,
    },
}

impl RecordForm {
    pub(super) fn new(fields: &[Field], index: Option<usize>, record: Option<&Record>) -> Self {
        let inputs = fields
            .iter()
            .map(|f| {
                let value = record.and_then(|r| r.get(&f.id));
                if f.kind.is_choice() {
                    let chosen: Vec<bool> = f
                        .options
                        .iter()
                        .map(|o| match value {
                            Some(FieldValue::Text(t)) => *t == o.id,
                            Some(FieldValue::List(l)) => l.contains(&o.id),
                            _ => false,
                        })
                        .collect();
                    // The cursor starts on the (first) chosen option.
                    let cursor = chosen.iter().position(|c| *c).unwrap_or(0);
                    FieldInput::Choice { cursor, chosen, multi: f.kind == Kind::Multi }
                } else {
                    FieldInput::Text(Box::new(editor(&value.map(|v| input::field_text(f, v)).unwrap_or_default())))
                }
            })
            .collect();
        Self { index, focus: 0, inputs }
    }

    /// A key on a choice field: ↑/↓ move through its options (a single choice chooses as it
    /// moves, like a radio group, so what is marked is what is kept); Space chooses or ticks.
    /// Multiple choices keep exclusive options alone (see [`input::toggle_ids`]).
    pub(super) fn choice_key(&mut self, action: Action, fields: &[Field]) {
        let Some(FieldInput::Choice { cursor, chosen, multi }) = self.inputs.get_mut(self.focus) else { return };
        let Some(field) = fields.get(self.focus) else { return };
        let last = chosen.len().saturating_sub(1);
        match action {
            Action::Up | Action::Down => {
                *cursor = if action == Action::Up { cursor.saturating_sub(1) } else { (*cursor + 1).min(last) };
                if !*multi {
                    chosen.fill(false);
                    if let Some(c) = chosen.get_mut(*cursor) {
                        *c = true;
                    }
                }
            }
            Action::Toggle if *multi => {
                let ids: Vec<String> =
                    field.options.iter().zip(chosen.iter()).filter(|(_, c)| **c).map(|(o, _)| o.id.clone()).collect();
                let Some(option) = field.options.get(*cursor) else { return };
                let ids = input::toggle_ids(&field.options, &ids, &option.id);
                for (o, c) in field.options.iter().zip(chosen.iter_mut()) {
                    *c = ids.contains(&o.id);
                }
            }
            Action::Toggle => {
                let was = chosen.get(*cursor).copied().unwrap_or(false);
                chosen.fill(false);
                if let Some(c) = chosen.get_mut(*cursor) {
                    *c = !was;
                }
            }
            _ => {}
        }
    }

    /// The record as filled in, or the first field's error.
    pub(super) fn record(&self, fields: &[Field]) -> Result<Record, String> {
        let mut record = Record::new();
        for (field, input) in fields.iter().zip(&self.inputs) {
            let value = match input {
                FieldInput::Text(area) => {
                    input::parse_field_text(field, &editor_text(area)).map_err(|e| format!("{}: {e}", field.label))?
                }
                FieldInput::Choice { chosen, multi, .. } => {
                    let ids: Vec<String> =
                        field.options.iter().zip(chosen).filter(|(_, c)| **c).map(|(o, _)| o.id.clone()).collect();
                    match (ids.len(), multi) {
                        (0, _) => None,
                        (_, true) => Some(FieldValue::List(ids)),
                        (_, false) => ids.into_iter().next().map(FieldValue::Text),
                    }
                }
            };
            if let Some(v) = value {
                record.insert(field.id.clone(), v);
            }
        }
        Ok(record)
    }
}
