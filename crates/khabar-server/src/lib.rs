//! # khabar-server — HTTP API and embedded right-to-left web UI
//!
//! [`router`] builds the axum [`Router`]: the JSON API under `/api/` (described by the
//! OpenAPI 3.1 document at `/api/openapi.json`) and the web UI (HTML/CSS/JS compiled into
//! the binary, no CDN). [`serve`] binds a listener and runs it until Ctrl-C / SIGTERM.
//!
//! Writes (`POST /api/articles`) need `Authorization: Bearer TOKEN`; without a configured
//! token they are disabled. Every error is a JSON object with a proper status code.

mod api;
mod assets;
mod auth;
mod corpus;
pub mod error;

use std::net::SocketAddr;
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use tokio::sync::Semaphore;
use tower_http::catch_panic::CatchPanicLayer;

pub use corpus::MAX_INGEST_ARTICLES;
pub use error::ApiError;
use khabar_index::Index;

/// Server settings.
#[derive(Debug, Clone)]
pub struct Config {
    /// Bearer token for write endpoints; `None` disables them.
    pub token: Option<String>,
    /// Largest accepted request body, in bytes (larger → 413).
    pub max_body_bytes: usize,
    /// Longest time a request may take (longer → 503).
    pub request_timeout: Duration,
    /// How many CPU-bound jobs (search, analysis, ingest) run at once; others wait.
    pub max_concurrent_jobs: usize,
}

impl Default for Config {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Config {
            token: None,
            max_body_bytes: 2 * 1024 * 1024,
            request_timeout: Duration::from_secs(30),
            max_concurrent_jobs: cores * 2,
        }
    }
}

/// Shared state of all handlers (cheap to clone).
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    config: Config,
    jobs: Semaphore,
    index: Option<Arc<SharedIndex>>,
}

/// The index behind a read-write lock: searches share it, ingest takes it alone.
pub(crate) struct SharedIndex(RwLock<Index>);

impl SharedIndex {
    pub(crate) fn read(&self) -> RwLockReadGuard<'_, Index> {
        // A panic while holding the lock leaves the index as valid as the last commit.
        self.0.read().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn write(&self) -> RwLockWriteGuard<'_, Index> {
        self.0.write().unwrap_or_else(PoisonError::into_inner)
    }
}

impl AppState {
    /// State without an index: only `/api/health`, `/api/openapi.json`, `/api/analyze`
    /// and the web UI work; corpus endpoints answer 503.
    pub fn new(config: Config) -> Self {
        Self::build(None, config)
    }

    /// State serving `index`.
    pub fn with_index(index: Index, config: Config) -> Self {
        Self::build(Some(Arc::new(SharedIndex(RwLock::new(index)))), config)
    }

    fn build(index: Option<Arc<SharedIndex>>, config: Config) -> Self {
        let permits = config.max_concurrent_jobs.max(1);
        AppState {
            inner: Arc::new(Inner {
                config,
                jobs: Semaphore::new(permits),
                index,
            }),
        }
    }

    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    pub(crate) fn index(&self) -> Result<Arc<SharedIndex>, ApiError> {
        self.inner.index.clone().ok_or_else(|| {
            ApiError::unavailable(
                "no_index",
                "this server has no index: start it with `khabar serve --index DIR`",
            )
        })
    }

    /// Runs CPU-bound work on the blocking pool, at most `max_concurrent_jobs` at a time.
    pub(crate) async fn run_blocking<T, F>(&self, f: F) -> Result<T, ApiError>
    where
        F: FnOnce() -> Result<T, ApiError> + Send + 'static,
        T: Send + 'static,
    {
        let _permit =
            self.inner.jobs.acquire().await.map_err(|_| {
                ApiError::unavailable("shutting_down", "the server is shutting down")
            })?;
        tokio::task::spawn_blocking(f)
            .await
            .map_err(|e| ApiError::internal(format!("worker failed: {e}")))?
    }
}

/// Builds the router: API + web UI.
pub fn router(state: AppState) -> Router {
    let timeout = state.config().request_timeout;
    let max_body = state.config().max_body_bytes;
    let api = Router::new()
        .route("/health", get(api::health))
        .route("/openapi.json", get(api::openapi))
        .route("/analyze", post(api::analyze))
        .route("/search", get(corpus::search))
        .route("/articles", post(corpus::ingest))
        .route("/articles/{id}", get(corpus::article))
        .route("/stories/{id}", get(corpus::story))
        .route("/entities", get(corpus::entities))
        .route("/entities/{name}", get(corpus::entity))
        .route("/said", get(corpus::said))
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed);
    Router::new()
        .nest("/api", api)
        .fallback(static_or_404)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(middleware::from_fn_with_state(timeout, timeout_layer))
        .layer(CatchPanicLayer::custom(panic_response))
        .with_state(state)
}

/// A handler panicked: answer 500 with a JSON error instead of dropping the connection.
fn panic_response(_panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    eprintln!("khabar-server: a request handler panicked");
    ApiError::internal("internal error while handling the request").into_response()
}

/// Answers 503 with a JSON error when a request takes longer than the configured timeout.
async fn timeout_layer(State(limit): State<Duration>, req: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(resp) => resp,
        Err(_) => ApiError::unavailable(
            "timeout",
            format!(
                "the request took longer than {} s; narrow the query or send less text",
                limit.as_secs_f32()
            ),
        )
        .into_response(),
    }
}

async fn static_or_404(uri: Uri) -> Response {
    match assets::serve(&uri) {
        Some(resp) => resp,
        None => ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("no page at {}; the web UI is at /", uri.path()),
        )
        .into_response(),
    }
}

/// Binds `bind`, calls `on_ready` with the bound address (useful with port 0), and serves
/// until Ctrl-C or SIGTERM.
pub async fn serve(
    state: AppState,
    bind: SocketAddr,
    on_ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(|e| std::io::Error::new(e.kind(), format!("cannot listen on {bind}: {e}")))?;
    let addr = listener.local_addr()?;
    on_ready(addr);
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
}

/// Like [`serve`], on an already bound standard-library listener.
pub async fn serve_std(
    state: AppState,
    listener: std::net::TcpListener,
    on_ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    listener.set_nonblocking(true)?;
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let addr = listener.local_addr()?;
    on_ready(addr);
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
}

/// [`serve_std`] on a new multi-threaded tokio runtime.
pub fn serve_std_blocking(
    state: AppState,
    listener: std::net::TcpListener,
    on_ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    runtime()?.block_on(serve_std(state, listener, on_ready))
}

fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
}

/// [`serve`] on a new multi-threaded tokio runtime (for callers without one).
pub fn serve_blocking(
    state: AppState,
    bind: SocketAddr,
    on_ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    runtime()?.block_on(serve(state, bind, on_ready))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        // If the handler cannot be installed, only SIGTERM (or a kill) stops the server.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
