//! The advice report: the [`Analysis`] as a versioned JSON document ([`json`]), and rendered through
//! handlebars templates (strict mode) as Markdown and self-contained HTML. One registry per format:
//! HTML escapes all user text as HTML, Markdown with [`markdown::escape`]. Templates are embedded
//! (`templates/`) and a file with the same name in the config directory's `sjablonen/` wins.
//!
//! Data flow: questionnaire + session → [`crate::analysis::analyse`] → [`JsonReport`] (the JSON
//! output, `docs/RAPPORT-JSON.md`) → [`view::context`] adds presentation data (chart geometry, the
//! strategy grid, the appendix) → [`Renderer`] renders `report.md.hbs` / `report.html.hbs`.

pub mod besluit;
pub mod groep;
pub mod markdown;
pub mod view;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use handlebars::{Context, Handlebars};
use serde::Serialize;

use crate::analysis::{Analysis, Positie};
use crate::questionnaire::Questionnaire;
use crate::session::Session;

/// Version of the JSON schema (`schema_versie`), see `docs/RAPPORT-JSON.md`.
pub const SCHEMA_VERSION: &str = "2.1";

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// GitHub-flavoured Markdown.
    Markdown,
    /// One self-contained HTML file.
    Html,
    /// The analysis as JSON.
    Json,
}

impl Format {
    /// Every format, in the order `alle` writes them.
    pub const ALL: [Format; 3] = [Format::Markdown, Format::Html, Format::Json];

