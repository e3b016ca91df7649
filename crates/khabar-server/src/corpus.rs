//! Handlers over the corpus index: search, articles, stories, entities, who said what, ingest.
use std::collections::BTreeMap;

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use serde_json::json;

use khabar_index::ingest::{Item, Record};
use khabar_index::{ArticleMeta, EntityCount, IngestOptions, SaidHit, SearchRequest, Skipped};

use crate::{auth, ApiError, AppState};

/// Hits per page unless `per_page` says otherwise; and its maximum.
const DEFAULT_PER_PAGE: usize = 10;
const MAX_PER_PAGE: usize = 100;
/// Deepest result reachable by paging (page × per_page).
const MAX_DEPTH: usize = 10_000;
/// Longest accepted query text, in characters.
const MAX_QUERY_CHARS: usize = 1_000;
/// Articles accepted in one `POST /api/articles`.
pub const MAX_INGEST_ARTICLES: usize = 1_000;
const FILTER_FIELDS: [&str; 6] = ["source", "category", "person", "org", "place", "month"];

impl From<khabar_index::Error> for ApiError {
    fn from(e: khabar_index::Error) -> Self {
        match &e {
            khabar_index::Error::Query(m) => ApiError::bad_request("bad_query", m.clone()),
            khabar_index::Error::InvalidRequest(m) => {
                ApiError::bad_request("invalid_request", m.clone())
            }
            _ if e.is_client_error() => ApiError::bad_request("invalid_request", e.to_string()),
            _ => {
                eprintln!("khabar-server: index error: {e}");
                ApiError::internal(format!("index error: {e}"))
            }
        }
    }
}

type Params = Result<Query<Vec<(String, String)>>, QueryRejection>;

fn parse_bool(key: &str, v: &str) -> Result<bool, ApiError> {
    match v {
        "" | "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(ApiError::bad_request(
            "invalid_parameter",
            format!("`{key}` must be true or false, not {v:?}"),
        )),
    }
}

fn parse_num(key: &str, v: &str, min: usize, max: usize) -> Result<usize, ApiError> {
    v.trim()
        .parse::<usize>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| {
            ApiError::bad_request(
                "invalid_parameter",
                format!("`{key}` must be a whole number from {min} to {max}, not {v:?}"),
            )
        })
}

fn unknown_param(key: &str, known: &[&str]) -> ApiError {
    ApiError::bad_request(
        "invalid_parameter",
        format!(
            "unknown parameter `{key}`; this endpoint takes: {}",
            known.join(", ")
        ),
    )
}

/// `{value, count}` pairs of a facet.
#[derive(Serialize)]
struct FacetValue {
    value: String,
    count: u64,
}

#[derive(Serialize)]
struct SearchResult {
    query: String,
    total: u64,
    page: usize,
    per_page: usize,
    pages: u64,
    hits: Vec<khabar_index::Hit>,
    facets: BTreeMap<String, Vec<FacetValue>>,
}

fn facet_values(facets: BTreeMap<String, Vec<(String, u64)>>) -> BTreeMap<String, Vec<FacetValue>> {
    facets
        .into_iter()
        .map(|(k, vs)| {
            let vs = vs
                .into_iter()
                .map(|(value, count)| FacetValue { value, count })
                .collect();
            (k, vs)
        })
        .collect()
}

