//! No English in Dutch messages (issue 14). A corpus of broken TOML — hand-written files that set off
//! each kind of parser and serde message, and a few thousand mutations of valid sessions and
//! questionnaires — is loaded as a session and as a questionnaire; every message must be free of
//! English words (outside the names and values it quotes), and the hand-written corpus must be
//! translated piece by piece, never by the general fallback sentence. (The session loader, the
//! questionnaire loader and the answer parsers are fuzzed with proptest in `tests/fuzz.rs`.)
#![allow(clippy::unwrap_used)] // test helpers: a failed unwrap is a failed test

use std::path::Path;

use regiewijzer::error::TOML_FALLBACK;
use regiewijzer::{questionnaire, session};

/// Words of the parser's and serde's English messages that are not also Dutch words (`type`, `of`,
/// `is`, `in`, `met`, `data`, `map`, `letters`, `element`, `unicode`, `exponent`, `max` are left out for that reason).
const ENGLISH: &[&str] = &[
    "expected",
    "missing",
    "invalid",
    "unquoted",
    "key",
    "keys",
    "string",
    "strings",
    "value",
    "values",
    "must",
    "be",
    "quoted",
    "comma",
    "between",
    "array",
    "elements",
    "recursion",
    "depth",
    "cannot",
    "recurse",
    "further",
    "duplicate",
    "table",
    "unknown",
    "field",
    "fields",
    "variant",
    "variants",
    "found",
    "integer",
    "float",
    "boolean",
    "datetime",
    "date",
    "time",
    "the",
    "a",
    "an",
    "or",
    "and",
    "with",
    "for",
    "to",
    "unexpected",
    "content",
    "comment",
    "newline",
    "unclosed",
    "opening",
    "open",
    "assignment",
    "pairs",
    "pair",
    "inline",
    "extra",
    "leading",
    "zero",
    "sign",
    "redundant",
    "number",
    "numeric",
    "prefix",
    "radix",
    "lowercase",
    "signed",
    "digits",
    "characters",
    "visible",
    "printable",
    "escaped",
    "carriage",
    "return",
    "followed",
    "by",
    "too",
    "few",
    "hexadecimal",
    "octal",
    "binary",
    "multi",
    "line",
    "literal",
    "basic",
    "fraction",
    "mantissa",
    "extend",
    "dotted",
    "length",
    "entry",
    "empty",
    "nothing",
    "there",
    "are",
    "no",
    "one",
    "sequence",
    "struct",
    "enum",
    "did",
    "not",
    "match",
    "any",
    "untagged",
    "failed",
    "parse",
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "offset",
    "overflowed",
    "wanted",
    "only",
    "go",
    "may",
    "was",
    "but",
    "exactly",
    "more",
    "than",
    "available",
    "etc",
    "non",
    "single",
    "double",
    "quote",
    "allocate",
    "could",
    "expected",
    "floating",
    "point",
    "character",
    "unit",
    "option",
    "timestamp",
    "error",
    "while",
    "parsing",
    "at",
    "column",
    "whitespace",
    "eof",
    "end",
    "input",
    "overflow",
    "identifier",
    "borrowed",
    "valid",
    "invalid",
    "too",
    "large",
    "u32",
    "f64",
];

