//! The overview as a spreadsheet (`rust_xlsxwriter`): one sheet "Overzicht" with a bold header row,
//! numbers as numbers (scores and stage as whole numbers, VTE with one decimal), the date as a
//! date, empty cells where nothing is known, a filter on every column, the header row and the
//! gemeente column frozen, and column widths from their contents. Text is always written as a text
//! cell, so nothing from a session can become a formula.

use rust_xlsxwriter::{ExcelDateTime, Format, FormatBorder, Workbook, XlsxError};

use super::columns::{Cell, Column};
use super::render::Table;

/// The sheet's name.
pub const SHEET: &str = "Overzicht";

/// Widest column, in characters.
const MAX_WIDTH: usize = 60;

/// The overview as the bytes of an `.xlsx` file.
pub fn xlsx(table: Table<'_>) -> Result<Vec<u8>, XlsxError> {
    let cols = Column::all(table.steps.len());
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(SHEET)?;
    let header = Format::new().set_bold().set_text_wrap().set_border_bottom(FormatBorder::Medium);
    let whole = Format::new().set_num_format("0");
    let decimal = Format::new().set_num_format("0.0");
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let mut widths: Vec<usize> = Vec::with_capacity(cols.len());
    for (c, column) in (0u16..).zip(&cols) {
        let title = column.header(table.steps);
        sheet.write_string_with_format(0, c, &title, &header)?;
        widths.push(title.chars().count().max(6));
    }
    for (r, row) in (1u32..).zip(table.rows) {
        for ((c, column), width) in (0u16..).zip(&cols).zip(widths.iter_mut()) {
            let cell = column.cell(row);
            *width = (*width).max(cell.text().chars().count());
            match cell {
                Cell::Text(t) => {
                    sheet.write_string(r, c, &t)?;
                }
                Cell::Number(n) => {
                    let format = if *column == Column::Vte { &decimal } else { &whole };
                    sheet.write_number_with_format(r, c, n, format)?;
                }
                Cell::Date(d) => match ExcelDateTime::parse_from_str(&d) {
                    Ok(value) => {
                        sheet.write_datetime_with_format(r, c, &value, &date)?;
                    }
                    Err(_) => {
                        sheet.write_string(r, c, &d)?;
                    }
                },
                Cell::Empty => {}
            }
        }
    }
    for (c, width) in (0u16..).zip(&widths) {
        sheet.set_column_width(c, (*width).min(MAX_WIDTH) as f64 + 2.0)?;
    }
    let last_row = u32::try_from(table.rows.len()).unwrap_or(u32::MAX);
    let last_col = u16::try_from(cols.len().saturating_sub(1)).unwrap_or(0);
    sheet.autofilter(0, 0, last_row, last_col)?;
    sheet.set_freeze_panes(1, 1)?;
    workbook.save_to_buffer()
}
