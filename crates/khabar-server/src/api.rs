//! Handlers of the JSON API.
use axum::extract::rejection::JsonRejection;
use axum::extract::State;
use axum::http::{header, HeaderValue, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::json;

use crate::{assets, ApiError, AppState};

/// `GET /api/health`.
pub async fn health(State(state): State<AppState>) -> Response {
    let articles = state.index().ok().map(|ix| ix.read().len());
    Json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "articles": articles,
        "writes_enabled": state.config().token.is_some(),
    }))
    .into_response()
}

/// `GET /api/openapi.json`.
pub async fn openapi() -> Response {
    let mut resp = assets::OPENAPI.into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    resp
}

/// Unknown `/api/...` path.
pub async fn not_found(uri: Uri) -> ApiError {
    ApiError::not_found(format!(
        "no API endpoint at {}; see /api/openapi.json",
        uri.path()
    ))
}

/// Known `/api/...` path, wrong method.
pub async fn method_not_allowed(method: axum::http::Method, uri: Uri) -> ApiError {
    ApiError::new(
        axum::http::StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        format!(
            "{method} is not allowed on {}; see /api/openapi.json",
            uri.path()
        ),
    )
}

/// Body of `POST /api/analyze`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnalyzeRequest {
    pub text: String,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub byline: Option<String>,
    /// `YYYY-MM-DD`: resolves relative times (أمس, الشهر الماضي…).
    #[serde(default)]
    pub reference_date: Option<String>,
}

/// `POST /api/analyze`: text → the `khabar analyze` object.
pub async fn analyze(
    State(state): State<AppState>,
    body: Result<Json<AnalyzeRequest>, JsonRejection>,
) -> Result<Response, ApiError> {
    let Json(req) = body?;
    if req.text.trim().is_empty() {
        return Err(ApiError::bad_request(
            "empty_text",
            "`text` is empty: send the article text to analyze",
        ));
    }
    let reference_date = match req.reference_date.as_deref() {
        None | Some("") => None,
        Some(s) => Some(khabar_extract::Date::parse_iso(s).ok_or_else(|| {
            ApiError::bad_request(
                "invalid_date",
                format!("`reference_date` {s:?} is not a date: use YYYY-MM-DD"),
            )
        })?),
    };
    let analysis = state
        .run_blocking(move || {
            let input = khabar_extract::Input {
                id: req.id.as_deref(),
                text: &req.text,
                byline: req.byline.as_deref(),
                reference_date,
            };
            Ok(khabar_extract::analyze(&input))
        })
        .await?;
    Ok(Json(analysis).into_response())
}
