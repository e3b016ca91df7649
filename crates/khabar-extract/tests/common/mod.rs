//! Helpers shared by the entity integration tests.
use khabar_extract::{entities, Doc, Input};

/// Entities as (text, label, canonical).
pub type Ents = Vec<(String, String, Option<String>)>;

/// The entities of `text` as (text, label, canonical), in text order.
pub fn found(text: &str) -> Ents {
    let input = Input {
        text,
        ..Input::default()
    };
    let doc = Doc::new(&input);
    entities::extract(&doc)
        .into_iter()
        .map(|e| (e.text, e.label, e.canonical))
        .collect()
}

/// Whether `es` holds an entity with exactly this text and label. (Each test
/// binary compiles this module on its own; not all of them use every helper.)
#[allow(dead_code)]
pub fn has(es: &[(String, String, Option<String>)], text: &str, label: &str) -> bool {
    es.iter().any(|(t, l, _)| t == text && l == label)
}
