//! Light stemming and stopwords for search.
//!
//! The stemmer follows the light10 family (Larkey et al.; the one Lucene's
//! `ArabicStemFilter` implements) — strip a conjunction, a preposition with the
//! article, the article, then common suffixes — but **every cut is checked
//! against the news lexicon** ([`crate::lexicon`]) when the word is known:
//!
//! * a letter is not cut when the corpus shows the uncut word is a word of its
//!   own: وزارة keeps its و (الوزارة is common) and لبنان keeps its ان (a
//!   gazetteer name), so وزارة/الوزارة meet at وزاره and never at زار;
//! * a suffix is not cut when what remains is not attested or is far rarer
//!   than the word (بيان ↛ بي, جدا ↛ جد); place names keep their endings;
//! * the accusative alef is cut when the rest is attested, so مسلح, مسلحا,
//!   مسلحون, مسلحين and المسلحين all become مسلح.
//!
//! Words the lexicon has never seen get the plain light10 treatment, so every
//! pair of Lucene's `TestArabicStemFilter` passes.
//!
//! ```
//! use khabar_text::normalize::fold;
//! use khabar_text::stem::{is_stopword, stem};
//! assert_eq!(stem("والمسلحين"), "مسلح");
//! assert_eq!(stem("الوزارة"), stem("وزارة"));
//! assert_ne!(stem("وزارة"), stem("زار"));
//! assert_eq!(stem("لندن"), "لندن");
//! assert!(is_stopword(&fold("إلى"))); // stopwords are matched in search fold
//! assert!(!is_stopword("لندن"));
//! ```
use std::collections::HashSet;
use std::sync::OnceLock;

use crate::lexicon::{lexfold, lexfold_into, Lexicon};
use crate::normalize::{fold, normalize_into, Profile};
use crate::segment::{
    accept_proclitic, hamza_at, is_closed_class, with_memo, with_scratch, Probe, MIN_BASE, W,
};
use crate::Span;

/// Suffixes in light10 order; each is tried once, in turn. ة and ه are
/// different letters in the lexicon fold, so both spellings are listed.
const SUFFIXES: &[&str] = &["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي", "ا"];

/// A cut is refused when the word is this many times more frequent than what
/// would remain (وزارة vs وزار).
const MAX_WHOLE_RATIO: u32 = 30;

/// Words the article is never stripped from.
const KEEP_ARTICLE: &[&str] = &[
    "الاف",
    "الله",
    "اللهم",
    "الذي",
    "التي",
    "الذين",
    "اللذان",
    "اللتان",
    "اللذين",
    "اللتين",
];

/// Light stem of one word as written in the source (normalizes internally with
/// the search profile). The result is in search fold (ة→ه, ى→ي).
pub fn stem(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    stem_into(word, &mut out);
    out
}

/// [`stem`] appended to `out`; does not allocate for words seen recently on
/// this thread (the hot path of indexing).
pub fn stem_into(word: &str, out: &mut String) {
    // One pass over the chars: plain Arabic letters (U+0621–U+064A), and tatweel among them.
    let (mut plain, mut tatweel) = (true, false);
    for c in word.chars() {
        plain &= ('\u{0621}'..='\u{064A}').contains(&c);
        tatweel |= c == '\u{0640}';
    }
    if word.is_ascii() || (!plain && W::new(&lexfold(word).text).is_none()) {
        // Not an Arabic word (Latin, digits, mixed): the search fold.
        normalize_into(word, Profile::Search, out);
        return;
    }
    if plain && !tatweel && keeps_whole(word) {
        normalize_into(word, Profile::Search, out);
        return;
    }
    let (a, b, ta) = with_memo(word, |slot| match slot.stem() {
        Some(s) => s,
        None => {
            let s = stem_range(word);
            slot.set_stem(s);
            s
        }
    });
    let bytes = if plain {
        Span::new(2 * usize::from(a), 2 * usize::from(b))
    } else {
        let f = lexfold(word);
        let start = f.map.get(usize::from(a)).map_or(word.len(), |s| s.start);
        let end = f
            .map
            .get(usize::from(b).wrapping_sub(1))
            .map_or(start, |s| s.end);
        Span::new(start, end.max(start))
    };
    let from = out.len();
    normalize_into(bytes.slice(word), Profile::Search, out);
    if ta && out.len() > from && out.ends_with('ت') {
        out.pop();
        out.push('ه');
    }
}

/// Whether [`light_stem`] cannot cut anything from `word` (a word of plain
/// Arabic letters without tatweel), decided on its letters alone (no memo, no
/// lexicon): it neither starts with a letter that folds to a proclitic or the
/// article's alef (و ف ب ل ك ا) nor ends with one that folds to the last letter
/// of a suffix (ا ن ت ه ة ي). About one Arabic token in six.
fn keeps_whole(word: &str) -> bool {
    let (Some(first), Some(last)) = (word.chars().next(), word.chars().next_back()) else {
        return false;
    };
    !matches!(
        first,
        'و' | 'ف' | 'ب' | 'ل' | 'ك' | 'ا' | 'أ' | 'إ' | 'آ' | 'ؤ'
    ) && !matches!(
        last,
        'ا' | 'ن' | 'ت' | 'ه' | 'ة' | 'ي' | 'ى' | 'ئ' | 'أ' | 'إ' | 'آ'
    )
}

