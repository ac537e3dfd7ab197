//! The template context: `rapport` (the JSON document, [`super::JsonReport`]) and `weergave`
//! (presentation data both templates share: the bar chart's geometry, the strategy grid, the
//! per-step sections, the appendix with every answer and note, the sources). Variables are listed
//! in `templates/README.md`.

use serde::Serialize;
use serde_json::{Value, json};

use super::JsonReport;
use crate::analysis::inputs::answer_label;
use crate::analysis::{Analysis, Breadth, Focus, texts};
use crate::questionnaire::Questionnaire;
use crate::session::Session;

/// Width of the step-title column of the bar chart, in SVG units.
const LABEL_WIDTH: u32 = 190;
/// Width of a bar at 100.
const BAR_MAX: u32 = 300;
/// Height of a chart row.
const ROW: u32 = 34;

/// The sources the report rests on.
const SOURCES: &[&str] = &[
    "VVSG, Leidraad Regie en Coördinatie – Samenwerken aan diversiteit (hoofdstuk 2 en 3.1: het 4P-model).",
    "Gransbergen, P. (1999), De gemeente als regisseur van het werkgelegenheidsbeleid: achtergrondstudie en \
     handleiding voor zelfanalyse — de strategietabel (leidraad 3.1.3).",
    "Partners + Pröpper (2006), De gemeente als regisseur. Lokale daadkracht mobiliseren — de wel/niet-doen-tabel \
     (leidraad 3.1.5).",
    "Steunpunt Bestuurlijke Vernieuwing (2018–2019), onderzoek naar de ambtelijke capaciteit voor lokaal \
     integratiebeleid — het pad zonder apart integratiebeleid (§6.3, §7.1).",
];

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
    notitie: Option<String>,
}

#[derive(Serialize)]
struct AppendixStep {
    titel: String,
    vragen: Vec<AppendixRow>,
}

#[derive(Serialize)]
struct View {
    titel: &'static str,
    datum_tekst: String,
    respondent_tekst: String,
    modus_tekst: &'static str,
    versie_verschil: Option<String>,
    totaal_tekst: String,
    grafiek: Chart,
    kolommen: [&'static str; 2],
    kwadrant_rijen: Vec<QuadRow>,
    kwadrant_tekst: String,
    stappen: Vec<StepView>,
    aandachtspunten: Vec<Value>,
    heeft_actoren: bool,
    bijlage: Vec<AppendixStep>,
    bronnen: &'static [&'static str],
}

/// The whole template context.
pub fn context(analysis: &Analysis, questionnaire: &Questionnaire, session: &Session) -> Value {
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
        grafiek: chart(analysis),
        kolommen: [texts::breadth_label(Breadth::Breedte), texts::breadth_label(Breadth::Diepte)],
        kwadrant_rijen: quadrant_rows(analysis),
        kwadrant_tekst: quadrant_text(analysis),
        stappen: steps(analysis, questionnaire),
        aandachtspunten: analysis
            .actions
            .iter()
            .take(3)
            .map(|a| json!({ "nummer": a.number, "titel": a.title, "horizon_label": a.horizon_label }))
            .collect(),
        heeft_actoren: !analysis.actors.rows.is_empty(),
        bijlage: appendix(questionnaire, session),
        bronnen: SOURCES,
    };
    json!({ "rapport": JsonReport::new(analysis), "weergave": view })
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
    let meanings: Vec<&str> = s.quadrants.iter().filter(|q| q.chosen).map(|q| q.meaning.as_str()).collect();
    format!("{}, {}: {}", s.breadth.label, s.focus.label.to_lowercase(), meanings.join(" "))
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
                bron: step.map(|x| x.source.clone()).unwrap_or_default(),
                score_tekst: score_text(s.score),
            }
        })
        .collect()
}

/// Every question that is asked or has an entry, by step; then entries the questionnaire does not know.
fn appendix(questionnaire: &Questionnaire, session: &Session) -> Vec<AppendixStep> {
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
