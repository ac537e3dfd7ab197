//! The group report: the analysis of the consensus session (the same report as for one session)
//! plus the `groep` section — respondents, consensus rule, gespreksagenda, results resting on a weak
//! consensus, the roles side by side, and every question with the answers by role and respondent.
//! [`GroupSection`] is both the JSON document's `groep` key (`docs/RAPPORT-JSON.md`) and, with the
//! chart geometry and the appendix by step added, the templates' `groep` variable.

use serde::Serialize;
use serde_json::Value;

use super::{Format, JsonReport, Renderer, ReportError};
use crate::analysis::inputs::{answer_label, option_label, pct};
use crate::analysis::{Analysis, texts as atexts};
use crate::answer::Answer;
use crate::group::texts as gtexts;
use crate::group::{
    self, Basis, Consensus, FragileResult, Group, Importance, Outcome, QuestionConsensus, RoleGap, RoleView, Weakness,
};
use crate::questionnaire::{Kind, Question, Questionnaire};

mod weergave;
use weergave::{appendix_by_step, chart, roles_table};

/// A respondent of the group.
#[derive(Debug, Serialize)]
pub struct RespondentView {
    /// Name (may be empty).
    pub naam: String,
    /// Role id.
    pub rol: &'static str,
    /// Role label.
    pub rol_label: &'static str,
    /// `Naam (rol)` or `anoniem (rol)`.
    pub label: String,
    /// The file the session came from.
    pub bron: String,
    /// `volledig` or `kort`.
    pub modus: &'static str,
    /// Date of the session's last change, `YYYY-MM-DD`.
    pub datum: String,
}

/// One respondent's answer to one question.
#[derive(Debug, Clone, Serialize)]
pub struct AnswerView {
    /// Index into `respondenten`.
    pub respondent: usize,
    /// `Naam (rol)`.
    pub wie: String,
    /// Role id.
    pub rol: &'static str,
    /// The answer's label, `weet niet`, `niet beantwoord` or `niet gevraagd`.
    pub antwoord: String,
    /// The answer's score 0–100, when scored.
    pub score: Option<u8>,
    /// Whether the question was asked of this respondent.
    pub gevraagd: bool,
    /// The respondent's note.
    pub notitie: Option<String>,
}

/// How often an answer was given (or voted for).
#[derive(Debug, Clone, Serialize)]
pub struct CountView {
    /// The answer's label.
    pub antwoord: String,
    /// How many gave it.
    pub aantal: usize,
}

/// One question with its consensus and every answer.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    /// Question id.
    pub vraag: String,
    /// The question as asked.
    pub vraagtekst: String,
    /// Step id.
    pub stap_id: String,
    /// Step title.
    pub stap: String,
    /// The consensus answer's label.
    pub consensus: String,
    /// Its score 0–100, when scored.
    pub consensus_score: Option<u8>,
    /// `regel`, `akkoord` or `blijft_verdeeld`.
    pub basis: Basis,
    /// Its label.
    pub basis_label: &'static str,
    /// The meeting's motivation.
    pub motivatie: Option<String>,
    /// Divergence 0–100.
    pub verschil: u8,
    /// Whether some answers lie far apart.
    pub ver_uiteen: bool,
    /// Why the consensus is weak (ids); empty when it is not.
    pub zwak: Vec<Weakness>,
    /// The same, as phrases.
    pub zwak_tekst: Vec<&'static str>,
    /// Respondents asked (or votes cast).
    pub gesteld: usize,
    /// Answers other than "weet niet".
    pub geweten: usize,
    /// "Weet niet" answers.
    pub weet_niet: usize,
    /// How often each answer was given (from the vote, when there is one).
    pub telling: Vec<CountView>,
    /// Whether `telling` is a vote of a groepssessie.
    pub stemming: bool,
    /// Every respondent's answer and note, bestuur first.
    pub antwoorden: Vec<AnswerView>,
}

