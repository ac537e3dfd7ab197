//! The action plan: weak points feed aims (`[[aims]]` in the questionnaire), and each aim becomes one
//! action — at most 7, at most 5 when capacity is under 1 VTE or nobody is assigned — ranked by what
//! blocks the chosen strategy and scenario first, with no kind of weak point filling more than half. Owners are spread over the roles the gemeente has,
//! each action carries at most one good practice and never one used before, and says which decision,
//! if any, it asks of the college. Everything else goes to `overige_acties`.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::leidraad::{Capacity, Knelpunt, Scenario, praktijk_past};
use super::{Category, Product, Reason, inputs::Inputs, texts};
use crate::questionnaire::{Aim, Horizon, OwnerRole, Question, Serves};

/// A good practice that fits an action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PracticeRef {
    /// Practice id.
    pub id: String,
    /// Gemeente.
    pub gemeente: String,
    /// Title.
    #[serde(rename = "titel")]
    pub title: String,
    /// What they did.
    #[serde(rename = "tekst")]
    pub text: String,
    /// Why it is relevant.
    #[serde(rename = "feit")]
    pub fact: String,
    /// Source.
    #[serde(rename = "bron")]
    pub source: String,
}

/// One action of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Action {
    /// Position in the plan, from 1 (`overige_acties` continue the numbering).
    #[serde(rename = "nummer")]
    pub number: usize,
    /// The aim's id; for a weak answer to a question without an aim, the question id.
    pub id: String,
    /// Why it is in the plan (the most urgent of its weak points).
    #[serde(rename = "categorie")]
    pub category: Category,
    /// Short title.
    #[serde(rename = "titel")]
    pub title: String,
    /// What to do.
    #[serde(rename = "advies")]
    pub advice: String,
    /// Concrete steps from the weak answers behind it (their own advice), at most three.
    #[serde(rename = "concreet")]
    pub concrete: Vec<String>,
    /// How the action serves the goal and themes the respondent gave, or the recommended scenario.
    #[serde(rename = "koppeling")]
    pub link: Option<String>,
    /// The decision it asks of the college, if any.
    #[serde(rename = "beslissing_college")]
    pub decision: Option<String>,
    /// Who carries it.
    #[serde(rename = "eigenaar")]
    pub owner: String,
    /// Its role id.
    #[serde(rename = "eigenaar_rol")]
    pub owner_role: OwnerRole,
    /// When.
    pub horizon: Horizon,
    /// Label of the horizon.
    pub horizon_label: String,
    /// At most one good practice that fits and is not in place yet.
    #[serde(rename = "goede_praktijk")]
    pub practice: Option<PracticeRef>,
    /// Where the advice comes from (seed + section).
    #[serde(rename = "bron")]
    pub source: String,
    /// The answers behind it ("waarom").
    #[serde(rename = "redenen")]
    pub reasons: Vec<Reason>,
}

/// A decision the plan asks of the college.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    /// The action it belongs to.
    #[serde(rename = "actie")]
    pub action: usize,
    /// The decision.
    #[serde(rename = "tekst")]
    pub text: String,
    /// Who brings it to the college.
    #[serde(rename = "eigenaar")]
    pub owner: String,
    /// When.
    pub horizon: Horizon,
    /// Label of the horizon.
    pub horizon_label: String,
}

/// The plan: the actions, the rest, and the decisions asked of the college.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// What the gemeente can carry now.
    pub actions: Vec<Action>,
    /// Everything else, in the same order.
    pub other: Vec<Action>,
    /// The decisions of `actions`, in order, at most five.
    pub decisions: Vec<Decision>,
}

/// At most this many actions per owner while other candidates are free.
const OWNER_CAP: usize = 2;
/// At most this many decisions on the college's agenda.
const MAX_DECISIONS: usize = 5;
/// At most this many concrete steps per action.
const MAX_CONCRETE: usize = 3;

/// Weak points grouped under one aim (or one question without an aim).
struct Group<'q> {
    key: String,
    aim: Option<&'q Aim>,
    question: Option<&'q Question>,
    order: usize,
    category: Category,
    weight: f64,
    score: f64,
    questions: Vec<&'q Question>,
    reasons: Vec<Reason>,
}

/// Build the plan from the weak points.
pub fn actieplan(inp: &Inputs<'_>, weak: &[Knelpunt], capacity: &Capacity, scenario: &Scenario) -> Plan {
    let mut groups = group(inp, weak);
    groups.sort_by(|a, b| {
        a.category
            .cmp(&b.category)
            .then(b.weight.total_cmp(&a.weight))
            .then(a.score.total_cmp(&b.score))
            .then(a.order.cmp(&b.order))
    });
    let roles = available_roles(inp, scenario);
    let product = inp.product();
    let mut load: BTreeMap<OwnerRole, usize> = BTreeMap::new();
    let mut used_practices = BTreeSet::new();
    let chosen = select(&groups, capacity.max_actions);
    let mut plan = Plan::default();
    let order = chosen.iter().copied().chain((0..groups.len()).filter(|i| !chosen.contains(i)));
    for (n, i) in order.enumerate() {
        let in_plan = n < chosen.len();
        let g = &groups[i];
        let owner = choose_owner(g, &roles, &mut load, in_plan);
        let action = action(inp, g, n + 1, owner, &product, scenario, &mut used_practices);
        if in_plan { plan.actions.push(action) } else { plan.other.push(action) }
    }
    plan.decisions = plan
        .actions
        .iter()
        .filter_map(|a| {
            a.decision.as_ref().map(|d| Decision {
                action: a.number,
                text: d.clone(),
                owner: a.owner.clone(),
                horizon: a.horizon,
                horizon_label: a.horizon_label.clone(),
            })
        })
        .take(MAX_DECISIONS)
        .collect();
    plan
}

