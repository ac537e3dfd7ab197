//! `regiewijzer rapport SESSIE.toml [--formaat md|html|json|besluit|alle] [-o PAD]`: load the session
//! and its questionnaire, analyse, render, write. One format without `-o` goes to standard output;
//! `besluit` writes the ontwerpbeslissing as `<sessie>-besluit.md`, `.html` and `.docx`, and `alle`
//! writes `<sessie>.md`, `.html`, `.json` and those three, into `-o PAD` (a directory) or the current
//! directory.

use std::path::{Path, PathBuf};

use super::{Failure, exit};
use crate::display::{safe, terminal_line};
use crate::embedded::{self, QuestionnaireError};
use crate::group;
use crate::questionnaire::Questionnaire;
use crate::report::besluit::{self, Kind};
use crate::report::{Format, Renderer, ReportError};
use crate::session;

/// What `--formaat` asks for: formats of the advice report, and of the ontwerpbeslissing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// The advice report's formats.
    pub report: Vec<Format>,
    /// The ontwerpbeslissing's formats (all three or none).
    pub besluit: Vec<Kind>,
}

/// Which formats `--formaat` asks for.
pub fn parse_formats(name: &str) -> Result<Selection, Failure> {
    match name.trim().to_ascii_lowercase().as_str() {
        "alle" | "all" => return Ok(Selection { report: Format::ALL.to_vec(), besluit: Kind::ALL.to_vec() }),
        "besluit" | "decision" => return Ok(Selection { report: Vec::new(), besluit: Kind::ALL.to_vec() }),
        _ => {}
    }
    Format::from_name(name).map(|f| Selection { report: vec![f], besluit: Vec::new() }).ok_or_else(|| {
        Failure::new(exit::USAGE, format!("onbekend formaat '{}': kies md, html, json, besluit of alle", safe(name)))
    })
}

/// Run the `rapport` subcommand on a session or, detected by its content, a group file; with
/// `compare`, the report compares the gemeente with similar ones in that folder, without names.
pub fn run(
    session_path: &Path,
    format: &str,
    out: Option<&Path>,
    questionnaire: Option<&Path>,
    compare: Option<&Path>,
) -> Result<(), Failure> {
    let selection = parse_formats(format)?;
    if let Ok(bytes) = group::file::read_limited(session_path, group::file::MAX_GROUP_BYTES, "groepsbestand")
        && group::detect(&bytes) == group::FileKind::Group
    {
        return run_group(&bytes, session_path, &selection, out, (questionnaire, compare));
    }
    let session = session::load(session_path)?;
    let questionnaire =
        questionnaire_for((&session.questionnaire, &session.questionnaire_version), session_path, questionnaire)?;
    let formats = &selection.report;
    let renderer =
        Renderer::load_for(crate::report::user_templates_dir().as_deref(), formats).map_err(|e| report_failure(&e))?;
    // A groepssessie (a session with votes) gets the group report, and the group's draft decision.
    let source = session_path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let rows = compare.map(|dir| super::overzicht::comparison_rows(dir, &questionnaire));
    let comparison = comparison(&questionnaire, rows.as_deref());
    let outputs = crate::report::groep::build_session(
        &renderer,
        &questionnaire,
        &session,
        &source,
        formats,
        comparison.as_ref().map(|c| c as crate::report::Comparison<'_>),
    )
    .map_err(|e| report_failure(&e))?;
    let drafts = if selection.besluit.is_empty() {
        Vec::new()
    } else if session.has_votes() {
        let group = group::Group::from_group_session(&session, &source);
        let report = crate::report::groep::GroupReport::new(&questionnaire, &group);
        let draft = besluit::besluit_groep(&report, &questionnaire);
        render_besluit(&draft, &report.analysis.date, &selection.besluit)?
    } else {
        let analysis = crate::analysis::analyse(&questionnaire, &session);
        let draft = besluit::besluit(&analysis, &questionnaire, &session);
        render_besluit(&draft, &analysis.date, &selection.besluit)?
    };
    write(&outputs, &drafts, session_path, out)
}

/// The report's comparison section (`--vergelijk`) against the overview rows of a folder.
fn comparison<'a>(
    questionnaire: &'a Questionnaire,
    rows: Option<&'a [crate::overview::Row]>,
) -> Option<impl Fn(&session::Session, &crate::analysis::Analysis) -> serde_json::Value + 'a> {
    rows.map(|rows| {
        move |s: &session::Session, a: &crate::analysis::Analysis| {
            crate::overview::compare::context(questionnaire, s, a, rows)
        }
    })
}

/// The ontwerpbeslissing in `kinds`, with the user's templates.
fn render_besluit(draft: &besluit::Besluit, date: &str, kinds: &[Kind]) -> Result<Vec<(Kind, Vec<u8>)>, Failure> {
    let templates =
        besluit::Templates::load(crate::report::user_templates_dir().as_deref()).map_err(|e| report_failure(&e))?;
    templates.render_all(draft, date, kinds).map_err(|e| report_failure(&e))
}

