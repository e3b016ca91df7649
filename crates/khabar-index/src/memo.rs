//! A per-thread memo of what clustering features need of each word, so that
//! computing an article's features costs one hash probe per word.
//!
//! [`crate::cluster::features`] needs, for every word of the text, the hash of
//! its exact (search-normalized) term and its khabar stem. Both come from
//! `khabar_tantivy`'s term caches, but looking a word up in two large maps
//! (with the key and both terms on the heap) costs several cache misses per
//! word, and ingest runs it next to the analysis, which evicts everything.
//! Here one compact entry holds both answers, with short words and stems
//! stored inline, so a hit touches one or two cache lines.
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use khabar_tantivy::{Analysis, ArabicTokenizer};

/// Entries per generation (two generations: see [`Generations`]).
const LIMIT: usize = 1 << 17;
/// Bytes stored inline (a 15-letter Arabic word).
const INLINE: usize = 30;

/// Bytes of a word or stem: inline when short, else on the heap.
#[derive(Clone, PartialEq, Eq)]
enum Bytes {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<[u8]>),
}

impl Bytes {
    fn new(b: &[u8]) -> Bytes {
        let mut buf = [0u8; INLINE];
        match buf.get_mut(..b.len()) {
            Some(dst) => {
                dst.copy_from_slice(b);
                Bytes::Inline {
                    len: b.len() as u8,
                    buf,
                }
            }
            None => Bytes::Heap(b.into()),
        }
    }

    fn as_bytes(&self) -> &[u8] {
        match self {
            Bytes::Inline { len, buf } => buf.get(..usize::from(*len)).unwrap_or_default(),
            Bytes::Heap(b) => b,
        }
    }
}

// Hash and Borrow agree with `[u8]`, so maps keyed by `Bytes` are probed with `&[u8]`.
impl Hash for Bytes {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_bytes().hash(state);
    }
}

impl std::borrow::Borrow<[u8]> for Bytes {
    fn borrow(&self) -> &[u8] {
        self.as_bytes()
    }
}

/// What features need of one word as written.
#[derive(Clone)]
pub(crate) struct WordInfo {
    /// FNV-64 of the word's exact term (`None`: the word yields no term).
    pub exact: Option<u64>,
    /// The word's stem with its FNV-64, when the stem can be a story key
    /// (at least 3 characters, not only ASCII digits).
    stem: Option<(u64, Bytes)>,
}

impl WordInfo {
    pub fn stem(&self) -> Option<(u64, &[u8])> {
        self.stem.as_ref().map(|(h, b)| (*h, b.as_bytes()))
    }
}

pub(crate) use khabar_tantivy::FxBuild;

pub(crate) fn fnv64(s: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Whether a stem can be a story key.
fn keyable(s: &str) -> bool {
    s.chars().nth(2).is_some() && !s.bytes().all(|c| c.is_ascii_digit())
}

type Map = HashMap<Bytes, WordInfo, FxBuild>;

/// Two bounded generations: when the young map is full it becomes the old
/// one; words found in the old map are promoted.
#[derive(Default)]
struct Generations {
    young: Map,
    old: Map,
}

thread_local! {
    static MEMO: RefCell<Generations> = RefCell::new(Generations::default());
}

fn compute(word: &str, exact: Option<&str>, khabar: Option<&str>) -> (Bytes, WordInfo) {
    let info = WordInfo {
        exact: exact.map(|t| fnv64(t.as_bytes())),
        stem: khabar
            .filter(|s| keyable(s))
            .map(|s| (fnv64(s.as_bytes()), Bytes::new(s.as_bytes()))),
    };
    (Bytes::new(word.as_bytes()), info)
}

/// Calls `f` with the [`WordInfo`] of every word of `text`, in order.
pub(crate) fn for_each_word(text: &str, mut f: impl FnMut(&WordInfo)) {
    let spans = khabar_tantivy::words(text);
    MEMO.with(|m| {
        let Ok(mut gens) = m.try_borrow_mut() else {
            // Re-entered from `f`: compute without the memo.
            for_each_uncached(text, f);
            return;
        };
        let gens = &mut *gens;
        for (s, e) in spans {
            let Some(word) = text.get(s..e) else { continue };
            if let Some(info) = gens.young.get(word.as_bytes()) {
                f(info);
                continue;
            }
            let (key, info) = match gens.old.remove_entry(word.as_bytes()) {
                Some(entry) => entry,
                // Misses go to the analyzer's process-wide term cache (not
                // to this thread's level: the memo already is that).
                None => compute(
                    word,
                    ArabicTokenizer::exact().shared_term(word).as_deref(),
                    ArabicTokenizer::khabar().shared_term(word).as_deref(),
                ),
            };
            f(&info);
            if gens.young.len() >= LIMIT {
                gens.old = std::mem::take(&mut gens.young);
            }
            gens.young.insert(key, info);
        }
    });
}

fn for_each_uncached(text: &str, mut f: impl FnMut(&WordInfo)) {
    khabar_tantivy::for_each_word(text, &[Analysis::Exact, Analysis::Khabar], |(s, e), t| {
        let t = |i: usize| t.get(i).copied().flatten();
        let word = text.get(s..e).unwrap_or_default();
        f(&compute(word, t(0), t(1)).1);
    });
}
