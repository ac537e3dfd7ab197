//! The real binary against a hostile or clumsy environment (issue 14): private folders and lock
//! files under umask 000, FIFOs, links to `/dev/zero` and huge files in the sessions folder (every
//! command finishes, under a timeout, and names the file), a symbolically linked session (written
//! through), and the exit codes: 3 for file errors, 4 for a session open elsewhere, a quiet 0 on a
//! closed pipe.
#![allow(clippy::unwrap_used)] // test helpers: a failed unwrap is a failed test

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// No command here needs more than a few hundred milliseconds; a hang is a failure, not a stuck run.
const TIMEOUT: Duration = Duration::from_secs(20);

fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("regiewijzer")
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// `regiewijzer` with its own data and config folders.
fn base(data: &Path) -> Command {
    let mut cmd = Command::new(binary());
    cmd.env("REGIEWIJZER_DATA_DIR", data)
        .env("REGIEWIJZER_CONFIG_DIR", data.join("config"))
        .env_remove("REGIEWIJZER_TOEGANKELIJK")
        .env("NO_COLOR", "1");
    cmd
}

/// [`base`] on the test questionnaire.
fn command(data: &Path) -> Command {
    let mut cmd = base(data);
    cmd.arg("--vragenlijst").arg(root().join("tests/fixtures/wizard-test.toml"));
    cmd
}

/// Wait for `child` at most [`TIMEOUT`]; kill it and fail if it hangs.
fn wait(mut child: Child, what: &str) -> Output {
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > TIMEOUT {
            child.kill().unwrap();
            panic!("{what}: still running after {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    child.wait_with_output().unwrap()
}

/// Run `cmd` with `input` on stdin, under the timeout.
fn run(mut cmd: Command, input: &str, what: &str) -> Output {
    cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    wait(child, what)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A data folder with one valid session of the test questionnaire; returns it and the session.
fn data_with_session() -> (tempfile::TempDir, PathBuf) {
    let data = tempfile::tempdir().unwrap();
    let out = run(command(data.path()), "Testdorp\n\n\n\n", "intake");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let session = std::fs::read_dir(data.path().join("sessies"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "toml"))
        .unwrap();
    (data, session)
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn folders_and_lock_files_are_private_under_umask_000() {
    let data = tempfile::tempdir().unwrap();
    let home = data.path().join("regiewijzer");
    // The umask is per process: set it in a shell that then becomes the real binary.
    let mut cmd = command(&home);
    let args: Vec<_> = cmd.get_args().map(ToOwned::to_owned).collect();
    let mut sh = Command::new("sh");
    sh.arg("-c").arg("umask 000; exec \"$0\" \"$@\"").arg(binary()).args(args).arg("--toegankelijk");
    sh.envs(cmd.get_envs().filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))));
    cmd = sh;
    cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"Gent\n\n\n\n").unwrap();
    stdin.flush().unwrap();
    // While the session is open its lock file exists.
    let sessions = home.join("sessies");
    let start = Instant::now();
    let lock = loop {
        let found = std::fs::read_dir(&sessions).ok().and_then(|d| {
            d.filter_map(Result::ok).map(|e| e.path()).find(|p| p.extension().is_some_and(|x| x == "lock"))
        });
        // The lock is taken before the new session is first saved: wait for both.
        if let Some(lock) = found.filter(|l| l.with_extension("").exists()) {
            break lock;
        }
        assert!(start.elapsed() < TIMEOUT, "no lock file appeared");
        std::thread::sleep(Duration::from_millis(10));
    };
    assert_eq!(mode(&lock), 0o600, "lock file");
    assert_eq!(mode(&home), 0o700, "data folder");
    assert_eq!(mode(&sessions), 0o700, "sessions folder");
    let session = lock.with_extension("");
    assert_eq!(mode(&session), 0o600, "session file");
    drop(stdin);
    let out = wait(child, "umask 000");
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[cfg(unix)]
#[test]
fn fifos_device_links_and_huge_files_are_refused_without_hanging() {
    let (data, _) = data_with_session();
    let sessions = data.path().join("sessies");
    let fifo = sessions.join("pijp.toml");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success(), "mkfifo");
    std::os::unix::fs::symlink("/dev/zero", sessions.join("nul.toml")).unwrap();
    std::fs::File::create(sessions.join("groot.toml")).unwrap().set_len(11 * 1024 * 1024).unwrap();
    let expected = [
        ("pijp.toml", "geen gewoon bestand maar een FIFO (named pipe)"),
        ("nul.toml", "geen gewoon bestand maar een apparaat"),
        ("groot.toml", "groter dan 10 MB"),
    ];

    let mut sessies = command(data.path());
    sessies.arg("sessies");
    let out = run(sessies, "", "sessies");
    assert!(out.status.success());
    let stderr = text(&out.stderr);
    for (file, message) in expected {
        assert!(stderr.contains(&format!("{file}:1:1: het sessiebestand is {message}")), "{stderr}");
    }
    assert!(text(&out.stdout).contains("Testdorp"));

    // The line mode names them above its menu and still offers the good session.
    let mut line = command(data.path());
    line.arg("--toegankelijk");
    let out = run(line, "", "line mode");
    let stdout = text(&out.stdout);
    for (file, message) in expected {
        assert!(stdout.contains("overgeslagen: ") && stdout.contains(file), "{stdout}");
        assert!(stdout.contains(message), "{stdout}");
    }
    assert!(stdout.contains("Hervatten: Testdorp"), "{stdout}");

    for (file, message) in expected {
        let mut rapport = base(data.path());
        rapport.arg("rapport").arg(sessions.join(file));
        let out = run(rapport, "", file);
        assert_eq!(out.status.code(), Some(1), "{file}");
        assert!(text(&out.stderr).contains(message), "{}", text(&out.stderr));
    }
    // A FIFO or device as questionnaire or template is refused the same way.
    let mut controleer = Command::new(binary());
    controleer.arg("controleer").arg(&fifo);
    let out = run(controleer, "", "controleer fifo");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("de vragenlijst is geen gewoon bestand maar een FIFO"), "{}", text(&out.stderr));
}