/// Hand-written broken documents, each setting off a different message.
const BROKEN: &[&str] = &[
    "a = [1 2]",
    "a = [1,,2]",
    "a = { b = 1,, c = 2 }",
    "a = { b = 1 c = 2 }",
    "a = { = 1 }",
    "a = 1 = 2",
    "a = = 1",
    "a b = 1",
    "a = ",
    "a",
    "= 1",
    "[a",
    "[[a]",
    "a]",
    "a = [1, 2",
    "a = { b = 1",
    "a = [1 = 2]",
    "a = 1 # x\u{7}",
    "a = 1 x",
    "a = tekst zonder aanhalingstekens",
    "a = \"open",
    "a = 'open",
    "a = \"\"\"open",
    "a = '''open",
    "a = \"\\q\"",
    "a = \"\\u12\"",
    "a = \"\\",
    "\"\"\"a\"\"\" = 1",
    "'''a''' = 1",
    "a.\"\" = 1\na. = 2",
    "a = 1_",
    "a = 1__2",
    "a = 0x",
    "a = 0X1F",
    "a = -0x1F",
    "a = +0x1F",
    "a = 0x0x1F",
    "a = ++1",
    "a = 012",
    "a = 1.",
    "a = 1e",
    "a = 1.e5",
    "a = .5",
    "a = tru",
    "a = 2026-13-01",
    "a = 2026-11-25T25:00:00Z",
    "a = 2026-11-25T10:61:00Z",
    "a = 2026-11-25T10:00:00+25:00",
    "a = 2026-1-25",
    "a = 10:00",
    "a = 1\na = 2",
    "[a]\n[a]",
    "a = [1]\n[a.b]",
    "a = 1\n[a.b]",
    "a = { b = 1 }\n[a.c]",
    "a = 1\r",
    "a = \"x\"\ra = 2",
    "a = 99999999999999999999",
    "a = 1e999",
    "\"a\" b = 1",
    "a = [1, 2]]",
    "a = }",
    "a = ]",
    "[a.]",
    "[]",
    "[[]]",
    "a = {b = 1}}",
];

/// Broken sessions that parse as TOML but not as a session: serde's messages.
const BROKEN_SESSIONS: &[&str] = &[
    "format = \"een\"",
    "format = 1\nquestionnaire = 3",
    "format = 1\nquestionnaire = \"t\"\nquestionnaire_version = \"1\"\ncreated = \"gisteren\"\nupdated = 2026-11-25T10:00:00Z",
    "format = 1\nquestionnaire = \"t\"\nquestionnaire_version = \"1\"\nmode = \"half\"\ncreated = \"2026-11-25T10:00:00Z\"\nupdated = \"2026-11-25T10:00:00Z\"\n[respondent]\ngemeente = \"x\"",
    "format = 1\nquestionnaire = \"t\"\nquestionnaire_version = \"1\"\ncreated = \"2026-11-25T10:00:00Z\"\nupdated = \"2026-11-25T10:00:00Z\"\n[respondent]\ngemeente = \"x\"\nrole = \"koning\"",
    "format = 1\nquestionnaire = \"t\"\nquestionnaire_version = \"1\"\ncreated = \"2026-11-25T10:00:00Z\"\nupdated = \"2026-11-25T10:00:00Z\"\n[respondent]\ngemeente = \"x\"\nleeftijd = 3",
    "format = 1\nquestionnaire = \"t\"\nquestionnaire_version = \"1\"\ncreated = \"2026-11-25T10:00:00Z\"\nupdated = \"2026-11-25T10:00:00Z\"\n[respondent]\nname = \"x\"",
    "format = 1\nquestionnaire = \"t\"\nquestionnaire_version = \"1\"\ncreated = \"2026-11-25T10:00:00Z\"\nupdated = \"2026-11-25T10:00:00Z\"\nrespondent = 3",
    "format = 1\nquestionnaire = \"t\"\nquestionnaire_version = \"1\"\ncreated = \"2026-11-25T10:00:00Z\"\nupdated = \"2026-11-25T10:00:00Z\"\n[respondent]\ngemeente = \"x\"\n[answers.\"a.b\"]\nnumber = \"drie\"",
    "format = 1\nquestionnaire = \"t\"\nquestionnaire_version = \"1\"\ncreated = \"2026-11-25T10:00:00Z\"\nupdated = \"2026-11-25T10:00:00Z\"\n[respondent]\ngemeente = \"x\"\n[answers.\"a.b\"]\nchoices = \"x\"",
    "format = 1\nquestionnaire = \"t\"\nquestionnaire_version = \"1\"\ncreated = \"2026-11-25T10:00:00Z\"\nupdated = \"2026-11-25T10:00:00Z\"\n[respondent]\ngemeente = \"x\"\n[[answers.\"a.b\".records]]\nnaam = { x = 1 }",
    "format = 1\nquestionnaire = \"t\"\nquestionnaire_version = \"1\"\ncreated = \"2026-11-25T10:00:00Z\"\nupdated = \"2026-11-25T10:00:00Z\"\n[respondent]\ngemeente = \"x\"\n[answers.\"a.b\"]\nwaarde = 1",
    "format = -1",
    "format = 1\nformat = 2",
];

