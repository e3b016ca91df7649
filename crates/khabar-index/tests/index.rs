//! End-to-end tests of the corpus engine on the bundled ANT sample (first 200
//! articles, to keep CI fast) and on small hand-made inputs of every format.
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use khabar_index::{Index, IngestOptions, SearchRequest};

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/sample/ant-sample.jsonl.gz")
}

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let p =
            std::env::temp_dir().join(format!("khabar-index-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).expect("temp dir");
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The first `n` lines of the bundled sample, as plain JSON Lines.
fn sample_lines(n: usize) -> Vec<String> {
    let f = std::fs::File::open(sample_path()).expect("data/sample/ant-sample.jsonl.gz");
    let r = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(f));
    r.lines().take(n).map(|l| l.expect("sample line")).collect()
}

fn opts() -> IngestOptions {
    IngestOptions {
        threads: 2,
        commit_every: 64,
        ..IngestOptions::default()
    }
}

fn ingest_file(index: &mut Index, path: &Path) -> khabar_index::IngestReport {
    index
        .ingest_paths(&[path.to_path_buf()], &opts(), &mut |_| {})
        .expect("ingest")
}

#[test]
fn ant_sample_end_to_end() {
    let tmp = TempDir::new("ant");
    let input = tmp.0.join("in.jsonl");
    let mut lines = sample_lines(200);
    // Bad records: broken JSON, empty text, and a repeated article.
    lines.insert(10, "{\"id\": \"broken\", \"text\": ".into());
    lines.insert(20, "{\"id\": \"empty\", \"text\": \"  \"}".into());
    let repeat = lines.get(5).cloned().unwrap_or_default();
    lines.push(repeat);
    std::fs::write(&input, lines.join("\n") + "\n").expect("write input");

    let dir = tmp.0.join("index");
    let mut index = Index::create_or_open(&dir).expect("create");
    let mut progress_calls = 0;
    let report = index
        .ingest_paths(std::slice::from_ref(&input), &opts(), &mut |p| {
            progress_calls += 1;
            assert!(p.records > 0);
        })
        .expect("ingest");
    assert!(progress_calls > 0);
    assert_eq!(report.records, 203);
    assert_eq!(report.ingested, 200);
    assert_eq!(report.already_present, 1);
    assert_eq!(report.skipped.len(), 2, "{:?}", report.skipped);
    let origins: Vec<&str> = report.skipped.iter().map(|s| s.origin.as_str()).collect();
    assert!(
        origins.iter().any(|o| o.ends_with("in.jsonl:11")),
        "{origins:?}"
    );
    assert!(
        origins.iter().any(|o| o.ends_with("in.jsonl:21")),
        "{origins:?}"
    );
    assert!(report
        .skipped
        .iter()
        .any(|s| s.reason.starts_with("invalid JSON")));
    assert!(report
        .skipped
        .iter()
        .any(|s| s.reason.starts_with("empty text")));
    assert_eq!(index.len(), 200);
    // The first 200 sample lines hold several reposted/wire-copy groups.
    assert!(report.duplicates >= 3, "duplicates: {}", report.duplicates);
    assert!(report.stories < 200);

    // Idempotent: same input again adds nothing.
    let again = ingest_file(&mut index, &input);
    assert_eq!(again.ingested, 0);
    assert_eq!(again.already_present, 201);
    assert_eq!(index.len(), 200);

    // Reopen from disk: clusters survive.
    drop(index);
    let index = Index::open(&dir).expect("open");
    assert_eq!(index.len(), 200);
    let stats = index.stats().expect("stats");
    assert_eq!(stats.duplicates, report.duplicates);
    assert!(stats.sources.len() >= 3);

    // Search with facets and snippets.
    let res = index
        .search(&SearchRequest {
            query: "الرئيس".into(),
            facets: true,
            limit: 5,
            ..Default::default()
        })
        .expect("search");
    assert!(res.total > 0);
    assert!(!res.hits.is_empty());
    let hit = &res.hits[0];
    assert!(hit.snippet.html.contains("<mark>"), "{:?}", hit.snippet);
    let (a, b) = hit.snippet.highlights[0];
    let marked: String = hit.snippet.text.chars().skip(a).take(b - a).collect();
    assert!(marked.contains("رئيس"), "{marked}");
    for f in ["source", "category", "month"] {
        assert!(
            res.facets.get(f).is_some_and(|v| !v.is_empty()),
            "facet {f}: {:?}",
            res.facets
        );
    }

    // Filters, field queries, date sort, ranges.
    let (src, n) = res.facets["source"][0].clone();
    let filtered = index
        .search(&SearchRequest {
            query: "الرئيس".into(),
            filters: vec![("source".into(), src.clone())],
            ..Default::default()
        })
        .expect("filtered");
    assert_eq!(filtered.total, n);
    let by_field = index
        .search(&SearchRequest {
            query: format!("source:{src}"),
            ..Default::default()
        })
        .expect("field");
    assert!(by_field.total >= n);
    let dated = index
        .search(&SearchRequest {
            query: String::new(),
            sort: "date".into(),
            limit: 20,
            ..Default::default()
        })
        .expect("date sort");
    assert_eq!(dated.total, 200);
    let dates: Vec<i64> = dated
        .hits
        .iter()
        .filter_map(|h| {
            h.published
                .as_deref()
                .and_then(khabar_index::parse_timestamp)
        })
        .collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    let all = index.search(&SearchRequest {
        query: "published:[2018-01-01 TO 2019-01-01]".into(),
        ..Default::default()
    });
    assert!(all.expect("range").total > 100);
    let none = index.search(&SearchRequest {
        query: "published:[2030-01-01 TO 2031-01-01]".into(),
        ..Default::default()
    });
    assert_eq!(none.expect("empty range").total, 0);
    let neg = index
        .search(&SearchRequest {
            query: "الرئيس -الرئيس".into(),
            ..Default::default()
        })
        .expect("neg");
    assert_eq!(neg.total, 0);

    // Bad syntax is a client error.
    let err = index
        .search(&SearchRequest {
            query: "title:(".into(),
            ..Default::default()
        })
        .expect_err("bad query");
    assert!(err.is_client_error());
    let err = index
        .search(&SearchRequest {
            sort: "size".into(),
            ..Default::default()
        })
        .expect_err("bad sort");
    assert!(err.is_client_error());

    // Article and story lookup.
    let art = index.article(&hit.id).expect("article").expect("exists");
    assert_eq!(art.meta.id, hit.id);
    assert!(!art.analysis.text.is_empty());
    assert!(index.article("no-such-id").expect("lookup").is_none());
    let story = index.story(&hit.id).expect("story").expect("has story");
    assert!(story.articles.iter().any(|a| a.id == hit.id));

    // Export: one line per article, with analysis and cluster fields.
    let mut out = Vec::new();
    assert_eq!(index.export(&mut out).expect("export"), 200);
    let text = String::from_utf8(out).expect("utf8");
    let mut ids = std::collections::HashSet::new();
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        for k in [
            "id",
            "text",
            "entities",
            "attributions",
            "duplicate_of",
            "story",
            "source",
            "published",
        ] {
            assert!(v.get(k).is_some(), "missing {k}");
        }
        ids.insert(v["id"].as_str().unwrap_or_default().to_string());
    }
    assert_eq!(ids.len(), 200);
}

