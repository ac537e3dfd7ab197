//! The application state and its key handling: one [`App`], changed only by
//! [`App::handle_key`]/[`App::handle_paste`] and drawn by reference (see `screens`). Every change to
//! the answers goes through [`Wizard`], which saves it before returning; a failure becomes a popup.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crossterm::event::{KeyEvent, KeyEventKind};
use ratatui::style::Style;
use ratatui_textarea::{CursorMove, Input, TextArea};

use super::action::{Action, Context, action_for};
use crate::questionnaire::{DONT_KNOW, Field, Kind, Question, Questionnaire};
use crate::session::{Answer, FieldValue, Mode, Record, Role};
use crate::strings;
use crate::wizard::result::{self, Summary};
use crate::wizard::{Intake, Position, SavedSession, Wizard, input, saved_sessions};

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
}

/// The start screen.
#[derive(Debug)]
pub struct StartScreen {
    /// The questionnaire's title.
    pub title: String,
    /// Saved sessions of this questionnaire, newest first.
    pub sessions: Vec<SavedSession>,
    /// Selected row: 0 is "new", then the sessions.
    pub selected: usize,
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
}

/// What part of an open session is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// The current question.
    Question,
    /// All questions with their status.
    Overview,
    /// The result: scores, position, strategy, scenario, first actions.
    Result,
}

/// An open session.
#[derive(Debug)]
pub struct WizardScreen {
    /// The wizard state (owns the session file).
    pub wizard: Wizard,
    /// What is shown.
    pub view: View,
    /// Option cursor or selected record.
    pub cursor: usize,
    /// Editor of a text or number answer, while typing.
    pub editor: Option<TextArea<'static>>,
    /// Record form, while adding or editing a record.
    pub form: Option<RecordForm>,
    /// Selected row of the overview.
    pub overview_selected: usize,
    /// The result, computed when it is opened (answers cannot change while it is shown).
    pub summary: Option<Box<Summary>>,
    /// First line of the result shown.
    pub scroll: usize,
}

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
    /// Something to fix.
    Problem(String),
}

/// What a screen's key handler asks the App to do.
enum Outcome {
    Nothing,
    Message(Message),
    Error(String),
    Popup(Popup),
    Quit,
    ToIntake,
    ToStart,
    Open(PathBuf),
    Create(Intake),
    AskReportDir,
}

/// A text editor widget with `text`, cursor at the end.
pub fn editor(text: &str) -> TextArea<'static> {
    let lines: Vec<String> =
        if text.is_empty() { vec![String::new()] } else { text.lines().map(str::to_string).collect() };
    let mut area = TextArea::new(lines);
    area.set_cursor_line_style(Style::default());
    area.move_cursor(CursorMove::Bottom);
    area.move_cursor(CursorMove::End);
    area
}

fn editor_text(area: &TextArea<'_>) -> String {
    area.lines().join("\n")
}

impl App {
    /// A new app on the start screen, with sessions in `sessions_dir`.
    pub fn new(questionnaire: Arc<Questionnaire>, sessions_dir: &Path) -> Self {
        let sessions = saved_sessions(sessions_dir, &questionnaire);
        let title = questionnaire.title.clone();
        Self {
            questionnaire,
            sessions_dir: sessions_dir.to_path_buf(),
            screen: Screen::Start(StartScreen { title, sessions, selected: 0 }),
            popup: None,
            message: None,
            monochrome: false,
            report_dir: result::default_report_dir(),
            size: (super::screens::MIN_WIDTH, super::screens::MIN_HEIGHT),
            state: RunState::Running,
        }
    }

    /// Draw without colour (`NO_COLOR`, monochrome terminals).
    #[must_use]
    pub fn with_monochrome(mut self, monochrome: bool) -> Self {
        self.monochrome = monochrome;
        self
    }

    /// Offer `dir` as the report's folder (default: the current directory).
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

