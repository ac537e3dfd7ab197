//! Fixture sessions against the REAL default questionnaire (`questionnaires/vvsg-4p.toml`, embedded),
//! one per persona of the sources: each fixture's expected outcome is asserted explicitly (position,
//! stage, readiness, breedte/diepte, inhoud/proces, scenario, SBV path, the plan's size, first action
//! and owners), then the analysis (JSON) and the Markdown report are snapshotted.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use regiewijzer::analysis::{self, Analysis, Breadth, Focus, OwnerRole, Positie, ReadinessStatus};
use regiewijzer::questionnaire::{self, Questionnaire};
use regiewijzer::report::{self, Format, Renderer};
use regiewijzer::session::{self, Session};

const DIR: &str = "tests/fixtures/sessions-vvsg";

/// The embedded questionnaire itself, never a user's override from the config directory.
fn questionnaire() -> Questionnaire {
    let text = regiewijzer::embedded::questionnaire_text("vvsg-4p").unwrap();
    questionnaire::parse_embedded(text, "vvsg-4p.toml").unwrap()
}

fn load(name: &str) -> (Questionnaire, Session, Analysis) {
    let q = questionnaire();
    let s = session::load(&Path::new(DIR).join(name)).unwrap();
    let a = analysis::analyse(&q, &s);
    (q, s, a)
}

/// What a fixture must come out as.
struct Expected {
    file: &'static str,
    position: Positie,
    /// Whether the position is named as a mixed picture.
    mixed: bool,
    stage: Option<u8>,
    readiness: ReadinessStatus,
    breadth: Breadth,
    focus: Focus,
    scenario: u8,
    /// `gevolgd`, `aanbevolen` or none.
    sbv: Option<&'static str>,
    /// The number of actions in the plan (the capacity's maximum when there is more to do).
    actions: usize,
    /// The first action's aim.
    first: &'static str,
    /// The owners of the plan's actions, in order.
    owners: &'static [OwnerRole],
}

use OwnerRole::{College, Diensthoofden, Directeur, Mat, Planningscoordinator, Schepen, Trekker};

