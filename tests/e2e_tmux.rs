//! The real binary in a real terminal: tmux at 100×30 with `REGIEWIJZER_DATA_DIR` in a temp dir.
//! Through the intake and a few questions, quit, start again, resume, and check with capture-pane
//! that the answers are there and the session file is on disk; open the result, check that position,
//! strategy and scenario are on screen, and write the report. Needs tmux; `.ci/run` installs it
//! and runs `cargo test -- --ignored --test-threads=1`.
#![allow(clippy::unwrap_used)] // test helpers: a failed unwrap is a failed test

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// A private tmux server (its own socket), killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn new() -> Self {
        Self { socket: format!("regiewijzer-e2e-{}", std::process::id()) }
    }

    fn cmd(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux").arg("-L").arg(&self.socket).args(args).output().unwrap()
    }

    fn start(&self, data: &Path) {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wizard-test.toml");
        let command = format!(
            "env -u NO_COLOR -u REGIEWIJZER_TOEGANKELIJK REGIEWIJZER_DATA_DIR='{}' TERM=xterm-256color '{}' --vragenlijst '{}'",
            data.display(),
            env!("CARGO_BIN_EXE_regiewijzer"),
            fixture.display()
        );
        // Started in the temp dir; the report's default folder is `rapporten` in the data dir.
        let dir = data.display().to_string();
        let out = self.cmd(&["new-session", "-d", "-s", "rw", "-x", "100", "-y", "30", "-c", &dir, &command]);
        assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
        // Keep the pane after the program exits, to check that it restored the terminal.
        self.cmd(&["set-option", "-t", "rw", "remain-on-exit", "on"]);
    }

    fn format(&self, format: &str) -> String {
        let out = self.cmd(&["display-message", "-p", "-t", "rw", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    fn keys(&self, keys: &[&str]) {
        for key in keys {
            self.cmd(&["send-keys", "-t", "rw", key]);
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    fn text(&self, text: &str) {
        self.cmd(&["send-keys", "-t", "rw", "-l", text]);
        std::thread::sleep(Duration::from_millis(60));
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.cmd(&["capture-pane", "-p", "-t", "rw"]).stdout).into_owned()
    }

    /// Wait until the screen shows `text`, or fail showing what is there.
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(start.elapsed() < Duration::from_secs(15), "waited for '{text}', screen is:\n{screen}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Wait until the program has exited, check that it left the alternate screen, then close
    /// the pane.
    fn wait_for_exit(&self) {
        let start = Instant::now();
        while self.format("#{pane_dead}") != "1" {
            assert!(start.elapsed() < Duration::from_secs(15), "still running:\n{}", self.screen());
            std::thread::sleep(Duration::from_millis(100));
        }
        let status = self.format("#{pane_dead_status}/#{pane_dead_signal}");
        assert!(matches!(status.as_str(), "0/" | "/"), "exit status/signal: {status}");
        assert_eq!(self.format("#{alternate_on}"), "0", "the alternate screen is left");
        let screen = self.screen();
        assert!(!screen.contains("Stoppen?"), "the wizard is gone from the screen:\n{screen}");
        self.cmd(&["kill-session", "-t", "rw"]);
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").arg("-L").arg(&self.socket).arg("kill-server").output();
    }
}

fn session_files(data: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(data.join("sessies"))
        .map(|r| r.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect())
        .unwrap_or_default()
}

#[test]
#[ignore = "needs tmux: run by .ci/run"]
fn intake_answers_quit_and_resume_in_a_real_terminal() {
    let data = tempfile::tempdir().unwrap();
    let tmux = Tmux::new();

    tmux.start(data.path());
    tmux.wait_for("Nieuwe evaluatie starten");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Uw naam");
    tmux.text("Lier");
    tmux.keys(&["Tab"]);
    tmux.text("Mira");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Vraag 1 · Start");
    tmux.keys(&["2", "Enter"]);
    tmux.wait_for("Over welk thema");
    tmux.keys(&["Enter"]);
    tmux.text("armoede");
    tmux.keys(&["Enter"]);
    tmux.wait_for("voldoende informatie");
    tmux.keys(&["1", "q"]);
    let screen = tmux.wait_for("Stoppen?");
    assert!(screen.contains("al bewaard"), "{screen}");
    tmux.keys(&["j"]);
    tmux.wait_for_exit();

    let files = session_files(data.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(text.contains("gemeente = \"Lier\""), "{text}");
    assert!(text.contains("choice = \"een_persoon\""), "{text}");
    assert!(text.contains("text = \"armoede\""), "{text}");
    assert!(text.contains("choice = \"ja\""), "{text}");

    tmux.start(data.path());
    tmux.wait_for("Hervatten: Lier — Mira, integratieambtenaar — 3/7 beantwoord");
    tmux.keys(&["Down", "Enter"]);
    tmux.wait_for("Vraag 4 · Context");
    tmux.keys(&["o"]);
    let overview = tmux.wait_for("Overzicht van alle vragen");
    for answer in ["Eén persoon", "armoede", "Ja"] {
        assert!(overview.contains(answer), "'{answer}' missing from the overview:\n{overview}");
    }

    // The result: position and stage, strategy and scenario, then the report in the default folder.
    tmux.keys(&["r"]);
    let result = tmux.wait_for("Positie en fase van samenwerking");
    for line in ["Totaalscore", "Positie: Netwerkcoördinatie", "Fase: ", "Strategie: "] {
        assert!(result.contains(line), "'{line}' missing from the result:\n{result}");
    }
    tmux.keys(&["NPage"]);
    let result = tmux.wait_for("Scenario: 1 — De unieke groep");
    assert!(result.contains("[x] = aanbevolen") || result.contains("Betekenis: "), "{result}");
    tmux.keys(&["r"]);
    tmux.wait_for("In welke map?");
    tmux.keys(&["Enter"]);
    let written = tmux.wait_for("Rapport geschreven");
    let stem = files[0].file_stem().unwrap().to_string_lossy().into_owned();
    for ext in ["md", "html", "json"] {
        let report = data.path().join("rapporten").join(format!("{stem}.{ext}"));
        assert!(report.is_file(), "{} not written:\n{written}", report.display());
    }
    tmux.keys(&["Enter", "q", "j"]);
    tmux.wait_for_exit();
    assert_eq!(session_files(data.path()).len(), 1, "resumed, not duplicated");
    let lock = files[0].with_extension("toml.lock");
    assert!(!lock.exists(), "the lock is released on exit");
}