/// A question on the gespreksagenda.
#[derive(Debug, Serialize)]
pub struct AgendaView {
    /// Position, from 1.
    pub nummer: usize,
    /// How much it matters.
    pub belang: Importance,
    /// Its label.
    pub belang_label: &'static str,
    /// The headline results it feeds.
    pub weegt_op: Vec<Outcome>,
    /// The same, as one phrase (empty when none).
    pub weegt_op_tekst: String,
    /// Divergence × importance.
    pub prioriteit: u16,
    /// The question.
    #[serde(flatten)]
    pub vraag: QuestionView,
}

/// A question behind a fragile result.
#[derive(Debug, Serialize)]
pub struct FragileQuestion {
    /// Question id.
    pub vraag: String,
    /// The question as asked.
    pub vraagtekst: String,
    /// The consensus answer's label.
    pub consensus: String,
    /// Why it is weak.
    pub zwak_tekst: Vec<&'static str>,
}

/// A headline result that rests on a weak consensus.
#[derive(Debug, Serialize)]
pub struct FragileView {
    /// The result.
    pub resultaat: Outcome,
    /// Its name.
    pub label: String,
    /// What the analysis concluded.
    pub uitkomst: String,
    /// The weak questions behind it.
    pub vragen: Vec<FragileQuestion>,
}

/// One role's scores.
#[derive(Debug, Serialize)]
pub struct RoleRow {
    /// Role id.
    pub rol: &'static str,
    /// Role label.
    pub rol_label: &'static str,
    /// Respondents with this role.
    pub respondenten: usize,
    /// Mean score per step, in step order.
    pub stappen: Vec<Option<u8>>,
    /// Mean overall score.
    pub totaal: Option<u8>,
}

/// The roles side by side.
#[derive(Debug, Serialize)]
pub struct RolesView {
    /// Step ids and titles, the columns of `stappen`.
    pub stappen: Vec<StepRef>,
    /// One row per role, bestuur first.
    pub rollen: Vec<RoleRow>,
    /// The findings, as sentences.
    pub bevindingen: Vec<String>,
    /// The most and least positive role overall (at least 10 points apart), or null.
    pub verschil_totaal: Option<GapView>,
    /// The step where two roles lie furthest apart (at least 20 points), or null.
    pub verschil_stap: Option<GapView>,
}

/// A step's id and title.
#[derive(Debug, Serialize)]
pub struct StepRef {
    /// Step id.
    pub id: String,
    /// Title.
    pub titel: String,
}

/// A gap between two roles.
#[derive(Debug, Serialize)]
pub struct GapView {
    /// The more positive role.
    pub hoog_rol: &'static str,
    /// Its score.
    pub hoog: u8,
    /// The less positive role.
    pub laag_rol: &'static str,
    /// Its score.
    pub laag: u8,
    /// The step id, for a step's gap.
    pub stap: Option<String>,
}

/// A question the consensus meeting (or a groepssessie's vote) decided on.
#[derive(Debug, Clone, Serialize)]
pub struct DecisionView {
    /// Question id.
    pub vraag: String,
    /// The question as asked.
    pub vraagtekst: String,
    /// The answer the analysis uses: the agreed one, or the rule's when the group stays divided.
    pub consensus: String,
    /// Why it is still weak (empty for a plain agreement).
    pub zwak_tekst: Vec<&'static str>,
    /// The meeting's motivation, or the note with a vote.
    pub motivatie: Option<String>,
    /// A vote, as "Ja 3 · Nee 2", when one was recorded.
    pub stemming: Option<String>,
}

/// What the consensus meeting decided so far.
#[derive(Debug, Serialize)]
pub struct DecisionsView {
    /// Questions agreed on (a split vote not included).
    pub akkoord: usize,
    /// Questions recorded as staying divided, or whose vote was split.
    pub verdeeld: usize,
    /// The answers the group agreed on, in questionnaire order (a split vote is listed under `open`).
    pub afspraken: Vec<DecisionView>,
    /// What stayed open: questions recorded as divided and split votes, in questionnaire order.
    pub open: Vec<DecisionView>,
}

