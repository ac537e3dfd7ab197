//! §3.1.3: is the bestuur ready to strengthen regie across the board (mandaat, draagvlak, middelen,
//! visie), breedte or diepte, inhoud or proces, the Gransbergen quadrant; and from SBV 2019 (001 §6)
//! the capacity the work rests on and the path without a separate integration policy.

use serde::Serialize;

use super::ids;
use crate::analysis::inputs::{Inputs, pct};
use crate::analysis::zekerheid::Certainty;
use crate::analysis::{Breadth, Focus, ItemStatus, ReadinessStatus, Reason, Warning, texts};
use crate::questionnaire::READINESS_ITEMS;
#[cfg(test)]
use crate::questionnaire::TAG_READINESS;

/// One of the four readiness items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReadinessItem {
    /// `mandaat`, `draagvlak`, `middelen` or `visie`.
    pub id: String,
    /// Its label.
    pub label: String,
    /// How it stands: the weakest known answer decides.
    pub status: ItemStatus,
    /// Mean score of its known answers.
    pub score: Option<u8>,
    /// Its questions, known or not.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
}

/// Readiness for breadth: mandaat, draagvlak, middelen en visie (questions tagged `paraatheid.*`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Readiness {
    /// The verdict.
    pub status: ReadinessStatus,
    /// The verdict in words.
    pub label: String,
    /// What is there, what must be strengthened, what lacks — naming only the weak items.
    #[serde(rename = "uitleg")]
    pub explanation: String,
    /// Mean of the items' scores.
    pub score: Option<u8>,
    /// The four items.
    #[serde(rename = "onderdelen")]
    pub items: Vec<ReadinessItem>,
    /// Answers that show a clear shortfall (below 40: "nee").
    #[serde(rename = "tekort")]
    pub lacking: Vec<Reason>,
    /// Known answers that are only partly there (40–74).
    #[serde(rename = "te_versterken")]
    pub to_strengthen: Vec<Reason>,
    /// Questions without a known answer.
    #[serde(rename = "onbekend")]
    pub unknown: Vec<Reason>,
    /// Every known answer.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
    /// Settled or provisional, and what it rests on (filled in by [`crate::analysis::analyse`]).
    #[serde(flatten)]
    pub certainty: Certainty,
}

/// The readiness tags, `paraatheid.<item>` for each of [`READINESS_ITEMS`] in order.
const READINESS_TAGS: [&str; 4] =
    ["paraatheid.mandaat", "paraatheid.draagvlak", "paraatheid.middelen", "paraatheid.visie"];

/// Below this an answer is a clear shortfall ("nee" scores 0; "verondersteld" draagvlak 40 is not).
const SHORTFALL: f64 = 40.0;
/// From this an answer counts as there.
const PRESENT: f64 = 75.0;

