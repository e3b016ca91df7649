//! `khabar eval quantities`: the quantity extractor against the peer suites.
//!
//! * **Duckling** `AmountOfMoney-AR`, `Quantity-AR`, `Temperature-AR`,
//!   `Volume-AR`: each string alone; passes when one of our quantities has the
//!   expected value in the expected unit (converted: 0.5 kg = 500 g, 250 ml =
//!   0.25 l, 10 cents = 0.10 USD) and a compatible qualifier (`simple` → exact or
//!   approximately; `under` → less_than/at_most; `above` → more_than/at_least;
//!   `between` → range with the same ends). Duckling's `Pound` is any pound
//!   (EGP, GBP, SDG …) and `Degree` any degree (°, °C, °F).
//! * **Recognizers-Text** `PercentModel.json`: every expected percentage is
//!   overlapped by one of our "%" quantities with that value, and no other "%"
//!   quantity is reported. `NumberRangeModel.json`: every expected interval is
//!   overlapped by one of our quantities with the same ends and the same open
//!   sides (more_than/at_least = lower bound only, less_than/at_most = upper bound
//!   only, range = both, exact = both equal); inclusivity is not judged.
use std::path::Path;

use anyhow::Result;
use khabar_extract::quantities::{extract_spans, RawQuantity};
use serde_json::Value;

use super::numbers::same;
use super::peers;
use super::report::{run_and_report, suite_file, PeerArgs, SuiteResult};

/// `--peers` and `--verbose`.
pub type Args = PeerArgs;

pub fn run(a: Args) -> Result<()> {
    run_and_report(&a, run_suites)
}

/// Run every quantity suite under `root`; missing files are skipped with a message.
pub fn run_suites(root: &Path) -> Result<Vec<SuiteResult>> {
    let mut out = Vec::new();
    for file in [
        "AmountOfMoney-AR.Corpus.hs",
        "Quantity-AR.Corpus.hs",
        "Temperature-AR.Corpus.hs",
        "Volume-AR.Corpus.hs",
    ] {
        let Some(p) = suite_file(&root.join("duckling"), file) else {
            continue;
        };
        out.push(duckling_suite(&p, file)?);
    }
    for file in ["NumberRangeModel.json", "PercentModel.json"] {
        let Some(p) = suite_file(&root.join("recognizers-text/Number/Arabic"), file) else {
            continue;
        };
        out.push(rt_suite(&p, file)?);
    }
    Ok(out)
}

/// A Duckling expectation.
#[derive(Debug, Clone, PartialEq)]
struct Want {
    kind: String,
    unit: String,
    a: f64,
    b: Option<f64>,
}

/// Parse `simple Dollar 10`, `between Dollar (10, 20)`, `under EUR 7`,
/// `simple Gram 2 Nothing`, `simple Degree (-2)`.
fn parse_want(src: &str) -> Option<Want> {
    let cleaned: String = src
        .chars()
        .map(|c| if matches!(c, '(' | ')' | ',') { ' ' } else { c })
        .collect();
    let mut it = cleaned.split_whitespace();
    let kind = it.next()?.to_string();
    let unit = it.next()?.to_string();
    let a: f64 = it.next()?.parse().ok()?;
    let b: Option<f64> = it.next().and_then(|x| x.parse().ok());
    Some(Want { kind, unit, a, b })
}

