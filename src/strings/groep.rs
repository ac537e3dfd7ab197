//! Dutch text of `samenvoegen` and of `rapport` on a group file. Every value that comes from a file
//! (paths, names, gemeenten, loader messages) reaches these functions already made safe for the
//! terminal by the caller.

/// A file left out because it is not a usable session (`problem` names file, line and column).
pub fn skipped_not_a_session(problem: &str) -> String {
    format!("let op: overgeslagen, geen bruikbare sessie: {problem}")
}

/// A group file among the inputs.
pub fn skipped_group_file(path: &str) -> String {
    format!("let op: {path} overgeslagen: dit is een groepsbestand, geen sessie van één respondent.")
}

/// A session of another questionnaire or version.
pub fn skipped_other_version(path: &str, found: (&str, &str), expected: (&str, &str)) -> String {
    let (fq, fv) = found;
    let (eq, ev) = expected;
    let what =
        if fq == eq { format!("versie {fv} van de vragenlijst") } else { format!("vragenlijst '{fq}' (versie {fv})") };
    format!(
        "let op: {path} overgeslagen: ingevuld met {what}, de andere sessies met '{eq}' versie {ev}; antwoorden op \
         verschillende versies worden niet vermengd.\n    tip: laat deze respondent de vragenlijst van versie {ev} invullen."
    )
}

/// A second file of the same respondent.
pub fn skipped_same_respondent(path: &str, kept: &str) -> String {
    format!("let op: {path} overgeslagen: dezelfde respondent als {kept}; alleen de laatst gewijzigde sessie telt mee.")
}

/// Sessions of different gemeenten: refused.
pub fn different_gemeenten(lines: &[(String, Vec<String>)]) -> String {
    let list: Vec<String> =
        lines.iter().map(|(gemeente, files)| format!("\n    {gemeente}: {}", files.join(", "))).collect();
    format!(
        "de sessies horen bij verschillende gemeenten; Regiewijzer voegt ze niet samen:{}\n    tip: voeg de sessies \
         van elke gemeente apart samen (een map per gemeente).",
        list.concat()
    )
}

/// Nothing usable.
pub const NO_SESSIONS: &str = "geen bruikbare sessies gevonden; er is niets samengevoegd.\n    tip: geef de \
sessiebestanden van de respondenten, of een map waarin ze staan (regiewijzer sessies toont waar ze bewaard zijn).";

/// Only one respondent left.
pub fn too_few(member: &str) -> String {
    format!(
        "er is maar één bruikbare sessie ({member}); samenvoegen vergelijkt minstens twee respondenten.\n    tip: \
         maak een rapport van die ene sessie met regiewijzer rapport, of voeg de sessies van de andere respondenten toe."
    )
}

/// The output file exists already.
pub fn output_exists(path: &str) -> String {
    format!(
        "{path} bestaat al; Regiewijzer overschrijft geen bestaand bestand (het kan besluiten van een consensusoverleg \
         bevatten).\n    tip: kies een andere naam met -o, of verwijder het oude bestand zelf."
    )
}

/// The merge is written.
pub fn merged(n: usize, gemeente: &str, path: &str) -> String {
    format!("{n} sessies van {gemeente} samengevoegd in {path}:")
}

/// One respondent of the merge.
pub fn merged_member(label: &str, source: &str) -> String {
    format!("  - {label}, uit {source}")
}

/// How many questions diverge.
pub fn divergent(n: usize, on_agenda: usize) -> String {
    match n {
        0 => "De antwoorden lopen nergens ver uiteen.".to_string(),
        1 => "1 vraag loopt uiteen; ze staat op de gespreksagenda vooraan in het groepsrapport.".to_string(),
        _ => format!(
            "{n} vragen lopen uiteen; de {on_agenda} belangrijkste staan op de gespreksagenda vooraan in het groepsrapport."
        ),
    }
}

/// The next step.
pub fn next_step(path: &str) -> String {
    format!(
        "Maak het groepsrapport met: regiewijzer rapport {path}\nVoer daarna het consensusoverleg met: regiewijzer overleg {path}"
    )
}
