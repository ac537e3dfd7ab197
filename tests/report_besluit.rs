//! The ontwerpbeslissing (`rapport --formaat besluit`) on every fixture: the structure of a college
//! decision (Onderwerp; Motivering with its four parts; Besluit with numbered articles), every article
//! traceable to an action of the plan, the Markdown, the HTML and the .docx (read back with docx-rs's
//! reader) holding the same text block for block, hostile text inert, and for the workshop who took
//! part and what is still to discuss. Then the CLI: file names, `alle`, user templates.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use regiewijzer::analysis::{self, Analysis};
use regiewijzer::group::{self, Group};
use regiewijzer::questionnaire::{self, Questionnaire};
use regiewijzer::report::besluit::{self, Besluit, Kind, Templates, model::user};
use regiewijzer::report::groep::GroupReport;
use regiewijzer::session;

fn test_questionnaire() -> Questionnaire {
    let path = Path::new("tests/fixtures/vvsg-test.toml");
    questionnaire::parse(&std::fs::read_to_string(path).unwrap(), path).unwrap()
}

fn real_questionnaire() -> Questionnaire {
    let text = regiewijzer::embedded::questionnaire_text("vvsg-4p").unwrap();
    questionnaire::parse_embedded(text, "vvsg-4p.toml").unwrap()
}

fn workshop() -> Group {
    let (inputs, skipped) = group::read_inputs(&[PathBuf::from("tests/fixtures/workshop-netevelde")]);
    assert!(skipped.is_empty(), "{skipped:?}");
    group::merge(inputs).unwrap().group
}

/// One draft with what it was made from.
struct Case {
    name: String,
    analysis: Analysis,
    draft: Besluit,
    group: bool,
}

/// Every fixture session (tests/fixtures/sessions against the test questionnaire, sessions-vvsg
/// against the real one) and the Netevelde workshop.
fn cases() -> Vec<Case> {
    let (test_q, real_q) = (test_questionnaire(), real_questionnaire());
    let mut out = Vec::new();
    for (dir, q) in [("tests/fixtures/sessions", &test_q), ("tests/fixtures/sessions-vvsg", &real_q)] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        paths.sort();
        for path in paths {
            let s = session::load(&path).unwrap();
            let a = analysis::analyse(q, &s);
            let draft = besluit::besluit(&a, q, &s);
            out.push(Case { name: path.display().to_string(), analysis: a, draft, group: false });
        }
    }
    let report = GroupReport::new(&real_q, &workshop());
    let draft = besluit::besluit_groep(&report, &real_q);
    out.push(Case { name: "workshop-netevelde".into(), analysis: report.analysis, draft, group: true });
    assert!(out.len() >= 16, "{}", out.len());
    out
}

fn render(draft: &Besluit, kind: Kind) -> Vec<u8> {
    Templates::embedded().unwrap().render(draft, "2026-11-20", kind).unwrap()
}

fn markdown(draft: &Besluit) -> String {
    String::from_utf8(render(draft, Kind::Markdown)).unwrap()
}

fn html(draft: &Besluit) -> String {
    String::from_utf8(render(draft, Kind::Html)).unwrap()
}

/// The text blocks of the Markdown (headings, paragraphs, list items), and its headings.
fn markdown_blocks(md: &str) -> (Vec<String>, Vec<(HeadingLevel, String)>) {
    let (mut blocks, mut headings) = (Vec::new(), Vec::new());
    let mut current: Option<String> = None;
    for event in Parser::new(md) {
        match event {
            Event::Start(Tag::Heading { .. } | Tag::Paragraph | Tag::Item) => current = Some(String::new()),
            Event::End(TagEnd::Heading(level)) => {
                let text = current.take().unwrap();
                headings.push((level, text.clone()));
                blocks.push(text);
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item) => blocks.extend(current.take()),
            Event::Text(t) | Event::Code(t) => current.as_mut().expect("text outside a block").push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.as_mut().unwrap().push(' '),
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML in the Markdown: {h}"),
            _ => {}
        }
    }
    (blocks, headings)
}

