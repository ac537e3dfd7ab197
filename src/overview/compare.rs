//! The comparison without names (`rapport … --vergelijk MAP`): per step, the median score of the
//! other gemeenten of similar size in an overview folder. Officials distrust league tables and want
//! the story behind a score (seed 003), so the comparison
//!
//! - only uses gemeenten of the same [`SizeClass`] (from `start.inwoners`);
//! - is only made when at least [`MIN_GEMEENTEN`] of them are in the folder, the gemeente itself
//!   not counted, and shows a step's median only when at least that many have a score for it;
//! - carries numbers only: how many were compared and the medians, never a name, a file or a rank.

use serde::Serialize;

use super::{INWONERS, Row, texts};
use crate::analysis::{Analysis, Inputs};
use crate::questionnaire::Questionnaire;
use crate::session::{Session, slug};

/// The least number of other gemeenten a comparison (and each median) rests on.
pub const MIN_GEMEENTEN: usize = 5;

/// Size classes of the comparison, from the answer to `start.inwoners`. The two largest answers
/// (50,000–100,000 and over 100,000) form one class: Flanders has only about fifteen such cities,
/// too few to compare within each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SizeClass {
    /// Fewer than 10,000 inhabitants.
    Klein,
    /// 10,000 to 25,000.
    Middelgroot,
    /// 25,000 to 50,000.
    Groot,
    /// 50,000 or more.
    Centrumstad,
}

impl SizeClass {
    /// The class of a `start.inwoners` option id.
    pub fn of(inwoners: &str) -> Option<Self> {
        match inwoners {
            "tot_10000" => Some(SizeClass::Klein),
            "10000_25000" => Some(SizeClass::Middelgroot),
            "25000_50000" => Some(SizeClass::Groot),
            "50000_100000" | "meer_100000" => Some(SizeClass::Centrumstad),
            _ => None,
        }
    }
}

/// A comparison, or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub enum Comparison {
    /// Medians per step of `count` similar gemeenten.
    Made {
        /// The size class compared within.
        class: SizeClass,
        /// How many other gemeenten were compared.
        count: usize,
        /// Per step id, the median of the others (None with fewer than [`MIN_GEMEENTEN`] scores).
        medians: Vec<(String, Option<u8>)>,
        /// The median of the overall scores.
        total: Option<u8>,
    },
    /// The gemeente's own size is not known.
    UnknownSize,
    /// Fewer than [`MIN_GEMEENTEN`] similar gemeenten.
    TooFew {
        /// The size class.
        class: SizeClass,
        /// How many there are.
        count: usize,
    },
}

/// Compare the gemeente of `session` (its slug and size) with `rows`, per step id of `step_ids`
/// (in the order of the rows' `scores`).
pub fn compare(questionnaire: &Questionnaire, session: &Session, rows: &[Row], step_ids: &[&str]) -> Comparison {
    let own = slug(&session.respondent.gemeente);
    let Some(class) = Inputs::new(questionnaire, session).choice(INWONERS).and_then(SizeClass::of) else {
        return Comparison::UnknownSize;
    };
    let similar: Vec<&Row> =
        rows.iter().filter(|r| r.slug != own && r.inwoners.as_deref().and_then(SizeClass::of) == Some(class)).collect();
    if similar.len() < MIN_GEMEENTEN {
        return Comparison::TooFew { class, count: similar.len() };
    }
    let medians = step_ids
        .iter()
        .enumerate()
        .map(|(i, id)| ((*id).to_string(), median(similar.iter().filter_map(|r| r.scores.get(i).copied().flatten()))))
        .collect();
    let total = median(similar.iter().filter_map(|r| r.totaal));
    Comparison::Made { class, count: similar.len(), medians, total }
}

/// The median of at least [`MIN_GEMEENTEN`] scores (of an even number: the mean of the middle two,
/// rounded half up), else None.
fn median(values: impl Iterator<Item = u8>) -> Option<u8> {
    let mut v: Vec<u8> = values.collect();
    if v.len() < MIN_GEMEENTEN {
        return None;
    }
    v.sort_unstable();
    let n = v.len();
    if n % 2 == 1 {
        Some(v[n / 2])
    } else {
        let sum = u16::from(v[n / 2 - 1]) + u16::from(v[n / 2]);
        u8::try_from(sum.div_ceil(2)).ok()
    }
}

#[derive(Serialize)]
struct StepView {
    titel: String,
    eigen: String,
    mediaan: String,
}

#[derive(Serialize)]
struct View {
    kop: &'static str,
    tekst: String,
    /// Empty when there is no comparison.
    stappen: Vec<StepView>,
    kolom_eigen: &'static str,
    kolom_mediaan: &'static str,
    kolom_stap: &'static str,
}

/// The report's `vergelijking` variable (templates/README.md): heading, the sentence saying what
/// was compared (or why nothing was), and per step the gemeente's own score beside the median.
pub fn view(comparison: &Comparison, analysis: &Analysis) -> serde_json::Value {
    let score = |s: Option<u8>| s.map_or_else(|| texts::NO_SCORE.to_string(), |s| format!("{s}/100"));
    let (tekst, stappen) = match comparison {
        Comparison::UnknownSize => (texts::no_comparison_size(), Vec::new()),
        Comparison::TooFew { class, count } => (texts::no_comparison_few(*count, *class), Vec::new()),
        Comparison::Made { class, count, medians, total } => {
            let mut rows: Vec<StepView> = medians
                .iter()
                .filter_map(|(id, m)| {
                    let own = analysis.steps.iter().find(|s| &s.id == id)?;
                    Some(StepView {
                        titel: own.title.clone(),
                        eigen: score(own.score),
                        mediaan: m.map_or_else(|| texts::TOO_FEW.to_string(), |m| format!("{m}/100")),
                    })
                })
                .collect();
            rows.push(StepView {
                titel: super::texts::header(super::Column::Totaal).to_string(),
                eigen: score(analysis.total),
                mediaan: total.map_or_else(|| texts::TOO_FEW.to_string(), |m| format!("{m}/100")),
            });
            (texts::comparison_intro(*count, *class), rows)
        }
    };
    serde_json::to_value(View {
        kop: texts::COMPARISON_HEADING,
        tekst,
        stappen,
        kolom_eigen: texts::OWN_SCORE,
        kolom_mediaan: texts::MEDIAN,
        kolom_stap: texts::STEP,
    })
    .unwrap_or(serde_json::Value::Null)
}

/// The report's `vergelijking` variable for the gemeente of `session` (analysed as `analysis`)
/// against the overview `rows` of a folder.
pub fn context(
    questionnaire: &Questionnaire,
    session: &Session,
    analysis: &Analysis,
    rows: &[Row],
) -> serde_json::Value {
    let steps = super::scored_steps(questionnaire);
    let ids: Vec<&str> = steps.iter().map(|(_, id, _)| *id).collect();
    view(&compare(questionnaire, session, rows, &ids), analysis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_median_needs_five_scores() {
        assert_eq!(median([10, 20, 30, 40].into_iter()), None);
        assert_eq!(median([50, 10, 40, 20, 30].into_iter()), Some(30));
        assert_eq!(median([10, 20, 30, 41, 50, 61].into_iter()), Some(36), "35.5 rounds up");
    }

    #[test]
    fn size_classes_join_the_two_largest() {
        assert_eq!(SizeClass::of("tot_10000"), Some(SizeClass::Klein));
        assert_eq!(SizeClass::of("50000_100000"), SizeClass::of("meer_100000"));
        assert_eq!(SizeClass::of("weet_niet"), None);
    }
}
