//! Session 21 (entities, rules): precision, label and span classes of the
//! held-out reviews s21a–s21d, each on sentences written for this test
//! (positive and negative cases).
mod common;
use common::{found, found_ids as with_ids, has, none_with};

#[test]
fn a_nisba_adjective_after_a_common_noun_is_no_entity() {
    let es = found("وانتقدت الكاتبة السعودية قرار اللجنة، وقالت إن الجامعات السعودية تحتاج إلى دعم الوزارة السعودية.");
    assert!(none_with(&es, "السعودية"), "{es:?}");
    // The country stays after a preposition, a man's title, or with «و».
    let es = found("وسافر الوفد التجاري إلى السعودية أمس، ثم زار الرئيس السعودية والكويت.");
    assert_eq!(
        es.iter()
            .filter(|(t, l, c)| t == "السعودية"
                && l == "LOC"
                && c.as_deref() == Some("Saudi Arabia"))
            .count(),
        2,
        "{es:?}"
    );
    // After a name it is the name's nationality, not an entity of its own.
    let es = found("ونشرت صحيفة عكاظ السعودية تقريرا مطولا عن القضية.");
    assert!(none_with(&es, "السعودية"), "{es:?}");
    assert!(
        es.iter().any(|(t, l, _)| t == "عكاظ" && l == "ORG"),
        "{es:?}"
    );
}

#[test]
fn insisting_is_no_egypt() {
    let es = found("وقال المدرب إنه راض عن الأداء، ومصر في الوقت نفسه على أنه سيغير الخطة.");
    assert!(none_with(&es, "مصر"), "{es:?}");
    let es = found("ورفض اللاعب العرض، وهو مصر على أن يبقى في ناديه.");
    assert!(none_with(&es, "مصر"), "{es:?}");
    // A conjunct after another country is Egypt.
    let es = found("واتفقت الأردن ومصر على أن تعقد القمة المقبلة في عمان.");
    assert!(
        es.iter()
            .any(|(t, l, c)| t == "مصر" && l == "LOC" && c.as_deref() == Some("Egypt")),
        "{es:?}"
    );
}

#[test]
fn ground_kurds_grooms_and_god_forbid_are_no_names() {
    let es = found("وحذر الجيش من هجوم بري وشيك على البلدة الحدودية.");
    assert!(none_with(&es, "بري"), "{es:?}");
    let es = found("ونفذت القوات عملية برية محدودة قرب الحدود.");
    assert!(none_with(&es, "برية"), "{es:?}");
    // Nabih Berri stays.
    let es = found("وقال رئيس مجلس النواب نبيه بري إن الجلسة تأجلت.");
    assert!(has(&es, "نبيه بري", "PER"), "{es:?}");

    let es = found("ونظم الناشطون المؤيدون للأكراد مسيرة في وسط المدينة.");
    assert!(!es.iter().any(|(t, _, _)| t.contains("أكراد")), "{es:?}");

    let es = found("وتأخر العريس عن الحفل بسبب الزحام، ثم وصلت العروس مع أهلها.");
    assert!(none_with(&es, "العريس"), "{es:?}");
    assert!(none_with(&es, "العروس"), "{es:?}");

    let es = found("وقال الطبيب: \"لا قدر الله لو تأخرنا ساعة لساءت حالته\".");
    assert!(none_with(&es, "الله"), "{es:?}");
    // In a clause God is MISC, as ANERcorp tags it.
    let es = found("وقال اللاعب: \"فزنا بفضل الله وبجهد الجميع\".");
    assert!(has(&es, "الله", "MISC"), "{es:?}");
}

#[test]
fn a_city_after_a_court_and_a_club_named_after_a_country() {
    let es = found("وأصدرت محكمة بئر السبع المركزية حكمها في القضية أمس.");
    assert!(
        es.iter()
            .any(|(t, l, c)| t == "بئر السبع" && l == "LOC" && c.as_deref() == Some("Beersheba")),
        "{es:?}"
    );
    let es = found("وتعادل المنتخب مع فريق أمريكا المكسيكي في مباراة ودية.");
    assert!(
        es.iter()
            .any(|(t, l, c)| t == "أمريكا" && l == "ORG" && c.is_none()),
        "{es:?}"
    );
    // Without a sports word the country stays.
    let es = found("وقال الوزير إن أمريكا تدعم الاتفاق بقوة.");
    assert!(
        es.iter()
            .any(|(t, l, c)| t == "أمريكا" && l == "LOC" && c.as_deref() == Some("United States")),
        "{es:?}"
    );
}

