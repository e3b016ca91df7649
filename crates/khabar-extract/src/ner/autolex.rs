//! A name lexicon learned without supervision: a first model tags a large raw
//! news corpus, and every word gets the label it most often received there.
//! Aggregating over many contexts gives evidence about names the annotated
//! training data never shows; the final model uses the lexicon as features.
use std::collections::HashMap;

use khabar_text::sentences::split_sentences;
use khabar_text::tokenize::{tokenize, TokenKind};

use super::gazetteer::{Gazetteer, Label};
use super::hash::FnvBuild;
use super::model::Model;
use super::norm::fold;

/// Folded word → (most frequent entity label, confidence bin 0..=2).
#[derive(Debug, Clone, Default)]
pub struct AutoLex {
    map: HashMap<String, (Label, u8), FnvBuild>,
}

impl AutoLex {
    pub fn get(&self, folded: &str) -> Option<(Label, u8)> {
        self.map.get(folded).copied()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn insert(&mut self, word: String, label: Label, bin: u8) {
        self.map.insert(word, (label, bin));
    }

    /// Room for `n` more words (a model file says how many it holds).
    pub fn reserve(&mut self, n: usize) {
        self.map.reserve(n);
    }

    /// Entries sorted by word.
    pub fn sorted(&self) -> Vec<(&str, Label, u8)> {
        let mut v: Vec<(&str, Label, u8)> = self
            .map
            .iter()
            .map(|(w, &(l, b))| (w.as_str(), l, b))
            .collect();
        v.sort_unstable_by(|a, b| a.0.cmp(b.0));
        v
    }

    /// Tags `docs` with `model` and keeps words seen at least `min_count` times
    /// that were inside an entity at least 30% of the time.
    pub fn build<'a>(
        model: &Model,
        gaz: &Gazetteer,
        docs: impl Iterator<Item = &'a str>,
        min_count: u32,
    ) -> AutoLex {
        // Counts per word: [PER, ORG, LOC, MISC, O].
        let mut counts: HashMap<String, [u32; 5], FnvBuild> = HashMap::default();
        for d in docs {
            let tokens = tokenize(d);
            for s in split_sentences(d, &tokens) {
                let toks: Vec<&str> = tokens
                    .iter()
                    .filter(|t| t.span.start >= s.start && t.span.end <= s.end)
                    .map(|t| t.span.slice(d))
                    .collect();
                let kinds: Vec<bool> = tokens
                    .iter()
                    .filter(|t| t.span.start >= s.start && t.span.end <= s.end)
                    .map(|t| matches!(t.kind, TokenKind::Arabic | TokenKind::Latin))
                    .collect();
                if toks.is_empty() {
                    continue;
                }
                let mut labels = vec![4usize; toks.len()];
                for (a, b, l) in model.tag(&toks, gaz) {
                    for x in labels.iter_mut().take(b).skip(a) {
                        *x = l.index();
                    }
                }
                for ((w, l), word) in toks.iter().zip(labels).zip(kinds) {
                    if word {
                        counts.entry(fold(w)).or_insert([0; 5])[l] += 1;
                    }
                }
            }
        }
        let mut out = AutoLex::default();
        for (w, c) in counts {
            let total: u32 = c.iter().sum();
            if total < min_count {
                continue;
            }
            let Some((best, &n)) = c[..4]
                .iter()
                .enumerate()
                .max_by_key(|&(k, n)| (*n, std::cmp::Reverse(k)))
            else {
                continue;
            };
            let r = f64::from(n) / f64::from(total);
            if r < 0.3 {
                continue;
            }
            let bin = if r < 0.5 {
                0
            } else if r < 0.8 {
                1
            } else {
                2
            };
            out.insert(w, Label::ALL[best], bin);
        }
        out
    }
}
