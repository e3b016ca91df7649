//! # khabar-tantivy — Arabic analysis for [tantivy]
//!
//! A tantivy [`Tokenizer`] that indexes Arabic the way it is written in the
//! news: it folds letter variants (أ/إ/آ → ا, ى → ي, …), strips diacritics and
//! tatweel, folds Arabic-Indic digits to ASCII, separates clitics and light-stems
//! words with `khabar-text`, so that ألمانيا finds المانيا, سوريا finds سورية,
//! المسلحين finds مسلحا and a diacritized query finds plain text.
//!
//! Every token's `offset_from..offset_to` is a **byte span of the original
//! text**, so tantivy's snippets highlight the word as it was written.
//!
//! ```
//! use tantivy::schema::{Schema, TextFieldIndexing, TextOptions, IndexRecordOption};
//! use tantivy::{doc, Index};
//!
//! let mut builder = Schema::builder();
//! let indexing = TextFieldIndexing::default()
//!     .set_tokenizer(khabar_tantivy::KHABAR)
//!     .set_index_option(IndexRecordOption::WithFreqsAndPositions);
//! let body = builder.add_text_field("body", TextOptions::default().set_indexing_options(indexing));
//! let index = Index::create_in_ram(builder.build());
//! khabar_tantivy::register(index.tokenizers());
//! ```
//!
//! [`light10`] is the Larkey light10 stemmer (Lucene/Elasticsearch `arabic`),
//! registered as [`LIGHT10`] for comparison.

pub mod light10;

/// The README's example, compiled and run as a doctest.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasher;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use tantivy::tokenizer::{Token, TokenStream, Tokenizer, TokenizerManager};

/// Name under which [`register`] installs [`ArabicTokenizer::khabar`].
pub const KHABAR: &str = "khabar";
/// Name under which [`register`] installs [`ArabicTokenizer::light10`].
pub const LIGHT10: &str = "khabar_light10";
/// Name under which [`register`] installs the normalizing, non-stemming [`ArabicTokenizer::exact`].
pub const EXACT: &str = "khabar_exact";

/// How each word is turned into an index term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Analysis {
    /// khabar's normalization, clitic handling and light stemming (`khabar_text::stem`).
    Khabar,
    /// Larkey's light10 (normalization + prefix/suffix stripping), as in Lucene.
    Light10,
    /// khabar's search normalization only: no stemming.
    Exact,
}

/// Arabic-aware tokenizer for tantivy. Latin words are lowercased, digits of
/// every script folded to ASCII, Arabic words analysed per [`Analysis`].
#[derive(Debug, Clone)]
pub struct ArabicTokenizer {
    analysis: Analysis,
    stopwords: bool,
    token: Token,
}

impl ArabicTokenizer {
    /// Analysis with khabar's light stemmer, no stopword removal.
    pub fn khabar() -> Self {
        Self::new(Analysis::Khabar)
    }
    /// Larkey light10, no stopword removal.
    pub fn light10() -> Self {
        Self::new(Analysis::Light10)
    }
    /// Normalization only.
    pub fn exact() -> Self {
        Self::new(Analysis::Exact)
    }
    pub fn new(analysis: Analysis) -> Self {
        ArabicTokenizer {
            analysis,
            stopwords: false,
            token: Token::default(),
        }
    }
    /// Drop Arabic news stopwords (`khabar_text::stem::is_stopword`). Positions
    /// keep their gaps, so phrase queries stay exact.
    pub fn with_stopwords(mut self, remove: bool) -> Self {
        self.stopwords = remove;
        self
    }

    /// The index term for one word (as written), or `None` to skip it.
    pub fn term(&self, word: &str) -> Option<String> {
        term(word, self.analysis, self.stopwords)
    }

    /// [`ArabicTokenizer::term`] through the process-wide cache only, for
    /// callers that keep their own per-thread memo of the answers (a copy in
    /// this thread's level would only add memory traffic).
    pub fn shared_term(&self, word: &str) -> Option<Arc<str>> {
        shared_term(word, self.analysis, self.stopwords)
    }
}

impl Default for ArabicTokenizer {
    fn default() -> Self {
        Self::khabar()
    }
}

