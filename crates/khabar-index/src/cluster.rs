//! Near-duplicates and story clusters, computed incrementally.
//!
//! * **Near-duplicates**: MinHash ([`NUM_HASHES`] hashes) over 4-word shingles
//!   of search-normalized words, candidates from LSH (bands of [`ROWS`]
//!   hashes), confirmed when the estimated Jaccard similarity is at least
//!   [`Params::dup_jaccard`], the estimated containment of the shorter text in
//!   the longer at least [`Params::dup_containment`] (a truncated reprint is
//!   still a copy) and the leads (first [`LEAD_WORDS`] words) overlap at least
//!   [`Params::dup_lead`]. A new copy joins the group of its most similar
//!   earlier copy: `duplicate_of` = that group's first article.
//! * **Stories**: an article's key terms are its rarest stems (document
//!   frequency, so far, ≥ 2 and ≤ [`Params::max_df`] of the corpus); it joins
//!   the story of the most similar earlier article published within
//!   [`Params::window_days`] (idf-weighted overlap of key terms ≥
//!   [`Params::story_similarity`], at least [`Params::min_shared`] shared),
//!   else opens a new story. Copies share their original's story.
//!
//! Articles are clustered one at a time against everything clustered before
//! ([`Clusterer::assign`]): the earlier articles are reached through a
//! [`Committed`] store that looks candidates up by key (the LSH band keys and
//! the (stem, week) story keys are indexed as terms of the tantivy index, so
//! memory does not grow with the corpus) plus the articles of the current
//! batch, which the clusterer keeps in memory until [`Clusterer::commit`].
//! Within a batch articles are processed in (date, id) order.
use std::collections::{HashMap, HashSet};

use crate::memo::FxBuild;

/// Maps of the clusterer (fast hashing; nothing depends on their order).
type FxMap<K, V> = HashMap<K, V, FxBuild>;
type FxSet<K> = HashSet<K, FxBuild>;

use crate::memo;
use crate::Result;

/// MinHash signature length (all hashes estimate similarity).
pub const NUM_HASHES: usize = 64;
/// LSH bands (over the first BANDS × ROWS hashes of the signature).
pub const BANDS: usize = 32;
/// Rows per LSH band.
pub const ROWS: usize = 2;
/// Words per shingle.
pub const SHINGLE: usize = 4;
/// Words of the lead.
pub const LEAD_WORDS: usize = 40;
const LEAD_HASHES: usize = 16;
const MAX_TERMS: usize = 600;
/// LSH buckets with more members come from boilerplate shared by unrelated
/// pages and are ignored (real copies also collide in other bands).
pub const MAX_BUCKET: usize = 400;
/// Story keys indexed per article (its rarest stems).
pub const STORY_KEYS: usize = 60;
/// Story keys are (stem, day / STORY_BUCKET_DAYS).
const STORY_BUCKET_DAYS: i32 = 7;
/// Story-key postings longer than this (in one week) are skipped.
pub const MAX_STORY_POSTINGS: usize = 5_000;

/// What clustering needs to know of an article once it is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Sketch {
    /// Number of distinct shingles.
    pub shingles: u32,
    /// Days since 1970-01-01 (UTC) of publication.
    pub day: Option<i32>,
    /// Summed idf weight of the article's story key terms when it was clustered.
    pub key_weight: f32,
    /// Hash of the source of the article's story's first article.
    pub story_source: u64,
    pub sig: Vec<u32>,
    /// MinHash of the lead's shingles (first [`LEAD_WORDS`] words): a copy
    /// starts like its original, an article that merely shares background
    /// paragraphs with another does not.
    pub lead: Vec<u32>,
}

/// Per-article features for clustering.
#[derive(Debug, Clone, PartialEq)]
pub struct Features {
    pub id: String,
    pub source: String,
    pub sketch: Sketch,
    /// The article's distinct stems (title and text), at most 600.
    pub stems: Vec<String>,
}

/// Tuning knobs (defaults chosen on the ANT corpus, see docs/eval/dedup.md).
#[derive(Debug, Clone, Copy)]
pub struct Params {
    pub dup_jaccard: f64,
    pub dup_containment: f64,
    pub dup_lead: f64,
    /// Leads overlapping at least this much ...
    pub dup_strong_lead: f64,
    /// ... need only this containment (an extended or trimmed reprint).
    pub dup_containment_strong_lead: f64,
    pub window_days: i32,
    pub key_terms: usize,
    pub max_df: f64,
    pub min_shared: usize,
    pub story_similarity: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            dup_jaccard: 0.3,
            dup_containment: 0.75,
            dup_lead: 0.2,
            dup_strong_lead: 0.9,
            dup_containment_strong_lead: 0.4,
            window_days: 3,
            key_terms: 30,
            max_df: 0.01,
            min_shared: 4,
            story_similarity: 0.3,
        }
    }
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

