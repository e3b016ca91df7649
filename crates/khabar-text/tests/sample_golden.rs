//! Segmentation and stemming output on the bundled ANT sample
//! (`data/sample/ant-sample.jsonl.gz`, 2,002 articles) is pinned by a digest,
//! so that speed work on the segmenter, the stemmer, the lexicon and the
//! per-thread memo provably changes no output. The same words are analysed on
//! a fresh thread (every word new: the uncached path) and again on the same
//! thread (from the memo); both must give the pinned output.
//!
//! If a change to the output is intended, dump the analyses before and after
//! (`KHABAR_GOLDEN_DUMP=/tmp/before.tsv cargo test -p khabar-text --test
//! sample_golden`), review the diff, and update `DIGEST`/`WORDS` below.
use std::io::{BufRead, BufReader, Write};

use khabar_text::segment::{segment, segment_spans};
use khabar_text::stem::{stem, stem_into};
use khabar_text::tokenize::{tokenize, TokenKind};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/sample/ant-sample.jsonl.gz"
);

/// Digest of every Arabic token's segments and stem, in text order.
const DIGEST: u64 = 7_662_186_536_926_525_644;
/// Number of Arabic tokens analysed.
const WORDS: usize = 487_322;

fn texts() -> Vec<String> {
    let f = std::fs::File::open(SAMPLE).unwrap_or_else(|e| panic!("{SAMPLE}: {e}"));
    let r = BufReader::new(flate2::read::GzDecoder::new(f));
    r.lines()
        .enumerate()
        .map(|(i, l)| {
            let l = l.unwrap_or_else(|e| panic!("{SAMPLE}:{}: {e}", i + 1));
            let v: serde_json::Value =
                serde_json::from_str(&l).unwrap_or_else(|e| panic!("{SAMPLE}:{}: {e}", i + 1));
            v.get("text")
                .and_then(serde_json::Value::as_str)
                .unwrap_or("")
                .to_string()
        })
        .collect()
}

/// FNV-1a, 64-bit.
struct Fnv(u64);

impl Fnv {
    fn eat(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }
}

/// One word's analysis as a line: word, segments (form@start-end:kind), stem.
fn analysis(w: &str, buf: &mut String) -> String {
    let segs: Vec<String> = segment(w)
        .into_iter()
        .map(|s| format!("{}@{}-{}:{:?}", s.text, s.span.start, s.span.end, s.kind))
        .collect();
    let spans = segment_spans(w);
    assert_eq!(spans.len(), segs.len(), "{w}");
    let st = stem(w);
    buf.clear();
    stem_into(w, buf);
    assert_eq!(*buf, st, "{w}");
    format!("{w}\t{}\t{st}", segs.join(" "))
}

fn run(texts: &[String], dump: Option<&str>) -> (u64, usize) {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    let mut n = 0;
    let mut buf = String::new();
    let mut out = dump.map(|p| {
        std::io::BufWriter::new(std::fs::File::create(p).unwrap_or_else(|e| panic!("{p}: {e}")))
    });
    for t in texts {
        for tok in tokenize(t) {
            if tok.kind != TokenKind::Arabic {
                continue;
            }
            let line = analysis(tok.span.slice(t), &mut buf);
            h.eat(line.as_bytes());
            n += 1;
            if let Some(o) = out.as_mut() {
                writeln!(o, "{line}").unwrap_or_else(|e| panic!("dump: {e}"));
            }
        }
    }
    (h.0, n)
}

/// `KHABAR_GOLDEN_TEXT=FILE KHABAR_GOLDEN_DUMP=OUT`: dump the analyses of the
/// Arabic words of any text file (documents separated by blank lines), e.g. the
/// 20 MB benchmark text, to compare two versions on more data than the sample.
#[test]
fn dump_any_text() {
    let (Ok(path), Ok(dump)) = (
        std::env::var("KHABAR_GOLDEN_TEXT"),
        std::env::var("KHABAR_GOLDEN_DUMP"),
    ) else {
        eprintln!("KHABAR_GOLDEN_TEXT/KHABAR_GOLDEN_DUMP not set: nothing to dump");
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let docs: Vec<String> = text.split("\n\n").map(str::to_string).collect();
    let (h, n) = run(&docs, Some(&dump));
    eprintln!("{path}: {n} Arabic tokens, digest {h}");
}

#[test]
fn sample_segments_and_stems_are_pinned() {
    let texts = texts();
    assert_eq!(texts.len(), 2002);
    let dump = std::env::var("KHABAR_GOLDEN_DUMP")
        .ok()
        .filter(|_| std::env::var("KHABAR_GOLDEN_TEXT").is_err());
    // A fresh thread: its memo is empty, so the first sight of every word
    // goes through the uncached analysis.
    let t2 = texts.clone();
    let cold = std::thread::spawn(move || run(&t2, dump.as_deref()))
        .join()
        .unwrap_or_else(|_| panic!("cold pass panicked"));
    // This thread, twice: the second pass is served from the memo.
    let first = run(&texts, None);
    let warm = run(&texts, None);
    assert_eq!(cold, first);
    assert_eq!(cold, warm);
    assert_eq!(
        cold,
        (DIGEST, WORDS),
        "segmentation/stemming output changed"
    );
}
