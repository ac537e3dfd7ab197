//! The short intake against the full assessment (issue 13), on the real questionnaire and the
//! complete sessions of `tests/fixtures/sessions-vvsg/`:
//! - every question of the short intake decides a conclusion (the contract table says which), and the
//!   short intake asks every question a conclusion reads, but for a short, commented list;
//! - for every full-mode fixture, the short-intake projection (the same answers, mode `kort`) reaches
//!   the same conclusions, or marks the one that differs as provisional, naming the full outcome among
//!   what it could become;
//! - whatever answers are missing, a conclusion marked settled is the one the complete answers give.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use regiewijzer::analysis::zekerheid::{Certainty, Value};
use regiewijzer::analysis::{self, Analysis, Conclusion, contract};
use regiewijzer::questionnaire::{self, Questionnaire};
use regiewijzer::session::{self, Answer, Mode, Session};

const DIR: &str = "tests/fixtures/sessions-vvsg";

fn questionnaire() -> Questionnaire {
    let text = regiewijzer::embedded::questionnaire_text("vvsg-4p").unwrap();
    questionnaire::parse_embedded(text, "vvsg-4p.toml").unwrap()
}

/// The short-intake questions no conclusion reads, each with the reason it stays.
const ASKED_WITHOUT_A_CONCLUSION: &[(&str, &str)] = &[
    // The product (4P): what the cooperation is about; the report and the plan carry it through.
    ("start.themas", "the product's themes"),
    ("start.doel", "the product's goal"),
    // Participanten (002 §3.1.2), with the target group itself among them: the short intake walks
    // every step of the 4P model, and this is that step's heaviest question.
    ("participanten.doelgroep_betrokken", "every step of the 4P model"),
    // "Interne regie komt eerst" (002 §3.1.5): its two heaviest questions, so that the report can warn
    // when it lags and the plan can start there.
    ("proces.eindverantwoordelijke", "interne regie comes first"),
    ("proces.verankering", "interne regie comes first"),
];

/// Questions a conclusion reads that the short intake leaves out, each with the reason.
const READ_BUT_NOT_ASKED: &[(&str, &str)] = &[
    // Stands in for the stage only when `context.fase` is unknown; an inventory takes eight minutes.
    ("participanten.actoren", "fallback of the stage"),
    // Decides breedte/diepte only without a wish (`strategie.ambitie` unknown) and a bestuur fully ready.
    ("strategie.kans", "only without a wish"),
    // Read for inhoud/proces only when `strategie.weinig_actoren` is unknown.
    ("start.inwoners", "asked anyway"),
];

#[test]
fn every_short_intake_question_decides_a_conclusion() {
    let q = questionnaire();
    let mut lines = Vec::new();
    for question in q.questions.iter().filter(|x| x.is_short()) {
        let read_by = contract::read_by(question);
        let exception = ASKED_WITHOUT_A_CONCLUSION.iter().find(|(id, _)| *id == question.id);
        assert!(
            !read_by.is_empty() || exception.is_some(),
            "{} is in the short intake, but no conclusion reads it: remove `kort`, or say why it stays",
            question.id
        );
        assert!(
            read_by.is_empty() || exception.is_none(),
            "{} is listed as an exception, but {read_by:?} read it",
            question.id
        );
        lines.push(format!("{:40} {read_by:?}{}", question.id, exception.map_or("", |(_, why)| why)));
    }
    println!("{}", lines.join("\n"));
    for (id, _) in ASKED_WITHOUT_A_CONCLUSION {
        assert!(q.question(id).is_some_and(questionnaire::Question::is_short), "{id}: stale exception");
    }
}

#[test]
fn the_short_intake_asks_what_each_conclusion_reads() {
    let q = questionnaire();
    for question in &q.questions {
        let read_by: Vec<Conclusion> =
            contract::read_by(question).into_iter().filter(|c| Conclusion::CHECKED.contains(c)).collect();
        if read_by.is_empty() || question.is_short() {
            continue;
        }
        assert!(
            READ_BUT_NOT_ASKED.iter().any(|(id, _)| *id == question.id),
            "{read_by:?} read {}, the short intake does not ask it",
            question.id
        );
    }
    let path = q.path_length(Mode::Kort);
    assert!((30..=40).contains(&path.max_questions), "short, as before: {path:?}");
    assert!(path.max_minutes <= 20, "{path:?}");
}

/// The value and certainty of each conclusion.
fn conclusions(a: &Analysis) -> Vec<(Conclusion, Value, &Certainty)> {
    let s = &a.strategy;
    let sbv = s.sbv_path.as_ref().map(|p| if p.status == "gevolgd" { "gevolgd" } else { "aanbevolen" });
    vec![
        (Conclusion::Positie, Value::Positie(a.position.value), &a.position.certainty),
        (Conclusion::Fase, Value::Fase(a.stage.value), &a.stage.certainty),
        (Conclusion::Paraatheid, Value::Paraatheid(s.readiness.status), &s.readiness.certainty),
        (Conclusion::BreedteDiepte, Value::Breedte(s.breedte_diepte), &s.breadth.certainty),
        (Conclusion::InhoudProces, Value::Focus(s.inhoud_proces), &s.focus.certainty),
        (Conclusion::SbvPad, Value::Sbv(sbv), &s.sbv_certainty),
        (Conclusion::Procedure, Value::Scenario(a.scenario.scenario), &a.scenario.certainty),
    ]
}

