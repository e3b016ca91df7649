//! Self-training: the trained tagger labels raw news, and the sentences it is
//! confident about become extra training sentences for a retrained model.
//!
//! Confidence is agreement of the independent perceptron runs: the shipped
//! model averages `runs` perceptrons trained on different sentence orders;
//! a sentence counts as confidently tagged when every one of them, trained
//! alone, gives it the same spans (and it has at least one). Experiment and
//! result: docs/eval/ner.md, "Session 14: self-training".
use std::collections::HashSet;

use khabar_text::sentences::split_sentences;
use khabar_text::tokenize::tokenize;

use super::autolex::AutoLex;
use super::clusters::Clusters;
use super::gazetteer::Gazetteer;
use super::hash::{FnvBuild, Rng};
use super::model::{Model, Sentence, TrainConfig};
use super::norm::fold;

/// Which raw sentences are candidates, and how they are visited.
#[derive(Debug, Clone)]
pub struct SelfTrainConfig {
    /// Fewest and most tokens of a candidate sentence.
    pub min_tokens: usize,
    pub max_tokens: usize,
    /// Seed of the (fixed) order in which documents are visited, so that the
    /// first sentences kept are spread over the whole corpus.
    pub seed: u64,
    /// Keep only sentences with an entity that has a word (folded) not in
    /// `known` ([`confident_sentences`]): names the annotated data never shows.
    pub novel_only: bool,
}

impl Default for SelfTrainConfig {
    fn default() -> Self {
        SelfTrainConfig {
            min_tokens: 5,
            max_tokens: 60,
            seed: 0x5e1f,
            novel_only: false,
        }
    }
}

/// Counts of a [`confident_sentences`] scan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SelfTrainStats {
    pub documents: usize,
    /// Candidate sentences tagged by the first run (length in range, not a repeat).
    pub tagged: usize,
    /// Of those, with at least one span by the first run.
    pub with_entities: usize,
    /// Kept: all runs agree (and, with `novel_only`, a new name).
    pub kept: usize,
}

/// The models of the `cfg.runs` perceptron runs of [`Model::train`], each
/// trained alone (run `r` with seed `cfg.seed + r`, exactly the order that run
/// has inside the averaged model).
pub fn run_models(
    data: &[Sentence],
    clusters: &Clusters,
    autolex: &AutoLex,
    gaz: &Gazetteer,
    cfg: &TrainConfig,
) -> Vec<Model> {
    (0..cfg.runs.max(1))
        .map(|r| {
            let one = TrainConfig {
                runs: 1,
                seed: cfg.seed.wrapping_add(r as u64),
                ..cfg.clone()
            };
            Model::train(
                data,
                clusters.clone(),
                autolex.clone(),
                gaz,
                &one,
                |_, _| {},
            )
        })
        .collect()
}

/// Up to `k` sentences of `docs` on which all `models` give the same spans, with
/// at least one span, as training sentences labelled with those spans. Documents
/// are visited in a fixed pseudo-random order (`st.seed`), sentences in text
/// order; a sentence whose tokens were already seen is skipped. `known`: the
/// folded words of the annotated data (used with `st.novel_only`).
pub fn confident_sentences(
    models: &[Model],
    gaz: &Gazetteer,
    docs: &[&str],
    k: usize,
    known: &HashSet<String, FnvBuild>,
    st: &SelfTrainConfig,
) -> (Vec<Sentence>, SelfTrainStats) {
    let mut stats = SelfTrainStats::default();
    let mut out = Vec::new();
    let Some((first, others)) = models.split_first() else {
        return (out, stats);
    };
    let mut order: Vec<usize> = (0..docs.len()).collect();
    Rng::new(st.seed).shuffle(&mut order);
    let mut seen: HashSet<String, FnvBuild> = HashSet::default();
    for &d in &order {
        if out.len() >= k {
            break;
        }
        let text = docs[d];
        stats.documents += 1;
        let tokens = tokenize(text);
        for s in split_sentences(text, &tokens) {
            if out.len() >= k {
                break;
            }
            let toks: Vec<&str> = tokens
                .iter()
                .filter(|t| t.span.start >= s.start && t.span.end <= s.end)
                .map(|t| t.span.slice(text))
                .collect();
            if toks.len() < st.min_tokens || toks.len() > st.max_tokens {
                continue;
            }
            if !seen.insert(toks.join(" ")) {
                continue;
            }
            stats.tagged += 1;
            let spans = first.tag(&toks, gaz);
            if spans.is_empty() {
                continue;
            }
            stats.with_entities += 1;
            if st.novel_only
                && !spans.iter().any(|&(a, b, _)| {
                    toks[a..b]
                        .iter()
                        .any(|w| w.chars().any(char::is_alphabetic) && !known.contains(&fold(w)))
                })
            {
                continue;
            }
            if others.iter().all(|m| m.tag(&toks, gaz) == spans) {
                stats.kept += 1;
                out.push(Sentence {
                    tokens: toks.iter().map(|t| t.to_string()).collect(),
                    spans,
                    extra: Vec::new(),
                });
            }
        }
    }
    (out, stats)
}

