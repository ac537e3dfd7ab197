//! A session: one respondent's answers for one gemeente, saved as a TOML file (format in
//! `docs/SESSIEBESTAND.md`). [`Session`] is the plain value; [`SessionFile`] is an open session on
//! disk that saves every change before the call returns, holds a lock against a second process,
//! and keeps answers the questionnaire does not know.

mod dir;
pub mod fast;
mod file;
mod lock;
mod slug;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use dir::{prepare_dir, remove_stale_temp_files};
pub use file::{LoadError, SessionFile, from_bytes, load, new_session_path, parse_full, save};
pub use lock::{Lock, LockError};
pub use slug::slug;

pub use crate::answer::{Answer, FieldValue, Mode, Record};

/// Version of the session file format of a session without votes (what the form writes too).
pub const FORMAT: u32 = 1;

/// The newest session format this build reads and writes: 2 adds the `votes` of a groepssessie. A
/// session is written as 2 only when it holds votes, so an older Regiewijzer, which would not know
/// what to do with them, says "install a newer version" instead of misreading it; every other
/// session stays 1 and opens in older versions as before.
pub const FORMAT_VOTES: u32 = 2;

/// The respondent's role; who answers matters (officials, politicians and partners see the same
/// gemeente differently), so the report and the merge keep it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Integration official.
    #[default]
    Integratieambtenaar,
    /// Alderman (schepen).
    Schepen,
    /// Head of a service.
    Diensthoofd,
    /// Partner organisation.
    Partnerorganisatie,
    /// Consultant of the Agentschap Integratie en Inburgering.
    #[serde(rename = "agii-consulent")]
    AgiiConsulent,
    /// Workshop facilitator.
    Facilitator,
    /// Any other role.
    Andere,
}

impl Role {
    /// Every role, in the order offered to the user.
    pub const ALL: [Role; 7] = [
        Role::Integratieambtenaar,
        Role::Schepen,
        Role::Diensthoofd,
        Role::Partnerorganisatie,
        Role::AgiiConsulent,
        Role::Facilitator,
        Role::Andere,
    ];

    /// The label shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Role::Integratieambtenaar => "integratieambtenaar",
            Role::Schepen => "schepen",
            Role::Diensthoofd => "diensthoofd",
            Role::Partnerorganisatie => "partnerorganisatie",
            Role::AgiiConsulent => "AgII-consulent",
            Role::Facilitator => "facilitator",
            Role::Andere => "andere",
        }
    }

    /// The id used in session files and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Role::Integratieambtenaar => "integratieambtenaar",
            Role::Schepen => "schepen",
            Role::Diensthoofd => "diensthoofd",
            Role::Partnerorganisatie => "partnerorganisatie",
            Role::AgiiConsulent => "agii-consulent",
            Role::Facilitator => "facilitator",
            Role::Andere => "andere",
        }
    }

    /// Parse a role id (case-insensitive).
    pub fn from_id(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.id().eq_ignore_ascii_case(s.trim()))
    }
}

/// Who answers, for which gemeente.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Respondent {
    /// The gemeente assessed.
    pub gemeente: String,
    /// The respondent's name (may be empty in anonymous workshops).
    #[serde(default)]
    pub name: String,
    /// The respondent's role.
    #[serde(default)]
    pub role: Role,
}

/// What is stored for one question id: the answer, a note, or both; in a groepssessie also how the
/// group voted.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Entry {
    /// The answer, if given.
    pub answer: Option<Answer>,
    /// The respondent's note, if any.
    pub note: Option<String>,
    /// A groepssessie's vote on the question: option id → number of votes (empty when none).
    pub votes: BTreeMap<String, u32>,
}

impl Entry {
    fn is_empty(&self) -> bool {
        self.answer.is_none() && self.note.is_none() && self.votes.is_empty()
    }
}

