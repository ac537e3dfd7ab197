//! Loading a questionnaire: parse the TOML keeping every span, walk it by hand so that *all* problems
//! are collected in one pass (a serde derive stops at the first), then check the cross references.
//! Every problem names file, line and column and says in Dutch what to do.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

mod aims;

use aims::{InPlace, RawCondition};

use super::{
    Aim, Choice, Condition, Field, Kind, Practice, Question, Questionnaire, READINESS_ITEMS, Step, TAG_READINESS,
    jgnw_options,
};
use crate::error::{Position, Problem, Problems};

/// Parse and validate questionnaire `text` read from `file`; every problem found is returned at once.
pub fn parse(text: &str, file: &Path) -> Result<Questionnaire, Problems> {
    let mut cx = Cx { text, file, problems: Vec::new() };
    let (root, syntax) = DeTable::parse_recoverable(text);
    if !syntax.is_empty() {
        for error in syntax {
            let at = error.span().map_or(0, |s| s.start);
            cx.push(at, format!("TOML-syntaxfout: {}", crate::error::toml_message(error.message())), HINT_SYNTAX);
        }
        return Err(Problems(cx.problems));
    }
    let questionnaire = cx.questionnaire(root.get_ref(), root.span());
    if cx.problems.is_empty() {
        Ok(questionnaire)
    } else {
        cx.problems.sort_by_key(|p| p.position);
        Err(Problems(cx.problems))
    }
}

/// Parse the questionnaire embedded in the binary. It is checked by the test suite, so a failure
/// here is a build defect; the problems are still returned rather than panicking.
pub fn parse_embedded(text: &str, name: &str) -> Result<Questionnaire, Problems> {
    parse(text, Path::new(&format!("(ingebouwd) {name}")))
}

const HINT_SYNTAX: &str = "Controleer aanhalingstekens, haakjes en '=' op deze regel; zie questionnaires/README.md.";
const HINT_FORMAT: &str = "Zie questionnaires/README.md voor het formaat.";

/// Walking context: the text (for positions), the file name, and the problems so far.
struct Cx<'a> {
    text: &'a str,
    file: &'a Path,
    problems: Vec<Problem>,
}

type Table<'i> = DeTable<'i>;