/// Registers [`KHABAR`], [`LIGHT10`] and [`EXACT`] on a tokenizer manager
/// (e.g. `index.tokenizers()`).
pub fn register(manager: &TokenizerManager) {
    manager.register(KHABAR, ArabicTokenizer::khabar());
    manager.register(LIGHT10, ArabicTokenizer::light10());
    manager.register(EXACT, ArabicTokenizer::exact());
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06D5}' | '\u{06FA}'..='\u{06FC}' | '\u{06FF}'
        | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08C9}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// Characters that never split a word: Arabic diacritics, tatweel, joiners.
fn is_word_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'
        | '\u{06D6}'..='\u{06ED}' | '\u{08CA}'..='\u{08FF}' | '\u{200C}' | '\u{200D}')
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if is_arabic_letter(c)
        || is_word_mark(c)
        || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
    {
        return true;
    }
    // Arabic punctuation and signs (، ؛ ؟ ٪ …) are not word characters.
    if matches!(c, '\u{0600}'..='\u{06FF}') {
        return false;
    }
    c.is_alphanumeric()
}

/// ASCII value of a digit in any script (Arabic-Indic, Extended, …).
fn digit(c: char) -> Option<char> {
    let v = c.to_digit(10).or_else(|| match c {
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    })?;
    char::from_digit(v, 10)
}

/// Byte spans of the words of `text`: runs of letters, digits and in-word
/// marks; a number keeps its decimal/thousands separators (1,700 · ٢٫٥).
pub fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut it = text.char_indices().peekable();
    let mut prev_digit = false;
    while let Some((i, c)) = it.next() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
            prev_digit = digit(c).is_some();
            continue;
        }
        // A separator between two digits stays inside the number.
        let next_digit = it.peek().is_some_and(|&(_, n)| digit(n).is_some());
        if start.is_some()
            && prev_digit
            && next_digit
            && matches!(c, '.' | ',' | '\u{066B}' | '\u{066C}')
        {
            continue;
        }
        if let Some(s) = start.take() {
            out.push((s, i));
        }
        prev_digit = false;
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Search-normalizes a word: khabar's search profile plus, defensively, removal
/// of marks/joiners, digit folding and lowercasing.
fn fold(word: &str) -> String {
    let n = khabar_text::normalize::normalize(word, khabar_text::normalize::Profile::Search).text;
    let mut out = String::with_capacity(n.len());
    for c in n.chars() {
        if is_word_mark(c) {
            continue;
        }
        if let Some(d) = digit(c) {
            out.push(d);
        } else if matches!(c, '\u{066B}') {
            out.push('.');
        } else if matches!(c, '\u{066C}') {
            out.push(',');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Memo of word → term: news vocabulary is Zipfian, so almost every word has
/// been analysed before. Two levels, both bounded: a per-thread map (no
/// locking on the hot path) in front of a process-wide sharded map, so that
/// short-lived threads (tantivy respawns its indexing threads at every commit)
/// and the other threads of an ingest start warm instead of stemming every
/// word again.
const CACHE_LIMIT: usize = 1 << 17;
/// Entries of each generation of one shard of the process-wide map.
const SHARED_SHARD_LIMIT: usize = 1 << 12;
/// Shards of the process-wide map (per analysis).
const SHARDS: usize = 64;
/// Analysis × stopword settings, each with its own maps.
const SLOTS: usize = 6;

/// A fast non-cryptographic hasher (FxHash-style, with a final avalanche: the
/// low bits select the bucket and Arabic UTF-8 lead bytes vary little), for
/// in-memory maps keyed by words or already-mixed ids. Not for untrusted keys
/// where hash flooding matters, and not stable across versions: never persist it.
#[derive(Default, Clone, Copy)]
pub struct FxBuild;

/// The hasher of [`FxBuild`].
pub struct Fx(u64);

impl std::hash::BuildHasher for FxBuild {
    type Hasher = Fx;
    fn build_hasher(&self) -> Fx {
        Fx(0)
    }
}

impl std::hash::Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            if let Some(dst) = b.get_mut(..chunk.len()) {
                dst.copy_from_slice(chunk);
            }
            self.0 =
                (self.0.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64);
    }
    fn finish(&self) -> u64 {
        // Final avalanche: the multiply above leaves the low bits (the bucket
        // index) dependent on few input bits, e.g. UTF-8 lead bytes of Arabic.
        let mut x = self.0;
        x = (x ^ (x >> 33)).wrapping_mul(0xff51_afd7_ed55_8ccd);
        x = (x ^ (x >> 33)).wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        x ^ (x >> 33)
    }
}

/// A cached term (`None`: the word yields no token). Shared between the
/// threads through the process-wide level, so promoting an entry copies no text.
type CachedTerm = Option<Arc<str>>;
type TermMap = HashMap<Arc<str>, CachedTerm, FxBuild>;

/// A bounded two-generation map: when the young map is full it becomes the
/// old one, and words found in the old map are promoted, so frequent words
/// stay cached. The process-wide level.
#[derive(Default)]
struct Generations {
    young: TermMap,
    old: TermMap,
}

impl Generations {
    /// The entry of `word` (shared key and term), promoted when old.
    fn get_cloned(&mut self, word: &str, limit: usize) -> Option<(Arc<str>, CachedTerm)> {
        if let Some((k, t)) = self.young.get_key_value(word) {
            return Some((Arc::clone(k), t.clone()));
        }
        let (k, t) = self.old.remove_entry(word)?;
        self.insert(Arc::clone(&k), t.clone(), limit);
        Some((k, t))
    }

    fn insert(&mut self, word: Arc<str>, term: CachedTerm, limit: usize) {
        if self.young.len() >= limit {
            self.old = std::mem::take(&mut self.young);
        }
        self.young.insert(word, term);
    }
}

/// Bytes stored inline in a [`Small`] (a 15-letter Arabic word).
const INLINE: usize = 30;

/// A word or term of the per-thread level, inline when short: a hit then
/// reads the table's bucket only, instead of following pointers to a key and
/// a term on the heap (the look-ups are memory-bound: the per-thread map is
/// far larger than the CPU caches).
#[derive(Clone, PartialEq, Eq)]
enum Small {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<str>),
}

