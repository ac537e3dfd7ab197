//! Dutch text shown by the command line (the TUI adds its own section here). Questionnaire and report
//! text live in `questionnaires/` and `templates/`.

pub mod groep;
pub mod overleg;
pub mod overzicht;

/// Long description in `--help`.
pub const ABOUT: &str = "Regiewijzer: zelfevaluatie van regie en coördinatie van het lokale integratiebeleid \
(VVSG-leidraad Regie en Coördinatie, 4P-model). Zonder subcommando start de wizard.";

/// Exit codes, shown at the bottom of `--help`.
pub const EXIT_CODES: &str = "Afsluitcodes:\n  0  gelukt\n  1  ongeldige invoer (vragenlijst of sessiebestand met fouten)\n  \
2  verkeerd gebruik (onbekende optie of argument)\n  3  bestands- of systeemfout (ook: niet alle antwoorden konden bewaard worden)\n  \
4  de gekozen sessie is al geopend door een ander proces\n\n\
Omgeving:\n  REGIEWIJZER_DATA_DIR    map voor sessies (standaard de datamap van uw systeem); is ze gezet, dan komen rapporten in haar submap rapporten\n  \
REGIEWIJZER_CONFIG_DIR  map voor eigen vragenlijsten en sjablonen\n  REGIEWIJZER_TOEGANKELIJK=1  start de toegankelijke regelmodus\n  \
NO_COLOR                geen kleur";

/// `controleer` on a valid file.
pub fn questionnaire_ok(name: &str, id: &str, version: &str, questions: usize, steps: usize) -> String {
    format!("{name}: geldig — vragenlijst '{id}' versie {version}, {questions} vragen in {steps} stappen.")
}

/// Layout of `--help`, with Dutch headings (clap's own "Usage:" is English).
pub const HELP_TEMPLATE: &str = "{before-help}{about-with-newline}\nGebruik: {usage}\n\n{all-args}{after-help}";

/// Heading above the subcommands in `--help`.
pub const HELP_COMMANDS: &str = "Opdrachten";

/// Heading above the options in `--help`.
pub const HELP_OPTIONS: &str = "Opties";

/// Heading above the positional arguments in `--help`.
pub const HELP_ARGUMENTS: &str = "Argumenten";

/// Placeholder for the subcommand in the usage line.
pub const HELP_COMMAND_NAME: &str = "OPDRACHT";

/// Help text of `-h`/`--help`.
pub const HELP_FLAG: &str = "Hulp tonen";

/// Help text of `-V`/`--version`.
pub const VERSION_FLAG: &str = "Versie tonen";

/// Summary after listing problems.
pub fn problem_count(n: usize) -> String {
    if n == 1 { "1 probleem gevonden.".to_string() } else { format!("{n} problemen gevonden.") }
}

