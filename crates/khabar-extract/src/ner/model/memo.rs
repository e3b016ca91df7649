//! Per-word-type memo for tagging with a packed model.
//!
//! Of the ~90 hashed features of a token ([`super::super::features`]), most
//! depend on one word only: the token's own word ([`own_features`]) or the
//! word at one offset ±1/±2 ([`neighbour_features`]). For each word type and
//! weight table the memo keeps the integer sums of those rows — the word's own
//! sum and its contribution to the tokens 2 before, 1 before, 1 after and
//! 2 after it — together with the word's [`Facts`]. A token's emission is
//! then its own sum, four neighbour sums, and the dozen rows of its
//! [`context_features`] (word pairs, gazetteer matches) and document features.
//! Integer sums are exact, so the result does not depend on this regrouping:
//! it equals the sum of the rows of [`super::super::features::token_features`]
//! (tested), times the table's scale.
//!
//! Frequent words stay; when the memo is full, the less used half is dropped
//! between documents, so its size is bounded whatever the input.
use std::hash::BuildHasher;

use super::super::autolex::AutoLex;
use super::super::clusters::Clusters;
use super::super::clusters::{Flat, Path};
use super::super::features::{
    context_features, gazetteer_tags_of, neighbour_features, own_features, word_info, Context,
    Facts, Heads,
};
use super::super::gazetteer::{Gazetteer, Match, Trigger};
use super::super::hash::FxBuild;
use super::super::rowtable::RowTable;

/// Word types kept before the memo is thinned out (checked between documents,
/// so a single long document may exceed it). A type costs about 350 bytes
/// (facts ~170, the sums of one table 36 × 5): ~23 MB, ~35 MB with the room
/// below and the document pass's sums. 64k types instead of 32k: −5.6 % CPU
/// for the whole analysis of 5k ANT articles (fewer misses, each of which
/// costs ~75 table probes), peak RSS 80 → 94 MB on one thread.
const CAPACITY: usize = 1 << 16;

/// Words reserved for at once: the capacity and the new words of one document.
const ROOM: usize = CAPACITY + CAPACITY / 4;

/// The offsets of the neighbour sums, in storage order.
const OFFSETS: [isize; 4] = [-2, -1, 1, 2];

/// Which weight table of the model: the first pass or the document pass.
#[derive(Debug, Clone, Copy)]
pub(super) enum Slot {
    First = 0,
    Doc = 1,
}

/// Word facts and partial emission sums per word type (one per tagging thread).
#[derive(Default)]
pub(super) struct Memo {
    /// Address of the gazetteer the word facts were computed with (0 = none yet;
    /// in practice the process-wide [`Gazetteer::get`]).
    gaz: usize,
    /// Open-addressing hash table of word ids by token ([`NONE`] = empty slot);
    /// at most half full.
    slots: Vec<u32>,
    words: Vec<Word>,
    /// The strings of the words, back to back (see [`Word`]).
    text: String,
    /// Per slot: the sums of the words, [`SUMS`] rows of `tags` each, in the
    /// order the words were first scored (frequent words end up close together).
    sums: [Vec<i32>; 2],
    /// Per slot: the sums of the sentence boundary at each of [`OFFSETS`].
    edges: [Option<Box<[i32]>>; 2],
    /// Per slot: weights per row of the table the sums were computed with.
    tags: [usize; 2],
    /// Scratch: the key hashes of a sentence's tokens.
    hashes: Vec<u64>,
    /// Scratch feature buffers, and where each token's features end in them.
    feats: Vec<u64>,
    next: Vec<u64>,
    ends: Vec<usize>,
    next_ends: Vec<usize>,
    /// Scratch: where the sums of the words new to a slot start in its arena,
    /// and where their feature groups end in `feats`.
    fresh: Vec<(usize, [usize; SUMS])>,
}

/// Sums per word: its own, then one per neighbour offset.
const SUMS: usize = 1 + OFFSETS.len();

/// Tokens whose context features are hashed and warmed together in
/// [`Memo::score`].
const BLOCK: usize = 4;

