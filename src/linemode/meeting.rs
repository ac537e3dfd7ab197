//! The consensus meeting in the line mode: plain lines, deterministic for scripts. Per item the
//! question first, then who said what (name, role, answer, notes), the count and the rule's
//! consensus with why it is weak, the decision so far, then the numbered choices. Every decision is
//! saved by [`Meeting`] before the next line is read. Text from the group file is made safe with
//! [`display::safe`].

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::path::Path;

use super::{LineError, LineMode, many_choices, one_choice};
use crate::answer::Answer;
use crate::display::{safe, safe_lines};
use crate::questionnaire::{Kind, Question};
use crate::strings::{self, overleg as s};
use crate::wizard::input;
use crate::wizard::meeting::{ItemStatus, Meeting, Place, votes_line, winner};
use crate::wizard::result;

/// What one input line did.
enum Next {
    /// Show the current place again.
    Show,
    /// Stay, without showing it again (an error was explained).
    Stay,
    /// Leave the meeting.
    Stop,
    /// The input ended.
    Eof,
}

/// Whether a line is a request to leave or move, in the meeting.
fn command(line: &str) -> Option<&'static str> {
    let lower = line.trim().to_lowercase();
    Some(match lower.as_str() {
        "" | "verder" => "verder",
        "terug" => "terug",
        "agenda" | "overzicht" => "agenda",
        "einde" | "resultaat" => "einde",
        "stop" | "stoppen" => "stop",
        "help" | "?" => "help",
        _ => return None,
    })
}

/// `punt N`: the agenda item typed (0 when the number is missing or not a number).
fn item_number(line: &str) -> Option<usize> {
    let rest = line.trim().to_lowercase().strip_prefix("punt")?.trim().to_string();
    Some(rest.parse().unwrap_or(0))
}

impl<R: BufRead, W: Write> LineMode<R, W> {
    /// Open the meeting on `path`, or stop with the reason.
    pub(super) fn open_meeting(&mut self, path: &Path) -> Result<Meeting, LineError> {
        let meeting = Meeting::open(self.questionnaire.clone(), path)?;
        let g = meeting.group();
        let shown = safe(&meeting.path().display().to_string());
        self.say(&s::line_opened(&safe(&g.gemeente), g.members.len(), &shown))?;
        Ok(meeting)
    }

    /// Walk the meeting until the facilitator stops or the input ends.
    pub(super) fn meeting(&mut self, meeting: &mut Meeting) -> io::Result<()> {
        let path = safe(&meeting.path().display().to_string());
        if meeting.items().is_empty() && meeting.more() == 0 {
            self.say(s::NO_AGENDA)?;
        } else {
            self.agenda(meeting)?;
        }
        let mut show = true;
        loop {
            let next = match meeting.position() {
                Place::Item(i) => {
                    if show {
                        self.show_item(meeting, i)?;
                    }
                    self.item_choice(meeting, i)?
                }
                Place::End => {
                    if show {
                        self.show_end(meeting)?;
                    }
                    self.end_choice(meeting)?
                }
            };
            match next {
                Next::Show => show = true,
                Next::Stay => show = false,
                Next::Stop => return self.say(&s::line_bye(&path)),
                Next::Eof => return self.say(&s::line_eof(&path)),
            }
        }
    }

