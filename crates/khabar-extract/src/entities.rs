//! Named entities: PER, ORG, LOC, MISC with canonical English names, ids and
//! nationality links. See [`crate::ner`] for the model, gazetteers and the
//! merging policy.
use khabar_text::segment::{segment, SegmentKind};
use khabar_text::tokenize::Token;
use khabar_text::Span;

use crate::ner::gazetteer::Gazetteer;
use crate::ner::model::Model;
use crate::ner::{recognize_document, shipped};
use crate::{Doc, Entity};

/// Entities of a document, in text order, found with the committed model.
pub fn extract(doc: &Doc<'_>) -> Vec<Entity> {
    extract_with(doc, shipped().ok())
}

/// Entities of a document found with `model` (gazetteer matches only when `None`).
pub fn extract_with(doc: &Doc<'_>, model: Option<&Model>) -> Vec<Entity> {
    let gaz = Gazetteer::get();
    let mut out = Vec::new();
    let mut rest: &[Token] = &doc.tokens;
    let mut sentences = doc.sentences.clone();
    if sentences.is_empty() && !doc.tokens.is_empty() {
        sentences.push(Span::new(0, doc.text.len()));
    }
    // Tokens of each sentence (tokens are in text order).
    let mut sents: Vec<&[Token]> = Vec::with_capacity(sentences.len());
    for sent in sentences {
        let skip = rest.iter().take_while(|t| t.span.end <= sent.start).count();
        rest = rest.get(skip..).unwrap_or(&[]);
        let n = rest.iter().take_while(|t| t.span.start < sent.end).count();
        let (toks, tail) = rest.split_at(n.min(rest.len()));
        rest = tail;
        if !toks.is_empty() {
            sents.push(toks);
        }
    }
    let words: Vec<Vec<&str>> = sents
        .iter()
        .map(|toks| toks.iter().map(|t| doc.slice(t.span)).collect())
        .collect();
    for (toks, found) in sents.iter().zip(recognize_document(&words, model, gaz)) {
        for f in found {
            let (Some(first), Some(last)) = (toks.get(f.start), toks.get(f.end.saturating_sub(1)))
            else {
                continue;
            };
            let first_word = doc.slice(first.span);
            let skip = match f.clitic_chars {
                Some(n) => clitic_bytes(first_word, n),
                None => segmenter_proclitics(first_word),
            };
            let span = Span::new(first.span.start + skip, last.span.end);
            if span.is_empty() {
                continue;
            }
            let (start, end) = doc.cp(span);
            out.push(Entity {
                start,
                end,
                text: doc.slice(span).to_string(),
                label: f.label.as_str().to_string(),
                canonical: f.canonical,
                id: f.id,
                nationality: f.nationality,
            });
        }
    }
    out
}

/// Bytes of `word` taken by its first `n` letters (diacritics on them included).
fn clitic_bytes(word: &str, n: usize) -> usize {
    let mut seen = 0;
    for (i, c) in word.char_indices() {
        let dropped = matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}');
        if !dropped {
            if seen == n {
                return i;
            }
            seen += 1;
        }
    }
    if seen == n {
        word.len()
    } else {
        0
    }
}

