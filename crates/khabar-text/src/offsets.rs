//! Byte offset → Unicode code point offset conversion.
//!
//! Internally khabar works with byte offsets (cheap slicing); JSON output uses
//! code point offsets, end-exclusive, which is what Python and JavaScript index with.

/// Converts byte offsets of one text into code point offsets in O(log n) per lookup
/// after an O(n) build (only non-ASCII-heavy texts pay for the table).
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// `starts[i]` = byte offset of the i-th char; the text length is appended.
    starts: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        // Counting first (fast) saves the reallocations of growing the index.
        let mut starts: Vec<usize> = Vec::with_capacity(text.chars().count() + 1);
        starts.extend(text.char_indices().map(|(i, _)| i));
        starts.push(text.len());
        CharIndex { starts }
    }

    /// Code point offset of byte offset `byte`. A byte offset inside a
    /// multi-byte character maps to that character's index.
    pub fn char_offset(&self, byte: usize) -> usize {
        match self.starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Byte offset of code point offset `ch` (clamped to the text length).
    pub fn byte_offset(&self, ch: usize) -> usize {
        let last = self.starts.len() - 1;
        self.starts[ch.min(last)]
    }

    /// Number of code points in the text.
    pub fn len_chars(&self) -> usize {
        self.starts.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len_chars() == 0
    }
}

/// Byte → code point offsets without an index, for a text where only a few
/// offsets are converted, mostly in increasing order: each query counts the
/// characters from the previous one (from the start when it goes back). Gives
/// what [`CharIndex::char_offset`] gives.
#[derive(Debug, Clone)]
pub struct CharCounter<'a> {
    bytes: &'a [u8],
    /// Byte offset of the last query (clamped to the text) and the number of
    /// characters that start before it.
    at: usize,
    starts: usize,
}

impl<'a> CharCounter<'a> {
    pub fn new(text: &'a str) -> Self {
        CharCounter {
            bytes: text.as_bytes(),
            at: 0,
            starts: 0,
        }
    }

    /// Code point offset of byte offset `byte`; a byte offset inside a
    /// multi-byte character maps to that character's index.
    pub fn char_offset(&mut self, byte: usize) -> usize {
        let b = byte.min(self.bytes.len());
        if b < self.at {
            self.at = 0;
            self.starts = 0;
        }
        let is_start = |x: &&u8| (**x as i8) >= -0x40;
        self.starts += self
            .bytes
            .get(self.at..b)
            .map_or(0, |r| r.iter().filter(is_start).count());
        self.at = b;
        let inside = self.bytes.get(b).is_some_and(|x| !is_start(&x));
        self.starts - usize::from(inside)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counter_agrees_with_the_index() {
        let t = "في ٢٢/٤/٢٠١٦، وفي 10:30 صباحًا — 😀 x";
        let ix = CharIndex::new(t);
        let mut c = CharCounter::new(t);
        // Forward, backward, inside characters and past the end.
        let order: Vec<usize> = (0..=t.len() + 2)
            .chain((0..=t.len()).rev().step_by(3))
            .collect();
        for b in order {
            assert_eq!(c.char_offset(b), ix.char_offset(b), "byte {b}");
        }
    }

    #[test]
    fn maps_arabic_bytes_to_code_points() {
        let t = "لندن-سانا x";
        let ix = CharIndex::new(t);
        assert_eq!(ix.len_chars(), 11);
        assert_eq!(ix.char_offset(0), 0);
        assert_eq!(ix.char_offset(8), 4); // '-' after 4 two-byte letters
        assert_eq!(ix.char_offset(t.len()), 11);
        assert_eq!(ix.byte_offset(4), 8);
        assert_eq!(ix.byte_offset(99), t.len());
    }
}
