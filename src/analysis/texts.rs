//! The Dutch wording of analysis results: labels, explanations and warnings. One place, so that the
//! rules stay readable and the wording can be reviewed on its own. Advice — what a gemeente should
//! do — is data, in the questionnaire's `[[aims]]`; this module only words what the analysis found.
//! The meanings paraphrase the leidraad (002 §2, §3.1.3–3.1.5) and SBV 2019 (001 §6.2, §6.3, §7.1).

use super::Reason;
use super::concepts::{Breadth, Conclusion, Focus, Positie, ReadinessStatus, WhyOpen as Why};
use crate::questionnaire::{Horizon, OwnerRole};

/// Shown as the answer of a question without an answer.
pub const NOT_ANSWERED: &str = "niet beantwoord";
/// Shown as the prompt of a contract question the questionnaire lacks.
pub const MISSING_QUESTION: &str = "(deze vraag ontbreekt in de gebruikte vragenlijst)";
/// An empty answer.
pub const EMPTY: &str = "(leeg)";

/// "3 rijen".
pub fn records(n: usize) -> String {
    if n == 1 { "1 rij".to_string() } else { format!("{n} rijen") }
}

/// `a`, `a en b`, `a, b en c`.
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} en {last}", init.join(", ")),
    }
}

// ------------------------------------------------------------------------------------ position

/// Label of a position on its own.
fn positie_naam(p: Positie) -> &'static str {
    match p {
        Positie::Netwerkcoordinatie => "Netwerkcoördinatie",
        Positie::Marktsturing => "Marktsturing",
        Positie::Regie => "Regie",
    }
}

/// Label of a position, with the traits of others when the picture is mixed.
pub fn positie_label(p: Positie, traits: &[Positie]) -> String {
    if traits.is_empty() {
        return positie_naam(p).to_string();
    }
    let traits: Vec<String> = traits.iter().map(|t| positie_naam(*t).to_lowercase()).collect();
    format!("{} met trekken van {}", positie_naam(p), list(&traits))
}

/// What a position means (002 §2.1), as a definition, not as a claim about this gemeente.
pub fn positie_uitleg(p: Positie) -> &'static str {
    match p {
        Positie::Regie => {
            "Regie betekent doorzettingsmacht: juridische of financiële middelen waarmee het bestuur partners kan \
             sturen als vrijwillige samenwerking niet volstaat."
        }
        Positie::Marktsturing => {
            "Marktsturing zit tussen netwerk en regie in: het bestuur stuurt met financiële prikkels waarop \
             partners al dan niet ingaan, naar hun eigen doelen."
        }
        Positie::Netwerkcoordinatie => {
            "Bij netwerkcoördinatie steunt de samenwerking op vrijwilligheid, overleg, visie en argumenten, zonder \
             doorzettingsmacht. Zo werken de meeste gemeenten aan integratie."
        }
    }
}

/// Added when no answer about doorzettingsmacht is known.
pub const POSITIE_ONBEKEND: &str =
    " Er is niets bekend over doorzettingsmacht; zonder aangetoonde instrumenten gaan we uit van netwerkcoördinatie.";
/// Opens the sentences on what the answers say.
pub const POSITIE_ANTWOORDEN: &str = " Uit uw antwoorden:";

/// Legal instruments in use.
pub fn positie_juridisch_middelen(labels: &[String]) -> String {
    format!("de gemeente gebruikt juridische middelen ({}).", lower_list(labels))
}

/// The legal doorzettingsmacht answer, 0 / ½ / 1.
pub fn positie_juridisch(degree: f64) -> &'static str {
    if degree >= 1.0 {
        "de gemeente kan partners juridisch verplichten."
    } else if degree > 0.0 {
        "de gemeente kan partners deels juridisch verplichten."
    } else {
        "de gemeente kan partners niet juridisch verplichten."
    }
}

/// The financial dependence answer.
pub fn positie_financieel(degree: f64) -> &'static str {
    if degree >= 1.0 {
        "Partners zijn sterk afhankelijk van geld van de gemeente: dat is financiële doorzettingsmacht."
    } else if degree > 0.0 {
        "Partners hangen deels af van geld van de gemeente: dat geeft wat financiële hefboom, maar is op zich nog \
         geen marktsturing."
    } else {
        "Partners hangen niet af van geld van de gemeente."
    }
}

/// Money instruments in use.
pub fn positie_prikkels_middelen(labels: &[String]) -> String {
    format!("Met geld dat partners vrij kunnen opnemen, werkt de gemeente via: {}.", lower_list(labels))
}

/// "No incentives" answered, yet money instruments ticked.
pub fn positie_prikkels_tegenstrijdig(labels: &[String]) -> String {
    format!(
        "U antwoordde dat de gemeente niet met financiële prikkels werkt, maar noemt bij de middelen wel {}: \
         bekijk of die partners vrij laten ingaan op het aanbod.",
        lower_list(labels)
    )
}