    /// File extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
        }
    }

    /// Parse a `--formaat` value (`md`, `markdown`, `html`, `json`).
    pub fn from_name(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A template does not parse.
    #[error("{file}:{line}:{column}: sjabloonfout: {message}\n    tip: {hint}")]
    Template {
        /// The template file (embedded name or the user's path).
        file: String,
        /// Line, 1-based (0 when unknown).
        line: usize,
        /// Column, 1-based (0 when unknown).
        column: usize,
        /// What is wrong.
        message: String,
        /// What to do.
        hint: &'static str,
    },
    /// Rendering failed (in strict mode: a field the template asks for does not exist).
    #[error("sjabloon {template}:{line}:{column}: {message}\n    tip: {hint}")]
    Render {
        /// The template name.
        template: String,
        /// Line, 1-based (0 when unknown).
        line: usize,
        /// Column, 1-based (0 when unknown).
        column: usize,
        /// What is wrong.
        message: String,
        /// What to do.
        hint: &'static str,
    },
    /// A user's template could not be read.
    #[error(transparent)]
    Io(#[from] crate::error::IoError),
    /// JSON serialisation failed.
    #[error("kan het rapport niet als JSON schrijven: {0}")]
    Json(#[from] serde_json::Error),
    /// The Word document could not be put together.
    #[error("kan de ontwerpbeslissing niet als Word-bestand schrijven: {0}")]
    Docx(String),
}

const HINT_TEMPLATE: &str = "Verbeter het sjabloon of verwijder het uit de map sjablonen om het ingebouwde te gebruiken \
(zie templates/README.md).";
const HINT_RENDER: &str =
    "Het sjabloon vraagt een veld dat niet bestaat; controleer de naam tegen templates/README.md.";

/// The JSON document: the analysis under a versioned schema, with the keys other tools rely on at
/// the top (`positie`, `fase`, `scores`) and the full analysis beside them.
#[derive(Debug, Clone, Serialize)]
pub struct JsonReport<'a> {
    /// Schema version.
    pub schema_versie: &'static str,
    /// `netwerkcoordinatie`, `marktsturing` or `regie`.
    pub positie: Positie,
    /// 1–4, null when unknown.
    pub fase: Option<u8>,
    /// Score 0–100 per step id (null when the step has no scored answer).
    pub scores: BTreeMap<&'a str, Option<u8>>,
    /// The analysis.
    #[serde(flatten)]
    pub analysis: &'a Analysis,
}

impl<'a> JsonReport<'a> {
    /// The document for `analysis`.
    pub fn new(analysis: &'a Analysis) -> Self {
        Self {
            schema_versie: SCHEMA_VERSION,
            positie: analysis.position.value,
            fase: analysis.stage.value,
            scores: analysis.steps.iter().map(|s| (s.id.as_str(), s.score)).collect(),
            analysis,
        }
    }
}

/// The analysis as pretty-printed JSON. `serde_json` escapes C0 controls; DEL, C1 and the bidi controls
/// are escaped here too (`\u009b`, `\u202e`), so the file is inert in a terminal and reads back exactly.
pub fn json(analysis: &Analysis) -> Result<String, ReportError> {
    let mut text = serde_json::to_string_pretty(&JsonReport::new(analysis))?;
    // Only inside strings (the structure is ASCII and its only control is the line break of pretty
    // printing), where `\uXXXX` means the same character.
    let escape = |c: char| (c.is_control() && c != '\n') || crate::display::is_bidi_control(c);
    if text.contains(escape) {
        let mut out = String::with_capacity(text.len() + 16);
        for c in text.chars() {
            if escape(c) {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            } else {
                out.push(c);
            }
        }
        text = out;
    }
    text.push('\n');
    Ok(text)
}

/// The two template registries.
#[derive(Debug)]
pub struct Renderer {
    markdown: Handlebars<'static>,
    html: Handlebars<'static>,
    /// The group report's own partials, compiled only when a group report is rendered
    /// ([`Renderer::with_group`]): compiling is most of the time a report takes, and a single
    /// session's report never uses them.
    group: Vec<Pending>,
}

/// A template read but not compiled yet.
#[derive(Debug, Clone)]
struct Pending {
    format: Format,
    key: String,
    source: String,
    /// The file it came from, for error messages.
    file: String,
}

/// Main template of each registry and its partials, by file name in `templates/`.
const MD_MAIN: &str = "report.md.hbs";
const HTML_MAIN: &str = "report.html.hbs";
/// The HTML report's stylesheet, inserted by `{{stijl}}` without being compiled.
const STYLESHEET: &str = "stijl.css";
/// The partials only a group report uses (`{{#if groep}}` in the main templates).
const GROUP_ONLY: [&str; 4] = ["gespreksagenda", "groep", "rollen", "groep_bijlage"];

impl Renderer {
    /// Only the embedded templates.
    pub fn embedded() -> Result<Self, ReportError> {
        Self::load(None)
    }

    /// The embedded templates, each replaced by a file with the same name in `user_dir` if present.
    pub fn load(user_dir: Option<&Path>) -> Result<Self, ReportError> {
        Self::load_for(user_dir, &Format::ALL)
    }

    /// Like [`Renderer::load`], compiling only the templates `formats` need (compiling is most of
    /// the time a report takes); rendering another format then fails with a missing template.
    pub fn load_for(user_dir: Option<&Path>, formats: &[Format]) -> Result<Self, ReportError> {
        let mut markdown = Handlebars::new();
        markdown.set_strict_mode(true);
        markdown.register_escape_fn(markdown::escape);
        let mut html = Handlebars::new();
        html.set_strict_mode(true);
        html.register_escape_fn(|text| handlebars::html_escape(&drop_controls(text)));
        for registry in [&mut markdown, &mut html] {
            registry.register_helper("cijfer", Box::new(helpers::cijfer));
            registry.register_helper("sectie", Box::new(helpers::Section));
        }
        markdown.register_helper("afbreekbaar", Box::new(helpers::as_is));
        html.register_helper("afbreekbaar", Box::new(helpers::breakable));
        let mut group = Vec::new();
        for (name, text) in crate::embedded::TEMPLATES {
            let wanted = if name.ends_with(".md.hbs") { Format::Markdown } else { Format::Html };
            if !formats.contains(&wanted) {
                continue;
            }
            let user = user_dir.map(|d| d.join(name)).filter(|p| p.is_file());
            let (source, file) = match &user {
                Some(path) => (read(path)?, path.display().to_string()),
                None => ((*text).to_string(), format!("(ingebouwd) templates/{name}")),
            };
            if *name == STYLESHEET {
                // Plain CSS, copied into the page as it is: not compiled (handlebars parses text one
                // character at a time, and the stylesheet is the longest file).
                html.register_helper("stijl", Box::new(helpers::Raw(source)));
                continue;
            }
            let (registry, key) = if name.ends_with(".md.hbs") {
                (&mut markdown, registry_key(name, ".md.hbs"))
            } else {
                (&mut html, registry_key(name, ".html.hbs"))
            };
            if GROUP_ONLY.contains(&key.as_str()) {
                group.push(Pending { format: wanted, key, source, file });
                continue;
            }
            registry.register_template_string(&key, source).map_err(|e| template_error(&file, &e))?;
        }
        Ok(Self { markdown, html, group })
    }

    /// A copy with the group report's partials compiled as well (see [`groep::build`]).
    pub(crate) fn with_group(&self) -> Result<Self, ReportError> {
        let (mut markdown, mut html) = (self.markdown.clone(), self.html.clone());
        for p in &self.group {
            let registry = if p.format == Format::Markdown { &mut markdown } else { &mut html };
            registry.register_template_string(&p.key, p.source.clone()).map_err(|e| template_error(&p.file, &e))?;
        }
        Ok(Self { markdown, html, group: Vec::new() })
    }

    /// Render `analysis` (with the questionnaire and session for the appendix) in `format`.
    pub fn render(
        &self,
        format: Format,
        analysis: &Analysis,
        questionnaire: &Questionnaire,
        session: &Session,
    ) -> Result<String, ReportError> {
        if format == Format::Json {
            return json(analysis);
        }
        self.render_with(format, analysis, &template_context(analysis, questionnaire, session)?)
    }

    /// Render with a template context built once for several formats (see [`build`]).
    fn render_with(&self, format: Format, analysis: &Analysis, context: &Context) -> Result<String, ReportError> {
        let (registry, main, suffix) = match format {
            Format::Json => return json(analysis),
            Format::Markdown => (&self.markdown, registry_key(MD_MAIN, ".md.hbs"), ".md.hbs"),
            Format::Html => (&self.html, registry_key(HTML_MAIN, ".html.hbs"), ".html.hbs"),
        };
        registry.render_with_context(&main, context).map_err(|e| render_error(&main, suffix, &e))
    }
}

/// The view model as a handlebars context (serialised once, shared by the Markdown and HTML renders).
fn template_context(
    analysis: &Analysis,
    questionnaire: &Questionnaire,
    session: &Session,
) -> Result<Context, ReportError> {
    let mut context = view::context(analysis, questionnaire, session);
    // Group reports fill `groep` (see `groep::GroupReport::template_context`); a single one has none.
    context["groep"] = serde_json::Value::Null;
    Context::wraps(context).map_err(|e| render_error("report", "", &e))
}

/// Template helpers shared by both registries.
mod helpers {
    use handlebars::{
        Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, RenderErrorReason, Renderable,
    };

    /// `{{sectie "naam"}}`: render the template `naam` in the current context, like `{{> naam}}`,
    /// but without the copy of the whole context that handlebars makes for every partial (at the top
    /// level that copy is the entire report, and it was most of the rendering time).
    pub struct Section;

    impl HelperDef for Section {
        fn call<'reg: 'rc, 'rc>(
            &self,
            h: &Helper<'rc>,
            r: &'reg Handlebars<'reg>,
            ctx: &'rc Context,
            rc: &mut RenderContext<'reg, 'rc>,
            out: &mut dyn Output,
        ) -> HelperResult {
            let name = h
                .param(0)
                .and_then(|p| p.value().as_str())
                .ok_or(RenderErrorReason::ParamNotFoundForIndex("sectie", 0))?;
            let template = r.get_template(name).ok_or_else(|| RenderErrorReason::PartialNotFound(name.to_string()))?;
            let before = rc.get_current_template_name();
            rc.set_current_template_name(template.name.as_ref());
            let result = template.render(r, ctx, rc, out);
            rc.set_current_template_name(before);
            result
        }
    }

    /// `{{stijl}}`: the stylesheet, written as it is.
    pub struct Raw(pub String);

    impl HelperDef for Raw {
        fn call<'reg: 'rc, 'rc>(
            &self,
            _: &Helper<'rc>,
            _: &'reg Handlebars<'reg>,
            _: &'rc Context,
            _: &mut RenderContext<'reg, 'rc>,
            out: &mut dyn Output,
        ) -> HelperResult {
            out.write(&self.0)?;
            Ok(())
        }
    }

    // `{{cijfer score}}`: "73/100", or "geen score" for null (a 0 score is falsy in `{{#if}}`).
    handlebars::handlebars_helper!(cijfer: |score: Json| match score.as_u64() {
        Some(n) => format!("{n}/100"),
        None => "geen score".to_string(),
    });

    // `{{afbreekbaar text}}` in HTML: `text` with soft hyphens where the long compound words of the
    // strategy table and the role labels join, so those tables fit a 390 px screen and an A4 page; in
    // Markdown: `text` as it is.
    handlebars::handlebars_helper!(breakable: |text: str| super::soft_hyphens(text));
    handlebars::handlebars_helper!(as_is: |text: str| text.to_string());
}

