//! The Dutch wording of the ontwerpbeslissing: headings, the fixed sentences of a college decision,
//! and the sentences that put the analysis' findings in the third person (the advice report speaks
//! to the respondent as "u"; a decision speaks about the gemeente). Every finding comes from the
//! analysis; this module only words it.

use crate::analysis::texts::{list, lower_first};
use crate::analysis::{Breadth, Focus, Horizon};

/// Heading of the subject.
pub const KOP_ONDERWERP: &str = "Onderwerp";
/// Heading of the motivation.
pub const KOP_MOTIVERING: &str = "Motivering";
/// Heading of the legal grounds.
pub const KOP_JURIDISCH: &str = "Juridische gronden";
/// Heading of the facts.
pub const KOP_FEITEN: &str = "Feiten en context";
/// Heading of the argumentation.
pub const KOP_ARGUMENTATIE: &str = "Argumentatie";
/// Heading of the points a group has not settled.
pub const KOP_BESPREKEN: &str = "Nog te bespreken";
/// Heading of the financial consequences.
pub const KOP_FINANCIEEL: &str = "Financiële gevolgen";
/// Heading of the decision.
pub const KOP_BESLUIT: &str = "Besluit";
/// The line that opens the articles.
pub const AANHEF: &str = "Het college van burgemeester en schepenen beslist:";

/// The document's title.
pub fn titel(gemeente: &str) -> String {
    format!("Ontwerpbeslissing van het college van burgemeester en schepenen van {gemeente}")
}

/// The note under the title: what this is and what is left to do.
pub fn ontwerp(datum: &str) -> String {
    format!(
        "Ontwerp, opgemaakt met Regiewijzer op basis van het adviesrapport van {datum}. Tekst tussen vierkante haken \
         is nog in te vullen. Lees het ontwerp na en pas het aan voordat u het agendeert."
    )
}

/// The meeting, a field for the secretariaat.
pub const ZITTING: &str = "Zitting van [in te vullen door het secretariaat: datum]";

/// The subject.
pub fn onderwerp(decisions: bool) -> String {
    let rest = if decisions { " en eerste beslissingen" } else { "" };
    format!("Regie en coördinatie van het lokaal integratiebeleid: kennisname van het adviesrapport{rest}")
}

// ------------------------------------------------------------------------------------ legal grounds

/// The field for the secretariaat.
pub const JURIDISCH_VELD: &str =
    "[in te vullen door het secretariaat: de rechtsgronden van dit besluit, met de juiste artikels]";
/// Before the decrees to check.
pub const JURIDISCH_NA_TE_GAAN: &str = "Na te gaan, onder meer (Regiewijzer noemt geen artikels):";
/// Decrees whose exact title and date were checked against the Vlaamse Codex and the VVSG; no
/// article numbers, on purpose.
pub const DECRETEN: &[&str] = &[
    "het decreet van 22 december 2017 over het lokaal bestuur (de bevoegdheden van het college);",
    "het decreet van 7 juni 2013 betreffende het Vlaamse integratie- en inburgeringsbeleid.",
];

// ------------------------------------------------------------------------------------ facts

/// "vijf" for small counts, digits beyond twelve.
pub fn count(n: usize) -> String {
    const WORDS: [&str; 13] =
        ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];
    WORDS.get(n).map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// Who filled in the self-assessment, when, for whom.
pub fn zelfevaluatie(datum: &str, wie: &str, gemeente: &str, vragenlijst: &str, kort: bool) -> String {
    let mode = if kort { "de korte intake" } else { "de volledige vragenlijst" };
    format!("Op {datum} vulde {wie} voor {gemeente} de zelfevaluatie «{vragenlijst}» van Regiewijzer in ({mode}).")
}

/// A respondent: "Lies Wouters (integratieambtenaar)", or anonymous.
pub fn respondent(name: &str, role: &str) -> String {
    if name.is_empty() { format!("een anonieme respondent ({role})") } else { format!("{name} ({role})") }
}

