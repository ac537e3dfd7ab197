//! The template context: `rapport` (the JSON document, [`super::JsonReport`]) and `weergave`
//! (presentation data both templates share: page 1 for the college ([`college`]), the action plan
//! split into body and appendix ([`plan`]), the bar chart's geometry, the strategy grid, short
//! summaries of the conditions and the process lists, the appendix with every answer and note, the
//! actors one block each, the sources with their short names ([`sources`])). Variables are listed
//! in `templates/README.md`.

pub mod college;
pub mod plan;
pub mod sources;

use std::collections::HashMap;

use serde::Serialize;
use serde_json::{Value, json};

use super::JsonReport;
use crate::analysis::inputs::answer_label;
use crate::analysis::{Analysis, Breadth, Focus, Reason, Warning, texts};
use crate::questionnaire::Questionnaire;
use crate::session::Session;

/// Width of the step-title column of the bar chart, in SVG units.
const LABEL_WIDTH: u32 = 190;
/// Width of a bar at 100.
const BAR_MAX: u32 = 300;
/// Height of a chart row.
const ROW: u32 = 34;

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

#[derive(Serialize)]
struct Bar {
    titel: String,
    waarde_tekst: String,
    y: u32,
    tekst_y: u32,
    breedte: u32,
    waarde_x: u32,
}

#[derive(Serialize)]
struct Chart {
    breedte: u32,
    hoogte: u32,
    label_breedte: u32,
    balken: Vec<Bar>,
}

#[derive(Serialize)]
struct QuadCell {
    kolom: &'static str,
    betekenis: String,
    gekozen: bool,
}

#[derive(Serialize)]
struct QuadRow {
    label: &'static str,
    cellen: Vec<QuadCell>,
}

#[derive(Serialize)]
struct StepView {
    id: String,
    titel: String,
    intro: String,
    bron: String,
    score_tekst: String,
}

#[derive(Serialize)]
struct AppendixRow {
    id: String,
    vraag: String,
    antwoord: String,
    /// `sterk`, `zwak`, `onbekend`, or empty (neutral or not scored).
    oordeel: &'static str,
    notitie: Option<String>,
}

#[derive(Serialize)]
struct AppendixStep {
    titel: String,
    vragen: Vec<AppendixRow>,
}

/// A condition set: in one line for the body, row by row for the appendix.
#[derive(Serialize)]
struct ConditionSummary {
    label: String,
    zin: String,
    rijen: Vec<CheckRow>,
}

/// One row of a checklist table (a condition, or a point of the wel/niet-doen list).
#[derive(Serialize)]
struct CheckRow {
    vraagtekst: String,
    /// `wel doen` or `niet doen` (empty for a condition).
    soort: &'static str,
    /// `✔`, `✘` or `?`.
    teken: &'static str,
    /// `vervuld`, `niet vervuld`, `in orde`, `aandacht nodig`, `vermeden`, `komt voor`, `onbekend`.
    stand: &'static str,
    antwoord: String,
}

/// A labelled group of reasons (the waarom of the inhoud/proces choice).
#[derive(Serialize)]
struct ReasonGroup {
    kop: &'static str,
    redenen: Vec<Reason>,
}

/// One labelled value of an actor.
#[derive(Serialize)]
struct ActorField {
    label: String,
    waarde: String,
}

/// One actor as a block: its name (the inventory's first column) and the other fields.
#[derive(Serialize)]
struct ActorView {
    naam: String,
    velden: Vec<ActorField>,
}

#[derive(Serialize)]
struct View<'a> {
    titel: &'static str,
    datum_tekst: String,
    respondent_tekst: String,
    modus_tekst: &'static str,
    versie_verschil: Option<String>,
    totaal_tekst: String,
    college: college::College,
    sterktes: Vec<college::Finding>,
    grafiek: Chart,
    kolommen: [&'static str; 2],
    kwadrant_rijen: Vec<QuadRow>,
    kwadrant_tekst: String,
    stappen: Vec<StepView>,
    inhoud_proces_waarom: Vec<ReasonGroup>,
    strategie_waarschuwingen: Vec<&'a Warning>,
    voorwaarden: Vec<ConditionSummary>,
    /// One sentence in place of the condition sets when none of their questions was asked.
    voorwaarden_leeg: Option<&'static str>,
    wel_doen_tekst: String,
    proceslijst: Vec<CheckRow>,
    acties: Vec<plan::ActionView>,
    overige_acties: Vec<plan::ActionView>,
    heeft_actoren: bool,
    actoren: Vec<ActorView>,
    bijlage: Vec<AppendixStep>,
    bronnen: &'static [sources::Source],
}