/// Reported on stderr (and in the line mode) for each report file written.
pub fn report_file_written(path: &std::path::Path) -> String {
    format!("Rapport geschreven: {}", path.display())
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

/// Damaged session files left out of the start screen.
pub fn skipped_sessions(n: usize) -> String {
    let what = if n == 1 { "1 beschadigd sessiebestand" } else { &format!("{n} beschadigde sessiebestanden") };
    format!("{what} overgeslagen; 'regiewijzer sessies' noemt ze met de fout.")
}

/// A session file that could not be read while listing.
pub fn unreadable_session(problem: &str) -> String {
    format!("overgeslagen: {problem}")
}

/// Unknown answers kept in a session.
pub fn unknown_answers(n: usize, ids: &str) -> String {
    format!(
        "let op: {n} antwoord(en) horen niet bij deze versie van de vragenlijst en worden ongewijzigd bewaard: {ids}"
    )
}

/// `--nieuw`/`--hervat` with a subcommand.
pub const BEGIN_ONLY_WIZARD: &str =
    "--nieuw en --hervat gelden alleen voor de wizard (regiewijzer zonder opdracht); laat ze weg bij een opdracht";

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

/// Several options typed for a single choice.
pub fn choose_one(n: usize) -> String {
    format!("Kies één antwoord: typ één nummer van 1 tot {n}, of (het begin van) een antwoord.")
}

/// Nothing or a wrong number typed for a choice that also takes words.
pub fn choose_item(n: usize) -> String {
    format!("Typ een nummer van 1 tot {n}, of (het begin van) een antwoord.")
}

/// Typed words that fit no option.
pub fn no_such_choice(typed: &str, n: usize) -> String {
    format!("'{typed}' is geen van de antwoorden. Typ een nummer van 1 tot {n}, of (het begin van) een antwoord.")
}

/// Typed words that fit several options.
pub fn ambiguous_choice(typed: &str, labels: &[&str]) -> String {
    format!("'{typed}' past bij meer dan één antwoord: {}. Typ meer letters of het nummer.", labels.join("; "))
}

/// An exclusive option typed together with others.
pub fn exclusive_alone(label: &str) -> String {
    format!("'{label}' kan niet samen met andere antwoorden. Kies '{label}' alleen, of laat het weg.")
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
pub const MODE_SHORT: &str = "korte intake";

/// How long a path takes: "115 tot 139 vragen, ongeveer 50 tot 60 minuten" (minutes to the
/// nearest five).
pub fn path_length(min_questions: usize, max_questions: usize, min_minutes: u32, max_minutes: u32) -> String {
    let round = |m: u32| ((m + 2) / 5 * 5).max(5);
    let questions = if min_questions == max_questions {
        format!("{max_questions} vragen")
    } else {
        format!("{min_questions} tot {max_questions} vragen")
    };
    let (lo, hi) = (round(min_minutes), round(max_minutes));
    let minutes = if lo == hi { format!("ongeveer {hi} minuten") } else { format!("ongeveer {lo} tot {hi} minuten") };
    format!("{questions}, {minutes}")
}

/// A mode with its length: "Korte intake: 35 tot 36 vragen, ongeveer 15 minuten".
pub fn mode_with_length(mode: &str, length: &str) -> String {
    let mut chars = mode.chars();
    let mode: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
    format!("{mode}: {length}")
}

/// The full questionnaire in one word (header).
pub const MODE_FULL_WORD: &str = "volledig";
/// The short intake in one word (header).
pub const MODE_SHORT_WORD: &str = "korte intake";

/// "Step 2 of 6: Context".
pub fn step_of(n: usize, total: usize, title: &str) -> String {
    format!("Stap {n} van {total}: {title}")
}

/// "Vraag 3", before the question in the line mode (no total: it changes with follow-ups).
pub fn line_question(n: usize) -> String {
    format!("Vraag {n}")
}

/// How far the respondent is, when a step begins (line mode).
pub fn line_progress(percent: u8, minutes_left: u32) -> String {
    if minutes_left == 0 {
        format!("U bent op {percent} procent van de vragenlijst.")
    } else {
        format!(
            "U bent op {percent} procent van de vragenlijst; de open vragen duren nog ongeveer {minutes_left} minuten."
        )
    }
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

/// Marks a question where "ja" is the weak answer (a pitfall), in both front ends.
pub const YES_IS_WEAK: &str = "Let op: bij deze vraag wijst 'ja' op een risico.";

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
        "Regiewijzer — {title}\nToegankelijke regelmodus: één vraag per keer. Typ het nummer of het begin van uw keuze en druk op Enter.\n\
Typ 'help' voor alle opdrachten. Elk antwoord wordt meteen bewaard."
    )
}

/// Start menu: new assessment.
pub const LINE_NEW: &str = "Nieuwe evaluatie starten";
/// Start menu question.
pub const LINE_START_QUESTION: &str = "Wat wilt u doen?";
/// Start menu prompt.
pub const LINE_START_PROMPT: &str = "Uw keuze (een nummer of het begin van de woorden; Enter = nieuwe evaluatie):";
/// Prompt after a list in the intake.
pub const LINE_PICK_PROMPT: &str = "Uw keuze (een nummer of het begin van het woord; Enter = 1):";
/// Resume an assessment.
pub fn line_resume(line: &str) -> String {
    format!("Hervatten: {line}")
}
/// Intake: gemeente.
pub const LINE_ASK_GEMEENTE: &str = "Voor welke gemeente vult u in?";
/// Intake: name.
pub const LINE_ASK_NAME: &str = "Uw naam (mag leeg blijven; Enter om over te slaan):";
/// Intake: role.
pub const LINE_ASK_ROLE: &str = "Wat is uw rol?";
/// Intake: mode.
pub const LINE_ASK_MODE: &str = "Welke vragenlijst vult u in?";
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
/// Prompt for a single choice, with an example word from its first option.
pub fn line_prompt_single(example: &str) -> String {
    format!(
        "Uw keuze (een nummer, of het antwoord of het begin ervan, bijvoorbeeld {example}; Enter = verder zonder te wijzigen):"
    )
}
/// Prompt for a multiple choice.
pub const LINE_PROMPT_MULTI: &str =
    "Uw keuzes (nummers of woorden, gescheiden door komma's, bijvoorbeeld 1, 3; Enter = verder zonder te wijzigen):";
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
stemming    groepssessie: het aantal stemmen per antwoord vastleggen (vraag met één keuze)\n  \
overzicht   alle vragen met hun stand\n  \
stap N      naar stap N springen\n  \
resultaat   naar het resultaat\n  \
rapport MAP op het resultaat: het rapport schrijven in MAP (zonder MAP: de map die het resultaat noemt)\n  \
stop        stoppen (uw antwoorden zijn al bewaard)\n\
Wilt u een van deze woorden als antwoord geven, typ er dan een \\ voor, bijvoorbeeld \\terug.";
/// Heading of the overview.
pub const LINE_OVERVIEW: &str = "Overzicht van de vragen:";
/// Heading of the result.
pub const LINE_RESULT: &str = "Resultaat per stap (voortgang en score op 100):";
/// After the result.
pub const LINE_RESULT_PROMPT: &str = "Typ 'rapport' of 'rapport MAP' om het rapport te schrijven, 'terug' of 'stap N' om verder te werken, of druk op Enter om af te sluiten.";
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
/// One change that is not saved, in the goodbye.
pub fn unsaved_item(step: &str, prompt: &str, note: bool) -> String {
    let what = if note { "notitie bij " } else { "" };
    if step.is_empty() { format!("  - {what}{prompt}") } else { format!("  - {what}{prompt} (stap {step})") }
}
/// The goodbye when saves failed (instead of "Uw antwoorden zijn bewaard"): what is lost, why, and
/// where to make room.
pub fn unsaved_goodbye(items: &[String], error: &str, dir: &str, file: &str, full: bool) -> String {
    let n = items.len();
    let head = if n == 1 {
        "Let op: 1 antwoord is NIET bewaard:".to_string()
    } else {
        format!("Let op: {n} antwoorden zijn NIET bewaard:")
    };
    let what = if full {
        format!("De schijf is vol. Maak ruimte vrij op de schijf met de map {dir}")
    } else {
        format!("Zorg dat er ruimte is op de schijf met de map {dir} en dat u daar mag schrijven")
    };
    format!(
        "{head}\n{}\nReden: {error}\n{what}, start Regiewijzer opnieuw en geef die antwoorden nog eens. \
Al het andere is bewaard in {file}.",
        items.join("\n")
    )
}

// ---------------------------------------------------------------------------------------------------
// The terminal wizard (TUI).
// ---------------------------------------------------------------------------------------------------

/// Key help: open the help.
pub const K_HELP: &str = "help: alle toetsen";
/// Key help: quit.
pub const K_QUIT: &str = "stoppen";
/// Key help: up.
pub const K_UP: &str = "omhoog";
/// Key help: down.
pub const K_DOWN: &str = "omlaag";
/// Key help: next question.
pub const K_NEXT: &str = "volgende vraag";
/// Key help: previous question.
pub const K_BACK: &str = "vorige vraag";
/// Key help: note.
pub const K_NOTE: &str = "notitie";
/// Key help: clear.
pub const K_CLEAR: &str = "antwoord wissen";
/// Key help: steps.
pub const K_STEPS: &str = "naar een stap springen";
/// Key help: overview.
pub const K_OVERVIEW: &str = "overzicht van alle vragen";
/// Key help: result.
pub const K_RESULT: &str = "resultaat";
/// Key help: open.
pub const K_OPEN: &str = "openen";
/// Key help: next field.
pub const K_NEXT_FIELD: &str = "volgend veld";
/// Key help: previous field.
pub const K_PREV_FIELD: &str = "vorig veld";
/// Key help: start the assessment.
pub const K_START: &str = "beginnen";
/// Key help: back to the start screen.
pub const K_TO_START: &str = "terug naar het begin";
/// Key help: typing.
pub const K_TYPE: &str = "typen, plakken, cursor verplaatsen";
/// Key help: change an option.
pub const K_CHANGE: &str = "andere keuze";
/// Key help: choose and go on.
pub const K_CHOOSE_NEXT: &str = "kiezen en verder";
/// Key help: choose.
pub const K_CHOOSE: &str = "kiezen";
/// Key help: pick by number.
pub const K_PICK: &str = "kiezen met het nummer";
/// Key help: don't know.
pub const K_DONT_KNOW: &str = "weet niet";
/// Key help: toggle.
pub const K_TOGGLE: &str = "aan- of uitvinken";
/// Key help: toggle by number.
pub const K_TOGGLE_N: &str = "aan- of uitvinken met het nummer";
/// Key help: numbers of two digits.
pub const K_TWO_DIGITS: &str = "nummer 10 en hoger: de twee cijfers na elkaar";
/// Key help: edit.
pub const K_EDIT: &str = "antwoord typen";
/// Key help: save.
pub const K_SAVE: &str = "bewaren";
/// Key help: save and go on.
pub const K_SAVE_NEXT: &str = "bewaren en verder";
/// Key help: save and leave.
pub const K_SAVE_LEAVE: &str = "bewaren en klaar";
/// Key help: save and close (the note).
pub const K_SAVE_CLOSE: &str = "bewaren en sluiten";
/// Key help: cursor.
pub const K_CURSOR: &str = "cursor verplaatsen";
/// Key help: undo.
pub const K_UNDO: &str = "ongedaan maken / opnieuw";
/// Key help: new line.
pub const K_NEWLINE: &str = "nieuwe regel";
/// Key help: add record.
pub const K_ADD: &str = "item toevoegen";
/// Key help: edit record.
pub const K_EDIT_RECORD: &str = "item bewerken";
/// Key help: delete record.
pub const K_DELETE: &str = "item verwijderen";
/// Key help: save the record.
pub const K_SAVE_RECORD: &str = "item bewaren";
/// Key help: cancel.
pub const K_CANCEL: &str = "annuleren";
/// Key help: move between options (a single choice chooses as it moves).
pub const K_OPTION: &str = "andere optie";
/// Key help: choose or tick the option under the cursor.
pub const K_CHOOSE_TICK: &str = "kiezen / aanvinken";
/// Key help: go to.
pub const K_GO_TO: &str = "ernaartoe";
/// Key help: back to the question.
pub const K_BACK_TO_QUESTION: &str = "terug naar de vragen";
/// Key help: pick a step by number.
pub const K_PICK_STEP: &str = "stap kiezen met het nummer";
/// Key help: close.
pub const K_CLOSE: &str = "sluiten";
/// Key help: yes.
pub const K_YES: &str = "ja";
/// Key help: no.
pub const K_NO: &str = "nee";

/// Window below 80×24.
pub fn window_too_small(width: u16, height: u16) -> String {
    format!(
        "Het venster is te klein ({width}×{height}). Maak het minstens 80×24 tekens groot. Tot dan doen toetsen niets, behalve q of Ctrl+C: stoppen (uw antwoorden zijn bewaard)."
    )
}
/// Start screen title.
pub const TUI_START_TITLE: &str = "Welkom bij Regiewijzer";
/// Start screen intro.
pub const TUI_START_INTRO: &str = "Een zelfevaluatie van hoe uw gemeente het lokale integratiebeleid regisseert en coördineert \
(VVSG-leidraad Regie en Coördinatie). Elk antwoord wordt meteen bewaard; u kunt altijd stoppen en later verdergaan.";
/// Start screen: new assessment.
pub const TUI_NEW: &str = "+ Nieuwe evaluatie starten";
/// Start screen: list title.
pub const TUI_CHOOSE: &str = "Kies";
/// Intake title.
pub const TUI_INTAKE_TITLE: &str = "Nieuwe evaluatie";
/// Intake field: gemeente.
pub const TUI_GEMEENTE: &str = "Gemeente";
/// Intake field: name.
pub const TUI_NAME: &str = "Uw naam (mag leeg)";
/// Intake field: role.
pub const TUI_ROLE: &str = "Uw rol";
/// Intake field: mode.
pub const TUI_MODE: &str = "Vragenlijst";
/// Title of the question box (no total: it changes as follow-up questions appear).
pub fn tui_question_title(n: usize, step: &str) -> String {
    format!("Vraag {n} · {step}")
}
/// Progress on the question box: how far, and about how long the open questions still take.
pub fn tui_progress(percent: u8, minutes_left: u32) -> String {
    if minutes_left == 0 { format!("{percent}%") } else { format!("{percent}% · nog ±{minutes_left} min") }
}

/// Label of the text answer box.
pub const TUI_ANSWER: &str = "Antwoord";
/// No answer yet.
pub const TUI_NO_ANSWER: &str = "(nog geen antwoord — druk op Enter om te typen)";
/// A note shown under the question.
pub fn tui_note(note: &str) -> String {
    format!("Notitie: {note}")
}
/// Number bounds hint.
pub fn tui_number_hint(bounds: &str, unit: &str) -> String {
    let unit = if unit.is_empty() { String::new() } else { format!(" (in {unit})") };
    format!("Een getal{bounds}{unit}; een komma mag.")
}
/// Records table: no items.
pub const TUI_NO_RECORDS: &str = "Nog geen items. Druk op a om er een toe te voegen.";
/// The digits typed so far in a list of ten or more: what to type next.
pub fn tui_typed_number(typed: &str, lo: i64, hi: i64, confirm: Option<&str>) -> String {
    let or_this = confirm.map_or_else(String::new, |keys| format!(", of {keys} voor {typed}"));
    format!("Nummer {typed}…: typ nog een cijfer voor {lo} tot {hi}{or_this}.")
}
/// Keys that choose the item under the cursor, in a single and a multiple choice.
pub const TUI_CONFIRM_SINGLE: &str = "Spatie of Enter";
/// Keys that tick the item under the cursor in a multiple choice.
pub const TUI_CONFIRM_MULTI: &str = "Spatie";
/// No item has the typed number.
pub fn tui_no_item(typed: &str) -> String {
    format!("Er is geen antwoord met nummer {typed}.")
}
/// Options out of view above a long list of options.
pub fn tui_options_above(n: usize) -> String {
    format!("  ▲ nog {n} hierboven (↑ of het nummer)")
}
/// Options out of view below a long list of options.
pub fn tui_options_below(n: usize) -> String {
    format!("  ▼ nog {n} hieronder (↓ of het nummer)")
}
/// Record form title (new).
pub const TUI_RECORD_NEW: &str = "Nieuw item";
/// Record form title (edit).
pub fn tui_record_edit(n: usize) -> String {
    format!("Item {n} bewerken")
}
/// Saved status.
pub const TUI_SAVED: &str = "✓ Bewaard.";
/// Cleared status.
pub const TUI_CLEARED: &str = "Antwoord gewist.";
/// Note saved status.
pub const TUI_NOTE_SAVED: &str = "✓ Notitie bewaard.";
/// Record saved status.
pub const TUI_RECORD_SAVED: &str = "✓ Item bewaard.";
/// Record deleted status.
pub const TUI_RECORD_DELETED: &str = "Item verwijderd.";
/// No "weet niet" here.
pub const TUI_NO_DONT_KNOW: &str = "Deze vraag heeft geen antwoord 'weet niet'.";
/// Note popup title.
pub const TUI_NOTE_TITLE: &str = "Notitie bij deze vraag (Enter bewaart)";
/// Steps popup title.
pub const TUI_STEPS_TITLE: &str = "Naar stap";
/// Overview title.
pub const TUI_OVERVIEW_TITLE: &str = "Overzicht van alle vragen";
/// Overview header.
pub const TUI_OVERVIEW_HEADER: [&str; 4] = ["Stap", "Vraag", "Stand", "Antwoord"];
/// Result title.
pub const TUI_RESULT_TITLE: &str = "Resultaat";
/// Result: progress column.
pub const TUI_PROGRESS: &str = "Voortgang";
/// Result: score column.
pub const TUI_SCORE: &str = "Score";
/// Open questions left.
pub fn tui_open_left(n: usize) -> String {
    match n {
        0 => "Alle vragen zijn beantwoord.".to_string(),
        1 => "Er staat nog 1 vraag open (zie het overzicht met o).".to_string(),
        _ => format!("Er staan nog {n} vragen open (zie het overzicht met o)."),
    }
}
/// Quit popup title.
pub const TUI_QUIT_TITLE: &str = "Stoppen?";
/// Status line while answers are not saved.
pub fn tui_unsaved(n: usize) -> String {
    let what = if n == 1 { "1 antwoord is".to_string() } else { format!("{n} antwoorden zijn") };
    format!("{what} NIET bewaard: opslaan mislukte. Stoppen (q) toont welke en wat u kunt doen.")
}
/// Quit popup text when answers could not be saved: the goodbye, then the question.
pub fn tui_quit_unsaved(goodbye: &str) -> String {
    format!("{goodbye}\n\nWilt u toch stoppen?")
}
/// Quit popup text.
pub fn tui_quit(file: &str) -> String {
    format!(
        "Uw antwoorden zijn al bewaard in {file}. Kies later 'Hervatten' op het startscherm om verder te gaan.\n\nWilt u stoppen?"
    )
}
/// Delete popup title.
pub const TUI_DELETE_TITLE: &str = "Item verwijderen?";
/// Delete popup text.
pub fn tui_delete(line: &str) -> String {
    format!("{line}\n\nDit item verwijderen?")
}
/// Error popup title.
pub const TUI_ERROR_TITLE: &str = "Er ging iets mis";
/// Error popup: answers are safe.
pub const TUI_ERROR_SAFE: &str = "Uw eerder bewaarde antwoorden blijven behouden.";
/// Help popup title.
pub const TUI_HELP_TITLE: &str = "Toetsen op dit scherm";
/// Step is empty now.
pub const TUI_STEP_EMPTY: &str = "Die stap heeft nu geen vragen (door eerdere antwoorden of de korte intake).";
/// Status words with symbols (colour never carries meaning alone).
pub const TUI_STATUS_ANSWERED: &str = "✓ beantwoord";
/// Status: open.
pub const TUI_STATUS_OPEN: &str = "· open";
/// Status: weet niet.
pub const TUI_STATUS_DONT_KNOW: &str = "? weet niet";

// ---------------------------------------------------------------------------------------------------
// The result (TUI and line mode) and writing the report from the wizard.
// ---------------------------------------------------------------------------------------------------

/// Heading: position and stage.
pub const RESULT_POSITION_TITLE: &str = "Positie en fase van samenwerking";
/// Label: position.
pub const RESULT_POSITION: &str = "Positie";
/// Label: stage.
pub const RESULT_STAGE: &str = "Fase";
/// Heading: strategy.
pub const RESULT_STRATEGY_TITLE: &str = "Strategie (leidraad 3.1.3)";
/// Label: strategy.
pub const RESULT_STRATEGY: &str = "Strategie";
/// Label: meaning of the chosen quadrant.
pub const RESULT_MEANING: &str = "Betekenis";
/// Label: a warning (with ⚠ in the TUI).
pub const RESULT_WARNING: &str = "Let op";
/// Label of the SBV 2019 path by its status (`gevolgd` or `aanbevolen`), in plain words: the path
/// is integration inside lokaal sociaal beleid, with neighbouring gemeenten.
pub fn sbv_label(status: &str) -> &'static str {
    if status == "gevolgd" {
        "Integratie in het sociaal beleid (zo werkt u al)"
    } else {
        "Integratie in het sociaal beleid (aanbevolen)"
    }
}
/// Heading: procedure.
pub const RESULT_SCENARIO_TITLE: &str = "Procedure (leidraad 3.1.4)";
/// Label: scenario.
pub const RESULT_SCENARIO: &str = "Scenario";
/// Label: runner-up scenario.
pub const RESULT_RUNNER_UP: &str = "Tweede keuze";
/// "Scenario 3 — De clustergroep".
pub fn scenario_line(n: u8, name: &str) -> String {
    format!("{n} — {name}")
}
/// The runner-up scenario.
pub fn runner_up_line(n: u8, name: &str) -> String {
    format!("{n} — {name} (scoort bijna even hoog)")
}
/// Heading: first actions.
pub const RESULT_ACTIONS_TITLE: &str = "Eerste acties uit het actieplan";
/// No actions.
pub const RESULT_NO_ACTIONS: &str = "Geen zwakke punten gevonden: er zijn geen acties nodig.";
/// More actions in the report.
pub fn result_more_actions(n: usize) -> String {
    format!("Het volledige actieplan ({n} acties, met het waarom) staat in het rapport.")
}
/// Label of an action's owner.
pub const RESULT_OWNER: &str = "eigenaar";
/// Total score.
pub fn result_total(score: Option<u8>) -> String {
    score.map_or_else(|| format!("Totaalscore: {NO_SCORE}"), |s| format!("Totaalscore: {s}/100"))
}
/// Information gaps.
pub fn result_gaps(n: usize) -> String {
    match n {
        0 => "Geen informatiegaten.".to_string(),
        1 => "1 vraag zonder antwoord of met 'weet niet' telt niet mee in de scores.".to_string(),
        _ => format!("{n} vragen zonder antwoord of met 'weet niet' tellen niet mee in de scores."),
    }
}
/// Strategy grid: column headings.
pub const RESULT_GRID_COLUMNS: [&str; 2] = ["breedte", "diepte"];
/// Strategy grid: row headings.
pub const RESULT_GRID_ROWS: [&str; 2] = ["beleidsinhoudelijk", "procesmatig"];
/// Strategy grid: legend.
pub const RESULT_GRID_LEGEND: &str = "[x] = aanbevolen";

