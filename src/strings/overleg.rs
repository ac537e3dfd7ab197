//! Dutch text of the consensus meeting (`regiewijzer overleg`, both front ends) and of a
//! groepssessie's votes in the wizard. Text from a group or session file reaches these functions
//! already made safe by the caller (`display::safe`).

/// The summary's result labels.
pub const RESULT_POSITION: &str = "Positie";
/// The stage of coordination.
pub const RESULT_STAGE: &str = "Fase";
/// Breedte/diepte and inhoud/proces.
pub const RESULT_STRATEGY: &str = "Strategie";
/// The procedure scenario.
pub const RESULT_SCENARIO: &str = "Scenario";

/// A group file offered on the start screen and in the line mode's start menu.
pub fn saved_group_line(gemeente: &str, members: usize, decisions: usize, updated: &str) -> String {
    let decided = match decisions {
        0 => "nog geen besluiten".to_string(),
        1 => "1 besluit".to_string(),
        n => format!("{n} besluiten"),
    };
    format!("Consensusoverleg: {gemeente} — {members} respondenten, {decided} — laatst gewijzigd {updated}")
}

/// Line mode: the meeting opened.
pub fn line_opened(gemeente: &str, members: usize, path: &str) -> String {
    format!(
        "Consensusoverleg over {gemeente}: {members} respondenten (groepsbestand {path}).\nPer vraag ziet u wie wat \
         antwoordde en wat de consensusregel ervan maakt; de groep spreekt een antwoord af, blijft verdeeld of stemt. \
         Elk besluit wordt meteen bewaard. Typ 'help' voor de opdrachten."
    )
}

/// The agenda's heading, with how many more questions diverge.
pub fn agenda_heading(items: usize, more: usize) -> String {
    match more {
        0 => format!("Gespreksagenda ({items} vragen):"),
        1 => format!("Gespreksagenda ({items} vragen; nog 1 andere vraag loopt uiteen):"),
        n => format!("Gespreksagenda ({items} vragen; nog {n} andere vragen lopen uiteen):"),
    }
}

/// Nothing diverges: no agenda.
pub const NO_AGENDA: &str = "De antwoorden lopen nergens ver uiteen: er staat niets op de gespreksagenda. Het groepsrapport volgt de consensusregel.";

/// An item's status word in lists.
pub const STATUS_OPEN: &str = "open";
/// Agreed.
pub const STATUS_AGREED: &str = "akkoord";
/// Stays divided.
pub const STATUS_DIVIDED: &str = "blijft verdeeld";
/// A split vote.
pub const STATUS_SPLIT_VOTE: &str = "verdeelde stemming";

/// "Agendapunt 2 van 8" (or "Vraag 10 van 35" past the agenda).
pub fn item_of(number: usize, total: usize, on_agenda: bool) -> String {
    if on_agenda {
        format!("Agendapunt {number} van {total}")
    } else {
        format!("Uiteenlopende vraag {number} van {total}")
    }
}

/// Where a question sits and what it weighs on.
pub fn item_context(step: &str, weighs_on: &str, divergence: u8) -> String {
    format!("Stap {step}; weegt op {weighs_on}; verschil {divergence} van 100.")
}

/// Heading above the answers.
pub const WHO_SAID_WHAT: &str = "Wie zei wat:";
/// A respondent's note.
pub fn note(text: &str) -> String {
    format!("notitie: {text}")
}
/// The count of the answers.
pub fn count(line: &str) -> String {
    format!("Telling: {line}.")
}
/// The rule's consensus, and why it is weak.
pub fn rule(answer: &str, weak: &str) -> String {
    if weak.is_empty() {
        format!("Volgens de consensusregel: {answer}.")
    } else {
        format!("Volgens de consensusregel: {answer}. Zwak: {weak}.")
    }
}
/// No decision yet.
pub const NO_DECISION: &str = "Besluit: nog geen.";
/// An agreement.
pub fn decision_agreed(answer: &str) -> String {
    format!("Besluit: akkoord over {answer}.")
}
/// Staying divided.
pub fn decision_divided(answer: Option<&str>) -> String {
    match answer {
        Some(a) => format!("Besluit: de groep blijft verdeeld; de analyse gebruikt {a}."),
        None => "Besluit: de groep blijft verdeeld.".to_string(),
    }
}
/// A vote.
pub fn decision_vote(votes: &str, answer: Option<&str>) -> String {
    match answer {
        Some(a) => format!("Besluit: stemming {votes}; de groep gaat verder met {a}."),
        None => format!("Besluit: stemming {votes}; gelijke stemmen, de vraag blijft open."),
    }
}
/// The motivation of a decision.
pub fn motivation(text: &str) -> String {
    format!("Motivatie: {text}")
}

