//! Every fixture session (tests/fixtures/sessions) against the test questionnaire: snapshots of
//! the analysis (as JSON) and of the Markdown report; the HTML renders in strict mode; hostile user
//! text stays text.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use regiewijzer::analysis::{self, Breadth, Focus};
use regiewijzer::questionnaire::{self, Questionnaire};
use regiewijzer::report::{self, Format, Renderer};
use regiewijzer::session;

fn questionnaire() -> Questionnaire {
    let path = Path::new("tests/fixtures/vvsg-test.toml");
    questionnaire::parse(&std::fs::read_to_string(path).unwrap(), path).unwrap()
}

#[test]
fn analysis_and_markdown_snapshots() {
    let q = questionnaire();
    let renderer = Renderer::embedded().unwrap();
    insta::glob!("fixtures/sessions/*.toml", |path| {
        let s = session::load(path).unwrap();
        let a = analysis::analyse(&q, &s);
        insta::assert_snapshot!("analyse", report::json(&a).unwrap());
        insta::assert_snapshot!("markdown", renderer.render(Format::Markdown, &a, &q, &s).unwrap());
        let html = renderer.render(Format::Html, &a, &q, &s).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
    });
}

fn analyse(name: &str) -> analysis::Analysis {
    let s = session::load(&Path::new("tests/fixtures/sessions").join(name)).unwrap();
    analysis::analyse(&questionnaire(), &s)
}

#[test]
fn fixtures_cover_every_quadrant_and_every_scenario() {
    let cases = [
        ("breedte-inhoud-unieke-groep.toml", Breadth::Breedte, Focus::Beleidsinhoudelijk, 1),
        ("breedte-proces-clustergroep.toml", Breadth::Breedte, Focus::Procesmatig, 3),
        ("diepte-inhoud-bovenlokaal.toml", Breadth::Diepte, Focus::Beleidsinhoudelijk, 4),
        ("diepte-proces-basisgroep.toml", Breadth::Diepte, Focus::Procesmatig, 2),
        ("kort-beide-onbekend.toml", Breadth::Diepte, Focus::Beide, 1),
    ];
    for (name, breadth, focus, scenario) in cases {
        let a = analyse(name);
        assert_eq!(a.strategy.breedte_diepte, breadth, "{name}");
        assert_eq!(a.strategy.inhoud_proces, focus, "{name}");
        assert_eq!(a.scenario.scenario, scenario, "{name}");
    }
}

#[test]
fn json_has_the_documented_keys() {
    let a = analyse("breedte-proces-clustergroep.toml");
    let v: serde_json::Value = serde_json::from_str(&report::json(&a).unwrap()).unwrap();
    assert_eq!(v["schema_versie"], report::SCHEMA_VERSION);
    assert_eq!(v["gemeente"], "Rivierstad");
    assert_eq!(v["positie"], "regie");
    assert_eq!(v["fase"], 3);
    assert_eq!(v["strategie"]["breedte_diepte"], "breedte");
    assert_eq!(v["strategie"]["inhoud_proces"], "procesmatig");
    assert_eq!(v["procedure"]["scenario"], 3);
    for step in ["start", "context", "participanten", "strategie", "procedure", "proces"] {
        let score = &v["scores"][step];
        assert!(score.is_null() || score.as_u64().is_some_and(|s| s <= 100), "{step}: {score}");
    }
    let actions = v["acties"].as_array().unwrap();
    assert!(!actions.is_empty());
    for action in actions {
        let reasons = action["redenen"].as_array().unwrap();
        assert!(!reasons.is_empty(), "{action}");
        assert!(reasons.iter().all(|r| r["vraag"].is_string() && r["antwoord"].is_string()));
    }
}

#[test]
fn unknown_fase_is_null_and_weet_niet_is_a_gap_not_a_score() {
    let a = analyse("kort-beide-onbekend.toml");
    let v: serde_json::Value = serde_json::from_str(&report::json(&a).unwrap()).unwrap();
    assert!(v["fase"].is_null());
    assert!(a.gaps.iter().any(|g| g.question == "context.informatie" && g.answer == "Weet niet"));
    // Only strategie.mandaat (ja) is scored in the strategie step: "weet niet" on draagvlak does not pull it down.
    assert_eq!(a.steps.iter().find(|s| s.id == "strategie").unwrap().score, Some(100));
}

#[test]
fn hostile_text_stays_text_in_html() {
    let q = questionnaire();
    let s = session::load(Path::new("tests/fixtures/sessions/vijandige-tekst.toml")).unwrap();
    let a = analysis::analyse(&q, &s);
    let html = Renderer::embedded().unwrap().render(Format::Html, &a, &q, &s).unwrap();
    assert!(!html.contains("<script"), "no script element");
    assert!(!html.contains("<img"), "no img element");
    assert!(!html.contains("<b>"));
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;&#x2F;script&gt;") || html.contains("&lt;script&gt;"));
    assert!(html.contains("{{gemeente}}"), "handlebars syntax in user text is not evaluated");
    assert!(html.contains("مرحبا بكم 🌍"));
    assert!(html.contains("<bdi>"));
}

#[test]
fn the_json_schema_doc_names_every_key() {
    let doc = std::fs::read_to_string("docs/RAPPORT-JSON.md").unwrap();
    let a = analyse("diepte-inhoud-bovenlokaal.toml");
    let v: serde_json::Value = serde_json::from_str(&report::json(&a).unwrap()).unwrap();
    assert!(doc.contains(&format!("`schema_versie` {}", report::SCHEMA_VERSION)));
    let mut keys: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    for nested in ["strategie", "procedure", "proces"] {
        keys.extend(v[nested].as_object().unwrap().keys().cloned());
    }
    keys.extend(v["acties"][0].as_object().unwrap().keys().cloned());
    for nested in [
        &v["strategie"]["paraatheid"],
        &v["positie_toelichting"],
        &v["capaciteit"],
        &v["acties"][0]["redenen"][0],
        &v["strategie"]["sbv_pad_zekerheid"],
    ] {
        keys.extend(nested.as_object().unwrap().keys().cloned());
    }
    assert!(doc.contains("`beslissingen`") && doc.contains("`overige_acties`"));
    for key in keys {
        assert!(doc.contains(&format!("`{key}`")), "docs/RAPPORT-JSON.md does not document `{key}`");
    }
}

#[test]
fn write_files_writes_every_format() {
    let q = questionnaire();
    let s = session::load(Path::new("tests/fixtures/sessions/kort-beide-onbekend.toml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let written =
        report::write_files(&Renderer::embedded().unwrap(), &q, &s, &Format::ALL, dir.path(), "sessie").unwrap();
    let names: Vec<_> = written.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["sessie.md", "sessie.html", "sessie.json"]);
}

#[test]
fn the_embedded_questionnaire_renders_even_when_empty() {
    // Whatever state questionnaires/vvsg-4p.toml is in, an empty session renders in every format.
    let q = regiewijzer::embedded::questionnaire(regiewijzer::embedded::DEFAULT_QUESTIONNAIRE).unwrap();
    let s = session::Session::new(
        &q,
        session::Respondent { gemeente: "Leeg".into(), ..Default::default() },
        session::Mode::Volledig,
    );
    let out = report::build(&Renderer::embedded().unwrap(), &q, &s, &Format::ALL).unwrap();
    assert_eq!(out.len(), 3);
    let a = analysis::analyse(&q, &s);
    assert!(a.actions.iter().all(|x| !x.reasons.is_empty()));
}
