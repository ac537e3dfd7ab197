//! The terminal wizard (ratatui + crossterm), a thin shell over [`crate::wizard`]: terminal
//! lifecycle and the one loop. Draw with `&App`, then handle one event with `&mut App`; the loop
//! ends on [`RunState::Quit`]. The terminal is restored on exit, on error and on panic
//! (`ratatui::try_init` installs the panic hook; ours also turns bracketed paste off).
//!
//! - [`app`]: state and key handling (`app/start`, `app/question`, `app/form`: one file per screen);
//! - [`action`]: the key table that drives handling, footer and `?` help;
//! - [`screens`]: `impl Widget for &App` and one `render_*` per screen;
//! - [`result`]: the result screen as one scrollable document;
//! - [`widgets`]: step bar, bars, popups, key bar;
//! - [`theme`]: named styles.

pub mod action;
pub mod app;
pub mod result;
pub mod screens;
pub mod theme;
pub mod widgets;

use std::io;
use std::path::Path;
use std::sync::Arc;

use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use crossterm::execute;
use ratatui::DefaultTerminal;

pub use app::{App, RunState};

use crate::questionnaire::Questionnaire;
use crate::wizard::Begin;

/// Whether colour is off (`NO_COLOR` set and not empty, see <https://no-color.org>).
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Run the terminal wizard until the user quits, with sessions in `sessions_dir`, beginning as
/// `begin` says. Returns how it ended (saved, a session open elsewhere, answers not saved) for the
/// exit code.
pub fn run(questionnaire: Arc<Questionnaire>, sessions_dir: &Path, begin: &Begin) -> io::Result<crate::wizard::Ended> {
    let mut terminal = ratatui::try_init()?;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        previous(info);
    }));
    let _ = execute!(io::stdout(), EnableBracketedPaste);
    let mut app = App::new(questionnaire, sessions_dir).with_monochrome(no_color()).begin(begin);
    if let Ok(size) = terminal.size() {
        app.resize(size.width, size.height);
    }
    let result = event_loop(&mut terminal, &mut app);
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    result.map(|()| app.ended())
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
    while app.state() == RunState::Running {
        terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        match event::read()? {
            Event::Key(key) => app.handle_key(key),
            Event::Paste(text) => app.handle_paste(&text),
            Event::Resize(width, height) => app.resize(width, height),
            _ => {}
        }
    }
    Ok(())
}