/// The paragraphs of the .docx as read back by docx-rs's reader, with their style ids.
fn docx_paragraphs(bytes: &[u8]) -> Vec<(Option<String>, String)> {
    use docx_rs::{DocumentChild, ParagraphChild, RunChild};
    assert!(bytes.starts_with(b"PK"), "a .docx is a zip package");
    let doc = docx_rs::read_docx(bytes).expect("the .docx reads back");
    doc.document
        .children
        .iter()
        .filter_map(|c| match c {
            DocumentChild::Paragraph(p) => Some(p),
            _ => None,
        })
        .map(|p| {
            let text: String = p
                .children
                .iter()
                .filter_map(|c| match c {
                    ParagraphChild::Run(r) => Some(r),
                    _ => None,
                })
                .flat_map(|r| r.children.iter())
                .filter_map(|c| match c {
                    RunChild::Text(t) => Some(t.text.as_str()),
                    _ => None,
                })
                .collect();
            (p.property.style.as_ref().map(|s| s.val.clone()), text)
        })
        .collect()
}

/// The text blocks of the HTML's body (h1–h3, p, li), tags inside them dropped and entities decoded.
fn html_blocks(html: &str) -> Vec<String> {
    let body = &html[html.find("<main>").unwrap()..html.find("</main>").unwrap()];
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let tag: String = rest.chars().take_while(char::is_ascii_alphanumeric).collect();
        if !["h1", "h2", "h3", "p", "li"].contains(&tag.as_str()) {
            continue;
        }
        let open_end = rest.find('>').unwrap();
        let close = format!("</{tag}>");
        let end = rest.find(&close).unwrap();
        let inner = &rest[open_end + 1..end];
        let mut text = String::new();
        let mut in_tag = false;
        for c in inner.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        out.push(decode(&text));
        rest = &rest[end + close.len()..];
    }
    out
}

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#x60;", "`")
        .replace("&#x3D;", "=")
        .replace("&amp;", "&")
}

#[test]
fn every_fixture_has_the_structure_of_a_college_decision() {
    for case in cases() {
        let md = markdown(&case.draft);
        let (_, headings) = markdown_blocks(&md);
        let level =
            |l: HeadingLevel| headings.iter().filter(|(x, _)| *x == l).map(|(_, t)| t.as_str()).collect::<Vec<_>>();
        assert_eq!(level(HeadingLevel::H1).len(), 1, "{}", case.name);
        assert!(
            level(HeadingLevel::H1)[0].starts_with("Ontwerpbeslissing van het college van burgemeester en schepenen")
        );
        assert_eq!(level(HeadingLevel::H2), ["Onderwerp", "Motivering", "Besluit"], "{}", case.name);
        let h3 = level(HeadingLevel::H3);
        let motivering: Vec<&str> = h3.iter().copied().take_while(|h| !h.starts_with("Artikel")).collect();
        let expected: &[&str] = if case.group {
            &["Juridische gronden", "Feiten en context", "Argumentatie", "Nog te bespreken", "Financiële gevolgen"]
        } else {
            &["Juridische gronden", "Feiten en context", "Argumentatie", "Financiële gevolgen"]
        };
        assert_eq!(motivering, expected, "{}", case.name);
        let articles: Vec<&str> = h3[motivering.len()..].to_vec();
        let numbered: Vec<String> = (1..=articles.len()).map(|n| format!("Artikel {n}")).collect();
        assert_eq!(articles, numbered, "{}: articles numbered from 1 without gaps", case.name);
        // Order of the parts in the text itself, and the fixed words of a decision.
        let at = |s: &str| md.find(s).unwrap_or_else(|| panic!("{}: no {s}", case.name));
        assert!(at("## Onderwerp") < at("## Motivering") && at("## Motivering") < at("## Besluit"));
        assert!(md.contains("Het college van burgemeester en schepenen beslist:"), "{}", case.name);
        assert!(md.contains("\\[in te vullen door het secretariaat: de rechtsgronden"), "{}", case.name);
        assert!(!md.contains("Artikel 1 van het decreet") && !md.contains("art."), "no article numbers of a decree");
        assert!(!md.contains("/100") && !md.contains("score"), "{}: no bare scores", case.name);
        for id in ["strategie.", "context.", "proces.", "start.", "procedure."] {
            assert!(!md.contains(id), "{}: a question id ({id}) in the draft", case.name);
        }
    }
}

