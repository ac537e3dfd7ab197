//! The terminal wizard on a `TestBackend`: snapshots of every screen at 80×24 and 120×40, no panic
//! at tiny sizes, monochrome output, and complete assessments driven by synthetic key events whose
//! result is checked in the session file on disk. Sessions live in a temp dir passed to the App.
#![cfg(feature = "tui")]
#![allow(clippy::unwrap_used)] // test helpers: a failed unwrap is a failed test

use std::path::Path;
use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use regiewijzer::questionnaire::Questionnaire;
use regiewijzer::session::{self, Answer, FieldValue, Mode, Role};
use regiewijzer::tui::{App, RunState};

fn fixture() -> Arc<Questionnaire> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wizard-test.toml");
    Arc::new(regiewijzer::embedded::load_questionnaire_file(&path).unwrap())
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

use KeyCode::{Down, Enter, Esc, Right, Tab};

fn c(ch: char) -> KeyCode {
    KeyCode::Char(ch)
}

/// Today's date and clock times change between runs; mask them so snapshots are stable.
fn mask(text: &str) -> String {
    let today = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::system()).date().to_string();
    let mut out = text.replace('\u{a0}', " ").replace(&today, "JJJJ-MM-DD");
    while let Some(at) = out.find("JJJJ-MM-DD ") {
        let start = at + "JJJJ-MM-DD ".len();
        let clock: String = out[start..].chars().take(5).collect();
        if clock.len() == 5 && clock.as_bytes()[2] == b':' {
            out.replace_range(start..start + 5, "uu:mm");
        }
        out.replace_range(at..at + 10, "jjjj-mm-dd");
    }
    out
}

fn render(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    mask(&terminal.backend().to_string())
}

/// Snapshot `app` at 80×24 and 120×40 under `name`.
fn snap(app: &App, name: &str) {
    insta::assert_snapshot!(format!("{name}_80x24"), render(app, 80, 24));
    insta::assert_snapshot!(format!("{name}_120x40"), render(app, 120, 40));
}

/// An app with a new session started through the intake (Gent, Jan, schepen, full).
fn started(dir: &Path) -> App {
    let mut app = App::new(fixture(), dir);
    press(&mut app, Enter);
    chars(&mut app, "Gent");
    press(&mut app, Tab);
    chars(&mut app, "Jan");
    keys(&mut app, &[Tab, Right, Enter]);
    app
}

/// Alt+Enter: a new line in a multi-line field.
fn alt_enter(app: &mut App) {
    app.handle_key(KeyEvent::new(Enter, KeyModifiers::ALT));
}

fn saved(app: &App) -> session::Session {
    session::load(app.wizard().unwrap().path()).unwrap()
}

#[test]
fn start_and_intake_screens() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(fixture(), dir.path());
    snap(&app, "start_empty");
    press(&mut app, c('?'));
    snap(&app, "start_help");
    press(&mut app, Esc);
    press(&mut app, Enter);
    chars(&mut app, "Sint-Truiden");
    press(&mut app, Tab);
    snap(&app, "intake");
    // Enter without a gemeente is refused with a message.
    let mut empty = App::new(fixture(), dir.path());
    keys(&mut empty, &[Enter, Enter]);
    snap(&empty, "intake_missing_gemeente");
}

#[test]
fn question_screens_for_every_kind() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path());
    snap(&app, "single");
    keys(&mut app, &[c('3'), Enter, Enter]);
    chars(&mut app, "2,5");
    snap(&app, "number_editing");
    keys(&mut app, &[Enter, Enter]);
    chars(&mut app, "vrede");
    keys(&mut app, &[Enter, c('2'), Enter]);
    snap(&app, "scale");
    keys(&mut app, &[c('4'), Enter, Down, c(' ')]);
    snap(&app, "multi");
    press(&mut app, Enter);
    press(&mut app, Enter);
    chars(&mut app, "Eerste regel, en een zin die lang genoeg is om af te breken terwijl ze getypt wordt");
    alt_enter(&mut app);
    chars(&mut app, "tweede regel");
    snap(&app, "long_text_editing");
    keys(&mut app, &[Esc, c('n')]);
    chars(&mut app, "vragen aan de schepen");
    snap(&app, "note_popup");
    keys(&mut app, &[Esc, Right, c('a')]);
    chars(&mut app, "OCMW");
    keys(&mut app, &[Tab, Down]); // ↓ chooses in a single-choice field (a radio group)
    snap(&app, "record_form");
    press(&mut app, Enter);
    snap(&app, "records");
    press(&mut app, c('d'));
    snap(&app, "record_delete");
    press(&mut app, c('n'));
    press(&mut app, c('o'));
    snap(&app, "overview");
    press(&mut app, c('r'));
    snap(&app, "result");
    press(&mut app, c('s'));
    snap(&app, "steps_popup");
    press(&mut app, Esc);
    press(&mut app, c('q'));
    snap(&app, "quit");
}