impl Small {
    fn new(s: &str) -> Small {
        let mut buf = [0u8; INLINE];
        match buf.get_mut(..s.len()) {
            Some(dst) => {
                dst.copy_from_slice(s.as_bytes());
                Small::Inline {
                    len: s.len() as u8,
                    buf,
                }
            }
            None => Small::Heap(s.into()),
        }
    }

    fn as_bytes(&self) -> &[u8] {
        match self {
            Small::Inline { len, buf } => buf.get(..usize::from(*len)).unwrap_or_default(),
            Small::Heap(s) => s.as_bytes(),
        }
    }

    fn as_str(&self) -> &str {
        match self {
            // Always valid: the bytes were copied from a `str`.
            Small::Inline { .. } => std::str::from_utf8(self.as_bytes()).unwrap_or_default(),
            Small::Heap(s) => s,
        }
    }
}

// Hash and Borrow agree with `[u8]`: the maps are probed with `word.as_bytes()`.
impl std::hash::Hash for Small {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_bytes().hash(state);
    }
}

impl std::borrow::Borrow<[u8]> for Small {
    fn borrow(&self) -> &[u8] {
        self.as_bytes()
    }
}

type LocalMap = HashMap<Small, Option<Small>, FxBuild>;

/// The per-thread level: two bounded generations like [`Generations`], with
/// entries stored inline.
#[derive(Default)]
struct LocalGenerations {
    young: LocalMap,
    old: LocalMap,
}

impl LocalGenerations {
    /// Calls `f` with the term of `word`: one hash lookup when it is in the
    /// young map; else promoted from the old map, else obtained from `miss`
    /// and inserted.
    fn with<R>(
        &mut self,
        word: &str,
        limit: usize,
        miss: impl FnOnce() -> CachedTerm,
        f: impl FnOnce(Option<&str>) -> R,
    ) -> R {
        if let Some(t) = self.young.get(word.as_bytes()) {
            return f(t.as_ref().map(Small::as_str));
        }
        let (k, t) = match self.old.remove_entry(word.as_bytes()) {
            Some(entry) => entry,
            None => (Small::new(word), miss().as_deref().map(Small::new)),
        };
        let r = f(t.as_ref().map(Small::as_str));
        if self.young.len() >= limit {
            self.old = std::mem::take(&mut self.young);
        }
        self.young.insert(k, t);
        r
    }
}

