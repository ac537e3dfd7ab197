//! What a facilitator takes from a group: the **gespreksagenda** (divergent questions ordered by
//! divergence × importance for the strategy and scenario), the results that **rest on a weak
//! consensus**, and how the **roles** see their gemeente side by side. The ordering is documented
//! in `docs/GROEP.md`.

use serde::Serialize;

use super::consensus::{Basis, Consensus, QuestionConsensus, Weakness};
use super::{Group, role_rank};
use crate::analysis::inputs::{Inputs, pct};
use crate::analysis::{Analysis, Conclusion, Reason, contract, scores};
use crate::questionnaire::{Question, Questionnaire};
use crate::session::Role;

/// At most this many questions on the agenda: a meeting of two hours discusses about eight.
pub const AGENDA_MAX: usize = 8;
/// Totals of two roles this many points apart are a finding.
pub const ROLE_GAP: u8 = 10;
/// A step on which two roles lie this many points apart is named.
pub const STEP_GAP: u8 = 20;

/// A headline result of the analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Regie, marktsturing or netwerkcoördinatie.
    Positie,
    /// The stage of coordination.
    Fase,
    /// Breedte or diepte, with the readiness behind it.
    BreedteDiepte,
    /// Beleidsinhoudelijk, procesmatig or both.
    InhoudProces,
    /// The SBV 2019 path.
    SbvPad,
    /// The procedure scenario.
    Procedure,
}

impl Outcome {
    /// Every headline result, in report order.
    pub const ALL: [Outcome; 6] = [
        Outcome::Positie,
        Outcome::Fase,
        Outcome::BreedteDiepte,
        Outcome::InhoudProces,
        Outcome::SbvPad,
        Outcome::Procedure,
    ];
}

impl Outcome {
    /// The headline result a conclusion of the analysis weighs on: readiness on breedte/diepte; the
    /// capacity on none of them.
    fn of(c: Conclusion) -> Option<Outcome> {
        match c {
            Conclusion::Positie => Some(Outcome::Positie),
            Conclusion::Fase => Some(Outcome::Fase),
            Conclusion::Paraatheid | Conclusion::BreedteDiepte => Some(Outcome::BreedteDiepte),
            Conclusion::InhoudProces => Some(Outcome::InhoudProces),
            Conclusion::SbvPad => Some(Outcome::SbvPad),
            Conclusion::Procedure => Some(Outcome::Procedure),
            Conclusion::Capaciteit => None,
        }
    }
}

/// How much a question matters for the strategy and the scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Importance {
    /// Anything else that is scored.
    Overig = 1,
    /// A condition of a strategy, interne regie, or the source of an action.
    Voorwaarde = 2,
    /// Read by a headline result: position, stage, strategy, scenario.
    Kern = 3,
}

/// The headline results `question` feeds in this analysis: the conclusions that read it (the
/// contract table, [`crate::analysis::contract`]) and those that cite it among their reasons.
pub fn feeds(question: &Question, analysis: &Analysis) -> Vec<Outcome> {
    let has = |reasons: &[Reason]| reasons.iter().any(|r| r.question == question.id);
    let s = &analysis.strategy;
    let dynamic = [
        (Outcome::Positie, has(&analysis.position.reasons)),
        (Outcome::Fase, has(&analysis.stage.reasons)),
        (Outcome::BreedteDiepte, has(&s.breadth.reasons) || has(&s.readiness.unknown)),
        (Outcome::InhoudProces, has(&s.focus.reasons)),
        (Outcome::SbvPad, s.sbv_path.as_ref().is_some_and(|p| has(&p.reasons))),
        (Outcome::Procedure, has(&analysis.scenario.reasons)),
    ];
    let read: Vec<Outcome> = contract::read_by(question).into_iter().filter_map(Outcome::of).collect();
    Outcome::ALL.into_iter().filter(|o| read.contains(o) || dynamic.iter().any(|(r, yes)| r == o && *yes)).collect()
}

/// The importance of `question`.
pub fn importance(question: &Question, analysis: &Analysis) -> Importance {
    if !feeds(question, analysis).is_empty() {
        Importance::Kern
    } else if question.tags.iter().any(|t| t.starts_with("voorwaarde.") || t == "interne_regie")
        || analysis.actions.iter().any(|a| a.id == question.id)
    {
        Importance::Voorwaarde
    } else {
        Importance::Overig
    }
}