/// The marktsturing answer without instruments.
pub fn positie_prikkels(degree: f64) -> &'static str {
    if degree >= 1.0 {
        "De gemeente werkt met financiële prikkels die partners vrij kunnen opnemen."
    } else if degree > 0.0 {
        "De gemeente werkt deels met financiële prikkels die partners vrij kunnen opnemen."
    } else {
        "De gemeente werkt niet met financiële prikkels."
    }
}

/// Network instruments in use.
pub fn positie_netwerk_middelen(labels: &[String]) -> String {
    format!("Verder steunt de samenwerking op: {}.", lower_list(labels))
}

/// Option labels in a sentence; labels that contain "en" themselves are separated by semicolons.
fn lower_list(labels: &[String]) -> String {
    let labels: Vec<String> = labels.iter().map(|l| lower_first(l)).collect();
    if labels.iter().any(|l| l.contains(" en ")) { labels.join("; ") } else { list(&labels) }
}

/// Label and meaning of stage 1–4 (002 §2.2, groeien in coördinatie).
pub fn fase(stage: Option<u8>) -> (&'static str, &'static str) {
    match stage {
        Some(1) => ("1 — Informatie uitwisselen", "De lichtste vorm van samenwerking: partners delen informatie."),
        Some(2) => (
            "2 — Overleg",
            "Partners sturen vertegenwoordigers die namens hun organisatie kunnen spreken naar overleg.",
        ),
        Some(3) => (
            "3 — Gezamenlijke engagementen",
            "Partners nemen samen engagementen volgens een gezamenlijke strategie, tot collegiale beslissingen toe.",
        ),
        Some(4) => (
            "4 — Partnerschapsorganisatie",
            "Taken en bevoegdheden zijn overgedragen aan een partnerschapsorganisatie.",
        ),
        _ => ("Onbekend", "De fase van samenwerking is niet gekend."),
    }
}

/// Added when the stage comes from the actor inventory.
pub const FASE_UIT_ACTOREN: &str =
    " (Afgeleid uit de fase van samenwerking die de meeste actoren in de inventaris bereikten.)";

// ---------------------------------------------------------------------------- readiness, strategy

/// Label of a readiness item.
pub fn readiness_item(id: &str) -> &'static str {
    match id {
        "mandaat" => "mandaat",
        "draagvlak" => "draagvlak",
        "middelen" => "middelen",
        _ => "visie",
    }
}

/// The readiness verdict in words.
pub fn readiness_label(s: ReadinessStatus) -> &'static str {
    match s {
        ReadinessStatus::Klaar => "Klaar voor een breedtestrategie",
        ReadinessStatus::KlaarMetVoorwaarden => "Klaar voor breedte, met voorwaarden",
        ReadinessStatus::NietKlaar => "Nog niet klaar voor breedte",
        ReadinessStatus::Onbekend => "Paraatheid onbekend",
    }
}

/// A weak answer named in a sentence: "het ambtelijk draagvlak (we gaan ervan uit, maar …)".
pub fn weak_point(r: &Reason) -> String {
    let answer = lower_first(r.answer.trim());
    let answer = answer.strip_suffix('.').unwrap_or(&answer);
    match r.text.split_once(": ") {
        Some((topic, _)) if !r.text.contains(" Antwoord: ") => format!("{} ({answer})", lower_first(topic)),
        _ => format!("«{}» ({answer})", r.prompt.trim()),
    }
}

/// Readiness in one or two sentences, naming only what is weak.
pub fn readiness_uitleg(
    status: ReadinessStatus,
    present: &[String],
    weak: &[String],
    lacking: &[String],
    unknown: &[String],
) -> String {
    let mut out = Vec::new();
    match status {
        ReadinessStatus::Klaar => out.push("Mandaat, draagvlak, middelen en visie zijn aanwezig.".to_string()),
        ReadinessStatus::NietKlaar if !lacking.is_empty() => out.push(format!("Er ontbreekt: {}.", list(lacking))),
        ReadinessStatus::NietKlaar => {
            out.push(format!("Te veel is nog maar gedeeltelijk aanwezig: {}.", list(weak)));
        }
        _ => {}
    }
    if status != ReadinessStatus::Klaar && !present.is_empty() {
        out.push(format!("Aanwezig: {}.", list(present)));
    }
    if !weak.is_empty() && (status != ReadinessStatus::NietKlaar || !lacking.is_empty()) {
        out.push(format!("Te versterken: {}.", list(weak)));
    }
    if !unknown.is_empty() {
        out.push(format!("Nog na te gaan: {}.", list(unknown)));
    }
    upper_first(&out.join(" "))
}

/// Kind of the warning: breadth wanted, ready on conditions.
pub const W_BREEDTE_MET_VOORWAARDEN: &str = "breedte_met_voorwaarden";
/// Kind of the warning: breadth wanted, not ready.
pub const W_BREEDTE_NIET_KLAAR: &str = "breedte_niet_klaar";
/// Kind of the warning: breadth wanted, readiness unknown.
pub const W_BREEDTE_ONBEKEND: &str = "breedte_onbekend";

