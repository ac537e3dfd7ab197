//! `regiewijzer overzicht MAP|BESTANDEN… [--formaat md|csv|xlsx|html] [-o PAD] [--sorteer KOLOM]
//! [--aflopend]`: one row per gemeente (docs/OVERZICHT.md). Every file left out is named with its
//! reason on standard error, made safe for the terminal; the inputs are only read. Without `-o`
//! Markdown, CSV and HTML go to standard output and a spreadsheet to `overzicht.xlsx`.

use std::path::{Path, PathBuf};

use super::samenvoegen::{safe, safe_path, skip_message};
use super::{Failure, exit};
use crate::group;
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
    let Some(q) = load_questionnaire(&scan, opts.questionnaire)? else {
        warn(&scan.skipped, scan.files);
        return Err(Failure::new(exit::INVALID, s::NO_SESSIONS));
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
    overview::sort(&mut rows, column, opts.descending);
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
    super::samenvoegen::safe_lines(&e.to_string())
}

/// Name every file left out on standard error, then how many.
pub(super) fn warn(skipped: &[Skipped], files: usize) {
    for item in skipped {
        eprintln!("{}", message(item));
    }
    if !skipped.is_empty() {
        eprintln!("{}", s::skipped_total(skipped.len(), files));
    }
}

fn message(item: &Skipped) -> String {
    match &item.reason {
        Reason::Skip(reason) => skip_message(&group::Skipped { path: item.path.clone(), reason: reason.clone() }),
        Reason::OtherGemeente { found, expected } => {
            s::skipped_other_gemeente(&safe_path(&item.path), &safe(found), &safe(expected))
        }
    }
}

/// The rows of the comparison folder for `rapport --vergelijk`, analysed with `questionnaire`; the
/// files left out are named on standard error. None (with a warning) when nothing is usable.
pub(super) fn comparison_rows(dir: &Path, questionnaire: &Questionnaire) -> Option<Vec<Row>> {
    let scan = overview::scan(&[dir.to_path_buf()]);
    let Some((id, _)) = &scan.questionnaire else {
        warn(&scan.skipped, scan.files);
        eprintln!("{}", s::comparison_empty(&safe_path(dir)));
        return None;
    };
    if *id != questionnaire.id {
        eprintln!("{}", s::comparison_other_questionnaire(&safe_path(dir), &safe(id), &questionnaire.id));
        return None;
    }
    let (rows, skipped) = overview::rows(&scan, questionnaire);
    warn(&skipped, scan.files);
    Some(rows)
}
