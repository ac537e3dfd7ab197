//! The session file on disk: (de)serialisation, loading with precise Dutch errors that never touch
//! the file, and [`SessionFile`], an open session that saves every change before returning.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Answer, Entry, FORMAT, FORMAT_VOTES, Lock, LockError, Mode, Record, Respondent, Session};
use crate::error::{IoError, Position, Problem, toml_message};
use crate::fsutil::{ReadError, read_limited, save_atomic};

/// Why a session could not be opened, loaded or saved.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file is not a valid session file; it has not been changed.
    #[error("{0}\n    Het bestand is niet gewijzigd.")]
    Invalid(Problem),
    /// Reading or writing failed.
    #[error(transparent)]
    Io(#[from] IoError),
    /// Another process has the session open.
    #[error(transparent)]
    Locked(#[from] LockError),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSession {
    format: u32,
    questionnaire: String,
    questionnaire_version: String,
    #[serde(default)]
    mode: Mode,
    #[serde(deserialize_with = "timestamp")]
    created: jiff::Timestamp,
    #[serde(deserialize_with = "timestamp")]
    updated: jiff::Timestamp,
    respondent: Respondent,
    #[serde(default)]
    answers: BTreeMap<String, RawEntry>,
}

/// A timestamp written as RFC 3339 text; the error is ours, in Dutch (jiff's own messages are
/// English), and recognised by [`crate::error::toml_message`].
fn timestamp<'de, D: serde::Deserializer<'de>>(d: D) -> Result<jiff::Timestamp, D::Error> {
    let text = String::deserialize(d)?;
    text.parse().map_err(|_| serde::de::Error::custom(crate::error::invalid_timestamp(&text)))
}

#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    #[serde(skip_serializing_if = "Option::is_none")]
    choice: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    choices: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    number: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    records: Option<Vec<Record>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    votes: BTreeMap<String, u32>,
}

impl From<&Entry> for RawEntry {
    fn from(e: &Entry) -> Self {
        let mut raw = RawEntry { note: e.note.clone(), votes: e.votes.clone(), ..RawEntry::default() };
        match &e.answer {
            Some(Answer::Choice(c)) => raw.choice = Some(c.clone()),
            Some(Answer::Choices(c)) => raw.choices = Some(c.clone()),
            Some(Answer::Number(n)) => raw.number = Some(*n),
            Some(Answer::Text(t)) => raw.text = Some(t.clone()),
            Some(Answer::Records(r)) => raw.records = Some(r.clone()),
            None => {}
        }
        raw
    }
}

impl RawEntry {
    /// The entry, or the name of the problem when it holds more than one kind of answer.
    fn into_entry(self) -> Result<Entry, &'static str> {
        let answers = [
            self.choice.map(Answer::Choice),
            self.choices.map(Answer::Choices),
            self.number.map(Answer::Number),
            self.text.map(Answer::Text),
            self.records.map(Answer::Records),
        ];
        let mut given = answers.into_iter().flatten();
        let answer = given.next();
        if given.next().is_some() {
            return Err("meer dan één soort antwoord");
        }
        Ok(Entry { answer, note: self.note, votes: self.votes })
    }
}

/// Serialise a session to TOML text.
pub fn to_toml(session: &Session) -> String {
    let raw = RawSession {
        format: if session.has_votes() { FORMAT_VOTES } else { FORMAT },
        questionnaire: session.questionnaire.clone(),
        questionnaire_version: session.questionnaire_version.clone(),
        mode: session.mode,
        created: session.created,
        updated: session.updated,
        respondent: session.respondent.clone(),
        answers: session.entries.iter().map(|(k, v)| (k.clone(), RawEntry::from(v))).collect(),
    };
    let body = toml::to_string(&raw).unwrap_or_else(|e| format!("# kon niet schrijven: {e}\n"));
    format!("# Regiewijzer-sessie. Dit bestand wordt automatisch bijgehouden; zie docs/SESSIEBESTAND.md.\n{body}")
}

/// Save `session` to `path` atomically (the only way sessions reach the disk).
pub fn save(session: &Session, path: &Path) -> Result<(), IoError> {
    save_atomic(path, to_toml(session).as_bytes())
}

