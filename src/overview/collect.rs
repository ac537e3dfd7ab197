//! Reading an overview's inputs in two passes, so that memory stays flat however many files there
//! are. [`scan`] reads the head of every file (its first 2 KB, or all of it when the head
//! does not say; regular files only, at most [`MAX_GROUP_BYTES`]; a session over
//! [`MAX_SESSION_BYTES`] is refused) on every core and keeps only whose it is: the gemeente, the
//! questionnaire and version, the number of respondents, and which file it is (one file under two
//! names counts once). Files that are not a session or a group file, and files of another
//! questionnaire (version) than most, are named with their reason. [`rows`] then takes the
//! gemeenten one at a time (on every core): read its files whole, group files first (an unchanged
//! copy of a member counts once), merge them with the group core (a second file of the same
//! respondent is named and left out), apply the decisions of its group files, analyse the
//! consensus, keep the [`Row`], drop the sessions. Nothing here writes a file.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::{Row, row, scored_steps};
use crate::group::file::{FileKind, MAX_GROUP_BYTES, MAX_SESSION_BYTES, detect, read_head_into};
use crate::group::{self, Decision, Input, MergeError, Skip};
use crate::questionnaire::Questionnaire;
use crate::session::{self, slug};

/// Why a file (or a respondent in a group file) was left out of the overview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// As in a merge: not a session, another questionnaire version, the same respondent twice.
    Skip(Skip),
    /// One respondent in a group file, left out for `0` (the group file's other respondents count).
    Member(Skip),
    /// A respondent in a group file whose gemeente is not the group's.
    OtherGemeente {
        /// The respondent's gemeente.
        found: String,
        /// The group file's gemeente.
        expected: String,
    },
    /// A session file that is also, unchanged, a member of this group file, or a copy of the group
    /// file: it counts once, from the group file (which also carries the decisions of the meeting).
    InGroup {
        /// The group file.
        group: PathBuf,
    },
    /// The file changed between the two passes (another gemeente or questionnaire version now).
    Changed,
}

impl Reason {
    /// Whether the whole file was left out (not one respondent of a group file, not a copy that
    /// counts through its group file).
    pub fn whole_file(&self) -> bool {
        matches!(self, Reason::Skip(_) | Reason::Changed)
    }
}

/// A file left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The file.
    pub path: PathBuf,
    /// The reason.
    pub reason: Reason,
}

/// One usable file, as far as the overview needs to know it before loading it again.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileInfo {
    path: PathBuf,
    /// A group file (its members are read before the gemeente's session files).
    group: bool,
    slug: String,
    version: (String, String),
    respondents: usize,
}

/// What the first pass found: the usable files by gemeente, the questionnaire they share, and the
/// files left out.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    /// Usable files grouped by gemeente slug, gemeenten in the order first met.
    gemeenten: Vec<Vec<FileInfo>>,
    /// The questionnaire id and version of the overview (the one most respondents answered).
    pub questionnaire: Option<(String, String)>,
    /// Files left out so far, in input order.
    pub skipped: Vec<Skipped>,
    /// Files read.
    pub files: usize,
    /// Which files they are.
    keys: HashSet<FileKey>,
}

impl Scan {
    /// How many gemeenten the usable files belong to.
    pub fn gemeenten(&self) -> usize {
        self.gemeenten.len()
    }

    /// Whether `path` is one of the files read (however it is named).
    pub fn has_read(&self, path: &Path) -> bool {
        let canonical = || FileKey::Path(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()));
        path.exists() && (self.keys.contains(&file_key(path)) || self.keys.contains(&canonical()))
    }
}

