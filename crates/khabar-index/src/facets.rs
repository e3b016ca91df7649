//! Exact facet counts for single-level facets (`/value`) whose cost per query
//! scales with the number of matching documents, not with the number of
//! distinct facet values or of segments.
//!
//! tantivy's `FacetCollector` walks the whole facet dictionary for every query
//! and segment; resolving segment ordinals to names (`ord_to_term`, a scan of
//! an sstable block) costs microseconds per ordinal; reading a document's
//! ordinals from the compressed multi-value column costs tens of nanoseconds
//! per field. With entity facets of tens of thousands of values, a dozen
//! segments and queries matching 100k+ articles, all three dominated latency.
//!
//! Instead, a [`FacetCache`] per set of segments (cached process-wide, see
//! [`FacetCache::get`]) holds:
//! - *global ordinals* per facet field (the idea of Lucene's `OrdinalMap`):
//!   the sorted union of the values of all segments, by stream-merging their
//!   dictionaries, and per segment a map from its ordinals to global ones;
//! - per segment, the ordinals of every document for all facet fields,
//!   decoded (in bulk) into one flat array, so that counting a matching
//!   document is a few array increments, in one or two cache lines, for all
//!   facets.
//!
//! Both are built on the second faceted search (a server, repeated
//! searches). A one-shot search (`khabar search --facets`) reads tantivy's
//! columns directly and resolves the values it counted in each segment's
//! dictionary, summing them by name, so it pays for neither.
//!
//! A query counts per segment by segment ordinal (a sparse list while few
//! documents match, a dense array once many do), sums the non-zero counts
//! across segments (by global ordinal or by name) and turns into names only
//! the values it returns. Counts are exact whatever the number of segments.
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, ColumnIndex, StrColumn};
use tantivy::index::SegmentId;
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader, TantivyError};

/// How the values of a facet are returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FacetOrder {
    /// Most frequent first, ties by name; at most `limit` values.
    Count,
    /// By name; at most `limit` values.
    Name,
}

/// Global ordinals and per-document ordinals of some facet fields, for one
/// set of segments.
pub(crate) struct FacetCache {
    segments: Vec<SegmentId>,
    /// The facet fields, in the order of [`FacetWanted::field`].
    fields: Vec<String>,
    segs: Vec<Arc<SegmentData>>,
    /// Global ordinals per field, merged on the cache's second use (or when
    /// a query counts too many values to resolve them segment by segment).
    global: OnceLock<Vec<FieldOrds>>,
    /// Faceted searches that have used this cache.
    uses: AtomicU32,
}

/// On a cache's first use (a one-shot search), the values counted are
/// resolved to names in each segment's dictionary and summed by name, unless
/// there are more than this many (then the global ordinals are merged).
/// (Lower in unit tests, so that both ways are taken on small indexes.)
const RESOLVE_BY_NAME_MAX: usize = if cfg!(test) { 1_000 } else { 20_000 };

/// A segment is decoded into [`SegmentDocs`] when its facets are counted for
/// the second time: a one-shot search (`khabar search --facets`) reads the
/// columns directly, a server or a repeated search gets the fast path.
const DECODE_FROM_USE: u32 = 2;

/// The facet columns of one segment (all fields) and, once decoded, the
/// ordinals of every document.
struct SegmentData {
    /// Per field: the facet column (ordinals and dictionary), if any.
    columns: Vec<Option<StrColumn>>,
    /// Flat ordinals of field `f` are `bases[f]..bases[f + 1]`.
    bases: Vec<u32>,
    max_doc: DocId,
    docs: OnceLock<Arc<SegmentDocs>>,
    /// Faceted searches that have read this segment.
    uses: AtomicU32,
}

impl SegmentData {
    fn new(columns: &[Option<StrColumn>], max_doc: DocId) -> tantivy::Result<SegmentData> {
        let mut bases = Vec::with_capacity(columns.len() + 1);
        let mut base = 0u32;
        bases.push(0);
        for c in columns {
            let n = c.as_ref().map_or(0, |c| c.num_terms());
            base = u32::try_from(n)
                .ok()
                .and_then(|n| base.checked_add(n))
                .ok_or_else(|| {
                    TantivyError::InternalError(
                        "a segment has more than 2^32 facet values".to_string(),
                    )
                })?;
            bases.push(base);
        }
        Ok(SegmentData {
            columns: columns.to_vec(),
            bases,
            max_doc,
            docs: OnceLock::new(),
            uses: AtomicU32::new(0),
        })
    }

    /// The decoded documents (decoding them if not done yet).
    fn decoded(&self) -> tantivy::Result<Arc<SegmentDocs>> {
        if let Some(d) = self.docs.get() {
            return Ok(Arc::clone(d));
        }
        let d = Arc::new(SegmentDocs::decode(
            &self.columns,
            &self.bases,
            self.max_doc,
        )?);
        // Another thread may have decoded it meanwhile: keep the first.
        Ok(Arc::clone(self.docs.get_or_init(|| d)))
    }

    /// Number of flat ordinals (all fields).
    fn num_ords(&self) -> usize {
        self.bases.last().map_or(0, |&b| b as usize)
    }

    /// Appends the flat ordinals of `doc`, read from the columns.
    fn read(&self, doc: DocId, out: &mut Vec<u32>) {
        for (col, b) in self.columns.iter().zip(self.bases.windows(2)) {
            let (Some(col), [lo, hi]) = (col, b) else {
                continue;
            };
            let mut prev = u64::MAX;
            for ord in col.ords().values_for_doc(doc) {
                if ord != prev {
                    if let Some(flat) = u32::try_from(ord).ok().and_then(|o| lo.checked_add(o)) {
                        if flat < *hi {
                            out.push(flat);
                        }
                    }
                }
                prev = ord;
            }
        }
    }
}

/// The values of one facet field across the segments.
struct FieldOrds {
    /// Display name of each global ordinal (last path component, `∕` → `/`),
    /// in the byte order of the encoded facets.
    names: Vec<String>,
    /// For each segment (searcher order), its ordinal → global ordinal.
    maps: Vec<Vec<u32>>,
}

/// The facet values of each document of a segment, all fields together: the
/// values of document `d` are `vals[starts[d]..starts[d + 1]]`, each a *flat
/// ordinal* `bases[field] + segment ordinal` (see [`SegmentData`]), so that
/// counting a document is one array increment per value whatever its field.
struct SegmentDocs {
    starts: Vec<u32>,
    vals: Vec<u32>,
}

