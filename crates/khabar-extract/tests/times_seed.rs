//! The seed article's time expressions (data/examples/sana-london-2015.*):
//! every expected time found with the exact type and value and an overlapping
//! span, and nothing else.
use khabar_extract::{times, Date, Doc, Input};
use serde_json::Value;

fn example(name: &str) -> String {
    let path = format!("{}/../../data/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

#[test]
fn seed_article_times() {
    let text = example("sana-london-2015.txt");
    let gold: Value = serde_json::from_str(&example("sana-london-2015.expected.json"))
        .expect("expected.json parses");
    let reference = gold["reference_date"].as_str().and_then(Date::parse_iso);
    assert_eq!(reference, Date::parse_iso("2015-11-20"));
    let input = Input {
        text: &text,
        reference_date: reference,
        ..Default::default()
    };
    let doc = Doc::new(&input);
    let got = times::extract(&doc);
    let want = gold["times"].as_array().expect("times array");
    assert_eq!(want.len(), 5);
    for w in want {
        let (ws, we) = (
            w["start"].as_u64().unwrap_or(0) as usize,
            w["end"].as_u64().unwrap_or(0) as usize,
        );
        let hit = got.iter().find(|g| g.start < we && ws < g.end);
        let Some(g) = hit else {
            panic!("missing {w}; got {got:#?}")
        };
        assert_eq!(g.kind, w["type"].as_str().unwrap_or(""), "type of {w}");
        assert_eq!(g.value.as_deref(), w["value"].as_str(), "value of {w}");
        // Offsets are code points into the original text.
        let cps: String = text.chars().skip(g.start).take(g.end - g.start).collect();
        assert_eq!(cps, g.text);
    }
    // No junk: every extracted time is one of the expected ones.
    for g in &got {
        let ok = want.iter().any(|w| {
            let (ws, we) = (
                w["start"].as_u64().unwrap_or(0) as usize,
                w["end"].as_u64().unwrap_or(0) as usize,
            );
            g.start < we && ws < g.end
        });
        assert!(ok, "unexpected time {g:?}");
    }
}

#[test]
fn seed_article_without_reference_stays_relative() {
    let text = example("sana-london-2015.txt");
    let input = Input {
        text: &text,
        ..Default::default()
    };
    let got = times::extract(&Doc::new(&input));
    let sept = got
        .iter()
        .find(|t| t.text.contains("أيلول"))
        .expect("أيلول الماضي found");
    assert_eq!(sept.value.as_deref(), Some("XXXX-09"));
    let y = got
        .iter()
        .find(|t| t.text.contains("2012"))
        .expect("عام 2012 found");
    assert_eq!(y.value.as_deref(), Some("2012"));
}
