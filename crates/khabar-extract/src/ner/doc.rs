//! Document-level evidence for the NER tagger (two-stage tagging in the
//! manner of Krishnan & Manning, ACL 2006): names recur within an article, and
//! an occurrence in a clear context ("الفنان طلعت زكريا") tells how to read
//! the others ("وكان طلعت زكريا يتقمص"). A first pass tags every sentence; the
//! labels it gave to the same word form, and the names it found, **in the
//! other sentences of the document** become features of the second pass.
//!
//! Forms are folded and clitic-stripped ([`super::norm`]), so وسورية and
//! سورية, أبوالنجا and ابوالنجا count as one. (The stripper is greedy: فايزة
//! loses its ف as if it were a clitic while وفايزة keeps it, so those two
//! mentions do not meet.)
use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use super::gazetteer::{Gazetteer, Label};
use super::hash::{Fnv, FnvBuild};
use super::model::{Model, Sentence, TrainConfig};
use super::norm::{bare, fold};

/// Longest name (in tokens) that is matched across sentences.
const MAX_NAME: usize = 6;

/// The comparison form of each token.
pub fn forms(tokens: &[&str]) -> Vec<String> {
    tokens.iter().map(|t| bare(&fold(t)).to_string()).collect()
}

/// First-pass labels over a document, with per-sentence contributions that can
/// be removed again ([`DocStats::add`] with `sign = -1`), so that a sentence
/// sees only the evidence of the *other* sentences. Keys borrow the forms
/// (`String`s, or `&str`s borrowed from elsewhere).
#[derive(Debug, Default, Clone)]
pub struct DocStats<'a, S = String> {
    /// Form → occurrences labelled [PER, ORG, LOC, MISC, O], for the forms that
    /// are inside a name somewhere in the document (others are no evidence).
    words: HashMap<&'a str, [i32; 5], FnvBuild>,
    /// Name (sequence of forms) → occurrences per label.
    names: HashMap<&'a [S], [i32; 4], FnvBuild>,
    /// First forms of the names of the document.
    starts: HashSet<&'a str, FnvBuild>,
    /// Tokens in the longest name added so far.
    longest: usize,
}

fn is_word(form: &str) -> bool {
    form.chars().any(char::is_alphabetic)
}

impl<'a, S: AsRef<str> + Eq + Hash> DocStats<'a, S> {
    /// Statistics over the sentences `forms` with first-pass spans `preds`
    /// (nothing counted yet: [`DocStats::add`] them).
    pub fn new(forms: &'a [Vec<S>], preds: &[Vec<(usize, usize, Label)>]) -> Self {
        let mut words: HashMap<&'a str, [i32; 5], FnvBuild> = HashMap::default();
        let mut starts: HashSet<&'a str, FnvBuild> = HashSet::default();
        for (f, p) in forms.iter().zip(preds) {
            for &(a, b, _) in p {
                if let Some(w) = f.get(a).filter(|_| a < b) {
                    starts.insert(w.as_ref());
                }
                for w in f.get(a..b).unwrap_or(&[]) {
                    if is_word(w.as_ref()) {
                        words.entry(w.as_ref()).or_default();
                    }
                }
            }
        }
        DocStats {
            words,
            names: HashMap::default(),
            starts,
            longest: 0,
        }
    }

    /// Adds (`sign = 1`) or removes (`sign = -1`) one tagged sentence.
    pub fn add(&mut self, forms: &'a [S], spans: &[(usize, usize, Label)], sign: i32) {
        let mut labels = vec![4usize; forms.len()];
        for &(a, b, l) in spans {
            let Some(name) = forms.get(a..b) else {
                continue;
            };
            labels[a..b].iter_mut().for_each(|x| *x = l.index());
            if !name.is_empty() && name.len() <= MAX_NAME {
                let c = self.names.entry(name).or_default();
                c[l.index()] += sign;
                self.longest = self.longest.max(name.len());
            }
        }
        for (f, l) in forms.iter().zip(labels) {
            if let Some(c) = self.words.get_mut(f.as_ref()) {
                c[l] += sign;
            }
        }
    }

    /// Entity evidence for a form: its majority label (4 = O) over the counted
    /// sentences and the share of its occurrences inside names (bin 1: under
    /// half, 2: half or more, 3: all); `None` if it was never inside a name.
    fn evidence(&self, form: &str) -> Option<(usize, usize)> {
        let c = self.words.get(form)?;
        let total: i32 = c.iter().sum();
        let ent: i32 = c[..4].iter().sum();
        if total <= 0 || ent <= 0 {
            return None;
        }
        let maj = (0..5).max_by_key(|&k| (c[k], 5 - k)).unwrap_or(4);
        let bin = if ent * 2 < total {
            1
        } else if ent < total {
            2
        } else {
            3
        };
        Some((maj, bin))
    }

