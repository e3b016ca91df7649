//! `khabar-text-compare FILE [--runs N] [--cold | --cold-noalloc] | --examples WORD...`:
//! single-threaded throughput of khabar's text layer and charabia on the
//! documents of FILE (separated by blank lines). Prints one tab-separated line
//! per measurement:
//!
//! `tool  stage  bytes  wall_s  wall_MB/s  cpu_s  cpu_MB/s`
//!
//! (MB = 10^6 bytes; cpu = this thread's CPU time, i.e. throughput per core on
//! a shared machine.) Times are medians over N passes on the same text after
//! one warm-up pass. With `--cold` (or `--cold-noalloc`, through the
//! allocation-free API), only one first pass of khabar's full analysis is
//! timed (khabar's per-thread word memo starts empty). With
//! `--examples WORD...`, prints how charabia tokenizes each word next to
//! khabar's segments and stem (for docs/eval/text-morph.md).
use std::hint::black_box;
use std::time::Instant;

use charabia::Tokenize;
use cpu_time::ThreadTime;
use khabar_text::normalize::{normalize, normalize_into, Profile};
use khabar_text::segment::{segment, segment_spans};
use khabar_text::stem::{stem, stem_into};
use khabar_text::tokenize::{tokenize, TokenKind};

fn khabar_normalize(docs: &[&str]) -> usize {
    docs.iter()
        .map(|d| normalize(d, Profile::Search).text.len())
        .sum()
}

fn khabar_tokenize(docs: &[&str]) -> usize {
    docs.iter().map(|d| tokenize(d).len()).sum()
}

fn khabar_norm_tok(docs: &[&str]) -> usize {
    let mut buf = String::with_capacity(64);
    let mut sum = 0;
    for d in docs {
        for t in tokenize(d) {
            buf.clear();
            normalize_into(t.span.slice(d), Profile::Search, &mut buf);
            sum += buf.len();
        }
    }
    sum
}

fn khabar_full(docs: &[&str]) -> usize {
    let mut buf = String::with_capacity(64);
    let mut sum = 0;
    for d in docs {
        for t in tokenize(d) {
            let w = t.span.slice(d);
            buf.clear();
            normalize_into(w, Profile::Search, &mut buf);
            sum += buf.len();
            if t.kind == TokenKind::Arabic {
                sum += segment(w).len() + stem(w).len();
            }
        }
    }
    sum
}

fn khabar_full_noalloc(docs: &[&str]) -> usize {
    let mut buf = String::with_capacity(64);
    let mut sum = 0;
    for d in docs {
        for t in tokenize(d) {
            let w = t.span.slice(d);
            buf.clear();
            normalize_into(w, Profile::Search, &mut buf);
            if t.kind == TokenKind::Arabic {
                sum += segment_spans(w).len();
                stem_into(w, &mut buf);
            }
            sum += buf.len();
        }
    }
    sum
}

fn charabia_tokenize(docs: &[&str]) -> usize {
    docs.iter()
        .map(|d| d.tokenize().map(|t| t.lemma().len()).sum::<usize>())
        .sum()
}

/// Median wall-clock and thread-CPU seconds of `runs` passes (after one
/// warm-up pass, which also parses khabar's lexicon).
fn median_secs(runs: usize, f: &dyn Fn() -> usize) -> (f64, f64) {
    black_box(f());
    let mut wall = Vec::with_capacity(runs);
    let mut cpu = Vec::with_capacity(runs);
    for _ in 0..runs.max(1) {
        let (w, c) = timed(f);
        wall.push(w);
        cpu.push(c);
    }
    (median(&mut wall), median(&mut cpu))
}

fn timed(f: &dyn Fn() -> usize) -> (f64, f64) {
    let c0 = ThreadTime::now();
    let t0 = Instant::now();
    black_box(f());
    (t0.elapsed().as_secs_f64(), c0.elapsed().as_secs_f64())
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

fn report(tool: &str, stage: &str, bytes: usize, (wall, cpu): (f64, f64)) {
    let mbps = |s: f64| bytes as f64 / s / 1e6;
    println!(
        "{tool}\t{stage}\t{bytes}\t{wall:.4}\t{:.1}\t{cpu:.4}\t{:.1}",
        mbps(wall),
        mbps(cpu)
    );
}

fn examples(words: &[String]) {
    println!("word\tcharabia tokens\tkhabar segments\tkhabar stem");
    for w in words {
        let toks: Vec<String> = w
            .as_str()
            .tokenize()
            .filter(|t| !t.lemma().trim().is_empty())
            .map(|t| t.lemma().to_string())
            .collect();
        let segs: Vec<String> = segment(w).into_iter().map(|s| s.text).collect();
        println!(
            "{w}\t{}\t{}\t{}",
            toks.join(" · "),
            segs.join(" + "),
            stem(w)
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--examples") {
        examples(args.get(i + 1..).unwrap_or(&[]));
        return;
    }
    let Some(path) = args.get(1) else {
        eprintln!(
            "usage: khabar-text-compare FILE [--runs N] [--cold | --cold-noalloc] | --examples WORD..."
        );
        std::process::exit(2);
    };
    let runs = args
        .iter()
        .position(|a| a == "--runs")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(5);
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let docs: Vec<&str> = text
        .split("\n\n")
        .filter(|d| !d.trim().is_empty())
        .collect();
    let bytes = text.len();
    if args.iter().any(|a| a == "--cold") {
        black_box(stem("والمسلحين"));
        let t = timed(&|| khabar_full(&docs));
        report(
            "khabar",
            "normalize+tokenize+segment+stem (single cold pass)",
            bytes,
            t,
        );
        return;
    }
    if args.iter().any(|a| a == "--cold-noalloc") {
        black_box(stem("والمسلحين"));
        let t = timed(&|| khabar_full_noalloc(&docs));
        report(
            "khabar",
            "normalize+tokenize+segment+stem (no-alloc API, single cold pass)",
            bytes,
            t,
        );
        return;
    }
    let stages: [(&str, &str, &dyn Fn() -> usize); 6] = [
        ("khabar", "normalize", &|| khabar_normalize(&docs)),
        ("khabar", "tokenize", &|| khabar_tokenize(&docs)),
        ("khabar", "normalize+tokenize", &|| khabar_norm_tok(&docs)),
        ("khabar", "normalize+tokenize+segment+stem", &|| {
            khabar_full(&docs)
        }),
        (
            "khabar",
            "normalize+tokenize+segment+stem (no-alloc API)",
            &|| khabar_full_noalloc(&docs),
        ),
        ("charabia", "normalize+tokenize", &|| {
            charabia_tokenize(&docs)
        }),
    ];
    for (tool, stage, f) in stages {
        report(tool, stage, bytes, median_secs(runs, f));
    }
}
