//! Sessions never lose an answer: round trips, save-before-return, unknown answers kept, bad files
//! left byte-for-byte untouched with a located Dutch message, and the lock against a second opener.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use regiewijzer::questionnaire::{self, Questionnaire};
use regiewijzer::session::{
    self, Answer, FieldValue, LoadError, LockError, Mode, Respondent, Role, Session, SessionFile,
};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn test_questionnaire() -> Questionnaire {
    let path = fixtures().join("questionnaires/valid.toml");
    questionnaire::parse(&std::fs::read_to_string(&path).unwrap(), &path).unwrap()
}

fn new_session() -> Session {
    let respondent = Respondent { gemeente: "Heusden-Zolder".into(), name: "An".into(), role: Role::Schepen };
    Session::new(&test_questionnaire(), respondent, Mode::Volledig)
}

fn every_kind_of_answer(s: &mut Session) {
    s.set_answer("start.organisatie", Answer::Choice("dienst".into()));
    s.set_answer("context.multi", Answer::Choices(vec!["a".into(), "b".into()]));
    s.set_answer("context.tevredenheid", Answer::Number(4.0));
    s.set_answer("context.vte", Answer::Number(1.5));
    s.set_answer("context.toelichting", Answer::Text("Regel 1\nRegel \"2\" | <b> 🎉 עברית".into()));
    let mut record = BTreeMap::new();
    record.insert("naam".into(), FieldValue::Text("CAW".into()));
    record.insert("relatie".into(), FieldValue::List(vec!["werkt_aan_integratie".into()]));
    record.insert("aantal".into(), FieldValue::Number(3.0));
    s.set_answer("participanten.actoren", Answer::Records(vec![record, BTreeMap::new()]));
    s.set_note("context.informatie", "Enkel een notitie, nog geen antwoord.");
    // A groepssessie's vote: options without votes are left out.
    let votes = [("ja".to_string(), 3), ("nee".to_string(), 2), ("gedeeltelijk".to_string(), 0)].into();
    s.set_votes("context.draagvlak", &votes);
}

#[test]
fn round_trip_keeps_every_kind_of_answer_and_note() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    let mut s = new_session();
    every_kind_of_answer(&mut s);
    session::save(&s, &path).unwrap();
    assert_eq!(session::load(&path).unwrap(), s);
    assert!(s.has_votes());
    assert_eq!(s.votes("context.draagvlak").map(BTreeMap::len), Some(2));
    assert!(
        std::fs::read_to_string(&path).unwrap().contains("[answers.\"context.draagvlak\".votes]\nja = 3\nnee = 2\n")
    );
    s.set_votes("context.draagvlak", &BTreeMap::new());
    assert!(!s.has_votes() && !s.entries.contains_key("context.draagvlak"), "an empty vote removes the entry");
}

#[test]
fn an_answer_is_on_disk_when_answer_returns() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    let mut file = SessionFile::create(&path, new_session()).unwrap();
    file.answer("start.organisatie", Answer::Choice("geen".into())).unwrap();
    // Read back through a fresh load, as another process would.
    assert_eq!(session::load(&path).unwrap().answer("start.organisatie"), Some(&Answer::Choice("geen".into())));
    file.note("start.organisatie", "Eén persoon halftijds").unwrap();
    assert_eq!(session::load(&path).unwrap().note("start.organisatie"), Some("Eén persoon halftijds"));
    file.clear("start.organisatie").unwrap();
    let on_disk = session::load(&path).unwrap();
    assert_eq!(on_disk.answer("start.organisatie"), None);
    assert_eq!(on_disk.note("start.organisatie"), Some("Eén persoon halftijds"), "clearing keeps the note");
    assert_eq!(&on_disk, file.session());
}

#[test]
fn unknown_answers_survive_a_load_save_cycle_and_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    let mut s = new_session();
    s.set_answer("oud.verdwenen_vraag", Answer::Choice("misschien".into()));
    s.set_note("oud.verdwenen_vraag", "uit versie 0.9");
    session::save(&s, &path).unwrap();

    let mut file = SessionFile::open(&path).unwrap();
    let unknown: Vec<&str> = file.session().unknown_ids(&test_questionnaire());
    assert_eq!(unknown, ["oud.verdwenen_vraag"]);
    file.answer("start.organisatie", Answer::Choice("dienst".into())).unwrap();
    drop(file);

    let again = session::load(&path).unwrap();
    assert_eq!(again.answer("oud.verdwenen_vraag"), Some(&Answer::Choice("misschien".into())));
    assert_eq!(again.note("oud.verdwenen_vraag"), Some("uit versie 0.9"));
}

