//! The chosen strategy's conditions (the checklists of 002 §3.1.3) and process health after §3.1.5:
//! interne regie first, the wel-doen list, the pitfalls.

use serde::Serialize;

use crate::analysis::inputs::{Inputs, pct};
use crate::analysis::{Breadth, Focus, Reason, Warning, texts};

/// The conditions of one strategy choice: met, not met, unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConditionSet {
    /// `breedte`, `diepte`, `procesmatig` or `beleidsinhoudelijk`.
    #[serde(rename = "strategie")]
    pub strategy: String,
    /// Label.
    pub label: String,
    /// Score 75 or more.
    #[serde(rename = "vervuld")]
    pub met: Vec<Reason>,
    /// Known, below 75.
    #[serde(rename = "niet_vervuld")]
    pub not_met: Vec<Reason>,
    /// Unanswered or "weet niet".
    #[serde(rename = "onbekend")]
    pub unknown: Vec<Reason>,
}

/// The checklists of the chosen strategy: breedte (8) or diepte (6), plus procesmatig (5) and/or
/// beleidsinhoudelijk (diepte's plus its own).
pub fn voorwaarden(inp: &Inputs<'_>, breadth: Breadth, focus: Focus) -> Vec<ConditionSet> {
    let mut sets = vec![match breadth {
        Breadth::Breedte => condition_set(inp, "breedte", &["voorwaarde.breedte"]),
        Breadth::Diepte => condition_set(inp, "diepte", &["voorwaarde.diepte"]),
    }];
    if matches!(focus, Focus::Beleidsinhoudelijk | Focus::Beide) {
        let tags: &[&str] = match breadth {
            Breadth::Diepte => &["voorwaarde.beleidsinhoudelijk"],
            Breadth::Breedte => &["voorwaarde.diepte", "voorwaarde.beleidsinhoudelijk"],
        };
        let mut set = condition_set(inp, "beleidsinhoudelijk", tags);
        if breadth == Breadth::Diepte {
            // The beleidsinhoudelijke strategy's conditions include diepte's (a questionnaire may tag a
            // question with both): list each condition once, under diepte.
            let listed: Vec<String> = sets.iter().flat_map(ConditionSet::questions).map(str::to_string).collect();
            let before = set.len();
            for list in [&mut set.met, &mut set.not_met, &mut set.unknown] {
                list.retain(|r| !listed.contains(&r.question));
            }
            if set.len() < before {
                set.label = texts::CONDITIONS_BELEIDSINHOUDELIJK_NAAST_DIEPTE.into();
            }
        }
        sets.push(set);
    }
    if matches!(focus, Focus::Procesmatig | Focus::Beide) {
        sets.push(condition_set(inp, "procesmatig", &["voorwaarde.procesmatig"]));
    }
    sets
}

impl ConditionSet {
    /// The question ids of every condition in the set.
    pub fn questions(&self) -> impl Iterator<Item = &str> {
        self.met.iter().chain(&self.not_met).chain(&self.unknown).map(|r| r.question.as_str())
    }

    /// The number of conditions.
    pub fn len(&self) -> usize {
        self.met.len() + self.not_met.len() + self.unknown.len()
    }

    /// Whether the set has no conditions.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn condition_set(inp: &Inputs<'_>, strategy: &str, tags: &[&str]) -> ConditionSet {
    let mut set = ConditionSet {
        strategy: strategy.into(),
        label: texts::condition_label(strategy).into(),
        met: vec![],
        not_met: vec![],
        unknown: vec![],
    };
    let questions = inp.visible().filter(|q| tags.iter().any(|t| q.has_tag(t)));
    for q in questions {
        let reason = inp.reason_of(q);
        match inp.score(q) {
            Some(s) if s >= 75.0 => set.met.push(reason),
            Some(_) => set.not_met.push(reason),
            None => set.unknown.push(reason),
        }
    }
    set
}

/// A score over tagged questions with a verdict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TagScore {
    /// Mean score 0–100.
    pub score: Option<u8>,
    /// `sterk` (≥ 75), `matig` (≥ 50), `zwak` or `onbekend`.
    pub status: String,
    /// The answers.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
}

/// A checklist: in order, needs attention, unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checklist {
    /// Done (wel doen) or absent (niet doen).
    #[serde(rename = "in_orde")]
    pub ok: Vec<Reason>,
    /// Not done (wel doen) or present (niet doen).
    #[serde(rename = "aandacht")]
    pub attention: Vec<Reason>,
    /// Unknown.
    #[serde(rename = "onbekend")]
    pub unknown: Vec<Reason>,
}

/// Process health after 3.1.5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProcessHealth {
    /// Interne regie (questions tagged `interne_regie`).
    pub interne_regie: TagScore,
    /// External cooperation (the wel-doen list).
    pub externe_regie: TagScore,
    /// "Interne regie komt eerst" when it is weak or lags behind.
    #[serde(rename = "waarschuwing")]
    pub warning: Option<Warning>,
    /// The 13 things to do.
    #[serde(rename = "wel_doen")]
    pub do_list: Checklist,
    /// The 9 pitfalls.
    #[serde(rename = "niet_doen")]
    pub dont_list: Checklist,
}

/// Interne regie first; the do's met; the don'ts present. Internal and external regie are scored
/// separately; a lagging interne regie warns, it never zeroes the rest.
pub fn procesgezondheid(inp: &Inputs<'_>) -> ProcessHealth {
    let interne_regie = tag_score(inp, "interne_regie");
    let externe_regie = tag_score(inp, "doen");
    let lags = match (interne_regie.score, externe_regie.score) {
        (Some(i), Some(e)) => i < 50 || i + 10 < e,
        (Some(i), None) => i < 50,
        _ => false,
    };
    let warning = lags.then(|| {
        Warning::new(
            texts::W_INTERNE_REGIE_EERST,
            texts::INTERNE_REGIE_EERST.into(),
            interne_regie.reasons.iter().filter(|r| r.score.is_some_and(|s| s < 75)).cloned().collect(),
        )
    });
    ProcessHealth {
        interne_regie,
        externe_regie,
        warning,
        do_list: checklist(inp, "doen"),
        dont_list: checklist(inp, "niet_doen"),
    }
}

fn tag_score(inp: &Inputs<'_>, tag: &str) -> TagScore {
    let (mut sum, mut weight) = (0.0, 0.0);
    let mut reasons = Vec::new();
    for q in inp.tagged(tag) {
        if let Some(s) = inp.score(q) {
            let w = if q.weight > 0.0 { q.weight } else { 1.0 };
            sum += s * w;
            weight += w;
            reasons.push(inp.reason_of(q));
        }
    }
    let score = (weight > 0.0).then(|| pct(sum / weight));
    let status = match score {
        Some(s) if s >= 75 => "sterk",
        Some(s) if s >= 50 => "matig",
        Some(_) => "zwak",
        None => "onbekend",
    };
    TagScore { score, status: texts::status_label(status).into(), reasons }
}

/// Scores are already reversed for pitfalls, so for both lists 75+ is in order.
fn checklist(inp: &Inputs<'_>, tag: &str) -> Checklist {
    let mut list = Checklist { ok: vec![], attention: vec![], unknown: vec![] };
    for q in inp.tagged(tag) {
        let reason = inp.reason_of(q);
        match inp.score(q) {
            Some(s) if s >= 75.0 => list.ok.push(reason),
            Some(_) => list.attention.push(reason),
            None => list.unknown.push(reason),
        }
    }
    list
}
