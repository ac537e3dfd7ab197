//! The questionnaire as one self-contained HTML form (`regiewijzer formulier`), for respondents who
//! will not install anything. The questionnaire becomes a JSON view model ([`Model`]) embedded in the
//! page; the page's small script (`templates/formulier.js`) interprets it: it draws the questions,
//! shows and hides follow-up questions (`when`, the one rule it repeats from
//! [`Questionnaire::is_visible`]), checks number bounds, keeps the answers in the browser's
//! localStorage, and writes them as a session file (`docs/SESSIEBESTAND.md`) to download. No scoring
//! or analysis happens in the page.
//!
//! The page comes from `templates/formulier.html.hbs` (strict handlebars, HTML-escaped), with
//! `formulier.js` and `formulier.css` inlined; each of the three files can be replaced by a file with
//! the same name in the config directory's `sjablonen/` folder, like the report templates.

use std::path::{Path, PathBuf};

use handlebars::Handlebars;
use serde::Serialize;

use crate::embedded::{self, QuestionnaireError};
use crate::error::IoError;
use crate::questionnaire::{Choice, Condition, Field, Kind, Question, Questionnaire};
use crate::report::{self, ReportError};
use crate::session::{FORMAT, Mode, Role};
use crate::strings;
use crate::wizard::input::{format_number, scale_label, scale_values};

/// The page template, under `templates/`.
pub const TEMPLATE: &str = "formulier.html.hbs";
/// The page's script, under `templates/`.
pub const SCRIPT: &str = "formulier.js";
/// The page's stylesheet, under `templates/`.
pub const STYLE: &str = "formulier.css";

/// A scale with at most this many values is shown as radio buttons; a wider one as a number field.
const MAX_SCALE_BUTTONS: usize = 11;

/// Why the form could not be made.
#[derive(Debug, thiserror::Error)]
pub enum FormError {
    /// The questionnaire could not be loaded.
    #[error(transparent)]
    Questionnaire(#[from] QuestionnaireError),
    /// The template does not parse or render (or a user's file could not be read).
    #[error(transparent)]
    Template(#[from] ReportError),
    /// A user's script or stylesheet contains text that would end its element in the page early.
    #[error("{file}: {message}\n    tip: {hint}")]
    Unsafe {
        /// The file.
        file: String,
        /// What is wrong.
        message: String,
        /// What to do.
        hint: &'static str,
    },
    /// `--kort` for a questionnaire without questions tagged `kort`.
    #[error("{}", strings::form_no_short_questions(.0))]
    NoShortQuestions(String),
    /// Writing the page failed.
    #[error(transparent)]
    Io(#[from] IoError),
}

/// The questionnaire as the page's script reads it: only what the respondent sees and what visibility
/// and bounds need (no scores, weights, advice or sources). Keys follow the questionnaire format.
#[derive(Debug, Clone, Serialize)]
pub struct Model<'a> {
    /// Session file format the page writes.
    pub format: u32,
    /// Questionnaire id.
    pub questionnaire: &'a str,
    /// Questionnaire version.
    pub version: &'a str,
    /// `volledig` or `kort`; the session records it.
    pub mode: Mode,
    /// localStorage key: questionnaire id, version and mode, so two forms never share answers.
    pub storage_key: String,
    /// Roles the respondent chooses from (as in session files).
    pub roles: Vec<RoleView>,
    /// The steps with the questions of this mode (in `kort` mode only questions tagged `kort`; steps
    /// left without questions are left out).
    pub steps: Vec<StepView<'a>>,
    /// Text the script shows (`{n}`-style placeholders).
    pub texts: Texts,
}

/// A role: id as in session files, label as shown.
#[derive(Debug, Clone, Serialize)]
pub struct RoleView {
    /// Id written to the session file.
    pub id: &'static str,
    /// Label, capitalised.
    pub label: String,
}

/// A step of the form.
#[derive(Debug, Clone, Serialize)]
pub struct StepView<'a> {
    /// Step id.
    pub id: &'a str,
    /// Title.
    pub title: &'a str,
    /// Introduction.
    pub intro: &'a str,
    /// Its questions, in order.
    pub questions: Vec<QuestionView<'a>>,
}

/// A question of the form.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionView<'a> {
    /// Question id (answers are stored under it).
    pub id: &'a str,
    /// Kind name as in questionnaire files (`single`, `multi`, `jgnw`, `scale`, `text`, `long_text`,
    /// `number`, `records`).
    pub kind: &'static str,
    /// The question.
    pub prompt: &'a str,
    /// Why it matters.
    pub help: &'a str,
    /// Tagged `kort`.
    pub kort: bool,
    /// Ask only when this holds.
    pub when: Option<WhenView<'a>>,
    /// Options of a choice question (labels only).
    pub options: Vec<OptionView<'a>>,
    /// Values of a scale of at most 11 values, shown as radio buttons (empty otherwise).
    pub scale: Vec<ScaleValue>,
    /// Lower bound (scale, number).
    pub min: Option<f64>,
    /// Upper bound (scale, number).
    pub max: Option<f64>,
    /// Unit after a number.
    pub unit: &'a str,
    /// The bounds in words, for a number field (`Een getal van 0 tot 50; een komma mag.`).
    pub hint: String,
    /// Message for a number outside the bounds (empty without bounds).
    pub range_error: String,
    /// Fields of a record list.
    pub fields: Vec<FieldView<'a>>,
}

