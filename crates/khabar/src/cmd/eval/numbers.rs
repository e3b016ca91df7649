//! `khabar eval numbers`: number reading against the peer suites.
//!
//! * **Duckling** `Numeral-AR`, `Numeral-AR-EG`, `Ordinal-AR`: each string alone
//!   must read as one number (ordinal for `Ordinal-AR`) covering the whole
//!   string, with the expected value.
//! * **Recognizers-Text** `Number/Arabic/NumberModel.json`, `OrdinalModel.json`,
//!   `OrdinalModelSuppressExtendedTypes.json`: judged by value. A case passes when
//!   every expected result is overlapped by one of our numbers of the right kind
//!   (cardinal/fraction for NumberModel, ordinal for the ordinal models) with the
//!   same value, and we report no other number of that kind.
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args as ClapArgs;
use khabar_text::numbers::{find_numbers, relative_ordinals, NumberKind, NumberMatch};
use serde_json::Value;

use super::peers;

#[derive(ClapArgs)]
pub struct Args {
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
    pub fn rate(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.passed as f64 / self.total as f64
        }
    }
    /// Count one case (keeping a description of a failure).
    pub fn record_pub(&mut self, ok: bool, what: impl FnOnce() -> String) {
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

pub fn run(a: Args) -> Result<()> {
    if !a.peers.exists() {
        println!(
            "peer data not found at {} (pass --peers DIR or set KHABAR_PEERS); nothing to evaluate",
            a.peers.display()
        );
        return Ok(());
    }
    let results = run_suites(&a.peers)?;
    report(&results, a.verbose);
    Ok(())
}

/// Values are equal up to rounding in the peer files (0.666666666666667).
pub fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// Run every number suite under `root`; missing files are skipped with a message.
pub fn run_suites(root: &Path) -> Result<Vec<SuiteResult>> {
    let mut out = Vec::new();
    for (file, ordinal) in [
        ("Numeral-AR.Corpus.hs", false),
        ("Numeral-AR-EG.Corpus.hs", false),
        ("Ordinal-AR.Corpus.hs", true),
    ] {
        let p = root.join("duckling").join(file);
        if !p.exists() {
            eprintln!("skipping {}: not found", p.display());
            continue;
        }
        out.push(duckling_suite(&p, file, ordinal)?);
    }
    for (file, ordinal) in [
        ("NumberModel.json", false),
        ("OrdinalModel.json", true),
        ("OrdinalModelSuppressExtendedTypes.json", true),
    ] {
        let p = root.join("recognizers-text/Number/Arabic").join(file);
        if !p.exists() {
            eprintln!("skipping {}: not found", p.display());
            continue;
        }
        out.push(rt_suite(&p, file, ordinal)?);
    }
    Ok(out)
}

/// Parse `NumeralValue 1.1`, `NumeralValue (-1200000)`, `OrdinalData 8`.
fn duckling_number(src: &str) -> Option<f64> {
    let rest = src
        .strip_prefix("NumeralValue")
        .or_else(|| src.strip_prefix("OrdinalData"))?;
    rest.trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim()
        .parse()
        .ok()
}

fn show(ms: &[NumberMatch], text: &str) -> String {
    let v: Vec<String> = ms
        .iter()
        .map(|m| format!("{:?}={:?}/{:?}", m.span.slice(text), m.value, m.kind))
        .collect();
    format!("[{}]", v.join(", "))
}

fn duckling_suite(path: &Path, name: &str, ordinal: bool) -> Result<SuiteResult> {
    let cases = peers::load_duckling(path)?;
    let mut r = SuiteResult {
        name: format!("duckling/{name}"),
        total: 0,
        passed: 0,
        failures: Vec::new(),
    };
    for c in cases {
        let Some(want) = duckling_number(&c.value_src) else {
            continue;
        };
        for t in &c.texts {
            let text = t.trim();
            let ms = find_numbers(text, &[]);
            let ok = ms.iter().any(|m| {
                m.span.start == 0
                    && m.span.end == text.len()
                    && (m.kind == NumberKind::Ordinal) == ordinal
                    && m.value.is_some_and(|v| same(v, want))
            });
            r.record_pub(ok, || {
                format!("{text:?} want {want}: got {}", show(&ms, text))
            });
        }
    }
    Ok(r)
}

/// Offsets in Recognizers-Text files are UTF-16 code units (= code points for Arabic).
fn cp_to_byte(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b)
}

fn rt_value(res: &Value) -> Option<f64> {
    let v = res.get("value")?;
    match v {
        Value::String(s) => s.trim().trim_end_matches('%').parse().ok(),
        Value::Number(n) => n.as_f64(),
        _ => None,
    }
}

