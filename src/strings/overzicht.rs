//! Dutch text of `overzicht` and of `rapport --vergelijk`. Every value that comes from a file
//! reaches these functions already made safe for the terminal by the caller.

/// A respondent in a group file whose gemeente is not the group's.
pub fn skipped_other_gemeente(path: &str, found: &str, expected: &str) -> String {
    format!(
        "let op: een respondent van {found} in {path} overgeslagen: het groepsbestand hoort bij {expected}; \
         sessies van verschillende gemeenten worden niet vermengd."
    )
}

/// Nothing usable.
pub const NO_SESSIONS: &str = "geen bruikbare sessies gevonden; er is geen overzicht gemaakt.\n    tip: geef een map \
met de sessie- en groepsbestanden van de gemeenten, of de bestanden zelf.";

/// An unknown format.
pub fn unknown_format(name: &str) -> String {
    format!("onbekend formaat '{name}': kies md, csv, xlsx of html")
}

/// An unknown sort column.
pub fn unknown_column(name: &str, known: &[String]) -> String {
    format!("onbekende kolom '{name}' voor --sorteer; kies uit: {}", known.join(", "))
}

/// The overview is written.
pub fn written(gemeenten: usize, respondents: usize, path: &str) -> String {
    let g = if gemeenten == 1 { "1 gemeente".to_string() } else { format!("{gemeenten} gemeenten") };
    let r = if respondents == 1 { "1 respondent".to_string() } else { format!("{respondents} respondenten") };
    format!("Overzicht van {g} ({r}) geschreven: {path}")
}

/// How many files were left out, at the end of the warnings.
pub fn skipped_total(n: usize, files: usize) -> String {
    format!("{n} van de {files} bestanden overgeslagen (zie hierboven).")
}

/// The comparison folder is of another questionnaire.
pub fn comparison_other_questionnaire(dir: &str, found: &str, expected: &str) -> String {
    format!("let op: geen vergelijking: de sessies in {dir} gebruiken vragenlijst '{found}', dit rapport '{expected}'.")
}

/// The comparison folder has nothing usable.
pub fn comparison_empty(dir: &str) -> String {
    format!("let op: geen vergelijking: {dir} bevat geen bruikbare sessies.")
}
