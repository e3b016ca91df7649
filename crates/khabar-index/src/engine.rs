//! The on-disk index: opening, ingest, article/story lookup, export.
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Instant;

use serde::{Deserialize, Serialize};
use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::columnar::{BytesColumn, StrColumn};
use tantivy::postings::TermInfo;
use tantivy::query::TermQuery;
use tantivy::schema::{Facet, IndexRecordOption, Value};
use tantivy::{
    DocAddress, DocSet, IndexReader, IndexWriter, InvertedIndexReader, ReloadPolicy, Searcher,
    TantivyDocument, Term, TERMINATED,
};

use crate::cluster::{self, Clusterer, Committed, DocRef, Features, KeyKind, Params, Sketch};
use crate::ingest::{Item, Record};
use crate::memo::FxBuild;
use crate::schema::{self, Fields};
use crate::{
    ArticleMeta, EntityCount, Error, IngestOptions, IngestReport, Progress, Result, SaidHit,
    Skipped, Stats, StoredArticle, Story,
};

const META: &str = "khabar-index.json";

/// An opened khabar index. Reads (`search`, `article`, …) take `&self` and
/// may run concurrently; `ingest` takes `&mut self`.
pub struct Index {
    dir: PathBuf,
    pub(crate) tindex: tantivy::Index,
    pub(crate) reader: IndexReader,
    pub(crate) f: Fields,
}

#[derive(Serialize, Deserialize)]
struct MetaFile {
    format: String,
    schema_version: u32,
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

impl Index {
    /// Opens the index in `dir`, creating it (and the directory) when absent.
    pub fn create_or_open(dir: &Path) -> Result<Index> {
        let tdir = dir.join("tantivy");
        std::fs::create_dir_all(&tdir).map_err(io_err(&tdir))?;
        let meta_path = dir.join(META);
        let exists = tdir.join("meta.json").exists();
        if exists {
            return Self::open(dir);
        }
        let (schema, _) = schema::build();
        let tindex = tantivy::Index::create_in_dir(&tdir, schema)?;
        let meta = MetaFile {
            format: "khabar-index".into(),
            schema_version: schema::SCHEMA_VERSION,
        };
        write_atomic(&meta_path, &serde_json::to_vec_pretty(&meta)?)?;
        Self::from_tantivy(dir, tindex)
    }

    /// Opens an existing index (error if `dir` holds none).
    pub fn open(dir: &Path) -> Result<Index> {
        let tdir = dir.join("tantivy");
        if !tdir.join("meta.json").exists() {
            return Err(Error::Corrupt {
                path: dir.to_path_buf(),
                message: "no khabar index here (create one with `khabar ingest --index DIR FILE…`)"
                    .into(),
            });
        }
        let meta_path = dir.join(META);
        if let Ok(bytes) = std::fs::read(&meta_path) {
            let meta: MetaFile = serde_json::from_slice(&bytes).map_err(|e| Error::Corrupt {
                path: meta_path.clone(),
                message: format!("unreadable index metadata: {e}"),
            })?;
            if meta.schema_version != schema::SCHEMA_VERSION {
                return Err(Error::Corrupt {
                    path: dir.to_path_buf(),
                    message: format!(
                        "index schema version {} but this khabar reads version {}: re-ingest into a new directory",
                        meta.schema_version,
                        schema::SCHEMA_VERSION
                    ),
                });
            }
        }
        let tindex = tantivy::Index::open_in_dir(&tdir)?;
        Self::from_tantivy(dir, tindex)
    }

    fn from_tantivy(dir: &Path, tindex: tantivy::Index) -> Result<Index> {
        khabar_tantivy::register(tindex.tokenizers());
        let f = Fields::from_schema(&tindex.schema()).map_err(|e| Error::Corrupt {
            path: dir.to_path_buf(),
            message: format!("not a khabar index schema: {e}"),
        })?;
        let reader = tindex
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Index {
            dir: dir.to_path_buf(),
            tindex,
            reader,
            f,
        })
    }

    /// The index directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Picks up commits made since opening (e.g. by a `khabar ingest` in another process).
    pub fn reload(&mut self) -> Result<()> {
        self.reader.reload()?;
        Ok(())
    }

