//! Near-duplicates and story clusters.
//!
//! * **Near-duplicates**: MinHash ([`NUM_HASHES`] hashes) over 4-word shingles
//!   of search-normalized words, candidate pairs from LSH (bands of
//!   [`ROWS`] hashes), confirmed when the estimated Jaccard similarity is at
//!   least [`Params::dup_jaccard`] and the estimated containment of the shorter
//!   text in the longer at least [`Params::dup_containment`] (a truncated
//!   reprint is still a copy). Connected copies form a group; every member but
//!   the earliest gets `duplicate_of` = the earliest.
//! * **Stories**: each article's key terms are its rarest stems (document
//!   frequency ≥ 2 and ≤ [`Params::max_df`] of the corpus); an article joins the
//!   story of the most similar earlier article published within
//!   [`Params::window_days`] (idf-weighted overlap of key terms ≥
//!   [`Params::story_similarity`], at least [`Params::min_shared`] shared),
//!   else opens a new story. Copies share their original's story.
//!
//! Clustering is a pure function of the set of articles (articles are
//! processed in (date, id) order), so it does not depend on ingest order.
use std::collections::HashMap;

/// MinHash signature length.
pub const NUM_HASHES: usize = 64;
/// Rows per LSH band (bands = NUM_HASHES / ROWS).
pub const ROWS: usize = 2;
const SHINGLE: usize = 4;
/// Words of the lead.
pub const LEAD_WORDS: usize = 40;
const LEAD_HASHES: usize = 16;
const MAX_TERMS: usize = 600;

/// Per-article features for clustering.
#[derive(Debug, Clone, PartialEq)]
pub struct Features {
    pub id: String,
    pub source: String,
    /// Days since 1970-01-01 (UTC) of publication.
    pub day: Option<i32>,
    /// Number of distinct shingles.
    pub shingles: u32,
    pub sig: Vec<u32>,
    /// MinHash of the lead's shingles (first [`LEAD_WORDS`] words): a copy
    /// starts like its original, an article that merely shares background
    /// paragraphs with another does not.
    pub lead: Vec<u32>,
    /// Hashes of the article's distinct stems (title and text).
    pub terms: Vec<u32>,
}

/// Tuning knobs (defaults chosen on the ANT corpus, see docs/eval/dedup.md).
#[derive(Debug, Clone, Copy)]
pub struct Params {
    pub dup_jaccard: f64,
    pub dup_containment: f64,
    pub dup_lead: f64,
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

/// Computes an article's features from its title and text.
pub fn features(
    id: &str,
    source: &str,
    day: Option<i32>,
    title: Option<&str>,
    text: &str,
) -> Features {
    let mut word_hashes: Vec<u64> = Vec::with_capacity(text.len() / 8);
    khabar_tantivy::for_each_term(text, khabar_tantivy::Analysis::Exact, |w| {
        word_hashes.push(fnv64(w))
    });
    let mut shingles: Vec<u64> = if word_hashes.len() < SHINGLE {
        word_hashes.iter().map(|&h| splitmix(h)).collect()
    } else {
        word_hashes
            .windows(SHINGLE)
            .map(|w| w.iter().fold(0u64, |acc, h| splitmix(acc ^ h)))
            .collect()
    };
    shingles.sort_unstable();
    shingles.dedup();
    let params = hash_params();
    let mut sig = [u32::MAX; NUM_HASHES];
    for &s in &shingles {
        for (slot, &(a, b)) in sig.iter_mut().zip(params.iter()) {
            let h = (s.wrapping_mul(a).wrapping_add(b) >> 32) as u32;
            if h < *slot {
                *slot = h;
            }
        }
    }
    let lead_shingles: Vec<u64> = if word_hashes.len() < SHINGLE {
        shingles.clone()
    } else {
        let mut l: Vec<u64> = word_hashes
            .windows(SHINGLE)
            .take(LEAD_WORDS)
            .map(|w| w.iter().fold(0u64, |acc, h| splitmix(acc ^ h)))
            .collect();
        l.sort_unstable();
        l.dedup();
        l
    };
    let mut lead = [u32::MAX; LEAD_HASHES];
    for &s in &lead_shingles {
        for (slot, &(a, b)) in lead.iter_mut().zip(params.iter()) {
            let h = (s.wrapping_mul(a).wrapping_add(b) >> 32) as u32;
            if h < *slot {
                *slot = h;
            }
        }
    }
    let mut terms: Vec<u32> = Vec::with_capacity(256);
    let mut push = |s: &str| {
        if s.chars().nth(2).is_some() && !s.bytes().all(|c| c.is_ascii_digit()) {
            terms.push((fnv64(s) >> 32) as u32);
        }
    };
    khabar_tantivy::for_each_term(text, khabar_tantivy::Analysis::Khabar, &mut push);
    if let Some(t) = title {
        khabar_tantivy::for_each_term(t, khabar_tantivy::Analysis::Khabar, &mut push);
    }
    terms.sort_unstable();
    terms.dedup();
    terms.truncate(MAX_TERMS);
    Features {
        id: id.to_string(),
        source: source.to_string(),
        day,
        shingles: shingles.len().min(u32::MAX as usize) as u32,
        sig: sig.to_vec(),
        lead: lead.to_vec(),
        terms,
    }
}

/// Estimated Jaccard similarity of two signatures.
pub fn jaccard(a: &Features, b: &Features) -> f64 {
    if a.shingles == 0 || b.shingles == 0 {
        return 0.0;
    }
    let eq = a.sig.iter().zip(&b.sig).filter(|(x, y)| x == y).count();
    eq as f64 / a.sig.len().max(1) as f64
}

/// Estimated containment of the smaller shingle set in the larger one.
pub fn containment(a: &Features, b: &Features, j: f64) -> f64 {
    let (sa, sb) = (f64::from(a.shingles), f64::from(b.shingles));
    let small = sa.min(sb);
    if small <= 0.0 {
        return 0.0;
    }
    (j * (sa + sb) / (1.0 + j) / small).min(1.0)
}

/// Estimated Jaccard similarity of the two leads.
pub fn lead_jaccard(a: &Features, b: &Features) -> f64 {
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
pub fn is_duplicate(a: &Features, b: &Features, p: &Params) -> bool {
    let j = jaccard(a, b);
    j >= p.dup_jaccard
        && containment(a, b, j) >= p.dup_containment
        && lead_jaccard(a, b) >= p.dup_lead
}

struct Dsu(Vec<u32>);

impl Dsu {
    fn find(&mut self, mut x: u32) -> u32 {
        while let Some(&p) = self.0.get(x as usize) {
            if p == x {
                break;
            }
            let gp = self.0.get(p as usize).copied().unwrap_or(p);
            if let Some(slot) = self.0.get_mut(x as usize) {
                *slot = gp;
            }
            x = p;
        }
        x
    }
    fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        // The smaller index (earlier article) stays the root.
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        if let Some(slot) = self.0.get_mut(hi as usize) {
            *slot = lo;
        }
    }
}

/// The result of clustering: for every input article (same order as the input).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Assignment {
    /// Index (into the input) of the article this one copies.
    pub duplicate_of: Vec<Option<usize>>,
    /// Index (into the input) of the story's first article.
    pub story: Vec<usize>,
}

