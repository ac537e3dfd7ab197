//! The result of an assessment as UI-free sections, shared by the terminal wizard and the line mode
//! so both say the same: step scores, position and stage, the strategy quadrant with its meaning
//! and warnings, the procedure scenario (and the runner-up when close), and the first actions of
//! the plan. Also where and how the report is written from the wizard.

use std::path::{Path, PathBuf};

use crate::analysis::zekerheid::Certainty;
use crate::analysis::{self, Analysis, Quadrant, StepScore, texts};
use crate::questionnaire::Questionnaire;
use crate::report::{self, Format, Renderer, ReportError, besluit};
use crate::session::Session;
use crate::strings;

/// How many actions of the plan the result shows.
pub const TOP_ACTIONS: usize = 5;

/// One line of a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A labelled value: "Positie: Regie".
    Field(&'static str, String),
    /// Explanation under a field.
    Text(String),
    /// Something to watch out for (shown with ⚠ and the word "Let op").
    Warning(String),
    /// The Gransbergen 2×2 with the chosen cells marked (the line mode names the chosen cells in
    /// the fields around it instead of drawing the grid).
    Quadrants(Vec<Quadrant>),
    /// One action of the plan.
    Action {
        /// Position in the plan.
        number: usize,
        /// nu / dit jaar / meerjarenplan.
        horizon: String,
        /// What to do.
        title: String,
        /// Suggested owner.
        owner: String,
    },
}

/// A titled block of the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Heading.
    pub title: &'static str,
    /// Its lines.
    pub items: Vec<Item>,
}

/// Everything the result screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Score and progress per step, in questionnaire order.
    pub steps: Vec<StepScore>,
    /// Weighted overall score.
    pub total: Option<u8>,
    /// Questions without an answer or with "weet niet" (information gaps).
    pub gaps: usize,
    /// Position, strategy, procedure, actions.
    pub sections: Vec<Section>,
}

/// Analyse `session` and arrange the result.
pub fn summary(questionnaire: &Questionnaire, session: &Session) -> Summary {
    from_analysis(&analysis::analyse(questionnaire, session))
}

/// Arrange an analysis as the result screen shows it.
pub fn from_analysis(a: &Analysis) -> Summary {
    Summary {
        steps: a.steps.clone(),
        total: a.total,
        // Contract questions the questionnaire lacks are gaps in the report, but not questions the
        // respondent could answer here.
        gaps: a.gaps.iter().filter(|g| g.prompt != texts::MISSING_QUESTION).count(),
        sections: vec![position_section(a), strategy_section(a), scenario_section(a), actions_section(a)],
    }
}

fn position_section(a: &Analysis) -> Section {
    Section {
        title: strings::RESULT_POSITION_TITLE,
        items: vec![
            Item::Field(strings::RESULT_POSITION, a.position.label.clone()),
            Item::Text(a.position.explanation.clone()),
        ]
        .into_iter()
        .chain(provisional(&a.position.certainty))
        .chain([Item::Field(strings::RESULT_STAGE, a.stage.label.clone()), Item::Text(a.stage.explanation.clone())])
        .chain(provisional(&a.stage.certainty))
        .collect(),
    }
}

fn strategy_section(a: &Analysis) -> Section {
    let s = &a.strategy;
    let label = format!("{} · {}", texts::breadth_label(s.breedte_diepte), texts::focus_label(s.inhoud_proces));
    let mut items = vec![Item::Field(strings::RESULT_STRATEGY, label), Item::Quadrants(s.quadrants.clone())];
    for q in s.quadrants.iter().filter(|q| q.chosen) {
        items.push(Item::Field(strings::RESULT_MEANING, q.meaning.clone()));
    }
    for c in [&s.readiness.certainty, &s.breadth.certainty, &s.focus.certainty] {
        items.extend(provisional(c));
    }
    items.extend(s.warnings.iter().map(|w| Item::Warning(w.text.clone())));
    if let Some(sbv) = &s.sbv_path {
        items.push(Item::Field(strings::sbv_label(&sbv.status), sbv.text.clone()));
    }
    items.extend(provisional(&s.sbv_certainty));
    Section { title: strings::RESULT_STRATEGY_TITLE, items }
}

fn scenario_section(a: &Analysis) -> Section {
    let sc = &a.scenario;
    let mut items = vec![
        Item::Field(strings::RESULT_SCENARIO, strings::scenario_line(sc.scenario, &sc.name)),
        Item::Text(sc.explanation.clone()),
    ];
    items.extend(provisional(&sc.certainty));
    if let Some(r) = &sc.runner_up {
        items.push(Item::Field(strings::RESULT_RUNNER_UP, strings::runner_up_line(r.scenario, &r.name)));
    }
    items.extend(sc.warnings.iter().map(|w| Item::Warning(w.text.clone())));
    Section { title: strings::RESULT_SCENARIO_TITLE, items }
}

