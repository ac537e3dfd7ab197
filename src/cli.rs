//! The command line: subcommands with Dutch names and English aliases, all on the same core. `main`
//! only maps [`run`]'s result to an exit code and prints an error once.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::embedded::{self, QuestionnaireError};
use crate::session::{self, LoadError};
use crate::strings;

/// Command-line arguments.
#[derive(Debug, Parser)]
#[command(name = "regiewijzer", version, about = strings::ABOUT, after_help = strings::EXIT_CODES)]
#[command(disable_help_subcommand = true)]
pub struct Cli {
    /// Subcommand; without one the wizard starts.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Toegankelijke regelmodus: één vraag per keer als gewone tekst, antwoorden via het toetsenbord
    /// of een pijp (ook via `REGIEWIJZER_TOEGANKELIJK=1`).
    #[arg(long, global = true, env = "REGIEWIJZER_TOEGANKELIJK", value_parser = clap::builder::BoolishValueParser::new(), default_value_t = false)]
    pub toegankelijk: bool,
    /// Een eigen vragenlijst gebruiken in plaats van de ingebouwde.
    #[arg(long, value_name = "VRAGENLIJST.toml", global = true)]
    pub vragenlijst: Option<PathBuf>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Een vragenlijst controleren (zonder argument: de ingebouwde). Fouten als bestand:regel:kolom.
    #[command(visible_alias = "check")]
    Controleer {
        /// Het te controleren bestand.
        #[arg(value_name = "VRAGENLIJST.toml")]
        bestand: Option<PathBuf>,
    },
    /// Bewaarde sessies tonen: gemeente, respondent, rol, voortgang, laatste wijziging.
    #[command(visible_alias = "sessions")]
    Sessies,
    /// De ingebouwde vragenlijst uitschrijven om ze aan te passen.
    #[command(visible_alias = "questionnaire")]
    Vragenlijst {
        /// Doelbestand (zonder: naar standaarduitvoer).
        #[arg(short = 'o', long = "uitvoer", value_name = "PAD")]
        uitvoer: Option<PathBuf>,
    },
    /// Een adviesrapport maken van een sessie.
    #[command(visible_alias = "report")]
    Rapport {
        /// Het sessiebestand.
        #[arg(value_name = "SESSIE.toml")]
        sessie: PathBuf,
        /// md, html, json of alle.
        #[arg(long, default_value = "alle")]
        formaat: String,
        /// Doelmap of -bestand.
        #[arg(short = 'o', long = "uitvoer", value_name = "PAD")]
        uitvoer: Option<PathBuf>,
    },
    /// Sessies van meerdere respondenten samenvoegen en verschillen tonen.
    #[command(visible_alias = "merge")]
    Samenvoegen {
        /// Sessiebestanden.
        #[arg(value_name = "SESSIE.toml")]
        sessies: Vec<PathBuf>,
    },
    /// Overzicht over meerdere gemeenten.
    #[command(visible_alias = "overview")]
    Overzicht {
        /// Sessiebestanden of mappen.
        #[arg(value_name = "PAD")]
        paden: Vec<PathBuf>,
    },
}

/// Exit codes (documented in `--help`).
pub mod exit {
    /// Success.
    pub const OK: u8 = 0;
    /// Invalid input data.
    pub const INVALID: u8 = 1;
    /// Usage error (clap).
    pub const USAGE: u8 = 2;
    /// File or system error.
    pub const IO: u8 = 3;
    /// Session locked by another process.
    pub const LOCKED: u8 = 4;
}

/// An error that ends the program, with its exit code.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Failure {
    /// Exit code.
    pub code: u8,
    /// Message for stderr (Dutch).
    pub message: String,
}

impl Failure {
    /// A failure with `code`.
    pub fn new(code: u8, message: impl Into<String>) -> Self {
        Self { code, message: message.into() }
    }
}

impl From<QuestionnaireError> for Failure {
    fn from(e: QuestionnaireError) -> Self {
        let code = match e {
            QuestionnaireError::Io(_) => exit::IO,
            _ => exit::INVALID,
        };
        Self::new(code, e.to_string())
    }
}

impl From<LoadError> for Failure {
    fn from(e: LoadError) -> Self {
        let code = match e {
            LoadError::Invalid(_) => exit::INVALID,
            LoadError::Io(_) => exit::IO,
            LoadError::Locked(_) => exit::LOCKED,
        };
        Self::new(code, e.to_string())
    }
}

impl From<crate::wizard::WizardError> for Failure {
    fn from(e: crate::wizard::WizardError) -> Self {
        match e {
            crate::wizard::WizardError::Session(e) => e.into(),
            crate::wizard::WizardError::Io(e) => e.into(),
            other => Self::new(exit::INVALID, other.to_string()),
        }
    }
}

impl From<crate::wizard::linemode::LineError> for Failure {
    fn from(e: crate::wizard::linemode::LineError) -> Self {
        match e {
            crate::wizard::linemode::LineError::Wizard(e) => e.into(),
            crate::wizard::linemode::LineError::Io(e) => Self::new(exit::IO, e.to_string()),
        }
    }
}