/// The folded words of `data` (for [`SelfTrainConfig::novel_only`]).
pub fn known_words(data: &[Sentence]) -> HashSet<String, FnvBuild> {
    data.iter()
        .flat_map(|s| s.tokens.iter().map(|t| fold(t)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::gazetteer::Label;

    fn sent(tokens: &[&str], spans: &[(usize, usize, Label)]) -> Sentence {
        Sentence {
            tokens: tokens.iter().map(|t| t.to_string()).collect(),
            spans: spans.to_vec(),
            extra: Vec::new(),
        }
    }

    fn data() -> Vec<Sentence> {
        let mut v = Vec::new();
        for _ in 0..6 {
            v.push(sent(
                &[
                    "وصل",
                    "الوزير",
                    "كريم",
                    "نادر",
                    "إلى",
                    "عمان",
                    "صباح",
                    "اليوم",
                ],
                &[(2, 4, Label::Per), (5, 6, Label::Loc)],
            ));
            v.push(sent(
                &[
                    "قال",
                    "المتحدث",
                    "باسم",
                    "شركة",
                    "نور",
                    "للطاقة",
                    "إن",
                    "الأسعار",
                    "ارتفعت",
                ],
                &[(4, 6, Label::Org)],
            ));
            v.push(sent(
                &["وتوقع", "الخبراء", "أن", "تستمر", "الأمطار", "أسبوعا", "آخر"],
                &[],
            ));
        }
        v
    }

    #[test]
    fn agreement_of_the_runs_keeps_confident_sentences() {
        let gaz = Gazetteer::get();
        let cfg = TrainConfig {
            runs: 3,
            epochs: 2,
            ..TrainConfig::default()
        };
        let train = data();
        let runs = run_models(&train, &Clusters::default(), &AutoLex::default(), gaz, &cfg);
        assert_eq!(runs.len(), 3);
        let docs = [
            "وصل الوزير كريم نادر إلى عمان صباح اليوم. وتوقع الخبراء أن تستمر الأمطار أسبوعا آخر.",
            "قال المتحدث باسم شركة نور للطاقة إن الأسعار ارتفعت. وصل الوزير كريم نادر إلى عمان صباح اليوم.",
        ];
        let known = known_words(&train);
        let st = SelfTrainConfig::default();
        let (kept, stats) = confident_sentences(&runs, gaz, &docs, 10, &known, &st);
        // The repeated sentence is tagged once; the sentence without names is not kept.
        assert_eq!(stats.documents, 2);
        assert_eq!(stats.tagged, 3);
        assert_eq!(stats.with_entities, 2);
        assert_eq!(
            stats.kept, 2,
            "both named sentences are tagged alike by every run"
        );
        assert_eq!(kept.len(), stats.kept);
        for s in &kept {
            assert!(!s.spans.is_empty());
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            for m in &runs {
                assert_eq!(m.tag(&toks, gaz), s.spans, "every run agrees");
            }
        }
        // Deterministic: the same scan gives the same sentences.
        let (again, stats2) = confident_sentences(&runs, gaz, &docs, 10, &known, &st);
        assert_eq!(stats, stats2);
        assert_eq!(
            kept.iter()
                .map(|s| (&s.tokens, &s.spans))
                .collect::<Vec<_>>(),
            again
                .iter()
                .map(|s| (&s.tokens, &s.spans))
                .collect::<Vec<_>>()
        );
        // A limit of one keeps at most one; only known words: nothing is novel.
        assert!(
            confident_sentences(&runs, gaz, &docs, 1, &known, &st)
                .0
                .len()
                <= 1
        );
        let novel = SelfTrainConfig {
            novel_only: true,
            ..SelfTrainConfig::default()
        };
        assert!(confident_sentences(&runs, gaz, &docs, 10, &known, &novel)
            .0
            .is_empty());
    }

    #[test]
    fn partial_sentences_teach_their_spans_and_training_stays_deterministic() {
        let gaz = Gazetteer::get();
        let mut train = data();
        let cfg = TrainConfig {
            runs: 2,
            epochs: 3,
            ..TrainConfig::default()
        };
        let train_with = |data: &[Sentence], cfg: &TrainConfig| {
            Model::train(
                data,
                Clusters::default(),
                AutoLex::default(),
                gaz,
                cfg,
                |_, _| {},
            )
        };
        // No partial sentence: the same model as without the setting.
        let none = TrainConfig {
            partial_from: train.len(),
            ..cfg.clone()
        };
        assert_eq!(
            train_with(&train, &cfg).to_bytes(),
            train_with(&train, &none).to_bytes()
        );
        // Partially labelled sentences with a name the annotated part never shows.
        let n = train.len();
        let new = ["استقبل", "السفير", "ماهر", "دلال", "في", "مكتبه", "أمس"];
        for _ in 0..6 {
            train.push(sent(&new, &[(2, 4, Label::Per)]));
        }
        let partial = TrainConfig {
            partial_from: n,
            ..cfg.clone()
        };
        let m = train_with(&train, &partial);
        assert_eq!(m.to_bytes(), train_with(&train, &partial).to_bytes());
        assert_eq!(m.tag(&new, gaz), vec![(2, 4, Label::Per)]);
        // The annotated sentences are still tagged as annotated.
        let old: Vec<&str> = train[0].tokens.iter().map(String::as_str).collect();
        assert_eq!(m.tag(&old, gaz), train[0].spans);
    }
}
