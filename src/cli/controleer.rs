//! `regiewijzer controleer [VRAGENLIJST.toml]`: validate a questionnaire and print every problem
//! as `file:line:column`.

use std::io::Write;
use std::path::Path;

use super::{Failure, exit};
use crate::display::{terminal_line, terminal_text};
use crate::embedded::{self, QuestionnaireError};
use crate::strings;

pub fn run(path: Option<&Path>) -> Result<(), Failure> {
    let name = path
        .map_or_else(|| format!("(ingebouwd) {}.toml", embedded::DEFAULT_QUESTIONNAIRE), |p| p.display().to_string());
    match embedded::questionnaire_from(path) {
        Ok(q) => {
            let ok = strings::questionnaire_ok(&name, &q.id, &q.version, q.questions.len(), q.steps.len());
            super::print_out(&format!("{}\n", terminal_line(&ok)))
        }
        Err(QuestionnaireError::Invalid(problems)) => {
            let mut err = std::io::stderr().lock();
            for p in &problems.0 {
                // Problems quote ids and values from the file: never raw to the terminal.
                let _ = writeln!(err, "{}", terminal_text(&p.to_string()));
            }
            Err(Failure::new(exit::INVALID, strings::problem_count(problems.0.len())))
        }
        Err(e) => Err(e.into()),
    }
}
