use super::*;

fn one(s: &str) -> Option<f64> {
    parse_number(s)
}

fn all(s: &str) -> Vec<(String, Option<f64>, NumberKind)> {
    find_numbers(s, &[])
        .into_iter()
        .map(|m| (m.span.slice(s).to_string(), m.value, m.kind))
        .collect()
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() <= 1e-9 * b.abs().max(1.0))
}

#[track_caller]
fn check(s: &str, v: f64) {
    let got = one(s);
    assert!(close(got, v), "{s:?}: got {got:?} ({:?}), want {v}", all(s));
}

#[test]
fn digits_in_every_script_and_separator() {
    check("1700", 1700.0);
    check("1,700", 1700.0);
    check("١٬٧٠٠", 1700.0);
    check("١٧٠٠", 1700.0);
    check("۱۷۰۰", 1700.0);
    check("2.5", 2.5);
    check("٢٫٥", 2.5);
    check("٠,٠٨", 0.08);
    check("٤,٨", 4.8);
    check("١،٢٣٤،٥٦٧", 1_234_567.0);
    check("1,234,567.89", 1_234_567.89);
    check("1.000.000", 1_000_000.0);
    check(".77", 0.77);
    check("٫٧٧", 0.77);
    check("01.10", 1.1);
    check("1 234 567", 1_234_567.0);
    check("1\u{202f}234\u{202f}567.89", 1_234_567.89);
    check("12،220,13", 12_220.13);
    check("25799\u{202a},\u{202a}52", 25_799.52);
    check("٤آلاف و٣ مئة", 4300.0);
    check("ثلاثة و عشرون خمس", 4.6);
    check("-1200000", -1_200_000.0);
    check("-١٬٢٠٠٬٠٠٠٫٠٠", -1_200_000.0);
    check("3/4", 0.75);
    check("1e10", 1e10);
}

#[test]
fn cardinal_words_genders_and_cases() {
    for (s, v) in [
        ("صفر", 0.0),
        ("واحد", 1.0),
        ("واحدة", 1.0),
        ("اثنان", 2.0),
        ("اثنين", 2.0),
        ("اثنتان", 2.0),
        ("ثلاث", 3.0),
        ("ثلاثة", 3.0),
        ("ثلاثه", 3.0),
        ("أربع", 4.0),
        ("اربعه", 4.0),
        ("ثمانية", 8.0),
        ("ثماني", 8.0),
        ("عشرة", 10.0),
        ("ثلاثين", 30.0),
        ("ثلاثون", 30.0),
        ("تسعين", 90.0),
        ("مائة", 100.0),
        ("مئة", 100.0),
        ("مئتان", 200.0),
        ("مئتين", 200.0),
        ("مائتي", 200.0),
        ("ثلاثمائة", 300.0),
        ("ثلاثمئة", 300.0),
        ("ثلاث مئة", 300.0),
        ("ألف", 1000.0),
        ("ألفان", 2000.0),
        ("ألفين", 2000.0),
        ("مليون", 1e6),
        ("مليونان", 2e6),
        ("مليار", 1e9),
        ("تريليون", 1e12),
        ("ثَلاثَةٌ", 3.0),
    ] {
        check(s, v);
    }
}

#[test]
fn compounds_with_wa_teens_and_scales() {
    check("ثلاثة وعشرون", 23.0);
    check("ثلاثة و عشرون", 23.0);
    check("ألفين وخمسمائة", 2500.0);
    check("ستة عشر", 16.0);
    check("إحدى عشرة", 11.0);
    check("إثنى عشر", 12.0);
    check("اثني عشر مليار", 12e9);
    check("خمسة آلاف", 5000.0);
    check("مائة ألف", 100_000.0);
    check("مائة وستة عشر", 116.0);
    check("مائة وواحدُ وستون", 161.0);
    check("ثلاثمائة وخمسين", 350.0);
    check("خمسمائة و خمسة و عشرون", 525.0);
    check("أربعة ألف و ثلاثمائة و واحد و عشرون", 4321.0);
    check("واحد و عشرون تريليون و ثلاثمائة", 21e12 + 300.0);
    check("مائتين وإثنين ألف", 202_000.0);
    check("ثلاث مائة ودزينتين", 324.0);
    check("ألف مليون", 1e9);
}

