//! The consensus meeting in the TUI: the agenda, one question at a time with who said what, the
//! end with the summary, and the decision forms (agree with a motivation, stays divided, a vote).
//! Every decision goes through [`Meeting`], which saves it before returning.

use crossterm::event::KeyEvent;
use ratatui_textarea::{Input, TextArea};

use super::vote::{VoteForm, VoteKey};
use super::{Message, Outcome, Popup, editor, editor_text};
use crate::answer::Answer;
use crate::questionnaire::{Kind, Question};
use crate::strings::overleg as s;
use crate::tui::action::{Action, Context};
use crate::wizard::input;
use crate::wizard::meeting::{Meeting, Place, Summary};

/// What part of the meeting is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingView {
    /// The agenda with what was decided.
    Agenda,
    /// The current question.
    Item,
    /// The summary at the end.
    End,
}

/// The form to agree on an answer.
#[derive(Debug)]
pub struct AgreeForm {
    /// The question.
    pub question: Question,
    /// Cursor in the list of answers (options, or scale values).
    pub cursor: usize,
    /// The answer chosen so far (a multiple choice is toggled option by option).
    pub answer: Option<Answer>,
    /// A number or text answer being typed (questions without a list).
    pub typed: Option<TextArea<'static>>,
    /// The motivation.
    pub motivation: TextArea<'static>,
    /// Whether the motivation has the focus (else the answer).
    pub on_motivation: bool,
}

/// A decision being made.
#[derive(Debug)]
pub enum DecisionForm {
    /// Agree on an answer.
    Agree(Box<AgreeForm>),
    /// The group stays divided: a motivation.
    Divided(Box<TextArea<'static>>),
    /// A vote.
    Vote(Box<VoteForm>),
}

/// The consensus meeting on screen.
#[derive(Debug)]
pub struct MeetingScreen {
    /// The meeting (owns the group file).
    pub meeting: Meeting,
    /// What is shown.
    pub view: MeetingView,
    /// Selected row of the agenda.
    pub selected: usize,
    /// First line shown of the question's answers, or of the summary.
    pub scroll: usize,
    /// A decision being made.
    pub form: Option<DecisionForm>,
    /// The summary, computed when the end is opened.
    pub summary: Option<Box<Summary>>,
}

/// The items of a question's answer list: option labels, or scale values.
pub fn answer_items(q: &Question) -> Vec<String> {
    match q.kind {
        Kind::Scale => input::scale_values(q).into_iter().map(|v| input::scale_label(q, v)).collect(),
        Kind::Single | Kind::Jgnw | Kind::Multi => q.options.iter().map(|o| o.label.clone()).collect(),
        _ => Vec::new(),
    }
}

impl AgreeForm {
    fn new(q: &Question, proposal: Option<Answer>, motivation: &str) -> Self {
        let cursor = match (&proposal, q.kind) {
            (Some(Answer::Choice(id)), _) => q.options.iter().position(|o| &o.id == id).unwrap_or(0),
            (Some(Answer::Number(n)), Kind::Scale) => {
                input::scale_values(q).iter().position(|v| input::same_value(*v, *n)).unwrap_or(0)
            }
            _ => 0,
        };
        let typed = match (q.kind, &proposal) {
            (Kind::Number, Some(Answer::Number(n))) => Some(editor(&input::format_number(*n))),
            (Kind::Text | Kind::LongText, Some(Answer::Text(t))) => Some(editor(t)),
            (Kind::Number | Kind::Text | Kind::LongText, _) => Some(editor("")),
            _ => None,
        };
        Self {
            question: q.clone(),
            cursor,
            answer: proposal,
            typed,
            motivation: editor(motivation),
            on_motivation: false,
        }
    }

    fn context(&self) -> Context {
        if self.on_motivation || self.typed.is_some() { Context::DecideText } else { Context::DecideAnswer }
    }