/// `GET /api/search`.
pub async fn search(State(state): State<AppState>, params: Params) -> Result<Response, ApiError> {
    const KNOWN: [&str; 15] = [
        "q",
        "sort",
        "page",
        "per_page",
        "facets",
        "source",
        "category",
        "person",
        "org",
        "place",
        "month",
        "said_by",
        "said_about",
        "hide_duplicates",
        "limit",
    ];
    let Query(params) = params?;
    let mut req = SearchRequest {
        facets: true,
        ..SearchRequest::default()
    };
    let mut page = 1usize;
    let mut per_page = DEFAULT_PER_PAGE;
    for (k, v) in params {
        match k.as_str() {
            "q" => req.query = v,
            "sort" => match v.as_str() {
                "" | "relevance" => req.sort = "relevance".into(),
                "date" => req.sort = "date".into(),
                _ => {
                    return Err(ApiError::bad_request(
                        "invalid_parameter",
                        format!("`sort` must be `relevance` or `date`, not {v:?}"),
                    ))
                }
            },
            "page" => page = parse_num("page", &v, 1, MAX_DEPTH)?,
            "per_page" | "limit" => per_page = parse_num(&k, &v, 1, MAX_PER_PAGE)?,
            "facets" => req.facets = parse_bool("facets", &v)?,
            "hide_duplicates" => req.hide_duplicates = parse_bool("hide_duplicates", &v)?,
            "said_by" => req.said_by = Some(v).filter(|s| !s.trim().is_empty()),
            "said_about" => req.said_about = Some(v).filter(|s| !s.trim().is_empty()),
            f if FILTER_FIELDS.contains(&f) => {
                if !v.trim().is_empty() {
                    req.filters.push((k, v));
                }
            }
            _ => return Err(unknown_param(&k, &KNOWN)),
        }
    }
    for (name, text) in [
        ("q", Some(&req.query)),
        ("said_by", req.said_by.as_ref()),
        ("said_about", req.said_about.as_ref()),
    ] {
        if text.is_some_and(|t| t.chars().count() > MAX_QUERY_CHARS) {
            return Err(ApiError::bad_request(
                "query_too_long",
                format!("`{name}` is longer than {MAX_QUERY_CHARS} characters: shorten it"),
            ));
        }
    }
    let offset = (page - 1) * per_page;
    if offset + per_page > MAX_DEPTH {
        return Err(ApiError::bad_request(
            "page_too_deep",
            format!("results beyond the first {MAX_DEPTH} cannot be paged to: narrow the query"),
        ));
    }
    req.limit = per_page;
    req.offset = offset;
    let query = req.query.clone();
    let index = state.index()?;
    let res = state
        .run_blocking(move || index.read().search(&req).map_err(ApiError::from))
        .await?;
    let pages = res.total.div_ceil(per_page as u64);
    Ok(Json(SearchResult {
        query,
        total: res.total,
        page,
        per_page,
        pages,
        hits: res.hits,
        facets: facet_values(res.facets),
    })
    .into_response())
}

/// `GET /api/articles/{id}`.
pub async fn article(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let index = state.index()?;
    let lookup = id.clone();
    let found = state
        .run_blocking(move || index.read().article(&lookup).map_err(ApiError::from))
        .await?;
    match found {
        Some(a) => Ok(Json(json!({ "article": a.meta, "analysis": a.analysis })).into_response()),
        None => Err(ApiError::not_found(format!("no article with id {id:?}"))),
    }
}

#[derive(Serialize)]
struct Outlet {
    source: String,
    count: u64,
}

#[derive(Serialize)]
struct StoryOut {
    id: String,
    articles: Vec<ArticleMeta>,
    outlets: Vec<Outlet>,
    first_seen: Option<String>,
    last_seen: Option<String>,
}

/// `GET /api/stories/{id}`.
pub async fn story(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let index = state.index()?;
    let lookup = id.clone();
    let found = state
        .run_blocking(move || index.read().story(&lookup).map_err(ApiError::from))
        .await?;
    let Some(s) = found else {
        return Err(ApiError::not_found(format!("no story with id {id:?}")));
    };
    Ok(Json(StoryOut {
        id: s.id,
        articles: s.articles,
        outlets: s
            .outlets
            .into_iter()
            .map(|(source, count)| Outlet { source, count })
            .collect(),
        first_seen: s.first_seen,
        last_seen: s.last_seen,
    })
    .into_response())
}

fn parse_label(v: &str) -> Result<Option<String>, ApiError> {
    match v.trim().to_ascii_uppercase().as_str() {
        "" => Ok(None),
        l @ ("PER" | "ORG" | "LOC" | "MISC") => Ok(Some(l.to_string())),
        _ => Err(ApiError::bad_request(
            "invalid_parameter",
            format!("`label` must be PER, ORG, LOC or MISC, not {v:?}"),
        )),
    }
}

