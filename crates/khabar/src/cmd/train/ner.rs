//! `khabar train ner` (the NER model) and `khabar train ner-clusters` (the word
//! clusters it uses as features). Both are deterministic: same inputs, same bytes.
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use khabar_extract::ner::autolex::AutoLex;
use khabar_extract::ner::clusters::{ClusterConfig, Clusters, Vectors};
use khabar_extract::ner::conll;
use khabar_extract::ner::doc::train_doc_pass;
use khabar_extract::ner::gazetteer::Gazetteer;
use khabar_extract::ner::model::{DenseConfig, Model, Scheme, TrainConfig};
use khabar_extract::ner::selftrain::{
    confident_sentences, known_words, run_models, SelfTrainConfig,
};
use khabar_extract::ner::usage::PlaceUsage;

#[derive(clap::Args)]
pub struct Args {
    /// Training data: `token TAG` lines (BIO over PERS/ORG/LOC/MISC), blank line
    /// between sentences, e.g. ../shared/data/ner/anercorp/train.txt.
    #[arg(long)]
    train: PathBuf,
    /// Word clusters (`word<TAB>bits`, from `khabar train ner-clusters`).
    #[arg(long, default_value = "data/ner/clusters.tsv")]
    clusters: PathBuf,
    /// Word vectors of the cluster words (`khabar train ner-clusters --vectors`) for
    /// the dense word-vector features; `-` for none.
    #[arg(long, default_value = "data/ner/vectors.bin")]
    vectors: PathBuf,
    /// Vector components the dense features use (0 = none, the shipped model). 128
    /// gave +0.37 cross-validated F1 (pipeline, 7 of 10 folds better) but −0.7 on
    /// the test split and +33 ms start-up, so it is off (docs/eval/ner.md, session 9).
    #[arg(long, default_value_t = 0)]
    dense_dims: usize,
    /// Output model file (compiled into khabar by `include_bytes!`: rebuild after training).
    #[arg(long, default_value = "models/ner.bin")]
    out: PathBuf,
    /// The curated gazetteer the model's gazetteer features are trained with: a frozen
    /// copy of `data/gazetteers/curated.tsv` (the shipped model's, see data/ner/README.md),
    /// so that rows added to the run-time list do not change what this command
    /// produces; `-` trains with the list compiled into this binary. Countries and
    /// cities come from `--gazetteer-dir`.
    #[arg(long, default_value = "data/ner/train-curated.tsv")]
    train_curated: PathBuf,
    /// Directory with the gazetteer's `countries.tsv` and `cities.tsv` (used with
    /// `--train-curated`).
    #[arg(long, default_value = "data/gazetteers")]
    gazetteer_dir: PathBuf,
    /// Perceptron passes over the data (6 was best on a held-out 10% of train).
    #[arg(long, default_value_t = 6)]
    epochs: usize,
    /// Tag scheme: bio or bilou.
    #[arg(long, default_value = "bio")]
    scheme: String,
    /// Raw news corpus (JSON lines, optionally gzipped) for the unsupervised name
    /// lexicon, e.g. ../shared/data/corpus/ant-multisource.jsonl.gz. Without it the
    /// model has no lexicon features.
    #[arg(long)]
    corpus: Option<PathBuf>,
    /// Rounds of the name lexicon: each further round rebuilds the lexicon with the
    /// model trained on the previous round's. 2 rounds gave +0.3 F1 in 10-fold
    /// cross-validation but −0.14 on the test split (docs/eval/ner.md, sixth round),
    /// so the shipped model uses 1.
    #[arg(long, default_value_t = 1)]
    lex_rounds: usize,
    /// Random seed for the order of training sentences.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Independent perceptron runs (seeds seed, seed+1, …) whose averaged weights
    /// are averaged (in 10-fold cross-validation on train: 4 gave +1 F1 over 1,
    /// 8 another +0.23 over 4; docs/eval/ner.md, session 7).
    #[arg(long, default_value_t = 8)]
    runs: usize,
    /// Parts of the jackknife that gives the training sentences first-pass labels
    /// for the document-evidence pass; 0 = no document pass.
    #[arg(long, default_value_t = 5)]
    doc_folds: usize,
    /// Document evidence in training comes from the sentences within ±this many
    /// (train.txt is running text without article boundaries).
    #[arg(long, default_value_t = 15)]
    doc_window: usize,
    /// Keep only the document pass's weight rows with a weight of at least this
    /// absolute value (1 keeps 60k of 250k rows at the same cross-validated F1,
    /// 78.05 vs 78.08; a smaller table is faster; 0 keeps all).
    #[arg(long, default_value_t = 1.0)]
    doc_prune: f32,
    /// Self-training (needs `--corpus`): the `--runs` perceptron runs, each trained
    /// alone, tag the corpus; up to this many sentences on which all of them give
    /// the same spans (at least one) are added to the training data and the first
    /// pass is retrained (the document pass learns from the annotated data only).
    /// Deterministic; 0 = off (docs/eval/ner.md, "Session 14: self-training").
    #[arg(long, default_value_t = 0)]
    self_train: usize,
    /// With `--self-train`: keep only sentences with a name word that the
    /// annotated data does not have.
    #[arg(long)]
    self_train_novel: bool,
    /// With `--self-train`: trust only the spans of the added sentences (their
    /// other tokens may take any tag in training).
    #[arg(long)]
    self_train_partial: bool,
}

