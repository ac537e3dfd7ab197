//! Named styles. Meaning is always carried by a symbol, a word or a modifier (bold, reversed) as
//! well; colour only helps. With `NO_COLOR` the App strips every colour after drawing.

use ratatui::style::{Color, Modifier, Style};

/// Title bar.
pub const HEADER: Style = Style::new().fg(Color::Black).bg(Color::Cyan).add_modifier(Modifier::BOLD);
/// The current step in the step bar.
pub const STEP_CURRENT: Style = Style::new().fg(Color::Black).bg(Color::Cyan).add_modifier(Modifier::BOLD);
/// Other steps.
pub const STEP: Style = Style::new();
/// A question's prompt.
pub const PROMPT: Style = Style::new().add_modifier(Modifier::BOLD);
/// A step's introduction, shown above its first question.
pub const INTRO: Style = Style::new().add_modifier(Modifier::ITALIC);
/// Help text under a question.
pub const HELP_TEXT: Style = Style::new().fg(Color::Gray).add_modifier(Modifier::ITALIC);
/// The selected row of a list (also marked with ▶).
pub const SELECTED: Style = Style::new().add_modifier(Modifier::REVERSED);
/// The chosen answer (also marked with (•) or [x]).
pub const CHOSEN: Style = Style::new().fg(Color::Green).add_modifier(Modifier::BOLD);
/// A focused input.
pub const FOCUS: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
/// A text field of a form (underlined, like a line to write on).
pub const INPUT: Style = Style::new().add_modifier(Modifier::UNDERLINED);
/// Borders.
pub const BORDER: Style = Style::new().fg(Color::DarkGray);
/// Good news in the status line (also prefixed with ✓).
pub const OK: Style = Style::new().fg(Color::Green);
/// A problem (also prefixed with ⚠ or in a titled popup).
pub const PROBLEM: Style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
/// Key names in the footer and help.
pub const KEY: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
/// Footer text.
pub const FOOTER: Style = Style::new();
/// Filled part of a bar.
pub const BAR: Style = Style::new().fg(Color::Cyan);
/// Dimmed text (unanswered, empty).
pub const DIM: Style = Style::new().fg(Color::DarkGray);