/// The workshop: how many took part, when; the participants follow as a list.
pub fn zelfevaluatie_groep(periode: &str, n: usize, gemeente: &str, vragenlijst: &str) -> String {
    format!(
        "{periode} vulden {} deelnemers voor {gemeente} elk de zelfevaluatie «{vragenlijst}» van Regiewijzer in. \
         Hun antwoorden zijn samengebracht volgens de consensusregel van het groepsrapport. Deelnemers:",
        count(n)
    )
}

/// "Op 1 oktober 2026" or "Van 1 oktober 2026 tot 2 oktober 2026".
pub fn periode(first: &str, last: &str) -> String {
    if first == last { format!("Op {first}") } else { format!("Van {first} tot {last}") }
}

/// What the meeting of the group recorded.
pub fn consensusoverleg(agreed: usize, divided: usize) -> Option<String> {
    let n =
        |k: usize, one: &str, many: &str| if k == 1 { format!("één {one}") } else { format!("{} {many}", count(k)) };
    (agreed + divided > 0).then(|| {
        format!(
            "Het consensusoverleg legde {} vast; over {} bleef de groep verdeeld.",
            n(agreed, "antwoord", "antwoorden"),
            n(divided, "vraag", "vragen")
        )
    })
}

/// The product: themes (without the explanation in brackets) and goal.
pub fn product(themes: &[String], goal: Option<&str>) -> Option<String> {
    let goal = goal.map(|g| g.trim_end_matches(['.', ' '])).filter(|g| !g.is_empty());
    let themes: Vec<String> = themes.iter().map(|t| lower_first(t.split(" (").next().unwrap_or(t).trim())).collect();
    match (themes.is_empty(), goal) {
        (false, Some(goal)) => Some(format!("De samenwerking gaat over {}, met als doel: «{goal}».", list(&themes))),
        (false, None) => Some(format!("De samenwerking gaat over {}.", list(&themes))),
        (true, Some(goal)) => Some(format!("De samenwerking heeft als doel: «{goal}».")),
        (true, None) => None,
    }
}

/// A workshop whose participants each wrote their own goal.
pub fn product_eigen_woorden(themes: &[String]) -> String {
    let themes: Vec<String> = themes.iter().map(|t| lower_first(t.split(" (").next().unwrap_or(t).trim())).collect();
    let about =
        if themes.is_empty() { String::new() } else { format!("De samenwerking gaat over {}. ", list(&themes)) };
    format!(
        "{about}De deelnemers formuleerden het doel van de samenwerking elk in eigen woorden (zie het groepsrapport)."
    )
}

/// The shared goal of a workshop: a field.
pub const DOEL_VELD: &str = "[in te vullen: het gezamenlijke doel van de samenwerking]";

/// No themes and no goal: a field.
pub const PRODUCT_VELD: &str = "[in te vullen: het thema en het doel van de samenwerking]";

/// The position on the regie scale, with the position's meaning.
pub fn positie(label: &str, meaning: &str) -> String {
    format!(
        "Op de schaal van regie, marktsturing en netwerkcoördinatie staat de gemeente volgens de analyse bij {}. \
         {meaning}",
        lower_first(label)
    )
}

/// The stage of cooperation.
pub fn fase(stage: Option<u8>, name: &str, meaning: &str) -> String {
    match stage {
        Some(n) => format!(
            "De samenwerking met de belangrijkste partners zit in fase {n} van 4 ({}). {meaning}",
            lower_first(name)
        ),
        None => "Hoe ver de samenwerking met de partners staat, is niet bekend.".to_string(),
    }
}

/// The recommended strategy and what its cell of the strategy table means.
pub fn strategie(breadth: Breadth, focus: Focus, meanings: &[&str]) -> String {
    let b = match breadth {
        Breadth::Breedte => "een breedtestrategie",
        Breadth::Diepte => "een dieptestrategie",
    };
    let f = match focus {
        Focus::Beleidsinhoudelijk => "gericht op de inhoud van het beleid (beleidsinhoudelijk)",
        Focus::Procesmatig => "gericht op de samenwerking met partners (procesmatig)",
        Focus::Beide => "gericht op zowel de inhoud van het beleid als de samenwerking met partners",
    };
    let meanings: Vec<String> = meanings.iter().map(|m| lower_first(m.trim().trim_end_matches('.'))).collect();
    format!("De analyse beveelt {b} aan, {f}. In de strategietabel van de leidraad betekent dat: {}.", list(&meanings))
}