/// Near-duplicate candidate pairs (i < j, indices into `feats`), confirmed under `p`.
pub fn duplicate_pairs(feats: &[Features], p: &Params) -> Vec<(usize, usize)> {
    let bands = NUM_HASHES / ROWS;
    let mut keys: Vec<(u64, u32)> = Vec::with_capacity(feats.len() * bands);
    for (i, f) in feats.iter().enumerate() {
        if f.shingles == 0 {
            continue;
        }
        for (b, chunk) in f.sig.chunks(ROWS).enumerate() {
            let k = chunk
                .iter()
                .fold(splitmix(b as u64), |acc, &v| splitmix(acc ^ u64::from(v)));
            keys.push((k, i as u32));
        }
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
    pairs.retain(|&(i, j)| matches!((feats.get(i), feats.get(j)), (Some(a), Some(b)) if is_duplicate(a, b, p)));
    pairs
}

/// Clusters articles: near-duplicate groups and stories.
pub fn cluster(feats: &[Features], p: &Params) -> Assignment {
    let n = feats.len();
    // Canonical order: dated articles first by day, then by id.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        let (fa, fb) = (&feats[a], &feats[b]);
        (fa.day.unwrap_or(i32::MAX), &fa.id).cmp(&(fb.day.unwrap_or(i32::MAX), &fb.id))
    });
    let mut rank = vec![0u32; n];
    for (r, &i) in order.iter().enumerate() {
        if let Some(slot) = rank.get_mut(i) {
            *slot = r as u32;
        }
    }
    let sorted: Vec<&Features> = order.iter().filter_map(|&i| feats.get(i)).collect();

    // Near-duplicates over ranks.
    let mut dsu = Dsu((0..n as u32).collect());
    for (i, j) in duplicate_pairs(feats, p) {
        let (ri, rj) = (
            rank.get(i).copied().unwrap_or(0),
            rank.get(j).copied().unwrap_or(0),
        );
        dsu.union(ri, rj);
    }
    let root: Vec<u32> = (0..n as u32).map(|r| dsu.find(r)).collect();

    // Key terms by document frequency.
    let mut df: HashMap<u32, u32> = HashMap::new();
    for f in feats {
        for &t in &f.terms {
            *df.entry(t).or_insert(0) += 1;
        }
    }
    let max_df = ((n as f64 * p.max_df).ceil() as u32).max(3);
    let idf = |d: u32| ((n as f64 + 1.0) / f64::from(d)).ln();
    let keys: Vec<Vec<(u32, f64)>> = sorted
        .iter()
        .map(|f| {
            let mut k: Vec<(u32, u32)> = f
                .terms
                .iter()
                .filter_map(|t| df.get(t).map(|&d| (*t, d)))
                .filter(|&(_, d)| d >= 2 && d <= max_df)
                .collect();
            k.sort_unstable_by_key(|&(t, d)| (d, t));
            k.truncate(p.key_terms);
            k.into_iter().map(|(t, d)| (t, idf(d))).collect()
        })
        .collect();

    let mut story_of = vec![0u32; n]; // by rank
    let mut postings: HashMap<u32, Vec<u32>> = HashMap::new();
    let mut shared: HashMap<u32, (usize, f64)> = HashMap::new();
    for r in 0..n {
        let f = sorted.get(r).copied();
        let rr = r as u32;
        let my_root = root.get(r).copied().unwrap_or(rr);
        let my_keys = keys.get(r).map(Vec::as_slice).unwrap_or_default();
        let story = if my_root != rr {
            story_of.get(my_root as usize).copied().unwrap_or(my_root)
        } else {
            shared.clear();
            for &(t, w) in my_keys {
                for &o in postings.get(&t).map(Vec::as_slice).unwrap_or_default() {
                    let e = shared.entry(o).or_insert((0, 0.0));
                    e.0 += 1;
                    e.1 += w;
                }
            }
            let my_weight: f64 = my_keys.iter().map(|k| k.1).sum();
            let mut best: Option<(f64, u32)> = None;
            for (&o, &(count, w)) in &shared {
                let (Some(fo), Some(f)) = (sorted.get(o as usize), f) else {
                    continue;
                };
                let in_window = match (fo.day, f.day) {
                    (Some(a), Some(b)) => (a - b).abs() <= p.window_days,
                    _ => false,
                };
                if !in_window || count < p.min_shared {
                    continue;
                }
                let other_weight: f64 = keys
                    .get(o as usize)
                    .map(|k| k.iter().map(|x| x.1).sum())
                    .unwrap_or(0.0);
                let sim = w / my_weight.min(other_weight).max(1e-9);
                if sim >= p.story_similarity
                    && best.is_none_or(|(bs, bo)| sim > bs || (sim == bs && o < bo))
                {
                    best = Some((sim, o));
                }
            }
            best.and_then(|(_, o)| story_of.get(o as usize).copied())
                .unwrap_or(rr)
        };
        if let Some(slot) = story_of.get_mut(r) {
            *slot = story;
        }
        // Index this article's key terms; postings older than the window are pruned lazily.
        for &(t, _) in my_keys {
            let list = postings.entry(t).or_default();
            if let (Some(f), Some(&first)) = (f, list.first()) {
                if list.len() > 64 {
                    let cutoff = f.day.map(|d| d - p.window_days);
                    if let (Some(c), Some(fd)) =
                        (cutoff, sorted.get(first as usize).and_then(|x| x.day))
                    {
                        if fd < c {
                            list.retain(|&o| {
                                sorted
                                    .get(o as usize)
                                    .and_then(|x| x.day)
                                    .is_some_and(|d| d >= c)
                            });
                        }
                    }
                }
            }
            list.push(rr);
        }
    }

    let mut out = Assignment {
        duplicate_of: vec![None; n],
        story: vec![0; n],
    };
    for (r, &i) in order.iter().enumerate() {
        let rt = root.get(r).copied().unwrap_or(r as u32) as usize;
        if let Some(slot) = out.duplicate_of.get_mut(i) {
            *slot = (rt != r).then(|| order.get(rt).copied().unwrap_or(i));
        }
        let s = story_of.get(r).copied().unwrap_or(r as u32) as usize;
        if let Some(slot) = out.story.get_mut(i) {
            *slot = order.get(s).copied().unwrap_or(i);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// features.bin: append-only, length-prefixed, checksummed records.

fn checksum(b: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &x in b {
        h = (h ^ u32::from(x)).wrapping_mul(0x0100_0193);
    }
    h
}

/// Serializes one record (header + payload).
pub fn encode(f: &Features, out: &mut Vec<u8>) {
    let mut p = Vec::with_capacity(64 + f.id.len() + 4 * (f.sig.len() + f.terms.len()));
    let put_str = |p: &mut Vec<u8>, s: &str| {
        let b = s.as_bytes();
        let b = b.get(..b.len().min(u16::MAX as usize)).unwrap_or_default();
        p.extend_from_slice(&(b.len() as u16).to_le_bytes());
        p.extend_from_slice(b);
    };
    put_str(&mut p, &f.id);
    put_str(&mut p, &f.source);
    p.extend_from_slice(&f.day.unwrap_or(i32::MIN).to_le_bytes());
    p.extend_from_slice(&f.shingles.to_le_bytes());
    p.extend_from_slice(&(f.sig.len() as u32).to_le_bytes());
    for v in &f.sig {
        p.extend_from_slice(&v.to_le_bytes());
    }
    p.extend_from_slice(&(f.lead.len() as u32).to_le_bytes());
    for v in &f.lead {
        p.extend_from_slice(&v.to_le_bytes());
    }
    p.extend_from_slice(&(f.terms.len() as u32).to_le_bytes());
    for v in &f.terms {
        p.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&(p.len() as u32).to_le_bytes());
    out.extend_from_slice(&checksum(&p).to_le_bytes());
    out.extend_from_slice(&p);
}

struct Cursor<'a>(&'a [u8]);

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (a, b) = (self.0.get(..n)?, self.0.get(n..)?);
        self.0 = b;
        Some(a)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u16(&mut self) -> Option<u16> {
        Some(u16::from_le_bytes(self.take(2)?.try_into().ok()?))
    }
    fn string(&mut self) -> Option<String> {
        let n = self.u16()? as usize;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }
    fn u32s(&mut self) -> Option<Vec<u32>> {
        let n = self.u32()? as usize;
        let b = self.take(n.checked_mul(4)?)?;
        Some(
            b.chunks_exact(4)
                .filter_map(|c| c.try_into().ok().map(u32::from_le_bytes))
                .collect(),
        )
    }
}

