//! Quantities: a number (digits, words or both, read by `khabar_text::numbers`)
//! with its hedge (نحو، أكثر من، بين … و …, بضع عشرات …) and its unit: the
//! counted noun in the singular without clitics or case ending (مسلحا → مسلح,
//! دول → دولة), an ISO 4217 currency code, "%", or a measurement unit (kg, l,
//! km, °C …).
//!
//! Not quantities: years and days used as dates (عام 2012, 22 نيسان), clock
//! times, durations (48 ساعة — the time extractor reports them), ordinals,
//! numbers that are part of a name or reference (المادة 7, F-16), and bare
//! numbers with neither a unit nor a hedge.
mod dual;
mod lexicon;
mod plural;

use crate::{Doc, Quantity};
use std::collections::HashMap;
use std::sync::OnceLock;

use khabar_text::lexicon::{FoldBuild, TailGate};
use khabar_text::numbers::{find_numbers, scan, Item, ItemKind, NumberKind, NumberMatch};
use khabar_text::segment::{segment_spans, SegmentKind};
use khabar_text::Span;
use lexicon::{tables, Qual, Tables, CURRENCY_DEFAULT, CURRENCY_HOME, ISO_CODES, LATIN_UNITS};

/// Extract the quantities of a document, in text order.
pub fn extract(doc: &Doc<'_>) -> Vec<Quantity> {
    extract_spans(doc.text, &doc.tokens)
        .into_iter()
        .map(|q| {
            let (start, end) = doc.cp(q.span);
            Quantity {
                start,
                end,
                text: doc.slice(q.span).to_string(),
                value: q.value,
                low: q.low,
                high: q.high,
                qualifier: q.qualifier.to_string(),
                unit: q.unit,
            }
        })
        .collect()
}

/// A quantity with a byte span.
#[derive(Debug, Clone, PartialEq)]
pub struct RawQuantity {
    pub span: Span,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: &'static str,
    pub unit: Option<String>,
}

/// The number reader takes `X من Y` as the ratio X/Y ("one in three"). As a quantity,
/// `واحد من ثلاثة أشخاص` is a count of people, not a third of a person: split such a
/// ratio back into its two numbers (`X جزء من Y` stays a fraction).
fn split_partitives(text: &str, numbers: Vec<NumberMatch>) -> Vec<NumberMatch> {
    const OF: &str = " من ";
    let mut out = Vec::with_capacity(numbers.len());
    for m in numbers {
        let raw = m.span.slice(text);
        let parts = raw.contains("جزء") || raw.contains("جزاء");
        // Only when a word (the counted noun) follows: 2 من 5 أو أكثر stays a ratio.
        // (Looked at from the start only: splitting off the next word would scan to the next
        // space, the whole rest of a text without one.)
        let rest = text.get(m.span.end..).unwrap_or("").trim_start();
        let or = ["أو", "او"].iter().any(|w| {
            rest.strip_prefix(w)
                .is_some_and(|r| r.chars().next().is_none_or(char::is_whitespace))
        });
        let counted = rest.chars().next().is_some_and(|c| c.is_alphabetic()) && !or;
        let split = (m.kind == NumberKind::Fraction && !parts && counted)
            .then(|| raw.find(OF))
            .flatten();
        let Some(p) = split else {
            out.push(m);
            continue;
        };
        for (from, to) in [(0, p), (p + OF.len(), raw.len())] {
            let Some(sub) = raw.get(from..to) else {
                continue;
            };
            let base = m.span.start + from;
            out.extend(find_numbers(sub, &[]).into_iter().map(|n| NumberMatch {
                span: khabar_text::Span::new(base + n.span.start, base + n.span.end),
                ..n
            }));
        }
    }
    out
}

/// «في 2016 مليار و200 مليون تذكرة»: a year after a time preposition, read by the
/// number reader together with the scale word after it (2016 × 10⁹ + …). The year
/// is a date; the figure is what follows it.
fn split_year_scale(text: &str, numbers: Vec<NumberMatch>) -> Vec<NumberMatch> {
    const BEFORE: &[&str] = &[
        "في",
        "وفي",
        "عام",
        "العام",
        "لعام",
        "وعام",
        "منذ",
        "خلال",
        "حتى",
        "سنة",
        "السنة",
    ];
    let mut out = Vec::with_capacity(numbers.len());
    for m in numbers {
        let raw = m.span.slice(text);
        let head: String = raw.chars().take_while(|c| c.is_numeric()).collect();
        let rest = raw.get(head.len()..).unwrap_or("");
        let year = head.chars().count() == 4
            && khabar_text::numbers::parse_number(&head)
                .is_some_and(|y| y.fract() == 0.0 && (1900.0..=2100.0).contains(&y));
        let scale_next = rest.starts_with(char::is_whitespace)
            && rest
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_alphabetic);
        let prev = || {
            text.get(..m.span.start)
                .and_then(|t| t.split_whitespace().next_back())
                .unwrap_or("")
        };
        if !(year && scale_next && BEFORE.contains(&prev())) {
            out.push(m);
            continue;
        }
        let skip = raw.len() - rest.trim_start().len();
        let Some(sub) = raw.get(skip..) else {
            out.push(m);
            continue;
        };
        let base = m.span.start + skip;
        out.extend(find_numbers(sub, &[]).into_iter().map(|n| NumberMatch {
            span: khabar_text::Span::new(base + n.span.start, base + n.span.end),
            ..n
        }));
    }
    out
}

fn is_digit_char(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

/// The Arabic comma «،» written as a decimal comma: «3،3 مليارات», «1،5 مليون», «2،4
/// في المئة» (common in AFP-derived copy). The number reader takes «،» between digits
/// as a thousands separator only (١،٢٣٤،٥٦٧), so «1،5» falls apart. A «،» glued
/// between one to three digits and one or two digits, in a run with no other
/// separator («1،2،3» is a list, «3، 4» two numbers, «12،500» thousands), becomes the
/// Arabic decimal separator «٫» — the same two UTF-8 bytes, so every byte offset of
/// the text is unchanged and spans still index the original.
fn arabic_decimal_commas(text: &str) -> std::borrow::Cow<'_, str> {
    const COMMA: char = '\u{060C}';
    if !text.contains(COMMA) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut at = Vec::new();
    for (i, _) in text.match_indices(COMMA) {
        let Some((before, after, int_len, frac_len)) = digits_around(text, i, COMMA.len_utf8())
        else {
            continue;
        };
        if !(1..=3).contains(&int_len) || !(1..=2).contains(&frac_len) {
            continue;
        }
        // What precedes the integer part and follows the decimal part: not a
        // separator glued to more digits, nor a letter glued to the figure.
        let mut prev = before.chars().rev().skip(int_len);
        let p1 = prev.next();
        let p2 = prev.next();
        let mut next = after.chars().skip(frac_len);
        let n1 = next.next();
        let n2 = next.next();
        let glued_digits = |s: Option<char>, d: Option<char>| {
            s.is_some_and(is_number_sep) && d.is_some_and(is_digit_char)
        };
        if glued_digits(p1, p2)
            || glued_digits(n1, n2)
            || p1.is_some_and(char::is_alphanumeric)
            || n1.is_some_and(|c| c.is_alphanumeric() && !is_digit_char(c))
        {
            continue;
        }
        at.push(i);
    }
    replace_at(text, &at, COMMA.len_utf8(), '\u{066B}')
}

/// A mark that separates groups or parts of a figure (1,5 / 1.5 / ١٫٥ / 3/4 / 10:30).
fn is_number_sep(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | '\u{060C}' | '\u{066B}' | '\u{066C}' | '/' | ':'
    )
}

/// The text before and after a `len`-byte separator at byte `i`, with the
/// number of digits right before it and right after it.
fn digits_around(text: &str, i: usize, len: usize) -> Option<(&str, &str, usize, usize)> {
    let before = text.get(..i)?;
    let after = text.get(i + len..)?;
    let int_len = before
        .chars()
        .rev()
        .take_while(|&d| is_digit_char(d))
        .count();
    let frac_len = after.chars().take_while(|&d| is_digit_char(d)).count();
    Some((before, after, int_len, frac_len))
}

/// `text` with the `len` bytes at each of the byte offsets `at` (ascending,
/// non-overlapping) replaced by `by`.
fn replace_at<'a>(text: &'a str, at: &[usize], len: usize, by: char) -> std::borrow::Cow<'a, str> {
    if at.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for &i in at {
        out.push_str(&text[last..i]);
        out.push(by);
        last = i + len;
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}

/// A comma between one to three digits and exactly three digits, right before a
/// scale word, is a decimal comma: «1,279 تريليون يورو» (an EU budget; read as
/// thousands it is 1.279×10¹⁵, more than the world's output), «6,265 مليار ريال»,
/// «25,800 ألف يورو» (a fine beside fines of «20 ألف» and «42 ألف»), «18,500 ألف
/// عامل». Every such figure in the 31,523 ANT articles is a decimal written the
/// European way; thousands are grouped without a scale word («12,500 يورو»). The
/// comma becomes a dot, one byte for one, so offsets are unchanged.
fn scale_decimal_commas(text: &str) -> std::borrow::Cow<'_, str> {
    const SCALES: &[&str] = &[
        "ألف",
        "الف",
        "آلاف",
        "مليون",
        "ملايين",
        "مليار",
        "مليارات",
        "تريليون",
        "ترليون",
    ];
    if !text.contains(',') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut at = Vec::new();
    for (i, _) in text.match_indices(',') {
        let Some((before, after, int_len, frac_len)) = digits_around(text, i, 1) else {
            continue;
        };
        if !(1..=3).contains(&int_len) || frac_len != 3 {
            continue;
        }
        let mut prev = before.chars().rev().skip(int_len);
        let p1 = prev.next();
        let p2 = prev.next();
        if p1.is_some_and(|c| {
            c.is_alphanumeric() || (is_number_sep(c) && p2.is_some_and(is_digit_char))
        }) {
            continue;
        }
        // Three digits (ASCII or Arabic-Indic: two bytes each), one space, a scale word.
        let rest = after.trim_start_matches(is_digit_char);
        let Some(word) = rest.strip_prefix(' ') else {
            continue;
        };
        let w: String = word.chars().take_while(|c| c.is_alphabetic()).collect();
        if SCALES.contains(&w.as_str()) {
            at.push(i);
        }
    }
    replace_at(text, &at, 1, '.')
}

/// «222 ميلون يورو», «نحو ميلون شخص»: the letters of «مليون» swapped, a typo of the
/// news copy (34 times in the ANT corpus, read as the mile «ميل»). The same letters
/// are a surname («كارنيجي ميلون», «تامارا ميلون»), so the word is mended only after
/// a figure or a hedge, or before a currency or «ونصف». ي and ل are two bytes each:
/// offsets are unchanged.
fn misspelt_million(text: &str) -> std::borrow::Cow<'_, str> {
    const TYPO: &str = "ميلون";
    if !text.contains(TYPO) {
        return std::borrow::Cow::Borrowed(text);
    }
    const BEFORE: &[&str] = &[
        "نحو",
        "حوالي",
        "حوالى",
        "قرابة",
        "قدرها",
        "قدره",
        "إلى",
        "الى",
    ];
    const AFTER: &[&str] = &[
        "دولار",
        "يورو",
        "جنيه",
        "ريال",
        "درهم",
        "دينار",
        "ليرة",
        "روبل",
        "ين",
        "ونصف",
        "شخص",
    ];
    let mut at = Vec::new();
    for (i, _) in text.match_indices(TYPO) {
        let before = &text[..i];
        let rest = &text[i + TYPO.len()..];
        // A whole word, or the accusative «ميلونا».
        let rest = rest.strip_prefix('ا').unwrap_or(rest);
        if before.chars().next_back().is_some_and(char::is_alphabetic)
            || rest.chars().next().is_some_and(char::is_alphabetic)
        {
            continue;
        }
        let prev = before.trim_end_matches([' ', '(']);
        let figure = prev.chars().next_back().is_some_and(is_digit_char);
        let hedge = BEFORE.iter().any(|w| {
            prev.strip_suffix(w)
                .is_some_and(|p| !p.chars().next_back().is_some_and(char::is_alphabetic))
        });
        let next: String = rest
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if figure || hedge || AFTER.contains(&next.as_str()) {
            at.push(i);
        }
    }
    if at.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for i in at {
        out.push_str(&text[last..i]);
        out.push_str("مليون");
        last = i + TYPO.len();
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}

/// «الستة مليارات دولار», «الثلاثة ملايين يورو», «الأربعة آلاف لاجئ»: a definite
/// cardinal (3–10, the usual way to refer back to a sum already named) before a
/// plural scale word. The number reader reads the cardinal alone and leaves the
/// scale word to the vague reading (2–9 billion); join them into one number.
fn join_definite_scale(
    sc: &khabar_text::numbers::Scan,
    text: &str,
    numbers: Vec<NumberMatch>,
) -> Vec<NumberMatch> {
    let t = tables();
    let mut out: Vec<NumberMatch> = Vec::with_capacity(numbers.len());
    let mut iter = numbers.into_iter().peekable();
    while let Some(m) = iter.next() {
        let small = m
            .value
            .filter(|v| v.fract() == 0.0 && (3.0..=10.0).contains(v));
        let Some(small) = small.filter(|_| m.kind == NumberKind::Cardinal) else {
            out.push(m);
            continue;
        };
        // The cardinal's item: one word, with the article after at most one clitic,
        // and the ة a cardinal takes before a masculine scale (الثلاثة ملايين; «الدول
        // الأربع آلاف الأبقار» is the four countries, then thousands of cows).
        let i = sc.items.partition_point(|it| it.span.start < m.span.start);
        let definite = sc.items.get(i).is_some_and(|it| {
            it.span == m.span && it.kind == ItemKind::Word && {
                let f = sc.folded(i);
                ["ال", "وال", "بال", "فال", "لل"]
                    .iter()
                    .any(|p| f.starts_with(p))
                    && f.ends_with('ه')
            }
        });
        let scale_at = sc.items.get(i + 1).filter(|it| {
            definite && it.kind == ItemKind::Word && it.joined && it.span.start > m.span.end
        });
        // Not a definite scale (الثلاثة الآلاف): folded آلاف also starts with «ال».
        let scale = scale_at
            .filter(|it| !it.span.slice(text).starts_with("ال"))
            .and_then(|_| t.vague_scales.get(sc.folded(i + 1)));
        let (Some(it), Some(&scale)) = (scale_at, scale) else {
            out.push(m);
            continue;
        };
        // The scale word must not already start a number of its own.
        if iter.peek().is_some_and(|n| n.span.start < it.span.end)
            || text.get(it.span.start..it.span.end).is_none()
        {
            out.push(m);
            continue;
        }
        out.push(NumberMatch {
            span: Span::new(m.span.start, it.span.end),
            value: Some(small * scale),
            kind: NumberKind::Cardinal,
        });
    }
    out
}

/// Extract quantities with byte spans (tokens are used to skip URLs and the like).
pub fn extract_spans(text: &str, tokens: &[khabar_text::tokenize::Token]) -> Vec<RawQuantity> {
    let fixed = arabic_decimal_commas(text);
    let fixed = scale_decimal_commas(&fixed);
    let fixed = misspelt_million(&fixed);
    let text: &str = &fixed;
    let mut sc = scan(text, tokens);
    sc.numbers = split_partitives(text, std::mem::take(&mut sc.numbers));
    sc.numbers = split_year_scale(text, std::mem::take(&mut sc.numbers));
    let numbers = std::mem::take(&mut sc.numbers);
    sc.numbers = join_definite_scale(&sc, text, numbers);
    let cx = Cx {
        text,
        items: &sc.items,
        scan: &sc,
        t: tables(),
        doc_ctx: std::cell::OnceCell::new(),
        doc_counts: std::cell::RefCell::new(std::collections::HashMap::new()),
        explicit: std::cell::OnceCell::new(),
        end_index: std::cell::RefCell::new((0, Vec::new())),
        doc_words: std::cell::OnceCell::new(),
        doc_word_queries: std::cell::Cell::new(0),
    };
    let mut out: Vec<RawQuantity> = Vec::new();
    // Item ranges of the numbers.
    let ranges: Vec<(usize, usize)> = sc.numbers.iter().map(|m| cx.item_range(m.span)).collect();
    // Dual nouns first: «قتل شخصان وأصيب 13 آخرون» takes its unit from them.
    cx.dual_nouns(&mut out, &ranges);
    let mut k = 0;
    while k < sc.numbers.len() {
        let consumed = cx.number_quantity(&sc.numbers, &ranges, k, &mut out);
        k += consumed.max(1);
    }
    // One look-up per word finds where vague words, dual units and bare units are.
    let (mut vague_at, mut dual_at, mut bare_at) = (Vec::new(), Vec::new(), Vec::new());
    let gate = trigger_gate();
    for (i, it) in sc.items.iter().enumerate() {
        if it.kind != ItemKind::Word {
            continue;
        }
        let f = sc.folded(i);
        if !gate.may_contain(f) {
            continue;
        }
        if let Some(&flags) = cx.t.triggers.get(f) {
            if flags & lexicon::TRIGGER_VAGUE != 0 {
                vague_at.push(i);
            }
            if flags & lexicon::TRIGGER_DUAL != 0 {
                dual_at.push(i);
            }
            if flags & lexicon::TRIGGER_BARE != 0 {
                bare_at.push(i);
            }
            // «المباريات العشر الأخيرة», «اللاعبون العشرة»: a definite ten after the
            // plural it counts (the number reader reads 3–9 so, not ten).
            if flags & lexicon::TRIGGER_TEN != 0
                && !ranges.iter().any(|&(a, b)| (a..=b).contains(&i))
            {
                if let Some(q) = cx.postposed_count(i, 10.0) {
                    out.push(q);
                }
            }
        }
    }
    // «وحيد/وحيدة/وحيدا» after an indefinite noun: one of it.
    for (i, it) in sc.items.iter().enumerate() {
        if it.kind == ItemKind::Word
            && matches!(sc.folded(i), "وحيد" | "وحيده" | "وحيدا")
            && !ranges.iter().any(|&(a, b)| (a..=b).contains(&i))
        {
            if let Some(q) = cx.sole_after_noun(i) {
                out.push(q);
            }
        }
    }
    cx.vague(&mut out, &ranges, &vague_at);
    cx.round_amounts(&mut out);
    cx.dual_units(&mut out, &ranges, &dual_at);
    cx.unit_words(&mut out, &ranges, &bare_at);
    out.sort_by_key(|q| q.span.start);
    // Drop overlaps (keep the first, longer on ties).
    let mut kept: Vec<RawQuantity> = Vec::with_capacity(out.len());
    for q in out {
        match kept.last_mut() {
            Some(last) if q.span.start < last.span.end => {
                if q.span.start == last.span.start && q.span.end > last.span.end {
                    *last = q;
                }
            }
            _ => kept.push(q),
        }
    }
    kept.retain(|q| !quoted_title(text, q));
    for q in &mut kept {
        dot_thousands(text, q);
        if let Some(u) = q.unit.as_mut() {
            if let Some((_, right)) = lexicon::UNIT_SPELLINGS.iter().find(|(w, _)| w == u) {
                *u = (*right).to_string();
            }
        }
    }
    merge_bounds(text, kept)
}

/// Characters that end a sentence, for the searches back to an earlier quantity.
const SENTENCE_END: &[char] = &['.', '!', '؟', '?', '\n'];

/// Currencies whose minor unit is a thousandth (the dinar of Tunisia, Kuwait,
/// Bahrain, Jordan, Libya, Iraq; the Omani rial): «1.985 دينار» is a price with
/// three decimals.
const THOUSANDTH_CURRENCIES: &[&str] = &["TND", "KWD", "BHD", "JOD", "LYD", "IQD", "OMR"];

/// Measures of land, volume, tonnage and power whose «N.DDD» is thousands, as for
/// counted nouns: «المساحة: 881.050 كيلومتر مربع» (a country's area, BBC key facts;
/// fresh review s23a Q1), «981.795 مترا مربعا», «11.979 طن من الديزل», «10.200
/// ميغاوات» (development set: every such figure of these units was thousands). Units
/// often given to three decimals — a length converted from miles (1.609 كم), a
/// litre, a currency — keep the decimal.
const THOUSANDS_MEASURES: &[&str] = &[
    "km2", "m2", "mi2", "ft2", "ha", "feddan", "dunam", "m3", "t", "MW",
];

/// A dot written as a thousands separator: «نحو 1.303 طفلاً» is 1,303 children,
/// «16.000 يورو» 16,000 euros. A figure of one to three digits, a dot and exactly
/// three digits, read as that decimal with no scale word, is an integer when the
/// three digits are «000» (nobody writes 16.000 for 16; not with a currency counted
/// in thousandths) or when it counts a noun (a fractional count of people, licences
/// or barrels is never meant; «نقطة», index points, can be fractional) or a bulk
/// measure ([`THOUSANDS_MEASURES`]). Other measures, percentages and currencies keep
/// the decimal («1.985 دينار», «5.625%»).
fn dot_thousands(text: &str, q: &mut RawQuantity) {
    let Some(span) = text.get(q.span.start..q.span.end) else {
        return;
    };
    // A counted noun, not a word the unit reader took for one: «ليبقى» after an index
    // level is ل + a verb (the word without ل is the commoner one).
    let lex = khabar_text::lexicon::Lexicon::get();
    let count = |w: &str| lex.count(&khabar_text::lexicon::lexfold_str(w));
    let noun = q.unit.as_deref().is_some_and(|u| {
        !u.is_ascii()
            && u != "نقطة"
            && u.strip_prefix('ل')
                .is_none_or(|rest| count(rest) <= count(u))
    });
    let mut from = 0;
    for tok in span.split(|c: char| !(c.is_ascii_digit() || c == '.')) {
        let at = span
            .get(from..)
            .and_then(|r| r.find(tok))
            .map_or(from, |p| from + p);
        from = at + tok.len();
        let Some((int, frac)) = tok.split_once('.') else {
            continue;
        };
        // «89.215مبتعدا»: a word glued to the figure is not its counted noun.
        let spaced = !matches!(
            span.get(from..).and_then(|r| r.chars().next()),
            Some(c) if !c.is_whitespace()
        );
        if int.is_empty() || int.len() > 3 || frac.len() != 3 || int.starts_with('0') {
            continue;
        }
        let thousandth = q
            .unit
            .as_deref()
            .is_some_and(|u| THOUSANDTH_CURRENCIES.contains(&u));
        let bulk = q
            .unit
            .as_deref()
            .is_some_and(|u| THOUSANDS_MEASURES.contains(&u));
        if !(((noun || bulk) && spaced) || (frac == "000" && !thousandth)) {
            continue;
        }
        let Ok(read) = tok.parse::<f64>() else {
            continue;
        };
        for field in [&mut q.value, &mut q.low, &mut q.high] {
            if field.is_some_and(|v| (v - read).abs() < 1e-9) {
                *field = Some((read * 1000.0).round());
            }
        }
    }
}

/// A count in words that fills a pair of quotes on its own, named by a title noun
/// just before the quote, is a title: the film «فيلم "ثلاثة وجوه"», the party «حركة
/// "خمس نجوم"». Quoted speech («نقلت "ثلاثة آلاف شخص"», «سجل "هدفين"») and figures
/// in digits stay quantities.
fn quoted_title(text: &str, q: &RawQuantity) -> bool {
    const TITLE_NOUNS: &[&str] = &[
        "فيلم",
        "افلام",
        "حركه",
        "حزب",
        "اغنيه",
        "روايه",
        "كتاب",
        "مسلسل",
        "برنامج",
        "مسرحيه",
        "البوم",
        "اسم",
        "عنوان",
        "بعنوان",
        "فرقه",
        "قصيده",
        "ديوان",
        "مهرجان",
        "حمله",
    ];
    let head = text.get(..q.span.start).unwrap_or("");
    let before = head.chars().next_back();
    let after = text.get(q.span.end..).and_then(|t| t.chars().next());
    let quoted = matches!(
        (before, after),
        (Some('"'), Some('"')) | (Some('«'), Some('»')) | (Some('“'), Some('”'))
    );
    if !quoted
        || q.qualifier != "exact"
        || q.span.slice(text).chars().any(|c| c.is_numeric())
        || !q
            .unit
            .as_deref()
            .is_some_and(|u| u.chars().any(khabar_text::numbers::is_arabic_letter))
    {
        return false;
    }
    let titled = |head: &str| {
        head.split_whitespace().rev().take(4).any(|w| {
            let f = khabar_text::numbers::fold_word(w.trim_matches(|c: char| !c.is_alphabetic()));
            // (فيلم itself starts with ف: try the word with and without the conjunction.)
            [f.as_str(), strip_wa(&f)].iter().any(|f| {
                let f = f.strip_prefix(['ب', 'ل']).unwrap_or(f);
                let f = f.strip_prefix("ال").unwrap_or(f);
                TITLE_NOUNS.iter().any(|t| f.starts_with(t))
            })
        })
    };
    if titled(head) {
        return true;
    }
    // The same quoted words named by a title noun elsewhere in the document: a
    // crosshead «"خمس نجوم" ترفض» or «العضو البارز في "خمس نجوم"» after «حركة "خمس
    // نجوم"» is the party again.
    let words = q.span.slice(text);
    text.match_indices(words).any(|(at, _)| {
        at != q.span.start && {
            let h = text.get(..at).unwrap_or("");
            let open = h.chars().next_back();
            let close = text.get(at + words.len()..).and_then(|t| t.chars().next());
            matches!(
                (open, close),
                (Some('"'), Some('"')) | (Some('«'), Some('»')) | (Some('“'), Some('”'))
            ) && titled(h)
        }
    })
}

/// "أكثر من 100 وأقل من 300" (and the reverse order): two one-sided bounds
/// joined by و on the same unit make one range.
fn merge_bounds(text: &str, qs: Vec<RawQuantity>) -> Vec<RawQuantity> {
    let lower = |q: &RawQuantity| matches!(q.qualifier, "more_than" | "at_least");
    let upper = |q: &RawQuantity| matches!(q.qualifier, "less_than" | "at_most");
    let mut out: Vec<RawQuantity> = Vec::with_capacity(qs.len());
    for q in qs {
        if let Some(prev) = out.last_mut() {
            let gap = text.get(prev.span.end..q.span.start).unwrap_or("x");
            let gap_ok = gap
                .chars()
                .all(|c| c.is_whitespace() || c == 'و' || c == ',' || c == '،')
                && gap.chars().filter(|c| !c.is_whitespace()).count() <= 1;
            let pair = (lower(prev) && upper(&q)) || (upper(prev) && lower(&q));
            let (lo, hi) = if lower(prev) {
                (prev.value, q.value)
            } else {
                (q.value, prev.value)
            };
            let ordered = matches!((lo, hi), (Some(l), Some(h)) if l < h);
            let same_unit = prev.unit == q.unit || prev.unit.is_none() || q.unit.is_none();
            // «بين 90 كيلومترا و120 كيلومترا في الساعة», «بين 10 دولارات و20 دولارا»:
            // two exact figures of one unit after «بين» are the ends of one range; a
            // rate on the second (km/h) is the first's too.
            let before = text.get(..prev.span.start).unwrap_or("").trim_end();
            let between = before.ends_with("بين")
                && before
                    .get(..before.len() - "بين".len())
                    .and_then(|h| h.chars().next_back())
                    .is_none_or(|c| !khabar_text::lexicon::is_arabic_word_char(c));
            let wa_gap = gap.trim() == "و";
            let exact = prev.qualifier == "exact" && q.qualifier == "exact";
            let rate_of = |a: &Option<String>, b: &Option<String>| match (a, b) {
                (Some(a), Some(b)) => {
                    a == b
                        || b.strip_prefix(a.as_str())
                            .is_some_and(|r| r.starts_with('/'))
                }
                _ => false,
            };
            let lo_hi = matches!((prev.value, q.value), (Some(l), Some(h)) if l < h);
            if between && wa_gap && exact && lo_hi && rate_of(&prev.unit, &q.unit) {
                prev.low = prev.value;
                prev.high = q.value;
                prev.value = None;
                prev.unit = q.unit.clone();
                prev.qualifier = "range";
                prev.span.start = before.len() - "بين".len();
                prev.span.end = q.span.end;
                continue;
            }
            if gap_ok && pair && ordered && same_unit {
                if prev.unit.is_none() {
                    prev.unit = q.unit.clone();
                }
                prev.low = lo;
                prev.high = hi;
                prev.value = None;
                prev.qualifier = "range";
                prev.span.end = q.span.end;
                continue;
            }
        }
        out.push(q);
    }
    out
}

#[derive(Debug, Clone, PartialEq)]
enum Unit {
    Percent,
    Currency(String),
    Measure(&'static str),
    Noun(String),
    /// A time unit or month: the number belongs to a time expression.
    Time,
}

impl Unit {
    fn name(&self) -> Option<String> {
        match self {
            Unit::Percent => Some("%".to_string()),
            Unit::Currency(c) => Some(c.clone()),
            Unit::Measure(m) => Some((*m).to_string()),
            Unit::Noun(n) => Some(n.clone()),
            Unit::Time => None,
        }
    }
}

struct Cx<'a> {
    text: &'a str,
    items: &'a [Item],
    scan: &'a khabar_text::numbers::Scan,
    t: &'static Tables,
    /// Folded text of the document, for currency defaults (computed on first need).
    doc_ctx: std::cell::OnceCell<String>,
    /// [`Cx::doc_count`]'s answers so far, by folded stem: each currency word of a long
    /// document asks the same few, and a scan of the document per question made
    /// extraction quadratic in its length.
    doc_counts: std::cell::RefCell<std::collections::HashMap<String, usize>>,
    /// The currency words the document qualifies with a nationality (دولار أمريكي),
    /// as (item, family, code) in text order, for [`Cx::explicit_currency`] (computed
    /// on first need, once per document instead of once per currency word).
    explicit: std::cell::OnceCell<Vec<(usize, &'static str, &'static str)>>,
    /// The quantities read so far, as (end byte, index in the output) in order, and how
    /// many of them are in it, for [`Cx::amounts_ending_between`].
    end_index: std::cell::RefCell<(usize, Vec<(usize, usize)>)>,
    /// Folded words of the document without clitics or article (computed on first need):
    /// a singular seen in the text decides an ambiguous plural (قطاعات → قطاع).
    doc_words: std::cell::OnceCell<std::collections::HashSet<&'a str>>,
    /// Look-ups so far: the first few scan the words, later ones build `doc_words`.
    doc_word_queries: std::cell::Cell<usize>,
}

/// The pre-cue list indexed by the word that ends each cue (a one-word cue by its
/// word): a cue ends before an item only when that item's folded word is the
/// cue's last word, or for a one-word cue reads as it (see [`cue_word_matches`]),
/// so [`Cx::pre_cue`] tries only the cues found under the word, its form without
/// و/ف and that form without ب/ل.
fn pre_cue_index() -> &'static HashMap<String, Vec<usize>, FoldBuild> {
    static IX: OnceLock<HashMap<String, Vec<usize>, FoldBuild>> = OnceLock::new();
    IX.get_or_init(|| {
        let mut m: HashMap<String, Vec<usize>, FoldBuild> = HashMap::default();
        for (k, (ws, _)) in tables().pre_cues.iter().enumerate() {
            if let Some(last) = ws.last() {
                m.entry(last.clone()).or_default().push(k);
            }
        }
        m
    })
}

/// The gate in front of the table of trigger words (most words are none).
fn trigger_gate() -> &'static TailGate {
    static G: OnceLock<TailGate> = OnceLock::new();
    G.get_or_init(|| TailGate::new(tables().triggers.keys().map(String::as_str)))
}

/// Strip a و/ف conjunction from a folded word.
fn strip_wa(f: &str) -> &str {
    match f.strip_prefix(['و', 'ف']) {
        Some(r) if r.chars().count() >= 2 => r,
        _ => f,
    }
}

/// Does folded word `f` read as the cue word `w`, after a و/ف conjunction and, unless
/// `w` is an imperfect verb (يصل، تقدر), a ب/ل preposition: بنحو، لنحو، وبأكثر، لحوالي.
fn cue_word_matches(f: &str, w: &str) -> bool {
    let rest = strip_wa(f);
    if f == w || rest == w {
        return true;
    }
    // (بدون is "without", not ب + دون "below".)
    if w.starts_with(['ي', 'ت']) || w == "دون" {
        return false;
    }
    rest.strip_prefix(['ب', 'ل']).is_some_and(|r| r == w)
}

