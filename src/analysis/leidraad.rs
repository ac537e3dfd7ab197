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
pub use procedure::{Group, Scenario, ScenarioRef, groups, procedure_scenario};
pub use proces::{Checklist, ConditionSet, ProcessHealth, TagScore, procesgezondheid, voorwaarden};
pub use strategie::{
    BreadthChoice, Capacity, FocusChoice, Quadrant, Readiness, ReadinessItem, SbvPath, Strategy, breedte_of_diepte,
    capaciteit, inhoud_of_proces, kwadranten, paraatheid, sbv_pad, strategie,
};

/// The question ids the rules read (the contract of docs/ANALYSIS-INPUTS.md), in one place.
mod ids {
    pub const INWONERS: &str = "start.inwoners";
    pub const ORGANISATIE: &str = "start.organisatie";
    pub const VTE: &str = "start.vte";
    pub const BELEID: &str = "start.beleid";
    pub const JURIDISCH: &str = "context.doorzettingsmacht_juridisch";
    pub const FINANCIEEL: &str = "context.doorzettingsmacht_financieel";
    pub const MARKTSTURING: &str = "context.marktsturing";
    pub const INSTRUMENTEN: &str = "context.instrumenten";
    pub const FASE: &str = "context.fase";
    pub const DOELGROEP: &str = "context.doelgroep_omvang";
    pub const ACTOREN: &str = "participanten.actoren";
    pub const AMBITIE: &str = "strategie.ambitie";
    pub const SPECIFIEK: &str = "strategie.specifiek_probleem";
    pub const KANS: &str = "strategie.kans";
    pub const FOCUS: &str = "strategie.focus";
    pub const EXTERNE_INBRENG: &str = "strategie.externe_inbreng";
    pub const VERKOKERING: &str = "strategie.verkokering";
    pub const CULTUUR: &str = "strategie.cultuur";
    pub const WEINIG_ACTOREN: &str = "strategie.weinig_actoren";
    pub const SYSTEMATISCH: &str = "strategie.actoren_systematisch";
    pub const OMVANG: &str = "procedure.omvang";
    pub const DEELNEMERS: &str = "procedure.deelnemers";
    pub const EXTERNE_PARTNERS: &str = "procedure.externe_partners";
    pub const DEELTHEMAS: &str = "procedure.deelthemas";
    pub const BESTAANDE_GROEP: &str = "procedure.bestaande_groep";
    pub const BEPERKT_PERSONEEL: &str = "procedure.beperkt_personeel";
    pub const BOVENLOKAAL: &str = "procedure.bovenlokale_stakeholders";
    pub const BUREN: &str = "procedure.buren_tegelijk";
    pub const KRITIEK: &str = "proces.kritiek";
}

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
