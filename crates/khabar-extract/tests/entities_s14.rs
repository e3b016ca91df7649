//! Session 14 entity rules and gazetteer rows (held-out reviews s14a/s14b), on
//! sentences written for this test: parties named in quotes after their noun
//! and again later, a verb or a dialect word inside a person's span, the
//! birthplace idiom, a party canonical against the document's country, and
//! names the curated gazetteer gained.
mod common;
use common::{found, has};

fn canonical_of(got: &[(String, String, Option<String>)], span: &str) -> Option<Option<String>> {
    got.iter()
        .find(|(t, _, _)| t == span)
        .map(|(_, _, c)| c.clone())
}

#[test]
fn a_quoted_definite_name_after_a_party_noun_is_the_party() {
    let got = found("وأعلن زعيم حزب \"الرابطة\" المتشدد أنه سيدخل الحكومة الجديدة.");
    assert!(has(&got, "الرابطة", "ORG"), "{got:?}");
    // Scare quotes around an indefinite adjective name nothing.
    let got = found("وصنفت الحكومة الحركة بأنها حركة \"متطرفة\" في بيانها.");
    assert!(!got.iter().any(|(t, _, _)| t == "متطرفة"), "{got:?}");
}

#[test]
fn a_party_named_in_quotes_is_named_again_by_its_words() {
    let text = "وتصدر حزب \"الرابطة\" استطلاعات الرأي في روما. \
                وقال قيادي في \"الرابطة\" إن الائتلاف باق. \
                ورفض حزب الرابطة مقترح الميزانية.";
    let got = found(text);
    let n = got
        .iter()
        .filter(|(t, l, _)| t == "الرابطة" && l == "ORG")
        .count();
    assert_eq!(n, 3, "{got:?}");
    // Without a first mention after a party noun, a quoted common word stays untagged.
    let got = found("وفازت \"الرابطة\" بالمركز الأول في مسابقة الجامعات.");
    assert!(!has(&got, "الرابطة", "ORG"), "{got:?}");
}

#[test]
fn a_party_list_is_no_football_club() {
    let got = found("ويتزعم رئيس الحكومة ائتلاف \"النصر\" في الانتخابات البرلمانية المقبلة.");
    assert_eq!(canonical_of(&got, "النصر"), Some(None), "{got:?}");
    // The club keeps its name in a football sentence.
    let got = found("وفاز نادي النصر على ضيفه بهدفين في الدوري السعودي.");
    assert!(
        got.iter()
            .any(|(t, _, c)| t.ends_with("النصر") && c.as_deref() == Some("Al Nassr FC")),
        "{got:?}"
    );
}

#[test]
fn a_verb_before_a_name_is_not_part_of_it() {
    let got = found("وفي الأسبوع المقبل ستدعو ماي نواب حزبها إلى دعم الاتفاق.");
    assert!(!got.iter().any(|(t, _, _)| t.contains("تدعو")), "{got:?}");
    let got = found("وراوغ المهاجم الحارس محمد بن علي ليسجله في المرمى الخالي.");
    assert!(!got.iter().any(|(t, _, _)| t.contains("ليسجله")), "{got:?}");
    // A name that starts like a verb stays whole.
    let got = found("وقال يونس محمود إن المنتخب جاهز للمباراة.");
    assert!(has(&got, "يونس محمود", "PER"), "{got:?}");
}

#[test]
fn dialect_words_are_no_names() {
    let got = found("وكتب اللاعب على حسابه: \"هو مين بقا اللي هيكسب؟\"");
    assert!(!got.iter().any(|(t, _, _)| t.contains("مين")), "{got:?}");
    let got = found("ورد المدرب: \"أنا عايز أشوفك كده على طول\".");
    assert!(!got.iter().any(|(t, _, _)| t.contains("عايز")), "{got:?}");
}

#[test]
fn a_birthplace_is_not_muscat() {
    let got = found("وعاد الروائي إلى مسقط رأسه بعد غياب عشرين عاما.");
    assert!(!got.iter().any(|(t, _, _)| t == "مسقط"), "{got:?}");
    let got = found("ووصل الوزير إلى مسقط في زيارة رسمية لسلطنة عمان.");
    assert_eq!(
        canonical_of(&got, "مسقط"),
        Some(Some("Muscat".to_string())),
        "{got:?}"
    );
}