impl SegmentDocs {
    /// Reads every document's ordinals of `columns` (one per field).
    fn decode(
        columns: &[Option<StrColumn>],
        bases: &[u32],
        max_doc: DocId,
    ) -> tantivy::Result<SegmentDocs> {
        let too_many =
            || TantivyError::InternalError("a segment has more than 2^32 facet values".to_string());
        // Each column decoded in bulk: (row range starts per document, values).
        let decoded: Vec<Option<(Vec<u32>, Vec<u64>)>> = columns
            .iter()
            .map(|c| c.as_ref().map(|col| column_rows(col.ords(), max_doc)))
            .collect();
        let total: usize = decoded.iter().flatten().map(|(_, v)| v.len()).sum();
        let mut starts = Vec::with_capacity(max_doc as usize + 1);
        let mut vals: Vec<u32> = Vec::with_capacity(total);
        starts.push(0u32);
        for doc in 0..max_doc as usize {
            for (col, b) in decoded.iter().zip(bases.windows(2)) {
                let (Some((rows, values)), [lo, hi]) = (col, b) else {
                    continue;
                };
                let of_doc = match (rows.get(doc), rows.get(doc + 1)) {
                    (Some(&a), Some(&b)) => values.get(a as usize..b as usize).unwrap_or(&[]),
                    _ => &[],
                };
                let mut prev = u64::MAX;
                for &ord in of_doc {
                    if ord != prev {
                        match u32::try_from(ord).ok().and_then(|o| lo.checked_add(o)) {
                            Some(flat) if flat < *hi => vals.push(flat),
                            _ => {
                                return Err(TantivyError::InternalError(format!(
                                    "facet ordinal {ord} out of its dictionary (document {doc})"
                                )))
                            }
                        }
                    }
                    prev = ord;
                }
            }
            starts.push(u32::try_from(vals.len()).map_err(|_| too_many())?);
        }
        vals.shrink_to_fit();
        Ok(SegmentDocs { starts, vals })
    }

    /// The flat ordinals of `doc`.
    #[inline]
    fn of(&self, doc: DocId) -> &[u32] {
        let d = doc as usize;
        match (self.starts.get(d), self.starts.get(d + 1)) {
            (Some(&a), Some(&b)) => self.vals.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// The values of a column and, per document `d`, their rows
/// `rows[d]..rows[d + 1]`: decoded in bulk from the column's index where its
/// layout allows (a pass over the documents with values instead of a lookup
/// per document), else document by document.
fn column_rows(col: &Column<u64>, max_doc: DocId) -> (Vec<u32>, Vec<u64>) {
    let n = max_doc as usize;
    let num_vals = col.values.num_vals() as usize;
    let mut values = vec![0u64; num_vals];
    col.values.get_range(0, &mut values);
    // Rows of the documents that have values, as (doc, rank among them).
    let bulk = match &col.index {
        ColumnIndex::Empty { .. } => Some(vec![0; n + 1]),
        ColumnIndex::Full => (num_vals == n).then(|| (0..=max_doc).collect()),
        ColumnIndex::Optional(opt) => {
            let mut rows = Vec::with_capacity(n + 1);
            for (rank, doc) in (0u32..).zip(opt.iter_non_null_docs()) {
                // Documents without a value before `doc` get an empty range.
                while rows.len() <= doc as usize {
                    rows.push(rank);
                }
            }
            let end = u32::try_from(num_vals).unwrap_or(u32::MAX);
            rows.resize(n + 1, end);
            Some(rows)
        }
        ColumnIndex::Multivalued(mv) => {
            let start_col = mv.get_start_index_column();
            let mut starts = vec![0u32; start_col.num_vals() as usize];
            start_col.get_range(0, &mut starts);
            if starts.len() == n + 1 {
                // One start per document.
                Some(starts)
            } else {
                // One start per document with values (optional index).
                let mut rows = Vec::with_capacity(n + 1);
                let mut ok = true;
                let mut ranks = 0usize;
                for (rank, doc) in mv.iter_non_null_docs().enumerate() {
                    let Some(&start) = starts.get(rank) else {
                        ok = false;
                        break;
                    };
                    while rows.len() <= doc as usize {
                        rows.push(start);
                    }
                    ranks = rank + 1;
                }
                let end = starts.get(ranks).copied();
                match end {
                    Some(end) if ok && ranks + 1 == starts.len() => {
                        rows.resize(n + 1, end);
                        Some(rows)
                    }
                    _ => None,
                }
            }
        }
    };
    let consistent = |rows: &Vec<u32>| {
        rows.len() == n + 1
            && rows.windows(2).all(|w| w.first() <= w.get(1))
            && rows.last().is_some_and(|&l| l as usize <= num_vals)
    };
    match bulk {
        Some(rows) if consistent(&rows) => (rows, values),
        _ => {
            let mut rows = Vec::with_capacity(n + 1);
            let mut vals = Vec::with_capacity(num_vals);
            rows.push(0);
            for doc in 0..max_doc {
                vals.extend(col.values_for_doc(doc));
                rows.push(u32::try_from(vals.len()).unwrap_or(u32::MAX));
            }
            (rows, vals)
        }
    }
}

/// Runs `f` on every item, on two threads when the machine has two cores.
fn map_parallel<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> tantivy::Result<R> + Sync,
) -> tantivy::Result<Vec<R>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(2));
    if threads < 2 || items.len() < 2 {
        return items.iter().map(&f).collect();
    }
    // Alternate items between the threads: neighbours are often alike in size.
    let (mine, theirs) = std::thread::scope(|scope| {
        let other = scope.spawn(|| {
            items
                .iter()
                .skip(1)
                .step_by(2)
                .map(&f)
                .collect::<Vec<tantivy::Result<R>>>()
        });
        let mine: Vec<tantivy::Result<R>> = items.iter().step_by(2).map(&f).collect();
        (mine, other.join())
    });
    let theirs = theirs
        .map_err(|_| TantivyError::InternalError("a facet cache thread panicked".to_string()))?;
    let mut out = Vec::with_capacity(items.len());
    let mut theirs = theirs.into_iter();
    for r in mine {
        out.push(r?);
        if let Some(t) = theirs.next() {
            out.push(t?);
        }
    }
    Ok(out)
}

