//! Every failure mode of questionnaire loading has a fixture in `fixtures/questionnaires/invalid/`;
//! its Dutch messages (`file:line:column`, message, tip) are snapshot-tested.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use regiewijzer::questionnaire;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/questionnaires").join(name))
        .unwrap()
}

#[test]
fn the_base_fixture_is_valid() {
    let q = questionnaire::parse(&fixture("valid.toml"), Path::new("valid.toml")).unwrap();
    assert_eq!(q.steps.len(), 2);
    assert_eq!(q.questions.len(), 4);
    assert_eq!(q.question("context.informatie").unwrap().options.len(), 4, "jgnw options are implicit");
}

#[test]
fn each_invalid_fixture_is_rejected_with_located_messages() {
    insta::glob!("fixtures/questionnaires/invalid/*.toml", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let name = Path::new("invalid").join(path.file_name().unwrap());
        let problems = questionnaire::parse(&text, &name).expect_err("fixture must be invalid");
        assert!(!problems.0.is_empty());
        insta::assert_snapshot!(problems.to_string());
    });
}

#[test]
fn several_mistakes_are_all_reported_in_file_order() {
    let problems = questionnaire::parse(&fixture("invalid/several-mistakes.toml"), Path::new("x.toml")).unwrap_err();
    assert!(problems.0.len() >= 5, "{problems}");
    let positions: Vec<_> = problems.0.iter().map(|p| p.position).collect();
    let mut sorted = positions.clone();
    sorted.sort();
    assert_eq!(positions, sorted);
}
