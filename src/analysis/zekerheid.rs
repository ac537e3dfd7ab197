//! Certainty: whether a conclusion is **settled** or **provisional**, and when provisional, which open
//! questions it rests on and what answering them could change.
//!
//! Derived from the rules themselves, not from a list per mode. The conclusion is computed once with
//! a [`Probe`] that records every question the rules read without a known answer — not asked in this
//! mode (the short intake), answered "weet niet", or not answered. Then it is computed again for
//! every combination of answers to those questions (each one left open or given one of its
//! representative answers: every option of a choice question, the VTE thresholds of a number; see
//! [`representatives`]), fewest answers first. A question an answer makes the rules read for the
//! first time joins the search. A conclusion that no combination changes is settled; otherwise the
//! report names the questions of the smallest combinations that change it, and what it could become.
//! The search is bounded ([`MAX_EVALUATIONS`]); a conclusion resting on more open questions than it
//! can try is provisional, and says so.

use serde::{Serialize, Serializer};

pub use super::concepts::WhyOpen as Why;
use super::concepts::{Breadth, Conclusion, Focus, Positie, ReadinessStatus};
use super::inputs::{Inputs, Probe};
use super::leidraad::{self, StrategyParts};
use super::texts;
use crate::answer::DONT_KNOW;
use crate::questionnaire::{Kind, Question};
use crate::session::{Answer, FieldValue, Mode, Record};

/// At most this many evaluations of one conclusion: the search over a session with few open
/// questions is exhaustive far below it; an (almost) empty session stops here.
pub const MAX_EVALUATIONS: usize = 4096;
/// The budget of the conclusions whose rules weigh most (readiness with its four items, and what
/// rests on it: breedte/diepte and the scenario).
pub const MAX_EVALUATIONS_HEAVY: usize = 1024;

/// The evaluation budget of conclusion `c`.
pub fn budget(c: Conclusion) -> usize {
    match c {
        Conclusion::Paraatheid | Conclusion::BreedteDiepte | Conclusion::Procedure => MAX_EVALUATIONS_HEAVY,
        _ => MAX_EVALUATIONS,
    }
}
/// At most this many rounds of questions discovered during the search.
const MAX_ROUNDS: usize = 3;

/// Whether a conclusion is settled, and if not, what it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Certainty {
    /// True when no answer to the open questions could change the conclusion.
    #[serde(rename = "zeker")]
    pub settled: bool,
    /// The open questions it rests on: those of the smallest combinations of answers that change it.
    #[serde(rename = "open_vragen")]
    pub open: Vec<OpenQuestion>,
    /// What it could become once they are answered.
    #[serde(rename = "kan_worden")]
    pub alternatives: Vec<Alternative>,
    /// The provisional conclusion in one sentence; null when settled.
    #[serde(rename = "voorlopig")]
    pub note: Option<String>,
}

impl Certainty {
    /// A settled conclusion.
    pub fn settled() -> Self {
        Certainty { settled: true, open: vec![], alternatives: vec![], note: None }
    }
}

/// An open question a provisional conclusion rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpenQuestion {
    /// Question id.
    #[serde(rename = "vraag")]
    pub question: String,
    /// The question as asked.
    #[serde(rename = "vraagtekst")]
    pub prompt: String,
    /// What it is about in a few words (the topic, or the prompt).
    #[serde(rename = "onderwerp")]
    pub topic: String,
    /// Why it is open.
    #[serde(rename = "waarom")]
    pub why: Why,
    /// What answering it (alone or with the others named) could make of the conclusion.
    #[serde(rename = "kan_leiden_tot")]
    pub leads_to: Vec<String>,
}

/// Another value the conclusion could take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Alternative {
    /// The value as the conclusion's own key has it (`regie`, `4`, `breedte`, null, …).
    #[serde(rename = "waarde")]
    pub value: Value,
    /// In words.
    pub label: String,
}

