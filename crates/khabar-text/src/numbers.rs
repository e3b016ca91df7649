//! Reading numbers written in digits, words, or both.
//!
//! * Digits in any script (ASCII, Arabic-Indic ٠-٩, extended ۰-۹) with thousands and
//!   decimal separators (`1,700` · `١٬٧٠٠` · `2.5` · `٢٫٥` · `٠,٠٨` · `1 234 567`),
//!   ratios (`3/4`), exponents (`1e10`, `1.1^23`) and signs (`-5`, `سالب خمسة`).
//! * Cardinal words in every gender, case and construct form, hundreds, scales in
//!   singular/dual/plural (ألف/ألفان/آلاف، مليون/مليونين/ملايين، مليار/مليارات، تريليون),
//!   compounds with و (ثلاثة وعشرون، ألفين وخمسمائة), mixed forms (5 آلاف، 2.5 مليون),
//!   fractions (نصف، ثلث، ربع، ثلاثة أرباع، مليون ونصف), decimals read as words
//!   (واحد فاصلة خمسة), Egyptian colloquial forms (اتنين، تلاتة، حداشر، متين، تلتمية).
//! * Ordinals (الأول … العاشر، الحادي عشر، الخامس والعشرون، الأولى …).
//!
//! Words are matched after search folding (hamza/alef/ya/ta-marbuta variants,
//! diacritics, tatweel) and after splitting the proclitics و ف ب ل ك and the article.
//! A proclitic is not part of the reported span (`وثلاثة` → `ثلاثة`).
//!
//! Numbers are read with a small number-aware scanner ([`lex`]) so that glued
//! forms (`و5`, `250مل`, `4آلاف`) and separators are handled the same whatever
//! the general tokenizer decides; the tokens are used to skip URLs, e-mail
//! addresses, hashtags and mentions.
mod lexicon;
mod relative;

pub use lexicon::{lookup, Form, Word};
pub use relative::{relative_ordinals, RelativeOrdinal};

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::lexicon::{FoldBuild, TailGate};
use crate::normalize::{is_arabic_diacritic, is_invisible, normalize_into, Profile};
use crate::tokenize::{Token, TokenKind};
use crate::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    Cardinal,
    Ordinal,
    Fraction,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NumberMatch {
    /// Byte span in the original text.
    pub span: Span,
    /// The value; `None` when the number is unrepresentable (absurdly large) — span kept.
    pub value: Option<f64>,
    pub kind: NumberKind,
}

/// Largest magnitude reported as a value; beyond it the value is `None` (span kept).
pub const MAX_VALUE: f64 = 1e18;

/// Find every number in `text` (tokens from [`crate::tokenize::tokenize`]).
pub fn find_numbers(text: &str, tokens: &[Token]) -> Vec<NumberMatch> {
    scan(text, tokens).numbers
}

/// The scanner's view of a text plus the numbers found in it; for callers that
/// read the words around numbers (quantities).
#[derive(Debug, Clone, Default)]
pub struct Scan {
    /// Words, digit runs and symbols, in order.
    pub items: Vec<Item>,
    /// Search-folded forms of the [`ItemKind::Word`] items, concatenated;
    /// read them with [`Scan::folded`].
    pub folded_text: String,
    /// Byte range of each item's folded form in `folded_text` (empty for non-words).
    pub folded_spans: Vec<(u32, u32)>,
    /// The numbers, in order, not overlapping.
    pub numbers: Vec<NumberMatch>,
}

impl Scan {
    /// The search-folded form of item `i` ("" for non-words and out of range).
    pub fn folded(&self, i: usize) -> &str {
        self.folded_spans
            .get(i)
            .and_then(|&(a, b)| self.folded_text.get(a as usize..b as usize))
            .unwrap_or("")
    }
}

/// Scan `text` and read its numbers (see [`find_numbers`]).
pub fn scan(text: &str, tokens: &[Token]) -> Scan {
    let items = lex(text);
    let (tags, folded_text, folded_spans) = tag_items(text, &items);
    let mut out = Vec::new();
    let p = Parser {
        text,
        items: &items,
        tags: &tags,
    };
    let mut i = 0;
    let mut after_cardinal = usize::MAX;
    while i < items.len() {
        match p.parse_at(i, after_cardinal == i) {
            Some((ms, next)) => {
                let cardinal = ms.last().is_some_and(|m| m.kind != NumberKind::Ordinal);
                out.extend(ms);
                i = next.max(i + 1);
                after_cardinal = if cardinal { i } else { usize::MAX };
            }
            None => i += 1,
        }
    }
    // Drop numbers inside URLs, e-mail addresses, hashtags and mentions.
    let opaque: Vec<Span> = tokens
        .iter()
        .filter(|t| {
            matches!(
                t.kind,
                TokenKind::Url | TokenKind::Email | TokenKind::Hashtag | TokenKind::Mention
            )
        })
        .map(|t| t.span)
        .collect();
    if !opaque.is_empty() {
        out.retain(|m| {
            !opaque
                .iter()
                .any(|o| o.start <= m.span.start && m.span.end <= o.end)
        });
    }
    Scan {
        items,
        folded_text,
        folded_spans,
        numbers: out,
    }
}

/// Read a standalone string as one number (digits, words or both); `None` when the
/// whole string (trimmed) is not a single number or its value is unrepresentable.
pub fn parse_number(s: &str) -> Option<f64> {
    let t = s.trim();
    let ms = find_numbers(t, &[]);
    match ms.as_slice() {
        [m] if m.span.start == 0 && m.span.end == t.len() => m.value,
        _ => None,
    }
}

/// Search-fold one word: hamza/alef/ya/ta-marbuta variants, diacritics, tatweel,
/// digits to ASCII. Appends to `out` (cleared first).
pub fn fold_word_into(word: &str, out: &mut String) {
    out.clear();
    normalize_into(word, Profile::Search, out);
}

/// Search-fold one word (see [`fold_word_into`]).
pub fn fold_word(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    fold_word_into(word, &mut s);
    s
}

// ---------------------------------------------------------------------------
// Scanner
// ---------------------------------------------------------------------------

/// What a scanned item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    /// A run of Arabic letters (with diacritics/tatweel).
    Word,
    /// A run of Latin letters.
    Latin,
    /// Digits with internal separators, ratios, exponents.
    Digits,
    /// Any other single non-space character.
    Sym(char),
}

/// One scanned item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Item {
    pub span: Span,
    pub kind: ItemKind,
    /// Only whitespace (or nothing) separates this item from the previous one,
    /// and that whitespace holds no line break.
    pub joined: bool,
    /// Number of whitespace bytes before this item (0 when glued).
    pub gap: usize,
}

/// Arabic letters (not digits, not punctuation).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0621}'..='\u{063A}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFC}')
}

fn is_word_char(c: char) -> bool {
    is_arabic_letter(c) || c == '\u{0640}' || is_arabic_diacritic(c)
}

/// The ASCII digit of a digit in any supported script.
pub fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '\u{0660}'..='\u{0669}' => Some((c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => Some((c as u32 - 0x06F0) as u8),
        _ => None,
    }
}

fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

fn is_sep(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | '\u{066B}' | '\u{066C}' | '\u{060C}' | '/' | ':'
    )
}

/// Scan `text` into words, digit runs and symbols (whitespace skipped).
pub fn lex(text: &str) -> Vec<Item> {
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let mut chars = text.char_indices().peekable();
    let mut gap = 0usize;
    let mut newline = false;
    let mut first = true;
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() || is_invisible(c) {
            if c == '\n' || c == '\r' || c == '\u{2029}' || c == '\u{2028}' {
                newline = true;
            }
            if c.is_whitespace() {
                gap += c.len_utf8();
            }
            chars.next();
            continue;
        }
        let joined = !newline && !first;
        first = false;
        let (kind, end) = if is_word_char(c) {
            let mut end = i;
            while let Some(&(j, d)) = chars.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            (ItemKind::Word, end)
        } else if is_digit(c)
            || (matches!(c, '.' | '\u{066B}')
                && text
                    .get(i + c.len_utf8()..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(is_digit)
                && !text
                    .get(..i)
                    .and_then(|r| r.chars().last())
                    .is_some_and(is_digit))
        {
            chars.next();
            let end = scan_digits(text, i + c.len_utf8());
            while chars.peek().is_some_and(|&(j, _)| j < end) {
                chars.next();
            }
            (ItemKind::Digits, end)
        } else if c.is_alphabetic() && !is_arabic_letter(c) {
            let mut end = i;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphabetic() && !is_word_char(d) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            (ItemKind::Latin, end)
        } else {
            chars.next();
            (ItemKind::Sym(c), i + c.len_utf8())
        };
        out.push(Item {
            span: Span::new(i, end),
            kind,
            joined,
            gap,
        });
        gap = 0;
        newline = false;
    }
    out
}

