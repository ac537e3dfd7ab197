//! The command line: subcommands with Dutch names and English aliases, all on the same core. `main`
//! only maps [`run`]'s result to an exit code and prints an error once.

mod controleer;
mod formulier;
mod overzicht;
mod rapport;
mod samenvoegen;
mod sessies;
mod start;
mod vragenlijst;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::embedded::QuestionnaireError;
use crate::session::LoadError;
use crate::strings;

pub use sessies::{SessionRow, session_rows};

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
    /// Meteen een nieuwe evaluatie beginnen, zonder de keuze om een bewaarde sessie te hervatten
    /// (zo doet een script altijd hetzelfde).
    #[arg(long, conflicts_with = "hervat")]
    pub nieuw: bool,
    /// Meteen deze sessie hervatten: een pad, of de naam van een bestand in de sessiemap (zie
    /// `regiewijzer sessies`). Een groepsbestand opent het consensusoverleg.
    #[arg(long, value_name = "SESSIE")]
    pub hervat: Option<PathBuf>,
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
        /// md, html, json, besluit (de ontwerpbeslissing: -besluit.md, .html en .docx) of alle.
        #[arg(long, default_value = "alle")]
        formaat: String,
        /// Doelmap of -bestand.
        #[arg(short = 'o', long = "uitvoer", value_name = "PAD")]
        uitvoer: Option<PathBuf>,
        /// Per stap de mediaan tonen van minstens 5 gemeenten van dezelfde grootte uit deze map, zonder
        /// hun namen (zie `regiewijzer overzicht`).
        #[arg(long, value_name = "MAP")]
        vergelijk: Option<PathBuf>,
    },
    /// De vragenlijst als één HTML-bestand om in een browser in te vullen, zonder installatie; de
    /// respondent downloadt op het einde een sessiebestand om terug te sturen.
    #[command(visible_alias = "form")]
    Formulier {
        /// Alleen de vragen van de korte intake.
        #[arg(long)]
        kort: bool,
        /// Doelbestand (standaard vragenlijst.html, met --kort vragenlijst-kort.html).
        #[arg(short = 'o', long = "uitvoer", value_name = "PAD")]
        uitvoer: Option<PathBuf>,
    },
    /// Het consensusoverleg: de gespreksagenda van een groepsbestand overlopen en per vraag vastleggen wat de groep
    /// afspreekt, of dat ze verdeeld blijft (ook met --toegankelijk).
    #[command(visible_alias = "meeting")]
    Overleg {
        /// Het groepsbestand (van regiewijzer samenvoegen): een pad, of de naam van een bestand in de sessiemap.
        #[arg(value_name = "GROEP.toml")]
        groepsbestand: PathBuf,
    },
    /// De sessies van de respondenten van één gemeente samenvoegen tot een groepsbestand voor het groepsrapport.
    #[command(visible_alias = "merge")]
    Samenvoegen {
        /// Sessiebestanden, of een map met sessiebestanden.
        #[arg(value_name = "SESSIE.toml|MAP", required = true, num_args = 1..)]
        bestanden: Vec<PathBuf>,
        /// Het nieuwe groepsbestand, of de map waarin het komt (standaard: <gemeente>-groep-<datum>.toml hier).
        #[arg(short = 'o', long = "uitvoer", value_name = "PAD")]
        uitvoer: Option<PathBuf>,
    },
    /// Een overzicht over gemeenten: één rij per gemeente (haar respondenten samengevoegd), met grootte,
    /// organisatie, positie, fase, strategie, scenario, scores per stap, respondenten, datum en eerste actie.
    #[command(visible_alias = "overview")]
    Overzicht {
        /// Mappen met sessie- en groepsbestanden, of de bestanden zelf.
        #[arg(value_name = "MAP|SESSIE.toml", required = true, num_args = 1..)]
        bestanden: Vec<PathBuf>,
        /// md, csv, xlsx of html (standaard: volgens de extensie van -o, anders md).
        #[arg(long)]
        formaat: Option<String>,
        /// Doelbestand of -map (zonder: md, csv en html naar standaarduitvoer, xlsx naar overzicht.xlsx).
        #[arg(short = 'o', long = "uitvoer", value_name = "PAD")]
        uitvoer: Option<PathBuf>,
        /// Sorteren op een kolom: gemeente, inwoners, organisatie, vte, positie, fase, strategie, scenario,
        /// totaalscore, score-<stap> (bv. score-context), respondenten, datum, eerste-actie.
        #[arg(long, value_name = "KOLOM")]
        sorteer: Option<String>,
        /// Van groot naar klein (of van Z naar A) sorteren; lege cellen blijven achteraan.
        #[arg(long)]
        aflopend: bool,
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

    /// An ending with `code` whose reason the user has already been told: nothing more is printed.
    pub fn quiet(code: u8) -> Self {
        Self { code, message: String::new() }
    }

    /// Standard output could not be written. A closed pipe (`regiewijzer sessies | head -1`) is a
    /// quiet success, as for other Unix tools; anything else is a system error.
    pub fn from_stdout(e: &std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Self::quiet(exit::OK)
        } else {
            Self::new(exit::IO, format!("kan niet naar de standaarduitvoer schrijven: {e}"))
        }
    }
}

