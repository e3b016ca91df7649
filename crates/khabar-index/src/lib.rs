//! # khabar-index — the corpus engine
//!
//! An on-disk corpus of Arabic news articles: each article is analysed once
//! ([`khabar_extract::analyze`]) and stored with its analysis; near-duplicate
//! copies get [`ArticleMeta::duplicate_of`], articles about the same event
//! across outlets share a [`ArticleMeta::story`]; everything is searchable
//! with khabar's Arabic analysis ([`khabar_tantivy`]).
//!
//! Layout of an index directory:
//!
//! * `tantivy/` — the full-text index, which also stores the metadata, the
//!   analysis JSON and the cluster fields of every article (`duplicate_of`,
//!   `story`, its MinHash sketch, LSH band keys and (stem, week) story keys as
//!   terms). Commits are atomic.
//!
//! Clustering is incremental ([`cluster::Clusterer`]): each ingest batch is
//! clustered against the committed articles, found through their indexed
//! keys, so ingest memory is bounded by the batch size and tantivy's writer
//! budget, not by the corpus.
//!
//! Crash safety: killing an ingest at any point and running it again ends with
//! every article exactly once (ids already committed are skipped).
//!
//! ```no_run
//! use khabar_index::{Index, IngestOptions, SearchRequest};
//! let mut index = Index::create_or_open("corpus-index".as_ref())?;
//! let docs = khabar_index::ingest::read_path("articles.jsonl.gz".as_ref());
//! let report = index.ingest(docs, &IngestOptions::default(), &mut |_p| {})?;
//! println!("{} ingested, {} skipped", report.ingested, report.skipped.len());
//! let res = index.search(&SearchRequest { query: "سوريا".into(), ..Default::default() })?;
//! for hit in res.hits {
//!     println!("{} {:?}", hit.id, hit.title);
//! }
//! # Ok::<(), khabar_index::Error>(())
//! ```
use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub mod cluster;
mod engine;
mod facets;
pub mod ingest;
mod memo;
mod schema;
mod search;

pub use engine::Index;
pub use schema::{days_from_civil, parse_timestamp};
pub use search::rewrite_dates;

/// Errors of the corpus engine.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// File-system error on a path of the index or of the input.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The search query could not be parsed (HTTP 400). The message says where and why.
    #[error("bad query: {0}")]
    Query(String),
    /// A request parameter is invalid (unknown sort, facet, filter field…) (HTTP 400).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The index directory holds something khabar cannot read.
    #[error("index {path}: {message}")]
    Corrupt { path: PathBuf, message: String },
    /// Error from the full-text engine.
    #[error("full-text index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// An export or stored JSON error.
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
}

impl Error {
    /// Whether the error is the caller's fault (bad query/parameter): HTTP 400.
    pub fn is_client_error(&self) -> bool {
        matches!(self, Error::Query(_) | Error::InvalidRequest(_))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One stored article's metadata and cluster fields.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
pub struct ArticleMeta {
    pub id: String,
    pub source: Option<String>,
    pub category: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// ISO 8601 as given by the input (RFC 3339 when derived from a feed/WARC date).
    pub published: Option<String>,
    pub byline: Option<String>,
    /// Id of the article this one is a near-identical copy of (the earliest of its group).
    pub duplicate_of: Option<String>,
    /// Story cluster id (the id of the story's earliest article); every article has one.
    pub story: Option<String>,
}

/// An article with its analysis (the `khabar analyze` object, `text` included).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct StoredArticle {
    pub meta: ArticleMeta,
    pub analysis: khabar_extract::Analysis,
}

/// A search request (CLI flags and `GET /api/search` parameters map onto it).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct SearchRequest {
    /// Query syntax: words, "phrases", AND/OR/NOT, -word, field:value
    /// (`title:`, `source:`, `category:`, `entity:`, `person:`, `org:`, `place:`),
    /// `published:[2018-03-01 TO 2018-03-31]` (dates or RFC 3339 times; `*` for open ends).
    /// An empty query matches every article.
    pub query: String,
    pub limit: usize,
    pub offset: usize,
    /// "relevance" (default) or "date" (newest first).
    pub sort: String,
    /// Compute facet counts over all matching articles.
    pub facets: bool,
    /// Facet filters, e.g. ("source", "bbc"), ("place", "Syria"), ("month", "2018-04"),
    /// ("category", "sport"), ("person", …), ("org", …). Several are ANDed.
    pub filters: Vec<(String, String)>,
    /// Attribution source (canonical name or words of the source as written) — who said it.
    pub said_by: Option<String>,
    /// Words that must occur in an attribution's content.
    pub said_about: Option<String>,
    /// Hide near-duplicate copies (articles with `duplicate_of`).
    pub hide_duplicates: bool,
}