    pub(crate) fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Number of articles.
    pub fn len(&self) -> u64 {
        self.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every article id in the index.
    pub fn ids(&self) -> Result<HashSet<String>> {
        let searcher = self.searcher();
        let mut out = HashSet::with_capacity(searcher.num_docs() as usize);
        for seg in searcher.segment_readers() {
            let inv = seg.inverted_index(self.f.id)?;
            let mut stream = inv.terms().stream().map_err(io_err(&self.dir))?;
            while stream.advance() {
                out.insert(String::from_utf8_lossy(stream.key()).into_owned());
            }
        }
        Ok(out)
    }

    /// Ingests documents: analyses each new article once and stores it with
    /// its analysis; ids already in the index are skipped (idempotent); bad
    /// records are reported in [`IngestReport::skipped`]. Commits every
    /// [`IngestOptions::commit_every`] articles, so a crash loses at most the
    /// articles since the last commit, which the next run adds.
    pub fn ingest<I>(
        &mut self,
        docs: I,
        opts: &IngestOptions,
        progress: &mut dyn FnMut(&Progress),
    ) -> Result<IngestReport>
    where
        I: IntoIterator<Item = Item>,
    {
        let started = Instant::now();
        let threads = if opts.threads == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            opts.threads
        };
        // One indexing thread: each commit batch becomes one segment (not
        // one per thread), so the batch's term dictionaries are built once,
        // later merges have half as many segments to combine, and the
        // clusterer's per-segment key lookups are fewer. The indexing of a
        // batch is a small part of its analysis time.
        let budget = opts.memory_budget.max(20_000_000);
        let mut writer: IndexWriter<TantivyDocument> =
            self.tindex.writer_with_num_threads(1, budget)?;
        self.reader.reload()?;
        let fields = self.f;
        let mut state = IngestState {
            writer: &mut writer,
            reader: &self.reader,
            dir: &self.dir,
            fields,
            store: TantivyStore::new(&self.reader.searcher(), fields, &self.dir)?,
            clusterer: Clusterer::new(Params::default()),
            batch: Vec::new(),
            batch_ids: HashSet::new(),
            report: IngestReport::default(),
            prog: Progress::default(),
            since_commit: 0,
            in_flight: 0,
            commit_every: opts.commit_every.max(1),
        };
        // A fixed pool of analysis workers (their per-thread term caches stay
        // warm for the whole run); the calling thread reads the input, adds
        // documents to the index and commits.
        let (job_tx, job_rx) = mpsc::sync_channel::<(String, Record)>(threads * 32);
        let job_rx = Mutex::new(job_rx);
        let (res_tx, res_rx) = mpsc::channel::<Prepared>();
        let outcome = std::thread::scope(|s| {
            for _ in 0..threads {
                let res_tx = res_tx.clone();
                let job_rx = &job_rx;
                s.spawn(move || loop {
                    let job = match job_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => break,
                    };
                    let Ok((id, rec)) = job else { break };
                    let out = prepare_guarded(&fields, &id, &rec);
                    if res_tx.send((rec.origin, out)).is_err() {
                        break;
                    }
                });
            }
            drop(res_tx);
            let job_tx = job_tx;
            state.run(docs, &job_tx, &res_rx, progress)
        });
        outcome?;
        let mut report = state.report;
        writer.wait_merging_threads()?;
        self.reader.reload()?;
        report.total_articles = self.len();
        report.duplicates = self.flag_count(schema::FLAG_COPY)?;
        report.stories = self.flag_count(schema::FLAG_STORY_HEAD)?;
        report.seconds = started.elapsed().as_secs_f64();
        Ok(report)
    }

    /// Convenience: ingest files and directories (see [`crate::ingest::read_path`]).
    pub fn ingest_paths(
        &mut self,
        paths: &[PathBuf],
        opts: &IngestOptions,
        progress: &mut dyn FnMut(&Progress),
    ) -> Result<IngestReport> {
        let items = paths.iter().flat_map(|p| crate::ingest::read_path(p));
        self.ingest(items, opts, progress)
    }

    pub(crate) fn address_of(&self, searcher: &Searcher, id: &str) -> Result<Option<DocAddress>> {
        let q = TermQuery::new(
            Term::from_field_text(self.f.id, id),
            IndexRecordOption::Basic,
        );
        let top = searcher.search(&q, &TopDocs::with_limit(1).order_by_score())?;
        Ok(top.into_iter().next().map(|(_, a)| a))
    }

    /// Number of articles carrying a cluster flag.
    fn flag_count(&self, flag: u64) -> Result<u64> {
        Ok(self
            .searcher()
            .doc_freq(&Term::from_field_u64(self.f.flags, flag))?)
    }

    pub(crate) fn meta_of(&self, doc: &TantivyDocument) -> ArticleMeta {
        let s = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let id = s(self.f.id).unwrap_or_default();
        ArticleMeta {
            source: s(self.f.source),
            category: s(self.f.category),
            url: s(self.f.url),
            title: s(self.f.title),
            published: s(self.f.published_raw),
            byline: s(self.f.byline),
            duplicate_of: s(self.f.dup_of),
            story: Some(s(self.f.story).unwrap_or_else(|| id.clone())),
            id,
        }
    }

    pub(crate) fn analysis_of(&self, doc: &TantivyDocument) -> Result<khabar_extract::Analysis> {
        let bytes = doc
            .get_first(self.f.analysis)
            .and_then(|v| v.as_bytes())
            .unwrap_or_default();
        let mut a: khabar_extract::Analysis = serde_json::from_slice(bytes)?;
        a.text = doc
            .get_first(self.f.body)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        Ok(a)
    }

    /// The stored article with this id.
    pub fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        let searcher = self.searcher();
        let Some(addr) = self.address_of(&searcher, id)? else {
            return Ok(None);
        };
        let doc: TantivyDocument = searcher.doc(addr)?;
        Ok(Some(StoredArticle {
            meta: self.meta_of(&doc),
            analysis: self.analysis_of(&doc)?,
        }))
    }

    /// Metadata of the article with this id.
    pub fn meta(&self, id: &str) -> Result<Option<ArticleMeta>> {
        let searcher = self.searcher();
        let Some(addr) = self.address_of(&searcher, id)? else {
            return Ok(None);
        };
        let doc: TantivyDocument = searcher.doc(addr)?;
        Ok(Some(self.meta_of(&doc)))
    }

    /// The story with this id (a story id, or the id of any of its articles).
    pub fn story(&self, id: &str) -> Result<Option<Story>> {
        let Some(story_id) = self.meta(id)?.and_then(|m| m.story) else {
            return Ok(None);
        };
        let searcher = self.searcher();
        let q = TermQuery::new(
            Term::from_field_text(self.f.story, &story_id),
            IndexRecordOption::Basic,
        );
        let mut addrs: Vec<DocAddress> =
            searcher.search(&q, &DocSetCollector)?.into_iter().collect();
        addrs.sort();
        let mut articles = Vec::with_capacity(addrs.len());
        for a in addrs {
            let doc: TantivyDocument = searcher.doc(a)?;
            articles.push(self.meta_of(&doc));
        }
        articles.sort_by(|a, b| {
            let ka = a
                .published
                .as_deref()
                .and_then(schema::parse_timestamp)
                .unwrap_or(i64::MAX);
            let kb = b
                .published
                .as_deref()
                .and_then(schema::parse_timestamp)
                .unwrap_or(i64::MAX);
            (ka, &a.id).cmp(&(kb, &b.id))
        });
        let mut outlets: BTreeMap<String, u64> = BTreeMap::new();
        for a in &articles {
            *outlets
                .entry(a.source.clone().unwrap_or_else(|| "unknown".into()))
                .or_insert(0) += 1;
        }
        let mut outlets: Vec<(String, u64)> = outlets.into_iter().collect();
        outlets.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let dates: Vec<&str> = articles
            .iter()
            .filter_map(|a| a.published.as_deref())
            .collect();
        Ok(Some(Story {
            id: story_id,
            first_seen: dates.first().map(|s| s.to_string()),
            last_seen: dates.last().map(|s| s.to_string()),
            articles,
            outlets,
        }))
    }

    /// Most mentioned entities of a label (`PER`/`person`, `ORG`/`org`,
    /// `LOC`/`place`) among articles matching `query` (all when `None`/empty).
    pub fn top_entities(
        &self,
        label: &str,
        query: Option<&str>,
        limit: usize,
    ) -> Result<Vec<EntityCount>> {
        let (facet, lab) = match label.to_ascii_lowercase().as_str() {
            "per" | "person" | "people" => ("person", "PER"),
            "org" | "organization" | "organisation" => ("org", "ORG"),
            "loc" | "place" | "gpe" => ("place", "LOC"),
            other => {
                return Err(Error::InvalidRequest(format!(
                    "unknown entity label {other:?} (use PER, ORG or LOC)"
                )))
            }
        };
        let counts = crate::search::facet_counts(self, query.unwrap_or(""), facet, limit)?;
        Ok(counts
            .into_iter()
            .map(|(name, articles)| EntityCount {
                name,
                label: lab.into(),
                articles,
            })
            .collect())
    }

    /// Who said what: attributions whose source matches `by` (canonical name
    /// or words of the source) and whose content contains the words of `about`.
    pub fn said(
        &self,
        by: Option<&str>,
        about: Option<&str>,
        limit: usize,
    ) -> Result<Vec<SaidHit>> {
        crate::search::said(self, by, about, limit)
    }

    /// Writes every article as one JSON object a line (the `khabar analyze`
    /// fields plus metadata, `duplicate_of` and `story`), streaming. Returns
    /// the number of articles written.
    pub fn export(&self, w: &mut dyn Write) -> Result<u64> {
        let searcher = self.searcher();
        let mut n = 0;
        let out_err = |e| Error::Io {
            path: PathBuf::from("<export output>"),
            source: e,
        };
        for seg in searcher.segment_readers() {
            let store = seg.get_store_reader(64).map_err(io_err(&self.dir))?;
            for doc_id in 0..seg.max_doc() {
                if seg.is_deleted(doc_id) {
                    continue;
                }
                let doc: TantivyDocument = store.get(doc_id)?;
                let meta = self.meta_of(&doc);
                let analysis = self.analysis_of(&doc)?;
                let line = export_line(&meta, &analysis)?;
                w.write_all(&line).map_err(out_err)?;
                w.write_all(b"\n").map_err(out_err)?;
                n += 1;
            }
        }
        w.flush().map_err(out_err)?;
        Ok(n)
    }

    /// Counts for the index.
    pub fn stats(&self) -> Result<Stats> {
        let mut sources = crate::search::facet_counts(self, "", "source", usize::MAX)?;
        sources.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let multi = self.multi_source_stories()?;
        Ok(Stats {
            articles: self.len(),
            duplicates: self.flag_count(schema::FLAG_COPY)?,
            stories: self.flag_count(schema::FLAG_STORY_HEAD)?,
            multi_source_stories: multi,
            sources,
            disk_bytes: dir_size(&self.dir),
        })
    }

    /// Stories with articles from two or more sources: the stories of the
    /// articles that joined a story whose first article has another source.
    fn multi_source_stories(&self) -> Result<u64> {
        let searcher = self.searcher();
        let q = TermQuery::new(
            Term::from_field_u64(self.f.flags, schema::FLAG_OTHER_SOURCE),
            IndexRecordOption::Basic,
        );
        let docs = searcher.search(&q, &DocSetCollector)?;
        let mut stories = HashSet::new();
        let mut buf = String::new();
        for (seg_ord, seg) in searcher.segment_readers().iter().enumerate() {
            let Some(col) = seg.fast_fields().str("story")? else {
                continue;
            };
            for a in docs.iter().filter(|a| a.segment_ord as usize == seg_ord) {
                if let Some(ord) = col.term_ords(a.doc_id).next() {
                    buf.clear();
                    if col.ord_to_str(ord, &mut buf).map_err(io_err(&self.dir))? {
                        stories.insert(buf.clone());
                    }
                }
            }
        }
        Ok(stories.len() as u64)
    }
}

