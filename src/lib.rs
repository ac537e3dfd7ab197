//! Regiewijzer: a self-assessment of how a Flemish gemeente steers and coordinates its local
//! integration policy, after the VVSG leidraad *Regie en Coördinatie* and its 4P model.
//!
//! Data flows one way:
//! 1. [`questionnaire`] loads and validates a TOML questionnaire (embedded or the user's own, via [`embedded`]);
//! 2. [`session`] holds one respondent's answers and saves every change atomically ([`fsutil`]);
//! 3. [`wizard`] walks the visible questions; two front ends sit side by side over it: [`tui`]
//!    (full screen) and [`linemode`] (plain lines, for screen readers and pipes);
//! 4. [`analysis`] turns questionnaire + session into scores, position, strategy, scenario and advice,
//!    each result carrying the answers that led to it;
//! 5. [`report`] renders that analysis as Markdown, HTML or JSON through handlebars templates.
//!
//! A workshop merges several respondents' sessions into a [`group`]: its consensus rule makes one
//! consensus session that the same analysis runs on, and the group report adds where the
//! respondents diverge (the gespreksagenda) and how the roles see their gemeente.
//!
//! [`cli`] holds every subcommand on top; nothing below imports it. [`answer`] holds the answer
//! types that both [`questionnaire`] and [`session`] use. [`form`] is a third front end, without
//! Regiewijzer: the questionnaire as one HTML page whose script asks the questions in a browser and
//! downloads the answers as a session file.
//!
//! The core has no terminal code: `cargo check --lib --no-default-features` proves it.

pub mod analysis;
pub mod answer;
pub mod cli;
pub mod display;
pub mod embedded;
pub mod error;
pub mod form;
pub mod fsutil;
pub mod group;
pub mod linemode;
pub mod overview;
pub mod paths;
pub mod questionnaire;
pub mod report;
pub mod session;
pub mod strings;
#[cfg(feature = "tui")]
pub mod tui;
pub mod wizard;
