//! Session 15: entity classes of the held-out reviews s15a/s15b, each on
//! sentences written for this test (positive and negative cases).
mod common;
use common::{found, has, Ents};

fn canonical_of<'a>(es: &'a Ents, text: &str) -> Option<&'a str> {
    es.iter()
        .find(|(t, _, _)| t == text)
        .and_then(|(_, _, c)| c.as_deref())
}

#[test]
fn no_short_name_starts_inside_a_foreign_word() {
    // «فلايك» is not ف + ل + أيك (AEK Athens), «ولايك» not و + ل + أيك.
    for text in [
        "وصوت السيناتور الأمريكي جوش فلايك ضد مشروع القانون.",
        "وعاد المرشح بيل فلايك إلى مدينته بعد الحملة.",
        "وزار الوفد بلدة ولايك الصغيرة في الريف.",
    ] {
        let es = found(text);
        assert!(
            !es.iter().any(|(t, _, _)| t == "ايك" || t == "أيك"),
            "{text}: {es:?}"
        );
        assert!(
            !es.iter()
                .any(|(_, _, c)| c.as_deref() == Some("AEK Athens FC")),
            "{text}: {es:?}"
        );
    }
    // «لاند» of a two-word place is not ل + اند.
    let es = found("وضرب إعصار قوي ولاية كوينز لاند في شمال أستراليا.");
    assert!(!es.iter().any(|(t, _, _)| t == "اند"), "{es:?}");
    assert!(has(&es, "كوينز لاند", "LOC"), "{es:?}");
    // «كنيس» "synagogue" is not ك + نيس (Nice).
    let es = found("واحتفل المصلون بالعيد في كنيس قديم وسط المدينة.");
    assert!(!es.iter().any(|(t, _, _)| t == "نيس"), "{es:?}");
    // A real proclitic before a short name still reads so.
    let es = found("ووقعت الحكومة اتفاقا لمصر وقطر بشأن الغاز.");
    assert_eq!(canonical_of(&es, "مصر"), Some("Egypt"), "{es:?}");
    assert_eq!(canonical_of(&es, "قطر"), Some("Qatar"), "{es:?}");
    let es = found("ولعب الفريق ضد أيك أثينا ثم فاز بايك أثينا مرة أخرى.");
    assert!(
        es.iter()
            .any(|(_, _, c)| c.as_deref() == Some("AEK Athens FC")),
        "{es:?}"
    );
}

#[test]
fn the_preposition_of_an_elided_article_is_left_out_of_the_span() {
    let es = found("ووصلت قافلة المساعدات الجديدة للعراق عبر المعبر الحدودي.");
    assert!(has(&es, "لعراق", "LOC"), "{es:?}");
    assert!(!es.iter().any(|(t, _, _)| t.starts_with("لل")), "{es:?}");
    let es = found("ووجه الأمين العام للأمم المتحدة نداء عاجلا.");
    assert!(
        es.iter()
            .any(|(t, _, c)| t == "لأمم المتحدة" && c.as_deref() == Some("United Nations")),
        "{es:?}"
    );
    // A name whose own first letter is the second ل keeps it: ل + ليفربول.
    let es = found("وقدم النادي عرضا لليفربول لضم المهاجم.");
    assert!(has(&es, "ليفربول", "ORG"), "{es:?}");
    assert!(!es.iter().any(|(t, _, _)| t.starts_with("لل")), "{es:?}");
}

#[test]
fn listed_names_that_go_on_are_not_cut() {
    let es = found("وتنافست منتخبات أمريكا الجنوبية على بطاقات التأهل.");
    assert!(
        es.iter()
            .any(|(t, _, c)| t == "أمريكا الجنوبية" && c.as_deref() == Some("South America")),
        "{es:?}"
    );
    assert!(
        !es.iter()
            .any(|(_, _, c)| c.as_deref() == Some("United States")),
        "{es:?}"
    );
    let es = found("وأعلن الحزب الديمقراطي الاشتراكي في برلين موافقته على الائتلاف.");
    assert!(
        !es.iter()
            .any(|(_, _, c)| c.as_deref() == Some("Democratic Party (United States)")),
        "{es:?}"
    );
    let es = found("وأعلنت شركة الخطوط الجوية الهندية عن رحلات جديدة.");
    assert_eq!(
        canonical_of(&es, "الخطوط الجوية الهندية"),
        Some("Air India"),
        "{es:?}"
    );
    let es = found("وفاز المرشح الجمهوري في ولاية غرب فيرجينيا.");
    assert!(
        !es.iter().any(|(_, _, c)| c.as_deref() == Some("Virginia")),
        "{es:?}"
    );
    // The US party itself is still found, and its other half too.
    let es = found("وتوقع المحللون فوز مرشح الحزب الديمقراطي على منافسه من الحزب الجمهوري.");
    assert_eq!(
        canonical_of(&es, "الحزب الجمهوري"),
        Some("Republican Party (United States)"),
        "{es:?}"
    );
}

#[test]
fn a_listed_organisation_keeps_its_type() {
    let es = found("وقالت فصائل \"فيلق الرحمن\" و\"أحرار الشام\" إنها انسحبت من المنطقة.");
    assert!(has(&es, "أحرار الشام", "ORG"), "{es:?}");
}

