//! The application state and its key handling: one [`App`], changed only by
//! [`App::handle_key`]/[`App::handle_paste`] and drawn by reference (see `screens`). Every change to
//! the answers goes through [`Wizard`], which saves it before returning; a failure becomes a popup.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crossterm::event::{KeyEvent, KeyEventKind};
use ratatui::style::Style;
use ratatui_textarea::{CursorMove, Input, TextArea, WrapMode};

mod digits;
mod form;
mod meeting;
mod question;
mod start;
pub(crate) mod vote;

pub use form::{FieldInput, RecordForm};
pub use meeting::{AgreeForm, DecisionForm, MeetingScreen, MeetingView, answer_items};
pub use question::{View, WizardScreen, choice_count};
pub use start::{IntakeForm, StartScreen};
pub use vote::VoteForm;

use super::action::{Action, Context, action_for};
use crate::questionnaire::Questionnaire;
use crate::session::{LoadError, LockError};
use crate::strings;
use crate::wizard::meeting::Meeting;
use crate::wizard::result;
use crate::wizard::{
    Begin, Ended, Intake, Wizard, WizardError, saved_groups, saved_sessions, saved_sessions_and_skipped,
};

/// Whether the loop goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunState {
    /// Keep going.
    Running,
    /// The user quit.
    Quit,
}

/// The whole terminal application.
#[derive(Debug)]
pub struct App {
    pub(super) questionnaire: Arc<Questionnaire>,
    sessions_dir: PathBuf,
    pub(super) screen: Screen,
    pub(super) popup: Option<Popup>,
    pub(super) message: Option<Message>,
    pub(super) monochrome: bool,
    /// The folder offered for the report.
    report_dir: PathBuf,
    /// The window size, for scrolling the result.
    size: (u16, u16),
    state: RunState,
    /// Why the last session chosen could not be opened, when another process has it open.
    locked: Option<String>,
}

/// The screen below any popup.
#[derive(Debug)]
pub enum Screen {
    /// New assessment or resume.
    Start(StartScreen),
    /// The intake form.
    Intake(Box<IntakeForm>),
    /// Questions, overview and result of an open session.
    Wizard(Box<WizardScreen>),
    /// The consensus meeting on a group file.
    Meeting(Box<MeetingScreen>),
}

/// A popup over the screen.
#[derive(Debug)]
pub enum Popup {
    /// The keys of the context below.
    Help(Context),
    /// Confirm quitting.
    Quit,
    /// An error message.
    Error(String),
    /// Editing the note of the current question.
    Note(Box<TextArea<'static>>),
    /// Choosing a step (selected index).
    Steps(usize),
    /// Confirm deleting record N (0-based).
    Delete(usize),
    /// Typing the folder for the report.
    ReportDir(Box<TextArea<'static>>),
    /// The report was written (the text names the files).
    Written(String),
}

/// A line in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Something went well.
    Ok(String),
    /// A hint about what is going on (a number being typed).
    Info(String),
    /// Something to fix.
    Problem(String),
}

/// What a screen's key handler asks the App to do.
pub(crate) enum Outcome {
    Nothing,
    Message(Message),
    Error(String),
    Popup(Popup),
    Quit,
    ToIntake,
    ToStart,
    Open(PathBuf),
    OpenMeeting(PathBuf),
    Create(Intake),
    AskReportDir,
}

/// A text editor widget with `text`, cursor at the end; long lines wrap at word boundaries as
/// they are typed.
pub fn editor(text: &str) -> TextArea<'static> {
    let lines: Vec<String> =
        if text.is_empty() { vec![String::new()] } else { text.lines().map(str::to_string).collect() };
    let mut area = TextArea::new(lines);
    area.set_wrap_mode(WrapMode::WordOrGlyph);
    area.set_cursor_line_style(Style::default());
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    area
}

pub(crate) fn editor_text(area: &TextArea<'_>) -> String {
    area.lines().join("\n")
}

