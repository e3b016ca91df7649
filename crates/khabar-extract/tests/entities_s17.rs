//! Session 17: entity classes of the held-out reviews s17a/s17b, each on
//! sentences written for this test (positive and negative cases).
mod common;
use common::{found, has};

fn canonical_of(es: &common::Ents, text: &str) -> Option<String> {
    es.iter()
        .find(|(t, _, _)| t == text)
        .and_then(|(_, _, c)| c.clone())
}

#[test]
fn listed_organisations_venues_and_events() {
    let es = found("وأصدر مكتب تنسيق الشؤون الإنسانية في الأمم المتحدة تقريرا جديدا.");
    assert!(
        es.iter().any(|(t, l, c)| l == "ORG"
            && t.starts_with("مكتب تنسيق")
            && c.as_deref() == Some("UN Office for the Coordination of Humanitarian Affairs")),
        "{es:?}"
    );
    let es = found("وقالت منظمة سيف ذا تشيلدرن إن آلاف الأطفال بلا مأوى.");
    assert!(
        es.iter()
            .any(|(_, l, c)| l == "ORG" && c.as_deref() == Some("Save the Children")),
        "{es:?}"
    );
    let es = found("وقصفت طائرات التحالف العربي لدعم الشرعية في اليمن مواقع المسلحين.");
    assert!(
        has(&es, "التحالف العربي لدعم الشرعية في اليمن", "ORG"),
        "{es:?}"
    );
    let es = found("واجتمع البرلمانيون في قصر فرساي الشهر الماضي.");
    assert!(
        es.iter().any(|(t, l, _)| l == "LOC" && t.contains("فرساي")),
        "{es:?}"
    );
    let es = found("وتغيرت المنطقة كثيرا منذ الربيع العربي.");
    assert!(has(&es, "الربيع العربي", "MISC"), "{es:?}");
    let es = found("واستعاد الجيش سيناء بعد حرب أكتوبر بسنوات.");
    assert_eq!(
        canonical_of(&es, "حرب أكتوبر").as_deref(),
        Some("October War (1973)"),
        "{es:?}"
    );
    // «الربيع» alone is the season.
    let es = found("وتتفتح الأزهار في الربيع كل عام.");
    assert!(!es.iter().any(|(t, _, _)| t.contains("الربيع")), "{es:?}");
}

#[test]
fn a_name_after_a_construct_noun_keeps_its_fa() {
    let es = found("ونقلت الشرطة الموقوف إلى سجن فرين بعد الجلسة.");
    assert!(!has(&es, "رين", "ORG"), "{es:?}");
    assert!(
        !es.iter()
            .any(|(_, _, c)| c.as_deref() == Some("Stade Rennais FC")),
        "{es:?}"
    );
    // After a place name «ف» is the conjunction: «فبيروت» is Beirut.
    let es = found("ثم سافر الوفد إلى دمشق فبيروت.");
    assert!(has(&es, "بيروت", "LOC"), "{es:?}");
}

#[test]
fn an_institution_noun_with_a_proclitic_stays_in_the_span() {
    let es = found("وقال باحث بجامعة برمنغهام البريطانية إن العلاج واعد.");
    assert!(has(&es, "جامعة برمنغهام", "ORG"), "{es:?}");
    let es = found("ودرس المهندس الشاب في جامعة ليفربول ثلاث سنوات.");
    assert!(
        !es.iter()
            .any(|(t, _, c)| t.contains("ليفربول") && c.as_deref() == Some("Liverpool FC")),
        "{es:?}"
    );
    // The club itself keeps its name.
    let es = found("وفاز ليفربول على ضيفه بثلاثة أهداف في الدوري الإنجليزي.");
    assert_eq!(
        canonical_of(&es, "ليفربول").as_deref(),
        Some("Liverpool FC"),
        "{es:?}"
    );
}

#[test]
fn number_words_and_participles_end_a_person() {
    let es = found("وأمضى كريم عشر سنوات في المنفى قبل عودته.");
    assert!(!es.iter().any(|(t, _, _)| t.contains("عشر")), "{es:?}");
    let es = found("ويا أخي كمال لمشتاقون إليك منذ رحيلك.");
    assert!(!es.iter().any(|(t, _, _)| t.contains("لمشتاقون")), "{es:?}");
    // A number word after an ordinal is a regnal number's.
    let es = found("وكان الملك لويس الثامن عشر قد عاد إلى باريس بعد المنفى.");
    assert!(has(&es, "لويس الثامن عشر", "PER"), "{es:?}");
    // A span never ends inside «الـ16».
    let es = found("وألقى كلمته في قصر الملك لويس الـ16 أمس.");
    assert!(es.iter().all(|(t, _, _)| !t.ends_with("الـ")), "{es:?}");
    // A surname is kept.
    let es = found("وقال كريم بنزيمة إنه سعيد بالفوز.");
    assert!(has(&es, "كريم بنزيمة", "PER"), "{es:?}");
}

#[test]
fn a_bare_surname_follows_the_full_name_of_the_document() {
    let es = found("أعلن فلورنتينو بيريز رئيس النادي تجديد عقد المدرب. وقال بيريز إن الفريق بحاجة إلى الاستقرار.");
    let pres: Vec<_> = es.iter().filter(|(t, _, _)| t == "بيريز").collect();
    assert!(!pres.is_empty(), "{es:?}");
    assert!(
        pres.iter()
            .all(|(_, _, c)| c.as_deref() != Some("Shimon Peres")),
        "{es:?}"
    );
    // With the famous namesake's full name, the bare surname stays his.
    let es = found("وزار شمعون بيريز المدينة عام 1995. وقال بيريز إن السلام ممكن.");
    assert!(
        es.iter()
            .filter(|(t, _, _)| t == "بيريز")
            .all(|(_, _, c)| c.as_deref() == Some("Shimon Peres")),
        "{es:?}"
    );
}