fn decode_payload(p: &[u8]) -> Option<Features> {
    let mut c = Cursor(p);
    let id = c.string()?;
    let source = c.string()?;
    let day = i32::from_le_bytes(c.take(4)?.try_into().ok()?);
    let shingles = c.u32()?;
    let sig = c.u32s()?;
    let lead = c.u32s()?;
    let terms = c.u32s()?;
    Some(Features {
        id,
        source,
        day: (day != i32::MIN).then_some(day),
        shingles,
        sig,
        lead,
        terms,
    })
}

/// Decodes every complete record; returns them and the byte length of the
/// valid prefix (a torn or corrupt tail from a crash is excluded).
pub fn decode_all(bytes: &[u8]) -> (Vec<Features>, usize) {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(head) = bytes.get(pos..pos + 8) {
        let len = u32::from_le_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let sum = u32::from_le_bytes([head[4], head[5], head[6], head[7]]);
        let Some(payload) = bytes.get(pos + 8..pos + 8 + len) else {
            break;
        };
        if checksum(payload) != sum {
            break;
        }
        let Some(f) = decode_payload(payload) else {
            break;
        };
        out.push(f);
        pos += 8 + len;
    }
    (out, pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "أعلنت وزارة الخارجية الروسية اليوم أن الوزير سيزور دمشق الأسبوع المقبل لبحث الأوضاع في سوريا مع المسؤولين وأكد المتحدث باسم الوزارة أن الزيارة تأتي في إطار التنسيق المستمر بين البلدين حول الملفات الإقليمية";

    #[test]
    fn copies_and_truncated_copies_are_duplicates() {
        let p = Params::default();
        let a = features("a", "x", Some(1), None, A);
        let b = features("b", "y", Some(1), None, &format!("{A}."));
        let half: String = A.split(' ').take(22).collect::<Vec<_>>().join(" ");
        let c = features("c", "y", Some(1), None, &half);
        let other = features("d", "y", Some(1), None, "فاز الفريق بالمباراة النهائية بعد أداء قوي من اللاعبين في الشوط الثاني وسط حضور جماهيري كبير في الملعب");
        assert!(is_duplicate(&a, &b, &p));
        assert!(
            is_duplicate(&a, &c, &p),
            "j={} c={}",
            jaccard(&a, &c),
            containment(&a, &c, jaccard(&a, &c))
        );
        assert!(!is_duplicate(&a, &other, &p));
        let asg = cluster(&[b.clone(), a.clone(), other.clone(), c.clone()], &p);
        // "a" < "b" < "c" by id on the same day: a is the original.
        assert_eq!(asg.duplicate_of, vec![Some(1), None, None, Some(1)]);
        assert_eq!(asg.story[0], 1);
        assert_eq!(asg.story[2], 2);
    }

    #[test]
    fn features_roundtrip_and_torn_tail() {
        let a = features("a", "src", Some(17_000), Some("عنوان"), A);
        let b = features("b", "", None, None, "نص قصير");
        let mut buf = Vec::new();
        encode(&a, &mut buf);
        encode(&b, &mut buf);
        let full = buf.len();
        buf.extend_from_slice(&[9, 0, 0, 0, 1, 2]);
        let (got, valid) = decode_all(&buf);
        assert_eq!(got, vec![a, b]);
        assert_eq!(valid, full);
    }
}
