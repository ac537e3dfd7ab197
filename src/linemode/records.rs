//! A records question in the line mode (the actor inventory): `nieuw`, `wijzig N`, `verwijder N`,
//! each field asked in turn.

use std::io::{self, BufRead, Write};

use super::{Flow, LineMode, Step, literal, many_choices, one_choice};
use crate::questionnaire::{Field, Kind, Question};
use crate::session::{Answer, FieldValue, Record};
use crate::strings;
use crate::wizard::{Wizard, input};

impl<R: BufRead, W: Write> LineMode<R, W> {
    pub(super) fn records_command(&mut self, wizard: &mut Wizard, q: &Question, text: &str) -> io::Result<Step> {
        let mut records = records_of(wizard.current_answer());
        let lower = text.trim().to_lowercase();
        let (word, arg) = lower.split_once(' ').unwrap_or((lower.as_str(), ""));
        let index = arg.trim().parse::<usize>().ok().and_then(|n| n.checked_sub(1)).filter(|&i| i < records.len());
        match (word, index) {
            ("nieuw" | "toevoegen", _) => {
                let Some(record) = self.edit_record(&q.fields, None)? else { return Ok(Step::End(Flow::Eof)) };
                records.push(record);
            }
            ("wijzig" | "bewerk", Some(i)) => {
                let Some(record) = self.edit_record(&q.fields, Some(&records[i]))? else {
                    return Ok(Step::End(Flow::Eof));
                };
                records[i] = record;
            }
            ("verwijder", Some(i)) => {
                records.remove(i);
            }
            ("wijzig" | "bewerk" | "verwijder", None) => {
                self.say(&strings::line_no_record(records.len()))?;
                return Ok(Step::Stay);
            }
            _ => {
                self.say(strings::LINE_PROMPT_RECORDS)?;
                return Ok(Step::Stay);
            }
        }
        let saved = if records.is_empty() { wizard.clear() } else { wizard.answer(Answer::Records(records)) };
        match saved {
            Ok(()) => {
                self.say(if word == "verwijder" { strings::LINE_RECORD_REMOVED } else { strings::LINE_RECORD_SAVED })?;
            }
            Err(e) => self.say(&strings::line_save_failed(&e.to_string()))?,
        }
        self.list_records(q, wizard.current_answer())?;
        Ok(Step::Stay)
    }

    /// Ask every field of a record; `None` at the end of the input (nothing is saved then).
    pub(super) fn edit_record(&mut self, fields: &[Field], existing: Option<&Record>) -> io::Result<Option<Record>> {
        let mut record = existing.cloned().unwrap_or_default();
        for field in fields {
            let required = if field.required { strings::LINE_REQUIRED } else { "" };
            writeln!(self.out, "{}{required}", field.label)?;
            if !field.help.is_empty() {
                writeln!(self.out, "{}", field.help)?;
            }
            if field.kind.is_choice() {
                let labels: Vec<String> = field.options.iter().map(|o| o.label.clone()).collect();
                self.numbered(&labels)?;
            }
            if let Some(v) = record.get(&field.id) {
                writeln!(self.out, "{}", strings::line_field_current(&input::field_text(field, v)))?;
            }
            loop {
                let Some(line) = self.read()? else { return Ok(None) };
                match field_value(field, &line, record.get(&field.id)) {
                    Ok(Some(v)) => {
                        record.insert(field.id.clone(), v);
                        break;
                    }
                    Ok(None) if field.required => self.say(&strings::fields_required(&field.label))?,
                    Ok(None) => {
                        record.remove(&field.id);
                        break;
                    }
                    Err(message) => self.say(&message)?,
                }
            }
        }
        Ok(Some(record))
    }
}

/// The new value of a field from a typed line: Enter keeps `current`, `-` empties it.
fn field_value(field: &Field, line: &str, current: Option<&FieldValue>) -> Result<Option<FieldValue>, String> {
    let text = line.trim();
    if text.is_empty() {
        return Ok(current.cloned());
    }
    if text == "-" {
        return Ok(None);
    }
    match field.kind {
        Kind::Single | Kind::Jgnw => one_choice(&field.options, text).map(|id| Some(FieldValue::Text(id))),
        Kind::Multi => many_choices(&field.options, text).map(|ids| Some(FieldValue::List(ids))),
        _ => input::parse_field_text(field, literal(text)),
    }
}

pub(super) fn records_of(answer: Option<&Answer>) -> Vec<Record> {
    match answer {
        Some(Answer::Records(r)) => r.clone(),
        _ => Vec::new(),
    }
}
