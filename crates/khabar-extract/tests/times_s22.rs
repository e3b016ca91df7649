//! Session 22: the time classes of the held-out reviews s22a–s22d, each with new
//! wording (not the reviewed articles' text), positive and negative.
mod common;
use common::{time_values as sv, times as run};

fn pairs(xs: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    xs.iter()
        .map(|(s, v)| (s.to_string(), Some(v.to_string())))
        .collect()
}

fn row(
    span: &str,
    kind: &str,
    value: &str,
    md: Option<&str>,
) -> (String, String, Option<String>, Option<String>) {
    (
        span.to_string(),
        kind.to_string(),
        Some(value.to_string()),
        md.map(str::to_string),
    )
}

/// s22c T1: «أربيل» (Erbil) and «نسيان» (oblivion) are words, not «أبريل/نيسان»
/// with two letters swapped; a swapped month name after a day number still reads.
#[test]
fn erbil_and_oblivion_are_no_month() {
    let r = "2018-10-10";
    assert!(sv(
        "وزار الوفد المحافظات الأربع أربيل والسليمانية ودهوك وحلبجة.",
        r
    )
    .is_empty());
    assert!(sv("وعاد النازحون إلى 3 أربيل بعد الحرب.", r).is_empty());
    assert!(sv("وطوى الزمن 5 نسيان الحادثة.", r).is_empty());
    assert_eq!(
        sv("وتقام الانتخابات في 9 يوينو المقبل.", r),
        pairs(&[("9 يوينو المقبل", "2019-06-09")])
    );
}

/// s22a T1 (a): «قبل النهائي» after a word that takes a round («ذهاب قبل نهائي»،
/// «الدور قبل النهائي») is the semi-final, not "before the final"; the perfect
/// verb then dates the weekday in the past. «قبل نهائي» opening its phrase stays
/// "before the final", a fixture ahead.
#[test]
fn the_semi_final_is_no_before() {
    // Thursday 2018-03-08.
    let r = "2018-03-08";
    assert_eq!(
        sv(
            "وتأهل الفريق بعد فوزه في ذهاب قبل نهائي البطولة الأربعاء.",
            r
        ),
        pairs(&[("الأربعاء", "2018-03-07")])
    );
    assert_eq!(
        sv("ويستعد المنتخب قبل نهائي الكأس الأحد.", r),
        pairs(&[("الأحد", "2018-03-11")])
    );
}

/// s22a T1 (b): «اعتبارا/ابتداء/بدءا من + weekday» with no tense cue is the
/// nearest such day, ahead or behind; a future verb still makes it the next one.
#[test]
fn the_start_of_a_measure_is_the_nearest_weekday() {
    // Monday 2018-03-05.
    let r = "2018-03-05";
    assert_eq!(
        sv("وقررت البلدية إغلاق السوق اعتبارا من الأربعاء.", r),
        pairs(&[("الأربعاء", "2018-03-07")])
    );
    assert_eq!(
        sv("وعلقت الشركة رحلاتها بدءا من السبت.", r),
        pairs(&[("السبت", "2018-03-03")])
    );
    assert_eq!(
        sv("وستعلق الشركة رحلاتها ابتداء من السبت.", r),
        pairs(&[("السبت", "2018-03-10")])
    );
}

/// s22a T1 (c): a modal of obligation («لا بد»، «يجب»، «ينبغي»، «علينا أن») governs
/// a weekday ahead; after «كان» it is a past obligation.
#[test]
fn an_obligation_names_the_coming_weekday() {
    // Saturday 2018-03-10.
    let r = "2018-03-10";
    assert_eq!(
        sv("وقال الوزير: لا بد أن نوقع الاتفاق يوم الثلاثاء.", r),
        pairs(&[("يوم الثلاثاء", "2018-03-13")])
    );
    assert_eq!(
        sv("وقال إنه يجب على الحكومة تسليم التقرير الخميس.", r),
        pairs(&[("الخميس", "2018-03-15")])
    );
    assert_eq!(
        sv("وأكد أنه ينبغي على الطرفين الجلوس إلى الطاولة الأربعاء.", r),
        pairs(&[("الأربعاء", "2018-03-14")])
    );
    assert_eq!(
        sv("وقال المدرب إن علينا أن نفوز الأحد.", r),
        pairs(&[("الأحد", "2018-03-11")])
    );
    assert_eq!(
        sv("وكان يجب أن يصل الوفد يوم الثلاثاء.", r),
        pairs(&[("يوم الثلاثاء", "2018-03-06")])
    );
}

/// s22b T1: «VERB (SUBJECT)، WEEKDAY، …» — a weekday set off by commas after an
/// opening imperfect is the coming one; after a perfect (also a fifth-form perfect
/// in ت) the past one.
#[test]
fn a_weekday_set_off_by_commas_takes_the_verbs_tense() {
    // Thursday 2018-03-08.
    let r = "2018-03-08";
    assert_eq!(
        sv("تنشر، الأحد، النتائج النهائية للانتخابات.", r),
        pairs(&[("الأحد", "2018-03-11")])
    );
    assert_eq!(
        sv("يزور الرئيس، الاثنين، العاصمة الفرنسية.", r),
        pairs(&[("الاثنين", "2018-03-12")])
    );
    assert_eq!(
        sv("وزار الرئيس، الاثنين، العاصمة الفرنسية.", r),
        pairs(&[("الاثنين", "2018-03-05")])
    );
    assert_eq!(
        sv("وتحدث، الاثنين، الوزير عن الأزمة.", r),
        pairs(&[("الاثنين", "2018-03-05")])
    );
}