/// Bytes of conjunction/preposition proclitics (و ف ب ل ك, not the article) the
/// segmenter finds on an entity's first word.
fn segmenter_proclitics(word: &str) -> usize {
    let segs = segment(word);
    let mut end = 0;
    for s in &segs {
        if s.kind != SegmentKind::Proclitic || s.text.starts_with("ال") {
            break;
        }
        end = s.span.end;
    }
    // Never strip the whole word.
    if end >= word.len() {
        0
    } else {
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Input;

    fn ents(text: &str) -> Vec<Entity> {
        let input = Input {
            text,
            ..Input::default()
        };
        extract(&Doc::new(&input))
    }

    #[test]
    fn shipped_model_loads() {
        assert!(
            shipped().is_ok(),
            "{:?}",
            shipped().err().map(ToString::to_string)
        );
    }

    #[test]
    fn clitic_bytes_counts_letters() {
        assert_eq!(clitic_bytes("وسورية", 1), "و".len());
        assert_eq!(clitic_bytes("وَسورية", 1), "وَ".len());
        assert_eq!(clitic_bytes("سورية", 0), 0);
    }

    #[test]
    fn a_known_name_keeps_letters_that_look_like_clitics() {
        // بوروسيا is no ب + وروسيا; وسورية still loses its و.
        let e = ents("فاز فريق بوروسيا دورتموند على بايرن ميونخ. وزار الوفد وسورية.");
        let texts: Vec<&str> = e.iter().map(|x| x.text.as_str()).collect();
        assert!(texts.contains(&"بوروسيا دورتموند"), "{texts:?}");
        assert!(texts.contains(&"سورية"), "{texts:?}");
    }

    #[test]
    fn empty_and_non_arabic_input() {
        assert!(ents("").is_empty());
        let e = ents("Hello world, 2015!");
        assert!(e.iter().all(|x| x.end <= 18));
    }

    #[test]
    fn gazetteer_only_without_model() {
        let text = "قال مسؤولون في دمشق إن الأمم المتحدة سترسل وفدا إلى سوريا";
        let input = Input {
            text,
            ..Input::default()
        };
        let e = extract_with(&Doc::new(&input), None);
        let canon: Vec<&str> = e.iter().filter_map(|x| x.canonical.as_deref()).collect();
        assert!(canon.contains(&"United Nations"), "{canon:?}");
        assert!(canon.contains(&"Syria"), "{canon:?}");
    }

    #[test]
    fn large_and_odd_input_does_not_panic() {
        let unit = "وقال “الرئيس «بشار الأسد» في دمشق إن \"الولايات المتحدة ";
        let big = unit.repeat(3000);
        let e = ents(&big);
        assert!(e.len() >= 3000, "{}", e.len());
        let n = big.chars().count();
        assert!(e.iter().all(|x| x.start < x.end && x.end <= n));
        for t in ["“", "«»", "ال", "و", "\u{200f}\u{064b}", "١٢٣ ٤٥٦"] {
            let _ = ents(t);
        }
    }

    #[test]
    fn country_variants_canonicalize() {
        let e = ents("زار الوزير سوريا ثم وصل إلى المانيا قبل أن يعود إلى ألمانيا وسورية.");
        let canon: Vec<(&str, Option<&str>)> = e
            .iter()
            .map(|x| (x.text.as_str(), x.canonical.as_deref()))
            .collect();
        assert!(canon.contains(&("سوريا", Some("Syria"))), "{canon:?}");
        assert!(canon.contains(&("المانيا", Some("Germany"))), "{canon:?}");
        assert!(canon.contains(&("ألمانيا", Some("Germany"))), "{canon:?}");
        assert!(canon.contains(&("سورية", Some("Syria"))), "{canon:?}");
        let sy = e.iter().find(|x| x.text == "سوريا");
        assert_eq!(sy.and_then(|x| x.id.as_deref()), Some("SY"));
    }

    #[test]
    fn nationality_links_to_modified_entity() {
        let e = ents("وذكرت صحيفة ديلي تلغراف البريطانية أن الكونغرس الأمريكي حذر من ذلك.");
        let tel = e
            .iter()
            .find(|x| x.canonical.as_deref() == Some("The Daily Telegraph"));
        assert!(tel.is_some(), "{e:?}");
        assert_eq!(
            tel.and_then(|x| x.nationality.as_deref()),
            Some("United Kingdom")
        );
        assert_eq!(tel.map(|x| x.label.as_str()), Some("ORG"));
        let cong = e
            .iter()
            .find(|x| x.canonical.as_deref() == Some("United States Congress"));
        assert_eq!(
            cong.map(|x| x.text.as_str()),
            Some("الكونغرس الأمريكي"),
            "{e:?}"
        );
        assert_eq!(
            cong.and_then(|x| x.nationality.as_deref()),
            Some("United States")
        );
    }

    #[test]
    fn islamic_state_variants_merge() {
        for t in [
            "قاتل الجيش تنظيم داعش في المدينة.",
            "قاتل الجيش تنظيم الدولة الإسلامية في العراق والشام أمس.",
        ] {
            let e = ents(t);
            assert!(
                e.iter()
                    .any(|x| x.canonical.as_deref() == Some("Islamic State") && x.label == "ORG"),
                "{t}: {e:?}"
            );
        }
    }
}
