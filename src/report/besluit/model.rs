//! The view model of the ontwerpbeslissing: every word the three renderers (Markdown and HTML
//! templates, the .docx writer) put on the page, built once from the analysis — of one session, or of
//! a group's consensus session with the points the group has not settled.
//!
//! Nothing here is a new rule. Feiten en context and Argumentatie put the analysis' findings in
//! sentences; Financiële gevolgen uses the capacity and the temporary-funding answer; the articles are
//! the plan's decisions asked of the college (`beslissingen`), each with its action, owner and term.
//! For a group, a decision whose action rests on a point the group left split (a question kept
//! "verdeeld", or a headline result resting on a weak consensus) is held back and listed under
//! "Nog te bespreken" instead: the draft never presents a split point as decided.

use std::collections::BTreeSet;

use serde::Serialize;

use super::texts;
use crate::analysis::inputs::Inputs;
use crate::analysis::texts as atexts;
use crate::analysis::{Action, Analysis, Breadth, Category, Focus, Horizon, ReadinessStatus, Reason};
use crate::group::Outcome;
use crate::questionnaire::Questionnaire;
use crate::report::groep::GroupReport;
use crate::session::Session;

/// The temporary-funding question of the default questionnaire.
const TIJDELIJKE_FINANCIERING: &str = "start.tijdelijke_financiering";
/// The goal question (the one `Inputs::product` reads).
const DOEL: &str = "start.doel";

/// A paragraph; `veld` marks a field someone still has to fill in (text in square brackets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alinea {
    /// The text.
    pub tekst: String,
    /// A field to complete.
    pub veld: bool,
}

impl Alinea {
    fn tekst(tekst: impl Into<String>) -> Self {
        Self { tekst: tekst.into(), veld: false }
    }

    fn veld(tekst: impl Into<String>) -> Self {
        Self { tekst: tekst.into(), veld: true }
    }
}

/// The headings, so that the templates and the .docx writer share them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Koppen {
    /// "Onderwerp".
    pub onderwerp: &'static str,
    /// "Motivering".
    pub motivering: &'static str,
    /// "Juridische gronden".
    pub juridische_gronden: &'static str,
    /// "Feiten en context".
    pub feiten: &'static str,
    /// "Argumentatie".
    pub argumentatie: &'static str,
    /// "Nog te bespreken".
    pub nog_te_bespreken: &'static str,
    /// "Financiële gevolgen".
    pub financieel: &'static str,
    /// "Besluit".
    pub besluit: &'static str,
}

const KOPPEN: Koppen = Koppen {
    onderwerp: texts::KOP_ONDERWERP,
    motivering: texts::KOP_MOTIVERING,
    juridische_gronden: texts::KOP_JURIDISCH,
    feiten: texts::KOP_FEITEN,
    argumentatie: texts::KOP_ARGUMENTATIE,
    nog_te_bespreken: texts::KOP_BESPREKEN,
    financieel: texts::KOP_FINANCIEEL,
    besluit: texts::KOP_BESLUIT,
};

/// One article of the decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Artikel {
    /// From 1.
    pub nummer: usize,
    /// "Artikel 1".
    pub kop: String,
    /// What the college decides.
    pub tekst: String,
    /// Who follows it up and when (null for taking note of the report).
    pub uitvoering: Option<String>,
    /// Where it comes from: the action of the plan (null for taking note of the report).
    pub herkomst: Option<String>,
    /// The action's number in the plan (null for taking note of the report).
    pub actie: Option<usize>,
}

/// What a group has not settled (group files only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NogTeBespreken {
    /// The opening sentence.
    pub inleiding: &'static str,
    /// The points: results on a weak consensus, questions kept divided.
    pub punten: Vec<String>,
    /// The opening sentence of `uitgesteld`.
    pub uitgesteld_inleiding: &'static str,
    /// The decisions of the plan held back, with their action.
    pub uitgesteld: Vec<String>,
    /// The action numbers of `uitgesteld`.
    #[serde(skip)]
    pub uitgestelde_acties: Vec<usize>,
}

