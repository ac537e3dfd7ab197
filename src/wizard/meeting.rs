//! The consensus meeting, free of any terminal code: a facilitator walks a group file's
//! gespreksagenda (then, if the group wants, the other divergent questions), sees per question who
//! answered what, with their notes, the consensus rule's answer and why it is weak, and records what
//! the group decides — an agreed answer with a short motivation, "blijft verdeeld", or a vote —
//! through [`GroupFile`], which saves before returning. The TUI and the line mode are thin shells
//! over [`Meeting`]; `docs/GROEP.md` describes the meeting.
//!
//! The walk is fixed when the meeting opens: the questions that diverge in the respondents' own
//! answers (decisions left out), in agenda order. So a question stays in its place when the group
//! agrees on it, and a resumed meeting shows the same agenda with what was decided marked.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::analysis::inputs::answer_label;
use crate::answer::{Answer, DONT_KNOW};
use crate::error::IoError;
use crate::group::texts as gtexts;
use crate::group::{self, AgendaItem, Consensus, Decision, DecisionStatus, GroupFile, Weakness};
use crate::questionnaire::{Kind, Question, Questionnaire};
use crate::report::groep::{GroupReport, QuestionView, question_view};
use crate::report::{self, Format, Renderer, ReportError};
use crate::session::LoadError;
use crate::strings;

/// Why a meeting could not open.
#[derive(Debug, thiserror::Error)]
pub enum MeetingError {
    /// The group file could not be opened or read.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The group file belongs to another questionnaire.
    #[error("{}", strings::other_questionnaire(.found, .expected))]
    OtherQuestionnaire {
        /// The group file's questionnaire id.
        found: String,
        /// The questionnaire in use.
        expected: String,
    },
}

/// Where the meeting is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// At this item of the walk (0-based).
    Item(usize),
    /// Past the last item: the summary.
    End,
}

/// What the group decided on an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemStatus {
    /// Not decided yet.
    Open,
    /// The group agreed on an answer.
    Agreed,
    /// The group stays divided.
    Divided,
    /// The group voted; the vote was split.
    SplitVote,
}

/// One question of the walk, as the rule sees it (the respondents' own answers).
#[derive(Debug, Clone)]
pub struct Item {
    /// Index in [`Questionnaire::questions`].
    pub index: usize,
    /// Its place on the agenda (number from 1), what it weighs on and how far the answers diverge.
    pub agenda: AgendaItem,
    /// The rule's consensus with its weakness and count, and every respondent's answer and note.
    pub view: QuestionView,
}

impl Item {
    /// What it weighs on, as one phrase ("strategie (breedte of diepte), positie"), or the label of
    /// its importance when it feeds no headline result.
    pub fn weighs_on(&self) -> String {
        if self.agenda.feeds.is_empty() {
            gtexts::importance_label(self.agenda.importance).to_string()
        } else {
            self.agenda.feeds.iter().map(|o| gtexts::outcome_label(*o)).collect::<Vec<_>>().join(", ")
        }
    }

    /// The count of the answers, "Ja 2 · Nee 3" (empty for texts and numbers).
    pub fn count_line(&self) -> String {
        self.view.telling.iter().map(|c| format!("{} {}", c.antwoord, c.aantal)).collect::<Vec<_>>().join(" · ")
    }

    /// Why the rule's consensus is weak, as one phrase (empty when it is not).
    pub fn weakness_line(&self) -> String {
        self.view.zwak_tekst.join("; ")
    }
}

/// A decision as both front ends show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionLine {
    /// What was decided.
    pub status: ItemStatus,
    /// The answer the group agreed on or went on with, as a label.
    pub answer: Option<String>,
    /// The motivation, or the note with a vote.
    pub motivation: Option<String>,
    /// The vote, "Ja 3 · Nee 2", when one was taken.
    pub votes: Option<String>,
}

