//! A fast path for reading session files: the plain line-by-line subset of TOML that Regiewijzer
//! and the questionnaire form write (`key = value` lines; `[respondent]`, `[answers."id"]` and
//! `[[answers."id".records]]` headers; basic and literal strings, numbers and one-line arrays of strings;
//! comments). Anything else — another kind of value, a duplicate, an unknown key, an escape it does
//! not know, a multi-line string, a groepssessie's `votes` table — makes it give up (`None`), and
//! the full TOML parser reads the file and reports any problem with its position. So what the fast
//! path accepts it reads exactly as the full parser would (`tests/session_fast.rs` checks both on
//! generated, voted and damaged files); it only
//! saves time: an overview across gemeenten reads thousands of sessions, and the full parser spends
//! about a millisecond on each.
//!
//! [`header`] reads only whose a session is (questionnaire, version, gemeente), without decoding the
//! answers: the first pass of an overview.

use super::{Answer, Entry, FORMAT, FieldValue, Mode, Record, Respondent, Role, Session};
/// The section a line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Top,
    Respondent,
    Answer,
    Record,
}

/// A value on the right of `=`.
#[derive(Debug)]
enum Value {
    Str(String),
    /// A number, and whether it was written as an integer.
    Num(f64, bool),
    List(Vec<String>),
}

/// Read `text` as a session, or None when it is not in the plain subset (then the full parser
/// decides).
pub fn parse(text: &str) -> Option<Session> {
    let mut top = Top::default();
    let mut respondent: Option<Respondent> = None;
    let mut respondent_keys = [false; 3];
    // Finished entries, and the `[answers."id"]` being read.
    let mut entries: Vec<(String, Entry)> = Vec::with_capacity(160);
    let mut current: Option<(String, Raw)> = None;
    let mut section = Section::Top;
    for line in lines(text) {
        if line.is_empty() {
            continue;
        }
        if line.starts_with('#') {
            comment(line)?;
            continue;
        }
        if line.starts_with('[') {
            let header = table_header(line)?;
            if let Header::Records(id) = header
                && let Some((cur, raw)) = current.as_mut()
                && cur == id
            {
                raw.new_record()?;
                section = Section::Record;
                continue;
            }
            if let Some((id, raw)) = current.take() {
                entries.push((id, raw.into_entry()?));
            }
            section = match header {
                Header::Respondent => {
                    if respondent.replace(Respondent::default()).is_some() {
                        return None;
                    }
                    Section::Respondent
                }
                Header::Answer(id) => {
                    current = Some((id.to_string(), Raw::default()));
                    Section::Answer
                }
                Header::Records(id) => {
                    let mut raw = Raw::default();
                    raw.new_record()?;
                    current = Some((id.to_string(), raw));
                    Section::Record
                }
            };
            continue;
        }
        let (key, value) = key_value(line)?;
        match section {
            Section::Top => top.set(key, value)?,
            Section::Respondent => set_respondent(respondent.as_mut()?, &mut respondent_keys, key, value)?,
            Section::Answer => current.as_mut()?.1.set(key, value)?,
            Section::Record => {
                let record = current.as_mut()?.1.records.as_mut()?.last_mut()?;
                let field = match value {
                    Value::Str(s) => FieldValue::Text(s),
                    Value::Num(n, _) => FieldValue::Number(n),
                    Value::List(l) => FieldValue::List(l),
                };
                if record.insert(key.to_string(), field).is_some() {
                    return None;
                }
            }
        }
    }
    if let Some((id, raw)) = current.take() {
        entries.push((id, raw.into_entry()?));
    }
    let mut respondent = respondent?;
    if !top.format || !respondent_keys[0] {
        return None;
    }
    if !respondent_keys[1] {
        respondent.name = String::new();
    }
    // Written in order, so sorting is one pass; a table given twice is left to the full parser.
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    if entries.windows(2).any(|w| w[0].0 == w[1].0) {
        return None;
    }
    Some(Session {
        questionnaire: top.questionnaire?,
        questionnaire_version: top.version?,
        mode: top.mode.unwrap_or_default(),
        respondent,
        created: top.created?,
        updated: top.updated?,
        entries: entries.into_iter().collect(),
    })
}

/// A key of `[respondent]`; each at most once.
fn set_respondent(r: &mut Respondent, seen: &mut [bool; 3], key: &str, value: Value) -> Option<()> {
    let slot = match key {
        "gemeente" => 0,
        "name" => 1,
        "role" => 2,
        _ => return None,
    };
    if std::mem::replace(&mut seen[slot], true) {
        return None;
    }
    let Value::Str(s) = value else { return None };
    match slot {
        0 => r.gemeente = s,
        1 => r.name = s,
        _ => r.role = Role::ALL.into_iter().find(|x| x.id() == s)?,
    }
    Some(())
}