#[cfg(unix)]
#[test]
fn a_linked_session_is_written_through_to_its_target() {
    let (data, session) = data_with_session();
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("gedeeld.toml");
    std::fs::rename(&session, &target).unwrap();
    std::os::unix::fs::symlink(&target, &session).unwrap();
    let mut line = command(data.path());
    line.arg("--toegankelijk");
    let out = run(line, "2\n3\nstop\n", "resume through a link");
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains(&format!("bewaard in {}", target.display())), "{stdout}");
    assert!(std::fs::symlink_metadata(&session).unwrap().file_type().is_symlink(), "the link was replaced");
    assert!(std::fs::read_to_string(&target).unwrap().contains("choice = \"dienst\""));
    let leftovers: Vec<_> = std::fs::read_dir(elsewhere.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(leftovers, ["gedeeld.toml"], "no lock or temp file left beside the target");
}

#[test]
fn a_session_open_elsewhere_exits_4_and_file_errors_exit_3() {
    let (data, session) = data_with_session();
    {
        // This test process holds the session's lock, as a second Regiewijzer would.
        let _held = regiewijzer::session::Lock::acquire(&session).unwrap();
        let mut line = command(data.path());
        line.arg("--toegankelijk");
        let out = run(line, "2\n", "locked");
        assert_eq!(out.status.code(), Some(4), "{}", text(&out.stdout));
        assert!(text(&out.stdout).contains("al geopend door een ander Regiewijzer-proces"));
        assert!(text(&out.stderr).is_empty(), "said once, on stdout: {}", text(&out.stderr));
    }

    // The lock file of a new session cannot be made: a file error (3), not "al geopend" (4).
    let today = jiff::Timestamp::now().to_zoned_datetime(jiff::tz::TimeZone::system()).date();
    std::fs::create_dir_all(data.path().join(format!("sessies/aalst-{today}.toml.lock"))).unwrap();
    let mut line = command(data.path());
    line.arg("--toegankelijk");
    let out = run(line, "1\nAalst\n\n\n\n", "lock file blocked");
    assert_eq!(out.status.code(), Some(3), "{}{}", text(&out.stdout), text(&out.stderr));
    assert!(text(&out.stderr).contains("kan het slotbestand niet openen"), "{}", text(&out.stderr));

    // A data folder that cannot be made: 3.
    let file = data.path().join("gewoon-bestand");
    std::fs::write(&file, "x").unwrap();
    let mut line = command(&file.join("data"));
    line.arg("--toegankelijk");
    let out = run(line, "", "data folder under a file");
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).contains("kan de map niet maken"), "{}", text(&out.stderr));
}

