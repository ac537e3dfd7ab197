//! The rules of the leidraad *Regie en Coördinatie* (002), one function per concept: the position
//! on the regie scale and the stage of coordination (§2), readiness and the strategy choices after
//! Gransbergen (§3.1.3), the SBV 2019 path (001 §6.3, §7.1), the procedure scenario (§3.1.4), the
//! strategy's conditions and process health (§3.1.5). Each returns its reasons; none panics on a
//! missing question.

use serde::Serialize;

use super::inputs::{Inputs, pct};
use super::scores::StepScore;
pub use super::concepts::{Breadth, Focus, Positie, ReadinessStatus};
use super::{Reason, Warning, texts};

// ------------------------------------------------------------------------------------------ §2

/// The position with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Position {
    /// The position.
    #[serde(rename = "waarde")]
    pub value: Positie,
    /// Its label.
    pub label: String,
    /// What it means here.
    #[serde(rename = "uitleg")]
    pub explanation: String,
    /// The answers behind it.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
}

const JURIDISCH: &str = "context.doorzettingsmacht_juridisch";
const FINANCIEEL: &str = "context.doorzettingsmacht_financieel";
const MARKTSTURING: &str = "context.marktsturing";

/// Regie needs doorzettingsmacht: legal instruments, or money partners depend on → regie;
/// incentives partners are free to take up (or power only in part) → marktsturing; otherwise
/// netwerkcoördinatie, where most gemeenten are.
pub fn positie(inp: &Inputs<'_>) -> Position {
    let legal = inp.degree(JURIDISCH);
    let money = inp.degree(FINANCIEEL);
    let market = inp.degree(MARKTSTURING);
    let value = if legal == Some(1.0) || money == Some(1.0) {
        Positie::Regie
    } else if legal == Some(0.5) || money == Some(0.5) || market.is_some_and(|m| m >= 0.5) {
        Positie::Marktsturing
    } else {
        Positie::Netwerkcoordinatie
    };
    let reasons = inp.known_reasons(&[JURIDISCH, FINANCIEEL, MARKTSTURING]);
    let mut explanation = texts::positie_uitleg(value).to_string();
    if reasons.is_empty() {
        explanation.push_str(texts::POSITIE_ONBEKEND);
    }
    Position { value, label: texts::positie_label(value).to_string(), explanation, reasons }
}

/// The stage of coordination, 1–4 (002 §2.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stage {
    /// 1–4, or None when unknown.
    #[serde(rename = "waarde")]
    pub value: Option<u8>,
    /// Its label.
    pub label: String,
    /// What it means.
    #[serde(rename = "uitleg")]
    pub explanation: String,
    /// The answers behind it.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
}

const FASE: &str = "context.fase";

/// Groeien in coördinatie: information → consultation → joint commitments → partnership. When the
/// question is not answered, the stage most partners in the actor inventory have reached stands in.
pub fn fase(inp: &Inputs<'_>) -> Stage {
    let (value, reasons, derived) = match inp.choice(FASE).and_then(stage_number) {
        Some(n) => (Some(n), inp.known_reasons(&[FASE]), false),
        None => match stage_from_actors(inp) {
            Some(n) => (Some(n), vec![inp.reason(ACTOREN)], true),
            None => (None, vec![], false),
        },
    };
    let (label, explanation) = texts::fase(value);
    let mut explanation = explanation.to_string();
    if derived {
        explanation.push_str(texts::FASE_UIT_ACTOREN);
    }
    Stage { value, label: label.to_string(), explanation, reasons }
}

const ACTOREN: &str = "participanten.actoren";
/// The field of an actor record holding how far cooperation with that partner has grown.
const ACTOR_FASE: &str = "fase";

fn stage_number(id: &str) -> Option<u8> {
    match id {
        "informatie" => Some(1),
        "overleg" => Some(2),
        "engagement" => Some(3),
        "partnerschap" => Some(4),
        _ => None,
    }
}

