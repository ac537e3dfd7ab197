//! The overview across gemeenten (`regiewijzer overzicht`, docs/OVERZICHT.md): one [`Row`] per
//! gemeente, each the analysis of its respondents' consensus (the group core: [`crate::group::merge`]
//! and [`crate::group::consensus_session`]), and the comparison without names that `rapport
//! --vergelijk` shows. No terminal, no printing.
//!
//! - [`collect`] reads the inputs in two passes so that memory does not grow with the number of
//!   files: [`scan`] reads the head of every file and keeps only who it belongs to (a few strings
//!   per file), naming every file it skips; [`rows`] then loads one gemeente at a time, merges, analyses,
//!   keeps the row and drops the sessions (over the available cores);
//! - [`columns`] names the columns (the names `--sorteer` takes) and sorts the rows;
//! - [`render`] writes Markdown, CSV and HTML, [`xlsx`] the spreadsheet;
//! - [`compare`](mod@compare) the medians per step of gemeenten of similar size, never with their names;
//! - [`texts`] holds the Dutch wording.

pub mod collect;
pub mod columns;
pub mod compare;
pub mod render;
pub mod texts;
pub mod xlsx;

use serde::Serialize;

use crate::analysis::{self, Analysis, Positie};
use crate::questionnaire::{Kind, Questionnaire};
use crate::session::Session;

pub use collect::{Reason, Scan, Skipped, rows, scan};
pub use columns::{Column, SortError, sort};
pub use compare::{Comparison, SizeClass, compare};

/// The question that gives the number of inhabitants.
pub const INWONERS: &str = "start.inwoners";

/// One gemeente in the overview: what an `AgII` consultant scans in a portfolio.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// The gemeente, as most respondents typed it.
    pub gemeente: String,
    /// Its file-name slug (how gemeenten are told apart; never shown).
    #[serde(skip)]
    pub slug: String,
    /// The option id answered to `start.inwoners`, when known.
    pub inwoners: Option<String>,
    /// Its label in the questionnaire ("10.000 tot 25.000").
    pub inwoners_label: Option<String>,
    /// Its position in the questionnaire's option list (for sorting from small to large).
    #[serde(skip)]
    pub inwoners_rank: Option<usize>,
    /// The integration organisation (`start.organisatie`: `geen`, `een_persoon`, `dienst`), when known.
    pub organisatie: Option<String>,
    /// Structural VTE for integration, when known.
    pub vte: Option<f64>,
    /// Regie, marktsturing or netwerkcoördinatie.
    pub positie: Positie,
    /// The position's label (a mixed picture says so).
    pub positie_label: String,
    /// Stage of coordination 1–4, when known.
    pub fase: Option<u8>,
    /// The strategy in a few words ("Breedtestrategie, beleidsinhoudelijk").
    pub strategie: String,
    /// Procedure scenario 1–4.
    pub scenario: u8,
    /// Its name.
    pub scenario_naam: String,
    /// Overall score 0–100.
    pub totaal: Option<u8>,
    /// Score 0–100 per scored step (see [`scored_steps`]), in questionnaire order.
    pub scores: Vec<Option<u8>>,
    /// Respondents merged into the row.
    pub respondenten: usize,
    /// Date of the last change to what they said, `YYYY-MM-DD`.
    pub datum: String,
    /// The first action of the plan, when there is one.
    pub eerste_actie: Option<String>,
}

/// The steps that carry a score (a scored question in them), as (index, id, title): the score
/// columns. The start step only describes the gemeente, so it has none.
pub fn scored_steps(questionnaire: &Questionnaire) -> Vec<(usize, &str, &str)> {
    questionnaire
        .steps
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            questionnaire.step_questions(*i).any(|q| {
                q.weight > 0.0 && (matches!(q.kind, Kind::Scale) || q.options.iter().any(|o| o.score.is_some()))
            })
        })
        .map(|(i, s)| (i, s.id.as_str(), s.title.as_str()))
        .collect()
}

