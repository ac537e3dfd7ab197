//! The leidraad's vocabulary as plain value types, without rules: the position on the regie scale,
//! breedte/diepte, inhoud/proces and the readiness verdict. The lowest module of the analysis: the
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

/// Whether the bestuur is ready to strengthen regie across the board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadinessStatus {
    /// Mandate, draagvlak, means and vision are there.
    Klaar,
    /// At least one is lacking.
    NietKlaar,
    /// Too little is known.
    Onbekend,
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
