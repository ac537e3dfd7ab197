//! The questionnaire model: steps, questions, options, good practices and the aims of the action plan,
//! as loaded from a TOML file (format in `questionnaires/README.md`). Loading and validation live in
//! [`load`]; this module holds the validated, read-only model and the small rules every consumer shares
//! (visibility, scoring).

mod load;

use std::collections::{BTreeMap, HashMap};

pub use load::{parse, parse_embedded};

/// Option id that means "weet niet": an information gap, never a "no".
pub use crate::answer::DONT_KNOW;

/// Tag marking a question as part of the short intake (about 15 minutes).
pub const TAG_SHORT: &str = "kort";

/// Prefix of the readiness tags: `paraatheid.<item>`, one of [`READINESS_ITEMS`] (leidraad 3.1.3).
pub const TAG_READINESS: &str = "paraatheid";

/// The four things readiness for breadth is judged on (leidraad 3.1.3: "voldoende mandaat, draagvlak,
/// middelen en visie"), as used in the tags `paraatheid.mandaat` etc.
pub const READINESS_ITEMS: [&str; 4] = ["mandaat", "draagvlak", "middelen", "visie"];

/// Aims the analysis triggers by a rule rather than by a question (a strategy warning, the SBV path,
/// the recommended scenario, information gaps). A questionnaire may leave them out; then that advice
/// is left out of the plan. They need no question pointing to them.
pub const RULE_AIMS: [&str; 5] =
    ["afgebakend_project", "stap_voor_stap", "sbv_pad", "buurgemeenten", "informatie_aanvullen"];

/// A validated questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    /// Stable identifier, e.g. `vvsg-4p`.
    pub id: String,
    /// Title shown to the user.
    pub title: String,
    /// Semantic version `major.minor.patch`.
    pub version: String,
    /// Language tag, e.g. `nl-BE`.
    pub language: String,
    /// Short description.
    pub description: String,
    /// Steps in order.
    pub steps: Vec<Step>,
    /// All questions in order (grouped by step, in the order of `steps`).
    pub questions: Vec<Question>,
    /// Good practices that questions and aims may refer to, by id.
    pub practices: BTreeMap<String, Practice>,
    /// The aims of the action plan, in file order (the order breaks ties in the plan).
    pub aims: Vec<Aim>,
    /// Question id → index into `questions`, built when loading: [`Questionnaire::question`] is
    /// called on every visibility check.
    index: QuestionIndex,
}

/// Question id → position in [`Questionnaire::questions`]. A lookup is checked against the
/// question found, so a list changed after loading falls back to a search instead of a wrong answer.
#[derive(Debug, Clone, Default)]
struct QuestionIndex(HashMap<String, usize, std::hash::BuildHasherDefault<IdHasher>>);

/// FNV-1a: question ids are short and come from the questionnaire itself, so a simple hash beats
/// the default one (which guards against chosen keys) several times over.
#[derive(Debug, Clone, Copy)]
struct IdHasher(u64);

impl Default for IdHasher {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl QuestionIndex {
    fn new(questions: &[Question]) -> Self {
        Self(questions.iter().enumerate().map(|(i, q)| (q.id.clone(), i)).collect())
    }
}

/// The index is derived from `questions`; two questionnaires are equal when their content is.
impl PartialEq for QuestionIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// One step of the wizard (start, context, participanten, strategie, procedure, proces).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Step id; the first segment of its questions' ids.
    pub id: String,
    /// Title shown in the step bar.
    pub title: String,
    /// Short introduction shown when the step opens.
    pub intro: String,
    /// Where in the sources this step comes from (seed file + section).
    pub source: String,
}

/// A good practice from the sources, attached to questions where a weak answer makes it relevant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Practice {
    /// Stable id.
    pub id: String,
    /// The gemeente (or case) it comes from.
    pub gemeente: String,
    /// Short title.
    pub title: String,
    /// What they did, in our own words.
    pub text: String,
    /// The fact that makes it relevant to a weak answer.
    pub fact: String,
    /// Seed file + section.
    pub source: String,
    /// Answers that show the gemeente already does this (any one suffices); the practice is then not
    /// recommended to it.
    pub in_place: Vec<Condition>,
}