/// The whole template context.
pub fn context(analysis: &Analysis, questionnaire: &Questionnaire, session: &Session) -> Value {
    let (acties, overige_acties) = plan::plan_split(analysis);
    let kwadrant_tekst = quadrant_text(analysis);
    let view = View {
        titel: "Adviesrapport regie en coördinatie van het lokaal integratiebeleid",
        datum_tekst: dutch_date(&analysis.date),
        respondent_tekst: respondent(analysis),
        modus_tekst: if analysis.mode == "kort" { "korte intake" } else { "volledige vragenlijst" },
        versie_verschil: (analysis.questionnaire.session_version != analysis.questionnaire.version).then(|| {
            format!(
                "De sessie werd ingevuld met versie {} van de vragenlijst; dit rapport gebruikt versie {}.",
                analysis.questionnaire.session_version, analysis.questionnaire.version
            )
        }),
        totaal_tekst: score_text(analysis.total),
        college: college::college(analysis, questionnaire, kwadrant_tekst.clone()),
        sterktes: college::strength_findings(analysis),
        grafiek: chart(analysis),
        kolommen: [texts::breadth_label(Breadth::Breedte), texts::breadth_label(Breadth::Diepte)],
        kwadrant_rijen: quadrant_rows(analysis),
        kwadrant_tekst,
        stappen: steps(analysis, questionnaire),
        inhoud_proces_waarom: focus_reasons(analysis),
        strategie_waarschuwingen: strategy_warnings(analysis),
        voorwaarden: condition_summaries(analysis),
        voorwaarden_leeg: conditions_not_asked(analysis),
        wel_doen_tekst: do_list_text(analysis),
        proceslijst: process_rows(analysis),
        acties,
        overige_acties,
        heeft_actoren: !analysis.actors.rows.is_empty(),
        actoren: actors(analysis),
        bijlage: appendix(analysis, questionnaire, session),
        bronnen: sources::SOURCES,
    };
    // `vergelijking` is filled by `rapport --vergelijk` (overview::compare::context).
    json!({ "rapport": JsonReport::new(analysis), "weergave": view, "vergelijking": null })
}

