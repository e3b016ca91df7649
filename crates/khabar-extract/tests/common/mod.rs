//! Helpers shared by the entity integration tests.
use khabar_extract::{entities, Doc, Input};

/// The entities of `text` as (text, label, canonical), in text order.
pub fn found(text: &str) -> Vec<(String, String, Option<String>)> {
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
