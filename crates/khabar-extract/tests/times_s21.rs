//! Session 21: the time classes of the held-out reviews s21a–s21d, each with new
//! wording (not the reviewed articles' text), positive and negative.
mod common;
use common::{time_values as sv, times as run};

fn pairs(xs: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    xs.iter()
        .map(|(s, v)| (s.to_string(), Some(v.to_string())))
        .collect()
}

/// s21c T1 (s20b T2): «الاثنين» after «على/لدى» or before «معا» is the numeral "the
/// two", never Monday; a weekday after «على يوم» and a bare one elsewhere stay.
#[test]
fn the_two_after_ala_or_before_together_is_no_monday() {
    // Thursday 2018-03-08.
    let r = "2018-03-08";
    assert!(sv("وبعد المصالحة، صار لزاما على الاثنين العمل معا.", r).is_empty());
    assert!(sv("وقال المدرب إن المسؤولية تقع على الاثنين بالتساوي.", r).is_empty());
    assert!(sv("ولم يعد لدى الاثنين أي خيار آخر.", r).is_empty());
    assert!(sv("وظهر الاثنين معا في الصورة.", r).is_empty());
    // Monday named with «يوم» after «على», and a bare Monday after a verb.
    assert_eq!(
        sv("ووافق المجلس على يوم الاثنين موعدا للتصويت.", r),
        pairs(&[("يوم الاثنين", "2018-03-05")])
    );
    assert_eq!(
        sv("واجتمع الاثنين مجلس الأمن في نيويورك.", r),
        pairs(&[("الاثنين", "2018-03-05")])
    );
}

/// s21d T1: «مساء/صباح + weekday» after a full date is that weekday's part of day;
/// the date stands alone. The adverb «مساء» before a verb still dates the date.
#[test]
fn a_part_of_day_before_a_weekday_binds_to_the_weekday() {
    // Thursday 2018-10-11.
    let r = "2018-10-11";
    assert_eq!(
        sv(
            "وقدم النواب طلبا لتأجيل الاقتراع إلى 9 كانون الأول/ديسمبر مساء الثلاثاء إلى رئاسة البرلمان.",
            r
        ),
        pairs(&[
            ("9 كانون الأول/ديسمبر", "2018-12-09"),
            ("مساء الثلاثاء", "2018-10-09TEV"),
        ])
    );
    assert_eq!(
        sv("وحدد الاتحاد موعد النهائي في 20 أكتوبر صباح اليوم.", r),
        pairs(&[("20 أكتوبر", "2018-10-20"), ("صباح اليوم", "2018-10-11TMO")])
    );
    // A weekday followed by another day's part of day: the same split.
    assert_eq!(
        sv("وتأجلت الجلسة من الاثنين مساء الأربعاء.", r),
        pairs(&[("الاثنين", "2018-10-08"), ("مساء الأربعاء", "2018-10-10TEV")])
    );
    // No day after it: the part of day is the date's.
    assert_eq!(
        sv("ووصل الوفد يوم 8 أكتوبر مساء إلى العاصمة.", r),
        pairs(&[("8 أكتوبر مساء", "2018-10-08TEV")])
    );
}

/// s21c T2: «حتى الساعة … فجر WEEKDAY» after an evening is one clock time on that
/// weekday; with «فجرا» and no day it is the day after the evening.
#[test]
fn a_dawn_clock_time_after_an_evening_takes_its_own_day() {
    // Wednesday 2018-11-07.
    let r = "2018-11-07";
    assert_eq!(
        sv(
            "واعتصم العمال أمام المصنع مساء الاثنين حتى الساعة الرابعة والنصف فجر الثلاثاء.",
            r
        ),
        pairs(&[
            ("مساء الاثنين", "2018-11-05TEV"),
            ("الساعة الرابعة والنصف فجر الثلاثاء", "2018-11-06T04:30"),
        ])
    );
    assert_eq!(
        sv(
            "واستمرت السهرة من مساء الاثنين حتى الساعة الثانية فجرا في القاعة.",
            r
        ),
        pairs(&[
            ("مساء الاثنين", "2018-11-05TEV"),
            ("الساعة الثانية فجرا", "2018-11-06T02:00"),
        ])
    );
    // An afternoon range stays on its day.
    assert_eq!(
        sv("وتستمر الجلسة مساء الاثنين حتى الساعة العاشرة مساء.", r),
        pairs(&[
            ("مساء الاثنين", "2018-11-05TEV"),
            ("الساعة العاشرة مساء", "2018-11-05T22:00"),
        ])
    );
}