/// The row of one gemeente: the analysis of its consensus session, reduced to what the overview shows.
pub fn row(questionnaire: &Questionnaire, steps: &[(usize, &str, &str)], session: &Session, respondents: usize) -> Row {
    // A row shows no certainty: the check that reruns the rules is left out (a tenth of the time).
    let a = analysis::analyse_without_certainty(questionnaire, session);
    let inputs = analysis::Inputs::new(questionnaire, session);
    let inwoners = inputs.choice(INWONERS).map(str::to_string);
    let option = inwoners.as_deref().and_then(|id| {
        questionnaire.question(INWONERS).and_then(|q| q.options.iter().enumerate().find(|(_, o)| o.id == id))
    });
    let size = Size { label: option.map(|(_, o)| o.label.clone()), rank: option.map(|(i, _)| i), id: inwoners };
    row_of(&a, steps, size, respondents)
}

/// The answer to `start.inwoners`.
struct Size {
    id: Option<String>,
    label: Option<String>,
    rank: Option<usize>,
}

fn row_of(a: &Analysis, steps: &[(usize, &str, &str)], size: Size, respondenten: usize) -> Row {
    let s = &a.strategy;
    Row {
        gemeente: a.gemeente.trim().to_string(),
        slug: crate::session::slug(&a.gemeente),
        inwoners: size.id,
        inwoners_label: size.label,
        inwoners_rank: size.rank,
        organisatie: a.capacity.organisation.clone(),
        vte: a.capacity.vte,
        positie: a.position.value,
        positie_label: a.position.label.clone(),
        fase: a.stage.value,
        strategie: format!("{}, {}", s.breadth.label, texts::focus_short(s.inhoud_proces)),
        scenario: a.scenario.scenario,
        scenario_naam: a.scenario.name.clone(),
        totaal: a.total,
        scores: steps.iter().map(|(_, id, _)| a.steps.iter().find(|x| x.id == *id).and_then(|x| x.score)).collect(),
        respondenten,
        datum: a.date.clone(),
        eerste_actie: a.actions.first().map(|x| x.title.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows are those of the full analysis: leaving out the certainty check changes nothing
    /// a row shows (the plan, the first action and every conclusion are made without it).
    #[test]
    fn rows_are_those_of_the_full_analysis() {
        let q = crate::embedded::questionnaire("vvsg-4p").unwrap_or_else(|e| panic!("{e}"));
        let steps = scored_steps(&q);
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut sessions = Vec::new();
        for sub in ["sessions-vvsg", "workshop-netevelde"] {
            for entry in std::fs::read_dir(dir.join(sub)).unwrap_or_else(|e| panic!("{e}")) {
                let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
                sessions.push(crate::session::load(&path).unwrap_or_else(|e| panic!("{e}")));
            }
        }
        let inputs = sessions[sessions.len() - 5..]
            .iter()
            .map(|s| crate::group::Input { path: "x.toml".into(), session: s.clone() })
            .collect();
        let group = crate::group::merge(inputs).unwrap_or_else(|e| panic!("{e}")).group;
        sessions.push(crate::group::consensus_session(&q, &group));
        assert!(sessions.len() >= 17);
        let mut provisional = 0;
        for s in &sessions {
            let full = analysis::analyse(&q, s);
            provisional += usize::from(!full.provisional.is_empty());
            let a = analysis::Inputs::new(&q, s).choice(INWONERS).map(str::to_string);
            let option = a.as_deref().and_then(|id| {
                q.question(INWONERS).and_then(|x| x.options.iter().enumerate().find(|(_, o)| o.id == id))
            });
            let size = Size { label: option.map(|(_, o)| o.label.clone()), rank: option.map(|(i, _)| i), id: a };
            assert_eq!(row(&q, &steps, s, 1), row_of(&full, &steps, size, 1), "{}", s.respondent.gemeente);
        }
        assert!(provisional > 0, "some fixtures have provisional conclusions, so the check mattered");
    }
}
