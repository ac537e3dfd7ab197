//! Hostile text (issue 14): one session full of nasty strings — terminal escapes (window title,
//! clear screen, hyperlinks), C1 controls, NUL, DEL, a carriage return, bidi overrides, `<script>`,
//! `{{handlebars}}`, Markdown pipes and links, a 300-character word, right-to-left text, emoji with
//! joiners, a hostile unknown question id and option id — through every way Regiewijzer shows it:
//! the TUI (`TestBackend`), the line mode and `sessies` (the real binary), Markdown, HTML and JSON.
//! Everywhere it must be inert (nothing reaches a terminal or a report that could steer it) and
//! intact (the text is still there to read; JSON keeps it exactly).
#![allow(clippy::unwrap_used)] // test helpers: a failed unwrap is a failed test

use std::path::Path;

use assert_cmd::Command;
use regiewijzer::display::is_bidi_control;
use regiewijzer::session::{self, Answer, FieldValue, Session};

const FIXTURE: &str = "tests/fixtures/hostile/vijandig.toml";
/// How the gemeente `ESC ]0;pwned BEL Lier ESC [2J` looks on a terminal.
const GEMEENTE_SHOWN: &str = "␛]0;pwned␇Lier␛[2J";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture() -> Session {
    session::load(&root().join(FIXTURE)).unwrap()
}

/// A data directory holding the fixture (and, when `broken`, a damaged session with a hostile name).
fn data_dir(broken: bool) -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let sessions = data.path().join("sessies");
    std::fs::create_dir_all(&sessions).unwrap();
    std::fs::copy(root().join(FIXTURE), sessions.join("vijandig.toml")).unwrap();
    if broken {
        std::fs::write(sessions.join("kapot\x1b]0;bestand\x07.toml"), "format = 1\nquestionnaire = \"\x1b[2J").unwrap();
    }
    data
}

fn regiewijzer(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("regiewijzer").unwrap();
    cmd.env("REGIEWIJZER_DATA_DIR", data)
        .env("REGIEWIJZER_CONFIG_DIR", data.join("config"))
        .env_remove("REGIEWIJZER_TOEGANKELIJK")
        .env("NO_COLOR", "1");
    cmd
}

/// Nothing in `text` can steer a terminal: no control character but the line break, no bidi control.
fn assert_terminal_inert(what: &str, text: &str) {
    if let Some(c) = text.chars().find(|c| (c.is_control() && *c != '\n') || is_bidi_control(*c)) {
        panic!("{what}: {c:?} reaches the terminal in\n{text}");
    }
}

fn assert_contains(what: &str, text: &str, needles: &[&str]) {
    for needle in needles {
        assert!(text.contains(needle), "{what}: {needle:?} missing from\n{text}");
    }
}

#[test]
fn the_line_mode_shows_it_inert_and_readable() {
    let data = data_dir(true);
    // Resume the session (menu item 2), go back to the long text, the overview, then the actors.
    let out = regiewijzer(data.path())
        .arg("--toegankelijk")
        .write_stdin("2\nterug\noverzicht\nstap 3\nstop\n")
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_terminal_inert("line mode stdout", &stdout);
    assert_terminal_inert("line mode stderr", &stderr);
    let word = "Gemeentelijkeintegratiebeleidsregiecoördinatie".repeat(6);
    assert_contains(
        "line mode",
        &stdout,
        &[
            &format!("Hervatten: {GEMEENTE_SHOWN} — An Bewaard. evil 🎉, facilitator"),
            "Huidig antwoord: <script>alert(1)</script> {{gemeente}} {{{raw}}} {{> partial}}\n| kolom | tabel | # kop",
            "␛[31mrood␛[0m ␛[2J \u{FFFD}0;c1\u{FFFD}",
            "مرحبا עברית gnp.exe 👩\u{200D}👩\u{200D}👧 🎉",
            &word,
            "Notitie: noot ␛]8;;http://x.invalid␇link␛]8;;␇ ␀NUL ␡DEL \u{FFFD}31mC1",
            "␛]0;keuze␇dienst",
            "oud.␛[2Jvraag",
            "Naam: CAW | <b>vet</b> {{#each x}}␛[2J",
            "Naam: رابطة Vereniging met nieuwe regel",
        ],
    );
}

#[test]
fn sessies_shows_it_inert_and_readable() {
    let data = data_dir(true);
    let out = regiewijzer(data.path()).arg("sessies").assert().success().get_output().clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_terminal_inert("sessies stdout", &stdout);
    assert_terminal_inert("sessies stderr", &stderr);
    assert_contains("sessies", &stdout, &[GEMEENTE_SHOWN, "An Bewaard. evil 🎉", "vijandig.toml"]);
    assert_contains("sessies", &stderr, &["kapot␛]0;bestand␇.toml", "oud.␛[2Jvraag"]);
    // Every table row is one line: the newline in the name was folded.
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
}