/// How many items of the walk have which status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    /// Agreed.
    pub agreed: usize,
    /// Staying divided, or a split vote.
    pub divided: usize,
    /// Not decided.
    pub open: usize,
}

/// One question in the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryLine {
    /// The question.
    pub prompt: String,
    /// The answer the analysis now uses.
    pub answer: String,
    /// The motivation, or the note with a vote.
    pub motivation: Option<String>,
    /// The vote, when one was taken.
    pub votes: Option<String>,
}

/// The end of the meeting: what was decided, what stays open, and the results as they stand now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The answers the group agreed on.
    pub agreed: Vec<SummaryLine>,
    /// Questions that stay divided (or whose vote was split).
    pub divided: Vec<SummaryLine>,
    /// Questions of the walk not decided yet.
    pub open: Vec<String>,
    /// Divergent questions not in the walk (the walk was not extended).
    pub more: usize,
    /// The headline results on the consensus as it stands: (label, value).
    pub results: Vec<(&'static str, String)>,
    /// Headline results that still rest on a weak consensus: "label: value".
    pub fragile: Vec<String>,
}

/// A consensus meeting on an open group file; every decision is on disk before a method returns.
#[derive(Debug)]
pub struct Meeting {
    questionnaire: Arc<Questionnaire>,
    file: GroupFile,
    /// The rule over the respondents' answers, decisions left out: what each item shows.
    rule: Consensus,
    /// The consensus with the decisions, as the report will have it (renewed after each decision).
    now: Consensus,
    /// Every divergent question in agenda order, then questions decided outside that list.
    items: Vec<Item>,
    /// How many of `items` the agenda holds.
    agenda_len: usize,
    /// Whether the walk goes on past the agenda.
    extended: bool,
    position: Place,
}

impl Meeting {
    /// Open the group file at `path` (taking its lock), at the first item not decided.
    pub fn open(questionnaire: Arc<Questionnaire>, path: &Path) -> Result<Self, MeetingError> {
        let file = GroupFile::open(path)?;
        let found = &file.group().questionnaire;
        if *found != questionnaire.id {
            return Err(MeetingError::OtherQuestionnaire { found: found.clone(), expected: questionnaire.id.clone() });
        }
        Ok(Self::new(questionnaire, file))
    }

    /// A meeting on the open group `file`.
    pub fn new(questionnaire: Arc<Questionnaire>, file: GroupFile) -> Self {
        let mut undecided = file.group().clone();
        undecided.decisions.clear();
        let rule = group::consensus(&questionnaire, &undecided);
        let analysis = crate::analysis::analyse(&questionnaire, &rule.session);
        let mut agendas = group::agenda::divergent(&questionnaire, &rule, &analysis);
        agendas.retain(|a| questionnaire.question(&a.id).is_some_and(|q| q.kind != Kind::Records));
        let agenda_len = agendas.len().min(group::agenda::AGENDA_MAX);
        decided_elsewhere(&questionnaire, &file, &rule, &analysis, &mut agendas);
        let items = agendas
            .into_iter()
            .filter_map(|agenda| {
                let index = questionnaire.question_index(&agenda.id)?;
                let q = &questionnaire.questions[index];
                let c = rule.question(&agenda.id)?;
                let view = question_view(&questionnaire, q, c, &undecided);
                Some(Item { index, agenda, view })
            })
            .collect();
        let now = group::consensus(&questionnaire, file.group());
        let mut meeting =
            Self { questionnaire, file, rule, now, items, agenda_len, extended: false, position: Place::End };
        // A resumed meeting that went past the agenda goes on there.
        meeting.extended = meeting.items[meeting.agenda_len..].iter().any(|i| meeting.is_decided(i));
        meeting.go_to_first_open();
        meeting
    }

    /// The questionnaire.
    pub fn questionnaire(&self) -> &Questionnaire {
        &self.questionnaire
    }

    /// The group as saved.
    pub fn group(&self) -> &group::Group {
        self.file.group()
    }