#[test]
fn errors_are_popups_and_the_app_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let first = started(dir.path());
    // The session is still open (locked) by `first`: opening it again is refused in a popup.
    let mut second = App::new(fixture(), dir.path());
    keys(&mut second, &[Down, Enter]);
    let screen = render(&second, 80, 24);
    assert!(screen.contains("Er ging iets mis") && screen.contains("al geopend"), "{screen}");
    press(&mut second, Esc);
    assert_eq!(second.state(), RunState::Running);
    assert!(second.wizard().is_none());
    drop(first);
    press(&mut second, Enter);
    assert!(second.wizard().is_some(), "free again once the first app is gone");
    // Inside a session an error popup also says the answers are safe.
    second.show_error("kan niet schrijven naar gent.toml: geen ruimte meer op het apparaat");
    snap(&second, "error_popup");
    press(&mut second, Enter);
    assert!(!render(&second, 80, 24).contains("Er ging iets mis"));
}

#[test]
fn small_windows_never_panic_and_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path());
    let mut states = vec![];
    for codes in [&[][..], &[c('?')], &[Esc, c('n')], &[Esc, c('o')], &[Esc, c('r')], &[c('q')]] {
        keys(&mut app, codes);
        states.push(codes.len());
        for width in 1..=30 {
            for height in 1..=12 {
                render(&app, width, height);
            }
        }
        for (width, height) in [(80, 24), (81, 25), (79, 40), (200, 24), (80, 60)] {
            render(&app, width, height);
        }
    }
    insta::assert_snapshot!("too_small_30x12", render(&app, 30, 12));
    assert_eq!(states.len(), 6);
}

#[test]
fn keys_do_nothing_while_the_window_is_too_small() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path());
    app.resize(60, 20);
    keys(&mut app, &[c('3'), Enter, Right, c('n'), c('o'), c('r'), c('?'), c(' '), c('w'), KeyCode::Delete]);
    app.handle_paste("geplakt");
    let w = app.wizard().unwrap();
    assert_eq!(w.current().unwrap().id, "start.organisatie", "→ did not move on");
    assert_eq!(w.session().answer("start.organisatie"), None, "3 did not answer");
    assert_eq!(saved(&app).answer("start.organisatie"), None, "nothing saved");
    let screen = render(&app, 60, 20);
    assert!(screen.contains("te klein (60×20)") && screen.contains("behalve q of"), "{screen}");
    app.resize(80, 24);
    assert!(render(&app, 80, 24).contains("Vraag 1"), "the question is back, unchanged");
    press(&mut app, c('3'));
    assert_eq!(saved(&app).answer("start.organisatie"), Some(&Answer::Choice("dienst".into())));
    // Quitting works while too small, and a text being typed is saved first.
    keys(&mut app, &[Right, Enter]);
    chars(&mut app, "4");
    app.resize(40, 10);
    press(&mut app, c('x'));
    assert_eq!(app.state(), RunState::Running);
    press(&mut app, c('q'));
    assert_eq!(app.state(), RunState::Quit);
    assert_eq!(saved(&app).answer("start.vte"), Some(&Answer::Number(4.0)));
}

