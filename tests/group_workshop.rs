//! The merge on a realistic workshop: five respondents of Netevelde (schepen, integratieambtenaar,
//! diensthoofd, two partners; `tests/fixtures/workshop-netevelde`) on the real questionnaire. The
//! consensus rule, the results that rest on a weak consensus, the agenda order and the roles side by
//! side are asserted explicitly; the group report is snapshotted.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use regiewijzer::analysis::{self, Breadth, Focus, Positie, ReadinessStatus};
use regiewijzer::answer::Answer;
use regiewijzer::group::{self, Basis, Group, Importance, Outcome, Weakness};
use regiewijzer::questionnaire::{self, Questionnaire};
use regiewijzer::report::groep::GroupReport;
use regiewijzer::report::{Format, Renderer};
use regiewijzer::session::Role;

const DIR: &str = "tests/fixtures/workshop-netevelde";

fn questionnaire() -> Questionnaire {
    let text = regiewijzer::embedded::questionnaire_text("vvsg-4p").unwrap();
    questionnaire::parse_embedded(text, "vvsg-4p.toml").unwrap()
}

fn workshop_from(paths: &[PathBuf]) -> Group {
    let (inputs, skipped) = group::read_inputs(paths);
    assert!(skipped.is_empty(), "{skipped:?}");
    group::merge(inputs).unwrap().group
}

fn workshop() -> Group {
    workshop_from(&[PathBuf::from(DIR)])
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.into())
}

#[test]
fn the_five_respondents_are_merged_bestuur_first() {
    let g = workshop();
    let roles: Vec<Role> = g.members.iter().map(|m| m.session.respondent.role).collect();
    assert_eq!(
        roles,
        [
            Role::Schepen,
            Role::Integratieambtenaar,
            Role::Diensthoofd,
            Role::Partnerorganisatie,
            Role::Partnerorganisatie
        ]
    );
    assert_eq!(g.gemeente, "Netevelde");
    assert!(g.decisions.is_empty());
}

#[test]
fn the_merge_does_not_depend_on_the_order_of_the_files() {
    let q = questionnaire();
    let mut files: Vec<PathBuf> = std::fs::read_dir(DIR).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let forward = group::consensus(&q, &workshop_from(&files));
    files.reverse();
    let backward = group::consensus(&q, &workshop_from(&files));
    assert_eq!(forward.questions, backward.questions);
    assert_eq!(forward.session.entries, backward.session.entries);
    let lean = group::consensus_session(&q, &workshop());
    assert!(lean.entries == forward.session.entries, "the lean path gives the same answers");
}

#[test]
fn the_consensus_rule_on_the_workshop() {
    let q = questionnaire();
    let c = group::consensus(&q, &workshop());
    let on = |id: &str| c.question(id).unwrap();
    // Aangetoond (schepen, LOP) against verondersteld (official, diensthoofd), the partner of De Brug
    // does not know: the median (70) is the middle answer "deels", never "aangetoond", and weak.
    let draagvlak = on("strategie.draagvlak_ambtelijk");
    assert_eq!((draagvlak.known, draagvlak.dont_know), (4, 1));
    assert_eq!(draagvlak.answer, Some(choice("deels")));
    assert!(draagvlak.far_apart);
    assert!(draagvlak.weak.contains(&Weakness::GeenMeerderheid));
    // Only the schepen says partners dare to criticise; the partners say nee or gedeeltelijk.
    let kritiek = on("proces.kritiek");
    assert_eq!(kritiek.answer, Some(choice("nee")));
    assert!(kritiek.far_apart && !kritiek.is_weak());
    // 3 against 2 on the bestuur's ambition: a majority, but a weak one.
    let ambitie = on("strategie.ambitie");
    assert_eq!(ambitie.answer, Some(choice("hele_lijn")));
    assert_eq!(ambitie.weak, vec![Weakness::VerreMinderheid]);
    // Where everyone agrees there is nothing to discuss.
    let mandaat = on("proces.mandaat_vertegenwoordigers");
    assert_eq!((mandaat.divergence, mandaat.far_apart, mandaat.is_weak()), (0, false, false));
    assert!(c.questions.iter().all(|x| x.basis == Basis::Regel));
}