/// Breadth wanted and possible, on conditions (named).
pub fn breedte_met_voorwaarden(weak: &[String], unknown: &[String]) -> String {
    let mut text = String::from(
        "Een breedtestrategie kan: er is geen duidelijk tekort aan mandaat, draagvlak, middelen of visie.",
    );
    if !weak.is_empty() {
        text.push_str(" Versterk wel ");
        text.push_str(&list(weak));
        text.push_str(", anders dreigt de brede ambitie vast te lopen.");
    }
    if !unknown.is_empty() {
        text.push_str(" Ga ook na hoe het staat met ");
        text.push_str(&list(unknown));
        text.push('.');
    }
    text
}

/// Breadth wanted without readiness: name what lacks (or what is only partly there).
pub fn breedte_niet_klaar(lacking: &[String], weak: &[String]) -> String {
    let what = if lacking.is_empty() {
        format!("te veel is nog maar gedeeltelijk aanwezig: {}", list(weak))
    } else {
        format!("er ontbreekt {}", list(lacking))
    };
    format!(
        "U wilt het integratiebeleid over de hele lijn versterken, maar {what}. Een brede ambitie leidt dan tot \
         gefrustreerde en uitgebluste deelnemers. Begin met een duidelijk afgebakend, haalbaar project \
         (dieptestrategie); een succes is de opstap naar meer."
    )
}

/// Breadth wanted, readiness unknown.
pub fn breedte_onbekend(unknown: &[String]) -> String {
    format!(
        "U wilt het integratiebeleid over de hele lijn versterken, maar over {} is niets bekend. Ga dat eerst na; \
         tot dan is een afgebakend project (dieptestrategie) de veilige keuze.",
        list(unknown)
    )
}

/// Added to the content/process explanation when neither the wish nor any answer points either way.
pub const FOCUS_ONBEKEND: &str = " Er is geen voorkeur opgegeven en geen antwoord wijst in één richting: \
combineer inhoud en proces, en zoek de antwoorden hieronder uit om later gericht te kiezen.";

/// Label of the beleidsinhoudelijke conditions when diepte's are listed above them.
pub const CONDITIONS_BELEIDSINHOUDELIJK_NAAST_DIEPTE: &str =
    "Voorwaarden van de beleidsinhoudelijke strategie (naast die van de dieptestrategie hierboven)";

/// Label of breedte/diepte.
pub fn breadth_label(b: Breadth) -> &'static str {
    match b {
        Breadth::Breedte => "Breedtestrategie",
        Breadth::Diepte => "Dieptestrategie",
    }
}

/// Label of the content/process choice.
pub fn focus_label(f: Focus) -> &'static str {
    match f {
        Focus::Beleidsinhoudelijk => "Beleidsinhoudelijke strategie",
        Focus::Procesmatig => "Procesmatige strategie",
        Focus::Beide => "Beleidsinhoudelijk én procesmatig",
    }
}

/// The meaning of a quadrant of the Gransbergen table (002 §3.1.3).
pub fn quadrant(b: Breadth, f: Focus) -> &'static str {
    match (b, f) {
        (Breadth::Breedte, Focus::Procesmatig) => {
            "Samenwerken met derden om op diverse terreinen verbeteringen aan te brengen."
        }
        (Breadth::Diepte, Focus::Procesmatig) => "Samenwerken met specifieke partners om speerpunten te realiseren.",
        (Breadth::Breedte, _) => "Op eigen kracht zoveel mogelijk verbeteringen tot stand brengen.",
        (Breadth::Diepte, _) => "Speerpunten kiezen waaraan de gemeente zelf vorm geeft.",
    }
}

/// Kind of the warning that a process approach is too ambitious.
pub const W_PROCES_TE_AMBITIEUS: &str = "proces_te_ambitieus";
/// Process wanted in a compartmentalised role culture.
pub const PROCES_TE_AMBITIEUS: &str = "U wilt vooral de relaties met derden verbeteren, maar de antwoorden wijzen \
op weinig externe inbreng, verkokering, een rolcultuur of weinig actoren. Meteen procesmatig starten kan dan te \
ambitieus zijn: werk stap voor stap, te beginnen met de inhoud van een afgebakend beleidsonderdeel.";

/// Kind of the note that process work fits as well.
pub const W_OOK_PROCESMATIG: &str = "ook_procesmatig";
/// Content wanted where the organisation suits process work as well.
pub const OOK_PROCESMATIG: &str = "U kiest voor de inhoud, maar het bestuur betrekt actoren stelselmatig of kent een \
taakcultuur: combineer inhoud met aandacht voor de samenwerking (beide kunnen samengaan).";

