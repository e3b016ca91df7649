//! Reading documents from files, stdin and JSON Lines, with precise errors.
//!
//! * A plain file (or `-` for stdin) is one document whose id is the path.
//! * With `--jsonl`, every non-empty line is one JSON object with `id` and
//!   `text`, and optionally `published`, `title`, `byline`, `source`, `url`,
//!   `category`, `abstract` (the schema of the ANT corpus). Lines are streamed,
//!   so memory is bounded by the longest line.
//! * Gzip input (a `.gz` file, or any input starting with the gzip magic bytes)
//!   is decompressed on the fly.
//! * Invalid UTF-8 is an error naming the file (and line) and the byte offset,
//!   unless `--lossy` asks to replace it with U+FFFD.
use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use rayon::prelude::*;
use serde::Deserialize;

// Input options shared by the document-reading commands.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct InputArgs {
    /// Read JSON Lines: each line is a document object with "id" and "text"
    /// (optional: published, title, byline, source, url, category, abstract).
    #[arg(long)]
    pub jsonl: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of stopping with an error.
    #[arg(long)]
    pub lossy: bool,
    /// Input files; `-` or nothing reads stdin. `.gz` input is decompressed.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

/// One input document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub published: Option<String>,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub category: Option<String>,
    pub abstract_text: Option<String>,
}

/// The JSON Lines record as written (unknown fields are ignored).
#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    published: Option<String>,
    title: Option<String>,
    byline: Option<String>,
    source: Option<String>,
    url: Option<String>,
    category: Option<String>,
    #[serde(rename = "abstract")]
    abstract_text: Option<String>,
}

/// The display name of an input path (`-` is stdin).
pub fn display_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// Open `path` (`-` = stdin) for buffered reading, decompressing gzip input.
pub fn open(path: &Path) -> Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = if path.as_os_str() == "-" {
        Box::new(io::stdin())
    } else {
        let f = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
        if f.metadata().is_ok_and(|m| m.is_dir()) {
            bail!("{} is a directory, not a file", path.display());
        }
        Box::new(f)
    };
    let mut reader = BufReader::with_capacity(1 << 16, raw);
    let is_gzip = reader
        .fill_buf()
        .with_context(|| format!("cannot read {}", display_name(path)))?
        .starts_with(&[0x1f, 0x8b]);
    if is_gzip {
        let gz = flate2::bufread::MultiGzDecoder::new(reader);
        Ok(Box::new(BufReader::with_capacity(1 << 16, gz)))
    } else {
        Ok(Box::new(reader))
    }
}

fn utf8_error(name: &str, line: Option<usize>, byte: u64) -> anyhow::Error {
    let place = match line {
        Some(l) => format!("{name}:{l}"),
        None => name.to_string(),
    };
    anyhow::anyhow!(
        "{place}: invalid UTF-8 at byte offset {byte}; re-run with --lossy to replace invalid bytes with U+FFFD"
    )
}

/// Decode `bytes` (which start at byte `base` of input `name`) as UTF-8.
pub fn decode(
    bytes: Vec<u8>,
    name: &str,
    line: Option<usize>,
    base: u64,
    lossy: bool,
) -> Result<String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(utf8_error(
            name,
            line,
            base + e.utf8_error().valid_up_to() as u64,
        )),
    }
}

/// Stream `reader` as UTF-8 text in chunks, calling `f` on each piece.
/// Chunks never split a character; memory is bounded by the chunk size.
pub fn for_each_text_chunk(
    mut reader: impl Read,
    name: &str,
    lossy: bool,
    mut f: impl FnMut(&str) -> Result<()>,
) -> Result<()> {
    const CHUNK: usize = 1 << 16;
    let mut buf = vec![0u8; CHUNK + 4];
    let mut carry = 0usize; // bytes of an incomplete char kept at the front of `buf`
    let mut consumed: u64 = 0; // input bytes before `buf[0]`
    loop {
        let n = match reader.read(buf.get_mut(carry..CHUNK + carry).unwrap_or_default()) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e).with_context(|| format!("cannot read {name}")),
        };
        let len = carry + n;
        let eof = n == 0;
        let mut pos = 0usize;
        carry = 0;
        while pos < len {
            let slice = buf.get(pos..len).unwrap_or_default();
            match std::str::from_utf8(slice) {
                Ok(s) => {
                    f(s)?;
                    pos = len;
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    if valid > 0 {
                        f(std::str::from_utf8(slice.get(..valid).unwrap_or_default())
                            .unwrap_or_default())?;
                    }
                    match e.error_len() {
                        Some(bad) => {
                            if !lossy {
                                return Err(utf8_error(
                                    name,
                                    None,
                                    consumed + (pos + valid) as u64,
                                ));
                            }
                            f("\u{FFFD}")?;
                            pos += valid + bad;
                        }
                        None if eof => {
                            // Truncated character at the end of the input.
                            if !lossy {
                                return Err(utf8_error(
                                    name,
                                    None,
                                    consumed + (pos + valid) as u64,
                                ));
                            }
                            f("\u{FFFD}")?;
                            pos = len;
                        }
                        None => {
                            carry = len - (pos + valid);
                            buf.copy_within(pos + valid..len, 0);
                            consumed += (pos + valid) as u64;
                            pos = len;
                        }
                    }
                }
            }
        }
        if eof {
            return Ok(());
        }
        if carry == 0 {
            consumed += len as u64;
        }
    }
}