/// `2026-11-25` → `25 november 2026`.
pub(crate) fn dutch_date(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => match (m.parse::<usize>(), d.parse::<u32>()) {
            (Ok(m @ 1..=12), Ok(d)) => format!("{d} {} {y}", MONTHS[m - 1]),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

fn respondent(analysis: &Analysis) -> String {
    let r = &analysis.respondent;
    if r.name.trim().is_empty() {
        format!("anoniem ({})", r.role_label)
    } else {
        format!("{} ({})", r.name, r.role_label)
    }
}

fn score_text(score: Option<u8>) -> String {
    score.map_or_else(|| "geen score".to_string(), |s| format!("{s}/100"))
}

fn chart(analysis: &Analysis) -> Chart {
    let balken: Vec<Bar> = analysis
        .steps
        .iter()
        .zip(0u32..)
        .map(|(s, i)| {
            let breedte = s.score.map_or(0, |v| u32::from(v) * BAR_MAX / 100);
            Bar {
                titel: s.title.clone(),
                waarde_tekst: score_text(s.score),
                y: i * ROW + 8,
                tekst_y: i * ROW + 25,
                breedte,
                waarde_x: LABEL_WIDTH + BAR_MAX + 10,
            }
        })
        .collect();
    let rows = u32::try_from(balken.len()).unwrap_or(u32::MAX / ROW);
    Chart { breedte: LABEL_WIDTH + BAR_MAX + 90, hoogte: rows * ROW + 16, label_breedte: LABEL_WIDTH, balken }
}

fn quadrant_rows(analysis: &Analysis) -> Vec<QuadRow> {
    [Focus::Beleidsinhoudelijk, Focus::Procesmatig]
        .into_iter()
        .map(|f| QuadRow {
            label: texts::focus_label(f),
            cellen: analysis
                .strategy
                .quadrants
                .iter()
                .filter(|q| q.inhoud_proces == f)
                .map(|q| QuadCell {
                    kolom: texts::breadth_label(q.breedte_diepte),
                    betekenis: q.meaning.clone(),
                    gekozen: q.chosen,
                })
                .collect(),
        })
        .collect()
}

fn quadrant_text(analysis: &Analysis) -> String {
    let s = &analysis.strategy;
    let meanings: Vec<String> = s
        .quadrants
        .iter()
        .filter(|q| q.chosen)
        .map(|q| college::lower_first(q.meaning.trim().trim_end_matches('.')))
        .collect();
    format!("{}, {}: {}.", s.breadth.label, s.focus.label.to_lowercase(), meanings.join(", en "))
}

fn steps(analysis: &Analysis, questionnaire: &Questionnaire) -> Vec<StepView> {
    analysis
        .steps
        .iter()
        .map(|s| {
            let step = questionnaire.steps.iter().find(|x| x.id == s.id);
            StepView {
                id: s.id.clone(),
                titel: s.title.clone(),
                intro: step.map(|x| x.intro.clone()).unwrap_or_default(),
                bron: step.map(|x| sources::cite(&x.source)).unwrap_or_default(),
                score_tekst: score_text(s.score),
            }
        })
        .collect()
}

/// Each condition set in one sentence: how many are met, not met, unknown (the tables are in the
/// appendix).
fn condition_summaries(analysis: &Analysis) -> Vec<ConditionSummary> {
    analysis
        .conditions
        .iter()
        .map(|c| {
            let total = c.met.len() + c.not_met.len() + c.unknown.len();
            let zin = if total == 0 && analysis.mode == "kort" {
                "De korte intake vraagt hier niet naar; de volledige vragenlijst overloopt deze voorwaarden."
                    .to_string()
            } else if total == 0 {
                "Deze vragenlijst bevat er geen.".to_string()
            } else {
                tally(
                    format!("{} van de {total} vervuld", c.met.len()),
                    &[(c.not_met.len(), "niet of maar gedeeltelijk"), (c.unknown.len(), "onbekend")],
                )
            };
            let rijen = [(&c.met, "✔", "vervuld"), (&c.not_met, "✘", "niet vervuld"), (&c.unknown, "?", "onbekend")]
                .into_iter()
                .flat_map(|(list, teken, stand)| list.iter().map(move |r| check_row(r, "", teken, stand)))
                .collect();
            ConditionSummary { label: c.label.clone(), zin, rijen }
        })
        .collect()
}

/// When no condition of any set was asked: why, in one sentence (else none).
fn conditions_not_asked(analysis: &Analysis) -> Option<&'static str> {
    let asked = analysis.conditions.iter().any(|c| !(c.met.is_empty() && c.not_met.is_empty() && c.unknown.is_empty()));
    match (asked, analysis.mode == "kort") {
        (true, _) => None,
        (false, true) => Some(
            "De korte intake vraagt niet naar de voorwaarden van de strategie; de volledige vragenlijst overloopt ze.",
        ),
        (false, false) => Some("Deze vragenlijst vraagt niet naar de voorwaarden van de strategie."),
    }
}

fn check_row(r: &Reason, soort: &'static str, teken: &'static str, stand: &'static str) -> CheckRow {
    CheckRow { vraagtekst: r.prompt.clone(), soort, teken, stand, antwoord: r.answer.clone() }
}

/// The wel/niet-doen list as table rows: what is in order first, then what needs attention.
fn process_rows(analysis: &Analysis) -> Vec<CheckRow> {
    let (d, n) = (&analysis.process.do_list, &analysis.process.dont_list);
    let groups = [
        (&d.ok, "wel doen", "✔", "in orde"),
        (&d.attention, "wel doen", "✘", "aandacht nodig"),
        (&d.unknown, "wel doen", "?", "onbekend"),
        (&n.ok, "niet doen", "✔", "vermeden"),
        (&n.attention, "niet doen", "✘", "komt voor"),
        (&n.unknown, "niet doen", "?", "onbekend"),
    ];
    groups
        .into_iter()
        .flat_map(|(list, soort, teken, stand)| list.iter().map(move |r| check_row(r, soort, teken, stand)))
        .collect()
}

/// Why inhoud or proces, grouped: the bestuur's wish, then the answers leaning each way; empty when
/// no answer leans either way (the template then shows the plain `redenen`).
fn focus_reasons(analysis: &Analysis) -> Vec<ReasonGroup> {
    let f = &analysis.strategy.focus;
    if f.leans_content.is_empty() && f.leans_process.is_empty() {
        return Vec::new();
    }
    let wish = f.wish.and(f.reasons.first()).map(|r| vec![r.clone()]).unwrap_or_default();
    [
        ("Wens van het bestuur", wish),
        ("Pleit voor beleidsinhoudelijk", f.leans_content.clone()),
        ("Pleit voor procesmatig", f.leans_process.clone()),
    ]
    .into_iter()
    .filter(|(_, redenen)| !redenen.is_empty())
    .map(|(kop, redenen)| ReasonGroup { kop, redenen })
    .collect()
}

/// The strategy's warnings the body shows: all but "breadth with conditions", which says again what
/// the readiness line already names.
fn strategy_warnings(analysis: &Analysis) -> Vec<&Warning> {
    analysis.strategy.warnings.iter().filter(|w| w.kind != texts::W_BREEDTE_MET_VOORWAARDEN).collect()
}

/// The do-list in one sentence.
fn do_list_text(analysis: &Analysis) -> String {
    let l = &analysis.process.do_list;
    let total = l.ok.len() + l.attention.len() + l.unknown.len();
    tally(
        format!("{} van de {total} punten in orde", l.ok.len()),
        &[(l.attention.len(), "vragen aandacht"), (l.unknown.len(), "onbekend")],
    )
}

/// `first`, then `, n what` for each non-zero count, and a full stop.
fn tally(first: String, counts: &[(usize, &str)]) -> String {
    let mut parts = vec![first];
    parts.extend(counts.iter().filter(|(n, _)| *n > 0).map(|(n, what)| format!("{n} {what}")));
    parts.join(", ") + "."
}

/// The actor inventory as one block per actor: the first column names it, the others are its fields.
fn actors(analysis: &Analysis) -> Vec<ActorView> {
    let columns = &analysis.actors.columns;
    analysis
        .actors
        .rows
        .iter()
        .map(|row| ActorView {
            naam: row.first().cloned().unwrap_or_default(),
            velden: columns
                .iter()
                .zip(row)
                .skip(1)
                .map(|(label, waarde)| ActorField { label: label.clone(), waarde: waarde.clone() })
                .collect(),
        })
        .collect()
}

/// How the analysis judged each answer: strong, weak or unknown (by question id).
fn judgements(analysis: &Analysis) -> HashMap<&str, &'static str> {
    let mut out = HashMap::new();
    for step in &analysis.steps {
        for (list, label) in [(&step.strong, "sterk"), (&step.weak, "zwak"), (&step.unknown, "onbekend")] {
            for r in list {
                out.insert(r.question.as_str(), label);
            }
        }
    }
    out
}