/// The choices on an item.
pub const LINE_CHOICES: &str = "Wat besluit de groep?";
/// Agree.
pub const CHOICE_AGREE: &str = "Akkoord over een antwoord";
/// Stay divided.
pub const CHOICE_DIVIDED: &str = "Blijft verdeeld";
/// Vote.
pub const CHOICE_VOTE: &str = "Stemming vastleggen (aantal stemmen per antwoord)";
/// Clear the decision.
pub const CHOICE_CLEAR: &str = "Besluit wissen";
/// The prompt under the choices.
pub const LINE_CHOICE_PROMPT: &str =
    "Typ een nummer, of Enter voor de volgende vraag (ook: terug, agenda, punt N, einde, stop, help):";
/// An unknown choice.
pub const LINE_UNKNOWN_CHOICE: &str = "Typ 1, 2, 3 of 4, een opdracht (terug, agenda, punt N, einde, stop), of 'help'.";
/// The line mode's help in the meeting.
pub const LINE_HELP: &str = "Opdrachten (typ het woord en druk op Enter):\n  \
1 of akkoord    de groep spreekt een antwoord af, met een korte motivatie\n  \
2 of verdeeld   de groep blijft verdeeld (met een korte motivatie)\n  \
3 of stemming   het aantal stemmen per antwoord vastleggen, met een notitie\n  \
4 of wissen     het besluit op deze vraag wissen: de consensusregel geldt weer\n  \
verder          naar de volgende vraag (of een lege regel)\n  \
terug           naar de vorige vraag\n  \
agenda          de gespreksagenda met wat al besloten is\n  \
punt N          naar agendapunt N\n  \
einde           naar het einde: wat besloten is en wat open blijft\n  \
stop            stoppen; alle besluiten zijn al bewaard";

/// Asking for the agreed answer.
pub const ASK_ANSWER: &str = "Welk antwoord spreekt de groep af?";
/// The prompt for the agreed answer, with what Enter takes.
pub fn answer_prompt(kind_hint: &str, default: Option<&str>) -> String {
    match default {
        Some(d) => format!("{kind_hint} Enter: {d}."),
        None => kind_hint.to_string(),
    }
}
/// How to type one option.
pub const HINT_ONE: &str = "Typ een nummer of (het begin van) een antwoord.";
/// How to type several options.
pub const HINT_MANY: &str = "Typ de nummers, gescheiden door komma's of spaties.";
/// How to type a number.
pub const HINT_NUMBER: &str = "Typ een getal.";
/// How to type a text.
pub const HINT_TEXT: &str = "Typ het antwoord op één regel.";
/// Asking for a motivation.
pub const ASK_MOTIVATION: &str = "Korte motivatie (Enter: geen):";
/// Asking why the group stays divided.
pub const ASK_DIVIDED: &str = "Waarom blijft de groep verdeeld? Korte motivatie (Enter: geen):";
/// Asking for the votes.
pub const ASK_VOTES: &str = "Stemming: hoeveel stemmen kreeg elk antwoord? (Enter: 0)";
/// One option's votes.
pub fn ask_votes_for(label: &str) -> String {
    format!("{label}:")
}
/// A count that is not a whole number.
pub const BAD_COUNT: &str = "Typ een geheel getal van 0 tot 999 (of Enter voor 0).";
/// The note with a vote.
pub const ASK_VOTE_NOTE: &str = "Notitie bij de stemming (Enter: geen):";
/// A vote on a question without one choice.
pub const NO_VOTE_HERE: &str = "Een stemming kan alleen bij een vraag met één keuze (zoals ja, gedeeltelijk, nee).";
/// Clearing without a decision.
pub const NOTHING_TO_CLEAR: &str = "Er is nog geen besluit op deze vraag.";

/// Saved: agreed.
pub fn saved_agreed(answer: &str) -> String {
    format!("Bewaard: akkoord over {answer}.")
}
/// Saved: stays divided.
pub const SAVED_DIVIDED: &str = "Bewaard: de groep blijft verdeeld.";
/// Saved: a vote.
pub fn saved_vote(votes: &str, answer: Option<&str>) -> String {
    match answer {
        Some(a) => format!("Bewaard: stemming {votes}; de groep gaat verder met {a}."),
        None if votes.is_empty() => "Geen stemmen ingevuld: de stemming is gewist.".to_string(),
        None => format!("Bewaard: stemming {votes}; gelijke stemmen, de vraag blijft open."),
    }
}
/// Saved: cleared.
pub const SAVED_CLEARED: &str = "Besluit gewist: de consensusregel geldt weer.";
/// Saving failed.
pub fn save_failed(error: &str) -> String {
    format!("Niet bewaard: {error}")
}
/// No such agenda item.
pub fn no_item(total: usize) -> String {
    format!("Typ 'punt' en een nummer van 1 tot {total}.")
}

