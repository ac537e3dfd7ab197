//! The consensus meeting and the groepssessie, as they reach the report: a workshop whose meeting
//! agreed on some questions and stayed divided on others (Netevelde, `tests/fixtures/workshop-netevelde`),
//! and a groepssessie — one session the group answered together, with split votes — through the real
//! binary. Hermetic: config and data dirs point into a temp dir.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::Path;

use assert_cmd::Command;
use regiewijzer::answer::Answer;
use regiewijzer::session::{self, Role};

const WORKSHOP: &str = "tests/fixtures/workshop-netevelde";

fn regiewijzer(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("regiewijzer").unwrap();
    cmd.current_dir(dir)
        .env("REGIEWIJZER_CONFIG_DIR", dir.join("config"))
        .env("REGIEWIJZER_DATA_DIR", dir.join("data"))
        .env_remove("REGIEWIJZER_TOEGANKELIJK");
    cmd
}

fn votes(pairs: &[(&str, u32)]) -> BTreeMap<String, u32> {
    pairs.iter().map(|(k, n)| ((*k).to_string(), *n)).collect()
}

/// The schepen's session of Netevelde, answered as a group of five: three votes, one of them a tie
/// the group left open.
fn group_session(dir: &Path) -> std::path::PathBuf {
    let mut s = session::load(&Path::new(WORKSHOP).join("koen-schepen.toml")).unwrap();
    s.respondent.name = "Werkgroep integratie".into();
    s.respondent.role = Role::Facilitator;
    // 3 against 2: the group went on with breadth, but the vote was split.
    s.set_answer("strategie.ambitie", Answer::Choice("hele_lijn".into()));
    s.set_votes("strategie.ambitie", &votes(&[("hele_lijn", 3), ("facetten", 2)]));
    s.set_note("strategie.ambitie", "De diensten willen eerst taal.");
    // 4 against 1: divergence worth seeing, not a split.
    s.set_answer("strategie.kans", Answer::Choice("nee".into()));
    s.set_votes("strategie.kans", &votes(&[("ja", 1), ("nee", 4)]));
    // 2 against 2 and no answer: it stays open.
    s.clear_answer("strategie.visie");
    s.set_votes("strategie.visie", &votes(&[("ja", 2), ("nee", 2)]));
    let path = dir.join("netevelde-groepssessie.toml");
    session::save(&s, &path).unwrap();
    path
}

