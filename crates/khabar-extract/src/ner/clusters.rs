//! Unsupervised word clusters learned from raw news text (the ANT corpus).
//!
//! Brown clustering is too slow for a 2-core budget, so this is a fast
//! distributional alternative:
//!
//! 1. vocabulary = the `vocab` most frequent folded words (count ≥ `min_count`);
//! 2. each word is described by counts of its neighbours at -1 and +1 (and ±2
//!    with `window` 2) among the `contexts` most frequent words, weighted by
//!    positive PMI with smoothed (α = 0.75) context probabilities;
//! 3. the PPMI matrix is factorised by a randomized truncated SVD
//!    ([`super::embed`]) into `dims`-dimensional word vectors `U·Σ^sigma_power`,
//!    L2-normalized;
//! 4. bisecting spherical 2-means splits the vocabulary recursively `depth`
//!    times (split on the principal direction, refined by 2-means); the
//!    left/right choices are the word's bit path, whose prefixes give coarser
//!    clusters;
//! 5. flat spherical k-means with 64, 256 and 1024 clusters ([`FLAT_K`]) gives
//!    three more cluster ids per word.
//!
//! Everything is deterministic (fixed seed, sorted ties).
use std::collections::HashMap;
use std::sync::Arc;

use super::embed::{svd_vectors, Csr};
use super::hash::{FnvBuild, Rng};
use super::norm::fold;

/// A word's cluster: the first `depth` bits of `bits` (most significant first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Path {
    pub bits: u32,
    pub depth: u8,
}

impl Path {
    /// The path truncated to at most `n` bits, as a `0`/`1` string.
    pub fn prefix(self, n: u8) -> String {
        let d = self.depth.min(n);
        (0..d)
            .map(|i| {
                if self.bits >> (31 - u32::from(i)) & 1 == 1 {
                    '1'
                } else {
                    '0'
                }
            })
            .collect()
    }

    pub fn parse(s: &str) -> Option<Path> {
        if s.len() > 32 {
            return None;
        }
        let mut bits = 0u32;
        for (i, c) in s.chars().enumerate() {
            match c {
                '0' => {}
                '1' => bits |= 1 << (31 - i),
                _ => return None,
            }
        }
        Some(Path {
            bits,
            depth: s.len() as u8,
        })
    }
}

/// Numbers of clusters of the flat spherical k-means clusterings, coarse to fine.
pub const FLAT_K: [usize; 3] = [64, 256, 1024];

/// A word's flat cluster ids (one per [`FLAT_K`]); `u16::MAX` = none.
pub type Flat = [u16; 3];

/// No flat clusters.
pub const NO_FLAT: Flat = [u16::MAX; 3];

#[derive(Debug, Clone, Default)]
pub struct Clusters {
    map: HashMap<String, (Path, Flat), FnvBuild>,
    /// The word vectors the clusters were made from (for the tagger's dense
    /// features at training time; a trained model does not need them).
    pub vectors: Option<Arc<Vectors>>,
}

/// Word vectors (unit length, principal components first), quantized to `i8`
/// with one scale per word; stored sorted by word.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vectors {
    dims: usize,
    words: Vec<String>,
    index: HashMap<String, u32, FnvBuild>,
    q: Vec<i8>,
    scales: Vec<f32>,
}

/// Errors reading a vectors file ([`Vectors::from_bytes`]).
#[derive(Debug, thiserror::Error)]
pub enum VectorsError {
    #[error("not a khabar word-vector file (bad magic bytes); make one with `khabar train ner-clusters --vectors FILE`")]
    Magic,
    #[error("word-vector file truncated or corrupt at byte {0}; make it again with `khabar train ner-clusters --vectors FILE`")]
    Truncated(usize),
    #[error("word-vector file: word {0} is not UTF-8 (file corrupt); make it again with `khabar train ner-clusters --vectors FILE`")]
    Word(usize),
}

const VECTORS_MAGIC: &[u8; 8] = b"KHABVEC\x01";

