//! # khabar-text — the Arabic text layer
//!
//! Every stage works on the untouched original text and reports **byte spans**
//! into it (`start..end`, end-exclusive). Conversion to Unicode code point
//! offsets for JSON output is done once, at the edge, with [`offsets::CharIndex`].
//!
//! Stages, each usable on its own and composable:
//!
//! * [`normalize`] — `search` and `display` profiles with an offset map back to the source.
//! * [`tokenize`] — words, numbers, punctuation, URLs, hashtags… with spans.
//! * [`segment`] — clitic segmentation (ATB/UD convention).
//! * [`sentences`] — sentence splitting that keeps quotations whole.
//! * [`stem`] — light stemmer and stopwords for search.
//! * [`lexicon`] — word frequencies learned from news text, the data behind segmentation and stemming.
//! * [`numbers`] — reading numbers written in digits, words, or both.
//!
//! This crate does no I/O; lexicons it needs are compiled in with `include_str!`.

pub mod lexicon;
pub mod normalize;
pub mod numbers;
pub mod offsets;
pub mod segment;
pub mod sentences;
pub mod stem;
pub mod tokenize;

/// A byte span into the original text, end-exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The text this span covers in `text` (empty if out of range).
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}
