//! The accessible line mode: no full-screen drawing, one question at a time as plain lines with
//! numbered options, answers typed on standard input. Usable with a screen reader and by piping
//! answers in; the end of the input ends the session cleanly (every answer is already saved).
//! Generic over [`BufRead`] + [`Write`] so tests drive it with byte buffers.

use std::io::{self, BufRead, Write};
use std::path::Path;
use std::sync::Arc;

use crate::display::{TerminalWriter, terminal_line};
use crate::questionnaire::{Choice, Kind, Question, Questionnaire};
use crate::session::{Answer, LoadError, LockError, Mode, Role};
use crate::strings;
use crate::wizard::input::{self, format_number};
use crate::wizard::meeting::{Meeting, MeetingError};
use crate::wizard::{
    Begin, Ended, Intake, Position, Status, Wizard, WizardError, saved_groups, saved_sessions_and_skipped,
};

mod meeting;
mod records;
mod summary;

/// Why the line mode stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    /// Reading input or writing output failed.
    #[error("invoer of uitvoer mislukt: {0}")]
    Io(#[from] io::Error),
    /// The session could not be created.
    #[error(transparent)]
    Wizard(#[from] WizardError),
    /// The group file could not be opened for the consensus meeting.
    #[error(transparent)]
    Meeting(#[from] MeetingError),
}

/// What the start opened: a respondent's session, or a group file's consensus meeting.
enum Opened {
    Session(Box<Wizard>),
    Meeting(Box<Meeting>),
}

/// Run the line mode on `input`/`output` with sessions in `sessions_dir`, beginning as `begin` says.
pub fn run<R: BufRead, W: Write>(
    questionnaire: Arc<Questionnaire>,
    sessions_dir: &Path,
    begin: &Begin,
    input: R,
    output: W,
) -> Result<Ended, LineError> {
    // Everything the line mode prints passes the terminal rule (`display`), whatever its source.
    let mut line = LineMode { input, out: TerminalWriter::new(output), questionnaire, locked: None };
    line.say(&strings::line_welcome(&line.questionnaire.title))?;
    let opened = match begin {
        Begin::Choose => line.choose_session(sessions_dir)?,
        Begin::New => line.intake(sessions_dir)?.map(|w| Opened::Session(Box::new(w))),
        Begin::Resume(path) => Some(Opened::Session(Box::new(line.resume(path)?))),
        Begin::Meeting(path) => Some(Opened::Meeting(Box::new(line.open_meeting(path)?))),
    };
    let mut wizard = match opened {
        None => {
            line.say(strings::LINE_EOF_NO_SESSION)?;
            // The session chosen was open elsewhere and none was opened instead: exit code 4.
            return Ok(line.locked.take().map_or(Ended::Saved, Ended::Locked));
        }
        Some(Opened::Meeting(mut meeting)) => {
            line.meeting(&mut meeting)?;
            return Ok(Ended::Saved);
        }
        Some(Opened::Session(wizard)) => *wizard,
    };
    let path = terminal_line(&wizard.path().display().to_string()).into_owned();
    let flow = line.session_loop(&mut wizard)?;
    let ended = wizard.ending();
    match (&ended, flow) {
        // Never "your answers are saved" when some are not.
        (Ended::Unsaved(goodbye), _) => line.say(goodbye)?,
        (_, Flow::Eof) => line.say(&strings::line_eof(&path))?,
        (_, Flow::Stop) => line.say(&strings::line_bye(&path))?,
    }
    Ok(ended)
}

/// How a session ended.
enum Flow {
    Stop,
    Eof,
}

/// A line typed by the user: a command word or an answer.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    Help,
    Next,
    Back,
    Clear,
    Note,
    Vote,
    Overview,
    Step(Option<usize>),
    Result,
    Stop,
}

fn command(line: &str) -> Option<Command> {
    let lower = line.trim().to_lowercase();
    let cmd = match lower.as_str() {
        "" | "verder" => Command::Next,
        "help" | "?" => Command::Help,
        "terug" => Command::Back,
        "wissen" => Command::Clear,
        "notitie" => Command::Note,
        "stemming" => Command::Vote,
        "overzicht" => Command::Overview,
        "resultaat" => Command::Result,
        "stop" | "stoppen" => Command::Stop,
        other => {
            let rest = other.strip_prefix("stap")?;
            if !rest.is_empty() && !rest.starts_with(|c: char| c.is_whitespace() || c.is_ascii_digit()) {
                return None;
            }
            Command::Step(rest.trim().parse().ok())
        }
    };
    Some(cmd)
}

/// A typed answer with a leading `\` taken literally.
fn literal(line: &str) -> &str {
    line.strip_prefix('\\').unwrap_or(line)
}

struct LineMode<R, W> {
    input: R,
    out: W,
    questionnaire: Arc<Questionnaire>,
    /// Why the last session chosen could not be opened, when another process has it open.
    locked: Option<String>,
}

impl<R: BufRead, W: Write> LineMode<R, W> {
    fn say(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out, "{text}")?;
        self.out.flush()
    }

    /// The next line without its line ending, or `None` at the end of the input.
    fn read(&mut self) -> io::Result<Option<String>> {
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let trimmed = line.trim_end_matches(['\n', '\r']).to_string();
        Ok(Some(trimmed))
    }

    fn ask(&mut self, prompt: &str) -> io::Result<Option<String>> {
        self.say(prompt)?;
        self.read()
    }

    fn numbered(&mut self, items: &[String]) -> io::Result<()> {
        for (i, item) in items.iter().enumerate() {
            writeln!(self.out, "  {}. {item}", i + 1)?;
        }
        Ok(())
    }

    /// Ask `question`, then list `items` (question first, as a screen reader reads it) and let the
    /// user pick one by number or by (the start of) its words. `None` at the end of the input,
    /// `Some(0)` for Enter, else the 1-based choice.
    fn pick(&mut self, question: &str, items: &[String], prompt: &str) -> io::Result<Option<usize>> {
        self.say(question)?;
        self.numbered(items)?;
        let labels: Vec<&str> = items.iter().map(String::as_str).collect();
        loop {
            let Some(line) = self.ask(prompt)? else { return Ok(None) };
            if line.trim().is_empty() {
                return Ok(Some(0));
            }
            match input::parse_items(&labels, &line) {
                Ok(found) if found.len() == 1 => return Ok(Some(found[0] + 1)),
                Ok(_) => self.say(&strings::choose_one(items.len()))?,
                Err(message) => self.say(&message)?,
            }
        }
    }

    /// The start menu: a new assessment, a saved session, or a group file's consensus meeting
    /// (group files in the sessions folder come last).
    fn choose_session(&mut self, dir: &Path) -> Result<Option<Opened>, LineError> {
        let (saved, skipped) = saved_sessions_and_skipped(dir, &self.questionnaire);
        for problem in &skipped {
            self.say(&strings::unreadable_session(problem))?;
        }
        let groups = saved_groups(dir, &self.questionnaire);
        loop {
            if saved.is_empty() && groups.is_empty() {
                return Ok(self.intake(dir)?.map(|w| Opened::Session(Box::new(w))));
            }
            let mut items = vec![strings::LINE_NEW.to_string()];
            items.extend(saved.iter().map(crate::wizard::SavedSession::resume_line));
            items.extend(groups.iter().map(crate::wizard::SavedGroup::open_line));
            let Some(k) = self.pick(strings::LINE_START_QUESTION, &items, strings::LINE_START_PROMPT)? else {
                return Ok(None);
            };
            if k <= 1 {
                return Ok(self.intake(dir)?.map(|w| Opened::Session(Box::new(w))));
            }
            let opened = match saved.get(k - 2) {
                Some(session) => self.open(&session.path).map(|w| Opened::Session(Box::new(w))),
                None => self.open_meeting(&groups[k - 2 - saved.len()].path).map(|m| Opened::Meeting(Box::new(m))),
            };
            match opened {
                Ok(o) => return Ok(Some(o)),
                Err(LineError::Wizard(e)) => {
                    let held = matches!(&e, WizardError::Session(LoadError::Locked(LockError::Held { .. })));
                    self.locked = held.then(|| e.to_string());
                    self.say(&format!("{}: {e}", strings::ERROR_PREFIX))?;
                }
                Err(LineError::Meeting(e)) => self.say(&format!("{}: {e}", strings::ERROR_PREFIX))?,
                Err(e) => return Err(e),
            }
        }
    }

    /// `--hervat`: open `path`, or stop with the reason (a script must not silently do something
    /// else).
    fn resume(&mut self, path: &Path) -> Result<Wizard, LineError> {
        self.open(path)
    }

    fn open(&mut self, path: &Path) -> Result<Wizard, LineError> {
        let w = Wizard::open(self.questionnaire.clone(), path)?;
        self.say(&strings::line_resumed(&terminal_line(&w.path().display().to_string())))?;
        if let Some(notice) = w.unknown_answers_notice() {
            self.say(&notice)?;
        }
        Ok(w)
    }

    fn intake(&mut self, dir: &Path) -> Result<Option<Wizard>, LineError> {
        let gemeente = loop {
            let Some(g) = self.ask(strings::LINE_ASK_GEMEENTE)? else { return Ok(None) };
            if !g.trim().is_empty() {
                break g;
            }
            self.say(strings::GEMEENTE_REQUIRED)?;
        };
        let Some(name) = self.ask(strings::LINE_ASK_NAME)? else { return Ok(None) };
        let roles: Vec<String> = Role::ALL.iter().map(|r| r.label().to_string()).collect();
        let Some(role) = self.pick(strings::LINE_ASK_ROLE, &roles, strings::LINE_PICK_PROMPT)? else { return Ok(None) };
        let modes = [Mode::Volledig, Mode::Kort].map(|m| {
            let name = if m == Mode::Kort { strings::MODE_SHORT } else { strings::MODE_FULL };
            strings::mode_with_length(name, &self.questionnaire.path_length(m).describe())
        });
        let Some(mode) = self.pick(strings::LINE_ASK_MODE, &modes, strings::LINE_PICK_PROMPT)? else { return Ok(None) };
        let intake = Intake {
            gemeente,
            name,
            role: Role::ALL[role.saturating_sub(1)],
            mode: if mode == 2 { Mode::Kort } else { Mode::Volledig },
        };
        let wizard = Wizard::create(self.questionnaire.clone(), dir, &intake)?;
        self.say(&strings::line_created(&terminal_line(&wizard.path().display().to_string())))?;
        Ok(Some(wizard))
    }

    fn session_loop(&mut self, wizard: &mut Wizard) -> io::Result<Flow> {
        let mut shown: Option<Position> = None;
        let mut announced_step = None;
        loop {
            let position = wizard.position();
            let fresh = shown != Some(position);
            shown = Some(position);
            let flow = match wizard.current() {
                None => self.result(wizard, fresh)?,
                Some(q) => {
                    if fresh && announced_step != Some(q.step) {
                        announced_step = Some(q.step);
                        self.announce_step(wizard, q.step)?;
                    }
                    if fresh {
                        self.show_question(wizard)?;
                    }
                    self.answer_current(wizard)?
                }
            };
            match flow {
                Step::Stay => {}
                Step::Moved => shown = None,
                Step::End(end) => return Ok(end),
            }
        }
    }

    /// A new step: its number and title in plain words (no symbols a screen reader reads out),
    /// its introduction, and how far the respondent is.
    fn announce_step(&mut self, wizard: &Wizard, step: usize) -> io::Result<()> {
        let total = self.questionnaire.steps.len();
        let Some(s) = self.questionnaire.steps.get(step) else { return Ok(()) };
        let progress = strings::line_progress(wizard.percent(), wizard.minutes_left());
        let text = format!("\n{}.\n{}\n{progress}", strings::step_of(step + 1, total, &s.title), s.intro);
        self.say(&text)
    }

    fn show_question(&mut self, wizard: &Wizard) -> io::Result<()> {
        let Some(q) = wizard.current() else { return Ok(()) };
        let (n, _) = wizard.counter();
        writeln!(self.out, "\n{}: {}", strings::line_question(n), q.prompt)?;
        if !q.help.is_empty() {
            writeln!(self.out, "{}", q.help)?;
        }
        if q.yes_is_weak() {
            writeln!(self.out, "{}", strings::YES_IS_WEAK)?;
        }
        match q.kind {
            Kind::Single | Kind::Multi | Kind::Jgnw => {
                let labels: Vec<String> = q.options.iter().map(|o| o.label.clone()).collect();
                self.numbered(&labels)?;
            }
            Kind::Scale => {
                let values: Vec<String> =
                    input::scale_values(q).into_iter().map(|v| format!("  {}", input::scale_label(q, v))).collect();
                writeln!(self.out, "{}", values.join("\n"))?;
            }
            Kind::Records => self.list_records(q, wizard.current_answer())?,
            Kind::Text | Kind::LongText | Kind::Number => {}
        }
        if let Some(a) = wizard.current_answer().filter(|_| q.kind != Kind::Records) {
            writeln!(self.out, "{}", strings::line_current(&full_summary(q, a)))?;
        }
        if let Some(votes) = wizard.current_votes() {
            let line = crate::wizard::meeting::votes_line(q, votes);
            writeln!(self.out, "{}", strings::overleg::session_votes(&crate::display::safe(&line)))?;
        }
        if let Some(note) = wizard.current_note() {
            writeln!(self.out, "{}", strings::line_note(note))?;
        }
        Ok(())
    }

    /// `stemming`, in a groepssessie: the votes per option and a note; the answer becomes the
    /// option most voted for, and the wizard goes on (a tie keeps the answer and stays).
    fn session_vote(&mut self, wizard: &mut Wizard) -> io::Result<Step> {
        let Some(q) = wizard.current().cloned().filter(|q| matches!(q.kind, Kind::Single | Kind::Jgnw)) else {
            self.say(strings::overleg::NO_VOTE_HERE)?;
            return Ok(Step::Stay);
        };
        let Some(votes) = self.ask_votes(&q)? else { return Ok(Step::End(Flow::Eof)) };
        let ask = if wizard.current_note().is_some() {
            strings::overleg::ASK_VOTE_NOTE_KEEP
        } else {
            strings::overleg::ASK_VOTE_NOTE
        };
        let Some(typed) = self.ask(ask)? else { return Ok(Step::End(Flow::Eof)) };
        let note = if typed.trim().is_empty() { wizard.current_note().unwrap_or_default().to_string() } else { typed };
        let winner = crate::wizard::meeting::winner(&votes);
        if let Err(e) = wizard.vote(&votes, &note) {
            self.say(&strings::line_save_failed(&e.to_string()))?;
            return Ok(Step::Stay);
        }
        let line = crate::display::safe(&crate::wizard::meeting::votes_line(&q, &votes));
        let answer = winner.map(|id| crate::display::safe(&crate::analysis::inputs::option_label(&q, &id)));
        self.say(&strings::overleg::saved_vote(&line, answer.as_deref()))?;
        if answer.is_some() {
            wizard.next();
            return Ok(Step::Moved);
        }
        Ok(Step::Stay)
    }

    fn list_records(&mut self, q: &Question, answer: Option<&Answer>) -> io::Result<()> {
        let records = records::records_of(answer);
        if records.is_empty() {
            return writeln!(self.out, "{}", strings::LINE_NO_RECORDS);
        }
        let lines: Vec<String> = records.iter().map(|r| input::record_line(&q.fields, r)).collect();
        self.numbered(&lines)
    }

    fn prompt_for(q: &Question) -> String {
        match q.kind {
            Kind::Single | Kind::Jgnw => {
                // An example from this question's own options: "ja", "niemand".
                let word = q.options.first().and_then(|o| o.label.split_whitespace().next()).unwrap_or_default();
                strings::line_prompt_single(&word.to_lowercase())
            }
            Kind::Multi => strings::LINE_PROMPT_MULTI.to_string(),
            Kind::Scale | Kind::Number => {
                let lo = q.min.map(format_number);
                let hi = q.max.map(format_number);
                strings::line_prompt_number(&strings::bounds(lo.as_deref(), hi.as_deref()))
            }
            Kind::Text => strings::LINE_PROMPT_TEXT.to_string(),
            Kind::LongText => strings::LINE_PROMPT_LONG.to_string(),
            Kind::Records => strings::LINE_PROMPT_RECORDS.to_string(),
        }
    }

    /// Read one line for the current question and act on it.
    fn answer_current(&mut self, wizard: &mut Wizard) -> io::Result<Step> {
        let Some(q) = wizard.current().cloned() else { return Ok(Step::Stay) };
        let Some(line) = self.ask(&Self::prompt_for(&q))? else { return Ok(Step::End(Flow::Eof)) };
        if let Some(cmd) = command(&line) {
            return self.run_command(wizard, &cmd);
        }
        let text = literal(&line);
        let parsed = match q.kind {
            Kind::Single | Kind::Jgnw => one_choice(&q.options, text).map(Answer::Choice),
            Kind::Multi => many_choices(&q.options, text).map(Answer::Choices),
            Kind::Scale | Kind::Number => input::parse_number(&q, text).map(Answer::Number),
            Kind::Text => Ok(Answer::Text(text.trim().to_string())),
            Kind::LongText => return self.long_text(wizard, text),
            Kind::Records => return self.records_command(wizard, &q, text),
        };
        match parsed {
            Ok(answer) => self.save(wizard, answer, true),
            Err(message) => {
                self.say(&message)?;
                Ok(Step::Stay)
            }
        }
    }

    /// Save `answer`; on success say so and (if `advance`) go on.
    fn save(&mut self, wizard: &mut Wizard, answer: Answer, advance: bool) -> io::Result<Step> {
        match wizard.answer(answer) {
            Ok(()) => {
                self.say(strings::LINE_SAVED)?;
                if advance {
                    wizard.next();
                    return Ok(Step::Moved);
                }
                Ok(Step::Stay)
            }
            Err(e) => {
                self.say(&strings::line_save_failed(&e.to_string()))?;
                Ok(Step::Stay)
            }
        }
    }

    fn long_text(&mut self, wizard: &mut Wizard, first: &str) -> io::Result<Step> {
        let mut lines = vec![first.to_string()];
        let mut eof = false;
        loop {
            match self.read()? {
                None => {
                    eof = true;
                    break;
                }
                Some(l) if l.trim().is_empty() => break,
                Some(l) => lines.push(l),
            }
        }
        let step = self.save(wizard, Answer::Text(lines.join("\n").trim().to_string()), true)?;
        Ok(if eof { Step::End(Flow::Eof) } else { step })
    }

    fn run_command(&mut self, wizard: &mut Wizard, cmd: &Command) -> io::Result<Step> {
        match cmd {
            Command::Help => self.say(strings::LINE_HELP)?,
            Command::Next => {
                wizard.next();
                return Ok(Step::Moved);
            }
            Command::Back => {
                wizard.back();
                return Ok(Step::Moved);
            }
            Command::Clear => match wizard.clear() {
                Ok(()) => self.say(strings::LINE_CLEARED)?,
                Err(e) => self.say(&strings::line_save_failed(&e.to_string()))?,
            },
            Command::Note => return self.note(wizard),
            Command::Vote => return self.session_vote(wizard),
            Command::Overview => {
                // Then the current question again, so the respondent knows where they are.
                self.overview(wizard)?;
                return Ok(Step::Moved);
            }
            Command::Step(n) => return self.jump(wizard, *n),
            Command::Result => {
                wizard.finish();
                return Ok(Step::Moved);
            }
            Command::Stop => return Ok(Step::End(Flow::Stop)),
        }
        Ok(Step::Stay)
    }

    fn note(&mut self, wizard: &mut Wizard) -> io::Result<Step> {
        if wizard.current().is_none() {
            return Ok(Step::Stay);
        }
        let Some(text) = self.ask(strings::LINE_ASK_NOTE)? else { return Ok(Step::End(Flow::Eof)) };
        match wizard.note(&text) {
            Ok(()) => self.say(strings::LINE_NOTE_SAVED)?,
            Err(e) => self.say(&strings::line_save_failed(&e.to_string()))?,
        }
        Ok(Step::Stay)
    }

    fn jump(&mut self, wizard: &mut Wizard, n: Option<usize>) -> io::Result<Step> {
        let total = self.questionnaire.steps.len();
        match n {
            Some(n) if (1..=total).contains(&n) => {
                if wizard.jump_to_step(n - 1) {
                    return Ok(Step::Moved);
                }
                self.say(strings::LINE_STEP_EMPTY)?;
            }
            _ => self.say(&strings::line_no_step(total))?,
        }
        Ok(Step::Stay)
    }

    fn overview(&mut self, wizard: &Wizard) -> io::Result<()> {
        writeln!(self.out, "{}", strings::LINE_OVERVIEW)?;
        let mut step = None;
        for (i, row) in wizard.overview().iter().enumerate() {
            if step != Some(row.step) {
                step = Some(row.step);
                let title = self.questionnaire.steps.get(row.step).map_or("", |s| s.title.as_str());
                writeln!(self.out, "{}", strings::step_of(row.step + 1, self.questionnaire.steps.len(), title))?;
            }
            let summary = if row.summary.is_empty() { String::new() } else { format!(" — {}", row.summary) };
            writeln!(self.out, "  {}. [{}] {}{summary}", i + 1, status_word(row.status), row.prompt)?;
        }
        self.out.flush()
    }
}