/// The `groep` section of a group report.
#[derive(Debug, Serialize)]
pub struct GroupSection {
    /// Number of respondents.
    pub aantal: usize,
    /// Whether this is a groepssessie: one session the group answered together, with its votes.
    pub groepssessie: bool,
    /// The respondents, bestuur first.
    pub respondenten: Vec<RespondentView>,
    /// How the consensus rule works, paragraph by paragraph.
    pub consensusregel: &'static [&'static str],
    /// The gespreksagenda.
    pub agenda: Vec<AgendaView>,
    /// How many more questions diverge than the agenda holds.
    pub agenda_meer: usize,
    /// Headline results resting on a weak consensus.
    pub broze_resultaten: Vec<FragileView>,
    /// The roles side by side.
    pub rollen: RolesView,
    /// What the consensus meeting decided.
    pub besluiten: DecisionsView,
    /// Every question asked of anyone, in questionnaire order.
    pub vragen: Vec<QuestionView>,
}

/// The JSON document of a group report: the analysis of the consensus session, plus `groep`.
#[derive(Debug, Serialize)]
pub struct GroupJsonReport<'a> {
    /// The report of the consensus session.
    #[serde(flatten)]
    pub report: JsonReport<'a>,
    /// The group.
    pub groep: &'a GroupSection,
}

/// Everything a group report rests on.
#[derive(Debug)]
pub struct GroupReport {
    /// The consensus.
    pub consensus: Consensus,
    /// The analysis of the consensus session.
    pub analysis: Analysis,
    /// The `groep` section.
    pub section: GroupSection,
}

impl GroupReport {
    /// Apply the consensus rule to `group`, analyse, and build the group section.
    pub fn new(questionnaire: &Questionnaire, group: &Group) -> Self {
        let consensus = group::consensus(questionnaire, group);
        let analysis = crate::analysis::analyse(questionnaire, &consensus.session);
        let section = section(questionnaire, group, &consensus, &analysis);
        Self { consensus, analysis, section }
    }

    /// When the agenda is read: before the meeting, after it, or after a groepssessie.
    fn moment(&self) -> gtexts::AgendaMoment {
        let b = &self.section.besluiten;
        if self.section.groepssessie {
            gtexts::AgendaMoment::GroupSession
        } else if b.akkoord + b.verdeeld > 0 {
            gtexts::AgendaMoment::AfterMeeting
        } else {
            gtexts::AgendaMoment::Before
        }
    }

    /// The JSON document.
    pub fn json(&self) -> Result<String, ReportError> {
        let doc = GroupJsonReport { report: JsonReport::new(&self.analysis), groep: &self.section };
        let mut text = serde_json::to_string_pretty(&doc)?;
        text.push('\n');
        Ok(text)
    }

    /// The template context: the single report's, with the group's title and respondents on the
    /// cover, and `groep` (the section plus the roles chart and the appendix by step).
    pub fn template_context(&self, questionnaire: &Questionnaire) -> Result<Value, ReportError> {
        let mut ctx = super::view::context(&self.analysis, questionnaire, &self.consensus.session);
        let mut groep = serde_json::to_value(&self.section)?;
        groep["grafiek"] = serde_json::to_value(chart(&self.section.rollen))?;
        groep["bijlage"] = serde_json::to_value(appendix_by_step(&self.section.vragen))?;
        groep["agenda_inleiding"] =
            Value::from(gtexts::agenda_intro(self.section.agenda.len(), self.section.agenda_meer, self.moment()));
        groep["tabel"] = serde_json::to_value(roles_table(&self.section.rollen))?;
        let b = &self.section.besluiten;
        groep["besluiten_tekst"] =
            gtexts::decisions_line(b.akkoord, b.verdeeld, self.section.groepssessie).map_or(Value::Null, Value::from);
        ctx["groep"] = groep;
        ctx["weergave"]["titel"] = Value::from(gtexts::REPORT_TITLE);
        ctx["weergave"]["respondent_tekst"] = Value::from(respondents_text(&self.section.respondenten));
        Ok(ctx)
    }
}

/// Render the group report of `group` in each of `formats`.
pub fn build(
    renderer: &Renderer,
    questionnaire: &Questionnaire,
    group: &Group,
    formats: &[Format],
) -> Result<Vec<(Format, String)>, ReportError> {
    build_compared(renderer, questionnaire, group, formats, None)
}