#[test]
fn every_article_is_traceable_to_a_plan_action() {
    for case in cases() {
        let a = &case.analysis;
        let arts = &case.draft.artikels;
        assert_eq!(arts[0].actie, None);
        assert!(arts[0].tekst.starts_with("Het college neemt kennis van het adviesrapport"), "{}", case.name);
        for art in &arts[1..] {
            let n = art.actie.unwrap_or_else(|| panic!("{}: {} has no action", case.name, art.kop));
            let action = a.actions.iter().find(|x| x.number == n).expect("the action is in the plan");
            assert_eq!(action.decision.as_deref().map(user).as_deref(), Some(art.tekst.as_str()), "{}", case.name);
            let decision = a.decisions.iter().find(|d| d.action == n).expect("a decision asked of the college");
            let follow_up = art.uitvoering.as_deref().unwrap();
            assert!(follow_up.contains(&decision.owner), "{}: {follow_up}", case.name);
            assert!(follow_up.contains("Termijn: "), "{follow_up}");
            assert!(art.herkomst.as_deref().unwrap().contains(&format!("actie {n} van het actieplan")));
        }
        // Every decision of the plan is an article, or (a workshop) held back to discuss; none twice.
        let mut seen: Vec<usize> = arts.iter().filter_map(|x| x.actie).collect();
        if let Some(open) = &case.draft.nog_te_bespreken {
            seen.extend(&open.uitgestelde_acties);
        }
        seen.sort_unstable();
        let mut asked: Vec<usize> = a.decisions.iter().map(|d| d.action).collect();
        asked.sort_unstable();
        assert_eq!(seen, asked, "{}", case.name);
        if !case.group {
            assert_eq!(arts.len(), a.decisions.len() + 1, "{}: one session holds nothing back", case.name);
        }
    }
}

#[test]
fn the_fixtures_ask_the_college_for_decisions() {
    // Not a vacuous traceability test: the real questionnaire's fixtures have articles beyond article 1.
    let cases = cases();
    let with = cases.iter().filter(|c| c.draft.artikels.len() > 1).count();
    assert!(with >= 9, "{with} drafts with decisions");
    let zavelberg = cases.iter().find(|c| c.name.ends_with("gemeente-15000-deeltijds.toml")).unwrap();
    let md = markdown(&zavelberg.draft);
    assert!(
        md.contains(
            "### Artikel 2\n\nHet college kiest één afgebakend project als eerste stap en legt de doelen vast."
        )
    );
    assert!(md.contains("Opvolging: schepen van integratie. Termijn: onmiddellijk."), "{md}");
    assert!(md.contains("Herkomst: actie 1 van het actieplan, «Begin met één afgebakend project»."));
    assert!(md.contains("Vandaag werkt één persoon aan integratie, met 0,7 VTE vaste capaciteit."));
    assert!(md.contains("Het werk hangt niet af van tijdelijke middelen."));
}

