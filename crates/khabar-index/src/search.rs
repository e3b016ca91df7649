//! Search: query parsing, filters, facets, snippets, who-said-what.
use std::collections::HashSet;
use std::sync::OnceLock;

use tantivy::collector::{Collector, Count, MultiCollector, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, EmptyQuery, EnableScoring, Occur, Query, QueryParser, TermQuery,
};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DateTime, Executor, Order, Searcher, TantivyDocument, Term};

use crate::engine::Index;
use crate::facets::{self, FacetCounts, FacetOrder, FacetWanted};
use crate::schema::{self, FACETS};
use crate::{Error, Hit, Result, SaidHit, SearchRequest, SearchResponse, Snippet};

const SNIPPET_CHARS: usize = 220;
const FACET_TOP: usize = 15;

impl Index {
    /// Runs a search. Bad query syntax or parameters give [`Error::Query`] /
    /// [`Error::InvalidRequest`] (see [`Error::is_client_error`]).
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResponse> {
        search(self, req)
    }
}

fn parser(index: &Index) -> QueryParser {
    let mut p = QueryParser::for_index(&index.tindex, vec![index.f.title, index.f.body]);
    p.set_field_boost(index.f.title, 2.0);
    p.set_conjunction_by_default();
    p
}

/// Rewrites dates in `published:` clauses to RFC 3339: `published:2018-03-01`
/// (that day), `published:2018-03` (that month), and bare dates inside
/// `published:[a TO b]` ranges.
pub fn rewrite_dates(query: &str) -> String {
    let mut out = String::with_capacity(query.len() + 32);
    let mut rest = query;
    while let Some(pos) = rest.find("published:") {
        let (before, after) = rest.split_at(pos);
        out.push_str(before);
        out.push_str("published:");
        let after = after.get("published:".len()..).unwrap_or("");
        if after.starts_with('[') || after.starts_with('{') {
            let end = after.find([']', '}']).map_or(after.len(), |e| e + 1);
            let (range, tail) = after.split_at(end);
            let mut first = true;
            for part in range.split(' ') {
                if !first {
                    out.push(' ');
                }
                first = false;
                let (lead, core, trail) = split_brackets(part);
                out.push_str(lead);
                out.push_str(&day_start(core).unwrap_or_else(|| core.to_string()));
                out.push_str(trail);
            }
            rest = tail;
        } else {
            let end = after.find(char::is_whitespace).unwrap_or(after.len());
            let (value, tail) = after.split_at(end);
            match period(value) {
                Some((a, b)) => out.push_str(&format!("[{a} TO {b}}}")),
                None => out.push_str(value),
            }
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

fn split_brackets(part: &str) -> (&str, &str, &str) {
    let core_start = part.find(|c| c != '[' && c != '{').unwrap_or(part.len());
    let (lead, r) = part.split_at(core_start);
    let core_end = r.rfind(|c| c != ']' && c != '}').map_or(0, |i| i + 1);
    let (core, trail) = r.split_at(core_end);
    (lead, core, trail)
}

fn day_start(s: &str) -> Option<String> {
    (s.len() == 10).then_some(())?;
    khabar_extract::Date::parse_iso(s)?;
    Some(format!("{s}T00:00:00Z"))
}

/// `YYYY-MM-DD` → that day; `YYYY-MM` → that month; as RFC 3339 [start, end).
fn period(s: &str) -> Option<(String, String)> {
    let fmt = |secs: i64| {
        let days = secs.div_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        format!("{y:04}-{m:02}-{d:02}T00:00:00Z")
    };
    if s.len() == 10 {
        let start = schema::parse_timestamp(s)?;
        return Some((fmt(start), fmt(start + 86_400)));
    }
    if s.len() == 7 {
        let start = schema::parse_timestamp(&format!("{s}-01"))?;
        let d = khabar_extract::Date::parse_iso(&format!("{s}-01"))?;
        let len = i64::from(khabar_extract::days_in_month(d.year, d.month));
        return Some((fmt(start), fmt(start + len * 86_400)));
    }
    None
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Threads that search the segments of an index in parallel for one query:
/// `KHABAR_SEARCH_THREADS` (default 1: each query on the calling thread).
fn executor() -> &'static Executor {
    static EXECUTOR: OnceLock<Executor> = OnceLock::new();
    EXECUTOR.get_or_init(|| {
        let threads = std::env::var("KHABAR_SEARCH_THREADS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .unwrap_or(1);
        if threads > 1 {
            Executor::multi_thread(threads, "khabar-search-").unwrap_or(Executor::SingleThread)
        } else {
            Executor::SingleThread
        }
    })
}

/// `searcher.search`, on the search threads of [`executor`].
fn search_segments<C: Collector>(
    searcher: &Searcher,
    query: &dyn Query,
    collector: &C,
) -> tantivy::Result<C::Fruit> {
    let scoring = if collector.requires_scoring() {
        EnableScoring::enabled_from_searcher(searcher)
    } else {
        EnableScoring::disabled_from_searcher(searcher)
    };
    searcher.search_with_executor(query, collector, executor(), scoring)
}

/// Parses the user query (empty = all articles).
pub(crate) fn parse(index: &Index, query: &str) -> Result<Box<dyn Query>> {
    let q = query.trim();
    if q.is_empty() {
        return Ok(Box::new(AllQuery));
    }
    parser(index)
        .parse_query(&rewrite_dates(q))
        .map_err(|e| Error::Query(format!("{e:?} in {q:?} (syntax: words, \"phrases\", AND/OR/NOT, -word, field:value, published:[2018-03-01 TO 2018-03-31])")))
}

/// A query requiring every analysed term of `text` in `field` (no syntax).
fn all_terms(field: Field, text: &str) -> Box<dyn Query> {
    let terms = khabar_tantivy::terms(text, khabar_tantivy::Analysis::Khabar);
    if terms.is_empty() {
        return Box::new(EmptyQuery);
    }
    let clauses: Vec<(Occur, Box<dyn Query>)> = terms
        .into_iter()
        .map(|t| {
            let q: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(field, &t),
                IndexRecordOption::WithFreqs,
            ));
            (Occur::Must, q)
        })
        .collect();
    Box::new(BooleanQuery::new(clauses))
}

fn facet_of(value: &str) -> Facet {
    Facet::from_path([value.replace('/', "∕")])
}

/// The full query of a request: user query + filters + said_by/said_about + duplicates.
fn build(index: &Index, req: &SearchRequest) -> Result<Box<dyn Query>> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, parse(index, &req.query)?)];
    for (name, value) in &req.filters {
        let q: Box<dyn Query> = if let Some(field) = index.f.facet(name) {
            Box::new(TermQuery::new(
                Term::from_facet(field, &facet_of(value)),
                IndexRecordOption::Basic,
            ))
        } else if name == "story" {
            Box::new(TermQuery::new(
                Term::from_field_text(index.f.story, value),
                IndexRecordOption::Basic,
            ))
        } else {
            return Err(Error::InvalidRequest(format!(
                "unknown filter {name:?} (use source, category, person, org, place, month or story)"
            )));
        };
        clauses.push((Occur::Must, q));
    }
    if let Some(by) = req.said_by.as_deref().filter(|s| !s.trim().is_empty()) {
        clauses.push((Occur::Must, all_terms(index.f.said_by, by)));
    }
    if let Some(about) = req.said_about.as_deref().filter(|s| !s.trim().is_empty()) {
        clauses.push((Occur::Must, all_terms(index.f.said_about, about)));
    }
    if req.hide_duplicates {
        clauses.push((
            Occur::MustNot,
            Box::new(TermQuery::new(
                Term::from_field_u64(index.f.flags, crate::schema::FLAG_COPY),
                IndexRecordOption::Basic,
            )),
        ));
    }
    Ok(if clauses.len() == 1 {
        clauses
            .pop()
            .map_or_else(|| Box::new(AllQuery) as Box<dyn Query>, |c| c.1)
    } else {
        Box::new(BooleanQuery::new(clauses))
    })
}

