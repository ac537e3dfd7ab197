//! `regiewijzer overzicht` as a whole process on 2,000 session files: 286 gemeenten × 7 respondents
//! (the schepen, the integration official, two diensthoofden, two partners and one other), made from
//! the fourteen complete fixture sessions of the real questionnaire (`tests/fixtures/sessions-vvsg`,
//! `tests/fixtures/workshop-netevelde`): each gemeente starts from one of them, gets a size class
//! (about the spread of Flemish gemeenten), and each respondent moves about a quarter of the scored
//! choices one option up or down, so the respondents diverge as real ones do. Target: under 200 ms
//! median on the 2-core machine (docs/PERFORMANCE.md has the figures and the commands).
//!
//! `cargo bench --bench overzicht` generates the files in a temporary folder and measures the
//! release binary; `cargo bench --bench overzicht -- --maak MAP [BESTANDEN]` only writes the files
//! (for hyperfine and `/usr/bin/time -v`, as in docs/PERFORMANCE.md).
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use criterion::Criterion;
use regiewijzer::answer::Answer;
use regiewijzer::questionnaire::{self, Kind, Questionnaire};
use regiewijzer::session::{self, Role, Session};
use regiewijzer::{embedded, group};

const FIXTURES: [&str; 2] = ["tests/fixtures/sessions-vvsg", "tests/fixtures/workshop-netevelde"];

/// Size classes with about the share of Flemish gemeenten in each (per 100).
const SIZES: [(&str, u64); 5] =
    [("tot_10000", 27), ("10000_25000", 45), ("25000_50000", 20), ("50000_100000", 6), ("meer_100000", 2)];

const ROLES: [Role; 7] = [
    Role::Schepen,
    Role::Integratieambtenaar,
    Role::Diensthoofd,
    Role::Diensthoofd,
    Role::Partnerorganisatie,
    Role::Partnerorganisatie,
    Role::Andere,
];

/// A small deterministic generator (xorshift64*), so every run writes the same files.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn real_questionnaire() -> Questionnaire {
    let text = embedded::questionnaire_text(embedded::DEFAULT_QUESTIONNAIRE).unwrap();
    questionnaire::parse_embedded(text, "vvsg-4p.toml").unwrap()
}

fn bases() -> Vec<Session> {
    let paths: Vec<PathBuf> = FIXTURES.iter().map(PathBuf::from).collect();
    let (inputs, skipped) = group::read_inputs(&paths);
    assert!(skipped.is_empty(), "{skipped:?}");
    inputs.into_iter().map(|i| i.session).collect()
}

/// One respondent: `base` with about a quarter of its scored choices moved one option.
fn respondent(q: &Questionnaire, base: &Session, rng: &mut Rng) -> Session {
    let mut s = base.clone();
    for question in &q.questions {
        if !matches!(question.kind, Kind::Single | Kind::Jgnw) || question.id == "start.inwoners" {
            continue;
        }
        let scored: Vec<&str> = question.options.iter().filter(|o| o.score.is_some()).map(|o| o.id.as_str()).collect();
        let Some(Answer::Choice(current)) = s.answer(&question.id).cloned() else { continue };
        let Some(at) = scored.iter().position(|o| *o == current) else { continue };
        if scored.len() < 2 || rng.below(4) != 0 {
            continue;
        }
        let to = if at == 0 || (at + 1 < scored.len() && rng.below(2) == 0) { at + 1 } else { at - 1 };
        s.set_answer(&question.id, Answer::Choice(scored[to].to_string()));
    }
    s
}

/// Write `files` session files into `dir`, 7 per gemeente (the last one may have fewer); returns
/// how many gemeenten.
fn generate(dir: &Path, files: usize) -> usize {
    std::fs::create_dir_all(dir).unwrap();
    let q = real_questionnaire();
    let bases = bases();
    let mut rng = Rng(0x005e_ed0f_0ee2);
    let mut n = 0;
    let gemeenten = files.div_ceil(ROLES.len());
    for g in 0..gemeenten {
        let base = &bases[g % bases.len()];
        let mut pick = rng.below(100);
        let size = SIZES.iter().find(|(_, share)| {
            pick < *share || {
                pick -= share;
                false
            }
        });
        let size = size.map_or("10000_25000", |(id, _)| id);
        for (k, role) in ROLES.iter().enumerate().take(files - n.min(files)) {
            let mut s = respondent(&q, base, &mut rng);
            s.respondent.gemeente = format!("Gemeente {g:03}");
            s.respondent.name = format!("Respondent {k}");
            s.respondent.role = *role;
            s.set_answer("start.inwoners", Answer::Choice(size.to_string()));
            session::save(&s, &dir.join(format!("gemeente-{g:03}-respondent-{k}.toml"))).unwrap();
            n += 1;
        }
    }
    gemeenten
}

fn run_overview(dir: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_regiewijzer"))
        .args(["overzicht", "--formaat", "csv"])
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--maak") {
        let dir = PathBuf::from(args.get(i + 1).expect("--maak MAP [BESTANDEN]"));
        let files = args.get(i + 2).map_or(2000, |n| n.parse().unwrap());
        let gemeenten = generate(&dir, files);
        let g = if gemeenten == 1 { "1 gemeente".to_string() } else { format!("{gemeenten} gemeenten") };
        println!("{files} sessiebestanden van {g} geschreven in {}", dir.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(generate(dir.path(), 2000), 286);
    let mut c = Criterion::default().configure_from_args().sample_size(20);
    c.bench_function("overzicht: 2000 sessiebestanden (286 gemeenten, 7 respondenten), heel proces, csv", |b| {
        b.iter(|| run_overview(dir.path()));
    });
    c.final_summary();
}