#[test]
fn the_analysis_runs_unchanged_on_the_consensus_and_says_what_rests_on_a_split() {
    let q = questionnaire();
    let g = workshop();
    let c = group::consensus(&q, &g);
    let a = analysis::analyse(&q, &c.session);
    assert_eq!(a.gemeente, "Netevelde");
    assert_eq!(a.position.value, Positie::Regie);
    assert_eq!(a.stage.value, Some(3));
    // The bestuur wants breadth; mandate and means are there, ambtelijk draagvlak only partly
    // (the group is split on it) and the vision partly: breadth with conditions (002 §3.1.3 weighs
    // the four together) — and the report must say it rests on a split.
    assert_eq!(a.strategy.readiness.status, ReadinessStatus::KlaarMetVoorwaarden);
    assert_eq!(a.strategy.breadth.wish, Some(Breadth::Breedte));
    assert_eq!(a.strategy.breadth.value, Breadth::Breedte);
    assert_eq!(a.strategy.focus.value, Focus::Beleidsinhoudelijk);
    assert_eq!(a.scenario.scenario, 2);
    let fragile = group::fragile_results(&q, &c, &a);
    let of = |o: Outcome| fragile.iter().find(|f| f.outcome == o).map(|f| f.questions.clone()).unwrap_or_default();
    let breadth = of(Outcome::BreedteDiepte);
    for id in ["strategie.draagvlak_ambtelijk", "strategie.ambitie"] {
        assert!(breadth.contains(&id.to_string()), "{id} in {breadth:?}");
    }
    assert_eq!(of(Outcome::InhoudProces), vec!["strategie.focus".to_string()]);
    assert!(of(Outcome::Procedure).is_empty(), "the procedure answers agree: {fragile:?}");
}

#[test]
fn the_agenda_puts_divergent_questions_that_decide_the_strategy_first() {
    let q = questionnaire();
    let c = group::consensus(&q, &workshop());
    let a = analysis::analyse(&q, &c.session);
    let (agenda, more) = group::agenda(&q, &c, &a);
    assert_eq!(agenda.len(), group::agenda::AGENDA_MAX);
    assert!(more > 0);
    for (i, item) in agenda.iter().enumerate() {
        assert_eq!(item.number, i + 1);
        assert_eq!(item.priority, u16::from(item.divergence) * item.importance as u16);
        assert!(c.question(&item.id).unwrap().diverges(), "{item:?}");
    }
    assert!(agenda.windows(2).all(|w| w[0].priority >= w[1].priority), "{agenda:?}");
    let ids: Vec<&str> = agenda.iter().map(|i| i.id.as_str()).collect();
    // The questions behind the strategy are on it...
    for id in ["strategie.draagvlak_ambtelijk", "strategie.ambitie", "strategie.focus"] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    assert_eq!(agenda[0].importance, Importance::Kern);
    // ...above a question that diverges more but decides nothing (partners and criticism).
    let kritiek = c.question("proces.kritiek").unwrap();
    let draagvlak = c.question("strategie.draagvlak_ambtelijk").unwrap();
    assert!(kritiek.divergence > draagvlak.divergence);
    assert!(!ids.contains(&"proces.kritiek"), "{ids:?}");
}

#[test]
fn the_roles_side_by_side_show_a_positive_bestuur_and_critical_partners() {
    let q = questionnaire();
    let view = group::role_view(&q, &workshop());
    let roles: Vec<Role> = view.roles.iter().map(|r| r.role).collect();
    assert_eq!(roles, [Role::Schepen, Role::Integratieambtenaar, Role::Diensthoofd, Role::Partnerorganisatie]);
    assert_eq!(view.roles[3].members, 2);
    let overall = view.overall.clone().unwrap();
    assert_eq!(overall.high.0, Role::Schepen);
    assert_eq!(overall.low.0, Role::Partnerorganisatie);
    assert!(overall.high.1 >= overall.low.1 + 20, "{overall:?}");
    let step = view.step.clone().unwrap();
    assert_eq!(q.steps[step.step.unwrap()].id, "participanten");
    assert_eq!(step.low.0, Role::Partnerorganisatie);
}