/// s21d T2: a clock time looks past a bare year (a history aside) to the day of
/// the narrative; a calendar date further back is no anchor.
#[test]
fn a_clock_time_looks_past_a_year_to_the_weekday() {
    // Monday 2018-04-02.
    let r = "2018-04-02";
    assert_eq!(
        sv(
            "ويحاكم المتهم الأربعاء أمام محكمة الجنايات. وكان قد أدين في قضية مشابهة عام 2011. وتبدأ الجلسة عند الساعة العاشرة صباحا.",
            r
        ),
        pairs(&[
            ("الأربعاء", "2018-04-04"),
            ("عام 2011", "2011"),
            ("الساعة العاشرة صباحا", "2018-04-04T10:00"),
        ])
    );
    // A year that bounds a period («منذ أواخر 2014») is no aside: the reference date.
    assert_eq!(
        sv(
            "وارتفعت الأسعار الاثنين إلى أعلى مستوى منذ أواخر 2014. وسجل الخام 70 دولارا بحلول الساعة 0030 بتوقيت غرينتش.",
            "2018-04-03"
        ),
        pairs(&[
            ("الاثنين", "2018-04-02"),
            ("أواخر 2014", "2014"),
            ("الساعة 0030 بتوقيت غرينتش", "2018-04-03T00:30"),
        ])
    );
    // A calendar date as the earlier day: the reference date stays.
    assert_eq!(
        sv(
            "وتجرى الانتخابات في 20 مايو. وكان الحزب قد فاز عام 2011. ووصل الرئيس عند الساعة العاشرة صباحا.",
            r
        ),
        pairs(&[
            ("20 مايو", "2018-05-20"),
            ("عام 2011", "2011"),
            ("الساعة العاشرة صباحا", "2018-04-02T10:00"),
        ])
    );
}

/// s21a T1: «التالي» counts from the narrative's last date, not from writing.
#[test]
fn the_following_period_counts_from_the_last_date() {
    // Monday 2018-07-23.
    let r = "2018-07-23";
    assert_eq!(
        sv(
            "وأصيب الحارس في أكتوبر 2012، وغاب حتى الربيع التالي عن الملاعب.",
            r
        ),
        pairs(&[("أكتوبر 2012", "2012-10"), ("الربيع التالي", "2013-SP")])
    );
    assert_eq!(
        sv(
            "وأسس الشركة عام 2004، وطرحها في البورصة في العام التالي.",
            r
        ),
        pairs(&[("عام 2004", "2004"), ("العام التالي", "2005")])
    );
    // A season still ahead of the anchor's month is in the same year.
    assert_eq!(
        sv(
            "ووقع العقد في مارس 2016 وانضم إلى الفريق في الصيف التالي.",
            r
        ),
        pairs(&[("مارس 2016", "2016-03"), ("الصيف التالي", "2016-SU")])
    );
    assert_eq!(
        sv("وافتتح المعرض في نوفمبر 2015 وأغلق في الشهر التالي.", r),
        pairs(&[("نوفمبر 2015", "2015-11"), ("الشهر التالي", "2015-12")])
    );
    // A written year is the anchor before a date whose year an event name gives.
    assert_eq!(
        sv(
            "وسجلت الوزارة في عام 2014 نحو 300 حالة مرتبطة بهجمات 11 سبتمبر، وبحلول نهاية العام التالي تضاعف العدد.",
            r
        ),
        pairs(&[
            ("عام 2014", "2014"),
            ("11 سبتمبر", "2001-09-11"),
            ("نهاية العام التالي", "2015"),
        ])
    );
    // No earlier date: from the reference date, as «المقبل»; after an event: unresolved.
    assert_eq!(
        sv("وستنظم البطولة في العام التالي.", r),
        pairs(&[("العام التالي", "2019")])
    );
    assert_eq!(
        sv(
            "وفي عام 2001 وقع الزلزال، وفي العام التالي للزلزال أعيد البناء.",
            r
        ),
        pairs(&[("عام 2001", "2001"), ("العام التالي", "XXXX")])
    );
}

/// s21a T2: «لا تقل/لا يزيد عن + bare singular unit» is one unit with the hedge.
#[test]
fn a_verbal_hedge_before_a_bare_unit_counts_one() {
    let r = "2018-07-23";
    assert_eq!(
        run("ويعاقب المخالف بغرامة وبالسجن مدة لا تقل عن شهر.", r),
        vec![(
            "لا تقل عن شهر".to_string(),
            "DURATION".to_string(),
            Some("P1M".to_string()),
            Some("EQUAL_OR_MORE".to_string())
        )]
    );
    assert_eq!(
        run("وتستمر الدورة فترة لا تزيد على أسبوع.", r),
        vec![(
            "لا تزيد على أسبوع".to_string(),
            "DURATION".to_string(),
            Some("P1W".to_string()),
            Some("EQUAL_OR_LESS".to_string())
        )]
    );
    assert_eq!(
        run("وغاب اللاعب منذ ما يربو عن عقد.", r),
        vec![(
            "ما يربو عن عقد".to_string(),
            "DURATION".to_string(),
            Some("P10Y".to_string()),
            Some("MORE_THAN".to_string())
        )]
    );
    // A year after the unit word, or a month name: no count of one.
    assert_eq!(
        sv("وارتفعت الأسعار بنسبة لا تقل عن عام 2016.", r),
        pairs(&[("عام 2016", "2016")])
    );
    assert!(sv("ويصوم المسلمون مدة لا تقل عن شهر رمضان كله.", r)
        .iter()
        .all(|(_, v)| v.as_deref() != Some("P1M")));
}

