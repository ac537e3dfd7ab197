//! The rules of the leidraad *Regie en Coördinatie* (002), one function per concept, in the
//! leidraad's own order: the position on the regie scale and the stage of coordination (§2,
//! [`positie`]); readiness, the strategy choices after Gransbergen, the SBV 2019 path and the
//! capacity they rest on (§3.1.3, 001 §6, [`strategie`]); the procedure scenario (§3.1.4,
//! [`procedure`]); the strategy's conditions and process health (§3.1.5, [`proces`]); and which weak
//! answers reach the action plan and which good practice fits (rules 5 and 6 of issue 8,
//! [`knelpunten`]). Each result carries its reasons; none panics on a missing question.

mod knelpunten;
mod positie;
mod procedure;
mod proces;
mod strategie;

pub use super::concepts::{Breadth, Category, Focus, ItemStatus, Positie, ReadinessStatus};
pub use knelpunten::{Knelpunt, Situation, knelpunten, praktijk_past};
pub use positie::{Position, Stage, fase, positie};
pub use procedure::{Group, Scenario, ScenarioRef, StrategyParts, groups, procedure_scenario, scenario_from};
pub use proces::{Checklist, ConditionSet, ProcessHealth, TagScore, procesgezondheid, voorwaarden};
pub use strategie::{
    BreadthChoice, Capacity, FocusChoice, Quadrant, Readiness, ReadinessItem, SbvPath, Strategy, breedte_of_diepte,
    capaciteit, inhoud_of_proces, kwadranten, paraatheid, sbv_pad, strategie,
};

/// The question ids the rules read (the contract of docs/ANALYSIS-INPUTS.md), in one place.
use super::contract::ids;

/// Options of `context.instrumenten` by the position they point to (000 §4.6, 002 §2.1).
mod instrument {
    /// Legal levers: regie.
    pub const LEGAL: [&str; 2] = ["reglement", "bindend_advies"];
    /// Money partners are free to take up: marktsturing.
    pub const MONEY: [&str; 5] =
        ["werkingssubsidie", "projectsubsidie", "diversiteitsclausule", "cofinanciering", "resultaatsafspraken"];
    /// Consultation, information, agreements without money, secondment: netwerkcoördinatie.
    pub const NETWORK: [&str; 4] = ["overeenkomst", "detachering", "overleg", "informatie"];
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_sessies;
