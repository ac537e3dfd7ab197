//! `regiewijzer rapport`: formats, output paths, the session's questionnaire (explicit, from the
//! config directory, or missing), and user templates that replace the embedded ones. Hermetic: the
//! config and data directories point into a temp dir.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

const SESSION: &str = "tests/fixtures/sessions/breedte-inhoud-unieke-groep.toml";
const QUESTIONNAIRE: &str = "tests/fixtures/vvsg-test.toml";

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        Self { dir: tempfile::tempdir().unwrap() }
    }

    fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("regiewijzer").unwrap();
        cmd.env("REGIEWIJZER_CONFIG_DIR", self.config())
            .env("REGIEWIJZER_DATA_DIR", self.dir.path().join("data"))
            .env_remove("REGIEWIJZER_TOEGANKELIJK");
        cmd
    }

    /// Put the test questionnaire where the session's id finds it.
    fn install_questionnaire(&self) {
        let dir = self.config().join("vragenlijsten");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(QUESTIONNAIRE, dir.join("vvsg-test.toml")).unwrap();
    }

    fn template(&self, name: &str, text: &str) -> PathBuf {
        let path = self.config().join("sjablonen").join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }
}

#[test]
fn one_format_goes_to_standard_output() {
    let env = Env::new();
    env.cmd()
        .args(["rapport", SESSION, "--formaat", "md", "--vragenlijst", QUESTIONNAIRE])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("# Adviesrapport regie en coördinatie"))
        .stdout(predicate::str::contains("## Actieplan"));
}

#[test]
fn alle_writes_the_report_and_the_ontwerpbeslissing_named_after_the_session() {
    let env = Env::new();
    env.install_questionnaire();
    let out = env.dir.path().join("uit");
    env.cmd()
        .args(["report", SESSION, "-o"])
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("Rapport geschreven"));
    // The default is `alle`: the report in three formats and the ontwerpbeslissing in three.
    let names = ["md", "html", "json"]
        .map(|ext| format!("breedte-inhoud-unieke-groep.{ext}"))
        .into_iter()
        .chain(["md", "html", "docx"].map(|ext| format!("breedte-inhoud-unieke-groep-besluit.{ext}")));
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 6);
    for name in names {
        let path = out.join(name);
        assert!(path.is_file(), "{}", path.display());
        #[cfg(unix)]
        {
            // Reports are meant to be shared: they follow the umask (a probe file shows it), unlike
            // the private session files.
            use std::os::unix::fs::PermissionsExt;
            let probe = env.dir.path().join("probe");
            std::fs::write(&probe, "").unwrap();
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), mode(&probe), "{}", path.display());
        }
    }
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("breedte-inhoud-unieke-groep.json")).unwrap()).unwrap();
    assert_eq!(json["positie"], "netwerkcoordinatie");
    assert_eq!(json["procedure"]["scenario"], 1);
}

#[test]
fn one_format_to_a_file() {
    let env = Env::new();
    env.install_questionnaire();
    let out = env.dir.path().join("rapport.html");
    env.cmd().args(["rapport", SESSION, "--formaat", "html", "-o"]).arg(&out).assert().success();
    let html = std::fs::read_to_string(out).unwrap();
    assert!(html.contains("<html lang=\"nl\">"));
}

#[test]
fn a_missing_questionnaire_is_named_with_its_file() {
    let env = Env::new();
    let text = std::fs::read_to_string(SESSION)
        .unwrap()
        .replace("questionnaire = \"vvsg-test\"", "questionnaire = \"bestaat-niet\"");
    let session = env.dir.path().join("sessie.toml");
    std::fs::write(&session, text).unwrap();
    let expected = env.config().join("vragenlijsten").join("bestaat-niet.toml");
    env.cmd()
        .arg("rapport")
        .arg(&session)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("vragenlijst 'bestaat-niet'"))
        .stderr(predicate::str::contains(expected.display().to_string()))
        .stderr(predicate::str::contains("sessie.toml"))
        .stderr(predicate::str::contains("--vragenlijst"));
}

