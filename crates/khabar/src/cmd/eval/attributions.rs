//! `khabar eval attributions`: attribution extraction against hand-annotated gold
//! (`data/eval/attributions-gold.jsonl`, guidelines in `data/eval/attributions-guidelines.md`).
//!
//! A predicted attribution matches a gold one when their **cue spans overlap and their
//! source spans overlap**; matching is one-to-one, greedy in text order. Reports
//! precision / recall / F1 of that match, the same for cues alone, the accuracy of the
//! `direct` flag over matched pairs, and a per-source breakdown.
use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args as ClapArgs;
use khabar_extract::{analyze, attributions, Attribution, Doc, Entity, Input};
use serde::Deserialize;

#[derive(ClapArgs)]
pub struct Args {
    /// Gold file: one JSON object a line with `id`, `text`, optional `byline`,
    /// `source`, and `attributions` [{cue:{start,end}, source:{start,end}, direct}].
    #[arg(long, default_value = "data/eval/attributions-gold.jsonl")]
    pub gold: PathBuf,
    /// Print every missed and every spurious attribution.
    #[arg(long)]
    pub verbose: bool,
    /// Use these entities instead of running NER: JSON Lines with `id` and `entities`
    /// (e.g. the output of `khabar analyze --jsonl`). Freezes the NER stage so that
    /// attribution changes can be compared while the NER model changes.
    #[arg(long)]
    pub entities: Option<PathBuf>,
}

#[derive(Deserialize)]
struct EntityDoc {
    id: String,
    #[serde(default)]
    entities: Vec<Entity>,
}

/// Reads frozen entities by document id.
fn load_entities(path: &Path) -> Result<HashMap<String, Vec<Entity>>> {
    let f = std::fs::File::open(path)
        .with_context(|| format!("cannot open entities file {}", path.display()))?;
    let mut out = HashMap::new();
    for (n, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}: cannot read", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let d: EntityDoc = serde_json::from_str(&line).with_context(|| {
            format!(
                "{}:{}: expected an object with `id` and `entities`",
                path.display(),
                n + 1
            )
        })?;
        out.insert(d.id, d.entities);
    }
    Ok(out)
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct GoldSpan {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldAttribution {
    pub cue: GoldSpan,
    pub source: GoldSpan,
    pub direct: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldDoc {
    pub id: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub byline: Option<String>,
    pub text: String,
    pub attributions: Vec<GoldAttribution>,
}

/// Counts for one group of documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    /// Cue and source overlap.
    pub matched: usize,
    /// Cue overlap only.
    pub cue_matched: usize,
    /// Matched pairs whose `direct` flag agrees.
    pub direct_agree: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched += o.matched;
        self.cue_matched += o.cue_matched;
        self.direct_agree += o.direct_agree;
    }

    /// (precision, recall, F1) in percent for `hits`.
    pub fn prf(&self, hits: usize) -> (f64, f64, f64) {
        let p = if self.predicted == 0 {
            0.0
        } else {
            100.0 * hits as f64 / self.predicted as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            100.0 * hits as f64 / self.gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The outcome of scoring one document.
#[derive(Debug, Clone, Default)]
pub struct DocScore {
    pub counts: Counts,
    /// Gold attributions nobody matched (indices).
    pub missed: Vec<usize>,
    /// Predictions that matched nothing (indices).
    pub spurious: Vec<usize>,
}

/// Scores predictions against the gold attributions of one document.
pub fn score_doc(gold: &[GoldAttribution], pred: &[Attribution]) -> DocScore {
    let mut used = vec![false; pred.len()];
    let mut cue_used = vec![false; pred.len()];
    let mut s = DocScore {
        counts: Counts {
            gold: gold.len(),
            predicted: pred.len(),
            ..Counts::default()
        },
        ..DocScore::default()
    };
    for (gi, g) in gold.iter().enumerate() {
        let cue = (g.cue.start, g.cue.end);
        let src = (g.source.start, g.source.end);
        if let Some(pi) = (0..pred.len()).find(|&i| {
            !cue_used[i]
                && pred
                    .get(i)
                    .is_some_and(|p| overlaps((p.cue.start, p.cue.end), cue))
        }) {
            cue_used[pi] = true;
            s.counts.cue_matched += 1;
        }
        let hit = (0..pred.len()).find(|&i| {
            !used[i]
                && pred.get(i).is_some_and(|p| {
                    overlaps((p.cue.start, p.cue.end), cue)
                        && overlaps((p.source.start, p.source.end), src)
                })
        });
        match hit {
            Some(pi) => {
                used[pi] = true;
                s.counts.matched += 1;
                if pred.get(pi).is_some_and(|p| p.direct == g.direct) {
                    s.counts.direct_agree += 1;
                }
            }
            None => s.missed.push(gi),
        }
    }
    s.spurious = (0..pred.len()).filter(|i| !used[*i]).collect();
    s
}

pub fn load_gold(path: &Path) -> Result<Vec<GoldDoc>> {
    let f = std::fs::File::open(path).with_context(|| {
        format!(
            "cannot open gold file {} (run from the repository root or pass --gold)",
            path.display()
        )
    })?;
    let mut docs = Vec::new();
    for (n, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}: cannot read", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: GoldDoc = serde_json::from_str(&line).with_context(|| {
            format!(
                "{}:{}: not a gold attribution document",
                path.display(),
                n + 1
            )
        })?;
        docs.push(doc);
    }
    Ok(docs)
}

