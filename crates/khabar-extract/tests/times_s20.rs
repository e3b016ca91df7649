//! Session 20: the time classes of the held-out reviews s20a–s20d, each with new
//! wording (not the reviewed articles' text), positive and negative.
mod common;
use common::{time_values as sv, times as run};

fn one(span: &str, value: &str) -> Vec<(String, Option<String>)> {
    vec![(span.to_string(), Some(value.to_string()))]
}

/// s20a T1: «كان من المقرر/من المفترض + weekday» is a plan told in the past; the
/// day is the nearest such day either way, not simply the coming one.
#[test]
fn a_plan_told_with_kana_is_the_nearest_day() {
    // Saturday 2018-05-05.
    let r = "2018-05-05";
    assert_eq!(
        sv(
            "وكانت من المقرر أن تهبط الطائرة في المطار الأربعاء، غير أن الرحلة ألغيت.",
            r
        ),
        one("الأربعاء", "2018-05-02")
    );
    assert_eq!(
        sv("وكان من المفترض أن يوقع الطرفان الاتفاق الخميس.", r),
        one("الخميس", "2018-05-03")
    );
    // Still ahead when the coming day is nearer.
    assert_eq!(
        sv("وكان من المفترض أن يعود الفريق إلى بلاده الاثنين.", r),
        one("الاثنين", "2018-05-07")
    );
    // Without «كان» the plan announces the coming day.
    assert_eq!(
        sv("ومن المقرر أن تهبط الطائرة في المطار الأربعاء.", r),
        one("الأربعاء", "2018-05-09")
    );
}

/// s20b T1(c): an intention masdar (عزم، نية) names a day ahead.
#[test]
fn an_intention_names_the_coming_day() {
    // Thursday 2018-04-05.
    let r = "2018-04-05";
    assert_eq!(
        sv(
            "وأكدت اللاعبة عزمها المشاركة في البطولة يوم الاثنين إذا تعافت.",
            r
        ),
        one("يوم الاثنين", "2018-04-09")
    );
    assert_eq!(
        sv("وأبلغ الرئيس البرلمان نيته التوجه إلى عمان الاثنين.", r),
        one("الاثنين", "2018-04-09")
    );
    // A plain past report keeps the day just past.
    assert_eq!(
        sv("وشاركت اللاعبة في البطولة يوم الاثنين.", r),
        one("يوم الاثنين", "2018-04-02")
    );
}

/// s20b T1(a/b): «قبل قمة DAY» looks ahead, unless the document has just named that
/// weekday as a day past.
#[test]
fn a_summit_day_already_named_as_past_keeps_that_date() {
    // Friday 2018-06-15.
    let r = "2018-06-15";
    let t = "وأعلن الزعيمان، الأربعاء، توقيع اتفاق للتعاون.\nوناقش الوفدان قبل قمة الأربعاء مسودة الاتفاق.";
    assert_eq!(
        sv(t, r),
        vec![
            ("الأربعاء".to_string(), Some("2018-06-13".to_string())),
            ("الأربعاء".to_string(), Some("2018-06-13".to_string())),
        ]
    );
    // Alone, the summit after «قبل» is the coming one.
    assert_eq!(
        sv("وناقش الوفدان قبل قمة الأربعاء مسودة الاتفاق.", r),
        one("الأربعاء", "2018-06-20")
    );
    // A match after «قبل» stays ahead even after a past mention of the day name.
    let t = "وفاز الفريق الأربعاء على ضيفه.\nوقال المدرب إن اللاعبين جاهزون قبل مباراة الأربعاء أمام المتصدر.";
    let got = sv(t, r);
    assert_eq!(
        got.get(1).map(|x| x.1.clone()),
        Some(Some("2018-06-20".to_string())),
        "{got:?}"
    );
    // Earlier mentions that disagree leave the day ahead.
    let t = "وفاز الفريق الأربعاء على ضيفه، ويلعب الأربعاء المقبل.\nوناقش الوفدان قبل قمة الأربعاء مسودة الاتفاق.";
    let got = sv(t, r);
    assert_eq!(
        got.last().map(|x| x.1.clone()),
        Some(Some("2018-06-20".to_string())),
        "{got:?}"
    );
}

