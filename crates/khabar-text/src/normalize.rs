//! Normalization with an offset map back to the original text.
//!
//! Two profiles:
//!
//! * [`Profile::Search`] folds letter variants (أ إ آ ٱ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي,
//!   Persian/Urdu ک ی ے ھ ۀ), strips harakat, tanween, shadda, sukun, dagger alef,
//!   Quranic marks and tatweel, folds Arabic-Indic and extended digits to ASCII
//!   (٫→. ٬→,), maps presentation forms to base letters and drops zero-width and
//!   bidi controls.
//! * [`Profile::Display`] only repairs what a reader cannot see or should not
//!   care about: invisible/bidi controls are dropped, presentation forms become
//!   base letters, digits and the Arabic decimal/thousands separators become
//!   ASCII. Letters and diacritics are kept.
//!
//! Both are applied character by character (no context), so they are
//! idempotent and can be streamed. [`normalize`] also returns, for every output
//! character, the byte span of the source it came from; a dropped diacritic or
//! tatweel is absorbed into the span of the output character before it, so a
//! normalized word maps back to the whole written word.
use crate::Span;

include!("presentation_table.rs");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Profile {
    /// Fold letter variants, strip diacritics/tatweel, fold digits and presentation forms.
    #[default]
    Search,
    /// Only invisible / presentation-form / digit repairs; letters and diacritics kept.
    Display,
}

impl std::str::FromStr for Profile {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "search" => Ok(Profile::Search),
            "display" => Ok(Profile::Display),
            other => Err(format!(
                "unknown normalization profile `{other}` (expected `search` or `display`)"
            )),
        }
    }
}

/// Normalized text plus, for every char of `text`, the byte span in the source it came from.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub text: String,
    /// Per output char (in order): the source span it came from.
    pub map: Vec<Span>,
}

impl Normalized {
    /// Source byte span of the output chars `start_char..end_char` (char indices
    /// into [`Normalized::text`]); `None` for an empty or out-of-range range.
    pub fn source_span(&self, start_char: usize, end_char: usize) -> Option<Span> {
        if start_char >= end_char {
            return None;
        }
        let first = self.map.get(start_char)?;
        let last = self.map.get(end_char - 1)?;
        Some(Span::new(first.start, last.end))
    }
}

/// What one source character becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    /// Unchanged.
    Keep,
    /// Replaced by one character.
    One(char),
    /// Replaced by several characters (presentation-form ligatures); each of them
    /// is folded again with the same profile.
    Many(&'static str),
    /// A diacritic or tatweel that is dropped (absorbed into the previous char's span).
    Mark,
    /// An invisible control that is dropped.
    Invisible,
}

/// Harakat, tanween, shadda, sukun, dagger alef, Quranic annotation marks and
/// other Arabic combining marks (not letters).
pub const fn is_arabic_diacritic(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08CA}'..='\u{08E1}'
        | '\u{08E3}'..='\u{08FF}')
}

/// Zero-width characters, bidi controls, the byte order mark and the soft
/// hyphen: characters with no visible form that both profiles drop.
pub const fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{061C}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}')
}

// Actions for the Arabic block U+0600–U+06FF, precomputed per profile: a
// replacement code point, or one of these sentinels (all below U+0020, which
// never appears as a replacement).
const KEEP: u32 = 0;
const MARK: u32 = 1;
const INVISIBLE: u32 = 2;

const fn block_action(cp: u32, search: bool) -> u32 {
    match cp {
        0x0660..=0x0669 => cp - 0x0660 + '0' as u32,
        0x06F0..=0x06F9 => cp - 0x06F0 + '0' as u32,
        0x066B => '.' as u32,
        0x066C => ',' as u32,
        0x061C => INVISIBLE,
        _ if !search => KEEP,
        _ => {
            let Some(c) = char::from_u32(cp) else {
                return KEEP;
            };
            if c == '\u{0640}' || is_arabic_diacritic(c) {
                return MARK;
            }
            match c {
                'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => 'ا' as u32,
                'ى' | 'ئ' | 'ی' | 'ے' | 'ۓ' => 'ي' as u32,
                'ة' | 'ھ' | 'ۀ' | 'ۃ' => 'ه' as u32,
                'ؤ' => 'و' as u32,
                'ک' => 'ك' as u32,
                _ => KEEP,
            }
        }
    }
}