/// One respondent's session.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// Questionnaire id the answers belong to.
    pub questionnaire: String,
    /// Questionnaire version the session was started with.
    pub questionnaire_version: String,
    /// Full or short intake.
    pub mode: Mode,
    /// Who answers, for which gemeente.
    pub respondent: Respondent,
    /// When the session was created.
    pub created: jiff::Timestamp,
    /// When it last changed.
    pub updated: jiff::Timestamp,
    /// Entries by question id, including ids the questionnaire does not (or no longer) know.
    pub entries: BTreeMap<String, Entry>,
}

impl Session {
    /// A new, empty session.
    pub fn new(questionnaire: &crate::questionnaire::Questionnaire, respondent: Respondent, mode: Mode) -> Self {
        let now = jiff::Timestamp::now();
        Self {
            questionnaire: questionnaire.id.clone(),
            questionnaire_version: questionnaire.version.clone(),
            mode,
            respondent,
            created: now,
            updated: now,
            entries: BTreeMap::new(),
        }
    }

    /// The answer to question `id`.
    pub fn answer(&self, id: &str) -> Option<&Answer> {
        self.entries.get(id).and_then(|e| e.answer.as_ref())
    }

    /// The note on question `id`.
    pub fn note(&self, id: &str) -> Option<&str> {
        self.entries.get(id).and_then(|e| e.note.as_deref())
    }

    /// Set (or replace) the answer to `id`.
    pub fn set_answer(&mut self, id: &str, answer: Answer) {
        self.entries.entry(id.to_string()).or_default().answer = Some(answer);
    }

    /// Remove the answer to `id`, keeping its note.
    pub fn clear_answer(&mut self, id: &str) {
        if let Some(entry) = self.entries.get_mut(id) {
            entry.answer = None;
            if entry.is_empty() {
                self.entries.remove(id);
            }
        }
    }

    /// Set the note on `id`; an empty or blank note removes it.
    pub fn set_note(&mut self, id: &str, note: &str) {
        if note.trim().is_empty() {
            if let Some(entry) = self.entries.get_mut(id) {
                entry.note = None;
                if entry.is_empty() {
                    self.entries.remove(id);
                }
            }
        } else {
            self.entries.entry(id.to_string()).or_default().note = Some(note.to_string());
        }
    }

    /// The vote recorded on question `id` (empty when none).
    pub fn votes(&self, id: &str) -> Option<&BTreeMap<String, u32>> {
        self.entries.get(id).map(|e| &e.votes).filter(|v| !v.is_empty())
    }

    /// Record a groepssessie's vote on `id` (option id → votes; options without votes are left
    /// out); an empty vote removes it.
    pub fn set_votes(&mut self, id: &str, votes: &BTreeMap<String, u32>) {
        let votes: BTreeMap<String, u32> =
            votes.iter().filter(|(_, n)| **n > 0).map(|(k, n)| (k.clone(), *n)).collect();
        if votes.is_empty() {
            if let Some(entry) = self.entries.get_mut(id) {
                entry.votes.clear();
                if entry.is_empty() {
                    self.entries.remove(id);
                }
            }
        } else {
            self.entries.entry(id.to_string()).or_default().votes = votes;
        }
    }

    /// Whether any question holds a vote: then the session is a groepssessie, answered by a group
    /// together (see `docs/GROEP.md`).
    pub fn has_votes(&self) -> bool {
        self.entries.values().any(|e| !e.votes.is_empty())
    }

    /// Ids of entries the questionnaire does not know (kept and written back unchanged).
    pub fn unknown_ids(&self, questionnaire: &crate::questionnaire::Questionnaire) -> Vec<&str> {
        self.entries.keys().filter(|id| questionnaire.question(id).is_none()).map(String::as_str).collect()
    }
}

impl crate::answer::Answers for Session {
    fn mode(&self) -> Mode {
        self.mode
    }

    fn answer(&self, id: &str) -> Option<&Answer> {
        Session::answer(self, id)
    }
}
