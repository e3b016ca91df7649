//! End-to-end acceptance test: `khabar_extract::analyze` on the bundled SANA article
//! finds every fact of `data/examples/sana-london-2015.expected.json` — the dateline,
//! the six attributions (source, cue, direct flag, where the content starts, "الصحيفة"
//! resolved to The Daily Telegraph), the ten canonical entities, the quantities and
//! the time expressions. Spans are matched by overlap, values exactly (as the expected
//! file's note says).
use khabar_extract::{analyze, Analysis, Date, Input};
use serde_json::Value;

const TEXT: &str = include_str!("../../../data/examples/sana-london-2015.txt");
const EXPECTED: &str = include_str!("../../../data/examples/sana-london-2015.expected.json");

fn expected() -> Value {
    serde_json::from_str(EXPECTED).unwrap_or_else(|e| panic!("expected file is not JSON: {e}"))
}

fn analysis() -> Analysis {
    let exp = expected();
    let reference_date = exp["reference_date"].as_str().and_then(Date::parse_iso);
    assert_eq!(
        reference_date,
        Some(Date {
            year: 2015,
            month: 11,
            day: 20
        })
    );
    analyze(&Input {
        id: Some("sana-london-2015"),
        text: TEXT,
        byline: None,
        reference_date,
    })
}

fn span(v: &Value) -> (usize, usize) {
    let get = |k: &str| v[k].as_u64().unwrap_or_else(|| panic!("no {k} in {v}")) as usize;
    (get("start"), get("end"))
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The text of code point span `s` in the seed text.
fn cp_slice(s: (usize, usize)) -> String {
    TEXT.chars()
        .skip(s.0)
        .take(s.1.saturating_sub(s.0))
        .collect()
}

const QUOTES: &[char] = &['“', '”', '«', '»', '"'];

#[test]
fn dateline() {
    let a = analysis();
    let exp = &expected()["dateline"];
    let d = a.dateline.as_ref().unwrap_or_else(|| panic!("no dateline"));
    assert!(overlaps((d.start, d.end), span(exp)), "{d:?}");
    assert_eq!(d.text, exp["text"].as_str().unwrap_or_default());
    assert_eq!(d.place.as_deref(), exp["place"].as_str());
    assert_eq!(d.agency.as_deref(), exp["agency"].as_str());
    assert_eq!(
        d.agency_canonical.as_deref(),
        exp["agency_canonical"].as_str()
    );
    assert_eq!(d.in_field, None);
}

#[test]
fn all_six_attributions() {
    let a = analysis();
    let exp = expected();
    let list = exp["attributions"]
        .as_array()
        .unwrap_or_else(|| panic!("no attributions"));
    assert_eq!(list.len(), 6);
    let mut missing = Vec::new();
    for e in list {
        let cue = span(&e["cue"]);
        let src = span(&e["source"]);
        let Some(found) = a
            .attributions
            .iter()
            .find(|x| overlaps((x.cue.start, x.cue.end), cue))
        else {
            missing.push(format!("no attribution with cue {}", e["cue"]["text"]));
            continue;
        };
        let ctx = format!("cue {} → {found:#?}", e["cue"]["text"]);
        assert_eq!(
            found.cue.text,
            e["cue"]["text"].as_str().unwrap_or_default(),
            "{ctx}"
        );
        assert!(
            overlaps((found.source.start, found.source.end), src),
            "source: {ctx}"
        );
        assert_eq!(
            found.source.text,
            cp_slice((found.source.start, found.source.end)),
            "{ctx}"
        );
        assert_eq!(Some(found.direct), e["direct"].as_bool(), "direct: {ctx}");
        let want = e["content_start"].as_str().unwrap_or_default();
        let got = found.content.text.trim_start_matches(QUOTES);
        assert!(
            got.starts_with(want.trim_start_matches(QUOTES)),
            "content start {want:?}: {ctx}"
        );
        if let Some(r) = e["source"]["refers_to"].as_str() {
            assert_eq!(
                found.source.refers_to.as_deref(),
                Some(r),
                "refers_to: {ctx}"
            );
        }
    }
    assert!(
        missing.is_empty(),
        "{missing:?}\nfound: {:#?}",
        a.attributions
    );
}

#[test]
fn anonymous_and_belief_flags() {
    let a = analysis();
    let diplomats: Vec<_> = a
        .attributions
        .iter()
        .filter(|x| x.source.text == "دبلوماسيون غربيون")
        .collect();
    assert_eq!(diplomats.len(), 2, "{:#?}", a.attributions);
    assert!(diplomats.iter().all(|x| x.source.anonymous));
    let belief = a
        .attributions
        .iter()
        .find(|x| x.cue.text == "وتعتقد")
        .unwrap_or_else(|| panic!("no وتعتقد"));
    assert_eq!(belief.kind, "belief");
    assert!(a
        .attributions
        .iter()
        .filter(|x| x.cue.text != "وتعتقد")
        .all(|x| x.kind == "speech"));
}

#[test]
fn the_newspaper_is_the_daily_telegraph() {
    let a = analysis();
    let later = a
        .attributions
        .iter()
        .find(|x| x.source.text == "الصحيفة")
        .unwrap_or_else(|| panic!("no attribution to الصحيفة: {:#?}", a.attributions));
    assert_eq!(
        later.source.refers_to.as_deref(),
        Some("The Daily Telegraph")
    );
}

#[test]
fn ten_canonical_entities() {
    let a = analysis();
    let exp = expected();
    let mut missing = Vec::new();
    for e in exp["entities"].as_array().into_iter().flatten() {
        let s = span(e);
        let ok = a.entities.iter().any(|x| {
            overlaps((x.start, x.end), s)
                && Some(x.label.as_str()) == e["label"].as_str()
                && x.canonical.as_deref() == e["canonical"].as_str()
        });
        if !ok {
            missing.push(format!("{} {} {}", e["text"], e["label"], e["canonical"]));
        }
    }
    assert!(
        missing.is_empty(),
        "missing entities: {missing:#?}\nfound: {:#?}",
        a.entities
    );
}

#[test]
fn quantities() {
    let a = analysis();
    let exp = expected();
    let mut missing = Vec::new();
    for e in exp["quantities"].as_array().into_iter().flatten() {
        let s = span(e);
        let ok = a.quantities.iter().any(|q| {
            overlaps((q.start, q.end), s)
                && q.value == e["value"].as_f64()
                && e.get("low").is_none_or(|l| q.low == l.as_f64())
                && e.get("high").is_none_or(|h| q.high == h.as_f64())
                && Some(q.qualifier.as_str()) == e["qualifier"].as_str()
                && q.unit.as_deref() == e["unit"].as_str()
        });
        if !ok {
            missing.push(e.to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "missing quantities: {missing:#?}\nfound: {:#?}",
        a.quantities
    );
}

#[test]
fn times() {
    let a = analysis();
    let exp = expected();
    let mut missing = Vec::new();
    for e in exp["times"].as_array().into_iter().flatten() {
        let s = span(e);
        let ok = a.times.iter().any(|t| {
            overlaps((t.start, t.end), s)
                && Some(t.kind.as_str()) == e["type"].as_str()
                && t.value.as_deref() == e["value"].as_str()
        });
        if !ok {
            missing.push(e.to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "missing times: {missing:#?}\nfound: {:#?}",
        a.times
    );
}