/// The value of a conclusion, as far as certainty is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// The position.
    Positie(Positie),
    /// The stage, or unknown.
    Fase(Option<u8>),
    /// Whether capacity is small.
    Capaciteit(bool),
    /// The readiness verdict.
    Paraatheid(ReadinessStatus),
    /// Breedte or diepte.
    Breedte(Breadth),
    /// Inhoud, proces or both.
    Focus(Focus),
    /// The SBV path's status (`gevolgd`, `aanbevolen`), or none.
    Sbv(Option<&'static str>),
    /// The scenario 1–4.
    Scenario(u8),
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Positie(p) => p.serialize(s),
            Value::Fase(f) => f.serialize(s),
            Value::Capaciteit(c) => c.serialize(s),
            Value::Paraatheid(r) => r.serialize(s),
            Value::Breedte(b) => b.serialize(s),
            Value::Focus(f) => f.serialize(s),
            Value::Sbv(v) => v.serialize(s),
            Value::Scenario(n) => n.serialize(s),
        }
    }
}

impl Value {
    /// The value in words, as it ends the sentence "… kan het ook ___ worden".
    pub fn label(self) -> String {
        match self {
            Value::Positie(p) => texts::positie_label(p, &[]).to_lowercase(),
            Value::Fase(None) => texts::FASE_ONBEKEND_KORT.into(),
            Value::Fase(Some(n)) => texts::fase_kort(n),
            Value::Capaciteit(small) => texts::capaciteit_kort(small).into(),
            Value::Paraatheid(r) => texts::readiness_label(r).to_lowercase(),
            Value::Breedte(b) => texts::breadth_label(b).to_lowercase(),
            Value::Focus(f) => texts::focus_label(f).to_lowercase(),
            Value::Sbv(v) => texts::sbv_kort(v).into(),
            Value::Scenario(n) => texts::scenario_kort(n),
        }
    }
}

/// The status of an SBV path as a static string.
fn sbv_status(path: Option<&leidraad::SbvPath>) -> Option<&'static str> {
    path.map(|p| if p.status == "gevolgd" { "gevolgd" } else { "aanbevolen" })
}

/// The value of conclusion `c` under `inp`: the rules themselves, each given only what it reads.
pub fn evaluate(inp: &Inputs<'_>, c: Conclusion) -> Value {
    match c {
        Conclusion::Positie => Value::Positie(leidraad::positie(inp).value),
        Conclusion::Fase => Value::Fase(leidraad::fase(inp).value),
        Conclusion::Capaciteit => Value::Capaciteit(leidraad::capaciteit(inp).small),
        Conclusion::Paraatheid => Value::Paraatheid(leidraad::paraatheid(inp).status),
        Conclusion::BreedteDiepte => {
            let readiness = leidraad::paraatheid(inp);
            Value::Breedte(leidraad::breedte_of_diepte(inp, &readiness).0.value)
        }
        Conclusion::InhoudProces => Value::Focus(leidraad::inhoud_of_proces(inp).0.value),
        Conclusion::SbvPad => Value::Sbv(sbv_status(leidraad::sbv_pad(inp, &leidraad::capaciteit(inp)).as_ref())),
        Conclusion::Procedure => {
            let capacity = leidraad::capaciteit(inp);
            let readiness = leidraad::paraatheid(inp);
            let (breadth, _) = leidraad::breedte_of_diepte(inp, &readiness);
            let sbv = leidraad::sbv_pad(inp, &capacity);
            let parts = StrategyParts { breadth: &breadth, readiness: &readiness, sbv_path: sbv.as_ref() };
            Value::Scenario(leidraad::scenario_from(inp, parts, &capacity).scenario)
        }
    }
}

