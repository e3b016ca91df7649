//! Fast NER experiment loop without the CLI:
//!
//! ```text
//! cargo run --release -p khabar-extract --example ner_dev -- \
//!     ../shared/data/ner/anercorp/train.txt [clusters.tsv] [eval.txt] [epochs] [bio|bilou]
//! ```
//! Without `eval.txt`, the last 10% of the training file is held out as a dev set.
//! Environment: `NER_CORPUS=docs.txt` (one document per line) adds the second,
//! name-lexicon stage; `NER_OUT=file` writes the model; `NER_DEBUG=1` lists misses
//! and spurious spans of the pipeline (`NER_DEBUG="model only"`: of the tagger alone;
//! `NER_DEBUG=all`: both, lines prefixed `M` / `P`); `NER_LEX_ROUNDS=n` rebuilds the
//! name lexicon n times, each with the model trained on the previous one;
//! `NER_FOLD=k` holds out the k-th tenth of the training file instead of the last;
//! `NER_DOC=k` adds the document pass (evidence from ±k sentences; `NER_JACK` jackknife
//! parts, `NER_DOC_PRUNE` its row pruning) and `NER_GROUP=n` scores dev sentences in
//! documents of n;
//! `NER_LEARNER=crf` trains the L1-regularized CRF instead of the perceptron (`NER_L1`,
//! `NER_ETA`, `NER_DECAY` set its `CrfConfig`);
//! `NER_DROPOUT`, `NER_OBIAS`, `NER_AUTOMIN`, `NER_MINC`, `NER_MINLEX`, `NER_RUNS` set the
//! knobs of the same names in `TrainConfig`/`Model`/`AutoLex::build` (`NER_MINC`:
//! `min_feature_count`, `NER_MINLEX`: `min_lexical_count`); `NER_CLUSTER_CORPUS=docs.txt
//! NER_CLUSTER_OUT=clusters.tsv` (with `NER_CLUSTER_CONTEXTS`, `NER_CLUSTER_VOCAB`,
//! `NER_CLUSTER_MINC`) learns word clusters first (`NER_VECTORS_OUT=file` also writes
//! their word vectors; `NER_CLUSTER_ONLY=1` stops there).
//! `NER_SELF="K1 K2"` adds self-training variants (see `main`), scored after the base.
//! `NER_VECTORS=file` (e.g. data/ner/vectors.bin) loads word vectors for the dense
//! features (`NER_DENSE=dims`, default 128, 0 = off; `NER_DENSE_NORM` sets the vector
//! length, `NER_DENSE_POS=110` which of own word / word before / word after are used).
//! Decisions were taken on the mean of `NER_FOLD=0..=9` (see docs/eval/ner.md).
use std::time::Instant;