/// Clustering is incremental: articles ingested in a later run (and later
/// batches) are matched against the committed ones through the index.
#[test]
fn copies_found_across_runs_and_batches() {
    let tmp = TempDir::new("incremental");
    let lines = sample_lines(120);
    let first = tmp.0.join("first.jsonl");
    std::fs::write(&first, lines.join("\n") + "\n").expect("write");
    let dir = tmp.0.join("index");
    let mut index = Index::create_or_open(&dir).expect("create");
    let small_batches = IngestOptions {
        threads: 2,
        commit_every: 16,
        ..IngestOptions::default()
    };
    let r1 = index
        .ingest_paths(std::slice::from_ref(&first), &small_batches, &mut |_| {})
        .expect("first run");
    assert_eq!(r1.ingested, 120);

    // Second run: reprints of three committed articles under new ids, with
    // the last sentence dropped.
    let mut originals = Vec::new();
    let mut reprints = Vec::new();
    for line in lines.iter().step_by(40) {
        let mut v: serde_json::Value = serde_json::from_str(line).expect("json");
        let id = v["id"].as_str().expect("id").to_string();
        let text = v["text"].as_str().expect("text").to_string();
        let cut = text
            .trim_end()
            .trim_end_matches('.')
            .rfind('.')
            .filter(|&i| i > text.len() / 2)
            .unwrap_or(text.len());
        v["id"] = format!("{id}-reprint").into();
        v["source"] = "reprinter".into();
        v["text"] = text.get(..cut).unwrap_or(&text).into();
        originals.push(id);
        reprints.push(v.to_string());
    }
    let second = tmp.0.join("second.jsonl");
    std::fs::write(&second, reprints.join("\n") + "\n").expect("write");
    let r2 = index
        .ingest_paths(std::slice::from_ref(&second), &small_batches, &mut |_| {})
        .expect("second run");
    assert_eq!(r2.ingested, 3);
    assert_eq!(r2.duplicates, r1.duplicates + 3);
    for id in &originals {
        let orig = index.meta(id).expect("meta").expect("original");
        let copy = index
            .meta(&format!("{id}-reprint"))
            .expect("meta")
            .expect("reprint");
        let root = orig.duplicate_of.clone().unwrap_or_else(|| id.clone());
        assert_eq!(copy.duplicate_of.as_deref(), Some(root.as_str()));
        assert_eq!(copy.story, orig.story);
        let story = index.story(id).expect("story").expect("exists");
        assert!(story.articles.iter().any(|a| a.id == copy.id));
        assert!(story.outlets.iter().any(|o| o.0 == "reprinter"));
    }
    // Copies can be hidden; a story can be used as a filter.
    let all = index
        .search(&SearchRequest {
            limit: 0,
            ..Default::default()
        })
        .expect("all");
    let originals_only = index
        .search(&SearchRequest {
            limit: 0,
            hide_duplicates: true,
            ..Default::default()
        })
        .expect("hide duplicates");
    assert_eq!(all.total, 123);
    assert_eq!(originals_only.total, 123 - r2.duplicates);
    let story_id = index
        .meta(&originals[0])
        .expect("meta")
        .and_then(|m| m.story)
        .expect("story id");
    let in_story = index
        .search(&SearchRequest {
            filters: vec![("story".into(), story_id)],
            ..Default::default()
        })
        .expect("story filter");
    assert!(in_story.total >= 2);
    let stats = index.stats().expect("stats");
    assert_eq!(stats.duplicates, r2.duplicates);
    assert!(stats.multi_source_stories >= 3);
}