#[test]
fn a_family_name_in_al_is_one_name() {
    let es = found("وقال المحامي خالد آل الشيخ إن الدعوى رفعت. وأضاف آل الشيخ أن الجلسة تأجلت.");
    assert!(has(&es, "خالد آل الشيخ", "PER"), "{es:?}");
    assert!(has(&es, "آل الشيخ", "PER"), "{es:?}");
    // «آلاف» "thousands" is no «آل».
    let es = found("وشكر المهندس سامر آلاف المتطوعين على جهودهم.");
    assert!(!es.iter().any(|(t, _, _)| t.contains("آلاف")), "{es:?}");
}

#[test]
fn two_names_before_an_age_in_brackets_are_a_person() {
    let es = found(
        "وأفادت الشرطة بأن سلوان برهوم (19 عاما) أصيب بجروح طفيفة. وقالت والدة سلوان إنه بخير.",
    );
    assert!(has(&es, "سلوان برهوم", "PER"), "{es:?}");
    assert!(has(&es, "سلوان", "PER"), "{es:?}");
    // A common noun and a nisba before the age are no name.
    let es = found("وأصيب طفل سوري (12 عاما) بجروح في الحادث.");
    assert!(!es.iter().any(|(_, l, _)| l == "PER"), "{es:?}");
    let es = found("ونقل الشاب المصاب (20 عاما) إلى المستشفى.");
    assert!(!es.iter().any(|(_, l, _)| l == "PER"), "{es:?}");
    // A conjunction and a verb are no first name.
    let es = found("وخلّفت سميرة (40 سنة) ثلاثة أطفال في القرية.");
    assert!(!es.iter().any(|(t, _, _)| t.contains("خلّفت")), "{es:?}");
}

#[test]
fn the_villages_of_a_list_are_places() {
    let es = found("وقصفت الطائرات قرى الدويرة والمشيرفة والقصيبة في ريف المحافظة.");
    for v in ["الدويرة", "المشيرفة", "القصيبة"] {
        assert!(has(&es, v, "LOC"), "{v}: {es:?}");
    }
    // Common nouns after «قرى» are no list.
    let es = found("وزار الوفد قرى الجنوب والشمال خلال جولته.");
    assert!(!es.iter().any(|(_, l, _)| l == "LOC"), "{es:?}");
    let es = found("وغمرت المياه قرى ومزارع كثيرة في السهل.");
    assert!(!es.iter().any(|(_, l, _)| l == "LOC"), "{es:?}");
}

#[test]
fn a_village_is_not_linked_to_a_namesake_abroad() {
    let es = with_ids(
        "وسقطت قذائف على دمشق ودرعا، واستهدف القصف قرى الدويرة ونجران وتيما في ريف السويداء.",
    );
    let tema = es.iter().find(|(t, _, _)| t == "تيما");
    assert!(
        tema.is_some_and(|(_, l, id)| l == "LOC" && id.is_none()),
        "{es:?}"
    );
    // Outside a village list the city keeps its link.
    let es = with_ids("ووصلت السفينة إلى ميناء تيما في غانا.");
    assert!(
        es.iter().any(|(t, _, id)| t == "تيما" && id.is_some()),
        "{es:?}"
    );
}

#[test]
fn a_world_city_is_not_a_small_namesake_of_a_country_named_once() {
    let es = with_ids(
        "وقال المتحدث إن الولايات المتحدة ستشارك في المؤتمر الذي يعقد في جنيف الشهر المقبل.",
    );
    assert!(
        es.iter()
            .any(|(t, _, id)| t == "جنيف" && id.as_deref() == Some("geonames:2660646")),
        "{es:?}"
    );
}

#[test]
fn a_person_mentioned_with_a_proclitic_is_the_person() {
    let es = found(
        "والتقى المستشار النمساوي سيباستيان كورتس نظيره. وقال كورتس إن اللقاء مثمر، وسيجتمع الوزراء وكورتس غدا.",
    );
    assert_eq!(
        es.iter()
            .filter(|(t, l, _)| t == "كورتس" && l == "PER")
            .count(),
        2,
        "{es:?}"
    );
    assert!(none_with(&es, "وكورتس"), "{es:?}");
    // A preposition is no surname's mention with «و»: «وعلى».
    let es = found("وقال المدير محمد علي إن الخطة جاهزة، وعلى الجميع الالتزام بها.");
    assert!(
        !es.iter().any(|(t, _, _)| t == "علي" || t == "على"),
        "{es:?}"
    );
}
