//! The sequence tagger: a linear-chain model (emission + transition weights)
//! trained with the averaged structured perceptron and decoded with Viterbi
//! under the tag scheme's constraints; plus its compact binary format.
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use super::autolex::AutoLex;
use super::clusters::{Clusters, Flat, Path, NO_FLAT};
use super::crf::{self, CrfConfig};
use super::doc;
use super::features::{
    analyze_tokens, emb_feature, emb_key, emb_keys, embedding_features, token_features, TokenInfo,
    COMPATIBLE_FEATURE_VERSIONS, EMB_POSITIONS, FEATURE_VERSION, LEXICAL,
};
use super::gazetteer::{Gazetteer, Label, Match};
use super::hash::{Fnv, IdentityBuild, Rng};
use super::rowtable::RowTable;

mod memo;
use memo::{Memo, Slot};

/// Tagging scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Bio,
    Bilou,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    O,
    B,
    I,
    L,
    U,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tag {
    pub pos: Pos,
    pub label: Option<Label>,
}

impl Scheme {
    pub fn tags(self) -> Vec<Tag> {
        let mut v = vec![Tag {
            pos: Pos::O,
            label: None,
        }];
        let positions: &[Pos] = match self {
            Scheme::Bio => &[Pos::B, Pos::I],
            Scheme::Bilou => &[Pos::B, Pos::I, Pos::L, Pos::U],
        };
        for l in Label::ALL {
            for &pos in positions {
                v.push(Tag {
                    pos,
                    label: Some(l),
                });
            }
        }
        v
    }

    /// Whether `cur` may follow `prev` (`None` = sentence start).
    pub fn allowed(self, prev: Option<Tag>, cur: Tag) -> bool {
        let open = |t: Option<Tag>| {
            t.filter(|t| matches!(t.pos, Pos::B | Pos::I))
                .and_then(|t| t.label)
        };
        match self {
            Scheme::Bio => cur.pos != Pos::I || open(prev) == cur.label,
            Scheme::Bilou => match open(prev) {
                Some(l) => matches!(cur.pos, Pos::I | Pos::L) && cur.label == Some(l),
                None => matches!(cur.pos, Pos::O | Pos::B | Pos::U),
            },
        }
    }

    /// Whether a sentence may end in `t`.
    pub fn can_end(self, t: Tag) -> bool {
        match self {
            Scheme::Bio => true,
            Scheme::Bilou => matches!(t.pos, Pos::O | Pos::L | Pos::U),
        }
    }

    /// Tag indices for gold spans over `n` tokens.
    pub fn encode(self, n: usize, spans: &[(usize, usize, Label)]) -> Vec<usize> {
        let tags = self.tags();
        let idx = |pos: Pos, l: Label| {
            tags.iter()
                .position(|t| t.pos == pos && t.label == Some(l))
                .unwrap_or(0)
        };
        let mut out = vec![0; n];
        for &(s, e, l) in spans {
            for (k, slot) in out.iter_mut().enumerate().take(e.min(n)).skip(s) {
                *slot = match self {
                    Scheme::Bio if k == s => idx(Pos::B, l),
                    Scheme::Bio => idx(Pos::I, l),
                    Scheme::Bilou if e - s == 1 => idx(Pos::U, l),
                    Scheme::Bilou if k == s => idx(Pos::B, l),
                    Scheme::Bilou if k + 1 == e => idx(Pos::L, l),
                    Scheme::Bilou => idx(Pos::I, l),
                };
            }
        }
        out
    }

    /// Spans `(start, end, label)` from a tag sequence (lenient, conlleval-style).
    pub fn decode(self, tags: &[Tag]) -> Vec<(usize, usize, Label)> {
        let mut out = Vec::new();
        let mut cur: Option<(usize, Label)> = None;
        for (k, t) in tags.iter().enumerate() {
            let continues = matches!(t.pos, Pos::I | Pos::L) && cur.map(|c| c.1) == t.label;
            if !continues {
                if let Some((s, l)) = cur.take() {
                    out.push((s, k, l));
                }
                if let Some(l) = t.label {
                    cur = Some((k, l));
                }
            }
            if matches!(t.pos, Pos::L | Pos::U) {
                if let Some((s, l)) = cur.take() {
                    out.push((s, k + 1, l));
                }
            }
        }
        if let Some((s, l)) = cur {
            out.push((s, tags.len(), l));
        }
        out
    }
}

/// Errors reading a model file.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("not a khabar NER model (bad magic bytes); retrain with `khabar train ner`")]
    Magic,
    #[error("NER model format version {0} is not supported (expected {FORMAT_VERSION}); retrain with `khabar train ner`")]
    Format(u16),
    #[error("NER model was trained with feature set v{found}, this build uses v{FEATURE_VERSION}; retrain with `khabar train ner`")]
    Features { found: u32 },
    #[error("NER model is truncated or corrupt at byte {0}; retrain with `khabar train ner`")]
    Truncated(usize),
    #[error("NER model checksum mismatch (file corrupt); retrain with `khabar train ner`")]
    Checksum,
}

const MAGIC: &[u8; 8] = b"KHABNER\0";
const FORMAT_VERSION: u16 = 5;
/// Default [`Model::doc_rounds`]. A second run (evidence from the first run's
/// corrected spans) gained only +0.07 cross-validated F1 for ≈ 10 % more
/// analysis time (docs/eval/ner.md, session 7), so one run is the default.
pub const DOC_ROUNDS: usize = 1;

/// Entity spans (token indices, end-exclusive) of each sentence of a document.
pub type DocSpans = Vec<Vec<(usize, usize, Label)>>;

pub struct Model {
    pub scheme: Scheme,
    tags: Vec<Tag>,
    weights: Weights,
    /// (tags + 1) × tags; the last row is the sentence start.
    trans: Vec<f32>,
    pub clusters: Clusters,
    pub autolex: AutoLex,
    /// Subtracted from the `O` tag's score of every token: trades precision for
    /// recall (the perceptron under-predicts entities); tuned on held-out data.
    pub o_bias: f32,
    /// Second pass with document evidence ([`Model::tag_document`]).
    doc_pass: Option<Pass>,
    /// How many times the document pass runs: each run takes its evidence from
    /// the previous run's spans (not stored in the model file).
    pub doc_rounds: usize,
    /// Per-word-type memos of a packed model, one per concurrent tagging call
    /// ([`memo`]). They hold facts derived from `clusters` and `autolex`, which
    /// must not change once the model has tagged.
    memos: Mutex<Vec<Memo>>,
}

/// The weights of the document-evidence pass: a model trained on the same
/// features plus [`doc`] features, sharing this model's clusters and lexicon.
struct Pass {
    weights: Weights,
    trans: Vec<f32>,
}

/// Emission weights per hashed feature.
enum Weights {
    /// As trained: feature → row, and rows × tags `f32` weights.
    Dense {
        index: HashMap<u64, u32, IdentityBuild>,
        weights: Vec<f32>,
    },
    /// As read from a model file: the quantized rows in a probe-friendly table
    /// (one cache line per lookup); scores are bit-identical to `Dense` built from
    /// the same file.
    Packed(RowTable),
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub epochs: usize,
    pub seed: u64,
    pub scheme: Scheme,
    /// Features seen fewer times than this in training are dropped.
    pub min_feature_count: u32,
    /// Word-identity features (the first [`LEXICAL`] of a token) seen fewer
    /// times than this are dropped, so that rare names are learned from their
    /// context, affixes and clusters rather than memorized.
    pub min_lexical_count: u32,
    /// Probability of hiding a token's word-identity features in a training pass.
    pub word_dropout: f64,
    /// Independent training runs (sentence orders seeded `seed`, `seed + 1`, …)
    /// whose averaged weights are averaged again: lowers the variance of the
    /// perceptron, whose result otherwise depends noticeably on the order.
    pub runs: usize,
    /// The learner: averaged perceptron or L1-regularized CRF.
    pub learner: Learner,
    /// Real-valued word-vector features (perceptron only; needs
    /// [`Clusters::vectors`]).
    pub dense: DenseConfig,
    /// Sentences from this index on are partially labelled (perceptron only;
    /// self-training, [`super::selftrain`]): only their spans are trusted. Their
    /// gold path in an update is the best path of the current weights that keeps
    /// every span exactly; the other tokens may take any tag. `usize::MAX`: all
    /// sentences are fully labelled.
    pub partial_from: usize,
}