fn fnv64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in s.as_bytes() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Multipliers and offsets of the signature's hash functions (multiply-shift
/// hashing of a 64-bit shingle hash), derived once from a fixed seed.
fn hash_params() -> &'static [(u64, u64); NUM_HASHES] {
    static P: std::sync::OnceLock<[(u64, u64); NUM_HASHES]> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let mut p = [(0u64, 0u64); NUM_HASHES];
        for (i, slot) in p.iter_mut().enumerate() {
            let a = splitmix(0x6b68_6162_6172 ^ (i as u64 * 2 + 1)) | 1;
            let b = splitmix(0x006d_696e_6861_7368 ^ (i as u64 * 2 + 2));
            *slot = (a, b);
        }
        p
    })
}

/// Hash of a source name (stored with each article's story).
pub fn source_hash(source: &str) -> u64 {
    fnv64(source)
}

fn minhash(shingles: &[u64], out: &mut [u32]) {
    let params = hash_params();
    for &s in shingles {
        for (slot, &(a, b)) in out.iter_mut().zip(params.iter()) {
            let h = (s.wrapping_mul(a).wrapping_add(b) >> 32) as u32;
            if h < *slot {
                *slot = h;
            }
        }
    }
}

fn shingle_hashes(words: &[u64], n: usize) -> impl Iterator<Item = u64> + '_ {
    words
        .windows(n.max(1))
        .map(|w| w.iter().fold(0u64, |acc, h| splitmix(acc ^ h)))
}

/// Computes an article's features from its title and text.
pub fn features(
    id: &str,
    source: &str,
    day: Option<i32>,
    title: Option<&str>,
    text: &str,
) -> Features {
    features_with(SHINGLE, id, source, day, title, text)
}

/// [`features`] with `shingle` words per shingle (for experiments: the index
/// always uses [`SHINGLE`]).
pub fn features_with(
    shingle: usize,
    id: &str,
    source: &str,
    day: Option<i32>,
    title: Option<&str>,
    text: &str,
) -> Features {
    // One pass over the text, one memo probe per word: exact-term hashes
    // for the shingles, stems for the story keys. Stems go to one arena (no
    // allocation per word) and are materialized once deduplicated.
    let mut word_hashes: Vec<u64> = Vec::with_capacity(text.len() / 8);
    let mut arena: Vec<u8> = Vec::with_capacity(text.len());
    let mut stem_spans: Vec<(u64, usize, usize)> = Vec::with_capacity(text.len() / 8);
    let mut push_stem = |w: &memo::WordInfo| {
        if let Some((h, s)) = w.stem() {
            let start = arena.len();
            arena.extend_from_slice(s);
            stem_spans.push((h, start, arena.len()));
        }
    };
    memo::for_each_word(text, |w| {
        if let Some(h) = w.exact {
            word_hashes.push(h);
        }
        push_stem(w);
    });
    if let Some(t) = title {
        memo::for_each_word(t, &mut push_stem);
    }
    let mut shingles: Vec<u64> = if word_hashes.len() < shingle {
        word_hashes.iter().map(|&h| splitmix(h)).collect()
    } else {
        shingle_hashes(&word_hashes, shingle).collect()
    };
    shingles.sort_unstable();
    shingles.dedup();
    let mut sig = vec![u32::MAX; NUM_HASHES];
    minhash(&shingles, &mut sig);
    let lead_shingles: Vec<u64> = if word_hashes.len() < shingle {
        shingles.clone()
    } else {
        let mut l: Vec<u64> = shingle_hashes(&word_hashes, shingle)
            .take(LEAD_WORDS)
            .collect();
        l.sort_unstable();
        l.dedup();
        l
    };
    let mut lead = vec![u32::MAX; LEAD_HASHES];
    minhash(&lead_shingles, &mut lead);
    // A pseudo-random (hash-ordered) subset when an article has very many
    // stems. Byte order is `str` order.
    let stem_of = |&(_, a, b): &(u64, usize, usize)| arena.get(a..b).unwrap_or_default();
    stem_spans.sort_unstable_by(|x, y| x.0.cmp(&y.0).then_with(|| stem_of(x).cmp(stem_of(y))));
    stem_spans.dedup_by(|x, y| x.0 == y.0 && stem_of(x) == stem_of(y));
    stem_spans.truncate(MAX_TERMS);
    let stems: Vec<String> = stem_spans
        .iter()
        .map(|x| String::from_utf8_lossy(stem_of(x)).into_owned())
        .collect();
    Features {
        id: id.to_string(),
        source: source.to_string(),
        sketch: Sketch {
            shingles: shingles.len().min(u32::MAX as usize) as u32,
            day,
            key_weight: 0.0,
            story_source: 0,
            sig,
            lead,
        },
        stems,
    }
}

