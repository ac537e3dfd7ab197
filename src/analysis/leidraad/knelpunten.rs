//! Which weak answers reach the action plan, and why they rank where they do: what blocks the chosen
//! strategy, interne regie and capacity, what the scenario needs, the strategy's unmet conditions, then
//! partners, pitfalls and do's. A half answer ("gedeeltelijk", a pitfall that occurs sometimes) counts
//! where it matters for the chosen strategy. Also which good practice may be recommended at all.

use super::procedure::Scenario;
use super::proces::{ConditionSet, ProcessHealth};
use super::strategie::{Capacity, Strategy};
use super::{ids, instrument};
use crate::analysis::inputs::Inputs;
use crate::analysis::{Breadth, Category, Focus, Reason, texts};
use crate::questionnaire::{Practice, Question, Questionnaire, TAG_READINESS};
use crate::session::Answer;

/// A weak point for the plan: a weak answer, or a finding of a rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Knelpunt {
    /// The question whose answer is weak; None for a rule's finding.
    pub question: Option<String>,
    /// For a rule's finding: the aim it triggers (see [`crate::questionnaire::RULE_AIMS`]).
    pub rule_aim: Option<&'static str>,
    /// Why it matters now.
    pub category: Category,
    /// The question's weight (more for a rule's finding).
    pub weight: f64,
    /// The answer's score (0 for a rule's finding).
    pub score: f64,
    /// The answers behind it.
    pub reasons: Vec<Reason>,
}

/// The results the plan builds on.
#[derive(Debug, Clone, Copy)]
pub struct Situation<'s> {
    /// The strategy.
    pub strategy: &'s Strategy,
    /// Its conditions.
    pub conditions: &'s [ConditionSet],
    /// Process health.
    pub process: &'s ProcessHealth,
    /// The procedure scenario.
    pub scenario: &'s Scenario,
    /// The capacity.
    pub capacity: &'s Capacity,
    /// The information gaps.
    pub gaps: &'s [Reason],
}

/// Below this a scored answer is weak on its own; up to [`PARTLY`] it is half, and counts where it
/// matters for the chosen strategy.
const WEAK: f64 = 50.0;
const PARTLY: f64 = 75.0;
/// From this many gaps the plan asks to fill them.
const MANY_GAPS: usize = 3;
/// A rule's finding (a bounded project, the SBV path, the neighbours) weighs more than any single
/// answer, so that it leads the weak answers of its category.
const RULE_WEIGHT: f64 = 5.0;

/// Every weak point, unordered: the weak answers that matter, then the rules' findings.
pub fn knelpunten(inp: &Inputs<'_>, sit: &Situation<'_>) -> Vec<Knelpunt> {
    let unmet: Vec<&str> = sit.conditions.iter().flat_map(|c| c.not_met.iter()).map(|r| r.question.as_str()).collect();
    let mut out = Vec::new();
    for q in inp.visible() {
        if crate::analysis::scores::is_descriptive(q) {
            continue;
        }
        let Some(score) = inp.score(q) else { continue };
        let Some(category) = category(inp, sit, q, score, unmet.contains(&q.id.as_str())) else { continue };
        let mut reasons = vec![inp.reason_of(q)];
        if q.id == ids::KRITIEK {
            reasons.extend(funding(inp));
        }
        out.push(Knelpunt { question: Some(q.id.clone()), rule_aim: None, category, weight: q.weight, score, reasons });
    }
    out.extend(rule_findings(sit));
    out
}

/// Why the answer to `q` (scored `score`) matters for the plan, if it does.
fn category(inp: &Inputs<'_>, sit: &Situation<'_>, q: &Question, score: f64, unmet: bool) -> Option<Category> {
    let weak = score < WEAK;
    let partly = score < PARTLY;
    let relations = matches!(sit.strategy.inhoud_proces, Focus::Procesmatig | Focus::Beide);
    if q.tags.iter().any(|t| t.starts_with(TAG_READINESS)) {
        // Readiness blocks the strategy only when breadth is chosen: then each item to strengthen is a
        // condition. A bestuur sent to a bounded project first needs that project, not a list of
        // things to ask of its college; only a clear "nee" stays in view.
        let breadth = sit.strategy.breedte_diepte == Breadth::Breedte;
        return if breadth && partly { Some(Category::Strategie) } else { weak.then_some(Category::Paraatheid) };
    }
    if q.has_tag("interne_regie") {
        return (weak || (partly && sit.process.warning.is_some())).then_some(Category::InterneRegie);
    }
    if q.has_tag("capaciteit") {
        return (weak || (partly && sit.capacity.one_person())).then_some(Category::Capaciteit);
    }
    if unmet {
        return Some(Category::Voorwaarde);
    }
    if q.has_tag("niet_doen") {
        return (weak || (partly && relations)).then_some(Category::Valkuil);
    }
    if q.has_tag("externe_regie") {
        let muted = q.id == ids::KRITIEK && !funding(inp).is_empty();
        return (weak || (partly && (relations || muted))).then_some(Category::ExterneRegie);
    }
    if q.has_tag("doen") {
        return (weak || (partly && relations)).then_some(Category::WelDoen);
    }
    (weak && q.weight > 0.0).then_some(Category::Overig)
}