impl Vectors {
    /// Quantizes `vecs` (`words.len()` rows of `dims`, row-major); rows are sorted by word.
    pub fn from_f32(words: Vec<String>, vecs: &[f32], dims: usize) -> Vectors {
        let mut order: Vec<usize> = (0..words.len()).collect();
        order.sort_unstable_by(|&a, &b| words[a].cmp(&words[b]));
        let mut out = Vectors {
            dims,
            ..Vectors::default()
        };
        for i in order {
            let row = vecs.get(i * dims..(i + 1) * dims).unwrap_or(&[]);
            if row.len() != dims {
                continue;
            }
            out.push(words[i].clone(), row);
        }
        out
    }

    fn push(&mut self, word: String, row: &[f32]) {
        let max = row.iter().fold(0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        self.q.extend(
            row.iter()
                .map(|x| (x / scale).round().clamp(-127.0, 127.0) as i8),
        );
        self.scales.push(scale);
        self.index.insert(word.clone(), self.words.len() as u32);
        self.words.push(word);
    }

    /// Dimensions per vector.
    pub fn dims(&self) -> usize {
        self.dims
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words, sorted.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Writes the first `out.len()` (≤ [`Vectors::dims`]) components of the
    /// vector of `word`, rescaled to length `norm`; false (and `out` untouched)
    /// if the word has none or they are all zero.
    pub fn get_into(&self, word: &str, norm: f32, out: &mut [f32]) -> bool {
        let Some(&r) = self.index.get(word) else {
            return false;
        };
        self.row_into(r as usize, norm, out)
    }

    /// [`Vectors::get_into`] by row (the position of the word in [`Vectors::words`]).
    pub fn row_into(&self, r: usize, norm: f32, out: &mut [f32]) -> bool {
        let k = out.len().min(self.dims);
        let Some(q) = self.q.get(r * self.dims..r * self.dims + k) else {
            return false;
        };
        let n2: f32 = q.iter().map(|&x| f32::from(x) * f32::from(x)).sum();
        if n2 <= 0.0 || k == 0 {
            return false;
        }
        let f = norm / n2.sqrt();
        out.iter_mut().for_each(|o| *o = 0.0);
        out.iter_mut()
            .zip(q)
            .for_each(|(o, &x)| *o = f32::from(x) * f);
        true
    }

    /// The dequantized `i8` components of row `r` (for tests).
    pub fn dequantized(&self, r: usize) -> Vec<f32> {
        let s = self.scales.get(r).copied().unwrap_or(0.0);
        self.q
            .get(r * self.dims..(r + 1) * self.dims)
            .unwrap_or(&[])
            .iter()
            .map(|&x| f32::from(x) * s)
            .collect()
    }

    /// Binary form: magic, `u32` words, `u16` dims, then per word its length
    /// (`u8`), UTF-8 bytes, `f32` scale and `dims` `i8` components.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(16 + self.words.len() * (self.dims + 20));
        b.extend_from_slice(VECTORS_MAGIC);
        let words: Vec<usize> = (0..self.words.len())
            .filter(|&i| self.words[i].len() < 256)
            .collect();
        b.extend_from_slice(&(words.len() as u32).to_le_bytes());
        b.extend_from_slice(&(self.dims as u16).to_le_bytes());
        for i in words {
            let w = &self.words[i];
            b.push(w.len() as u8);
            b.extend_from_slice(w.as_bytes());
            b.extend_from_slice(&self.scales[i].to_le_bytes());
            b.extend(
                self.q[i * self.dims..(i + 1) * self.dims]
                    .iter()
                    .map(|&x| x as u8),
            );
        }
        b
    }

    /// Reads [`Vectors::to_bytes`].
    pub fn from_bytes(b: &[u8]) -> Result<Vectors, VectorsError> {
        let mut at = 0usize;
        let mut take = |n: usize| -> Result<&[u8], VectorsError> {
            let s = b.get(at..at + n).ok_or(VectorsError::Truncated(at))?;
            at += n;
            Ok(s)
        };
        if take(VECTORS_MAGIC.len())? != VECTORS_MAGIC {
            return Err(VectorsError::Magic);
        }
        let n = take(4)?;
        let n = u32::from_le_bytes([n[0], n[1], n[2], n[3]]) as usize;
        let d = take(2)?;
        let dims = usize::from(u16::from_le_bytes([d[0], d[1]]));
        let mut v = Vectors {
            dims,
            ..Vectors::default()
        };
        for k in 0..n {
            let len = usize::from(take(1)?[0]);
            let w = take(len)?;
            let w = std::str::from_utf8(w)
                .map_err(|_| VectorsError::Word(k))?
                .to_string();
            let s = take(4)?;
            let scale = f32::from_le_bytes([s[0], s[1], s[2], s[3]]);
            let q = take(dims)?;
            v.q.extend(q.iter().map(|&x| x as i8));
            v.scales.push(scale);
            v.index.insert(w.clone(), v.words.len() as u32);
            v.words.push(w);
        }
        if b.len() != at {
            return Err(VectorsError::Truncated(at));
        }
        Ok(v)
    }
}

#[derive(Debug, Clone)]
pub struct ClusterConfig {
    pub vocab: usize,
    pub min_count: u32,
    pub contexts: usize,
    pub dims: usize,
    pub depth: u8,
    pub iterations: usize,
    /// Context window: 1 (neighbours at ±1) or 2 (±1 and ±2).
    pub window: usize,
    /// Power iterations of the randomized SVD.
    pub svd_iters: usize,
    /// Word vectors are `U · Σ^sigma_power`.
    pub sigma_power: f64,
    pub seed: u64,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        ClusterConfig {
            vocab: 50_000,
            min_count: 8,
            contexts: 3000,
            dims: 128,
            depth: 14,
            iterations: 6,
            window: 1,
            svd_iters: 2,
            sigma_power: 0.5,
            seed: 42,
        }
    }
}

