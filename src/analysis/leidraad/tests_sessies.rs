//! The rules on complete, realistic sessions against the real questionnaire (`vvsg-4p`), built from
//! the seed cases (`tests/fixtures/sessions-vvsg/`): a rule that flips on a single answer is a wrong
//! rule. Each test quotes the passage it holds the rule to.

use std::path::Path;

use crate::analysis::{self, Analysis, Breadth, Category, ItemStatus, Positie, ReadinessStatus, texts};
use crate::questionnaire::{self, Questionnaire};
use crate::session::{self, Answer, Session};

fn real() -> Questionnaire {
    let text = crate::embedded::questionnaire_text("vvsg-4p").unwrap();
    questionnaire::parse_embedded(text, "vvsg-4p.toml").unwrap()
}

fn fixture(name: &str) -> Session {
    session::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sessions-vvsg").join(name)).unwrap()
}

fn analyse(name: &str, change: &[(&str, &str)]) -> Analysis {
    let q = real();
    let mut s = fixture(name);
    for (id, choice) in change {
        s.set_answer(id, Answer::Choice((*choice).into()));
    }
    analysis::analyse(&q, &s)
}

fn plan_ids(a: &Analysis) -> Vec<&str> {
    a.actions.iter().map(|x| x.id.as_str()).collect()
}

const MECHELEN: &str = "mechelen-inclusieve-stad.toml";
const GRENSSTAD: &str = "grensstad-kwetsbare-eenmansdienst.toml";
const GEMEENTE_15000: &str = "gemeente-15000-deeltijds.toml";
const CENTRUMSTAD: &str = "superdiverse-centrumstad.toml";
const KORT: &str = "kort-agii-consulent.toml";
const KLEIN: &str = "klein-sociaal-beleid-bovenlokaal.toml";

// ---- rule 1: readiness, 002 §3.1.3 and 000 §4.3.1

#[test]
fn verondersteld_ambtelijk_draagvlak_is_een_voorwaarde_geen_veto() {
    // 002 §3.1.3: "Hiervoor moet er voldoende mandaat, draagvlak, middelen en visie zijn." 000 §4.3.1:
    // "het intern draagvlak [wordt] soms te veel als vanzelfsprekend beschouwd" — a point to strengthen.
    // Mechelen: mandate, a college decision, a shared vision, partial means, ambtelijk draagvlak assumed.
    let a = analyse(MECHELEN, &[]);
    let r = &a.strategy.readiness;
    assert_eq!(r.status, ReadinessStatus::KlaarMetVoorwaarden);
    assert_eq!(a.strategy.breedte_diepte, Breadth::Breedte);
    let weak: Vec<&str> = r.to_strengthen.iter().map(|x| x.question.as_str()).collect();
    assert_eq!(weak, ["strategie.draagvlak_ambtelijk", "strategie.middelen"]);
    let warning = &a.strategy.warnings[0];
    assert_eq!(warning.kind, texts::W_BREEDTE_MET_VOORWAARDEN);
    assert!(warning.text.contains("ambtelijk draagvlak") && warning.text.contains("tijd, mensen en budget"));
    assert!(
        !warning.text.contains("opdracht van het bestuur") && !warning.text.contains("gedeelde visie"),
        "{}",
        warning.text
    );
    // The middle answer reads as partly there, the same verdict; a clear "nee" is a shortfall.
    let deels = analyse(MECHELEN, &[("strategie.draagvlak_ambtelijk", "deels")]);
    assert_eq!(deels.strategy.readiness.status, ReadinessStatus::KlaarMetVoorwaarden);
    let nee = analyse(MECHELEN, &[("strategie.draagvlak_ambtelijk", "nee")]);
    assert_eq!(nee.strategy.readiness.status, ReadinessStatus::NietKlaar);
    assert_eq!(nee.strategy.breedte_diepte, Breadth::Diepte, "\"minder politiek of ambtelijk draagvlak\": diepte");
}

