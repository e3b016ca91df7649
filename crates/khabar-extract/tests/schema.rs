//! `khabar analyze` output validates against `schema/analysis.schema.json`.
//!
//! The full `jsonschema` crate pulls ~75 crates (regex engines, big-number and URL
//! stacks) into a 2-core build, so this test carries a small validator for the subset
//! of JSON Schema 2020-12 the schema uses (type, enum, minimum, properties, required,
//! additionalProperties, items, anyOf, local `$ref`), rejecting any other keyword so
//! the schema cannot silently grow beyond what is checked. The validator is tested too.
use khabar_extract::{analyze, Date, Input};
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../../../schema/analysis.schema.json");
const SEED: &str = include_str!("../../../data/examples/sana-london-2015.txt");

/// Keywords that only annotate.
const ANNOTATIONS: &[&str] = &["$schema", "$id", "title", "description", "$defs"];

fn type_ok(t: &str, v: &Value) -> Result<bool, String> {
    Ok(match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        "number" => v.is_number(),
        "integer" => {
            v.as_i64().is_some()
                || v.as_u64().is_some()
                || v.as_f64().is_some_and(|f| f.fract() == 0.0)
        }
        other => return Err(format!("unsupported type {other}")),
    })
}

fn resolve<'a>(root: &'a Value, r: &str) -> Result<&'a Value, String> {
    let path = r
        .strip_prefix('#')
        .ok_or_else(|| format!("only local $ref supported: {r}"))?;
    root.pointer(path)
        .ok_or_else(|| format!("dangling $ref {r}"))
}

/// Validates `v` against `schema`; errors name the JSON path.
fn validate(root: &Value, schema: &Value, v: &Value, path: &str, errors: &mut Vec<String>) {
    let Some(obj) = schema.as_object() else {
        if schema.as_bool() == Some(false) {
            errors.push(format!("{path}: not allowed"));
        }
        return;
    };
    for (k, s) in obj {
        match k.as_str() {
            k if ANNOTATIONS.contains(&k) => {}
            "$ref" => match s
                .as_str()
                .ok_or("bad $ref".to_string())
                .and_then(|r| resolve(root, r))
            {
                Ok(target) => validate(root, target, v, path, errors),
                Err(e) => errors.push(format!("{path}: {e}")),
            },
            "type" => {
                let types: Vec<&str> = match s {
                    Value::String(t) => vec![t.as_str()],
                    Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                    _ => {
                        errors.push(format!("{path}: bad type keyword"));
                        continue;
                    }
                };
                let mut any = false;
                for t in &types {
                    match type_ok(t, v) {
                        Ok(true) => any = true,
                        Ok(false) => {}
                        Err(e) => errors.push(format!("{path}: {e}")),
                    }
                }
                if !any {
                    errors.push(format!("{path}: expected {types:?}, got {v}"));
                }
            }
            "enum" => {
                if !s.as_array().is_some_and(|a| a.contains(v)) {
                    errors.push(format!("{path}: {v} not in {s}"));
                }
            }
            "minimum" => {
                if let (Some(min), Some(x)) = (s.as_f64(), v.as_f64()) {
                    if x < min {
                        errors.push(format!("{path}: {x} < {min}"));
                    }
                }
            }
            "required" => {
                if let (Some(req), Some(o)) = (s.as_array(), v.as_object()) {
                    for r in req.iter().filter_map(Value::as_str) {
                        if !o.contains_key(r) {
                            errors.push(format!("{path}: missing required {r}"));
                        }
                    }
                }
            }
            "properties" => {
                if let (Some(props), Some(o)) = (s.as_object(), v.as_object()) {
                    for (name, sub) in props {
                        if let Some(x) = o.get(name) {
                            validate(root, sub, x, &format!("{path}.{name}"), errors);
                        }
                    }
                }
            }
            "additionalProperties" => {
                if let Some(o) = v.as_object() {
                    let known = obj.get("properties").and_then(Value::as_object);
                    for (name, x) in o {
                        if !known.is_some_and(|p| p.contains_key(name)) {
                            validate(root, s, x, &format!("{path}.{name}"), errors);
                        }
                    }
                }
            }
            "items" => {
                if let Some(a) = v.as_array() {
                    for (i, x) in a.iter().enumerate() {
                        validate(root, s, x, &format!("{path}[{i}]"), errors);
                    }
                }
            }
            "anyOf" => {
                let ok = s.as_array().is_some_and(|alts| {
                    alts.iter().any(|alt| {
                        let mut e = Vec::new();
                        validate(root, alt, v, path, &mut e);
                        e.is_empty()
                    })
                });
                if !ok {
                    errors.push(format!("{path}: matches no anyOf alternative: {v}"));
                }
            }
            other => errors.push(format!("{path}: unsupported schema keyword {other}")),
        }
    }
}

fn schema() -> Value {
    serde_json::from_str(SCHEMA)
        .unwrap_or_else(|e| panic!("schema/analysis.schema.json is not JSON: {e}"))
}

fn errors_of(v: &Value) -> Vec<String> {
    let root = schema();
    let mut errors = Vec::new();
    validate(&root, &root, v, "$", &mut errors);
    errors
}