/// A question's condition, as in the questionnaire's `when`.
#[derive(Debug, Clone, Serialize)]
pub struct WhenView<'a> {
    /// The earlier choice question.
    pub question: &'a str,
    /// Shown when its answer is (or contains) one of these (empty: any answer).
    pub any_of: &'a [String],
    /// Hidden when its answer is (or contains) one of these.
    pub none_of: &'a [String],
}

impl<'a> From<&'a Condition> for WhenView<'a> {
    fn from(c: &'a Condition) -> Self {
        Self { question: &c.question, any_of: &c.any_of, none_of: &c.none_of }
    }
}

/// An answer option.
#[derive(Debug, Clone, Serialize)]
pub struct OptionView<'a> {
    /// Option id (stored).
    pub id: &'a str,
    /// Label.
    pub label: &'a str,
    /// Ticking it clears the other options of a multiple choice, and the other way round
    /// (`exclusive = true`, or "weet niet"; `wizard::input` does the same in the wizard).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub exclusive: bool,
}

/// One value of a scale.
#[derive(Debug, Clone, Serialize)]
pub struct ScaleValue {
    /// The number stored.
    pub value: f64,
    /// The label (`1 — geen`).
    pub label: String,
}

/// A field of a record.
#[derive(Debug, Clone, Serialize)]
pub struct FieldView<'a> {
    /// Field id (key in the record).
    pub id: &'a str,
    /// Label.
    pub label: &'a str,
    /// Kind name (`text`, `long_text`, `number`, `single`, `multi`, `jgnw`).
    pub kind: &'static str,
    /// Help text.
    pub help: &'a str,
    /// Whether every record needs it.
    pub required: bool,
    /// Options of a choice field.
    pub options: Vec<OptionView<'a>>,
}

/// Text the page's script shows, from [`strings`].
#[derive(Debug, Clone, Serialize)]
#[allow(missing_docs)] // each field is the string constant of the same name in `strings`
pub struct Texts {
    pub step_progress: &'static str,
    pub step_of: &'static str,
    pub step_empty: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub note: &'static str,
    pub note_label: &'static str,
    pub clear: &'static str,
    pub no_records: &'static str,
    pub record_add: &'static str,
    pub record_edit: &'static str,
    pub record_remove: &'static str,
    pub record_save: &'static str,
    pub record_cancel: &'static str,
    pub record_new: &'static str,
    pub record_edit_title: &'static str,
    pub record_blank: &'static str,
    pub record_saved: &'static str,
    pub record_removed: &'static str,
    pub record_confirm_remove: &'static str,
    pub fields_required: String,
    pub required: &'static str,
    pub choose: &'static str,
    pub not_a_number: String,
    pub whole_number: &'static str,
    pub new_question: &'static str,
    pub new_questions: &'static str,
    pub restored: &'static str,
    pub no_storage: &'static str,
    pub summary: &'static str,
    pub gemeente_required: &'static str,
    pub role_required: &'static str,
    pub fix_first: &'static str,
    pub invalid: &'static str,
    pub downloaded: &'static str,
    pub confirm_wipe: &'static str,
    pub wiped: &'static str,
    pub file_header: &'static str,
}