/// Our (unit, value) in Duckling's unit, when convertible.
fn convert(unit: &str, want_unit: &str, v: f64) -> Option<f64> {
    let f = match (want_unit, unit) {
        ("Dollar", "USD") => 1.0,
        ("Cent", "USD") => 100.0,
        ("EUR", "EUR") | ("GBP", "GBP") | ("KWD", "KWD") | ("LBP", "LBP") | ("EGP", "EGP") => 1.0,
        ("QAR", "QAR") | ("SAR", "SAR") | ("JOD", "JOD") | ("ILS", "ILS") => 1.0,
        ("Pound", "EGP" | "GBP" | "SDG" | "SYP" | "LBP") => 1.0,
        ("Gram", "g") => 1.0,
        ("Gram", "kg") => 1000.0,
        ("Gram", "mg") => 0.001,
        ("Ounce", "oz") | ("Cup", "cup") => 1.0,
        ("Celsius", "°C") | ("Fahrenheit", "°F") => 1.0,
        ("Degree", "°" | "°C" | "°F") => 1.0,
        ("Millilitre", "ml") => 1.0,
        ("Millilitre", "l") => 1000.0,
        ("Litre", "l") => 1.0,
        ("Litre", "ml") => 0.001,
        ("Gallon", "gal") | ("Hectolitre", "hl") => 1.0,
        _ => return None,
    };
    Some(v * f)
}

fn matches_want(q: &RawQuantity, w: &Want) -> bool {
    let Some(unit) = q.unit.as_deref() else {
        return false;
    };
    let conv = |v: Option<f64>| v.and_then(|v| convert(unit, &w.unit, v));
    match w.kind.as_str() {
        "simple" => {
            matches!(q.qualifier, "exact" | "approximately")
                && conv(q.value).is_some_and(|v| same(v, w.a))
        }
        "under" => {
            matches!(q.qualifier, "less_than" | "at_most")
                && conv(q.value).is_some_and(|v| same(v, w.a))
        }
        "above" => {
            matches!(q.qualifier, "more_than" | "at_least")
                && conv(q.value).is_some_and(|v| same(v, w.a))
        }
        "between" => {
            q.qualifier == "range"
                && conv(q.low).is_some_and(|v| same(v, w.a))
                && w.b
                    .is_some_and(|b| conv(q.high).is_some_and(|v| same(v, b)))
        }
        _ => false,
    }
}

fn show(qs: &[RawQuantity], text: &str) -> String {
    let v: Vec<String> = qs
        .iter()
        .map(|q| {
            format!(
                "{:?} {} v={:?} [{:?},{:?}] {:?}",
                q.span.slice(text),
                q.qualifier,
                q.value,
                q.low,
                q.high,
                q.unit
            )
        })
        .collect();
    format!("[{}]", v.join("; "))
}

fn duckling_suite(path: &Path, name: &str) -> Result<SuiteResult> {
    let cases = peers::load_duckling(path)?;
    let mut r = SuiteResult::new(format!("duckling/{name}"));
    for c in cases {
        let Some(w) = parse_want(&c.value_src) else {
            continue;
        };
        for t in &c.texts {
            let qs = extract_spans(t, &khabar_text::tokenize::tokenize(t));
            let ok = qs.iter().any(|q| matches_want(q, &w));
            r.record(ok, || {
                format!("{t:?} want {}: got {}", c.value_src, show(&qs, t))
            });
        }
    }
    // The negative corpus (where there is one) must yield nothing.
    for t in peers::load_duckling_negative(path)? {
        let qs = extract_spans(&t, &khabar_text::tokenize::tokenize(&t));
        r.record(qs.is_empty(), || {
            format!("{t:?} (negative): got {}", show(&qs, &t))
        });
    }
    Ok(r)
}

/// An interval `(20,35]`, `[30,)`, `(,100]`: (low, high).
fn parse_interval(s: &str) -> Option<(Option<f64>, Option<f64>)> {
    let s = s.trim();
    let inner = s.get(1..s.len().checked_sub(1)?)?;
    let (a, b) = inner.split_once(',')?;
    let p = |x: &str| -> Option<Option<f64>> {
        let x = x.trim();
        if x.is_empty() {
            Some(None)
        } else {
            x.parse().ok().map(Some)
        }
    };
    Some((p(a)?, p(b)?))
}