/// The groups (indices, in rank order) the plan holds: the first `max`, except that no kind of weak
/// point takes more than half of the places (2 of 5, 3 of 7) — five actions on interne regie alone
/// leave nothing for the work itself; the next in rank of another kind moves up instead.
fn select(groups: &[Group<'_>], max: usize) -> Vec<usize> {
    let per_category = (max / 2).max(1);
    let mut chosen = Vec::new();
    let mut count: BTreeMap<Category, usize> = BTreeMap::new();
    for (i, g) in groups.iter().enumerate() {
        if chosen.len() == max {
            break;
        }
        let n = count.entry(g.category).or_default();
        if *n < per_category {
            *n += 1;
            chosen.push(i);
        }
    }
    chosen
}

/// Group the weak points by the aims their questions feed; a question without aims is its own group.
fn group<'q>(inp: &Inputs<'q>, weak: &[Knelpunt]) -> Vec<Group<'q>> {
    let qn = inp.questionnaire;
    let mut groups: Vec<Group<'q>> = Vec::new();
    for k in weak {
        let question = k.question.as_deref().and_then(|id| qn.question(id));
        let keys: Vec<String> = match (k.rule_aim, question) {
            (Some(aim), _) => qn.aim(aim).map(|a| vec![a.id.clone()]).unwrap_or_default(),
            (None, Some(q)) if !q.aims.is_empty() => q.aims.clone(),
            (None, Some(q)) => vec![q.id.clone()],
            (None, None) => vec![],
        };
        for key in keys {
            let index = groups.iter().position(|g| g.key == key).unwrap_or_else(|| {
                let aim = qn.aim(&key);
                let order = aim.map_or_else(
                    || qn.aims.len() + qn.question_index(&key).unwrap_or(0),
                    |a| qn.aims.iter().position(|x| x.id == a.id).unwrap_or(0),
                );
                groups.push(Group {
                    question: if aim.is_none() { question } else { None },
                    aim,
                    key,
                    order,
                    category: k.category,
                    weight: 0.0,
                    score: 100.0,
                    questions: vec![],
                    reasons: vec![],
                });
                groups.len() - 1
            });
            let g = &mut groups[index];
            g.category = g.category.min(k.category);
            g.weight += if k.weight > 0.0 { k.weight } else { 1.0 };
            g.score = g.score.min(k.score);
            if let Some(q) = question
                && !g.questions.iter().any(|x| x.id == q.id)
            {
                g.questions.push(q);
            }
            for r in &k.reasons {
                if !g.reasons.iter().any(|x| x.question == r.question) {
                    g.reasons.push(r.clone());
                }
            }
        }
    }
    groups
}

/// The roles this gemeente has: a trekker only when someone is assigned to integration, a
/// planningscoördinator only with a clustergroep structure or when the answers name one.
fn available_roles(inp: &Inputs<'_>, scenario: &Scenario) -> Vec<OwnerRole> {
    OwnerRole::ALL
        .into_iter()
        .filter(|r| match r {
            OwnerRole::Trekker => inp.choice("start.organisatie") != Some("geen"),
            OwnerRole::Planningscoordinator => {
                scenario.scenario == 3 || inp.degree("procedure.planningscoordinator").is_some_and(|d| d > 0.0)
            }
            _ => true,
        })
        .collect()
}

/// The first candidate the gemeente has and who carries fewer than [`OWNER_CAP`] actions; else the
/// diensthoofden when they do and nobody is assigned to integration; else the least loaded candidate it has; else the first one it has at
/// all. Only actions in the plan count.
fn choose_owner(g: &Group<'_>, roles: &[OwnerRole], load: &mut BTreeMap<OwnerRole, usize>, in_plan: bool) -> OwnerRole {
    let candidates: Vec<OwnerRole> = match g.aim {
        Some(a) => a.owners.clone(),
        None => vec![fallback_owner(g)],
    };
    let present: Vec<OwnerRole> = candidates.iter().copied().filter(|r| roles.contains(r)).collect();
    let present = if present.is_empty() {
        vec![
            [OwnerRole::Diensthoofden, OwnerRole::Schepen]
                .into_iter()
                .find(|r| roles.contains(r))
                .unwrap_or(OwnerRole::Schepen),
        ]
    } else {
        present
    };
    let count = |r: &OwnerRole, load: &BTreeMap<OwnerRole, usize>| load.get(r).copied().unwrap_or(0);
    let owner = if in_plan {
        present
            .iter()
            .copied()
            .find(|r| count(r, load) < OWNER_CAP)
            // Every candidate is full in a gemeente where nobody is assigned to integration (no trekker
            // to carry the work): the diensthoofden before a third action on one owner.
            .or_else(|| {
                Some(OwnerRole::Diensthoofden)
                    .filter(|r| !roles.contains(&OwnerRole::Trekker) && roles.contains(r) && count(r, load) < OWNER_CAP)
            })
            .or_else(|| present.iter().copied().min_by_key(|r| count(r, load)))
            .unwrap_or(present[0])
    } else {
        present[0]
    };
    if in_plan {
        *load.entry(owner).or_default() += 1;
    }
    owner
}

