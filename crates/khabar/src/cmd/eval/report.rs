//! Shared pieces of the evaluations: for the peer suites (`khabar eval
//! numbers`, `quantities`, `times`) the `--peers`/`--verbose` arguments,
//! per-suite tallies, the results table and (for tests) peer-data lookup and
//! floors; for the corpus evaluations (`dedup`, `search`) corpus loading.
use std::path::{Path, PathBuf};

use anyhow::{bail, Result};
use clap::Args as ClapArgs;
use khabar_index::ingest::{read_path, Record};

use super::peers;

/// Arguments of an evaluation against the peer suites.
#[derive(ClapArgs)]
pub struct PeerArgs {
    /// Peer data root (holds recognizers-text/ and duckling/).
    #[arg(long, default_value_os_t = peers::default_root())]
    pub peers: PathBuf,
    /// Print every failing case.
    #[arg(long)]
    pub verbose: bool,
}

/// Result of one suite.
#[derive(Debug, Clone)]
pub struct SuiteResult {
    pub name: String,
    pub total: usize,
    pub passed: usize,
    pub failures: Vec<String>,
}

impl SuiteResult {
    /// An empty tally named `name`.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            total: 0,
            passed: 0,
            failures: Vec::new(),
        }
    }

    /// Share of cases passed (0 when there were none).
    pub fn rate(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.passed as f64 / self.total as f64
        }
    }

    /// Count one case (keeping a description of a failure).
    pub fn record(&mut self, ok: bool, what: impl FnOnce() -> String) {
        self.total += 1;
        if ok {
            self.passed += 1;
        } else {
            self.failures.push(what());
        }
    }
}

/// Print a table of suites (and failures with `verbose`).
pub fn report(results: &[SuiteResult], verbose: bool) {
    println!(
        "{:<48} {:>6} {:>6} {:>7}",
        "suite", "passed", "total", "rate"
    );
    for r in results {
        println!(
            "{:<48} {:>6} {:>6} {:>6.1}%",
            r.name,
            r.passed,
            r.total,
            100.0 * r.rate()
        );
    }
    if verbose {
        for r in results {
            if r.failures.is_empty() {
                continue;
            }
            println!("\n## {} — {} failing", r.name, r.failures.len());
            for f in &r.failures {
                println!("  {f}");
            }
        }
    }
}

/// The suite file `dir/file`, or `None` (saying it is skipped) when it is absent.
pub fn suite_file(dir: &Path, file: &str) -> Option<PathBuf> {
    let p = dir.join(file);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipping {}: not found", p.display());
        None
    }
}

/// Run `suites` on the peer data of `a` and print the table; says so and
/// succeeds when the peer data is absent.
pub fn run_and_report(
    a: &PeerArgs,
    suites: impl FnOnce(&Path) -> Result<Vec<SuiteResult>>,
) -> Result<()> {
    if !a.peers.exists() {
        println!(
            "peer data not found at {} (pass --peers DIR or set KHABAR_PEERS); nothing to evaluate",
            a.peers.display()
        );
        return Ok(());
    }
    let results = suites(&a.peers)?;
    report(&results, a.verbose);
    Ok(())
}

/// Read the articles of `corpus` (at most `limit`), reporting skipped items
/// on stderr; fails when the corpus is absent.
pub fn load_corpus(corpus: &Path, limit: Option<usize>) -> Result<Vec<Record>> {
    if !corpus.exists() {
        bail!("{}: corpus not found (the ANT corpus is in ../shared/data/corpus/ant-multisource.jsonl.gz)", corpus.display());
    }
    let mut records = Vec::new();
    for item in read_path(corpus) {
        match item {
            Ok(r) => records.push(r),
            Err(s) => eprintln!("skipped {}: {}", s.origin, s.reason),
        }
        if limit.is_some_and(|n| records.len() >= n) {
            break;
        }
    }
    Ok(records)
}

/// The peer data root for a test, or `None` (after printing why the test of
/// `what` is skipped) when it or one of the `needed` paths under it is absent.
#[cfg(test)]
pub fn test_root(what: &str, needed: &[&str]) -> Option<PathBuf> {
    let root = peers::default_root();
    if !root.exists() || needed.iter().any(|n| !root.join(n).exists()) {
        eprintln!(
            "skipping {what}: {} not found (set KHABAR_PEERS)",
            root.display()
        );
        return None;
    }
    Some(root)
}

/// Assert that `rate` reaches `min`.
#[cfg(test)]
pub fn assert_floor(rate: f64, min: f64, name: &str) {
    assert!(
        rate >= min,
        "{name}: {:.1}% < floor {:.1}%",
        100.0 * rate,
        100.0 * min
    );
}

/// Assert that every suite named in `floors` ran and reached its floor.
#[cfg(test)]
pub fn assert_floors(results: &[SuiteResult], floors: &[(&str, f64)]) {
    for (name, floor) in floors {
        let Some(r) = results.iter().find(|r| r.name == *name) else {
            panic!("suite {name} did not run");
        };
        assert_floor(r.rate(), *floor, name);
    }
}
