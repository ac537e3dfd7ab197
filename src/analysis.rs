//! The analysis: questionnaire + session → scores, position, stage, strategy, procedure scenario,
//! conditions, process health and an action plan. Pure: no I/O, no terminal. Every result carries
//! the answers that led to it ([`Reason`]), so the report can always say *waarom*.
//!
//! - [`concepts`] holds the leidraad's vocabulary (position, breedte/diepte, inhoud/proces, readiness);
//! - [`inputs`] reads answers (only of visible questions; "weet niet" is a gap, never a "nee");
//! - [`scores`] computes step and overall scores and the information gaps;
//! - [`leidraad`] holds the rules, named after the leidraad's concepts;
//! - [`plan`] turns the weak points into actions, one per aim of the questionnaire's catalogue;
//! - [`texts`] holds the Dutch wording of the results (advice wording is data, in `[[aims]]`).

pub mod concepts;
pub mod contract;
pub mod inputs;
pub mod leidraad;
pub mod plan;
pub mod scores;
pub mod texts;
pub mod zekerheid;

use serde::Serialize;

use crate::questionnaire::Questionnaire;
use crate::session::Session;

pub use concepts::{Breadth, Category, Conclusion, Focus, ItemStatus, Positie, ReadinessStatus};
pub use inputs::Inputs;
pub use leidraad::{
    BreadthChoice, Capacity, Checklist, ConditionSet, FocusChoice, Group, Knelpunt, Position, ProcessHealth, Quadrant,
    Readiness, ReadinessItem, SbvPath, Scenario, ScenarioRef, Stage, Strategy, TagScore,
};
pub use plan::{Action, Decision, PracticeRef};
pub use scores::{StepScore, Strength};

pub use crate::questionnaire::{Horizon, OwnerRole};

/// One answer behind a result: which question, how it was asked, what was answered, and the same as
/// one readable line for a report that shows no question ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// Question id.
    #[serde(rename = "vraag")]
    pub question: String,
    /// The question as asked.
    #[serde(rename = "vraagtekst")]
    pub prompt: String,
    /// The answer's label ("Ja", "Op de inhoud", "weet niet", "niet beantwoord").
    #[serde(rename = "antwoord")]
    pub answer: String,
    /// The answer's score 0–100, when it is scored.
    pub score: Option<u8>,
    /// The reason as one readable line: "Ambtelijk draagvlak: deels" (with the question's topic), or
    /// the question followed by the answer.
    #[serde(rename = "tekst")]
    pub text: String,
}

impl Warning {
    /// A warning of `kind` with its text and reasons.
    pub fn new(kind: &str, text: String, reasons: Vec<Reason>) -> Self {
        Warning { kind: kind.to_string(), text, reasons }
    }
}

impl Reason {
    /// A reason for `question` (with its `topic`, possibly empty) answered `answer`; `label` says the
    /// answer is an option label rather than the respondent's own words.
    pub fn new(question: &str, prompt: &str, topic: &str, answer: String, score: Option<u8>, label: bool) -> Self {
        Reason {
            question: question.to_string(),
            prompt: prompt.to_string(),
            text: texts::reason_line(prompt, topic, &answer, label),
            answer,
            score,
        }
    }
}

/// A warning with the answers that triggered it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// A stable id of the kind of warning (`breedte_niet_klaar`, `spanning`, …; docs/RAPPORT-JSON.md).
    #[serde(rename = "soort")]
    pub kind: String,
    /// What to watch out for (Dutch).
    #[serde(rename = "tekst")]
    pub text: String,
    /// The answers behind it.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
}

/// Who answered, for which gemeente.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RespondentInfo {
    /// Name (may be empty).
    #[serde(rename = "naam")]
    pub name: String,
    /// Role id as in session files.
    #[serde(rename = "rol")]
    pub role: String,
    /// Role label.
    #[serde(rename = "rol_label")]
    pub role_label: String,
}