#[test]
fn the_reports_keep_markup_inert_and_the_text_intact() {
    let data = data_dir(false);
    let out = data.path().join("uit");
    regiewijzer(data.path())
        .args(["rapport", FIXTURE, "--formaat", "alle", "-o"])
        .arg(&out)
        .current_dir(root())
        .assert()
        .success();
    let read = |ext: &str| std::fs::read_to_string(out.join(format!("vijandig.{ext}"))).unwrap();
    let (md, html, json) = (read("md"), read("html"), read("json"));
    let word = "Gemeentelijkeintegratiebeleidsregiecoördinatie".repeat(6);
    for (what, text) in [("Markdown", &md), ("HTML", &html)] {
        if let Some(c) = text.chars().find(|c| (c.is_control() && !matches!(c, '\n' | '\t')) || is_bidi_control(*c)) {
            panic!("{what}: raw {c:?} in the report");
        }
        assert_contains(what, text, &["pwnedLier", &word, "مرحبا עברית gnp.exe", "👩\u{200D}👩\u{200D}👧"]);
    }
    assert_contains(
        "Markdown",
        &md,
        &["\\<script\\>alert(1)\\</script\\>", "\\{\\{gemeente\\}\\}", "\\| kolom \\| tabel \\| \\# kop", "\\[link\\]"],
    );
    assert!(!md.contains("<script>"), "raw <script> in Markdown");
    assert_contains(
        "HTML",
        &html,
        &["&lt;script&gt;alert(1)&lt;/script&gt;", "{{gemeente}}", "CAW | &lt;b&gt;vet&lt;/b&gt;"],
    );
    assert!(!html.to_lowercase().contains("<script"), "a <script> element in the HTML");
    assert!(!html.contains("href=\"javascript"), "a javascript: link in the HTML");

    // JSON: exactly the session's text, escaped by serde_json.
    assert_terminal_inert("JSON", &json);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let s = fixture();
    let mut strings = Vec::new();
    collect_strings(&value, &mut strings);
    let Some(Answer::Text(doel)) = s.answer("start.doel") else { panic!("fixture lost start.doel") };
    let Some(Answer::Records(actors)) = s.answer("participanten.actoren") else { panic!("fixture lost actors") };
    let Some(FieldValue::Text(actor)) = actors[0].get("naam") else { panic!("fixture lost an actor") };
    for expected in [&s.respondent.gemeente, &s.respondent.name, doel, actor] {
        assert!(strings.contains(expected), "JSON lost {expected:?}");
    }
}

fn collect_strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| collect_strings(v, out)),
        _ => {}
    }
}

#[cfg(feature = "tui")]
mod tui {
    use std::sync::Arc;

    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use regiewijzer::tui::App;

    use super::*;

    fn press(app: &mut App, code: KeyCode) {
        app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    }

    /// Render at 120×40; every cell is checked before the screen is returned as text.
    fn screen(app: &App) -> String {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
        for cell in terminal.backend().buffer().content() {
            assert_terminal_inert("TUI cell", cell.symbol());
        }
        terminal.backend().to_string()
    }

    #[test]
    fn the_tui_shows_it_inert_and_readable() {
        let data = data_dir(true);
        let questionnaire = Arc::new(regiewijzer::embedded::questionnaire("vvsg-4p").unwrap());
        let mut app = App::new(questionnaire, &data.path().join("sessies"));
        assert_contains("start screen", &screen(&app), &[GEMEENTE_SHOWN, "An Bewaard. evil 🎉"]);
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Enter);
        let question = screen(&app);
        assert_contains("header", &question, &[GEMEENTE_SHOWN]);
        press(&mut app, KeyCode::Left);
        let doel = screen(&app);
        assert_contains(
            "long text",
            &doel,
            &[
                "<script>alert(1)</script> {{gemeente}}",
                "␛[31mrood␛[0m",
                "مرحبا עברית gnp.exe",
                "Gemeentelijkeintegratie",
                "Notitie: noot ␛]8;;http://x.invalid␇link␛]8;;␇ ␀NUL ␡DEL",
            ],
        );
        press(&mut app, KeyCode::Char('o'));
        assert_contains("overview", &screen(&app), &["␛]0;keuze␇dienst"]);
        press(&mut app, KeyCode::Esc);
        // The actors: the first question of step 3 (steps popup, 3).
        press(&mut app, KeyCode::Char('s'));
        press(&mut app, KeyCode::Char('3'));
        assert_contains(
            "actors",
            &screen(&app),
            &["CAW | <b>vet</b> {{#each x}}␛[2J", "رابطة Vereniging met nieuwe regel"],
        );
        // What is being typed is the user's own text, kept as it is in the editor; a bidi override
        // typed or pasted there still never reaches the terminal.
        press(&mut app, KeyCode::Char('n'));
        app.handle_paste("\u{202E}omgekeerd\u{2066}");
        assert_contains("note editor", &screen(&app), &["omgekeerd"]);
    }
}
