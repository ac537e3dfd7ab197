//! From files to a [`Group`]: [`read_inputs`] reads the files and folders `samenvoegen` is given
//! (only `*.toml` in a folder; size and file type never trusted; a group file or a file that is not
//! a session is skipped with its reason), and [`merge`] combines loaded sessions of one gemeente:
//! sessions of another questionnaire (version) and second files of the same respondent are skipped
//! with their reason, sessions of different gemeenten are refused. Nothing here writes a file, so a
//! merge never changes its inputs.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use super::file::{FileKind, MAX_SESSION_BYTES, detect, read_limited};
use super::{Group, Member, role_rank, texts};
use crate::session::{self, Session, slug};

/// A loaded session and the file it came from.
#[derive(Debug, Clone)]
pub struct Input {
    /// The file as given (or as found in a folder).
    pub path: PathBuf,
    /// Its session.
    pub session: Session,
}

/// Why a file was left out of the merge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// Not a (readable, valid) session: the loader's message, with file, line and column.
    NotASession(String),
    /// A group file, not one respondent's session.
    GroupFile,
    /// A session of another questionnaire or questionnaire version than the rest.
    OtherVersion {
        /// Its questionnaire id and version.
        found: (String, String),
        /// The questionnaire id and version of the merge.
        expected: (String, String),
    },
    /// A second file of a respondent already in the merge (the newest file is kept).
    SameRespondent {
        /// The file that was kept.
        kept: PathBuf,
    },
}

/// A file left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The file.
    pub path: PathBuf,
    /// The reason.
    pub reason: Skip,
}

/// Why no group could be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// The sessions belong to different gemeenten: refused as a whole.
    #[error("de sessies horen bij verschillende gemeenten")]
    Gemeenten {
        /// Each gemeente (as typed) with its files.
        gemeenten: Vec<(String, Vec<PathBuf>)>,
    },
    /// Nothing usable is left.
    #[error("geen bruikbare sessies")]
    NoSessions {
        /// What was skipped on the way.
        skipped: Vec<Skipped>,
    },
}

/// The result of a merge: the group and the files left out.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The group, members bestuur first.
    pub group: Group,
    /// Files left out, with their reasons, in input order.
    pub skipped: Vec<Skipped>,
}

/// Read `paths` (files, or folders whose `*.toml` files are read, in name order; hidden files are
/// ignored). The same file named twice is read once. Returns the sessions and the files skipped.
pub fn read_inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<Skipped>) {
    let mut inputs = Vec::new();
    let mut skipped = Vec::new();
    let mut seen = HashSet::new();
    for path in paths.iter().flat_map(|p| expand(p)) {
        let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if !seen.insert(key) {
            continue;
        }
        match read_session(&path) {
            Ok(session) => inputs.push(Input { path, session }),
            Err(reason) => skipped.push(Skipped { path, reason }),
        }
    }
    (inputs, skipped)
}

/// A folder becomes its `*.toml` files (sorted, hidden ones left out); anything else stays as given.
pub(crate) fn expand(path: &Path) -> Vec<PathBuf> {
    if !path.is_dir() {
        return vec![path.to_path_buf()];
    }
    let Ok(read) = std::fs::read_dir(path) else { return vec![path.to_path_buf()] };
    let mut files: Vec<PathBuf> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("toml")))
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    files.sort();
    files
}

fn read_session(path: &Path) -> Result<Session, Skip> {
    let bytes =
        read_limited(path, MAX_SESSION_BYTES, texts::SESSION_FILE).map_err(|e| Skip::NotASession(e.to_string()))?;
    if detect(&bytes) == FileKind::Group {
        return Err(Skip::GroupFile);
    }
    session::from_bytes(&bytes, path).map_err(|p| Skip::NotASession(p.to_string()))
}

/// Merge the sessions of one gemeente into a group. Gemeenten are compared by their slug, so
/// "Sint-Niklaas" and "sint niklaas" are one gemeente; two different ones refuse the whole merge.
/// The questionnaire and version most sessions share is kept (a tie goes to the newest version);
/// the others are skipped. A respondent with two files (same name, or an anonymous copy with the
/// same role and start time) keeps the most recently changed one. One session is enough for a
/// group (an overview merges every gemeente, however many respondents it has).
pub fn merge(inputs: Vec<Input>) -> Result<Merged, MergeError> {
    check_gemeente(&inputs)?;
    let mut skipped = Vec::new();
    let inputs = keep_one_version(inputs, &mut skipped);
    let inputs = keep_one_per_respondent(inputs, &mut skipped);
    if inputs.is_empty() {
        return Err(MergeError::NoSessions { skipped });
    }
    Ok(Merged { group: group_of(inputs), skipped })
}