/// One question on the gespreksagenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgendaItem {
    /// Position on the agenda, from 1.
    #[serde(rename = "nummer")]
    pub number: usize,
    /// Question id.
    #[serde(rename = "vraag")]
    pub id: String,
    /// How much it matters.
    #[serde(rename = "belang")]
    pub importance: Importance,
    /// The headline results it feeds.
    #[serde(rename = "weegt_op")]
    pub feeds: Vec<Outcome>,
    /// Divergence 0–100.
    #[serde(rename = "verschil")]
    pub divergence: u8,
    /// Divergence × importance, the order of the agenda (0–300).
    #[serde(rename = "prioriteit")]
    pub priority: u16,
}

/// The gespreksagenda: every question whose answers diverge (far apart, or a weak consensus that is
/// not only "weet niet") and that the meeting has not settled yet, ordered by divergence ×
/// importance (then importance, then questionnaire order); at most [`AGENDA_MAX`]. Also returns how
/// many more divergent questions there are.
pub fn agenda(questionnaire: &Questionnaire, consensus: &Consensus, analysis: &Analysis) -> (Vec<AgendaItem>, usize) {
    let mut items = divergent(questionnaire, consensus, analysis);
    let rest = items.len().saturating_sub(AGENDA_MAX);
    items.truncate(AGENDA_MAX);
    (items, rest)
}

/// Every divergent question not yet settled, in agenda order and numbered from 1: the agenda
/// ([`agenda`]) is its first [`AGENDA_MAX`]. A question the meeting agreed on is settled, unless
/// the agreement came from a split vote ([`Weakness::VerdeeldeStemming`]).
pub fn divergent(questionnaire: &Questionnaire, consensus: &Consensus, analysis: &Analysis) -> Vec<AgendaItem> {
    let mut items: Vec<(usize, AgendaItem)> = consensus
        .questions
        .iter()
        .filter(|c| c.diverges() && (c.basis != Basis::Akkoord || c.weak.contains(&Weakness::VerdeeldeStemming)))
        .filter_map(|c| {
            let index = questionnaire.question_index(&c.id)?;
            let q = &questionnaire.questions[index];
            let importance = importance(q, analysis);
            let priority = u16::from(c.divergence) * importance as u16;
            let item = AgendaItem {
                number: 0,
                id: c.id.clone(),
                importance,
                feeds: feeds(q, analysis),
                divergence: c.divergence,
                priority,
            };
            Some((index, item))
        })
        .collect();
    items
        .sort_by(|(ia, a), (ib, b)| b.priority.cmp(&a.priority).then(b.importance.cmp(&a.importance)).then(ia.cmp(ib)));
    items
        .into_iter()
        .enumerate()
        .map(|(i, (_, mut item))| {
            item.number = i + 1;
            item
        })
        .collect()
}

/// A headline result that rests on questions with a weak consensus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FragileResult {
    /// The result.
    #[serde(rename = "resultaat")]
    pub outcome: Outcome,
    /// The questions it reads whose consensus is weak, in questionnaire order.
    #[serde(rename = "vragen")]
    pub questions: Vec<String>,
}

/// The headline results that read at least one question with a weak consensus.
pub fn fragile_results(
    questionnaire: &Questionnaire,
    consensus: &Consensus,
    analysis: &Analysis,
) -> Vec<FragileResult> {
    let weak: Vec<(&Question, &QuestionConsensus)> = consensus
        .questions
        .iter()
        .filter(|c| c.is_weak())
        .filter_map(|c| questionnaire.question(&c.id).map(|q| (q, c)))
        .collect();
    Outcome::ALL
        .into_iter()
        .filter(|o| *o != Outcome::SbvPad || analysis.strategy.sbv_path.is_some())
        .filter_map(|outcome| {
            let questions: Vec<String> =
                weak.iter().filter(|(q, _)| feeds(q, analysis).contains(&outcome)).map(|(q, _)| q.id.clone()).collect();
            (!questions.is_empty()).then_some(FragileResult { outcome, questions })
        })
        .collect()
}

