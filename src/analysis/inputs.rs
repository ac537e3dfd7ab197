//! Reading answers for the rules. Only questions that exist and are visible in this session count
//! (an answer kept for a hidden question is stale); "weet niet" and no answer are both *unknown*,
//! never a "nee". A question id the questionnaire lacks reads as unknown too, so a user's own
//! questionnaire without a contract id degrades to an information gap instead of a crash.

use std::cell::RefCell;
use std::collections::HashMap;

use super::{ActorTable, Product, Reason, texts};
use crate::answer::{Answers, Mode};
use crate::questionnaire::{Question, Questionnaire};
use crate::session::{Answer, FieldValue, Session};

/// The questionnaire and session the rules read.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    /// The questionnaire.
    pub questionnaire: &'a Questionnaire,
    /// The session.
    pub session: &'a Session,
    /// Hypothetical answers (the certainty check): each question in it reads as asked and answered so.
    what_if: &'a [(&'a str, &'a Answer)],
    /// Where the certainty check records what the rules read.
    probe: Option<&'a Probe>,
    /// Question ids and tags to positions, when built (see [`Lookup`]).
    lookup: Option<&'a Lookup<'a>>,
}

/// The questionnaire's questions by id and by tag, built once per analysis: the rules look answers
/// up by id many times over, and the certainty check runs them many times over.
#[derive(Debug)]
pub struct Lookup<'a> {
    ids: HashMap<&'a str, usize>,
    tags: HashMap<&'a str, Vec<usize>>,
}

impl<'a> Lookup<'a> {
    /// The indexes of `questionnaire`.
    pub fn new(questionnaire: &'a Questionnaire) -> Self {
        let mut ids = HashMap::with_capacity(questionnaire.questions.len());
        let mut tags: HashMap<&'a str, Vec<usize>> = HashMap::new();
        for (i, q) in questionnaire.questions.iter().enumerate() {
            ids.entry(q.id.as_str()).or_insert(i);
            for t in &q.tags {
                tags.entry(t.as_str()).or_default().push(i);
            }
        }
        Self { ids, tags }
    }
}

/// What the rules read while a conclusion is computed: every question whose answer they looked at,
/// and whether that answer was known. Only the certainty check and its tests set one; while one is
/// set, the rules skip their wording (see [`Inputs::explains`]).
#[derive(Debug, Default)]
pub struct Probe {
    /// Index of the question in the questionnaire, and whether its answer was known.
    reads: RefCell<Vec<(usize, bool)>>,
}

impl Probe {
    /// An empty probe.
    pub fn new() -> Self {
        Self::default()
    }

    fn record(&self, index: usize, known: bool) {
        let mut reads = self.reads.borrow_mut();
        if !reads.iter().any(|(i, k)| *i == index && *k == known) {
            reads.push((index, known));
        }
    }

    /// The questions read without a known answer (not asked in this mode, "weet niet", unanswered),
    /// as indices into the questionnaire's questions, in the order first read.
    pub fn open(&self) -> Vec<usize> {
        self.reads.borrow().iter().filter(|(_, known)| !known).map(|(i, _)| *i).collect()
    }

    /// Every question read, as indices, in the order first read.
    pub fn read(&self) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for (i, _) in self.reads.borrow().iter() {
            if !out.contains(i) {
                out.push(*i);
            }
        }
        out
    }

    /// Forget what was read.
    pub fn clear(&self) {
        self.reads.borrow_mut().clear();
    }
}

/// The session's answers with the hypothetical ones over them, in the session's mode or another.
struct View<'v> {
    session: &'v Session,
    what_if: &'v [(&'v str, &'v Answer)],
    mode: Mode,
}

impl Answers for View<'_> {
    fn mode(&self) -> Mode {
        self.mode
    }

    fn answer(&self, id: &str) -> Option<&Answer> {
        match self.what_if.iter().find(|(q, _)| *q == id) {
            Some((_, a)) => Some(*a),
            None => self.session.answer(id),
        }
    }
}

/// Round a score to a whole percentage.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped to 0–100 first
pub fn pct(score: f64) -> u8 {
    score.clamp(0.0, 100.0).round() as u8
}

impl<'a> Inputs<'a> {
    /// Inputs for one analysis.
    pub fn new(questionnaire: &'a Questionnaire, session: &'a Session) -> Self {
        Self { questionnaire, session, what_if: &[], probe: None, lookup: None }
    }

    /// The same inputs, finding questions through `lookup` (built from the same questionnaire).
    #[must_use]
    pub fn with_lookup(self, lookup: &'a Lookup<'a>) -> Self {
        Self { lookup: Some(lookup), ..self }
    }

    /// The question with `id` and its index.
    fn find(&self, id: &str) -> Option<(usize, &'a Question)> {
        let index = match self.lookup {
            Some(l) => *l.ids.get(id)?,
            None => self.questionnaire.question_index(id)?,
        };
        self.questionnaire.questions.get(index).map(|q| (index, q))
    }

