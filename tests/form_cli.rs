//! The real binary's `formulier` (`form`): where it writes, `--kort`, `--vragenlijst`, a user's
//! template, and the exit codes of its failures. What the page does is tested in `form_conformance`
//! and `e2e_form` (with node and Chromium).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn cmd(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("regiewijzer").unwrap();
    cmd.current_dir(dir)
        .env("REGIEWIJZER_DATA_DIR", dir.join("data"))
        .env("REGIEWIJZER_CONFIG_DIR", dir.join("config"))
        .env("NO_COLOR", "1")
        .env_remove("REGIEWIJZER_TOEGANKELIJK");
    cmd
}

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn formulier_writes_vragenlijst_html_and_says_what_to_do_next() {
    let dir = tempfile::tempdir().unwrap();
    cmd(dir.path())
        .arg("formulier")
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("vragenlijst.html").and(predicate::str::contains("regiewijzer rapport")));
    let page = read(&dir.path().join("vragenlijst.html"));
    assert!(page.contains("<h1>Regie en coördinatie van lokaal integratiebeleid</h1>"));
    assert!(page.contains(r#""mode":"volledig""#));
    assert!(page.contains("participanten.actoren"));
}

#[test]
fn form_kort_writes_the_short_intake() {
    let dir = tempfile::tempdir().unwrap();
    cmd(dir.path()).args(["form", "--kort"]).assert().success().stderr(predicate::str::contains("korte intake"));
    let page = read(&dir.path().join("vragenlijst-kort.html"));
    assert!(page.contains(r#""mode":"kort""#));
    assert!(!page.contains(r#""participanten.actoren""#), "the actor list is not in the short intake");
}

#[test]
fn formulier_takes_an_output_path_and_another_questionnaire() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("uit/test.html");
    cmd(dir.path())
        .args(["formulier", "-o"])
        .arg(&out)
        .arg("--vragenlijst")
        .arg(fixture("wizard-test.toml"))
        .assert()
        .success();
    let page = read(&out);
    assert!(page.contains("<h1>Testvragenlijst</h1>"));
    assert!(page.contains("regiewijzer-formulier:wizard-test@1.0.0:volledig"));
}

#[test]
fn a_broken_questionnaire_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let bad = fixture("questionnaires/invalid/bad-version.toml");
    cmd(dir.path())
        .arg("formulier")
        .arg("--vragenlijst")
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("{}:", bad.display())));
    assert!(!dir.path().join("vragenlijst.html").exists());
}

#[test]
fn a_users_template_is_used_and_a_broken_one_refused() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("config/sjablonen");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(templates.join("formulier.css"), "body { background: #ffe; }").unwrap();
    cmd(dir.path()).arg("formulier").assert().success();
    assert!(read(&dir.path().join("vragenlijst.html")).contains("body { background: #ffe; }"));
    std::fs::write(templates.join("formulier.html.hbs"), "{{#each rollen}}\n").unwrap();
    cmd(dir.path())
        .args(["formulier", "-o", "ander.html"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("formulier.html.hbs").and(predicate::str::contains("sjabloonfout")));
    assert!(!dir.path().join("ander.html").exists());
}

#[test]
fn an_unwritable_target_is_a_file_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bestand"), "x").unwrap();
    cmd(dir.path()).args(["formulier", "-o", "bestand/vragenlijst.html"]).assert().code(3);
}

#[test]
fn kort_without_short_questions_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let q = std::fs::read_to_string(fixture("wizard-test.toml")).unwrap().replace("tags = [\"kort\"]", "tags = []");
    let file = dir.path().join("lang.toml");
    std::fs::write(&file, q).unwrap();
    cmd(dir.path())
        .args(["formulier", "--kort", "--vragenlijst"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("geen korte intake"));
    cmd(dir.path()).args(["formulier", "--vragenlijst"]).arg(&file).assert().success();
}
