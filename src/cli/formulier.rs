//! `regiewijzer formulier [--kort] [-o PAD]`: the questionnaire as one self-contained HTML page
//! (the page itself is built by [`crate::form`]).

use std::path::Path;

use super::Failure;
use crate::answer::Mode;
use crate::embedded;
use crate::form::{self, FormError};
use crate::questionnaire::Question;
use crate::report;
use crate::strings;

/// `regiewijzer formulier`: load the questionnaire (`--vragenlijst` or the default), render the page
/// for the mode, write it atomically to `out` (or [`form::default_path`]) and say where it went.
pub fn run(short: bool, out: Option<&Path>, questionnaire: Option<&Path>) -> Result<(), Failure> {
    let questionnaire = embedded::questionnaire_from(questionnaire)?;
    let mode = if short { Mode::Kort } else { Mode::Volledig };
    if short && !questionnaire.questions.iter().any(Question::is_short) {
        return Err(FormError::NoShortQuestions(questionnaire.id).into());
    }
    let page = form::render(&questionnaire, mode, report::user_templates_dir().as_deref())?;
    let path = out.map_or_else(|| form::default_path(mode), Path::to_path_buf);
    crate::fsutil::save_atomic(&path, page.as_bytes()).map_err(FormError::from)?;
    let asked = questionnaire.questions.iter().filter(|q| !short || q.is_short()).count();
    eprintln!("{}", strings::form_written(&path.display().to_string(), short, asked));
    Ok(())
}
