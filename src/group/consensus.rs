//! The consensus rule (documented in `docs/GROEP.md`): per question, the answers of the respondents
//! who were asked it, "weet niet" not counted, become one answer —
//!
//! - **ordered answers** (jgnw, a choice whose options all carry a score, a scale): the option
//!   nearest the **median** score; halfway between two options the lower one (assumed support is not
//!   shown support: the leidraad warns that internal draagvlak is too easily taken for granted);
//! - **unordered choices**: the **most chosen** option; a tie stays open (recorded as "weet niet",
//!   an information gap, never a coin toss);
//! - **multiple choice**: every option that **at least half** of them chose;
//! - **numbers**: the median; **texts**: all of them, each with who wrote it; the **actor
//!   inventory**: the union of the actors, by name.
//!
//! A decision of the consensus meeting replaces the rule. The result is ONE consensus [`Session`]
//! that [`crate::analysis::analyse`] runs on unchanged, and per question the opinions, how far they
//! diverge (0–100) and why the consensus is weak, so that no result resting on a split is presented
//! as settled.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Decision, DecisionStatus, Group, texts};
use crate::answer::{Answer, Answers, DONT_KNOW, FieldValue, Mode, Record};
use crate::questionnaire::{Kind, Question, Questionnaire};
use crate::session::{Respondent, Role, Session};

/// More than this many points from the consensus (on 0–100) is "far": ja against nee,
/// aangetoond against verondersteld, but not ja against gedeeltelijk.
pub const FAR: f64 = 50.0;

/// Where a consensus answer comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The consensus rule over the respondents' answers (or a vote).
    Regel,
    /// The group agreed on it in the consensus meeting.
    Akkoord,
    /// The meeting recorded that the group stays divided; the rule's answer stands in.
    BlijftVerdeeld,
}

/// Why a consensus is weak.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Weakness {
    /// At most half of the known answers are the consensus answer.
    GeenMeerderheid,
    /// At least a third answered far from the consensus.
    VerreMinderheid,
    /// An unordered choice is tied: no consensus answer.
    Gelijkspel,
    /// An option of a multiple-choice question is chosen by between a third and two thirds.
    BetwisteKeuze,
    /// The numbers lie far apart (the smallest is less than half the largest).
    GroteSpreiding,
    /// Fewer than half of those asked gave an answer other than "weet niet".
    WeinigGeweten,
    /// The consensus meeting recorded that the group stays divided.
    BlijftVerdeeld,
    /// A groepssessie's vote on it was split.
    VerdeeldeStemming,
}

/// One respondent on one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Opinion {
    /// Index into [`Group::members`].
    pub member: usize,
    /// Whether the question was asked of this respondent (visible in their session).
    pub asked: bool,
    /// Their answer, when asked and answered.
    pub answer: Option<Answer>,
    /// Their note, if any.
    pub note: Option<String>,
}

/// The consensus on one question.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionConsensus {
    /// Question id.
    pub id: String,
    /// Every member's opinion, in member order.
    pub opinions: Vec<Opinion>,
    /// A recorded vote (option id → votes), when there is one.
    pub votes: BTreeMap<String, u32>,
    /// The consensus answer (None when nobody answered).
    pub answer: Option<Answer>,
    /// Where it comes from.
    pub basis: Basis,
    /// The meeting's motivation, if any.
    pub motivation: Option<String>,
    /// Respondents asked (or votes cast).
    pub asked: usize,
    /// Answers other than "weet niet".
    pub known: usize,
    /// "Weet niet" answers.
    pub dont_know: usize,
    /// How far the answers diverge, 0 (all the same) – 100 (an even split between opposites).
    pub divergence: u8,
    /// Whether some answers lie far apart (see [`FAR`]; for unordered choices: any two differ).
    pub far_apart: bool,
    /// Why the consensus is weak; empty when it is not.
    pub weak: Vec<Weakness>,
}

impl QuestionConsensus {
    /// Whether the consensus is weak.
    pub fn is_weak(&self) -> bool {
        !self.weak.is_empty()
    }

    /// Whether the answers diverge enough to discuss: far apart, or a weak consensus that is not
    /// only a lack of knowledge.
    pub fn diverges(&self) -> bool {
        self.divergence > 0 && (self.far_apart || self.weak.iter().any(|w| *w != Weakness::WeinigGeweten))
    }
}

/// The consensus of a group: one session for the analysis, and the detail per question.
#[derive(Debug, Clone, PartialEq)]
pub struct Consensus {
    /// The consensus session (never saved; the analysis runs on it unchanged).
    pub session: Session,
    /// Every question asked of at least one respondent or decided on, in questionnaire order.
    pub questions: Vec<QuestionConsensus>,
}