/// An iterator over the documents of a list of inputs.
pub struct Documents {
    pending: VecDeque<PathBuf>,
    jsonl: bool,
    lossy: bool,
    current: Option<JsonlReader>,
}

struct JsonlReader {
    reader: Box<dyn BufRead + Send>,
    name: String,
    line: usize,
    offset: u64,
    buf: Vec<u8>,
}

impl Documents {
    pub fn new(args: &InputArgs) -> Documents {
        let mut pending: VecDeque<PathBuf> = args.files.iter().cloned().collect();
        if pending.is_empty() {
            pending.push_back(PathBuf::from("-"));
        }
        Documents {
            pending,
            jsonl: args.jsonl,
            lossy: args.lossy,
            current: None,
        }
    }

    fn read_whole(&self, path: &Path) -> Result<Document> {
        let name = display_name(path);
        let mut bytes = Vec::new();
        open(path)?
            .read_to_end(&mut bytes)
            .with_context(|| format!("cannot read {name}"))?;
        let text = decode(bytes, &name, None, 0, self.lossy)?;
        let id = if path.as_os_str() == "-" {
            "-".to_string()
        } else {
            path.display().to_string()
        };
        Ok(Document {
            id,
            text,
            ..Document::default()
        })
    }

    fn next_jsonl(&mut self) -> Option<Result<Document>> {
        loop {
            let cur = match self.current.as_mut() {
                Some(c) => c,
                None => {
                    let path = self.pending.pop_front()?;
                    match open(&path) {
                        Ok(reader) => {
                            self.current = Some(JsonlReader {
                                reader,
                                name: display_name(&path),
                                line: 0,
                                offset: 0,
                                buf: Vec::new(),
                            });
                            continue;
                        }
                        Err(e) => return Some(Err(e)),
                    }
                }
            };
            cur.buf.clear();
            let n = match cur.reader.read_until(b'\n', &mut cur.buf) {
                Ok(n) => n,
                Err(e) => {
                    let err = anyhow::Error::new(e).context(format!(
                        "cannot read {}:{}",
                        cur.name,
                        cur.line + 1
                    ));
                    self.current = None;
                    return Some(Err(err));
                }
            };
            if n == 0 {
                self.current = None;
                continue;
            }
            cur.line += 1;
            let base = cur.offset;
            cur.offset += n as u64;
            let bytes = std::mem::take(&mut cur.buf);
            let line = match decode(bytes, &cur.name, Some(cur.line), base, self.lossy) {
                Ok(l) => l,
                Err(e) => return Some(Err(e)),
            };
            let trimmed = line.trim_start_matches('\u{FEFF}').trim();
            if trimmed.is_empty() {
                continue;
            }
            return Some(parse_record(trimmed, &cur.name, cur.line));
        }
    }
}

fn parse_record(line: &str, name: &str, line_no: usize) -> Result<Document> {
    let rec: Record = serde_json::from_str(line).map_err(|e| {
        anyhow::anyhow!(
            "{name}:{line_no}: invalid JSON document ({e}); with --jsonl every line must be one JSON object with \"id\" and \"text\""
        )
    })?;
    let Some(text) = rec.text else {
        bail!("{name}:{line_no}: the JSON object has no \"text\" string");
    };
    let id = match rec.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Null) | None => format!("{name}:{line_no}"),
        Some(other) => other.to_string(),
    };
    Ok(Document {
        id,
        text,
        published: rec.published,
        title: rec.title,
        byline: rec.byline,
        source: rec.source,
        url: rec.url,
        category: rec.category,
        abstract_text: rec.abstract_text,
    })
}

impl Iterator for Documents {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Result<Document>> {
        if self.jsonl {
            self.next_jsonl()
        } else {
            let path = self.pending.pop_front()?;
            Some(self.read_whole(&path))
        }
    }
}