/// `a∕b` (encoded facet `/a∕b`) → `a/b`: the name as given at ingest.
fn display_name(encoded: &[u8]) -> String {
    let s = match std::str::from_utf8(encoded) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(encoded),
    };
    let last = s.rsplit('\0').next().unwrap_or_default();
    if last.contains('∕') {
        last.replace('∕', "/")
    } else {
        last.to_string()
    }
}

impl FieldOrds {
    /// Merges the sorted dictionaries of the segments (a k-way merge of their
    /// streams; segments are few, so the minimum is found by a scan).
    fn build(field: &str, columns: &[Option<&StrColumn>]) -> tantivy::Result<FieldOrds> {
        let mut streams = Vec::with_capacity(columns.len());
        let mut live = Vec::with_capacity(columns.len());
        let mut maps: Vec<Vec<u32>> = Vec::with_capacity(columns.len());
        for col in columns.iter().flatten() {
            let mut s = col.dictionary().stream()?;
            live.push(s.advance());
            streams.push(s);
            maps.push(Vec::with_capacity(col.num_terms()));
        }
        let mut names: Vec<String> = Vec::new();
        // Streams whose current key is the smallest.
        let mut at_min: Vec<usize> = Vec::with_capacity(streams.len());
        loop {
            at_min.clear();
            let mut min: Option<&[u8]> = None;
            for (i, (s, _)) in streams
                .iter()
                .zip(&live)
                .enumerate()
                .filter(|(_, (_, l))| **l)
            {
                match min.map(|m| s.key().cmp(m)) {
                    None | Some(std::cmp::Ordering::Less) => {
                        min = Some(s.key());
                        at_min.clear();
                        at_min.push(i);
                    }
                    Some(std::cmp::Ordering::Equal) => at_min.push(i),
                    Some(std::cmp::Ordering::Greater) => {}
                }
            }
            let Some(m) = min else { break };
            let ord = u32::try_from(names.len()).map_err(|_| {
                TantivyError::InternalError(format!(
                    "facet field {field} has more than 2^32 distinct values"
                ))
            })?;
            names.push(display_name(m));
            for &i in &at_min {
                if let (Some(s), Some(l), Some(map)) =
                    (streams.get_mut(i), live.get_mut(i), maps.get_mut(i))
                {
                    map.push(ord);
                    *l = s.advance();
                }
            }
        }
        // Segments without a column for the field get an empty map.
        let mut maps = maps.into_iter();
        let maps = columns
            .iter()
            .map(|c| match c {
                Some(_) => maps.next().unwrap_or_default(),
                None => Vec::new(),
            })
            .collect();
        Ok(FieldOrds { names, maps })
    }
}

/// Cached facet data, most recently used first. Segment ids are unique
/// (UUIDs) and a segment's columns never change (deletes do not matter:
/// collectors only see live documents), so the list of segment ids identifies
/// the data whichever `Index` it was opened through.
static CACHE: Mutex<Vec<Arc<FacetCache>>> = Mutex::new(Vec::new());
/// The current and the previous set of segments of an index (a reload).
/// (Unit tests, running in parallel, each use their own index.)
const CACHE_ENTRIES: usize = if cfg!(test) { 64 } else { 2 };

impl FacetCache {
    fn matches(&self, searcher: &Searcher, fields: &[String]) -> bool {
        self.fields == fields
            && self.segments.len() == searcher.segment_readers().len()
            && self
                .segments
                .iter()
                .zip(searcher.segment_readers())
                .all(|(id, r)| *id == r.segment_id())
    }

    /// The cache of `fields` (facet fields) for `searcher`: from the process
    /// cache, else built (on up to two threads) and cached.
    pub(crate) fn get(searcher: &Searcher, fields: &[String]) -> tantivy::Result<Arc<FacetCache>> {
        let reuse: Vec<(SegmentId, Arc<SegmentData>)> = {
            let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(pos) = cache.iter().position(|c| c.matches(searcher, fields)) {
                let hit = cache.remove(pos);
                cache.insert(0, Arc::clone(&hit));
                return Ok(hit);
            }
            // After a reload most segments are unchanged: their data (decoded
            // documents) is reused; the global ordinals are merged anew.
            cache
                .iter()
                .filter(|c| c.fields == fields)
                .flat_map(|c| c.segments.iter().copied().zip(c.segs.iter().cloned()))
                .collect()
        };
        // Built outside the lock: searches of other indexes go on meanwhile.
        let built = Arc::new(FacetCache::build(searcher, fields, &reuse)?);
        let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
        cache.retain(|c| !c.matches(searcher, fields));
        cache.insert(0, Arc::clone(&built));
        cache.truncate(CACHE_ENTRIES);
        Ok(built)
    }

    fn build(
        searcher: &Searcher,
        fields: &[String],
        reuse: &[(SegmentId, Arc<SegmentData>)],
    ) -> tantivy::Result<FacetCache> {
        let readers = searcher.segment_readers();
        // columns[segment][field]
        let columns: Vec<Vec<Option<StrColumn>>> = readers
            .iter()
            .map(|r| {
                fields
                    .iter()
                    .map(|f| r.fast_fields().str(f))
                    .collect::<tantivy::Result<_>>()
            })
            .collect::<tantivy::Result<_>>()?;
        let segs = columns
            .iter()
            .zip(readers)
            .map(|(cols, reader)| {
                let id = reader.segment_id();
                match reuse.iter().find(|(s, _)| *s == id) {
                    Some((_, data)) => Ok(Arc::clone(data)),
                    None => SegmentData::new(cols, reader.max_doc()).map(Arc::new),
                }
            })
            .collect::<tantivy::Result<_>>()?;
        Ok(FacetCache {
            segments: readers.iter().map(SegmentReader::segment_id).collect(),
            fields: fields.to_vec(),
            segs,
            global: OnceLock::new(),
            uses: AtomicU32::new(0),
        })
    }

