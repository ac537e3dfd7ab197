//! A respondent fills in the form that `regiewijzer formulier` writes, in headless Chromium
//! (`.ci/node/form-e2e.js`, Playwright): the intake by keyboard, a follow-up question, a bad number,
//! "weet niet", a note, an actor with a missing required field, edited and removed, hostile text, a
//! reload in between, the download. The downloaded session files must load with exactly the typed
//! answers, `rapport` (the real binary) must accept them and keep hostile text inert, and the wizard
//! must open them. Along the way: axe-core 0 violations (WCAG 2.1 AA) in every state, the Nu HTML
//! checker 0 errors on the page and on DOM snapshots, no request outside the file, screenshots at 390
//! and 1280 px (in `target/formulier-e2e/`, to look at). Run by `.ci/run` (`cargo test -- --ignored`
//! with `REGIEWIJZER_NODE_DIR`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, OnceLock};

use regiewijzer::questionnaire;
use regiewijzer::session::{self, Answer, FieldValue, Mode, Role, Session};
use regiewijzer::wizard::Wizard;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_regiewijzer");

fn node_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("REGIEWIJZER_NODE_DIR").expect("set REGIEWIJZER_NODE_DIR (see .ci/run)"))
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The real binary, with its own config and data directories.
fn regiewijzer(dir: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env("REGIEWIJZER_CONFIG_DIR", dir.join("config")).env("REGIEWIJZER_DATA_DIR", dir.join("data"));
    cmd
}

struct Outcome {
    report: Value,
    pages: Vec<PathBuf>,
    dir: PathBuf,
}

impl Outcome {
    fn session(&self, which: &str) -> (Session, PathBuf) {
        let path = PathBuf::from(self.report["files"][which]["path"].as_str().unwrap());
        (session::load(&path).unwrap_or_else(|e| panic!("{e}")), path)
    }

    fn typed(&self, what: &str) -> String {
        self.report["typed"][what].as_str().unwrap().to_string()
    }
}

/// The respondent's run, shared by the tests of this file (it takes a browser and some seconds).
fn outcome() -> &'static Outcome {
    static OUTCOME: OnceLock<Outcome> = OnceLock::new();
    OUTCOME.get_or_init(fill_in)
}

/// Write the three forms with the real binary and let the respondent script fill them in. Everything
/// stays in `target/tmp/formulier-e2e/` afterwards: the screenshots are there to look at.
fn fill_in() -> Outcome {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("formulier-e2e");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let full = dir.join("vragenlijst.html");
    let short = dir.join("vragenlijst-kort.html");
    let kinds = dir.join("soorten.html");
    run(regiewijzer(&dir).arg("formulier").arg("-o").arg(&full));
    run(regiewijzer(&dir).args(["form", "--kort", "-o"]).arg(&short));
    run(regiewijzer(&dir).args(["formulier", "--vragenlijst", "tests/fixtures/wizard-test.toml", "-o"]).arg(&kinds));
    let node = node_dir();
    let stdout = run(Command::new("node")
        .arg(node.parent().unwrap().join("form-e2e.js"))
        .args([&full, &short, &kinds, &dir.join("browser")])
        .env("NODE_PATH", &node));
    let report: Value = serde_json::from_str(&stdout).unwrap();
    Outcome { report, pages: vec![full, short, kinds], dir }
}

fn text(s: &Session, id: &str) -> String {
    match s.answer(id) {
        Some(Answer::Text(t)) => t.clone(),
        other => panic!("{id}: {other:?}"),
    }
}