fn assert_valid(input: &Input<'_>) -> Value {
    let analysis = analyze(input);
    let v = serde_json::to_value(&analysis).unwrap_or_else(|e| panic!("serialize: {e}"));
    let errors = errors_of(&v);
    assert!(errors.is_empty(), "schema errors: {errors:#?}\n{v:#}");
    // Offsets are in range (code points of text, or of the byline for "in": "byline").
    let len = input.text.chars().count();
    let check = |s: &Value, limit: usize| {
        let (a, b) = (
            s["start"].as_u64().unwrap_or(0) as usize,
            s["end"].as_u64().unwrap_or(0) as usize,
        );
        assert!(a <= b && b <= limit, "bad span {s} (limit {limit})");
    };
    for key in ["sentences", "entities", "quantities", "times"] {
        for s in v[key].as_array().into_iter().flatten() {
            check(s, len);
        }
    }
    for a in v["attributions"].as_array().into_iter().flatten() {
        for part in ["source", "cue", "content"] {
            check(&a[part], len);
        }
    }
    if let Some(d) = v["dateline"].as_object() {
        let limit = if d.get("in").is_some() {
            input.byline.map_or(0, |b| b.chars().count())
        } else {
            len
        };
        check(&v["dateline"], limit);
    }
    v
}

#[test]
fn schema_declares_the_2020_12_draft() {
    assert_eq!(
        schema()["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
}

#[test]
fn seed_example_output_validates() {
    let input = Input {
        id: Some("sana-london-2015"),
        text: SEED,
        byline: None,
        reference_date: Some(Date {
            year: 2015,
            month: 11,
            day: 20,
        }),
    };
    let v = assert_valid(&input);
    assert!(v["dateline"].is_object());
    assert!(!v["attributions"].as_array().is_some_and(Vec::is_empty));
}

#[test]
fn synthetic_documents_validate() {
    let docs: &[(&str, Option<&str>)] = &[
        ("", None),
        (
            "No Arabic text at all, just English. \"Quoted\" and: colon.",
            None,
        ),
        ("قال الوزير “إننا مستعدون. وأضاف أن «الوضع صعب", None),
        (
            "أعلنت الشرطة أن 3 أشخاص قتلوا أمس، بحسب وكالة رويترز.",
            Some("موسكو - د ب أ"),
        ),
        ("قال الرئيس إن الوضع جيد.", Some("القاهرة - أحمد الريدي")),
        (
            "تراجعت أسعار النفط 2% يوم الاثنين.",
            Some("أبوظبي - سكاي نيوز عربية"),
        ),
        (
            "دبي، الإمارات العربية المتحدة (CNN)— قال مسؤول رفض الكشف عن اسمه إن المحادثات فشلت.",
            None,
        ),
        (
            "\u{200f}\n\n«««»»» ::: ، ، .",
            Some("30174026-20d9-40a2-9e04-5b63346a78a6"),
        ),
    ];
    for (text, byline) in docs {
        let input = Input {
            id: None,
            text,
            byline: *byline,
            reference_date: Some(Date {
                year: 2018,
                month: 5,
                day: 1,
            }),
        };
        let v = assert_valid(&input);
        if let Some(b) = byline {
            if b.contains(" - ") && !text.contains("(CNN)") {
                assert_eq!(v["dateline"]["in"], "byline", "{b}");
            }
        }
    }
}

#[test]
fn validator_rejects_bad_documents() {
    let good = json!({
        "id": null, "text": "x", "dateline": null, "sentences": [{"start": 0, "end": 1}],
        "entities": [], "quantities": [], "times": [], "attributions": []
    });
    assert!(errors_of(&good).is_empty(), "{:?}", errors_of(&good));
    let mut missing = good.clone();
    missing.as_object_mut().map(|o| o.remove("times"));
    assert!(errors_of(&missing)
        .iter()
        .any(|e| e.contains("missing required times")));
    let mut extra = good.clone();
    extra["surprise"] = json!(1);
    assert!(errors_of(&extra).iter().any(|e| e.contains("$.surprise")));
    let mut neg = good.clone();
    neg["sentences"][0]["start"] = json!(-1);
    assert!(!errors_of(&neg).is_empty());
    let mut label = good.clone();
    label["entities"] = json!([{"start": 0, "end": 1, "text": "x", "label": "PERSON", "canonical": null, "id": null}]);
    assert!(errors_of(&label).iter().any(|e| e.contains("not in")));
    let mut dl = good.clone();
    dl["dateline"] = json!({"start": 0, "end": 1, "text": "x", "place": 3, "agency": null, "agency_canonical": null, "reporter": null});
    assert!(errors_of(&dl).iter().any(|e| e.contains("anyOf")));
    let mut att = good;
    att["attributions"] = json!([{"source": {"start": 0, "end": 1, "text": "x", "anonymous": "no", "refers_to": null},
        "cue": {"start": 0, "end": 1, "text": "x"}, "content": {"start": 0, "end": 1, "text": "x"},
        "direct": false, "kind": "rumour"}]);
    let errs = errors_of(&att);
    assert!(errs.iter().any(|e| e.contains("anonymous")), "{errs:?}");
    assert!(errs.iter().any(|e| e.contains("rumour")), "{errs:?}");
}

#[test]
fn validator_rejects_unknown_keywords() {
    let root = json!({"type": "string", "pattern": "^a"});
    let mut errors = Vec::new();
    validate(&root, &root, &json!("a"), "$", &mut errors);
    assert!(errors
        .iter()
        .any(|e| e.contains("unsupported schema keyword pattern")));
}

#[test]
fn time_mod_validates() {
    let input = Input {
        id: None,
        text: "استمرت الحرب لأكثر من 4 سنوات، وعاد المهجرون في نهاية العام الماضي.",
        byline: None,
        reference_date: Some(Date {
            year: 2018,
            month: 1,
            day: 10,
        }),
    };
    let v = assert_valid(&input);
    let mods: Vec<&str> = v["times"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["mod"].as_str())
        .collect();
    assert_eq!(mods, ["MORE_THAN", "END"], "{v:#}");
    let mut bad = v;
    bad["times"][0]["mod"] = json!("ABOUT");
    assert!(errors_of(&bad).iter().any(|e| e.contains("not in")));
}
