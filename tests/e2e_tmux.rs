//! The real binary in a real terminal: tmux with `REGIEWIJZER_DATA_DIR` in a temp dir.
//! At 100×30: through the intake and a few questions, quit, start again, resume, and check with
//! capture-pane that the answers are there and the session file is on disk; open the result, check
//! that position, strategy and scenario are on screen, and write the report.
//! At 80×24: a complete assessment of the real questionnaire (every kind of question, notes, "weet
//! niet", four actors, options 10 and up, an exclusive option), checking on every screen that the
//! progress never goes back and that nothing overflows; with `REGIEWIJZER_E2E_CAPTURES=DIR` every
//! screen is also written there to look at. Needs tmux; `.ci/run` installs it and runs
//! `cargo test -- --ignored --test-threads=1`.
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
        self.start_with(data, &format!("--vragenlijst '{}'", fixture.display()), (100, 30));
    }

    /// Start the binary with `args` in a `width`×`height` pane.
    fn start_with(&self, data: &Path, args: &str, (width, height): (u16, u16)) {
        let command = format!(
            "env -u NO_COLOR -u REGIEWIJZER_TOEGANKELIJK REGIEWIJZER_DATA_DIR='{}' TERM=xterm-256color '{}' {args}",
            data.display(),
            env!("CARGO_BIN_EXE_regiewijzer"),
        );
        // Started in the temp dir; the report's default folder is `rapporten` in the data dir.
        let dir = data.display().to_string();
        let (width, height) = (width.to_string(), height.to_string());
        let out = self.cmd(&["new-session", "-d", "-s", "rw", "-x", &width, "-y", &height, "-c", &dir, &command]);
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

    /// Wait until the screen shows one of `texts`.
    fn wait_for_any(&self, texts: &[&str]) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if texts.iter().any(|t| screen.contains(t)) {
                return screen;
            }
            assert!(start.elapsed() < Duration::from_secs(15), "waited for {texts:?}, screen is:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
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

/// What the 80×24 run saw: every screen, and the progress shown on each question.
struct Run {
    captures: Option<PathBuf>,
    count: usize,
    last_percent: u8,
}

impl Run {
    fn new() -> Self {
        let captures = std::env::var_os("REGIEWIJZER_E2E_CAPTURES").map(PathBuf::from);
        if let Some(dir) = &captures {
            std::fs::create_dir_all(dir).unwrap();
        }
        Self { captures, count: 0, last_percent: 0 }
    }

    /// Check a screen (fits 80×24, progress never back) and keep it if asked.
    fn look(&mut self, name: &str, screen: &str) {
        self.count += 1;
        let lines: Vec<&str> = screen.lines().collect();
        assert!(lines.len() <= 24 && lines.iter().all(|l| l.chars().count() <= 80), "{name}:\n{screen}");
        assert!(!screen.contains("te klein"), "{name}:\n{screen}");
        if let Some(title) = lines.iter().find(|l| l.contains("┌ Vraag ")) {
            assert!(!title.contains(" van "), "no total that jumps: {title}");
            let percent: u8 = title
                .split('%')
                .next()
                .and_then(|head| head.rsplit(' ').next())
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("no percentage in {title}"));
            assert!(percent >= self.last_percent, "progress went back to {percent}%: {title}");
            self.last_percent = percent;
        }
        if let Some(dir) = &self.captures {
            std::fs::write(dir.join(format!("{:03}-{name}.txt", self.count)), screen).unwrap();
        }
    }
}

/// The number in the question box's title ("Vraag 52 · Context").
fn question_number(screen: &str) -> Option<usize> {
    let at = screen.find("┌ Vraag ")? + "┌ Vraag ".len();
    screen[at..].split(' ').next()?.parse().ok()
}

/// Keys that answer `q` in a varied but valid way; `i` varies them.
fn answer_keys(q: &regiewijzer::questionnaire::Question, i: usize) -> Vec<String> {
    use regiewijzer::questionnaire::Kind;
    let k = |s: &str| s.to_string();
    match q.kind {
        Kind::Jgnw => vec![k(["1", "2", "3", "w"][i % 4]), k("Right")],
        Kind::Single if q.options.len() >= 10 => vec![k("1"), k("0"), k("Right")],
        Kind::Single => vec![k(&(1 + i % (q.options.len() - 1)).to_string()), k("Right")],
        Kind::Scale => vec![k("3"), k("Right")],
        Kind::Multi if q.options.len() >= 10 => vec![k("1"), k("0"), k("2"), k("Enter")],
        Kind::Multi if q.options.iter().any(|o| o.exclusive) => {
            let none = q.options.iter().position(|o| o.exclusive).unwrap() + 1;
            vec![k("1"), k(&none.to_string()), k("Enter")] // "geen" clears the first tick
        }
        Kind::Multi => vec![k("1"), k("3"), k("Enter")],
        Kind::Number => vec![k("Enter"), k("-l 1,5"), k("Enter")],
        Kind::Text => vec![k("Enter"), k("-l Samenleven in de wijk"), k("Enter")],
        Kind::LongText => vec![
            k("Enter"),
            k(
                "-l Meer kinderen met een migratieachtergrond vinden hun weg naar de buitenschoolse opvang, en hun ouders naar het Huis van het Kind.",
            ),
            k("M-Enter"),
            k("-l Tegen het einde van de legislatuur."),
            k("Enter"),
        ],
        Kind::Records => Vec::new(),
    }
}

#[test]
#[ignore = "needs tmux: run by .ci/run"]
fn a_complete_assessment_at_80x24() {
    let data = tempfile::tempdir().unwrap();
    let questionnaire = regiewijzer::embedded::questionnaire("vvsg-4p").unwrap();
    let tmux = Tmux::new();
    let mut run = Run::new();
    tmux.start_with(data.path(), "", (80, 24));
    let start = tmux.wait_for("Nieuwe evaluatie starten");
    assert!(start.contains("Volledige vragenlijst: ") && start.contains("Korte intake: "), "{start}");
    run.look("start", &start);
    tmux.keys(&["Enter"]);
    tmux.wait_for("Uw naam");
    tmux.text("Rivierdorp");
    tmux.keys(&["Tab"]);
    tmux.text("Sanne Peeters");
    tmux.keys(&["Tab", "Tab"]);
    run.look("intake", &tmux.screen());
    tmux.keys(&["Enter"]);
    let mut screen = tmux.wait_for("Vraag 1 ·");
    let mut actors_done = false;
    let mut asked = Vec::new();
    while let Some(n) = question_number(&screen) {
        let file = session_files(data.path()).remove(0);
        let session = regiewijzer::session::load(&file).unwrap();
        let visible: Vec<_> = questionnaire.visible(&session).collect();
        let q = visible[n - 1];
        asked.push(q.id.clone());
        run.look(&q.id, &screen);
        if n % 17 == 5 {
            tmux.keys(&["n"]);
            tmux.text("Navragen bij de dienst welzijn, en in het college bespreken voor de volgende stap.");
            tmux.keys(&["Enter"]);
            tmux.wait_for("Notitie bewaard");
        }
        if q.kind == regiewijzer::questionnaire::Kind::Records && !actors_done {
            for (i, name) in ["OCMW / sociaal huis", "Vzw De Brug", "Basisschool De Linde", "AgII"].iter().enumerate() {
                tmux.keys(&["a"]);
                tmux.text(name);
                let down = ["Down"; 3];
                tmux.keys(&["Tab"]);
                tmux.keys(&down[..=i % 3]);
                tmux.keys(&["Tab", "Down", "Tab", "Space", "Down", "Space", "Tab", "Space", "Tab", "Down", "Tab"]);
                tmux.keys(&["Space", "Tab", "Down", "Down"]);
                if i == 1 {
                    run.look("actor-form", &tmux.screen());
                }
                tmux.keys(&["Enter"]);
                tmux.wait_for("Item bewaard");
            }
            actors_done = true;
            run.look("actors", &tmux.screen());
            tmux.keys(&["Right"]);
        } else {
            let keys = answer_keys(q, n);
            for (k, key) in keys.iter().enumerate() {
                if q.kind == regiewijzer::questionnaire::Kind::LongText && k + 1 == keys.len() {
                    // While typing: the text wraps and the key bar says how to start a new line.
                    let typing = tmux.wait_for("Tegen het einde van de legislatuur.");
                    assert!(typing.contains("Alt+Enter nieuwe regel"), "{typing}");
                    run.look("long-text-typing", &typing);
                }
                match key.strip_prefix("-l ") {
                    Some(text) => tmux.text(text),
                    None => tmux.keys(&[key.as_str()]),
                }
            }
        }
        screen = tmux.wait_for_any(&[&format!("Vraag {} ·", n + 1), "┌ Resultaat"]);
    }
    run.look("result", &screen);
    assert!(asked.len() >= 115, "only {} questions asked: {asked:?}", asked.len());
    let file = session_files(data.path()).remove(0);
    let session = regiewijzer::session::load(&file).unwrap();
    let (answered, visible) = questionnaire.progress(&session);
    assert_eq!(answered, visible, "every question answered");
    for line in ["┌ Resultaat", "Totaalscore", "Positie: "] {
        assert!(screen.contains(line), "'{line}' missing:\n{screen}");
    }
    // Every step complete: each tab keeps its ✓ at 80 columns.
    let tabs = screen.lines().nth(1).unwrap();
    assert_eq!(tabs.matches('✓').count(), 6, "{tabs}");
    for _ in 0..12 {
        tmux.keys(&["NPage"]);
        run.look("result-page", &tmux.screen());
    }
    // From the overview back to a question in the middle, to the result, and back there.
    tmux.keys(&["o"]);
    run.look("overview", &tmux.wait_for("Overzicht van alle vragen"));
    tmux.keys(&["Escape"]);
    let back = tmux.wait_for("┌ Vraag ");
    run.look("back-from-overview", &back);
    tmux.keys(&["r"]);
    tmux.wait_for("┌ Resultaat");
    tmux.keys(&["Escape"]);
    let again = tmux.wait_for("┌ Vraag ");
    assert_eq!(question_number(&again), question_number(&back), "Esc returns to the same question");
    tmux.keys(&["r", "r"]);
    run.look("report-folder", &tmux.wait_for("In welke map?"));
    tmux.keys(&["Enter"]);
    run.look("report-written", &tmux.wait_for("Rapport geschreven"));
    let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
    let report = data.path().join("rapporten").join(format!("{stem}.html"));
    assert!(report.is_file(), "{}", report.display());
    tmux.keys(&["Enter", "q", "j"]);
    tmux.wait_for_exit();
}

/// A short consensus meeting on the Netevelde workshop at 80×24: open the group file with
/// `overleg`, agree on one question, vote on the next, record that the group stays divided on the
/// third, quit; resume with `--hervat`, look at the summary and write the group report. Every
/// screen must fit; with `REGIEWIJZER_E2E_CAPTURES=DIR` each is written there to look at.
#[test]
#[ignore = "needs tmux: run by .ci/run"]
fn a_consensus_meeting_at_80x24() {
    let data = tempfile::tempdir().unwrap();
    let (inputs, _) = regiewijzer::group::read_inputs(&[PathBuf::from("tests/fixtures/workshop-netevelde")]);
    let group = data.path().join("netevelde-groep.toml");
    let merged = regiewijzer::group::merge(inputs).unwrap().group;
    drop(regiewijzer::group::GroupFile::create(&group, merged).unwrap());
    let tmux = Tmux::new();
    let mut run = Run::new();
    tmux.start_with(data.path(), "overleg netevelde-groep.toml", (80, 24));
    run.look("meeting-agenda", &tmux.wait_for("Gespreksagenda: 8 vragen"));
    tmux.keys(&["Enter"]);
    let item = tmux.wait_for("Agendapunt 1 van 8");
    for text in ["Wie zei wat", "Koen Martens (schepen): Nee", "Volgens de regel: Nee", "Telling: Ja 2 · Nee 3."] {
        assert!(item.contains(text), "'{text}' missing:\n{item}");
    }
    run.look("meeting-item", &item);
    tmux.keys(&["a", "1", "Tab"]);
    tmux.text("Taal op school.");
    run.look("meeting-agree", &tmux.wait_for("Taal op school."));
    tmux.keys(&["Enter"]);
    run.look("meeting-agreed", &tmux.wait_for("Bewaard: akkoord over Ja"));
    tmux.keys(&["t", "1", "Tab", "1", "Tab", "3", "Tab", "Tab"]);
    tmux.text("Na een tweede ronde.");
    run.look("meeting-vote", &tmux.wait_for("Na een tweede ronde."));
    tmux.keys(&["Enter"]);
    tmux.wait_for("Bewaard: stemming");
    tmux.keys(&["v"]);
    tmux.text("De schepen wil breedte, de diensten eerst taal.");
    run.look("meeting-divided", &tmux.wait_for("eerst taal."));
    tmux.keys(&["Enter"]);
    run.look("meeting-item-4", &tmux.wait_for("Agendapunt 4 van 8"));
    tmux.keys(&["q"]);
    run.look("meeting-quit", &tmux.wait_for("Wilt u stoppen?"));
    tmux.keys(&["j"]);
    tmux.wait_for_exit();
    let saved = regiewijzer::group::load(&group).unwrap();
    assert_eq!(saved.decisions.len(), 3, "{:?}", saved.decisions.keys());

    // Resumed with --hervat: the agenda shows what was decided; the first open item is next.
    tmux.start_with(data.path(), "--hervat netevelde-groep.toml", (80, 24));
    let agenda = tmux.wait_for("Gespreksagenda: 8 vragen");
    assert!(agenda.contains("2 akkoord · 1 verdeeld · 5 open"), "{agenda}");
    run.look("meeting-resumed", &agenda);
    tmux.keys(&["Enter"]);
    tmux.wait_for("Agendapunt 4 van 8");
    tmux.keys(&["r"]);
    let end = tmux.wait_for("Einde van de gespreksagenda");
    assert!(end.contains("Wat de groep afsprak"), "{end}");
    run.look("meeting-end", &end);
    tmux.keys(&["Down", "Down", "Down", "Down", "Down", "Down", "Down", "Down", "Down", "Down"]);
    run.look("meeting-end-scrolled", &tmux.wait_for("Zo staat het nu"));
    tmux.keys(&["r"]);
    run.look("meeting-report-folder", &tmux.wait_for("In welke map?"));
    tmux.keys(&["Enter"]);
    run.look("meeting-report-written", &tmux.wait_for("Rapport geschreven"));
    let md = std::fs::read_to_string(data.path().join("rapporten/netevelde-groep.md")).unwrap();
    assert!(md.contains("### Wat de groep afsprak") && md.contains("### Wat open bleef"), "{md}");
    tmux.keys(&["Enter", "q", "j"]);
    tmux.wait_for_exit();
}