#[test]
fn mixed_digits_and_words() {
    check("5 آلاف", 5000.0);
    check("2.5 مليون", 2.5e6);
    assert_eq!(one("4.1 مليار"), Some(4_100_000_000.0));
    assert_eq!(one("1.08 مليار"), Some(1_080_000_000.0));
    check("٣ مليارات", 3e9);
    check("100 الف", 100_000.0);
    check("3 ملايين", 3e6);
    check("٣ مئة و ٢١", 321.0);
    check("ألفين و500", 2500.0);
}

#[test]
fn fractions() {
    check("نصف", 0.5);
    check("ربع", 0.25);
    check("ثلث", 1.0 / 3.0);
    check("ثلاثة أرباع", 0.75);
    check("ثلثان", 2.0 / 3.0);
    check("مليون ونصف", 1.5e6);
    check("نصف مليون", 5e5);
    check("واحد ونصف", 1.5);
    check("خمسة وربع", 5.25);
    check("عشرون وثلاثة أخماس", 20.6);
    check("مائة و ثلاثة أرباع", 100.75);
    check("واحد فاصلة واحد", 1.1);
    check("1 فاصلة 1", 1.1);
    check("واحد على ثلاثة", 1.0 / 3.0);
    check("مليون والنصف", 1.5e6);
    let v = all("والنصف");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "النصف");
    assert!(close(v[0].1, 0.5));
    check("1 على 20", 0.05);
    check("٢,١٢ مئة", 212.0);
    check("واحد وعشرون تريليون وثلاث مائة", 21e12 + 300.0);
    let v = all("اكلت خمس الفطيرة");
    assert_eq!(v.len(), 1, "{v:?}");
    assert!(
        close(v[0].1, 0.2) && v[0].2 == NumberKind::Fraction,
        "{v:?}"
    );
    // A score is not a fraction.
    assert_eq!(all("فاز 2 على 1").len(), 2);
    let v = all("لتر ونص");
    assert!(v.is_empty(), "{v:?}");
    let v = all("نص البيان");
    assert!(v.is_empty(), "colloquial half alone is 'text': {v:?}");
}

#[test]
fn ratios_out_of_and_parts_of() {
    // X من Y: "X out of Y".
    check("واحد من ثلاثة", 1.0 / 3.0);
    check("واحد من أربعة", 0.25);
    check("واحد من مائة", 0.01);
    check("واحد من مائة مليون", 1e-8);
    check("واحد من تريليون", 1e-12);
    check("ثلاثة من واحد و عشرون", 3.0 / 21.0);
    check("مائة من ألف و خمسة", 100.0 / 1005.0);
    check("3 من 10", 0.3);
    // A movement or a span is not a ratio.
    assert_eq!(all("انخفض إلى 20 من 25").len(), 2);
    assert_eq!(all("3 من 5 إلى 7").len(), 3);
    // X ≥ Y with من is "X of Y" at best, never a ratio above one.
    assert_eq!(all("5 من 3").len(), 2);
    // X جزء من Y, X أجزاء من Y, جزء من Y.
    check("واحد جزء من مئة", 0.01);
    check("١ جزء من ثلاثة", 1.0 / 3.0);
    check("عشرين اجزاء من خمسة وعشرين", 0.8);
    check("مئة أجزاء من خمسة وثلاثون", 100.0 / 35.0);
    check("جزء من مئة وخمسة", 1.0 / 105.0);
    // After hundreds the parts are the words below a hundred.
    check("مائتان وثلاثة جزء من مائة", 200.03);
    check("مئتان وواحد وسبعون جزء من مئة", 200.71);
    // X على Y: X < Y, or a large X over one digit; small X ≥ Y is a score.
    check("2000 على 3", 2000.0 / 3.0);
    // … but not a year and a score.
    let v = all("بكأس العالم 2018 على 38 مليون دولار");
    assert!(v.iter().all(|x| x.2 != NumberKind::Fraction), "{v:?}");
    let v = all("في مشاركته الأولى عام 2003 على 3 نقاط");
    assert!(v.iter().all(|x| x.2 != NumberKind::Fraction), "{v:?}");
    check("٢٠٠٠ على ٣", 2000.0 / 3.0);
    assert_eq!(all("فاز 98 على 87").len(), 2);
    // Nineteen hundred: خمسة وتسعون مائة = 9500.
    check("خمسة وتسعون مائة", 9500.0);
    check("خمسة وتسعون مائة على خمسة", 1900.0);
}

