//! The real binary: `controleer`, `vragenlijst`, `sessies`, help and exit codes. Every run gets its
//! own data and config directories so nothing touches a real home directory.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        Self { dir: tempfile::tempdir().unwrap() }
    }
    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("regiewijzer").unwrap();
        cmd.env("REGIEWIJZER_DATA_DIR", self.dir.path().join("data"))
            .env("REGIEWIJZER_CONFIG_DIR", self.dir.path().join("config"))
            .env("NO_COLOR", "1")
            .env_remove("REGIEWIJZER_TOEGANKELIJK");
        cmd
    }
    fn sessions(&self) -> PathBuf {
        self.dir.path().join("data/sessies")
    }
}

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel)
}

#[test]
fn controleer_accepts_the_embedded_questionnaire() {
    Env::new().cmd().arg("controleer").assert().success().stdout(predicate::str::contains("geldig"));
    Env::new().cmd().arg("check").assert().success();
}

#[test]
fn controleer_lists_every_mistake_with_line_and_column() {
    let file = fixture("questionnaires/invalid/several-mistakes.toml");
    let out = Env::new().cmd().arg("controleer").arg(&file).assert().code(1).get_output().stderr.clone();
    let stderr = String::from_utf8(out).unwrap();
    let located: Vec<&str> = stderr.lines().filter(|l| l.starts_with(&format!("{}:", file.display()))).collect();
    assert_eq!(located.len(), 6, "{stderr}");
    for line in &located {
        let rest = &line[file.display().to_string().len() + 1..];
        let mut parts = rest.splitn(3, ':');
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{line}");
        assert!(parts.next().unwrap().parse::<usize>().is_ok(), "{line}");
    }
    assert!(stderr.contains("6 problemen gevonden"), "{stderr}");
}

#[test]
fn controleer_reports_a_missing_file_as_a_file_error() {
    Env::new()
        .cmd()
        .args(["controleer", "bestaat-niet.toml"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("bestaat-niet.toml"));
}

#[test]
fn the_written_questionnaire_passes_controleer_unchanged() {
    let env = Env::new();
    let out = env.dir.path().join("mijn.toml");
    env.cmd().args(["vragenlijst", "-o"]).arg(&out).assert().success();
    let embedded = env.cmd().arg("questionnaire").assert().success().get_output().stdout.clone();
    assert_eq!(std::fs::read(&out).unwrap(), embedded);
    env.cmd().arg("controleer").arg(&out).assert().success();
}

#[test]
fn a_users_questionnaire_in_the_config_dir_overrides_the_embedded_one() {
    let env = Env::new();
    let dir = env.dir.path().join("config/vragenlijsten");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(fixture("questionnaires/invalid/bad-version.toml"), dir.join("vvsg-4p.toml")).unwrap();
    env.cmd().arg("controleer").assert().code(1).stderr(predicate::str::contains("vvsg-4p.toml"));
}

#[test]
fn sessies_lists_sessions_and_skips_broken_files() {
    let env = Env::new();
    env.cmd().arg("sessies").assert().success().stdout(predicate::str::contains("Nog geen sessies"));
    std::fs::create_dir_all(env.sessions()).unwrap();
    std::fs::copy(fixture("session-valid.toml"), env.sessions().join("lier-2026-11-25.toml")).unwrap();
    std::fs::copy(fixture("sessions-invalid/corrupt.toml"), env.sessions().join("kapot.toml")).unwrap();
    let before = std::fs::read(env.sessions().join("kapot.toml")).unwrap();
    env.cmd()
        .arg("sessions")
        .assert()
        .success()
        .stdout(predicate::str::contains("gemeente").and(predicate::str::contains("Lier")))
        .stdout(predicate::str::contains("integratieambtenaar").and(predicate::str::contains("lier-2026-11-25.toml")))
        .stderr(predicate::str::contains("kapot.toml:15"))
        .stderr(predicate::str::contains("ongewijzigd bewaard").not());
    // A session with an answer the questionnaire no longer knows: listed, kept and reported.
    let text = std::fs::read_to_string(fixture("session-valid.toml")).unwrap();
    let text = text
        .replace("questionnaire = \"test\"", "questionnaire = \"vvsg-4p\"")
        .replace("context.toelichting", "oud.vraag");
    std::fs::write(env.sessions().join("mol.toml"), &text).unwrap();
    env.cmd().arg("sessies").assert().success().stderr(
        predicate::str::contains("mol.toml: let op: 1 antwoord(en)")
            .and(predicate::str::contains("ongewijzigd bewaard: oud.vraag")),
    );
    assert_eq!(std::fs::read_to_string(env.sessions().join("mol.toml")).unwrap(), text);
    assert_eq!(std::fs::read(env.sessions().join("kapot.toml")).unwrap(), before);
}

#[test]
fn help_is_dutch_names_aliases_and_documents_exit_codes() {
    let out = Env::new().cmd().arg("--help").assert().success().get_output().stdout.clone();
    let help = String::from_utf8(out).unwrap();
    for needle in [
        "controleer",
        "check",
        "sessies",
        "sessions",
        "vragenlijst",
        "rapport",
        "report",
        "samenvoegen",
        "merge",
        "overzicht",
        "overview",
        "Afsluitcodes",
        "NO_COLOR",
    ] {
        assert!(help.contains(needle), "missing {needle} in\n{help}");
    }
    // clap's own English help texts are replaced.
    for absent in ["Print help", "Print version", "Usage:", "Commands:"] {
        assert!(!help.contains(absent), "{absent} in\n{help}");
    }
    let sub = Env::new().cmd().args(["rapport", "--help"]).assert().success().get_output().stdout.clone();
    let sub = String::from_utf8(sub).unwrap();
    for needle in ["Gebruik:", "Argumenten:", "Opties:", "Hulp tonen"] {
        assert!(sub.contains(needle), "missing {needle} in\n{sub}");
    }
    assert!(!sub.contains("Print help"), "{sub}");
}

#[test]
fn unknown_arguments_are_usage_errors() {
    Env::new().cmd().arg("--bestaat-niet").assert().code(2);
}
