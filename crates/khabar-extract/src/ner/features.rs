//! Feature extraction for the sequence tagger. Each feature is a 64-bit hash
//! of a template id and its string parts; the model maps hashes to weights.
use super::autolex::AutoLex;
use super::clusters::{Clusters, Flat, Path, NO_FLAT};
use super::gazetteer::{Gazetteer, Match, Source, Trigger};
use super::hash::Fnv;
use super::norm::{bare, fold, shape, strips};

/// Version of the feature set. Bump on any change to this file, `norm.rs`
/// or the gazetteer semantics; a model trained with another version is refused
/// (except [`COMPATIBLE_FEATURE_VERSIONS`]).
/// Version 6 adds the word-vector rows ([`embedding_features`]).
pub const FEATURE_VERSION: u32 = 6;

/// Older feature sets whose models this build scores exactly as before: version 5
/// is version 6 without word-vector rows (its models have none to look up).
pub const COMPATIBLE_FEATURE_VERSIONS: [u32; 1] = [5];

/// Per-token facts computed once per sentence.
#[derive(Debug, Clone)]
pub struct TokenInfo {
    pub folded: String,
    pub bare: String,
    pub shape: String,
    /// Proclitic pattern stripped for `bare` (e.g. `وال`), or empty.
    pub clitics: String,
    pub cluster: Option<Path>,
    pub bare_cluster: Option<Path>,
    /// Flat k-means cluster ids of the word (else of its clitic-stripped form).
    pub flat: Flat,
    /// Gazetteer categories covering the token, with B/I position: e.g. `country:B`.
    pub gaz: Vec<&'static str>,
    pub nationality: bool,
    pub trigger: Option<Trigger>,
    /// Label the word usually gets in raw news (see [`AutoLex`]), as e.g. `PER2`.
    pub auto: Option<String>,
    /// The word's hash states as the first part of the word-pair templates.
    pub heads: Heads,
    /// [`emb_key`] of the cluster-vocabulary word the token was found as (itself,
    /// else its clitic-stripped form): the key of its word-vector rows.
    pub emb: Option<u64>,
}

/// Hash states `Fnv::new().byte(template).part(form)` of one word for the
/// word-pair features whose first part is that word, so that a pair costs one
/// more word of hashing ([`context_features`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heads([Fnv; HEADS.len()]);

/// The pair templates with their first part: 0 = folded, 1 = bare, 2 = shape.
const HEADS: [(u8, u8); 10] = [
    (56, 0),
    (57, 0),
    (58, 0),
    (59, 0),
    (60, 0),
    (117, 1),
    (118, 1),
    (124, 1),
    (125, 1),
    (90, 2),
];

impl Heads {
    fn new(folded: &str, bare: &str, shape: &str) -> Heads {
        Heads(HEADS.map(|(t, form)| {
            let f = match form {
                0 => folded,
                1 => bare,
                _ => shape,
            };
            Fnv::new().byte(t).part(f)
        }))
    }

    /// The state of template `t` (one of [`HEADS`]) for word `w`, or for the
    /// sentence boundary `edge` if there is no word.
    #[inline]
    fn get(w: Option<&Heads>, t: u8, edge: &str) -> Fnv {
        let k = HEADS.iter().position(|h| h.0 == t);
        match (w, k) {
            (Some(w), Some(k)) => w.0[k],
            _ => Fnv::new().byte(t).part(edge),
        }
    }
}

/// A borrowed view of the sentence-independent facts of a token (all of
/// [`TokenInfo`] but `gaz`), as the split feature functions read them.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub folded: &'a str,
    pub bare: &'a str,
    pub clitics: &'a str,
    pub shape: &'a str,
    pub auto: Option<&'a str>,
    pub cluster: Option<Path>,
    pub bare_cluster: Option<Path>,
    pub flat: Flat,
    pub nationality: bool,
    pub trigger: Option<Trigger>,
    pub heads: &'a Heads,
    pub emb: Option<u64>,
}

