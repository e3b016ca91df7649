//! `khabar demo`: build an index from the bundled ANT sample (first run only), then serve
//! the web UI on it.
use std::fs;
use std::io::{IsTerminal, Write};
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};

use super::serve::{announce, config, Limits};

/// ~2,000 articles of the ANT corpus (Apache-2.0), see data/sample/README.md.
const SAMPLE: &[u8] = include_bytes!("../../../../data/sample/ant-sample.jsonl.gz");
const SAMPLE_NAME: &str = "ant-sample.jsonl.gz";
/// Written last: its presence (with matching content) means the demo index is complete.
const MARKER: &str = "demo-complete.json";

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Where to keep the demo index (default: $XDG_CACHE_HOME/khabar/demo or
    /// ~/.cache/khabar/demo).
    #[arg(long, value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Address to listen on (loopback by default). If the port is taken, a free one is used.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
    pub bind: SocketAddr,
    /// Do not open a web browser.
    #[arg(long)]
    pub no_open: bool,
    /// Rebuild the demo index even if a complete one exists.
    #[arg(long)]
    pub rebuild: bool,
    /// Bearer token that enables write endpoints (also read from KHABAR_TOKEN).
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,
    #[command(flatten)]
    pub limits: Limits,
}

fn default_cache_dir() -> Result<PathBuf> {
    if let Some(x) = std::env::var_os("XDG_CACHE_HOME").filter(|x| !x.is_empty()) {
        return Ok(PathBuf::from(x).join("khabar").join("demo"));
    }
    if let Some(h) = std::env::var_os("HOME").filter(|h| !h.is_empty()) {
        return Ok(PathBuf::from(h).join(".cache").join("khabar").join("demo"));
    }
    if let Some(h) = std::env::var_os("LOCALAPPDATA").filter(|h| !h.is_empty()) {
        return Ok(PathBuf::from(h).join("khabar").join("demo"));
    }
    anyhow::bail!("cannot find a cache directory (no XDG_CACHE_HOME or HOME): pass --cache-dir DIR")
}

/// Identifies the sample and the khabar version that built the index.
fn fingerprint() -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in SAMPLE {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{}-{h:016x}", env!("CARGO_PKG_VERSION"))
}

fn is_complete(dir: &Path) -> bool {
    fs::read_to_string(dir.join(MARKER))
        .ok()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .is_some_and(|v| v["fingerprint"] == fingerprint())
}

/// Builds `dir/index` from the bundled sample unless a complete build is there.
fn build(dir: &Path, rebuild: bool) -> Result<PathBuf> {
    let index_dir = dir.join("index");
    if !rebuild && is_complete(dir) && index_dir.is_dir() {
        eprintln!(
            "khabar demo: reusing the demo index in {}",
            index_dir.display()
        );
        return Ok(index_dir);
    }
    // A build from another sample/version, or an explicit rebuild: start afresh. An
    // interrupted build of the same sample is resumed (ingest skips articles already in).
    let marker = dir.join(MARKER);
    if marker.exists() || rebuild {
        let _ = fs::remove_file(&marker);
        if index_dir.exists() {
            fs::remove_dir_all(&index_dir)
                .with_context(|| format!("removing old demo index {}", index_dir.display()))?;
        }
    }
    fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let sample_path = dir.join(SAMPLE_NAME);
    fs::write(&sample_path, SAMPLE)
        .with_context(|| format!("writing the bundled sample to {}", sample_path.display()))?;
    eprintln!(
        "khabar demo: building the demo index in {} from the bundled ANT sample (first run only)…",
        index_dir.display()
    );
    let started = Instant::now();
    let mut index = khabar_index::Index::create_or_open(&index_dir)
        .with_context(|| format!("creating index {}", index_dir.display()))?;
    let docs = khabar_index::ingest::read_path(&sample_path);
    let mut last = Instant::now();
    let tty = std::io::stderr().is_terminal();
    let (every, cr, end) = if tty {
        (1_000, "\r", "")
    } else {
        (5_000, "", "\n")
    };
    let report = index
        .ingest(docs, &khabar_index::IngestOptions::default(), &mut |p| {
            if last.elapsed().as_millis() >= every {
                last = Instant::now();
                eprint!("{cr}  {} articles analysed…{end}", p.records);
                let _ = std::io::stderr().flush();
            }
        })
        .context("building the demo index")?;
    eprintln!(
        "{}  {} articles indexed ({} near-duplicates, {} stories) in {:.1} s",
        cr,
        report.total_articles,
        report.duplicates,
        report.stories,
        started.elapsed().as_secs_f64()
    );
    for s in report.skipped.iter().take(5) {
        eprintln!("  skipped {}: {}", s.origin, s.reason);
    }
    drop(index);
    let marker_json = serde_json::json!({
        "fingerprint": fingerprint(),
        "articles": report.total_articles,
    });
    fs::write(&marker, marker_json.to_string())
        .with_context(|| format!("writing {}", marker.display()))?;
    let _ = fs::remove_file(&sample_path);
    Ok(index_dir)
}