#[test]
fn leaving_the_result_or_the_overview_returns_to_the_question() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path());
    keys(&mut app, &[c('1'), Right, Right, Right]); // organisatie, thema, informatie → draagvlak
    let here = app.wizard().unwrap().current().unwrap().id.clone();
    assert_eq!(here, "context.draagvlak");
    keys(&mut app, &[c('r'), Esc]);
    assert_eq!(app.context(), Context::Choice);
    assert_eq!(app.wizard().unwrap().current().unwrap().id, here, "Esc from the result");
    keys(&mut app, &[c('r'), KeyCode::Left]);
    assert_eq!(app.wizard().unwrap().current().unwrap().id, here, "← from the result");
    keys(&mut app, &[c('r'), c('o'), Esc]);
    assert_eq!(app.context(), Context::Choice, "Esc from the overview goes to the questions, as its key bar says");
    assert_eq!(app.wizard().unwrap().current().unwrap().id, here);
    keys(&mut app, &[c('o'), Esc]);
    assert_eq!(app.wizard().unwrap().current().unwrap().id, here);
}

#[test]
fn options_ten_and_up_are_chosen_by_two_digits_and_line_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/many-options.toml");
    let questionnaire = Arc::new(regiewijzer::embedded::load_questionnaire_file(&path).unwrap());
    let mut app = App::new(questionnaire, dir.path());
    press(&mut app, Enter);
    chars(&mut app, "Gent");
    press(&mut app, Enter);
    let answer = |app: &App, id: &str| saved(app).answer(id).cloned();
    press(&mut app, c('1'));
    assert_eq!(answer(&app, "start.soort"), None, "1 waits: it may become 10, 11 or 12");
    let screen = render(&app, 80, 24);
    assert!(screen.contains("Nummer 1…: typ nog een cijfer voor 10 tot 12"), "{screen}");
    assert!(screen.contains("▶ ( )  1. Een") && screen.contains("( ) 10. Tien"), "aligned, cursor on 1:\n{screen}");
    press(&mut app, c('0'));
    assert_eq!(answer(&app, "start.soort"), Some(Answer::Choice("a10".into())));
    keys(&mut app, &[c('1'), c('2')]);
    assert_eq!(answer(&app, "start.soort"), Some(Answer::Choice("a12".into())));
    press(&mut app, c('3'));
    assert_eq!(answer(&app, "start.soort"), Some(Answer::Choice("a3".into())), "3 cannot grow: at once");
    keys(&mut app, &[c('1'), c('7')]);
    assert_eq!(answer(&app, "start.soort"), Some(Answer::Choice("a7".into())), "17 does not exist: 7 starts anew");
    snap(&app, "many_options_single");
    keys(&mut app, &[c('1'), Enter]);
    assert_eq!(answer(&app, "start.soort"), Some(Answer::Choice("a1".into())), "Enter takes 1 and goes on");
    assert_eq!(app.wizard().unwrap().current().unwrap().id, "start.middelen");
    keys(&mut app, &[c('1'), c('0'), c('2')]);
    assert_eq!(answer(&app, "start.middelen"), Some(Answer::Choices(vec!["m10".into(), "m2".into()])));
    keys(&mut app, &[c('1'), c('1')]);
    assert_eq!(answer(&app, "start.middelen"), Some(Answer::Choices(vec!["geen".into()])), "11 = Geen, alone");
}

#[test]
fn the_actor_form_shows_its_options_as_lists_and_wraps_at_80x24() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Arc::new(regiewijzer::embedded::questionnaire("vvsg-4p").unwrap()), dir.path());
    press(&mut app, Enter);
    chars(&mut app, "Gent");
    keys(&mut app, &[Enter, c('s'), c('3')]);
    assert_eq!(app.wizard().unwrap().current().unwrap().id, "participanten.actoren");
    press(&mut app, c('a'));
    chars(&mut app, "Vzw De Buurtwerking van de wijk Sint-Jan en omstreken, met vrijwilligers");
    press(&mut app, Tab);
    keys(&mut app, &[Down, Down, Down, Down, Down, Down, Down, Down, Down, Down, Down, Down]);
    insta::assert_snapshot!("actor_form_type_80x24", render(&app, 80, 24));
    keys(&mut app, &[Tab, Tab, c(' '), Down, Down, c(' '), Tab]);
    insta::assert_snapshot!("actor_form_contribution_80x24", render(&app, 80, 24));
    for (width, height) in (1..=30).flat_map(|w| (1..=12).map(move |h| (w, h))).chain([(80, 24), (200, 60)]) {
        render(&app, width, height); // never panics
    }
    press(&mut app, Enter);
    let Some(Answer::Records(records)) = saved(&app).answer("participanten.actoren").cloned() else {
        panic!("no record")
    };
    assert_eq!(
        records[0].get("relatie"),
        Some(&FieldValue::List(vec!["getroffen".into(), "werkt_aan_integratie".into()]))
    );
    let screen = render(&app, 80, 24);
    let lines: Vec<&str> = screen.lines().collect();
    let header = lines.iter().position(|l| l.contains("Naam") && l.contains("Soort actor")).unwrap();
    let at = |line: &str, word: &str| line[..line.find(word).unwrap()].chars().count();
    assert_eq!(at(lines[header], "Naam"), at(lines[header + 1], "Vzw"), "the header lines up with its rows:\n{screen}");
}