#[test]
fn markdown_html_and_docx_hold_the_same_text() {
    for case in cases() {
        let (md_blocks, _) = markdown_blocks(&markdown(&case.draft));
        let docx = docx_paragraphs(&render(&case.draft, Kind::Docx));
        let docx_blocks: Vec<String> = docx.iter().map(|(_, t)| t.clone()).collect();
        assert_eq!(docx_blocks, md_blocks, "{}: .docx and Markdown", case.name);
        assert_eq!(html_blocks(&html(&case.draft)), md_blocks, "{}: HTML and Markdown", case.name);
        // The .docx carries the structure in Word's heading styles.
        let styled = |style: &str| docx.iter().filter(|(s, _)| s.as_deref() == Some(style)).count();
        assert_eq!(styled("Title"), 1, "{}", case.name);
        assert_eq!(styled("Heading1"), 3, "{}", case.name);
        assert_eq!(styled("Heading3"), case.draft.artikels.len(), "{}", case.name);
    }
}

#[test]
fn fields_to_complete_are_marked_in_every_format() {
    let case = cases().into_iter().find(|c| c.name.ends_with("gemeente-15000-deeltijds.toml")).unwrap();
    let md = markdown(&case.draft);
    assert!(md.contains("**Zitting van \\[in te vullen door het secretariaat: datum\\]**"), "{md}");
    let page = html(&case.draft);
    assert!(page.contains("<mark>[in te vullen door het secretariaat: de rechtsgronden"), "{page}");
    let bytes = render(&case.draft, Kind::Docx);
    let doc = docx_rs::read_docx(&bytes).unwrap();
    let highlighted = doc
        .document
        .children
        .iter()
        .filter_map(|c| match c {
            docx_rs::DocumentChild::Paragraph(p) => Some(p),
            _ => None,
        })
        .flat_map(|p| p.children.iter())
        .filter(|c| matches!(c, docx_rs::ParagraphChild::Run(r) if r.run_property.highlight.is_some()))
        .count();
    let fields = 1 + case
        .draft
        .juridische_gronden
        .iter()
        .chain(&case.draft.feiten)
        .chain(&case.draft.financieel)
        .filter(|a| a.veld)
        .count();
    assert_eq!(highlighted, fields, "every field, and only fields, highlighted");
}

#[test]
fn the_same_session_gives_the_same_docx() {
    let case = &cases()[0];
    assert_eq!(render(&case.draft, Kind::Docx), render(&case.draft, Kind::Docx));
}

#[test]
fn hostile_text_is_inert_in_every_format() {
    let q = test_questionnaire();
    let mut s = session::load(Path::new("tests/fixtures/sessions/vijandige-tekst.toml")).unwrap();
    // Control characters are not allowed in XML, even escaped: they must not break the .docx.
    s.respondent.gemeente.push_str(" \u{0}\u{7}\u{1b}[31m rood");
    let a = analysis::analyse(&q, &s);
    let draft = besluit::besluit(&a, &q, &s);
    let md = markdown(&draft);
    let (blocks, headings) = markdown_blocks(&md); // panics on raw HTML
    assert_eq!(headings.iter().filter(|(l, _)| *l == HeadingLevel::H1).count(), 1);
    assert!(!headings.iter().any(|(_, t)| t.contains("geen kop")), "a '#' in the goal is no heading");
    assert!(md.contains("\\<script\\>") && md.contains("\\{\\{gemeente\\}\\}"));
    assert!(blocks.iter().any(|b| b.contains("<img src=x onerror=alert(1)>")), "shown as text");
    let page = html(&draft);
    assert!(!page.contains("<script") && !page.contains("<img") && !page.contains("<b>"), "no markup from answers");
    assert!(page.contains("&lt;script&gt;") && page.contains("{{rapport.gemeente}}"), "shown as text, not rendered");
    let docx = docx_paragraphs(&render(&draft, Kind::Docx));
    let title = &docx[0].1;
    assert!(title.contains("<script>alert(\"x\")</script> | # *{{gemeente}}*"), "{title}");
    assert!(title.contains("\u{2068}") && title.contains("مرحبا"), "right-to-left text isolated: {title}");
    assert!(!docx.iter().any(|(_, t)| t.chars().any(char::is_control)), "no control characters");
    assert_eq!(docx.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>(), blocks);
}