const EXPECTED: [Expected; 11] = [
    Expected {
        file: "klein-sociaal-beleid-bovenlokaal.toml",
        position: Positie::Netwerkcoordinatie,
        mixed: true,
        stage: Some(2),
        readiness: ReadinessStatus::NietKlaar,
        breadth: Breadth::Diepte,
        focus: Focus::Beleidsinhoudelijk,
        scenario: 4,
        sbv: Some("gevolgd"),
        actions: 5,
        first: "middelen",
        owners: &[Directeur, Directeur, Mat, Schepen, Trekker],
    },
    Expected {
        file: "centrumstad-breedte-proces-clustergroep.toml",
        position: Positie::Marktsturing,
        mixed: false,
        stage: Some(3),
        readiness: ReadinessStatus::KlaarMetVoorwaarden,
        breadth: Breadth::Breedte,
        focus: Focus::Procesmatig,
        scenario: 3,
        sbv: None,
        actions: 7,
        first: "middelen",
        owners: &[Directeur, Mat, Trekker, Diensthoofden, Trekker, Mat, Planningscoordinator],
    },
    Expected {
        file: "middelgroot-breedte-inhoud-basisgroep.toml",
        position: Positie::Regie,
        mixed: true,
        stage: Some(3),
        readiness: ReadinessStatus::KlaarMetVoorwaarden,
        breadth: Breadth::Breedte,
        focus: Focus::Beleidsinhoudelijk,
        scenario: 2,
        sbv: None,
        actions: 7,
        first: "visie",
        owners: &[Trekker, Diensthoofden, Mat, Directeur, Mat, Trekker, Schepen],
    },
    Expected {
        file: "diepte-proces-kans-unieke-groep.toml",
        position: Positie::Netwerkcoordinatie,
        mixed: true,
        stage: Some(1),
        readiness: ReadinessStatus::NietKlaar,
        breadth: Breadth::Diepte,
        focus: Focus::Procesmatig,
        scenario: 1,
        sbv: None,
        actions: 7,
        first: "structurele_capaciteit",
        owners: &[Directeur, Directeur, Trekker, Trekker, Diensthoofden, Schepen, Schepen],
    },
    Expected {
        file: "kort-agii-consulent.toml",
        position: Positie::Netwerkcoordinatie,
        mixed: false,
        stage: None,
        readiness: ReadinessStatus::NietKlaar,
        breadth: Breadth::Diepte,
        focus: Focus::Beleidsinhoudelijk,
        scenario: 4,
        sbv: Some("aanbevolen"),
        actions: 5,
        first: "afgebakend_project",
        owners: &[Schepen, Schepen, Directeur, Mat, Trekker],
    },
    Expected {
        file: "grensstad-kwetsbare-eenmansdienst.toml",
        position: Positie::Netwerkcoordinatie,
        mixed: false,
        stage: Some(2),
        readiness: ReadinessStatus::NietKlaar,
        breadth: Breadth::Diepte,
        focus: Focus::Beleidsinhoudelijk,
        scenario: 2,
        sbv: None,
        actions: 5,
        first: "structurele_capaciteit",
        owners: &[Directeur, Directeur, Mat, Diensthoofden, Trekker],
    },
    Expected {
        file: "gemeente-15000-deeltijds.toml",
        position: Positie::Netwerkcoordinatie,
        mixed: true,
        stage: Some(2),
        readiness: ReadinessStatus::NietKlaar,
        breadth: Breadth::Diepte,
        focus: Focus::Beide,
        scenario: 1,
        sbv: None,
        actions: 5,
        first: "afgebakend_project",
        owners: &[Schepen, Directeur, Directeur, Trekker, College],
    },
    Expected {
        file: "superdiverse-centrumstad.toml",
        position: Positie::Marktsturing,
        mixed: false,
        stage: Some(3),
        readiness: ReadinessStatus::KlaarMetVoorwaarden,
        breadth: Breadth::Breedte,
        focus: Focus::Procesmatig,
        scenario: 3,
        sbv: None,
        actions: 7,
        first: "ambtelijk_draagvlak",
        owners: &[Diensthoofden, Trekker, Mat, Schepen, Schepen, Trekker, Planningscoordinator],
    },
    Expected {
        file: "mechelen-inclusieve-stad.toml",
        position: Positie::Netwerkcoordinatie,
        mixed: true,
        stage: Some(3),
        readiness: ReadinessStatus::KlaarMetVoorwaarden,
        breadth: Breadth::Breedte,
        focus: Focus::Beide,
        scenario: 3,
        sbv: None,
        actions: 7,
        first: "ambtelijk_draagvlak",
        owners: &[Diensthoofden, Directeur, Trekker, Trekker, Mat, Schepen, Schepen],
    },
    // SBV 2019 case 2 (001 §5.2): nobody assigned, integration inside lokaal sociaal beleid, what the
    // gemeente is too small for done with the neighbours.
    Expected {
        file: "grensheide-zonder-integratiedienst-bovenlokaal.toml",
        position: Positie::Netwerkcoordinatie,
        mixed: false,
        stage: Some(2),
        readiness: ReadinessStatus::NietKlaar,
        breadth: Breadth::Diepte,
        focus: Focus::Beleidsinhoudelijk,
        scenario: 4,
        sbv: Some("gevolgd"),
        actions: 5,
        first: "middelen",
        owners: &[Directeur, Schepen, Mat, Schepen, Diensthoofden],
    },
    // The Dendermonde example (002 §3.1.4): a specific problem the neighbours want to solve now.
    Expected {
        file: "scheldemeers-offerfeest-met-buurgemeenten.toml",
        position: Positie::Netwerkcoordinatie,
        mixed: false,
        stage: Some(3),
        readiness: ReadinessStatus::NietKlaar,
        breadth: Breadth::Diepte,
        focus: Focus::Procesmatig,
        scenario: 4,
        sbv: None,
        actions: 5,
        first: "structurele_capaciteit",
        owners: &[Directeur, Directeur, Mat, Trekker, Schepen],
    },
];

