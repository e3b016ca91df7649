//! Input adapters: JSON Lines (ANT schema, plain or gzip), directories of
//! `.txt` / `.html` files, RSS/Atom feeds and WARC(.gz) files with HTML
//! responses. Every adapter yields [`Item`]s: a [`Record`] to ingest, or a
//! [`Skipped`] entry saying which record (file:line) was bad and why — nothing
//! is dropped silently.
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::Skipped;

mod feed;
mod html;
mod jsonl;
mod warc;

pub use html::{extract_html, HtmlArticle};

/// One input article before analysis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    /// Stable id from the input; when `None` the content hash of the text is used.
    pub id: Option<String>,
    pub source: Option<String>,
    pub category: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// ISO 8601 / RFC 3339.
    pub published: Option<String>,
    pub byline: Option<String>,
    pub text: String,
    /// Where the record came from (`file:line`, `file`, `file#n`).
    pub origin: String,
    /// Input bytes this record accounts for (for MB/s).
    pub bytes: u64,
}

impl Record {
    /// The id under which the record is stored: its own id, else `h` + a
    /// 128-bit hash of its whitespace-normalized text.
    pub fn stable_id(&self) -> String {
        match self.id.as_deref().map(str::trim) {
            Some(id) if !id.is_empty() => id.to_string(),
            _ => content_id(&self.text),
        }
    }
}

/// What an adapter yields.
pub type Item = Result<Record, Skipped>;

/// Content-hash id of a text (whitespace runs collapsed first, so re-wrapped
/// copies of a file get the same id).
pub fn content_id(text: &str) -> String {
    // Two independent FNV-1a 64 streams (different offset bases) = 128 bits.
    let mut a: u64 = 0xcbf2_9ce4_8422_2325;
    let mut b: u64 = 0x6c62_272e_07bb_0142;
    let mut space = false;
    for w in text.split_whitespace() {
        if space {
            a = (a ^ 0x20).wrapping_mul(0x0100_0000_01b3);
            b = (b ^ 0x20).wrapping_mul(0x0000_0100_0000_01b3 ^ 0x1000);
        }
        for &byte in w.as_bytes() {
            a = (a ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
            b = (b ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3 ^ 0x1000);
        }
        space = true;
    }
    format!("h{a:016x}{b:016x}")
}

/// Kind of input, from the file name (and, failing that, its first bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    JsonLines,
    Text,
    Html,
    Feed,
    Warc,
}

/// Reads the first bytes of a file (decompressed when gzip).
fn sniff(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut r = open_maybe_gz(path)?;
    let mut buf = vec![0u8; 512];
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    buf.truncate(n);
    Ok(buf)
}

/// Decides the format of a file.
pub fn detect(path: &Path) -> std::io::Result<Format> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    Ok(match ext {
        "jsonl" | "ndjson" | "json" => Format::JsonLines,
        "txt" | "text" => Format::Text,
        "html" | "htm" | "xhtml" => Format::Html,
        "rss" | "atom" | "xml" => Format::Feed,
        "warc" | "arc" => Format::Warc,
        _ => {
            let head = sniff(path)?;
            let s = String::from_utf8_lossy(&head);
            let t = s.trim_start_matches('\u{feff}').trim_start();
            if t.starts_with("WARC/") {
                Format::Warc
            } else if t.starts_with('{') {
                Format::JsonLines
            } else if t.starts_with("<?xml")
                || t.starts_with("<rss")
                || t.starts_with("<feed")
                || t.starts_with("<rdf")
            {
                Format::Feed
            } else if t.starts_with('<') {
                Format::Html
            } else {
                Format::Text
            }
        }
    })
}

/// Opens a file, transparently decompressing gzip (by magic bytes).
pub fn open_maybe_gz(path: &Path) -> std::io::Result<Box<dyn BufRead>> {
    let mut f = BufReader::with_capacity(1 << 16, File::open(path)?);
    let gz = f.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if gz {
        Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::bufread::MultiGzDecoder::new(f),
        ))
    } else {
        Box::new(f)
    })
}

fn skipped(origin: impl Into<String>, reason: impl Into<String>) -> Skipped {
    Skipped {
        origin: origin.into(),
        reason: reason.into(),
    }
}

