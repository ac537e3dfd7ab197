//! The file system, carefully. The one way files are written: [`save_atomic`] (private files:
//! sessions) and [`save_shared`] (files meant to be passed on: reports, questionnaires), one
//! implementation: a temp file `.<name>.<pid>.tmp` in the same directory, fsync, rename, fsync the
//! directory, so a crash at any moment leaves either the old or the new file, never a mix. The one
//! way data files are read: [`read_limited`], only regular files and at most [`MAX_READ`] bytes, so a
//! FIFO or a link to `/dev/zero` cannot hang the program or fill its memory. Our own folders are made
//! private ([`create_private_dir_all`]), whatever the umask.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::error::IoError;

/// The largest data file Regiewijzer reads (sessions, questionnaires, templates): 10 MB. A session
/// of the full questionnaire is a few kB.
pub const MAX_READ: u64 = 10 * 1024 * 1024;

/// Why a data file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Opening or reading failed.
    #[error(transparent)]
    Io(#[from] IoError),
    /// The path names a directory, FIFO, device or socket.
    #[error("{} is geen gewoon bestand maar {kind}; Regiewijzer leest alleen gewone bestanden", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is instead, in Dutch ("een map", "een FIFO (named pipe)", …).
        kind: &'static str,
    },
    /// The file is larger than the limit ([`MAX_READ`] unless the reader asked for another).
    #[error("{} is groter dan {} MB; Regiewijzer leest geen grotere bestanden", path.display(), megabytes(*limit))]
    TooLarge {
        /// The path.
        path: PathBuf,
        /// The limit in bytes.
        limit: u64,
    },
}

impl ReadError {
    /// What is wrong with the file itself, without its name, for a located problem ("… is {this}");
    /// `None` for an I/O error.
    pub fn file_problem(&self) -> Option<String> {
        match self {
            Self::Io(_) => None,
            Self::NotAFile { kind, .. } => {
                Some(format!("geen gewoon bestand maar {kind}; Regiewijzer leest alleen gewone bestanden"))
            }
            Self::TooLarge { limit, .. } => {
                Some(format!("groter dan {} MB; Regiewijzer leest geen grotere bestanden", megabytes(*limit)))
            }
        }
    }
}

/// Read the regular file at `path` (a symbolic link is followed to its target) if it is at most
/// [`MAX_READ`] bytes. Anything else is refused before it is opened, so reading never blocks on a
/// FIFO or runs on forever on a device. `action` names what was being read, for the I/O error.
pub fn read_limited(path: &Path, action: &'static str) -> Result<Vec<u8>, ReadError> {
    read_at_most(path, MAX_READ, action)
}

/// [`read_limited`] with another limit than [`MAX_READ`] (a group file of many respondents may be
/// larger, a session in a merge smaller).
pub fn read_at_most(path: &Path, limit: u64, action: &'static str) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    read_head_into(path, limit, limit, action, &mut bytes)?;
    Ok(bytes)
}

/// The first `head` bytes (at most) of the regular file `path`, which may be at most `limit` bytes
/// long, into `bytes` (cleared first, so a caller reading many files reuses one buffer); returns the
/// metadata of the file read (which file it is, however it was named). A larger file (by its size,
/// before reading, or by what it turns out to hold), a folder or a device is refused.
pub fn read_head_into(
    path: &Path,
    head: u64,
    limit: u64,
    action: &'static str,
    bytes: &mut Vec<u8>,
) -> Result<fs::Metadata, ReadError> {
    bytes.clear();
    // Before opening (a FIFO would block the open), and what was opened (the path may have been
    // replaced in between).
    check_regular(path, &fs::metadata(path).map_err(|e| IoError::new(action, path, e))?, limit)?;
    let file = File::open(path).map_err(|e| IoError::new(action, path, e))?;
    let meta = file.metadata().map_err(|e| IoError::new(action, path, e))?;
    check_regular(path, &meta, limit)?;
    let wanted = head.min(limit);
    bytes.reserve(usize::try_from(meta.len().min(wanted) + 1).unwrap_or(0));
    file.take(wanted + 1).read_to_end(bytes).map_err(|e| IoError::new(action, path, e))?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { path: path.to_path_buf(), limit });
    }
    bytes.truncate(usize::try_from(wanted).unwrap_or(usize::MAX));
    Ok(meta)
}

