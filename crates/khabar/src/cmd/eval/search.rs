//! `khabar eval search`: known-item retrieval on the ANT corpus, comparing
//! khabar's Arabic analysis with light10 (Lucene/Elasticsearch `arabic`),
//! tantivy's Snowball Arabic stemmer and no Arabic analysis, in one run.
//!
//! Every article's text (not its title) is indexed once per analyzer; for a
//! fixed-seed sample of articles the title is the query (all its terms,
//! OR-ed, BM25) and the article itself the one relevant answer.
use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use khabar_index::ingest::Record;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::tokenizer::{
    Language, LowerCaser, SimpleTokenizer, Stemmer, TextAnalyzer, TokenStream,
};
use tantivy::{Index, IndexWriter, TantivyDocument, Term};

use super::report::load_corpus;

#[derive(clap::Args)]
pub struct Args {
    /// Corpus (JSON Lines, ANT schema), e.g. ../shared/data/corpus/ant-multisource.jsonl.gz.
    #[arg(long, value_name = "PATH")]
    pub corpus: PathBuf,
    /// Number of known-item queries.
    #[arg(long, default_value_t = 1000)]
    pub queries: usize,
    /// Index only the first N articles (default: all).
    #[arg(long)]
    pub docs: Option<usize>,
    /// Seed of the query sample.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
}

/// The analyzers compared, in table order.
pub const ANALYZERS: [(&str, &str); 4] = [
    (
        "khabar",
        "khabar (normalization + clitics + light stemming)",
    ),
    ("light10", "light10 (Lucene / Elasticsearch `arabic`)"),
    ("snowball", "tantivy Snowball Arabic"),
    ("none", "no Arabic analysis (tantivy default)"),
];

fn register(index: &Index) {
    khabar_tantivy::register(index.tokenizers());
    let m = index.tokenizers();
    m.register(
        "eval_none",
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .build(),
    );
    m.register(
        "eval_snowball",
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::Arabic))
            .build(),
    );
}

fn tokenizer_name(analyzer: &str) -> &'static str {
    match analyzer {
        "khabar" => khabar_tantivy::KHABAR,
        "light10" => khabar_tantivy::LIGHT10,
        "snowball" => "eval_snowball",
        _ => "eval_none",
    }
}

/// A small deterministic generator (SplitMix64) for the query sample.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// Result of one analyzer.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Score {
    pub analyzer: String,
    pub mrr10: f64,
    pub recall10: f64,
    pub queries: usize,
}

/// Runs the known-item test over `records`; returns one score per analyzer.
pub fn known_item(records: &[Record], queries: usize, seed: u64) -> anyhow::Result<Vec<Score>> {
    let mut sb = Schema::builder();
    let id = sb.add_text_field("id", STRING | STORED);
    let fields: Vec<(String, Field)> = ANALYZERS
        .iter()
        .map(|(name, _)| {
            let opts = TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(tokenizer_name(name))
                    .set_index_option(IndexRecordOption::WithFreqs),
            );
            (
                name.to_string(),
                sb.add_text_field(&format!("body_{name}"), opts),
            )
        })
        .collect();
    let index = Index::create_in_ram(sb.build());
    register(&index);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4);
    let mut writer: IndexWriter<TantivyDocument> =
        index.writer_with_num_threads(threads, threads * 150_000_000)?;
    for (i, r) in records.iter().enumerate() {
        let mut doc = TantivyDocument::default();
        doc.add_text(id, i.to_string());
        for (_, f) in &fields {
            doc.add_text(*f, &r.text);
        }
        writer.add_document(doc)?;
    }
    writer.commit()?;
    let reader = index.reader()?;
    let searcher = reader.searcher();

    // Fixed-seed sample of articles with a title of at least two words.
    let candidates: Vec<usize> = records
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            r.title
                .as_deref()
                .is_some_and(|t| t.split_whitespace().count() >= 2)
        })
        .map(|(i, _)| i)
        .collect();
    let mut rng = Rng(seed);
    let mut pool = candidates;
    let mut sample = Vec::new();
    while sample.len() < queries && !pool.is_empty() {
        let k = (rng.next() % pool.len() as u64) as usize;
        sample.push(pool.swap_remove(k));
    }

    let mut out = Vec::new();
    for (name, field) in &fields {
        let mut analyzer = index.tokenizer_for_field(*field)?;
        let mut rr = 0.0;
        let mut found = 0usize;
        for &target in &sample {
            let title = records
                .get(target)
                .and_then(|r| r.title.as_deref())
                .unwrap_or("");
            let mut terms = Vec::new();
            let mut seen = HashSet::new();
            let mut stream = analyzer.token_stream(title);
            while stream.advance() {
                let t = stream.token().text.clone();
                if seen.insert(t.clone()) {
                    terms.push(t);
                }
            }
            let clauses: Vec<(Occur, Box<dyn Query>)> = terms
                .iter()
                .map(|t| {
                    let q: Box<dyn Query> = Box::new(TermQuery::new(
                        Term::from_field_text(*field, t),
                        IndexRecordOption::WithFreqs,
                    ));
                    (Occur::Should, q)
                })
                .collect();
            if clauses.is_empty() {
                continue;
            }
            let top = searcher.search(
                &BooleanQuery::new(clauses),
                &TopDocs::with_limit(10).order_by_score(),
            )?;
            for (rank, (_, addr)) in top.iter().enumerate() {
                let doc: TantivyDocument = searcher.doc(*addr)?;
                let got = doc
                    .get_first(id)
                    .and_then(|v| v.as_str())
                    .and_then(|s| s.parse::<usize>().ok());
                if got == Some(target) {
                    rr += 1.0 / (rank + 1) as f64;
                    found += 1;
                    break;
                }
            }
        }
        let n = sample.len().max(1) as f64;
        out.push(Score {
            analyzer: name.clone(),
            mrr10: rr / n,
            recall10: found as f64 / n,
            queries: sample.len(),
        });
    }
    Ok(out)
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let records = load_corpus(&args.corpus, args.docs)?;
    let t = Instant::now();
    let scores = known_item(&records, args.queries, args.seed).context("known-item evaluation")?;
    let secs = t.elapsed().as_secs_f64();
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(
                &serde_json::json!({"articles": records.len(), "scores": scores, "seconds": secs})
            )?
        );
        return Ok(());
    }
    println!(
        "known-item search: {} queries (title → its article) over {} articles of {} ({secs:.0} s)",
        scores.first().map_or(0, |s| s.queries),
        records.len(),
        args.corpus.display()
    );
    println!();
    println!("| analyzer | MRR@10 | recall@10 |");
    println!("|---|---:|---:|");
    for s in &scores {
        let label = ANALYZERS
            .iter()
            .find(|a| a.0 == s.analyzer)
            .map_or(s.analyzer.as_str(), |a| a.1);
        println!("| {label} | {:.3} | {:.3} |", s.mrr10, s.recall10);
    }
    Ok(())
}