#[test]
fn step_introductions_show_when_a_step_is_entered() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path());
    assert!(render(&app, 80, 24).contains("Stap 1 van 3: Start. Over de gemeente."));
    keys(&mut app, &[c('1'), Right]);
    assert!(!render(&app, 80, 24).contains("Over de gemeente."), "only on entering the step");
    press(&mut app, Right);
    assert!(render(&app, 80, 24).contains("Stap 2 van 3: Context. Hoe staat het ervoor?"));
}

#[test]
fn questions_where_yes_is_the_weak_answer_are_marked_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Arc::new(regiewijzer::embedded::questionnaire("vvsg-4p").unwrap()), dir.path());
    press(&mut app, Enter);
    chars(&mut app, "Gent");
    keys(&mut app, &[Enter, c('s'), c('6')]);
    let mut seen = (false, false);
    while let Some(q) = app.wizard().unwrap().current().cloned() {
        let marked = render(&app, 80, 24).contains("⚠ Let op: bij deze vraag wijst 'ja' op een risico.");
        assert_eq!(marked, q.yes_is_weak(), "{}", q.id);
        seen = (seen.0 || marked, seen.1 || !marked);
        press(&mut app, Right);
    }
    assert_eq!(seen, (true, true), "both kinds were seen in the proces step");
}

#[test]
fn nieuw_and_hervat_skip_the_start_screen() {
    use regiewijzer::wizard::Begin;
    let dir = tempfile::tempdir().unwrap();
    let path = started(dir.path()).wizard().unwrap().path().to_path_buf();
    let app = App::new(fixture(), dir.path()).begin(&Begin::New);
    assert_eq!(app.context(), Context::IntakeText, "--nieuw: the intake, although a session exists");
    let app = App::new(fixture(), dir.path()).begin(&Begin::Resume(path.clone()));
    assert_eq!(app.wizard().unwrap().path(), path, "--hervat: that session");
    drop(app);
    let app = App::new(fixture(), dir.path()).begin(&Begin::Resume(dir.path().join("weg.toml")));
    assert!(app.wizard().is_none());
    let screen = render(&app, 80, 24);
    assert!(screen.contains("Er ging iets mis") && screen.contains("weg.toml"), "{screen}");
}

#[test]
fn a_long_list_says_how_many_options_are_out_of_view() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = App::new(Arc::new(regiewijzer::embedded::questionnaire("vvsg-4p").unwrap()), dir.path());
    press(&mut app, Enter);
    chars(&mut app, "Gent");
    keys(&mut app, &[Enter, c('s'), c('2')]);
    while app.wizard().unwrap().current().unwrap().id != "context.instrumenten" {
        press(&mut app, Right);
    }
    let screen = render(&app, 80, 24);
    assert!(screen.contains("▼ nog 4 hieronder (↓ of het nummer)"), "{screen}");
    keys(&mut app, &[c('1'), c('3')]); // 13: weet niet, out of view until now
    let screen = render(&app, 80, 24);
    assert!(screen.contains("[x] 13. Weet niet") && screen.contains("▲ nog 4 hierboven"), "{screen}");
}

#[test]
fn a_long_resume_row_wraps_instead_of_losing_its_date() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut app = App::new(fixture(), dir.path());
        press(&mut app, Enter);
        chars(&mut app, "Sint-Laureins-Berchem aan de Nete");
        press(&mut app, Tab);
        chars(&mut app, "Marie-Christine Vandenbroucke-Dewaele");
        press(&mut app, Enter);
    }
    let app = App::new(fixture(), dir.path());
    let screen = render(&app, 80, 24);
    assert!(screen.contains("jjjj-mm-dd uu:mm"), "the date and time are whole:\n{screen}");
}

