//! Page 1, "Samenvatting voor het college": the verdict in words (with a caution when the answers
//! leave too much unknown), position, stage, strategy and scenario in one sentence each, the
//! quadrant as a small picture, the decisions asked of the college, and the strengths as findings.
//!
//! The decisions are the analysis' (`beslissingen`, [`college_decisions`]); the strengths are the
//! analysis' findings, topped up from the results ([`strength_findings`]).

use serde::Serialize;

use crate::analysis::{Analysis, Breadth, Focus, ItemStatus, ReadinessStatus, texts};
use crate::questionnaire::Questionnaire;

/// At most this many decisions on page 1 (a college handles three to five).
pub const MAX_DECISIONS: usize = 5;
/// At most this many strengths in the body.
const MAX_FINDINGS: usize = 3;
/// Information gaps from this share of the asked questions on make the verdict weak (1 in 10).
const GAP_SHARE: usize = 10;
/// … or from this many gaps on.
const GAP_COUNT: usize = 5;

/// The verdict: score, a word for it, and a caution when it rests on too little.
#[derive(Debug, Serialize)]
pub struct Verdict {
    /// `67/100` or `geen score`.
    pub score_tekst: String,
    /// `sterk`, `gedeeltelijk op orde`, `zwak`, or `niet te bepalen`.
    pub label: &'static str,
    /// The verdict in one sentence.
    pub zin: String,
    /// Why the verdict is weak (information gaps, steps without a score, short intake), or null.
    pub voorbehoud: Option<String>,
}

/// One cell of the small quadrant picture (SVG units).
#[derive(Debug, Serialize)]
pub struct PictureCell {
    x: u32,
    y: u32,
    /// Centre of the cell, for its mark.
    midden_x: u32,
    midden_y: u32,
    gekozen: bool,
}

/// The 2×2 strategy picture: cells in reading order (inhoud row, then proces row; breedte left).
#[derive(Debug, Serialize)]
pub struct Picture {
    cellen: Vec<PictureCell>,
    /// Text alternative: which cell(s) are chosen.
    beschrijving: String,
}

/// A decision asked of the college.
#[derive(Debug, Serialize)]
pub struct Decision {
    /// The action it belongs to (links to `#actie-N`).
    pub actie: usize,
    /// What the college decides.
    pub tekst: String,
    /// Who carries it out.
    pub eigenaar: String,
    /// `nu`, `dit jaar`, `meerjarenplan`.
    pub horizon_label: String,
}

/// A strength, written as a finding.
#[derive(Debug, Serialize)]
pub struct Finding {
    /// The finding in one sentence.
    pub tekst: String,
}

/// Everything page 1 shows (template variable `weergave.college`).
#[derive(Debug, Serialize)]
pub struct College {
    oordeel: Verdict,
    positie_zin: String,
    fase_zin: String,
    strategie_zin: String,
    procedure_zin: String,
    /// The four lines' labels, `Positie` or `Positie (voorlopig)` when the line rests on questions
    /// without a known answer.
    koppen: Labels,
    /// One sentence naming the provisional lines, pointing to their notes in the body; null when
    /// every line is settled. Page 1 stays short: the notes themselves sit in their sections.
    voorlopig: Option<String>,
    kwadrant: Picture,
    /// The sentence above the decisions, or in their place when the plan asks none.
    beslissingen_intro: &'static str,
    beslissingen: Vec<Decision>,
}

/// The labels of page 1's four lines.
#[derive(Debug, Serialize)]
pub struct Labels {
    positie: String,
    fase: String,
    strategie: String,
    procedure: String,
}

fn label(name: &str, provisional: bool) -> String {
    if provisional { format!("{name} (voorlopig)") } else { name.to_string() }
}

