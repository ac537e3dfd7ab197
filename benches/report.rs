//! The whole `rapport` pipeline on a complete session: load the questionnaire and the session from
//! disk, analyse, compile the templates, render Markdown, HTML and JSON. Target: under 10 ms median.
//! Also the analysis alone and the rendering alone, to see where the time goes.
#![allow(missing_docs, clippy::unwrap_used)]

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use regiewijzer::report::{self, Format, Renderer};
use regiewijzer::{analysis, embedded, session};

const QUESTIONNAIRE: &str = "tests/fixtures/vvsg-test.toml";
const SESSION: &str = "tests/fixtures/sessions/breedte-inhoud-unieke-groep.toml";

fn pipeline(c: &mut Criterion) {
    c.bench_function("rapport: laden + analyse + md/html/json", |b| {
        b.iter(|| {
            let q = embedded::load_questionnaire_file(Path::new(QUESTIONNAIRE)).unwrap();
            let s = session::load(Path::new(SESSION)).unwrap();
            let renderer = Renderer::embedded().unwrap();
            black_box(report::build(&renderer, &q, &s, &Format::ALL).unwrap())
        });
    });
    c.bench_function("vragenlijst laden", |b| {
        b.iter(|| black_box(embedded::load_questionnaire_file(Path::new(QUESTIONNAIRE)).unwrap()));
    });
    c.bench_function("sessie laden", |b| b.iter(|| black_box(session::load(Path::new(SESSION)).unwrap())));
    c.bench_function("sjablonen compileren", |b| b.iter(|| black_box(Renderer::embedded().unwrap())));
    let q = embedded::load_questionnaire_file(Path::new(QUESTIONNAIRE)).unwrap();
    let s = session::load(Path::new(SESSION)).unwrap();
    c.bench_function("analyse", |b| b.iter(|| black_box(analysis::analyse(&q, &s))));
    let renderer = Renderer::embedded().unwrap();
    let a = analysis::analyse(&q, &s);
    c.bench_function("render md+html+json (sjablonen al geladen)", |b| {
        b.iter(|| {
            for f in Format::ALL {
                black_box(renderer.render(f, &a, &q, &s).unwrap());
            }
        });
    });
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