type LocalMaps = [LocalGenerations; SLOTS];

/// Per-thread maps of finished threads, adopted by new threads: tantivy
/// starts new indexing threads at every commit, which would otherwise start
/// cold and fetch every word from the process-wide level again.
const SPARE_LIMIT: usize = 2;

fn spares() -> &'static Mutex<Vec<LocalMaps>> {
    static SPARES: OnceLock<Mutex<Vec<LocalMaps>>> = OnceLock::new();
    SPARES.get_or_init(|| Mutex::new(Vec::new()))
}

/// A thread's own level: adopted from a finished thread when one left its
/// maps, handed on when the thread ends.
struct LocalCache(LocalMaps);

impl LocalCache {
    fn adopt() -> LocalCache {
        let spare = spares()
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        LocalCache(spare.unwrap_or_default())
    }
}

impl Drop for LocalCache {
    fn drop(&mut self) {
        let mut spares = spares().lock().unwrap_or_else(PoisonError::into_inner);
        if spares.len() < SPARE_LIMIT {
            spares.push(std::mem::take(&mut self.0));
        }
    }
}

thread_local! {
    static CACHE: RefCell<LocalCache> = RefCell::new(LocalCache::adopt());
}

/// The process-wide level: `SLOTS × SHARDS` maps, sharded by word hash.
fn shared() -> &'static [Mutex<Generations>] {
    static SHARED: OnceLock<Vec<Mutex<Generations>>> = OnceLock::new();
    SHARED.get_or_init(|| {
        (0..SLOTS * SHARDS)
            .map(|_| Mutex::new(Generations::default()))
            .collect()
    })
}

fn slot(analysis: Analysis, stopwords: bool) -> usize {
    (match analysis {
        Analysis::Khabar => 0,
        Analysis::Light10 => 1,
        Analysis::Exact => 2,
    }) + if stopwords { 3 } else { 0 }
}

/// The term of `word` from the process-wide level, computing (and sharing) it
/// when absent.
fn shared_term(word: &str, analysis: Analysis, stopwords: bool) -> CachedTerm {
    let slot = slot(analysis, stopwords);
    let shard = (FxBuild.hash_one(word) as usize) % SHARDS;
    let Some(lock) = shared().get(slot * SHARDS + shard) else {
        return compute_term(word, analysis, stopwords).map(Arc::from);
    };
    // A poisoned shard only means another thread panicked while holding it;
    // the maps are still consistent (every update is a single insert/remove).
    let found = lock
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .get_cloned(word, SHARED_SHARD_LIMIT);
    if let Some((_, term)) = found {
        return term;
    }
    // Computed without holding the lock; a concurrent computation of the
    // same word yields the same term.
    let term: CachedTerm = compute_term(word, analysis, stopwords).map(Arc::from);
    lock.lock().unwrap_or_else(PoisonError::into_inner).insert(
        Arc::from(word),
        term.clone(),
        SHARED_SHARD_LIMIT,
    );
    term
}

/// Calls `f` with the term of `word` from one slot of this thread's cache,
/// falling back to the process-wide level.
fn lookup<R>(
    gens: &mut LocalGenerations,
    word: &str,
    analysis: Analysis,
    stopwords: bool,
    f: impl FnOnce(Option<&str>) -> R,
) -> R {
    gens.with(
        word,
        CACHE_LIMIT,
        || shared_term(word, analysis, stopwords),
        f,
    )
}

/// Runs `f` with this thread's term cache, or with `None` when the cache is
/// already borrowed (`f` of an outer call analysing text itself): the caller
/// then computes terms uncached.
fn with_cache<R>(f: impl FnOnce(Option<&mut LocalMaps>) -> R) -> R {
    CACHE.with(|c| match c.try_borrow_mut() {
        Ok(mut cache) => f(Some(&mut cache.0)),
        Err(_) => f(None),
    })
}

