//! Where Regiewijzer keeps things: the data directory (sessions) and the config directory (a user's
//! own questionnaires and templates). `REGIEWIJZER_DATA_DIR` and `REGIEWIJZER_CONFIG_DIR` override
//! the platform defaults from `dirs`, so tests and portable installs never touch a real home.

use std::path::PathBuf;

/// Environment variable overriding the data directory.
pub const DATA_ENV: &str = "REGIEWIJZER_DATA_DIR";
/// Environment variable overriding the config directory.
pub const CONFIG_ENV: &str = "REGIEWIJZER_CONFIG_DIR";

/// No usable directory could be found.
#[derive(Debug, thiserror::Error)]
#[error("kan geen {what} vinden op dit systeem; zet de omgevingsvariabele {env} op een map naar keuze")]
pub struct NoDirectory {
    what: &'static str,
    env: &'static str,
}

fn from_env_or(env: &'static str, what: &'static str, default: Option<PathBuf>) -> Result<PathBuf, NoDirectory> {
    match std::env::var_os(env) {
        Some(v) if !v.is_empty() => Ok(PathBuf::from(v)),
        _ => default.map(|d| d.join("regiewijzer")).ok_or(NoDirectory { what, env }),
    }
}

/// The data directory (`…/regiewijzer`).
pub fn data_dir() -> Result<PathBuf, NoDirectory> {
    from_env_or(DATA_ENV, "datamap", dirs::data_dir())
}

/// Where sessions are saved (`…/regiewijzer/sessies`).
pub fn sessions_dir() -> Result<PathBuf, NoDirectory> {
    Ok(data_dir()?.join("sessies"))
}

/// Where reports go unless the user types another folder: the documents folder (`~/Documenten`,
/// `~/Documents`); without one, or when `REGIEWIJZER_DATA_DIR` is set (tests, portable installs), a
/// `rapporten` folder next to the sessions. Reports are for sharing, so not in the hidden data
/// directory and not wherever the program happened to be started.
pub fn reports_dir() -> Result<PathBuf, NoDirectory> {
    let data_set = std::env::var_os(DATA_ENV).is_some_and(|v| !v.is_empty());
    match dirs::document_dir() {
        Some(documents) if !data_set => Ok(documents),
        _ => Ok(data_dir()?.join("rapporten")),
    }
}

/// The config directory (`…/regiewijzer`).
pub fn config_dir() -> Result<PathBuf, NoDirectory> {
    from_env_or(CONFIG_ENV, "configuratiemap", dirs::config_dir())
}

/// Where a user's own questionnaires live (`…/regiewijzer/vragenlijsten`); a file named
/// `<id>.toml` there replaces the embedded questionnaire with that id.
pub fn questionnaires_dir() -> Result<PathBuf, NoDirectory> {
    Ok(config_dir()?.join("vragenlijsten"))
}

/// Where a user's own report templates live (`…/regiewijzer/sjablonen`).
pub fn templates_dir() -> Result<PathBuf, NoDirectory> {
    Ok(config_dir()?.join("sjablonen"))
}
