//! The ontwerpbeslissing (draft college decision): the step after the advice report. A gemeente writes
//! every college decision in the same structure — Onderwerp; Motivering with Juridische gronden,
//! Feiten en context, Argumentatie and Financiële gevolgen; Besluit as numbered articles — and this
//! module drafts one from the analysis, for one session or for a workshop's group file.
//!
//! One view model ([`model::Besluit`]), three renderers: `templates/besluit.md.hbs` and
//! `templates/besluit.html.hbs` (strict handlebars, escaping like the report's; overridable in
//! `sjablonen/`) and [`docx::render`] for Word. `rapport --formaat besluit` writes all three as
//! `<stem>-besluit.md`, `<stem>-besluit.html` and `<stem>-besluit.docx`.

pub mod docx;
pub mod model;
pub mod texts;

use std::path::{Path, PathBuf};

use handlebars::Handlebars;

pub use model::{Besluit, besluit, besluit_groep};

use super::ReportError;

/// A file format of the draft decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Markdown.
    Markdown,
    /// HTML that pastes cleanly into a word processor.
    Html,
    /// A Word document.
    Docx,
}

impl Kind {
    /// Every format, in the order they are written.
    pub const ALL: [Kind; 3] = [Kind::Markdown, Kind::Html, Kind::Docx];

    /// File extension.
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Markdown => "md",
            Kind::Html => "html",
            Kind::Docx => "docx",
        }
    }

    /// The file name for a session or group file named `stem`: `<stem>-besluit.<ext>`.
    pub fn file_name(self, stem: &str) -> String {
        format!("{stem}-besluit.{}", self.extension())
    }
}

/// The templates, by file name under `templates/`.
const MD: &str = "besluit.md.hbs";
const HTML: &str = "besluit.html.hbs";

/// The two templates of the draft, each replaced by a file with the same name in the user's
/// `sjablonen/` folder if there is one.
#[derive(Debug)]
pub struct Templates {
    markdown: Handlebars<'static>,
    html: Handlebars<'static>,
}

impl Templates {
    /// The embedded templates, each replaced by a file with the same name in `user_dir` if present.
    pub fn load(user_dir: Option<&Path>) -> Result<Self, ReportError> {
        let mut markdown = Handlebars::new();
        markdown.set_strict_mode(true);
        markdown.register_escape_fn(super::markdown::escape);
        let mut html = Handlebars::new();
        html.set_strict_mode(true);
        html.register_escape_fn(handlebars::html_escape);
        for (registry, name) in [(&mut markdown, MD), (&mut html, HTML)] {
            let user = user_dir.map(|d| d.join(name)).filter(|p| p.is_file());
            let (source, file) = match &user {
                Some(path) => (
                    std::fs::read_to_string(path)
                        .map_err(|e| crate::error::IoError::new("kan het sjabloon niet lezen:", path, e))?,
                    path.display().to_string(),
                ),
                None => (
                    crate::embedded::besluit_template_text(name).unwrap_or_default().to_string(),
                    format!("(ingebouwd) templates/{name}"),
                ),
            };
            registry.register_template_string(name, source).map_err(|e| super::template_error(&file, &e))?;
        }
        Ok(Self { markdown, html })
    }

    /// Only the embedded templates.
    pub fn embedded() -> Result<Self, ReportError> {
        Self::load(None)
    }

    /// The draft `b` in `kind`; `date` (`YYYY-MM-DD`) dates the .docx.
    pub fn render(&self, b: &Besluit, date: &str, kind: Kind) -> Result<Vec<u8>, ReportError> {
        let (registry, name) = match kind {
            Kind::Docx => return docx::render(b, date),
            Kind::Markdown => (&self.markdown, MD),
            Kind::Html => (&self.html, HTML),
        };
        let text = registry.render(name, b).map_err(|e| super::render_error(name, "", &e))?;
        Ok(text.into_bytes())
    }

    /// The draft in each of `kinds`.
    pub fn render_all(&self, b: &Besluit, date: &str, kinds: &[Kind]) -> Result<Vec<(Kind, Vec<u8>)>, ReportError> {
        kinds.iter().map(|k| Ok((*k, self.render(b, date, *k)?))).collect()
    }
}

/// Write `outputs` into `dir` as `<stem>-besluit.<ext>` (atomically). Returns the paths written.
pub fn write_files(outputs: &[(Kind, Vec<u8>)], dir: &Path, stem: &str) -> Result<Vec<PathBuf>, ReportError> {
    let mut written = Vec::new();
    for (kind, bytes) in outputs {
        let path = dir.join(kind.file_name(stem));
        crate::fsutil::save_shared(&path, bytes)?;
        written.push(path);
    }
    Ok(written)
}
