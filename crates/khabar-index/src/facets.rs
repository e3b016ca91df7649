//! A facet-count collector for single-level facets (`/value`) that scales
//! with the number of matching documents, not with the number of distinct
//! facet values: tantivy's `FacetCollector` walks the whole facet dictionary
//! for every query and segment, which dominates latency when entity facets
//! have tens of thousands of values.
//!
//! Per segment, counts are kept by facet ordinal; only the most frequent
//! `keep` ordinals of each segment are resolved to names (exact when the index
//! has one segment; after a merge-heavy ingest there are only a few).
use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::schema::Facet;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

pub(crate) struct FacetTop {
    pub field: String,
    /// Ordinals resolved per segment.
    pub keep: usize,
}

pub(crate) struct FacetTopSegment {
    reader: tantivy::fastfield::FacetReader,
    counts: Vec<u32>,
    keep: usize,
}

impl Collector for FacetTop {
    type Fruit = HashMap<String, u64>;
    type Child = FacetTopSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<FacetTopSegment> {
        let reader = reader.facet_reader(&self.field)?;
        let n = reader.num_facets();
        Ok(FacetTopSegment {
            reader,
            counts: vec![0; n],
            keep: self.keep,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        fruits: Vec<HashMap<String, u64>>,
    ) -> tantivy::Result<HashMap<String, u64>> {
        let mut out: HashMap<String, u64> = HashMap::new();
        for f in fruits {
            for (k, v) in f {
                *out.entry(k).or_insert(0) += v;
            }
        }
        Ok(out)
    }
}

impl SegmentCollector for FacetTopSegment {
    type Fruit = HashMap<String, u64>;

    fn collect(&mut self, doc: DocId, _: Score) {
        let mut prev = u64::MAX;
        for ord in self.reader.facet_ords(doc) {
            if ord != prev {
                if let Some(c) = self.counts.get_mut(ord as usize) {
                    *c += 1;
                }
            }
            prev = ord;
        }
    }

    fn harvest(self) -> HashMap<String, u64> {
        let mut nonzero: Vec<(u32, usize)> = self
            .counts
            .iter()
            .enumerate()
            .filter(|(_, &c)| c > 0)
            .map(|(o, &c)| (c, o))
            .collect();
        if nonzero.len() > self.keep {
            nonzero.select_nth_unstable_by(self.keep, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            nonzero.truncate(self.keep);
        }
        let mut out = HashMap::with_capacity(nonzero.len());
        let mut facet = Facet::root();
        for (count, ord) in nonzero {
            if self.reader.facet_from_ord(ord as u64, &mut facet).is_ok() {
                let name = facet
                    .to_path()
                    .last()
                    .map(|s| s.replace('∕', "/"))
                    .unwrap_or_default();
                if !name.is_empty() {
                    *out.entry(name).or_insert(0) += u64::from(count);
                }
            }
        }
        out
    }
}
