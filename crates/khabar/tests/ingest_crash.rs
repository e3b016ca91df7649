//! Crash safety of `khabar ingest`: SIGKILL mid-way, run the same command
//! again, and every article is in the index exactly once.
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const N: usize = 200;

struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn khabar() -> Command {
    Command::new(env!("CARGO_BIN_EXE_khabar"))
}

fn committed(index: &Path) -> bool {
    // Articles and their cluster fields are committed together; a commit
    // has happened once meta.json lists a segment.
    std::fs::read_to_string(index.join("tantivy/meta.json"))
        .is_ok_and(|m| m.contains("\"segment_id\""))
}

#[test]
fn kill_during_ingest_then_rerun_gives_every_article_once() {
    let tmp =
        TempDir(std::env::temp_dir().join(format!("khabar-crash-test-{}", std::process::id())));
    let _ = std::fs::remove_dir_all(&tmp.0);
    std::fs::create_dir_all(&tmp.0).expect("temp dir");
    let sample =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/sample/ant-sample.jsonl.gz");
    let reader = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(
        std::fs::File::open(&sample).expect("sample"),
    ));
    let lines: Vec<String> = reader.lines().take(N).map(|l| l.expect("line")).collect();
    let mut expected: Vec<String> = lines
        .iter()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("json")["id"]
                .as_str()
                .expect("id")
                .to_string()
        })
        .collect();
    expected.sort();
    let input = tmp.0.join("in.jsonl");
    std::fs::write(&input, lines.join("\n") + "\n").expect("write");
    let index = tmp.0.join("index");

    let args = |c: &mut Command| {
        c.arg("ingest")
            .arg("--index")
            .arg(&index)
            .arg("--commit-every")
            .arg("16")
            .arg("--threads")
            .arg("1")
            .arg(&input);
    };
    let mut cmd = khabar();
    args(&mut cmd);
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn khabar ingest");
    let start = Instant::now();
    let mut killed_mid_way = false;
    loop {
        if committed(&index) {
            child.kill().expect("SIGKILL");
            killed_mid_way = true;
            break;
        }
        if child.try_wait().expect("wait").is_some() || start.elapsed() > Duration::from_secs(120) {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let _ = child.wait();
    if !killed_mid_way {
        eprintln!(
            "note: ingest finished before it could be killed; the rerun still checks idempotence"
        );
    }

    // The same command again completes the index.
    let mut cmd = khabar();
    args(&mut cmd);
    let out = cmd.arg("--json").output().expect("rerun");
    assert!(
        out.status.success(),
        "rerun failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("report json");
    assert_eq!(report["total_articles"], N as u64);
    let added = report["ingested"].as_u64().unwrap_or(0);
    let present = report["already_present"].as_u64().unwrap_or(0);
    assert_eq!(added + present, N as u64);
    if killed_mid_way {
        assert!(present >= 16, "killed after a commit: the committed articles are kept ({present} present, {added} added)");
    }

    // Export: every id exactly once.
    let out = khabar()
        .arg("export")
        .arg("--index")
        .arg(&index)
        .output()
        .expect("export");
    assert!(out.status.success());
    let mut ids: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("json")["id"]
                .as_str()
                .expect("id")
                .to_string()
        })
        .collect();
    ids.sort();
    assert_eq!(ids, expected);

    // And a third run adds nothing.
    let mut cmd = khabar();
    args(&mut cmd);
    let out = cmd.arg("--json").output().expect("third run");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("report json");
    assert_eq!(report["ingested"], 0);
    assert_eq!(report["already_present"], N as u64);
}
