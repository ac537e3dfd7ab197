//! Fuzzing with proptest (issue 14): the questionnaire loader, the session loader, the answer
//! parsers and the report renderer get mutated and random input. None may panic or hang (each case
//! runs under a watchdog), every loader error carries a position inside the file, and every report
//! stays free of raw control characters.
//!
//! `cargo test` runs 48 cases per loader and parser property and 12 reports, to stay fast (about 3 s).
//! `.ci/run` does 300 of each (about 90 s in debug, most of it rendering reports). A longer run:
//! `PROPTEST_CASES=20000 cargo test --release --test fuzz`. A failure is printed with its smallest input and saved under
//! `tests/fuzz.proptest-regressions` to be replayed first on later runs.
#![allow(clippy::unwrap_used)] // test helpers: a failed unwrap is a failed test

use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use proptest::prelude::*;
use regiewijzer::questionnaire::{self, Kind, Questionnaire};
use regiewijzer::report::{Format, Renderer};
use regiewijzer::session::{self, Answer, FieldValue, Mode, Record, Respondent, Role, Session};
use regiewijzer::wizard::input;

/// A case that takes longer than this is a hang (each takes milliseconds).
const WATCHDOG: Duration = Duration::from_secs(20);

/// Cases per property for plain `cargo test`, unless `PROPTEST_CASES` says otherwise.
fn config(cases: u32) -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    config
}

/// Run `f` on another thread and fail if it has not finished within [`WATCHDOG`]; a panic inside
/// is reported as the property's failure.
fn within_watchdog<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    let handle = std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(WATCHDOG) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Disconnected) => match handle.join() {
            Err(panic) => std::panic::resume_unwind(panic),
            Ok(()) => unreachable!("the sender was dropped without a value"),
        },
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("still running after {WATCHDOG:?}: a hang"),
    }
}

fn fixture(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel)).unwrap()
}

fn real_questionnaire() -> Arc<Questionnaire> {
    static Q: OnceLock<Arc<Questionnaire>> = OnceLock::new();
    Q.get_or_init(|| Arc::new(regiewijzer::embedded::questionnaire("vvsg-4p").unwrap())).clone()
}

fn renderer() -> &'static Renderer {
    static R: OnceLock<Renderer> = OnceLock::new();
    R.get_or_init(|| Renderer::embedded().unwrap())
}

/// One edit of a text file: delete a range, insert a TOML-significant or hostile piece, or cut.
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, String),
    Cut(usize),
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "\"",
            "'",
            "[",
            "]",
            "[[",
            "]]",
            "{",
            "}",
            "=",
            ",",
            ".",
            "#",
            "\n",
            "\\",
            "\\u",
            "\"\"\"",
            "'''",
            "0x",
            "-",
            "_",
            "nan",
            "inf",
            "1e999",
            "\u{0}",
            "\u{1b}[2J",
            "\u{202e}",
            "🎉",
            "\r",
            "\t",
        ])
        .prop_map(str::to_string),
        "\\PC{0,12}",
    ]
}

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        (any::<usize>(), 1..40usize).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), piece()).prop_map(|(at, s)| Edit::Insert(at, s)),
        any::<usize>().prop_map(Edit::Cut),
    ];
    prop::collection::vec(edit, 1..6)
}

/// `text` with `edits` applied, on character boundaries.
fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for edit in edits {
        let len = chars.len().max(1);
        match edit {
            Edit::Delete(at, n) => {
                let at = at % len;
                let end = (at + n).min(chars.len());
                if at < end {
                    chars.drain(at..end);
                }
            }
            Edit::Insert(at, s) => {
                let at = (at % len).min(chars.len());
                chars.splice(at..at, s.chars());
            }
            Edit::Cut(at) => chars.truncate(at % len),
        }
    }
    chars.into_iter().collect()
}

/// Every problem's position lies inside `text` (line 1.., column 1.. within that line).
fn assert_positions(text: &str, problems: &[regiewijzer::error::Problem]) {
    let lines: Vec<&str> = text.split('\n').collect();
    for p in problems {
        let pos = p.position;
        assert!(pos.line >= 1 && pos.line <= lines.len(), "line {} of {}: {p}", pos.line, lines.len());
        let width = lines[pos.line - 1].chars().count();
        assert!(pos.column >= 1 && pos.column <= width + 1, "column {} of {width}: {p}", pos.column);
        assert!(!p.message.is_empty(), "{p}");
    }
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn questionnaire_loader_on_mutated_files(which in 0..3usize, edits in edits()) {
        let source = [fixture("questionnaires/valid.toml"), fixture("wizard-test.toml"), fixture("vvsg-test.toml")];
        let text = apply(&source[which], &edits);
        within_watchdog(move || {
            if let Err(problems) = questionnaire::parse(&text, Path::new("q.toml")) {
                assert!(!problems.0.is_empty());
                assert_positions(&text, &problems.0);
            }
        });
    }

    #[test]
    fn questionnaire_loader_on_random_text(text in "(\\PC|\n|\\[|\\]|=|\"){0,300}") {
        within_watchdog(move || {
            if let Err(problems) = questionnaire::parse(&text, Path::new("q.toml")) {
                assert_positions(&text, &problems.0);
            }
        });
    }

    #[test]
    fn session_loader_on_mutated_files(which in 0..3usize, edits in edits()) {
        let source = [
            fixture("session-valid.toml"),
            fixture("sessions-vvsg/centrumstad-breedte-proces-clustergroep.toml"),
            fixture("hostile/vijandig.toml"),
        ];
        let text = apply(&source[which], &edits);
        within_watchdog(move || {
            if let Err(problem) = session::from_bytes(text.as_bytes(), Path::new("s.toml")) {
                assert_positions(&text, std::slice::from_ref(&problem));
            }
        });
    }

    #[test]
    fn session_loader_on_random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        within_watchdog(move || {
            if let Err(problem) = session::from_bytes(&bytes, Path::new("s.toml")) {
                assert!(problem.position.line >= 1 && problem.position.column >= 1, "{problem}");
            }
        });
    }

    #[test]
    fn answer_parsers_take_any_text(text in "\\PC{0,40}|[0-9 ,.eE+-]{0,20}") {
        let q = real_questionnaire();
        within_watchdog(move || {
            let _ = input::parse_decimal(&text);
            for question in &q.questions {
                match question.kind {
                    Kind::Number | Kind::Scale => {
                        if let Ok(n) = input::parse_number(question, &text) {
                            assert!(n.is_finite());
                            assert!(question.min.is_none_or(|lo| n >= lo) && question.max.is_none_or(|hi| n <= hi));
                        }
                    }
                    Kind::Single | Kind::Multi | Kind::Jgnw => {
                        // Numbers and words (the start of a label, accents folded).
                        if let Ok(ids) = input::parse_choices(&question.options, &text) {
                            assert!(ids.iter().all(|id| question.options.iter().any(|o| &o.id == id)));
                            let _ = input::check_exclusive(&question.options, &ids);
                        }
                    }
                    Kind::Records => {
                        for field in &question.fields {
                            let _ = input::parse_field_text(field, &text);
                        }
                    }
                    Kind::Text | Kind::LongText => {}
                }
            }
        });
    }
}