/// [`build`], with a comparison section ([`super::Comparison`], made from the consensus session).
pub fn build_compared(
    renderer: &Renderer,
    questionnaire: &Questionnaire,
    group: &Group,
    formats: &[Format],
    compare: Option<super::Comparison<'_>>,
) -> Result<Vec<(Format, String)>, ReportError> {
    let report = GroupReport::new(questionnaire, group);
    // The group's own partials are compiled only now (a single session's report never needs them).
    let templates = if formats.iter().any(|f| *f != Format::Json) {
        let mut value = report.template_context(questionnaire)?;
        if let Some(compare) = compare {
            value["vergelijking"] = compare(&report.consensus.session, &report.analysis);
        }
        let context = handlebars::Context::wraps(value).map_err(|e| super::render_error("report", "", &e))?;
        Some((renderer.with_group()?, context))
    } else {
        None
    };
    formats
        .iter()
        .map(|f| {
            let text = match (&templates, f) {
                (Some((renderer, context)), Format::Markdown | Format::Html) => {
                    renderer.render_with(*f, &report.analysis, context)?
                }
                _ => report.json()?,
            };
            Ok((*f, text))
        })
        .collect()
}

/// The report of one session: the group report when it is a groepssessie (it holds votes; `source`
/// is its file name), else the ordinary report.
pub fn build_session(
    renderer: &Renderer,
    questionnaire: &Questionnaire,
    session: &crate::session::Session,
    source: &str,
    formats: &[Format],
    compare: Option<super::Comparison<'_>>,
) -> Result<Vec<(Format, String)>, ReportError> {
    if session.has_votes() {
        build_compared(renderer, questionnaire, &Group::from_group_session(session, source), formats, compare)
    } else {
        super::build_compared(renderer, questionnaire, session, formats, compare)
    }
}

fn section(questionnaire: &Questionnaire, group: &Group, consensus: &Consensus, analysis: &Analysis) -> GroupSection {
    let views: Vec<QuestionView> = consensus
        .questions
        .iter()
        .filter_map(|c| questionnaire.question(&c.id).map(|q| question_view(questionnaire, q, c, group)))
        .collect();
    let find = |id: &str| views.iter().find(|v| v.vraag == id);
    let (agenda, agenda_meer) = group::agenda(questionnaire, consensus, analysis);
    let agenda = agenda
        .into_iter()
        .filter_map(|item| {
            let vraag = find(&item.id)?.clone();
            Some(AgendaView {
                nummer: item.number,
                belang: item.importance,
                belang_label: gtexts::importance_label(item.importance),
                weegt_op_tekst: item.feeds.iter().map(|o| gtexts::outcome_label(*o)).collect::<Vec<_>>().join(", "),
                weegt_op: item.feeds,
                prioriteit: item.priority,
                vraag,
            })
        })
        .collect();
    let fragile = group::fragile_results(questionnaire, consensus, analysis)
        .into_iter()
        .map(|f| fragile_view(&f, analysis, &views))
        .collect();
    let (open, afspraken): (Vec<DecisionView>, Vec<DecisionView>) =
        views.iter().filter(|v| v.basis != Basis::Regel).map(decision_view).partition(|d| !d.zwak_tekst.is_empty());
    GroupSection {
        aantal: group.members.len(),
        groepssessie: group.is_group_session(),
        respondenten: group.members.iter().map(respondent_view).collect(),
        consensusregel: gtexts::rule(group.is_group_session()),
        agenda,
        agenda_meer,
        broze_resultaten: fragile,
        rollen: roles_view(questionnaire, &group::role_view(questionnaire, group), group.is_group_session()),
        besluiten: DecisionsView { akkoord: afspraken.len(), verdeeld: open.len(), afspraken, open },
        vragen: views,
    }
}

/// A decided question: the answer in use, why it is still weak, the motivation and any vote.
fn decision_view(v: &QuestionView) -> DecisionView {
    let stemming = v
        .stemming
        .then(|| v.telling.iter().map(|c| format!("{} {}", c.antwoord, c.aantal)).collect::<Vec<_>>().join(" · "));
    DecisionView {
        vraag: v.vraag.clone(),
        vraagtekst: v.vraagtekst.clone(),
        consensus: v.consensus.clone(),
        zwak_tekst: v.zwak_tekst.clone(),
        motivatie: v.motivatie.clone(),
        stemming,
    }
}