/// Listens on `bind`, or on a free port of the same address if that one is taken.
fn listen(bind: SocketAddr) -> Result<TcpListener> {
    match TcpListener::bind(bind) {
        Ok(l) => Ok(l),
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            eprintln!("khabar demo: {bind} is in use; picking a free port");
            TcpListener::bind(SocketAddr::new(bind.ip(), 0))
                .with_context(|| format!("listening on {}", bind.ip()))
        }
        Err(e) => Err(e).with_context(|| format!("listening on {bind}")),
    }
}

/// Opens `url` in the desktop's browser, if there is a desktop; failures are ignored.
fn open_browser(url: &str) {
    let cmd: Option<(&str, Vec<&str>)> = if cfg!(target_os = "macos") {
        Some(("open", vec![url]))
    } else if cfg!(windows) {
        Some(("cmd", vec!["/C", "start", "", url]))
    } else if std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some()
    {
        Some(("xdg-open", vec![url]))
    } else {
        None
    };
    if let Some((prog, args)) = cmd {
        let spawned = std::process::Command::new(prog)
            .args(args)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn();
        if let Ok(mut child) = spawned {
            std::thread::spawn(move || child.wait());
        }
    }
}

pub fn run(args: Args) -> Result<()> {
    let config = config(args.token, &args.limits)?;
    let dir = match args.cache_dir {
        Some(d) => d,
        None => default_cache_dir()?,
    };
    let mut index_dir = build(&dir, args.rebuild)?;
    let index = match khabar_index::Index::open(&index_dir) {
        Ok(index) => index,
        Err(e) => {
            // A cache left by an older khabar whose index format changed: build it again.
            eprintln!("khabar demo: cannot open the cached demo index ({e}); rebuilding it");
            index_dir = build(&dir, true)?;
            khabar_index::Index::open(&index_dir)
                .with_context(|| format!("opening index {}", index_dir.display()))?
        }
    };
    let writes = config.token.is_some();
    let state = khabar_server::AppState::with_index(index, config);
    let listener = listen(args.bind)?;
    let no_open = args.no_open;
    let shown = index_dir.display().to_string();
    khabar_server::serve_std_blocking(state, listener, |addr| {
        announce(addr, &shown, writes);
        if !no_open {
            open_browser(&format!("http://{addr}/"));
        }
    })
    .context("serving the demo")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("khabar-demo-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("scratch dir");
        dir
    }

    #[test]
    fn bundled_sample_is_gzip() {
        assert!(SAMPLE.len() > 100_000);
        assert_eq!(SAMPLE.get(..2), Some(&[0x1f, 0x8b][..]));
    }

    #[test]
    fn marker_decides_whether_the_index_is_reused() {
        let dir = scratch("marker");
        assert!(!is_complete(&dir), "no marker yet");
        let ok = serde_json::json!({ "fingerprint": fingerprint(), "articles": 2002 });
        fs::write(dir.join(MARKER), ok.to_string()).expect("write marker");
        assert!(is_complete(&dir));
        let other = serde_json::json!({ "fingerprint": "0.0.0-0000000000000000" });
        fs::write(dir.join(MARKER), other.to_string()).expect("write marker");
        assert!(!is_complete(&dir), "another sample or version");
        fs::write(dir.join(MARKER), "{truncated").expect("write marker");
        assert!(!is_complete(&dir), "a torn marker is not complete");
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_taken_port_falls_back_to_a_free_one() {
        let taken = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = taken.local_addr().expect("addr");
        let other = listen(addr).expect("fallback");
        let got = other.local_addr().expect("addr");
        assert!(got.ip().is_loopback());
        assert_ne!(got.port(), addr.port());
    }
}