impl Consensus {
    /// The detail of question `id`, if it was asked of anyone.
    pub fn question(&self, id: &str) -> Option<&QuestionConsensus> {
        self.questions.iter().find(|q| q.id == id)
    }
}

impl Answers for Consensus {
    fn mode(&self) -> Mode {
        self.session.mode
    }

    fn answer(&self, id: &str) -> Option<&Answer> {
        self.session.answer(id)
    }
}

/// Apply the consensus rule (and the meeting's decisions) to `group`: the consensus session and the
/// detail per question (with a copy of every respondent's answer and note).
pub fn consensus(questionnaire: &Questionnaire, group: &Group) -> Consensus {
    let labels: Vec<String> = group.members.iter().map(super::Member::label).collect();
    let mut session = empty_session(group);
    let mut questions = Vec::new();
    for q in &questionnaire.questions {
        let Some((asked, mut result)) = evaluate(questionnaire, q, group, &labels) else { continue };
        if let Some(answer) = &result.answer {
            session.set_answer(&q.id, answer.clone());
        }
        if let Some(motivation) = &result.motivation {
            session.set_note(&q.id, motivation);
        }
        result.opinions = opinions(q, group, &asked);
        questions.push(result);
    }
    Consensus { session, questions }
}

/// Only the consensus session, for callers that need the analysis but not the detail (an overview
/// across gemeenten): the same answers as [`consensus`], without copying the opinions.
pub fn consensus_session(questionnaire: &Questionnaire, group: &Group) -> Session {
    let labels: Vec<String> = group.members.iter().map(super::Member::label).collect();
    let mut session = empty_session(group);
    for q in &questionnaire.questions {
        let Some((_, result)) = evaluate(questionnaire, q, group, &labels) else { continue };
        if let Some(motivation) = &result.motivation {
            session.set_note(&q.id, motivation);
        }
        if let Some(answer) = result.answer {
            session.set_answer(&q.id, answer);
        }
    }
    session
}

/// The empty consensus session: the group's questionnaire, the full mode when any respondent
/// answered the full questionnaire, the group as respondent.
fn empty_session(group: &Group) -> Session {
    let short = !group.members.is_empty() && group.members.iter().all(|m| m.session.mode == Mode::Kort);
    // The date of the last change to what the group said, not of the merge.
    let updated = group
        .members
        .iter()
        .map(|m| m.session.updated)
        .chain(group.decisions.values().map(|d| d.updated))
        .max()
        .unwrap_or(group.updated);
    Session {
        questionnaire: group.questionnaire.clone(),
        questionnaire_version: group.questionnaire_version.clone(),
        mode: if short { Mode::Kort } else { Mode::Volledig },
        respondent: Respondent {
            gemeente: group.gemeente.clone(),
            name: texts::group_name(group.members.len()),
            role: Role::Andere,
        },
        created: group.created,
        updated,
        entries: BTreeMap::new(),
    }
}

/// Which members were asked `q` (visible in their session).
fn asked(questionnaire: &Questionnaire, q: &Question, group: &Group) -> Vec<bool> {
    group.members.iter().map(|m| questionnaire.is_visible(q, &m.session)).collect()
}

/// Every member's answer (when asked) and note on `q`, copied for the detail.
fn opinions(q: &Question, group: &Group, asked: &[bool]) -> Vec<Opinion> {
    group
        .members
        .iter()
        .zip(asked)
        .enumerate()
        .map(|(i, (m, asked))| {
            let entry = m.session.entries.get(&q.id);
            Opinion {
                member: i,
                asked: *asked,
                answer: if *asked { entry.and_then(|e| e.answer.clone()) } else { None },
                note: entry.and_then(|e| e.note.clone()),
            }
        })
        .collect()
}

/// Whether an answer says "weet niet" (a choice, or a multiple choice of only "weet niet").
fn is_unknown(answer: &Answer) -> bool {
    match answer {
        Answer::Choice(c) => c == DONT_KNOW,
        Answer::Choices(cs) => !cs.is_empty() && cs.iter().all(|c| c == DONT_KNOW),
        _ => false,
    }
}

