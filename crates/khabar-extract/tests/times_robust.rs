//! Bad input for the time extractor: invalid dates keep their span with a null
//! value, absurd numbers and out-of-range Hijri years don't panic, offsets stay
//! valid, and arbitrary text never panics.
use khabar_extract::times::{extract_text, Options};
use khabar_extract::Date;
use proptest::prelude::*;

fn run(text: &str) -> Vec<khabar_extract::Time> {
    extract_text(text, Date::parse_iso("2016-05-01"), &Options::default())
}

fn check_offsets(text: &str, got: &[khabar_extract::Time]) {
    let n = text.chars().count();
    for t in got {
        assert!(t.start <= t.end && t.end <= n, "{t:?} in {n} chars");
        let s: String = text.chars().skip(t.start).take(t.end - t.start).collect();
        assert_eq!(s, t.text);
    }
}

#[test]
fn invalid_dates_keep_span_with_null_value() {
    for (text, span) in [
        ("في 31/02/2016 وقع", "31/02/2016"),
        ("بتاريخ 12/13/2016", "12/13/2016"),
        ("في 2016-13-01", "2016-13-01"),
        ("في 30 فبراير 2015", "30 فبراير 2015"),
        ("في 10 رمضان 99999 هـ", "10 رمضان 99999 هـ"),
        ("الساعة 25:70", "الساعة 25:70"),
    ] {
        let got = run(text);
        check_offsets(text, &got);
        let t = got
            .iter()
            .find(|t| t.text == span)
            .unwrap_or_else(|| panic!("{text}: {got:?}"));
        assert_eq!(t.value, None, "{text}");
    }
}

#[test]
fn absurd_numbers_do_not_panic() {
    let long = "9".repeat(400);
    let texts = [
        format!("منذ {long} عاما"),
        format!("في عام {long}"),
        format!("{long}/{long}/{long}"),
        "١٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠ مليار سنة".to_string(),
        format!("الساعة {long}:{long}"),
        format!("{long} رمضان {long} هـ"),
        "خلال 1e308 ساعة و 0.0000001 يوم".to_string(),
    ];
    for t in &texts {
        let got = run(t);
        check_offsets(t, &got);
        for x in &got {
            // No bogus value: whatever is reported for the absurd number is null or a duration.
            if x.kind == "DATE" {
                assert!(
                    x.value.as_deref().is_none_or(|v| !v.contains(&long[..20])),
                    "{x:?}"
                );
            }
        }
    }
}

#[test]
fn empty_and_odd_input() {
    for t in [
        "",
        " ",
        "\u{200f}",
        "ـــ",
        "١",
        "/",
        "2016-",
        "-2016",
        "في",
        "عام",
        "الساعة",
        "كل",
        "مطلع",
    ] {
        check_offsets(t, &run(t));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_on_arbitrary_text(s in "\\PC{0,200}") {
        let got = run(&s);
        check_offsets(&s, &got);
    }

    #[test]
    fn never_panics_on_time_like_text(parts in proptest::collection::vec(prop_oneof![
        Just("في"), Just("عام"), Just("2016"), Just("31/02/2016"), Just("أيلول"), Just("الماضي"),
        Just("الساعة"), Just("الثالثة"), Just("عصرا"), Just("رمضان"), Just("1436"), Just("هـ"),
        Just("كل"), Just("يوم"), Just("الأسبوع"), Just("المقبل"), Just("من"), Just("إلى"), Just("و"),
        Just("١٢"), Just("-"), Just("/"), Just(":"), Just("99999999999999999999"), Just("ونصف"),
        Just("مطلع"), Just("الأحد"), Just("الأول"), Just("ذو"), Just("الحجة"), Just("عيد"), Just("الفطر"),
    ], 0..14)) {
        let s = parts.join(" ");
        let got = run(&s);
        check_offsets(&s, &got);
        let none = extract_text(&s, None, &Options::default());
        check_offsets(&s, &none);
    }
}