type Prepared = (String, Result<(TantivyDocument, Features), String>);

/// The ingest loop's state (calling thread only).
struct IngestState<'a> {
    writer: &'a mut IndexWriter<TantivyDocument>,
    reader: &'a IndexReader,
    dir: &'a Path,
    fields: Fields,
    /// The committed articles (ids, clustering keys and sketches).
    store: TantivyStore,
    clusterer: Clusterer,
    /// Analysed articles of the current batch, added to the index at commit.
    batch: Vec<(TantivyDocument, Features)>,
    /// Ids of the current batch (sent for analysis or analysed).
    batch_ids: HashSet<String>,
    report: IngestReport,
    prog: Progress,
    since_commit: usize,
    in_flight: usize,
    commit_every: usize,
}

impl IngestState<'_> {
    fn run<I: IntoIterator<Item = Item>>(
        &mut self,
        docs: I,
        jobs: &mpsc::SyncSender<(String, Record)>,
        results: &mpsc::Receiver<Prepared>,
        progress: &mut dyn FnMut(&Progress),
    ) -> Result<()> {
        let mut last_progress = Instant::now();
        for item in docs {
            self.report.records += 1;
            self.prog.records += 1;
            match item {
                Err(s) => {
                    self.prog.current.clone_from(&s.origin);
                    self.report.skipped.push(s);
                }
                Ok(rec) => {
                    self.report.bytes += rec.bytes;
                    self.prog.bytes += rec.bytes;
                    let id = rec.stable_id();
                    if self.batch_ids.contains(&id) || self.store.contains_id(&id)? {
                        self.report.already_present += 1;
                    } else {
                        self.prog.current.clone_from(&rec.origin);
                        self.batch_ids.insert(id.clone());
                        if jobs.send((id, rec)).is_err() {
                            return Err(Error::Corrupt {
                                path: self.dir.to_path_buf(),
                                message: "analysis workers stopped unexpectedly".into(),
                            });
                        }
                        self.in_flight += 1;
                    }
                }
            }
            while let Ok(r) = results.try_recv() {
                self.accept(r)?;
            }
            if self.since_commit + self.in_flight >= self.commit_every {
                self.drain(results)?;
                self.commit()?;
            }
            if last_progress.elapsed().as_millis() >= 100 {
                self.prog.ingested = self.report.ingested;
                progress(&self.prog);
                last_progress = Instant::now();
            }
        }
        self.drain(results)?;
        self.commit()?;
        self.prog.ingested = self.report.ingested;
        progress(&self.prog);
        Ok(())
    }

    fn accept(&mut self, (origin, r): Prepared) -> Result<()> {
        self.in_flight = self.in_flight.saturating_sub(1);
        match r {
            Ok((doc, feats)) => {
                self.batch.push((doc, feats));
                self.report.ingested += 1;
                self.since_commit += 1;
            }
            Err(reason) => self.report.skipped.push(Skipped { origin, reason }),
        }
        Ok(())
    }

    /// Waits for every article sent to the workers.
    fn drain(&mut self, results: &mpsc::Receiver<Prepared>) -> Result<()> {
        while self.in_flight > 0 {
            match results.recv() {
                Ok(r) => self.accept(r)?,
                Err(_) => {
                    return Err(Error::Corrupt {
                        path: self.dir.to_path_buf(),
                        message: "analysis workers stopped unexpectedly".into(),
                    })
                }
            }
        }
        Ok(())
    }

    /// Clusters the batch (in (date, id) order) against the committed
    /// articles, adds it to the index and commits atomically: the documents
    /// carry their cluster fields and keys, so a crash loses at most the
    /// batch, which the next run adds again.
    fn commit(&mut self) -> Result<()> {
        let mut batch = std::mem::take(&mut self.batch);
        batch.sort_by(|a, b| {
            (a.1.sketch.day.unwrap_or(i32::MAX), &a.1.id)
                .cmp(&(b.1.sketch.day.unwrap_or(i32::MAX), &b.1.id))
        });
        let f = self.fields;
        self.clusterer
            .prefetch(&mut self.store, batch.iter().map(|(_, feats)| feats))?;
        for (mut doc, feats) in batch {
            let a = self.clusterer.assign(&mut self.store, &feats)?;
            if let Some(d) = &a.duplicate_of {
                doc.add_text(f.dup_of, d);
                doc.add_u64(f.flags, schema::FLAG_COPY);
            }
            doc.add_text(f.story, &a.story);
            if a.opened_story {
                doc.add_u64(f.flags, schema::FLAG_STORY_HEAD);
            }
            if a.other_source {
                doc.add_u64(f.flags, schema::FLAG_OTHER_SOURCE);
            }
            for &k in &a.band_keys {
                doc.add_u64(f.lsh, k);
            }
            for &k in &a.story_keys {
                doc.add_u64(f.skey, k);
            }
            doc.add_bytes(f.sketch, &a.sketch.encode());
            self.writer.add_document(doc)?;
        }
        self.writer.commit()?;
        self.reader.reload()?;
        self.store = TantivyStore::new(&self.reader.searcher(), f, self.dir)?;
        self.clusterer.commit();
        self.batch_ids.clear();
        self.since_commit = 0;
        Ok(())
    }
}