#[test]
fn a_closed_pipe_ends_quietly_with_0() {
    let (data, _) = data_with_session();
    let cases: [&[&str]; 5] = [
        &["vragenlijst"],
        &["sessies"],
        &["controleer"],
        &["--toegankelijk"],
        &["rapport", "tests/fixtures/sessions-vvsg/kort-agii-consulent.toml", "--formaat", "md"],
    ];
    for args in cases {
        let mut cmd = if args == ["--toegankelijk"] { command(data.path()) } else { base(data.path()) };
        cmd.args(args).current_dir(root()).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        // Close the reading end before the program writes anything: every write meets a closed pipe.
        drop(child.stdout.take());
        let out = wait(child, &args.join(" "));
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        assert!(out.stderr.is_empty(), "{args:?}: {}", text(&out.stderr));
    }
}

#[cfg(feature = "tui")]
mod tui {
    use std::sync::Arc;

    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use regiewijzer::tui::App;
    use regiewijzer::wizard::Ended;

    use super::*;

    fn app(sessions: &Path) -> App {
        let path = root().join("tests/fixtures/wizard-test.toml");
        App::new(Arc::new(regiewijzer::embedded::load_questionnaire_file(&path).unwrap()), sessions)
    }

    fn press(app: &mut App, code: KeyCode) {
        app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    }

    fn screen(app: &App) -> String {
        let mut terminal = Terminal::new(TestBackend::new(100, 40)).unwrap();
        terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
        terminal.backend().to_string().lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn a_session_open_elsewhere_ends_the_tui_as_locked() {
        let (data, session) = data_with_session();
        let _held = regiewijzer::session::Lock::acquire(&session).unwrap();
        let mut app = app(&data.path().join("sessies"));
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Enter);
        assert!(screen(&app).contains("al geopend"));
        assert!(matches!(app.ended(), Ended::Locked(m) if m.contains("al geopend")));
    }

    #[test]
    fn unsaved_answers_are_named_when_quitting() {
        let (data, session) = data_with_session();
        let name = session.file_name().unwrap().to_string_lossy().into_owned();
        // A directory where this process's temp file goes makes every save fail.
        std::fs::create_dir(session.with_file_name(format!(".{name}.{}.tmp", std::process::id()))).unwrap();
        let mut app = app(&data.path().join("sessies"));
        press(&mut app, KeyCode::Down);
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Char('2'));
        assert!(screen(&app).contains("kan niet schrijven naar"), "{}", screen(&app));
        press(&mut app, KeyCode::Esc);
        assert!(screen(&app).contains("1 antwoord is NIET bewaard"), "{}", screen(&app));
        press(&mut app, KeyCode::Char('q'));
        let quit = screen(&app);
        assert!(quit.contains("NIET bewaard") && quit.contains("Hoe is integratie"), "{quit}");
        assert!(!quit.contains("al bewaard in"), "{quit}");
        assert!(matches!(app.ended(), Ended::Unsaved(m) if m.contains("Hoe is integratie georganiseerd?")));
    }

    #[test]
    fn damaged_sessions_are_mentioned_on_the_start_screen() {
        let (data, _) = data_with_session();
        std::fs::write(data.path().join("sessies/kapot.toml"), "format = ").unwrap();
        let app = app(&data.path().join("sessies"));
        assert!(screen(&app).contains("1 beschadigd sessiebestand overgeslagen"), "{}", screen(&app));
    }
}
