//! `khabar ingest --index DIR PATH…`: add articles to a corpus index.
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use khabar_index::{Index, IngestOptions};

#[derive(clap::Args)]
pub struct Args {
    /// Index directory (created when absent).
    #[arg(long, value_name = "DIR")]
    pub index: PathBuf,
    /// Inputs: JSON Lines (.jsonl[.gz], ANT schema), directories of .txt/.html
    /// files, RSS/Atom feeds, WARC(.gz) files.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Analysis threads (default: all cores).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// Commit (make durable) every N new articles.
    #[arg(long, default_value_t = 2000, value_name = "N")]
    pub commit_every: usize,
    /// Print the summary as JSON on stdout.
    #[arg(long)]
    pub json: bool,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    for p in &args.paths {
        if !p.exists() {
            bail!("{}: no such file or directory", p.display());
        }
    }
    let mut index = Index::create_or_open(&args.index)
        .with_context(|| format!("opening index {}", args.index.display()))?;
    khabar_extract::prepare();
    let opts = IngestOptions {
        threads: args.threads,
        commit_every: args.commit_every.max(1),
        ..IngestOptions::default()
    };
    let bar = if args.quiet || !std::io::stderr().is_terminal() {
        ProgressBar::hidden()
    } else {
        let b = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(5));
        b.set_style(
            ProgressStyle::with_template("{spinner} [{elapsed_precise}] {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        b.enable_steady_tick(Duration::from_millis(200));
        b
    };
    let started = Instant::now();
    let report = index.ingest_paths(&args.paths, &opts, &mut |p| {
        let secs = started.elapsed().as_secs_f64().max(1e-3);
        let mb = p.bytes as f64 / 1e6;
        bar.set_message(format!(
            "{} records · {} new · {:.0} articles/s · {:.1} MB ({:.2} MB/s) · {}",
            p.records,
            p.ingested,
            p.ingested as f64 / secs,
            mb,
            mb / secs,
            p.current
        ));
    })?;
    bar.finish_and_clear();
    for s in &report.skipped {
        eprintln!("skipped {}: {}", s.origin, s.reason);
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    let mb = report.bytes as f64 / 1e6;
    let secs = report.seconds.max(1e-3);
    println!(
        "ingested {} new article(s) from {} record(s) in {:.1} s ({:.0} articles/s, {:.1} MB at {:.2} MB/s)",
        report.ingested,
        report.records,
        report.seconds,
        report.ingested as f64 / secs,
        mb,
        mb / secs
    );
    println!("already in the index (same id): {}", report.already_present);
    println!("skipped: {}", report.skipped.len());
    let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
    for s in &report.skipped {
        let key = s.reason.split(':').next().unwrap_or(&s.reason).to_string();
        *reasons.entry(key).or_insert(0) += 1;
    }
    for (r, n) in reasons {
        println!("  {n} × {r}");
    }
    println!(
        "index {}: {} articles, {} near-duplicate copies, {} stories",
        args.index.display(),
        report.total_articles,
        report.duplicates,
        report.stories
    );
    Ok(())
}