fn respondent_view(m: &group::Member) -> RespondentView {
    let r = &m.session.respondent;
    RespondentView {
        naam: r.name.clone(),
        rol: r.role.id(),
        rol_label: r.role.label(),
        label: m.label(),
        bron: m.source.clone(),
        modus: match m.session.mode {
            crate::answer::Mode::Volledig => "volledig",
            crate::answer::Mode::Kort => "kort",
        },
        datum: m.session.updated.to_zoned_datetime(jiff::tz::TimeZone::UTC).date().to_string(),
    }
}

fn respondents_text(respondents: &[RespondentView]) -> String {
    let names: Vec<&str> = respondents.iter().map(|r| r.label.as_str()).collect();
    gtexts::respondents_line(&names)
}

fn consensus_label(q: &Question, c: &QuestionConsensus) -> String {
    if c.weak.contains(&Weakness::Gelijkspel) {
        return gtexts::TIE.to_string();
    }
    if matches!(q.kind, Kind::Text | Kind::LongText) && c.basis != Basis::Akkoord {
        let mut texts: Vec<&str> = c
            .opinions
            .iter()
            .filter_map(|o| if let Some(Answer::Text(t)) = &o.answer { Some(t.trim()) } else { None })
            .filter(|t| !t.is_empty())
            .collect();
        texts.sort_unstable();
        texts.dedup();
        if texts.len() > 1 {
            return gtexts::OWN_TEXTS.to_string();
        }
    }
    c.answer.as_ref().map_or_else(|| atexts::NOT_ANSWERED.to_string(), |a| answer_label(q, a))
}

/// One question of `group` as the report (and the consensus meeting) shows it: the consensus `c`
/// with its label, weakness and count, and every respondent's answer and note.
pub fn question_view(
    questionnaire: &Questionnaire,
    q: &Question,
    c: &QuestionConsensus,
    group: &Group,
) -> QuestionView {
    let step = questionnaire.steps.get(q.step);
    let antwoorden = c
        .opinions
        .iter()
        .filter_map(|o| {
            let m = group.members.get(o.member)?;
            let antwoord = match (&o.answer, o.asked) {
                (_, false) => gtexts::NOT_ASKED.to_string(),
                (None, true) => atexts::NOT_ANSWERED.to_string(),
                (Some(a), true) => answer_label(q, a),
            };
            Some(AnswerView {
                respondent: o.member,
                wie: m.label(),
                rol: m.session.respondent.role.id(),
                antwoord,
                score: o.answer.as_ref().and_then(|a| Questionnaire::score(q, a)).map(pct),
                gevraagd: o.asked,
                notitie: o.note.clone(),
            })
        })
        .collect();
    QuestionView {
        vraag: q.id.clone(),
        vraagtekst: q.prompt.clone(),
        stap_id: step.map(|s| s.id.clone()).unwrap_or_default(),
        stap: step.map(|s| s.title.clone()).unwrap_or_default(),
        consensus: consensus_label(q, c),
        consensus_score: c.answer.as_ref().and_then(|a| Questionnaire::score(q, a)).map(pct),
        basis: c.basis,
        basis_label: gtexts::basis_label(c.basis),
        motivatie: c.motivation.clone(),
        verschil: c.divergence,
        ver_uiteen: c.far_apart,
        zwak: c.weak.clone(),
        zwak_tekst: c.weak.iter().map(|w| gtexts::weakness_label(*w)).collect(),
        gesteld: c.asked,
        geweten: c.known,
        weet_niet: c.dont_know,
        telling: counts(q, c),
        stemming: !c.votes.is_empty(),
        antwoorden,
    }
}