use anyhow::Context;
use khabar_extract::ner::autolex::AutoLex;
use khabar_extract::ner::clusters::{ClusterConfig, Clusters, Vectors};
use khabar_extract::ner::conll::{self, Scorer};
use khabar_extract::ner::crf::CrfConfig;
use khabar_extract::ner::doc::train_doc_pass;
use khabar_extract::ner::gazetteer::Gazetteer;
use khabar_extract::ner::model::{DenseConfig, Learner, Model, Scheme, Sentence, TrainConfig};
use khabar_extract::ner::recognize_document;
use khabar_extract::ner::selftrain::{
    confident_sentences, known_words, run_models, SelfTrainConfig,
};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let train_path = args
        .first()
        .context("usage: ner_dev TRAIN [CLUSTERS|-] [EVAL|-] [EPOCHS] [bio|bilou]")?;
    let mut train = conll::read(&std::fs::read_to_string(train_path)?)?;
    // `NER_CLUSTER_CORPUS=docs.txt NER_CLUSTER_OUT=clusters.tsv` (one document per
    // line) learns word clusters first (`NER_CLUSTER_CONTEXTS` sets `contexts`).
    if let (Ok(corpus), Ok(out)) = (
        std::env::var("NER_CLUSTER_CORPUS"),
        std::env::var("NER_CLUSTER_OUT"),
    ) {
        let text = std::fs::read_to_string(&corpus)?;
        let t = Instant::now();
        let cfg = ClusterConfig {
            contexts: std::env::var("NER_CLUSTER_CONTEXTS")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(ClusterConfig::default().contexts),
            vocab: std::env::var("NER_CLUSTER_VOCAB")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(ClusterConfig::default().vocab),
            min_count: std::env::var("NER_CLUSTER_MINC")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(ClusterConfig::default().min_count),
            ..ClusterConfig::default()
        };
        let c = Clusters::train(text.lines(), &cfg);
        std::fs::write(&out, c.to_tsv())?;
        if let (Ok(vout), Some(v)) = (std::env::var("NER_VECTORS_OUT"), &c.vectors) {
            std::fs::write(&vout, v.to_bytes())?;
        }
        eprintln!(
            "{} words clustered in {:.1}s",
            c.len(),
            t.elapsed().as_secs_f64()
        );
        if std::env::var("NER_CLUSTER_ONLY").is_ok() {
            return Ok(());
        }
    }
    let mut clusters = match args.get(1).map(String::as_str) {
        Some("-") | None => Clusters::default(),
        Some(p) => Clusters::from_tsv(&std::fs::read_to_string(p)?).map_err(anyhow::Error::msg)?,
    };
    if let Ok(p) = std::env::var("NER_VECTORS") {
        let v = Vectors::from_bytes(&std::fs::read(&p).with_context(|| format!("reading {p}"))?)
            .with_context(|| format!("reading {p}"))?;
        eprintln!("{} word vectors of {} dims", v.len(), v.dims());
        clusters.vectors = Some(std::sync::Arc::new(v));
    }
    let dense = DenseConfig {
        dims: std::env::var("NER_DENSE")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(DenseConfig::default().dims),
        norm: std::env::var("NER_DENSE_NORM")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1.0),
        positions: match std::env::var("NER_DENSE_POS") {
            Ok(p) => {
                let b: Vec<bool> = p.chars().map(|c| c == '1').collect();
                [0, 1, 2].map(|k| b.get(k).copied().unwrap_or(false))
            }
            Err(_) => [true; 3],
        },
    };
    let test = match args.get(2).map(String::as_str) {
        Some("-") | None => {
            // `NER_FOLD=k` (0..=9) holds out the k-th tenth instead of the last.
            let k: usize = std::env::var("NER_FOLD")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(9)
                .min(9);
            let (lo, hi) = (train.len() * k / 10, train.len() * (k + 1) / 10);
            let rest = train.split_off(hi);
            let dev = train.split_off(lo);
            train.extend(rest);
            dev
        }
        Some(p) => conll::read(&std::fs::read_to_string(p)?)?,
    };
    let epochs = args.get(3).and_then(|e| e.parse().ok()).unwrap_or(12);
    let scheme = if args.get(4).map(String::as_str) == Some("bio") {
        Scheme::Bio
    } else {
        Scheme::Bilou
    };
    let gaz = Gazetteer::get();
    let word_dropout = std::env::var("NER_DROPOUT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    let cfg = TrainConfig {
        epochs,
        scheme,
        word_dropout,
        min_feature_count: std::env::var("NER_MINC")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1),
        runs: std::env::var("NER_RUNS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(TrainConfig::default().runs),
        min_lexical_count: std::env::var("NER_MINLEX")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1),
        learner: if std::env::var("NER_LEARNER").as_deref() == Ok("crf") {
            let env = |k: &str, d: f64| {
                std::env::var(k)
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(d)
            };
            let d = CrfConfig::default();
            Learner::Crf(CrfConfig {
                l1: env("NER_L1", d.l1),
                eta0: env("NER_ETA", d.eta0),
                decay: env("NER_DECAY", d.decay),
            })
        } else {
            Learner::Perceptron
        },
        dense,
        ..TrainConfig::default()
    };
    let t0 = Instant::now();
    let mut model = Model::train(
        &train,
        clusters.clone(),
        AutoLex::default(),
        gaz,
        &cfg,
        |e, err| eprintln!("epoch {e}: token error {:.4}", err),
    );
    let mut corpus_text = None;
    if let Ok(corpus) = std::env::var("NER_CORPUS") {
        let text = std::fs::read_to_string(&corpus)?;
        let t = Instant::now();
        let min = std::env::var("NER_AUTOMIN")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(3);
        // `NER_LEX_ROUNDS=n`: rebuild the lexicon with the model trained on the
        // previous lexicon, n rounds in all (default 1).
        let rounds: usize = std::env::var("NER_LEX_ROUNDS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1);
        for _ in 0..rounds {
            let lex = AutoLex::build(&model, gaz, text.lines(), min);
            eprintln!(
                "autolex: {} words in {:.1}s",
                lex.len(),
                t.elapsed().as_secs_f64()
            );
            model = Model::train(&train, clusters.clone(), lex, gaz, &cfg, |_, _| {});
        }
        corpus_text = Some(text);
    }
    eprintln!(
        "trained in {:.1}s, {} features",
        t0.elapsed().as_secs_f64(),
        model.n_features()
    );
    model.o_bias = std::env::var("NER_OBIAS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    // `NER_SELF="5000 20000"` (with `NER_CORPUS`): self-training. The runs of the
    // model, each trained alone, tag the corpus; sentences on which all agree
    // (with ≥ 1 span) are added as training sentences, K of them per variant,
    // and the first pass is retrained (it shares the document pass trained
    // for the base model). `NER_SELF_NOVEL="K1 K2"`: only sentences with a name
    // word unseen in the training part (below); `NER_SELF_MAXTOK`: longest
    // sentence; `NER_SELF_DUMP=file`: writes the kept sentences (file.self, file.novel).
    let self_ks: Vec<usize> = env_list("NER_SELF");
    let mut variants: Vec<(String, Model)> = Vec::new();
    // `NER_SELF_NOVEL="K1 K2"`: variants whose kept sentences also need a name
    // word unseen in the training part (same run models).
    let novel_ks: Vec<usize> = env_list("NER_SELF_NOVEL");
    // `NER_SELF_PARTIAL="K1 K2"`: the sentences of `NER_SELF`, partially
    // labelled (only their spans trusted: `TrainConfig::partial_from`).
    let partial_ks: Vec<usize> = env_list("NER_SELF_PARTIAL");
    let agree_ks: Vec<usize> = self_ks.iter().chain(&partial_ks).copied().collect();
    if let (Some(text), false) = (&corpus_text, agree_ks.is_empty() && novel_ks.is_empty()) {
        let t = Instant::now();
        let runs = run_models(&train, &model.clusters, &model.autolex, gaz, &cfg);
        eprintln!(
            "self-training: {} run models in {:.1}s",
            runs.len(),
            t.elapsed().as_secs_f64()
        );
        let docs: Vec<&str> = text.lines().collect();
        let known = known_words(&train);
        for (mode, ks, novel) in [("self", &agree_ks, false), ("novel", &novel_ks, true)] {
            let Some(&kmax) = ks.iter().max() else {
                continue;
            };
            let st = SelfTrainConfig {
                novel_only: novel,
                max_tokens: std::env::var("NER_SELF_MAXTOK")
                    .ok()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(SelfTrainConfig::default().max_tokens),
                ..SelfTrainConfig::default()
            };
            let t = Instant::now();
            let (extra, stats) = confident_sentences(&runs, gaz, &docs, kmax, &known, &st);
            eprintln!(
                "self-training ({mode}): {stats:?} in {:.1}s",
                t.elapsed().as_secs_f64()
            );
            if let Ok(out) = std::env::var("NER_SELF_DUMP") {
                let mut s = String::new();
                for x in &extra {
                    let mut line = String::new();
                    for (i, w) in x.tokens.iter().enumerate() {
                        if let Some(&(_, _, l)) = x.spans.iter().find(|sp| sp.0 == i) {
                            line.push_str(&format!("[{} ", l.as_str()));
                        }
                        line.push_str(w);
                        if x.spans.iter().any(|sp| sp.1 == i + 1) {
                            line.push(']');
                        }
                        line.push(' ');
                    }
                    s.push_str(line.trim_end());
                    s.push('\n');
                }
                std::fs::write(format!("{out}.{mode}"), s)?;
            }
            let jobs: Vec<(&str, usize, bool)> = if novel {
                novel_ks.iter().map(|&k| (mode, k, false)).collect()
            } else {
                self_ks
                    .iter()
                    .map(|&k| (mode, k, false))
                    .chain(partial_ks.iter().map(|&k| ("partial", k, true)))
                    .collect()
            };
            for (mode, k, partial) in jobs {
                let t = Instant::now();
                let data: Vec<_> = train
                    .iter()
                    .cloned()
                    .chain(extra.iter().take(k).cloned())
                    .collect();
                let pcfg = TrainConfig {
                    partial_from: if partial { train.len() } else { usize::MAX },
                    ..cfg.clone()
                };
                let mut m = Model::train(
                    &data,
                    model.clusters.clone(),
                    model.autolex.clone(),
                    gaz,
                    &pcfg,
                    |_, _| {},
                );
                m.o_bias = model.o_bias;
                eprintln!(
                    "self-training ({mode}): +{} sentences, retrained in {:.1}s",
                    k.min(extra.len()),
                    t.elapsed().as_secs_f64()
                );
                variants.push((format!("{mode} {}", k.min(extra.len())), m));
            }
        }
    }
    // `NER_DOC=k`: a document-evidence pass trained with evidence from ±k
    // sentences (first-pass labels of the training sentences by `NER_JACK`-fold jackknife).
    if let Some(k) = std::env::var("NER_DOC").ok().and_then(|v| v.parse().ok()) {
        let jack = std::env::var("NER_JACK")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(5);
        let t = Instant::now();
        let prune = std::env::var("NER_DOC_PRUNE")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0.0);
        train_doc_pass(&mut model, &train, gaz, &cfg, jack, k, prune, |m| {
            eprintln!("{m}")
        });
        eprintln!(
            "document pass (±{k}, {jack}-fold jackknife) in {:.1}s",
            t.elapsed().as_secs_f64()
        );
    }
    let bytes = model.to_bytes();
    eprintln!("model size {} bytes", bytes.len());
    if let Ok(out) = std::env::var("NER_OUT") {
        std::fs::write(&out, &bytes)?;
    }
    // `NER_GROUP=n`: consecutive dev sentences form documents of n sentences.
    let group: usize = std::env::var("NER_GROUP")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
        .max(1);
    // `NER_DOC_ROUNDS="1 2"`: score with each number of document-pass runs in turn.
    let rounds: Vec<usize> = std::env::var("NER_DOC_ROUNDS")
        .ok()
        .map(|v| {
            v.split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect()
        })
        .unwrap_or_else(|| vec![model.doc_rounds]);
    variants.insert(0, ("base".to_string(), model));
    for vi in 0..variants.len() {
        if vi > 0 {
            let (done, rest) = variants.split_at_mut(vi);
            rest[0].1.take_doc_pass(&mut done[vi - 1].1);
        }
        let (vname, model) = &mut variants[vi];
        println!("### variant: {vname}");
        score(model, &test, group, &rounds, gaz);
    }
    Ok(())
}

