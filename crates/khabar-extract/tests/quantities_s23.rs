//! Session-23 quantity rules (fresh reviews s23a, s23b, s23d), each on new wording
//! with its negative: a postposed «عدة» whose noun carries «و» and is followed by a
//! weekday, cubic and square feet, «مئوية» and a «درجة» of heat as °C, «N.DDD» as
//! thousands before land, tonnage and power units, a dashed pair of years before a
//! place name, participles in «ـين» of hamza-initial roots, rarer feminine nouns in
//! the dual with an agreeing dual adjective (also after «وجود»), and plural lemmas.
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

/// Exactly one vague quantity, with this span, bounds and unit.
#[track_caller]
fn one_vague(s: &str, span: &str, low: f64, high: f64, unit: &str) {
    let v = q(s);
    assert_eq!(v.len(), 1, "{s}: {v:?}");
    assert_eq!(v[0].0, span, "{s}: {v:?}");
    assert_eq!(
        (v[0].1, v[0].2, v[0].3),
        (None, Some(low), Some(high)),
        "{s}"
    );
    assert_eq!(v[0].4, "vague", "{s}: {v:?}");
    assert_eq!(v[0].5.as_deref(), Some(unit), "{s}: {v:?}");
}

#[test]
fn postposed_several_looks_past_the_conjunction_not_at_the_weekday() {
    // s23d Q1: «ودول غربية عدة الأربعاء» gave «عدة الأربعاء», unit «ربيع».
    one_vague(
        "وانتقدت النقابات وأحزاب يسارية عدة الخميس، قرار الحكومة",
        "أحزاب يسارية عدة",
        3.0,
        9.0,
        "حزب",
    );
    one_vague(
        "وعقد الوزير اجتماعات عدة السبت مع المسؤولين",
        "اجتماعات عدة",
        3.0,
        9.0,
        "اجتماع",
    );
    // A definite word after «عدة» is never its counted noun: «ذكرته صحف عدة
    // الجمعة» has its noun before; «بعده الإنساني» is ب + عده "its dimension".
    assert!(q("وفقد المشروع بعده الإنساني منذ البداية").is_empty());
    // A prenominal «عدة» before an indefinite noun with a hamza on its أل stays.
    one_vague(
        "وأصدرت الفرقة عدة ألبومات ناجحة",
        "عدة ألبومات",
        3.0,
        9.0,
        "ألبوم",
    );
}

#[test]
fn cubic_and_square_feet() {
    // s23a Q3: «قدم مكعب(ة)» gave the unit «قدم».
    one(
        "وتنتج الشركة 900 مليون قدم مكعبة من الغاز يوميا",
        "900 مليون قدم مكعبة",
        9e8,
        "exact",
        Some("ft3"),
    );
    one(
        "ويحتوي الخزان الجوفي على نحو أربعة تريليونات قدم مكعب",
        "نحو أربعة تريليونات قدم مكعب",
        4e12,
        "approximately",
        Some("ft3"),
    );
    one(
        "ويمتد المعرض على مساحة 40 ألف قدم مربع",
        "40 ألف قدم مربع",
        40000.0,
        "exact",
        Some("ft2"),
    );
    // A foot alone is not cubic.
    let v = q("ويبلغ ارتفاع السور 12 قدما");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_ne!(v[0].5.as_deref(), Some("ft3"), "{v:?}");
}

#[test]
fn celsius_from_mioya_and_from_a_degree_of_heat() {
    // s23b Q2: «34 مئوية» kept «مئوية»; «35 درجة» beside «درجات الحرارة» gave «°».
    one(
        "وانخفضت الحرارة ليلا إلى 12 مئوية",
        "12 مئوية",
        12.0,
        "exact",
        Some("°C"),
    );
    one(
        "وسجلت درجات الحرارة في العاصمة 43 درجة أمس",
        "43 درجة",
        43.0,
        "exact",
        Some("°C"),
    );
    // An angle, a score, and a heat word in another sentence: still «°».
    one(
        "واستدار السائق بالسيارة 180 درجة",
        "180 درجة",
        180.0,
        "exact",
        Some("°"),
    );
    one(
        "ارتفعت الحرارة أمس. وحصل الطالب على 18 درجة في الامتحان",
        "18 درجة",
        18.0,
        "exact",
        Some("°"),
    );
    // Fahrenheit in the sentence: no Celsius guess.
    let v = q("وبلغت الحرارة 100 درجة فهرنهايت و90 درجة ليلا");
    assert!(v.iter().all(|r| r.5.as_deref() != Some("°C")), "{v:?}");
}

