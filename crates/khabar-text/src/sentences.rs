//! Sentence splitting. (Contract; body to be written.)
use crate::tokenize::Token;
use crate::Span;

/// Split `text` (already tokenized into `tokens`) into sentence spans.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Span> {
    let _ = tokens;
    if text.is_empty() { Vec::new() } else { vec![Span::new(0, text.len())] }
}