impl<'a> Cx<'a> {
    fn item(&self, i: usize) -> Option<&'a Item> {
        self.items.get(i)
    }
    fn f(&self, i: usize) -> &'a str {
        self.scan.folded(i)
    }
    fn is_word(&self, i: usize) -> bool {
        self.item(i).is_some_and(|it| it.kind == ItemKind::Word)
    }
    fn joined(&self, i: usize) -> bool {
        self.item(i).is_some_and(|it| it.joined)
    }
    fn sym(&self, i: usize) -> Option<char> {
        match self.item(i)?.kind {
            ItemKind::Sym(c) => Some(c),
            _ => None,
        }
    }
    fn raw(&self, i: usize) -> &'a str {
        self.item(i).map_or("", |it| it.span.slice(self.text))
    }
    /// A dash between two numbers: - – — or a lone tatweel (2 ـ 1, a common score dash).
    fn dash(&self, i: usize) -> bool {
        matches!(self.sym(i), Some('-' | '–' | '—'))
            || (self.is_word(i) && {
                let r = self.raw(i);
                !r.is_empty() && r.chars().all(|c| c == '\u{0640}')
            })
    }

    /// First and last item index covered by a byte span.
    fn item_range(&self, s: Span) -> (usize, usize) {
        let a = self
            .items
            .partition_point(|it| it.span.end <= s.start)
            .min(self.items.len().saturating_sub(1));
        let b = self
            .items
            .partition_point(|it| it.span.start < s.end)
            .saturating_sub(1)
            .max(a);
        (a, b)
    }

    /// Does the folded word sequence `ws` end right before item `a` (joined)?
    /// Returns the index of its first item. The first word may carry و/ف, and with
    /// `prep` a ب/ل preposition too (see [`cue_word_matches`]).
    fn words_before(&self, a: usize, ws: &[String], prep: bool) -> Option<usize> {
        let n = ws.len();
        if n == 0 || a < n {
            return None;
        }
        let first = a - n;
        for (k, w) in ws.iter().enumerate() {
            let i = first + k;
            if !self.is_word(i) || (k > 0 && !self.joined(i)) {
                return None;
            }
            let f = self.f(i);
            let ok = if k == 0 && prep {
                cue_word_matches(f, w)
            } else if k == 0 {
                f == w || strip_wa(f) == w
            } else {
                f == w
            };
            if !ok {
                return None;
            }
        }
        self.joined(a).then_some(first)
    }

    /// Does the folded word sequence `ws` start at item `b` (joined to the previous)?
    /// Returns the index of its last item.
    fn words_at(&self, b: usize, ws: &[String]) -> Option<usize> {
        for (k, w) in ws.iter().enumerate() {
            let i = b + k;
            if !self.is_word(i) || !self.joined(i) || self.f(i) != w {
                return None;
            }
        }
        Some(b + ws.len() - 1)
    }

    /// The entries of the pre-cue list, in list order, that can end right before
    /// item `a` (see [`pre_cue_index`]); [`Cx::words_before`] still checks each.
    fn pre_cues_before(&self, a: usize) -> impl Iterator<Item = &'a (Vec<String>, Qual)> {
        let f = a
            .checked_sub(1)
            .filter(|&i| self.is_word(i))
            .map_or("", |i| self.f(i));
        let mut at: Vec<usize> = Vec::new();
        if !f.is_empty() {
            let ix = pre_cue_index();
            let rest = strip_wa(f);
            let bare = rest.strip_prefix(['ب', 'ل']);
            for w in [Some(f), Some(rest), bare].into_iter().flatten() {
                at.extend(ix.get(w).into_iter().flatten());
            }
            at.sort_unstable();
            at.dedup();
        }
        let cues = &self.t.pre_cues;
        at.into_iter().filter_map(move |k| cues.get(k))
    }

    /// A hedge before item `a`: the qualifier and the byte where the cue starts
    /// (after a conjunction: وأكثر من → أكثر من).
    fn pre_cue(&self, a: usize) -> Option<(Qual, usize)> {
        if let Some(r) = self.sym_cue(a) {
            return Some(r);
        }
        // حوالي "100 مفتش": a hedge before an opening quote mark glued to the number.
        if a > 1
            && self.item(a).is_some_and(|it| it.gap == 0)
            && matches!(self.sym(a - 1), Some('"' | '«' | '“' | '\''))
        {
            if let Some(r) = self.pre_cue(a - 1) {
                return Some(r);
            }
        }
        // قرابة الـ 100، أكثر من الـ 50: a hedge before the article of the number.
        if self.article_glued(a) && matches!(self.f(a - 1), "ال") {
            if let Some(r) = self.pre_cue(a - 1) {
                return Some(r);
            }
        }
        if let Some(r) = self.verb_subject_cue(a) {
            return Some(r);
        }
        self.pre_cues_before(a).find_map(|(ws, q)| {
            let i = self.words_before(a, ws, true)?;
            let it = self.item(i)?;
            // Letters of the clitics (و، ب، ل) before the cue word, kept out of the span.
            let clitics = ws.first().map_or(0, |w| {
                self.f(i).chars().count().saturating_sub(w.chars().count())
            });
            let skip = self
                .raw(i)
                .char_indices()
                .filter(|(_, c)| {
                    !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}'
                })
                .nth(clitics)
                .map_or(0, |(b, _)| b);
            // Bare يصل/تصل إلى after a total (بقيمة تصل إلى) states the figure: no hedge,
            // and the verb stays out of the span, as after بلغ.
            if self.reach_cue(ws) && self.total_head(i) {
                return None;
            }
            // «ولا تجاوز مليون درهم», «لم تخطت»: a negated "exceed" verb is a ceiling.
            let exceed = matches!(
                ws.first().map(String::as_str),
                Some(
                    "تجاوز"
                        | "تجاوزت"
                        | "تخطي"
                        | "تخطت"
                        | "يتخطي"
                        | "تتخطي"
                        | "فاق"
                        | "فاقت"
                )
            );
            if exceed
                && ws.len() == 1
                && i > 0
                && self.is_word(i - 1)
                && self.joined(i)
                && matches!(strip_wa(self.f(i - 1)), "لا" | "لم" | "لن" | "ما")
            {
                // (The و/ف of «ولا» stays out of the span.)
                let wa = usize::from(strip_wa(self.f(i - 1)) != self.f(i - 1)) * 'و'.len_utf8();
                let at = self
                    .item(i - 1)
                    .map_or(it.span.start, |p| p.span.start + wa);
                return Some((Qual::AtMost, at));
            }
            Some((*q, it.span.start + skip))
        })
    }

    /// A comparison verb with its subject between it and the number: لا يزيد سمكها على 8
    /// (at most), يزيد عددهم عن 100 (more than), لا يقل عمره عن 18 (at least), لا يتجاوز
    /// طولها 5 (at most). The subject carries a possessive suffix (سمكها، عددهم).
    fn verb_subject_cue(&self, a: usize) -> Option<(Qual, usize)> {
        let word = |i: usize| self.is_word(i) && self.joined(i + 1);
        // On the original letters: a folded ه may be a ة (نسبة), not a pronoun.
        let possessive = |i: usize| {
            let letters: String = self
                .raw(i)
                .chars()
                .filter(|c| !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}')
                .collect();
            ["ها", "هم", "هما", "هن", "ه"].iter().any(|s| {
                letters
                    .strip_suffix(s)
                    .is_some_and(|r| r.chars().count() >= 2)
            })
        };
        if a < 2 {
            return None;
        }
        // The preposition (على/عن) is absent after يتجاوز.
        let (last, prep) = if matches!(self.f(a - 1), "علي" | "عن") && word(a - 1) {
            (a.checked_sub(2)?, true)
        } else {
            (a - 1, false)
        };
        // Or a noun of measure without a pronoun: لا تتجاوز نسبة 3%، يزيد عدد على 500;
        // it may govern one or two indefinite words (يتجاوز عدد مستخدمي الموقع،
        // تجاوز عدد سكان المدينة).
        let measure_noun = |i: usize| matches!(self.f(i), "نسبه" | "قيمه" | "عدد" | "حجم");
        let construct = |i: usize| word(i) && !matches!(self.f(i), "من" | "في" | "علي" | "عن");
        let subj = (0..3).find_map(|extra: usize| {
            let subj = last.checked_sub(extra)?;
            let chain = (subj + 1..=last).all(construct);
            // A definite subject of its own after a verb of exceeding with no
            // preposition: «وتجاوز العجز 12 مليار دولار» (VSO; the verb list below
            // keeps the preposition-less case to تجاوز/تعدى).
            let definite = |i: usize| {
                !prep
                    && i > 0
                    && self.f(i).starts_with("ال")
                    && self.f(i).chars().count() >= 4
                    // (Not a number word, «تجاوزت السبعين ألف»: the figure itself.)
                    && khabar_text::numbers::number_word(self.raw(i), self.f(i)).is_none()
                    && matches!(
                        strip_wa(self.f(i - 1)),
                        "يتجاوز" | "تتجاوز" | "تجاوز" | "تجاوزت" | "يتعدي" | "تتعدي"
                    )
                    // (Nor a fraction, «تجاوز الدور ربع النهائي»: a stage's name.)
                    && !matches!(self.f(a), "ربع" | "نصف" | "ثلث")
            };
            let ok = if extra == 0 {
                possessive(subj) || measure_noun(subj) || definite(subj)
            } else {
                measure_noun(subj) && chain
            };
            (ok && subj > 0).then_some(subj)
        })?;
        let verb = subj - 1;
        if !word(verb) || !word(subj) || !self.joined(a) {
            return None;
        }
        let v = strip_wa(self.f(verb));
        let (pos, neg) = match (v, prep) {
            ("يزيد" | "تزيد", true) => (Qual::MoreThan, Qual::AtMost),
            ("يقل" | "تقل", true) => (Qual::LessThan, Qual::AtLeast),
            ("يتجاوز" | "تتجاوز" | "يتعدي" | "تتعدي" | "تجاوز" | "تجاوزت", false) => {
                (Qual::MoreThan, Qual::AtMost)
            }
            _ => return None,
        };
        let start = |i: usize| self.item(i).map_or(0, |it| it.span.start);
        // (ألا = أن + لا: «شريطة ألا تقل قيمتها عن».)
        let negated = verb > 0
            && word(verb - 1)
            && matches!(strip_wa(self.f(verb - 1)), "لا" | "لن" | "لم" | "الا");
        // A و/ف on the first word stays out of the span (وتجاوز عدد … → تجاوز عدد …).
        let first = if negated { verb - 1 } else { verb };
        let wa = if strip_wa(self.f(first)) != self.f(first) {
            self.raw(first).chars().next().map_or(0, char::len_utf8)
        } else {
            0
        };
        Some(if negated {
            (neg, start(verb - 1) + wa)
        } else {
            (pos, start(verb) + wa)
        })
    }

    /// An earthquake magnitude around a number starting at item `a` with its degree
    /// word at `e`: a quake (زلزال، هزة) shortly before, or ريختر shortly after.
    fn magnitude_context(&self, a: usize, e: usize) -> bool {
        let before = (a.saturating_sub(10)..a).any(|i| {
            self.is_word(i) && {
                let f = strip_wa(self.f(i));
                let f = f.strip_prefix(['ب', 'ل']).unwrap_or(f);
                let f = f.strip_prefix("ال").unwrap_or(f);
                f.starts_with("زلزال") || f.starts_with("زلازل") || f.starts_with("هزه")
            }
        });
        let after = (e + 1..e + 5).any(|i| self.is_word(i) && self.f(i).contains("ريختر"));
        before || after
    }

    /// Is a bare «درجة»/«°» starting at item `a` a temperature? The sentence names
    /// heat before it (الحرارة، درجات الحرارة، حرارتها) or has given «مئوية» already
    /// («30 درجة مئوية … بفارق ست درجات»). A bare «درجة» is as often an angle (360
    /// درجة، بزاوية 80 درجة), a score (حصلت على 36 درجة) or a rating, which stay «°».
    /// A sentence in Fahrenheit («100 درجة فهرنهايت») is left alone.
    fn temperature_context(&self, a: usize) -> bool {
        let mut heat = false;
        for i in (a.saturating_sub(30)..a).rev() {
            if matches!(self.sym(i), Some('.' | '!' | '؟' | '?')) {
                break;
            }
            if self.is_word(i) {
                let f = self.f(i);
                if f.contains("فهرنهايت") {
                    return false;
                }
                // (Not «الأحرار», "the free".)
                heat |= (f.contains("حرار") && !f.contains("احرار")) || f == "مئويه";
            }
            // A line break ends the sentence too.
            if !self.joined(i) {
                break;
            }
        }
        heat
    }

    /// Is the cue the bare verb يصل/تصل إلى (without ما or قد)?
    fn reach_cue(&self, ws: &[String]) -> bool {
        ws.len() == 2 && matches!(ws.first().map(String::as_str), Some("يصل" | "تصل"))
    }

    /// Does a total head (بقيمة، رأسمال، تكلفة) end right before item `i`, possibly
    /// followed by one adjective (بقيمة سوقية، بتكلفة إجمالية)?
    fn total_head(&self, i: usize) -> bool {
        let head = |k: usize| {
            let f = strip_wa(self.f(k));
            ["", "ال", "بال", "لل", "ب", "ل"].iter().any(|p| {
                f.strip_prefix(p)
                    .is_some_and(|r| self.t.total_heads.contains(r))
            })
        };
        let word = |k: usize| self.is_word(k) && self.joined(k + 1);
        if i == 0 || !word(i - 1) {
            return false;
        }
        if head(i - 1) {
            return true;
        }
        let f = self.f(i - 1);
        let adjective = (f.ends_with("يه") || f.ends_with('ي')) && f.chars().count() >= 4;
        adjective && i >= 2 && word(i - 2) && head(i - 2)
    }

    /// A definite tens word or fraction after a comparison (فوق الثلاثين, أكثر من العشرين,
    /// فوق الربع): "the thirties", a count, although alone العشرون reads as an ordinal.
    fn compared_tens(&self, a: usize, b: usize) -> bool {
        a == b
            && matches!(
                khabar_text::numbers::number_word(self.raw(a), self.f(a)),
                Some(n) if n.def && !n.prep && matches!(
                    n.word,
                    khabar_text::numbers::Word::Tens(_)
                        | khabar_text::numbers::Word::Fraction(_, khabar_text::numbers::Form::Singular)
                )
            )
            && self.pre_cue(a).is_some_and(|(q, _)| {
                matches!(
                    q,
                    Qual::MoreThan | Qual::LessThan | Qual::AtLeast | Qual::AtMost
                )
            })
            // Alone or before the other bound (فوق الربع وتحت النصف): a word right after it
            // is rarely its noun (أقل من النصف لتصبح), unless it is a measure (تجاوزت
            // الأربعين درجة مئوية).
            && (!self.joined(b + 1)
                || !self.is_word(b + 1)
                || self.raw(b + 1).starts_with('و')
                || matches!(
                    self.unit_at(b + 1),
                    Some((Unit::Measure(_) | Unit::Percent | Unit::Currency(_), _))
                ))
    }

    /// Is the `>` at item `p` the end of a tag such as `<a0>` or `<br/>`: glued
    /// to a Latin or digit run (optionally after `/`) that is glued to a `<`?
    fn closes_tag(&self, p: usize) -> bool {
        let glued = |i: usize| self.item(i).is_some_and(|it| it.gap == 0 && it.joined);
        let mut k = p;
        if k > 0 && glued(k) && self.sym(k - 1) == Some('/') {
            k -= 1;
        }
        let mut body = 0;
        while k > 0
            && glued(k)
            && self
                .item(k - 1)
                .is_some_and(|it| matches!(it.kind, ItemKind::Latin | ItemKind::Digits))
        {
            k -= 1;
            body += 1;
        }
        body > 0 && k > 0 && glued(k) && self.sym(k - 1) == Some('<')
    }

    /// Comparison signs glued before the number: >10, <= 100, >=30.
    fn sym_cue(&self, a: usize) -> Option<(Qual, usize)> {
        if a == 0 || !self.joined(a) {
            return None;
        }
        let p = a - 1;
        let start = |i: usize| self.item(i).map_or(0, |it| it.span.start);
        match self.sym(p)? {
            '=' if p > 0 && self.joined(p) => match self.sym(p - 1)? {
                '>' => Some((Qual::AtLeast, start(p - 1))),
                '<' => Some((Qual::AtMost, start(p - 1))),
                _ => None,
            },
            // <>30, =>30, =<30 are not comparisons.
            '>' | '<'
                if p > 0 && self.joined(p) && matches!(self.sym(p - 1), Some('=' | '<' | '>')) =>
            {
                None
            }
            // The end of a markup tag or escape (<a0> 29, <br>5): not a comparison.
            '>' if self.closes_tag(p) => None,
            '>' => Some((Qual::MoreThan, start(p))),
            '<' => Some((Qual::LessThan, start(p))),
            '≥' => Some((Qual::AtLeast, start(p))),
            '≤' => Some((Qual::AtMost, start(p))),
            _ => None,
        }
    }

    fn post_cue(&self, b: usize) -> Option<(Qual, usize)> {
        self.t
            .post_cues
            .iter()
            .find_map(|(ws, q)| self.words_at(b, ws).map(|i| (*q, i)))
    }

    /// A preposition ل + noun or verb (لشركة، لمجلس، ليحقق، لالتقاط) or an imperfect verb
    /// (يؤكد، يمر) after a number: not its counted noun. Nouns that start with ل or ي
    /// (لاعب، لجنة، يهودي، يمني) are kept: the rest after ل must be a word of the document
    /// or a verb form, and an ي-word must not be a nisba (…ي، …يين).
    fn prefixed_not_noun(&self, f: &str) -> bool {
        if self.t.plurals.contains_key(f) || self.t.time_units.contains(f) {
            return false;
        }
        let n = f.chars().count();
        // ليبيين، لبنانيا، يمني: nisba adjectives used as nouns.
        let nisba = ["ي", "يا", "يين", "يون", "يه", "يات", "يان"]
            .iter()
            .any(|e| f.ends_with(e));
        if let Some(rest) = f.strip_prefix('ل') {
            let rn = n - 1;
            // ل + a derived masdar (لاستشهاد، لانتخاب، لاعتقال): "for the …ing of".
            // (لاعب، لاجئ، لافتات keep their own letters.)
            let masdar = rn >= 6
                && (rest.starts_with("است")
                    || rest.starts_with("ان")
                    || (rest.starts_with('ا') && rest.chars().nth(2) == Some('ت')));
            if masdar {
                return true;
            }
            let verb = rn >= 4 && !nisba && rest.starts_with(['ي', 'ت', 'ن']);
            let seen = rn >= 4 && self.doc_word(rest);
            if rest.starts_with("ال") || verb || seen {
                return true;
            }
            // ل + a common word (لحرب، لجنود): the preposition, by the news corpus: the
            // rest is a common word, three times commoner than the whole (لجنة، لقب،
            // لغم، لاعب keep their ل).
            // (Not an accusative in ا: «50 لحنا» is ل+حنا to the corpus.)
            let lex = khabar_text::lexicon::Lexicon::get();
            let r = lex.count(rest);
            return rn >= 3
                && !f.ends_with('ا')
                && r >= MIN_STEM
                && r > lex.count(f).saturating_mul(3);
        }
        if f.starts_with('ي') && n >= 4 {
            return !nisba && !self.t.singulars.contains(f);
        }
        false
    }

    /// Is the word (original `raw`, folded `f`, starting with ب) the preposition ب on
    /// a word («سبعة بمديرية», «2 بنفس الطريقة», «عشرات الآلاف بزعم»)? By the news
    /// corpus: without its ب it is a word of three letters or more that is commoner
    /// than the whole (ب as a root letter: برميل، بلدان، بطولات، بطاقة, whose rest —
    /// رميل، لدان، طولات، طاقة — is absent or rarer). Known units stay nouns.
    fn preposition_ba(&self, raw: &str, f: &str) -> bool {
        if self.t.plurals.contains_key(f) || self.t.singulars.contains(f) {
            return false;
        }
        let letters = base_letters(raw);
        let Some(rest) = letters.strip_prefix('ب') else {
            return false;
        };
        if rest.chars().count() < 3 {
            return false;
        }
        let lex = khabar_text::lexicon::Lexicon::get();
        let count = |w: &str| lex.count(&khabar_text::lexicon::lexfold_str(w));
        let r = count(rest);
        r >= MIN_STEM && r > count(&letters)
    }

    /// A future verb, س + imperfect (سيتولى، ستشارك، سنعمل), after a number: not its
    /// counted noun («فريق تحت 21 سيتولى»). Nouns in س (سيارات، سيدات، سنابل) are
    /// told apart by the corpus: the imperfect without س is the commoner word.
    fn future_verb(&self, f: &str) -> bool {
        let Some(rest) = f.strip_prefix('س') else {
            return false;
        };
        if rest.chars().count() < 4
            || !rest.starts_with(['ي', 'ت', 'ن', 'ا'])
            || self.t.plurals.contains_key(f)
            || self.t.singulars.contains(f)
        {
            return false;
        }
        let lex = khabar_text::lexicon::Lexicon::get();
        let count = |w: &str| lex.count(&khabar_text::lexicon::lexfold_str(w));
        count(rest) > count(f)
    }

    /// Does the document use the folded word `w` (bare, after a clitic or the article)?
    fn doc_word(&self, w: &str) -> bool {
        // Most documents ask a handful of times: a scan is cheaper than hashing every word.
        const SCANS: usize = 8;
        let q = self.doc_word_queries.get();
        if q < SCANS && self.doc_words.get().is_none() {
            self.doc_word_queries.set(q + 1);
            return self.items.iter().enumerate().any(|(i, it)| {
                it.kind == ItemKind::Word
                    && self.f(i).strip_suffix(w).is_some_and(|lead| {
                        // The same clitic + article forms the set below strips.
                        matches!(
                            lead,
                            "" | "و"
                                | "ف"
                                | "ال"
                                | "وال"
                                | "فال"
                                | "بال"
                                | "كال"
                                | "لل"
                                | "وبال"
                                | "فبال"
                                | "وكال"
                                | "فكال"
                                | "ولل"
                                | "فلل"
                        )
                    })
            });
        }
        self.doc_words
            .get_or_init(|| {
                let mut set = std::collections::HashSet::new();
                for (i, it) in self.items.iter().enumerate() {
                    if it.kind != ItemKind::Word {
                        continue;
                    }
                    let f = self.f(i);
                    set.insert(f);
                    let f = strip_wa(f);
                    set.insert(f);
                    let art = match f.strip_prefix(['ب', 'ل', 'ك']) {
                        Some(r) if r.starts_with("ال") => r,
                        _ => f,
                    };
                    let bare = art
                        .strip_prefix("ال")
                        .or_else(|| art.strip_prefix("لل"))
                        .unwrap_or(art);
                    set.insert(bare);
                }
                set
            })
            .contains(w)
    }

    /// The code a country adjective at item `j` gives a currency family (ريال سعودي).
    fn adj_code(&self, family: &str, j: usize) -> Option<&'static str> {
        if !self.is_word(j) {
            return None;
        }
        let f = self.f(j);
        let f = f.strip_prefix("ال").unwrap_or(f);
        let masc = f.strip_suffix('ه').unwrap_or(f);
        // The accusative of a nisba after «N جنيها» (11–99): «جنيها إسترلينيا»,
        // «دولارا أمريكيا»; the tanween is folded away, the ا stays.
        let acc = f
            .strip_suffix('ا')
            .filter(|r| r.ends_with('ي'))
            .unwrap_or(f);
        [f, masc, acc].into_iter().find_map(|cand| {
            self.t
                .currency_adj
                .get(&(family.to_string(), cand.to_string()))
                .copied()
        })
    }

    /// The code of a currency word of `family` at item `at`, with the item after it
    /// (`adj`) as a possible country adjective. Returns the code and whether the
    /// adjective was used. Without an adjective, in this order:
    /// 1. the same currency written with an adjective elsewhere in the document (the
    ///    nearest one: «الجنيه السوداني … 40 مليون جنيه»);
    /// 2. a country cue in the same sentence (ريال … في قطر);
    /// 3. a country cue in the document that clearly outnumbers the cues of the
    ///    default's own country (an Egyptian article that names a Sudanese club keeps
    ///    EGP);
    /// 4. the family's default (جنيه → EGP, the pound of most Arabic news).
    fn currency_code(&self, family: &str, adj: Option<usize>, at: usize) -> (String, bool) {
        if let Some(c) = adj.and_then(|j| self.adj_code(family, j)) {
            return (c.to_string(), true);
        }
        let Some((_, default, cues)) = CURRENCY_DEFAULT.iter().find(|(f, _, _)| *f == family)
        else {
            return (family.to_string(), false);
        };
        // (A dollar is the US dollar unless it says otherwise, even next to an amount
        // in Singapore dollars.)
        if cues.is_empty() {
            return ((*default).to_string(), false);
        }
        if let Some(c) = self.explicit_currency(family, at) {
            return (c.to_string(), false);
        }
        // The clause around the currency word. The nearest country cue in it decides,
        // the default's own country on a tie: «البنك المركزي الإيراني، الإثنين، أن
        // عائدات … تجاوزت 421.1 تريليون ريال» is in rials of Iran however often the
        // document names Saudi Arabia elsewhere.
        const REACH: usize = 24;
        let ends = |i: usize| !self.joined(i) || matches!(self.sym(i), Some('.' | '!' | '?' | '؟'));
        let mut lo = at;
        while lo > 0 && at - lo < REACH && !ends(lo) {
            lo -= 1;
        }
        let mut hi = at;
        while hi + 1 < self.items.len() && hi - at < REACH && !ends(hi + 1) {
            hi += 1;
        }
        let home: &[&str] = CURRENCY_HOME
            .iter()
            .find(|(f, _)| *f == family)
            .map_or(&[], |(_, h)| *h);
        let stems: Vec<(String, &str)> = home
            .iter()
            .map(|h| (khabar_text::numbers::fold_word(h), *default))
            .chain(
                cues.iter()
                    .map(|(stem, code)| (khabar_text::numbers::fold_word(stem), *code)),
            )
            .collect();
        let nearest = (lo..=hi)
            .filter(|&i| self.is_word(i))
            .filter_map(|i| {
                let f = self.f(i);
                stems
                    .iter()
                    .find(|(stem, _)| f.contains(stem.as_str()))
                    .map(|(_, code)| (i.abs_diff(at), *code))
            })
            .min_by_key(|&(d, _)| d);
        if let Some((_, code)) = nearest {
            return (code.to_string(), false);
        }
        let home_n: usize = home.iter().map(|h| self.doc_count(h)).sum();
        let code = cues
            .iter()
            .find(|(stem, _)| self.doc_count(stem) > 2 * home_n)
            .map_or(*default, |(_, code)| *code);
        (code.to_string(), false)
    }

    /// How often the folded `stem` occurs in the folded document.
    fn doc_count(&self, stem: &str) -> usize {
        let ctx = self
            .doc_ctx
            .get_or_init(|| khabar_text::numbers::fold_word(self.text));
        let stem = khabar_text::numbers::fold_word(stem);
        if stem.is_empty() {
            return 0;
        }
        if let Some(&n) = self.doc_counts.borrow().get(&stem) {
            return n;
        }
        let n = ctx.matches(stem.as_str()).count();
        self.doc_counts.borrow_mut().insert(stem, n);
        n
    }

    /// The code of the nearest currency word of `family` written with a country
    /// adjective elsewhere in the document.
    fn explicit_currency(&self, family: &str, at: usize) -> Option<&'static str> {
        let explicit = self.explicit.get_or_init(|| {
            let mut v = Vec::new();
            for (i, it) in self.items.iter().enumerate() {
                if it.kind != ItemKind::Word {
                    continue;
                }
                let f = strip_wa(self.f(i));
                let f = match f.strip_prefix(['ب', 'ل', 'ك']) {
                    Some(r) if r.starts_with("ال") => r,
                    _ => f,
                };
                let bare = f
                    .strip_prefix("ال")
                    .or_else(|| f.strip_prefix("لل"))
                    .unwrap_or(f);
                let Some(&fam) = self.t.currency.get(bare) else {
                    continue;
                };
                if !self.joined(i + 1) {
                    continue;
                }
                if let Some(c) = self.adj_code(fam, i + 1) {
                    v.push((i, fam, c));
                }
            }
            v
        });
        // The nearest such word of the same family other than `at`; of two as near,
        // the earlier.
        let split = explicit.partition_point(|&(i, _, _)| i < at);
        let same = |&&(i, fam, _): &&(usize, &str, &str)| fam == family && i != at;
        let before = explicit[..split].iter().rev().find(same);
        let after = explicit[split..].iter().find(same);
        match (before, after) {
            (Some(&(b, _, cb)), Some(&(a, _, ca))) => Some(if at - b <= a - at { cb } else { ca }),
            (Some(&(_, _, c)), None) | (None, Some(&(_, _, c))) => Some(c),
            (None, None) => None,
        }
    }

    /// The unit starting at item `j` (joined to the number): the unit and its last item.
    fn unit_at(&self, j: usize) -> Option<(Unit, usize)> {
        let it = self.item(j)?;
        if !it.joined {
            return None;
        }
        match it.kind {
            ItemKind::Sym('%' | '٪' | '\u{2030}') => return Some((Unit::Percent, j)),
            ItemKind::Sym('°') => {
                // 37° سلزيوس, 45°, 70° فهرنهايت, 20°C
                if let Some((Unit::Measure(m), e)) = self.unit_at(j + 1) {
                    if m == "°C" || m == "°F" {
                        return Some((Unit::Measure(m), e));
                    }
                }
                return Some((Unit::Measure("°"), j));
            }
            ItemKind::Sym('¢') => return Some((Unit::Currency("USD-cent".into()), j)),
            ItemKind::Sym(c) => {
                return currency_symbol_unit(c).map(|u| (u, j));
            }
            ItemKind::Latin => {
                let w = self.raw(j);
                // «9m38», «5M20»: letters between digits make a model code, not a unit.
                if self
                    .item(j + 1)
                    .is_some_and(|n| n.gap == 0 && matches!(n.kind, ItemKind::Digits))
                    && it.gap == 0
                {
                    return None;
                }
                if w == "c" {
                    return Some((Unit::Currency("USD-cent".into()), j));
                }
                if ISO_CODES.contains(&w) {
                    return Some((Unit::Currency(w.to_string()), j));
                }
                if let Some((_, u)) = LATIN_UNITS.iter().find(|(k, _)| *k == w) {
                    return Some((Unit::Measure(u), j));
                }
                return None;
            }
            ItemKind::Digits => return None,
            ItemKind::Word => {}
        }
        let f = self.f(j);
        // Percent words.
        if matches!(f, "بالمئه" | "بالمايه" | "بالميه" | "%") {
            return Some((Unit::Percent, j));
        }
        if f == "في" && self.joined(j + 1) && matches!(self.f(j + 1), "المئه" | "المايه" | "الميه")
        {
            return Some((Unit::Percent, j + 1));
        }
        // ج.م (Egyptian pound)
        if f == "ج" && self.sym(j + 1) == Some('.') && self.f(j + 2) == "م" {
            let e = if self.sym(j + 3) == Some('.') {
                j + 3
            } else {
                j + 2
            };
            return Some((Unit::Currency("EGP".into()), e));
        }
        // Currency words (+ country adjective).
        if let Some(family) = self.t.currency.get(f) {
            let adj = (self.joined(j + 1) && self.is_word(j + 1)).then_some(j + 1);
            let (code, used_adj) = self.currency_code(family, adj, j);
            return Some((Unit::Currency(code), if used_adj { j + 1 } else { j }));
        }
        if self.t.cents.contains(f) {
            return Some((Unit::Currency("USD-cent".into()), j));
        }
        // Two-word measurement units, then single words.
        if self.joined(j + 1) && self.is_word(j + 1) {
            let key = (f.to_string(), self.f(j + 1).to_string());
            if let Some(u) = self.t.measure_pairs.get(&key) {
                let mut e = j + 1;
                // ميلي أمبير/ ساعة, ميلي أمبير ساعة: the hour is part of the unit.
                if *u == "mAh" {
                    let hour = |i: usize| {
                        self.joined(i) && self.is_word(i) && matches!(self.f(i), "ساعه" | "الساعه")
                    };
                    if self.sym(e + 1) == Some('/') && self.joined(e + 1) && hour(e + 2) {
                        e += 2;
                    } else if hour(e + 1) {
                        e += 1;
                    }
                }
                if let Some((r, re)) = self.rate(u, e) {
                    return Some((Unit::Measure(r), re));
                }
                return Some((Unit::Measure(u), e));
            }
        }
        if let Some(u) = self.t.measure.get(f) {
            return Some(
                self.rate(u, j)
                    .map_or((Unit::Measure(u), j), |(r, e)| (Unit::Measure(r), e)),
            );
        }
        if self.t.time_units.contains(f) || self.t.months.contains(f) {
            return Some((Unit::Time, j));
        }
        // حتى 15 من مايو، 3 من الشهر الجاري: the day of a date.
        if f == "من"
            && self.joined(j + 1)
            && self.is_word(j + 1)
            && (self.t.months.contains(self.f(j + 1)) || self.f(j + 1) == "الشهر")
        {
            return Some((Unit::Time, j + 1));
        }
        // «في 15 يونيو … والثانية في 19 منه»: منه after a day points back to the month.
        if f == "منه" && (j.saturating_sub(12)..j).any(|i| self.t.months.contains(self.f(i))) {
            return Some((Unit::Time, j));
        }
        // «ثلاثة من بين المعتقلين», «اثنان من بين أفضل عشرة لاعبين»: من بين is the
        // partitive من; before a further count, that count's noun is the unit (the
        // span stops at بين and leaves the second count its own).
        if f == "من" && self.joined(j + 1) && self.f(j + 1) == "بين" && self.joined(j + 2) {
            let x = j + 2;
            let part = if self.is_word(x) && self.f(x).starts_with("ال") {
                self.noun(x).map(|n| (n, x))
            } else if let Some(r) = self.partitive_construct(x) {
                Some(r)
            } else if self.is_word(x) {
                self.possessed_plural(x).map(|u| (u, x))
            } else {
                None
            };
            if let Some(r) = part.filter(|(u, _)| matches!(u, Unit::Noun(_))) {
                return Some(r);
            }
            for n in j + 2..=j + 3 {
                if !self.joined(n) {
                    break;
                }
                let number = self.item(n).is_some_and(|it| it.kind == ItemKind::Digits)
                    || (self.is_word(n)
                        && khabar_text::numbers::number_word(self.raw(n), self.f(n)).is_some());
                if number {
                    return match self.unit_at(n + 1) {
                        Some((u @ Unit::Noun(_), _)) => Some((u, j + 1)),
                        _ => None,
                    };
                }
            }
            return None;
        }
        // «العشرات من هذه المنظمات», «ثلاثة من تلك الفئات»: a demonstrative between the
        // partitive من and its definite plural; the plural is the unit.
        if f == "من"
            && self.joined(j + 1)
            && matches!(
                self.f(j + 1),
                "هذه" | "تلك" | "هولاء" | "هاولاء" | "اولئك" | "اولايك"
            )
            && self.joined(j + 2)
            && self.is_word(j + 2)
            && self.f(j + 2).starts_with("ال")
        {
            // (A plural: «1.9 من هذه الفئة العمرية» is a share of a singular group.)
            if let Some(Unit::Noun(sg)) = self.noun(j + 2) {
                let bare = self.f(j + 2).get("ال".len()..).unwrap_or("");
                if khabar_text::numbers::fold_word(&sg) != bare {
                    return Some((Unit::Noun(sg), j + 2));
                }
            }
        }
        // من + definite noun: 150 من المسلحين; a currency: مئات الملايين من الدولارات.
        if f == "من" && self.is_word(j + 1) && self.joined(j + 1) && self.f(j + 1).starts_with("ال")
        {
            let bare = self.f(j + 1).get("ال".len()..).unwrap_or("");
            // «بلغ الـ 45 من العمر», «في الـ 20 من السن»: an age, a duration the time
            // extractor reports, not a count of "age".
            if matches!(bare, "عمر" | "سن") {
                return Some((Unit::Time, j + 1));
            }
            if let Some(family) = self.t.currency.get(bare) {
                let k = j + 1;
                let adj = (self.joined(k + 1) && self.is_word(k + 1)).then_some(k + 1);
                let (code, used_adj) = self.currency_code(family, adj, k);
                return Some((Unit::Currency(code), if used_adj { k + 1 } else { k }));
            }
            let n = self.noun(j + 1)?;
            return Some((n, j + 1));
        }
        // من + noun in construct with a definite word: سبعة من أفراد الحرس، 11 من كبار
        // المشاهير (a superlative head: the complement is counted).
        if f == "من" {
            if let Some(r) = self.partitive_construct(j + 1) {
                return Some(r);
            }
            // «176 من "قوات سوريا الديمقراطية"», «نحو 50 من "الجيش الحر"»: a group's
            // name in quotation marks after the partitive; its head is counted as it
            // is without the marks, and the span runs to the closing mark.
            let open = matches!(self.sym(j + 1), Some('"' | '«' | '“'));
            if open && self.joined(j + 1) && self.item(j + 2).is_some_and(|it| it.gap == 0) {
                let close = (j + 3..j + 7)
                    .take_while(|&k| self.joined(k))
                    .find(|&k| matches!(self.sym(k), Some('"' | '»' | '”')));
                let head = if self.is_word(j + 2) && self.f(j + 2).starts_with("ال") {
                    // A plural («"القوات الحكومية"») or a group's head («"الجيش الحر"»);
                    // not a name in a singular-looking word («"الخوذ البيضاء"»).
                    let bare = self.f(j + 2).get("ال".len()..).unwrap_or("");
                    self.noun(j + 2).filter(|u| match u {
                        Unit::Noun(n) => {
                            khabar_text::numbers::fold_word(n) != bare
                                || GROUP_HEADS.contains(&bare)
                        }
                        _ => false,
                    })
                } else {
                    self.partitive_construct(j + 2)
                        .map(|(u, _)| u)
                        .or_else(|| self.group_head(j + 2))
                };
                if let (Some(k), Some(u @ Unit::Noun(_))) = (close, head) {
                    return Some((u, k));
                }
            }
            // «70 من تنظيم داعش», «20 من حركة حماس»: the singular head of a named
            // armed group or party, which a casualty tally counts by («N من الجيش» reads
            // the same with the article).
            if let Some(u) = self.group_head(j + 1) {
                return Some((u, j + 1));
            }
            // من + a plural with a possessive pronoun: 4 من جنوده، تسعة من عناصره.
            if self.is_word(j + 1) && self.joined(j + 1) {
                if let Some(u) = self.possessed_plural(j + 1) {
                    return Some((u, j + 1));
                }
            }
        }
        // The counted noun right after a number is indefinite (300 ألف المرتبط: an adjective).
        // A hamza makes أل a root letter, not the article (تسعة ألقاب، خمسة ألغام).
        if f.starts_with("ال") && f.chars().count() > 3 && !self.raw(j).starts_with('أ') {
            return None;
        }
        // A country name in -انيا (ثمانية ألمانيا: the 8-0 against Germany).
        // («14 إيرانياً», «ستة لبنانيين»: the tanween marks the accusative nisba, and
        // a word the gazetteer does not hold as a place is no country either.)
        if f.ends_with("انيا")
            && !self.raw(j).contains('\u{064B}')
            && khabar_text::lexicon::Lexicon::get().is_name(&khabar_text::lexicon::lexfold_str(
                &base_letters(self.raw(j)),
            ))
        {
            return None;
        }
        // «في 2 أكتوب»: a teaser cut off inside a month name at the end of the text;
        // the word is a day's month, not a counted noun.
        if j + 1 == self.items.len()
            && f.chars().count() >= 4
            && self
                .t
                .months
                .iter()
                .any(|m| m.len() > f.len() && m.starts_with(f))
        {
            return None;
        }
        // Nor does it carry a pronoun (20 بينهم، 4 إصاباتهم، 90 سجلها، 42 ضده).
        if pronoun_suffixed(self.raw(j))
            || first_person_possessed(self.raw(j))
            || object_pronoun_verb(self.raw(j))
        {
            return None;
        }
        let n = self.noun(j)?;
        Some((n, j))
    }

    /// واحد/واحدة at item `a` after the noun it counts: «جندي واحد» → 1 جندي (with a
    /// hedge before the noun or after واحد: «أكثر من شخص واحد», «شخص واحد على الأقل»),
    /// «بهدف واحد» → 1 هدف (the proclitic outside the span). Not a count: a duration
    /// (عام واحد is the time extractor's), «كرجل واحد» and the set phrases of
    /// [`ONE_PHRASES`] ("one and the same", "unilateral"). No noun before it: a
    /// definite noun (a predicate: «الهدف واحد»), a pronoun, a verb, a ة-noun before
    /// masculine واحد (بزيادة واحد في المئة).
    fn one_after_noun(&self, a: usize) -> OneAfter {
        if a == 0 || !self.joined(a) {
            return OneAfter::NoNoun;
        }
        // «واحدة تلو الأخرى», «واحدا تلو الآخر»: "one after another", no count.
        if self.joined(a + 1) && self.f(a + 1) == "تلو" {
            return OneAfter::NotCount;
        }
        // «تعادل وحيد», «فرصة وحيدة»: «وحيد» ("sole") after an indefinite noun is
        // «واحد» (see [`Cx::sole_after_noun`]).
        let one = match self.f(a) {
            "وحيد" => "واحد",
            "وحيده" => "واحده",
            "وحيدا" => "واحدا",
            x => x,
        };
        let fem_one = one == "واحده";
        // «رجلا واحدا», «موسما واحدا»: the accusative «واحدا» agrees with an accusative
        // indefinite noun in ـا (tanween fatḥ) before it; the noun is read without that ا.
        let acc_one = one == "واحدا";
        let Some(mut w) = self.indefinite_word(a - 1) else {
            return OneAfter::NoNoun;
        };
        if acc_one {
            // «سيظل دائما واحدا من رموز النادي»: «واحدا من» is "one of".
            if self.joined(a + 1) && (self.f(a + 1) == "من" || self.of_them_after(a)) {
                return OneAfter::NotCount;
            }
            match self.accusative_stem(&w) {
                Some(v) => w = v,
                None => return OneAfter::NoNoun,
            }
        }
        let last_of = |s: &str| {
            s.chars()
                .rfind(|c| !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}')
        };
        // «رؤية سياسية واحدة», «سنة مالية واحدة»: a feminine nisba adjective between
        // a ة-noun and واحدة.
        let fem_noun_before = |p: usize| {
            p > 0 && self.joined(p) && {
                self.indefinite_word(p - 1)
                    .filter(|v| last_of(v.2) == Some('ة'))
            }
            .is_some()
        };
        if w.3.ends_with("يه") && last_of(w.2) == Some('ة') && fem_noun_before(w.0) {
            if let Some(v) = self.indefinite_word(w.0 - 1) {
                w = v;
            }
        }
        // «موسم كروي واحد», «حزب سياسي واحد»: a masculine nisba adjective between the
        // noun and واحد. A nisba is an adjective here when the corpus uses its feminine
        // at least as often (كروية، سياسية), unlike a nisba noun (جندي، صحفي، مدني:
        // «قتل مدني واحد» counts the civilian); the noun before it must take the
        // article in the corpus (a noun, not a verb) and not be a casualty verb.
        // (In the accusative the agreement shows it: «حرفا هنديا واحدا» — a nisba in ـيا
        // after a noun in ـا is that noun's adjective, whatever the counts.)
        let acc_nisba = acc_one
            && w.3.ends_with('ي')
            && w.0 > 0
            && self
                .indefinite_word(w.0 - 1)
                .and_then(|v| self.accusative_stem(&v))
                .is_some();
        if !fem_one && w.0 > 0 && (acc_nisba || self.nisba_adjective(&w.3)) {
            if let Some(v) = self
                .indefinite_word(w.0 - 1)
                .filter(|_| self.joined(w.0))
                .and_then(|v| {
                    if acc_one {
                        self.accusative_stem(&v)
                    } else {
                        Some(v)
                    }
                })
            {
                let lex = khabar_text::lexicon::Lexicon::get();
                let definite = lex.count(&khabar_text::lexicon::lexfold_str(&format!(
                    "ال{}",
                    base_letters(v.2)
                )));
                let verb = matches!(v.3.as_str(), "قتل" | "جرح" | "اعتقل" | "اصيب" | "خطف");
                // (Agreement in the accusative is evidence enough for a rarer noun.)
                let min_definite = if acc_nisba { 5 } else { 20 };
                if definite >= min_definite
                    && !verb
                    && !self.nisba_adjective(&v.3)
                    && matches!(self.noun_form(v.2, &v.3), Some(Unit::Noun(_)))
                {
                    w = v;
                }
            }
        }
        // واحدة after a noun of masculine form is the adjective of the construct
        // head before it («رحلة طيران واحدة»), or of nothing there.
        let fem_form = matches!(last_of(w.2), Some('ة' | 'ه' | 'ى' | 'ا' | 'ء'))
            || FEMININE_NOUNS.contains(&w.3.as_str());
        if fem_one && !fem_form {
            if !fem_noun_before(w.0) {
                return OneAfter::NoNoun;
            }
            match self.indefinite_word(w.0 - 1) {
                Some(v) => w = v,
                None => return OneAfter::NoNoun,
            }
        }
        let (p, skip, base, bf) = w;
        let raw = self.raw(p);
        if one == "واحد" && last_of(base) == Some('ة') {
            return OneAfter::NoNoun;
        }
        // A dual or plural before it is not what واحد counts («مدقتين واحدة ضخمة»).
        if dual::read_dual(base).is_some() {
            return OneAfter::NoNoun;
        }
        let like = raw.get(..skip).is_some_and(|p| p.contains('ك'));
        if like
            || ONE_PHRASES.contains(&bf.as_str())
            || self.t.time_units.contains(bf.as_str())
            || self.t.months.contains(bf.as_str())
        {
            return OneAfter::NotCount;
        }
        let unit = if let Some(u) = self.t.measure.get(bf.as_str()) {
            Unit::Measure(u)
        } else if let Some(family) = self.t.currency.get(bf.as_str()) {
            Unit::Currency(self.currency_code(family, None, p).0)
        } else {
            match self.noun_form(base, &bf) {
                // (أوركسترا واحدة: not an accusative ـا.)
                Some(Unit::Noun(_)) if bf.ends_with('ا') && !pronoun_suffixed(base) => {
                    Unit::Noun(base_letters(base))
                }
                Some(Unit::Noun(s)) if !pronoun_suffixed(base) => Unit::Noun(s),
                Some(Unit::Time) => return OneAfter::NotCount,
                _ => return OneAfter::NoNoun,
            }
        };
        // (شيئا → شيئ: the hamza of the stem is ء when final, شيء.)
        let unit = match unit {
            Unit::Noun(s) if acc_one && s.ends_with('ئ') => {
                Unit::Noun(format!("{}ء", s.trim_end_matches('ئ')))
            }
            u => u,
        };
        let Some(it) = self.item(p) else {
            return OneAfter::NoNoun;
        };
        let mut span = Span::new(
            it.span.start + skip,
            self.item(a).map_or(it.span.end, |x| x.span.end),
        );
        let mut qual = Qual::Exact;
        if let Some((q, at)) = self.pre_cue(p).filter(|_| skip == 0) {
            qual = q;
            span.start = at;
        } else if let Some((q, e)) = self.post_cue(a + 1) {
            qual = q;
            span.end = self.item(e).map_or(span.end, |x| x.span.end);
        }
        OneAfter::Count(RawQuantity {
            span,
            value: Some(1.0),
            low: None,
            high: None,
            qualifier: qual.as_str(),
            unit: unit.name(),
        })
    }

    /// The head noun at item `x` of a named group — «تنظيم/حركة/جماعة/حزب/جيش/ميليشيا»
    /// in construct with its name or genitive («تنظيم داعش», «حركة حماس», «جيش
    /// الاحتلال») — as a counted unit after a partitive «من».
    fn group_head(&self, x: usize) -> Option<Unit> {
        if !(self.is_word(x) && self.joined(x) && self.is_word(x + 1) && self.joined(x + 1)) {
            return None;
        }
        let f = self.f(x);
        if !GROUP_HEADS.contains(&f) {
            return None;
        }
        // (ميليشيا keeps its final alif: it is no accusative.)
        if f.ends_with('ا') {
            return Some(Unit::Noun(base_letters(self.raw(x))));
        }
        self.noun(x)
    }

    /// «تعادل وحيد», «فرصة وحيدة», «هدفا وحيدا»: «وحيد» ("sole, single") at item `a`
    /// after an indefinite noun counts one of it, as «واحد» does. «وحيد» is also a
    /// first name («أحمد وحيد»): the noun must take the article in the corpus, as a
    /// counted noun does and a first name does not.
    ///
    /// And the word before «وحيد» must be the counted noun, not an adjective of one
    /// before it («فريق متوسط وحيد», «هجمة خطيرة وحيدة»: the corpus has the other
    /// gender of the word about as often, as adjectives do and nouns — هدف، نقطة —
    /// do not), a predicate after a copula («أصبحت معزولة وحيدة») or a plural in
    /// construct («دوري أبطال وحيد»).
    fn sole_after_noun(&self, a: usize) -> Option<RawQuantity> {
        let OneAfter::Count(q) = self.one_after_noun(a) else {
            return None;
        };
        let unit = q.unit.as_deref()?;
        if !dual::takes_article(unit)
            || self
                .t
                .plurals
                .contains_key(&khabar_text::numbers::fold_word(unit))
        {
            return None;
        }
        // The item of the noun.
        let p = (a.saturating_sub(3)..a).rev().find(|&i| {
            self.item(i)
                .is_some_and(|it| it.span.start <= q.span.start && q.span.start < it.span.end)
        })?;
        if p > 0 && self.joined(p) && self.is_word(p - 1) {
            const COPULAS: &[&str] = &[
                "كان",
                "كانت",
                "اصبح",
                "اصبحت",
                "بات",
                "باتت",
                "ظل",
                "ظلت",
                "صار",
                "صارت",
                "بقي",
                "بقيت",
                "يبقي",
                "تبقي",
            ];
            // (The copula right before, or before its definite subject: «وظلت القرية
            // معزولة وحيدة».)
            let copula = |i: usize| COPULAS.contains(&strip_wa(self.f(i)));
            if copula(p - 1)
                || (p >= 2
                    && self.f(p - 1).starts_with("ال")
                    && self.joined(p - 1)
                    && copula(p - 2))
            {
                return None;
            }
            let lex = khabar_text::lexicon::Lexicon::get();
            let u = khabar_text::lexicon::lexfold_str(unit);
            let adjective = match u.strip_suffix('ة') {
                Some(stem) => 3 * lex.count(stem) >= lex.count(&u),
                None => 4 * lex.count(&format!("{u}ة")) >= lex.count(&u),
            };
            let noun_before = !self.f(p - 1).starts_with("ال")
                && dual::takes_article(self.raw(p - 1))
                && !self.t.plurals.contains_key(self.f(p - 1));
            if adjective && noun_before {
                return None;
            }
        }
        Some(q)
    }

    /// An indefinite word read by [`Cx::indefinite_word`] that ends in the accusative
    /// ـا (رجلا، موسما، أسبابا), without that ا: the same tuple for the stem (رجل).
    fn accusative_stem(
        &self,
        w: &(usize, usize, &'a str, String),
    ) -> Option<(usize, usize, &'a str, String)> {
        let trimmed = w.2.trim_end_matches(|c| {
            khabar_text::normalize::is_arabic_diacritic(c) || c == '\u{0640}'
        });
        let stem = trimmed.strip_suffix('ا')?;
        let bf = khabar_text::numbers::fold_word(stem);
        // An adverb in ـا (دائما، أيضا، تماما) is far commoner than its stem; an
        // accusative noun (هدفا، موسما) is not.
        let lex = khabar_text::lexicon::Lexicon::get();
        let count = |s: &str| lex.count(&khabar_text::lexicon::lexfold_str(s));
        // (A stem in ئ is a noun in final hamza, «شيئا» of «شيء»: count that word.)
        let stem_count = match stem.strip_suffix('ئ') {
            Some(r) => count(stem).max(count(&format!("{r}ء"))),
            None => count(stem),
        };
        if count(trimmed) > stem_count.saturating_mul(2) {
            return None;
        }
        let ok = bf.chars().count() >= 2 && !bf.ends_with('ا');
        ok.then_some((w.0, w.1, stem, bf))
    }

    /// Is the folded word `f` a masculine nisba adjective (كروي، سياسي، رياضي)? It ends
    /// in ي, and the corpus has its feminine in ة at least as often as itself.
    fn nisba_adjective(&self, f: &str) -> bool {
        let bare = f.strip_suffix('ا').unwrap_or(f);
        if !bare.ends_with('ي') || bare.chars().count() < 4 {
            return false;
        }
        let lex = khabar_text::lexicon::Lexicon::get();
        let masc = lex.count(bare);
        masc > 0 && lex.count(&format!("{bare}ة")) >= masc
    }

    /// The word at item `i` without its proclitics, when it is indefinite and carries
    /// no pronoun: (item, bytes of proclitics, the word without them, its fold).
    fn indefinite_word(&self, i: usize) -> Option<(usize, usize, &'a str, String)> {
        if !self.is_word(i) {
            return None;
        }
        let raw = self.raw(i);
        let mut skip = 0;
        for (span, kind) in segment_spans(raw).iter() {
            match kind {
                SegmentKind::Proclitic => skip = span.end,
                SegmentKind::Base => {}
                SegmentKind::Enclitic => return None,
            }
        }
        let base = raw.get(skip..).unwrap_or(raw);
        let bf = khabar_text::numbers::fold_word(base);
        if bf.starts_with("ال") || bf.chars().count() < 2 {
            return None;
        }
        Some((i, skip, base, bf))
    }

    /// The singular of a plural noun with a possessive pronoun at item `i` (جنوده →
    /// جندي، عناصرها → عنصر، مرافقيه → مرافق، أشقائها → شقيق): a known plural, a
    /// participle's sound plural in construct, or a broken plural the corpus attests.
    /// Singular nouns (عمره، بينها) give nothing.
    fn possessed_plural(&self, i: usize) -> Option<Unit> {
        let letters: String = self
            .raw(i)
            .chars()
            .filter(|c| !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}')
            .collect();
        let rest = ["هما", "هم", "هن", "ها", "نا", "ه"]
            .iter()
            .find_map(|p| letters.strip_suffix(p))?;
        let n = rest.chars().count();
        if n < 3 {
            return None;
        }
        // The ء of a broken plural is written ئ before a pronoun (أشقائها، أبنائه).
        let rest = match rest.strip_suffix('ئ') {
            Some(r) => format!("{r}ء"),
            None => rest.to_string(),
        };
        let f = khabar_text::numbers::fold_word(&rest);
        if let Some(s) = self.t.plurals.get(&f) {
            return Some(Unit::Noun(s.clone()));
        }
        if n >= 5 && rest.starts_with('م') {
            if let Some(s) = rest.strip_suffix('ي') {
                return Some(Unit::Noun(s.to_string()));
            }
        }
        if n < 4 {
            return None;
        }
        let cs: Vec<char> = rest.chars().collect();
        plural::broken_singular(&cs).map(Unit::Noun)
    }

    /// A length unit ending at item `e` followed by "per hour/second" is a speed:
    /// «880 كيلومترا بالساعة» km/h, «72 كيلومترا في الثانية» km/s, «كم/ساعة».
    fn rate(&self, u: &str, e: usize) -> Option<(&'static str, usize)> {
        let per = |f: &str| match f {
            "الساعه" | "ساعه" | "س" => Some('h'),
            "الثانيه" | "ثانيه" | "ث" => Some('s'),
            _ => None,
        };
        let word = |i: usize| (self.joined(i) && self.is_word(i)).then(|| self.f(i));
        let (p, last) = match word(e + 1) {
            Some("في") => (word(e + 2).and_then(per), e + 2),
            Some("بالساعه") => (Some('h'), e + 1),
            Some("بالثانيه") => (Some('s'), e + 1),
            _ if self.sym(e + 1) == Some('/') && self.joined(e + 1) => {
                (word(e + 2).and_then(per), e + 2)
            }
            _ => (None, e),
        };
        // «في الثانية الواحدة»: "per single second".
        let mut last = last;
        if self.joined(last + 1) && matches!(self.f(last + 1), "الواحده" | "الواحد") {
            last += 1;
        }
        // «في الساعة الأولى», «في الساعة 10 صباحا»: a point in time, not "per hour".
        // But a weekday or «اليوم/أمس» after it is the date of the report («130
        // كيلومترا في الساعة السبت»): no hour is "the hour Saturday".
        let n = last + 1;
        let dated = matches!(
            self.f(n),
            "السبت"
                | "الاحد"
                | "الاثنين"
                | "الثلاثاء"
                | "الاربعاء"
                | "الخميس"
                | "الجمعه"
                | "اليوم"
                | "امس"
        );
        let timed = self.joined(n)
            && !dated
            && (self.item(n).is_some_and(|it| it.kind == ItemKind::Digits)
                || (self.is_word(n)
                    && (self.f(n).starts_with("ال")
                        || khabar_text::numbers::number_word(self.raw(n), self.f(n)).is_some())));
        if timed {
            return None;
        }
        let r = match (u, p?) {
            ("km", 'h') => "km/h",
            ("km", 's') => "km/s",
            ("m", 's') => "m/s",
            ("m", 'h') => "m/h",
            ("mi", 'h') => "mph",
            ("mi", 's') => "mi/s",
            _ => return None,
        };
        Some((r, last))
    }

    /// The counted noun of «من + X + definite Y» at item `x`: X (أفراد الحرس → فرد), or Y
    /// when X is a superlative or "elite" head (كبار المشاهير → مشهور). Words that make
    /// من a preposition of another kind (من أجل، من خلال، من إجمالي) are refused.
    fn partitive_construct(&self, x: usize) -> Option<(Unit, usize)> {
        const NOT_HEADS: &[&str] = &[
            "اجل",
            "خلال",
            "اصل",
            "اجمالي",
            "مجموع",
            "جمله",
            "بين",
            "حجم",
            "قيمه",
            "نسبه",
            "عدد",
            "جانب",
            "قبل",
            "بعد",
            "طرف",
            "جهه",
            "حيث",
            "مثل",
            "نحو",
            "اكثر",
            "اقل",
            "بعض",
            "كل",
            "غير",
            "اي",
            "نفس",
            "ذات",
            "اعلي",
            "اسفل",
            "داخل",
            "خارج",
            "وسط",
            "شان",
            "اول",
            "اخر",
            "ضمن",
            "مجمل",
            "اصول",
            "واقع",
            "حصه",
            "ميزانيه",
            "مبلغ",
            "راس",
            "اموال",
            "صندوق",
            "ذوات",
            "ذوي",
            "دوري",
            "عمر",
            "لائحه",
            "قانون",
            "ماده",
            "تلك",
            "هذه",
            "هولاء",
            "عند",
            "عام",
        ];
        const SUPERLATIVE_HEADS: &[&str] = &[
            "كبار", "ابرز", "اهم", "اشهر", "افضل", "اكبر", "اغني", "اقوي", "خيره", "نخبه", "صفوه",
        ];
        if !(self.is_word(x) && self.joined(x)) || self.f(x).starts_with("ال") {
            return None;
        }
        // The head is a plural (أفراد، عناصر، قيادات، مسؤولي): «الطبعة 23 من دورة الألعاب»
        // is part of a singular, not a count.
        let plural_head = |folded: &str, construct: bool| {
            construct
                || (folded.ends_with("ات") && folded.chars().count() >= 4)
                || self.t.plurals.contains_key(folded)
        };
        // A possessive suffix makes the head definite: 71 من موظفيها، ستة من قياداتهم.
        let (fx, rx) = (self.f(x), self.raw(x));
        for suffix in ["هما", "هم", "هن", "ها"] {
            let Some(stem) = fx.strip_suffix(suffix) else {
                continue;
            };
            if stem.chars().count() < 3 || NOT_HEADS.contains(&stem) {
                return None;
            }
            let letters: String = rx
                .chars()
                .filter(|c| !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}')
                .take(stem.chars().count())
                .collect();
            let construct = construct_plural_stem(&letters, stem);
            let is_construct = construct.len() < stem.len();
            let stem = construct;
            let n = stem.chars().count();
            let raw_stem: String = rx
                .chars()
                .filter(|c| !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}')
                .take(n)
                .collect();
            let raw_stem = if raw_stem.chars().count() == n {
                raw_stem
            } else {
                stem.to_string()
            };
            // Hamza seated before a suffix: أعضائها → أعضاء.
            let seat = |w: &str| -> String {
                match w.strip_suffix(['ئ', 'ؤ']) {
                    Some(r) => format!("{r}ء"),
                    None => w.to_string(),
                }
            };
            let raw_stem = seat(&raw_stem);
            let folded = khabar_text::numbers::fold_word(&raw_stem);
            if !plural_head(&folded, is_construct) {
                return None;
            }
            return match self.noun_form(&raw_stem, &folded)? {
                Unit::Time => None,
                n => Some((n, x)),
            };
        }
        let y = x + 1;
        let ok = self.is_word(y)
            && self.joined(y)
            && self.f(y).starts_with("ال")
            && self.f(y).chars().count() > 3;
        // «من مستخدمي شبكة الإنترنت», «من سكان مدينة حلب», «من سكان غزة»: the
        // complement is indefinite or a name; the head is still the counted plural
        // when it shows it is one (a sound plural in construct, or a broken plural).
        let chain = !ok
            && self.is_word(y)
            && self.joined(y)
            && !self.f(y).starts_with("ال")
            && khabar_text::numbers::number_word(self.raw(y), self.f(y)).is_none()
            && !SUPERLATIVE_HEADS.contains(&self.f(x))
            // Credits (كلمات/ألحان فلان: lyrics, music by) are no partitive.
            && !matches!(fx, "كلمات" | "الحان")
            // The complement is a noun, not a verb (زملائي سيغادران).
            && !perfect_verb(self.raw(y))
            && !self.f(y).starts_with('ي')
            && !self.future_verb(self.f(y))
            // A head in ي is a construct plural (مستخدمي), not "my X" (زملائي).
            && (!fx.ends_with('ي') || construct_plural_stem(rx, fx).len() < fx.len())
            && (construct_plural_stem(rx, fx).len() < fx.len()
                || self.t.plurals.contains_key(fx)
                || matches!(self.noun(x), Some(Unit::Noun(sg))
                    if khabar_text::numbers::fold_word(&sg) != fx));
        if !(ok || chain) || NOT_HEADS.contains(&self.f(x)) {
            return None;
        }
        if SUPERLATIVE_HEADS.contains(&self.f(x)) {
            let n = self.noun(y)?;
            return (!matches!(n, Unit::Time)).then_some((n, y));
        }
        let stem = construct_plural_stem(rx, fx);
        if !plural_head(fx, stem.len() < fx.len()) {
            return None;
        }
        let n = if stem.len() < fx.len() {
            let raw_stem: String = rx
                .chars()
                .filter(|c| !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}')
                .take(stem.chars().count())
                .collect();
            self.noun_form(&raw_stem, stem)?
        } else {
            self.noun(x)?
        };
        (!matches!(n, Unit::Time)).then_some((n, x))
    }

    /// Is `f` (folded, ending in وا) an accusative noun in -و rather than a plural verb:
    /// tanween (عضوًا), or a bare form that is a known noun or a word of the document?
    fn accusative_waw(&self, raw: &str, f: &str) -> bool {
        if raw.contains('\u{064B}') {
            return true;
        }
        let Some(bare) = f.strip_suffix('ا') else {
            return false;
        };
        bare.chars().count() >= 3
            && (self.t.singulars.contains(bare)
                || self.t.plurals.contains_key(bare)
                || self.doc_word(bare))
    }

    /// A counted noun at item `j`: singular, without article or case ending.
    fn noun(&self, j: usize) -> Option<Unit> {
        self.noun_form(self.raw(j), self.f(j))
    }

    /// A counted noun from a word's original and folded forms (see [`Cx::noun`]).
    fn noun_form(&self, raw: &str, f: &str) -> Option<Unit> {
        if f.chars().count() < 2 || self.t.not_nouns.contains(f) {
            return None;
        }
        if khabar_text::numbers::number_word(raw, f).is_some() {
            return None;
        }
        // لسنوات عدة، بأيام: a time unit behind a preposition is still a duration.
        if f.strip_prefix(['ل', 'ب'])
            .is_some_and(|r| self.t.time_units.contains(r))
        {
            return Some(Unit::Time);
        }
        // A preposition + article (للإنفاق, بالمئة) never starts a counted noun.
        if ["لل", "بال", "كال", "وال", "فال"]
            .iter()
            .any(|p| f.starts_with(p))
        {
            return None;
        }
        // Verbs: يحاولون، عادوا, and conjunction-prefixed words (وأصيب). An accusative
        // noun in -و (18 عضوا، عدوا) keeps its tanween or its bare form is a known noun.
        let verb_wa = f.ends_with("وا") && !self.accusative_waw(raw, f);
        if verb_wa
            || (f.starts_with(['ي', 'ت']) && (f.ends_with("ون") || f.ends_with("ان")))
            || (f.starts_with('و')
                && !self.t.plurals.contains_key(f)
                && looks_conj(f)
                && !waw_noun(raw))
        {
            return None;
        }
        if self.prefixed_not_noun(f)
            || (f.starts_with('ب') && self.preposition_ba(raw, f))
            || perfect_verb(raw)
            || dual_perfect_verb(raw)
            || feminine_plural_verb(raw)
            || place_after_preposition(raw)
            || self.future_verb(f)
        {
            return None;
        }
        // «33 عاماإلى»: a time unit glued to the preposition after it (a lost space).
        if ["الي", "في", "علي", "من"].iter().any(|p| {
            f.strip_suffix(p)
                .is_some_and(|r| r.chars().count() >= 3 && self.t.time_units.contains(r))
        }) {
            return Some(Unit::Time);
        }
        // An imperfect verb in ى (يسعى، تبقى، يرى): not a nisba noun in ي.
        let last = raw
            .chars()
            .rfind(|c| !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}');
        if f.starts_with(['ي', 'ت']) && last == Some('ى') && f.chars().count() >= 3 {
            return None;
        }
        if f.starts_with(['ي', 'ت']) && imperfect_verb(self.t, raw, f) {
            return None;
        }
        let sing = singular(self.t, raw, f, &|w: &str| self.doc_word(w))?;
        if self
            .t
            .time_units
            .contains(&khabar_text::numbers::fold_word(&sing))
            || self.t.months.contains(f)
        {
            return Some(Unit::Time);
        }
        Some(Unit::Noun(sing))
    }

    /// Handle number `k`; pushes a quantity when it is one. Returns how many numbers it used.
    fn number_quantity(
        &self,
        nums: &[NumberMatch],
        ranges: &[(usize, usize)],
        k: usize,
        out: &mut Vec<RawQuantity>,
    ) -> usize {
        let Some(m) = nums.get(k) else { return 1 };
        let Some(&(a, b)) = ranges.get(k) else {
            return 1;
        };
        if m.kind == NumberKind::Ordinal && !self.compared_tens(a, b) {
            return 1;
        }
        let raw = m.span.slice(self.text);
        // Dates, clock times, IP addresses: their parts are not quantities.
        let first = self.raw(a);
        // (Such items are short; the length test keeps a long run of digits and separators,
        // which the reader cuts into many numbers, from being rescanned for each of them.)
        if self.item(a).is_some_and(|it| it.kind == ItemKind::Digits)
            && first.len() <= 48
            && (first.contains(':')
                || first.matches('/').count() >= 2
                || first.matches('.').count() >= 3)
        {
            return 1;
        }
        if self.is_name_number(a, b) || self.is_score_tail(a) || self.dashed_chain_tail(a) {
            return 1;
        }
        // «العام المالي 2017/2018», «موسم 2018/2019»: two consecutive years, not a ratio.
        if a == b && self.year_pair(first, '/') {
            return 1;
        }
        // «الدقيقة 45+2»: added time after a minute; «+2» is no count of the next word.
        if self.sym(a.wrapping_sub(1)) == Some('+')
            && self.item(a).is_some_and(|it| it.gap == 0)
            && self.item(a - 1).is_some_and(|it| it.gap == 0)
            && self
                .item(a.wrapping_sub(2))
                .is_some_and(|it| it.kind == ItemKind::Digits)
        {
            return 1;
        }
        // «أثنى المدرب على اللاعبين», «وأثنى الوزير»: the verb "praised", which the
        // number reader takes for اثنا (2); the numeral is never written so alone.
        if a == b && self.is_word(a) && praised_verb(self.raw(a)) {
            return 1;
        }
        // «شرطة وست ميدلاندز», «مقاطعة وست ساسكس»: «وست» is the transliterated English
        // "West" of a place name, which the number reader splits into و + ست (six).
        if a == b && self.west_of_a_name(a) {
            return 1;
        }
        // «قبل ثلاثة أعوام ونصف تقريبا», «ساعتين وربع»: a fraction joined by و to a
        // time unit completes the duration (the time extractor's), even with a hedge
        // after it; it is no half of anything on its own.
        if a == b && self.fraction_after_time_unit(a) {
            return 1;
        }
        // «7 من كل 10 طلاب» (seven out of every ten students): one count, the first
        // figure, in the noun of the second; «كل 10» alone is no count.
        if let Some(q) = self.out_of_every(nums, ranges, k) {
            out.push(q);
            return 2;
        }
        // «في عمر الـ 85 أحمد يعود», «في سن الـ70 الرئيس»: an age (a duration, the
        // time extractor's), never a count of the word after it.
        if self.age_before(a) {
            return 1;
        }
        // الـ21 after a definite noun (القرن الـ21، الذكرى الـ70، الدول الـ3): an ordinal
        // or an attributive numeral; the word after it is not its counted noun.
        let article_ordinal =
            self.article_glued(a) && self.f(a - 1) == "ال" && self.definite_word_before(a - 1);
        // A definite numeral follows its noun (الدول الثلاث): the noun is not after it.
        // واحد من / إحدى is "one of", not a count.
        if self.is_word(a) {
            let f = self.f(a);
            // Not before its scale word: «الستة مليارات دولار» is the six billion dollars.
            if khabar_text::numbers::number_word(self.raw(a), f).is_some_and(|n| n.def)
                && !self.compared_tens(a, b)
                && !(b > a && self.scale_of(b) > 1.0)
            {
                if a == b {
                    if let Some(q) = m.value.and_then(|v| self.postposed_count(a, v)) {
                        out.push(q);
                    }
                }
                return 1;
            }
            // (And «واحد منهم/منها», "one of them"; behind a preposition too: «قام
            // بواحد من أكبر التعديلات», «يعد كواحد من أبرز المدربين».)
            let one = ["", "ب", "ك", "ل", "و", "ف", "وب", "فب", "وك", "ول"]
                .iter()
                .any(|p| {
                    f.strip_prefix(p)
                        .is_some_and(|r| matches!(r, "واحد" | "واحده"))
                });
            if one && (self.f(b + 1) == "من" || self.of_them_after(b)) {
                return 1;
            }
            // «وأحد أبرز المسؤولين», «وإحدى الدول»: و + أحد/إحدى is "and one of" (the
            // number reader folds وأحد to واحد).
            if a == b && and_one_of(self.raw(a)) {
                return 1;
            }
        }
        // واحد/واحدة follows the noun it counts (جندي واحد، نقطة واحدة): the word after
        // it is not its unit («قصة واحدة ينبغي», «واحد فيهم»).
        // (وواحد: no noun before it.)
        let mut lone_one = a == b && matches!(self.f(a), "وواحد" | "وواحده");
        // («واحدا في المئة»: one percent, whatever comes before it.)
        if a == b
            && matches!(self.f(a), "واحد" | "واحده")
            && !matches!(self.unit_at(b + 1), Some((Unit::Percent, _)))
        {
            match self.one_after_noun(a) {
                OneAfter::Count(q) => {
                    out.push(q);
                    return 1;
                }
                OneAfter::NotCount => return 1,
                OneAfter::NoNoun => lone_one = true,
            }
        }
        let mut start = m.span.start;
        let mut value = m.value;
        let mut low = None;
        let mut high = None;
        let mut qual: Option<Qual> = None;
        let mut is_range = false;
        let mut hyphen_range = false;
        let mut used = 1;
        let mut last = b;
        // Currency symbol before: $10, $ 10.
        let mut unit: Option<(Unit, usize)> = None;
        let mut sym_before = false;
        if a > 0 && self.joined(a) {
            if let Some(u) = self.sym(a - 1).and_then(currency_symbol_unit) {
                start = self.item(a - 1).map_or(start, |it| it.span.start);
                unit = Some((u, b));
                sym_before = true;
            }
        }
        let cue_at = if sym_before { a - 1 } else { a };
        // Ranges.
        if let (Some(m2), Some(&(a2, b2))) = (nums.get(k + 1), ranges.get(k + 1)) {
            if m2.kind != NumberKind::Ordinal {
                // 2.6% إلى 100.2 نقطة: a percentage and a count of another unit are a
                // change, not a range.
                let pct = |i: usize| matches!(self.sym(i), Some('%' | '٪'));
                let unit_clash = pct(b + 1)
                    && !pct(b2 + 1)
                    && self
                        .unit_at(b2 + 1)
                        .is_some_and(|(u, _)| !matches!(u, Unit::Percent));
                let range = if unit_clash {
                    None
                } else {
                    self.range_between(cue_at, b, a2, m2)
                };
                // «من 20% إلى 10%», «بين 39 و30»: a falling figure is a change between
                // two values, not a range (a descending dash pair is a score, below).
                let dashed = self.dash(b + 1) || self.sym(b + 1) == Some('~');
                let falling = !dashed
                    && matches!((value, m2.value), (Some(l), Some(h)) if l > h)
                    && (self.scale_of(b2) <= 1.0 || self.has_scale(a, b));
                if let Some(range_start) = range.filter(|_| !falling) {
                    is_range = true;
                    hyphen_range = self.dash(b + 1) || self.sym(b + 1) == Some('~');
                    used = 2;
                    low = value;
                    high = m2.value;
                    // بين 370 و590 مليون: the low end shares the high end's scale.
                    if let (Some(l), Some(h)) = (low, high) {
                        let scale = self.scale_of(b2);
                        if scale > 1.0
                            && l * scale <= h
                            && l < h / scale * 10.0
                            && !self.has_scale(a, b)
                        {
                            low = Some(l * scale);
                        }
                    }
                    value = None;
                    // «للعام الدراسي 2018-2019 سعيا», «السنة المالية 2017-2018
                    // بأكملها»: a school or fiscal year, not a range counting a noun.
                    if hyphen_range && self.year_pair(&format!("{first}/{}", self.raw(b2)), '/') {
                        return used;
                    }
                    last = b2;
                    if let Some(rs) = range_start {
                        start = start.min(self.item(rs).map_or(start, |it| it.span.start));
                    }
                }
            }
        }
        if !is_range {
            if let Some((q, byte)) = self.pre_cue(cue_at) {
                qual = Some(q);
                start = byte;
            }
        } else if self.ages_before(cue_at) {
            // «تتراوح أعمارهن بين 17 و45»: an age range (the time extractor's).
            return used;
        }
        // «مدرب فريق تحت 21», «منتخب دون 17 عاما»: an age group names a team.
        if qual == Some(Qual::LessThan) && self.age_group(cue_at) {
            return used;
        }
        // مليون ونصف المليون، ثلاثة آلاف ونصف الألف: the scale repeated with the article
        // after the fraction belongs to the number.
        if last > a
            && matches!(strip_wa(self.f(last)), "نصف" | "ربع" | "ثلث")
            && self.joined(last + 1)
            && matches!(
                self.f(last + 1),
                "المليون" | "المليار" | "الالف" | "التريليون"
            )
        {
            last += 1;
        }
        // Unit after the (last) number; a currency symbol may sit between range parts.
        let mut j = last + 1;
        if unit.is_some() && self.sym(j).and_then(currency_symbol_unit).is_some() {
            j += 1;
            last += 1;
        }
        if unit.is_none() {
            unit = self.unit_at(j);
            // «إضافة إلى حوالي 16" طفلا»: a partial quote closed right after the
            // figure; the counted noun follows the mark (the span takes it in).
            if unit.is_none()
                && matches!(self.sym(j), Some('"' | '»' | '”'))
                && self.item(j).is_some_and(|it| it.gap == 0)
                && self.item(j + 1).is_some_and(|it| it.gap > 0)
                && !(self.item(a).is_some_and(|it| it.gap == 0)
                    && matches!(self.sym(a.wrapping_sub(1)), Some('"' | '«' | '“')))
                // Only a quoted figure: after a hedge or «أو» («400 أو 500" شخص»); a
                // title's number («"جنيف 2" بات», «"كلبش 2" لأمير») is not one.
                && (qual.is_some() || (a > 0 && self.joined(a) && self.f(a - 1) == "او"))
            {
                unit = self
                    .unit_at(j + 1)
                    .filter(|(u, _)| matches!(u, Unit::Noun(_)));
            }
            if lone_one && matches!(unit, Some((Unit::Noun(_), _))) {
                unit = None;
            }
            // «يضم الفريق «4» لاعبين», «حصلت على 8 «مقاعد»»: guillemets (or quotes)
            // around the figure alone, or around its noun alone, set off the word
            // for emphasis; the count reads through them. (The span takes the marks
            // in.)
            let open = |c: Option<char>| matches!(c, Some('«' | '"' | '“'));
            let close = |c: Option<char>| matches!(c, Some('»' | '"' | '”'));
            let glued = |i: usize| self.item(i).is_some_and(|it| it.gap == 0 && it.joined);
            if unit.is_none() && !lone_one {
                let figure_quoted = cue_at == a
                    && a > 0
                    && open(self.sym(a - 1))
                    && glued(a)
                    && close(self.sym(j))
                    && glued(j);
                let noun_quoted = open(self.sym(j))
                    && self.joined(j)
                    && self.item(j).is_some_and(|it| it.gap > 0)
                    && self.is_word(j + 1)
                    && glued(j + 1)
                    && close(self.sym(j + 2))
                    && glued(j + 2);
                // (A figure in digits: «"الفان"» is the van, not two thousand.)
                let digits = self.item(a).is_some_and(|it| it.kind == ItemKind::Digits);
                let counted = |u: &Unit| match u {
                    Unit::Noun(n) => self.counted_form(j + 1, n, value, self.has_scale(a, b)),
                    _ => false,
                };
                if figure_quoted && digits && self.is_word(j + 1) {
                    unit = self
                        .unit_at(j + 1)
                        .filter(|(u, e)| *e == j + 1 && counted(u));
                    if unit.is_some() && qual.is_none() {
                        start = self.item(a - 1).map_or(start, |it| it.span.start);
                    }
                } else if noun_quoted {
                    unit = self
                        .unit_at(j + 1)
                        .filter(|(u, e)| *e == j + 1 && counted(u))
                        .map(|(u, _)| (u, j + 2));
                }
            }
        }
        // «وكذلك ألف سامي كتابا»: the verb ألّف ("wrote") before a name, not a
        // thousand of it; a counted noun takes the article in news text (ألف شخص),
        // a first name does not.
        if a == b && qual.is_none() && !is_range && strip_wa(self.f(a)) == "الف" {
            if let Some((Unit::Noun(_), e)) = &unit {
                let lex = khabar_text::lexicon::Lexicon::get();
                let common = lex.count(&khabar_text::lexicon::lexfold_str(&base_letters(
                    self.raw(*e),
                ))) >= MIN_STEM;
                if *e == a + 1 && common && !dual::takes_article(self.raw(*e)) {
                    return used;
                }
            }
        }
        // «ألف مبروك», «ألف شكر», «ألف سلامة», «مليون تحية»: a bare thousand or million
        // before a word of greeting, thanks or blessing is a formula ("many thanks",
        // "get well soon"), not a count of it.
        if qual.is_none()
            && !is_range
            && (a..=b).all(|i| self.is_word(i) && matches!(strip_wa(self.f(i)), "الف" | "مليون"))
        {
            if let Some((Unit::Noun(_), e)) = &unit {
                if *e == b + 1 && GREETINGS.contains(&strip_wa(self.f(*e))) {
                    return used;
                }
            }
        }
        // «مليونا لاجئ», «ألفا جندي»: the nominative dual of a scale word in construct
        // (its ن dropped) before the counted noun is two of them. The accusative
        // singular has the same letters but comes after a number («11 مليونا») or
        // before «من» («جمع مليونا من الدولارات»), never in construct, and may carry
        // its tanween (مليوناً).
        if a == b && qual.is_none() && !is_range {
            // (The tanween test after the word test: asked first, it rescanned every item,
            // a long run of digits once for each number the reader cut from it.)
            let scale = match strip_wa(self.f(a)) {
                "الفا" => Some(1e3),
                "مليونا" => Some(1e6),
                "مليارا" => Some(1e9),
                _ => None,
            }
            .filter(|_| !self.raw(a).contains('\u{064B}'));
            let construct =
                matches!(&unit, Some((Unit::Noun(_) | Unit::Currency(_), e)) if *e == a + 1);
            let number_before = a > 0
                && self.joined(a)
                && (matches!(self.item(a - 1).map(|it| it.kind), Some(ItemKind::Digits))
                    || khabar_text::numbers::number_word(self.raw(a - 1), self.f(a - 1)).is_some());
            if let Some(sc) = scale.filter(|_| construct && !number_before) {
                if value == Some(sc) {
                    value = Some(2.0 * sc);
                }
            }
        }
        // «ليرتفع إلى 45 عدد الضحايا»: the number before «عدد + definite plural» it
        // gives (the subject after its predicate); the unit is the plural's singular.
        if unit.is_none()
            && a > 0
            && self.f(a - 1) == "الي"
            && self.f(j) == "عدد"
            && self.joined(j)
            && self.joined(j + 1)
            && self.is_word(j + 1)
            && self.f(j + 1).starts_with("ال")
        {
            if let Some(n @ Unit::Noun(_)) = self.noun(j + 1) {
                unit = Some((n, j + 1));
            }
        }
        // «(18) شخصا», «مسافة (3) كم», «(409) ألف طن»: a figure in brackets before its
        // unit (or scale and unit).
        if unit.is_none() && !is_range {
            if let Some((u, e, scale)) = self.bracketed_unit(nums, ranges, k, cue_at, last) {
                unit = Some((u, e));
                if qual.is_none() {
                    start = self.item(cue_at - 1).map_or(start, |it| it.span.start);
                }
                if let Some(s) = scale {
                    value = value.map(|v| v * s);
                    used = 2;
                }
            }
        }
        let mut end_item = match &unit {
            Some((_, e)) if !sym_before => *e,
            _ => last,
        };
        if let Some((Unit::Time, e)) = unit {
            // «32.4 مليار عام 2016»: the year of an amount, not "32.4 billion years".
            let year_next = self.item(e + 1).is_some_and(|it| {
                it.joined
                    && it.kind == ItemKind::Digits
                    && khabar_text::numbers::parse_number(it.span.slice(self.text))
                        .is_some_and(|y| y.fract() == 0.0 && (1900.0..=2100.0).contains(&y))
            });
            if !(year_next && e == j && matches!(self.f(e), "عام" | "العام" | "سنه")) {
                return used;
            }
            unit = None;
            end_item = last;
        }
        // A fraction word before a noun is a part of it, not a count of it: نصف صناديق
        // الاقتراع (half of the boxes), ربع نهائي (quarter-final), ثلثي الأعضاء.
        let fraction_word = !is_range
            && value.is_some_and(|v| v > 0.0 && v < 1.0)
            && (a..=b).all(|i| self.is_word(i));
        if fraction_word && matches!(unit, Some((Unit::Noun(_), _))) {
            unit = None;
            end_item = last;
        }
        // «ثلثا الموظفين», «ربع الناخبين», «أكثر من ثلث التلميذات»: a half, third or
        // quarter of a definite plural is a share of a counted whole; the plural is
        // its unit.
        if fraction_word && unit.is_none() {
            if let Some((u, e)) = self.fraction_whole(a, last, value) {
                unit = Some((u, e));
                end_item = e;
            }
        }
        if article_ordinal && matches!(unit, None | Some((Unit::Noun(_), _))) {
            // «المنتخبات الـ 32», «الدول ال27»: after a definite plural (not a singular
            // like الذكرى، المادة) the figure counts that plural.
            if a == b && !is_range && qual.is_none() {
                if let Some(q) = value
                    .filter(|v| v.fract() == 0.0 && (2.0..1000.0).contains(v))
                    .and_then(|v| self.postposed_count_from(a - 1, a, v))
                {
                    out.push(q);
                }
            }
            return used;
        }
        // 3 نقطة 5 is a decimal written out ("three point five"), not 3 points.
        if let Some((Unit::Noun(n), e)) = &unit {
            let digits_next = self
                .item(e + 1)
                .is_some_and(|it| it.joined && it.kind == ItemKind::Digits);
            if n == "نقطة" && digits_next {
                return used;
            }
        }
        // A Latin word or a hyphenated name glued after the number (4G, 737-800).
        if unit.is_none()
            && self
                .item(last + 1)
                .is_some_and(|it| it.gap == 0 && it.kind == ItemKind::Latin)
        {
            return used;
        }
        // Cents: 20 دولار و43 سنت.
        if let Some((Unit::Currency(_), e)) = &unit {
            if let Some((extra, e2)) = self.cents_after(*e) {
                if let Some(v) = value.as_mut() {
                    *v += extra;
                }
                end_item = e2;
            }
        }
        if let Some((Unit::Currency(c), e)) = &unit {
            if c == "USD-cent" {
                value = value.map(|v| v / 100.0);
                low = low.map(|v| v / 100.0);
                high = high.map(|v| v / 100.0);
                unit = Some((Unit::Currency("USD".into()), *e));
            }
        }
        // Below zero: 2 تحت الصفر.
        if self.f(end_item + 1) == "تحت"
            && self.f(end_item + 2) == "الصفر"
            && self.joined(end_item + 2)
        {
            value = value.map(|v| -v);
            end_item += 2;
            if unit.is_none() {
                unit = Some((Unit::Measure("°"), end_item));
            }
        }
        // «42 كيلومترا ونصف», «مليون طن ونصف», «3 ملايين دولار ونصف»: a fraction after
        // a measure or currency completes the figure (of the scale when there is one:
        // one and a half million tons), and a hedge after it is the figure's. So after
        // a counted noun: «خمس مرات ونصف» (five and a half times), «ثلاث دورات ونصف».
        if !is_range
            && matches!(
                unit,
                Some((Unit::Measure(_) | Unit::Currency(_) | Unit::Noun(_), _))
            )
        {
            if let (Some(v), Some((j, frac))) = (value, self.and_fraction(end_item)) {
                if v.fract() == 0.0 && self.is_word(j) && self.fraction_ends(j + 1) {
                    let scale = self.scale_of(last).max(1.0);
                    value = Some(v + frac * scale);
                    end_item = j;
                }
            }
        }
        // «ثماني جثث متفحمة على الأقل»: one indefinite adjective of the counted noun
        // may stand before a «على الأقل/على الأكثر/تقريبا» hedge.
        let post = self
            .post_cue(end_item + 1)
            .or_else(|| {
                let adj = end_item + 1;
                let noun = matches!(unit, Some((Unit::Noun(_), _))) && !is_range;
                let adjective = noun
                    && self.is_word(adj)
                    && self.joined(adj)
                    && !self.f(adj).starts_with("ال")
                    && self.f(adj).chars().count() >= 4
                    && khabar_text::numbers::number_word(self.raw(adj), self.f(adj)).is_none();
                adjective
                    .then(|| self.post_cue(adj + 1))
                    .flatten()
                    .filter(|_| matches!(self.f(adj + 1), "علي" | "تقريبا"))
            })
            .or_else(|| {
                // «مقتل 4 من الركاب في الحافلة على الأقل»: one «في + definite noun» (or a
                // glued «بال/في» noun) of the counted noun may stand before «على الأقل/على
                // الأكثر»; the hedge still bounds the count. (Only after a partitive
                // «N من NOUN», as the review asked: a direct «5 أشخاص في الغارة على
                // الأقل» stays exact, as session 9 decided.)
                let p = end_item + 1;
                let noun = matches!(unit, Some((Unit::Noun(_), _))) && !is_range;
                let partitive = self.f(last + 1) == "من";
                if !(noun && partitive && self.is_word(p) && self.joined(p)) {
                    return None;
                }
                let fp = self.f(p);
                let hedge_at = if fp == "في"
                    && self.is_word(p + 1)
                    && self.joined(p + 1)
                    && self.f(p + 1).starts_with("ال")
                {
                    p + 2
                } else if fp.starts_with("بال") && fp.chars().count() >= 5 {
                    p + 1
                } else {
                    return None;
                };
                (self.f(hedge_at) == "علي")
                    .then(|| self.post_cue(hedge_at))
                    .flatten()
            });
        if let Some((q, i)) = post {
            // "يساوي 5000 أو أقل", "حوالي 500 أو أقل": the bound wins; but in
            // "5000 أو أقل من 6000" the cue starts another quantity.
            let weak = matches!(qual, None | Some(Qual::Exact) | Some(Qual::Approximately));
            // «61 قتيلا وأكثر من 2000 جريح»: وأكثر + من/عن + number is the hedge of
            // the next figure.
            let number_at = |x: usize| ranges.iter().any(|&(a2, _)| a2 == x);
            let starts_next = (self.f(i) == "من" && number_at(i + 1))
                || (matches!(self.f(i + 1), "من" | "عن")
                    && self.joined(i + 1)
                    && (number_at(i + 2)
                        || (self.f(i + 2) == "ال"
                            && self.article_glued(i + 3)
                            && number_at(i + 3))));
            if weak && !is_range && !starts_next {
                qual = Some(q);
                end_item = i;
                // «25 على الأقل من أفراد الشرطة»: a partitive «من + noun» after the
                // hedge gives the counted noun, as it does right after the figure.
                if unit.is_none() && self.f(i + 1) == "من" {
                    if let Some((u @ Unit::Noun(_), e)) = self.unit_at(i + 1) {
                        unit = Some((u, e));
                        end_item = e;
                    }
                }
            }
        }
        // نسبة 10, بالمائة 10: a percentage named before the number.
        // A following noun is not the unit then (نسبة ١٠ من العدد, نسبة 22 كفاية).
        // «أعلى بنسبة ثلاثة أضعاف» (three times higher): a multiple, not a percentage.
        let multiple = matches!(&unit, Some((Unit::Noun(_), e))
            if matches!(self.f(*e), "اضعاف" | "ضعف" | "ضعفا" | "مرات" | "مره"));
        let weak_unit = matches!(unit, None | Some((Unit::Noun(_), _))) && !multiple;
        if weak_unit && cue_at > 0 && self.joined(cue_at) && self.is_word(cue_at - 1) {
            let p = strip_wa(self.f(cue_at - 1));
            if matches!(p, "نسبه" | "بنسبه" | "بالمايه" | "بالميه") {
                // «فاز بنسبة 365 الى 173 في المجمع الانتخابي»: a ratio of two counts
                // (votes), no percentage, when the second figure has no percent mark.
                let ratio = unit.is_none()
                    && !is_range
                    && self.joined(last + 1)
                    && self.f(last + 1) == "الي"
                    && ranges.iter().any(|&(a2, b2)| {
                        a2 == last + 2
                            && self.joined(a2)
                            && !matches!(self.unit_at(b2 + 1), Some((Unit::Percent, _)))
                    });
                if ratio {
                    return used;
                }
                if unit.is_some() {
                    end_item = last;
                }
                unit = Some((Unit::Percent, end_item));
                if qual.is_none() && !is_range {
                    start = self.item(cue_at - 1).map_or(start, |it| it.span.start);
                }
            }
        }
        let mut unit_name = unit.as_ref().and_then(|(u, _)| u.name());
        let mut of_them = false;
        // «850 مليونا من القروض», «900 مليون كمساعدات»: a sum in a money-kind noun is in
        // the currency of the amounts before it, not a count of loans (null without one).
        let money_kind = matches!(&unit, Some((Unit::Noun(_), e)) if self.scale_of(last) > 1.0
            && self.money_kind_after(last, *e));
        if money_kind {
            unit = None;
            unit_name = self.previous_currency(start, out);
        }
        // «المشتركين البالغ عددهم 3.5 مليار»: the number of a relative «البالغ عددهم».
        if unit_name.is_none() && !is_range && !matches!(unit, Some((Unit::Time, _))) {
            if let Some(u) = self.relative_count_unit(cue_at, qual.is_some()) {
                unit_name = Some(u);
            }
        }
        // «ارتفع عدد القتلى إلى 85»: a toll given by «عدد + NOUN … إلى N» counts that noun.
        if unit_name.is_none() && !is_range && qual.is_none() {
            if let Some(u) = self.count_head_unit(cue_at) {
                unit_name = Some(u);
            }
        }
        // زلزال بقوة 5.8 درجة (على مقياس ريختر): a magnitude, not degrees.
        if let Some((Unit::Measure("°"), e)) = &unit {
            if self.is_word(*e) && self.magnitude_context(cue_at, *e) {
                unit_name = Some("درجة".to_string());
            } else if self.temperature_context(cue_at) {
                // «بلغت درجة الحرارة 35 درجة»: degrees of heat are Celsius in Arabic news.
                unit_name = Some("°C".to_string());
            }
        }
        if unit_name.is_none() && !is_range && !lone_one {
            // 5 و7 ملايين دولار, 8.6 و72.3 و157.8 ملم: the unit (and scale) of the last
            // number of a coordinated list.
            if let Some((u, scale)) = self.shared_unit(nums, ranges, k) {
                unit_name = Some(u);
                if scale > 1.0 && !self.has_scale(a, b) && value.is_some_and(|v| v < 1000.0) {
                    value = value.map(|v| v * scale);
                }
            } else if let Some((u, e)) = self.elliptic_unit(last, start, out) {
                // وجرح 12 آخرين: the noun of the previous count in the sentence.
                unit_name = Some(u);
                end_item = e;
            } else if let Some(u) = self.out_of_unit(cue_at, start, out) {
                // «فاز في ثلاث مباريات من أصل 19»: the whole of the previous count.
                unit_name = Some(u);
            } else if let Some(u) = self.elliptic_currency(last, start, out) {
                // 500 مليار دولار … نحو 120 مليارا: the currency of the previous amount.
                unit_name = Some(u);
            } else if let Some(u) = self.against_unit(cue_at, start, out) {
                // «بخمسة أهداف مقابل ثلاثة», «210 أصوات مقابل 95»: the same unit.
                unit_name = Some(u);
            } else if let Some(u) = self.parallel_on_unit(cue_at, last, start, out) {
                // «حصل الأول على 120 مقعدا والثاني على 35»: the first clause's unit.
                unit_name = Some(u);
            } else if self.of_them_after(last) {
                // «اعتقل 9 أشخاص، 5 منهم أجانب»: a part of the previous count, in its
                // noun (null when there is none in the sentence).
                of_them = true;
                unit_name = self.antecedent_noun(start, out);
            } else if self.subset_before(cue_at, start, out) {
                // «أصيب 900 شخص، بينهم 300 في العاصمة», «9 آلاف جهاز منها 400 في
                // الصين»: the same, with «بينهم/منها» before the figure.
                of_them = true;
                unit_name = self.antecedent_noun(start, out);
            }
        }
        // Match scores written as ranges: 1-1, 4-1, بنتيجة 2-4. A descending pair is never
        // a range, even with a word after it (2 ـ 1 بلقاء العودة).
        if hyphen_range {
            let descending = matches!((low, high), (Some(l), Some(h)) if l >= h);
            if descending
                || (unit_name.is_none()
                    && (self.score_context(cue_at) || self.score_chain(a, last)))
            {
                return used;
            }
        }
        // Years and other bare numbers; but «وأصيب خمسة بجروح» counts people whose noun
        // is elided (the unit stays unknown).
        // So is a count right after a verb of casualty or arrest before a ب-phrase
        // («وأصيب اثنان بانفجار», «واعتقل 12 بتهمة التهريب»).
        let casualty_verb = cue_at > 0
            && self.joined(cue_at)
            && matches!(
                strip_wa(self.f(cue_at - 1)),
                "اصيب"
                    | "اصيبت"
                    | "قتل"
                    | "قتلت"
                    | "جرح"
                    | "جرحت"
                    | "اعتقل"
                    | "اعتقلت"
                    | "توفي"
            );
        // «واعتقل 14 بتهمة التجسس»: after a casualty or arrest verb a ب-word is the
        // preposition on a common noun (the charge, the weapon), not the counted noun,
        // even where the corpus knows the ب-form well; the count's noun is elided.
        if casualty_verb && !is_range {
            if let Some((Unit::Noun(_), e)) = &unit {
                let letters = base_letters(self.raw(*e));
                let lex = khabar_text::lexicon::Lexicon::get();
                let prep = *e == last + 1
                    && !self.t.plurals.contains_key(self.f(*e))
                    && letters.strip_prefix('ب').is_some_and(|r| {
                        let rc = lex.count(&khabar_text::lexicon::lexfold_str(r));
                        r.chars().count() >= 3
                            && rc >= MIN_STEM
                            && rc.saturating_mul(3)
                                > lex.count(&khabar_text::lexicon::lexfold_str(&letters))
                    });
                if prep && unit_name.is_some() && !money_kind {
                    unit_name = None;
                    end_item = last;
                }
            }
        }
        let wounded = self.joined(end_item + 1)
            && (matches!(self.f(end_item + 1), "بجروح" | "بجراح" | "باصابات")
                || (casualty_verb
                    && unit_name.is_none()
                    && !is_range
                    && self.is_word(end_item + 1)
                    && self.f(end_item + 1).starts_with('ب')
                    && !self.f(end_item + 1).starts_with("بال")));
        // «قتل شخص وأصيب أربعة آخرون»: «آخرين/آخرون» with no count before it to lend
        // a noun is still a count of people (the unit stays unknown); the word joins
        // the span as it does when the unit is carried.
        let others = unit_name.is_none()
            && !is_range
            && self.is_word(end_item + 1)
            && self.joined(end_item + 1)
            && matches!(
                strip_wa(self.f(end_item + 1)),
                // (And the dual after اثنان/اثنتان: «وأصيب اثنان آخران».)
                "اخرين" | "اخرون" | "اخران" | "اخريان" | "اخريين"
            );
        if others {
            end_item += 1;
        }
        // «وأصيب 52 ألفا», «نزح خمسون ألفا»: a scale word in the accusative of the
        // tamyiz (ألفا، مليونا) after a number has no noun after it by its very form
        // («52 ألف شخص» is the construct); the counted noun is elided (unit null).
        let elided_scale = unit_name.is_none()
            && last > a
            && matches!(self.f(last), "الفا" | "مليونا" | "مليارا")
            && self.scale_of(last) > 1.0;
        if unit_name.is_none()
            && qual.is_none()
            && !is_range
            && !wounded
            && !others
            && !elided_scale
            && !of_them
            && !money_kind
        {
            return used;
        }
        // A hedge read across an opening quote needs the unit inside the quote
        // (حوالي "100 مفتش"): «ما يزيد عن «ألف ألف جنيه»» is another number.
        let quoted = cue_at > 0
            && matches!(self.sym(cue_at - 1), Some('"' | '«' | '“' | '\''))
            && self.item(cue_at).is_some_and(|it| it.gap == 0);
        if quoted && unit_name.is_none() && !is_range {
            return used;
        }
        if self.looks_like_year(m, raw, a, &unit, qual) {
            return used;
        }
        if unit_name.is_none() && self.is_year_range(m, raw) {
            return used;
        }
        // «1829 - 1830 فنزويلا تنفصل عن …»: a dashed pair of years heading a timeline
        // entry, with a place name (the entry's subject) after it, is a period, not a
        // range counting that place.
        if let (true, Some((Unit::Noun(_), e))) = (hyphen_range, &unit) {
            let year = |v: Option<f64>| {
                v.is_some_and(|v| v.fract() == 0.0 && (1000.0..=2100.0).contains(&v))
            };
            let lex = khabar_text::lexicon::Lexicon::get();
            if year(low)
                && year(high)
                && lex.is_name(&khabar_text::lexicon::lexfold_str(self.raw(*e)))
            {
                return used;
            }
        }
        // «النفط - 53.2 نقطة»: a sign followed by a space is a dash, except on a
        // temperature (- 3 درجات).
        let spaced_sign = raw.starts_with(['-', '–', '−'])
            && raw
                .trim_start_matches(['-', '–', '−'])
                .starts_with(char::is_whitespace);
        if spaced_sign && !is_range && !matches!(unit_name.as_deref(), Some("°" | "°C" | "°F")) {
            value = value.map(f64::abs);
            if start == m.span.start {
                let digits = raw.trim_start_matches(['-', '–', '−']).trim_start();
                start = m.span.start + (raw.len() - digits.len());
            }
        }
        let end = self.item(end_item).map_or(m.span.end, |it| it.span.end);
        let mut qualifier = if is_range {
            "range"
        } else {
            qual.unwrap_or(Qual::Exact).as_str()
        };
        // «متر و80 سم», «مترين و5 سنتيمترات», «1 متر و75 سم»: a length in metres and
        // centimetres is one quantity in metres, with the hedge before the metres.
        if unit_name.as_deref() == Some("cm")
            && !is_range
            && qual.is_none()
            && value.is_some_and(|v| (0.0..100.0).contains(&v))
        {
            if let Some((metres, first)) = self.metres_before(cue_at, ranges) {
                value = value.map(|cm| ((metres * 100.0 + cm) / 100.0 * 1e6).round() / 1e6);
                unit_name = Some("m".to_string());
                start = self.item(first).map_or(start, |it| it.span.start);
                if let Some((q, byte)) = self.pre_cue(first) {
                    qualifier = q.as_str();
                    start = byte;
                }
            }
        }
        let plural_count =
            |v: Option<f64>| v.is_some_and(|v| v.fract() == 0.0 && (3.0..=10.0).contains(&v));
        let plural_ctx = if is_range {
            plural_count(low) && plural_count(high)
        } else {
            plural_count(value)
        };
        if let (true, Some((Unit::Noun(_), e))) = (plural_ctx, &unit) {
            unit_name = unit_name.map(|u| plural_unit(self.t, u, self.raw(*e)));
        }
        out.push(RawQuantity {
            span: Span::new(start, end.max(m.span.end)),
            value,
            low,
            high,
            qualifier,
            unit: unit_name,
        });
        used
    }

    /// The metres of «متر و» / «مترين و» / «N متر و» before the centimetre figure at
    /// item `a`: (metres, first item of the metres).
    fn metres_before(&self, a: usize, ranges: &[(usize, usize)]) -> Option<(f64, usize)> {
        // The conjunction is its own item (و80) or glued to a number word (وثمانين).
        let mut m = a.checked_sub(1)?;
        if self.f(m) == "و" && self.joined(a) {
            m = m.checked_sub(1)?;
        } else if !self.raw(a).starts_with('و') {
            return None;
        }
        if !self.is_word(m) || !self.joined(m + 1) {
            return None;
        }
        match self.f(m) {
            "متر" | "مترا" => {
                // «N متر و…»: the figure before is the metres.
                if let Some(&(x, _)) = ranges.iter().find(|&&(_, y)| y + 1 == m) {
                    if self.joined(m) {
                        let v = self
                            .scan
                            .numbers
                            .iter()
                            .find(|n| self.item_range(n.span).0 == x)?
                            .value?;
                        return (v.fract() == 0.0 && v < 10.0).then_some((v, x));
                    }
                }
                Some((1.0, m))
            }
            "مترين" | "متران" => Some((2.0, m)),
            _ => None,
        }
    }

    /// The unit after a number in brackets (items `a..=last` of number `k`, `(` before
    /// `a`, `)` after `last`): the unit and its last item, and the scale when a scale
    /// word (number `k + 1`) comes first: «(409) ألف طن». Only a unit that cannot be a
    /// word of the sentence: %, a currency or measure, or a noun that shows it is
    /// counted (a plural or a known counted noun); «(75) سجل منها» and «(79) فارضا»
    /// are match minutes, «(1) الغفوة» a list number.
    fn bracketed_unit(
        &self,
        nums: &[NumberMatch],
        ranges: &[(usize, usize)],
        k: usize,
        a: usize,
        last: usize,
    ) -> Option<(Unit, usize, Option<f64>)> {
        let close = last + 1;
        if a == 0
            || self.sym(a - 1) != Some('(')
            || self.item(a).is_none_or(|it| it.gap != 0)
            || self.sym(close) != Some(')')
            || self.item(close).is_none_or(|it| it.gap != 0)
            || (a..=last).any(|i| self.item(i).is_none_or(|it| it.kind != ItemKind::Digits))
        {
            return None;
        }
        let mut j = close + 1;
        let mut scale = None;
        if let (Some(m2), Some(&(a2, b2))) = (nums.get(k + 1), ranges.get(k + 1)) {
            if a2 == j && a2 == b2 && self.scale_of(a2) > 1.0 && m2.kind == NumberKind::Cardinal {
                scale = Some(self.scale_of(a2));
                j = b2 + 1;
            }
        }
        let (u, e) = self.unit_at(j)?;
        let counted = match &u {
            Unit::Percent | Unit::Currency(_) | Unit::Measure(_) => true,
            Unit::Time => false,
            Unit::Noun(n) => {
                // (A tanween alone is not enough: «(79) فارضا» is a participle.)
                let f = self.f(j);
                self.t.singulars.contains(n.as_str())
                    || self.t.plurals.contains_key(f)
                    || (f.ends_with("ات") && f.chars().count() >= 5)
            }
        };
        counted.then_some((u, e, scale))
    }

    /// «5 و7 ملايين دولار», «8.6 و72.3 و157.8 ملم», «3 و4 في المئة»: number `k` followed
    /// by numbers joined with و or a comma, the last of which has a unit, shares that
    /// unit; returns it with the scale of the last number (ملايين). A counted noun is
    /// shared only by a list of plain digits that are not years.
    fn shared_unit(
        &self,
        nums: &[NumberMatch],
        ranges: &[(usize, usize)],
        k: usize,
    ) -> Option<(String, f64)> {
        const MAX_LIST: usize = 8;
        let plain = |i: usize, m: &NumberMatch| {
            let (a, b) = ranges.get(i).copied().unwrap_or((1, 0));
            a == b
                && self.item(a).is_some_and(|it| it.kind == ItemKind::Digits)
                && m.value.is_some_and(|v| !(1800.0..=2100.0).contains(&v))
        };
        let mut digits = plain(k, nums.get(k)?);
        for j in k..k + MAX_LIST {
            let (_, bj) = *ranges.get(j)?;
            let m2 = nums.get(j + 1)?;
            let (a2, b2) = *ranges.get(j + 1)?;
            if m2.kind == NumberKind::Ordinal {
                return None;
            }
            let mut c = bj + 1;
            let mut linked = false;
            if matches!(self.sym(c), Some(',' | '،')) && self.joined(c) {
                c += 1;
                linked = true;
            }
            if self.is_word(c) && self.joined(c) && self.f(c) == "و" {
                c += 1;
                linked = true;
            }
            // «53 الى 46 في المئة», «من 20 إلى 12%»: two figures of a falling change
            // (no range) or of a split share one percent sign; only a pair, and only
            // a percentage («365 الى 173 في المجمع» are votes).
            let mut to = false;
            if !linked && j == k && self.is_word(c) && self.joined(c) && self.f(c) == "الي" {
                c += 1;
                linked = true;
                to = true;
            }
            if !linked || c != a2 || !self.joined(a2) {
                return None;
            }
            digits &= plain(j + 1, m2);
            if let Some((u, _)) = self.unit_at(b2 + 1) {
                if to && !matches!(u, Unit::Percent) {
                    return None;
                }
                let shared = match &u {
                    Unit::Percent | Unit::Currency(_) | Unit::Measure(_) => true,
                    Unit::Noun(_) => digits,
                    Unit::Time => false,
                };
                return shared
                    .then(|| u.name().map(|n| (n, self.scale_of(b2))))
                    .flatten();
            }
        }
        None
    }

    /// «وجرح 12 آخرين»: a number followed by آخرين/أخرى counts more of the noun of the
    /// previous quantity in the same sentence. Returns that unit and the last item.
    fn elliptic_unit(
        &self,
        last: usize,
        start: usize,
        out: &[RawQuantity],
    ) -> Option<(String, usize)> {
        let e = last + 1;
        if !(self.is_word(e) && self.joined(e)) {
            return None;
        }
        if !matches!(
            strip_wa(self.f(e)),
            "اخرين" | "اخرون" | "اخري" | "اخريات" | "اخر" | "اخران"
        ) {
            return None;
        }
        self.antecedent_noun(start, out).map(|u| (u, e))
    }

    /// The counted noun of the nearest quantity before byte `start` in the same
    /// sentence (at most 120 characters between): a noun, not a currency or measure.
    fn antecedent_noun(&self, start: usize, out: &[RawQuantity]) -> Option<String> {
        // The nearest quantity before (dual nouns are all in `out` already).
        let prev = self.quantity_before(start, start, out, SENTENCE_END, 120)?;
        let unit = prev.unit.clone()?;
        // A counted noun (Arabic), not a currency code or a measurement symbol.
        let noun = unit.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c));
        noun.then_some(unit)
    }

    /// The quantity of `out` that ends nearest before byte `from`, when the text between
    /// its end and byte `start` holds none of `stops` and at most `max_chars` characters.
    fn quantity_before<'q>(
        &self,
        from: usize,
        start: usize,
        out: &'q [RawQuantity],
        stops: &[char],
        max_chars: usize,
    ) -> Option<&'q RawQuantity> {
        let prev = out
            .iter()
            .filter(|q| q.span.end <= from)
            .max_by_key(|q| q.span.end)?;
        let gap = self.text.get(prev.span.end..start)?;
        (!gap.contains(stops) && gap.chars().count() <= max_chars).then_some(prev)
    }

    /// «فاز في ثلاث مباريات من أصل 19», «سجل 7 أهداف من مجموع 12»: a number after من
    /// أصل/مجموع/إجمالي (item `a` is its first) with no unit of its own is a whole of
    /// which the previous quantity of the sentence (at most 80 characters before) is a
    /// part: it takes that quantity's unit.
    fn out_of_unit(&self, a: usize, start: usize, out: &[RawQuantity]) -> Option<String> {
        if a < 2 || !(self.joined(a) && self.joined(a - 1)) || self.f(a - 2) != "من" {
            return None;
        }
        if !matches!(self.f(a - 1), "اصل" | "مجموع" | "اجمالي") {
            return None;
        }
        let from = self.item(a - 2)?.span.start;
        self.quantity_before(from, start, out, SENTENCE_END, 80)?
            .unit
            .clone()
            .filter(|u| u != "%")
    }

    /// «فاز بخمسة أهداف مقابل ثلاثة», «حصل على 210 أصوات مقابل 95», «صوت 80 نائبا مع
    /// القرار مقابل 40»: a bare number right after «مقابل» (item `a` is its first) is
    /// counted in the unit of the quantity just before it in the sentence (at most 40
    /// characters between).
    fn against_unit(&self, a: usize, start: usize, out: &[RawQuantity]) -> Option<String> {
        if a < 1 || !self.joined(a) || strip_wa(self.f(a - 1)) != "مقابل" {
            return None;
        }
        let from = self.item(a - 1)?.span.start;
        let stops = ['.', '!', '؟', '?', '\n', '،', ',', '(', ')'];
        self.quantity_before(from, start, out, &stops, 40)?
            .unit
            .clone()
    }

    /// «حصل الحزب الأول على 120 مقعدا والثاني على 35», «نال المرشح على 52 في المئة
    /// ومنافسه على 48»: a bare number after «على» (item `a` is its first, `last` its
    /// last) that ends its clause, in a clause coordinated by و with one whose figure
    /// also follows «على» (at most 80 characters before, same sentence), shares that
    /// figure's unit: the verb and the unit are elided in the second clause.
    fn parallel_on_unit(
        &self,
        a: usize,
        last: usize,
        start: usize,
        out: &[RawQuantity],
    ) -> Option<String> {
        if a < 1 || !self.joined(a) || !self.is_word(a - 1) || self.f(a - 1) != "علي" {
            return None;
        }
        let e = last + 1;
        if self.joined(e) && self.is_word(e) && self.f(e) != "فقط" {
            return None;
        }
        let from = self.item(a - 1)?.span.start;
        let stops = ['.', '!', '؟', '?', '\n', '(', ')'];
        let prev = self.quantity_before(from, start, out, &stops, 80)?;
        let gap = self.text.get(prev.span.end..start)?;
        let before = self.text.get(..prev.span.start)?.trim_end();
        let on_before = before.strip_suffix("على").is_some_and(|h| {
            h.chars()
                .next_back()
                .is_none_or(|c| !khabar_text::lexicon::is_arabic_word_char(c))
        });
        (on_before && gap.trim_start().starts_with('و'))
            .then(|| prev.unit.clone())
            .flatten()
    }

    /// Is the word at item `a` «وست/ووست» the English "West" of a transliterated place
    /// name rather than و + ست (and six)? Six counts a plural noun in the genitive
    /// right after it (وست دول، وست سنوات), an Arabic word that the corpus also knows
    /// with the article (الدول، السنوات). A foreign name after «West» (ميدلاندز،
    /// ساسكس، يوركشاير، فرجينيا) is rare in the corpus and never takes «ال».
    fn west_of_a_name(&self, a: usize) -> bool {
        if !self.is_word(a) || !matches!(base_letters(self.raw(a)).as_str(), "وست" | "ووست")
        {
            return false;
        }
        let n = a + 1;
        if !(self.is_word(n) && self.joined(n)) {
            return false;
        }
        let w = self.f(n);
        if w.starts_with("ال") || self.t.not_nouns.contains(w) || w.chars().count() < 3 {
            return false;
        }
        let lex = khabar_text::lexicon::Lexicon::get();
        let letters = base_letters(self.raw(n));
        let bare = khabar_text::lexicon::lexfold_str(&letters);
        // (A known plural, a ات plural or a common word is a counted noun.)
        if self.t.plurals.contains_key(w) || w.ends_with("ات") || lex.count(&bare) >= 300 {
            return false;
        }
        lex.count(&format!("ال{bare}")) < 5
    }

    /// Is the number at item `a` «ونصف/وربع/وثلث» glued to the time unit before it
    /// («أعوام ونصف», «ساعتين وربع»)?
    fn fraction_after_time_unit(&self, a: usize) -> bool {
        let f = self.f(a);
        a > 0
            && self.is_word(a)
            && f.starts_with('و')
            && matches!(strip_wa(f), "نصف" | "ربع" | "ثلث")
            && self.joined(a)
            && self.is_word(a - 1)
            && self.t.time_units.contains(self.f(a - 1))
    }

    /// «7 من كل 10 طلاب», «تسعة من كل عشرة أشخاص»: the number `k` (N), «من كل» and
    /// the next number (M) with its unit are one count: N in the unit of M's noun.
    /// Nothing when M has no unit («9 من كل 10 يفضلون»): N alone is a bare figure.
    fn out_of_every(
        &self,
        nums: &[NumberMatch],
        ranges: &[(usize, usize)],
        k: usize,
    ) -> Option<RawQuantity> {
        let (m, &(a, b)) = (nums.get(k)?, ranges.get(k)?);
        let (m2, &(a2, _)) = (nums.get(k + 1)?, ranges.get(k + 1)?);
        if !(a2 == b + 3
            && self.f(b + 1) == "من"
            && self.f(b + 2) == "كل"
            && self.joined(b + 1)
            && self.joined(b + 2)
            && self.joined(a2))
        {
            return None;
        }
        // N is a part of M: never more than M.
        if !matches!((m.value, m2.value), (Some(n), Some(t)) if n > 0.0 && n <= t) {
            return None;
        }
        let mut tmp = Vec::new();
        self.number_quantity(nums, ranges, k + 1, &mut tmp);
        let whole = tmp
            .pop()
            .filter(|q| tmp.is_empty() && q.span.start == m2.span.start && q.value == m2.value)?;
        if !whole
            .unit
            .as_deref()
            .is_some_and(|u| u.chars().any(char::is_alphabetic))
        {
            return None;
        }
        let (qual, start) = self
            .pre_cue(a)
            .map_or((Qual::Exact, m.span.start), |(q, s)| (q, s));
        Some(RawQuantity {
            span: Span::new(start, whole.span.end),
            value: m.value,
            low: None,
            high: None,
            qualifier: qual.as_str(),
            unit: whole.unit,
        })
    }

    /// «بلغت 500 مليار دولار قبل أن تخسر نحو 120 مليارا»: an amount that ends in a scale
    /// word (مليارا، مليون) with no unit after it, shortly after an amount in a currency
    /// (same paragraph, at most 150 characters between), is in that currency.
    /// The indices of the quantities of `out` whose span ends in `lo..=hi`, by end and
    /// then by index (the order of a stable sort of `out` by end). `out` only grows while
    /// the numbers are read (nothing is removed or reordered before the final sort), so
    /// the index (`end_index`) takes in the new quantities at each call; the last one is
    /// left out of it and checked directly.
    fn amounts_ending_between(&self, out: &[RawQuantity], lo: usize, hi: usize) -> Vec<usize> {
        let mut index = self.end_index.borrow_mut();
        let (indexed, by_end) = &mut *index;
        let settled = out.len().saturating_sub(1);
        if *indexed > settled {
            // (Not expected: `out` shrank. Start the index again.)
            *indexed = 0;
            by_end.clear();
        }
        for (i, q) in out.iter().enumerate().take(settled).skip(*indexed) {
            let key = (q.span.end, i);
            let at = by_end.partition_point(|&k| k < key);
            by_end.insert(at, key);
        }
        *indexed = settled;
        let a = by_end.partition_point(|&(e, _)| e < lo);
        let b = by_end.partition_point(|&(e, _)| e <= hi);
        let mut found: Vec<(usize, usize)> = by_end.get(a..b).unwrap_or(&[]).to_vec();
        if let Some(q) = out.get(settled).filter(|q| (lo..=hi).contains(&q.span.end)) {
            found.push((q.span.end, settled));
            found.sort_unstable();
        }
        found.into_iter().map(|(_, i)| i).collect()
    }

    fn elliptic_currency(&self, last: usize, start: usize, out: &[RawQuantity]) -> Option<String> {
        if self.scale_of(last) <= 1.0 {
            return None;
        }
        // A word glued after the scale that could be a noun of its own: not elliptic.
        if self.is_word(last + 1)
            && self.joined(last + 1)
            && self
                .noun(last + 1)
                .is_some_and(|u| !matches!(u, Unit::Time))
            && !self.t.time_cues.contains(self.f(last + 1))
        {
            return None;
        }
        // The nearest amount in a currency, passing over a conversion in brackets
        // («3.4 تريليون جنيه (190 مليار دولار) ارتفاعا من 3.1 تريليون» is in pounds).
        let iso = |u: &str| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase());
        let bracketed = |q: &RawQuantity| {
            self.text
                .get(..q.span.start)
                .is_some_and(|t| t.trim_end().ends_with('('))
        };
        let mut found: Option<&RawQuantity> = None;
        // Quantities before the amount in text order (dual nouns came first in `out`).
        // (Only those within 150 characters, at most 600 bytes, can be taken: the loop
        // below stops at the first farther one. They are found in an index of `out` by
        // end, kept up to date as `out` grows, so a long document's thousands of
        // amounts are not all looked at once per amount.)
        let before: Vec<&RawQuantity> = self
            .amounts_ending_between(out, start.saturating_sub(600), start)
            .into_iter()
            .filter_map(|i| out.get(i))
            .collect();
        for q in before.into_iter().rev().take(3) {
            let gap = self.text.get(q.span.end..start)?;
            // Same sentence, and no count named in between (عدد المصانع يقدر بـ 8 آلاف).
            // (A decimal point is not a full stop: «بنسبة 11.5% مقابل».)
            let gap_chars: Vec<char> = gap.chars().collect();
            let same_sentence = !gap_chars.iter().enumerate().any(|(i, &c)| {
                matches!(c, '!' | '?' | '؟' | '\n')
                    || (c == '.'
                        && !(i > 0
                            && gap_chars.get(i - 1).is_some_and(char::is_ascii_digit)
                            && gap_chars.get(i + 1).is_some_and(char::is_ascii_digit)))
            });
            let counted = khabar_text::numbers::fold_word(gap).contains("عدد");
            if !same_sentence || counted || gap.chars().count() > 150 {
                break;
            }
            // A rate of change in between is passed over («… 36 مليار دولار، متراجعة
            // بنسبة 11.5% مقابل 32.4 مليار»).
            if found.is_none() && q.unit.as_deref() == Some("%") {
                continue;
            }
            if !q.unit.as_deref().is_some_and(iso) {
                // The nearest amount is not in a currency: no currency to carry over.
                found?;
                break;
            }
            let first = found.is_none();
            if first || !bracketed(q) {
                found = Some(q);
            }
            if !bracketed(q) {
                break;
            }
        }
        found.and_then(|q| q.unit.clone())
    }

    /// The scale value of a scale word at item `i` (1 when none).
    fn scale_of(&self, i: usize) -> f64 {
        match khabar_text::numbers::number_word(self.raw(i), self.f(i)).map(|w| w.word) {
            Some(khabar_text::numbers::Word::Scale(s, _)) => s,
            _ => 1.0,
        }
    }

    /// Is item `i` the dual of a scale word (ألفين، مليوني، ملياري)?
    fn dual_scale(&self, i: usize) -> bool {
        matches!(
            khabar_text::numbers::number_word(self.raw(i), self.f(i)).map(|w| w.word),
            Some(khabar_text::numbers::Word::Scale(s, khabar_text::numbers::Form::Dual)) if s >= 1000.0
        )
    }

    fn has_scale(&self, a: usize, b: usize) -> bool {
        (a..=b).any(|i| self.scale_of(i) > 1.0)
    }

    fn is_year_range(&self, m: &NumberMatch, raw: &str) -> bool {
        m.value
            .is_some_and(|v| (1800.0..=2100.0).contains(&v) && v.fract() == 0.0)
            && raw.chars().count() == 4
            && raw
                .chars()
                .all(|c| khabar_text::numbers::digit_value(c).is_some())
    }

    /// A year used as a date: 4 digits 1800–2100 after a time cue, or with a
    /// noun that is not clearly counted.
    fn looks_like_year(
        &self,
        m: &NumberMatch,
        raw: &str,
        a: usize,
        unit: &Option<(Unit, usize)>,
        qual: Option<Qual>,
    ) -> bool {
        if !self.is_year_range(m, raw) {
            return false;
        }
        if a > 0 && self.joined(a) && self.is_word(a - 1) {
            let p = self.f(a - 1);
            if self.t.time_cues.contains(p)
                || self.t.time_cues.contains(strip_wa(p))
                || self.t.months.contains(p)
            {
                return true;
            }
            // «مونديال 2018 ضربة قاسية», «يورو 2016 مباراة», «كأس العالم 2014 لاعبا»:
            // the year of a named event; the noun after it is the sentence's, not counted.
            if qual.is_none()
                && matches!(unit, None | Some((Unit::Noun(_), _)))
                && self.event_before(a)
            {
                return true;
            }
        }
        match unit {
            Some((Unit::Noun(n), e)) => {
                // Accept a noun we know, or an accusative singular (2000 مسلحا).
                let known = self.t.singulars.contains(n.as_str())
                    || self.raw(*e).ends_with('ا')
                    || self.raw(*e).ends_with('\u{064B}');
                !(known || qual.is_some())
            }
            Some(_) => false,
            None => qual.is_none(),
        }
    }

    /// Is the word before item `a` the name of a recurring event that takes its year
    /// (مونديال، يورو، أولمبياد، بطولة، موسم، نسخة، كأس العالم، انتخابات)?
    fn event_before(&self, a: usize) -> bool {
        const EVENTS: &[&str] = &[
            "مونديال",
            "يورو",
            "اولمبياد",
            "بطوله",
            "موسم",
            "نسخه",
            "انتخابات",
            "دوره",
            "اولمبيات",
            "كاس",
        ];
        // Festivals, fairs and summits named by a word after them: «مهرجان كان 2018»,
        // «معرض دبي 2020», «قمة العشرين 2019».
        const NAMED: &[&str] = &["مهرجان", "معرض", "منتدي", "قمه", "موتمر", "ملتقي"];
        let head = |i: usize| {
            let p = strip_wa(self.f(i));
            let p = p.strip_prefix(['ب', 'ل']).unwrap_or(p);
            p.strip_prefix("ال").unwrap_or(p).to_string()
        };
        if a >= 2
            && self.joined(a - 1)
            && self.is_word(a - 2)
            && NAMED.contains(&head(a - 2).as_str())
        {
            return true;
        }
        let p = head(a - 1);
        let p = p.as_str();
        EVENTS.contains(&p)
            || (p == "عالم"
                && a >= 2
                && self.joined(a - 1)
                && strip_wa(self.f(a - 2)).ends_with("كاس"))
    }

    /// Is item `a` (digits) glued to a preceding article: الـ10، والـ70، بالـ20?
    fn article_glued(&self, a: usize) -> bool {
        a > 0
            && self.item(a).is_some_and(|it| {
                // الـ20, or الـ 20 (the tatweel shows the article is cut from its word).
                (it.gap == 0 || self.raw(a - 1).ends_with('\u{0640}'))
                    && it.kind == ItemKind::Digits
            })
            && self.is_word(a - 1)
            && matches!(strip_wa(self.f(a - 1)), "ال" | "بال" | "لل" | "كال" | "فال")
    }

    /// Is the word before item `i` a definite word (الذكرى، القرن، المركز)?
    fn definite_word_before(&self, i: usize) -> bool {
        if i == 0 || !self.joined(i) || !self.is_word(i - 1) {
            return false;
        }
        let f = strip_wa(self.f(i - 1));
        // بالذكرى، للقرن، كالدورة.
        let f = match f.strip_prefix(['ب', 'ك']) {
            Some(r) if r.starts_with("ال") => r,
            _ => f,
        };
        let f = match f.strip_prefix("لل") {
            Some(r) => r,
            // لـذكرى الـ 26: ل on a noun in construct with the numeral (not a verb in ي/ت).
            None => f.strip_prefix("ال").unwrap_or_else(|| {
                f.strip_prefix('ل')
                    .filter(|r| r.chars().count() >= 3 && !r.starts_with(['ي', 'ت', 'ن', 'ا']))
                    .unwrap_or("")
            }),
        };
        f.chars().count() >= 2
    }

    /// Digits at item `a` glued by a dash to digits before them («4-4-2», «3-5-2»,
    /// «9-1-1»): the tail of a formation, score or code whose head was not a range
    /// (a range takes both ends when its first number is read), never a count.
    fn dashed_chain_tail(&self, a: usize) -> bool {
        a >= 2
            && self
                .item(a)
                .is_some_and(|it| it.gap == 0 && it.kind == ItemKind::Digits)
            && matches!(self.sym(a - 1), Some('-' | '–'))
            && self.item(a - 1).is_some_and(|h| h.gap == 0)
            && self
                .item(a - 2)
                .is_some_and(|it| it.kind == ItemKind::Digits)
    }

    /// The second number of a score with a word (2-صفر، 3-صفر): digits, hyphen, number.
    fn is_score_tail(&self, a: usize) -> bool {
        a >= 2
            && self.is_word(a)
            && self.item(a).is_some_and(|it| it.gap == 0)
            && matches!(self.sym(a - 1), Some('-' | '–'))
            && self.item(a - 1).is_some_and(|it| it.gap == 0)
            && self
                .item(a - 2)
                .is_some_and(|it| it.kind == ItemKind::Digits)
    }

    /// «ثلثا السكان», «ثلاثة أرباع المستطلعين»: a fraction word of halves, thirds or
    /// quarters (items `a..=last`, value `value`) right before a definite plural noun
    /// that is neither a time unit nor a round of a cup (ربع النهائي، نصف النهائي).
    /// Not خمس/سبع/تسع/عشر (five/seven/nine/ten as often), nor a definite fraction
    /// (النصف الأول).
    fn fraction_whole(&self, a: usize, last: usize, value: Option<f64>) -> Option<(Unit, usize)> {
        let v = value?;
        let share = [0.5, 0.25, 0.75, 1.0 / 3.0, 2.0 / 3.0]
            .iter()
            .any(|s| (v - s).abs() < 1e-9);
        if !share || strip_wa(self.f(a)).starts_with("ال") {
            return None;
        }
        let e = last + 1;
        if !self.is_word(e) || !self.joined(e) {
            return None;
        }
        let f = self.f(e);
        let bare = f.strip_prefix("ال")?;
        // Cup rounds and races: نصف النهائي/النهائيات، ربع النهائي، نصف الماراثون.
        // A measure or currency (ونصف الطن) is an amount, not a whole of people or things.
        if bare.starts_with("نهاي")
            || bare.starts_with("ماراثون")
            || self.t.measure.contains_key(bare)
            || self.t.currency.contains_key(bare)
        {
            return None;
        }
        // An إفعال masdar (الإنفاق، الإنتاج) folds like an أفعال plural (أنفاق).
        let raw_bare = self.raw(e).strip_prefix("ال").unwrap_or("");
        if raw_bare.starts_with('إ') {
            return None;
        }
        let Some(Unit::Noun(n)) = self.noun(e) else {
            return None;
        };
        // A plural: a known broken plural or a sound plural whose singular is another
        // word (السكان → ساكن، الموظفين → موظف، الأسر → أسرة).
        let sound = ["ين", "ون", "ات"].iter().any(|x| bare.ends_with(x));
        let plural = !n.starts_with("ال")
            && khabar_text::numbers::fold_word(&n) != bare
            && (sound || self.t.plurals.contains_key(bare));
        plural.then_some((Unit::Noun(n), e))
    }

    /// Is the noun at item `e` (right after the scale word ending at item `last`, or
    /// after a partitive «من» there) a kind of money: «من القروض», «كمساعدات»?
    fn money_kind_after(&self, last: usize, e: usize) -> bool {
        let f = self.f(e);
        let f = if e == last + 2 && self.f(last + 1) == "من" && self.joined(e) {
            f.strip_prefix("ال").unwrap_or("")
        } else if e == last + 1 {
            f.strip_prefix('ك').unwrap_or("")
        } else {
            ""
        };
        MONEY_KINDS.contains(&f)
    }

    /// The currency of the nearest amount before byte `start`, in the same paragraph
    /// and at most 300 characters back.
    fn previous_currency(&self, start: usize, out: &[RawQuantity]) -> Option<String> {
        let iso = |u: &str| u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase());
        let prev = out
            .iter()
            .filter(|q| q.span.end <= start && q.unit.as_deref().is_some_and(iso))
            .max_by_key(|q| q.span.end)?;
        let gap = self.text.get(prev.span.end..start)?;
        (!gap.contains('\n') && gap.chars().count() <= 300).then(|| prev.unit.clone())?
    }

    /// «من المشتركين البالغ عددهم 3.5 مليار», «الطلاب البالغ عددهم 40», «مستخدمي
    /// فيسبوك البالغ عددهم 2.2 مليار», «اللاجئين الذين يبلغ عددهم نحو 5000»: a figure
    /// (item `a`, after one hedge word when `hedged`) right after «البالغ/يبلغ/بلغ +
    /// عددهم/عددها/عددهن» counts the plural before the relative (its singular), a
    /// definite plural or a plural in construct with the word after it.
    fn relative_count_unit(&self, a: usize, hedged: bool) -> Option<String> {
        let n = if hedged {
            a.checked_sub(2)?
        } else {
            a.checked_sub(1)?
        };
        let joined = |i: usize| self.joined(i) && self.is_word(i);
        if !(n >= 2 && joined(n) && joined(n - 1) && self.joined(n + 1)) {
            return None;
        }
        if !matches!(self.f(n), "عددهم" | "عددها" | "عددهن" | "عددهما") {
            return None;
        }
        let v = strip_wa(self.f(n - 1));
        if !matches!(
            v,
            "البالغ" | "البالغه" | "بلغ" | "يبلغ" | "تبلغ" | "بلغت" | "والبالغ" | "والبالغه"
        ) {
            return None;
        }
        // Back over «الذين/اللاتي/التي» to the plural, then its construct head.
        let mut k = n - 2;
        if joined(k + 1) && matches!(self.f(k), "الذين" | "اللاتي" | "اللواتي" | "التي")
        {
            k = k.checked_sub(1)?;
        }
        // «مراكز البيانات البالغ عددها»: a definite word after an indefinite plural is
        // its genitive; the plural before it is counted.
        // (With its proclitics off: «ولمراكز البيانات».)
        if k > 0
            && self.f(k).starts_with("ال")
            && self.joined(k)
            && self.is_word(k - 1)
            && !self.f(k - 1).starts_with("ال")
        {
            let (raw, f) = (self.raw(k - 1), self.f(k - 1));
            for p in ["", "و", "ل", "ب", "ول", "وب"] {
                let (Some(r), Some(g)) = (raw.strip_prefix(p), f.strip_prefix(p)) else {
                    continue;
                };
                // (A known plural only: «استخدمها المشرفون» is a verb and its subject.)
                if g.starts_with("ال") || g.chars().count() < 3 || !self.t.plurals.contains_key(g)
                {
                    continue;
                }
                if let Some(Unit::Noun(sg)) = self.noun_form(r, g) {
                    if khabar_text::numbers::fold_word(&sg) != g {
                        return Some(sg);
                    }
                }
            }
        }
        // (A word behind ل/ب — «لمستخدميها» — is read by neither branch.)
        if self.f(k).starts_with(['ل', 'ب']) && !self.f(k).starts_with("ال") {
            return None;
        }
        for (h, first) in [(k, true), (k.wrapping_sub(1), false)] {
            // (The construct head must be joined to its genitive; the word itself must
            // be a definite or known plural: «سكان تركيا» counts سكان, not تركيا.)
            let ok = self.is_word(h)
                && (first || (h != usize::MAX && self.joined(k)))
                && (!first
                    || self.f(h).starts_with("ال")
                    || self.t.plurals.contains_key(self.f(h)));
            if !ok {
                continue;
            }
            let f = self.f(h);
            // (A sound plural in construct drops its ن: مستخدمي فيسبوك → مستخدمين.)
            let noun = if !first && f.ends_with('ي') {
                self.noun_form(&format!("{}ن", self.raw(h)), &format!("{f}ن"))
            } else {
                self.noun(h)
            };
            if let Some(Unit::Noun(sg)) = noun {
                let bare = f.strip_prefix("ال").unwrap_or(f);
                if khabar_text::numbers::fold_word(&sg) != bare {
                    return Some(sg);
                }
            }
        }
        None
    }

    /// «ارتفع عدد القتلى إلى 85», «وهو ما يرفع عدد الضحايا في المدينة إلى 110»: a bare
    /// number after «إلى» (item `a` is its first) whose clause names «عدد + NOUN» and a
    /// verb of rising or reaching counts that noun (singular).
    fn count_head_unit(&self, a: usize) -> Option<String> {
        const VERBS: &[&str] = &[
            "ارتفع",
            "يرتفع",
            "ترتفع",
            "رفع",
            "يرفع",
            "ترفع",
            "وصل",
            "يصل",
            "تصل",
            "بلغ",
            "يبلغ",
            "تبلغ",
            "زاد",
            "يزيد",
            "تزيد",
            "قفز",
            "يقفز",
            "تقفز",
            "صعد",
            "يصعد",
            "تصعد",
            // Falling tolls and counts («تراجع عدد العاطلين إلى 40 ألفا»).
            "تراجع",
            "يتراجع",
            "انخفض",
            "ينخفض",
            "تنخفض",
            // Their masdars («ارتفاع عدد القتلى إلى 12», «بعد وصول عدد الجرحى إلى 40»).
            "ارتفاع",
            "وصول",
            "بلوغ",
            "انخفاض",
            "زياده",
        ];
        // «حصيلة» (a toll) counts only casualties: «ارتفعت حصيلة القتلى إلى 25», not
        // «رفع حصيلة الضرائب إلى 18 مليارا» (a revenue).
        const TOLL_NOUNS: &[&str] = &[
            "قتلي",
            "ضحايا",
            "وفيات",
            "اصابات",
            "جرحي",
            "مصابين",
            "موتي",
            "غرقي",
            "مفقودين",
        ];
        // «وبلغ عدد القتلى 85»: بلغ takes the figure as its object, without «إلى».
        let to = self.f(a.wrapping_sub(1)) == "الي";
        if a < if to { 4 } else { 3 } || !self.joined(a) || (to && !self.joined(a - 1)) {
            return None;
        }
        let reach = |i: usize| {
            let whole = self.f(i);
            let f = strip_wa(whole);
            let f = f.strip_prefix(['ل', 'ف']).unwrap_or(f);
            // (And «وصل»: «ووصل عدد المعتقلين 80», the figure as its object; its own
            // و is no conjunction.)
            matches!(
                f,
                "بلغ" | "يبلغ" | "تبلغ" | "بلغت" | "وصل" | "يصل" | "تصل" | "وصلت"
            ) || matches!(whole, "وصل" | "وصلت")
        };
        let a = if to { a } else { a + 1 };
        let verb = |i: usize| {
            let f = self.f(i);
            let bare = strip_wa(f);
            let bare = bare.strip_prefix(['ل', 'ف']).unwrap_or(bare);
            VERBS
                .iter()
                .any(|v| f.starts_with(v) || bare.starts_with(v))
        };
        // Back from «إلى» over at most seven words of one clause.
        let mut i = a - 1;
        let mut head = None;
        while i > 0 && a - i <= 8 {
            i -= 1;
            if !self.is_word(i) || !self.joined(i + 1) {
                break;
            }
            if let Some(u) = self.count_head_at(i, a, TOLL_NOUNS) {
                head = Some((i, u));
                break;
            }
            // Without «إلى» the figure is the object of «بلغ» in the same short
            // clause: not across a relative clause or a «بين» («بلغ عدد السفن … التي
            // تتراوح ما بين 100 -150 ألف طن»).
            if !to
                && (a - i > 5
                    || matches!(
                        strip_wa(self.f(i)),
                        "التي" | "الذي" | "الذين" | "اللتين" | "اللذين" | "بين" | "ما"
                    ))
            {
                break;
            }
        }
        let (h, unit) = head?;
        let verb_near = (h.saturating_sub(2)..a - 1)
            .any(|k| k != h && self.is_word(k) && if to { verb(k) } else { reach(k) });
        verb_near.then_some(unit)
    }

    /// The counted noun of a count head at item `h` whose figure starts at item `end`
    /// or later: «عدد + definite noun» («عدد القتلى»), «عدد + plural in construct
    /// with a definite word» («عدد قتلى الهجوم», «عدد مستخدمي الإنترنت»), or «حصيلة»
    /// before a casualty noun, definite or in construct («حصيلة القتلى», «حصيلة
    /// ضحايا السيول»).
    fn count_head_at(&self, h: usize, end: usize, toll_nouns: &[&str]) -> Option<String> {
        let head = strip_wa(self.f(h));
        let toll = head == "حصيله";
        if !(toll || head == "عدد") || h + 2 >= end || !self.is_word(h + 1) || !self.joined(h + 1)
        {
            return None;
        }
        let g = self.f(h + 1);
        let unit = if let Some(bare) = g.strip_prefix("ال") {
            if toll && !toll_nouns.contains(&bare) {
                return None;
            }
            self.noun(h + 1)?
        } else if let Some(u) = (!toll).then(|| self.possessed_plural(h + 1)).flatten() {
            // «يصل عدد متابعيه إلى 12 مليون»: a plural with a possessive pronoun
            // (متابعيه → متابع) is the counted noun.
            u
        } else {
            // An indefinite head noun: a plural in construct with a definite word
            // after it (not «عدد كبير من»; a time unit — «عدد ساعات العمل» — is no
            // counted noun).
            if h + 3 >= end
                || !(self.joined(h + 2) && self.is_word(h + 2) && self.f(h + 2).starts_with("ال"))
                || (toll && !toll_nouns.contains(&g))
            {
                return None;
            }
            self.partitive_construct(h + 1)?.0
        };
        match unit {
            Unit::Noun(n) => Some(n),
            _ => None,
        }
    }

    /// A match word shortly before item `a` (بنتيجة، فوزه، تعادل، خسارة …): X-Y is a score.
    fn score_context(&self, a: usize) -> bool {
        const STEMS: &[&str] = &[
            "نتيج",
            "فوز",
            "فاز",
            "تعادل",
            "خسار",
            "خسر",
            "هزيم",
            "هزم",
            "تغلب",
            "مباراه",
            "مباريات",
            "اهداف",
            "هدفين",
            "شوط",
            "مجموعات",
            "امام",
        ];
        // أمام right after the score: 1-3 أمام ريال مدريد.
        let after = self
            .ranges_end(a)
            .is_some_and(|e| self.is_word(e + 1) && self.f(e + 1) == "امام");
        // «خرج على يد البرازيل 1-2»: eliminated "at the hands of" a team.
        let at_hands = (a.saturating_sub(6)..a).any(|i| {
            i > 0
                && self.is_word(i)
                && matches!(self.f(i), "يد" | "يدي")
                && matches!(self.f(i - 1), "علي" | "على")
        });
        after
            || at_hands
            || (a.saturating_sub(6)..a).any(|i| {
                self.is_word(i) && {
                    let f = strip_wa(self.f(i));
                    let f = f.strip_prefix(['ب', 'ل']).unwrap_or(f);
                    let f = f.strip_prefix("ال").unwrap_or(f);
                    STEMS.iter().any(|s| f.starts_with(s))
                }
            })
    }

    /// The last item of a digit-hyphen-digit pair starting at item `a` (4-6).
    fn ranges_end(&self, a: usize) -> Option<usize> {
        let digits = |i: usize| self.item(i).is_some_and(|x| x.kind == ItemKind::Digits);
        (digits(a) && self.dash(a + 1) && digits(a + 2)).then_some(a + 2)
    }

    /// Tennis sets and other chained scores: 6-4 و3-6 و6-3 (another X-Y pair joined
    /// by و right before or after the pair at items `a..=b`).
    fn score_chain(&self, a: usize, b: usize) -> bool {
        let digits = |i: usize| self.item(i).is_some_and(|x| x.kind == ItemKind::Digits);
        let pair_at = |i: usize| digits(i) && self.dash(i + 1) && digits(i + 2);
        let next = self.is_word(b + 1) && self.f(b + 1) == "و" && pair_at(b + 2);
        let prev = a >= 4 && self.is_word(a - 1) && self.f(a - 1) == "و" && pair_at(a - 4);
        next || prev
    }

    /// A number after a label noun that still counts: one before a currency or «%»,
    /// and a cardinal in words (items `a..=b`, no scale) right before its own counted
    /// noun («أنهى الفريق المرحلة بثلاث خسارات», «فاز بكأس العالم خمس مرات» with
    /// «العام» for «العالم», «غادر المجموعة ثلاثة لاعبين»). Labels are numbered in
    /// digits or ordinals («المجموعة 3», «الجولة الخامسة»), and «المادة ثلاثة من
    /// الدستور» has no noun right after the number.
    fn counted_after_label(&self, a: usize, b: usize) -> bool {
        // A price or a share is never a label's number: «سعر جهاز أيفون 724 دولارا»,
        // «بلغت الإيرادات هذا العام 276 مليون جنيه». (A year is: «عام 1986 مليار».)
        let year = (a..=b).any(|i| {
            self.item(i).is_some_and(|it| it.kind == ItemKind::Digits)
                && khabar_text::numbers::parse_number(self.raw(i))
                    .is_some_and(|y| y.fract() == 0.0 && (1800.0..=2100.0).contains(&y))
        });
        if !year
            && matches!(
                self.unit_at(b + 1),
                Some((Unit::Currency(_) | Unit::Percent, _))
            )
        {
            return true;
        }
        if !(a..=b).all(|i| self.is_word(i)) || self.has_scale(a, b) {
            return false;
        }
        let j = b + 1;
        if !self.joined(j) || !self.is_word(j) || self.f(j) == "من" {
            return false;
        }
        // «ستة ألقاب للدوري وأربعة لكأس ألمانيا»: ل/ب + noun after the number is not
        // its counted noun (a plural in ل, لاعبين, is).
        let f = self.f(j);
        if let Some(rest) = f.strip_prefix(['ل', 'ب', 'ك']) {
            // (برنامج، لاعبين keep their first letter: the rest is no commoner word.)
            let lex = khabar_text::lexicon::Lexicon::get();
            let count = |w: &str| lex.count(&khabar_text::lexicon::lexfold_str(w));
            if !self.t.plurals.contains_key(f) && count(rest) > count(f) {
                return false;
            }
        }
        matches!(self.unit_at(j), Some((u, e)) if e == j && !matches!(u, Unit::Time))
    }

    /// Are the digits `raw` two consecutive years joined by `sep` (2017/2018)?
    fn year_pair(&self, raw: &str, sep: char) -> bool {
        // Two four-digit years and the separator: at most 17 bytes in Arabic-Indic digits.
        if raw.len() > 17 {
            return false;
        }
        let mut parts = raw.split(sep);
        let (Some(x), Some(y), None) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        let year = |s: &str| {
            (s.chars().count() == 4)
                .then(|| khabar_text::numbers::parse_number(s))
                .flatten()
                .filter(|v| v.fract() == 0.0 && (1900.0..=2100.0).contains(v))
        };
        matches!((year(x), year(y)), (Some(p), Some(q)) if (q - p).abs() == 1.0)
    }

    /// Is the number at item `a` an age: after «عمر/سن» (+ الـ), «في عمر الـ 85»?
    fn age_before(&self, a: usize) -> bool {
        let mut p = a;
        if self.article_glued(a) && self.f(a - 1) == "ال" {
            p = a - 1;
        }
        if p == 0 || !self.joined(p) || !self.is_word(p - 1) {
            return false;
        }
        // Without the article only «بعمر/بسن» or «في عمر/سن»: «بن عمر 5 مباريات» has
        // the name عمر.
        match strip_wa(self.f(p - 1)) {
            "بعمر" | "بسن" => true,
            // «دون السابعة من العمر وستة راشدين»: only «العمر الـ N».
            "العمر" | "السن" => p < a,
            "عمر" | "سن" => {
                p < a
                    || (p >= 2
                        && self.joined(p - 1)
                        && matches!(strip_wa(self.f(p - 2)), "في" | "عن"))
            }
            _ => false,
        }
    }

    /// Numbers that are part of a name or reference: المادة 7, F-16, G20, رقم 5.
    fn is_name_number(&self, a: usize, b: usize) -> bool {
        let Some(it) = self.item(a) else { return false };
        if a > 0 && it.joined {
            let p = a - 1;
            match self.item(p).map(|x| x.kind) {
                Some(ItemKind::Latin) => return true,
                Some(ItemKind::Word) => {
                    let f = self.f(p);
                    let bare = f.strip_prefix(['ب', 'ل', 'و']).unwrap_or(f);
                    // للمادة → المادة.
                    let lil = f.strip_prefix("لل").map(|r| format!("ال{r}"));
                    let bare = lil.as_deref().unwrap_or(bare);
                    // A possessive ه on an indefinite word (ما مجموعه 6.3 مليارات: "its
                    // total") is not the ة of a name cue (مجموعة 20) folded to ه.
                    let possessive = self
                        .raw(p)
                        .chars()
                        .rfind(|c| !khabar_text::normalize::is_arabic_diacritic(*c))
                        == Some('ه')
                        && !bare.starts_with("ال");
                    // A Latin letter spelled in Arabic names a model: إف 16، إس 400، بي 52.
                    let letters: String = self
                        .raw(p)
                        .chars()
                        .filter(|c| !khabar_text::normalize::is_arabic_diacritic(*c))
                        .collect();
                    if SPELLED_LETTERS.contains(&letters.as_str()) {
                        return true;
                    }
                    if !possessive
                        && (self.t.name_cues.contains(f)
                            || self.t.name_cues.contains(strip_wa(f))
                            || (bare.starts_with("ال") && self.t.name_cues.contains(bare)))
                        && !self.counted_after_label(a, b)
                    {
                        return true;
                    }
                }
                Some(ItemKind::Sym('-')) if it.gap == 0 && p > 0 => {
                    // إس-400, كوفيد-19: a word glued to a hyphen glued to the number.
                    // Not a currency or measure word ending an amount: «630 مليون
                    // دولار-515 مليون يورو» gives the same sum in a second currency.
                    if let Some(w) = self.item(p - 1) {
                        let unit_word = w.kind == ItemKind::Word && {
                            let f = self.f(p - 1);
                            self.t.currency.contains_key(f) || self.t.measure.contains_key(f)
                        };
                        if self.item(p).is_some_and(|h| h.gap == 0)
                            && matches!(w.kind, ItemKind::Word | ItemKind::Latin)
                            && !unit_word
                        {
                            return true;
                        }
                    }
                }
                Some(ItemKind::Sym('#' | '№')) => return true,
                _ => {}
            }
        }
        // Glued to a following hyphen + word: 19-كوفيد.
        if self.sym(b + 1) == Some('-')
            && self.item(b + 1).is_some_and(|h| h.gap == 0)
            && self
                .item(b + 2)
                .is_some_and(|w| w.gap == 0 && matches!(w.kind, ItemKind::Latin))
        {
            return true;
        }
        false
    }

    /// Is there a range between the number ending at item `b` and the next number
    /// starting at item `a2`? Returns `Some(start item of the range cue)`.
    fn range_between(
        &self,
        a: usize,
        b: usize,
        a2: usize,
        m2: &NumberMatch,
    ) -> Option<Option<usize>> {
        let between_cue = ["بين", "ما بين"].iter().find_map(|c| {
            let ws: Vec<String> = c
                .split_whitespace()
                .map(khabar_text::numbers::fold_word)
                .collect();
            self.words_before(a, &ws, false)
        });
        let from_cue = {
            let ws = vec!["من".to_string()];
            self.words_before(a, &ws, false)
        };
        let cue = between_cue.or(from_cue);
        // The item right after the first number (skip a currency symbol: 10$-20$).
        let mut j = b + 1;
        let unit_sym = |c: char| currency_symbol_unit(c).is_some() || matches!(c, '%' | '٪');
        if self.sym(j).is_some_and(unit_sym) && self.joined(j) {
            j += 1;
        }
        if !self.joined(j) || !self.joined(a2) {
            return None;
        }
        // X-Y (digits), X – Y.
        if (self.dash(j) || self.sym(j) == Some('~')) && a2 == j + 1 {
            // Phone numbers and codes: +1-222-2222, 12-34-56.
            let chained = matches!(self.sym(a2 + 1), Some('-' | '/'))
                && self.item(a2 + 1).is_some_and(|x| x.gap == 0)
                || (a > 0
                    && matches!(self.sym(a - 1), Some('+' | '-'))
                    && self.item(a).is_some_and(|x| x.gap == 0));
            if chained {
                return None;
            }
            let both_digits = self.item(a).is_some_and(|i| i.kind == ItemKind::Digits)
                && self.item(a2).is_some_and(|i| i.kind == ItemKind::Digits);
            // A tatweel dash also joins seasons and references ((76 ـ 77), رقم 22 ـ 46):
            // a range only with a cue or a unit after it.
            let tatweel = self.sym(j).is_none();
            let (_, b2) = self.item_range(m2.span);
            if tatweel && cue.is_none() && self.unit_at(b2 + 1).is_none() {
                return None;
            }
            if both_digits {
                return Some(cue);
            }
            // ما بين 1.5- مليوني دولار: the low end in digits, the high end a dual scale
            // word (two millions) whose scale both ends share.
            if cue.is_some()
                && self.item(a).is_some_and(|i| i.kind == ItemKind::Digits)
                && khabar_text::numbers::parse_number(self.raw(a)).is_some_and(|v| v < 2.0)
                && self.item_range(m2.span) == (a2, a2)
                && self.dual_scale(a2)
            {
                return Some(cue);
            }
            return None;
        }
        let f = self.f(j);
        // بين X و Y
        if between_cue.is_some() {
            let wa_word = f == "و" && a2 == j + 1;
            let wa_clitic = a2 == j
                && m2.span.start > self.item(j).map_or(0, |i| i.span.start)
                && f.starts_with('و');
            if wa_word || wa_clitic {
                return Some(between_cue);
            }
        }
        // X أو Y + unit (15 أو 20 في المائة, ثلاثة أو أربعة أشخاص): an estimate between
        // two figures, when the unit after Y is not a time unit.
        if f == "او" && a2 == j + 1 {
            let (_, b2) = self.item_range(m2.span);
            let lo = khabar_text::numbers::parse_number(self.raw(a)).or_else(|| {
                khabar_text::numbers::find_numbers(self.raw(a), &[])
                    .first()
                    .and_then(|n| n.value)
            });
            let ordered = matches!((lo, m2.value), (Some(l), Some(h)) if l < h && l > 0.0);
            let unit = self.unit_at(b2 + 1);
            let counted = matches!(unit, Some((ref u, _)) if *u != Unit::Time);
            return (ordered && a == b && a2 == b2 && counted).then_some(None);
        }
        // X إلى Y (both in digits), ascending: «في 2016 إلى 16%» is a year and the
        // figure it rose to, and «… في 2015 إلى 2500 ميغاوات» a year too.
        let digits = |i: usize| self.item(i).is_some_and(|x| x.kind == ItemKind::Digits);
        if from_cue.is_none() && f == "الي" && a2 == j + 1 && digits(a) && digits(a2) {
            let lo = khabar_text::numbers::parse_number(self.raw(a));
            let ascending = matches!((lo, m2.value), (Some(l), Some(h)) if l < h);
            let dated = lo.is_some_and(|l| l.fract() == 0.0 && (1900.0..=2100.0).contains(&l))
                && a > 0
                && self.is_word(a - 1)
                && matches!(
                    strip_wa(self.f(a - 1)),
                    "في" | "عام" | "العام" | "سنه" | "منذ" | "خلال"
                );
            return (ascending && !dated).then_some(None);
        }
        // X إلى Y + unit with a number word at either end (3 إلى أربعة ضباط، ثلاثة إلى
        // أربعة أيام): one-word numbers, ascending, and a counted unit after Y.
        if from_cue.is_none() && f == "الي" && a2 == j + 1 && a == b {
            let (_, b2) = self.item_range(m2.span);
            let lo = khabar_text::numbers::parse_number(self.raw(a)).or_else(|| {
                khabar_text::numbers::number_word(self.raw(a), self.f(a)).and_then(|n| {
                    khabar_text::numbers::find_numbers(self.raw(a), &[])
                        .first()
                        .and_then(|m| m.value)
                        .filter(|_| !n.def)
                })
            });
            let ordered = matches!((lo, m2.value), (Some(l), Some(h)) if l < h && l > 0.0);
            let counted = matches!(self.unit_at(b2 + 1), Some((ref u, _)) if *u != Unit::Time);
            // «في 2014 إلى مليار دولار»: a year, then the figure. «لليلة واحدة إلى 17.75
            // في المئة»: واحدة is the adjective "one", not the low end.
            let year =
                lo.is_some_and(|l| l < 2.0 || (l.fract() == 0.0 && (1900.0..=2100.0).contains(&l)));
            if ordered && a2 == b2 && counted && !year && !(digits(a) && digits(a2)) {
                return Some(None);
            }
        }
        // من X إلى/حتى/لـ Y
        if from_cue.is_some() {
            let to_word = matches!(f, "الي" | "حتي") && a2 == j + 1;
            let to_clitic = a2 == j
                && f.starts_with('ل')
                && m2.span.start > self.item(j).map_or(0, |i| i.span.start);
            if to_word || to_clitic {
                return Some(from_cue);
            }
        }
        None
    }

    /// و + number + cent word after a currency unit ending at `e`.
    fn cents_after(&self, e: usize) -> Option<(f64, usize)> {
        let mut j = e + 1;
        if !self.joined(j) {
            return None;
        }
        if self.f(j) == "و" {
            j += 1;
        }
        let it = self.item(j)?;
        if !it.joined || it.kind != ItemKind::Digits {
            return None;
        }
        let v = khabar_text::numbers::parse_number(self.raw(j))?;
        let c = j + 1;
        let is_cent = (self.is_word(c) && self.t.cents.contains(self.f(c)))
            || (self.item(c).is_some_and(|x| x.kind == ItemKind::Latin) && self.raw(c) == "c")
            || self.sym(c) == Some('¢');
        (is_cent && self.joined(c) && v < 100.0).then_some((v / 100.0, c))
    }

    /// Vague quantities: بضع عشرات من المسلحين, آلاف اللاجئين, عدة دول.
    fn vague(&self, out: &mut Vec<RawQuantity>, ranges: &[(usize, usize)], cands: &[usize]) {
        let mut covered = vec![false; self.items.len()];
        for &(a, b) in ranges {
            for c in covered.iter_mut().take(b + 1).skip(a) {
                *c = true;
            }
        }
        let mut i = 0;
        let mut ci = 0;
        loop {
            // Jump to the next item that can start a vague quantity.
            while cands.get(ci).is_some_and(|&c| c < i) {
                ci += 1;
            }
            let Some(&c) = cands.get(ci) else { break };
            i = c;
            // المئات is also read as a (definite, hence skipped) number: as a vague count
            // it is taken here.
            let definite_hundreds = || {
                let f = strip_wa(self.f(i));
                ["بال", "لل", "ال"].iter().any(|p| {
                    f.strip_prefix(p)
                        .is_some_and(|r| DEFINITE_VAGUE.contains(&r))
                })
            };
            if !self.is_word(i) || (covered.get(i).copied().unwrap_or(true) && !definite_hundreds())
            {
                i += 1;
                continue;
            }
            let f = strip_wa(self.f(i));
            let f = f
                .strip_prefix(['ب', 'ل'])
                .filter(|r| self.t.vague.contains_key(*r))
                .unwrap_or(f);
            // العشرات/المئات/الآلاف من + noun: a definite vague count ("dozens of the …").
            // The article stays in the span; only a partitive من complement is taken
            // (or none: «أصيب المئات», below).
            let mut article = 0;
            let f = if self.t.vague.contains_key(f) {
                f
            } else {
                // (prefix, letters of the article in it)
                let bare = [("بال", 2), ("لل", 1), ("ال", 2)]
                    .iter()
                    .find_map(|(p, n)| f.strip_prefix(p).map(|r| (r, *n)));
                match bare {
                    Some((r, n)) if DEFINITE_VAGUE.contains(&r) => {
                        article = n;
                        r
                    }
                    _ => f,
                }
            };
            // (الإف بي آي, FBI, folds to الاف "thousands"; آلاف never has إ.)
            let Some(&(mut low, mut high)) =
                self.t.vague.get(f).filter(|_| !self.raw(i).contains('إ'))
            else {
                i += 1;
                continue;
            };
            let start_item = i;
            let mut e = i;
            // بضع/عدة + عشرات/مئات/آلاف…
            if matches!(f, "بضع" | "بضعه" | "عده") && self.joined(e + 1) {
                if let Some(&(l, h)) = self.t.vague.get(self.f(e + 1)) {
                    if !matches!(self.f(e + 1), "بضع" | "بضعه" | "عده") {
                        low = l;
                        high = h;
                        e += 1;
                    }
                }
            }
            // عشرات/مئات + الآلاف/الملايين (بعشرات آلاف: the clitic is off `f`).
            let fe = if e == i { f } else { self.f(e) };
            if article == 0 && matches!(fe, "عشرات" | "مئات" | "ميات") && self.joined(e + 1)
            {
                if let Some(&s) = self.t.vague_scales.get(self.f(e + 1)) {
                    low *= s;
                    high *= s;
                    e += 1;
                }
            }
            // Postposed عدة (برامج عدة, "several programmes"): the noun is before it.
            // Nisba adjectives may stand between (منظمات حقوقية ودولية عدة، ضربات جوية
            // عدة), and the noun may carry ب/ل (بأدلة عدة).
            if f == "عده" && e == i && i > 0 && self.joined(i) && self.is_word(i - 1) {
                let mut h = i - 1;
                let adjective = |g: &str| {
                    let g = strip_wa(g);
                    g.ends_with("يه") && !g.starts_with("ال") && g.chars().count() >= 4
                };
                for _ in 0..3 {
                    if h > 0 && self.joined(h) && self.is_word(h - 1) && adjective(self.f(h)) {
                        h -= 1;
                    } else {
                        break;
                    }
                }
                // A known plural, a ات plural, or the broken pattern مفاعل (متاعب،
                // مصاعب، مشاغل) that no singular takes.
                let is_plural = |x: &str| {
                    self.t.plurals.contains_key(x)
                        || (x.ends_with("ات") && x.chars().count() >= 5)
                        || (x.chars().count() == 5
                            && x.starts_with('م')
                            && x.chars().nth(2) == Some('ا')
                            && !x.ends_with(['ا', 'ي']))
                };
                // The broken pattern أفعال (أسباب، أشكال، أطراف) with its hamza written:
                // «إفعال» (إعلان، إنتاج) is a verbal noun, not a plural.
                // (Not when «عدة» stands before a noun of its own, «أثناء عدة لقاءات»,
                // nor the preposition أثناء.)
                let af_al_form = |x: &str, raw: &str| {
                    x.chars().count() == 5
                        && x.chars().nth(3) == Some('ا')
                        && raw.starts_with('أ')
                        && !x.ends_with(['ا', 'ي'])
                };
                let noun_after = self.joined(i + 1)
                    && self.is_word(i + 1)
                    && (is_plural(self.f(i + 1)) || af_al_form(self.f(i + 1), self.raw(i + 1)));
                let af_al = |x: &str, raw: &str| af_al_form(x, raw) && x != "اثناء" && !noun_after;
                // «من مدن وبلدات عدة»: عدة after two coordinated plurals counts both;
                // the first gives the unit.
                if h > 0 && self.joined(h) && self.is_word(h - 1) {
                    let prev = self.f(h - 1);
                    let coordinated = self
                        .f(h)
                        .strip_prefix('و')
                        .is_some_and(|r| is_plural(r) && !r.starts_with("ال"));
                    if coordinated && is_plural(prev) && !prev.starts_with("ال") {
                        h -= 1;
                    }
                }
                let mut p = self.f(h);
                let mut raw = self.raw(h);
                let mut skip = 0;
                // «ونددت فرنسا ودول غربية عدة»: the noun may carry the conjunction و,
                // which stays out of the span.
                if !is_plural(p) {
                    if let Some(r) = p.strip_prefix('و').filter(|r| is_plural(r)) {
                        let b = raw.char_indices().nth(1).map_or(0, |(b, _)| b);
                        p = r;
                        raw = raw.get(b..).unwrap_or(raw);
                        skip = b;
                    }
                }
                // The word as it is, else without a ب/ل preposition (لاعتبارات، بأدلة).
                let after_clitic = raw.char_indices().nth(1).map_or(0, |(b, _)| b);
                let mut noun = None;
                let mut plural = false;
                let mut unit_raw = raw;
                if is_plural(p) || af_al(p, raw) {
                    plural = true;
                    noun = self.noun_form(raw, p);
                }
                if noun.is_none() {
                    if let Some(r) = p.strip_prefix(['ب', 'ل']).filter(|r| is_plural(r)) {
                        plural = true;
                        noun = self.noun_form(raw.get(after_clitic..).unwrap_or(raw), r);
                        skip += after_clitic;
                    }
                }
                // «هناك أسبابا عدة», «زار مدنا عدة»: the accusative plural in ـا (the
                // subject of إن/أن, an object), read without its tanween ا.
                if noun.is_none() {
                    let trimmed = raw.trim_end_matches(|c| {
                        khabar_text::normalize::is_arabic_diacritic(c) || c == '\u{0640}'
                    });
                    if let (Some(r), Some(stem)) = (
                        p.strip_suffix('ا')
                            .filter(|r| r.chars().count() >= 3 && (is_plural(r) || af_al(r, raw))),
                        trimmed.strip_suffix('ا'),
                    ) {
                        plural = true;
                        noun = self.noun_form(stem, r);
                        unit_raw = stem;
                    }
                }
                if plural && !p.starts_with("ال") && !covered.get(h).copied().unwrap_or(true) {
                    if let Some(u) = noun.filter(|u| !matches!(u, Unit::Time)) {
                        let a = self.item(h).map_or(0, |it| it.span.start + skip);
                        let b = self.item(i).map_or(0, |it| it.span.end);
                        out.push(RawQuantity {
                            span: Span::new(a, b),
                            value: None,
                            low: Some(low),
                            high: Some(high),
                            qualifier: "vague",
                            unit: u.name().map(|n| match u {
                                Unit::Noun(_) => plural_unit(self.t, n, unit_raw),
                                _ => n,
                            }),
                        });
                    }
                    i += 1;
                    continue;
                }
            }
            // A vague word takes a definite complement (آلاف اللاجئين، ملايين الدولارات)
            // as well.
            // A definite one takes only a partitive من complement (العشرات من المدنيين):
            // in «تابع الآلاف المباراة» the word after it is the verb's object.
            // «عدة» counts an indefinite noun (عدة دول); a definite word after it is
            // not its complement: «ودول غربية عدة الأربعاء» (the day), «عدة المرأة».
            // (The article as written: «عدة ألبومات» has a hamza on its أل.)
            let definite_after = |k: usize| {
                let g = base_letters(self.raw(k));
                self.is_word(k) && (g.starts_with("ال") || g.starts_with("لل"))
            };
            let complement = (article == 0 || self.f(e + 1) == "من")
                && !(f == "عده" && e == i && definite_after(e + 1));
            let unit = complement
                .then(|| self.unit_at(e + 1))
                .flatten()
                .or_else(|| {
                    if !complement {
                        return None;
                    }
                    let k = e + 1;
                    let def = self.joined(k) && self.is_word(k) && self.f(k).starts_with("ال");
                    if !def {
                        return None;
                    }
                    let bare = self.f(k).get("ال".len()..).unwrap_or("");
                    if let Some(family) = self.t.currency.get(bare) {
                        let adj = (self.joined(k + 1) && self.is_word(k + 1)).then_some(k + 1);
                        let (code, used_adj) = self.currency_code(family, adj, k);
                        return Some((Unit::Currency(code), if used_adj { k + 1 } else { k }));
                    }
                    self.noun(k).map(|n| (n, k))
                });
            // «مئات الآلاف تطالب», «عشرات الآلاف شاركوا»: after a definite scale the
            // counted noun is definite or comes with من; an indefinite word there is
            // the sentence's (a verb, an adjective), and the count's noun is elided.
            // (آلاف folds to الاف: the article is looked for in the original.)
            let after_definite_scale = e > i
                && base_letters(self.raw(e)).starts_with("ال")
                && match &unit {
                    Some((Unit::Noun(_), ue)) => *ue == e + 1 && !self.f(e + 1).starts_with("ال"),
                    Some(_) => false,
                    None => self.f(e + 1) != "من",
                };
            let unit = unit.filter(|_| !after_definite_scale);
            let no_noun = unit.is_none();
            // The counted noun after a vague word is indefinite: a possessive ـها (عدة
            // آخرها، "the latest of them") is another construction.
            let unit = unit.filter(|(u, ue)| {
                !(matches!(u, Unit::Noun(_))
                    && *ue == e + 1
                    && ["ها", "هما"].iter().any(|x| self.f(e + 1).ends_with(x)))
            });
            // After العشرات/الآلاف من the complement is a plural of people or things
            // (العشرات من المدنيين), not a place or a collective (الملايين من المغرب).
            let unit = unit.filter(|(u, ue)| {
                if article == 0 {
                    return true;
                }
                let Some(name) = u.name() else { return true };
                let f = self.f(*ue);
                let bare = f.strip_prefix("ال").unwrap_or(f);
                !matches!(u, Unit::Noun(_)) || khabar_text::numbers::fold_word(&name) != bare
            });
            // «أصيب المئات», «إن العشرات قتلوا», «قتل عشرات في القصف»: a plural vague
            // word standing alone counts people or things whose noun is elided (unit
            // null). Only when nothing could be its complement: a definite one takes
            // none; after an indefinite one the next word is a preposition or nothing.
            // «وأصيب عشرات منهم», «نقل مئات من هؤلاء»: a partitive over a pronoun or a
            // demonstrative; «وأصيب عشرات آخرون»: more of the noun of the count before
            // (its unit when one is in the sentence, else null; the word joins the span).
            let of_them = article == 0 && self.of_them_after(e);
            let others = (article == 0 && self.is_word(e + 1) && self.joined(e + 1))
                .then(|| strip_wa(self.f(e + 1)))
                .is_some_and(|w| matches!(w, "اخرون" | "اخرين" | "غيرهم"));
            let bare_count = no_noun
                && e == i
                && DEFINITE_VAGUE.contains(&f)
                && (article > 0 || self.lone_vague_end(e) || of_them || others)
                && !(article > 0 && self.f(e + 1) == "من")
                && !self.vague_not_a_count(i);
            let (u, ue) = match unit {
                Some(x) => x,
                None if after_definite_scale => (Unit::Noun(String::new()), e),
                None if bare_count && others => {
                    let from = self.item(i).map_or(0, |it| it.span.start);
                    match self.elliptic_unit(e, from, out) {
                        Some((u, ue)) => (Unit::Noun(u), ue),
                        None => (Unit::Noun(String::new()), e + 1),
                    }
                }
                None if bare_count => (Unit::Noun(String::new()), e),
                None => {
                    i = e + 1;
                    continue;
                }
            };
            if matches!(u, Unit::Time) {
                i = ue + 1;
                continue;
            }
            let mut start = self.item(start_item).map_or(0, |it| it.span.start);
            // Keep a conjunction out of the span: وعشرات → عشرات.
            let raw0 = self.raw(start_item);
            let fold0 = self.f(start_item);
            if fold0 != f && !fold0.is_empty() {
                // (The article of العشرات stays: بالعشرات → العشرات, لل → ل.)
                let skip = (fold0.chars().count() - f.chars().count()).saturating_sub(article);
                start += raw0
                    .char_indices()
                    .filter(|(_, c)| !khabar_text::normalize::is_arabic_diacritic(*c))
                    .nth(skip)
                    .map_or(0, |(b, _)| b);
            }
            let mut qual_start = start;
            let mut qualifier = "vague";
            if let Some((q, byte)) = self.pre_cue(start_item) {
                if matches!(
                    q,
                    Qual::MoreThan | Qual::LessThan | Qual::AtLeast | Qual::AtMost
                ) {
                    qualifier = "vague";
                    qual_start = byte;
                }
            }
            let _ = qualifier;
            let end = self.item(ue).map_or(0, |it| it.span.end);
            out.push(RawQuantity {
                span: Span::new(qual_start.min(start), end),
                value: None,
                low: Some(low),
                high: Some(high),
                qualifier: "vague",
                unit: u.name().filter(|n| !n.is_empty()).map(|n| match u {
                    Unit::Noun(_) => plural_unit(self.t, n, self.raw(ue)),
                    _ => n,
                }),
            });
            i = ue + 1;
        }
    }

    /// «أكثر من نصفهم», «قرابة ثلثيهم», «أقل من ربعها», «قتل 40 شخصا نصفهم من
    /// الأطفال»: a fraction word with a pronoun suffix at item `i` (folded without و:
    /// `f`). The number reader does not read the suffixed word. The whole it is a part
    /// of is the pronoun's antecedent: the counted noun of the quantity just before it
    /// in the sentence gives the unit (null when there is none, or it is a currency or
    /// a measure). Without a hedge the fraction needs that quantity near (at most 60
    /// characters back): a lone «نصفها» is as often the verb "we describe it" («كنا
    /// نصفها بالتجربة»), and «في ثلثها الثاني» is a part, not a share.
    fn fraction_of_them(&self, i: usize, f: &str, out: &[RawQuantity]) -> Option<RawQuantity> {
        const FRACTIONS: &[(&str, f64)] = &[
            ("نصف", 0.5),
            ("ثلث", 1.0 / 3.0),
            ("ربع", 0.25),
            ("ثلثي", 2.0 / 3.0),
            ("ثلثا", 2.0 / 3.0),
        ];
        const SUFFIXES: &[&str] = &["هم", "ها", "هما", "هن"];
        let (_, v) = FRACTIONS
            .iter()
            .find(|(w, _)| f.strip_prefix(w).is_some_and(|r| SUFFIXES.contains(&r)))?;
        let it = self.item(i)?;
        let hedge = self.pre_cue(i);
        // The quantity before, in the same sentence.
        let prev = out
            .iter()
            .filter(|q| q.span.end <= it.span.start)
            .max_by_key(|q| q.span.end)
            .filter(|q| {
                self.text
                    .get(q.span.end..it.span.start)
                    .is_some_and(|gap| !gap.contains(['.', '!', '؟', '?', '\n', ':']))
            });
        let near = prev.is_some_and(|q| {
            self.text
                .get(q.span.end..it.span.start)
                .is_some_and(|gap| gap.chars().count() <= 60)
        });
        let (qual, start, end) = match hedge {
            Some((q, byte)) => (q.as_str(), byte, it.span.end),
            None => {
                let part = self.joined(i + 1)
                    && matches!(
                        self.f(i + 1),
                        "الاول"
                            | "الثاني"
                            | "الثالث"
                            | "الاخير"
                            | "الاخر"
                            | "الاعلي"
                            | "الاسفل"
                    );
                if !near || part {
                    return None;
                }
                // «نصفهم تقريبا»: a hedge after it.
                // («وثلثهم»: the span leaves the conjunction و/ف out.)
                let skip = if f.len() < self.f(i).len() {
                    'و'.len_utf8()
                } else {
                    0
                };
                let start = it.span.start + skip;
                match self.post_cue(i + 1) {
                    Some((q, e)) => (q.as_str(), start, self.item(e)?.span.end),
                    None => ("exact", start, it.span.end),
                }
            }
        };
        let unit = prev
            .filter(|_| near)
            .and_then(|q| q.unit.clone())
            .filter(|u| u.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)));
        Some(RawQuantity {
            span: Span::new(start, end),
            value: Some(*v),
            low: None,
            high: None,
            qualifier: qual,
            unit,
        })
    }

    /// «أعمارهم بين 20 و35», «تتراوح أعمارهن ما بين 17 و45»: «أعمار» (with a
    /// pronoun or the article) at most three words before the range starting at item
    /// `a`, with no punctuation between.
    fn ages_before(&self, a: usize) -> bool {
        let mut i = a;
        for _ in 0..3 {
            if i == 0 || !self.joined(i) || !self.is_word(i - 1) {
                return false;
            }
            i -= 1;
            let f = strip_wa(self.f(i));
            if f.starts_with("اعمار") || f.starts_with("الاعمار") {
                return true;
            }
        }
        false
    }

    /// Is the number at item `a` an age limit in a team's name: «تحت/دون» right
    /// before it and a team noun before that (منتخب تحت 21، فريق دون 19، لاعبي تحت 23)?
    fn age_group(&self, a: usize) -> bool {
        if a < 2 || !self.joined(a) || !self.joined(a - 1) || !self.is_word(a - 2) {
            return false;
        }
        if !matches!(self.f(a - 1), "تحت" | "دون") {
            return false;
        }
        let team = |f: &str| {
            let f = f.strip_prefix(['ب', 'ل']).unwrap_or(f);
            let f = f
                .strip_prefix("ال")
                .or_else(|| f.strip_prefix('ل'))
                .unwrap_or(f);
            matches!(
                f,
                "منتخب"
                    | "منتخبات"
                    | "فريق"
                    | "فرق"
                    | "فيات"
                    | "لاعبي"
                    | "ناشيي"
                    | "شباب"
            )
        };
        // (فريق itself starts with ف: try the word with and without the conjunction.)
        team(self.f(a - 2)) || team(strip_wa(self.f(a - 2)))
    }

    /// A plural vague word at item `i` that names no count: «أصحاب المليارات»
    /// (billionaires), «تضخم في خانة العشرات» (double digits), or a scale after a
    /// number the reader left («تجاوزت الأربعة ملايين»: four million, not "millions").
    fn vague_not_a_count(&self, i: usize) -> bool {
        if i == 0 || !self.joined(i) {
            return false;
        }
        if matches!(self.item(i - 1).map(|it| it.kind), Some(ItemKind::Digits)) {
            return true;
        }
        if !self.is_word(i - 1) {
            return false;
        }
        let p = strip_wa(self.f(i - 1));
        let p = p.strip_prefix(['ب', 'ل']).unwrap_or(p);
        let p = p.strip_prefix("ال").unwrap_or(p);
        matches!(
            p,
            "اصحاب" | "صاحب" | "صاحبه" | "صاحبات" | "خانه" | "خانات" | "نادي"
        ) || khabar_text::numbers::number_word(self.raw(i - 1), self.f(i - 1)).is_some()
    }

    /// Is the figure at item `a` (starting at byte `start`) a part of the count
    /// before it: «بينهم/بينها/منهم/منها» or «من بينهم» right before it, and a
    /// quantity earlier in the same sentence (at most 200 characters back) for the
    /// pronoun to stand for?
    fn subset_before(&self, a: usize, start: usize, out: &[RawQuantity]) -> bool {
        if a == 0 || !self.joined(a) || !self.is_word(a - 1) {
            return false;
        }
        if !matches!(
            strip_wa(self.f(a - 1)),
            "بينهم" | "بينها" | "بينهن" | "منهم" | "منها" | "منهن"
        ) {
            return false;
        }
        out.iter()
            .filter(|q| q.span.end <= start)
            .max_by_key(|q| q.span.end)
            .is_some_and(|q| {
                self.text.get(q.span.end..start).is_some_and(|gap| {
                    !gap.contains(['.', '!', '؟', '?', '\n']) && gap.chars().count() <= 200
                })
            })
    }

    /// Is item `e` followed by a partitive over a pronoun or a demonstrative: منهم،
    /// منهن، منها، منهما، من هؤلاء، من بينهم (a count of an antecedent's members)?
    fn of_them_after(&self, e: usize) -> bool {
        if !(self.joined(e + 1) && self.is_word(e + 1)) {
            return false;
        }
        match self.f(e + 1) {
            "منهم" | "منهن" | "منها" | "منهما" => true,
            "من" => {
                self.joined(e + 2)
                    && matches!(
                        self.f(e + 2),
                        "هولاء" | "هاولاء" | "بينهم" | "بينهن" | "اولئك" | "اولايك"
                    )
            }
            _ => false,
        }
    }

    /// Does an indefinite vague word at item `e` stand without a complement: the
    /// sentence or clause ends after it, or a preposition follows («قتل عشرات في
    /// القصف», «أصيب مئات جراء»)?
    fn lone_vague_end(&self, e: usize) -> bool {
        if !self.joined(e + 1) {
            return true;
        }
        match self.item(e + 1).map(|it| it.kind) {
            None => true,
            Some(ItemKind::Word) => matches!(
                strip_wa(self.f(e + 1)),
                "في" | "علي" | "الي" | "خلال" | "جراء" | "بسبب" | "اثر" | "منذ" | "داخل"
            ),
            Some(ItemKind::Sym(c)) => matches!(c, '.' | '،' | ',' | '؛' | ';' | ')' | ':'),
            _ => false,
        }
    }

    /// حاجز التريليون دولار، عتبة المليار دولار: a definite million/billion/trillion
    /// right before a currency is the round amount itself (the number reader reads a
    /// definite scale only as an ordinal).
    fn round_amounts(&self, out: &mut Vec<RawQuantity>) {
        for (i, it) in self.items.iter().enumerate() {
            if it.kind != ItemKind::Word {
                continue;
            }
            let f = strip_wa(self.f(i));
            if let Some(q) = self.fraction_of_them(i, f, out) {
                out.push(q);
                continue;
            }
            // «واحدا في المئة»: the accusative «واحدا», which the number reader does
            // not take for a number, before a percent sign or word.
            if self.f(i) == "واحدا" {
                // «أن رجلا واحدا على الأقل قتل», «موسما واحدا»: after an accusative
                // noun it counts that noun (see `one_after_noun`).
                if !matches!(self.unit_at(i + 1), Some((Unit::Percent, _))) {
                    if let OneAfter::Count(q) = self.one_after_noun(i) {
                        out.push(q);
                    }
                    continue;
                }
                if let Some((Unit::Percent, e)) = self.unit_at(i + 1) {
                    let (qual, start) = match self.pre_cue(i) {
                        Some((q, byte)) => (q.as_str(), byte),
                        None => ("exact", it.span.start),
                    };
                    out.push(RawQuantity {
                        span: Span::new(start, self.item(e).map_or(it.span.end, |x| x.span.end)),
                        value: Some(1.0),
                        low: None,
                        high: None,
                        qualifier: qual,
                        unit: Some("%".to_string()),
                    });
                }
                continue;
            }
            let scale = ["ال", "بال", "لل"]
                .iter()
                .find_map(|p| match f.strip_prefix(p)? {
                    "مليون" => Some((1e6, false)),
                    "مليار" => Some((1e9, false)),
                    "تريليون" => Some((1e12, false)),
                    // «تجاوز عدد المستخدمين المليارين»: the definite dual is the amount
                    // (not الألفين, the year 2000).
                    "مليونين" | "مليونان" => Some((2e6, true)),
                    "مليارين" | "ملياران" => Some((2e9, true)),
                    _ => None,
                });
            let Some((value, dual)) = scale else { continue };
            let code = match self.unit_at(i + 1) {
                Some((Unit::Currency(code), e)) => Some((code, e)),
                _ => None,
            };
            // A definite dual governs no noun: without a currency its counted noun is
            // elided.
            let alone = dual && code.is_none();
            let (code, e) = match code {
                Some((c, e)) => (Some(c), e),
                None if alone => (None, i),
                None => continue,
            };
            // Keep a clitic and the article's preposition out of the span: للمليار → المليار.
            let raw = self.raw(i);
            let lead =
                self.f(i).chars().count() - f.chars().count() + usize::from(!f.starts_with("ال"));
            let skip = raw
                .char_indices()
                .filter(|(_, c)| !khabar_text::normalize::is_arabic_diacritic(*c))
                .nth(lead)
                .map_or(0, |(b, _)| b);
            let end = self.item(e).map_or(it.span.end, |x| x.span.end);
            let mut start = it.span.start + skip;
            let mut value = value;
            let mut first = i;
            // نصف المليار دولار: half of it.
            if i > 0 && self.joined(i) && self.is_word(i - 1) {
                let frac = match strip_wa(self.f(i - 1)) {
                    "نصف" => Some(0.5),
                    "ربع" => Some(0.25),
                    "ثلث" => Some(1.0 / 3.0),
                    _ => None,
                };
                if let Some(fr) = frac {
                    value *= fr;
                    first = i - 1;
                    let p = self.raw(i - 1);
                    let wa = usize::from(self.f(i - 1).starts_with('و'));
                    start = self.item(i - 1).map_or(start, |x| x.span.start)
                        + p.char_indices().nth(wa).map_or(0, |(b, _)| b);
                }
            }
            // يفوق المليار دولار، دون المليار دولار.
            let mut qualifier = "exact";
            if let Some((q, byte)) = self.pre_cue(first).or_else(|| self.verb_subject_cue(first)) {
                qualifier = q.as_str();
                start = byte;
            }
            out.push(RawQuantity {
                span: Span::new(start, end),
                value: Some(value),
                low: None,
                high: None,
                qualifier,
                unit: code,
            });
        }
    }

    /// Measurement unit words without a digit: كيلوغرام (one), لتر ونصف (1.5),
    /// نص لتر (0.5). Only unambiguous, indefinite unit words.
    fn unit_words(&self, out: &mut Vec<RawQuantity>, ranges: &[(usize, usize)], cands: &[usize]) {
        for &i in cands {
            let Some(it) = self.item(i) else { continue };
            let f = self.f(i);
            let Some(unit) = self.t.measure.get(f) else {
                continue;
            };
            // «موعد غرام», «قصة غرام», «في غرام»: love, not a gram.
            if matches!(strip_wa(f), "غرام" | "جرام")
                && i > 0
                && self.joined(i)
                && matches!(
                    strip_wa(self.f(i - 1)),
                    "موعد"
                        | "مواعيد"
                        | "قصه"
                        | "قصص"
                        | "رساله"
                        | "رسائل"
                        | "علاقه"
                        | "حكايه"
                        | "اغنيه"
                        | "قصيده"
                        | "شعر"
                        | "في"
                )
            {
                continue;
            }

            // Not the unit of a number (before it, or a range end), not after من/ال.
            if ranges
                .iter()
                .any(|&(_, b)| b + 1 == i || b + 2 == i || b + 3 == i)
            {
                continue;
            }
            let mut value = 1.0;
            let mut start = it.span.start;
            let mut end = it.span.end;
            // نص لتر / نصف لتر is read by the number layer when نصف; نص is colloquial.
            if i > 0 && self.joined(i) && self.f(i - 1) == "نص" {
                value = 0.5;
                start = self.item(i - 1).map_or(start, |x| x.span.start);
            } else if let Some((j, frac)) = self.and_fraction(i) {
                value += frac;
                end = self.item(j).map_or(end, |x| x.span.end);
            }
            out.push(RawQuantity {
                span: Span::new(start, end),
                value: Some(value),
                low: None,
                high: None,
                qualifier: "exact",
                unit: Some((*unit).to_string()),
            });
        }
    }

    /// و + نصف/نص/ربع/ثلث right after item `i`: (last item, fraction).
    /// Is the word at item `w` (read as the noun `singular`) in the form a figure of
    /// `value` takes for what it counts? Used where quotation marks stand between the
    /// two, so the agreement must show: a plural (3–10: «"4" لاعبين», «8 "مقاعد"»), an
    /// accusative singular after 11–99 («"18" فيلما», «"19" تسديدة»), a genitive
    /// singular after a round hundred or a scale («"1900" فيلم», «25 ألف "إعجاب"»).
    /// A label's number is not: «القرار "1701" تدخل», «الدقيقة "87" سجّل», «فيلم
    /// "122" بصحبة», «إم.آي 6 "قياسي"».
    fn counted_form(&self, w: usize, singular: &str, value: Option<f64>, scaled: bool) -> bool {
        let Some(v) = value else { return false };
        let f = self.f(w);
        // (A broken plural the table lacks is cut to its singular later: نجوم → نجم.)
        let sing = khabar_text::numbers::fold_word(&plural_unit(
            self.t,
            singular.to_string(),
            self.raw(w),
        ));
        if sing != f {
            // A plural, or an accusative in ـا.
            return true;
        }
        let round = scaled || (v >= 100.0 && v % 100.0 == 0.0);
        let accusative_fem = (11.0..100.0).contains(&v) && f.ends_with('ه');
        (round || accusative_fem) && !f.ends_with('ي')
    }

    /// Does «ونصف/وربع» end before item `k`, so that it completes the figure before
    /// it rather than open a fraction of a noun of its own? Not before a definite noun
    /// («50 دولارا ونصف المبلغ»: "and half of the sum"), a number or scale word («ونصف
    /// مليون») or a unit («ونصف ساعة», «ونصف طن»); a preposition, an adverb (يوميا،
    /// تقريبا), a verb or the end of the clause may follow.
    fn fraction_ends(&self, k: usize) -> bool {
        if !self.joined(k) || !self.is_word(k) || self.post_cue(k).is_some() {
            return true;
        }
        let f = self.f(k);
        if matches!(
            f,
            "في" | "من" | "علي" | "الي" | "عن" | "خلال" | "فقط" | "او" | "مقابل"
        ) {
            return true;
        }
        let definite = ["ال", "لل", "بال", "وال"].iter().any(|p| f.starts_with(p))
            || matches!(f, "هذا" | "هذه" | "ذلك" | "تلك");
        !(definite
            || khabar_text::numbers::number_word(self.raw(k), f).is_some()
            || self.t.measure.contains_key(f)
            || self.t.currency.contains_key(f)
            // (A time noun — «ونصف ساعة» — but not an adverb in ـا: «ونصف يوميا».)
            || (self.t.time_units.contains(f) && !f.ends_with('ا'))
            || self.t.measure_pairs.keys().any(|(a, _)| a == f))
    }

    fn and_fraction(&self, i: usize) -> Option<(usize, f64)> {
        let mut j = i + 1;
        if !self.joined(j) {
            return None;
        }
        let mut f = self.f(j);
        if f == "و" {
            j += 1;
            if !self.joined(j) {
                return None;
            }
            f = self.f(j);
        } else {
            f = f.strip_prefix('و')?;
        }
        let v = match f {
            "نصف" | "نص" => 0.5,
            "ربع" => 0.25,
            "ثلث" => 1.0 / 3.0,
            _ => return None,
        };
        Some((j, v))
    }

    /// Dual nouns alone are quantities of 2 (قتل شخصان، حبس ضابطين، بهدفين، في
    /// مباراتين; see [`dual`]). A dual is not counted when it is an adjective or a
    /// predicate ([`Cx::dual_is_adjective`]); an adjective settles a plural-ambiguous
    /// noun before it (مسؤولين كبيرين) as a dual. «اثنين/اثنتين» after the noun does
    /// the same and joins the span.
    fn dual_nouns(&self, out: &mut Vec<RawQuantity>, ranges: &[(usize, usize)]) {
        // The previous word's dual reading: (item, start byte of the noun, reading, unit).
        let mut prev: Option<(usize, usize, dual::DualWord, Option<Unit>)> = None;
        // The last construct dual read: «لفترتي تسجيل إضافيتين», the dual after its
        // complement is their adjective.
        let mut construct_at: Option<usize> = None;
        for (i, it) in self.items.iter().enumerate() {
            let last = prev.take().filter(|(p, ..)| p + 1 == i && self.joined(i));
            if it.kind != ItemKind::Word {
                continue;
            }
            let f = self.f(i);
            // «شخصين اثنين»: the number word is read as a number, so check it first.
            if let Some((_, start, _, Some(unit))) = &last {
                if matches!(strip_wa(f), "اثنين" | "اثنان" | "اثنتين" | "اثنتان")
                {
                    out.push(self.dual_quantity(i - 1, *start, i, unit));
                    continue;
                }
            }
            // «قطعتي سلاح»: the construct dual of a ة-noun before an indefinite noun
            // (a definite word — والتي — is not looked up).
            if f.ends_with("تي")
                && f.chars().count() >= 5
                && !["ال", "وال", "فال", "بال", "لل", "ولل"]
                    .iter()
                    .any(|p| f.starts_with(p))
                && !ranges.iter().any(|&(a, b)| a <= i && i <= b + 1)
            {
                if let Some(q) = self.construct_dual(i) {
                    out.push(q);
                    construct_at = Some(i);
                }
                continue;
            }
            // «وأصيب رجلا إطفاء», «سيارتا إسعاف»: the nominative construct dual (its ن
            // dropped) before an indefinite noun.
            if f.ends_with('ا')
                && f.chars().count() >= 4
                && !f.starts_with("ال")
                && !self.number_at_or_before(ranges, i)
            {
                if let Some(q) = self.nominative_construct_dual(i) {
                    out.push(q);
                    continue;
                }
            }
            // «وسجل هدفيه», «في مباراتيها»: a dual with a possessive pronoun, its ن
            // dropped ("his two goals"). (The folded ه is also a ة: «رسمية» is checked
            // on the letters as written before any look-up.)
            if ["يه", "يها", "يهم", "يهما"].iter().any(|x| f.ends_with(x))
                && f.chars().count() >= 5
                && self
                    .raw(i)
                    .trim_end_matches(|c: char| {
                        khabar_text::normalize::is_arabic_diacritic(c) || c == '\u{0640}'
                    })
                    .ends_with(['ه', 'ا', 'م'])
                && !self.number_at_or_before(ranges, i)
            {
                // (Not a future verb with its object: «العام الذي سيليه».)
                let future = ["سي", "ست", "سن"].iter().any(|p| f.starts_with(p))
                    && f.get("س".len()..)
                        .is_some_and(|r| khabar_text::lexicon::Lexicon::get().count(r) >= 30);
                if let Some(d) = dual::read_possessed_dual(self.raw(i)).filter(|_| !future) {
                    if let Some(u) = self.dual_unit(&d, i) {
                        let start = it.span.start + d.skip;
                        out.push(self.dual_quantity(i, start, i, &u));
                        continue;
                    }
                }
            }
            // «سجل هدفي فريقه», «حارسي مرمى جيدين»: the masculine oblique construct
            // dual (its ن dropped) — the same letters as "my X" (هدفي = "my goal").
            // Only where "my X" cannot stand: before a noun with a pronoun suffix
            // ("my goal his team" is no phrase), or before an indefinite noun with a
            // dual adjective after it that agrees with the pair.
            if f.ends_with('ي')
                && f.chars().count() >= 4
                && !f.starts_with("ال")
                && self.joined(i + 1)
                && self.is_word(i + 1)
                && !self.f(i + 1).starts_with("ال")
                && !self.number_at_or_before(ranges, i)
            {
                if let Some(q) = self.masculine_construct_dual(i) {
                    out.push(q);
                    continue;
                }
            }
            let ends_dual = f.ends_with("ان") || f.ends_with("ين");
            // (A definite dual is never counted: skip the look-ups.)
            // (Not «التماسين», «التزامين»: a masdar whose «ال» is its own, see
            // [`dual::own_al`].)
            let definite = ["ال", "وال", "فال", "بال", "كال", "لل", "وبال", "ولل", "فلل"]
                .iter()
                .any(|p| f.starts_with(p));
            if !ends_dual || f.chars().count() < 5 || self.t.dual_units.contains_key(f) {
                continue;
            }
            if definite
                && !(f.starts_with("ال")
                    && dual::may_own_al(self.raw(i))
                    && dual::own_al(&khabar_text::lexicon::lexfold_str(self.raw(i))))
            {
                continue;
            }
            if self.number_at_or_before(ranges, i)
                || (construct_at.is_some_and(|c| c + 2 == i)
                    && self.joined(i)
                    && self.joined(i - 1))
            {
                continue;
            }
            let Some(d) = dual::read_dual(self.raw(i)) else {
                continue;
            };
            let unit = self.dual_unit(&d, i);
            let start = it.span.start + d.skip;
            if d.skip == 0 && self.dual_is_adjective(i, &d.singular) {
                // An agreeing adjective: settles an ambiguous noun before it, and keeps
                // the chain going (مسؤولين كبيرين آخرين) without counting again.
                if let Some((_, pstart, pd, Some(punit))) = &last {
                    if pd.class == dual::DualClass::Ambiguous && d.class == dual::DualClass::Dual {
                        out.push(self.dual_quantity(i - 1, *pstart, i - 1, punit));
                    }
                }
                if let Some((_, pstart, pd, punit)) = last {
                    prev = Some((
                        i,
                        pstart,
                        dual::DualWord {
                            class: dual::DualClass::Dual,
                            ..pd
                        },
                        punit,
                    ));
                }
                continue;
            }
            if let (dual::DualClass::Dual, Some(u)) = (d.class, &unit) {
                out.push(self.dual_quantity(i, start, i, u));
            }
            prev = Some((i, start, d, unit));
        }
    }

    /// «مبارياته الثلاث»، «تجاربها النووية الست»، «اللاعبين الأربعة»: a definite
    /// cardinal 3–10 at item `a` after the definite or possessed plural it counts
    /// (up to two definite nisba adjectives between). The span runs from the noun to
    /// the numeral; time units are the time extractor's (السنوات الخمس).
    fn postposed_count(&self, a: usize, v: f64) -> Option<RawQuantity> {
        if !(3.0..=10.0).contains(&v) || v.fract() != 0.0 {
            return None;
        }
        self.postposed_count_from(a, a, v)
    }

    /// [`Cx::postposed_count`] for a numeral whose first item is `first` (the glued
    /// article of «الـ 32» or the numeral itself) and whose last item is `a`.
    fn postposed_count_from(&self, first: usize, a: usize, v: f64) -> Option<RawQuantity> {
        // «والسبعة»: a numeral joined by و is another item of a list, not an attribute.
        if self.raw(a).starts_with('و') {
            return None;
        }
        let mut k = first.checked_sub(1)?;
        let mut plural_nisba = None;
        for _ in 0..2 {
            let f = self.f(k);
            // A nisba adjective: …ي/…ية as written (not the ى of الذكرى), not a known
            // plural in يه (الأندية، الأدوية); a plural nisba (…يين/…يون) only after
            // a definite word it describes («اللاعبين البرازيليين», «والبنك الدوليين»).
            let last = self
                .raw(k)
                .chars()
                .rfind(|c| !khabar_text::normalize::is_arabic_diacritic(*c));
            let after_definite = k > 0
                && self.joined(k)
                && self.is_word(k - 1)
                && strip_wa(self.f(k - 1)).starts_with("ال");
            let known_plural = f
                .strip_prefix("ال")
                .is_some_and(|bare| self.t.plurals.contains_key(bare));
            // The feminine elatives in ى (الكبرى، الأخرى) are adjectives too.
            let elative = matches!(
                f,
                "الكبري"
                    | "الصغري"
                    | "العظمي"
                    | "الاخري"
                    | "الوسطي"
                    | "القصوي"
                    | "الاولي"
            );
            let nisba = f.starts_with("ال")
                && (((f.ends_with("يه") || (f.ends_with('ي') && (last != Some('ى') || elative)))
                    && !known_plural)
                    || ((f.ends_with("يين") || f.ends_with("يون")) && after_definite));
            if !nisba || k == 0 || !self.joined(k + 1) || !self.is_word(k) {
                break;
            }
            if f.ends_with("يين") || f.ends_with("يون") {
                plural_nisba.get_or_insert(k);
            }
            k -= 1;
        }
        // «الحكام السعوديين الثلاثة»: when the noun before a plural nisba is not read,
        // the nisba counts (3 سعودي), as it did alone; not after «والبنك», the second
        // of two nouns the nisba describes in the dual («الصندوق والبنك الدوليين»).
        let coordinated = self.raw(k).starts_with("وال");
        self.postposed_head(k, a, v).or_else(|| {
            plural_nisba
                .filter(|_| !coordinated)
                .and_then(|n| self.postposed_head(n, a, v))
        })
    }

    /// The count of [`Cx::postposed_count_from`] with its head noun at item `k`.
    fn postposed_head(&self, k: usize, a: usize, v: f64) -> Option<RawQuantity> {
        if !self.is_word(k) || !self.joined(k + 1) {
            return None;
        }
        let f = strip_wa(self.f(k));
        // The article as written: a hamza makes أل a root letter (ألقابه).
        let raw = self.raw(k);
        let written_article = raw.starts_with("ال") || raw.starts_with("وال");
        // «للدول الخمس», «بالمنتخبات الأربعة»: a preposition before the article (لل is
        // ل + ال); the span starts after it.
        if !written_article {
            if let Some(q) = self.postposed_after_preposition(k, a, v) {
                return Some(q);
            }
        }
        let unit = if let Some(bare) = f.strip_prefix("ال").filter(|_| written_article) {
            // A plural: its singular is another word (الدول → دولة; not الفريق).
            // (والمخرجون: the noun without its conjunction.)
            let u = match raw.strip_prefix('و').filter(|_| f.len() < self.f(k).len()) {
                Some(r) => self.noun_form(r, f)?,
                None => self.noun(k)?,
            };
            match &u {
                Unit::Noun(sg) if khabar_text::numbers::fold_word(sg) != bare => u,
                _ => return None,
            }
        } else {
            self.possessed_plural(k)?
        };
        if matches!(unit, Unit::Time) {
            return None;
        }
        if let Unit::Noun(sg) = &unit {
            if self
                .t
                .time_units
                .contains(&khabar_text::numbers::fold_word(sg))
            {
                return None;
            }
        }
        let it = self.item(k)?;
        let skip = if self.raw(k).starts_with('و') && f.len() < self.f(k).len() {
            'و'.len_utf8()
        } else {
            0
        };
        Some(RawQuantity {
            span: Span::new(it.span.start + skip, self.item(a)?.span.end),
            value: Some(v),
            low: None,
            high: None,
            qualifier: "exact",
            unit: unit.name(),
        })
    }

    /// [`Cx::postposed_head`] for a definite plural behind ب/ل/ك (+ و/ف): «للدول
    /// الخمس» → 5 دولة over «دول الخمس», «بالمنتخبات الأربعة» → over «المنتخبات
    /// الأربعة». The plural must have another singular (الدول → دولة).
    fn postposed_after_preposition(&self, k: usize, a: usize, v: f64) -> Option<RawQuantity> {
        let raw = self.raw(k);
        // (written prefix, it stands for ـال: the article's ا is dropped after ل)
        const PREFIXES: &[(&str, bool)] = &[
            ("وبال", false),
            ("فبال", false),
            ("وكال", false),
            ("ولل", true),
            ("فلل", true),
            ("بال", false),
            ("كال", false),
            ("لل", true),
        ];
        let (p, lil) = PREFIXES.iter().find(|(p, _)| raw.starts_with(p))?;
        let rest = raw.get(p.len()..)?;
        let (noun_raw, skip) = if *lil {
            (format!("ال{rest}"), p.len())
        } else {
            // (The article stays in the span: بالمنتخبات → المنتخبات.)
            let skip = p.len() - "ال".len();
            (raw.get(skip..)?.to_string(), skip)
        };
        let noun_f = khabar_text::numbers::fold_word(&noun_raw);
        let bare = noun_f.strip_prefix("ال")?;
        let unit = self.noun_form(&noun_raw, &noun_f)?;
        let Unit::Noun(sg) = &unit else { return None };
        let sg_f = khabar_text::numbers::fold_word(sg);
        if sg_f == bare || self.t.time_units.contains(&sg_f) {
            return None;
        }
        Some(RawQuantity {
            span: Span::new(self.item(k)?.span.start + skip, self.item(a)?.span.end),
            value: Some(v),
            low: None,
            high: None,
            qualifier: "exact",
            unit: unit.name(),
        })
    }

    /// The construct dual at item `i` («قطعتي سلاح»، «وعبوتي غاز») as a quantity of 2:
    /// the word after it is an indefinite noun (it takes the article in the corpus),
    /// not a feminine word in ة, which after "my X" is an adjective or a predicate
    /// (سيارتي جديدة), nor an accusative adverb (تشبه شخصيتي كثيرا).
    fn construct_dual(&self, i: usize) -> Option<RawQuantity> {
        if !self.joined(i + 1) || !self.is_word(i + 1) {
            return None;
        }
        let g = self.f(i + 1);
        let graw = self.raw(i + 1);
        let lex = khabar_text::lexicon::Lexicon::get();
        let whole = lex.count(&khabar_text::lexicon::lexfold_str(&base_letters(
            self.raw(i),
        )));
        // «مباراتي الذهاب والإياب», «فترتي الانتقالات»: a definite complement, when it
        // is no adjective of "my X" («سيارتي الجديدة», «حياتي الشخصية», «تجربتي
        // الأولى»: adjectives end in ة or ي, elatives are أفعل).
        let definite = g.strip_prefix("ال").filter(|b| {
            b.chars().count() >= 3
                && !b.ends_with(['ه', 'ي'])
                && !(b.starts_with('ا') && b.chars().count() == 4)
        });
        // «قذيفتي مدفعية»: a complement in ة is an adjective after "my X" (سيارتي
        // جديدة); the corpus never has the ـتي form as "my X" for a word it has not
        // seen.
        let fem_ok = g.ends_with('ه') && graw.ends_with('ة') && whole < 3;
        if definite.is_none()
            && (g.starts_with("ال")
                || (g.ends_with('ه') && !fem_ok)
                || g.ends_with('ا')
                || g.chars().count() < 3
                || self.t.not_nouns.contains(g)
                || khabar_text::numbers::number_word(graw, g).is_some()
                || !dual::takes_article(graw))
        {
            return None;
        }
        if definite.is_some_and(|b| self.t.not_nouns.contains(b) || self.t.time_units.contains(b)) {
            return None;
        }
        let d = dual::read_construct_dual(self.raw(i))?;
        let unit = self.dual_unit(&d, i)?;
        let start = self.item(i)?.span.start + d.skip;
        Some(self.dual_quantity(i, start, i, &unit))
    }

    /// The masculine construct dual in ـي at item `i` (see `dual_nouns`): its ـين
    /// form must read as a dual ([`dual::read_dual`]; a plural-ambiguous reading
    /// only with the agreeing dual adjective), the complement a common noun, not a
    /// number, a time word or a function word.
    fn masculine_construct_dual(&self, i: usize) -> Option<RawQuantity> {
        let g = self.f(i + 1);
        let graw = self.raw(i + 1);
        if self.t.not_nouns.contains(g)
            || self.t.time_units.contains(g)
            || g.chars().count() < 3
            || khabar_text::numbers::number_word(graw, g).is_some()
        {
            return None;
        }
        // (Not a quantifier — «عمري كله», «بعضهم» —, not a word behind a proclitic —
        // «لنفسه», «وأعرفه» —, not a verb with its object — «أنتجته».)
        let possessed = (g.ends_with('ه') || g.ends_with("ها") || g.ends_with("هم"))
            && !segment_spans(graw)
                .iter()
                .any(|(_, k)| k == SegmentKind::Proclitic)
            && !["كل", "بعض", "جميع", "نفس", "ذات", "عين"]
                .iter()
                .any(|q| g.starts_with(q))
            && !object_pronoun_verb(graw)
            && pronoun_suffixed(graw);
        // (The adjective: an indefinite word in ـين/ـان right after the complement.)
        let adjective = !possessed
            && self.joined(i + 2)
            && self.is_word(i + 2)
            && {
                // (Oblique as the construct ـي is: not «حركة طالبان».)
                let a = self.f(i + 2);
                a.ends_with("ين")
                    && !a.starts_with("ال")
                    && a.chars().count() >= 5
                    && !self.t.not_nouns.contains(a)
            }
            && !g.ends_with('ا')
            && dual::takes_article(graw);
        if !possessed && !adjective {
            return None;
        }
        let letters = base_letters(self.raw(i));
        // (ى is no ي: «قتلى وجرحى» are plurals.)
        let stem = letters.strip_suffix('ي')?;
        let d = dual::read_dual(&format!("{letters}ن"))?;
        // A plural-ambiguous head («مسؤولي أمن سابقين» is a plural) needs a sure dual
        // adjective.
        let sure = d.class == dual::DualClass::Dual
            || (adjective
                && dual::read_dual(self.raw(i + 2))
                    .is_some_and(|x| x.class == dual::DualClass::Dual));
        if !sure || !dual::dual_commoner(&letters, stem) {
            return None;
        }
        let unit = self.dual_unit(&d, i)?;
        // (`d.skip` counts bytes of `letters`; the raw word may hold diacritics.)
        let chars = letters.get(..d.skip)?.chars().count();
        let raw = self.raw(i);
        let skip = raw
            .char_indices()
            .filter(|(_, c)| !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}')
            .nth(chars)
            .map_or(0, |(b, _)| b);
        let start = self.item(i)?.span.start + skip;
        Some(self.dual_quantity(i, start, i, &unit))
    }

    /// The nominative construct dual at item `i` («رجلا إطفاء», «رجلا أمن», «سيارتا
    /// إسعاف») as a quantity of 2. The same letters are the accusative singular
    /// («قتل رجلا مسلحا», «رأى رجلا يحمل»), so the word after it must be a genitive
    /// noun: indefinite, not in the accusative ا, not a verb (it takes the article),
    /// not a time word («رجلا صباح الأحد»). The dual must be attested in the
    /// nominative (رجلان، سيارتان: adverbs in ا — سابقا، رسميا — have none) and no
    /// tanween may mark the accusative.
    fn nominative_construct_dual(&self, i: usize) -> Option<RawQuantity> {
        const PAIRED_PERSONS: &[&str] = &[
            "رجل",
            "جندي",
            "عنصر",
            "ضابط",
            "طيار",
            "مهاجم",
            "لاعب",
            "حارس",
            "عامل",
            "موظف",
            "مسؤول",
            "وزير",
            "سفير",
            "مراسل",
            "مصور",
            "شرطي",
            "نائب",
            "قائد",
            "مدرب",
            "نجم",
        ];
        const ADVERBS: &[&str] = &[
            "سابقا",
            "لاحقا",
            "حاليا",
            "رسميا",
            "مجددا",
            "ايضا",
            "جدا",
            "تماما",
            "دائما",
            "اساسا",
            "فعلا",
            "اصلا",
            "خصوصا",
            "تحديدا",
            "شخصيا",
            "مثلا",
            "فورا",
            "نهائيا",
            "ابدا",
            "معا",
            "جميعا",
            "كثيرا",
            "قليلا",
            "غالبا",
            "عاده",
            "مسبقا",
        ];
        let raw = self.raw(i);
        if raw.contains('\u{064B}') || !self.joined(i + 1) || !self.is_word(i + 1) {
            return None;
        }
        let f = strip_wa(self.f(i));
        if ADVERBS.contains(&f) || self.t.not_nouns.contains(f) {
            return None;
        }
        let g = self.f(i + 1);
        let graw = self.raw(i + 1);
        // «لاعبا المنتخب», «وزيرا الخارجية»: a definite complement too. An indefinite
        // accusative is never followed by a definite adjective; a definite word after
        // it starts another phrase — a time («عين وزيرا الأسبوع الماضي»), checked below.
        let (definite, g) = match g.strip_prefix("ال") {
            Some(b) if b.chars().count() >= 3 => (true, b),
            _ => (false, g),
        };
        if g.starts_with("ال")
            || g.ends_with('ه') && !graw.ends_with('ة')
            || g.ends_with('ا')
            || g.chars().count() < 3
            || self.t.not_nouns.contains(g)
            || self.t.time_units.contains(g)
            || self.t.months.contains(g)
            || matches!(
                g,
                "صباح" | "مساء" | "عشيه" | "ليله" | "ظهر" | "فجر" | "امس" | "واحد"
            )
            || (definite
                && matches!(
                    g,
                    "ماضي"
                        | "حالي"
                        | "مقبل"
                        | "جاري"
                        | "يوم"
                        | "ليله"
                        | "موسم"
                        | "ذي"
                        | "تي"
                ))
            || khabar_text::numbers::number_word(graw, g).is_some()
            || (!definite && !dual::takes_article(graw))
        {
            return None;
        }
        // The word without a و proclitic.
        let letters = base_letters(raw);
        let lex = khabar_text::lexicon::Lexicon::get();
        let count = |w: &str| lex.count(&khabar_text::lexicon::lexfold_str(w));
        // (A word of its own in و — وزيرا، وكالتا — keeps it.)
        let own_waw = letters.strip_suffix('ا').is_some_and(|st| {
            PAIRED_PERSONS.contains(&st)
                || st
                    .strip_suffix('ت')
                    .is_some_and(|s| count(&format!("{s}ة")) >= 30)
        });
        let (skip, letters) = match letters.strip_prefix('و') {
            Some(r) if !own_waw && strip_wa(self.f(i)).len() < self.f(i).len() => {
                ('و'.len_utf8(), r)
            }
            _ => (0, letters.as_str()),
        };
        let stem = letters.strip_suffix('ا')?;
        // A verb (رجلا قتل: "a man killed") or an elative (أمرا أقرب) after it.
        let gl = khabar_text::lexicon::lexfold_str(&base_letters(graw));
        let gc = lex.count(&gl);
        let gverb = lex.count(&format!("{gl}وا"));
        let elative = gl.chars().count() == 4 && gl.starts_with('ا') && !gl.ends_with('ة');
        if (gverb >= 5 && gverb.saturating_mul(10) >= gc) || elative {
            return None;
        }
        let (singular, nominative) = match stem.strip_suffix('ت') {
            // ـتا is never the accusative of a ة-noun (ـةً): شركتا، سيارتا، طائرتا.
            // (Not the perfect of a verb whose ـوا form the corpus knows: «واجهتا
            // مشاكل», "they both faced".)
            Some(s) if count(&format!("{s}ة")) >= 30 && count(&format!("{s}وا")) < 10 => {
                (format!("{s}ة"), count(&format!("{s}تان")))
            }
            // A masculine ـا is, far more often than not (كبيرا، دولا، موضوعا،
            // سياسيا): only nouns of people counted in pairs in the news.
            _ if PAIRED_PERSONS.contains(&stem) => (stem.to_string(), count(&format!("{stem}ان"))),
            _ => return None,
        };
        if singular.chars().count() < 3
            || nominative < 3
            || count(&singular) < 30
            || !dual::takes_article(&singular)
        {
            return None;
        }
        let d = dual::DualWord {
            skip,
            singular,
            class: dual::DualClass::Dual,
        };
        let unit = self.dual_unit(&d, i)?;
        let start = self.item(i)?.span.start + skip;
        Some(self.dual_quantity(i, start, i, &unit))
    }

    /// A quantity of 2 of `unit` from byte `start` (in item `first`, after any
    /// proclitic) to the end of item `last`, with a hedge before (أكثر من شخصين) or
    /// after it (شخصان على الأقل).
    fn dual_quantity(&self, first: usize, start: usize, last: usize, unit: &Unit) -> RawQuantity {
        let mut qual = Qual::Exact;
        // «هدفين ونصف», «مرتين ونصف»: a fraction joined to the dual adds to its two.
        let mut value = 2.0;
        let mut last = last;
        if let Some((j, frac)) = self
            .and_fraction(last)
            .filter(|&(j, _)| self.is_word(j) && self.fraction_ends(j + 1))
        {
            value += frac;
            last = j;
        }
        let mut span = Span::new(start, self.item(last).map_or(start, |x| x.span.end));
        let bare = self.item(first).is_some_and(|x| x.span.start == start);
        if let Some((q, at)) = self.pre_cue(first).filter(|_| bare) {
            qual = q;
            span.start = at;
        } else if let Some((q, e)) = self.post_cue(last + 1) {
            qual = q;
            span.end = self.item(e).map_or(span.end, |x| x.span.end);
        }
        RawQuantity {
            span,
            value: Some(value),
            low: None,
            high: None,
            qualifier: qual.as_str(),
            unit: unit.name(),
        }
    }

    /// Is the dual at item `i` (without proclitic) an adjective or a predicate rather
    /// than a counted noun? Right after
    /// * another dual or plural-looking word it agrees with (هدفين نظيفين، سنتين
    ///   كاملتين، لمخرجتين عربيتين);
    /// * a noun coordinated with و (وغضب كبيرين: one adjective for two nouns);
    /// * a dual or plural copula or a dual pronoun (كانتا قريبتين، أنهما قديمان،
    ///   يكونوا حذرين);
    /// * an indefinite plural noun (لأساتذة ماهرين).
    ///
    /// After a superlative or أول/آخر the dual is counted: أكبر صفقتين "the two
    /// biggest deals", أول مباراتين "the first two matches".
    fn dual_is_adjective(&self, i: usize, singular: &str) -> bool {
        if i == 0 || !self.joined(i) || !self.is_word(i - 1) {
            return false;
        }
        let pf = self.f(i - 1);
        let praw = self.raw(i - 1);
        // A dual- or plural-looking word (not an imperfect verb: يلعبان مباراتين).
        let bare = strip_wa(pf);
        let bare = match bare.strip_prefix(['ب', 'ل', 'ك']) {
            Some(r) if r.chars().count() >= 5 => r,
            _ => bare,
        };
        // An adjective agrees in definiteness: «سجل اللاعبان هدفين» has an object. But
        // a nominative dual after a definite one is its predicate (إن الشخصين مدنيان).
        let definite = (bare.starts_with("ال") || bare.starts_with("لل"))
            && !(bare.starts_with("ال")
                && dual::may_own_al(praw)
                && dual::own_al(&khabar_text::lexicon::lexfold_str(praw)));
        let nominative = self.f(i).ends_with("ان");
        // A place name in ـان/ـين (إيران، لبنان، فلسطين; «لإيران» behind its
        // preposition) has no adjective in the dual: «وقدمت إيران سفينتين» counts.
        let lex = khabar_text::lexicon::Lexicon::get();
        let place = |w: &str| lex.is_name(&khabar_text::lexicon::lexfold_str(w));
        // (Not a name coordinated with another, «باريس وبرلين قريبتين»: the pair is
        // the subject the dual agrees with.)
        let named = || {
            !praw.starts_with('و')
                && (place(praw)
                    || praw
                        .strip_prefix(['ب', 'ل', 'ك'])
                        .is_some_and(|r| r.chars().count() >= 4 && place(r)))
        };
        if (!definite || nominative)
            && (bare.ends_with("ان") || bare.ends_with("ين"))
            && bare.chars().count() >= 5
            && !bare.starts_with('ي')
            && !named()
        {
            return true;
        }
        const COPULAS: &[&str] = &[
            "كانا",
            "كانتا",
            "يكونا",
            "تكونا",
            "يكونان",
            "تكونان",
            "اصبحا",
            "اصبحتا",
            "ظلا",
            "ظلتا",
            "باتا",
            "باتتا",
            "مازالا",
            "مازالتا",
            "لازالا",
            "لازالتا",
            "يزالان",
            "تزالان",
            "ليسا",
            "ليستا",
            "هما",
            "انهما",
            "لانهما",
            "كونهما",
            "بانهما",
            // Plural copulas: a sound plural predicate (أن يكونوا حذرين).
            "كانوا",
            "يكونوا",
            "تكونوا",
            "يكونون",
            "تكونون",
            "اصبحوا",
            "ظلوا",
            "باتوا",
            "مازالوا",
            "لازالوا",
            "يزالون",
            "ليسوا",
        ];
        if COPULAS.contains(&strip_wa(pf)) {
            return true;
        }
        // A predicate after a copula and its definite subject (and adverbs with the
        // article): «كان الأسبوعان الأخيران صعبين», «وكانت الأختان مطلقتين», «وهما
        // الآن مطلقان». A verb or any indefinite word between ends the look-back
        // («كان اللاعبان سجلا هدفين» has an object).
        const SINGULAR_COPULAS: &[&str] = &[
            "كان",
            "كانت",
            "يكون",
            "تكون",
            "اصبح",
            "اصبحت",
            "ظل",
            "ظلت",
            "بات",
            "باتت",
            "صار",
            "صارت",
            "ليس",
            "ليست",
            "مازال",
            "مازالت",
            "لازال",
            "لازالت",
            "يزال",
            "تزال",
        ];
        let mut k = i - 1;
        for _ in 0..4 {
            let g = strip_wa(self.f(k));
            if k < i - 1 && (COPULAS.contains(&g) || SINGULAR_COPULAS.contains(&g)) {
                return true;
            }
            if !g.starts_with("ال") || k == 0 || !self.joined(k) || !self.is_word(k - 1) {
                break;
            }
            k -= 1;
        }
        // و + a noun (it takes the article; a verb — وأرسل رسالتين — does not). Not a
        // word whose و is a root letter and that takes the article whole, before a
        // feminine dual: «في ظل وجود حصتين تدريبيتين» ("the presence of two
        // sessions") has وجود, not و + جود. (A masculine ـين there is as often a
        // plural: «وجود متصفحين عليها», "users on it".)
        let fem_dual = self.f(i).ends_with("تين") || self.f(i).ends_with("تان");
        if let Some(rest) = praw.strip_prefix('و') {
            if rest.chars().count() >= 3
                && dual::takes_article(rest)
                && !(fem_dual && dual::takes_article(praw))
            {
                return true;
            }
        }
        // An adjective-shaped dual (a participle فاعل/مُفعِل or a nisba) right after an
        // indefinite broken or feminine plural agrees with it (لأساتذة ماهرين، خطوط
        // إيرانيتين، أحداث لافتان). A noun there is in construct with the plural
        // (قادة حزبين، تقديرات شركتين), so other shapes are still counted.
        let sc: Vec<char> = singular.chars().collect();
        let nisba = singular.ends_with('ي') || singular.ends_with("ية");
        let participle = !singular.ends_with('ة')
            && ((sc.len() >= 3 && sc.first() == Some(&'م'))
                || (sc.len() == 4 && sc.get(1) == Some(&'ا')));
        let known_plural = self
            .t
            .plurals
            .get(bare)
            .is_some_and(|s| khabar_text::numbers::fold_word(s) != bare);
        (nisba || participle)
            && !definite
            && !praw.starts_with('و')
            && (known_plural || (bare.ends_with("ات") && bare.chars().count() >= 5))
    }

    /// The unit of a dual noun's singular, or None when it is not a counted noun
    /// (a time unit — شهرين is a duration —, a number word, a function word).
    fn dual_unit(&self, d: &dual::DualWord, i: usize) -> Option<Unit> {
        let s = khabar_text::numbers::fold_word(&d.singular);
        if self.t.time_units.contains(&s)
            || self.t.months.contains(&s)
            || self.t.not_nouns.contains(&s)
            || self.t.vague.contains_key(&s)
            || khabar_text::numbers::number_word(&d.singular, &s).is_some()
        {
            return None;
        }
        if let Some(u) = self.t.measure.get(&s) {
            return Some(Unit::Measure(u));
        }
        if let Some(family) = self.t.currency.get(&s) {
            return Some(Unit::Currency(self.currency_code(family, None, i).0));
        }
        Some(Unit::Noun(d.singular.clone()))
    }

    /// Is item `i` inside a number or right after one? An ordinal right before a
    /// dual is its noun's adjective, not a count of the dual («أضاع الهدف الثاني
    /// مرتين», «سجل الخامس مرتان»): the dual still counts.
    fn number_at_or_before(&self, ranges: &[(usize, usize)], i: usize) -> bool {
        ranges.iter().enumerate().any(|(k, &(a, b))| {
            a <= i
                && i <= b + 1
                && !(b + 1 == i
                    && self
                        .scan
                        .numbers
                        .get(k)
                        .is_some_and(|m| m.kind == NumberKind::Ordinal))
        })
    }

    /// A dual unit word alone is a quantity of 2 (لتران, درجتين تحت الصفر).
    fn dual_units(&self, out: &mut Vec<RawQuantity>, ranges: &[(usize, usize)], cands: &[usize]) {
        for &i in cands {
            let Some(it) = self.item(i) else { continue };
            let Some(u) = self.t.dual_units.get(self.f(i)) else {
                continue;
            };
            // «مرتين ونصف», «لترين ونصف»: two and a half (the fraction is a number of
            // its own to the reader).
            let fraction = self
                .and_fraction(i)
                .filter(|&(j, _)| self.is_word(j) && self.fraction_ends(j + 1));
            if (fraction.is_none() && ranges.iter().any(|&(a, _)| a == i + 1))
                || self.number_at_or_before(ranges, i)
            {
                continue;
            }
            let mut value = 2.0;
            let mut end = it.span.end;
            let below = self.f(i + 1) == "تحت" && self.f(i + 2) == "الصفر";
            if below {
                value = -2.0;
                end = self.item(i + 2).map_or(end, |x| x.span.end);
            } else if *u == "°" {
                // درجتين alone is as often two ranks or grades as two degrees.
                continue;
            } else if let Some((j, frac)) = fraction {
                value += frac;
                end = self.item(j).map_or(end, |x| x.span.end);
            }
            out.push(RawQuantity {
                span: Span::new(it.span.start, end),
                value: Some(value),
                low: None,
                high: None,
                qualifier: "exact",
                unit: Some((*u).to_string()),
            });
        }
    }
}