/// When an action is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Horizon {
    /// Now: it blocks the rest.
    Nu,
    /// This year.
    DitJaar,
    /// In the next multi-year plan.
    Meerjarenplan,
}

impl Horizon {
    /// Every horizon, in order.
    pub const ALL: [Horizon; 3] = [Horizon::Nu, Horizon::DitJaar, Horizon::Meerjarenplan];

    /// The id used in questionnaire files and JSON.
    pub fn id(self) -> &'static str {
        match self {
            Horizon::Nu => "nu",
            Horizon::DitJaar => "dit_jaar",
            Horizon::Meerjarenplan => "meerjarenplan",
        }
    }

    /// Parse an id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|h| h.id() == id)
    }
}

/// Who can carry an action: the roles a gemeente has (the analysis decides which are present).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OwnerRole {
    /// The college van burgemeester en schepenen.
    College,
    /// The schepen with integration in the portfolio.
    Schepen,
    /// The algemeen directeur.
    Directeur,
    /// The management team (MAT).
    Mat,
    /// The heads of the services.
    Diensthoofden,
    /// Whoever pulls the work: the integration official or a project lead.
    Trekker,
    /// The planning coordinator of a clustergroep structure.
    Planningscoordinator,
}

impl OwnerRole {
    /// Every role, in documentation order.
    pub const ALL: [OwnerRole; 7] = [
        OwnerRole::College,
        OwnerRole::Schepen,
        OwnerRole::Directeur,
        OwnerRole::Mat,
        OwnerRole::Diensthoofden,
        OwnerRole::Trekker,
        OwnerRole::Planningscoordinator,
    ];

    /// The id used in questionnaire files and JSON.
    pub fn id(self) -> &'static str {
        match self {
            OwnerRole::College => "college",
            OwnerRole::Schepen => "schepen",
            OwnerRole::Directeur => "directeur",
            OwnerRole::Mat => "mat",
            OwnerRole::Diensthoofden => "diensthoofden",
            OwnerRole::Trekker => "trekker",
            OwnerRole::Planningscoordinator => "planningscoordinator",
        }
    }

    /// Parse an id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// What an action can be tied to in the plan's wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Serves {
    /// The product: the goal (`start.doel`) and themes the respondent gave.
    Doel,
    /// The recommended procedure scenario.
    Scenario,
}

impl Serves {
    /// The id used in questionnaire files.
    pub fn id(self) -> &'static str {
        match self {
            Serves::Doel => "doel",
            Serves::Scenario => "scenario",
        }
    }

    /// Parse an id.
    pub fn from_id(id: &str) -> Option<Self> {
        [Serves::Doel, Serves::Scenario].into_iter().find(|s| s.id() == id)
    }
}

/// An aim of the action plan ("anchor integration in the MAT", "get a mandate from the college"):
/// several weak answers point to it, and the plan holds it once, as one action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aim {
    /// Stable id (a slug).
    pub id: String,
    /// The action's title, an imperative sentence without full stop.
    pub title: String,
    /// What to do, in a few sentences.
    pub advice: String,
    /// Who can carry it, in order of preference.
    pub owners: Vec<OwnerRole>,
    /// When.
    pub horizon: Horizon,
    /// The decision it asks of the college, or empty.
    pub decision: String,
    /// Good practices that fit, in order of preference.
    pub practices: Vec<String>,
    /// Seed file + section.
    pub source: String,
    /// The finding when the aim is already reached (a sentence), or empty.
    pub finding: String,
    /// What the plan ties the action to.
    pub serves: Vec<Serves>,
}

/// The kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// One option from a list.
    Single,
    /// Any number of options from a list.
    Multi,
    /// Ja / gedeeltelijk / nee / weet niet.
    Jgnw,
    /// A whole number on a scale from `min` to `max`.
    Scale,
    /// A short text (one line).
    Text,
    /// A long text (several lines).
    LongText,
    /// A number, optionally bounded.
    Number,
    /// A repeatable list of records with their own fields (the actor inventory).
    Records,
}

