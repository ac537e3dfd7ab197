//! Crash safety (issue 14): the line mode is killed with SIGKILL at random moments while it answers
//! through a pipe, 60 times. After each kill the session loads, holds every answer the line mode
//! confirmed ("Bewaard."), the next start takes the stale lock over and leaves no temp file behind.
//!
//! Slow (about 30 s): `#[ignore]`, run by `.ci/run` (`cargo test -- --ignored`), or alone with
//! `cargo test --test crash -- --ignored --nocapture`. `CRASH_SEED=<n>` replays a run.
#![cfg(unix)]
#![allow(clippy::unwrap_used)] // test helpers: a failed unwrap is a failed test

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use regiewijzer::session::{self, Answer};

const KILLS: usize = 60;
/// Answer-and-note cycles written to the line mode per run (more than it gets through).
const CYCLES: usize = 400;

fn command(data: &Path) -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("regiewijzer"));
    cmd.env("REGIEWIJZER_DATA_DIR", data)
        .env("REGIEWIJZER_CONFIG_DIR", data.join("config"))
        .env_remove("REGIEWIJZER_TOEGANKELIJK")
        .arg("--vragenlijst")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wizard-test.toml"))
        .arg("--toegankelijk")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    cmd
}

/// The input of one run: resume the session, then per cycle answer the text question `start.thema`
/// and write a note on it. Saves alternate: text `t-<run>-<i>`, note `n-<run>-<i>`.
fn script(run: usize) -> String {
    // stap 1 → start.organisatie ("geen", so start.vte is hidden), Enter → start.thema.
    let mut s = String::from("2\n");
    for i in 0..CYCLES {
        writeln!(s, "stap 1\n\nt-{run}-{i}\nterug\nnotitie\nn-{run}-{i}").unwrap();
    }
    s
}

/// The text and note of `start.thema` after the first `saves` saves of run `run`, starting from
/// `before`.
fn state_after(
    run: usize,
    saves: usize,
    before: &(Option<String>, Option<String>),
) -> (Option<String>, Option<String>) {
    let mut state = before.clone();
    for k in 0..saves {
        let i = k / 2;
        if k % 2 == 0 {
            state.0 = Some(format!("t-{run}-{i}"));
        } else {
            state.1 = Some(format!("n-{run}-{i}"));
        }
    }
    state
}

fn on_disk(path: &Path) -> (Option<String>, Option<String>) {
    let s = session::load(path).unwrap_or_else(|e| panic!("the session does not load after a kill: {e}"));
    let text = match s.answer("start.thema") {
        Some(Answer::Text(t)) => Some(t.clone()),
        None => None,
        Some(other) => panic!("unexpected answer {other:?}"),
    };
    (text, s.note("start.thema").map(str::to_string))
}

fn temp_files(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "tmp"))
        .collect()
}

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
#[ignore = "slow: 60 kills of the real binary; run by .ci/run (cargo test -- --ignored)"]
fn sigkill_at_random_moments_never_loses_a_confirmed_answer() {
    let seed = std::env::var("CRASH_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
        u64::from(nanos) << 20 | 1
    });
    println!("CRASH_SEED={seed}");
    let mut rng = Rng(seed);
    let data = tempfile::tempdir().unwrap();
    let sessions = data.path().join("sessies");

    // A session whose first answer hides start.vte, so Enter after `stap 1` reaches start.thema.
    let mut first = command(data.path()).spawn().unwrap();
    first.stdin.take().unwrap().write_all(b"Crashdorp\n\n\n\n1\n").unwrap();
    assert!(first.wait().unwrap().success());
    let path = std::fs::read_dir(&sessions)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "toml"))
        .unwrap();

    let mut state = on_disk(&path);
    let (mut confirmed_total, mut stale_temps, mut stale_locks) = (0, 0, 0);
    for run in 0..KILLS {
        let mut child = command(data.path()).spawn().unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let input = script(run);
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(input.as_bytes()); // fails once the process is killed
        });
        let mut stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            let mut out = String::new();
            let _ = stdout.read_to_string(&mut out);
            out
        });
        // Kill at a random moment: anywhere from start-up to well into the answers.
        std::thread::sleep(Duration::from_micros(rng.below(150_000)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        writer.join().unwrap();
        let out = reader.join().unwrap();

        let confirmed = out.lines().filter(|l| *l == "Bewaard." || *l == "Notitie bewaard.").count();
        confirmed_total += confirmed;
        let found = on_disk(&path);
        // The kill may fall after a save and before its "Bewaard.": one save more is fine, one
        // confirmed save less is not.
        let expected = [state_after(run, confirmed, &state), state_after(run, confirmed + 1, &state)];
        assert!(
            expected.contains(&found),
            "run {run} (seed {seed}): {confirmed} saves confirmed, expected {:?} or {:?}, found {found:?}\n{out}",
            expected[0],
            expected[1]
        );
        state = found;
        stale_temps += usize::from(!temp_files(&sessions).is_empty());
        stale_locks += usize::from(session::Lock::path_for(&path).exists());

        // The next start: takes the stale lock over, removes the dead process's temp file.
        let mut next = command(data.path()).spawn().unwrap();
        next.stdin.take().unwrap().write_all(b"2\nstop\n").unwrap();
        let started = Instant::now();
        let mut out = String::new();
        next.stdout.take().unwrap().read_to_string(&mut out).unwrap();
        assert!(next.wait().unwrap().success(), "run {run}: the next start failed\n{out}");
        assert!(started.elapsed() < Duration::from_secs(20));
        assert!(out.contains("Sessie hervat."), "run {run}: the stale lock was not taken over\n{out}");
        assert_eq!(temp_files(&sessions), Vec::<PathBuf>::new(), "run {run}: a temp file survived the next start");
        assert_eq!(on_disk(&path), state, "run {run}: the next start changed the answers");
    }
    println!(
        "{KILLS} kills: {confirmed_total} confirmed saves checked; {stale_locks} stale locks taken over, \
         {stale_temps} kills left a temp file (all removed by the next start)"
    );
    assert!(confirmed_total > KILLS, "the kills came too early to test anything");
}