/// The whole draft decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Besluit {
    /// The document's title.
    pub titel: String,
    /// The gemeente, as typed.
    pub gemeente: String,
    /// What this draft is and what is left to do.
    pub ontwerp: String,
    /// The meeting (a field).
    pub zitting: Alinea,
    /// The headings.
    pub koppen: Koppen,
    /// The subject.
    pub onderwerp: String,
    /// Juridische gronden: the field for the secretariaat.
    pub juridische_gronden: Vec<Alinea>,
    /// The sentence before `na_te_gaan`.
    pub na_te_gaan_inleiding: &'static str,
    /// Decrees to check (title and date only).
    pub na_te_gaan: Vec<&'static str>,
    /// Who filled in the self-assessment, when.
    pub zelfevaluatie: String,
    /// The participants of a workshop (empty for one session).
    pub deelnemers: Vec<String>,
    /// The other facts: product, position, stage, strategy, scenario.
    pub feiten: Vec<Alinea>,
    /// Why this strategy and this way of organising.
    pub argumentatie: Vec<String>,
    /// What a group has not settled, or null.
    pub nog_te_bespreken: Option<NogTeBespreken>,
    /// Staff, temporary funding, what the articles cost.
    pub financieel: Vec<Alinea>,
    /// "Het college van burgemeester en schepenen beslist:".
    pub aanhef: &'static str,
    /// The articles; the first takes note of the report.
    pub artikels: Vec<Artikel>,
}

/// What a group left split: questions and headline results.
#[derive(Debug, Default)]
struct Split {
    questions: BTreeSet<String>,
    outcomes: Vec<Outcome>,
}

impl Split {
    fn has(&self, outcome: Outcome) -> bool {
        self.outcomes.contains(&outcome)
    }

    /// Whether `action` rests on a split point: one of its answers is split, or it serves a headline
    /// result that rests on a weak consensus (its category says which: the strategy, its conditions,
    /// the scenario).
    fn holds_back(&self, action: &Action) -> bool {
        let outcomes: &[Outcome] = match action.category {
            Category::Strategie => &[Outcome::BreedteDiepte, Outcome::InhoudProces, Outcome::SbvPad],
            Category::Voorwaarde => &[Outcome::BreedteDiepte, Outcome::InhoudProces],
            Category::Procedure => &[Outcome::Procedure],
            _ => &[],
        };
        outcomes.iter().any(|o| self.has(*o)) || action.reasons.iter().any(|r| self.questions.contains(&r.question))
    }
}

/// The draft decision for one session.
pub fn besluit(analysis: &Analysis, questionnaire: &Questionnaire, session: &Session) -> Besluit {
    let datum = super::super::view::dutch_date(&analysis.date);
    let wie = texts::respondent(&user(&analysis.respondent.name), &analysis.respondent.role_label);
    let zelfevaluatie = texts::zelfevaluatie(
        &datum,
        &wie,
        &user(&analysis.gemeente),
        &user(&analysis.questionnaire.title),
        analysis.mode == "kort",
    );
    build(analysis, questionnaire, session, zelfevaluatie, &Group::default())
}

/// The draft decision for a workshop: who took part, and what the group has not settled.
pub fn besluit_groep(report: &GroupReport, questionnaire: &Questionnaire) -> Besluit {
    let section = &report.section;
    let mut dates: Vec<&str> = section.respondenten.iter().map(|r| r.datum.as_str()).collect();
    dates.sort_unstable();
    let first = dates.first().map_or_else(String::new, |d| super::super::view::dutch_date(d));
    let last = dates.last().map_or_else(String::new, |d| super::super::view::dutch_date(d));
    let analysis = &report.analysis;
    let zelfevaluatie = texts::zelfevaluatie_groep(
        &texts::periode(&first, &last),
        section.aantal,
        &user(&analysis.gemeente),
        &user(&analysis.questionnaire.title),
    );
    let deelnemers = section.respondenten.iter().map(|r| user(&r.label)).collect();
    let split = Split {
        questions: section
            .besluiten
            .open
            .iter()
            .map(|q| q.vraag.clone())
            .chain(section.broze_resultaten.iter().flat_map(|f| f.vragen.iter().map(|q| q.vraag.clone())))
            .collect(),
        outcomes: section.broze_resultaten.iter().map(|f| f.resultaat).collect(),
    };
    let mut points: Vec<String> = section
        .broze_resultaten
        .iter()
        .map(|f| {
            let prompts: Vec<String> = f.vragen.iter().map(|q| user(&q.vraagtekst)).collect();
            texts::broos(&f.label, &user(&f.uitkomst), &prompts)
        })
        .collect();
    points.extend(section.besluiten.open.iter().map(|q| texts::verdeeld(&user(&q.vraagtekst))));
    let meeting = texts::consensusoverleg(section.besluiten.akkoord, section.besluiten.verdeeld);
    let own_goals = section.vragen.iter().any(|q| q.vraag == DOEL && q.consensus == crate::group::texts::OWN_TEXTS);
    let group = Group { deelnemers, meeting, points, split, own_goals };
    build(analysis, questionnaire, &report.consensus.session, zelfevaluatie, &group)
}