pub fn run(args: Args) -> Result<()> {
    let t0 = Instant::now();
    if args.self_train > 0 && args.corpus.is_none() {
        bail!("--self-train needs --corpus");
    }
    let text = std::fs::read_to_string(&args.train)
        .with_context(|| format!("reading training data {}", args.train.display()))?;
    let data = conll::read(&text).with_context(|| format!("parsing {}", args.train.display()))?;
    if data.is_empty() {
        bail!("{}: no sentences found", args.train.display());
    }
    let mut clusters = if args.clusters.as_os_str() == "-" {
        Clusters::default()
    } else {
        let s = std::fs::read_to_string(&args.clusters).with_context(|| {
            format!(
                "reading clusters {} (make them with `khabar train ner-clusters`, or pass `--clusters -` for none)",
                args.clusters.display()
            )
        })?;
        Clusters::from_tsv(&s).map_err(|e| anyhow::anyhow!("{}: {e}", args.clusters.display()))?
    };
    if args.vectors.as_os_str() != "-" && args.dense_dims > 0 {
        let b = std::fs::read(&args.vectors).with_context(|| {
            format!(
                "reading word vectors {} (make them with `khabar train ner-clusters --vectors FILE`, or pass `--vectors -` for none)",
                args.vectors.display()
            )
        })?;
        let v = Vectors::from_bytes(&b)
            .with_context(|| format!("reading word vectors {}", args.vectors.display()))?;
        clusters.vectors = Some(std::sync::Arc::new(v));
    }
    let scheme = match args.scheme.as_str() {
        "bio" => Scheme::Bio,
        "bilou" => Scheme::Bilou,
        other => bail!("unknown --scheme {other:?}: use bio or bilou"),
    };
    let cfg = TrainConfig {
        epochs: args.epochs,
        seed: args.seed,
        scheme,
        runs: args.runs,
        dense: DenseConfig {
            dims: args.dense_dims,
            ..DenseConfig::default()
        },
        ..TrainConfig::default()
    };
    let tokens: usize = data.iter().map(|s| s.tokens.len()).sum();
    eprintln!(
        "{} sentences, {tokens} tokens, {} cluster words",
        data.len(),
        clusters.len()
    );
    let frozen;
    let gaz: &Gazetteer = if args.train_curated.as_os_str() == "-" {
        Gazetteer::get()
    } else {
        let read = |p: &Path| {
            std::fs::read_to_string(p).with_context(|| {
                format!(
                    "reading gazetteer {} (pass `--train-curated -` to train with the compiled-in list)",
                    p.display()
                )
            })
        };
        let curated = read(&args.train_curated)?;
        let countries = read(&args.gazetteer_dir.join("countries.tsv"))?;
        let cities = read(&args.gazetteer_dir.join("cities.tsv"))?;
        frozen = Gazetteer::build(&countries, &cities, &curated);
        &frozen
    };
    let progress = |e: usize, err: f64| eprintln!("epoch {e}: training token error {err:.4}");
    let mut model = Model::train(
        &data,
        clusters.clone(),
        AutoLex::default(),
        gaz,
        &cfg,
        progress,
    );
    if let Some(corpus) = &args.corpus {
        // Second stage: the first model tags raw news; the label each word usually
        // gets there becomes a feature of the final model.
        // Each further round rebuilds the lexicon with the model trained on the
        // previous one (a better tagger gives a better lexicon).
        let docs = read_corpus(corpus)?;
        for round in 1..=args.lex_rounds {
            let t = Instant::now();
            let lex = AutoLex::build(&model, gaz, docs.iter().map(String::as_str), 3);
            eprintln!(
                "name lexicon, round {round}, from {} documents: {} words in {:.1}s",
                docs.len(),
                lex.len(),
                t.elapsed().as_secs_f64()
            );
            model = Model::train(&data, clusters.clone(), lex, gaz, &cfg, progress);
        }
        if args.self_train > 0 {
            let t = Instant::now();
            let runs = run_models(&data, &model.clusters, &model.autolex, gaz, &cfg);
            let st = SelfTrainConfig {
                novel_only: args.self_train_novel,
                ..SelfTrainConfig::default()
            };
            let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
            let (extra, stats) =
                confident_sentences(&runs, gaz, &refs, args.self_train, &known_words(&data), &st);
            drop(runs);
            eprintln!(
                "self-training: {} sentences kept of {} with names ({} tagged, {} documents) in {:.1}s",
                stats.kept,
                stats.with_entities,
                stats.tagged,
                stats.documents,
                t.elapsed().as_secs_f64()
            );
            let all: Vec<_> = data.iter().cloned().chain(extra).collect();
            let scfg = TrainConfig {
                partial_from: if args.self_train_partial {
                    data.len()
                } else {
                    usize::MAX
                },
                ..cfg.clone()
            };
            model = Model::train(
                &all,
                model.clusters.clone(),
                model.autolex.clone(),
                gaz,
                &scfg,
                progress,
            );
        }
    }
    if args.doc_folds > 0 {
        // Third stage: names recur within an article; a second model learns to use
        // what the first pass found in the other sentences (khabar_extract::ner::doc).
        let t = Instant::now();
        train_doc_pass(
            &mut model,
            &data,
            gaz,
            &cfg,
            args.doc_folds,
            args.doc_window,
            args.doc_prune,
            |m| eprintln!("{m}"),
        );
        eprintln!("document pass in {:.1}s", t.elapsed().as_secs_f64());
    }
    let bytes = model.to_bytes();
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(&args.out, &bytes).with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!(
        "wrote {} ({} bytes, {} features) in {:.1}s; rebuild khabar to ship it",
        args.out.display(),
        bytes.len(),
        model.n_features(),
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}

#[derive(clap::Args)]
pub struct ClusterArgs {
    /// News corpus: JSON lines (optionally gzipped) with `title`/`text` fields,
    /// e.g. ../shared/data/corpus/ant-multisource.jsonl.gz.
    #[arg(long)]
    corpus: PathBuf,
    /// Output file (`word<TAB>bits`).
    #[arg(long, default_value = "data/ner/clusters.tsv")]
    out: PathBuf,
    /// Output file for the word vectors the clusters are made from (i8-quantized;
    /// the dense features of `khabar train ner`); `-` for none.
    #[arg(long, default_value = "data/ner/vectors.bin")]
    vectors: PathBuf,
    /// Vocabulary size (most frequent folded words).
    #[arg(long, default_value_t = 50_000)]
    vocab: usize,
    /// Depth of the binary cluster tree.
    #[arg(long, default_value_t = 14)]
    depth: u8,
    /// Minimum corpus frequency of a clustered word.
    #[arg(long, default_value_t = 8)]
    min_count: u32,
    /// Number of most frequent words used as context features.
    #[arg(long, default_value_t = 3000)]
    contexts: usize,
    /// Context window (1: neighbours at ±1; 2: ±1 and ±2).
    #[arg(long, default_value_t = 1)]
    window: usize,
    /// Dimensions of the word vectors (truncated SVD of the PPMI matrix).
    #[arg(long, default_value_t = 128)]
    dims: usize,
    /// Word vectors are U·Σ^p (p = this).
    #[arg(long, default_value_t = 0.5)]
    sigma_power: f64,
}

pub fn run_clusters(args: ClusterArgs) -> Result<()> {
    let t0 = Instant::now();
    let docs = read_corpus(&args.corpus)?;
    eprintln!(
        "{} documents read in {:.1}s",
        docs.len(),
        t0.elapsed().as_secs_f64()
    );
    let cfg = ClusterConfig {
        vocab: args.vocab,
        depth: args.depth,
        min_count: args.min_count,
        contexts: args.contexts,
        window: args.window,
        dims: args.dims,
        sigma_power: args.sigma_power,
        ..ClusterConfig::default()
    };
    let c = Clusters::train(docs.iter().map(String::as_str), &cfg);
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(&args.out, c.to_tsv())
        .with_context(|| format!("writing {}", args.out.display()))?;
    if let (Some(v), true) = (&c.vectors, args.vectors.as_os_str() != "-") {
        std::fs::write(&args.vectors, v.to_bytes())
            .with_context(|| format!("writing {}", args.vectors.display()))?;
    }
    eprintln!(
        "{} words clustered into {} in {:.1}s",
        c.len(),
        args.out.display(),
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}

#[derive(clap::Args)]
pub struct PlaceUsageArgs {
    /// News corpus: JSON lines (optionally gzipped) with `title`/`text` fields,
    /// e.g. ../shared/data/corpus/ant-multisource.jsonl.gz.
    #[arg(long)]
    corpus: PathBuf,
    /// Output file (compiled into khabar by `include_str!`: rebuild after training).
    #[arg(long, default_value = "data/gazetteers/place-usage.tsv")]
    out: PathBuf,
    /// Keep words seen at least this many times (rarer words stay candidates anyway).
    #[arg(long, default_value_t = khabar_extract::ner::usage::MIN_COUNT)]
    min_count: u32,
}

/// `khabar train ner-place-usage`: how news uses the words the gazetteer knows as
/// mid-size cities (see `khabar_extract::ner::usage`).
pub fn run_place_usage(args: PlaceUsageArgs) -> Result<()> {
    let t0 = Instant::now();
    let docs = read_corpus(&args.corpus)?;
    let usage = PlaceUsage::build(Gazetteer::get(), docs.iter().map(String::as_str));
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(&args.out, usage.to_tsv(args.min_count))
        .with_context(|| format!("writing {}", args.out.display()))?;
    eprintln!(
        "{} candidate city words counted over {} documents into {} in {:.1}s",
        usage.len(),
        docs.len(),
        args.out.display(),
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Title + text of every JSON line of a (gzipped) corpus.
fn read_corpus(path: &Path) -> Result<Vec<String>> {
    let file =
        std::fs::File::open(path).with_context(|| format!("opening corpus {}", path.display()))?;
    let reader: Box<dyn Read> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut docs = Vec::new();
    for (i, line) in BufReader::new(reader).lines().enumerate() {
        let line = line.with_context(|| format!("{}: reading line {}", path.display(), i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line)
            .with_context(|| format!("{}: line {} is not a JSON object", path.display(), i + 1))?;
        let mut doc = String::new();
        for field in ["title", "text"] {
            if let Some(t) = v.get(field).and_then(|t| t.as_str()) {
                doc.push_str(t);
                doc.push('\n');
            }
        }
        if doc.is_empty() {
            bail!(
                "{}: line {} has neither a `title` nor a `text` string field",
                path.display(),
                i + 1
            );
        }
        docs.push(doc);
    }
    if docs.is_empty() {
        bail!("{}: no documents found", path.display());
    }
    Ok(docs)
}