const fn block_table(search: bool) -> [u32; 256] {
    let mut t = [KEEP; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = block_action(0x0600 + i as u32, search);
        i += 1;
    }
    t
}

static SEARCH_BLOCK: [u32; 256] = block_table(true);
static DISPLAY_BLOCK: [u32; 256] = block_table(false);

#[inline]
fn block(profile: Profile) -> &'static [u32; 256] {
    match profile {
        Profile::Search => &SEARCH_BLOCK,
        Profile::Display => &DISPLAY_BLOCK,
    }
}

#[inline]
fn action_to_fold(a: u32) -> Fold {
    match a {
        KEEP => Fold::Keep,
        MARK => Fold::Mark,
        INVISIBLE => Fold::Invisible,
        _ => char::from_u32(a).map_or(Fold::Keep, Fold::One),
    }
}

/// For a char starting at `i` with lead byte 0xD8–0xDB (U+0600–U+06FF), its
/// index in the block tables.
#[inline]
fn block_index(bytes: &[u8], i: usize) -> Option<usize> {
    let b0 = *bytes.get(i)?;
    if !(0xD8..=0xDB).contains(&b0) {
        return None;
    }
    let b1 = *bytes.get(i + 1)?;
    Some((((b0 & 0x03) as usize) << 6) | (b1 & 0x3F) as usize)
}

fn presentation(c: char) -> Option<&'static str> {
    PRESENTATION
        .binary_search_by(|(k, _)| k.cmp(&c))
        .ok()
        .and_then(|i| PRESENTATION.get(i))
        .map(|(_, v)| *v)
}

#[inline]
fn fold_char(c: char, profile: Profile) -> Fold {
    if c.is_ascii() {
        return Fold::Keep;
    }
    let cp = c as u32;
    if (0x0600..=0x06FF).contains(&cp) {
        let table = block(profile);
        return action_to_fold(table.get((cp - 0x0600) as usize).copied().unwrap_or(KEEP));
    }
    if (0x0700..=0x08FF).contains(&cp) {
        return if profile == Profile::Search && is_arabic_diacritic(c) {
            Fold::Mark
        } else {
            Fold::Keep
        };
    }
    if is_invisible(c) {
        return Fold::Invisible;
    }
    if (0xFB50..=0xFDFF).contains(&cp) || (0xFE70..=0xFEFE).contains(&cp) {
        if let Some(s) = presentation(c) {
            return Fold::Many(s);
        }
    }
    Fold::Keep
}

/// Fold one character of a presentation-form decomposition (never itself a
/// presentation form). Returns `None` when the character is dropped.
#[inline]
fn fold_simple(c: char, profile: Profile) -> Option<char> {
    match fold_char(c, profile) {
        Fold::Keep | Fold::Many(_) => Some(c),
        Fold::One(d) => Some(d),
        Fold::Mark | Fold::Invisible => None,
    }
}

