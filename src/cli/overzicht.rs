//! `regiewijzer overzicht MAP|BESTANDEN… [--formaat md|csv|xlsx|html] [-o PAD] [--sorteer KOLOM]
//! [--aflopend]`: one row per gemeente (docs/OVERZICHT.md). Every file left out is named with its
//! reason on standard error, made safe for the terminal; the inputs are only read. Without `-o`
//! Markdown, CSV and HTML go to standard output and a spreadsheet to `overzicht.xlsx`.

use std::path::{Path, PathBuf};

use super::samenvoegen::{safe_path, skip_message_for};
use super::{Failure, exit};
use crate::display::safe;
use crate::overview::{self, Reason, Row, Scan, Skipped, columns, render::Table};
use crate::questionnaire::Questionnaire;
use crate::strings::overzicht as s;

/// An output format of the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverviewFormat {
    /// A Markdown table.
    Markdown,
    /// CSV for a spreadsheet with Dutch settings.
    Csv,
    /// An Excel spreadsheet.
    Xlsx,
    /// One HTML page.
    Html,
}

impl OverviewFormat {
    /// Parse `md`, `markdown`, `csv`, `xlsx`, `excel`, `html`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Self::Markdown),
            "csv" => Some(Self::Csv),
            "xlsx" | "excel" => Some(Self::Xlsx),
            "html" | "htm" => Some(Self::Html),
            _ => None,
        }
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Markdown => "md",
            Self::Csv => "csv",
            Self::Xlsx => "xlsx",
            Self::Html => "html",
        }
    }
}

/// The options of `overzicht`.
#[derive(Debug, Clone, Default)]
pub struct Options<'a> {
    /// `--formaat`.
    pub format: Option<&'a str>,
    /// `-o`.
    pub out: Option<&'a Path>,
    /// `--sorteer`.
    pub sort: Option<&'a str>,
    /// `--aflopend`.
    pub descending: bool,
    /// `--vragenlijst`.
    pub questionnaire: Option<&'a Path>,
}

/// Run the `overzicht` subcommand.
pub fn run(paths: &[PathBuf], opts: &Options<'_>) -> Result<(), Failure> {
    let format = format_of(opts.format, opts.out)?;
    let scan = overview::scan(paths);
    if scan.files == 0 {
        let given: Vec<String> = paths.iter().map(|p| safe_path(p)).collect();
        return Err(Failure::new(exit::INVALID, s::no_files(&given)));
    }
    let q = match load_questionnaire(&scan, opts.questionnaire) {
        Ok(Some(q)) => q,
        other => {
            warn(&scan.skipped, scan.files);
            return Err(other.err().unwrap_or_else(|| Failure::new(exit::INVALID, s::NO_SESSIONS)));
        }
    };
    let (mut rows, skipped) = overview::rows(&scan, &q);
    warn(&skipped, scan.files);
    if rows.is_empty() {
        return Err(Failure::new(exit::INVALID, s::NO_SESSIONS));
    }
    let steps = overview::scored_steps(&q);
    let titles: Vec<&str> = steps.iter().map(|(_, _, t)| *t).collect();
    let column = match opts.sort {
        Some(name) => columns::find(name, &titles)
            .map_err(|e| Failure::new(exit::USAGE, s::unknown_column(&safe(&e.given), &e.known)))?,
        None => overview::Column::Gemeente,
    };
    // By name first, so that rows equal in the chosen column keep the order by name.
    overview::sort(&mut rows, overview::Column::Gemeente, false);
    if column != overview::Column::Gemeente || opts.descending {
        overview::sort(&mut rows, column, opts.descending);
    }
    let table = Table { rows: &rows, steps: &titles };
    let bytes = match format {
        OverviewFormat::Markdown => overview::render::markdown(table).into_bytes(),
        OverviewFormat::Csv => overview::render::csv(table).into_bytes(),
        OverviewFormat::Html => {
            overview::render::html(table).map_err(|e| Failure::new(exit::INVALID, e.to_string()))?.into_bytes()
        }
        OverviewFormat::Xlsx => overview::xlsx::xlsx(table).map_err(|e| Failure::new(exit::IO, e.to_string()))?,
    };
    let target = match (opts.out, format) {
        (Some(p), _) if p.is_dir() => Some(p.join(format!("overzicht.{}", format.extension()))),
        (Some(p), _) => Some(p.to_path_buf()),
        (None, OverviewFormat::Xlsx) => Some(PathBuf::from("overzicht.xlsx")),
        (None, _) => None,
    };
    let Some(path) = target else {
        use std::io::Write;
        return std::io::stdout().write_all(&bytes).map_err(|e| Failure::new(exit::IO, e.to_string()));
    };
    if scan.has_read(&path) {
        return Err(Failure::new(exit::USAGE, s::output_is_input(&safe_path(&path))));
    }
    crate::fsutil::save_shared(&path, &bytes)?;
    let respondents = rows.iter().map(|r| r.respondenten).sum();
    eprintln!("{}", s::written(rows.len(), respondents, &safe_path(&path)));
    Ok(())
}

