//! The consensus rule question by question, on the real questionnaire.

use super::*;
use crate::group::{Decision, DecisionStatus, Member};

fn questionnaire() -> Questionnaire {
    let text = crate::embedded::questionnaire_text("vvsg-4p").unwrap();
    crate::questionnaire::parse_embedded(text, "vvsg-4p.toml").unwrap()
}

fn member(name: &str, role: Role, answers: &[(&str, Answer)]) -> Member {
    let t: jiff::Timestamp = "2026-10-01T09:00:00Z".parse().unwrap();
    let mut session = Session {
        questionnaire: "vvsg-4p".into(),
        questionnaire_version: "1.0.0".into(),
        mode: Mode::Volledig,
        respondent: Respondent { gemeente: "Netevelde".into(), name: name.into(), role },
        created: t,
        updated: t,
        entries: BTreeMap::new(),
    };
    for (id, a) in answers {
        session.set_answer(id, a.clone());
    }
    Member { source: format!("{name}.toml"), session }
}

fn c(id: &str) -> Answer {
    Answer::Choice(id.into())
}

/// A group in which respondent i gives `answers[i]` to question `id`.
fn group(id: &str, answers: &[Answer]) -> Group {
    let members = answers
        .iter()
        .enumerate()
        .map(|(i, a)| member(&format!("R{i}"), Role::Integratieambtenaar, &[(id, a.clone())]))
        .collect();
    let t = "2026-10-02T09:00:00Z".parse().unwrap();
    Group {
        questionnaire: "vvsg-4p".into(),
        questionnaire_version: "1.0.0".into(),
        gemeente: "Netevelde".into(),
        created: t,
        updated: t,
        members,
        decisions: BTreeMap::new(),
    }
}

fn on(id: &str, answers: &[Answer]) -> QuestionConsensus {
    let q = questionnaire();
    consensus(&q, &group(id, answers)).question(id).unwrap().clone()
}

const JGNW: &str = "context.college_eensgezind";
const DRAAGVLAK: &str = "strategie.draagvlak_ambtelijk";

#[test]
fn an_even_split_between_ja_and_nee_is_gedeeltelijk_and_weak() {
    let r = on(JGNW, &[c("ja"), c("ja"), c("nee"), c("nee")]);
    assert_eq!(r.answer, Some(c("gedeeltelijk")));
    assert_eq!(r.divergence, 100);
    assert!(r.far_apart);
    assert_eq!(r.weak, vec![Weakness::GeenMeerderheid], "nobody said gedeeltelijk; 50 points off is not far");
}

#[test]
fn one_dissenter_of_five_is_divergence_but_not_a_weak_consensus() {
    let r = on(JGNW, &[c("ja"), c("ja"), c("ja"), c("ja"), c("nee")]);
    assert_eq!(r.answer, Some(c("ja")));
    assert_eq!(r.divergence, 70);
    assert!(r.far_apart && r.diverges());
    assert!(!r.is_weak());
}

#[test]
fn three_against_two_is_a_weak_consensus() {
    let r = on(JGNW, &[c("ja"), c("nee"), c("ja"), c("nee"), c("ja")]);
    assert_eq!(r.answer, Some(c("ja")));
    assert_eq!(r.weak, vec![Weakness::VerreMinderheid]);
    assert!(r.divergence > on(JGNW, &[c("ja"), c("ja"), c("ja"), c("ja"), c("nee")]).divergence);
}

#[test]
fn ja_against_gedeeltelijk_is_a_mild_difference() {
    let r = on(JGNW, &[c("ja"), c("ja"), c("ja"), c("gedeeltelijk")]);
    assert_eq!(r.answer, Some(c("ja")));
    assert!(!r.far_apart && !r.is_weak());
    assert!(r.divergence > 0 && r.divergence < 50, "{}", r.divergence);
}

#[test]
fn agreement_is_zero_divergence() {
    let r = on(JGNW, &[c("nee"), c("nee"), c("nee")]);
    assert_eq!((r.answer, r.divergence, r.far_apart, r.weak.len()), (Some(c("nee")), 0, false, 0));
}

