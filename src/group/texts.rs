//! The Dutch wording of the group module: file messages, the consensus rule, weaknesses, the
//! agenda's labels and the roles finding.

use super::agenda::{Importance, Outcome};
use super::consensus::{Basis, Weakness};
use crate::session::Role;

/// Shown instead of an empty name.
pub const ANONYMOUS: &str = "anoniem";
/// What a session file is called in messages.
pub const SESSION_FILE: &str = "sessiebestand";
/// What a group file is called in messages.
pub const GROUP_FILE: &str = "groepsbestand";

/// First line of every group file.
pub const FILE_HEADER: &str = "# Regiewijzer-groepsbestand: de sessies van de respondenten van één gemeente en de besluiten \
van hun consensusoverleg.\n# Regiewijzer houdt dit bestand zelf bij; zie docs/SESSIEBESTAND.md.\n";

/// An entry with two kinds of answer.
pub const TWO_KINDS: &str = "meer dan één soort antwoord (kies één van choice, choices, number, text, records)";
/// An agreement without an answer.
pub const AGREED_WITHOUT_ANSWER: &str = "een besluit met status 'akkoord' zonder antwoord (geef choice, choices, number of text, of zet status = \"verdeeld\")";
/// A group file that is empty.
pub const EMPTY_FILE: &str = "het groepsbestand is leeg";
/// A group file that is not UTF-8.
pub const NOT_UTF8: &str = "het groepsbestand is geen geldige UTF-8-tekst";
/// A file without `group_format`.
pub const NOT_A_GROUP_FILE: &str = "dit is geen Regiewijzer-groepsbestand (veld 'group_format' ontbreekt)";
/// `group_format` that is not a number.
pub const UNKNOWN_FORMAT: &str = "onbekend formaat van het groepsbestand";
/// Creating over an existing file.
pub const EXISTS: &str = "er bestaat al een bestand met deze naam";

/// What to do with a damaged group file.
pub const HINT_CORRUPT: &str = "Herstel de regel in een teksteditor, of voeg de sessies opnieuw samen met \
regiewijzer samenvoegen; Regiewijzer laat het bestand ongemoeid.";
/// What to do with a file that is not a group file.
pub const HINT_NOT_GROUP: &str = "Maak een groepsbestand met: regiewijzer samenvoegen SESSIE.toml SESSIE.toml …";
/// What to do with a newer group file.
pub const HINT_NEWER: &str = "Installeer een nieuwere versie van Regiewijzer om dit groepsbestand te openen.";
/// What to do with a file that is too large or not a file.
pub const HINT_FILE: &str = "Geef een .toml-bestand dat Regiewijzer schreef (regiewijzer sessies toont de sessies).";

/// A folder, device or other non-file.
pub fn not_a_file(what: &str) -> String {
    format!("dit is geen gewoon bestand en dus geen {what}")
}

/// A file over the size limit.
pub fn too_large(what: &str, limit: u64) -> String {
    format!("het bestand is te groot voor een {what} (meer dan {} MB)", limit / (1024 * 1024))
}

/// A status other than akkoord/verdeeld.
pub fn unknown_status(found: &str) -> String {
    format!("onbekende status '{}': verwacht \"akkoord\" of \"verdeeld\"", found.escape_debug())
}

/// A TOML syntax error.
pub fn corrupt(detail: &str) -> String {
    format!("het groepsbestand is beschadigd of onvolledig ({detail})")
}

/// A structural error.
pub fn invalid(detail: &str) -> String {
    format!("ongeldig groepsbestand: {detail}")
}

/// A newer format.
pub fn newer_format(found: u64, known: u32) -> String {
    format!("dit groepsbestand heeft formaat {found}, nieuwer dan deze Regiewijzer kent ({known})")
}

/// The name of the consensus session's respondent.
pub fn group_name(n: usize) -> String {
    if n == 1 { "groep van 1 respondent".to_string() } else { format!("groep van {n} respondenten") }
}

/// Where a consensus answer comes from.
pub fn basis_label(basis: Basis) -> &'static str {
    match basis {
        Basis::Regel => "consensusregel",
        Basis::Akkoord => "akkoord in het consensusoverleg",
        Basis::BlijftVerdeeld => "blijft verdeeld",
    }
}

