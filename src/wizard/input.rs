//! Turning typed text into answers and answers back into short text, shared by the TUI and the line
//! mode so both accept and show exactly the same thing. Numbers take a decimal comma or point.

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

/// Toggle option `id` in a multiple-choice answer. "Weet niet" excludes the other options; an empty
/// result is `None` (no answer).
pub fn toggle(current: Option<&Answer>, id: &str) -> Option<Answer> {
    let mut ids: Vec<String> = match current {
        Some(Answer::Choices(ids)) => ids.clone(),
        _ => Vec::new(),
    };
    if let Some(at) = ids.iter().position(|c| c == id) {
        ids.remove(at);
    } else if id == DONT_KNOW {
        ids = vec![id.to_string()];
    } else {
        ids.retain(|c| c != DONT_KNOW);
        ids.push(id.to_string());
    }
    (!ids.is_empty()).then_some(Answer::Choices(ids))
}

fn label_of<'a>(options: &'a [Choice], id: &'a str) -> &'a str {
    options.iter().find(|o| o.id == id).map_or(id, |o| o.label.as_str())
}

/// An answer in a few words, for the overview and the line mode.
pub fn summary(question: &Question, answer: &Answer) -> String {
    match answer {
        Answer::Choice(id) => label_of(&question.options, id).to_string(),
        Answer::Choices(ids) => ids.iter().map(|id| label_of(&question.options, id)).collect::<Vec<_>>().join(", "),
        Answer::Number(n) if question.kind == Kind::Scale => scale_label(question, *n),
        Answer::Number(n) if question.unit.is_empty() => format_number(*n),
        Answer::Number(n) => format!("{} {}", format_number(*n), question.unit),
        Answer::Text(t) => t.lines().next().unwrap_or_default().to_string(),
        Answer::Records(records) => strings::record_count(records.len()),
    }
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

/// A record in one line: `Naam: OCMW; Soort: Intern`.
pub fn record_line(fields: &[Field], record: &Record) -> String {
    fields
        .iter()
        .filter_map(|f| record.get(&f.id).map(|v| format!("{}: {}", f.label, field_text(f, v))))
        .collect::<Vec<_>>()
        .join("; ")
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

/// Parse option numbers typed as `1 3` or `1,3` (1-based) into option ids; the error is Dutch.
pub fn parse_option_numbers(options: &[Choice], text: &str) -> Result<Vec<String>, String> {
    let mut ids = Vec::new();
    for part in text.split([' ', ',', ';']).filter(|p| !p.is_empty()) {
        let n: usize = part.parse().map_err(|_| strings::choose_number(options.len()))?;
        let option =
            n.checked_sub(1).and_then(|i| options.get(i)).ok_or_else(|| strings::choose_number(options.len()))?;
        if !ids.contains(&option.id) {
            ids.push(option.id.clone());
        }
    }
    if ids.is_empty() {
        return Err(strings::choose_number(options.len()));
    }
    Ok(ids)
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

    #[test]
    fn dont_know_excludes_the_other_options() {
        let a = toggle(None, "cijfers");
        let a = toggle(a.as_ref(), "fora");
        assert_eq!(a, Some(Answer::Choices(vec!["cijfers".into(), "fora".into()])));
        let b = toggle(a.as_ref(), DONT_KNOW);
        assert_eq!(b, Some(Answer::Choices(vec![DONT_KNOW.into()])));
        let c = toggle(b.as_ref(), "fora");
        assert_eq!(c, Some(Answer::Choices(vec!["fora".into()])));
        assert_eq!(toggle(c.as_ref(), "fora"), None);
    }

    #[test]
    fn option_numbers_are_checked() {
        let q = crate::wizard::tests::fixture();
        let options = &q.questions[0].options;
        assert_eq!(parse_option_numbers(options, "1, 3").unwrap(), ["geen", "dienst"]);
        assert!(parse_option_numbers(options, "9").is_err());
        assert!(parse_option_numbers(options, "x").is_err());
        assert!(parse_option_numbers(options, "").is_err());
    }
}
