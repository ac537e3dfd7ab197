//! Each rule tested with a case taken from the leidraad's own sentences (002, quoted or
//! paraphrased in the test name and comment), on the compact test questionnaire. The same rules on
//! complete, realistic sessions against the real questionnaire: `tests_sessies.rs`.

use std::path::Path;

use super::*;
use crate::analysis::inputs::Inputs;
use crate::analysis::{Warning, texts};
use crate::questionnaire::{self, Questionnaire};
use crate::session::{Answer, Mode, Respondent, Session};

fn questionnaire() -> Questionnaire {
    let text = include_str!("../../../tests/fixtures/vvsg-test.toml");
    questionnaire::parse(text, Path::new("vvsg-test.toml")).unwrap()
}

fn session(q: &Questionnaire, answers: &[(&str, &str)]) -> Session {
    let mut s = Session::new(q, Respondent { gemeente: "Testdorp".into(), ..Respondent::default() }, Mode::Volledig);
    for (id, choice) in answers {
        s.set_answer(id, Answer::Choice((*choice).into()));
    }
    s
}

fn with<T>(answers: &[(&str, &str)], rule: impl FnOnce(&Inputs<'_>) -> T) -> T {
    let q = questionnaire();
    let s = session(&q, answers);
    rule(&Inputs::new(&q, &s))
}

const READY: &[(&str, &str)] = &[
    ("context.politieke_agenda", "ja"),
    ("context.eigen_mandaat", "ja"),
    ("strategie.mandaat", "ja"),
    ("strategie.draagvlak", "ja"),
    ("strategie.middelen", "ja"),
    ("strategie.visie", "ja"),
];

fn breadth(answers: &[(&str, &str)]) -> (BreadthChoice, Vec<Warning>) {
    with(answers, |inp| breedte_of_diepte(inp, &paraatheid(inp)))
}

/// The whole strategy, as the analysis computes it before the procedure.
fn strategy_of(inp: &Inputs<'_>) -> (Strategy, Capacity) {
    let capacity = capaciteit(inp);
    (strategie(inp, paraatheid(inp), &capacity), capacity)
}

fn scenario(answers: &[(&str, &str)]) -> Scenario {
    with(answers, |inp| {
        let (strategy, capacity) = strategy_of(inp);
        procedure_scenario(inp, &strategy, &capacity)
    })
}

fn sbv(answers: &[(&str, &str)]) -> Option<SbvPath> {
    with(answers, |inp| sbv_pad(inp, &capaciteit(inp)))
}

// ---- §2: position and stage

#[test]
fn regie_veronderstelt_doorzettingsmacht() {
    // "Bij regie heeft de lokale overheid doorzettingsmacht ... juridische en financiële instrumenten."
    let p = with(&[("context.doorzettingsmacht_juridisch", "ja")], positie);
    assert_eq!(p.value, Positie::Regie);
    assert_eq!(p.reasons[0].question, "context.doorzettingsmacht_juridisch");
    let p = with(&[("context.doorzettingsmacht_financieel", "ja")], positie);
    assert_eq!(p.value, Positie::Regie);
}

#[test]
fn financiele_stimuli_waarop_actoren_al_dan_niet_inspelen_is_marktsturing() {
    // "coördineert het werkveld door middel van financiële stimuli waarop de andere actoren al dan
    // niet inspelen"
    let p = with(&[("context.marktsturing", "ja"), ("context.doorzettingsmacht_juridisch", "nee")], positie);
    assert_eq!(p.value, Positie::Marktsturing);
    assert_eq!(p.reasons.len(), 2);
}

#[test]
fn zonder_doorzettingsmacht_netwerkcoordinatie() {
    // "Bij een netwerkmodel is er weinig of geen doorzettingsmacht."
    let p = with(&[("context.doorzettingsmacht_juridisch", "nee"), ("context.marktsturing", "nee")], positie);
    assert_eq!(p.value, Positie::Netwerkcoordinatie);
    // Nothing known: netwerkcoördinatie, and the explanation says why.
    let p = with(&[("context.doorzettingsmacht_juridisch", "weet_niet")], positie);
    assert_eq!(p.value, Positie::Netwerkcoordinatie);
    assert!(p.reasons.is_empty());
    assert!(p.explanation.contains("niets bekend"));
}

#[test]
fn groeien_in_coordinatie_vier_fasen() {
    // "Na overleg worden gezamenlijke engagementen genomen" — stage 3.
    assert_eq!(with(&[("context.fase", "engagement")], fase).value, Some(3));
    assert_eq!(with(&[("context.fase", "informatie")], fase).value, Some(1));
    assert_eq!(with(&[("context.fase", "partnerschap")], fase).value, Some(4));
    let unknown = with(&[("context.fase", "weet_niet")], fase);
    assert_eq!(unknown.value, None);
    assert!(unknown.reasons.is_empty());
}

#[test]
fn zonder_antwoord_volgt_de_fase_uit_de_actoren() {
    // "Cooperation grows per partner": the stage most actors reached stands in for an unknown stage.
    let q = questionnaire();
    let mut s = session(&q, &[("context.fase", "weet_niet")]);
    let actor = |fase: &str| {
        crate::session::Record::from([
            ("naam".to_string(), crate::session::FieldValue::Text("X".into())),
            ("fase".to_string(), crate::session::FieldValue::Text(fase.into())),
        ])
    };
    s.set_answer(
        "participanten.actoren",
        Answer::Records(vec![actor("overleg"), actor("engagement"), actor("overleg")]),
    );
    let stage = fase(&Inputs::new(&q, &s));
    assert_eq!(stage.value, Some(2));
    assert_eq!(stage.reasons[0].question, "participanten.actoren");
    assert!(stage.explanation.contains("Afgeleid"));
}

// ---- §3.1.3: strategy

#[test]
fn minder_draagvlak_diepte() {
    // "Een bestuur kan kiezen voor een dieptestrategie als er minder politiek of ambtelijk draagvlak is."
    let (choice, warnings) = breadth(&[("strategie.draagvlak", "nee"), ("strategie.mandaat", "ja")]);
    assert_eq!(choice.value, Breadth::Diepte);
    assert!(warnings.is_empty(), "no warning when breadth was not asked for");
    assert!(choice.reasons.iter().any(|r| r.question == "strategie.draagvlak"));
}

#[test]
fn breedte_zonder_mandaat_draagvlak_middelen_visie_waarschuwt_en_bakent_af() {
    // "Als die er niet zijn kan het uitzetten van een ambitieus lokaal integratiebeleid een ware
    // tantaluskwelling worden ... beter aan een duidelijk afgebakend project te werken."
    let (choice, warnings) =
        breadth(&[("strategie.ambitie", "hele_lijn"), ("strategie.mandaat", "nee"), ("strategie.draagvlak", "ja")]);
    assert_eq!(choice.value, Breadth::Diepte);
    assert_eq!(choice.wish, Some(Breadth::Breedte));
    assert_eq!(warnings.len(), 1);
    let ids: Vec<&str> = warnings[0].reasons.iter().map(|r| r.question.as_str()).collect();
    assert_eq!(ids, ["strategie.ambitie", "strategie.mandaat"]);
}

#[test]
fn breedte_met_onbekende_paraatheid_waarschuwt_ook() {
    let (choice, warnings) = breadth(&[("strategie.ambitie", "hele_lijn")]);
    assert_eq!(choice.value, Breadth::Diepte);
    assert_eq!(warnings[0].kind, texts::W_BREEDTE_ONBEKEND);
}

#[test]
fn breedte_met_voldoende_mandaat_draagvlak_middelen_visie() {
    // "Wil het bestuur het lokaal integratiebeleid over de hele linie versterken? => breedtestrategie"
    let mut answers = READY.to_vec();
    answers.push(("strategie.ambitie", "hele_lijn"));
    let (choice, warnings) = breadth(&answers);
    assert_eq!(choice.value, Breadth::Breedte);
    assert!(warnings.is_empty());
}

#[test]
fn specifiek_knelpunt_of_uitgelezen_opportuniteit_diepte() {
    // "Een dieptestrategie dient zich ook aan als een gemeente wordt geconfronteerd met een specifiek
    // knelpunt" / "als er een uitgelezen opportuniteit is".
    for lean in ["strategie.specifiek_probleem", "strategie.kans"] {
        let mut answers = READY.to_vec();
        answers.push((lean, "ja"));
        let (choice, _) = breadth(&answers);
        assert_eq!(choice.value, Breadth::Diepte, "{lean}");
    }
    // Without such a lean and ready: breedte.
    assert_eq!(breadth(READY).0.value, Breadth::Breedte);
}

#[test]
fn weinig_externe_inbreng_beleidsinhoudelijk() {
    // "Sommige besturen doen minder beroep op de inbreng van externe actoren ... In dat geval is de
    // keuze voor de beleidsinhoudelijke logisch."
    let (f, _) = with(&[("strategie.externe_inbreng", "nee")], inhoud_of_proces);
    assert_eq!(f.value, Focus::Beleidsinhoudelijk);
    assert_eq!(f.leans_content[0].question, "strategie.externe_inbreng");
}

#[test]
fn verkokering_en_rolcultuur_maken_procesmatig_te_ambitieus() {
    // "Dit geldt ook als de ambtelijke organisatie erg verkokerd is ... rolcultuur ... Onmiddellijk
    // starten met een procesmatige aanpak kan in dat geval te ambitieus zijn."
    let (f, warnings) = with(
        &[("strategie.focus", "relaties"), ("strategie.verkokering", "ja"), ("strategie.cultuur", "rol")],
        inhoud_of_proces,
    );
    assert_eq!(f.value, Focus::Beleidsinhoudelijk);
    assert_eq!(f.wish, Some(Focus::Procesmatig));
    assert_eq!(warnings[0].kind, texts::W_PROCES_TE_AMBITIEUS);
    assert_eq!(warnings[0].reasons.len(), 2);
}

#[test]
fn weinig_actoren_in_kleine_gemeenten_beleidsinhoudelijk() {
    // "In sommige gemeenten zijn er weinig actoren actief rond integratie. Zeker in kleinere gemeenten"
    let (f, _) = with(&[("strategie.weinig_actoren", "ja")], inhoud_of_proces);
    assert_eq!(f.value, Focus::Beleidsinhoudelijk);
    // Not asked directly: a small gemeente is a weaker sign, not enough on its own to decide.
    let (f, _) = with(&[("start.inwoners", "tot_10000")], inhoud_of_proces);
    assert_eq!(f.value, Focus::Beide);
    assert_eq!(f.leans_content[0].question, "start.inwoners");
}

#[test]
fn actoren_stelselmatig_betrekken_en_taakcultuur_procesmatig() {
    // "Tracht het bestuur ... allerhande actoren stelselmatig bij het beleid te betrekken ... dan is
    // een procesmatige aanpak aangewezen. ... De medewerkers zijn dan eerder taak- dan rolgericht."
    let (f, warnings) =
        with(&[("strategie.actoren_systematisch", "ja"), ("strategie.cultuur", "taak")], inhoud_of_proces);
    assert_eq!(f.value, Focus::Procesmatig);
    assert!(warnings.is_empty());
    assert_eq!(f.leans_process.len(), 2);
}

#[test]
fn inhoud_en_proces_kunnen_samengaan() {
    // "Een tegenstelling tussen een beleidsinhoudelijke en een procesmatige strategie is er eigenlijk
    // niet. Beide kunnen perfect samengaan."
    let (f, _) = with(&[("strategie.focus", "beide")], inhoud_of_proces);
    assert_eq!(f.value, Focus::Beide);
    let cells = kwadranten(Breadth::Diepte, Focus::Beide);
    let chosen: Vec<_> = cells.iter().filter(|c| c.chosen).map(|c| c.inhoud_proces).collect();
    assert_eq!(chosen, [Focus::Beleidsinhoudelijk, Focus::Procesmatig]);
}

#[test]
fn kwadranten_dragen_de_betekenis_van_gransbergen() {
    let cells = kwadranten(Breadth::Breedte, Focus::Beleidsinhoudelijk);
    let chosen: Vec<_> = cells.iter().filter(|c| c.chosen).collect();
    assert_eq!(chosen.len(), 1);
    assert!(chosen[0].meaning.contains("eigen kracht"));
    let cells = kwadranten(Breadth::Diepte, Focus::Procesmatig);
    assert!(cells.iter().find(|c| c.chosen).unwrap().meaning.contains("specifieke partners"));
}

#[test]
fn sbv_pad_is_een_volwaardige_uitkomst() {
    // 001 §6.3: no separate integration policy, inside lokaal sociaal beleid, plus cooperation.
    let p = sbv(&[("start.beleid", "in_sociaal_beleid")]).unwrap();
    assert_eq!(p.status, "gevolgd");
    assert!(sbv(&[("start.beleid", "apart"), ("start.organisatie", "dienst")]).is_none());
    assert!(sbv(&[("start.beleid", "geen"), ("start.organisatie", "dienst")]).is_none());
}

#[test]
fn paraatheid_klaar_niet_klaar_onbekend() {
    assert_eq!(with(READY, paraatheid).status, ReadinessStatus::Klaar);
    assert_eq!(with(&[("strategie.middelen", "nee")], paraatheid).status, ReadinessStatus::NietKlaar);
    assert_eq!(with(&[("strategie.middelen", "ja")], paraatheid).status, ReadinessStatus::Onbekend);
    assert_eq!(with(&[], paraatheid).score, None);
}

// ---- §3.1.4: procedure

#[test]
fn weinig_stakeholders_unieke_groep() {
    // "Deze vorm is aangewezen als er weinig stakeholders zijn/betrokken worden."
    let s = scenario(&[("procedure.deelnemers", "weinig")]);
    assert_eq!(s.scenario, 1);
    assert_eq!(s.reasons[0].question, "procedure.deelnemers");
    assert_eq!(s.groups.last().unwrap().name, "College en gemeenteraad");
}

#[test]
fn vaste_groep_belanghebbenden_vaste_basisgroep() {
    // "De basisgroep werkt met belanghebbenden of stakeholders die iedere keer deelnemen" — and
    // "in veel situaties beter om in te haken op bestaande groepen".
    let s = scenario(&[("procedure.deelnemers", "gemiddeld"), ("procedure.bestaande_groep", "ja")]);
    assert_eq!(s.scenario, 2);
    assert!(s.warnings.iter().any(|w| w.kind == texts::W_INHAKEN));
}

#[test]
fn subthemas_clustergroep() {
    // "Bij deze organisatiestructuur worden de subthema's ... uitgesplitst ... volgens thema ... of per doelgroep"
    let mut answers = READY.to_vec();
    answers.extend([("procedure.deelthemas", "ja"), ("procedure.deelnemers", "veel")]);
    let s = scenario(&answers);
    assert_eq!(s.scenario, 3);
    let names: Vec<&str> = s.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Clustergroepen", "Coördinatiegroep", "Beleidsgroep", "College en gemeenteraad"]);
}

#[test]
fn beperkt_personeel_en_gedeelde_stakeholders_bovenlokaal() {
    // "Samen met andere gemeenten ... kan zinvol zijn als er beperkte menskracht is in het bestuur,
    // als er bovenlokale stakeholders zijn of gemeenschappelijke stakeholders tussen gemeenten."
    let s = scenario(&[
        ("procedure.beperkt_personeel", "ja"),
        ("procedure.bovenlokale_stakeholders", "ja"),
        ("procedure.deelnemers", "weinig"),
        ("procedure.buren_tegelijk", "ja"),
    ]);
    assert_eq!(s.scenario, 4);
    assert!(s.warnings.is_empty());
}

#[test]
fn bovenlokaal_vraagt_besturen_die_tegelijk_willen_werken() {
    // "Een basisvoorwaarde voor een geslaagde samenwerking is als de besturen op hetzelfde moment aan
    // een integratiebeleid of een deel hiervan willen werken." Without it, no scenario 4, and the
    // result says why.
    let s = scenario(&[
        ("procedure.beperkt_personeel", "ja"),
        ("procedure.bovenlokale_stakeholders", "ja"),
        ("procedure.buren_tegelijk", "nee"),
    ]);
    assert_ne!(s.scenario, 4);
    assert_eq!(s.warnings[0].kind, texts::W_BUREN_NIET_TEGELIJK);
    // Unknown willingness: scenario 4 stays possible, with a note to check.
    let s = scenario(&[("procedure.beperkt_personeel", "ja"), ("procedure.bovenlokale_stakeholders", "ja")]);
    assert_eq!(s.scenario, 4);
    assert!(s.warnings.iter().any(|w| w.kind == texts::W_BUREN_NAGAAN));
}

#[test]
fn tweede_keuze_als_het_nipt_is() {
    let s = scenario(&[
        ("procedure.deelnemers", "weinig"),
        ("procedure.bestaande_groep", "ja"),
        ("procedure.omvang", "klein"),
    ]);
    assert_eq!(s.scenario, 1);
    assert_eq!(s.runner_up.as_ref().map(|r| r.scenario), Some(2));
    let clear = scenario(&[("procedure.deelnemers", "weinig")]);
    assert!(clear.runner_up.is_none());
}

#[test]
fn zonder_gegevens_de_eenvoudigste_vorm() {
    let s = scenario(&[]);
    assert_eq!(s.scenario, 1);
    assert!(s.explanation.contains("weinig bekend"));
    assert!(s.reasons.is_empty());
}

// ---- conditions and §3.1.5

#[test]
fn voorwaarden_vervuld_niet_vervuld_onbekend() {
    let sets = with(
        &[
            ("context.politieke_agenda", "ja"),
            ("strategie.draagvlak", "gedeeltelijk"),
            ("strategie.visie", "weet_niet"),
        ],
        |inp| voorwaarden(inp, Breadth::Breedte, Focus::Procesmatig),
    );
    assert_eq!(sets[0].strategy, "breedte");
    assert_eq!(sets[0].met.len(), 1);
    assert_eq!(sets[0].not_met[0].answer, "Gedeeltelijk");
    assert_eq!(sets[0].unknown.len(), 2, "visie (weet niet) and werkgroep (unanswered)");
    assert_eq!(sets[1].strategy, "procesmatig");
}

#[test]
fn beleidsinhoudelijk_heeft_de_voorwaarden_van_diepte_plus_eigen() {
    // "Verder gelden dezelfde aandachtspunten als bij de dieptestrategie."
    let sets = with(&[], |inp| voorwaarden(inp, Breadth::Breedte, Focus::Beleidsinhoudelijk));
    let ids: Vec<&str> = sets[1].unknown.iter().map(|r| r.question.as_str()).collect();
    assert!(ids.contains(&"strategie.monitoring") && ids.contains(&"strategie.verbanden"));
}

#[test]
fn interne_regie_komt_eerst() {
    // "Wil een bestuur extern regie voeren ... dan is een belangrijke randvoorwaarde dat de interne
    // regie vlekkeloos verloopt."
    let health = with(
        &[("proces.eindverantwoordelijke", "nee"), ("proces.verankering_mat", "nee"), ("proces.relaties", "ja")],
        procesgezondheid,
    );
    assert_eq!(health.interne_regie.status, "zwak");
    assert_eq!(health.externe_regie.status, "sterk");
    let warning = health.warning.unwrap();
    assert_eq!(warning.reasons.len(), 2);
}

#[test]
fn valkuilen_die_voorkomen_vragen_aandacht() {
    // "Bestuurders te laat inschakelen" is a pitfall: "ja" scores 0 and needs attention.
    let health = with(&[("proces.bestuurders_laat", "ja"), ("proces.dominant", "nee")], procesgezondheid);
    assert_eq!(health.dont_list.attention[0].question, "proces.bestuurders_laat");
    assert_eq!(health.dont_list.ok[0].question, "proces.dominant");
    assert_eq!(health.dont_list.unknown.len(), 1);
}

#[test]
fn ontbrekende_contractvraag_is_een_informatiegat_geen_crash() {
    let text =
        include_str!("../../../tests/fixtures/vvsg-test.toml").replace("strategie.ambitie", "strategie.ambitie_oud");
    let q = questionnaire::parse(&text, Path::new("eigen.toml")).unwrap();
    let s = session(&q, &[("strategie.ambitie", "hele_lijn")]);
    let a = crate::analysis::analyse(&q, &s);
    assert_eq!(a.strategy.breadth.wish, None);
    assert!(a.gaps.iter().any(|g| g.question == "strategie.ambitie" && g.prompt == texts::MISSING_QUESTION));
}

// ---- scores and the action plan

#[test]
fn weet_niet_en_geen_antwoord_tellen_niet_mee_in_de_score() {
    let q = questionnaire();
    // Proces step: eindverantwoordelijke (weight 3) ja = 100, verankering (3) weet niet, relaties (1) nee = 0.
    let s = session(
        &q,
        &[("proces.eindverantwoordelijke", "ja"), ("proces.verankering_mat", "weet_niet"), ("proces.relaties", "nee")],
    );
    let a = crate::analysis::analyse(&q, &s);
    let proces = a.steps.iter().find(|s| s.id == "proces").unwrap();
    assert_eq!(proces.score, Some(75), "(3 × 100 + 1 × 0) / 4");
    assert!(proces.unknown.iter().any(|r| r.question == "proces.verankering_mat" && r.answer == "Weet niet"));
    assert!(a.gaps.iter().any(|r| r.question == "proces.verankering_mat"));
    assert_eq!(a.steps.iter().find(|s| s.id == "participanten").unwrap().score, None);
}

// ---- rule 1: readiness is a judgement over four things together

#[test]
fn paraatheid_weegt_mandaat_draagvlak_middelen_en_visie_samen() {
    // "Hiervoor moet er voldoende mandaat, draagvlak, middelen en visie zijn." One half answer on
    // draagvlak is a condition to strengthen, not a veto: ready on conditions, and breadth stays.
    let mut answers = READY.to_vec();
    answers.retain(|(id, _)| *id != "strategie.draagvlak");
    answers.extend([("strategie.draagvlak", "gedeeltelijk"), ("strategie.ambitie", "hele_lijn")]);
    let r = with(&answers, paraatheid);
    assert_eq!(r.status, ReadinessStatus::KlaarMetVoorwaarden);
    let item = |id: &str| r.items.iter().find(|i| i.id == id).unwrap().status;
    assert_eq!(item("draagvlak"), ItemStatus::TeVersterken);
    assert_eq!(item("mandaat"), ItemStatus::Aanwezig);
    let (choice, warnings) = breadth(&answers);
    assert_eq!(choice.value, Breadth::Breedte);
    assert_eq!(warnings[0].kind, texts::W_BREEDTE_MET_VOORWAARDEN);
    let named: Vec<&str> = warnings[0].reasons.iter().map(|r| r.question.as_str()).collect();
    assert_eq!(named, ["strategie.draagvlak"], "the warning names only what is weak");
}

#[test]
fn te_veel_tegelijk_gedeeltelijk_is_niet_klaar() {
    // "Een bestuur kan kiezen voor een dieptestrategie als er minder politiek of ambtelijk draagvlak
    // is": three of the four only partly there is not enough for breadth.
    let answers = [
        ("strategie.mandaat", "gedeeltelijk"),
        ("strategie.draagvlak", "gedeeltelijk"),
        ("strategie.middelen", "gedeeltelijk"),
        ("strategie.visie", "ja"),
        ("strategie.ambitie", "hele_lijn"),
    ];
    assert_eq!(with(&answers, paraatheid).status, ReadinessStatus::NietKlaar);
    let (choice, warnings) = breadth(&answers);
    assert_eq!(choice.value, Breadth::Diepte);
    assert_eq!(warnings[0].kind, texts::W_BREEDTE_NIET_KLAAR);
    assert!(warnings[0].reasons.iter().all(|r| r.question != "strategie.visie"), "visie is there: not named");
}

#[test]
fn een_duidelijk_tekort_is_niet_klaar_en_wordt_alleen_genoemd() {
    // "Als die er niet zijn kan het uitzetten van een ambitieus lokaal integratiebeleid een ware
    // tantaluskwelling worden": a clear "nee" on one item is not ready, and the warning names that one.
    let mut answers = READY.to_vec();
    answers.retain(|(id, _)| *id != "strategie.middelen");
    answers.extend([("strategie.middelen", "nee"), ("strategie.ambitie", "hele_lijn")]);
    let (choice, warnings) = breadth(&answers);
    assert_eq!(choice.value, Breadth::Diepte);
    let named: Vec<&str> = warnings[0].reasons.iter().map(|r| r.question.as_str()).collect();
    assert_eq!(named, ["strategie.ambitie", "strategie.middelen"]);
    assert!(warnings[0].text.contains("Zijn er voldoende middelen?"), "{}", warnings[0].text);
    assert!(!warnings[0].text.contains("mandaat"), "{}", warnings[0].text);
}

// ---- rule 2: position from what the gemeente uses

#[test]
fn gedeeltelijke_financiele_afhankelijkheid_is_nog_geen_marktsturing() {
    // Marktsturing: "financiële stimuli waarop de andere actoren al dan niet inspelen" — a partner
    // that partly lives on a subsidy, in a gemeente that uses no incentives, is no marktsturing.
    let p = with(
        &[
            ("context.doorzettingsmacht_financieel", "gedeeltelijk"),
            ("context.marktsturing", "nee"),
            ("context.doorzettingsmacht_juridisch", "nee"),
        ],
        positie,
    );
    assert_eq!(p.value, Positie::Netwerkcoordinatie);
    assert!(!p.mixed);
    assert!(p.explanation.contains("nog geen marktsturing"), "{}", p.explanation);
    assert!(!p.explanation.contains("subsidiereglementen"), "no claim the answers do not make");
}

#[test]
fn een_gemengd_beeld_heet_gemengd() {
    // Partly incentives beside no power: netwerkcoördinatie with traits of marktsturing.
    let p = with(&[("context.marktsturing", "gedeeltelijk"), ("context.doorzettingsmacht_juridisch", "nee")], positie);
    assert_eq!(p.value, Positie::Netwerkcoordinatie);
    assert_eq!(p.traits, [Positie::Marktsturing]);
    assert_eq!(p.label, "Netwerkcoördinatie met trekken van marktsturing");
    let p = with(&[("context.doorzettingsmacht_juridisch", "gedeeltelijk"), ("context.marktsturing", "ja")], positie);
    assert_eq!((p.value, p.traits.as_slice()), (Positie::Marktsturing, [Positie::Regie].as_slice()));
}

// ---- rule 4: procedure follows strategy and capacity

#[test]
fn een_afgebakend_project_heeft_zelden_een_clustergroep_nodig() {
    // "Om logheid tegen te gaan is het belangrijk in te spelen op zaken die al bestaan ... in te haken
    // op bestaande groepen": with diepte the clustergroep loses to the group that already exists,
    // and the result says that the answers pointed elsewhere.
    let s = scenario(&[
        ("strategie.ambitie", "facetten"),
        ("procedure.deelthemas", "ja"),
        ("procedure.deelnemers", "veel"),
        ("procedure.omvang", "middel"),
        ("procedure.bestaande_groep", "ja"),
    ]);
    assert_eq!(s.scenario, 2);
    assert!(s.adjustments.iter().any(|a| a.kind == texts::W_DIEPTE_GEEN_CLUSTERS));
    let spanning = s.warnings.iter().find(|w| w.kind == texts::W_SPANNING).expect("the tension is named");
    assert!(spanning.text.contains("clustergroep (scenario 3)"), "{}", spanning.text);
    // Ready for breadth, the same answers keep the clustergroep.
    let mut ready = READY.to_vec();
    ready.extend([("procedure.deelthemas", "ja"), ("procedure.deelnemers", "veel")]);
    assert_eq!(scenario(&ready).scenario, 3);
}

#[test]
fn met_minder_dan_een_vte_is_een_clustergroep_te_zwaar() {
    // A clustergroep needs a planningscoördinator, a coördinatiegroep and a beleidsgroep: with half an
    // official the answers' clustergroep gives way to a lighter form, or — when nothing else fits —
    // stays with a warning that says so.
    let q = questionnaire();
    let run = |deelnemers: &str| {
        let mut s = session(&q, READY);
        for (id, c) in
            [("procedure.deelthemas", "ja"), ("procedure.deelnemers", deelnemers), ("start.organisatie", "een_persoon")]
        {
            s.set_answer(id, Answer::Choice(c.into()));
        }
        s.set_answer("start.vte", Answer::Number(0.5));
        let inp = Inputs::new(&q, &s);
        let (strategy, capacity) = strategy_of(&inp);
        assert!(capacity.small);
        procedure_scenario(&inp, &strategy, &capacity)
    };
    let lighter = run("gemiddeld");
    assert_eq!(lighter.scenario, 2);
    assert!(lighter.adjustments.iter().any(|a| a.kind == texts::W_CLUSTERS_TE_ZWAAR));
    assert!(lighter.warnings.iter().any(|w| w.kind == texts::W_SPANNING));
    let still = run("veel");
    assert_eq!(still.scenario, 3);
    assert!(still.warnings.iter().any(|w| w.kind == texts::W_CLUSTERGROEP_ZWAAR));
}

// ---- rule 5: half answers reach the plan when they matter for the strategy

fn plan_ids(answers: &[(&str, &str)]) -> Vec<String> {
    let q = questionnaire();
    let s = session(&q, answers);
    let a = crate::analysis::analyse(&q, &s);
    a.actions.iter().chain(&a.other_actions).map(|x| x.id.clone()).collect()
}

#[test]
fn een_valkuil_die_soms_voorkomt_telt_bij_een_procesmatige_strategie() {
    // The pitfall "een dominante houding" partly present matters when relations with partners are the
    // strategy; with a content strategy alone it does not make the plan.
    let relaties = plan_ids(&[("proces.dominant", "gedeeltelijk"), ("strategie.focus", "relaties")]);
    assert!(relaties.contains(&"proces.dominant".to_string()), "{relaties:?}");
    let inhoud = plan_ids(&[("proces.dominant", "gedeeltelijk"), ("strategie.focus", "inhoud")]);
    assert!(!inhoud.contains(&"proces.dominant".to_string()), "{inhoud:?}");
}

// ---- rule 6 and the plan

#[test]
fn een_goede_praktijk_gaat_niet_terug_naar_haar_eigen_gemeente() {
    // The Mechelen vision text is the practice for weak draagvlak — but not for Mechelen itself.
    let q = questionnaire();
    let answers = [("strategie.draagvlak", "nee"), ("strategie.ambitie", "facetten")];
    let mut s = session(&q, &answers);
    let practice = |s: &Session| {
        let a = crate::analysis::analyse(&q, s);
        a.actions.iter().find(|x| x.id == "draagvlak").and_then(|x| x.practice.clone()).map(|p| p.id)
    };
    assert_eq!(practice(&s), Some("mechelen".into()));
    s.respondent.gemeente = "Stad Mechelen".into();
    assert_eq!(practice(&s), None);
}

#[test]
fn het_plan_past_bij_de_capaciteit() {
    // Half an official can carry three to five actions; every aim once; owners spread.
    let weak = [
        ("proces.eindverantwoordelijke", "nee"),
        ("proces.verankering_mat", "nee"),
        ("strategie.mandaat", "nee"),
        ("strategie.draagvlak", "nee"),
        ("strategie.middelen", "nee"),
        ("strategie.visie", "nee"),
        ("start.tijdelijke_financiering", "ja"),
        ("procedure.planning", "nee"),
        ("proces.bestuurders_laat", "ja"),
        ("proces.relaties", "nee"),
        ("start.organisatie", "een_persoon"),
    ];
    let q = questionnaire();
    let mut s = session(&q, &weak);
    s.set_answer("start.vte", Answer::Number(0.5));
    let a = crate::analysis::analyse(&q, &s);
    assert_eq!(a.capacity.max_actions, 5);
    assert_eq!(a.actions.len(), 5, "{:?}", a.actions.iter().map(|x| &x.id).collect::<Vec<_>>());
    assert!(!a.other_actions.is_empty());
    let mut ids: Vec<&str> = a.actions.iter().chain(&a.other_actions).map(|x| x.id.as_str()).collect();
    let all = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all, "every aim once");
    let owners: std::collections::BTreeSet<_> = a.actions.iter().map(|x| x.owner_role).collect();
    assert!(owners.len() >= 3, "owners spread: {owners:?}");
    assert!(a.actions.iter().all(|x| !x.reasons.is_empty()), "every action says why");
    let numbers: Vec<usize> = a.actions.iter().chain(&a.other_actions).map(|x| x.number).collect();
    assert_eq!(numbers, (1..=all).collect::<Vec<_>>());
    s.set_answer("start.vte", Answer::Number(2.0));
    assert_eq!(crate::analysis::analyse(&q, &s).capacity.max_actions, 7);
}

#[test]
fn actieplan_neemt_de_strategiewaarschuwing_op_met_de_beslissing_voor_het_college() {
    let q = questionnaire();
    let s = session(&q, &[("strategie.ambitie", "hele_lijn"), ("strategie.draagvlak", "nee")]);
    let a = crate::analysis::analyse(&q, &s);
    let first = &a.actions[0];
    assert_eq!((first.id.as_str(), first.category), ("afgebakend_project", Category::Strategie));
    assert_eq!(first.horizon, crate::analysis::Horizon::Nu);
    assert!(first.decision.as_deref().is_some_and(|d| d.contains("afgebakend project")));
    assert_eq!(a.decisions[0].action, 1);
    assert!(a.actions.iter().chain(&a.other_actions).any(|x| x.id == "informatie_aanvullen"), "many gaps: fill them");
}

#[test]
fn een_zwak_antwoord_zonder_actiedoel_wordt_een_eigen_actie() {
    // A user's questionnaire without aims still gets a plan: the question's own advice.
    let ids = plan_ids(&[("procedure.planning", "nee")]);
    assert!(ids.contains(&"procedure.planning".to_string()), "{ids:?}");
}
