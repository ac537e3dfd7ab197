//! The overview across gemeenten (`regiewijzer overzicht`, docs/OVERZICHT.md): one [`Row`] per
//! gemeente, each the analysis of its respondents' consensus (the group core: [`crate::group::merge`]
//! and [`crate::group::consensus_session`]), and the comparison without names that `rapport
//! --vergelijk` shows. No terminal, no printing.
//!
//! - [`collect`] reads the inputs in two passes so that memory does not grow with the number of
//!   files: [`scan`] reads every file once and keeps only who it belongs to (a few strings per
//!   file), naming every file it skips; [`rows`] then loads one gemeente at a time, merges, analyses,
//!   keeps the row and drops the sessions (over the available cores);
//! - [`columns`] names the columns (the names `--sorteer` takes) and sorts the rows;
//! - [`render`] writes Markdown, CSV and HTML, [`xlsx`] the spreadsheet;
//! - [`compare`] the medians per step of gemeenten of similar size, never with their names;
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
    let a = analysis::analyse(questionnaire, session);
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