fn check_gemeente(inputs: &[Input]) -> Result<(), MergeError> {
    let mut by_slug: BTreeMap<String, (String, Vec<PathBuf>)> = BTreeMap::new();
    for input in inputs {
        let name = &input.session.respondent.gemeente;
        by_slug.entry(slug(name)).or_insert_with(|| (name.clone(), Vec::new())).1.push(input.path.clone());
    }
    if by_slug.len() > 1 {
        return Err(MergeError::Gemeenten { gemeenten: by_slug.into_values().collect() });
    }
    Ok(())
}

fn keep_one_version(inputs: Vec<Input>, skipped: &mut Vec<Skipped>) -> Vec<Input> {
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for input in &inputs {
        *counts.entry(version_of(&input.session)).or_default() += 1;
    }
    let Some(expected) = counts
        .iter()
        .max_by(|(a, na), (b, nb)| na.cmp(nb).then_with(|| compare_versions(&a.1, &b.1)).then_with(|| b.0.cmp(&a.0)))
        .map(|(k, _)| k.clone())
    else {
        return inputs;
    };
    let (keep, other): (Vec<Input>, Vec<Input>) = inputs.into_iter().partition(|i| version_of(&i.session) == expected);
    skipped.extend(other.into_iter().map(|i| Skipped {
        reason: Skip::OtherVersion { found: version_of(&i.session), expected: expected.clone() },
        path: i.path,
    }));
    keep
}

fn version_of(s: &Session) -> (String, String) {
    (s.questionnaire.clone(), s.questionnaire_version.clone())
}

/// Compare `1.10.0` and `1.9.2` by their numbers.
pub(crate) fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    let parts = |v: &str| v.split('.').map(|p| p.trim().parse::<u64>().unwrap_or(0)).collect::<Vec<_>>();
    parts(a).cmp(&parts(b))
}

/// Who a session belongs to: the name (case and spacing ignored), or for an anonymous session its
/// role and start time (a copy of the same file).
fn respondent_key(s: &Session) -> String {
    let name = s.respondent.name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    if name.is_empty() { format!("anoniem:{}:{}", s.respondent.role.id(), s.created) } else { format!("naam:{name}") }
}

fn keep_one_per_respondent(inputs: Vec<Input>, skipped: &mut Vec<Skipped>) -> Vec<Input> {
    let keys: Vec<String> = inputs.iter().map(|i| respondent_key(&i.session)).collect();
    let mut best: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, key) in keys.iter().enumerate() {
        match best.get(key.as_str()) {
            Some(&j) if inputs[j].session.updated >= inputs[i].session.updated => {}
            _ => {
                best.insert(key, i);
            }
        }
    }
    let kept: Vec<usize> = keys.iter().map(|k| best[k.as_str()]).collect();
    let kept_paths: Vec<PathBuf> = kept.iter().map(|&j| inputs[j].path.clone()).collect();
    let mut out = Vec::with_capacity(best.len());
    for (i, input) in inputs.into_iter().enumerate() {
        if kept[i] == i {
            out.push(input);
        } else {
            skipped.push(Skipped { path: input.path, reason: Skip::SameRespondent { kept: kept_paths[i].clone() } });
        }
    }
    out
}

fn group_of(inputs: Vec<Input>) -> Group {
    let gemeente = most_common(inputs.iter().map(|i| i.session.respondent.gemeente.trim().to_string()));
    let first = &inputs[0].session;
    let (questionnaire, questionnaire_version) = version_of(first);
    let mut members: Vec<Member> = inputs
        .into_iter()
        .map(|i| Member {
            source: i
                .path
                .file_name()
                .map_or_else(|| i.path.display().to_string(), |n| n.to_string_lossy().into_owned()),
            session: i.session,
        })
        .collect();
    members.sort_by(|a, b| {
        let key = |m: &Member| (role_rank(m.session.respondent.role), m.session.respondent.name.to_lowercase());
        key(a).cmp(&key(b)).then_with(|| a.source.cmp(&b.source))
    });
    let now = jiff::Timestamp::now();
    Group {
        questionnaire,
        questionnaire_version,
        gemeente,
        created: now,
        updated: now,
        members,
        decisions: BTreeMap::new(),
    }
}