/// What a workshop adds to the draft (empty for one session).
#[derive(Debug, Default)]
struct Group {
    deelnemers: Vec<String>,
    meeting: Option<String>,
    points: Vec<String>,
    split: Split,
    /// The participants each wrote their own goal: no shared goal to quote.
    own_goals: bool,
}

fn build(
    analysis: &Analysis,
    questionnaire: &Questionnaire,
    session: &Session,
    zelfevaluatie: String,
    group: &Group,
) -> Besluit {
    let split = &group.split;
    let gemeente = user(&analysis.gemeente);
    let datum = super::super::view::dutch_date(&analysis.date);
    let members = (!group.deelnemers.is_empty()).then_some(group.deelnemers.len());
    let (artikels, held) = artikels(analysis, &gemeente, &datum, members, split);
    let nog_te_bespreken = (!held.is_empty() || !group.points.is_empty()).then(|| NogTeBespreken {
        inleiding: texts::BESPREKEN_INLEIDING,
        punten: group.points.clone(),
        uitgesteld_inleiding: texts::UITGESTELD_INLEIDING,
        uitgesteld: held.iter().map(|(_, text)| text.clone()).collect(),
        uitgestelde_acties: held.iter().map(|(n, _)| *n).collect(),
    });
    let mut feiten = feiten(analysis, group);
    if let Some(meeting) = &group.meeting {
        feiten.insert(0, Alinea::tekst(meeting.clone()));
    }
    Besluit {
        titel: texts::titel(&gemeente),
        ontwerp: texts::ontwerp(&datum),
        zitting: Alinea::veld(texts::ZITTING),
        koppen: KOPPEN,
        onderwerp: texts::onderwerp(artikels.len() > 1),
        juridische_gronden: vec![Alinea::veld(texts::JURIDISCH_VELD)],
        na_te_gaan_inleiding: texts::JURIDISCH_NA_TE_GAAN,
        na_te_gaan: texts::DECRETEN.to_vec(),
        zelfevaluatie,
        deelnemers: group.deelnemers.clone(),
        feiten,
        argumentatie: argumentatie(analysis, split, artikels.len() - 1, held.len()),
        nog_te_bespreken,
        financieel: financieel(analysis, questionnaire, session, &artikels),
        aanhef: texts::AANHEF,
        artikels,
        gemeente,
    }
}

/// Article 1 takes note of the report; then one article per decision of the plan, except those a
/// group has not settled (returned as held back: action number and text).
fn artikels(
    analysis: &Analysis,
    gemeente: &str,
    datum: &str,
    group: Option<usize>,
    split: &Split,
) -> (Vec<Artikel>, Vec<(usize, String)>) {
    let mut out = vec![Artikel {
        nummer: 1,
        kop: texts::artikel(1),
        tekst: texts::kennisname(gemeente, datum, group),
        uitvoering: None,
        herkomst: None,
        actie: None,
    }];
    let mut held = Vec::new();
    for d in &analysis.decisions {
        let Some(action) = analysis.actions.iter().find(|a| a.number == d.action) else { continue };
        let text = user(&d.text);
        if split.holds_back(action) {
            held.push((d.action, texts::uitgesteld(&text, d.action, &user(&action.title))));
            continue;
        }
        let nummer = out.len() + 1;
        out.push(Artikel {
            nummer,
            kop: texts::artikel(nummer),
            tekst: text,
            uitvoering: Some(texts::uitvoering(&user(&d.owner), d.horizon)),
            herkomst: Some(texts::herkomst(d.action, &user(&action.title))),
            actie: Some(d.action),
        });
    }
    (out, held)
}