/// Splits raw text into folded word tokens (letters and digits; everything else separates).
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| {
        !(c.is_alphanumeric() || ('\u{064B}'..='\u{0652}').contains(&c) || c == '\u{0640}')
    })
    .filter(|w| !w.is_empty())
    .map(|w| {
        if w.chars().any(|c| c.is_ascii_digit()) {
            "<num>".to_string()
        } else {
            fold(w)
        }
    })
}

impl Clusters {
    pub fn get(&self, folded: &str) -> Option<Path> {
        self.map.get(folded).map(|e| e.0)
    }

    /// The word's bit path and flat cluster ids.
    pub fn get_all(&self, folded: &str) -> Option<(Path, Flat)> {
        self.map.get(folded).copied()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn insert(&mut self, word: String, path: Path, flat: Flat) {
        self.map.insert(word, (path, flat));
    }

    /// Room for `n` more words (a model file says how many it holds).
    pub fn reserve(&mut self, n: usize) {
        self.map.reserve(n);
    }

    /// Entries sorted by word (for deterministic output).
    pub fn sorted(&self) -> Vec<(&str, Path, Flat)> {
        let mut v: Vec<(&str, Path, Flat)> = self
            .map
            .iter()
            .map(|(w, (p, f))| (w.as_str(), *p, *f))
            .collect();
        v.sort_unstable_by(|a, b| a.0.cmp(b.0));
        v
    }

    /// `word<TAB>bits<TAB>k1,k2,k3` lines (flat ids per [`FLAT_K`]).
    pub fn to_tsv(&self) -> String {
        let mut s = String::new();
        for (w, p, f) in self.sorted() {
            s.push_str(w);
            s.push('\t');
            s.push_str(&p.prefix(32));
            if f != NO_FLAT {
                s.push('\t');
                let ids: Vec<String> = f.iter().map(u16::to_string).collect();
                s.push_str(&ids.join(","));
            }
            s.push('\n');
        }
        s
    }

    /// Reads `word<TAB>bits` lines; reports the first bad line.
    pub fn from_tsv(s: &str) -> Result<Clusters, String> {
        let mut c = Clusters::default();
        for (n, line) in s.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split('\t');
            let (Some(w), Some(b)) = (parts.next(), parts.next()) else {
                return Err(format!("line {}: expected `word<TAB>bits`", n + 1));
            };
            let p = Path::parse(b.trim())
                .ok_or_else(|| format!("line {}: bad bit path {b:?}", n + 1))?;
            let mut flat = NO_FLAT;
            if let Some(ids) = parts.next() {
                let ids: Vec<u16> = ids
                    .trim()
                    .split(',')
                    .map(str::parse)
                    .collect::<Result<_, _>>()
                    .map_err(|e| format!("line {}: bad flat cluster ids {ids:?}: {e}", n + 1))?;
                if ids.len() != flat.len() {
                    return Err(format!(
                        "line {}: expected {} flat cluster ids, found {}",
                        n + 1,
                        flat.len(),
                        ids.len()
                    ));
                }
                flat.copy_from_slice(&ids);
            }
            c.insert(w.to_string(), p, flat);
        }
        Ok(c)
    }