/// The stem of `word` as (start, end, ta) in its lexicon fold.
fn stem_range(word: &str) -> (u8, u8, bool) {
    with_scratch(|f| {
        lexfold_into(word, f);
        let Some(w) = W::new(&f.text) else {
            return (0, 0, false);
        };
        let mut p = Probe::new(Lexicon::get());
        let s = light_stem(word, f, &w, &mut p);
        (s.start as u8, s.end as u8, s.ta)
    })
}

/// Whether a form is known to the lexicon (seen alone or with the article).
fn known(p: &mut Probe, s: &str) -> bool {
    p.att(s) >= MIN_BASE
}

/// The char range of the stem within the folded word.
fn light_stem(word: &str, f: &crate::lexicon::Folded, w: &W, p: &mut Probe) -> Stem {
    let n = w.len();
    let (mut a, mut b) = (0usize, n);
    let whole = w.sub(0, n);
    if is_closed_class(whole) {
        return Stem {
            start: a,
            end: b,
            ta: false,
        };
    }

    // 1. Conjunction: و (light10), or ف when the data says so.
    let c0 = w.ch(0);
    if n >= 4 && matches!(c0, "و" | "ف") && !p.name(&[whole]) {
        let rest = w.sub(1, n);
        let data_ok = accept_proclitic(p, whole, rest, true, hamza_at(word, f, 1));
        if data_ok || (c0 == "و" && !known(p, whole) && !known(p, rest)) {
            a = 1;
        }
    }

    // 2. Preposition + article (بال كال فال), لل, or a bare preposition the data supports.
    let rest = w.sub(a, b);
    let len = b - a;
    if len >= 5 && matches!(w.sub(a, a + 3), "بال" | "كال" | "فال") {
        let data_ok = accept_proclitic(p, rest, w.sub(a + 1, b), false, false);
        if data_ok || !known(p, rest) {
            a += 3;
        }
    } else if len >= 4 && w.sub(a, a + 2) == "لل" {
        // ل + ال + tail, or ل + ال + ل… (للاجئين = ل + اللاجئين: stem from the second ل).
        let tail = w.sub(a + 2, b);
        let three_lams = p.c(&["ل", tail]) + p.c(&["الل", tail]) > p.att(tail);
        a += if three_lams { 1 } else { 2 };
    } else if len >= 4
        && matches!(w.ch(a), "ب" | "ل" | "ك")
        && !p.name(&[whole])
        && !w.sub(a + 1, b).starts_with("ال")
        && !p.name(&[rest])
        && accept_proclitic(p, rest, w.sub(a + 1, b), false, hamza_at(word, f, a + 1))
    {
        a += 1;
    }

    // 3. The article — not when the alef carries a hamza (آلاف, ألمانيا: no
    // article), nor when the bare form is unknown to a name (البانيا) or far
    // rarer than the word (العاب ↛ عاب).
    let rest = w.sub(a, b);
    if b - a >= 4
        && rest.starts_with("ال")
        && !KEEP_ARTICLE.contains(&rest)
        && !hamza_at(word, f, a)
    {
        let bare = w.sub(a + 2, b);
        let bare_att = p.c(&[bare]);
        let blocked = (bare_att < MIN_BASE && p.name(&[rest]))
            || p.c(&[rest]) > bare_att.saturating_mul(MAX_WHOLE_RATIO);
        if !blocked {
            a += 2;
        }
    }

    // 4. Suffixes, once each in order; names keep theirs. `ta`: the stem's
    // last letter is a ت that stands for ة (حكومتها → حكومت = حكومة).
    let s = w.sub(a, b);
    let mut checked_name = false;
    let mut ta = false;
    for suf in SUFFIXES {
        let sl = suf.len() / 2;
        let len = b - a;
        let cur = w.sub(a, b);
        let matches = if ta { *suf == "ة" } else { cur.ends_with(suf) };
        if len < sl + 2 || !matches {
            continue;
        }
        if !checked_name {
            if p.name(&[s]) || p.name(&["ال", s]) {
                return Stem {
                    start: a,
                    end: b,
                    ta: false,
                };
            }
            checked_name = true;
        }
        let r = w.sub(a, b - sl);
        let cur_att = if ta { p.att_ta(cur) } else { p.att(cur) };
        let pronoun = matches!(*suf, "ها" | "ه");
        if pronoun && r.ends_with('ت') && !known(p, r) && p.att_ta(r) >= MIN_BASE {
            // Ta marbuta before a pronoun: مدرسته → مدرسة.
            b -= sl;
            ta = true;
            continue;
        }
        if cur_att >= MIN_BASE {
            // Known word: the remainder must be a word too, of 3+ letters, not far rarer.
            let r_att = p.att(r);
            if r.len() < 6 || r_att < MIN_BASE || cur_att > r_att.saturating_mul(MAX_WHOLE_RATIO) {
                continue;
            }
        } else if *suf == "ا" {
            // The accusative alef is ours, not light10's: only cut it when the rest is known.
            if !known(p, r) {
                continue;
            }
        }
        // The accusative alef marks an indefinite noun or adjective, which
        // also occurs with the article (مسلحا ~ المسلح; not سانا ~ السان).
        if *suf == "ا" && !r.starts_with("ال") && p.c(&["ال", r]) < MIN_BASE {
            continue;
        }
        b -= sl;
        ta = false;
    }
    Stem {
        start: a,
        end: b,
        ta,
    }
}

