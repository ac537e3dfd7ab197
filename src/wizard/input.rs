//! Turning typed text into answers and answers back into short text, shared by the TUI and the line
//! mode so both accept and show exactly the same thing. Numbers take a decimal comma or point.

use crate::display::terminal_line;
use crate::questionnaire::{Choice, DONT_KNOW, Field, Kind, Question};
use crate::session::{Answer, FieldValue, Record};
use crate::strings;

/// Parse a number as typed (`3`, `2,5`, `2.5`, spaces allowed).
pub fn parse_decimal(text: &str) -> Option<f64> {
    let cleaned: String = text.trim().chars().filter(|c| !c.is_whitespace()).collect();
    let value: f64 = cleaned.replace(',', ".").parse().ok()?;
    value.is_finite().then_some(value)
}

/// Parse and check a number or scale answer against the question's bounds; the error is Dutch.
pub fn parse_number(question: &Question, text: &str) -> Result<f64, String> {
    let Some(value) = parse_decimal(text) else { return Err(strings::not_a_number(text.trim())) };
    if question.kind == Kind::Scale && value.fract() != 0.0 {
        return Err(strings::WHOLE_NUMBER.to_string());
    }
    match (question.min, question.max) {
        (Some(lo), Some(hi)) if value < lo || value > hi => {
            Err(strings::out_of_range(&format_number(lo), &format_number(hi)))
        }
        (Some(lo), None) if value < lo => Err(strings::too_small(&format_number(lo))),
        (None, Some(hi)) if value > hi => Err(strings::too_large(&format_number(hi))),
        _ => Ok(value),
    }
}

/// A number as a Fleming writes it: no decimals for whole numbers, else a decimal comma.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 { format!("{value:.0}") } else { value.to_string().replace('.', ",") }
}

/// The values of a scale question, low to high (empty when its bounds are missing or huge).
pub fn scale_values(question: &Question) -> Vec<f64> {
    match (question.min, question.max) {
        (Some(lo), Some(hi)) if hi >= lo && hi - lo <= 100.0 => {
            std::iter::successors(Some(lo), |v| Some(v + 1.0)).take_while(|v| *v <= hi).collect()
        }
        _ => Vec::new(),
    }
}

/// Whether two numbers are the same value (scale values are whole numbers).
pub fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// The label of scale value `value`, with the end labels where they apply (`1 — geen`).
pub fn scale_label(question: &Question, value: f64) -> String {
    let n = format_number(value);
    let end = if question.min.is_some_and(|m| same_value(m, value)) {
        &question.min_label
    } else if question.max.is_some_and(|m| same_value(m, value)) {
        &question.max_label
    } else {
        ""
    };
    if end.is_empty() { n } else { format!("{n} — {end}") }
}

/// Tick or untick option `id` among the ticked `ids` of a multiple choice, keeping the choice
/// consistent: ticking an exclusive option ("geen", "weet niet", see [`Choice::is_exclusive`])
/// clears all others, ticking any other option clears the exclusive ones. Both front ends tick
/// through this function (answers and record fields alike).
pub fn toggle_ids(options: &[Choice], ids: &[String], id: &str) -> Vec<String> {
    let mut ids = ids.to_vec();
    if let Some(at) = ids.iter().position(|c| c == id) {
        ids.remove(at);
    } else if is_exclusive(options, id) {
        ids = vec![id.to_string()];
    } else {
        ids.retain(|c| !is_exclusive(options, c));
        ids.push(id.to_string());
    }
    ids
}

/// Toggle option `id` in a multiple-choice answer (see [`toggle_ids`]); an empty result is `None`
/// (no answer).
pub fn toggle(options: &[Choice], current: Option<&Answer>, id: &str) -> Option<Answer> {
    let ids = match current {
        Some(Answer::Choices(ids)) => ids.as_slice(),
        _ => &[],
    };
    let ids = toggle_ids(options, ids, id);
    (!ids.is_empty()).then_some(Answer::Choices(ids))
}

/// Whether option `id` excludes the others ("weet niet" also when the list does not name it).
fn is_exclusive(options: &[Choice], id: &str) -> bool {
    id == DONT_KNOW || options.iter().any(|o| o.id == id && o.is_exclusive())
}