impl Texts {
    fn new() -> Self {
        Self {
            step_progress: strings::FORM_STEP_PROGRESS,
            step_of: strings::FORM_STEP_OF,
            step_empty: strings::FORM_STEP_EMPTY,
            previous: strings::FORM_PREVIOUS,
            next: strings::FORM_NEXT,
            note: strings::FORM_NOTE,
            note_label: strings::FORM_NOTE_LABEL,
            clear: strings::FORM_CLEAR,
            no_records: strings::FORM_NO_RECORDS,
            record_add: strings::FORM_RECORD_ADD,
            record_edit: strings::FORM_RECORD_EDIT,
            record_remove: strings::FORM_RECORD_REMOVE,
            record_save: strings::FORM_RECORD_SAVE,
            record_cancel: strings::FORM_RECORD_CANCEL,
            record_new: strings::TUI_RECORD_NEW,
            record_edit_title: strings::FORM_RECORD_EDIT_TITLE,
            record_blank: strings::FORM_RECORD_BLANK,
            record_saved: strings::TUI_RECORD_SAVED,
            record_removed: strings::FORM_RECORD_REMOVED,
            record_confirm_remove: strings::FORM_RECORD_CONFIRM_REMOVE,
            fields_required: strings::fields_required("{labels}"),
            required: strings::FORM_REQUIRED,
            choose: strings::FORM_CHOOSE,
            not_a_number: strings::not_a_number("{tekst}"),
            whole_number: strings::WHOLE_NUMBER,
            new_question: strings::FORM_NEW_QUESTION,
            new_questions: strings::FORM_NEW_QUESTIONS,
            restored: strings::FORM_RESTORED,
            no_storage: strings::FORM_NO_STORAGE,
            summary: strings::FORM_SUMMARY,
            gemeente_required: strings::GEMEENTE_REQUIRED,
            role_required: strings::FORM_ROLE_REQUIRED,
            fix_first: strings::FORM_FIX_FIRST,
            invalid: strings::FORM_INVALID,
            downloaded: strings::FORM_DOWNLOADED,
            confirm_wipe: strings::FORM_CONFIRM_WIPE,
            wiped: strings::FORM_WIPED,
            file_header: strings::FORM_FILE_HEADER,
        }
    }
}

/// The view model of `questionnaire` in `mode`.
pub fn model(questionnaire: &Questionnaire, mode: Mode) -> Model<'_> {
    let asked = |q: &&Question| mode == Mode::Volledig || q.is_short();
    let steps = questionnaire
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| StepView {
            id: &step.id,
            title: &step.title,
            intro: &step.intro,
            questions: questionnaire.step_questions(i).filter(asked).map(question_view).collect(),
        })
        .filter(|s| !s.questions.is_empty())
        .collect();
    Model {
        format: FORMAT,
        questionnaire: &questionnaire.id,
        version: &questionnaire.version,
        mode,
        storage_key: format!("regiewijzer-formulier:{}@{}:{}", questionnaire.id, questionnaire.version, mode_id(mode)),
        roles: Role::ALL.iter().map(|r| RoleView { id: r.id(), label: capitalised(r.label()) }).collect(),
        steps,
        texts: Texts::new(),
    }
}

fn mode_id(mode: Mode) -> &'static str {
    match mode {
        Mode::Volledig => "volledig",
        Mode::Kort => "kort",
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn options(choices: &[Choice]) -> Vec<OptionView<'_>> {
    choices.iter().map(|o| OptionView { id: &o.id, label: &o.label, exclusive: o.is_exclusive() }).collect()
}

fn question_view(q: &Question) -> QuestionView<'_> {
    let values = if q.kind == Kind::Scale { scale_values(q) } else { Vec::new() };
    let scale = if values.len() <= MAX_SCALE_BUTTONS {
        values.into_iter().map(|value| ScaleValue { value, label: scale_label(q, value) }).collect()
    } else {
        Vec::new()
    };
    let (lo, hi) = (q.min.map(format_number), q.max.map(format_number));
    let range_error = match (&lo, &hi) {
        (Some(lo), Some(hi)) => strings::out_of_range(lo, hi),
        (Some(lo), None) => strings::too_small(lo),
        (None, Some(hi)) => strings::too_large(hi),
        (None, None) => String::new(),
    };
    QuestionView {
        id: &q.id,
        kind: q.kind.name(),
        prompt: &q.prompt,
        help: &q.help,
        kort: q.is_short(),
        when: q.condition.as_ref().map(WhenView::from),
        options: options(&q.options),
        scale,
        min: q.min,
        max: q.max,
        unit: &q.unit,
        hint: strings::tui_number_hint(&strings::bounds(lo.as_deref(), hi.as_deref()), &q.unit),
        range_error,
        fields: q.fields.iter().map(field_view).collect(),
    }
}