    /// Names of the counted sentences found in `forms`, longest match first, left
    /// to right: (start, length, label index).
    fn name_matches(&self, forms: &[S]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < forms.len() {
            let mut step = 1;
            // A name starts with a form that starts a name somewhere.
            let starts_name = forms
                .get(i)
                .is_some_and(|f| self.starts.contains(f.as_ref()));
            let longest = if starts_name { self.longest } else { 0 };
            for len in (1..=longest.min(forms.len() - i)).rev() {
                let Some(c) = forms.get(i..i + len).and_then(|k| self.names.get(k)) else {
                    continue;
                };
                let Some(l) = (0..4).filter(|&k| c[k] > 0).max_by_key(|&k| (c[k], 4 - k)) else {
                    continue;
                };
                out.push((i, len, l));
                step = len;
                break;
            }
            i += step;
        }
        out
    }

    /// Whether the evidence of the other sentences agrees with a sentence's own
    /// first-pass spans: every word with entity evidence got its majority label
    /// and every name found elsewhere is a span of the same label here. Such a
    /// sentence keeps its first-pass tags (re-tagging it would change little).
    pub fn agrees(&self, forms: &[S], spans: &[(usize, usize, Label)]) -> bool {
        let mut labels = vec![4usize; forms.len()];
        for &(a, b, l) in spans {
            if let Some(x) = labels.get_mut(a..b) {
                x.iter_mut().for_each(|x| *x = l.index());
            }
        }
        let words_agree = forms
            .iter()
            .zip(&labels)
            .all(|(f, &own)| self.evidence(f.as_ref()).is_none_or(|(maj, _)| maj == own));
        words_agree
            && self.name_matches(forms).into_iter().all(|(i, len, l)| {
                spans
                    .iter()
                    .any(|&(a, b, x)| a == i && b == i + len && x.index() == l)
            })
    }

    /// Extra features per token of a sentence (whose own contribution must not be
    /// in `self`). Only entity evidence counts: a word the first pass never put in
    /// a name says nothing new.
    pub fn features(&self, forms: &[S]) -> Vec<Vec<u64>> {
        let mut out = vec![Vec::new(); forms.len()];
        for (f, feats) in forms.iter().zip(out.iter_mut()) {
            if let Some((maj, bin)) = self.evidence(f.as_ref()) {
                feats.push(Fnv::new().byte(200).number(maj).finish());
                feats.push(Fnv::new().byte(201).number(bin).finish());
                feats.push(Fnv::new().byte(202).number(maj).number(bin).finish());
            }
        }
        for (i, len, l) in self.name_matches(forms) {
            for (k, feats) in out[i..i + len].iter_mut().enumerate() {
                let pos = u8::from(k > 0);
                feats.push(Fnv::new().byte(203).byte(pos).number(l).finish());
                feats.push(
                    Fnv::new()
                        .byte(204)
                        .byte(pos)
                        .number(l)
                        .number(len.min(3))
                        .finish(),
                );
            }
        }
        out
    }
}

/// Document evidence for every sentence of a sequence from the *other*
/// sentences within ±`k` of it (`k ≥ len` = the whole document). `forms[s]` are
/// the forms of sentence `s` ([`forms`]), `preds[s]` its first-pass spans.
pub fn window_features(
    forms: &[Vec<String>],
    preds: &[Vec<(usize, usize, Label)>],
    k: usize,
) -> Vec<Vec<Vec<u64>>> {
    let n = forms.len().min(preds.len());
    let mut st = DocStats::new(forms, preds);
    for j in 0..n.min(k.saturating_add(1)) {
        st.add(&forms[j], &preds[j], 1);
    }
    let mut out = Vec::with_capacity(n);
    for s in 0..n {
        if s > 0 && s.saturating_add(k) < n {
            st.add(&forms[s + k], &preds[s + k], 1);
        }
        if s > k {
            st.add(&forms[s - k - 1], &preds[s - k - 1], -1);
        }
        st.add(&forms[s], &preds[s], -1);
        out.push(st.features(&forms[s]));
        st.add(&forms[s], &preds[s], 1);
    }
    out
}

/// For every sentence of a document: `None` when the other sentences' evidence
/// agrees with its first-pass spans ([`DocStats::agrees`]), else its features.
pub fn document_features<S: AsRef<str> + Eq + Hash>(
    forms: &[Vec<S>],
    preds: &[Vec<(usize, usize, Label)>],
) -> Vec<Option<Vec<Vec<u64>>>> {
    let mut st = DocStats::new(forms, preds);
    for (f, p) in forms.iter().zip(preds) {
        st.add(f, p, 1);
    }
    forms
        .iter()
        .zip(preds)
        .map(|(f, p)| {
            st.add(f, p, -1);
            let out = (!st.agrees(f, p)).then(|| st.features(f));
            st.add(f, p, 1);
            out
        })
        .collect()
}