impl App {
    /// A new app on the start screen, with sessions in `sessions_dir`.
    pub fn new(questionnaire: Arc<Questionnaire>, sessions_dir: &Path) -> Self {
        let (sessions, skipped) = saved_sessions_and_skipped(sessions_dir, &questionnaire);
        let groups = saved_groups(sessions_dir, &questionnaire);
        let start = StartScreen::new(&questionnaire, sessions).with_groups(groups);
        Self {
            questionnaire,
            sessions_dir: sessions_dir.to_path_buf(),
            screen: Screen::Start(start),
            popup: None,
            message: (!skipped.is_empty()).then(|| Message::Problem(strings::skipped_sessions(skipped.len()))),
            monochrome: false,
            report_dir: result::default_report_dir(),
            size: (super::screens::MIN_WIDTH, super::screens::MIN_HEIGHT),
            state: RunState::Running,
            locked: None,
        }
    }

    /// Begin with the intake (`--nieuw`) or the given session (`--hervat`) instead of the start
    /// screen; a session that cannot be opened is an error popup over the start screen.
    #[must_use]
    pub fn begin(mut self, begin: &Begin) -> Self {
        match begin {
            Begin::Choose => {}
            Begin::New => self.apply(Outcome::ToIntake),
            Begin::Resume(path) => self.apply(Outcome::Open(path.clone())),
            Begin::Meeting(path) => self.apply(Outcome::OpenMeeting(path.clone())),
        }
        self
    }

    /// Draw without colour (`NO_COLOR`, monochrome terminals).
    #[must_use]
    pub fn with_monochrome(mut self, monochrome: bool) -> Self {
        self.monochrome = monochrome;
        self
    }