/// "Het bestuur moet eerst uitmaken of het klaar is ... Hiervoor moet er voldoende mandaat,
/// draagvlak, middelen en visie zijn" (002 §3.1.3): a judgement over the four together, not a veto
/// of one answer. A clear shortfall in any item, or three items only partly there, is not ready; all
/// four there is ready; in between it is ready on conditions, each condition named. Fewer than three
/// items known is unknown.
pub fn paraatheid(inp: &Inputs<'_>) -> Readiness {
    let mut r = Readiness {
        status: ReadinessStatus::Onbekend,
        label: String::new(),
        explanation: String::new(),
        score: None,
        items: vec![],
        lacking: vec![],
        to_strengthen: vec![],
        unknown: vec![],
        reasons: vec![],
        certainty: Certainty::settled(),
    };
    for (item, tag) in READINESS_ITEMS.into_iter().zip(READINESS_TAGS) {
        let mut scores = Vec::new();
        let mut reasons = Vec::new();
        for q in inp.tagged(tag) {
            let reason = inp.reason_of(q);
            match inp.score(q) {
                Some(s) => {
                    scores.push(s);
                    if s < SHORTFALL {
                        r.lacking.push(reason.clone());
                    } else if s < PRESENT {
                        r.to_strengthen.push(reason.clone());
                    }
                    r.reasons.push(reason.clone());
                }
                None => r.unknown.push(reason.clone()),
            }
            reasons.push(reason);
        }
        let min = scores.iter().copied().reduce(f64::min);
        let status = match min {
            None => ItemStatus::Onbekend,
            Some(m) if m < SHORTFALL => ItemStatus::Tekort,
            Some(m) if m < PRESENT => ItemStatus::TeVersterken,
            Some(_) => ItemStatus::Aanwezig,
        };
        let score = (!scores.is_empty()).then(|| pct(scores.iter().sum::<f64>() / scores.len() as f64));
        r.items.push(ReadinessItem {
            id: item.into(),
            label: texts::readiness_item(item).into(),
            status,
            score,
            reasons,
        });
    }
    let count = |s: ItemStatus| r.items.iter().filter(|i| i.status == s).count();
    let known = r.items.len() - count(ItemStatus::Onbekend);
    let item_scores: Vec<f64> = r.items.iter().filter_map(|i| i.score).map(f64::from).collect();
    r.score = (!item_scores.is_empty()).then(|| pct(item_scores.iter().sum::<f64>() / item_scores.len() as f64));
    r.status = if count(ItemStatus::Tekort) > 0 || count(ItemStatus::TeVersterken) >= 3 {
        ReadinessStatus::NietKlaar
    } else if known < 3 {
        ReadinessStatus::Onbekend
    } else if count(ItemStatus::Aanwezig) == r.items.len() {
        ReadinessStatus::Klaar
    } else {
        ReadinessStatus::KlaarMetVoorwaarden
    };
    if inp.explains() {
        r.label = texts::readiness_label(r.status).into();
        r.explanation = readiness_explanation(&r);
    }
    r
}

/// Name what is there, what must be strengthened and what lacks, each item by its weak answers.
fn readiness_explanation(r: &Readiness) -> String {
    let labels =
        |s: ItemStatus| -> Vec<String> { r.items.iter().filter(|i| i.status == s).map(|i| i.label.clone()).collect() };
    let named = |reasons: &[Reason]| -> Vec<String> { reasons.iter().map(texts::weak_point).collect() };
    texts::readiness_uitleg(
        r.status,
        &labels(ItemStatus::Aanwezig),
        &named(&r.to_strengthen),
        &named(&r.lacking),
        &labels(ItemStatus::Onbekend),
    )
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
    /// Settled or provisional, and what it rests on (filled in by [`crate::analysis::analyse`]).
    #[serde(flatten)]
    pub certainty: Certainty,
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
    /// Settled or provisional, and what it rests on (filled in by [`crate::analysis::analyse`]).
    #[serde(flatten)]
    pub certainty: Certainty,
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

/// The capacity the work rests on (001 §6.1.1, §6.3): how many people, how much time.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Capacity {
    /// Structural VTE for integration (`start.vte`), when known.
    pub vte: Option<f64>,
    /// `start.organisatie`: `geen`, `een_persoon`, `dienst`, when known.
    #[serde(rename = "organisatie")]
    pub organisation: Option<String>,
    /// Under 1 VTE, or nobody assigned.
    #[serde(rename = "klein")]
    pub small: bool,
    /// How many actions the plan holds: 5 when small, else 7.
    #[serde(rename = "max_acties")]
    pub max_actions: usize,
    /// The capacity in words, and what it means for the plan.
    #[serde(rename = "uitleg")]
    pub explanation: String,
    /// The answers behind it.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
}

impl Capacity {
    /// One person, or nobody, carries the work.
    pub fn one_person(&self) -> bool {
        matches!(self.organisation.as_deref(), Some("geen" | "een_persoon"))
    }
}

