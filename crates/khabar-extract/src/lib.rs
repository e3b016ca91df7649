//! # khabar-extract — document analysis
//!
//! One call, [`analyze`], turns a document into an [`Analysis`]: standoff
//! annotations (dateline, sentences, entities, quantities, times, attributions)
//! whose `start`/`end` are **Unicode code point offsets into the untouched
//! original text, end-exclusive**.
//!
//! The pipeline tokenizes once ([`Doc::new`]) and every extractor reads the
//! same [`Doc`].

pub mod attributions;
pub mod dateline;
pub mod entities;
pub mod ner;
pub mod quantities;
pub mod times;
pub mod types;

pub use types::*;

use khabar_text::offsets::CharIndex;
use khabar_text::tokenize::{tokenize, Token};
use khabar_text::Span;

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD` (a longer ISO 8601 timestamp is accepted; its date part is used).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let d = s.get(0..10)?;
        let mut it = d.split('-');
        let year: i32 = it.next()?.parse().ok()?;
        let month: u32 = it.next()?.parse().ok()?;
        let day: u32 = it.next()?.parse().ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }
}

/// Days in `month` of `year` (Gregorian).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Input document: the text plus optional metadata.
#[derive(Debug, Clone, Default)]
pub struct Input<'a> {
    pub id: Option<&'a str>,
    pub text: &'a str,
    pub byline: Option<&'a str>,
    /// Reference date for resolving relative times (`--reference-date`, else `published`).
    pub reference_date: Option<Date>,
}

/// The shared, tokenized view of one document that all extractors read.
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// Sentence byte spans.
    pub sentences: Vec<Span>,
    pub chars: CharIndex,
    pub byline: Option<&'a str>,
    pub reference_date: Option<Date>,
}

impl<'a> Doc<'a> {
    pub fn new(input: &Input<'a>) -> Doc<'a> {
        let tokens = tokenize(input.text);
        let sentences = khabar_text::sentences::split_sentences(input.text, &tokens);
        Doc {
            text: input.text,
            chars: CharIndex::new(input.text),
            tokens,
            sentences,
            byline: input.byline,
            reference_date: input.reference_date,
        }
    }

    /// Code point offsets of a byte span.
    pub fn cp(&self, span: Span) -> (usize, usize) {
        (
            self.chars.char_offset(span.start),
            self.chars.char_offset(span.end),
        )
    }

    /// The original text of a byte span.
    pub fn slice(&self, span: Span) -> &'a str {
        span.slice(self.text)
    }
}

/// Analyze one document.
pub fn analyze(input: &Input<'_>) -> Analysis {
    let doc = Doc::new(input);
    let dateline = dateline::find(&doc);
    let entities = entities::extract(&doc);
    let quantities = quantities::extract(&doc);
    let times = times::extract(&doc);
    let attributions = attributions::extract(&doc, &entities);
    Analysis {
        id: input.id.map(str::to_string),
        text: input.text.to_string(),
        dateline,
        sentences: doc
            .sentences
            .iter()
            .map(|s| {
                let (start, end) = doc.cp(*s);
                SentenceSpan { start, end }
            })
            .collect(),
        entities,
        quantities,
        times,
        attributions,
    }
}