/// Whose a session is, without reading its answers: (questionnaire, version, gemeente). None when
/// the file is not in the plain subset (then parse it fully to find out).
pub fn header(text: &str) -> Option<(String, String, String)> {
    let (mut questionnaire, mut version, mut gemeente) = (None, None, None);
    let mut section = Section::Top;
    let mut passed_answers = false;
    for line in lines(text) {
        if line.starts_with('[') {
            section = match table_header(line)? {
                Header::Respondent => Section::Respondent,
                _ if questionnaire.is_some() && version.is_some() && gemeente.is_some() => {
                    // The usual order: the top keys, [respondent], then only answers. A valid file
                    // cannot say any of the three again, so the rest need not be read.
                    return Some((questionnaire?, version?, gemeente?));
                }
                _ => {
                    passed_answers = true;
                    Section::Answer
                }
            };
            continue;
        }
        let wanted = match section {
            Section::Top => line.starts_with("questionnaire"),
            Section::Respondent => line.starts_with("gemeente"),
            Section::Answer | Section::Record => false,
        };
        if !wanted {
            continue;
        }
        let (key, Value::Str(value)) = key_value(line)? else { return None };
        let slot = match (section, key) {
            (Section::Top, "questionnaire") => &mut questionnaire,
            (Section::Top, "questionnaire_version") => &mut version,
            (Section::Respondent, "gemeente") => &mut gemeente,
            _ => continue,
        };
        if slot.replace(value).is_some() {
            return None;
        }
    }
    // Answer lines were skipped unread: a multi-line string among them could have hidden a line.
    if passed_answers && has_multiline(text) {
        return None;
    }
    Some((questionnaire?, version?, gemeente?))
}

/// The lines of `text`, without a final `\r` and the spaces and tabs around them.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos > bytes.len() {
            return None;
        }
        let start = pos;
        let end = bytes[start..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| start + i);
        pos = end + 1;
        let line = &bytes[start..end];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let blank = |b: &u8| *b == b' ' || *b == b'\t';
        let from = line.iter().position(|b| !blank(b)).unwrap_or(line.len());
        let to = line.iter().rposition(|b| !blank(b)).map_or(from, |i| i + 1);
        // Cut only at ASCII bytes, so always at character boundaries.
        Some(&text[start + from..start + to])
    })
}

/// A multi-line string (or an opening quote the subset does not know) anywhere: leave it to the
/// full parser, which knows where such a string ends.
fn has_multiline(text: &str) -> bool {
    text.contains("\"\"\"") || text.contains("'''")
}

/// The top-level keys.
#[derive(Default)]
struct Top {
    format: bool,
    questionnaire: Option<String>,
    version: Option<String>,
    mode: Option<Mode>,
    created: Option<jiff::Timestamp>,
    updated: Option<jiff::Timestamp>,
}

impl Top {
    #[allow(clippy::float_cmp)] // an integer read exactly, compared with the format number
    fn set(&mut self, key: &str, value: Value) -> Option<()> {
        fn once<T>(slot: &mut Option<T>, value: T) -> Option<()> {
            slot.replace(value).is_none().then_some(())
        }
        match (key, value) {
            ("format", Value::Num(n, true)) if !self.format && n == f64::from(FORMAT) => self.format = true,
            ("questionnaire", Value::Str(s)) => once(&mut self.questionnaire, s)?,
            ("questionnaire_version", Value::Str(s)) => once(&mut self.version, s)?,
            ("mode", Value::Str(s)) => {
                let mode = match s.as_str() {
                    "volledig" => Mode::Volledig,
                    "kort" => Mode::Kort,
                    _ => return None,
                };
                once(&mut self.mode, mode)?;
            }
            ("created", Value::Str(s)) => once(&mut self.created, s.parse().ok()?)?,
            ("updated", Value::Str(s)) => once(&mut self.updated, s.parse().ok()?)?,
            _ => return None,
        }
        Some(())
    }
}

/// One `[answers."id"]` table as read.
#[derive(Default)]
struct Raw {
    answer: Option<Answer>,
    note: Option<String>,
    records: Option<Vec<Record>>,
    /// How many of choice, choices, number, text were given.
    given: usize,
}

impl Raw {
    /// A new record of the record list: not after an answer of another kind.
    fn new_record(&mut self) -> Option<()> {
        if self.records.is_none() && self.given > 0 {
            return None;
        }
        self.records.get_or_insert_with(Vec::new).push(Record::new());
        Some(())
    }