#[test]
fn monochrome_has_no_colour_but_keeps_the_markers() {
    let dir = tempfile::tempdir().unwrap();
    let app = started(dir.path()).with_monochrome(true);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
    let buffer = terminal.backend().buffer();
    assert!(buffer.content.iter().all(|cell| cell.fg == Color::Reset && cell.bg == Color::Reset));
    let text = terminal.backend().to_string();
    assert!(text.contains("▶ ( ) 1. Niemand"), "the cursor is a symbol, not a colour:\n{text}");
}

#[test]
fn a_complete_assessment_by_keys_is_saved_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path());
    keys(&mut app, &[c('3'), Enter, Enter]); // single: Een dienst → the conditional number appears
    chars(&mut app, "abc");
    press(&mut app, Enter); // invalid number: stays in the editor
    assert!(render(&app, 80, 24).contains("'abc' is geen getal"));
    ctrl(&mut app, 'u'); // Ctrl+U empties the field
    chars(&mut app, "4,5");
    press(&mut app, Enter);
    press(&mut app, Enter);
    chars(&mut app, "samenleven");
    press(&mut app, Enter); // text
    press(&mut app, c('w')); // jgnw: weet niet
    press(&mut app, Right);
    keys(&mut app, &[Down, Down, Down, Enter]); // scale: 4
    keys(&mut app, &[c('1'), c('3'), c('1'), c('2'), Enter]); // multi: inspraak, fora
    press(&mut app, Enter);
    chars(&mut app, "lijn één");
    alt_enter(&mut app);
    chars(&mut app, "lijn twee");
    press(&mut app, Enter); // long text: Enter saves and goes on, as everywhere
    press(&mut app, c('a'));
    chars(&mut app, "Welzijnsschakel");
    keys(&mut app, &[Tab, Down, Tab, Tab, c(' '), Down, c(' '), Tab]); // ↓ chooses a single option
    chars(&mut app, "12");
    press(&mut app, Enter);
    press(&mut app, c('a'));
    chars(&mut app, "Bib");
    press(&mut app, Enter);
    keys(&mut app, &[Enter, KeyCode::End]);
    chars(&mut app, "theek");
    press(&mut app, Enter); // edit the second record
    keys(&mut app, &[KeyCode::Up, c('n')]);
    chars(&mut app, "Te bespreken");
    press(&mut app, Esc);
    press(&mut app, Right);
    assert_eq!(app.wizard().unwrap().position(), regiewijzer::wizard::Position::Finished);

    let s = saved(&app);
    assert_eq!(s.respondent.gemeente, "Gent");
    assert_eq!(s.respondent.name, "Jan");
    assert_eq!(s.respondent.role, Role::Schepen);
    assert_eq!(s.mode, Mode::Volledig);
    assert_eq!(s.answer("start.organisatie"), Some(&Answer::Choice("dienst".into())));
    assert_eq!(s.answer("start.vte"), Some(&Answer::Number(4.5)));
    assert_eq!(s.answer("start.thema"), Some(&Answer::Text("samenleven".into())));
    assert_eq!(s.answer("context.informatie"), Some(&Answer::Choice("weet_niet".into())));
    assert_eq!(s.answer("context.draagvlak"), Some(&Answer::Number(4.0)));
    assert_eq!(s.answer("context.kanalen"), Some(&Answer::Choices(vec!["inspraak".into(), "fora".into()])));
    assert_eq!(s.answer("context.toelichting"), Some(&Answer::Text("lijn één\nlijn twee".into())));
    let Some(Answer::Records(records)) = s.answer("actoren.lijst") else { panic!("no records") };
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].get("naam"), Some(&FieldValue::Text("Welzijnsschakel".into())));
    assert_eq!(records[0].get("soort"), Some(&FieldValue::Text("extern".into())));
    assert_eq!(records[0].get("bijdrage"), Some(&FieldValue::List(vec!["capaciteit".into(), "kennis".into()])));
    assert_eq!(records[0].get("mensen"), Some(&FieldValue::Number(12.0)));
    assert_eq!(records[1].get("naam"), Some(&FieldValue::Text("Bibtheek".into())));
    assert_eq!(s.note("actoren.lijst"), Some("Te bespreken"));

    keys(&mut app, &[c('q'), c('n')]);
    assert_eq!(app.state(), RunState::Running, "n keeps working");
    keys(&mut app, &[c('q'), c('j')]);
    assert_eq!(app.state(), RunState::Quit);
}