/// A stem: a char range of the folded word, whose last letter may be a ت
/// standing for ة (written as ه in search fold).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Stem {
    start: usize,
    end: usize,
    ta: bool,
}

/// The stopword list (see `data/lexicon/stopwords-ar.txt`), search-folded.
fn stopwords() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        include_str!("../../../data/lexicon/stopwords-ar.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(fold)
            .collect()
    })
}

/// Whether a search-normalized word is an Arabic news stopword.
pub fn is_stopword(norm: &str) -> bool {
    stopwords().contains(norm)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_stem(words: &[&str]) -> String {
        let first = stem(words[0]);
        for w in words {
            assert_eq!(stem(w), first, "{w} should stem like {}", words[0]);
        }
        first
    }

    #[test]
    fn removes_conjunction_preposition_and_article() {
        assert_eq!(stem("والحسن"), "حسن");
        assert_eq!(stem("بالحسن"), "حسن");
        assert_eq!(stem("فالحسن"), "حسن");
        assert_eq!(stem("كالحسن"), "حسن");
        assert_eq!(stem("للاخر"), "اخر");
        assert_eq!(stem("للتنظيم"), "تنظيم");
        assert_eq!(stem("والتنظيم"), "تنظيم");
        assert_eq!(stem("بالتنظيم"), "تنظيم");
    }

    #[test]
    fn conflates_armed_men() {
        assert_eq!(
            same_stem(&[
                "مسلح",
                "مسلحون",
                "مسلحين",
                "مسلحا",
                "المسلحين",
                "والمسلحين",
                "مسلحاً"
            ]),
            "مسلح"
        );
    }

    #[test]
    fn ministry_is_not_visited() {
        let s = same_stem(&["وزارة", "الوزارة", "والوزارة", "بالوزارة", "للوزارة"]);
        assert_eq!(s, "وزاره");
        assert_ne!(s, stem("زار"));
        assert_eq!(stem("زار"), "زار");
    }

    #[test]
    fn names_and_short_words_survive() {
        assert_eq!(stem("لندن"), "لندن");
        assert_eq!(stem("سانا"), "سانا");
        assert_eq!(stem("لبنان"), "لبنان");
        assert_eq!(stem("بيان"), "بيان");
        assert_eq!(stem("واشنطن"), "واشنطن");
        assert_eq!(stem("الله"), "الله");
        same_stem(&["ألمانيا", "المانيا", "وألمانيا", "والمانيا"]);
        same_stem(&["لبنان", "ولبنان", "للبنان", "بلبنان"]);
        // Ta marbuta before a pronoun.
        assert_eq!(
            same_stem(&["مدرسة", "مدرسته", "المدرسة", "بمدرستها"]),
            stem("مدرسة")
        );
        same_stem(&["حكومة", "حكومتها", "الحكومة", "وحكومته"]);
        // آلاف is not ال + اف.
        assert_eq!(same_stem(&["آلاف", "الاف", "والآلاف"]), "الاف");
    }

    #[test]
    fn folds_before_stemming() {
        assert_eq!(stem("المُسَلَّحِينَ"), "مسلح");
        assert_eq!(stem("English"), "English");
        assert_eq!(stem("١٢"), "12");
        assert_eq!(stem(""), "");
    }

    #[test]
    fn stopwords() {
        for w in [
            "في", "من", "الى", "إلى", "علي", "على", "التي", "التى", "هذه", "وقد", "ان", "كان",
        ] {
            assert!(is_stopword(&fold(w)), "{w}");
        }
        for w in ["لندن", "مسلح", "وزاره", "قال", "دولار", "الرييس"] {
            assert!(!is_stopword(w), "{w}");
        }
    }

    #[test]
    fn stopword_file_is_clean() {
        let raw = include_str!("../../../data/lexicon/stopwords-ar.txt");
        let words: Vec<&str> = raw
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        assert!(words.len() > 150);
        for w in &words {
            assert!(!w.contains(char::is_whitespace), "one word per line: {w:?}");
        }
    }
}