/// Every question that is asked or has an entry, by step, with the analysis' judgement; then entries
/// the questionnaire does not know.
fn appendix(analysis: &Analysis, questionnaire: &Questionnaire, session: &Session) -> Vec<AppendixStep> {
    let judged = judgements(analysis);
    let mut out: Vec<AppendixStep> = questionnaire
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| AppendixStep {
            titel: step.title.clone(),
            vragen: questionnaire
                .step_questions(i)
                .filter(|q| questionnaire.is_visible(q, session) || session.entries.contains_key(&q.id))
                .map(|q| AppendixRow {
                    id: q.id.clone(),
                    vraag: q.prompt.clone(),
                    antwoord: session
                        .answer(&q.id)
                        .map_or_else(|| texts::NOT_ANSWERED.to_string(), |a| answer_label(q, a)),
                    oordeel: judged.get(q.id.as_str()).copied().unwrap_or(""),
                    notitie: session.note(&q.id).map(str::to_string),
                })
                .collect(),
        })
        .filter(|s| !s.vragen.is_empty())
        .collect();
    let unknown: Vec<AppendixRow> = session
        .unknown_ids(questionnaire)
        .into_iter()
        .map(|id| AppendixRow {
            id: id.to_string(),
            vraag: "(niet in deze vragenlijst)".to_string(),
            antwoord: session.answer(id).map_or_else(|| texts::NOT_ANSWERED.to_string(), raw_answer),
            oordeel: "",
            notitie: session.note(id).map(str::to_string),
        })
        .collect();
    if !unknown.is_empty() {
        out.push(AppendixStep { titel: "Antwoorden buiten deze vragenlijst".to_string(), vragen: unknown });
    }
    out
}

fn raw_answer(answer: &crate::session::Answer) -> String {
    use crate::session::Answer;
    match answer {
        Answer::Choice(c) => c.clone(),
        Answer::Choices(c) => c.join(", "),
        Answer::Number(n) => crate::analysis::inputs::format_number(*n),
        Answer::Text(t) => t.clone(),
        Answer::Records(r) => texts::records(r.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_in_dutch() {
        assert_eq!(dutch_date("2026-11-25"), "25 november 2026");
        assert_eq!(dutch_date("2026-01-05"), "5 januari 2026");
        assert_eq!(dutch_date("onzin"), "onzin");
    }
}