    /// The global ordinals of every field (merging the segments'
    /// dictionaries, on up to two threads, if not done yet).
    fn global(&self) -> tantivy::Result<&[FieldOrds]> {
        if let Some(g) = self.global.get() {
            return Ok(g);
        }
        let positions: Vec<usize> = (0..self.fields.len()).collect();
        let built = map_parallel(&positions, |&pos| {
            let of_field: Vec<Option<&StrColumn>> = self
                .segs
                .iter()
                .map(|seg| seg.columns.get(pos).and_then(Option::as_ref))
                .collect();
            FieldOrds::build(self.fields.get(pos).map_or("", String::as_str), &of_field)
        })?;
        // Another thread may have merged them meanwhile: keep the first.
        Ok(self.global.get_or_init(|| built))
    }

    /// Decodes the documents of every segment not decoded yet (on up to two
    /// threads), which faceted searches would otherwise do on their second
    /// use of a segment.
    pub(crate) fn decode_all(&self) -> tantivy::Result<()> {
        self.global()?;
        map_parallel(&self.segs, |s| s.decoded()).map(|_| ())
    }

    /// Number of distinct values of each field.
    pub(crate) fn value_counts(&self) -> tantivy::Result<Vec<usize>> {
        Ok(self.global()?.iter().map(|f| f.names.len()).collect())
    }

    /// Approximate memory held (names, ordinal maps, decoded documents).
    pub(crate) fn heap_bytes(&self) -> usize {
        let fields: usize = self
            .global
            .get()
            .into_iter()
            .flatten()
            .map(|f| {
                f.names.iter().map(|n| n.capacity() + 24).sum::<usize>()
                    + f.maps.iter().map(|m| m.capacity() * 4).sum::<usize>()
            })
            .sum();
        let docs: usize = self
            .segs
            .iter()
            .filter_map(|s| s.docs.get())
            .map(|d| (d.starts.capacity() + d.vals.capacity()) * 4)
            .sum();
        fields + docs
    }
}

/// The facet fields of the schema (`f_source`, …), in [`crate::schema::FACETS`] order.
pub(crate) fn facet_fields() -> Vec<String> {
    crate::schema::FACETS
        .iter()
        .map(|n| format!("f_{n}"))
        .collect()
}

impl crate::Index {
    /// Number of index segments (each is searched separately).
    pub fn segment_count(&self) -> usize {
        self.searcher().segment_readers().len()
    }

    /// For each facet (`source`, `category`, `person`, `org`, `place`,
    /// `month`): the number of distinct values over the index; and the bytes
    /// of memory the facet cache holds. Builds the whole cache (global
    /// ordinals, decoded documents of every segment), which the first two
    /// faceted searches would otherwise do.
    pub fn facet_cache_stats(&self) -> crate::Result<(Vec<(String, usize)>, usize)> {
        let cache = FacetCache::get(&self.searcher(), &facet_fields())?;
        cache.decode_all()?;
        let counts = crate::schema::FACETS
            .iter()
            .map(|n| n.to_string())
            .zip(cache.value_counts()?)
            .collect();
        Ok((counts, cache.heap_bytes()))
    }
}

/// One facet to count: its position in the cache's fields, how many values
/// to return and in which order.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FacetWanted {
    pub field: usize,
    pub limit: usize,
    pub order: FacetOrder,
}

/// Collector of exact counts of some facet fields; its fruit has one list of
/// (value, count) per [`FacetWanted`], in order.
pub(crate) struct FacetCounts {
    cache: Arc<FacetCache>,
    wanted: Vec<FacetWanted>,
}

impl FacetCounts {
    /// Counts `wanted` (positions in `fields`) for searches of `searcher`.
    pub(crate) fn new(
        searcher: &Searcher,
        fields: &[String],
        wanted: Vec<FacetWanted>,
    ) -> tantivy::Result<FacetCounts> {
        if let Some(w) = wanted.iter().find(|w| w.field >= fields.len()) {
            return Err(TantivyError::InvalidArgument(format!(
                "facet {} of {} fields",
                w.field,
                fields.len()
            )));
        }
        let cache = FacetCache::get(searcher, fields)?;
        let uses = cache.uses.fetch_add(1, Ordering::Relaxed).saturating_add(1);
        if uses >= DECODE_FROM_USE {
            cache.global()?;
        }
        Ok(FacetCounts { cache, wanted })
    }
}

/// A segment switches from a list of ordinals to a dense count array when the
/// list would outgrow `dictionary size / SPARSE_FRACTION`, or from the start
/// when the dictionary is small.
const SPARSE_FRACTION: usize = 8;
const DENSE_FROM_START: usize = 2048;

/// Counts of all fields in one segment, by flat ordinal.
struct Counter {
    dense: bool,
    /// Counts by flat ordinal (dense mode).
    counts: Vec<u32>,
    /// Flat ordinals of the values of the matching documents (sparse mode).
    seen: Vec<u32>,
    sparse_max: usize,
    num_ords: usize,
}

impl Counter {
    fn new(num_ords: usize) -> Counter {
        let dense = num_ords <= DENSE_FROM_START;
        Counter {
            dense,
            counts: if dense { vec![0; num_ords] } else { Vec::new() },
            seen: Vec::new(),
            sparse_max: (num_ords / SPARSE_FRACTION).max(DENSE_FROM_START),
            num_ords,
        }
    }

    #[inline]
    fn add(&mut self, vals: &[u32]) {
        if self.dense {
            for &v in vals {
                if let Some(c) = self.counts.get_mut(v as usize) {
                    *c += 1;
                }
            }
        } else {
            self.seen.extend_from_slice(vals);
            if self.seen.len() > self.sparse_max {
                self.densify();
            }
        }
    }

    fn densify(&mut self) {
        self.counts = vec![0; self.num_ords];
        for &o in &self.seen {
            if let Some(c) = self.counts.get_mut(o as usize) {
                *c += 1;
            }
        }
        self.seen = Vec::new();
        self.dense = true;
    }

