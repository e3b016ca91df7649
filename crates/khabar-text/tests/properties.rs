//! Property tests for the text core: normalization is idempotent and its offset
//! map is monotone, in range and on char boundaries; tokens are sorted,
//! non-overlapping, in range and on char boundaries; sentences cover every
//! token exactly once; no input panics.
use khabar_text::normalize::{fold, normalize, normalize_into, Profile};
use khabar_text::sentences::split_sentences;
use khabar_text::tokenize::tokenize;
use proptest::prelude::*;

/// Strings mixing Arabic letters, harakat, tatweel, digits of several scripts,
/// presentation forms, Latin, punctuation and quotes, whitespace, controls,
/// bidi marks, combining marks and emoji.
fn arabic_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        proptest::char::range('\u{0600}', '\u{06FF}').prop_map(|c| c.to_string()),
        proptest::char::range('\u{0750}', '\u{077F}').prop_map(|c| c.to_string()),
        proptest::char::range('\u{08A0}', '\u{08FF}').prop_map(|c| c.to_string()),
        proptest::char::range('\u{FB50}', '\u{FDFF}').prop_map(|c| c.to_string()),
        proptest::char::range('\u{FE70}', '\u{FEFF}').prop_map(|c| c.to_string()),
        proptest::char::range('\u{064B}', '\u{0652}').prop_map(|c| c.to_string()),
        proptest::char::range('\u{0300}', '\u{036F}').prop_map(|c| c.to_string()),
        proptest::char::range('\u{2000}', '\u{206F}').prop_map(|c| c.to_string()),
        proptest::char::range('\u{1F300}', '\u{1F6FF}').prop_map(|c| c.to_string()),
        proptest::char::range('\u{1F1E6}', '\u{1F1FF}').prop_map(|c| c.to_string()),
        proptest::char::range('\0', '\u{7F}').prop_map(|c| c.to_string()),
        prop::sample::select(vec![
            " ",
            "\n",
            "\r\n",
            ".",
            "...",
            "؟",
            "!",
            "،",
            ":",
            "“",
            "”",
            "«",
            "»",
            "\"",
            "(",
            ")",
            "ـ",
            "\u{200D}",
            "\u{200C}",
            "\u{FE0F}",
            "http://x.y/z",
            "www.",
            "@",
            "#",
            "a@b.co",
            "1,700",
            "٢٫٥",
            "و5",
            "بـ",
            "%",
            "٪",
            "د.",
            "1.",
            "/",
            "_",
            "\u{202B}",
            "\u{FEFF}",
        ])
        .prop_map(str::to_string),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn check_normalization(s: &str) {
    for p in [Profile::Search, Profile::Display] {
        let n = normalize(s, p);
        // Idempotent.
        assert_eq!(
            normalize(&n.text, p).text,
            n.text,
            "{p:?} not idempotent on {s:?}"
        );
        // The fast path agrees.
        let mut fast = String::new();
        normalize_into(s, p, &mut fast);
        assert_eq!(fast, n.text);
        // One span per output char, monotone, in range, on char boundaries.
        assert_eq!(n.map.len(), n.text.chars().count());
        let mut prev = (0usize, 0usize);
        for span in &n.map {
            assert!(
                span.start < span.end && span.end <= s.len(),
                "{span:?} out of range"
            );
            assert!(s.is_char_boundary(span.start) && s.is_char_boundary(span.end));
            assert!(
                span.start >= prev.0 && span.end >= prev.1,
                "map not monotone"
            );
            prev = (span.start, span.end);
        }
    }
    assert_eq!(fold(s), normalize(s, Profile::Search).text);
}

fn check_tokens_and_sentences(s: &str) {
    let tokens = tokenize(s);
    let mut prev_end = 0;
    for t in &tokens {
        assert!(t.span.start < t.span.end, "empty token {t:?}");
        assert!(
            t.span.start >= prev_end,
            "tokens overlap or unsorted in {s:?}"
        );
        assert!(t.span.end <= s.len());
        assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
        // Tokens never contain whitespace.
        assert!(
            !t.text(s).chars().any(char::is_whitespace),
            "{t:?} contains whitespace in {s:?}"
        );
        prev_end = t.span.end;
    }
    let sentences = split_sentences(s, &tokens);
    let mut prev_end = 0;
    for sp in &sentences {
        assert!(sp.start < sp.end && sp.start >= prev_end && sp.end <= s.len());
        prev_end = sp.end;
    }
    // Every token lies in exactly one sentence; sentences start and end on tokens.
    for t in &tokens {
        let n = sentences
            .iter()
            .filter(|sp| sp.start <= t.span.start && t.span.end <= sp.end)
            .count();
        assert_eq!(n, 1, "token {t:?} in {n} sentences of {s:?}");
    }
    for sp in &sentences {
        assert!(tokens.iter().any(|t| t.span.start == sp.start));
        assert!(tokens.iter().any(|t| t.span.end == sp.end));
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 1000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn normalization_properties_arabic(s in arabic_text()) {
        check_normalization(&s);
    }

    #[test]
    fn normalization_properties_any(s in any::<String>()) {
        check_normalization(&s);
    }

    #[test]
    fn token_and_sentence_properties_arabic(s in arabic_text()) {
        check_tokens_and_sentences(&s);
    }

    #[test]
    fn token_and_sentence_properties_any(s in any::<String>()) {
        check_tokens_and_sentences(&s);
    }
}

/// A ~20 MB single line goes through normalize + tokenize + sentences in linear
/// time: the counts are exact, and a quadratic path would not finish.
#[test]
fn twenty_megabyte_single_line() {
    let unit = "قالَ الرئيسُ إنّ “١٬٧٠٠ مسلح” عادوا و5 آلاف. ";
    let reps = 20_000_000 / unit.len();
    let mut text = String::with_capacity(reps * unit.len() + 16);
    for _ in 0..reps {
        text.push_str(unit);
    }
    // An unbalanced quote at the start must not swallow the document.
    text.insert_str(0, "« ");
    let started = std::time::Instant::now();
    let n = normalize(&text, Profile::Search);
    assert_eq!(n.text.matches("الرييس").count(), reps);
    let tokens = tokenize(&text);
    // قال الرئيس إن “ ١٬٧٠٠ مسلح ” عادوا و 5 آلاف . = 12 tokens per unit, plus «
    assert_eq!(tokens.len(), reps * 12 + 1);
    let sentences = split_sentences(&text, &tokens);
    assert_eq!(sentences.len(), reps);
    println!("20 MB normalize+tokenize+split: {:?}", started.elapsed());
}