/// The answers the search tries for `question`: every option of a choice question (each alone for a
/// multiple choice) but "weet niet"; 0, ½, 1 and 2 for a number (the VTE thresholds the capacity rule
/// uses) within its bounds; both ends and the middle of a scale; for a record list, one record per
/// option of each single-choice field. Text is never read by a conclusion: no answers.
pub fn representatives(question: &Question) -> Vec<Answer> {
    let options = || question.options.iter().filter(|o| o.id != DONT_KNOW);
    match question.kind {
        Kind::Jgnw => ["ja", "gedeeltelijk", "nee"].iter().map(|o| Answer::Choice((*o).into())).collect(),
        Kind::Single => options().map(|o| Answer::Choice(o.id.clone())).collect(),
        Kind::Multi => options().map(|o| Answer::Choices(vec![o.id.clone()])).collect(),
        Kind::Number => [0.0, 0.5, 1.0, 2.0]
            .into_iter()
            .filter(|n| question.min.is_none_or(|m| *n >= m) && question.max.is_none_or(|m| *n <= m))
            .map(Answer::Number)
            .collect(),
        Kind::Scale => match (question.min, question.max) {
            (Some(lo), Some(hi)) => {
                let mut v = vec![lo, f64::midpoint(lo, hi).round(), hi];
                v.dedup();
                v.into_iter().map(Answer::Number).collect()
            }
            _ => vec![],
        },
        Kind::Records => question
            .fields
            .iter()
            .filter(|f| f.kind == Kind::Single)
            .flat_map(|f| {
                f.options.iter().filter(|o| o.id != DONT_KNOW).map(|o| {
                    let mut record = Record::new();
                    record.insert(f.id.clone(), FieldValue::Text(o.id.clone()));
                    Answer::Records(vec![record])
                })
            })
            .collect(),
        Kind::Text | Kind::LongText => vec![],
    }
}

/// One open question in the search, with the answers to try.
struct Candidate<'q> {
    index: usize,
    question: &'q Question,
    answers: Vec<Answer>,
}

/// What the search found: per other value, the smallest sets of questions (indices into the
/// candidates) that lead to it.
struct Found {
    flips: Vec<(Value, Vec<usize>)>,
    exhaustive: bool,
    discovered: Vec<usize>,
}

/// Whether conclusion `c` is settled in `inp`, and if not, what it rests on.
pub fn check(inp: &Inputs<'_>, c: Conclusion) -> Certainty {
    check_with(inp, c, budget(c), &|i| evaluate(i, c))
}

/// [`check`] with the evaluation given: `eval` computes the value from the inputs it is given
/// (the rules of `c`, or a test's own rule); `c` names the conclusion in the note.
pub fn check_with(inp: &Inputs<'_>, c: Conclusion, budget: usize, eval: &dyn Fn(&Inputs<'_>) -> Value) -> Certainty {
    let probe = Probe::new();
    let base = eval(&inp.probed(&probe));
    let mut open = probe.open();
    let mut rounds = 0;
    loop {
        let candidates: Vec<Candidate<'_>> = open
            .iter()
            .filter_map(|i| inp.questionnaire.questions.get(*i).map(|q| (*i, q)))
            .map(|(index, question)| Candidate { index, question, answers: representatives(question) })
            .filter(|c| !c.answers.is_empty())
            .collect();
        if candidates.is_empty() {
            return Certainty::settled();
        }
        let found = search(inp, eval, base, &candidates, budget);
        rounds += 1;
        if !found.discovered.is_empty() && found.exhaustive && rounds < MAX_ROUNDS {
            open.extend(found.discovered);
            continue;
        }
        if found.flips.is_empty() && found.exhaustive && found.discovered.is_empty() {
            return Certainty::settled();
        }
        return provisional(inp, c, &candidates, &found);
    }
}

