//! The whole `rapport` pipeline on a complete session: load the questionnaire and the session, analyse,
//! compile the templates, render Markdown, HTML and JSON. Target: under 10 ms median (5.8 ms measured
//! on 2026-11-25, 2-core machine, after `{{sectie}}` replaced top-level partials). Issue 8 (aims
//! catalogue, topics, graded rules; the questionnaire grew from 99 to 128 kB): 13.5 ms against 11.8 ms
//! for the commit before it, both binaries run alternately on 2026-11-29 under a load average of 5–8
//! from parallel builds — a ratio of 1.14, about 6.6 ms at the idle figure above.
//! The report for the college (page 1, appendices, the stylesheet no longer compiled), measured side by
//! side before issue 8's analysis under a load average of 7–8: 11.1 ms, against 13.2 ms for the code
//! before that change.
//!
//! Measured on the complete session against the real default questionnaire (`vvsg-4p`, 139 questions,
//! `tests/fixtures/sessions-vvsg/centrumstad-breedte-proces-clustergroep.toml`: every visible question
//! answered, eight actors), and — for comparison with earlier figures — on a session of the compact test
//! questionnaire. Then the steps one by one, to see where the time goes.
//!
//! The ontwerpbeslissing (issue 12) on the same session: analyse, build the view model, compile its two
//! templates, render Markdown, HTML and .docx: 5.7 ms, against 31.6 ms for the report pipeline above in
//! the same run (2026-11-29, load average 10 on 2 cores, so both several times their idle figures);
//! of the renders the .docx takes 0.86 ms, Markdown and HTML 0.11–0.12 ms each.
#![allow(missing_docs, clippy::unwrap_used)]

use std::hint::black_box;
use std::path::Path;

use criterion::Criterion;
use criterion::measurement::Measurement;
use regiewijzer::questionnaire::{self, Questionnaire};
use regiewijzer::report::besluit::{self, Kind, Templates};
use regiewijzer::report::{self, Format, Renderer};
use regiewijzer::{analysis, embedded, session};

const REAL_SESSION: &str = "tests/fixtures/sessions-vvsg/centrumstad-breedte-proces-clustergroep.toml";
const TEST_QUESTIONNAIRE: &str = "tests/fixtures/vvsg-test.toml";
const TEST_SESSION: &str = "tests/fixtures/sessions/breedte-inhoud-unieke-groep.toml";

/// The embedded default questionnaire, parsed as `rapport` does (without a user's override).
fn real_questionnaire() -> Questionnaire {
    let text = embedded::questionnaire_text(embedded::DEFAULT_QUESTIONNAIRE).unwrap();
    questionnaire::parse_embedded(text, "vvsg-4p.toml").unwrap()
}

fn pipeline<M: Measurement + 'static>(c: &mut Criterion<M>) {
    c.bench_function("rapport vvsg-4p, volledige sessie: laden + analyse + md/html/json", |b| {
        b.iter(|| {
            let q = real_questionnaire();
            let s = session::load(Path::new(REAL_SESSION)).unwrap();
            let renderer = Renderer::embedded().unwrap();
            black_box(report::build(&renderer, &q, &s, &Format::ALL).unwrap())
        });
    });
    c.bench_function("rapport testvragenlijst: laden + analyse + md/html/json", |b| {
        b.iter(|| {
            let q = embedded::load_questionnaire_file(Path::new(TEST_QUESTIONNAIRE)).unwrap();
            let s = session::load(Path::new(TEST_SESSION)).unwrap();
            let renderer = Renderer::embedded().unwrap();
            black_box(report::build(&renderer, &q, &s, &Format::ALL).unwrap())
        });
    });
    c.bench_function("vvsg-4p: vragenlijst laden", |b| b.iter(|| black_box(real_questionnaire())));
    c.bench_function("vvsg-4p: sessie laden", |b| {
        b.iter(|| black_box(session::load(Path::new(REAL_SESSION)).unwrap()));
    });
    c.bench_function("sjablonen compileren", |b| b.iter(|| black_box(Renderer::embedded().unwrap())));
    let q = real_questionnaire();
    let s = session::load(Path::new(REAL_SESSION)).unwrap();
    c.bench_function("vvsg-4p: analyse", |b| b.iter(|| black_box(analysis::analyse(&q, &s))));
    let renderer = Renderer::embedded().unwrap();
    let a = analysis::analyse(&q, &s);
    for f in Format::ALL {
        c.bench_function(&format!("vvsg-4p: render {} (sjablonen al geladen)", f.extension()), |b| {
            b.iter(|| black_box(renderer.render(f, &a, &q, &s).unwrap()));
        });
    }
}

/// The ontwerpbeslissing (`--formaat besluit`) on the same session: what it adds to `alle`.
fn ontwerpbeslissing<M: Measurement + 'static>(c: &mut Criterion<M>) {
    let q = real_questionnaire();
    let s = session::load(Path::new(REAL_SESSION)).unwrap();
    c.bench_function("ontwerpbeslissing vvsg-4p: analyse + model + sjablonen + md/html/docx", |b| {
        b.iter(|| {
            let a = analysis::analyse(&q, &s);
            let draft = besluit::besluit(&a, &q, &s);
            black_box(Templates::embedded().unwrap().render_all(&draft, &a.date, &Kind::ALL).unwrap())
        });
    });
    let a = analysis::analyse(&q, &s);
    let draft = besluit::besluit(&a, &q, &s);
    let templates = Templates::embedded().unwrap();
    for kind in Kind::ALL {
        c.bench_function(&format!("ontwerpbeslissing: render {} (sjablonen al geladen)", kind.extension()), |b| {
            b.iter(|| black_box(templates.render(&draft, &a.date, kind).unwrap()));
        });
    }
}

fn all<M: Measurement + 'static>(c: &mut Criterion<M>) {
    pipeline(c);
    ontwerpbeslissing(c);
}

#[path = "support/cpu_time.rs"]
mod cpu_time;

/// Wall time, or CPU time with `REGIEWIJZER_BENCH_CPU=1` (see `support/cpu_time.rs`).
fn main() {
    cpu_time::main(all, all);
}