/// Calls `f` with the cached term of `word` (computing it once per process).
fn with_term<R>(
    word: &str,
    analysis: Analysis,
    stopwords: bool,
    f: impl FnOnce(Option<&str>) -> R,
) -> R {
    with_cache(
        |maps| match maps.and_then(|m| m.get_mut(slot(analysis, stopwords))) {
            Some(gens) => lookup(gens, word, analysis, stopwords, f),
            None => f(compute_term(word, analysis, stopwords).as_deref()),
        },
    )
}

fn term(word: &str, analysis: Analysis, stopwords: bool) -> Option<String> {
    with_term(word, analysis, stopwords, |t| t.map(str::to_string))
}

/// Calls `f` with every term of `text` under `analysis`, without allocating
/// per word (terms are cached).
pub fn for_each_term(text: &str, analysis: Analysis, mut f: impl FnMut(&str)) {
    for_each_word(text, &[analysis], |_, terms| {
        if let Some(Some(t)) = terms.first() {
            f(t);
        }
    });
}

/// Calls `f` with the byte span of every word of `text` (see [`words`]) and
/// its term under each of `analyses` (`None` where the analysis yields no
/// token), in text order: one pass over the text for several analyses.
/// Terms are cached (one or two distinct analyses are served from the cache
/// without allocating); `f` may itself analyse text (uncached then).
pub fn for_each_word(
    text: &str,
    analyses: &[Analysis],
    mut f: impl FnMut((usize, usize), &[Option<&str>]),
) {
    let spans = words(text);
    let word_at = |(s, e): (usize, usize)| text.get(s..e);
    with_cache(|maps| {
        let Some(maps) = maps else {
            for &span in &spans {
                let Some(word) = word_at(span) else { continue };
                let owned: Vec<Option<String>> = analyses
                    .iter()
                    .map(|&a| compute_term(word, a, false))
                    .collect();
                let refs: Vec<Option<&str>> = owned.iter().map(|t| t.as_deref()).collect();
                f(span, &refs);
            }
            return;
        };
        match *analyses {
            [a] => {
                if let Some(gens) = maps.get_mut(slot(a, false)) {
                    for &span in &spans {
                        let Some(word) = word_at(span) else { continue };
                        lookup(gens, word, a, false, |t| f(span, &[t]));
                    }
                    return;
                }
            }
            [a, b] => {
                // Two distinct slots, borrowed together.
                if let Ok([ga, gb]) = maps.get_disjoint_mut([slot(a, false), slot(b, false)]) {
                    for &span in &spans {
                        let Some(word) = word_at(span) else { continue };
                        lookup(ga, word, a, false, |ta| {
                            lookup(gb, word, b, false, |tb| f(span, &[ta, tb]));
                        });
                    }
                    return;
                }
            }
            _ => {}
        }
        // Other combinations: cached, with owned copies of the terms.
        for &span in &spans {
            let Some(word) = word_at(span) else { continue };
            let owned: Vec<Option<String>> = analyses
                .iter()
                .map(|&a| match maps.get_mut(slot(a, false)) {
                    Some(gens) => lookup(gens, word, a, false, |t| t.map(str::to_string)),
                    None => compute_term(word, a, false),
                })
                .collect();
            let refs: Vec<Option<&str>> = owned.iter().map(|t| t.as_deref()).collect();
            f(span, &refs);
        }
    });
}

fn compute_term(word: &str, analysis: Analysis, stopwords: bool) -> Option<String> {
    if !word.chars().any(is_arabic_letter) {
        let t = fold(word);
        // Numbers are indexed without thousands separators: 1,700 = 1700.
        let t = if t
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
        {
            t.replace(',', "")
        } else {
            t
        };
        return (!t.is_empty()).then_some(t);
    }
    let normalized = match analysis {
        Analysis::Light10 => light10::normalize(word),
        Analysis::Khabar | Analysis::Exact => fold(word),
    };
    if normalized.is_empty() {
        return None;
    }
    if stopwords && khabar_text::stem::is_stopword(&normalized) {
        return None;
    }
    let t = match analysis {
        Analysis::Exact => normalized,
        Analysis::Light10 => light10::stem_normalized(&normalized),
        Analysis::Khabar => {
            let mut s = fold(&khabar_text::stem::stem(word));
            // Country names written with a final alef meet their ية/ي forms:
            // سوريا = سورية = سوري, ليبيا = الليبية (the stemmer keeps names whole).
            if s.ends_with("يا") && s.chars().count() >= 5 {
                s.pop();
            }
            if s.is_empty() {
                normalized
            } else {
                s
            }
        }
    };
    Some(t)
}

