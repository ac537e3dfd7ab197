//! End-to-end checks of the HTML report with real tools, run by `.ci/run` (which installs Chromium,
//! Java and the node packages in `.ci/node`, then runs `cargo test -- --ignored` with
//! `REGIEWIJZER_NODE_DIR` set): every fixture session rendered to HTML — plus one with a
//! 300-character word in the gemeente, the goal, a note and an actor's name, the group report of the
//! workshop in `tests/fixtures/workshop-netevelde`, a report with the comparison without names
//! (`--vergelijk`), and the ontwerpbeslissing (`--formaat besluit`) of every fixture and of the
//! workshop; and the overview across gemeenten (`overzicht --formaat html`, Nu and axe only) —
//! passes the W3C Nu HTML checker with 0 errors, axe-core
//! reports 0 WCAG 2.1 AA violations in headless Chromium (and no external request), the layout holds
//! at 390 px and 1280 px and in print (`.ci/node/layout.js`), and Chromium's `--print-to-pdf`
//! produces a PDF.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use regiewijzer::analysis;
use regiewijzer::questionnaire;
use regiewijzer::report::{Format, Renderer, besluit};
use regiewijzer::session;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMIUM_ARGS: [&str; 5] =
    ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"];

fn node_dir() -> PathBuf {
    PathBuf::from(std::env::var_os("REGIEWIJZER_NODE_DIR").expect("set REGIEWIJZER_NODE_DIR (see .ci/run)"))
}

/// Every fixture session rendered to `<dir>/<name>.html` and `<dir>/<name>-besluit.html`: those of
/// `tests/fixtures/sessions` against the test questionnaire, those of `tests/fixtures/sessions-vvsg`
/// and the hostile-text session of `tests/fixtures/hostile` against the real embedded one.
fn render_all(dir: &Path) -> Vec<PathBuf> {
    let qpath = Path::new("tests/fixtures/vvsg-test.toml");
    let test_q = questionnaire::parse(&std::fs::read_to_string(qpath).unwrap(), qpath).unwrap();
    let text = regiewijzer::embedded::questionnaire_text("vvsg-4p").unwrap();
    let real_q = questionnaire::parse_embedded(text, "vvsg-4p.toml").unwrap();
    let renderer = Renderer::embedded().unwrap();
    let mut files = Vec::new();
    let dirs = [
        ("tests/fixtures/sessions", &test_q),
        ("tests/fixtures/sessions-vvsg", &real_q),
        ("tests/fixtures/hostile", &real_q),
    ];
    for (fixtures, q) in dirs {
        let mut entries: Vec<_> = std::fs::read_dir(fixtures).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for path in entries {
            let s = session::load(&path).unwrap();
            let a = analysis::analyse(q, &s);
            let html = renderer.render(Format::Html, &a, q, &s).unwrap();
            let out = dir.join(path.file_stem().unwrap()).with_extension("html");
            assert!(!out.exists(), "two fixtures named {}", out.display());
            std::fs::write(&out, html).unwrap();
            files.push(out);
            let draft = besluit::besluit(&a, q, &s);
            files.push(write_besluit(dir, &format!("{}-besluit", path.file_stem().unwrap().to_string_lossy()), &draft));
        }
    }
    files.extend(render_group(dir, &real_q, &renderer));
    let report = regiewijzer::report::groep::GroupReport::new(&real_q, &workshop());
    files.push(write_besluit(dir, "groep-netevelde-besluit", &besluit::besluit_groep(&report, &real_q)));
    files.push(render_long_word(dir, &real_q, &renderer));
    files.push(render_compared(dir, &real_q, &renderer));
    assert!(files.len() >= 30, "{files:?}");
    files
}

/// Names for the gemeenten of the comparison folder.
const OTHERS: [&str; 6] = ["Alfadorp", "Bravoveld", "Charliebeek", "Deltamere", "Echoheide", "Foxtrotkerke"];

/// A folder of six gemeenten of 10,000–25,000 inhabitants, made from different fixture sessions.
fn comparison_folder(dir: &Path) -> PathBuf {
    let folder = dir.join("vergelijk");
    std::fs::create_dir(&folder).unwrap();
    let bases = [
        "diepte-proces-kans-unieke-groep.toml",
        "grensheide-zonder-integratiedienst-bovenlokaal.toml",
        "klein-sociaal-beleid-bovenlokaal.toml",
        "scheldemeers-offerfeest-met-buurgemeenten.toml",
        "middelgroot-breedte-inhoud-basisgroep.toml",
        "grensstad-kwetsbare-eenmansdienst.toml",
    ];
    for (name, base) in OTHERS.iter().zip(bases) {
        let mut s = session::load(&Path::new("tests/fixtures/sessions-vvsg").join(base)).unwrap();
        s.respondent.gemeente = (*name).to_string();
        s.set_answer("start.inwoners", session::Answer::Choice("10000_25000".into()));
        session::save(&s, &folder.join(format!("{name}.toml"))).unwrap();
    }
    folder
}