/// One export line: the analysis object with metadata fields added.
fn export_line(meta: &ArticleMeta, analysis: &khabar_extract::Analysis) -> Result<Vec<u8>> {
    let mut v = serde_json::to_value(analysis)?;
    if let serde_json::Value::Object(map) = &mut v {
        map.insert("id".into(), meta.id.clone().into());
        for (k, val) in [
            ("source", &meta.source),
            ("category", &meta.category),
            ("url", &meta.url),
            ("title", &meta.title),
            ("published", &meta.published),
            ("byline", &meta.byline),
            ("duplicate_of", &meta.duplicate_of),
            ("story", &meta.story),
        ] {
            map.insert(
                k.into(),
                val.clone()
                    .map_or(serde_json::Value::Null, serde_json::Value::String),
            );
        }
    }
    Ok(serde_json::to_vec(&v)?)
}

fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension("tmp");
    let mut f = File::create(&tmp).map_err(io_err(&tmp))?;
    f.write_all(bytes).map_err(io_err(&tmp))?;
    f.sync_all().map_err(io_err(&tmp))?;
    std::fs::rename(&tmp, path).map_err(io_err(path))?;
    Ok(())
}

fn dir_size(p: &Path) -> u64 {
    let Ok(rd) = std::fs::read_dir(p) else {
        return 0;
    };
    rd.filter_map(|e| e.ok())
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => dir_size(&e.path()),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}