/// Dense word-vector features: for the token's word and its neighbours, the
/// first `dims` components of its vector ([`super::clusters::Vectors`]), scaled
/// to length `norm`, with a weight block per position and tag learned by the
/// averaged perceptron like the sparse weights. A trained model stores, per
/// vocabulary word and position, the scores `W_p · v` as an ordinary feature row
/// ([`super::features::emb_feature`]), so tagging costs no more than a lookup.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DenseConfig {
    /// Vector components used; 0 = no dense features.
    pub dims: usize,
    /// Length of the vectors: an update then moves a score by `norm²` (1 = as
    /// much as one sparse feature).
    pub norm: f32,
    /// Which of [`EMB_POSITIONS`] (own word, word before, word after) are used.
    pub positions: [bool; 3],
}

impl Default for DenseConfig {
    /// 128 components at length 1 (10-fold cross-validation: pipeline F1
    /// 79.37 → 79.75, 7 of 10 folds better; docs/eval/ner.md, session 9).
    fn default() -> Self {
        DenseConfig {
            dims: 128,
            norm: 1.0,
            positions: [true; 3],
        }
    }
}

/// How the weights are learned (the features and the decoder are the same).
#[derive(Debug, Clone)]
pub enum Learner {
    /// Averaged structured perceptron (`runs` × `epochs`, averaged).
    Perceptron,
    /// Linear-chain CRF, SGD with cumulative L1 penalty (`epochs`; `runs` unused).
    Crf(CrfConfig),
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 6,
            seed: 7,
            scheme: Scheme::Bio,
            min_feature_count: 1,
            min_lexical_count: 1,
            word_dropout: 0.0,
            runs: 8,
            learner: Learner::Perceptron,
            dense: DenseConfig::default(),
            partial_from: usize::MAX,
        }
    }
}

/// A training sentence: tokens and gold spans (token indices, end-exclusive).
#[derive(Debug, Clone)]
pub struct Sentence {
    pub tokens: Vec<String>,
    pub spans: Vec<(usize, usize, Label)>,
    /// Extra features per token (document-level evidence, [`super::doc`]); empty = none.
    pub extra: Vec<Vec<u64>>,
}

impl Model {
    pub fn n_tags(&self) -> usize {
        self.tags.len()
    }

    pub fn n_features(&self) -> usize {
        match &self.weights {
            Weights::Dense { index, .. } => index.len(),
            Weights::Packed(t) => t.len(),
        }
    }

    /// Tags a sentence; returns entity spans over token indices.
    pub fn tag(&self, tokens: &[&str], gaz: &Gazetteer) -> Vec<(usize, usize, Label)> {
        if tokens.is_empty() {
            return Vec::new();
        }
        if let Weights::Packed(table) = &self.weights {
            return self.with_memo(gaz, |memo| {
                let sent = memo.sentence(tokens, gaz, &self.clusters, &self.autolex);
                let emis = memo.score(Slot::First, table, &sent, tokens, &[], self.o_bias);
                self.decode(&emis, &self.trans)
            });
        }
        let infos = analyze_tokens(tokens, gaz, &self.clusters, &self.autolex);
        self.decode(&self.score(&self.weights, &infos, tokens, &[]), &self.trans)
    }

    /// Runs `f` with a memo of this model for gazetteer `gaz` (taken from the
    /// pool, or new), then returns the memo to the pool.
    fn with_memo<R>(&self, gaz: &Gazetteer, f: impl FnOnce(&mut Memo) -> R) -> R {
        let taken = self
            .memos
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        let mut memo = taken.unwrap_or_default();
        memo.begin(gaz);
        let out = f(&mut memo);
        self.memos
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(memo);
        out
    }

    /// [`Model::tag_document`] for a packed model (and document pass, if any):
    /// scores from the per-word-type memo. Also returns the gazetteer matches
    /// of each sentence's folded tokens.
    fn tag_document_packed(
        &self,
        table: &RowTable,
        doc_table: Option<(&RowTable, &[f32])>,
        sentences: &[Vec<&str>],
        gaz: &Gazetteer,
    ) -> (DocSpans, Vec<Vec<Match>>) {
        self.with_memo(gaz, |memo| {
            let mut sents: Vec<_> = sentences
                .iter()
                .map(|s| memo.sentence(s, gaz, &self.clusters, &self.autolex))
                .collect();
            let first: Vec<Vec<(usize, usize, Label)>> = sents
                .iter()
                .zip(sentences)
                .map(|(sent, s)| {
                    let emis = memo.score(Slot::First, table, sent, s, &[], self.o_bias);
                    self.decode(&emis, &self.trans)
                })
                .collect();
            let Some((doc_table, doc_trans)) = doc_table.filter(|_| sentences.len() > 1) else {
                return (
                    first,
                    sents.iter_mut().map(memo::Sentence::take_matches).collect(),
                );
            };
            // The comparison forms, copied into one buffer (the memo is
            // borrowed mutably while re-tagging).
            let mut buf = String::new();
            let mut ends: Vec<usize> = Vec::new();
            for &id in sents.iter().flat_map(|sent| sent.ids()) {
                buf.push_str(memo.bare(id));
                ends.push(buf.len());
            }
            let mut words = ends.iter().scan(0, |start, &end| {
                Some(buf.get(std::mem::replace(start, end)..end).unwrap_or(""))
            });
            let forms: Vec<Vec<&str>> = sents
                .iter()
                .map(|sent| words.by_ref().take(sent.ids().len()).collect())
                .collect();
            let spans = self.document_rounds(&forms, first, |k, extra| {
                let emis = memo.score(
                    Slot::Doc,
                    doc_table,
                    &sents[k],
                    &sentences[k],
                    extra,
                    self.o_bias,
                );
                self.decode(&emis, doc_trans)
            });
            (
                spans,
                sents.iter_mut().map(memo::Sentence::take_matches).collect(),
            )
        })
    }

    /// Best spans for emission scores (tokens × tags) under transition scores `trans`.
    fn decode(&self, emis: &[f32], trans: &[f32]) -> Vec<(usize, usize, Label)> {
        let path = viterbi(self.scheme, &self.tags, emis, trans);
        let tags: Vec<Tag> = path.iter().map(|&k| self.tags[k]).collect();
        self.scheme.decode(&tags)
    }

    /// Tags the sentences of one document. With a document pass, the spans the
    /// first pass found in the *other* sentences become features ([`doc`]) of a
    /// second model that tags again every sentence with such evidence.
    pub fn tag_document(
        &self,
        sentences: &[Vec<&str>],
        gaz: &Gazetteer,
    ) -> Vec<Vec<(usize, usize, Label)>> {
        self.tag_document_scanned(sentences, gaz).0
    }

    /// [`Model::tag_document`], and the gazetteer matches `gaz.scan` of each
    /// sentence's tokens folded with [`super::norm::fold`] when the tagger
    /// computed them anyway (`None` when it did not).
    pub fn tag_document_scanned(
        &self,
        sentences: &[Vec<&str>],
        gaz: &Gazetteer,
    ) -> (DocSpans, Option<Vec<Vec<Match>>>) {
        if let Weights::Packed(table) = &self.weights {
            let packed = match self.doc_pass.as_ref().map(|p| (&p.weights, &p.trans)) {
                None => Some(self.tag_document_packed(table, None, sentences, gaz)),
                Some((Weights::Packed(d), trans)) => {
                    Some(self.tag_document_packed(table, Some((d, trans)), sentences, gaz))
                }
                Some(_) => None,
            };
            if let Some((spans, matches)) = packed {
                return (spans, Some(matches));
            }
        }
        (self.tag_document_unpacked(sentences, gaz), None)
    }