#[test]
fn a_groepssessie_gets_the_group_report_and_a_split_vote_counts_as_divergence() {
    let dir = tempfile::tempdir().unwrap();
    group_session(dir.path());
    let out = regiewijzer(dir.path())
        .args(["rapport", "netevelde-groepssessie.toml", "--formaat", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let groep = &json["groep"];
    assert_eq!(groep["groepssessie"], true);
    assert_eq!(groep["aantal"], 1);
    let ids = |list: &serde_json::Value| -> Vec<String> {
        list.as_array().unwrap().iter().map(|v| v["vraag"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(ids(&groep["besluiten"]["afspraken"]), ["strategie.kans"], "4 against 1 is agreed");
    assert_eq!(ids(&groep["besluiten"]["open"]), ["strategie.visie", "strategie.ambitie"]);
    let agenda = ids(&groep["agenda"]);
    assert!(agenda.contains(&"strategie.ambitie".to_string()) && agenda.contains(&"strategie.visie".to_string()));
    assert!(!agenda.contains(&"strategie.kans".to_string()), "{agenda:?}");
    let ambitie = groep["vragen"].as_array().unwrap().iter().find(|v| v["vraag"] == "strategie.ambitie").unwrap();
    assert_eq!(ambitie["stemming"], true);
    assert!(ambitie["verschil"].as_u64().unwrap() >= 50, "{ambitie}");
    assert!(ambitie["zwak"].as_array().unwrap().contains(&"verdeelde_stemming".into()), "{ambitie}");
    assert_eq!(json["strategie"]["breedte_diepte"], "breedte", "the answer the group went on with counts");
    let fragile = groep["broze_resultaten"].as_array().unwrap();
    assert!(fragile.iter().any(|f| f["resultaat"] == "breedte_diepte"), "breadth rests on a split vote: {fragile:?}");

    let md = regiewijzer(dir.path())
        .args(["rapport", "netevelde-groepssessie.toml", "--formaat", "md"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(md).unwrap();
    for text in [
        "groepssessie: Werkgroep integratie (facilitator)",
        "De groep vulde de vragenlijst samen in, in één groepssessie.",
        "Over deze vragen stemde de groep verdeeld",
        "**Stemming:** Het integratiebeleid over de hele lijn versterken (breedte) 3 · Inzetten op één of enkele specifieke facetten (diepte) 2",
        "De groep stemde over 3 vragen.",
        "### Wat open bleef",
        "(stemming: Ja 2 · Nee 2)",
        "### Wat de groep afsprak",
        "een partner die er zelf om vraagt)?: **Nee** (stemming: Ja 1 · Nee 4)",
    ] {
        assert!(md.contains(text), "'{text}' missing:\n{md}");
    }
}

/// `samenvoegen` of the Netevelde workshop into `<dir>/g.toml`.
fn merged(dir: &Path) {
    let workshop = Path::new(env!("CARGO_MANIFEST_DIR")).join(WORKSHOP);
    regiewijzer(dir)
        .args(["samenvoegen"])
        .arg(&workshop)
        .args(["-o", "g.toml"])
        .assert()
        .success()
        .stdout(predicates::str::contains("Voer daarna het consensusoverleg met: regiewijzer overleg g.toml"));
}

/// The meeting script: agree on item 1 (ja), skip 2, a vote of 3 against 2 on 3, 4 stays divided,
/// then the end, the report in `uit/`, and stop.
const SCRIPT: &str =
    "1\n1\nTaal op school.\n\n3\n3\n2\n\nNa een tweede ronde.\n2\nDe schepen ziet het anders.\neinde\nrapport uit\n\n";

fn meeting_output(dir: &Path, args: &[&str]) -> String {
    let out = regiewijzer(dir).args(args).write_stdin(SCRIPT).assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

/// `text` contains each of `parts`, in this order.
fn in_order(text: &str, parts: &[&str]) {
    let mut at = 0;
    for part in parts {
        let found = text[at..].find(part).unwrap_or_else(|| panic!("'{part}' missing after byte {at}:\n{text}"));
        at += found + part.len();
    }
}

#[test]
fn a_meeting_through_a_pipe_is_saved_and_the_report_uses_it() {
    let dir = tempfile::tempdir().unwrap();
    merged(dir.path());
    let out = meeting_output(dir.path(), &["overleg", "g.toml", "--toegankelijk"]);
    // Plain lines: the question first, then who said what, then the choices.
    in_order(
        &out,
        &[
            "Consensusoverleg over Netevelde: 5 respondenten (groepsbestand g.toml).",
            "Gespreksagenda (8 vragen; nog 27 andere vragen lopen uiteen):",
            "  1. [open] Is er een specifiek knelpunt",
            "Agendapunt 1 van 8: Is er een specifiek knelpunt of probleem dat om een aanpak vraagt?",
            "Wie zei wat:",
            "  Koen Martens (schepen): Nee",
            "  Griet Wouters (diensthoofd): Ja",
            "Telling: Ja 2 · Nee 3.",
            "Volgens de consensusregel: Nee. Zwak: minstens een derde antwoordde ver hiervan af.",
            "Besluit: nog geen.",
            "Wat besluit de groep?\n  1. Akkoord over een antwoord\n  2. Blijft verdeeld\n  3. Stemming vastleggen",
            "Welk antwoord spreekt de groep af?",
            "Typ een nummer of (het begin van) een antwoord. Enter: Nee.",
            "Bewaard: akkoord over Ja.",
            "Agendapunt 2 van 8:",
            "Agendapunt 3 van 8: Wat wil het bestuur met deze samenwerking?",
            "    notitie: Het bestuursakkoord spreekt van een inclusief beleid in alle diensten.",
            "Stemming: hoeveel stemmen kreeg elk antwoord? (Enter: 0)",
            "Bewaard: stemming Het integratiebeleid over de hele lijn versterken (breedte) 3 · Inzetten op één of enkele specifieke facetten (diepte) 2; de groep gaat verder met Het integratiebeleid over de hele lijn versterken (breedte).",
            "Agendapunt 4 van 8: Waar ligt het accent van de samenwerking?",
            "Bewaard: de groep blijft verdeeld.",
            "Einde van de gespreksagenda.\nBesproken: 1 akkoord, 2 verdeeld; 5 nog open.",
            "Wat de groep afsprak:\n  - Is er een specifiek knelpunt of probleem dat om een aanpak vraagt? → Ja. Taal op school.",
            "Wat verdeeld bleef:",
            "Nog niet besproken:",
            "Zo staat het nu (de analyse op de afgesproken antwoorden):",
            "Nog 27 andere vragen lopen uiteen. Typ 'meer' om ze ook te bespreken.",
            "Rapport geschreven: uit/g.md",
            "Tot later. Alle besluiten zijn bewaard in g.toml.",
        ],
    );
    assert!(!out.contains('\u{1b}'));
    let g = regiewijzer::group::load(&dir.path().join("g.toml")).unwrap();
    assert_eq!(g.decisions.len(), 3);
    assert_eq!(g.decisions["strategie.specifiek_probleem"].answer, Some(Answer::Choice("ja".into())));
    assert_eq!(g.decisions["strategie.ambitie"].votes, votes(&[("hele_lijn", 3), ("facetten", 2)]));
    assert_eq!(g.decisions["strategie.focus"].motivation.as_deref(), Some("De schepen ziet het anders."));

    // The report written at the end, and `rapport` on the group file, use the agreed answers and
    // list what stayed open.
    let md = std::fs::read_to_string(dir.path().join("uit/g.md")).unwrap();
    let again = regiewijzer(dir.path()).args(["rapport", "g.toml", "--formaat", "md"]).assert().success();
    assert_eq!(String::from_utf8(again.get_output().stdout.clone()).unwrap(), md);
    in_order(
        &md,
        &[
            "## Gespreksagenda",
            "Na het consensusoverleg blijven deze vragen open",
            "Het consensusoverleg legde 1 antwoord vast en noteerde 2 vragen waarover de groep verdeeld blijft.",
            "### Wat de groep afsprak",
            "Is er een specifiek knelpunt of probleem dat om een aanpak vraagt?: **Ja**. Taal op school.",
            "### Wat open bleef",
            "Wat wil het bestuur met deze samenwerking?: de analyse gebruikt Het integratiebeleid over de hele lijn versterken (breedte) (stemming: Het integratiebeleid over de hele lijn versterken (breedte) 3 · Inzetten op één of enkele specifieke facetten (diepte) 2). Na een tweede ronde.",
            "Waar ligt het accent van de samenwerking?: de analyse gebruikt De inhoud van bepaalde beleidsonderdelen verbeteren (beleidsinhoudelijk). De schepen ziet het anders.",
        ],
    );
    let agenda = &md[md.find("## Gespreksagenda").unwrap()..md.find("## Hoe dit groepsrapport").unwrap()];
    assert!(!agenda.contains("### 1. Is er een specifiek knelpunt"), "agreed: off the agenda\n{agenda}");
    assert!(agenda.contains("Wat wil het bestuur met deze samenwerking?"), "a split vote stays on it");
}

#[test]
fn the_line_mode_meeting_is_deterministic_and_hervat_opens_it_too() {
    let outputs: Vec<String> = (0..2)
        .map(|_| {
            let dir = tempfile::tempdir().unwrap();
            merged(dir.path());
            let out = meeting_output(dir.path(), &["--hervat", "g.toml", "--toegankelijk"]);
            out.replace(&dir.path().display().to_string(), "TMP")
        })
        .collect();
    assert_eq!(outputs[0], outputs[1]);
    assert!(outputs[0].contains("Agendapunt 1 van 8"), "{}", outputs[0]);
}

#[test]
fn the_end_of_the_input_keeps_every_decision_and_a_resumed_meeting_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    merged(dir.path());
    regiewijzer(dir.path())
        .args(["overleg", "g.toml", "--toegankelijk"])
        .write_stdin("2\n\n")
        .assert()
        .success()
        .stdout(predicates::str::contains("Einde van de invoer. Alle besluiten zijn bewaard in g.toml."));
    let out = regiewijzer(dir.path())
        .args(["overleg", "g.toml", "--toegankelijk"])
        .write_stdin("stop\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("  1. [blijft verdeeld] Is er een specifiek knelpunt"), "{out}");
    assert!(out.contains("\nAgendapunt 2 van 8:"), "resumes at the first open item:\n{out}");
}

#[test]
fn overleg_on_a_file_that_is_not_a_group_file_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let session = Path::new(env!("CARGO_MANIFEST_DIR")).join(WORKSHOP).join("koen-schepen.toml");
    regiewijzer(dir.path())
        .args(["overleg", "--toegankelijk"])
        .arg(&session)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("geen Regiewijzer-groepsbestand"))
        .stderr(predicates::str::contains("regiewijzer samenvoegen"));
    regiewijzer(dir.path())
        .args(["overleg", "ontbreekt.toml", "--toegankelijk"])
        .assert()
        .code(3)
        .stderr(predicates::str::contains("ontbreekt.toml"));
}

#[test]
fn hostile_text_in_a_group_file_is_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessies-in");
    std::fs::create_dir_all(&sessions).unwrap();
    for entry in std::fs::read_dir(WORKSHOP).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text.replace("name = \"Koen Martens\"", "name = \"Koen\\u001b[2J\\u202eMartens\"");
        let text = text.replace(
            "Het bestuursakkoord spreekt van een inclusief beleid in alle diensten.",
            "Regel een\\u001b]0;titel\\u0007\\nregel twee",
        );
        std::fs::write(sessions.join(path.file_name().unwrap()), text).unwrap();
    }
    regiewijzer(dir.path()).args(["samenvoegen", "sessies-in", "-o", "g.toml"]).assert().success();
    let out = regiewijzer(dir.path())
        .args(["overleg", "g.toml", "--toegankelijk"])
        .write_stdin("punt 3\nstop\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}') && !out.contains('\u{202e}'), "{out:?}");
    assert!(out.contains("  Koen␛[2JMartens (schepen): "), "{out}");
    assert!(out.contains("    notitie: Regel een␛]0;titel␇\n    regel twee"), "{out}");
}

#[test]
fn a_groepssessie_votes_in_the_line_mode() {
    let dir = tempfile::tempdir().unwrap();
    let questionnaire = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wizard-test.toml");
    // Intake (Gent, the group, facilitator, full), then a vote on the first question: 0 niemand,
    // 3 één persoon, 2 een dienst, 0 weet niet, with a note.
    let script = "Gent\nWerkgroep\nfacilitator\n1\nstemming\n0\n3\n2\n\nDe dienst is nog in opbouw.\nterug\nstop\n";
    let out = regiewijzer(dir.path())
        .args(["--nieuw", "--toegankelijk", "--vragenlijst"])
        .arg(&questionnaire)
        .write_stdin(script)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    in_order(
        &out,
        &[
            "Stemming: hoeveel stemmen kreeg elk antwoord? (Enter: 0)\nNiemand:\nEén persoon:\nEen dienst:\nWeet niet:",
            "Bewaard: stemming Eén persoon 3 · Een dienst 2; de groep gaat verder met Eén persoon.",
            "Vraag 2:",
            "Stemming van de groep: Eén persoon 3 · Een dienst 2.",
        ],
    );
    let files: Vec<_> = std::fs::read_dir(dir.path().join("data/sessies"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    let s = session::load(&files[0]).unwrap();
    assert_eq!(s.answer("start.organisatie"), Some(&Answer::Choice("een_persoon".into())));
    assert_eq!(s.votes("start.organisatie"), Some(&votes(&[("een_persoon", 3), ("dienst", 2)])));
    assert_eq!(s.note("start.organisatie"), Some("De dienst is nog in opbouw."));
}

#[test]
fn the_line_mode_start_menu_offers_a_group_file_in_the_sessions_folder() {
    let dir = tempfile::tempdir().unwrap();
    merged(dir.path());
    let sessions = dir.path().join("data/sessies");
    std::fs::create_dir_all(&sessions).unwrap();
    std::fs::rename(dir.path().join("g.toml"), sessions.join("netevelde-groep.toml")).unwrap();
    let out = regiewijzer(dir.path())
        .arg("--toegankelijk")
        .write_stdin("2\nstop\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    in_order(
        &out,
        &[
            "  1. Nieuwe evaluatie starten\n  2. Consensusoverleg: Netevelde — 5 respondenten, nog geen besluiten",
            "Consensusoverleg over Netevelde: 5 respondenten",
            "Agendapunt 1 van 8",
        ],
    );
    // By name, as for sessions: --hervat finds it in the sessions folder.
    regiewijzer(dir.path())
        .args(["--toegankelijk", "--hervat", "netevelde-groep"])
        .write_stdin("stop\n")
        .assert()
        .success()
        .stdout(predicates::str::contains("Agendapunt 1 van 8"));
}

/// A session is written as format 1 until it holds votes, then as 2 (which an older Regiewijzer
/// refuses with "install a newer version" instead of misreading); both load, and clearing the votes
/// makes it a format 1 file again.
#[test]
fn a_session_with_votes_is_format_2_and_one_without_stays_format_1() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.toml");
    let mut s = session::load(&Path::new(WORKSHOP).join("koen-schepen.toml")).unwrap();
    session::save(&s, &plain).unwrap();
    assert!(std::fs::read_to_string(&plain).unwrap().contains("\nformat = 1\n"));

    let path = group_session(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\nformat = 2\n"), "{text}");
    let loaded = session::load(&path).unwrap();
    assert!(loaded.has_votes());
    assert_eq!(loaded.entries["strategie.ambitie"].votes, votes(&[("hele_lijn", 3), ("facetten", 2)]));

    s.set_votes("strategie.ambitie", &BTreeMap::new());
    session::save(&s, &plain).unwrap();
    assert!(std::fs::read_to_string(&plain).unwrap().contains("\nformat = 1\n"));

    let newer = text.replace("\nformat = 2\n", "\nformat = 3\n");
    std::fs::write(&path, &newer).unwrap();
    let err = session::load(&path).unwrap_err().to_string();
    assert!(err.contains("formaat 3, nieuwer dan deze Regiewijzer kent (2)"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer, "left untouched");
}