/// Normalize `text` with `profile`, keeping a source span for every output char.
pub fn normalize(text: &str, profile: Profile) -> Normalized {
    let mut out = String::with_capacity(text.len());
    let mut map: Vec<Span> = Vec::with_capacity(text.len() / 2 + 1);
    let bytes = text.as_bytes();
    let table = block(profile);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            out.push(char::from(b));
            map.push(Span::new(i, i + 1));
            i += 1;
            continue;
        }
        let (f, len) = match block_index(bytes, i) {
            Some(ix) => (action_to_fold(table.get(ix).copied().unwrap_or(KEEP)), 2),
            None => match text.get(i..).and_then(|s| s.chars().next()) {
                Some(c) => (fold_char(c, profile), c.len_utf8()),
                None => (Fold::Keep, 1),
            },
        };
        let end = i + len;
        match f {
            Fold::Keep => {
                out.push_str(text.get(i..end).unwrap_or(""));
                map.push(Span::new(i, end));
            }
            Fold::One(d) => {
                out.push(d);
                map.push(Span::new(i, end));
            }
            Fold::Many(s) => {
                for d in s.chars().filter_map(|d| fold_simple(d, profile)) {
                    out.push(d);
                    map.push(Span::new(i, end));
                }
            }
            Fold::Mark => {
                // Absorb into the previous output char when it is adjacent in the source.
                if let Some(last) = map.last_mut() {
                    if last.end == i {
                        last.end = end;
                    }
                }
            }
            Fold::Invisible => {}
        }
        i = end;
    }
    Normalized { text: out, map }
}

/// Append the normalization of `text` to `out`, without an offset map.
/// Unchanged runs are copied in bulk; this is the fast path for streaming.
pub fn normalize_into(text: &str, profile: Profile, out: &mut String) {
    out.reserve(text.len());
    let bytes = text.as_bytes();
    let table = block(profile);
    let mut run_start = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            i += 1;
            continue;
        }
        // The Arabic block, decided on the table entry without building a `Fold`:
        // most letters are kept and only extend the current run.
        if let Some(ix) = block_index(bytes, i) {
            let a = table.get(ix).copied().unwrap_or(KEEP);
            if a != KEEP {
                out.push_str(text.get(run_start..i).unwrap_or(""));
                if let Fold::One(d) = action_to_fold(a) {
                    out.push(d);
                }
                run_start = i + 2;
            }
            i += 2;
            continue;
        }
        let (f, len) = match text.get(i..).and_then(|s| s.chars().next()) {
            Some(c) => (fold_char(c, profile), c.len_utf8()),
            None => (Fold::Keep, 1),
        };
        if f != Fold::Keep {
            out.push_str(text.get(run_start..i).unwrap_or(""));
            match f {
                Fold::One(d) => out.push(d),
                Fold::Many(s) => out.extend(s.chars().filter_map(|d| fold_simple(d, profile))),
                Fold::Keep | Fold::Mark | Fold::Invisible => {}
            }
            run_start = i + len;
        }
        i += len;
    }
    out.push_str(text.get(run_start..).unwrap_or(""));
}

/// The search-profile form of one word (no offset map): the hot path used by
/// stemming, segmentation and search.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    normalize_into(word, Profile::Search, &mut out);
    out
}