    /// [`Model::tag_document`] for a model still in training form.
    fn tag_document_unpacked(
        &self,
        sentences: &[Vec<&str>],
        gaz: &Gazetteer,
    ) -> Vec<Vec<(usize, usize, Label)>> {
        // First pass, sentence by sentence (token infos stay hot in cache); only the
        // comparison forms are kept for the document evidence.
        let mut first = Vec::with_capacity(sentences.len());
        let mut forms: Vec<Vec<String>> = Vec::with_capacity(sentences.len());
        for s in sentences {
            let mut infos = analyze_tokens(s, gaz, &self.clusters, &self.autolex);
            first.push(self.decode(&self.score(&self.weights, &infos, s, &[]), &self.trans));
            forms.push(
                infos
                    .iter_mut()
                    .map(|i| std::mem::take(&mut i.bare))
                    .collect(),
            );
        }
        let Some(pass) = self.doc_pass.as_ref().filter(|_| sentences.len() > 1) else {
            return first;
        };
        self.document_rounds(&forms, first, |k, extra| {
            let s = &sentences[k];
            let infos = analyze_tokens(s, gaz, &self.clusters, &self.autolex);
            self.decode(&self.score(&pass.weights, &infos, s, extra), &pass.trans)
        })
    }

    /// Runs the document pass [`Model::doc_rounds`] times: each run re-tags, with
    /// `retag(sentence index, evidence features)`, the sentences whose evidence from
    /// the other sentences disagrees with their current spans.
    fn document_rounds<S: AsRef<str> + Eq + std::hash::Hash>(
        &self,
        forms: &[Vec<S>],
        first: Vec<Vec<(usize, usize, Label)>>,
        mut retag: impl FnMut(usize, &[Vec<u64>]) -> Vec<(usize, usize, Label)>,
    ) -> Vec<Vec<(usize, usize, Label)>> {
        let mut spans = first;
        for _ in 0..self.doc_rounds {
            let extras = doc::document_features(forms, &spans);
            if extras.iter().all(Option::is_none) {
                break;
            }
            spans = spans
                .into_iter()
                .zip(extras)
                .enumerate()
                .map(|(k, (spans, extra))| match extra {
                    Some(extra) => retag(k, &extra),
                    None => spans,
                })
                .collect();
        }
        spans
    }

    /// Whether the model has a document-evidence pass.
    pub fn has_doc_pass(&self) -> bool {
        self.doc_pass.is_some()
    }

    /// Takes `doc`'s weights as this model's document-evidence pass. `doc` must
    /// have been trained with this model's clusters and lexicon plus [`doc`] features.
    pub fn set_doc_pass(&mut self, doc: Model) {
        self.doc_pass = Some(Pass {
            weights: doc.weights,
            trans: doc.trans,
        });
        self.clear_memo_sums();
    }

    /// Drops the memoized per-word score sums (they include the document pass's).
    fn clear_memo_sums(&mut self) {
        for m in self
            .memos
            .get_mut()
            .unwrap_or_else(PoisonError::into_inner)
            .iter_mut()
        {
            m.clear_sums();
        }
    }

    /// Moves `other`'s document pass to this model (which then has no other).
    /// Both must share clusters and lexicon: the pass scores this model's
    /// features. (A first pass retrained on more data keeps the pass trained
    /// for the first.)
    pub fn take_doc_pass(&mut self, other: &mut Model) {
        self.doc_pass = other.doc_pass.take();
        self.clear_memo_sums();
    }

    /// Drops the emission rows whose largest absolute weight is below `min_abs`
    /// (trained models only); returns how many rows remain.
    pub fn prune_rows(&mut self, min_abs: f32) -> usize {
        let t = self.tags.len();
        if let Weights::Dense { index, weights } = &mut self.weights {
            let (idx, w) = retain_rows(std::mem::take(index), weights, t, |row| {
                row.iter().any(|x| x.abs() >= min_abs)
            });
            *index = idx;
            *weights = w;
        }
        self.n_features()
    }

    fn score(
        &self,
        weights: &Weights,
        infos: &[TokenInfo],
        tokens: &[&str],
        extra: &[Vec<u64>],
    ) -> Vec<f32> {
        let t = self.tags.len();
        let mut emis = vec![0f32; tokens.len() * t];
        if tokens.is_empty() {
            return emis;
        }
        let mut feats = Vec::with_capacity(128);
        match weights {
            Weights::Dense { index, weights } => {
                for (i, row) in emis.chunks_mut(t).enumerate() {
                    token_features(infos, tokens, i, &mut feats);
                    embedding_features(infos, i, &mut feats);
                    feats.extend(extra.get(i).into_iter().flatten());
                    for f in &feats {
                        if let Some(&r) = index.get(f) {
                            let r = r as usize * t;
                            if let Some(w) = weights.get(r..r + t) {
                                row.iter_mut().zip(w).for_each(|(a, b)| *a += b);
                            }
                        }
                    }
                }
            }
            Weights::Packed(table) => {
                // Software pipelining: the next token's features are computed and their
                // slots warmed while this token's rows are still arriving from memory.
                let mut next = Vec::with_capacity(128);
                token_features(infos, tokens, 0, &mut feats);
                feats.extend(extra.first().into_iter().flatten());
                std::hint::black_box(table.warm(&feats));
                for (i, row) in emis.chunks_mut(t).enumerate() {
                    if i + 1 < tokens.len() {
                        token_features(infos, tokens, i + 1, &mut next);
                        next.extend(extra.get(i + 1).into_iter().flatten());
                        std::hint::black_box(table.warm(&next));
                    }
                    for &f in &feats {
                        table.add_row(f, row);
                    }
                    std::mem::swap(&mut feats, &mut next);
                }
            }
        }
        if self.o_bias != 0.0 {
            emis.iter_mut().step_by(t).for_each(|o| *o -= self.o_bias);
        }
        emis
    }