fn field_view(f: &Field) -> FieldView<'_> {
    FieldView {
        id: &f.id,
        label: &f.label,
        kind: f.kind.name(),
        help: &f.help,
        required: f.required,
        options: options(&f.options),
    }
}

/// `value` as JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` (and the
/// line separators) become `\uXXXX` escapes, so no text in it can close the element or open a comment.
pub fn script_json(value: &impl Serialize) -> Result<String, serde_json::Error> {
    let json = serde_json::to_string(value)?;
    let mut out = String::with_capacity(json.len() + 64);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// What the page template sees (documented in `templates/README.md`).
#[derive(Debug, Serialize)]
struct Page<'a> {
    titel: &'a str,
    beschrijving: &'a str,
    taal: &'a str,
    kort: bool,
    aantal_vragen: usize,
    vragenlijst: &'a str,
    versie: &'a str,
    programma_versie: &'static str,
    rollen: &'a [RoleView],
    model_json: String,
    script: String,
    stijl: String,
}

/// One of the form's three files: the user's copy in `user_dir` if there is one, else the embedded
/// text; with the name to report problems under.
fn part(user_dir: Option<&Path>, name: &str) -> Result<(String, String), FormError> {
    if let Some(path) = user_dir.map(|d| d.join(name)).filter(|p| p.is_file()) {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| ReportError::from(IoError::new("kan het sjabloon niet lezen:", &path, e)))?;
        return Ok((text, path.display().to_string()));
    }
    let text = embedded::form_file_text(name).unwrap_or_default();
    Ok((text.to_string(), format!("(ingebouwd) templates/{name}")))
}

/// Refuse script or style text that would end its element early (only a user's file can).
fn check_inline(text: &str, file: &str, closing: &str) -> Result<(), FormError> {
    let lower = text.to_ascii_lowercase();
    for bad in [closing, "<!--"] {
        if lower.contains(bad) {
            let message = strings::form_unsafe_part(bad);
            return Err(FormError::Unsafe { file: file.to_string(), message, hint: strings::FORM_UNSAFE_HINT });
        }
    }
    Ok(())
}

/// The form page of `questionnaire` in `mode`, with the user's template files from `user_dir` where
/// present.
pub fn render(questionnaire: &Questionnaire, mode: Mode, user_dir: Option<&Path>) -> Result<String, FormError> {
    let model = model(questionnaire, mode);
    let (template, template_file) = part(user_dir, TEMPLATE)?;
    let (script, script_file) = part(user_dir, SCRIPT)?;
    let (style, style_file) = part(user_dir, STYLE)?;
    check_inline(&script, &script_file, "</script")?;
    check_inline(&style, &style_file, "</style")?;
    let page = Page {
        titel: &questionnaire.title,
        beschrijving: &questionnaire.description,
        taal: &questionnaire.language,
        kort: mode == Mode::Kort,
        aantal_vragen: model.steps.iter().map(|s| s.questions.len()).sum(),
        vragenlijst: &questionnaire.id,
        versie: &questionnaire.version,
        programma_versie: env!("CARGO_PKG_VERSION"),
        rollen: &model.roles,
        model_json: script_json(&model).map_err(ReportError::from)?,
        script,
        stijl: style,
    };
    let mut registry = Handlebars::new();
    registry.set_strict_mode(true);
    registry.register_escape_fn(handlebars::html_escape);
    let key = "formulier";
    registry.register_template_string(key, template).map_err(|e| report::template_error(&template_file, &e))?;
    Ok(registry.render(key, &page).map_err(|e| report::render_error(key, ".html.hbs", &e))?)
}

/// The file `formulier` writes without `-o`.
pub fn default_path(mode: Mode) -> PathBuf {
    PathBuf::from(if mode == Mode::Kort { "vragenlijst-kort.html" } else { "vragenlijst.html" })
}

#[cfg(test)]
mod tests;