/// End (byte) of the digit run starting before `from`.
fn scan_digits(text: &str, from: usize) -> usize {
    let b = text.as_bytes();
    let next_char = |at: usize| text.get(at..).and_then(|r| r.chars().next());
    let mut end = from;
    while let Some(c) = next_char(end) {
        if is_digit(c) {
            end += c.len_utf8();
            continue;
        }
        if is_sep(c) && next_char(end + c.len_utf8()).is_some_and(is_digit) {
            end += c.len_utf8();
            continue;
        }
        // Bidi marks around a separator (25799\u{202a},\u{202a}52).
        if is_invisible(c) {
            let mut k = end + c.len_utf8();
            while next_char(k).is_some_and(is_invisible) {
                k += next_char(k).map_or(1, char::len_utf8);
            }
            let d = next_char(k);
            let after_sep = d.filter(|x| is_sep(*x)).and_then(|x| {
                let mut m = k + x.len_utf8();
                while next_char(m).is_some_and(is_invisible) {
                    m += next_char(m).map_or(1, char::len_utf8);
                }
                next_char(m).filter(|y| is_digit(*y)).map(|_| m)
            });
            if let Some(m) = after_sep {
                end = m;
                continue;
            }
        }
        // Exponent: e/E [+-] digit, or ^ [+-]* digit.
        if matches!(c, 'e' | 'E' | '^') {
            let mut k = end + 1;
            while matches!(b.get(k), Some(b'+') | Some(b'-')) && k < end + 3 {
                k += 1;
            }
            if next_char(k).is_some_and(is_digit) {
                end = k;
                continue;
            }
        }
        break;
    }
    end
}

// ---------------------------------------------------------------------------
// Word tagging
// ---------------------------------------------------------------------------

/// A number word found in an item, with its proclitics.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumWord {
    pub word: Word,
    /// Carries the conjunction و/ف.
    pub wa: bool,
    /// Carries the article ال (or لل).
    pub def: bool,
    /// Carries a preposition ب/ل/ك.
    pub prep: bool,
    /// Byte offset where the word proper starts (after the proclitics).
    pub start: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tag {
    None,
    /// A standalone و.
    Wa,
    Num(NumWord),
}

/// Proclitic strings (folded) and what they carry: (prefix, wa, def, prep).
const PREFIXES: &[(&str, bool, bool, bool)] = &[
    ("و", true, false, false),
    ("ف", true, false, false),
    ("ال", false, true, false),
    ("وال", true, true, false),
    ("فال", true, true, false),
    ("ب", false, false, true),
    ("ل", false, false, true),
    ("ك", false, false, true),
    ("بال", false, true, true),
    ("لل", false, true, true),
    ("كال", false, true, true),
    ("وب", true, false, true),
    ("ول", true, false, true),
    ("فب", true, false, true),
    ("وبال", true, true, true),
    ("ولل", true, true, true),
];

/// The first letters of [`PREFIXES`].
const PREFIX_LETTERS: [char; 6] = ['و', 'ف', 'ا', 'ب', 'ل', 'ك'];

/// Byte offset in `orig` after `n` letters (diacritics/tatweel after them included).
fn skip_letters(orig: &str, n: usize) -> usize {
    let mut seen = 0;
    for (i, c) in orig.char_indices() {
        if is_arabic_diacritic(c) || c == '\u{0640}' || is_invisible(c) {
            continue;
        }
        if seen == n {
            return i;
        }
        seen += 1;
    }
    orig.len()
}

/// Every folded form [`number_word`] can read: a number word, bare or behind
/// one of the [`PREFIXES`]; with a gate in front of the set.
fn number_word_forms() -> &'static (TailGate, HashSet<String, FoldBuild>) {
    static F: OnceLock<(TailGate, HashSet<String, FoldBuild>)> = OnceLock::new();
    F.get_or_init(|| {
        let mut s: HashSet<String, FoldBuild> = HashSet::default();
        for k in lexicon::keys() {
            s.insert(k.to_string());
            for &(p, ..) in PREFIXES {
                s.insert(format!("{p}{k}"));
            }
        }
        (TailGate::new(s.iter().map(String::as_str)), s)
    })
}

/// Identify a number word in one Arabic word (with proclitics).
pub fn number_word(word: &str, folded: &str) -> Option<NumWord> {
    // Number words are short and start with few letters: most words leave here,
    // and the rest at one look-up unless they are a number word behind a proclitic.
    let (gate, forms) = number_word_forms();
    if folded.len() > 2 * lexicon::MAX_CHARS + 8
        || !lexicon::may_contain(folded)
        || !gate.may_contain(folded)
        || !forms.contains(folded)
    {
        return None;
    }
    read_number_word(word, folded)
}

/// [`number_word`] without the quick rejections.
fn read_number_word(word: &str, folded: &str) -> Option<NumWord> {
    if let Some(w) = lookup(folded) {
        return Some(NumWord {
            word: w,
            wa: false,
            def: false,
            prep: false,
            start: 0,
        });
    }
    // Every proclitic string starts with one of these letters.
    if !folded.starts_with(PREFIX_LETTERS) {
        return None;
    }
    for &(p, wa, def, prep) in PREFIXES {
        let Some(stem) = folded.strip_prefix(p) else {
            continue;
        };
        let len = stem.chars().count();
        // ب/ل/ك on a short stem is usually a different word (لست "I am not", كمية
        // "quantity"), but not on ستة and مئة with its hamza (لستة آلاف، بمئة), nor on
        // the construct numerals خمس، سبع، تسع، عشر (لخمس سنوات، بسبع لغات، بعشر مرات).
        let short_ok = matches!(stem, "سته" | "خمس" | "سبع" | "تسع" | "عشر")
            || (stem == "ميه" && word.contains('ئ'));
        if len < 2 || (prep && len < 4 && !short_ok) {
            continue;
        }
        if let Some(w) = lookup(stem) {
            // The article only goes on ordinals, cardinals 1–99 and fractions.
            if def && matches!(w, Word::Minus | Word::Point | Word::Nus) {
                continue;
            }
            // The article stays on its word (ATB convention); و ف ب ل ك do not.
            let skip = match p {
                _ if p.ends_with("ال") => p.chars().count() - 2,
                _ if p.ends_with("لل") => p.chars().count() - 1,
                _ => p.chars().count(),
            };
            return Some(NumWord {
                word: w,
                wa,
                def,
                prep,
                start: skip_letters(word, skip),
            });
        }
    }
    None
}

fn tag_items(text: &str, items: &[Item]) -> (Vec<Tag>, String, Vec<(u32, u32)>) {
    let mut tags = Vec::with_capacity(items.len());
    let mut arena = String::with_capacity(text.len());
    let mut spans = Vec::with_capacity(items.len());
    let mut buf = String::with_capacity(64);
    for it in items {
        if it.kind != ItemKind::Word {
            tags.push(Tag::None);
            spans.push((arena.len() as u32, arena.len() as u32));
            continue;
        }
        let w = it.span.slice(text);
        fold_word_into(w, &mut buf);
        let tag = if buf == "و" {
            Tag::Wa
        } else if w.len() > 40 {
            Tag::None
        } else {
            match number_word(w, &buf) {
                Some(mut nw) => {
                    nw.start += it.span.start;
                    Tag::Num(nw)
                }
                None => Tag::None,
            }
        };
        tags.push(tag);
        let a = arena.len() as u32;
        arena.push_str(&buf);
        spans.push((a, arena.len() as u32));
    }
    (tags, arena, spans)
}

// ---------------------------------------------------------------------------
// Digit strings
// ---------------------------------------------------------------------------

/// The reading of a digit item.
#[derive(Debug, Clone, PartialEq)]
enum Digits {
    /// One number; `int` when written without a decimal part.
    Number { value: Option<f64>, int: bool },
    /// `a/b`.
    Ratio(Option<f64>),
    /// Several numbers (dates, times, IP addresses): byte ranges relative to the item.
    Split(Vec<(usize, usize, Option<f64>)>),
}

/// Digits as ASCII with separators mapped: ٫→'.', ٬ and ، → ','.
fn ascii(s: &str) -> String {
    s.chars()
        .filter(|c| !is_invisible(*c))
        .map(|c| match c {
            '\u{066B}' => '.',
            '\u{066C}' => ',',
            // The Arabic comma only ever groups thousands (١،٢٣٤،٥٦٧; 12،220,13).
            '\u{060C}' => '\'',
            c => digit_value(c).map_or(c, |d| (b'0' + d) as char),
        })
        .collect()
}