/// The recommended scenario.
pub fn scenario(n: u8, name: &str) -> String {
    format!("Als werkvorm past scenario {n} van de leidraad: {}.", lower_first(name))
}

/// Added to a finding that rests on a weak consensus.
pub const NOG_TE_BESPREKEN: &str = "Dit punt is nog te bespreken (zie «Nog te bespreken»).";

// ------------------------------------------------------------------------------------ argumentation

/// Why a broad or a bounded approach, first sentence.
pub fn breedte_keuze(value: Breadth, wish: Option<Breadth>, diepte_uitleg: &str) -> String {
    match (value, wish) {
        (Breadth::Breedte, _) => {
            "De analyse kiest voor een brede aanpak: het integratiebeleid over de hele lijn versterken.".to_string()
        }
        (Breadth::Diepte, Some(Breadth::Breedte)) => {
            "Het bestuur wil het integratiebeleid over de hele lijn versterken, maar de basis daarvoor is er nog niet."
                .to_string()
        }
        (Breadth::Diepte, _) => diepte_uitleg.to_string(),
    }
}

/// What a broad approach needs (leidraad 3.1.3).
pub const BREEDTE_VEREIST: &str = "Een brede aanpak vraagt mandaat, draagvlak, middelen en visie.";
/// All four are there.
pub const BREEDTE_AANWEZIG: &str = "Die zijn aanwezig.";

/// What lacks, what is to strengthen, what is unknown, as topics.
pub fn paraatheid(lacking: &[String], weak: &[String], unknown: &[String]) -> String {
    let mut out = Vec::new();
    if !lacking.is_empty() {
        out.push(format!("Er ontbreekt nog: {}.", items(lacking)));
    }
    if !weak.is_empty() {
        out.push(format!("Te versterken: {}.", items(weak)));
    }
    if !unknown.is_empty() {
        out.push(format!("Nog na te gaan: {}.", items(unknown)));
    }
    out.join(" ")
}

/// Items in a sentence; items that hold a comma or "en" themselves are separated by semicolons.
fn items(items: &[String]) -> String {
    if items.iter().any(|i| i.contains(", ") || i.contains(" en ")) { items.join("; ") } else { list(items) }
}

/// Breadth wanted, not ready: what the leidraad says happens, and the way out.
pub const DIEPTE_EERST: &str = "Een brede ambitie zonder die basis leidt tot gefrustreerde en uitgebluste \
deelnemers. Daarom begint de gemeente met een duidelijk afgebakend, haalbaar project (dieptestrategie); een \
geslaagd project is de opstap naar meer.";

/// Content and process together, in the third person.
pub const BEIDE_UITLEG: &str = "Inhoud en proces gaan samen: de gemeente werkt aan de inhoud van \
beleidsonderdelen en zorgt tegelijk voor de samenwerking met partners.";

/// Why this scenario.
pub fn scenario_argument(n: u8, name: &str, meaning: &str) -> String {
    format!("Voor de organisatie van het werk past scenario {n}, {}. {meaning}", lower_first(name))
}

/// No procedure answer known.
pub const SCENARIO_ONBEKEND: &str = "Over de werkvorm is nog weinig bekend; dit is de eenvoudigste vorm.";