#[test]
fn bad_session_files_are_refused_and_left_untouched() {
    insta::glob!("fixtures/sessions-invalid/*.toml", |path| {
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join(path.file_name().unwrap());
        std::fs::copy(path, &copy).unwrap();
        let before = std::fs::read(&copy).unwrap();

        let err = SessionFile::open(&copy).expect_err("must be refused");
        assert!(matches!(err, LoadError::Invalid(_)), "{err:?}");
        assert_eq!(std::fs::read(&copy).unwrap(), before, "file changed");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 1, "no temp or lock files left: {names:?}");

        let message = err.to_string().replace(&dir.path().display().to_string(), "<map>");
        insta::assert_snapshot!(message);
    });
}

#[test]
fn a_second_opener_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    let _first = SessionFile::create(&path, new_session()).unwrap();
    let err = SessionFile::open(&path).unwrap_err();
    assert!(matches!(err, LoadError::Locked(LockError::Held { .. })), "{err:?}");
    assert!(err.to_string().contains(&std::process::id().to_string()));
}

#[test]
fn new_session_paths_stay_in_the_directory_and_never_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let date = jiff::civil::date(2026, 11, 25);
    let first = session::new_session_path(dir.path(), "../../Sint-Niklaas", date);
    assert_eq!(first, dir.path().join("sint-niklaas-2026-11-25.toml"));
    std::fs::write(&first, "").unwrap();
    let second = session::new_session_path(dir.path(), "Sint-Niklaas", date);
    assert_eq!(second, dir.path().join("sint-niklaas-2026-11-25-2.toml"));
    let long = "x".repeat(300);
    for hostile in ["CON", "a/b", "..", long.as_str(), "🎉"] {
        let p = session::new_session_path(dir.path(), hostile, date);
        assert_eq!(p.parent(), Some(dir.path()), "{hostile}");
    }
}

/// One edit a user can make.
#[derive(Debug, Clone)]
enum Op {
    Answer(String, Answer),
    Clear(String),
    Note(String, String),
}

fn question_id() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("start.organisatie"),
        Just("context.informatie"),
        Just("context.toelichting"),
        Just("oud.onbekend")
    ]
    .prop_map(String::from)
}

fn text() -> impl Strategy<Value = String> {
    // Any Unicode, including quotes, newlines, control characters and right-to-left text.
    proptest::string::string_regex("(.|\n|\"|\\\\|ע|🎉){0,20}").unwrap()
}

fn field_value() -> impl Strategy<Value = FieldValue> {
    prop_oneof![
        (-1.0e9..1.0e9f64).prop_map(FieldValue::Number),
        text().prop_map(FieldValue::Text),
        proptest::collection::vec(text(), 0..3).prop_map(FieldValue::List),
    ]
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        text().prop_map(Answer::Choice),
        proptest::collection::vec(text(), 0..4).prop_map(Answer::Choices),
        (-1.0e12..1.0e12f64).prop_map(Answer::Number),
        text().prop_map(Answer::Text),
        proptest::collection::vec(proptest::collection::btree_map("[a-z_]{1,8}", field_value(), 0..4), 0..3)
            .prop_map(Answer::Records),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (question_id(), answer()).prop_map(|(q, a)| Op::Answer(q, a)),
        question_id().prop_map(Op::Clear),
        (question_id(), text()).prop_map(|(q, n)| Op::Note(q, n)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_edit_sequence_survives_save_and_load(ops in proptest::collection::vec(op(), 0..25)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.toml");
        let mut file = SessionFile::create(&path, new_session()).unwrap();
        let mut expected = new_session();
        for op in ops {
            match op {
                Op::Answer(q, a) => { file.answer(&q, a.clone()).unwrap(); expected.set_answer(&q, a); }
                Op::Clear(q) => { file.clear(&q).unwrap(); expected.clear_answer(&q); }
                Op::Note(q, n) => { file.note(&q, &n).unwrap(); expected.set_note(&q, &n); }
            }
        }
        let loaded = session::load(&path).unwrap();
        prop_assert_eq!(&loaded, file.session());
        prop_assert_eq!(&loaded.entries, &expected.entries);
    }
}

#[test]
fn creating_over_an_existing_session_is_refused_and_leaves_it_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    std::fs::copy(fixtures().join("session-valid.toml"), &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = SessionFile::create(&path, new_session()).unwrap_err();
    assert!(err.to_string().contains("er bestaat al een sessie"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
