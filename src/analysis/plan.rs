//! The action plan: weak points ordered by impact — interne regie first, then readiness and the
//! strategy's warnings, pitfalls present, the chosen strategy's unmet conditions, the rest — each
//! with its advice, a suggested owner role, a horizon and the good practices that fit.

use serde::Serialize;

use super::leidraad::{ConditionSet, Scenario, Strategy};
use super::{Reason, inputs::Inputs, texts};
use crate::questionnaire::Question;

/// When to act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Horizon {
    /// Now: it blocks the rest.
    Nu,
    /// This year.
    DitJaar,
    /// In the next multi-year plan.
    Meerjarenplan,
}

impl Horizon {
    /// The label shown in reports.
    pub fn label(self) -> &'static str {
        match self {
            Horizon::Nu => texts::HORIZON_NU,
            Horizon::DitJaar => texts::HORIZON_DIT_JAAR,
            Horizon::Meerjarenplan => texts::HORIZON_MEERJARENPLAN,
        }
    }
}

/// A good practice that fits an action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PracticeRef {
    /// Practice id.
    pub id: String,
    /// Gemeente.
    pub gemeente: String,
    /// Title.
    #[serde(rename = "titel")]
    pub title: String,
    /// What they did.
    #[serde(rename = "tekst")]
    pub text: String,
    /// Why it is relevant.
    #[serde(rename = "feit")]
    pub fact: String,
    /// Source.
    #[serde(rename = "bron")]
    pub source: String,
}

/// One action of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Action {
    /// Position in the plan, from 1.
    #[serde(rename = "nummer")]
    pub number: usize,
    /// Stable id: the question id, or `strategie.*`, `procedure.*`, `informatie` for derived actions.
    pub id: String,
    /// `interne_regie`, `strategie`, `paraatheid`, `informatie`, `valkuil`, `voorwaarde`, `wel_doen`, `overig`.
    #[serde(rename = "categorie")]
    pub category: String,
    /// Short title: the advice's first sentence, or the derived action's name.
    #[serde(rename = "titel")]
    pub title: String,
    /// What to do, in full.
    #[serde(rename = "advies")]
    pub advice: String,
    /// The advice without what the title already says (empty when the title is the whole advice).
    #[serde(rename = "advies_vervolg")]
    pub advice_rest: String,
    /// The question the action comes from (its prompt), or the topic of a derived action.
    #[serde(rename = "onderwerp")]
    pub topic: String,
    /// Suggested owner role.
    #[serde(rename = "eigenaar")]
    pub owner: String,
    /// When.
    pub horizon: Horizon,
    /// Label of the horizon.
    pub horizon_label: String,
    /// Good practices that fit.
    #[serde(rename = "goede_praktijken")]
    pub practices: Vec<PracticeRef>,
    /// The answers behind it ("waarom").
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
}

/// An action before numbering, with its sort key.
struct Draft {
    rank: u8,
    weight: f64,
    score: f64,
    order: usize,
    action: Action,
}

/// Build the plan, ordered by impact and numbered.
pub fn actieplan(
    inp: &Inputs<'_>,
    strategy: &Strategy,
    conditions: &[ConditionSet],
    scenario: &Scenario,
) -> Vec<Action> {
    let condition_ids: Vec<&str> =
        conditions.iter().flat_map(|c| c.not_met.iter()).map(|r| r.question.as_str()).collect();
    let mut drafts: Vec<Draft> = inp
        .visible()
        .enumerate()
        .filter_map(|(order, q)| question_action(inp, q, order, condition_ids.contains(&q.id.as_str())))
        .collect();
    drafts.extend(derived_actions(inp, strategy, scenario));
    drafts.sort_by(|a, b| {
        a.rank
            .cmp(&b.rank)
            .then(b.weight.total_cmp(&a.weight))
            .then(a.score.total_cmp(&b.score))
            .then(a.order.cmp(&b.order))
    });
    drafts.into_iter().enumerate().map(|(i, d)| Action { number: i + 1, ..d.action }).collect()
}

/// The action for a weak answer to `q` (below 50; below 75 for a condition of the chosen strategy).
fn question_action(inp: &Inputs<'_>, q: &Question, order: usize, unmet_condition: bool) -> Option<Draft> {
    if super::scores::is_descriptive(q) {
        return None;
    }
    let score = inp.score(q)?;
    let tagged = ["interne_regie", "paraatheid", "niet_doen", "doen"].iter().any(|t| q.has_tag(t));
    if !(score < 50.0 || unmet_condition) || !(q.weight > 0.0 || tagged || unmet_condition) {
        return None;
    }
    let (rank, category, owner, horizon) = classify(inp, q, unmet_condition);
    let (title, advice, advice_rest) = if q.advice.trim().is_empty() {
        (texts::work_on(&q.prompt), texts::DEFAULT_ADVICE.to_string(), texts::DEFAULT_ADVICE.to_string())
    } else {
        let (first, rest) = first_sentence(q.advice.trim());
        (first.to_string(), q.advice.trim().to_string(), rest.to_string())
    };
    let action = Action {
        number: 0,
        id: q.id.clone(),
        category: category.into(),
        title,
        advice,
        advice_rest,
        topic: q.prompt.clone(),
        owner: owner.into(),
        horizon,
        horizon_label: horizon.label().into(),
        practices: practices(inp, q.practices.iter().map(String::as_str)),
        reasons: vec![inp.reason_of(q)],
    };
    Some(Draft { rank, weight: q.weight, score, order, action })
}

