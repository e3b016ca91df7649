//! Datelines. (Contract; body to be written.)
use crate::{Dateline, Doc};

pub fn find(doc: &Doc<'_>) -> Option<Dateline> {
    let _ = doc;
    None
}
