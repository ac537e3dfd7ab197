//! A lock file beside each open session (`<sessie>.toml.lock`) holding the pid of the process that
//! has it open. The lock itself is an OS advisory lock on that file, so a lock left by a process that
//! died is free again and simply taken over; the pid is only there to name the holder.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use crate::error::IoError;

/// The session is open in another process.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another live process holds the lock.
    #[error("de sessie {} is al geopend door een ander Regiewijzer-proces (pid {pid})\n    tip: sluit dat venster eerst; twee vensters op één sessie zouden elkaars antwoorden overschrijven.", path.display())]
    Held {
        /// The session file.
        path: PathBuf,
        /// The holder's pid as written in the lock file ("onbekend" if unreadable).
        pid: String,
    },
    /// The lock file could not be created.
    #[error(transparent)]
    Io(#[from] IoError),
}

/// A held session lock; released when dropped.
#[derive(Debug)]
pub struct Lock {
    file: File,
    path: PathBuf,
}

impl Lock {
    /// The lock file belonging to session `path`.
    pub fn path_for(session: &Path) -> PathBuf {
        let mut name = session.file_name().map(std::ffi::OsStr::to_os_string).unwrap_or_default();
        name.push(".lock");
        session.with_file_name(name)
    }

    /// Take the lock of session `path`, or say who holds it.
    pub fn acquire(session: &Path) -> Result<Self, LockError> {
        let path = Self::path_for(session);
        if let Some(dir) = path.parent() {
            crate::fsutil::create_private_dir_all(dir)?;
        }
        // A releasing holder removes the file; if we locked a file that was just removed, the
        // path no longer names it and we try again on the new file.
        let mut attempts = 0;
        loop {
            let mut file = open_lock_file(&path)?;
            if file.try_lock().is_err() {
                let mut pid = String::new();
                let _ = (&file).take(64).read_to_string(&mut pid);
                let pid = if pid.trim().is_empty() { "onbekend".to_string() } else { pid.trim().to_string() };
                return Err(LockError::Held { path: session.to_path_buf(), pid });
            }
            attempts += 1;
            if !still_linked(&file, &path) && attempts < 5 {
                continue;
            }
            // Ours now (a stale pid from a dead process is simply overwritten).
            write_pid(&mut file).map_err(|e| IoError::new("kan het slotbestand niet schrijven:", &path, e))?;
            return Ok(Self { file, path });
        }
    }
}

/// Open (or create) the lock file: mode 0600 whatever the umask, and never anything but a regular
/// file — writing the pid into a symbolic link would truncate whatever it points to, and a FIFO
/// would block.
fn open_lock_file(path: &Path) -> Result<File, IoError> {
    const ACTION: &str = "kan het slotbestand niet openen:";
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && !meta.is_file()
    {
        let kind = crate::fsutil::file_kind(&meta.file_type());
        let e = std::io::Error::other(format!("het is geen gewoon bestand maar {kind}; verwijder het"));
        return Err(IoError::new(ACTION, path, e));
    }
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path).map_err(|e| IoError::new(ACTION, path, e))?;
    #[cfg(unix)]
    {
        // A lock file left by an older version may be 0666; ours is private. Not ours: leave it.
        use std::os::unix::fs::PermissionsExt;
        let _ = file.set_permissions(std::fs::Permissions::from_mode(0o600));
    }
    Ok(file)
}

fn write_pid(f: &mut File) -> std::io::Result<()> {
    f.set_len(0)?;
    f.rewind()?;
    writeln!(f, "{}", std::process::id())?;
    f.sync_all()
}

/// Whether `path` still names the file we hold open.
#[cfg(unix)]
fn still_linked(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn still_linked(_file: &File, path: &Path) -> bool {
    path.exists()
}

impl Drop for Lock {
    /// Remove the file while still holding the lock, then unlock; a process that opened the old
    /// file in between notices it is unlinked and retries on a fresh one.
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_opener_is_refused_with_the_holders_pid() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("a.toml");
        let _held = Lock::acquire(&session).unwrap();
        let err = Lock::acquire(&session).unwrap_err();
        let LockError::Held { pid, .. } = &err else { panic!("expected Held, got {err:?}") };
        assert_eq!(pid, &std::process::id().to_string());
        assert!(err.to_string().contains("al geopend"));
    }

    #[test]
    fn stale_lock_of_a_dead_process_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("a.toml");
        // A lock file left behind by a crashed process: a pid, but no OS lock on it.
        std::fs::write(Lock::path_for(&session), "999999\n").unwrap();
        let lock = Lock::acquire(&session).unwrap();
        let content = std::fs::read_to_string(Lock::path_for(&session)).unwrap();
        assert_eq!(content.trim(), std::process::id().to_string());
        drop(lock);
        assert!(!Lock::path_for(&session).exists(), "the lock file is removed on release");
        assert!(Lock::acquire(&session).is_ok(), "free again after release");
    }

    #[cfg(unix)]
    #[test]
    fn lock_files_are_private_and_never_follow_a_link() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let session = dir.path().join("a.toml");
        // A stale lock file of an older version, readable and writable by everyone.
        std::fs::write(Lock::path_for(&session), "1\n").unwrap();
        std::fs::set_permissions(Lock::path_for(&session), std::fs::Permissions::from_mode(0o666)).unwrap();
        let lock = Lock::acquire(&session).unwrap();
        let mode = std::fs::metadata(Lock::path_for(&session)).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        drop(lock);
        // A lock file that is a link to another file: refused, the other file untouched.
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "keep").unwrap();
        std::os::unix::fs::symlink(&victim, Lock::path_for(&session)).unwrap();
        let err = Lock::acquire(&session).unwrap_err();
        assert!(err.to_string().contains("geen gewoon bestand"), "{err}");
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
    }
}