/// The most common stage over the actors' `fase` field (ties go to the lower stage).
fn stage_from_actors(inp: &Inputs<'_>) -> Option<u8> {
    let Some(crate::session::Answer::Records(records)) = inp.answer(ACTOREN) else { return None };
    let mut counts = [0usize; 4];
    for record in records {
        if let Some(crate::session::FieldValue::Text(t)) = record.get(ACTOR_FASE)
            && let Some(n) = stage_number(t)
        {
            counts[usize::from(n - 1)] += 1;
        }
    }
    let best = counts.iter().copied().max().filter(|c| *c > 0)?;
    (1..=4u8).find(|n| counts[usize::from(n - 1)] == best)
}

// ------------------------------------------------------------------------------------ §3.1.3

/// Readiness: mandaat, draagvlak, middelen en visie (questions tagged `paraatheid`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Readiness {
    /// The verdict.
    pub status: ReadinessStatus,
    /// Mean score of the known answers.
    pub score: Option<u8>,
    /// Answers below 50.
    #[serde(rename = "zwak")]
    pub weak: Vec<Reason>,
    /// Questions without a known answer.
    #[serde(rename = "onbekend")]
    pub unknown: Vec<Reason>,
    /// Every known answer.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
}

/// "Is there enough mandate, draagvlak, means and vision?" Any clearly weak answer, or a mean below
/// 60, means not ready; fewer than half of the questions known means unknown.
pub fn paraatheid(inp: &Inputs<'_>) -> Readiness {
    let mut readiness =
        Readiness { status: ReadinessStatus::Onbekend, score: None, weak: vec![], unknown: vec![], reasons: vec![] };
    let mut scores = Vec::new();
    for q in inp.tagged("paraatheid") {
        let reason = inp.reason_of(q);
        match inp.score(q) {
            Some(s) => {
                scores.push(s);
                if s < 50.0 {
                    readiness.weak.push(reason.clone());
                }
                readiness.reasons.push(reason);
            }
            None => readiness.unknown.push(reason),
        }
    }
    let total = scores.len() + readiness.unknown.len();
    if !scores.is_empty() {
        let mean = scores.iter().sum::<f64>() / scores.len() as f64;
        readiness.score = Some(pct(mean));
        readiness.status = if !readiness.weak.is_empty() || mean < 60.0 {
            ReadinessStatus::NietKlaar
        } else if scores.len() * 2 < total {
            ReadinessStatus::Onbekend
        } else {
            ReadinessStatus::Klaar
        };
    }
    readiness
}

/// The breedte/diepte choice with what was wanted and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BreadthChoice {
    /// The recommendation.
    #[serde(rename = "waarde")]
    pub value: Breadth,
    /// Label.
    pub label: String,
    /// What it means.
    #[serde(rename = "uitleg")]
    pub explanation: String,
    /// What the bestuur wants (`strategie.ambitie`), when known.
    #[serde(rename = "wens")]
    pub wish: Option<Breadth>,
    /// The answers behind it.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
}

/// The content/process choice with the answers leaning either way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FocusChoice {
    /// The recommendation.
    #[serde(rename = "waarde")]
    pub value: Focus,
    /// Label.
    pub label: String,
    /// What it means.
    #[serde(rename = "uitleg")]
    pub explanation: String,
    /// What the bestuur wants (`strategie.focus`), when known.
    #[serde(rename = "wens")]
    pub wish: Option<Focus>,
    /// Answers leaning beleidsinhoudelijk.
    #[serde(rename = "pleit_voor_inhoud")]
    pub leans_content: Vec<Reason>,
    /// Answers leaning procesmatig.
    #[serde(rename = "pleit_voor_proces")]
    pub leans_process: Vec<Reason>,
    /// All answers behind it.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
}

