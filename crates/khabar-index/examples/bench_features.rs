//! Times the non-analysis text work of ingest on a JSON Lines file, single
//! threaded: clustering features (`cluster::features`) and the khabar
//! tokenizer over title and body (what tantivy runs when indexing).
//!
//! `cargo run --release -p khabar-index --example bench_features -- FILE.jsonl [ROUNDS]`
use std::time::Instant;

use tantivy::tokenizer::{TokenStream, Tokenizer};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: bench_features FILE.jsonl [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
    let records: Vec<_> = khabar_index::ingest::read_path(path.as_ref())
        .filter_map(Result::ok)
        .collect();
    let bytes: usize = records.iter().map(|r| r.text.len()).sum();
    println!(
        "{} records, {:.1} MB of text",
        records.len(),
        bytes as f64 / 1e6
    );
    for round in 0..rounds {
        let t = Instant::now();
        let mut stems = 0usize;
        for r in &records {
            let f = khabar_index::cluster::features(
                &r.stable_id(),
                r.source.as_deref().unwrap_or(""),
                None,
                r.title.as_deref(),
                &r.text,
            );
            stems += f.stems.len();
        }
        let t_feat = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut tokens = 0usize;
        let mut tok = khabar_tantivy::ArabicTokenizer::khabar();
        for r in &records {
            for text in [r.title.as_deref().unwrap_or(""), r.text.as_str()] {
                let mut stream = tok.token_stream(text);
                while stream.advance() {
                    tokens += stream.token().text.len();
                }
            }
        }
        let t_tok = t.elapsed().as_secs_f64();
        println!(
            "round {round}: features {t_feat:.2} s ({stems} stems), tokenizer {t_tok:.2} s ({tokens} term bytes)"
        );
    }
}
