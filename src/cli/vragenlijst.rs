//! `regiewijzer vragenlijst [-o PAD]`: write the built-in questionnaire out, to adapt it.

use std::path::Path;

use super::{Failure, exit};
use crate::embedded;
use crate::strings;

pub fn run(out: Option<&Path>) -> Result<(), Failure> {
    let text = embedded::questionnaire_text(embedded::DEFAULT_QUESTIONNAIRE)
        .ok_or_else(|| Failure::new(exit::IO, "ingebouwde vragenlijst ontbreekt"))?;
    match out {
        Some(path) => {
            crate::fsutil::save_shared(path, text.as_bytes())?;
            eprintln!("{}", strings::questionnaire_written(&path.display().to_string()));
        }
        None => super::print_out(text)?,
    }
    Ok(())
}
