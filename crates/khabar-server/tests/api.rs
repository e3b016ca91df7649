//! API integration tests: every endpoint through the router (`tower::ServiceExt::oneshot`),
//! without a network socket.
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

use khabar_server::{router, AppState, Config};

const TOKEN: &str = "test-token-123";

fn app_with(config: Config) -> Router {
    router(AppState::new(config))
}

fn app() -> Router {
    app_with(Config {
        token: Some(TOKEN.into()),
        ..Config::default()
    })
}

async fn send(app: &Router, req: Request<Body>) -> (StatusCode, Vec<u8>, axum::http::HeaderMap) {
    let resp = app
        .clone()
        .oneshot(req)
        .await
        .unwrap_or_else(|e| match e {});
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = resp
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes().to_vec())
        .unwrap_or_default();
    (status, bytes, headers)
}

async fn get_json(app: &Router, uri: &str) -> (StatusCode, Value) {
    let req = Request::get(uri).body(Body::empty()).expect("request");
    let (status, body, _) = send(app, req).await;
    let v = serde_json::from_slice(&body).unwrap_or_else(|e| {
        panic!(
            "{uri}: body is not JSON ({e}): {}",
            String::from_utf8_lossy(&body)
        )
    });
    (status, v)
}

async fn post_json(
    app: &Router,
    uri: &str,
    body: &str,
    token: Option<&str>,
) -> (StatusCode, Value) {
    let mut req = Request::builder()
        .method(Method::POST)
        .uri(uri)
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    let req = req.body(Body::from(body.to_string())).expect("request");
    let (status, bytes, _) = send(app, req).await;
    let v = serde_json::from_slice(&bytes).unwrap_or_else(|e| {
        panic!(
            "{uri}: body is not JSON ({e}): {}",
            String::from_utf8_lossy(&bytes)
        )
    });
    (status, v)
}

fn error_code(v: &Value) -> &str {
    v["error"]["code"].as_str().unwrap_or("<no error code>")
}

#[tokio::test]
async fn health_reports_ok() {
    let (status, v) = get_json(&app(), "/api/health").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["status"], "ok");
    assert_eq!(v["writes_enabled"], true);
}