/// Where the long words of the strategy labels and role names may break (a soft hyphen before each joint).
const JOINTS: [&str; 5] = ["strategie", "inhoudelijk", "matig", "ambtenaar", "organisatie"];

/// `Beleidsinhoudelijke` → `Beleids\u{ad}inhoudelijke`, `Dieptestrategie` → `Diepte\u{ad}strategie`.
fn soft_hyphens(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        let in_word = out.chars().last().is_some_and(char::is_alphabetic);
        if in_word && JOINTS.iter().any(|j| text[i..].starts_with(j)) {
            out.push('\u{ad}');
        }
        out.push(c);
    }
    out
}

/// `partials/redenen.md.hbs` → `redenen`; `report.md.hbs` → `report`.
fn registry_key(name: &str, suffix: &str) -> String {
    let base = name.strip_suffix(suffix).unwrap_or(name);
    base.rsplit('/').next().unwrap_or(base).to_string()
}

fn read(path: &Path) -> Result<String, ReportError> {
    let bytes = crate::fsutil::read_limited(path, "kan het sjabloon niet lezen:").map_err(|e| match e {
        crate::fsutil::ReadError::Io(io) => ReportError::Io(io),
        other => ReportError::Io(crate::error::IoError::new(
            "kan het sjabloon niet lezen:",
            path,
            std::io::Error::other(other.file_problem().unwrap_or_default()),
        )),
    })?;
    String::from_utf8(bytes).map_err(|_| {
        let e = std::io::Error::other("het sjabloon is geen geldige UTF-8-tekst");
        crate::error::IoError::new("kan het sjabloon niet lezen:", path, e).into()
    })
}

