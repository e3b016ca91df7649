//! Learns word clusters from a plain-text file (one document per line):
//! `cargo run --release -p khabar-extract --example ner_clusters -- docs.txt out.tsv [vocab] [depth]`
//! (the CLI's `khabar train ner-clusters` reads the ANT `.jsonl.gz` directly).
use anyhow::Context;
use khabar_extract::ner::clusters::{ClusterConfig, Clusters};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let input = args.first().context("usage: ner_clusters DOCS.txt OUT.tsv [VOCAB] [DEPTH]")?;
    let out = args.get(1).context("missing OUT.tsv")?;
    let text = std::fs::read_to_string(input)?;
    let mut cfg = ClusterConfig::default();
    if let Some(v) = args.get(2).and_then(|v| v.parse().ok()) {
        cfg.vocab = v;
    }
    if let Some(d) = args.get(3).and_then(|v| v.parse().ok()) {
        cfg.depth = d;
    }
    let t0 = std::time::Instant::now();
    let c = Clusters::train(text.lines(), &cfg);
    eprintln!("{} words clustered in {:.1}s", c.len(), t0.elapsed().as_secs_f64());
    std::fs::write(out, c.to_tsv())?;
    Ok(())
}