/// Rank, category, owner and horizon of a question's action.
fn classify(inp: &Inputs<'_>, q: &Question, unmet_condition: bool) -> (u8, &'static str, &'static str, Horizon) {
    use texts::owner;
    if q.has_tag("interne_regie") {
        return (0, "interne_regie", owner::INTERN, Horizon::Nu);
    }
    if q.has_tag("paraatheid") {
        return (2, "paraatheid", owner::COLLEGE, Horizon::DitJaar);
    }
    if q.has_tag("niet_doen") {
        return (4, "valkuil", owner::SCHEPEN_TREKKER, Horizon::Nu);
    }
    if unmet_condition {
        return (5, "voorwaarde", owner::TREKKER, Horizon::DitJaar);
    }
    if q.has_tag("doen") {
        return (6, "wel_doen", owner::TREKKER, Horizon::DitJaar);
    }
    if q.tags.iter().any(|t| t.starts_with("voorwaarde.")) {
        // A condition of a strategy that was not chosen: still project work, for the trekker.
        return (7, "overig", owner::TREKKER, Horizon::DitJaar);
    }
    let step = inp.questionnaire.steps.get(q.step).map_or("", |s| s.id.as_str());
    match step {
        "start" => (7, "overig", owner::DIRECTEUR, Horizon::Meerjarenplan),
        "context" => (7, "overig", owner::TREKKER, Horizon::Meerjarenplan),
        "strategie" => (7, "overig", owner::SCHEPEN, Horizon::DitJaar),
        "procedure" => (7, "overig", owner::PLANNING, Horizon::DitJaar),
        _ => (7, "overig", owner::TREKKER, Horizon::DitJaar),
    }
}

/// Actions that come from the analysis rather than one answer: the strategy's warnings, the SBV
/// path, the information gaps and the scenario's warnings.
fn derived_actions(inp: &Inputs<'_>, strategy: &Strategy, scenario: &Scenario) -> Vec<Draft> {
    let mut out = Vec::new();
    let mut push = |rank: u8,
                    id: &str,
                    category: &str,
                    title: &str,
                    advice: String,
                    owner: &str,
                    horizon: Horizon,
                    practice_ids: &[&str],
                    reasons: Vec<Reason>| {
        out.push(Draft {
            rank,
            weight: 0.0,
            score: 0.0,
            order: 0,
            action: Action {
                number: 0,
                id: id.into(),
                category: category.into(),
                title: title.into(),
                advice_rest: advice.clone(),
                advice,
                topic: texts::derived_topic(id).into(),
                owner: owner.into(),
                horizon,
                horizon_label: horizon.label().into(),
                practices: practices(inp, practice_ids.iter().copied()),
                reasons,
            },
        });
    };
    for w in &strategy.warnings {
        let (id, title) = if w.text == texts::PROCES_TE_AMBITIEUS {
            ("strategie.stapsgewijs", texts::ACTIE_STAPSGEWIJS_TITEL)
        } else if w.text == texts::OOK_PROCESMATIG {
            continue;
        } else {
            ("strategie.afgebakend", texts::ACTIE_AFGEBAKEND_TITEL)
        };
        push(1, id, "strategie", title, w.text.clone(), texts::owner::COLLEGE, Horizon::Nu, &[], w.reasons.clone());
    }
    let gaps = super::scores::information_gaps(inp);
    if gaps.len() >= 3 {
        let advice = texts::actie_informatie(gaps.len());
        push(
            3,
            "informatie",
            "informatie",
            texts::ACTIE_INFORMATIE_TITEL,
            advice,
            texts::owner::TREKKER,
            Horizon::Nu,
            &[],
            gaps,
        );
    }
    if let Some(sbv) = strategy.sbv_path.as_ref().filter(|p| p.status == "aanbevolen") {
        push(
            7,
            "strategie.sbv_pad",
            "strategie",
            texts::ACTIE_SBV_TITEL,
            sbv.text.clone(),
            texts::owner::COLLEGE,
            Horizon::Meerjarenplan,
            &["dendermonde"],
            sbv.reasons.clone(),
        );
    }
    for w in scenario.warnings.iter().filter(|w| w.text == texts::BUREN_NIET_TEGELIJK) {
        push(
            6,
            "procedure.buren",
            "overig",
            texts::ACTIE_BUREN_TITEL,
            w.text.clone(),
            texts::owner::SCHEPEN,
            Horizon::DitJaar,
            &["dendermonde"],
            w.reasons.clone(),
        );
    }
    out
}

/// The first sentence of `text` (without its full stop) and the rest.
fn first_sentence(text: &str) -> (&str, &str) {
    match text.find(". ") {
        Some(i) => (&text[..i], text[i + 2..].trim_start()),
        None => (text.strip_suffix('.').unwrap_or(text), ""),
    }
}

/// The practices with these ids that the questionnaire has.
fn practices<'a>(inp: &Inputs<'_>, ids: impl Iterator<Item = &'a str>) -> Vec<PracticeRef> {
    ids.filter_map(|id| inp.questionnaire.practices.get(id))
        .map(|p| PracticeRef {
            id: p.id.clone(),
            gemeente: p.gemeente.clone(),
            title: p.title.clone(),
            text: p.text.clone(),
            fact: p.fact.clone(),
            source: p.source.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::first_sentence;

    #[test]
    fn the_title_is_the_advice_s_first_sentence() {
        assert_eq!(first_sentence("Wijs een trekker aan."), ("Wijs een trekker aan", ""));
        assert_eq!(first_sentence("Doe dit. En dan dat."), ("Doe dit", "En dan dat."));
        assert_eq!(first_sentence("Zonder punt"), ("Zonder punt", ""));
    }
}