#[tokio::test]
async fn openapi_document_describes_every_endpoint() {
    let (status, v) = get_json(&app(), "/api/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(v["openapi"], "3.1.0");
    for path in [
        "/api/health",
        "/api/openapi.json",
        "/api/search",
        "/api/articles/{id}",
        "/api/articles",
        "/api/stories/{id}",
        "/api/entities",
        "/api/entities/{name}",
        "/api/said",
        "/api/analyze",
    ] {
        assert!(v["paths"][path].is_object(), "openapi.json lacks {path}");
    }
    // Every `$ref` points at a defined schema.
    fn refs<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    match (k.as_str(), x.as_str()) {
                        ("$ref", Some(r)) => out.push(r),
                        _ => refs(x, out),
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    refs(&v, &mut all);
    assert!(all.len() > 10);
    for r in all {
        let name = r.trim_start_matches("#/components/schemas/");
        assert!(
            v["components"]["schemas"][name].is_object(),
            "dangling $ref {r}"
        );
    }
}

#[tokio::test]
async fn analyze_returns_the_analysis_object_with_code_point_offsets() {
    let text = "دمشق-سانا\nقال الرئيس إن 150 مسلحا دخلوا سورية أمس.";
    let body = json!({ "text": text, "reference_date": "2015-11-20" }).to_string();
    let (status, v) = post_json(&app(), "/api/analyze", &body, None).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["text"], text);
    for key in [
        "sentences",
        "entities",
        "quantities",
        "times",
        "attributions",
    ] {
        assert!(v[key].is_array(), "missing {key}: {v}");
    }
    // Every span is inside the text, in code points.
    let n = text.chars().count() as u64;
    for key in ["sentences", "entities", "quantities", "times"] {
        for s in v[key].as_array().into_iter().flatten() {
            let (a, b) = (s["start"].as_u64(), s["end"].as_u64());
            assert!(
                matches!((a, b), (Some(a), Some(b)) if a < b && b <= n),
                "{key} span {s}"
            );
        }
    }
    assert!(v["sentences"].as_array().is_some_and(|s| !s.is_empty()));
}

#[tokio::test]
async fn analyze_rejects_bad_input_with_json_errors() {
    let app = app();
    let (status, v) = post_json(&app, "/api/analyze", "{\"text\": ", None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error_code(&v), "malformed_json");

    let (status, v) = post_json(&app, "/api/analyze", "{\"txt\": \"x\"}", None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{v}");

    let (status, v) = post_json(&app, "/api/analyze", "{\"text\": \"   \"}", None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error_code(&v), "empty_text");

    let (status, v) = post_json(
        &app,
        "/api/analyze",
        "{\"text\": \"نص\", \"reference_date\": \"2015-02-31\"}",
        None,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error_code(&v), "invalid_date");

    let req = Request::post("/api/analyze")
        .header(header::CONTENT_TYPE, "text/plain")
        .body(Body::from("نص"))
        .expect("request");
    let (status, _, _) = send(&app, req).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
}

#[tokio::test]
async fn huge_body_is_413_json() {
    let app = app_with(Config {
        max_body_bytes: 64 * 1024,
        ..Config::default()
    });
    let big = json!({ "text": "ب".repeat(100_000) }).to_string();
    let (status, v) = post_json(&app, "/api/analyze", &big, None).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(error_code(&v), "body_too_large");
}

#[tokio::test]
async fn unknown_paths_are_json_404() {
    let app = app();
    let (status, v) = get_json(&app, "/api/nope").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(error_code(&v), "not_found");
    let (status, _) = get_json(&app, "/nothing/here").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let req = Request::delete("/api/health")
        .body(Body::empty())
        .expect("request");
    let (status, body, _) = send(&app, req).await;
    assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
    let v: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    assert_eq!(error_code(&v), "method_not_allowed");
}

#[tokio::test]
async fn web_ui_is_embedded_rtl_and_self_contained() {
    let app = app();
    let (status, body, headers) = send(
        &app,
        Request::get("/").body(Body::empty()).expect("request"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let html = String::from_utf8_lossy(&body);
    assert!(html.contains("<html dir=\"rtl\" lang=\"ar\">"));
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .is_ok_and(|c| c.starts_with("text/html")));
    assert!(headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .is_ok_and(|c| c.contains("default-src 'none'")));
    // Nothing is loaded from elsewhere.
    assert!(!html.contains("http://") && !html.contains("https://"));
    for asset in ["/assets/app.js", "/assets/app.css", "/favicon.svg"] {
        let (status, body, _) = send(
            &app,
            Request::get(asset).body(Body::empty()).expect("request"),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{asset}");
        let text = String::from_utf8_lossy(&body);
        assert!(!text.is_empty());
        assert!(
            !text.contains("https://"),
            "{asset} refers to an external URL"
        );
    }
}

// ---------- corpus endpoints over a small temporary index ----------

use khabar_index::ingest::{Item, Record};
use khabar_index::{Index, IngestOptions};

/// Twelve short articles written for these tests: three outlets, two months, a wire story
/// reprinted by two outlets, quotes by a named minister.
fn articles() -> Vec<Record> {
    let mut v = Vec::new();
    let wire =
        "موسكو - رويترز\nقال وزير الخارجية الروسي سيرغي لافروف يوم الاثنين إن أكثر من 200 مدني \
                قتلوا في سوريا منذ بداية آذار، وأضاف أن موسكو لن تقبل بأي تدخل عسكري في المنطقة.";
    let rows: [(&str, &str, &str, &str, &str, String); 12] = [
        ("t-01", "bbc", "middleEast", "2018-03-05T10:00:00+00:00", "لافروف: 200 مدني قتلوا في سوريا", wire.to_string()),
        ("t-02", "skynews", "middleEast", "2018-03-05T12:30:00+04:00", "موسكو ترفض أي تدخل عسكري في سوريا", wire.to_string()),
        ("t-03", "cnn", "economy", "2018-03-10T08:00:00+00:00", "ارتفاع أسعار النفط", "لندن - رويترز\nارتفعت أسعار النفط بنحو 3 بالمئة يوم الجمعة بعد أن قالت منظمة أوبك إن الإنتاج سينخفض.".to_string()),
        ("t-04", "bbc", "sport", "2018-04-02T20:00:00+00:00", "محمد صلاح يسجل هدفين", "سجل محمد صلاح هدفين لفريق ليفربول في مباراة يوم السبت أمام نحو 50 ألف متفرج.".to_string()),
        ("t-05", "skynews", "middleEast", "2018-04-03T09:00:00+04:00", "قمة عربية في الرياض", "الرياض - واس\nأعلنت السعودية أن القمة العربية ستعقد في الرياض في نيسان المقبل بحضور 22 دولة.".to_string()),
        ("t-06", "cnn", "technology", "2018-04-04T11:00:00+00:00", "هاتف جديد من سامسونغ", "كشفت شركة سامسونغ عن هاتف جديد بسعر 900 دولار، وقال متحدث باسم الشركة إن المبيعات ستبدأ في أيار.".to_string()),
        ("t-07", "bbc", "internationalNews", "2018-04-05T15:00:00+00:00", "الأمم المتحدة تحذر من مجاعة", "نيويورك - أ ف ب\nحذرت الأمم المتحدة من أن أكثر من مليون شخص في اليمن مهددون بالمجاعة.".to_string()),
        ("t-08", "skynews", "sport", "2018-04-06T18:00:00+04:00", "برشلونة يفوز", "فاز برشلونة على ريال مدريد بثلاثة أهداف مقابل هدف واحد في الدوري الإسباني.".to_string()),
        ("t-09", "cnn", "internationalNews", "2018-04-07T07:00:00+00:00", "ترامب يهدد بفرض رسوم", "واشنطن - رويترز\nقال الرئيس الأميركي دونالد ترامب إن الولايات المتحدة ستفرض رسوما بنسبة 25 بالمئة على الصلب.".to_string()),
        ("t-10", "bbc", "culture", "2018-04-08T13:00:00+00:00", "مهرجان للسينما في القاهرة", "افتتح في القاهرة مهرجان للسينما العربية بمشاركة 40 فيلما من 12 دولة.".to_string()),
        ("t-11", "skynews", "middleEast", "2018-04-09T10:00:00+04:00", "لافروف يلتقي نظيره التركي", "أنقرة - الأناضول\nالتقى سيرغي لافروف وزير الخارجية التركي في أنقرة، وقال لافروف إن التعاون بين البلدين في سوريا مستمر.".to_string()),
        ("t-12", "cnn", "middleEast", "2018-04-10T06:00:00+00:00", "سورية: عودة آلاف النازحين", "دمشق - سانا\nعاد نحو 5 آلاف نازح إلى منازلهم في ريف دمشق خلال الأسبوع الماضي.".to_string()),
    ];
    for (id, source, category, published, title, text) in rows {
        v.push(Record {
            id: Some(id.into()),
            source: Some(source.into()),
            category: Some(category.into()),
            url: Some(format!("https://example.invalid/{id}")),
            title: Some(title.into()),
            published: Some(published.into()),
            byline: None,
            bytes: text.len() as u64,
            text,
            origin: format!("test:{id}"),
        });
    }
    v
}

fn temp_index() -> (tempfile::TempDir, Index) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut index = Index::create_or_open(dir.path()).expect("create index");
    let items: Vec<Item> = articles().into_iter().map(Ok).collect();
    let opts = IngestOptions {
        threads: 1,
        ..IngestOptions::default()
    };
    let report = index.ingest(items, &opts, &mut |_| {}).expect("ingest");
    assert_eq!(report.ingested, 12, "{report:?}");
    (dir, index)
}

fn corpus_app(token: Option<&str>) -> (tempfile::TempDir, Router) {
    let (dir, index) = temp_index();
    let state = AppState::with_index(
        index,
        Config {
            token: token.map(str::to_string),
            ..Config::default()
        },
    );
    (dir, router(state))
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn ids(v: &Value) -> Vec<String> {
    v["hits"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|h| h["id"].as_str().map(str::to_string))
        .collect()
}

#[tokio::test]
async fn search_finds_arabic_words_with_snippets_and_facets() {
    let (_dir, app) = corpus_app(None);
    let (status, v) = get_json(&app, &format!("/api/search?q={}", enc("سوريا"))).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let found = ids(&v);
    for id in ["t-01", "t-02", "t-11"] {
        assert!(found.contains(&id.to_string()), "{id} not in {found:?}");
    }
    assert_eq!(v["total"], found.len() as u64);
    let hit = &v["hits"][0];
    let snippet = &hit["snippet"];
    let text: Vec<char> = snippet["text"].as_str().unwrap_or("").chars().collect();
    let marks = snippet["highlights"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!marks.is_empty(), "no highlight in {snippet}");
    for m in marks {
        let (a, b) = (
            m[0].as_u64().unwrap_or(0) as usize,
            m[1].as_u64().unwrap_or(0) as usize,
        );
        assert!(a < b && b <= text.len(), "highlight {m} outside snippet");
    }
    let sources: Vec<&str> = v["facets"]["source"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["value"].as_str())
        .collect();
    assert!(
        sources.contains(&"bbc") && sources.contains(&"skynews"),
        "{sources:?}"
    );
    assert!(v["facets"]["month"].is_array());
}

#[tokio::test]
async fn search_filters_sorts_and_paginates() {
    let (_dir, app) = corpus_app(None);
    // Empty query matches all; filter by source.
    let (status, v) = get_json(&app, "/api/search?source=bbc&per_page=100").await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["total"], 4);
    assert!(v["hits"]
        .as_array()
        .into_iter()
        .flatten()
        .all(|h| h["source"] == "bbc"));
    // Two filters are ANDed.
    let (_, v) = get_json(&app, "/api/search?source=bbc&category=sport").await;
    assert_eq!(ids(&v), vec!["t-04".to_string()]);
    let (_, v) = get_json(&app, "/api/search?month=2018-03&per_page=100").await;
    assert_eq!(v["total"], 3, "{v}");

    // Date sort: newest first.
    let (_, v) = get_json(&app, "/api/search?sort=date&per_page=3").await;
    assert_eq!(ids(&v), vec!["t-12", "t-11", "t-10"]);

    // Pages are disjoint and cover every hit exactly once.
    let mut seen = Vec::new();
    for page in 1..=3 {
        let (status, v) = get_json(
            &app,
            &format!("/api/search?sort=date&per_page=5&page={page}"),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(v["total"], 12);
        assert_eq!(v["pages"], 3);
        assert_eq!(v["page"], page);
        let got = ids(&v);
        assert_eq!(got.len(), if page < 3 { 5 } else { 2 });
        seen.extend(got);
    }
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 12, "{seen:?}");
    // Past the last page: no hits, not an error.
    let (status, v) = get_json(&app, "/api/search?per_page=5&page=4").await;
    assert_eq!(status, StatusCode::OK);
    assert!(ids(&v).is_empty());
}

#[tokio::test]
async fn bad_search_parameters_are_400_with_a_message() {
    let (_dir, app) = corpus_app(None);
    for uri in [
        format!("/api/search?q={}", enc("\"لم يغلق")),
        format!("/api/search?q={}", enc("published:[2018-01-01 TO")),
        "/api/search?q=(AND".to_string(),
        "/api/search?sort=popular".to_string(),
        "/api/search?page=0".to_string(),
        "/api/search?page=x".to_string(),
        "/api/search?per_page=0".to_string(),
        "/api/search?per_page=1000".to_string(),
        "/api/search?page=5000&per_page=100".to_string(),
        "/api/search?facets=maybe".to_string(),
        "/api/search?colour=red".to_string(),
        format!("/api/search?q={}", "x%20".repeat(600)),
    ] {
        let (status, v) = get_json(&app, &uri).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{uri}: {v}");
        let msg = v["error"]["message"].as_str().unwrap_or("");
        assert!(!msg.is_empty(), "{uri}: no message");
    }
}

#[tokio::test]
async fn article_has_text_and_analysis() {
    let (_dir, app) = corpus_app(None);
    let (status, v) = get_json(&app, "/api/articles/t-09").await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["article"]["id"], "t-09");
    assert_eq!(v["article"]["source"], "cnn");
    assert_eq!(v["article"]["title"], "ترامب يهدد بفرض رسوم");
    let text = v["analysis"]["text"].as_str().unwrap_or("");
    assert!(text.starts_with("واشنطن - رويترز"));
    assert!(v["analysis"]["entities"].is_array());
    let chars: Vec<char> = text.chars().collect();
    for e in v["analysis"]["entities"].as_array().into_iter().flatten() {
        let (a, b) = (
            e["start"].as_u64().unwrap_or(0) as usize,
            e["end"].as_u64().unwrap_or(0) as usize,
        );
        let span: String = chars
            .get(a..b)
            .map(|c| c.iter().collect())
            .unwrap_or_default();
        assert_eq!(
            span,
            e["text"].as_str().unwrap_or(""),
            "entity offsets are code points"
        );
    }
    let (status, v) = get_json(&app, "/api/articles/no-such-id").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(error_code(&v), "not_found");
}

#[tokio::test]
async fn story_groups_the_reprinted_wire_story() {
    let (_dir, app) = corpus_app(None);
    let (_, a) = get_json(&app, "/api/articles/t-02").await;
    let story = a["article"]["story"].as_str().unwrap_or("").to_string();
    assert!(!story.is_empty(), "{a}");
    let (status, v) = get_json(&app, &format!("/api/stories/{}", enc(&story))).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let members: Vec<&str> = v["articles"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["id"].as_str())
        .collect();
    assert!(
        members.contains(&"t-01") && members.contains(&"t-02"),
        "{members:?}"
    );
    let outlets: Vec<&str> = v["outlets"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|o| o["source"].as_str())
        .collect();
    assert!(
        outlets.contains(&"bbc") && outlets.contains(&"skynews"),
        "{outlets:?}"
    );
    assert!(v["first_seen"].is_string() && v["last_seen"].is_string());
    let (status, _) = get_json(&app, "/api/stories/no-such-story").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn entities_are_counted_by_type_and_have_detail_pages() {
    let (_dir, app) = corpus_app(None);
    let (status, v) = get_json(&app, "/api/entities?limit=50").await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let list = v["entities"].as_array().cloned().unwrap_or_default();
    assert!(!list.is_empty());
    for e in &list {
        assert!(
            ["PER", "ORG", "LOC"].contains(&e["label"].as_str().unwrap_or("")),
            "{e}"
        );
        assert!(e["articles"].as_u64().unwrap_or(0) >= 1);
    }
    // Counts are per label, most mentioned first.
    let places: Vec<u64> = list
        .iter()
        .filter(|e| e["label"] == "LOC")
        .filter_map(|e| e["articles"].as_u64())
        .collect();
    assert!(places.windows(2).all(|w| w[0] >= w[1]), "{places:?}");

    let (_, only) = get_json(&app, "/api/entities?label=PER").await;
    assert!(only["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .all(|e| e["label"] == "PER"));
    // Restricting to matching articles never increases counts.
    let (status, _) = get_json(&app, &format!("/api/entities?q={}", enc("سوريا"))).await;
    assert_eq!(status, StatusCode::OK);
    for bad in [
        "/api/entities?label=XYZ",
        "/api/entities?limit=0",
        "/api/entities?foo=1",
    ] {
        let (status, _) = get_json(&app, bad).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
    }

    // Detail page of the most mentioned place.
    let top = list
        .iter()
        .find(|e| e["label"] == "LOC")
        .cloned()
        .unwrap_or(Value::Null);
    let name = top["name"].as_str().unwrap_or("").to_string();
    let (status, d) = get_json(&app, &format!("/api/entities/{}?label=LOC", enc(&name))).await;
    assert_eq!(status, StatusCode::OK, "{d}");
    assert_eq!(d["name"], name);
    assert_eq!(d["articles"], top["articles"]);
    let months: u64 = d["by_month"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["count"].as_u64())
        .sum();
    assert_eq!(months, top["articles"].as_u64().unwrap_or(0), "{d}");
    assert!(d["cooccurring"].is_array() && d["quotes"].is_array());
}

#[tokio::test]
async fn said_lists_attributions_by_source() {
    let (_dir, app) = corpus_app(None);
    let (status, v) = get_json(&app, &format!("/api/said?by={}", enc("لافروف"))).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let items = v["items"].as_array().cloned().unwrap_or_default();
    assert!(!items.is_empty(), "no attribution by لافروف: {v}");
    for it in &items {
        let id = it["article"]["id"].as_str().unwrap_or("");
        assert!(
            ["t-01", "t-02", "t-11"].contains(&id),
            "unexpected article {id}"
        );
        assert!(it["attribution"]["content"]["text"].is_string());
    }
    let dates: Vec<&str> = items
        .iter()
        .filter_map(|it| it["article"]["published"].as_str())
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] >= w[1]),
        "not newest first: {dates:?}"
    );
    let (status, v) = get_json(&app, "/api/said").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(error_code(&v) == "invalid_parameter");
}

const NEW_ARTICLE: &str = r#"{"id": "n-1", "source": "france24", "category": "culture",
  "published": "2018-05-01T10:00:00+02:00", "title": "معرض للكتاب في باريس",
  "text": "باريس - أ ف ب\nافتتح في باريس معرض للكتاب العربي بمشاركة 150 دار نشر.",
  "abstract": "ignored"}"#;

#[tokio::test]
async fn writes_need_a_configured_token() {
    let (_dir, app) = corpus_app(None);
    let (status, v) = post_json(&app, "/api/articles", NEW_ARTICLE, Some("anything")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(error_code(&v), "writes_disabled");
    assert!(v["error"]["message"]
        .as_str()
        .unwrap_or("")
        .contains("--token"));
}

#[tokio::test]
async fn writes_check_the_bearer_token() {
    let (_dir, app) = corpus_app(Some(TOKEN));
    // No header → 401 with a WWW-Authenticate challenge.
    let req = Request::post("/api/articles")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(NEW_ARTICLE))
        .expect("request");
    let (status, _, headers) = send(&app, req).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(headers.contains_key(header::WWW_AUTHENTICATE));
    // Wrong scheme → 401; wrong token → 403.
    let req = Request::post("/api/articles")
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::AUTHORIZATION, format!("Basic {TOKEN}"))
        .body(Body::from(NEW_ARTICLE))
        .expect("request");
    assert_eq!(send(&app, req).await.0, StatusCode::UNAUTHORIZED);
    let (status, v) = post_json(&app, "/api/articles", NEW_ARTICLE, Some("wrong")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(error_code(&v), "forbidden");
    // Nothing was written.
    let (status, _) = get_json(&app, "/api/articles/n-1").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn ingest_adds_articles_idempotently_and_reports_bad_records() {
    let (_dir, app) = corpus_app(Some(TOKEN));
    let (status, v) = post_json(&app, "/api/articles", NEW_ARTICLE, Some(TOKEN)).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["ingested"], 1);
    assert_eq!(v["total_articles"], 13);
    // Searchable and readable right away.
    let (status, a) = get_json(&app, "/api/articles/n-1").await;
    assert_eq!(status, StatusCode::OK, "{a}");
    assert_eq!(a["article"]["source"], "france24");
    let (_, s) = get_json(&app, &format!("/api/search?q={}", enc("معرض الكتاب"))).await;
    assert!(ids(&s).contains(&"n-1".to_string()), "{s}");
    let (_, h) = get_json(&app, "/api/health").await;
    assert_eq!(h["articles"], 13);

    // Same article again: nothing added. A batch with a bad record: it is listed.
    let batch = format!(
        r#"{{"articles": [{NEW_ARTICLE}, {{"id": "n-2", "text": "   "}}, 42,
           {{"id": 7, "text": "نص قصير عن الاقتصاد في مصر."}}]}}"#
    );
    let (status, v) = post_json(&app, "/api/articles", &batch, Some(TOKEN)).await;
    assert_eq!(status, StatusCode::OK, "{v}");
    assert_eq!(v["ingested"], 1, "{v}");
    assert_eq!(v["already_present"], 1, "{v}");
    let skipped = v["skipped"].as_array().cloned().unwrap_or_default();
    assert_eq!(skipped.len(), 2, "{v}");
    assert_eq!(skipped[0]["origin"], "request#1");
    assert!(skipped[0]["reason"]
        .as_str()
        .unwrap_or("")
        .contains("empty text"));
    assert_eq!(skipped[1]["origin"], "request#2");
    let (status, _) = get_json(&app, "/api/articles/7").await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn ingest_rejects_malformed_and_oversized_bodies() {
    let (_dir, app) = corpus_app(Some(TOKEN));
    let (status, v) = post_json(&app, "/api/articles", "[{\"id\": \"x\", ", Some(TOKEN)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(error_code(&v), "malformed_json");
    let (status, _) = post_json(&app, "/api/articles", "\"just a string\"", Some(TOKEN)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let (status, _) = post_json(&app, "/api/articles", "[]", Some(TOKEN)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let many = format!(
        "[{}]",
        vec!["{\"text\": \"ن\"}"; khabar_server::MAX_INGEST_ARTICLES + 1].join(",")
    );
    let (status, v) = post_json(&app, "/api/articles", &many, Some(TOKEN)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(error_code(&v), "too_many_articles");
    let huge = json!({ "id": "big", "text": "ك".repeat(1_200_000) }).to_string();
    let (status, v) = post_json(&app, "/api/articles", &huge, Some(TOKEN)).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(error_code(&v), "body_too_large");
}

#[tokio::test]
async fn corpus_endpoints_without_an_index_are_503() {
    let app = app();
    for uri in [
        "/api/search?q=x",
        "/api/articles/a",
        "/api/stories/a",
        "/api/entities",
        "/api/said?by=x",
    ] {
        let (status, v) = get_json(&app, uri).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{uri}");
        assert_eq!(error_code(&v), "no_index");
    }
}

#[tokio::test]
async fn slow_requests_time_out_with_a_json_error() {
    let app = app_with(Config {
        request_timeout: std::time::Duration::from_millis(1),
        ..Config::default()
    });
    let text = "قال وزير الخارجية إن أكثر من 200 شخص وصلوا إلى دمشق يوم الاثنين. ".repeat(3_000);
    let (status, v) = post_json(
        &app,
        "/api/analyze",
        &json!({ "text": text }).to_string(),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{v}");
    assert_eq!(error_code(&v), "timeout");
}