impl Cx<'_> {
    fn push(&mut self, offset: usize, message: impl Into<String>, hint: impl Into<String>) {
        let position = Position::of_offset(self.text, offset);
        self.problems.push(Problem::new(self.file, position, message, hint));
    }

    fn questionnaire(&mut self, root: &Table<'_>, span: Range<usize>) -> Questionnaire {
        let mut t = Fields::new(root, span.start);
        let id = t.req_str(self, "id");
        let title = t.req_str(self, "title");
        let version = t.req_str_spanned(self, "version");
        let language = t.opt_str(self, "language").unwrap_or_else(|| "nl-BE".into());
        let description = t.opt_str(self, "description").unwrap_or_default();
        let steps_raw = t.table_list(self, "steps");
        let practices_raw = t.table_list(self, "practices");
        let aims_raw = t.table_list(self, "aims");
        let questions_raw = t.table_list(self, "questions");
        t.finish(self, "de vragenlijst");

        if let Some((v, at)) = &version
            && !is_semver(v)
        {
            self.push(
                *at,
                format!("versie '{v}' is geen geldige versie"),
                "Schrijf de versie als major.minor.patch, bijvoorbeeld \"1.0.0\".",
            );
        }
        check_id_format(self, &id, root, "id", is_slug);
        let steps = self.steps(&steps_raw, span.start);
        let (mut practices, in_place) = self.practices(&practices_raw);
        let aims = self.aims(&aims_raw, &practices);
        let mut questions = self.questions(&questions_raw, &steps, &practices, &aims, span.start);
        self.check_aims_fed(&aims, &questions);
        for (practice, raw) in in_place {
            let conditions = raw.into_iter().filter_map(|c| self.in_place(&practice, c, &questions)).collect();
            if let Some(p) = practices.get_mut(&practice) {
                p.in_place = conditions;
            }
        }
        // Order questions by step, keeping file order within a step.
        questions.sort_by_key(|q| q.step);
        Questionnaire {
            index: super::QuestionIndex::new(&questions),
            id,
            title,
            version: version.map(|(v, _)| v).unwrap_or_default(),
            language,
            description,
            steps,
            questions,
            practices,
            aims: aims.into_iter().map(|(a, _)| a).collect(),
        }
    }

    fn steps(&mut self, raw: &[(&Table<'_>, usize)], root_at: usize) -> Vec<Step> {
        if raw.is_empty() {
            self.push(
                root_at,
                "de vragenlijst heeft geen stappen",
                "Voeg minstens één [[steps]]-blok toe met id, title, intro en source.",
            );
        }
        let mut seen = BTreeSet::new();
        let mut steps = Vec::new();
        for (table, at) in raw {
            let mut t = Fields::new(table, *at);
            let id = t.req_str_spanned(self, "id");
            let title = t.req_str(self, "title");
            let intro = t.opt_str(self, "intro").unwrap_or_default();
            let source = t.req_str(self, "source");
            t.finish(self, "een stap");
            let Some((id, id_at)) = id else { continue };
            if !is_slug(&id) {
                self.push(
                    id_at,
                    format!("stap-id '{id}' mag alleen kleine letters, cijfers, '-' en '_' bevatten"),
                    "Gebruik bijvoorbeeld \"context\".",
                );
            }
            if !seen.insert(id.clone()) {
                self.push(id_at, format!("stap-id '{id}' komt twee keer voor"), "Geef elke stap een eigen id.");
            }
            steps.push(Step { id, title, intro, source });
        }
        steps
    }

    /// The practices, and per practice its raw `in_place` conditions (checked once the questions are known).
    fn practices(&mut self, raw: &[(&Table<'_>, usize)]) -> (BTreeMap<String, Practice>, InPlace) {
        let mut practices = BTreeMap::new();
        let mut in_place_all = Vec::new();
        for (table, at) in raw {
            let mut t = Fields::new(table, *at);
            let id = t.req_str_spanned(self, "id");
            let gemeente = t.req_str(self, "gemeente");
            let title = t.req_str(self, "title");
            let text = t.req_str(self, "text");
            let fact = t.opt_str(self, "fact").unwrap_or_default();
            let source = t.req_str(self, "source");
            let in_place_raw = t.table_list(self, "in_place");
            t.finish(self, "een goede praktijk");
            let in_place: Vec<RawCondition> = in_place_raw
                .iter()
                .filter_map(|(c, c_at)| self.raw_condition(c, *c_at, "een in_place-voorwaarde"))
                .collect();
            let Some((id, id_at)) = id else { continue };
            if practices.contains_key(&id) {
                self.push(
                    id_at,
                    format!("praktijk-id '{id}' komt twee keer voor"),
                    "Geef elke goede praktijk een eigen id.",
                );
                continue;
            }
            in_place_all.push((id.clone(), in_place));
            practices.insert(id.clone(), Practice { id, gemeente, title, text, fact, source, in_place: Vec::new() });
        }
        (practices, in_place_all)
    }

    fn check_options(
        &mut self,
        owner: &str,
        referenced: &Question,
        any_of: &[(String, usize)],
        none_of: &[(String, usize)],
    ) {
        for (option, o_at) in any_of.iter().chain(none_of.iter()) {
            if referenced.option(option).is_none() {
                let known: Vec<&str> = referenced.options.iter().map(|o| o.id.as_str()).collect();
                self.push(
                    *o_at,
                    format!("{owner}: '{}' heeft geen optie '{option}'", referenced.id),
                    format!("Kies uit: {}.", known.join(", ")),
                );
            }
        }
    }

    fn questions(
        &mut self,
        raw: &[(&Table<'_>, usize)],
        steps: &[Step],
        practices: &BTreeMap<String, Practice>,
        aims: &[(Aim, usize)],
        root_at: usize,
    ) -> Vec<Question> {
        if raw.is_empty() {
            self.push(root_at, "de vragenlijst heeft geen vragen", "Voeg [[questions]]-blokken toe.");
        }
        let mut questions: Vec<Question> = Vec::new();
        let mut positions: BTreeMap<String, usize> = BTreeMap::new();
        for (table, at) in raw {
            if let Some(q) = self.question(table, *at, steps, (practices, aims), &questions, &positions) {
                positions.insert(q.id.clone(), questions.len());
                questions.push(q);
            }
        }
        for (i, step) in steps.iter().enumerate() {
            if !questions.iter().any(|q| q.step == i) {
                self.push(
                    root_at,
                    format!("stap '{}' heeft geen vragen", step.id),
                    "Voeg een vraag toe met een id die begint met de stap-id, of schrap de stap.",
                );
            }
        }
        questions
    }

    #[allow(clippy::too_many_lines)] // one flat walk over the keys of a question reads best in one place
    fn question(
        &mut self,
        table: &Table<'_>,
        at: usize,
        steps: &[Step],
        (practices, aims): (&BTreeMap<String, Practice>, &[(Aim, usize)]),
        earlier: &[Question],
        positions: &BTreeMap<String, usize>,
    ) -> Option<Question> {
        let mut t = Fields::new(table, at);
        let id = t.req_str_spanned(self, "id");
        let kind = t.req_str_spanned(self, "kind");
        let prompt = t.req_str(self, "prompt");
        let topic = t.opt_str(self, "topic").unwrap_or_default();
        let help = t.req_str(self, "help");
        let source = t.req_str(self, "source");
        let weight = t.opt_num(self, "weight");
        let advice = t.opt_str(self, "advice").unwrap_or_default();
        let tags = t.str_list_spanned(self, "tags");
        let practice_refs = t.str_list_spanned(self, "practices");
        let aim_refs = t.str_list_spanned(self, "aims");
        let when = t.opt_table(self, "when");
        let options_raw = t.table_list(self, "options");
        let reverse = t.opt_bool(self, "reverse");
        let problems_before = self.problems.len();
        let min = t.opt_num(self, "min");
        let max = t.opt_num(self, "max");
        let bounds_malformed = self.problems.len() > problems_before;
        let min_label = t.opt_str(self, "min_label").unwrap_or_default();
        let max_label = t.opt_str(self, "max_label").unwrap_or_default();
        let unit = t.opt_str(self, "unit").unwrap_or_default();
        let fields_raw = t.table_list(self, "fields");
        t.finish(self, "een vraag");

        let (id, id_at) = id?;
        let step = self.question_step(&id, id_at, steps);
        if positions.contains_key(&id) {
            self.push(
                id_at,
                format!("vraag-id '{id}' komt twee keer voor"),
                "Elke vraag heeft een eigen, vaste id; sessies bewaren antwoorden onder die id.",
            );
        }
        let kind = match kind {
            Some((name, k_at)) => {
                if let Some(k) = Kind::from_name(&name) {
                    Some(k)
                } else {
                    self.push(k_at, format!("onbekend vraagtype '{name}'"), format!("Kies uit: {}.", kind_names()));
                    None
                }
            }
            None => None,
        };
        let kind = kind?;
        let weight = self.weight(weight);
        let options = self.question_options(kind, &id, &options_raw, reverse, at);
        if !bounds_malformed {
            self.check_bounds(kind, &id, min, max, at);
        }
        let fields = self.record_fields(kind, &id, &fields_raw, at);
        for (name, p_at) in &practice_refs {
            if !practices.contains_key(name) {
                self.push(
                    *p_at,
                    format!("vraag '{id}' verwijst naar onbekende goede praktijk '{name}'"),
                    "Voeg een [[practices]]-blok met die id toe, of verbeter de verwijzing.",
                );
            }
        }
        for (name, a_at) in &aim_refs {
            if !aims.iter().any(|(a, _)| a.id == *name) {
                self.push(
                    *a_at,
                    format!("vraag '{id}' verwijst naar onbekend actiedoel '{name}'"),
                    "Voeg een [[aims]]-blok met die id toe, of verbeter de verwijzing.",
                );
            }
        }
        self.check_tags(&id, &tags);
        let tags: Vec<String> = tags.into_iter().map(|(t, _)| t).collect();
        let is_short = tags.iter().any(|t| t == super::TAG_SHORT);
        let condition = when.and_then(|(w, w_at)| self.condition(&id, is_short, w, w_at, earlier, positions));
        Some(Question {
            id,
            step: step.unwrap_or(0),
            kind,
            prompt,
            topic,
            help,
            source,
            weight,
            advice,
            tags,
            practices: practice_refs.into_iter().map(|(p, _)| p).collect(),
            aims: aim_refs.into_iter().map(|(a, _)| a).collect(),
            condition,
            options,
            min: min.map(|(v, _)| v),
            max: max.map(|(v, _)| v),
            min_label,
            max_label,
            unit,
            fields,
        })
    }

    /// A readiness tag must name one of the four items, so that a typo is not silently ignored.
    fn check_tags(&mut self, id: &str, tags: &[(String, usize)]) {
        for (tag, t_at) in tags {
            let item = match tag.split_once('.') {
                Some((TAG_READINESS, item)) => Some(item),
                None if tag == TAG_READINESS => Some(""),
                _ => None,
            };
            if let Some(item) = item
                && !READINESS_ITEMS.contains(&item)
            {
                self.push(
                    *t_at,
                    format!("label '{tag}' van vraag '{id}' noemt geen onderdeel van de paraatheid"),
                    "Gebruik paraatheid.mandaat, paraatheid.draagvlak, paraatheid.middelen of paraatheid.visie (leidraad 3.1.3).",
                );
            }
        }
    }

    fn question_step(&mut self, id: &str, at: usize, steps: &[Step]) -> Option<usize> {
        let valid = !id.is_empty() && id.split('.').all(is_slug) && id.contains('.');
        if !valid {
            self.push(
                at,
                format!("vraag-id '{id}' heeft niet de vorm stap.naam"),
                "Gebruik kleine letters, cijfers, '-' en '_', gescheiden door punten, bv. \"context.informatie\".",
            );
            return None;
        }
        let prefix = id.split('.').next().unwrap_or_default();
        let step = steps.iter().position(|s| s.id == prefix);
        if step.is_none() {
            let known: Vec<&str> = steps.iter().map(|s| s.id.as_str()).collect();
            self.push(
                at,
                format!("vraag-id '{id}' begint niet met een bestaande stap-id"),
                format!("Laat de id beginnen met een van: {}.", known.join(", ")),
            );
        }
        step
    }

    fn weight(&mut self, weight: Option<(f64, usize)>) -> f64 {
        match weight {
            Some((w, at)) if !(0.0..=10.0).contains(&w) => {
                self.push(
                    at,
                    format!("gewicht {w} ligt niet tussen 0 en 10"),
                    "Gebruik 1 voor een gewone vraag, 0 om niet mee te tellen, hoger voor zwaarder.",
                );
                1.0
            }
            Some((w, _)) => w,
            None => 1.0,
        }
    }

    fn question_options(
        &mut self,
        kind: Kind,
        id: &str,
        raw: &[(&Table<'_>, usize)],
        reverse: Option<(bool, usize)>,
        at: usize,
    ) -> Vec<Choice> {
        if let Some((_, r_at)) = reverse
            && kind != Kind::Jgnw
        {
            self.push(
                r_at,
                format!("'reverse' past alleen bij vraagtype jgnw (vraag '{id}')"),
                "Geef bij andere types de scores per optie op.",
            );
        }
        match kind {
            Kind::Jgnw => {
                if let Some((_, o_at)) = raw.first() {
                    self.push(*o_at, format!("vraag '{id}' van type jgnw heeft vaste opties"), "Laat 'options' weg; ja/gedeeltelijk/nee/weet niet worden automatisch toegevoegd. Gebruik reverse = true als 'ja' het zwakke antwoord is.");
                }
                jgnw_options(reverse.is_some_and(|(r, _)| r))
            }
            Kind::Single | Kind::Multi => {
                if raw.len() < 2 {
                    self.push(
                        at,
                        format!("vraag '{id}' van type '{}' heeft minstens twee opties nodig", kind.name()),
                        "Voeg options = [{ id = \"...\", label = \"...\", score = 100 }, ...] toe.",
                    );
                }
                self.options(raw, &format!("vraag '{id}'"), kind)
            }
            _ => {
                if let Some((_, o_at)) = raw.first() {
                    self.push(
                        *o_at,
                        format!("vraag '{id}' van type '{}' kan geen opties hebben", kind.name()),
                        "Schrap 'options' of kies type single of multi.",
                    );
                }
                Vec::new()
            }
        }
    }

    fn options(&mut self, raw: &[(&Table<'_>, usize)], owner: &str, kind: Kind) -> Vec<Choice> {
        let mut seen = BTreeSet::new();
        let mut options = Vec::new();
        for (table, at) in raw {
            let mut t = Fields::new(table, *at);
            let id = t.req_str_spanned(self, "id");
            let label = t.req_str(self, "label");
            let score = t.opt_num(self, "score");
            let exclusive = t.opt_bool(self, "exclusive");
            t.finish(self, "een optie");
            if let Some((_, e_at)) = exclusive
                && kind != Kind::Multi
            {
                self.push(
                    e_at,
                    format!(
                        "'exclusive' past alleen bij meerkeuze (type multi), niet bij {owner} van type {}",
                        kind.name()
                    ),
                    "Bij één keuze sluiten de opties elkaar al uit; schrap 'exclusive' of maak er type multi van.",
                );
            }
            let Some((id, id_at)) = id else { continue };
            if !is_slug(&id) {
                self.push(
                    id_at,
                    format!("optie-id '{id}' van {owner} mag alleen kleine letters, cijfers, '-' en '_' bevatten"),
                    "Sessies bewaren de optie-id; houd hem kort en vast.",
                );
            }
            if !seen.insert(id.clone()) {
                self.push(
                    id_at,
                    format!("optie-id '{id}' komt twee keer voor in {owner}"),
                    "Geef elke optie een eigen id.",
                );
            }
            if let Some((s, s_at)) = score
                && !(0.0..=100.0).contains(&s)
            {
                self.push(
                    s_at,
                    format!("score {s} van optie '{id}' ligt niet tussen 0 en 100"),
                    "Gebruik 0 (zwak) tot 100 (sterk); laat de score weg voor een optie die niet meetelt.",
                );
            }
            let exclusive = exclusive.is_some_and(|(e, _)| e) && kind == Kind::Multi;
            options.push(Choice { id, label, score: score.map(|(s, _)| s), exclusive });
        }
        options
    }

    fn check_bounds(&mut self, kind: Kind, id: &str, min: Option<(f64, usize)>, max: Option<(f64, usize)>, at: usize) {
        match kind {
            Kind::Scale => match (min, max) {
                (Some((lo, _)), Some((hi, hi_at))) if lo >= hi || lo.fract() != 0.0 || hi.fract() != 0.0 => {
                    self.push(
                        hi_at,
                        format!("schaal van vraag '{id}' loopt van {lo} tot {hi}"),
                        "Een schaal heeft gehele grenzen met min kleiner dan max, bv. min = 1 en max = 5.",
                    );
                }
                (Some(_), Some(_)) => {}
                _ => self.push(
                    at,
                    format!("schaalvraag '{id}' heeft geen min en max"),
                    "Voeg min = 1 en max = 5 (of andere gehele grenzen) toe.",
                ),
            },
            Kind::Number => {
                if let (Some((lo, _)), Some((hi, hi_at))) = (min, max)
                    && lo > hi
                {
                    self.push(
                        hi_at,
                        format!("max {hi} van vraag '{id}' is kleiner dan min {lo}"),
                        "Verwissel of verbeter de grenzen.",
                    );
                }
            }
            _ => {
                for (_, b_at) in min.iter().chain(max.iter()) {
                    self.push(
                        *b_at,
                        format!("vraag '{id}' van type '{}' kan geen min of max hebben", kind.name()),
                        "Grenzen gelden alleen voor scale en number.",
                    );
                }
            }
        }
    }

    fn record_fields(&mut self, kind: Kind, id: &str, raw: &[(&Table<'_>, usize)], at: usize) -> Vec<Field> {
        if kind != Kind::Records {
            if let Some((_, f_at)) = raw.first() {
                self.push(
                    *f_at,
                    format!("vraag '{id}' van type '{}' kan geen velden hebben", kind.name()),
                    "Velden horen alleen bij type records.",
                );
            }
            return Vec::new();
        }
        if raw.is_empty() {
            self.push(
                at,
                format!("lijstvraag '{id}' heeft geen velden"),
                "Voeg fields = [{ id = \"naam\", label = \"Naam\", kind = \"text\" }, ...] toe.",
            );
        }
        let mut seen = BTreeSet::new();
        let mut fields = Vec::new();
        for (table, f_at) in raw {
            if let Some(field) = self.field(table, *f_at, id) {
                if !seen.insert(field.id.clone()) {
                    self.push(
                        *f_at,
                        format!("veld-id '{}' komt twee keer voor in vraag '{id}'", field.id),
                        "Geef elk veld een eigen id.",
                    );
                }
                fields.push(field);
            }
        }
        fields
    }

    fn field(&mut self, table: &Table<'_>, at: usize, question: &str) -> Option<Field> {
        let mut t = Fields::new(table, at);
        let id = t.req_str(self, "id");
        let label = t.req_str(self, "label");
        let kind = t.req_str_spanned(self, "kind");
        let help = t.opt_str(self, "help").unwrap_or_default();
        let required = t.opt_bool(self, "required").is_some_and(|(b, _)| b);
        let options_raw = t.table_list(self, "options");
        t.finish(self, "een veld");
        let (name, k_at) = kind?;
        let kind = Kind::from_name(&name).filter(|k| *k != Kind::Records && *k != Kind::Scale);
        let Some(kind) = kind else {
            self.push(
                k_at,
                format!("veld '{id}' van vraag '{question}' heeft ongeldig type '{name}'"),
                "Een veld is text, long_text, number, single, multi of jgnw.",
            );
            return None;
        };
        let owner = format!("veld '{id}' van vraag '{question}'");
        let options = match kind {
            Kind::Jgnw => jgnw_options(false),
            Kind::Single | Kind::Multi => {
                if options_raw.len() < 2 {
                    self.push(at, format!("{owner} heeft minstens twee opties nodig"), "Voeg options toe.");
                }
                self.options(&options_raw, &owner, kind)
            }
            _ => Vec::new(),
        };
        Some(Field { id, label, kind, options, help, required })
    }

    fn condition(
        &mut self,
        id: &str,
        is_short: bool,
        when: &Table<'_>,
        at: usize,
        earlier: &[Question],
        positions: &BTreeMap<String, usize>,
    ) -> Option<Condition> {
        let mut t = Fields::new(when, at);
        let target = t.req_str_spanned(self, "question");
        let any_of = t.str_list_spanned(self, "any_of");
        let none_of = t.str_list_spanned(self, "none_of");
        t.finish(self, "een voorwaarde (when)");
        let (target, t_at) = target?;
        if any_of.is_empty() && none_of.is_empty() {
            self.push(
                at,
                format!("voorwaarde van vraag '{id}' noemt geen opties"),
                "Geef any_of = [\"...\"] of none_of = [\"...\"].",
            );
        }
        let Some(&index) = positions.get(&target) else {
            self.push(t_at, format!("voorwaarde van vraag '{id}' verwijst naar '{target}', die niet eerder in de vragenlijst staat"), "Een voorwaarde kan alleen steunen op een vraag die vóór deze vraag komt; verbeter de id of verplaats de vraag.");
            return None;
        };
        let referenced = &earlier[index];
        if !referenced.kind.is_choice() {
            self.push(
                t_at,
                format!("voorwaarde van vraag '{id}' steunt op '{target}', maar dat is geen keuzevraag"),
                "Voorwaarden werken alleen op vragen van type single, multi of jgnw.",
            );
            return None;
        }
        if is_short && !referenced.is_short() {
            self.push(
                t_at,
                format!("vraag '{id}' hoort bij de korte intake, maar hangt af van '{target}', die er niet bij hoort"),
                "Geef ook die vraag het label \"kort\", of haal \"kort\" weg bij deze vraag; anders wordt ze in de korte intake nooit gesteld.",
            );
        }
        self.check_options(&format!("voorwaarde van vraag '{id}'"), referenced, &any_of, &none_of);
        Some(Condition {
            question: target,
            any_of: any_of.into_iter().map(|(s, _)| s).collect(),
            none_of: none_of.into_iter().map(|(s, _)| s).collect(),
        })
    }
}

fn check_id_format(cx: &mut Cx<'_>, value: &str, table: &Table<'_>, key: &str, ok: fn(&str) -> bool) {
    if value.is_empty() || ok(value) {
        return;
    }
    let at = table.iter().find(|(k, _)| k.get_ref() == key).map_or(0, |(_, v)| v.span().start);
    cx.push(
        at,
        format!("id '{value}' mag alleen kleine letters, cijfers, '-' en '_' bevatten"),
        "Gebruik bijvoorbeeld \"vvsg-4p\".",
    );
}

fn kind_names() -> String {
    Kind::ALL.iter().map(|k| k.name()).collect::<Vec<_>>().join(", ")
}

/// Lowercase ASCII letters, digits, `-` and `_`; not empty.
fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

fn is_semver(v: &str) -> bool {
    let core = v.split(['-', '+']).next().unwrap_or_default();
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The keys of one TOML table, taken one by one; whatever is left at [`Fields::finish`] is unknown.
struct Fields<'t, 'i> {
    table: &'t Table<'i>,
    at: usize,
    used: BTreeSet<&'t str>,
}

impl<'t, 'i> Fields<'t, 'i> {
    fn new(table: &'t Table<'i>, at: usize) -> Self {
        Self { table, at, used: BTreeSet::new() }
    }

    fn get(&mut self, key: &'t str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.used.insert(key);
        self.table.iter().find(|(k, _)| k.get_ref() == key).map(|(_, v)| v)
    }

    fn wrong_type(cx: &mut Cx<'_>, key: &str, value: &Spanned<DeValue<'_>>, expected: &str) {
        cx.push(
            value.span().start,
            format!("'{key}' moet {expected} zijn, maar is {}", type_name(value.get_ref())),
            HINT_FORMAT,
        );
    }

    fn req_str_spanned(&mut self, cx: &mut Cx<'_>, key: &'t str) -> Option<(String, usize)> {
        match self.get(key) {
            None => {
                cx.push(
                    self.at,
                    format!("verplicht veld '{key}' ontbreekt"),
                    format!("Voeg {key} = \"...\" toe aan dit blok."),
                );
                None
            }
            Some(v) => match v.get_ref().as_str() {
                Some(s) if !s.trim().is_empty() => Some((s.to_string(), v.span().start)),
                Some(_) => {
                    cx.push(v.span().start, format!("'{key}' is leeg"), format!("Vul {key} in."));
                    None
                }
                None => {
                    Self::wrong_type(cx, key, v, "tekst");
                    None
                }
            },
        }
    }

    fn req_str(&mut self, cx: &mut Cx<'_>, key: &'t str) -> String {
        self.req_str_spanned(cx, key).map(|(s, _)| s).unwrap_or_default()
    }

    fn opt_str(&mut self, cx: &mut Cx<'_>, key: &'t str) -> Option<String> {
        let v = self.get(key)?;
        if let Some(s) = v.get_ref().as_str() {
            Some(s.to_string())
        } else {
            Self::wrong_type(cx, key, v, "tekst");
            None
        }
    }

    fn opt_num(&mut self, cx: &mut Cx<'_>, key: &'t str) -> Option<(f64, usize)> {
        let v = self.get(key)?;
        let n = match v.get_ref() {
            DeValue::Integer(i) => i.as_str().replace('_', "").parse::<i64>().ok().map(|i| i as f64),
            DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok().filter(|f| f.is_finite()),
            _ => None,
        };
        if n.is_none() {
            Self::wrong_type(cx, key, v, "een getal");
        }
        n.map(|n| (n, v.span().start))
    }

    fn opt_bool(&mut self, cx: &mut Cx<'_>, key: &'t str) -> Option<(bool, usize)> {
        let v = self.get(key)?;
        let b = v.get_ref().as_bool();
        if b.is_none() {
            Self::wrong_type(cx, key, v, "true of false");
        }
        b.map(|b| (b, v.span().start))
    }

    fn str_list_spanned(&mut self, cx: &mut Cx<'_>, key: &'t str) -> Vec<(String, usize)> {
        let Some(v) = self.get(key) else { return Vec::new() };
        let Some(items) = v.get_ref().as_array() else {
            Self::wrong_type(cx, key, v, "een lijst van teksten");
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            match item.get_ref().as_str() {
                Some(s) => out.push((s.to_string(), item.span().start)),
                None => Self::wrong_type(cx, key, item, "een lijst van teksten"),
            }
        }
        out
    }

    fn opt_table(&mut self, cx: &mut Cx<'_>, key: &'t str) -> Option<(&'t Table<'i>, usize)> {
        let v = self.get(key)?;
        let t = v.get_ref().as_table();
        if t.is_none() {
            Self::wrong_type(cx, key, v, "een tabel");
        }
        t.map(|t| (t, v.span().start))
    }

    fn table_list(&mut self, cx: &mut Cx<'_>, key: &'t str) -> Vec<(&'t Table<'i>, usize)> {
        let Some(v) = self.get(key) else { return Vec::new() };
        let Some(items) = v.get_ref().as_array() else {
            Self::wrong_type(cx, key, v, "een lijst van tabellen");
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            match item.get_ref().as_table() {
                Some(t) => out.push((t, item.span().start)),
                None => Self::wrong_type(cx, key, item, "een tabel"),
            }
        }
        out
    }

    fn finish(self, cx: &mut Cx<'_>, what: &str) {
        for (key, _) in self.table {
            if !self.used.contains(key.get_ref().as_ref()) {
                let known: Vec<&str> = self.used.iter().copied().collect();
                cx.push(
                    key.span().start,
                    format!("onbekend veld '{}' in {what}", key.get_ref()),
                    format!(
                        "Bedoelde u een van: {}? Een tikfout in een veldnaam wordt anders stil genegeerd.",
                        known.join(", ")
                    ),
                );
            }
        }
    }
}

fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "tekst",
        DeValue::Integer(_) | DeValue::Float(_) => "een getal",
        DeValue::Boolean(_) => "true/false",
        DeValue::Datetime(_) => "een datum",
        DeValue::Array(_) => "een lijst",
        DeValue::Table(_) => "een tabel",
    }
}
