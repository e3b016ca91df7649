//! `khabar tokens`: tokens, sentences, normalized forms, stems and clitic
//! segments as one JSON object per document:
//!
//! `{"id":…,"sentences":[{"start":…,"end":…,"tokens":[{"start":…,"end":…,"text":…,"norm":…,"stem":…,"segments":[…]}]}]}`
//!
//! Offsets are Unicode code point offsets into the original text, end-exclusive.
use std::io::{BufWriter, Write};

use anyhow::{Context, Result};
use khabar_text::tokenize::{tokenize, TokenKind};
use serde::Serialize;

use super::input::{process_ordered, Document, Documents, InputArgs};

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Serialize)]
struct TokenOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    norm: String,
    stem: String,
    segments: Vec<String>,
}

/// Code point offsets for byte offsets queried in non-decreasing order, in
/// O(n) over the whole walk and without a per-char table.
struct CpCounter<'a> {
    text: &'a str,
    byte: usize,
    cp: usize,
}

impl<'a> CpCounter<'a> {
    fn new(text: &'a str) -> Self {
        CpCounter {
            text,
            byte: 0,
            cp: 0,
        }
    }

    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            // Not expected (queries are monotone); recount from the start.
            self.byte = 0;
            self.cp = 0;
        }
        let gap = self
            .text
            .as_bytes()
            .get(self.byte..byte)
            .unwrap_or_default();
        self.cp += gap.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        self.byte = byte;
        self.cp
    }
}

/// Segments of a proclitic token glued to a number (ATB convention: لل → ل + ال):
/// وبـ → و + ب, والـ → و + ال, لل → ل + ال.
fn clitic_segments(word: &str) -> Vec<String> {
    let folded: String = khabar_text::normalize::fold(word);
    let mut rest = folded.as_str();
    let mut out = Vec::new();
    while let Some(c) = rest.chars().next() {
        if rest == "ال" {
            out.push(rest.to_string());
            break;
        }
        if rest == "لل" {
            out.push("ل".to_string());
            out.push("ال".to_string());
            break;
        }
        out.push(c.to_string());
        rest = rest.get(c.len_utf8()..).unwrap_or_default();
    }
    if out.is_empty() {
        out.push(word.to_string());
    }
    out
}

/// Write the `tokens` JSON line of one document (without the newline),
/// sentence by sentence, so memory stays bounded by the document's tokens.
pub fn write_document(doc: &Document, w: &mut impl Write) -> Result<()> {
    let text = doc.text.as_str();
    let tokens = tokenize(text);
    let spans = khabar_text::sentences::split_sentences(text, &tokens);
    let mut sentence_cp = CpCounter::new(text);
    let mut token_cp = CpCounter::new(text);
    w.write_all(b"{\"id\":")?;
    serde_json::to_writer(&mut *w, &doc.id)?;
    w.write_all(b",\"sentences\":[")?;
    let mut next = 0usize;
    for (si, s) in spans.iter().enumerate() {
        if si > 0 {
            w.write_all(b",")?;
        }
        let start = sentence_cp.at(s.start);
        let end = sentence_cp.at(s.end);
        write!(w, "{{\"start\":{start},\"end\":{end},\"tokens\":[")?;
        let mut first = true;
        while let Some(t) = tokens.get(next) {
            if t.span.start >= s.end {
                break;
            }
            next += 1;
            let word = t.text(text);
            let norm = khabar_text::normalize::fold(word);
            let stem = if t.kind.is_word() {
                khabar_text::stem::stem(word)
            } else {
                norm.clone()
            };
            let segments = match t.kind {
                TokenKind::Arabic => khabar_text::segment::segment(word)
                    .into_iter()
                    .map(|g| g.text)
                    .collect(),
                TokenKind::Clitic => clitic_segments(word),
                _ => vec![word.to_string()],
            };
            if !first {
                w.write_all(b",")?;
            }
            first = false;
            let out = TokenOut {
                start: token_cp.at(t.span.start),
                end: token_cp.at(t.span.end),
                text: word,
                norm,
                stem,
                segments,
            };
            serde_json::to_writer(&mut *w, &out)?;
        }
        w.write_all(b"]}")?;
    }
    w.write_all(b"]}")?;
    Ok(())
}

/// The `tokens` JSON line of one document (without the newline).
pub fn document_json(doc: &Document) -> Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(doc.text.len() * 8);
    write_document(doc, &mut buf)
        .with_context(|| format!("cannot write the tokens of {}", doc.id))?;
    Ok(buf)
}

/// Documents larger than this are written straight to the output instead of
/// being buffered for the parallel batch.
const STREAM_DOC_BYTES: usize = 4 << 20;

pub fn run(args: Args) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    process_ordered(
        Documents::new(&args.input),
        |doc| (doc.text.len() <= STREAM_DOC_BYTES).then(|| document_json(doc)),
        |doc, line| {
            match line {
                Some(line) => out.write_all(&line?)?,
                None => write_document(doc, &mut out)?,
            }
            out.write_all(b"\n").context("cannot write to stdout")
        },
    )?;
    out.flush().context("cannot write to stdout")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clitic_token_segments() {
        assert_eq!(clitic_segments("و"), vec!["و"]);
        assert_eq!(clitic_segments("وبـ"), vec!["و", "ب"]);
        assert_eq!(clitic_segments("والـ"), vec!["و", "ال"]);
        assert_eq!(clitic_segments("بالـ"), vec!["ب", "ال"]);
        assert_eq!(clitic_segments("لل"), vec!["ل", "ال"]);
    }

    #[test]
    fn code_points_counted_forward() {
        let t = "لندن-سانا x";
        let mut c = CpCounter::new(t);
        assert_eq!(c.at(0), 0);
        assert_eq!(c.at(8), 4);
        assert_eq!(c.at(t.len()), 11);
        assert_eq!(c.at(8), 4); // a backwards query recounts
    }
}
