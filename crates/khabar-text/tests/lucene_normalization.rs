//! Lucene's ArabicNormalizationFilter test pairs (Apache-2.0, see tests/data/README.md)
//! must all pass with the `search` profile.
use khabar_text::normalize::{fold, normalize, Profile};

mod common;

const PAIRS: &str = include_str!("data/lucene-normalization.tsv");

#[test]
fn all_lucene_normalization_pairs_pass() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for (input, expected) in common::tsv_pairs(PAIRS, "lucene-normalization.tsv") {
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
