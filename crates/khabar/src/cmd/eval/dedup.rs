//! `khabar eval dedup`: near-duplicate detection against a silver set built
//! from the corpus (articles sharing their first 150 normalized characters
//! across different sources) and hand-labelled pairs.
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::BufRead;
use std::path::PathBuf;

use anyhow::Context;
use khabar_index::cluster::{self, Features, Params};
use khabar_index::ingest::Record;
use serde::Deserialize;

use super::report::load_corpus;

#[derive(clap::Args)]
pub struct Args {
    /// Corpus (JSON Lines, ANT schema), e.g. ../shared/data/corpus/ant-multisource.jsonl.gz.
    #[arg(long, value_name = "PATH")]
    pub corpus: PathBuf,
    /// Hand-labelled pairs (JSON Lines: {"a": id, "b": id, "duplicate": bool}).
    #[arg(
        long,
        value_name = "FILE",
        default_value = "data/eval/dedup-pairs.jsonl"
    )]
    pub pairs: PathBuf,
    /// Also print precision/recall for a grid of thresholds.
    #[arg(long)]
    pub sweep: bool,
    /// Print N candidate pairs (for labelling) as JSON Lines instead of scores.
    #[arg(long, value_name = "N")]
    pub candidates: Option<usize>,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
    /// Also list the hand-labelled pairs the method gets wrong, with their
    /// similarity estimates (for error analysis; thresholds are tuned on the
    /// silver set, not on these pairs).
    #[arg(long)]
    pub misses: bool,
    /// Words per shingle (experiments only: the index uses 4).
    #[arg(long, value_name = "N", default_value_t = cluster::SHINGLE)]
    pub shingle: usize,
    /// Articles per batch, as `khabar ingest --commit-every` (clustering is
    /// incremental: each batch against the earlier ones, in input order).
    #[arg(long, value_name = "N", default_value_t = 2000)]
    pub batch: usize,
}

#[derive(Deserialize)]
struct LabelledPair {
    a: String,
    b: String,
    duplicate: bool,
}

/// The first 150 characters of the text's search-normalized words.
pub fn prefix150(text: &str) -> String {
    let words = khabar_tantivy::terms(text, khabar_tantivy::Analysis::Exact);
    words.join(" ").chars().take(150).collect()
}