/// Why a consensus is weak, as a phrase.
pub fn weakness_label(w: Weakness) -> &'static str {
    match w {
        Weakness::GeenMeerderheid => "geen meerderheid voor dit antwoord",
        Weakness::VerreMinderheid => "minstens een derde antwoordde ver hiervan af",
        Weakness::Gelijkspel => "gelijke stemmen: de groep koos niet",
        Weakness::BetwisteKeuze => "over een deel van de keuzes is de groep verdeeld",
        Weakness::GroteSpreiding => "de getallen liggen ver uit elkaar",
        Weakness::WeinigGeweten => "minder dan de helft van wie de vraag kreeg, wist het antwoord",
        Weakness::BlijftVerdeeld => "het consensusoverleg bleef verdeeld",
        Weakness::VerdeeldeStemming => "de stemming in de groep was verdeeld",
    }
}

/// The label of an importance level.
pub fn importance_label(i: Importance) -> &'static str {
    match i {
        Importance::Kern => "bepaalt positie, fase, strategie of procedure",
        Importance::Voorwaarde => "voorwaarde, interne regie of actie",
        Importance::Overig => "overige vraag",
    }
}

/// The name of a headline result.
pub fn outcome_label(o: Outcome) -> &'static str {
    match o {
        Outcome::Positie => "positie",
        Outcome::Fase => "fase van samenwerking",
        Outcome::BreedteDiepte => "strategie (breedte of diepte)",
        Outcome::InhoudProces => "strategie (inhoud of proces)",
        Outcome::SbvPad => "pad zonder apart integratiebeleid",
        Outcome::Procedure => "procedure (scenario)",
    }
}

/// A role in the plural, for "de schepenen", "de partnerorganisaties".
pub fn role_plural(role: Role) -> &'static str {
    match role {
        Role::Integratieambtenaar => "integratieambtenaren",
        Role::Schepen => "schepenen",
        Role::Diensthoofd => "diensthoofden",
        Role::Partnerorganisatie => "partnerorganisaties",
        Role::AgiiConsulent => "AgII-consulenten",
        Role::Facilitator => "facilitators",
        Role::Andere => "andere respondenten",
    }
}

/// "de schepen" for one respondent, "de partnerorganisaties" for more.
pub fn role_people(role: Role, n: usize) -> String {
    if n == 1 { format!("de {}", role.label()) } else { format!("de {}", role_plural(role)) }
}

/// How the consensus rule works, paragraph by paragraph, for the report.
pub const RULE: &[&str] = &[
    "Elke respondent vulde de vragenlijst apart in. De analyse in dit rapport rust op één consensusantwoord per vraag. \
     \"Weet niet\" telt daarbij niet mee; een vraag die iemand niet kreeg, ook niet.",
    "Bij antwoorden met een volgorde (ja – gedeeltelijk – nee, aangetoond – deels – verondersteld – nee, niet – af en toe – \
     structureel) geldt de mediaan: het antwoord in het midden. Valt het midden tussen twee antwoorden, dan telt het \
     voorzichtigste: draagvlak dat alleen verondersteld wordt, is nog niet aangetoond.",
    "Bij een keuze zonder volgorde telt het vaakst gekozen antwoord; bij gelijke stemmen blijft de vraag open. Bij \
     meerdere keuzes blijft elke keuze die minstens de helft maakte. Getallen nemen de mediaan; teksten en de \
     actorenlijst worden samengevoegd.",
    "Een consensus is zwak als niet meer dan de helft het consensusantwoord gaf, als minstens een derde ver ervan af \
     antwoordde (meer dan de helft van de schaal), of als minder dan de helft van de ondervraagden het antwoord wist. \
     Wat het consensusoverleg afsprak, vervangt de regel.",
];

/// How a groepssessie's answers came about, for the report (instead of [`RULE`]).
pub const RULE_GROUP_SESSION: &[&str] = &[
    "De groep vulde de vragenlijst samen in, in één groepssessie. De analyse in dit rapport rust op de antwoorden die \
     de groep gaf.",
    "Waar de groep stemde, staat de stemming bij de vraag. Een verdeelde stemming telt als verschil: de vraag komt op \
     de gespreksagenda, en een uitkomst die erop rust, staat bij \"Nog niet uitgemaakt\", ook als de groep met het \
     meerderheidsantwoord verderging. Gaf de groep bij de stemming geen antwoord, dan blijft de vraag open.",
];

/// The paragraphs on how the group's answers came about: the consensus rule, or the groepssessie.
pub fn rule(group_session: bool) -> &'static [&'static str] {
    if group_session { RULE_GROUP_SESSION } else { RULE }
}