/// What one input line did to the position.
enum Step {
    Stay,
    Moved,
    End(Flow),
}

/// The one option typed (by number or words) for a single choice.
fn one_choice(options: &[Choice], text: &str) -> Result<String, String> {
    let ids = input::parse_choices(options, text)?;
    match <[String; 1]>::try_from(ids) {
        Ok([one]) => Ok(one),
        Err(_) => Err(strings::choose_one(options.len())),
    }
}

/// The options typed for a multiple choice; an exclusive one ("geen", "weet niet") together with
/// others is refused.
fn many_choices(options: &[Choice], text: &str) -> Result<Vec<String>, String> {
    let ids = input::parse_choices(options, text)?;
    input::check_exclusive(options, &ids)?;
    Ok(ids)
}

/// The whole answer (long texts in full).
fn full_summary(q: &Question, a: &Answer) -> String {
    match a {
        Answer::Text(t) => t.clone(),
        _ => input::summary(q, a),
    }
}

fn status_word(status: Status) -> &'static str {
    match status {
        Status::Answered => strings::STATUS_ANSWERED,
        Status::DontKnow => strings::STATUS_DONT_KNOW,
        Status::Open => strings::STATUS_OPEN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session;
    use crate::session::FieldValue;

    fn drive(dir: &Path, script: &str) -> String {
        let mut out = Vec::new();
        run(crate::wizard::tests::fixture(), dir, &Begin::Choose, script.as_bytes(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn only_session(dir: &Path) -> session::Session {
        let files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        assert_eq!(files.len(), 1, "{files:?}");
        session::load(&files[0]).unwrap()
    }

    #[test]
    fn a_complete_assessment_through_a_pipe() {
        let dir = tempfile::tempdir().unwrap();
        let script = "Testdorp\nAn\n2\n1\n\
3\n4,5\nvrede\n1\n4\n1 3\nEerste regel\ntweede regel\n\n\
nieuw\nOCMW\n1\n1\n1 2\n3\n\n\n";
        let out = drive(dir.path(), script);
        let s = only_session(dir.path());
        assert_eq!(s.respondent.role, Role::Schepen);
        assert_eq!(s.answer("start.organisatie"), Some(&Answer::Choice("dienst".into())));
        assert_eq!(s.answer("start.vte"), Some(&Answer::Number(4.5)));
        assert_eq!(s.answer("start.thema"), Some(&Answer::Text("vrede".into())));
        assert_eq!(s.answer("context.informatie"), Some(&Answer::Choice("ja".into())));
        assert_eq!(s.answer("context.draagvlak"), Some(&Answer::Number(4.0)));
        assert_eq!(s.answer("context.kanalen"), Some(&Answer::Choices(vec!["cijfers".into(), "inspraak".into()])));
        assert_eq!(s.answer("context.toelichting"), Some(&Answer::Text("Eerste regel\ntweede regel".into())));
        let Some(Answer::Records(records)) = s.answer("actoren.lijst") else { panic!("no records: {out}") };
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].get("naam"), Some(&FieldValue::Text("OCMW".into())));
        assert_eq!(records[0].get("bijdrage"), Some(&FieldValue::List(vec!["capaciteit".into(), "kennis".into()])));
        assert_eq!(records[0].get("mensen"), Some(&FieldValue::Number(3.0)));
        assert!(out.contains("Resultaat per stap"), "{out}");
        assert!(out.contains("Tot later"), "{out}");
    }

    #[test]
    fn invalid_input_is_explained_and_asked_again() {
        let dir = tempfile::tempdir().unwrap();
        let out = drive(dir.path(), "\nTestdorp\n\n\n\n9\nvijf\n3\n99\n2\n");
        assert!(out.contains(strings::GEMEENTE_REQUIRED));
        assert!(out.contains("Typ een nummer van 1 tot 4, of (het begin van) een antwoord."), "{out}");
        assert!(out.contains("Kies een getal tussen 0 en 50."));
        assert!(out.contains("Einde van de invoer"));
        let s = only_session(dir.path());
        assert_eq!(s.answer("start.vte"), Some(&Answer::Number(2.0)));
    }

    #[test]
    fn commands_note_clear_back_step_and_resume() {
        let dir = tempfile::tempdir().unwrap();
        let script =
            "Testdorp\n\n\n2\nnotitie\nnavragen\n4\n\\terug\nterug\nterug\nwissen\nstap 3\nverwijder 1\nstop\n";
        drive(dir.path(), script);
        let s = only_session(dir.path());
        assert_eq!(s.mode, Mode::Kort);
        assert_eq!(s.answer("start.thema"), Some(&Answer::Text("terug".into())));
        assert_eq!(s.answer("start.organisatie"), None, "cleared");
        assert_eq!(s.note("start.organisatie"), Some("navragen"));
        let out = drive(dir.path(), "2\noverzicht\n1\nstop\n");
        assert!(out.contains("Hervatten: Testdorp"), "{out}");
        assert!(out.contains("[open] Hoe is integratie georganiseerd?"), "{out}");
        let s = only_session(dir.path());
        assert_eq!(s.answer("start.organisatie"), Some(&Answer::Choice("geen".into())));
    }

    #[test]
    fn the_result_says_what_the_analysis_found() {
        let dir = tempfile::tempdir().unwrap();
        let out = drive(dir.path(), "Testdorp\n\n\n\nresultaat\n");
        for text in ["Positie: Netwerkcoördinatie", "Strategie: ", "Scenario: 1 — De unieke groep", "Typ 'rapport'"]
        {
            assert!(out.contains(text), "'{text}' missing:\n{out}");
        }
    }

    #[test]
    fn a_pitfall_says_that_yes_is_the_weak_answer() {
        let text = r#"
id = "valkuil"
title = "Valkuilen"
version = "1.0.0"
[[steps]]
id = "proces"
title = "Proces"
source = "test"
[[questions]]
id = "proces.gewoon"
kind = "jgnw"
prompt = "Is er een trekker?"
help = "Iemand moet het doen."
source = "test"
[[questions]]
id = "proces.valkuil"
kind = "jgnw"
reverse = true
prompt = "Wordt er lang over begrippen gediscussieerd?"
help = "Dat remt af."
source = "test"
"#;
        let q = Arc::new(crate::questionnaire::parse(text, Path::new("valkuil.toml")).unwrap());
        let dir = tempfile::tempdir().unwrap();
        let mut out = Vec::new();
        run(q, dir.path(), &Begin::New, "Gent\n\n\n\nja\n".as_bytes(), &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        let (first, second) = out.split_once("Vraag 2:").unwrap();
        assert!(!first.contains(strings::YES_IS_WEAK), "{out}");
        assert!(second.contains(strings::YES_IS_WEAK), "{out}");
    }

    #[test]
    fn end_of_input_before_a_session_saves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = drive(dir.path(), "");
        assert!(out.contains(strings::LINE_EOF_NO_SESSION));
        assert_eq!(std::fs::read_dir(dir.path()).map_or(0, Iterator::count), 0);
    }

    /// A saved session of the test questionnaire in `dir`, and its path.
    fn saved_session(dir: &Path) -> std::path::PathBuf {
        let intake = Intake { gemeente: "Testdorp".into(), ..Intake::default() };
        let w = Wizard::create(crate::wizard::tests::fixture(), dir, &intake).unwrap();
        w.path().to_path_buf()
    }

    fn run_script(dir: &Path, script: &str) -> (Ended, String) {
        let mut out = Vec::new();
        let ended = run(crate::wizard::tests::fixture(), dir, &Begin::Choose, script.as_bytes(), &mut out).unwrap();
        (ended, String::from_utf8(out).unwrap())
    }

    #[test]
    fn failed_saves_are_named_in_the_goodbye_instead_of_all_is_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = saved_session(dir.path());
        // A directory where the temp file goes makes every save fail.
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let blocker = dir.path().join(format!(".{name}.{}.tmp", std::process::id()));
        std::fs::create_dir(&blocker).unwrap();
        let (ended, out) = run_script(dir.path(), "2\n2\nverder\nwijk\nstop\n");
        assert!(out.contains("Niet bewaard: kan niet schrijven naar"), "{out}");
        let Ended::Unsaved(goodbye) = ended else { panic!("expected Unsaved: {out}") };
        assert!(out.contains(&goodbye));
        assert!(goodbye.contains("Let op: 2 antwoorden zijn NIET bewaard"), "{goodbye}");
        assert!(goodbye.contains("Hoe is integratie georganiseerd? (stap Start)"), "{goodbye}");
        assert!(goodbye.contains("Over welk thema gaat de samenwerking? (stap Start)"), "{goodbye}");
        assert!(goodbye.contains(&format!("met de map {}", dir.path().display())), "{goodbye}");
        assert!(!out.contains("Tot later. Uw antwoorden zijn bewaard"), "{out}");
        // Saved after all on a second try: nothing to report.
        std::fs::remove_dir(&blocker).unwrap();
        let (ended, out) = run_script(dir.path(), "2\n2\nstop\n");
        assert_eq!(ended, Ended::Saved, "{out}");
        assert!(out.contains("Tot later. Uw antwoorden zijn bewaard"), "{out}");
    }

    #[test]
    fn a_session_open_elsewhere_ends_as_locked_unless_another_is_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = saved_session(dir.path());
        let _held = crate::session::Lock::acquire(&path).unwrap();
        let (ended, out) = run_script(dir.path(), "2\n");
        assert!(matches!(&ended, Ended::Locked(m) if m.contains("al geopend")), "{ended:?}\n{out}");
        assert!(out.contains("al geopend door een ander Regiewijzer-proces"), "{out}");
        // Choosing a new assessment after the refusal is a normal session.
        let (ended, _) = run_script(dir.path(), "2\n1\nAalst\n\n\n\n");
        assert_eq!(ended, Ended::Saved);
    }

    #[test]
    fn damaged_sessions_are_named_before_the_menu() {
        let dir = tempfile::tempdir().unwrap();
        saved_session(dir.path());
        std::fs::write(dir.path().join("kapot.toml"), "format = 1\nquestionnaire = ").unwrap();
        let (_, out) = run_script(dir.path(), "");
        assert!(out.contains("overgeslagen: "), "{out}");
        assert!(out.contains("kapot.toml:2:"), "{out}");
        assert!(out.contains("Hervatten: Testdorp"), "{out}");
    }
}