    /// Trains a model on `data` (deterministic for a given config and input order).
    pub fn train(
        data: &[Sentence],
        clusters: Clusters,
        autolex: AutoLex,
        gaz: &Gazetteer,
        cfg: &TrainConfig,
        mut progress: impl FnMut(usize, f64),
    ) -> Model {
        let tags = cfg.scheme.tags();
        let t = tags.len();
        // Feature rows, assigned in order of first occurrence.
        let mut counts: HashMap<u64, u32, IdentityBuild> = HashMap::default();
        let mut feats = Vec::new();
        let mut cached: Vec<Vec<Vec<u64>>> = Vec::with_capacity(data.len());
        let mut dense = DenseData::new(&clusters, cfg);
        for s in data {
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            let infos = analyze_tokens(&toks, gaz, &clusters, &autolex);
            dense.add_sentence(&infos);
            let mut sent = Vec::with_capacity(toks.len());
            for i in 0..toks.len() {
                token_features(&infos, &toks, i, &mut feats);
                feats.extend(s.extra.get(i).into_iter().flatten());
                for f in &feats {
                    *counts.entry(*f).or_insert(0) += 1;
                }
                sent.push(feats.clone());
            }
            cached.push(sent);
        }
        let mut index: HashMap<u64, u32, IdentityBuild> = HashMap::default();
        // Per token: (feature rows, how many of them are word-identity features).
        let rows: Vec<Vec<(Vec<u32>, usize)>> = cached
            .into_iter()
            .map(|sent| {
                sent.into_iter()
                    .map(|fs| {
                        let mut lex = 0;
                        let mut v = Vec::with_capacity(fs.len());
                        for (k, f) in fs.into_iter().enumerate() {
                            let min = if k < LEXICAL {
                                cfg.min_feature_count.max(cfg.min_lexical_count)
                            } else {
                                cfg.min_feature_count
                            };
                            if counts.get(&f).is_some_and(|&c| c >= min) {
                                let n = index.len() as u32;
                                v.push(*index.entry(f).or_insert(n));
                                if k < LEXICAL {
                                    lex += 1;
                                }
                            }
                        }
                        (v, lex)
                    })
                    .collect()
            })
            .collect();
        drop(counts);
        let n_rows = index.len();
        let gold: Vec<Vec<usize>> = data
            .iter()
            .map(|s| cfg.scheme.encode(s.tokens.len(), &s.spans))
            .collect();
        if let Learner::Crf(crf_cfg) = &cfg.learner {
            let sents: Vec<Vec<Vec<u32>>> = rows
                .into_iter()
                .map(|s| s.into_iter().map(|(fs, _)| fs).collect())
                .collect();
            let (w, tw) = crf::train(
                cfg.scheme, &tags, n_rows, &sents, &gold, cfg.epochs, cfg.seed, crf_cfg, progress,
            );
            return Model::from_trained(cfg.scheme, tags, index, w, tw, clusters, autolex);
        }
        // Partially labelled sentences: the tags each token may take (tokens ×
        // tags): a span's own tags inside it, and after it no tag that would
        // continue it.
        let masks: Vec<Option<Vec<bool>>> = data
            .iter()
            .zip(&gold)
            .enumerate()
            .map(|(si, (s, g))| {
                (si >= cfg.partial_from).then(|| {
                    let mut m = vec![true; g.len() * t];
                    for &(a, b, l) in &s.spans {
                        for i in a..b.min(g.len()) {
                            m[i * t..(i + 1) * t]
                                .iter_mut()
                                .enumerate()
                                .for_each(|(k, x)| *x = k == g[i]);
                        }
                        if b < g.len() {
                            for (k, tag) in tags.iter().enumerate() {
                                if tag.label == Some(l) && matches!(tag.pos, Pos::I | Pos::L) {
                                    m[b * t + k] = false;
                                }
                            }
                        }
                    }
                    m
                })
            })
            .collect();
        let mut sum_w = vec![0f32; n_rows * t];
        let mut sum_tw = vec![0f32; (t + 1) * t];
        let mut sum_dw = vec![0f32; dense.block_len(t)];
        let runs = cfg.runs.max(1);
        for run in 0..runs {
            let mut rw = vec![0f32; n_rows * t];
            let mut u = vec![0f32; n_rows * t];
            let mut rtw = vec![0f32; (t + 1) * t];
            let mut tu = vec![0f32; (t + 1) * t];
            let mut rdw = vec![0f32; dense.block_len(t)];
            let mut du = vec![0f32; dense.block_len(t)];
            let (w, tw) = (&mut rw, &mut rtw);
            let mut order: Vec<usize> = (0..data.len()).collect();
            let mut rng = Rng::new(cfg.seed.wrapping_add(run as u64));
            let mut c = 1f32;
            let mut emis = Vec::new();
            for epoch in 0..cfg.epochs {
                rng.shuffle(&mut order);
                let (mut wrong, mut total) = (0usize, 0usize);
                for &si in &order {
                    let sent = &rows[si];
                    let g = &gold[si];
                    if sent.is_empty() {
                        continue;
                    }
                    emis.clear();
                    emis.resize(sent.len() * t, 0.0);
                    // Word dropout: hide the word-identity features of some tokens in this pass.
                    let active: Vec<&[u32]> = sent
                        .iter()
                        .map(|(fs, lex)| {
                            let drop = cfg.word_dropout > 0.0
                                && (rng.next_u64() as f64 / u64::MAX as f64) < cfg.word_dropout;
                            fs.get(if drop { *lex } else { 0 }..).unwrap_or(&[])
                        })
                        .collect();
                    for (i, fs) in active.iter().enumerate() {
                        let row = &mut emis[i * t..(i + 1) * t];
                        for &r in *fs {
                            let ws = &w[r as usize * t..(r as usize + 1) * t];
                            row.iter_mut().zip(ws).for_each(|(a, b)| *a += b);
                        }
                        dense.add_scores(&rdw, si, i, row);
                    }
                    let p = viterbi(cfg.scheme, &tags, &emis, tw);
                    let constrained;
                    let g: &[usize] = match &masks[si] {
                        None => g,
                        Some(mask) => {
                            let masked: Vec<f32> = emis
                                .iter()
                                .zip(mask)
                                .map(|(&e, &ok)| if ok { e } else { -1e9 })
                                .collect();
                            constrained = viterbi(cfg.scheme, &tags, &masked, tw);
                            &constrained
                        }
                    };
                    total += p.len();
                    let mut prev_g = t;
                    let mut prev_p = t;
                    for (i, (&gi, &pi)) in g.iter().zip(&p).enumerate() {
                        if gi != pi {
                            wrong += 1;
                            for &r in active[i] {
                                let r = r as usize * t;
                                w[r + gi] += 1.0;
                                u[r + gi] += c;
                                w[r + pi] -= 1.0;
                                u[r + pi] -= c;
                            }
                            dense.update(&mut rdw, &mut du, si, i, gi, pi, c, t);
                        }
                        if (prev_g, gi) != (prev_p, pi) {
                            tw[prev_g * t + gi] += 1.0;
                            tu[prev_g * t + gi] += c;
                            tw[prev_p * t + pi] -= 1.0;
                            tu[prev_p * t + pi] -= c;
                        }
                        prev_g = gi;
                        prev_p = pi;
                    }
                    c += 1.0;
                }
                progress(
                    run * cfg.epochs + epoch + 1,
                    if total == 0 {
                        0.0
                    } else {
                        wrong as f64 / total as f64
                    },
                );
            }
            // Averaged weights, summed over runs.
            rw.iter_mut().zip(&u).for_each(|(a, b)| *a -= b / c);
            rtw.iter_mut().zip(&tu).for_each(|(a, b)| *a -= b / c);
            rdw.iter_mut().zip(&du).for_each(|(a, b)| *a -= b / c);
            let k = 1.0 / runs as f32;
            sum_w.iter_mut().zip(&rw).for_each(|(a, b)| *a += b * k);
            sum_tw.iter_mut().zip(&rtw).for_each(|(a, b)| *a += b * k);
            sum_dw.iter_mut().zip(&rdw).for_each(|(a, b)| *a += b * k);
        }
        dense.materialize(&sum_dw, t, &mut index, &mut sum_w);
        Model::from_trained(cfg.scheme, tags, index, sum_w, sum_tw, clusters, autolex)
    }

    /// A model from trained `f32` weights; rows that are all (near) zero are dropped.
    fn from_trained(
        scheme: Scheme,
        tags: Vec<Tag>,
        index: HashMap<u64, u32, IdentityBuild>,
        w: Vec<f32>,
        tw: Vec<f32>,
        clusters: Clusters,
        autolex: AutoLex,
    ) -> Model {
        // Drop rows that are all (near) zero.
        let (idx, weights) = retain_rows(index, &w, tags.len(), |row| {
            row.iter().any(|x| x.abs() > 1e-3)
        });
        Model {
            scheme,
            tags,
            weights: Weights::Dense {
                index: idx,
                weights,
            },
            trans: tw,
            clusters,
            autolex,
            o_bias: 0.0,
            doc_pass: None,
            doc_rounds: DOC_ROUNDS,
            memos: Mutex::default(),
        }
    }

    /// The emission rows quantized to `i16` with one scale, sorted by feature id.
    fn quantized_rows(weights: &Weights, t: usize) -> (f32, Vec<(u64, Vec<i16>)>) {
        match weights {
            Weights::Packed(table) => (table.scale(), table.entries()),
            Weights::Dense { index, weights } => {
                let mut keys: Vec<(u64, u32)> = index.iter().map(|(&k, &r)| (k, r)).collect();
                keys.sort_unstable();
                let max = weights.iter().fold(0f32, |m, x| m.max(x.abs())).max(1e-6);
                let scale = max / f32::from(i16::MAX);
                let rows = keys
                    .iter()
                    .map(|&(k, r)| {
                        let row = weights[r as usize * t..(r as usize + 1) * t]
                            .iter()
                            .map(|x| {
                                (x / scale)
                                    .round()
                                    .clamp(f32::from(i16::MIN), f32::from(i16::MAX))
                                    as i16
                            })
                            .collect();
                        (k, row)
                    })
                    .collect();
                (scale, rows)
            }
        }
    }