/// A procedure warning of `kind` in the third person, when it says something the college needs.
pub fn procedure_waarschuwing(kind: &str) -> Option<&'static str> {
    use crate::analysis::texts as t;
    Some(match kind {
        k if k == t::W_INHAKEN => {
            "Er bestaat al een groep waarop het werk kan inhaken; dat is lichter dan een nieuwe werkgroep."
        }
        k if k == t::W_BUREN_NIET_TEGELIJK => {
            "Samenwerken met andere gemeenten zou passen, maar de buurgemeenten willen nu niet tegelijk aan dit thema \
             werken, en dat is de basisvoorwaarde van bovenlokale samenwerking. Daarom een werkvorm binnen de \
             gemeente."
        }
        k if k == t::W_BUREN_NAGAAN => {
            "Of de buurgemeenten op hetzelfde moment aan dit thema willen werken, is nog na te gaan: dat is de \
             basisvoorwaarde van bovenlokale samenwerking."
        }
        k if k == t::W_SPANNING => {
            "De antwoorden over de procedure wezen op een andere werkvorm; de strategie en de capaciteit gaven de \
             doorslag."
        }
        k if k == t::W_CLUSTERGROEP_ZWAAR => {
            "Een clustergroep is zwaar voor een afgebakend project of voor weinig menskracht: het werk haakt waar het \
             kan in op bestaande groepen en begint met één cluster."
        }
        _ => return None,
    })
}

/// The SBV 2019 path, followed.
pub const SBV_GEVOLGD: &str = "De gemeente werkt aan integratie binnen het lokaal sociaal beleid, zonder apart \
integratiebeleid. Volgens het onderzoek van het Steunpunt Bestuurlijke Vernieuwing (2019) is dat een volwaardige \
keuze, die sterker wordt met samenwerking met buurgemeenten of in gedeelde structuren.";
/// Added when the doelgroep is not small.
pub const SBV_GROTE_DOELGROEP: &str = "In dat onderzoek past die keuze bij gemeenten met weinig inwoners van \
buitenlandse herkomst; met een merkbare of grote doelgroep is een eigen integratiebeleid het overwegen waard.";
/// The SBV 2019 path, recommended.
pub const SBV_AANBEVOLEN: &str = "Met weinig personeel en een kleine doelgroep hoeft de gemeente geen apart \
integratiebeleid uit te bouwen: integratie kan een plaats krijgen in het lokaal sociaal beleid, samen met \
buurgemeenten of in gedeelde structuren. Volgens het onderzoek van het Steunpunt Bestuurlijke Vernieuwing (2019) is \
dat een volwaardige keuze.";
/// Added when the neighbours' willingness is unknown.
pub const SBV_BUREN_NAGAAN: &str =
    "Of de buurgemeenten op hetzelfde moment aan dit thema willen werken, is nog na te gaan.";

/// Internal regie lags behind.
pub const INTERNE_REGIE: &str = "De interne regie blijft achter. Zonder eindverantwoordelijke, mandaat en \
verankering in het managementteam en de meerjarenplanning loopt de samenwerking met partners vast; de interne \
regie moet daarom vóór of samen met die samenwerking versterkt worden.";

/// The plan and which actions became articles; `small` when the capacity limited its size to `max`.
pub fn plan(actions: usize, small: Option<usize>, articles: usize, held: usize) -> String {
    let mut out = vec![match (actions, small) {
        (0, _) => return "Het adviesrapport vond geen zwakke punten die om een actie vragen.".to_string(),
        (1, _) => "Het adviesrapport stelt één actie voor.".to_string(),
        (n, Some(max)) => format!(
            "Het adviesrapport stelt {} acties voor, afgestemd op de beperkte capaciteit van de gemeente (ten \
             hoogste {}). Wat de gekozen aanpak het meest in de weg staat, komt eerst.",
            count(n),
            count(max)
        ),
        (n, None) => format!(
            "Het adviesrapport stelt {} acties voor. Wat de gekozen aanpak het meest in de weg staat, komt eerst.",
            count(n)
        ),
    }];
    out.push(match (actions, articles) {
        (1, 0) => "Die vraagt nu geen beslissing van het college.".to_string(),
        (1, _) => "Die vraagt een beslissing van het college; ze staat hieronder als artikel.".to_string(),
        (_, 0) => "Geen ervan vraagt nu een beslissing van het college.".to_string(),
        (_, 1) => "Eén ervan vraagt een beslissing van het college; die staat hieronder als artikel.".to_string(),
        (n, k) if n == k => {
            format!("Alle {} vragen een beslissing van het college; die staan hieronder als artikels.", count(k))
        }
        (_, k) => format!(
            "{} ervan vragen een beslissing van het college; die staan hieronder als artikels.",
            upper(&count(k))
        ),
    });
    if held > 0 {
        out.push(format!(
            "{} {} op de bespreking van de punten die nog open liggen.",
            upper(&count(held)),
            if held == 1 { "beslissing wacht" } else { "beslissingen wachten" }
        ));
    }
    out.join(" ")
}

