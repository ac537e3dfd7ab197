//! `regiewijzer samenvoegen A.toml B.toml … | MAP [-o groep.toml]`: read the respondents' sessions
//! of one gemeente, merge them into a new group file, name every file left out and why. Sessions of
//! different gemeenten are refused as a whole. The inputs are only read; an existing output file is
//! never overwritten. Text from the files is made safe for the terminal by [`safe`].

use std::path::{Path, PathBuf};

use super::{Failure, exit};
use crate::display::{safe, terminal_text};
use crate::group::{self, GroupFile, MergeError, Skip, Skipped};
use crate::session::LoadError;
use crate::strings::groep as s;

/// Run the `samenvoegen` subcommand.
pub fn run(paths: &[PathBuf], out: Option<&Path>, questionnaire: Option<&Path>) -> Result<(), Failure> {
    let (inputs, mut skipped) = group::read_inputs(paths);
    let merged = match group::merge(inputs) {
        Ok(m) => m,
        Err(MergeError::Gemeenten { gemeenten }) => {
            warn(&skipped);
            let lines: Vec<(String, Vec<String>)> =
                gemeenten.iter().map(|(g, files)| (safe(g), files.iter().map(|f| safe_path(f)).collect())).collect();
            return Err(Failure::new(exit::INVALID, s::different_gemeenten(&lines)));
        }
        Err(MergeError::NoSessions { skipped: more }) => {
            skipped.extend(more);
            warn(&skipped);
            return Err(Failure::new(exit::INVALID, s::NO_SESSIONS));
        }
    };
    skipped.extend(merged.skipped);
    warn(&skipped);
    let group = merged.group;
    if group.members.len() < 2 {
        let only = group.members.first().map(group::Member::label).unwrap_or_default();
        return Err(Failure::new(exit::INVALID, s::too_few(&safe(&only))));
    }
    let path = output_path(out, &group.gemeente)?;
    let file = GroupFile::create(&path, group).map_err(|e| match e {
        LoadError::Io(io) if io.source.kind() == std::io::ErrorKind::AlreadyExists => {
            Failure::new(exit::IO, s::output_exists(&safe_path(&path)))
        }
        other => Failure::from(other),
    })?;
    report(file.group(), &path, questionnaire);
    Ok(())
}

/// Where the group file goes: `-o` (a file, or a folder to put the default name in), else the
/// current folder; the default name is `<gemeente>-groep-<datum>.toml`, numbered if taken.
fn output_path(out: Option<&Path>, gemeente: &str) -> Result<PathBuf, Failure> {
    let today = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::system()).date();
    let (dir, explicit) = match out {
        Some(p) if p.is_dir() => (p.to_path_buf(), None),
        Some(p) => (PathBuf::new(), Some(p.to_path_buf())),
        None => (PathBuf::new(), None),
    };
    match explicit {
        Some(p) if p.exists() => Err(Failure::new(exit::IO, s::output_exists(&safe_path(&p)))),
        Some(p) => Ok(p),
        None => Ok(crate::session::new_session_path(&dir, &format!("{gemeente} groep"), today)),
    }
}

fn warn(skipped: &[Skipped]) {
    for item in skipped {
        eprintln!("{}", skip_message(item));
    }
}

/// The warning for a file left out.
pub(super) fn skip_message(item: &Skipped) -> String {
    skip_message_for(&safe_path(&item.path), &item.reason)
}

/// The warning for what `path` (already made safe; "een respondent in …" for one member of a
/// group file) names, left out for `reason`.
pub(super) fn skip_message_for(path: &str, reason: &Skip) -> String {
    let path = path.to_string();
    match reason {
        Skip::NotASession(problem) => s::skipped_not_a_session(&terminal_text(problem)),
        Skip::GroupFile => s::skipped_group_file(&path),
        Skip::OtherVersion { found, expected } => s::skipped_other_version(
            &path,
            (&safe(&found.0), &safe(&found.1)),
            (&safe(&expected.0), &safe(&expected.1)),
        ),
        Skip::SameRespondent { kept } => s::skipped_same_respondent(&path, &safe_path(kept)),
    }
}

/// The summary on standard output: who is in the group, how much diverges, what to do next.
fn report(group: &group::Group, path: &Path, questionnaire: Option<&Path>) {
    let shown = safe_path(path);
    println!("{}", s::merged(group.members.len(), &safe(&group.gemeente), &shown));
    for m in &group.members {
        println!("{}", s::merged_member(&safe(&m.label()), &safe(&m.source)));
    }
    let loaded = match questionnaire {
        Some(p) => crate::embedded::load_questionnaire_file(p),
        None => crate::embedded::questionnaire(&group.questionnaire),
    };
    if let Ok(q) = loaded {
        let consensus = group::consensus(&q, group);
        let analysis = crate::analysis::analyse(&q, &consensus.session);
        let (agenda, rest) = group::agenda(&q, &consensus, &analysis);
        println!("{}", s::divergent(agenda.len() + rest, agenda.len()));
    }
    println!("{}", s::next_step(&shown));
}

pub(super) fn safe_path(path: &Path) -> String {
    safe(&path.display().to_string())
}