    /// Learns clusters from documents (see the module docs).
    pub fn train<'a>(docs: impl Iterator<Item = &'a str> + Clone, cfg: &ClusterConfig) -> Clusters {
        // Pass 1: frequencies.
        let mut freq: HashMap<String, u32, FnvBuild> = HashMap::default();
        for d in docs.clone() {
            for w in words(d) {
                *freq.entry(w).or_insert(0) += 1;
            }
        }
        let mut by_freq: Vec<(String, u32)> = freq
            .into_iter()
            .filter(|(_, c)| *c >= cfg.min_count)
            .collect();
        by_freq.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        by_freq.truncate(cfg.vocab);
        let index: HashMap<&str, usize, FnvBuild> = by_freq
            .iter()
            .enumerate()
            .map(|(i, (w, _))| (w.as_str(), i))
            .collect();
        let v = by_freq.len();
        let c = cfg.contexts.min(v);
        let blocks = if cfg.window >= 2 { 4 } else { 2 };
        // Pass 2: (word, neighbour-at-position) events among the `c` most frequent words.
        let mut events: Vec<(u32, u32)> = Vec::new();
        for d in docs {
            let ids: Vec<Option<usize>> =
                words(d).map(|w| index.get(w.as_str()).copied()).collect();
            for (i, id) in ids.iter().enumerate() {
                let Some(wid) = *id else { continue };
                let around = [i.checked_sub(1), Some(i + 1), i.checked_sub(2), Some(i + 2)];
                for (block, j) in around.into_iter().take(blocks).enumerate() {
                    if let Some(x) = j.and_then(|j| ids.get(j).copied().flatten()) {
                        if x < c {
                            events.push((wid as u32, (block * c + x) as u32));
                        }
                    }
                }
            }
        }
        let mut m = Csr::from_events(v, blocks * c, &mut events);
        drop(events);
        m.ppmi(0.75);
        let dims = cfg.dims.min(v).min(blocks * c).max(1);
        let vecs = svd_vectors(&m, dims, cfg.svd_iters, cfg.sigma_power, cfg.seed);
        drop(m);
        let mut rng = Rng::new(cfg.seed);
        // Bisecting spherical 2-means.
        let mut paths = vec![Path { bits: 0, depth: 0 }; v];
        let mut stack: Vec<Vec<usize>> = vec![(0..v).collect()];
        while let Some(members) = stack.pop() {
            let depth = members.first().map_or(0, |&m| paths[m].depth);
            if members.len() < 4 || depth >= cfg.depth {
                continue;
            }
            let (left, right) = split2(&vecs, dims, &members, cfg.iterations, &mut rng);
            if left.is_empty() || right.is_empty() {
                continue;
            }
            for &m in &right {
                paths[m].bits |= 1 << (31 - u32::from(depth));
            }
            for &m in left.iter().chain(&right) {
                paths[m].depth = depth + 1;
            }
            stack.push(left);
            stack.push(right);
        }
        let flats: Vec<Vec<u16>> = FLAT_K
            .iter()
            .map(|&k| {
                kmeans(
                    &vecs,
                    dims,
                    k.min(v / 2).max(1),
                    cfg.iterations + 4,
                    &mut rng,
                )
            })
            .collect();
        let mut out = Clusters::default();
        let vocab: Vec<String> = by_freq.iter().map(|(w, _)| w.clone()).collect();
        let keep: Vec<usize> = (0..v)
            .filter(|&i| vocab[i] != "<num>" && !vocab[i].is_empty())
            .collect();
        let kept_vecs: Vec<f32> = keep
            .iter()
            .flat_map(|&i| vecs[i * dims..(i + 1) * dims].iter().copied())
            .collect();
        out.vectors = Some(Arc::new(Vectors::from_f32(
            keep.iter().map(|&i| vocab[i].clone()).collect(),
            &kept_vecs,
            dims,
        )));
        for (i, (w, _)) in by_freq.into_iter().enumerate() {
            if w != "<num>" && !w.is_empty() {
                let mut f = NO_FLAT;
                for (slot, ids) in f.iter_mut().zip(&flats) {
                    *slot = ids[i];
                }
                out.insert(w, paths[i], f);
            }
        }
        out
    }
}