/// Explanation of the chosen breadth.
pub fn breadth_uitleg(b: Breadth) -> &'static str {
    match b {
        Breadth::Breedte => {
            "Het bestuur versterkt het lokaal integratiebeleid over de hele lijn; dat vraagt mandaat, draagvlak, \
             middelen en visie."
        }
        Breadth::Diepte => {
            "Het bestuur legt de nadruk op specifieke facetten: dat past bij minder draagvlak, een specifiek knelpunt \
             of een uitgelezen kans, en afgebakende successen werken weerstand weg."
        }
    }
}

/// Explanation of the content/process choice.
pub fn focus_uitleg(f: Focus) -> &'static str {
    match f {
        Focus::Beleidsinhoudelijk => {
            "Het accent ligt op de inhoudelijke uitwerking van beleidsonderdelen; dat past bij een bestuur met weinig \
             externe inbreng, een verkokerde organisatie met rolcultuur of weinig actoren rond integratie."
        }
        Focus::Procesmatig => {
            "Het accent ligt op betere relaties met derden; dat past bij een bestuur dat actoren stelselmatig \
             betrekt en een taakcultuur."
        }
        Focus::Beide => {
            "Inhoud en proces gaan samen: aandacht voor de inhoud combineert u met zorg voor de samenwerking."
        }
    }
}

// ------------------------------------------------------------------------------------ capacity, SBV

/// The capacity in a sentence, and what it means for the plan.
pub fn capaciteit_uitleg(vte: Option<f64>, organisation: Option<&str>, max_actions: usize) -> String {
    let who = match (organisation, vte) {
        (Some("geen"), _) => "Niemand werkt specifiek aan integratie".to_string(),
        (_, Some(0.0)) => "Niemand werkt structureel aan integratie".to_string(),
        (Some("een_persoon"), Some(v)) => format!("Eén persoon werkt aan integratie, samen {} VTE", number(v)),
        (Some("een_persoon"), None) => "Eén persoon werkt aan integratie".to_string(),
        (_, Some(v)) => format!("{} VTE werken structureel aan integratie", number(v)),
        (Some("dienst"), None) => "Een dienst met meerdere medewerkers werkt aan integratie".to_string(),
        _ => "De capaciteit voor integratie is niet bekend".to_string(),
    };
    format!("{who}: het plan houdt daarom ten hoogste {max_actions} acties; de rest staat in de bijlage.")
}

fn number(n: f64) -> String {
    super::inputs::format_number(n)
}

/// The SBV 2019 path, already followed.
pub const SBV_GEVOLGD: &str = "U werkt aan integratie binnen het lokaal sociaal beleid, zonder apart \
integratiebeleid. Dat is een volwaardige keuze (SBV 2019): versterk ze met samenwerking met buurgemeenten of \
gedeelde structuren.";

/// Added when the path is followed with a noticeable or large doelgroep.
pub const SBV_GEVOLGD_GROTE_DOELGROEP: &str = " Let op: in het onderzoek past die keuze bij gemeenten met weinig \
inwoners van buitenlandse herkomst. Met een merkbare of grote doelgroep is een eigen integratiebeleid het \
overwegen waard.";

/// The SBV 2019 path, recommended.
pub const SBV_AANBEVOLEN: &str = "Met weinig mensen en een kleine doelgroep hoeft u geen apart \
integratiebeleid uit te bouwen. Een volwaardig alternatief (SBV 2019): integratie opnemen in het lokaal sociaal \
beleid en samenwerken met buurgemeenten of in gedeelde structuren. Dat is geen mislukking, maar een bewuste keuze.";

/// Added when the neighbours' willingness is not known.
pub const SBV_BUREN_NAGAAN: &str =
    " Ga wel eerst na of de buurgemeenten op hetzelfde moment aan dit thema willen werken.";

// ------------------------------------------------------------------------------------ procedure

/// Name of scenario 1–4.
pub fn scenario_naam(n: u8) -> &'static str {
    match n {
        2 => "De vaste basisgroep",
        3 => "De clustergroep",
        4 => "Bovenlokale samenwerking",
        _ => "De unieke groep",
    }
}

/// When scenario 1–4 fits (002 §3.1.4).
pub fn scenario_uitleg(n: u8) -> &'static str {
    match n {
        2 => {
            "Een vaste groep belanghebbenden komt telkens samen en wordt per agendapunt uitgebreid met deskundigen; \
             de groep werkt een voorstel uit voor college en raad."
        }
        3 => {
            "Het werk valt uiteen in subthema's of doelgroepen: clustergroepen onder een inhoudelijk deskundige \
             clusterverantwoordelijke, een coördinatiegroep onder de planningsverantwoordelijke en een beleidsgroep \
             voor de eerste politieke toetsing. De planningscoördinator heeft vooral planningscompetenties."
        }
        4 => {
            "Samen met andere gemeenten, als de menskracht beperkt is of stakeholders bovenlokaal of gedeeld zijn. \
             Analyse en actieplanning kunnen samen; beleidskeuzes maakt elke gemeenteraad zelf. Koppel formeel en \
             informeel terug naar elk lokaal bestuur."
        }
        _ => {
            "Weinig stakeholders: één gemengde projectgroep van mandatarissen, ambtenaren en mensen van buiten het \
             bestuur maakt een voorstel voor college en gemeenteraad."
        }
    }
}