/// The first pass over `paths` (files, or folders whose `*.toml` files are read, hidden ones left
/// out; the same file named twice counts once).
pub fn scan(paths: &[PathBuf]) -> Scan {
    let files: Vec<PathBuf> = paths.iter().flat_map(|p| group::collect::expand(p)).collect();
    // Which file each name is comes with the read (on every core), not from a `stat` of each path
    // first; the same file under a second name is then left out here.
    let read = parallel(&files, |path| read_info(path));
    let mut scan = Scan::default();
    let mut usable = Vec::new();
    for (path, (key, result)) in files.into_iter().zip(read) {
        if !scan.keys.insert(key) {
            continue;
        }
        scan.files += 1;
        match result {
            Ok(info) => usable.push(info),
            Err(reason) => scan.skipped.push(Skipped { path, reason: Reason::Skip(reason) }),
        }
    }
    let Some(expected) = majority(&usable) else { return scan };
    let mut index: HashMap<String, usize> = HashMap::new();
    for info in usable {
        if info.version != expected {
            let reason = Skip::OtherVersion { found: info.version.clone(), expected: expected.clone() };
            scan.skipped.push(Skipped { path: info.path, reason: Reason::Skip(reason) });
            continue;
        }
        let next = scan.gemeenten.len();
        let at = *index.entry(info.slug.clone()).or_insert(next);
        if at == next {
            scan.gemeenten.push(Vec::new());
        }
        scan.gemeenten[at].push(info);
    }
    scan.questionnaire = Some(expected);
    scan
}

/// What tells two names of one file apart from two files: the device and inode where there are
/// (one `stat`, where resolving the path costs a system call per component), else the canonical
/// path, else the path as given (a file that cannot be read is named once for each name).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FileKey {
    /// Device and inode.
    Inode(u64, u64),
    /// A path.
    Path(PathBuf),
}

/// The [`FileKey`] of `path` (links followed).
pub fn file_key(path: &Path) -> FileKey {
    key_of(path, std::fs::metadata(path).ok().as_ref())
}

