//! Tokenizer with byte spans. (Contract owned by the text-core work; body to be written.)
use crate::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Arabic-script word (may carry clitics).
    Arabic,
    /// Latin-script (or other alphabetic) word.
    Latin,
    /// A number in any digit script, with separators (1,700 · ١٬٧٠٠ · 2.5 · 22/04/2016 · 10:30).
    Number,
    /// A proclitic split off a glued number (the و of و5).
    Clitic,
    /// % or ٪
    Percent,
    Punct,
    Url,
    Email,
    Hashtag,
    Mention,
    Emoji,
    Symbol,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

/// Tokenize `text`; spans are byte offsets into `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let _ = text;
    Vec::new()
}
