//! JSON Lines (plain or gzip): one article object a line, the ANT schema
//! (`id, source, category, url, title, published, byline, abstract, text`).
//! `body` or `content` are accepted for `text`; unknown fields are ignored.
use std::io::BufRead;
use std::path::Path;

use serde::Deserialize;

use super::{open_maybe_gz, skipped, Item, Record};

#[derive(Deserialize)]
#[serde(untagged)]
enum IdValue {
    Str(String),
    Int(i64),
    Uint(u64),
}

#[derive(Deserialize)]
struct JsonRecord {
    id: Option<IdValue>,
    source: Option<String>,
    category: Option<String>,
    url: Option<String>,
    title: Option<String>,
    published: Option<String>,
    byline: Option<String>,
    text: Option<String>,
    body: Option<String>,
    content: Option<String>,
}

struct Lines {
    reader: Box<dyn BufRead>,
    origin: String,
    line: u64,
    buf: Vec<u8>,
    done: bool,
}

/// Items of a JSON Lines file; a bad line is reported as `file:line` and the rest is read.
pub(super) fn read(path: &Path) -> Box<dyn Iterator<Item = Item>> {
    let origin = path.display().to_string();
    match open_maybe_gz(path) {
        Ok(reader) => Box::new(Lines {
            reader,
            origin,
            line: 0,
            buf: Vec::new(),
            done: false,
        }),
        Err(e) => Box::new(std::iter::once(Err(skipped(
            origin,
            format!("cannot read file: {e}"),
        )))),
    }
}

impl Iterator for Lines {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            self.line += 1;
            let at = format!("{}:{}", self.origin, self.line);
            let n = match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(n) => n as u64,
                Err(e) => {
                    // A corrupt gzip stream cannot be resynchronised: report and stop this file.
                    self.done = true;
                    return Some(Err(skipped(
                        at,
                        format!("read error, rest of file not read: {e}"),
                    )));
                }
            };
            let Ok(line) = std::str::from_utf8(&self.buf) else {
                return Some(Err(skipped(at, "line is not valid UTF-8")));
            };
            let line = line.trim_start_matches('\u{feff}').trim();
            if line.is_empty() {
                continue;
            }
            return Some(parse_line(line, at, n));
        }
    }
}

fn parse_line(line: &str, origin: String, bytes: u64) -> Item {
    let rec: JsonRecord = match serde_json::from_str(line) {
        Ok(r) => r,
        Err(e) => return Err(skipped(origin, format!("invalid JSON: {e}"))),
    };
    let text = rec.text.or(rec.body).or(rec.content).unwrap_or_default();
    if text.trim().is_empty() {
        return Err(skipped(origin, "empty text (no non-blank `text` field)"));
    }
    let id = rec.id.map(|v| match v {
        IdValue::Str(s) => s,
        IdValue::Int(i) => i.to_string(),
        IdValue::Uint(u) => u.to_string(),
    });
    let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(Record {
        id: clean(id),
        source: clean(rec.source),
        category: clean(rec.category),
        url: clean(rec.url),
        title: clean(rec.title),
        published: clean(rec.published),
        byline: clean(rec.byline),
        text,
        origin,
        bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ant_line_and_errors() {
        let ok = parse_line(
            r#"{"id":"A-1","source":"BBC","title":" ع ","text":"نص","abstract":"x"}"#,
            "f:1".into(),
            10,
        );
        let ok = ok.ok();
        assert_eq!(ok.as_ref().and_then(|r| r.id.as_deref()), Some("A-1"));
        assert_eq!(ok.as_ref().and_then(|r| r.title.as_deref()), Some("ع"));
        let bad = parse_line("{not json", "f:2".into(), 9);
        assert!(
            matches!(bad, Err(ref s) if s.origin == "f:2" && s.reason.starts_with("invalid JSON"))
        );
        let empty = parse_line(r#"{"id":"A-2","text":"  "}"#, "f:3".into(), 9);
        assert!(matches!(empty, Err(ref s) if s.reason.starts_with("empty text")));
        let num = parse_line(r#"{"id":7,"text":"t"}"#, "f:4".into(), 9);
        assert_eq!(num.ok().and_then(|r| r.id), Some("7".into()));
    }
}
