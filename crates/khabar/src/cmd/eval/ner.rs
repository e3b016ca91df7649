//! `khabar eval ner`: CoNLL-2003 entity-level scores of the shipped entity
//! pipeline (`khabar_extract::entities`) on ANERcorp-style gold data.
//!
//! Each gold sentence is joined with single spaces into a document, analyzed
//! exactly as `khabar analyze` would (tokenizer, sentence splitter, model,
//! gazetteer merging), and every predicted entity is mapped back to the gold
//! tokens it overlaps.
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use khabar_extract::entities::extract_with;
use khabar_extract::ner::conll::{self, Scorer};
use khabar_extract::ner::gazetteer::Label;
use khabar_extract::ner::model::Model;
use khabar_extract::{Doc, Input};

#[derive(clap::Args)]
pub struct Args {
    /// Gold data: `token TAG` lines, blank line between sentences,
    /// e.g. ../shared/data/ner/anercorp/test.txt.
    #[arg(long)]
    gold: PathBuf,
    /// Evaluate this model file instead of the one compiled into khabar.
    #[arg(long)]
    model: Option<PathBuf>,
}

pub fn run(args: Args) -> Result<()> {
    if !args.gold.exists() {
        anyhow::bail!(
            "gold file {} not found (ANERcorp lives in ../shared/data/ner/anercorp beside the repo)",
            args.gold.display()
        );
    }
    let text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("reading {}", args.gold.display()))?;
    let gold = conll::read(&text).with_context(|| format!("parsing {}", args.gold.display()))?;
    let loaded;
    let model: Option<&Model> = match &args.model {
        Some(p) => {
            let bytes =
                std::fs::read(p).with_context(|| format!("reading model {}", p.display()))?;
            loaded = Model::from_bytes(&bytes)
                .with_context(|| format!("loading model {}", p.display()))?;
            Some(&loaded)
        }
        None => Some(
            khabar_extract::ner::shipped()
                .map_err(|e| anyhow::anyhow!("shipped NER model: {e}"))?,
        ),
    };
    let mut scorer = Scorer::default();
    let t0 = Instant::now();
    for s in &gold {
        let mut doc_text = String::new();
        let mut starts = Vec::with_capacity(s.tokens.len());
        for (k, t) in s.tokens.iter().enumerate() {
            if k > 0 {
                doc_text.push(' ');
            }
            starts.push(doc_text.chars().count());
            doc_text.push_str(t);
        }
        let ends: Vec<usize> = s
            .tokens
            .iter()
            .zip(&starts)
            .map(|(t, &st)| st + t.chars().count())
            .collect();
        let input = Input {
            text: &doc_text,
            ..Input::default()
        };
        let doc = Doc::new(&input);
        let mut pred: Vec<(usize, usize, Label)> = Vec::new();
        for e in extract_with(&doc, model) {
            let Some(label) = Label::parse(&e.label) else {
                continue;
            };
            let first = ends.iter().position(|&end| end > e.start);
            let last = starts.iter().rposition(|&st| st < e.end);
            if let (Some(a), Some(b)) = (first, last) {
                if a <= b && !pred.iter().any(|p| p.0 < b + 1 && a < p.1) {
                    pred.push((a, b + 1, label));
                }
            }
        }
        scorer.add(s.tokens.len(), &s.spans, &pred);
    }
    let dt = t0.elapsed().as_secs_f64();
    println!("# NER on {}\n", args.gold.display());
    println!("{}", scorer.report());
    println!(
        "Speed (whole pipeline incl. tokenization): {:.0} tokens/s ({:.2}s)",
        scorer.tokens as f64 / dt.max(1e-9),
        dt
    );
    Ok(())
}