#[test]
fn a_foreign_party_canonical_needs_its_country_in_the_document() {
    let text = "وفي هراري، أعلن المتحدث باسم الجبهة الوطنية فوز الحزب. \
                وتشهد زيمبابوي أول انتخابات منذ عقود، وتعهدت حكومة زيمبابوي بنزاهتها.";
    let got = found(text);
    assert!(
        !got.iter()
            .any(|(_, _, c)| c.as_deref() == Some("National Rally (France)")),
        "{got:?}"
    );
    // In a French story the same words are the French party.
    let text = "وفي باريس، أعلن المتحدث باسم الجبهة الوطنية فوز الحزب. \
                وتشهد فرنسا انتخابات محلية، وتعهدت حكومة فرنسا بنزاهتها.";
    let got = found(text);
    assert!(
        got.iter()
            .any(|(_, _, c)| c.as_deref() == Some("National Rally (France)")),
        "{got:?}"
    );
}

#[test]
fn new_curated_names_stand_alone() {
    for (text, span, canonical) in [
        (
            "وصوت أعضاء الكنيست بالأغلبية على مشروع القرار.",
            "الكنيست",
            "Knesset",
        ),
        ("ويعتبر بيليه من أعظم من لعب كرة القدم.", "بيليه", "Pelé"),
        (
            "ودعت مجموعة العمل المالي الدول إلى تشديد الرقابة.",
            "مجموعة العمل المالي",
            "Financial Action Task Force",
        ),
        (
            "ونشر المستخدمون الصور على موقع ريديت قبل حذفها.",
            "ريديت",
            "Reddit",
        ),
        (
            "وتقدم مرشح حركة التغيير الديمقراطي في العاصمة.",
            "حركة التغيير الديمقراطي",
            "Movement for Democratic Change",
        ),
        (
            "وحذرت الجمعية الطبية السورية الأمريكية من نقص الأدوية.",
            "الجمعية الطبية السورية الأمريكية",
            "Syrian American Medical Society",
        ),
    ] {
        let got = found(text);
        assert!(
            got.iter()
                .any(|(t, _, c)| (t == span || t.ends_with(&format!(" {span}")))
                    && c.as_deref() == Some(canonical)),
            "{span} ({canonical}) not in «{text}»: {got:?}"
        );
    }
    // «أعماق» "depths" is no agency without its noun.
    let got = found("وغاص الفريق إلى أعماق المحيط لتصوير الشعاب.");
    assert!(!got.iter().any(|(t, _, _)| t == "أعماق"), "{got:?}");
}

#[test]
fn an_acronym_after_an_organisation_is_that_organisation() {
    // (The tagger may read the acronym into the name's span; either way it
    // names the institute.)
    let got = found("وطور باحثون في معهد ماساتشوستس للتكنولوجيا MIT نظاما جديدا للرؤية.");
    assert!(
        got.iter().any(|(t, l, c)| t.ends_with("MIT")
            && l == "ORG"
            && c.as_deref() == Some("Massachusetts Institute of Technology")),
        "{got:?}"
    );
    let got = found("وأعلنت منظمة التعاون الاقتصادي والتنمية OECD توقعاتها للنمو.");
    assert!(
        got.iter()
            .any(|(t, _, c)| t == "OECD" && c.as_deref() == Some("OECD")),
        "{got:?}"
    );
    // After a one-word name, Latin capitals are a product's model.
    let got = found("وطرحت الشركة سيارة أيونيك BASE الجديدة في الأسواق.");
    assert!(!got.iter().any(|(t, _, _)| t == "BASE"), "{got:?}");
    let got = found("وحذرت مجموعة العمل المالي (غافي) من ثغرات في الرقابة المصرفية.");
    assert!(
        got.iter()
            .any(|(t, _, c)| t == "غافي" && c.as_deref() == Some("Financial Action Task Force")),
        "{got:?}"
    );
    // A sub-body's acronym after its parent named as a complement is not the parent.
    let got = found("وأفاد مكتب الإحصاء التابع للاتحاد الأوروبي (يوروستات) بتراجع البطالة.");
    assert!(
        !got.iter()
            .any(|(t, _, c)| t == "يوروستات" && c.as_deref() == Some("European Union")),
        "{got:?}"
    );
}

#[test]
fn a_quoted_plural_verb_is_no_name() {
    let got = found("وقال المدرب إن بعض اللاعبين كانوا \"يتكاسلون\" في التدريبات.");
    assert!(!got.iter().any(|(t, _, _)| t == "يتكاسلون"), "{got:?}");
}