/// Estimated Jaccard similarity of two signatures.
pub fn jaccard(a: &Sketch, b: &Sketch) -> f64 {
    if a.shingles == 0 || b.shingles == 0 {
        return 0.0;
    }
    let eq = a.sig.iter().zip(&b.sig).filter(|(x, y)| x == y).count();
    eq as f64 / a.sig.len().max(1) as f64
}

/// Estimated containment of the smaller shingle set in the larger one.
pub fn containment(a: &Sketch, b: &Sketch, j: f64) -> f64 {
    let (sa, sb) = (f64::from(a.shingles), f64::from(b.shingles));
    let small = sa.min(sb);
    if small <= 0.0 {
        return 0.0;
    }
    (j * (sa + sb) / (1.0 + j) / small).min(1.0)
}

/// Estimated Jaccard similarity of the two leads.
pub fn lead_jaccard(a: &Sketch, b: &Sketch) -> f64 {
    let n = a.lead.len().min(b.lead.len());
    if n == 0 {
        return 0.0;
    }
    let eq = a
        .lead
        .iter()
        .zip(&b.lead)
        .filter(|(x, y)| x == y && **x != u32::MAX)
        .count();
    eq as f64 / n as f64
}

/// Whether two articles are near-identical copies under `p`.
pub fn is_duplicate(a: &Sketch, b: &Sketch, p: &Params) -> bool {
    let j = jaccard(a, b);
    if j < p.dup_jaccard {
        return false;
    }
    let c = containment(a, b, j);
    let lead = lead_jaccard(a, b);
    let min_c = if lead >= p.dup_strong_lead {
        p.dup_containment_strong_lead
    } else {
        p.dup_containment
    };
    lead >= p.dup_lead && c >= min_c
}

/// The LSH band keys of a signature (none for an empty text).
pub fn band_keys(s: &Sketch) -> Vec<u64> {
    if s.shingles == 0 {
        return Vec::new();
    }
    s.sig
        .chunks(ROWS)
        .take(BANDS)
        .enumerate()
        .map(|(b, chunk)| {
            chunk
                .iter()
                .fold(splitmix(b as u64), |acc, &v| splitmix(acc ^ u64::from(v)))
        })
        .collect()
}

fn story_key(stem_hash: u64, bucket: i32) -> u64 {
    splitmix(stem_hash ^ splitmix(0x7374_6f72_7900 ^ u64::from(bucket as u32)))
}

fn week(day: i32) -> i32 {
    day.div_euclid(STORY_BUCKET_DAYS)
}

impl Sketch {
    /// Serialized form (stored in the index as a fast bytes field).
    pub fn encode(&self) -> Vec<u8> {
        let mut p = Vec::with_capacity(28 + 4 * (self.sig.len() + self.lead.len()));
        p.extend_from_slice(&self.shingles.to_le_bytes());
        p.extend_from_slice(&self.day.unwrap_or(i32::MIN).to_le_bytes());
        p.extend_from_slice(&self.key_weight.to_le_bytes());
        p.extend_from_slice(&self.story_source.to_le_bytes());
        p.push(self.sig.len().min(255) as u8);
        p.push(self.lead.len().min(255) as u8);
        for v in self.sig.iter().take(255).chain(self.lead.iter().take(255)) {
            p.extend_from_slice(&v.to_le_bytes());
        }
        p
    }

    /// Inverse of [`Sketch::encode`] (`None` when the bytes are not a sketch).
    pub fn decode(b: &[u8]) -> Option<Sketch> {
        let u32_at = |i: usize| -> Option<u32> {
            Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?))
        };
        let shingles = u32_at(0)?;
        let day = u32_at(4)? as i32;
        let key_weight = f32::from_bits(u32_at(8)?);
        let story_source = u64::from_le_bytes(b.get(12..20)?.try_into().ok()?);
        let ns = usize::from(*b.get(20)?);
        let nl = usize::from(*b.get(21)?);
        if b.len() != 22 + 4 * (ns + nl) {
            return None;
        }
        let vals: Vec<u32> = (0..ns + nl).filter_map(|k| u32_at(22 + 4 * k)).collect();
        let (sig, lead) = vals.split_at(ns);
        Some(Sketch {
            shingles,
            day: (day != i32::MIN).then_some(day),
            key_weight,
            story_source,
            sig: sig.to_vec(),
            lead: lead.to_vec(),
        })
    }
}

/// Which key a store looks up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    /// An LSH band key.
    Band,
    /// A (stem, week) story key.
    Story,
}

/// A stored article, as numbered by a [`Committed`] store.
pub type DocRef = u64;