    /// Serializes the model (weights quantized to i16 with one scale).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(MAGIC);
        b.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        b.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        b.push(match self.scheme {
            Scheme::Bio => 0,
            Scheme::Bilou => 1,
        });
        b.extend_from_slice(&self.o_bias.to_le_bytes());
        let words = self.clusters.sorted();
        let words: Vec<&(&str, Path, Flat)> =
            words.iter().filter(|(w, _, _)| w.len() < 256).collect();
        b.extend_from_slice(&(words.len() as u32).to_le_bytes());
        for (w, p, f) in words {
            b.push(w.len() as u8);
            b.extend_from_slice(w.as_bytes());
            b.extend_from_slice(&p.bits.to_le_bytes());
            b.push(p.depth);
            for id in f {
                b.extend_from_slice(&id.to_le_bytes());
            }
        }
        let lex = self.autolex.sorted();
        let lex: Vec<&(&str, Label, u8)> = lex.iter().filter(|(w, _, _)| w.len() < 256).collect();
        b.extend_from_slice(&(lex.len() as u32).to_le_bytes());
        for (w, l, bin) in lex {
            b.push(w.len() as u8);
            b.extend_from_slice(w.as_bytes());
            b.push(l.index() as u8);
            b.push(*bin);
        }
        for x in &self.trans {
            b.extend_from_slice(&x.to_le_bytes());
        }
        let t = self.tags.len();
        write_rows(&mut b, &self.weights, t);
        // Format 5: the document-evidence pass (flag, transitions, rows).
        match &self.doc_pass {
            None => b.push(0),
            Some(p) => {
                b.push(1);
                for x in &p.trans {
                    b.extend_from_slice(&x.to_le_bytes());
                }
                write_rows(&mut b, &p.weights, t);
            }
        }
        let sum = Fnv::new().bytes(&b).finish();
        b.extend_from_slice(&sum.to_le_bytes());
        b
    }

    /// Reads a model written by [`Model::to_bytes`], checking its checksum.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        Model::read(bytes, true)
    }

    /// Reads the model compiled into the binary without hashing its 11 MB again
    /// at every start (about a tenth of the load time). Those bytes cannot change
    /// after the build, and the test `shipped_model_passes_its_checksum` verifies
    /// them with [`Model::from_bytes`]; every other check of the reader still runs.
    pub(crate) fn from_compiled(bytes: &'static [u8]) -> Result<Model, ModelError> {
        Model::read(bytes, false)
    }

    fn read(bytes: &[u8], verify: bool) -> Result<Model, ModelError> {
        let mut r = Reader { b: bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(ModelError::Magic);
        }
        let body_len = bytes
            .len()
            .checked_sub(8)
            .ok_or(ModelError::Truncated(bytes.len()))?;
        let format = r.u16()?;
        // Version 4 files are version 5 without the document layer.
        if format != FORMAT_VERSION && format != 4 {
            return Err(ModelError::Format(format));
        }
        let found = r.u32()?;
        if found != FEATURE_VERSION && !COMPATIBLE_FEATURE_VERSIONS.contains(&found) {
            return Err(ModelError::Features { found });
        }
        let sum = bytes
            .get(body_len..)
            .ok_or(ModelError::Truncated(body_len))?;
        let body = bytes
            .get(..body_len)
            .ok_or(ModelError::Truncated(body_len))?;
        if verify && Fnv::new().bytes(body).finish().to_le_bytes() != sum {
            return Err(ModelError::Checksum);
        }
        let scheme = match r.u8()? {
            0 => Scheme::Bio,
            1 => Scheme::Bilou,
            _ => return Err(ModelError::Truncated(r.at)),
        };
        let o_bias = r.f32()?;
        let tags = scheme.tags();
        let t = tags.len();
        let n_words = r.u32()? as usize;
        let mut clusters = Clusters::default();
        // Bounded by the bytes left (a word takes at least 12), so a corrupt count
        // cannot reserve more than the file could hold.
        clusters.reserve(n_words.min(r.left() / 12));
        for _ in 0..n_words {
            let len = usize::from(r.u8()?);
            let at = r.at;
            let w = std::str::from_utf8(r.take(len)?)
                .map_err(|_| ModelError::Truncated(at))?
                .to_string();
            let bits = r.u32()?;
            let depth = r.u8()?;
            let mut flat = NO_FLAT;
            for id in &mut flat {
                *id = r.u16()?;
            }
            clusters.insert(w, Path { bits, depth }, flat);
        }
        let n_lex = r.u32()? as usize;
        let mut autolex = AutoLex::default();
        autolex.reserve(n_lex.min(r.left() / 3));
        for _ in 0..n_lex {
            let len = usize::from(r.u8()?);
            let at = r.at;
            let w = std::str::from_utf8(r.take(len)?)
                .map_err(|_| ModelError::Truncated(at))?
                .to_string();
            let l = *Label::ALL
                .get(usize::from(r.u8()?))
                .ok_or(ModelError::Truncated(r.at))?;
            let bin = r.u8()?;
            autolex.insert(w, l, bin);
        }
        let mut trans = Vec::with_capacity((t + 1) * t);
        for _ in 0..(t + 1) * t {
            trans.push(r.f32()?);
        }
        let table = read_rows(&mut r, t)?;
        let doc_pass = if format >= 5 && r.u8()? == 1 {
            let mut trans = Vec::with_capacity((t + 1) * t);
            for _ in 0..(t + 1) * t {
                trans.push(r.f32()?);
            }
            Some(Pass {
                weights: Weights::Packed(read_rows(&mut r, t)?),
                trans,
            })
        } else {
            None
        };
        if r.at != body_len {
            return Err(ModelError::Truncated(r.at));
        }
        Ok(Model {
            scheme,
            tags,
            weights: Weights::Packed(table),
            trans,
            clusters,
            autolex,
            o_bias,
            doc_pass,
            doc_rounds: DOC_ROUNDS,
            memos: Mutex::default(),
        })
    }
}

/// The dense word-vector features of a training set ([`DenseConfig`]): the
/// vectors of the words it uses and, per token, which of them sit at each
/// position.
struct DenseData<'a> {
    vectors: Option<&'a super::clusters::Vectors>,
    cfg: DenseConfig,
    /// Vector `k` of the training words: `vecs[k * dims..(k + 1) * dims]`.
    vecs: Vec<f32>,
    /// Vocabulary row by [`emb_key`] of its word.
    by_key: HashMap<u64, u32, IdentityBuild>,
    /// Training vector by vocabulary row.
    used: HashMap<u32, u32, IdentityBuild>,
    /// Per sentence and token: the training vector at each position (`u32::MAX` = none).
    at: Vec<Vec<[u32; 3]>>,
}