/// Key help: write the report.
pub const K_WRITE_REPORT: &str = "rapport schrijven";
/// Key help: scroll.
pub const K_SCROLL: &str = "scrollen";
/// Key help: page down.
pub const K_PAGE_DOWN: &str = "pagina verder";
/// Key help: page up.
pub const K_PAGE_UP: &str = "pagina terug";
/// Key help: write (in the folder popup).
pub const K_WRITE: &str = "schrijven";
/// Key help: empty a text field.
pub const K_CLEAR_FIELD: &str = "veld leegmaken (Ctrl+Z zet het terug)";
/// Result: more below (with the keys).
pub const TUI_MORE: &str = "↓ meer: ↑/↓ scrollen";
/// More rows above or below (on a frame, with ▲/▼).
pub const TUI_MORE_WORD: &str = "meer";
/// Result: scrolled down, more above.
pub const TUI_MORE_ABOVE: &str = "↑ meer boven";
/// Result: step column.
pub const TUI_STEP: &str = "Stap";
/// Title of the folder popup.
pub const TUI_REPORT_TITLE: &str = "Rapport schrijven";
/// Text of the folder popup.
pub fn tui_report_ask(stem: &str) -> String {
    format!(
        "In welke map? Regiewijzer schrijft er het rapport ({stem}.md, .html en .json) en de ontwerpbeslissing voor het college ({stem}-besluit.md, .html en .docx); bestaande bestanden worden vervangen, een nieuwe map wordt gemaakt. Enter schrijft, Esc annuleert."
    )
}
/// Title of the popup after writing.
pub const TUI_REPORT_WRITTEN_TITLE: &str = "Rapport geschreven";
/// Text of the popup after writing: one file per line.
pub fn report_written(files: &[String]) -> String {
    format!(
        "✓ Het rapport is geschreven:\n{}\n\nOpen het .html-bestand in een browser om het te lezen of af te drukken; de ontwerpbeslissing (-besluit.docx) in uw tekstverwerker.",
        files.iter().map(|f| format!("  {f}")).collect::<Vec<_>>().join("\n")
    )
}
/// Writing the report failed.
pub fn report_failed(error: &str) -> String {
    format!("Het rapport kon niet geschreven worden: {error}")
}
/// Line mode: how to write the report.
pub fn line_report_hint(dir: &str) -> String {
    format!(
        "Typ 'rapport' om het rapport (md, html en json) en de ontwerpbeslissing (md, html en docx) te schrijven in {dir}, of 'rapport MAP' voor een andere map."
    )
}

