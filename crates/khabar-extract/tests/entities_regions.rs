//! Places, regions and news agencies added to the curated gazetteer in session 13
//! (`data/gazetteers/curated.tsv`): each must come out as one entity with its
//! canonical name, in sentences written for this test.
mod common;
use common::found;

/// `span` must be an entity, alone or after its head noun (الألب or جبال الألب:
/// annotation schemes differ on whether a place word belongs to the name).
fn assert_entity(text: &str, span: &str, label: &str, canonical: &str) {
    let got = found(text);
    let headed = format!(" {span}");
    assert!(
        got.iter()
            .any(|(t, l, c)| (t == span || t.ends_with(&headed))
                && l == label
                && c.as_deref() == Some(canonical)),
        "{span} ({label}, {canonical}) not found in «{text}»: {got:?}"
    );
}

#[test]
fn official_news_agencies_keep_their_nationality_word() {
    assert_entity(
        "ونقلت وكالة الأنباء السورية الرسمية عن مصدر في الشرطة أن الطريق أغلق.",
        "وكالة الأنباء السورية الرسمية",
        "ORG",
        "SANA",
    );
    assert_entity(
        "وذكرت وكالة الأنباء الجزائرية أن الأمطار تسببت في فيضانات.",
        "وكالة الأنباء الجزائرية",
        "ORG",
        "Algérie Presse Service",
    );
    assert_entity(
        "وأفادت وكالة الأنباء الفلسطينية بأن الجرحى نقلوا إلى المستشفى.",
        "وكالة الأنباء الفلسطينية",
        "ORG",
        "WAFA",
    );
}

#[test]
fn regions_islands_and_mountains_are_places() {
    assert_entity(
        "وصل المهاجرون إلى صقلية بعد رحلة طويلة.",
        "صقلية",
        "LOC",
        "Sicily",
    );
    assert_entity(
        "تساقطت الثلوج بكثافة على جبال الألب هذا الأسبوع.",
        "الألب",
        "LOC",
        "Alps",
    );
    assert_entity(
        "وأعلن حاكم كنتاكي حالة الطوارئ في المدن الكبرى.",
        "كنتاكي",
        "LOC",
        "Kentucky",
    );
    assert_entity(
        "وعبرت السفينة قناة السويس متجهة إلى أوروبا.",
        "قناة السويس",
        "LOC",
        "Suez Canal",
    );
}
