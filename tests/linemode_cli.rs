//! The accessible line mode driven through a pipe, as a screen-reader user or a script would.
#![allow(clippy::unwrap_used)] // test helpers: a failed unwrap is a failed test

use std::path::Path;

use assert_cmd::Command;
use predicates::str::contains;

fn regiewijzer(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("regiewijzer").unwrap();
    cmd.env("REGIEWIJZER_DATA_DIR", data)
        .env_remove("REGIEWIJZER_TOEGANKELIJK")
        .env("REGIEWIJZER_CONFIG_DIR", data.join("config"))
        .args(["--vragenlijst", "tests/fixtures/wizard-test.toml", "--toegankelijk"]);
    cmd
}

fn session_files(data: &Path) -> Vec<std::path::PathBuf> {
    let dir = data.join("sessies");
    std::fs::read_dir(dir)
        .map(|r| r.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect())
        .unwrap_or_default()
}

#[test]
fn piped_answers_are_saved_and_end_of_input_ends_cleanly() {
    let data = tempfile::tempdir().unwrap();
    regiewijzer(data.path())
        .write_stdin("Gent\nAn Peeters\n1\n2\n2\nsamenleven\n")
        .assert()
        .success()
        .stdout(contains("1. Niemand"))
        .stdout(contains("Einde van de invoer. Uw antwoorden zijn bewaard"));
    let files = session_files(data.path());
    assert_eq!(files.len(), 1);
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.contains("gemeente = \"Gent\""), "{text}");
    assert!(text.contains("mode = \"kort\""), "{text}");
    assert!(text.contains("choice = \"een_persoon\""), "{text}");
    assert!(text.contains("text = \"samenleven\""), "{text}");
}

#[test]
fn the_environment_variable_starts_the_line_mode_and_resume_works() {
    let data = tempfile::tempdir().unwrap();
    regiewijzer(data.path()).write_stdin("Brugge\n\n\n\n1\n").assert().success();
    let mut cmd = Command::cargo_bin("regiewijzer").unwrap();
    cmd.env("REGIEWIJZER_DATA_DIR", data.path())
        .env("REGIEWIJZER_TOEGANKELIJK", "1")
        .args(["--vragenlijst", "tests/fixtures/wizard-test.toml"])
        .write_stdin("2\nwijk\nstop\n")
        .assert()
        .success()
        .stdout(contains("Hervatten: Brugge"))
        .stdout(contains("Tot later"));
    let files = session_files(data.path());
    assert_eq!(files.len(), 1);
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.contains("choice = \"geen\""), "{text}");
    assert!(text.contains("text = \"wijk\""), "{text}");
}

#[test]
fn without_a_terminal_the_line_mode_starts_by_itself() {
    let data = tempfile::tempdir().unwrap();
    let mut cmd = Command::cargo_bin("regiewijzer").unwrap();
    cmd.env("REGIEWIJZER_DATA_DIR", data.path())
        .env_remove("REGIEWIJZER_TOEGANKELIJK")
        .args(["--vragenlijst", "tests/fixtures/wizard-test.toml"])
        .write_stdin("Aalst\n\n\n\n")
        .assert()
        .success()
        .stdout(contains("Toegankelijke regelmodus"))
        .stdout(contains("Einde van de invoer"));
    assert_eq!(session_files(data.path()).len(), 1);
}