    /// Non-zero counts of the wanted fields as (segment ordinal, count),
    /// ordinals ascending, one list per field (empty if not wanted).
    fn harvest(mut self, bases: &[u32], wanted: &[bool]) -> Vec<SegmentCounts> {
        let mut out: Vec<SegmentCounts> = vec![Vec::new(); wanted.len()];
        if self.dense {
            for ((o, b), w) in out.iter_mut().zip(bases.windows(2)).zip(wanted) {
                let [lo, hi] = b else { continue };
                if !*w {
                    continue;
                }
                let counts = self.counts.get(*lo as usize..*hi as usize).unwrap_or(&[]);
                o.extend(
                    (0u32..)
                        .zip(counts)
                        .filter(|(_, c)| **c > 0)
                        .map(|(ord, &c)| (ord, c)),
                );
            }
        } else {
            self.seen.sort_unstable();
            let mut f = 0;
            let mut run: Option<(u32, u32)> = None;
            let mut emit = |flat: u32, count: u32, f: &mut usize| {
                while bases.get(*f + 1).is_some_and(|&hi| flat >= hi) {
                    *f += 1;
                }
                if let (Some(&lo), Some(true), Some(o)) =
                    (bases.get(*f), wanted.get(*f), out.get_mut(*f))
                {
                    o.push((flat - lo, count));
                }
            };
            for &v in &self.seen {
                match &mut run {
                    Some((flat, c)) if *flat == v => *c += 1,
                    _ => {
                        if let Some((flat, c)) = run {
                            emit(flat, c, &mut f);
                        }
                        run = Some((v, 1));
                    }
                }
            }
            if let Some((flat, c)) = run {
                emit(flat, c, &mut f);
            }
        }
        out
    }
}

pub(crate) struct FacetCountsSegment {
    data: Arc<SegmentData>,
    /// The decoded documents, else the columns of `data` are read.
    docs: Option<Arc<SegmentDocs>>,
    /// Flat ordinals of one document (when reading the columns).
    buf: Vec<u32>,
    counter: Counter,
    /// Per field of the cache: is it counted?
    wanted: Vec<bool>,
    /// Matching documents not counted yet (see [`FacetCountsSegment::flush`]).
    pending: Vec<DocId>,
}

/// Documents are counted in batches of this many.
const BATCH: usize = 64;
/// A batch is scattered when its documents are on average more than this far
/// apart.
const SCATTERED: usize = 4;

/// Non-zero counts of one field in one segment: (segment ordinal, count),
/// ordinals ascending.
type SegmentCounts = Vec<(u32, u32)>;

impl Collector for FacetCounts {
    type Fruit = Vec<Vec<(String, u64)>>;
    type Child = FacetCountsSegment;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<FacetCountsSegment> {
        let seg = segment as usize;
        if self.cache.segments.get(seg) != Some(&reader.segment_id()) {
            return Err(TantivyError::InternalError(
                "facet cache built for other segments".to_string(),
            ));
        }
        let wanted = (0..self.cache.fields.len())
            .map(|f| self.wanted.iter().any(|w| w.field == f))
            .collect();
        let Some(data) = self.cache.segs.get(seg).cloned() else {
            return Err(TantivyError::InternalError(
                "facet cache built for other segments".to_string(),
            ));
        };
        let uses = data.uses.fetch_add(1, Ordering::Relaxed).saturating_add(1);
        let docs = if uses >= DECODE_FROM_USE {
            Some(data.decoded()?)
        } else {
            data.docs.get().cloned()
        };
        Ok(FacetCountsSegment {
            counter: Counter::new(data.num_ords()),
            data,
            docs,
            buf: Vec::new(),
            wanted,
            pending: Vec::with_capacity(BATCH),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        fruits: Vec<Vec<SegmentCounts>>,
    ) -> tantivy::Result<Vec<Vec<(String, u64)>>> {
        // fruits[segment][field] → per field, the counts of every segment.
        let mut by_field: Vec<Vec<SegmentCounts>> = vec![Vec::new(); self.cache.fields.len()];
        for seg in fruits {
            for (f, counts) in seg.into_iter().enumerate() {
                if let Some(v) = by_field.get_mut(f) {
                    v.push(counts);
                }
            }
        }
        let mut out = Vec::with_capacity(self.wanted.len());
        for w in &self.wanted {
            let counts = by_field
                .get_mut(w.field)
                .map(std::mem::take)
                .unwrap_or_default();
            let total: usize = counts.iter().map(Vec::len).sum();
            let global = match self.cache.global.get() {
                Some(g) => Some(g.as_slice()),
                None if total > RESOLVE_BY_NAME_MAX => Some(self.cache.global()?),
                None => None,
            };
            out.push(match global.and_then(|g| g.get(w.field)) {
                Some(fo) => {
                    // Segment ordinals → global ordinals (both ascending).
                    let counts = counts
                        .into_iter()
                        .zip(&fo.maps)
                        .map(|(list, map)| {
                            list.into_iter()
                                .filter_map(|(o, c)| map.get(o as usize).map(|&g| (g, c)))
                                .collect()
                        })
                        .collect();
                    merge(&fo.names, counts, w)
                }
                None => self.merge_by_name(w, counts)?,
            });
        }
        Ok(out)
    }
}

impl FacetCounts {
    /// Resolves the counted values in each segment's dictionary (only the
    /// blocks that hold them) and sums them by name: no dictionary merge,
    /// for a one-shot search that counts few values.
    fn merge_by_name(
        &self,
        w: &FacetWanted,
        counts: Vec<SegmentCounts>,
    ) -> tantivy::Result<Vec<(String, u64)>> {
        let mut by_name: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
        for (list, seg) in counts.iter().zip(&self.cache.segs) {
            let Some(col) = seg.columns.get(w.field).and_then(Option::as_ref) else {
                continue;
            };
            let mut counts = list.iter().map(|&(_, c)| c);
            let found = col.dictionary().sorted_ords_to_term_cb(
                list.iter().map(|&(o, _)| u64::from(o)),
                |key| {
                    let c = counts.next().unwrap_or(0);
                    *by_name.entry(display_name(key)).or_insert(0) += u64::from(c);
                    Ok(())
                },
            )?;
            if !found {
                return Err(TantivyError::InternalError(format!(
                    "facet ordinal beyond the dictionary of {}",
                    self.cache.fields.get(w.field).map_or("", String::as_str)
                )));
            }
        }
        by_name.retain(|name, _| !name.is_empty());
        Ok(select(by_name.into_iter().collect(), w))
    }
}

/// The wanted values of (name, count) pairs with distinct names: for
/// [`FacetOrder::Count`], the values counted at least as often as the
/// `limit`-th one (ties), by count then name, cut at `limit`.
fn select(mut entries: Vec<(String, u64)>, w: &FacetWanted) -> Vec<(String, u64)> {
    if w.order == FacetOrder::Count && w.limit > 0 && entries.len() > w.limit {
        let (_, kth, _) = entries.select_nth_unstable_by(w.limit - 1, |a, b| b.1.cmp(&a.1));
        let threshold = kth.1;
        entries.retain(|e| e.1 >= threshold);
    }
    match w.order {
        FacetOrder::Count => entries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))),
        FacetOrder::Name => entries.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1))),
    }
    entries.truncate(w.limit);
    entries
}

