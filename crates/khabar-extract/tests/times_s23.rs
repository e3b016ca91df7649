//! Session 23: the time classes of the held-out reviews s23a–s23d, each with new
//! wording (not the reviewed articles' text), positive and negative.
mod common;
use common::{time_values as sv, times as run};

fn pairs(xs: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    xs.iter()
        .map(|(s, v)| (s.to_string(), Some(v.to_string())))
        .collect()
}

/// s23a T1: a chronology line opening with a year (or a year range) and a dash
/// dates its event; a range of amounts or measures at a line start does not.
#[test]
fn a_timeline_line_opens_with_its_year() {
    let r = "2018-05-01";
    assert_eq!(
        sv(
            "التسلسل الزمني:\n1912 - تأسيس الحزب الوطني.\n1921 - 1923 الجيش يخوض حربا في الجنوب.",
            r
        ),
        pairs(&[("1912", "1912"), ("1921", "1921"), ("1923", "1923")])
    );
    assert_eq!(
        sv("1887- انتخاب أول برلمان في البلاد.", r),
        pairs(&[("1887", "1887")])
    );
    assert!(sv("2000 - 3000 دولار سعر الطن في السوق.", r).is_empty());
    assert!(sv("1500 - 2000 متر هو طول المسار.", r).is_empty());
}

/// s23d T4: «القرن الـ + digits» is a century (the 12th century is "11").
#[test]
fn a_century_in_digits_after_the_article() {
    let r = "2018-05-01";
    assert_eq!(
        sv("وتعود الكنيسة إلى القرن الـ 12 الميلادي.", r),
        pairs(&[("القرن الـ 12 الميلادي", "11")])
    );
    assert_eq!(
        sv("وبني القصر في القرن ال18 على يد الأمير.", r),
        pairs(&[("القرن ال18", "17")])
    );
    // No century beyond the thirtieth.
    assert!(sv("وتعود اللوحة إلى القرن الـ 45 حسب الرواية.", r).is_empty());
}

/// s23d T2: «ألان» (Alan, hamza on the first alif) is a name, not «الآن»; «حاليا»
/// stays out (the seed article's gold does not annotate it).
#[test]
fn alan_is_a_name() {
    let r = "2018-05-01";
    assert_eq!(
        sv("ويقيم اللاعب حالياً في مدريد، ولم يعد الآن لاعباً.", r),
        pairs(&[("الآن", "PRESENT_REF")])
    );
    assert_eq!(
        sv("والتقى الوزير نظيره الفرنسي ألان جوبيه أمس.", r),
        pairs(&[("أمس", "2018-04-30")])
    );
}

/// s23a T2: an ordinal after «للمرة» counts times, it is no day of the month.
#[test]
fn the_nth_time_is_no_day() {
    let r = "2018-05-01";
    assert_eq!(
        sv("وتوج الفريق بالكأس للمرة الرابعة شهر أبريل 2015.", r),
        pairs(&[("شهر أبريل 2015", "2015-04")])
    );
    assert_eq!(
        sv("ووقعت الحادثة في الرابع من شهر أبريل 2015.", r),
        pairs(&[("الرابع من شهر أبريل 2015", "2015-04-04")])
    );
}

/// s23a T3: «تلك/نفس/ذات الليلة» is the night of the day the narrative named;
/// with a relative clause it is left unresolved; a bare «الليلة» is tonight.
#[test]
fn that_night_is_anaphoric() {
    let r = "2018-02-20";
    let rows = run(
        "ووصل الوفد إلى جنيف يوم 7 فبراير، وفي تلك الليلة عقد اجتماعا مغلقا.",
        r,
    );
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1].0, "تلك الليلة");
    assert_eq!(rows[1].1, "TIME");
    assert_eq!(rows[1].2.as_deref(), Some("2018-02-07TNI"));
    assert_eq!(
        sv("وفي نفس الليلة التي سقط فيها المطر انقطعت الكهرباء.", r),
        pairs(&[("نفس الليلة", "XXXX-XX-XXTNI")])
    );
    assert_eq!(
        sv("وسيعقد الاجتماع الليلة في جنيف.", r),
        pairs(&[("الليلة", "2018-02-20TNI")])
    );
}

/// s23b T3: «لذلك اليوم» (for that day) is the day just named; «لذلك» opening a
/// clause is "therefore", and its «اليوم» stays today.
#[test]
fn for_that_day_is_the_day_named() {
    let r = "2018-05-01";
    assert_eq!(
        sv("وسجل السوق يوم 12 مارس أعلى قيمة في تاريخه لذلك اليوم.", r),
        pairs(&[("12 مارس", "2018-03-12"), ("ذلك اليوم", "2018-03-12")])
    );
    assert_eq!(
        sv("لذلك اليوم نطالب بالحوار.", r),
        pairs(&[("اليوم", "2018-05-01")])
    );
}

/// s23b T1: «قبل X أو Y»: «قبل» governs both members.
#[test]
fn ago_governs_both_alternatives() {
    let r = "2018-05-01";
    assert_eq!(
        sv("وقال إنه رأى الجاني قبل أسبوع أو أسبوعين.", r),
        pairs(&[("قبل أسبوع", "2018-04-24"), ("أسبوعين", "2018-04-17")])
    );
    assert_eq!(
        sv("واستمر العمل أسبوعا أو أسبوعين.", r),
        pairs(&[("أسبوعا", "P1W"), ("أسبوعين", "P2W")])
    );
}