/// Whether `text` is already in `profile` form (normalizing it changes nothing).
pub fn is_normalized(text: &str, profile: Profile) -> bool {
    text.chars().all(|c| fold_char(c, profile) == Fold::Keep)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn search(s: &str) -> String {
        normalize(s, Profile::Search).text
    }

    #[test]
    fn folds_letters_search() {
        assert_eq!(search("أحمد إلى آلاف ٱلله"), "احمد الي الاف الله");
        assert_eq!(search("مدرسة مؤتمر رئيس"), "مدرسه موتمر رييس");
        assert_eq!(search("کتاب یوم ے ھو ۀ"), "كتاب يوم ي هو ه");
    }

    #[test]
    fn strips_marks_and_tatweel() {
        assert_eq!(search("مُحَمَّدٌ"), "محمد");
        assert_eq!(search("هٰذا"), "هذا");
        assert_eq!(search("بـ150 روبرـــــت"), "ب150 روبرت");
        assert_eq!(search("سْ"), "س");
    }

    #[test]
    fn folds_digits_both_profiles() {
        for p in [Profile::Search, Profile::Display] {
            assert_eq!(normalize("١٬٧٠٠ و٢٫٥ ۱۲۳", p).text, "1,700 و2.5 123");
        }
    }

    #[test]
    fn drops_invisible_controls_both_profiles() {
        let s = "\u{FEFF}\u{202B}سانا\u{200F}\u{200B} x\u{2066}y\u{2069}\u{200C}";
        assert_eq!(normalize(s, Profile::Search).text, "سانا xy");
        assert_eq!(normalize(s, Profile::Display).text, "سانا xy");
    }

    #[test]
    fn display_keeps_letters_and_diacritics() {
        let s = "أَحْمَد إلى مدرسة ـ";
        assert_eq!(normalize(s, Profile::Display).text, s);
    }

    #[test]
    fn presentation_forms_become_base_letters() {
        // ﻻ (lam-alef ligature), ﺃ (alef with hamza, isolated), ﷲ (Allah ligature).
        assert_eq!(normalize("\u{FEFB}", Profile::Display).text, "لا");
        assert_eq!(normalize("\u{FE83}", Profile::Display).text, "أ");
        assert_eq!(normalize("\u{FE83}", Profile::Search).text, "ا");
        assert_eq!(normalize("\u{FDF2}", Profile::Search).text, "الله");
        assert_eq!(normalize("\u{FE70}", Profile::Search).text, "");
        assert_eq!(normalize("\u{FE70}", Profile::Display).text, "\u{064B}");
        // ﻣﺮﺣﺒﺎ written with contextual forms.
        assert_eq!(
            normalize("\u{FEE3}\u{FEAE}\u{FEA3}\u{FE92}\u{FE8E}", Profile::Search).text,
            "مرحبا"
        );
    }

    #[test]
    fn map_points_back_to_source() {
        let src = "الْعِرَاق ٢٠١٥";
        let n = normalize(src, Profile::Search);
        assert_eq!(n.text, "العراق 2015");
        assert_eq!(n.map.len(), n.text.chars().count());
        // The whole normalized word maps back to the whole written word, marks included.
        let word = n.source_span(0, 6).map(|s| s.slice(src));
        assert_eq!(word, Some("الْعِرَاق"));
        let num = n.source_span(7, 11).map(|s| s.slice(src));
        assert_eq!(num, Some("٢٠١٥"));
        // The ligature's output chars all map to the one source char.
        let lig = normalize("x\u{FEFB}", Profile::Search);
        assert_eq!(
            lig.map,
            vec![Span::new(0, 1), Span::new(1, 4), Span::new(1, 4)]
        );
    }

    #[test]
    fn fast_paths_agree_with_mapped_path() {
        let s = "\u{FEFF}وَقَالَ الرَّئِيسُ: «إنَّ ١٬٧٠٠ مُسَلَّحٍ…» ﻻ ﷺ یک";
        for p in [Profile::Search, Profile::Display] {
            let mut buf = String::from("prefix:");
            normalize_into(s, p, &mut buf);
            assert_eq!(buf, format!("prefix:{}", normalize(s, p).text));
        }
        assert_eq!(fold("الرَّئِيسُ"), "الرييس");
        assert!(is_normalized(&fold(s), Profile::Search));
        assert!(!is_normalized("أ", Profile::Search));
        assert!(is_normalized("أ", Profile::Display));
    }

    #[test]
    fn every_char_is_idempotent() {
        // Exhaustive: folding is per char, so per-char idempotence implies idempotence.
        for cp in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut buf = [0u8; 4];
            let s: &str = c.encode_utf8(&mut buf);
            for p in [Profile::Search, Profile::Display] {
                let once = normalize(s, p).text;
                let twice = normalize(&once, p).text;
                assert_eq!(once, twice, "U+{cp:04X} {p:?}");
            }
        }
    }

    #[test]
    fn profile_parses() {
        assert_eq!("search".parse::<Profile>(), Ok(Profile::Search));
        assert_eq!("display".parse::<Profile>(), Ok(Profile::Display));
        assert!("other".parse::<Profile>().is_err());
    }
}