    /// Choose the item at the cursor (toggle it in a multiple choice).
    fn choose(&mut self) {
        let q = &self.question;
        self.answer = match q.kind {
            Kind::Multi => match q.options.get(self.cursor) {
                Some(o) => input::toggle(&q.options, self.answer.as_ref(), &o.id),
                None => self.answer.take(),
            },
            Kind::Scale => input::scale_values(q).get(self.cursor).map(|v| Answer::Number(*v)),
            _ => q.options.get(self.cursor).map(|o| Answer::Choice(o.id.clone())),
        };
    }

    fn choose_one(&mut self) {
        if self.question.kind != Kind::Multi {
            self.choose();
        }
    }

    /// The answer to save, or what is wrong with it.
    fn result(&self) -> Result<Answer, String> {
        let Some(area) = &self.typed else {
            return self
                .answer
                .clone()
                .filter(|a| !matches!(a, Answer::Choices(c) if c.is_empty()))
                .ok_or_else(|| s::CHOOSE_ANSWER.to_string());
        };
        let text = editor_text(area);
        match self.question.kind {
            _ if text.trim().is_empty() => Err(s::TYPE_ANSWER.to_string()),
            Kind::Number => input::parse_number(&self.question, &text).map(Answer::Number),
            _ => Ok(Answer::Text(text.trim().to_string())),
        }
    }

    fn on(&mut self, action: Option<Action>, key: KeyEvent) {
        let count = answer_items(&self.question).len();
        match action {
            Some(Action::NextField | Action::PrevField) => self.on_motivation = !self.on_motivation,
            _ if self.on_motivation => _ = self.motivation.input(Input::from(key)),
            _ if self.typed.is_some() => {
                if let Some(area) = &mut self.typed {
                    area.input(Input::from(key));
                }
            }
            // In a list with one answer the cursor is the choice (a radio group); in a multiple
            // choice Space ticks.
            Some(Action::Up) => {
                self.cursor = self.cursor.saturating_sub(1);
                self.choose_one();
            }
            Some(Action::Down) => {
                self.cursor = (self.cursor + 1).min(count.saturating_sub(1));
                self.choose_one();
            }
            Some(Action::Toggle) => self.choose(),
            Some(Action::Pick(d)) if (1..=count).contains(&usize::from(d)) && self.question.kind != Kind::Scale => {
                self.cursor = usize::from(d) - 1;
                self.choose();
            }
            _ => {}
        }
    }
}

impl MeetingScreen {
    /// A screen on `meeting`, opening on its agenda with the first open item selected.
    pub fn new(meeting: Meeting) -> Self {
        let selected = match meeting.position() {
            Place::Item(i) => i,
            Place::End => 0,
        };
        Self { meeting, view: MeetingView::Agenda, selected, scroll: 0, form: None, summary: None }
    }

    pub(super) fn context(&self) -> Context {
        match (&self.form, self.view) {
            (Some(DecisionForm::Agree(f)), _) => f.context(),
            (Some(DecisionForm::Divided(_)), _) => Context::DecideText,
            (Some(DecisionForm::Vote(f)), _) => f.context(),
            (None, MeetingView::Agenda) => Context::MeetingAgenda,
            (None, MeetingView::Item) => Context::MeetingItem,
            (None, MeetingView::End) => Context::MeetingEnd,
        }
    }

    pub(super) fn focused_editor(&mut self) -> Option<&mut TextArea<'static>> {
        match self.form.as_mut()? {
            DecisionForm::Agree(f) => {
                let f = f.as_mut();
                if f.on_motivation { Some(&mut f.motivation) } else { f.typed.as_mut() }
            }
            DecisionForm::Divided(area) => Some(area),
            DecisionForm::Vote(f) => {
                let f = f.as_mut();
                if f.focus == f.ids.len() { Some(&mut f.note) } else { None }
            }
        }
    }

    /// Keep the scroll within what there is to see in a window of `size`.
    pub(super) fn clamp_scroll(&mut self, size: (u16, u16)) {
        // The body: the window without header, agenda strip, status line and key bar, and a margin.
        let (width, height) = (size.0.saturating_sub(2), size.1.saturating_sub(6));
        let max = match self.view {
            MeetingView::Item => crate::tui::screens::meeting::item_max_scroll(self, width, height),
            MeetingView::End => crate::tui::screens::meeting::end_max_scroll(self, width, height),
            MeetingView::Agenda => 0,
        };
        self.scroll = self.scroll.min(max);
    }

