//! The overview's columns: their Dutch headers, the names `--sorteer` takes (the header in lower
//! case, accents dropped, spaces as `-`: `score-context`, `eerste-actie`), the value of each cell,
//! and a stable sort in which numbers sort as numbers, categories in their own order (inwoners from
//! small to large, position from netwerkcoördinatie to regie, scenario by number) and empty cells
//! last either way.

use std::cmp::Ordering;

use super::{Row, texts};
use crate::session::slug;

/// A column of the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The gemeente.
    Gemeente,
    /// The size class (number of inhabitants).
    Inwoners,
    /// Who works on integration.
    Organisatie,
    /// Structural VTE.
    Vte,
    /// Regie, marktsturing or netwerkcoördinatie.
    Positie,
    /// Stage of coordination.
    Fase,
    /// Breedte/diepte and inhoud/proces.
    Strategie,
    /// The procedure scenario.
    Scenario,
    /// Overall score.
    Totaal,
    /// The score of the n-th scored step.
    Score(usize),
    /// Number of respondents.
    Respondenten,
    /// Date of the last change.
    Datum,
    /// The first action of the plan.
    EersteActie,
}

/// The value of a cell, typed for the spreadsheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text (from a file or the analysis).
    Text(String),
    /// A number.
    Number(f64),
    /// A date, `YYYY-MM-DD`.
    Date(String),
    /// Nothing known.
    Empty,
}

impl Cell {
    /// The cell as text (numbers with a decimal comma; empty as empty).
    pub fn text(&self) -> String {
        match self {
            Cell::Text(t) | Cell::Date(t) => t.clone(),
            Cell::Number(n) => crate::analysis::inputs::format_number(*n),
            Cell::Empty => String::new(),
        }
    }
}

/// Why a sort column was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("onbekende kolom '{given}'")]
pub struct SortError {
    /// What was given.
    pub given: String,
    /// The names that are accepted, in column order.
    pub known: Vec<String>,
}

impl Column {
    /// Every column in order, with one score column per scored step.
    pub fn all(steps: usize) -> Vec<Column> {
        let mut cols = vec![
            Column::Gemeente,
            Column::Inwoners,
            Column::Organisatie,
            Column::Vte,
            Column::Positie,
            Column::Fase,
            Column::Strategie,
            Column::Scenario,
            Column::Totaal,
        ];
        cols.extend((0..steps).map(Column::Score));
        cols.extend([Column::Respondenten, Column::Datum, Column::EersteActie]);
        cols
    }

    /// The header, with `step_titles` for the score columns (a user's questionnaire may name its
    /// steps: control characters dropped as in [`Column::cell`]).
    pub fn header(self, step_titles: &[&str]) -> String {
        match self {
            Column::Score(i) => {
                crate::report::drop_controls(&texts::score_header(step_titles.get(i).copied().unwrap_or_default()))
                    .into_owned()
            }
            other => texts::header(other).to_string(),
        }
    }

    /// The name `--sorteer` takes.
    pub fn key(self, step_titles: &[&str]) -> String {
        slug(&self.header(step_titles))
    }

    /// Whether the column holds numbers (right-aligned).
    pub fn is_number(self) -> bool {
        matches!(self, Column::Vte | Column::Fase | Column::Totaal | Column::Score(_) | Column::Respondenten)
    }

    /// The value of this column in `row`. Text comes from other people's files: control characters
    /// (an escape sequence, a bidi override) are dropped here, for every format, as the reports do
    /// ([`crate::report::drop_controls`]); line breaks and tabs stay, for each format to quote.
    pub fn cell(self, row: &Row) -> Cell {
        let text = |t: Option<&str>| {
            t.map(crate::report::drop_controls)
                .filter(|t| !t.trim().is_empty())
                .map_or(Cell::Empty, |t| Cell::Text(t.into_owned()))
        };
        let number = |n: Option<f64>| n.map_or(Cell::Empty, Cell::Number);
        match self {
            Column::Gemeente => text(Some(&row.gemeente)),
            Column::Inwoners => text(row.inwoners_label.as_deref()),
            Column::Organisatie => text(row.organisatie.as_deref().map(texts::organisation_label)),
            Column::Vte => number(row.vte),
            Column::Positie => text(Some(&row.positie_label)),
            Column::Fase => number(row.fase.map(f64::from)),
            Column::Strategie => text(Some(&row.strategie)),
            Column::Scenario => text(Some(&row.scenario_naam)),
            Column::Totaal => number(row.totaal.map(f64::from)),
            Column::Score(i) => number(row.scores.get(i).copied().flatten().map(f64::from)),
            Column::Respondenten => Cell::Number(row.respondenten as f64),
            Column::Datum => Cell::Date(row.datum.clone()),
            Column::EersteActie => text(row.eerste_actie.as_deref()),
        }
    }

    /// What the row sorts on in this column.
    fn sort_key(self, row: &Row) -> SortKey {
        let num = |n: Option<f64>| n.map_or(SortKey::Missing, SortKey::Number);
        match self {
            Column::Inwoners => num(row.inwoners_rank.map(|r| r as f64)),
            Column::Organisatie => num(row.organisatie.as_deref().map(texts::organisation_rank)),
            Column::Positie => SortKey::Number(f64::from(row.positie as u8)),
            Column::Scenario => SortKey::Number(f64::from(row.scenario)),
            Column::Gemeente => SortKey::Text(slug(&row.gemeente)),
            other => match other.cell(row) {
                Cell::Number(n) => SortKey::Number(n),
                Cell::Text(t) | Cell::Date(t) => SortKey::Text(t.to_lowercase()),
                Cell::Empty => SortKey::Missing,
            },
        }
    }
}

#[derive(Debug, PartialEq, PartialOrd)]
enum SortKey {
    Number(f64),
    Text(String),
    Missing,
}

/// Find the column `name` names (case, accents, spaces, `-` and `_` do not matter).
pub fn find(name: &str, step_titles: &[&str]) -> Result<Column, SortError> {
    let wanted = slug(name);
    let cols = Column::all(step_titles.len());
    cols.iter()
        .copied()
        .find(|c| c.key(step_titles) == wanted)
        .ok_or_else(|| SortError { given: name.to_string(), known: cols.iter().map(|c| c.key(step_titles)).collect() })
}

/// Sort `rows` on `column`, stable (equal values keep their order), empty cells last.
pub fn sort(rows: &mut [Row], column: Column, descending: bool) {
    rows.sort_by(|a, b| {
        let (ka, kb) = (column.sort_key(a), column.sort_key(b));
        match (&ka, &kb) {
            (SortKey::Missing, SortKey::Missing) => Ordering::Equal,
            (SortKey::Missing, _) => Ordering::Greater,
            (_, SortKey::Missing) => Ordering::Less,
            _ => {
                let o = ka.partial_cmp(&kb).unwrap_or(Ordering::Equal);
                if descending { o.reverse() } else { o }
            }
        }
    });
}
