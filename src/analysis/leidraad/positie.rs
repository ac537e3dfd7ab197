//! §2: where the gemeente stands on the scale from netwerkcoördinatie to regie (2.1), and the stage
//! of coordination it reached (2.2).

use serde::Serialize;

use super::{ids, instrument};
use crate::analysis::inputs::Inputs;
use crate::analysis::zekerheid::Certainty;
use crate::analysis::{Positie, Reason, texts};
use crate::session::{Answer, FieldValue};

/// The position with its explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Position {
    /// The position the answers point to most.
    #[serde(rename = "waarde")]
    pub value: Positie,
    /// Its label; a mixed picture says so ("Netwerkcoördinatie met trekken van marktsturing").
    pub label: String,
    /// Whether the answers also show traits of another position.
    #[serde(rename = "gemengd")]
    pub mixed: bool,
    /// Those other positions, lowest first.
    #[serde(rename = "trekken")]
    pub traits: Vec<Positie>,
    /// What the position means, then what the answers say (and only that).
    #[serde(rename = "uitleg")]
    pub explanation: String,
    /// The answers behind it.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
    /// Settled or provisional, and what it rests on (filled in by [`crate::analysis::analyse`]).
    #[serde(flatten)]
    pub certainty: Certainty,
}

/// What the answers say about the instruments the gemeente has and uses.
struct Evidence {
    /// `context.doorzettingsmacht_juridisch` as a degree.
    legal: Option<f64>,
    /// `context.doorzettingsmacht_financieel`: partners depend on the gemeente's money.
    money_power: Option<f64>,
    /// `context.marktsturing`: incentives partners may take up.
    market: Option<f64>,
    /// Labels of the instruments in use (`context.instrumenten`), per kind.
    legal_used: Vec<String>,
    money_used: Vec<String>,
    network_used: Vec<String>,
}

impl Evidence {
    fn read(inp: &Inputs<'_>) -> Self {
        let mut e = Evidence {
            legal: inp.degree(ids::JURIDISCH),
            money_power: inp.degree(ids::FINANCIEEL),
            market: inp.degree(ids::MARKTSTURING),
            legal_used: vec![],
            money_used: vec![],
            network_used: vec![],
        };
        if let (Some(q), Some(Answer::Choices(used))) = (inp.question(ids::INSTRUMENTEN), inp.answer(ids::INSTRUMENTEN))
        {
            for id in used {
                let label = crate::analysis::inputs::option_label(q, id);
                if instrument::LEGAL.contains(&id.as_str()) {
                    e.legal_used.push(label);
                } else if instrument::MONEY.contains(&id.as_str()) {
                    e.money_used.push(label);
                } else if instrument::NETWORK.contains(&id.as_str()) {
                    e.network_used.push(label);
                }
            }
        }
        e
    }

    /// Legal power or money partners cannot do without: regie (002 §2.1).
    fn regie(&self) -> bool {
        self.legal == Some(1.0) || !self.legal_used.is_empty() || self.money_power == Some(1.0)
    }

    /// Steering mainly by incentives: a plain "ja", or money instruments without any network ones.
    fn marktsturing(&self) -> bool {
        self.market == Some(1.0) || (!self.money_used.is_empty() && self.network_used.is_empty())
    }

    /// Traits of regie below the dominant position: legal power in part.
    fn regie_trait(&self) -> bool {
        self.legal == Some(0.5)
    }

    /// Traits of marktsturing: incentives in part, or money instruments in use.
    fn market_trait(&self) -> bool {
        self.market == Some(0.5) || !self.money_used.is_empty()
    }
}

