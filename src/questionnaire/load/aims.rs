//! The action plan's part of a questionnaire: `[[aims]]` (owner roles, horizon, the decision asked of
//! the college, practices, `serves`), whether every aim is fed by a question, and the practices'
//! `in_place` conditions — each problem with its span, like the rest of the loader.

use std::collections::BTreeMap;

use super::{Cx, Fields, Table, is_slug};
use crate::questionnaire::{Aim, Condition, Horizon, OwnerRole, Practice, Question, RULE_AIMS, Serves};

/// Per practice id, its `in_place` conditions as written.
pub(super) type InPlace = Vec<(String, Vec<RawCondition>)>;

/// A condition as written, with the spans of its parts.
pub(super) struct RawCondition {
    pub(super) question: (String, usize),
    pub(super) any_of: Vec<(String, usize)>,
    pub(super) none_of: Vec<(String, usize)>,
}

impl Cx<'_> {
    /// The aims with the offset of their id.
    pub(super) fn aims(
        &mut self,
        raw: &[(&Table<'_>, usize)],
        practices: &BTreeMap<String, Practice>,
    ) -> Vec<(Aim, usize)> {
        let mut aims: Vec<(Aim, usize)> = Vec::new();
        for (table, at) in raw {
            let mut t = Fields::new(table, *at);
            let id = t.req_str_spanned(self, "id");
            let title = t.req_str(self, "title");
            let advice = t.req_str(self, "advice");
            let owners_raw = t.str_list_spanned(self, "owner");
            let horizon_raw = t.req_str_spanned(self, "horizon");
            let decision = t.opt_str(self, "decision").unwrap_or_default();
            let practice_refs = t.str_list_spanned(self, "practices");
            let source = t.req_str(self, "source");
            let finding = t.opt_str(self, "finding").unwrap_or_default();
            let serves_raw = t.str_list_spanned(self, "serves");
            t.finish(self, "een actiedoel");
            let Some((id, id_at)) = id else { continue };
            if !is_slug(&id) {
                self.push(
                    id_at,
                    format!("actiedoel-id '{id}' mag alleen kleine letters, cijfers, '-' en '_' bevatten"),
                    "Vragen verwijzen naar deze id; houd hem kort en vast, bv. \"mandaat_college\".",
                );
            }
            if aims.iter().any(|(a, _)| a.id == id) {
                self.push(
                    id_at,
                    format!("actiedoel-id '{id}' komt twee keer voor"),
                    "Geef elk actiedoel een eigen id.",
                );
                continue;
            }
            let owners = self.aim_owners(&id, id_at, &owners_raw);
            let horizon = horizon_raw.and_then(|(h, h_at)| {
                let parsed = Horizon::from_id(&h);
                if parsed.is_none() {
                    self.push(
                        h_at,
                        format!("onbekende horizon '{h}' bij actiedoel '{id}'"),
                        "Kies nu, dit_jaar of meerjarenplan.",
                    );
                }
                parsed
            });
            for (name, p_at) in &practice_refs {
                if !practices.contains_key(name) {
                    self.push(
                        *p_at,
                        format!("actiedoel '{id}' verwijst naar onbekende goede praktijk '{name}'"),
                        "Voeg een [[practices]]-blok met die id toe, of verbeter de verwijzing.",
                    );
                }
            }
            let mut serves = Vec::new();
            for (name, s_at) in &serves_raw {
                match Serves::from_id(name) {
                    Some(s) => serves.push(s),
                    None => self.push(
                        *s_at,
                        format!("onbekende waarde '{name}' in serves van actiedoel '{id}'"),
                        "Kies doel (het plan verbindt de actie met het doel en de thema's) en/of scenario (met het aanbevolen scenario).",
                    ),
                }
            }
            let aim = Aim {
                id,
                title,
                advice,
                owners,
                horizon: horizon.unwrap_or(Horizon::DitJaar),
                decision,
                practices: practice_refs.into_iter().map(|(p, _)| p).collect(),
                source,
                finding,
                serves,
            };
            aims.push((aim, id_at));
        }
        aims
    }

    fn aim_owners(&mut self, id: &str, id_at: usize, raw: &[(String, usize)]) -> Vec<OwnerRole> {
        let known = || OwnerRole::ALL.iter().map(|r| r.id()).collect::<Vec<_>>().join(", ");
        if raw.is_empty() {
            self.push(
                id_at,
                format!("actiedoel '{id}' heeft geen eigenaar"),
                format!("Voeg owner = [\"...\"] toe, in volgorde van voorkeur; kies uit: {}.", known()),
            );
        }
        let mut owners = Vec::new();
        for (name, o_at) in raw {
            match OwnerRole::from_id(name) {
                Some(r) => owners.push(r),
                None => self.push(
                    *o_at,
                    format!("onbekende eigenaar '{name}' bij actiedoel '{id}'"),
                    format!("Kies uit: {}.", known()),
                ),
            }
        }
        owners
    }

    /// Every aim that no question feeds is an error, except the aims the analysis triggers by a rule.
    pub(super) fn check_aims_fed(&mut self, aims: &[(Aim, usize)], questions: &[Question]) {
        for (aim, at) in aims {
            let fed = questions.iter().any(|q| q.aims.contains(&aim.id));
            if !fed && !RULE_AIMS.contains(&aim.id.as_str()) {
                self.push(
                    *at,
                    format!("actiedoel '{}' wordt door geen enkele vraag gevoed", aim.id),
                    format!(
                        "Voeg aims = [\"{}\"] toe aan de vragen die erop wijzen, of schrap het actiedoel. Alleen de actiedoelen die de analyse zelf afleidt ({}) hebben geen vraag nodig.",
                        aim.id,
                        RULE_AIMS.join(", ")
                    ),
                );
            }
        }
    }

    /// A `question`/`any_of`/`none_of` table, not yet checked against the questions.
    pub(super) fn raw_condition(&mut self, table: &Table<'_>, at: usize, what: &str) -> Option<RawCondition> {
        let mut t = Fields::new(table, at);
        let question = t.req_str_spanned(self, "question");
        let any_of = t.str_list_spanned(self, "any_of");
        let none_of = t.str_list_spanned(self, "none_of");
        t.finish(self, what);
        let question = question?;
        if any_of.is_empty() && none_of.is_empty() {
            self.push(at, format!("{what} noemt geen opties"), "Geef any_of = [\"...\"] of none_of = [\"...\"].");
        }
        Some(RawCondition { question, any_of, none_of })
    }

    /// Check an `in_place` condition of `practice` against the questions.
    pub(super) fn in_place(&mut self, practice: &str, raw: RawCondition, questions: &[Question]) -> Option<Condition> {
        let (target, t_at) = raw.question;
        let Some(referenced) = questions.iter().find(|q| q.id == target) else {
            self.push(
                t_at,
                format!("in_place van goede praktijk '{practice}' verwijst naar onbekende vraag '{target}'"),
                "Verbeter de vraag-id; in_place zegt welk antwoord toont dat de gemeente dit al doet.",
            );
            return None;
        };
        if !referenced.kind.is_choice() {
            self.push(
                t_at,
                format!("in_place van goede praktijk '{practice}' steunt op '{target}', maar dat is geen keuzevraag"),
                "in_place werkt alleen op vragen van type single, multi of jgnw.",
            );
            return None;
        }
        self.check_options(&format!("in_place van goede praktijk '{practice}'"), referenced, &raw.any_of, &raw.none_of);
        Some(Condition {
            question: target,
            any_of: raw.any_of.into_iter().map(|(s, _)| s).collect(),
            none_of: raw.none_of.into_iter().map(|(s, _)| s).collect(),
        })
    }
}
