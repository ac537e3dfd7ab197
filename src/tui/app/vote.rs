//! The vote form: how many votes each option got, and a note. Used by the consensus meeting and by
//! a groepssessie in the wizard (key `t` on a question with one choice).

use std::collections::BTreeMap;

use ratatui_textarea::{Input, TextArea};

use super::editor;
use crate::questionnaire::Question;
use crate::tui::action::{Action, Context};

/// The largest count a row takes (three digits).
const MAX_COUNT: u32 = 999;

/// A vote being typed.
#[derive(Debug)]
pub struct VoteForm {
    /// Option ids, in questionnaire order.
    pub ids: Vec<String>,
    /// Their labels.
    pub labels: Vec<String>,
    /// Votes per option.
    pub counts: Vec<u32>,
    /// The note.
    pub note: TextArea<'static>,
    /// Focused row: an option, or `ids.len()` for the note.
    pub focus: usize,
}

/// What a key did to the form.
pub enum VoteKey {
    /// Keep the form open.
    Stay,
    /// Save the vote.
    Save,
    /// Close without saving.
    Cancel,
}

impl VoteForm {
    /// A form for `q`, filled with an earlier vote and `note`.
    pub fn new(q: &Question, earlier: Option<&BTreeMap<String, u32>>, note: &str) -> Self {
        let ids: Vec<String> = q.options.iter().map(|o| o.id.clone()).collect();
        let counts = ids.iter().map(|id| earlier.and_then(|v| v.get(id)).copied().unwrap_or(0)).collect();
        Self { labels: q.options.iter().map(|o| o.label.clone()).collect(), ids, counts, note: editor(note), focus: 0 }
    }

    /// Where the focus is.
    pub fn context(&self) -> Context {
        if self.focus < self.ids.len() { Context::VoteCount } else { Context::DecideText }
    }

    /// The votes typed (options without votes left out).
    pub fn votes(&self) -> BTreeMap<String, u32> {
        self.ids.iter().zip(&self.counts).filter(|(_, n)| **n > 0).map(|(id, n)| (id.clone(), *n)).collect()
    }

    /// The note typed.
    pub fn note_text(&self) -> String {
        super::editor_text(&self.note)
    }

    /// Handle one key.
    pub fn on(&mut self, action: Option<Action>, key: crossterm::event::KeyEvent) -> VoteKey {
        let rows = self.ids.len() + 1;
        match action {
            Some(Action::Save) => return VoteKey::Save,
            Some(Action::Cancel) => return VoteKey::Cancel,
            Some(Action::NextField) => self.focus = (self.focus + 1) % rows,
            Some(Action::PrevField) => self.focus = (self.focus + rows - 1) % rows,
            Some(Action::Pick(d)) => {
                if let Some(n) = self.counts.get_mut(self.focus) {
                    *n = (*n * 10 + u32::from(d)).min(MAX_COUNT);
                }
            }
            Some(Action::Erase) => {
                if let Some(n) = self.counts.get_mut(self.focus) {
                    *n /= 10;
                }
            }
            _ if self.focus == self.ids.len() => _ = self.note.input(Input::from(key)),
            _ => {}
        }
        VoteKey::Stay
    }
}
