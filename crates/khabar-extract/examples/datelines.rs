//! Measures dateline parsing over a JSONL corpus (ANT format: `source`, `byline`, `text`).
//!
//! ```text
//! zcat ../shared/data/corpus/ant-multisource.jsonl.gz \
//!   | cargo run --release -p khabar-extract --example datelines > /tmp/datelines.tsv
//! ```
//! Prints one TSV row per document (`field, source, input, place, agency, canonical,
//! reporter`) on stdout and the summary counts on stderr.
use std::collections::BTreeMap;
use std::io::{BufRead, Write};

use khabar_extract::{dateline, Doc, Input};

fn main() -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    let mut docs = 0usize;
    let mut with_byline = 0usize;
    let mut byline_parsed = 0usize;
    let mut text_found: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line?;
        let v: serde_json::Value = serde_json::from_str(&line)
            .map_err(|e| anyhow::anyhow!("line {}: not JSON: {e}", n + 1))?;
        docs += 1;
        let source = v["source"].as_str().unwrap_or("?").to_string();
        let text = v["text"].as_str().unwrap_or("");
        let byline = v["byline"]
            .as_str()
            .map(str::trim)
            .filter(|b| !b.is_empty());
        let show = |d: &Option<khabar_extract::Dateline>| match d {
            Some(d) => format!(
                "{}\t{}\t{}\t{}",
                d.place.as_deref().unwrap_or("-"),
                d.agency.as_deref().unwrap_or("-"),
                d.agency_canonical.as_deref().unwrap_or("-"),
                d.reporter.as_deref().unwrap_or("-")
            ),
            None => "NONE".to_string(),
        };
        if let Some(b) = byline {
            with_byline += 1;
            let d = dateline::find(&Doc::new(&Input {
                text: "",
                byline: Some(b),
                ..Default::default()
            }));
            if d.is_some() {
                byline_parsed += 1;
            }
            writeln!(out, "B\t{source}\t{b}\t{}", show(&d))?;
        }
        let d = dateline::find(&Doc::new(&Input {
            text,
            ..Default::default()
        }));
        let e = text_found.entry(source.clone()).or_default();
        e.0 += 1;
        if let Some(dl) = &d {
            e.1 += 1;
            writeln!(out, "T\t{source}\t{}\t{}", dl.text, show(&d))?;
        }
    }
    eprintln!("documents: {docs}");
    eprintln!("non-empty bylines: {with_byline}, parsed: {byline_parsed}");
    for (s, (n, f)) in &text_found {
        eprintln!("text-start datelines in {s}: {f} / {n}");
    }
    Ok(())
}
