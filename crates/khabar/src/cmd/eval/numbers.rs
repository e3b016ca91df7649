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
use std::path::Path;

use anyhow::Result;
use khabar_text::numbers::{find_numbers, relative_ordinals, NumberKind, NumberMatch};
use serde_json::Value;

use super::peers;
use super::report::{run_and_report, suite_file, PeerArgs, SuiteResult};

/// `--peers` and `--verbose`.
pub type Args = PeerArgs;

pub fn run(a: Args) -> Result<()> {
    run_and_report(&a, run_suites)
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
        let Some(p) = suite_file(&root.join("duckling"), file) else {
            continue;
        };
        out.push(duckling_suite(&p, file, ordinal)?);
    }
    for (file, ordinal) in [
        ("NumberModel.json", false),
        ("OrdinalModel.json", true),
        ("OrdinalModelSuppressExtendedTypes.json", true),
    ] {
        let Some(p) = suite_file(&root.join("recognizers-text/Number/Arabic"), file) else {
            continue;
        };
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
    let mut r = SuiteResult::new(format!("duckling/{name}"));
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
            r.record(ok, || {
                format!("{text:?} want {want}: got {}", show(&ms, text))
            });
        }
    }
    Ok(r)
}

fn rt_value(res: &Value) -> Option<f64> {
    let v = res.get("value")?;
    match v {
        Value::String(s) => s.trim().trim_end_matches('%').parse().ok(),
        Value::Number(n) => n.as_f64(),
        _ => None,
    }
}

/// The byte range of an expected result: its offsets when they point at its text,
/// else the occurrence of its text nearest to them (a few cases in the suite carry
/// offsets computed on another spelling of the input).
fn located(text: &str, (bs, be): (usize, usize), want: &str) -> (usize, usize) {
    let want = want.trim();
    let at = text.get(bs..be).map(str::trim);
    if want.is_empty() || at == Some(want) {
        return (bs, be);
    }
    text.match_indices(want)
        .map(|(b, _)| b)
        .min_by_key(|b| b.abs_diff(bs))
        .map_or((bs, be), |b| (b, b + want.len()))
}

fn rt_suite(path: &Path, name: &str, ordinal: bool) -> Result<SuiteResult> {
    let cases = peers::load_recognizers(path)?;
    let mut r = SuiteResult::new(format!("recognizers-text/{name}"));
    for c in cases {
        let text = c.input.as_str();
        let mut ms: Vec<NumberMatch> = find_numbers(text, &khabar_text::tokenize::tokenize(text))
            .into_iter()
            .filter(|m| (m.kind == NumberKind::Ordinal) == ordinal)
            .collect();
        // Relative ordinals (الأخير = end+0) are expected only in the extended-types
        // model; in the suppressed one they are still not numeric ordinals.
        let extended = ordinal && !name.contains("Suppress");
        let relatives: Vec<(khabar_text::Span, &str)> = if ordinal {
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
        let relatives = if extended { relatives } else { Vec::new() };
        let mut rel_used = vec![false; relatives.len()];
        let mut used = vec![false; ms.len()];
        let mut ok = true;
        for e in &c.results {
            let (bs, be) = located(text, e.byte_range(text), &e.text);
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
        r.record(ok, || {
            format!(
                "{text:?} want [{}]: got {}",
                c.expected_summary(),
                show(&ms, text)
            )
        });
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cmd::eval::report::{assert_floors, report, test_root};

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
        ("recognizers-text/NumberModel.json", 0.88),
        ("recognizers-text/OrdinalModel.json", 0.94),
        (
            "recognizers-text/OrdinalModelSuppressExtendedTypes.json",
            1.0,
        ),
    ];

    #[test]
    fn peer_number_suites_meet_their_floors() {
        let Some(root) = test_root("peer number suites", &[]) else {
            return;
        };
        let results = run_suites(&root).unwrap_or_default();
        report(&results, false);
        assert_floors(&results, FLOORS);
    }
}