/// Text that may be anything a session file can hold.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,30}",
        prop::sample::select(vec![
            "\u{1b}]0;pwned\u{7}Lier",
            "<script>alert(1)</script>",
            "{{gemeente}}",
            "| a | b |",
            "\u{0}\u{7f}\u{9b}",
            "\u{202e}omgekeerd",
            "مرحبا",
            "👩\u{200d}👩\u{200d}👧",
            "",
            " ",
            "\n\n",
            "- lijst",
            "1. nummer",
            "# kop",
        ])
        .prop_map(str::to_string),
        "[a-z]{300}",
    ]
}

fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![any::<f64>(), -10.0..200.0f64, Just(f64::NAN), Just(f64::INFINITY), Just(0.0)]
}

/// An answer for `kind` with `options`: mostly fitting, sometimes of the wrong kind or with ids
/// the questionnaire does not know.
fn any_answer(options: Vec<String>) -> impl Strategy<Value = Answer> {
    let ids = if options.is_empty() { vec!["x".to_string()] } else { options };
    let id = prop_oneof![prop::sample::select(ids), any_text()];
    let field = prop_oneof![
        any_number().prop_map(FieldValue::Number),
        any_text().prop_map(FieldValue::Text),
        prop::collection::vec(any_text(), 0..3).prop_map(FieldValue::List),
    ];
    let record = prop::collection::btree_map(
        prop_oneof![
            prop::sample::select(vec!["naam", "type", "relatie", "fase", "mandaat"]).prop_map(str::to_string),
            "[a-z]{1,6}"
        ],
        field,
        0..6,
    );
    prop_oneof![
        id.clone().prop_map(Answer::Choice),
        prop::collection::vec(id, 0..4).prop_map(Answer::Choices),
        any_number().prop_map(Answer::Number),
        any_text().prop_map(Answer::Text),
        prop::collection::vec(record, 0..5).prop_map(|r: Vec<Record>| Answer::Records(r)),
    ]
}

/// A session of the real questionnaire with random answers to a random part of its questions, plus
/// an answer to a question it does not know.
fn any_session() -> impl Strategy<Value = Session> {
    let q = real_questionnaire();
    let per_question: Vec<_> = q
        .questions
        .iter()
        .map(|question| {
            let options: Vec<String> = question.options.iter().map(|o| o.id.clone()).collect();
            prop::option::weighted(0.6, (any_answer(options), prop::option::of(any_text())))
        })
        .collect();
    (any_text(), any_text(), prop::sample::select(Role::ALL.to_vec()), any::<bool>(), per_question, any_answer(vec![]))
        .prop_map(move |(gemeente, name, role, short, answers, stray)| {
            let respondent = Respondent { gemeente, name, role };
            let mut s = Session::new(&q, respondent, if short { Mode::Kort } else { Mode::Volledig });
            for (question, answer) in q.questions.iter().zip(answers) {
                if let Some((answer, note)) = answer {
                    s.set_answer(&question.id, answer);
                    if let Some(note) = note {
                        s.set_note(&question.id, &note);
                    }
                }
            }
            s.set_answer("oud.\u{1b}[2Jvraag", stray);
            s
        })
}

proptest! {
    #![proptest_config(config(12))]

    #[test]
    fn the_report_renders_any_session(session in any_session()) {
        let q = real_questionnaire();
        within_watchdog(move || {
            let outputs = regiewijzer::report::build(renderer(), &q, &session, &Format::ALL).unwrap();
            for (format, text) in outputs {
                let raw = text.chars().find(|c| c.is_control() && !matches!(c, '\n' | '\t'));
                assert!(raw.is_none(), "{format:?}: raw {raw:?}");
                if format == Format::Json {
                    serde_json::from_str::<serde_json::Value>(&text).unwrap();
                }
                if format == Format::Html {
                    assert!(!text.contains("<script>alert"), "an injected script in the HTML");
                }
            }
            // And what the wizard writes, it reads back.
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("s.toml");
            session::save(&session, &path).unwrap();
            let back = session::load(&path).unwrap();
            assert_eq!(back.entries.len(), session.entries.len());
        });
    }
}