fn marked(text: String, fragile: bool) -> Alinea {
    if fragile { Alinea::tekst(format!("{text} {}", texts::NOG_TE_BESPREKEN)) } else { Alinea::tekst(text) }
}

fn feiten(analysis: &Analysis, group: &Group) -> Vec<Alinea> {
    let split = &group.split;
    let goal = analysis.product.goal.as_deref().map(user).filter(|g| !g.is_empty());
    let themes: Vec<String> = analysis.product.themes.iter().map(|t| user(t)).collect();
    let mut out = Vec::new();
    if group.own_goals {
        out.push(Alinea::tekst(texts::product_eigen_woorden(&themes)));
        out.push(Alinea::veld(texts::DOEL_VELD));
    } else {
        out.push(
            texts::product(&themes, goal.as_deref()).map_or_else(|| Alinea::veld(texts::PRODUCT_VELD), Alinea::tekst),
        );
    }
    let p = &analysis.position;
    let position = texts::positie(&p.label, atexts::positie_uitleg(p.value));
    let (name, meaning) = atexts::fase(analysis.stage.value);
    let name = name.split_once(" — ").map_or(name, |(_, n)| n);
    let stage = texts::fase(analysis.stage.value, name, meaning);
    let s = &analysis.strategy;
    let meanings: Vec<&str> = s.quadrants.iter().filter(|q| q.chosen).map(|q| q.meaning.as_str()).collect();
    let strategy = texts::strategie(s.breadth.value, s.focus.value, &meanings);
    let scenario = texts::scenario(analysis.scenario.scenario, &analysis.scenario.name);
    out.extend([
        marked(position, split.has(Outcome::Positie)),
        marked(stage, split.has(Outcome::Fase)),
        marked(strategy, split.has(Outcome::BreedteDiepte) || split.has(Outcome::InhoudProces)),
        marked(scenario, split.has(Outcome::Procedure)),
    ]);
    out
}

/// A reason's topic ("gedeelde visie"), or the question in quotes when it has none.
fn topic(r: &Reason) -> String {
    match r.text.split_once(": ") {
        Some((topic, _)) if !r.text.contains(" Antwoord: ") => lower_first(topic),
        _ => format!("«{}»", r.prompt.trim()),
    }
}

fn lower_first(text: &str) -> String {
    atexts::lower_first(text)
}

fn argumentatie(analysis: &Analysis, split: &Split, articles: usize, held: usize) -> Vec<String> {
    let s = &analysis.strategy;
    let r = &s.readiness;
    let mut out = Vec::new();

    // The breadth of the approach, and the readiness behind it.
    let mut strategy =
        vec![texts::breedte_keuze(s.breadth.value, s.breadth.wish, atexts::breadth_uitleg(Breadth::Diepte))];
    if !(s.breadth.value == Breadth::Diepte && s.breadth.wish == Some(Breadth::Diepte)) {
        strategy.push(texts::BREEDTE_VEREIST.to_string());
        if r.status == ReadinessStatus::Klaar {
            strategy.push(texts::BREEDTE_AANWEZIG.to_string());
        } else {
            let names = |rs: &[Reason]| rs.iter().map(topic).collect::<Vec<_>>();
            let text = texts::paraatheid(&names(&r.lacking), &names(&r.to_strengthen), &names(&r.unknown));
            if !text.is_empty() {
                strategy.push(text);
            }
        }
        if s.breadth.value == Breadth::Diepte && s.breadth.wish == Some(Breadth::Breedte) {
            strategy.push(texts::DIEPTE_EERST.to_string());
        }
    }
    if split.has(Outcome::BreedteDiepte) {
        strategy.push(texts::NOG_TE_BESPREKEN.to_string());
    }
    out.push(strategy.join(" "));

    // Content, process or both.
    let mut focus = vec![match s.focus.value {
        Focus::Beide => texts::BEIDE_UITLEG,
        f => atexts::focus_uitleg(f),
    }];
    if split.has(Outcome::InhoudProces) {
        focus.push(texts::NOG_TE_BESPREKEN);
    }
    out.push(focus.join(" "));

    // The SBV path.
    if let Some(path) = &s.sbv_path {
        let mut sbv = vec![if path.status == "gevolgd" { texts::SBV_GEVOLGD } else { texts::SBV_AANBEVOLEN }];
        if path.text.contains(atexts::SBV_GEVOLGD_GROTE_DOELGROEP.trim()) {
            sbv.push(texts::SBV_GROTE_DOELGROEP);
        }
        if path.text.contains(atexts::SBV_BUREN_NAGAAN.trim()) {
            sbv.push(texts::SBV_BUREN_NAGAAN);
        }
        if split.has(Outcome::SbvPad) {
            sbv.push(texts::NOG_TE_BESPREKEN);
        }
        out.push(sbv.join(" "));
    }

    // The way of organising.
    let sc = &analysis.scenario;
    let mut procedure = vec![texts::scenario_argument(sc.scenario, &sc.name, atexts::scenario_uitleg(sc.scenario))];
    if sc.explanation.contains(atexts::SCENARIO_ONBEKEND.trim()) {
        procedure.push(texts::SCENARIO_ONBEKEND.to_string());
    }
    procedure.extend(sc.adjustments.iter().map(|w| w.text.clone()));
    procedure.extend(sc.warnings.iter().filter_map(|w| texts::procedure_waarschuwing(&w.kind)).map(str::to_string));
    if split.has(Outcome::Procedure) {
        procedure.push(texts::NOG_TE_BESPREKEN.to_string());
    }
    out.push(procedure.join(" "));

    if analysis.process.warning.is_some() {
        out.push(texts::INTERNE_REGIE.to_string());
    }
    let c = &analysis.capacity;
    out.push(texts::plan(analysis.actions.len(), c.small.then_some(c.max_actions), articles, held));
    out
}

