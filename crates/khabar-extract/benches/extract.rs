//! Extraction throughput (MB/s): `cargo bench -p khabar-extract --bench extract`.
//!
//! Input: the file named by `KHABAR_BENCH_TEXT` (e.g. article texts from the ANT
//! corpus, one per line), else the bundled seed article repeated to ~1 MB.
//! The text is split into documents at blank lines / newlines of the input so
//! that each call sees article-sized text. Tokenization (`Doc::new`) is done
//! once outside the timed loop; the times extractor is added to this file by
//! its own work.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use khabar_extract::{quantities, times, Date, Doc, Input};

const SEED: &str = include_str!("../../../data/examples/sana-london-2015.txt");

fn corpus() -> String {
    if let Some(p) = std::env::var_os("KHABAR_BENCH_TEXT") {
        match std::fs::read_to_string(&p) {
            Ok(s) => return s,
            Err(e) => eprintln!("KHABAR_BENCH_TEXT {:?}: {e}; using the bundled example", p),
        }
    }
    let mut s = String::with_capacity(1 << 20);
    while s.len() < 1 << 20 {
        s.push_str(SEED);
        s.push('\n');
    }
    s
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let docs: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let inputs: Vec<Input> = docs
        .iter()
        .map(|t| Input {
            text: t,
            ..Input::default()
        })
        .collect();
    let parsed: Vec<Doc> = inputs.iter().map(Doc::new).collect();
    let bytes: u64 = docs.iter().map(|d| d.len() as u64).sum();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function("quantities::extract (tokenized docs)", |b| {
        b.iter(|| {
            parsed
                .iter()
                .map(|d| quantities::extract(d).len())
                .sum::<usize>()
        })
    });
    g.bench_function("numbers::find_numbers (raw text)", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| khabar_text::numbers::find_numbers(d, &[]).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

/// Time expressions: the extractor reads the raw text (its own light lexer), so
/// the timed loop includes all of its work; a fixed reference date makes every
/// relative expression go through resolution.
fn bench_times(c: &mut Criterion) {
    let text = corpus();
    let docs: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let bytes: u64 = docs.iter().map(|d| d.len() as u64).sum();
    let reference = Date::parse_iso("2018-06-01");
    let opts = times::Options::default();
    let mut g = c.benchmark_group("times");
    g.throughput(Throughput::Bytes(bytes));
    g.sample_size(10);
    g.bench_function("times::extract_text (raw text, reference date)", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| times::extract_text(d, reference, &opts).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench, bench_times);
criterion_main!(benches);