    /// Show where the meeting now is: an item, or the summary.
    fn arrived(&mut self) {
        self.scroll = 0;
        self.form = None;
        match self.meeting.position() {
            Place::Item(i) => {
                self.view = MeetingView::Item;
                self.selected = i;
                self.summary = None;
            }
            Place::End => {
                self.view = MeetingView::End;
                self.summary = Some(Box::new(self.meeting.summary()));
            }
        }
    }

    pub(super) fn on(&mut self, action: Option<Action>, key: KeyEvent) -> Outcome {
        if self.form.is_some() {
            return self.form_key(action, key);
        }
        match (self.view, action) {
            (_, Some(Action::Help)) => Outcome::Popup(Popup::Help(self.context())),
            (_, Some(Action::Quit)) => Outcome::Popup(Popup::Quit),
            (MeetingView::Agenda, action) => self.agenda_key(action),
            (MeetingView::Item, action) => self.item_key(action),
            (MeetingView::End, action) => self.end_key(action),
        }
    }

    fn agenda_key(&mut self, action: Option<Action>) -> Outcome {
        let rows = self.meeting.items().len();
        match action {
            Some(Action::Up) => self.selected = self.selected.saturating_sub(1),
            Some(Action::Down) => self.selected = (self.selected + 1).min(rows.saturating_sub(1)),
            Some(Action::Choose) if self.meeting.go_to(self.selected) => self.arrived(),
            Some(Action::Cancel) => {
                if self.meeting.position() == Place::End && rows > 0 {
                    self.meeting.go_to(self.selected.min(rows - 1));
                }
                self.arrived();
            }
            Some(Action::Result) => {
                self.meeting.finish();
                self.arrived();
            }
            _ => {}
        }
        Outcome::Nothing
    }

    fn item_key(&mut self, action: Option<Action>) -> Outcome {
        let Place::Item(i) = self.meeting.position() else { return Outcome::Nothing };
        match action {
            Some(Action::Next) => self.meeting.next(),
            Some(Action::Back) => self.meeting.back(),
            Some(Action::Result) => self.meeting.finish(),
            Some(Action::Up) => {
                self.scroll = self.scroll.saturating_sub(1);
                return Outcome::Nothing;
            }
            Some(Action::Down) => {
                self.scroll += 1;
                return Outcome::Nothing;
            }
            Some(Action::Overview) => {
                self.selected = i;
                self.view = MeetingView::Agenda;
                return Outcome::Nothing;
            }
            Some(action @ (Action::Agree | Action::Divided | Action::Vote | Action::Clear)) => {
                return self.decide(i, action);
            }
            _ => return Outcome::Nothing,
        }
        self.arrived();
        Outcome::Nothing
    }

    /// Open the form for `action` on item `i` (or clear its decision).
    fn decide(&mut self, i: usize, action: Action) -> Outcome {
        let Some(q) = self.meeting.question(i).cloned() else { return Outcome::Nothing };
        let earlier = self.meeting.decision(i).cloned();
        let motivation = earlier.as_ref().and_then(|d| d.motivation.clone()).unwrap_or_default();
        self.form = match action {
            Action::Agree => {
                Some(DecisionForm::Agree(Box::new(AgreeForm::new(&q, self.meeting.proposal(i), &motivation))))
            }
            Action::Divided => Some(DecisionForm::Divided(Box::new(editor(&motivation)))),
            Action::Vote if self.meeting.can_vote(i) => {
                let votes = earlier.as_ref().map(|d| &d.votes).filter(|v| !v.is_empty());
                Some(DecisionForm::Vote(Box::new(VoteForm::new(&q, votes, &motivation))))
            }
            Action::Vote => return Outcome::Message(Message::Problem(s::NO_VOTE_HERE.into())),
            _ if earlier.is_none() => return Outcome::Message(Message::Problem(s::NOTHING_TO_CLEAR.into())),
            _ => return self.saved(Meeting::clear, s::SAVED_CLEARED, false),
        };
        Outcome::Nothing
    }

