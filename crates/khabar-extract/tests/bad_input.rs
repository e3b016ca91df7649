//! Bad input never panics and gives sensible output in bounded time: an empty
//! document, text with no Arabic, unbalanced and nested quotes, a 5 MB single
//! "article", and bytes that are valid UTF-8 but odd (controls, lone marks).
use std::time::{Duration, Instant};

use khabar_extract::{analyze, Analysis, Date, Input};

fn run(text: &str, byline: Option<&str>) -> Analysis {
    let a = analyze(&Input {
        id: Some("bad"),
        text,
        byline,
        reference_date: Some(Date {
            year: 2018,
            month: 5,
            day: 1,
        }),
    });
    check_spans(text, &a);
    a
}

/// Every span is in range, ordered, and its `text` is the slice it points to.
fn check_spans(text: &str, a: &Analysis) {
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| -> String {
        assert!(
            s <= e && e <= chars.len(),
            "span {s}..{e} out of range ({} chars)",
            chars.len()
        );
        chars
            .get(s..e)
            .map(|c| c.iter().collect())
            .unwrap_or_default()
    };
    for s in &a.sentences {
        slice(s.start, s.end);
    }
    for x in &a.attributions {
        assert_eq!(slice(x.cue.start, x.cue.end), x.cue.text);
        assert_eq!(slice(x.source.start, x.source.end), x.source.text);
        assert_eq!(slice(x.content.start, x.content.end), x.content.text);
        assert!(!x.cue.text.is_empty() && !x.source.text.is_empty());
        assert!(x.kind == "speech" || x.kind == "belief");
    }
    if let Some(d) = &a.dateline {
        if d.in_field.is_none() {
            assert_eq!(slice(d.start, d.end), d.text);
        }
    }
}

#[test]
fn empty_document() {
    let a = run("", None);
    assert!(a.dateline.is_none());
    assert!(a.sentences.is_empty());
    assert!(
        a.entities.is_empty()
            && a.quantities.is_empty()
            && a.times.is_empty()
            && a.attributions.is_empty()
    );
    let a = run("   \n\t \u{200f}\u{feff}\n", Some(""));
    assert!(a.dateline.is_none());
    assert!(a.attributions.is_empty());
}

#[test]
fn text_without_arabic() {
    let t = "London (Reuters) - The minister said that \"talks will resume\": nothing else. «» “”";
    let a = run(t, Some("London - Reuters"));
    assert!(a.attributions.is_empty(), "{:#?}", a.attributions);
    // The byline is still a byline: an English one parses as place + agency.
    if let Some(d) = &a.dateline {
        assert_eq!(d.agency_canonical.as_deref(), Some("Reuters"));
    }
}

#[test]
fn unbalanced_quotes() {
    let t = "وقال الوزير “إننا مستعدون للحوار. وأضاف أن «الوضع صعب\nوقال مسؤول ” إن الهدوء عاد».";
    let a = run(t, None);
    assert!(!a.attributions.is_empty());
    let first = &a.attributions[0];
    assert_eq!(first.cue.text, "وقال");
    assert!(first.direct);
    // An unclosed quotation ends at the sentence end, not at the end of the text.
    assert!(!first.content.text.contains('\n'));
    for t in [
        "“",
        "”",
        "«",
        "\"",
        "قال “",
        "قال: «",
        "“”«»\"\"",
        "وأضاف \"",
        "بحسب",
    ] {
        run(t, None);
    }
}

#[test]
fn nested_quotes() {
    let t = "وقال الرئيس: «قال لي الوزير “لن نتراجع” قبل أن يغادر». وأكد المتحدث أن “الوفد «الرسمي» وصل”.";
    let a = run(t, None);
    let outer = a
        .attributions
        .iter()
        .find(|x| x.cue.text == "وقال")
        .unwrap_or_else(|| panic!("{:#?}", a.attributions));
    assert!(outer.direct);
    assert_eq!(outer.content.text, "قال لي الوزير “لن نتراجع” قبل أن يغادر");
    let indirect = a
        .attributions
        .iter()
        .find(|x| x.cue.text == "وأكد")
        .unwrap_or_else(|| panic!("{:#?}", a.attributions));
    assert!(!indirect.direct);
    assert!(indirect.content.text.contains("«الرسمي»"));
}