/// The report of Zavelberg with the comparison without names (`rapport --vergelijk`): its table of
/// medians per step.
fn render_compared(dir: &Path, q: &questionnaire::Questionnaire, renderer: &Renderer) -> PathBuf {
    let folder = comparison_folder(dir);
    let scan = regiewijzer::overview::scan(&[folder]);
    let (rows, skipped) = regiewijzer::overview::rows(&scan, q);
    assert!(skipped.is_empty() && rows.len() == OTHERS.len(), "{skipped:?}");
    let s = session::load(Path::new("tests/fixtures/sessions-vvsg/gemeente-15000-deeltijds.toml")).unwrap();
    let compare =
        |s: &session::Session, a: &analysis::Analysis| regiewijzer::overview::compare::context(q, s, a, &rows);
    let out = regiewijzer::report::build_compared(renderer, q, &s, &[Format::Html], Some(&compare)).unwrap();
    let html = &out[0].1;
    assert!(html.contains("De mediaan van 6 andere gemeenten"), "the comparison is made");
    let path = dir.join("vergelijking.html");
    std::fs::write(&path, html).unwrap();
    path
}

/// The overview across gemeenten (`overzicht --formaat html`): the fixture gemeenten with the
/// Netevelde workshop merged, and one with hostile gemeente names. Pages, not reports: checked by
/// the Nu checker and axe, not by the report layout check.
fn render_overviews(dir: &Path) -> Vec<PathBuf> {
    use regiewijzer::overview::{self, render};
    let q = regiewijzer::embedded::questionnaire("vvsg-4p").unwrap();
    let hostile = dir.join("vijandig");
    std::fs::create_dir(&hostile).unwrap();
    let base = session::load(Path::new("tests/fixtures/sessions-vvsg/gemeente-15000-deeltijds.toml")).unwrap();
    let names = ["<script>alert(1)</script>", "=cmd|' /C calc'!A0", "\u{1b}[2J\u{202e}Lier", "Puurs; \"Sint\"-Amands"];
    for (i, name) in names.iter().enumerate() {
        let mut s = base.clone();
        s.respondent.gemeente = format!("{name} {}", "Zeerlangesamengesteldewoordzonderspaties".repeat(i + 1));
        session::save(&s, &hostile.join(format!("g{i}.toml"))).unwrap();
    }
    let sources: [&[PathBuf]; 2] = [
        &[PathBuf::from("tests/fixtures/sessions-vvsg"), PathBuf::from("tests/fixtures/workshop-netevelde")],
        &[hostile],
    ];
    ["overzicht", "overzicht-vijandig"]
        .into_iter()
        .zip(sources)
        .map(|(name, paths)| {
            let scan = overview::scan(paths);
            let (rows, _) = overview::rows(&scan, &q);
            let steps = overview::scored_steps(&q);
            let titles: Vec<&str> = steps.iter().map(|(_, _, t)| *t).collect();
            let table = render::Table { rows: &rows, steps: &titles };
            let html = render::html_with(table, render::HTML_TEMPLATE, "templates/overzicht.html.hbs").unwrap();
            let path = dir.join(format!("{name}.html"));
            std::fs::write(&path, html).unwrap();
            path
        })
        .collect()
}

/// The ontwerpbeslissing's HTML, written to `<dir>/<name>.html`.
fn write_besluit(dir: &Path, name: &str, draft: &besluit::Besluit) -> PathBuf {
    let html = besluit::Templates::embedded().unwrap().render(draft, "2026-11-20", besluit::Kind::Html).unwrap();
    let out = dir.join(name).with_extension("html");
    assert!(!out.exists(), "two files named {}", out.display());
    std::fs::write(&out, html).unwrap();
    out
}

fn workshop() -> regiewijzer::group::Group {
    let (inputs, skipped) = regiewijzer::group::read_inputs(&[PathBuf::from("tests/fixtures/workshop-netevelde")]);
    assert!(skipped.is_empty(), "{skipped:?}");
    regiewijzer::group::merge(inputs).unwrap().group
}

