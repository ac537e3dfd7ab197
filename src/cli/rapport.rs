//! `regiewijzer rapport SESSIE.toml [--formaat md|html|json|alle] [-o PAD]`: load the session and
//! its questionnaire, analyse, render, write. One format without `-o` goes to standard output; `alle`
//! writes `<sessie>.md`, `.html` and `.json` into `-o PAD` (a directory) or the current directory.

use std::path::{Path, PathBuf};

use super::samenvoegen::{safe, safe_lines};
use super::{Failure, exit};
use crate::embedded::{self, QuestionnaireError};
use crate::group;
use crate::questionnaire::Questionnaire;
use crate::report::{Format, Renderer, ReportError};
use crate::session;

/// Which formats `--formaat` asks for.
pub fn parse_formats(name: &str) -> Result<Vec<Format>, Failure> {
    if matches!(name.trim().to_ascii_lowercase().as_str(), "alle" | "all") {
        return Ok(Format::ALL.to_vec());
    }
    Format::from_name(name)
        .map(|f| vec![f])
        .ok_or_else(|| Failure::new(exit::USAGE, format!("onbekend formaat '{name}': kies md, html, json of alle")))
}

/// Run the `rapport` subcommand on a session or, detected by its content, a group file.
pub fn run(session_path: &Path, format: &str, out: Option<&Path>, questionnaire: Option<&Path>) -> Result<(), Failure> {
    let formats = parse_formats(format)?;
    if let Ok(bytes) = group::file::read_limited(session_path, group::file::MAX_GROUP_BYTES, "groepsbestand")
        && group::detect(&bytes) == group::FileKind::Group
    {
        return run_group(&bytes, session_path, &formats, out, questionnaire);
    }
    let session = session::load(session_path)?;
    let questionnaire =
        questionnaire_for((&session.questionnaire, &session.questionnaire_version), session_path, questionnaire)?;
    let renderer =
        Renderer::load_for(crate::report::user_templates_dir().as_deref(), &formats).map_err(|e| report_failure(&e))?;
    // A groepssessie (a session with votes) gets the group report.
    let source = session_path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let outputs = crate::report::groep::build_session(&renderer, &questionnaire, &session, &source, &formats)
        .map_err(|e| report_failure(&e))?;
    write(&outputs, session_path, out)
}

/// The group report: the group file loaded with the same care as a session, then the consensus
/// analysis and the `groep` sections.
fn run_group(
    bytes: &[u8],
    path: &Path,
    formats: &[Format],
    out: Option<&Path>,
    questionnaire: Option<&Path>,
) -> Result<(), Failure> {
    // The message may quote the file (an unknown value): made safe for the terminal.
    let group = group::file::from_bytes(bytes, path)
        .map_err(|p| Failure::new(exit::INVALID, safe_lines(&session::LoadError::Invalid(p).to_string())))?;
    let questionnaire = questionnaire_for((&group.questionnaire, &group.questionnaire_version), path, questionnaire)?;
    let renderer =
        Renderer::load_for(crate::report::user_templates_dir().as_deref(), formats).map_err(|e| report_failure(&e))?;
    let outputs =
        crate::report::groep::build(&renderer, &questionnaire, &group, formats).map_err(|e| report_failure(&e))?;
    write(&outputs, path, out)
}

/// One format without `-o` to standard output; otherwise files named after the input.
fn write(outputs: &[(Format, String)], session_path: &Path, out: Option<&Path>) -> Result<(), Failure> {
    if let ([(_, text)], None) = (outputs, out) {
        print!("{text}");
        return Ok(());
    }
    let stem = session_path.file_stem().map_or_else(|| "rapport".into(), |s| s.to_string_lossy().into_owned());
    for (format, text) in outputs {
        let path = target(out, &stem, *format, outputs.len() > 1);
        crate::fsutil::save_shared(&path, text.as_bytes())?;
        eprintln!("{}", crate::strings::report_file_written(&path));
    }
    Ok(())
}

/// Where one format goes: into a directory (several formats, or an existing directory), or the file.
fn target(out: Option<&Path>, stem: &str, format: Format, several: bool) -> PathBuf {
    let name = format!("{stem}.{}", format.extension());
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
                safe(id),
                q.id,
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
        assert_eq!(parse_formats("alle").unwrap(), Format::ALL.to_vec());
        assert_eq!(parse_formats("MD").unwrap(), vec![Format::Markdown]);
        assert_eq!(parse_formats("html").unwrap(), vec![Format::Html]);
        let err = parse_formats("pdf").unwrap_err();
        assert_eq!(err.code, exit::USAGE);
        assert!(err.message.contains("pdf"));
    }

    #[test]
    fn targets() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(target(None, "s", Format::Html, false), PathBuf::from("s.html"));
        assert_eq!(target(Some(dir.path()), "s", Format::Json, false), dir.path().join("s.json"));
        assert_eq!(target(Some(Path::new("x/r.md")), "s", Format::Markdown, false), PathBuf::from("x/r.md"));
        assert_eq!(target(Some(Path::new("uit")), "s", Format::Markdown, true), PathBuf::from("uit/s.md"));
    }
}
