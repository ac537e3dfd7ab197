//! The ontwerpbeslissing as a Word document (.docx, through `docx-rs`), for the secretariaat that
//! edits decisions in a word processor. It walks the same view model as the templates, in the same
//! order, and adds no words of its own: headings use Word's built-in heading styles (so the
//! navigation pane and a decision system's import see the structure), lists are real bullet lists,
//! and fields to complete are highlighted.

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, Docx, IndentLevel, Level, LevelJc, LevelText, LineSpacing, NumberFormat, Numbering, NumberingId,
    Paragraph, Run, RunFonts, SpecialIndentType, Start, Style, StyleType,
};

use super::model::{Alinea, Besluit};
use crate::report::ReportError;

/// The bullet list's numbering id (1 is docx-rs's own default numbering).
const BULLETS: usize = 2;
/// Body text size in half-points (11 pt).
const BODY: usize = 22;
/// Highlight of a field to complete.
const FIELD: &str = "yellow";

/// The paragraph styles: Word's built-in ids and names, so a word processor maps them onto its own.
fn styles(doc: Docx) -> Docx {
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .bold()
            .size(size)
            .outline_lvl(level)
            .line_spacing(LineSpacing::new().before(240).after(120))
    };
    doc.add_style(Style::new("Normal", StyleType::Paragraph).name("Normal").q_format(true))
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .bold()
                .size(32)
                .line_spacing(LineSpacing::new().after(240)),
        )
        .add_style(heading("Heading1", "heading 1", 28, 0))
        .add_style(heading("Heading2", "heading 2", 24, 1))
        .add_style(heading("Heading3", "heading 3", BODY, 2))
}

fn bullets(doc: Docx) -> Docx {
    doc.add_abstract_numbering(AbstractNumbering::new(BULLETS).add_level(
        Level::new(0, Start::new(1), NumberFormat::new("bullet"), LevelText::new("•"), LevelJc::new("left")).indent(
            Some(720),
            Some(SpecialIndentType::Hanging(360)),
            None,
            None,
        ),
    ))
    .add_numbering(Numbering::new(BULLETS, BULLETS))
}

fn styled(style: &str, text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text)).style(style).keep_next(true)
}

fn text(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text))
}

fn alinea(a: &Alinea) -> Paragraph {
    let run = Run::new().add_text(&a.tekst);
    Paragraph::new().add_run(if a.veld { run.highlight(FIELD) } else { run })
}

fn item(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text)).numbering(NumberingId::new(BULLETS), IndentLevel::new(0))
}

/// The draft as a .docx file.
pub fn render(b: &Besluit, date: &str) -> Result<Vec<u8>, ReportError> {
    let k = &b.koppen;
    let mut paragraphs = Vec::new();
    let mut add = |p: Paragraph| paragraphs.push(p);

    add(styled("Title", &b.titel));
    add(Paragraph::new().add_run(Run::new().add_text(&b.ontwerp).italic()));
    add(alinea(&b.zitting));

    add(styled("Heading1", k.onderwerp));
    add(text(&b.onderwerp));

    add(styled("Heading1", k.motivering));
    add(styled("Heading2", k.juridische_gronden));
    b.juridische_gronden.iter().for_each(|a| add(alinea(a)));
    add(text(b.na_te_gaan_inleiding));
    b.na_te_gaan.iter().for_each(|d| add(item(d)));

    add(styled("Heading2", k.feiten));
    add(text(&b.zelfevaluatie));
    b.deelnemers.iter().for_each(|d| add(item(d)));
    b.feiten.iter().for_each(|a| add(alinea(a)));

    add(styled("Heading2", k.argumentatie));
    b.argumentatie.iter().for_each(|a| add(text(a)));

    if let Some(n) = &b.nog_te_bespreken {
        add(styled("Heading2", k.nog_te_bespreken));
        add(text(n.inleiding));
        n.punten.iter().for_each(|p| add(item(p)));
        if !n.uitgesteld.is_empty() {
            add(text(n.uitgesteld_inleiding));
            n.uitgesteld.iter().for_each(|p| add(item(p)));
        }
    }

    add(styled("Heading2", k.financieel));
    b.financieel.iter().for_each(|a| add(alinea(a)));

    add(styled("Heading1", k.besluit));
    add(text(b.aanhef));
    for a in &b.artikels {
        add(styled("Heading3", &a.kop));
        add(text(&a.tekst));
        if let Some(u) = &a.uitvoering {
            add(text(u));
        }
        if let Some(h) = &a.herkomst {
            add(text(h));
        }
    }

    let doc = bullets(styles(Docx::new()))
        .default_fonts(RunFonts::new().ascii("Calibri").hi_ansi("Calibri").cs("Calibri"))
        .default_size(BODY)
        .default_line_spacing(LineSpacing::new().after(120))
        // A fixed date, so the same session gives the same file.
        .created_at(&format!("{date}T00:00:00Z"))
        .updated_at(&format!("{date}T00:00:00Z"));
    let doc = paragraphs.into_iter().fold(doc, Docx::add_paragraph);
    let mut bytes = Cursor::new(Vec::new());
    doc.build().pack(&mut bytes).map_err(|e| ReportError::Docx(e.to_string()))?;
    Ok(bytes.into_inner())
}
