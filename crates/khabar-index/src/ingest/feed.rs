//! RSS / Atom / JSON Feed files (feed-rs): one record per entry, text from the
//! entry's content (else its summary), HTML stripped.
use std::path::Path;

use super::html::fragment_text;
use super::{open_maybe_gz, skipped, Item, Record};

pub(super) fn read(path: &Path) -> Vec<Item> {
    let origin = path.display().to_string();
    let reader = match open_maybe_gz(path) {
        Ok(r) => r,
        Err(e) => return vec![Err(skipped(origin, format!("cannot read file: {e}")))],
    };
    let bytes = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let feed = match feed_rs::parser::parse(reader) {
        Ok(f) => f,
        Err(e) => {
            return vec![Err(skipped(
                origin,
                format!("not a readable RSS/Atom feed: {e}"),
            ))]
        }
    };
    let source = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|s| !s.is_empty());
    let n = feed.entries.len().max(1) as u64;
    feed.entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let at = format!("{origin}#{}", i + 1);
            let html = e
                .content
                .as_ref()
                .and_then(|c| c.body.clone())
                .filter(|b| !b.trim().is_empty())
                .or_else(|| e.summary.as_ref().map(|s| s.content.clone()))
                .unwrap_or_default();
            let text = fragment_text(&html);
            if text.trim().is_empty() {
                return Err(skipped(at, "feed entry has no content or summary text"));
            }
            let id = Some(e.id.trim().to_string()).filter(|s| !s.is_empty());
            Ok(Record {
                id,
                source: source.clone(),
                category: e.categories.first().map(|c| c.term.clone()),
                url: e.links.first().map(|l| l.href.clone()),
                title: e
                    .title
                    .map(|t| fragment_text(&t.content))
                    .filter(|t| !t.is_empty()),
                published: e.published.or(e.updated).map(|d| d.to_rfc3339()),
                byline: e
                    .authors
                    .first()
                    .and_then(|p| p.name.clone())
                    .filter(|n| !n.trim().is_empty()),
                text,
                origin: at,
                bytes: bytes / n,
            })
        })
        .collect()
}