/// The rule (and a decision) on question `q`, reading the members' answers in place; None when
/// nobody was asked it and nothing was decided. The opinions are left empty.
fn evaluate(
    questionnaire: &Questionnaire,
    q: &Question,
    group: &Group,
    labels: &[String],
) -> Option<(Vec<bool>, QuestionConsensus)> {
    let asked = asked(questionnaire, q, group);
    let decision = group.decisions.get(&q.id);
    if decision.is_none() && !asked.contains(&true) {
        return None;
    }
    let votes = decision.map(|d| d.votes.clone()).unwrap_or_default();
    // A vote is the group's latest word: it replaces the individual answers in the count.
    let ballots: Vec<Answer> = votes.iter().flat_map(|(id, n)| (0..*n).map(|_| Answer::Choice(id.clone()))).collect();
    let (given, asked_n): (Vec<(&Answer, usize)>, usize) = if votes.is_empty() {
        let given = group
            .members
            .iter()
            .zip(&asked)
            .enumerate()
            .filter(|(_, (_, asked))| **asked)
            .filter_map(|(i, (m, _))| m.session.answer(&q.id).map(|a| (a, i)))
            .collect();
        (given, asked.iter().filter(|a| **a).count())
    } else {
        (ballots.iter().map(|a| (a, usize::MAX)).collect(), ballots.len())
    };
    let dont_know = given.iter().filter(|(a, _)| is_unknown(a)).count();
    let known: Vec<(&Answer, usize)> = given.into_iter().filter(|(a, _)| !is_unknown(a)).collect();
    let mut outcome = rule(q, &known, labels);
    if outcome.answer.is_none() && dont_know > 0 {
        outcome.answer = Some(Answer::Choice(DONT_KNOW.to_string()));
    }
    if judged(q) && asked_n >= 2 && known.len() * 2 < asked_n {
        outcome.weak.push(Weakness::WeinigGeweten);
    }
    let mut result = QuestionConsensus {
        id: q.id.clone(),
        opinions: Vec::new(),
        votes,
        answer: outcome.answer,
        basis: Basis::Regel,
        motivation: None,
        asked: asked_n,
        known: known.len(),
        dont_know,
        divergence: to_pct(outcome.divergence),
        far_apart: outcome.far_apart,
        weak: outcome.weak,
    };
    if let Some(d) = decision {
        apply_decision(&mut result, d);
    }
    result.weak.sort();
    result.weak.dedup();
    Some((asked, result))
}

/// A decision replaces the rule's answer; a split vote stays visible as weakness.
fn apply_decision(result: &mut QuestionConsensus, d: &Decision) {
    let split_vote = !d.votes.is_empty() && result.weak.iter().any(|w| *w != Weakness::WeinigGeweten);
    result.motivation.clone_from(&d.motivation);
    match d.status {
        DecisionStatus::Akkoord => {
            result.basis = Basis::Akkoord;
            result.answer.clone_from(&d.answer);
            result.weak.clear();
        }
        DecisionStatus::Verdeeld => {
            result.basis = Basis::BlijftVerdeeld;
            if d.answer.is_some() {
                result.answer.clone_from(&d.answer);
            }
            result.weak.push(Weakness::BlijftVerdeeld);
        }
    }
    if split_vote {
        result.weak.push(Weakness::VerdeeldeStemming);
    }
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped to 0–100 first
fn to_pct(x: f64) -> u8 {
    (x.clamp(0.0, 1.0) * 100.0).round() as u8
}

/// Whether the question is judged (so that many "weet niet" make its consensus weak).
fn judged(q: &Question) -> bool {
    q.kind.is_choice() || matches!(q.kind, Kind::Scale | Kind::Number)
}

/// Whether the options of a choice question form a scale: every option but "weet niet" is scored.
fn is_ordered(q: &Question) -> bool {
    matches!(q.kind, Kind::Single | Kind::Jgnw)
        && q.options.iter().any(|o| o.score.is_some())
        && q.options.iter().all(|o| o.score.is_some() || o.is_dont_know())
}

/// What the rule makes of the known answers of one question.
#[derive(Debug, Default)]
struct Outcome {
    answer: Option<Answer>,
    /// 0–1.
    divergence: f64,
    far_apart: bool,
    weak: Vec<Weakness>,
}

/// The rule over the known answers, each with the index of the member who gave it (`usize::MAX`
/// for a vote); `labels` name the members, for texts.
fn rule(q: &Question, known: &[(&Answer, usize)], labels: &[String]) -> Outcome {
    if known.is_empty() {
        return Outcome::default();
    }
    let answers: Vec<&Answer> = known.iter().map(|(a, _)| *a).collect();
    match q.kind {
        Kind::Single | Kind::Jgnw if is_ordered(q) => ordered_choice(q, &answers),
        Kind::Single | Kind::Jgnw => unordered_choice(q, &answers),
        Kind::Scale => scale(q, &answers),
        Kind::Multi => multi(q, &answers),
        Kind::Number => number(&answers),
        Kind::Text | Kind::LongText => text(known, labels),
        Kind::Records => records(&answers),
    }
}

/// The median of `values` (the mean of the two middle ones for an even count); `values` non-empty.
fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 { v[n / 2] } else { f64::midpoint(v[n / 2 - 1], v[n / 2]) }
}