#[test]
fn five_megabyte_single_article() {
    // One paragraph, no newline, an unclosed quotation in every sentence.
    let para = "وقال الوزير أحمد علي في بيان إن “الحكومة مستعدة للحوار، وأضاف أن «الانتخابات ستجري في موعدها» \
                مشيرا إلى أن 1700 مسلح عادوا في أيلول الماضي، بحسب وكالة رويترز. ";
    let mut text = String::with_capacity(5 * 1024 * 1024 + para.len());
    while text.len() < 5 * 1024 * 1024 {
        text.push_str(para);
    }
    let started = Instant::now();
    let a = run(&text, Some("لندن - رويترز"));
    let took = started.elapsed();
    assert!(took < Duration::from_secs(180), "5 MB took {took:?}");
    let n = text.matches("وقال الوزير").count();
    assert!(
        a.attributions.len() >= n,
        "{} attributions for {n} paragraphs",
        a.attributions.len()
    );
    assert!(a.sentences.len() >= n / 2);
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.in_field.as_deref()),
        Some("byline")
    );
}

#[test]
fn odd_characters() {
    for t in [
        "\u{0}\u{1}\u{7f}قال\u{0} إن",
        "\u{64b}\u{64c}\u{651}",
        "ـــــ - ـــــ",
        "قال\u{200d}الوزير\u{200c} إن شيئا ما حدث",
        "🙂🙂 قال مسؤول إن 🙂",
        "(((((( ))))) - - - ، ، :",
    ] {
        run(t, Some(t));
    }
}

/// Attributions of `reps` copies of one paragraph as a single sentence (no boundaries, balanced
/// quotes, one person entity per copy), and the time the attribution stage took.
fn attributions_of_one_long_sentence(reps: usize) -> (usize, Duration) {
    use khabar_extract::{attributions, Doc, Entity};
    let para = "وقال الوزير أحمد علي في بيان “الحكومة مستعدة” مضيفا أن «الانتخابات ستجري» وفقا لوكالة رويترز، ";
    let text = para.repeat(reps);
    let per = para.chars().count();
    let name_at = para
        .find("أحمد علي")
        .and_then(|b| para.get(..b))
        .map_or(0, |p| p.chars().count());
    let entities: Vec<Entity> = (0..reps)
        .map(|k| Entity {
            start: k * per + name_at,
            end: k * per + name_at + "أحمد علي".chars().count(),
            text: "أحمد علي".into(),
            label: "PER".into(),
            canonical: Some("Ahmed Ali".into()),
            id: None,
            nationality: None,
        })
        .collect();
    let input = Input {
        text: &text,
        ..Default::default()
    };
    let doc = Doc::new(&input);
    let started = Instant::now();
    let atts = attributions::extract(&doc, &entities);
    (atts.len(), started.elapsed())
}

/// Linear time in the attribution stage even with balanced quotes, many entities and
/// no sentence boundaries. Four times the input must take well under sixteen times as long
/// (a quadratic scan would): the bound is on the ratio, not on the seconds, so a loaded
/// machine slows both runs alike and does not fail the test.
#[test]
fn attributions_stay_linear_on_a_long_single_sentence() {
    let small = 5_000;
    let big = 4 * small;
    // The smaller run is repeated and its fastest time kept, so one slow moment cannot
    // make the ratio look quadratic.
    let mut t_small = Duration::MAX;
    for _ in 0..2 {
        let (n, took) = attributions_of_one_long_sentence(small);
        assert!(n >= 2 * small, "{n}");
        t_small = t_small.min(took);
    }
    let (n, t_big) = attributions_of_one_long_sentence(big);
    assert!(n >= 2 * big, "{n}");
    let ratio = t_big.as_secs_f64() / t_small.as_secs_f64().max(1e-3);
    assert!(
        ratio < 8.0,
        "{small} copies took {t_small:?}, {big} copies took {t_big:?}: ratio {ratio:.1} (linear ≈ 4, quadratic ≈ 16)"
    );
}

/// The output of unbroken text grows linearly with it: no sentence end, an unclosed
/// quotation and a bracket in every clause, a reporting verb and a name in each. (Before the
/// sentence cap every cue's content ran to the end of the one giant sentence: 2,000 copies
/// gave 160 MB of JSON, 8,000 copies 2.5 GB.) Sizes, not times, so no machine load can fail it.
#[test]
fn output_stays_linear_on_unbroken_text() {
    let para = "قال «الوزير “أحمد \"علي إن ( الحكومة [ مستعدة ";
    let size = |n: usize| {
        let a = run(&para.repeat(n), None);
        assert!(a.attributions.len() >= n / 2, "{}", a.attributions.len());
        serde_json::to_string(&a).map_or(0, |s| s.len())
    };
    let (small, big) = (size(500), size(2_000));
    assert!(small > 0);
    let ratio = big as f64 / small as f64;
    assert!(
        ratio < 5.0,
        "500 copies gave {small} bytes of JSON, 2,000 copies {big}: ratio {ratio:.1} (linear ≈ 4)"
    );
}