/// Added when no procedure answer is known.
pub const SCENARIO_ONBEKEND: &str =
    " Over de procedure is weinig bekend; we gaan uit van de eenvoudigste vorm tot er meer gegevens zijn.";

/// Kind of the warning: the answers point to bovenlokaal, the neighbours do not want to.
pub const W_BUREN_NIET_TEGELIJK: &str = "buren_niet_tegelijk";
/// Bovenlokaal would fit, but the neighbours do not work on it at the same time.
pub const BUREN_NIET_TEGELIJK: &str = "Samenwerken met andere gemeenten zou passen bij uw antwoorden, maar de \
buurgemeenten willen nu niet tegelijk aan dit thema werken, en dat is de basisvoorwaarde van bovenlokale \
samenwerking. Daarom een werkvorm binnen de gemeente; zoek intussen gelijkgezinde buurgemeenten of sluit aan bij \
een bestaand bovenlokaal overleg.";

/// Kind of the note: scenario 4 without knowing the neighbours.
pub const W_BUREN_NAGAAN: &str = "buren_nagaan";
/// Scenario 4 recommended, neighbours' willingness unknown.
pub const BUREN_NAGAAN: &str = "Ga na of de buurgemeenten op hetzelfde moment aan dit thema willen werken: dat \
is de basisvoorwaarde van bovenlokale samenwerking.";

/// Kind of the note: hook into an existing group.
pub const W_INHAKEN: &str = "inhaken";
/// Hook into an existing group.
pub const INHAKEN: &str = "Er bestaat al een groep: haak daarop in in plaats van een nieuwe werkgroep op te richten.";

/// Kind of an adjustment: diepte needs no clusters.
pub const W_DIEPTE_GEEN_CLUSTERS: &str = "diepte_geen_clusters";
/// A bounded project rarely needs clusters per subtheme.
pub const DIEPTE_GEEN_CLUSTERS: &str =
    "Een afgebakend project (dieptestrategie) heeft zelden clustergroepen per subthema nodig.";
/// Kind of an adjustment: clusters too heavy for the capacity.
pub const W_CLUSTERS_TE_ZWAAR: &str = "clusters_te_zwaar";
/// A clustergroep needs staff.
pub const CLUSTERS_TE_ZWAAR: &str = "Een clustergroep vraagt een planningscoördinator, een coördinatiegroep en \
een beleidsgroep: te zwaar voor minder dan één VTE.";
/// Kind of an adjustment: a beleidsgroep without political engagement.
pub const W_BELEIDSGROEP_ZONDER_ENGAGEMENT: &str = "beleidsgroep_zonder_engagement";
/// A beleidsgroep presumes political engagement.
pub const BELEIDSGROEP_ZONDER_ENGAGEMENT: &str = "De beleidsgroep van een clustergroep veronderstelt mandatarissen \
die zich engageren, en daarvoor is het bestuur nog niet klaar.";
/// Kind of an adjustment: little staff leans bovenlokaal.
pub const W_WEINIG_MENSKRACHT: &str = "weinig_menskracht";
/// Little staff.
pub const WEINIG_MENSKRACHT: &str = "Met minder dan één VTE is de menskracht beperkt: samenwerken met andere \
gemeenten kan dan zinvol zijn.";
/// Kind of an adjustment: the SBV path leans bovenlokaal.
pub const W_SBV_BOVENLOKAAL: &str = "sbv_bovenlokaal";
/// The SBV path includes the neighbours.
pub const SBV_BOVENLOKAAL: &str = "Het pad zonder apart integratiebeleid steunt op samenwerking met buurgemeenten.";

/// Kind of the warning: answers and strategy pull apart.
pub const W_SPANNING: &str = "spanning";
/// The procedure answers point elsewhere than the reconciled scenario.
pub fn spanning(raw: u8, best: u8, why: &[&str]) -> String {
    let why: Vec<String> = why.iter().map(|w| lower_first(w.trim_end_matches('.'))).collect();
    format!(
        "Uw antwoorden over de procedure wijzen op {} (scenario {raw}), maar {}. Daarom: {} (scenario {best}). \
         Bespreek dat verschil bij de keuze van de werkvorm.",
        scenario_naam(raw).to_lowercase(),
        why.join("; "),
        scenario_naam(best).to_lowercase()
    )
}

/// Kind of the warning: a clustergroep for a bounded project or little staff.
pub const W_CLUSTERGROEP_ZWAAR: &str = "clustergroep_zwaar";
/// A clustergroep still comes out for diepte or little staff.
pub const CLUSTERGROEP_ZWAAR: &str = "Een clustergroep is zwaar voor een afgebakend project of voor weinig \
menskracht. Haak waar het kan in op bestaande groepen en begin met één cluster.";

