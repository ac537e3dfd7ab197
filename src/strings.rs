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

// ---------------------------------------------------------------------------------------------------
// The wizard: shared by the terminal wizard and the accessible line mode.
// ---------------------------------------------------------------------------------------------------

/// The intake has no gemeente.
pub const GEMEENTE_REQUIRED: &str = "Vul de naam van de gemeente in.";

/// A session of another questionnaire.
pub fn other_questionnaire(found: &str, expected: &str) -> String {
    format!(
        "deze sessie hoort bij vragenlijst '{found}', niet bij '{expected}'; start Regiewijzer met --vragenlijst voor die vragenlijst"
    )
}

/// Typed text that is no number.
pub fn not_a_number(text: &str) -> String {
    format!("'{text}' is geen getal. Typ bijvoorbeeld 3 of 2,5.")
}

/// A scale needs a whole number.
pub const WHOLE_NUMBER: &str = "Kies een geheel getal op de schaal.";

/// A number outside its bounds.
pub fn out_of_range(lo: &str, hi: &str) -> String {
    format!("Kies een getal tussen {lo} en {hi}.")
}

/// A number below its minimum.
pub fn too_small(lo: &str) -> String {
    format!("Het getal moet minstens {lo} zijn.")
}

/// A number above its maximum.
pub fn too_large(hi: &str) -> String {
    format!("Het getal mag hoogstens {hi} zijn.")
}

/// An option number out of range.
pub fn choose_number(n: usize) -> String {
    format!("Typ een nummer van 1 tot {n}.")
}

/// Number of records in a list.
pub fn record_count(n: usize) -> String {
    if n == 1 { "1 item".to_string() } else { format!("{n} items") }
}

/// Required record fields left empty.
pub fn fields_required(labels: &str) -> String {
    format!("Vul nog in: {labels}.")
}

/// Label of the full questionnaire.
pub const MODE_FULL: &str = "volledige vragenlijst";
/// Label of the short intake.
pub const MODE_SHORT: &str = "korte intake (±15 minuten)";

/// "Step 2 of 6: Context".
pub fn step_of(n: usize, total: usize, title: &str) -> String {
    format!("Stap {n} van {total}: {title}")
}

/// "Question 3 of 12".
pub fn question_of(n: usize, total: usize) -> String {
    format!("vraag {n} van {total}")
}

/// Progress of a step or session.
pub fn answered_of(done: usize, all: usize) -> String {
    format!("{done}/{all} beantwoord")
}

/// A saved session in a list.
pub fn saved_session_line(gemeente: &str, name: &str, role: &str, done: usize, all: usize, when: &str) -> String {
    let who = if name.is_empty() { role.to_string() } else { format!("{name}, {role}") };
    format!("{gemeente} — {who} — {} — {when}", answered_of(done, all))
}

/// Status words (never colour alone).
pub const STATUS_ANSWERED: &str = "beantwoord";
/// Status: open.
pub const STATUS_OPEN: &str = "open";
/// Status: weet niet.
pub const STATUS_DONT_KNOW: &str = "weet niet";

/// A step without scored answers.
pub const NO_SCORE: &str = "nog geen score";

/// Where the session is saved.
pub fn saved_in(path: &str) -> String {
    format!("Uw antwoorden worden bewaard in {path}.")
}

// ---------------------------------------------------------------------------------------------------
// The accessible line mode.
// ---------------------------------------------------------------------------------------------------

/// Greeting of the line mode.
pub fn line_welcome(title: &str) -> String {
    format!(
        "Regiewijzer — {title}\nToegankelijke regelmodus: één vraag per keer. Typ het nummer van uw keuze en druk op Enter.\n\
Typ 'help' voor alle opdrachten. Elk antwoord wordt meteen bewaard."
    )
}

/// Start menu: new assessment.
pub const LINE_NEW: &str = "Nieuwe evaluatie starten";
/// Start menu prompt.
pub const LINE_START_PROMPT: &str = "Kies een nummer (Enter = nieuwe evaluatie):";
/// Resume an assessment.
pub fn line_resume(line: &str) -> String {
    format!("Hervatten: {line}")
}
/// Intake: gemeente.
pub const LINE_ASK_GEMEENTE: &str = "Voor welke gemeente vult u in?";
/// Intake: name.
pub const LINE_ASK_NAME: &str = "Uw naam (mag leeg blijven; Enter om over te slaan):";
/// Intake: role.
pub const LINE_ASK_ROLE: &str = "Uw rol (Enter = 1):";
/// Intake: mode.
pub const LINE_ASK_MODE: &str = "Welke vragenlijst? (Enter = 1):";
/// Session created.
pub fn line_created(path: &str) -> String {
    format!("Nieuwe sessie gestart. {}", saved_in(path))
}
/// Session resumed.
pub fn line_resumed(path: &str) -> String {
    format!("Sessie hervat. {}", saved_in(path))
}
/// Current answer.
pub fn line_current(summary: &str) -> String {
    format!("Huidig antwoord: {summary}")
}
/// Current note.
pub fn line_note(note: &str) -> String {
    format!("Notitie: {note}")
}
/// Prompt for a single choice.
pub const LINE_PROMPT_SINGLE: &str = "Uw keuze (een nummer; Enter = verder zonder te wijzigen):";
/// Prompt for a multiple choice.
pub const LINE_PROMPT_MULTI: &str =
    "Uw keuzes (nummers gescheiden door spaties, bijvoorbeeld 1 3; Enter = verder zonder te wijzigen):";
