//! The Dutch wording of analysis results: labels, explanations, warnings and default advice. One
//! place, so that the rules stay readable and the wording can be reviewed on its own. The meanings
//! paraphrase the leidraad (002 §2, §3.1.3–3.1.5) and SBV 2019 (001 §6.3, §7.1).

use super::concepts::{Breadth, Focus, Positie};

/// Shown as the answer of a question without an answer.
pub const NOT_ANSWERED: &str = "niet beantwoord";
/// Shown as the prompt of a contract question the questionnaire lacks.
pub const MISSING_QUESTION: &str = "(deze vraag ontbreekt in de gebruikte vragenlijst)";
/// An empty answer.
pub const EMPTY: &str = "(leeg)";

/// "3 actoren".
pub fn records(n: usize) -> String {
    if n == 1 { "1 rij".to_string() } else { format!("{n} rijen") }
}

/// Label of a position.
pub fn positie_label(p: Positie) -> &'static str {
    match p {
        Positie::Netwerkcoordinatie => "Netwerkcoördinatie",
        Positie::Marktsturing => "Marktsturing",
        Positie::Regie => "Regie",
    }
}

/// What a position means (002 §2.1).
pub fn positie_uitleg(p: Positie) -> &'static str {
    match p {
        Positie::Regie => {
            "Het bestuur heeft doorzettingsmacht: juridische of financiële instrumenten waarmee het partners kan \
             sturen als vrijwillige samenwerking niet volstaat."
        }
        Positie::Marktsturing => {
            "Het bestuur stuurt met financiële prikkels (subsidiereglementen, projectoproepen, \
             resultaatsafspraken) waarop partners vrij kunnen ingaan: tussen netwerk en regie in."
        }
        Positie::Netwerkcoordinatie => {
            "Het bestuur heeft weinig of geen doorzettingsmacht; samenwerking steunt op vrijwilligheid, overleg, \
             visie en argumenten. Zo werken de meeste gemeenten aan integratie."
        }
    }
}

/// Added when no answer about doorzettingsmacht is known.
pub const POSITIE_ONBEKEND: &str =
    " Er is niets bekend over doorzettingsmacht; zonder aangetoonde instrumenten gaan we uit van netwerkcoördinatie.";

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

/// Breadth wanted without readiness.
pub const BREEDTE_ZONDER_PARAATHEID: &str = "U wilt het integratiebeleid over de hele lijn versterken, maar \
mandaat, draagvlak, middelen en visie zijn niet voldoende aanwezig. Een brede ambitie leidt dan tot gefrustreerde \
en uitgebluste deelnemers. Begin met een duidelijk afgebakend, haalbaar project (dieptestrategie); een succes is \
de opstap naar meer.";

/// Breadth wanted, readiness not shown.
pub const BREEDTE_PARAATHEID_ONBEKEND: &str = "U wilt het integratiebeleid over de hele lijn versterken, maar het is \
niet bekend of er voldoende mandaat, draagvlak, middelen en visie zijn. Ga dat eerst na; tot dan is een afgebakend \
project (dieptestrategie) de veilige keuze.";

/// Process wanted in a compartmentalised role culture.
pub const PROCES_TE_AMBITIEUS: &str = "U wilt vooral de relaties met derden verbeteren, maar de antwoorden wijzen \
op weinig externe inbreng, verkokering, een rolcultuur of weinig actoren. Meteen procesmatig starten kan dan te \
ambitieus zijn: werk stap voor stap, te beginnen met de inhoud van een afgebakend beleidsonderdeel.";

/// Content wanted where the organisation suits process work as well.
pub const OOK_PROCESMATIG: &str = "U kiest voor de inhoud, maar het bestuur betrekt actoren stelselmatig of kent een \
taakcultuur: combineer inhoud met aandacht voor de samenwerking (beide kunnen samengaan).";

