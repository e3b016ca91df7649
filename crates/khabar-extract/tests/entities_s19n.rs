//! Session 19 (entities, part 2: recall, names within a document, canonical
//! names, gazetteer rows): classes of the held-out reviews s19a–s19d, each on
//! sentences written for this test (positive and negative cases).
mod common;
use common::{found, has};

fn canonical_of(es: &common::Ents, text: &str) -> Option<String> {
    es.iter()
        .find(|(t, _, _)| t == text)
        .and_then(|(_, _, c)| c.clone())
}

#[test]
fn a_short_form_after_the_full_name_is_the_same_body() {
    let es = found(
        "وصوت مجلس الشيوخ الأمريكي على مشروع القانون مساء الأربعاء. \
         ثم أحال مجلس الشيوخ النص إلى البيت الأبيض.",
    );
    assert_eq!(
        es.iter()
            .filter(|(t, l, c)| t == "مجلس الشيوخ"
                && l == "ORG"
                && c.as_deref() == Some("United States Senate"))
            .count(),
        1,
        "{es:?}"
    );
    // Without the full name in the document the short form stays untagged.
    let es = found("ثم أحال مجلس الشيوخ النص إلى الرئيس للتوقيع.");
    assert!(
        !es.iter()
            .any(|(t, _, c)| t == "مجلس الشيوخ" && c.as_deref() == Some("United States Senate")),
        "{es:?}"
    );
}

#[test]
fn a_name_alone_is_the_company_or_channel_the_document_named_with_its_head() {
    let es = found(
        "وأعلنت شركة أودي الألمانية تعليق الإنتاج في مصنعين. \
         وقالت أودي إن القرار مؤقت وإن العمال سيعودون الشهر المقبل.",
    );
    assert!(
        es.iter()
            .filter(|(t, _, _)| t == "أودي")
            .all(|(_, l, c)| l == "ORG" && c.as_deref() == Some("Audi")),
        "{es:?}"
    );
}

#[test]
fn organisations_places_and_people_the_lists_lacked() {
    let es = found("وتقاتل وحدات حماية المرأة إلى جانب الفصائل الكردية في الشمال.");
    assert_eq!(
        canonical_of(&es, "وحدات حماية المرأة").as_deref(),
        Some("Women's Protection Units (YPJ)"),
        "{es:?}"
    );
    let es = found("وقالت المنامة إنها ستستضيف المؤتمر الاقتصادي في الربيع.");
    assert!(has(&es, "المنامة", "LOC"), "{es:?}");
    let es = found("وحذرت الإدارة الوطنية للمحيطات والغلاف الجوي من عاصفة جديدة.");
    assert!(
        has(&es, "الإدارة الوطنية للمحيطات والغلاف الجوي", "ORG"),
        "{es:?}"
    );
    let es = found("وأعلنت منظمة الأمم المتحدة للتربية والعلوم والثقافة قائمة المواقع الجديدة.");
    assert!(
        es.iter()
            .any(|(_, l, c)| l == "ORG" && c.as_deref() == Some("UNESCO")),
        "{es:?}"
    );
    assert!(
        !es.iter()
            .any(|(_, _, c)| c.as_deref() == Some("United Nations")),
        "{es:?}"
    );
    let es = found("ونقل المكتب عن متحدث باسم طيران الاتحاد أن الرحلات مستمرة.");
    assert_eq!(
        canonical_of(&es, "طيران الاتحاد").as_deref(),
        Some("Etihad Airways"),
        "{es:?}"
    );
    // Other cities have a green zone: the row names only a span the tagger
    // found, never the common phrase alone.
    let es = found("ووسعت البلدية المنطقة الخضراء في وسط المدينة لزيادة الحدائق.");
    assert!(
        !es.iter()
            .any(|(_, _, c)| c.as_deref() == Some("Green Zone (Baghdad)")),
        "{es:?}"
    );
}

#[test]
fn a_quoted_medium_without_its_noun_is_that_medium() {
    let es = found("وقال وزير الطاقة لـ\"العربية\" إن الإنتاج سيرتفع الشهر المقبل.");
    assert!(
        es.iter()
            .any(|(t, l, c)| t == "العربية" && l == "ORG" && c.as_deref() == Some("Al Arabiya")),
        "{es:?}"
    );
    // A quoted name after another kind of head is no newspaper.
    let es = found("وفاز الفريق على ملعب \"الاتحاد\" بثلاثة أهداف نظيفة.");
    assert!(
        !es.iter()
            .any(|(_, _, c)| c.as_deref() == Some("Al Ittihad")),
        "{es:?}"
    );
}
