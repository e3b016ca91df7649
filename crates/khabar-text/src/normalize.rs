//! Normalization with an offset map. (Contract; body to be written.)
use crate::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Profile {
    /// Fold letter variants, strip diacritics/tatweel, fold digits and presentation forms.
    #[default]
    Search,
    /// Only invisible / presentation-form / digit repairs; letters and diacritics kept.
    Display,
}

/// Normalized text plus, for every byte of `text`, the byte span in the source it came from.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub text: String,
    /// Per output char (in order): the source span it came from.
    pub map: Vec<Span>,
}

pub fn normalize(text: &str, profile: Profile) -> Normalized {
    let _ = profile;
    Normalized { text: text.to_string(), map: Vec::new() }
}
