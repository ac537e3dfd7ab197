//! The contract between the questionnaire and the analysis (docs/ANALYSIS-INPUTS.md): the question
//! ids the rules read by name, how each is used, and which conclusions read it — one table, read by
//! the information gaps (an id the questionnaire lacks), by the plan (descriptive questions are never
//! actions), by the group report (which results a question weighs on) and by the test that every
//! question of the short intake decides a conclusion. Tags the rules read are in [`TAG_READ_BY`].
//!
//! "Read by" lists the rules that read an answer themselves; a conclusion built on another (the
//! scenario on the strategy and the capacity) reads those inputs through it. The certainty check
//! does not use this table: it traces what the rules actually read (see [`super::zekerheid`]), and a
//! test holds the table to those traces.

use super::concepts::Conclusion;
use crate::questionnaire::Question;

/// The question ids the rules read, as constants the rules use.
pub mod ids {
    #![allow(missing_docs)]
    pub const INWONERS: &str = "start.inwoners";
    pub const ORGANISATIE: &str = "start.organisatie";
    pub const VTE: &str = "start.vte";
    pub const TIJDELIJK: &str = "start.tijdelijke_financiering";
    pub const BELEID: &str = "start.beleid";
    pub const THEMAS: &str = "start.themas";
    pub const DOEL: &str = "start.doel";
    pub const JURIDISCH: &str = "context.doorzettingsmacht_juridisch";
    pub const FINANCIEEL: &str = "context.doorzettingsmacht_financieel";
    pub const MARKTSTURING: &str = "context.marktsturing";
    pub const INSTRUMENTEN: &str = "context.instrumenten";
    pub const FASE: &str = "context.fase";
    pub const DOELGROEP: &str = "context.doelgroep_omvang";
    pub const ACTOREN: &str = "participanten.actoren";
    pub const DOELGROEP_BETROKKEN: &str = "participanten.doelgroep_betrokken";
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

/// How the analysis uses a contract question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// Describes the situation (position, stage, the strategy's and the procedure's leaning
    /// questions, size and form): it feeds the rules, and is never listed as a strength or turned
    /// into an action, whatever score a questionnaire gives it.
    Describes,
    /// Judges the situation: scored like any other question.
    Judges,
}

/// One question id the analysis reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The question id.
    pub id: &'static str,
    /// Describes or judges.
    pub use_: Use,
    /// The conclusions whose rules read it; empty for what only the plan or the product reads.
    pub read_by: &'static [Conclusion],
}

use Conclusion::{BreedteDiepte, Capaciteit, Fase, InhoudProces, Paraatheid, Positie, Procedure, SbvPad};
use Use::{Describes, Judges};

const fn entry(id: &'static str, use_: Use, read_by: &'static [Conclusion]) -> Entry {
    Entry { id, use_, read_by }
}

/// Every question id the rules read by name. One the questionnaire lacks is an information gap.
pub const CONTRACT: &[Entry] = &[
    entry(ids::ORGANISATIE, Judges, &[Capaciteit]),
    entry(ids::BELEID, Describes, &[SbvPad]),
    // Few actors "zeker in kleinere gemeenten": read when `strategie.weinig_actoren` is unknown.
    entry(ids::INWONERS, Describes, &[InhoudProces]),
    entry(ids::VTE, Judges, &[Capaciteit]),
    // A risk to the capacity: the plan only.
    entry(ids::TIJDELIJK, Judges, &[]),
    // The product: carried through the report, decides no conclusion.
    entry(ids::THEMAS, Describes, &[]),
    entry(ids::DOEL, Judges, &[]),
    entry(ids::JURIDISCH, Describes, &[Positie]),
    entry(ids::FINANCIEEL, Describes, &[Positie]),
    entry(ids::MARKTSTURING, Describes, &[Positie]),
    entry(ids::INSTRUMENTEN, Describes, &[Positie]),
    entry(ids::FASE, Describes, &[Fase]),
    entry(ids::DOELGROEP, Describes, &[SbvPad]),
    // Stands in for the stage when `context.fase` is unknown.
    entry(ids::ACTOREN, Judges, &[Fase]),
    entry(ids::DOELGROEP_BETROKKEN, Judges, &[]),
    entry(ids::AMBITIE, Describes, &[BreedteDiepte]),
    entry(ids::FOCUS, Describes, &[InhoudProces]),
    entry(ids::EXTERNE_INBRENG, Describes, &[InhoudProces]),
    entry(ids::VERKOKERING, Describes, &[InhoudProces]),
    entry(ids::CULTUUR, Describes, &[InhoudProces]),
    entry(ids::WEINIG_ACTOREN, Describes, &[InhoudProces, Procedure]),
    entry(ids::SYSTEMATISCH, Describes, &[InhoudProces]),
    entry(ids::SPECIFIEK, Describes, &[BreedteDiepte]),
    entry(ids::KANS, Describes, &[BreedteDiepte]),
    entry(ids::OMVANG, Describes, &[Procedure]),
    entry(ids::DEELNEMERS, Describes, &[Procedure]),
    entry(ids::EXTERNE_PARTNERS, Describes, &[Procedure]),
    entry(ids::DEELTHEMAS, Describes, &[Procedure]),
    entry(ids::BESTAANDE_GROEP, Describes, &[Procedure]),
    entry(ids::BEPERKT_PERSONEEL, Describes, &[SbvPad, Procedure]),
    entry(ids::BOVENLOKAAL, Describes, &[Procedure]),
    entry(ids::BUREN, Describes, &[SbvPad, Procedure]),
];
// `proces.kritiek` (ids::KRITIEK) is read by the plan only (a half answer counts when partners live on
// the gemeente's money); a questionnaire without it loses that rule without an information gap.