    fn set(&mut self, key: &str, value: Value) -> Option<()> {
        let answer = match (key, value) {
            ("note", Value::Str(s)) if self.note.is_none() => {
                self.note = Some(s);
                return Some(());
            }
            ("choice", Value::Str(s)) => Answer::Choice(s),
            ("choices", Value::List(l)) => Answer::Choices(l),
            ("number", Value::Num(n, _)) => Answer::Number(n),
            ("text", Value::Str(s)) => Answer::Text(s),
            _ => return None,
        };
        // A second answer (even of the same kind) is left to the full parser and its message.
        if self.answer.is_some() || self.records.is_some() {
            return None;
        }
        self.given += 1;
        self.answer = Some(answer);
        Some(())
    }

    fn into_entry(self) -> Option<Entry> {
        let answer = match (self.answer, self.records) {
            (Some(_), Some(_)) => return None,
            (Some(a), None) => Some(a),
            (None, Some(r)) => Some(Answer::Records(r)),
            (None, None) => None,
        };
        Some(Entry { answer, note: self.note, votes: std::collections::BTreeMap::new() })
    }
}

enum Header<'a> {
    Respondent,
    Answer(&'a str),
    Records(&'a str),
}

/// `[respondent]`, `[answers."id"]`, `[answers.id]`, `[[answers."id".records]]`, each optionally
/// followed by a comment.
fn table_header(line: &str) -> Option<Header<'_>> {
    if let Some(rest) = line.strip_prefix("[[answers.") {
        let (id, rest) = header_key(rest)?;
        let rest = rest.strip_prefix(".records]]")?;
        end_of_line(rest)?;
        return Some(Header::Records(id));
    }
    if let Some(rest) = line.strip_prefix("[answers.") {
        let (id, rest) = header_key(rest)?;
        end_of_line(rest.strip_prefix(']')?)?;
        return Some(Header::Answer(id));
    }
    end_of_line(line.strip_prefix("[respondent]")?)?;
    Some(Header::Respondent)
}

/// A quoted key without escapes, or a bare key; and the rest of the line.
fn header_key(text: &str) -> Option<(&str, &str)> {
    if let Some(rest) = text.strip_prefix('"') {
        let end = plain_end(rest, b'"')?;
        if rest.as_bytes()[end] != b'"' {
            return None;
        }
        return Some((&rest[..end], &rest[end + 1..]));
    }
    let end = text.bytes().position(|b| !is_bare(b)).unwrap_or(text.len());
    (end > 0).then(|| (&text[..end], &text[end..]))
}

/// Where the plain run of a string body ends: the index of the first `quote`, backslash or
/// character TOML does not allow raw in a string; None for a control character or no end.
fn plain_end(body: &str, quote: u8) -> Option<usize> {
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b if b == quote || b == b'\\' => return Some(i),
            b'\t' => {}
            0..=0x1f | 0x7f => return None,
            // C1 controls (U+0080–U+009F) are left to the full parser.
            0xc2 if bytes.get(i + 1).is_some_and(|b| (0x80..=0x9f).contains(b)) => return None,
            _ => {}
        }
        i += 1;
    }
    None
}

