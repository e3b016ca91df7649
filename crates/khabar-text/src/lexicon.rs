//! The word lexicon: how often each (folded) word form occurs in Arabic news,
//! and which forms are place names. It is the data behind the clitic
//! segmenter's and the stemmer's guards ("is ولندن really و + لندن? is لبنان
//! really ل + بنان?").
//!
//! * **Keys** are in *lexicon fold*: the search profile of
//!   [`crate::normalize`] (أ إ آ→ا, ى→ي, no diacritics…) **except that ta marbuta
//!   ة is kept**, because ة vs ه is exactly what tells مدرسة from مدرس + ه.
//! * **Training** ([`LexiconBuilder`]) has no I/O: the `khabar train lexicon`
//!   command feeds it article texts and gazetteer names and writes the result
//!   to `data/lexicon/words-ar.tsv`, which is compiled into this crate with
//!   `include_str!` and parsed once on first use ([`Lexicon::get`]).
//!
//! File format (UTF-8, `#` lines are comments, sorted by form, deterministic):
//!
//! ```text
//! form<TAB>count<TAB>flags
//! ```
//!
//! `flags` is empty or `n` (the form is a single-word place name in a gazetteer).
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::normalize::{normalize, Profile};
use crate::Span;

/// The committed lexicon (see `data/lexicon/README.md`).
const EMBEDDED: &str = include_str!("../../../data/lexicon/words-ar.tsv");

/// One lexicon entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Entry {
    /// Occurrences in the training corpus.
    pub count: u32,
    /// A single-word place name from a gazetteer.
    pub name: bool,
}

/// A small, fast, non-cryptographic string hasher (folded 64×64→128-bit
/// multiplies, as in foldhash/wyhash). Good enough that the 64-bit hashes of
/// the ≈100k lexicon forms are all distinct (checked by a test), so the
/// lexicon table stores hashes, not strings: one cache miss per look-up.
#[derive(Default, Clone, Copy)]
pub struct FoldHasher {
    hash: u64,
}

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xD6E8_FEB8_6659_FD93;

#[inline]
fn fold_mul(a: u64, b: u64) -> u64 {
    let r = u128::from(a) * u128::from(b);
    (r as u64) ^ ((r >> 64) as u64)
}

impl Hasher for FoldHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.hash ^ (bytes.len() as u64).wrapping_mul(K2);
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            h = fold_mul(h ^ u64::from_le_bytes(b), K1);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            h = fold_mul(h ^ u64::from_le_bytes(b) ^ K2, K1);
        }
        self.hash = fold_mul(h, K2);
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.hash = fold_mul(self.hash ^ u64::from(i), K1);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Hash builder for [`FoldHasher`].
pub type FoldBuild = BuildHasherDefault<FoldHasher>;

/// The 64-bit key of a lexicon form.
#[inline]
pub fn key_hash(form: &str) -> u64 {
    let mut h = FoldHasher::default();
    h.write(form.as_bytes());
    h.finish()
}

/// [`key_hash`] of the concatenation of `parts`, without building it.
#[inline]
pub fn key_hash_parts(parts: &[&str]) -> u64 {
    if let [one] = parts {
        return key_hash(one);
    }
    let total: usize = parts.iter().map(|p| p.len()).sum();
    let mut h = (total as u64).wrapping_mul(K2);
    let mut chunk = [0u8; 8];
    let mut fill = 0usize;
    for p in parts {
        let mut b = p.as_bytes();
        while !b.is_empty() {
            let take = (8 - fill).min(b.len());
            if let (Some(dst), Some(src)) = (chunk.get_mut(fill..fill + take), b.get(..take)) {
                dst.copy_from_slice(src);
            }
            fill += take;
            b = b.get(take..).unwrap_or_default();
            if fill == 8 {
                h = fold_mul(h ^ u64::from_le_bytes(chunk), K1);
                fill = 0;
            }
        }
    }
    if fill > 0 {
        if let Some(rest) = chunk.get_mut(fill..) {
            rest.fill(0);
        }
        h = fold_mul(h ^ u64::from_le_bytes(chunk) ^ K2, K1);
    }
    fold_mul(h, K2)
}

