//! CPU-time throughput of quantities + times (issue 3: ≥ 20 MB/s per core).
//!
//! Criterion (`cargo bench -p khabar-extract --bench extract`) measures wall
//! clock, which on a shared machine counts the time other processes hold the
//! core. This measurement reads the thread's own CPU time (Linux
//! `/proc/thread-self/schedstat`, nanoseconds on the CPU) around each pass, so
//! it is not inflated by other load. Ignored by default (it needs a corpus and a
//! release build):
//!
//! ```text
//! KHABAR_BENCH_TEXT=/tmp/ant_bench.txt \
//!   cargo test --release -p khabar-extract --test times_speed -- --ignored --nocapture
//! ```
//!
//! `KHABAR_BENCH_TEXT` is a text file, one document per line; without it the
//! bundled seed article repeated to ~1 MB is used. `KHABAR_BENCH_PASSES` sets the
//! number of passes (default 5); the median pass is reported.
use std::time::Instant;

use khabar_extract::{quantities, times, Date, Doc, Input};

const SEED: &str = include_str!("../../../data/examples/sana-london-2015.txt");

/// CPU time of this thread in nanoseconds, when the kernel exposes it.
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Runs `f` `passes` times; returns the median (cpu seconds, wall seconds) of a
/// pass and the value of the last pass. CPU time falls back to wall time when
/// the kernel does not expose it.
fn measure(passes: usize, mut f: impl FnMut() -> usize) -> (f64, f64, usize) {
    let mut cpu = Vec::with_capacity(passes);
    let mut wall = Vec::with_capacity(passes);
    let mut out = 0;
    for _ in 0..passes {
        let (c0, w0) = (cpu_ns(), Instant::now());
        out = f();
        let w = w0.elapsed().as_secs_f64();
        let c = match (c0, cpu_ns()) {
            (Some(a), Some(b)) if b >= a => (b - a) as f64 / 1e9,
            _ => w,
        };
        cpu.push(c);
        wall.push(w);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    };
    (median(&mut cpu), median(&mut wall), out)
}

#[test]
#[ignore = "measurement: run with --release -- --ignored --nocapture"]
fn quantities_and_times_cpu_throughput() {
    let text = match std::env::var_os("KHABAR_BENCH_TEXT") {
        Some(p) => std::fs::read_to_string(&p)
            .unwrap_or_else(|e| panic!("KHABAR_BENCH_TEXT {p:?}: {e} (give a readable text file)")),
        None => {
            println!("KHABAR_BENCH_TEXT not set: using the bundled seed article repeated to ~1 MB");
            let mut s = String::new();
            while s.len() < 1 << 20 {
                s.push_str(SEED);
                s.push('\n');
            }
            s
        }
    };
    let passes: usize = std::env::var("KHABAR_BENCH_PASSES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5)
        .max(1);
    let docs: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let mb = docs.iter().map(|d| d.len()).sum::<usize>() as f64 / 1e6;
    let inputs: Vec<Input> = docs
        .iter()
        .map(|t| Input {
            text: t,
            ..Input::default()
        })
        .collect();
    let reference = Date::parse_iso("2018-06-01");
    let opts = times::Options::default();

    let (tok_c, tok_w, n_docs) = measure(passes, || inputs.iter().map(Doc::new).count());
    let parsed: Vec<Doc> = inputs.iter().map(Doc::new).collect();
    let (q_c, q_w, n_q) = measure(passes, || {
        parsed.iter().map(|d| quantities::extract(d).len()).sum()
    });
    let (t_c, t_w, n_t) = measure(passes, || {
        docs.iter()
            .map(|d| times::extract_text(d, reference, &opts).len())
            .sum()
    });
    assert_eq!(n_docs, docs.len());
    assert!(
        n_q > 0 && n_t > 0,
        "nothing extracted ({n_q} quantities, {n_t} times)"
    );

    let rate = |s: f64| mb / s;
    println!(
        "{mb:.2} MB, {} documents, {passes} passes (median pass); {n_q} quantities, {n_t} times",
        docs.len()
    );
    println!("                         CPU MB/s   wall MB/s");
    println!(
        "tokenize (Doc::new)      {:>8.1}   {:>9.1}",
        rate(tok_c),
        rate(tok_w)
    );
    println!(
        "quantities::extract      {:>8.1}   {:>9.1}",
        rate(q_c),
        rate(q_w)
    );
    println!(
        "times::extract_text      {:>8.1}   {:>9.1}",
        rate(t_c),
        rate(t_w)
    );
    println!(
        "quantities + times       {:>8.1}   {:>9.1}",
        rate(q_c + t_c),
        rate(q_w + t_w)
    );
    println!(
        "tokenize + q + t         {:>8.1}   {:>9.1}",
        rate(tok_c + q_c + t_c),
        rate(tok_w + q_w + t_w)
    );
}