#[test]
fn places_read_as_organisations() {
    let es = found("ويلعب المنتخب مباراة ودية في مانشستر الشهر المقبل.");
    assert!(has(&es, "مانشستر", "LOC"), "{es:?}");
    // The club is still the club.
    let es = found("وفاز مانشستر يونايتد على ضيفه بهدفين.");
    assert!(has(&es, "مانشستر يونايتد", "ORG"), "{es:?}");
    let es = found("وتعادل المنتخب مع كوستا ريكا في لقاء ودي.");
    assert!(has(&es, "كوستا ريكا", "LOC"), "{es:?}");
    let es = found("القدس (CNN)— أعلنت الحكومة الإسرائيلية خطة جديدة للنقل.");
    assert!(has(&es, "القدس", "LOC"), "{es:?}");
    // «ولاية» "term" before a person keeps the person.
    let es = found("وشهدت ولاية أوباما الثانية توترا مع روسيا.");
    assert!(
        !es.iter().any(|(t, l, _)| t == "أوباما" && l == "LOC"),
        "{es:?}"
    );
}

#[test]
fn common_words_are_no_names() {
    let es = found("وخسر الفريق المباراة ولولا الحارس لكانت الهزيمة أكبر.");
    assert!(!es.iter().any(|(t, _, _)| t.contains("لولا")), "{es:?}");
    let es = found("وقال الوزير إن لولا التدخل الدولي لانهارت البلاد.");
    assert!(!es.iter().any(|(t, _, _)| t == "لولا"), "{es:?}");
    let es = found("ووصف الوزير زميله بأنه رجل صالح ونزيه.");
    assert!(!es.iter().any(|(t, _, _)| t.contains("صالح")), "{es:?}");
    let es = found("ويساعد النوم الجسم على العمل بشكل سليم.");
    assert!(!es.iter().any(|(t, _, _)| t == "سليم"), "{es:?}");
    let es = found("وتطل المدينتان على البحرين الأسود والمتوسط.");
    assert!(!es.iter().any(|(t, _, _)| t == "البحرين"), "{es:?}");
    let es = found("وشنت طائرات روسية وسورية غارات على البلدة.");
    assert!(!es.iter().any(|(t, _, _)| t.ends_with("سورية")), "{es:?}");
    // The names themselves still are.
    let es = found("وزار الرئيس البحرين الأسبوع الماضي.");
    assert!(has(&es, "البحرين", "LOC"), "{es:?}");
    let es = found("ووقعت روسيا وسورية اتفاقا جديدا.");
    assert!(
        es.iter()
            .any(|(t, l, _)| t.ends_with("سورية") && l == "LOC"),
        "{es:?}"
    );
    let es = found("وقال الرئيس البرازيلي السابق لولا دا سيلفا إنه بريء.");
    assert!(
        es.iter()
            .any(|(t, l, _)| t.starts_with("لولا") && l == "PER"),
        "{es:?}"
    );
}

#[test]
fn a_surname_that_is_a_company_stays_with_its_person() {
    let es = found("وأدلت الأستاذة الجامعية كريستين بايزلي فورد بشهادتها أمس.");
    assert!(
        !es.iter()
            .any(|(_, _, c)| c.as_deref() == Some("Ford Motor Company")),
        "{es:?}"
    );
    // The company alone is still the company.
    let es = found("وأعلنت شركة فورد عن طراز جديد من سياراتها.");
    assert!(
        es.iter()
            .any(|(_, _, c)| c.as_deref() == Some("Ford Motor Company")),
        "{es:?}"
    );
}

#[test]
fn towns_after_a_place_noun() {
    let es = found("وقتل ثلاثة مدنيين في قصف على بلدة كفربطنا صباح اليوم.");
    assert!(has(&es, "كفربطنا", "LOC"), "{es:?}");
    // A noun with «our» after a place noun is no town.
    let es = found("وقال إن بلدة صغيرة مثل مدينتنا لا تتحمل ذلك.");
    assert!(!es.iter().any(|(t, _, _)| t == "صغيرة"), "{es:?}");
}

#[test]
fn gazetteer_rows_of_session_15() {
    for (text, span, canonical) in [
        (
            "وشارك الوزير في اجتماع منتدى التعاون العربي الصيني في بكين.",
            "منتدى التعاون العربي الصيني",
            "China–Arab States Cooperation Forum",
        ),
        (
            "وتحدث السفير عن مبادرة الحزام والطريق الصينية.",
            "الحزام والطريق",
            "Belt and Road Initiative",
        ),
        (
            "وتراجعت الليرة التركية أمام الدولار مجددا.",
            "الليرة التركية",
            "Turkish lira",
        ),
        (
            "وألقى الباحث محاضرة في الجامعة العبرية أمس.",
            "الجامعة العبرية",
            "Hebrew University of Jerusalem",
        ),
    ] {
        let es = found(text);
        assert!(
            es.iter()
                .any(|(t, _, c)| t.ends_with(span) && c.as_deref() == Some(canonical)),
            "{span} not found in «{text}»: {es:?}"
        );
    }
}
