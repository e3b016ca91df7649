//! A small blocked Bloom filter over short strings, put in front of the big
//! lexicon tables (gazetteer names, cue forms, time words): most words of a
//! text are in none of them, and one probe into a few kilobytes that stay in
//! cache turns them away without hashing into a table that does not.
use khabar_text::lexicon::key_hash;

/// A set of strings that may answer "maybe" for a string never inserted (about
/// 1–2 % of them) but never "no" for one that was.
#[derive(Debug, Clone)]
pub(crate) struct Bloom {
    /// One 64-bit block per `mask + 1`; each key sets two bits of one block.
    blocks: Vec<u64>,
    mask: usize,
}

impl Default for Bloom {
    /// A filter that answers "maybe" to everything.
    fn default() -> Self {
        Bloom {
            blocks: vec![u64::MAX],
            mask: 0,
        }
    }
}

impl Bloom {
    /// A filter holding `keys` (about 16 bits per key).
    pub(crate) fn new<'k>(keys: impl IntoIterator<Item = &'k str>) -> Bloom {
        let hashes: Vec<u64> = keys.into_iter().map(key_hash).collect();
        let mut b = Bloom::with_capacity(hashes.len(), 16);
        for h in hashes {
            b.insert_hash(h);
        }
        b
    }

    /// An empty filter sized for `keys` keys at about `bits_per_key` bits each.
    pub(crate) fn with_capacity(keys: usize, bits_per_key: usize) -> Bloom {
        let n_blocks = (keys * bits_per_key).div_ceil(64).next_power_of_two();
        Bloom {
            blocks: vec![0; n_blocks],
            mask: n_blocks - 1,
        }
    }

    /// Adds an already well-mixed 64-bit hash (such as [`key_hash`]'s).
    pub(crate) fn insert_hash(&mut self, h: u64) {
        let (block, bits) = self.probe(h);
        if let Some(w) = self.blocks.get_mut(block) {
            *w |= bits;
        }
    }

    /// The block and the two bits of a hash.
    #[inline]
    fn probe(&self, h: u64) -> (usize, u64) {
        let block = (h as usize) & self.mask;
        let bits = (1u64 << ((h >> 52) & 63)) | (1u64 << ((h >> 58) & 63));
        (block, bits)
    }

    /// `false` only if `key` was never inserted.
    #[inline]
    pub(crate) fn may_contain(&self, key: &str) -> bool {
        self.may_contain_hash(key_hash(key))
    }

    /// `false` only if the hash `h` was never inserted.
    #[inline]
    pub(crate) fn may_contain_hash(&self, h: u64) -> bool {
        let (block, bits) = self.probe(h);
        self.blocks.get(block).is_some_and(|w| w & bits == bits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_false_negatives_and_few_false_positives() {
        let keys: Vec<String> = (0..5000).map(|i| format!("كلمة{i}")).collect();
        let b = Bloom::new(keys.iter().map(String::as_str));
        assert!(keys.iter().all(|k| b.may_contain(k)));
        let others = (0..20000)
            .filter(|i| b.may_contain(&format!("غير{i}")))
            .count();
        assert!(others < 20000 / 20, "{others} false positives of 20000");
    }

    #[test]
    fn default_and_empty() {
        assert!(Bloom::default().may_contain("أي"));
        let empty = Bloom::new([]);
        assert!(!empty.may_contain("أي"));
        assert!(!empty.may_contain(""));
    }
}
