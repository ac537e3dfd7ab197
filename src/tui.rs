//! The terminal wizard (ratatui + crossterm), a thin shell over [`crate::wizard`].