// ---------------------------------------------------------------------------------------------------
// The questionnaire form (`formulier`): the command's message and the text the page's script shows.
// The page's fixed text lives in templates/formulier.html.hbs. `{n}`-style placeholders are filled
// in by the script.
// ---------------------------------------------------------------------------------------------------

/// `formulier` done.
pub fn form_written(path: &str, short: bool, questions: usize) -> String {
    let mode = if short { MODE_SHORT_WORD } else { MODE_FULL };
    format!(
        "Formulier geschreven naar {path} ({mode}, {questions} vragen). Stuur het naar de respondenten: zij \
openen het in een browser, vullen het in en downloaden op het einde een sessiebestand (.toml) om terug \
te sturen. Maak er een rapport van met: regiewijzer rapport SESSIE.toml"
    )
}
/// `formulier --kort` for a questionnaire without a short intake.
pub fn form_no_short_questions(id: &str) -> String {
    format!(
        "vragenlijst '{id}' heeft geen vragen met het label \"kort\", dus geen korte intake; laat --kort weg of geef vragen tags = [\"kort\"]"
    )
}
/// Form: an embedded script or stylesheet would end its own element early.
pub fn form_unsafe_part(part: &str) -> String {
    format!("bevat '{part}', waardoor het formulier zijn eigen code zou afbreken")
}
/// Form: what to do about it.
pub const FORM_UNSAFE_HINT: &str = "Schrijf in het script '<\\/script' in plaats van '</script' (en vermijd '<!--'); of verwijder het bestand uit de map sjablonen.";
/// Form: progress of one step.
pub const FORM_STEP_PROGRESS: &str = "{n} van {m} beantwoord";
/// Form: position of a step.
pub const FORM_STEP_OF: &str = "Stap {n} van {m}";
/// Form: a step whose questions are all hidden.
pub const FORM_STEP_EMPTY: &str = "Deze stap heeft nu geen vragen, door uw eerdere antwoorden of omdat dit de korte intake is. Ga verder naar de volgende stap.";
/// Form: button to the previous step.
pub const FORM_PREVIOUS: &str = "Vorige stap";
/// Form: button to the next step.
pub const FORM_NEXT: &str = "Volgende stap";
/// Form: the note disclosure.
pub const FORM_NOTE: &str = "Notitie";
/// Form: label of the note field.
pub const FORM_NOTE_LABEL: &str = "Uw notitie bij deze vraag (bijvoorbeeld wat u nog moet navragen)";
/// Form: clear a choice.
pub const FORM_CLEAR: &str = "Antwoord wissen";
/// Form: records list without items.
pub const FORM_NO_RECORDS: &str = "Nog geen items.";
/// Form: add a record.
pub const FORM_RECORD_ADD: &str = "Item toevoegen";
/// Form: edit a record.
pub const FORM_RECORD_EDIT: &str = "Bewerken";
/// Form: remove a record.
pub const FORM_RECORD_REMOVE: &str = "Verwijderen";
/// Form: save the record being edited.
pub const FORM_RECORD_SAVE: &str = "Item bewaren";
/// Form: close the record editor without saving.
pub const FORM_RECORD_CANCEL: &str = "Annuleren";
/// Form: title of the editor of record `{n}`.
pub const FORM_RECORD_EDIT_TITLE: &str = "Item {n} bewerken";
/// Form: a record with every field empty.
pub const FORM_RECORD_BLANK: &str = "Vul minstens één veld in.";
/// Form: after a record was removed.
pub const FORM_RECORD_REMOVED: &str = "Item verwijderd.";
/// Form: marks a required field.
pub const FORM_REQUIRED: &str = "(verplicht)";
/// Form: the empty choice of a drop-down list.
pub const FORM_CHOOSE: &str = "— kies —";
/// Form: one follow-up question appeared.
pub const FORM_NEW_QUESTION: &str = "Er is een vervolgvraag bijgekomen.";
/// Form: several follow-up questions appeared.
pub const FORM_NEW_QUESTIONS: &str = "Er zijn {n} vervolgvragen bijgekomen.";
/// Form: answers restored from the browser.
pub const FORM_RESTORED: &str = "Uw antwoorden van {datum} zijn teruggezet. U kunt verder invullen.";
/// Form: the browser keeps nothing.
pub const FORM_NO_STORAGE: &str =
    "Deze browser bewaart uw antwoorden niet tussendoor. Laat dit venster open tot u uw antwoorden hebt gedownload.";