/// The owner of a weak answer to a question without an aim, by the kind of question.
fn fallback_owner(g: &Group<'_>) -> OwnerRole {
    match g.category {
        Category::InterneRegie | Category::Capaciteit => OwnerRole::Directeur,
        Category::Strategie | Category::Paraatheid => OwnerRole::Schepen,
        _ => OwnerRole::Trekker,
    }
}

fn action(
    inp: &Inputs<'_>,
    g: &Group<'_>,
    number: usize,
    owner: OwnerRole,
    product: &Product,
    scenario: &Scenario,
    used: &mut BTreeSet<String>,
) -> Action {
    let (title, advice, horizon, decision, source, serves, aim_practices) = match (g.aim, g.question) {
        (Some(a), _) => (
            a.title.clone(),
            a.advice.clone(),
            a.horizon,
            (!a.decision.trim().is_empty()).then(|| a.decision.clone()),
            a.source.clone(),
            a.serves.clone(),
            a.practices.clone(),
        ),
        (None, Some(q)) => {
            let (title, advice) = if q.advice.trim().is_empty() {
                (texts::work_on(q.topic_or_prompt()), texts::DEFAULT_ADVICE.to_string())
            } else {
                (first_sentence(q.advice.trim()).to_string(), q.advice.trim().to_string())
            };
            (title, advice, fallback_horizon(g.category), None, q.source.clone(), vec![], vec![])
        }
        (None, None) => (g.key.clone(), String::new(), Horizon::DitJaar, None, String::new(), vec![], vec![]),
    };
    let concrete = if g.aim.is_some() {
        let mut steps: Vec<String> = Vec::new();
        for q in &g.questions {
            let a = q.advice.trim();
            if !a.is_empty() && a != advice && !steps.iter().any(|s| s == a) {
                steps.push(a.to_string());
            }
        }
        steps.truncate(MAX_CONCRETE);
        steps
    } else {
        vec![]
    };
    let candidates = aim_practices.iter().chain(g.questions.iter().flat_map(|q| q.practices.iter()));
    let practice = candidates
        .filter_map(|id| inp.questionnaire.practices.get(id))
        .find(|p| !used.contains(&p.id) && praktijk_past(inp, p))
        .map(|p| {
            used.insert(p.id.clone());
            PracticeRef {
                id: p.id.clone(),
                gemeente: p.gemeente.clone(),
                title: p.title.clone(),
                text: p.text.clone(),
                fact: p.fact.clone(),
                source: p.source.clone(),
            }
        });
    Action {
        number,
        id: g.key.clone(),
        category: g.category,
        title,
        advice,
        concrete,
        link: link(&serves, product, scenario),
        decision,
        owner: texts::owner_label(owner).into(),
        owner_role: owner,
        horizon,
        horizon_label: texts::horizon_label(horizon).into(),
        practice,
        source,
        reasons: g.reasons.clone(),
    }
}

/// When a weak answer without an aim is due.
fn fallback_horizon(category: Category) -> Horizon {
    match category {
        Category::Strategie | Category::InterneRegie | Category::Informatie => Horizon::Nu,
        Category::Capaciteit => Horizon::Meerjarenplan,
        _ => Horizon::DitJaar,
    }
}

/// The sentence tying an action to the goal and themes, and to the recommended scenario.
fn link(serves: &[Serves], product: &Product, scenario: &Scenario) -> Option<String> {
    let mut parts = Vec::new();
    if serves.contains(&Serves::Doel)
        && let Some(s) = texts::koppeling_doel(product.goal.as_deref(), &product.themes)
    {
        parts.push(s);
    }
    if serves.contains(&Serves::Scenario) {
        parts.push(texts::koppeling_scenario(scenario.scenario, &scenario.name));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The first sentence of `text`, without its full stop.
fn first_sentence(text: &str) -> &str {
    let first = text.find(". ").map_or(text, |i| &text[..i]);
    first.strip_suffix('.').unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::first_sentence;

    #[test]
    fn the_title_of_an_action_without_aim_is_its_advice_s_first_sentence() {
        assert_eq!(first_sentence("Wijs een trekker aan."), "Wijs een trekker aan");
        assert_eq!(first_sentence("Doe dit. En dan dat."), "Doe dit");
        assert_eq!(first_sentence("Zonder punt"), "Zonder punt");
    }
}
