//! The default command: the wizard on the embedded (or given) questionnaire, full screen on a
//! terminal, the line mode with `--toegankelijk` or without a terminal; `--nieuw` and `--hervat`
//! skip the choice between a new and a saved session in both. `overleg GROEP.toml` (and `--hervat`
//! on a group file) opens the consensus meeting the same way.

use std::path::{Path, PathBuf};

use super::Failure;
use crate::embedded;
use crate::wizard::{Begin, Ended};

pub fn run(questionnaire: Option<&Path>, accessible: bool, new: bool, resume: Option<&Path>) -> Result<(), Failure> {
    let dir = crate::paths::sessions_dir()?;
    // Private folder, no temp files left by a crash (see session::prepare_dir).
    crate::session::prepare_dir(&dir)?;
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
    crate::session::prepare_dir(&dir)?;
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
        let ended = crate::linemode::run(questionnaire, dir, begin, stdin, std::io::stdout().lock())?;
        // The line mode has said it all on standard output already.
        return ended_with(ended, true);
    }
    #[cfg(feature = "tui")]
    {
        let ended =
            crate::tui::run(questionnaire, dir, begin).map_err(|e| Failure::new(super::exit::IO, e.to_string()))?;
        // The TUI's popups are gone with the screen: say it again on stderr.
        ended_with(ended, false)
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

/// The exit code of a wizard that ended: 4 when the session chosen was open elsewhere and none was
/// opened, 3 when answers were not saved, else 0.
fn ended_with(ended: Ended, told: bool) -> Result<(), Failure> {
    let (code, message) = match ended {
        Ended::Saved => return Ok(()),
        Ended::Locked(message) => (super::exit::LOCKED, message),
        Ended::Unsaved(message) => (super::exit::IO, message),
    };
    Err(if told { Failure::quiet(code) } else { Failure::new(code, message) })
}