#[test]
fn fraction_words_of_numerals() {
    // و + خمسين after hundreds and tens: two fifths.
    check("مائة و ثلاثون و خمسين", 130.4);
    check("مئة وثلاثون وخُمسَين", 130.4);
    // ... but بين عشرين وخمسين is two numbers.
    assert_eq!(all("بين عشرين وخمسين").len(), 2);
    // A fifth of a definite numeral.
    check("خمس العشرون", 4.0);
    check("خمس خمس العشرون", 0.8);
    // Scales and hundreds without و.
    check("٤ آلاف ٣ مائة و ٢١", 4321.0);
    check("ألف خمس مائة", 1500.0);
    check("المئتيان", 200.0);
}

#[test]
fn a_dashed_digit_chain_is_not_a_ratio() {
    let v = all("رقم هاتفي هو +1-222-2222/2222");
    let vals: Vec<Option<f64>> = v.iter().map(|x| x.1).collect();
    assert_eq!(
        vals,
        vec![Some(1.0), Some(222.0), Some(2222.0), Some(2222.0)],
        "{v:?}"
    );
    // A ratio on its own stays one.
    check("2222/2222", 1.0);
}

#[test]
fn ordinals() {
    for (s, v) in [
        ("الأول", 1.0),
        ("الاول", 1.0),
        ("الأولى", 1.0),
        ("الثاني", 2.0),
        ("الثانية", 2.0),
        ("العاشر", 10.0),
        ("الحادي عشر", 11.0),
        ("الحادية عشرة", 11.0),
        ("الثالث عشر", 13.0),
        ("الاثنى عشر", 12.0),
        ("الأحد عشر", 11.0),
        ("الخامس والعشرين", 25.0),
        ("الواحد و العشرون", 21.0),
        ("العشرون", 20.0),
        ("التسعين", 90.0),
    ] {
        let ms = all(s);
        assert_eq!(ms.len(), 1, "{s}: {ms:?}");
        assert_eq!(ms[0].0, s);
        assert!(close(ms[0].1, v), "{s}: {ms:?}");
        assert_eq!(ms[0].2, NumberKind::Ordinal, "{s}");
    }
}

#[test]
fn egyptian_forms() {
    for (s, v) in [
        ("اتنين", 2.0),
        ("تلاتة", 3.0),
        ("تمانية", 8.0),
        ("حداشر", 11.0),
        ("اتناشر", 12.0),
        ("تلاتين", 30.0),
        ("تلاتة و تلاتين", 33.0),
        ("متين", 200.0),
        ("متين واحد وعشرين", 221.0),
        ("تلتمية وخمسين", 350.0),
        ("خمسمية خمسة و عشرين", 525.0),
        ("اتنين مليون", 2e6),
    ] {
        check(s, v);
    }
}