/// How the respondents of one role see the gemeente.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleProfile {
    /// The role.
    #[serde(rename = "rol")]
    pub role: Role,
    /// Respondents with this role.
    #[serde(rename = "respondenten")]
    pub members: usize,
    /// Mean score per step (questionnaire order) of these respondents; None without scored answers.
    #[serde(rename = "stappen")]
    pub steps: Vec<Option<u8>>,
    /// Mean of their overall scores.
    #[serde(rename = "totaal")]
    pub total: Option<u8>,
}

/// Two roles that see the gemeente differently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleGap {
    /// The more positive role and its score.
    #[serde(rename = "hoog")]
    pub high: (Role, u8),
    /// The less positive role and its score.
    #[serde(rename = "laag")]
    pub low: (Role, u8),
    /// The step index, when the gap is one step's; None for the overall score.
    #[serde(rename = "stap")]
    pub step: Option<usize>,
}

/// The roles side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleView {
    /// One profile per role present, bestuur first.
    #[serde(rename = "rollen")]
    pub roles: Vec<RoleProfile>,
    /// The most and least positive role overall, when at least [`ROLE_GAP`] apart.
    #[serde(rename = "verschil_totaal")]
    pub overall: Option<RoleGap>,
    /// The step where two roles lie furthest apart, when at least [`STEP_GAP`] apart.
    #[serde(rename = "verschil_stap")]
    pub step: Option<RoleGap>,
}

/// Each role's mean scores (per respondent: the weighted step and overall scores of the analysis),
/// and the gaps between roles worth naming.
pub fn role_view(questionnaire: &Questionnaire, group: &Group) -> RoleView {
    let mut roles: Vec<Role> = group.members.iter().map(|m| m.session.respondent.role).collect();
    roles.sort_by_key(|r| role_rank(*r));
    roles.dedup();
    let per_member: Vec<MemberScores> = group
        .members
        .iter()
        .map(|m| {
            let inp = Inputs::new(questionnaire, &m.session);
            let steps = scores::step_scores(&inp).into_iter().map(|s| s.score).collect();
            (m.session.respondent.role, steps, scores::total_score(&inp))
        })
        .collect();
    let profiles: Vec<RoleProfile> = roles
        .into_iter()
        .map(|role| {
            let mine: Vec<&MemberScores> = per_member.iter().filter(|(r, ..)| *r == role).collect();
            let steps = (0..questionnaire.steps.len())
                .map(|i| mean(mine.iter().map(|(_, s, _)| s.get(i).copied().flatten())))
                .collect();
            RoleProfile { role, members: mine.len(), steps, total: mean(mine.iter().map(|(.., t)| *t)) }
        })
        .collect();
    let overall = gap(profiles.iter().filter_map(|p| p.total.map(|t| (p.role, t))), None, ROLE_GAP);
    let step = (0..questionnaire.steps.len())
        .filter_map(|i| gap(profiles.iter().filter_map(|p| p.steps[i].map(|s| (p.role, s))), Some(i), STEP_GAP))
        .max_by_key(|g| (g.high.1 - g.low.1, std::cmp::Reverse(g.step)));
    RoleView { roles: profiles, overall, step }
}

/// A respondent's role, score per step and overall score.
type MemberScores = (Role, Vec<Option<u8>>, Option<u8>);

fn mean(values: impl Iterator<Item = Option<u8>>) -> Option<u8> {
    let known: Vec<f64> = values.flatten().map(f64::from).collect();
    (!known.is_empty()).then(|| pct(known.iter().sum::<f64>() / known.len() as f64))
}

/// The highest and lowest of `scores` (first role wins a tie), when at least `min` apart.
fn gap(scores: impl Iterator<Item = (Role, u8)>, step: Option<usize>, min: u8) -> Option<RoleGap> {
    let scores: Vec<(Role, u8)> = scores.collect();
    let high = scores.iter().copied().reduce(|a, b| if b.1 > a.1 { b } else { a })?;
    let low = scores.iter().copied().reduce(|a, b| if b.1 < a.1 { b } else { a })?;
    (high.1 - low.1 >= min).then_some(RoleGap { high, low, step })
}