#[test]
fn every_fixture_has_its_expected_outcome() {
    for e in &EXPECTED {
        let (_, _, a) = load(e.file);
        let f = e.file;
        assert_eq!(a.position.value, e.position, "{f}: positie");
        assert_eq!(a.position.mixed, e.mixed, "{f}: gemengd ({})", a.position.label);
        assert_eq!(a.stage.value, e.stage, "{f}: fase");
        assert_eq!(a.strategy.readiness.status, e.readiness, "{f}: paraatheid");
        assert_eq!(a.strategy.breedte_diepte, e.breadth, "{f}: breedte/diepte");
        assert_eq!(a.strategy.inhoud_proces, e.focus, "{f}: inhoud/proces");
        assert_eq!(a.scenario.scenario, e.scenario, "{f}: scenario");
        assert_eq!(a.strategy.sbv_path.as_ref().map(|p| p.status.as_str()), e.sbv, "{f}: SBV-pad");
        let ids: Vec<&str> = a.actions.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(a.actions.len(), e.actions, "{f}: aantal acties {ids:?}");
        assert_eq!(ids[0], e.first, "{f}: eerste actie {ids:?}");
        let owners: Vec<OwnerRole> = a.actions.iter().map(|x| x.owner_role).collect();
        assert_eq!(owners, e.owners, "{f}: eigenaars {ids:?}");
        assert!(a.actions.iter().all(|x| !x.reasons.is_empty()), "{f}: every action has its waarom");
    }
}

#[test]
fn the_plan_fits_the_capacity_and_holds_each_aim_and_practice_once() {
    for e in &EXPECTED {
        let (_, s, a) = load(e.file);
        let f = e.file;
        let max = if a.capacity.small { 5 } else { 7 };
        assert_eq!(a.capacity.max_actions, max, "{f}");
        assert!(a.actions.len() <= max, "{f}: {} actions", a.actions.len());
        if s.mode == session::Mode::Volledig && a.capacity.vte.is_some_and(|v| v < 1.0) {
            assert!(a.actions.len() <= 5, "{f}: under 1 VTE, at most 5");
        }
        let all: Vec<&analysis::Action> = a.actions.iter().chain(&a.other_actions).collect();
        let mut aims: Vec<&str> = all.iter().map(|x| x.id.as_str()).collect();
        aims.sort_unstable();
        aims.dedup();
        assert_eq!(aims.len(), all.len(), "{f}: an aim twice");
        let mut practices: Vec<&str> = all.iter().filter_map(|x| x.practice.as_ref()).map(|p| p.id.as_str()).collect();
        let used = practices.len();
        practices.sort_unstable();
        practices.dedup();
        assert_eq!(practices.len(), used, "{f}: a practice twice");
        let most = owner_counts(&a).into_values().max().unwrap_or(0);
        assert!(most <= 2 || (most == 3 && a.actions.len() == 7), "{f}: one owner carries {most}");
        let trekker = a.actions.iter().filter(|x| x.owner_role == OwnerRole::Trekker).count();
        assert!(trekker * 2 <= a.actions.len(), "{f}: not everything on the trekker ({trekker})");
        assert!(a.decisions.len() <= 5, "{f}");
        for d in &a.decisions {
            let action = &a.actions[d.action - 1];
            assert_eq!(action.decision.as_deref(), Some(d.text.as_str()), "{f}");
        }
    }
}

fn owner_counts(a: &Analysis) -> std::collections::BTreeMap<OwnerRole, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for x in &a.actions {
        *counts.entry(x.owner_role).or_insert(0) += 1;
    }
    counts
}

#[test]
fn the_plan_names_the_goal_and_the_scenario() {
    // The goal the respondent typed comes back where an action serves it, quoted.
    let (_, s, a) = load("gemeente-15000-deeltijds.toml");
    let goal = match s.answer("start.doel") {
        Some(session::Answer::Text(t)) => t.clone(),
        other => panic!("{other:?}"),
    };
    let first_words: String = goal.chars().take(40).collect();
    assert!(
        a.actions.iter().any(|x| x.link.as_deref().is_some_and(|l| l.contains(&first_words))),
        "the goal in a koppeling"
    );
    // Scenario 4: the neighbouring gemeenten are in the plan, named as the scenario.
    let (_, _, a) = load("klein-sociaal-beleid-bovenlokaal.toml");
    let neighbours = a.actions.iter().find(|x| x.id == "buurgemeenten").expect("buurgemeenten in the plan");
    assert!(neighbours.link.as_deref().is_some_and(|l| l.contains("buurgemeenten")), "{:?}", neighbours.link);
}

