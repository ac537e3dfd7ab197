//! The overview as Markdown, CSV and HTML (the spreadsheet: [`super::xlsx`]).
//!
//! - **Markdown**: a GFM table, every cell escaped with [`crate::report::markdown::escape`].
//! - **CSV**: UTF-8 with a byte order mark, `;` between fields and CRLF line ends, as a spreadsheet
//!   with Dutch (Belgian) settings expects; decimals with a comma. A field with `;`, `"`, a line
//!   break or spaces at either end is quoted (`"` doubled). Against CSV injection, a text cell that
//!   starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet
//!   shows it as text and never runs it as a formula.
//! - **HTML**: `templates/overzicht.html.hbs` (strict handlebars, HTML-escaping; a file with that
//!   name in `sjablonen/` replaces it): a heat table of the scores per step across the gemeenten
//!   (counts per score band, with the numbers in the cells) and the full table, its score cells
//!   shaded by band.

use serde::Serialize;

use super::columns::{Cell, Column};
use super::{Row, texts};
use crate::report::ReportError;

/// The embedded HTML template of the overview.
pub const HTML_TEMPLATE: &str = include_str!("../../templates/overzicht.html.hbs");
/// Its file name (in `templates/` and in a user's `sjablonen/`).
pub const HTML_TEMPLATE_NAME: &str = "overzicht.html.hbs";

/// The rows and the titles of the scored steps, ready to render.
#[derive(Debug, Clone, Copy)]
pub struct Table<'a> {
    /// The rows, in the order to show.
    pub rows: &'a [Row],
    /// Titles of the scored steps (the score columns).
    pub steps: &'a [&'a str],
}

impl Table<'_> {
    fn columns(&self) -> Vec<Column> {
        Column::all(self.steps.len())
    }

    fn respondents(&self) -> usize {
        self.rows.iter().map(|r| r.respondenten).sum()
    }
}

/// The overview as a Markdown document.
pub fn markdown(table: Table<'_>) -> String {
    use crate::report::markdown::escape;
    let cols = table.columns();
    let mut out = format!("# {}\n\n{}\n\n", texts::TITLE, texts::intro(table.rows.len(), table.respondents()));
    let headers: Vec<String> = cols.iter().map(|c| escape(&c.header(table.steps))).collect();
    out.push_str(&table_line(&headers));
    let aligns: Vec<&str> = cols.iter().map(|c| if c.is_number() { "---:" } else { "---" }).collect();
    out.push_str(&table_line(&aligns));
    for row in table.rows {
        let cells: Vec<String> = cols.iter().map(|c| escape(&c.cell(row).text())).collect();
        out.push_str(&table_line(&cells));
    }
    out
}

/// One line of a Markdown table.
fn table_line<S: AsRef<str>>(cells: &[S]) -> String {
    let cells: Vec<&str> = cells.iter().map(AsRef::as_ref).collect();
    format!("| {} |\n", cells.join(" | "))
}

/// The overview as CSV for a spreadsheet with Dutch settings (see the module documentation).
pub fn csv(table: Table<'_>) -> String {
    let cols = table.columns();
    let mut out = String::from("\u{feff}");
    let line = |fields: Vec<String>| fields.join(";") + "\r\n";
    out.push_str(&line(cols.iter().map(|c| csv_field(&c.header(table.steps))).collect()));
    for row in table.rows {
        out.push_str(&line(
            cols.iter()
                .map(|c| match c.cell(row) {
                    Cell::Text(t) => csv_field(&neutralise(&t)),
                    other => csv_field(&other.text()),
                })
                .collect(),
        ));
    }
    out
}

/// A text that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return at
/// the start) gets a leading `'`.
pub fn neutralise(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_string() }
}