/// Trains the document-evidence pass of `model` on `train` (sentences in text
/// order, so that neighbours come from the same articles): `folds`-fold
/// jackknife first-pass labels (each part tagged by a model trained on the
/// others, with `model`'s clusters and lexicon), evidence from the sentences
/// within ±`window`, then a second model on the features plus that evidence,
/// whose rows with no weight of at least `prune` in absolute value are dropped
/// (a smaller table stays warmer in cache; 0 keeps every row).
#[allow(clippy::too_many_arguments)]
pub fn train_doc_pass(
    model: &mut Model,
    train: &[Sentence],
    gaz: &Gazetteer,
    cfg: &TrainConfig,
    folds: usize,
    window: usize,
    prune: f32,
    mut progress: impl FnMut(&str),
) {
    let folds = folds.clamp(2, train.len().max(2));
    let mut preds = Vec::with_capacity(train.len());
    for j in 0..folds {
        let (lo, hi) = (train.len() * j / folds, train.len() * (j + 1) / folds);
        let rest: Vec<Sentence> = train[..lo].iter().chain(&train[hi..]).cloned().collect();
        let m = Model::train(
            &rest,
            model.clusters.clone(),
            model.autolex.clone(),
            gaz,
            cfg,
            |_, _| {},
        );
        for s in &train[lo..hi] {
            let toks: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            preds.push(m.tag(&toks, gaz));
        }
        progress(&format!("document pass: jackknife part {}/{folds}", j + 1));
    }
    let f: Vec<Vec<String>> = train
        .iter()
        .map(|s| forms(&s.tokens.iter().map(String::as_str).collect::<Vec<_>>()))
        .collect();
    let with_doc: Vec<Sentence> = train
        .iter()
        .zip(window_features(&f, &preds, window))
        .map(|(s, extra)| Sentence { extra, ..s.clone() })
        .collect();
    let mut second = Model::train(
        &with_doc,
        model.clusters.clone(),
        model.autolex.clone(),
        gaz,
        cfg,
        |_, _| {},
    );
    if prune > 0.0 {
        let n = second.prune_rows(prune);
        progress(&format!(
            "document pass: {n} weight rows kept (largest |weight| ≥ {prune})"
        ));
    }
    progress("document pass: trained");
    model.set_doc_pass(second);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_sentences_give_evidence_and_own_is_removed() {
        let docs = vec![
            forms(&["الفنان", "طلعت", "زكريا", "حقق", "حلمه"]),
            forms(&["وكان", "طلعت", "زكريا", "يتقمص"]),
        ];
        let preds = vec![vec![(1, 3, Label::Per)], vec![]];
        let (s1, s2) = (&docs[0], &docs[1]);
        let mut d = DocStats::new(&docs, &preds);
        d.add(s1, &preds[0], 1);
        d.add(s2, &[], 1);
        // Second sentence, seen without its own first-pass labels.
        d.add(s2, &[], -1);
        let f = d.features(s2);
        assert!(!d.agrees(s2, &[]), "the name is untagged here");
        assert!(d.agrees(s2, &[(1, 3, Label::Per)]));
        assert!(f[0].is_empty(), "وكان has no evidence elsewhere");
        assert_eq!(f[1].len(), 5, "word stats (3) + name match (2)");
        assert_eq!(f[2].len(), 5);
        assert!(f[3].is_empty());
        // The same name seen only in the sentence itself gives nothing.
        let mut own = DocStats::new(&docs, &preds);
        own.add(s1, &preds[0], 1);
        own.add(s1, &preds[0], -1);
        assert!(own.features(s1).iter().all(Vec::is_empty));
        // Whole-document helper: sentence 2 disagrees (untagged name), sentence 1 agrees.
        let per = document_features(&docs, &preds);
        assert!(per[0].is_none());
        assert!(per[1].as_ref().is_some_and(|f| f[1].len() == 5));
    }

    #[test]
    fn window_sees_only_neighbours() {
        let name = forms(&["طلعت", "زكريا"]);
        let other = forms(&["قال", "شيئا"]);
        let f = vec![name.clone(), other.clone(), other.clone(), name.clone()];
        let p = vec![
            vec![(0, 2, Label::Per)],
            vec![],
            vec![],
            vec![(0, 2, Label::Per)],
        ];
        // ±1: the two mentions of the name are 3 sentences apart and do not see each other.
        let near = window_features(&f, &p, 1);
        assert!(near[0].iter().all(Vec::is_empty));
        assert!(near[3].iter().all(Vec::is_empty));
        // A word never found in a name is no evidence.
        assert!(near[1].iter().all(Vec::is_empty), "قال was never in a name");
        assert!(near[2].iter().all(Vec::is_empty));
        // The whole document: each mention sees the other.
        let all = window_features(&f, &p, usize::MAX);
        assert_eq!(all[0][0].len(), 5);
        assert_eq!(all[3][1].len(), 5);
    }

    #[test]
    fn clitics_and_spelling_variants_match() {
        let a = forms(&["وسورية", "أبوالنجا", "وغادة"]);
        let b = forms(&["سورية", "ابوالنجا", "غادة"]);
        assert_eq!(a, b);
    }
}
