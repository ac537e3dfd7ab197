//! The consensus meeting and the groepssessie, as they reach the report: a workshop whose meeting
//! agreed on some questions and stayed divided on others (Netevelde, `tests/fixtures/workshop-netevelde`),
//! and a groepssessie — one session the group answered together, with split votes — through the real
//! binary. Hermetic: config and data dirs point into a temp dir.
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::path::Path;

use assert_cmd::Command;
use regiewijzer::answer::Answer;
use regiewijzer::session::{self, Role};

const WORKSHOP: &str = "tests/fixtures/workshop-netevelde";

fn regiewijzer(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("regiewijzer").unwrap();
    cmd.current_dir(dir)
        .env("REGIEWIJZER_CONFIG_DIR", dir.join("config"))
        .env("REGIEWIJZER_DATA_DIR", dir.join("data"))
        .env_remove("REGIEWIJZER_TOEGANKELIJK");
    cmd
}

fn votes(pairs: &[(&str, u32)]) -> BTreeMap<String, u32> {
    pairs.iter().map(|(k, n)| ((*k).to_string(), *n)).collect()
}

/// The schepen's session of Netevelde, answered as a group of five: three votes, one of them a tie
/// the group left open.
fn group_session(dir: &Path) -> std::path::PathBuf {
    let mut s = session::load(&Path::new(WORKSHOP).join("koen-schepen.toml")).unwrap();
    s.respondent.name = "Werkgroep integratie".into();
    s.respondent.role = Role::Facilitator;
    // 3 against 2: the group went on with breadth, but the vote was split.
    s.set_answer("strategie.ambitie", Answer::Choice("hele_lijn".into()));
    s.set_votes("strategie.ambitie", &votes(&[("hele_lijn", 3), ("facetten", 2)]));
    s.set_note("strategie.ambitie", "De diensten willen eerst taal.");
    // 4 against 1: divergence worth seeing, not a split.
    s.set_answer("strategie.kans", Answer::Choice("nee".into()));
    s.set_votes("strategie.kans", &votes(&[("ja", 1), ("nee", 4)]));
    // 2 against 2 and no answer: it stays open.
    s.clear_answer("strategie.visie");
    s.set_votes("strategie.visie", &votes(&[("ja", 2), ("nee", 2)]));
    let path = dir.join("netevelde-groepssessie.toml");
    session::save(&s, &path).unwrap();
    path
}

#[test]
fn a_groepssessie_gets_the_group_report_and_a_split_vote_counts_as_divergence() {
    let dir = tempfile::tempdir().unwrap();
    group_session(dir.path());
    let out = regiewijzer(dir.path())
        .args(["rapport", "netevelde-groepssessie.toml", "--formaat", "json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let groep = &json["groep"];
    assert_eq!(groep["groepssessie"], true);
    assert_eq!(groep["aantal"], 1);
    let ids = |list: &serde_json::Value| -> Vec<String> {
        list.as_array().unwrap().iter().map(|v| v["vraag"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(ids(&groep["besluiten"]["afspraken"]), ["strategie.kans"], "4 against 1 is agreed");
    assert_eq!(ids(&groep["besluiten"]["open"]), ["strategie.visie", "strategie.ambitie"]);
    let agenda = ids(&groep["agenda"]);
    assert!(agenda.contains(&"strategie.ambitie".to_string()) && agenda.contains(&"strategie.visie".to_string()));
    assert!(!agenda.contains(&"strategie.kans".to_string()), "{agenda:?}");
    let ambitie = groep["vragen"].as_array().unwrap().iter().find(|v| v["vraag"] == "strategie.ambitie").unwrap();
    assert_eq!(ambitie["stemming"], true);
    assert!(ambitie["verschil"].as_u64().unwrap() >= 50, "{ambitie}");
    assert!(ambitie["zwak"].as_array().unwrap().contains(&"verdeelde_stemming".into()), "{ambitie}");
    assert_eq!(json["strategie"]["breedte_diepte"], "breedte", "the answer the group went on with counts");
    let fragile = groep["broze_resultaten"].as_array().unwrap();
    assert!(fragile.iter().any(|f| f["resultaat"] == "breedte_diepte"), "breadth rests on a split vote: {fragile:?}");

    let md = regiewijzer(dir.path())
        .args(["rapport", "netevelde-groepssessie.toml", "--formaat", "md"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(md).unwrap();
    for text in [
        "groepssessie: Werkgroep integratie (facilitator)",
        "De groep vulde de vragenlijst samen in, in één groepssessie.",
        "Over deze vragen stemde de groep verdeeld",
        "**Stemming:** Het integratiebeleid over de hele lijn versterken (breedte) 3 · Inzetten op één of enkele specifieke facetten (diepte) 2",
        "De groep stemde over 3 vragen.",
        "### Wat open bleef",
        "(stemming: Ja 2 · Nee 2)",
        "### Wat de groep afsprak",
        "(vraag strategie.kans): **Nee** (stemming: Ja 1 · Nee 4)",
    ] {
        assert!(md.contains(text), "'{text}' missing:\n{md}");
    }
}
