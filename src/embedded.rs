//! Data built into the binary (questionnaires, report templates) and the user-first lookup: a user's
//! file in the config directory replaces the embedded one with the same name; a missing one falls back.

use std::path::{Path, PathBuf};

use crate::error::{IoError, Problems};
use crate::questionnaire::{self, Questionnaire};

/// Id of the default questionnaire.
pub const DEFAULT_QUESTIONNAIRE: &str = "vvsg-4p";

/// Embedded questionnaires: (id, TOML text).
pub const QUESTIONNAIRES: &[(&str, &str)] = &[("vvsg-4p", include_str!("../questionnaires/vvsg-4p.toml"))];

/// The embedded TOML of questionnaire `id`.
pub fn questionnaire_text(id: &str) -> Option<&'static str> {
    QUESTIONNAIRES.iter().find(|(qid, _)| *qid == id).map(|(_, text)| *text)
}

/// Embedded report templates: (file name under `templates/`, text). A file with the same name in the
/// config directory's `sjablonen/` folder replaces it (see `templates/README.md`).
pub const TEMPLATES: &[(&str, &str)] = &[
    ("report.md.hbs", include_str!("../templates/report.md.hbs")),
    ("partials/samenvatting.md.hbs", include_str!("../templates/partials/samenvatting.md.hbs")),
    ("partials/inhoud.md.hbs", include_str!("../templates/partials/inhoud.md.hbs")),
    ("partials/scores.md.hbs", include_str!("../templates/partials/scores.md.hbs")),
    ("partials/positie.md.hbs", include_str!("../templates/partials/positie.md.hbs")),
    ("partials/actoren.md.hbs", include_str!("../templates/partials/actoren.md.hbs")),
    ("partials/strategie.md.hbs", include_str!("../templates/partials/strategie.md.hbs")),
    ("partials/procedure.md.hbs", include_str!("../templates/partials/procedure.md.hbs")),
    ("partials/voorwaarden.md.hbs", include_str!("../templates/partials/voorwaarden.md.hbs")),
    ("partials/proces.md.hbs", include_str!("../templates/partials/proces.md.hbs")),
    ("partials/actieplan.md.hbs", include_str!("../templates/partials/actieplan.md.hbs")),
    ("partials/bijlage_acties.md.hbs", include_str!("../templates/partials/bijlage_acties.md.hbs")),
    ("partials/proceslijst.md.hbs", include_str!("../templates/partials/proceslijst.md.hbs")),
    ("partials/bijlage_actoren.md.hbs", include_str!("../templates/partials/bijlage_actoren.md.hbs")),
    ("partials/bronnen.md.hbs", include_str!("../templates/partials/bronnen.md.hbs")),
    ("partials/bijlage.md.hbs", include_str!("../templates/partials/bijlage.md.hbs")),
    ("partials/redenen.md.hbs", include_str!("../templates/partials/redenen.md.hbs")),
    ("partials/voorlopig.md.hbs", include_str!("../templates/partials/voorlopig.md.hbs")),
    ("partials/gespreksagenda.md.hbs", include_str!("../templates/partials/gespreksagenda.md.hbs")),
    ("partials/groep.md.hbs", include_str!("../templates/partials/groep.md.hbs")),
    ("partials/rollen.md.hbs", include_str!("../templates/partials/rollen.md.hbs")),
    ("partials/groep_bijlage.md.hbs", include_str!("../templates/partials/groep_bijlage.md.hbs")),
    ("partials/vergelijking.md.hbs", include_str!("../templates/partials/vergelijking.md.hbs")),
    ("report.html.hbs", include_str!("../templates/report.html.hbs")),
    ("partials/samenvatting.html.hbs", include_str!("../templates/partials/samenvatting.html.hbs")),
    ("partials/inhoud.html.hbs", include_str!("../templates/partials/inhoud.html.hbs")),
    ("partials/scores.html.hbs", include_str!("../templates/partials/scores.html.hbs")),
    ("partials/positie.html.hbs", include_str!("../templates/partials/positie.html.hbs")),
    ("partials/actoren.html.hbs", include_str!("../templates/partials/actoren.html.hbs")),
    ("partials/strategie.html.hbs", include_str!("../templates/partials/strategie.html.hbs")),
    ("partials/procedure.html.hbs", include_str!("../templates/partials/procedure.html.hbs")),
    ("partials/voorwaarden.html.hbs", include_str!("../templates/partials/voorwaarden.html.hbs")),
    ("partials/proces.html.hbs", include_str!("../templates/partials/proces.html.hbs")),
    ("partials/actieplan.html.hbs", include_str!("../templates/partials/actieplan.html.hbs")),
    ("partials/bijlage_acties.html.hbs", include_str!("../templates/partials/bijlage_acties.html.hbs")),
    ("partials/proceslijst.html.hbs", include_str!("../templates/partials/proceslijst.html.hbs")),
    ("partials/bijlage_actoren.html.hbs", include_str!("../templates/partials/bijlage_actoren.html.hbs")),
    ("partials/bronnen.html.hbs", include_str!("../templates/partials/bronnen.html.hbs")),
    ("partials/bijlage.html.hbs", include_str!("../templates/partials/bijlage.html.hbs")),
    ("partials/redenen.html.hbs", include_str!("../templates/partials/redenen.html.hbs")),
    ("partials/voorlopig.html.hbs", include_str!("../templates/partials/voorlopig.html.hbs")),
    ("partials/gespreksagenda.html.hbs", include_str!("../templates/partials/gespreksagenda.html.hbs")),
    ("partials/groep.html.hbs", include_str!("../templates/partials/groep.html.hbs")),
    ("partials/rollen.html.hbs", include_str!("../templates/partials/rollen.html.hbs")),
    ("partials/groep_bijlage.html.hbs", include_str!("../templates/partials/groep_bijlage.html.hbs")),
    ("stijl.css", include_str!("../templates/stijl.css")),
    ("partials/vergelijking.html.hbs", include_str!("../templates/partials/vergelijking.html.hbs")),
];

