//! `khabar eval ner`: CoNLL-2003 entity-level scores of the shipped entity
//! pipeline (`khabar_extract::entities`) on ANERcorp-style gold data.
//!
//! Gold sentences are joined into documents (tokens with single spaces,
//! sentences with newlines), analyzed exactly as `khabar analyze` would
//! (tokenizer, sentence splitter, model with its document pass, gazetteer
//! merging), and every predicted entity is mapped back to the gold tokens it
//! overlaps. Documents are the file's `-DOCSTART-` documents, else runs of
//! `--group` consecutive sentences (ANERcorp is running news text without
//! article boundaries). Isolated sentences (`--group 1`, the setting of
//! sentence-level taggers) are scored in the same run.
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use khabar_extract::entities::extract_with;
use khabar_extract::ner::conll::{self, Scorer};
use khabar_extract::ner::gazetteer::Label;
use khabar_extract::ner::model::{Model, Sentence};
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
    /// Without `-DOCSTART-` lines, consecutive sentences per document (15 ≈ the
    /// mean article length of ANERcorp: 316 articles, 4,991 sentences).
    #[arg(long, default_value_t = 15)]
    group: usize,
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
    let (gold, doc_starts) =
        conll::read_documents(&text).with_context(|| format!("parsing {}", args.gold.display()))?;
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
    let mut docs: Vec<&[Sentence]> = Vec::new();
    let mut bounds = doc_starts.clone();
    bounds.push(gold.len());
    let mut lo = 0;
    for hi in bounds {
        if hi > lo {
            let part = gold.get(lo..hi).unwrap_or(&[]);
            if doc_starts.is_empty() {
                docs.extend(part.chunks(args.group.max(1)));
            } else {
                docs.push(part);
            }
            lo = hi;
        }
    }
    let t0 = Instant::now();
    let scorer = score(&docs, model);
    let dt = t0.elapsed().as_secs_f64();
    let single: Vec<&[Sentence]> = gold.chunks(1).collect();
    let isolated = score(&single, model);
    println!("# NER on {}\n", args.gold.display());
    if doc_starts.is_empty() {
        println!(
            "Documents: runs of {} consecutive sentences ({} documents)\n",
            args.group.max(1),
            docs.len()
        );
    } else {
        println!("Documents: {} (`-DOCSTART-`)\n", docs.len());
    }
    println!("{}", scorer.report());
    let m = isolated.micro();
    println!(
        "Isolated sentences (each its own document, no document evidence): P {:.2} R {:.2} F1 {:.2}\n",
        m.precision() * 100.0,
        m.recall() * 100.0,
        m.f1() * 100.0
    );
    println!(
        "Speed (whole pipeline incl. tokenization): {:.0} tokens/s ({:.2}s)",
        scorer.tokens as f64 / dt.max(1e-9),
        dt
    );
    Ok(())
}

/// Scores the pipeline on `docs` (each a run of gold sentences analyzed as one document).
fn score(docs: &[&[Sentence]], model: Option<&Model>) -> Scorer {
    let mut scorer = Scorer::default();
    for sents in docs {
        let mut doc_text = String::new();
        let mut len = 0usize; // in chars
                              // Per sentence: start/end char offsets of its tokens.
        let mut offsets: Vec<(Vec<usize>, Vec<usize>)> = Vec::with_capacity(sents.len());
        for (si, s) in sents.iter().enumerate() {
            if si > 0 {
                doc_text.push('\n');
                len += 1;
            }
            let mut starts = Vec::with_capacity(s.tokens.len());
            let mut ends = Vec::with_capacity(s.tokens.len());
            for (k, t) in s.tokens.iter().enumerate() {
                if k > 0 {
                    doc_text.push(' ');
                    len += 1;
                }
                starts.push(len);
                doc_text.push_str(t);
                len += t.chars().count();
                ends.push(len);
            }
            offsets.push((starts, ends));
        }
        let input = Input {
            text: &doc_text,
            ..Input::default()
        };
        let doc = Doc::new(&input);
        let entities = extract_with(&doc, model);
        for (s, (starts, ends)) in sents.iter().zip(&offsets) {
            let (Some(&lo), Some(&hi)) = (starts.first(), ends.last()) else {
                scorer.add(s.tokens.len(), &s.spans, &[]);
                continue;
            };
            let mut pred: Vec<(usize, usize, Label)> = Vec::new();
            for e in entities.iter().filter(|e| e.start < hi && lo < e.end) {
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
    }
    scorer
}
