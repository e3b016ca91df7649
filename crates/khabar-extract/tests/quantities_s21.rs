//! Session-21 quantity rules (fresh reviews s21a–d), each on new wording with its
//! negative: «وست» (West) before a foreign name, adjectives that are no unit, a nisba
//! adjective between a noun and «واحد», the accusative «ـا» before «واحدا/عدة», a
//! hedge before a partitive or after a prepositional phrase, «بنسبة N أضعاف»,
//! «اثنان آخران», the dual in «ـائين», «تجاوز» over a definite subject, «عدد +
//! possessed plural».
mod common;
use common::quantities as q;

/// Exactly one quantity, with this span, value, qualifier and unit.
#[track_caller]
fn one(s: &str, span: &str, value: f64, qual: &str, unit: Option<&str>) {
    let v = q(s);
    assert_eq!(v.len(), 1, "{s}: {v:?}");
    assert_eq!(v[0].0, span, "{s}: {v:?}");
    assert_eq!(v[0].1, Some(value), "{s}: {v:?}");
    assert_eq!(v[0].4, qual, "{s}: {v:?}");
    assert_eq!(v[0].5.as_deref(), unit, "{s}: {v:?}");
}

/// Exactly one vague quantity (3–9), with this span and unit.
#[track_caller]
fn several(s: &str, span: &str, unit: &str) {
    let v = q(s);
    assert_eq!(v.len(), 1, "{s}: {v:?}");
    assert_eq!(v[0].0, span, "{s}: {v:?}");
    assert_eq!(
        (v[0].1, v[0].2, v[0].3),
        (None, Some(3.0), Some(9.0)),
        "{s}: {v:?}"
    );
    assert_eq!(v[0].4, "vague", "{s}: {v:?}");
    assert_eq!(v[0].5.as_deref(), Some(unit), "{s}: {v:?}");
}

#[test]
fn west_before_a_foreign_place_name_is_no_six() {
    // s21d Q2: «وست» is the English "West" of a place name, not و + ست.
    assert!(q("وأعلنت شرطة وست يوركشاير توقيف مشتبه به").is_empty());
    assert!(q("وتقع القرية في مقاطعة وست ساسكس جنوبي إنجلترا").is_empty());
    // Six before an Arabic plural stays a count.
    let v = q("ونالت الفرقة خمس جوائز وست شهادات تقدير");
    assert!(
        v.iter()
            .any(|r| r.0 == "ست شهادات" && r.1 == Some(6.0) && r.5.as_deref() == Some("شهادة")),
        "{v:?}"
    );
}

#[test]
fn an_adjective_after_out_of_n_is_no_unit() {
    // s21d Q1(b): «من أصل 12 ممكنة»: the elided noun is the one counted before.
    let v = q("وحقق النادي 9 انتصارات من أصل 12 ممكنة");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[1].0, "12", "{v:?}");
    assert_eq!(v[1].1, Some(12.0), "{v:?}");
    assert_eq!(v[1].5.as_deref(), Some("انتصار"), "{v:?}");
    // A noun after the whole is its own unit.
    let v = q("وحقق النادي 9 انتصارات من أصل 12 مباراة");
    assert_eq!(v[1].5.as_deref(), Some("مباراة"), "{v:?}");
}

#[test]
fn a_nisba_adjective_before_one_leaves_the_noun_counted() {
    // s21d Q1(a): «NOUN NISBA واحد» counts the noun.
    one(
        "ولم يفز بالمقاعد سوى حزب سياسي واحد",
        "حزب سياسي واحد",
        1.0,
        "exact",
        Some("حزب"),
    );
    one(
        "وقتل جندي أمريكي واحد في الهجوم على القاعدة",
        "جندي أمريكي واحد",
        1.0,
        "exact",
        Some("جندي"),
    );
    // A nisba noun (civilian) is itself what is counted.
    one(
        "وقتل مدني واحد في القصف على البلدة",
        "مدني واحد",
        1.0,
        "exact",
        Some("مدني"),
    );
}

#[test]
fn an_accusative_noun_before_wahidan_is_counted() {
    // s21a Q1: «NOUNـا واحدا».
    one(
        "وأكد الجيش أن جنديا واحدا على الأقل أصيب في الكمين",
        "جنديا واحدا على الأقل",
        1.0,
        "at_least",
        Some("جندي"),
    );
    one(
        "وسجل المهاجم هدفا واحدا طوال البطولة",
        "هدفا واحدا",
        1.0,
        "exact",
        Some("هدف"),
    );
    // Agreement in the accusative: the nisba is the noun's adjective.
    one(
        "ونشرت الصحيفة تقريرا عربيا واحدا",
        "تقريرا عربيا واحدا",
        1.0,
        "exact",
        Some("تقرير"),
    );
    // "One of", an adverb in ـا, a duration: no count.
    assert!(q("وسيبقى اللاعب دائما واحدا من أفضل المدافعين").is_empty());
    assert!(q("وقال إن المدرب كان واحدا من أسباب الفوز").is_empty());
    assert!(q("وعاش الكاتب في القرية عاما واحدا").is_empty());
}