/// Divergence of scores around consensus score `c`: half the range, half the mean distance
/// (an even split between 0 and 100 is 1; one dissenter of five at the far end is 0.7).
fn score_divergence(scores: &[f64], c: f64) -> (f64, bool) {
    let max = scores.iter().copied().fold(f64::MIN, f64::max);
    let min = scores.iter().copied().fold(f64::MAX, f64::min);
    let mean_distance = scores.iter().map(|s| (s - c).abs()).sum::<f64>() / scores.len() as f64;
    let range = max - min;
    (0.5 * range / 100.0 + 0.5 * (mean_distance / FAR).min(1.0), range > FAR)
}

/// Weakness of a consensus held by `holders` of `n`, with `far` answers far from it.
fn majority_weakness(holders: usize, far: usize, n: usize) -> Vec<Weakness> {
    let mut weak = Vec::new();
    if holders * 2 <= n {
        weak.push(Weakness::GeenMeerderheid);
    }
    if far > 0 && far * 3 >= n {
        weak.push(Weakness::VerreMinderheid);
    }
    weak
}

fn ordered_choice(q: &Question, answers: &[&Answer]) -> Outcome {
    let scored: Vec<(&str, f64)> = answers
        .iter()
        .filter_map(|a| match a {
            Answer::Choice(id) => q.option(id).and_then(|o| o.score).map(|s| (id.as_str(), s)),
            _ => None,
        })
        .collect();
    if scored.is_empty() {
        return unordered_choice(q, answers);
    }
    let values: Vec<f64> = scored.iter().map(|(_, s)| *s).collect();
    let m = median(&values);
    let Some(c) = q
        .options
        .iter()
        .filter_map(|o| o.score)
        .min_by(|a, b| (a - m).abs().total_cmp(&(b - m).abs()).then(a.total_cmp(b)))
    else {
        return Outcome::default();
    };
    // Options may share a score (several equally good ways of choosing participants): of those,
    // the one chosen most, then the first.
    let chosen_by = |id: &str| scored.iter().filter(|(x, _)| *x == id).count();
    let Some(option) = q.options.iter().filter(|o| o.score == Some(c)).rev().max_by_key(|o| chosen_by(&o.id)) else {
        return Outcome::default();
    };
    let (divergence, far_apart) = score_divergence(&values, c);
    let holders = scored.iter().filter(|(id, _)| *id == option.id).count();
    let far = values.iter().filter(|s| (*s - c).abs() > FAR).count();
    Outcome {
        answer: Some(Answer::Choice(option.id.clone())),
        divergence,
        far_apart,
        weak: majority_weakness(holders, far, scored.len()),
    }
}

fn unordered_choice(q: &Question, answers: &[&Answer]) -> Outcome {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for a in answers {
        if let Answer::Choice(id) = a {
            match counts.iter_mut().find(|(x, _)| *x == id.as_str()) {
                Some((_, n)) => *n += 1,
                None => counts.push((id.as_str(), 1)),
            }
        }
    }
    let n: usize = counts.iter().map(|(_, c)| c).sum();
    let Some(top) = counts.iter().map(|(_, c)| *c).max() else { return Outcome::default() };
    let leaders: Vec<&str> = counts.iter().filter(|(_, c)| *c == top).map(|(id, _)| *id).collect();
    let p = top as f64 / n as f64;
    let mut weak = majority_weakness(top, n - top, n);
    let answer = if leaders.len() == 1 {
        Some(Answer::Choice(leaders[0].to_string()))
    } else {
        weak.push(Weakness::Gelijkspel);
        q.option(DONT_KNOW).map(|_| Answer::Choice(DONT_KNOW.to_string()))
    };
    Outcome { answer, divergence: (2.0 * (1.0 - p)).min(1.0), far_apart: counts.len() > 1, weak }
}

fn scale(q: &Question, answers: &[&Answer]) -> Outcome {
    let values: Vec<f64> =
        answers.iter().filter_map(|a| if let Answer::Number(n) = a { Some(*n) } else { None }).collect();
    if values.is_empty() {
        return Outcome::default();
    }
    // A whole number on the scale; halfway between two, the lower one.
    let value = (median(&values) - 0.25).round();
    let score = |v: f64| Questionnaire::score(q, &Answer::Number(v)).unwrap_or(0.0);
    let scores: Vec<f64> = values.iter().map(|v| score(*v)).collect();
    let c = score(value);
    let (divergence, far_apart) = score_divergence(&scores, c);
    let holders = values.iter().filter(|v| (**v - value).abs() < f64::EPSILON).count();
    let far = scores.iter().filter(|s| (*s - c).abs() > FAR).count();
    Outcome {
        answer: Some(Answer::Number(value)),
        divergence,
        far_apart,
        weak: majority_weakness(holders, far, values.len()),
    }
}

