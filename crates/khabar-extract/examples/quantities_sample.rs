//! Draw a reproducible random sample of extracted quantities for hand-checking.
//!
//! `zcat ../shared/data/corpus/ant-multisource.jsonl.gz | head -2000 |
//!  cargo run --release -p khabar-extract --example quantities_sample -- 100 42`
//!
//! Reads JSONL documents (`id`, `text`) on stdin, extracts quantities, and prints
//! `N` of them chosen with a fixed-seed generator (default seed 42), one JSON
//! object a line: document id, a context snippet, and the extraction.
use std::io::{BufRead, Write};

use khabar_extract::{quantities, Doc, Input};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(42);
    let mut all = Vec::new();
    let mut docs = 0usize;
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let v: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(_) => continue,
        };
        let id = v["id"]
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| v["id"].to_string());
        let text = v["text"].as_str().unwrap_or("");
        docs += 1;
        let doc = Doc::new(&Input {
            text,
            ..Default::default()
        });
        for q in quantities::extract(&doc) {
            let chars: Vec<char> = text.chars().collect();
            let a = q.start.saturating_sub(60);
            let b = (q.end + 60).min(chars.len());
            let snippet: String = chars[a..b].iter().collect();
            all.push(serde_json::json!({"id": id, "snippet": snippet, "quantity": q}));
        }
    }
    // xorshift64*: a fixed, dependency-free generator.
    let mut state = seed.max(1);
    let mut next = || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    let total = all.len();
    let mut idx: Vec<usize> = (0..total).collect();
    for i in (1..idx.len()).rev() {
        let j = (next() % (i as u64 + 1)) as usize;
        idx.swap(i, j);
    }
    idx.truncate(n);
    idx.sort_unstable();
    let mut out = std::io::stdout().lock();
    eprintln!(
        "{docs} documents, {total} quantities, sampling {}",
        idx.len()
    );
    for i in idx {
        writeln!(out, "{}", all[i])?;
    }
    Ok(())
}