/// One cell of the Gransbergen table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quadrant {
    /// Column.
    pub breedte_diepte: Breadth,
    /// Row.
    pub inhoud_proces: Focus,
    /// Its meaning.
    #[serde(rename = "betekenis")]
    pub meaning: String,
    /// Whether the recommendation falls in it.
    #[serde(rename = "gekozen")]
    pub chosen: bool,
}

/// The SBV 2019 path: no separate integration policy, integration inside lokaal sociaal beleid plus
/// supra-local cooperation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SbvPath {
    /// `gevolgd` (already the way of working) or `aanbevolen`.
    pub status: String,
    /// Explanation.
    #[serde(rename = "tekst")]
    pub text: String,
    /// The answers behind it.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
}

/// The whole strategy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Strategy {
    /// `breedte` or `diepte`.
    pub breedte_diepte: Breadth,
    /// `beleidsinhoudelijk`, `procesmatig` or `beide`.
    pub inhoud_proces: Focus,
    /// Details of the breedte/diepte choice.
    #[serde(rename = "breedte_diepte_toelichting")]
    pub breadth: BreadthChoice,
    /// Details of the content/process choice.
    #[serde(rename = "inhoud_proces_toelichting")]
    pub focus: FocusChoice,
    /// Readiness for breadth.
    #[serde(rename = "paraatheid")]
    pub readiness: Readiness,
    /// The four quadrants, the chosen ones marked.
    #[serde(rename = "kwadranten")]
    pub quadrants: Vec<Quadrant>,
    /// The SBV 2019 path, when it applies.
    #[serde(rename = "sbv_pad")]
    pub sbv_path: Option<SbvPath>,
    /// Warnings.
    #[serde(rename = "waarschuwingen")]
    pub warnings: Vec<Warning>,
}

/// The strategy after 3.1.3: breedte or diepte, inhoud or proces, the quadrant and the SBV path.
pub fn strategie(inp: &Inputs<'_>, readiness: Readiness) -> Strategy {
    let (breadth, mut warnings) = breedte_of_diepte(inp, &readiness);
    let (focus, focus_warnings) = inhoud_of_proces(inp);
    warnings.extend(focus_warnings);
    Strategy {
        breedte_diepte: breadth.value,
        inhoud_proces: focus.value,
        quadrants: kwadranten(breadth.value, focus.value),
        sbv_path: sbv_pad(inp),
        breadth,
        focus,
        readiness,
        warnings,
    }
}

const AMBITIE: &str = "strategie.ambitie";
const SPECIFIEK: &str = "strategie.specifiek_probleem";
const KANS: &str = "strategie.kans";

/// Breedte only with enough mandate, draagvlak, means and vision; otherwise a bounded project
/// (diepte), with a warning when breadth was wanted. A specific problem or a ready opportunity
/// leans diepte.
pub fn breedte_of_diepte(inp: &Inputs<'_>, readiness: &Readiness) -> (BreadthChoice, Vec<Warning>) {
    let wish = match inp.choice(AMBITIE) {
        Some("hele_lijn") => Some(Breadth::Breedte),
        Some("facetten") => Some(Breadth::Diepte),
        _ => None,
    };
    let leans_depth = [SPECIFIEK, KANS].iter().any(|id| inp.degree(id).is_some_and(|d| d >= 0.5));
    let ready = readiness.status == ReadinessStatus::Klaar;
    let mut warnings = Vec::new();
    let value = match wish {
        Some(Breadth::Breedte) if ready => Breadth::Breedte,
        Some(Breadth::Breedte) => {
            let (text, mut reasons) = if readiness.status == ReadinessStatus::NietKlaar {
                (texts::BREEDTE_ZONDER_PARAATHEID, readiness.weak.clone())
            } else {
                (texts::BREEDTE_PARAATHEID_ONBEKEND, readiness.unknown.clone())
            };
            reasons.insert(0, inp.reason(AMBITIE));
            warnings.push(Warning { text: text.to_string(), reasons });
            Breadth::Diepte
        }
        None if ready && !leans_depth => Breadth::Breedte,
        Some(Breadth::Diepte) | None => Breadth::Diepte,
    };
    let mut reasons = inp.known_reasons(&[AMBITIE, SPECIFIEK, KANS]);
    reasons.extend(readiness.reasons.iter().cloned());
    let choice = BreadthChoice {
        value,
        label: texts::breadth_label(value).to_string(),
        explanation: texts::breadth_uitleg(value).to_string(),
        wish,
        reasons,
    };
    (choice, warnings)
}