// ------------------------------------------------------------------------------------ conditions, process

/// Label of a condition set.
pub fn condition_label(strategy: &str) -> &'static str {
    match strategy {
        "breedte" => "Voorwaarden van de breedtestrategie",
        "diepte" => "Voorwaarden van de dieptestrategie",
        "procesmatig" => "Voorwaarden van de procesmatige strategie",
        _ => "Voorwaarden van de beleidsinhoudelijke strategie",
    }
}

/// Kind of the "interne regie eerst" warning.
pub const W_INTERNE_REGIE_EERST: &str = "interne_regie_eerst";
/// Interne regie lags behind.
pub const INTERNE_REGIE_EERST: &str = "Zonder eindverantwoordelijke, mandaat en \
verankering in het managementteam en de meerjarenplanning loopt externe regie vast. Versterk de interne regie \
vóór of samen met de samenwerking met partners.";

/// Label of a score status.
pub fn status_label(status: &str) -> &'static str {
    match status {
        "sterk" => "sterk",
        "matig" => "matig",
        "zwak" => "zwak",
        _ => "onbekend",
    }
}

// ------------------------------------------------------------------------------------ the plan

/// Label of an owner role.
pub fn owner_label(r: OwnerRole) -> &'static str {
    match r {
        OwnerRole::College => "college van burgemeester en schepenen",
        OwnerRole::Schepen => "schepen van integratie",
        OwnerRole::Directeur => "algemeen directeur",
        OwnerRole::Mat => "managementteam",
        OwnerRole::Diensthoofden => "diensthoofden",
        OwnerRole::Trekker => "trekker (integratieambtenaar of projectleider)",
        OwnerRole::Planningscoordinator => "planningscoördinator",
    }
}

/// Label of a horizon.
pub fn horizon_label(h: Horizon) -> &'static str {
    match h {
        Horizon::Nu => "nu",
        Horizon::DitJaar => "dit jaar",
        Horizon::Meerjarenplan => "meerjarenplan",
    }
}

/// Advice when a weak answer has neither an aim nor advice of its own (a user's questionnaire).
pub const DEFAULT_ADVICE: &str = "Bespreek dit punt met de betrokkenen en spreek af wie het opneemt.";

/// Title of an action for a weak answer without aim or advice.
pub fn work_on(topic: &str) -> String {
    format!("Werk aan: {topic}")
}

/// The longest goal quoted in full in an action; a longer one is cut at its first sentence, or at a
/// word boundary.
const GOAL_QUOTE: usize = 120;

/// How an action serves the product: the goal (quoted, shortened) and the themes (without the
/// explanation some theme labels carry in brackets).
pub fn koppeling_doel(goal: Option<&str>, themes: &[String]) -> Option<String> {
    let themes: Vec<String> = themes.iter().map(|t| lower_first(t.split(" (").next().unwrap_or(t).trim())).collect();
    match (goal.map(str::trim).filter(|g| !g.is_empty()), themes.is_empty()) {
        (Some(goal), _) => {
            let quote = shorten(goal, GOAL_QUOTE);
            let themes = if themes.is_empty() { String::new() } else { format!(" (thema's: {})", list(&themes)) };
            Some(format!("Dit dient uw doel: «{quote}»{themes}."))
        }
        (None, false) => Some(format!("Dit dient de samenwerking rond {}.", list(&themes))),
        (None, true) => None,
    }
}

