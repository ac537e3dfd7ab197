//! `regiewijzer overzicht` and `rapport --vergelijk` as a user runs them, on the fixture sessions of
//! the real questionnaire (`tests/fixtures/sessions-vvsg`) and the Netevelde workshop
//! (`tests/fixtures/workshop-netevelde`, five respondents of one gemeente):
//!
//! - every format: Markdown, CSV (UTF-8 with BOM, `;`, CRLF, decimal commas, quoting), the xlsx
//!   read back with calamine (typed cells, no formula) and its sheet XML (filter, frozen panes,
//!   widths), HTML (self-contained, the chart); one row per gemeente, group files counted once;
//!   `--sorteer`, an unknown column;
//! - bad input: each file named with its reason and left out, never mixed; inputs never written,
//!   not even with `-o` naming one of them; hostile gemeente names inert in every format and on the
//!   terminal;
//! - the comparison without names: the medians of at least 5 gemeenten of the same size class,
//!   checked against the overview's own numbers, no name of another gemeente, and one sentence
//!   saying why there is no comparison.
//!
//! Hermetic: config and data dirs point into a temp dir.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Read;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calamine::{Data, Reader, Xlsx};
use predicates::prelude::*;
use regiewijzer::session::{self, Answer};

const VVSG: &str = "tests/fixtures/sessions-vvsg";
const WORKSHOP: &str = "tests/fixtures/workshop-netevelde";
const BAD: &str = "tests/fixtures/workshop-fout";
/// The fixture session of Netevelde's integration official is Els of the workshop too (the same
/// respondent): left out of the intake folder, tested as a duplicate on its own.
const ELS_AGAIN: &str = "middelgroot-breedte-inhoud-basisgroep.toml";

/// The gemeenten of the intake folder, in the overview's default order (by name).
const GEMEENTEN: [&str; 11] = [
    "Beekdonk",
    "Dijlestad",
    "Grensbeek",
    "Grensheide",
    "Heidebeek",
    "Mechelen",
    "Netevelde",
    "Scheldemeers",
    "Scheldestad",
    "Vijverdonk",
    "Zavelberg",
];

const HEADERS: [&str; 17] = [
    "Gemeente",
    "Inwoners",
    "Organisatie",
    "VTE",
    "Positie",
    "Fase",
    "Strategie",
    "Scenario",
    "Totaalscore",
    "Score context",
    "Score participanten",
    "Score strategie",
    "Score procedure",
    "Score proces",
    "Respondenten",
    "Datum",
    "Eerste actie",
];

/// Column indexes.
const VTE: usize = 3;
const FASE: usize = 5;
const TOTAAL: usize = 8;
const RESPONDENTEN: usize = 14;
const DATUM: usize = 15;

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        Self { dir: tempfile::tempdir().unwrap() }
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("regiewijzer").unwrap();
        cmd.current_dir(self.dir.path())
            .env("REGIEWIJZER_CONFIG_DIR", self.dir.path().join("config"))
            .env("REGIEWIJZER_DATA_DIR", self.dir.path().join("data"))
            .env_remove("REGIEWIJZER_TOEGANKELIJK")
            // A hang (a FIFO read) is a failure, not a stuck run.
            .timeout(std::time::Duration::from_secs(60));
        cmd
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A folder `name` with every `.toml` file of `sources` (files or folders), except `leave_out`.
    fn folder(&self, name: &str, sources: &[&str], leave_out: &[&str]) -> PathBuf {
        let dir = self.path(name);
        std::fs::create_dir_all(&dir).unwrap();
        for source in sources {
            let source = Path::new(source);
            let files: Vec<PathBuf> = if source.is_dir() {
                std::fs::read_dir(source).unwrap().map(|e| e.unwrap().path()).collect()
            } else {
                vec![source.to_path_buf()]
            };
            for file in files {
                let name = file.file_name().unwrap();
                if !leave_out.iter().any(|l| name == *l) {
                    std::fs::copy(&file, dir.join(name)).unwrap();
                }
            }
        }
        dir
    }

    /// The eleven gemeenten of the fixtures, Netevelde with its five workshop respondents.
    fn intake(&self) -> PathBuf {
        self.folder("intake", &[VVSG, WORKSHOP], &[ELS_AGAIN])
    }

    /// Run `overzicht ARGS` successfully; stdout and stderr.
    fn overview(&self, args: &[&str]) -> (Vec<u8>, String) {
        let out = self.cmd().arg("overzicht").args(args).assert().success().get_output().clone();
        (out.stdout, String::from_utf8(out.stderr).unwrap())
    }
}

/// Every file in `dir` with its bytes and modification time.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>, std::time::SystemTime)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let meta = std::fs::symlink_metadata(&p).unwrap();
            let bytes = if meta.is_file() { std::fs::read(&p).unwrap() } else { Vec::new() };
            (p.clone(), bytes, meta.modified().unwrap())
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// A CSV text as written (`;`, `"` quoting with doubled quotes, CRLF records) into fields.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') if field.is_empty() => quoted = true,
            (false, ';') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "a record ends with CRLF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("a bare line feed outside quotes in {text:?}"),
            (_, c) => field.push(c),
        }
    }
    assert!(!quoted && field.is_empty() && row.is_empty(), "the CSV ends with a complete record");
    rows
}