    /// The open wizard, if a session is open.
    pub fn wizard(&self) -> Option<&Wizard> {
        match &self.screen {
            Screen::Wizard(w) => Some(&w.wizard),
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
                Popup::Note(_) => Context::EditLong,
                Popup::Steps(_) => Context::Steps,
            };
        }
        match &self.screen {
            Screen::Start(_) => Context::Start,
            Screen::Intake(form) if form.focus < 2 => Context::IntakeText,
            Screen::Intake(_) => Context::IntakeChoice,
            Screen::Wizard(w) => w.context(),
        }
    }

    /// Handle one key press.
    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind != KeyEventKind::Press {
            return;
        }
        let action = action_for(self.context(), &key);
        if self.popup.is_some() {
            self.popup_key(action, key);
            return;
        }
        self.message = None;
        let outcome = match &mut self.screen {
            Screen::Start(start) => start.on(action),
            Screen::Intake(form) => form.on(action, key),
            Screen::Wizard(w) => w.on(action, key, self.size),
        };
        self.apply(outcome);
    }

    /// Handle pasted text (bracketed paste): it goes to the focused editor, if any.
    pub fn handle_paste(&mut self, text: &str) {
        let multi_line = self.context() == Context::EditLong;
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
        }
    }

    fn apply(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Nothing => {}
            Outcome::Message(m) => self.message = Some(m),
            Outcome::Error(e) => self.popup = Some(Popup::Error(e)),
            Outcome::Popup(p) => self.popup = Some(p),
            Outcome::Quit => self.state = RunState::Quit,
            Outcome::ToIntake => self.screen = Screen::Intake(Box::default()),
            Outcome::ToStart => {
                let sessions = saved_sessions(&self.sessions_dir, &self.questionnaire);
                let title = self.questionnaire.title.clone();
                self.screen = Screen::Start(StartScreen { title, sessions, selected: 0 });
            }
            Outcome::Open(path) => match Wizard::open(self.questionnaire.clone(), &path) {
                Ok(wizard) => {
                    self.message = wizard.unknown_answers_notice().map(Message::Problem);
                    self.screen = Screen::Wizard(Box::new(WizardScreen::new(wizard)));
                }
                Err(e) => self.popup = Some(Popup::Error(e.to_string())),
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

    /// The report's file name without extension: the session file's.
    pub fn report_stem(&self) -> String {
        self.wizard()
            .and_then(|w| w.path().file_stem())
            .map_or_else(|| "rapport".into(), |s| s.to_string_lossy().into_owned())
    }

    /// Write the report into the folder typed in `area`; a popup names the files or the error.
    fn write_report(&self, area: &TextArea<'_>) -> Outcome {
        let Some(w) = self.wizard() else { return Outcome::Nothing };
        let dir = result::report_dir(&editor_text(area), &self.report_dir);
        match result::write_report(w.questionnaire(), w.session(), w.path(), &dir) {
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

impl StartScreen {
    fn on(&mut self, action: Option<Action>) -> Outcome {
        let rows = self.sessions.len() + 1;
        match action {
            Some(Action::Up) => self.selected = self.selected.saturating_sub(1),
            Some(Action::Down) => self.selected = (self.selected + 1).min(rows - 1),
            Some(Action::Choose) if self.selected == 0 => return Outcome::ToIntake,
            Some(Action::Choose) => {
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

impl Default for IntakeForm {
    fn default() -> Self {
        Self { gemeente: editor(""), name: editor(""), role: 0, mode: Mode::Volledig, focus: 0 }
    }
}

impl IntakeForm {
    fn on(&mut self, action: Option<Action>, key: KeyEvent) -> Outcome {
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

    fn submit(&mut self) -> Outcome {
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

/// The items of a choice-like question (single, jgnw, multi, scale).
pub fn choice_count(q: &Question) -> usize {
    if q.kind == Kind::Scale { input::scale_values(q).len() } else { q.options.len() }
}

impl WizardScreen {
    /// A screen on `wizard`, at its current position.
    pub fn new(wizard: Wizard) -> Self {
        let view = if wizard.position() == Position::Finished { View::Result } else { View::Question };
        let mut screen =
            Self { wizard, view, cursor: 0, editor: None, form: None, overview_selected: 0, summary: None, scroll: 0 };
        screen.arrived();
        screen
    }

    /// Reset the per-question state after moving.
    pub fn arrived(&mut self) {
        self.editor = None;
        self.form = None;
        self.cursor = self.answer_cursor();
        if self.wizard.position() == Position::Finished {
            self.view = View::Result;
            self.scroll = 0;
            self.summary = Some(Box::new(result::summary(self.wizard.questionnaire(), self.wizard.session())));
        }
    }

    /// Questions still open.
    pub fn open_count(&self) -> usize {
        self.wizard.overview().iter().filter(|r| r.status == crate::wizard::Status::Open).count()
    }

    /// The furthest the result scrolls in a window of `size`.
    fn max_scroll(&self, size: (u16, u16)) -> usize {
        let Some(summary) = &self.summary else { return 0 };
        let (width, height) = super::result::viewport(size.0, size.1);
        let lines = super::result::lines(summary, self.open_count(), width).len();
        lines.saturating_sub(usize::from(height))
    }

    fn clamp_scroll(&mut self, size: (u16, u16)) {
        self.scroll = self.scroll.min(self.max_scroll(size));
    }

    fn answer_cursor(&self) -> usize {
        let (Some(q), Some(answer)) = (self.wizard.current(), self.wizard.current_answer()) else { return 0 };
        match (q.kind, answer) {
            (Kind::Single | Kind::Jgnw, Answer::Choice(id)) => q.options.iter().position(|o| &o.id == id).unwrap_or(0),
            (Kind::Scale, Answer::Number(n)) => {
                input::scale_values(q).iter().position(|v| input::same_value(*v, *n)).unwrap_or(0)
            }
            _ => 0,
        }
    }

    fn context(&self) -> Context {
        match self.view {
            View::Overview => return Context::Overview,
            View::Result => return Context::Result,
            View::Question => {}
        }
        let Some(q) = self.wizard.current() else { return Context::Result };
        if let Some(form) = &self.form {
            return match form.inputs.get(form.focus) {
                Some(FieldInput::Choice { .. }) => Context::RecordChoice,
                _ => Context::RecordText,
            };
        }
        if self.editor.is_some() {
            return if q.kind == Kind::LongText { Context::EditLong } else { Context::EditLine };
        }
        match q.kind {
            Kind::Single | Kind::Jgnw | Kind::Scale => Context::Choice,
            Kind::Multi => Context::Multi,
            Kind::Text | Kind::LongText | Kind::Number => Context::Text,
            Kind::Records => Context::Records,
        }
    }

    fn focused_editor(&mut self) -> Option<&mut TextArea<'static>> {
        if let Some(form) = &mut self.form {
            return match form.inputs.get_mut(form.focus) {
                Some(FieldInput::Text(area)) => Some(area),
                _ => None,
            };
        }
        self.editor.as_mut()
    }

    fn saved(result: Result<(), crate::error::IoError>, message: &str) -> Outcome {
        match result {
            Ok(()) => Outcome::Message(Message::Ok(message.into())),
            Err(e) => Outcome::Error(e.to_string()),
        }
    }

    fn on(&mut self, action: Option<Action>, key: KeyEvent, size: (u16, u16)) -> Outcome {
        let context = self.context();
        match context {
            Context::Overview => return self.overview_key(action),
            Context::Result => return self.result_key(action, size),
            Context::EditLine | Context::EditLong => return self.editor_key(action, key),
            Context::RecordText | Context::RecordChoice => return self.form_key(action, key),
            _ => {}
        }
        match action {
            Some(Action::Next) => {
                self.wizard.next();
                self.arrived();
                Outcome::Nothing
            }
            Some(Action::Back) => {
                self.wizard.back();
                self.arrived();
                Outcome::Nothing
            }
            Some(Action::Note) => {
                Outcome::Popup(Popup::Note(Box::new(editor(self.wizard.current_note().unwrap_or_default()))))
            }
            Some(Action::Clear) => Self::saved(self.wizard.clear(), strings::TUI_CLEARED),
            Some(Action::Steps) => Outcome::Popup(Popup::Steps(self.wizard.current_step())),
            Some(Action::Overview) => self.open_overview(),
            Some(Action::Result) => {
                self.wizard.finish();
                self.arrived();
                Outcome::Nothing
            }
            Some(Action::Help) => Outcome::Popup(Popup::Help(context)),
            Some(Action::Quit) => Outcome::Popup(Popup::Quit),
            Some(action) => self.answer_key(context, action),
            None => Outcome::Nothing,
        }
    }

    fn open_overview(&mut self) -> Outcome {
        let rows = self.wizard.overview();
        let current = match self.wizard.position() {
            Position::Question(i) => rows.iter().position(|r| r.index == i).unwrap_or(0),
            Position::Finished => 0,
        };
        self.overview_selected = current;
        self.view = View::Overview;
        Outcome::Nothing
    }

    /// Keys that answer the current question.
    fn answer_key(&mut self, context: Context, action: Action) -> Outcome {
        let Some(q) = self.wizard.current().cloned() else { return Outcome::Nothing };
        let count = match context {
            Context::Records => self.records().len(),
            _ => choice_count(&q),
        };
        match action {
            Action::Up => self.cursor = self.cursor.saturating_sub(1),
            Action::Down => self.cursor = (self.cursor + 1).min(count.saturating_sub(1)),
            Action::Edit if context == Context::Text => {
                let text = match self.wizard.current_answer() {
                    Some(Answer::Text(t)) => t.clone(),
                    Some(Answer::Number(n)) => input::format_number(*n),
                    _ => String::new(),
                };
                self.editor = Some(editor(&text));
            }
            Action::Add => self.form = Some(RecordForm::new(&q.fields, None, None)),
            Action::Edit => {
                let records = self.records();
                if let Some(record) = records.get(self.cursor) {
                    self.form = Some(RecordForm::new(&q.fields, Some(self.cursor), Some(record)));
                }
            }
            Action::Delete if self.cursor < count => return Outcome::Popup(Popup::Delete(self.cursor)),
            Action::DontKnow => return self.dont_know(&q),
            Action::Toggle | Action::Choose | Action::Pick(_) => return self.choose(&q, action),
            _ => {}
        }
        Outcome::Nothing
    }

    fn dont_know(&mut self, q: &Question) -> Outcome {
        let Some(at) = q.options.iter().position(|o| o.id == DONT_KNOW) else {
            return Outcome::Message(Message::Problem(strings::TUI_NO_DONT_KNOW.into()));
        };
        self.cursor = at;
        let answer = if q.kind == Kind::Multi {
            Answer::Choices(vec![DONT_KNOW.into()])
        } else {
            Answer::Choice(DONT_KNOW.into())
        };
        Self::saved(self.wizard.answer(answer), strings::TUI_SAVED)
    }

    fn choose(&mut self, q: &Question, action: Action) -> Outcome {
        let index = match action {
            Action::Pick(d) if q.kind == Kind::Scale => {
                let Some(i) = input::scale_values(q).iter().position(|v| input::same_value(*v, f64::from(d))) else {
                    return Outcome::Nothing;
                };
                i
            }
            Action::Pick(d) => match usize::from(d).checked_sub(1) {
                Some(i) if i < choice_count(q) => i,
                _ => return Outcome::Nothing,
            },
            _ => self.cursor,
        };
        self.cursor = index;
        let answer = match q.kind {
            Kind::Multi => {
                let Some(option) = q.options.get(index) else { return Outcome::Nothing };
                match input::toggle(self.wizard.current_answer(), &option.id) {
                    Some(a) => a,
                    None => return Self::saved(self.wizard.clear(), strings::TUI_SAVED),
                }
            }
            Kind::Scale => match input::scale_values(q).get(index) {
                Some(v) => Answer::Number(*v),
                None => return Outcome::Nothing,
            },
            _ => match q.options.get(index) {
                Some(o) => Answer::Choice(o.id.clone()),
                None => return Outcome::Nothing,
            },
        };
        if let Err(e) = self.wizard.answer(answer) {
            return Outcome::Error(e.to_string());
        }
        if action == Action::Choose && q.kind != Kind::Multi {
            self.wizard.next();
            self.arrived();
        }
        Outcome::Message(Message::Ok(strings::TUI_SAVED.into()))
    }

    fn editor_key(&mut self, action: Option<Action>, key: KeyEvent) -> Outcome {
        match action {
            Some(Action::Save | Action::Choose) => return self.commit_editor(action == Some(Action::Choose)),
            Some(Action::Quit) => return Outcome::Popup(Popup::Quit),
            _ => {}
        }
        if let Some(area) = &mut self.editor {
            area.input(Input::from(key));
        }
        Outcome::Nothing
    }

    /// Save the editor's text; `advance` goes on after a successful save.
    fn commit_editor(&mut self, advance: bool) -> Outcome {
        let (Some(q), Some(area)) = (self.wizard.current().cloned(), self.editor.as_ref()) else {
            return Outcome::Nothing;
        };
        let text = editor_text(area);
        let result = if text.trim().is_empty() {
            self.wizard.clear()
        } else if q.kind == Kind::Number {
            match input::parse_number(&q, &text) {
                Ok(n) => self.wizard.answer(Answer::Number(n)),
                Err(message) if advance => return Outcome::Message(Message::Problem(message)),
                Err(message) => {
                    self.editor = None;
                    return Outcome::Message(Message::Problem(strings::line_save_failed(&message)));
                }
            }
        } else {
            self.wizard.answer(Answer::Text(text.trim().to_string()))
        };
        if let Err(e) = result {
            return Outcome::Error(e.to_string());
        }
        self.editor = None;
        if advance {
            self.wizard.next();
            self.arrived();
        }
        Outcome::Message(Message::Ok(strings::TUI_SAVED.into()))
    }

    /// The records of the current question.
    pub fn records(&self) -> Vec<Record> {
        match self.wizard.current_answer() {
            Some(Answer::Records(r)) => r.clone(),
            _ => Vec::new(),
        }
    }

    fn save_records(&mut self, records: Vec<Record>, message: &str) -> Outcome {
        let result =
            if records.is_empty() { self.wizard.clear() } else { self.wizard.answer(Answer::Records(records)) };
        Self::saved(result, message)
    }

    fn delete_record(&mut self, index: usize) -> Outcome {
        let mut records = self.records();
        if index >= records.len() {
            return Outcome::Nothing;
        }
        records.remove(index);
        self.cursor = self.cursor.min(records.len().saturating_sub(1));
        self.save_records(records, strings::TUI_RECORD_DELETED)
    }

    fn form_key(&mut self, action: Option<Action>, key: KeyEvent) -> Outcome {
        let Some(form) = &mut self.form else { return Outcome::Nothing };
        let n = form.inputs.len().max(1);
        match action {
            Some(Action::NextField) => form.focus = (form.focus + 1) % n,
            Some(Action::PrevField) => form.focus = (form.focus + n - 1) % n,
            Some(Action::Cancel) => self.form = None,
            Some(Action::Save) => return self.commit_form(),
            Some(Action::Quit) => return Outcome::Popup(Popup::Quit),
            Some(a @ (Action::Left | Action::Right | Action::Toggle)) => form.choice_key(a),
            _ => {
                if let Some(FieldInput::Text(area)) = form.inputs.get_mut(form.focus) {
                    area.input(Input::from(key));
                }
            }
        }
        Outcome::Nothing
    }

    fn commit_form(&mut self) -> Outcome {
        let (Some(q), Some(form)) = (self.wizard.current().cloned(), self.form.as_ref()) else {
            return Outcome::Nothing;
        };
        let record = match form.record(&q.fields) {
            Ok(r) => r,
            Err(message) => return Outcome::Message(Message::Problem(message)),
        };
        let missing = input::missing_required(&q.fields, &record);
        if !missing.is_empty() {
            return Outcome::Message(Message::Problem(strings::fields_required(&missing.join(", "))));
        }
        let mut records = self.records();
        match form.index {
            Some(i) if i < records.len() => records[i] = record,
            _ => {
                records.push(record);
                self.cursor = records.len() - 1;
            }
        }
        self.form = None;
        self.save_records(records, strings::TUI_RECORD_SAVED)
    }

    fn overview_key(&mut self, action: Option<Action>) -> Outcome {
        let rows = self.wizard.overview();
        match action {
            Some(Action::Up) => self.overview_selected = self.overview_selected.saturating_sub(1),
            Some(Action::Down) => {
                self.overview_selected = (self.overview_selected + 1).min(rows.len().saturating_sub(1));
            }
            Some(Action::Choose) => {
                if let Some(row) = rows.get(self.overview_selected) {
                    self.wizard.go_to(row.index);
                    self.view = View::Question;
                    self.arrived();
                }
            }
            Some(Action::Cancel) => {
                self.view = View::Question;
                self.arrived();
            }
            Some(Action::Result) => {
                self.wizard.finish();
                self.arrived();
            }
            Some(Action::Help) => return Outcome::Popup(Popup::Help(Context::Overview)),
            Some(Action::Quit) => return Outcome::Popup(Popup::Quit),
            _ => {}
        }
        Outcome::Nothing
    }

    fn result_key(&mut self, action: Option<Action>, size: (u16, u16)) -> Outcome {
        let page = usize::from(super::result::viewport(size.0, size.1).1.saturating_sub(1).max(1));
        let scroll = match action {
            Some(Action::Up) => Some(self.scroll.saturating_sub(1)),
            Some(Action::Down) => Some(self.scroll + 1),
            Some(Action::PageUp) => Some(self.scroll.saturating_sub(page)),
            Some(Action::PageDown) => Some(self.scroll + page),
            _ => None,
        };
        if let Some(scroll) = scroll {
            self.scroll = scroll;
            self.clamp_scroll(size);
            return Outcome::Nothing;
        }
        match action {
            Some(Action::WriteReport) => Outcome::AskReportDir,
            Some(Action::Back) => {
                self.wizard.back();
                self.view = View::Question;
                self.arrived();
                Outcome::Nothing
            }
            Some(Action::Steps) => Outcome::Popup(Popup::Steps(self.wizard.current_step())),
            Some(Action::Overview) => self.open_overview(),
            Some(Action::Help) => Outcome::Popup(Popup::Help(Context::Result)),
            Some(Action::Quit) => Outcome::Popup(Popup::Quit),
            _ => Outcome::Nothing,
        }
    }
}

impl RecordForm {
    fn new(fields: &[Field], index: Option<usize>, record: Option<&Record>) -> Self {
        let inputs = fields
            .iter()
            .map(|f| {
                let value = record.and_then(|r| r.get(&f.id));
                if f.kind.is_choice() {
                    let chosen = f
                        .options
                        .iter()
                        .map(|o| match value {
                            Some(FieldValue::Text(t)) => *t == o.id,
                            Some(FieldValue::List(l)) => l.contains(&o.id),
                            _ => false,
                        })
                        .collect();
                    FieldInput::Choice { cursor: 0, chosen, multi: f.kind == Kind::Multi }
                } else {
                    FieldInput::Text(Box::new(editor(&value.map(|v| input::field_text(f, v)).unwrap_or_default())))
                }
            })
            .collect();
        Self { index, focus: 0, inputs }
    }

    fn choice_key(&mut self, action: Action) {
        let Some(FieldInput::Choice { cursor, chosen, multi }) = self.inputs.get_mut(self.focus) else { return };
        let n = chosen.len().max(1);
        match action {
            // A single choice works like a spinner: moving chooses, so leaving the field keeps what
            // is shown. A multiple choice moves a cursor; Space ticks.
            Action::Left | Action::Right => {
                *cursor = if action == Action::Left { (*cursor + n - 1) % n } else { (*cursor + 1) % n };
                if !*multi {
                    chosen.fill(false);
                    if let Some(c) = chosen.get_mut(*cursor) {
                        *c = true;
                    }
                }
            }
            _ => {
                let was = chosen.get(*cursor).copied().unwrap_or(false);
                if !*multi {
                    chosen.fill(false);
                }
                if let Some(c) = chosen.get_mut(*cursor) {
                    *c = !was;
                }
            }
        }
    }

    /// The record as filled in, or the first field's error.
    fn record(&self, fields: &[Field]) -> Result<Record, String> {
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
