//! The meeting on the Netevelde workshop (`tests/fixtures/workshop-netevelde`): walk order, every
//! kind of decision checked on disk, resuming, the extended walk and the summary.

use std::path::PathBuf;

use super::*;
use crate::group::{GroupFile, load};

fn questionnaire() -> Arc<Questionnaire> {
    Arc::new(crate::embedded::questionnaire("vvsg-4p").unwrap())
}

/// The five Netevelde sessions merged into `<dir>/groep.toml`.
fn group_file(dir: &Path) -> PathBuf {
    let workshop = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/workshop-netevelde");
    let (inputs, skipped) = group::read_inputs(&[workshop]);
    assert!(skipped.is_empty());
    let path = dir.join("groep.toml");
    drop(GroupFile::create(&path, group::merge(inputs).unwrap().group).unwrap());
    path
}

fn ids(m: &Meeting) -> Vec<&str> {
    m.items().iter().map(|i| i.agenda.id.as_str()).collect()
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.into())
}

#[test]
fn the_walk_is_the_gespreksagenda_with_who_said_what() {
    let dir = tempfile::tempdir().unwrap();
    let m = Meeting::open(questionnaire(), &group_file(dir.path())).unwrap();
    assert_eq!(m.items().len(), group::agenda::AGENDA_MAX);
    assert_eq!(m.agenda_len(), group::agenda::AGENDA_MAX);
    assert!(m.more() > 20, "{}", m.more());
    assert_eq!(m.position(), Place::Item(0));
    assert_eq!(ids(&m)[0], "strategie.specifiek_probleem");
    assert!(ids(&m).contains(&"strategie.draagvlak_ambtelijk"));
    let numbers: Vec<usize> = m.items().iter().map(|i| i.agenda.number).collect();
    assert_eq!(numbers, (1..=8).collect::<Vec<_>>());
    let draagvlak = m.items().iter().find(|i| i.agenda.id == "strategie.draagvlak_ambtelijk").unwrap();
    assert_eq!(draagvlak.view.antwoorden.len(), 5);
    assert_eq!(draagvlak.view.antwoorden[0].wie, "Koen Martens (schepen)");
    assert!(draagvlak.view.antwoorden[0].notitie.as_deref().unwrap().contains("meerjarenplan"));
    assert!(draagvlak.view.consensus.starts_with("Deels"), "{}", draagvlak.view.consensus);
    assert_eq!(draagvlak.weakness_line(), "geen meerderheid voor dit antwoord");
    assert!(draagvlak.count_line().contains("Weet niet 1"), "{}", draagvlak.count_line());
    assert_eq!(draagvlak.weighs_on(), "strategie (breedte of diepte)");
    assert_eq!(m.tally(), Tally { agreed: 0, divided: 0, open: 8 });
}

#[test]
fn decisions_are_on_disk_at_once_and_the_walk_stays_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = group_file(dir.path());
    let mut m = Meeting::open(questionnaire(), &path).unwrap();
    let before: Vec<String> = ids(&m).into_iter().map(String::from).collect();
    let at = before.iter().position(|id| id == "strategie.draagvlak_ambtelijk").unwrap();
    assert!(m.go_to(at));
    assert_eq!(m.proposal(at), Some(choice("deels")), "the rule's answer is offered first");
    m.agree(choice("verondersteld"), " Het MAT keurde goed, de diensten volgen nog niet. ").unwrap();
    let saved = load(&path).unwrap().decisions["strategie.draagvlak_ambtelijk"].clone();
    assert_eq!((saved.status, saved.answer), (DecisionStatus::Akkoord, Some(choice("verondersteld"))));
    assert_eq!(saved.motivation.as_deref(), Some("Het MAT keurde goed, de diensten volgen nog niet."));
    assert_eq!(ids(&m), before.iter().map(String::as_str).collect::<Vec<_>>(), "agreeing keeps the walk");
    assert_eq!(m.position(), Place::Item(at), "the front end moves on, not the core");
    assert_eq!(m.status(at), ItemStatus::Agreed);
    assert_eq!(m.proposal(at), Some(choice("verondersteld")), "a revision starts from the agreed answer");
    let line = m.decision_line(at).unwrap();
    assert_eq!(line.answer.as_deref(), Some("We gaan ervan uit, maar het is nog niet gebleken"));

    assert!(m.go_to(0));
    m.keep_divided("Schepen en diensthoofd zien een ander probleem.").unwrap();
    assert_eq!(m.status(0), ItemStatus::Divided);
    assert_eq!(load(&path).unwrap().decisions["strategie.specifiek_probleem"].status, DecisionStatus::Verdeeld);
    assert_eq!(m.tally(), Tally { agreed: 1, divided: 1, open: 6 });
    m.clear().unwrap();
    assert_eq!(m.status(0), ItemStatus::Open);
    assert!(!load(&path).unwrap().decisions.contains_key("strategie.specifiek_probleem"));
}

