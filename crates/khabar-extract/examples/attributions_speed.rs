//! Throughput of the dateline and attribution stages alone (no NER entities) over a
//! JSONL corpus (`text`, optional `byline`):
//!
//! ```text
//! zcat ../shared/data/corpus/ant-multisource.jsonl.gz \
//!   | cargo run --release -p khabar-extract --example attributions_speed
//! ```
use std::io::BufRead;
use std::time::{Duration, Instant};

use khabar_extract::{attributions, dateline, Doc, Input};

fn main() -> anyhow::Result<()> {
    let mut docs = Vec::new();
    for (n, line) in std::io::stdin().lock().lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(&line?)
            .map_err(|e| anyhow::anyhow!("line {}: not JSON: {e}", n + 1))?;
        let text = v["text"].as_str().unwrap_or("").to_string();
        let byline = v["byline"].as_str().map(str::to_string);
        docs.push((text, byline));
    }
    let words: usize = docs.iter().map(|(t, _)| t.split_whitespace().count()).sum();
    let (mut t_doc, mut t_dl, mut t_att) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let mut n_att = 0usize;
    let mut n_dl = 0usize;
    for (text, byline) in &docs {
        let input = Input {
            text,
            byline: byline.as_deref(),
            ..Default::default()
        };
        let t0 = Instant::now();
        let doc = Doc::new(&input);
        let t1 = Instant::now();
        n_dl += usize::from(dateline::find(&doc).is_some());
        let t2 = Instant::now();
        n_att += attributions::extract(&doc, &[]).len();
        let t3 = Instant::now();
        t_doc += t1 - t0;
        t_dl += t2 - t1;
        t_att += t3 - t2;
    }
    let rate = |d: Duration| words as f64 / d.as_secs_f64().max(1e-9);
    println!(
        "{} documents, {words} words, {n_dl} datelines, {n_att} attributions",
        docs.len()
    );
    println!(
        "Doc::new (text layer): {:>8.2} s  {:>12.0} words/s",
        t_doc.as_secs_f64(),
        rate(t_doc)
    );
    println!(
        "dateline::find:        {:>8.2} s  {:>12.0} words/s",
        t_dl.as_secs_f64(),
        rate(t_dl)
    );
    println!(
        "attributions::extract: {:>8.2} s  {:>12.0} words/s",
        t_att.as_secs_f64(),
        rate(t_att)
    );
    Ok(())
}