/// The group report: the group file loaded with the same care as a session, then the consensus
/// analysis and the `groep` sections.
fn run_group(
    bytes: &[u8],
    path: &Path,
    selection: &Selection,
    out: Option<&Path>,
    (questionnaire, compare): (Option<&Path>, Option<&Path>),
) -> Result<(), Failure> {
    let formats = &selection.report;
    // The message may quote the file (an unknown value): made safe for the terminal.
    let group = group::file::from_bytes(bytes, path).map_err(|p| {
        Failure::new(
            exit::INVALID,
            crate::display::terminal_text(&session::LoadError::Invalid(p).to_string()).into_owned(),
        )
    })?;
    let questionnaire = questionnaire_for((&group.questionnaire, &group.questionnaire_version), path, questionnaire)?;
    let renderer =
        Renderer::load_for(crate::report::user_templates_dir().as_deref(), formats).map_err(|e| report_failure(&e))?;
    let rows = compare.map(|dir| super::overzicht::comparison_rows(dir, &questionnaire));
    let comparison = comparison(&questionnaire, rows.as_deref());
    let outputs = crate::report::groep::build_compared(
        &renderer,
        &questionnaire,
        &group,
        formats,
        comparison.as_ref().map(|c| c as crate::report::Comparison<'_>),
    )
    .map_err(|e| report_failure(&e))?;
    let drafts = if selection.besluit.is_empty() {
        Vec::new()
    } else {
        let report = crate::report::groep::GroupReport::new(&questionnaire, &group);
        let draft = besluit::besluit_groep(&report, &questionnaire);
        render_besluit(&draft, &report.analysis.date, &selection.besluit)?
    };
    write(&outputs, &drafts, path, out)
}

/// One report format without `-o` to standard output; otherwise files named after the input: the
/// report as `<stem>.<ext>`, the ontwerpbeslissing as `<stem>-besluit.<ext>`.
fn write(
    outputs: &[(Format, String)],
    drafts: &[(Kind, Vec<u8>)],
    session_path: &Path,
    out: Option<&Path>,
) -> Result<(), Failure> {
    if let ([(_, text)], [], None) = (outputs, drafts, out) {
        return super::print_out(text);
    }
    let stem = session_path.file_stem().map_or_else(|| "rapport".into(), |s| s.to_string_lossy().into_owned());
    let several = outputs.len() + drafts.len() > 1;
    let files = outputs
        .iter()
        .map(|(format, text)| (format!("{stem}.{}", format.extension()), text.as_bytes()))
        .chain(drafts.iter().map(|(kind, bytes)| (kind.file_name(&stem), bytes.as_slice())));
    for (name, bytes) in files {
        let path = target(out, name, several);
        crate::fsutil::save_shared(&path, bytes)?;
        eprintln!("{}", crate::strings::report_file_written(&path));
    }
    Ok(())
}

/// Where one file goes: into a directory (several files, or an existing directory), or the file.
fn target(out: Option<&Path>, name: String, several: bool) -> PathBuf {
    match out {
        None => PathBuf::from(name),
        Some(p) if several || p.is_dir() => p.join(name),
        Some(p) => p.to_path_buf(),
    }
}

/// The questionnaire `(id, version)` a session or group file records: `--vragenlijst` if given, else
/// by its id. A missing one is named with the file it was looked for in.
fn questionnaire_for(
    (id, version): (&str, &str),
    session_path: &Path,
    explicit: Option<&Path>,
) -> Result<Questionnaire, Failure> {
    if let Some(path) = explicit {
        let q = embedded::load_questionnaire_file(path)?;
        if q.id != id {
            eprintln!(
                "let op: de sessie hoort bij vragenlijst '{}', u gebruikt '{}' ({}); antwoorden zonder vraag komen in de bijlage.",
                terminal_line(id),
                terminal_line(&q.id),
                path.display()
            );
        }
        return Ok(q);
    }
    embedded::questionnaire(id).map_err(|e| match e {
        QuestionnaireError::NotFound(id) => {
            let id = safe(&id);
            let expected = crate::paths::questionnaires_dir()
                .map_or_else(|_| format!("vragenlijsten/{id}.toml"), |d| d.join(format!("{id}.toml")).display().to_string());
            Failure::new(
                exit::INVALID,
                format!(
                    "de sessie {} gebruikt vragenlijst '{id}' (versie {}), maar die is niet ingebouwd en niet gevonden als {expected}\n    tip: zet de vragenlijst in dat bestand, of geef ze op met --vragenlijst PAD.",
                    session_path.display(),
                    safe(version)
                ),
            )
        }
        other => Failure::from(other),
    })
}

fn report_failure(e: &ReportError) -> Failure {
    let code = match e {
        ReportError::Io(_) => exit::IO,
        _ => exit::INVALID,
    };
    Failure::new(code, e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_in_dutch_and_english() {
        let all = parse_formats("alle").unwrap();
        assert_eq!((all.report, all.besluit), (Format::ALL.to_vec(), Kind::ALL.to_vec()));
        assert_eq!(parse_formats("MD").unwrap().report, vec![Format::Markdown]);
        assert!(parse_formats("html").unwrap().besluit.is_empty());
        let draft = parse_formats(" Besluit ").unwrap();
        assert_eq!((draft.report, draft.besluit), (Vec::new(), Kind::ALL.to_vec()));
        let err = parse_formats("pdf").unwrap_err();
        assert_eq!(err.code, exit::USAGE);
        assert!(err.message.contains("pdf") && err.message.contains("besluit"));
    }

    #[test]
    fn targets() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(target(None, "s.html".into(), false), PathBuf::from("s.html"));
        assert_eq!(target(Some(dir.path()), "s.json".into(), false), dir.path().join("s.json"));
        assert_eq!(target(Some(Path::new("x/r.md")), "s.md".into(), false), PathBuf::from("x/r.md"));
        assert_eq!(target(Some(Path::new("uit")), "s.md".into(), true), PathBuf::from("uit/s.md"));
        assert_eq!(
            target(Some(Path::new("uit")), Kind::Docx.file_name("s"), true),
            PathBuf::from("uit/s-besluit.docx")
        );
    }
}