/// The outcome of [`evaluate`]: totals, per-source counts, and per-document scores with
/// the predictions they were computed from.
pub type Evaluation = (
    Counts,
    BTreeMap<String, Counts>,
    Vec<(DocScore, Vec<Attribution>)>,
);

/// Runs the extractor on every gold document and scores it; `frozen` entities (by
/// document id) replace the NER stage when given.
pub fn evaluate(docs: &[GoldDoc], frozen: Option<&HashMap<String, Vec<Entity>>>) -> Evaluation {
    let mut total = Counts::default();
    let mut by_source: BTreeMap<String, Counts> = BTreeMap::new();
    let mut per_doc = Vec::new();
    for d in docs {
        let input = Input {
            id: Some(&d.id),
            text: &d.text,
            byline: d.byline.as_deref(),
            reference_date: None,
        };
        let pred = match frozen {
            Some(f) => {
                let ents = f.get(&d.id).map_or(&[][..], Vec::as_slice);
                attributions::extract(&Doc::new(&input), ents)
            }
            None => analyze(&input).attributions,
        };
        let s = score_doc(&d.attributions, &pred);
        total.add(s.counts);
        by_source
            .entry(d.source.clone().unwrap_or_else(|| "?".into()))
            .or_default()
            .add(s.counts);
        per_doc.push((s, pred));
    }
    (total, by_source, per_doc)
}

fn cp_slice(text: &str, a: usize, b: usize) -> String {
    text.chars().skip(a).take(b.saturating_sub(a)).collect()
}

