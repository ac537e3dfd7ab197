//! The consensus meeting in the terminal on a `TestBackend`: snapshots of the agenda, a question
//! with who said what, each decision form and the summary at 80×24 and 120×40; a meeting driven by
//! key events whose decisions are checked in the group file on disk; a groepssessie's vote in the
//! wizard. The Netevelde workshop (`tests/fixtures/workshop-netevelde`) is merged into a temp dir.
#![cfg(feature = "tui")]
#![allow(clippy::unwrap_used)] // test helpers: a failed unwrap is a failed test

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use regiewijzer::group::{self, DecisionStatus, GroupFile};
use regiewijzer::questionnaire::Questionnaire;
use regiewijzer::tui::App;
use regiewijzer::wizard::Begin;

use KeyCode::{Down, Enter, Esc, Right, Tab};

fn questionnaire() -> Arc<Questionnaire> {
    Arc::new(regiewijzer::embedded::questionnaire("vvsg-4p").unwrap())
}

/// The Netevelde workshop merged into `<dir>/netevelde-groep.toml`.
fn group_file(dir: &Path) -> PathBuf {
    let (inputs, _) = group::read_inputs(&[PathBuf::from("tests/fixtures/workshop-netevelde")]);
    let path = dir.join("netevelde-groep.toml");
    drop(GroupFile::create(&path, group::merge(inputs).unwrap().group).unwrap());
    path
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn keys(app: &mut App, codes: &[KeyCode]) {
    for code in codes {
        press(app, *code);
    }
}

fn chars(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn c(ch: char) -> KeyCode {
    KeyCode::Char(ch)
}

/// Today's date (in a new session's file name) changes between runs; mask it.
fn mask(text: &str) -> String {
    let today = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::system()).date().to_string();
    text.replace(&today, "jjjj-mm-dd")
}

fn render(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    mask(&terminal.backend().to_string())
}

fn snap(app: &App, name: &str) {
    insta::assert_snapshot!(format!("{name}_80x24"), render(app, 80, 24));
    insta::assert_snapshot!(format!("{name}_120x40"), render(app, 120, 40));
}

fn meeting_app(dir: &Path) -> (App, PathBuf) {
    let path = group_file(dir);
    let app = App::new(questionnaire(), &dir.join("sessies")).begin(&Begin::Meeting(path.clone()));
    (app, path)
}

fn saved_group(path: &Path) -> group::Group {
    group::load(path).unwrap()
}

#[test]
fn meeting_screens() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = meeting_app(dir.path());
    snap(&app, "meeting_agenda");
    press(&mut app, Enter);
    snap(&app, "meeting_item");
    press(&mut app, c('?'));
    snap(&app, "meeting_help");
    press(&mut app, Esc);
    press(&mut app, c('a'));
    keys(&mut app, &[Tab]);
    chars(&mut app, "Taal op school is een knelpunt.");
    snap(&app, "meeting_agree");
    press(&mut app, Enter);
    press(&mut app, c('t'));
    keys(&mut app, &[c('1'), Tab, c('1'), Tab, c('3'), Tab, Tab]);
    chars(&mut app, "Na een tweede ronde.");
    snap(&app, "meeting_vote");
    press(&mut app, Enter);
    press(&mut app, c('v'));
    chars(&mut app, "De schepen wil breedte, de diensten eerst taal.");
    snap(&app, "meeting_divided");
    press(&mut app, Enter);
    // Back to the first item: the decision is shown under who said what.
    keys(&mut app, &[KeyCode::Left, KeyCode::Left, KeyCode::Left]);
    snap(&app, "meeting_item_decided");
    press(&mut app, c('o'));
    snap(&app, "meeting_agenda_decided");
    press(&mut app, c('r'));
    snap(&app, "meeting_end");
    press(&mut app, c('q'));
    snap(&app, "meeting_quit");
}