/// Is `raw` ب/ل + a place name («كأس العالم 2018 بروسيا»: "in Russia", not a nisba
/// noun روسي)? The name (four letters or more) is in the lexicon's gazetteer and the
/// whole word is not a name itself.
fn place_after_preposition(raw: &str) -> bool {
    let Some(rest) = raw.strip_prefix(['ب', 'ل']) else {
        return false;
    };
    let lex = khabar_text::lexicon::Lexicon::get();
    let rest = khabar_text::lexicon::lexfold(rest);
    rest.len() >= 4
        && lex.is_name(&rest.text)
        && !lex.is_name(&khabar_text::lexicon::lexfold(raw).text)
}

/// Latin letters spelled in Arabic, as written before a model number (إف 16، تي 72).
/// (في and أم are words; only their hamza-less or إ spellings that are not are listed.)
const SPELLED_LETTERS: &[&str] = &[
    "إف", "إس", "إم", "إتش", "إيه", "إكس", "بي", "تي", "سي", "جي", "كيه", "يو", "إي",
];

/// Folded singular heads of named armed groups and parties (تنظيم داعش، حركة حماس،
/// الجيش الحر) that a casualty tally counts by after «N من» (fresh review s22b Q1).
const GROUP_HEADS: &[&str] = &["تنظيم", "حركه", "جماعه", "حزب", "جيش", "ميليشيا", "مليشيا"];