/// Whole megabytes, for a message.
fn megabytes(bytes: u64) -> u64 {
    bytes / (1024 * 1024)
}

fn check_regular(path: &Path, meta: &fs::Metadata, limit: u64) -> Result<(), ReadError> {
    if !meta.is_file() {
        return Err(ReadError::NotAFile { path: path.to_path_buf(), kind: file_kind(&meta.file_type()) });
    }
    if meta.len() > limit {
        return Err(ReadError::TooLarge { path: path.to_path_buf(), limit });
    }
    Ok(())
}

/// What a file type is, in Dutch, for a message.
pub fn file_kind(t: &fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "een FIFO (named pipe)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "een apparaat";
        }
        if t.is_socket() {
            return "een socket";
        }
    }
    if t.is_dir() {
        "een map"
    } else if t.is_symlink() {
        "een symbolische koppeling"
    } else if t.is_file() {
        "een gewoon bestand"
    } else {
        "iets anders"
    }
}

/// Create `dir` and its missing parents with mode 0700 on Unix, whatever the umask: the data
/// folders hold names and opinions of people, and a folder others can write to lets them replace a
/// session or plant a FIFO. Folders that already exist are left as they are.
pub fn create_private_dir_all(dir: &Path) -> Result<(), IoError> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        create_private_dir_all(parent)?;
    }
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    match builder.create(dir) {
        Ok(()) => set_mode(dir, 0o700),
        // Made by another process in between: fine.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && dir.is_dir() => Ok(()),
        Err(e) => Err(IoError::new("kan de map niet maken:", dir, e)),
    }
}

/// Take away every permission of group and others on `path` (Unix), keeping the owner's as they
/// are (a folder the owner made read-only stays read-only).
pub fn restrict_to_owner(path: &Path) -> Result<(), IoError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode =
            fs::metadata(path).map_err(|e| IoError::new("kan de map niet lezen:", path, e))?.permissions().mode();
        if mode & 0o077 != 0 {
            set_mode(path, mode & 0o7700)?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Set the mode of `path` on Unix; unlike creating, this is not filtered by the umask.
fn set_mode(path: &Path, mode: u32) -> Result<(), IoError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(mode))
            .map_err(|e| IoError::new("kan de rechten van de map niet zetten:", path, e))?;
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
    Ok(())
}

/// Write `bytes` to `path` atomically, creating the parent directory if needed. On Unix the file
/// gets mode 0600: sessions hold names and opinions of people.
pub fn save_atomic(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    write_atomic(path, bytes, Access::Private)
}

/// Write `bytes` to `path` atomically like [`save_atomic`], but with the permissions the user's
/// umask gives new files: for reports and other files meant to be shared.
pub fn save_shared(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    write_atomic(path, bytes, Access::Shared)
}

/// Who may read a written file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    /// Only the owner (mode 0600 on Unix).
    Private,
    /// As the umask says.
    Shared,
}

fn write_atomic(path: &Path, bytes: &[u8], access: Access) -> Result<(), IoError> {
    let dir = parent_dir(path);
    fs::create_dir_all(&dir).map_err(|e| IoError::new("kan de map niet maken:", &dir, e))?;
    let tmp = temp_path(path);
    let result = write_synced(&tmp, bytes, access)
        .and_then(|()| fs::rename(&tmp, path).map_err(|e| IoError::new("kan het bestand niet vervangen:", path, e)));
    if result.is_err() {
        // Best effort: never leave temp files behind; the original is untouched.
        let _ = fs::remove_file(&tmp);
    }
    result?;
    sync_dir(&dir);
    Ok(())
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// The file name and pid in the name of one of [`save_atomic`]'s temp files (`.<name>.<pid>.tmp`),
/// or `None` for any other name.
pub fn parse_temp_name(file_name: &str) -> Option<(&str, u32)> {
    let inner = file_name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (name, pid) = inner.rsplit_once('.')?;
    let valid = !name.is_empty() && !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit());
    valid.then_some(())?;
    Some((name, pid.parse().ok()?))
}