/// One CSV field, quoted when it must be.
fn csv_field(text: &str) -> String {
    let needs = text.contains([';', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ');
    if needs { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.to_string() }
}

#[derive(Serialize)]
struct HeatCell {
    aantal: usize,
    niveau: u8,
}

#[derive(Serialize)]
struct HeatRow {
    titel: String,
    cellen: Vec<HeatCell>,
}

#[derive(Serialize)]
struct HtmlCell {
    tekst: String,
    getal: bool,
    /// CSS classes: `getal` and the score band `b0`–`b3`, or `lang` for long text.
    klasse: String,
}

#[derive(Serialize)]
struct HtmlColumn {
    titel: String,
    getal: bool,
}

#[derive(Serialize)]
struct HtmlView {
    titel: &'static str,
    inleiding: String,
    verdeling_kop: &'static str,
    verdeling_uitleg: &'static str,
    verdeling_bijschrift: &'static str,
    stap: &'static str,
    banden: Vec<&'static str>,
    verdeling: Vec<HeatRow>,
    tabel_kop: &'static str,
    tabel_bijschrift: &'static str,
    kolommen: Vec<HtmlColumn>,
    rijen: Vec<Vec<HtmlCell>>,
}

/// The score band (0–3) of a score.
fn band(score: u8) -> u8 {
    let index = texts::BANDS.iter().rposition(|(low, _)| score >= *low).unwrap_or(0);
    u8::try_from(index).unwrap_or(0)
}

/// How dark a count is drawn: 0 for none, then 1–4 by its share of the gemeenten.
fn level(count: usize, of: usize) -> u8 {
    if count == 0 || of == 0 {
        return 0;
    }
    let quarters = (count * 4).div_ceil(of);
    u8::try_from(quarters.clamp(1, 4)).unwrap_or(4)
}

/// The overview as one self-contained HTML page, from the embedded template or the user's own.
pub fn html(table: Table<'_>) -> Result<String, ReportError> {
    let user = crate::embedded::user_template_path(HTML_TEMPLATE_NAME);
    let (source, file) = match &user {
        Some(path) => (
            std::fs::read_to_string(path)
                .map_err(|e| crate::error::IoError::new("kan het sjabloon niet lezen:", path, e))?,
            path.display().to_string(),
        ),
        None => (HTML_TEMPLATE.to_string(), format!("(ingebouwd) templates/{HTML_TEMPLATE_NAME}")),
    };
    html_with(table, &source, &file)
}

/// [`html`] with a given template text.
pub fn html_with(table: Table<'_>, template: &str, file: &str) -> Result<String, ReportError> {
    let mut hb = handlebars::Handlebars::new();
    hb.set_strict_mode(true);
    hb.register_escape_fn(handlebars::html_escape);
    hb.register_template_string("overzicht", template).map_err(|e| crate::report::template_error(file, &e))?;
    let cols = table.columns();
    let n = table.rows.len();
    let verdeling = table
        .steps
        .iter()
        .enumerate()
        .map(|(i, title)| {
            let mut counts = [0usize; 5];
            for r in table.rows {
                match r.scores.get(i).copied().flatten() {
                    Some(s) => counts[usize::from(band(s))] += 1,
                    None => counts[4] += 1,
                }
            }
            HeatRow {
                titel: (*title).to_string(),
                cellen: counts.iter().map(|&c| HeatCell { aantal: c, niveau: level(c, n) }).collect(),
            }
        })
        .collect();
    let view = HtmlView {
        titel: texts::TITLE,
        inleiding: texts::intro(n, table.respondents()),
        verdeling_kop: texts::HEAT_HEADING,
        verdeling_uitleg: texts::HEAT_EXPLANATION,
        verdeling_bijschrift: texts::HEAT_CAPTION,
        stap: texts::STEP,
        banden: texts::BANDS.iter().map(|(_, l)| *l).chain([texts::NO_SCORE]).collect(),
        verdeling,
        tabel_kop: texts::TABLE_HEADING,
        tabel_bijschrift: texts::TABLE_CAPTION,
        kolommen: cols.iter().map(|c| HtmlColumn { titel: c.header(table.steps), getal: c.is_number() }).collect(),
        rijen: table
            .rows
            .iter()
            .map(|r| {
                cols.iter()
                    .map(|c| {
                        let cell = c.cell(r);
                        let klasse = match (c, &cell) {
                            (Column::Score(_) | Column::Totaal, Cell::Number(v)) => {
                                format!("getal b{}", band(crate::analysis::inputs::pct(*v)))
                            }
                            (Column::Strategie | Column::EersteActie, _) => "lang".to_string(),
                            _ if c.is_number() => "getal".to_string(),
                            _ => String::new(),
                        };
                        HtmlCell { tekst: cell.text(), getal: c.is_number(), klasse }
                    })
                    .collect()
            })
            .collect(),
    };
    hb.render("overzicht", &view).map_err(|e| crate::report::render_error("overzicht", ".html.hbs", &e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_fields_quoted() {
        assert_eq!(neutralise("=SOM(A1)"), "'=SOM(A1)");
        assert_eq!(neutralise("+32"), "'+32");
        assert_eq!(neutralise("-1"), "'-1");
        assert_eq!(neutralise("@cmd"), "'@cmd");
        assert_eq!(neutralise("Lier"), "Lier");
        assert_eq!(csv_field("a;b"), "\"a;b\"");
        assert_eq!(csv_field("zei \"ja\""), "\"zei \"\"ja\"\"\"");
        assert_eq!(csv_field("twee\nregels"), "\"twee\nregels\"");
        assert_eq!(csv_field("gewoon"), "gewoon");
    }

    #[test]
    fn bands_and_levels() {
        assert_eq!([band(0), band(24), band(25), band(74), band(75), band(100)], [0, 0, 1, 2, 3, 3]);
        assert_eq!([level(0, 10), level(1, 10), level(3, 10), level(10, 10)], [0, 1, 2, 4]);
    }
}