#[test]
fn the_fixtures_cover_every_quadrant_and_every_scenario() {
    let mut quadrants = std::collections::BTreeSet::new();
    let mut scenarios = std::collections::BTreeSet::new();
    for e in &EXPECTED {
        let (_, _, a) = load(e.file);
        for q in a.strategy.quadrants.iter().filter(|q| q.chosen) {
            quadrants.insert(format!("{:?}-{:?}", q.breedte_diepte, q.inhoud_proces));
        }
        scenarios.insert(a.scenario.scenario);
    }
    assert_eq!(quadrants.len(), 4, "{quadrants:?}");
    assert_eq!(scenarios.into_iter().collect::<Vec<_>>(), [1, 2, 3, 4]);
    let files = std::fs::read_dir(DIR).unwrap().count();
    assert_eq!(files, EXPECTED.len(), "every fixture in {DIR} has an expected outcome");
}

#[test]
fn why_each_outcome_follows_from_the_answers() {
    // Small gemeente: diepte is its own wish, few actors and little external input lean content,
    // limited staff and shared stakeholders lead to bovenlokale samenwerking.
    let (_, _, a) = load("klein-sociaal-beleid-bovenlokaal.toml");
    assert_eq!(a.strategy.breadth.wish, Some(Breadth::Diepte));
    let content: Vec<&str> = a.strategy.focus.leans_content.iter().map(|r| r.question.as_str()).collect();
    assert!(content.contains(&"strategie.weinig_actoren") && content.contains(&"strategie.externe_inbreng"));
    assert!(a.strategy.warnings.is_empty(), "diepte was wanted: no warning");

    // Centrumstad: task culture and systematic involvement lean procesmatig.
    let (_, _, a) = load("centrumstad-breedte-proces-clustergroep.toml");
    let process: Vec<&str> = a.strategy.focus.leans_process.iter().map(|r| r.question.as_str()).collect();
    assert_eq!(process, ["strategie.actoren_systematisch", "strategie.cultuur"]);
    assert!(
        a.conditions.iter().any(|c| c.strategy == "breedte")
            && a.conditions.iter().any(|c| c.strategy == "procesmatig")
    );

    // Middle gemeente: legal levers and partners that depend on its money (regie); interne regie lags.
    let (_, _, a) = load("middelgroot-breedte-inhoud-basisgroep.toml");
    assert!(
        a.position.reasons.iter().any(|r| r.question == "context.doorzettingsmacht_financieel" && r.answer == "Ja")
    );
    assert!(a.process.warning.is_some(), "interne regie komt eerst");
    assert!(a.scenario.warnings.iter().any(|w| w.reasons[0].question == "procedure.bestaande_groep"));

    // A ready opportunity leans diepte even with political draagvlak.
    let (_, _, a) = load("diepte-proces-kans-unieke-groep.toml");
    assert!(a.strategy.breadth.reasons.iter().any(|r| r.question == "strategie.kans" && r.answer == "Ja"));

    // Short intake: breadth wanted without readiness → warning and a bounded project; gaps counted.
    let (_, _, a) = load("kort-agii-consulent.toml");
    assert_eq!(a.strategy.breadth.wish, Some(Breadth::Breedte));
    assert_eq!(a.strategy.warnings[0].kind, "breedte_niet_klaar");
    assert!(a.actions.iter().chain(&a.other_actions).any(|x| x.id == "informatie_aanvullen"));
    assert!(a.gaps.iter().any(|g| g.question == "context.fase"));
}

