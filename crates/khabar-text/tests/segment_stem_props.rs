//! Property tests for clitic segmentation and stemming: no input panics,
//! segments tile the word exactly, results do not depend on the memo, and the
//! allocation-free helpers of the uncached path agree with their plain versions.
use khabar_text::lexicon::{key_hash, key_hash_parts, lexfold, lexfold_into};
use khabar_text::normalize::{normalize, Profile};
use khabar_text::segment::{segment, segment_spans, SegmentKind};
use khabar_text::stem::stem;
use proptest::prelude::*;

/// Arabic letters, clitic letters, diacritics, tatweel, hamza forms,
/// presentation forms, Latin, digits and odd controls.
fn wordish() -> impl Strategy<Value = String> {
    let chars = prop::sample::select(vec![
        'و', 'ف', 'ب', 'ل', 'ك', 'س', 'ا', 'أ', 'إ', 'آ', 'ه', 'ة', 'ي', 'ى', 'ن', 'م', 'ت', 'ر',
        'د', 'ع', 'ق', 'ئ', 'ؤ', 'ء', '\u{064E}', '\u{0651}', '\u{064B}', '\u{0640}', '\u{FEFB}',
        '\u{FEE0}', '\u{200F}', 'a', 'Z', '5', '٣', ' ', '-', '\u{0}',
    ]);
    prop::collection::vec(chars, 0..14).prop_map(|v| v.into_iter().collect())
}

proptest! {
    /// The allocation-free fold used on the uncached path equals `lexfold`.
    #[test]
    fn lexfold_into_is_lexfold(w in wordish(), junk in wordish()) {
        let mut f = lexfold(&junk);
        lexfold_into(&w, &mut f);
        prop_assert_eq!(f, lexfold(&w));
    }

    /// Hashing a form from its parts equals hashing the concatenation.
    #[test]
    fn key_hash_parts_is_key_hash(a in wordish(), b in wordish(), c in wordish()) {
        let whole = format!("{a}{b}{c}");
        prop_assert_eq!(key_hash_parts(&[&a, &b, &c]), key_hash(&whole));
        prop_assert_eq!(key_hash_parts(&[&whole]), key_hash(&whole));
    }

    #[test]
    fn segments_tile_the_word(w in wordish()) {
        let segs = segment(&w);
        let mut at = 0;
        for s in &segs {
            prop_assert_eq!(s.span.start, at);
            prop_assert!(s.span.end > s.span.start);
            prop_assert!(w.get(s.span.start..s.span.end).is_some(), "span on a char boundary");
            at = s.span.end;
        }
        prop_assert_eq!(at, w.len());
        prop_assert_eq!(segs.iter().filter(|s| s.kind == SegmentKind::Base).count(), usize::from(!w.is_empty()));
        prop_assert_eq!(segment_spans(&w).len(), segs.len());
    }

    #[test]
    fn stem_is_search_folded_and_stable(w in wordish()) {
        let s = stem(&w);
        // Twice the same (the second call comes from the memo).
        prop_assert_eq!(&stem(&w), &s);
        // Already in search form.
        prop_assert_eq!(normalize(&s, Profile::Search).text, s.clone());
        prop_assert!(s.len() <= w.len() + 4);
    }
}

#[test]
fn long_words_do_not_panic() {
    let w = "وال".repeat(400);
    assert_eq!(segment(&w).len(), 1);
    let _ = stem(&w);
}
