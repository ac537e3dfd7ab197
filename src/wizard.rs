//! The wizard state machine, free of any terminal code: where the respondent is among the visible
//! questions, moving next/back/to a step, and answering through [`SessionFile`] (which saves every
//! change before returning). The TUI ([`crate::tui`]) and the accessible line mode ([`crate::linemode`]) are
//! thin shells over it; the parsing and formatting helpers in [`input`] and the result summary in
//! [`result`] are shared by both.

pub mod input;
pub mod meeting;
pub mod result;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::display::terminal_line;
use crate::error::IoError;
use crate::questionnaire::{Question, Questionnaire};
use crate::session::{self, Answer, LoadError, Mode, Respondent, Role, Session, SessionFile};
use crate::strings;

/// What the respondent fills in before the first question.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Intake {
    /// The gemeente assessed (required).
    pub gemeente: String,
    /// The respondent's name (may be empty).
    pub name: String,
    /// The respondent's role.
    pub role: Role,
    /// Full questionnaire or the short intake.
    pub mode: Mode,
}

/// How a front end begins: with the choice between a new assessment and the saved sessions, or
/// straight away (`--nieuw`, `--hervat SESSIE`), so that scripts behave the same whatever sessions
/// exist.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Begin {
    /// Offer a new assessment or a saved session.
    #[default]
    Choose,
    /// Start a new assessment (the intake) at once.
    New,
    /// Open this session file at once.
    Resume(PathBuf),
    /// Open the consensus meeting on this group file at once.
    Meeting(PathBuf),
}

/// Why the wizard could not start or save.
#[derive(Debug, thiserror::Error)]
pub enum WizardError {
    /// The session could not be created, opened or read.
    #[error(transparent)]
    Session(#[from] LoadError),
    /// Saving failed; the answer was not applied.
    #[error(transparent)]
    Io(#[from] IoError),
    /// The session belongs to another questionnaire.
    #[error("{}", strings::other_questionnaire(.found, .expected))]
    OtherQuestionnaire {
        /// The session's questionnaire id.
        found: String,
        /// The questionnaire in use.
        expected: String,
    },
    /// The intake has no gemeente.
    #[error("{}", strings::GEMEENTE_REQUIRED)]
    MissingGemeente,
}

/// Where the wizard is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// At the question with this index in [`Questionnaire::questions`].
    Question(usize),
    /// Past the last visible question: the result.
    Finished,
}

/// How far a question is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Answered.
    Answered,
    /// Answered with "weet niet".
    DontKnow,
    /// Not answered yet.
    Open,
}

/// Progress and score of one step.
#[derive(Debug, Clone, PartialEq)]
pub struct StepProgress {
    /// Step title.
    pub title: String,
    /// Visible questions answered (including "weet niet").
    pub answered: usize,
    /// Visible questions.
    pub asked: usize,
    /// Weighted mean score 0–100 of the scored answers, if any.
    pub score: Option<f64>,
}

/// One line of the overview of all visible questions.
#[derive(Debug, Clone, PartialEq)]
pub struct OverviewRow {
    /// Index in [`Questionnaire::questions`].
    pub index: usize,
    /// Step index.
    pub step: usize,
    /// The question.
    pub prompt: String,
    /// How far it is.
    pub status: Status,
    /// The answer in a few words (empty when open).
    pub summary: String,
    /// Whether it has a note.
    pub has_note: bool,
}

/// A saved session offered for resuming.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedSession {
    /// The session file.
    pub path: PathBuf,
    /// Who, for which gemeente.
    pub respondent: Respondent,
    /// Visible questions answered.
    pub answered: usize,
    /// Visible questions.
    pub asked: usize,
    /// Last change.
    pub updated: jiff::Timestamp,
}

impl SavedSession {
    /// The line offering to resume this session, as both front ends show it.
    pub fn resume_line(&self) -> String {
        strings::line_resume(&strings::saved_session_line(
            &terminal_line(&self.respondent.gemeente),
            &terminal_line(&self.respondent.name),
            self.respondent.role.label(),
            self.answered,
            self.asked,
            &crate::display::local_time(self.updated),
        ))
    }
}