const FOCUS: &str = "strategie.focus";
const EXTERNE_INBRENG: &str = "strategie.externe_inbreng";
const VERKOKERING: &str = "strategie.verkokering";
const CULTUUR: &str = "strategie.cultuur";
const WEINIG_ACTOREN: &str = "strategie.weinig_actoren";
const SYSTEMATISCH: &str = "strategie.actoren_systematisch";
const INWONERS: &str = "start.inwoners";

/// Little external input, verkokering, a role culture or few local actors (typical of small
/// gemeenten) lean beleidsinhoudelijk; involving actors systematically and a task culture lean
/// procesmatig. The bestuur's own wish counts unless the leans clearly point the other way: a
/// process approach in a compartmentalised role culture is too ambitious to start with.
pub fn inhoud_of_proces(inp: &Inputs<'_>) -> (FocusChoice, Vec<Warning>) {
    let wish = match inp.choice(FOCUS) {
        Some("inhoud") => Some(Focus::Beleidsinhoudelijk),
        Some("relaties") => Some(Focus::Procesmatig),
        Some("beide") => Some(Focus::Beide),
        _ => None,
    };
    let (content, leans_content) = content_leans(inp);
    let (process, leans_process) = process_leans(inp);
    let net = content - process;
    let mut warnings = Vec::new();
    let value = match wish {
        Some(Focus::Procesmatig) if net >= 1.0 => {
            warnings.push(Warning { text: texts::PROCES_TE_AMBITIEUS.to_string(), reasons: leans_content.clone() });
            if net >= 2.0 { Focus::Beleidsinhoudelijk } else { Focus::Procesmatig }
        }
        Some(Focus::Beleidsinhoudelijk) if net <= -2.0 => {
            warnings.push(Warning { text: texts::OOK_PROCESMATIG.to_string(), reasons: leans_process.clone() });
            Focus::Beide
        }
        Some(w) => w,
        None if net >= 1.0 => Focus::Beleidsinhoudelijk,
        None if net <= -1.0 => Focus::Procesmatig,
        None => Focus::Beide,
    };
    let mut reasons = inp.known_reasons(&[FOCUS]);
    reasons.extend(leans_content.iter().cloned());
    reasons.extend(leans_process.iter().cloned());
    let mut explanation = texts::focus_uitleg(value).to_string();
    if wish.is_none() && leans_content.is_empty() && leans_process.is_empty() {
        // Nothing points either way: say so, with the unanswered or "weet niet" questions as the reasons.
        explanation.push_str(texts::FOCUS_ONBEKEND);
        let ids = [FOCUS, CULTUUR, EXTERNE_INBRENG, VERKOKERING, WEINIG_ACTOREN, SYSTEMATISCH];
        reasons.extend(ids.iter().filter(|id| inp.question(id).is_some()).map(|id| inp.reason(id)));
    }
    let choice = FocusChoice {
        value,
        label: texts::focus_label(value).to_string(),
        explanation,
        wish,
        leans_content,
        leans_process,
        reasons,
    };
    (choice, warnings)
}