/// A typed set of options (line mode) that combines an exclusive option with others is refused
/// with a Dutch message naming it, rather than silently dropping part of what was typed.
pub fn check_exclusive(options: &[Choice], ids: &[String]) -> Result<(), String> {
    match ids.iter().find(|id| is_exclusive(options, id)) {
        Some(id) if ids.len() > 1 => Err(strings::exclusive_alone(label_of(options, id))),
        _ => Ok(()),
    }
}

/// Parse the options typed for a choice: numbers (`1 3`, `1,3`) and words — a label or the start
/// of one (`ja`, `weet niet`, `gedeelt`), several separated by commas. Accents and case do not
/// matter; a start that fits several labels is refused with the candidates named. Returns the
/// option ids in the order typed, without duplicates; the error is Dutch.
pub fn parse_choices(options: &[Choice], text: &str) -> Result<Vec<String>, String> {
    let labels: Vec<&str> = options.iter().map(|o| o.label.as_str()).collect();
    let indices = parse_items(&labels, text)?;
    let mut ids: Vec<String> = Vec::new();
    for i in indices {
        if !ids.contains(&options[i].id) {
            ids.push(options[i].id.clone());
        }
    }
    Ok(ids)
}

/// The items (0-based) typed as numbers or words among `labels`; see [`parse_choices`].
pub fn parse_items(labels: &[&str], text: &str) -> Result<Vec<usize>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(strings::choose_item(labels.len()));
    }
    // The whole line as one label first: labels may contain commas.
    if !text.chars().any(|c| c.is_ascii_digit())
        && let Ok(Some(i)) = match_word(labels, text)
    {
        return Ok(vec![i]);
    }
    let mut found = Vec::new();
    for part in text.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()) {
        let tokens: Vec<&str> = part.split_whitespace().collect();
        if tokens.iter().all(|t| t.bytes().all(|b| b.is_ascii_digit())) {
            for token in tokens {
                let n: usize = token.parse().map_err(|_| strings::choose_item(labels.len()))?;
                let i = n.checked_sub(1).filter(|i| *i < labels.len());
                found.push(i.ok_or_else(|| strings::choose_item(labels.len()))?);
            }
        } else {
            match match_word(labels, part)? {
                Some(i) => found.push(i),
                None => return Err(strings::no_such_choice(part, labels.len())),
            }
        }
    }
    Ok(found)
}

/// The label that `phrase` names: the same words, or (if only one fits) the start of a label, or
/// failing that the start of a word in it. A leading enumerator in a label (`1. Informatie
/// uitwisselen`) is ignored. `Ok(None)` when none
/// fits; an error naming the candidates when several do.
pub fn match_word(labels: &[&str], phrase: &str) -> Result<Option<usize>, String> {
    let phrase = fold(phrase);
    if phrase.is_empty() {
        return Ok(None);
    }
    let folded: Vec<String> = labels.iter().map(|l| fold(strip_enumerator(l))).collect();
    if let Some(i) = folded.iter().position(|l| *l == phrase) {
        return Ok(Some(i));
    }
    let mut fits: Vec<usize> = (0..labels.len()).filter(|&i| folded[i].starts_with(&phrase)).collect();
    if fits.is_empty() {
        // Then the start of a later word: "dienst" for "Een dienst of team".
        fits = (0..labels.len()).filter(|&i| starts_a_word(&folded[i], &phrase)).collect();
    }
    match fits.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(*one)),
        several => {
            let names: Vec<&str> = several.iter().map(|&i| labels[i]).collect();
            Err(strings::ambiguous_choice(&phrase, &names))
        }
    }
}

/// Whether `phrase` starts at a word in `label` (after a space or punctuation).
fn starts_a_word(label: &str, phrase: &str) -> bool {
    label.char_indices().any(|(at, c)| {
        let boundary = label[..at].chars().next_back().is_some_and(|p| !p.is_alphanumeric());
        boundary && c.is_alphanumeric() && label[at..].starts_with(phrase)
    })
}

fn strip_enumerator(label: &str) -> &str {
    let digits = label.bytes().take_while(u8::is_ascii_digit).count();
    match label[digits..].strip_prefix(". ") {
        Some(rest) if digits > 0 => rest,
        _ => label,
    }
}