/// Folded words of greeting, thanks and blessing that «ألف/مليون» before them makes a
/// formula of (fresh review s22d Q1: «ألف مبروك», «ألف شكر», «ألف سلامة»; the rest
/// are the same formula's other common words).
const GREETINGS: &[&str] = &[
    "مبروك",
    "شكر",
    "سلامه",
    "حمد",
    "مرحبا",
    "تحيه",
    "رحمه",
    "بركه",
    "صحه",
    "هنا",
    "مبارك",
    "تهنئه",
    "قبله",
];

/// Folded plural vague words that also count with the article (العشرات من المدنيين).
const DEFINITE_VAGUE: &[&str] = &["عشرات", "مئات", "ميات", "الاف", "الوف", "ملايين", "مليارات"];

fn currency_symbol_unit(c: char) -> Option<Unit> {
    lexicon::currency_symbol(c).map(|s| Unit::Currency(s.to_string()))
}

/// A و-initial word that is a conjunction + word rather than a word starting with و
/// (وزير، وزارة، وحدة، وفد، ولاية … start with و).
fn looks_conj(f: &str) -> bool {
    const WAW_WORDS: &[&str] = &[
        "وزير",
        "وزراء",
        "وزاره",
        "وحده",
        "وحدات",
        "وفد",
        "وفود",
        "ولايه",
        "ولايات",
        "وثيقه",
        "وثائق",
        "وظيفه",
        "وظائف",
        "وجبه",
        "وجبات",
        "وسيله",
        "وسائل",
        "وكاله",
        "وكالات",
        "ولد",
        "وفيات",
        "وفاه",
        "واردات",
        "وديان",
        "واد",
        "وادي",
        "وحش",
        "ورقه",
        "اوراق",
        "ورشه",
        "وقفه",
    ];
    // The accusative tanween of the noun: وزيرا، وفدا.
    let bare = match f.strip_suffix('ا') {
        Some(r) if r.chars().count() >= 3 => r,
        _ => f,
    };
    !WAW_WORDS.contains(&f) && !WAW_WORDS.contains(&bare)
}