/// s20a T2: «من WEEKDAY N إلى WEEKDAY M MONTH»: the first end takes the month of
/// the second.
#[test]
fn a_weekday_and_day_number_take_the_month_written_after_the_range() {
    let r = "2018-09-20";
    assert_eq!(
        sv(
            "وتعقد الدورة من السبت 10 حتى الثلاثاء 13 نوفمبر/تشرين الثاني.",
            r
        ),
        vec![
            ("السبت 10".to_string(), Some("2018-11-10".to_string())),
            (
                "الثلاثاء 13 نوفمبر/تشرين الثاني".to_string(),
                Some("2018-11-13".to_string())
            ),
        ]
    );
    // A weekday that does not fall on the day of that month is left as it was.
    let got = sv("وتعقد الدورة من الأحد 10 حتى الثلاثاء 13 نوفمبر.", r);
    assert_eq!(got[0].0, "الأحد", "{got:?}");
}

/// s20c T1: verbal and «ما يقرب من» hedges before a duration set `mod` and join
/// the span.
#[test]
fn verbal_hedges_before_a_duration() {
    let r = "2018-05-01";
    let m = |t: &str| {
        let got = run(t, r);
        assert_eq!(got.len(), 1, "{t}: {got:?}");
        let (s, _, v, md) = got.into_iter().next().unwrap_or_default();
        (s, v.unwrap_or_default(), md.unwrap_or_default())
    };
    assert_eq!(
        m("وظل السجين في زنزانته مدة تزيد على خمسة عشر عاما."),
        (
            "تزيد على خمسة عشر عاما".into(),
            "P15Y".into(),
            "MORE_THAN".into()
        )
    );
    assert_eq!(
        m("ويجب تسليم الطلبات خلال فترة لا تتجاوز 10 أيام."),
        (
            "لا تتجاوز 10 أيام".into(),
            "P10D".into(),
            "EQUAL_OR_LESS".into()
        )
    );
    assert_eq!(
        m("وتوقف البث ما يقرب من ساعتين."),
        ("ما يقرب من ساعتين".into(), "PT2H".into(), "APPROX".into())
    );
    assert_eq!(
        m("وقد تجاوزت مدة الحصار ثلاثة أشهر."),
        ("ثلاثة أشهر".into(), "P3M".into(), "".into())
    );
    assert_eq!(
        m("وتجاوزت الإقامة ثلاثة أشهر."),
        ("ثلاثة أشهر".into(), "P3M".into(), "".into())
    );
    assert_eq!(
        m("حتى تجاوزت ثلاثة أشهر."),
        ("تجاوزت ثلاثة أشهر".into(), "P3M".into(), "MORE_THAN".into())
    );
    // A negated verb of exceeding: "did not exceed", never MORE_THAN.
    assert_eq!(
        m("ولم تتجاوز 3 أيام مدة الزيارة"),
        (
            "لم تتجاوز 3 أيام".into(),
            "P3D".into(),
            "EQUAL_OR_LESS".into()
        )
    );
}

/// s20c T2: «نصف الساعة الأول»، «الساعة الأولى من الاجتماع» are stretches of an
/// event, not 01:00; «الساعة الأولى من فجر الأحد» still is.
#[test]
fn the_first_half_hour_is_no_clock_time() {
    let r = "2018-04-30";
    assert!(sv("وتقدم الفريق المضيف في ربع الساعة الأخير من المباراة.", r).is_empty());
    assert!(sv("وتحدث الوزير في الساعة الأولى من المؤتمر.", r).is_empty());
    assert_eq!(
        sv("وانطلقت القافلة في الساعة الأولى من فجر الأحد.", r),
        one("الساعة الأولى من فجر الأحد", "2018-04-29T01:00")
    );
}

/// s20c T3: «صباح اليوم، الخميس،» is one expression dated by the weekday.
#[test]
fn a_weekday_in_apposition_dates_today() {
    // Friday 2018-05-04.
    let r = "2018-05-04";
    assert_eq!(
        sv("أغلقت الشرطة مساء اليوم، الخميس، الطريق الساحلي.", r),
        vec![(
            "مساء اليوم، الخميس".to_string(),
            Some("2018-05-03TEV".to_string())
        )]
    );
    // Without the closing comma the two stay apart.
    assert_eq!(sv("وصل الوفد اليوم، والخميس يبدأ الاجتماع.", r).len(), 2);
}

/// s20c T4: «من N لـM MONTH» is a range of two dates.
#[test]
fn lam_after_min_joins_a_range_of_days() {
    let r = "2018-03-01";
    assert_eq!(
        sv("ويقام المعرض في الفترة من 8 لـ12 أبريل المقبل.", r),
        vec![
            ("8".to_string(), Some("2018-04-08".to_string())),
            (
                "12 أبريل المقبل".to_string(),
                Some("2018-04-12".to_string())
            ),
        ]
    );
}