/// The articles clustered (and stored) before the current batch.
pub trait Committed {
    /// Number of stored articles.
    fn num_docs(&self) -> u64;
    /// Number of stored articles containing `stem`.
    fn doc_freq(&mut self, stem: &str) -> Result<u32>;
    /// Appends the articles indexed under `key` to `out`, unless there are
    /// more than `cap` of them: then appends nothing and returns `false`.
    fn lookup(
        &mut self,
        kind: KeyKind,
        key: u64,
        cap: usize,
        out: &mut Vec<DocRef>,
    ) -> Result<bool>;
    /// Announces keys that [`Committed::lookup`] will be asked for (sorted,
    /// distinct), so that a store can look them up together; results must
    /// not change. The default does nothing.
    fn prefetch(&mut self, kind: KeyKind, keys: &[u64]) -> Result<()> {
        let _ = (kind, keys);
        Ok(())
    }
    /// The stored sketch of an article.
    fn sketch(&mut self, d: DocRef) -> Result<Option<Sketch>>;
    /// (id of the article's duplicate group's first article, story id).
    fn assignment(&mut self, d: DocRef) -> Result<Option<(String, String)>>;
}

/// Clustering result of one article, with what must be stored with it.
#[derive(Debug, Clone, PartialEq)]
pub struct Assigned {
    pub duplicate_of: Option<String>,
    pub story: String,
    /// The article opened its story.
    pub opened_story: bool,
    /// The article joined a story whose first article has another source.
    pub other_source: bool,
    /// Keys to index ([`KeyKind::Band`]).
    pub band_keys: Vec<u64>,
    /// Keys to index ([`KeyKind::Story`]).
    pub story_keys: Vec<u64>,
    /// Sketch to store (with key weight and story source filled in).
    pub sketch: Sketch,
}

struct Pending {
    root: String,
    story: String,
    sketch: Sketch,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Cand {
    Stored(DocRef),
    Pending(u32),
}

/// Incremental clustering: keeps only the current batch in memory.
pub struct Clusterer {
    params: Params,
    pending: Vec<Pending>,
    band: FxMap<u64, Vec<u32>>,
    skeys: FxMap<u64, Vec<u32>>,
    /// The batch's stems, numbered: index into `df`.
    stem_ids: FxMap<String, u32>,
    /// Per stem of the batch: (document frequency in the store, in the batch so far).
    df: Vec<(u32, u32)>,
}

impl Clusterer {
    pub fn new(params: Params) -> Clusterer {
        Clusterer {
            params,
            pending: Vec::new(),
            band: FxMap::default(),
            skeys: FxMap::default(),
            stem_ids: FxMap::default(),
            df: Vec::new(),
        }
    }

    /// Articles assigned since the last [`Clusterer::commit`].
    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// Forgets the batch: call once the store holds its articles.
    pub fn commit(&mut self) {
        self.pending.clear();
        self.band.clear();
        self.skeys.clear();
        self.stem_ids.clear();
        self.df.clear();
    }

    fn cand_sketch(&self, store: &mut dyn Committed, c: Cand) -> Result<Option<Sketch>> {
        Ok(match c {
            Cand::Stored(d) => store.sketch(d)?,
            Cand::Pending(i) => self.pending.get(i as usize).map(|p| p.sketch.clone()),
        })
    }

    fn cand_assignment(
        &self,
        store: &mut dyn Committed,
        c: Cand,
    ) -> Result<Option<(String, String)>> {
        Ok(match c {
            Cand::Stored(d) => store.assignment(d)?,
            Cand::Pending(i) => self
                .pending
                .get(i as usize)
                .map(|p| (p.root.clone(), p.story.clone())),
        })
    }

    fn candidates(
        &self,
        store: &mut dyn Committed,
        kind: KeyKind,
        key: u64,
        cap: usize,
        buf: &mut Vec<DocRef>,
    ) -> Result<Vec<Cand>> {
        buf.clear();
        let local = match kind {
            KeyKind::Band => self.band.get(&key),
            KeyKind::Story => self.skeys.get(&key),
        }
        .map(Vec::as_slice)
        .unwrap_or_default();
        if local.len() > cap || !store.lookup(kind, key, cap - local.len(), buf)? {
            return Ok(Vec::new());
        }
        Ok(buf
            .iter()
            .map(|&d| Cand::Stored(d))
            .chain(local.iter().map(|&i| Cand::Pending(i)))
            .collect())
    }

    /// Prepares the committed look-ups of a batch (before its [`Clusterer::assign`]
    /// calls): the band keys of its articles and the document frequencies of
    /// their stems are looked up in sorted order (neighbouring keys share the
    /// term dictionaries' pages and cache lines). Results do not change.
    pub fn prefetch<'a>(
        &mut self,
        store: &mut dyn Committed,
        batch: impl IntoIterator<Item = &'a Features>,
    ) -> Result<()> {
        let mut keys: Vec<u64> = Vec::new();
        let mut stems: Vec<&str> = Vec::new();
        for f in batch {
            keys.extend(band_keys(&f.sketch));
            stems.extend(f.stems.iter().map(String::as_str));
        }
        keys.sort_unstable();
        keys.dedup();
        store.prefetch(KeyKind::Band, &keys)?;
        let mut seen: FxSet<&str> = FxSet::default();
        stems.retain(|s| !self.stem_ids.contains_key(*s) && seen.insert(s));
        stems.sort_unstable();
        for s in stems {
            self.stem_id(store, s)?;
        }
        Ok(())
    }

