//! The whole `analyze` pipeline on generated news-like text: it never panics,
//! and every annotation it returns (sentences, entities, quantities, times,
//! attributions, dateline) is a span into the untouched input whose `text` is
//! exactly the slice it points to (code points, end-exclusive).
//!
//! The generator glues real news material — names with and without proclitics,
//! reporting verbs, quotes, hedged numbers in both digit systems, months,
//! weekdays, diacritics, tatweel, zero-width and bidi marks — in random order,
//! so that the rules of every extractor meet each other's edge cases.
use khabar_extract::{analyze, Analysis, Date, Input};
use proptest::prelude::*;

fn slice(chars: &[char], s: usize, e: usize) -> String {
    assert!(
        s <= e && e <= chars.len(),
        "span {s}..{e} out of range ({} chars)",
        chars.len()
    );
    chars[s..e].iter().collect()
}

/// A span starts and ends on visible text: no whitespace, no invisible
/// format character (bidi marks, zero-width space, BOM) at either edge.
fn visible_edges(t: &str) {
    let junk = |c: char| {
        c.is_whitespace()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{FEFF}')
    };
    assert!(
        !t.starts_with(junk) && !t.ends_with(junk),
        "span with an invisible edge: {t:?}"
    );
}

/// Every span is in range, non-empty where it must be, and names its own text.
fn check(text: &str, a: &Analysis) {
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(a.text, text, "the analysis must carry the untouched text");
    let mut last = 0;
    for s in &a.sentences {
        slice(&chars, s.start, s.end);
        assert!(s.start >= last, "sentences overlap or go backwards");
        last = s.end;
    }
    for e in &a.entities {
        assert!(e.start < e.end, "empty entity {e:?}");
        assert_eq!(slice(&chars, e.start, e.end), e.text);
        assert!(
            matches!(e.label.as_str(), "PER" | "LOC" | "ORG" | "MISC"),
            "label {}",
            e.label
        );
        visible_edges(&e.text);
    }
    for q in &a.quantities {
        assert!(q.start < q.end, "empty quantity {q:?}");
        assert_eq!(slice(&chars, q.start, q.end), q.text);
        visible_edges(&q.text);
    }
    for t in &a.times {
        assert!(t.start < t.end, "empty time {t:?}");
        assert_eq!(slice(&chars, t.start, t.end), t.text);
        visible_edges(&t.text);
        assert!(
            matches!(t.kind.as_str(), "DATE" | "TIME" | "DURATION" | "SET"),
            "type {}",
            t.kind
        );
    }
    for x in &a.attributions {
        assert_eq!(slice(&chars, x.cue.start, x.cue.end), x.cue.text);
        assert_eq!(slice(&chars, x.source.start, x.source.end), x.source.text);
        assert_eq!(
            slice(&chars, x.content.start, x.content.end),
            x.content.text
        );
        assert!(!x.cue.text.is_empty() && !x.source.text.is_empty());
        visible_edges(&x.source.text);
        visible_edges(&x.cue.text);
        if !x.content.text.is_empty() {
            visible_edges(&x.content.text);
        }
        assert!(x.kind == "speech" || x.kind == "belief");
    }
    if let Some(d) = &a.dateline {
        if d.in_field.is_none() {
            assert_eq!(slice(&chars, d.start, d.end), d.text);
        }
    }
}

fn run(text: &str) -> Analysis {
    let a = analyze(&Input {
        id: Some("soup"),
        text,
        byline: None,
        reference_date: Some(Date {
            year: 2018,
            month: 5,
            day: 1,
        }),
    });
    check(text, &a);
    a
}

/// News material: every entry is a piece a real article could contain.
const PIECES: &[&str] = &[
    // places, people, organisations, with and without proclitics
    "لندن-سانا",
    "دمشق - رويترز",
    "القدس (CNN)—",
    "العراق",
    "للعراق",
    "والعراق",
    "بسورية",
    "الولايات المتحدة",
    "للولايات المتحدة",
    "دونالد ترامب",
    "للرئيس",
    "جيف فلايك",
    "سيونغ وو لي",
    "كوينز لاند",
    "تيريزا ماي",
    "ُماي",
    "الأمم المتحدة",
    "للأمم المتحدة",
    "حزب الله",
    "#الولايات_المتحدة",
    "CNN",
    "لـCNN",
    "الـCIA",
    "مانشستر يونايتد",
    "ريال مدريد",
    "صحيفة ديلي تلغراف البريطانية",
    // reporting and belief cues, quotes
    "وقال",
    "وأضاف",
    "وقالت",
    "قائلا:",
    "مشيرا إلى أن",
    "بحسب ما نقلت",
    "وفقا لـ",
    "نقلا عن",
    "ويرى أن",
    "إن",
    "أن",
    "بأن",
    "«",
    "»",
    "\"",
    "“",
    "”",
    ":",
    // numbers, hedges, units
    "نحو 1700 مسلح",
    "أكثر من 150",
    "بضع عشرات",
    "5 آلاف",
    "٣٢٢ ألف ريال",
    "1,8 مليون يورو",
    "63.4%",
    "ثلاثة",
    "الـ 32",
    "4-4-2",
    "9m38",
    "فرانس24",
    "مئات من هؤلاء",
    "ألفا",
    // times
    "أيلول الماضي",
    "يوم الأربعاء",
    "غدا",
    "بكرة",
    "عام 2012",
    "في2017-2018",
    "17,00",
    "(12,30 ت غ)",
    "منذ 3 سنوات",
    "أواخر ديسمبر/كانون الأول",
    "الحادي عشر من يونيو",
    // connective tissue
    "في",
    "من",
    "على",
    "لكن",
    "الذي",
    "التي",
    "قبل أن",
    "بعدها مباشرة",
    "،",
    ".",
    "؟",
    "!",
    "(",
    ")",
    "-",
    "\n",
    // odd but valid characters
    "\u{0640}",
    "\u{064E}",
    "\u{200B}",
    "\u{200F}",
    "\u{202B}",
    "\u{FEFF}",
    "١٢",
    "x",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(PIECES),
            prop::sample::select(&[" ", " ", " ", "", "  "][..]),
        ),
        0..60,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(p, sep)| [p, sep])
            .collect::<String>()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn news_soup_gives_true_spans(text in soup()) {
        run(&text);
    }

    #[test]
    fn arbitrary_text_gives_true_spans(text in "\\PC{0,120}") {
        run(&text);
    }
}

/// A fixed soup that exercises the names-with-clitics paths the generator
/// picks only by chance; also shows the checker sees real output.
#[test]
fn checker_sees_entities_quantities_times_and_attributions() {
    let text = "لندن-سانا وقال دونالد ترامب إن نحو 1700 مسلح عادوا إلى العراق منذ عام 2012.";
    let a = run(text);
    assert!(a.entities.iter().any(|e| e.text == "دونالد ترامب"));
    assert!(a.quantities.iter().any(|q| q.text.contains("1700")));
    assert!(a.times.iter().any(|t| t.text.contains("2012")));
    assert!(a.attributions.iter().any(|x| x.cue.text == "وقال"));
}