/// Sessions in `dir` that belong to `questionnaire`, newest first. Unreadable files are skipped
/// (see [`saved_sessions_and_skipped`]).
pub fn saved_sessions(dir: &Path, questionnaire: &Questionnaire) -> Vec<SavedSession> {
    saved_sessions_and_skipped(dir, questionnaire).0
}

/// Sessions in `dir` that belong to `questionnaire`, newest first, and why each damaged or
/// unreadable session file was skipped (one message per file, naming it), sorted by file.
pub fn saved_sessions_and_skipped(dir: &Path, questionnaire: &Questionnaire) -> (Vec<SavedSession>, Vec<String>) {
    let Ok(read) = std::fs::read_dir(dir) else { return (Vec::new(), Vec::new()) };
    let mut paths: Vec<PathBuf> =
        read.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect();
    paths.sort();
    let mut found = Vec::new();
    let mut skipped = Vec::new();
    for path in paths {
        match session::load(&path) {
            Ok(s) if s.questionnaire == questionnaire.id => {
                let (answered, asked) = questionnaire.progress(&s);
                found.push(SavedSession { path, respondent: s.respondent, answered, asked, updated: s.updated });
            }
            Ok(_) => {}
            Err(e) => skipped.push(e.to_string()),
        }
    }
    found.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.path.cmp(&b.path)));
    (found, skipped)
}

/// A group file offered for its consensus meeting.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedGroup {
    /// The group file.
    pub path: PathBuf,
    /// The gemeente.
    pub gemeente: String,
    /// Respondents merged into it.
    pub members: usize,
    /// Questions the meeting decided on.
    pub decisions: usize,
    /// Last change.
    pub updated: jiff::Timestamp,
}

impl SavedGroup {
    /// The line offering to open its consensus meeting, as both front ends show it.
    pub fn open_line(&self) -> String {
        strings::overleg::saved_group_line(
            &crate::display::safe(&self.gemeente),
            self.members,
            self.decisions,
            &crate::display::local_time(self.updated),
        )
    }
}

/// Group files in `dir` that belong to `questionnaire` (a workshop merged there with
/// `samenvoegen`), newest first. Unreadable files are skipped.
pub fn saved_groups(dir: &Path, questionnaire: &Questionnaire) -> Vec<SavedGroup> {
    let Ok(read) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut found: Vec<SavedGroup> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .filter_map(|path| {
            let bytes = crate::group::file::read_limited(&path, crate::group::file::MAX_GROUP_BYTES, "").ok()?;
            if crate::group::detect(&bytes) != crate::group::FileKind::Group {
                return None;
            }
            let group = crate::group::file::from_bytes(&bytes, &path).ok()?;
            let saved = SavedGroup {
                path,
                members: group.members.len(),
                decisions: group.decisions.len(),
                updated: group.updated,
                gemeente: group.gemeente,
            };
            (group.questionnaire == questionnaire.id).then_some(saved)
        })
        .collect();
    found.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.path.cmp(&b.path)));
    found
}

/// Whether `path` is a group file (by its content; a file that cannot be read is not).
pub fn is_group_file(path: &Path) -> bool {
    crate::group::file::read_limited(path, crate::group::file::MAX_GROUP_BYTES, "")
        .is_ok_and(|bytes| crate::group::detect(&bytes) == crate::group::FileKind::Group)
}

/// One respondent working through a questionnaire; every change is on disk before a method returns.
#[derive(Debug)]
pub struct Wizard {
    questionnaire: Arc<Questionnaire>,
    file: SessionFile,
    position: Position,
    /// The last question the respondent was at, to return to from the result.
    last_question: Option<usize>,
    /// Changes whose save failed and that no later save of the same thing made good.
    unsaved: Vec<Unsaved>,
}

/// A change the respondent made that is not on disk (saving failed).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Unsaved {
    /// The question.
    id: String,
    /// The note rather than the answer.
    note: bool,
    /// Why saving failed.
    kind: std::io::ErrorKind,
    /// The error, in Dutch.
    error: String,
}