fn normalize(v: &mut [f32]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
}

/// Spherical k-means over the unit rows of `vecs` (rows × dims): cluster id per
/// row. Centroids start at `k` distinct random rows.
fn kmeans(vecs: &[f32], dims: usize, k: usize, iters: usize, rng: &mut Rng) -> Vec<u16> {
    let n = vecs.len() / dims.max(1);
    let k = k.min(n).clamp(1, usize::from(u16::MAX));
    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    let mut cent: Vec<f32> = order
        .iter()
        .take(k)
        .flat_map(|&i| vecs[i * dims..(i + 1) * dims].iter().copied())
        .collect();
    let mut assign = vec![0u16; n];
    for _ in 0..iters {
        for (i, a) in assign.iter_mut().enumerate() {
            let x = &vecs[i * dims..(i + 1) * dims];
            let mut best = f32::NEG_INFINITY;
            for (c, cv) in cent.chunks(dims).enumerate() {
                let d: f32 = x.iter().zip(cv).map(|(p, q)| p * q).sum();
                if d > best {
                    best = d;
                    *a = c as u16;
                }
            }
        }
        let mut sums = vec![0f32; k * dims];
        for (i, &a) in assign.iter().enumerate() {
            let s = &mut sums[usize::from(a) * dims..(usize::from(a) + 1) * dims];
            s.iter_mut()
                .zip(&vecs[i * dims..(i + 1) * dims])
                .for_each(|(s, x)| *s += x);
        }
        for (c, s) in sums.chunks_mut(dims).enumerate() {
            if s.iter().any(|x| *x != 0.0) {
                normalize(s);
                cent[c * dims..(c + 1) * dims].copy_from_slice(s);
            }
        }
    }
    assign
}