/// Whether process `pid` runs, if this system can tell (Linux: `/proc`); `None` when it cannot.
pub fn process_alive(pid: u32) -> Option<bool> {
    let proc = Path::new("/proc");
    proc.join("self").exists().then(|| proc.join(pid.to_string()).exists())
}

fn write_synced(tmp: &Path, bytes: &[u8], access: Access) -> Result<(), IoError> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    if access == Access::Private {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = access;
    let mut file = options.open(tmp).map_err(|e| IoError::new("kan niet schrijven naar", tmp, e))?;
    file.write_all(bytes).map_err(|e| IoError::new("kan niet schrijven naar", tmp, e))?;
    file.sync_all().map_err(|e| IoError::new("kan niet bewaren (fsync):", tmp, e))
}

/// Make the rename itself durable. Not every platform can open a directory; that is not an error.
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("a.toml");
        save_atomic(&path, b"one").unwrap();
        save_atomic(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(path.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.toml")]);
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.toml");
        save_atomic(&path, b"x").unwrap();
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn shared_files_follow_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rapport.html");
        save_shared(&path, b"x").unwrap();
        // A probe made with the default mode shows what the umask allows.
        let probe = dir.path().join("probe");
        File::create(&probe).unwrap();
        let umask_mode = fs::metadata(&probe).unwrap().permissions().mode() & 0o777;
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, umask_mode);
        save_shared(&path, b"y").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"y");
    }

    #[test]
    fn temp_names_are_recognised_exactly() {
        assert_eq!(parse_temp_name(".lier-2026-11-25.toml.4242.tmp"), Some(("lier-2026-11-25.toml", 4242)));
        for other in ["lier.toml", ".lier.toml.tmp", ".lier.toml.12a.tmp", "..1.tmp", ".x.1.tmpx", "x.1.tmp"] {
            assert_eq!(parse_temp_name(other), None, "{other}");
        }
        let own = format!(".s.toml.{}.tmp", std::process::id());
        assert_eq!(temp_path(Path::new("d/s.toml")).file_name().unwrap().to_str(), Some(own.as_str()));
        assert!(process_alive(std::process::id()).unwrap_or(true));
        assert!(!process_alive(4_194_304 + 17).unwrap_or(false), "above the Linux pid maximum");
    }

    #[test]
    fn only_regular_files_of_at_most_10_mb_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("groot.toml");
        File::create(&big).unwrap().set_len(MAX_READ + 1).unwrap();
        assert!(matches!(read_limited(&big, "lezen:"), Err(ReadError::TooLarge { .. })));
        let err = read_limited(dir.path(), "lezen:").unwrap_err();
        assert!(err.to_string().contains("geen gewoon bestand maar een map"), "{err}");
        #[cfg(unix)]
        {
            let link = dir.path().join("nul.toml");
            std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
            let err = read_limited(&link, "lezen:").unwrap_err();
            assert!(err.to_string().contains("een apparaat"), "{err}");
        }
        let ok = dir.path().join("ok.toml");
        fs::write(&ok, "a = 1").unwrap();
        assert_eq!(read_limited(&ok, "lezen:").unwrap(), b"a = 1");
    }

    #[cfg(unix)]
    #[test]
    fn private_folders_are_0700() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a/b/sessies");
        create_private_dir_all(&deep).unwrap();
        for d in [dir.path().join("a"), dir.path().join("a/b"), deep] {
            assert_eq!(fs::metadata(&d).unwrap().permissions().mode() & 0o777, 0o700, "{}", d.display());
        }
    }

    #[test]
    fn failure_leaves_the_original() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.toml");
        save_atomic(&path, b"keep").unwrap();
        // A directory where the file should go makes the rename fail.
        let blocked = dir.path().join("blocked");
        fs::create_dir_all(blocked.join("inner")).unwrap();
        assert!(save_atomic(&blocked, b"x").is_err());
        assert_eq!(fs::read(&path).unwrap(), b"keep");
    }
}
