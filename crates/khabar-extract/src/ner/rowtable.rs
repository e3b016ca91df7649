//! Read-only feature table for tagging: hashed feature id → quantized weight row.
//!
//! Tagging looks up ~90 hashed features per token in a table of ~150k rows; with a
//! `HashMap<u64, u32>` index plus a separate `f32` weight matrix each lookup touches two
//! random cache lines (the bucket, then the row). Here the key and its `i16` row share one
//! 32-byte-aligned slot (two for more than 12 tags), so a hit costs one cache line, and a miss
//! usually costs one probe (load factor ≤ 2/3, linear probing; most misses never reach the table:
//! a Bloom filter answers them). Half the slots of a load factor ≤ 0.5 table load about 15 ms
//! faster (the 11 MB model) for about 4 % more tagging time (docs/bench/ner.md, session 7).
//!
//! The weights are the model file's `i16` values; a row is added as `q as f32 * scale`, the
//! same arithmetic that produced the `f32` weights before, so scores are bit-identical.

use crate::bloom::Bloom;

/// One 32-byte block: either a slot header (`key` in the first four `u16`s, then up to 12
/// weights) or a continuation of a wide row.
#[derive(Clone, Copy, Default)]
#[repr(C, align(32))]
struct Block([u16; 16]);

pub struct RowTable {
    blocks: Vec<Block>,
    /// Blocks per slot.
    stride: usize,
    /// Slots − 1 (a power of two minus one).
    mask: usize,
    tags: usize,
    scale: f32,
    /// Rows stored.
    len: usize,
    /// The row of the feature whose id is 0 (0 marks an empty slot).
    zero: Option<Vec<i16>>,
    /// A blocked Bloom filter of the keys (~8 bits per key, so it stays in L2):
    /// most features of a sentence are word pairs the model never saw, and the
    /// filter answers for ~95% of them without touching the table.
    filter: Bloom,
}

const KEY_WORDS: usize = 4;

impl RowTable {
    /// Builds the table from `(feature id, row)` pairs; every row has `tags` weights.
    pub fn build<'a>(
        tags: usize,
        scale: f32,
        rows: impl ExactSizeIterator<Item = (u64, &'a [i16])>,
    ) -> RowTable {
        let stride = (KEY_WORDS + tags).div_ceil(16).max(1);
        let slots = (rows.len() * 3 / 2).next_power_of_two().max(16);
        let mut t = RowTable {
            blocks: vec![Block::default(); slots * stride],
            stride,
            mask: slots - 1,
            tags,
            scale,
            len: 0,
            zero: None,
            filter: Bloom::with_capacity(rows.len(), 8),
        };
        for (key, row) in rows {
            t.insert(key, row);
        }
        t
    }

    /// Whether the table may hold `key` (false: it certainly does not). Keys are
    /// already avalanche-mixed hashes.
    #[inline]
    fn may_hold(&self, key: u64) -> bool {
        self.filter.may_contain_hash(key)
    }

    fn insert(&mut self, key: u64, row: &[i16]) {
        self.filter.insert_hash(key);
        if key == 0 {
            if self.zero.is_none() {
                self.len += 1;
            }
            self.zero = Some(row.iter().copied().take(self.tags).collect());
            return;
        }
        let mut s = self.home(key);
        loop {
            let k = self.key_at(s);
            if k == key {
                break;
            }
            if k == 0 {
                self.len += 1;
                break;
            }
            s = (s + 1) & self.mask;
        }
        for i in 0..KEY_WORDS {
            *self.word_mut(s, i) = (key >> (16 * i)) as u16;
        }
        for (i, &q) in row.iter().take(self.tags).enumerate() {
            *self.word_mut(s, KEY_WORDS + i) = q as u16;
        }
    }

    #[inline]
    fn home(&self, key: u64) -> usize {
        // Keys are already avalanche-mixed hashes: the top bits index the table, so rows
        // inserted in key order (as a model file stores them) fill it front to back.
        (key >> (63 - self.mask.count_ones())) as usize >> 1
    }

    /// Word `i` of slot `s` (a slot is `stride` consecutive blocks).
    #[inline]
    fn word(&self, s: usize, i: usize) -> u16 {
        self.blocks[s * self.stride + i / 16].0[i % 16]
    }

    #[inline]
    fn word_mut(&mut self, s: usize, i: usize) -> &mut u16 {
        &mut self.blocks[s * self.stride + i / 16].0[i % 16]
    }

    #[inline]
    fn key_at(&self, s: usize) -> u64 {
        let b = &self.blocks[s * self.stride].0;
        u64::from(b[0]) | u64::from(b[1]) << 16 | u64::from(b[2]) << 32 | u64::from(b[3]) << 48
    }

    /// Touches the home slot of every key so that their cache misses overlap: the loads are
    /// independent and branch-free, so the CPU keeps many in flight, and the probes that
    /// follow in [`RowTable::add_row`] then mostly hit the cache. Returns a value derived
    /// from the loads so they cannot be optimised away.
    #[inline]
    pub fn warm(&self, keys: &[u64]) -> u64 {
        keys.iter()
            .filter(|&&k| self.may_hold(k))
            .fold(0u64, |x, &k| {
                x ^ u64::from(self.blocks[self.home(k) * self.stride].0[0])
            })
    }

