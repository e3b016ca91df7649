//! `khabar serve`: the HTTP API and the web UI over an index.
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result};

/// Environment variable read for the write token when `--token` is not given.
pub const TOKEN_ENV: &str = "KHABAR_TOKEN";

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Index directory (built by `khabar ingest`; created empty if missing).
    #[arg(long, value_name = "DIR")]
    pub index: PathBuf,
    /// Address to listen on. The default is loopback only.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
    pub bind: SocketAddr,
    /// Bearer token that enables write endpoints (POST /api/articles); also read from
    /// KHABAR_TOKEN. Without a token, write endpoints are disabled.
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,
    #[command(flatten)]
    pub limits: Limits,
}

/// Request limits shared by `serve` and `demo`.
#[derive(clap::Args, Debug, Clone)]
pub struct Limits {
    /// Largest request body accepted, in bytes (larger → 413).
    #[arg(long, default_value_t = 2 * 1024 * 1024, value_name = "BYTES")]
    pub max_body: usize,
    /// Longest a request may run, in seconds (longer → 503).
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    pub timeout: u64,
}

/// Server settings from the command line and the environment.
pub fn config(token: Option<String>, limits: &Limits) -> Result<khabar_server::Config> {
    let token = match token {
        Some(t) => Some(t),
        None => std::env::var(TOKEN_ENV).ok(),
    }
    .map(|t| t.trim().to_string())
    .filter(|t| !t.is_empty());
    if limits.max_body == 0 || limits.timeout == 0 {
        anyhow::bail!("--max-body and --timeout must be greater than 0");
    }
    Ok(khabar_server::Config {
        token,
        max_body_bytes: limits.max_body,
        request_timeout: Duration::from_secs(limits.timeout),
        ..khabar_server::Config::default()
    })
}

pub fn run(args: Args) -> Result<()> {
    let config = config(args.token, &args.limits)?;
    let index = khabar_index::Index::create_or_open(&args.index)
        .with_context(|| format!("opening index {}", args.index.display()))?;
    let writes = config.token.is_some();
    // Loaded now, so that the first request does not wait for the model.
    khabar_extract::prepare();
    let state = khabar_server::AppState::with_index(index, config);
    let index_dir = args.index.display().to_string();
    khabar_server::serve_blocking(state, args.bind, |addr| announce(addr, &index_dir, writes))
        .with_context(|| format!("serving on {}", args.bind))
}

/// Prints where the server listens (stdout, one line with the URL, then notes on stderr).
pub fn announce(addr: SocketAddr, index: &str, writes: bool) {
    println!("khabar: serving {index} at http://{addr}/  (Ctrl-C to stop)");
    eprintln!(
        "  web UI: http://{addr}/   API: http://{addr}/api/   OpenAPI: http://{addr}/api/openapi.json"
    );
    if writes {
        eprintln!("  writes: enabled (POST /api/articles with `Authorization: Bearer TOKEN`)");
    } else {
        eprintln!("  writes: disabled (start with --token TOKEN or set {TOKEN_ENV} to enable)");
    }
    if !addr.ip().is_loopback() {
        eprintln!(
            "  warning: listening on {}, reachable from other machines",
            addr.ip()
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(max_body: usize, timeout: u64) -> Limits {
        Limits { max_body, timeout }
    }

    #[test]
    fn token_and_limits_come_from_the_flags() {
        let c = config(Some("  s3cret \n".into()), &limits(1024, 5)).expect("config");
        assert_eq!(c.token.as_deref(), Some("s3cret"));
        assert_eq!(c.max_body_bytes, 1024);
        assert_eq!(c.request_timeout, Duration::from_secs(5));
        assert!(config(Some("x".into()), &limits(0, 5)).is_err());
        assert!(config(Some("x".into()), &limits(1024, 0)).is_err());
    }

    #[test]
    fn a_blank_token_disables_writes() {
        // An explicit blank flag wins over the environment and means "no token".
        let c = config(Some("   ".into()), &limits(1024, 5)).expect("config");
        assert_eq!(c.token, None);
    }
}