/// Regie needs doorzettingsmacht: legal instruments, or money partners depend on → regie. Steering
/// by financial stimuli "waarop de andere actoren al dan niet inspelen" → marktsturing: a clear "ja",
/// or money instruments (subsidies, calls, a diversity clause, cofinancing, result agreements) without
/// consultation beside them. Otherwise netwerkcoördinatie, where most gemeenten are. A partner that
/// partly lives on a gemeentelijke subsidy is weak financial leverage, not marktsturing by itself.
/// Traits of a position the answers also show make the picture mixed, and the label says so.
pub fn positie(inp: &Inputs<'_>) -> Position {
    let e = Evidence::read(inp);
    let value = if e.regie() {
        Positie::Regie
    } else if e.marktsturing() {
        Positie::Marktsturing
    } else {
        Positie::Netwerkcoordinatie
    };
    let mut traits = Vec::new();
    if value == Positie::Netwerkcoordinatie && e.market_trait() {
        traits.push(Positie::Marktsturing);
    }
    if value == Positie::Regie && e.market_trait() {
        traits.push(Positie::Marktsturing);
    }
    if value != Positie::Regie && e.regie_trait() {
        traits.push(Positie::Regie);
    }
    let reasons = inp.known_reasons(&[ids::JURIDISCH, ids::FINANCIEEL, ids::MARKTSTURING, ids::INSTRUMENTEN]);
    let mut explanation = texts::positie_uitleg(value).to_string();
    if reasons.is_empty() {
        explanation.push_str(texts::POSITIE_ONBEKEND);
    } else {
        explanation.push_str(&evidence_sentences(&e));
    }
    Position {
        value,
        label: texts::positie_label(value, &traits),
        mixed: !traits.is_empty(),
        traits,
        explanation,
        reasons,
        certainty: Certainty::settled(),
    }
}

/// What the answers say, one sentence per kind of instrument, nothing the answers do not say.
fn evidence_sentences(e: &Evidence) -> String {
    let mut out = String::from(texts::POSITIE_ANTWOORDEN);
    let mut say = |s: String| {
        out.push(' ');
        out.push_str(&s);
    };
    match (e.legal, e.legal_used.is_empty()) {
        (_, false) => say(texts::positie_juridisch_middelen(&e.legal_used)),
        (Some(d), true) => say(texts::positie_juridisch(d).to_string()),
        (None, true) => {}
    }
    if let Some(d) = e.money_power {
        say(texts::positie_financieel(d).to_string());
    }
    match (e.market, e.money_used.is_empty()) {
        (Some(0.0), false) => say(texts::positie_prikkels_tegenstrijdig(&e.money_used)),
        (_, false) => say(texts::positie_prikkels_middelen(&e.money_used)),
        (Some(d), true) => say(texts::positie_prikkels(d).to_string()),
        (None, true) => {}
    }
    if !e.network_used.is_empty() {
        say(texts::positie_netwerk_middelen(&e.network_used));
    }
    out
}

/// The stage of coordination, 1–4 (002 §2.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stage {
    /// 1–4, or None when unknown.
    #[serde(rename = "waarde")]
    pub value: Option<u8>,
    /// Its label.
    pub label: String,
    /// What it means.
    #[serde(rename = "uitleg")]
    pub explanation: String,
    /// The answers behind it.
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
    /// Settled or provisional, and what it rests on (filled in by [`crate::analysis::analyse`]).
    #[serde(flatten)]
    pub certainty: Certainty,
}

/// Groeien in coördinatie: information → consultation → joint commitments → partnership. When the
/// question is not answered, the stage most partners in the actor inventory have reached stands in.
pub fn fase(inp: &Inputs<'_>) -> Stage {
    let (value, reasons, derived) = match inp.choice(ids::FASE).and_then(stage_number) {
        Some(n) => (Some(n), inp.known_reasons(&[ids::FASE]), false),
        None => match stage_from_actors(inp) {
            Some(n) => (Some(n), vec![inp.reason(ids::ACTOREN)], true),
            None => (None, vec![], false),
        },
    };
    let (label, explanation) = texts::fase(value);
    let mut explanation = explanation.to_string();
    if derived {
        explanation.push_str(texts::FASE_UIT_ACTOREN);
    }
    Stage { value, label: label.to_string(), explanation, reasons, certainty: Certainty::settled() }
}

/// The field of an actor record holding how far cooperation with that partner has grown.
const ACTOR_FASE: &str = "fase";

fn stage_number(id: &str) -> Option<u8> {
    match id {
        "informatie" => Some(1),
        "overleg" => Some(2),
        "engagement" => Some(3),
        "partnerschap" => Some(4),
        _ => None,
    }
}

/// The most common stage over the actors' `fase` field (ties go to the lower stage).
fn stage_from_actors(inp: &Inputs<'_>) -> Option<u8> {
    let Some(Answer::Records(records)) = inp.answer(ids::ACTOREN) else { return None };
    let mut counts = [0usize; 4];
    for record in records {
        if let Some(FieldValue::Text(t)) = record.get(ACTOR_FASE)
            && let Some(n) = stage_number(t)
        {
            counts[usize::from(n - 1)] += 1;
        }
    }
    let best = counts.iter().copied().max().filter(|c| *c > 0)?;
    (1..=4u8).find(|n| counts[usize::from(n - 1)] == best)
}
