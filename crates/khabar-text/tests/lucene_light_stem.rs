//! Lucene's ArabicStemFilter test pairs (Apache-2.0, see tests/data/README.md)
//! must all pass with khabar's light stemmer.
use khabar_text::stem::stem;

mod common;

const PAIRS: &str = include_str!("data/lucene-light-stem.tsv");

#[test]
fn all_lucene_light_stem_pairs_pass() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for (input, expected) in common::tsv_pairs(PAIRS, "lucene-light-stem.tsv") {
        checked += 1;
        let got = stem(input);
        if got != expected {
            failures.push(format!("{input} -> {got} (expected {expected})"));
        }
    }
    assert_eq!(checked, 21, "expected the 21 Lucene pairs");
    assert!(failures.is_empty(), "failures:\n{}", failures.join("\n"));
    println!("lucene light stem: {checked}/{checked} pairs pass");
}