/// Passes an already-hashed `u64` key through.
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = fold_mul(self.0 ^ u64::from(b), K1);
        }
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.0 = i;
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A pre-filter in front of a small table of words: one bit per fingerprint of
/// a word's byte length and last four bytes (its last two Arabic letters), so a
/// query costs one multiply and one bit test, with no pass over the whole word.
/// It answers "maybe" for every key it was built from (and for about a fifth of
/// other words); "no" is certain. Most words of a text are in no such table.
#[derive(Debug, Clone)]
pub struct TailGate {
    bits: Vec<u64>,
    /// log2 of the number of bits.
    shift: u32,
}

impl TailGate {
    /// A gate for `keys`, with about four bits per key (at least 1024).
    pub fn new<'k>(keys: impl IntoIterator<Item = &'k str>) -> TailGate {
        let keys: Vec<&str> = keys.into_iter().collect();
        let n_bits = (keys.len() * 4).next_power_of_two().max(1024);
        let mut g = TailGate {
            bits: vec![0; n_bits / 64],
            shift: n_bits.trailing_zeros(),
        };
        for k in keys {
            let b = g.slot(k);
            if let Some(w) = g.bits.get_mut(b / 64) {
                *w |= 1 << (b % 64);
            }
        }
        g
    }

    #[inline]
    fn slot(&self, s: &str) -> usize {
        let b = s.as_bytes();
        let k = b.len().min(4);
        let mut tail = [0u8; 4];
        if let (Some(dst), Some(src)) = (tail.get_mut(4 - k..), b.get(b.len() - k..)) {
            dst.copy_from_slice(src);
        }
        let x = u64::from(u32::from_le_bytes(tail)) | ((b.len() as u64) << 32);
        (x.wrapping_mul(K1) >> (64 - self.shift)) as usize
    }

    /// `false` only if `s` is none of the keys.
    #[inline]
    pub fn may_contain(&self, s: &str) -> bool {
        let b = self.slot(s);
        self.bits
            .get(b / 64)
            .is_some_and(|w| w & (1 << (b % 64)) != 0)
    }
}

/// A per-thread memo of small `Copy` facts about a word: the lexicon is
/// large (≈100k forms), so each analysis costs a few cache misses, but news
/// text is Zipfian, so remembering recent words makes segmentation and
/// stemming cheap. A direct-mapped cache: a fixed array of slots indexed by
/// the word's 64-bit [`key_hash`] (no string stored or compared); a new word
/// evicts whatever shared its slot. Fixed size, no rehashing, one memory
/// access per look-up.
pub(crate) struct Memo<V> {
    slots: Vec<(u64, V)>,
}

/// Slots per thread (a power of two): 256k × 16 bytes = 4 MiB, enough for the
/// vocabulary of ~20 MB of news (142k distinct words) to stay resident.
const MEMO_SLOTS: usize = 1 << 18;

impl<V: Copy + Default + PartialEq> Memo<V> {
    pub(crate) fn new() -> Self {
        Memo {
            slots: vec![(0, V::default()); MEMO_SLOTS],
        }
    }

    /// Run `f` on the remembered value of `word` (a default value if the word
    /// is new) and remember what `f` leaves in it.
    #[inline]
    pub(crate) fn with<R>(&mut self, word: &str, f: impl FnOnce(&mut V) -> R) -> R {
        // Key 0 marks an empty slot.
        let key = key_hash(word) | 1;
        let i = (key >> 1) as usize & (MEMO_SLOTS - 1);
        let Some(slot) = self.slots.get_mut(i) else {
            return f(&mut V::default());
        };
        if slot.0 == key {
            return f(&mut slot.1);
        }
        let mut v = V::default();
        let r = f(&mut v);
        if v != V::default() {
            // Nothing learnt about a new word: keep what the slot holds.
            *slot = (key, v);
        }
        r
    }
}

/// Word form → entry, parsed from the lexicon file. Keyed by [`key_hash`].
///
/// Two flat arrays sized to stay in cache:
///
/// * Most look-ups made by the segmenter and stemmer are for forms that do not
///   exist (الوحكومة?), so a blocked Bloom filter (256 KiB; three bits per form,
///   all in one 64-bit word, so one memory access; ≈0.5 % false positives at
///   100k forms) answers those first.
/// * The entries live in an open-addressing table of 8-byte slots (linear
///   probing, load ≤ 0.8; 1 MiB for 100k forms), each holding 38 bits of the
///   form's hash as a tag, the name flag and the count (24 bits, saturating):
///   a hit is usually one cache line. Two forms whose tags collide in a probe
///   chain are detected when the table is built (the embedded lexicon is
///   tested to have none); a form absent from the lexicon is mistaken for
///   another only if both its Bloom bits and a 38-bit tag in its chain match
///   (≈10⁻¹³ per look-up).
#[derive(Debug, Default)]
pub struct Lexicon {
    slots: Vec<u64>,
    filter: Vec<u64>,
    len: usize,
}