/// The title of a group report.
pub const REPORT_TITLE: &str = "Groepsrapport regie en coördinatie van het lokaal integratiebeleid";
/// A question a respondent did not get (another mode, or hidden by an earlier answer).
pub const NOT_ASKED: &str = "niet gevraagd";
/// The consensus of a tied unordered choice.
pub const TIE: &str = "geen keuze (gelijke stemmen)";
/// All respondents share one role.
pub const ONE_ROLE: &str = "Alle respondenten hebben dezelfde rol; er zijn geen rollen om naast elkaar te zetten.";
/// A groepssessie has no roles to compare.
pub const GROUP_SESSION_ROLES: &str =
    "De groep vulde de vragenlijst samen in; er zijn geen rollen om naast elkaar te zetten.";
/// No gap worth naming between roles.
pub const ROLES_ALIKE: &str =
    "De rollen zien de gemeente ongeveer even positief: hun totaalscores liggen minder dan 10 punten uit elkaar.";

/// The cover's respondents line.
pub fn respondents_line(labels: &[&str]) -> String {
    match labels {
        [one] => format!("groepssessie: {one}"),
        _ => format!("{} respondenten: {}", labels.len(), labels.join(", ")),
    }
}

/// `text` with a capital first letter.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The overall gap between two roles.
pub fn role_gap(high: &str, a: u8, low: &str, b: u8) -> String {
    format!(
        "{} ziet de gemeente het positiefst, {low} het minst positief: {a}/100 tegenover {b}/100 gemiddeld. \
         Zo'n verschil is zelf een bevinding: bespreek waar het vandaan komt.",
        capitalised(high)
    )
}

/// The step with the largest gap between two roles.
pub fn step_gap(step: &str, high: &str, a: u8, low: &str, b: u8) -> String {
    format!("Het grootste verschil zit in de stap {step}: {high} {a}/100, {low} {b}/100.")
}

/// When the gespreksagenda is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaMoment {
    /// Before the consensus meeting: the questions to discuss.
    Before,
    /// After a consensus meeting that recorded decisions: what stays open.
    AfterMeeting,
    /// A groepssessie: the split votes.
    GroupSession,
}

/// The opening line of the gespreksagenda.
pub fn agenda_intro(shown: usize, more: usize, moment: AgendaMoment) -> String {
    let order = "Bovenaan staan de vragen die het verst uiteenlopen en het zwaarst wegen op de positie, de fase, de \
                 strategie en de procedure.";
    let base = match moment {
        AgendaMoment::Before => format!("Waar de antwoorden uiteenlopen, ligt het gesprek. {order}"),
        AgendaMoment::AfterMeeting => format!(
            "Na het consensusoverleg blijven deze vragen open: de groep besprak ze nog niet, bleef verdeeld of stemde \
             verdeeld. {order}"
        ),
        AgendaMoment::GroupSession => {
            format!("Over deze vragen stemde de groep verdeeld; ze verdienen nog een gesprek. {order}")
        }
    };
    match (shown, more, moment) {
        (0, _, AgendaMoment::Before) => {
            "De antwoorden lopen nergens ver uiteen: er is geen gespreksagenda nodig.".into()
        }
        (0, _, AgendaMoment::AfterMeeting) => {
            "Na het consensusoverleg blijft geen vraag open waarover de antwoorden ver uiteenlopen.".into()
        }
        (0, _, AgendaMoment::GroupSession) => "Geen enkele stemming in de groep was verdeeld.".into(),
        (_, 0, _) => base,
        (_, 1, _) => format!("{base} Nog 1 vraag loopt uiteen; ze staat in de bijlage."),
        (_, n, _) => format!("{base} Nog {n} vragen lopen uiteen; ze staan in de bijlage."),
    }
}

/// The last row of the roles table.
pub const TOTAL: &str = "Totaal";

/// What the consensus meeting recorded, or None before it met; for a groepssessie, how many
/// questions it voted on.
pub fn decisions_line(agreed: usize, divided: usize, group_session: bool) -> Option<String> {
    let n = |k: usize, one: &str, many: &str| if k == 1 { format!("1 {one}") } else { format!("{k} {many}") };
    match (agreed, divided) {
        (0, 0) => None,
        _ if group_session => Some(format!(
            "De groep stemde over {}. Waar de stemming verdeeld was, staat de vraag hieronder bij wat open bleef.",
            n(agreed + divided, "vraag", "vragen")
        )),
        _ => Some(format!(
            "Het consensusoverleg legde {} vast en noteerde {} waarover de groep verdeeld blijft. Waar de groep akkoord \
             ging, vervangt dat antwoord de regel.",
            n(agreed, "antwoord", "antwoorden"),
            n(divided, "vraag", "vragen")
        )),
    }
}

/// The consensus of a text question everyone answered in their own words.
pub const OWN_TEXTS: &str = "ieder in eigen woorden (zie de antwoorden)";