/// Prompt for a number.
pub fn line_prompt_number(bounds: &str) -> String {
    format!("Typ een getal{bounds} (Enter = verder zonder te wijzigen):")
}
/// Bounds of a number in a prompt.
pub fn bounds(lo: Option<&str>, hi: Option<&str>) -> String {
    match (lo, hi) {
        (Some(lo), Some(hi)) => format!(" van {lo} tot {hi}"),
        (Some(lo), None) => format!(" vanaf {lo}"),
        (None, Some(hi)) => format!(" tot {hi}"),
        (None, None) => String::new(),
    }
}
/// Prompt for a short text.
pub const LINE_PROMPT_TEXT: &str = "Typ uw antwoord (Enter = verder zonder te wijzigen):";
/// Prompt for a long text.
pub const LINE_PROMPT_LONG: &str = "Typ uw antwoord; meerdere regels mag. Sluit af met een lege regel (meteen een lege regel = verder zonder te wijzigen):";
/// Prompt of a record list.
pub const LINE_PROMPT_RECORDS: &str =
    "Typ 'nieuw' om een item toe te voegen, 'wijzig N' of 'verwijder N', of druk op Enter om verder te gaan:";
/// Empty record list.
pub const LINE_NO_RECORDS: &str = "Nog geen items.";
/// Record field prompt suffix.
pub const LINE_REQUIRED: &str = " (verplicht)";
/// Keep the current field value.
pub fn line_field_current(value: &str) -> String {
    format!("Nu: {value} (Enter = ongewijzigd, '-' = leegmaken)")
}
/// Prompt for a note.
pub const LINE_ASK_NOTE: &str = "Typ uw notitie (een lege regel verwijdert de notitie):";
/// Answer saved.
pub const LINE_SAVED: &str = "Bewaard.";
/// Answer cleared.
pub const LINE_CLEARED: &str = "Antwoord gewist (een eventuele notitie blijft).";
/// Note saved.
pub const LINE_NOTE_SAVED: &str = "Notitie bewaard.";
/// Record added.
pub const LINE_RECORD_SAVED: &str = "Item bewaard.";
/// Record removed.
pub const LINE_RECORD_REMOVED: &str = "Item verwijderd.";
/// A record number that does not exist.
pub fn line_no_record(n: usize) -> String {
    if n == 0 { "Er zijn nog geen items.".to_string() } else { format!("Typ een itemnummer van 1 tot {n}.") }
}
/// Unknown step number.
pub fn line_no_step(n: usize) -> String {
    format!("Typ 'stap' gevolgd door een nummer van 1 tot {n}.")
}
/// The step has no questions now.
pub const LINE_STEP_EMPTY: &str = "Die stap heeft nu geen vragen (door eerdere antwoorden of de korte intake).";
/// Commands of the line mode.
pub const LINE_HELP: &str = "Opdrachten (typ het woord en druk op Enter):\n  \
help        deze uitleg\n  \
verder      naar de volgende vraag zonder te wijzigen (of een lege regel)\n  \
terug       naar de vorige vraag\n  \
wissen      het antwoord op deze vraag wissen\n  \
notitie     een notitie bij deze vraag schrijven\n  \
overzicht   alle vragen met hun stand\n  \
stap N      naar stap N springen\n  \
resultaat   naar het resultaat\n  \
stop        stoppen (uw antwoorden zijn al bewaard)\n\
Wilt u een van deze woorden als antwoord geven, typ er dan een \\ voor, bijvoorbeeld \\terug.";
/// Heading of the overview.
pub const LINE_OVERVIEW: &str = "Overzicht van de vragen:";
/// Heading of the result.
pub const LINE_RESULT: &str = "Resultaat per stap (voortgang en score op 100):";
/// After the result.
pub const LINE_RESULT_PROMPT: &str = "Typ 'terug' of 'stap N' om verder te werken, of druk op Enter om af te sluiten.";
/// Open questions at the end.
pub fn line_open_left(n: usize) -> String {
    if n == 1 { "Er staat nog 1 vraag open.".to_string() } else { format!("Er staan nog {n} vragen open.") }
}
/// End of the line mode.
pub fn line_bye(path: &str) -> String {
    format!("Tot later. Uw antwoorden zijn bewaard in {path}.")
}
/// Input ended (EOF) during a session.
pub fn line_eof(path: &str) -> String {
    format!("Einde van de invoer. Uw antwoorden zijn bewaard in {path}.")
}
/// Input ended before a session existed.
pub const LINE_EOF_NO_SESSION: &str = "Einde van de invoer. Er is nog geen sessie gestart; er is niets bewaard.";
/// A save failed.
pub fn line_save_failed(error: &str) -> String {
    format!("Niet bewaard: {error}")
}