/// Words of the Bloom filter (a power of two).
const FILTER_WORDS: usize = 1 << 15;
/// Bits of a slot below the tag: name flag (bit 24) and count (bits 0–23).
const TAG_SHIFT: u32 = 25;
const COUNT_MAX: u64 = (1 << 24) - 1;

#[inline]
fn filter_pos(h: u64) -> (usize, u64) {
    let word = (h >> 17) as usize & (FILTER_WORDS - 1);
    let mask = 1u64 << ((h >> 32) & 63) | 1u64 << ((h >> 38) & 63) | 1u64 << ((h >> 44) & 63);
    (word, mask)
}

/// The slot tag of a hash: its top 39 bits, never 0 (0 marks an empty slot).
#[inline]
fn tag(h: u64) -> u64 {
    (h >> TAG_SHIFT) | 1
}

impl Lexicon {
    /// The committed lexicon, parsed once (a few milliseconds) on first use.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon::parse(EMBEDDED))
    }

    /// Parse the TSV format described in the module docs. Malformed lines are
    /// skipped (the committed file is generated, and tested to parse fully),
    /// and so is a form whose tag collides with an earlier one's (see
    /// [`Lexicon`]; [`Lexicon::len`] then counts fewer entries than lines).
    pub fn parse(text: &str) -> Lexicon {
        let entries: Vec<(u64, Entry)> = text
            .lines()
            .filter_map(parse_line)
            .map(|(form, e)| (key_hash(form), e))
            .collect();
        let cap = (entries.len() * 5 / 4 + 1).next_power_of_two().max(16);
        let mut lex = Lexicon {
            slots: vec![0; cap],
            filter: vec![0; FILTER_WORDS],
            len: 0,
        };
        for (h, e) in entries {
            lex.insert(h, e);
        }
        lex
    }

    fn insert(&mut self, h: u64, e: Entry) {
        let mask = self.slots.len() - 1;
        let t = tag(h);
        let mut i = h as usize & mask;
        while let Some(slot) = self.slots.get_mut(i) {
            if *slot == 0 {
                *slot =
                    t << TAG_SHIFT | u64::from(e.name) << 24 | u64::from(e.count).min(COUNT_MAX);
                self.len += 1;
                let (w, m) = filter_pos(h);
                if let Some(word) = self.filter.get_mut(w) {
                    *word |= m;
                }
                return;
            }
            if *slot >> TAG_SHIFT == t {
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The entry of a lexicon-fold form, if any.
    #[inline]
    pub fn entry(&self, form: &str) -> Option<Entry> {
        self.entry_by_hash(key_hash(form))
    }

    /// The entry whose form has [`key_hash`] `h`, if any.
    #[inline]
    pub fn entry_by_hash(&self, h: u64) -> Option<Entry> {
        let (w, m) = filter_pos(h);
        if self.filter.get(w).is_none_or(|word| word & m != m) {
            return None;
        }
        let mask = self.slots.len().checked_sub(1)?;
        let t = tag(h);
        let mut i = h as usize & mask;
        loop {
            let slot = *self.slots.get(i)?;
            if slot == 0 {
                return None;
            }
            if slot >> TAG_SHIFT == t {
                return Some(Entry {
                    count: (slot & COUNT_MAX) as u32,
                    name: slot >> 24 & 1 == 1,
                });
            }
            i = (i + 1) & mask;
        }
    }

    /// Corpus count of a lexicon-fold form (0 when unseen or below the cut-off).
    #[inline]
    pub fn count(&self, form: &str) -> u32 {
        self.entry(form).map_or(0, |e| e.count)
    }

    /// Whether a lexicon-fold form is a gazetteer place name.
    #[inline]
    pub fn is_name(&self, form: &str) -> bool {
        self.entry(form).is_some_and(|e| e.name)
    }
}

fn parse_line(line: &str) -> Option<(&str, Entry)> {
    if line.starts_with('#') || line.is_empty() {
        return None;
    }
    let mut cols = line.split('\t');
    let form = cols.next().filter(|f| !f.is_empty())?;
    let count = cols.next()?.parse::<u32>().ok()?;
    let name = cols.next().is_some_and(|f| f.contains('n'));
    Some((form, Entry { count, name }))
}

/// Whether `c` belongs to an Arabic word as the lexicon sees it: Arabic letters,
/// diacritics, tatweel and Arabic presentation forms.
pub fn is_arabic_word_char(c: char) -> bool {
    matches!(c,
        '\u{0621}'..='\u{065F}'
        | '\u{0670}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06E5}'..='\u{06E6}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFC}')
}

/// A word in lexicon fold, with the source byte span of every folded char.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    /// Lexicon-fold form (search profile, but ة kept).
    pub text: String,
    /// Per char of `text`: its byte span in the source word (diacritics are
    /// absorbed into the letter before them).
    pub map: Vec<Span>,
}

impl Folded {
    /// Number of chars.
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// Fold `word` into lexicon fold: [`normalize`] with the search profile, then
/// ta marbuta put back where the source had one.
pub fn lexfold(word: &str) -> Folded {
    let n = normalize(word, Profile::Search);
    if !word.contains(['ة', '\u{06C3}']) {
        return Folded {
            text: n.text,
            map: n.map,
        };
    }
    let mut text = String::with_capacity(n.text.len());
    for (c, span) in n.text.chars().zip(&n.map) {
        let src = span.slice(word);
        if c == 'ه' && (src.starts_with('ة') || src.starts_with('\u{06C3}')) {
            text.push('ة');
        } else {
            text.push(c);
        }
    }
    Folded { text, map: n.map }
}

/// [`lexfold`] into a reused buffer: no allocation for the common word made
/// only of Arabic letters (U+0621–U+064A, no tatweel), whose fold is one char
/// per char (folded char `i` comes from bytes `2i..2i+2`).
pub fn lexfold_into(word: &str, out: &mut Folded) {
    out.text.clear();
    out.map.clear();
    // Copy unchanged runs in bulk; only hamza carriers and alef maqsura change.
    let mut run = 0;
    for (i, c) in word.char_indices() {
        let rep = match c {
            'أ' | 'إ' | 'آ' => "ا",
            'ى' | 'ئ' => "ي",
            'ؤ' => "و",
            '\u{0621}'..='\u{063F}' | '\u{0641}'..='\u{064A}' => continue,
            _ => {
                *out = lexfold(word);
                return;
            }
        };
        out.text.push_str(word.get(run..i).unwrap_or(""));
        out.text.push_str(rep);
        run = i + 2;
    }
    out.text.push_str(word.get(run..).unwrap_or(""));
    out.map
        .extend((0..word.len() / 2).map(|k| Span::new(2 * k, 2 * k + 2)));
}

/// Lexicon fold of `word` as a plain string.
pub fn lexfold_str(word: &str) -> String {
    lexfold(word).text
}

/// Builds a lexicon from article texts and gazetteer names. Deterministic:
/// the output depends only on what was added, not on the order.
#[derive(Debug, Default, Clone)]
pub struct LexiconBuilder {
    counts: HashMap<String, u64>,
    names: BTreeSet<String>,
    texts: u64,
    tokens: u64,
}

/// Summary of a built lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildStats {
    pub texts: u64,
    pub tokens: u64,
    pub distinct_forms: usize,
    pub kept_forms: usize,
    pub names: usize,
}

impl LexiconBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Count every Arabic word (maximal run of Arabic letters/diacritics) of `text`.
    pub fn add_text(&mut self, text: &str) {
        self.texts += 1;
        let mut start = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if is_arabic_word_char(c) {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                self.add_word(text.get(s..i).unwrap_or(""));
            }
        }
    }

    fn add_word(&mut self, word: &str) {
        let f = lexfold_str(word);
        if f.is_empty() || !f.chars().all(is_arabic_word_char) {
            return;
        }
        self.tokens += 1;
        match self.counts.get_mut(f.as_str()) {
            Some(n) => *n += 1,
            None => {
                self.counts.insert(f, 1);
            }
        }
    }

    /// Add a gazetteer name. Only single-word names of three letters or more
    /// are kept (a word of a multi-word name, like المتحدة, is not a name on
    /// its own; two-letter "names" are noise). See also [`Self::finish`].
    pub fn add_name(&mut self, name: &str) {
        let name = name.trim();
        if name.is_empty() || name.chars().any(|c| c.is_whitespace() || c == '-') {
            return;
        }
        let f = lexfold_str(name);
        if f.chars().count() >= 3 && f.chars().all(is_arabic_word_char) {
            self.names.insert(f);
        }
    }

    fn count(&self, form: &str) -> u64 {
        self.counts.get(form).copied().unwrap_or(0)
    }

    fn att(&self, form: &str) -> u64 {
        self.count(form) + self.count(&format!("ال{form}"))
    }

    /// Gazetteers (GeoNames alternate names especially) contain common words
    /// and clitic forms (فان, بانه, العالم, الجديدة). A name keeps its flag only
    /// if the corpus does not contradict it:
    /// * it is not a common word that occurs both with and without the article
    ///   in comparable numbers (العالم/عالم, الجديدة/جديدة; but العراق/عراق,
    ///   لندن/اللندن stay names);
    /// * it is not a proclitic + a much more frequent word (فان = ف + ان,
    ///   لاول = ل + اول; but لبنان, بكين, كندا stay names).
    fn name_is_reliable(&self, name: &str) -> bool {
        let bare = name.strip_prefix("ال").unwrap_or(name);
        let (with, without) = (self.count(&format!("ال{bare}")), self.count(bare));
        let (lo, hi) = (with.min(without), with.max(without));
        if lo >= 3 && lo * 30 >= hi {
            return false;
        }
        let n = self.count(name);
        let mut chars = name.chars();
        if let Some(p) = chars.next() {
            let rest = chars.as_str();
            if matches!(p, 'و' | 'ف' | 'ب' | 'ل' | 'ك')
                && rest.chars().count() >= 2
                && self.att(rest) >= (5 * n).max(30)
            {
                return false;
            }
        }
        true
    }

    /// Render the lexicon file: forms seen at least `min_count` times, plus the
    /// names the corpus does not contradict, sorted by form. `header` lines are written as `#` comments.
    pub fn finish(&self, min_count: u64, header: &[String]) -> (String, BuildStats) {
        let mut rows: BTreeMap<&str, (u64, bool)> = BTreeMap::new();
        for (form, &n) in &self.counts {
            if n >= min_count {
                rows.insert(form.as_str(), (n, false));
            }
        }
        let mut names = 0;
        for name in &self.names {
            let n = self.count(name);
            if self.name_is_reliable(name) {
                rows.insert(name.as_str(), (n, true));
                names += 1;
            }
        }
        let mut out = String::with_capacity(rows.len() * 20 + 256);
        for h in header {
            for line in h.lines() {
                out.push_str("# ");
                out.push_str(line);
                out.push('\n');
            }
        }
        out.push_str("# form\tcount\tflags (n = gazetteer place name)\n");
        for (form, (n, name)) in &rows {
            let n = u32::try_from(*n).unwrap_or(u32::MAX);
            out.push_str(form);
            out.push('\t');
            out.push_str(&n.to_string());
            out.push('\t');
            if *name {
                out.push('n');
            }
            out.push('\n');
        }
        let stats = BuildStats {
            texts: self.texts,
            tokens: self.tokens,
            distinct_forms: self.counts.len(),
            kept_forms: rows.len(),
            names,
        };
        (out, stats)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_gate_keeps_its_keys_and_turns_most_others_away() {
        let keys = ["ثلاثه", "وثلاثه", "مليون", "بالمليون", "ص", "", "x"];
        let g = TailGate::new(keys);
        for k in keys {
            assert!(g.may_contain(k), "{k:?}");
        }
        // Words of another length or ending let through only by a shared bit.
        let others = [
            "قال",
            "الرئيس",
            "الحكومة",
            "في",
            "من",
            "على",
            "اليوم",
            "مجلس",
            "الأمن",
            "وزير",
        ];
        let passed = others.iter().filter(|w| g.may_contain(w)).count();
        assert!(passed <= 2, "{passed} of {} let through", others.len());
    }

    #[test]
    fn lexfold_into_agrees_with_lexfold() {
        let mut f = Folded::default();
        let mut check = |w: &str| {
            lexfold_into(w, &mut f);
            assert_eq!(f, lexfold(w), "{w:?}");
        };
        // Every char of the Arabic block alone, after a letter and before one.
        for cp in 0x0600..=0x06FF_u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            for w in [
                format!("{c}"),
                format!("ب{c}"),
                format!("{c}ب"),
                format!("ال{c}ة"),
            ] {
                check(&w);
            }
        }
        for w in [
            "",
            "والمسلحين",
            "مدرستهُ",
            "ألمانيا",
            "إلى",
            "مسؤول",
            "الـ",
            "abc",
            "سئل",
        ] {
            check(w);
        }
    }

    #[test]
    fn key_hash_parts_is_key_hash_of_the_concatenation() {
        let words = [
            "",
            "ا",
            "ال",
            "الوزارة",
            "abcdefgh",
            "abcdefghi",
            "والمسلحين",
            "ة",
        ];
        for a in words {
            for b in words {
                for c in words {
                    let whole = format!("{a}{b}{c}");
                    assert_eq!(key_hash_parts(&[a, b, c]), key_hash(&whole), "{whole}");
                    assert_eq!(key_hash_parts(&[&whole]), key_hash(&whole));
                }
            }
        }
    }

    #[test]
    fn lexfold_keeps_ta_marbuta_and_folds_the_rest() {
        let f = lexfold("المدرسةُ الأُولى");
        assert_eq!(f.text, "المدرسة الاولي");
        // Every folded char maps back into the source.
        assert_eq!(f.map.len(), f.text.chars().count());
        assert_eq!(f.map[0], Span::new(0, 2));
        let w = "مَدْرَسَتُهُ";
        let f = lexfold(w);
        assert_eq!(f.text, "مدرسته");
        assert_eq!(f.map.last().map(|s| s.slice(w)), Some("هُ"));
    }

    #[test]
    fn builder_counts_sorts_and_flags_names() {
        let mut b = LexiconBuilder::new();
        b.add_text("قال الوزير: إن الوزير قال، و«قال» 5 مرات");
        b.add_text("English only");
        b.add_name("لندن");
        b.add_name("المملكة المتحدة");
        let (tsv, stats) = b.finish(2, &["test".to_string()]);
        assert_eq!(stats.texts, 2);
        assert_eq!(stats.names, 1);
        let body: Vec<&str> = tsv.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(body, vec!["الوزير\t2\t", "قال\t3\t", "لندن\t0\tn"]);
        let lex = Lexicon::parse(&tsv);
        assert_eq!(lex.count("قال"), 3);
        assert!(lex.is_name("لندن"));
        assert!(!lex.is_name("قال"));
        assert_eq!(lex.count("مرات"), 0);
    }

    #[test]
    fn gazetteer_noise_loses_the_name_flag() {
        let mut b = LexiconBuilder::new();
        // ان is very frequent, so فان reads as ف + ان; عالم/العالم are a common word.
        for _ in 0..40 {
            b.add_text("ان العالم عالم العالم لبنان");
        }
        b.add_text("فان");
        for name in ["فان", "العالم", "لبنان", "له"] {
            b.add_name(name);
        }
        let (tsv, stats) = b.finish(1, &[]);
        assert_eq!(stats.names, 1);
        let lex = Lexicon::parse(&tsv);
        assert!(lex.is_name("لبنان"));
        assert!(!lex.is_name("فان"));
        assert!(!lex.is_name("العالم"));
        assert!(!lex.is_name("له"));
    }

    #[test]
    fn builder_output_is_order_independent() {
        let texts = ["وقال الوزير", "الوزير قال", "قال قال"];
        let mut a = LexiconBuilder::new();
        let mut b = LexiconBuilder::new();
        for t in texts {
            a.add_text(t);
        }
        for t in texts.iter().rev() {
            b.add_text(t);
        }
        assert_eq!(a.finish(1, &[]).0, b.finish(1, &[]).0);
    }

    #[test]
    fn memo_writes_back_and_remembers() {
        let mut m: Memo<u32> = Memo::new();
        let words: Vec<String> = (0..100_000).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            m.with(w, |v| *v = i as u32 + 1);
        }
        // A slot holds either the remembered value or nothing (0).
        let mut remembered = 0;
        for (i, w) in words.iter().enumerate() {
            let v = m.with(w, |v| *v);
            assert!(v == 0 || v == i as u32 + 1, "{w}: {v}");
            remembered += usize::from(v != 0);
        }
        // A direct-mapped cache loses words that share a slot (≈ n/2m of them).
        assert!(remembered > 80_000, "{remembered}");
        // An update is kept.
        m.with("x", |v| *v = 7);
        m.with("x", |v| *v += 1);
        assert_eq!(m.with("x", |v| *v), 8);
    }

    #[test]
    fn embedded_lexicon_parses_completely() {
        let lex = Lexicon::get();
        let body = EMBEDDED
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .count();
        // Also proves the 64-bit form hashes are collision-free.
        assert_eq!(
            lex.len(),
            body,
            "every non-comment line of words-ar.tsv must parse to a distinct key"
        );
    }
}