/// Page 1 of the report.
pub fn college(analysis: &Analysis, questionnaire: &Questionnaire, strategy_sentence: String) -> College {
    let mut oordeel = verdict(analysis, questionnaire);
    // With a caution already there, one short clause in it instead of a paragraph of its own: page 1
    // stays one A4 page.
    let voorlopig = match (&mut oordeel.voorbehoud, provisional_sentence(analysis)) {
        (Some(caution), Some(_)) => {
            caution.push_str(" Ook wat hieronder als voorlopig gemarkeerd is, kan nog veranderen.");
            None
        }
        (_, sentence) => sentence,
    };
    College {
        oordeel,
        positie_zin: format!("{}. {}", analysis.position.label, first_sentence(&analysis.position.explanation)),
        fase_zin: match analysis.stage.value {
            Some(_) => format!("Fase {}. {}", analysis.stage.label, first_sentence(&analysis.stage.explanation)),
            None => format!("Fase onbekend. {}", first_sentence(&analysis.stage.explanation)),
        },
        strategie_zin: match readiness_clause(analysis) {
            Some(clause) => format!("{strategy_sentence} {clause}"),
            None => strategy_sentence,
        },
        procedure_zin: format!(
            "Scenario {}, {}. {}",
            analysis.scenario.scenario,
            lower_first(&analysis.scenario.name),
            first_sentence(&analysis.scenario.explanation)
        ),
        koppen: Labels {
            positie: label("Positie", !analysis.position.certainty.settled),
            fase: label("Fase", analysis.stage.value.is_some() && !analysis.stage.certainty.settled),
            strategie: label("Strategie", strategy_certainties(analysis).any(|c| !c.settled)),
            procedure: label("Procedure", !analysis.scenario.certainty.settled),
        },
        voorlopig,
        kwadrant: picture(analysis),
        beslissingen_intro: decisions_intro(analysis),
        beslissingen: college_decisions(analysis),
    }
}

/// The certainties behind the strategy line: readiness, breedte/diepte, inhoud/proces.
fn strategy_certainties(analysis: &Analysis) -> impl Iterator<Item = &crate::analysis::zekerheid::Certainty> {
    let s = &analysis.strategy;
    [&s.readiness.certainty, &s.breadth.certainty, &s.focus.certainty].into_iter()
}

/// The sentence naming what on page 1 is provisional, in its order (position, stage, strategy,
/// scenario); a stage that is unknown says so itself.
fn provisional_sentence(analysis: &Analysis) -> Option<String> {
    let stage = analysis.stage.value.is_some() && !analysis.stage.certainty.settled;
    let lines = [
        ("de positie", !analysis.position.certainty.settled),
        ("de fase", stage),
        ("de strategie", strategy_certainties(analysis).any(|c| !c.settled)),
        ("het scenario", !analysis.scenario.certainty.settled),
    ];
    let open: Vec<&str> = lines.iter().filter(|(_, provisional)| *provisional).map(|(name, _)| *name).collect();
    (!open.is_empty()).then(|| {
        let (verb, pronoun) = if open.len() == 1 { ("is", "het rust") } else { ("zijn", "ze rusten") };
        let mut text = join_and(&open);
        text.replace_range(..1, &text[..1].to_uppercase());
        format!(
            "{text} {verb} voorlopig: {pronoun} op vragen zonder gekend antwoord (niet gesteld, «weet niet» of nog open). \
             Wat de uitkomst nog kan veranderen, staat bij elk onderdeel verderop."
        )
    })
}

/// The sentence above the decisions, or in their place when there are none.
fn decisions_intro(analysis: &Analysis) -> &'static str {
    match (analysis.decisions.is_empty(), analysis.actions.is_empty()) {
        (false, _) => "Het actieplan vraagt het college om deze beslissingen:",
        (true, false) => "Het actieplan vraagt nu geen beslissing van het college; de acties staan in het actieplan.",
        (true, true) => "Er zijn geen acties: het college hoeft nu niets te beslissen.",
    }
}

/// The decisions the plan asks of the college (at most five, in plan order), with who prepares them
/// and when. Fewer than three are shown as they are: the plan asks no more.
pub fn college_decisions(analysis: &Analysis) -> Vec<Decision> {
    analysis
        .decisions
        .iter()
        .take(MAX_DECISIONS)
        .map(|d| Decision {
            actie: d.action,
            tekst: d.text.clone(),
            eigenaar: d.owner.clone(),
            horizon_label: d.horizon_label.clone(),
        })
        .collect()
}

/// The strengths as findings: the analysis' own (at most three), topped up to three with what the
/// results show is strong (readiness, interne and externe regie, pitfalls avoided, conditions met,
/// stage, the best step) when the analysis found fewer.
pub fn strength_findings(analysis: &Analysis) -> Vec<Finding> {
    let mut out: Vec<String> = analysis.strengths.iter().map(|s| s.text.clone()).collect();
    out.extend(derived_findings(analysis));
    out.into_iter().take(MAX_FINDINGS).map(|tekst| Finding { tekst }).collect()
}

