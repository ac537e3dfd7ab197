//! A group: the sessions of one gemeente's respondents (a workshop), merged into one group file
//! (format in `docs/SESSIEBESTAND.md`), and what the report needs from them. No terminal, no printing.
//!
//! - [`collect`] reads the inputs of `samenvoegen` (files or a folder; size and file type never
//!   trusted) and [`merge`] turns loaded sessions of one gemeente into a [`Group`], naming every
//!   session it skips and why (another questionnaire version, the same respondent twice) and refusing
//!   sessions of different gemeenten;
//! - [`file`] holds the versioned group file, loaded with the same care as a session, and
//!   [`GroupFile`], an open group file that records what a consensus meeting decides through the same
//!   atomic save;
//! - [`consensus`] applies the documented consensus rule: ONE consensus [`Session`] that
//!   [`crate::analysis::analyse`] runs on unchanged, plus per question who answered what, how far
//!   the answers diverge, and whether the consensus is weak;
//! - [`agenda`] orders the divergent questions by divergence × importance (the gespreksagenda),
//!   finds the results that rest on weak consensus, and sets the roles side by side;
//! - [`texts`] holds the Dutch wording.

pub mod agenda;
pub mod collect;
pub mod consensus;
pub mod file;
pub mod texts;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::answer::Answer;
use crate::session::{Role, Session};

pub use agenda::{
    AgendaItem, FragileResult, Importance, Outcome, RoleGap, RoleProfile, RoleView, agenda, fragile_results, role_view,
};
pub use collect::{Input, MergeError, Merged, Skip, Skipped, merge, read_inputs};
pub use consensus::{Basis, Consensus, Opinion, QuestionConsensus, Weakness, consensus, consensus_session};
pub use file::{FileKind, GroupFile, detect, load, save};

/// Version of the group file format this build writes and reads (`group_format`).
pub const GROUP_FORMAT: u32 = 1;

/// One respondent of the group: the session as it was merged, and the file it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The file name the session was read from (no directory: the group file may be mailed).
    pub source: String,
    /// The respondent's whole session, answers and notes, unknown ids included.
    pub session: Session,
}

impl Member {
    /// `Naam (rol)`, or `anoniem (rol)`.
    pub fn label(&self) -> String {
        let r = &self.session.respondent;
        let name = r.name.trim();
        if name.is_empty() {
            format!("{} ({})", texts::ANONYMOUS, r.role.label())
        } else {
            format!("{name} ({})", r.role.label())
        }
    }
}

/// What a consensus meeting recorded for one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionStatus {
    /// The group agreed on an answer.
    Akkoord,
    /// The group stays divided ("blijft verdeeld").
    Verdeeld,
}

impl DecisionStatus {
    /// The id used in group files.
    pub fn id(self) -> &'static str {
        match self {
            DecisionStatus::Akkoord => "akkoord",
            DecisionStatus::Verdeeld => "verdeeld",
        }
    }
}

/// A decision of the consensus meeting (or of a groepssessie) on one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// Agreed, or still divided.
    pub status: DecisionStatus,
    /// The agreed answer (required when agreed; optional when divided).
    pub answer: Option<Answer>,
    /// A short motivation, or the note with a vote.
    pub motivation: Option<String>,
    /// A split vote of a groepssessie: option id → number of votes (empty when none was taken).
    pub votes: BTreeMap<String, u32>,
    /// When it was recorded.
    pub updated: jiff::Timestamp,
}

/// The content of a group file: the respondents of one gemeente and what their meeting decided.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// Questionnaire id all members answered.
    pub questionnaire: String,
    /// The questionnaire version all members answered.
    pub questionnaire_version: String,
    /// The gemeente (as most members typed it).
    pub gemeente: String,
    /// When the group was merged.
    pub created: jiff::Timestamp,
    /// When it last changed.
    pub updated: jiff::Timestamp,
    /// The respondents, bestuur first (see [`role_rank`]).
    pub members: Vec<Member>,
    /// Decisions by question id.
    pub decisions: BTreeMap<String, Decision>,
}

impl Group {
    /// The group of a **groepssessie**: one session the group answered together, whose recorded
    /// votes become decisions (the answer the group went on with, `verdeeld` when it has none or
    /// "weet niet", the note as motivation), so that the group report counts a split vote as
    /// divergence. `source` is the session's file name.
    pub fn from_group_session(session: &Session, source: &str) -> Self {
        let decisions = session
            .entries
            .iter()
            .filter(|(_, e)| !e.votes.is_empty())
            .map(|(id, e)| {
                let answer = e.answer.clone().filter(|a| !a.is_dont_know());
                let status = if answer.is_some() { DecisionStatus::Akkoord } else { DecisionStatus::Verdeeld };
                let decision = Decision {
                    status,
                    answer,
                    motivation: e.note.clone(),
                    votes: e.votes.clone(),
                    updated: session.updated,
                };
                (id.clone(), decision)
            })
            .collect();
        Group {
            questionnaire: session.questionnaire.clone(),
            questionnaire_version: session.questionnaire_version.clone(),
            gemeente: session.respondent.gemeente.clone(),
            created: session.created,
            updated: session.updated,
            members: vec![Member { source: source.to_string(), session: session.clone() }],
            decisions,
        }
    }

    /// Whether this is a groepssessie (one session answered together), not a workshop of several
    /// respondents.
    pub fn is_group_session(&self) -> bool {
        self.members.len() == 1
    }

    /// Record `decision` on question `id`, replacing an earlier one, and stamp the change.
    pub fn decide(&mut self, id: &str, decision: Decision) {
        self.updated = decision.updated;
        self.decisions.insert(id.to_string(), decision);
    }
}

/// The order roles are shown in: the bestuur first, then the administration, then partners and
/// outsiders, so "the bestuur against the partners" reads left to right.
pub fn role_rank(role: Role) -> u8 {
    match role {
        Role::Schepen => 0,
        Role::Integratieambtenaar => 1,
        Role::Diensthoofd => 2,
        Role::Partnerorganisatie => 3,
        Role::AgiiConsulent => 4,
        Role::Facilitator => 5,
        Role::Andere => 6,
    }
}