#[test]
fn a_meeting_driven_by_keys_is_saved_in_the_group_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = meeting_app(dir.path());
    let ids: Vec<String> = app.meeting().unwrap().items().iter().map(|i| i.agenda.id.clone()).collect();
    // 1: agree on "ja" (the rule said nee), with a motivation.
    keys(&mut app, &[Enter, c('a'), c('1'), Tab]);
    chars(&mut app, "Taal op school.");
    press(&mut app, Enter);
    // 2: skip. 3: a vote of 3 against 2 on the ambition. 4: stays divided.
    press(&mut app, Right);
    keys(&mut app, &[c('t'), c('3'), Tab, c('2'), Enter]);
    keys(&mut app, &[c('v'), Enter]);
    let g = saved_group(&path);
    let d = &g.decisions;
    assert_eq!(d.len(), 3, "{d:?}");
    assert_eq!(d[&ids[0]].status, DecisionStatus::Akkoord);
    assert_eq!(d[&ids[0]].answer, Some(regiewijzer::answer::Answer::Choice("ja".into())));
    assert_eq!(d[&ids[0]].motivation.as_deref(), Some("Taal op school."));
    assert!(!d.contains_key(&ids[1]), "skipped");
    assert_eq!(ids[2], "strategie.ambitie");
    assert_eq!(d[&ids[2]].votes.values().copied().collect::<Vec<_>>(), [2, 3]);
    assert_eq!(d[&ids[2]].answer, Some(regiewijzer::answer::Answer::Choice("hele_lijn".into())));
    assert_eq!(d[&ids[3]].status, DecisionStatus::Verdeeld);
    // Revise the first decision, then clear the vote.
    keys(&mut app, &[c('o'), KeyCode::Up, KeyCode::Up, KeyCode::Up, KeyCode::Up, Enter, c('a'), Down, Enter]);
    assert_eq!(
        saved_group(&path).decisions[&ids[0]].answer,
        Some(regiewijzer::answer::Answer::Choice("gedeeltelijk".into())),
        "↓ chooses the next answer"
    );
    assert_eq!(saved_group(&path).decisions[&ids[0]].motivation.as_deref(), Some("Taal op school."), "kept");
    keys(&mut app, &[Right, c('x')]);
    assert!(!saved_group(&path).decisions.contains_key(&ids[2]), "cleared");
    // Esc in a form saves nothing.
    keys(&mut app, &[c('a'), Esc, c('v'), Esc]);
    assert!(!saved_group(&path).decisions.contains_key(&ids[2]));
    // The end: more questions, then the report in a folder of our choice.
    press(&mut app, c('r'));
    let end = render(&app, 120, 40);
    assert!(end.contains("Wat de groep afsprak") && end.contains("Wat verdeeld bleef"), "{end}");
    let more = app.meeting().unwrap().more();
    assert!(more > 0);
    press(&mut app, c('m'));
    assert_eq!(app.meeting().unwrap().items().len(), ids.len() + more, "m takes the other divergent questions in");
    let screen = render(&app, 80, 24);
    assert!(screen.contains(&format!("Uiteenlopende vraag 9 van {}", ids.len() + more)), "{screen}");
    assert!(screen.lines().nth(1).unwrap().contains("▶9○"), "the strip shows where the meeting is:\n{screen}");
    press(&mut app, c('r'));
    press(&mut app, c('r'));
    let out = dir.path().join("rapporten");
    std::fs::create_dir_all(&out).unwrap();
    app.handle_key(KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL));
    chars(&mut app, &out.display().to_string());
    press(&mut app, Enter);
    let md = std::fs::read_to_string(out.join("netevelde-groep.md")).unwrap();
    assert!(md.contains("### Wat de groep afsprak"), "{md}");
    assert!(md.contains("**Gedeeltelijk**. Taal op school."), "{md}");
    assert!(md.contains("### Wat open bleef"), "{md}");
    assert!(out.join("netevelde-groep.html").is_file() && out.join("netevelde-groep.json").is_file());
}

#[test]
fn small_windows_never_panic_in_the_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = meeting_app(dir.path());
    for codes in [&[][..], &[Enter], &[c('a')], &[Esc, c('t')], &[Esc, c('v')], &[Esc, c('r')], &[c('o')]] {
        keys(&mut app, codes);
        for width in 1..=30 {
            for height in 1..=12 {
                render(&app, width, height);
            }
        }
        for (width, height) in [(80, 24), (81, 25), (79, 40), (200, 24), (80, 60)] {
            render(&app, width, height);
        }
    }
}

#[test]
fn the_start_screen_offers_a_group_file_in_the_sessions_folder() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessies");
    std::fs::create_dir_all(&sessions).unwrap();
    group_file(&sessions);
    let mut app = App::new(questionnaire(), &sessions);
    let screen = render(&app, 80, 24);
    assert!(screen.contains("Consensusoverleg: Netevelde — 5 respondenten, nog geen"), "{screen}");
    keys(&mut app, &[Down, Enter]);
    assert!(app.meeting().is_some(), "{}", render(&app, 80, 24));
    assert!(render(&app, 80, 24).contains("Gespreksagenda: 8 vragen"));
}

/// The wizard's test questionnaire, for a groepssessie.
fn wizard_questionnaire() -> Arc<Questionnaire> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wizard-test.toml");
    Arc::new(regiewijzer::embedded::load_questionnaire_file(&path).unwrap())
}

#[test]
fn a_groepssessie_records_a_split_vote_in_the_wizard() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(wizard_questionnaire(), dir.path());
    press(&mut app, Enter);
    chars(&mut app, "Gent");
    press(&mut app, Tab);
    chars(&mut app, "Werkgroep");
    keys(&mut app, &[Tab, Right, Right, Right, Right, Right, Enter]);
    // Hoe is integratie georganiseerd? 3 say een persoon, 2 een dienst.
    keys(&mut app, &[c('t'), Tab, c('3'), Tab, c('2'), Tab, Tab]);
    chars(&mut app, "De dienst is nog in opbouw.");
    snap(&app, "groepssessie_vote");
    press(&mut app, Enter);
    snap(&app, "groepssessie_voted");
    let session = regiewijzer::session::load(app.wizard().unwrap().path()).unwrap();
    assert_eq!(session.respondent.role, regiewijzer::session::Role::Facilitator);
    let votes = session.votes("start.organisatie").unwrap();
    assert_eq!(votes.iter().map(|(k, v)| (k.as_str(), *v)).collect::<Vec<_>>(), [("dienst", 2), ("een_persoon", 3)]);
    assert_eq!(session.answer("start.organisatie"), Some(&regiewijzer::answer::Answer::Choice("een_persoon".into())));
    assert_eq!(session.note("start.organisatie"), Some("De dienst is nog in opbouw."));
    // A scale has no options to vote on.
    keys(&mut app, &[Right, Right, Right, c('t')]);
    assert!(render(&app, 80, 24).contains("Hoe groot is het politieke draagvlak?"), "{}", render(&app, 80, 24));
    assert!(render(&app, 80, 24).contains("Een stemming kan alleen bij een vraag met één keuze"));
}