/// The group report of the Netevelde workshop before and after a consensus meeting (an agreement,
/// a question that stays divided, a split vote), and of a groepssessie, rendered into `dir`.
fn render_group(dir: &Path, q: &questionnaire::Questionnaire, renderer: &Renderer) -> Vec<PathBuf> {
    use regiewijzer::answer::Answer;
    use regiewijzer::group::{Decision, DecisionStatus, Group};
    let group = workshop();
    let mut met = group.clone();
    let t = "2026-10-06T15:00:00Z".parse().unwrap();
    let decision = |status, answer: Option<&str>, motivation: &str, votes: &[(&str, u32)]| Decision {
        status,
        answer: answer.map(|a| Answer::Choice(a.into())),
        motivation: Some(motivation.into()),
        votes: votes.iter().map(|(k, n)| ((*k).to_string(), *n)).collect(),
        updated: t,
    };
    met.decide(
        "strategie.draagvlak_ambtelijk",
        decision(
            DecisionStatus::Akkoord,
            Some("verondersteld"),
            "Het MAT keurde goed, de diensten volgen nog niet.",
            &[],
        ),
    );
    met.decide(
        "strategie.focus",
        decision(DecisionStatus::Verdeeld, None, "Partners & bestuur <zien> het anders.", &[]),
    );
    met.decide(
        "strategie.ambitie",
        decision(
            DecisionStatus::Akkoord,
            Some("hele_lijn"),
            "Na een tweede ronde.",
            &[("hele_lijn", 3), ("facetten", 2)],
        ),
    );
    let session = session::load(Path::new("tests/fixtures/workshop-netevelde/koen-schepen.toml")).unwrap();
    let mut together = session.clone();
    together.set_votes("strategie.ambitie", &[("hele_lijn".to_string(), 3), ("facetten".to_string(), 2)].into());
    let groups = [
        ("groep-netevelde", group),
        ("groep-netevelde-na-overleg", met),
        ("groepssessie-netevelde", Group::from_group_session(&together, "koen-schepen.toml")),
    ];
    groups
        .into_iter()
        .map(|(name, group)| {
            let out = regiewijzer::report::groep::build(renderer, q, &group, &[Format::Html]).unwrap();
            let path = dir.join(format!("{name}.html"));
            std::fs::write(&path, &out[0].1).unwrap();
            path
        })
        .collect()
}

/// A complete session with one 300-character word wherever the user types text that the report
/// shows: the gemeente (title), the goal (cover, appendix), a note (appendix table) and an actor's
/// name (body, actor block).
fn render_long_word(dir: &Path, q: &questionnaire::Questionnaire, renderer: &Renderer) -> PathBuf {
    let word = "Zeerlangesamengesteldewoordzonderspaties".repeat(8)[..300].to_string();
    let mut s =
        session::load(Path::new("tests/fixtures/sessions-vvsg/middelgroot-breedte-inhoud-basisgroep.toml")).unwrap();
    s.respondent.gemeente = format!("Netevelde {word}");
    s.set_answer("start.doel", session::Answer::Text(format!("Doel: {word} en meer.")));
    s.set_note("context.informatie", &word);
    let Some(session::Answer::Records(mut actors)) = s.answer("participanten.actoren").cloned() else {
        panic!("the fixture has actors")
    };
    actors[0].insert("naam".into(), session::FieldValue::Text(word.clone()));
    s.set_answer("participanten.actoren", session::Answer::Records(actors));
    let a = analysis::analyse(q, &s);
    let html = renderer.render(Format::Html, &a, q, &s).unwrap();
    assert!(html.contains(&word));
    let out = dir.join("lang-woord.html");
    std::fs::write(&out, html).unwrap();
    out
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
#[ignore = "needs vnu/chromium: run by .ci/run"]
fn html_passes_the_nu_html_checker() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = render_all(dir.path());
    files.extend(render_overviews(dir.path()));
    let jar = node_dir().join("vnu-jar/build/dist/vnu.jar");
    run(Command::new("java").arg("-jar").arg(jar).arg("--errors-only").args(&files));
}

#[test]
#[ignore = "needs vnu/chromium: run by .ci/run"]
fn html_has_no_axe_violations_and_makes_no_requests() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = render_all(dir.path());
    files.extend(render_overviews(dir.path()));
    let node = node_dir();
    let script = node.parent().unwrap().join("axe.js");
    run(Command::new("node").arg(script).args(&files).env("NODE_PATH", &node));
}

#[test]
#[ignore = "needs vnu/chromium: run by .ci/run"]
fn html_layout_fits_narrow_and_wide_screens_and_a4() {
    let dir = tempfile::tempdir().unwrap();
    // The reports' layout (page 1, the nav, the appendices); the ontwerpbeslissing has its own plain
    // structure, checked by tests/report_besluit.rs.
    let files: Vec<_> =
        render_all(dir.path()).into_iter().filter(|f| !f.to_string_lossy().ends_with("-besluit.html")).collect();
    let node = node_dir();
    let script = node.parent().unwrap().join("layout.js");
    run(Command::new("node").arg(script).args(&files).env("NODE_PATH", &node));
}

#[test]
#[ignore = "needs vnu/chromium: run by .ci/run"]
fn html_prints_to_pdf() {
    let dir = tempfile::tempdir().unwrap();
    // The reports; the ontwerpbeslissing is printed from the word processor, not from the browser.
    let files = render_all(dir.path()).into_iter().filter(|f| !f.to_string_lossy().ends_with("-besluit.html"));
    for file in files {
        let pdf = file.with_extension("pdf");
        run(Command::new(CHROMIUM)
            .args(CHROMIUM_ARGS)
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg("--no-pdf-header-footer")
            .arg(&file));
        let bytes = std::fs::read(&pdf).unwrap();
        assert!(bytes.len() > 1000 && bytes.starts_with(b"%PDF"), "{}: {} bytes", pdf.display(), bytes.len());
    }
}