fn rt_suite(path: &Path, name: &str, ordinal: bool) -> Result<SuiteResult> {
    let cases = peers::load_recognizers(path)?;
    let mut r = SuiteResult {
        name: format!("recognizers-text/{name}"),
        total: 0,
        passed: 0,
        failures: Vec::new(),
    };
    for c in cases {
        let text = c.input.as_str();
        let mut ms: Vec<NumberMatch> = find_numbers(text, &khabar_text::tokenize::tokenize(text))
            .into_iter()
            .filter(|m| (m.kind == NumberKind::Ordinal) == ordinal)
            .collect();
        // Relative ordinals (الأخير = end+0) only in the extended-types model.
        let relatives: Vec<(khabar_text::Span, &str)> = if ordinal && !name.contains("Suppress") {
            relative_ordinals(text)
                .into_iter()
                .map(|r| (r.span, r.value))
                .collect()
        } else {
            Vec::new()
        };
        // A numeric ordinal inside a relative one (الثانية إلى الأخير) is part of it.
        ms.retain(|m| {
            !relatives
                .iter()
                .any(|(s, _)| s.start <= m.span.start && m.span.end <= s.end)
        });
        let mut rel_used = vec![false; relatives.len()];
        let mut used = vec![false; ms.len()];
        let mut ok = true;
        for e in &c.results {
            // Offsets, or (PendingValidation cases give -1) the first occurrence of the text.
            let (bs, be) = match (e.start, e.end_exclusive()) {
                (Some(s), Some(en)) => (cp_to_byte(text, s), cp_to_byte(text, en)),
                _ => match text.find(e.text.trim()) {
                    Some(b) if !e.text.trim().is_empty() => (b, b + e.text.trim().len()),
                    _ => (0, text.len()),
                },
            };
            if e.type_name == "ordinal.relative" {
                let want = e
                    .resolution
                    .get("value")
                    .and_then(Value::as_str)
                    .unwrap_or("");
                let hit = relatives.iter().enumerate().position(|(i, (sp, v))| {
                    !rel_used[i] && sp.start < be && bs < sp.end && *v == want
                });
                match hit {
                    Some(i) => rel_used[i] = true,
                    None => ok = false,
                }
                continue;
            }
            let want = rt_value(&e.resolution);
            let hit = ms.iter().enumerate().position(|(i, m)| {
                !used[i]
                    && m.span.start < be
                    && bs < m.span.end
                    && match (want, m.value) {
                        (Some(w), Some(v)) => same(w, v),
                        _ => false,
                    }
            });
            match hit {
                Some(i) => used[i] = true,
                None => ok = false,
            }
        }
        if used.iter().chain(rel_used.iter()).any(|u| !u) {
            ok = false;
        }
        r.record_pub(ok, || {
            let want: Vec<String> = c
                .results
                .iter()
                .map(|e| {
                    format!(
                        "{:?}={}",
                        e.text,
                        e.resolution.get("value").unwrap_or(&Value::Null)
                    )
                })
                .collect();
            format!(
                "{text:?} want [{}]: got {}",
                want.join(", "),
                show(&ms, text)
            )
        });
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duckling_values_parse() {
        assert_eq!(duckling_number("NumeralValue 1.1"), Some(1.1));
        assert_eq!(
            duckling_number("NumeralValue (-1200000)"),
            Some(-1_200_000.0)
        );
        assert_eq!(duckling_number("OrdinalData 8"), Some(8.0));
        assert_eq!(duckling_number("simple Dollar 1"), None);
    }

    /// Floors actually reached (so regressions fail); see docs/eval/numbers-quantities.md.
    const FLOORS: &[(&str, f64)] = &[
        ("duckling/Numeral-AR.Corpus.hs", 0.98),
        ("duckling/Numeral-AR-EG.Corpus.hs", 0.98),
        ("duckling/Ordinal-AR.Corpus.hs", 0.98),
        ("recognizers-text/NumberModel.json", 0.86),
        ("recognizers-text/OrdinalModel.json", 0.91),
        (
            "recognizers-text/OrdinalModelSuppressExtendedTypes.json",
            0.94,
        ),
    ];

    #[test]
    fn peer_number_suites_meet_their_floors() {
        let root = peers::default_root();
        if !root.exists() {
            eprintln!(
                "skipping peer number suites: {} not found (set KHABAR_PEERS)",
                root.display()
            );
            return;
        }
        let results = run_suites(&root).unwrap_or_default();
        report(&results, false);
        for (name, floor) in FLOORS {
            let Some(r) = results.iter().find(|r| r.name == *name) else {
                panic!("suite {name} did not run");
            };
            assert!(
                r.rate() >= *floor,
                "{name}: {:.1}% < floor {:.1}%",
                100.0 * r.rate(),
                100.0 * floor
            );
        }
    }
}