/// A word at the start of a sentence; "één" becomes "Eén", as Dutch writes it.
fn upper(text: &str) -> String {
    match text.strip_prefix("één") {
        Some(rest) => format!("Eén{rest}"),
        None => crate::analysis::texts::upper_first(text),
    }
}

// ------------------------------------------------------------------------------------ still to discuss

/// Opens the list of points a group has not settled.
pub const BESPREKEN_INLEIDING: &str = "Over deze punten bleef de groep verdeeld of was de consensus zwak. Het \
besluit legt er niets over vast; ze zijn eerst te bespreken:";

/// A result that rests on a weak consensus.
pub fn broos(label: &str, outcome: &str, prompts: &[String]) -> String {
    let prompts: Vec<String> = prompts.iter().map(|p| format!("«{p}»")).collect();
    format!(
        "{label}: de analyse komt uit op {}, maar dat rust op een zwakke consensus over {}.",
        lower_first(outcome),
        list(&prompts)
    )
}

/// A question the meeting left divided.
pub fn verdeeld(prompt: &str) -> String {
    format!("«{prompt}»: het consensusoverleg bleef verdeeld.")
}

/// Opens the list of decisions held back.
pub const UITGESTELD_INLEIDING: &str =
    "Deze voorstellen uit het actieplan hangen van die punten af en staan daarom nog niet in het besluit:";

/// A decision held back.
pub fn uitgesteld(decision: &str, action: usize, title: &str) -> String {
    format!("{} (actie {action}: «{title}»).", decision.trim().trim_end_matches('.'))
}

// ------------------------------------------------------------------------------------ money

/// The staff working on integration today, as far as the answers show.
pub fn capaciteit(vte: Option<f64>, organisation: Option<&str>) -> Option<String> {
    let number = |v: f64| crate::analysis::inputs::format_number(v);
    Some(match (organisation, vte) {
        (Some("geen"), _) => "Vandaag werkt niemand specifiek aan integratie.".to_string(),
        (_, Some(0.0)) => "Vandaag werkt niemand structureel aan integratie.".to_string(),
        (Some("een_persoon"), Some(v)) => {
            format!("Vandaag werkt één persoon aan integratie, met {} VTE vaste capaciteit.", number(v))
        }
        (Some("een_persoon"), None) => "Vandaag werkt één persoon aan integratie; hoeveel tijd daarvoor vast \
             voorzien is, is niet bekend."
            .to_string(),
        (_, Some(v)) => format!("Vandaag werken {} VTE vast aan integratie.", number(v)),
        (Some("dienst"), None) => "Vandaag werkt een dienst met meerdere medewerkers aan integratie.".to_string(),
        _ => return None,
    })
}

/// Staff unknown: a field.
pub const CAPACITEIT_VELD: &str = "[in te vullen: hoeveel personeel vandaag aan integratie werkt]";

/// The temporary-funding answer as a degree (ja 1, gedeeltelijk ½, nee 0).
pub fn tijdelijk(degree: f64) -> &'static str {
    if degree >= 1.0 {
        "Een deel van het werk hangt af van tijdelijke middelen (een projectsubsidie of een tijdelijke impuls): als \
         die aflopen, dreigt het werk stil te vallen."
    } else if degree > 0.0 {
        "Het werk hangt gedeeltelijk af van tijdelijke middelen (een projectsubsidie of een tijdelijke impuls)."
    } else {
        "Het werk hangt niet af van tijdelijke middelen."
    }
}

/// Temporary funding unknown: a field.
pub const TIJDELIJK_VELD: &str = "[in te vullen: of het werk afhangt van tijdelijke middelen]";

/// The plan's size follows the capacity.
pub fn plan_past(max: usize) -> String {
    format!("Het actieplan houdt daar rekening mee: ten hoogste {} acties.", count(max))
}

