//! The sources the report rests on, and how a citation is shown. The questionnaire cites sources by
//! seed code (`002 §3.1.5; 000 §4.2.2`, see `docs/BRONNEN.md`); a reader cannot look a code up, so
//! the report cites by short name (`Leidraad VVSG §3.1.5`) and the Bronnen list gives each short
//! name its code and full title.

use serde::Serialize;

/// One source of the Bronnen list.
#[derive(Debug, Serialize)]
pub struct Source {
    /// Seed code (`002`), or empty for a source the report cites only through the leidraad.
    pub code: &'static str,
    /// Short name used in citations.
    pub kort: &'static str,
    /// Full reference.
    pub titel: &'static str,
}

/// Every source the report can cite: the seeds first (by code), then the works the leidraad's tables
/// come from, which the report names in its captions.
pub const SOURCES: &[Source] = &[
    Source {
        code: "002",
        kort: "Leidraad VVSG",
        titel: "VVSG, Leidraad Regie en Coördinatie – Samenwerken aan diversiteit (hoofdstuk 2: regie en groeien \
                in coördinatie; hoofdstuk 3.1: het 4P-model).",
    },
    Source {
        code: "001",
        kort: "SBV 2019",
        titel: "Steunpunt Bestuurlijke Vernieuwing (KU Leuven, 2019), Ambtelijke capaciteit van lokale besturen: de \
                capaciteit voor de regierol op vlak van integratiebeleid, met zeven casestudies en \
                beleidsaanbevelingen.",
    },
    Source {
        code: "000",
        kort: "Masterproef Mechelen",
        titel: "Masterproef over de regierol van de stad Mechelen in het lokaal integratiebeleid: interne en externe \
                regie, instrumenten en het netwerk van partners (promotor prof. dr. A. Hondeghem).",
    },
    Source {
        code: "003",
        kort: "Geuëns 2019",
        titel: "Geuëns, M. (2019), Leren om te leren? Interorganisationeel leren inzake integratiebeleid tussen lokale \
                besturen in Vlaanderen, masterproef.",
    },
    Source {
        code: "004",
        kort: "Presentatie Mechelen",
        titel: "Stad Mechelen, Mechelen: een inclusief en horizontaal lokaal integratiebeleid als succesvolle \
                beleidsstrategie in een superdiverse samenleving (presentatie).",
    },
    Source {
        code: "",
        kort: "Gransbergen 1999",
        titel: "Gransbergen, P. (1999), De gemeente als regisseur van het werkgelegenheidsbeleid: achtergrondstudie en \
                handleiding voor zelfanalyse. De strategietabel, zoals overgenomen in de leidraad (§3.1.3).",
    },
    Source {
        code: "",
        kort: "Partners + Pröpper 2006",
        titel: "Partners + Pröpper (2006), De gemeente als regisseur. Lokale daadkracht mobiliseren. De lijst van wat \
                een gemeente wel en niet moet doen, zoals overgenomen in de leidraad (§3.1.5).",
    },
];

/// A citation as the reader sees it: each seed code replaced by its short name, and a source cited
/// again right after itself named once. `002 §3.1.1; 000 §4.2.2` → `Leidraad VVSG §3.1.1; Masterproef
/// Mechelen §4.2.2`; `002 §3.1.3; 002 §3.1.5` → `Leidraad VVSG §3.1.3, §3.1.5`; `004` → `Presentatie
/// Mechelen`. A code the list does not know stays as written, after `bron`.
pub fn cite(source: &str) -> String {
    let parts: Vec<String> = source.split(';').map(str::trim).filter(|p| !p.is_empty()).map(cite_part).collect();
    let mut out = String::new();
    let mut last_name = "";
    for part in &parts {
        match part.split_once(" §") {
            // The same source as the part before: only its section (`Leidraad VVSG §3.1.3, §3.1.5`).
            Some((name, section)) if name == last_name => {
                out.push_str(", §");
                out.push_str(section);
            }
            split => {
                if !out.is_empty() {
                    out.push_str("; ");
                }
                out.push_str(part);
                last_name = split.map_or("", |(name, _)| name);
            }
        }
    }
    out
}

fn cite_part(part: &str) -> String {
    let (code, rest) = part.split_once(' ').unwrap_or((part, ""));
    match SOURCES.iter().find(|s| !s.code.is_empty() && s.code == code) {
        Some(s) if rest.is_empty() => s.kort.to_string(),
        Some(s) => format!("{} {rest}", s.kort),
        None => format!("bron {part}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_become_short_names() {
        assert_eq!(cite("002 §3.1.5"), "Leidraad VVSG §3.1.5");
        assert_eq!(cite("002 §3.1.1; 000 §4.2.2"), "Leidraad VVSG §3.1.1; Masterproef Mechelen §4.2.2");
        assert_eq!(cite("000 §4.3.1; 004"), "Masterproef Mechelen §4.3.1; Presentatie Mechelen");
        assert_eq!(cite("003 §4.3; 003 §7.1"), "Geuëns 2019 §4.3, §7.1");
        assert_eq!(
            cite("002 §3.1.3; 002 §3.1.1; 001 §6.3; 002 §2.1"),
            "Leidraad VVSG §3.1.3, §3.1.1; SBV 2019 §6.3; Leidraad VVSG §2.1"
        );
        assert_eq!(cite("004; 004 §2"), "Presentatie Mechelen; Presentatie Mechelen §2");
    }

    #[test]
    fn an_unknown_code_is_kept() {
        assert_eq!(cite("009 §1"), "bron 009 §1");
        assert_eq!(cite(""), "");
    }

    #[test]
    fn every_seed_has_one_entry() {
        for code in ["000", "001", "002", "003", "004"] {
            assert_eq!(SOURCES.iter().filter(|s| s.code == code).count(), 1, "{code}");
        }
        let mut short: Vec<&str> = SOURCES.iter().map(|s| s.kort).collect();
        short.sort_unstable();
        short.dedup();
        assert_eq!(short.len(), SOURCES.len(), "short names are unique");
    }
}