/// How a front end ended, which the exit code follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    /// Every answer given is saved.
    Saved,
    /// No session was opened because another process has the one chosen open (exit code 4); the
    /// text says so.
    Locked(String),
    /// Some answers are not saved (exit code 3); the text names them and where to free space.
    Unsaved(String),
}

impl Wizard {
    /// Start a new session in `dir` from `intake`, at the first question.
    pub fn create(questionnaire: Arc<Questionnaire>, dir: &Path, intake: &Intake) -> Result<Self, WizardError> {
        let gemeente = intake.gemeente.trim().to_string();
        if gemeente.is_empty() {
            return Err(WizardError::MissingGemeente);
        }
        let respondent = Respondent { gemeente, name: intake.name.trim().to_string(), role: intake.role };
        let session = Session::new(&questionnaire, respondent, intake.mode);
        let today = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::system()).date();
        let path = session::new_session_path(dir, &session.respondent.gemeente, today);
        let file = SessionFile::create(&path, session)?;
        Ok(Self::at_first_open(questionnaire, file))
    }

    /// Resume the session at `path`, at its first open question.
    pub fn open(questionnaire: Arc<Questionnaire>, path: &Path) -> Result<Self, WizardError> {
        let file = SessionFile::open(path)?;
        let found = &file.session().questionnaire;
        if *found != questionnaire.id {
            return Err(WizardError::OtherQuestionnaire { found: found.clone(), expected: questionnaire.id.clone() });
        }
        Ok(Self::at_first_open(questionnaire, file))
    }

    fn at_first_open(questionnaire: Arc<Questionnaire>, file: SessionFile) -> Self {
        let mut wizard =
            Self { questionnaire, file, position: Position::Finished, last_question: None, unsaved: Vec::new() };
        wizard.go_to_first_open();
        wizard
    }

    /// A notice when the session holds answers to questions this questionnaire does not know (from
    /// another version): they are kept and written back unchanged, and the user should know.
    pub fn unknown_answers_notice(&self) -> Option<String> {
        let unknown = self.session().unknown_ids(&self.questionnaire);
        (!unknown.is_empty()).then(|| strings::unknown_answers(unknown.len(), &terminal_line(&unknown.join(", "))))
    }

    /// The questionnaire.
    pub fn questionnaire(&self) -> &Questionnaire {
        &self.questionnaire
    }

    /// The session as saved.
    pub fn session(&self) -> &Session {
        self.file.session()
    }

    /// The session file.
    pub fn path(&self) -> &Path {
        self.file.path()
    }

    /// Where the wizard is.
    pub fn position(&self) -> Position {
        self.position
    }

    /// The question the respondent was at last (also while on the result), if any.
    pub fn last_question(&self) -> Option<usize> {
        self.last_question
    }

    /// The current question, unless finished.
    pub fn current(&self) -> Option<&Question> {
        match self.position {
            Position::Question(i) => self.questionnaire.questions.get(i),
            Position::Finished => None,
        }
    }

    /// The answer to the current question.
    pub fn current_answer(&self) -> Option<&Answer> {
        self.current().and_then(|q| self.session().answer(&q.id))
    }

    /// The note on the current question.
    pub fn current_note(&self) -> Option<&str> {
        self.current().and_then(|q| self.session().note(&q.id))
    }

    /// The step of the current question, or the last step when finished.
    pub fn current_step(&self) -> usize {
        self.current().map_or(self.questionnaire.steps.len().saturating_sub(1), |q| q.step)
    }

    /// Whether question `index` is asked now.
    pub fn is_visible(&self, index: usize) -> bool {
        self.questionnaire.questions.get(index).is_some_and(|q| self.questionnaire.is_visible(q, self.session()))
    }

    /// Indices of the visible questions, in order.
    pub fn visible(&self) -> Vec<usize> {
        (0..self.questionnaire.questions.len()).filter(|&i| self.is_visible(i)).collect()
    }

    /// (1-based number of the current question among the visible ones, number visible). The
    /// number visible changes as follow-up questions appear; show [`Wizard::percent`] as progress.
    pub fn counter(&self) -> (usize, usize) {
        let visible = self.visible();
        let at = match self.position {
            Position::Question(i) => visible.iter().position(|&v| v == i).map_or(0, |p| p + 1),
            Position::Finished => visible.len(),
        };
        (at, visible.len())
    }

    /// How far into the questionnaire the current question is, 0–100 (100 on the result): by
    /// position and estimated time, so answering never makes it go back (see
    /// [`Questionnaire::percent_before`]).
    pub fn percent(&self) -> u8 {
        match self.position {
            Position::Question(i) => self.questionnaire.percent_before(i, self.session().mode),
            Position::Finished => 100,
        }
    }

    /// Estimated minutes for the open questions from the current one on (rounded up).
    pub fn minutes_left(&self) -> u32 {
        let from = match self.position {
            Position::Question(i) => i,
            Position::Finished => return 0,
        };
        let seconds: u32 = self
            .visible()
            .into_iter()
            .filter(|&i| i >= from && self.status(i) == Status::Open)
            .map(|i| self.questionnaire.questions[i].estimated_seconds())
            .sum();
        seconds.div_ceil(60)
    }

    /// Move to the next visible question, or to the result after the last.
    pub fn next(&mut self) {
        let Position::Question(current) = self.position else { return };
        let len = self.questionnaire.questions.len();
        let next = (current + 1..len).find(|&i| self.is_visible(i));
        self.set(next.map_or(Position::Finished, Position::Question));
    }

    /// Move to the previous visible question. Stays at the first. From the result: back to the
    /// question the respondent came from (see [`Wizard::return_to_questions`]).
    pub fn back(&mut self) {
        let i = match self.position {
            Position::Question(i) => i,
            Position::Finished => return self.return_to_questions(),
        };
        if let Some(i) = (0..i).rev().find(|&i| self.is_visible(i)) {
            self.set(Position::Question(i));
        }
    }

    /// From the result (or wherever the position is `Finished`): back to the question the
    /// respondent was at before, if it is still asked, else the last visible question.
    pub fn return_to_questions(&mut self) {
        if self.position != Position::Finished {
            return;
        }
        let last = self.visible().last().copied();
        let target = self.last_question.filter(|&i| self.is_visible(i)).or(last);
        if let Some(i) = target {
            self.set(Position::Question(i));
        }
    }

    fn set(&mut self, position: Position) {
        if let Position::Question(i) = position {
            self.last_question = Some(i);
        }
        self.position = position;
    }

    /// Go to question `index` if it is visible; returns whether it moved.
    pub fn go_to(&mut self, index: usize) -> bool {
        let ok = self.is_visible(index);
        if ok {
            self.set(Position::Question(index));
        }
        ok
    }

    /// Go to the first visible question of step `step`; returns whether there is one.
    pub fn jump_to_step(&mut self, step: usize) -> bool {
        let first = self.visible().into_iter().find(|&i| self.questionnaire.questions[i].step == step);
        first.is_some_and(|i| self.go_to(i))
    }

    /// Go to the first visible question without an answer, or to the result when there is none.
    pub fn go_to_first_open(&mut self) {
        let open =
            self.visible().into_iter().find(|&i| self.session().answer(&self.questionnaire.questions[i].id).is_none());
        self.set(open.map_or(Position::Finished, Position::Question));
    }

    /// Go to the result (remembering the question, for [`Wizard::return_to_questions`]).
    pub fn finish(&mut self) {
        self.position = Position::Finished;
    }

    /// Answer the current question (saved before returning).
    pub fn answer(&mut self, answer: Answer) -> Result<(), IoError> {
        let Some(id) = self.current().map(|q| q.id.clone()) else { return Ok(()) };
        let result = self.file.answer(&id, answer);
        self.track(id, false, result)
    }

    /// Clear the answer to the current question, keeping its note (saved before returning).
    pub fn clear(&mut self) -> Result<(), IoError> {
        let Some(id) = self.current().map(|q| q.id.clone()) else { return Ok(()) };
        let result = self.file.clear(&id);
        self.track(id, false, result)
    }

    /// Set the note on the current question; a blank note removes it (saved before returning).
    pub fn note(&mut self, note: &str) -> Result<(), IoError> {
        let Some(id) = self.current().map(|q| q.id.clone()) else { return Ok(()) };
        let result = self.file.note(&id, note);
        self.track(id, true, result)
    }

    /// Remember a failed save until the same answer (or note) is saved after all.
    fn track(&mut self, id: String, note: bool, result: Result<(), IoError>) -> Result<(), IoError> {
        self.unsaved.retain(|u| !(u.id == id && u.note == note));
        if let Err(e) = &result {
            self.unsaved.push(Unsaved { id, note, kind: e.source.kind(), error: e.to_string() });
        }
        result
    }

    /// How many answers and notes given are not saved (their saves failed).
    pub fn unsaved_count(&self) -> usize {
        self.unsaved.len()
    }

    /// How the session ends: saved, or which answers are not saved and what to do about it.
    pub fn ending(&self) -> Ended {
        let Some(last) = self.unsaved.last() else { return Ended::Saved };
        let items: Vec<String> = self
            .unsaved
            .iter()
            .map(|u| {
                let q = self.questionnaire.questions.iter().find(|q| q.id == u.id);
                let step = q.and_then(|q| self.questionnaire.steps.get(q.step)).map_or("", |s| s.title.as_str());
                let prompt = q.map_or(u.id.as_str(), |q| q.prompt.as_str());
                strings::unsaved_item(step, &terminal_line(prompt), u.note)
            })
            .collect();
        let dir = self.path().parent().unwrap_or(Path::new(".")).display().to_string();
        let full = matches!(last.kind, std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded);
        Ended::Unsaved(strings::unsaved_goodbye(
            &items,
            &terminal_line(&last.error),
            &terminal_line(&dir),
            &terminal_line(&self.path().display().to_string()),
            full,
        ))
    }

    /// A groepssessie's vote on the current question (option id → votes) with a note, saved
    /// together before returning: the answer becomes the option most voted for (a tie keeps the
    /// answer as it was); no votes removes the vote. The note replaces the question's note.
    pub fn vote(&mut self, votes: &std::collections::BTreeMap<String, u32>, note: &str) -> Result<(), IoError> {
        let Some(id) = self.current().map(|q| q.id.clone()) else { return Ok(()) };
        let winner = meeting::winner(votes);
        self.file.update(|s| {
            s.set_votes(&id, votes);
            s.set_note(&id, note);
            if let Some(option) = winner {
                s.set_answer(&id, Answer::Choice(option));
            }
        })
    }

    /// The vote on the current question, if one was recorded.
    pub fn current_votes(&self) -> Option<&std::collections::BTreeMap<String, u32>> {
        self.current().and_then(|q| self.session().votes(&q.id))
    }

    /// How far question `index` is.
    pub fn status(&self, index: usize) -> Status {
        let answer = self.questionnaire.questions.get(index).and_then(|q| self.session().answer(&q.id));
        match answer {
            None => Status::Open,
            Some(a) if a.is_dont_know() => Status::DontKnow,
            Some(_) => Status::Answered,
        }
    }

    /// Progress and score of every step, over the visible questions.
    pub fn step_progress(&self) -> Vec<StepProgress> {
        let session = self.session();
        let mut steps: Vec<StepProgress> = self
            .questionnaire
            .steps
            .iter()
            .map(|s| StepProgress { title: s.title.clone(), answered: 0, asked: 0, score: None })
            .collect();
        let mut sums = vec![(0.0_f64, 0.0_f64); steps.len()];
        for q in self.questionnaire.visible(session) {
            let Some(step) = steps.get_mut(q.step) else { continue };
            step.asked += 1;
            let Some(answer) = session.answer(&q.id) else { continue };
            step.answered += 1;
            if let Some(score) = Questionnaire::score(q, answer).filter(|_| q.weight > 0.0) {
                sums[q.step].0 += score * q.weight;
                sums[q.step].1 += q.weight;
            }
        }
        for (step, (sum, weight)) in steps.iter_mut().zip(sums) {
            step.score = (weight > 0.0).then(|| sum / weight);
        }
        steps
    }

    /// Every visible question with its status, for the overview.
    pub fn overview(&self) -> Vec<OverviewRow> {
        self.visible()
            .into_iter()
            .map(|index| {
                let q = &self.questionnaire.questions[index];
                let summary = self.session().answer(&q.id).map(|a| input::summary(q, a)).unwrap_or_default();
                OverviewRow {
                    index,
                    step: q.step,
                    prompt: q.prompt.clone(),
                    status: self.status(index),
                    summary,
                    has_note: self.session().note(&q.id).is_some(),
                }
            })
            .collect()
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::session::{FieldValue, Record};

    pub(crate) fn fixture() -> Arc<Questionnaire> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wizard-test.toml");
        Arc::new(crate::embedded::load_questionnaire_file(&path).unwrap())
    }

    fn intake(mode: Mode) -> Intake {
        Intake { gemeente: "Testdorp".into(), name: "An".into(), role: Role::Schepen, mode }
    }

    fn ids(w: &Wizard) -> Vec<&str> {
        w.visible().into_iter().map(|i| w.questionnaire().questions[i].id.as_str()).collect()
    }

    #[test]
    fn a_new_session_starts_at_the_first_question_and_is_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let w = Wizard::create(fixture(), dir.path(), &intake(Mode::Volledig)).unwrap();
        assert_eq!(w.current().unwrap().id, "start.organisatie");
        assert!(w.path().exists());
        assert_eq!(w.session().respondent.role, Role::Schepen);
        assert_eq!(w.counter(), (1, 7));
    }

    #[test]
    fn a_blank_gemeente_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = Wizard::create(fixture(), dir.path(), &Intake::default()).unwrap_err();
        assert!(matches!(err, WizardError::MissingGemeente));
    }

    #[test]
    fn conditional_questions_appear_and_disappear_without_losing_answers() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = Wizard::create(fixture(), dir.path(), &intake(Mode::Volledig)).unwrap();
        assert!(!ids(&w).contains(&"start.vte"));
        w.answer(Answer::Choice("dienst".into())).unwrap();
        assert!(ids(&w).contains(&"start.vte"));
        w.next();
        assert_eq!(w.current().unwrap().id, "start.vte");
        w.answer(Answer::Number(3.0)).unwrap();
        w.back();
        w.answer(Answer::Choice("geen".into())).unwrap();
        assert!(!ids(&w).contains(&"start.vte"));
        w.next();
        assert_eq!(w.current().unwrap().id, "start.thema", "the hidden question is skipped");
        assert_eq!(w.session().answer("start.vte"), Some(&Answer::Number(3.0)), "its answer is kept");
        w.back();
        w.answer(Answer::Choice("dienst".into())).unwrap();
        w.next();
        assert_eq!(w.current_answer(), Some(&Answer::Number(3.0)), "and back when it reappears");
    }

    #[test]
    fn short_intake_asks_only_short_questions() {
        let dir = tempfile::tempdir().unwrap();
        let w = Wizard::create(fixture(), dir.path(), &intake(Mode::Kort)).unwrap();
        assert_eq!(
            ids(&w),
            ["start.organisatie", "start.thema", "context.informatie", "context.draagvlak", "actoren.lijst"]
        );
    }

    #[test]
    fn next_back_jump_and_finish() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = Wizard::create(fixture(), dir.path(), &intake(Mode::Volledig)).unwrap();
        w.back();
        assert_eq!(w.position(), Position::Question(0), "back at the first stays");
        assert!(w.jump_to_step(2));
        assert_eq!(w.current().unwrap().id, "actoren.lijst");
        w.next();
        assert_eq!(w.position(), Position::Finished);
        assert_eq!(w.current_step(), 2);
        w.back();
        assert_eq!(w.current().unwrap().id, "actoren.lijst");
        assert!(!w.go_to(1), "a hidden question cannot be reached");
    }

    #[test]
    fn from_the_result_back_to_where_the_respondent_was() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = Wizard::create(fixture(), dir.path(), &intake(Mode::Volledig)).unwrap();
        assert!(w.jump_to_step(1));
        w.next();
        let at = w.position();
        w.finish();
        w.back();
        assert_eq!(w.position(), at, "back from the result returns to the question, not the last one");
        w.finish();
        w.return_to_questions();
        assert_eq!(w.position(), at);
        // At the end of the questions, the result's 'back' is the last question.
        assert!(w.jump_to_step(2));
        w.next();
        assert_eq!(w.position(), Position::Finished);
        w.back();
        assert_eq!(w.current().unwrap().id, "actoren.lijst");
    }

    #[test]
    fn progress_never_goes_back_when_follow_up_questions_appear() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = Wizard::create(fixture(), dir.path(), &intake(Mode::Volledig)).unwrap();
        assert_eq!(w.percent(), 0);
        let mut last = 0;
        for answer in [Answer::Choice("dienst".into()), Answer::Number(2.0), Answer::Text("x".into())] {
            w.answer(answer).unwrap();
            assert!(w.percent() >= last, "answering never lowers the progress");
            w.next();
            assert!(w.percent() > last, "moving on raises it");
            last = w.percent();
        }
        w.finish();
        assert_eq!(w.percent(), 100);
        assert_eq!(w.minutes_left(), 0);
    }

    #[test]
    fn answers_notes_and_clearing_are_saved_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = Wizard::create(fixture(), dir.path(), &intake(Mode::Volledig)).unwrap();
        w.answer(Answer::Choice("weet_niet".into())).unwrap();
        w.note("navragen bij de dienst").unwrap();
        let on_disk = session::load(w.path()).unwrap();
        assert_eq!(on_disk.answer("start.organisatie"), Some(&Answer::Choice("weet_niet".into())));
        assert_eq!(on_disk.note("start.organisatie"), Some("navragen bij de dienst"));
        assert_eq!(w.status(0), Status::DontKnow);
        w.clear().unwrap();
        let on_disk = session::load(w.path()).unwrap();
        assert_eq!(on_disk.answer("start.organisatie"), None);
        assert_eq!(on_disk.note("start.organisatie"), Some("navragen bij de dienst"), "the note stays");
    }

    #[test]
    fn resuming_opens_at_the_first_open_question() {
        let dir = tempfile::tempdir().unwrap();
        let path = {
            let mut w = Wizard::create(fixture(), dir.path(), &intake(Mode::Volledig)).unwrap();
            w.answer(Answer::Choice("geen".into())).unwrap();
            w.path().to_path_buf()
        };
        let saved = saved_sessions(dir.path(), &fixture());
        assert_eq!(saved.len(), 1);
        assert_eq!((saved[0].answered, saved[0].asked), (1, 7));
        let w = Wizard::open(fixture(), &path).unwrap();
        assert_eq!(w.current().unwrap().id, "start.thema");
    }

    #[test]
    fn step_progress_scores_the_visible_answers() {
        let dir = tempfile::tempdir().unwrap();
        let mut w = Wizard::create(fixture(), dir.path(), &intake(Mode::Volledig)).unwrap();
        w.answer(Answer::Choice("een_persoon".into())).unwrap();
        assert!(w.jump_to_step(1));
        w.answer(Answer::Choice("ja".into())).unwrap();
        w.next();
        w.answer(Answer::Number(3.0)).unwrap();
        assert!(w.jump_to_step(2));
        let record: Record = [("naam".to_string(), FieldValue::Text("OCMW".into()))].into_iter().collect();
        w.answer(Answer::Records(vec![record])).unwrap();
        let steps = w.step_progress();
        assert_eq!((steps[0].answered, steps[0].asked, steps[0].score), (1, 2, Some(50.0)));
        assert_eq!((steps[1].answered, steps[1].asked, steps[1].score), (2, 4, Some(75.0)));
        assert_eq!((steps[2].answered, steps[2].asked, steps[2].score), (1, 1, None));
        let overview = w.overview();
        assert_eq!(overview.len(), 7);
        assert_eq!(overview[0].summary, "Eén persoon");
    }

    #[test]
    fn a_session_of_another_questionnaire_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let other = crate::embedded::questionnaire("vvsg-4p").unwrap();
        let session =
            Session::new(&other, Respondent { gemeente: "X".into(), ..Respondent::default() }, Mode::Volledig);
        let path = dir.path().join("x.toml");
        session::save(&session, &path).unwrap();
        assert!(matches!(Wizard::open(fixture(), &path), Err(WizardError::OtherQuestionnaire { .. })));
        assert!(saved_sessions(dir.path(), &fixture()).is_empty());
    }
}