/// The [`FileKey`] of `path`, whose metadata (links followed) is `meta` when known.
fn key_of(path: &Path, meta: Option<&std::fs::Metadata>) -> FileKey {
    #[cfg(unix)]
    if let Some(meta) = meta {
        use std::os::unix::fs::MetadataExt;
        return FileKey::Inode(meta.dev(), meta.ino());
    }
    #[cfg(not(unix))]
    let _ = meta;
    FileKey::Path(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

/// The questionnaire and version most respondents answered; a tie goes to the newest version.
fn majority(files: &[FileInfo]) -> Option<(String, String)> {
    let mut counts: BTreeMap<&(String, String), usize> = BTreeMap::new();
    for f in files {
        *counts.entry(&f.version).or_default() += f.respondents;
    }
    counts
        .into_iter()
        .max_by(|(a, na), (b, nb)| {
            na.cmp(nb).then_with(|| group::collect::compare_versions(&a.1, &b.1)).then_with(|| b.0.cmp(&a.0))
        })
        .map(|(k, _)| k.clone())
}

/// How much of a file the first pass reads: whose a session is stands in its first lines (the
/// comment, the top keys and `[respondent]` take under 1.2 KB in every fixture).
const HEAD: u64 = 2048;

/// Read one file for the first pass: only its head when that says whose session it is (the second
/// pass reads the whole file and checks that it still says so), else the whole file. With it,
/// which file it is.
fn read_info(path: &Path) -> (FileKey, Result<FileInfo, Skip>) {
    thread_local! {
        /// One buffer per thread for the heads (thousands of small reads).
        static HEAD_BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let head = HEAD_BUFFER.with_borrow_mut(|buf| {
        match read_head_into(path, HEAD, MAX_SESSION_BYTES, group::texts::SESSION_FILE, buf) {
            Ok(meta) => Ok(session_head(path, buf).map(|info| (key_of(path, Some(&meta)), info))),
            // Too large for a session, or not a regular file: the whole read below says which.
            Err(session::LoadError::Invalid(_)) => Ok(None),
            Err(e) => Err(Skip::NotASession(e.to_string())),
        }
    });
    match head {
        Ok(Some((key, info))) => (key, Ok(info)),
        Ok(None) => {
            let mut bytes = Vec::new();
            match read(path, &mut bytes) {
                Ok(meta) => (key_of(path, Some(&meta)), whose(path, &bytes)),
                Err(skip) => (key_of(path, None), Err(skip)),
            }
        }
        Err(skip) => (key_of(path, None), Err(skip)),
    }
}

/// Whose session or group file `bytes` (all of `path`) is.
fn whose(path: &Path, bytes: &[u8]) -> Result<FileInfo, Skip> {
    match detect(bytes) {
        FileKind::Session => {
            let s = session::from_bytes(bytes, path).map_err(|p| Skip::NotASession(p.to_string()))?;
            Ok(FileInfo {
                path: path.to_path_buf(),
                group: false,
                slug: slug(&s.respondent.gemeente),
                version: (s.questionnaire, s.questionnaire_version),
                respondents: 1,
            })
        }
        FileKind::Group => {
            let g = group::file::from_bytes(bytes, path).map_err(|p| Skip::NotASession(p.to_string()))?;
            Ok(FileInfo {
                path: path.to_path_buf(),
                group: true,
                slug: slug(&g.gemeente),
                version: (g.questionnaire, g.questionnaire_version),
                respondents: g.members.len(),
            })
        }
    }
}

/// Whose session `head` (the first [`HEAD`] bytes of `path`, or all of it) is, when its whole lines
/// say so in the plain subset and it is no group file.
fn session_head(path: &Path, head: &[u8]) -> Option<FileInfo> {
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).ok()?,
    };
    // A head cut off: only its whole lines.
    let text = if head.len() as u64 >= HEAD { &text[..=text.rfind('\n')?] } else { text };
    if text.contains("group_format") {
        return None;
    }
    let (questionnaire, version, gemeente) = session::fast::header(text)?;
    Some(FileInfo {
        path: path.to_path_buf(),
        group: false,
        slug: slug(&gemeente),
        version: (questionnaire, version),
        respondents: 1,
    })
}

/// The bytes of a session or group file into `bytes`: a regular file, at most
/// [`MAX_GROUP_BYTES`], and a session at most [`MAX_SESSION_BYTES`].
fn read(path: &Path, bytes: &mut Vec<u8>) -> Result<std::fs::Metadata, Skip> {
    let meta = read_head_into(path, MAX_GROUP_BYTES, MAX_GROUP_BYTES, group::texts::SESSION_FILE, bytes)
        .map_err(|e| Skip::NotASession(e.to_string()))?;
    if bytes.len() as u64 > MAX_SESSION_BYTES && detect(bytes) == FileKind::Session {
        let problem = crate::error::Problem::new(
            path,
            crate::error::Position::START,
            group::texts::too_large(group::texts::SESSION_FILE, MAX_SESSION_BYTES),
            group::texts::HINT_FILE,
        );
        return Err(Skip::NotASession(session::LoadError::Invalid(problem).to_string()));
    }
    Ok(meta)
}

/// The second pass: one row per gemeente of `scan` (in the scan's order), analysed with
/// `questionnaire`, and the files left out on the way (those of the scan first).
pub fn rows(scan: &Scan, questionnaire: &Questionnaire) -> (Vec<Row>, Vec<Skipped>) {
    let steps = scored_steps(questionnaire);
    let results = parallel(&scan.gemeenten, |files| gemeente_row(files, questionnaire, &steps));
    let mut skipped = scan.skipped.clone();
    let mut rows = Vec::with_capacity(results.len());
    for (row, more) in results {
        rows.extend(row);
        skipped.extend(more);
    }
    (rows, skipped)
}

/// Load, merge and analyse the files of one gemeente. Group files are read first: a session file
/// that is also, unchanged, one of their members counts once (a folder often holds a workshop's
/// group file beside the sessions it was made from), and when the same respondent is there twice
/// with the same time of last change, the group file's copy is the one kept.
fn gemeente_row(
    files: &[FileInfo],
    questionnaire: &Questionnaire,
    steps: &[(usize, &str, &str)],
) -> (Option<Row>, Vec<Skipped>) {
    let mut skipped = Vec::new();
    let mut inputs: Vec<Input> = Vec::new();
    let mut decisions: BTreeMap<String, Decision> = BTreeMap::new();
    let skip = |path: &Path, reason: Skip| Skipped { path: path.to_path_buf(), reason: Reason::Skip(reason) };
    let (groups, sessions): (Vec<&FileInfo>, Vec<&FileInfo>) = files.iter().partition(|f| f.group);
    let mut read_groups: Vec<(PathBuf, group::Group)> = Vec::new();
    // One buffer for the gemeente's files (read one after the other).
    let mut bytes = Vec::new();
    for info in groups {
        let g = match read(&info.path, &mut bytes)
            .and_then(|_| group::file::from_bytes(&bytes, &info.path).map_err(|p| Skip::NotASession(p.to_string())))
        {
            // A copy of a group file already read counts once.
            Ok(g) if let Some((first, _)) = read_groups.iter().find(|(_, other)| *other == g) => {
                skipped.push(Skipped { path: info.path.clone(), reason: Reason::InGroup { group: first.clone() } });
                continue;
            }
            Ok(g) if slug(&g.gemeente) == info.slug => {
                read_groups.push((info.path.clone(), g.clone()));
                g
            }
            Ok(_) => {
                skipped.push(Skipped { path: info.path.clone(), reason: Reason::Changed });
                continue;
            }
            Err(reason) => {
                skipped.push(skip(&info.path, reason));
                continue;
            }
        };
        for (id, d) in g.decisions {
            match decisions.get(&id) {
                Some(old) if old.updated >= d.updated => {}
                _ => {
                    decisions.insert(id, d);
                }
            }
        }
        for m in g.members {
            if slug(&m.session.respondent.gemeente) == info.slug {
                inputs.push(Input { path: info.path.clone(), session: m.session });
            } else {
                let found = m.session.respondent.gemeente.clone();
                let reason = Reason::OtherGemeente { found, expected: g.gemeente.clone() };
                skipped.push(Skipped { path: info.path.clone(), reason });
            }
        }
    }
    let from_groups: HashSet<PathBuf> = inputs.iter().map(|i| i.path.clone()).collect();
    for info in sessions {
        if let Err(reason) = read(&info.path, &mut bytes) {
            skipped.push(skip(&info.path, reason));
            continue;
        }
        match session::from_bytes(&bytes, &info.path) {
            // The file changed since the first pass: left out rather than mixed.
            Ok(s)
                if (&s.questionnaire, &s.questionnaire_version) != (&info.version.0, &info.version.1)
                    || slug(&s.respondent.gemeente) != info.slug =>
            {
                skipped.push(Skipped { path: info.path.clone(), reason: Reason::Changed });
            }
            Ok(session) => {
                if let Some(copy) = inputs.iter().find(|i| from_groups.contains(&i.path) && i.session == session) {
                    let reason = Reason::InGroup { group: copy.path.clone() };
                    skipped.push(Skipped { path: info.path.clone(), reason });
                } else {
                    inputs.push(Input { path: info.path.clone(), session });
                }
            }
            Err(p) => skipped.push(skip(&info.path, Skip::NotASession(p.to_string()))),
        }
    }
    // What the merge leaves out of a group file is one respondent, not the file.
    let reason_of = |s: group::Skipped| {
        let reason = if from_groups.contains(&s.path) { Reason::Member(s.reason) } else { Reason::Skip(s.reason) };
        Skipped { path: s.path, reason }
    };
    let merged = match group::merge(inputs) {
        Ok(m) => m,
        Err(MergeError::NoSessions { skipped: more }) => {
            skipped.extend(more.into_iter().map(reason_of));
            return (None, skipped);
        }
        // Cannot happen: the files were grouped by the same slug the merge compares.
        Err(MergeError::Gemeenten { gemeenten }) => {
            for (_, paths) in gemeenten {
                skipped.extend(paths.into_iter().map(|path| Skipped { path, reason: Reason::Changed }));
            }
            return (None, skipped);
        }
    };
    skipped.extend(merged.skipped.into_iter().map(reason_of));
    let mut group = merged.group;
    group.decisions = decisions;
    let consensus = group::consensus_session(questionnaire, &group);
    (Some(row(questionnaire, steps, &consensus, group.members.len())), skipped)
}

/// `f` over `items` on the available cores (at most 8 threads), results in the order of `items`.
fn parallel<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).min(8).min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        out.push((i, f(item)));
                    }
                    out
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}