/// Parse plain ASCII digits with at most one '.', rejecting absurd magnitudes.
fn plain(s: &str) -> Option<f64> {
    let int_part = s.split('.').next().unwrap_or("");
    let significant = int_part.trim_start_matches('0').len();
    if significant > 18 || s.is_empty() {
        return None;
    }
    let v: f64 = s.parse().ok()?;
    v.is_finite().then_some(v)
}

fn read_digits(raw: &str) -> Digits {
    let s = ascii(raw);
    let parts_of = |sep: &[char]| -> Digits {
        // Byte ranges of the digit runs within `raw`.
        let mut v = Vec::new();
        let mut start = None;
        for (i, c) in raw.char_indices() {
            if is_digit(c) {
                if start.is_none() {
                    start = Some(i);
                }
            } else if let Some(st) = start.take() {
                v.push((st, i, plain(&ascii(&raw[st..i]))));
            }
        }
        if let Some(st) = start {
            v.push((st, raw.len(), plain(&ascii(&raw[st..]))));
        }
        let _ = sep;
        Digits::Split(v)
    };
    if s.contains(':') {
        return parts_of(&[':']);
    }
    if s.contains('/') {
        let parts: Vec<&str> = s.split('/').collect();
        if parts.len() == 2 && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
            let a = plain(parts[0]);
            let b = plain(parts[1]);
            return Digits::Ratio(match (a, b) {
                (Some(a), Some(b)) if b != 0.0 => Some(a / b),
                _ => None,
            });
        }
        return parts_of(&['/']);
    }
    if let Some(k) = s.find(['e', 'E', '^']) {
        let (m, e) = (&s[..k], &s[k + 1..]);
        let power = s.as_bytes().get(k) == Some(&b'^');
        let m = read_plain_number(m);
        let neg = e.matches('-').count() % 2 == 1;
        let e = e.trim_start_matches(['+', '-']);
        let e: Option<f64> = e.parse::<u32>().ok().filter(|x| *x <= 400).map(|x| {
            if neg {
                -(x as f64)
            } else {
                x as f64
            }
        });
        let value = match (m, e) {
            (Some(m), Some(e)) => {
                let v = if power { m.powf(e) } else { m * 10f64.powf(e) };
                (v.is_finite() && v.abs() <= MAX_VALUE).then_some(v)
            }
            _ => None,
        };
        return Digits::Number { value, int: false };
    }
    match classify_separators(&s) {
        Some((clean, int)) => Digits::Number {
            value: plain(&clean),
            int,
        },
        None => parts_of(&[',', '.']),
    }
}

fn read_plain_number(s: &str) -> Option<f64> {
    classify_separators(s).and_then(|(c, _)| plain(&c))
}

/// Decide which separators are thousands and which is decimal; returns the number
/// as a plain ASCII string (digits and at most one '.') and whether it is an integer.
fn classify_separators(s: &str) -> Option<(String, bool)> {
    if s.contains('\'') {
        let (int_part, rest) = match s.find([',', '.']) {
            Some(k) => s.split_at(k),
            None => (s, ""),
        };
        let gs: Vec<&str> = int_part.split('\'').collect();
        let ok = gs.first().is_some_and(|g| (1..=3).contains(&g.len()))
            && gs.iter().skip(1).all(|g| g.len() == 3);
        if !ok || rest.matches([',', '.']).count() > 1 {
            return None;
        }
        let dec = rest.replace(',', ".");
        return Some((
            format!("{}{}", int_part.replace('\'', ""), dec),
            rest.is_empty(),
        ));
    }
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    let groups: Vec<&str> = s.split([',', '.']).collect();
    let thousands = |gs: &[&str]| {
        gs.first().is_some_and(|g| (1..=3).contains(&g.len()))
            && gs.get(1..).is_some_and(|r| r.iter().all(|g| g.len() == 3))
    };
    match (commas, dots) {
        (0, 0) => Some((s.to_string(), true)),
        (0, 1) => Some((s.to_string(), false)),
        (0, _) if thousands(&groups) => Some((s.replace('.', ""), true)),
        (1, 0) if thousands(&groups) && groups.first().is_some_and(|g| *g != "0") => {
            Some((s.replace(',', ""), true))
        }
        (1, 0) => Some((s.replace(',', "."), false)),
        (_, 0) if thousands(&groups) => Some((s.replace(',', ""), true)),
        (_, _) if commas > 0 && dots > 0 => {
            // The separator written last (once) is the decimal point.
            let last_dot = s.rfind('.')?;
            let last_comma = s.rfind(',')?;
            let (dec, th) = if last_dot > last_comma {
                ('.', ',')
            } else {
                (',', '.')
            };
            if s.matches(dec).count() != 1 {
                return None;
            }
            let (int_part, frac) = s.split_at(s.rfind(dec)?);
            let gs: Vec<&str> = int_part.split(th).collect();
            if !thousands(&gs) {
                return None;
            }
            Some((
                format!("{}.{}", int_part.replace(th, ""), &frac[1..]),
                false,
            ))
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// Parser
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Digits,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Frac,
}

/// Accumulator for a cardinal.
#[derive(Debug, Clone)]
struct Acc {
    total: f64,
    small: f64,
    last_scale: f64,
    last: Part,
    has_h: bool,
    has_u: bool,
    has_t: bool,
    frac: bool,
    valid: bool,
    /// Index of the first item of the number.
    first: usize,
    /// Index of the last item consumed.
    end: usize,
}

impl Acc {
    fn new(end: usize) -> Acc {
        Acc {
            total: 0.0,
            small: 0.0,
            last_scale: f64::INFINITY,
            last: Part::Digits,
            has_h: false,
            has_u: false,
            has_t: false,
            frac: false,
            valid: true,
            first: end,
            end,
        }
    }
    fn value(&self) -> Option<f64> {
        let v = tidy(self.total + self.small);
        (self.valid && v.is_finite() && v.abs() <= MAX_VALUE).then_some(v)
    }
}

/// Remove binary rounding noise from decimal × scale products
/// (4.1 × 10⁹ = 4099999999.9999995 → 4100000000).
fn tidy(v: f64) -> f64 {
    let r = v.round();
    if r != 0.0 && (v - r).abs() <= 1e-9 * v.abs() {
        return r;
    }
    // Decimal fractions: keep 12 significant digits.
    if v != 0.0 && v.is_finite() {
        let mag = 10f64.powi(11 - v.abs().log10().floor() as i32);
        if mag.is_finite() && mag > 0.0 {
            let t = (v * mag).round() / mag;
            if t.is_finite() {
                return t;
            }
        }
    }
    v
}

/// The connector of a ratio read by [`Parser::over`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ratio {
    /// X على Y
    On,
    /// X من Y
    Of,
    /// X جزء من Y, X أجزاء من Y
    Parts,
    /// 1 في Y: "one in Y"
    In,
}

struct Parser<'a> {
    text: &'a str,
    items: &'a [Item],
    tags: &'a [Tag],
}

fn small_word(w: Word) -> Option<(f64, Part)> {
    match w {
        Word::Unit(u) => Some((u as f64, Part::Unit)),
        Word::Ten => Some((10.0, Part::Teen)),
        Word::Teen(t) => Some((t as f64, Part::Teen)),
        Word::Tens(t) => Some((t as f64, Part::Tens)),
        Word::Hundred(h) => Some((h as f64, Part::Hundred)),
        _ => None,
    }
}

fn form_count(f: Form) -> f64 {
    if f == Form::Dual {
        2.0
    } else {
        1.0
    }
}