    /// The number of `stem` in this batch, looking its stored document
    /// frequency up when new.
    fn stem_id(&mut self, store: &mut dyn Committed, stem: &str) -> Result<u32> {
        if let Some(&id) = self.stem_ids.get(stem) {
            return Ok(id);
        }
        let d = store.doc_freq(stem)?;
        let id = self.df.len() as u32;
        self.df.push((d, 0));
        self.stem_ids.insert(stem.to_string(), id);
        Ok(id)
    }

    /// Clusters one article against everything before it and adds it to the batch.
    pub fn assign(&mut self, store: &mut dyn Committed, f: &Features) -> Result<Assigned> {
        let p = self.params;
        let mut sketch = f.sketch.clone();
        let bands = band_keys(&sketch);
        let mut buf = Vec::new();

        // Near-duplicates: the most similar confirmed copy.
        let mut seen: FxSet<Cand> = FxSet::default();
        let mut best_copy: Option<(f64, Cand, Sketch)> = None;
        for &k in &bands {
            for c in self.candidates(store, KeyKind::Band, k, MAX_BUCKET, &mut buf)? {
                if !seen.insert(c) {
                    continue;
                }
                let Some(o) = self.cand_sketch(store, c)? else {
                    continue;
                };
                if is_duplicate(&sketch, &o, &p) {
                    let j = jaccard(&sketch, &o);
                    if best_copy
                        .as_ref()
                        .is_none_or(|(bj, bc, _)| j > *bj || (j == *bj && c < *bc))
                    {
                        best_copy = Some((j, c, o));
                    }
                }
            }
        }
        let copy_of = match best_copy {
            Some((_, c, o)) => self.cand_assignment(store, c)?.map(|a| (a, o)),
            None => None,
        };

        // Key terms by document frequency so far.
        let n = store.num_docs() + self.pending.len() as u64 + 1;
        let max_df = ((n as f64 * p.max_df).ceil() as u64).max(3);
        let idf = |d: u64| ((n as f64 + 1.0) / d.max(1) as f64).ln();
        let mut terms: Vec<(u64, u64, &str)> = Vec::with_capacity(f.stems.len());
        let mut ids: Vec<u32> = Vec::with_capacity(f.stems.len());
        for s in &f.stems {
            let id = self.stem_id(store, s)?;
            ids.push(id);
            let (stored, pending) = self.df.get(id as usize).copied().unwrap_or_default();
            let df = u64::from(stored) + u64::from(pending) + 1;
            if df <= max_df {
                terms.push((df, fnv64(s), s.as_str()));
            }
        }
        terms.sort_unstable();
        let keys: Vec<(u64, f64)> = terms
            .iter()
            .filter(|t| t.0 >= 2)
            .take(p.key_terms)
            .map(|t| (t.1, idf(t.0)))
            .collect();
        let my_weight: f64 = keys.iter().map(|k| k.1).sum();
        sketch.key_weight = my_weight as f32;
        let story_keys: Vec<u64> = match sketch.day {
            Some(d) => terms
                .iter()
                .take(STORY_KEYS)
                .map(|t| story_key(t.1, week(d)))
                .collect(),
            None => Vec::new(),
        };

        let my_source = source_hash(&f.source);
        let (duplicate_of, story, story_source, opened) = if let Some(((root, story), o)) = copy_of
        {
            (Some(root), story, o.story_source, false)
        } else {
            match self.best_story(store, &sketch, &keys, my_weight, &mut buf)? {
                Some((story, src)) => (None, story, src, false),
                None => (None, f.id.clone(), my_source, true),
            }
        };
        sketch.story_source = story_source;

        // Add the article to the batch.
        let i = self.pending.len() as u32;
        for &k in &bands {
            self.band.entry(k).or_default().push(i);
        }
        for &k in &story_keys {
            self.skeys.entry(k).or_default().push(i);
        }
        for id in ids {
            if let Some(d) = self.df.get_mut(id as usize) {
                d.1 += 1;
            }
        }
        self.pending.push(Pending {
            root: duplicate_of.clone().unwrap_or_else(|| f.id.clone()),
            story: story.clone(),
            sketch: sketch.clone(),
        });
        Ok(Assigned {
            duplicate_of,
            story,
            opened_story: opened,
            other_source: !opened && story_source != my_source,
            band_keys: bands,
            story_keys,
            sketch,
        })
    }