/// The most frequent value; a tie goes to the one seen first.
fn most_common(values: impl Iterator<Item = String>) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for v in values {
        match counts.iter_mut().find(|(x, _)| *x == v) {
            Some((_, n)) => *n += 1,
            None => counts.push((v, 1)),
        }
    }
    let max = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    counts.into_iter().find(|(_, n)| *n == max).map(|(v, _)| v).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{Mode, Respondent, Role};

    fn session(gemeente: &str, name: &str, role: Role, version: &str, updated: &str) -> Session {
        let t: jiff::Timestamp = "2026-10-01T09:00:00Z".parse().unwrap();
        Session {
            questionnaire: "vvsg-4p".into(),
            questionnaire_version: version.into(),
            mode: Mode::Volledig,
            respondent: Respondent { gemeente: gemeente.into(), name: name.into(), role },
            created: t,
            updated: updated.parse().unwrap(),
            entries: BTreeMap::new(),
        }
    }

    fn input(name: &str, s: Session) -> Input {
        Input { path: PathBuf::from(name), session: s }
    }

    const T1: &str = "2026-10-02T09:00:00Z";
    const T2: &str = "2026-10-03T09:00:00Z";

    #[test]
    fn members_come_bestuur_first_and_the_gemeente_as_most_typed_it() {
        let merged = merge(vec![
            input("p.toml", session("netevelde", "Piet", Role::Partnerorganisatie, "1.0.0", T1)),
            input("a.toml", session("Netevelde", "An", Role::Integratieambtenaar, "1.0.0", T1)),
            input("s.toml", session("Netevelde ", "Sofie", Role::Schepen, "1.0.0", T1)),
        ])
        .unwrap();
        let roles: Vec<Role> = merged.group.members.iter().map(|m| m.session.respondent.role).collect();
        assert_eq!(roles, [Role::Schepen, Role::Integratieambtenaar, Role::Partnerorganisatie]);
        assert_eq!(merged.group.gemeente, "Netevelde");
        assert!(merged.skipped.is_empty());
    }

    #[test]
    fn different_gemeenten_are_refused_with_their_files() {
        let err = merge(vec![
            input("a.toml", session("Netevelde", "An", Role::Schepen, "1.0.0", T1)),
            input("b.toml", session("Bergelen", "Bo", Role::Schepen, "1.0.0", T1)),
        ])
        .unwrap_err();
        let MergeError::Gemeenten { gemeenten } = err else { panic!("{err:?}") };
        assert_eq!(gemeenten.len(), 2);
        assert!(gemeenten.iter().any(|(g, files)| g == "Bergelen" && files == &[PathBuf::from("b.toml")]));
    }

    #[test]
    fn the_version_most_share_wins_and_a_tie_goes_to_the_newest() {
        let merged = merge(vec![
            input("a.toml", session("N", "A", Role::Schepen, "1.0.0", T1)),
            input("b.toml", session("N", "B", Role::Schepen, "0.9.0", T1)),
            input("c.toml", session("N", "C", Role::Schepen, "1.0.0", T1)),
        ])
        .unwrap();
        assert_eq!(merged.group.questionnaire_version, "1.0.0");
        assert_eq!(merged.skipped.len(), 1);
        assert!(matches!(&merged.skipped[0].reason, Skip::OtherVersion { found, .. } if found.1 == "0.9.0"));
        let merged = merge(vec![
            input("a.toml", session("N", "A", Role::Schepen, "1.9.0", T1)),
            input("b.toml", session("N", "B", Role::Schepen, "1.10.0", T1)),
        ])
        .unwrap();
        assert_eq!(merged.group.questionnaire_version, "1.10.0");
    }

    #[test]
    fn the_same_respondent_twice_keeps_the_newest_file() {
        let merged = merge(vec![
            input("oud.toml", session("N", "An  Peeters", Role::Schepen, "1.0.0", T1)),
            input("nieuw.toml", session("N", "an peeters", Role::Schepen, "1.0.0", T2)),
            input("anon1.toml", session("N", "", Role::Partnerorganisatie, "1.0.0", T1)),
            input("anon2.toml", session("N", "", Role::Diensthoofd, "1.0.0", T1)),
        ])
        .unwrap();
        assert_eq!(merged.group.members.len(), 3, "two anonymous respondents with other roles are two people");
        assert_eq!(
            merged.skipped,
            vec![Skipped {
                path: PathBuf::from("oud.toml"),
                reason: Skip::SameRespondent { kept: PathBuf::from("nieuw.toml") }
            }]
        );
    }

    #[test]
    fn nothing_usable_is_an_error() {
        assert!(matches!(merge(vec![]), Err(MergeError::NoSessions { .. })));
    }
}