/// A و-initial noun the news corpus knows as a word of its own: common, and common
/// with the article (50 وصفة، الوصفة), unlike a conjunction + word (وتعادل، وكأس) or a
/// و-initial verb (وقعت), which never take it.
fn waw_noun(raw: &str) -> bool {
    let lex = khabar_text::lexicon::Lexicon::get();
    let w = khabar_text::lexicon::lexfold_str(raw);
    // Only a feminine noun or plural (وصفة، وفاة، وجهات): a bare و-word may be a verb
    // or an adjective (وجه، وهن، واضحا).
    if !(w.ends_with('ة') || (w.ends_with("ات") && w.chars().count() >= 5)) {
        return false;
    }
    // و + a hamza-initial word is a conjunction + word (وأعد، وإصابة).
    if raw.starts_with("وأ") || raw.starts_with("وإ") || raw.starts_with("وآ") {
        return false;
    }
    let n = lex.count(&w);
    let art = lex.count(&format!("ال{w}"));
    // The word without و must not be much the commoner reading: وجهة is mostly و +
    // جهة ("and a side"), وصفة a recipe.
    let rest = w.strip_prefix('و').map_or(0, |r| lex.count(r));
    n >= 30
        && art >= 10
        && f64::from(art) >= 0.05 * f64::from(n)
        && f64::from(n) * 2.5 >= f64::from(rest)
}

