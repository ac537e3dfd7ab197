//! The start screen (new assessment or resume) and the intake form.

use crossterm::event::KeyEvent;
use ratatui_textarea::{Input, TextArea};

use super::{Message, Outcome, editor, editor_text};
use crate::questionnaire::Questionnaire;
use crate::session::{Mode, Role};
use crate::strings;
use crate::tui::action::{Action, Context};
use crate::tui::app::Popup;
use crate::wizard::{Intake, SavedGroup, SavedSession};

/// The start screen.
#[derive(Debug)]
pub struct StartScreen {
    /// The questionnaire's title.
    pub title: String,
    /// Saved sessions of this questionnaire, newest first.
    pub sessions: Vec<SavedSession>,
    /// Group files in the sessions folder, for their consensus meeting (after the sessions).
    pub groups: Vec<SavedGroup>,
    /// Selected row: 0 is "new", then the sessions, then the group files.
    pub selected: usize,
    /// How long the full questionnaire and the short intake take, in words.
    pub lengths: [String; 2],
}

/// The intake form.
#[derive(Debug)]
pub struct IntakeForm {
    /// Gemeente.
    pub gemeente: TextArea<'static>,
    /// Respondent's name.
    pub name: TextArea<'static>,
    /// Index in [`Role::ALL`].
    pub role: usize,
    /// Full or short.
    pub mode: Mode,
    /// Focused field: 0 gemeente, 1 name, 2 role, 3 mode.
    pub focus: usize,
    /// How long the full questionnaire and the short intake take, in words.
    pub lengths: [String; 2],
}

/// How long the full questionnaire and the short intake take, in words.
pub fn lengths(questionnaire: &Questionnaire) -> [String; 2] {
    [Mode::Volledig, Mode::Kort].map(|m| questionnaire.path_length(m).describe())
}

impl StartScreen {
    /// The start screen for `questionnaire` with its saved sessions.
    pub fn new(questionnaire: &Questionnaire, sessions: Vec<SavedSession>) -> Self {
        Self {
            title: questionnaire.title.clone(),
            sessions,
            groups: Vec::new(),
            selected: 0,
            lengths: lengths(questionnaire),
        }
    }

    /// Offer these group files too.
    #[must_use]
    pub fn with_groups(mut self, groups: Vec<SavedGroup>) -> Self {
        self.groups = groups;
        self
    }
}

impl StartScreen {
    pub(super) fn on(&mut self, action: Option<Action>) -> Outcome {
        let rows = self.sessions.len() + self.groups.len() + 1;
        match action {
            Some(Action::Up) => self.selected = self.selected.saturating_sub(1),
            Some(Action::Down) => self.selected = (self.selected + 1).min(rows - 1),
            Some(Action::Choose) if self.selected == 0 => return Outcome::ToIntake,
            Some(Action::Choose) => {
                let group = self.selected.checked_sub(1 + self.sessions.len()).and_then(|g| self.groups.get(g));
                if let Some(g) = group {
                    return Outcome::OpenMeeting(g.path.clone());
                }
                return self
                    .sessions
                    .get(self.selected - 1)
                    .map_or(Outcome::Nothing, |s| Outcome::Open(s.path.clone()));
            }
            Some(Action::Help) => return Outcome::Popup(Popup::Help(Context::Start)),
            Some(Action::Quit) => return Outcome::Quit,
            _ => {}
        }
        Outcome::Nothing
    }
}

impl IntakeForm {
    /// An empty intake for `questionnaire`.
    pub fn new(questionnaire: &Questionnaire) -> Self {
        Self {
            gemeente: editor(""),
            name: editor(""),
            role: 0,
            mode: Mode::Volledig,
            focus: 0,
            lengths: lengths(questionnaire),
        }
    }

    pub(super) fn on(&mut self, action: Option<Action>, key: KeyEvent) -> Outcome {
        let roles = Role::ALL.len();
        match action {
            Some(Action::NextField) => self.focus = (self.focus + 1) % 4,
            Some(Action::PrevField) => self.focus = (self.focus + 3) % 4,
            Some(Action::Left | Action::Right) if self.focus == 3 => {
                self.mode = if self.mode == Mode::Kort { Mode::Volledig } else { Mode::Kort };
            }
            Some(Action::Right) => self.role = (self.role + 1) % roles,
            Some(Action::Left) => self.role = (self.role + roles - 1) % roles,
            Some(Action::Cancel) => return Outcome::ToStart,
            Some(Action::Quit) => return Outcome::Quit,
            Some(Action::Save) => return self.submit(),
            _ => match self.focus {
                0 => _ = self.gemeente.input(Input::from(key)),
                1 => _ = self.name.input(Input::from(key)),
                _ => {}
            },
        }
        Outcome::Nothing
    }

    pub(super) fn submit(&mut self) -> Outcome {
        let gemeente = editor_text(&self.gemeente);
        if gemeente.trim().is_empty() {
            self.focus = 0;
            return Outcome::Message(Message::Problem(strings::GEMEENTE_REQUIRED.into()));
        }
        Outcome::Create(Intake {
            gemeente,
            name: editor_text(&self.name),
            role: Role::ALL.get(self.role).copied().unwrap_or_default(),
            mode: self.mode,
        })
    }
}