pub(crate) fn search(index: &Index, req: &SearchRequest) -> Result<SearchResponse> {
    let by_date = match req.sort.as_str() {
        "" | "relevance" | "score" => false,
        "date" | "published" | "newest" => true,
        other => {
            return Err(Error::InvalidRequest(format!(
                "unknown sort {other:?} (use relevance or date)"
            )))
        }
    };
    let limit = req.limit.min(1000);
    let query = build(index, req)?;
    let searcher = index.searcher();
    let mut multi = MultiCollector::new();
    let count = multi.add_collector(Count);
    let top_score = (!by_date).then(|| {
        multi.add_collector(
            TopDocs::with_limit(limit.max(1))
                .and_offset(req.offset)
                .order_by_score(),
        )
    });
    let top_date = by_date.then(|| {
        multi.add_collector(
            TopDocs::with_limit(limit.max(1))
                .and_offset(req.offset)
                .order_by_fast_field::<DateTime>("published", Order::Desc),
        )
    });
    let facet_handle = if req.facets {
        let wanted = FACETS
            .iter()
            .enumerate()
            .map(|(field, name)| {
                // Months in calendar order (all of them), the others by count.
                let (limit, order) = if *name == "month" {
                    (usize::MAX, FacetOrder::Name)
                } else {
                    (FACET_TOP, FacetOrder::Count)
                };
                FacetWanted {
                    field,
                    limit,
                    order,
                }
            })
            .collect();
        let counts = FacetCounts::new(&searcher, &facets::facet_fields(), wanted)?;
        Some(multi.add_collector(counts))
    } else {
        None
    };
    let mut fruits = search_segments(&searcher, &*query, &multi)?;
    let total = count.extract(&mut fruits) as u64;
    let addrs: Vec<(f32, tantivy::DocAddress)> = match (top_score, top_date) {
        (Some(h), _) => h.extract(&mut fruits),
        (_, Some(h)) => h
            .extract(&mut fruits)
            .into_iter()
            .map(|(_, a)| (0.0, a))
            .collect(),
        _ => Vec::new(),
    };
    let mut facets = std::collections::BTreeMap::new();
    if let Some(h) = facet_handle {
        for (name, list) in FACETS.iter().zip(h.extract(&mut fruits)) {
            facets.insert(name.to_string(), list);
        }
    }
    let mut generator = SnippetGenerator::create(&searcher, &*query, index.f.body)?;
    generator.set_max_num_chars(SNIPPET_CHARS);
    let mut hits = Vec::with_capacity(addrs.len());
    for (score, addr) in addrs.into_iter().take(limit) {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let meta = index.meta_of(&doc);
        let snippet = snippet(&generator, &doc, index.f.body);
        let said = if req.said_by.is_some() || req.said_about.is_some() {
            let analysis = index.analysis_of(&doc)?;
            matching_attributions(&analysis, req.said_by.as_deref(), req.said_about.as_deref())
        } else {
            Vec::new()
        };
        hits.push(Hit {
            id: meta.id,
            title: meta.title,
            source: meta.source,
            category: meta.category,
            url: meta.url,
            published: meta.published,
            score,
            snippet,
            story: meta.story,
            duplicate_of: meta.duplicate_of,
            said,
        });
    }
    Ok(SearchResponse {
        total,
        hits,
        facets,
    })
}

fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

fn snippet(generator: &SnippetGenerator, doc: &TantivyDocument, body: Field) -> Snippet {
    use tantivy::schema::Value;
    let s = generator.snippet_from_doc(doc);
    let (text, ranges): (String, Vec<std::ops::Range<usize>>) = if s.fragment().is_empty() {
        let text = doc
            .get_first(body)
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        let cut = text
            .char_indices()
            .nth(SNIPPET_CHARS)
            .map_or(text.len(), |(i, _)| i);
        let mut t = text.get(..cut).unwrap_or_default().to_string();
        if cut < text.len() {
            t.push('…');
        }
        (t, Vec::new())
    } else {
        (s.fragment().to_string(), s.highlighted().to_vec())
    };
    let text_trim_start = text.len() - text.trim_start().len();
    let text = text.trim().to_string();
    let ranges: Vec<std::ops::Range<usize>> = ranges
        .into_iter()
        .filter_map(|r| {
            let a = r.start.checked_sub(text_trim_start)?;
            let b = r.end.checked_sub(text_trim_start)?;
            (b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b))
                .then_some(a..b)
        })
        .collect();
    let ci = khabar_text::offsets::CharIndex::new(&text);
    let highlights = ranges
        .iter()
        .map(|r| (ci.char_offset(r.start), ci.char_offset(r.end)))
        .collect();
    let mut html = String::with_capacity(text.len() + 32 * ranges.len());
    let mut pos = 0;
    for r in &ranges {
        if r.start < pos {
            continue;
        }
        escape(text.get(pos..r.start).unwrap_or_default(), &mut html);
        html.push_str("<mark>");
        escape(text.get(r.start..r.end).unwrap_or_default(), &mut html);
        html.push_str("</mark>");
        pos = r.end;
    }
    escape(text.get(pos..).unwrap_or_default(), &mut html);
    Snippet {
        text,
        highlights,
        html,
    }
}

