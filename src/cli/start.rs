//! The default command: the wizard on the embedded (or given) questionnaire, full screen on a
//! terminal, the line mode with `--toegankelijk` or without a terminal; `--nieuw` and `--hervat`
//! skip the choice between a new and a saved session in both. `overleg GROEP.toml` (and `--hervat`
//! on a group file) opens the consensus meeting the same way.

use std::path::{Path, PathBuf};

use super::Failure;
use crate::embedded;
use crate::wizard::Begin;

pub fn run(questionnaire: Option<&Path>, accessible: bool, new: bool, resume: Option<&Path>) -> Result<(), Failure> {
    let dir = crate::paths::sessions_dir()?;
    let begin = match (new, resume) {
        // `--hervat groep.toml` opens the consensus meeting on a group file.
        (_, Some(path)) => match session_path(path, &dir) {
            p if crate::wizard::is_group_file(&p) => Begin::Meeting(p),
            p => Begin::Resume(p),
        },
        (true, None) => Begin::New,
        (false, None) => Begin::Choose,
    };
    start(questionnaire, accessible, &dir, &begin)
}

/// `overleg GROEP.toml`: the consensus meeting on a group file (a path, or a file in the sessions
/// folder), full screen or in the line mode.
pub fn meeting(questionnaire: Option<&Path>, accessible: bool, group: &Path) -> Result<(), Failure> {
    let dir = crate::paths::sessions_dir()?;
    start(questionnaire, accessible, &dir, &Begin::Meeting(session_path(group, &dir)))
}

fn start(questionnaire: Option<&Path>, accessible: bool, dir: &Path, begin: &Begin) -> Result<(), Failure> {
    let questionnaire = std::sync::Arc::new(embedded::questionnaire_from(questionnaire)?);
    // Without a terminal on both ends (answers piped in, output captured) the full-screen wizard
    // cannot work; the line mode can.
    let terminal =
        std::io::IsTerminal::is_terminal(&std::io::stdin()) && std::io::IsTerminal::is_terminal(&std::io::stdout());
    if accessible || !terminal || !cfg!(feature = "tui") {
        let stdin = std::io::stdin().lock();
        return crate::linemode::run(questionnaire, dir, begin, stdin, std::io::stdout().lock()).map_err(Into::into);
    }
    #[cfg(feature = "tui")]
    {
        crate::tui::run(questionnaire, dir, begin).map_err(|e| Failure::new(super::exit::IO, e.to_string()))
    }
    #[cfg(not(feature = "tui"))]
    Ok(())
}

/// `--hervat SESSIE`: the path as given if it exists, else a file of that name (with or without
/// `.toml`) in the sessions directory; as given otherwise, so the error names what was typed.
fn session_path(typed: &Path, sessions_dir: &Path) -> PathBuf {
    if typed.exists() || typed.components().count() > 1 {
        return typed.to_path_buf();
    }
    let in_dir = sessions_dir.join(typed);
    let with_ext = in_dir.with_extension("toml");
    [in_dir, with_ext].into_iter().find(|p| p.is_file()).unwrap_or_else(|| typed.to_path_buf())
}
