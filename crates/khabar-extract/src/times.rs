//! Time expressions (TIMEX3). (Contract; body to be written.)
use crate::{Doc, Time};

pub fn extract(doc: &Doc<'_>) -> Vec<Time> {
    let _ = doc;
    Vec::new()
}