impl<'a> DenseData<'a> {
    fn new(clusters: &'a Clusters, cfg: &TrainConfig) -> DenseData<'a> {
        let vectors = clusters
            .vectors
            .as_deref()
            .filter(|v| cfg.dense.dims > 0 && !v.is_empty())
            .filter(|_| matches!(cfg.learner, Learner::Perceptron));
        let mut d = DenseData {
            vectors,
            cfg: DenseConfig {
                dims: vectors.map_or(0, |v| cfg.dense.dims.min(v.dims())),
                ..cfg.dense
            },
            vecs: Vec::new(),
            by_key: HashMap::default(),
            used: HashMap::default(),
            at: Vec::new(),
        };
        if let Some(v) = vectors {
            d.by_key = v
                .words()
                .iter()
                .enumerate()
                .map(|(r, w)| (emb_key(w), r as u32))
                .collect();
        }
        d
    }

    fn on(&self) -> bool {
        self.vectors.is_some() && self.cfg.dims > 0
    }

    /// Weights of the dense blocks: positions × tags × dims.
    fn block_len(&self, t: usize) -> usize {
        if self.on() {
            EMB_POSITIONS.len() * t * self.cfg.dims
        } else {
            0
        }
    }

    /// Records the vectors of the next training sentence.
    fn add_sentence(&mut self, infos: &[TokenInfo]) {
        let Some(v) = self.vectors.filter(|_| self.cfg.dims > 0) else {
            return;
        };
        let d = self.cfg.dims;
        let mut sent = Vec::with_capacity(infos.len());
        for i in 0..infos.len() {
            let mut slots = [u32::MAX; 3];
            for (k, key) in emb_keys(infos, i).into_iter().enumerate() {
                let Some(&r) = key.and_then(|key| self.by_key.get(&key)) else {
                    continue;
                };
                if !self.cfg.positions[k] {
                    continue;
                }
                let next = (self.vecs.len() / d) as u32;
                let id = *self.used.entry(r).or_insert_with(|| {
                    let mut x = vec![0f32; d];
                    if !v.row_into(r as usize, self.cfg.norm, &mut x) {
                        x.iter_mut().for_each(|a| *a = 0.0);
                    }
                    self.vecs.extend_from_slice(&x);
                    next
                });
                slots[k] = id;
            }
            sent.push(slots);
        }
        self.at.push(sent);
    }

    /// Adds the dense scores of token `i` of sentence `s` under weights `w` to `row` (tags).
    #[inline]
    fn add_scores(&self, w: &[f32], s: usize, i: usize, row: &mut [f32]) {
        let d = self.cfg.dims;
        let t = row.len();
        let Some(slots) = self.at.get(s).and_then(|x| x.get(i)) else {
            return;
        };
        for (b, &id) in slots.iter().enumerate() {
            let Some(x) = self.vecs.get(id as usize * d..(id as usize + 1) * d) else {
                continue;
            };
            for (k, r) in row.iter_mut().enumerate() {
                let at = (b * t + k) * d;
                if let Some(wk) = w.get(at..at + d) {
                    *r += dot(wk, x);
                }
            }
        }
    }

    /// The perceptron update of token `i` of sentence `s`: towards gold tag `g`,
    /// away from predicted `p`; `u` accumulates `c ×` the updates for averaging.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn update(
        &self,
        w: &mut [f32],
        u: &mut [f32],
        s: usize,
        i: usize,
        g: usize,
        p: usize,
        c: f32,
        t: usize,
    ) {
        let d = self.cfg.dims;
        let Some(slots) = self.at.get(s).and_then(|x| x.get(i)) else {
            return;
        };
        for (b, &id) in slots.iter().enumerate() {
            let Some(x) = self.vecs.get(id as usize * d..(id as usize + 1) * d) else {
                continue;
            };
            for (tag, sign) in [(g, 1f32), (p, -1f32)] {
                let at = (b * t + tag) * d;
                if let Some(wk) = w.get_mut(at..at + d) {
                    wk.iter_mut().zip(x).for_each(|(a, v)| *a += sign * v);
                }
                if let Some(uk) = u.get_mut(at..at + d) {
                    uk.iter_mut().zip(x).for_each(|(a, v)| *a += sign * c * v);
                }
            }
        }
    }

    /// Adds to `index`/`weights` (rows of `t`) the row `W_p · v(word)` of every
    /// vocabulary word and used position, under the feature id that
    /// [`super::features::embedding_features`] gives it.
    fn materialize(
        &self,
        dw: &[f32],
        t: usize,
        index: &mut HashMap<u64, u32, IdentityBuild>,
        weights: &mut Vec<f32>,
    ) {
        let Some(v) = self.vectors.filter(|_| self.on()) else {
            return;
        };
        let d = self.cfg.dims;
        let mut x = vec![0f32; d];
        for (r, word) in v.words().iter().enumerate() {
            if !v.row_into(r, self.cfg.norm, &mut x) {
                continue;
            }
            let key = emb_key(word);
            for (b, &(_, tmpl)) in EMB_POSITIONS.iter().enumerate() {
                if !self.cfg.positions[b] {
                    continue;
                }
                let f = emb_feature(tmpl, key);
                let n = index.len() as u32;
                let row = *index.entry(f).or_insert(n) as usize;
                if row * t >= weights.len() {
                    weights.resize((row + 1) * t, 0.0);
                }
                for k in 0..t {
                    let at = (b * t + k) * d;
                    if let (Some(wk), Some(o)) = (dw.get(at..at + d), weights.get_mut(row * t + k))
                    {
                        *o += dot(wk, &x);
                    }
                }
            }
        }
    }
}

/// Dot product in eight independent lanes (vectorizes; fixed order, so deterministic).
#[inline]
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut acc = [0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let (ra, rb) = (ca.remainder(), cb.remainder());
    for (x, y) in ca.zip(cb) {
        for k in 0..8 {
            acc[k] += x[k] * y[k];
        }
    }
    let mut s = ra.iter().zip(rb).map(|(x, y)| x * y).sum::<f32>();
    for a in acc {
        s += a;
    }
    s
}

/// The rows of `weights` (`t` per feature) that `keep` accepts, renumbered in
/// feature-id order, with their new index.
fn retain_rows(
    index: HashMap<u64, u32, IdentityBuild>,
    weights: &[f32],
    t: usize,
    keep: impl Fn(&[f32]) -> bool,
) -> (HashMap<u64, u32, IdentityBuild>, Vec<f32>) {
    let row = |r: u32| weights.get(r as usize * t..(r as usize + 1) * t);
    let mut kept: Vec<(u64, u32)> = index
        .into_iter()
        .filter(|&(_, r)| row(r).is_some_and(&keep))
        .collect();
    kept.sort_unstable();
    let mut out = Vec::with_capacity(kept.len() * t);
    let mut idx: HashMap<u64, u32, IdentityBuild> = HashMap::default();
    for (k, (f, r)) in kept.into_iter().enumerate() {
        out.extend_from_slice(row(r).unwrap_or(&[]));
        idx.insert(f, k as u32);
    }
    (idx, out)
}

/// Writes a weight table: count, scale, sorted keys, i16 rows.
fn write_rows(b: &mut Vec<u8>, weights: &Weights, t: usize) {
    let (scale, rows) = Model::quantized_rows(weights, t);
    b.extend_from_slice(&(rows.len() as u32).to_le_bytes());
    b.extend_from_slice(&scale.to_le_bytes());
    for (k, _) in &rows {
        b.extend_from_slice(&k.to_le_bytes());
    }
    for (_, row) in &rows {
        for q in row {
            b.extend_from_slice(&q.to_le_bytes());
        }
    }
}