#[test]
fn an_unknown_format_is_a_usage_error() {
    let env = Env::new();
    env.cmd()
        .args(["rapport", SESSION, "--formaat", "pdf", "--vragenlijst", QUESTIONNAIRE])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("onbekend formaat 'pdf'"));
}

#[test]
fn a_missing_session_file_is_an_io_error() {
    let env = Env::new();
    env.cmd()
        .args(["rapport", "bestaat/niet.toml", "--vragenlijst", QUESTIONNAIRE])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("bestaat/niet.toml"));
}

#[test]
fn a_user_template_replaces_the_embedded_one() {
    let env = Env::new();
    env.template("report.md.hbs", "Eigen sjabloon voor {{rapport.gemeente}}: {{cijfer rapport.totaalscore}}\n");
    env.cmd()
        .args(["rapport", SESSION, "--formaat", "md", "--vragenlijst", QUESTIONNAIRE])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Eigen sjabloon voor Zonnebeke: "));
}

#[test]
fn a_user_stylesheet_is_copied_into_the_page_as_it_is() {
    let env = Env::new();
    env.template("stijl.css", "body { color: #123456; } /* {{niet-gecompileerd}} */\n");
    env.cmd()
        .args(["rapport", SESSION, "--formaat", "html", "--vragenlijst", QUESTIONNAIRE])
        .assert()
        .success()
        .stdout(predicate::str::contains("<style>\nbody { color: #123456; } /* {{niet-gecompileerd}} */\n"))
        .stdout(predicate::str::contains("@page").not());
}

#[test]
fn a_broken_user_template_names_file_and_line() {
    let env = Env::new();
    let path = env.template("report.html.hbs", "<p>\n{{#if rapport.gemeente}}\n");
    // Only the templates of the requested formats are compiled.
    env.cmd().args(["rapport", SESSION, "--formaat", "md", "--vragenlijst", QUESTIONNAIRE]).assert().success();
    env.cmd()
        .args(["rapport", SESSION, "--formaat", "html", "--vragenlijst", QUESTIONNAIRE])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("{}:", path.display())))
        .stderr(predicate::str::contains("sjabloonfout"));
}

#[test]
fn strict_mode_names_a_missing_field() {
    let env = Env::new();
    env.template("report.md.hbs", "# {{rapport.gemeentenaam}}\n");
    env.cmd()
        .args(["rapport", SESSION, "--formaat", "md", "--vragenlijst", QUESTIONNAIRE])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("rapport.gemeentenaam"))
        .stderr(predicate::str::contains("templates/README.md"));
}

#[test]
fn fixture_paths_exist() {
    assert!(Path::new(SESSION).is_file() && Path::new(QUESTIONNAIRE).is_file());
}

/// Stderr of a failing run, with the temp dir replaced so the message can be snapshot.
fn failure(env: &Env, cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(!out.status.success());
    let text = String::from_utf8(out.stderr).unwrap();
    text.replace(&env.dir.path().display().to_string(), "[TMP]")
}

#[test]
fn error_messages() {
    let env = Env::new();
    let text = std::fs::read_to_string(SESSION)
        .unwrap()
        .replace("questionnaire = \"vvsg-test\"", "questionnaire = \"bestaat-niet\"");
    let session = env.dir.path().join("sessie.toml");
    std::fs::write(&session, text).unwrap();
    insta::assert_snapshot!("ontbrekende_vragenlijst", failure(&env, env.cmd().arg("rapport").arg(&session)));
    env.template("partials/actieplan.md.hbs", "## Actieplan\n{{#each rapport.acties}}\n- {{titel}}\n");
    let args = ["rapport", SESSION, "--formaat", "md", "--vragenlijst", QUESTIONNAIRE];
    insta::assert_snapshot!("kapot_sjabloon", failure(&env, env.cmd().args(args)));
    env.template("partials/actieplan.md.hbs", "## Actieplan\n{{rapport.plan}}\n");
    insta::assert_snapshot!("onbekend_veld", failure(&env, env.cmd().args(args)));
}