    /// Calls `f(i, weight)` for each of the `tags` quantized weights of the row
    /// of `key`, if the table has one.
    #[inline]
    fn for_each_weight(&self, key: u64, mut f: impl FnMut(usize, i16)) {
        if key == 0 {
            if let Some(row) = &self.zero {
                row.iter().enumerate().for_each(|(i, &q)| f(i, q));
            }
            return;
        }
        let mut s = self.home(key);
        loop {
            let k = self.key_at(s);
            if k == key {
                if self.stride == 1 {
                    let w = &self.blocks[s].0[KEY_WORDS..KEY_WORDS + self.tags];
                    w.iter().enumerate().for_each(|(i, &q)| f(i, q as i16));
                } else {
                    for i in 0..self.tags {
                        f(i, self.word(s, KEY_WORDS + i) as i16);
                    }
                }
                return;
            }
            if k == 0 {
                return;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Adds the row of `key` (if the table has one) to `acc` (`tags` scores).
    #[inline]
    pub fn add_row(&self, key: u64, acc: &mut [f32]) {
        self.for_each_weight(key, |i, q| {
            if let Some(a) = acc.get_mut(i) {
                *a += f32::from(q) * self.scale;
            }
        });
    }

    /// Adds the quantized row of `key` (if the table has one) to `acc` (`tags`
    /// integer sums): exact, so the total does not depend on the order of the
    /// additions. The score is the sum times [`RowTable::scale`].
    #[inline]
    pub fn add_row_i32(&self, key: u64, acc: &mut [i32]) {
        if !self.may_hold(key) {
            return;
        }
        self.for_each_weight(key, |i, q| {
            if let Some(a) = acc.get_mut(i) {
                *a += i32::from(q);
            }
        });
    }

    /// Weights per row.
    pub fn tags(&self) -> usize {
        self.tags
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.len
    }

    /// The dequantization scale (weight = `q as f32 * scale`).
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Every `(feature id, quantized row)`, sorted by feature id.
    pub fn entries(&self) -> Vec<(u64, Vec<i16>)> {
        let mut out: Vec<(u64, Vec<i16>)> = Vec::with_capacity(self.len);
        if let Some(z) = &self.zero {
            out.push((0, z.clone()));
        }
        for s in 0..=self.mask {
            let k = self.key_at(s);
            if k != 0 {
                let row = (0..self.tags)
                    .map(|i| self.word(s, KEY_WORDS + i) as i16)
                    .collect();
                out.push((k, row));
            }
        }
        out.sort_unstable_by_key(|e| e.0);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(t: &RowTable, key: u64, tags: usize) -> Vec<f32> {
        let mut acc = vec![0.0; tags];
        t.add_row(key, &mut acc);
        acc
    }

    #[test]
    fn finds_every_row_and_nothing_else() {
        for tags in [1, 9, 12, 13, 17, 40] {
            let keys: Vec<u64> = (0..500u64)
                .map(|i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (i << 40))
                .collect();
            let rows: Vec<Vec<i16>> = (0..keys.len())
                .map(|i| (0..tags).map(|k| (i * 31 + k) as i16 - 200).collect())
                .collect();
            let scale = 0.5f32;
            let t = RowTable::build(
                tags,
                scale,
                keys.iter().copied().zip(rows.iter().map(Vec::as_slice)),
            );
            for (k, row) in keys.iter().zip(&rows) {
                let want: Vec<f32> = row.iter().map(|&q| f32::from(q) * scale).collect();
                assert_eq!(lookup(&t, *k, tags), want, "tags={tags} key={k}");
                let mut sums = vec![0i32; tags];
                t.add_row_i32(*k, &mut sums);
                let want: Vec<i32> = row.iter().map(|&q| i32::from(q)).collect();
                assert_eq!(sums, want, "tags={tags} key={k}");
            }
            assert!(lookup(&t, 0xdead_beef_dead_beef, tags)
                .iter()
                .all(|&x| x == 0.0));
            // The filter keeps every key and turns away most others.
            assert!(keys.iter().all(|&k| t.may_hold(k)));
            let passed = (1..=10_000u64)
                .map(|i| i.wrapping_mul(0xd6e8_feb8_6659_fd93).rotate_left(17))
                .filter(|&k| t.may_hold(k))
                .count();
            assert!(
                passed < 1_000,
                "{passed} of 10000 absent keys pass the filter"
            );
        }
    }

    #[test]
    fn colliding_homes_and_zero_key() {
        // Same top bits → same home slot: linear probing must keep them apart.
        let keys = [1u64 << 60 | 1, 1 << 60 | 2, 1 << 60 | 3, 0];
        let rows: [&[i16]; 4] = [&[1, 2], &[3, 4], &[-5, 6], &[7, -8]];
        let t = RowTable::build(2, 1.0, keys.iter().copied().zip(rows));
        for (k, r) in keys.iter().zip(rows) {
            assert_eq!(
                lookup(&t, *k, 2),
                r.iter().map(|&q| f32::from(q)).collect::<Vec<_>>()
            );
        }
        assert_eq!(t.len(), 4);
        let e = t.entries();
        assert_eq!(e.iter().map(|x| x.0).collect::<Vec<_>>(), {
            let mut k = keys.to_vec();
            k.sort_unstable();
            k
        });
        assert_eq!(e[0].1, vec![7, -8]);
        let mut sums = vec![1, 1];
        t.add_row_i32(keys[2], &mut sums);
        t.add_row_i32(keys[3], &mut sums);
        t.add_row_i32(99, &mut sums);
        assert_eq!(sums, vec![1 - 5 + 7, 1 + 6 - 8]);
        // Accumulates rather than overwrites.
        let mut acc = vec![10.0, 10.0];
        t.add_row(keys[0], &mut acc);
        assert_eq!(acc, vec![11.0, 12.0]);
    }
}