#[test]
fn directory_feed_and_warc_inputs() {
    let tmp = TempDir::new("formats");
    let docs = tmp.0.join("docs");
    std::fs::create_dir_all(docs.join("sub")).expect("mkdir");
    let para = "أعلنت وزارة الخارجية الروسية اليوم أن الوزير سيزور دمشق الأسبوع المقبل لبحث الأوضاع في سوريا مع المسؤولين. ";
    std::fs::write(
        docs.join("a.txt"),
        format!("زيارة مرتقبة إلى دمشق\n\n{}", para.repeat(3)),
    )
    .expect("txt");
    let html = format!(
        "<html><head><title>قمة اقتصادية في الرياض</title><meta name=\"author\" content=\"أحمد علي\"></head><body><nav>روابط</nav>\
         <article><h1>قمة اقتصادية في الرياض</h1><p>{}</p><p>{}</p></article></body></html>",
        "انطلقت في الرياض اليوم أعمال القمة الاقتصادية بمشاركة وزراء المال والاقتصاد من عشرين دولة. ".repeat(6),
        "وناقش المشاركون سبل تعزيز التجارة والاستثمار بين الدول الأعضاء. ".repeat(6)
    );
    std::fs::write(docs.join("sub/b.html"), &html).expect("html");
    std::fs::write(docs.join("c.bin"), [0u8, 159, 146, 150]).expect("bin");
    std::fs::write(docs.join("d.txt"), [0xffu8, 0xfe, 0x41]).expect("bad utf8");

    let feed = tmp.0.join("news.rss");
    std::fs::write(
        &feed,
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>وكالة الأنباء</title>\
             <item><guid>rss-1</guid><title>افتتاح معرض الكتاب</title><link>http://example.org/1</link>\
             <pubDate>Thu, 01 Mar 2018 10:00:00 GMT</pubDate><description><![CDATA[<p>{}</p>]]></description></item>\
             <item><guid>rss-2</guid><title>خبر بلا نص</title></item></channel></rss>",
            "افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة مئات دور النشر العربية والأجنبية. ".repeat(2)
        ),
    )
    .expect("rss");

    let warc = tmp.0.join("crawl.warc");
    let mut w = Vec::new();
    // The crawled page is the same article with one more sentence: a near-duplicate.
    let crawled = html.replace(
        "</article>",
        "<p>وتستمر أعمال القمة حتى مساء الغد.</p></article>",
    );
    let body =
        format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{crawled}");
    let rec = |w: &mut Vec<u8>, kind: &str, payload: &str, n: usize| {
        let _ = write!(
            w,
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: http://www.example.org/news/{n}\r\nWARC-Date: 2018-03-02T08:00:00Z\r\n\
             WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{n}>\r\nContent-Type: application/http; msgtype={kind}\r\n\
             Content-Length: {}\r\n\r\n{payload}\r\n\r\n",
            payload.len()
        );
    };
    rec(
        &mut w,
        "request",
        "GET /news/1 HTTP/1.1\r\nHost: www.example.org\r\n\r\n",
        1,
    );
    rec(&mut w, "response", &body, 2);
    std::fs::write(&warc, w).expect("warc");

    let mut index = Index::create_or_open(&tmp.0.join("index")).expect("create");
    let report = index
        .ingest_paths(
            &[docs.clone(), feed.clone(), warc.clone()],
            &opts(),
            &mut |_| {},
        )
        .expect("ingest");
    let reasons: Vec<String> = report
        .skipped
        .iter()
        .map(|s| format!("{}: {}", s.origin, s.reason))
        .collect();
    // a.txt, b.html, rss-1, and the WARC response (a near-copy of b.html: different content id).
    assert_eq!(report.ingested, 4, "{reasons:?}");
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("c.bin") && r.contains("unsupported")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("d.txt") && r.contains("UTF-8")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|r| r.contains("news.rss#2")),
        "{reasons:?}"
    );
    assert_eq!(report.skipped.len(), 3, "{reasons:?}");

    let rss = index
        .article("rss-1")
        .expect("lookup")
        .expect("rss article");
    assert_eq!(rss.meta.title.as_deref(), Some("افتتاح معرض الكتاب"));
    assert_eq!(rss.meta.source.as_deref(), Some("وكالة الأنباء"));
    assert!(rss
        .meta
        .published
        .as_deref()
        .is_some_and(|p| p.starts_with("2018-03-01")));

    let res = index
        .search(&SearchRequest {
            query: "الرياض".into(),
            ..Default::default()
        })
        .expect("search");
    assert_eq!(res.total, 2);
    let titles: Vec<_> = res.hits.iter().filter_map(|h| h.title.as_deref()).collect();
    assert!(
        titles.iter().all(|t| *t == "قمة اقتصادية في الرياض"),
        "{titles:?}"
    );
    // The WARC copy of the HTML page is a near-duplicate of it.
    assert!(
        res.hits.iter().any(|h| h.duplicate_of.is_some()),
        "{:?}",
        res.hits
    );
    let warc_hit = res
        .hits
        .iter()
        .find(|h| h.url.as_deref() == Some("http://www.example.org/news/2"));
    assert!(warc_hit.is_some_and(|h| h.source.as_deref() == Some("example.org")));
    let txt = index
        .search(&SearchRequest {
            query: "title:زيارة".into(),
            ..Default::default()
        })
        .expect("title");
    assert_eq!(txt.total, 1);

    // Same inputs again: nothing new (content-hash ids for files and WARC records).
    let again = index
        .ingest_paths(&[docs, feed, warc], &opts(), &mut |_| {})
        .expect("again");
    assert_eq!(again.ingested, 0);
    assert_eq!(again.already_present, 4);
}