/// A masculine plural in construct has lost its ن: مسؤولي المخابرات → مسؤول, إرهابيي
/// التنظيم → إرهابي. Only a written ي (not ى) on a participle (م…) or a nisba (…يي).
/// What واحد/واحدة after a word is (see [`Cx::one_after_noun`]).
enum OneAfter {
    /// A count of one of the noun before it.
    Count(RawQuantity),
    /// Not a quantity (a duration, «كرجل واحد», «في آن واحد»).
    NotCount,
    /// No noun before it: واحد stands alone («واحد فيهم»).
    NoNoun,
}

/// Nouns that واحد/واحدة follows in set phrases, folded: "at once" (في آن/وقت واحد،
/// دفعة واحدة), "united" (صف واحد، سقف واحد، جسد واحد، كتلة واحدة، قلب واحد، نفس
/// واحد), "unilateral" (من جانب/طرف واحد), "number one" (رقم واحد), "each/any/the
/// last one" (كل واحد، أي واحد، آخر واحد).
const ONE_PHRASES: &[&str] = &[
    "ان", "وقت", "دفعه", "صف", "سقف", "جسد", "كتله", "قلب", "نفس", "جانب", "طرف", "رقم", "كل",
    "اي", "اخر",
];

/// Feminine nouns without ة that واحدة follows (folded): حرب واحدة، أرض واحدة.
/// Folded nouns that name a form of money (loans, aid, grants …): «N مليون من
/// القروض» is a sum of money, not a count of loans.
const MONEY_KINDS: &[&str] = &[
    "قروض",
    "مساعدات",
    "منح",
    "تبرعات",
    "استثمارات",
    "ديون",
    "اعانات",
    "هبات",
    "ودايع",
    "عايدات",
    "ايرادات",
    "ارباح",
    "مستحقات",
    "تعويضات",
    "مخصصات",
    "تمويلات",
    "قرض",
    "مساعده",
    "منحه",
    "تبرع",
    "استثمار",
    "دين",
    "اعانه",
    "هبه",
    "تمويل",
    "تعويض",
];

