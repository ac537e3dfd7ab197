//! The fast path for reading session files (`session::fast`) against the full TOML parser: what it
//! accepts, it must read exactly as the full parser does — on files the program writes (any
//! answers, notes and records, hostile text included), on every fixture, and on files damaged by
//! random edits (where it may give up, but never accept something the full parser refuses or reads
//! differently).
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;
use regiewijzer::session::{self, Answer, FieldValue, Mode, Respondent, Role, Session};

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        // Most text is plain (the fast path's case), with apostrophes and accents…
        12 => proptest::string::string_regex("[A-Za-z0-9éëç ,.?!'()-]{0,20}").unwrap(),
        // …some is anything: quotes, newlines, control characters and right-to-left text.
        1 => proptest::string::string_regex("(.|\n|\"|'|\\\\|ע|🎉|\u{7f}|\u{85}){0,20}").unwrap(),
    ]
}

fn field_value() -> impl Strategy<Value = FieldValue> {
    prop_oneof![
        prop_oneof![(-1.0e9..1.0e9f64), Just(-0.0), Just(0.0), Just(3.0), Just(1.0e15), Just(0.1)]
            .prop_map(FieldValue::Number),
        text().prop_map(FieldValue::Text),
        proptest::collection::vec(text(), 0..3).prop_map(FieldValue::List),
    ]
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![
        text().prop_map(Answer::Choice),
        proptest::collection::vec(text(), 0..4).prop_map(Answer::Choices),
        prop_oneof![(-1.0e12..1.0e12f64), Just(-0.0), Just(2.0), Just(1.5), Just(1.0e20)].prop_map(Answer::Number),
        text().prop_map(Answer::Text),
        proptest::collection::vec(proptest::collection::btree_map("[a-z_]{1,8}", field_value(), 0..4), 0..3)
            .prop_map(Answer::Records),
    ]
}

/// A groepssessie's vote on a question: option id → votes (zeros are not stored).
fn votes() -> impl Strategy<Value = BTreeMap<String, u32>> {
    let option = prop_oneof![4 => "[a-z_]{1,8}", 1 => text()];
    let count = prop_oneof![4 => 0..12u32, 1 => Just(u32::MAX)];
    proptest::collection::btree_map(option, count, 1..4)
}

fn session() -> impl Strategy<Value = Session> {
    let entry = (
        prop_oneof![Just("start.organisatie".to_string()), "[a-z_.\"' -]{1,12}", text()],
        proptest::option::of(answer()),
        proptest::option::of(text()),
        // Most entries have no vote, as in a respondent's own session.
        proptest::option::weighted(0.15, votes()),
    );
    (proptest::collection::vec(entry, 0..12), text(), text(), any::<bool>()).prop_map(|(entries, g, n, kort)| {
        let t: jiff::Timestamp = "2026-10-01T09:00:00Z".parse().unwrap();
        let mut s = Session {
            questionnaire: "vvsg-4p".into(),
            questionnaire_version: "1.1.0".into(),
            mode: if kort { Mode::Kort } else { Mode::Volledig },
            respondent: Respondent { gemeente: g, name: n, role: Role::Partnerorganisatie },
            created: t,
            updated: t,
            entries: std::collections::BTreeMap::default(),
        };
        for (id, a, note, votes) in entries {
            if let Some(a) = a {
                s.set_answer(&id, a);
            }
            if let Some(note) = note {
                s.set_note(&id, &note);
            }
            if let Some(votes) = votes {
                s.set_votes(&id, &votes);
            }
        }
        s
    })
}

/// The text the program writes for `s`.
fn written(s: &Session) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.toml");
    session::save(s, &path).unwrap();
    std::fs::read_to_string(&path).unwrap()
}