/// Load the session in `path`. Any problem is reported with file and line; the file is not changed.
/// Only a regular file of at most 10 MB is read (a FIFO or a link to a device is refused at once).
pub fn load(path: &Path) -> Result<Session, LoadError> {
    let bytes = read_limited(path, "kan het sessiebestand niet lezen:").map_err(|e| match e {
        ReadError::Io(io) => LoadError::Io(io),
        other => LoadError::Invalid(Problem::new(
            path,
            Position::START,
            format!("het sessiebestand is {}", other.file_problem().unwrap_or_default()),
            HINT_NOT_A_FILE,
        )),
    })?;
    from_bytes(&bytes, path).map_err(LoadError::Invalid)
}

/// Parse session bytes read from `path`.
pub fn from_bytes(bytes: &[u8], path: &Path) -> Result<Session, Problem> {
    let problem = |pos: Position, msg: String, hint: &str| Problem::new(path, pos, msg, hint);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(problem(Position::START, "het sessiebestand is leeg".into(), HINT_EMPTY));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        problem(
            Position::of_offset(valid, valid.len()),
            "het sessiebestand is geen geldige UTF-8-tekst".into(),
            HINT_FOREIGN,
        )
    })?;
    if let Some(session) = super::fast::parse(text) {
        return Ok(session);
    }
    parse_full(text, path)
}

/// The full TOML parser on the text of a session file (what [`from_bytes`] falls back to when the
/// fast path gives up); public for the tests that compare the two.
#[doc(hidden)]
pub fn parse_full(text: &str, path: &Path) -> Result<Session, Problem> {
    let problem = |pos: Position, msg: String, hint: &str| Problem::new(path, pos, msg, hint);
    let table = toml::de::DeTable::parse(text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        problem(
            Position::of_offset(text, at),
            format!("het sessiebestand is beschadigd of onvolledig ({})", toml_message(e.message())),
            HINT_CORRUPT,
        )
    })?;
    check_format(text, table.get_ref(), path)?;
    // Deserialise the table already parsed (not the text again: parsing is most of the time).
    let raw = RawSession::deserialize(toml::de::Deserializer::from(table)).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        problem(
            Position::of_offset(text, at),
            format!("ongeldig sessiebestand: {}", toml_message(e.message())),
            HINT_CORRUPT,
        )
    })?;
    let mut entries = BTreeMap::new();
    for (id, raw_entry) in raw.answers {
        let entry = raw_entry.into_entry().map_err(|what| {
            let at = text
                .find(&format!("[answers.\"{id}\"]"))
                .or_else(|| text.find(&format!("[answers.{id}]")))
                .unwrap_or(0);
            problem(Position::of_offset(text, at), format!("antwoord op '{id}' bevat {what}"), HINT_CORRUPT)
        })?;
        entries.insert(id, entry);
    }
    Ok(Session {
        questionnaire: raw.questionnaire,
        questionnaire_version: raw.questionnaire_version,
        mode: raw.mode,
        respondent: raw.respondent,
        created: raw.created,
        updated: raw.updated,
        entries,
    })
}

const HINT_EMPTY: &str =
    "Het bestand bevat geen antwoorden. Kijk of er een reservekopie is, of begin een nieuwe sessie.";
const HINT_FOREIGN: &str =
    "Dit lijkt geen Regiewijzer-sessie. Open een .toml-bestand uit de sessiemap (regiewijzer sessies toont ze).";
const HINT_NOT_A_FILE: &str =
    "Dit is geen sessie van Regiewijzer. Haal het uit de sessiemap; Regiewijzer laat het ongemoeid.";
const HINT_CORRUPT: &str =
    "Herstel de regel in een teksteditor of zet een reservekopie terug; Regiewijzer laat het bestand ongemoeid.";