const FEMININE_NOUNS: &[&str] = &[
    "حرب", "ارض", "شمس", "نار", "دار", "عين", "يد", "نفس", "روح", "ريح", "كاس", "بير", "سوق",
    "طريق", "قدم", "اذن", "سن", "ساق", "ذراع",
];

/// The letters of a word without diacritics or tatweel.
fn base_letters(raw: &str) -> String {
    raw.chars()
        .filter(|c| !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}')
        .collect()
}

/// Is `raw` و/ف + أحد/إحدى ("and one of"), written with its hamza? (واحد without one
/// is the numeral.)
fn and_one_of(raw: &str) -> bool {
    let letters: String = raw
        .chars()
        .filter(|c| !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}')
        .collect();
    letters
        .strip_prefix(['و', 'ف'])
        .is_some_and(|r| matches!(r, "أحد" | "إحدى" | "إحدي"))
}

/// Is `raw` (folded `f`, starting with ي or ت) an imperfect verb («مئات الآلاف
/// تطالب», «عشرات يحاولون»)? By the news corpus: the other person (تطالب ↔ يطالب)
/// is a word too, as common as a fifth of this one; nouns in ت/ي (تقرير، تظاهرات،
/// يخت) have no such twin. Known units stay nouns.
fn imperfect_verb(t: &Tables, raw: &str, f: &str) -> bool {
    if f.chars().count() < 4 || t.plurals.contains_key(f) || t.singulars.contains(f) {
        return false;
    }
    let letters = base_letters(raw);
    let (twin, rest) = match letters.strip_prefix('ت') {
        Some(r) => ('ي', r),
        None => match letters.strip_prefix('ي') {
            Some(r) => ('ت', r),
            None => return false,
        },
    };
    let lex = khabar_text::lexicon::Lexicon::get();
    let count = |w: &str| lex.count(&khabar_text::lexicon::lexfold_str(w));
    let own = count(&letters);
    // A ت-masdar mostly takes the article (التعادل، التقدم): «تعادل واحد» is a draw.
    if count(&format!("ال{letters}")).saturating_mul(2) >= own {
        return false;
    }
    let other = count(&format!("{twin}{rest}"));
    other >= 5 && other.saturating_mul(5) >= own
}