/// The plan's size follows the capacity: "a gemeente with half an official can carry three to five
/// actions"; SBV's small cases have one person, often part-time and on temporary money (001 §5.2–5.3).
pub fn capaciteit(inp: &Inputs<'_>) -> Capacity {
    let vte = inp.number(ids::VTE);
    let organisation = inp.choice(ids::ORGANISATIE).map(str::to_string);
    let nobody = organisation.as_deref() == Some("geen") || vte == Some(0.0);
    let small = nobody || vte.is_some_and(|v| v < 1.0);
    let max_actions = if small { 5 } else { 7 };
    Capacity {
        explanation: if inp.explains() {
            texts::capaciteit_uitleg(vte, organisation.as_deref(), max_actions)
        } else {
            String::new()
        },
        reasons: inp.known_reasons(&[ids::ORGANISATIE, ids::VTE]),
        vte,
        organisation,
        small,
        max_actions,
    }
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
    /// Whether the SBV path (or its absence) is settled: a key of its own, since `sbv_pad` may be null.
    #[serde(rename = "sbv_pad_zekerheid")]
    pub sbv_certainty: Certainty,
    /// Warnings.
    #[serde(rename = "waarschuwingen")]
    pub warnings: Vec<Warning>,
}

/// The strategy after 3.1.3: breedte or diepte, inhoud or proces, the quadrant and the SBV path.
pub fn strategie(inp: &Inputs<'_>, readiness: Readiness, capacity: &Capacity) -> Strategy {
    let (breadth, mut warnings) = breedte_of_diepte(inp, &readiness);
    let (focus, focus_warnings) = inhoud_of_proces(inp);
    warnings.extend(focus_warnings);
    Strategy {
        breedte_diepte: breadth.value,
        inhoud_proces: focus.value,
        quadrants: kwadranten(breadth.value, focus.value),
        sbv_path: sbv_pad(inp, capacity),
        sbv_certainty: Certainty::settled(),
        breadth,
        focus,
        readiness,
        warnings,
    }
}

/// Breedte when it is wanted and the bestuur is ready, also when it is ready on conditions (then
/// the conditions are named); a clear shortfall or too little known means a bounded project
/// (diepte), with a warning naming only what is weak. "Een bestuur kan kiezen voor een
/// dieptestrategie als er minder politiek of ambtelijk draagvlak is": without a wish, only a bestuur
/// that is fully ready and has no specific problem or ready opportunity gets breedte.
pub fn breedte_of_diepte(inp: &Inputs<'_>, readiness: &Readiness) -> (BreadthChoice, Vec<Warning>) {
    let wish = match inp.choice(ids::AMBITIE) {
        Some("hele_lijn") => Some(Breadth::Breedte),
        Some("facetten") => Some(Breadth::Diepte),
        _ => None,
    };
    // A specific problem or a ready opportunity, read only where it decides (no wish, fully ready).
    let leans_depth = || [ids::SPECIFIEK, ids::KANS].iter().any(|id| inp.degree(id).is_some_and(|d| d >= 0.5));
    let value = match (wish, readiness.status) {
        (Some(Breadth::Breedte), ReadinessStatus::Klaar | ReadinessStatus::KlaarMetVoorwaarden) => Breadth::Breedte,
        (None, ReadinessStatus::Klaar) if !leans_depth() => Breadth::Breedte,
        // Breedte wanted but not ready: a bounded project; diepte wanted; or no wish and not fully ready.
        _ => Breadth::Diepte,
    };
    let warnings = if wish == Some(Breadth::Breedte) && inp.explains() {
        breadth_warning(inp, readiness).into_iter().collect()
    } else {
        Vec::new()
    };
    let mut reasons = inp.known_reasons(&[ids::AMBITIE, ids::SPECIFIEK, ids::KANS]);
    reasons.extend(readiness.reasons.iter().cloned());
    let choice = BreadthChoice {
        value,
        label: texts::breadth_label(value).to_string(),
        explanation: texts::breadth_uitleg(value).to_string(),
        wish,
        reasons,
        certainty: Certainty::settled(),
    };
    (choice, warnings)
}

