//! The one way files are written: [`save_atomic`] (private files: sessions) and [`save_shared`]
//! (files meant to be passed on: reports, questionnaires), one implementation. A temp file in the
//! same directory, fsync, rename, fsync the directory. A crash at any moment leaves either the old or
//! the new file, never a mix.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::IoError;

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
