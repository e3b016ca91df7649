//! Query latency benchmark: 20 fixed queries (with facets) against an index.
//!
//! ```text
//! cargo run --release -p khabar-index --example bench_search -- INDEX_DIR [ROUNDS [ONLY]]
//! ```
//! Prints the latency of the first two faceted queries (the second builds
//! the facet cache: global ordinals and decoded segments; the first also
//! merges the global ordinals if it counts many values), the number of
//! segments and facet values, per-query medians and
//! the overall p50/p90/p99/max over ROUNDS (default 50) rounds of all
//! queries after one warm-up round, then the same without facets.
//! ONLY (e.g. `17,0`) restricts the run to those queries (0-based), for
//! profiling. See scripts/bench-search.sh and docs/bench/index-latency.md.
use std::time::Instant;

use khabar_index::{Index, SearchRequest};

/// The fixed queries: plain words, spelling variants, phrases, boolean
/// operators, exclusions, fields, date ranges, filters and date sorting.
/// (query, facet filters, sort).
type BenchQuery = (
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static str,
);

const QUERIES: [BenchQuery; 20] = [
    ("سوريا", &[], "relevance"),
    ("ألمانيا", &[], "relevance"),
    ("المسلحين", &[], "relevance"),
    ("\"الأمم المتحدة\"", &[], "relevance"),
    ("ترامب روسيا", &[], "relevance"),
    ("النفط OR الغاز", &[], "relevance"),
    ("إيران -النووي", &[], "relevance"),
    ("title:مباراة", &[], "relevance"),
    ("source:bbc الاقتصاد", &[], "relevance"),
    ("category:sport ريال مدريد", &[], "relevance"),
    ("place:Syria", &[], "relevance"),
    ("person:ترامب", &[], "relevance"),
    ("org:\"الأمم المتحدة\"", &[], "relevance"),
    (
        "published:[2018-04-01 TO 2018-04-30] الغوطة",
        &[],
        "relevance",
    ),
    ("published:2018-06 كأس العالم", &[], "relevance"),
    ("الانتخابات", &[("category", "middleEast")], "relevance"),
    ("الذهب الأسعار", &[("month", "2018-05")], "relevance"),
    ("", &[("source", "skynews")], "date"),
    ("السعودية", &[], "date"),
    (
        "(اليمن OR الحوثيين) AND (السعودية OR التحالف)",
        &[],
        "relevance",
    ),
];

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted
        .get(rank.min(sorted.len() - 1))
        .copied()
        .unwrap_or(0.0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .ok_or("usage: bench_search INDEX_DIR [ROUNDS]")?;
    let rounds: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(50);
    let only: Option<Vec<usize>> = args
        .next()
        .map(|o| o.split(',').map(str::parse).collect())
        .transpose()?;
    let t = Instant::now();
    let index = Index::open(dir.as_ref())?;
    let open_ms = t.elapsed().as_secs_f64() * 1e3;
    let selected: Vec<(usize, &BenchQuery)> = QUERIES
        .iter()
        .enumerate()
        .filter(|(i, _)| only.as_ref().is_none_or(|o| o.contains(i)))
        .collect();
    let requests: Vec<SearchRequest> = selected
        .iter()
        .map(|(_, (q, filters, sort))| SearchRequest {
            query: (*q).to_string(),
            limit: 10,
            facets: true,
            sort: (*sort).to_string(),
            filters: filters
                .iter()
                .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
                .collect(),
            ..SearchRequest::default()
        })
        .collect();
    // Warm-up round; the first two faceted queries build the facet cache.
    let mut totals = Vec::with_capacity(requests.len());
    let mut cold_ms = Vec::new();
    for r in &requests {
        let t = Instant::now();
        totals.push(index.search(r)?.total);
        if cold_ms.len() < 2 {
            cold_ms.push(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    // The rest of the facet cache, if a single query was run.
    let (value_counts, cache_bytes) = index.facet_cache_stats()?;
    let cache_mb = cache_bytes as f64 / 1e6;
    let facet_values: Vec<String> = value_counts
        .into_iter()
        .map(|(name, n)| format!("{name} {n}"))
        .collect();
    let mut all = Vec::with_capacity(rounds * requests.len());
    let mut per_query: Vec<Vec<f64>> = vec![Vec::with_capacity(rounds); requests.len()];
    for _ in 0..rounds {
        for (i, r) in requests.iter().enumerate() {
            let t = Instant::now();
            let res = index.search(r)?;
            let ms = t.elapsed().as_secs_f64() * 1e3;
            std::hint::black_box(res);
            all.push(ms);
            if let Some(v) = per_query.get_mut(i) {
                v.push(ms);
            }
        }
    }
    println!(
        "index {dir}: {} articles in {} segments; {} rounds × {} queries, facets on, limit 10",
        index.len(),
        index.segment_count(),
        rounds,
        requests.len()
    );
    println!(
        "distinct facet values: {}; facet cache {cache_mb:.1} MB",
        facet_values.join(", ")
    );
    let cold: Vec<String> = cold_ms.iter().map(|ms| format!("{ms:.1} ms")).collect();
    println!(
        "open {open_ms:.1} ms; first two faceted queries (the second builds the facet \
         cache: global ordinals, decoded segments) {}",
        cold.join(", ")
    );
    println!();
    println!("| query | filters | sort | matches | median ms |");
    println!("|---|---|---|---:|---:|");
    for (i, (_, (q, f, s))) in selected.iter().enumerate() {
        let mut v = per_query.get(i).cloned().unwrap_or_default();
        v.sort_by(f64::total_cmp);
        let filters: Vec<String> = f.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let q = if q.is_empty() {
            "(all)".to_string()
        } else {
            format!("`{}`", q.replace('|', "\\|"))
        };
        println!(
            "| {q} | {} | {s} | {} | {:.2} |",
            filters.join(" "),
            totals.get(i).copied().unwrap_or(0),
            percentile(&v, 50.0)
        );
    }
    all.sort_by(f64::total_cmp);
    // The same queries without facets, for comparison.
    let mut plain = Vec::with_capacity(rounds * requests.len());
    let mut plain_per_query: Vec<Vec<f64>> = vec![Vec::new(); requests.len()];
    for _ in 0..rounds.div_ceil(5) {
        for (r, times) in requests.iter().zip(plain_per_query.iter_mut()) {
            let r = SearchRequest {
                facets: false,
                ..r.clone()
            };
            let t = Instant::now();
            std::hint::black_box(index.search(&r)?);
            let ms = t.elapsed().as_secs_f64() * 1e3;
            plain.push(ms);
            times.push(ms);
        }
    }
    plain.sort_by(f64::total_cmp);
    let plain_medians: Vec<String> = plain_per_query
        .iter_mut()
        .map(|v| {
            v.sort_by(f64::total_cmp);
            format!("{:.2}", percentile(v, 50.0))
        })
        .collect();
    println!();
    println!(
        "without facets, per-query medians (ms, same order): {}",
        plain_medians.join(" ")
    );
    println!(
        "without facets: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({} runs)",
        percentile(&plain, 50.0),
        percentile(&plain, 90.0),
        percentile(&plain, 99.0),
        plain.last().copied().unwrap_or(0.0),
        plain.len()
    );
    println!(
        "overall: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        percentile(&all, 50.0),
        percentile(&all, 90.0),
        percentile(&all, 99.0),
        all.last().copied().unwrap_or(0.0)
    );
    Ok(())
}
