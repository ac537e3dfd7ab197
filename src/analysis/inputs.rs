//! Reading answers for the rules. Only questions that exist and are visible in this session count
//! (an answer kept for a hidden question is stale); "weet niet" and no answer are both *unknown*,
//! never a "nee". A question id the questionnaire lacks reads as unknown too, so a user's own
//! questionnaire without a contract id degrades to an information gap instead of a crash.

use super::{ActorTable, Product, Reason, texts};
use crate::questionnaire::{Question, Questionnaire};
use crate::session::{Answer, FieldValue, Session};

/// The questionnaire and session the rules read.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    /// The questionnaire.
    pub questionnaire: &'a Questionnaire,
    /// The session.
    pub session: &'a Session,
}

/// Round a score to a whole percentage.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped to 0–100 first
pub fn pct(score: f64) -> u8 {
    score.clamp(0.0, 100.0).round() as u8
}

impl<'a> Inputs<'a> {
    /// Inputs for one analysis.
    pub fn new(questionnaire: &'a Questionnaire, session: &'a Session) -> Self {
        Self { questionnaire, session }
    }

    /// The question `id`, if the questionnaire has it and it is asked in this session.
    pub fn question(&self, id: &str) -> Option<&'a Question> {
        self.questionnaire.question(id).filter(|q| self.questionnaire.is_visible(q, self.session))
    }

    /// The visible questions, in order.
    pub fn visible(&self) -> impl Iterator<Item = &'a Question> + 'a {
        self.questionnaire.visible(self.session)
    }

    /// The visible questions carrying `tag`, in order.
    pub fn tagged(&self, tag: &'a str) -> impl Iterator<Item = &'a Question> + 'a {
        let (q, s) = (self.questionnaire, self.session);
        q.tagged(tag).filter(move |x| q.is_visible(x, s))
    }

    /// The known answer to `id`: visible, answered, and not "weet niet".
    pub fn answer(&self, id: &str) -> Option<&'a Answer> {
        self.question(id)?;
        self.session.answer(id).filter(|a| !a.is_dont_know())
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
        let answer = self.session.answer(&question.id)?;
        Questionnaire::score(question, answer)
    }

    /// The reason for question `id`: prompt and answer label ("weet niet" and "niet beantwoord"
    /// included), or a note that the questionnaire lacks it.
    pub fn reason(&self, id: &str) -> Reason {
        match self.questionnaire.question(id) {
            Some(q) => self.reason_of(q),
            None => Reason::new(id, texts::MISSING_QUESTION, "", texts::NOT_ANSWERED.to_string(), None, true),
        }
    }

    /// The reason for `question`.
    pub fn reason_of(&self, question: &Question) -> Reason {
        let answer = self.session.answer(&question.id);
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
        ids.iter().filter(|id| self.answer(id).is_some()).map(|id| self.reason(id)).collect()
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
        let Some(Answer::Records(records)) = self.session.answer(&q.id) else {
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