fn features_parallel(records: &[Record], shingle: usize) -> Vec<Features> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = records.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let hs: Vec<_> = records
            .chunks(chunk)
            .map(|c| {
                s.spawn(move || {
                    c.iter()
                        .map(|r| {
                            let day = r
                                .published
                                .as_deref()
                                .and_then(khabar_extract::Date::parse_iso)
                                .map(|d| {
                                    khabar_index::days_from_civil(d.year, d.month, d.day) as i32
                                });
                            cluster::features_with(
                                shingle,
                                &r.stable_id(),
                                r.source.as_deref().unwrap_or(""),
                                day,
                                r.title.as_deref(),
                                &r.text,
                            )
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        hs.into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

type Pair = (usize, usize);

/// Cluster assignments by input index.
struct Assignment {
    duplicate_of: Vec<Option<usize>>,
    story: Vec<usize>,
}

fn pr(pred: &HashSet<Pair>, gold: &HashSet<Pair>) -> (f64, f64, usize) {
    let tp = pred.intersection(gold).count();
    let p = if pred.is_empty() {
        1.0
    } else {
        tp as f64 / pred.len() as f64
    };
    let r = if gold.is_empty() {
        1.0
    } else {
        tp as f64 / gold.len() as f64
    };
    (p, r, tp)
}

fn group_pairs(dup_of: &[Option<usize>]) -> Vec<Pair> {
    // Copies point at their group's first article.
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, d) in dup_of.iter().enumerate() {
        groups.entry(d.unwrap_or(i)).or_default().push(i);
    }
    let mut out = Vec::new();
    for g in groups.values().filter(|g| g.len() > 1) {
        for (x, &i) in g.iter().enumerate() {
            for &j in g.get(x + 1..).unwrap_or_default() {
                out.push((i.min(j), i.max(j)));
            }
        }
    }
    out
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let records = load_corpus(&args.corpus, None)?;
    let t0 = std::time::Instant::now();
    let feats = features_parallel(&records, args.shingle);
    let t_feat = t0.elapsed().as_secs_f64();
    let src = |i: usize| {
        records
            .get(i)
            .and_then(|r| r.source.as_deref())
            .unwrap_or("")
    };

    // Silver set.
    let mut by_prefix: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, r) in records.iter().enumerate() {
        by_prefix.entry(prefix150(&r.text)).or_default().push(i);
    }
    let mut silver_cross = HashSet::new();
    let mut silver_same = HashSet::new();
    for g in by_prefix.values().filter(|g| g.len() > 1) {
        for (x, &i) in g.iter().enumerate() {
            for &j in g.get(x + 1..).unwrap_or_default() {
                let p = (i.min(j), i.max(j));
                if src(i) != src(j) {
                    silver_cross.insert(p);
                } else {
                    silver_same.insert(p);
                }
            }
        }
    }

    let ids: HashMap<&str, usize> = feats
        .iter()
        .enumerate()
        .map(|(i, f)| (f.id.as_str(), i))
        .collect();
    if let Some(n) = args.candidates {
        return print_candidates(&records, &feats, &silver_cross, n);
    }

    let mut labelled: Vec<(Pair, bool)> = Vec::new();
    match std::fs::File::open(&args.pairs) {
        Ok(f) => {
            for (ln, line) in std::io::BufReader::new(f).lines().enumerate() {
                let line = line.with_context(|| format!("{}:{}", args.pairs.display(), ln + 1))?;
                if line.trim().is_empty() {
                    continue;
                }
                let p: LabelledPair = serde_json::from_str(&line)
                    .with_context(|| format!("{}:{}: bad pair", args.pairs.display(), ln + 1))?;
                match (ids.get(p.a.as_str()), ids.get(p.b.as_str())) {
                    (Some(&i), Some(&j)) => labelled.push(((i.min(j), i.max(j)), p.duplicate)),
                    _ => eprintln!(
                        "{}:{}: ids not in the corpus, pair ignored",
                        args.pairs.display(),
                        ln + 1
                    ),
                }
            }
        }
        Err(e) => eprintln!("no hand-labelled pairs ({}: {e})", args.pairs.display()),
    }

    let evaluate = |p: &Params| -> anyhow::Result<_> {
        let assigned = cluster::cluster_in_batches(&feats, p, args.batch)?;
        let dup_of: Vec<Option<usize>> = assigned
            .iter()
            .map(|a| a.duplicate_of.as_deref().and_then(|d| ids.get(d).copied()))
            .collect();
        let story: Vec<usize> = assigned
            .iter()
            .enumerate()
            .map(|(i, a)| ids.get(a.story.as_str()).copied().unwrap_or(i))
            .collect();
        let asg = Assignment {
            duplicate_of: dup_of,
            story,
        };
        let pred: HashSet<Pair> = group_pairs(&asg.duplicate_of).into_iter().collect();
        let pred_cross: HashSet<Pair> = pred
            .iter()
            .copied()
            .filter(|&(i, j)| src(i) != src(j))
            .collect();
        let pred_same: HashSet<Pair> = pred
            .iter()
            .copied()
            .filter(|&(i, j)| src(i) == src(j))
            .collect();
        let cross = pr(&pred_cross, &silver_cross);
        let same = pr(&pred_same, &silver_same);
        let gold_l: HashSet<Pair> = labelled.iter().filter(|x| x.1).map(|x| x.0).collect();
        let all_l: HashSet<Pair> = labelled.iter().map(|x| x.0).collect();
        let pred_l: HashSet<Pair> = pred.intersection(&all_l).copied().collect();
        let hand = pr(&pred_l, &gold_l);
        Ok((cross, same, hand, pred.len(), asg))
    };

    let params = Params::default();
    let t1 = std::time::Instant::now();
    let (cross, same, hand, npred, asg) = evaluate(&params)?;
    let t_cluster = t1.elapsed().as_secs_f64();
    let stories: HashSet<usize> = asg.story.iter().copied().collect();
    let mut story_sources: HashMap<usize, HashSet<&str>> = HashMap::new();
    for (i, &s) in asg.story.iter().enumerate() {
        story_sources.entry(s).or_default().insert(src(i));
    }
    let multi = story_sources.values().filter(|s| s.len() > 1).count();
    let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for &s in &asg.story {
        *counts.entry(s).or_insert(0) += 1;
    }
    for &c in counts.values() {
        *sizes.entry(c.min(10)).or_insert(0) += 1;
    }
    let dups = asg.duplicate_of.iter().filter(|d| d.is_some()).count();

    if args.json {
        let v = serde_json::json!({
            "articles": records.len(),
            "silver_cross_source_pairs": silver_cross.len(),
            "silver_same_source_pairs": silver_same.len(),
            "labelled_pairs": labelled.len(),
            "cross_source": {"precision": cross.0, "recall": cross.1, "true_positives": cross.2},
            "same_source": {"precision": same.0, "recall": same.1, "true_positives": same.2},
            "hand_labelled": {"precision": hand.0, "recall": hand.1, "true_positives": hand.2},
            "predicted_pairs": npred,
            "duplicates": dups,
            "stories": stories.len(),
            "multi_source_stories": multi,
            "seconds_features": t_feat,
            "seconds_clustering": t_cluster,
        });
        println!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(());
    }
    println!(
        "near-duplicate detection on {} ({} articles)",
        args.corpus.display(),
        records.len()
    );
    println!("features {t_feat:.1} s, clustering {t_cluster:.1} s; {npred} predicted duplicate pairs, {dups} copies");
    println!();
    println!("| set | pairs | precision | recall | true positives |");
    println!("|---|---:|---:|---:|---:|");
    println!(
        "| silver, cross-source (first 150 normalized chars) | {} | {:.3} | {:.3} | {} |",
        silver_cross.len(),
        cross.0,
        cross.1,
        cross.2
    );
    println!(
        "| silver, same-source reposts | {} | {:.3} | {:.3} | {} |",
        silver_same.len(),
        same.0,
        same.1,
        same.2
    );
    println!(
        "| hand-labelled ({} pairs, {} duplicates) | {} | {:.3} | {:.3} | {} |",
        labelled.len(),
        labelled.iter().filter(|x| x.1).count(),
        labelled.len(),
        hand.0,
        hand.1,
        hand.2
    );
    println!();
    println!(
        "stories: {} ({} with two or more sources); story sizes: {}",
        stories.len(),
        multi,
        sizes
            .iter()
            .map(|(k, v)| format!("{}{}: {v}", k, if *k == 10 { "+" } else { "" }))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if args.misses {
        let pred: HashSet<Pair> = group_pairs(&asg.duplicate_of).into_iter().collect();
        println!();
        println!("| a | b | gold | predicted | Jaccard | containment | lead | shingles a/b |");
        println!("|---|---|---|---|---:|---:|---:|---|");
        for &((i, j), gold) in &labelled {
            if pred.contains(&(i, j)) == gold {
                continue;
            }
            let (Some(a), Some(b)) = (feats.get(i), feats.get(j)) else {
                continue;
            };
            let jac = cluster::jaccard(&a.sketch, &b.sketch);
            println!(
                "| {} | {} | {gold} | {} | {jac:.3} | {:.3} | {:.3} | {}/{} |",
                a.id,
                b.id,
                !gold,
                cluster::containment(&a.sketch, &b.sketch, jac),
                cluster::lead_jaccard(&a.sketch, &b.sketch),
                a.sketch.shingles,
                b.sketch.shingles
            );
        }
    }
    if args.sweep {
        // Each table varies two thresholds over a grid, the rest as configured.
        type Set = fn(&mut Params, f64, f64);
        type Table<'a> = (&'a str, &'a str, &'a [f64], &'a [f64], Set);
        let tables: [Table; 3] = [
            (
                "min Jaccard",
                "min containment",
                &[0.2, 0.3, 0.4, 0.5, 0.6],
                &[0.6, 0.75, 0.9],
                |p, a, b| {
                    p.dup_jaccard = a;
                    p.dup_containment = b;
                },
            ),
            (
                "strong lead (lead overlap ≥)",
                "min containment with a strong lead",
                &[0.5, 0.75, 0.9],
                &[0.4, 0.6],
                |p, a, b| {
                    p.dup_strong_lead = a;
                    p.dup_containment_strong_lead = b;
                },
            ),
            (
                "min lead overlap",
                "min Jaccard",
                &[0.05, 0.1, 0.15, 0.2, 0.3],
                &[0.2, 0.3],
                |p, a, b| {
                    p.dup_lead = a;
                    p.dup_jaccard = b;
                },
            ),
        ];
        for (name_a, name_b, grid_a, grid_b, set) in tables {
            println!();
            println!(
                "| {name_a} | {name_b} | cross P | cross R | same P | same R | hand P | hand R |"
            );
            println!("|---:|---:|---:|---:|---:|---:|---:|---:|");
            for &a in grid_a {
                for &b in grid_b {
                    let mut p = params;
                    set(&mut p, a, b);
                    let (cr, sa, ha, _, _) = evaluate(&p)?;
                    println!(
                        "| {a:.2} | {b:.2} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} |",
                        cr.0, cr.1, sa.0, sa.1, ha.0, ha.1
                    );
                }
            }
        }
    }
    Ok(())
}

/// Candidate pairs for hand labelling: a mix of predicted duplicates outside
/// the silver set and near-misses below the threshold, with text openings.
fn print_candidates(
    records: &[Record],
    feats: &[Features],
    silver: &HashSet<Pair>,
    n: usize,
) -> anyhow::Result<()> {
    let loose = Params {
        dup_jaccard: 0.1,
        dup_containment: 0.3,
        ..Params::default()
    };
    let pairs = cluster::duplicate_pairs(feats, &loose);
    let mut rows = Vec::new();
    for (i, j) in pairs {
        if silver.contains(&(i, j)) {
            continue;
        }
        let (Some(a), Some(b)) = (feats.get(i), feats.get(j)) else {
            continue;
        };
        let jac = cluster::jaccard(&a.sketch, &b.sketch);
        let con = cluster::containment(&a.sketch, &b.sketch, jac);
        rows.push((i, j, jac, con));
    }
    // Deterministic spread over the similarity range.
    rows.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
    let step = (rows.len() / n.max(1)).max(1);
    for (i, j, jac, con) in rows.into_iter().step_by(step).take(n) {
        let head = |k: usize| {
            records
                .get(k)
                .map(|r| r.text.chars().take(300).collect::<String>())
                .unwrap_or_default()
        };
        let v = serde_json::json!({
            "a": feats.get(i).map(|f| f.id.clone()), "b": feats.get(j).map(|f| f.id.clone()),
            "jaccard": jac, "containment": con,
            "len_a": records.get(i).map(|r| r.text.chars().count()), "len_b": records.get(j).map(|r| r.text.chars().count()),
            "text_a": head(i), "text_b": head(j),
        });
        println!("{v}");
    }
    Ok(())
}