#[test]
fn an_exclusive_option_is_never_ticked_with_others() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path());
    keys(&mut app, &[c('1'), Right, Right, c('w'), Right, c('3'), Right]); // to the multiple choice
    assert_eq!(app.wizard().unwrap().current().unwrap().id, "context.kanalen");
    keys(&mut app, &[c('1'), c('2')]);
    assert_eq!(saved(&app).answer("context.kanalen"), Some(&Answer::Choices(vec!["cijfers".into(), "fora".into()])));
    press(&mut app, c('4')); // Geen: clears the others
    assert_eq!(saved(&app).answer("context.kanalen"), Some(&Answer::Choices(vec!["geen".into()])));
    let screen = render(&app, 80, 24);
    assert!(screen.contains("[ ] 1. Cijfers") && screen.contains("[x] 4. Geen"), "{screen}");
    keys(&mut app, &[KeyCode::Up, KeyCode::Up, c(' ')]); // Fora by Space: clears Geen
    assert_eq!(saved(&app).answer("context.kanalen"), Some(&Answer::Choices(vec!["fora".into()])));
    press(&mut app, c('w'));
    assert_eq!(saved(&app).answer("context.kanalen"), Some(&Answer::Choices(vec!["weet_niet".into()])));
}

#[test]
fn conditional_questions_come_and_go_and_resume_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = {
        let mut app = started(dir.path());
        keys(&mut app, &[c('3'), Enter, Enter]);
        chars(&mut app, "7");
        keys(&mut app, &[Enter, KeyCode::Left, KeyCode::Left, c('1')]); // back to the first: Niemand
        press(&mut app, Right);
        let w = app.wizard().unwrap();
        assert_eq!(w.current().unwrap().id, "start.thema", "the number question is hidden now");
        assert_eq!(w.session().answer("start.vte"), Some(&Answer::Number(7.0)), "but its answer is kept");
        w.path().to_path_buf()
    };
    let mut app = App::new(fixture(), dir.path());
    snap(&app, "start_with_session");
    keys(&mut app, &[Down, Enter]);
    let w = app.wizard().unwrap();
    assert_eq!(w.path(), path);
    assert_eq!(w.current().unwrap().id, "start.thema", "resumes at the first open question");
    keys(&mut app, &[KeyCode::Left, c('3'), Right]);
    let w = app.wizard().unwrap();
    assert_eq!(w.current().unwrap().id, "start.vte");
    assert_eq!(w.current_answer(), Some(&Answer::Number(7.0)));
}

#[test]
fn the_key_bar_is_the_help_table() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path());
    let screen = render(&app, 120, 40);
    let lines: Vec<&str> = screen.lines().collect();
    let footer = lines[lines.len() - 2..].join(" ").replace('"', " ").split_whitespace().collect::<Vec<_>>().join(" ");
    press(&mut app, c('?'));
    let help = render(&app, 120, 40);
    for b in regiewijzer::tui::action::bindings(regiewijzer::tui::action::Context::Choice) {
        assert!(help.contains(b.help), "help lacks '{}'", b.help);
        if b.footer {
            assert!(footer.contains(&format!("{} {}", b.label, b.help)), "footer lacks '{}'", b.help);
        }
    }
}

#[test]
fn pasted_text_goes_into_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path());
    keys(&mut app, &[c('1'), Enter, Enter]); // Niemand → the short text question
    app.handle_paste("Samen\nleven — één");
    press(&mut app, Enter);
    assert_eq!(saved(&app).answer("start.thema"), Some(&Answer::Text("Samen leven — één".into())), "one line");
    keys(&mut app, &[Right, Right, Right, Enter]); // to the long text, start typing
    app.handle_paste("regel 1\r\nregel 2");
    press(&mut app, Esc);
    assert_eq!(saved(&app).answer("context.toelichting"), Some(&Answer::Text("regel 1\nregel 2".into())));
}