#[test]
fn said_by_and_about() {
    let tmp = TempDir::new("said");
    let input = tmp.0.join("said.jsonl");
    let mut f = std::fs::File::create(&input).expect("create");
    let docs = [
        ("s1", "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات حول سوريا ستستأنف الأسبوع المقبل في جنيف."),
        ("s2", "أكد الرئيس الفرنسي إيمانويل ماكرون أن بلاده ستدعم الاتفاق النووي مع إيران."),
        ("s3", "قال لافروف إن موسكو لن تقبل العقوبات الجديدة على الاقتصاد الروسي."),
    ];
    for (id, text) in docs {
        let line = serde_json::json!({"id": id, "source": "test", "published": "2018-03-01", "text": text});
        writeln!(f, "{line}").expect("write");
    }
    drop(f);
    let mut index = Index::create_or_open(&tmp.0.join("index")).expect("create");
    ingest_file(&mut index, &input);
    let any = index.said(Some("لافروف"), None, 10).expect("said");
    assert!(any.iter().any(|h| h.article.id == "s1"), "{any:?}");
    assert!(
        any.iter()
            .all(|h| h.article.id == "s1" || h.article.id == "s3"),
        "{any:?}"
    );
    // Content filter: only the attribution about Syria.
    let with_syria = index
        .said(Some("لافروف"), Some("سوريا"), 10)
        .expect("said about");
    assert_eq!(with_syria.len(), 1, "{with_syria:?}");
    assert_eq!(with_syria[0].article.id, "s1");
    assert!(with_syria[0].attribution.content.text.contains("سوريا"));
    // The canonical (Latin) name of the quoted person works too.
    let canonical = index
        .said(Some("Lavrov"), Some("سوريا"), 10)
        .expect("said canonical");
    assert_eq!(canonical.len(), 1, "{canonical:?}");
    assert!(index
        .said(Some("ماكرون"), Some("سوريا"), 10)
        .expect("nobody")
        .is_empty());
    let req = SearchRequest {
        said_by: Some("لافروف".into()),
        said_about: Some("سوريا".into()),
        ..Default::default()
    };
    let res = index.search(&req).expect("search said_by");
    assert_eq!(res.total, 1);
    assert_eq!(res.hits[0].id, "s1");
    assert_eq!(res.hits[0].said.len(), 1);
    assert!(index
        .said(None, None, 10)
        .expect_err("no args")
        .is_client_error());
}