#[test]
fn weet_niet_is_not_counted_but_many_of_them_make_it_weak() {
    let r = on(JGNW, &[c("ja"), c("weet_niet"), c("nee"), c("weet_niet"), c("nee")]);
    assert_eq!(r.answer, Some(c("nee")), "the median of ja, nee, nee");
    assert_eq!((r.known, r.dont_know, r.asked), (3, 2, 5));
    let r = on(JGNW, &[c("ja"), c("weet_niet"), c("weet_niet")]);
    assert_eq!(r.answer, Some(c("ja")));
    assert_eq!(r.weak, vec![Weakness::WeinigGeweten]);
    assert!(!r.diverges(), "not knowing is a gap, not a disagreement");
    let r = on(JGNW, &[c("weet_niet"), c("weet_niet")]);
    assert_eq!(r.answer, Some(c("weet_niet")));
}

#[test]
fn assumed_support_against_shown_support_halfway_goes_to_the_lower() {
    // Two "aangetoond" (100) and two "verondersteld" (40): the median 70 is the middle answer
    // "deels", never "aangetoond" — and it is weak, as nobody gave it and the answers lie far apart.
    let r = on(DRAAGVLAK, &[c("aangetoond"), c("aangetoond"), c("verondersteld"), c("verondersteld")]);
    assert_eq!(r.answer, Some(c("deels")));
    assert!(r.far_apart, "aangetoond (100) and verondersteld (40) are far apart");
    assert!(r.weak.contains(&Weakness::GeenMeerderheid));
    // Halfway between two options (85, between aangetoond 100 and deels 70): the lower one.
    let r = on(DRAAGVLAK, &[c("aangetoond"), c("aangetoond"), c("deels"), c("deels")]);
    assert_eq!(r.answer, Some(c("deels")));
    let r = on(DRAAGVLAK, &[c("aangetoond"), c("aangetoond"), c("aangetoond"), c("verondersteld")]);
    assert_eq!(r.answer, Some(c("aangetoond")));
    assert!(!r.is_weak());
}

#[test]
fn an_unordered_tie_stays_open() {
    let r = on("strategie.ambitie", &[c("hele_lijn"), c("facetten"), c("hele_lijn"), c("facetten")]);
    assert_eq!(r.answer, Some(c("weet_niet")));
    assert!(r.weak.contains(&Weakness::Gelijkspel));
    assert_eq!(r.divergence, 100);
    let r = on("strategie.ambitie", &[c("hele_lijn"), c("facetten"), c("hele_lijn")]);
    assert_eq!(r.answer, Some(c("hele_lijn")));
    assert_eq!(r.weak, vec![Weakness::VerreMinderheid]);
}

#[test]
fn multiple_choice_keeps_what_at_least_half_chose() {
    let l = |ids: &[&str]| Answer::Choices(ids.iter().map(|s| (*s).to_string()).collect());
    let r = on("start.themas", &[l(&["werk", "taal"]), l(&["werk"]), l(&["taal", "werk", "onderwijs"]), l(&["werk"])]);
    assert_eq!(r.answer, Some(l(&["werk", "taal"])));
    assert_eq!(r.weak, vec![Weakness::BetwisteKeuze], "taal: chosen by half, so contested");
    let r = on("start.themas", &[l(&["werk"]), l(&["werk", "taal"]), l(&["werk"]), l(&["werk"])]);
    assert_eq!((r.answer, r.weak.len()), (Some(l(&["werk"])), 0), "one of four is no contest");
}

#[test]
fn numbers_take_the_median() {
    let q = questionnaire();
    let mut g =
        group("start.vte", &[Answer::Number(1.0), Answer::Number(2.0), Answer::Number(2.5), Answer::Number(0.5)]);
    for m in &mut g.members {
        m.session.set_answer("start.organisatie", c("dienst"));
    }
    let r = consensus(&q, &g).question("start.vte").unwrap().clone();
    assert_eq!(r.answer, Some(Answer::Number(1.5)));
    assert!(r.weak.contains(&Weakness::GroteSpreiding));
}