/// Our quantity as an interval (low, high), without inclusivity.
fn as_interval(q: &RawQuantity) -> (Option<f64>, Option<f64>) {
    match q.qualifier {
        "more_than" | "at_least" => (q.value, None),
        "less_than" | "at_most" => (None, q.value),
        "range" | "vague" => (q.low, q.high),
        _ => (q.value, q.value),
    }
}

fn rt_suite(path: &Path, name: &str) -> Result<SuiteResult> {
    let percent = name.starts_with("Percent");
    let cases = peers::load_recognizers(path)?;
    let mut r = SuiteResult::new(format!("recognizers-text/{name}"));
    for c in cases {
        let text = c.input.as_str();
        let qs: Vec<RawQuantity> = extract_spans(text, &khabar_text::tokenize::tokenize(text))
            .into_iter()
            .filter(|q| !percent || q.unit.as_deref() == Some("%"))
            .collect();
        let mut used = vec![false; qs.len()];
        let mut ok = true;
        for e in &c.results {
            let (bs, be) = e.byte_range(text);
            let val = e
                .resolution
                .get("value")
                .and_then(Value::as_str)
                .unwrap_or("");
            let hit = qs.iter().enumerate().position(|(i, q)| {
                if used[i] || !(q.span.start < be && bs < q.span.end) {
                    return false;
                }
                if percent {
                    let w: Option<f64> = val.trim_end_matches('%').parse().ok();
                    w.is_some_and(|w| q.value.is_some_and(|v| same(v, w)))
                } else {
                    let Some((wl, wh)) = parse_interval(val) else {
                        return false;
                    };
                    let (l, h) = as_interval(q);
                    let eq = |a: Option<f64>, b: Option<f64>| match (a, b) {
                        (None, None) => true,
                        (Some(a), Some(b)) => same(a, b),
                        _ => false,
                    };
                    eq(l, wl) && eq(h, wh)
                }
            });
            match hit {
                Some(i) => used[i] = true,
                None => ok = false,
            }
        }
        if percent && used.iter().any(|u| !u) {
            ok = false;
        }
        if !percent && c.results.is_empty() && !qs.is_empty() {
            ok = false;
        }
        r.record(ok, || {
            format!(
                "{text:?} want [{}]: got {}",
                c.expected_summary(),
                show(&qs, text)
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
    fn parses_expectations_and_intervals() {
        let w = parse_want("between Dollar (10, 20)");
        assert_eq!(
            w,
            Some(Want {
                kind: "between".into(),
                unit: "Dollar".into(),
                a: 10.0,
                b: Some(20.0)
            })
        );
        assert_eq!(parse_want("simple Degree (-2)").map(|w| w.a), Some(-2.0));
        assert_eq!(
            parse_want("simple Ounce 3 (Just \"الذهب\")").map(|w| w.unit),
            Some("Ounce".to_string())
        );
        assert_eq!(parse_interval("(20,35]"), Some((Some(20.0), Some(35.0))));
        assert_eq!(parse_interval("[30,)"), Some((Some(30.0), None)));
        assert_eq!(convert("kg", "Gram", 0.5), Some(500.0));
    }

    /// Floors actually reached (so regressions fail); see docs/eval/numbers-quantities.md.
    const FLOORS: &[(&str, f64)] = &[
        ("duckling/AmountOfMoney-AR.Corpus.hs", 0.98),
        ("duckling/Quantity-AR.Corpus.hs", 0.98),
        ("duckling/Temperature-AR.Corpus.hs", 0.98),
        ("duckling/Volume-AR.Corpus.hs", 0.98),
        ("recognizers-text/NumberRangeModel.json", 0.90),
        ("recognizers-text/PercentModel.json", 0.96),
    ];

    #[test]
    fn peer_quantity_suites_meet_their_floors() {
        let Some(root) = test_root("peer quantity suites", &[]) else {
            return;
        };
        let results = run_suites(&root).unwrap_or_default();
        report(&results, false);
        assert_floors(&results, FLOORS);
    }
}