/// The warning when breedte is wanted: ready on conditions (naming them), or not ready (naming
/// only what is weak), or too little known; none when fully ready.
fn breadth_warning(inp: &Inputs<'_>, readiness: &Readiness) -> Option<Warning> {
    let named = |reasons: &[Reason]| -> Vec<String> { reasons.iter().map(texts::weak_point).collect() };
    let unknown_items = || -> Vec<String> {
        readiness.items.iter().filter(|i| i.status == ItemStatus::Onbekend).map(|i| i.label.clone()).collect()
    };
    match readiness.status {
        ReadinessStatus::Klaar => None,
        ReadinessStatus::KlaarMetVoorwaarden => {
            let mut reasons = readiness.to_strengthen.clone();
            reasons.extend(readiness.unknown.iter().cloned());
            Some(Warning::new(
                texts::W_BREEDTE_MET_VOORWAARDEN,
                texts::breedte_met_voorwaarden(&named(&readiness.to_strengthen), &unknown_items()),
                reasons,
            ))
        }
        ReadinessStatus::NietKlaar => {
            let text = texts::breedte_niet_klaar(&named(&readiness.lacking), &named(&readiness.to_strengthen));
            let mut reasons =
                if readiness.lacking.is_empty() { readiness.to_strengthen.clone() } else { readiness.lacking.clone() };
            reasons.insert(0, inp.reason(ids::AMBITIE));
            Some(Warning::new(texts::W_BREEDTE_NIET_KLAAR, text, reasons))
        }
        ReadinessStatus::Onbekend => {
            let mut reasons = readiness.unknown.clone();
            reasons.insert(0, inp.reason(ids::AMBITIE));
            Some(Warning::new(texts::W_BREEDTE_ONBEKEND, texts::breedte_onbekend(&unknown_items()), reasons))
        }
    }
}

/// Little external input, verkokering, a role culture or few local actors (typical of small
/// gemeenten) lean beleidsinhoudelijk; involving actors systematically and a task culture lean
/// procesmatig. The bestuur's own wish counts unless the leans clearly point the other way: a
/// process approach in a compartmentalised role culture is too ambitious to start with.
pub fn inhoud_of_proces(inp: &Inputs<'_>) -> (FocusChoice, Vec<Warning>) {
    let wish = match inp.choice(ids::FOCUS) {
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
            warnings.push(Warning::new(
                texts::W_PROCES_TE_AMBITIEUS,
                texts::PROCES_TE_AMBITIEUS.into(),
                leans_content.clone(),
            ));
            if net >= 2.0 { Focus::Beleidsinhoudelijk } else { Focus::Procesmatig }
        }
        Some(Focus::Beleidsinhoudelijk) if net <= -2.0 => {
            warnings.push(Warning::new(texts::W_OOK_PROCESMATIG, texts::OOK_PROCESMATIG.into(), leans_process.clone()));
            Focus::Beide
        }
        Some(w) => w,
        None if net >= 1.0 => Focus::Beleidsinhoudelijk,
        None if net <= -1.0 => Focus::Procesmatig,
        None => Focus::Beide,
    };
    let mut reasons = inp.known_reasons(&[ids::FOCUS]);
    reasons.extend(leans_content.iter().cloned());
    reasons.extend(leans_process.iter().cloned());
    let mut explanation = texts::focus_uitleg(value).to_string();
    if wish.is_none() && leans_content.is_empty() && leans_process.is_empty() {
        // Nothing points either way: say so, with the unanswered or "weet niet" questions as the reasons.
        explanation.push_str(texts::FOCUS_ONBEKEND);
        let ids =
            [ids::FOCUS, ids::CULTUUR, ids::EXTERNE_INBRENG, ids::VERKOKERING, ids::WEINIG_ACTOREN, ids::SYSTEMATISCH];
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
        certainty: Certainty::settled(),
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
    lean(inp.degree(ids::EXTERNE_INBRENG).map_or(0.0, |d| 1.0 - d), ids::EXTERNE_INBRENG);
    lean(inp.degree(ids::VERKOKERING).unwrap_or(0.0), ids::VERKOKERING);
    lean(if inp.choice(ids::CULTUUR) == Some("rol") { 1.0 } else { 0.0 }, ids::CULTUUR);
    match inp.degree(ids::WEINIG_ACTOREN) {
        Some(d) => lean(d, ids::WEINIG_ACTOREN),
        // "Zeker in kleinere gemeenten" are there few actors: a weaker sign when not asked directly.
        None => lean(if inp.choice(ids::INWONERS) == Some("tot_10000") { 0.5 } else { 0.0 }, ids::INWONERS),
    }
    (weight, reasons)
}