    /// The story of the most similar earlier article within the window:
    /// (story id, story source hash).
    fn best_story(
        &self,
        store: &mut dyn Committed,
        sketch: &Sketch,
        keys: &[(u64, f64)],
        my_weight: f64,
        buf: &mut Vec<DocRef>,
    ) -> Result<Option<(String, u64)>> {
        let p = self.params;
        let Some(day) = sketch.day else {
            return Ok(None);
        };
        let mut weeks = vec![week(day - p.window_days)];
        for d in day - p.window_days + 1..=day + p.window_days {
            if weeks.last() != Some(&week(d)) {
                weeks.push(week(d));
            }
        }
        let mut shared: FxMap<Cand, (usize, f64)> = FxMap::default();
        for &(h, w) in keys {
            for &wk in &weeks {
                let key = story_key(h, wk);
                for c in self.candidates(store, KeyKind::Story, key, MAX_STORY_POSTINGS, buf)? {
                    let e = shared.entry(c).or_insert((0, 0.0));
                    e.0 += 1;
                    e.1 += w;
                }
            }
        }
        let mut ranked: Vec<(Cand, usize, f64)> = shared
            .into_iter()
            .filter(|&(_, (count, _))| count >= p.min_shared)
            .map(|(c, (count, w))| (c, count, w))
            .collect();
        ranked.sort_unstable_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
        let mut best: Option<(f64, Cand, u64)> = None;
        for (c, _, w) in ranked {
            let Some(o) = self.cand_sketch(store, c)? else {
                continue;
            };
            let in_window = o.day.is_some_and(|d| (d - day).abs() <= p.window_days);
            if !in_window {
                continue;
            }
            let other = f64::from(o.key_weight);
            let sim = w / my_weight.min(if other > 0.0 { other } else { w }).max(1e-9);
            if sim >= p.story_similarity
                && best
                    .as_ref()
                    .is_none_or(|(bs, bc, _)| sim > *bs || (sim == *bs && c < *bc))
            {
                best = Some((sim, c, o.story_source));
            }
        }
        match best {
            Some((_, c, src)) => Ok(self.cand_assignment(store, c)?.map(|(_, s)| (s, src))),
            None => Ok(None),
        }
    }
}

/// An in-memory [`Committed`] store (evaluation and tests; memory grows with
/// the corpus — the index keeps the same keys on disk).
#[derive(Default)]
pub struct MemStore {
    docs: Vec<(String, String, Sketch)>,
    band: FxMap<u64, Vec<u32>>,
    skeys: FxMap<u64, Vec<u32>>,
    df: FxMap<String, u32>,
}

impl MemStore {
    /// Stores an article clustered by [`Clusterer::assign`].
    pub fn add(&mut self, f: &Features, a: &Assigned) {
        let i = self.docs.len() as u32;
        for &k in &a.band_keys {
            self.band.entry(k).or_default().push(i);
        }
        for &k in &a.story_keys {
            self.skeys.entry(k).or_default().push(i);
        }
        for s in &f.stems {
            *self.df.entry(s.clone()).or_insert(0) += 1;
        }
        self.docs.push((
            a.duplicate_of.clone().unwrap_or_else(|| f.id.clone()),
            a.story.clone(),
            a.sketch.clone(),
        ));
    }
}

impl Committed for MemStore {
    fn num_docs(&self) -> u64 {
        self.docs.len() as u64
    }
    fn doc_freq(&mut self, stem: &str) -> Result<u32> {
        Ok(self.df.get(stem).copied().unwrap_or(0))
    }
    fn lookup(
        &mut self,
        kind: KeyKind,
        key: u64,
        cap: usize,
        out: &mut Vec<DocRef>,
    ) -> Result<bool> {
        let list = match kind {
            KeyKind::Band => self.band.get(&key),
            KeyKind::Story => self.skeys.get(&key),
        }
        .map(Vec::as_slice)
        .unwrap_or_default();
        if list.len() > cap {
            return Ok(false);
        }
        out.extend(list.iter().map(|&i| DocRef::from(i)));
        Ok(true)
    }
    fn sketch(&mut self, d: DocRef) -> Result<Option<Sketch>> {
        Ok(self.docs.get(d as usize).map(|x| x.2.clone()))
    }
    fn assignment(&mut self, d: DocRef) -> Result<Option<(String, String)>> {
        Ok(self
            .docs
            .get(d as usize)
            .map(|x| (x.0.clone(), x.1.clone())))
    }
}

/// Clusters articles in memory the way ingest does: in batches of `batch`
/// (input order), each batch in (date, id) order. Returns, for every input
/// article, its assignment.
pub fn cluster_in_batches(feats: &[Features], p: &Params, batch: usize) -> Result<Vec<Assigned>> {
    let mut store = MemStore::default();
    let mut cl = Clusterer::new(*p);
    let mut out: Vec<Option<Assigned>> = vec![None; feats.len()];
    let idx: Vec<usize> = (0..feats.len()).collect();
    for chunk in idx.chunks(batch.max(1)) {
        let mut order = chunk.to_vec();
        order.sort_by_key(|&i| {
            feats
                .get(i)
                .map(|f| (f.sketch.day.unwrap_or(i32::MAX), f.id.as_str()))
        });
        let mut done = Vec::with_capacity(order.len());
        for i in order {
            if let Some(f) = feats.get(i) {
                done.push((i, cl.assign(&mut store, f)?));
            }
        }
        for (i, a) in done {
            if let Some(f) = feats.get(i) {
                store.add(f, &a);
            }
            if let Some(slot) = out.get_mut(i) {
                *slot = Some(a);
            }
        }
        cl.commit();
    }
    Ok(out.into_iter().flatten().collect())
}