/// The embedded text of report template `name` (e.g. `report.html.hbs`).
pub fn template_text(name: &str) -> Option<&'static str> {
    TEMPLATES.iter().find(|(n, _)| *n == name).map(|(_, text)| *text)
}

/// The templates of the ontwerpbeslissing (`rapport --formaat besluit`): (file name under
/// `templates/`, text). Like the report templates, a file with the same name in `sjablonen/` replaces
/// one; the .docx is written from the same view model in code (`report::besluit::docx`).
pub const BESLUIT_TEMPLATES: &[(&str, &str)] = &[
    ("besluit.md.hbs", include_str!("../templates/besluit.md.hbs")),
    ("besluit.html.hbs", include_str!("../templates/besluit.html.hbs")),
];

/// The embedded text of a template of the ontwerpbeslissing.
pub fn besluit_template_text(name: &str) -> Option<&'static str> {
    BESLUIT_TEMPLATES.iter().find(|(n, _)| *n == name).map(|(_, text)| *text)
}

/// The files of the questionnaire form (`regiewijzer formulier`): (file name under `templates/`,
/// text). Like the report templates, a file with the same name in `sjablonen/` replaces one.
pub const FORM_FILES: &[(&str, &str)] = &[
    ("formulier.html.hbs", include_str!("../templates/formulier.html.hbs")),
    ("formulier.js", include_str!("../templates/formulier.js")),
    ("formulier.css", include_str!("../templates/formulier.css")),
];

/// The embedded text of form file `name` (e.g. `formulier.js`).
pub fn form_file_text(name: &str) -> Option<&'static str> {
    FORM_FILES.iter().find(|(n, _)| *n == name).map(|(_, text)| *text)
}

/// The user's override for report template `name`, if the config directory has one.
pub fn user_template_path(name: &str) -> Option<PathBuf> {
    let path = crate::paths::templates_dir().ok()?.join(name);
    path.is_file().then_some(path)
}

/// Why a questionnaire could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum QuestionnaireError {
    /// Reading failed.
    #[error(transparent)]
    Io(#[from] IoError),
    /// The file has problems (all of them listed).
    #[error("{0}")]
    Invalid(Problems),
    /// No questionnaire with this id exists, embedded or in the config directory.
    #[error("vragenlijst '{0}' niet gevonden (niet ingebouwd en niet in de map vragenlijsten van de configuratie)")]
    NotFound(String),
}

/// Load a questionnaire from a file path.
pub fn load_questionnaire_file(path: &Path) -> Result<Questionnaire, QuestionnaireError> {
    let bytes = crate::fsutil::read_limited(path, "kan de vragenlijst niet lezen:").map_err(|e| match e {
        crate::fsutil::ReadError::Io(io) => QuestionnaireError::Io(io),
        other => QuestionnaireError::Invalid(Problems(vec![crate::error::Problem::new(
            path,
            crate::error::Position::START,
            format!("de vragenlijst is {}", other.file_problem().unwrap_or_default()),
            "Geef het pad van een vragenlijst in TOML (regiewijzer vragenlijst -o PAD schrijft er een uit).",
        )])),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&e.as_bytes()[..e.utf8_error().valid_up_to()]).unwrap_or_default();
        QuestionnaireError::Invalid(Problems(vec![crate::error::Problem::new(
            path,
            crate::error::Position::of_offset(valid, valid.len()),
            "de vragenlijst is geen geldige UTF-8-tekst",
            "Bewaar het bestand als UTF-8 in uw teksteditor.",
        )]))
    })?;
    questionnaire::parse(&text, path).map_err(QuestionnaireError::Invalid)
}

/// The user's override for questionnaire `id`, if the config directory has one.
pub fn user_questionnaire_path(id: &str) -> Option<PathBuf> {
    let path = crate::paths::questionnaires_dir().ok()?.join(format!("{id}.toml"));
    path.is_file().then_some(path)
}

/// Questionnaire `id`: the user's own file if present, else the embedded one.
pub fn questionnaire(id: &str) -> Result<Questionnaire, QuestionnaireError> {
    if let Some(path) = user_questionnaire_path(id) {
        return load_questionnaire_file(&path);
    }
    let text = questionnaire_text(id).ok_or_else(|| QuestionnaireError::NotFound(id.to_string()))?;
    questionnaire::parse_embedded(text, &format!("{id}.toml")).map_err(QuestionnaireError::Invalid)
}

/// The questionnaire to use: an explicit path, else the user's or embedded default.
pub fn questionnaire_from(path: Option<&Path>) -> Result<Questionnaire, QuestionnaireError> {
    match path {
        Some(p) => load_questionnaire_file(p),
        None => questionnaire(DEFAULT_QUESTIONNAIRE),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_questionnaire_is_valid() {
        for (id, text) in QUESTIONNAIRES {
            let q = questionnaire::parse_embedded(text, id).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(&q.id, id);
        }
    }
}