#[test]
fn a_workshop_names_who_took_part_and_lists_what_is_still_to_discuss() {
    let case = cases().into_iter().find(|c| c.group).unwrap();
    let d = &case.draft;
    assert_eq!(d.deelnemers.len(), 5);
    assert!(d.deelnemers.contains(&"Koen Martens (schepen)".to_string()), "{:?}", d.deelnemers);
    assert!(d.zelfevaluatie.contains("vijf deelnemers"), "{}", d.zelfevaluatie);
    let open = d.nog_te_bespreken.as_ref().expect("Nog te bespreken");
    // Each result resting on a weak consensus is a point to discuss, and marked where it is stated.
    for label in ["Positie", "Strategie (breedte of diepte)", "Strategie (inhoud of proces)"] {
        assert!(open.punten.iter().any(|p| p.starts_with(&format!("{label}: "))), "{label}: {:?}", open.punten);
    }
    let strategy = d.feiten.iter().find(|f| f.tekst.starts_with("De analyse beveelt")).unwrap();
    assert!(strategy.tekst.ends_with("Dit punt is nog te bespreken (zie «Nog te bespreken»)."));
    // What rests on the contested breadth is held back, not decided.
    let afstemmen = case.analysis.actions.iter().find(|a| a.id == "domeinen_afstemmen").unwrap();
    assert!(open.uitgestelde_acties.contains(&afstemmen.number));
    assert!(!d.artikels.iter().any(|a| a.actie == Some(afstemmen.number)));
    let md = markdown(d);
    let besluit = &md[md.find("## Besluit").unwrap()..];
    assert!(!besluit.contains("beleidsdomeinen af te stemmen"), "a held-back decision is no article");
    // The participants each wrote a goal: no merged quote, a field for the shared goal.
    assert!(!md.contains("Koen Martens (schepen): Een inclusief beleid"), "no goals glued together");
    assert!(md.contains("\\[in te vullen: het gezamenlijke doel van de samenwerking\\]"));
}

#[test]
fn a_question_kept_divided_is_to_discuss_and_holds_back_its_decision() {
    let q = real_questionnaire();
    let mut g = workshop();
    let plain = GroupReport::new(&q, &g);
    let anchoring = plain.analysis.actions.iter().find(|a| a.id == "verankering").unwrap();
    assert!(anchoring.decision.is_some());
    let question = anchoring.reasons[0].question.clone();
    let before = besluit::besluit_groep(&plain, &q);
    assert!(before.artikels.iter().any(|a| a.actie == Some(anchoring.number)), "an article while agreed");
    g.decide(
        &question,
        group::Decision {
            status: group::DecisionStatus::Verdeeld,
            answer: None,
            motivation: Some("De schepen en het MAT zien het anders.".into()),
            votes: std::collections::BTreeMap::default(),
            updated: "2026-10-06T15:00:00Z".parse().unwrap(),
        },
    );
    let report = GroupReport::new(&q, &g);
    let d = besluit::besluit_groep(&report, &q);
    let open = d.nog_te_bespreken.as_ref().unwrap();
    let prompt = &q.question(&question).unwrap().prompt;
    assert!(open.punten.contains(&format!("«{prompt}»: het consensusoverleg bleef verdeeld.")), "{:?}", open.punten);
    let number = report.analysis.actions.iter().find(|a| a.id == "verankering").unwrap().number;
    assert!(open.uitgestelde_acties.contains(&number));
    assert!(!d.artikels.iter().any(|a| a.actie == Some(number)), "never decided while divided");
    assert!(d.feiten[0].tekst.starts_with("Het consensusoverleg legde"), "{:?}", d.feiten[0]);
}

// ------------------------------------------------------------------------------------ CLI

const SESSION: &str = "tests/fixtures/sessions-vvsg/gemeente-15000-deeltijds.toml";