#[test]
fn the_result_is_printed_and_rapport_writes_the_report() {
    let data = tempfile::tempdir().unwrap();
    let cwd = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(data.path().join("sessies")).unwrap();
    std::fs::copy(
        root.join("tests/fixtures/sessions/diepte-inhoud-bovenlokaal.toml"),
        data.path().join("sessies/kleinegem.toml"),
    )
    .unwrap();
    let blocked = out.path().join("bestand.txt");
    std::fs::write(&blocked, "geen map").unwrap();
    let target = out.path().join("Rapporten Kleinegem");
    let script =
        format!("2\nresultaat\nrapport {}\nrapport {}\nrapport\n\n", blocked.join("sub").display(), target.display());
    let mut cmd = Command::cargo_bin("regiewijzer").unwrap();
    cmd.current_dir(cwd.path())
        .env("REGIEWIJZER_DATA_DIR", data.path())
        .env("REGIEWIJZER_CONFIG_DIR", data.path().join("config"))
        .env_remove("REGIEWIJZER_TOEGANKELIJK")
        .arg("--vragenlijst")
        .arg(root.join("tests/fixtures/vvsg-test.toml"))
        .arg("--toegankelijk")
        .write_stdin(script)
        .assert()
        .success()
        .stdout(contains("Totaalscore: 14/100"))
        .stdout(contains("Positie: Netwerkcoördinatie"))
        .stdout(contains("Fase: 1 — Informatie uitwisselen"))
        .stdout(contains("Strategie: Dieptestrategie · Beleidsinhoudelijke strategie"))
        .stdout(contains("Let op: U wilt het integratiebeleid over de hele lijn versterken"))
        .stdout(contains("Scenario: 4 — Bovenlokale samenwerking"))
        .stdout(contains("1. [nu] Begin met één afgebakend project"))
        .stdout(contains("Het rapport kon niet geschreven worden"))
        .stdout(contains("Rapport geschreven:"))
        .stdout(contains("Tot later"));
    // Without a folder: `rapporten` next to the sessions (REGIEWIJZER_DATA_DIR is set), never the
    // directory the program was started in.
    let default = data.path().join("rapporten");
    assert_eq!(std::fs::read_dir(cwd.path()).unwrap().count(), 0, "nothing in the current directory");
    for dir in [target.as_path(), default.as_path()] {
        for ext in ["md", "html", "json"] {
            assert!(dir.join(format!("kleinegem.{ext}")).is_file(), "no kleinegem.{ext} in {}", dir.display());
        }
        for ext in ["md", "html", "docx"] {
            let draft = dir.join(format!("kleinegem-besluit.{ext}"));
            assert!(draft.is_file(), "no ontwerpbeslissing {}", draft.display());
        }
    }
    let html = std::fs::read_to_string(target.join("kleinegem.html")).unwrap();
    assert!(html.contains("Kleinegem"));
}

#[test]
fn resuming_a_session_with_answers_of_another_version_names_them_and_keeps_them() {
    let data = tempfile::tempdir().unwrap();
    regiewijzer(data.path()).write_stdin("Ronse\n\n\n\n1\n").assert().success();
    let file = session_files(data.path()).remove(0);
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("\n[answers.\"oud.vraag\"]\nchoice = \"ja\"\nnote = \"uit een oudere versie\"\n");
    std::fs::write(&file, &text).unwrap();
    regiewijzer(data.path()).write_stdin("2\nstop\n").assert().success().stdout(contains(
        "1 antwoord(en) horen niet bij deze versie van de vragenlijst en worden ongewijzigd bewaard: oud.vraag",
    ));
    let after = std::fs::read_to_string(&file).unwrap();
    assert!(after.contains("[answers.\"oud.vraag\"]\nchoice = \"ja\"\nnote = \"uit een oudere versie\""), "{after}");
}