/// Try every combination of answers to the candidates, fewest answers first, within the budget.
fn search(
    inp: &Inputs<'_>,
    eval: &dyn Fn(&Inputs<'_>) -> Value,
    base: Value,
    candidates: &[Candidate<'_>],
    budget: usize,
) -> Found {
    let n = candidates.len();
    let mut found = Found { flips: vec![], exhaustive: true, discovered: vec![] };
    let mut evaluations = 0;
    let probe = Probe::new();
    for size in 1..=n {
        for subset in combinations(n, size) {
            let mut choice = vec![0usize; size];
            loop {
                if evaluations == budget {
                    found.exhaustive = false;
                    return found;
                }
                evaluations += 1;
                let what_if: Vec<(&str, &Answer)> = subset
                    .iter()
                    .zip(&choice)
                    .map(|(i, a)| (candidates[*i].question.id.as_str(), &candidates[*i].answers[*a]))
                    .collect();
                probe.clear();
                let value = eval(&inp.with_answers(&what_if).probed(&probe));
                for i in probe.open() {
                    if !candidates.iter().any(|x| x.index == i) && !found.discovered.contains(&i) {
                        found.discovered.push(i);
                    }
                }
                if value != base {
                    let minimal =
                        !found.flips.iter().any(|(v, set)| *v == value && set.iter().all(|i| subset.contains(i)));
                    if minimal {
                        found.flips.push((value, subset.clone()));
                    }
                }
                if !next(&mut choice, |k| candidates[subset[k]].answers.len()) {
                    break;
                }
            }
        }
    }
    found
}

/// Advance a mixed-radix counter; false when it wrapped around.
fn next(digits: &mut [usize], radix: impl Fn(usize) -> usize) -> bool {
    for (k, d) in digits.iter_mut().enumerate() {
        *d += 1;
        if *d < radix(k) {
            return true;
        }
        *d = 0;
    }
    false
}

/// Every subset of `size` indices out of `0..n`, in lexicographic order.
fn combinations(n: usize, size: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut current: Vec<usize> = (0..size).collect();
    if size > n {
        return out;
    }
    loop {
        out.push(current.clone());
        let Some(i) = (0..size).rev().find(|&i| current[i] != i + n - size) else { return out };
        current[i] += 1;
        for j in i + 1..size {
            current[j] = current[j - 1] + 1;
        }
    }
}

/// The provisional certainty: the questions of the smallest combinations, what they could change.
fn provisional(inp: &Inputs<'_>, c: Conclusion, candidates: &[Candidate<'_>], found: &Found) -> Certainty {
    let mut alternatives: Vec<Value> = Vec::new();
    for (v, _) in &found.flips {
        if !alternatives.contains(v) {
            alternatives.push(*v);
        }
    }
    let mut involved: Vec<usize> = Vec::new();
    for (_, set) in &found.flips {
        for i in set {
            if !involved.contains(i) {
                involved.push(*i);
            }
        }
    }
    // Not exhaustive and nothing found yet: every open question counts.
    if involved.is_empty() {
        involved = (0..candidates.len()).collect();
    }
    involved.sort_unstable();
    let open: Vec<OpenQuestion> = involved
        .iter()
        .map(|i| {
            let q = candidates[*i].question;
            let leads_to = alternatives
                .iter()
                .filter(|v| found.flips.iter().any(|(w, set)| w == *v && set.contains(i)))
                .map(|v| v.label())
                .collect();
            OpenQuestion {
                question: q.id.clone(),
                prompt: q.prompt.clone(),
                topic: q.topic_or_prompt().to_string(),
                why: why_open(inp, q),
                leads_to,
            }
        })
        .collect();
    let labels: Vec<String> = alternatives.iter().map(|v| v.label()).collect();
    let topics: Vec<(Why, &str, &str)> = involved
        .iter()
        .zip(&open)
        .map(|(i, o)| (o.why, candidates[*i].question.topic.as_str(), o.prompt.as_str()))
        .collect();
    let note = texts::voorlopig(c, &topics, &labels, found.exhaustive);
    Certainty {
        settled: false,
        open,
        alternatives: alternatives.into_iter().map(|v| Alternative { value: v, label: v.label() }).collect(),
        note: Some(note),
    }
}

/// Why `question` has no known answer in the session itself.
fn why_open(inp: &Inputs<'_>, question: &Question) -> Why {
    if inp.session.mode != Mode::Volledig && !inp.is_visible(question) {
        Why::NietGesteld
    } else if inp.session.answer(&question.id).is_some_and(Answer::is_dont_know) {
        Why::WeetNiet
    } else {
        Why::NietBeantwoord
    }
}

/// The certainty of every conclusion the report states, in report order.
pub fn all(inp: &Inputs<'_>) -> Vec<(Conclusion, Certainty)> {
    Conclusion::CHECKED.iter().map(|c| (*c, check(inp, *c))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{self, Questionnaire};
    use crate::session::{Respondent, Session};

    fn real() -> Questionnaire {
        let text = crate::embedded::questionnaire_text("vvsg-4p").unwrap();
        questionnaire::parse_embedded(text, "vvsg-4p.toml").unwrap()
    }

    fn empty(q: &Questionnaire, mode: Mode) -> Session {
        Session::new(q, Respondent { gemeente: "Proefdorp".into(), ..Respondent::default() }, mode)
    }

    const A: &str = "procedure.bovenlokale_stakeholders";
    const B: &str = "procedure.buren_tegelijk";
    const C: &str = "procedure.deelthemas";

    /// A rule of the test's own: scenario 4 only when both A and B are "ja"; it also reads C.
    fn both(inp: &Inputs<'_>) -> Value {
        let c = inp.degree(C);
        let four = inp.degree(A) == Some(1.0) && inp.degree(B) == Some(1.0);
        Value::Scenario(if four {
            4
        } else if c == Some(1.0) {
            3
        } else {
            1
        })
    }

    fn ids(c: &Certainty) -> Vec<&str> {
        c.open.iter().map(|o| o.question.as_str()).collect()
    }

    #[test]
    fn a_change_that_needs_two_answers_is_found_and_both_are_named() {
        let q = real();
        let mut s = empty(&q, Mode::Volledig);
        s.set_answer(C, Answer::Choice("nee".into()));
        let c = check_with(&Inputs::new(&q, &s), Conclusion::Procedure, 4096, &both);
        assert!(!c.settled);
        assert_eq!(ids(&c), [A, B], "C is known, A and B only together change it");
        assert_eq!(c.alternatives.iter().map(|a| a.value).collect::<Vec<_>>(), [Value::Scenario(4)]);
        assert!(
            c.open
                .iter()
                .all(|o| o.why == Why::NietBeantwoord && o.leads_to == ["scenario 4 (bovenlokale samenwerking)"])
        );
        let note = c.note.unwrap();
        assert!(note.starts_with("Scenario voorlopig: de vragen over "), "{note}");
        assert!(note.ends_with("kan de uitkomst ook zijn: scenario 4 (bovenlokale samenwerking)."), "{note}");
    }

    #[test]
    fn only_the_smallest_combinations_are_named() {
        // C alone makes it 3; A and B together make it 4; "weet niet" counts as open.
        let q = real();
        let mut s = empty(&q, Mode::Volledig);
        s.set_answer(C, Answer::Choice(DONT_KNOW.into()));
        let c = check_with(&Inputs::new(&q, &s), Conclusion::Procedure, 4096, &both);
        assert_eq!(ids(&c), [C, A, B], "in the order the rule reads them");
        let c_open = c.open.iter().find(|o| o.question == C).unwrap();
        assert_eq!(c_open.why, Why::WeetNiet);
        assert_eq!(c_open.leads_to, ["scenario 3 (clustergroep)"]);
    }

    #[test]
    fn what_no_answer_can_change_is_settled() {
        let q = real();
        let s = empty(&q, Mode::Volledig);
        let constant = |inp: &Inputs<'_>| {
            let _ = (inp.degree(A), inp.degree(B));
            Value::Scenario(2)
        };
        assert_eq!(check_with(&Inputs::new(&q, &s), Conclusion::Procedure, 4096, &constant), Certainty::settled());
        // And a rule that reads nothing open.
        let mut s = empty(&q, Mode::Volledig);
        s.set_answer(A, Answer::Choice("ja".into()));
        let only_a = |inp: &Inputs<'_>| Value::Scenario(if inp.degree(A) == Some(1.0) { 4 } else { 1 });
        assert!(check_with(&Inputs::new(&q, &s), Conclusion::Procedure, 4096, &only_a).settled);
    }

    #[test]
    fn a_question_read_only_after_another_answer_joins_the_search() {
        // B is read only when A is "ja": the first run does not see it.
        let q = real();
        let s = empty(&q, Mode::Volledig);
        let nested = |inp: &Inputs<'_>| {
            let four = inp.degree(A) == Some(1.0) && inp.degree(B) == Some(1.0);
            Value::Scenario(if four { 4 } else { 1 })
        };
        let c = check_with(&Inputs::new(&q, &s), Conclusion::Procedure, 4096, &nested);
        assert!(!c.settled);
        assert_eq!(ids(&c), [A, B]);
    }

    #[test]
    fn questions_left_out_of_the_short_intake_are_open_as_not_asked() {
        // Two questions the short intake leaves out, both answered "ja" in the stored session: in the
        // short intake those answers do not count, the rule reads them as open.
        const K1: &str = "strategie.kans";
        const K2: &str = "procedure.extern_opgelegd";
        let q = real();
        assert!(!q.question(K1).unwrap().is_short() && !q.question(K2).unwrap().is_short());
        let mut s = empty(&q, Mode::Kort);
        for id in [K1, K2] {
            s.set_answer(id, Answer::Choice("ja".into()));
        }
        let rule = |inp: &Inputs<'_>| {
            let four = inp.degree(K1) == Some(1.0) && inp.degree(K2) == Some(1.0);
            Value::Scenario(if four { 4 } else { 1 })
        };
        let c = check_with(&Inputs::new(&q, &s), Conclusion::Procedure, 4096, &rule);
        assert_eq!(ids(&c), [K1, K2]);
        assert!(c.open.iter().all(|o| o.why == Why::NietGesteld));
        assert!(c.note.unwrap().contains("werden in de korte intake niet gesteld"));
        // The full questionnaire asks them: settled.
        s.mode = Mode::Volledig;
        assert!(check_with(&Inputs::new(&q, &s), Conclusion::Procedure, 4096, &rule).settled);
    }

    #[test]
    fn over_budget_it_is_provisional_and_says_why() {
        let q = real();
        let s = empty(&q, Mode::Volledig);
        let c = check_with(&Inputs::new(&q, &s), Conclusion::Procedure, 5, &both);
        assert!(!c.settled);
        assert!(c.note.unwrap().contains("te veel open vragen"));
    }

    #[test]
    fn representative_answers_cover_every_option_but_weet_niet() {
        let q = real();
        let single = q.question("context.fase").unwrap();
        let reps = representatives(single);
        assert_eq!(reps.len(), single.options.len() - 1);
        assert!(!reps.iter().any(Answer::is_dont_know));
        assert_eq!(representatives(q.question(B).unwrap()).len(), 3);
        assert_eq!(representatives(q.question("start.vte").unwrap()), [0.0, 0.5, 1.0, 2.0].map(Answer::Number));
        assert!(representatives(q.question("start.doel").unwrap()).is_empty());
        let actors = representatives(q.question("participanten.actoren").unwrap());
        assert!(actors.iter().any(
            |a| matches!(a, Answer::Records(r) if r[0].get("fase") == Some(&FieldValue::Text("partnerschap".into())))
        ));
    }

    #[test]
    fn combinations_are_all_subsets_of_a_size() {
        assert_eq!(combinations(3, 2), [vec![0, 1], vec![0, 2], vec![1, 2]]);
        assert_eq!(combinations(2, 2), [vec![0, 1]]);
        assert!(combinations(1, 2).is_empty());
        assert_eq!(combinations(4, 1).len(), 4);
    }

    #[test]
    fn the_counter_visits_every_combination_once() {
        let mut digits = vec![0, 0];
        let mut seen = vec![digits.clone()];
        while next(&mut digits, |k| [2, 3][k]) {
            seen.push(digits.clone());
        }
        assert_eq!(seen.len(), 6);
        assert_eq!(digits, [0, 0]);
    }
}