/// `--formaat`, else the extension of `-o`, else Markdown.
fn format_of(name: Option<&str>, out: Option<&Path>) -> Result<OverviewFormat, Failure> {
    if let Some(name) = name {
        return OverviewFormat::from_name(name)
            .ok_or_else(|| Failure::new(exit::USAGE, s::unknown_format(&safe(name))));
    }
    let from_ext = out
        .filter(|p| !p.is_dir())
        .and_then(|p| p.extension())
        .and_then(|e| OverviewFormat::from_name(&e.to_string_lossy()));
    Ok(from_ext.unwrap_or(OverviewFormat::Markdown))
}

/// The questionnaire the scan's sessions answered (`--vragenlijst` wins); None without sessions.
fn load_questionnaire(scan: &Scan, explicit: Option<&Path>) -> Result<Option<Questionnaire>, Failure> {
    let Some((id, _)) = &scan.questionnaire else { return Ok(None) };
    let q = match explicit {
        Some(path) => crate::embedded::load_questionnaire_file(path)?,
        None => crate::embedded::questionnaire(id).map_err(|e| Failure::new(exit::INVALID, safe_lines_of(&e)))?,
    };
    Ok(Some(q))
}

fn safe_lines_of(e: &impl std::fmt::Display) -> String {
    crate::display::terminal_text(&e.to_string()).into_owned()
}

/// Name every file left out on standard error, then how many; session files that count through
/// their group file are named in one line per group file.
pub(super) fn warn(skipped: &[Skipped], files: usize) {
    let mut in_group: Vec<(&Path, Vec<String>)> = Vec::new();
    for item in skipped {
        if let Reason::InGroup { group } = &item.reason {
            let name = item.path.file_name().map_or_else(|| safe_path(&item.path), |n| safe(&n.to_string_lossy()));
            match in_group.iter_mut().find(|(g, _)| g == group) {
                Some((_, names)) => names.push(name),
                None => in_group.push((group, vec![name])),
            }
        } else {
            eprintln!("{}", message(item));
        }
    }
    for (group, names) in &in_group {
        eprintln!("{}", s::counted_in_group(&names.join(", "), names.len(), &safe_path(group)));
    }
    let mut whole: Vec<&Path> = skipped.iter().filter(|i| i.reason.whole_file()).map(|i| i.path.as_path()).collect();
    whole.sort_unstable();
    whole.dedup();
    let members =
        skipped.iter().filter(|i| matches!(i.reason, Reason::Member(_) | Reason::OtherGemeente { .. })).count();
    if !whole.is_empty() || members > 0 {
        eprintln!("{}", s::skipped_total(whole.len(), files, members));
    }
}

fn message(item: &Skipped) -> String {
    let path = safe_path(&item.path);
    match &item.reason {
        Reason::Skip(reason) => skip_message_for(&path, reason),
        Reason::Member(reason) => skip_message_for(&s::member_of(&path), reason),
        Reason::OtherGemeente { found, expected } => s::skipped_other_gemeente(&path, &safe(found), &safe(expected)),
        Reason::InGroup { group } => s::counted_in_group(&path, 1, &safe_path(group)),
        Reason::Changed => s::skipped_changed(&path),
    }
}

/// The rows of the comparison folder for `rapport --vergelijk`, analysed with `questionnaire`; the
/// files left out are named on standard error. No rows (with a warning) when nothing in it is
/// usable: the report then says in one sentence that there are no gemeenten to compare with.
pub(super) fn comparison_rows(dir: &Path, questionnaire: &Questionnaire) -> Vec<Row> {
    let scan = overview::scan(&[dir.to_path_buf()]);
    let Some((id, _)) = &scan.questionnaire else {
        warn(&scan.skipped, scan.files);
        eprintln!("{}", s::comparison_empty(&safe_path(dir)));
        return Vec::new();
    };
    if *id != questionnaire.id {
        eprintln!("{}", s::comparison_other_questionnaire(&safe_path(dir), &safe(id), &questionnaire.id));
        return Vec::new();
    }
    let (rows, skipped) = overview::rows(&scan, questionnaire);
    warn(&skipped, scan.files);
    rows
}
