//! The seed article's ten entities (data/examples/sana-london-2015.expected.json)
//! must be found with the right label and canonical name.
use khabar_extract::{entities, Doc, Input};

const TEXT: &str = include_str!("../../../data/examples/sana-london-2015.txt");
const EXPECTED: &str = include_str!("../../../data/examples/sana-london-2015.expected.json");

#[test]
fn seed_article_entities() {
    let expected: serde_json::Value = serde_json::from_str(EXPECTED).unwrap_or_default();
    let gold = expected
        .get("entities")
        .and_then(|e| e.as_array())
        .cloned()
        .unwrap_or_default();
    assert_eq!(gold.len(), 10, "expected file lists ten entities");
    let input = Input {
        text: TEXT,
        ..Input::default()
    };
    let doc = Doc::new(&input);
    let found = entities::extract(&doc);
    let chars: Vec<char> = TEXT.chars().collect();
    for e in &found {
        let text: String = chars
            .get(e.start..e.end)
            .map(|c| c.iter().collect())
            .unwrap_or_default();
        assert_eq!(text, e.text, "offsets are code points into the text");
    }
    let mut missing = Vec::new();
    for g in &gold {
        let (Some(start), Some(end), Some(label), Some(canonical)) = (
            g.get("start").and_then(|v| v.as_u64()),
            g.get("end").and_then(|v| v.as_u64()),
            g.get("label").and_then(|v| v.as_str()),
            g.get("canonical").and_then(|v| v.as_str()),
        ) else {
            panic!("malformed expected entity {g}");
        };
        // Spans may differ slightly (the issue allows it); they must overlap.
        let hit = found.iter().any(|e| {
            (e.start as u64) < end
                && start < e.end as u64
                && e.label == label
                && e.canonical.as_deref() == Some(canonical)
        });
        if !hit {
            missing.push(format!("{label} {canonical} @{start}..{end}"));
        }
    }
    assert!(missing.is_empty(), "missing {missing:?}\nfound {found:#?}");
}

#[test]
fn seed_article_details() {
    let input = Input {
        text: TEXT,
        ..Input::default()
    };
    let found = entities::extract(&Doc::new(&input));
    // وسورية: the conjunction is not part of the entity.
    let sy = found
        .iter()
        .find(|e| e.canonical.as_deref() == Some("Syria"));
    assert_eq!(sy.map(|e| e.text.as_str()), Some("سورية"));
    assert_eq!(sy.and_then(|e| e.id.as_deref()), Some("SY"));
    let tel = found
        .iter()
        .find(|e| e.canonical.as_deref() == Some("The Daily Telegraph"));
    assert_eq!(
        tel.and_then(|e| e.nationality.as_deref()),
        Some("United Kingdom")
    );
    let congress = found
        .iter()
        .find(|e| e.canonical.as_deref() == Some("United States Congress"));
    assert_eq!(congress.map(|e| e.text.as_str()), Some("الكونغرس الأمريكي"));
    assert_eq!(
        congress.and_then(|e| e.nationality.as_deref()),
        Some("United States")
    );
    let raqqa = found
        .iter()
        .find(|e| e.canonical.as_deref() == Some("Raqqa"));
    assert!(raqqa
        .and_then(|e| e.id.as_deref())
        .is_some_and(|id| id.starts_with("geonames:")));
}