#[test]
fn clitics_are_outside_the_span() {
    let ms = all("وثلاثة أشخاص");
    assert_eq!(ms[0].0, "ثلاثة");
    let ms = all("بخمسة آلاف دولار");
    assert_eq!(ms[0].0, "خمسة آلاف");
    assert!(close(ms[0].1, 5000.0));
    let ms = all("و5 قتلى");
    assert_eq!(ms[0].0, "5");
    // لست is "I am not", not ل + ست.
    assert!(all("لست أدري").is_empty());
    // ل/ب on ستة and on مئة with its hamza are the preposition …
    let ms = all("يتسع لستة آلاف مقعد");
    assert_eq!(ms[0].0, "ستة آلاف");
    assert!(close(ms[0].1, 6000.0));
    let ms = all("باعها بمئة ألف");
    assert_eq!(ms[0].0, "مئة ألف");
    assert!(close(ms[0].1, 100_000.0));
    // … but كمية is "quantity", not ك + مية.
    assert!(all("كمية كبيرة").is_empty());
    // ل/ب on the construct numerals خمس، سبع، تسع، عشر.
    let ms = all("سافر لخمس دول");
    assert_eq!(ms[0].0, "خمس");
    assert!(close(ms[0].1, 5.0));
    let ms = all("فاز بتسع ميداليات");
    assert_eq!(ms[0].0, "تسع");
    assert!(close(ms[0].1, 9.0));
    assert!(all("لسعر النفط").is_empty());
}

#[test]
fn repeated_scale_after_wa_starts_a_second_number() {
    // "between two thousand and five thousand", not (2000 + 5) × 1000.
    let ms = all("بين ألفين وخمسة آلاف");
    assert_eq!(ms.len(), 2, "{ms:?}");
    assert!(close(ms[0].1, 2000.0), "{ms:?}");
    assert!(close(ms[1].1, 5000.0), "{ms:?}");
    // A larger scale multiplies the whole: ألف وخمسمائة مليون.
    check("ألف وخمسمائة مليون", 1.5e9);
    check("ثلاثة ملايين وسبعمائة ألف", 3.7e6);
}

#[test]
fn separate_numbers_stay_separate() {
    let ms = all("خمسة وستة");
    assert_eq!(ms.len(), 2, "{ms:?}");
    let ms = all("300 و 212");
    assert_eq!(ms.len(), 2, "{ms:?}");
    let ms = all("ثلاثمائة و مائتين");
    assert_eq!(ms.len(), 2, "{ms:?}");
    let ms = all("من 10 إلى 20");
    assert_eq!(ms.len(), 2, "{ms:?}");
    let ms = all("10-20");
    assert_eq!(ms.len(), 2, "{ms:?}");
    assert!(ms.iter().all(|m| m.1.is_some_and(|v| v > 0.0)), "{ms:?}");
    // Dates and clock times split into their parts.
    let ms = all("22/04/2016");
    assert_eq!(ms.len(), 3, "{ms:?}");
    let ms = all("192.168.1.2");
    assert_eq!(ms.len(), 4, "{ms:?}");
}

#[test]
fn ambiguous_words_are_not_numbers() {
    for s in ["أحد المسلحين", "يوم الاثنين", "الأحد", "الألف", "بالمئة"]
    {
        let ms = all(s);
        assert!(ms.is_empty(), "{s}: {ms:?}");
    }
}

#[test]
fn a_word_after_a_cardinal_is_not_an_ordinal() {
    let ms = all("30 ثانية");
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert_eq!(ms[0].2, NumberKind::Cardinal);
}

#[test]
fn absurd_numbers_keep_span_without_value() {
    let big = "9".repeat(400);
    let ms = all(&big);
    assert_eq!(ms.len(), 1);
    assert_eq!(ms[0].0, big);
    assert_eq!(ms[0].1, None);
    let s = "١٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠ مليار";
    let ms = all(s);
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert_eq!(ms[0].0, s);
    assert_eq!(ms[0].1, None);
    assert_eq!(all("1/0")[0].1, None);
}

