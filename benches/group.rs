//! The group core, on the Netevelde workshop (`tests/fixtures/workshop-netevelde`, five complete
//! sessions of the real questionnaire): merge, the consensus rule, the analysis of the consensus, the
//! agenda and the roles; the whole group report; and — what an overview across gemeenten calls per
//! gemeente — merge + consensus + analysis for 2,000 sessions in memory (285 gemeenten × 7
//! respondents; reading the files is not included). Run with `cargo bench --bench group`.
#![allow(missing_docs, clippy::unwrap_used)]

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use regiewijzer::group::{self, Input};
use regiewijzer::questionnaire::{self, Questionnaire};
use regiewijzer::report::{Format, Renderer};
use regiewijzer::session::Role;
use regiewijzer::{analysis, embedded};

const WORKSHOP: &str = "tests/fixtures/workshop-netevelde";

fn real_questionnaire() -> Questionnaire {
    let text = embedded::questionnaire_text(embedded::DEFAULT_QUESTIONNAIRE).unwrap();
    questionnaire::parse_embedded(text, "vvsg-4p.toml").unwrap()
}

fn inputs() -> Vec<Input> {
    let (inputs, skipped) = group::read_inputs(&[PathBuf::from(WORKSHOP)]);
    assert!(skipped.is_empty());
    inputs
}

/// `gemeenten` × 7 respondents: the workshop's five plus two copies under other names and roles.
fn many(gemeenten: usize) -> Vec<Vec<Input>> {
    let base = inputs();
    (0..gemeenten)
        .map(|g| {
            let mut group: Vec<Input> = base.iter().cloned().chain(base.iter().take(2).cloned()).collect();
            for (i, input) in group.iter_mut().enumerate() {
                input.session.respondent.gemeente = format!("Gemeente {g}");
                input.session.respondent.name = format!("Respondent {i}");
                if i >= 5 {
                    input.session.respondent.role = Role::Andere;
                }
            }
            group
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let q = real_questionnaire();
    let loaded = inputs();
    let g = group::merge(loaded.clone()).unwrap().group;
    c.bench_function("groep: samenvoegen (5 sessies, al geladen)", |b| {
        b.iter_batched(|| loaded.clone(), |l| black_box(group::merge(l).unwrap()), BatchSize::SmallInput);
    });
    c.bench_function("groep: consensusregel (5 respondenten)", |b| b.iter(|| black_box(group::consensus(&q, &g))));
    c.bench_function("groep: alleen de consensussessie (5 respondenten)", |b| {
        b.iter(|| black_box(group::consensus_session(&q, &g)));
    });
    let cons = group::consensus(&q, &g);
    let a = analysis::analyse(&q, &cons.session);
    c.bench_function("groep: analyse van de consensussessie", |b| {
        b.iter(|| black_box(analysis::analyse(&q, &cons.session)));
    });
    c.bench_function("groep: agenda + broze uitkomsten + rollen", |b| {
        b.iter(|| {
            black_box(group::agenda(&q, &cons, &a));
            black_box(group::fragile_results(&q, &cons, &a));
            black_box(group::role_view(&q, &g));
        });
    });
    let renderer = Renderer::embedded().unwrap();
    c.bench_function("groepsrapport md/html/json (sjablonen al geladen)", |b| {
        b.iter(|| black_box(regiewijzer::report::groep::build(&renderer, &q, &g, &Format::ALL).unwrap()));
    });
    let gemeenten = many(285);
    let mut slow = c.benchmark_group("overzicht");
    slow.sample_size(10);
    slow.bench_function("285 gemeenten × 7: samenvoegen + consensussessie + analyse", |b| {
        b.iter_batched(
            || gemeenten.clone(),
            |all| {
                for inputs in all {
                    let merged = group::merge(inputs).unwrap();
                    let session = group::consensus_session(&q, &merged.group);
                    black_box(analysis::analyse(&q, &session));
                }
            },
            BatchSize::LargeInput,
        );
    });
    slow.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
