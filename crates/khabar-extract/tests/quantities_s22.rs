//! Session-22 quantity rules (fresh reviews s22a–d), each on new wording with its
//! negative: a speed before a weekday, «بين N1 UNIT و N2 UNIT» as one range, the
//! dual of a masdar whose «ال» is its own, «NOUN وحيد», a dual after a place name in
//! ـان/ـين, figures and nouns in quotation marks, «ونصف» after a count noun or a
//! dual, «كلم/كم مربع», «ألف + greeting», the unit of a bare «على N» in a parallel
//! clause, and «عشر/خمس + أل-noun».
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

/// No quantity with a unit.
#[track_caller]
fn no_unit(s: &str) {
    let v = q(s);
    assert!(v.iter().all(|r| r.5.is_none()), "{s}: {v:?}");
}

#[test]
fn a_speed_before_a_weekday_keeps_its_hour() {
    // s22a Q1(a): «في الساعة» + weekday is "per hour", the weekday the report's date.
    one(
        "وهبت على السواحل رياح بلغت سرعتها 95 كيلومترا في الساعة الأحد",
        "95 كيلومترا في الساعة",
        95.0,
        "exact",
        Some("km/h"),
    );
    // «في الساعة الأولى» is still a point in time, not a rate.
    one(
        "وقطع القطار 80 كيلومترا في الساعة الأولى من الرحلة",
        "80 كيلومترا",
        80.0,
        "exact",
        Some("km"),
    );
}

#[test]
fn between_two_figures_of_one_unit_is_one_range() {
    // s22a Q1(b): «بين N1 UNIT و N2 UNIT (في الساعة)».
    let s = "وتتراوح سرعة الرياح المتوقعة بين 60 كيلومترا و85 كيلومترا في الساعة";
    let v = q(s);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "بين 60 كيلومترا و85 كيلومترا في الساعة", "{v:?}");
    assert_eq!((v[0].1, v[0].2, v[0].3), (None, Some(60.0), Some(85.0)));
    assert_eq!(v[0].4, "range");
    assert_eq!(v[0].5.as_deref(), Some("km/h"));
    let v = q("ويتراوح ثمن التذكرة بين 15 يورو و40 يورو حسب المقعد");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(
        (v[0].2, v[0].3, v[0].4.as_str()),
        (Some(15.0), Some(40.0), "range")
    );
    assert_eq!(v[0].5.as_deref(), Some("EUR"));
    // Two units, or a falling pair, are two figures.
    assert_eq!(q("وسقط في الاشتباكات بين 12 جنديا و30 مسلحا").len(), 2);
    assert_eq!(q("وانخفض السعر بين 50 دولارا و20 دولارا").len(), 2);
}

#[test]
fn a_masdar_whose_al_is_its_own_reads_as_a_dual() {
    // s22a Q2: «التماسين» is the dual of «التماس» (افتعال of ل-م-س), not definite.
    one(
        "وقدم محامو الأسرى التماسين جديدين إلى المحكمة",
        "التماسين",
        2.0,
        "exact",
        Some("التماس"),
    );
    // The definite dual is still not counted.
    assert!(q("ورفضت المحكمة الالتماسين المقدمين من المحامين").is_empty());
}

#[test]
fn a_noun_before_sole_counts_one() {
    // s22a Q3(b): «NOUN وحيد/وحيدة/وحيدا» is «NOUN واحد».
    one(
        "وحقق المنتخب انتصارا وحيدا في البطولة",
        "انتصارا وحيدا",
        1.0,
        "exact",
        Some("انتصار"),
    );
    one(
        "وأهدر المهاجم فرصة وحيدة للتسجيل",
        "فرصة وحيدة",
        1.0,
        "exact",
        Some("فرصة"),
    );
    // A first name, an adjective of the noun before, a predicate: no count.
    assert!(q("وقال المدرب أحمد وحيد إن الفريق جاهز").is_empty());
    assert!(q("وتأهل فريق متوسط وحيد إلى النهائي").is_empty());
    assert!(q("وظلت القرية معزولة وحيدة طوال الشتاء").is_empty());
}

#[test]
fn a_dual_after_a_place_name_in_an_is_counted() {
    // s22b Q2: إيران/عمان end like a dual; the dual after them is no adjective.
    one(
        "واشترت إيران طائرتين من روسيا",
        "طائرتين",
        2.0,
        "exact",
        Some("طائرة"),
    );
    one(
        "وباعت شركة صينية لعمان حافلتين كهربائيتين",
        "حافلتين",
        2.0,
        "exact",
        Some("حافلة"),
    );
    // Two coordinated names are the subject a dual predicate agrees with.
    assert!(q("وظلت لندن وبرلين بعيدتين عن الاتفاق").is_empty());
}

#[test]
fn quotation_marks_around_a_figure_or_its_noun() {
    // s22c Q1: «N» NOUN, N «NOUN»: the marks set off the word, the count reads on.
    one(
        "وتعاقد النادي مع «3» مدربين جدد",
        "«3» مدربين",
        3.0,
        "exact",
        Some("مدرب"),
    );
    one(
        "ويضم المنتخب \"5\" نجوم من الدوري الإنجليزي",
        "\"5\" نجوم",
        5.0,
        "exact",
        Some("نجم"),
    );
    one(
        "ومنحت اللجنة المنظمة 6 «بطاقات» للقارة الأوروبية",
        "6 «بطاقات»",
        6.0,
        "exact",
        Some("بطاقة"),
    );
    // A label's number: the word after it is no counted noun.
    no_unit("وعند الدقيقة \"73\" سجل المهاجم هدفه");
    no_unit("ونص القرار \"2254\" بحسب المسودة على وقف إطلاق النار");
    no_unit("وقال إن الجهاز 5 \"ذكي\" جدا");
}