#[test]
fn empty_and_odd_input() {
    assert!(all("").is_empty());
    assert!(all("\u{0}\u{200f}-,.").is_empty());
    assert!(all("و").is_empty());
    assert!(all("ـــ").is_empty());
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn never_panics_and_spans_are_in_range(s in "\\PC{0,80}") {
            for m in find_numbers(&s, &[]) {
                prop_assert!(m.span.start < m.span.end && m.span.end <= s.len());
                prop_assert!(s.is_char_boundary(m.span.start) && s.is_char_boundary(m.span.end));
                if let Some(v) = m.value { prop_assert!(v.is_finite()); }
            }
        }

        #[test]
        fn arabic_number_soup_never_panics(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just("و"), Just("ثلاثة"), Just("عشر"), Just("مئة"), Just("ألف"), Just("آلاف"),
                    Just("مليون"), Just("نصف"), Just("أرباع"), Just("فاصلة"), Just("سالب"),
                    Just("الحادي"), Just("والعشرين"), Just("5"), Just("٢٫٥"), Just("-"), Just("/"),
                    Just("1,000"), Just("9999999999999999999999"), Just("e"), Just("^"), Just("ونص"),
                ],
                0..12,
            ),
            seps in proptest::collection::vec(prop_oneof![Just(" "), Just(""), Just("\n")], 12),
        ) {
            let mut s = String::new();
            for (i, p) in parts.iter().enumerate() {
                s.push_str(p);
                s.push_str(seps.get(i).copied().unwrap_or(" "));
            }
            let ms = find_numbers(&s, &[]);
            let mut last_end = 0;
            for m in &ms {
                prop_assert!(m.span.end <= s.len());
                prop_assert!(m.span.start >= last_end, "overlap in {:?}: {:?}", s, ms);
                last_end = m.span.end;
                if let Some(v) = m.value { prop_assert!(v.is_finite() && v.abs() <= MAX_VALUE); }
            }
        }
    }
}

#[test]
fn relative_ordinal_offsets() {
    let r = |s: &str| -> Vec<(String, &str)> {
        relative_ordinals(s)
            .into_iter()
            .map(|x| (x.span.slice(s).to_string(), x.value))
            .collect()
    };
    assert_eq!(
        r("أريد الكتاب الأخير."),
        vec![("الأخير".to_string(), "end+0")]
    );
    assert_eq!(
        r("أرني ما قبل الأخير"),
        vec![("قبل الأخير".to_string(), "end-1")]
    );
    assert_eq!(
        r("انتقل الى الصفحة السابقة."),
        vec![("السابقة".to_string(), "current-1")]
    );
    assert_eq!(
        r("أعطني البند التالي."),
        vec![("التالي".to_string(), "current+1")]
    );
    assert!(r("قال شخص آخر").is_empty());
}

#[test]
fn signed_ratios_decimal_denominators_and_one_in() {
    // A signed ratio is arithmetic, not a score.
    check("ناقص مائة على خمسة وثلاثون", -100.0 / 35.0);
    assert_eq!(all("فاز 98 على 87").len(), 2);
    // The decimal part may name its denominator: 200 point 3 of a hundred.
    check("مائتين فاصلة ثلاثة من مائة", 200.03);
    check("واحد فاصلة خمسة", 1.5);
    // "One in Y" closing a phrase.
    check("1 في واحد و عشرون", 1.0 / 21.0);
    check("واحد في عشرة", 0.1);
    check("ثلاثة على واحد وعشرين", 3.0 / 21.0);
    assert_eq!(all("مساحتها 10 في 12 متر").len(), 2);
    // ... but not a count of something, a year or a percent.
    let v = all("سجل هدف واحد في 3 مباريات");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(all("المركز 1 في 2015").len(), 2);
    let v = all("واحد في المائة");
    assert!(
        v.iter()
            .all(|x| x.1 != Some(0.01) || x.0 != "واحد في المائة"),
        "{v:?}"
    );
}