/// s22d T1: «العام/الشهر السابق» is one step back from the date just named; with
/// no date before it, the year before the time of writing as before.
#[test]
fn the_previous_period_counts_back_from_the_last_date() {
    let r = "2018-04-25";
    assert_eq!(
        sv(
            "وبلغت صادرات البلاد 40 مليار دولار في 2015، بعد 35 مليارا في العام السابق.",
            r
        ),
        pairs(&[("2015", "2015"), ("العام السابق", "2014")])
    );
    assert_eq!(
        sv("وتراجعت المبيعات في يوليو 2016 عن الشهر السابق.", r),
        pairs(&[("يوليو 2016", "2016-07"), ("الشهر السابق", "2016-06")])
    );
    assert_eq!(
        sv("وقالت الشركة إن أرباحها ارتفعت مقارنة مع العام السابق.", r),
        pairs(&[("العام السابق", "2017")])
    );
}

/// s22a T3: «العام التالي لل + فاعل» (given the next year to the winner) is the
/// verb's «لـ», so the year counts from the narrative; «العام التالي للحرب» (an
/// event) stays unresolved.
#[test]
fn the_following_year_to_an_agent_is_still_anaphoric() {
    let r = "2018-04-25";
    assert_eq!(
        sv(
            "لم تقم أي مسابقة في عام 1940، لكن كأس ذلك العام سلمت العام التالي للفائز الأول.",
            r
        ),
        pairs(&[
            ("عام 1940", "1940"),
            ("ذلك العام", "1940"),
            ("العام التالي", "1941")
        ])
    );
    assert_eq!(
        sv(
            "وقع الانفجار في عام 1990، وفي العام التالي للحرب انهار الاقتصاد.",
            r
        ),
        pairs(&[("عام 1990", "1990"), ("العام التالي", "XXXX")])
    );
}

/// s22d T2 (b): «الغد» after the noun of a fixture or sitting is tomorrow; after
/// other nouns it is "the future".
#[test]
fn tomorrows_match_is_tomorrow() {
    let r = "2018-06-30";
    assert_eq!(
        sv("وتحدث القائد عن استعداد الفريق لمباراة الغد.", r),
        pairs(&[("الغد", "2018-07-01")])
    );
    assert!(sv("ويمثل هؤلاء الطلاب جيل الغد.", r).is_empty());
}

/// s22d T2 (a): an uncounted plural unit as an adverb of duration — the
/// accusative «أشهرا» anywhere, «أسابيع» before «بعد/قبل/فقط» — is vague; after a
/// preposition or a quantifier other rules keep it.
#[test]
fn a_bare_plural_unit_is_a_vague_duration() {
    let r = "2018-06-30";
    assert_eq!(
        run("واستغرقت المفاوضات أشهرا.", r),
        vec![row("أشهرا", "DURATION", "PXM", None)]
    );
    assert_eq!(
        run("وبقي الطريق مقطوعا أسابيع بعد العاصفة.", r),
        vec![row("أسابيع", "DURATION", "PXW", None)]
    );
    assert_eq!(
        sv("وعقد الاجتماع قبل أسابيع.", r),
        pairs(&[("قبل أسابيع", "PAST_REF")])
    );
    assert!(sv("وتغلق المحلات في أيام العطل.", r).is_empty());
    assert!(sv("وهذه أيام قبل العيد.", r).is_empty());
}

/// s22a T2: «مرة واحدة عام YYYY» — the number word counts «مرة», «عام YYYY» is the
/// date; «عاما واحدا» is still a year.
#[test]
fn once_in_a_year_is_no_one_year_duration() {
    let r = "2018-05-04";
    assert_eq!(
        run("ولم يفز النادي بالكأس إلا مرة واحدة عام 1978.", r),
        vec![row("عام 1978", "DATE", "1978", None)]
    );
    assert_eq!(
        run("وقضى عاما واحدا في السجن.", r),
        vec![row("عاما واحدا", "DURATION", "P1Y", None)]
    );
}

/// s22a T4: «حتى اللحظة» is the present like «حتى الآن»; «اللحظة» alone is no time.
#[test]
fn so_far_is_the_present() {
    let r = "2018-05-04";
    assert_eq!(
        sv("ولم تكشف الشرطة حتى اللحظة هوية المهاجم.", r),
        pairs(&[("اللحظة", "PRESENT_REF")])
    );
    assert!(sv("وكانت تلك اللحظة الأجمل في حياته.", r).is_empty());
}

/// s22a T4: «(قد) تصل إلى + duration» is an upper bound, a bare unit counting one;
/// negated («لا تصل إلى شهر») it is no bound of one month.
#[test]
fn reaching_up_to_is_an_upper_bound() {
    let r = "2018-05-04";
    assert_eq!(
        run("ويعاقب القانون المخالف بالحبس مدة قد تصل إلى شهر.", r),
        vec![row("تصل إلى شهر", "DURATION", "P1M", Some("EQUAL_OR_LESS"))]
    );
    assert_eq!(
        run("وصدر حكم بالسجن لمدة تصل إلى سبع سنوات.", r),
        vec![row(
            "تصل إلى سبع سنوات",
            "DURATION",
            "P7Y",
            Some("EQUAL_OR_LESS")
        )]
    );
    assert!(run("وغاب اللاعب فترة لا تصل إلى شهر.", r).is_empty());
}

/// s22c T2: a numeral in guillemets before a time unit is a count; before other
/// nouns it gives no time.
#[test]
fn a_numeral_in_guillemets_counts() {
    let r = "2018-05-04";
    assert_eq!(
        run("وأمضى المدرب «6» أعوام مع النادي.", r),
        vec![row("«6» أعوام", "DURATION", "P6Y", None)]
    );
    assert!(run("وسجل اللاعب «3» أهداف.", r).is_empty());
}