/// The hash of a word in the memo's table.
#[inline]
fn key_hash(token: &str) -> u64 {
    FxBuild::default().hash_one(token)
}

/// Marks a word whose sums are not computed yet.
const NONE: u32 = u32::MAX;

/// A sentence's memo ids and gazetteer tags ([`Memo::sentence`]).
pub(super) struct Sentence {
    ids: Vec<u32>,
    /// The gazetteer matches of the folded tokens (`Gazetteer::scan`), kept for
    /// the callers that need them again ([`Sentence::take_matches`]).
    matches: Vec<Match>,
    /// Gazetteer tags of token `k`: `gaz_tags[gaz_starts[k]..gaz_starts[k + 1]]`.
    gaz_tags: Vec<&'static str>,
    gaz_starts: Vec<usize>,
}

impl Sentence {
    /// The memo ids of the tokens.
    pub fn ids(&self) -> &[u32] {
        &self.ids
    }

    /// Takes the gazetteer matches of the sentence's folded tokens
    /// ([`super::super::norm::fold`] of each token) out of the sentence.
    pub fn take_matches(&mut self) -> Vec<Match> {
        std::mem::take(&mut self.matches)
    }

    fn gaz(&self, k: usize) -> Option<&[&'static str]> {
        let (a, b) = (*self.gaz_starts.get(k)?, *self.gaz_starts.get(k + 1)?);
        self.gaz_tags.get(a..b)
    }
}

/// A word type's facts ([`TokenInfo`](super::super::features::TokenInfo)
/// without `gaz`), compactly: its strings live in `Memo::text` from byte `at`
/// on — the token, its folded form, its shape, its name-lexicon label.
#[derive(Clone)]
struct Word {
    at: u32,
    token: u32,
    folded: u32,
    /// Bytes of the folded form before the clitic-stripped form.
    clitics: u32,
    shape: u32,
    /// 0 = no label.
    auto: u32,
    cluster: Option<Path>,
    bare_cluster: Option<Path>,
    flat: Flat,
    nationality: bool,
    /// [`Gazetteer::may_start_phrase`] of the folded form (the gazetteer scan
    /// of every sentence asks it of every token).
    may_start: bool,
    trigger: Option<Trigger>,
    heads: Heads,
    /// Key of the word's vector rows ([`Facts::emb`]).
    emb: Option<u64>,
    /// Per slot: where the word's sums start in `Memo::sums` (in units of
    /// [`SUMS`] × tags), or [`NONE`].
    sums: [u32; 2],
    /// Occurrences since it was added (halved at each [`Memo::thin_out`]).
    hits: u32,
}

impl Word {
    /// Byte range `from..from + len` of `text` (empty if out of range).
    fn str(text: &str, from: usize, len: u32) -> &str {
        text.get(from..from + len as usize).unwrap_or("")
    }

    fn token<'a>(&self, text: &'a str) -> &'a str {
        Word::str(text, self.at as usize, self.token)
    }

    fn folded<'a>(&self, text: &'a str) -> &'a str {
        Word::str(text, self.at as usize + self.token as usize, self.folded)
    }

    fn facts<'a>(&'a self, text: &'a str) -> Facts<'a> {
        let folded_at = self.at as usize + self.token as usize;
        let folded = Word::str(text, folded_at, self.folded);
        let shape_at = folded_at + self.folded as usize;
        let auto_at = shape_at + self.shape as usize;
        Facts {
            folded,
            bare: folded.get(self.clitics as usize..).unwrap_or(""),
            clitics: folded.get(..self.clitics as usize).unwrap_or(""),
            shape: Word::str(text, shape_at, self.shape),
            auto: (self.auto > 0).then(|| Word::str(text, auto_at, self.auto)),
            cluster: self.cluster,
            bare_cluster: self.bare_cluster,
            flat: self.flat,
            nationality: self.nationality,
            trigger: self.trigger,
            heads: &self.heads,
            emb: self.emb,
        }
    }
}