/// Explanation of the chosen breadth.
pub fn breadth_uitleg(b: Breadth) -> &'static str {
    match b {
        Breadth::Breedte => {
            "Het bestuur versterkt het lokaal integratiebeleid over de hele lijn; daarvoor zijn mandaat, draagvlak, \
             middelen en visie aanwezig."
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

/// The SBV 2019 path, already followed.
pub const SBV_GEVOLGD: &str = "U werkt aan integratie binnen het lokaal sociaal beleid, zonder apart \
integratiebeleid. Dat is een volwaardige keuze (SBV 2019): versterk ze met samenwerking met buurgemeenten of \
gedeelde structuren.";

/// The SBV 2019 path, recommended.
pub const SBV_AANBEVOLEN: &str = "Met weinig mensen is een apart integratiebeleid zwaar. Een volwaardig alternatief \
(SBV 2019): geen apart integratiebeleid, maar integratie opnemen in het lokaal sociaal beleid en samenwerken met \
buurgemeenten of in gedeelde structuren. Dat is geen mislukking, maar een bewuste keuze.";

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

/// Bovenlokaal chosen although neighbours do not work on it at the same time.
pub const BUREN_NIET_TEGELIJK: &str = "Bovenlokale samenwerking vraagt dat de besturen op hetzelfde moment aan \
integratie willen werken; dat lijkt nu niet zo. Zoek eerst gelijkgezinde buurgemeenten of sluit aan bij een \
bestaand bovenlokaal overleg.";

/// Hook into an existing group.
pub const INHAKEN: &str = "Er bestaat al een groep: haak daarop in in plaats van een nieuwe werkgroep op te richten.";

/// Label of a condition set.
pub fn condition_label(strategy: &str) -> &'static str {
    match strategy {
        "breedte" => "Voorwaarden van de breedtestrategie",
        "diepte" => "Voorwaarden van de dieptestrategie",
        "procesmatig" => "Voorwaarden van de procesmatige strategie",
        _ => "Voorwaarden van de beleidsinhoudelijke strategie",
    }
}

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

/// Advice when a weak question has none of its own.
pub const DEFAULT_ADVICE: &str = "Bespreek dit punt met de betrokkenen en spreek af wie het opneemt.";

/// Title of an action for a weak answer without advice of its own.
pub fn work_on(prompt: &str) -> String {
    format!("Werk aan: {prompt}")
}

/// What a derived action (not from one answer) is about, by its id.
pub fn derived_topic(id: &str) -> &'static str {
    match id {
        "strategie.afgebakend" | "strategie.stapsgewijs" => "de strategiekeuze (leidraad 3.1.3)",
        "informatie" => "vragen zonder antwoord of met 'weet niet'",
        "strategie.sbv_pad" => "de organisatie van het integratiewerk (SBV 2019)",
        _ => "de procedure (leidraad 3.1.4)",
    }
}

/// Action: fill the information gaps.
pub const ACTIE_INFORMATIE_TITEL: &str = "Vul de informatiegaten aan";
/// Advice of that action.
pub fn actie_informatie(n: usize) -> String {
    format!(
        "{n} vragen bleven onbeantwoord of kregen 'weet niet'. Zoek de antwoorden op of vraag ze na bij collega's \
         en partners: dan wordt de analyse betrouwbaarder."
    )
}

/// Action: bounded project.
pub const ACTIE_AFGEBAKEND_TITEL: &str = "Kies een afgebakend, haalbaar project";
/// Action: step by step on content.
pub const ACTIE_STAPSGEWIJS_TITEL: &str = "Werk stap voor stap aan de verkokering";
/// Action: SBV path.
pub const ACTIE_SBV_TITEL: &str = "Overweeg integratie binnen het lokaal sociaal beleid, samen met buurgemeenten";
/// Action: bovenlokaal without partners at the same time.
pub const ACTIE_BUREN_TITEL: &str = "Zoek buurgemeenten die tegelijk aan integratie werken";

/// Label of a horizon.
pub const HORIZON_NU: &str = "nu";
/// Label of a horizon.
pub const HORIZON_DIT_JAAR: &str = "dit jaar";
/// Label of a horizon.
pub const HORIZON_MEERJARENPLAN: &str = "meerjarenplan";

/// Suggested owners.
pub mod owner {
    /// Interne regie.
    pub const INTERN: &str = "algemeen directeur en managementteam";
    /// Readiness, strategy choices.
    pub const COLLEGE: &str = "college van burgemeester en schepenen";
    /// Pitfalls in the process.
    pub const SCHEPEN_TREKKER: &str = "schepen van integratie en de trekker";
    /// Conditions, participation, do's.
    pub const TREKKER: &str = "trekker (integratieambtenaar of projectleider)";
    /// Procedure.
    pub const PLANNING: &str = "planningscoördinator";
    /// Capacity, funding.
    pub const DIRECTEUR: &str = "algemeen directeur";
    /// Strategy.
    pub const SCHEPEN: &str = "schepen van integratie";
}