/// The overview as CSV records (the BOM checked and removed).
fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(bytes).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("UTF-8 with a byte order mark");
    parse_csv(text)
}

/// The Markdown table's body rows, as cells.
fn md_rows(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .filter(|l| l.starts_with("| "))
        .skip(2)
        .map(|l| l.trim_matches('|').split(" | ").map(|c| c.trim().to_string()).collect())
        .collect()
}

fn sheet(bytes: &[u8]) -> calamine::Range<Data> {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
    assert_eq!(book.sheet_names(), vec!["Overzicht".to_string()]);
    let formulas = book.worksheet_formula("Overzicht").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()), "no cell holds a formula");
    book.worksheet_range("Overzicht").unwrap()
}

/// The XML of the first worksheet inside the xlsx.
fn sheet_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml").unwrap().read_to_string(&mut xml).unwrap();
    xml
}

/// The value of attribute `name` in the XML element text `c`.
fn attr<T: std::str::FromStr>(c: &str, name: &str) -> T {
    c.split(&format!("{name}=\"")).nth(1).and_then(|v| v.split('"').next()?.parse().ok()).unwrap()
}

#[test]
fn markdown_has_one_row_per_gemeente_with_the_workshop_merged() {
    let env = Env::new();
    let dir = env.intake();
    let before = snapshot(&dir);
    let (stdout, stderr) = env.overview(&["intake"]);
    assert_eq!(stderr, "", "nothing left out, nothing to say");
    let text = String::from_utf8(stdout).unwrap();
    assert!(text.starts_with("# Overzicht van de gemeenten\n\n11 gemeenten, 15 respondenten."), "{text}");
    let header = text.lines().find(|l| l.starts_with("| Gemeente")).unwrap();
    assert_eq!(header, format!("| {} |", HEADERS.join(" | ")));
    let rows = md_rows(&text);
    let names: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(names, GEMEENTEN);
    for row in &rows {
        assert_eq!(row.len(), HEADERS.len(), "{row:?}");
        let expected = if row[0] == "Netevelde" { "5" } else { "1" };
        assert_eq!(row[RESPONDENTEN], expected, "{row:?}");
    }
    assert_eq!(snapshot(&dir), before, "the overview only reads its inputs");
}

#[test]
fn csv_is_utf8_with_bom_semicolons_crlf_and_decimal_commas() {
    let env = Env::new();
    env.intake();
    let (stdout, stderr) = env.overview(&["intake", "-o", "overzicht.csv"]);
    assert!(stdout.is_empty());
    assert!(stderr.contains("Overzicht van 11 gemeenten (15 respondenten) geschreven: overzicht.csv"), "{stderr}");
    let bytes = std::fs::read(env.path("overzicht.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFGemeente;Inwoners;"), "BOM, then the header with ';'");
    let rows = csv_rows(&bytes);
    assert_eq!(rows[0], HEADERS);
    assert_eq!(rows.len(), 1 + GEMEENTEN.len());
    let row = |name: &str| rows.iter().find(|r| r[0] == name).unwrap();
    // Numbers as a Dutch-locale spreadsheet reads them: a decimal comma, no thousands separator.
    assert_eq!(row("Beekdonk")[VTE], "0,5");
    assert_eq!(row("Dijlestad")[VTE], "6,5");
    assert_eq!(row("Mechelen")[VTE], "2");
    assert_eq!(row("Grensheide")[VTE], "", "unknown stays empty");
    assert_eq!(row("Vijverdonk")[FASE], "", "the short intake does not know the stage");
    assert_eq!(row("Netevelde")[RESPONDENTEN], "5");
    assert!(row("Netevelde")[DATUM].starts_with("2026-"), "dates as YYYY-MM-DD");
    // A comma is not the separator: "Dieptestrategie, beleidsinhoudelijk" is written as is.
    assert!(String::from_utf8_lossy(&bytes).contains(";Dieptestrategie, beleidsinhoudelijk;"));
    // The same cells as the Markdown table (the two formats share the columns).
    let (md, _) = env.overview(&["intake"]);
    assert_eq!(md_rows(&String::from_utf8(md).unwrap()), rows[1..]);
}