#[test]
fn a_vote_goes_on_with_the_most_votes_and_a_split_one_stays_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = group_file(dir.path());
    let mut m = Meeting::open(questionnaire(), &path).unwrap();
    let at = ids(&m).iter().position(|id| *id == "strategie.ambitie").unwrap();
    assert!(m.go_to(at) && m.can_vote(at));
    let votes = |pairs: &[(&str, u32)]| pairs.iter().map(|(k, n)| ((*k).to_string(), *n)).collect();
    m.vote(&votes(&[("hele_lijn", 3), ("facetten", 2), ("weet_niet", 0)]), "Na een tweede ronde.").unwrap();
    assert_eq!(m.status(at), ItemStatus::SplitVote, "3 against 2 is split");
    let d = load(&path).unwrap().decisions["strategie.ambitie"].clone();
    assert_eq!(d.answer, Some(choice("hele_lijn")));
    assert_eq!(d.votes, votes(&[("hele_lijn", 3), ("facetten", 2)]));
    let line = m.decision_line(at).unwrap();
    assert!(line.votes.unwrap().starts_with("Het integratiebeleid over de hele lijn versterken (breedte) 3 · "));
    m.vote(&votes(&[("hele_lijn", 5), ("facetten", 1)]), "").unwrap();
    assert_eq!(m.status(at), ItemStatus::Agreed, "5 against 1 is not split");
    m.vote(&votes(&[("hele_lijn", 2), ("facetten", 2)]), "").unwrap();
    assert_eq!(m.status(at), ItemStatus::Divided, "a tie stays divided");
    assert_eq!(load(&path).unwrap().decisions["strategie.ambitie"].answer, None);
    m.vote(&BTreeMap::new(), "").unwrap();
    assert_eq!(m.status(at), ItemStatus::Open, "no votes at all removes the decision");
    let numbers = ids(&m).iter().position(|id| id.starts_with("context.doorzettingsmacht")).unwrap();
    assert!(m.can_vote(numbers));
}

#[test]
fn a_resumed_meeting_starts_at_the_first_open_item_and_can_go_past_the_agenda() {
    let dir = tempfile::tempdir().unwrap();
    let path = group_file(dir.path());
    {
        let mut m = Meeting::open(questionnaire(), &path).unwrap();
        assert!(Meeting::open(questionnaire(), &path).is_err(), "a second opener is refused");
        m.keep_divided("").unwrap();
        m.next();
        m.agree(choice("nee"), "").unwrap();
    }
    let mut m = Meeting::open(questionnaire(), &path).unwrap();
    assert_eq!(m.position(), Place::Item(2));
    assert_eq!((m.status(0), m.status(1)), (ItemStatus::Divided, ItemStatus::Agreed));
    m.back();
    m.back();
    m.back();
    assert_eq!(m.position(), Place::Item(0), "back stays at the first");
    assert!(m.go_to(7));
    m.next();
    assert_eq!(m.position(), Place::End);
    m.back();
    assert_eq!(m.position(), Place::Item(7));
    let more = m.more();
    m.extend();
    assert!(m.extended() && m.more() == 0);
    assert_eq!(m.items().len(), 8 + more);
    assert_eq!(m.position(), Place::Item(8));
    m.agree(choice("ja"), "").unwrap_or_else(|e| panic!("{e}"));
    drop(m);
    let m = Meeting::open(questionnaire(), &path).unwrap();
    assert!(m.extended(), "a meeting that went past the agenda resumes there");
}

#[test]
fn the_summary_uses_the_agreed_answers_and_lists_what_stayed_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = group_file(dir.path());
    let mut m = Meeting::open(questionnaire(), &path).unwrap();
    let before = m.summary();
    assert!(before.agreed.is_empty() && before.divided.is_empty());
    assert_eq!(before.open.len(), 8);
    assert!(before.fragile.iter().any(|f| f.starts_with("Strategie (breedte of diepte)")), "{:?}", before.fragile);
    let at = |m: &Meeting, id: &str| ids(m).iter().position(|x| *x == id).unwrap();
    for (id, answer) in [("strategie.ambitie", "facetten"), ("strategie.specifiek_probleem", "ja")] {
        assert!(m.go_to(at(&m, id)));
        m.agree(choice(answer), "Zo besloten.").unwrap();
    }
    assert!(m.go_to(at(&m, "strategie.focus")));
    m.keep_divided("Nog te bespreken met de partners.").unwrap();
    let after = m.summary();
    assert_eq!(after.agreed.len(), 2);
    assert_eq!(after.agreed[0].answer, "Inzetten op één of enkele specifieke facetten (diepte)", "questionnaire order");
    assert_eq!(after.agreed[1].answer, "Ja");
    assert_eq!(after.agreed[0].motivation.as_deref(), Some("Zo besloten."));
    assert_eq!(after.divided.len(), 1);
    assert_eq!(after.divided[0].motivation.as_deref(), Some("Nog te bespreken met de partners."));
    assert_eq!(after.open.len(), 5);
    let strategy = &after.results.iter().find(|(l, _)| *l == strings::overleg::RESULT_STRATEGY).unwrap().1;
    assert!(strategy.starts_with("Dieptestrategie"), "the agreed answers change the result: {strategy}");
}

#[test]
fn a_group_file_of_another_questionnaire_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = group_file(dir.path());
    let other = crate::wizard::tests::fixture();
    assert!(matches!(Meeting::open(other, &path), Err(MeetingError::OtherQuestionnaire { .. })));
}

#[test]
fn the_most_votes_win_and_a_tie_has_no_winner() {
    let v = |pairs: &[(&str, u32)]| pairs.iter().map(|(k, n)| ((*k).to_string(), *n)).collect();
    assert_eq!(winner(&v(&[("ja", 3), ("nee", 2)])), Some("ja".into()));
    assert_eq!(winner(&v(&[("ja", 2), ("nee", 2)])), None);
    assert_eq!(winner(&v(&[("ja", 0)])), None);
    assert_eq!(winner(&BTreeMap::new()), None);
}
