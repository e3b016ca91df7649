//! Reading numbers written in digits, words, or both. (Contract; body to be written.)
use crate::tokenize::Token;
use crate::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    Cardinal,
    Ordinal,
    Fraction,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NumberMatch {
    /// Byte span in the original text.
    pub span: Span,
    /// The value; `None` when the number is unrepresentable (absurdly large) — span kept.
    pub value: Option<f64>,
    pub kind: NumberKind,
}

/// Find every number in `text` (tokens from [`crate::tokenize::tokenize`]).
pub fn find_numbers(text: &str, tokens: &[Token]) -> Vec<NumberMatch> {
    let _ = (text, tokens);
    Vec::new()
}
