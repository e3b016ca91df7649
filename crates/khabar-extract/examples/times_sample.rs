//! Precision sample for the time extractor (docs/eval/times.md).
//!
//! Reads ANT-style JSONL on stdin (`id`, `text`, `published`, `source`), keeps
//! every `--every`-th article up to `--limit` articles, extracts times with
//! `published` as the reference date, and prints `--sample` of them, one JSON
//! object a line, with context. The sample is the `--sample` times with the
//! smallest seeded FNV-1a hash of `id:start` (bottom-k sampling), so a change to
//! the extractor only changes the sampled items whose spans it changes.
//!
//! ```text
//! zcat ../shared/data/corpus/ant-multisource.jsonl.gz \
//!   | cargo run --release -p khabar-extract --example times_sample -- --every 15 --limit 2000 --sample 100 --seed 42
//! ```
use std::io::{self, BufRead, Write};

use khabar_extract::{times, Date, Doc, Input};
use serde_json::{json, Value};

fn arg(args: &[String], name: &str, default: u64) -> u64 {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() -> io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let every = arg(&args, "--every", 15).max(1);
    let limit = arg(&args, "--limit", 2000);
    let sample = arg(&args, "--sample", 100) as usize;
    let seed = arg(&args, "--seed", 42);
    let mut all: Vec<Value> = Vec::new();
    let (mut docs, mut chars) = (0u64, 0usize);
    for (n, line) in io::stdin().lock().lines().enumerate() {
        let line = line?;
        if !(n as u64).is_multiple_of(every) {
            continue;
        }
        if docs >= limit {
            break;
        }
        let Ok(v) = serde_json::from_str::<Value>(&line) else {
            eprintln!("line {}: not JSON, skipped", n + 1);
            continue;
        };
        let text = v["text"].as_str().unwrap_or("");
        let reference = v["published"].as_str().and_then(Date::parse_iso);
        let input = Input {
            text,
            reference_date: reference,
            ..Default::default()
        };
        let doc = Doc::new(&input);
        docs += 1;
        chars += text.chars().count();
        let cs: Vec<char> = text.chars().collect();
        for t in times::extract(&doc) {
            let a = t.start.saturating_sub(60);
            let b = (t.end + 60).min(cs.len());
            let before: String = cs[a..t.start].iter().collect();
            let after: String = cs[t.end..b].iter().collect();
            all.push(json!({
                "id": v["id"], "source": v["source"], "published": v["published"],
                "start": t.start, "end": t.end, "text": t.text, "type": t.kind, "value": t.value,
                "context": format!("{before}⟦{}⟧{after}", t.text).replace('\n', " "),
            }));
        }
    }
    eprintln!("{docs} articles, {chars} characters, {} times", all.len());
    let key = |v: &Value| -> u64 {
        let s = format!("{}:{}", v["id"].as_str().unwrap_or(""), v["start"]);
        let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
        for b in s.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h
    };
    all.sort_by_cached_key(key);
    let k = sample.min(all.len());
    let mut out = io::stdout().lock();
    for v in all.iter().take(k) {
        writeln!(out, "{v}")?;
    }
    Ok(())
}