/// Tags (or tag prefixes, before the dot) whose questions a conclusion reads.
pub const TAG_READ_BY: &[(&str, &[Conclusion])] = &[(crate::questionnaire::TAG_READINESS, &[Paraatheid])];

/// The contract entry of `id`.
pub fn entry_of(id: &str) -> Option<&'static Entry> {
    CONTRACT.iter().find(|e| e.id == id)
}

/// The conclusions that read `question`: by its id, or by one of its tags.
pub fn read_by(question: &Question) -> Vec<Conclusion> {
    let mut out: Vec<Conclusion> = entry_of(&question.id).map(|e| e.read_by.to_vec()).unwrap_or_default();
    for (tag, conclusions) in TAG_READ_BY {
        let tagged = question.tags.iter().any(|t| t == tag || t.strip_prefix(tag).is_some_and(|r| r.starts_with('.')));
        if tagged {
            out.extend(conclusions.iter().copied());
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `question` only describes the situation (see [`Use::Describes`]).
pub fn is_descriptive(question: &Question) -> bool {
    entry_of(&question.id).is_some_and(|e| e.use_ == Use::Describes)
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;
    use crate::analysis::inputs::{Inputs, Probe};
    use crate::analysis::leidraad::{self, StrategyParts};
    use crate::questionnaire::{self, Questionnaire};
    use crate::session::{self, Answer, Mode, Respondent, Session};

    fn real() -> Questionnaire {
        let text = crate::embedded::questionnaire_text("vvsg-4p").unwrap();
        questionnaire::parse_embedded(text, "vvsg-4p.toml").unwrap()
    }

    /// Every fixture of the real questionnaire, as it is and as a short intake; an empty session; and
    /// a bestuur fully ready without a wish (the only case that reads `strategie.kans`).
    fn sessions(q: &Questionnaire) -> Vec<Session> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sessions-vvsg");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let s = session::load(&entry.unwrap().path()).unwrap();
            let mut short = s.clone();
            short.mode = Mode::Kort;
            out.extend([s, short]);
        }
        let respondent = Respondent { gemeente: "Proefdorp".into(), ..Respondent::default() };
        out.push(Session::new(q, respondent.clone(), Mode::Volledig));
        let mut ready = Session::new(q, respondent, Mode::Volledig);
        for question in q.questions.iter().filter(|x| x.tags.iter().any(|t| t.starts_with("paraatheid."))) {
            let best = question.options.iter().filter(|o| o.score == Some(100.0)).map(|o| o.id.clone()).next();
            ready.set_answer(&question.id, Answer::Choice(best.unwrap_or_else(|| "ja".into())));
        }
        ready.set_answer(ids::SPECIFIEK, Answer::Choice("nee".into()));
        out.push(ready);
        out
    }

    /// What each conclusion's own rule reads in `s`, given the results it builds on.
    fn reads(q: &Questionnaire, s: &Session) -> BTreeMap<Conclusion, BTreeSet<String>> {
        let inp = Inputs::new(q, s);
        let capacity = leidraad::capaciteit(&inp);
        let readiness = leidraad::paraatheid(&inp);
        let (breadth, _) = leidraad::breedte_of_diepte(&inp, &readiness);
        let sbv = leidraad::sbv_pad(&inp, &capacity);
        let mut out = BTreeMap::new();
        for c in [
            Conclusion::Positie,
            Conclusion::Fase,
            Conclusion::Capaciteit,
            Conclusion::Paraatheid,
            Conclusion::BreedteDiepte,
            Conclusion::InhoudProces,
            Conclusion::SbvPad,
            Conclusion::Procedure,
        ] {
            let probe = Probe::new();
            let p = inp.probed(&probe);
            match c {
                Conclusion::Positie => _ = leidraad::positie(&p),
                Conclusion::Fase => _ = leidraad::fase(&p),
                Conclusion::Capaciteit => _ = leidraad::capaciteit(&p),
                Conclusion::Paraatheid => _ = leidraad::paraatheid(&p),
                Conclusion::BreedteDiepte => _ = leidraad::breedte_of_diepte(&p, &readiness),
                Conclusion::InhoudProces => _ = leidraad::inhoud_of_proces(&p),
                Conclusion::SbvPad => _ = leidraad::sbv_pad(&p, &capacity),
                Conclusion::Procedure => {
                    let parts = StrategyParts { breadth: &breadth, readiness: &readiness, sbv_path: sbv.as_ref() };
                    _ = leidraad::scenario_from(&p, parts, &capacity);
                }
            }
            let ids = probe.read().into_iter().map(|i| q.questions[i].id.clone()).collect();
            out.insert(c, ids);
        }
        out
    }

    #[test]
    fn the_table_says_what_each_rule_reads() {
        // Traced over complete and short sessions: every question a conclusion's rule reads is in the
        // table under that conclusion (by id or tag), and every entry is read somewhere.
        let q = real();
        let mut seen: BTreeSet<(Conclusion, String)> = BTreeSet::new();
        for s in sessions(&q) {
            for (c, ids) in reads(&q, &s) {
                for id in ids {
                    let question = q.question(&id).unwrap();
                    assert!(read_by(question).contains(&c), "{c:?} reads {id}, the contract table does not say so");
                    seen.insert((c, id));
                }
            }
        }
        for e in CONTRACT {
            for c in e.read_by {
                assert!(seen.contains(&(*c, e.id.to_string())), "the table says {c:?} reads {}, no rule does", e.id);
            }
        }
    }
}
