//! WARC / WARC.gz files: every `response` record with an HTML payload becomes
//! an article (readability main text); other records are not articles and are
//! passed over (requests, metadata, images…), counted in the skip report only
//! when they are responses that cannot be used.
use std::path::Path;

use warc::{RecordType, WarcHeader, WarcReader};

use super::html::extract_html;
use super::{open_maybe_gz, skipped, Item, Record};

pub(super) fn read(path: &Path) -> Box<dyn Iterator<Item = Item>> {
    let origin = path.display().to_string();
    let reader = match open_maybe_gz(path) {
        Ok(r) => r,
        Err(e) => {
            return Box::new(std::iter::once(Err(skipped(
                origin,
                format!("cannot read file: {e}"),
            ))))
        }
    };
    let mut failed = false;
    Box::new(
        WarcReader::new(reader)
            .iter_records()
            .enumerate()
            .filter_map(move |(i, rec)| {
                if failed {
                    return None;
                }
                let at = format!("{origin}#{}", i + 1);
                let rec = match rec {
                    Ok(r) => r,
                    Err(e) => {
                        // The reader cannot resynchronise after a malformed record.
                        failed = true;
                        return Some(Err(skipped(
                            at,
                            format!("malformed WARC record, rest of file not read: {e}"),
                        )));
                    }
                };
                if *rec.warc_type() != RecordType::Response {
                    return None;
                }
                let url = rec
                    .header(WarcHeader::TargetURI)
                    .map(|u| u.trim().to_string());
                let date = rec.date().to_rfc3339();
                let body = rec.body();
                let bytes = body.len() as u64;
                let (headers, payload) = split_http(body);
                if !headers.is_empty()
                    && !headers.to_ascii_lowercase().contains("text/html")
                    && !headers.to_ascii_lowercase().contains("xhtml")
                {
                    return None;
                }
                let status_ok = headers
                    .split_whitespace()
                    .nth(1)
                    .is_none_or(|s| s.starts_with('2'));
                if !status_ok {
                    return None;
                }
                let html = match std::str::from_utf8(payload) {
                    Ok(h) => h,
                    Err(_) => {
                        return Some(Err(skipped(
                            at,
                            "HTML response is not UTF-8 (only UTF-8 pages are supported)",
                        )))
                    }
                };
                Some(match extract_html(html, url.as_deref()) {
                    Ok(a) => Ok(Record {
                        id: None,
                        source: a.site_name.or_else(|| url.as_deref().and_then(host)),
                        category: None,
                        url,
                        title: a.title,
                        published: a.published.or(Some(date)),
                        byline: a.byline,
                        text: a.text,
                        origin: at,
                        bytes,
                    }),
                    Err(reason) => Err(skipped(at, reason)),
                })
            }),
    )
}

/// Splits an HTTP response into its header block (as text) and its body.
fn split_http(body: &[u8]) -> (String, &[u8]) {
    if !body.starts_with(b"HTTP/") {
        return (String::new(), body);
    }
    let end = body
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| (p, p + 4));
    let end = end.or_else(|| {
        body.windows(2)
            .position(|w| w == b"\n\n")
            .map(|p| (p, p + 2))
    });
    match end {
        Some((h, b)) => (
            String::from_utf8_lossy(body.get(..h).unwrap_or_default()).into_owned(),
            body.get(b..).unwrap_or_default(),
        ),
        None => (String::from_utf8_lossy(body).into_owned(), &[]),
    }
}

fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_split_and_host() {
        let (h, b) = split_http(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>");
        assert!(h.contains("text/html"));
        assert_eq!(b, b"<html>");
        assert_eq!(host("https://www.bbc.com/arabic/x"), Some("bbc.com".into()));
    }
}