    fn status_word(status: ItemStatus) -> &'static str {
        match status {
            ItemStatus::Open => s::STATUS_OPEN,
            ItemStatus::Agreed => s::STATUS_AGREED,
            ItemStatus::Divided => s::STATUS_DIVIDED,
            ItemStatus::SplitVote => s::STATUS_SPLIT_VOTE,
        }
    }

    /// The agenda: every item with its status.
    fn agenda(&mut self, meeting: &Meeting) -> io::Result<()> {
        writeln!(self.out, "\n{}", s::agenda_heading(meeting.items().len(), meeting.more()))?;
        for (i, item) in meeting.items().iter().enumerate() {
            let status = Self::status_word(meeting.status(i));
            writeln!(self.out, "  {}. [{status}] {}", item.agenda.number, safe(&item.view.vraagtekst))?;
        }
        self.out.flush()
    }

    /// The question, who said what, the count and the rule, the decision so far, the choices.
    fn show_item(&mut self, meeting: &Meeting, i: usize) -> io::Result<()> {
        let Some(item) = meeting.items().get(i) else { return Ok(()) };
        let on_agenda = i < meeting.agenda_len();
        let total = if on_agenda { meeting.agenda_len() } else { meeting.items().len() };
        let v = &item.view;
        writeln!(self.out, "\n{}: {}", s::item_of(item.agenda.number, total, on_agenda), safe(&v.vraagtekst))?;
        writeln!(self.out, "{}", s::item_context(&safe(&v.stap), &item.weighs_on(), v.verschil))?;
        writeln!(self.out, "{}", s::WHO_SAID_WHAT)?;
        for a in &v.antwoorden {
            writeln!(self.out, "  {}: {}", safe(&a.wie), safe(&a.antwoord))?;
            if let Some(note) = &a.notitie {
                let mut lines = safe_lines(note).into_iter();
                if let Some(first) = lines.next() {
                    writeln!(self.out, "    {}", s::note(&first))?;
                }
                for line in lines {
                    writeln!(self.out, "    {line}")?;
                }
            }
        }
        if !v.telling.is_empty() {
            writeln!(self.out, "{}", s::count(&safe(&item.count_line())))?;
        }
        writeln!(self.out, "{}", s::rule(&safe(&v.consensus), &item.weakness_line()))?;
        self.show_decision(meeting, i)?;
        writeln!(self.out, "{}", s::LINE_CHOICES)?;
        let mut choices = vec![s::CHOICE_AGREE, s::CHOICE_DIVIDED, s::CHOICE_VOTE];
        if meeting.decision(i).is_some() {
            choices.push(s::CHOICE_CLEAR);
        }
        for (n, c) in choices.iter().enumerate() {
            writeln!(self.out, "  {}. {c}", n + 1)?;
        }
        self.out.flush()
    }

    fn show_decision(&mut self, meeting: &Meeting, i: usize) -> io::Result<()> {
        let Some(d) = meeting.decision_line(i) else { return writeln!(self.out, "{}", s::NO_DECISION) };
        let answer = d.answer.as_deref().map(safe);
        let line = match (&d.votes, d.status) {
            (Some(votes), _) => s::decision_vote(&safe(votes), answer.as_deref()),
            (None, ItemStatus::Divided) => s::decision_divided(answer.as_deref()),
            (None, _) => s::decision_agreed(answer.as_deref().unwrap_or_default()),
        };
        writeln!(self.out, "{line}")?;
        if let Some(m) = &d.motivation {
            writeln!(self.out, "{}", s::motivation(&safe_lines(m).join(" ")))?;
        }
        Ok(())
    }

    /// Read the choice on item `i` and act on it.
    fn item_choice(&mut self, meeting: &mut Meeting, i: usize) -> io::Result<Next> {
        let Some(line) = self.ask(s::LINE_CHOICE_PROMPT)? else { return Ok(Next::Eof) };
        if let Some(n) = item_number(&line) {
            return self.go_to_item(meeting, n);
        }
        let choice = match line.trim().to_lowercase().as_str() {
            "1" | "akkoord" => 1,
            "2" | "verdeeld" => 2,
            "3" | "stemming" => 3,
            "4" | "wissen" => 4,
            _ => 0,
        };
        match (choice, command(&line)) {
            (1, _) => self.agree(meeting, i),
            (2, _) => self.keep_divided(meeting),
            (3, _) => self.vote(meeting, i),
            (4, _) => self.clear(meeting, i),
            (_, Some(cmd)) => self.move_by(meeting, cmd),
            _ => {
                self.say(s::LINE_UNKNOWN_CHOICE)?;
                Ok(Next::Stay)
            }
        }
    }

    fn move_by(&mut self, meeting: &mut Meeting, cmd: &str) -> io::Result<Next> {
        match cmd {
            "verder" => meeting.next(),
            "terug" => meeting.back(),
            "agenda" => {
                self.agenda(meeting)?;
                return Ok(Next::Show);
            }
            "einde" => meeting.finish(),
            "stop" => return Ok(Next::Stop),
            _ => {
                self.say(s::LINE_HELP)?;
                return Ok(Next::Stay);
            }
        }
        Ok(Next::Show)
    }

    fn go_to_item(&mut self, meeting: &mut Meeting, n: usize) -> io::Result<Next> {
        let total = meeting.items().len();
        let found = meeting.items().iter().position(|item| item.agenda.number == n);
        match found {
            Some(i) if meeting.go_to(i) => Ok(Next::Show),
            _ => {
                self.say(&s::no_item(total))?;
                Ok(Next::Stay)
            }
        }
    }

    /// After a saved decision: say so and go on to the next item.
    fn saved(
        &mut self,
        meeting: &mut Meeting,
        result: Result<(), crate::error::IoError>,
        message: &str,
    ) -> io::Result<Next> {
        match result {
            Ok(()) => {
                self.say(message)?;
                meeting.next();
                Ok(Next::Show)
            }
            Err(e) => {
                self.say(&s::save_failed(&e.to_string()))?;
                Ok(Next::Stay)
            }
        }
    }

    fn agree(&mut self, meeting: &mut Meeting, i: usize) -> io::Result<Next> {
        let Some(q) = meeting.question(i).cloned() else { return Ok(Next::Stay) };
        let proposal = meeting.proposal(i);
        let Some(answer) = self.ask_answer(&q, proposal.as_ref())? else { return Ok(Next::Eof) };
        let Some(motivation) = self.ask(s::ASK_MOTIVATION)? else { return Ok(Next::Eof) };
        let label = safe(&crate::analysis::inputs::answer_label(&q, &answer));
        let result = meeting.agree(answer, &motivation);
        self.saved(meeting, result, &s::saved_agreed(&label))
    }

    /// The agreed answer: the options (or a number or text), Enter taking the proposal. `None` at
    /// the end of the input.
    fn ask_answer(&mut self, q: &Question, proposal: Option<&Answer>) -> io::Result<Option<Answer>> {
        writeln!(self.out, "{}", s::ASK_ANSWER)?;
        let hint = match q.kind {
            Kind::Single | Kind::Jgnw | Kind::Multi => {
                let labels: Vec<String> = q.options.iter().map(|o| safe(&o.label)).collect();
                self.numbered(&labels)?;
                if q.kind == Kind::Multi { s::HINT_MANY } else { s::HINT_ONE }
            }
            Kind::Scale => {
                for v in input::scale_values(q) {
                    writeln!(self.out, "  {}", safe(&input::scale_label(q, v)))?;
                }
                s::HINT_NUMBER
            }
            Kind::Number => s::HINT_NUMBER,
            Kind::Text | Kind::LongText | Kind::Records => s::HINT_TEXT,
        };
        let default = proposal.map(|a| safe(&crate::analysis::inputs::answer_label(q, a)));
        let prompt = s::answer_prompt(hint, default.as_deref());
        loop {
            let Some(line) = self.ask(&prompt)? else { return Ok(None) };
            if line.trim().is_empty() {
                if let Some(p) = proposal {
                    return Ok(Some(p.clone()));
                }
                self.say(hint)?;
                continue;
            }
            let parsed = match q.kind {
                Kind::Single | Kind::Jgnw => one_choice(&q.options, &line).map(Answer::Choice),
                Kind::Multi => many_choices(&q.options, &line).map(Answer::Choices),
                Kind::Scale | Kind::Number => input::parse_number(q, &line).map(Answer::Number),
                Kind::Text | Kind::LongText | Kind::Records => Ok(Answer::Text(line.trim().to_string())),
            };
            match parsed {
                Ok(answer) => return Ok(Some(answer)),
                Err(message) => self.say(&message)?,
            }
        }
    }

    fn keep_divided(&mut self, meeting: &mut Meeting) -> io::Result<Next> {
        let Some(motivation) = self.ask(s::ASK_DIVIDED)? else { return Ok(Next::Eof) };
        let result = meeting.keep_divided(&motivation);
        self.saved(meeting, result, s::SAVED_DIVIDED)
    }

    fn vote(&mut self, meeting: &mut Meeting, i: usize) -> io::Result<Next> {
        let Some(q) = meeting.question(i).cloned().filter(|_| meeting.can_vote(i)) else {
            self.say(s::NO_VOTE_HERE)?;
            return Ok(Next::Stay);
        };
        let Some(votes) = self.ask_votes(&q)? else { return Ok(Next::Eof) };
        let Some(note) = self.ask(s::ASK_VOTE_NOTE)? else { return Ok(Next::Eof) };
        let answer = winner(&votes).map(|id| safe(&crate::analysis::inputs::option_label(&q, &id)));
        let message = s::saved_vote(&safe(&votes_line(&q, &votes)), answer.as_deref());
        let result = meeting.vote(&votes, &note);
        self.saved(meeting, result, &message)
    }

    /// The number of votes per option, asked one option at a time. `None` at the end of the input.
    pub(super) fn ask_votes(&mut self, q: &Question) -> io::Result<Option<BTreeMap<String, u32>>> {
        self.say(s::ASK_VOTES)?;
        let mut votes = BTreeMap::new();
        for option in &q.options {
            let n = loop {
                let Some(line) = self.ask(&s::ask_votes_for(&safe(&option.label)))? else { return Ok(None) };
                match line.trim() {
                    "" => break 0,
                    t => match t.parse::<u32>() {
                        Ok(n) if n < 1000 => break n,
                        _ => self.say(s::BAD_COUNT)?,
                    },
                }
            };
            if n > 0 {
                votes.insert(option.id.clone(), n);
            }
        }
        Ok(Some(votes))
    }

    fn clear(&mut self, meeting: &mut Meeting, i: usize) -> io::Result<Next> {
        if meeting.decision(i).is_none() {
            self.say(s::NOTHING_TO_CLEAR)?;
            return Ok(Next::Stay);
        }
        match meeting.clear() {
            Ok(()) => self.say(s::SAVED_CLEARED)?,
            Err(e) => self.say(&s::save_failed(&e.to_string()))?,
        }
        Ok(Next::Show)
    }

    /// The summary: what was decided, what stays open, the results as they stand now.
    fn show_end(&mut self, meeting: &Meeting) -> io::Result<()> {
        let summary = meeting.summary();
        let t = meeting.tally();
        writeln!(self.out, "\n{}\n{}", s::END_TITLE, s::tally(t.agreed, t.divided, t.open))?;
        let lists = [(s::END_AGREED, &summary.agreed), (s::END_DIVIDED, &summary.divided)];
        for (title, lines) in lists {
            if lines.is_empty() {
                continue;
            }
            writeln!(self.out, "{title}")?;
            for l in lines {
                let votes = l.votes.as_deref().map(safe);
                let motivation = l.motivation.as_deref().map(|m| safe_lines(m).join(" "));
                let text = s::summary_line(&safe(&l.prompt), &safe(&l.answer), votes.as_deref(), motivation.as_deref());
                writeln!(self.out, "  - {text}")?;
            }
        }
        if !summary.open.is_empty() {
            writeln!(self.out, "{}", s::END_OPEN)?;
            for prompt in &summary.open {
                writeln!(self.out, "  - {}", safe(prompt))?;
            }
        }
        writeln!(self.out, "{}", s::END_RESULTS)?;
        for (label, value) in &summary.results {
            writeln!(self.out, "  {label}: {}", safe(value))?;
        }
        if !summary.fragile.is_empty() {
            writeln!(self.out, "{}", s::END_FRAGILE)?;
            for f in &summary.fragile {
                writeln!(self.out, "  - {}", safe(f))?;
            }
        }
        if summary.more > 0 {
            writeln!(self.out, "{}", s::more_questions(summary.more))?;
        }
        self.out.flush()
    }

    /// Read what to do at the end: the report, more questions, back, or stop.
    fn end_choice(&mut self, meeting: &mut Meeting) -> io::Result<Next> {
        let dir = result::default_report_dir();
        let Some(line) = self.ask(&s::line_end_prompt(&safe(&dir.display().to_string())))? else {
            return Ok(Next::Eof);
        };
        if let Some(typed) = super::summary::report_command(&line) {
            let dir = result::report_dir(typed, &dir);
            match meeting.write_report(&dir) {
                Ok(files) => {
                    for file in files {
                        writeln!(self.out, "{}", strings::report_file_written(&file))?;
                    }
                    self.out.flush()?;
                }
                Err(e) => self.say(&strings::report_failed(&e.to_string()))?,
            }
            return Ok(Next::Stay);
        }
        if line.trim().eq_ignore_ascii_case("meer") && meeting.more() > 0 {
            meeting.extend();
            return Ok(Next::Show);
        }
        if let Some(n) = item_number(&line) {
            return self.go_to_item(meeting, n);
        }
        match command(&line) {
            Some("verder" | "stop") => Ok(Next::Stop),
            Some("agenda") => {
                self.agenda(meeting)?;
                meeting.go_to_first_open();
                if meeting.position() == Place::End {
                    meeting.go_to(0);
                }
                Ok(Next::Show)
            }
            Some(cmd) => self.move_by(meeting, cmd),
            None => {
                self.say(s::LINE_UNKNOWN_CHOICE)?;
                Ok(Next::Stay)
            }
        }
    }
}