/// How often each answer was given: choice options in questionnaire order, "weet niet" last; a vote
/// when there is one. Texts, numbers and records are not counted.
fn counts(q: &Question, c: &QuestionConsensus) -> Vec<CountView> {
    if !q.kind.is_choice() {
        return Vec::new();
    }
    let mut tally: Vec<(String, usize)> = Vec::new();
    let mut add = |id: &str, n: usize| match tally.iter_mut().find(|(x, _)| x == id) {
        Some((_, k)) => *k += n,
        None => tally.push((id.to_string(), n)),
    };
    if c.votes.is_empty() {
        for o in &c.opinions {
            match &o.answer {
                Some(Answer::Choice(id)) => add(id, 1),
                Some(Answer::Choices(ids)) => ids.iter().for_each(|id| add(id, 1)),
                _ => {}
            }
        }
    } else {
        for (id, n) in &c.votes {
            add(id, usize::try_from(*n).unwrap_or(usize::MAX));
        }
    }
    let rank = |id: &str| q.options.iter().position(|o| o.id == id).unwrap_or(usize::MAX);
    tally.sort_by_key(|(id, _)| (id == crate::answer::DONT_KNOW, rank(id)));
    tally.into_iter().map(|(id, aantal)| CountView { antwoord: option_label(q, &id), aantal }).collect()
}

fn fragile_view(f: &FragileResult, analysis: &Analysis, views: &[QuestionView]) -> FragileView {
    let s = &analysis.strategy;
    let uitkomst = match f.outcome {
        Outcome::Positie => analysis.position.label.clone(),
        Outcome::Fase => analysis.stage.label.clone(),
        Outcome::BreedteDiepte => s.breadth.label.clone(),
        Outcome::InhoudProces => s.focus.label.clone(),
        Outcome::SbvPad => s.sbv_path.as_ref().map(|p| p.status.clone()).unwrap_or_default(),
        Outcome::Procedure => format!("scenario {}: {}", analysis.scenario.scenario, analysis.scenario.name),
    };
    let vragen = f
        .questions
        .iter()
        .filter_map(|id| views.iter().find(|v| &v.vraag == id))
        .map(|v| FragileQuestion {
            vraag: v.vraag.clone(),
            vraagtekst: v.vraagtekst.clone(),
            consensus: v.consensus.clone(),
            zwak_tekst: v.zwak_tekst.clone(),
        })
        .collect();
    FragileView { resultaat: f.outcome, label: gtexts::capitalised(gtexts::outcome_label(f.outcome)), uitkomst, vragen }
}

fn roles_view(questionnaire: &Questionnaire, view: &RoleView, group_session: bool) -> RolesView {
    let step_id = |i: usize| questionnaire.steps.get(i).map(|s| s.id.clone());
    let gap_view = |g: &RoleGap| GapView {
        hoog_rol: g.high.0.id(),
        hoog: g.high.1,
        laag_rol: g.low.0.id(),
        laag: g.low.1,
        stap: g.step.and_then(step_id),
    };
    let people = |role| view.roles.iter().find(|r| r.role == role).map_or(1, |r| r.members);
    let mut bevindingen = Vec::new();
    match (&view.overall, view.roles.len()) {
        (_, 0 | 1) if group_session => bevindingen.push(gtexts::GROUP_SESSION_ROLES.to_string()),
        (_, 0 | 1) => bevindingen.push(gtexts::ONE_ROLE.to_string()),
        (Some(g), _) => bevindingen.push(gtexts::role_gap(
            &gtexts::role_people(g.high.0, people(g.high.0)),
            g.high.1,
            &gtexts::role_people(g.low.0, people(g.low.0)),
            g.low.1,
        )),
        (None, _) => bevindingen.push(gtexts::ROLES_ALIKE.to_string()),
    }
    if let Some(g) = &view.step {
        let title = g.step.and_then(|i| questionnaire.steps.get(i)).map_or("", |s| s.title.as_str());
        bevindingen.push(gtexts::step_gap(
            title,
            &gtexts::role_people(g.high.0, people(g.high.0)),
            g.high.1,
            &gtexts::role_people(g.low.0, people(g.low.0)),
            g.low.1,
        ));
    }
    RolesView {
        stappen: questionnaire.steps.iter().map(|s| StepRef { id: s.id.clone(), titel: s.title.clone() }).collect(),
        rollen: view
            .roles
            .iter()
            .map(|r| RoleRow {
                rol: r.role.id(),
                rol_label: r.role.label(),
                respondenten: r.members,
                stappen: r.steps.clone(),
                totaal: r.total,
            })
            .collect(),
        bevindingen,
        verschil_totaal: view.overall.as_ref().map(gap_view),
        verschil_stap: view.step.as_ref().map(gap_view),
    }
}