#[test]
fn questions_come_before_their_options_and_words_are_answers() {
    let data = tempfile::tempdir().unwrap();
    let script = "Gent\n\nschepen\nvolledig\neen d\n2\nsamenleven\nweet niet\n4\ncijfers, inspraak\n";
    let out =
        regiewijzer(data.path()).arg("--nieuw").write_stdin(script).assert().success().get_output().stdout.clone();
    let out = String::from_utf8(out).unwrap();
    let at = |text: &str| out.find(text).unwrap_or_else(|| panic!("'{text}' missing:\n{out}"));
    assert!(at("Wat is uw rol?") < at("1. integratieambtenaar"), "the question before its options");
    assert!(at("Welke vragenlijst vult u in?") < at("1. Volledige vragenlijst: 7 tot 8 vragen"));
    assert!(at("Vraag 1: Hoe is integratie georganiseerd?") < at("1. Niemand"));
    assert!(out.contains("Stap 1 van 3: Start.\n") && !out.contains("=="), "headings in plain words:\n{out}");
    let text = std::fs::read_to_string(&session_files(data.path())[0]).unwrap();
    for line in [
        "role = \"schepen\"",
        "choice = \"dienst\"",
        "number = 2",
        "choice = \"weet_niet\"",
        "choices = [\"cijfers\", \"inspraak\"]",
    ] {
        assert!(text.contains(line), "'{line}' not saved:\n{text}");
    }
}

#[test]
fn after_the_overview_the_question_is_asked_again() {
    let data = tempfile::tempdir().unwrap();
    let out = regiewijzer(data.path()).arg("--nieuw").write_stdin("Gent\n\n\n\noverzicht\n").assert().success();
    let out = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let overview = out.find("Overzicht van de vragen:").unwrap();
    let again = out[overview..].find("Vraag 1: Hoe is integratie georganiseerd?");
    assert!(again.is_some(), "the current question follows the overview:\n{out}");
    assert!(out[overview..].contains("1. Niemand"), "with its options:\n{out}");
}

#[test]
fn an_exclusive_option_cannot_be_typed_with_others() {
    let data = tempfile::tempdir().unwrap();
    let script = "Gent\n\n\n\n1\n\n\n\n1, geen\ngeen\n";
    regiewijzer(data.path())
        .arg("--nieuw")
        .write_stdin(script)
        .assert()
        .success()
        .stdout(contains("'Geen' kan niet samen met andere antwoorden"));
    let text = std::fs::read_to_string(&session_files(data.path())[0]).unwrap();
    assert!(text.contains("choices = [\"geen\"]"), "{text}");
}

#[test]
fn nieuw_and_hervat_make_scripts_deterministic() {
    let data = tempfile::tempdir().unwrap();
    regiewijzer(data.path()).arg("--nieuw").write_stdin("Gent\n\n\n\n1\n").assert().success();
    let first = session_files(data.path()).remove(0);
    // With a session on disk, --nieuw still goes straight to the intake: the same script works.
    let out = regiewijzer(data.path()).arg("--nieuw").write_stdin("Gent\n\n\n\n2\n").assert().success();
    assert!(!String::from_utf8_lossy(&out.get_output().stdout).contains("Hervatten"), "no resume menu");
    assert_eq!(session_files(data.path()).len(), 2);
    // --hervat with the file name only: found in the sessions folder, resumed at its first open question.
    let name = first.file_stem().unwrap().to_string_lossy().into_owned();
    regiewijzer(data.path())
        .args(["--hervat", &name])
        .write_stdin("wijk\n")
        .assert()
        .success()
        .stdout(contains("Sessie hervat"))
        .stdout(contains("Vraag 2: Over welk thema"));
    assert!(std::fs::read_to_string(&first).unwrap().contains("text = \"wijk\""));
    regiewijzer(data.path()).arg("--hervat").arg(&first).write_stdin("").assert().success();
    // A session that is not there: an error and exit code 3, never a silent new session.
    regiewijzer(data.path())
        .args(["--hervat", "bestaat-niet.toml"])
        .write_stdin("Gent\n")
        .assert()
        .code(3)
        .stderr(contains("bestaat-niet.toml"));
    assert_eq!(session_files(data.path()).len(), 2);
    regiewijzer(data.path()).args(["--nieuw", "--hervat", &name]).assert().code(2);
    regiewijzer(data.path()).args(["--nieuw", "sessies"]).assert().code(2).stderr(contains("alleen voor de wizard"));
}