impl Memo {
    /// Prepares for a document tagged with `gaz`: forgets everything if the
    /// gazetteer changed, and the less used half of the words if the memo is full.
    pub fn begin(&mut self, gaz: &Gazetteer) {
        let addr = std::ptr::from_ref(gaz) as usize;
        if addr != self.gaz {
            self.gaz = addr;
            self.slots.clear();
            self.words.clear();
            self.text.clear();
            self.sums.iter_mut().for_each(Vec::clear);
        } else if self.words.len() >= CAPACITY {
            self.thin_out(CAPACITY / 2);
        }
    }

    /// Keeps the `keep` most used words (their use counts halved, so that old
    /// favourites fade), renumbered in their old order.
    fn thin_out(&mut self, keep: usize) {
        let mut order: Vec<u32> = (0..self.words.len() as u32).collect();
        if keep < order.len() {
            let hits = |w: &u32| self.words.get(*w as usize).map_or(0, |x| x.hits);
            order.select_nth_unstable_by_key(keep, |w| (std::cmp::Reverse(hits(w)), *w));
            order.truncate(keep);
            order.sort_unstable();
        }
        // In place: every kept word, and each of its sum blocks, moves down or
        // stays (blocks in storage order, which need not be the word order).
        let old_text = std::mem::take(&mut self.text);
        self.text.reserve(old_text.len());
        for (new, &w) in order.iter().enumerate() {
            let Some(mut word) = self.words.get(w as usize).cloned() else {
                continue;
            };
            let len = (word.token + word.folded + word.shape + word.auto) as usize;
            let at = word.at as usize;
            word.at = self.text.len() as u32;
            word.hits /= 2;
            self.text.push_str(old_text.get(at..at + len).unwrap_or(""));
            if let Some(x) = self.words.get_mut(new) {
                *x = word;
            }
        }
        self.words.truncate(order.len());
        for (k, sums) in self.sums.iter_mut().enumerate() {
            let block = SUMS * self.tags[k];
            let mut blocks: Vec<(u32, usize)> = self
                .words
                .iter()
                .enumerate()
                .filter(|(_, w)| w.sums[k] != NONE)
                .map(|(i, w)| (w.sums[k], i))
                .collect();
            blocks.sort_unstable();
            for (new, &(old, i)) in blocks.iter().enumerate() {
                let from = old as usize * block;
                if from + block <= sums.len() {
                    sums.copy_within(from..from + block, new * block);
                }
                if let Some(w) = self.words.get_mut(i) {
                    w.sums[k] = new as u32;
                }
            }
            sums.truncate(blocks.len() * block);
        }
        self.rehash();
    }

    /// Rebuilds the hash table for the words (at most a quarter full).
    fn rehash(&mut self) {
        let size = (self.words.len() * 4).next_power_of_two().max(1024);
        self.slots.clear();
        self.slots.resize(size, NONE);
        for w in 0..self.words.len() {
            let token = self.words.get(w).map_or("", |x| x.token(&self.text));
            if let Err(s) = self.find(token) {
                if let Some(x) = self.slots.get_mut(s) {
                    *x = w as u32;
                }
            }
        }
    }

    /// Forgets the sums of every weight table (the model's tables changed).
    pub fn clear_sums(&mut self) {
        self.edges = [None, None];
        self.sums = [Vec::new(), Vec::new()];
        for w in &mut self.words {
            w.sums = [NONE, NONE];
        }
    }