/// Reads a table written by [`write_rows`].
fn read_rows(r: &mut Reader<'_>, t: usize) -> Result<RowTable, ModelError> {
    let n = r.u32()? as usize;
    let scale = r.f32()?;
    let keys = r.take(n.checked_mul(8).ok_or(ModelError::Truncated(r.at))?)?;
    let raw = r.take(n.checked_mul(t * 2).ok_or(ModelError::Truncated(r.at))?)?;
    let qs: Vec<i16> = raw
        .chunks_exact(2)
        .map(|c| i16::from_le_bytes([c[0], c[1]]))
        .collect();
    Ok(RowTable::build(
        t,
        scale,
        keys.chunks_exact(8)
            .zip(qs.chunks_exact(t.max(1)))
            .map(|(k, row)| {
                let mut a = [0u8; 8];
                a.copy_from_slice(k);
                (u64::from_le_bytes(a), row)
            }),
    ))
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// Bytes not read yet.
    fn left(&self) -> usize {
        self.b.len().saturating_sub(self.at)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .at
            .checked_add(n)
            .ok_or(ModelError::Truncated(self.at))?;
        let s = self
            .b
            .get(self.at..end)
            .ok_or(ModelError::Truncated(self.at))?;
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, ModelError> {
        let s = self.take(2)?;
        Ok(u16::from_le_bytes([s[0], s[1]]))
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn f32(&mut self) -> Result<f32, ModelError> {
        Ok(f32::from_bits(self.u32()?))
    }
}

/// Best tag path under the scheme's constraints. `emis` is tokens × tags,
/// `trans` is (tags + 1) × tags with the start row last.
pub fn viterbi(scheme: Scheme, tags: &[Tag], emis: &[f32], trans: &[f32]) -> Vec<usize> {
    let t = tags.len();
    let n = emis.len() / t.max(1);
    if n == 0 || t == 0 {
        return Vec::new();
    }
    const NEG: f32 = f32::NEG_INFINITY;
    let mut score = vec![NEG; t];
    let mut next = vec![NEG; t];
    let mut back = vec![0u8; n * t];
    // The tags that may precede each tag, in increasing order (the scheme's rule,
    // tabulated once: an inside tag has only two).
    let preds: Vec<Vec<usize>> = tags
        .iter()
        .map(|&c| {
            (0..t)
                .filter(|&j| scheme.allowed(Some(tags[j]), c))
                .collect()
        })
        .collect();
    for (k, s) in score.iter_mut().enumerate() {
        if scheme.allowed(None, tags[k]) {
            *s = trans[t * t + k] + emis[k];
        }
    }
    for i in 1..n {
        for ((k, nx), pk) in next.iter_mut().enumerate().zip(&preds) {
            let mut best = NEG;
            let mut arg = 0usize;
            for &j in pk {
                let sj = score[j];
                if sj == NEG {
                    continue;
                }
                let v = sj + trans[j * t + k];
                if v > best {
                    best = v;
                    arg = j;
                }
            }
            *nx = if best == NEG {
                NEG
            } else {
                best + emis[i * t + k]
            };
            back[i * t + k] = arg as u8;
        }
        std::mem::swap(&mut score, &mut next);
    }
    let mut best = NEG;
    let mut arg = 0usize;
    for (k, &s) in score.iter().enumerate() {
        if scheme.can_end(tags[k]) && s > best {
            best = s;
            arg = k;
        }
    }
    let mut path = vec![0usize; n];
    path[n - 1] = arg;
    for i in (1..n).rev() {
        path[i - 1] = usize::from(back[i * t + path[i]]);
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A training sentence: space-separated tokens and gold spans.
    pub(super) fn mk(toks: &str, spans: Vec<(usize, usize, Label)>) -> Sentence {
        Sentence {
            extra: Vec::new(),
            tokens: toks.split(' ').map(str::to_string).collect(),
            spans,
        }
    }

    #[test]
    fn encode_decode_round_trip() {
        let spans = vec![(0, 2, Label::Org), (3, 4, Label::Loc), (5, 8, Label::Per)];
        for scheme in [Scheme::Bio, Scheme::Bilou] {
            let tags = scheme.tags();
            let enc = scheme.encode(9, &spans);
            let dec: Vec<Tag> = enc.iter().map(|&k| tags[k]).collect();
            assert_eq!(scheme.decode(&dec), spans, "{scheme:?}");
            let mut prev = None;
            for t in &dec {
                assert!(scheme.allowed(prev, *t));
                prev = Some(*t);
            }
        }
    }

    #[test]
    fn viterbi_finds_the_best_allowed_path() {
        let mut rng = Rng::new(3);
        let mut real = || (rng.next_u64() % 2001) as f32 / 100.0 - 10.0;
        for scheme in [Scheme::Bio, Scheme::Bilou] {
            let tags = scheme.tags();
            let t = tags.len();
            for n in 1..=3 {
                let emis: Vec<f32> = (0..n * t).map(|_| real()).collect();
                let trans: Vec<f32> = (0..(t + 1) * t).map(|_| real()).collect();
                // Every path, by brute force.
                let mut best: Option<(f32, Vec<usize>)> = None;
                for code in 0..t.pow(n as u32) {
                    let path: Vec<usize> = (0..n).map(|i| code / t.pow(i as u32) % t).collect();
                    let mut prev = None;
                    let mut score = 0.0;
                    let mut ok = true;
                    for (i, &k) in path.iter().enumerate() {
                        ok &= scheme.allowed(prev.map(|p: usize| tags[p]), tags[k]);
                        score += trans[prev.unwrap_or(t) * t + k] + emis[i * t + k];
                        prev = Some(k);
                    }
                    ok &= scheme.can_end(tags[path[n - 1]]);
                    if ok && best.as_ref().is_none_or(|b| score > b.0) {
                        best = Some((score, path));
                    }
                }
                let got = viterbi(scheme, &tags, &emis, &trans);
                let want = best.map(|b| b.1).unwrap_or_default();
                assert_eq!(got, want, "{scheme:?} n={n}");
            }
        }
    }

    /// Three sentences with a person, two places and a company.
    fn tiny_corpus() -> Vec<Sentence> {
        vec![
            mk(
                "قال الرئيس جون سميث في لندن",
                vec![(2, 4, Label::Per), (5, 6, Label::Loc)],
            ),
            mk(
                "وصل جون سميث إلى باريس",
                vec![(1, 3, Label::Per), (4, 5, Label::Loc)],
            ),
            mk("أعلنت شركة مايكروسوفت أرباحها", vec![(1, 3, Label::Org)]),
        ]
    }

    #[test]
    fn learns_and_round_trips_bytes() {
        let data = tiny_corpus();
        let gaz = Gazetteer::get();
        let cfg = TrainConfig {
            epochs: 5,
            ..TrainConfig::default()
        };
        let m = Model::train(
            &data,
            Clusters::default(),
            AutoLex::default(),
            gaz,
            &cfg,
            |_, _| {},
        );
        let toks = ["وصل", "جون", "سميث", "إلى", "باريس"];
        assert_eq!(
            m.tag(&toks, gaz),
            vec![(1, 3, Label::Per), (4, 5, Label::Loc)]
        );
        let bytes = m.to_bytes();
        let back = Model::from_bytes(&bytes).map_err(|e| e.to_string());
        assert!(back.is_ok(), "{back:?}", back = back.as_ref().err());
        if let Ok(back) = back {
            assert_eq!(back.tag(&toks, gaz), m.tag(&toks, gaz));
            assert_eq!(back.to_bytes(), bytes);
        }
        let mut bad = bytes.clone();
        let mid = bad.len() / 2;
        bad[mid] ^= 0x55;
        assert!(matches!(Model::from_bytes(&bad), Err(ModelError::Checksum)));
        assert!(matches!(
            Model::from_bytes(b"nonsense"),
            Err(ModelError::Magic) | Err(ModelError::Truncated(_))
        ));
        assert!(Model::from_bytes(&bytes[..bytes.len() - 3]).is_err());

        // Pruning keeps exactly the rows with a large enough weight.
        let mut pruned = Model::from_bytes(&bytes).map_err(|e| e.to_string());
        if let Ok(p) = &mut pruned {
            // A loaded (packed) model is not pruned.
            assert_eq!(p.prune_rows(f32::MAX), m.n_features());
        }
        let mut all = Model::train(
            &data,
            Clusters::default(),
            AutoLex::default(),
            gaz,
            &cfg,
            |_, _| {},
        );
        let n = all.n_features();
        assert_eq!(all.prune_rows(0.0), n);
        let some = all.prune_rows(1.0);
        assert!(some > 0 && some < n, "{some} of {n}");
        assert_eq!(all.prune_rows(f32::MAX), 0);

        // With a document pass: still round-trips, and a document is tagged the
        // same before and after.
        let mut with_doc = m;
        crate::ner::doc::train_doc_pass(&mut with_doc, &data, gaz, &cfg, 3, 2, 0.0, |_| {});
        assert!(with_doc.has_doc_pass());
        let doc: Vec<Vec<&str>> = vec![
            toks.to_vec(),
            vec!["قال", "جون", "سميث", "شيئا"],
            vec!["أعلنت", "شركة", "مايكروسوفت", "أرباحها"],
        ];
        let tagged = with_doc.tag_document(&doc, gaz);
        assert_eq!(tagged.len(), 3);
        let bytes = with_doc.to_bytes();
        let back = Model::from_bytes(&bytes).map_err(|e| e.to_string());
        assert!(back.is_ok(), "{back:?}", back = back.as_ref().err());
        if let Ok(mut back) = back {
            assert!(back.has_doc_pass());
            assert_eq!(back.tag_document(&doc, gaz), tagged);
            assert_eq!(back.to_bytes(), bytes);
            // More document-pass runs: the trained (dense) and loaded (packed)
            // models still agree; zero runs is the first pass alone.
            with_doc.doc_rounds = 3;
            back.doc_rounds = 3;
            assert_eq!(
                back.tag_document(&doc, gaz),
                with_doc.tag_document(&doc, gaz)
            );
            back.doc_rounds = 0;
            let first: Vec<_> = doc.iter().map(|s| back.tag(s, gaz)).collect();
            assert_eq!(back.tag_document(&doc, gaz), first);
        }
    }

    #[test]
    fn feature_set_5_models_still_load() {
        let (data, clusters) = with_vectors();
        let gaz = Gazetteer::get();
        let cfg = TrainConfig {
            epochs: 2,
            runs: 1,
            dense: DenseConfig {
                dims: 0,
                ..DenseConfig::default()
            },
            ..TrainConfig::default()
        };
        let m = Model::train(&data, clusters, AutoLex::default(), gaz, &cfg, |_, _| {});
        let bytes = m.to_bytes();
        // The header after the magic: format (u16), then the feature set (u32).
        let with_version = |v: u32| {
            let mut b = bytes.clone();
            let at = MAGIC.len() + 2;
            b[at..at + 4].copy_from_slice(&v.to_le_bytes());
            let body = b.len() - 8;
            let sum = Fnv::new().bytes(&b[..body]).finish();
            b[body..].copy_from_slice(&sum.to_le_bytes());
            b
        };
        let toks = ["وصل", "جون", "سميث", "إلى", "باريس"];
        let old = Model::from_bytes(&with_version(5)).map_err(|e| e.to_string());
        assert!(old.is_ok(), "{old:?}", old = old.as_ref().err());
        if let Ok(old) = old {
            assert_eq!(old.tag(&toks, gaz), m.tag(&toks, gaz));
        }
        assert!(matches!(
            Model::from_bytes(&with_version(4)),
            Err(ModelError::Features { found: 4 })
        ));
    }

    #[test]
    fn dot_is_the_naive_sum() {
        for n in [0usize, 3, 8, 13, 64, 128] {
            let a: Vec<f32> = (0..n).map(|k| (k as f32 * 0.37).sin()).collect();
            let b: Vec<f32> = (0..n).map(|k| (k as f32 * 0.11).cos()).collect();
            let naive: f64 = a.iter().zip(&b).map(|(x, y)| f64::from(x * y)).sum();
            assert!((f64::from(dot(&a, &b)) - naive).abs() < 1e-4, "n={n}");
        }
    }

    /// A tiny corpus whose cluster words have vectors: place names share a
    /// direction, person names another.
    fn with_vectors() -> (Vec<Sentence>, Clusters) {
        use crate::ner::clusters::Vectors;
        use crate::ner::norm::fold;
        let mut data = tiny_corpus();
        data.insert(
            2,
            mk(
                "زار بيتر مدريد",
                vec![(1, 2, Label::Per), (2, 3, Label::Loc)],
            ),
        );
        let words = [
            ("لندن", 0usize),
            ("باريس", 0),
            ("مدريد", 0),
            ("روما", 0),
            ("جون", 1),
            ("سميث", 1),
            ("بيتر", 1),
            ("قال", 2),
            ("في", 2),
            ("إلى", 2),
        ];
        let mut clusters = Clusters::default();
        let mut vecs = Vec::new();
        let mut names = Vec::new();
        for (k, (w, group)) in words.iter().enumerate() {
            let w = fold(w);
            clusters.insert(
                w.clone(),
                super::Path { bits: 0, depth: 0 },
                crate::ner::clusters::NO_FLAT,
            );
            let mut v = [0.1f32 * (k % 3) as f32; 6];
            v[*group] = 1.0;
            vecs.extend_from_slice(&v);
            names.push(w);
        }
        clusters.vectors = Some(std::sync::Arc::new(Vectors::from_f32(names, &vecs, 6)));
        (data, clusters)
    }

    #[test]
    fn dense_scores_are_dot_products_and_become_rows() {
        let (data, clusters) = with_vectors();
        let gaz = Gazetteer::get();
        let cfg = TrainConfig {
            dense: DenseConfig {
                dims: 4,
                norm: 1.5,
                positions: [true, true, false],
            },
            ..TrainConfig::default()
        };
        let mut dense = DenseData::new(&clusters, &cfg);
        assert!(dense.on());
        let infos: Vec<Vec<TokenInfo>> = data
            .iter()
            .map(|s| {
                let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
                analyze_tokens(&toks, gaz, &clusters, &AutoLex::default())
            })
            .collect();
        for i in &infos {
            dense.add_sentence(i);
        }
        let t = Scheme::Bio.tags().len();
        let d = 4;
        let w: Vec<f32> = (0..dense.block_len(t))
            .map(|k| ((k * 7919) % 17) as f32 / 8.0 - 1.0)
            .collect();
        let v = clusters.vectors.as_deref();
        // Naively: Σ over positions p with a vector of Σ_j W[p][k][j] · x_j, where
        // x is the word's first `d` components rescaled to length 1.5.
        for (s, inf) in infos.iter().enumerate() {
            for i in 0..inf.len() {
                let mut got = vec![0f32; t];
                dense.add_scores(&w, s, i, &mut got);
                let mut want = vec![0f64; t];
                for (p, &(off, _)) in EMB_POSITIONS.iter().enumerate().take(2) {
                    let Some(tok) = i.checked_add_signed(off).and_then(|j| inf.get(j)) else {
                        continue;
                    };
                    let Some(word) =
                        v.and_then(|v| v.words().iter().find(|w| tok.emb == Some(emb_key(w))))
                    else {
                        continue;
                    };
                    let full = v
                        .map(|v| {
                            v.dequantized(v.words().iter().position(|x| x == word).unwrap_or(0))
                        })
                        .unwrap_or_default();
                    let n = full[..d].iter().map(|x| x * x).sum::<f32>().sqrt();
                    for (k, acc) in want.iter_mut().enumerate() {
                        for j in 0..d {
                            *acc += f64::from(w[(p * t + k) * d + j] * full[j] * 1.5 / n);
                        }
                    }
                }
                for (g, x) in got.iter().zip(&want) {
                    assert!((f64::from(*g) - x).abs() < 1e-3, "{got:?} vs {want:?}");
                }
            }
        }
        // Materialized rows give the same scores through the feature index.
        let mut index: HashMap<u64, u32, IdentityBuild> = HashMap::default();
        let mut weights = Vec::new();
        dense.materialize(&w, t, &mut index, &mut weights);
        assert_eq!(index.len(), 2 * 10, "two positions × ten words");
        for (s, inf) in infos.iter().enumerate() {
            for i in 0..inf.len() {
                let mut got = vec![0f32; t];
                dense.add_scores(&w, s, i, &mut got);
                let mut feats = Vec::new();
                embedding_features(inf, i, &mut feats);
                let mut via_rows = vec![0f32; t];
                for f in feats {
                    if let Some(&r) = index.get(&f) {
                        let r = r as usize * t;
                        via_rows
                            .iter_mut()
                            .zip(&weights[r..r + t])
                            .for_each(|(a, b)| *a += b);
                    }
                }
                for (a, b) in got.iter().zip(&via_rows) {
                    assert!((a - b).abs() < 1e-4, "{got:?} vs {via_rows:?}");
                }
            }
        }
    }

    #[test]
    fn dense_training_is_deterministic_and_round_trips() {
        let (data, clusters) = with_vectors();
        let gaz = Gazetteer::get();
        let cfg = TrainConfig {
            epochs: 4,
            runs: 2,
            dense: DenseConfig {
                dims: 6,
                ..DenseConfig::default()
            },
            ..TrainConfig::default()
        };
        let train = || {
            Model::train(
                &data,
                clusters.clone(),
                AutoLex::default(),
                gaz,
                &cfg,
                |_, _| {},
            )
        };
        let (a, b) = (train(), train());
        let bytes = a.to_bytes();
        assert_eq!(bytes, b.to_bytes(), "same bytes twice");
        let plain = Model::train(
            &data,
            clusters.clone(),
            AutoLex::default(),
            gaz,
            &TrainConfig {
                dense: DenseConfig {
                    dims: 0,
                    ..DenseConfig::default()
                },
                ..cfg.clone()
            },
            |_, _| {},
        );
        assert!(
            a.n_features() >= plain.n_features() + 20,
            "the vector rows are stored"
        );
        // An unseen place name with a place vector, after a trained context.
        let toks = ["وصل", "جون", "سميث", "إلى", "روما"];
        let loaded = Model::from_bytes(&bytes).map_err(|e| e.to_string());
        assert!(loaded.is_ok(), "{loaded:?}", loaded = loaded.as_ref().err());
        if let Ok(m) = loaded {
            assert_eq!(m.tag(&toks, gaz), a.tag(&toks, gaz));
            assert_eq!(m.to_bytes(), bytes);
        }
    }
}