/// No decision beyond taking note.
pub const GEEN_KOSTEN: &str = "Geen: dit besluit neemt alleen kennis van het adviesrapport.";
/// The articles fix no amounts.
pub const GEEN_BEDRAGEN: &str = "Dit besluit legt zelf geen bedragen vast.";

/// The articles whose term is the meerjarenplan.
pub fn meerjarenplan(articles: &[usize]) -> String {
    let nums: Vec<String> = articles.iter().map(ToString::to_string).collect();
    if articles.len() == 1 {
        format!("Artikel {} hoort thuis in het meerjarenplan.", nums[0])
    } else {
        format!("De artikels {} horen thuis in het meerjarenplan.", list(&nums))
    }
}

/// The field for the costs of the articles.
pub fn kosten_veld(articles: &[usize]) -> String {
    let nums: Vec<String> = articles.iter().map(ToString::to_string).collect();
    let which = if articles.len() == 1 {
        format!("artikel {} kost", nums[0])
    } else {
        format!("de artikels {} kosten", list(&nums))
    };
    format!(
        "[in te vullen door de dossierbeheerder, met de financieel directeur: wat {which} in personeelstijd en \
         budget, de budgetsleutel en, waar nodig, het visum]"
    )
}

// ------------------------------------------------------------------------------------ articles

/// "Artikel 1".
pub fn artikel(n: usize) -> String {
    format!("Artikel {n}")
}

/// The first article: taking note of the report.
pub fn kennisname(gemeente: &str, datum: &str, group: Option<usize>) -> String {
    let basis = match group {
        Some(n) => format!("de zelfevaluatie door {} deelnemers (groepsrapport)", count(n)),
        None => format!("de zelfevaluatie van {datum}"),
    };
    format!(
        "Het college neemt kennis van het adviesrapport over de regie en coördinatie van het lokaal integratiebeleid \
         in {gemeente}, opgemaakt met Regiewijzer op basis van {basis}."
    )
}

/// Who follows a decision up, and when.
pub fn uitvoering(owner: &str, horizon: Horizon) -> String {
    format!("Opvolging: {owner}. Termijn: {}.", termijn(horizon))
}

/// A horizon as the term of a decision.
pub fn termijn(h: Horizon) -> &'static str {
    match h {
        Horizon::Nu => "onmiddellijk",
        Horizon::DitJaar => "dit jaar",
        Horizon::Meerjarenplan => "op te nemen in het meerjarenplan",
    }
}

/// Where a decision comes from: its action.
pub fn herkomst(action: usize, title: &str) -> String {
    format!("Herkomst: actie {action} van het actieplan, «{title}».")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_words_when_small() {
        assert_eq!(count(1), "één");
        assert_eq!(count(5), "vijf");
        assert_eq!(count(13), "13");
    }

    #[test]
    fn the_plan_sentence_agrees_in_number() {
        assert_eq!(
            plan(1, Some(5), 1, 0),
            "Het adviesrapport stelt één actie voor. Die vraagt een beslissing van het college; ze staat hieronder \
             als artikel."
        );
        let many = plan(7, None, 3, 1);
        assert!(many.contains("zeven acties voor. Wat") && many.contains("Drie ervan vragen"), "{many}");
        assert!(many.contains("Eén beslissing wacht"), "{many}");
        let small = plan(5, Some(5), 5, 0);
        assert!(small.contains("beperkte capaciteit van de gemeente (ten hoogste vijf)"), "{small}");
        assert!(small.contains("Alle vijf vragen"), "{small}");
        assert_eq!(plan(0, Some(5), 0, 0), "Het adviesrapport vond geen zwakke punten die om een actie vragen.");
    }

    #[test]
    fn fields_are_marked_with_square_brackets() {
        for field in [ZITTING, JURIDISCH_VELD, PRODUCT_VELD, CAPACITEIT_VELD, TIJDELIJK_VELD, &kosten_veld(&[2, 3])] {
            assert!(field.contains("[in te vullen") && field.ends_with(']'), "{field}");
        }
    }
}
