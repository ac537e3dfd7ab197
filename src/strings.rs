//! Dutch text shown by the command line (the TUI adds its own section here). Questionnaire and report
//! text live in `questionnaires/` and `templates/`.

/// Long description in `--help`.
pub const ABOUT: &str = "Regiewijzer: zelfevaluatie van regie en coördinatie van het lokale integratiebeleid \
(VVSG-leidraad Regie en Coördinatie, 4P-model). Zonder subcommando start de wizard.";

/// Exit codes, shown at the bottom of `--help`.
pub const EXIT_CODES: &str = "Afsluitcodes:\n  0  gelukt\n  1  ongeldige invoer (vragenlijst of sessiebestand met fouten)\n  \
2  verkeerd gebruik (onbekende optie of argument)\n  3  bestands- of systeemfout\n  4  sessie al geopend door een ander proces\n\n\
Omgeving:\n  REGIEWIJZER_DATA_DIR    map voor sessies (standaard de datamap van uw systeem)\n  \
REGIEWIJZER_CONFIG_DIR  map voor eigen vragenlijsten en sjablonen\n  REGIEWIJZER_TOEGANKELIJK=1  start de toegankelijke regelmodus\n  \
NO_COLOR                geen kleur";

/// `controleer` on a valid file.
pub fn questionnaire_ok(name: &str, id: &str, version: &str, questions: usize, steps: usize) -> String {
    format!("{name}: geldig — vragenlijst '{id}' versie {version}, {questions} vragen in {steps} stappen.")
}

/// Summary after listing problems.
pub fn problem_count(n: usize) -> String {
    if n == 1 { "1 probleem gevonden.".to_string() } else { format!("{n} problemen gevonden.") }
}

/// `vragenlijst -o` done.
pub fn questionnaire_written(path: &str) -> String {
    format!("Vragenlijst geschreven naar {path}. Pas ze aan en controleer ze met: regiewijzer controleer {path}")
}

/// `sessies` with an empty directory.
pub fn no_sessions(dir: &str) -> String {
    format!("Nog geen sessies in {dir}. Start er een met: regiewijzer")
}

/// Header of the `sessies` table.
pub const SESSIONS_HEADER: [&str; 6] = ["gemeente", "respondent", "rol", "voortgang", "laatst gewijzigd", "bestand"];

/// A session file that could not be read while listing.
pub fn unreadable_session(problem: &str) -> String {
    format!("overgeslagen: {problem}")
}

/// A subcommand whose issue has not landed yet.
pub fn not_yet(command: &str) -> String {
    format!("'{command}' is nog niet beschikbaar in deze versie van Regiewijzer.")
}

/// Unknown answers kept in a session.
pub fn unknown_answers(n: usize, ids: &str) -> String {
    format!(
        "let op: {n} antwoord(en) horen niet bij deze versie van de vragenlijst en worden ongewijzigd bewaard: {ids}"
    )
}

/// Prefix of an error message on stderr.
pub const ERROR_PREFIX: &str = "fout";