    /// The group file.
    pub fn path(&self) -> &Path {
        self.file.path()
    }

    /// The items of the walk: the agenda, and the other divergent questions once extended.
    pub fn items(&self) -> &[Item] {
        if self.extended { &self.items } else { &self.items[..self.agenda_len] }
    }

    /// How many items the agenda holds (the first of [`Meeting::items`]).
    pub fn agenda_len(&self) -> usize {
        self.agenda_len
    }

    /// Divergent questions beyond the agenda not yet in the walk (0 once extended).
    pub fn more(&self) -> usize {
        if self.extended { 0 } else { self.items.len() - self.agenda_len }
    }

    /// Whether the walk includes the questions beyond the agenda.
    pub fn extended(&self) -> bool {
        self.extended
    }

    /// Take the other divergent questions into the walk and go to the first of them not decided.
    pub fn extend(&mut self) {
        if self.extended || self.more() == 0 {
            return;
        }
        self.extended = true;
        let first = (self.agenda_len..self.items.len()).find(|&i| !self.is_decided(&self.items[i]));
        self.position = first.map_or(Place::End, Place::Item);
    }

    /// Where the meeting is.
    pub fn position(&self) -> Place {
        self.position
    }

    /// The current item, unless at the summary.
    pub fn current(&self) -> Option<&Item> {
        match self.position {
            Place::Item(i) => self.items().get(i),
            Place::End => None,
        }
    }

    /// The question of item `i`.
    pub fn question(&self, i: usize) -> Option<&Question> {
        self.items.get(i).map(|item| &self.questionnaire.questions[item.index])
    }

    /// The next item, or the summary after the last.
    pub fn next(&mut self) {
        if let Place::Item(i) = self.position {
            self.position = if i + 1 < self.items().len() { Place::Item(i + 1) } else { Place::End };
        }
    }

    /// The previous item; from the summary, the last item. Stays at the first.
    pub fn back(&mut self) {
        self.position = match self.position {
            Place::Item(i) => Place::Item(i.saturating_sub(1)),
            Place::End => self.items().len().checked_sub(1).map_or(Place::End, Place::Item),
        };
    }

    /// Go to item `i` of the walk; returns whether it exists.
    pub fn go_to(&mut self, i: usize) -> bool {
        let ok = i < self.items().len();
        if ok {
            self.position = Place::Item(i);
        }
        ok
    }

    /// Go to the summary.
    pub fn finish(&mut self) {
        self.position = Place::End;
    }

    /// Go to the first item not decided, or to the summary when every item is.
    pub fn go_to_first_open(&mut self) {
        let open = self.items().iter().position(|i| !self.is_decided(i));
        self.position = open.map_or(Place::End, Place::Item);
    }

    fn is_decided(&self, item: &Item) -> bool {
        self.group().decisions.contains_key(&item.agenda.id)
    }

    /// The decision on item `i`, if any.
    pub fn decision(&self, i: usize) -> Option<&Decision> {
        self.items.get(i).and_then(|item| self.group().decisions.get(&item.agenda.id))
    }

    /// What the group decided on item `i`.
    pub fn status(&self, i: usize) -> ItemStatus {
        let Some(d) = self.decision(i) else { return ItemStatus::Open };
        match d.status {
            DecisionStatus::Verdeeld => ItemStatus::Divided,
            DecisionStatus::Akkoord if !d.votes.is_empty() && self.split(i) => ItemStatus::SplitVote,
            DecisionStatus::Akkoord => ItemStatus::Agreed,
        }
    }

    /// Whether the vote on item `i` was split (as the report will say).
    fn split(&self, i: usize) -> bool {
        let Some(item) = self.items.get(i) else { return false };
        self.now.question(&item.agenda.id).is_some_and(|q| q.weak.contains(&Weakness::VerdeeldeStemming))
    }