#[test]
fn descriptive_questions_are_never_strengths_or_actions() {
    for e in &EXPECTED {
        let (q, _, a) = load(e.file);
        let descriptive = |id: &str| q.question(id).is_some_and(|x| x.weight == 0.0 && x.tags.is_empty());
        for s in &a.strengths {
            assert!(s.reasons.iter().all(|r| !descriptive(&r.question)), "{}: strength {}", e.file, s.text);
        }
        for x in &a.actions {
            assert!(!descriptive(&x.id), "{}: action {}", e.file, x.id);
        }
    }
}

#[test]
fn what_blocks_the_strategy_leads_the_action_plan() {
    for e in &EXPECTED {
        let (_, _, a) = load(e.file);
        let ranks: Vec<analysis::Category> = a.actions.iter().map(|x| x.category).collect();
        assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{}: {ranks:?}", e.file);
        let all_ranks: Vec<analysis::Category> = a.other_actions.iter().map(|x| x.category).collect();
        assert!(all_ranks.windows(2).all(|w| w[0] <= w[1]), "{}: overige {all_ranks:?}", e.file);
    }
}

#[test]
fn the_complete_session_answers_every_visible_question() {
    let (q, s, a) = load("centrumstad-breedte-proces-clustergroep.toml");
    let (done, all) = q.progress(&s);
    assert_eq!(done, all);
    assert!(a.actors.rows.len() >= 5);
    assert!(a.gaps.is_empty(), "{:?}", a.gaps);
}

#[test]
fn analysis_and_markdown_snapshots() {
    let q = questionnaire();
    let renderer = Renderer::embedded().unwrap();
    insta::glob!("fixtures/sessions-vvsg/*.toml", |path| {
        let s = session::load(path).unwrap();
        let a = analysis::analyse(&q, &s);
        insta::assert_snapshot!("analyse", report::json(&a).unwrap());
        insta::assert_snapshot!("markdown", renderer.render(Format::Markdown, &a, &q, &s).unwrap());
        let html = renderer.render(Format::Html, &a, &q, &s).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
    });
}

#[test]
fn write_files_writes_every_format_for_the_real_questionnaire() {
    let (q, s, _) = load("centrumstad-breedte-proces-clustergroep.toml");
    let dir = tempfile::tempdir().unwrap();
    let written =
        report::write_files(&Renderer::embedded().unwrap(), &q, &s, &Format::ALL, dir.path(), "dijlestad").unwrap();
    assert_eq!(written.len(), 3);
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&written[2]).unwrap()).unwrap();
    assert_eq!(json["positie"], "marktsturing");
    assert_eq!(json["procedure"]["scenario"], 3);
}

#[test]
fn no_condition_is_listed_twice_and_every_choice_has_its_waarom() {
    for e in &EXPECTED {
        let (_, _, a) = load(e.file);
        let mut ids: Vec<&str> = a.conditions.iter().flat_map(analysis::ConditionSet::questions).collect();
        let all = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all, "{}: a condition listed twice", e.file);
        assert!(!a.strategy.breadth.reasons.is_empty(), "{}: breedte/diepte without waarom", e.file);
        assert!(!a.strategy.focus.reasons.is_empty(), "{}: inhoud/proces without waarom", e.file);
        assert!(!a.scenario.reasons.is_empty(), "{}: scenario without waarom", e.file);
    }
}

#[test]
fn an_unknown_stage_falls_back_on_the_stage_most_partners_reached() {
    // Beekdonk's actors: engagement, overleg, overleg, informatie, overleg → overleg (2).
    let (q, mut s, a) = load("klein-sociaal-beleid-bovenlokaal.toml");
    assert_eq!(a.stage.value, Some(2));
    s.set_answer("context.fase", session::Answer::Choice("weet_niet".into()));
    let derived = analysis::analyse(&q, &s);
    assert_eq!(derived.stage.value, Some(2));
    assert!(derived.stage.reasons.iter().any(|r| r.question == "participanten.actoren"), "{:?}", derived.stage.reasons);
    s.set_answer("context.fase", session::Answer::Choice("partnerschap".into()));
    assert_eq!(analysis::analyse(&q, &s).stage.value, Some(4), "an answered stage wins");
}