impl Kind {
    /// The name used in questionnaire files.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Single => "single",
            Kind::Multi => "multi",
            Kind::Jgnw => "jgnw",
            Kind::Scale => "scale",
            Kind::Text => "text",
            Kind::LongText => "long_text",
            Kind::Number => "number",
            Kind::Records => "records",
        }
    }

    /// Parse a kind name as written in questionnaire files.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Every kind, in documentation order.
    pub const ALL: [Kind; 8] =
        [Kind::Single, Kind::Multi, Kind::Jgnw, Kind::Scale, Kind::Text, Kind::LongText, Kind::Number, Kind::Records];

    /// Whether answers are option ids (so options and conditions apply).
    pub fn is_choice(self) -> bool {
        matches!(self, Kind::Single | Kind::Multi | Kind::Jgnw)
    }
}

/// One answer option.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// Stable id stored in sessions.
    pub id: String,
    /// Label shown to the user.
    pub label: String,
    /// Score 0–100, or `None` for an option that is not scored (a category, or "weet niet").
    pub score: Option<f64>,
    /// In a multiple choice: this option excludes all others ("geen", "nog geen"). Set in the file
    /// with `exclusive = true`; "weet niet" is always exclusive, see [`Choice::is_exclusive`].
    pub exclusive: bool,
}

impl Choice {
    /// Whether choosing this option means "I don't know".
    pub fn is_dont_know(&self) -> bool {
        self.id == DONT_KNOW
    }

    /// Whether, in a multiple choice, this option cannot be combined with any other: marked
    /// `exclusive`, or "weet niet".
    pub fn is_exclusive(&self) -> bool {
        self.exclusive || self.is_dont_know()
    }
}

/// Only ask a question when an earlier choice question has (or lacks) one of the given options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    /// The earlier question whose answer decides.
    pub question: String,
    /// Shown when the answer is (or, for multiple choice, contains) one of these.
    pub any_of: Vec<String>,
    /// Hidden when the answer is (or contains) one of these.
    pub none_of: Vec<String>,
}

/// A field of a record in a record list.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Field id, unique within the question.
    pub id: String,
    /// Label shown to the user.
    pub label: String,
    /// Kind: text, `long_text`, number, single, multi or jgnw.
    pub kind: Kind,
    /// Options, for choice kinds.
    pub options: Vec<Choice>,
    /// Help text.
    pub help: String,
    /// Whether every record must have a value for it.
    pub required: bool,
}

/// One question.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Stable dotted id; the first segment is the step id (`context.informatie`).
    pub id: String,
    /// Index of the step in [`Questionnaire::steps`].
    pub step: usize,
    /// Kind of answer.
    pub kind: Kind,
    /// The question as asked.
    pub prompt: String,
    /// What it is about in a few words ("ambtelijk draagvlak"), for reasons shown without the
    /// question; empty when the questionnaire gives none.
    pub topic: String,
    /// Why it matters.
    pub help: String,
    /// Seed file + section it comes from, e.g. `002 §3.1.1`.
    pub source: String,
    /// Weight in the step score (default 1).
    pub weight: f64,
    /// Advice for a weak answer.
    pub advice: String,
    /// Tags the analysis reads (e.g. `kort`, `interne_regie`, `voorwaarde.breedte`).
    pub tags: Vec<String>,
    /// Ids of good practices that fit a weak answer.
    pub practices: Vec<String>,
    /// Ids of the aims a weak answer feeds.
    pub aims: Vec<String>,
    /// Ask only when this holds.
    pub condition: Option<Condition>,
    /// Options, for choice kinds (for `jgnw` the four standard ones).
    pub options: Vec<Choice>,
    /// Lower bound (scale: required; number: optional).
    pub min: Option<f64>,
    /// Upper bound (scale: required; number: optional).
    pub max: Option<f64>,
    /// Label of the scale's low end.
    pub min_label: String,
    /// Label of the scale's high end.
    pub max_label: String,
    /// Unit shown after a number (e.g. `VTE`).
    pub unit: String,
    /// Fields of each record, for record lists.
    pub fields: Vec<Field>,
}