    fn form_key(&mut self, action: Option<Action>, key: KeyEvent) -> Outcome {
        if action == Some(Action::Quit) {
            // Ctrl+C in a form: ask to quit; the form stays as it was.
            return Outcome::Popup(Popup::Quit);
        }
        if action == Some(Action::Cancel) {
            self.form = None;
            return Outcome::Nothing;
        }
        match self.form.as_mut() {
            Some(DecisionForm::Agree(f)) if action == Some(Action::Save) => match f.result() {
                Ok(answer) => {
                    let label = crate::analysis::inputs::answer_label(&f.question, &answer);
                    let motivation = editor_text(&f.motivation);
                    self.saved(move |m| m.agree(answer, &motivation), &s::saved_agreed(&label), true)
                }
                Err(message) => Outcome::Message(Message::Problem(message)),
            },
            Some(DecisionForm::Agree(f)) => {
                f.on(action, key);
                Outcome::Nothing
            }
            Some(DecisionForm::Divided(area)) if action == Some(Action::Save) => {
                let motivation = editor_text(area);
                self.saved(move |m| m.keep_divided(&motivation), s::SAVED_DIVIDED, true)
            }
            Some(DecisionForm::Divided(area)) => {
                area.input(Input::from(key));
                Outcome::Nothing
            }
            Some(DecisionForm::Vote(f)) => match f.on(action, key) {
                VoteKey::Stay => Outcome::Nothing,
                VoteKey::Cancel => {
                    self.form = None;
                    Outcome::Nothing
                }
                VoteKey::Save => {
                    let (votes, note) = (f.votes(), f.note_text());
                    let message = self.vote_message(&votes);
                    self.saved(move |m| m.vote(&votes, &note), &message, true)
                }
            },
            None => Outcome::Nothing,
        }
    }

    fn vote_message(&self, votes: &std::collections::BTreeMap<String, u32>) -> String {
        let Some(q) = self.meeting.current().map(|item| &self.meeting.questionnaire().questions[item.index]) else {
            return String::new();
        };
        let answer = crate::wizard::meeting::winner(votes).map(|id| crate::analysis::inputs::option_label(q, &id));
        s::saved_vote(&crate::wizard::meeting::votes_line(q, votes), answer.as_deref())
    }

    /// Save a decision; on success close the form, say so, and (if `advance`) go to the next item.
    fn saved(
        &mut self,
        save: impl FnOnce(&mut Meeting) -> Result<(), crate::error::IoError>,
        message: &str,
        advance: bool,
    ) -> Outcome {
        match save(&mut self.meeting) {
            Ok(()) => {
                self.form = None;
                if advance {
                    self.meeting.next();
                    self.arrived();
                }
                Outcome::Message(Message::Ok(format!("✓ {}", crate::display::safe(message))))
            }
            // The form stays open with what was typed.
            Err(e) => Outcome::Error(e.to_string()),
        }
    }

    fn end_key(&mut self, action: Option<Action>) -> Outcome {
        match action {
            Some(Action::WriteReport) => return Outcome::AskReportDir,
            Some(Action::More) if self.meeting.more() > 0 => self.meeting.extend(),
            Some(Action::More) => return Outcome::Message(Message::Problem(s::NO_MORE.into())),
            Some(Action::Back) => self.meeting.back(),
            Some(Action::Up) => {
                self.scroll = self.scroll.saturating_sub(1);
                return Outcome::Nothing;
            }
            Some(Action::Down) => {
                self.scroll += 1;
                return Outcome::Nothing;
            }
            Some(Action::Overview) => {
                self.view = MeetingView::Agenda;
                return Outcome::Nothing;
            }
            _ => return Outcome::Nothing,
        }
        self.arrived();
        Outcome::Nothing
    }
}
