//! Throughput of the text layer (issue 2, "Performance").
//!
//! ```text
//! cargo bench -p khabar-text --bench text
//! KHABAR_BENCH_TEXT=/tmp/ant-20mb.txt cargo bench -p khabar-text --bench text
//! ```
//!
//! `KHABAR_BENCH_TEXT` names a UTF-8 text file (`scripts/bench-text.sh` extracts
//! 20 MB of ANT article text); without it the bundled example article is
//! repeated to about 1 MB, so the benchmark runs anywhere. Throughput is
//! reported in bytes of input per second. Everything is single-threaded.
use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use khabar_text::normalize::{normalize, normalize_into, Profile};
use khabar_text::segment::{segment, segment_spans};
use khabar_text::stem::{stem, stem_into};
use khabar_text::tokenize::{tokenize, TokenKind};

const EXAMPLE: &str = include_str!("../../../data/examples/sana-london-2015.txt");

fn bench_text() -> String {
    if let Ok(path) = std::env::var("KHABAR_BENCH_TEXT") {
        match std::fs::read_to_string(&path) {
            Ok(t) => return t,
            Err(e) => eprintln!("KHABAR_BENCH_TEXT={path}: {e}; using the bundled example"),
        }
    }
    let mut t = String::with_capacity(1 << 20);
    while t.len() < 1 << 20 {
        t.push_str(EXAMPLE);
        t.push('\n');
    }
    t
}

/// Tokenize and produce each token's search-normalized form (what a search
/// indexer consumes). Returns a checksum so nothing is optimized away.
fn normalize_tokenize(text: &str) -> usize {
    let mut buf = String::with_capacity(64);
    let mut sum = 0;
    for t in tokenize(text) {
        buf.clear();
        normalize_into(t.span.slice(text), Profile::Search, &mut buf);
        sum += buf.len();
    }
    sum
}

/// The full search analysis: tokens, normalized forms, clitic segments and stems.
fn full_analysis(text: &str) -> usize {
    let mut buf = String::with_capacity(64);
    let mut sum = 0;
    for t in tokenize(text) {
        let word = t.span.slice(text);
        buf.clear();
        normalize_into(word, Profile::Search, &mut buf);
        sum += buf.len();
        if t.kind == TokenKind::Arabic {
            sum += segment(word).len();
            sum += stem(word).len();
        }
    }
    sum
}

/// The same through the allocation-free API ([`segment_spans`], [`stem_into`]).
fn full_analysis_noalloc(text: &str) -> usize {
    let mut buf = String::with_capacity(64);
    let mut sum = 0;
    for t in tokenize(text) {
        let word = t.span.slice(text);
        buf.clear();
        normalize_into(word, Profile::Search, &mut buf);
        if t.kind == TokenKind::Arabic {
            sum += segment_spans(word).len();
            stem_into(word, &mut buf);
        }
        sum += buf.len();
    }
    sum
}

fn text_layer(c: &mut Criterion) {
    let text = bench_text();
    // Parse the lexicon before timing (it is parsed once per process).
    black_box(stem("والمسلحين"));
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(if text.len() > 4 << 20 {
        20
    } else {
        5
    }));
    g.bench_function("normalize (search, with offset map)", |b| {
        b.iter(|| normalize(black_box(&text), Profile::Search).text.len())
    });
    g.bench_function("normalize_into (search, no map)", |b| {
        let mut out = String::with_capacity(text.len());
        b.iter(|| {
            out.clear();
            normalize_into(black_box(&text), Profile::Search, &mut out);
            out.len()
        })
    });
    g.bench_function("tokenize", |b| b.iter(|| tokenize(black_box(&text)).len()));
    g.bench_function("normalize+tokenize", |b| {
        b.iter(|| normalize_tokenize(black_box(&text)))
    });
    g.bench_function("normalize+tokenize+segment+stem", |b| {
        b.iter(|| full_analysis(black_box(&text)))
    });
    g.bench_function("normalize+tokenize+segment+stem (no-alloc API)", |b| {
        b.iter(|| full_analysis_noalloc(black_box(&text)))
    });
    g.finish();
}

criterion_group!(benches, text_layer);
criterion_main!(benches);