#[test]
#[ignore = "needs node/chromium/vnu: run by .ci/run"]
fn a_respondent_fills_in_the_form_and_rapport_accepts_the_session() {
    let outcome = outcome();
    let problems = outcome.report["problems"].as_array().unwrap();
    assert!(problems.is_empty(), "{problems:#?}");
    let axe = outcome.report["axe"].as_array().unwrap();
    assert!(axe.len() >= 8, "{axe:?}");

    let (s, path) = outcome.session("full");
    assert_eq!((s.questionnaire.as_str(), s.mode), ("vvsg-4p", Mode::Volledig));
    assert_eq!(s.respondent.gemeente, outcome.typed("gemeente").trim());
    assert!(s.respondent.gemeente.contains("<script>alert(\"x\")</script> ]] ''' \"\"\""), "{:?}", s.respondent);
    assert_eq!(s.respondent.name, outcome.typed("naam").trim());
    assert_eq!(s.respondent.role, Role::Schepen);
    assert_eq!(s.answer("start.organisatie"), Some(&Answer::Choice("dienst".into())));
    assert_eq!(s.note("start.organisatie"), Some(outcome.typed("notitie").as_str()));
    assert!(s.note("start.organisatie").unwrap().contains('\u{0}'), "a NUL typed into a note comes back");
    assert_eq!(s.answer("start.vte"), Some(&Answer::Number(2.5)), "the follow-up question, after a bad value");
    assert_eq!(s.answer("start.tijdelijke_financiering"), Some(&Answer::Choice("weet_niet".into())));
    assert_eq!(s.answer("start.inwoners"), None, "cleared");
    assert_eq!(s.answer("start.themas"), Some(&Answer::Choices(vec!["werk".into(), "taal".into()])));
    // "weet niet" and the exclusive "geen" each cleared the others; "overleg" and "informatie" stand.
    assert_eq!(s.answer("context.instrumenten"), Some(&Answer::Choices(vec!["overleg".into(), "informatie".into()])));
    assert_eq!(text(&s, "start.doel"), outcome.typed("doel"));
    let Some(Answer::Records(actors)) = s.answer("participanten.actoren") else { panic!("no actors: {s:?}") };
    assert_eq!(actors.len(), 1, "one added, edited; one added and removed");
    let actor = &actors[0];
    assert_eq!(actor["naam"], FieldValue::Text("CAW \"De Terp\" <b>Oost</b> & West".into()));
    assert_eq!(actor["type"], FieldValue::Text("caw".into()));
    assert_eq!(actor["intern_extern"], FieldValue::Text("extern".into()));
    assert_eq!(actor["relatie"], FieldValue::List(vec!["werkt_aan_integratie".into()]));
    assert_eq!(actor["neemt_deel"], FieldValue::Text("gedeeltelijk".into()));
    assert!(outcome.typed("actor").starts_with("Naam: CAW"), "{}", outcome.typed("actor"));
    assert_eq!(s.entries.len(), 7, "{:?}", s.entries.keys());

    // rapport accepts it, with the same answers; hostile text stays inert in the HTML.
    let out = outcome.dir.join("rapport");
    run(regiewijzer(&outcome.dir).arg("rapport").arg(&path).args(["--formaat", "alle", "-o"]).arg(&out));
    let stem = path.file_stem().unwrap().to_str().unwrap();
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join(format!("{stem}.json"))).unwrap()).unwrap();
    assert_eq!(json["gemeente"].as_str(), Some(s.respondent.gemeente.as_str()), "{}", json["gemeente"]);
    let rows = json["actoren"]["rijen"].to_string();
    assert!(rows.contains("De Terp"), "{rows}");
    let html = std::fs::read_to_string(out.join(format!("{stem}.html"))).unwrap();
    assert!(!html.contains("<script>alert") && !html.contains("<b>Oost"), "hostile text must be escaped");
    assert!(html.contains("&lt;script&gt;alert"));

    // The wizard opens it (a facilitator can continue it) and counts the answers.
    let q = Arc::new(regiewijzer::embedded::questionnaire("vvsg-4p").unwrap());
    let copy = outcome.dir.join("data/sessies/kopie.toml");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    std::fs::copy(&path, &copy).unwrap();
    let wizard = Wizard::open(q.clone(), &copy).unwrap();
    assert_eq!(wizard.session().entries, s.entries);
    assert!(wizard.unknown_answers_notice().is_none());
    assert_eq!(q.progress(&s).0, 7, "answered visible questions (a note alone is no answer)");
}

