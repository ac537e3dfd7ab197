//! The sessions folder, made ready when the wizard starts: private (0700 when made, whatever the
//! umask; an existing one loses the permissions of group and others), and
//! rid of the temp files that a process killed between writing and renaming left behind — each a
//! full copy of a session. Only our own pattern (`.<name>.<pid>.tmp`, see [`crate::fsutil`]) is
//! touched, only in this folder, and only when the process that wrote it no longer runs and nobody
//! holds the session's lock.

use std::path::{Path, PathBuf};

use super::Lock;
use crate::error::IoError;
use crate::fsutil;

/// Create the sessions folder `dir` (0700) or take group and others off an existing one, then remove
/// stale temp files. Returns the temp files removed.
pub fn prepare_dir(dir: &Path) -> Result<Vec<PathBuf>, IoError> {
    fsutil::create_private_dir_all(dir)?;
    // An existing folder from an older version may be open to others. Not ours: leave it.
    let _ = fsutil::restrict_to_owner(dir);
    Ok(remove_stale_temp_files(dir))
}

/// Remove temp files of saves that never finished: `.<name>.<pid>.tmp` regular files in `dir`
/// whose process is gone (where the system can tell) and whose session `<name>` is not locked.
pub fn remove_stale_temp_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut removed = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name();
        let Some((name, pid)) = file_name.to_str().and_then(fsutil::parse_temp_name) else { continue };
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        let writer_alive = pid == std::process::id() || fsutil::process_alive(pid).unwrap_or(false);
        if !is_file || writer_alive {
            continue;
        }
        // Whoever has the session open may be saving it right now: only with its lock in hand.
        let Ok(_lock) = Lock::acquire(&dir.join(name)) else { continue };
        let path = entry.path();
        if std::fs::remove_file(&path).is_ok() {
            removed.push(path);
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pid no process has: above the Linux maximum (2^22).
    const DEAD: u32 = 4_194_304 + 17;

    #[test]
    fn stale_temp_files_go_and_everything_else_stays() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let keep = [
            "lier.toml".to_string(),
            format!(".lier.toml.{}.tmp", std::process::id()),
            "notities.tmp".to_string(),
            format!(".lier.toml.{DEAD}.tmpx"),
            format!("lier.toml.{DEAD}.tmp"),
        ];
        for name in &keep {
            std::fs::write(d.join(name), "x").unwrap();
        }
        let stale = d.join(format!(".lier.toml.{DEAD}.tmp"));
        std::fs::write(&stale, "a full copy of a session").unwrap();
        // A temp file of a session someone has open is left alone, even from a dead pid.
        let open = d.join(format!(".open.toml.{DEAD}.tmp"));
        std::fs::write(&open, "x").unwrap();
        let _held = Lock::acquire(&d.join("open.toml")).unwrap();
        // A directory with the pattern's name is not ours.
        std::fs::create_dir(d.join(format!(".map.toml.{DEAD}.tmp"))).unwrap();

        assert_eq!(prepare_dir(d).unwrap(), vec![stale.clone()]);
        assert!(!stale.exists());
        for name in &keep {
            assert!(d.join(name).exists(), "{name} was removed");
        }
        assert!(open.exists() && d.join(format!(".map.toml.{DEAD}.tmp")).is_dir());
    }

    #[cfg(unix)]
    #[test]
    fn the_folder_is_made_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let sessions = dir.path().join("sessies");
        std::fs::create_dir(&sessions).unwrap();
        std::fs::set_permissions(&sessions, std::fs::Permissions::from_mode(0o777)).unwrap();
        prepare_dir(&sessions).unwrap();
        assert_eq!(std::fs::metadata(&sessions).unwrap().permissions().mode() & 0o777, 0o700);
        // A folder the owner made read-only stays read-only.
        std::fs::set_permissions(&sessions, std::fs::Permissions::from_mode(0o555)).unwrap();
        prepare_dir(&sessions).unwrap();
        assert_eq!(std::fs::metadata(&sessions).unwrap().permissions().mode() & 0o777, 0o500);
    }
}
