//! `regiewijzer samenvoegen` and `rapport` on a group file, as a user runs them: the workshop of
//! `tests/fixtures/workshop-netevelde` plus each bad input of `tests/fixtures/workshop-fout` (another
//! questionnaire version, a second file of the same respondent, a file that is not a session, a
//! group file, another gemeente), hostile text, and group files that are damaged or newer. Inputs
//! are compared byte for byte after every merge. Hermetic: config and data dirs point into a temp dir.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

const WORKSHOP: &str = "tests/fixtures/workshop-netevelde";
const BAD: &str = "tests/fixtures/workshop-fout";

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        Self { dir: tempfile::tempdir().unwrap() }
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("regiewijzer").unwrap();
        cmd.current_dir(self.dir.path())
            .env("REGIEWIJZER_CONFIG_DIR", self.dir.path().join("config"))
            .env("REGIEWIJZER_DATA_DIR", self.dir.path().join("data"))
            .env_remove("REGIEWIJZER_TOEGANKELIJK");
        cmd
    }

    /// A folder `sessies` holding the workshop's five sessions plus the named bad inputs.
    fn sessions(&self, bad: &[&str]) -> PathBuf {
        let dir = self.dir.path().join("sessies");
        std::fs::create_dir_all(&dir).unwrap();
        let good = std::fs::read_dir(WORKSHOP).unwrap().map(|e| e.unwrap().path());
        for path in good.chain(bad.iter().map(|b| Path::new(BAD).join(b))) {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
        dir
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// Every file in `dir` with its bytes and modification time.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>, std::time::SystemTime)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let meta = std::fs::metadata(&p).unwrap();
            (p.clone(), std::fs::read(&p).unwrap(), meta.modified().unwrap())
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

#[test]
fn a_folder_is_merged_reported_and_left_as_it_was() {
    let env = Env::new();
    let dir = env.sessions(&[]);
    let before = snapshot(&dir);
    let out = env.path("groep.toml");
    env.cmd()
        .args(["samenvoegen", "sessies", "-o", "groep.toml"])
        .assert()
        .success()
        .stdout(predicate::str::contains("5 sessies van Netevelde samengevoegd in groep.toml"))
        .stdout(predicate::str::contains("Koen Martens (schepen), uit koen-schepen.toml"))
        .stdout(predicate::str::contains("gespreksagenda"))
        .stdout(predicate::str::contains("regiewijzer rapport groep.toml"))
        .stderr(predicate::str::is_empty());
    assert_eq!(snapshot(&dir), before, "a merge never changes its inputs");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("# Regiewijzer-groepsbestand"));
    assert!(text.contains("group_format = 1"));
    assert!(!text.contains("sessies/"), "only file names travel with the group file");
    assert!(!env.path("groep.toml.lock").exists(), "the lock is released");

    env.cmd()
        .args(["rapport", "groep.toml", "--formaat", "md"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("# Groepsrapport regie en coördinatie"))
        .stdout(predicate::str::contains("## Gespreksagenda"));
    env.cmd().args(["report", "groep.toml", "-o", "uit"]).assert().success();
    for ext in ["md", "html", "json"] {
        assert!(env.path("uit").join(format!("groep.{ext}")).is_file());
    }
    let html = std::fs::read_to_string(env.path("uit/groep.html")).unwrap();
    assert!(html.contains("<svg role=\"img\" aria-labelledby=\"rollen-titel rollen-uitleg\""));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(env.path("uit/groep.json")).unwrap()).unwrap();
    assert_eq!(json["groep"]["aantal"], 5);
}

#[test]
fn files_can_be_named_one_by_one_and_the_default_name_is_never_reused() {
    let env = Env::new();
    let dir = env.sessions(&[]);
    let files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    env.cmd().arg("merge").args(&files).assert().success();
    env.cmd().arg("merge").args(&files).assert().success();
    let mut made: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("netevelde-groep-"))
        .collect();
    made.sort();
    assert_eq!(made.len(), 2, "{made:?}");
    assert!(made.iter().any(|n| n.ends_with("-2.toml")), "{made:?}");
}

#[test]
fn another_questionnaire_version_is_skipped_with_a_warning() {
    let env = Env::new();
    env.sessions(&["ahmed-oude-versie.toml"]);
    env.cmd()
        .args(["samenvoegen", "sessies", "-o", "groep.toml"])
        .assert()
        .success()
        .stderr(predicate::str::contains("ahmed-oude-versie.toml overgeslagen"))
        .stderr(predicate::str::contains("versie 0.9.0"))
        .stderr(predicate::str::contains("versie 1.2.0"))
        .stdout(predicate::str::contains("5 sessies"));
    assert!(!std::fs::read_to_string(env.path("groep.toml")).unwrap().contains("Ahmed"));
}

#[test]
fn a_second_file_of_the_same_respondent_is_skipped_and_the_newest_kept() {
    let env = Env::new();
    env.sessions(&["koen-schepen-kopie.toml"]);
    env.cmd()
        .args(["samenvoegen", "sessies", "-o", "groep.toml"])
        .assert()
        .success()
        .stderr(predicate::str::contains("koen-schepen-kopie.toml overgeslagen: dezelfde respondent als"))
        .stderr(predicate::str::contains("koen-schepen.toml;"))
        .stdout(predicate::str::contains("5 sessies"));
}

