//! The Markdown report parses (pulldown-cmark, GFM tables on) into the expected headings and tables,
//! and user text never adds structure: no extra headings, no raw HTML but `<br>`, every table row
//! as wide as its header.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use regiewijzer::analysis;
use regiewijzer::questionnaire;
use regiewijzer::report::{Format, Renderer};
use regiewijzer::session;

/// What the parser saw.
#[derive(Default)]
struct Outline {
    headings: Vec<(HeadingLevel, String)>,
    /// Cell count of each row, per table.
    tables: Vec<Vec<usize>>,
    html: Vec<String>,
}

fn outline(markdown: &str) -> Outline {
    let mut out = Outline::default();
    let mut heading: Option<(HeadingLevel, String)> = None;
    let mut cells = 0;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => out.headings.extend(heading.take()),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = heading.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::Start(Tag::Table(_)) => out.tables.push(Vec::new()),
            Event::Start(Tag::TableHead | Tag::TableRow) => cells = 0,
            Event::Start(Tag::TableCell) => cells += 1,
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => out.tables.last_mut().unwrap().push(cells),
            Event::Html(h) | Event::InlineHtml(h) => out.html.push(h.to_string()),
            _ => {}
        }
    }
    out
}

fn render(name: &str) -> String {
    let qpath = Path::new("tests/fixtures/vvsg-test.toml");
    let q = questionnaire::parse(&std::fs::read_to_string(qpath).unwrap(), qpath).unwrap();
    let s = session::load(&Path::new("tests/fixtures/sessions").join(name)).unwrap();
    let a = analysis::analyse(&q, &s);
    Renderer::embedded().unwrap().render(Format::Markdown, &a, &q, &s).unwrap()
}

/// The body's sections, in order; then come the appendices ("Bijlage: …") and the sources.
const SECTIONS: [&str; 8] = [
    "Samenvatting voor het college",
    "Scores en sterktes",
    "Positie en fase",
    "Actoren",
    "Strategie",
    "Procedure",
    "Proces",
    "Actieplan",
];

/// Appendices in their order; those marked `true` are always there.
const APPENDICES: [(&str, bool); 6] = [
    ("Bijlage: overige acties", false),
    ("Bijlage: voorwaarden van de strategie", true),
    ("Bijlage: wat de gemeente wel en niet doet", false),
    ("Bijlage: actoren", false),
    ("Bijlage: alle antwoorden en notities", true),
    ("Bijlage: informatiegaten", false),
];

fn check(name: &str) -> Outline {
    let o = outline(&render(name));
    let h1: Vec<&str> = o.headings.iter().filter(|(l, _)| *l == HeadingLevel::H1).map(|(_, t)| t.as_str()).collect();
    assert_eq!(h1.len(), 1, "{name}: one title");
    assert!(h1[0].starts_with("Adviesrapport regie en coördinatie"), "{name}: {}", h1[0]);
    let h2: Vec<&str> = o.headings.iter().filter(|(l, _)| *l == HeadingLevel::H2).map(|(_, t)| t.as_str()).collect();
    assert_eq!(&h2[..SECTIONS.len()], SECTIONS, "{name}");
    let rest = &h2[SECTIONS.len()..];
    assert_eq!(rest.last(), Some(&"Bronnen"), "{name}: the sources come last");
    let appendices = &rest[..rest.len() - 1];
    let expected: Vec<&str> = APPENDICES.iter().map(|(t, _)| *t).filter(|t| appendices.contains(t)).collect();
    assert_eq!(appendices, expected, "{name}: appendices in order, no headings from user text");
    for (title, always) in APPENDICES {
        assert!(!always || appendices.contains(&title), "{name}: {title}");
    }
    for (i, rows) in o.tables.iter().enumerate() {
        assert!(rows.len() >= 2, "{name}: table {i} has a header and at least one row");
        assert!(rows.iter().all(|c| *c == rows[0]), "{name}: table {i} rows {rows:?}");
    }
    assert!(o.html.iter().all(|h| h == "<br>"), "{name}: raw HTML {:?}", o.html);
    o
}

#[test]
fn every_fixture_has_the_expected_headings_and_tables() {
    for entry in std::fs::read_dir("tests/fixtures/sessions").unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let o = check(&name);
        // Scores, strategy grid, at least one condition table, the answers per step.
        assert!(o.tables.len() >= 4, "{name}: {} tables", o.tables.len());
        assert_eq!(o.tables[0][0], 3, "{name}: the scores table comes first");
        assert!(o.tables.iter().any(|t| t == &[3, 3, 3]), "{name}: the 2×2 strategy table with its row headers");
        assert!(o.tables.iter().any(|t| t[0] == 4 && t.len() > 2), "{name}: an answers table");
    }
}

#[test]
fn hostile_text_keeps_the_structure() {
    let o = check("vijandige-tekst.toml");
    let actor_table = o.tables.iter().find(|rows| rows[0] == 7).expect("actor table with 7 columns");
    assert_eq!(actor_table.len(), 3, "header and two actors, pipes in names escaped");
    let h3: Vec<&str> = o.headings.iter().filter(|(l, _)| *l == HeadingLevel::H3).map(|(_, t)| t.as_str()).collect();
    assert!(!h3.iter().any(|h| h.contains("geen kop")), "a '#' in a note is no heading");
    let md = render("vijandige-tekst.toml");
    assert!(md.contains("\\<script\\>"));
    assert!(md.contains("\\{\\{gemeente\\}\\}"));
    assert!(md.contains("مرحبا بكم 🌍"));
}
