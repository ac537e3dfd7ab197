//! Dutch wording of the overview and the comparison.

use super::columns::Column;
use super::compare::SizeClass;
use crate::analysis::Focus;

/// The header of a column (score columns: [`score_header`]).
pub fn header(column: Column) -> &'static str {
    match column {
        Column::Gemeente => "Gemeente",
        Column::Inwoners => "Inwoners",
        Column::Organisatie => "Organisatie",
        Column::Vte => "VTE",
        Column::Positie => "Positie",
        Column::Fase => "Fase",
        Column::Strategie => "Strategie",
        Column::Scenario => "Scenario",
        Column::Totaal => "Totaalscore",
        Column::Score(_) => "Score",
        Column::Respondenten => "Respondenten",
        Column::Datum => "Datum",
        Column::EersteActie => "Eerste actie",
    }
}

/// The header of a step's score column: `Score context`.
pub fn score_header(step_title: &str) -> String {
    format!("Score {}", step_title.to_lowercase())
}

/// A short label of a `start.organisatie` answer.
pub fn organisation_label(id: &str) -> &str {
    match id {
        "geen" => "niemand specifiek",
        "een_persoon" => "één persoon",
        "dienst" => "een dienst of team",
        other => other,
    }
}

/// The order of the organisation answers, from none to a service.
pub fn organisation_rank(id: &str) -> f64 {
    match id {
        "geen" => 0.0,
        "een_persoon" => 1.0,
        "dienst" => 2.0,
        _ => 3.0,
    }
}

/// The content/process choice in a word or two, after the breadth label.
pub fn focus_short(f: Focus) -> &'static str {
    match f {
        Focus::Beleidsinhoudelijk => "beleidsinhoudelijk",
        Focus::Procesmatig => "procesmatig",
        Focus::Beide => "beleidsinhoudelijk én procesmatig",
    }
}

/// Title of the overview.
pub const TITLE: &str = "Overzicht van de gemeenten";

/// The line under the title: how many gemeenten and respondents, and how the rows came about.
pub fn intro(gemeenten: usize, respondents: usize) -> String {
    let g = if gemeenten == 1 { "1 gemeente".to_string() } else { format!("{gemeenten} gemeenten") };
    let r = if respondents == 1 { "1 respondent".to_string() } else { format!("{respondents} respondenten") };
    format!(
        "{g}, {r}. Per gemeente zijn de sessies van haar respondenten samengevoegd met de consensusregel van het \
         groepsrapport; de scores lopen van 0 tot 100. Dit is een werkoverzicht, geen rangschikking: een score zegt \
         pas iets met het verhaal erachter, in het rapport van de gemeente."
    )
}

/// Caption of the heat table in HTML.
pub const HEAT_CAPTION: &str = "Aantal gemeenten per scoreklasse, per stap";

/// Heading of the distribution chart in HTML.
pub const HEAT_HEADING: &str = "Scores per stap";

/// How to read the distribution chart.
pub const HEAT_EXPLANATION: &str = "Elke cel telt de gemeenten waarvan de score van die stap in de klasse valt; \
hoe donkerder de cel, hoe meer gemeenten. Gemeenten zonder score voor een stap staan onder \"geen score\".";

/// Heading of the full table in HTML.
pub const TABLE_HEADING: &str = "Alle gemeenten";

/// Caption of the full table.
pub const TABLE_CAPTION: &str = "Eén rij per gemeente";

/// Header of the step column of the heat table.
pub const STEP: &str = "Stap";

/// Header for "no score".
pub const NO_SCORE: &str = "geen score";

/// The score bands of the heat table, as (lowest score, label).
pub const BANDS: [(u8, &str); 4] = [(0, "0–24"), (25, "25–49"), (50, "50–74"), (75, "75–100")];

/// The label of a size class of the comparison.
pub fn size_class_label(class: SizeClass) -> &'static str {
    match class {
        SizeClass::Klein => "minder dan 10.000 inwoners",
        SizeClass::Middelgroot => "10.000 tot 25.000 inwoners",
        SizeClass::Groot => "25.000 tot 50.000 inwoners",
        SizeClass::Centrumstad => "50.000 inwoners of meer",
    }
}

/// Heading of the comparison in the report.
pub const COMPARISON_HEADING: &str = "Vergelijking met gelijkaardige gemeenten";

/// The comparison's introduction.
pub fn comparison_intro(n: usize, class: SizeClass) -> String {
    format!(
        "De mediaan van {n} andere gemeenten met {} uit dezelfde map, per stap. Geen namen en geen rangorde: \
         een verschil is een vraag om het verhaal erachter, geen oordeel. Een mediaan staat er alleen als minstens \
         {} gemeenten een score voor die stap hebben.",
        size_class_label(class),
        super::compare::MIN_GEMEENTEN
    )
}

/// Why there is no comparison.
pub fn no_comparison_size() -> String {
    "Geen vergelijking: het aantal inwoners van de gemeente is niet gekend.".to_string()
}

/// Too few similar gemeenten.
pub fn no_comparison_few(n: usize, class: SizeClass) -> String {
    let found = match n {
        0 => "geen andere gemeenten".to_string(),
        1 => "maar 1 andere gemeente".to_string(),
        _ => format!("maar {n} andere gemeenten"),
    };
    format!(
        "Geen vergelijking: de map bevat {found} met {}; er zijn er minstens {} nodig, zodat geen enkele gemeente \
         herkenbaar is.",
        size_class_label(class),
        super::compare::MIN_GEMEENTEN
    )
}

/// Header of the own score column (short: the table must fit a phone's width; the heading and the
/// sentence above it say what is compared).
pub const OWN_SCORE: &str = "Score";

/// Header of the median column.
pub const MEDIAN: &str = "Mediaan";

/// A median that is not shown (too few scores for that step).
pub const TOO_FEW: &str = "te weinig gegevens";