/// Facet counts of one facet over the articles matching `query`.
pub(crate) fn facet_counts(
    index: &Index,
    query: &str,
    facet: &str,
    limit: usize,
) -> Result<Vec<(String, u64)>> {
    let Some(field) = FACETS.iter().position(|f| *f == facet) else {
        return Err(Error::InvalidRequest(format!("unknown facet {facet:?}")));
    };
    let q = parse(index, query)?;
    let searcher = index.searcher();
    let wanted = vec![FacetWanted {
        field,
        limit,
        order: FacetOrder::Count,
    }];
    let counts = FacetCounts::new(&searcher, &facets::facet_fields(), wanted)?;
    Ok(search_segments(&searcher, &*q, &counts)?
        .into_iter()
        .next()
        .unwrap_or_default())
}

/// Canonical names of entities overlapping an attribution's source span.
pub(crate) fn source_canonicals<'a>(
    a: &'a khabar_extract::Analysis,
    at: &khabar_extract::Attribution,
) -> Vec<&'a str> {
    a.entities
        .iter()
        .filter(|e| e.start < at.source.end && at.source.start < e.end)
        .filter_map(|e| e.canonical.as_deref())
        .collect()
}

fn term_set(texts: &[&str]) -> HashSet<String> {
    texts
        .iter()
        .flat_map(|t| khabar_tantivy::terms(t, khabar_tantivy::Analysis::Khabar))
        .collect()
}

fn contains_all(needle: &str, hay: &HashSet<String>) -> bool {
    let n = khabar_tantivy::terms(needle, khabar_tantivy::Analysis::Khabar);
    !n.is_empty() && n.iter().all(|t| hay.contains(t))
}

/// Attributions of an analysis whose source matches `by` and whose content matches `about`.
pub(crate) fn matching_attributions(
    a: &khabar_extract::Analysis,
    by: Option<&str>,
    about: Option<&str>,
) -> Vec<khabar_extract::Attribution> {
    let by = by.filter(|s| !s.trim().is_empty());
    let about = about.filter(|s| !s.trim().is_empty());
    a.attributions
        .iter()
        .filter(|at| {
            by.is_none_or(|b| {
                let mut texts = vec![at.source.text.as_str()];
                texts.extend(at.source.refers_to.as_deref());
                texts.extend(source_canonicals(a, at));
                contains_all(b, &term_set(&texts))
            }) && about.is_none_or(|x| contains_all(x, &term_set(&[at.content.text.as_str()])))
        })
        .cloned()
        .collect()
}

pub(crate) fn said(
    index: &Index,
    by: Option<&str>,
    about: Option<&str>,
    limit: usize,
) -> Result<Vec<SaidHit>> {
    let by = by.filter(|s| !s.trim().is_empty());
    let about = about.filter(|s| !s.trim().is_empty());
    if by.is_none() && about.is_none() {
        return Err(Error::InvalidRequest(
            "give who said it (said_by) and/or what about (said_about)".into(),
        ));
    }
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(b) = by {
        clauses.push((Occur::Must, all_terms(index.f.said_by, b)));
    }
    if let Some(x) = about {
        clauses.push((Occur::Must, all_terms(index.f.said_about, x)));
    }
    let q = BooleanQuery::new(clauses);
    let searcher = index.searcher();
    let top = searcher.search(
        &q,
        &TopDocs::with_limit(limit.saturating_mul(4).saturating_add(20)).order_by_score(),
    )?;
    let mut out = Vec::new();
    for (_, addr) in top {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let analysis = index.analysis_of(&doc)?;
        let matches = matching_attributions(&analysis, by, about);
        if matches.is_empty() {
            continue;
        }
        let meta = index.meta_of(&doc);
        for attribution in matches {
            out.push(SaidHit {
                article: meta.clone(),
                attribution,
            });
            if out.len() >= limit {
                return Ok(out);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_rewrites() {
        assert_eq!(
            rewrite_dates("سوريا published:[2018-03-01 TO 2018-03-31]"),
            "سوريا published:[2018-03-01T00:00:00Z TO 2018-03-31T00:00:00Z]"
        );
        assert_eq!(
            rewrite_dates("published:2018-02 x"),
            "published:[2018-02-01T00:00:00Z TO 2018-03-01T00:00:00Z} x"
        );
        assert_eq!(
            rewrite_dates("published:2018-12-31"),
            "published:[2018-12-31T00:00:00Z TO 2019-01-01T00:00:00Z}"
        );
        assert_eq!(
            rewrite_dates("published:[* TO 2018-03-01}"),
            "published:[* TO 2018-03-01T00:00:00Z}"
        );
        assert_eq!(rewrite_dates("no dates"), "no dates");
    }
}