    /// After a decision: the consensus as the report will have it.
    fn refresh(&mut self, saved: Result<(), IoError>) -> Result<(), IoError> {
        saved?;
        self.now = group::consensus(&self.questionnaire, self.file.group());
        Ok(())
    }

    /// How the walk stands.
    pub fn tally(&self) -> Tally {
        let mut t = Tally::default();
        for i in 0..self.items().len() {
            match self.status(i) {
                ItemStatus::Open => t.open += 1,
                ItemStatus::Agreed => t.agreed += 1,
                ItemStatus::Divided | ItemStatus::SplitVote => t.divided += 1,
            }
        }
        t
    }

    /// The decision on item `i` as both front ends show it.
    pub fn decision_line(&self, i: usize) -> Option<DecisionLine> {
        let d = self.decision(i)?;
        let q = self.question(i)?;
        Some(DecisionLine {
            status: self.status(i),
            answer: d.answer.as_ref().map(|a| answer_label(q, a)),
            motivation: d.motivation.clone(),
            votes: (!d.votes.is_empty()).then(|| votes_line(q, &d.votes)),
        })
    }

    /// The answer to offer first when the group agrees on item `i`: the one agreed before, else the
    /// rule's.
    pub fn proposal(&self, i: usize) -> Option<Answer> {
        let item = self.items.get(i)?;
        let decided = self.decision(i).and_then(|d| d.answer.clone());
        decided.or_else(|| self.rule.question(&item.agenda.id).and_then(|c| c.answer.clone()))
    }

    /// Whether the group can vote on item `i` (a question with one choice: votes count per option).
    pub fn can_vote(&self, i: usize) -> bool {
        self.question(i).is_some_and(|q| matches!(q.kind, Kind::Single | Kind::Jgnw))
    }

    fn current_id(&self) -> Option<String> {
        self.current().map(|item| item.agenda.id.clone())
    }

    /// The group agrees on `answer` for the current item, with a short motivation (saved before
    /// returning).
    pub fn agree(&mut self, answer: Answer, motivation: &str) -> Result<(), IoError> {
        let Some(id) = self.current_id() else { return Ok(()) };
        let saved = self.file.agree(&id, answer, motivation);
        self.refresh(saved)
    }

    /// The group stays divided on the current item (saved before returning).
    pub fn keep_divided(&mut self, motivation: &str) -> Result<(), IoError> {
        let Some(id) = self.current_id() else { return Ok(()) };
        let saved = self.file.keep_divided(&id, motivation);
        self.refresh(saved)
    }

    /// The group voted on the current item (option id → votes; options without votes left out),
    /// with a note; it goes on with the option most voted for, or stays divided on a tie (saved
    /// before returning). No votes at all removes the decision.
    pub fn vote(&mut self, votes: &BTreeMap<String, u32>, note: &str) -> Result<(), IoError> {
        let Some(id) = self.current_id() else { return Ok(()) };
        let votes: BTreeMap<String, u32> =
            votes.iter().filter(|(_, n)| **n > 0).map(|(k, n)| (k.clone(), *n)).collect();
        let saved = if votes.is_empty() {
            self.file.clear_decision(&id)
        } else {
            let answer = winner(&votes).map(Answer::Choice);
            self.file.record_vote(&id, votes, answer, note)
        };
        self.refresh(saved)
    }

    /// Remove the decision on the current item: the rule applies again (saved before returning).
    pub fn clear(&mut self) -> Result<(), IoError> {
        let Some(id) = self.current_id() else { return Ok(()) };
        let saved = self.file.clear_decision(&id);
        self.refresh(saved)
    }