/// Sums the counts of the segments and returns the wanted values by name.
fn merge(names: &[String], fruits: Vec<SegmentCounts>, w: &FacetWanted) -> Vec<(String, u64)> {
    let total: usize = fruits.iter().map(Vec::len).sum();
    // (global ordinal, count), non-zero.
    let mut merged: Vec<(u32, u64)> = Vec::new();
    if fruits.len() == 1 {
        merged.extend(fruits.iter().flatten().map(|&(o, c)| (o, u64::from(c))));
    } else if total.saturating_mul(SPARSE_FRACTION) < names.len() {
        let mut all: Vec<(u32, u32)> = fruits.into_iter().flatten().collect();
        all.sort_unstable_by_key(|e| e.0);
        for (o, c) in all {
            match merged.last_mut() {
                Some(last) if last.0 == o => last.1 += u64::from(c),
                _ => merged.push((o, u64::from(c))),
            }
        }
    } else {
        let mut dense = vec![0u64; names.len()];
        for (o, c) in fruits.into_iter().flatten() {
            if let Some(d) = dense.get_mut(o as usize) {
                *d += u64::from(c);
            }
        }
        merged.extend((0u32..).zip(dense).filter(|(_, c)| *c > 0));
    }
    let name = |o: u32| names.get(o as usize).map_or("", String::as_str);
    merged.retain(|&(o, _)| !name(o).is_empty());
    if w.order == FacetOrder::Count && w.limit > 0 && merged.len() > w.limit {
        // Keep the values counted at least as often as the limit-th one
        // (ties included: they are ordered by name below).
        let (_, kth, _) = merged.select_nth_unstable_by(w.limit - 1, |a, b| b.1.cmp(&a.1));
        let threshold = kth.1;
        merged.retain(|e| e.1 >= threshold);
    }
    select(
        merged
            .into_iter()
            .map(|(o, c)| (name(o).to_string(), c))
            .collect(),
        w,
    )
}

impl FacetCountsSegment {
    /// Counts the pending documents. When they are scattered over a large
    /// segment, the first value of each is read ahead in a loop of
    /// independent loads, so that the cache misses of the batch overlap
    /// instead of adding up (a few per cent on queries matching 100k+
    /// articles).
    fn flush(&mut self) {
        let Some(docs) = &self.docs else {
            for &doc in &self.pending {
                self.buf.clear();
                self.data.read(doc, &mut self.buf);
                self.counter.add(&self.buf);
            }
            self.pending.clear();
            return;
        };
        // Read ahead only when the batch is scattered: over dense matches the
        // hardware prefetcher already streams the values.
        let span = match (self.pending.first(), self.pending.last()) {
            (Some(&a), Some(&b)) => b.saturating_sub(a) as usize,
            _ => 0,
        };
        let scattered = span > SCATTERED * self.pending.len();
        let mut touched = 0u32;
        for &doc in self.pending.iter().filter(|_| scattered) {
            if let Some(&v) = docs
                .starts
                .get(doc as usize)
                .and_then(|&a| docs.vals.get(a as usize))
            {
                touched ^= v;
            }
        }
        std::hint::black_box(touched);
        for &doc in &self.pending {
            self.counter.add(docs.of(doc));
        }
        self.pending.clear();
    }
}

impl SegmentCollector for FacetCountsSegment {
    type Fruit = Vec<SegmentCounts>;

    #[inline]
    fn collect(&mut self, doc: DocId, _: Score) {
        self.pending.push(doc);
        if self.pending.len() >= BATCH {
            self.flush();
        }
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        self.pending.extend_from_slice(docs);
        if self.pending.len() >= BATCH {
            self.flush();
        }
    }