    /// A sentence's words (added to the memo if new) and gazetteer tags.
    pub fn sentence(
        &mut self,
        tokens: &[&str],
        gaz: &Gazetteer,
        clusters: &Clusters,
        auto: &AutoLex,
    ) -> Sentence {
        // The look-ups in three sweeps, so that the cache misses of each step
        // (hash slot, word, word text) overlap across the sentence's tokens.
        let mut hashes = std::mem::take(&mut self.hashes);
        hashes.clear();
        hashes.extend(tokens.iter().map(|t| key_hash(t)));
        std::hint::black_box(self.touch(&hashes));
        let ids: Vec<u32> = tokens
            .iter()
            .zip(&hashes)
            .map(|(t, &h)| match self.find_hashed(t, h) {
                Ok(id) => {
                    if let Some(w) = self.words.get_mut(id as usize) {
                        w.hits = w.hits.saturating_add(1);
                    }
                    id
                }
                Err(slot) => self.add(t, slot, gaz, clusters, auto),
            })
            .collect();
        self.hashes = hashes;
        let n = ids.len();
        let text = self.text.as_str();
        let folded: Vec<&str> = ids
            .iter()
            .map(|&id| self.words.get(id as usize).map_or("", |w| w.folded(text)))
            .collect();
        let matches = gaz.scan_known(&folded, |_, k| {
            ids.get(k)
                .and_then(|&id| self.words.get(id as usize))
                .is_some_and(|w| w.may_start)
        });
        let mut found: Vec<(usize, &'static str)> = Vec::new();
        gazetteer_tags_of(gaz, &matches, n, |k, tag| found.push((k, tag)));
        found.sort_by_key(|x| x.0);
        let mut gaz_starts = vec![0usize; n + 1];
        for &(k, _) in &found {
            if let Some(c) = gaz_starts.get_mut(k + 1) {
                *c += 1;
            }
        }
        for k in 1..=n {
            gaz_starts[k] += gaz_starts[k - 1];
        }
        Sentence {
            ids,
            matches,
            gaz_tags: found.into_iter().map(|x| x.1).collect(),
            gaz_starts,
        }
    }

    /// The clitic-stripped form of a word.
    pub fn bare(&self, id: u32) -> &str {
        self.words.get(id as usize).map_or("", |w| {
            let folded = w.folded(&self.text);
            folded.get(w.clitics as usize..).unwrap_or("")
        })
    }

    /// Loads the home slots of `hashes`, then the words and texts they name,
    /// each step for all hashes before the next (independent loads whose cache
    /// misses overlap); returns a value derived from the loads.
    fn touch(&self, hashes: &[u64]) -> u64 {
        let Some(mask) = self.slots.len().checked_sub(1) else {
            return 0;
        };
        let slot = |h: u64| self.slots.get(h as usize & mask).copied().unwrap_or(NONE);
        let seen = hashes.iter().fold(0u64, |x, &h| x ^ u64::from(slot(h)));
        let bytes = self.text.as_bytes();
        hashes
            .iter()
            .fold(seen, |x, &h| match self.words.get(slot(h) as usize) {
                Some(w) => x ^ u64::from(bytes.get(w.at as usize).copied().unwrap_or(0)),
                None => x,
            })
    }

    /// The id of `token`, or the empty slot where it belongs.
    fn find(&self, token: &str) -> Result<u32, usize> {
        self.find_hashed(token, key_hash(token))
    }

    /// [`Memo::find`] with the token's [`key_hash`] already computed.
    fn find_hashed(&self, token: &str, hash: u64) -> Result<u32, usize> {
        if self.slots.is_empty() {
            return Err(0);
        }
        let mask = self.slots.len() - 1;
        let mut s = hash as usize & mask;
        loop {
            let id = *self.slots.get(s).unwrap_or(&NONE);
            if id == NONE {
                return Err(s);
            }
            if self
                .words
                .get(id as usize)
                .is_some_and(|w| w.token(&self.text) == token)
            {
                return Ok(id);
            }
            s = (s + 1) & mask;
        }
    }

    /// Adds `token` (not in the memo; `slot` from [`Memo::find`]); returns its id.
    fn add(
        &mut self,
        token: &str,
        slot: usize,
        gaz: &Gazetteer,
        clusters: &Clusters,
        auto: &AutoLex,
    ) -> u32 {
        let info = word_info(token, gaz, clusters, auto);
        let id = self.words.len() as u32;
        if self.words.capacity() == 0 {
            // All at once (with room for the words of the document that fills the
            // memo): growing by doubling would leave up to half unused.
            self.words.reserve_exact(ROOM);
        }
        let auto_label = info.auto.as_deref().unwrap_or("");
        let len = |s: &str| s.len() as u32;
        self.words.push(Word {
            at: len(&self.text),
            token: len(token),
            folded: len(&info.folded),
            clitics: len(&info.clitics),
            shape: len(&info.shape),
            auto: len(auto_label),
            cluster: info.cluster,
            bare_cluster: info.bare_cluster,
            flat: info.flat,
            nationality: info.nationality,
            may_start: gaz.may_start_phrase(&info.folded),
            trigger: info.trigger,
            heads: info.heads,
            emb: info.emb,
            sums: [NONE, NONE],
            hits: 1,
        });
        for part in [token, &info.folded, &info.shape, auto_label] {
            self.text.push_str(part);
        }
        if self.words.len() * 2 > self.slots.len() {
            self.rehash();
        } else if let Some(x) = self.slots.get_mut(slot) {
            *x = id;
        }
        id
    }

    /// Emission scores (tokens × tags) of `sentence` (from [`Memo::sentence`]
    /// over `tokens`) under `table` (the weights of `slot`), with extra features
    /// per token.
    pub fn score(
        &mut self,
        slot: Slot,
        table: &RowTable,
        sentence: &Sentence,
        tokens: &[&str],
        extra: &[Vec<u64>],
        o_bias: f32,
    ) -> Vec<f32> {
        let ids = sentence.ids.as_slice();
        let t = table.tags();
        let n = ids.len().min(tokens.len());
        let s = slot as usize;
        let Memo {
            words,
            text,
            sums: arenas,
            edges,
            feats,
            next,
            ends,
            next_ends,
            fresh,
            ..
        } = self;
        let arena = &mut arenas[s];
        self.tags[s] = t;
        if arena.capacity() == 0 {
            arena.reserve_exact(ROOM * SUMS * t);
        }
        // Sums of the sentence boundary and of the words seen for the first time.
        let edge = edges[s].get_or_insert_with(|| {
            let mut sums = vec![0i32; OFFSETS.len() * t].into_boxed_slice();
            for (d, acc) in OFFSETS.iter().zip(sums.chunks_mut(t.max(1))) {
                feats.clear();
                neighbour_features(*d, None, feats);
                for &f in feats.iter() {
                    table.add_row_i32(f, acc);
                }
            }
            sums
        });
        // The sums of the words seen for the first time: all their features
        // first, so that the table's cache misses of all of them overlap.
        feats.clear();
        fresh.clear();
        for (&id, tok) in ids.iter().zip(tokens) {
            if let Some(w) = words.get_mut(id as usize) {
                if w.sums[s] == NONE {
                    w.sums[s] = (arena.len() / (SUMS * t).max(1)) as u32;
                    fresh.push((arena.len(), word_features(tok, &w.facts(text), feats)));
                    arena.resize(arena.len() + SUMS * t, 0);
                }
            }
        }
        if !fresh.is_empty() {
            std::hint::black_box(table.warm(feats));
            let mut from = 0;
            for &(start, ends) in fresh.iter() {
                let block = arena.get_mut(start..start + SUMS * t).unwrap_or_default();
                for (acc, &end) in block.chunks_mut(t.max(1)).zip(&ends) {
                    for &f in feats.get(from..end).unwrap_or(&[]) {
                        table.add_row_i32(f, acc);
                    }
                    from = end;
                }
            }
        }
        let words = &*words;
        let arena = &**arena;
        let edge = &**edge;
        let info = |i: usize| ids.get(i).and_then(|&id| words.get(id as usize));
        // Sum `k` (0 = own, 1.. = at `OFFSETS[k - 1]`) of a word.
        let sum = |w: &Word, k: usize| {
            let at = (w.sums[s] as usize * SUMS + k) * t;
            arena.get(at..at + t)
        };
        let at = |i: usize, d: isize| i.checked_add_signed(d).filter(|&j| j < n).and_then(info);

        let gaz_at = |i: usize, d: isize| -> &[&'static str] {
            i.checked_add_signed(d)
                .filter(|&j| j < n)
                .and_then(|j| sentence.gaz(j))
                .unwrap_or(&[])
        };
        // Each token's facts, viewed once (each is read by five tokens).
        let facts: Vec<Option<Facts<'_>>> =
            (0..n).map(|i| info(i).map(|w| w.facts(text))).collect();
        let facts_at = |i: usize, d: isize| {
            i.checked_add_signed(d)
                .and_then(|j| facts.get(j))
                .and_then(Option::as_ref)
        };
        // Appends the context and extra features of token `i` to `out`.
        let context = |i: usize, out: &mut Vec<u64>| {
            if let Some(me) = facts_at(i, 0) {
                let c = Context {
                    me,
                    around: OFFSETS.map(|d| facts_at(i, d)),
                    gaz: [gaz_at(i, -1), gaz_at(i, 0), gaz_at(i, 1)],
                };
                context_features(&c, out);
            }
            out.extend(extra.get(i).into_iter().flatten());
        };
        // The features of the tokens `from..from + BLOCK`, and where each ends.
        let block = |from: usize, out: &mut Vec<u64>, ends: &mut Vec<usize>| {
            out.clear();
            ends.clear();
            for i in from..(from + BLOCK).min(n) {
                context(i, out);
                ends.push(out.len());
            }
        };
        // Touches the lines of the sums of the words at `range`.
        let touch = |range: std::ops::Range<usize>| {
            range.filter_map(info).fold(0, |x, w| {
                let at = w.sums[s] as usize * SUMS * t;
                let lines = (0..SUMS * t)
                    .step_by(16)
                    .chain([(SUMS * t).saturating_sub(1)]);
                lines.fold(x, |x, k| x ^ arena.get(at + k).map_or(0, |v| *v))
            })
        };

        let mut sums = vec![0i32; n * t];
        // Software pipelining, a block of tokens at a time: the next block's
        // context features are hashed and their slots warmed (all at once, so
        // that their cache misses overlap) while this block's rows are still
        // arriving.
        block(0, feats, ends);
        std::hint::black_box(table.warm(feats));
        std::hint::black_box(touch(0..BLOCK + 2));
        for from in (0..n).step_by(BLOCK) {
            if from + BLOCK < n {
                block(from + BLOCK, next, next_ends);
                std::hint::black_box(table.warm(next));
                // The words that enter the window of the next block.
                std::hint::black_box(touch(from + BLOCK + 2..from + 2 * BLOCK + 2));
            }
            let mut start = 0;
            for (k, &end) in ends.iter().enumerate() {
                let i = from + k;
                let Some(acc) = sums.get_mut(i * t..(i + 1) * t) else {
                    break;
                };
                add(acc, info(i).and_then(|w| sum(w, 0)));
                for (k, &d) in OFFSETS.iter().enumerate() {
                    let part = match at(i, d) {
                        Some(w) => sum(w, k + 1),
                        None => edge.get(k * t..(k + 1) * t),
                    };
                    add(acc, part);
                }
                for &f in feats.get(start..end).unwrap_or(&[]) {
                    table.add_row_i32(f, acc);
                }
                start = end;
            }
            std::mem::swap(feats, next);
            std::mem::swap(ends, next_ends);
        }
        let scale = table.scale();
        let mut emis: Vec<f32> = sums.iter().map(|&x| x as f32 * scale).collect();
        if o_bias != 0.0 {
            emis.iter_mut().step_by(t.max(1)).for_each(|o| *o -= o_bias);
        }
        emis
    }
}

/// Adds `part` (if any) to `acc` element-wise.
#[inline]
fn add(acc: &mut [i32], part: Option<&[i32]>) {
    if let Some(p) = part {
        acc.iter_mut().zip(p).for_each(|(a, b)| *a += b);
    }
}

/// Appends the features of one word's own sum and neighbour sums to `feats`;
/// returns where each group ends.
fn word_features(token: &str, info: &Facts<'_>, feats: &mut Vec<u64>) -> [usize; SUMS] {
    let mut ends = [0usize; SUMS];
    own_features(token, info, feats);
    ends[0] = feats.len();
    for (k, &d) in OFFSETS.iter().enumerate() {
        neighbour_features(d, Some(info), feats);
        ends[k + 1] = feats.len();
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::super::super::features::{analyze_tokens, embedding_features, token_features};
    use super::super::super::gazetteer::Label;
    use super::super::{Model, TrainConfig, Weights};
    use super::*;

    /// Emission sums the direct way: every row of [`token_features`], in order.
    fn direct(
        table: &RowTable,
        m: &Model,
        tokens: &[&str],
        extra: &[Vec<u64>],
        gaz: &Gazetteer,
    ) -> Vec<f32> {
        let t = table.tags();
        let infos = analyze_tokens(tokens, gaz, &m.clusters, &m.autolex);
        let mut feats = Vec::new();
        let mut out = Vec::new();
        for i in 0..tokens.len() {
            token_features(&infos, tokens, i, &mut feats);
            embedding_features(&infos, i, &mut feats);
            feats.extend(extra.get(i).into_iter().flatten());
            let mut acc = vec![0i32; t];
            for &f in &feats {
                table.add_row_i32(f, &mut acc);
            }
            out.extend(acc.iter().map(|&x| x as f32 * table.scale()));
            if let Some(o) = out.get_mut(i * t) {
                *o -= m.o_bias;
            }
        }
        out
    }

    #[test]
    fn memo_finds_every_word_again() {
        let gaz = Gazetteer::get();
        let (clusters, auto) = (Clusters::default(), AutoLex::default());
        let words: Vec<String> = (0..5000)
            .map(|k| match k % 3 {
                0 => format!("w{k}"),
                1 => format!("وال{k}كتاب"),
                _ => "ب".repeat(k % 40 + 1),
            })
            .collect();
        let tokens: Vec<&str> = words.iter().map(String::as_str).collect();
        let mut memo = Memo::default();
        memo.begin(gaz);
        let mut ids = Vec::new();
        for chunk in tokens.chunks(700) {
            ids.extend_from_slice(memo.sentence(chunk, gaz, &clusters, &auto).ids());
        }
        let again = memo.sentence(&tokens, gaz, &clusters, &auto);
        assert_eq!(again.ids(), ids.as_slice());
        for (&id, &t) in ids.iter().zip(&tokens) {
            let w = &memo.words[id as usize];
            assert_eq!(w.token(&memo.text), t);
            let info = word_info(t, gaz, &clusters, &auto);
            let f = w.facts(&memo.text);
            assert_eq!(
                (f.folded, f.bare, f.clitics),
                (&*info.folded, &*info.bare, &*info.clitics)
            );
            assert_eq!(f.shape, info.shape);
        }
        // Distinct tokens, distinct ids; repeats share one.
        let distinct: std::collections::HashSet<&str> = tokens.iter().copied().collect();
        assert_eq!(memo.words.len(), distinct.len());
        // Thinning out keeps the most used words, still findable.
        let favourites = ["w0", "w3", "w4998"];
        for _ in 0..3 {
            memo.sentence(&favourites, gaz, &clusters, &auto);
        }
        memo.thin_out(100);
        assert_eq!(memo.words.len(), 100);
        for t in favourites {
            assert!(memo.find(t).is_ok(), "{t}");
        }
        let kept = distinct.iter().filter(|t| memo.find(t).is_ok()).count();
        assert_eq!(kept, 100);
        let again = memo.sentence(&tokens, gaz, &clusters, &auto);
        for (&id, &t) in again.ids().iter().zip(&tokens) {
            assert_eq!(memo.words[id as usize].token(&memo.text), t);
        }
        // Another gazetteer: the memo starts afresh.
        let other = Gazetteer::build("", "", "");
        memo.begin(&other);
        assert!(memo.words.is_empty() && memo.text.is_empty());
    }

    #[test]
    fn memo_scores_are_the_sums_of_all_features() {
        let mk = super::super::tests::mk;
        let data = vec![
            mk(
                "قال الرئيس الأمريكي جون سميث في لندن",
                vec![(3, 5, Label::Per), (6, 7, Label::Loc)],
            ),
            mk(
                "وصل جون سميث إلى باريس وسورية",
                vec![(1, 3, Label::Per), (4, 5, Label::Loc), (5, 6, Label::Loc)],
            ),
            mk("أعلنت شركة مايكروسوفت أرباحها", vec![(1, 3, Label::Org)]),
        ];
        let gaz = Gazetteer::get();
        let mut clusters = Clusters::default();
        let path = |s: &str| super::super::super::clusters::Path::parse(s);
        if let (Some(a), Some(b)) = (path("1011010010"), path("0110")) {
            clusters.insert("الرييس".into(), a, [3, 17, 900]);
            clusters.insert("لندن".into(), b, [1, 2, 3]);
            clusters.insert("سوريه".into(), b, [1, 5, 3]);
        }
        // Word vectors for the cluster words: their dense rows are per-word sums too.
        let words: Vec<String> = ["الرييس", "لندن", "سوريه"].map(String::from).into();
        let vecs = [0.9f32, 0.1, -0.2, 0.3, 0.8, 0.1, 0.2, 0.7, -0.6];
        clusters.vectors = Some(std::sync::Arc::new(
            super::super::super::clusters::Vectors::from_f32(words, &vecs, 3),
        ));
        let mut auto = AutoLex::default();
        auto.insert("سميث".into(), Label::Per, 2);
        let cfg = TrainConfig {
            epochs: 3,
            dense: super::super::DenseConfig {
                dims: 3,
                ..Default::default()
            },
            ..TrainConfig::default()
        };
        let mut m = Model::train(&data, clusters, auto, gaz, &cfg, |_, _| {});
        m.o_bias = 0.75;
        let loaded = Model::from_bytes(&m.to_bytes()).map_err(|e| e.to_string());
        assert!(loaded.is_ok(), "{loaded:?}", loaded = loaded.as_ref().err());
        let Ok(m) = loaded else { return };
        let Weights::Packed(table) = &m.weights else {
            panic!("a loaded model is packed");
        };
        let sentences = [
            "وصل الرئيس جون سميث إلى لندن ثم باريس والولايات المتحدة",
            "سميث",
            "جون سميث",
            "قال الرئيس الفرنسي إن الرئيس الأمريكي زار لندن وسورية ولندن",
        ];
        let mut memo = Memo::default();
        // Three times: the second round is served from the memo, the third from
        // what is left of it after thinning out.
        for round in 0..3 {
            if round == 2 {
                memo.thin_out(9);
                assert_eq!(memo.words.len(), 9);
            }
            memo.begin(gaz);
            for s in sentences {
                let tokens: Vec<&str> = s.split(' ').collect();
                let extra: Vec<Vec<u64>> = (0..tokens.len() as u64)
                    .map(|k| {
                        if k % 2 == 0 {
                            vec![k, 1 << 40 | k]
                        } else {
                            Vec::new()
                        }
                    })
                    .collect();
                let sent = memo.sentence(&tokens, gaz, &m.clusters, &m.autolex);
                for extra in [&[][..], &extra] {
                    let got = memo.score(Slot::First, table, &sent, &tokens, extra, m.o_bias);
                    let want = direct(table, &m, &tokens, extra, gaz);
                    assert_eq!(got.len(), tokens.len() * table.tags());
                    assert_eq!(got, want, "round {round}: {s}");
                    assert!(got.iter().any(|&x| x != 0.0));
                }
            }
            // The other slot (same weights here), its sums stored in another
            // order than the words (backwards).
            for s in sentences.iter().rev() {
                let tokens: Vec<&str> = s.split(' ').rev().collect();
                let sent = memo.sentence(&tokens, gaz, &m.clusters, &m.autolex);
                let got = memo.score(Slot::Doc, table, &sent, &tokens, &[], m.o_bias);
                assert_eq!(
                    got,
                    direct(table, &m, &tokens, &[], gaz),
                    "round {round}: {s}"
                );
            }
        }
        // Repeated words share one entry.
        assert!(memo.words.len() < 30, "{}", memo.words.len());
        let empty = memo.sentence(&[], gaz, &m.clusters, &m.autolex);
        assert!(memo
            .score(Slot::First, table, &empty, &[], &[], 0.0)
            .is_empty());
        // The memo path of the model tags as the memo's scores say.
        let toks = ["وصل", "جون", "سميث", "إلى", "باريس"];
        assert_eq!(m.tag(&toks, gaz), m.tag(&toks, gaz));
        assert_eq!(
            m.tag(&toks, gaz),
            vec![(1, 3, Label::Per), (4, 5, Label::Loc)]
        );
    }
}
