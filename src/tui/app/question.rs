//! An open session: the current question, the overview and the result, and their keys.

use crossterm::event::KeyEvent;
use ratatui_textarea::{Input, TextArea};

use super::digits::{self, Typed};
use super::{FieldInput, Message, Outcome, Popup, RecordForm, editor, editor_text};
use crate::questionnaire::{DONT_KNOW, Kind, Question};
use crate::session::{Answer, Record};
use crate::strings;
use crate::tui::action::{Action, Context};
use crate::wizard::result::{self, Summary};
use crate::wizard::{Position, Wizard, input};

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
    /// Digits typed so far when a list has ten items or more (see `digits`).
    pub digits: String,
    /// The step whose introduction is shown: the step was just entered.
    pub intro: Option<usize>,
    /// The step of the question shown last.
    shown_step: Option<usize>,
    /// A groepssessie's vote being typed (key `t`).
    pub vote: Option<super::VoteForm>,
}

/// The items of a choice-like question (single, jgnw, multi, scale).
pub fn choice_count(q: &Question) -> usize {
    if q.kind == Kind::Scale { input::scale_values(q).len() } else { q.options.len() }
}

/// The number of each item as shown and typed: 1, 2, … for options, the value for a scale.
#[allow(clippy::cast_possible_truncation)] // scale values are whole numbers within ±100 of each other
fn item_numbers(q: &Question) -> Vec<i64> {
    if q.kind == Kind::Scale {
        input::scale_values(q).into_iter().map(|v| v.round() as i64).collect()
    } else {
        (1..=i64::try_from(q.options.len()).unwrap_or(0)).collect()
    }
}

impl WizardScreen {
    /// A screen on `wizard`, at its current position.
    pub fn new(wizard: Wizard) -> Self {
        let view = if wizard.position() == Position::Finished { View::Result } else { View::Question };
        let mut screen = Self {
            wizard,
            view,
            cursor: 0,
            editor: None,
            form: None,
            overview_selected: 0,
            summary: None,
            scroll: 0,
            digits: String::new(),
            intro: None,
            shown_step: None,
            vote: None,
        };
        screen.arrived();
        screen
    }