/// The end of the walk.
pub const END_TITLE: &str = "Einde van de gespreksagenda.";
/// How the walk stands.
pub fn tally(agreed: usize, divided: usize, open: usize) -> String {
    format!("Besproken: {agreed} akkoord, {divided} verdeeld; {open} nog open.")
}
/// What the group agreed.
pub const END_AGREED: &str = "Wat de groep afsprak:";
/// What stays divided.
pub const END_DIVIDED: &str = "Wat verdeeld bleef:";
/// Not discussed.
pub const END_OPEN: &str = "Nog niet besproken:";
/// The results as they stand.
pub const END_RESULTS: &str = "Zo staat het nu (de analyse op de afgesproken antwoorden):";
/// Results resting on a weak consensus.
pub const END_FRAGILE: &str = "Nog niet uitgemaakt, want de groep is erover verdeeld:";
/// One decided question in the summary.
pub fn summary_line(prompt: &str, answer: &str, votes: Option<&str>, motivation: Option<&str>) -> String {
    let votes = votes.map(|v| format!(" (stemming: {v})")).unwrap_or_default();
    let motivation = motivation.map(|m| format!(". {m}")).unwrap_or_default();
    format!("{prompt} → {answer}{votes}{motivation}")
}
/// More divergent questions than the agenda held.
pub fn more_questions(n: usize) -> String {
    if n == 1 {
        "Nog 1 andere vraag loopt uiteen. Typ 'meer' om ze ook te bespreken.".to_string()
    } else {
        format!("Nog {n} andere vragen lopen uiteen. Typ 'meer' om ze ook te bespreken.")
    }
}
/// The prompt at the end.
pub fn line_end_prompt(dir: &str) -> String {
    format!(
        "Typ 'rapport' voor het groepsrapport (md, html en json) in {dir}, of 'rapport MAP'; 'agenda' of 'terug' om \
         verder te bespreken; Enter om te stoppen:"
    )
}
/// Leaving.
pub fn line_bye(path: &str) -> String {
    format!("Tot later. Alle besluiten zijn bewaard in {path}.")
}
/// Input ended.
pub fn line_eof(path: &str) -> String {
    format!("Einde van de invoer. Alle besluiten zijn bewaard in {path}.")
}

/// Keys: discuss the selected agenda item.
pub const K_DISCUSS: &str = "bespreken";
/// Keys: from the agenda back to the item.
pub const K_BACK_TO_ITEM: &str = "terug naar de vraag";
/// Keys: to the end of the meeting.
pub const K_END: &str = "einde: samenvatting en rapport";
/// Keys: agree.
pub const K_AGREE: &str = "akkoord";
/// Keys: stays divided.
pub const K_DIVIDED: &str = "blijft verdeeld";
/// Keys: record a vote.
pub const K_VOTE: &str = "stemming";
/// Keys: record a vote in a groepssessie (the wizard).
pub const K_VOTE_SESSION: &str = "stemming vastleggen (groepssessie)";
/// Keys: clear the decision.
pub const K_CLEAR: &str = "besluit wissen";
/// Keys: the agenda.
pub const K_AGENDA: &str = "agenda";
/// Keys: write the group report.
pub const K_WRITE_REPORT: &str = "groepsrapport schrijven";
/// Keys: take the other divergent questions in.
pub const K_MORE: &str = "ook de andere uiteenlopende vragen";
/// Keys: back to the last item.
pub const K_LAST_ITEM: &str = "terug naar de laatste vraag";
/// Keys: to the motivation field.
pub const K_TO_MOTIVATION: &str = "naar de motivatie";
/// Keys: type a count.
pub const K_COUNT: &str = "aantal stemmen typen";
/// Keys: delete a digit.
pub const K_ERASE: &str = "cijfer wissen";

/// The agree form without an answer chosen.
pub const CHOOSE_ANSWER: &str = "Kies het antwoord waarover de groep akkoord gaat (Spatie of het nummer).";
/// The agree form without an answer typed.
pub const TYPE_ANSWER: &str = "Typ het antwoord waarover de groep akkoord gaat.";
/// `m` when nothing more diverges.
pub const NO_MORE: &str = "Er zijn geen andere vragen waarover de antwoorden uiteenlopen.";