/// `GET /api/entities`: the most mentioned people, organizations and places (of the
/// articles matching `q`, or of all articles).
pub async fn entities(State(state): State<AppState>, params: Params) -> Result<Response, ApiError> {
    const KNOWN: [&str; 3] = ["q", "label", "limit"];
    let Query(params) = params?;
    let mut q = None;
    let mut label = None;
    let mut limit = 20;
    for (k, v) in params {
        match k.as_str() {
            "q" => q = Some(v).filter(|s| !s.trim().is_empty()),
            "label" | "type" => label = parse_label(&v)?,
            "limit" => limit = parse_num("limit", &v, 1, 200)?,
            _ => return Err(unknown_param(&k, &KNOWN)),
        }
    }
    let labels: Vec<String> = match label {
        Some(l) if l == "MISC" => {
            return Err(ApiError::bad_request(
                "invalid_parameter",
                "entity counts exist for PER, ORG and LOC only",
            ))
        }
        Some(l) => vec![l],
        None => vec!["PER".into(), "ORG".into(), "LOC".into()],
    };
    let index = state.index()?;
    let list: Vec<EntityCount> = state
        .run_blocking(move || {
            let ix = index.read();
            let mut out = Vec::new();
            for l in &labels {
                out.extend(
                    ix.top_entities(l, q.as_deref(), limit)
                        .map_err(ApiError::from)?,
                );
            }
            Ok(out)
        })
        .await?;
    Ok(Json(json!({ "entities": list })).into_response())
}

#[derive(Serialize)]
struct MonthCount {
    month: String,
    count: u64,
}

#[derive(Serialize)]
struct EntityDetail {
    name: String,
    label: Option<String>,
    articles: u64,
    by_month: Vec<MonthCount>,
    cooccurring: Vec<EntityCount>,
    quotes: Vec<SaidHit>,
}

/// `GET /api/entities/{name}`: mentions per month, co-occurring entities, recent quotes.
pub async fn entity(
    State(state): State<AppState>,
    Path(name): Path<String>,
    params: Params,
) -> Result<Response, ApiError> {
    const KNOWN: [&str; 1] = ["label"];
    let Query(params) = params?;
    let mut label = None;
    for (k, v) in params {
        match k.as_str() {
            "label" | "type" => label = parse_label(&v)?,
            _ => return Err(unknown_param(&k, &KNOWN)),
        }
    }
    let name = name.trim().to_string();
    if name.is_empty() {
        return Err(ApiError::bad_request(
            "invalid_parameter",
            "the entity name is empty",
        ));
    }
    let index = state.index()?;
    let detail = state
        .run_blocking(move || {
            let ix = index.read();
            let facet = match label.as_deref() {
                Some("PER") => Some("person"),
                Some("ORG") => Some("org"),
                Some("LOC") => Some("place"),
                _ => None,
            };
            let phrase = format!("entity:\"{}\"", name.replace('"', " "));
            let mut req = SearchRequest {
                limit: 0,
                facets: true,
                ..SearchRequest::default()
            };
            match facet {
                Some(f) => req.filters.push((f.to_string(), name.clone())),
                None => req.query = phrase.clone(),
            }
            let mut res = ix.search(&req).map_err(ApiError::from)?;
            if res.total == 0 && facet.is_some() {
                // Not a canonical facet value: fall back to the entity field.
                req.filters.clear();
                req.query = phrase;
                res = ix.search(&req).map_err(ApiError::from)?;
            }
            let mut by_month: Vec<MonthCount> = res
                .facets
                .get("month")
                .into_iter()
                .flatten()
                .map(|(m, c)| MonthCount {
                    month: m.clone(),
                    count: *c,
                })
                .collect();
            by_month.sort_by(|a, b| a.month.cmp(&b.month));
            let mut cooccurring = Vec::new();
            for (f, l) in [("person", "PER"), ("org", "ORG"), ("place", "LOC")] {
                for (v, c) in res.facets.get(f).into_iter().flatten() {
                    if v != &name {
                        cooccurring.push(EntityCount {
                            name: v.clone(),
                            label: l.to_string(),
                            articles: *c,
                        });
                    }
                }
            }
            cooccurring.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.name.cmp(&b.name)));
            cooccurring.truncate(20);
            let mut quotes = ix.said(Some(&name), None, 30).map_err(ApiError::from)?;
            newest_first(&mut quotes);
            quotes.truncate(10);
            Ok(EntityDetail {
                name,
                label,
                articles: res.total,
                by_month,
                cooccurring,
                quotes,
            })
        })
        .await?;
    Ok(Json(detail).into_response())
}