/// Lower case, accents removed, `_` as a space, runs of spaces as one: how typed words are compared.
fn fold(text: &str) -> String {
    let mapped: String = text
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            '_' => ' ',
            other => other,
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn label_of<'a>(options: &'a [Choice], id: &'a str) -> &'a str {
    options.iter().find(|o| o.id == id).map_or(id, |o| o.label.as_str())
}

/// An answer in a few words on one line, for the overview and the line mode (safe for a terminal:
/// see [`crate::display`]).
pub fn summary(question: &Question, answer: &Answer) -> String {
    let text = match answer {
        Answer::Choice(id) => label_of(&question.options, id).to_string(),
        Answer::Choices(ids) => ids.iter().map(|id| label_of(&question.options, id)).collect::<Vec<_>>().join(", "),
        Answer::Number(n) if question.kind == Kind::Scale => scale_label(question, *n),
        Answer::Number(n) if question.unit.is_empty() => format_number(*n),
        Answer::Number(n) => format!("{} {}", format_number(*n), question.unit),
        Answer::Text(t) => t.lines().next().unwrap_or_default().to_string(),
        Answer::Records(records) => strings::record_count(records.len()),
    };
    terminal_line(&text).into_owned()
}

/// A field value as text (option ids shown as labels).
pub fn field_text(field: &Field, value: &FieldValue) -> String {
    match value {
        FieldValue::Number(n) => format_number(*n),
        FieldValue::Text(t) if field.kind.is_choice() => label_of(&field.options, t).to_string(),
        FieldValue::Text(t) => t.clone(),
        FieldValue::List(ids) => ids.iter().map(|id| label_of(&field.options, id)).collect::<Vec<_>>().join(", "),
    }
}

/// A record in one line: `Naam: OCMW; Soort: Intern` (safe for a terminal: see [`crate::display`]).
pub fn record_line(fields: &[Field], record: &Record) -> String {
    let line = fields
        .iter()
        .filter_map(|f| record.get(&f.id).map(|v| format!("{}: {}", f.label, field_text(f, v))))
        .collect::<Vec<_>>()
        .join("; ");
    terminal_line(&line).into_owned()
}

/// The fields of `record` that are required but empty (their labels).
pub fn missing_required(fields: &[Field], record: &Record) -> Vec<String> {
    fields.iter().filter(|f| f.required && record.get(&f.id).is_none_or(is_blank)).map(|f| f.label.clone()).collect()
}

fn is_blank(value: &FieldValue) -> bool {
    match value {
        FieldValue::Text(t) => t.trim().is_empty(),
        FieldValue::List(l) => l.is_empty(),
        FieldValue::Number(_) => false,
    }
}

/// Parse typed text for a text or number field: `Ok(None)` for blank text.
pub fn parse_field_text(field: &Field, text: &str) -> Result<Option<FieldValue>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if field.kind == Kind::Number {
        return parse_decimal(text).map(|n| Some(FieldValue::Number(n))).ok_or_else(|| strings::not_a_number(text));
    }
    Ok(Some(FieldValue::Text(text.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(kind: Kind, min: Option<f64>, max: Option<f64>) -> Question {
        let q = crate::wizard::tests::fixture();
        let mut question = q.questions[0].clone();
        question.kind = kind;
        question.min = min;
        question.max = max;
        question
    }

    #[test]
    fn numbers_take_a_decimal_comma_and_respect_bounds() {
        let q = question(Kind::Number, Some(0.0), Some(50.0));
        assert_eq!(parse_number(&q, " 2,5 "), Ok(2.5));
        assert_eq!(parse_number(&q, "3"), Ok(3.0));
        assert!(parse_number(&q, "veel").unwrap_err().contains("geen getal"));
        assert!(parse_number(&q, "51").unwrap_err().contains("tussen 0 en 50"));
        let open = question(Kind::Number, Some(0.0), None);
        assert!(parse_number(&open, "-1").unwrap_err().contains("minstens 0"));
        let scale = question(Kind::Scale, Some(1.0), Some(5.0));
        assert!(parse_number(&scale, "2,5").unwrap_err().contains("geheel getal"));
        assert_eq!(format_number(2.5), "2,5");
        assert_eq!(format_number(3.0), "3");
        assert!(parse_decimal("NaN").is_none() || parse_decimal("inf").is_none());
    }

    fn kanalen() -> Vec<Choice> {
        let q = crate::wizard::tests::fixture();
        q.question("context.kanalen").unwrap().options.clone()
    }

    #[test]
    fn exclusive_options_and_dont_know_exclude_the_others() {
        let o = kanalen();
        let a = toggle(&o, None, "cijfers");
        let a = toggle(&o, a.as_ref(), "fora");
        assert_eq!(a, Some(Answer::Choices(vec!["cijfers".into(), "fora".into()])));
        let b = toggle(&o, a.as_ref(), DONT_KNOW);
        assert_eq!(b, Some(Answer::Choices(vec![DONT_KNOW.into()])));
        let c = toggle(&o, b.as_ref(), "fora");
        assert_eq!(c, Some(Answer::Choices(vec!["fora".into()])));
        let none = toggle(&o, c.as_ref(), "geen");
        assert_eq!(none, Some(Answer::Choices(vec!["geen".into()])), "'geen' clears the others");
        let back = toggle(&o, none.as_ref(), "inspraak");
        assert_eq!(back, Some(Answer::Choices(vec!["inspraak".into()])), "another clears 'geen'");
        assert_eq!(toggle(&o, back.as_ref(), "inspraak"), None);
        assert!(check_exclusive(&o, &["cijfers".into(), "fora".into()]).is_ok());
        let err = check_exclusive(&o, &["cijfers".into(), "geen".into()]).unwrap_err();
        assert!(err.contains("'Geen' kan niet samen"), "{err}");
    }

    proptest::proptest! {
        /// Whatever is ticked in whatever order, an exclusive option is never combined.
        #[test]
        fn ticking_never_combines_an_exclusive_option(picks in proptest::collection::vec(0usize..5, 0..12)) {
            let o = kanalen();
            let mut ids: Vec<String> = Vec::new();
            for p in picks {
                ids = toggle_ids(&o, &ids, &o[p].id);
                proptest::prop_assert!(check_exclusive(&o, &ids).is_ok(), "{ids:?}");
            }
        }
    }

    #[test]
    fn choices_by_number_or_by_word() {
        let q = crate::wizard::tests::fixture();
        let options = &q.questions[0].options;
        assert_eq!(parse_choices(options, "1, 3").unwrap(), ["geen", "dienst"]);
        assert_eq!(parse_choices(options, "1 3 1").unwrap(), ["geen", "dienst"]);
        assert!(parse_choices(options, "9").is_err());
        assert!(parse_choices(options, "").is_err());
        assert_eq!(parse_choices(options, "weet niet").unwrap(), ["weet_niet"]);
        assert_eq!(parse_choices(options, "  EEN PERSOON ").unwrap(), ["een_persoon"], "accents, case");
        assert_eq!(parse_choices(options, "nie").unwrap(), ["geen"], "the start of a label");
        assert_eq!(parse_choices(options, "een d, niemand").unwrap(), ["dienst", "geen"]);
        assert_eq!(parse_choices(options, "dienst").unwrap(), ["dienst"], "the start of a later word");
        assert_eq!(parse_choices(options, "persoon").unwrap(), ["een_persoon"]);
        let err = parse_choices(options, "e").unwrap_err();
        assert!(err.contains("Eén persoon") && err.contains("Een dienst"), "{err}");
        let err = parse_choices(options, "misschien").unwrap_err();
        assert!(err.contains("'misschien'"), "{err}");
        let jgnw = crate::questionnaire::jgnw_options(false);
        assert_eq!(parse_choices(&jgnw, "ja").unwrap(), ["ja"]);
        assert_eq!(parse_choices(&jgnw, "Nee").unwrap(), ["nee"]);
        assert_eq!(parse_choices(&jgnw, "g").unwrap(), ["gedeeltelijk"]);
        assert_eq!(match_word(&["1. Informatie uitwisselen", "2. Overleg"], "overleg"), Ok(Some(1)));
        assert_eq!(match_word(&["Een reglement, vergunning of erkenning", "Overleg"], "x"), Ok(None));
        assert_eq!(
            parse_items(
                &["Een reglement, vergunning of erkenning", "Overleg"],
                "een reglement, vergunning of erkenning"
            ),
            Ok(vec![0])
        );
    }
}