/// Splits `members` in two: by the sign of the projection on the principal
/// direction (power iteration), refined by spherical 2-means.
fn split2(
    vecs: &[f32],
    dims: usize,
    members: &[usize],
    iters: usize,
    rng: &mut Rng,
) -> (Vec<usize>, Vec<usize>) {
    let row = |i: usize| &vecs[i * dims..(i + 1) * dims];
    let mut mean = vec![0f32; dims];
    for &m in members {
        mean.iter_mut().zip(row(m)).for_each(|(a, x)| *a += x);
    }
    let inv = 1.0 / members.len() as f32;
    mean.iter_mut().for_each(|a| *a *= inv);
    let mut dir: Vec<f32> = (0..dims)
        .map(|_| if rng.next_u64() & 1 == 1 { 1.0 } else { -1.0 })
        .collect();
    normalize(&mut dir);
    for _ in 0..12 {
        let mut next = vec![0f32; dims];
        for &m in members {
            let p: f32 = row(m)
                .iter()
                .zip(&mean)
                .zip(&dir)
                .map(|((x, mu), d)| (x - mu) * d)
                .sum();
            next.iter_mut()
                .zip(row(m))
                .zip(&mean)
                .for_each(|((n, x), mu)| *n += p * (x - mu));
        }
        normalize(&mut next);
        dir = next;
    }
    let mut assign: Vec<bool> = members
        .iter()
        .map(|&m| {
            row(m)
                .iter()
                .zip(&mean)
                .zip(&dir)
                .map(|((x, mu), d)| (x - mu) * d)
                .sum::<f32>()
                > 0.0
        })
        .collect();
    for _ in 0..iters {
        let mut c0 = vec![0f32; dims];
        let mut c1 = vec![0f32; dims];
        for (k, &m) in members.iter().enumerate() {
            let c = if assign[k] { &mut c1 } else { &mut c0 };
            c.iter_mut().zip(row(m)).for_each(|(s, x)| *s += x);
        }
        normalize(&mut c0);
        normalize(&mut c1);
        for (k, &m) in members.iter().enumerate() {
            let d0: f32 = row(m).iter().zip(&c0).map(|(p, q)| p * q).sum();
            let d1: f32 = row(m).iter().zip(&c1).map(|(p, q)| p * q).sum();
            assign[k] = d1 > d0;
        }
    }
    let mut left = Vec::new();
    let mut right = Vec::new();
    for (k, &m) in members.iter().enumerate() {
        if assign[k] {
            right.push(m);
        } else {
            left.push(m);
        }
    }
    (left, right)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_round_trip() {
        let p = Path::parse("0110").unwrap_or(Path { bits: 0, depth: 0 });
        assert_eq!(p.depth, 4);
        assert_eq!(p.prefix(32), "0110");
        assert_eq!(p.prefix(2), "01");
        assert!(Path::parse("012").is_none());
    }

    #[test]
    fn learns_distributional_classes() {
        // Names of cities occur in the same contexts; so do verbs.
        let mut docs = Vec::new();
        for city in ["دمشق", "بيروت", "القاهرة", "بغداد"] {
            for verb in ["قال", "أعلن", "أكد", "ذكر"] {
                docs.push(format!("{verb} مسؤول في {city} اليوم إن الوضع هادئ"));
                docs.push(format!("وصل الوفد إلى {city} أمس و{verb} الوزير"));
            }
        }
        let cfg = ClusterConfig {
            vocab: 100,
            min_count: 1,
            contexts: 20,
            dims: 32,
            depth: 3,
            iterations: 5,
            window: 1,
            svd_iters: 2,
            sigma_power: 0.5,
            seed: 1,
        };
        let c = Clusters::train(docs.iter().map(String::as_str), &cfg);
        let p = |w: &str| c.get(&fold(w)).map(|p| p.prefix(1));
        assert!(p("دمشق").is_some());
        assert_eq!(p("دمشق"), p("بيروت"));
        assert_eq!(p("بغداد"), p("القاهرة"));
        let tsv = c.to_tsv();
        let back = Clusters::from_tsv(&tsv).unwrap_or_default();
        assert_eq!(back.len(), c.len());
        assert_eq!(back.to_tsv(), tsv);
    }

    #[test]
    fn vectors_quantize_and_round_trip() {
        let words: Vec<String> = ["ب", "ا", "ج", "د"].iter().map(|w| w.to_string()).collect();
        let raw = [
            0.6f32, -0.8, 0.0, //
            0.1, 0.2, -0.3, //
            0.0, 0.0, 0.0, //
            -1.0, 0.5, 0.25,
        ];
        let v = Vectors::from_f32(words, &raw, 3);
        assert_eq!((v.len(), v.dims()), (4, 3));
        // Sorted by word, each component within half a quantization step.
        assert_eq!(v.words(), ["ا", "ب", "ج", "د"]);
        let want: [&[f32]; 4] = [&raw[3..6], &raw[0..3], &raw[6..9], &raw[9..12]];
        for (r, w) in want.iter().enumerate() {
            let got = v.dequantized(r);
            let max = w.iter().fold(0f32, |m, x| m.max(x.abs()));
            for (g, x) in got.iter().zip(w.iter()) {
                assert!(
                    (g - x).abs() <= max / 254.0 + 1e-7,
                    "row {r}: {got:?} vs {w:?}"
                );
            }
        }
        // Rescaled to the asked length, truncated to the asked components.
        let mut x = [0f32; 2];
        assert!(v.get_into("ب", 2.0, &mut x));
        let n = (x[0] * x[0] + x[1] * x[1]).sqrt();
        assert!((n - 2.0).abs() < 1e-5 && x[0] > 0.0 && x[1] < 0.0, "{x:?}");
        assert!(
            !v.get_into("ج", 1.0, &mut x),
            "a zero vector has no direction"
        );
        assert!(!v.get_into("غائب", 1.0, &mut x));
        // Bytes round trip; corrupt input is refused.
        let b = v.to_bytes();
        let back = Vectors::from_bytes(&b).map_err(|e| e.to_string());
        assert_eq!(back.as_ref().ok(), Some(&v));
        assert!(Vectors::from_bytes(&b[..b.len() - 1]).is_err());
        assert!(matches!(
            Vectors::from_bytes(b"KHABNER\0...."),
            Err(VectorsError::Magic)
        ));
    }
}
