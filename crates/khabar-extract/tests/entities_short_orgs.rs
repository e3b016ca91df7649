//! Organisations named by part of their name: after a head noun the span leaves
//! outside (قناة "العربية"), before a nationality adjective (الأهلي المصري), and
//! later in a document that named them in full (ريال مدريد … ريال). Sentences
//! written for this test.
mod common;
use common::found;

/// The ORG entities of `text` as (text, canonical), in text order.
fn orgs(text: &str) -> Vec<(String, Option<String>)> {
    found(text)
        .into_iter()
        .filter(|(_, label, _)| label == "ORG")
        .map(|(t, _, c)| (t, c))
        .collect()
}

/// Canonical names of the ORG mentions written exactly `span`.
fn canonicals(text: &str, span: &str) -> Vec<Option<String>> {
    let got = orgs(text);
    let out: Vec<Option<String>> = got
        .iter()
        .filter(|(t, _)| t == span)
        .map(|(_, c)| c.clone())
        .collect();
    assert!(!out.is_empty(), "no ORG «{span}» in «{text}»: {got:?}");
    out
}

#[test]
fn a_listed_channel_or_paper_after_its_head_noun_and_a_quote() {
    let text = "وقال الوزير في حديث لقناة \"العربية\" مساء الثلاثاء إن المفاوضات مستمرة.";
    assert_eq!(
        canonicals(text, "العربية"),
        [Some("Al Arabiya".to_string())]
    );
    let text = "وذكرت صحيفة \"الشرق الأوسط\" في عددها الصادر اليوم أن الوفد وصل.";
    assert_eq!(
        canonicals(text, "الشرق الأوسط"),
        [Some("Asharq Al-Awsat".to_string())]
    );
}

#[test]
fn short_club_names_take_the_full_names_canonical() {
    let text = "تغلب ريال مدريد على إشبيلية بثلاثة أهداف. وقال مدرب ريال بعد اللقاء إن \
                الفريق استحق الفوز، وأضاف أن لاعبي الريال قدموا مباراة كبيرة.";
    let got = orgs(text);
    let real: Vec<_> = got
        .iter()
        .filter(|(t, _)| t.contains("ريال"))
        .map(|(_, c)| c.as_deref())
        .collect();
    assert!(real.len() >= 2, "{got:?}");
    assert!(real.iter().all(|c| *c == Some("Real Madrid CF")), "{got:?}");
}

#[test]
fn a_shared_word_of_two_named_clubs_stays_unnamed() {
    // «مانشستر» starts both clubs' names: no canonical name for it alone;
    // «يونايتد» ends only one of them.
    let text = "فاز مانشستر يونايتد على مانشستر سيتي في الديربي، وقال مدافع يونايتد \
                إن جماهير مانشستر احتفلت طويلا.";
    let got = orgs(text);
    for (t, c) in &got {
        match t.as_str() {
            "يونايتد" => assert_eq!(c.as_deref(), Some("Manchester United FC"), "{got:?}"),
            "مانشستر" => assert_eq!(c.as_deref(), None, "{got:?}"),
            _ => {}
        }
    }
}

#[test]
fn a_word_inside_a_longer_name_takes_no_canonical() {
    // The rest of «جامعة الدول العربية» is not a head noun, nationality or
    // place: «العربية» alone is not the Arab League.
    let text = "اجتمع مندوبو جامعة الدول العربية في القاهرة، وقالت العربية في نشرتها \
                المسائية إن الاجتماع انتهى.";
    for (t, c) in orgs(text) {
        if t == "العربية" {
            assert_ne!(c.as_deref(), Some("Arab League"));
        }
    }
}

#[test]
fn a_club_named_with_its_nationality_adjective() {
    let text = "تعادل الأهلي المصري مع ضيفه التونسي في دوري الأبطال، ويلتقي الأهلي \
                منافسه المغربي الأسبوع المقبل.";
    let got = orgs(text);
    let ahly: Vec<_> = got.iter().filter(|(t, _)| t.starts_with("الأهلي")).collect();
    assert!(ahly.len() >= 2, "{got:?}");
    assert!(
        ahly.iter().all(|(_, c)| c.as_deref() == Some("Al Ahly SC")),
        "{got:?}"
    );
}

#[test]
fn a_mention_with_another_nationality_is_another_body() {
    // The German agency is named; the other agency, with its own adjective,
    // is not the German one.
    let text = "وقالت وكالة الأنباء الألمانية إن القمة تأجلت. وفي موسكو نقلت وكالة \
                الأنباء الروسية عن مسؤول أن الموعد لم يحدد.";
    let got = orgs(text);
    let dpa = got
        .iter()
        .filter(|(_, c)| c.as_deref() == Some("dpa"))
        .count();
    assert_eq!(dpa, 1, "{got:?}");
}