impl Question {
    /// Whether the question carries `tag`.
    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t == tag)
    }

    /// The option with `id`, if any.
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.id == id)
    }

    /// The topic, or the prompt when there is none.
    pub fn topic_or_prompt(&self) -> &str {
        if self.topic.trim().is_empty() { &self.prompt } else { &self.topic }
    }

    /// Whether the question takes part in the short intake.
    pub fn is_short(&self) -> bool {
        self.has_tag(TAG_SHORT)
    }

    /// Whether the question is part of `mode` (every question, or only the `kort` ones).
    pub fn in_mode(&self, mode: Mode) -> bool {
        mode == Mode::Volledig || self.is_short()
    }

    /// Whether "ja" is the weak answer: a `jgnw` question with `reverse = true` (a pitfall), where
    /// "ja" scores lower than "nee". Both front ends mark such questions.
    pub fn yes_is_weak(&self) -> bool {
        let score = |id: &str| self.option(id).and_then(|o| o.score);
        self.kind == Kind::Jgnw && matches!((score("ja"), score("nee")), (Some(yes), Some(no)) if yes < no)
    }

    /// About how long answering takes, in seconds, by kind: the documented estimate behind the path
    /// lengths shown at the start and the progress (questionnaires/README.md, "Length").
    pub fn estimated_seconds(&self) -> u32 {
        match self.kind {
            Kind::Single | Kind::Jgnw | Kind::Scale => 20,
            Kind::Number => 30,
            Kind::Multi => 40,
            Kind::Text => 45,
            Kind::LongText => 120,
            Kind::Records => 480,
        }
    }
}

/// How long a path through the questionnaire is: questions and minutes when no follow-up question
/// is asked, and when every one is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathLength {
    /// Questions without a condition.
    pub min_questions: usize,
    /// All questions of the path, follow-ups included.
    pub max_questions: usize,
    /// Estimated minutes for `min_questions`.
    pub min_minutes: u32,
    /// Estimated minutes for `max_questions`.
    pub max_minutes: u32,
}

impl PathLength {
    /// In words, for the respondent: "115 tot 139 vragen, ongeveer 50 tot 60 minuten".
    pub fn describe(&self) -> String {
        crate::strings::path_length(self.min_questions, self.max_questions, self.min_minutes, self.max_minutes)
    }
}

/// The four standard options of a `jgnw` question; `reverse` swaps the scores of ja and nee (for
/// pitfalls, where "ja" is the weak answer).
pub fn jgnw_options(reverse: bool) -> Vec<Choice> {
    let (yes, no) = if reverse { (0.0, 100.0) } else { (100.0, 0.0) };
    vec![
        Choice { id: "ja".into(), label: "Ja".into(), score: Some(yes), exclusive: false },
        Choice { id: "gedeeltelijk".into(), label: "Gedeeltelijk".into(), score: Some(50.0), exclusive: false },
        Choice { id: "nee".into(), label: "Nee".into(), score: Some(no), exclusive: false },
        Choice { id: DONT_KNOW.into(), label: "Weet niet".into(), score: None, exclusive: false },
    ]
}