/// Scores `model` on `test` in documents of `group` sentences, tagger alone and
/// pipeline, once per number of document-pass runs in `rounds`.
fn score(model: &mut Model, test: &[Sentence], group: usize, rounds: &[usize], gaz: &Gazetteer) {
    for &r in rounds {
        model.doc_rounds = r;
        println!("## document-pass rounds: {r}");
        for (name, use_gaz) in [("model only", false), ("pipeline", true)] {
            let mut sc = Scorer::default();
            let t1 = Instant::now();
            for chunk in test.chunks(group) {
                let docs: Vec<Vec<&str>> = chunk
                    .iter()
                    .map(|s| s.tokens.iter().map(String::as_str).collect())
                    .collect();
                let preds: Vec<Vec<_>> = if use_gaz {
                    recognize_document(&docs, Some(&*model), gaz)
                        .into_iter()
                        .map(|fs| fs.into_iter().map(|f| (f.start, f.end, f.label)).collect())
                        .collect()
                } else {
                    model.tag_document(&docs, gaz)
                };
                for ((s, toks), pred) in chunk.iter().zip(&docs).zip(preds) {
                    sc.add(toks.len(), &s.spans, &pred);
                    if std::env::var("NER_DEBUG")
                        .is_ok_and(|v| v == name || v == "all" || (use_gaz && v == "1"))
                    {
                        let tag = if use_gaz { "P" } else { "M" };
                        for p in &pred {
                            if !s.spans.contains(p) {
                                let lo = p.0.saturating_sub(3);
                                let hi = (p.1 + 3).min(toks.len());
                                println!(
                                    "{tag} SPUR {:?} [{}] ctx: {}",
                                    p.2,
                                    toks[p.0..p.1].join(" "),
                                    toks[lo..hi].join(" ")
                                );
                            }
                        }
                        for g in &s.spans {
                            if !pred.contains(g) {
                                let lo = g.0.saturating_sub(3);
                                let hi = (g.1 + 3).min(toks.len());
                                let got: Vec<String> = pred
                                    .iter()
                                    .filter(|p| p.0 < g.1 && g.0 < p.1)
                                    .map(|p| format!("{:?}:{}", p.2, toks[p.0..p.1].join(" ")))
                                    .collect();
                                println!(
                                    "{tag} MISS {:?} [{}] ctx: {} | got {:?}",
                                    g.2,
                                    toks[g.0..g.1].join(" "),
                                    toks[lo..hi].join(" "),
                                    got
                                );
                            }
                        }
                    }
                }
            }
            let dt = t1.elapsed().as_secs_f64();
            println!(
                "## {name} ({:.0} tokens/s)\n{}",
                sc.tokens as f64 / dt,
                sc.report()
            );
        }
    }
}

/// The whitespace-separated numbers of environment variable `name` (none if unset).
fn env_list(name: &str) -> Vec<usize> {
    std::env::var(name)
        .map(|v| {
            v.split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect()
        })
        .unwrap_or_default()
}