fn check_format(text: &str, table: &toml::de::DeTable<'_>, path: &Path) -> Result<(), Problem> {
    let Some((_, value)) = table.iter().find(|(k, _)| k.get_ref() == "format") else {
        return Err(Problem::new(
            path,
            Position::START,
            "dit is geen Regiewijzer-sessiebestand (veld 'format' ontbreekt)",
            HINT_FOREIGN,
        ));
    };
    let at = Position::of_offset(text, value.span().start);
    let version = value.get_ref().as_integer().and_then(|i| i.as_str().parse::<u64>().ok());
    match version {
        Some(v) if (u64::from(FORMAT)..=u64::from(FORMAT_VOTES)).contains(&v) => Ok(()),
        Some(v) if v > u64::from(FORMAT_VOTES) => Err(Problem::new(
            path,
            at,
            format!("dit sessiebestand heeft formaat {v}, nieuwer dan deze Regiewijzer kent ({FORMAT_VOTES})"),
            "Installeer een nieuwere versie van Regiewijzer om deze sessie te openen.",
        )),
        _ => Err(Problem::new(path, at, "onbekend formaat van het sessiebestand", HINT_FOREIGN)),
    }
}

/// An open session on disk. Every change is saved atomically before the method returns; if saving
/// fails, the change is not applied in memory either, so memory and disk never disagree.
#[derive(Debug)]
pub struct SessionFile {
    path: PathBuf,
    session: Session,
    _lock: Lock,
}

impl SessionFile {
    /// Create a new session file at `path` (which must not exist yet, not even as a dangling link)
    /// and save it.
    pub fn create(path: &Path, session: Session) -> Result<Self, LoadError> {
        let lock = Lock::acquire(path)?;
        if std::fs::symlink_metadata(path).is_ok() {
            let err = std::io::Error::new(std::io::ErrorKind::AlreadyExists, "er bestaat al een sessie met deze naam");
            return Err(IoError::new("kan geen nieuwe sessie maken:", path, err).into());
        }
        save(&session, path)?;
        Ok(Self { path: path.to_path_buf(), session, _lock: lock })
    }

    /// Open the existing session at `path`, taking its lock. A symbolic link is followed once, here:
    /// the session is its target, which is locked and saved in place (write-through), so the link
    /// keeps pointing at the answers (docs/SESSIEBESTAND.md).
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        let path = resolve_link(path)?;
        let lock = Lock::acquire(&path)?;
        let session = load(&path)?;
        Ok(Self { path, session, _lock: lock })
    }

    /// The session as it is on disk.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Where it is saved.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Apply `change`, stamp the update time, and save; on failure nothing changes.
    pub fn update(&mut self, change: impl FnOnce(&mut Session)) -> Result<(), IoError> {
        let mut next = self.session.clone();
        change(&mut next);
        next.updated = jiff::Timestamp::now();
        save(&next, &self.path)?;
        self.session = next;
        Ok(())
    }

    /// Answer question `id` (saved before returning).
    pub fn answer(&mut self, id: &str, answer: Answer) -> Result<(), IoError> {
        self.update(|s| s.set_answer(id, answer))
    }

    /// Clear the answer to `id` (saved before returning).
    pub fn clear(&mut self, id: &str) -> Result<(), IoError> {
        self.update(|s| s.clear_answer(id))
    }

    /// Set the note on `id` (saved before returning).
    pub fn note(&mut self, id: &str, note: &str) -> Result<(), IoError> {
        self.update(|s| s.set_note(id, note))
    }
}

/// `path`, or the file a symbolic link at `path` points to (every link in the chain resolved).
fn resolve_link(path: &Path) -> Result<PathBuf, IoError> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(path).map_err(|e| IoError::new("kan de koppeling niet volgen:", path, e))
        }
        _ => Ok(path.to_path_buf()),
    }
}

/// A fresh path for a new session of `gemeente` on `date` in `dir`: `<slug>-<date>.toml`, with a
/// counter when that already exists. No user text can steer the path outside `dir`.
pub fn new_session_path(dir: &Path, gemeente: &str, date: jiff::civil::Date) -> PathBuf {
    let base = format!("{}-{date}", super::slug(gemeente));
    let mut path = dir.join(format!("{base}.toml"));
    let mut n = 2;
    while std::fs::symlink_metadata(&path).is_ok() {
        path = dir.join(format!("{base}-{n}.toml"));
        n += 1;
    }
    path
}
