//! The answer types shared by the questionnaire (visibility, scores) and the session (storage):
//! [`Answer`], [`FieldValue`], [`Record`], [`Mode`], and the [`Answers`] view that visibility
//! reads. It sits below both, so neither imports the other for these types.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The option id of "weet niet", offered with every choice question.
pub const DONT_KNOW: &str = "weet_niet";

/// Full questionnaire or the short intake (questions tagged `kort`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// Every question.
    #[default]
    Volledig,
    /// The short intake of about 15 minutes.
    Kort,
}

/// A value of one field of a record in a record list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FieldValue {
    /// A number.
    Number(f64),
    /// Text or a single option id.
    Text(String),
    /// Option ids of a multiple-choice field.
    List(Vec<String>),
}

/// One record of a record list: field id → value.
pub type Record = BTreeMap<String, FieldValue>;

/// An answer to one question.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// One option id (single choice, jgnw).
    Choice(String),
    /// Option ids (multiple choice).
    Choices(Vec<String>),
    /// A number (number, scale).
    Number(f64),
    /// Text (short or long).
    Text(String),
    /// Records of a record list.
    Records(Vec<Record>),
}

impl Answer {
    /// Whether the answer is, or contains, option `id`.
    pub fn has_option(&self, id: &str) -> bool {
        match self {
            Answer::Choice(c) => c == id,
            Answer::Choices(cs) => cs.iter().any(|c| c == id),
            _ => false,
        }
    }

    /// Whether this is "weet niet".
    pub fn is_dont_know(&self) -> bool {
        matches!(self, Answer::Choice(c) if c == DONT_KNOW)
    }
}

/// What visibility needs to know of a set of answers: the mode and the answer to a question.
/// Implemented by [`crate::session::Session`]; a merged group session can implement it too.
pub trait Answers {
    /// Full questionnaire or short intake.
    fn mode(&self) -> Mode;
    /// The answer to question `id`, if any.
    fn answer(&self, id: &str) -> Option<&Answer>;
}
