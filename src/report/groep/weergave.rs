//! Presentation data of the group report that only the templates need: the roles chart's geometry,
//! the roles table, and the questions grouped by step for the appendix.

use serde::Serialize;

use super::{QuestionView, RolesView};
use crate::group::texts as gtexts;

/// Width of the role-label column of the roles chart, in SVG units.
const LABEL_WIDTH: u32 = 170;
/// Width of a bar at 100.
const BAR_MAX: u32 = 300;
/// Height of one role's bar row.
const BAR_ROW: u32 = 22;
/// Height of a step's heading row.
const STEP_ROW: u32 = 26;
/// Fill of each role's bars, in role order. Each bar is labelled with its role, so the colours only
/// help the eye; all four stand out against white (contrast above 3:1).
const BAR_COLOURS: [&str; 4] = ["#1f4e79", "#a34700", "#2e6b30", "#6a3d9a"];

#[derive(Serialize)]
pub(super) struct ChartBar {
    rol: String,
    waarde_tekst: String,
    y: u32,
    tekst_y: u32,
    breedte: u32,
    kleur: &'static str,
}

#[derive(Serialize)]
pub(super) struct ChartStep {
    titel: String,
    titel_y: u32,
    balken: Vec<ChartBar>,
}

#[derive(Serialize)]
pub(super) struct RolesChart {
    breedte: u32,
    hoogte: u32,
    label_breedte: u32,
    waarde_x: u32,
    stappen: Vec<ChartStep>,
}

/// Grouped bars: per step (those with a score for some role) one bar per role, each labelled with
/// its role so that no colour has to be told apart.
pub(super) fn chart(roles: &RolesView) -> RolesChart {
    let mut y = 0;
    let mut stappen = Vec::new();
    for (i, step) in roles.stappen.iter().enumerate() {
        if roles.rollen.iter().all(|r| r.stappen.get(i).copied().flatten().is_none()) {
            continue;
        }
        let titel_y = y + 18;
        y += STEP_ROW;
        let balken = roles
            .rollen
            .iter()
            .enumerate()
            .map(|(k, r)| {
                let score = r.stappen.get(i).copied().flatten();
                let bar = ChartBar {
                    rol: r.rol_label.to_string(),
                    waarde_tekst: score.map_or_else(|| "geen score".to_string(), |v| format!("{v}/100")),
                    y: y + 3,
                    tekst_y: y + 16,
                    breedte: score.map_or(0, |v| u32::from(v) * BAR_MAX / 100),
                    kleur: BAR_COLOURS[k % BAR_COLOURS.len()],
                };
                y += BAR_ROW;
                bar
            })
            .collect();
        y += 8;
        stappen.push(ChartStep { titel: step.titel.clone(), titel_y, balken });
    }
    RolesChart {
        breedte: LABEL_WIDTH + BAR_MAX + 90,
        hoogte: y.max(1),
        label_breedte: LABEL_WIDTH,
        waarde_x: LABEL_WIDTH + BAR_MAX + 8,
        stappen,
    }
}

#[derive(Serialize)]
pub(super) struct TableRow {
    titel: String,
    waarden: Vec<String>,
}

/// The roles table: one row per step, then the total; a cell per role.
pub(super) fn roles_table(roles: &RolesView) -> Vec<TableRow> {
    let cell = |v: Option<u8>| v.map_or_else(|| "geen score".to_string(), |v| format!("{v}/100"));
    let mut rows: Vec<TableRow> = roles
        .stappen
        .iter()
        .enumerate()
        .map(|(i, s)| TableRow {
            titel: s.titel.clone(),
            waarden: roles.rollen.iter().map(|r| cell(r.stappen.get(i).copied().flatten())).collect(),
        })
        .collect();
    rows.push(TableRow {
        titel: gtexts::TOTAL.to_string(),
        waarden: roles.rollen.iter().map(|r| cell(r.totaal)).collect(),
    });
    rows
}

#[derive(Serialize)]
pub(super) struct AppendixStep {
    titel: String,
    vragen: Vec<QuestionView>,
}

pub(super) fn appendix_by_step(views: &[QuestionView]) -> Vec<AppendixStep> {
    let mut out: Vec<AppendixStep> = Vec::new();
    for v in views {
        match out.last_mut() {
            Some(step) if step.titel == v.stap => step.vragen.push(v.clone()),
            _ => out.push(AppendixStep { titel: v.stap.clone(), vragen: vec![v.clone()] }),
        }
    }
    out
}
