//! Integration tests of `khabar normalize`, `khabar tokens` and `khabar analyze`
//! on the bundled example and on bad input.
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/examples/sana-london-2015.txt"
);

fn khabar(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_khabar"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => panic!("cannot run khabar: {e}"),
    };
    // Feed stdin from another thread: the command streams its output, so writing
    // all input before reading any output could fill both pipes and deadlock.
    let feeder = child.stdin.take().map(|mut pipe| {
        let bytes = stdin.map(<[u8]>::to_vec).unwrap_or_default();
        std::thread::spawn(move || {
            // The command may stop reading early on an error; that is fine.
            let _ = pipe.write_all(&bytes);
        })
    });
    let output = child.wait_with_output();
    if let Some(f) = feeder {
        let _ = f.join();
    }
    match output {
        Ok(o) => o,
        Err(e) => panic!("khabar did not finish: {e}"),
    }
}

fn stdout(o: &Output) -> String {
    assert!(
        o.status.success(),
        "khabar failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).unwrap_or_else(|e| panic!("stdout is not UTF-8: {e}"))
}

fn stderr(o: &Output) -> String {
    assert!(!o.status.success(), "khabar should have failed");
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json_lines(s: &str) -> Vec<Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

/// A temporary file with the given bytes (removed on drop).
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "khabar-cli-text-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        if let Err(e) = std::fs::create_dir_all(&dir) {
            panic!("cannot create {}: {e}", dir.display());
        }
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, bytes) {
            panic!("cannot write {}: {e}", path.display());
        }
        TempFile(path)
    }
    fn path(&self) -> &str {
        self.0.to_str().unwrap_or_default()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(dir) = self.0.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// Texts of the tokens of every sentence of a `tokens` document.
fn sentence_tokens(doc: &Value) -> Vec<Vec<String>> {
    doc["sentences"]
        .as_array()
        .map(|ss| {
            ss.iter()
                .map(|s| {
                    s["tokens"]
                        .as_array()
                        .map(|ts| {
                            ts.iter()
                                .map(|t| t["text"].as_str().unwrap_or("").to_string())
                                .collect()
                        })
                        .unwrap_or_default()
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn normalize_example_search_and_display() {
    let search = stdout(&khabar(&["normalize", EXAMPLE], None));
    assert!(
        search.starts_with("لندن-سانا\nكشف دبلوماسيون غربيون ان اعدادا"),
        "{search}"
    );
    assert!(!search.contains('أ') && !search.contains('ة'));
    let display = stdout(&khabar(
        &["normalize", "--profile", "display", EXAMPLE],
        None,
    ));
    let original = std::fs::read_to_string(EXAMPLE).unwrap_or_default();
    assert_eq!(display, original, "the example needs no display repairs");
    let bad = khabar(&["normalize", "--profile", "loud", EXAMPLE], None);
    assert!(stderr(&bad).contains("search"));
}

#[test]
fn normalize_stdin_with_controls_digits_and_nul() {
    let input = "\u{FEFF}\u{202B}مُحَمَّد\u{202C} ١٬٧٠٠\0ﻻ\n";
    for args in [&["normalize"][..], &["normalize", "-"][..]] {
        let out = stdout(&khabar(args, Some(input.as_bytes())));
        assert_eq!(out, "محمد 1,700\0لا\n");
    }
    let out = stdout(&khabar(
        &["normalize", "--profile", "display"],
        Some(input.as_bytes()),
    ));
    assert_eq!(out, "مُحَمَّد 1,700\0لا\n");
    assert_eq!(stdout(&khabar(&["normalize"], Some(b""))), "");
}

#[test]
fn invalid_utf8_is_an_error_naming_file_and_byte() {
    let f = TempFile::new("bad.txt", b"abc\xffdef");
    for cmd in ["normalize", "tokens", "analyze"] {
        let err = stderr(&khabar(&[cmd, f.path()], None));
        assert!(
            err.contains("bad.txt") && err.contains("byte offset 3") && err.contains("--lossy"),
            "{cmd}: {err}"
        );
    }
    assert_eq!(
        stdout(&khabar(&["normalize", "--lossy", f.path()], None)),
        "abc\u{FFFD}def"
    );
    let docs = json_lines(&stdout(&khabar(&["tokens", "--lossy", f.path()], None)));
    assert_eq!(
        sentence_tokens(&docs[0]),
        vec![vec!["abc", "\u{FFFD}", "def"]]
    );
    let stdin_err = stderr(&khabar(&["tokens"], Some(b"\xd8")));
    assert!(
        stdin_err.contains("<stdin>") && stdin_err.contains("byte offset 0"),
        "{stdin_err}"
    );
}

#[test]
fn tokens_of_the_example() {
    let out = stdout(&khabar(&["tokens", EXAMPLE], None));
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["id"].as_str(), Some(EXAMPLE));
    let sentences = doc["sentences"].as_array().cloned().unwrap_or_default();
    assert_eq!(sentences.len(), 7);
    // The dateline is its own sentence: لندن - سانا with code point offsets.
    let first = &sentences[0];
    assert_eq!(
        (first["start"].as_u64(), first["end"].as_u64()),
        (Some(0), Some(9))
    );
    let toks = first["tokens"].as_array().cloned().unwrap_or_default();
    let spans: Vec<(u64, u64, &str)> = toks
        .iter()
        .map(|t| {
            (
                t["start"].as_u64().unwrap_or(99),
                t["end"].as_u64().unwrap_or(99),
                t["text"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(spans, vec![(0, 4, "لندن"), (4, 5, "-"), (5, 9, "سانا")]);
    // Every token has the documented fields.
    for t in &toks {
        for key in ["start", "end", "text", "norm", "stem", "segments"] {
            assert!(t.get(key).is_some(), "missing {key} in {t}");
        }
        assert!(t["segments"].as_array().is_some_and(|s| !s.is_empty()));
    }
    // Offsets are code points into the original text, and norm is the search form.
    let text: Vec<char> = std::fs::read_to_string(EXAMPLE)
        .unwrap_or_default()
        .chars()
        .collect();
    for s in &sentences {
        for t in s["tokens"].as_array().cloned().unwrap_or_default() {
            let (a, b) = (
                t["start"].as_u64().unwrap_or(0) as usize,
                t["end"].as_u64().unwrap_or(0) as usize,
            );
            let slice: String = text
                .get(a..b)
                .map(|c| c.iter().collect())
                .unwrap_or_default();
            assert_eq!(Some(slice.as_str()), t["text"].as_str());
        }
    }
    let second = &sentences[1]["tokens"];
    assert_eq!(second[4]["text"].as_str(), Some("أعدادا"));
    assert_eq!(second[4]["norm"].as_str(), Some("اعدادا"));
}

#[test]
fn tokens_jsonl_mixed_scripts_bidi_and_clitic_numbers() {
    let input = concat!(
        "{\"id\":\"a\",\"text\":\"قال Reuters إن و5 آلاف (٢٠١٥) عادوا. #إليسا\"}\n",
        "\n",
        "{\"id\":\"b\",\"text\":\"\\u202bمرحبا\\u202c x\"}\n",
        "{\"id\":\"c\",\"text\":\"\"}\n"
    );
    let docs = json_lines(&stdout(&khabar(
        &["tokens", "--jsonl"],
        Some(input.as_bytes()),
    )));
    let ids: Vec<&str> = docs
        .iter()
        .map(|d| d["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(ids, vec!["a", "b", "c"]);
    assert_eq!(
        sentence_tokens(&docs[0]),
        vec![
            vec![
                "قال",
                "Reuters",
                "إن",
                "و",
                "5",
                "آلاف",
                "(",
                "٢٠١٥",
                ")",
                "عادوا",
                "."
            ],
            vec!["#إليسا"]
        ]
    );
    assert_eq!(
        docs[0]["sentences"][0]["tokens"][7]["norm"].as_str(),
        Some("2015")
    );
    // Bidi controls are not tokens but count in the code point offsets.
    let b = &docs[1]["sentences"][0]["tokens"];
    assert_eq!(
        (
            b[0]["text"].as_str(),
            b[0]["start"].as_u64(),
            b[0]["end"].as_u64()
        ),
        (Some("مرحبا"), Some(1), Some(6))
    );
    assert_eq!(docs[2]["sentences"].as_array().map(Vec::len), Some(0));
}

#[test]
fn broken_jsonl_line_is_named() {
    let f = TempFile::new(
        "docs.jsonl",
        b"{\"id\":\"1\",\"text\":\"x\"}\n{\"id\":\"2\",\"text\":\n",
    );
    for cmd in ["tokens", "analyze"] {
        let o = khabar(&[cmd, "--jsonl", f.path()], None);
        let err = stderr(&o);
        assert!(
            err.contains("docs.jsonl:2:") && err.contains("invalid JSON"),
            "{err}"
        );
        // The good first document was still written.
        assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 1);
    }
    let f = TempFile::new("notext.jsonl", b"{\"id\":\"1\"}\n");
    assert!(stderr(&khabar(&["tokens", "--jsonl", f.path()], None)).contains("notext.jsonl:1:"));
}

#[test]
fn missing_file_and_empty_input() {
    let err = stderr(&khabar(
        &["tokens", "/nonexistent/khabar-missing.txt"],
        None,
    ));
    assert!(
        err.contains("cannot open /nonexistent/khabar-missing.txt"),
        "{err}"
    );
    let err = stderr(&khabar(
        &["normalize", "/nonexistent/khabar-missing.txt"],
        None,
    ));
    assert!(err.contains("khabar-missing.txt"), "{err}");
    let f = TempFile::new("empty.txt", b"");
    let docs = json_lines(&stdout(&khabar(&["tokens", f.path()], None)));
    assert_eq!(docs[0]["sentences"].as_array().map(Vec::len), Some(0));
    assert_eq!(stdout(&khabar(&["tokens", "--jsonl"], Some(b""))), "");
    let docs = json_lines(&stdout(&khabar(&["analyze", f.path()], None)));
    assert_eq!(docs[0]["text"].as_str(), Some(""));
}

#[test]
fn gzip_jsonl_input() {
    use flate2::write::GzEncoder;
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    let _ = gz.write_all("{\"id\":\"z\",\"text\":\"نص مضغوط.\"}\n".as_bytes());
    let bytes = gz.finish().unwrap_or_default();
    let f = TempFile::new("docs.jsonl.gz", &bytes);
    let docs = json_lines(&stdout(&khabar(&["tokens", "--jsonl", f.path()], None)));
    assert_eq!(sentence_tokens(&docs[0]), vec![vec!["نص", "مضغوط", "."]]);
}

#[test]
fn analyze_example_and_jsonl() {
    let out = stdout(&khabar(
        &["analyze", "--reference-date", "2015-11-24", EXAMPLE],
        None,
    ));
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    let a = &docs[0];
    assert_eq!(a["id"].as_str(), Some(EXAMPLE));
    for key in [
        "text",
        "dateline",
        "sentences",
        "entities",
        "quantities",
        "times",
        "attributions",
    ] {
        assert!(a.get(key).is_some(), "missing {key}");
    }
    assert_eq!(a["sentences"].as_array().map(Vec::len), Some(7));
    assert_eq!(a["sentences"][0], serde_json::json!({"start": 0, "end": 9}));

    let err = stderr(&khabar(
        &["analyze", "--reference-date", "2015-13-40", EXAMPLE],
        None,
    ));
    assert!(
        err.contains("2015-13-40") && err.contains("YYYY-MM-DD"),
        "{err}"
    );

    // Many JSONL documents (parallel batches) come out in input order, with byline metadata.
    let mut input = String::new();
    for i in 0..300 {
        input.push_str(&format!(
            "{{\"id\":\"d{i}\",\"text\":\"قال الوزير إن {i} شخصا وصلوا أمس.\",\"published\":\"2016-04-22T10:00:00+02:00\",\"byline\":\"القاهرة - أحمد\"}}\n"
        ));
    }
    let docs = json_lines(&stdout(&khabar(
        &["analyze", "--jsonl"],
        Some(input.as_bytes()),
    )));
    assert_eq!(docs.len(), 300);
    for (i, d) in docs.iter().enumerate() {
        assert_eq!(d["id"].as_str(), Some(format!("d{i}").as_str()));
    }
}

#[test]
fn reference_date_comes_from_published_and_the_text() {
    // 2018-04-03 was a Tuesday. An article stamped at 00:38 whose text says
    // «اليوم الاثنين» was written on Monday: its «أمس» is Sunday. The same
    // text stamped in the afternoon, or a night stamp without such evidence,
    // keeps the stamp's date; `--reference-date` overrides both.
    let input = concat!(
        "{\"id\":\"night\",\"text\":\"فاز الفريق اليوم الاثنين بعد خسارته أمس.\",\"published\":\"2018-04-03T00:38:18+04:00\"}\n",
        "{\"id\":\"day\",\"text\":\"فاز الفريق اليوم الاثنين بعد خسارته أمس.\",\"published\":\"2018-04-03T14:38:18+04:00\"}\n",
        "{\"id\":\"plain\",\"text\":\"وصل الوفد أمس.\",\"published\":\"2018-04-03T00:38:18+04:00\"}\n",
    );
    let docs = json_lines(&stdout(&khabar(
        &["analyze", "--jsonl"],
        Some(input.as_bytes()),
    )));
    let yesterday = |d: &Value| {
        d["times"]
            .as_array()
            .and_then(|ts| ts.iter().find(|t| t["text"] == "أمس"))
            .and_then(|t| t["value"].as_str())
            .map(str::to_string)
    };
    assert_eq!(docs.len(), 3);
    assert_eq!(yesterday(&docs[0]).as_deref(), Some("2018-04-01"));
    assert_eq!(yesterday(&docs[1]).as_deref(), Some("2018-04-02"));
    assert_eq!(yesterday(&docs[2]).as_deref(), Some("2018-04-02"));
    let docs = json_lines(&stdout(&khabar(
        &["analyze", "--jsonl", "--reference-date", "2018-04-03"],
        Some(input.as_bytes()),
    )));
    assert_eq!(yesterday(&docs[0]).as_deref(), Some("2018-04-02"));
}

#[test]
fn arbitrary_bytes_with_lossy_never_crash() {
    // Deterministic pseudo-random bytes, biased towards Arabic UTF-8 lead bytes,
    // ASCII punctuation, quotes and line breaks.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut bytes = Vec::with_capacity(200_000);
    for _ in 0..200_000 {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let r = (state >> 33) as u8;
        bytes.push(match r % 8 {
            0 => 0xD8 + r % 4,
            1 => 0x80 + r % 64,
            2 => b".!?\"':\n #@"[usize::from(r % 10)],
            _ => r,
        });
    }
    for cmd in ["normalize", "tokens", "analyze"] {
        let o = khabar(&[cmd, "--lossy"], Some(&bytes));
        assert!(
            o.status.success(),
            "{cmd}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(!o.stdout.is_empty() || cmd == "normalize");
    }
}

#[test]
fn train_ner_place_usage_counts_city_words_and_names_bad_lines() {
    // كان is a GeoNames city (Cannes) that news uses as the verb "was".
    let mut corpus = String::new();
    for i in 0..25 {
        corpus.push_str(&format!(
            "{{\"id\":\"{i}\",\"title\":\"خبر\",\"text\":\"كان الوضع هادئا في حمص.\"}}\n"
        ));
    }
    let f = TempFile::new("corpus.jsonl", corpus.as_bytes());
    let out = f.0.with_file_name("usage.tsv");
    let out = out.to_str().unwrap_or_default();
    stdout(&khabar(
        &[
            "train",
            "ner-place-usage",
            "--corpus",
            f.path(),
            "--out",
            out,
            "--min-count",
            "1",
        ],
        None,
    ));
    let table = std::fs::read_to_string(out).unwrap_or_else(|e| panic!("{out}: {e}"));
    // 25 occurrences of كان, none after a locative word.
    assert!(table.lines().any(|l| l == "كان\t25\t0"), "{table}");
    // حمص (Homs) follows في every time.
    assert!(table.lines().any(|l| l == "حمص\t25\t25"), "{table}");
    let bad = TempFile::new("bad.jsonl", b"{\"text\":\"x\"}\nnot json\n");
    let err = stderr(&khabar(
        &[
            "train",
            "ner-place-usage",
            "--corpus",
            bad.path(),
            "--out",
            out,
        ],
        None,
    ));
    assert!(err.contains("bad.jsonl: line 2"), "{err}");
}

#[test]
fn train_ner_self_training_is_deterministic_and_changes_the_model() {
    // A small annotated set and a small news corpus in which the tagger finds
    // names it can add to its training data.
    let mut train = String::new();
    for _ in 0..4 {
        train.push_str(
            "وصل O\nالوزير O\nكريم B-PERS\nنادر I-PERS\nإلى O\nعمان B-LOC\nصباح O\nاليوم O\n\n",
        );
        train.push_str("قال O\nالمتحدث O\nباسم O\nشركة O\nنور B-ORG\nللطاقة I-ORG\nإن O\nالأسعار O\nارتفعت O\n\n");
        train.push_str("وتوقع O\nالخبراء O\nأن O\nتستمر O\nالأمطار O\nأسبوعا O\nآخر O\n\n");
    }
    let mut corpus = String::new();
    for (i, name) in ["كريم نادر", "سامي فؤاد", "هشام رامز"].iter().enumerate()
    {
        corpus.push_str(&format!(
            "{{\"id\":\"{i}\",\"title\":\"زيارة الوزير\",\"text\":\"وصل الوزير {name} إلى عمان صباح اليوم. وتوقع الخبراء أن تستمر الأمطار أسبوعا آخر.\"}}\n"
        ));
    }
    let train = TempFile::new("st-train.txt", train.as_bytes());
    let corpus = TempFile::new("st-corpus.jsonl", corpus.as_bytes());
    let model = |name: &str, extra: &[&str]| -> Vec<u8> {
        let out = train.0.with_file_name(name);
        let out = out.to_str().unwrap_or_default().to_string();
        let mut args = vec![
            "train",
            "ner",
            "--train",
            train.path(),
            "--clusters",
            "-",
            "--corpus",
            corpus.path(),
            "--runs",
            "2",
            "--epochs",
            "2",
            "--doc-folds",
            "0",
            "--train-curated",
            TRAIN_CURATED,
            "--gazetteer-dir",
            GAZETTEER_DIR,
            "--out",
            &out,
        ];
        args.extend_from_slice(extra);
        let o = khabar(&args, None);
        assert!(
            o.status.success(),
            "khabar failed: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        std::fs::read(&out).unwrap_or_else(|e| panic!("{out}: {e}"))
    };
    let base = model("st-base.bin", &[]);
    let st = ["--self-train", "10"];
    let a = model("st-a.bin", &st);
    let b = model("st-b.bin", &st);
    assert_eq!(a, b, "self-training is deterministic");
    assert_ne!(a, base, "the added sentences change the model");
    let p = ["--self-train", "10", "--self-train-partial"];
    assert_eq!(model("st-p1.bin", &p), model("st-p2.bin", &p));
    // Without a corpus there is nothing to tag.
    let out = train.0.with_file_name("st-x.bin");
    let err = stderr(&khabar(
        &[
            "train",
            "ner",
            "--train",
            train.path(),
            "--clusters",
            "-",
            "--self-train",
            "10",
            "--out",
            out.to_str().unwrap_or_default(),
        ],
        None,
    ));
    assert!(err.contains("--self-train needs --corpus"), "{err}");
    // A missing frozen gazetteer is named, with the way out.
    let err = stderr(&khabar(
        &[
            "train",
            "ner",
            "--train",
            train.path(),
            "--clusters",
            "-",
            "--train-curated",
            "no/such/curated.tsv",
            "--out",
            out.to_str().unwrap_or_default(),
        ],
        None,
    ));
    assert!(
        err.contains("reading gazetteer no/such/curated.tsv") && err.contains("--train-curated -"),
        "{err}"
    );
}

/// The frozen curated list `khabar train ner` trains with (data/ner/README.md) and the
/// directory of the other gazetteer files, from the repository (tests run in the crate's
/// directory, where the command's relative defaults do not resolve).
const TRAIN_CURATED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/ner/train-curated.tsv"
);
const GAZETTEER_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/gazetteers");