#[test]
fn breedte_gewenst_zonder_visie_wordt_een_afgebakend_project() {
    // 002 §3.1.3: "Het spreekt voor zich dat het beter is aan een duidelijk afgebakend project te werken
    // waarvan de doelstellingen realiseerbaar zijn." The 15 000 gemeente wants breadth without a vision.
    let a = analyse(GEMEENTE_15000, &[]);
    assert_eq!(a.strategy.readiness.status, ReadinessStatus::NietKlaar);
    let item = |id: &str| a.strategy.readiness.items.iter().find(|i| i.id == id).unwrap().status;
    assert_eq!(item("visie"), ItemStatus::Tekort);
    assert_eq!(a.strategy.breedte_diepte, Breadth::Diepte);
    let w = &a.strategy.warnings[0];
    assert_eq!(w.kind, texts::W_BREEDTE_NIET_KLAAR);
    let named: Vec<&str> = w.reasons.iter().map(|r| r.question.as_str()).collect();
    assert_eq!(named, ["strategie.ambitie", "strategie.visie"], "only the shortfall is named");
    assert_eq!(a.actions[0].id, "afgebakend_project");
}

// ---- rule 2: position, 002 §2.1 and 000 §4.6

#[test]
fn de_positie_volgt_uit_wat_de_gemeente_gebruikt() {
    // 002 §2.1: marktsturing coördineert "door middel van financiële stimuli waarop de andere actoren
    // al dan niet inspelen". The border town: partners partly live on a small subsidy, no incentives,
    // only agreements and consultation.
    let a = analyse(GRENSSTAD, &[]);
    assert_eq!(a.position.value, Positie::Netwerkcoordinatie);
    assert!(!a.position.mixed);
    assert!(a.position.explanation.contains("nog geen marktsturing"));
    for claim in ["subsidiereglement", "projectoproep", "resultaatsafspraken"] {
        assert!(!a.position.explanation.contains(claim), "claims {claim}: {}", a.position.explanation);
    }
    // Mechelen (000 §4.6): "a network model with market traits, no legal levers".
    let m = analyse(MECHELEN, &[]);
    assert_eq!(m.position.value, Positie::Netwerkcoordinatie);
    assert_eq!(m.position.label, "Netwerkcoördinatie met trekken van marktsturing");
    assert!(m.position.explanation.contains("diversiteit in een subsidiereglement"));
    // A centrumstad that steers with calls and result agreements partners take up: marktsturing.
    assert_eq!(analyse(CENTRUMSTAD, &[]).position.value, Positie::Marktsturing);
}

// ---- rule 3: the SBV path, 001 §6.2 and §6.1.2, 002 §3.1.4

#[test]
fn het_sbv_pad_vraagt_een_kleine_doelgroep_en_bereidwillige_buren() {
    // 001 §6.2: "Gezien de beperkte aanwezigheid van personen van buitenlandse herkomst of
    // anderstaligen in de gemeente, achten de besturen het niet noodzakelijk om een afzonderlijk
    // integratiebeleid uit te bouwen." The border town has one person and a strategy centred on
    // operations — and a large doelgroep: no SBV path.
    assert!(analyse(GRENSSTAD, &[]).strategy.sbv_path.is_none());
    // The small gemeente of the short intake: recommended; with a large doelgroep or neighbours who
    // do not want to (002 §3.1.4, the "basisvoorwaarde"), not.
    let kort = analyse(KORT, &[]);
    assert_eq!(kort.strategy.sbv_path.as_ref().map(|p| p.status.as_str()), Some("aanbevolen"));
    assert!(plan_ids(&kort).contains(&"sbv_pad"));
    assert!(analyse(KORT, &[("context.doelgroep_omvang", "groot")]).strategy.sbv_path.is_none());
    let q = real();
    let mut s = fixture(KORT);
    s.mode = session::Mode::Volledig;
    s.set_answer("procedure.buren_tegelijk", Answer::Choice("nee".into()));
    assert!(analysis::analyse(&q, &s).strategy.sbv_path.is_none());
    // A gemeente already on the path keeps it, and is told when its doelgroep is larger.
    let klein = analyse(KLEIN, &[("context.doelgroep_omvang", "merkbaar")]);
    let path = klein.strategy.sbv_path.unwrap();
    assert_eq!(path.status, "gevolgd");
    assert!(path.text.contains("merkbare of grote doelgroep"));
}

// ---- rule 4: procedure follows strategy and capacity, 002 §3.1.4