fn cmd(config: &Path) -> Command {
    let mut cmd = Command::cargo_bin("regiewijzer").unwrap();
    cmd.env("REGIEWIJZER_CONFIG_DIR", config)
        .env("REGIEWIJZER_DATA_DIR", config.join("data"))
        .env_remove("REGIEWIJZER_TOEGANKELIJK");
    cmd
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn besluit_writes_three_files_and_alle_writes_six() {
    let tmp = tempfile::tempdir().unwrap();
    let session = Path::new(env!("CARGO_MANIFEST_DIR")).join(SESSION);
    let out = tmp.path().join("uit");
    cmd(&tmp.path().join("config"))
        .args(["rapport", session.to_str().unwrap(), "--formaat", "besluit", "-o", out.to_str().unwrap()])
        .assert()
        .success()
        .stdout("");
    let stem = "gemeente-15000-deeltijds";
    let draft = |ext: &str| format!("{stem}-besluit.{ext}");
    assert_eq!(names(&out), [draft("docx"), draft("html"), draft("md")]);
    // Without -o: into the current directory, never a binary file to standard output.
    let cwd = tmp.path().join("hier");
    std::fs::create_dir(&cwd).unwrap();
    cmd(&tmp.path().join("config"))
        .current_dir(&cwd)
        .args(["rapport", session.to_str().unwrap(), "--formaat", "besluit"])
        .assert()
        .success()
        .stdout("");
    assert_eq!(names(&cwd), [draft("docx"), draft("html"), draft("md")]);
    let all = tmp.path().join("alle");
    cmd(&tmp.path().join("config"))
        .args(["rapport", session.to_str().unwrap(), "-o", all.to_str().unwrap()])
        .assert()
        .success();
    let report = |ext: &str| format!("{stem}.{ext}");
    assert_eq!(names(&all), [draft("docx"), draft("html"), draft("md"), report("html"), report("json"), report("md")]);
    let md = std::fs::read_to_string(all.join(draft("md"))).unwrap();
    assert!(md.starts_with("# Ontwerpbeslissing van het college van burgemeester en schepenen van Zavelberg"));
}

#[test]
fn a_group_file_gives_the_workshop_draft() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let file = tmp.path().join("netevelde-groep.toml");
    cmd(&config)
        .args(["samenvoegen", root.join("tests/fixtures/workshop-netevelde").to_str().unwrap(), "-o"])
        .arg(&file)
        .assert()
        .success();
    cmd(&config).arg("rapport").arg(&file).args(["--formaat", "besluit", "-o"]).arg(tmp.path()).assert().success();
    let md = std::fs::read_to_string(tmp.path().join("netevelde-groep-besluit.md")).unwrap();
    assert!(md.contains("### Nog te bespreken") && md.contains("- Tom Claes (partnerorganisatie)"), "{md}");
}

#[test]
fn a_user_template_replaces_the_embedded_one_and_a_broken_one_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tmp.path().join("config");
    let dir = config.join("sjablonen");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("besluit.md.hbs"), "EIGEN {{onderwerp}}\n{{#each artikels}}{{kop}}: {{tekst}}\n{{/each}}")
        .unwrap();
    let session = Path::new(env!("CARGO_MANIFEST_DIR")).join(SESSION);
    cmd(&config).arg("rapport").arg(&session).args(["--formaat", "besluit", "-o"]).arg(tmp.path()).assert().success();
    let md = std::fs::read_to_string(tmp.path().join("gemeente-15000-deeltijds-besluit.md")).unwrap();
    assert!(md.starts_with("EIGEN Regie en coördinatie") && md.contains("Artikel 2: Het college kiest"), "{md}");
    let html = std::fs::read_to_string(tmp.path().join("gemeente-15000-deeltijds-besluit.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "the other template stays the embedded one");
    std::fs::write(dir.join("besluit.html.hbs"), "<p>{{#each artikels}}</p>").unwrap();
    let out = cmd(&config)
        .arg("rapport")
        .arg(&session)
        .args(["--formaat", "besluit", "-o"])
        .arg(tmp.path())
        .assert()
        .failure();
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("besluit.html.hbs") && err.contains("sjabloonfout"), "{err}");
}