/// `text` whole when short; else its first sentence when that is short, else cut at a word boundary;
/// "…" marks a cut. No final full stop.
fn shorten(text: &str, max: usize) -> String {
    let text = text.trim().trim_end_matches('.');
    if text.chars().count() <= max {
        return text.to_string();
    }
    let first = text.find(". ").map_or(text, |i| &text[..i]);
    if first.chars().count() <= max {
        return format!("{first} …");
    }
    let mut cut = String::new();
    for word in text.split_whitespace() {
        if cut.chars().count() + word.chars().count() + 1 > max {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    format!("{} …", cut.trim_end_matches([',', ';', ':']))
}

/// How an action gives shape to the recommended scenario.
pub fn koppeling_scenario(n: u8, name: &str) -> String {
    match n {
        4 => format!("Zo krijgt het aanbevolen scenario vorm: {} met de buurgemeenten.", name.to_lowercase()),
        _ => format!("Zo krijgt het aanbevolen scenario vorm: {}.", name.to_lowercase()),
    }
}

// ------------------------------------------------------------------------------------ reasons

/// A reason as one line: "Ambtelijk draagvlak: deels, …" with a topic; otherwise the question and
/// "Antwoord: …". `label` says the answer is an option label (written in lower case mid-sentence),
/// not the respondent's own text.
pub fn reason_line(prompt: &str, topic: &str, answer: &str, label: bool) -> String {
    let answer = answer.trim();
    let answer = answer.strip_suffix('.').unwrap_or(answer);
    let topic = topic.trim();
    let mut out = String::with_capacity(prompt.len().max(topic.len()) + answer.len() + 12);
    if topic.is_empty() {
        out.push_str(prompt.trim());
        out.push_str(" Antwoord: ");
    } else {
        push_upper_first(&mut out, topic);
        out.push_str(": ");
    }
    if label {
        push_lower_first(&mut out, answer);
    } else {
        out.push_str(answer);
    }
    out.push('.');
    out
}

/// `text` with its first letter in lower case, unless the first word looks like a name or an
/// abbreviation (a second capital in it, like `AgII`, `VDAB`, `OCMW`).
pub fn lower_first(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_lower_first(&mut out, text);
    out
}

/// [`lower_first`], appended to `out`.
fn push_lower_first(out: &mut String, text: &str) {
    // "Eén" keeps both accents in lower case: "één", not "eén".
    if let Some(rest) = text.strip_prefix("Eén") {
        out.push_str("één");
        out.push_str(rest);
        return;
    }
    let first_word = text.split_whitespace().next().unwrap_or_default();
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if !first_word.chars().skip(1).any(char::is_uppercase) => {
            out.extend(c.to_lowercase());
            out.push_str(chars.as_str());
        }
        _ => out.push_str(text),
    }
}

/// `text` with its first letter in upper case.
pub fn upper_first(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_upper_first(&mut out, text);
    out
}

/// [`upper_first`], appended to `out`.
fn push_upper_first(out: &mut String, text: &str) {
    let mut chars = text.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
        out.push_str(chars.as_str());
    }
}

// ------------------------------------------------------------------------------------ certainty

/// The name of a conclusion at the start of its provisional note.
pub fn conclusie_naam(c: Conclusion) -> &'static str {
    match c {
        Conclusion::Positie => "Positie",
        Conclusion::Fase => "Fase van samenwerking",
        Conclusion::Capaciteit => "Capaciteit",
        Conclusion::Paraatheid => "Paraatheid",
        Conclusion::BreedteDiepte => "Breedte of diepte",
        Conclusion::InhoudProces => "Inhoud of proces",
        Conclusion::SbvPad => "Pad zonder apart integratiebeleid",
        Conclusion::Procedure => "Scenario",
    }
}

/// An unknown stage as an alternative.
pub const FASE_ONBEKEND_KORT: &str = "fase onbekend";

/// A stage as an alternative: "fase 3 (gezamenlijke engagementen)".
pub fn fase_kort(n: u8) -> String {
    let (label, _) = fase(Some(n));
    match label.split_once(" — ") {
        Some((_, name)) => format!("fase {n} ({})", lower_first(name)),
        None => format!("fase {n}"),
    }
}

/// Capacity as an alternative.
pub fn capaciteit_kort(small: bool) -> &'static str {
    if small { "een kleine capaciteit (hoogstens 5 acties)" } else { "een ruimere capaciteit" }
}

/// The SBV path as an alternative.
pub fn sbv_kort(status: Option<&str>) -> &'static str {
    match status {
        Some("gevolgd") => "al gevolgd",
        Some(_) => "aanbevolen",
        None => "niet aanbevolen",
    }
}

/// A scenario as an alternative: "scenario 4 (bovenlokale samenwerking)".
pub fn scenario_kort(n: u8) -> String {
    format!("scenario {n} ({})", lower_first(scenario_naam(n).trim_start_matches("De ")))
}

/// At most this many topics in a note; the rest are counted.
const NOTE_TOPICS: usize = 4;

/// "de vraag over x" / "de vragen over x, y en 2 andere"; a question without a topic is quoted
/// ("de vraag «Is er …?»"). Each item is (topic, prompt).
fn over(questions: &[(&str, &str)]) -> (String, bool) {
    let plural = questions.len() > 1;
    let name = |(topic, prompt): &(&str, &str)| {
        if topic.trim().is_empty() { format!("«{}»", prompt.trim()) } else { lower_first(topic.trim()) }
    };
    let mut named: Vec<String> = questions.iter().take(NOTE_TOPICS).map(name).collect();
    if questions.len() > NOTE_TOPICS {
        named.truncate(NOTE_TOPICS - 1);
        named.push(format!("{} andere", questions.len() - (NOTE_TOPICS - 1)));
    }
    let all_quoted = questions.iter().all(|(t, _)| t.trim().is_empty());
    let noun = match (plural, all_quoted) {
        (false, true) => "de vraag",
        (true, true) => "de vragen",
        (false, false) => "de vraag over",
        (true, false) => "de vragen over",
    };
    (format!("{noun} {}", list(&named)), plural)
}