    /// The same inputs with hypothetical answers over the session's: each question in `what_if` reads
    /// as asked and answered so, whatever the mode.
    #[must_use]
    pub fn with_answers(self, what_if: &'a [(&'a str, &'a Answer)]) -> Self {
        Self { what_if, ..self }
    }

    /// The same inputs, recording what the rules read in `probe`.
    #[must_use]
    pub fn probed(self, probe: &'a Probe) -> Self {
        Self { probe: Some(probe), ..self }
    }

    fn view(&self, mode: Mode) -> View<'a> {
        View { session: self.session, what_if: self.what_if, mode }
    }

    /// The raw answer to `id`: a hypothetical one first, then the session's.
    fn raw(&self, id: &str) -> Option<&'a Answer> {
        match self.what_if.iter().find(|(q, _)| *q == id) {
            Some((_, a)) => Some(*a),
            None => self.session.answer(id),
        }
    }

    /// Whether `question` is asked: a hypothetical answer makes it so; otherwise the questionnaire's
    /// visibility in the session's mode.
    pub fn is_visible(&self, question: &Question) -> bool {
        self.what_if.iter().any(|(q, _)| *q == question.id)
            || self.questionnaire.is_visible(question, &self.view(self.session.mode))
    }

    /// Record a read of `question` for the probe: known when asked and answered other than "weet
    /// niet"; a question hidden by its condition (not by the mode) is not open, it does not apply.
    fn note(&self, index: usize, question: &Question, visible: bool) {
        let Some(probe) = self.probe else { return };
        if visible {
            let known = self.raw(&question.id).is_some_and(|a| !a.is_dont_know());
            probe.record(index, known);
        } else if self.session.mode != Mode::Volledig
            && self.questionnaire.is_visible(question, &self.view(Mode::Volledig))
        {
            probe.record(index, false);
        }
    }

    /// Whether the rules should word their results: not while the certainty check computes values.
    pub fn explains(&self) -> bool {
        self.probe.is_none()
    }

    /// The question `id`, if the questionnaire has it and it is asked in this session.
    pub fn question(&self, id: &str) -> Option<&'a Question> {
        self.find(id).map(|(_, q)| q).filter(|q| self.is_visible(q))
    }

    /// The visible questions, in order.
    pub fn visible(&self) -> impl Iterator<Item = &'a Question> + 'a {
        let this = *self;
        self.questionnaire.questions.iter().filter(move |q| this.is_visible(q))
    }

    /// The visible questions carrying `tag`, in order (the probe notes every question with the tag).
    pub fn tagged(&self, tag: &'a str) -> impl Iterator<Item = &'a Question> + 'a {
        let this = *self;
        let questions = &self.questionnaire.questions;
        let (listed, scan): (&'a [usize], usize) = match self.lookup {
            Some(l) => (l.tags.get(tag).map_or(&[][..], Vec::as_slice), 0),
            None => (&[], questions.len()),
        };
        let scanned = questions.iter().enumerate().take(scan).filter(move |(_, q)| q.has_tag(tag)).map(|(i, _)| i);
        listed.iter().copied().chain(scanned).map(move |i| (i, &questions[i])).filter_map(move |(i, q)| {
            let visible = this.is_visible(q);
            this.note(i, q, visible);
            visible.then_some(q)
        })
    }

    /// The known answer to `id`: visible, answered, and not "weet niet".
    pub fn answer(&self, id: &str) -> Option<&'a Answer> {
        let (index, q) = self.find(id)?;
        let visible = self.is_visible(q);
        self.note(index, q, visible);
        if !visible {
            return None;
        }
        self.raw(id).filter(|a| !a.is_dont_know())
    }

    /// The known answer to `id`, without telling the probe: for reasons, not for decisions.
    fn answer_unprobed(&self, id: &str) -> Option<&'a Answer> {
        self.question(id)?;
        self.raw(id).filter(|a| !a.is_dont_know())
    }

    /// The chosen option id of single-choice or jgnw question `id`, when known.
    pub fn choice(&self, id: &str) -> Option<&'a str> {
        match self.answer(id)? {
            Answer::Choice(c) => Some(c.as_str()),
            _ => None,
        }
    }

    /// A jgnw answer as a degree: ja 1, gedeeltelijk ½, nee 0; None when unknown.
    pub fn degree(&self, id: &str) -> Option<f64> {
        match self.choice(id)? {
            "ja" => Some(1.0),
            "gedeeltelijk" => Some(0.5),
            "nee" => Some(0.0),
            _ => None,
        }
    }

    /// The known number answered to `id`.
    pub fn number(&self, id: &str) -> Option<f64> {
        match self.answer(id)? {
            Answer::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The score 0–100 of the answer to `question`, when it is scored and known.
    pub fn score(&self, question: &Question) -> Option<f64> {
        let answer = self.raw(&question.id)?;
        Questionnaire::score(question, answer)
    }

    /// The reason for question `id`: prompt and answer label ("weet niet" and "niet beantwoord"
    /// included), or a note that the questionnaire lacks it.
    pub fn reason(&self, id: &str) -> Reason {
        match self.find(id) {
            Some((_, q)) => self.reason_of(q),
            None => Reason::new(id, texts::MISSING_QUESTION, "", texts::NOT_ANSWERED.to_string(), None, true),
        }
    }

    /// The reason for `question`.
    pub fn reason_of(&self, question: &Question) -> Reason {
        let answer = self.raw(&question.id);
        if !self.explains() {
            // The certainty check compares values only: a reason without its words is enough.
            return Reason {
                question: question.id.clone(),
                prompt: String::new(),
                answer: String::new(),
                score: answer.and_then(|a| Questionnaire::score(question, a)).map(pct),
                text: String::new(),
            };
        }
        Reason::new(
            &question.id,
            &question.prompt,
            &question.topic,
            answer.map_or_else(|| texts::NOT_ANSWERED.to_string(), |a| answer_label(question, a)),
            answer.and_then(|a| Questionnaire::score(question, a)).map(pct),
            !matches!(answer, Some(Answer::Text(_))),
        )
    }

    /// Reasons for the ids whose answers are known, in the given order.
    pub fn known_reasons(&self, ids: &[&str]) -> Vec<Reason> {
        if !self.explains() {
            return Vec::new();
        }
        ids.iter().filter(|id| self.answer_unprobed(id).is_some()).map(|id| self.reason(id)).collect()
    }

    /// The product: themes and goal.
    pub fn product(&self) -> Product {
        let themes = match (self.question("start.themas"), self.answer("start.themas")) {
            (Some(q), Some(Answer::Choices(ids))) => ids.iter().map(|id| option_label(q, id)).collect(),
            _ => Vec::new(),
        };
        let goal = match self.answer("start.doel") {
            Some(Answer::Text(t)) if !t.trim().is_empty() => Some(t.clone()),
            _ => None,
        };
        Product { themes, goal }
    }

    /// The actor inventory of `participanten.actoren` as a labelled table.
    pub fn actor_table(&self) -> ActorTable {
        let Some(q) = self.question("participanten.actoren") else { return ActorTable::default() };
        let Some(Answer::Records(records)) = self.raw(&q.id) else {
            return ActorTable { columns: q.fields.iter().map(|f| f.label.clone()).collect(), ..ActorTable::default() };
        };
        let mut table =
            ActorTable { columns: q.fields.iter().map(|f| f.label.clone()).collect(), ..ActorTable::default() };
        for record in records {
            let row = q
                .fields
                .iter()
                .map(|f| record.get(&f.id).map(|v| field_label(&f.options, v)).unwrap_or_default())
                .collect();
            match record.get("intern_extern") {
                Some(FieldValue::Text(t)) if t == "intern" => table.internal += 1,
                Some(FieldValue::Text(t)) if t == "extern" => table.external += 1,
                _ => {}
            }
            table.rows.push(row);
        }
        table
    }
}

/// The label of option `id` of `question` (the id itself when unknown).
pub fn option_label(question: &Question, id: &str) -> String {
    question.option(id).map_or_else(|| id.to_string(), |o| o.label.clone())
}

/// A readable label of `answer` to `question`; an empty answer reads as "(leeg)".
pub fn answer_label(question: &Question, answer: &Answer) -> String {
    let label = match answer {
        Answer::Choice(id) => option_label(question, id),
        Answer::Choices(ids) => ids.iter().map(|id| option_label(question, id)).collect::<Vec<_>>().join(", "),
        Answer::Number(n) => {
            let n = format_number(*n);
            if question.unit.is_empty() { n } else { format!("{n} {}", question.unit) }
        }
        Answer::Text(t) => t.clone(),
        Answer::Records(r) => texts::records(r.len()),
    };
    if label.trim().is_empty() { texts::EMPTY.to_string() } else { label }
}

/// A number without a trailing `.0`, with a decimal comma.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 { format!("{n:.0}") } else { n.to_string().replace('.', ",") }
}

fn field_label(options: &[crate::questionnaire::Choice], value: &FieldValue) -> String {
    let label = |id: &str| options.iter().find(|o| o.id == id).map_or_else(|| id.to_string(), |o| o.label.clone());
    match value {
        FieldValue::Number(n) => format_number(*n),
        FieldValue::Text(t) if options.is_empty() => t.clone(),
        FieldValue::Text(t) => label(t),
        FieldValue::List(ids) => ids.iter().map(|id| label(id)).collect::<Vec<_>>().join(", "),
    }
}