#[test]
fn three_digits_after_a_dot_are_thousands_before_land_and_tonnage() {
    // s23a Q1: «881.050 كيلومتر مربع» gave 881.05 km2.
    one(
        "وتغطي الغابات 312.460 كيلومتر مربع من البلاد",
        "312.460 كيلومتر مربع",
        312460.0,
        "exact",
        Some("km2"),
    );
    one(
        "وصدرت البلاد 45.750 طن من القمح",
        "45.750 طن",
        45750.0,
        "exact",
        Some("t"),
    );
    // A length and a currency counted in thousandths keep the decimal.
    one(
        "وقطع العداء 1.609 كيلومتر في دقائق",
        "1.609 كيلومتر",
        1.609,
        "exact",
        Some("km"),
    );
    one(
        "وبلغ سعر الكيلوغرام 2.345 دينار كويتي",
        "2.345 دينار كويتي",
        2.345,
        "exact",
        Some("KWD"),
    );
}

#[test]
fn a_dashed_pair_of_years_before_a_place_is_no_range() {
    // s23a Q2: «1829 - 1830 فنزويلا» gave a range with the unit «فنزويل».
    assert!(q("1914 - 1918 ألمانيا تخوض الحرب").is_empty());
    // A range of people in the same figures stays.
    let v = q("وشارك 1500 - 2000 شخص في المسيرة");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "1500 - 2000 شخص");
    assert_eq!((v[0].2, v[0].3), (Some(1500.0), Some(2000.0)));
    assert_eq!(v[0].4, "range");
    assert_eq!(v[0].5.as_deref(), Some("شخص"));
}

#[test]
fn hamza_initial_participles_are_no_duals() {
    // s23b Q1: «أخذين بعين الاعتبار» gave 2 «أخذ».
    assert!(q("وغادر الجنود القرية آخذين معهم الأسرى").is_empty());
    assert!(q("ودعا الطرفين إلى الهدوء أخذين بعين الاعتبار مصالح السكان")
        .iter()
        .all(|r| r.5.as_deref() != Some("أخذ")));
    assert!(q("وعاد اللاعبون إلى ناديهم آملين الفوز").is_empty());
    // A hamza-initial noun whose dual is common stays a dual.
    one(
        "وطرح الوزير أمرين على المجلس",
        "أمرين",
        2.0,
        "exact",
        Some("أمر"),
    );
}

#[test]
fn rarer_feminine_duals_with_an_agreeing_adjective() {
    // s23a Q4: «مزايدتين عالميتين», «في ظل وجود حصتين تدريبيتين».
    one(
        "وأعلنت البلدية مناقصتين محليتين لترميم المدارس",
        "مناقصتين",
        2.0,
        "exact",
        Some("مناقصة"),
    );
    one(
        "وتحدث المدرب عن وجود حصتين إضافيتين الأسبوع المقبل",
        "حصتين",
        2.0,
        "exact",
        Some("حصة"),
    );
    // Without an adjective the rare noun is not vouched for; after «وجود» a
    // masculine ـين stays plural-ambiguous («وجود متصفحين», "users").
    assert!(q("وأعلنت البلدية مناقصتين لترميم المدارس").is_empty());
    assert!(q("وتستفيد المواقع من وجود متابعين عليها").is_empty());
}

#[test]
fn plural_lemmas_of_lies_tickets_and_parks() {
    // s23b Q4, s23d Q2.
    one(
        "ونشر الموقع 7 أكاذيب عن الحملة",
        "7 أكاذيب",
        7.0,
        "exact",
        Some("أكذوبة"),
    );
    one_vague(
        "وباع النادي آلاف التذاكر للمباراة",
        "آلاف التذاكر",
        2000.0,
        9000.0,
        "تذكرة",
    );
    one(
        "وافتتحت البلدية ستة متنزهات جديدة",
        "ستة متنزهات",
        6.0,
        "exact",
        Some("متنزه"),
    );
    one(
        "وتضم المدينة أربعة منتزهات عامة",
        "أربعة منتزهات",
        4.0,
        "exact",
        Some("منتزه"),
    );
}