/// s23b T5 (b): a definite plural unit with its definite numeral word is a
/// duration; not in the name «حرب الأيام الستة».
#[test]
fn the_n_units_with_a_definite_numeral() {
    let r = "2018-05-01";
    assert_eq!(
        sv("وخلال الأسابيع الثلاثة التي قضاها في المستشفى تحسنت حالته.", r),
        pairs(&[("الأسابيع الثلاثة", "P3W")])
    );
    assert!(sv("وأقيم الحفل في ذكرى حرب الأيام الستة.", r).is_empty());
}

/// s23b T5 (a): «دورة + host city + year» are the Games of that year.
#[test]
fn the_games_of_a_city_and_year() {
    let r = "2018-05-01";
    assert_eq!(
        sv("وفاز بالذهب في دورة سيدني 2000.", r),
        pairs(&[("2000", "2000")])
    );
    assert!(sv("وشارك في دورة تدريبية 2000 متدرب.", r).is_empty());
}

/// s23d T1 (a): a date beside a yearly SET is that day of every year; a yearly
/// rate after a figure and a Hijri month are not.
#[test]
fn a_yearly_date_has_no_year() {
    assert_eq!(
        sv("ويقام المهرجان سنويا في 3 أغسطس في الساحة.", "2018-05-01"),
        pairs(&[("سنويا", "P1Y"), ("3 أغسطس", "XXXX-08-03")])
    );
    assert_eq!(
        sv("وارتفع التضخم 5% سنويا في أغسطس.", "2018-10-01"),
        pairs(&[("سنويا", "P1Y"), ("أغسطس", "2018-08")])
    );
    assert_eq!(
        sv("وتعرض المسلسلات في رمضان كل عام.", "2018-05-01"),
        pairs(&[("رمضان", "2018-05"), ("كل عام", "P1Y")])
    );
}

/// s23d T3: «اليوم (DATE)»: the day word glossed with a bracketed date is it.
#[test]
fn a_day_glossed_in_brackets() {
    let r = "2018-05-14";
    assert_eq!(
        sv(
            "وقال المتحدث إن البرلمان صوت اليوم (12 مايو) على القانون.",
            r
        ),
        pairs(&[("اليوم", "2018-05-12"), ("12 مايو", "2018-05-12")])
    );
    assert_eq!(
        sv("ويصوت البرلمان اليوم على قانون 12 مايو.", r),
        pairs(&[("اليوم", "2018-05-14"), ("12 مايو", "2018-05-12")])
    );
}

/// s23a T4: «weekday + التالي» is the first such weekday after the day just
/// named; «المقبل» counts from the time of writing.
#[test]
fn the_following_weekday_counts_from_the_day_named() {
    // Saturday 2018-05-26.
    let r = "2018-05-26";
    assert_eq!(
        sv(
            "ويلتقي الوزير نظيره يوم الاثنين المقبل ثم يزور يوم الخميس التالي العاصمة.",
            r
        ),
        pairs(&[
            ("يوم الاثنين المقبل", "2018-05-28"),
            ("يوم الخميس التالي", "2018-05-31")
        ])
    );
    assert_eq!(
        sv("ويصل الوفد في 4 يونيو ويغادر يوم السبت التالي.", r),
        pairs(&[
            ("4 يونيو", "2018-06-04"),
            ("يوم السبت التالي", "2018-06-09")
        ])
    );
}

/// s23c T1: clock hours as feminine ordinals before «من صباح/مساء + day».
#[test]
fn word_hours_of_a_named_morning() {
    // Wednesday 2018-07-11.
    let r = "2018-07-11";
    assert_eq!(
        sv(
            "وستغلق المحطة أبوابها في السابعة والتاسعة من مساء الخميس.",
            r
        ),
        pairs(&[
            ("السابعة", "2018-07-12T19:00"),
            ("التاسعة", "2018-07-12T21:00"),
            ("مساء الخميس", "2018-07-12TEV")
        ])
    );
    assert_eq!(
        sv("وتنطلق المسيرة عند السابعة من مساء السبت.", r),
        pairs(&[
            ("السابعة", "2018-07-14T19:00"),
            ("مساء السبت", "2018-07-14TEV")
        ])
    );
    assert_eq!(
        sv("وحل العداء في المرتبة الثامنة من صباح الأحد.", r),
        pairs(&[("صباح الأحد", "2018-07-08TMO")])
    );
}

/// s23d T1 (b, c): a weekday that is the subject of "is a day off" is every such
/// day; a holiday keeps its «و» outside the span.
#[test]
fn a_weekly_day_off_is_generic() {
    let r = "2018-05-01";
    assert_eq!(
        sv("وقال المدير إن السبت يوم عطلة للموظفين.", r),
        pairs(&[("السبت", "XXXX-WXX-6")])
    );
    assert_eq!(
        sv("وأعلنت الحكومة الأحد يوم عطلة رسمية.", r),
        pairs(&[("الأحد", "2018-04-29")])
    );
    assert_eq!(
        sv("وتغلق المدارس في رأس السنة وعيد الميلاد.", "2018-12-01"),
        pairs(&[("رأس السنة", "2019-01-01"), ("عيد الميلاد", "2018-12-25")])
    );
}

/// «مقارنة بنفس الشهر العام الماضي»: the narrative's month in the year after it.
#[test]
fn the_same_month_last_year() {
    assert_eq!(
        sv(
            "وبلغت المبيعات في مارس 2018 نحو 30 ألفا مقارنة بنفس الشهر العام الماضي.",
            "2018-05-01"
        ),
        pairs(&[
            ("مارس 2018", "2018-03"),
            ("نفس الشهر العام الماضي", "2017-03")
        ])
    );
}