fn derived_findings(a: &Analysis) -> Vec<String> {
    let mut out = Vec::new();
    if a.strategy.readiness.status == ReadinessStatus::Klaar {
        out.push("Mandaat, draagvlak, middelen en visie zijn voldoende aanwezig om de regie te versterken.".into());
    }
    if a.process.interne_regie.status == "sterk" {
        out.push(format!("De interne regie staat sterk ({}).", score_text(a.process.interne_regie.score)));
    }
    if a.process.externe_regie.status == "sterk" {
        out.push(format!(
            "De samenwerking met partners volgt wat de leidraad aanbeveelt ({}).",
            score_text(a.process.externe_regie.score)
        ));
    }
    let dont = &a.process.dont_list;
    if dont.attention.is_empty() && dont.ok.len() >= 3 {
        let total = dont.ok.len() + dont.unknown.len();
        out.push(format!(
            "De gemeente vermijdt de bekende valkuilen van samenwerking ({} van {total}).",
            dont.ok.len()
        ));
    }
    for set in &a.conditions {
        if set.not_met.is_empty() && set.unknown.is_empty() && !set.met.is_empty() {
            out.push(format!("Alle {} zijn vervuld.", lower_first(&set.label)));
        }
    }
    if a.stage.value.is_some_and(|s| s >= 3) {
        out.push(format!("De samenwerking met partners is al ver gegroeid (fase {}).", a.stage.label));
    }
    if let Some(best) = a.steps.iter().filter(|s| s.score.is_some_and(|v| v >= 75)).max_by_key(|s| s.score) {
        out.push(format!("De stap {} scoort het sterkst ({}).", best.title, score_text(best.score)));
    }
    out
}

/// Readiness for breadth in a few words, naming only the items that are not in place (none when all
/// four are).
fn readiness_clause(a: &Analysis) -> Option<String> {
    let r = &a.strategy.readiness;
    let items =
        |s: ItemStatus| -> Vec<&str> { r.items.iter().filter(|i| i.status == s).map(|i| i.label.as_str()).collect() };
    let (lacking, weak) = (items(ItemStatus::Tekort), items(ItemStatus::TeVersterken));
    let mut parts = Vec::new();
    if !lacking.is_empty() {
        parts.push(format!("tekort aan {}", join_and(&lacking)));
    }
    if !weak.is_empty() {
        parts.push(format!("{} te versterken", join_and(&weak)));
    }
    let detail = parts.join("; ");
    match r.status {
        ReadinessStatus::Klaar => None,
        ReadinessStatus::Onbekend => Some("Of de gemeente klaar is voor breedte, is nog niet te zeggen.".to_string()),
        _ if detail.is_empty() => Some(format!("{}.", r.label)),
        _ => Some(format!("{}: {detail}.", r.label)),
    }
}

/// The verdict on the total score, with a caution when gaps or unscored steps make it weak.
fn verdict(a: &Analysis, questionnaire: &Questionnaire) -> Verdict {
    let label = verdict_label(a.total);
    let zin = match a.total {
        Some(score) => format!("Totaalscore {score}/100: de regie over het lokaal integratiebeleid is {label}."),
        None => "Er is geen totaalscore: te weinig vragen kregen een beoordeeld antwoord.".to_string(),
    };
    Verdict { score_tekst: score_text(a.total), label, zin, voorbehoud: caution(a, questionnaire) }
}

/// `sterk` from 75, `gedeeltelijk op orde` from 50, else `zwak` (the thresholds of strong and weak
/// answers in the analysis).
fn verdict_label(total: Option<u8>) -> &'static str {
    match total {
        Some(75..) => "sterk",
        Some(50..) => "gedeeltelijk op orde",
        Some(_) => "zwak",
        None => "niet te bepalen",
    }
}

