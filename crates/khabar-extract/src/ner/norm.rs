//! Character folding and proclitic stripping used for NER features and
//! gazetteer lookup.
//!
//! This is deliberately self-contained (not `khabar_text::normalize`): the
//! committed model's feature hashes depend on it byte for byte, so it must not
//! change when the search normalizer evolves. Bump
//! [`super::features::FEATURE_VERSION`] whenever this file changes behaviour.

/// Folds one word for matching: strips diacritics and tatweel, unifies alef
/// forms (أ إ آ ٱ → ا), alef maqsura (ى → ي), ta marbuta (ة → ه), Persian
/// letters and digits (Arabic-Indic → ASCII). Latin letters are lower-cased.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}'..='\u{200F}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            'ی' | 'ې' => out.push('ي'),
            'ک' => out.push('ك'),
            'ڤ' => out.push('ف'),
            'گ' => out.push('ك'),
            '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
            '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
            c if c.is_ascii_uppercase() => out.push(c.to_ascii_lowercase()),
            c => out.push(c),
        }
    }
    out
}

/// Whether `c` is an Arabic letter (basic block letters, incl. hamza forms).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
}

/// Proclitic sequences, longest first, as they appear on a *folded* word.
/// `لل` is handled separately (it stands for ل + ال).
const PROCLITICS: &[&str] = &[
    "وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب",
    "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك",
];

/// Whether `folded` starts with a letter that begins some entry of
/// [`PROCLITICS`] (a cheap filter before trying them all).
fn starts_with_proclitic_letter(folded: &str) -> bool {
    matches!(
        folded.chars().next(),
        Some('و' | 'ف' | 'ب' | 'ل' | 'ك' | 'ا')
    )
}

/// One way of reading a folded word as proclitics + base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Strip<'a> {
    /// Number of bytes of the folded word taken by the proclitics.
    pub prefix_len: usize,
    /// The base with the article kept (وسوريه → سوريه, والعراق → العراق, للعراق → العراق).
    pub with_article: String,
    /// The base without the article (العراق → عراق).
    pub bare: &'a str,
}

/// All readings of a folded word as (proclitics)(ال)?base, the unstripped
/// reading first, then by increasing prefix length. Bases shorter than two
/// letters are not produced.
pub fn strips(folded: &str) -> Vec<Strip<'_>> {
    let own_bare = folded
        .strip_prefix("ال")
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(folded);
    let mut out = vec![Strip {
        prefix_len: 0,
        with_article: folded.to_string(),
        bare: own_bare,
    }];
    if !starts_with_proclitic_letter(folded) {
        return out;
    }
    for p in PROCLITICS {
        let Some(rest) = folded.strip_prefix(p) else {
            continue;
        };
        if rest.chars().count() < 2 {
            continue;
        }
        let has_article = p.ends_with("ال") || p.ends_with("لل");
        let (prefix_len, with_article) = if has_article {
            // Keep the article in `with_article`: report only the clitics before it.
            let before = if p.ends_with("لل") {
                p.len() - "ل".len()
            } else {
                p.len() - "ال".len()
            };
            (before, format!("ال{rest}"))
        } else {
            (p.len(), rest.to_string())
        };
        if out.iter().any(|s| s.with_article == with_article) {
            continue;
        }
        out.push(Strip {
            prefix_len,
            with_article,
            bare: rest,
        });
    }
    out.sort_by_key(|s| s.prefix_len);
    out
}

/// The most aggressive reading: base without clitics or article (features).
pub fn bare(folded: &str) -> &str {
    if !starts_with_proclitic_letter(folded) {
        return folded;
    }
    for p in PROCLITICS {
        if let Some(rest) = folded.strip_prefix(p) {
            if rest.chars().count() >= 3 {
                return rest;
            }
        }
    }
    folded
}

/// Coarse word shape: digits → 0, Latin → a/A, Arabic → ع, other kept; runs collapsed.
pub fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = None;
    for c in word.chars() {
        let s = if c.is_ascii_digit() || ('٠'..='٩').contains(&c) {
            '0'
        } else if c.is_ascii_lowercase() {
            'a'
        } else if c.is_ascii_uppercase() {
            'A'
        } else if is_arabic_letter(c) {
            'ع'
        } else if c.is_alphabetic() {
            'x'
        } else {
            c
        };
        if last != Some(s) {
            out.push(s);
            last = Some(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_letter_variants() {
        assert_eq!(fold("ألمانيا"), fold("المانيا"));
        assert_eq!(fold("سورية"), "سوريه");
        assert_eq!(fold("مُصْطَفى"), "مصطفي");
        assert_eq!(fold("٢٠١٥"), "2015");
    }

    #[test]
    fn strips_proclitics() {
        let f = fold("وسورية");
        let s = strips(&f);
        assert_eq!(s[0].with_article, "وسوريه");
        assert!(s
            .iter()
            .any(|x| x.with_article == "سوريه" && x.prefix_len == "و".len()));
        let f = fold("للعراق");
        assert!(strips(&f)
            .iter()
            .any(|x| x.with_article == "العراق" && x.prefix_len == "ل".len()));
        let f = fold("والعراق");
        assert!(strips(&f)
            .iter()
            .any(|x| x.with_article == "العراق" && x.bare == "عراق"));
        assert_eq!(bare(&fold("وبالعراق")), "عراق");
        assert_eq!(strips("الرييس")[0].bare, "رييس");
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("2015"), "0");
        assert_eq!(shape("CNN"), "A");
        assert_eq!(shape("سورية"), "ع");
    }
}