/// `full` and `partial` agree on each conclusion, or `partial` marks it provisional; a conclusion
/// marked provisional and differing names the full outcome among what it could become, unless the
/// search ran out of budget (the note says so). Returns one line per conclusion, and how many differ.
fn agree_or_provisional(name: &str, full: &Analysis, partial: &Analysis) -> (Vec<String>, usize) {
    let mut out = Vec::new();
    let mut differ = 0;
    for ((c, want, _), (_, got, certainty)) in conclusions(full).into_iter().zip(conclusions(partial)) {
        let mark = if certainty.settled { "" } else { " (voorlopig)" };
        out.push(format!("{c:?}: {} / {}{mark}", want.label(), got.label()));
        if want == got {
            continue;
        }
        differ += 1;
        assert!(!certainty.settled, "{name}: {c:?} is {} in full, {} marked settled", want.label(), got.label());
        let note = certainty.note.as_deref().unwrap();
        let named = certainty.alternatives.iter().any(|alt| alt.value == want);
        assert!(named || note.contains("te veel open vragen"), "{name}: {c:?} does not name {}: {note}", want.label());
    }
    (out, differ)
}

fn fixtures() -> Vec<(String, Session)> {
    let mut files: Vec<_> = std::fs::read_dir(DIR).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .into_iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), session::load(&p).unwrap()))
        .filter(|(_, s)| s.mode == Mode::Volledig)
        .collect()
}

#[test]
fn the_short_intake_agrees_with_the_full_assessment_or_says_it_is_provisional() {
    let q = questionnaire();
    let all = fixtures();
    assert!(all.len() >= 10, "the full-mode fixtures, the two small gemeenten of issue 13 included");
    let mut table = Vec::new();
    for (name, full_session) in all {
        let mut short = full_session.clone();
        short.mode = Mode::Kort;
        let full = analysis::analyse(&q, &full_session);
        let partial = analysis::analyse(&q, &short);
        assert_eq!(full.provisional, [], "{name}: a complete session settles every conclusion");
        let (lines, differ) = agree_or_provisional(&name, &full, &partial);
        assert_eq!(differ, 0, "{name}: {lines:?}");
        // A complete short intake asks what every conclusion needs: nothing is provisional.
        assert_eq!(partial.provisional, [], "{name}: {lines:?}");
        table.push(format!("{name}\n  {}", lines.join("\n  ")));
    }
    println!("{}", table.join("\n"));
}

#[test]
fn scenario_4_for_small_gemeenten_also_in_the_short_intake() {
    // The conclusion that matters most in a consultant's intake with a small gemeente (issue 13).
    let q = questionnaire();
    for name in
        ["grensheide-zonder-integratiedienst-bovenlokaal.toml", "scheldemeers-offerfeest-met-buurgemeenten.toml"]
    {
        let mut s = session::load(&Path::new(DIR).join(name)).unwrap();
        assert_eq!(analysis::analyse(&q, &s).scenario.scenario, 4, "{name}");
        s.mode = Mode::Kort;
        let a = analysis::analyse(&q, &s);
        assert_eq!(a.scenario.scenario, 4, "{name}");
        assert!(a.scenario.certainty.settled, "{name}");
        // A consultant who does not know whether the neighbours want it now: scenario 4 stays, marked
        // provisional on exactly that question, which could rule it out (002 §3.1.4, the basisvoorwaarde).
        s.set_answer("procedure.buren_tegelijk", Answer::Choice("weet_niet".into()));
        let a = analysis::analyse(&q, &s);
        assert_eq!(a.scenario.scenario, 4, "{name}");
        let open: Vec<&str> = a.scenario.certainty.open.iter().map(|o| o.question.as_str()).collect();
        assert_eq!(open, ["procedure.buren_tegelijk"], "{name}");
        let note = a.scenario.certainty.note.as_deref().unwrap();
        assert!(note.starts_with("Scenario voorlopig: op de vraag over buurgemeenten"), "{name}: {note}");
        assert!(a.provisional.contains(&Conclusion::Procedure));
    }
}

/// A small deterministic generator (no dependency on the order of a random crate's output).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        usize::try_from((self.0 >> 33) % n as u64).unwrap()
    }
}

#[test]
fn a_conclusion_marked_settled_is_the_one_the_complete_answers_give() {
    // Every full-mode fixture, many times over with a few of the questions the conclusions read left
    // open ("weet niet", removed, or the mode short): what is marked settled must match the complete
    // session; what differs must be provisional and name the full outcome.
    let q = questionnaire();
    let read: Vec<&str> =
        q.questions.iter().filter(|x| !contract::read_by(x).is_empty()).map(|x| x.id.as_str()).collect();
    let mut rng = Lcg(13);
    let (mut provisional, mut differing, mut cases) = (0, 0, 0);
    for (name, full_session) in fixtures() {
        let full = analysis::analyse(&q, &full_session);
        for round in 0..12 {
            let mut s = full_session.clone();
            if round % 2 == 1 {
                s.mode = Mode::Kort;
            }
            let mut changed = Vec::new();
            for _ in 0..(3 + rng.next(6)) {
                let id = read[rng.next(read.len())];
                if rng.next(2) == 0 {
                    s.set_answer(id, Answer::Choice("weet_niet".into()));
                } else {
                    s.clear_answer(id);
                }
                changed.push(id);
            }
            let partial = analysis::analyse(&q, &s);
            let (_, differ) = agree_or_provisional(&format!("{name} without {changed:?}"), &full, &partial);
            provisional += partial.provisional.len();
            differing += differ;
            cases += 1;
        }
    }
    println!("{cases} cases: {provisional} provisional conclusions, {differing} differing from the full session");
    assert!(provisional > cases && differing * 4 > cases, "the cases exercise what they test");
}