/// Form: summary before downloading.
pub const FORM_SUMMARY: &str = "U beantwoordde {n} van de {m} vragen; {w} keer was dat 'weet niet'.";
/// Form: no role chosen.
pub const FORM_ROLE_REQUIRED: &str = "Kies uw rol.";
/// Form: before downloading, what is still missing.
pub const FORM_FIX_FIRST: &str = "Vul eerst dit in:";
/// Form: answers that are not valid and are left out.
pub const FORM_INVALID: &str = "Deze antwoorden zijn ongeldig en gaan niet mee in het bestand:";
/// Form: after downloading.
pub const FORM_DOWNLOADED: &str =
    "Het bestand {bestand} is gedownload (meestal in de map Downloads). Stuur het naar wie u dit formulier bezorgde.";
/// Form: confirm wiping the browser's copy.
pub const FORM_CONFIRM_WIPE: &str =
    "Alle antwoorden in deze browser wissen? Download ze eerst als u ze nog nodig hebt. Dit kan niet ongedaan worden.";
/// Form: after wiping.
pub const FORM_WIPED: &str = "Alle antwoorden in deze browser zijn gewist.";
/// Form: first line of the downloaded session file.
pub const FORM_FILE_HEADER: &str =
    "# Regiewijzer-sessie, ingevuld in het formulier (regiewijzer formulier). Formaat: docs/SESSIEBESTAND.md.";
/// Form: confirm removing record `{n}` (`{item}`: the record in one line).
pub const FORM_RECORD_CONFIRM_REMOVE: &str = "Item {n} verwijderen? ({item})";