fn multi(q: &Question, answers: &[&Answer]) -> Outcome {
    let sets: Vec<Vec<&str>> = answers
        .iter()
        .filter_map(|a| match a {
            Answer::Choices(cs) => Some(cs.iter().map(String::as_str).filter(|c| *c != DONT_KNOW).collect()),
            _ => None,
        })
        .collect();
    let n = sets.len();
    if n == 0 {
        return Outcome::default();
    }
    // Options in questionnaire order, then any the questionnaire does not know.
    let mut ids: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
    for id in sets.iter().flatten() {
        if !ids.contains(id) {
            ids.push(id);
        }
    }
    let count = |id: &str| sets.iter().filter(|s| s.contains(&id)).count();
    let union: Vec<&str> = ids.iter().copied().filter(|id| count(id) > 0).collect();
    let all = union.iter().filter(|id| count(id) == n).count();
    let chosen: Vec<String> = union.iter().filter(|id| count(id) * 2 >= n).map(|id| (*id).to_string()).collect();
    let contested = union.iter().any(|id| count(id) * 3 > n && count(id) * 3 < 2 * n);
    let divergence = if union.is_empty() { 0.0 } else { 1.0 - all as f64 / union.len() as f64 };
    Outcome {
        answer: Some(Answer::Choices(chosen)),
        divergence,
        far_apart: divergence >= 0.5,
        weak: if contested { vec![Weakness::BetwisteKeuze] } else { vec![] },
    }
}

fn number(answers: &[&Answer]) -> Outcome {
    let values: Vec<f64> =
        answers.iter().filter_map(|a| if let Answer::Number(n) = a { Some(*n) } else { None }).collect();
    if values.is_empty() {
        return Outcome::default();
    }
    let max = values.iter().copied().fold(f64::MIN, f64::max);
    let min = values.iter().copied().fold(f64::MAX, f64::min);
    let scale = max.abs().max(min.abs());
    let divergence = if scale > 0.0 { ((max - min) / scale).min(1.0) } else { 0.0 };
    Outcome {
        answer: Some(Answer::Number(median(&values))),
        divergence,
        far_apart: divergence >= 0.5,
        weak: if divergence >= 0.5 { vec![Weakness::GroteSpreiding] } else { vec![] },
    }
}

/// One text when all agree; otherwise each distinct text with who wrote it, one per line.
fn text(known: &[(&Answer, usize)], labels: &[String]) -> Outcome {
    let mut texts: Vec<(String, Vec<&str>)> = Vec::new();
    for (a, member) in known {
        let Answer::Text(t) = a else { continue };
        let who = labels.get(*member).map_or("", String::as_str);
        let t = t.trim();
        if t.is_empty() {
            continue;
        }
        match texts.iter_mut().find(|(x, _)| x == t) {
            Some((_, authors)) => authors.push(who),
            None => texts.push((t.to_string(), vec![who])),
        }
    }
    let answer = match texts.as_slice() {
        [] => None,
        [(only, _)] => Some(Answer::Text(only.clone())),
        many => Some(Answer::Text(
            many.iter()
                .map(
                    |(t, who)| {
                        if who.iter().all(|w| w.is_empty()) { t.clone() } else { format!("{}: {t}", who.join(", ")) }
                    },
                )
                .collect::<Vec<_>>()
                .join("\n"),
        )),
    };
    Outcome { answer, ..Outcome::default() }
}

/// The union of the records, one per name (case and spacing ignored; the first respondent's
/// record of an actor wins); records without a name are all kept.
fn records(answers: &[&Answer]) -> Outcome {
    let mut out: Vec<Record> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for a in answers {
        let Answer::Records(rs) = a else { continue };
        for r in rs {
            let name = match r.get("naam") {
                Some(FieldValue::Text(t)) => t.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase(),
                _ => String::new(),
            };
            if !name.is_empty() {
                if names.contains(&name) {
                    continue;
                }
                names.push(name);
            }
            out.push(r.clone());
        }
    }
    Outcome { answer: Some(Answer::Records(out)), ..Outcome::default() }
}

#[cfg(test)]
mod tests;
