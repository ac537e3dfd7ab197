//! §3.1.4: how the work is organised. Four scenarios — de unieke groep, de vaste basisgroep, de
//! clustergroep, bovenlokale samenwerking — chosen from the procedure answers, then reconciled with
//! the strategy, readiness and capacity: a heavy structure for a bounded project or half an official
//! is not advice, and where answers and strategy still pull apart the result says so.

use serde::Serialize;

use super::ids;
use super::strategie::{BreadthChoice, Capacity, Readiness, SbvPath, Strategy};
use crate::analysis::inputs::Inputs;
use crate::analysis::zekerheid::Certainty;
use crate::analysis::{Breadth, ReadinessStatus, Reason, Warning, texts};

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
    /// How strategy, readiness and capacity moved the points the procedure answers gave, each with
    /// its reasons (002 §3.1.4: "om logheid tegen te gaan").
    #[serde(rename = "bijsturing")]
    pub adjustments: Vec<Warning>,
    /// Notes and warnings, also where the answers and the strategy still pull apart.
    #[serde(rename = "waarschuwingen")]
    pub warnings: Vec<Warning>,
    /// The answers behind it.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
    /// Settled or provisional, and what it rests on (filled in by [`crate::analysis::analyse`]).
    #[serde(flatten)]
    pub certainty: Certainty,
}

fn scenario_points(inp: &Inputs<'_>) -> [f64; 4] {
    let mut p = [0.0; 4];
    let choice = |id| inp.choice(id);
    let degree = |id| inp.degree(id).unwrap_or(0.0);
    match choice(ids::DEELNEMERS) {
        Some("weinig") => p[0] += 2.0,
        Some("gemiddeld") => p[1] += 2.0,
        Some("veel") => p[2] += 2.0,
        _ => {}
    }
    match choice(ids::OMVANG) {
        Some("klein") => p[0] += 1.0,
        Some("middel") => p[1] += 1.0,
        Some("groot") => p[2] += 1.0,
        _ => {}
    }
    match choice(ids::EXTERNE_PARTNERS) {
        Some("weinig") => p[0] += 1.0,
        Some("enkele") => p[1] += 1.0,
        Some("veel") => p[2] += 1.0,
        _ => {}
    }
    p[0] += degree(ids::WEINIG_ACTOREN);
    p[1] += 2.0 * degree(ids::BESTAANDE_GROEP);
    p[2] += 3.0 * degree(ids::DEELTHEMAS);
    p[3] += 2.0 * degree(ids::BEPERKT_PERSONEEL) + 2.0 * degree(ids::BOVENLOKAAL) + degree(ids::BUREN);
    p
}

/// What the procedure reads of the strategy: breedte or diepte, readiness and the SBV path (not the
/// content/process choice, so that its certainty does not rest on that choice's questions).
#[derive(Debug, Clone, Copy)]
pub struct StrategyParts<'s> {
    /// Breedte or diepte, with its reasons.
    pub breadth: &'s BreadthChoice,
    /// Readiness for breadth.
    pub readiness: &'s Readiness,
    /// The SBV path, when it applies.
    pub sbv_path: Option<&'s SbvPath>,
}

impl<'s> From<&'s Strategy> for StrategyParts<'s> {
    fn from(s: &'s Strategy) -> Self {
        StrategyParts { breadth: &s.breadth, readiness: &s.readiness, sbv_path: s.sbv_path.as_ref() }
    }
}

/// The points after reconciling with strategy, readiness and capacity, and what moved them.
fn reconcile(
    inp: &Inputs<'_>,
    raw: [f64; 4],
    strategy: StrategyParts<'_>,
    capacity: &Capacity,
) -> ([f64; 4], Vec<Warning>) {
    let mut p = raw;
    let mut moved = Vec::new();
    // What moved the points, in words (skipped while the certainty check computes values).
    let mut say = |w: &dyn Fn() -> Warning| {
        if inp.explains() {
            moved.push(w());
        }
    };
    if p[2] > 0.0 && strategy.breadth.value == Breadth::Diepte {
        // "A bounded (diepte) project rarely needs clusters per subtheme."
        p[2] -= 2.0;
        say(&|| {
            Warning::new(
                texts::W_DIEPTE_GEEN_CLUSTERS,
                texts::DIEPTE_GEEN_CLUSTERS.into(),
                strategy.breadth.reasons.iter().take(1).cloned().collect(),
            )
        });
    }
    if p[2] > 0.0 && capacity.small {
        // A clustergroep needs a planningscoördinator, a coördinatiegroep and a beleidsgroep.
        p[2] -= 2.0;
        say(&|| Warning::new(texts::W_CLUSTERS_TE_ZWAAR, texts::CLUSTERS_TE_ZWAAR.into(), capacity.reasons.clone()));
    }
    if p[2] > 0.0 && matches!(strategy.readiness.status, ReadinessStatus::NietKlaar | ReadinessStatus::Onbekend) {
        // The beleidsgroep of mandatarissen presumes political engagement.
        p[2] -= 1.0;
        say(&|| {
            let mut reasons = strategy.readiness.lacking.clone();
            reasons.extend(strategy.readiness.to_strengthen.iter().cloned());
            Warning::new(texts::W_BELEIDSGROEP_ZONDER_ENGAGEMENT, texts::BELEIDSGROEP_ZONDER_ENGAGEMENT.into(), reasons)
        });
    }
    let neighbours_willing = inp.degree(ids::BUREN) != Some(0.0);
    if p[3] > 0.0 && capacity.small && neighbours_willing && inp.degree(ids::BEPERKT_PERSONEEL) != Some(0.0) {
        // "Samen met andere gemeenten ... kan zinvol zijn als er beperkte menskracht is in het bestuur":
        // under 1 VTE strengthens what the answers already point to, it does not decide alone.
        p[3] += 1.0;
        say(&|| Warning::new(texts::W_WEINIG_MENSKRACHT, texts::WEINIG_MENSKRACHT.into(), capacity.reasons.clone()));
    }
    if let Some(sbv) = strategy.sbv_path.filter(|_| neighbours_willing && p[3] > 0.0) {
        p[3] += 1.0;
        say(&|| Warning::new(texts::W_SBV_BOVENLOKAAL, texts::SBV_BOVENLOKAAL.into(), sbv.reasons.clone()));
    }
    (p, moved)
}