/// [`prepare`], with a panic in the analysis turned into a skip reason.
fn prepare_guarded(
    f: &Fields,
    id: &str,
    rec: &Record,
) -> Result<(TantivyDocument, Features), String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| prepare(f, id, rec))).unwrap_or_else(
        |_| Err("internal error while analysing this article (please report it)".to_string()),
    )
}

fn add_facet(doc: &mut TantivyDocument, field: tantivy::schema::Field, parts: &[&str]) {
    doc.add_facet(
        field,
        Facet::from_path(parts.iter().map(|p| p.replace('/', "∕"))),
    );
}

/// Analyses one record and builds its tantivy document and clustering features.
fn prepare(f: &Fields, id: &str, rec: &Record) -> Result<(TantivyDocument, Features), String> {
    let ts = rec.published.as_deref().and_then(schema::parse_timestamp);
    let reference_date = rec
        .published
        .as_deref()
        .and_then(|p| khabar_extract::dct::reference_date(p, &rec.text));
    let input = khabar_extract::Input {
        id: Some(id),
        text: &rec.text,
        byline: rec.byline.as_deref(),
        reference_date,
    };
    let analysis = std::panic::catch_unwind(|| khabar_extract::analyze(&input)).map_err(|_| {
        "analysis failed with an internal error (please report this article)".to_string()
    })?;
    let mut doc = TantivyDocument::default();
    doc.add_text(f.id, id);
    if let Some(t) = &rec.title {
        doc.add_text(f.title, t);
    }
    doc.add_text(f.body, &rec.text);
    let source = rec.source.as_deref().unwrap_or("");
    if let Some(s) = &rec.source {
        doc.add_text(f.source, s);
        add_facet(&mut doc, f.f_source, &[s]);
    }
    if let Some(c) = &rec.category {
        doc.add_text(f.category, c);
        add_facet(&mut doc, f.f_category, &[c]);
    }
    if let Some(u) = &rec.url {
        doc.add_text(f.url, u);
    }
    if let Some(b) = &rec.byline {
        doc.add_text(f.byline, b);
    }
    if let Some(p) = &rec.published {
        doc.add_text(f.published_raw, p);
        if let Some(ts) = ts {
            doc.add_date(f.published, tantivy::DateTime::from_timestamp_secs(ts));
        }
        if let Some(d) = reference_date {
            add_facet(
                &mut doc,
                f.f_month,
                &[&format!("{:04}-{:02}", d.year, d.month)],
            );
        }
    }
    let mut facets_seen: HashSet<(&str, String)> = HashSet::new();
    for e in &analysis.entities {
        let name = e
            .canonical
            .clone()
            .unwrap_or_else(|| e.text.trim().to_string());
        doc.add_text(f.entity, &e.text);
        if let Some(c) = &e.canonical {
            doc.add_text(f.entity, c);
        }
        let (text_field, facet_field, key) = match e.label.as_str() {
            "PER" => (f.person, f.f_person, "PER"),
            "ORG" => (f.org, f.f_org, "ORG"),
            "LOC" | "GPE" => (f.place, f.f_place, "LOC"),
            _ => continue,
        };
        doc.add_text(text_field, &e.text);
        if let Some(c) = &e.canonical {
            doc.add_text(text_field, c);
        }
        if !name.is_empty() && facets_seen.insert((key, name.clone())) {
            add_facet(&mut doc, facet_field, &[&name]);
        }
    }
    for a in &analysis.attributions {
        doc.add_text(f.said_by, &a.source.text);
        if let Some(r) = &a.source.refers_to {
            doc.add_text(f.said_by, r);
        }
        for c in crate::search::source_canonicals(&analysis, a) {
            doc.add_text(f.said_by, c);
        }
        doc.add_text(f.said_about, &a.content.text);
    }
    let stored = khabar_extract::Analysis {
        text: String::new(),
        ..analysis
    };
    let bytes =
        serde_json::to_vec(&stored).map_err(|e| format!("cannot serialise analysis: {e}"))?;
    doc.add_bytes(f.analysis, &bytes);
    let day = ts.map(|t| t.div_euclid(86_400) as i32);
    let feats = cluster::features(id, source, day, rec.title.as_deref(), &rec.text);
    Ok((doc, feats))
}