/// Is `raw` the verb أثنى ("praised", و/ف before it allowed), which folds to the
/// numeral «اثنى»? The numeral in ى only stands before عشر (اثنى عشر), which the
/// number reader takes with it; alone, the word is the verb.
fn praised_verb(raw: &str) -> bool {
    let letters = base_letters(raw);
    let bare = match letters.strip_prefix(['و', 'ف']) {
        Some(r) if r.chars().count() == 4 => r,
        _ => letters.as_str(),
    };
    matches!(bare, "أثنى" | "اثنى" | "إثنى")
}

/// Does the word `raw` end in a pronoun (بينهم، إصاباتهم، سجلها، ضده، حتفهما)? By the
/// news corpus: the stem must be a word of its own (سجل، بين) or take other pronouns
/// (حتفه), so that درهم، سهم، مساهم، تفاهم keep their هم, اتجاها and وجها their ها,
/// and ه written for ة (مدرسه) is not read as a pronoun.
fn pronoun_suffixed(raw: &str) -> bool {
    let letters: String = raw
        .chars()
        .filter(|c| !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}')
        .collect();
    let Some((rest, suffix)) = ["هما", "هم", "ها", "ه"]
        .iter()
        .find_map(|s| letters.strip_suffix(s).map(|r| (r, *s)))
    else {
        return false;
    };
    // (ضده: a two-letter stem only before ه.)
    if rest.chars().count() < if suffix == "ه" { 2 } else { 3 } {
        return false;
    }
    let lex = khabar_text::lexicon::Lexicon::get();
    let stem = khabar_text::lexicon::lexfold_str(rest);
    let count = |s: &str| lex.count(&format!("{stem}{s}"));
    match suffix {
        "ه" => {
            let bare = count("");
            bare >= MIN_STEM && count("ة").saturating_mul(4) < bare
        }
        "ها" => count("") >= MIN_STEM,
        _ => count("").max(count("ه")).max(count("ها")) >= MIN_STEM,
    }
}

/// Is `raw` a noun with the first-person possessive ـي (كتابي، صوري، سجائري)? A
/// counted noun never carries one («ألف كتاب», «ألف من كتبي»): «ألف كتابي» is the
/// verb ألّف ("I rolled/wrote"). By the news corpus: without its ي the word is a
/// common noun, thirty times commoner than the ي form, which keeps nisba nouns and
/// adjectives out (عسكري، مدني، مصري, each common in its own right).
fn first_person_possessed(raw: &str) -> bool {
    let letters = base_letters(raw);
    let Some(stem) = letters.strip_suffix('ي') else {
        return false;
    };
    if stem.chars().count() < 3 {
        return false;
    }
    let lex = khabar_text::lexicon::Lexicon::get();
    let folded = khabar_text::lexicon::lexfold_str(stem);
    let s = lex.count(&folded);
    s >= 10 && lex.count(&format!("{folded}ي")).saturating_mul(30) <= s
}

/// Is `raw` a perfect verb with an object pronoun ـهم/ـهن/ـهما (أزعجهم، انتابهم)?
/// «مثل آلاف أزعجهم الخبر» is "thousands whom the news upset": a relative clause,
/// not the counted noun. By the news corpus: the stem of three letters or more
/// takes the perfect ـت (أزعجت، انتابت), which nouns in هم (مساهم، تفاهم) do not.
fn object_pronoun_verb(raw: &str) -> bool {
    let letters = base_letters(raw);
    let Some(stem) = ["هما", "هم", "هن"]
        .iter()
        .find_map(|s| letters.strip_suffix(s))
    else {
        return false;
    };
    if stem.chars().count() < 3 || stem.ends_with(['ا', 'ي', 'و', 'ة']) {
        return false;
    }
    let lex = khabar_text::lexicon::Lexicon::get();
    let folded = khabar_text::lexicon::lexfold_str(stem);
    lex.count(&format!("{folded}ت")) >= 3 && lex.count(&format!("ال{folded}")) < 3
}

/// Is `raw` a perfect verb in ـت (انطلقت، وصلت، أعلنت)? By the news corpus: without
/// its ت it is a word of at least three letters (the third person masculine) that also
/// takes the plural ـوا. Nouns in ت keep it: تابوت، ياقوت (no تابووا), بيت and صوت (a
/// stem under three letters), and ات plurals are not looked at.
fn perfect_verb(raw: &str) -> bool {
    let letters: String = raw
        .chars()
        .filter(|c| !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}')
        .collect();
    let Some(stem) = letters.strip_suffix('ت') else {
        return false;
    };
    if stem.ends_with('ا') || stem.chars().count() < 3 {
        return false;
    }
    let lex = khabar_text::lexicon::Lexicon::get();
    let folded = khabar_text::lexicon::lexfold_str(stem);
    lex.count(&folded) >= MIN_STEM && lex.count(&format!("{folded}وا")) >= MIN_VERB_PLURAL
}

/// Is `raw` a perfect verb in the dual ـا (كانا، قتلا، فازا) rather than an accusative
/// noun (عملا، شاهدا، صوتا)? By the news corpus: without its ا it is a common word
/// whose plural ـوا is attested and three times as common as the ـا form (a noun's
/// accusative is the commoner: صوتا 197 against صوتوا 40; «11 ولدا» 17 against
/// ولدوا 39 stays a noun). Tanween marks a noun.
fn dual_perfect_verb(raw: &str) -> bool {
    if raw.contains('\u{064B}') {
        return false;
    }
    let letters = base_letters(raw);
    let Some(stem) = letters.strip_suffix('ا') else {
        return false;
    };
    if stem.ends_with(['ا', 'و']) || stem.chars().count() < 3 {
        return false;
    }
    let lex = khabar_text::lexicon::Lexicon::get();
    let folded = khabar_text::lexicon::lexfold_str(stem);
    let plural = lex.count(&format!("{folded}وا"));
    lex.count(&folded) >= MIN_STEM
        && plural >= MIN_VERB_PLURAL
        && f64::from(plural) >= 3.0 * f64::from(lex.count(&format!("{folded}ا")))
}

/// «تعرضن», «تأثرن», «يعملن»: a verb with the feminine plural ـن (s19d Q2: «أعمارهن
/// بين 17 و45 تأثرن» took the verb as the unit). By the corpus: the word without ـن
/// plus ـوا (تأثروا) is a verb form at least as common as the word itself. Nouns in
/// ن (سجن، وطن، مدن، قطن) have no such ـوا form.
fn feminine_plural_verb(raw: &str) -> bool {
    let letters = base_letters(raw);
    let Some(stem) = letters.strip_suffix('ن') else {
        return false;
    };
    if stem.ends_with(['ا', 'و', 'ي']) || stem.chars().count() < 3 {
        return false;
    }
    let lex = khabar_text::lexicon::Lexicon::get();
    let folded = khabar_text::lexicon::lexfold_str(stem);
    let plural = lex.count(&format!("{folded}وا"));
    plural >= MIN_VERB_PLURAL && plural >= lex.count(&khabar_text::lexicon::lexfold_str(&letters))
}

/// Minimum corpus count of the ـوا plural of a perfect verb.
const MIN_VERB_PLURAL: u32 = 5;

/// Minimum corpus count of the stem of a word read as stem + pronoun.
const MIN_STEM: u32 = 30;

fn construct_plural_stem<'s>(raw: &str, folded: &'s str) -> &'s str {
    let written_ya = raw
        .chars()
        .rfind(|c| !khabar_text::normalize::is_arabic_diacritic(*c))
        == Some('ي');
    match folded.strip_suffix('ي') {
        // (مستخدمي، إرهابيي, and the فاعل pattern: لاعبي، ناخبي.)
        Some(s)
            if written_ya
                && s.chars().count() >= 3
                && (s.starts_with('م')
                    || s.ends_with('ي')
                    || (s.chars().count() == 4 && s.chars().nth(1) == Some('ا'))) =>
        {
            s
        }
        _ => folded,
    }
}

/// Singular of a counted noun (no article, no case ending), in its original spelling.
///
/// `known` tells whether the document uses a (folded) word: a sound plural whose bare
/// stem occurs in the text is masculine (قطاعات → قطاع when قطاع occurs and قطاعة does
/// not; قديسين → قديس when قديس occurs).
fn singular(t: &Tables, raw: &str, folded: &str, known: &dyn Fn(&str) -> bool) -> Option<String> {
    // Letters of the original without diacritics/tatweel, aligned with `folded` when possible.
    let bare: Vec<char> = raw
        .chars()
        .filter(|c| !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}')
        .collect();
    let fchars: Vec<char> = folded.chars().collect();
    let aligned = bare.len() == fchars.len();
    let mut lo = 0usize;
    let hi = fchars.len();
    // Article (the noun after من, or a construct complement).
    let fs: String = fchars.iter().collect();
    // أل with a hamza is a root (ألقاب، ألغام), not the article.
    let hamza = aligned && bare.first() == Some(&'أ');
    if fs.starts_with("ال") && hi > 4 && !hamza {
        lo = 2;
    } else if fs.starts_with("لل") && hi > 4 {
        lo = 1;
    }
    let cut = |lo: usize, hi: usize| -> String {
        if aligned {
            bare.get(lo..hi)
                .map(|s| s.iter().collect())
                .unwrap_or_default()
        } else {
            fchars
                .get(lo..hi)
                .map(|s| s.iter().collect())
                .unwrap_or_default()
        }
    };
    let key: String = fchars.get(lo..hi)?.iter().collect();
    if let Some(s) = t.plurals.get(&key) {
        return Some(s.clone());
    }
    // حكام is the plural of حكم (referees) and of حاكم (rulers, governors): the
    // document's own singular decides: rulers when it names one, else referees.
    if key == "حكام" {
        return Some(
            if known("حاكم") {
                "حاكم"
            } else {
                "حكم"
            }
            .to_string(),
        );
    }
    // Loanwords in و take ـهات (سيناريوهات، فيديوهات، استوديوهات): the singular ends
    // in و (a common word of the corpus), not in ة (تشوهات keeps تشوه).
    if let Some(stem) = key.strip_suffix("وهات") {
        let sing = format!("{stem}و");
        let lex = khabar_text::lexicon::Lexicon::get();
        if stem.chars().count() >= 4 && lex.count(&khabar_text::lexicon::lexfold_str(&sing)) >= 10 {
            return Some(cut(lo, hi - 3));
        }
    }
    // Accusative tanween: مسلحا → مسلح.
    if key.ends_with('ا') && key.chars().count() >= 4 {
        let k2: String = key.chars().take(key.chars().count() - 1).collect();
        if let Some(s) = t.plurals.get(&k2) {
            return Some(s.clone());
        }
        return Some(cut(lo, hi - 1));
    }
    let n = key.chars().count();
    // Sound masculine plural: مسلحين → مسلح, إرهابيين → إرهابي.
    if (key.ends_with("ين") || key.ends_with("ون")) && n >= 5 {
        let stem: String = key.chars().take(n - 2).collect();
        let sc: Vec<char> = stem.chars().collect();
        let participle = sc.first() == Some(&'م');
        let nisba = stem.ends_with('ي');
        let faail = sc.len() == 4 && sc.get(1) == Some(&'ا');
        // فعّال nouns (هدافين → هداف, رسامين → رسام) that the corpus knows.
        let faaal = sc.len() == 4
            && sc.get(2) == Some(&'ا')
            && khabar_text::lexicon::Lexicon::get()
                .count(&khabar_text::lexicon::lexfold_str(&stem))
                >= MIN_MASCULINE;
        let seen = sc.len() >= 4 && known(&stem);
        if participle || nisba || faail || faaal || seen {
            return Some(cut(lo, hi - 2));
        }
    }
    // Sound feminine plural: سيارات → سيارة.
    if key.ends_with("ات") && n >= 5 {
        let stem: String = key.chars().take(n - 2).collect();
        if let Some(s) = maqsura_singular(&cut(lo, hi - 2)) {
            return Some(s);
        }
        let masculine = n >= 6
            && !stem.ends_with(['ي', 'ا', 'و'])
            && !known(&format!("{stem}ه"))
            && (known(&stem) || masculine_in_corpus(&cut(lo, hi - 2)));
        if masculine {
            return Some(cut(lo, hi - 2));
        }
        let mut s = cut(lo, hi - 2);
        s.push('ة');
        return Some(s);
    }
    let s = cut(lo, hi);
    (!s.is_empty()).then_some(s)
}

/// Is the sound feminine plural of `stem` (its letters, the plural without ات) the
/// plural of a masculine noun, by the news corpus: the bare stem is a common word and
/// its ة-form is rare or absent (انتصارات → انتصار، مجالات → مجال، طلبات → طلب; but
/// عملات → عملة, محافظات → محافظة). A participle (م…) whose ة-form is attested at
/// all names women (مدربات → مدربة).
fn masculine_in_corpus(stem: &str) -> bool {
    let lex = khabar_text::lexicon::Lexicon::get();
    let folded = khabar_text::lexicon::lexfold_str(stem);
    let m = lex.count(&folded);
    if m < MIN_MASCULINE {
        return false;
    }
    let fm = lex.count(&format!("{folded}ة"));
    fm.saturating_mul(30) <= m && (fm < 10 || !folded.starts_with('م'))
}

/// The ى-singular of a م-noun's ات plural (stem `stem`, the plural without ات):
/// مستويات → مستوى، منتديات → منتدى، مستشفيات → مستشفى. By the news corpus (which
/// folds ى into ي): the stem is a common word and its ة-form is rare (مسرحيات →
/// مسرحية, ميليشيات → ميليشية keep the ة).
fn maqsura_singular(stem: &str) -> Option<String> {
    let base = stem.strip_suffix('ي')?;
    if !base.starts_with('م') || base.chars().count() < 4 {
        return None;
    }
    let lex = khabar_text::lexicon::Lexicon::get();
    let folded = khabar_text::lexicon::lexfold_str(stem);
    let m = lex.count(&folded);
    let fm = lex.count(&format!("{folded}ة"));
    (m >= MIN_MASCULINE && fm.saturating_mul(30) <= m).then(|| format!("{base}ى"))
}

/// Minimum corpus count of the bare stem of a masculine sound feminine plural.
const MIN_MASCULINE: u32 = 30;

/// The singular of a noun unit counted where Arabic grammar wants a plural (after
/// 3–10 or a vague word: أربعة أمناء، 4 عوامل، عدة أسباب) when the plural table
/// lacks it: a broken plural guessed from its pattern and checked against the
/// corpus ([`plural`]). After 11 and more the noun is singular already (6000
/// مشاهد is viewers, not scenes), so other counts keep their noun.
fn plural_unit(t: &Tables, name: String, word: &str) -> String {
    // Only a noun written as is (أسباب، الأسباب): a unit already cut from a sound
    // plural (المشاهدين → مشاهد) is a singular.
    let letters: String = word
        .chars()
        .filter(|c| !khabar_text::normalize::is_arabic_diacritic(*c) && *c != '\u{0640}')
        .collect();
    if t.singulars.contains(&name) || !letters.ends_with(name.as_str()) {
        return name;
    }
    let letters: Vec<char> = name.chars().collect();
    plural::broken_singular(&letters).unwrap_or(name)
}

#[cfg(test)]
mod tests;