/// The token stream of [`ArabicTokenizer`].
pub struct ArabicTokenStream<'a> {
    text: &'a str,
    words: std::vec::IntoIter<(usize, usize)>,
    analysis: Analysis,
    stopwords: bool,
    position: usize,
    token: &'a mut Token,
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = ArabicTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ArabicTokenStream<'a> {
        self.token.reset();
        ArabicTokenStream {
            text,
            words: words(text).into_iter(),
            analysis: self.analysis,
            stopwords: self.stopwords,
            position: 0,
            token: &mut self.token,
        }
    }
}

impl TokenStream for ArabicTokenStream<'_> {
    fn advance(&mut self) -> bool {
        for (s, e) in self.words.by_ref() {
            let pos = self.position;
            self.position += 1;
            let Some(word) = self.text.get(s..e) else {
                continue;
            };
            // The term is copied into the token's own buffer (no allocation
            // per token once the buffer has grown).
            let token = &mut *self.token;
            let found = with_term(word, self.analysis, self.stopwords, |t| match t {
                Some(t) => {
                    token.text.clear();
                    token.text.push_str(t);
                    true
                }
                None => false,
            });
            if found {
                self.token.offset_from = s;
                self.token.offset_to = e;
                self.token.position = pos;
                self.token.position_length = 1;
                return true;
            }
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// All terms of `text` under `analysis` (convenience for tests and tools).
pub fn terms(text: &str, analysis: Analysis) -> Vec<String> {
    let mut tok = ArabicTokenizer::new(analysis);
    let mut stream = tok.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_point_into_the_original() {
        let text = "قالَ الرئيسُ، ١٬٧٠٠ شخص في Berlin";
        let mut tok = ArabicTokenizer::exact();
        let mut stream = tok.token_stream(text);
        let mut got = Vec::new();
        while stream.advance() {
            let t = stream.token();
            got.push((
                text[t.offset_from..t.offset_to].to_string(),
                t.text.clone(),
                t.position,
            ));
        }
        assert_eq!(got.len(), 6);
        assert_eq!(got[0].0, "قالَ");
        assert_eq!(got[2].0, "١٬٧٠٠");
        assert_eq!(got[2].1, "1700");
        assert_eq!(got[5].1, "berlin");
        assert_eq!(got[5].2, 5);
    }

    #[test]
    fn diacritics_and_tatweel_do_not_split_words() {
        assert_eq!(words("مُسـلحين و"), vec![(0, 16), (17, 19)]);
    }

    #[test]
    fn one_pass_terms_match_the_tokenizer() {
        let text = "وصلَ الوفدُ الألماني إلى سوريا، و١٬٧٠٠ مسلحٍ في Berlin";
        let mut exact = Vec::new();
        let mut khabar = Vec::new();
        for_each_word(text, &[Analysis::Exact, Analysis::Khabar], |_, t| {
            exact.extend(t[0].map(str::to_string));
            khabar.extend(t[1].map(str::to_string));
            // Re-entering the analyzer from the callback works (uncached).
            assert_eq!(terms("سوريا", Analysis::Khabar).len(), 1);
        });
        assert_eq!(exact, terms(text, Analysis::Exact));
        assert_eq!(khabar, terms(text, Analysis::Khabar));
        let mut three = Vec::new();
        for_each_word(
            text,
            &[Analysis::Light10, Analysis::Exact, Analysis::Khabar],
            |_, t| three.extend(t[2].map(str::to_string)),
        );
        assert_eq!(three, khabar);
        // Another thread (its own first level, the shared second level) agrees.
        let other = std::thread::spawn(move || terms(text, Analysis::Khabar))
            .join()
            .expect("thread");
        assert_eq!(other, khabar);
    }

    #[test]
    fn empty_and_punctuation_only() {
        assert!(terms("", Analysis::Khabar).is_empty());
        assert!(terms(" ،.؟!«»", Analysis::Khabar).is_empty());
    }
}