/// All items of one input path (file or directory). Directories are walked
/// recursively in name order; `.txt`, `.html`/`.htm`, JSON Lines, feeds and
/// WARC files inside are read, other files are reported as skipped.
pub fn read_path(path: &Path) -> Box<dyn Iterator<Item = Item>> {
    if path.is_dir() {
        let mut files = Vec::new();
        let mut errors = Vec::new();
        walk(path, &mut files, &mut errors);
        files.sort();
        let items = files.into_iter().flat_map(|f| read_file(&f, true));
        return Box::new(errors.into_iter().map(Err).chain(items));
    }
    read_file(path, false)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<Skipped>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(skipped(
                dir.display().to_string(),
                format!("cannot read directory: {e}"),
            ));
            return;
        }
    };
    for entry in entries {
        match entry {
            Ok(entry) => {
                let p = entry.path();
                if p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                {
                    continue;
                }
                if p.is_dir() {
                    walk(&p, files, errors);
                } else {
                    files.push(p);
                }
            }
            Err(e) => errors.push(skipped(
                dir.display().to_string(),
                format!("cannot read directory entry: {e}"),
            )),
        }
    }
}

fn read_file(path: &Path, in_dir: bool) -> Box<dyn Iterator<Item = Item>> {
    let origin = path.display().to_string();
    let format = match detect(path) {
        Ok(f) => f,
        Err(e) => {
            return Box::new(std::iter::once(Err(skipped(
                origin,
                format!("cannot read file: {e}"),
            ))))
        }
    };
    if in_dir {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let known = [
            ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".json", ".rss",
            ".atom", ".xml", ".warc",
        ]
        .iter()
        .any(|e| name.ends_with(e) || name.ends_with(&format!("{e}.gz")));
        if !known {
            return Box::new(std::iter::once(Err(skipped(
                origin,
                "unsupported file type in directory (expected .txt, .html, .jsonl, .rss/.atom/.xml or .warc[.gz])",
            ))));
        }
    }
    match format {
        Format::JsonLines => jsonl::read(path),
        Format::Warc => warc::read(path),
        Format::Feed => Box::new(
            std::iter::once_with({
                let path = path.to_path_buf();
                move || feed::read(&path)
            })
            .flatten(),
        ),
        Format::Text | Format::Html => Box::new(std::iter::once_with({
            let path = path.to_path_buf();
            move || read_single(&path, format)
        })),
    }
}

/// Reads a whole (possibly gzipped) file as UTF-8.
fn read_utf8(path: &Path) -> Result<(String, u64), String> {
    let mut r = open_maybe_gz(path).map_err(|e| format!("cannot read file: {e}"))?;
    let mut bytes = Vec::new();
    r.read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read file: {e}"))?;
    let n = bytes.len() as u64;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "not valid UTF-8 (invalid byte at offset {}); convert the file to UTF-8",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok((text, n))
}

fn read_single(path: &Path, format: Format) -> Item {
    let origin = path.display().to_string();
    let (content, bytes) = read_utf8(path).map_err(|r| skipped(origin.clone(), r))?;
    let content = content.trim_start_matches('\u{feff}');
    let mut rec = Record {
        origin: origin.clone(),
        bytes,
        ..Record::default()
    };
    if format == Format::Html {
        let a = extract_html(content, None).map_err(|r| skipped(origin.clone(), r))?;
        rec.title = a.title;
        rec.byline = a.byline;
        rec.published = a.published;
        rec.source = a.site_name;
        rec.text = a.text;
    } else {
        rec.text = content.to_string();
        rec.title = text_title(&rec.text);
    }
    if rec.text.trim().is_empty() {
        return Err(skipped(origin, "empty text"));
    }
    Ok(rec)
}

/// The first line of a plain-text article when it looks like a headline
/// (short, followed by more text).
fn text_title(text: &str) -> Option<String> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next()?;
    let has_more = lines.next().is_some();
    (has_more && first.chars().count() <= 150 && !first.ends_with(['.', '،', ':']))
        .then(|| first.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_id_ignores_whitespace_layout() {
        assert_eq!(
            content_id("قال  الرئيس\nاليوم"),
            content_id("قال الرئيس اليوم")
        );
        assert_ne!(content_id("قال الرئيس"), content_id("قال الوزير"));
        assert_eq!(content_id("x").len(), 33);
    }

    #[test]
    fn headline_from_first_line() {
        assert_eq!(
            text_title("عنوان الخبر\n\nنص الخبر."),
            Some("عنوان الخبر".into())
        );
        assert_eq!(text_title("سطر واحد فقط"), None);
    }
}