#[test]
fn an_agreement_in_the_meeting_changes_the_result_and_leaves_the_agenda() {
    let q = questionnaire();
    let mut g = workshop();
    let t = "2026-10-06T15:00:00Z".parse().unwrap();
    g.decide(
        "strategie.draagvlak_ambtelijk",
        group::Decision {
            status: group::DecisionStatus::Akkoord,
            answer: Some(choice("aangetoond")),
            motivation: Some("Het MAT besliste in september over de integratiedoelen per dienst.".into()),
            votes: std::collections::BTreeMap::default(),
            updated: t,
        },
    );
    let report = GroupReport::new(&q, &g);
    let (agenda, _) = group::agenda(&q, &report.consensus, &report.analysis);
    assert!(agenda.iter().all(|i| i.id != "strategie.draagvlak_ambtelijk"));
    assert_eq!(report.consensus.session.answer("strategie.draagvlak_ambtelijk"), Some(&choice("aangetoond")));
    assert_eq!(report.section.besluiten.akkoord, 1);
}

#[test]
fn group_report_markdown_and_json() {
    let q = questionnaire();
    let g = workshop();
    let renderer = Renderer::embedded().unwrap();
    let out = regiewijzer::report::groep::build(&renderer, &q, &g, &[Format::Markdown, Format::Json]).unwrap();
    let md = &out[0].1;
    let agenda = md.find("## Gespreksagenda").unwrap();
    assert!(agenda < md.find("## Samenvatting").unwrap(), "the agenda opens the report");
    assert!(md.contains("## Hoe de rollen de gemeente zien"));
    assert!(md.contains("Nog niet uitgemaakt"));
    assert!(md.contains("Wie het grootste deel van zijn werking uit de stadssubsidie haalt"), "notes are shown");
    assert!(!md.contains("## Bijlage: alle antwoorden en notities"), "the single appendix is replaced");
    let json: serde_json::Value = serde_json::from_str(&out[1].1).unwrap();
    assert_eq!(json["positie"], "regie");
    assert_eq!(json["groep"]["aantal"], 5);
    assert_eq!(json["groep"]["agenda"].as_array().unwrap().len(), group::agenda::AGENDA_MAX);
    assert_eq!(json["groep"]["agenda"][0]["nummer"], 1);
    assert_eq!(json["groep"]["rollen"]["verschil_totaal"]["hoog_rol"], "schepen");
    let vragen = json["groep"]["vragen"].as_array().unwrap();
    let draagvlak = vragen.iter().find(|v| v["vraag"] == "strategie.draagvlak_ambtelijk").unwrap();
    assert_eq!(draagvlak["antwoorden"].as_array().unwrap().len(), 5);
    assert_eq!(draagvlak["zwak"][0], "geen_meerderheid");
    insta::assert_snapshot!("groepsrapport_netevelde_md", md);
}

/// The group's own partials are compiled only for a group report: a broken user copy of one does not
/// stop the report of a single session, and the group report names the file.
#[test]
fn group_partials_are_compiled_only_for_a_group_report() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("partials")).unwrap();
    let broken = dir.path().join("partials/gespreksagenda.md.hbs");
    std::fs::write(&broken, "{{#each groep.agenda}}niet gesloten").unwrap();
    let renderer = Renderer::load(Some(dir.path())).unwrap();
    let q = questionnaire();
    let s = regiewijzer::session::load(std::path::Path::new(
        "tests/fixtures/sessions-vvsg/grensstad-kwetsbare-eenmansdienst.toml",
    ))
    .unwrap();
    assert!(regiewijzer::report::build(&renderer, &q, &s, &[Format::Markdown]).is_ok());
    let err = regiewijzer::report::groep::build(&renderer, &q, &workshop(), &[Format::Markdown]).unwrap_err();
    assert!(err.to_string().contains(&broken.display().to_string()), "{err}");
    assert!(regiewijzer::report::groep::build(&renderer, &q, &workshop(), &[Format::Json]).is_ok());
}