/// The provisional note: "Scenario voorlopig: de vragen over … werden in de korte intake niet
/// gesteld. Met die antwoorden kan de uitkomst ook zijn: scenario 4 (bovenlokale samenwerking)."
/// Each open question is (why, topic, prompt).
pub fn voorlopig(c: Conclusion, open: &[(Why, &str, &str)], alternatives: &[String], exhaustive: bool) -> String {
    let topics = |why: Why| -> Vec<(&str, &str)> {
        open.iter().filter(|(w, _, _)| *w == why).map(|(_, t, p)| (*t, *p)).collect()
    };
    let mut clauses = Vec::new();
    let not_asked = topics(Why::NietGesteld);
    if !not_asked.is_empty() {
        let (subject, plural) = over(&not_asked);
        let verb = if plural { "werden" } else { "werd" };
        clauses.push(format!("{subject} {verb} in de korte intake niet gesteld"));
    }
    let dont_know = topics(Why::WeetNiet);
    if !dont_know.is_empty() {
        let (subject, _) = over(&dont_know);
        clauses.push(format!("op {subject} werd «weet niet» geantwoord"));
    }
    let unanswered = topics(Why::NietBeantwoord);
    if !unanswered.is_empty() {
        let (subject, plural) = over(&unanswered);
        let verb = if plural { "zijn" } else { "is" };
        clauses.push(format!("{subject} {verb} nog niet beantwoord"));
    }
    let mut note = format!("{} voorlopig: {}.", conclusie_naam(c), clauses.join("; "));
    if !exhaustive {
        note.push_str(" Het rust op te veel open vragen om elke uitkomst na te gaan.");
    }
    if !alternatives.is_empty() {
        // Labels with a comma of their own ("klaar voor breedte, met voorwaarden") are kept apart by "; ".
        let separator = if alternatives.iter().any(|a| a.contains(',')) { "; " } else { ", " };
        let alternatives = match alternatives {
            [init @ .., last] if !init.is_empty() => format!("{} of {last}", init.join(separator)),
            _ => alternatives.join(""),
        };
        note.push_str(" Met die antwoorden kan de uitkomst ook zijn: ");
        note.push_str(&alternatives);
        note.push('.');
    }
    note
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_dutch() {
        assert_eq!(list(&[]), "");
        assert_eq!(list(&["mandaat".into()]), "mandaat");
        assert_eq!(list(&["a".into(), "b".into(), "c".into()]), "a, b en c");
    }

    #[test]
    fn a_long_goal_is_quoted_by_its_first_sentence_or_whole_words() {
        let goal = "Nieuwkomers vinden sneller de weg naar Nederlandse les. ".to_string() + &"x".repeat(200);
        let line = koppeling_doel(Some(&goal), &["Taal (Nederlands leren en oefenen)".into()]).unwrap();
        assert_eq!(
            line,
            "Dit dient uw doel: «Nieuwkomers vinden sneller de weg naar Nederlandse les …» (thema's: taal)."
        );
        let long = "woord ".repeat(40);
        let line = koppeling_doel(Some(&long), &[]).unwrap();
        assert!(line.ends_with("woord …»."), "{line}");
        assert_eq!(koppeling_doel(None, &[]), None);
    }

    #[test]
    fn a_provisional_note_names_why_and_what_it_could_become() {
        let open = [
            (Why::NietGesteld, "partners over de gemeentegrens heen", ""),
            (Why::NietGesteld, "buurgemeenten willen tegelijk werken", ""),
            (Why::WeetNiet, "", "Is er een visie?"),
        ];
        let note = voorlopig(Conclusion::Procedure, &open, &["scenario 4 (bovenlokale samenwerking)".into()], true);
        assert_eq!(
            note,
            "Scenario voorlopig: de vragen over partners over de gemeentegrens heen en buurgemeenten willen tegelijk \
             werken werden in de korte intake niet gesteld; op de vraag «Is er een visie?» werd «weet niet» \
             geantwoord. Met die antwoorden kan de uitkomst ook zijn: scenario 4 (bovenlokale samenwerking)."
        );
        let readiness = ["nog niet klaar voor breedte".to_string(), "klaar voor breedte, met voorwaarden".to_string()];
        let note = voorlopig(Conclusion::Paraatheid, &open[2..], &readiness, false);
        assert!(note.contains("te veel open vragen"), "{note}");
        assert!(note.ends_with("nog niet klaar voor breedte of klaar voor breedte, met voorwaarden."), "{note}");
        let three = ["a".to_string(), "b, c".to_string(), "d".to_string()];
        assert!(voorlopig(Conclusion::Fase, &open[2..], &three, true).ends_with("zijn: a; b, c of d."));
    }

    #[test]
    fn abbreviations_keep_their_capitals() {
        assert_eq!(lower_first("Ja"), "ja");
        assert_eq!(lower_first("AgII-consulent"), "AgII-consulent");
        assert_eq!(lower_first("Eén persoon"), "één persoon");
        assert_eq!(reason_line("Vraag?", "ambtelijk draagvlak", "Deels.", true), "Ambtelijk draagvlak: deels.");
        assert_eq!(reason_line("Vraag?", "", "Mijn Tekst", false), "Vraag? Antwoord: Mijn Tekst.");
    }
}
