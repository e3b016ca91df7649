//! The seed article: every expected quantity is found with its value, qualifier
//! and unit (spans may differ slightly), and nothing else is reported.
use khabar_extract::{quantities, Doc, Input};
use serde_json::Value;

const TEXT: &str = include_str!("../../../data/examples/sana-london-2015.txt");
const EXPECTED: &str = include_str!("../../../data/examples/sana-london-2015.expected.json");

fn num(v: &Value) -> Option<f64> {
    v.as_f64()
}

#[test]
fn seed_article_quantities() {
    let expected: Value = serde_json::from_str(EXPECTED).unwrap_or(Value::Null);
    let want = expected["quantities"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        !want.is_empty(),
        "expected quantities missing from the example"
    );
    let doc = Doc::new(&Input {
        text: TEXT,
        ..Default::default()
    });
    let got = quantities::extract(&doc);
    for w in &want {
        let (ws, we) = (
            w["start"].as_u64().unwrap_or(0) as usize,
            w["end"].as_u64().unwrap_or(0) as usize,
        );
        let hit = got.iter().find(|g| g.start < we && ws < g.end);
        let Some(g) = hit else {
            panic!("not found: {w}\n got: {got:#?}");
        };
        assert_eq!(g.value, num(&w["value"]), "value of {w}: {g:?}");
        assert_eq!(g.low, num(&w["low"]), "low of {w}: {g:?}");
        assert_eq!(g.high, num(&w["high"]), "high of {w}: {g:?}");
        assert_eq!(
            g.qualifier,
            w["qualifier"].as_str().unwrap_or(""),
            "{w}: {g:?}"
        );
        assert_eq!(g.unit.as_deref(), w["unit"].as_str(), "{w}: {g:?}");
    }
    for g in &got {
        let expected_here = want.iter().any(|w| {
            let (ws, we) = (
                w["start"].as_u64().unwrap_or(0) as usize,
                w["end"].as_u64().unwrap_or(0) as usize,
            );
            g.start < we && ws < g.end
        });
        assert!(expected_here, "junk quantity: {g:?}");
    }
}