/// Weight and reasons of the answers leaning beleidsinhoudelijk.
fn content_leans(inp: &Inputs<'_>) -> (f64, Vec<Reason>) {
    let mut weight = 0.0;
    let mut reasons = Vec::new();
    let mut lean = |w: f64, id: &str| {
        if w > 0.0 {
            weight += w;
            reasons.push(inp.reason(id));
        }
    };
    lean(inp.degree(EXTERNE_INBRENG).map_or(0.0, |d| 1.0 - d), EXTERNE_INBRENG);
    lean(inp.degree(VERKOKERING).unwrap_or(0.0), VERKOKERING);
    lean(if inp.choice(CULTUUR) == Some("rol") { 1.0 } else { 0.0 }, CULTUUR);
    match inp.degree(WEINIG_ACTOREN) {
        Some(d) => lean(d, WEINIG_ACTOREN),
        // "Zeker in kleinere gemeenten" are there few actors: a weaker sign when not asked directly.
        None => lean(if inp.choice(INWONERS) == Some("tot_10000") { 0.5 } else { 0.0 }, INWONERS),
    }
    (weight, reasons)
}

/// Weight and reasons of the answers leaning procesmatig.
fn process_leans(inp: &Inputs<'_>) -> (f64, Vec<Reason>) {
    let mut weight = 0.0;
    let mut reasons = Vec::new();
    if let Some(d) = inp.degree(SYSTEMATISCH).filter(|d| *d > 0.0) {
        weight += d;
        reasons.push(inp.reason(SYSTEMATISCH));
    }
    if inp.choice(CULTUUR) == Some("taak") {
        weight += 1.0;
        reasons.push(inp.reason(CULTUUR));
    }
    (weight, reasons)
}

/// The four cells of the Gransbergen table; the chosen column and row (both rows for `beide`) marked.
pub fn kwadranten(breadth: Breadth, focus: Focus) -> Vec<Quadrant> {
    let mut cells = Vec::new();
    for f in [Focus::Beleidsinhoudelijk, Focus::Procesmatig] {
        for b in [Breadth::Breedte, Breadth::Diepte] {
            cells.push(Quadrant {
                breedte_diepte: b,
                inhoud_proces: f,
                meaning: texts::quadrant(b, f).to_string(),
                chosen: b == breadth && (focus == f || focus == Focus::Beide),
            });
        }
    }
    cells
}

const BELEID: &str = "start.beleid";
const ORGANISATIE: &str = "start.organisatie";
const BEPERKT_PERSONEEL: &str = "procedure.beperkt_personeel";

/// SBV 2019: for small gemeenten, no separate integration policy but integration inside lokaal
/// sociaal beleid plus supra-local cooperation is a legitimate outcome, not a failure.
pub fn sbv_pad(inp: &Inputs<'_>) -> Option<SbvPath> {
    let small_staff =
        matches!(inp.choice(ORGANISATIE), Some("geen" | "een_persoon")) || inp.degree(BEPERKT_PERSONEEL) == Some(1.0);
    let small = small_staff || inp.choice(INWONERS) == Some("tot_10000");
    let (status, text) = match inp.choice(BELEID) {
        Some("in_sociaal_beleid") => ("gevolgd", texts::SBV_GEVOLGD),
        Some("geen") if small => ("aanbevolen", texts::SBV_AANBEVOLEN),
        Some("strategie_operationeel") if small_staff => ("aanbevolen", texts::SBV_AANBEVOLEN),
        _ => return None,
    };
    let reasons = inp.known_reasons(&[BELEID, ORGANISATIE, INWONERS, BEPERKT_PERSONEEL]);
    Some(SbvPath { status: status.to_string(), text: text.to_string(), reasons })
}

// ------------------------------------------------------------------------------------ §3.1.4

/// A group in a scenario's structure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Group {
    /// Name of the group.
    #[serde(rename = "naam")]
    pub name: String,
    /// Who sits in it.
    #[serde(rename = "samenstelling")]
    pub members: String,
    /// Whom it reports to (the next group), if anyone.
    #[serde(rename = "rapporteert_aan")]
    pub reports_to: Option<String>,
}

/// A scenario and its points.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScenarioRef {
    /// 1–4.
    pub scenario: u8,
    /// Name.
    #[serde(rename = "naam")]
    pub name: String,
    /// Points from the answers.
    #[serde(rename = "punten")]
    pub points: f64,
}

