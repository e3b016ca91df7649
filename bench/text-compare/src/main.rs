//! `khabar-text-compare FILE [--examples]`: single-threaded throughput of
//! khabar's text layer and charabia on the documents of FILE (separated by
//! blank lines). Prints one tab-separated line per measurement:
//! `tool  stage  bytes  median_seconds  MB/s` (MB = 10^6 bytes); the median is
//! over repeated passes on the same text (after one warm-up pass). With
//! `--cold`, only one first pass of khabar's full analysis is timed.
//! With `--examples WORD...`, prints how charabia tokenizes each word next to
//! khabar's segments and stem (for docs/eval/text-morph.md).
use std::hint::black_box;
use std::time::Instant;

use charabia::Tokenize;
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

fn median_secs(runs: usize, f: &dyn Fn() -> usize) -> f64 {
    black_box(f()); // warm-up (also parses khabar's lexicon once)
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
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
        eprintln!("usage: khabar-text-compare FILE [--runs N] | --examples WORD...");
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
        // One pass over text this process has never seen: khabar's per-thread
        // memo starts empty, so every distinct word is analyzed once (the
        // lexicon itself is loaded before timing).
        black_box(stem("والمسلحين"));
        let t = Instant::now();
        black_box(khabar_full(&docs));
        let s = t.elapsed().as_secs_f64();
        println!(
            "khabar\tnormalize+tokenize+segment+stem (single cold pass)\t{bytes}\t{s:.4}\t{:.1}",
            bytes as f64 / s / 1e6
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
        let s = median_secs(runs, f);
        println!(
            "{tool}\t{stage}\t{bytes}\t{s:.4}\t{:.1}",
            bytes as f64 / s / 1e6
        );
    }
}