/// `GET /api/said?by=&about=`.
pub async fn said(State(state): State<AppState>, params: Params) -> Result<Response, ApiError> {
    const KNOWN: [&str; 3] = ["by", "about", "limit"];
    let Query(params) = params?;
    let (mut by, mut about, mut limit) = (None, None, 20);
    for (k, v) in params {
        match k.as_str() {
            "by" => by = Some(v).filter(|s| !s.trim().is_empty()),
            "about" => about = Some(v).filter(|s| !s.trim().is_empty()),
            "limit" => limit = parse_num("limit", &v, 1, 200)?,
            _ => return Err(unknown_param(&k, &KNOWN)),
        }
    }
    if by.is_none() && about.is_none() {
        return Err(ApiError::bad_request(
            "invalid_parameter",
            "give `by` (who said it), `about` (words of what was said), or both",
        ));
    }
    let index = state.index()?;
    let items = state
        .run_blocking(move || {
            let mut items = index
                .read()
                .said(by.as_deref(), about.as_deref(), limit)
                .map_err(ApiError::from)?;
            newest_first(&mut items);
            Ok(items)
        })
        .await?;
    Ok(Json(json!({ "items": items })).into_response())
}

/// Orders attributions by their article's publication time, newest first (undated last).
fn newest_first(items: &mut [SaidHit]) {
    items.sort_by(|a, b| b.article.published.cmp(&a.article.published));
}

/// One article of `POST /api/articles` (the ANT JSON Lines schema).
#[derive(Deserialize)]
struct ArticleInput {
    #[serde(default)]
    id: Option<IdValue>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    category: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    byline: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum IdValue {
    Str(String),
    Int(i64),
}

#[derive(Deserialize)]
#[serde(untagged)]
pub enum IngestBody {
    Many(Vec<serde_json::Value>),
    Wrapped { articles: Vec<serde_json::Value> },
    One(serde_json::Value),
}

fn to_item(i: usize, v: serde_json::Value) -> Item {
    let origin = format!("request#{i}");
    let bytes = v.to_string().len() as u64;
    let a: ArticleInput = serde_json::from_value(v).map_err(|e| Skipped {
        origin: origin.clone(),
        reason: format!("not an article object: {e}"),
    })?;
    let text = a.text.unwrap_or_default();
    if text.trim().is_empty() {
        return Err(Skipped {
            origin,
            reason: "empty text (no non-blank `text` field)".into(),
        });
    }
    let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(Record {
        id: clean(a.id.map(|v| match v {
            IdValue::Str(s) => s,
            IdValue::Int(n) => n.to_string(),
        })),
        source: clean(a.source),
        category: clean(a.category),
        url: clean(a.url),
        title: clean(a.title),
        published: clean(a.published),
        byline: clean(a.byline),
        text,
        origin,
        bytes,
    })
}

/// `POST /api/articles`: ingest one article, an array, or `{"articles": [...]}`.
pub async fn ingest(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Json<IngestBody>, JsonRejection>,
) -> Result<Response, ApiError> {
    auth::require_writer(&state, &headers)?;
    let Json(body) = body?;
    let values = match body {
        IngestBody::Many(v) | IngestBody::Wrapped { articles: v } => v,
        IngestBody::One(v) if v.is_object() => vec![v],
        IngestBody::One(_) => {
            return Err(ApiError::bad_request(
                "invalid_body",
                "send an article object, an array of them, or {\"articles\": [...]}",
            ))
        }
    };
    if values.is_empty() {
        return Err(ApiError::bad_request(
            "invalid_body",
            "no articles in the request",
        ));
    }
    if values.len() > MAX_INGEST_ARTICLES {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_many_articles",
            format!(
                "{} articles in one request; send at most {MAX_INGEST_ARTICLES} per request",
                values.len()
            ),
        ));
    }
    let items: Vec<Item> = values
        .into_iter()
        .enumerate()
        .map(|(i, v)| to_item(i, v))
        .collect();
    let index = state.index()?;
    let report = state
        .run_blocking(move || {
            let opts = IngestOptions {
                threads: 1,
                ..IngestOptions::default()
            };
            index
                .write()
                .ingest(items, &opts, &mut |_| {})
                .map_err(ApiError::from)
        })
        .await?;
    Ok(Json(json!({
        "records": report.records,
        "ingested": report.ingested,
        "already_present": report.already_present,
        "skipped": report.skipped,
        "total_articles": report.total_articles,
        "duplicates": report.duplicates,
        "stories": report.stories,
    }))
    .into_response())
}