fn financieel(
    analysis: &Analysis,
    questionnaire: &Questionnaire,
    session: &Session,
    artikels: &[Artikel],
) -> Vec<Alinea> {
    let c = &analysis.capacity;
    let mut out = Vec::new();
    match texts::capaciteit(c.vte, c.organisation.as_deref()) {
        Some(text) => {
            out.push(Alinea::tekst(text));
            if c.small {
                out.push(Alinea::tekst(texts::plan_past(c.max_actions)));
            }
        }
        None => out.push(Alinea::veld(texts::CAPACITEIT_VELD)),
    }
    let temporary = Inputs::new(questionnaire, session).degree(TIJDELIJKE_FINANCIERING);
    out.push(temporary.map_or_else(|| Alinea::veld(texts::TIJDELIJK_VELD), |d| Alinea::tekst(texts::tijdelijk(d))));
    let decisions: Vec<&Artikel> = artikels.iter().filter(|a| a.actie.is_some()).collect();
    if decisions.is_empty() {
        out.push(Alinea::tekst(texts::GEEN_KOSTEN));
        return out;
    }
    out.push(Alinea::tekst(texts::GEEN_BEDRAGEN));
    let multi_year: Vec<usize> = decisions
        .iter()
        .filter(|a| analysis.decisions.iter().any(|d| Some(d.action) == a.actie && d.horizon == Horizon::Meerjarenplan))
        .map(|a| a.nummer)
        .collect();
    if !multi_year.is_empty() {
        out.push(Alinea::tekst(texts::meerjarenplan(&multi_year)));
    }
    let numbers: Vec<usize> = decisions.iter().map(|a| a.nummer).collect();
    out.push(Alinea::veld(texts::kosten_veld(&numbers)));
    out
}

/// User text for the draft: control characters out, all whitespace one space (a value always sits
/// inside one sentence), and text with right-to-left letters isolated (U+2068 … U+2069) so it cannot
/// reorder the sentence around it.
pub fn user(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .filter(|c| !crate::display::is_bidi_control(*c))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let line = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().any(is_rtl) { format!("\u{2068}{line}\u{2069}") } else { line }
}

/// Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, and their presentation
/// forms).
fn is_rtl(c: char) -> bool {
    matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_stays_on_one_line_and_rtl_is_isolated() {
        assert_eq!(user("  een\n\ntwee\tdrie\u{0}vier "), "een twee drie vier");
        assert_eq!(user("Gent"), "Gent");
        assert_eq!(user("مرحبا 🌍"), "\u{2068}مرحبا 🌍\u{2069}");
        // The user's own bidi controls go; only our isolate remains.
        assert_eq!(user("\u{2067}مرحبا\u{202e} x"), "\u{2068}مرحبا x\u{2069}");
    }
}