#[test]
fn mixed_numbers_and_fifths() {
    // A mixed number typed right to left.
    check("١/٤ ٢", 2.25);
    check("2 1/4", 2.25);
    // A date-like pair is not one.
    assert_eq!(all("22/04 2016").len(), 2);
    // و + خمس/سبع/تسع after a bare unit is a fraction …
    check("ثلاثة و خمس", 3.2);
    check("ثلاث وخمس", 3.2);
    check("اثنان وسبع", 2.0 + 1.0 / 7.0);
    // … but not in a span, nor ثلاثة وخمسة.
    assert_eq!(all("بين ثلاث وخمس سنوات").len(), 2);
    let v = all("بين سنة واحدة وخمس سنوات");
    assert!(v.iter().all(|x| x.2 != NumberKind::Fraction), "{v:?}");
    assert_eq!(all("ثلاثة وخمسة").len(), 2);
}

#[test]
fn scales_as_ordinals_and_ordinal_compounds_with_scales() {
    let v = all("لم أجد الكتاب التريليون.");
    assert_eq!(
        v,
        vec![("التريليون".to_string(), Some(1e12), NumberKind::Ordinal)]
    );
    let v = all("احتفل المتحف بالزائر المليون");
    assert_eq!(
        v,
        vec![("المليون".to_string(), Some(1e6), NumberKind::Ordinal)]
    );
    // Not after a sound plural, and never الألف ("the thousand cards").
    for t in ["البطاقات الألف التي", "المعتقلين المليون"] {
        let v = all(t);
        assert!(v.iter().all(|x| x.2 != NumberKind::Ordinal), "{t}: {v:?}");
    }
    // A definite scale counting a noun is a cardinal (or nothing), not an ordinal.
    let v = all("دفع الرجل المليون دولار");
    assert!(v.iter().all(|x| x.2 != NumberKind::Ordinal), "{v:?}");
    let s = "الصفحة الواحد والعشرون تريليون وثلاث مائة  واثنين وعشرون";
    let v = all(s);
    assert_eq!(v.len(), 1, "{v:?}");
    assert!(close(v[0].1, 21_000_000_000_322.0), "{v:?}");
    assert_eq!(v[0].2, NumberKind::Ordinal);
    check("ثلاثة تريليون", 3e12);
    // A definite compound counting a noun is a cardinal.
    let v = all("معظم السبعة والثمانين مليون شخص");
    assert_eq!(
        v,
        vec![(
            "السبعة والثمانين مليون".to_string(),
            Some(87e6),
            NumberKind::Cardinal
        )]
    );
    check(
        "واحد و عشرون تريليون و ثلاثمائة و اثنان و عشرون",
        21_000_000_000_322.0,
    );
}

#[test]
fn prefix_letters_cover_every_proclitic() {
    // `number_word` skips the proclitic loop for words starting with none of them.
    for (p, ..) in PREFIXES {
        assert!(p.starts_with(PREFIX_LETTERS), "{p}");
    }
    assert!(number_word("وثلاثة", "وثلاثه").is_some());
    assert!(number_word("ثلاثة", "ثلاثه").is_some());
}

#[test]
fn the_quick_rejections_of_number_words_lose_none() {
    // Every number word behind every proclitic string, with one letter more or
    // less, and the words of a news sentence: the gated reading is the full one.
    let mut words: Vec<String> = Vec::new();
    for k in lexicon::keys() {
        for (p, ..) in PREFIXES.iter().chain([&("", false, false, false)]) {
            let w = format!("{p}{k}");
            words.push(format!("{w}ا"));
            words.push(w.chars().skip(1).collect());
            words.push(w);
        }
    }
    let text = "وقال المتحدث إن ثلاثة آلاف وخمسمائة شخص وصلوا بالأمس، وللمرة الثانية \
                خلال أسبوعين، إلى المخيم الذي يضم بضع مئات من العائلات وستة مستشفيات";
    words.extend(text.split_whitespace().map(str::to_string));
    for w in &words {
        let f = fold_word(w);
        assert_eq!(number_word(w, &f), read_number_word(w, &f), "{w:?}");
    }
}