#[test]
fn texts_are_kept_with_their_authors_and_actors_are_united_by_name() {
    let q = questionnaire();
    let mut g = group("start.doel", &[Answer::Text("Samen werken".into()), Answer::Text("Taal eerst".into())]);
    let rec = |name: &str| {
        let mut r = Record::new();
        r.insert("naam".into(), FieldValue::Text(name.into()));
        r
    };
    g.members[0].session.set_answer("participanten.actoren", Answer::Records(vec![rec("CAW"), rec("OCMW")]));
    g.members[1].session.set_answer("participanten.actoren", Answer::Records(vec![rec(" caw "), rec("School")]));
    let cons = consensus(&q, &g);
    let Some(Answer::Text(t)) = cons.session.answer("start.doel") else { panic!() };
    assert_eq!(t, "R0 (integratieambtenaar): Samen werken\nR1 (integratieambtenaar): Taal eerst");
    let Some(Answer::Records(rs)) = cons.session.answer("participanten.actoren") else { panic!() };
    assert_eq!(rs.len(), 3);
}

#[test]
fn questions_not_asked_of_a_respondent_do_not_count() {
    let q = questionnaire();
    // context.factoren is not in the short intake: the short respondent's stale answer is ignored.
    let mut g = group("context.factoren", &[c("ja"), c("nee")]);
    g.members[1].session.mode = Mode::Kort;
    let cons = consensus(&q, &g);
    let r = cons.question("context.factoren").unwrap();
    assert_eq!((r.asked, r.known, r.answer.clone()), (1, 1, Some(c("ja"))));
    assert!(!r.opinions[1].asked && r.opinions[1].answer.is_none());
    assert_eq!(cons.session.mode, Mode::Volledig, "one full respondent makes the consensus full");
    // start.vte is asked only of a gemeente with staff: without that answer nobody is asked.
    let g = group("start.vte", &[Answer::Number(1.0), Answer::Number(2.0)]);
    assert!(consensus(&q, &g).question("start.vte").is_none());
}

#[test]
fn an_agreed_answer_replaces_the_rule_and_a_split_vote_stays_weak() {
    let q = questionnaire();
    let mut g = group(DRAAGVLAK, &[c("aangetoond"), c("verondersteld")]);
    let t = "2026-10-03T09:00:00Z".parse().unwrap();
    let decision = |status, answer: Option<Answer>, votes: &[(&str, u32)]| Decision {
        status,
        answer,
        motivation: Some("Besproken.".into()),
        votes: votes.iter().map(|(k, v)| ((*k).to_string(), *v)).collect(),
        updated: t,
    };
    g.decide(DRAAGVLAK, decision(DecisionStatus::Akkoord, Some(c("aangetoond")), &[]));
    let r = consensus(&q, &g).question(DRAAGVLAK).unwrap().clone();
    assert_eq!((r.answer, r.basis, r.weak.len()), (Some(c("aangetoond")), Basis::Akkoord, 0));
    assert_eq!(r.divergence, on(DRAAGVLAK, &[c("aangetoond"), c("verondersteld")]).divergence, "still shown");

    g.decide(DRAAGVLAK, decision(DecisionStatus::Akkoord, Some(c("aangetoond")), &[("aangetoond", 3), ("nee", 2)]));
    let cons = consensus(&q, &g);
    let r = cons.question(DRAAGVLAK).unwrap();
    assert_eq!(r.weak, vec![Weakness::VerdeeldeStemming]);
    assert_eq!(r.asked, 5, "the vote replaces the individual answers in the count");
    assert_eq!(cons.session.note(DRAAGVLAK), Some("Besproken."));

    g.decide(JGNW, decision(DecisionStatus::Verdeeld, None, &[]));
    let r = consensus(&q, &g).question(JGNW).unwrap().clone();
    assert_eq!(r.basis, Basis::BlijftVerdeeld);
    assert!(r.weak.contains(&Weakness::BlijftVerdeeld));
}

#[test]
fn options_with_the_same_score_keep_what_was_chosen() {
    // participanten.selectie scores three ways of choosing alike (100) and "geen keuze" 0.
    let r = on("participanten.selectie", &[c("stakeholders"), c("stakeholders"), c("combinatie")]);
    assert_eq!(r.answer, Some(c("stakeholders")));
    assert!(!r.is_weak() && !r.far_apart);
    let r = on("participanten.selectie", &[c("combinatie"), c("geen_keuze"), c("combinatie")]);
    assert_eq!(r.answer, Some(c("combinatie")));
}
