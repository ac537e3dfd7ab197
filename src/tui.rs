//! The terminal wizard (ratatui + crossterm), a thin shell over [`crate::wizard`].

use std::path::Path;
use std::sync::Arc;

use crate::questionnaire::Questionnaire;

/// Run the terminal wizard until the user quits.
pub fn run(_questionnaire: Arc<Questionnaire>, _sessions_dir: &Path) -> std::io::Result<()> {
    Ok(())
}
