use super::*;
use crate::questionnaire;

fn fixture(path: &str) -> Questionnaire {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    questionnaire::parse(&std::fs::read_to_string(&path).unwrap(), &path).unwrap()
}

fn real() -> Questionnaire {
    embedded::questionnaire(embedded::DEFAULT_QUESTIONNAIRE).unwrap()
}

#[test]
fn the_model_holds_what_the_respondent_sees_and_no_scores() {
    let q = fixture("tests/fixtures/wizard-test.toml");
    let m = model(&q, Mode::Volledig);
    let json = serde_json::to_value(&m).unwrap();
    assert_eq!(json["mode"], "volledig");
    assert_eq!(json["storage_key"], "regiewijzer-formulier:wizard-test@1.0.0:volledig");
    let n: usize = m.steps.iter().map(|s| s.questions.len()).sum();
    assert_eq!(n, q.questions.len());
    let vte = &json["steps"][0]["questions"][1];
    assert_eq!(vte["id"], "start.vte");
    assert_eq!(vte["when"]["question"], "start.organisatie");
    assert_eq!(vte["when"]["any_of"][0], "dienst");
    assert_eq!(vte["range_error"], "Kies een getal tussen 0 en 50.");
    assert!(vte["hint"].as_str().unwrap().contains("van 0 tot 50"), "{}", vte["hint"]);
    let text = serde_json::to_string(&json).unwrap();
    assert!(!text.contains("\"score\""), "scores must not reach the page");
    assert!(!text.contains("\"weight\""));
    assert_eq!(json["roles"][4]["id"], "agii-consulent");
    assert_eq!(json["roles"][4]["label"], "AgII-consulent");
    assert_eq!(json["roles"][0]["label"], "Integratieambtenaar");
}

#[test]
fn a_short_scale_becomes_buttons_with_end_labels() {
    let q = fixture("tests/fixtures/wizard-test.toml");
    let m = model(&q, Mode::Volledig);
    let scale = m.steps.iter().flat_map(|s| &s.questions).find(|q| q.kind == "scale").unwrap();
    let labels: Vec<&str> = scale.scale.iter().map(|v| v.label.as_str()).collect();
    assert_eq!(labels, ["1 — geen", "2", "3", "4", "5 — groot"]);
}

#[test]
fn the_short_form_keeps_only_kort_questions_and_drops_empty_steps() {
    let q = real();
    let m = model(&q, Mode::Kort);
    let ids: Vec<&str> = m.steps.iter().flat_map(|s| &s.questions).map(|q| q.id).collect();
    let expected: Vec<&str> = q.questions.iter().filter(|q| q.is_short()).map(|q| q.id.as_str()).collect();
    assert_eq!(ids, expected);
    assert!(m.steps.iter().all(|s| !s.questions.is_empty()));
    assert!(m.storage_key.ends_with(":kort"));
}

#[test]
fn script_json_cannot_close_its_element() {
    let value = serde_json::json!({ "a": "</script><!-- & \u{2028} >" });
    let text = script_json(&value).unwrap();
    assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'), "{text}");
    assert!(!text.contains('\u{2028}'));
    let back: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(back, value);
}

#[test]
fn the_page_is_self_contained_and_embeds_hostile_questionnaire_text_inertly() {
    let mut q = fixture("tests/fixtures/wizard-test.toml");
    q.title = "Titel <script>alert(1)</script>".into();
    q.questions[0].prompt = "Vraag </script><script>alert(2)</script> & \"quote\"".into();
    let page = render(&q, Mode::Volledig, None).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<title>Titel &lt;script&gt;alert(1)&lt;/script&gt;</title>"), "title escaped");
    // Exactly two script elements: the JSON model and the script; nothing from the questionnaire.
    assert_eq!(page.matches("<script").count(), 2, "{page}");
    assert_eq!(page.matches("</script>").count(), 2);
    assert!(page.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(2)"));
    for external in ["http://", "https://", "src=\"", "<link", "@import", "url("] {
        assert!(!page.contains(external), "external resource: {external}");
    }
}

#[test]
fn the_page_for_the_real_questionnaire_renders_in_both_modes() {
    let q = real();
    for mode in [Mode::Volledig, Mode::Kort] {
        let page = render(&q, mode, None).unwrap();
        assert!(page.contains(r#"<html lang="nl-BE">"#));
        assert!(page.contains(r#"<option value="agii-consulent">AgII-consulent</option>"#));
        assert_eq!(page.contains("\"participanten.actoren\""), mode == Mode::Volledig);
        assert_eq!(page.contains("korte intake ("), mode == Mode::Kort);
    }
}

#[test]
fn a_users_files_replace_the_embedded_ones() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(STYLE), "body { color: red; }").unwrap();
    let q = fixture("tests/fixtures/wizard-test.toml");
    let page = render(&q, Mode::Volledig, Some(dir.path())).unwrap();
    assert!(page.contains("body { color: red; }"));
    assert!(page.contains("function isVisible"), "the embedded script is still used");
}

#[test]
fn a_users_script_that_would_end_its_element_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(SCRIPT), "var x = '</SCRIPT>';").unwrap();
    let q = fixture("tests/fixtures/wizard-test.toml");
    let err = render(&q, Mode::Volledig, Some(dir.path())).unwrap_err().to_string();
    assert!(err.contains("formulier.js") && err.contains("</script"), "{err}");
    assert!(err.contains("tip:"), "{err}");
}

#[test]
fn a_broken_user_template_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(TEMPLATE), "<p>\n{{#if kort}}\n").unwrap();
    let q = fixture("tests/fixtures/wizard-test.toml");
    let err = render(&q, Mode::Volledig, Some(dir.path())).unwrap_err().to_string();
    assert!(err.contains("formulier.html.hbs:"), "{err}");
    std::fs::write(dir.path().join(TEMPLATE), "<p>{{onbekend}}</p>").unwrap();
    let err = render(&q, Mode::Volledig, Some(dir.path())).unwrap_err().to_string();
    assert!(err.contains("onbekend"), "strict mode: {err}");
}