/// Write `text` to standard output and flush; a closed pipe ends quietly (see [`Failure::from_stdout`]).
pub(crate) fn print_out(text: &str) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes()).and_then(|()| out.flush()).map_err(|e| Failure::from_stdout(&e))
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
            // Only a lock held by another process is "al geopend"; a lock file that cannot be made
            // (a read-only or foreign data folder) is a file error like any other.
            LoadError::Io(_) | LoadError::Locked(crate::session::LockError::Io(_)) => exit::IO,
            LoadError::Locked(crate::session::LockError::Held { .. }) => exit::LOCKED,
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

impl From<crate::linemode::LineError> for Failure {
    fn from(e: crate::linemode::LineError) -> Self {
        match e {
            crate::linemode::LineError::Wizard(e) => e.into(),
            crate::linemode::LineError::Meeting(e) => e.into(),
            crate::linemode::LineError::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Self::from_stdout(&e),
            crate::linemode::LineError::Io(e) => Self::new(exit::IO, e.to_string()),
        }
    }
}

impl From<crate::wizard::meeting::MeetingError> for Failure {
    fn from(e: crate::wizard::meeting::MeetingError) -> Self {
        match e {
            crate::wizard::meeting::MeetingError::Load(e @ LoadError::Invalid(_)) => {
                // The message may quote the file: made safe for the terminal.
                Self::new(exit::INVALID, crate::display::safe_lines(&e.to_string()).join("\n"))
            }
            crate::wizard::meeting::MeetingError::Load(e) => e.into(),
            other @ crate::wizard::meeting::MeetingError::OtherQuestionnaire { .. } => {
                Self::new(exit::INVALID, other.to_string())
            }
        }
    }
}

impl From<crate::form::FormError> for Failure {
    fn from(e: crate::form::FormError) -> Self {
        match e {
            crate::form::FormError::Questionnaire(e) => e.into(),
            crate::form::FormError::Io(e) | crate::form::FormError::Template(crate::report::ReportError::Io(e)) => {
                e.into()
            }
            other => Self::new(exit::INVALID, other.to_string()),
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

/// The command line with Dutch help: headings, `--help` and `--version` texts, on every
/// subcommand.
pub fn command() -> clap::Command {
    let version = Arg::new("version").short('V').long("version").action(ArgAction::Version).help(strings::VERSION_FLAG);
    dutch(Cli::command().disable_version_flag(true).arg(version))
}

fn dutch(cmd: clap::Command) -> clap::Command {
    let help = Arg::new("help").short('h').long("help").action(ArgAction::Help).help(strings::HELP_FLAG);
    cmd.help_template(strings::HELP_TEMPLATE)
        .subcommand_help_heading(strings::HELP_COMMANDS)
        .subcommand_value_name(strings::HELP_COMMAND_NAME)
        .disable_help_flag(true)
        .arg(help)
        .mut_args(|a| {
            let heading = if a.is_positional() { strings::HELP_ARGUMENTS } else { strings::HELP_OPTIONS };
            a.help_heading(heading)
        })
        .mut_subcommands(dutch)
}

/// Parse the process's arguments with the Dutch command line; on `--help`, `--version` or a
/// usage error clap prints and exits.
pub fn parse() -> Cli {
    Cli::from_arg_matches(&command().get_matches()).unwrap_or_else(|e| e.exit())
}

/// Parse arguments, run, print any error once; the binary's whole `main`.
pub fn main() -> ExitCode {
    let cli = parse();
    match run(cli) {
        Ok(()) => ExitCode::from(exit::OK),
        Err(failure) => {
            if !failure.message.is_empty() {
                // Messages quote file names and file contents: never raw to the terminal.
                let message = crate::display::terminal_text(&failure.message);
                let _ = writeln!(std::io::stderr(), "{}: {message}", strings::ERROR_PREFIX);
            }
            ExitCode::from(failure.code)
        }
    }
}

/// Run the parsed command.
pub fn run(cli: Cli) -> Result<(), Failure> {
    if cli.command.is_some() && (cli.nieuw || cli.hervat.is_some()) {
        return Err(Failure::new(exit::USAGE, strings::BEGIN_ONLY_WIZARD));
    }
    match cli.command {
        None => start::run(cli.vragenlijst.as_deref(), cli.toegankelijk, cli.nieuw, cli.hervat.as_deref()),
        Some(Command::Controleer { bestand }) => controleer::run(bestand.as_deref()),
        Some(Command::Sessies) => sessies::run(),
        Some(Command::Vragenlijst { uitvoer }) => vragenlijst::run(uitvoer.as_deref()),
        Some(Command::Rapport { sessie, formaat, uitvoer, vergelijk }) => {
            rapport::run(&sessie, &formaat, uitvoer.as_deref(), cli.vragenlijst.as_deref(), vergelijk.as_deref())
        }
        Some(Command::Formulier { kort, uitvoer }) => {
            formulier::run(kort, uitvoer.as_deref(), cli.vragenlijst.as_deref())
        }
        Some(Command::Overleg { groepsbestand }) => {
            start::meeting(cli.vragenlijst.as_deref(), cli.toegankelijk, &groepsbestand)
        }
        Some(Command::Samenvoegen { bestanden, uitvoer }) => {
            samenvoegen::run(&bestanden, uitvoer.as_deref(), cli.vragenlijst.as_deref())
        }
        Some(Command::Overzicht { bestanden, formaat, uitvoer, sorteer, aflopend }) => {
            let opts = overzicht::Options {
                format: formaat.as_deref(),
                out: uitvoer.as_deref(),
                sort: sorteer.as_deref(),
                descending: aflopend,
                questionnaire: cli.vragenlijst.as_deref(),
            };
            overzicht::run(&bestanden, &opts)
        }
    }
}