impl TokenInfo {
    /// The token's sentence-independent facts.
    pub fn facts(&self) -> Facts<'_> {
        Facts {
            folded: &self.folded,
            bare: &self.bare,
            clitics: &self.clitics,
            shape: &self.shape,
            auto: self.auto.as_deref(),
            cluster: self.cluster,
            bare_cluster: self.bare_cluster,
            flat: self.flat,
            nationality: self.nationality,
            trigger: self.trigger,
            heads: &self.heads,
            emb: self.emb,
        }
    }
}

const GAZ_TAGS: [[&str; 2]; 7] = [
    ["cty:B", "cty:I"],
    ["city:B", "city:I"],
    ["bigcity:B", "bigcity:I"],
    ["cPER:B", "cPER:I"],
    ["cORG:B", "cORG:I"],
    ["cLOC:B", "cLOC:I"],
    ["cMISC:B", "cMISC:I"],
];

/// Computes [`TokenInfo`] for a sentence.
pub fn analyze_tokens(
    tokens: &[&str],
    gaz: &Gazetteer,
    clusters: &Clusters,
    auto: &AutoLex,
) -> Vec<TokenInfo> {
    let mut infos: Vec<TokenInfo> = tokens
        .iter()
        .map(|t| word_info(t, gaz, clusters, auto))
        .collect();
    let folded: Vec<&str> = infos.iter().map(|i| i.folded.as_str()).collect();
    let mut tags: Vec<(usize, &'static str)> = Vec::new();
    gazetteer_tags(gaz, &folded, |k, tag| tags.push((k, tag)));
    for (k, tag) in tags {
        if let Some(info) = infos.get_mut(k) {
            info.gaz.push(tag);
        }
    }
    infos
}

/// The facts of one token that do not depend on its sentence: everything in
/// [`TokenInfo`] but `gaz` (left empty).
pub fn word_info(t: &str, gaz: &Gazetteer, clusters: &Clusters, auto: &AutoLex) -> TokenInfo {
    let folded = fold(t);
    let b = bare(&folded).to_string();
    let clitics = folded.strip_suffix(b.as_str()).unwrap_or("").to_string();
    let own = clusters.get_all(&folded);
    let cluster = own.map(|e| e.0);
    let st = strips(&folded);
    let bare_hit = if b != folded {
        st.iter().skip(1).find_map(|s| {
            clusters
                .get_all(&s.with_article)
                .map(|e| (e, s.with_article.as_str()))
        })
    } else {
        None
    };
    let bare_all = bare_hit.map(|h| h.0);
    let bare_cluster = bare_all.map(|e| e.0);
    let flat = own.or(bare_all).map_or(NO_FLAT, |e| e.1);
    let emb = if own.is_some() {
        Some(emb_key(&folded))
    } else {
        bare_hit.map(|h| emb_key(h.1))
    };
    let auto = auto
        .get(&folded)
        .or_else(|| st.iter().skip(1).find_map(|s| auto.get(&s.with_article)))
        .map(|(l, bin)| format!("{}{bin}", l.as_str()));
    let nationality = gaz.nationality_in(&st).is_some();
    let trigger = gaz.trigger_in(&folded, &st);
    drop(st);
    let shape = shape(t);
    TokenInfo {
        heads: Heads::new(&folded, &b, &shape),
        auto,
        shape,
        nationality,
        trigger,
        bare: b,
        clitics,
        cluster,
        bare_cluster,
        flat,
        gaz: Vec::new(),
        emb,
        folded,
    }
}

/// The key of a cluster-vocabulary word's vector rows ([`TokenInfo::emb`]).
pub fn emb_key(word: &str) -> u64 {
    Fnv::new().byte(150).part(word).finish()
}

/// Positions of the word-vector features relative to the token, with their
/// templates: the token's own word, the word before and the word after.
pub const EMB_POSITIONS: [(isize, u8); 3] = [(0, 151), (-1, 152), (1, 153)];

/// The feature id of the word-vector row of the word with [`emb_key`] `key` at
/// the position of template `t` (one of [`EMB_POSITIONS`]). A trained model
/// holds, for every vocabulary word and position, the row `W_p · v(word)` of
/// its dense weights `W_p` ([`super::model`]), so tagging needs no vectors.
#[inline]
pub fn emb_feature(t: u8, key: u64) -> u64 {
    Fnv::new().byte(t).bytes(&key.to_le_bytes()).finish()
}

/// The word-vector keys of token `i` at each of [`EMB_POSITIONS`].
pub fn emb_keys(infos: &[TokenInfo], i: usize) -> [Option<u64>; 3] {
    EMB_POSITIONS.map(|(d, _)| {
        i.checked_add_signed(d)
            .and_then(|j| infos.get(j))
            .and_then(|t| t.emb)
    })
}

/// The word-vector row features of token `i` (pushed to `out`): not part of
/// [`token_features`], which the perceptron learns sparse weights for.
pub fn embedding_features(infos: &[TokenInfo], i: usize, out: &mut Vec<u64>) {
    for ((_, t), key) in EMB_POSITIONS.iter().zip(emb_keys(infos, i)) {
        if let Some(k) = key {
            out.push(emb_feature(*t, k));
        }
    }
}

/// Calls `f(token index, tag)` for every gazetteer category tag (e.g. `cty:B`) of
/// the sentence of `folded` tokens, in the order [`TokenInfo::gaz`] lists them.
pub fn gazetteer_tags(gaz: &Gazetteer, folded: &[&str], f: impl FnMut(usize, &'static str)) {
    gazetteer_tags_of(gaz, &gaz.scan(folded), folded.len(), f);
}

/// [`gazetteer_tags`] from the matches `gaz.scan(folded)` of a sentence of `n`
/// tokens (for callers that keep the matches).
pub fn gazetteer_tags_of(
    gaz: &Gazetteer,
    matches: &[Match],
    n: usize,
    mut f: impl FnMut(usize, &'static str),
) {
    for m in matches {
        let mut seen = [false; 7];
        for &e in &m.entries {
            let Some(entry) = gaz.entry(e) else { continue };
            let cat = match (entry.source, entry.label) {
                (Source::Country, _) => 0,
                (Source::City, _) if entry.population >= 500_000 => 2,
                (Source::City, _) => 1,
                (Source::Curated, l) => 3 + l.index(),
            };
            if std::mem::replace(&mut seen[cat], true) {
                continue;
            }
            for k in m.start..m.end.min(n) {
                f(k, GAZ_TAGS[cat][usize::from(k != m.start)]);
            }
        }
    }
}

#[inline]
fn f1(t: u8, a: &str) -> u64 {
    Fnv::new().byte(t).part(a).finish()
}

#[inline]
fn f2(t: u8, a: &str, b: &str) -> u64 {
    Fnv::new().byte(t).part(a).part(b).finish()
}

fn prefix_chars(s: &str, n: usize) -> Option<&str> {
    let end = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    (s.chars().count() > n).then(|| &s[..end])
}

fn suffix_chars(s: &str, n: usize) -> Option<&str> {
    let count = s.chars().count();
    if count <= n {
        return None;
    }
    let start = s.char_indices().nth(count - n).map_or(0, |(i, _)| i);
    Some(&s[start..])
}

/// `f2(t, &n.to_string(), &p.prefix(n))` without allocating.
#[inline]
fn cluster_feature(t: u8, n: u8, p: Path) -> u64 {
    let mut h = Fnv::new().byte(t).number(usize::from(n)).byte(0xff);
    for i in 0..p.depth.min(n) {
        h = h.byte(if p.bits >> (31 - u32::from(i)) & 1 == 1 {
            b'1'
        } else {
            b'0'
        });
    }
    h.byte(0xff).finish()
}

const BOS: &str = "<s>";
const EOS: &str = "</s>";

/// Number of word-identity features at the front of [`token_features`]'s output
/// (dropped at random during training so that the model learns to rely on
/// context, affixes and clusters for unseen names).
pub const LEXICAL: usize = 5;

/// Features of token `i` (hashes pushed to `out`, which is cleared first). The
/// first [`LEXICAL`] are word-identity features.
pub fn token_features(infos: &[TokenInfo], tokens: &[&str], i: usize, out: &mut Vec<u64>) {
    out.clear();
    let Some(me) = infos.get(i) else { return };
    let at =
        |j: isize| -> Option<&TokenInfo> { usize::try_from(j).ok().and_then(|j| infos.get(j)) };
    let word = |j: isize| at(j).map_or(if j < 0 { BOS } else { EOS }, |t| t.folded.as_str());
    let bare_at = |j: isize| at(j).map_or(if j < 0 { BOS } else { EOS }, |t| t.bare.as_str());
    let i = i as isize;

    out.push(f1(1, tokens.get(i as usize).copied().unwrap_or("")));
    out.push(f1(2, &me.folded));
    out.push(f1(3, &me.bare));
    out.push(f2(56, word(i - 1), &me.folded));
    out.push(f2(57, &me.folded, word(i + 1)));
    out.push(f1(0, ""));
    out.push(f1(4, &me.clitics));
    for n in 1..=4 {
        if let Some(p) = prefix_chars(&me.folded, n) {
            out.push(f1(10 + n as u8, p));
        }
        if let Some(s) = suffix_chars(&me.folded, n) {
            out.push(f1(20 + n as u8, s));
        }
    }
    for n in 2..=3 {
        if let Some(s) = suffix_chars(&me.bare, n) {
            out.push(f1(30 + n as u8, s));
        }
    }
    // The clitic-stripped form: prefixes, more suffixes, wider window, bigrams.
    if me.bare != me.folded {
        for n in 1..=4 {
            if let Some(p) = prefix_chars(&me.bare, n) {
                out.push(f1(110 + n as u8, p));
            }
        }
        for n in [1, 4] {
            if let Some(s) = suffix_chars(&me.bare, n) {
                out.push(f1(30 + n as u8, s));
            }
        }
    }
    out.push(f1(115, bare_at(i - 2)));
    out.push(f1(116, bare_at(i + 2)));
    out.push(f2(117, bare_at(i - 1), &me.bare));
    out.push(f2(118, &me.bare, bare_at(i + 1)));
    out.push(f1(40, &me.shape));
    out.push(length_feature(&me.folded));
    // Context words.
    out.push(f1(50, word(i - 1)));
    out.push(f1(51, word(i + 1)));
    out.push(f1(52, word(i - 2)));
    out.push(f1(53, word(i + 2)));
    out.push(f1(54, bare_at(i - 1)));
    out.push(f1(55, bare_at(i + 1)));
    out.push(f2(58, word(i - 2), word(i - 1)));
    out.push(f2(59, word(i + 1), word(i + 2)));
    out.push(f2(60, word(i - 1), word(i + 1)));
    // Clusters.
    let cl = |t: u8, p: Option<Path>, lens: &[u8], out: &mut Vec<u64>| {
        if let Some(p) = p {
            for &n in lens {
                out.push(cluster_feature(t, n, p));
            }
        } else {
            out.push(f1(t, "none"));
        }
    };
    cl(70, me.cluster, &[4, 6, 10, 14], out);
    cl(71, me.bare_cluster, &[4, 6, 10, 14], out);
    cl(
        72,
        at(i - 1).and_then(|t| t.cluster.or(t.bare_cluster)),
        &[6, 10, 14],
        out,
    );
    cl(
        73,
        at(i + 1).and_then(|t| t.cluster.or(t.bare_cluster)),
        &[6, 10, 14],
        out,
    );
    cl(
        74,
        at(i - 2).and_then(|t| t.cluster.or(t.bare_cluster)),
        &[8],
        out,
    );
    cl(
        75,
        at(i + 2).and_then(|t| t.cluster.or(t.bare_cluster)),
        &[8],
        out,
    );
    if let (Some(p), Some(q)) = (
        at(i - 1).and_then(|t| t.cluster),
        me.cluster.or(me.bare_cluster),
    ) {
        out.push(f2(76, &p.prefix(8), &q.prefix(8)));
    }
    // Flat k-means clusters of the word and its neighbours.
    for (t, j, which) in [
        (130u8, i, 0usize),
        (131, i, 1),
        (132, i, 2),
        (133, i - 1, 1),
        (134, i + 1, 1),
        (135, i - 1, 2),
        (136, i + 1, 2),
        (137, i - 2, 0),
        (138, i + 2, 0),
    ] {
        if let Some(id) = at(j).map(|n| n.flat[which]) {
            out.push(Fnv::new().byte(t).number(usize::from(id)).finish());
        }
    }
    push_char_trigrams(&me.bare, out);
    // Gazetteers, nationality adjectives, triggers.
    for g in &me.gaz {
        out.push(f1(80, g));
    }
    if me.gaz.is_empty() {
        out.push(f1(80, "-"));
    }
    for (t, j) in [(81u8, i - 1), (82, i + 1)] {
        if let Some(n) = at(j) {
            for g in &n.gaz {
                out.push(f1(t, g));
            }
        }
    }
    for (t, j) in [(83u8, i), (84, i - 1), (85, i + 1)] {
        if at(j).is_some_and(|n| n.nationality) {
            out.push(f1(t, "nat"));
        }
    }
    for (t, j) in [(86u8, i), (87, i - 1), (88, i - 2), (89, i + 1)] {
        if let Some(tr) = at(j).and_then(|n| n.trigger) {
            out.push(f1(t, tr.as_str()));
        }
    }
    for (t, j) in [(100u8, i), (101, i - 1), (102, i + 1)] {
        if let Some(a) = at(j).and_then(|n| n.auto.as_deref()) {
            out.push(f1(t, a));
        }
    }
    out.push(f2(
        90,
        at(i - 1).map_or(BOS, |t| t.shape.as_str()),
        &me.shape,
    ));
    if i == 0 {
        out.push(f1(91, "first"));
    }
    // Trigger words at -1/-2, and the stripped previous word, conjoined with the
    // current word's shape and name-lexicon label.
    for (t, j) in [(120u8, i - 1), (121, i - 2)] {
        if let Some(tr) = at(j).and_then(|n| n.trigger) {
            out.push(f2(t, tr.as_str(), &me.shape));
            out.push(f2(t + 2, tr.as_str(), me.auto.as_deref().unwrap_or("-")));
        }
    }
    out.push(f2(124, bare_at(i - 1), &me.shape));
    out.push(f2(125, bare_at(i - 1), me.auto.as_deref().unwrap_or("-")));
}

// The features of [`token_features`] split by what they depend on, so that a
// tagger can sum the weights of the first two groups once per word type:
//
// * [`own_features`]: the token's word alone;
// * [`neighbour_features`]: the word at one offset (±1, ±2) alone, or the
//   sentence boundary there;
// * [`context_features`]: pairs of words and the sentence's gazetteer matches.
//
// Together they give exactly the multiset of [`token_features`] (tested); the
// order differs, so they serve integer-weight scoring, not training.

/// Features of token `i` that depend only on its own word (see [`token_features`]).
pub fn own_features(token: &str, me: &Facts<'_>, out: &mut Vec<u64>) {
    out.push(f1(1, token));
    out.push(f1(2, me.folded));
    out.push(f1(3, me.bare));
    out.push(f1(0, ""));
    out.push(f1(4, me.clitics));
    for n in 1..=4 {
        if let Some(p) = prefix_chars(me.folded, n) {
            out.push(f1(10 + n as u8, p));
        }
        if let Some(s) = suffix_chars(me.folded, n) {
            out.push(f1(20 + n as u8, s));
        }
    }
    for n in 2..=3 {
        if let Some(s) = suffix_chars(me.bare, n) {
            out.push(f1(30 + n as u8, s));
        }
    }
    if me.bare != me.folded {
        for n in 1..=4 {
            if let Some(p) = prefix_chars(me.bare, n) {
                out.push(f1(110 + n as u8, p));
            }
        }
        for n in [1, 4] {
            if let Some(s) = suffix_chars(me.bare, n) {
                out.push(f1(30 + n as u8, s));
            }
        }
    }
    out.push(f1(40, me.shape));
    out.push(length_feature(me.folded));
    cluster_features(70, me.cluster, &[4, 6, 10, 14], out);
    cluster_features(71, me.bare_cluster, &[4, 6, 10, 14], out);
    for (t, which) in [(130u8, 0usize), (131, 1), (132, 2)] {
        out.push(
            Fnv::new()
                .byte(t)
                .number(usize::from(me.flat[which]))
                .finish(),
        );
    }
    push_char_trigrams(me.bare, out);
    if me.nationality {
        out.push(f1(83, "nat"));
    }
    if let Some(tr) = me.trigger {
        out.push(f1(86, tr.as_str()));
    }
    if let Some(a) = me.auto {
        out.push(f1(100, a));
    }
    if let Some(k) = me.emb {
        out.push(emb_feature(EMB_POSITIONS[0].1, k));
    }
}

/// Features of a token that depend only on the word at `offset` (−2, −1, 1 or 2)
/// from it; `None` = that position is outside the sentence.
pub fn neighbour_features(offset: isize, n: Option<&Facts<'_>>, out: &mut Vec<u64>) {
    let edge = if offset < 0 { BOS } else { EOS };
    let word = n.map_or(edge, |t| t.folded);
    let bare = n.map_or(edge, |t| t.bare);
    let path = n.and_then(|t| t.cluster.or(t.bare_cluster));
    let flat = |t: u8, which: usize, out: &mut Vec<u64>| {
        if let Some(id) = n.map(|n| n.flat[which]) {
            out.push(Fnv::new().byte(t).number(usize::from(id)).finish());
        }
    };
    let trigger = n.and_then(|n| n.trigger);
    let nationality = n.is_some_and(|n| n.nationality);
    let auto = n.and_then(|n| n.auto);
    match offset {
        -2 => {
            out.push(f1(115, bare));
            out.push(f1(52, word));
            cluster_features(74, path, &[8], out);
            flat(137, 0, out);
            if let Some(tr) = trigger {
                out.push(f1(88, tr.as_str()));
            }
        }
        -1 | 1 => {
            // Template ids of the word before / after (one id per side).
            let side = |before: u8, after: u8| if offset < 0 { before } else { after };
            out.push(f1(side(50, 51), word));
            out.push(f1(side(54, 55), bare));
            cluster_features(side(72, 73), path, &[6, 10, 14], out);
            flat(side(133, 134), 1, out);
            flat(side(135, 136), 2, out);
            if nationality {
                out.push(f1(side(84, 85), "nat"));
            }
            if let Some(tr) = trigger {
                out.push(f1(side(87, 89), tr.as_str()));
            }
            if let Some(a) = auto {
                out.push(f1(side(101, 102), a));
            }
            if offset < 0 && n.is_none() {
                out.push(f1(91, "first"));
            }
            if let Some(k) = n.and_then(|n| n.emb) {
                let t = if offset < 0 {
                    EMB_POSITIONS[1].1
                } else {
                    EMB_POSITIONS[2].1
                };
                out.push(emb_feature(t, k));
            }
        }
        2 => {
            out.push(f1(116, bare));
            out.push(f1(53, word));
            cluster_features(75, path, &[8], out);
            flat(138, 0, out);
        }
        _ => {}
    }
}

/// The words around a token and the gazetteer tags of the token and its direct
/// neighbours, for [`context_features`]. `None` = outside the sentence.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub me: &'a Facts<'a>,
    /// Words at −2, −1, +1, +2 (borrowed: a `Facts` is ~150 bytes, and every
    /// token of a sentence builds a context).
    pub around: [Option<&'a Facts<'a>>; 4],
    /// Gazetteer tags at −1, 0, +1.
    pub gaz: [&'a [&'static str]; 3],
}

/// Features of a token that depend on more than one word of the sentence or on
/// its gazetteer matches (see [`token_features`]).
pub fn context_features(c: &Context<'_>, out: &mut Vec<u64>) {
    let me = c.me;
    let [p2, p1, n1, n2] = c.around;
    fn word<'a>(t: Option<&Facts<'a>>, edge: &'static str) -> &'a str {
        t.map_or(edge, |t| t.folded)
    }
    fn bare<'a>(t: Option<&Facts<'a>>, edge: &'static str) -> &'a str {
        t.map_or(edge, |t| t.bare)
    }
    let (w_p1, w_n1, w_n2) = (word(p1, BOS), word(n1, EOS), word(n2, EOS));
    let head = |t: u8, w: Option<&Facts<'_>>, edge: &str| Heads::get(w.map(|w| w.heads), t, edge);
    // f2(t, a, b) = the head of a for t, then b.
    out.push(head(56, p1, BOS).part(me.folded).finish());
    out.push(head(57, Some(me), "").part(w_n1).finish());
    out.push(head(117, p1, BOS).part(me.bare).finish());
    out.push(head(118, Some(me), "").part(bare(n1, EOS)).finish());
    out.push(head(58, p2, BOS).part(w_p1).finish());
    out.push(head(59, n1, EOS).part(w_n2).finish());
    out.push(head(60, p1, BOS).part(w_n1).finish());
    if let (Some(p), Some(q)) = (p1.and_then(|t| t.cluster), me.cluster.or(me.bare_cluster)) {
        out.push(cluster_pair_feature(76, p, q));
    }
    let [g_p1, g_me, g_n1] = c.gaz;
    for g in g_me {
        out.push(f1(80, g));
    }
    if g_me.is_empty() {
        out.push(f1(80, "-"));
    }
    for (t, gs) in [(81u8, g_p1), (82, g_n1)] {
        for g in gs {
            out.push(f1(t, g));
        }
    }
    out.push(head(90, p1, BOS).part(me.shape).finish());
    let auto = me.auto.unwrap_or("-");
    for (t, n) in [(120u8, p1), (121, p2)] {
        if let Some(tr) = n.and_then(|n| n.trigger) {
            out.push(f2(t, tr.as_str(), me.shape));
            out.push(f2(t + 2, tr.as_str(), auto));
        }
    }
    out.push(head(124, p1, BOS).part(me.shape).finish());
    out.push(head(125, p1, BOS).part(auto).finish());
}

/// The cluster features of template `t` for `p` at the given prefix lengths, or
/// the template's `none` feature.
fn cluster_features(t: u8, p: Option<Path>, lens: &[u8], out: &mut Vec<u64>) {
    if let Some(p) = p {
        for &n in lens {
            out.push(cluster_feature(t, n, p));
        }
    } else {
        out.push(f1(t, "none"));
    }
}

/// `f2(t, &p.prefix(8), &q.prefix(8))` without allocating.
fn cluster_pair_feature(t: u8, p: Path, q: Path) -> u64 {
    let bits = |mut h: Fnv, p: Path| {
        for i in 0..p.depth.min(8) {
            h = h.byte(if p.bits >> (31 - u32::from(i)) & 1 == 1 {
                b'1'
            } else {
                b'0'
            });
        }
        h.byte(0xff)
    };
    bits(bits(Fnv::new().byte(t), p), q).finish()
}

/// The word's length in letters (capped at 12), template 41.
fn length_feature(folded: &str) -> u64 {
    Fnv::new()
        .byte(41)
        .number(folded.chars().count().min(12))
        .byte(0xff)
        .finish()
}

/// Character trigrams of the clitic-stripped form, with word-boundary marks
/// (`^^w`, …, `d$`), hashed under template 140.
fn push_char_trigrams(bare: &str, out: &mut Vec<u64>) {
    let mut window = ['^', '^', '^'];
    for (k, c) in bare.chars().chain(std::iter::once('$')).enumerate() {
        window = [window[1], window[2], c];
        if k >= 1 {
            out.push(
                Fnv::new()
                    .byte(140)
                    .number(window[0] as usize)
                    .number(window[1] as usize)
                    .number(window[2] as usize)
                    .finish(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The split features of a sentence, per token, in [`token_features`]' layout.
    fn split_features(infos: &[TokenInfo], tokens: &[&str], i: usize) -> Vec<u64> {
        let at = |j: isize| usize::try_from(j).ok().and_then(|j| infos.get(j));
        let k = i as isize;
        let mut out = Vec::new();
        own_features(tokens[i], &infos[i].facts(), &mut out);
        for d in [-2isize, -1, 1, 2] {
            neighbour_features(d, at(k + d).map(TokenInfo::facts).as_ref(), &mut out);
        }
        let gaz = |j: isize| at(j).map_or(&[][..], |t| t.gaz.as_slice());
        let f = |j: isize| at(j).map(TokenInfo::facts);
        let me = infos[i].facts();
        let around = [f(k - 2), f(k - 1), f(k + 1), f(k + 2)];
        let c = Context {
            me: &me,
            around: around.each_ref().map(Option::as_ref),
            gaz: [gaz(k - 1), gaz(k), gaz(k + 1)],
        };
        context_features(&c, &mut out);
        out
    }

    #[test]
    fn split_features_are_token_features() {
        let gaz = Gazetteer::get();
        let mut clusters = Clusters::default();
        let path = |s: &str| Path::parse(s).unwrap_or(Path { bits: 0, depth: 0 });
        clusters.insert("الرييس".into(), path("10110100101101"), [3, 17, 900]);
        clusters.insert("لندن".into(), path("0110"), [1, 2, 3]);
        clusters.insert("سوريه".into(), path("011011"), NO_FLAT);
        clusters.insert("قال".into(), path("1"), [0, 0, 0]);
        let mut auto = AutoLex::default();
        auto.insert("سميث".into(), super::super::gazetteer::Label::Per, 2);
        auto.insert("لندن".into(), super::super::gazetteer::Label::Loc, 1);
        let sentences = [
            "قال الرئيس الأمريكي جون سميث في لندن إن الولايات المتحدة وسورية",
            "وبالعراق",
            "CNN 2015 ، « وكالة فرانس برس » للعراق والمملكة العربية السعودية",
            "لندن-سانا أكد دبلوماسيون غربيون لصحيفة ديلي تلغراف البريطانية",
            "مُصْطَفى الرئيس سميث",
        ];
        let mut with_gaz = 0;
        for s in sentences {
            let tokens: Vec<&str> = s.split(' ').collect();
            let infos = analyze_tokens(&tokens, gaz, &clusters, &auto);
            // The cached per-word facts are the sentence's facts without `gaz`.
            for (t, info) in tokens.iter().zip(&infos) {
                let w = word_info(t, gaz, &clusters, &auto);
                assert_eq!(
                    format!("{w:?}"),
                    format!(
                        "{:?}",
                        TokenInfo {
                            gaz: Vec::new(),
                            ..info.clone()
                        }
                    )
                );
            }
            with_gaz += infos.iter().filter(|i| !i.gaz.is_empty()).count();
            let mut want = Vec::new();
            for i in 0..tokens.len() {
                token_features(&infos, &tokens, i, &mut want);
                embedding_features(&infos, i, &mut want);
                let mut got = split_features(&infos, &tokens, i);
                assert!(want.len() > 40, "{s} #{i}: {} features", want.len());
                want.sort_unstable();
                got.sort_unstable();
                assert_eq!(got, want, "{s} #{i}");
            }
        }
        // The gazetteer and trigger templates were exercised.
        assert!(with_gaz >= 5, "{with_gaz} tokens with gazetteer tags");
    }

    #[test]
    fn allocation_free_hashes_match_string_hashes() {
        let p = Path {
            bits: 0b1011 << 28,
            depth: 4,
        };
        for n in [2u8, 4, 6, 14] {
            assert_eq!(
                cluster_feature(70, n, p),
                f2(70, &n.to_string(), &p.prefix(n))
            );
        }
        for len in [0usize, 7, 12] {
            assert_eq!(
                Fnv::new().byte(41).number(len).byte(0xff).finish(),
                f1(41, &len.to_string())
            );
        }
    }
}