/// The words of `message` outside quoted names and values (`` `x` ``, `'x'`, `"x"`).
fn unquoted_words(message: &str) -> Vec<String> {
    let mut outside = String::new();
    let mut quote: Option<char> = None;
    for c in message.chars() {
        match quote {
            Some(q) => quote = (c != q).then_some(q),
            None if matches!(c, '`' | '\'' | '"') => quote = Some(c),
            None => outside.push(c),
        }
    }
    outside.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Every message `text` gives as a session and as a questionnaire.
fn messages(text: &str) -> Vec<String> {
    let path = Path::new("corpus.toml");
    let mut out = Vec::new();
    if let Err(p) = session::from_bytes(text.as_bytes(), path) {
        assert!(p.position.line >= 1 && p.position.column >= 1, "{p}");
        out.push(p.message);
    }
    if let Err(problems) = questionnaire::parse(text, path) {
        out.extend(problems.0.into_iter().map(|p| p.message));
    }
    out
}

fn assert_dutch(source: &str, message: &str) {
    let english: Vec<String> = unquoted_words(message).into_iter().filter(|w| ENGLISH.contains(&w.as_str())).collect();
    assert!(english.is_empty(), "English {english:?} in {message:?}\n(from {source:?})");
}

#[test]
fn the_hand_written_corpus_is_translated_piece_by_piece() {
    let mut seen = std::collections::BTreeSet::new();
    let deep = format!("a = {}", "[".repeat(200));
    for text in BROKEN.iter().chain(BROKEN_SESSIONS).copied().chain([deep.as_str()]) {
        let found = messages(text);
        assert!(!found.is_empty(), "no error for {text:?}");
        for m in found {
            assert_dutch(text, &m);
            assert!(!m.contains(TOML_FALLBACK), "not in the catalogue: {m:?} (from {text:?})");
            seen.insert(m);
        }
    }
    // The corpus reaches many different messages, not one over and over.
    assert!(seen.len() > 60, "only {} distinct messages", seen.len());
}

/// A small deterministic generator (xorshift), so a failure names a reproducible case.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % n as u64).unwrap()
    }
}

/// `text` with one to three random edits: delete, insert a TOML-significant character, cut the rest.
fn mutate(text: &str, rng: &mut Rng) -> String {
    const INSERT: &[&str] =
        &["\"", "'", "[", "]", "{", "}", "=", ",", ".", "#", "\n", "\\", "-", "_", "0x", "\"\"\"", " "];
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..=rng.next(3) {
        if chars.is_empty() {
            break;
        }
        let at = rng.next(chars.len());
        match rng.next(4) {
            0 => {
                chars.remove(at);
            }
            1 | 2 => {
                let piece = INSERT[rng.next(INSERT.len())];
                chars.splice(at..at, piece.chars());
            }
            _ => chars.truncate(at),
        }
    }
    chars.into_iter().collect()
}

#[test]
fn thousands_of_mutated_files_give_only_dutch() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let sources = [
        std::fs::read_to_string(root.join("session-valid.toml")).unwrap(),
        std::fs::read_to_string(root.join("sessions-vvsg/kort-agii-consulent.toml")).unwrap(),
        std::fs::read_to_string(root.join("questionnaires/valid.toml")).unwrap(),
        std::fs::read_to_string(root.join("wizard-test.toml")).unwrap(),
    ];
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut fallbacks = Vec::new();
    for source in &sources {
        for _ in 0..400 {
            let text = mutate(source, &mut rng);
            for m in messages(&text) {
                assert_dutch(&text, &m);
                if m.contains(TOML_FALLBACK) {
                    fallbacks.push(m);
                }
            }
        }
    }
    assert!(fallbacks.is_empty(), "messages outside the catalogue: {fallbacks:?}");
}
