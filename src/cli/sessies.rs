//! `regiewijzer sessies`: the saved sessions with gemeente, respondent, role, progress and the
//! last change, newest first; unreadable files are named on stderr.

use std::path::{Path, PathBuf};

use super::Failure;
use crate::display::{local_time, terminal_line, terminal_text};
use crate::embedded;
use crate::session;
use crate::strings;

/// One row of the `sessies` listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    /// Cells in the order of [`strings::SESSIONS_HEADER`].
    pub cells: [String; 6],
}

/// Rows for every session in `dir`, newest first, plus messages for files that could not be read.
pub fn session_rows(dir: &Path) -> (Vec<SessionRow>, Vec<String>) {
    let mut rows = Vec::new();
    let mut skipped = Vec::new();
    let Ok(read) = std::fs::read_dir(dir) else { return (rows, skipped) };
    let mut paths: Vec<PathBuf> =
        read.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect();
    paths.sort();
    let mut loaded = Vec::new();
    for path in paths {
        match session::load(&path) {
            Ok(s) => loaded.push((s, path)),
            Err(e) => skipped.push(strings::unreadable_session(&e.to_string())),
        }
    }
    loaded.sort_by_key(|(s, _)| std::cmp::Reverse(s.updated));
    for (s, path) in loaded {
        let progress = match embedded::questionnaire(&s.questionnaire) {
            Ok(q) => {
                let unknown = s.unknown_ids(&q);
                if !unknown.is_empty() {
                    skipped.push(format!(
                        "{}: {}",
                        path.display(),
                        strings::unknown_answers(unknown.len(), &unknown.join(", "))
                    ));
                }
                let (done, all) = q.progress(&s);
                format!("{done}/{all}")
            }
            Err(_) => format!("{} antwoorden", s.entries.len()),
        };
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        rows.push(SessionRow {
            cells: [
                terminal_line(&s.respondent.gemeente).into_owned(),
                terminal_line(&s.respondent.name).into_owned(),
                s.respondent.role.label().to_string(),
                progress,
                local_time(s.updated),
                terminal_line(&name).into_owned(),
            ],
        });
    }
    (rows, skipped)
}

pub fn run() -> Result<(), Failure> {
    let dir = crate::paths::sessions_dir()?;
    let (rows, skipped) = session_rows(&dir);
    for s in &skipped {
        eprintln!("{}", terminal_text(s));
    }
    if rows.is_empty() {
        return super::print_out(&format!("{}\n", strings::no_sessions(&terminal_line(&dir.display().to_string()))));
    }
    let header = strings::SESSIONS_HEADER.map(str::to_string);
    super::print_out(&table(&header, rows.iter().map(|r| &r.cells)))
}

/// A plain-text table with columns padded to their widest cell (counted in characters).
fn table<'a>(header: &[String; 6], rows: impl Iterator<Item = &'a [String; 6]> + Clone) -> String {
    let mut widths = header.clone().map(|h| h.chars().count());
    for row in rows.clone() {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String; 6]| {
        let padded: Vec<String> = cells.iter().zip(widths).map(|(c, w)| format!("{c:<w$}")).collect();
        format!("{}\n", padded.join("  ").trim_end())
    };
    let mut out = line(header);
    for row in rows {
        out.push_str(&line(row));
    }
    out
}