/// One segment of the committed index, as the clusterer reads it.
struct SegView {
    ids: Arc<InvertedIndexReader>,
    body: Arc<InvertedIndexReader>,
    lsh: Arc<InvertedIndexReader>,
    skey: Arc<InvertedIndexReader>,
    id_col: Option<StrColumn>,
    dup_col: Option<StrColumn>,
    story_col: Option<StrColumn>,
    sketch_col: Option<BytesColumn>,
}

/// The committed articles of an index as a [`Committed`] clustering store:
/// candidates are found through the `lsh` / `skey` terms, sketches and
/// assignments read from fast fields, so nothing grows with the corpus.
pub(crate) struct TantivyStore {
    segs: Vec<SegView>,
    num_docs: u64,
    fields: Fields,
    dir: PathBuf,
    /// Key look-ups already made against these segments (the store lives for
    /// one commit batch; keys repeat within a batch and band keys are
    /// prefetched in sorted order).
    hits: HashMap<(bool, u64), KeyHits, FxBuild>,
}

/// The committed articles under one key.
struct KeyHits {
    /// Number of postings over all segments.
    total: usize,
    /// The articles, when `total` is at most the largest cap of the key's kind.
    docs: Vec<DocRef>,
}

/// The largest cap [`Clusterer`] passes to [`Committed::lookup`] for a kind.
fn max_cap(kind: KeyKind) -> usize {
    match kind {
        KeyKind::Band => cluster::MAX_BUCKET,
        KeyKind::Story => cluster::MAX_STORY_POSTINGS,
    }
}

