//! The default command: the wizard on the embedded (or given) questionnaire, full screen on a
//! terminal, the line mode with `--toegankelijk` or without a terminal.

use std::path::Path;

use super::{Failure, exit};
use crate::embedded;

pub fn run(questionnaire: Option<&Path>, accessible: bool) -> Result<(), Failure> {
    let questionnaire = std::sync::Arc::new(embedded::questionnaire_from(questionnaire)?);
    let dir = crate::paths::sessions_dir()?;
    // Without a terminal on both ends (answers piped in, output captured) the full-screen wizard
    // cannot work; the line mode can.
    let terminal =
        std::io::IsTerminal::is_terminal(&std::io::stdin()) && std::io::IsTerminal::is_terminal(&std::io::stdout());
    if accessible || !terminal || !cfg!(feature = "tui") {
        let stdin = std::io::stdin().lock();
        return crate::linemode::run(questionnaire, &dir, stdin, std::io::stdout().lock()).map_err(Into::into);
    }
    #[cfg(feature = "tui")]
    {
        crate::tui::run(questionnaire, &dir).map_err(|e| Failure::new(exit::IO, e.to_string()))
    }
    #[cfg(not(feature = "tui"))]
    Ok(())
}