fn is_bare(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// Characters TOML does not allow raw in a string or a comment (tab is allowed).
fn is_control(c: char) -> bool {
    (c.is_control() && c != '\t') || c == '\u{7f}'
}

/// After a value or header: nothing, or a comment.
fn end_of_line(rest: &str) -> Option<()> {
    let rest = rest.trim_start_matches([' ', '\t']);
    if rest.is_empty() {
        return Some(());
    }
    comment(rest)
}

fn comment(text: &str) -> Option<()> {
    (text.starts_with('#') && !text.chars().any(is_control)).then_some(())
}

/// `key = value`, with a bare key.
fn key_value(line: &str) -> Option<(&str, Value)> {
    let end = line.bytes().position(|b| !is_bare(b))?;
    let key = &line[..end];
    if key.is_empty() {
        return None;
    }
    let rest = line[end..].trim_start_matches([' ', '\t']).strip_prefix('=')?.trim_start_matches([' ', '\t']);
    let (value, rest) = value(rest)?;
    end_of_line(rest)?;
    Some((key, value))
}

fn value(text: &str) -> Option<(Value, &str)> {
    match text.as_bytes().first()? {
        b'"' | b'\'' => {
            let (s, rest) = string(text)?;
            Some((Value::Str(s), rest))
        }
        b'[' => {
            let mut rest = text[1..].trim_start_matches([' ', '\t']);
            let mut list = Vec::new();
            loop {
                if let Some(after) = rest.strip_prefix(']') {
                    return Some((Value::List(list), after));
                }
                let (s, after) = string(rest)?;
                list.push(s);
                rest = after.trim_start_matches([' ', '\t']);
                if let Some(after) = rest.strip_prefix(',') {
                    rest = after.trim_start_matches([' ', '\t']);
                } else if !rest.starts_with(']') {
                    return None;
                }
            }
        }
        _ => {
            let end = text.find([' ', '\t', '#']).unwrap_or(text.len());
            let (n, integer) = number(&text[..end])?;
            Some((Value::Num(n, integer), &text[end..]))
        }
    }
}

/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`: integers (within 15 digits) and plain decimals; anything else
/// (exponents, underscores, `+`, `inf`) is left to the full parser.
fn number(text: &str) -> Option<(f64, bool)> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(int) || (int.len() > 1 && int.starts_with('0')) || int.len() > 15 {
        return None;
    }
    match frac {
        // As TOML reads it: an integer first (so `-0` is 0), then as a number.
        None => text.parse::<i64>().ok().map(|i| (i as f64, true)),
        Some(f) if all_digits(f) => text.parse().ok().map(|n| (n, false)),
        Some(_) => None,
    }
}

/// A basic string `"…"` or a literal string `'…'` (multi-line ones are left to the full parser).
fn string(text: &str) -> Option<(String, &str)> {
    if text.starts_with("\"\"\"") || text.starts_with("'''") {
        return None;
    }
    if let Some(body) = text.strip_prefix('\'') {
        let end = body.find('\'')?;
        let s = &body[..end];
        if s.chars().any(is_control) {
            return None;
        }
        return Some((s.to_string(), &body[end + 1..]));
    }
    basic_string(text)
}

/// A basic string `"…"` with the escapes `\" \\ \b \t \n \f \r \uXXXX \UXXXXXXXX`; the rest after it.
fn basic_string(text: &str) -> Option<(String, &str)> {
    let body = text.strip_prefix('"')?;
    // Most strings have no escape: one copy.
    let end = plain_end(body, b'"')?;
    if body.as_bytes()[end] == b'"' {
        return Some((body[..end].to_string(), &body[end + 1..]));
    }
    let mut out = String::with_capacity(body.len().min(256));
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &body[i + 1..])),
            '\\' => {
                let (_, e) = chars.next()?;
                let decoded = match e {
                    '"' => '"',
                    '\\' => '\\',
                    'b' => '\u{8}',
                    't' => '\t',
                    'n' => '\n',
                    'f' => '\u{c}',
                    'r' => '\r',
                    'u' | 'U' => {
                        let len = if e == 'u' { 4 } else { 8 };
                        let start = chars.offset();
                        let hex = body.get(start..start + len)?;
                        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                            return None;
                        }
                        for _ in 0..len {
                            chars.next();
                        }
                        char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
                    }
                    _ => return None,
                };
                out.push(decoded);
            }
            c if is_control(c) => return None,
            c => out.push(c),
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_numbers_and_lists() {
        assert_eq!(basic_string(r#""a\"b\\c\n\u00e9\U0001F30D" rest"#).unwrap(), ("a\"b\\c\né🌍".into(), " rest"));
        assert!(basic_string(r#""\x41""#).is_none(), "an escape it does not know");
        assert!(basic_string("\"a\u{1}b\"").is_none(), "a raw control character");
        assert!(basic_string(r#""\ud800""#).is_none(), "a surrogate");
        assert_eq!(number("2"), Some((2.0, true)));
        assert_eq!(number("-0.5"), Some((-0.5, false)));
        for bad in ["01", "1e3", "+1", "1_000", "inf", "1.", ".5", "0x10", "1234567890123456"] {
            assert_eq!(number(bad), None, "{bad}");
        }
        let (v, rest) = value(r#"["a", "b",] # c"#).unwrap();
        assert!(matches!(v, Value::List(l) if l == ["a", "b"]));
        assert_eq!(rest, " # c");
    }

    #[test]
    fn anything_outside_the_subset_is_left_to_the_full_parser() {
        let base = "format = 1\nquestionnaire = \"q\"\nquestionnaire_version = \"1\"\ncreated = \
                    \"2026-01-01T00:00:00Z\"\nupdated = \"2026-01-01T00:00:00Z\"\n\n[respondent]\ngemeente = \"G\"\n";
        assert!(parse(base).is_some());
        for extra in [
            "[answers.\"a\"]\nchoice = \"x\"\nchoice = \"y\"\n",
            "[answers.\"a\"]\nchoice = \"x\"\n[answers.\"a\"]\n",
            "[answers.\"a\"]\nchoice = \"x\"\ntext = \"y\"\n",
            "[answers.\"a\"]\nonbekend = \"x\"\n",
            "[answers.\"a\"]\ntext = '''x'''\n",
            "[answers.\"a\"]\nchoice = true\n",
            "[answers.\"a\"]\nnumber = 1e3\n",
            "[respondent]\n",
            "[andere]\n",
            "[answers.\"a\"]\ntext = \"x\" y\n",
        ] {
            assert!(parse(&format!("{base}{extra}")).is_none(), "{extra}");
        }
        assert!(parse(&base.replace("format = 1", "format = 2")).is_none());
        assert!(parse(&base.replace("gemeente = \"G\"\n", "")).is_none());
    }
}