#[test]
fn a_file_that_is_not_a_session_is_skipped_with_its_line() {
    let env = Env::new();
    let dir = env.sessions(&["notities.toml"]);
    std::fs::write(dir.join("leeg.toml"), "").unwrap();
    std::fs::write(dir.join("LEESMIJ.md"), "# niet bekeken: geen .toml").unwrap();
    env.cmd()
        .args(["samenvoegen", "sessies", "-o", "groep.toml"])
        .assert()
        .success()
        .stderr(predicate::str::contains("notities.toml:1:1: dit is geen Regiewijzer-sessiebestand"))
        .stderr(predicate::str::contains("leeg.toml:1:1: het sessiebestand is leeg"))
        .stderr(predicate::str::contains("LEESMIJ").not())
        .stdout(predicate::str::contains("5 sessies"));
}

#[test]
fn a_group_file_among_the_inputs_is_skipped() {
    let env = Env::new();
    env.sessions(&[]);
    env.cmd().args(["samenvoegen", "sessies", "-o", "sessies/groep.toml"]).assert().success();
    env.cmd()
        .args(["samenvoegen", "sessies", "-o", "opnieuw.toml"])
        .assert()
        .success()
        .stderr(predicate::str::contains("groep.toml overgeslagen: dit is een groepsbestand"))
        .stdout(predicate::str::contains("5 sessies"));
}

#[test]
fn sessions_of_different_gemeenten_are_refused_and_nothing_is_written() {
    let env = Env::new();
    let dir = env.sessions(&["ines-bergelen.toml"]);
    let before = snapshot(&dir);
    env.cmd()
        .args(["samenvoegen", "sessies", "-o", "groep.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("verschillende gemeenten"))
        .stderr(predicate::str::contains("Bergelen: sessies/ines-bergelen.toml"))
        .stderr(predicate::str::contains("Netevelde: sessies/els-integratieambtenaar.toml"));
    assert!(!env.path("groep.toml").exists());
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn one_usable_session_or_none_is_not_a_group() {
    let env = Env::new();
    env.cmd()
        .args(["samenvoegen", &format!("{}/{WORKSHOP}/koen-schepen.toml", env!("CARGO_MANIFEST_DIR"))])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("maar één bruikbare sessie (Koen Martens (schepen))"));
    std::fs::create_dir_all(env.path("leeg")).unwrap();
    env.cmd().args(["samenvoegen", "leeg"]).assert().code(1).stderr(predicate::str::contains("geen bruikbare sessies"));
    env.cmd().args(["samenvoegen"]).assert().code(2);
}

#[test]
fn an_existing_output_file_is_never_overwritten() {
    let env = Env::new();
    env.sessions(&[]);
    std::fs::write(env.path("groep.toml"), "besluiten van gisteren").unwrap();
    env.cmd()
        .args(["samenvoegen", "sessies", "-o", "groep.toml"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("groep.toml bestaat al"));
    assert_eq!(std::fs::read_to_string(env.path("groep.toml")).unwrap(), "besluiten van gisteren");
}

#[test]
fn text_from_session_files_never_reaches_the_terminal_raw() {
    let env = Env::new();
    let dir = env.sessions(&[]);
    let path = dir.join("tom-partner-lop.toml");
    let text = std::fs::read_to_string(&path).unwrap().replace("Tom Claes", "Tom\\u001b[2J\\u202eClaes");
    std::fs::write(&path, text).unwrap();
    let out = env.cmd().args(["samenvoegen", "sessies", "-o", "groep.toml"]).assert().success().get_output().clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!stdout.contains('\u{1b}') && !stdout.contains('\u{202e}'), "{stdout:?}");
    assert!(stdout.contains("Tom␛[2JClaes"), "{stdout}");
}

#[test]
fn a_damaged_or_newer_group_file_is_named_with_its_line_and_left_alone() {
    let env = Env::new();
    env.sessions(&[]);
    env.cmd().args(["samenvoegen", "sessies", "-o", "groep.toml"]).assert().success();
    let good = std::fs::read_to_string(env.path("groep.toml")).unwrap();

    let broken = good.replacen("choice = \"ja\"", "choice = \"ja", 1);
    std::fs::write(env.path("kapot.toml"), &broken).unwrap();
    let line = broken.lines().position(|l| l == "choice = \"ja").unwrap() + 1;
    env.cmd()
        .args(["rapport", "kapot.toml", "--formaat", "md"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("kapot.toml:{line}:")))
        .stderr(predicate::str::contains("het groepsbestand is beschadigd"))
        .stderr(predicate::str::contains("niet gewijzigd"));
    assert_eq!(std::fs::read_to_string(env.path("kapot.toml")).unwrap(), broken);

    let newer = good.replace("group_format = 1", "group_format = 2");
    std::fs::write(env.path("nieuw.toml"), &newer).unwrap();
    env.cmd()
        .args(["rapport", "nieuw.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nieuw.toml:3:16: dit groepsbestand heeft formaat 2"))
        .stderr(predicate::str::contains("nieuwere versie"));

    let unknown_role = good.replacen("role = \"schepen\"", "role = \"burge\\u001bmeester\"", 1);
    std::fs::write(env.path("rol.toml"), &unknown_role).unwrap();
    env.cmd()
        .args(["rapport", "rol.toml"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("ongeldig groepsbestand: onbekende waarde `burge␛meester`"))
        .stderr(predicate::str::contains("\u{1b}").not());
}