/// "Hoe hard kan je gaan protesteren tegen iemand die u eigenlijk ook middelen geeft?" (000 §4.6.2):
/// the answers showing that partners live (partly) on the gemeente's money — then a half "yes" to
/// open criticism matters, whatever the strategy.
fn funding(inp: &Inputs<'_>) -> Vec<Reason> {
    let mut out = Vec::new();
    if inp.degree(ids::FINANCIEEL).is_some_and(|d| d > 0.0) {
        out.push(inp.reason(ids::FINANCIEEL));
    }
    if let Some(Answer::Choices(used)) = inp.answer(ids::INSTRUMENTEN)
        && used.iter().any(|u| instrument::MONEY.contains(&u.as_str()))
    {
        out.push(inp.reason(ids::INSTRUMENTEN));
    }
    out
}

/// The findings of the rules that ask for an action of their own.
fn rule_findings(sit: &Situation<'_>) -> Vec<Knelpunt> {
    let mut out = Vec::new();
    let mut push = |aim: &'static str, category: Category, reasons: Vec<Reason>| {
        out.push(Knelpunt { question: None, rule_aim: Some(aim), category, weight: RULE_WEIGHT, score: 0.0, reasons });
    };
    for w in &sit.strategy.warnings {
        match w.kind.as_str() {
            texts::W_BREEDTE_NIET_KLAAR | texts::W_BREEDTE_ONBEKEND => {
                push("afgebakend_project", Category::Strategie, w.reasons.clone());
            }
            texts::W_PROCES_TE_AMBITIEUS => push("stap_voor_stap", Category::Strategie, w.reasons.clone()),
            _ => {}
        }
    }
    if let Some(sbv) = sit.strategy.sbv_path.as_ref().filter(|p| p.status == "aanbevolen") {
        push("sbv_pad", Category::Strategie, sbv.reasons.clone());
    }
    if sit.scenario.scenario == 4 {
        let reasons = sit
            .scenario
            .reasons
            .iter()
            .filter(|r| [ids::BEPERKT_PERSONEEL, ids::BOVENLOKAAL, ids::BUREN].contains(&r.question.as_str()))
            .chain(&sit.capacity.reasons)
            .cloned()
            .collect();
        push("buurgemeenten", Category::Procedure, reasons);
    }
    for w in sit
        .scenario
        .warnings
        .iter()
        .filter(|w| [texts::W_SPANNING, texts::W_CLUSTERGROEP_ZWAAR].contains(&w.kind.as_str()))
    {
        push("werkvorm", Category::Procedure, w.reasons.clone());
    }
    if sit.gaps.len() >= MANY_GAPS {
        push("informatie_aanvullen", Category::Informatie, sit.gaps.to_vec());
    }
    out
}

/// Whether `practice` may be recommended to this gemeente: never back to the gemeente it comes from
/// (it knows it best), nor where the answers show it is already in place.
pub fn praktijk_past(inp: &Inputs<'_>, practice: &Practice) -> bool {
    let own = same_gemeente(&practice.gemeente, &inp.session.respondent.gemeente);
    let in_place = practice.in_place.iter().any(|c| Questionnaire::holds(c, inp.session));
    !own && !in_place
}

/// "Mechelen" is "Stad Mechelen" is "mechelen"; "Venlo (Nederland)" is "Venlo".
fn same_gemeente(practice: &str, gemeente: &str) -> bool {
    let norm = |s: &str| {
        let s = s.split('(').next().unwrap_or_default().trim().to_lowercase();
        ["stad ", "gemeente ", "stad van "]
            .iter()
            .fold(s, |s, prefix| s.strip_prefix(prefix).map(str::to_string).unwrap_or(s))
            .trim()
            .to_string()
    };
    let (p, g) = (norm(practice), norm(gemeente));
    !p.is_empty() && p == g
}