    /// What was decided, what stays open, and the results as they stand now (the same analysis as
    /// the group report).
    pub fn summary(&self) -> Summary {
        let report = GroupReport::new(&self.questionnaire, self.group());
        let line = |d: &crate::report::groep::DecisionView| SummaryLine {
            prompt: d.vraagtekst.clone(),
            answer: d.consensus.clone(),
            motivation: d.motivatie.clone(),
            votes: d.stemming.clone(),
        };
        let b = &report.section.besluiten;
        let open = (0..self.items().len())
            .filter(|&i| self.status(i) == ItemStatus::Open)
            .map(|i| self.items[i].view.vraagtekst.clone())
            .collect();
        let a = &report.analysis;
        let results = vec![
            (strings::overleg::RESULT_POSITION, a.position.label.clone()),
            (strings::overleg::RESULT_STAGE, a.stage.label.clone()),
            (strings::overleg::RESULT_STRATEGY, format!("{}, {}", a.strategy.breadth.label, a.strategy.focus.label)),
            (strings::overleg::RESULT_SCENARIO, format!("{} — {}", a.scenario.scenario, a.scenario.name)),
        ];
        let fragile = report.section.broze_resultaten.iter().map(|f| format!("{}: {}", f.label, f.uitkomst)).collect();
        Summary {
            agreed: b.afspraken.iter().map(line).collect(),
            divided: b.open.iter().map(line).collect(),
            open,
            more: self.more(),
            results,
            fragile,
        }
    }

    /// Write the group report (md, html, json) into `dir`, named after the group file. Returns the
    /// files written.
    pub fn write_report(&self, dir: &Path) -> Result<Vec<PathBuf>, ReportError> {
        let renderer = Renderer::load_for(report::user_templates_dir().as_deref(), &Format::ALL)?;
        let stem = self.path().file_stem().map_or_else(|| "groepsrapport".into(), |s| s.to_string_lossy().into_owned());
        let mut written = Vec::new();
        for (format, text) in report::groep::build(&renderer, &self.questionnaire, self.group(), &Format::ALL)? {
            let path = dir.join(format!("{stem}.{}", format.extension()));
            crate::fsutil::save_shared(&path, text.as_bytes())?;
            written.push(path);
        }
        Ok(written)
    }
}

/// Decisions on questions outside the walk (the answers no longer diverge, a hand-edited file) are
/// added at its end, so they can still be seen, revised and cleared.
fn decided_elsewhere(
    questionnaire: &Questionnaire,
    file: &GroupFile,
    rule: &Consensus,
    analysis: &crate::analysis::Analysis,
    agendas: &mut Vec<AgendaItem>,
) {
    for id in file.group().decisions.keys() {
        let Some(q) = questionnaire.question(id).filter(|q| q.kind != Kind::Records) else { continue };
        if agendas.iter().any(|a| &a.id == id) {
            continue;
        }
        agendas.push(AgendaItem {
            number: agendas.len() + 1,
            id: id.clone(),
            importance: group::agenda::importance(q, analysis),
            feeds: Vec::new(),
            divergence: rule.question(id).map_or(0, |c| c.divergence),
            priority: 0,
        });
    }
}

/// The option with the most votes, unless two share the most.
pub fn winner(votes: &BTreeMap<String, u32>) -> Option<String> {
    let top = votes.values().copied().max().filter(|n| *n > 0)?;
    let mut leaders = votes.iter().filter(|(_, n)| **n == top);
    let (first, _) = leaders.next()?;
    leaders.next().is_none().then(|| first.clone())
}

/// A vote as "Ja 3 · Nee 2", options in questionnaire order ("weet niet" last).
pub fn votes_line(q: &Question, votes: &BTreeMap<String, u32>) -> String {
    let rank = |id: &str| (id == DONT_KNOW, q.options.iter().position(|o| o.id == id).unwrap_or(usize::MAX));
    let mut ordered: Vec<(&String, &u32)> = votes.iter().filter(|(_, n)| **n > 0).collect();
    ordered.sort_by_key(|(id, _)| rank(id));
    ordered
        .into_iter()
        .map(|(id, n)| format!("{} {n}", crate::analysis::inputs::option_label(q, id)))
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod tests;