impl Questionnaire {
    /// The question with `id`.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.question_index(id).map(|i| &self.questions[i])
    }

    /// Index of the question with `id`.
    pub fn question_index(&self, id: &str) -> Option<usize> {
        match self.index.0.get(id) {
            Some(&i) if self.questions.get(i).is_some_and(|q| q.id == id) => Some(i),
            _ => self.questions.iter().position(|q| q.id == id),
        }
    }

    /// The questions of step `step`, in order.
    pub fn step_questions(&self, step: usize) -> impl Iterator<Item = &Question> {
        self.questions.iter().filter(move |q| q.step == step)
    }

    /// Questions carrying `tag`, in order.
    pub fn tagged<'a>(&'a self, tag: &'a str) -> impl Iterator<Item = &'a Question> + 'a {
        self.questions.iter().filter(move |q| q.has_tag(tag))
    }

    /// The step with `id`.
    pub fn step_index(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.id == id)
    }

    /// How long the path of `mode` takes, from [`Question::estimated_seconds`].
    pub fn path_length(&self, mode: Mode) -> PathLength {
        let in_mode = || self.questions.iter().filter(move |q| q.in_mode(mode));
        let minutes = |seconds: u32| seconds.div_ceil(60);
        let always = || in_mode().filter(|q| q.condition.is_none());
        PathLength {
            min_questions: always().count(),
            max_questions: in_mode().count(),
            min_minutes: minutes(always().map(Question::estimated_seconds).sum()),
            max_minutes: minutes(in_mode().map(Question::estimated_seconds).sum()),
        }
    }

    /// How far question `index` is into the path of `mode`, 0–100: the estimated time of the
    /// questions before it (follow-ups included, asked or not) over that of the whole path. It
    /// depends on the position only, so it never goes back when follow-up questions appear.
    pub fn percent_before(&self, index: usize, mode: Mode) -> u8 {
        let seconds = |range: &[Question]| -> u32 {
            range.iter().filter(|q| q.in_mode(mode)).map(Question::estimated_seconds).sum()
        };
        let total = seconds(&self.questions);
        let before = seconds(&self.questions[..index.min(self.questions.len())]);
        (before * 100).checked_div(total).map_or(100, |p| u8::try_from(p).unwrap_or(100))
    }

    /// The aim with `id`.
    pub fn aim(&self, id: &str) -> Option<&Aim> {
        self.aims.iter().find(|a| a.id == id)
    }

    /// The questions that feed aim `id`, in order.
    pub fn aim_questions<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Question> + 'a {
        self.questions.iter().filter(move |q| q.aims.iter().any(|a| a == id))
    }
}

impl Questionnaire {
    /// Whether `condition` holds for the answers in `session` (the question need not be visible).
    pub fn holds<A: Answers + ?Sized>(condition: &Condition, session: &A) -> bool {
        let Some(answer) = session.answer(&condition.question) else { return false };
        let any = condition.any_of.is_empty() || condition.any_of.iter().any(|o| answer.has_option(o));
        let none = condition.none_of.iter().all(|o| !answer.has_option(o));
        any && none
    }
}

impl Questionnaire {
    /// Whether `question` is asked, given the answers so far and the mode. A question whose
    /// condition depends on a hidden question is hidden too; the answers themselves are never
    /// removed when a question disappears.
    pub fn is_visible<A: Answers + ?Sized>(&self, question: &Question, session: &A) -> bool {
        if session.mode() == Mode::Kort && !question.is_short() {
            return false;
        }
        let Some(condition) = &question.condition else { return true };
        let Some(target) = self.question(&condition.question) else { return false };
        if !self.is_visible(target, session) {
            return false;
        }
        Self::holds(condition, session)
    }

    /// The questions asked in this session, in order.
    pub fn visible<'a, A: Answers + ?Sized>(&'a self, session: &'a A) -> impl Iterator<Item = &'a Question> + 'a {
        self.questions.iter().filter(move |q| self.is_visible(q, session))
    }

    /// (answered, asked) over the visible questions; "weet niet" counts as answered.
    pub fn progress<A: Answers + ?Sized>(&self, session: &A) -> (usize, usize) {
        self.visible(session)
            .fold((0, 0), |(done, all), q| (done + usize::from(session.answer(&q.id).is_some()), all + 1))
    }

    /// The score 0–100 of `answer` to `question`, or `None` when it is not scored ("weet niet",
    /// an unscored option, text, a number, a record list).
    pub fn score(question: &Question, answer: &Answer) -> Option<f64> {
        match (question.kind, answer) {
            (Kind::Single | Kind::Jgnw, Answer::Choice(id)) => question.option(id).and_then(|o| o.score),
            (Kind::Multi, Answer::Choices(ids)) => {
                let scores: Vec<f64> = ids.iter().filter_map(|id| question.option(id).and_then(|o| o.score)).collect();
                (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
            }
            (Kind::Scale, Answer::Number(n)) => match (question.min, question.max) {
                (Some(lo), Some(hi)) if hi > lo => Some(((n - lo) / (hi - lo) * 100.0).clamp(0.0, 100.0)),
                _ => None,
            },
            _ => None,
        }
    }
}

use crate::answer::{Answer, Answers, Mode};
