//! Feature extraction for the sequence tagger. Each feature is a 64-bit hash
//! of a template id and its string parts; the model maps hashes to weights.
use super::autolex::AutoLex;
use super::clusters::{Clusters, Flat, Path, NO_FLAT};
use super::gazetteer::{Gazetteer, Source, Trigger};
use super::hash::Fnv;
use super::norm::{bare, fold, shape, strips};

/// Version of the feature set. Bump on any change to this file, `norm.rs`
/// or the gazetteer semantics; a model trained with another version is refused.
pub const FEATURE_VERSION: u32 = 5;

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
        .map(|t| {
            let folded = fold(t);
            let b = bare(&folded).to_string();
            let clitics = folded.strip_suffix(b.as_str()).unwrap_or("").to_string();
            let own = clusters.get_all(&folded);
            let cluster = own.map(|e| e.0);
            let st = strips(&folded);
            let bare_all = if b != folded {
                st.iter()
                    .skip(1)
                    .find_map(|s| clusters.get_all(&s.with_article))
            } else {
                None
            };
            let bare_cluster = bare_all.map(|e| e.0);
            let flat = own.or(bare_all).map_or(NO_FLAT, |e| e.1);
            let auto = auto
                .get(&folded)
                .or_else(|| st.iter().skip(1).find_map(|s| auto.get(&s.with_article)))
                .map(|(l, bin)| format!("{}{bin}", l.as_str()));
            let nationality = gaz.nationality_in(&st).is_some();
            let trigger = gaz.trigger_in(&folded, &st);
            drop(st);
            TokenInfo {
                auto,
                shape: shape(t),
                nationality,
                trigger,
                bare: b,
                clitics,
                cluster,
                bare_cluster,
                flat,
                gaz: Vec::new(),
                folded,
            }
        })
        .collect();
    let folded: Vec<&str> = infos.iter().map(|i| i.folded.as_str()).collect();
    let matches = gaz.scan(&folded);
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
            for (k, info) in infos.iter_mut().enumerate().take(m.end).skip(m.start) {
                info.gaz.push(GAZ_TAGS[cat][usize::from(k != m.start)]);
            }
        }
    }
    infos
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
    out.push(
        Fnv::new()
            .byte(41)
            .number(me.folded.chars().count().min(12))
            .byte(0xff)
            .finish(),
    );
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
    // Character trigrams of the clitic-stripped form, with word boundaries.
    let mut window = ['^', '^', '^'];
    for (k, c) in me.bare.chars().chain(std::iter::once('$')).enumerate() {
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

#[cfg(test)]
mod tests {
    use super::*;

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