#[test]
fn a_half_after_a_count_noun_or_a_dual() {
    // s22c Q2, s22d Q2: «ونصف/وربع» completes the count.
    one(
        "وقطع السباح أربع جولات ونصف قبل أن يتوقف",
        "أربع جولات ونصف",
        4.5,
        "exact",
        Some("جولة"),
    );
    one(
        "وبلغ معدل اللاعب تمريرتين ونصف في المباراة",
        "تمريرتين ونصف",
        2.5,
        "exact",
        Some("تمريرة"),
    );
    one(
        "وتضاعف عدد الزوار مرتين ونصف خلال العقد",
        "مرتين ونصف",
        2.5,
        "exact",
        Some("مرة"),
    );
    one(
        "وتهطل على المدينة 4 ملليمترات وربع يوميا",
        "4 ملليمترات وربع",
        4.25,
        "exact",
        Some("mm"),
    );
    // «ونصف + definite noun / demonstrative» is half of that noun.
    one(
        "وحصل على 50 دولارا ونصف المبلغ المتبقي",
        "50 دولارا",
        50.0,
        "exact",
        Some("USD"),
    );
    one(
        "وقطع السباح أربع جولات ونصف هذه المسافة",
        "أربع جولات",
        4.0,
        "exact",
        Some("جولة"),
    );
}

#[test]
fn square_kilometres_after_the_abbreviation() {
    // s22c Q3: «كلم/كم مربع» is km².
    one(
        "وتغطي الغابة نحو 800 كم مربع",
        "نحو 800 كم مربع",
        800.0,
        "approximately",
        Some("km2"),
    );
    one(
        "وتمتد المحمية على 15 ألف كلم مربع",
        "15 ألف كلم مربع",
        15000.0,
        "exact",
        Some("km2"),
    );
    one(
        "وتقع القرية على بعد 40 كم جنوب المدينة",
        "40 كم",
        40.0,
        "exact",
        Some("km"),
    );
}

#[test]
fn a_thousand_greetings_is_a_formula() {
    // s22d Q1: «ألف/مليون + greeting or thanks» is no count.
    assert!(q("وكتبت له صديقته: ألف سلامة عليك").is_empty());
    assert!(q("وختم المغني حفله قائلا مليون تحية للجمهور").is_empty());
    // A thousand of a counted noun stays.
    one(
        "ووزعت الجمعية ألف هدية على الأطفال",
        "ألف هدية",
        1000.0,
        "exact",
        Some("هدية"),
    );
}

#[test]
fn a_bare_figure_after_ala_in_a_parallel_clause() {
    // s22c Q4: «X على N UNIT و Y على M»: M takes UNIT.
    let v = q("وحصلت القائمة الأولى على 64 مقعدا والثانية على 22.");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[1].0, "22", "{v:?}");
    assert_eq!(v[1].1, Some(22.0));
    assert_eq!(v[1].5.as_deref(), Some("مقعد"));
    // Not without the parallel «على» before the first figure.
    let v = q("وفازت القائمة بـ64 مقعدا والثانية على 22.");
    assert!(v.iter().all(|r| r.0 != "22" || r.5.is_none()), "{v:?}");
    // A figure with its own noun keeps it.
    let v = q("وحصلت القائمة على 64 مقعدا واعتمدت على 22 خبيرا.");
    assert_eq!(v[1].5.as_deref(), Some("خبير"), "{v:?}");
}

#[test]
fn ten_before_a_word_in_hamzated_al_is_a_count() {
    // s22d Q5: «عشر ألعاب» is ten games; «أل» with hamza is no article.
    one(
        "وصمم المهندس عشر ألعاب إلكترونية",
        "عشر ألعاب",
        10.0,
        "exact",
        Some("لعبة"),
    );
    // Before the article, «عشر» is still a tenth.
    assert!(q("وأنفقت الوزارة عشر الميزانية على التعليم")
        .iter()
        .all(|r| r.1 != Some(10.0)));
}

#[test]
fn one_thing_in_the_accusative() {
    // Session-21 leftover: «شيئا واحدا» counts one «شيء» (the stem's hamza is final).
    one(
        "ولم يغير القرار شيئا واحدا في حياة السكان",
        "شيئا واحدا",
        1.0,
        "exact",
        Some("شيء"),
    );
    // An adverb in ـا before «واحدا من» is still no count.
    assert!(q("وظل دائما واحدا من أبرز اللاعبين").is_empty());
}

#[test]
fn a_partitive_over_a_named_group() {
    // s22b Q1: «N من + group name» (in quotation marks or not) keeps its figure.
    let v = q("وأسفرت المعارك عن مقتل 40 من المدنيين و25 من حركة طالبان");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[1].0, "25 من حركة", "{v:?}");
    assert_eq!(v[1].5.as_deref(), Some("حركة"), "{v:?}");
    one(
        "وقتل نحو 35 من \"قوات الدعم السريع\" في الاشتباكات",
        "نحو 35 من \"قوات الدعم السريع\"",
        35.0,
        "approximately",
        Some("قوة"),
    );
    // A singular head that names no group is still no count of it.
    assert!(q("وشارك 23 من دورة الألعاب").iter().all(|r| r.5.is_none()));
}

#[test]
fn a_group_head_keeps_its_letters_and_a_quoted_name_is_no_plural() {
    // «ميليشيا» keeps its final alif (no accusative).
    let v = q("وقتل 12 من ميليشيا الحوثي في الغارة");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].5.as_deref(), Some("ميليشيا"), "{v:?}");
    // A name in a singular-looking word is no counted plural.
    assert!(q("وعلق 300 من \"الخوذ البيضاء\" قرب الحدود")
        .iter()
        .all(|r| r.5.as_deref() != Some("خوذ")));
}