#[test]
fn an_accusative_plural_before_several_is_counted() {
    // s21a Q1: «NOUNـا عدة» and the أفعال plural.
    several("وزار الرئيس دولا عدة في آسيا", "دولا عدة", "دولة");
    several("وذكر الوزير أسبابا عدة لهذا القرار", "أسبابا عدة", "سبب");
    // «عدة» before a noun of its own is preposed; أثناء is a preposition; «لما» is
    // no unit.
    several(
        "وتحدث الوزير أثناء عدة زيارات للمنطقة",
        "عدة زيارات",
        "زيارة",
    );
    assert!(q("وقال إن عدة لما حدث").is_empty());
}

#[test]
fn a_hedge_before_a_partitive_keeps_its_noun() {
    // s21b Q1: «N على الأقل من + noun».
    one(
        "وأصيب 40 على الأقل من عناصر الأمن في الاشتباكات",
        "40 على الأقل من عناصر",
        40.0,
        "at_least",
        Some("عنصر"),
    );
    // No partitive after the hedge: no unit.
    one(
        "وقتل 12 على الأقل في الهجوم",
        "12 على الأقل",
        12.0,
        "at_least",
        None,
    );
}

#[test]
fn a_hedge_after_a_prepositional_phrase_is_the_counts() {
    // s21d Q3: «N من NOUN في NP على الأقل».
    one(
        "وقتل 6 من المدنيين في القرية على الأقل",
        "6 من المدنيين في القرية على الأقل",
        6.0,
        "at_least",
        Some("مدني"),
    );
    one(
        "وقتل 6 من المدنيين في القرية",
        "6 من المدنيين",
        6.0,
        "exact",
        Some("مدني"),
    );
}

#[test]
fn times_after_bi_nisba_is_no_percentage() {
    // s21c Q2: «بنسبة N أضعاف» is a multiple.
    one(
        "وارتفعت المبيعات بنسبة خمسة أضعاف",
        "خمسة أضعاف",
        5.0,
        "exact",
        Some("ضعف"),
    );
    one(
        "وارتفعت المبيعات بنسبة خمسة في المئة",
        "خمسة في المئة",
        5.0,
        "exact",
        Some("%"),
    );
}

#[test]
fn two_others_is_a_count_with_an_elided_noun() {
    // s21d Q4: «اثنان آخران».
    one(
        "ونقل اثنان آخران إلى المستشفى",
        "اثنان آخران",
        2.0,
        "exact",
        None,
    );
    one(
        "ونقل ثلاثة آخرون إلى المستشفى",
        "ثلاثة آخرون",
        3.0,
        "exact",
        None,
    );
}

#[test]
fn a_hamza_dual_on_a_ya_seat_is_two() {
    // s21a Q2: «لقائين» = «لقاءين».
    one(
        "وخاض المنتخب لقائين تحضيريين",
        "لقائين",
        2.0,
        "exact",
        Some("لقاء"),
    );
    // «سيئين» is the adjective "bad", «لاجئين» refugees: no dual.
    assert!(q("وقال المدرب إن لاعبيه كانوا سيئين في الشوط الأول").is_empty());
    assert!(q("واستقبلت البلدة لاجئين من الشمال").is_empty());
}

#[test]
fn exceeding_over_a_definite_subject_is_more_than() {
    // s21c Q3: «تجاوز + definite subject + N».
    one(
        "وتجاوز الإنتاج 5 ملايين طن",
        "تجاوز الإنتاج 5 ملايين طن",
        5e6,
        "more_than",
        Some("t"),
    );
    // The measure-noun chain keeps working; a fraction after a stage name is none.
    one(
        "وتجاوز عدد الزوار الأجانب 3 آلاف زائر",
        "تجاوز عدد الزوار الأجانب 3 آلاف زائر",
        3000.0,
        "more_than",
        Some("زائر"),
    );
    assert!(q("وتجاوز المنتخب الدور ربع النهائي").is_empty());
}

#[test]
fn the_number_of_a_possessed_plural_counts_it() {
    // s21c Q1: «عدد + plural + pronoun … إلى N مليون».
    one(
        "ويصل عدد مشتركيها إلى 3 ملايين",
        "3 ملايين",
        3e6,
        "exact",
        Some("مشترك"),
    );
    // s20 carry-over: «وصل» takes the figure as its object.
    one("ووصل عدد الجرحى 40", "40", 40.0, "exact", Some("جريح"));
    // A singular with a pronoun is no counted noun.
    assert!(q("ويصل عمرها إلى 30").is_empty());
}

#[test]
fn activists_take_their_singular() {
    // s21b Q3: «نشطاء» → «ناشط».
    one(
        "واعتقلت الشرطة 8 نشطاء",
        "8 نشطاء",
        8.0,
        "exact",
        Some("ناشط"),
    );
}
