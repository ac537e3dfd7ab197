#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Content checks of the default questionnaire `vvsg-4p`: structure, sources, reachability of every
//! conditional question, the tag counts and ids the analysis relies on, and the quality rules of the
//! content issue (help, advice, "weet niet", good practices).

use std::collections::{BTreeMap, BTreeSet};

use regiewijzer::questionnaire::{self, DONT_KNOW, Kind, Question, Questionnaire};
use regiewijzer::session::{Answer, Mode, Respondent, Session};

const BRONNEN: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/BRONNEN.md"));
const ANALYSIS_INPUTS: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/ANALYSIS-INPUTS.md"));
const TOML_TEXT: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/vvsg-4p.toml"));

/// Section numbers per seed, taken from the seeds' tables of contents and headings (the seeds
/// themselves live outside the repository, so the test carries this list). Seed 004 is a slide deck
/// without numbered sections: it may only be cited bare, as `004`.
fn known_sections() -> BTreeMap<&'static str, BTreeSet<String>> {
    let mut map = BTreeMap::new();
    let leidraad = [
        "1", "1.1", "1.2", "1.3", "1.3.1", "1.3.2", "1.3.3", "1.3.4", "1.3.5", "2", "2.1", "2.2", "2.3", "2.4", "3",
        "3.1", "3.1.1", "3.1.2", "3.1.3", "3.1.4", "3.1.5",
    ];
    map.insert("002", leidraad.iter().map(ToString::to_string).collect());

    let mut sbv: BTreeSet<String> = [
        "1", "2", "3", "3.1", "3.2", "3.2.1", "3.2.2", "4", "5", "6", "6.1", "6.1.1", "6.1.2", "6.2", "6.3", "7",
        "7.1", "7.2",
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    for case in 1..=7 {
        for sub in ["", ".1", ".2", ".2.1", ".2.2", ".3"] {
            sbv.insert(format!("5.{case}{sub}"));
        }
    }
    map.insert("001", sbv);

    let mut mechelen: BTreeSet<String> = [
        "1", "2", "2.1", "2.2", "2.2.1", "2.2.2", "2.3", "2.4", "2.4.1", "2.4.2", "2.4.3", "3", "3.1", "3.2", "3.3",
        "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.4", "3.5", "4", "4.1", "4.2", "4.2.1", "4.2.2", "4.3", "4.3.1", "4.3.2",
        "4.4", "4.5", "4.6", "5", "6",
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    for i in 1..=7 {
        mechelen.insert(format!("4.4.{i}"));
        mechelen.insert(format!("4.6.{i}"));
    }
    map.insert("000", mechelen);

    let mut learning: BTreeSet<String> = [
        "1", "2", "2.1", "2.2", "2.2.1", "2.2.2", "2.3", "3", "3.1", "3.2", "3.2.1", "3.2.1.1", "3.2.1.2", "3.2.2",
        "3.3", "3.3.1", "3.3.2", "3.3.3", "3.4", "3.4.1", "3.4.2", "4", "4.1", "4.2", "4.3", "4.4", "4.5", "4.5.1",
        "4.5.2", "4.5.3", "4.5.4", "4.5.5", "5", "6", "7",
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    for i in 1..=8 {
        learning.insert(format!("7.{i}"));
    }
    map.insert("003", learning);

    map.insert("004", BTreeSet::new());
    map
}

/// Check one source string (`002 §3.1.1; 001 §6.2`); returns the problems found.
fn check_source(source: &str, owner: &str, sections: &BTreeMap<&'static str, BTreeSet<String>>) -> Vec<String> {
    let mut problems = Vec::new();
    if source.trim().is_empty() {
        problems.push(format!("{owner}: no source"));
    }
    for citation in source.split(';').map(str::trim).filter(|c| !c.is_empty()) {
        let (seed, section) = match citation.split_once(" §") {
            Some((seed, section)) => (seed.trim(), Some(section.trim())),
            None => (citation, None),
        };
        let Some(known) = sections.get(seed) else {
            problems.push(format!("{owner}: '{citation}' names no seed 000–004"));
            continue;
        };
        match section {
            Some(s) if !known.contains(s) => problems.push(format!("{owner}: seed {seed} has no section §{s}")),
            None if seed != "004" => problems.push(format!("{owner}: '{citation}' names no section")),
            _ => {}
        }
    }
    problems
}

fn load() -> Questionnaire {
    let text = regiewijzer::embedded::questionnaire_text("vvsg-4p").expect("vvsg-4p is embedded");
    questionnaire::parse_embedded(text, "vvsg-4p.toml").unwrap_or_else(|problems| panic!("{problems}"))
}

fn session(q: &Questionnaire, mode: Mode) -> Session {
    Session::new(q, Respondent { gemeente: "Testgem".into(), ..Respondent::default() }, mode)
}

/// Ids written in backticks in a table cell.
fn backticked(cell: &str) -> Vec<String> {
    cell.split('`').skip(1).step_by(2).map(str::to_string).collect()
}

/// Answer the chain of conditions in front of `question` so that it becomes visible.
fn satisfy(qn: &Questionnaire, question: &Question, session: &mut Session) {
    let Some(condition) = &question.condition else { return };
    let target = qn.question(&condition.question).expect("condition target exists");
    satisfy(qn, target, session);
    let option = condition
        .any_of
        .iter()
        .find(|o| !condition.none_of.contains(o))
        .cloned()
        .or_else(|| target.options.iter().map(|o| o.id.clone()).find(|o| !condition.none_of.contains(o)))
        .expect("some option satisfies the condition");
    let answer = if target.kind == Kind::Multi { Answer::Choices(vec![option]) } else { Answer::Choice(option) };
    session.set_answer(&target.id, answer);
}

fn is_scored(q: &Question) -> bool {
    q.weight > 0.0 && (q.kind == Kind::Scale || q.options.iter().any(|o| o.score.is_some()))
}

#[test]
fn loads_with_six_steps_in_order_and_version_1_2_0() {
    let q = load();
    assert_eq!(q.id, "vvsg-4p");
    assert_eq!(q.version, "1.2.0");
    let steps: Vec<&str> = q.steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(steps, ["start", "context", "participanten", "strategie", "procedure", "proces"]);
    for (i, step) in q.steps.iter().enumerate() {
        assert!(q.step_questions(i).count() > 0, "step {} has no questions", step.id);
        assert!(!step.intro.trim().is_empty(), "step {} has no intro", step.id);
    }
}

#[test]
fn every_source_names_an_existing_seed_section() {
    let q = load();
    let sections = known_sections();
    let mut problems = Vec::new();
    for step in &q.steps {
        problems.extend(check_source(&step.source, &format!("step {}", step.id), &sections));
    }
    for question in &q.questions {
        problems.extend(check_source(&question.source, &question.id, &sections));
        if question.source.split(';').any(|c| c.trim() == "004") {
            problems.push(format!("{}: questions cite numbered sections; seed 004 has none", question.id));
        }
    }
    for practice in q.practices.values() {
        problems.extend(check_source(&practice.source, &format!("practice {}", practice.id), &sections));
    }
    for aim in &q.aims {
        problems.extend(check_source(&aim.source, &format!("aim {}", aim.id), &sections));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_weak_answer_feeds_an_aim_and_every_aim_is_complete() {
    // The plan is built from aims: a scored question (or one the analysis tags) without an aim would
    // become an action of its own, in the words of one question.
    let q = load();
    let analysis_tags = ["interne_regie", "doen", "niet_doen", "capaciteit", "externe_regie"];
    for question in &q.questions {
        let tagged = question.tags.iter().any(|t| {
            analysis_tags.contains(&t.as_str()) || t.starts_with("voorwaarde.") || t.starts_with("paraatheid.")
        });
        if (is_scored(question) && question.weight > 0.0) || tagged {
            assert!(!question.aims.is_empty(), "{} feeds no aim", question.id);
        }
    }
    for id in questionnaire::RULE_AIMS {
        assert!(q.aim(id).is_some(), "the analysis triggers aim {id}, the questionnaire lacks it");
    }
    for aim in &q.aims {
        assert!(aim.title.len() < 90 && !aim.title.ends_with('.'), "aim {}: a short title without full stop", aim.id);
        assert!(!aim.owners.is_empty() && !aim.advice.trim().is_empty(), "aim {}", aim.id);
        let fed = q.aim_questions(&aim.id).count() > 0;
        assert!(fed || questionnaire::RULE_AIMS.contains(&aim.id.as_str()), "aim {} is never triggered", aim.id);
        assert!(!fed || !aim.finding.trim().is_empty(), "aim {} fed by questions has no finding for strengths", aim.id);
    }
}

#[test]
fn every_question_has_a_short_topic() {
    // The report shows reasons as "topic: answer", without question ids.
    let q = load();
    for question in &q.questions {
        let topic = question.topic.trim();
        assert!(!topic.is_empty() && topic.len() <= 70, "{}: topic '{topic}'", question.id);
        assert!(!topic.ends_with('?') && !topic.ends_with('.'), "{}: topic '{topic}'", question.id);
    }
}

#[test]
fn bronnen_rows_name_existing_questions_and_sections() {
    let q = load();
    let sections = known_sections();
    let mut problems = Vec::new();
    let mut rows = 0;
    let mut covered = BTreeSet::new();
    for (n, line) in BRONNEN.lines().enumerate() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells.len() < 5 || !cells[1].chars().take(3).all(|c| c.is_ascii_digit()) || cells[1].len() < 3 {
            continue;
        }
        rows += 1;
        let owner = format!("BRONNEN.md line {}", n + 1);
        problems.extend(check_source(cells[1], &owner, &sections));
        if !cells[1].contains('§') {
            problems.push(format!("{owner}: the source names no § section"));
        }
        let ids = backticked(cells[3]);
        if ids.is_empty() {
            problems.push(format!("{owner}: no question id"));
        }
        for id in ids {
            if q.question(&id).is_none() {
                problems.push(format!("{owner}: unknown question '{id}'"));
            }
            covered.insert(id);
        }
    }
    assert!(rows >= 150, "expected the full map of chapter 3.1, found {rows} rows");
    // Every item of the wel/niet-doen table and every strategy condition is mapped.
    let readiness: Vec<String> = questionnaire::READINESS_ITEMS.iter().map(|i| format!("paraatheid.{i}")).collect();
    let tags = ["doen", "niet_doen", "voorwaarde.breedte", "voorwaarde.diepte", "voorwaarde.procesmatig"];
    for tag in tags.iter().copied().chain(readiness.iter().map(String::as_str)) {
        for question in q.tagged(tag) {
            if !covered.contains(&question.id) {
                problems.push(format!("{} ({tag}) is missing from BRONNEN.md", question.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_conditional_question_is_reachable() {
    let q = load();
    let mut conditional = 0;
    for question in &q.questions {
        let mut s = session(&q, Mode::Volledig);
        if question.condition.is_some() {
            conditional += 1;
            assert!(!q.is_visible(question, &s), "{} is visible without its condition", question.id);
        }
        satisfy(&q, question, &mut s);
        assert!(q.is_visible(question, &s), "{} cannot be made visible", question.id);
    }
    assert!(conditional >= 10, "expected conditions to be used, found {conditional}");
}

#[test]
fn short_mode_shows_only_kort_questions_and_covers_every_step() {
    let q = load();
    for question in &q.questions {
        let mut s = session(&q, Mode::Kort);
        satisfy(&q, question, &mut s);
        assert_eq!(
            q.is_visible(question, &s),
            question.is_short(),
            "{}: visibility in short mode must equal its kort tag",
            question.id
        );
    }
    let empty = session(&q, Mode::Kort);
    for (i, step) in q.steps.iter().enumerate() {
        assert!(
            q.step_questions(i).any(|question| q.is_visible(question, &empty)),
            "step {} shows nothing in the short intake",
            step.id
        );
    }
}

#[test]
fn length_fits_the_time_budget() {
    let q = load();
    let total = q.questions.len();
    let short = q.questions.iter().filter(|x| x.is_short()).count();
    assert!((110..=140).contains(&total), "{total} questions: the full walk should take 30–60 minutes");
    assert!((35..=45).contains(&short), "{short} kort questions: the short intake should take about 15 minutes");
    // The estimate shown at the start (questionnaires/README.md, "Length").
    let full = q.path_length(Mode::Volledig);
    assert!(full.min_questions < full.max_questions && full.max_questions == total, "{full:?}");
    assert!((30..=60).contains(&full.min_minutes) && (30..=60).contains(&full.max_minutes), "{full:?}");
    let kort = q.path_length(Mode::Kort);
    assert!((10..=20).contains(&kort.min_minutes) && (10..=20).contains(&kort.max_minutes), "{kort:?}");
}

#[test]
fn tag_counts_match_the_leidraad() {
    let q = load();
    let count = |tag: &str| q.tagged(tag).count();
    assert_eq!(count("voorwaarde.breedte"), 8);
    assert_eq!(count("voorwaarde.diepte"), 6);
    assert_eq!(count("voorwaarde.procesmatig"), 5);
    assert_eq!(count("doen"), 13);
    assert_eq!(count("niet_doen"), 9);
    for item in questionnaire::READINESS_ITEMS {
        assert!(count(&format!("paraatheid.{item}")) >= 1, "readiness needs {item} (leidraad 3.1.3)");
    }
    assert!(count("interne_regie") >= 4);
    // Beleidsinhoudelijk = the diepte conditions plus links with integration and domain knowledge.
    let content: BTreeSet<&str> = q.tagged("voorwaarde.beleidsinhoudelijk").map(|x| x.id.as_str()).collect();
    for diepte in q.tagged("voorwaarde.diepte") {
        assert!(content.contains(diepte.id.as_str()), "{} should also be beleidsinhoudelijk", diepte.id);
    }
    assert_eq!(content.len(), 8);
    for question in q.tagged("niet_doen") {
        assert_eq!(question.kind, Kind::Jgnw, "{}", question.id);
        let yes = question.option("ja").and_then(|o| o.score);
        assert!(
            matches!(yes, Some(s) if s.abs() < f64::EPSILON),
            "{}: 'ja' must score 0 (reverse = true)",
            question.id
        );
    }
    for question in q.tagged("doen") {
        let yes = question.option("ja").and_then(|o| o.score);
        assert!(matches!(yes, Some(s) if (s - 100.0).abs() < f64::EPSILON), "{}: 'ja' must score 100", question.id);
    }
}

#[test]
fn contract_ids_of_the_analysis_exist_with_kind_and_options() {
    let q = load();
    let mut problems = Vec::new();
    let mut rows = 0;
    for line in ANALYSIS_INPUTS.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let id = cells[1].trim_matches('`');
        let kind = cells[2];
        let expected: BTreeSet<String> = backticked(cells[3]).into_iter().collect();
        rows += 1;
        let Some(question) = q.question(id) else {
            problems.push(format!("{id}: missing"));
            continue;
        };
        if question.kind.name() != kind {
            problems.push(format!("{id}: kind {} instead of {kind}", question.kind.name()));
        }
        let actual: BTreeSet<String> = match question.kind {
            Kind::Single | Kind::Multi => question.options.iter().map(|o| o.id.clone()).collect(),
            Kind::Records => question.fields.iter().map(|f| f.id.clone()).collect(),
            _ => BTreeSet::new(),
        };
        if actual != expected {
            problems.push(format!("{id}: options/fields {actual:?} instead of {expected:?}"));
        }
    }
    assert!(rows >= 30, "the contract table was not found ({rows} rows)");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn actor_inventory_has_the_agreed_fields() {
    let q = load();
    let actors = q.question("participanten.actoren").unwrap();
    let field = |id: &str| actors.fields.iter().find(|f| f.id == id).unwrap_or_else(|| panic!("field {id}"));
    let ids = |id: &str| field(id).options.iter().map(|o| o.id.clone()).collect::<BTreeSet<_>>();
    assert_eq!(field("naam").kind, Kind::Text);
    assert_eq!(field("type").kind, Kind::Single);
    assert!(ids("type").contains("agii") && ids("type").contains("doelgroep") && ids("type").contains("andere"));
    assert_eq!(field("intern_extern").kind, Kind::Single);
    assert_eq!(field("relatie").kind, Kind::Multi);
    assert_eq!(
        ids("relatie"),
        ["beinvloedt", "doelgroep", "getroffen", "werkt_aan_integratie"].map(String::from).into()
    );
    assert_eq!(field("bijdrage").kind, Kind::Multi);
    assert_eq!(field("bijdrage").options.len(), 8, "the eight contribution reasons");
    assert_eq!(field("mandaat").kind, Kind::Single);
    assert_eq!(ids("mandaat"), ["beslissen", "informeren", "weet_niet"].map(String::from).into());
    assert_eq!(field("neemt_deel").kind, Kind::Jgnw);
    assert_eq!(field("fase").kind, Kind::Single);
    assert_eq!(
        ids("fase"),
        ["engagement", "informatie", "overleg", "partnerschap", "weet_niet"].map(String::from).into(),
        "the analysis reads the stage per partner with the ids of context.fase"
    );
}

#[test]
fn scored_questions_have_help_and_advice() {
    let q = load();
    let mut problems = Vec::new();
    for question in &q.questions {
        if question.help.trim().is_empty() {
            problems.push(format!("{}: no help", question.id));
        }
        if question.prompt.trim().is_empty() {
            problems.push(format!("{}: no prompt", question.id));
        }
        if is_scored(question) && question.advice.trim().is_empty() {
            problems.push(format!("{}: scored but no advice", question.id));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn choice_questions_allow_weet_niet() {
    let q = load();
    for question in q.questions.iter().filter(|x| matches!(x.kind, Kind::Single | Kind::Multi)) {
        if question.id == "start.themas" {
            continue;
        }
        let dont_know = question.option(DONT_KNOW);
        assert!(dont_know.is_some(), "{} offers no 'weet niet'", question.id);
        assert!(dont_know.unwrap().score.is_none(), "{}: 'weet niet' must not be scored", question.id);
    }
}

#[test]
fn none_options_of_multiple_choices_exclude_the_others() {
    let q = load();
    let mut marked = 0;
    for question in q.questions.iter().filter(|x| x.kind == Kind::Multi) {
        for option in &question.options {
            let none = matches!(option.id.as_str(), "geen" | "nog_geen") || option.label.starts_with("Geen");
            assert_eq!(option.exclusive, none, "{} option '{}': exclusive must mark 'none'", question.id, option.id);
            marked += usize::from(none);
        }
    }
    assert_eq!(marked, 4, "instrumenten, netwerk, agii_steun and structuur each have a 'none' option");
}

#[test]
fn practices_are_referenced_and_complete() {
    let q = load();
    let mut referenced = BTreeSet::new();
    for question in &q.questions {
        for id in &question.practices {
            assert!(q.practices.contains_key(id), "{} refers to unknown practice {id}", question.id);
            referenced.insert(id.as_str());
        }
    }
    for aim in &q.aims {
        referenced.extend(aim.practices.iter().map(String::as_str));
    }
    for practice in q.practices.values() {
        assert!(referenced.contains(practice.id.as_str()), "practice {} is never referenced", practice.id);
        assert!(!practice.text.trim().is_empty() && !practice.fact.trim().is_empty(), "practice {}", practice.id);
    }
    let places: BTreeSet<&str> = q.practices.values().map(|p| p.gemeente.as_str()).collect();
    for gemeente in [
        "Lier",
        "Mechelen",
        "Lommel",
        "Dendermonde",
        "Geel",
        "Halle",
        "Antwerpen",
        "Genk",
        "Leuven",
        "Heusden-Zolder",
        "Beringen",
    ] {
        assert!(places.contains(gemeente), "no good practice from {gemeente}");
    }
    assert!(places.iter().any(|p| p.starts_with("SBV-case")), "no SBV case among the good practices");
}

#[test]
fn names_todays_institutions_only() {
    let lower = TOML_TEXT.to_lowercase();
    for old in ["onthaalbureau", "integratiecentrum", "integratiecentra", "kruispunt migratie", "minderhedencentrum"] {
        assert!(!lower.contains(old), "the questionnaire names '{old}'; use today's institutions (AgII)");
    }
    assert!(TOML_TEXT.contains("AgII") && TOML_TEXT.contains("Gemeentefonds"));
    // Kind en Gezin is now Opgroeien: named only together with today's name.
    assert_eq!(lower.matches("kind en gezin").count(), lower.matches("opgroeien").count(), "name Opgroeien");
}