/// Which questionnaire the analysis used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionnaireInfo {
    /// Questionnaire id.
    pub id: String,
    /// Title.
    #[serde(rename = "titel")]
    pub title: String,
    /// Version used for the analysis.
    #[serde(rename = "versie")]
    pub version: String,
    /// Version the session was started with.
    #[serde(rename = "sessie_versie")]
    pub session_version: String,
}

/// The product: what the cooperation is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Product {
    /// Theme labels.
    #[serde(rename = "themas")]
    pub themes: Vec<String>,
    /// The goal in the respondent's words.
    #[serde(rename = "doel")]
    pub goal: Option<String>,
}

/// The actor inventory as a table: column labels and one row of labelled values per actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct ActorTable {
    /// Column labels (the record fields).
    #[serde(rename = "kolommen")]
    pub columns: Vec<String>,
    /// Rows of cell texts.
    #[serde(rename = "rijen")]
    pub rows: Vec<Vec<String>>,
    /// Number of internal actors.
    #[serde(rename = "intern")]
    pub internal: usize,
    /// Number of external actors.
    #[serde(rename = "extern")]
    pub external: usize,
}

/// The whole analysis of one session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// The gemeente assessed.
    pub gemeente: String,
    /// Who answered.
    pub respondent: RespondentInfo,
    /// The questionnaire.
    #[serde(rename = "vragenlijst")]
    pub questionnaire: QuestionnaireInfo,
    /// `volledig` or `kort`.
    #[serde(rename = "modus")]
    pub mode: String,
    /// Date of the last change to the session, `YYYY-MM-DD`.
    #[serde(rename = "datum")]
    pub date: String,
    /// What the cooperation is about.
    pub product: Product,
    /// Weighted overall score 0–100 (None without any scored answer).
    #[serde(rename = "totaalscore")]
    pub total: Option<u8>,
    /// Per step, in questionnaire order.
    #[serde(rename = "stappen")]
    pub steps: Vec<StepScore>,
    /// Unanswered and "weet niet" questions, and contract questions missing from the questionnaire.
    #[serde(rename = "informatiegaten")]
    pub gaps: Vec<Reason>,
    /// Regie, marktsturing or netwerkcoördinatie.
    #[serde(rename = "positie_toelichting")]
    pub position: Position,
    /// Stage of coordination 1–4.
    #[serde(rename = "fase_toelichting")]
    pub stage: Stage,
    /// The capacity the work rests on, and how many actions the plan can hold.
    #[serde(rename = "capaciteit")]
    pub capacity: Capacity,
    /// Strategy after leidraad 3.1.3.
    #[serde(rename = "strategie")]
    pub strategy: Strategy,
    /// Procedure scenario after leidraad 3.1.4.
    #[serde(rename = "procedure")]
    pub scenario: Scenario,
    /// The chosen strategy's conditions.
    #[serde(rename = "voorwaarden")]
    pub conditions: Vec<ConditionSet>,
    /// Process health after leidraad 3.1.5.
    #[serde(rename = "proces")]
    pub process: ProcessHealth,
    /// The plan: one action per aim, what blocks the chosen strategy and scenario first, at most 7
    /// (5 with less than 1 VTE or nobody assigned).
    #[serde(rename = "acties")]
    pub actions: Vec<Action>,
    /// The actions that did not make the plan, in the same order.
    #[serde(rename = "overige_acties")]
    pub other_actions: Vec<Action>,
    /// The decisions the plan asks of the college, at most five.
    #[serde(rename = "beslissingen")]
    pub decisions: Vec<Decision>,
    /// Up to three strengths, as findings.
    #[serde(rename = "sterktes")]
    pub strengths: Vec<Strength>,
    /// The actor inventory.
    #[serde(rename = "actoren")]
    pub actors: ActorTable,
    /// The conclusions that are provisional (each says why on its own object), in report order.
    #[serde(rename = "voorlopig")]
    pub provisional: Vec<Conclusion>,
}

