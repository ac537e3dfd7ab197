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

/// `-o` names one of the input files.
pub fn output_is_input(path: &str) -> String {
    format!(
        "{path} is een van de invoerbestanden: het overzicht overschrijft nooit een sessie- of groepsbestand.\n    \
         tip: kies met -o een ander bestand, bv. overzicht.xlsx."
    )
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

/// How many files were left out, at the end of the warnings, and how many respondents of group
/// files besides.
pub fn skipped_total(n: usize, files: usize, members: usize) -> String {
    let members = match members {
        0 => String::new(),
        1 => ", en 1 respondent uit een groepsbestand".to_string(),
        _ => format!(", en {members} respondenten uit groepsbestanden"),
    };
    format!("{n} van de {files} bestanden overgeslagen{members} (zie hierboven).")
}

/// How one respondent of a group file is named in a warning: "een respondent in groep.toml".
pub fn member_of(path: &str) -> String {
    format!("een respondent in {path}")
}

/// Session files that are also, unchanged, in a group file (or copies of it): they count once.
pub fn counted_in_group(files: &str, n: usize, group: &str) -> String {
    if n == 1 {
        format!("{files} staat ongewijzigd ook in {group} en telt één keer mee.")
    } else {
        format!("{files} staan ongewijzigd ook in {group} en tellen één keer mee.")
    }
}

/// A file that changed while the overview was being made.
pub fn skipped_changed(path: &str) -> String {
    format!(
        "let op: {path} overgeslagen: het bestand is gewijzigd terwijl het overzicht gemaakt werd; maak het overzicht opnieuw."
    )
}

/// No file at all in what was given.
pub fn no_files(given: &[String]) -> String {
    format!(
        "geen sessiebestanden gevonden in {}: er is geen overzicht gemaakt.\n    tip: geef een map met de .toml-bestanden \
         (sessies en groepsbestanden) van de gemeenten, of de bestanden zelf.",
        given.join(", ")
    )
}

/// The comparison folder is of another questionnaire.
pub fn comparison_other_questionnaire(dir: &str, found: &str, expected: &str) -> String {
    format!("let op: geen vergelijking: de sessies in {dir} gebruiken vragenlijst '{found}', dit rapport '{expected}'.")
}

/// The comparison folder has nothing usable.
pub fn comparison_empty(dir: &str) -> String {
    format!("let op: geen vergelijking: {dir} bevat geen bruikbare sessies.")
}
