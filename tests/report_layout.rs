//! The report's shape, for every fixture session: a table of contents whose links all land, the same
//! headings in Markdown and HTML, no question ids in the body, every citation in the Bronnen list,
//! page 1 with its decisions, and — for every complete (full-mode) session against the real
//! questionnaire — a body (everything before the first "Bijlage" heading) under 2,500 words.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use regiewijzer::analysis::{self, Analysis};
use regiewijzer::questionnaire::{self, Questionnaire};
use regiewijzer::report::{Format, Renderer};
use regiewijzer::session;

/// The limit for the body of a complete session.
const BODY_WORDS: usize = 2500;

struct Rendered {
    name: String,
    questionnaire: Questionnaire,
    analysis: Analysis,
    markdown: String,
    html: String,
}

fn test_questionnaire() -> Questionnaire {
    let path = Path::new("tests/fixtures/vvsg-test.toml");
    questionnaire::parse(&std::fs::read_to_string(path).unwrap(), path).unwrap()
}

fn real_questionnaire() -> Questionnaire {
    let text = regiewijzer::embedded::questionnaire_text("vvsg-4p").unwrap();
    questionnaire::parse_embedded(text, "vvsg-4p.toml").unwrap()
}

fn sessions(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
}

fn render(path: &Path, q: Questionnaire) -> Rendered {
    let renderer = Renderer::embedded().unwrap();
    let s = session::load(path).unwrap();
    let a = analysis::analyse(&q, &s);
    Rendered {
        name: path.file_name().unwrap().to_string_lossy().into_owned(),
        markdown: renderer.render(Format::Markdown, &a, &q, &s).unwrap(),
        html: renderer.render(Format::Html, &a, &q, &s).unwrap(),
        questionnaire: q,
        analysis: a,
    }
}

/// Every fixture: the test questionnaire's and the real questionnaire's (rendered once).
fn all() -> &'static [Rendered] {
    static ALL: OnceLock<Vec<Rendered>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut out: Vec<Rendered> =
            sessions("tests/fixtures/sessions").iter().map(|p| render(p, test_questionnaire())).collect();
        out.extend(sessions("tests/fixtures/sessions-vvsg").iter().map(|p| render(p, real_questionnaire())));
        assert!(out.len() >= 11);
        out
    })
}

/// Headings (level 1–6, text) of a Markdown document, and the text before the first heading that
/// contains "Bijlage" (the body).
fn markdown_outline(md: &str) -> (Vec<(u8, String)>, String) {
    let mut headings = Vec::new();
    let mut body = String::new();
    let mut current: Option<(u8, String)> = None;
    let mut in_body = true;
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => current = Some((level_number(level), String::new())),
            Event::End(TagEnd::Heading(_)) => {
                let (level, text) = current.take().unwrap();
                let text = squash(&text);
                if text.contains("Bijlage") {
                    in_body = false;
                }
                if in_body {
                    body.push_str(&text);
                    body.push('\n');
                }
                headings.push((level, text));
            }
            Event::Text(t) | Event::Code(t) => match current.as_mut() {
                Some((_, text)) => text.push_str(&t),
                None if in_body => {
                    body.push_str(&t);
                    body.push(' ');
                }
                None => {}
            },
            Event::SoftBreak | Event::HardBreak | Event::End(_) if in_body && current.is_none() => body.push(' '),
            _ => {}
        }
    }
    (headings, body)
}

fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Words as a reader counts them: whitespace-separated tokens with at least one letter or digit.
fn words(text: &str) -> usize {
    text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Headings of an HTML document (the report's own markup: `<hN …>…</hN>`, no nesting).
fn html_headings(html: &str) -> Vec<(u8, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find("<h") {
        rest = &rest[i + 2..];
        let Some(level) = rest.chars().next().and_then(|c| c.to_digit(10)) else { continue };
        if !rest[1..].starts_with(['>', ' ']) {
            continue;
        }
        let open_end = rest.find('>').unwrap();
        let close = format!("</h{level}>");
        let end = rest.find(&close).unwrap();
        out.push((u8::try_from(level).unwrap(), squash(&decode(&strip_tags(&rest[open_end + 1..end])))));
        rest = &rest[end..];
    }
    out
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The entities handlebars writes.
fn decode(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(';').unwrap();
        let entity = &rest[1..end];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            hex if hex.starts_with("#x") => char::from_u32(u32::from_str_radix(&hex[2..], 16).unwrap()).unwrap(),
            other => panic!("unexpected entity &{other};"),
        };
        out.push(c);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The values of `attr="…"` in `html`.
fn attributes<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let key = format!(" {attr}=\"");
    html.match_indices(&key)
        .map(|(i, _)| {
            let start = i + key.len();
            &html[start..start + html[start..].find('"').unwrap()]
        })
        .collect()
}

/// GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens.
fn github_slug(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-' || *c == '_')
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

#[test]
fn markdown_and_html_have_the_same_headings() {
    for r in all() {
        let (md, _) = markdown_outline(&r.markdown);
        let html = html_headings(&r.html);
        assert_eq!(md, html, "{}", r.name);
        assert!(md.len() > 15, "{}: {md:?}", r.name);
    }
}

#[test]
fn the_table_of_contents_is_a_nav_whose_links_all_land() {
    for r in all() {
        let nav_start =
            r.html.find("<nav class=\"inhoud\" aria-label=\"Inhoud\">").unwrap_or_else(|| panic!("{}", r.name));
        let nav = &r.html[nav_start..nav_start + r.html[nav_start..].find("</nav>").unwrap()];
        let ids: BTreeSet<&str> = attributes(&r.html, "id").into_iter().collect();
        let links = attributes(nav, "href");
        assert!(links.len() >= 11, "{}: {links:?}", r.name);
        for link in attributes(&r.html, "href") {
            let target = link.strip_prefix('#').unwrap_or_else(|| panic!("{}: external link {link}", r.name));
            assert!(ids.contains(target), "{}: link {link} has no target", r.name);
        }
        // Markdown: one link per H2, in order, each to the heading's GitHub anchor.
        let (headings, _) = markdown_outline(&r.markdown);
        let h2: Vec<String> = headings.iter().filter(|(l, _)| *l == 2).map(|(_, t)| github_slug(t)).collect();
        let md_links: Vec<&str> =
            r.markdown.lines().filter_map(|l| l.strip_prefix("- [")?.split_once("](#")?.1.strip_suffix(')')).collect();
        assert_eq!(md_links, h2, "{}", r.name);
        assert_eq!(links.len(), h2.len(), "{}: the nav lists every section", r.name);
    }
}

#[test]
fn question_ids_appear_only_in_the_appendix() {
    for r in all() {
        let (_, body) = markdown_outline(&r.markdown);
        let html_body = &r.html[..r.html.find("<div class=\"bijlagen\">").unwrap()];
        for q in &r.questionnaire.questions {
            assert!(!body.contains(&q.id), "{}: {} in the Markdown body", r.name, q.id);
            assert!(!html_body.contains(&q.id), "{}: {} in the HTML body", r.name, q.id);
        }
        let md_appendix = &r.markdown[r.markdown.find("## Bijlage: alle antwoorden").unwrap()..];
        assert!(md_appendix.contains("(start.organisatie)") || r.name.starts_with("kort"), "{}", r.name);
    }
}

#[test]
fn every_citation_names_an_entry_of_the_bronnen_list() {
    for r in all() {
        let sources = &r.markdown[r.markdown.find("\n## Bronnen").unwrap()..];
        let short: BTreeSet<&str> =
            sources.lines().filter_map(|l| l.strip_prefix("- **")?.split_once("**").map(|(k, _)| k)).collect();
        for code in ["000", "001", "002", "003", "004"] {
            assert!(sources.contains(&format!("(bron {code})")), "{}: source {code} listed", r.name);
        }
        let text = &r.markdown[..r.markdown.len() - sources.len()];
        assert!(!text.contains("bron 0"), "{}: a citation by bare code", r.name);
        let mut cited = 0;
        for (i, _) in text.match_indices(" §") {
            let open = text[..i].rfind('(').unwrap();
            for part in text[open + 1..].split(')').next().unwrap().split("; ") {
                let name = part.split(" §").next().unwrap();
                assert!(short.contains(name), "{}: citation '{part}' not in the Bronnen list {short:?}", r.name);
                cited += 1;
            }
        }
        assert!(cited > 0, "{}: no citation found", r.name);
    }
}

#[test]
fn page_one_gives_the_verdict_and_the_decisions() {
    for r in all() {
        let md = &r.markdown;
        let page1 = &md[md.find("## Samenvatting voor het college").unwrap()..md.find("**Inhoud**").unwrap()];
        assert!(page1.contains("**Totaalscore ") || page1.contains("geen totaalscore"), "{}", r.name);
        // Each line is marked provisional exactly when its conclusion rests on open questions.
        let a = &r.analysis;
        let s = &a.strategy;
        let provisional = [
            ("Positie", !a.position.certainty.settled),
            ("Fase", a.stage.value.is_some() && !a.stage.certainty.settled),
            (
                "Strategie",
                [&s.readiness.certainty, &s.breadth.certainty, &s.focus.certainty].iter().any(|c| !c.settled),
            ),
            ("Procedure", !a.scenario.certainty.settled),
        ];
        for (name, voorlopig) in provisional {
            let label = if voorlopig { format!("**{name} (voorlopig):**") } else { format!("**{name}:**") };
            assert!(page1.contains(&label), "{}: {label}", r.name);
        }
        let any = provisional.iter().any(|(_, v)| *v);
        let said = page1.contains("zonder gekend antwoord") || page1.contains("als voorlopig gemarkeerd");
        assert_eq!(said, any, "{}: the sentence on what is provisional", r.name);
        // The decisions are the analysis' own (at most five), each with owner and horizon; fewer are
        // shown as they are, and none is never announced as "no actions" when there are some.
        let decisions = page1.lines().filter(|l| l.starts_with("- **") && l.contains("Eigenaar: ")).count();
        assert!(r.analysis.decisions.len() <= 5, "{}", r.name);
        assert_eq!(decisions, r.analysis.decisions.len(), "{}: decisions with owner and horizon", r.name);
        for d in &r.analysis.decisions {
            assert!(page1.contains(&format!("horizon: {} (actie {})", d.horizon_label, d.action)), "{}", r.name);
        }
        if decisions == 0 && !r.analysis.actions.is_empty() {
            assert!(page1.contains("vraagt nu geen beslissing"), "{}", r.name);
        }
        assert!(
            r.html.contains("<svg role=\"img\" aria-labelledby=\"kwadrantje-titel"),
            "{}: the quadrant picture",
            r.name
        );
        // Strengths: at most four findings, each a sentence.
        let strengths = &md[md.find("### Sterktes").unwrap()..md.find("## Positie en fase").unwrap()];
        let findings: Vec<&str> = strengths.lines().filter_map(|l| l.strip_prefix("- ")).collect();
        assert!((1..=4).contains(&findings.len()), "{}: {findings:?}", r.name);
        assert!(findings.iter().all(|f| f.ends_with('.') && !f.contains(" → ")), "{}: {findings:?}", r.name);
        // A short intake always makes the verdict provisional; a complete session without gaps never.
        let provisional = page1.contains("> **Let op:** Dit oordeel is voorlopig");
        if r.analysis.mode == "kort" {
            assert!(provisional, "{}", r.name);
        }
        if r.analysis.gaps.is_empty() && r.analysis.steps.iter().all(|s| s.unknown.is_empty()) {
            assert!(!provisional, "{}", r.name);
        }
    }
}

/// Issue 8's done-when, for every complete (full-mode) session against the real questionnaire: at
/// most 7 actions (5 under 1 VTE or with nobody assigned) in the analysis and in the body, a body of
/// at most 2,500 words, and a `<nav>`.
#[test]
fn every_complete_session_has_a_plan_it_can_carry_a_short_body_and_a_nav() {
    let mut counted = 0;
    for r in all().iter().filter(|r| r.questionnaire.id == "vvsg-4p") {
        if r.analysis.mode != "volledig" {
            continue;
        }
        let (headings, body) = markdown_outline(&r.markdown);
        let n = words(&body);
        let c = &r.analysis.capacity;
        let under_one = c.vte.is_some_and(|v| v < 1.0) || c.organisation.as_deref() == Some("geen");
        assert_eq!(c.small, under_one, "{}: under 1 VTE or nobody assigned", r.name);
        let limit = if under_one { 5 } else { 7 };
        let actions = r.analysis.actions.len();
        let body_end = headings.iter().position(|(_, t)| t.contains("Bijlage")).unwrap();
        let shown = headings[..body_end].iter().filter(|(l, t)| *l == 3 && t.starts_with("Actie ")).count();
        eprintln!("{}: {actions} actions (limit {limit}), {n} words in the body", r.name);
        assert!(actions <= limit && c.max_actions == limit, "{}: {actions} actions", r.name);
        assert_eq!(shown, actions, "{}: the body details the plan", r.name);
        assert!(n <= BODY_WORDS, "{}: the body has {n} words (limit {BODY_WORDS})", r.name);
        assert!(n > 800, "{}: the body has only {n} words; is the count right?", r.name);
        assert!(r.html.contains("<nav class=\"inhoud\" aria-label=\"Inhoud\">"), "{}", r.name);
        counted += 1;
    }
    assert_eq!(counted, 10, "the ten complete sessions of tests/fixtures/sessions-vvsg");
}

#[test]
fn word_count_and_outline_helpers() {
    assert_eq!(words("Eén, twee — drie | 4/100 --- ✔"), 4);
    let (h, body) = markdown_outline("# A\n\ntekst hier\n\n## Bijlage: x\n\nniet meer\n");
    assert_eq!(h, [(1, "A".to_string()), (2, "Bijlage: x".to_string())]);
    assert_eq!(words(&body), 3);
    assert_eq!(
        html_headings("<h2 id=\"x\">Actie 1: <bdi>a &amp; b&#x27;s</bdi></h2><header>"),
        [(2, "Actie 1: a & b's".into())]
    );
    assert_eq!(github_slug("Bijlage: alle antwoorden en notities"), "bijlage-alle-antwoorden-en-notities");
}

/// The group report of the Netevelde workshop in the same layout: the gespreksagenda opens it (after
/// the cover and the table of contents), the nav and the Markdown list name every section and land,
/// both formats have the same headings, and no question id appears before the appendices.
#[test]
fn the_group_report_opens_with_its_agenda_in_the_same_layout() {
    let q = real_questionnaire();
    let (inputs, skipped) = regiewijzer::group::read_inputs(&[PathBuf::from("tests/fixtures/workshop-netevelde")]);
    assert!(skipped.is_empty(), "{skipped:?}");
    let group = regiewijzer::group::merge(inputs).unwrap().group;
    let renderer = Renderer::embedded().unwrap();
    let out = regiewijzer::report::groep::build(&renderer, &q, &group, &[Format::Markdown, Format::Html]).unwrap();
    let (md, html) = (&out[0].1, &out[1].1);
    let (headings, _) = markdown_outline(md);
    assert_eq!(headings, html_headings(html));
    let h2: Vec<&str> = headings.iter().filter(|(l, _)| *l == 2).map(|(_, t)| t.as_str()).collect();
    assert_eq!(h2.first(), Some(&"Gespreksagenda"), "{h2:?}");
    assert!(h2.contains(&"Samenvatting voor het college") && h2.last() == Some(&"Bronnen"), "{h2:?}");
    let md_links: Vec<&str> =
        md.lines().filter_map(|l| l.strip_prefix("- [")?.split_once("](#")?.1.strip_suffix(')')).collect();
    assert_eq!(md_links, h2.iter().map(|t| github_slug(t)).collect::<Vec<_>>());
    let nav_start = html.find("<nav class=\"inhoud\" aria-label=\"Inhoud\">").unwrap();
    assert!(nav_start < html.find("id=\"gespreksagenda\"").unwrap(), "the nav comes before the agenda");
    let nav = &html[nav_start..nav_start + html[nav_start..].find("</nav>").unwrap()];
    assert_eq!(attributes(nav, "href").len(), h2.len(), "the nav lists every section");
    let ids: BTreeSet<&str> = attributes(html, "id").into_iter().collect();
    for link in attributes(html, "href") {
        assert!(ids.contains(link.strip_prefix('#').unwrap()), "link {link} has no target");
    }
    let body = &html[..html.find("<div class=\"bijlagen\">").unwrap()];
    for q in &q.questions {
        assert!(!body.contains(&format!(">{}<", q.id)) && !body.contains(&format!("({})", q.id)), "{}", q.id);
    }
}