#[test]
fn ctrl_c_while_typing_asks_to_quit_and_no_keeps_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path());
    keys(&mut app, &[c('1'), Enter, Enter]);
    chars(&mut app, "half");
    app.handle_key(KeyEvent::new(c('c'), KeyModifiers::CONTROL));
    assert!(render(&app, 80, 24).contains("Stoppen?"));
    press(&mut app, c('n'));
    chars(&mut app, "vol");
    press(&mut app, Enter);
    assert_eq!(saved(&app).answer("start.thema"), Some(&Answer::Text("halfvol".into())));
    app.handle_key(KeyEvent::new(c('c'), KeyModifiers::CONTROL));
    press(&mut app, c('j'));
    assert_eq!(app.state(), RunState::Quit);
}

/// The test questionnaire the analysis fixtures use.
fn vvsg() -> Arc<Questionnaire> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/vvsg-test.toml");
    Arc::new(regiewijzer::embedded::load_questionnaire_file(&path).unwrap())
}

/// An app on the result of the fixture session `name` (copied into `dir` as `rivierstad.toml`),
/// offering `report_dir` for the report.
fn result_of(name: &str, dir: &Path, report_dir: &Path) -> App {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sessions").join(name);
    std::fs::copy(fixture, dir.join("rivierstad.toml")).unwrap();
    let mut app = App::new(vvsg(), dir).with_report_dir(report_dir);
    keys(&mut app, &[Down, Enter]);
    if app.context() != Context::Result {
        press(&mut app, c('r'));
    }
    assert_eq!(app.context(), Context::Result);
    app
}

fn ctrl(app: &mut App, ch: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(ch), KeyModifiers::CONTROL));
}

use regiewijzer::tui::action::Context;

#[test]
fn the_result_shows_position_strategy_scenario_and_advice() {
    let dir = tempfile::tempdir().unwrap();
    // A fully answered session.
    let complete = tempfile::tempdir().unwrap();
    let app = result_of("breedte-proces-clustergroep.toml", complete.path(), Path::new("rapporten"));
    snap(&app, "result_full");
    // A session with warnings, the SBV path and a long action plan.
    let mut app = result_of("diepte-inhoud-bovenlokaal.toml", dir.path(), Path::new("rapporten"));
    insta::assert_snapshot!("result_warnings_120x40", render(&app, 120, 40));
    let full = render(&app, 120, 40);
    for text in ["Positie: Netwerkcoördinatie", "Fase: 1 — Informatie uitwisselen", "Strategie: Dieptestrategie"] {
        assert!(full.contains(text), "'{text}' missing:\n{full}");
    }
    // Scroll through the whole document at 80×24: every part is reachable, and it stops at the end.
    let mut seen = String::new();
    for _ in 0..20 {
        seen.push_str(&render(&app, 80, 24));
        press(&mut app, KeyCode::PageDown);
    }
    for text in [
        "Score",
        "Positie: Netwerkcoördinatie",
        "[x] = aanbevolen",
        "⚠ Let op: U wilt het integratiebeleid over de hele lijn versterken",
        "Integratie in het sociaal beleid (aanbevolen)",
        "Scenario: 4 — Bovenlokale samenwerking",
        "1. [nu] Begin met één afgebakend project",
        "eigenaar: schepen van integratie",
        "5. [dit jaar]",
        "Het volledige actieplan (5 acties",
    ] {
        assert!(seen.contains(text), "'{text}' never shown while scrolling:\n{seen}");
    }
    insta::assert_snapshot!("result_full_end_80x24", render(&app, 80, 24));
    let end = render(&app, 80, 24);
    press(&mut app, KeyCode::Up);
    assert_ne!(render(&app, 80, 24), end, "one key up moves at once, however often PgDn was pressed");
    // The footer and the help come from the same table, with the report action in both.
    let footer = end.lines().rev().take(2).collect::<Vec<_>>().join(" ");
    assert!(footer.contains("r rapport schrijven"), "{footer}");
    press(&mut app, c('?'));
    let help = render(&app, 120, 40);
    for b in regiewijzer::tui::action::bindings(Context::Result) {
        assert!(help.contains(b.help), "help lacks '{}'", b.help);
    }
}