fn inv(kind: KeyKind, s: &SegView) -> &InvertedIndexReader {
    match kind {
        KeyKind::Band => &s.lsh,
        KeyKind::Story => &s.skey,
    }
}

impl TantivyStore {
    fn new(searcher: &Searcher, fields: Fields, dir: &Path) -> Result<TantivyStore> {
        let mut segs = Vec::new();
        for seg in searcher.segment_readers() {
            let ff = seg.fast_fields();
            segs.push(SegView {
                ids: seg.inverted_index(fields.id)?,
                body: seg.inverted_index(fields.body)?,
                lsh: seg.inverted_index(fields.lsh)?,
                skey: seg.inverted_index(fields.skey)?,
                id_col: ff.str("id")?,
                dup_col: ff.str("dup_of")?,
                story_col: ff.str("story")?,
                sketch_col: ff.bytes("sketch")?,
            });
        }
        Ok(TantivyStore {
            segs,
            num_docs: searcher.num_docs(),
            fields,
            dir: dir.to_path_buf(),
            hits: HashMap::default(),
        })
    }

    fn key_term(&self, kind: KeyKind, key: u64) -> Term {
        let field = match kind {
            KeyKind::Band => self.fields.lsh,
            KeyKind::Story => self.fields.skey,
        };
        Term::from_field_u64(field, key)
    }

    /// One term-dictionary look-up per segment: (segment ordinal, term info)
    /// of the segments holding `key`.
    fn term_infos(&self, kind: KeyKind, key: u64) -> Result<Vec<(usize, TermInfo)>> {
        let term = self.key_term(kind, key);
        let mut found = Vec::new();
        for (ord, s) in self.segs.iter().enumerate() {
            if let Some(info) = inv(kind, s)
                .get_term_info(&term)
                .map_err(io_err(&self.dir))?
            {
                found.push((ord, info));
            }
        }
        Ok(found)
    }

    /// Appends the postings of `found` (segment ordinal, term info) to
    /// `out`, in segment order.
    fn read_postings(
        &self,
        kind: KeyKind,
        found: &[(usize, TermInfo)],
        out: &mut Vec<DocRef>,
    ) -> Result<()> {
        for (ord, info) in found {
            let Some(s) = self.segs.get(*ord) else {
                continue;
            };
            let mut postings = inv(kind, s)
                .read_postings_from_terminfo(info, IndexRecordOption::Basic)
                .map_err(io_err(&self.dir))?;
            let mut doc = postings.doc();
            while doc != TERMINATED {
                out.push(((*ord as u64) << 32) | u64::from(doc));
                doc = postings.advance();
            }
        }
        Ok(())
    }

    /// The hits of `found`, with the documents when there are at most
    /// [`max_cap`] of them.
    fn read_hits(&self, kind: KeyKind, found: &[(usize, TermInfo)]) -> Result<KeyHits> {
        let total = found.iter().map(|(_, i)| i.doc_freq as usize).sum();
        let mut docs = Vec::new();
        if total <= max_cap(kind) {
            docs.reserve(total);
            self.read_postings(kind, found, &mut docs)?;
        }
        Ok(KeyHits { total, docs })
    }