    /// Reset the per-question state after moving.
    pub fn arrived(&mut self) {
        self.digits.clear();
        self.editor = None;
        self.form = None;
        self.vote = None;
        self.cursor = self.answer_cursor();
        let step = self.wizard.current().map(|q| q.step);
        self.intro = step.filter(|s| self.shown_step != Some(*s));
        if step.is_some() {
            self.shown_step = step;
        }
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
    pub(super) fn max_scroll(&self, size: (u16, u16)) -> usize {
        let Some(summary) = &self.summary else { return 0 };
        let (width, height) = crate::tui::result::viewport(size.0, size.1);
        let lines = crate::tui::result::lines(summary, self.open_count(), width).len();
        lines.saturating_sub(usize::from(height))
    }

    pub(super) fn clamp_scroll(&mut self, size: (u16, u16)) {
        self.scroll = self.scroll.min(self.max_scroll(size));
    }

    pub(super) fn answer_cursor(&self) -> usize {
        let (Some(q), Some(answer)) = (self.wizard.current(), self.wizard.current_answer()) else { return 0 };
        match (q.kind, answer) {
            (Kind::Single | Kind::Jgnw, Answer::Choice(id)) => q.options.iter().position(|o| &o.id == id).unwrap_or(0),
            (Kind::Scale, Answer::Number(n)) => {
                input::scale_values(q).iter().position(|v| input::same_value(*v, *n)).unwrap_or(0)
            }
            _ => 0,
        }
    }

    pub(super) fn context(&self) -> Context {
        match self.view {
            View::Overview => return Context::Overview,
            View::Result => return Context::Result,
            View::Question => {}
        }
        let Some(q) = self.wizard.current() else { return Context::Result };
        if let Some(vote) = &self.vote {
            return vote.context();
        }
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

    pub(super) fn focused_editor(&mut self) -> Option<&mut TextArea<'static>> {
        if let Some(vote) = &mut self.vote {
            return (vote.focus == vote.ids.len()).then_some(&mut vote.note);
        }
        if let Some(form) = &mut self.form {
            return match form.inputs.get_mut(form.focus) {
                Some(FieldInput::Text(area)) => Some(area),
                _ => None,
            };
        }
        self.editor.as_mut()
    }

    pub(super) fn saved(result: Result<(), crate::error::IoError>, message: &str) -> Outcome {
        match result {
            Ok(()) => Outcome::Message(Message::Ok(message.into())),
            Err(e) => Outcome::Error(e.to_string()),
        }
    }

    pub(super) fn on(&mut self, action: Option<Action>, key: KeyEvent, size: (u16, u16)) -> Outcome {
        let context = self.context();
        if !matches!(action, Some(Action::Pick(_))) {
            self.digits.clear();
        }
        if action.is_some() && action != Some(Action::Help) {
            // The step's introduction was read: make room for the question.
            self.intro = None;
        }
        if self.vote.is_some() {
            return self.vote_key(action, key);
        }
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

    pub(super) fn open_overview(&mut self) -> Outcome {
        let rows = self.wizard.overview();
        // On the question the respondent is at, or was at before opening the result.
        let at = match self.wizard.position() {
            Position::Question(i) => Some(i),
            Position::Finished => self.wizard.last_question(),
        };
        let current = at.and_then(|i| rows.iter().position(|r| r.index == i)).unwrap_or(0);
        self.overview_selected = current;
        self.view = View::Overview;
        Outcome::Nothing
    }

    /// Keys that answer the current question.
    pub(super) fn answer_key(&mut self, context: Context, action: Action) -> Outcome {
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
            Action::Vote if matches!(q.kind, Kind::Single | Kind::Jgnw) => {
                let note = self.wizard.current_note().unwrap_or_default().to_string();
                self.vote = Some(super::VoteForm::new(&q, self.wizard.current_votes(), &note));
            }
            Action::Vote => return Outcome::Message(Message::Problem(strings::overleg::NO_VOTE_HERE.into())),
            Action::Toggle | Action::Choose | Action::Pick(_) => return self.choose(&q, action),
            _ => {}
        }
        Outcome::Nothing
    }

    /// A key in the groepssessie's vote form; saving records the vote, the answer it leads to and
    /// the note together.
    fn vote_key(&mut self, action: Option<Action>, key: KeyEvent) -> Outcome {
        if action == Some(Action::Quit) {
            return Outcome::Popup(Popup::Quit);
        }
        let Some(form) = self.vote.as_mut() else { return Outcome::Nothing };
        match form.on(action, key) {
            super::vote::VoteKey::Stay => Outcome::Nothing,
            super::vote::VoteKey::Cancel => {
                self.vote = None;
                Outcome::Nothing
            }
            super::vote::VoteKey::Save => {
                let (votes, note) = (form.votes(), form.note_text());
                match self.wizard.vote(&votes, &note) {
                    Ok(()) => {
                        self.vote = None;
                        self.cursor = self.answer_cursor();
                        Outcome::Message(Message::Ok(strings::TUI_SAVED.into()))
                    }
                    Err(e) => Outcome::Error(e.to_string()),
                }
            }
        }
    }

    pub(super) fn dont_know(&mut self, q: &Question) -> Outcome {
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

    /// A digit typed in a list: choose the item it completes, or wait for the next digit.
    fn pick(&mut self, q: &Question, digit: u8) -> Result<usize, Outcome> {
        let numbers = item_numbers(q);
        let mut typed = format!("{}{digit}", self.digits);
        let mut found = digits::typed(&numbers, &typed);
        if found == Typed::Nothing && !self.digits.is_empty() {
            // A digit that does not continue the number starts a new one.
            typed = digit.to_string();
            found = digits::typed(&numbers, &typed);
        }
        self.digits.clear();
        match found {
            Typed::Complete(i) => Ok(i),
            Typed::Pending(exact) => {
                if let Some(i) = exact {
                    self.cursor = i;
                }
                let (lo, hi) = digits::longer_range(&numbers, &typed).unwrap_or_default();
                let keys = if q.kind == Kind::Multi { strings::TUI_CONFIRM_MULTI } else { strings::TUI_CONFIRM_SINGLE };
                let message = strings::tui_typed_number(&typed, lo, hi, exact.map(|_| keys));
                self.digits = typed;
                Err(Outcome::Message(Message::Info(message)))
            }
            Typed::Nothing => Err(Outcome::Message(Message::Problem(strings::tui_no_item(&typed)))),
        }
    }

    pub(super) fn choose(&mut self, q: &Question, action: Action) -> Outcome {
        let index = match action {
            Action::Pick(d) => match self.pick(q, d) {
                Ok(i) => i,
                Err(outcome) => return outcome,
            },
            _ => self.cursor,
        };
        self.cursor = index;
        let answer = match q.kind {
            Kind::Multi => {
                let Some(option) = q.options.get(index) else { return Outcome::Nothing };
                match input::toggle(&q.options, self.wizard.current_answer(), &option.id) {
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

    pub(super) fn editor_key(&mut self, action: Option<Action>, key: KeyEvent) -> Outcome {
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
    pub(super) fn commit_editor(&mut self, advance: bool) -> Outcome {
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

    pub(super) fn save_records(&mut self, records: Vec<Record>, message: &str) -> Outcome {
        let result =
            if records.is_empty() { self.wizard.clear() } else { self.wizard.answer(Answer::Records(records)) };
        Self::saved(result, message)
    }

    pub(super) fn delete_record(&mut self, index: usize) -> Outcome {
        let mut records = self.records();
        if index >= records.len() {
            return Outcome::Nothing;
        }
        records.remove(index);
        self.cursor = self.cursor.min(records.len().saturating_sub(1));
        self.save_records(records, strings::TUI_RECORD_DELETED)
    }

    pub(super) fn form_key(&mut self, action: Option<Action>, key: KeyEvent) -> Outcome {
        let Some(form) = &mut self.form else { return Outcome::Nothing };
        let n = form.inputs.len().max(1);
        match action {
            Some(Action::NextField) => form.focus = (form.focus + 1) % n,
            Some(Action::PrevField) => form.focus = (form.focus + n - 1) % n,
            Some(Action::Cancel) => self.form = None,
            Some(Action::Save) => return self.commit_form(),
            Some(Action::Quit) => return Outcome::Popup(Popup::Quit),
            Some(a @ (Action::Up | Action::Down | Action::Toggle)) => {
                let fields = self.wizard.current().map(|q| q.fields.clone()).unwrap_or_default();
                form.choice_key(a, &fields);
            }
            _ => {
                if let Some(FieldInput::Text(area)) = form.inputs.get_mut(form.focus) {
                    area.input(Input::from(key));
                }
            }
        }
        Outcome::Nothing
    }

    pub(super) fn commit_form(&mut self) -> Outcome {
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

    pub(super) fn overview_key(&mut self, action: Option<Action>) -> Outcome {
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
                // Back to the question the respondent was at, also when the overview was opened
                // from the result (the key bar says "terug naar de vragen").
                self.wizard.return_to_questions();
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

    pub(super) fn result_key(&mut self, action: Option<Action>, size: (u16, u16)) -> Outcome {
        let page = usize::from(crate::tui::result::viewport(size.0, size.1).1.saturating_sub(1).max(1));
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