    /// Offer `dir` as the report's folder (default: [`result::default_report_dir`]).
    #[must_use]
    pub fn with_report_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.report_dir = dir.into();
        self
    }

    /// The window is now `width`×`height` (the result scrolls within it).
    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = (width, height);
        if let Screen::Wizard(w) = &mut self.screen {
            w.clamp_scroll(self.size);
        }
    }

    /// Show `message` in an error popup (for errors raised outside the App's own handlers).
    pub fn show_error(&mut self, message: impl Into<String>) {
        self.popup = Some(Popup::Error(message.into()));
    }

    /// Whether the loop goes on.
    pub fn state(&self) -> RunState {
        self.state
    }

    /// How the app ended: the open session's [`Wizard::ending`], or — when no session is open
    /// because the one chosen was open in another process — [`Ended::Locked`].
    pub fn ended(&self) -> Ended {
        match (self.wizard(), &self.locked) {
            (Some(w), _) => w.ending(),
            (None, Some(message)) => Ended::Locked(message.clone()),
            (None, None) => Ended::Saved,
        }
    }

    /// The open wizard, if a session is open.
    pub fn wizard(&self) -> Option<&Wizard> {
        match &self.screen {
            Screen::Wizard(w) => Some(&w.wizard),
            _ => None,
        }
    }

    /// The open consensus meeting, if a group file is open.
    pub fn meeting(&self) -> Option<&Meeting> {
        match &self.screen {
            Screen::Meeting(m) => Some(&m.meeting),
            _ => None,
        }
    }

    /// The open file (session or group file), for the status line and the quit dialog.
    pub(super) fn open_file(&self) -> Option<&Path> {
        match &self.screen {
            Screen::Wizard(w) => Some(w.wizard.path()),
            Screen::Meeting(m) => Some(m.meeting.path()),
            _ => None,
        }
    }

    /// Where the keyboard focus is.
    pub fn context(&self) -> Context {
        if let Some(popup) = &self.popup {
            return match popup {
                Popup::Help(_) | Popup::Error(_) | Popup::Written(_) => Context::Message,
                Popup::ReportDir(_) => Context::Folder,
                Popup::Quit | Popup::Delete(_) => Context::Confirm,
                Popup::Note(_) => Context::EditNote,
                Popup::Steps(_) => Context::Steps,
            };
        }
        match &self.screen {
            Screen::Start(_) => Context::Start,
            Screen::Intake(form) if form.focus < 2 => Context::IntakeText,
            Screen::Intake(_) => Context::IntakeChoice,
            Screen::Wizard(w) => w.context(),
            Screen::Meeting(m) => m.context(),
        }
    }

    /// Whether the window is below the minimum size: then only the size message is shown and
    /// only quitting works.
    pub fn too_small(&self) -> bool {
        self.size.0 < super::screens::MIN_WIDTH || self.size.1 < super::screens::MIN_HEIGHT
    }

    /// Handle one key press.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind != KeyEventKind::Press {
            return;
        }
        if self.too_small() {
            // Nothing is visible but the size message, so no key may change anything unseen.
            if super::action::quits_when_too_small(&key) {
                self.save_typed_text();
                self.state = RunState::Quit;
            }
            return;
        }
        let action = action_for(self.context(), &key);
        match action {
            Some(Action::ClearField) => {
                if let Some(area) = self.focused_editor() {
                    area.select_all();
                    area.cut();
                }
                return;
            }
            Some(Action::NewLine) => {
                if let Some(area) = self.focused_editor() {
                    area.insert_newline();
                }
                return;
            }
            _ => {}
        }
        if self.popup.is_some() {
            self.popup_key(action, key);
            return;
        }
        self.message = None;
        let outcome = match &mut self.screen {
            Screen::Start(start) => start.on(action),
            Screen::Intake(form) => form.on(action, key),
            Screen::Wizard(w) => w.on(action, key, self.size),
            Screen::Meeting(m) => {
                let outcome = m.on(action, key);
                m.clamp_scroll(self.size);
                outcome
            }
        };
        self.apply(outcome);
    }

    /// Before quitting without the usual dialog: save a note or text answer being typed (a
    /// half-filled record or intake cannot be saved and is dropped).
    fn save_typed_text(&mut self) {
        let Screen::Wizard(w) = &mut self.screen else { return };
        if let Some(Popup::Note(area)) = &self.popup {
            let _ = w.wizard.note(&editor_text(area));
        }
        if w.editor.is_some() {
            let _ = w.commit_editor(false);
        }
    }

    /// Handle pasted text (bracketed paste): it goes to the focused editor, if any.
    pub fn handle_paste(&mut self, text: &str) {
        if self.too_small() {
            return;
        }
        let multi_line = matches!(self.context(), Context::EditLong | Context::EditNote);
        let text = if multi_line { text.replace('\r', "") } else { text.replace(['\r', '\n'], " ") };
        if let Some(area) = self.focused_editor() {
            area.insert_str(text);
        }
    }

    fn focused_editor(&mut self) -> Option<&mut TextArea<'static>> {
        match &mut self.popup {
            Some(Popup::Note(area) | Popup::ReportDir(area)) => return Some(area),
            Some(_) => return None,
            None => {}
        }
        match &mut self.screen {
            Screen::Start(_) => None,
            Screen::Intake(form) => match form.focus {
                0 => Some(&mut form.gemeente),
                1 => Some(&mut form.name),
                _ => None,
            },
            Screen::Wizard(w) => w.focused_editor(),
            Screen::Meeting(m) => m.focused_editor(),
        }
    }

    fn apply(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Nothing => {}
            Outcome::Message(m) => self.message = Some(m),
            Outcome::Error(e) => self.popup = Some(Popup::Error(e)),
            Outcome::Popup(p) => self.popup = Some(p),
            Outcome::Quit => self.state = RunState::Quit,
            Outcome::ToIntake => self.screen = Screen::Intake(Box::new(IntakeForm::new(&self.questionnaire))),
            Outcome::ToStart => {
                let sessions = saved_sessions(&self.sessions_dir, &self.questionnaire);
                let groups = saved_groups(&self.sessions_dir, &self.questionnaire);
                self.screen = Screen::Start(StartScreen::new(&self.questionnaire, sessions).with_groups(groups));
            }
            Outcome::OpenMeeting(path) => match Meeting::open(self.questionnaire.clone(), &path) {
                Ok(meeting) => self.screen = Screen::Meeting(Box::new(MeetingScreen::new(meeting))),
                Err(e) => self.popup = Some(Popup::Error(crate::display::safe_lines(&e.to_string()).join("\n"))),
            },
            Outcome::Open(path) => match Wizard::open(self.questionnaire.clone(), &path) {
                Ok(wizard) => {
                    self.locked = None;
                    self.message = wizard.unknown_answers_notice().map(Message::Problem);
                    self.screen = Screen::Wizard(Box::new(WizardScreen::new(wizard)));
                }
                Err(e) => {
                    let held = matches!(&e, WizardError::Session(LoadError::Locked(LockError::Held { .. })));
                    self.locked = held.then(|| e.to_string());
                    self.popup = Some(Popup::Error(e.to_string()));
                }
            },
            Outcome::Create(intake) => match Wizard::create(self.questionnaire.clone(), &self.sessions_dir, &intake) {
                Ok(wizard) => self.screen = Screen::Wizard(Box::new(WizardScreen::new(wizard))),
                Err(e) => self.popup = Some(Popup::Error(e.to_string())),
            },
            Outcome::AskReportDir => {
                self.popup = Some(Popup::ReportDir(Box::new(editor(&self.report_dir.display().to_string()))));
            }
        }
    }

    /// The report's file name without extension: the session file's (or the group file's).
    pub fn report_stem(&self) -> String {
        self.open_file()
            .and_then(|p| p.file_stem())
            .map_or_else(|| "rapport".into(), |s| s.to_string_lossy().into_owned())
    }

    /// Write the report into the folder typed in `area`; a popup names the files or the error.
    fn write_report(&self, area: &TextArea<'_>) -> Outcome {
        let dir = result::report_dir(&editor_text(area), &self.report_dir);
        let written = match (&self.screen, self.wizard()) {
            (Screen::Meeting(m), _) => m.meeting.write_report(&dir),
            (_, Some(w)) => result::write_report(w.questionnaire(), w.session(), w.path(), &dir),
            _ => return Outcome::Nothing,
        };
        match written {
            Ok(files) => {
                let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
                Outcome::Popup(Popup::Written(strings::report_written(&names)))
            }
            Err(e) => Outcome::Error(strings::report_failed(&e.to_string())),
        }
    }

    fn popup_key(&mut self, action: Option<Action>, key: KeyEvent) {
        let Some(popup) = self.popup.take() else { return };
        let outcome = match (popup, action) {
            (Popup::Help(_) | Popup::Error(_) | Popup::Written(_) | Popup::ReportDir(_), Some(Action::Cancel))
            | (Popup::Quit | Popup::Delete(_), Some(Action::No)) => Outcome::Nothing,
            (Popup::Quit, Some(Action::Yes)) => Outcome::Quit,
            (Popup::Delete(i), Some(Action::Yes)) => match &mut self.screen {
                Screen::Wizard(w) => w.delete_record(i),
                _ => Outcome::Nothing,
            },
            (Popup::Note(area), Some(action @ (Action::Save | Action::Quit))) => match &mut self.screen {
                Screen::Wizard(w) => match w.wizard.note(&editor_text(&area)) {
                    Ok(()) if action == Action::Quit => Outcome::Popup(Popup::Quit),
                    Ok(()) => Outcome::Message(Message::Ok(strings::TUI_NOTE_SAVED.into())),
                    Err(e) => Outcome::Error(e.to_string()),
                },
                _ => Outcome::Nothing,
            },
            (Popup::Note(mut area), _) => {
                area.input(Input::from(key));
                Outcome::Popup(Popup::Note(area))
            }
            (Popup::Steps(selected), action) => self.steps_key(selected, action),
            (Popup::ReportDir(_), Some(Action::Quit)) => Outcome::Popup(Popup::Quit),
            (Popup::ReportDir(area), Some(Action::Save)) => self.write_report(&area),
            (Popup::ReportDir(mut area), _) => {
                area.input(Input::from(key));
                Outcome::Popup(Popup::ReportDir(area))
            }
            (popup, _) => Outcome::Popup(popup),
        };
        self.apply(outcome);
    }

    fn steps_key(&mut self, selected: usize, action: Option<Action>) -> Outcome {
        let n = self.questionnaire.steps.len();
        let target = match action {
            Some(Action::Up) => return Outcome::Popup(Popup::Steps(selected.saturating_sub(1))),
            Some(Action::Down) => return Outcome::Popup(Popup::Steps((selected + 1).min(n.saturating_sub(1)))),
            Some(Action::Cancel) => return Outcome::Nothing,
            Some(Action::Choose) => selected,
            Some(Action::Pick(d)) if (1..=n).contains(&usize::from(d)) => usize::from(d) - 1,
            _ => return Outcome::Popup(Popup::Steps(selected)),
        };
        let Screen::Wizard(w) = &mut self.screen else { return Outcome::Nothing };
        if w.wizard.jump_to_step(target) {
            w.view = View::Question;
            w.arrived();
            Outcome::Nothing
        } else {
            Outcome::Message(Message::Problem(strings::TUI_STEP_EMPTY.into()))
        }
    }
}