/// Facet counts are exact over an index of several segments: each value's
/// count equals the number of articles the same query finds when filtered by
/// that value; lists are ordered (months by name, the rest by count then
/// name) and agree with `top_entities` and `stats`.
#[test]
fn facet_counts_exact_across_segments() {
    let tmp = TempDir::new("facets");
    let input = tmp.0.join("in.jsonl");
    std::fs::write(&input, sample_lines(300).join("\n") + "\n").expect("write input");
    let dir = tmp.0.join("index");
    let mut index = Index::create_or_open(&dir).expect("create");
    // Three commits: three segments (tantivy merges from eight on).
    let small_commits = IngestOptions {
        commit_every: 100,
        ..opts()
    };
    index
        .ingest_paths(std::slice::from_ref(&input), &small_commits, &mut |_| {})
        .expect("ingest");
    drop(index);
    let index = Index::open(&dir).expect("open");
    assert!(
        index.segment_count() >= 2,
        "{} segments",
        index.segment_count()
    );
    let search = |query: &str, filters: Vec<(String, String)>, facets: bool| {
        index
            .search(&SearchRequest {
                query: query.into(),
                filters,
                facets,
                limit: 0,
                ..Default::default()
            })
            .expect("search")
    };
    for query in ["", "الرئيس"] {
        let res = search(query, Vec::new(), true);
        assert!(res.total > 0);
        for (facet, values) in &res.facets {
            assert!(!values.is_empty() || facet == "month", "{facet} empty");
            if facet == "month" {
                assert!(values.windows(2).all(|w| w[0].0 < w[1].0), "{values:?}");
            } else {
                assert!(values.len() <= 15);
                assert!(
                    values
                        .windows(2)
                        .all(|w| w[0].1 > w[1].1 || (w[0].1 == w[1].1 && w[0].0 < w[1].0)),
                    "{facet}: {values:?}"
                );
            }
            for (value, count) in values {
                let filtered = search(query, vec![(facet.clone(), value.clone())], false);
                assert_eq!(filtered.total, *count, "{query:?}: {facet}={value}");
            }
        }
        if query.is_empty() {
            let people = index.top_entities("PER", None, 5).expect("top people");
            let from_facets: Vec<(String, u64)> =
                res.facets["person"].iter().take(5).cloned().collect();
            let from_top: Vec<(String, u64)> =
                people.into_iter().map(|e| (e.name, e.articles)).collect();
            assert_eq!(from_top, from_facets);
            let stats = index.stats().expect("stats");
            assert_eq!(stats.sources, res.facets["source"]);
        }
    }
}