/// A provisional conclusion's note, as something to watch out for; nothing when it is settled.
fn provisional(c: &Certainty) -> Option<Item> {
    c.note.clone().filter(|_| !c.settled).map(Item::Warning)
}

fn actions_section(a: &Analysis) -> Section {
    let mut items: Vec<Item> = a
        .actions
        .iter()
        .take(TOP_ACTIONS)
        .map(|x| Item::Action {
            number: x.number,
            horizon: x.horizon_label.clone(),
            title: x.title.clone(),
            owner: x.owner.clone(),
        })
        .collect();
    if a.actions.is_empty() {
        items.push(Item::Text(strings::RESULT_NO_ACTIONS.into()));
    } else if a.actions.len() > TOP_ACTIONS || !a.other_actions.is_empty() {
        items.push(Item::Text(strings::result_more_actions(a.actions.len())));
    }
    Section { title: strings::RESULT_ACTIONS_TITLE, items }
}

/// The folder a report goes to when the user types none: [`crate::paths::reports_dir`] (the
/// documents folder, or `rapporten` next to the sessions), else the current directory.
pub fn default_report_dir() -> PathBuf {
    crate::paths::reports_dir().or_else(|_| std::env::current_dir()).unwrap_or_else(|_| PathBuf::from("."))
}

/// The folder the user typed: empty means `default`, a leading `~` is the home directory.
pub fn report_dir(typed: &str, default: &Path) -> PathBuf {
    let typed = typed.trim();
    if typed.is_empty() {
        return default.to_path_buf();
    }
    let home = || dirs::home_dir().unwrap_or_else(|| PathBuf::from("~"));
    match typed.strip_prefix('~') {
        Some("") => home(),
        Some(rest) if rest.starts_with(['/', std::path::MAIN_SEPARATOR]) => home().join(&rest[1..]),
        _ => PathBuf::from(typed),
    }
}

/// Write the report of `session` (saved at `session_path`) into `dir` as Markdown, HTML and JSON,
/// and the ontwerpbeslissing as `-besluit.md`, `.html` and `.docx`, named after the session file; the
/// folder is made if needed. Returns the files written.
pub fn write_report(
    questionnaire: &Questionnaire,
    session: &Session,
    session_path: &Path,
    dir: &Path,
) -> Result<Vec<PathBuf>, ReportError> {
    let user_dir = report::user_templates_dir();
    let renderer = Renderer::load_for(user_dir.as_deref(), &Format::ALL)?;
    let stem = session_path.file_stem().map_or_else(|| "rapport".into(), |s| s.to_string_lossy().into_owned());
    let mut written = report::write_files(&renderer, questionnaire, session, &Format::ALL, dir, &stem)?;
    let analysis = analysis::analyse(questionnaire, session);
    let draft = besluit::besluit(&analysis, questionnaire, session);
    let drafts =
        besluit::Templates::load(user_dir.as_deref())?.render_all(&draft, &analysis.date, &besluit::Kind::ALL)?;
    written.extend(besluit::write_files(&drafts, dir, &stem)?);
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_folders() {
        let default = Path::new("/werk");
        assert_eq!(report_dir("  ", default), PathBuf::from("/werk"));
        assert_eq!(report_dir("uit", default), PathBuf::from("uit"));
        assert_eq!(report_dir(" /tmp/x ", default), PathBuf::from("/tmp/x"));
        if let Some(home) = dirs::home_dir() {
            assert_eq!(report_dir("~", default), home);
            assert_eq!(report_dir("~/rapporten", default), home.join("rapporten"));
        }
        assert_eq!(report_dir("~x", default), PathBuf::from("~x"));
    }

    #[test]
    fn an_empty_session_still_has_every_section() {
        let q = crate::wizard::tests::fixture();
        let s = Session::new(
            &q,
            crate::session::Respondent {
                gemeente: "Gent".into(),
                name: String::new(),
                role: crate::session::Role::default(),
            },
            crate::session::Mode::Volledig,
        );
        let sum = summary(&q, &s);
        assert_eq!(sum.steps.len(), q.steps.len());
        assert_eq!(sum.sections.len(), 4);
        assert!(sum.sections[0].items.iter().any(|i| matches!(i, Item::Field(_, v) if v == "Netwerkcoördinatie")));
    }
}