#[test]
fn a_close_runner_up_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = result_of("vijandige-tekst.toml", dir.path(), dir.path());
    let mut seen = String::new();
    for _ in 0..10 {
        seen.push_str(&render(&app, 120, 40));
        press(&mut app, KeyCode::PageDown);
    }
    assert!(seen.contains("Scenario: 3 — De clustergroep"), "{seen}");
    assert!(seen.contains("Tweede keuze: 1 — De unieke groep"), "{seen}");
}

#[test]
fn the_report_is_written_to_the_chosen_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut app = result_of("breedte-proces-clustergroep.toml", dir.path(), Path::new("rapporten"));
    press(&mut app, c('r'));
    assert_eq!(app.context(), Context::Folder);
    snap(&app, "report_folder_popup");
    // Esc cancels; r asks again.
    press(&mut app, Esc);
    assert_eq!(app.context(), Context::Result);
    press(&mut app, c('r'));
    ctrl(&mut app, 'u');
    let target = out.path().join("nieuwe map");
    chars(&mut app, &target.display().to_string());
    press(&mut app, Enter);
    assert_eq!(app.context(), Context::Message);
    let screen = render(&app, 120, 40);
    assert!(screen.contains("Rapport geschreven") && screen.contains("rivierstad.html"), "{screen}");
    for ext in ["md", "html", "json"] {
        assert!(target.join(format!("rivierstad.{ext}")).is_file(), "no .{ext}");
    }
    for ext in ["md", "html", "docx"] {
        assert!(target.join(format!("rivierstad-besluit.{ext}")).is_file(), "no ontwerpbeslissing .{ext}");
    }
    let html = std::fs::read_to_string(target.join("rivierstad.html")).unwrap();
    assert!(html.contains("Rivierstad"));
    press(&mut app, Enter);
    assert_eq!(app.context(), Context::Result);
    assert_eq!(app.state(), RunState::Running);
}

#[test]
fn an_unwritable_folder_is_an_error_popup_and_the_answers_stay() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("bestand.txt");
    std::fs::write(&file, "geen map").unwrap();
    let mut app = result_of("breedte-proces-clustergroep.toml", dir.path(), &file.join("rapport"));
    let before = saved(&app).entries.clone();
    keys(&mut app, &[c('r'), Enter]);
    let screen = render(&app, 80, 24);
    assert!(screen.contains("Er ging iets mis") && screen.contains("kon niet geschreven"), "{screen}");
    assert!(screen.contains("blijven behouden"), "{screen}");
    assert_eq!(app.state(), RunState::Running);
    press(&mut app, Esc);
    assert_eq!(app.context(), Context::Result);
    assert_eq!(saved(&app).entries, before);
    assert_eq!(app.wizard().unwrap().session().entries, before);
    // Tiny windows with the result and its popups open never panic.
    for codes in [&[][..], &[c('r')], &[Enter]] {
        keys(&mut app, codes);
        for width in 1..=30 {
            for height in 1..=12 {
                render(&app, width, height);
            }
        }
        render(&app, 80, 24);
    }
}

#[test]
fn the_result_is_readable_without_colour() {
    let dir = tempfile::tempdir().unwrap();
    let app = result_of("diepte-inhoud-bovenlokaal.toml", dir.path(), dir.path()).with_monochrome(true);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
    let buffer = terminal.backend().buffer();
    assert!(buffer.content.iter().all(|cell| cell.fg == Color::Reset && cell.bg == Color::Reset));
    let text = terminal.backend().to_string();
    assert!(text.contains("[x]") && text.contains("⚠ Let op"), "markers, not colours:\n{text}");
}

#[test]
fn resuming_names_answers_of_another_version_and_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = {
        let app = started(dir.path());
        app.wizard().unwrap().path().to_path_buf()
    };
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("\n[answers.\"oud.vraag\"]\nchoice = \"ja\"\n");
    std::fs::write(&path, &text).unwrap();
    let mut app = App::new(fixture(), dir.path());
    keys(&mut app, &[Down, Enter]);
    let screen = render(&app, 120, 40);
    assert!(screen.contains("ongewijzigd bewaard: oud.vraag"), "{screen}");
    press(&mut app, c('1'));
    assert_eq!(saved(&app).answer("oud.vraag"), Some(&Answer::Choice("ja".into())));
}