fn caution(a: &Analysis, questionnaire: &Questionnaire) -> Option<String> {
    let asked: usize = a.steps.iter().map(|s| s.asked).sum();
    let gaps = a.gaps.iter().filter(|g| g.prompt != texts::MISSING_QUESTION).count();
    let mut parts = Vec::new();
    if a.mode == "kort" {
        parts.push("het steunt op de korte intake".to_string());
    }
    if gaps > 0 && (gaps >= GAP_COUNT || gaps * GAP_SHARE >= asked) {
        parts.push(format!("{gaps} van de {asked} gestelde vragen bleven zonder antwoord of kregen \"weet niet\""));
    }
    // A step without a score counts only when the questionnaire scores it (Start never has a score).
    let scored = |id: &str| {
        let step = questionnaire.steps.iter().position(|x| x.id == id);
        step.is_some_and(|i| questionnaire.step_questions(i).any(|q| q.weight > 0.0))
    };
    let unscored: Vec<&str> = a
        .steps
        .iter()
        .filter(|s| s.score.is_none() && s.asked > 0 && scored(&s.id))
        .map(|s| s.title.as_str())
        .collect();
    match unscored.as_slice() {
        [] => {}
        [one] => parts.push(format!("de stap {one} heeft geen score")),
        more => parts.push(format!("de stappen {} hebben geen score", join_and(more))),
    }
    (!parts.is_empty()).then(|| {
        format!(
            "Dit oordeel is voorlopig: {}. Vul die informatie aan en maak het rapport opnieuw.",
            join_and(&parts.iter().map(String::as_str).collect::<Vec<_>>())
        )
    })
}

fn picture(a: &Analysis) -> Picture {
    const LEFT: u32 = 64;
    const TOP: u32 = 22;
    const CELL_W: u32 = 78;
    const CELL_H: u32 = 46;
    let mut cellen = Vec::new();
    let mut chosen = Vec::new();
    for (row, focus) in (0u32..).zip([Focus::Beleidsinhoudelijk, Focus::Procesmatig]) {
        for (col, breadth) in (0u32..).zip([Breadth::Breedte, Breadth::Diepte]) {
            let gekozen = a
                .strategy
                .quadrants
                .iter()
                .any(|q| q.chosen && q.breedte_diepte == breadth && q.inhoud_proces == focus);
            if gekozen {
                chosen.push(texts::quadrant(breadth, focus).to_lowercase());
            }
            let (x, y) = (LEFT + CELL_W * col, TOP + CELL_H * row);
            cellen.push(PictureCell { x, y, midden_x: x + CELL_W / 2, midden_y: y + CELL_H / 2 + 5, gekozen });
        }
    }
    let beschrijving = if chosen.is_empty() {
        "Geen vak gekozen.".to_string()
    } else {
        format!("Gekozen: {}.", join_and(&chosen.iter().map(String::as_str).collect::<Vec<_>>()))
    };
    Picture { cellen, beschrijving }
}

fn score_text(score: Option<u8>) -> String {
    score.map_or_else(|| "geen score".to_string(), |s| format!("{s}/100"))
}

/// The text up to and including its first full stop followed by a space (or all of it).
pub fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    text.find(". ").map_or(text, |i| &text[..=i])
}

/// `Op eigen kracht` → `op eigen kracht`; an abbreviation (`MAT`) stays.
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if chars.clone().next().is_some_and(char::is_lowercase) => c.to_lowercase().chain(chars).collect(),
        _ => text.to_string(),
    }
}

/// `a`, `a en b`, `a, b en c`.
fn join_and(parts: &[&str]) -> String {
    match parts {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} en {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_labels_follow_the_answer_thresholds() {
        assert_eq!(verdict_label(Some(100)), "sterk");
        assert_eq!(verdict_label(Some(75)), "sterk");
        assert_eq!(verdict_label(Some(74)), "gedeeltelijk op orde");
        assert_eq!(verdict_label(Some(50)), "gedeeltelijk op orde");
        assert_eq!(verdict_label(Some(49)), "zwak");
        assert_eq!(verdict_label(Some(0)), "zwak");
        assert_eq!(verdict_label(None), "niet te bepalen");
    }

    #[test]
    fn sentences_and_lists() {
        assert_eq!(first_sentence("Een. Twee. Drie."), "Een.");
        assert_eq!(first_sentence("Alleen deze"), "Alleen deze");
        assert_eq!(first_sentence(" Eén zin. "), "Eén zin.");
        assert_eq!(join_and(&["a", "b", "c"]), "a, b en c");
        assert_eq!(join_and(&["a"]), "a");
        assert_eq!(lower_first("De vaste basisgroep"), "de vaste basisgroep");
        assert_eq!(lower_first("MAT"), "MAT");
        assert_eq!(lower_first("Ja"), "ja");
    }
}