impl Default for SearchRequest {
    fn default() -> Self {
        SearchRequest {
            query: String::new(),
            limit: 10,
            offset: 0,
            sort: "relevance".into(),
            facets: false,
            filters: Vec::new(),
            said_by: None,
            said_about: None,
            hide_duplicates: false,
        }
    }
}

/// A highlighted passage: `text` is plain, `highlights` are code point ranges
/// (end-exclusive) of matched words inside it; `html` is the same passage,
/// HTML-escaped, with `<mark>…</mark>` around the matches.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<(usize, usize)>,
    pub html: String,
}

/// One search result.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Hit {
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub category: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub score: f32,
    pub snippet: Snippet,
    pub story: Option<String>,
    pub duplicate_of: Option<String>,
    /// Attributions matching `said_by` / `said_about`, when those were given.
    pub said: Vec<khabar_extract::Attribution>,
}

/// Search results.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
pub struct SearchResponse {
    /// Number of matching articles (before offset/limit).
    pub total: u64,
    pub hits: Vec<Hit>,
    /// facet name ("source", "category", "person", "org", "place", "month") →
    /// (value, count), most frequent first (months in calendar order).
    pub facets: BTreeMap<String, Vec<(String, u64)>>,
}

/// A story cluster.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Story {
    pub id: String,
    /// Article ids, oldest first.
    pub articles: Vec<ArticleMeta>,
    /// Distinct sources, most articles first.
    pub outlets: Vec<(String, u64)>,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
}

/// An entity with the number of articles that mention it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EntityCount {
    /// Canonical name (else the normalized surface form).
    pub name: String,
    /// PER, ORG or LOC.
    pub label: String,
    pub articles: u64,
}

/// One attribution found by [`Index::said`].
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SaidHit {
    pub article: ArticleMeta,
    pub attribution: khabar_extract::Attribution,
}

/// Counts of an index.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
pub struct Stats {
    pub articles: u64,
    pub duplicates: u64,
    pub stories: u64,
    /// Stories with articles from at least two sources.
    pub multi_source_stories: u64,
    pub sources: Vec<(String, u64)>,
    /// Bytes on disk of the whole index directory.
    pub disk_bytes: u64,
}

/// Ingest settings.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Analysis worker threads (0 = available parallelism).
    pub threads: usize,
    /// Commit (make durable) after this many new articles.
    pub commit_every: usize,
    /// Indexer memory budget in bytes.
    pub memory_budget: usize,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            threads: 0,
            commit_every: 2_000,
            memory_budget: 128 << 20,
        }
    }
}

/// Progress of an ingest, reported after every batch.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    /// Records read so far (ingested + already present + skipped).
    pub records: u64,
    /// Input bytes consumed so far (uncompressed record bytes).
    pub bytes: u64,
    pub ingested: u64,
    /// The input currently being read.
    pub current: String,
}

/// A record that was not ingested, with where it came from and why.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Skipped {
    /// `file:line` (JSON Lines), the file path, or `file#record` (WARC/feeds).
    pub origin: String,
    pub reason: String,
}

/// Summary of one ingest run.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
pub struct IngestReport {
    /// Records read.
    pub records: u64,
    /// New articles added.
    pub ingested: u64,
    /// Records whose id was already in the index (or repeated in the input): not added again.
    pub already_present: u64,
    /// Bad records (with origin and reason).
    pub skipped: Vec<Skipped>,
    /// Articles in the index after the run, near-duplicate copies among them, stories.
    pub total_articles: u64,
    pub duplicates: u64,
    pub stories: u64,
    pub bytes: u64,
    pub seconds: f64,
}
