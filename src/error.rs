//! Typed errors of the core. Every data problem carries the file, line and column it was found at and
//! a hint in Dutch saying what to do; the user's file is never touched when one is raised.

mod toml_nl;

use std::fmt;
use std::path::{Path, PathBuf};

pub use toml_nl::{
    FALLBACK as TOML_FALLBACK, invalid_timestamp, own_message, toml_message, translate as translate_toml,
};

/// A position in a text file, 1-based, as editors show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Position {
    /// Line number, starting at 1.
    pub line: usize,
    /// Column number in characters, starting at 1.
    pub column: usize,
}

impl Position {
    /// The line and column of byte `offset` in `text` (clamped to the text's length).
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let mut end = offset.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let before = &text[..end];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Self { line, column }
    }

    /// The start of a file.
    pub const START: Self = Self { line: 1, column: 1 };
}

/// One problem found in a data file: where, what, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file the problem is in.
    pub file: PathBuf,
    /// Where in the file.
    pub position: Position,
    /// What is wrong, in Dutch.
    pub message: String,
    /// What the user can do about it, in Dutch.
    pub hint: String,
}

impl Problem {
    /// A problem at `position` in `file`.
    pub fn new(file: &Path, position: Position, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Self { file: file.to_path_buf(), position, message: message.into(), hint: hint.into() }
    }
}

impl fmt::Display for Problem {
    /// `file:line:column: message` followed by the hint, the way compilers and editors expect it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file.display(), self.position.line, self.position.column, self.message)?;
        if !self.hint.is_empty() {
            write!(f, "\n    tip: {}", self.hint)?;
        }
        Ok(())
    }
}

/// All problems found in one file; never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

/// An I/O failure on a named file, with a Dutch description of the action that failed and of the
/// cause (see [`dutch_io`]).
#[derive(Debug, thiserror::Error)]
#[error("{action} {}: {}", path.display(), dutch_io(source))]
pub struct IoError {
    /// What we were doing, e.g. "kan niet schrijven naar".
    pub action: &'static str,
    /// The file or directory concerned.
    pub path: PathBuf,
    /// The underlying error.
    #[source]
    pub source: std::io::Error,
}

impl IoError {
    /// Wrap `source` with the action and path it happened on.
    pub fn new(action: &'static str, path: &Path, source: std::io::Error) -> Self {
        Self { action, path: path.to_path_buf(), source }
    }
}

/// The cause of an I/O error in Dutch. The operating system's own text is English; the kinds people
/// meet (a full disk, no permission, a missing folder) get a Dutch sentence, with the system's text
/// in brackets for whoever must dig further. Errors we made ourselves carry Dutch text already.
pub fn dutch_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let dutch = match e.kind() {
        K::StorageFull => "de schijf is vol",
        K::QuotaExceeded => "uw schijfquotum is op",
        K::PermissionDenied => "geen toestemming",
        K::ReadOnlyFilesystem => "het bestandssysteem is alleen-lezen",
        K::NotFound => "bestaat niet",
        K::AlreadyExists => "bestaat al",
        K::IsADirectory => "is een map",
        K::NotADirectory => "een deel van het pad is geen map",
        K::DirectoryNotEmpty => "de map is niet leeg",
        K::FileTooLarge => "het bestand is te groot",
        K::InvalidFilename => "ongeldige bestandsnaam",
        K::BrokenPipe => "de uitvoer is gesloten",
        K::Interrupted => "onderbroken",
        K::UnexpectedEof => "het bestand houdt onverwacht op",
        K::InvalidData => "ongeldige gegevens",
        K::ResourceBusy => "het bestand is in gebruik",
        K::CrossesDevices => "kan niet over schijven heen verplaatsen",
        K::TooManyLinks => "te veel koppelingen",
        K::OutOfMemory => "onvoldoende geheugen",
        _ if e.raw_os_error().is_none() => return e.to_string(),
        _ => "systeemfout",
    };
    match e.raw_os_error() {
        Some(_) => format!("{dutch} ({e})"),
        None if e.get_ref().is_some() => e.to_string(),
        None => dutch.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_read_in_dutch() {
        let full = std::io::Error::from_raw_os_error(28); // ENOSPC on Linux
        if full.kind() == std::io::ErrorKind::StorageFull {
            assert!(dutch_io(&full).starts_with("de schijf is vol ("), "{}", dutch_io(&full));
        }
        let ours = std::io::Error::other("het is geen gewoon bestand");
        assert_eq!(dutch_io(&ours), "het is geen gewoon bestand");
        let bare = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert_eq!(dutch_io(&bare), "geen toestemming");
        let e = IoError::new("kan niet schrijven naar", Path::new("x.toml"), bare);
        assert_eq!(e.to_string(), "kan niet schrijven naar x.toml: geen toestemming");
    }

    #[test]
    fn offsets_map_to_lines_and_character_columns() {
        let text = "a = 1\nbé = 2\n";
        assert_eq!(Position::of_offset(text, 0), Position { line: 1, column: 1 });
        assert_eq!(Position::of_offset(text, 6), Position { line: 2, column: 1 });
        // 'é' is two bytes but one column.
        assert_eq!(Position::of_offset(text, 9), Position { line: 2, column: 3 });
        assert_eq!(Position::of_offset(text, 999), Position { line: 3, column: 1 });
    }
}
