//! The leidraad's vocabulary as plain value types, without rules: the position on the regie scale,
//! breedte/diepte, inhoud/proces, the readiness verdict and the reasons an action ranks where it does. The lowest module of the analysis: the
//! rules ([`super::leidraad`]) and the wording ([`super::texts`]) both build on it, never the reverse.

use serde::Serialize;

/// Where the gemeente stands on the scale from netwerkcoördinatie to regie (002 §2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Positie {
    /// No doorzettingsmacht: goodwill, negotiation, vision and arguments.
    Netwerkcoordinatie,
    /// Financial incentives partners may take up.
    Marktsturing,
    /// Legal or financial doorzettingsmacht.
    Regie,
}

/// Whether the bestuur is ready to strengthen regie across the board (leidraad 3.1.3), judged over
/// mandaat, draagvlak, middelen and visie together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadinessStatus {
    /// All four are there.
    Klaar,
    /// None is clearly lacking, but one or two must still be strengthened (or found out).
    KlaarMetVoorwaarden,
    /// One is clearly lacking, or too much is weak at once.
    NietKlaar,
    /// Too little is known.
    Onbekend,
}

/// How one of the four readiness items stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    /// Every known answer is strong (75+).
    Aanwezig,
    /// Known, partly there (40–74: "gedeeltelijk", draagvlak "deels" or "verondersteld").
    TeVersterken,
    /// Clearly lacking (below 40: "nee").
    Tekort,
    /// No known answer.
    Onbekend,
}

/// Why an action is in the plan, in the order the plan ranks them: what blocks the chosen strategy
/// first, then what blocks the scenario, then the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Blocks the chosen strategy (readiness for a wanted breadth, a strategy warning, the SBV path).
    Strategie,
    /// The capacity the work rests on (one person, temporary money, no backup): "het hebben van
    /// ambtelijke capaciteit [blijkt] een voorwaarde te zijn om de rol van regisseur te kunnen spelen"
    /// (001 §6.3).
    Capaciteit,
    /// Interne regie is weak or lags: it comes before external regie (002 §3.1.5).
    InterneRegie,
    /// What the recommended procedure scenario needs.
    Procedure,
    /// An unmet condition of the chosen strategy.
    Voorwaarde,
    /// A weak readiness answer that does not block the chosen strategy.
    Paraatheid,
    /// Many questions without a known answer.
    Informatie,
    /// The relation with partners (criticism, interests, mandates) where it matters for the strategy.
    ExterneRegie,
    /// A pitfall that occurs.
    Valkuil,
    /// A thing to do that is missing.
    WelDoen,
    /// Any other weak answer.
    Overig,
}

/// Breedte or diepte.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Breadth {
    /// Strengthen integration policy across the board.
    Breedte,
    /// Focus on specific facets.
    Diepte,
}

/// Beleidsinhoudelijk, procesmatig or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Focus {
    /// Improve the content of policy parts.
    Beleidsinhoudelijk,
    /// Improve relations with third parties.
    Procesmatig,
    /// Both; they combine well.
    Beide,
}

/// A conclusion the analysis states, by the id the JSON report and the group report use for it.
/// The contract table ([`super::contract`]) says which questions each one reads; the certainty check
/// ([`super::zekerheid`]) says whether each one is settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Conclusion {
    /// Regie, marktsturing or netwerkcoördinatie (002 §2.1).
    Positie,
    /// The stage of coordination 1–4 (002 §2.2).
    Fase,
    /// The capacity the work rests on, and so the size of the plan (001 §6.3).
    Capaciteit,
    /// Readiness for breadth: mandaat, draagvlak, middelen, visie (002 §3.1.3).
    Paraatheid,
    /// Breedte or diepte (002 §3.1.3).
    BreedteDiepte,
    /// Beleidsinhoudelijk, procesmatig or both (002 §3.1.3).
    InhoudProces,
    /// The SBV 2019 path without a separate integration policy (001 §6.2).
    SbvPad,
    /// The procedure scenario 1–4 (002 §3.1.4).
    Procedure,
}

impl Conclusion {
    /// The conclusions whose certainty the report states, in report order.
    pub const CHECKED: [Conclusion; 7] = [
        Conclusion::Positie,
        Conclusion::Fase,
        Conclusion::Paraatheid,
        Conclusion::BreedteDiepte,
        Conclusion::InhoudProces,
        Conclusion::SbvPad,
        Conclusion::Procedure,
    ];
}

/// Why a question a conclusion reads has no known answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WhyOpen {
    /// Not asked in this mode: the short intake leaves it out.
    NietGesteld,
    /// Answered "weet niet".
    WeetNiet,
    /// Asked, not answered (yet).
    NietBeantwoord,
}
