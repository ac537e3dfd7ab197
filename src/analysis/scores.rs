//! Scores per step and overall (weighted by each question's `weight`), information gaps and
//! strengths. Unanswered and "weet niet" answers are left out of every score and counted as gaps.

use serde::Serialize;

use super::inputs::{Inputs, pct};
use super::{Reason, texts};
use crate::questionnaire::{Kind, Question};

pub use super::contract::{CONTRACT, Use, is_descriptive};

/// The score and findings of one step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepScore {
    /// Step id.
    pub id: String,
    /// Step title.
    #[serde(rename = "titel")]
    pub title: String,
    /// Weighted score 0–100, None without scored answers.
    pub score: Option<u8>,
    /// Visible questions.
    #[serde(rename = "gesteld")]
    pub asked: usize,
    /// Visible questions with an answer ("weet niet" included).
    #[serde(rename = "beantwoord")]
    pub answered: usize,
    /// Strong answers (75+).
    #[serde(rename = "sterk")]
    pub strong: Vec<Reason>,
    /// Weak answers (below 50).
    #[serde(rename = "zwak")]
    pub weak: Vec<Reason>,
    /// Information gaps of this step.
    #[serde(rename = "onbekend")]
    pub unknown: Vec<Reason>,
}

/// Whether `question` can be scored or answered with "weet niet" (so an empty answer is a gap).
fn is_gap_kind(question: &Question) -> bool {
    question.kind.is_choice() || question.kind == Kind::Scale
}

/// Whether `question` counts in scores.
fn counts(question: &Question) -> bool {
    question.weight > 0.0
}

/// Scores and findings per step, in questionnaire order.
pub fn step_scores(inp: &Inputs<'_>) -> Vec<StepScore> {
    inp.questionnaire
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let mut s = StepScore {
                id: step.id.clone(),
                title: step.title.clone(),
                score: None,
                asked: 0,
                answered: 0,
                strong: vec![],
                weak: vec![],
                unknown: vec![],
            };
            let (mut sum, mut weight) = (0.0, 0.0);
            for q in inp.visible().filter(|q| q.step == i) {
                s.asked += 1;
                s.answered += usize::from(inp.session.answer(&q.id).is_some());
                match inp.score(q) {
                    Some(score) if counts(q) => {
                        sum += score * q.weight;
                        weight += q.weight;
                        if score >= 75.0 {
                            s.strong.push(inp.reason_of(q));
                        } else if score < 50.0 {
                            s.weak.push(inp.reason_of(q));
                        }
                    }
                    None if is_gap_kind(q) && unscored_gap(inp, q) => s.unknown.push(inp.reason_of(q)),
                    _ => {}
                }
            }
            s.score = (weight > 0.0).then(|| pct(sum / weight));
            s
        })
        .collect()
}

/// The weighted mean over every scored, visible answer.
pub fn total_score(inp: &Inputs<'_>) -> Option<u8> {
    let (mut sum, mut weight) = (0.0, 0.0);
    for q in inp.visible().filter(|q| counts(q)) {
        if let Some(score) = inp.score(q) {
            sum += score * q.weight;
            weight += q.weight;
        }
    }
    (weight > 0.0).then(|| pct(sum / weight))
}

/// Visible questions without a known answer, then contract ids the questionnaire lacks.
pub fn information_gaps(inp: &Inputs<'_>) -> Vec<Reason> {
    let mut gaps: Vec<Reason> = inp
        .visible()
        .filter(|q| is_gap_kind(q) && inp.score(q).is_none() && unscored_gap(inp, q))
        .map(|q| inp.reason_of(q))
        .collect();
    for entry in CONTRACT {
        let id = entry.id;
        if inp.questionnaire.question(id).is_none() {
            gaps.push(Reason::new(id, texts::MISSING_QUESTION, "", texts::NOT_ANSWERED.to_string(), None, true));
        }
    }
    gaps
}

/// An unscored answer is a gap only when it is missing or "weet niet" (a chosen unscored category,
/// like a number of inwoners, is information).
fn unscored_gap(inp: &Inputs<'_>, q: &Question) -> bool {
    inp.session.answer(&q.id).is_none_or(crate::session::Answer::is_dont_know)
}

/// A strength, as a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Strength {
    /// The finding in one sentence.
    #[serde(rename = "tekst")]
    pub text: String,
    /// The answers behind it.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
}

/// How many strengths the report names.
const STRENGTHS: usize = 3;

/// Up to three strengths, heaviest first: the aims none of whose answers is a weak point of the plan,
/// with no answer below 50 and a mean of 75 or more, stated as the aim's finding. A questionnaire
/// without aims (or without findings) falls back on the strongest single answers.
pub fn strengths(inp: &Inputs<'_>, weak: &[super::Knelpunt]) -> Vec<Strength> {
    let weak_ids: Vec<&str> = weak.iter().filter_map(|k| k.question.as_deref()).collect();
    let mut found: Vec<(f64, usize, Strength)> = Vec::new();
    for (order, aim) in inp.questionnaire.aims.iter().enumerate().filter(|(_, a)| !a.finding.trim().is_empty()) {
        let mut weight = 0.0;
        let mut reasons = Vec::new();
        let mut scores = Vec::new();
        let mut sound = true;
        for q in inp.questionnaire.aim_questions(&aim.id).filter(|q| inp.questionnaire.is_visible(q, inp.session)) {
            let Some(score) = inp.score(q) else { continue };
            sound &= score >= 50.0 && !weak_ids.contains(&q.id.as_str());
            weight += if q.weight > 0.0 { q.weight } else { 1.0 };
            scores.push(score);
            reasons.push(inp.reason_of(q));
        }
        let strong = !scores.is_empty() && scores.iter().sum::<f64>() / scores.len() as f64 >= 75.0;
        if sound && strong {
            found.push((weight, order, Strength { text: aim.finding.clone(), reasons }));
        }
    }
    if inp.questionnaire.aims.iter().all(|a| a.finding.trim().is_empty()) {
        return strong_answers(inp);
    }
    found.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    found.into_iter().take(STRENGTHS).map(|(_, _, s)| s).collect()
}

/// The strongest single answers, heaviest first, each as its own line.
fn strong_answers(inp: &Inputs<'_>) -> Vec<Strength> {
    let mut strong: Vec<(&Question, f64)> = inp
        .visible()
        .filter(|q| counts(q) && !is_descriptive(q))
        .filter_map(|q| inp.score(q).map(|s| (q, s)))
        .filter(|(_, s)| *s >= 75.0)
        .collect();
    strong.sort_by(|(a, sa), (b, sb)| b.weight.total_cmp(&a.weight).then(sb.total_cmp(sa)));
    strong
        .into_iter()
        .take(STRENGTHS)
        .map(|(q, _)| {
            let reason = inp.reason_of(q);
            Strength { text: reason.text.clone(), reasons: vec![reason] }
        })
        .collect()
}