/// Weight and reasons of the answers leaning procesmatig.
fn process_leans(inp: &Inputs<'_>) -> (f64, Vec<Reason>) {
    let mut weight = 0.0;
    let mut reasons = Vec::new();
    if let Some(d) = inp.degree(ids::SYSTEMATISCH).filter(|d| *d > 0.0) {
        weight += d;
        reasons.push(inp.reason(ids::SYSTEMATISCH));
    }
    if inp.choice(ids::CULTUUR) == Some("taak") {
        weight += 1.0;
        reasons.push(inp.reason(ids::CULTUUR));
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

/// SBV 2019: "Gezien de beperkte aanwezigheid van personen van buitenlandse herkomst of
/// anderstaligen in de gemeente, achten de besturen het niet noodzakelijk om een afzonderlijk
/// integratiebeleid uit te bouwen" (001 §6.2). Recommended only with little staff, a small doelgroep
/// and no "nee" from the neighbours, whose willingness is the basic condition of supra-local work
/// (002 §3.1.4). Where more people of foreign origin live, SBV found no such reliance on
/// intergemeentelijke samenwerking (001 §6.1.2): then it is not recommended, and a gemeente already
/// on this path is told so.
pub fn sbv_pad(inp: &Inputs<'_>, capacity: &Capacity) -> Option<SbvPath> {
    let small_staff = capacity.small || capacity.one_person() || inp.degree(ids::BEPERKT_PERSONEEL) == Some(1.0);
    let doelgroep = inp.choice(ids::DOELGROEP);
    let buren = inp.degree(ids::BUREN);
    let (status, text) = match inp.choice(ids::BELEID) {
        Some("in_sociaal_beleid") => {
            let mut text = texts::SBV_GEVOLGD.to_string();
            if matches!(doelgroep, Some("merkbaar" | "groot")) {
                text.push_str(texts::SBV_GEVOLGD_GROTE_DOELGROEP);
            }
            ("gevolgd", text)
        }
        Some("geen" | "strategie_operationeel") if small_staff && doelgroep == Some("klein") && buren != Some(0.0) => {
            let mut text = texts::SBV_AANBEVOLEN.to_string();
            if buren.is_none() {
                text.push_str(texts::SBV_BUREN_NAGAAN);
            }
            ("aanbevolen", text)
        }
        _ => return None,
    };
    let reasons = inp.known_reasons(&[
        ids::BELEID,
        ids::ORGANISATIE,
        ids::VTE,
        ids::DOELGROEP,
        ids::BEPERKT_PERSONEEL,
        ids::BUREN,
    ]);
    Some(SbvPath { status: status.to_string(), text, reasons })
}

#[cfg(test)]
mod readiness_tags {
    #[test]
    fn the_tags_are_the_items_with_their_prefix() {
        for (item, tag) in super::READINESS_ITEMS.iter().zip(super::READINESS_TAGS) {
            assert_eq!(format!("{}.{item}", super::TAG_READINESS), tag);
        }
    }
}
