//! Quantities. (Contract; body to be written.)
use crate::{Doc, Quantity};

pub fn extract(doc: &Doc<'_>) -> Vec<Quantity> {
    let _ = doc;
    Vec::new()
}