/// Asserts that `time(4 × small)` takes well under sixteen times `time(small)` (linear ≈ 4,
/// quadratic ≈ 16): a bound on the ratio, not on seconds, so a loaded machine slows both
/// sizes alike and cannot fail it. The fastest of two runs of each size is kept, so one
/// slow moment cannot make the ratio look quadratic.
fn assert_linear(what: &str, small: usize, time: impl Fn(usize) -> Duration) {
    let fastest = |n: usize| (0..2).map(|_| time(n)).min().unwrap_or(Duration::MAX);
    let (t_small, t_big) = (fastest(small), fastest(4 * small));
    let ratio = t_big.as_secs_f64() / t_small.as_secs_f64().max(1e-3);
    eprintln!(
        "{small} {what}: {t_small:?}, {}: {t_big:?}: ratio {ratio:.1}",
        4 * small
    );
    assert!(
        ratio < 8.0,
        "{small} {what}: {t_small:?}, {}: {t_big:?}: ratio {ratio:.1} (linear ≈ 4, quadratic ≈ 16)",
        4 * small
    );
}

/// Quantities of one run of digits and commas («1,1,1,…,5», no space): the reader cuts it
/// into many numbers, and each of them once rescanned the whole run (100 KB took 6.4 s in a
/// release build; 2 MB, the HTTP API's body limit, would have taken hours). Four times the
/// input must take well under sixteen times as long; a ratio, so machine load cannot fail it.
#[test]
fn quantities_stay_linear_on_a_long_digit_run() {
    use khabar_extract::{quantities, Doc};
    let time = |n: usize| {
        let text = format!("{}5", "1,".repeat(n));
        let input = Input {
            text: &text,
            ..Default::default()
        };
        let doc = Doc::new(&input);
        let started = Instant::now();
        // (The count is not checked: a run of bare numbers may give no quantity.)
        std::hint::black_box(quantities::extract(&doc));
        started.elapsed()
    };
    assert_linear("digits", 50_000, time);
}

/// One long document of news-like clauses with no full stop and no line break: every
/// clause has a different person, a company, a month with its year, and amounts in a
/// currency with and without its nationality. Each of these once cost a pass over the
/// document per mention — the months' sentence look-up (times), the currency's default
/// (quantities), the person-name and organisation carry-over (names), the numbers and
/// times inside names — so 400,000 words took 20 s in a release build and a text with
/// no punctuation at all 40 s for 40,000 words. Four times the input must take well
/// under sixteen times as long; a ratio, so machine load cannot fail it.
#[test]
fn analysis_stays_linear_on_a_long_unpunctuated_document() {
    const FIRST: &[&str] = &[
        "سمير",
        "كريم",
        "نادية",
        "هالة",
        "طارق",
        "رامي",
        "منى",
        "وليد",
    ];
    const PARTS: &[&str] = &["بر", "سل", "كم", "ند", "تف", "رو", "جا", "لي", "مو", "ها"];
    let clause = |k: usize| {
        let surname: String = [k % 10, k / 10 % 10, k / 100 % 10]
            .iter()
            .map(|&i| PARTS[i])
            .collect::<String>()
            + "ان";
        format!(
            "وقال الوزير {} {surname} في مارس 2019 إن شركة {surname}ية دفعت {} ألف جنيه و{} مليون دولار أمريكي ",
            FIRST[k % FIRST.len()],
            k % 90 + 10,
            k % 9 + 1
        )
    };
    let time = |n: usize| {
        let text: String = (0..n).map(clause).collect();
        let started = Instant::now();
        let a = run(&text, None);
        assert!(a.quantities.len() >= n, "{} quantities", a.quantities.len());
        assert!(a.times.len() >= n / 2, "{} times", a.times.len());
        started.elapsed()
    };
    assert_linear("clauses", 300, time);
}

/// A document of nothing but rounded amounts («نحو 37 ألف و…»): each scaled number
/// looks back for an amount whose currency it could share, and once filtered every
/// earlier amount of the document to do so (60,000 amounts took 8.8 s in a release
/// build, half as many 1.5 s). Four times the input must take well under sixteen times
/// as long; a ratio, so machine load cannot fail it.
#[test]
fn quantities_stay_linear_on_a_document_of_amounts() {
    use khabar_extract::{quantities, Doc};
    let time = |n: usize| {
        let text: String = (0..n)
            .map(|k| format!("نحو {} ألف و", k % 900 + 11))
            .collect();
        let input = Input {
            text: &text,
            ..Default::default()
        };
        let doc = Doc::new(&input);
        let started = Instant::now();
        let q = quantities::extract(&doc);
        assert!(q.len() >= n / 2, "{} quantities of {n}", q.len());
        started.elapsed()
    };
    assert_linear("amounts", 10_000, time);
}