#[test]
fn de_procedure_volgt_strategie_en_capaciteit() {
    // 002 §3.1.4: "Om logheid tegen te gaan is het belangrijk in te spelen op zaken die al bestaan."
    // The border town: diepte, half an official, sub-themes — no clustergroep, and the neighbours said
    // "nee", so no bovenlokale samenwerking either.
    let a = analyse(GRENSSTAD, &[]);
    assert_eq!(a.scenario.scenario, 2);
    let kinds: Vec<&str> = a.scenario.adjustments.iter().map(|w| w.kind.as_str()).collect();
    assert!(kinds.contains(&texts::W_DIEPTE_GEEN_CLUSTERS) && kinds.contains(&texts::W_CLUSTERS_TE_ZWAAR), "{kinds:?}");
    // Breadth, staff and many sub-themes: the clustergroep stays (Mechelen, the centrumstad).
    assert_eq!(analyse(MECHELEN, &[]).scenario.scenario, 3);
    assert_eq!(analyse(CENTRUMSTAD, &[]).scenario.scenario, 3);
    // Still apart: the border town's answers with a clustergroep-sized group say so.
    let apart = analyse(GRENSSTAD, &[("procedure.deelnemers", "veel"), ("procedure.omvang", "groot")]);
    assert!(
        apart
            .scenario
            .warnings
            .iter()
            .any(|w| [texts::W_SPANNING, texts::W_CLUSTERGROEP_ZWAAR].contains(&w.kind.as_str())),
        "{:?}",
        apart.scenario.warnings
    );
}

// ---- rule 5: half answers, 000 §4.6.2 and 002 §3.1.5

#[test]
fn financiering_dempt_kritiek_ook_bij_een_inhoudelijke_strategie() {
    // 000 §4.6.2: "Hoe hard kan je gaan protesteren tegen iemand die u eigenlijk ook middelen geeft?"
    // The border town chose a content strategy, but its partners live partly on its subsidy: the half
    // "ja" on open criticism reaches the plan, with the funding as reason.
    let a = analyse(GRENSSTAD, &[]);
    let action = a.actions.iter().chain(&a.other_actions).find(|x| x.id == "open_samenwerking").unwrap();
    assert_eq!(action.category, Category::ExterneRegie);
    let why: Vec<&str> = action.reasons.iter().map(|r| r.question.as_str()).collect();
    assert!(why.contains(&"proces.kritiek") && why.contains(&"context.doorzettingsmacht_financieel"), "{why:?}");
    // Without the funding and without partners as the strategy, the same half answer does not matter.
    let q = real();
    let mut s = fixture(GRENSSTAD);
    s.set_answer("context.doorzettingsmacht_financieel", Answer::Choice("nee".into()));
    for id in ["proces.belangen", "proces.mandaat_vertegenwoordigers"] {
        s.set_answer(id, Answer::Choice("ja".into()));
    }
    let b = analysis::analyse(&q, &s);
    let cited =
        b.actions.iter().chain(&b.other_actions).any(|x| x.reasons.iter().any(|r| r.question == "proces.kritiek"));
    assert!(!cited, "a half 'ja' on criticism without funding does not matter for a content strategy");
}

#[test]
fn een_valkuil_die_soms_voorkomt_komt_in_het_plan_bij_procesmatig_werken() {
    // 002 §3.1.5, niet doen: "Een dominante houding". The centrumstad works with partners (procesmatig);
    // partners say the city sometimes sets the agenda alone.
    let a = analyse(CENTRUMSTAD, &[]);
    let all: Vec<_> = a.actions.iter().chain(&a.other_actions).collect();
    assert!(all.iter().any(|x| x.reasons.iter().any(|r| r.question == "proces.niet_dominant")), "{:?}", plan_ids(&a));
}

// ---- rule 6: no practice back to its own gemeente or where it is in place

#[test]
fn geen_goede_praktijk_die_de_gemeente_al_toepast() {
    // Mechelen is given none of Mechelen's practices; a city whose services already take part gets no
    // "trajecten met diensten"; one with agreements per partner gets no convenant example.
    let m = analyse(MECHELEN, &[]);
    for x in m.actions.iter().chain(&m.other_actions) {
        assert!(x.practice.as_ref().is_none_or(|p| p.gemeente != "Mechelen"), "{} → {:?}", x.id, x.practice);
    }
    let c = analyse(CENTRUMSTAD, &[]);
    for x in c.actions.iter().chain(&c.other_actions) {
        let id = x.practice.as_ref().map(|p| p.id.as_str());
        assert!(!matches!(id, Some("mechelen_trajecten" | "genk_convenant")), "{} → {id:?}", x.id);
    }
}
