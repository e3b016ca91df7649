//! Lucene's ArabicNormalizationFilter test pairs (Apache-2.0, see tests/data/README.md)
//! must all pass with the `search` profile.
use khabar_text::normalize::{fold, normalize, Profile};

const PAIRS: &str = include_str!("data/lucene-normalization.tsv");

#[test]
fn all_lucene_normalization_pairs_pass() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in PAIRS.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(input), Some(expected)) = (cols.next(), cols.next()) else {
            panic!("malformed line in lucene-normalization.tsv: {line:?}");
        };
        checked += 1;
        let got = normalize(input, Profile::Search).text;
        if got != expected || fold(input) != expected {
            failures.push(format!("{input} -> {got} (expected {expected})"));
        }
    }
    assert_eq!(checked, 14, "expected the 14 Lucene pairs");
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
    println!("lucene normalization: {checked}/{checked} pairs pass");
}