/// s21c T3: «قبل (نحو) N على بدء/انطلاق EVENT» counts back from the event: a
/// duration, not a date counted from writing. The verb's «على» after a plain «قبل N»
/// («أكد قبل يومين على …») keeps the date.
#[test]
fn before_a_duration_ala_the_start_of_an_event_is_a_duration() {
    // Thursday 2018-09-20.
    let r = "2018-09-20";
    assert_eq!(
        run("وانسحب المرشح قبل نحو أسبوع على انطلاق الحملة الانتخابية.", r),
        vec![(
            "نحو أسبوع".to_string(),
            "DURATION".to_string(),
            Some("P1W".to_string()),
            Some("APPROX".to_string())
        )]
    );
    assert_eq!(
        sv("وأعلن اعتزاله قبل ثلاثة أشهر على موعد البطولة.", r),
        pairs(&[("ثلاثة أشهر", "P3M")])
    );
    assert_eq!(
        sv("وشدد الوزير قبل يومين على ضرورة الإصلاح.", r),
        pairs(&[("قبل يومين", "2018-09-18")])
    );
    assert_eq!(
        sv("ووصل الفريق قبل أسبوع على الأقل.", r),
        pairs(&[("قبل أسبوع", "2018-09-13")])
    );
}

/// s21c T4: «في المساء» in a clause of repetition («تتكرر»، «عادة ما») names no day.
#[test]
fn a_repeated_evening_names_no_day() {
    let r = "2018-06-05";
    assert!(sv("وتتكرر الوقفات الاحتجاجية في المساء أمام السفارة.", r).is_empty());
    assert!(sv("وعادة ما يخرج السكان في المساء إلى الحدائق.", r).is_empty());
    // A single evening after a past verb still takes the day.
    assert_eq!(
        sv("وخرج السكان في المساء إلى الحدائق.", r),
        pairs(&[("في المساء", "2018-06-05TEV")])
    );
}

/// Session-19 leftover: «DAY MONTH من كل عام» is a yearly SET on that day.
#[test]
fn a_day_of_every_year_is_a_yearly_set() {
    let r = "2018-06-05";
    assert_eq!(
        run("ويحتفل البلد بعيد الاستقلال في 4 سبتمبر من كل عام.", r),
        vec![(
            "4 سبتمبر من كل عام".to_string(),
            "SET".to_string(),
            Some("XXXX-09-04".to_string()),
            None
        )]
    );
    assert_eq!(
        sv("وتقام المسابقة في أبريل من كل سنة.", r),
        pairs(&[("أبريل من كل سنة", "XXXX-04")])
    );
    // A part of the month keeps its mod.
    assert_eq!(
        run("وتغلق المحمية أبوابها نهاية نوفمبر من كل عام.", r),
        vec![(
            "نهاية نوفمبر من كل عام".to_string(),
            "SET".to_string(),
            Some("XXXX-11".to_string()),
            Some("END".to_string())
        )]
    );
    // A written year, or «كل عام» as its own phrase: unchanged.
    assert_eq!(
        sv("وفي 4 سبتمبر 2017 من كل عام كان الاحتفال كبيرا.", r),
        pairs(&[("4 سبتمبر 2017", "2017-09-04"), ("كل عام", "P1Y")])
    );
}

/// s20d T4 (carried over): a range of counts written in one token before a time
/// unit gives both ends, as «بين 16 و22 عاما» does.
#[test]
fn a_hyphenated_count_range_before_a_unit_gives_both_ends() {
    let r = "2018-06-05";
    assert_eq!(
        sv("وشارك في الدورة شبان تتراوح أعمارهم 17-24 عاما.", r),
        pairs(&[("17", "P17Y"), ("24 عاما", "P24Y")])
    );
    assert_eq!(
        sv("ويستغرق إصدار التأشيرة 4-6 أسابيع.", r),
        pairs(&[("4", "P4W"), ("6 أسابيع", "P6W")])
    );
    // A score, a day range before a month, and a descending pair: no durations.
    assert!(sv("وفاز الفريق 3-1 في المباراة.", r).is_empty());
    assert_eq!(
        sv("وتقام المعارض 4-9 يناير.", r),
        pairs(&[("4", "2019-01-04"), ("9 يناير", "2019-01-09")])
    );
    assert!(sv("وانتهت المواجهة 5-2 يوما بعد يوم.", r)
        .iter()
        .all(|(_, v)| v.as_deref().is_some_and(|v| !v.starts_with('P'))));
}