/// Analyse `session` against `questionnaire`. Never fails: missing questions and answers become
/// information gaps.
pub fn analyse(questionnaire: &Questionnaire, session: &Session) -> Analysis {
    analyse_with(questionnaire, session, true)
}

/// [`analyse`] without the certainty check ([`zekerheid`]): every conclusion keeps the default
/// certainty and `provisional` stays empty, so the result must not be shown as a report. For the
/// overview across gemeenten (`crate::overview`), whose rows show no certainty and which analyses
/// hundreds of gemeenten at once; everything else is the same (the overview's unit tests compare).
pub fn analyse_without_certainty(questionnaire: &Questionnaire, session: &Session) -> Analysis {
    analyse_with(questionnaire, session, false)
}

fn analyse_with(questionnaire: &Questionnaire, session: &Session, certainty: bool) -> Analysis {
    let lookup = inputs::Lookup::new(questionnaire);
    let inp = Inputs::new(questionnaire, session).with_lookup(&lookup);
    let steps = scores::step_scores(&inp);
    let gaps = scores::information_gaps(&inp);
    let capacity = leidraad::capaciteit(&inp);
    let readiness = leidraad::paraatheid(&inp);
    let mut strategy = leidraad::strategie(&inp, readiness, &capacity);
    let conditions = leidraad::voorwaarden(&inp, strategy.breadth.value, strategy.focus.value);
    let process = leidraad::procesgezondheid(&inp);
    let mut scenario = leidraad::procedure_scenario(&inp, &strategy, &capacity);
    let mut position = leidraad::positie(&inp);
    let mut stage = leidraad::fase(&inp);
    let mut provisional = Vec::new();
    let certainties = if certainty { zekerheid::all(&inp) } else { Vec::new() };
    for (conclusion, certainty) in certainties {
        if !certainty.settled {
            provisional.push(conclusion);
        }
        let slot = match conclusion {
            Conclusion::Positie => &mut position.certainty,
            Conclusion::Fase => &mut stage.certainty,
            Conclusion::Paraatheid => &mut strategy.readiness.certainty,
            Conclusion::BreedteDiepte => &mut strategy.breadth.certainty,
            Conclusion::InhoudProces => &mut strategy.focus.certainty,
            Conclusion::SbvPad => &mut strategy.sbv_certainty,
            Conclusion::Procedure => &mut scenario.certainty,
            Conclusion::Capaciteit => continue,
        };
        *slot = certainty;
    }
    let situation = leidraad::Situation {
        strategy: &strategy,
        conditions: &conditions,
        process: &process,
        scenario: &scenario,
        capacity: &capacity,
        gaps: &gaps,
    };
    let weak = leidraad::knelpunten(&inp, &situation);
    let plan = plan::actieplan(&inp, &weak, &capacity, &scenario);
    let strengths = scores::strengths(&inp, &weak);
    Analysis {
        gemeente: session.respondent.gemeente.clone(),
        respondent: RespondentInfo {
            name: session.respondent.name.clone(),
            role: session.respondent.role.id().to_string(),
            role_label: session.respondent.role.label().to_string(),
        },
        questionnaire: QuestionnaireInfo {
            id: questionnaire.id.clone(),
            title: questionnaire.title.clone(),
            version: questionnaire.version.clone(),
            session_version: session.questionnaire_version.clone(),
        },
        mode: match session.mode {
            crate::session::Mode::Volledig => "volledig".into(),
            crate::session::Mode::Kort => "kort".into(),
        },
        date: session.updated.to_zoned_datetime(jiff::tz::TimeZone::UTC).date().to_string(),
        product: inp.product(),
        total: scores::total_score(&inp),
        gaps,
        position,
        stage,
        provisional,
        actors: inp.actor_table(),
        steps,
        capacity,
        strategy,
        scenario,
        conditions,
        process,
        actions: plan.actions,
        other_actions: plan.other,
        decisions: plan.decisions,
        strengths,
    }
}
