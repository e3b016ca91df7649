//! Clitic segmentation (ATB/UD convention). (Contract; body to be written.)
use crate::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    Proclitic,
    Base,
    Enclitic,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The segment's form (ta marbuta restored on the base: مدرسته → مدرسة + ه; لل → ل + ال).
    pub text: String,
    /// Byte span within the word that was segmented.
    pub span: Span,
    pub kind: SegmentKind,
}

/// Segment one word (as written in the source) into clitics and base.
pub fn segment(word: &str) -> Vec<Segment> {
    vec![Segment { text: word.to_string(), span: Span::new(0, word.len()), kind: SegmentKind::Base }]
}
