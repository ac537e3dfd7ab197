//! Handling one key and rendering a 120×40 frame to a `TestBackend` (target: well under 1 ms).
//! The first benchmark moves the cursor (no disk); the second answers, which includes the atomic
//! save with fsync that every answer costs.
#![allow(missing_docs, clippy::unwrap_used)]

use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

use criterion::Criterion;
use criterion::measurement::Measurement;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use regiewijzer::tui::App;

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn started(dir: &Path) -> App {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wizard-test.toml");
    let questionnaire = Arc::new(regiewijzer::embedded::load_questionnaire_file(&path).unwrap());
    let mut app = App::new(questionnaire, dir);
    press(&mut app, KeyCode::Enter);
    for c in "Gent".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Enter);
    app
}

fn key_and_frame<M: Measurement + 'static>(c: &mut Criterion<M>) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = started(dir.path());
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut down = true;
    c.bench_function("tui: one key (move) + 120x40 frame", |b| {
        b.iter(|| {
            press(&mut app, if down { KeyCode::Down } else { KeyCode::Up });
            down = !down;
            terminal.draw(|f| f.render_widget(black_box(&app), f.area())).unwrap();
        });
    });
    let mut option = 1;
    c.bench_function("tui: one key (answer, saved to disk) + 120x40 frame", |b| {
        b.iter(|| {
            press(&mut app, KeyCode::Char(char::from(b'0' + option)));
            option = option % 4 + 1;
            terminal.draw(|f| f.render_widget(black_box(&app), f.area())).unwrap();
        });
    });
}

#[path = "support/cpu_time.rs"]
mod cpu_time;

/// Wall time, or CPU time with `REGIEWIJZER_BENCH_CPU=1` (see `support/cpu_time.rs`).
fn main() {
    cpu_time::main(key_and_frame, key_and_frame);
}
