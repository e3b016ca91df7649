//! Attributions. (Contract; body to be written.)
use crate::{Attribution, Doc, Entity};

pub fn extract(doc: &Doc<'_>, entities: &[Entity]) -> Vec<Attribution> {
    let _ = (doc, entities);
    Vec::new()
}