pub fn run(a: Args) -> Result<()> {
    let docs = load_gold(&a.gold)?;
    let frozen = a.entities.as_deref().map(load_entities).transpose()?;
    if let Some(f) = &frozen {
        let missing = docs.iter().filter(|d| !f.contains_key(&d.id)).count();
        if missing > 0 {
            anyhow::bail!(
                "{} of {} gold documents have no entry in the entities file",
                missing,
                docs.len()
            );
        }
    }
    let (total, by_source, per_doc) = evaluate(&docs, frozen.as_ref());
    if a.verbose {
        for (d, (s, pred)) in docs.iter().zip(&per_doc) {
            for &gi in &s.missed {
                if let Some(g) = d.attributions.get(gi) {
                    println!(
                        "MISSED   {}  cue={:?} source={:?}",
                        d.id,
                        cp_slice(&d.text, g.cue.start, g.cue.end),
                        cp_slice(&d.text, g.source.start, g.source.end)
                    );
                }
            }
            for &pi in &s.spurious {
                if let Some(p) = pred.get(pi) {
                    println!(
                        "SPURIOUS {}  cue={:?} source={:?}",
                        d.id, p.cue.text, p.source.text
                    );
                }
            }
        }
        println!();
    }
    println!(
        "{} documents, {} gold attributions, {} predicted",
        docs.len(),
        total.gold,
        total.predicted
    );
    println!(
        "{:<16} {:>5} {:>5} {:>7} {:>7} {:>7}",
        "", "gold", "pred", "P", "R", "F1"
    );
    let line = |name: &str, c: &Counts, hits: usize| {
        let (p, r, f) = c.prf(hits);
        println!(
            "{name:<16} {:>5} {:>5} {p:>6.1}% {r:>6.1}% {f:>6.1}%",
            c.gold, c.predicted
        );
    };
    line("source+cue", &total, total.matched);
    line("cue only", &total, total.cue_matched);
    for (src, c) in &by_source {
        line(&format!("  {src}"), c, c.matched);
    }
    let direct = if total.matched == 0 {
        0.0
    } else {
        100.0 * total.direct_agree as f64 / total.matched as f64
    };
    println!(
        "direct flag agrees on {}/{} matched ({direct:.1}%)",
        total.direct_agree, total.matched
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use khabar_extract::{Source, TextSpan};

    fn pred(cue: (usize, usize), src: (usize, usize), direct: bool) -> Attribution {
        let ts = |s: (usize, usize)| TextSpan {
            start: s.0,
            end: s.1,
            text: String::new(),
        };
        Attribution {
            source: Source {
                start: src.0,
                end: src.1,
                text: String::new(),
                anonymous: false,
                refers_to: None,
            },
            cue: ts(cue),
            content: ts((0, 0)),
            direct,
            kind: "speech".into(),
        }
    }

    fn gold(cue: (usize, usize), src: (usize, usize), direct: bool) -> GoldAttribution {
        GoldAttribution {
            cue: GoldSpan {
                start: cue.0,
                end: cue.1,
            },
            source: GoldSpan {
                start: src.0,
                end: src.1,
            },
            direct,
        }
    }

    #[test]
    fn scoring_needs_cue_and_source_overlap_one_to_one() {
        let g = [
            gold((0, 3), (4, 10), false),
            gold((20, 24), (25, 30), true),
            gold((40, 44), (45, 50), false),
        ];
        let p = [
            pred((0, 3), (5, 8), true),      // match, direct disagrees
            pred((20, 24), (31, 35), true),  // cue only: source does not overlap
            pred((40, 44), (45, 47), false), // match
            pred((60, 64), (65, 70), false), // spurious
        ];
        let s = score_doc(&g, &p);
        assert_eq!(
            s.counts,
            Counts {
                gold: 3,
                predicted: 4,
                matched: 2,
                cue_matched: 3,
                direct_agree: 1
            }
        );
        assert_eq!(s.missed, vec![1]);
        assert_eq!(s.spurious, vec![1, 3]);
        let (pr, r, f) = s.counts.prf(s.counts.matched);
        assert!((pr - 50.0).abs() < 1e-9 && (r - 200.0 / 3.0).abs() < 1e-9);
        assert!((f - 2.0 * 50.0 * (200.0 / 3.0) / (50.0 + 200.0 / 3.0)).abs() < 1e-9);
    }

    /// Regression guard on the committed gold (test set, never tuned on) and dev sets:
    /// floors a few points under the measured scores (run 8: test 86.0; dev 96.0–97.7,
    /// rounds 6–9 93.3–98.7 F1), leaving room for changes of the NER stage.
    #[test]
    fn committed_gold_scores_do_not_regress() {
        for (file, floor) in [
            ("attributions-gold.jsonl", 80.0),
            ("attributions-dev.jsonl", 91.0),
            ("attributions-dev-r6.jsonl", 90.0),
            ("attributions-dev-r7.jsonl", 87.0),
            ("attributions-dev-r8.jsonl", 90.0),
            ("attributions-dev-r9.jsonl", 85.0),
        ] {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../data/eval")
                .join(file);
            let docs = load_gold(&path).expect("committed gold loads");
            let (total, _, _) = evaluate(&docs, None);
            let (_, _, f1) = total.prf(total.matched);
            assert!(f1 >= floor, "{file}: source+cue F1 {f1:.1} < {floor}");
        }
    }

    #[test]
    fn empty_counts_do_not_divide_by_zero() {
        assert_eq!(Counts::default().prf(0), (0.0, 0.0, 0.0));
    }

    #[test]
    fn end_to_end_on_a_small_gold_document() {
        let text = "قال مسؤول إن الوضع هادئ.";
        let line = serde_json::json!({
            "id": "t1", "source": "test", "text": text,
            "attributions": [{"cue": {"start": 0, "end": 3}, "source": {"start": 4, "end": 9}, "direct": false}]
        })
        .to_string();
        let dir = std::env::temp_dir().join(format!("khabar-eval-attr-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("gold.jsonl");
        std::fs::write(&path, format!("{line}\n\n")).expect("write gold");
        let docs = load_gold(&path).expect("load gold");
        let (total, by_source, _) = evaluate(&docs, None);
        assert_eq!(total.gold, 1);
        assert_eq!(total.matched, 1, "{total:?}");
        assert_eq!(total.direct_agree, 1);
        assert!(by_source.contains_key("test"));
        std::fs::write(&path, "not json\n").expect("write bad gold");
        let err = load_gold(&path).expect_err("bad gold must fail");
        assert!(format!("{err:#}").contains("gold.jsonl:1"));

        // Frozen entities replace the NER stage.
        std::fs::write(&path, format!("{line}\n")).expect("write gold");
        let docs = load_gold(&path).expect("load gold");
        let ents = dir.join("entities.jsonl");
        std::fs::write(&ents, "{\"id\": \"t1\", \"entities\": []}\n").expect("write entities");
        let frozen = load_entities(&ents).expect("load entities");
        let (total, _, _) = evaluate(&docs, Some(&frozen));
        assert_eq!(total.matched, 1, "{total:?}");
        std::fs::write(&ents, "{\"entities\": []}\n").expect("write bad entities");
        let err = load_entities(&ents).expect_err("an entry without id must fail");
        assert!(format!("{err:#}").contains("entities.jsonl:1"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