/// Process documents in parallel batches (rayon) and emit each document with its
/// result, in input order. Stops at the first read error, after emitting every
/// document before it.
pub fn process_ordered<T: Send>(
    docs: impl Iterator<Item = Result<Document>>,
    work: impl Fn(&Document) -> T + Sync,
    mut emit: impl FnMut(&Document, T) -> Result<()>,
) -> Result<()> {
    const BATCH_DOCS: usize = 256;
    const BATCH_BYTES: usize = 32 << 20;
    let mut batch: Vec<Document> = Vec::with_capacity(BATCH_DOCS);
    let mut bytes = 0usize;
    let mut flush = |batch: &mut Vec<Document>| -> Result<()> {
        let results: Vec<T> = if batch.len() > 1 {
            batch.par_iter().map(&work).collect()
        } else {
            batch.iter().map(&work).collect()
        };
        let r = batch
            .iter()
            .zip(results)
            .try_for_each(|(doc, res)| emit(doc, res));
        batch.clear();
        r
    };
    for doc in docs {
        match doc {
            Ok(d) => {
                bytes += d.text.len();
                batch.push(d);
                if batch.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
                    flush(&mut batch)?;
                    bytes = 0;
                }
            }
            Err(e) => {
                flush(&mut batch)?;
                return Err(e);
            }
        }
    }
    flush(&mut batch)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(bytes: &[u8], lossy: bool) -> Result<String> {
        let mut out = String::new();
        for_each_text_chunk(bytes, "t", lossy, |s| {
            out.push_str(s);
            Ok(())
        })?;
        Ok(out)
    }

    #[test]
    fn chunked_decoding_never_splits_chars() {
        // A long Arabic text crosses many chunk boundaries at odd offsets.
        let text = format!("x{}", "سانا ١٢ 👍🏽 ".repeat(20_000));
        assert_eq!(chunks(text.as_bytes(), false).ok(), Some(text));
    }

    #[test]
    fn invalid_utf8_names_byte_offset() {
        let mut bytes = "ab".repeat(70_000).into_bytes();
        bytes.push(0xff);
        bytes.extend_from_slice("cd".as_bytes());
        let err = chunks(&bytes, false)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("t: invalid UTF-8 at byte offset 140000"),
            "{err}"
        );
        assert!(err.contains("--lossy"));
        let lossy = chunks(&bytes, true).unwrap_or_default();
        assert!(lossy.ends_with("ab\u{FFFD}cd"));
        // A truncated char at the very end.
        let err = chunks(&[b'a', 0xd8], false)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(err.contains("byte offset 1"), "{err}");
        assert_eq!(
            chunks(&[b'a', 0xd8], true).ok().as_deref(),
            Some("a\u{FFFD}")
        );
    }

    #[test]
    fn records_parse_with_metadata_and_errors_name_the_line() {
        let d = parse_record(
            r#"{"id":"AL-1","text":"نص","byline":"القاهرة - أحمد","published":"2018-02-18T21:35:43+04:00","abstract":"ملخص","extra":1}"#,
            "f.jsonl",
            3,
        );
        let d = d.ok().unwrap_or_default();
        assert_eq!(d.id, "AL-1");
        assert_eq!(d.byline.as_deref(), Some("القاهرة - أحمد"));
        assert_eq!(d.abstract_text.as_deref(), Some("ملخص"));
        assert_eq!(
            parse_record(r#"{"id":7,"text":""}"#, "f", 1)
                .map(|d| d.id)
                .ok()
                .as_deref(),
            Some("7")
        );
        assert_eq!(
            parse_record(r#"{"text":"x"}"#, "f", 9)
                .map(|d| d.id)
                .ok()
                .as_deref(),
            Some("f:9")
        );
        let e = parse_record(r#"{"id":"x","text":"#, "f.jsonl", 4)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.starts_with("f.jsonl:4: invalid JSON document"), "{e}");
        let e = parse_record(r#"{"id":"x"}"#, "f.jsonl", 5)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(e.starts_with("f.jsonl:5:") && e.contains("\"text\""), "{e}");
    }

    #[test]
    fn ordered_processing_keeps_input_order() {
        let docs = (0..1000).map(|i| {
            Ok(Document {
                id: i.to_string(),
                ..Document::default()
            })
        });
        let mut seen = Vec::new();
        let r = process_ordered(
            docs,
            |d| d.id.clone(),
            |d, id| {
                assert_eq!(d.id, id);
                seen.push(id);
                Ok(())
            },
        );
        assert!(r.is_ok());
        let expected: Vec<String> = (0..1000).map(|i| i.to_string()).collect();
        assert_eq!(seen, expected);
    }
}