impl<'a> Parser<'a> {
    fn item(&self, i: usize) -> Option<&'a Item> {
        self.items.get(i)
    }
    fn tag(&self, i: usize) -> Tag {
        self.tags.get(i).copied().unwrap_or(Tag::None)
    }
    fn num(&self, i: usize) -> Option<NumWord> {
        match self.tag(i) {
            Tag::Num(n) => Some(n),
            _ => None,
        }
    }
    fn joined(&self, i: usize) -> bool {
        self.item(i).is_some_and(|it| it.joined)
    }
    fn digits(&self, i: usize) -> Option<Digits> {
        let it = self.item(i)?;
        (it.kind == ItemKind::Digits).then(|| read_digits(it.span.slice(self.text)))
    }
    fn start_of(&self, i: usize) -> usize {
        match (self.tag(i), self.item(i)) {
            (Tag::Num(n), _) => n.start,
            (_, Some(it)) => it.span.start,
            _ => 0,
        }
    }
    fn end_of(&self, i: usize) -> usize {
        self.item(i).map_or(0, |it| it.span.end)
    }

    /// The next item joined to `i` and whether a و connects them; skips a standalone و.
    fn next(&self, i: usize) -> Option<(usize, bool)> {
        let j = i + 1;
        if !self.joined(j) {
            return None;
        }
        if self.tag(j) == Tag::Wa {
            return self.joined(j + 1).then_some((j + 1, true));
        }
        let wa = self.num(j).is_some_and(|n| n.wa);
        Some((j, wa))
    }

    fn parse_at(&self, i: usize, after_cardinal: bool) -> Option<(Vec<NumberMatch>, usize)> {
        let it = self.item(i)?;
        match it.kind {
            ItemKind::Digits => self.digits_start(i, false, it.span.start),
            ItemKind::Sym('-' | '\u{2212}') => {
                // A sign glued to digits, not after a digit/letter (10-20 is a range).
                let prev = self
                    .text
                    .get(..it.span.start)
                    .and_then(|r| r.chars().last());
                let ok = prev.is_none_or(|c| {
                    c.is_whitespace() || matches!(c, '(' | '[' | ':' | '<' | '>' | '=')
                });
                let nxt = self.item(i + 1)?;
                // "1000 - 5000" is a range, not 1000 and -5000.
                let after_digits = i > 0
                    && it.joined
                    && self.item(i - 1).is_some_and(|p| p.kind == ItemKind::Digits);
                let spaced_ok = nxt.gap == 0 || !after_digits;
                if ok && spaced_ok && nxt.kind == ItemKind::Digits && nxt.gap <= 1 && nxt.joined {
                    self.digits_start(i + 1, true, it.span.start)
                } else {
                    None
                }
            }
            ItemKind::Word => match self.num(i) {
                Some(n) => self.word_start(i, n, after_cardinal),
                None => self.part_of(i),
            },
            _ => None,
        }
    }

    fn single(
        &self,
        start: usize,
        end: usize,
        value: Option<f64>,
        kind: NumberKind,
    ) -> NumberMatch {
        NumberMatch {
            span: Span::new(start, end),
            value,
            kind,
        }
    }

    fn digits_start(&self, i: usize, neg: bool, start: usize) -> Option<(Vec<NumberMatch>, usize)> {
        let it = self.item(i)?;
        let sign = if neg { -1.0 } else { 1.0 };
        match self.digits(i)? {
            Digits::Split(parts) => {
                let ms = parts
                    .into_iter()
                    .map(|(a, b, v)| {
                        self.single(
                            it.span.start + a,
                            it.span.start + b,
                            v,
                            NumberKind::Cardinal,
                        )
                    })
                    .collect();
                Some((ms, i + 1))
            }
            Digits::Ratio(v) => {
                // The tail of a dash-joined digit chain (a phone number, +1-222-2222/2222)
                // is two numbers, not a ratio.
                let in_chain = !neg
                    && i >= 2
                    && it.gap == 0
                    && matches!(self.item(i - 1).map(|p| p.kind), Some(ItemKind::Sym('-')))
                    && self.item(i - 1).is_some_and(|p| p.gap == 0)
                    && self.item(i - 2).is_some_and(|p| p.kind == ItemKind::Digits);
                let raw = it.span.slice(self.text);
                if let (true, Some((a, b))) = (in_chain, raw.split_once('/')) {
                    let s0 = it.span.start;
                    let b0 = s0 + a.len() + 1;
                    return Some((
                        vec![
                            self.single(s0, s0 + a.len(), plain(&ascii(a)), NumberKind::Cardinal),
                            self.single(b0, b0 + b.len(), plain(&ascii(b)), NumberKind::Cardinal),
                        ],
                        i + 1,
                    ));
                }
                if let Some(r) = self.rtl_mixed(i, neg, start, v) {
                    return Some(r);
                }
                // A whole number before a ratio: 2 1/4.
                Some((
                    vec![self.single(
                        start,
                        it.span.end,
                        v.map(|x| x * sign),
                        NumberKind::Fraction,
                    )],
                    i + 1,
                ))
            }
            Digits::Number { value, int } => {
                let mut acc = Acc::new(i);
                acc.small = value.unwrap_or(0.0);
                acc.valid = value.is_some();
                acc.last = Part::Digits;
                // Space-grouped thousands: 1 234 567.
                let raw = it.span.slice(self.text);
                if int && raw.chars().count() <= 3 && !raw.starts_with(['0', '٠', '۰']) {
                    let mut k = i;
                    while let Some(nx) = self.item(k + 1) {
                        let r = nx.span.slice(self.text);
                        let sep = self
                            .text
                            .get(..nx.span.start)
                            .and_then(|t| t.chars().last());
                        let one_space = matches!(sep, Some(' ' | '\u{a0}' | '\u{202f}'))
                            && nx.gap == sep.map_or(0, char::len_utf8);
                        // Three digits, or three digits and a decimal part (1 234 567.89).
                        let head: String = r.chars().take(3).collect();
                        let tail: String = r.chars().skip(3).collect();
                        let tail_ok = tail.is_empty()
                            || (tail.starts_with(['.', '\u{066B}'])
                                && tail.chars().skip(1).all(is_digit)
                                && tail.chars().count() > 1);
                        let ok = nx.kind == ItemKind::Digits
                            && nx.joined
                            && one_space
                            && head.chars().count() == 3
                            && head.chars().all(is_digit)
                            && tail_ok;
                        if !ok {
                            break;
                        }
                        let frac = if tail.is_empty() {
                            0.0
                        } else {
                            plain(&format!("0{}", ascii(&tail))).unwrap_or(0.0)
                        };
                        acc.small = acc.small * 1000.0 + plain(&ascii(&head)).unwrap_or(0.0) + frac;
                        k += 1;
                        if !tail.is_empty() {
                            break;
                        }
                    }
                    acc.end = k;
                }
                // A whole number followed by a ratio: 2 1/4.
                if int {
                    if let (Some(Digits::Ratio(Some(r))), true) =
                        (self.digits(acc.end + 1), self.joined(acc.end + 1))
                    {
                        if r < 1.0 && acc.end == i {
                            let v = acc.value().map(|x| (x + r) * sign);
                            let e = self.end_of(i + 1);
                            return Some((
                                vec![self.single(start, e, v, NumberKind::Fraction)],
                                i + 2,
                            ));
                        }
                    }
                }
                let acc = self.extend(acc, int);
                if int && !neg {
                    if let Some(r) = self.over(start, &acc) {
                        return Some(r);
                    }
                }
                let kind = if acc.frac {
                    NumberKind::Fraction
                } else {
                    NumberKind::Cardinal
                };
                let v = acc.value().map(|x| x * sign);
                Some((
                    vec![self.single(start, self.end_of(acc.end), v, kind)],
                    acc.end + 1,
                ))
            }
        }
    }

    /// A mixed number typed right to left: `١/٤ ٢` is displayed as `٢ ١/٤` in an
    /// Arabic paragraph, so it reads 2¼. Only a proper fraction with a small
    /// denominator and a small whole number, and only when nothing numeric follows.
    fn rtl_mixed(
        &self,
        i: usize,
        neg: bool,
        start: usize,
        ratio: Option<f64>,
    ) -> Option<(Vec<NumberMatch>, usize)> {
        let r = ratio?;
        let it = self.item(i)?;
        let raw = ascii(it.span.slice(self.text));
        let den = plain(raw.split_once('/')?.1)?;
        if neg || !(r > 0.0 && r < 1.0) || den > 16.0 {
            return None;
        }
        // Not the tail of a whole number already read (2 1/4).
        if i > 0 && self.joined(i) && self.digits(i - 1).is_some() {
            return None;
        }
        let nx = self.item(i + 1)?;
        if !nx.joined || nx.gap != 1 {
            return None;
        }
        let Some(Digits::Number {
            value: Some(w),
            int: true,
        }) = self.digits(i + 1)
        else {
            return None;
        };
        if !(1.0..100.0).contains(&w) {
            return None;
        }
        if self.num(i + 2).is_some() && self.joined(i + 2)
            || self.item(i + 2).is_some_and(|n2| {
                n2.joined
                    && (n2.kind == ItemKind::Digits || matches!(n2.kind, ItemKind::Sym('/' | '-')))
            })
        {
            return None;
        }
        Some((
            vec![self.single(start, nx.span.end, Some(w + r), NumberKind::Fraction)],
            i + 2,
        ))
    }

    fn word_start(
        &self,
        i: usize,
        n: NumWord,
        after_cardinal: bool,
    ) -> Option<(Vec<NumberMatch>, usize)> {
        let start = n.start;
        match n.word {
            Word::Ordinal(_) | Word::OrdinalOne => {
                if after_cardinal {
                    return None;
                }
                self.ordinal(i, n)
            }
            Word::Minus => {
                let (j, wa) = self.next(i)?;
                if wa {
                    return None;
                }
                let (ms, next) = match self.item(j)?.kind {
                    ItemKind::Digits => self.digits_start(j, false, self.start_of(j))?,
                    ItemKind::Word => {
                        let m = self.num(j)?;
                        if m.def || m.wa {
                            return None;
                        }
                        self.word_start(j, m, false)?
                    }
                    _ => return None,
                };
                let [m] = ms.as_slice() else { return None };
                if m.kind == NumberKind::Ordinal {
                    return None;
                }
                Some((
                    vec![self.single(start, m.span.end, m.value.map(|v| -v), m.kind)],
                    next,
                ))
            }
            _ if n.def => self.definite(i, n),
            Word::OneTeen => {
                let (j, wa) = self.next(i)?;
                if wa || self.num(j).map(|m| m.word) != Some(Word::Ten) {
                    return None;
                }
                let mut acc = Acc::new(j);
                acc.first = i;
                acc.small = 11.0;
                acc.last = Part::Teen;
                acc.has_u = true;
                acc.has_t = true;
                self.finish(start, acc)
            }
            Word::Unit(_) | Word::Ten | Word::Teen(_) | Word::Tens(_) | Word::Hundred(_) => {
                if let Some(r) = self.fraction_of_definite(i, n) {
                    return Some(r);
                }
                // أي واحد "which one", لا أحد: a pronoun, not a count.
                if n.word == Word::Unit(1) && i > 0 && self.joined(i) {
                    let prev = self.item(i - 1).map_or("", |p| p.span.slice(self.text));
                    if matches!(fold_word(prev).as_str(), "اي" | "كل" | "لا") {
                        return None;
                    }
                }
                let (v, p) = small_word(n.word)?;
                let mut acc = Acc::new(i);
                acc.small = v;
                acc.last = p;
                match p {
                    Part::Hundred => acc.has_h = true,
                    Part::Unit => acc.has_u = true,
                    _ => {
                        acc.has_u = true;
                        acc.has_t = true;
                    }
                }
                self.finish(start, acc)
            }
            Word::Scale(s, f) if f != Form::Plural => {
                let mut acc = Acc::new(i);
                acc.total = s * form_count(f);
                acc.last_scale = s;
                acc.last = Part::Scale;
                self.finish(start, acc)
            }
            Word::Fraction(d, f) if f != Form::Plural => {
                let mut acc = Acc::new(i);
                acc.small = form_count(f) / d as f64;
                acc.last = Part::Frac;
                acc.frac = true;
                self.finish(start, acc)
            }
            _ => None,
        }
    }

    fn finish(&self, start: usize, acc: Acc) -> Option<(Vec<NumberMatch>, usize)> {
        let acc = self.extend(acc, true);
        if let Some(r) = self.over(start, &acc) {
            return Some(r);
        }
        let v = acc.value();
        let kind = if acc.frac && v.is_some_and(|x| x.fract() != 0.0) {
            NumberKind::Fraction
        } else {
            NumberKind::Cardinal
        };
        Some((
            vec![self.single(start, self.end_of(acc.end), v, kind)],
            acc.end + 1,
        ))
    }

    /// Ratios between two numbers, read as the fraction X/Y:
    /// * `X على Y` with X < Y (واحد على ثلاثة, 1 على 20), or X ≥ 100 over a single digit
    ///   (2000 على 3). Other X ≥ Y are left alone: they are usually scores (فاز 2 على 1,
    ///   98 على 87).
    /// * `X من Y` with X < Y, "X out of Y" (واحد من ثلاثة, واحد من مئة, 3 من 21); not when
    ///   the pair is a movement or a span (انخفض إلى 20 من 25, 3 من 5 إلى 7).
    /// * `1 في Y` / `واحد في Y` closing a phrase: "one in Y".
    /// * `X جزء من Y` / `X أجزاء من Y` (any X). After hundreds the parts count only the
    ///   words below a hundred: مائتان وثلاثة جزء من مائة = 200 + 3/100.
    fn over(&self, start: usize, acc: &Acc) -> Option<(Vec<NumberMatch>, usize)> {
        let x = acc.value()?;
        if acc.frac || acc.total != 0.0 || x <= 0.0 {
            return None;
        }
        let j = acc.end + 1;
        let it = self.item(j)?;
        if !it.joined || it.kind != ItemKind::Word {
            return None;
        }
        let conn = match fold_word(it.span.slice(self.text)).as_str() {
            "علي" => Ratio::On,
            "من" => Ratio::Of,
            "جزء" | "اجزاء" => Ratio::Parts,
            "في" if x == 1.0 => Ratio::In,
            _ => return None,
        };
        let k = if conn == Ratio::Parts {
            let of = self.item(j + 1)?;
            if !of.joined || fold_word(of.span.slice(self.text)) != "من" {
                return None;
            }
            j + 2
        } else {
            j + 1
        };
        let (y, end, next) = self.denominator(k)?;
        // A signed ratio is arithmetic, not a score: ناقص مائة على خمسة وثلاثين.
        let signed = acc.first > 0
            && self.joined(acc.first)
            && self
                .num(acc.first - 1)
                .is_some_and(|m| m.word == Word::Minus);
        let v = match conn {
            // Not a year before an amount (كأس العالم 2018 على 38 مليون دولار).
            Ratio::On
                if signed
                    || (y > x && !((1900.0..=2100.0).contains(&x) && y >= 1000.0))
                    || (x >= 100.0 && y < 10.0 && !self.after_year_word(acc.first)) =>
            {
                x / y
            }
            Ratio::Of if y > x && !self.of_is_span(start, next) => x / y,
            // "One in twenty-one" closes the phrase; واحد في 3 مباريات counts matches,
            // 1 في 2015 is a year.
            Ratio::In
                if y >= 2.0
                    && !(1000.0..=2100.0).contains(&y)
                    && !self
                        .item(next)
                        .is_some_and(|it| it.joined && it.kind == ItemKind::Word) =>
            {
                x / y
            }
            Ratio::Parts => {
                let rest = x % 100.0;
                if acc.has_h && x > 100.0 && rest > 0.0 {
                    x - rest + rest / y
                } else {
                    x / y
                }
            }
            _ => return None,
        };
        Some((
            vec![self.single(start, end, Some(tidy(v)), NumberKind::Fraction)],
            next,
        ))
    }

    /// `جزء من Y` with no count before it: one part of Y (جزء من مئة = 0.01).
    fn part_of(&self, i: usize) -> Option<(Vec<NumberMatch>, usize)> {
        let it = self.item(i)?;
        if fold_word(it.span.slice(self.text)) != "جزء" {
            return None;
        }
        let of = self.item(i + 1)?;
        if !of.joined || fold_word(of.span.slice(self.text)) != "من" {
            return None;
        }
        let (y, end, next) = self.denominator(i + 2)?;
        Some((
            vec![self.single(
                it.span.start,
                end,
                Some(tidy(1.0 / y)),
                NumberKind::Fraction,
            )],
            next,
        ))
    }

    /// The whole cardinal starting at `k` that can stand as a denominator: its value,
    /// end byte and the next item index.
    fn denominator(&self, k: usize) -> Option<(f64, usize, usize)> {
        let nx = self.item(k)?;
        if !nx.joined {
            return None;
        }
        let (ms, next) = match nx.kind {
            ItemKind::Digits => self.digits_start(k, false, nx.span.start)?,
            ItemKind::Word => {
                let n = self.num(k).filter(|n| !n.def && !n.wa && !n.prep)?;
                if !matches!(
                    n.word,
                    Word::Unit(_)
                        | Word::Ten
                        | Word::Teen(_)
                        | Word::Tens(_)
                        | Word::Hundred(_)
                        | Word::Scale(..)
                ) {
                    return None;
                }
                self.word_start(k, n, false)?
            }
            _ => return None,
        };
        let [m] = ms.as_slice() else { return None };
        let y = m.value?;
        if m.kind != NumberKind::Cardinal || y <= 0.0 || y.fract() != 0.0 {
            return None;
        }
        Some((y, m.span.end, next))
    }

    /// Whether `X من Y` is a movement or a span rather than "X out of Y": the word before
    /// X is إلى/حتى/نحو… (انخفض إلى 20 من 25), or Y is followed by إلى/حتى/و/- (3 من 5 إلى 7).
    fn of_is_span(&self, start: usize, next: usize) -> bool {
        const BEFORE: &[&str] = &["الي", "حتي", "نحو", "بين", "من", "بنحو"];
        const AFTER: &[&str] = &["الي", "حتي", "لغايه", "و"];
        let prev = self.text.get(..start).and_then(|t| {
            t.split_whitespace()
                .next_back()
                .map(|w| fold_word(w.trim_matches(|c: char| !is_word_char(c))))
        });
        if prev.is_some_and(|w| BEFORE.contains(&w.as_str())) {
            return true;
        }
        match self.item(next) {
            Some(it) if it.joined => match it.kind {
                ItemKind::Word => AFTER.contains(&fold_word(it.span.slice(self.text)).as_str()),
                ItemKind::Sym(c) => matches!(c, '-' | '\u{2013}' | '\u{2212}'),
                _ => false,
            },
            _ => false,
        }
    }

    /// خمس/سبع/تسع/عشر directly before a definite noun is a fraction (خمس الفطيرة):
    /// as a cardinal it would take an indefinite plural (خمس فطائر).
    fn fraction_of_definite(&self, i: usize, n: NumWord) -> Option<(Vec<NumberMatch>, usize)> {
        if n.wa || n.def || n.prep {
            return None;
        }
        let d = match fold_word(self.item(i)?.span.slice(self.text)).as_str() {
            "خمس" => 5.0,
            "سبع" => 7.0,
            "تسع" => 9.0,
            "عشر" => 10.0,
            _ => return None,
        };
        let nx = self.item(i + 1)?;
        if !nx.joined || nx.kind != ItemKind::Word {
            return None;
        }
        // A fifth of a definite numeral: خمس العشرين = 4, خمس خمس العشرين = 0.8.
        if let Some(m) = self.num(i + 1) {
            let definite = |k: usize| -> Option<f64> {
                let m = self.num(k).filter(|m| m.def && !m.wa && !m.prep)?;
                self.item(k).filter(|it| it.joined)?;
                match m.word {
                    Word::Unit(u) if u > 2 => Some(u as f64),
                    Word::Ten => Some(10.0),
                    Word::Tens(t) => Some(t as f64),
                    Word::Hundred(h) => Some(h as f64),
                    _ => None,
                }
            };
            let (whole, next) = match definite(i + 1) {
                Some(w) => (w, i + 2),
                // One more fraction word between: خمس خمس العشرين.
                None => {
                    let d2 = match fold_word(nx.span.slice(self.text)).as_str() {
                        "خمس" if !m.wa && !m.def => 5.0,
                        _ => return None,
                    };
                    (definite(i + 2)? / d2, i + 3)
                }
            };
            return Some((
                vec![self.single(
                    n.start,
                    self.end_of(next - 1),
                    Some(tidy(whole / d)),
                    NumberKind::Fraction,
                )],
                next,
            ));
        }
        // (Not a word whose «أل» carries a hamza: the article is written without one,
        // and «أل» begins أفعال plurals of roots in ل and loanwords — خمس ألعاب، سبع
        // ألوان، عشر ألبومات are counts.)
        let next = nx.span.slice(self.text);
        if !fold_word(next).starts_with("ال") || next.starts_with("أل") {
            return None;
        }
        Some((
            vec![self.single(n.start, self.end_of(i), Some(1.0 / d), NumberKind::Fraction)],
            i + 1,
        ))
    }

    /// A definite cardinal: الثلاثة (cardinal), الاثنا عشر / الواحد والعشرون / العشرون (ordinal).
    fn definite(&self, i: usize, n: NumWord) -> Option<(Vec<NumberMatch>, usize)> {
        let start = n.start;
        let unit = match n.word {
            Word::Unit(u) if u >= 1 => Some(u),
            Word::OneTeen => Some(1),
            _ => None,
        };
        if let Some(u) = unit {
            if let Some((j, wa)) = self.next(i) {
                match self.num(j).map(|m| (m.word, m.def)) {
                    Some((Word::Ten, _)) if !wa => {
                        return Some((
                            vec![self.single(
                                start,
                                self.end_of(j),
                                Some(10.0 + u as f64),
                                NumberKind::Ordinal,
                            )],
                            j + 1,
                        ));
                    }
                    Some((Word::Tens(t), def)) if wa && (def || self.tag(i + 1) == Tag::Wa) => {
                        // A scale after it: الصفحة الواحد والعشرون تريليون وثلاثمائة …
                        if let Some((k, false)) = self.next(j) {
                            if matches!(self.num(k), Some(m) if !m.def && matches!(m.word, Word::Scale(..)))
                            {
                                let mut acc = Acc::new(j);
                                acc.first = i;
                                acc.small = t as f64 + u as f64;
                                acc.last = Part::Tens;
                                acc.has_u = true;
                                acc.has_t = true;
                                let acc = self.extend(acc, true);
                                // An ordinal after a definite noun with nothing counted after
                                // it; السبعة والثمانين مليون شخص is "the 87 million people".
                                let kind = if self.after_definite_noun(i)
                                    && self.free_after(acc.end + 1)
                                {
                                    NumberKind::Ordinal
                                } else {
                                    NumberKind::Cardinal
                                };
                                return Some((
                                    vec![self.single(
                                        start,
                                        self.end_of(acc.end),
                                        acc.value(),
                                        kind,
                                    )],
                                    acc.end + 1,
                                ));
                            }
                        }
                        return Some((
                            vec![self.single(
                                start,
                                self.end_of(j),
                                Some(t as f64 + u as f64),
                                NumberKind::Ordinal,
                            )],
                            j + 1,
                        ));
                    }
                    _ => {}
                }
            }
            if n.word == Word::OneTeen || matches!(self.next_word(i), Some(Word::Ordinal(_))) {
                return None;
            }
            // الاثنين is Monday; الواحد is "the One" as often as a number.
            if u == 2 || u == 1 {
                return None;
            }
            return Some((
                vec![self.single(start, self.end_of(i), Some(u as f64), NumberKind::Cardinal)],
                i + 1,
            ));
        }
        match n.word {
            Word::Tens(t) => Some((
                vec![self.single(start, self.end_of(i), Some(t as f64), NumberKind::Ordinal)],
                i + 1,
            )),
            // النصف, الربع, الثلث: a fraction (النصف الأول = the first half).
            Word::Fraction(d, Form::Singular) if !n.prep => Some((
                vec![self.single(
                    start,
                    self.end_of(i),
                    Some(1.0 / d as f64),
                    NumberKind::Fraction,
                )],
                i + 1,
            )),
            // الزائر المليون, الكتاب التريليون: a definite scale after a definite noun,
            // not counting a noun of its own (الرجل المليون دولار), is an ordinal.
            // Not الألف: البطاقات الألف is "the thousand cards"; nor after a sound plural
            // (الأسرى/المعتقلين المليون would be "the million prisoners").
            Word::Scale(s, Form::Singular) if !n.prep && !n.wa && s >= 1e6 => {
                (self.after_definite_noun(i) && self.free_after(i + 1)).then(|| {
                    (
                        vec![self.single(start, self.end_of(i), Some(s), NumberKind::Ordinal)],
                        i + 1,
                    )
                })
            }
            // الذكرى المئة, المائتان, المئة والخامسة والعشرون: ordinals. Not after في or
            // with a preposition (في المئة, بالمئة are percent), not الألف/المليون.
            Word::Hundred(h) if !n.prep => {
                let prev_fi = i > 0
                    && self.item(i - 1).is_some_and(|p| p.kind == ItemKind::Word)
                    && fold_word(self.item(i - 1).map_or("", |p| p.span.slice(self.text))) == "في";
                if prev_fi || n.wa {
                    return None;
                }
                let mut value = h as f64;
                let mut end = i;
                // + و(ال)خامسة + و(ال)عشرون
                if let Some((j, true)) = self.next(end) {
                    let unit = match self.num(j).map(|m| m.word) {
                        Some(Word::Ordinal(k)) => Some(k as f64),
                        Some(Word::Unit(u)) if u > 0 => Some(u as f64),
                        Some(Word::Tens(t)) => Some(t as f64),
                        _ => None,
                    };
                    if let Some(u) = unit {
                        value += u;
                        end = j;
                        if u < 10.0 {
                            if let Some((k, true)) = self.next(end) {
                                if let Some(Word::Tens(t)) = self.num(k).map(|m| m.word) {
                                    value += t as f64;
                                    end = k;
                                }
                            }
                        }
                    }
                }
                Some((
                    vec![self.single(start, self.end_of(end), Some(value), NumberKind::Ordinal)],
                    end + 1,
                ))
            }
            _ => None,
        }
    }

    /// Whether item `i` follows a definite noun that is not a numeral nor a sound
    /// plural (الزائر المليون, الصفحة الواحد والعشرون …; not البطاقات الألف).
    fn after_definite_noun(&self, i: usize) -> bool {
        i > 0
            && self.joined(i)
            && self.tag(i - 1) == Tag::None
            && self.item(i - 1).is_some_and(|p| {
                let w = fold_word(p.span.slice(self.text));
                p.kind == ItemKind::Word
                    && ["ال", "لل", "بال", "وال", "فال", "كال"]
                        .iter()
                        .any(|a| w.starts_with(a))
                    && !["ات", "ين", "ون"].iter().any(|e| w.ends_with(e))
            })
    }

    /// Whether item `k` is not a counted noun: nothing joined, not a word, a definite
    /// word or a preposition/pronoun.
    fn free_after(&self, k: usize) -> bool {
        match self.item(k) {
            Some(nx) if nx.joined && nx.kind == ItemKind::Word => {
                let w = fold_word(nx.span.slice(self.text));
                ["ال", "لل", "بال", "وال", "فال"]
                    .iter()
                    .any(|p| w.starts_with(p))
                    || matches!(
                        w.as_str(),
                        "في" | "من" | "علي" | "الي" | "عن" | "هو" | "هي" | "قد" | "منذ"
                    )
            }
            _ => true,
        }
    }

    /// Whether the number starting at item `i` is in a span: بين / ما بين within
    /// the three words before it (بين سنة واحدة وخمس سنوات).
    fn after_between(&self, i: usize) -> bool {
        let mut k = i;
        for _ in 0..3 {
            if k == 0 || !self.joined(k) {
                return false;
            }
            k -= 1;
            let Some(p) = self.item(k).filter(|p| p.kind == ItemKind::Word) else {
                return false;
            };
            if matches!(
                fold_word(p.span.slice(self.text)).as_str(),
                "بين" | "مابين" | "وبين"
            ) {
                return true;
            }
        }
        false
    }

    /// Whether the number starting at item `i` follows a year word (عام 2003 على 3
    /// نقاط is a year and a score, not 2003/3).
    fn after_year_word(&self, i: usize) -> bool {
        i > 0
            && self.joined(i)
            && self.item(i - 1).is_some_and(|p| {
                p.kind == ItemKind::Word
                    && matches!(
                        fold_word(p.span.slice(self.text)).as_str(),
                        "عام"
                            | "العام"
                            | "لعام"
                            | "بعام"
                            | "عامي"
                            | "سنه"
                            | "السنه"
                            | "منذ"
                    )
            })
    }

    fn next_word(&self, i: usize) -> Option<Word> {
        let (j, _) = self.next(i)?;
        self.num(j).map(|m| m.word)
    }

    fn ordinal(&self, i: usize, n: NumWord) -> Option<(Vec<NumberMatch>, usize)> {
        let base = match n.word {
            Word::Ordinal(k) => k,
            Word::OrdinalOne => 1,
            _ => return None,
        };
        let mut value = base as f64;
        let mut end = i;
        let mut compound = false;
        if let Some((j, wa)) = self.next(i) {
            match self.num(j).map(|m| m.word) {
                Some(Word::Ten) if !wa && base < 10 => {
                    value += 10.0;
                    end = j;
                    compound = true;
                }
                Some(Word::Tens(t)) if wa && base < 10 => {
                    value += t as f64;
                    end = j;
                    compound = true;
                }
                _ => {}
            }
        }
        if n.word == Word::OrdinalOne && !compound {
            return None;
        }
        Some((
            vec![self.single(n.start, self.end_of(end), Some(value), NumberKind::Ordinal)],
            end + 1,
        ))
    }

    /// Extend a cardinal with following parts.
    fn extend(&self, mut acc: Acc, first_is_int: bool) -> Acc {
        if !first_is_int {
            // A decimal can still take a scale: 2.5 مليون, ٢,١٢ مئة.
            if let Some((j, false)) = self.next(acc.end) {
                match self.num(j).filter(|m| !m.def).map(|m| m.word) {
                    Some(Word::Scale(s, _)) => {
                        acc.total = acc.small * s;
                        acc.small = 0.0;
                        acc.last_scale = s;
                        acc.last = Part::Scale;
                        acc.end = j;
                    }
                    Some(Word::Hundred(100)) => {
                        acc.small *= 100.0;
                        acc.last = Part::Hundred;
                        acc.end = j;
                    }
                    _ => {}
                }
            }
            return acc;
        }
        // The number as it stood before the last part joined by و.
        let mut before_wa: Option<Acc> = None;
        while let Some((j, wa)) = self.next(acc.end) {
            let snapshot = wa.then(|| acc.clone());
            if !self.step(&mut acc, j, wa) {
                // A repeated scale after «scale و N» starts a second number at the و.
                let repeated = !wa
                    && acc.total > 0.0
                    && acc.small > 0.0
                    && matches!(
                        self.num(j).filter(|m| !m.def).map(|m| m.word),
                        Some(Word::Scale(s, _)) if s == acc.last_scale
                    );
                if let (true, Some(prev)) = (repeated, before_wa.take()) {
                    acc = prev;
                }
                break;
            }
            if snapshot.is_some() {
                before_wa = snapshot;
            }
            if acc.frac && acc.last == Part::Frac {
                // A fraction ends the number unless a scale follows (نصف مليون).
                if let Some((k, false)) = self.next(acc.end) {
                    if let Some(Word::Scale(s, _)) = self.num(k).filter(|m| !m.def).map(|m| m.word)
                    {
                        if acc.total == 0.0 {
                            acc.total = acc.small * s;
                            acc.small = 0.0;
                            acc.last_scale = s;
                            acc.last = Part::Scale;
                            acc.end = k;
                            continue;
                        }
                    }
                }
                break;
            }
        }
        acc
    }

    /// Try to add item `j` (joined by و when `wa`) to the cardinal; true when consumed.
    fn step(&self, acc: &mut Acc, j: usize, wa: bool) -> bool {
        // Digits after a hundred or a scale: ألفين و500، ٣ مئة و٢١.
        if let Some(d) = self.digits(j) {
            let Digits::Number {
                value: Some(v),
                int: true,
            } = d
            else {
                return false;
            };
            let limit = match acc.last {
                Part::Hundred if acc.small > 0.0 => 100.0,
                Part::Scale if acc.small == 0.0 => acc.last_scale,
                _ => return false,
            };
            // Without و only when a hundred follows: ٤ آلاف ٣ مائة و ٢١.
            let hundreds_next = acc.last == Part::Scale
                && v < 10.0
                && matches!(self.next_word(j), Some(Word::Hundred(100)))
                && self.next(j).is_some_and(|(_, w)| !w);
            if !(wa || hundreds_next) || v <= 0.0 || v >= limit {
                return false;
            }
            if acc.last == Part::Scale {
                acc.has_h = false;
                acc.has_u = false;
                acc.has_t = false;
            }
            acc.small += v;
            acc.last = Part::Digits;
            acc.has_u = true;
            acc.has_t = v >= 10.0;
            acc.end = j;
            return true;
        }
        let Some(m) = self.num(j) else { return false };
        // والنصف / والربع after a number: ثلاث ساعات والنصف is read by times, but
        // مليون والنصف, ثلاثة والربع are numbers.
        if m.def && wa && !acc.frac {
            if let Word::Fraction(d, Form::Singular) = m.word {
                self.add_fraction(acc, 1.0 / d as f64, j);
                return true;
            }
        }
        if m.def {
            return false;
        }
        // A compound count of fifths/thirds/quarters: ثلاثة وعشرون خمس = 23/5.
        if !wa
            && !acc.frac
            && acc.total == 0.0
            && acc.small >= 11.0
            && matches!(acc.last, Part::Tens | Part::Teen | Part::Hundred)
        {
            let d = match m.word {
                Word::Unit(5)
                    if self
                        .item(j)
                        .is_some_and(|it| fold_word(it.span.slice(self.text)) == "خمس") =>
                {
                    Some(5.0)
                }
                Word::Fraction(d, Form::Singular) => Some(d as f64),
                _ => None,
            };
            if let Some(d) = d {
                acc.small /= d;
                acc.frac = true;
                acc.last = Part::Frac;
                acc.end = j;
                return true;
            }
        }
        match m.word {
            Word::Unit(_) | Word::Ten | Word::Teen(_) | Word::Tens(_) | Word::Hundred(_) => {
                let Some((v, p)) = small_word(m.word) else {
                    return false;
                };
                if v == 0.0 {
                    return false;
                }
                // و + unit + plural fraction: عشرون وثلاثة أخماس.
                if wa && p == Part::Unit && acc.small + acc.total > 0.0 && !acc.frac {
                    if let Some((k, false)) = self.next(j) {
                        if let Some(Word::Fraction(d, Form::Plural)) = self.num(k).map(|x| x.word) {
                            acc.small += v / d as f64;
                            acc.frac = true;
                            acc.last = Part::Frac;
                            acc.end = k;
                            return true;
                        }
                    }
                }
                // و + خمس/سبع/تسع after a bare unit: a fraction, ثلاثة وخمس = 3.2 (three
                // and five would be ثلاثة وخمسة, and a span takes بين: بين ثلاث وخمس سنوات).
                if wa
                    && p == Part::Unit
                    && acc.last == Part::Unit
                    && acc.total == 0.0
                    && !acc.frac
                    && acc.small >= 2.0
                    && !self.after_between(acc.first)
                {
                    let word = self.text.get(m.start..self.end_of(j)).map(fold_word);
                    let d = match word.as_deref() {
                        Some("خمس") => Some(5.0),
                        Some("سبع") => Some(7.0),
                        Some("تسع") => Some(9.0),
                        _ => None,
                    };
                    if let Some(d) = d {
                        self.add_fraction(acc, 1.0 / d, j);
                        return true;
                    }
                }
                // و + خمسين/سبعين/تسعين once the tens are taken: the dual of a fraction,
                // "two fifths" (مئة وثلاثون وخمسين = 130.4); a second tens word cannot follow.
                // Only after hundreds and tens words: بين عشرين وخمسين is a span.
                if wa && p == Part::Tens && acc.last == Part::Tens && acc.has_h && !acc.frac {
                    let d = match self.item(j).map(|it| fold_word(it.span.slice(self.text))) {
                        Some(w) if w.ends_with("خمسين") => Some(5.0),
                        Some(w) if w.ends_with("سبعين") => Some(7.0),
                        Some(w) if w.ends_with("تسعين") => Some(9.0),
                        _ => None,
                    };
                    if let Some(d) = d {
                        self.add_fraction(acc, 2.0 / d, j);
                        return true;
                    }
                }
                let ok = match (acc.last, p) {
                    // A new group after a scale: ألفين وخمسمائة.
                    (Part::Scale, _) => {
                        acc.small == 0.0
                            && v < acc.last_scale
                            && (wa
                                // ألف خمس مائة: a unit and a hundred, without و.
                                || (p == Part::Unit
                                    && matches!(self.next_word(j), Some(Word::Hundred(100)))
                                    && self.next(j).is_some_and(|(_, w)| !w)))
                    }
                    // After hundreds (with و, or without in Egyptian: متين واحد وعشرين).
                    (Part::Hundred, Part::Unit | Part::Teen | Part::Tens) => {
                        acc.has_h && !acc.has_u && !acc.has_t
                    }
                    (Part::Unit, Part::Tens) => wa && !acc.has_t,
                    // Teen: ثلاثة عشر.
                    (Part::Unit, Part::Teen) if m.word == Word::Ten => {
                        !wa && !acc.has_t && acc.small % 100.0 >= 1.0 && acc.small % 100.0 <= 9.0
                    }
                    // ثلاث مئة, ٣ مئة, 322 مائة.
                    (Part::Unit, Part::Hundred) | (Part::Digits, Part::Hundred)
                        if m.word == Word::Hundred(100) =>
                    {
                        // A unit digit/word right after a scale takes a hundred too:
                        // واحد وعشرون تريليون وثلاث مائة, ٤ آلاف و٣ مئة.
                        !wa && !acc.has_h
                            && (acc.total == 0.0
                                || (acc.small > 0.0 && acc.small < 10.0 && !acc.has_t))
                    }
                    // "Nineteen hundred": تسعة عشر مائة, خمسة وتسعون مائة.
                    (Part::Teen | Part::Tens, Part::Hundred) if m.word == Word::Hundred(100) => {
                        !wa && !acc.has_h && acc.total == 0.0 && acc.small < 100.0
                    }
                    _ => false,
                };
                if !ok {
                    return false;
                }
                match (acc.last, p) {
                    (Part::Unit | Part::Digits | Part::Teen | Part::Tens, Part::Hundred) => {
                        acc.small *= 100.0;
                        acc.has_h = true;
                        acc.has_u = false;
                        acc.has_t = false;
                    }
                    (Part::Unit, Part::Teen) => {
                        acc.small += 10.0;
                        acc.has_t = true;
                    }
                    _ => {
                        if acc.last == Part::Scale {
                            acc.has_h = false;
                            acc.has_u = false;
                            acc.has_t = false;
                        }
                        acc.small += v;
                        match p {
                            Part::Hundred => acc.has_h = true,
                            Part::Unit => acc.has_u = true,
                            _ => {
                                acc.has_u = true;
                                acc.has_t = true;
                            }
                        }
                    }
                }
                acc.last = p;
                acc.end = j;
                true
            }
            Word::Scale(s, f) => {
                // ألفين وثلاثة آلاف، مليونين وثلاثة ملايين: the same scale again after
                // «scale و N» is a second number ("2000 and 3000"), not (2000 + 3) × 1000.
                // [`Parser::extend`] ends the first number before the و.
                if !wa && acc.small > 0.0 && acc.total > 0.0 && s == acc.last_scale {
                    return false;
                }
                if !wa && (acc.small > 0.0 || !acc.valid) && acc.last != Part::Scale {
                    if s < acc.last_scale {
                        acc.total += acc.small * s;
                    } else {
                        acc.total = (acc.total + acc.small) * s;
                    }
                } else if !wa && acc.small == 0.0 && acc.last == Part::Scale && s > acc.last_scale {
                    acc.total *= s;
                } else if wa
                    && f != Form::Plural
                    && s < acc.last_scale
                    && matches!(
                        acc.last,
                        Part::Scale | Part::Hundred | Part::Tens | Part::Teen
                    )
                {
                    acc.total += acc.small + form_count(f) * s;
                } else {
                    return false;
                }
                acc.small = 0.0;
                acc.last_scale = s;
                acc.last = Part::Scale;
                acc.end = j;
                true
            }
            Word::Fraction(d, f) if f != Form::Plural => {
                if !wa || acc.frac {
                    return false;
                }
                self.add_fraction(acc, form_count(f) / d as f64, j);
                true
            }
            Word::Nus => {
                if !wa || acc.frac {
                    return false;
                }
                self.add_fraction(acc, 0.5, j);
                true
            }
            Word::Fraction(d, Form::Plural) => {
                if wa
                    || acc.frac
                    || acc.total != 0.0
                    || acc.small <= 0.0
                    || acc.last == Part::Hundred
                {
                    return false;
                }
                acc.small /= d as f64;
                acc.frac = true;
                acc.last = Part::Frac;
                acc.end = j;
                true
            }
            Word::Point => {
                if wa || acc.total != 0.0 || acc.frac {
                    return false;
                }
                let Some((k, false)) = self.next(j) else {
                    return false;
                };
                // (value of the fractional part, its number of digits, last item).
                let frac: Option<(f64, usize, usize)> = match self.digits(k) {
                    Some(Digits::Number {
                        value: Some(v),
                        int: true,
                    }) => {
                        let raw = self.item(k).map_or("", |it| it.span.slice(self.text));
                        Some((v, raw.chars().filter(|c| is_digit(*c)).count(), k))
                    }
                    Some(_) => None,
                    None => self.num(k).filter(|x| !x.def && !x.wa).and_then(|x| {
                        let (v, p) = small_word(x.word)?;
                        let mut a = Acc::new(k);
                        a.small = v;
                        a.last = p;
                        a.has_u = p == Part::Unit;
                        a.has_h = p == Part::Hundred;
                        a.has_t = matches!(p, Part::Teen | Part::Tens);
                        let a = self.extend(a, true);
                        (a.total == 0.0 && !a.frac)
                            .then(|| (a.small, format!("{}", a.small as u64).len(), a.end))
                    }),
                };
                let Some((v, digits, mut end)) = frac else {
                    return false;
                };
                // فاصلة ثلاثة من مائة: the decimal part counts hundredths (200.03).
                let mut scale = 10f64.powi(digits as i32);
                if let Some(d) = self.decimal_denominator(end) {
                    if v < d {
                        scale = d;
                        end += 2;
                    }
                }
                acc.small += v / scale;
                acc.frac = true;
                acc.last = Part::Frac;
                acc.end = end;
                true
            }
            _ => false,
        }
    }

    /// `من مائة` / `من ألف` / `من عشرة` right after the decimal part ending at item
    /// `end`: the denominator it names.
    fn decimal_denominator(&self, end: usize) -> Option<f64> {
        let of = self
            .item(end + 1)
            .filter(|it| it.joined && it.kind == ItemKind::Word)?;
        if fold_word(of.span.slice(self.text)) != "من" || !self.joined(end + 2) {
            return None;
        }
        let d = self.num(end + 2).filter(|m| !m.def && !m.wa && !m.prep)?;
        // Not the start of a longer number (من مائة وخمسة).
        if self
            .next(end + 2)
            .is_some_and(|(k, _)| self.num(k).is_some())
        {
            return None;
        }
        match d.word {
            Word::Ten => Some(10.0),
            Word::Hundred(100) => Some(100.0),
            Word::Scale(s, Form::Singular) if s == 1e3 || s == 1e6 => Some(s),
            _ => None,
        }
    }

    fn add_fraction(&self, acc: &mut Acc, f: f64, j: usize) {
        if acc.last == Part::Scale && acc.small == 0.0 && acc.last_scale.is_finite() {
            acc.total += f * acc.last_scale;
        } else {
            acc.small += f;
        }
        acc.frac = true;
        acc.last = Part::Frac;
        acc.end = j;
    }
}

#[cfg(test)]
mod tests;