/// The README's workshop by mail: `formulier -o vragenlijst.html`, three respondents fill it in and
/// mail back their files, the facilitator runs `samenvoegen` on them, then `rapport`.
#[test]
#[ignore = "needs node/chromium/vnu: run by .ci/run"]
fn three_returned_forms_merge_into_a_workshop() {
    let outcome = outcome();
    let files = outcome.report["files"]["workshop"].as_array().unwrap();
    assert_eq!(files.len(), 3);
    let inbox = outcome.dir.join("teruggestuurd");
    std::fs::create_dir_all(&inbox).unwrap();
    for file in files {
        let path = PathBuf::from(file["path"].as_str().unwrap());
        std::fs::copy(&path, inbox.join(path.file_name().unwrap())).unwrap();
    }
    let group = outcome.dir.join("groep-netevelde.toml");
    let _ = std::fs::remove_file(&group);
    let merged = run(regiewijzer(&outcome.dir).arg("samenvoegen").arg(&inbox).arg("-o").arg(&group));
    assert!(merged.contains("3 sessies van Netevelde samengevoegd"), "{merged}");
    for who in
        ["Koen Martens (schepen)", "Els Van den Broeck (integratieambtenaar)", "Fatima Benali (partnerorganisatie)"]
    {
        assert!(merged.contains(who), "{who}: {merged}");
    }
    let g = regiewijzer::group::load(&group).unwrap();
    assert_eq!(g.members.len(), 3);
    // The two questions they disagree on are on the gespreksagenda of the group report.
    let md = run(regiewijzer(&outcome.dir).arg("rapport").arg(&group).args(["--formaat", "md"]));
    let start = md.find("## Gespreksagenda").unwrap();
    let end = md[start + 3..].find("\n## ").map_or(md.len(), |i| start + 3 + i);
    let agenda = &md[start..end];
    for question in ["Wie werkt er in uw gemeentebestuur aan integratie?", "Wat wil het bestuur met deze samenwerking?"]
    {
        assert!(agenda.contains(question), "{question} not on the agenda:\n{agenda}");
    }
}

#[test]
#[ignore = "needs node/chromium/vnu: run by .ci/run"]
fn the_short_form_and_every_kind_come_back_as_sessions() {
    let outcome = outcome();
    let (short, _) = outcome.session("short");
    assert_eq!(short.mode, Mode::Kort);
    assert_eq!(short.respondent.role, Role::Partnerorganisatie);
    assert_eq!(short.respondent.name, "");
    assert_eq!(short.answer("start.organisatie"), Some(&Answer::Choice("weet_niet".into())));
    let suggested = outcome.report["files"]["short"]["suggested"].as_str().unwrap();
    let date = suggested.strip_prefix("kortrijk-partnerorganisatie-").and_then(|s| s.strip_suffix(".toml"));
    assert!(date.is_some_and(|d| d.parse::<jiff::civil::Date>().is_ok()), "{suggested}");

    let (kinds, path) = outcome.session("kinds");
    assert_eq!(kinds.questionnaire, "wizard-test");
    assert_eq!(kinds.answer("start.thema"), Some(&Answer::Text("vrede ]] \"x\" <i>".into())));
    assert_eq!(kinds.answer("context.draagvlak"), Some(&Answer::Number(4.0)), "scale by arrow keys");
    assert_eq!(kinds.answer("context.kanalen"), Some(&Answer::Choices(vec!["cijfers".into()])));
    assert_eq!(kinds.answer("context.toelichting"), Some(&Answer::Text("Regel 1\nRegel 2".into())));
    let Some(Answer::Records(records)) = kinds.answer("actoren.lijst") else { panic!("{kinds:?}") };
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["mensen"], FieldValue::Number(12.5));
    assert_eq!(records[0]["mandaat"], FieldValue::Text("ja".into()));
    assert_eq!(records[0]["bijdrage"], FieldValue::List(vec!["kennis".into()]));
    let q = questionnaire::parse(
        &std::fs::read_to_string("tests/fixtures/wizard-test.toml").unwrap(),
        Path::new("tests/fixtures/wizard-test.toml"),
    )
    .unwrap();
    assert!(kinds.unknown_ids(&q).is_empty());
    run(regiewijzer(&outcome.dir).arg("rapport").arg(&path).args([
        "--vragenlijst",
        "tests/fixtures/wizard-test.toml",
        "--formaat",
        "md",
    ]));
}

#[test]
#[ignore = "needs node/chromium/vnu: run by .ci/run"]
fn the_page_and_its_live_dom_pass_the_nu_checker() {
    let outcome = outcome();
    let snapshots: Vec<PathBuf> =
        outcome.report["snapshots"].as_array().unwrap().iter().map(|p| PathBuf::from(p.as_str().unwrap())).collect();
    assert!(snapshots.len() >= 4, "{snapshots:?}");
    let jar = node_dir().join("vnu-jar/build/dist/vnu.jar");
    run(Command::new("java").arg("-jar").arg(jar).arg("--errors-only").args(&outcome.pages).args(&snapshots));
    let screenshots = outcome.report["screenshots"].as_array().unwrap();
    for shot in screenshots {
        let bytes = std::fs::read(shot.as_str().unwrap()).unwrap();
        assert!(bytes.starts_with(b"\x89PNG") && bytes.len() > 5_000, "{shot}");
    }
}