/// The TUI's header: the meeting's gemeente and size.
pub fn tui_header(gemeente: &str, members: usize) -> String {
    format!("{gemeente} · consensusoverleg · {members} respondenten ")
}
/// The agenda strip's label.
pub const STRIP_LABEL: &str = "Agenda";
/// The agenda strip's tally.
pub fn strip_tally(agreed: usize, divided: usize, open: usize) -> String {
    format!("{agreed} akkoord · {divided} verdeeld · {open} open")
}
/// The agenda's title.
pub fn tui_agenda_title(items: usize, more: usize) -> String {
    match more {
        0 => format!("Gespreksagenda: {items} vragen"),
        n => format!("Gespreksagenda: {items} vragen · nog {n} andere lopen uiteen"),
    }
}
/// How the agenda works, above it.
pub const TUI_AGENDA_INTRO: &str = "Bovenaan de vragen die het verst uiteenlopen en het zwaarst wegen op positie, \
fase, strategie en procedure. Kies een vraag met Enter; elk besluit wordt meteen bewaard.";
/// An item's heading in the TUI.
pub fn tui_item_head(item: &str, step: &str, weighs_on: &str, divergence: u8) -> String {
    format!("{item} · {step} · weegt op {weighs_on} · verschil {divergence}/100")
}
/// The rule's answer.
pub fn tui_rule(answer: &str) -> String {
    format!("Volgens de regel: {answer}")
}
/// Why it is weak.
pub fn tui_weak(weak: &str) -> String {
    format!("⚠ zwak: {weak}")
}
/// The box with the answers.
pub const TUI_WHO: &str = "Wie zei wat";
/// More answers below.
pub const TUI_MORE_BELOW: &str = "↓ meer";
/// No decision yet, with what to do.
pub const TUI_NO_DECISION: &str = "○ Nog geen besluit: a akkoord · v blijft verdeeld · t stemming";
/// The status symbol and word of a decision.
pub fn tui_decision(symbol: &str, text: &str) -> String {
    format!("{symbol} {text}")
}
/// The agree form's title.
pub const TUI_AGREE_TITLE: &str = "Akkoord: welk antwoord spreekt de groep af?";
/// The motivation label.
pub const TUI_MOTIVATION: &str = "Korte motivatie";
/// The divided form's title.
pub const TUI_DIVIDED_TITLE: &str = "Blijft verdeeld";
/// The divided form's question.
pub const TUI_DIVIDED_ASK: &str = "Waarom blijft de groep verdeeld? Een korte motivatie (mag leeg blijven):";
/// The vote form's title.
pub const TUI_VOTE_TITLE: &str = "Stemming: hoeveel stemmen kreeg elk antwoord?";
/// The vote form's note label.
pub const TUI_VOTE_NOTE: &str = "Notitie bij de stemming";
/// What the vote leads to.
pub fn tui_vote_outcome(winner: Option<&str>, any: bool) -> String {
    match (winner, any) {
        (Some(w), _) => format!("→ de groep gaat verder met: {w}"),
        (None, true) => "→ gelijke stemmen: de vraag blijft open".to_string(),
        (None, false) => "→ nog geen stemmen".to_string(),
    }
}
/// The end's hints.
pub fn tui_more(n: usize) -> String {
    if n == 1 {
        "Nog 1 andere vraag loopt uiteen: m om ze ook te bespreken.".to_string()
    } else {
        format!("Nog {n} andere vragen lopen uiteen: m om ze ook te bespreken.")
    }
}
/// How to write the report from the end.
pub const TUI_REPORT_HINT: &str =
    "r schrijft het groepsrapport (md, html en json) met de afgesproken antwoorden en wat open bleef.";
/// The quit popup in the meeting.
pub fn tui_quit(file: &str) -> String {
    format!(
        "Alle besluiten zijn al bewaard in {file}. Zet het overleg later verder met: regiewijzer overleg {file}\n\nWilt u stoppen?"
    )
}
/// The status line in the meeting.
pub fn saved_in(file: &str) -> String {
    format!("Elk besluit wordt meteen bewaard in {file}.")
}
/// The error popup's reassurance in the meeting.
pub const TUI_ERROR_SAFE: &str = "De eerder bewaarde besluiten blijven behouden.";
/// A groepssessie's vote on the question screen.
pub fn tui_session_votes(votes: &str) -> String {
    format!("Stemming: {votes}.")
}
/// A groepssessie's vote in the line mode.
pub fn session_votes(votes: &str) -> String {
    format!("Stemming van de groep: {votes}.")
}
/// The note with a vote, keeping the note there is.
pub const ASK_VOTE_NOTE_KEEP: &str = "Notitie bij de stemming (Enter: de notitie blijft zoals ze is):";
/// Keys: scroll who said what.
pub const K_SCROLL_ANSWERS: &str = "wie zei wat scrollen";