/// The procedure scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scenario {
    /// 1–4.
    pub scenario: u8,
    /// Name.
    #[serde(rename = "naam")]
    pub name: String,
    /// When it fits and how it works.
    #[serde(rename = "uitleg")]
    pub explanation: String,
    /// The group structure, top (doing the work) to bottom (deciding).
    #[serde(rename = "groepen")]
    pub groups: Vec<Group>,
    /// The runner-up when it is close (at most one point behind).
    #[serde(rename = "tweede_keuze")]
    pub runner_up: Option<ScenarioRef>,
    /// Points of all four scenarios.
    #[serde(rename = "punten")]
    pub points: Vec<ScenarioRef>,
    /// Notes and warnings.
    #[serde(rename = "waarschuwingen")]
    pub warnings: Vec<Warning>,
    /// The answers behind it.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
}

const OMVANG: &str = "procedure.omvang";
const DEELNEMERS: &str = "procedure.deelnemers";
const EXTERNE_PARTNERS: &str = "procedure.externe_partners";
const DEELTHEMAS: &str = "procedure.deelthemas";
const BESTAANDE_GROEP: &str = "procedure.bestaande_groep";
const BOVENLOKAAL: &str = "procedure.bovenlokale_stakeholders";
const BUREN: &str = "procedure.buren_tegelijk";

/// Points per scenario (index 0 = scenario 1) from the procedure answers.
fn scenario_points(inp: &Inputs<'_>) -> [f64; 4] {
    let mut p = [0.0; 4];
    let choice = |id| inp.choice(id);
    let degree = |id| inp.degree(id).unwrap_or(0.0);
    match choice(DEELNEMERS) {
        Some("weinig") => p[0] += 2.0,
        Some("gemiddeld") => p[1] += 2.0,
        Some("veel") => p[2] += 2.0,
        _ => {}
    }
    match choice(OMVANG) {
        Some("klein") => p[0] += 1.0,
        Some("middel") => p[1] += 1.0,
        Some("groot") => p[2] += 1.0,
        _ => {}
    }
    match choice(EXTERNE_PARTNERS) {
        Some("weinig") => p[0] += 1.0,
        Some("enkele") => p[1] += 1.0,
        Some("veel") => p[2] += 1.0,
        _ => {}
    }
    p[0] += degree(WEINIG_ACTOREN);
    p[1] += 2.0 * degree(BESTAANDE_GROEP);
    p[2] += 3.0 * degree(DEELTHEMAS);
    p[3] += 2.0 * degree(BEPERKT_PERSONEEL) + 2.0 * degree(BOVENLOKAAL) + degree(BUREN);
    if inp.degree(BUREN) == Some(0.0) {
        // The basic condition of supra-local work is missing.
        p[3] -= 2.0;
    }
    p
}