    fn contains_id(&self, id: &str) -> Result<bool> {
        let term = Term::from_field_text(self.fields.id, id);
        for s in &self.segs {
            if s.ids.doc_freq(&term).map_err(io_err(&self.dir))? > 0 {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn seg_doc(&self, d: DocRef) -> Option<(&SegView, u32)> {
        Some((self.segs.get((d >> 32) as usize)?, d as u32))
    }

    fn str_at(&self, col: Option<&StrColumn>, doc: u32) -> Result<Option<String>> {
        let Some(col) = col else { return Ok(None) };
        let Some(ord) = col.term_ords(doc).next() else {
            return Ok(None);
        };
        let mut out = String::new();
        Ok(col
            .ord_to_str(ord, &mut out)
            .map_err(io_err(&self.dir))?
            .then_some(out))
    }
}

impl Committed for TantivyStore {
    fn num_docs(&self) -> u64 {
        self.num_docs
    }

    fn doc_freq(&mut self, stem: &str) -> Result<u32> {
        let term = Term::from_field_text(self.fields.body, stem);
        let mut n = 0u32;
        for s in &self.segs {
            n = n.saturating_add(s.body.doc_freq(&term).map_err(io_err(&self.dir))?);
        }
        Ok(n)
    }

    fn lookup(
        &mut self,
        kind: KeyKind,
        key: u64,
        cap: usize,
        out: &mut Vec<DocRef>,
    ) -> Result<bool> {
        let k = (kind == KeyKind::Story, key);
        if !self.hits.contains_key(&k) {
            let found = self.term_infos(kind, key)?;
            let hits = self.read_hits(kind, &found)?;
            self.hits.insert(k, hits);
        }
        let Some(hits) = self.hits.get(&k) else {
            return Ok(false);
        };
        if hits.total > cap {
            return Ok(false);
        }
        if hits.total <= max_cap(kind) {
            out.extend_from_slice(&hits.docs);
        } else {
            // A cap above the kind's usual one: read without caching.
            let found = self.term_infos(kind, key)?;
            self.read_postings(kind, &found, out)?;
        }
        Ok(true)
    }

    fn prefetch(&mut self, kind: KeyKind, keys: &[u64]) -> Result<()> {
        // Segment by segment, keys in sorted order: consecutive look-ups walk
        // neighbouring parts of the term dictionary.
        let mut found: Vec<(usize, usize, TermInfo)> = Vec::new();
        let terms: Vec<Term> = keys.iter().map(|&k| self.key_term(kind, k)).collect();
        for (ord, s) in self.segs.iter().enumerate() {
            let dict = inv(kind, s);
            for (i, term) in terms.iter().enumerate() {
                if let Some(info) = dict.get_term_info(term).map_err(io_err(&self.dir))? {
                    found.push((i, ord, info));
                }
            }
        }
        // Group by key (stable: segment order within a key).
        found.sort_by_key(|&(i, ord, _)| (i, ord));
        let mut rest = found.as_slice();
        let mut per_key: Vec<(usize, TermInfo)> = Vec::new();
        for (i, &key) in keys.iter().enumerate() {
            per_key.clear();
            while let Some((&(j, ord, ref info), tail)) = rest.split_first() {
                if j != i {
                    break;
                }
                per_key.push((ord, info.clone()));
                rest = tail;
            }
            let hits = self.read_hits(kind, &per_key)?;
            self.hits.insert((kind == KeyKind::Story, key), hits);
        }
        Ok(())
    }

    fn sketch(&mut self, d: DocRef) -> Result<Option<Sketch>> {
        let Some((s, doc)) = self.seg_doc(d) else {
            return Ok(None);
        };
        let Some(col) = &s.sketch_col else {
            return Ok(None);
        };
        let Some(ord) = col.term_ords(doc).next() else {
            return Ok(None);
        };
        let mut bytes = Vec::with_capacity(400);
        let found = col
            .ord_to_bytes(ord, &mut bytes)
            .map_err(io_err(&self.dir))?;
        Ok(if found { Sketch::decode(&bytes) } else { None })
    }

    fn assignment(&mut self, d: DocRef) -> Result<Option<(String, String)>> {
        let Some((s, doc)) = self.seg_doc(d) else {
            return Ok(None);
        };
        let Some(id) = self.str_at(s.id_col.as_ref(), doc)? else {
            return Ok(None);
        };
        let root = self
            .str_at(s.dup_col.as_ref(), doc)?
            .unwrap_or_else(|| id.clone());
        let story = self.str_at(s.story_col.as_ref(), doc)?.unwrap_or(id);
        Ok(Some((root, story)))
    }
}