pub(crate) fn template_error(file: &str, e: &handlebars::TemplateError) -> ReportError {
    use handlebars::TemplateErrorReason as R;
    let (line, column) = e.pos().unwrap_or((0, 0));
    let message = match e.reason() {
        R::MismatchingClosedHelper(open, close) | R::MismatchingClosedDecorator(open, close) => {
            format!("blok '{open}' wordt gesloten met '{close}'")
        }
        R::InvalidSyntax(_) => {
            "ongeldige handlebars-syntaxis (bijvoorbeeld een blok zonder {{/…}}, of '{{' zonder '}}')".to_string()
        }
        R::InvalidParam(p) => format!("ongeldige parameter '{p}'"),
        other => other.to_string(),
    };
    ReportError::Template { file: file.to_string(), line, column, message, hint: HINT_TEMPLATE }
}

pub(crate) fn render_error(main: &str, suffix: &str, e: &handlebars::RenderError) -> ReportError {
    let key = e.template_name.clone().unwrap_or_else(|| main.to_string());
    let template = if key == main { format!("{key}{suffix}") } else { format!("partials/{key}{suffix}") };
    let message = match e.reason() {
        handlebars::RenderErrorReason::MissingVariable(Some(path)) => format!("het veld '{path}' bestaat niet"),
        other => other.to_string(),
    };
    ReportError::Render {
        template,
        line: e.line_no.unwrap_or(0),
        column: e.column_no.unwrap_or(0),
        message,
        hint: HINT_RENDER,
    }
}