impl From<crate::paths::NoDirectory> for Failure {
    fn from(e: crate::paths::NoDirectory) -> Self {
        Self::new(exit::IO, e.to_string())
    }
}

impl From<crate::error::IoError> for Failure {
    fn from(e: crate::error::IoError) -> Self {
        Self::new(exit::IO, e.to_string())
    }
}

/// Parse arguments, run, print any error once; the binary's whole `main`.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::from(exit::OK),
        Err(failure) => {
            eprintln!("{}: {}", strings::ERROR_PREFIX, failure.message);
            ExitCode::from(failure.code)
        }
    }
}

/// Run the parsed command.
pub fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        None => start_wizard(cli.vragenlijst.as_deref(), cli.toegankelijk),
        Some(Command::Controleer { bestand }) => check(bestand.as_deref()),
        Some(Command::Sessies) => list_sessions(),
        Some(Command::Vragenlijst { uitvoer }) => write_questionnaire(uitvoer.as_deref()),
        Some(Command::Rapport { sessie, formaat, uitvoer }) => {
            crate::report::cli::run(&sessie, &formaat, uitvoer.as_deref(), cli.vragenlijst.as_deref())
        }
        Some(Command::Samenvoegen { .. }) => Err(Failure::new(exit::USAGE, strings::not_yet("samenvoegen"))),
        Some(Command::Overzicht { .. }) => Err(Failure::new(exit::USAGE, strings::not_yet("overzicht"))),
    }
}

fn start_wizard(questionnaire: Option<&Path>, accessible: bool) -> Result<(), Failure> {
    let questionnaire = std::sync::Arc::new(embedded::questionnaire_from(questionnaire)?);
    let dir = crate::paths::sessions_dir()?;
    // Without a terminal on both ends (answers piped in, output captured) the full-screen wizard
    // cannot work; the line mode can.
    let terminal =
        std::io::IsTerminal::is_terminal(&std::io::stdin()) && std::io::IsTerminal::is_terminal(&std::io::stdout());
    if accessible || !terminal || !cfg!(feature = "tui") {
        let stdin = std::io::stdin().lock();
        return crate::wizard::linemode::run(questionnaire, &dir, stdin, std::io::stdout().lock()).map_err(Into::into);
    }
    #[cfg(feature = "tui")]
    {
        crate::tui::run(questionnaire, &dir).map_err(|e| Failure::new(exit::IO, e.to_string()))
    }
    #[cfg(not(feature = "tui"))]
    Ok(())
}

fn check(path: Option<&Path>) -> Result<(), Failure> {
    let name = path
        .map_or_else(|| format!("(ingebouwd) {}.toml", embedded::DEFAULT_QUESTIONNAIRE), |p| p.display().to_string());
    match embedded::questionnaire_from(path) {
        Ok(q) => {
            println!("{}", strings::questionnaire_ok(&name, &q.id, &q.version, q.questions.len(), q.steps.len()));
            Ok(())
        }
        Err(QuestionnaireError::Invalid(problems)) => {
            let mut err = std::io::stderr().lock();
            for p in &problems.0 {
                let _ = writeln!(err, "{p}");
            }
            Err(Failure::new(exit::INVALID, strings::problem_count(problems.0.len())))
        }
        Err(e) => Err(e.into()),
    }
}

fn write_questionnaire(out: Option<&Path>) -> Result<(), Failure> {
    let text = embedded::questionnaire_text(embedded::DEFAULT_QUESTIONNAIRE)
        .ok_or_else(|| Failure::new(exit::IO, "ingebouwde vragenlijst ontbreekt"))?;
    match out {
        Some(path) => {
            crate::fsutil::save_atomic(path, text.as_bytes())?;
            eprintln!("{}", strings::questionnaire_written(&path.display().to_string()));
        }
        None => print!("{text}"),
    }
    Ok(())
}

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
                s.respondent.gemeente.clone(),
                s.respondent.name.clone(),
                s.respondent.role.label().to_string(),
                progress,
                local_time(s.updated),
                name,
            ],
        });
    }
    (rows, skipped)
}

/// A timestamp as local date and time, `2026-11-25 16:05`.
pub fn local_time(t: jiff::Timestamp) -> String {
    let zoned = t.to_zoned_datetime(jiff::tz::TimeZone::system());
    zoned.strftime("%Y-%m-%d %H:%M").to_string()
}

fn list_sessions() -> Result<(), Failure> {
    let dir = crate::paths::sessions_dir()?;
    let (rows, skipped) = session_rows(&dir);
    for s in &skipped {
        eprintln!("{s}");
    }
    if rows.is_empty() {
        println!("{}", strings::no_sessions(&dir.display().to_string()));
        return Ok(());
    }
    let header = strings::SESSIONS_HEADER.map(str::to_string);
    print!("{}", table(&header, rows.iter().map(|r| &r.cells)));
    Ok(())
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
