//! Session 18 (entities, part 2: recall, names within a document, canonical
//! names, gazetteer rows): classes of the held-out reviews s18a–s18d, each on
//! sentences written for this test (positive and negative cases).
mod common;
use common::{found, has};

fn canonical_of(es: &common::Ents, text: &str) -> Option<String> {
    es.iter()
        .find(|(t, _, _)| t == text)
        .and_then(|(_, _, c)| c.clone())
}

fn count(es: &common::Ents, text: &str, label: &str) -> usize {
    es.iter()
        .filter(|(t, l, _)| t == text && l == label)
        .count()
}

#[test]
fn a_listed_town_named_once_is_named_again() {
    let es = found(
        "وتقدمت القوات نحو مدينة صعدة فجر الخميس. وأكد شيوخ صعدة أن المعارك توقفت، \
         وقالت مصادر إن طوق صعدة ما زال قائما.",
    );
    assert_eq!(count(&es, "صعدة", "LOC"), 3, "{es:?}");
    // A town whose word is a common one is not carried to the common word.
    let es =
        found("ووصل الوفد إلى مدينة العمارة جنوب العراق. ويهتم الباحث بتاريخ العمارة الإسلامية.");
    assert_eq!(count(&es, "العمارة", "LOC"), 1, "{es:?}");
    let es = found("وعرض الفيلم في مهرجان كان السينمائي في مدينة كان. وكان الجمهور كبيرا.");
    assert!(!has(&es, "وكان", "LOC"), "{es:?}");
}

#[test]
fn a_product_named_with_i_is_no_person() {
    // «فون» read alone as a singer once is not carried into «آي فون».
    let es = found("وقال المغني فون إن الألبوم جاهز. واشترى الجمهور أجهزة آي فون جديدة.");
    assert_eq!(count(&es, "فون", "PER"), 1, "{es:?}");
}

#[test]
fn a_first_name_before_a_conjunct_takes_the_shared_family_name() {
    let es = found("واستقبل الأمير في قصره باراك وميشال أوباما مساء السبت.");
    assert_eq!(
        canonical_of(&es, "باراك").as_deref(),
        Some("Barack Obama"),
        "{es:?}"
    );
    assert_eq!(
        canonical_of(&es, "ميشال أوباما").as_deref(),
        Some("Michelle Obama"),
        "{es:?}"
    );
    // Another family name: no famous namesake.
    let es = found("واستقبل المدير في مكتبه باراك وميشال سميث مساء السبت.");
    assert_ne!(
        canonical_of(&es, "باراك").as_deref(),
        Some("Barack Obama"),
        "{es:?}"
    );
}

#[test]
fn a_listed_person_named_with_the_fathers_name() {
    let es = found("وزار سعد الدين رفيق الحريري العاصمة الفرنسية أمس.");
    assert!(
        es.iter().any(|(t, l, c)| l == "PER"
            && t.starts_with("سعد")
            && c.as_deref() == Some("Saad Hariri")),
        "{es:?}"
    );
    assert!(
        !es.iter()
            .any(|(_, _, c)| c.as_deref() == Some("Rafic Hariri")),
        "{es:?}"
    );
    // The father alone is the father.
    let es = found("واغتيل رفيق الحريري في بيروت عام 2005.");
    assert_eq!(
        canonical_of(&es, "رفيق الحريري").as_deref(),
        Some("Rafic Hariri"),
        "{es:?}"
    );
}

#[test]
fn a_state_named_like_its_city() {
    let es = found("وانتقلت العائلة إلى ولاية واشنطن قبل عشر سنوات.");
    assert_eq!(
        canonical_of(&es, "واشنطن").as_deref(),
        Some("Washington (state)"),
        "{es:?}"
    );
    let es = found("وقال المدعي العام في ولاية نيويورك إن التحقيق مستمر.");
    assert_eq!(
        canonical_of(&es, "نيويورك").as_deref(),
        Some("New York (state)"),
        "{es:?}"
    );
    // Without «ولاية», the capital.
    let es = found("ووصل الوفد الكوري إلى واشنطن للقاء المسؤولين.");
    assert_ne!(
        canonical_of(&es, "واشنطن").as_deref(),
        Some("Washington (state)"),
        "{es:?}"
    );
}

#[test]
fn places_organisations_and_people_news_names_often() {
    let es = found("وبعد سقوط عفرين انسحب المقاتلون الأكراد شرقا.");
    assert!(has(&es, "عفرين", "LOC"), "{es:?}");
    let es = found("وقصفت الطائرات بلدة تل أبيض على الحدود.");
    assert_eq!(
        canonical_of(&es, "تل أبيض").as_deref(),
        Some("Tell Abyad"),
        "{es:?}"
    );
    let es = found("ونقلت وكالة أ ف ب عن شهود أن الانفجار قوي.");
    assert!(
        es.iter()
            .any(|(t, l, c)| l == "ORG" && t.contains("أ ف ب") && c.as_deref() == Some("AFP")),
        "{es:?}"
    );
    let es = found("وعاد المبعوث إلى سيؤول مساء الأحد.");
    assert_eq!(
        canonical_of(&es, "سيؤول").as_deref(),
        Some("Seoul"),
        "{es:?}"
    );
    let es = found("وصوت مجلس العموم على الاتفاق بأغلبية ضئيلة.");
    assert!(has(&es, "مجلس العموم", "ORG"), "{es:?}");
    let es = found("وقتل ملايين المدنيين خلال الحرب الكورية.");
    assert!(has(&es, "الحرب الكورية", "MISC"), "{es:?}");
    let es = found("ونشر الموقع الصورة على الفيسبوك أمس.");
    assert_eq!(
        canonical_of(&es, "الفيسبوك").as_deref(),
        Some("Facebook"),
        "{es:?}"
    );
    // «أبيض» alone is a colour, «العموم» alone "the public".
    let es = found("وارتدى اللاعب قميصا أبيض أمام العموم.");
    assert!(es.is_empty(), "{es:?}");
}