    fn harvest(mut self) -> Vec<SegmentCounts> {
        self.flush();
        self.counter.harvest(&self.data.bases, &self.wanted)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use tantivy::indexer::NoMergePolicy;
    use tantivy::query::{AllQuery, Query, TermQuery};
    use tantivy::schema::{Facet, FacetOptions, IndexRecordOption, Schema, STRING};
    use tantivy::{IndexWriter, TantivyDocument, Term};

    use super::*;

    /// Two facet fields: `f_person` gets a document's names, `f_place` the
    /// names of even length, prefixed with `@` (to check that the fields,
    /// stored interleaved, are counted apart).
    const FIELDS: [&str; 2] = ["f_person", "f_place"];

    fn place_names(names: &[String]) -> Vec<String> {
        names
            .iter()
            .filter(|n| n.len() % 2 == 0)
            .map(|n| format!("@{n}"))
            .collect()
    }

    struct Corpus {
        index: tantivy::Index,
        /// Person names and tag of every live document.
        docs: Vec<(Vec<String>, String)>,
        person: tantivy::schema::Field,
        place: tantivy::schema::Field,
        tag: tantivy::schema::Field,
    }

    impl Corpus {
        fn new() -> Corpus {
            let mut b = Schema::builder();
            let person = b.add_facet_field("f_person", FacetOptions::default());
            let place = b.add_facet_field("f_place", FacetOptions::default());
            let tag = b.add_text_field("tag", STRING);
            let index = tantivy::Index::create_in_ram(b.build());
            Corpus {
                index,
                docs: Vec::new(),
                person,
                place,
                tag,
            }
        }

        fn writer(&self) -> IndexWriter {
            let w: IndexWriter = self.index.writer_with_num_threads(1, 20_000_000).unwrap();
            w.set_merge_policy(Box::new(NoMergePolicy));
            w
        }

        /// Adds one segment of documents (names per document, tag).
        fn add_segment(&mut self, docs: Vec<(Vec<String>, String)>) {
            let mut w = self.writer();
            for (names, tag) in &docs {
                let mut doc = TantivyDocument::default();
                for n in names {
                    doc.add_facet(self.person, Facet::from_path([n.replace('/', "∕")]));
                }
                for n in place_names(names) {
                    doc.add_facet(self.place, Facet::from_path([n.replace('/', "∕")]));
                }
                doc.add_text(self.tag, tag);
                w.add_document(doc).unwrap();
            }
            w.commit().unwrap();
            self.docs.extend(docs);
        }

        fn delete_tag(&mut self, tag: &str) {
            let mut w = self.writer();
            w.delete_term(Term::from_field_text(self.tag, tag));
            w.commit().unwrap();
            self.docs.retain(|d| d.1 != tag);
        }

        fn searcher(&self) -> Searcher {
            self.index.reader().unwrap().searcher()
        }

        fn fields() -> Vec<String> {
            FIELDS.iter().map(|f| f.to_string()).collect()
        }

        /// Facet counts of both fields computed from the documents themselves.
        fn expected(
            &self,
            tag: Option<&str>,
            limit: usize,
            order: FacetOrder,
        ) -> Vec<Vec<(String, u64)>> {
            let mut counts: [BTreeMap<String, u64>; 2] = Default::default();
            for (names, t) in &self.docs {
                if tag.is_some_and(|x| x != t) {
                    continue;
                }
                for (field, values) in counts.iter_mut().zip([names.clone(), place_names(names)]) {
                    // `a/x` and `a∕x` are the same facet, shown as `a/x`.
                    let mut uniq: Vec<String> =
                        values.iter().map(|n| n.replace('∕', "/")).collect();
                    uniq.sort();
                    uniq.dedup();
                    for n in uniq {
                        *field.entry(n).or_insert(0) += 1;
                    }
                }
            }
            counts
                .into_iter()
                .map(|c| {
                    let mut v: Vec<(String, u64)> = c.into_iter().collect();
                    if order == FacetOrder::Count {
                        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                    }
                    v.truncate(limit);
                    v
                })
                .collect()
        }

        /// The query for `tag` (all documents when `None`) and every facet wanted.
        fn request(
            &self,
            tag: Option<&str>,
            limit: usize,
            order: FacetOrder,
        ) -> (Box<dyn Query>, Vec<FacetWanted>) {
            let q: Box<dyn Query> = match tag {
                Some(t) => Box::new(TermQuery::new(
                    Term::from_field_text(self.tag, t),
                    IndexRecordOption::Basic,
                )),
                None => Box::new(AllQuery),
            };
            let wanted = (0..FIELDS.len())
                .map(|field| FacetWanted {
                    field,
                    limit,
                    order,
                })
                .collect();
            (q, wanted)
        }

        fn counted(
            &self,
            tag: Option<&str>,
            limit: usize,
            order: FacetOrder,
        ) -> Vec<Vec<(String, u64)>> {
            let searcher = self.searcher();
            let (q, wanted) = self.request(tag, limit, order);
            let counts = FacetCounts::new(&searcher, &Corpus::fields(), wanted).unwrap();
            searcher.search(&*q, &counts).unwrap()
        }

        /// Like `counted`, with a new (uncached) facet cache: the one-shot
        /// path (columns read directly, values resolved per segment by name
        /// unless there are many).
        fn counted_once(
            &self,
            tag: Option<&str>,
            limit: usize,
            order: FacetOrder,
        ) -> Vec<Vec<(String, u64)>> {
            let searcher = self.searcher();
            let (q, wanted) = self.request(tag, limit, order);
            let cache = Arc::new(FacetCache::build(&searcher, &Corpus::fields(), &[]).unwrap());
            let counts = FacetCounts { cache, wanted };
            searcher.search(&*q, &counts).unwrap()
        }

        /// The bulk decoding of every column gives each document's values.
        fn check_decoding(&self) {
            for reader in self.searcher().segment_readers() {
                for field in FIELDS {
                    let Some(col) = reader.fast_fields().str(field).unwrap() else {
                        continue;
                    };
                    let ords = col.ords();
                    let (rows, values) = column_rows(ords, reader.max_doc());
                    for doc in 0..reader.max_doc() {
                        let d = doc as usize;
                        let got = &values[rows[d] as usize..rows[d + 1] as usize];
                        let want: Vec<u64> = ords.values_for_doc(doc).collect();
                        assert_eq!(got, want.as_slice(), "{field}, document {doc}");
                    }
                }
            }
        }

        fn check(&self, what: &str) {
            for tag in [None, Some("a"), Some("b"), Some("c"), Some("none")] {
                for (limit, order) in [
                    (1, FacetOrder::Count),
                    (3, FacetOrder::Count),
                    (15, FacetOrder::Count),
                    (usize::MAX, FacetOrder::Count),
                    (usize::MAX, FacetOrder::Name),
                    (2, FacetOrder::Name),
                    (0, FacetOrder::Count),
                ] {
                    let expected = self.expected(tag, limit, order);
                    assert_eq!(
                        self.counted(tag, limit, order),
                        expected,
                        "{what}: tag {tag:?}, limit {limit}, {order:?}"
                    );
                    assert_eq!(
                        self.counted_once(tag, limit, order),
                        expected,
                        "{what}, one-shot: tag {tag:?}, limit {limit}, {order:?}"
                    );
                }
            }
        }
    }

    /// Deterministic pseudo-random numbers (xorshift).
    struct Rng(u64);
    impl Rng {
        fn next(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % n
        }
    }

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn exact_across_segments_where_no_segment_sees_the_winner() {
        let mut c = Corpus::new();
        // "Zz" is in 3 documents of every segment, never a segment's top
        // value (each segment has its own value in 4 documents), but it is
        // the most frequent value overall.
        for seg in 0..5 {
            let own = format!("own{seg}");
            let mut docs = Vec::new();
            for i in 0..4 {
                let mut n = vec![own.clone()];
                if i < 3 {
                    n.push("Zz".into());
                }
                docs.push((n, if i % 2 == 0 { "a" } else { "b" }.to_string()));
            }
            c.add_segment(docs);
        }
        assert_eq!(c.searcher().segment_readers().len(), 5);
        assert_eq!(
            c.counted(None, 2, FacetOrder::Count),
            vec![
                vec![("Zz".to_string(), 15), ("own0".to_string(), 4)],
                vec![("@Zz".to_string(), 15), ("@own0".to_string(), 4)]
            ]
        );
        c.check("winner hidden per segment");
    }

    #[test]
    fn exact_with_ties_slashes_duplicates_and_empty_segments() {
        let mut c = Corpus::new();
        c.add_segment(vec![
            (names(&["b", "a/x", "a"]), "a".into()),
            (names(&["ab", "b", "b"]), "b".into()),
        ]);
        // A segment without any value of the facets.
        c.add_segment(vec![(vec![], "a".into()), (vec![], "b".into())]);
        c.add_segment(vec![
            (names(&["a", "ab"]), "b".into()),
            (names(&["a∕x", "c"]), "a".into()),
        ]);
        // Exactly one value per document in both fields.
        c.add_segment(vec![
            (names(&["dd"]), "a".into()),
            (names(&["ee"]), "b".into()),
        ]);
        c.check_decoding();
        let top = c.counted(None, 3, FacetOrder::Count);
        // Ties by name: "a/x" sorts before "ab" by name ('/' < 'b') even
        // though its encoded facet "a∕x" sorts after.
        assert_eq!(
            top.first(),
            Some(&vec![
                ("a".to_string(), 2),
                ("a/x".to_string(), 2),
                ("ab".to_string(), 2)
            ])
        );
        c.check("ties");
    }

    #[test]
    fn exact_in_sparse_and_dense_modes_with_deletes_and_new_segments() {
        let mut c = Corpus::new();
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        // Enough distinct values (> DENSE_FROM_START) for the sparse mode, and
        // enough documents for a segment to switch to the dense mode.
        for seg in 0..4 {
            let mut docs = Vec::new();
            for i in 0..3000 {
                let k = 1 + rng.next(4);
                let n: Vec<String> = (0..k)
                    .map(|_| {
                        // A few frequent values and many rare ones.
                        let v = if rng.next(3) == 0 {
                            rng.next(20)
                        } else {
                            rng.next(20_000)
                        };
                        format!("p{v}")
                    })
                    .collect();
                // "b": most documents (dense counting), "a": a seventh
                // (sparse counting, dense merge), "c": a few (sparse merge).
                let tag = match (seg + i) % 50 {
                    0 => "c",
                    x if x % 7 == 0 => "a",
                    _ => "b",
                };
                docs.push((n, tag.to_string()));
            }
            c.add_segment(docs);
        }
        c.check_decoding();
        let cache = FacetCache::get(&c.searcher(), &Corpus::fields()).unwrap();
        let values = cache.value_counts().unwrap();
        assert!(values[0] > DENSE_FROM_START, "{values:?}");
        c.check("random");
        c.delete_tag("a");
        c.check("after deleting tag a");
        // A new segment changes the segment list: the cache is rebuilt.
        c.add_segment(vec![(names(&["p1", "new"]), "a".into())]);
        c.check("after a new segment");
        let cache2 = FacetCache::get(&c.searcher(), &Corpus::fields()).unwrap();
        assert_eq!(cache2.value_counts().unwrap()[0], values[0] + 1);
        assert!(!Arc::ptr_eq(&cache, &cache2));
        // The data (decoded documents) of the unchanged segments is reused.
        let shared = cache2
            .segments
            .iter()
            .zip(&cache2.segs)
            .filter(|(id, d)| {
                let old = cache.segments.iter().position(|s| s == *id);
                old.and_then(|i| cache.segs.get(i))
                    .is_some_and(|o| Arc::ptr_eq(o, d) && o.docs.get().is_some())
            })
            .count();
        assert_eq!(shared, cache.segments.len());
        // Same segments, same cache.
        let cache3 = FacetCache::get(&c.searcher(), &Corpus::fields()).unwrap();
        assert!(Arc::ptr_eq(&cache2, &cache3));
    }

    #[test]
    fn empty_index_has_no_facet_values() {
        let c = Corpus::new();
        assert_eq!(
            c.counted(None, 15, FacetOrder::Count),
            vec![Vec::new(), Vec::new()]
        );
        c.check("empty");
    }

    #[test]
    fn column_and_decoded_paths_agree() {
        let mut c = Corpus::new();
        let mut rng = Rng(42);
        for _ in 0..3 {
            let docs = (0..500)
                .map(|i| {
                    let n = (0..rng.next(5))
                        .map(|_| format!("v{}", rng.next(300)))
                        .collect();
                    (n, if i % 3 == 0 { "a" } else { "b" }.to_string())
                })
                .collect();
            c.add_segment(docs);
        }
        let segs = || FacetCache::get(&c.searcher(), &Corpus::fields()).unwrap();
        // First use: the columns are read, nothing is decoded, values are
        // resolved by name (no global ordinals).
        let first = c.counted(Some("a"), usize::MAX, FacetOrder::Count);
        assert!(segs().segs.iter().all(|s| s.docs.get().is_none()));
        assert!(segs().global.get().is_none());
        // Second use: decoded, global ordinals, same counts.
        let second = c.counted(Some("a"), usize::MAX, FacetOrder::Count);
        assert!(segs().segs.iter().all(|s| s.docs.get().is_some()));
        assert!(segs().global.get().is_some());
        assert_eq!(first, second);
        assert_eq!(first, c.expected(Some("a"), usize::MAX, FacetOrder::Count));
    }

    #[test]
    fn counts_only_the_wanted_fields() {
        let mut c = Corpus::new();
        c.add_segment(vec![(names(&["xx", "y"]), "a".into())]);
        let searcher = c.searcher();
        let wanted = vec![FacetWanted {
            field: 1,
            limit: 10,
            order: FacetOrder::Name,
        }];
        let counts = FacetCounts::new(&searcher, &Corpus::fields(), wanted).unwrap();
        assert_eq!(
            searcher.search(&AllQuery, &counts).unwrap(),
            vec![vec![("@xx".to_string(), 1)]]
        );
        let bad = vec![FacetWanted {
            field: 2,
            limit: 10,
            order: FacetOrder::Name,
        }];
        assert!(FacetCounts::new(&searcher, &Corpus::fields(), bad).is_err());
    }

    #[test]
    fn collector_refuses_other_segments() {
        let mut c = Corpus::new();
        c.add_segment(vec![(names(&["x"]), "a".into())]);
        let wanted = vec![FacetWanted {
            field: 0,
            limit: 5,
            order: FacetOrder::Count,
        }];
        let old = FacetCounts::new(&c.searcher(), &Corpus::fields(), wanted).unwrap();
        c.add_segment(vec![(names(&["y"]), "a".into())]);
        assert!(c.searcher().search(&AllQuery, &old).is_err());
    }
}
