//! Helpers shared by the integration tests (entities, quantities, times). Each test
//! binary compiles this module on its own; not all of them use every helper.
#![allow(dead_code)]
use khabar_extract::quantities::extract_spans;
use khabar_extract::times::{extract_text, Options};
use khabar_extract::{entities, Date, Doc, Entity, Input};

/// Entities as (text, label, canonical).
pub type Ents = Vec<(String, String, Option<String>)>;

/// The entities of `text` (a document with no metadata), in text order.
fn extract(text: &str) -> Vec<Entity> {
    let input = Input {
        text,
        ..Input::default()
    };
    entities::extract(&Doc::new(&input))
}

/// The entities of `text` as (text, label, canonical), in text order.
pub fn found(text: &str) -> Ents {
    extract(text)
        .into_iter()
        .map(|e| (e.text, e.label, e.canonical))
        .collect()
}

/// Whether `es` holds an entity with exactly this text and label.
pub fn has(es: &[(String, String, Option<String>)], text: &str, label: &str) -> bool {
    es.iter().any(|(t, l, _)| t == text && l == label)
}

/// The (label, canonical) of the entity with exactly this text.
pub fn entity(es: &Ents, text: &str) -> Option<(String, Option<String>)> {
    es.iter()
        .find(|(t, _, _)| t == text)
        .map(|(_, l, c)| (l.clone(), c.clone()))
}

/// No entity has this text.
pub fn none_with(es: &Ents, text: &str) -> bool {
    !es.iter().any(|(t, _, _)| t == text)
}

/// The entity with this text exists, and every one has this label and link.
pub fn only(es: &Ents, text: &str, label: &str, canonical: Option<&str>) -> bool {
    es.iter()
        .filter(|(t, _, _)| t == text)
        .all(|(_, l, c)| l == label && c.as_deref() == canonical)
        && es.iter().any(|(t, _, _)| t == text)
}

/// `Some((label, Some(canonical)))`, what [`entity`] returns for a linked entity.
pub fn some(label: &str, canonical: &str) -> Option<(String, Option<String>)> {
    Some((label.to_string(), Some(canonical.to_string())))
}

/// The entities of `text` as (text, label, id), in text order.
pub fn found_ids(text: &str) -> Ents {
    extract(text)
        .into_iter()
        .map(|e| (e.text, e.label, e.id))
        .collect()
}

/// A quantity as (text of the span, value, low, high, qualifier, unit).
pub type QRow = (
    String,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    String,
    Option<String>,
);

/// The quantities of one sentence (no entities), in text order.
pub fn quantities(s: &str) -> Vec<QRow> {
    extract_spans(s, &[])
        .into_iter()
        .map(|x| {
            (
                x.span.slice(s).to_string(),
                x.value,
                x.low,
                x.high,
                x.qualifier.to_string(),
                x.unit,
            )
        })
        .collect()
}

/// A time expression as (span, type, value, mod).
pub type TRow = (String, String, Option<String>, Option<String>);

/// The time expressions of `text` with reference date `r` (YYYY-MM-DD).
pub fn times(text: &str, r: &str) -> Vec<TRow> {
    extract_text(text, Date::parse_iso(r), &Options::default())
        .into_iter()
        .map(|t| (t.text, t.kind, t.value, t.modifier))
        .collect()
}

/// The (span, value) pairs of every time expression.
pub fn time_values(text: &str, r: &str) -> Vec<(String, Option<String>)> {
    times(text, r)
        .into_iter()
        .map(|(s, _, v, _)| (s, v))
        .collect()
}
