//! # khabar-index — the corpus engine
//!
//! Public contract used by the CLI (`ingest`, `search`, `export`) and by
//! `khabar-server`. (Bodies to be written by the corpus-engine work.)
use serde::{Deserialize, Serialize};

/// One stored article: metadata plus its analysis and cluster fields.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct ArticleMeta {
    pub id: String,
    pub source: Option<String>,
    pub category: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// ISO 8601.
    pub published: Option<String>,
    pub byline: Option<String>,
    pub duplicate_of: Option<String>,
    pub story: Option<String>,
}

/// A search request (CLI flags and `GET /api/search` parameters map onto it).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchRequest {
    /// Query syntax: words, "phrases", AND/OR/NOT, -word, field:value, published:[a TO b].
    pub query: String,
    pub limit: usize,
    pub offset: usize,
    /// "relevance" (default) or "date".
    pub sort: String,
    pub facets: bool,
    /// Facet filters, e.g. ("source", "bbc"), ("place", "Syria"), ("month", "2018-04").
    pub filters: Vec<(String, String)>,
    /// Attribution source (canonical or surface) — who said it.
    pub said_by: Option<String>,
    /// Words that must occur in an attribution's content.
    pub said_about: Option<String>,
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
        }
    }
}
