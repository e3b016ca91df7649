//! Light stemming and stopwords for search. (Contract; body to be written.)

/// Light stem of one word as written in the source (normalizes internally with the search profile).
pub fn stem(word: &str) -> String {
    word.to_string()
}

/// Whether a search-normalized word is an Arabic news stopword.
pub fn is_stopword(norm: &str) -> bool {
    let _ = norm;
    false
}