/// The scenarios from best to worst; ties go to the simpler form. Scenario 4 is left out when the
/// neighbours do not want to work on it at the same time.
fn ranking(points: &[f64; 4], without_four: bool) -> Vec<u8> {
    let mut order: Vec<u8> = (1..=4).filter(|n| !(without_four && *n == 4)).collect();
    order.sort_by(|a, b| points[usize::from(*b - 1)].total_cmp(&points[usize::from(*a - 1)]).then(a.cmp(b)));
    order
}

/// Few stakeholders → de unieke groep; a fixed group (or one to hook into) → de vaste basisgroep;
/// sub-themes or target groups, many participants → de clustergroep; limited staff and supra-local
/// or shared stakeholders → bovenlokale samenwerking. Then the procedure follows the strategy and the
/// capacity ("om logheid tegen te gaan ... in te haken op bestaande groepen", 002 §3.1.4), and
/// scenario 4 needs its "basisvoorwaarde": besturen that want to work on it at the same time.
pub fn procedure_scenario(inp: &Inputs<'_>, strategy: &Strategy, capacity: &Capacity) -> Scenario {
    scenario_from(inp, strategy.into(), capacity)
}

/// [`procedure_scenario`] from the parts of the strategy it reads.
pub fn scenario_from(inp: &Inputs<'_>, strategy: StrategyParts<'_>, capacity: &Capacity) -> Scenario {
    let raw = scenario_points(inp);
    let (points, adjustments) = reconcile(inp, raw, strategy, capacity);
    let buren_nee = inp.degree(ids::BUREN) == Some(0.0);
    let order = ranking(&points, buren_nee);
    let (best, second) = (order[0], order[1]);
    let (best_points, second_points) = (points[usize::from(best - 1)], points[usize::from(second - 1)]);
    if !inp.explains() {
        // The certainty check needs the scenario only.
        return Scenario {
            scenario: best,
            name: String::new(),
            explanation: String::new(),
            groups: vec![],
            runner_up: None,
            points: vec![],
            adjustments,
            warnings: vec![],
            reasons: vec![],
            certainty: Certainty::settled(),
        };
    }
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
    let raw_best = ranking(&raw, false)[0];
    if raw_best == 4 && buren_nee {
        warnings.push(Warning::new(
            texts::W_BUREN_NIET_TEGELIJK,
            texts::BUREN_NIET_TEGELIJK.into(),
            vec![inp.reason(ids::BUREN)],
        ));
    } else if raw_best != best && raw[usize::from(raw_best - 1)] > 0.0 {
        let why: Vec<&str> = adjustments.iter().map(|w| w.text.as_str()).collect();
        let mut reasons: Vec<Reason> = adjustments.iter().flat_map(|w| w.reasons.iter().cloned()).collect();
        dedup_reasons(&mut reasons);
        warnings.push(Warning::new(texts::W_SPANNING, texts::spanning(raw_best, best, &why), reasons));
    }
    if best == 3 && (strategy.breadth.value == Breadth::Diepte || capacity.small) {
        let mut reasons = strategy.breadth.reasons.iter().take(1).cloned().collect::<Vec<_>>();
        reasons.extend(capacity.reasons.iter().cloned());
        warnings.push(Warning::new(texts::W_CLUSTERGROEP_ZWAAR, texts::CLUSTERGROEP_ZWAAR.into(), reasons));
    }
    if best == 4 && inp.degree(ids::BUREN).is_none() {
        warnings.push(Warning::new(texts::W_BUREN_NAGAAN, texts::BUREN_NAGAAN.into(), vec![inp.reason(ids::BUREN)]));
    }
    if inp.degree(ids::BESTAANDE_GROEP).is_some_and(|d| d > 0.0) {
        warnings.push(Warning::new(texts::W_INHAKEN, texts::INHAKEN.into(), vec![inp.reason(ids::BESTAANDE_GROEP)]));
    }
    let reasons = inp.known_reasons(&[
        ids::DEELNEMERS,
        ids::OMVANG,
        ids::EXTERNE_PARTNERS,
        ids::WEINIG_ACTOREN,
        ids::BESTAANDE_GROEP,
        ids::DEELTHEMAS,
        ids::BEPERKT_PERSONEEL,
        ids::BOVENLOKAAL,
        ids::BUREN,
    ]);
    Scenario {
        scenario: best,
        name: texts::scenario_naam(best).into(),
        explanation,
        groups: groups(best),
        runner_up,
        points: refs,
        adjustments,
        warnings,
        reasons,
        certainty: Certainty::settled(),
    }
}

/// Keep the first reason per question.
fn dedup_reasons(reasons: &mut Vec<Reason>) {
    let mut seen = std::collections::BTreeSet::new();
    reasons.retain(|r| seen.insert(r.question.clone()));
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