/// `text` without raw control characters (C0 but line break and tab, DEL, C1) and without the bidi
/// embedding, override and isolate controls (which could reorder the text after them; right-to-left
/// text itself is kept): both escapers apply it to every value, so a session's escape sequences or
/// NUL never reach a report. The JSON keeps everything, escaped as `\u001b`. One exception: a closed
/// first-strong isolate (U+2068 … U+2069) with no other control inside is kept — that is how the
/// ontwerpbeslissing isolates a right-to-left name (`besluit::model::user`, which removes any bidi
/// control from the name first); it cannot reorder anything outside it.
pub fn drop_controls(text: &str) -> std::borrow::Cow<'_, str> {
    let unwanted = |c: char| (c.is_control() && c != '\n' && c != '\t') || crate::display::is_bidi_control(c);
    if !text.contains(unwanted) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        if c == '\u{2068}'
            && let Some(end) = after.find('\u{2069}')
            && !after[..end].contains(unwanted)
        {
            let closed = c.len_utf8() + end + '\u{2069}'.len_utf8();
            out.push_str(&rest[..closed]);
            rest = &rest[closed..];
            continue;
        }
        if !unwanted(c) {
            out.push(c);
        }
        rest = after;
    }
    out.into()
}

/// Where a user's templates are looked for, if the config directory is known.
pub fn user_templates_dir() -> Option<PathBuf> {
    crate::paths::templates_dir().ok()
}

/// Everything `rapport` does for one session, in memory: analyse, then render each format.
pub fn build(
    renderer: &Renderer,
    questionnaire: &Questionnaire,
    session: &Session,
    formats: &[Format],
) -> Result<Vec<(Format, String)>, ReportError> {
    build_compared(renderer, questionnaire, session, formats, None)
}

/// The `vergelijking` section of a report (`rapport --vergelijk`), made by the caller from the
/// session and its analysis: the comparison needs the overview of a folder, and the overview sits
/// above the report (it uses the report's escapers), so the report only takes the finished value.
pub type Comparison<'a> = &'a dyn Fn(&Session, &crate::analysis::Analysis) -> serde_json::Value;

/// [`build`], with a comparison section (`rapport --vergelijk`; Markdown and HTML only).
pub fn build_compared(
    renderer: &Renderer,
    questionnaire: &Questionnaire,
    session: &Session,
    formats: &[Format],
    compare: Option<Comparison<'_>>,
) -> Result<Vec<(Format, String)>, ReportError> {
    let analysis = crate::analysis::analyse(questionnaire, session);
    let context = if formats.iter().any(|f| *f != Format::Json) {
        let mut context = template_context(&analysis, questionnaire, session)?;
        if let Some(compare) = compare {
            context.data_mut()["vergelijking"] = compare(session, &analysis);
        }
        Some(context)
    } else {
        None
    };
    formats
        .iter()
        .map(|f| {
            let text = match &context {
                Some(context) => renderer.render_with(*f, &analysis, context)?,
                None => json(&analysis)?,
            };
            Ok((*f, text))
        })
        .collect()
}

/// Render `formats` and write them into `dir` as `<stem>.md`, `.html`, `.json` (atomically), for the
/// wizard's result screen (a groepssessie, session `<stem>.toml` with votes, gets the group report).
/// Returns the paths written.
pub fn write_files(
    renderer: &Renderer,
    questionnaire: &Questionnaire,
    session: &Session,
    formats: &[Format],
    dir: &Path,
    stem: &str,
) -> Result<Vec<PathBuf>, ReportError> {
    let mut written = Vec::new();
    let source = format!("{stem}.toml");
    for (format, text) in groep::build_session(renderer, questionnaire, session, &source, formats, None)? {
        let path = dir.join(format!("{stem}.{}", format.extension()));
        crate::fsutil::save_shared(&path, text.as_bytes())?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soft_hyphens_split_the_strategy_labels_only_inside_words() {
        assert_eq!(soft_hyphens("Beleidsinhoudelijke strategie"), "Beleids\u{ad}inhoudelijke strategie");
        assert_eq!(soft_hyphens("Dieptestrategie"), "Diepte\u{ad}strategie");
        assert_eq!(soft_hyphens("Procesmatige strategie"), "Proces\u{ad}matige strategie");
        assert_eq!(soft_hyphens("strategie <b>"), "strategie <b>");
        assert_eq!(soft_hyphens("partnerorganisatie"), "partner\u{ad}organisatie");
        assert_eq!(soft_hyphens("integratieambtenaar"), "integratie\u{ad}ambtenaar");
    }
}