/// All near-duplicate pairs (i < j, indices into `feats`) confirmed under `p`,
/// in memory (used to list candidate pairs for labelling).
pub fn duplicate_pairs(feats: &[Features], p: &Params) -> Vec<(usize, usize)> {
    let bands = BANDS;
    let mut keys: Vec<(u64, u32)> = Vec::with_capacity(feats.len() * bands);
    for (i, f) in feats.iter().enumerate() {
        keys.extend(band_keys(&f.sketch).into_iter().map(|k| (k, i as u32)));
    }
    keys.sort_unstable();
    let mut pairs = Vec::new();
    let mut start = 0;
    while start < keys.len() {
        let k = keys.get(start).map_or(0, |x| x.0);
        let mut end = start;
        while keys.get(end).is_some_and(|x| x.0 == k) {
            end += 1;
        }
        // Very large buckets come from boilerplate shared by unrelated pages:
        // real copies also collide in other bands.
        if end - start > 1 && end - start <= 400 {
            let bucket = keys.get(start..end).unwrap_or_default();
            for (x, &(_, i)) in bucket.iter().enumerate() {
                for &(_, j) in bucket.get(x + 1..).unwrap_or_default() {
                    pairs.push((i.min(j) as usize, i.max(j) as usize));
                }
            }
        }
        start = end;
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs.retain(|&(i, j)| matches!((feats.get(i), feats.get(j)), (Some(a), Some(b)) if is_duplicate(&a.sketch, &b.sketch, p)));
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "أعلنت وزارة الخارجية الروسية اليوم أن الوزير سيزور دمشق الأسبوع المقبل لبحث الأوضاع في سوريا مع المسؤولين وأكد المتحدث باسم الوزارة أن الزيارة تأتي في إطار التنسيق المستمر بين البلدين حول الملفات الإقليمية";
    const OTHER: &str = "فاز الفريق بالمباراة النهائية بعد أداء قوي من اللاعبين في الشوط الثاني وسط حضور جماهيري كبير في الملعب";

    fn sample() -> Vec<Features> {
        let half: String = A.split(' ').take(22).collect::<Vec<_>>().join(" ");
        vec![
            features("b", "y", Some(1), None, &format!("{A}.")),
            features("a", "x", Some(1), None, A),
            features("d", "y", Some(1), None, OTHER),
            features("c", "y", Some(1), None, &half),
        ]
    }

    #[test]
    fn copies_and_truncated_copies_are_duplicates() {
        let p = Params::default();
        let f = sample();
        let (b, a, other, c) = (&f[0].sketch, &f[1].sketch, &f[2].sketch, &f[3].sketch);
        assert!(is_duplicate(a, b, &p));
        assert!(
            is_duplicate(a, c, &p),
            "j={} c={}",
            jaccard(a, c),
            containment(a, c, jaccard(a, c))
        );
        assert!(!is_duplicate(a, other, &p));
        // One batch: "a" < "b" < "c" by id on the same day, so a is the original.
        let asg = cluster_in_batches(&f, &p, 100).expect("cluster");
        let dups: Vec<Option<&str>> = asg.iter().map(|x| x.duplicate_of.as_deref()).collect();
        assert_eq!(dups, vec![Some("a"), None, None, Some("a")]);
        assert_eq!(asg[0].story, "a");
        assert_eq!(asg[2].story, "d");
        assert!(asg[1].opened_story && asg[2].opened_story && !asg[0].opened_story);
        assert!(asg[0].other_source, "b (source y) copies a (source x)");
        // Batches of one (every article committed before the next): the
        // first article seen is the original.
        let asg = cluster_in_batches(&f, &p, 1).expect("cluster");
        let dups: Vec<Option<&str>> = asg.iter().map(|x| x.duplicate_of.as_deref()).collect();
        assert_eq!(dups, vec![None, Some("b"), None, Some("b")]);
    }

    #[test]
    fn stories_link_related_articles_within_the_window() {
        let p = Params {
            min_shared: 2,
            ..Params::default()
        };
        let filler =
            |i: usize| format!("خبر رقم {i} عن موضوع مختلف تماما حول الطقس والزراعة والرياضة");
        let mut f: Vec<Features> = (0..40)
            .map(|i| features(&format!("f{i:02}"), "z", Some(100), None, &filler(i)))
            .collect();
        let t1 = "وصل الوزير لافروف إلى دمشق حيث التقى المعلم وبحث معه مفاوضات جنيف والهدنة في حلب";
        let t2 = "قال مسؤولون إن لافروف والمعلم ناقشا في دمشق مفاوضات جنيف وهدنة حلب خلال لقاء مطول";
        f.push(features("s1", "x", Some(100), None, t1));
        f.push(features("s2", "y", Some(102), None, t2));
        let t3 = "في حلب أعلنت فصائل المعارضة رفض هدنة جنيف التي بحثها لافروف والمعلم في دمشق أمس";
        f.push(features("s3", "y", Some(140), None, t3));
        let asg = cluster_in_batches(&f, &p, 16).expect("cluster");
        let s = |id: &str| {
            f.iter()
                .position(|x| x.id == id)
                .and_then(|i| asg.get(i))
                .map(|a| (a.story.clone(), a.other_source))
        };
        assert_eq!(s("s2"), Some(("s1".to_string(), true)));
        assert_eq!(
            s("s3").map(|x| x.0),
            Some("s3".to_string()),
            "outside the window"
        );
    }

    /// [`Clusterer::prefetch`] only changes the order of the committed
    /// look-ups: batches clustered with and without it agree.
    #[test]
    fn prefetch_does_not_change_assignments() {
        let p = Params {
            min_shared: 2,
            ..Params::default()
        };
        let texts = [
            "وصل الوزير لافروف إلى دمشق حيث التقى المعلم وبحث معه مفاوضات جنيف والهدنة في حلب",
            "قال مسؤولون إن لافروف والمعلم ناقشا في دمشق مفاوضات جنيف وهدنة حلب خلال لقاء مطول",
            "في حلب أعلنت فصائل المعارضة رفض هدنة جنيف التي بحثها لافروف والمعلم في دمشق أمس",
            A,
        ];
        let f: Vec<Features> = (0..60)
            .map(|i| {
                let text = match texts.get(i % 7) {
                    Some(t) => format!("{t} {}", i % 3),
                    None => format!("خبر رقم {i} عن موضوع مختلف حول الطقس والزراعة"),
                };
                features(
                    &format!("a{i:02}"),
                    ["x", "y"][i % 2],
                    Some(100 + (i % 5) as i32),
                    None,
                    &text,
                )
            })
            .collect();
        let run = |prefetch: bool| -> Vec<Assigned> {
            let mut store = MemStore::default();
            let mut cl = Clusterer::new(p);
            let mut out = Vec::new();
            for batch in f.chunks(8) {
                if prefetch {
                    cl.prefetch(&mut store, batch).expect("prefetch");
                }
                let done: Vec<Assigned> = batch
                    .iter()
                    .map(|x| cl.assign(&mut store, x).expect("assign"))
                    .collect();
                for (x, a) in batch.iter().zip(&done) {
                    store.add(x, a);
                }
                cl.commit();
                out.extend(done);
            }
            out
        };
        let plain = run(false);
        assert!(plain.iter().any(|a| a.duplicate_of.is_some()));
        assert!(plain
            .iter()
            .any(|a| !a.opened_story && a.duplicate_of.is_none()));
        assert_eq!(run(true), plain);
    }

    #[test]
    fn stems_are_the_hash_ordered_distinct_keyable_stems() {
        let title = "لافروف يزور دمشق";
        let f = features("a", "x", Some(1), Some(title), A);
        let mut want: Vec<(u64, String)> =
            khabar_tantivy::terms(A, khabar_tantivy::Analysis::Khabar)
                .into_iter()
                .chain(khabar_tantivy::terms(
                    title,
                    khabar_tantivy::Analysis::Khabar,
                ))
                .filter(|s| s.chars().nth(2).is_some() && !s.bytes().all(|c| c.is_ascii_digit()))
                .map(|s| (fnv64(&s), s))
                .collect();
        want.sort_unstable();
        want.dedup();
        want.truncate(MAX_TERMS);
        let want: Vec<String> = want.into_iter().map(|(_, s)| s).collect();
        assert_eq!(f.stems, want);
        // Computed again (from the memo) and on another thread: the same features.
        assert_eq!(features("a", "x", Some(1), Some(title), A), f);
        let again = std::thread::spawn(move || features("a", "x", Some(1), Some(title), A))
            .join()
            .expect("thread");
        assert_eq!(again, f);
    }

    #[test]
    fn sketch_roundtrip() {
        let mut s = features("a", "src", Some(17_000), Some("عنوان"), A).sketch;
        s.key_weight = 12.5;
        s.story_source = 42;
        assert_eq!(Sketch::decode(&s.encode()), Some(s.clone()));
        let e = features("b", "", None, None, "").sketch;
        assert_eq!(Sketch::decode(&e.encode()), Some(e));
        assert_eq!(Sketch::decode(&[1, 2, 3]), None);
    }
}
