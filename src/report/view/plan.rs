//! The action plan as the report shows it: the analysis' plan (`acties`, at most 7, 5 under 1 VTE)
//! for the body and `overige_acties` for the appendix, as the analysis gives them. Each action shows
//! its advice with the source by short name, how it serves the respondent's goal (`koppeling`, in full
//! the first time, then as a reference to that action), the concrete steps that add something to the
//! advice, the decision it asks of the college, at most one good practice (never one an earlier
//! action showed) and its reasons as readable lines.

use std::collections::BTreeSet;

use serde::Serialize;

use super::sources::cite;
use crate::analysis::{Action, Analysis, PracticeRef, Reason};

/// At most this many concrete steps under an action.
const MAX_STEPS: usize = 2;
/// A concrete step is shown only when less than this share of its words is already said.
const NEW_SHARE: f64 = 0.5;
/// Short words that say nothing about the content of a step (only words of 4+ letters count).
const FILLER: [&str; 24] = [
    "voor",
    "maar",
    "door",
    "zijn",
    "wordt",
    "worden",
    "deze",
    "zodat",
    "bijvoorbeeld",
    "niet",
    "ook",
    "meer",
    "want",
    "daar",
    "hier",
    "welke",
    "elke",
    "alle",
    "over",
    "naar",
    "heen",
    "tegen",
    "wanneer",
    "samen",
];

/// A good practice under an action.
#[derive(Debug, Serialize)]
pub struct PracticeView {
    gemeente: String,
    titel: String,
    tekst: String,
    feit: String,
    /// The citation by short name (`Leidraad VVSG §3.1.5`).
    bron_tekst: String,
}

/// An action as the report shows it.
#[derive(Debug, Serialize)]
pub struct ActionView {
    nummer: usize,
    titel: String,
    /// What to do.
    advies: String,
    /// Where the advice comes from, by short name (`SBV 2019 §5.1.2`), or empty.
    bron_tekst: String,
    /// How it serves the goal, themes or scenario; for a repeat, a reference to the first action.
    koppeling: Option<String>,
    /// The concrete steps that add something to the advice (at most [`MAX_STEPS`]).
    concreet: Vec<String>,
    eigenaar: String,
    horizon_label: String,
    /// The decision it asks of the college, or null.
    besluit: Option<String>,
    /// At most one practice, not shown under an earlier action.
    praktijk: Option<PracticeView>,
    redenen: Vec<Reason>,
}

/// The plan for the body and the rest for the appendix (template variables `weergave.acties` and
/// `weergave.overige_acties`), each as the analysis gives it.
pub fn plan_split(analysis: &Analysis) -> (Vec<ActionView>, Vec<ActionView>) {
    let mut shown = Shown::default();
    let actions = analysis.actions.iter().map(|a| view(a, &mut shown)).collect();
    let rest = analysis.other_actions.iter().map(|a| view(a, &mut shown)).collect();
    (actions, rest)
}

/// What earlier actions already showed.
#[derive(Default)]
struct Shown<'a> {
    practices: Vec<&'a str>,
    /// Each `koppeling` shown in full, with the action that showed it.
    links: Vec<(&'a str, usize)>,
}

fn view<'a>(action: &'a Action, shown: &mut Shown<'a>) -> ActionView {
    let practice = action.practice.as_ref().filter(|p| !shown.practices.contains(&p.id.as_str()));
    if let Some(p) = practice {
        shown.practices.push(&p.id);
    }
    let koppeling = action.link.as_deref().map(|link| {
        if let Some((_, first)) = shown.links.iter().find(|(l, _)| *l == link) {
            if link.starts_with("Dit dient uw doel") {
                format!("Ook dit dient uw doel (zie actie {first}).")
            } else {
                format!("Dit dient hetzelfde als actie {first}.")
            }
        } else {
            shown.links.push((link, action.number));
            link.to_string()
        }
    });
    ActionView {
        nummer: action.number,
        titel: action.title.clone(),
        advies: action.advice.clone(),
        bron_tekst: cite(&action.source),
        koppeling,
        concreet: new_steps(&action.advice, &action.concrete),
        eigenaar: action.owner.clone(),
        horizon_label: action.horizon_label.clone(),
        besluit: action.decision.clone(),
        praktijk: practice.map(practice_view),
        redenen: action.reasons.clone(),
    }
}

/// The steps that add something to `advice` (and to the steps before them): at least half of their
/// content words not said yet; at most [`MAX_STEPS`].
fn new_steps(advice: &str, steps: &[String]) -> Vec<String> {
    let mut said = content_words(advice);
    let mut out = Vec::new();
    for step in steps {
        let words = content_words(step);
        let known = words.intersection(&said).count();
        #[allow(clippy::cast_precision_loss)] // word counts are small
        let share = if words.is_empty() { 1.0 } else { known as f64 / words.len() as f64 };
        if share < NEW_SHARE && out.len() < MAX_STEPS {
            said.extend(words);
            out.push(step.clone());
        }
    }
    out
}

/// The words of 4+ letters of `text`, lower case, without the fillers.
fn content_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .filter(|w| !FILLER.contains(&w.as_str()))
        .collect()
}

fn practice_view(p: &PracticeRef) -> PracticeView {
    PracticeView {
        gemeente: p.gemeente.clone(),
        titel: p.title.clone(),
        tekst: p.text.clone(),
        feit: p.fact.clone(),
        bron_tekst: cite(&p.source),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_that_repeats_the_advice_is_left_out() {
        let advice = "Zorg dat de functie vaste middelen krijgt in het meerjarenplan, nog voor tijdelijke middelen \
                      aflopen, en dat een collega het dossier kent.";
        let steps = [
            "Zorg dat de functie structureel gefinancierd wordt in het meerjarenplan, nog voor de tijdelijke middelen \
             aflopen."
                .to_string(),
            "Maak een plan voor de overdracht als mensen wisselen.".to_string(),
            "Maak een plan voor de overdracht als iemand vertrekt.".to_string(),
        ];
        assert_eq!(new_steps(advice, &steps), [steps[1].clone()]);
    }

    #[test]
    fn at_most_two_steps() {
        let steps: Vec<String> =
            ["Bel de schepen.", "Schrijf een nota.", "Plan een overleg."].map(str::to_string).to_vec();
        assert_eq!(new_steps("Doe iets.", &steps).len(), MAX_STEPS);
    }

    #[test]
    fn content_words_skip_fillers_and_short_words() {
        let words: Vec<String> = content_words("Elke dienst, voor alle partners: één plan.").into_iter().collect();
        assert_eq!(words, ["dienst", "partners", "plan"]);
    }
}