/// Few stakeholders → de unieke groep; a fixed group (or one to hook into) → de vaste basisgroep;
/// sub-themes or target groups, many participants → de clustergroep; limited staff and supra-local
/// or shared stakeholders → bovenlokale samenwerking. Ties go to the simpler form.
pub fn procedure_scenario(inp: &Inputs<'_>) -> Scenario {
    let points = scenario_points(inp);
    let mut order: Vec<u8> = vec![1, 2, 3, 4];
    order.sort_by(|a, b| points[usize::from(*b - 1)].total_cmp(&points[usize::from(*a - 1)]).then(a.cmp(b)));
    let best = order[0];
    let best_points = points[usize::from(best - 1)];
    let second = order[1];
    let second_points = points[usize::from(second - 1)];
    let refs: Vec<ScenarioRef> = (1..=4u8)
        .map(|n| ScenarioRef { scenario: n, name: texts::scenario_naam(n).into(), points: points[usize::from(n - 1)] })
        .collect();
    let runner_up =
        (second_points > 0.0 && best_points - second_points <= 1.0).then(|| refs[usize::from(second - 1)].clone());
    let mut explanation = texts::scenario_uitleg(best).to_string();
    if best_points <= 0.0 {
        explanation.push_str(texts::SCENARIO_ONBEKEND);
    }
    let mut warnings = Vec::new();
    if best == 4 && inp.degree(BUREN) == Some(0.0) {
        warnings.push(Warning { text: texts::BUREN_NIET_TEGELIJK.into(), reasons: vec![inp.reason(BUREN)] });
    }
    if inp.degree(BESTAANDE_GROEP).is_some_and(|d| d > 0.0) {
        warnings.push(Warning { text: texts::INHAKEN.into(), reasons: vec![inp.reason(BESTAANDE_GROEP)] });
    }
    let reasons = inp.known_reasons(&[
        DEELNEMERS,
        OMVANG,
        EXTERNE_PARTNERS,
        WEINIG_ACTOREN,
        BESTAANDE_GROEP,
        DEELTHEMAS,
        BEPERKT_PERSONEEL,
        BOVENLOKAAL,
        BUREN,
    ]);
    Scenario {
        scenario: best,
        name: texts::scenario_naam(best).into(),
        explanation,
        groups: groups(best),
        runner_up,
        points: refs,
        warnings,
        reasons,
    }
}

/// The group structure of scenario `n` (002 §3.1.4).
pub fn groups(n: u8) -> Vec<Group> {
    const COLLEGE: &str = "College en gemeenteraad";
    let g = |name: &str, members: &str, to: Option<&str>| Group {
        name: name.into(),
        members: members.into(),
        reports_to: to.map(Into::into),
    };
    let decide = g(COLLEGE, "beslissen over het voorstel", None);
    match n {
        2 => vec![
            g("Vaste basisgroep", "vaste belanghebbenden, per agendapunt aangevuld met deskundigen", Some(COLLEGE)),
            decide,
        ],
        3 => vec![
            g(
                "Clustergroepen",
                "één per subthema of doelgroep, stakeholders onder een clusterverantwoordelijke met inhoudelijke kennis",
                Some("Coördinatiegroep"),
            ),
            g(
                "Coördinatiegroep",
                "ambtelijk, geleid door de planningsverantwoordelijke; stemt de clusters af",
                Some("Beleidsgroep"),
            ),
            g(
                "Beleidsgroep",
                "mandatarissen en ambtenaren, eventueel de oppositie; eerste politieke toetsing",
                Some(COLLEGE),
            ),
            decide,
        ],
        4 => vec![
            g(
                "Bovenlokale werkgroep",
                "de samenwerkende gemeenten: gezamenlijke analyse (bv. op een denkdag) en actieplanning",
                Some("Elk lokaal bestuur"),
            ),
            g("Elk lokaal bestuur", "formele en informele terugkoppeling; beleidskeuzes per gemeente", Some(COLLEGE)),
            decide,
        ],
        _ => vec![
            g(
                "Unieke projectgroep",
                "gemengd: mandatarissen, ambtenaren en mensen van buiten het bestuur",
                Some(COLLEGE),
            ),
            decide,
        ],
    }
}

// -------------------------------------------------------------------------- conditions, §3.1.5

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
pub fn procesgezondheid(inp: &Inputs<'_>, _steps: &[StepScore]) -> ProcessHealth {
    let interne_regie = tag_score(inp, "interne_regie");
    let externe_regie = tag_score(inp, "doen");
    let lags = match (interne_regie.score, externe_regie.score) {
        (Some(i), Some(e)) => i < 50 || i + 10 < e,
        (Some(i), None) => i < 50,
        _ => false,
    };
    let warning = lags.then(|| Warning {
        text: texts::INTERNE_REGIE_EERST.into(),
        reasons: interne_regie.reasons.iter().filter(|r| r.score.is_some_and(|s| s < 75)).cloned().collect(),
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

#[cfg(test)]
mod tests;