/// If the fast path reads `text`, the full parser reads the same session.
fn agrees(text: &str) -> Result<bool, TestCaseError> {
    let Some(fast) = session::fast::parse(text) else { return Ok(false) };
    match session::parse_full(text, Path::new("s.toml")) {
        Ok(full) => {
            prop_assert_eq!(&fast, &full);
            // Numbers equal as f64 may still differ in sign (-0): compare as written.
            prop_assert_eq!(format!("{fast:?}"), format!("{full:?}"));
            Ok(true)
        }
        Err(e) => Err(TestCaseError::fail(format!("the fast path accepted what the full parser refuses: {e}"))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn what_the_program_writes_reads_the_same_both_ways(s in session()) {
        let text = written(&s);
        let fast = agrees(&text)?;
        // The fast path does not know a vote table: it gives up, and the full parser reads it.
        if s.has_votes() {
            prop_assert!(!fast, "the fast path read a session with votes");
        }
        prop_assert_eq!(session::from_bytes(text.as_bytes(), Path::new("s.toml")).unwrap(), s);
    }

    #[test]
    fn damaged_files_are_never_read_differently(
        s in session(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), 0..4usize, "[\"'\\\\\n\\[\\]=#.a0 \t,-]{0,3}"), 1..4),
    ) {
        let mut text = written(&s);
        for (at, cut, insert) in edits {
            let mut i = at.index(text.len() + 1);
            while !text.is_char_boundary(i) { i -= 1; }
            let mut end = (i + cut).min(text.len());
            while !text.is_char_boundary(end) { end += 1; }
            text.replace_range(i..end, &insert);
        }
        agrees(&text)?;
    }
}

#[test]
fn every_fixture_reads_the_same_both_ways_and_plain_ones_take_the_fast_path() {
    let mut fast = 0;
    for dir in [
        "tests/fixtures/sessions",
        "tests/fixtures/sessions-vvsg",
        "tests/fixtures/sessions-invalid",
        "tests/fixtures/workshop-netevelde",
        "tests/fixtures/workshop-fout",
    ] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let Ok(text) = String::from_utf8(std::fs::read(&path).unwrap()) else { continue };
            fast += usize::from(agrees(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())));
        }
    }
    assert!(fast >= 14, "only {fast} fixtures took the fast path");
}

#[test]
fn the_header_is_whose_the_session_is() {
    let text = std::fs::read_to_string("tests/fixtures/workshop-netevelde/koen-schepen.toml").unwrap();
    let s = session::parse_full(&text, Path::new("k.toml")).unwrap();
    assert_eq!(
        session::fast::header(&text),
        Some((s.questionnaire.clone(), s.questionnaire_version.clone(), s.respondent.gemeente.clone()))
    );
    assert_eq!(session::fast::header("x = '''\n[respondent]\ngemeente = \"Y\"\n'''\n"), None);
}

#[test]
fn a_groepssessie_with_votes_is_read_by_the_full_parser() {
    let path = Path::new("tests/fixtures/workshop-netevelde/koen-schepen.toml");
    let mut s = session::load(path).unwrap();
    let votes: BTreeMap<String, u32> = [("hele_lijn".to_string(), 3), ("facetten".to_string(), 2)].into();
    s.set_votes("strategie.ambitie", &votes);
    let text = written(&s);
    assert!(text.contains("[answers.\"strategie.ambitie\".votes]\nfacetten = 2\nhele_lijn = 3\n"), "{text}");
    assert_eq!(session::fast::parse(&text), None, "the fast path gives up on a vote table");
    let read = session::from_bytes(text.as_bytes(), Path::new("s.toml")).unwrap();
    assert_eq!(read.votes("strategie.ambitie"), Some(&votes));
    assert_eq!(read, s);
    // Whose it is can still be read fast (the overview's first pass), and it is right.
    assert_eq!(
        session::fast::header(&text),
        Some((s.questionnaire.clone(), s.questionnaire_version.clone(), s.respondent.gemeente.clone()))
    );
    // Without the votes the same file takes the fast path again.
    s.set_votes("strategie.ambitie", &BTreeMap::new());
    assert_eq!(session::fast::parse(&written(&s)), Some(s));
}