/// s20c T5: the definite «السنوات/الأعوام الطويلة» is a vague duration.
#[test]
fn the_long_years_with_the_article() {
    let r = "2018-05-01";
    assert_eq!(
        sv("ورغم الأعوام الطويلة في المنفى، عاد الشاعر.", r),
        one("الأعوام الطويلة", "PXY")
    );
    // Other definite plurals are not durations by themselves.
    assert!(sv("وتذكر الأعوام الجميلة في المدينة.", r).is_empty());
}

/// s20d T1: «اليوم» in a report dated by a weekday after appositions and «لوكالة X».
#[test]
fn today_of_a_statement_dated_across_an_apposition() {
    // Saturday 2018-06-09.
    let r = "2018-06-09";
    let t = "أكد اللواء خالد منصور، قائد المنطقة الشمالية، لصحيفة الأيام، الخميس، أن القوات سيطرت اليوم على المعبر.";
    assert_eq!(
        sv(t, r),
        vec![
            ("الخميس".to_string(), Some("2018-06-07".to_string())),
            ("اليوم".to_string(), Some("2018-06-07".to_string())),
        ]
    );
    // No complementizer after the weekday: the far verb does not date it.
    let t = "أكد اللواء خالد منصور، قائد المنطقة الشمالية، لصحيفة الأيام، الخميس، والقوات سيطرت اليوم على المعبر.";
    let got = sv(t, r);
    assert_eq!(
        got.last().map(|x| x.1.clone()),
        Some(Some("2018-06-09".to_string())),
        "{got:?}"
    );
}

/// s20d T3: a comma before «بدءا من» does not close a future verb's clause.
#[test]
fn a_future_verb_reaches_a_start_after_a_comma() {
    // Wednesday 2018-06-06.
    let r = "2018-06-06";
    let t = "قالت الهيئة الأربعاء إن الموانئ ستغلق لـ72 ساعة، بدءا من مساء الجمعة.";
    let got = sv(t, r);
    assert!(
        got.contains(&("مساء الجمعة".to_string(), Some("2018-06-08TEV".to_string()))),
        "{got:?}"
    );
    // A perfect report of a closure that began keeps the past day.
    let t = "وأغلقت الهيئة الموانئ لـ72 ساعة، بدءا من مساء الجمعة.";
    let got = sv(t, r);
    assert!(
        got.contains(&("مساء الجمعة".to_string(), Some("2018-06-01TEV".to_string()))),
        "{got:?}"
    );
}

/// s20b T3: a count of time right after «برنامج/مسلسل/فيلم» is a title.
#[test]
fn a_programme_named_by_a_duration_is_no_duration() {
    let r = "2018-05-01";
    assert!(sv("وظهر الوزير في مسلسل 24 ساعة على القناة.", r).is_empty());
    // The length of a programme, with a word between, is a duration.
    assert_eq!(sv("وبث برنامج مدته 45 دقيقة.", r), one("45 دقيقة", "PT45M"));
}

/// s20d T2: «بتوقيت + a zone of several words» keeps the date that follows.
#[test]
fn a_long_time_zone_keeps_the_following_date() {
    let r = "2018-06-06";
    assert_eq!(
        sv(
            "وتنطلق المباراة في الساعة 8:00 مساء بتوقيت شرق الولايات المتحدة في العشرين من يونيو/حزيران.",
            r
        ),
        one(
            "الساعة 8:00 مساء بتوقيت شرق الولايات المتحدة في العشرين من يونيو/حزيران",
            "2018-06-20T20:00"
        )
    );
    // A weekday after the zone is not taken into it.
    let got = sv("وتبدأ الجلسة الساعة 9 صباحا بتوقيت غرينتش الأحد.", r);
    assert!(got.iter().any(|(s, _)| s.ends_with("الأحد")), "{got:?}");
}

/// s20b T4: a bare year as the subject of «سيكون/سيشهد» or after «يكون» with «عاما».
#[test]
fn a_bare_year_as_the_subject_of_a_clause() {
    let r = "2018-05-01";
    assert_eq!(
        sv("وتوقع الخبير أن 2020 سيشهد انتعاشا في السياحة.", r),
        one("2020", "2020")
    );
    assert_eq!(
        sv("ويأمل المزارعون أن يكون 2019 عاما ممطرا.", r),
        one("2019", "2019")
    );
    // A count before a noun or another verb is no year.
    assert!(sv("وأكد المنظمون أن 2000 شخص شاركوا في المسيرة.", r).is_empty());
    assert!(sv("وقال إن 1950 يعد رقما قياسيا للمشاركين.", r).is_empty());
}
