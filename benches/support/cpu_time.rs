//! A criterion measurement of the CPU time the benchmark thread used (Linux: the thread's CPU clock,
//! `CLOCK_THREAD_CPUTIME_ID`), for a machine shared with others: wall time counts the time other
//! processes hold the CPU, CPU time does not. `REGIEWIJZER_BENCH_CPU=1`
//! selects it; without it the benches measure wall time as usual. CPU time leaves out waiting for
//! the disk (fsync), so for a benchmark that saves it is a lower bound.

use criterion::measurement::{Measurement, ValueFormatter};
use criterion::{Criterion, Throughput};

/// Whether CPU time was asked for (and can be measured here).
pub fn wanted() -> bool {
    std::env::var_os("REGIEWIJZER_BENCH_CPU").is_some_and(|v| v != "0") && thread_ns().is_some()
}

/// Run `bench` with wall time, or with CPU time when [`wanted`], and print criterion's summary.
pub fn main(bench: fn(&mut Criterion<CpuTime>), wall: fn(&mut Criterion)) {
    if wanted() {
        let mut c = Criterion::default().with_measurement(CpuTime).configure_from_args();
        bench(&mut c);
        c.final_summary();
    } else {
        let mut c = Criterion::default().configure_from_args();
        wall(&mut c);
        c.final_summary();
    }
}

/// CPU time of the current thread so far, in nanoseconds.
#[cfg(target_os = "linux")]
fn thread_ns() -> Option<u64> {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Some(u64::try_from(t.tv_sec).ok()? * 1_000_000_000 + u64::try_from(t.tv_nsec).ok()?)
}

/// Not measured elsewhere: the benches measure wall time.
#[cfg(not(target_os = "linux"))]
fn thread_ns() -> Option<u64> {
    None
}

/// The measurement: CPU nanoseconds of the benchmark thread.
pub struct CpuTime;

impl Measurement for CpuTime {
    type Intermediate = u64;
    type Value = u64;

    fn start(&self) -> u64 {
        thread_ns().unwrap_or(0)
    }
    fn end(&self, start: u64) -> u64 {
        thread_ns().unwrap_or(start).saturating_sub(start)
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    #[allow(clippy::cast_precision_loss)] // nanoseconds of a benchmark fit in f64's 52 bits
    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &Nanoseconds
    }
}

/// Shows nanoseconds as ns, µs, ms or s, marked "CPU".
struct Nanoseconds;

impl ValueFormatter for Nanoseconds {
    fn scale_values(&self, typical: f64, values: &mut [f64]) -> &'static str {
        let (factor, unit) = if typical < 1e3 {
            (1.0, "ns CPU")
        } else if typical < 1e6 {
            (1e-3, "µs CPU")
        } else if typical < 1e9 {
            (1e-6, "ms CPU")
        } else {
            (1e-9, "s CPU")
        };
        for v in values.iter_mut() {
            *v *= factor;
        }
        unit
    }
    fn scale_throughputs(&self, _typical: f64, _throughput: &Throughput, _values: &mut [f64]) -> &'static str {
        "(geen doorvoer)"
    }
    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}