#[test]
fn xlsx_reads_back_typed_with_a_filter_frozen_panes_and_widths() {
    let env = Env::new();
    env.intake();
    // The format follows the extension of -o.
    env.overview(&["intake", "-o", "overzicht.xlsx"]);
    let bytes = std::fs::read(env.path("overzicht.xlsx")).unwrap();
    let range = sheet(&bytes);
    assert_eq!(range.get_size(), (1 + GEMEENTEN.len(), HEADERS.len()));
    let header: Vec<String> = (0..HEADERS.len()).map(|c| range.get((0, c)).unwrap().to_string()).collect();
    assert_eq!(header, HEADERS);
    let names: Vec<String> = (1..=GEMEENTEN.len()).map(|r| range.get((r, 0)).unwrap().to_string()).collect();
    assert_eq!(names, GEMEENTEN);
    let row_of = |name: &str| (1..=GEMEENTEN.len()).find(|r| *range.get((*r, 0)).unwrap() == name).unwrap();
    let cell = |name: &str, col: usize| range.get((row_of(name), col)).unwrap().clone();
    assert_eq!(cell("Beekdonk", VTE), Data::Float(0.5), "numbers are numbers");
    assert_eq!(cell("Netevelde", RESPONDENTEN), Data::Float(5.0));
    assert_eq!(cell("Grensheide", VTE), Data::Empty, "unknown is an empty cell, not 0");
    assert!(
        matches!(cell("Netevelde", DATUM), Data::DateTime(_)),
        "the date is a date: {:?}",
        cell("Netevelde", DATUM)
    );
    for r in 1..=GEMEENTEN.len() {
        for c in [TOTAAL, 9, 10, 11, 12, 13] {
            let value = range.get((r, c)).unwrap();
            assert!(matches!(value, Data::Float(_) | Data::Empty), "row {r}, column {c}: {value:?}");
        }
        assert!(matches!(range.get((r, 1)).unwrap(), Data::String(_)));
    }
    // The same numbers as the CSV.
    let (csv, _) = env.overview(&["intake", "--formaat", "csv"]);
    let rows = csv_rows(&csv);
    for row in &rows[1..] {
        let Data::Float(total) = cell(&row[0], TOTAAL) else { panic!("{row:?}") };
        assert_eq!(format!("{total}"), row[TOTAAL]);
    }
    // Filter and frozen panes are in the sheet's XML (calamine does not read them).
    let xml = sheet_xml(&bytes);
    assert!(xml.contains(r#"<autoFilter ref="A1:Q12"/>"#), "{xml}");
    assert!(xml.contains(r#"xSplit="1" ySplit="1" topLeftCell="B2""#) && xml.contains(r#"state="frozen""#), "{xml}");
    // `<col min="2" max="3" width="20.7"/>`: columns of one width share an element.
    let widths: Vec<f64> = xml
        .split("<col ")
        .skip(1)
        .flat_map(|c| {
            std::iter::repeat_n(attr::<f64>(c, "width"), attr::<usize>(c, "max") + 1 - attr::<usize>(c, "min"))
        })
        .collect();
    assert_eq!(widths.len(), HEADERS.len(), "a width for every column: {xml}");
    assert!(widths[16] > widths[3] * 3.0, "the first action is wider than the VTE: {widths:?}");
    assert!(widths.iter().all(|w| (8.0..=63.0).contains(w)), "{widths:?}");
}

#[test]
fn html_is_one_self_contained_page_with_the_chart() {
    let env = Env::new();
    env.intake();
    let (stdout, _) = env.overview(&["intake", "--formaat", "html"]);
    let html = String::from_utf8(stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    for external in ["http:", "https:", "src=", "href=", "url(", "@import", "<link", "<script"] {
        assert!(!html.contains(external), "{external} in a self-contained page");
    }
    // The chart: per scored step, the gemeenten counted per score band; every gemeente once.
    assert!(html.contains("<caption id=\"c-verdeling\">Aantal gemeenten per scoreklasse, per stap</caption>"));
    let chart = html.split("<table class=\"verdeling\">").nth(1).unwrap().split("</table>").next().unwrap();
    let steps: Vec<&str> = chart.split("<tr><th scope=\"row\">").skip(1).collect();
    assert_eq!(steps.len(), 5, "context, participanten, strategie, procedure, proces");
    for step in steps {
        let counts: usize = step
            .split("<td class=\"getal n")
            .skip(1)
            .map(|c| c.split('>').nth(1).unwrap().split('<').next().unwrap().parse::<usize>().unwrap())
            .sum();
        assert_eq!(counts, GEMEENTEN.len(), "{step}");
    }
    // The full table: one row per gemeente.
    let table = html.split("<caption id=\"c-tabel\">").nth(1).unwrap();
    assert_eq!(table.matches("<tr><th scope=\"row\">").count(), GEMEENTEN.len());
    for name in GEMEENTEN {
        assert!(table.contains(&format!("<th scope=\"row\"><bdi>{name}</bdi></th>")), "{name}");
    }
}

#[test]
fn group_files_and_their_sessions_count_once() {
    let env = Env::new();
    let workshop = env.folder("workshop", &[WORKSHOP], &[]);
    env.cmd().args(["samenvoegen", "workshop", "-o", "groep.toml"]).assert().success();
    let row = |args: &[&str]| {
        let (csv, stderr) = env.overview(&[args, &["--formaat", "csv"]].concat());
        let rows = csv_rows(&csv);
        assert_eq!(rows.len(), 2, "one gemeente: {rows:?}");
        (rows[1].clone(), stderr)
    };
    let (sessions, stderr) = row(&["workshop"]);
    assert_eq!(stderr, "");
    assert_eq!(sessions[RESPONDENTEN], "5");
    let (group, stderr) = row(&["groep.toml"]);
    assert_eq!(stderr, "");
    assert_eq!(group, sessions, "the group file is the same five respondents");
    // The group file beside the sessions it was made from, and named twice more: still five.
    std::fs::copy(env.path("groep.toml"), workshop.join("groep.toml")).unwrap();
    let before = snapshot(&workshop);
    let (both, stderr) = row(&["workshop", "groep.toml", "workshop/groep.toml"]);
    assert_eq!(both, sessions);
    assert!(
        stderr.contains(
            "groep.toml, els-integratieambtenaar.toml, fatima-partner-debrug.toml, griet-diensthoofd.toml, \
             koen-schepen.toml, tom-partner-lop.toml staan ongewijzigd ook in workshop/groep.toml en tellen één keer \
             mee."
        ),
        "{stderr}"
    );
    assert!(!stderr.contains("overgeslagen"), "copies are not problems: {stderr}");
    assert_eq!(snapshot(&workshop), before);
}

#[test]
fn a_respondent_newer_than_the_group_file_is_named() {
    let env = Env::new();
    env.folder("workshop", &[WORKSHOP], &[]);
    env.cmd().args(["samenvoegen", "workshop", "-o", "workshop/groep.toml"]).assert().success();
    // Koen changes an answer after the merge: his newer session counts, the group file's copy is
    // named as left out, never both.
    let koen = env.path("workshop/koen-schepen.toml");
    let mut s = session::load(&koen).unwrap();
    s.set_note("strategie.ambitie", "Na de workshop herbekeken.");
    s.updated = "2026-10-09T10:00:00Z".parse().unwrap();
    session::save(&s, &koen).unwrap();
    let (csv, stderr) = env.overview(&["workshop", "--formaat", "csv"]);
    assert_eq!(csv_rows(&csv)[1][RESPONDENTEN], "5");
    assert!(
        stderr.contains(
            "let op: een respondent in workshop/groep.toml overgeslagen: dezelfde respondent als \
             workshop/koen-schepen.toml; alleen de laatst gewijzigde sessie telt mee."
        ),
        "{stderr}"
    );
    assert!(stderr.contains("staan ongewijzigd ook in workshop/groep.toml"), "the other four: {stderr}");
    assert!(stderr.contains("0 van de 6 bestanden overgeslagen, en 1 respondent uit een groepsbestand"), "{stderr}");
}

/// Column names as `--sorteer` takes them, and the order of the gemeenten after sorting.
fn sorted(env: &Env, args: &[&str]) -> Vec<Vec<String>> {
    let (csv, _) = env.overview(&[&["intake", "--formaat", "csv"], args].concat());
    csv_rows(&csv)[1..].to_vec()
}

#[test]
fn sorting_on_any_column_numbers_as_numbers_empty_cells_last() {
    let env = Env::new();
    env.intake();
    let totals = |rows: &[Vec<String>]| rows.iter().map(|r| r[TOTAAL].parse::<u32>().unwrap()).collect::<Vec<_>>();
    let up = sorted(&env, &["--sorteer", "totaalscore"]);
    let t = totals(&up);
    assert!(t.windows(2).all(|w| w[0] <= w[1]), "{t:?}");
    assert_eq!(up[0][0], "Vijverdonk", "14 sorts before 47, as a number");
    let down = sorted(&env, &["--sorteer", "Totaalscore", "--aflopend"]);
    let t = totals(&down);
    assert!(t.windows(2).all(|w| w[0] >= w[1]), "{t:?}");
    // Empty cells last, both ways.
    for args in [&["--sorteer", "fase"][..], &["--sorteer", "fase", "--aflopend"]] {
        let rows = sorted(&env, args);
        assert_eq!(rows.last().unwrap()[0], "Vijverdonk", "{args:?}");
    }
    // Decimal VTE sorts as a number (0,3 < 0,5 < 1 < 2 < 6,5 < 8), and a header with a space.
    let vte: Vec<String> = sorted(&env, &["--sorteer", "VTE"]).into_iter().map(|r| r[VTE].clone()).collect();
    assert_eq!(vte.first().map(String::as_str), Some("0,3"));
    assert_eq!(vte[vte.len() - 2], "8", "{vte:?}");
    assert_eq!(vte.last().map(String::as_str), Some(""), "{vte:?}");
    let scores: Vec<u32> =
        sorted(&env, &["--sorteer", "Score participanten"]).iter().map(|r| r[10].parse().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] <= w[1]), "{scores:?}");
    // Size from small to large, not alphabetically; equal sizes by name (not in the files' order),
    // also when descending.
    let by_size = sorted(&env, &["--sorteer", "inwoners"]);
    assert_eq!(by_size.first().unwrap()[1], "Minder dan 10.000");
    assert_eq!(by_size.last().unwrap()[1], "Meer dan 100.000");
    let middle = |rows: &[Vec<String>]| -> Vec<String> {
        rows.iter().filter(|r| r[1] == "10.000 tot 25.000").map(|r| r[0].clone()).collect()
    };
    let expected = ["Heidebeek", "Scheldemeers", "Vijverdonk", "Zavelberg"];
    assert_eq!(middle(&by_size), expected);
    let down = sorted(&env, &["--sorteer", "inwoners", "--aflopend"]);
    assert_eq!(down.first().unwrap()[1], "Meer dan 100.000");
    assert_eq!(middle(&down), expected);
}

#[test]
fn an_unknown_sort_column_lists_the_valid_ones_and_exits_2() {
    let env = Env::new();
    env.intake();
    env.cmd().args(["overzicht", "intake", "--sorteer", "grootte", "-o", "overzicht.csv"]).assert().code(2).stderr(
        predicate::str::contains(
            "fout: onbekende kolom 'grootte' voor --sorteer; kies uit: gemeente, inwoners, organisatie, vte, positie, \
             fase, strategie, scenario, totaalscore, score-context, score-participanten, score-strategie, \
             score-procedure, score-proces, respondenten, datum, eerste-actie",
        ),
    );
    assert!(!env.path("overzicht.csv").exists(), "nothing written");
    env.cmd()
        .args(["overzicht", "intake", "--formaat", "pdf"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("onbekend formaat 'pdf': kies md, csv, xlsx of html"));
}

#[cfg(unix)]
#[test]
fn bad_input_is_named_with_its_reason_and_never_mixed() {
    let env = Env::new();
    let dir = env.folder("sessies", &[WORKSHOP, BAD], &["ines-bergelen.toml"]);
    std::fs::copy(Path::new(VVSG).join(ELS_AGAIN), dir.join("els-opnieuw.toml")).unwrap();
    assert!(std::process::Command::new("mkfifo").arg(dir.join("pijp.toml")).status().unwrap().success());
    // A session over 2 MB (a long comment), and a file over the 64 MB any input may have.
    let mut big = std::fs::read_to_string(dir.join("koen-schepen.toml")).unwrap();
    big.push_str("# ");
    big.push_str(&"x".repeat(3 * 1024 * 1024));
    big.push('\n');
    std::fs::write(dir.join("groot.toml"), big).unwrap();
    std::fs::File::create(dir.join("reus.toml")).unwrap().set_len(65 * 1024 * 1024).unwrap();
    std::fs::write(dir.join("binair.toml"), [0u8, 159, 146, 150, 255, 0, 1]).unwrap();
    let before = snapshot(&dir);

    let (csv, stderr) = env.overview(&["sessies", "--formaat", "csv"]);
    let rows = csv_rows(&csv);
    assert_eq!(rows.len(), 2, "only Netevelde: {rows:?}");
    assert_eq!(rows[1][0], "Netevelde");
    assert_eq!(rows[1][RESPONDENTEN], "5", "the copies and the old version are not mixed in");
    let expected = [
        ("sessies/notities.toml:1:1", "dit is geen Regiewijzer-sessiebestand (veld 'format' ontbreekt)"),
        ("sessies/ahmed-oude-versie.toml overgeslagen", "ingevuld met versie 0.9.0 van de vragenlijst"),
        (
            "sessies/koen-schepen-kopie.toml overgeslagen",
            "dezelfde respondent als sessies/koen-schepen.toml; alleen de laatst gewijzigde sessie telt mee",
        ),
        ("sessies/els-opnieuw.toml overgeslagen", "dezelfde respondent als sessies/els-integratieambtenaar.toml"),
        ("sessies/pijp.toml", "geen gewoon bestand"),
        ("sessies/groot.toml", "te groot voor een sessiebestand (meer dan 2 MB)"),
        ("sessies/reus.toml", "meer dan 64 MB"),
        ("sessies/binair.toml", "geen geldige UTF-8-tekst"),
    ];
    for (file, reason) in expected {
        let line = stderr.lines().find(|l| l.contains(file)).unwrap_or_else(|| panic!("{file} not named: {stderr}"));
        assert!(line.contains(reason), "{file}: {line}");
        assert!(line.starts_with("let op: "), "{line}");
    }
    assert!(stderr.contains("8 van de 13 bestanden overgeslagen (zie hierboven)."), "{stderr}");
    assert_eq!(snapshot(&dir), before, "inputs untouched, the FIFO still a FIFO");
}

#[test]
fn whose_a_session_is_comes_from_its_head_or_else_the_whole_file() {
    let env = Env::new();
    let dir = env.folder("map", &[WORKSHOP], &[]);
    // The first pass reads 2 KB: here the header starts after 5 KB of comment, and a line is cut
    // where the head ends. The file is read whole and counts like the others.
    let koen = dir.join("koen-schepen.toml");
    let text = std::fs::read_to_string(&koen).unwrap();
    let comment = "# Notities van de facilitator, ingevuld voor de workshop.\n".repeat(90);
    std::fs::write(&koen, format!("{comment}{text}")).unwrap();
    let (csv, stderr) = env.overview(&["map", "--formaat", "csv"]);
    assert_eq!(stderr, "");
    let row = csv_rows(&csv)[1].clone();
    assert_eq!(row[RESPONDENTEN], "5");
    std::fs::write(&koen, text).unwrap();
    let (csv, _) = env.overview(&["map", "--formaat", "csv"]);
    assert_eq!(csv_rows(&csv)[1], row, "the same row as without the comment");
}

#[test]
fn a_groepssessie_with_votes_is_one_row() {
    // A group that answered one session together, with a split vote: the full parser reads it (the
    // fast reader gives up on a vote table), and it is one respondent of its gemeente.
    let env = Env::new();
    let dir = env.path("groepssessie");
    std::fs::create_dir(&dir).unwrap();
    let mut s = session::load(&Path::new(WORKSHOP).join("koen-schepen.toml")).unwrap();
    s.respondent.name = "Werkgroep integratie".into();
    s.set_votes("strategie.ambitie", &[("hele_lijn".to_string(), 3), ("facetten".to_string(), 2)].into());
    session::save(&s, &dir.join("werkgroep.toml")).unwrap();
    let (csv, stderr) = env.overview(&["groepssessie", "--formaat", "csv"]);
    assert_eq!(stderr, "");
    let rows = csv_rows(&csv);
    assert_eq!(rows.len(), 2);
    assert_eq!((rows[1][0].as_str(), rows[1][RESPONDENTEN].as_str()), ("Netevelde", "1"));
}

#[test]
fn an_empty_folder_or_nothing_usable_makes_no_overview() {
    let env = Env::new();
    std::fs::create_dir(env.path("leeg")).unwrap();
    env.cmd().args(["overzicht", "leeg", "-o", "overzicht.xlsx"]).assert().code(1).stderr(
        predicate::str::contains("fout: geen sessiebestanden gevonden in leeg: er is geen overzicht gemaakt.")
            .and(predicate::str::contains("let op").not()),
    );
    env.folder("slecht", &[&format!("{BAD}/notities.toml"), "tests/fixtures/sessions-invalid/binary.toml"], &[]);
    env.cmd()
        .args(["overzicht", "slecht", "-o", "overzicht.xlsx"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("slecht/notities.toml:1:1"))
        .stderr(predicate::str::contains("slecht/binary.toml"))
        .stderr(predicate::str::contains("2 van de 2 bestanden overgeslagen"))
        .stderr(predicate::str::contains("fout: geen bruikbare sessies gevonden; er is geen overzicht gemaakt."));
    assert!(!env.path("overzicht.xlsx").exists());
}

#[test]
fn the_overview_never_writes_its_inputs() {
    let env = Env::new();
    let dir = env.intake();
    let before = snapshot(&dir);
    for target in ["intake/koen-schepen.toml", "./intake/../intake/mechelen-inclusieve-stad.toml"] {
        env.cmd().args(["overzicht", "intake", "-o", target, "--formaat", "csv"]).assert().code(2).stderr(
            predicate::str::contains(format!(
                "fout: {target} is een van de invoerbestanden: het overzicht overschrijft nooit een sessie- of \
                 groepsbestand."
            )),
        );
    }
    env.cmd().args(["overzicht", "intake/koen-schepen.toml", "-o", "intake/koen-schepen.toml"]).assert().code(2);
    assert_eq!(snapshot(&dir), before);
    // A folder as -o: the overview goes next to the sessions under its own name.
    env.overview(&["intake", "-o", "intake", "--formaat", "html"]);
    let after = snapshot(&dir);
    assert_eq!(after.len(), before.len() + 1);
    assert!(env.path("intake/overzicht.html").exists());
    assert!(after.iter().filter(|f| !f.0.ends_with("overzicht.html")).eq(before.iter()));
}

/// Gemeente names that try to be a formula, markup, a CSV break-out or a terminal escape.
const HOSTILE: [&str; 8] = [
    "=cmd|' /C calc'!A0",
    "+32 3 555 12 12",
    "-2+3",
    "@SOM(A1:A9)",
    "<script>alert(1)</script> Lier",
    "Puurs; \"Sint\"-Amands",
    "\u{1b}]0;pwned\u{7}Boom\u{1b}[2J\u{9b}31m",
    "Tielt\u{202e}-Winge\nRegel twee",
];

/// `name` as an overview shows it: control characters and bidi overrides dropped.
fn shown(name: &str) -> String {
    name.chars().filter(|c| !c.is_control() || *c == '\n').filter(|c| *c != '\u{202e}').collect()
}

fn is_raw_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\r') || ('\u{202a}'..='\u{202e}').contains(&c)
}

#[test]
fn hostile_gemeente_names_stay_inert_in_every_format() {
    let env = Env::new();
    let dir = env.path("vijandig");
    std::fs::create_dir(&dir).unwrap();
    let base = session::load(&Path::new(VVSG).join("gemeente-15000-deeltijds.toml")).unwrap();
    for (i, name) in HOSTILE.iter().enumerate() {
        let mut s = base.clone();
        s.respondent.gemeente = (*name).to_string();
        session::save(&s, &dir.join(format!("g{i}.toml"))).unwrap();
    }
    // A file name with an escape sequence, not a session: named in a warning.
    std::fs::write(dir.join("\u{1b}[31mrood.toml"), "geen sessie").unwrap();

    // Markdown on standard output (a terminal, perhaps).
    let (md, stderr) = env.overview(&["vijandig"]);
    let md = String::from_utf8(md).unwrap();
    assert!(!md.contains(is_raw_control) && !stderr.contains(is_raw_control), "{md:?}\n{stderr:?}");
    assert!(stderr.contains("␛[31mrood.toml"), "{stderr}");
    assert!(!md.contains("<script>"), "{md}");
    assert_eq!(md_rows(&md).len(), HOSTILE.len());

    // CSV: formulas start with a quote, the rest is quoted as needed, nothing raw.
    let (csv, _) = env.overview(&["vijandig", "--formaat", "csv"]);
    let text = String::from_utf8(csv.clone()).unwrap();
    assert!(!text.contains(is_raw_control), "{text:?}");
    let rows = csv_rows(&csv);
    let mut names: Vec<String> = rows[1..].iter().map(|r| r[0].clone()).collect();
    let mut expected: Vec<String> = HOSTILE
        .iter()
        .map(|n| {
            let n = shown(n);
            if n.starts_with(['=', '+', '-', '@']) { format!("'{n}") } else { n }
        })
        .collect();
    names.sort();
    expected.sort();
    assert_eq!(names, expected);
    for row in &rows {
        assert_eq!(row.len(), HEADERS.len(), "{row:?}");
        assert!(row.iter().all(|f| !f.starts_with(['=', '+', '-', '@', '\t', '\r'])), "{row:?}");
    }

    // xlsx: every name a text cell, no formula anywhere (checked by `sheet`).
    env.overview(&["vijandig", "-o", "vijandig.xlsx"]);
    let range = sheet(&std::fs::read(env.path("vijandig.xlsx")).unwrap());
    let mut cells: Vec<String> = (1..=HOSTILE.len())
        .map(|r| match range.get((r, 0)).unwrap() {
            Data::String(s) => s.clone(),
            other => panic!("row {r}: {other:?}"),
        })
        .collect();
    let mut plain: Vec<String> = HOSTILE.iter().map(|n| shown(n)).collect();
    cells.sort();
    plain.sort();
    assert_eq!(cells, plain, "text cells hold the text itself");

    // HTML: escaped, nothing raw.
    let (html, _) = env.overview(&["vijandig", "--formaat", "html"]);
    let html = String::from_utf8(html).unwrap();
    assert!(!html.contains(is_raw_control), "{html:?}");
    assert!(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Lier"));
    assert!(html.contains("Puurs; &quot;Sint&quot;-Amands"));
}

/// The comparison section of a Markdown report: its sentence and the table rows (step, own, median).
fn comparison(report: &str) -> (String, Vec<(String, String, String)>) {
    let section = report.split("### Vergelijking met gelijkaardige gemeenten\n\n").nth(1).expect("a comparison");
    let section = section.split("\n#").next().unwrap();
    let sentence = section.lines().next().unwrap().to_string();
    let rows = section
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Stap") && !l.starts_with("| ---"))
        .map(|l| {
            let c: Vec<String> = l.trim_matches('|').split(" | ").map(|c| c.trim().to_string()).collect();
            (c[0].clone(), c[1].clone(), c[2].clone())
        })
        .collect();
    (sentence, rows)
}

const OWN: &str = "gemeente-15000-deeltijds.toml"; // Zavelberg, 10.000 tot 25.000 inwoners

/// Names for generated gemeenten: none occurs in any report text.
const OTHERS: [&str; 7] =
    ["Alfadorp", "Bravoveld", "Charliebeek", "Deltamere", "Echoheide", "Foxtrotkerke", "Golfzele"];

/// A folder `name` with the own gemeente's session and `n` other gemeenten of 10,000–25,000
/// inhabitants (made from different fixture sessions, so their scores differ), and Scheldestad (a
/// centrumstad, another size class).
fn compare_folder(env: &Env, name: &str, n: usize) -> PathBuf {
    let dir = env.folder(name, &[&format!("{VVSG}/{OWN}"), &format!("{VVSG}/superdiverse-centrumstad.toml")], &[]);
    let bases = [
        "diepte-proces-kans-unieke-groep.toml",
        "grensheide-zonder-integratiedienst-bovenlokaal.toml",
        "klein-sociaal-beleid-bovenlokaal.toml",
        "scheldemeers-offerfeest-met-buurgemeenten.toml",
        "middelgroot-breedte-inhoud-basisgroep.toml",
        "grensstad-kwetsbare-eenmansdienst.toml",
        "centrumstad-breedte-proces-clustergroep.toml",
    ];
    for (other, base) in OTHERS.iter().zip(bases).take(n) {
        let mut s = session::load(&Path::new(VVSG).join(base)).unwrap();
        s.respondent.gemeente = (*other).to_string();
        s.set_answer("start.inwoners", Answer::Choice("10000_25000".into()));
        session::save(&s, &dir.join(format!("{}.toml", other.to_lowercase()))).unwrap();
    }
    dir
}

/// A fixture's absolute path (the commands run in a temporary folder).
fn fixture(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel).to_string_lossy().into_owned()
}

fn report(env: &Env, args: &[&str]) -> String {
    let out = env.cmd().args(["rapport", &fixture(&format!("{VVSG}/{OWN}"))]).args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

/// The median as the comparison defines it: of an odd number the middle one, of an even number
/// the mean of the middle two rounded half up.
fn median(mut v: Vec<u32>) -> u32 {
    v.sort_unstable();
    let n = v.len();
    if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]).div_ceil(2) }
}

#[test]
fn the_comparison_shows_medians_of_similar_gemeenten_and_no_names() {
    let env = Env::new();
    compare_folder(&env, "vergelijk", 6);
    let plain = report(&env, &["--formaat", "md"]);
    let with = report(&env, &["--formaat", "md", "--vergelijk", &env.path("vergelijk").to_string_lossy()]);
    let (sentence, rows) = comparison(&with);
    assert!(
        sentence.starts_with("De mediaan van 6 andere gemeenten met 10.000 tot 25.000 inwoners uit dezelfde map"),
        "{sentence}"
    );
    // The medians, computed here from the overview of the same folder (Zavelberg itself and the
    // centrumstad left out).
    let (csv, _) = env.overview(&["vergelijk", "--formaat", "csv"]);
    let table = csv_rows(&csv);
    let similar: Vec<&Vec<String>> = table[1..].iter().filter(|r| OTHERS.contains(&r[0].as_str())).collect();
    assert_eq!(similar.len(), 6);
    let own = table.iter().find(|r| r[0] == "Zavelberg").unwrap();
    let steps = [("Context", 9), ("Participanten", 10), ("Strategie", 11), ("Procedure", 12), ("Proces", 13)];
    let mut expected: Vec<(String, String, String)> = steps
        .iter()
        .map(|(title, col)| {
            let m = median(similar.iter().map(|r| r[*col].parse().unwrap()).collect());
            ((*title).to_string(), format!("{}/100", own[*col]), format!("{m}/100"))
        })
        .collect();
    let total = median(similar.iter().map(|r| r[TOTAAL].parse().unwrap()).collect());
    expected.push(("Totaalscore".into(), format!("{}/100", own[TOTAAL]), format!("{total}/100")));
    assert_eq!(rows, expected);
    // Never another gemeente's name: not the generated ones, and no fixture name more often than
    // the report says it anyway (the leidraad's examples name Mechelen).
    for name in OTHERS.iter().chain(&GEMEENTEN).filter(|n| **n != "Zavelberg") {
        assert_eq!(with.matches(name).count(), plain.matches(name).count(), "{name}");
    }
    assert!(!with.contains("Scheldestad"));
    // HTML: the same table.
    let html = report(&env, &["--formaat", "html", "--vergelijk", "vergelijk"]);
    assert!(html.contains("<h3 id=\"vergelijking\">Vergelijking met gelijkaardige gemeenten</h3>"));
    for (title, own, median) in &rows {
        assert!(
            html.contains(&format!(
                "<tr><th scope=\"row\">{title}</th><td class=\"getal\">{own}</td><td class=\"getal\">{median}</td></tr>"
            )),
            "{title}"
        );
    }
    assert!(OTHERS.iter().all(|n| !html.contains(n)));
}

#[test]
fn five_is_enough_four_is_too_few_and_the_report_says_why() {
    let env = Env::new();
    compare_folder(&env, "vijf", 5);
    let (sentence, rows) = comparison(&report(&env, &["--formaat", "md", "--vergelijk", "vijf"]));
    assert!(sentence.starts_with("De mediaan van 5 andere gemeenten"), "{sentence}");
    assert_eq!(rows.len(), 6);
    assert!(rows.iter().all(|(_, _, m)| m.ends_with("/100")), "{rows:?}");

    compare_folder(&env, "vier", 4);
    let text = report(&env, &["--formaat", "md", "--vergelijk", "vier"]);
    let (sentence, rows) = comparison(&text);
    assert_eq!(
        sentence,
        "Geen vergelijking: de map bevat maar 4 andere gemeenten met 10.000 tot 25.000 inwoners; er zijn er minstens \
         5 nodig, zodat geen enkele gemeente herkenbaar is."
    );
    assert!(rows.is_empty());
    assert!(OTHERS.iter().all(|n| !text.contains(n)));

    // The fixture folder: 3 others of Zavelberg's size; their names never appear.
    let plain = report(&env, &["--formaat", "md"]);
    let text = report(&env, &["--formaat", "md", "--vergelijk", &fixture(VVSG)]);
    assert!(comparison(&text).0.starts_with("Geen vergelijking: de map bevat maar 3 andere gemeenten"));
    for name in GEMEENTEN {
        assert_eq!(text.matches(name).count(), plain.matches(name).count(), "{name}");
    }

    // A step fewer than 5 of them have a score for (the short intake scores no context): no median.
    let dir = compare_folder(&env, "kort", 4);
    std::fs::copy(Path::new(VVSG).join("kort-agii-consulent.toml"), dir.join("kort.toml")).unwrap();
    let (sentence, rows) = comparison(&report(&env, &["--formaat", "md", "--vergelijk", "kort"]));
    assert!(sentence.starts_with("De mediaan van 5 andere gemeenten"), "{sentence}");
    let context = rows.iter().find(|r| r.0 == "Context").unwrap();
    assert_eq!(context.2, "te weinig gegevens");
}

#[test]
fn no_comparison_says_why_in_one_sentence() {
    let env = Env::new();
    // An empty folder: the report says there are no other gemeenten; standard error says why.
    std::fs::create_dir(env.path("leeg")).unwrap();
    let out = env
        .cmd()
        .args(["rapport", &fixture(&format!("{VVSG}/{OWN}")), "--formaat", "md", "--vergelijk", "leeg"])
        .assert()
        .success()
        .stderr(predicate::str::contains("let op: geen vergelijking: leeg bevat geen bruikbare sessies."));
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert_eq!(
        comparison(&text).0,
        "Geen vergelijking: de map bevat geen andere gemeenten met 10.000 tot 25.000 inwoners; er zijn er minstens 5 \
         nodig, zodat geen enkele gemeente herkenbaar is."
    );
    // A gemeente that did not say its size.
    let dir = compare_folder(&env, "zes", 6);
    let mut s = session::load(&Path::new(VVSG).join(OWN)).unwrap();
    s.clear_answer("start.inwoners");
    let own = env.path("zonder-grootte.toml");
    session::save(&s, &own).unwrap();
    let out = env.cmd().arg("rapport").arg(&own).args(["--formaat", "md", "--vergelijk"]).arg(&dir).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert_eq!(comparison(&text).0, "Geen vergelijking: het aantal inwoners van de gemeente is niet gekend.");
}
