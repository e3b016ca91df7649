use super::*;

/// (text, value, low, high, qualifier, unit)
type Row = (
    String,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    String,
    Option<String>,
);

fn q(s: &str) -> Vec<Row> {
    extract_spans(s, &[])
        .into_iter()
        .map(|x| {
            (
                x.span.slice(s).to_string(),
                x.value,
                x.low,
                x.high,
                x.qualifier.to_string(),
                x.unit,
            )
        })
        .collect()
}

#[track_caller]
fn one(s: &str, value: Option<f64>, qual: &str, unit: &str) {
    let v = q(s);
    assert_eq!(v.len(), 1, "{s}: {v:?}");
    assert_eq!(v[0].1, value, "{s}: {v:?}");
    assert_eq!(v[0].4, qual, "{s}: {v:?}");
    assert_eq!(v[0].5.as_deref(), Some(unit), "{s}: {v:?}");
}

#[test]
fn hedged_counts_with_singular_units() {
    one(
        "قال إن اكثر من 150 مسلحا من",
        Some(150.0),
        "more_than",
        "مسلح",
    );
    one(
        "عاد نحو 1700 مسلح فرنسي",
        Some(1700.0),
        "approximately",
        "مسلح",
    );
    one(
        "مع عودة نحو 800 إرهابي ما",
        Some(800.0),
        "approximately",
        "إرهابي",
    );
    one("هناك 5 آلاف مقاتل حاليا", Some(5000.0), "exact", "مقاتل");
    one("من ست دول", Some(6.0), "exact", "دولة");
    one("قتل ما لا يقل عن 20 شخصا", Some(20.0), "at_least", "شخص");
    one(
        "أصيب حوالي ثلاثين مدنيا",
        Some(30.0),
        "approximately",
        "مدني",
    );
    one("أقل من 10 سيارات", Some(10.0), "less_than", "سيارة");
    one("لا يتجاوز 300 جندي", Some(300.0), "at_most", "جندي");
    one("قتل 12 مسلحين", Some(12.0), "exact", "مسلح");
}

#[test]
fn vague_quantities() {
    let v = q("بضع عشرات من المسلحين عادوا");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "بضع عشرات من المسلحين");
    assert_eq!((v[0].1, v[0].2, v[0].3), (None, Some(20.0), Some(90.0)));
    assert_eq!(v[0].4, "vague");
    assert_eq!(v[0].5.as_deref(), Some("مسلح"));
    let v = q("فر عشرات الآلاف من المدنيين");
    assert_eq!((v[0].2, v[0].3), (Some(20000.0), Some(90000.0)), "{v:?}");
    let v = q("نزح آلاف اللاجئين");
    assert_eq!((v[0].2, v[0].3), (Some(2000.0), Some(9000.0)), "{v:?}");
    assert_eq!(v[0].5.as_deref(), Some("لاجئ"));
    let v = q("زار عدة دول");
    assert_eq!(v[0].5.as_deref(), Some("دولة"), "{v:?}");
    let v = q("قدمت برامج عدة تهتم بالسينما");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "برامج عدة");
    assert_eq!(v[0].5.as_deref(), Some("برنامج"), "{v:?}");
    // A vague count of time units is a duration.
    assert!(q("منذ عدة أيام").is_empty());
    // بدون is "without", not ب + دون "below".
    let v = q("فاز الفريق بدون 3 من لاعبيه");
    assert!(v.iter().all(|x| x.4 != "less_than"), "{v:?}");
    // The FBI's Arabic letters fold like "thousands" but are none.
    assert!(q("قال مكتب الإف بي آي إنه يحقق").is_empty());
    let v = q("فر ألاف الأشخاص");
    assert_eq!((v[0].2, v[0].3), (Some(2000.0), Some(9000.0)), "{v:?}");
}

#[test]
fn ranges() {
    for s in [
        "بين 10 و20 قتيلا",
        "ما بين 10 و 20 قتيلا",
        "من 10 إلى 20 قتيلا",
        "10-20 قتيلا",
    ] {
        let v = q(s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        assert_eq!(v[0].4, "range", "{s}");
        assert_eq!(
            (v[0].1, v[0].2, v[0].3),
            (None, Some(10.0), Some(20.0)),
            "{s}"
        );
        assert_eq!(v[0].5.as_deref(), Some("قتيل"), "{s}");
    }
    let v = q("من عشرة لعشرين دولار");
    assert_eq!(
        (v[0].2, v[0].3, v[0].5.as_deref()),
        (Some(10.0), Some(20.0), Some("USD")),
        "{v:?}"
    );
}

#[test]
fn money() {
    one("بلغت 5 مليارات دولار", Some(5e9), "exact", "USD");
    one("دفع ألف دولار", Some(1000.0), "exact", "USD");
    let v = q("يتراوح بين 370 و590 مليون دولار");
    assert_eq!((v[0].2, v[0].3), (Some(370e6), Some(590e6)), "{v:?}");
    one("42 ريال سعودي", Some(42.0), "exact", "SAR");
    one("42 ليرة لبنانية", Some(42.0), "exact", "LBP");
    one("42 جنيهات مصريه", Some(42.0), "exact", "EGP");
    one("3 جنيهات استرلينية", Some(3.0), "exact", "GBP");
    one("5 دنانير أردنية", Some(5.0), "exact", "JOD");
    one("$10", Some(10.0), "exact", "USD");
    one("20 €", Some(20.0), "exact", "EUR");
    one("42 KWD", Some(42.0), "exact", "KWD");
    one("20 دولار و43 سنت", Some(20.43), "exact", "USD");
    one("2.5 مليون يورو", Some(2.5e6), "exact", "EUR");
}

#[test]
fn percentages() {
    one("بنسبة 20%", Some(20.0), "exact", "%");
    one("ارتفع ٣٫٥٪", Some(3.5), "exact", "%");
    one("نحو 40 بالمئة", Some(40.0), "approximately", "%");
    one("عشرين في المئة", Some(20.0), "exact", "%");
    one("15 بالمائة", Some(15.0), "exact", "%");
    let v = q("تخفيضات بين 33% و50% على");
    assert_eq!(
        (v[0].2, v[0].3, v[0].4.as_str()),
        (Some(33.0), Some(50.0), "range"),
        "{v:?}"
    );
    one("بنسب تقترب من 100%", Some(100.0), "approximately", "%");
}

#[test]
fn measurements() {
    one("2 كيلوغرام", Some(2.0), "exact", "kg");
    one("250 مل", Some(250.0), "exact", "ml");
    one("37 درجة مئوية", Some(37.0), "exact", "°C");
    one("70 درجة فهرنهايت", Some(70.0), "exact", "°F");
    one("نصف لتر", Some(0.5), "exact", "l");
    one("100 كيلومتر", Some(100.0), "exact", "km");
}

#[test]
fn out_of_counts_and_compared_definites() {
    // "X out of Y nouns" is a count of the nouns, not a fraction of one.
    one("قتل واحد من ثلاثة أشخاص", Some(3.0), "exact", "شخص");
    one("أصيب 3 من 10 جنود", Some(10.0), "exact", "جندي");
    // A ratio with a bound stays a ratio: 2 من 5 أو أكثر.
    let v = q("ماذا عن 2 من 5 أو أكثر");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].1, Some(0.4), "{v:?}");
    assert_eq!(v[0].4, "at_least", "{v:?}");
    // A definite tens word or fraction after a comparison is a count.
    let v = q("عمرها فوق الثلاثين");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(
        (v[0].1, v[0].4.as_str()),
        (Some(30.0), "more_than"),
        "{v:?}"
    );
    let v = q("أدنى ١٧٠");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(
        (v[0].1, v[0].4.as_str()),
        (Some(170.0), "less_than"),
        "{v:?}"
    );
    // ... but not without one (الذكرى العشرين) nor before another word.
    assert!(q("بالذكرى العشرين").is_empty());
    assert!(q("تراجعت إلى أقل من النصف لتصبح").is_empty());
    let v = q("الرقم فوق الربع وتحت النصف");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!((v[0].2, v[0].3), (Some(0.25), Some(0.5)), "{v:?}");
}

#[test]
fn not_quantities() {
    for s in [
        "منذ عام 2012 بعد",
        "في صيف عام 2014.",
        "يوم 22/04/2016 في",
        "الساعة 10:30 صباحا",
        "الفصل الثالث",
        "المادة 7 من الدستور",
        "طائرات F-16 الأمريكية",
        "في 2014 شهدت البلاد",
        "في 4 مايو",
        "خلال 48 ساعة",
        "قرار مجلس الأمن 2254",
        "قتل 3 وأصيب",
        "واحدة من القصص",
        "بالمرتبة 73 برصيد",
        "في العام 37 من السوق",
    ] {
        let v = q(s);
        assert!(v.is_empty(), "{s}: {v:?}");
    }
}

#[test]
fn absurd_numbers_keep_their_span() {
    let s = format!("{} دولار", "9".repeat(400));
    let v = q(&s);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].1, None);
    let v = q("١٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠ مليار دولار");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].1, None);
    assert_eq!(v[0].5.as_deref(), Some("USD"));
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,80}") {
            for x in extract_spans(&s, &[]) {
                prop_assert!(x.span.start <= x.span.end && x.span.end <= s.len());
                prop_assert!(s.is_char_boundary(x.span.start) && s.is_char_boundary(x.span.end));
            }
        }

        #[test]
        fn news_soup_never_panics(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just("نحو"), Just("أكثر من"), Just("بين"), Just("و"), Just("من"), Just("إلى"),
                    Just("150"), Just("مسلحا"), Just("دولار"), Just("%"), Just("$"), Just("-"),
                    Just("بضع"), Just("عشرات"), Just("الآلاف"), Just("عام"), Just("2012"),
                    Just("ثلاثة"), Just("آلاف"), Just("°"), Just("تحت"), Just("الصفر"), Just("سنت"),
                    Just("في"), Just("المئة"), Just("ج"), Just("."), Just("م"), Just("لترين"),
                ],
                0..14,
            ),
        ) {
            let s = parts.join(" ");
            for x in extract_spans(&s, &[]) {
                prop_assert!(x.span.end <= s.len());
            }
        }
    }
}

#[test]
fn markup_tag_end_is_not_a_comparison() {
    // An escaped no-break space (<a0>) or a tag before a number is not ">".
    assert!(q("<a0> 29 /01").iter().all(|r| r.4 != "more_than"));
    assert!(q("<br>30 مسلحا").iter().all(|r| r.4 != "more_than"));
    // A real comparison sign still counts.
    let v = q("عدد الضحايا >30 قتيلا");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].4, "more_than");
    assert_eq!(v[0].1, Some(30.0));
}

#[test]
fn match_scores_are_not_ranges() {
    for s in [
        "تعادل المنتخب مع سويسرا 1-1 في مستهل مشواره",
        "بعد فوزه الكبير على الريان 4-1، ليرفع رصيده",
        "خسر الفريق بنتيجة 2-4 أمام ضيفه",
        "انتهت المباراة بفوز الفرنسيين 4-3 وضمنت له التأهل",
        "تغلب الأهلي على الزمالك 1-3 في القمة",
        "خلال الخسارة 2-صفر أمام توتنهام",
        "خسر 3-صفر أمام منافسه",
        "وانتهت المواجهة 3-6 و6-4 و6-1",
        "قبل أن يفوز 2-6 و6-1 و6-3 ويصبح على موعد",
        "السقوط في المتر الأخير أمام فرنسا 2-4",
        "قبل أن يسقط 1-3 أمام ريال مدريد",
    ] {
        assert!(q(s).is_empty(), "{s}: {:?}", q(s));
    }
    // Ranges with a unit or outside a match stay ranges.
    let v = q("يتراوح عددهم 10-20 شخصا");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].4, "range");
    let v = q("ارتفع السعر 3-5%");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].4, "range");
}

#[test]
fn fraction_word_before_a_noun_is_a_part() {
    for s in [
        "وبلغ الفريق ربع نهائي دوري الأبطال",
        "في نصف نهائي مونديال 1958",
        "حريق في موقع يضم نصف صناديق الاقتراع",
        "حي يمثل نصف أصوات العاصمة",
        "وصوت ثلثا أعضاء البرلمان",
    ] {
        assert!(q(s).is_empty(), "{s}: {:?}", q(s));
    }
    // A fraction with a measure or a hedge stays.
    one("شرب نصف لتر من الماء", Some(0.5), "exact", "l");
    let v = q("اكتمل بناء نحو ثلثي السد");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].4, "approximately");
}

#[test]
fn article_digits_after_a_definite_noun_are_ordinals() {
    for s in [
        "احتفلت الدولة بالذكرى الـ70 لتأسيسها",
        "في القرن الـ21 الميلادي",
        "حل في المركز الـ10 عالميا",
        "وجاء ترتيبه الثالث عربيا والـ10 عالميا",
        "انطلقت الدورة الـ30 للمهرجان",
    ] {
        assert!(q(s).is_empty(), "{s}: {:?}", q(s));
    }
    // After a definite plural the figure counts it (s15a Q1; this was an ordinal
    // before session 15).
    one(
        "ترعى الدول الـ3 سلسلة من جهود السلام",
        Some(3.0),
        "exact",
        "دولة",
    );
    // Before a noun, without a definite head: a count.
    one("قرر قادة الـ20 دولة", Some(20.0), "exact", "دولة");
    // A preposition on the article starts a new phrase: a count.
    one(
        "إنه سعيد بالـ23 لاعبا الذين اختارهم",
        Some(23.0),
        "exact",
        "لاعب",
    );
}

#[test]
fn adverbs_are_not_units() {
    for s in [
        "يحتل المرتبة 10 عالميا",
        "ويحل في المركز 3 عربيا",
        "وسجل 5 رسميا في القائمة",
        "بلغ الرقم 12 تدريجيا",
    ] {
        assert!(q(s).is_empty(), "{s}: {:?}", q(s));
    }
    one(
        "يتقاضى 30 مليون يورو سنويا",
        Some(30_000_000.0),
        "exact",
        "EUR",
    );
}

#[test]
fn function_words_are_not_units() {
    for s in [
        "علينا التفكير في الفوز باللقب 14 لأن هذا ما يلزمنا",
        "سجل 3 عندما كان لاعبا",
        "فاز بالمركز 2 حين تفوق",
    ] {
        assert!(q(s).is_empty(), "{s}: {:?}", q(s));
    }
}

#[test]
fn plural_singular_decided_by_the_document() {
    // The bare stem occurs in the text: a masculine noun with a sound plural.
    one(
        "حقق قطاع الكتب نموا، وقال البيان إن خمسة قطاعات تصديرية حققت نموا",
        Some(5.0),
        "exact",
        "قطاع",
    );
    one(
        "ودع المنتخب المنافسة، كأول ثلاثة منتخبات تودع البطولة",
        Some(3.0),
        "exact",
        "منتخب",
    );
    one(
        "كان القديس فالنتاين واحدا من ثلاثة قديسين",
        Some(3.0),
        "exact",
        "قديس",
    );
    // Without the stem in the text the default rules apply.
    one("اشترت الشركة خمس سيارات جديدة", Some(5.0), "exact", "سيارة");
    one("نفذت القوات ثلاث عمليات", Some(3.0), "exact", "عملية");
    // A feminine singular in the text keeps the feminine.
    one(
        "وقعت محطة جديدة، وتملك الشركة ست محطات",
        Some(6.0),
        "exact",
        "محطة",
    );
}

#[test]
fn prepositional_and_verbal_words_are_not_units() {
    for s in [
        "وقعت الشركة العقد، وقدمت 5 لشركة أخرى",
        "فاز فريقه 2 ليحقق اللقب",
        "وصل إلى 300 يؤكد المسؤول",
        "قالت إن 40 لالتقاط الصور",
    ] {
        assert!(q(s).is_empty(), "{s}: {:?}", q(s));
    }
    // Nouns that start with ل or ي stay.
    one("انضم 11 لاعبا إلى الفريق", Some(11.0), "exact", "لاعب");
    one("عاد 300 لاجئ إلى بلدهم", Some(300.0), "exact", "لاجئ");
    one("اعتقل 20 ليبيا في العملية", Some(20.0), "exact", "ليبي");
    one("قتل 3 يمنيين في الغارة", Some(3.0), "exact", "يمني");
    one("شكلت الحكومة 4 لجان للتحقيق", Some(4.0), "exact", "لجنة");
}

#[test]
fn document_word_lookups_agree_after_many_queries() {
    // More than a handful of look-ups switch from scanning to a word set: same answers.
    let mut text = String::from("نما قطاع الكتب وفاز المنتخب الوطني وربحت الشركة. ");
    for k in 0..12 {
        text.push_str(&format!(
            "وحققت {} قطاعات نموا وتأهلت {} منتخبات، وزار {} لشركة أخرى. ",
            k + 3,
            k + 4,
            k + 5
        ));
    }
    let v = q(&text);
    let units: Vec<&str> = v.iter().filter_map(|r| r.5.as_deref()).collect();
    assert_eq!(units.len(), 24, "{v:?}");
    assert!(
        units.iter().all(|u| *u == "قطاع" || *u == "منتخب"),
        "{units:?}"
    );
}

/// (span, value, qualifier, unit) of every quantity.
fn spans(s: &str) -> Vec<(String, Option<f64>, String, Option<String>)> {
    q(s).into_iter().map(|r| (r.0, r.1, r.4, r.5)).collect()
}

#[test]
fn hedges_behind_a_preposition() {
    let v = q("ارتفعت الصادرات بنحو 40 مليون دينار");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "نحو 40 مليون دينار");
    assert_eq!(v[0].4, "approximately");
    one(
        "أغلقت المدينة أبوابها لنحو 2500 زائر",
        Some(2500.0),
        "approximately",
        "زائر",
    );
    one(
        "زادت التكلفة بأكثر من 12 مليون يورو",
        Some(12e6),
        "more_than",
        "EUR",
    );
    one("نقل لحوالي 600 طالب", Some(600.0), "approximately", "طالب");
    one("وبما يقارب 90 مهاجرا", Some(90.0), "approximately", "مهاجر");
    // An imperfect verb keeps its own form: ليصل is not يصل with a preposition here.
    let v = q("ليصل إلى 30 جريحا");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].4, "exact", "{v:?}");
}

#[test]
fn more_hedge_forms() {
    one("غرامة تصل إلى 5 آلاف ريال", Some(5000.0), "at_most", "SAR");
    one("وقد يصل إلى 400 مشارك", Some(400.0), "at_most", "مشارك");
    one("عمل ما ينوف على 70 موظفا", Some(70.0), "more_than", "موظف");
    let v = q("تبرع بما مجموعه 4.2 مليارات دولار");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "ما مجموعه 4.2 مليارات دولار");
    assert_eq!((v[0].1, v[0].4.as_str()), (Some(4.2e9), "exact"));
}

#[test]
fn possessive_ha_is_not_the_group_cue() {
    // «مجموعه» (its total) is not «مجموعة» (group) folded.
    one("بلغ مجموعه 800 ألف دولار", Some(800_000.0), "exact", "USD");
    // The group cue still marks a name.
    assert!(q("لعبت المجموعة 5 مباريات").is_empty());
    assert!(q("حضر قادة مجموعة 20 الاجتماع").is_empty());
}

#[test]
fn points_times_and_accusative_waw_nouns() {
    one("رفع الفريق رصيده إلى 61 نقطة", Some(61.0), "exact", "نقطة");
    one("تراجع المؤشر 0.4 نقطة مئوية", Some(0.4), "exact", "pp");
    one("خفض الفائدة 50 نقطة أساس", Some(50.0), "exact", "bp");
    // A decimal written out is not a count of points.
    assert!(q("النتيجة كانت 7 نقطة 2").is_empty());
    one("زاد الإنتاج بـ12 مرة", Some(12.0), "exact", "مرة");
    one("التقيا ثماني مرات", Some(8.0), "exact", "مرة");
    one("صوت 27 عضوا لصالح القرار", Some(27.0), "exact", "عضو");
    one("وقع 40 عضوًا على الرسالة", Some(40.0), "exact", "عضو");
    // Plural verbs in -وا are still refused.
    assert!(q("ثم إن 12 عادوا إلى منازلهم").is_empty());
}

#[test]
fn more_unit_spellings() {
    one(
        "بطارية بسعة 5000 ميلي أمبير/ ساعة",
        Some(5000.0),
        "exact",
        "mAh",
    );
    let v = q("بطارية 3500 ميلي أمبير");
    assert_eq!(v[0].5.as_deref(), Some("mAh"), "{v:?}");
    one("مساحة 1200 ميلا مربعا", Some(1200.0), "exact", "mi2");
    one("احترق 15 كيلومترات مربعة", Some(15.0), "exact", "km2");
    one("قطرها 9 ميليمترات", Some(9.0), "exact", "mm");
    one("شاشة 6.7 إنش", Some(6.7), "exact", "in");
    one("ذاكرة 256 غيغابايت", Some(256.0), "exact", "GB");
    one("كاميرا 48 ميغابكسل", Some(48.0), "exact", "MP");
    one("معالج بتقنية 5 نانومتر", Some(5.0), "exact", "nm");
    one("محطة بقدرة 2 غيغا واط", Some(2.0), "exact", "GW");
    // ميلي alone is no longer a millilitre.
    let v = q("قطع 300 ميلي");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].1, Some(300.0), "{v:?}");
    assert_ne!(v[0].5.as_deref(), Some("ml"), "{v:?}");
    let v = q("خسرت الشركة مليارات الدولارات");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].5.as_deref(), Some("USD"));
    assert_eq!(v[0].4, "vague");
}

#[test]
fn singulars_of_plurals_the_suffix_rules_miss() {
    one("بأربع كاميرات خلفية", Some(4.0), "exact", "كاميرا");
    one("أجرت تسع تجارب", Some(9.0), "exact", "تجربة");
    one("قسمت إلى خمس فئات", Some(5.0), "exact", "فئة");
    one("فرضت عقوبات على 6 كيانات", Some(6.0), "exact", "كيان");
}

#[test]
fn model_suffixes_and_copulas_are_not_units() {
    assert!(q("اشترى هاتف مايت 30 برو").is_empty());
    assert!(q("يأتي آيفون 14 بلس بشاشة").is_empty());
    assert!(q("إن الطائرة بوينغ 777 ليست جديدة").is_empty());
    // A time unit behind a preposition is a duration, not a counted noun.
    assert!(q("بقي الملف مغلقا لسنوات عدة").is_empty());
}

#[test]
fn coordinated_numbers_share_the_last_unit() {
    let v = spans("خصصت 3 و9 ملايين دولار للمشروعين");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!((v[0].1, v[0].3.as_deref()), (Some(3e6), Some("USD")));
    assert_eq!((v[1].1, v[1].3.as_deref()), (Some(9e6), Some("USD")));
    let v = spans("سجلت الأمطار 12.5، و40.2 و77 ملم");
    let units: Vec<Option<&str>> = v.iter().map(|r| r.3.as_deref()).collect();
    assert_eq!(units, vec![Some("mm"); 3], "{v:?}");
    let v = spans("نما 2 و5 بالمئة");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[0].3.as_deref(), Some("%"));
    // Digits share a counted noun; years do not.
    let v = spans("أصيب 4 و6 جنود");
    assert_eq!(v[0].3.as_deref(), Some("جندي"), "{v:?}");
    let v = spans("بين عامي 2016 و2017 طالب");
    assert!(!v.is_empty(), "{v:?}");
    assert!(v.iter().all(|r| r.1 != Some(2016.0)), "{v:?}");
}

#[test]
fn partitive_and_elliptical_counts() {
    one(
        "اعتقلت الشرطة خمسة من أفراد العصابة",
        Some(5.0),
        "exact",
        "فرد",
    );
    one("حضر 9 من كبار المستثمرين", Some(9.0), "exact", "مستثمر");
    one("سحبت 40 من موظفيها", Some(40.0), "exact", "موظف");
    one("قتل اثنان من مقاتلي الفصيل", Some(2.0), "exact", "مقاتل");
    // Not a partitive: من أجل، من إجمالي، من عمرها.
    assert!(q("عمل 5 من أجل الأطفال").is_empty());
    assert!(q("حصل على 70 من إجمالي الأصوات").is_empty());
    assert!(q("كانت في الـ46 من عمرها").is_empty());
    // A singular head is a part of one thing, not a count of many.
    assert!(q("افتتحت النسخة 31 من بطولة آسيا").is_empty());
    assert!(q("خسر 8 من رصيدها").is_empty());
    let v = spans("قتل 4 جنود وأصيب 9 آخرين");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[1].0, "9 آخرين");
    assert_eq!(v[1].3.as_deref(), Some("جندي"));
    // Not across a sentence end: the others are counted with no unit (session 13).
    let v = spans("قتل 4 جنود. وأصيب 9 آخرين");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[1].3, None, "{v:?}");
}

#[test]
fn article_with_tatweel_before_spaced_digits() {
    // «الأعضاء الـ 128» counts the members (s15a Q1; before session 15, nothing).
    one(
        "انتخاب الأعضاء الـ 128 لمجلس النواب",
        Some(128.0),
        "exact",
        "عضو",
    );
    assert!(q("وفقا للمادة 12 من النظام").is_empty());
}

#[test]
fn spaced_dash_and_mixed_unit_change() {
    // A dash with spaces before a number is not a minus sign …
    let v = q("مؤشر مديري المشتريات - 51.4 نقطة في مايو");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!((v[0].0.as_str(), v[0].1), ("51.4 نقطة", Some(51.4)));
    // … except on a temperature, and a glued sign stays a minus.
    // (A degree in a sentence about heat is Celsius: s23b Q2.)
    one("سجلت الحرارة - 4 درجات", Some(-4.0), "exact", "°C");
    one("هبطت إلى -7 درجات", Some(-7.0), "exact", "°");
    // A percentage "to" a count of another unit is a change, not a range.
    let v = spans("هبط 1.8% إلى 96.5 نقطة");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[0].3.as_deref(), Some("%"));
    assert_eq!(v[1].3.as_deref(), Some("نقطة"));
    one("فاز بفارق نقطتين", Some(2.0), "exact", "نقطة");
    one("زار المدينة مرتين", Some(2.0), "exact", "مرة");
    let v = q("من 15% إلى 25%");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].4, "range");
}

/// One quantity with `low`/`high` bounds and no value.
#[track_caller]
fn bounded(s: &str, low: f64, high: f64, qual: &str, unit: &str) {
    let v = q(s);
    assert_eq!(v.len(), 1, "{s}: {v:?}");
    assert_eq!(v[0].1, None, "{s}: {v:?}");
    assert_eq!((v[0].2, v[0].3), (Some(low), Some(high)), "{s}: {v:?}");
    assert_eq!(v[0].4, qual, "{s}: {v:?}");
    assert_eq!(v[0].5.as_deref(), Some(unit), "{s}: {v:?}");
}

#[test]
fn dual_scale_closes_a_dashed_range() {
    // The low end in digits, a dash, then a dual scale word whose scale both ends share.
    bounded(
        "تتلقى الجماعة ما بين 1.2- ملياري دينار سنويا",
        1.2e9,
        2e9,
        "range",
        "KWD",
    );
    bounded("جمعوا بين 1.5 – مليوني يورو", 1.5e6, 2e6, "range", "EUR");
    // A low end above two is no range with a dual.
    let v = q("تبرع بين 3- ألفي دولار");
    assert!(v.iter().all(|x| x.4 != "range"), "{v:?}");
}

#[test]
fn vague_count_times_a_scale_after_a_clitic() {
    bounded(
        "خسرت الشركة بعشرات ملايين الدولارات",
        2e7,
        9e7,
        "vague",
        "USD",
    );
    bounded(
        "تجمع بمئات آلاف المتظاهرين في الساحة",
        2e5,
        9e5,
        "vague",
        "متظاهر",
    );
    bounded("وعشرات الآلاف من النازحين", 2e4, 9e4, "vague", "نازح");
}

#[test]
fn definite_vague_word_with_a_partitive() {
    bounded(
        "واعتقلت القوات العشرات من الشبان",
        20.0,
        90.0,
        "vague",
        "شاب",
    );
    bounded("نزح الآلاف من السكان", 2000.0, 9000.0, "vague", "ساكن");
    bounded("وأصيب المئات من الركاب", 200.0, 900.0, "vague", "راكب");
    // A singular or a place after من is not what is counted.
    assert!(q("وصل الملايين من الخليج العربي").is_empty());
    // Without من the definite word is a count of an elided noun (session 14).
    let v = q("ذكرت العشرات");
    assert!(
        v.len() == 1 && v[0].5.is_none() && v[0].4 == "vague",
        "{v:?}"
    );
}

#[test]
fn preposition_on_six_and_hundred() {
    one("يتسع المسرح لستة آلاف مشاهد", Some(6000.0), "exact", "مشاهد");
    one("تبرع بمئة مليون ريال سعودي", Some(1e8), "exact", "SAR");
    // كمية (quantity) is not ك + مية (a hundred).
    assert!(q("ضبطت الشرطة كمية كبيرة من المخدرات").is_empty());
}

#[test]
fn day_of_month_after_min_is_a_date() {
    assert!(q("تستمر الحملة حتى 20 من يونيو المقبل").is_empty());
    assert!(q("يبدأ التسجيل في 3 من الشهر الجاري").is_empty());
    // A partitive of a plural still counts.
    one("قتل 20 من المسلحين", Some(20.0), "exact", "مسلح");
}

#[test]
fn reaches_is_exact_after_a_total() {
    // بقيمة/بتكلفة … تصل إلى states the amount …
    one(
        "وقعت عقودا بقيمة إجمالية تصل إلى 40 مليار دولار",
        Some(4e10),
        "exact",
        "USD",
    );
    one(
        "مشروع بتكلفة تصل إلى 12 مليون يورو",
        Some(1.2e7),
        "exact",
        "EUR",
    );
    // … and is not part of the span, as after بلغ.
    let v = q("بقيمة تصل إلى 5 ملايين دولار");
    assert_eq!(v[0].0, "5 ملايين دولار", "{v:?}");
    // Elsewhere it is a ceiling: "up to".
    one(
        "يعاقب بغرامة تصل إلى 10 آلاف درهم إماراتي",
        Some(10000.0),
        "at_most",
        "AED",
    );
    one("رفعت الرسوم بنسب تصل إلى 30%", Some(30.0), "at_most", "%");
    one("قد تصل إلى 7 مليارات دولار", Some(7e9), "at_most", "USD");
}

#[test]
fn comparison_verb_with_its_subject_before_the_number() {
    one(
        "أنابيب لا يزيد قطرها على 4 ملليمترات",
        Some(4.0),
        "at_most",
        "mm",
    );
    one(
        "مواطنون يزيد دخلهم عن 900 دينار أردني",
        Some(900.0),
        "more_than",
        "JOD",
    );
    one("لن تقل حصته عن 15 في المئة", Some(15.0), "at_least", "%");
    one(
        "سلع تتجاوز قيمتها 8 مليارات يورو",
        Some(8e9),
        "more_than",
        "EUR",
    );
    // A noun of measure needs no pronoun …
    one("لا تتجاوز نسبة 4 في المئة", Some(4.0), "at_most", "%");
    one("لم تتجاوز الـ900 وحدة", Some(900.0), "at_most", "وحدة");
    one("والزيادة لن تتعدى 15 جنيها", Some(15.0), "at_most", "EGP");
    one("الإنفاق يتعدى 40%", Some(40.0), "more_than", "%");
    // … but any other noun does, and a ة is not a pronoun.
    let v = q("يزيد خبرة على 5 أشخاص");
    assert!(v.iter().all(|x| x.4 == "exact"), "{v:?}");
}

#[test]
fn two_figures_joined_by_or() {
    bounded("يحتاج المريض 2 أو 3 جرعات", 2.0, 3.0, "range", "جرعة");
    bounded("أصيب خمسة أو ستة عمال", 5.0, 6.0, "range", "عامل");
    bounded("ارتفعت الأسعار 10 أو 12 في المئة", 10.0, 12.0, "range", "%");
    // Time units stay with the time expressions; a descending pair is no range.
    assert!(q("بعد 2 أو 3 أيام").is_empty());
    let v = q("سجل 6 أو 4 أهداف");
    assert!(v.iter().all(|x| x.4 != "range"), "{v:?}");
}

#[test]
fn hedge_before_an_opening_quote() {
    let v = q("وقال إن نحو \"300 جندي\" وصلوا");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!((v[0].1, v[0].4.as_str()), (Some(300.0), "approximately"));
    assert!(v[0].0.starts_with("نحو"), "{v:?}");
}

#[test]
fn direction_verbs_and_masdars_are_not_units() {
    assert!(q("قصف تلة 35 شمالي البلدة").is_empty());
    assert!(q("وهي واحدة من عدة يرى أصحابها").is_empty());
    assert!(q("أكد أن 40 لاستكمال المشروع").is_empty());
    // لاعب and لاجئ keep their own ل.
    one("ضم الفريق 11 لاعبا", Some(11.0), "exact", "لاعب");
}

#[test]
fn tatweel_dash_scores_and_seasons() {
    // A descending pair with a tatweel dash is a score, even with a word after it.
    assert!(q("وفاز الفريق 3 ـ 1 بمباراة الإياب").is_empty());
    // Seasons and references without a unit are not ranges.
    assert!(q("توج في موسمي (88 ـ 89)").is_empty());
    // With a cue and a unit, a tatweel dash is a range.
    bounded("يتراوح بين 4 ـ 6 آلاف جندي", 4000.0, 6000.0, "range", "جندي");
}

#[test]
fn postposed_several_after_adjectives_and_clitics() {
    bounded(
        "نفذت طائرات حربية روسية عدة غارات",
        3.0,
        9.0,
        "vague",
        "طائرة",
    );
    bounded("استند إلى أدلة عدة", 3.0, 9.0, "vague", "دليل");
    bounded("مر بمراحل عدة", 3.0, 9.0, "vague", "مرحلة");
    // عدة + a word with a possessive ـها is not عدة + its noun.
    assert!(q("في مدن عديدة وعدة أبرزها دمشق")
        .iter()
        .all(|x| x.5.as_deref() != Some("أبرزه")));
}

#[test]
fn hamza_al_is_a_root_not_the_article() {
    one("أحرز النادي سبعة ألقاب", Some(7.0), "exact", "لقب");
    one("فكك الفريق أربعة ألغام", Some(4.0), "exact", "لغم");
    assert!(q("الخسارة بثمانية ألمانيا").is_empty());
}

#[test]
fn elliptic_amount_takes_the_previous_currency() {
    let v = q("ارتفع الاحتياطي إلى 30 مليار دولار مقابل نحو 27 مليارا قبل عام");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[1].5.as_deref(), Some("USD"), "{v:?}");
    assert_eq!(v[1].4, "approximately");
    // A conversion in brackets is passed over.
    let v = q("بلغ الدين 2.1 تريليون جنيه (120 مليار دولار) صعودا من 1.9 تريليون");
    assert_eq!(v.last().and_then(|x| x.5.as_deref()), Some("EGP"), "{v:?}");
    // A count named in between, or another sentence, breaks the link (the count
    // named is the unit: «بلغ عدد X N» since session 18).
    let v = q("أنفقت 3 ملايين دولار. وبلغ عدد الزوار 2 مليون");
    assert!(
        v.iter()
            .all(|x| x.0 == "3 ملايين دولار" || x.5.as_deref() == Some("زائر")),
        "{v:?}"
    );
}

#[test]
fn quake_magnitude_is_not_degrees() {
    one(
        "ضرب زلزال بقوة 4.7 درجة شرق الجزيرة",
        Some(4.7),
        "exact",
        "درجة",
    );
    one(
        "هزة أرضية شدتها 3 درجات على مقياس ريختر",
        Some(3.0),
        "exact",
        "درجة",
    );
    // Heat, not a quake: a degree of it is Celsius (s23b Q2).
    one("سجلت الحرارة 41 درجة", Some(41.0), "exact", "°C");
}

#[test]
fn pound_defaults_to_egp_unless_the_context_says_otherwise() {
    // An Egyptian article that names a Sudanese team keeps the Egyptian pound.
    let text = "تعادل الزمالك مع المريخ السوداني في أم درمان بعد فوزه في القاهرة. \
                وكان النادي المصري قد دفع 15 مليون جنيه لضم المهاجم من مصر المقاصة.";
    let v = q(text);
    assert_eq!(v.last().and_then(|x| x.5.as_deref()), Some("EGP"), "{v:?}");
    // The Sudanese pound written out once decides the bare ones.
    let text = "تراجع الجنيه السوداني أمام الدولار. وبلغ سعر الخبز 90 جنيها.";
    let v = q(text);
    assert_eq!(v.last().and_then(|x| x.5.as_deref()), Some("SDG"), "{v:?}");
    // A country cue in the same clause.
    one(
        "باع التاجر في الخرطوم بضاعته بـ500 جنيه في السودان",
        Some(500.0),
        "exact",
        "SDG",
    );
    // A dollar stays US next to an amount in another dollar.
    let text = "بلغت الكلفة 20 مليون دولار سنغافوري أي 15 مليون دولار";
    let v = q(text);
    assert_eq!(v.last().and_then(|x| x.5.as_deref()), Some("USD"), "{v:?}");
}

#[test]
fn repeated_scale_after_wa_is_a_second_number() {
    bounded(
        "يتراوح عددهم بين ألفين وأربعة آلاف عنصر",
        2000.0,
        4000.0,
        "range",
        "عنصر",
    );
    bounded(
        "كلفت ما بين مليونين وخمسة ملايين يورو",
        2e6,
        5e6,
        "range",
        "EUR",
    );
    // A larger scale still multiplies: ألف وخمسمائة مليون = 1.5 billion.
    one("رصدت ألف ومئتي مليون دينار", Some(1.2e9), "exact", "KWD");
}

#[test]
fn hedge_before_the_article_and_repeated_scale_after_a_fraction() {
    one(
        "اعتقل قرابة الـ 60 ناشطا",
        Some(60.0),
        "approximately",
        "ناشط",
    );
    one(
        "يعيش فيها نحو مليونين ونصف المليون نسمة",
        Some(2.5e6),
        "approximately",
        "نسمة",
    );
    // Still an ordinal after a definite noun.
    assert!(q("في الدورة الـ 40 للمهرجان").is_empty());
}

#[test]
fn hedges_with_slightly() {
    one(
        "حضر ما يزيد قليلا على 200 شخص",
        Some(200.0),
        "more_than",
        "شخص",
    );
    one("بيع بأقل بقليل من 30 دولارا", Some(30.0), "less_than", "USD");
    one("جمع أكثر بقليل من 70 صوتا", Some(70.0), "more_than", "صوت");
}

#[test]
fn spelled_latin_letter_before_a_model_number() {
    assert!(q("اشترت طائرات إف 35 متطورة").is_empty());
    assert!(q("دبابات تي 90 روسية").is_empty());
    // في and أم are words, not letters.
    one("قتل في 12 هجوما", Some(12.0), "exact", "هجوم");
}

#[test]
fn definite_scale_before_a_currency_is_a_round_amount() {
    one("اقتربت من عتبة التريليون دولار", Some(1e12), "exact", "USD");
    let v = q("تخطت مبيعاتها حاجز المليار يورو");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "المليار يورو");
    // Without a currency it is not an amount.
    assert!(q("الزائر المليون للمعرض").is_empty());
    // A hedge before it, or a fraction of it.
    one("استثمارات تفوق المليار دولار", Some(1e9), "more_than", "USD");
    one("رصدت نصف المليار دينار كويتي", Some(5e8), "exact", "KWD");
}

#[test]
fn dual_nouns_are_counts_of_two() {
    one(
        "أعلنت الشرطة مقتل شخصين في الهجوم",
        Some(2.0),
        "exact",
        "شخص",
    );
    one(
        "وقال مصدران مطلعان إن المفاوضات تعثرت",
        Some(2.0),
        "exact",
        "مصدر",
    );
    one(
        "قررت النيابة حبس ضابطين احتياطيا",
        Some(2.0),
        "exact",
        "ضابط",
    );
    one("حقق المنتخب فوزين متتاليين", Some(2.0), "exact", "فوز");
    one(
        "خسر الفريق في مباراتين وديتين",
        Some(2.0),
        "exact",
        "مباراة",
    );
    one(
        "وأطلقت البحرية صاروخين باتجاه السفينة",
        Some(2.0),
        "exact",
        "صاروخ",
    );
    // The clitic stays out of the span.
    let v = q("فاز الأهلي بهدفين نظيفين");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "هدفين");
    assert_eq!(v[0].5.as_deref(), Some("هدف"));
    // A hedge around the dual.
    one(
        "قتل شخصان على الأقل في الانفجار",
        Some(2.0),
        "at_least",
        "شخص",
    );
    one("أصيب أكثر من شخصين بجروح", Some(2.0), "more_than", "شخص");
    // اثنين after a plural-looking noun joins the span.
    let v = q("طردت الحكومة دبلوماسيين روسيين اثنين أمس");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].0, "دبلوماسيين روسيين اثنين");
    assert_eq!(v[0].5.as_deref(), Some("دبلوماسي"));
}

#[test]
fn dual_adjectives_settle_ambiguous_plurals() {
    // مسؤولين alone is mostly a plural; a dual adjective makes it two.
    one(
        "التقى الوزير مسؤولين كبيرين في الشركة",
        Some(2.0),
        "exact",
        "مسؤول",
    );
    assert!(q("التقى الوزير مسؤولين في الشركة").is_empty());
    assert!(q("حضر المسلمين والمواطنين").is_empty());
}

#[test]
fn dual_adjectives_predicates_and_words_are_not_counted() {
    for s in [
        "قوبل القرار بغضب واستياء كبيرين",
        "وقالت إن الشقيقتين كانتا قريبتين منها",
        "وأكد أن الرجلين مدنيان",
        "زار إيران ولبنان والسودان",
        "أجرى تمرينا مع سكان المنطقة وجيرانهم",
        "وأشار إلى أن البلدين تمران بمرحلة صعبة",
        "اجتمع الطرفان في البلدين",
        "استمر العمل سنتين كاملتين",
        "طلبت من الناس أن يكونوا حذرين",
    ] {
        let v = q(s);
        assert!(
            v.iter()
                .all(|r| r.1 != Some(2.0) || r.5.as_deref() == Some("مرة")),
            "{s}: {v:?}"
        );
    }
    // A time unit in the dual is a duration (times), not a quantity.
    assert!(q("بعد شهرين من المفاوضات").is_empty());
}

#[test]
fn others_after_a_dual_take_its_noun() {
    let v = q("قتل شخصان وأصيب 13 آخرون بجروح");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[1].0, "13 آخرون");
    assert_eq!(v[1].5.as_deref(), Some("شخص"));
}

#[test]
fn speeds_are_rate_units() {
    one(
        "بلغت سرعة الطائرة 880 كيلومترا بالساعة",
        Some(880.0),
        "exact",
        "km/h",
    );
    one(
        "تسير بسرعة 100 كيلومتر في الساعة",
        Some(100.0),
        "exact",
        "km/h",
    );
    one("بسرعة 120 كم/ساعة على الطريق", Some(120.0), "exact", "km/h");
    one("تحلق بسرعة 250 ميلا في الساعة", Some(250.0), "exact", "mph");
    let v = q("تتحرك الشهب بسرعة ما بين 11 إلى 72 كيلومترا في الثانية");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].4, "range");
    assert_eq!(v[0].5.as_deref(), Some("km/s"));
    one(
        "يتحرك بسرعة 30 كيلومترا في الثانية الواحدة",
        Some(30.0),
        "exact",
        "km/s",
    );
    // "in the first hour" is not "per hour".
    one("قطع 5 كيلومترات في الساعة الأولى", Some(5.0), "exact", "km");
}

#[test]
fn broken_plurals_after_small_counts_are_singular() {
    one("هناك 4 عوامل تؤثر على الأسعار", Some(4.0), "exact", "عامل");
    one("أحالت النيابة أربعة أمناء شرطة", Some(4.0), "exact", "أمين");
    one("يتضمن الكتاب تسعة فصول", Some(9.0), "exact", "فصل");
    one("لثلاثة أسباب رئيسية", Some(3.0), "exact", "سبب");
    // After 11 and more the noun is singular: مشاهد is a viewer.
    one("تابع البرنامج 6000 مشاهد", Some(6000.0), "exact", "مشاهد");
    // A form-IV masdar is not a plural.
    one("عمل خمسة إعلاميين", Some(5.0), "exact", "إعلامي");
    // Vague counts want a plural too; a sound plural is cut already.
    let v = q("لعدة عوامل اقتصادية");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].5.as_deref(), Some("عامل"));
    let v = q("انقطع البث عن آلاف المشاهدين");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].5.as_deref(), Some("مشاهد"));
}

// Session 10: classes from the corpus diff and the fresh reviews s10a/s10b.

#[test]
fn falling_figures_are_two_values_not_a_range() {
    // «من X إلى Y» with X > Y is a change, not a range.
    let v = q("وتراجعت نسبة الفقر من 31% إلى 18% خلال عقد");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!((v[0].1, v[1].1), (Some(31.0), Some(18.0)), "{v:?}");
    assert!(v
        .iter()
        .all(|r| r.4 == "exact" && r.5.as_deref() == Some("%")));
    // Rising figures stay a range.
    let v = q("يتراوح عدد الزوار من 300 إلى 500 زائر يوميا");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!((v[0].2, v[0].3), (Some(300.0), Some(500.0)));
    // A descending dash pair is still a score.
    assert!(q("فاز الفريق 3-1 على ضيفه").is_empty());
}

#[test]
fn a_year_before_ila_does_not_swallow_the_figure() {
    let v = q("ارتفع الإنتاج من 120 ألف برميل في 2015 إلى 340 ألف برميل في 2019");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[1].1, Some(340_000.0), "{v:?}");
    assert_eq!(v[1].5.as_deref(), Some("برميل"));
    let v = q("وصلت الحصة في 2017 إلى 12% من السوق");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!((v[0].1, v[0].5.as_deref()), (Some(12.0), Some("%")));
    // Two figures in digits, ascending, still make a range.
    let v = q("سيستقبل المستشفى 40 إلى 60 مريضا");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].4, "range");
}

#[test]
fn word_numbers_close_a_range_with_ila() {
    let v = q("وصل 3 إلى خمسة مسعفين إلى المكان");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(
        (v[0].2, v[0].3, v[0].4.as_str()),
        (Some(3.0), Some(5.0), "range")
    );
    assert_eq!(v[0].5.as_deref(), Some("مسعف"));
    let v = q("يعمل ستة إلى ثمانية مهندسين في الموقع");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!((v[0].2, v[0].3), (Some(6.0), Some(8.0)));
    // «واحدة» after a noun is the adjective "one", not the low end.
    let v = q("خفض سعر الفائدة لليلة واحدة إلى 17.75 في المئة");
    assert!(v.iter().all(|r| r.4 != "range"), "{v:?}");
    // No unit after the second number: no range (عاد 3 إلى خمسة is not counted).
    assert!(q("وتحول التصنيف من الفئة 3 إلى خمسة")
        .iter()
        .all(|r| r.4 != "range"));
}

#[test]
fn or_more_before_a_hedged_figure_is_not_a_post_hedge() {
    let v = q("أسفرت الغارات عن 40 قتيلا وأكثر من 300 جريح");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!((v[0].1, v[0].4.as_str()), (Some(40.0), "exact"), "{v:?}");
    assert_eq!(v[0].0, "40 قتيلا");
    assert_eq!((v[1].1, v[1].4.as_str()), (Some(300.0), "more_than"));
    // «N وأكثر» alone stays at_least.
    one("تقبل الطلبات من 5 طلاب وأكثر", Some(5.0), "at_least", "طالب");
}

#[test]
fn waw_initial_nouns_are_counted() {
    one("أقال الرئيس 6 وزراء", Some(6.0), "exact", "وزير");
    one("عين الملك 12 وزيرا جديدا", Some(12.0), "exact", "وزير");
    one(
        "يضم الكتاب 70 وصفة من المطبخ الشامي",
        Some(70.0),
        "exact",
        "وصفة",
    );
    // A conjunction + verb or + noun after a number is not its noun.
    assert!(q("سجل 3 وتعادل في مباراتين")
        .iter()
        .all(|r| r.1 != Some(3.0)));
    assert!(q("حصل على 4 وكأس الدوري").is_empty());
}

#[test]
fn masculine_sound_feminine_plurals_keep_the_bare_singular() {
    one(
        "حقق الفريق ثلاثة انتصارات متتالية",
        Some(3.0),
        "exact",
        "انتصار",
    );
    one("اتخذت الحكومة عدة إجراءات", None, "vague", "إجراء");
    one(
        "وقعت الوزارة خمسة بروتوكولات",
        Some(5.0),
        "exact",
        "بروتوكول",
    );
    // Feminine singulars keep their ة.
    one("شنت الطائرات ست غارات", Some(6.0), "exact", "غارة");
    one("تداول 4 عملات رقمية", Some(4.0), "exact", "عملة");
    one("شاركت خمس مدربات في الدورة", Some(5.0), "exact", "مدربة");
}

#[test]
fn bracketed_figures_take_the_unit_after_the_bracket() {
    one("ضبطت الدوريات (14) شخصا مخالفا", Some(14.0), "exact", "شخص");
    one(
        "تقع القرية على بعد (7) كم من الحدود",
        Some(7.0),
        "exact",
        "km",
    );
    one("تبلغ حمولتها (250) ألف طن", Some(250_000.0), "exact", "t");
    one(
        "فرضت غرامة (50,000) ريال على المخالف",
        Some(50_000.0),
        "exact",
        "SAR",
    );
    // Match minutes and list numbers are not counts.
    assert!(q("سجل الهدف الأول ميسي (12) والثاني سواريز (75) سجل منها").is_empty());
    assert!(q("(1) المقدمة (2) الخاتمة").is_empty());
}

#[test]
fn partitives_with_a_possessive_pronoun() {
    one("قتل 3 من جنوده في الكمين", Some(3.0), "exact", "جندي");
    one("اعتقلت الشرطة سبعة من عناصرها", Some(7.0), "exact", "عنصر");
    one("أصيب اثنان من مرافقيه", Some(2.0), "exact", "مرافق");
    // A singular noun with a pronoun is not counted: an age.
    assert!(q("توفي في الـ45 من عمره").is_empty());
}

#[test]
fn feminine_verbal_hedges() {
    one(
        "بقيمة قد تناهز 3 مليارات يورو",
        Some(3e9),
        "approximately",
        "EUR",
    );
    one("بنسبة تقارب 40 في المئة", Some(40.0), "approximately", "%");
    one(
        "بمساحة تزيد على 500 متر مربع",
        Some(500.0),
        "more_than",
        "m2",
    );
}

#[test]
fn elliptic_currency_passes_over_a_rate_of_change() {
    let v = q("بلغت الصادرات 40 مليار دولار متراجعة بنسبة 8% مقابل 43.5 مليار في العام السابق");
    assert_eq!(v.len(), 3, "{v:?}");
    assert_eq!(v[2].5.as_deref(), Some("USD"), "{v:?}");
}

#[test]
fn duals_after_a_superlative_count_and_after_a_plural_agree() {
    one(
        "أبرمت الشركة أكبر صفقتين في تاريخها",
        Some(2.0),
        "exact",
        "صفقة",
    );
    // An adjective-shaped ـين word right after an indefinite plural noun is its
    // adjective; a noun there is in construct with the plural and is counted.
    assert!(q("استعان المعهد بأساتذة ماهرين في التدريس").is_empty());
    assert!(q("وقعت عقود مع شركات صينيتين").is_empty());
    one("التقى الوزير قادة حزبين معارضين", Some(2.0), "exact", "حزب");
    one(
        "وتشير تقديرات شركتين إلى ارتفاع الطلب",
        Some(2.0),
        "exact",
        "شركة",
    );
}

#[test]
fn past_comparison_verbs_and_definite_tens_before_a_measure() {
    one(
        "حققت الشركة أرباحا تجاوزت 12 مليار درهم",
        Some(12e9),
        "more_than",
        "AED",
    );
    one("سجلت نسب التزام فاقت 120%", Some(120.0), "more_than", "%");
    one(
        "في موجة حر تخطت الخمسين درجة مئوية",
        Some(50.0),
        "more_than",
        "°C",
    );
    // Negated, "exceed" is a ceiling.
    one("بغرامة لا تجاوز 5 آلاف درهم", Some(5000.0), "at_most", "AED");
    let v = q("بغرامة لا تقل عن ألف درهم ولا تجاوز 5 آلاف درهم");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(
        (v[0].2, v[0].3, v[0].4.as_str()),
        (Some(1000.0), Some(5000.0), "range")
    );
    // A definite tens word alone after a comparison still needs no noun.
    let v = q("كان عمره فوق الثلاثين");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(
        (v[0].1, v[0].4.as_str()),
        (Some(30.0), "more_than"),
        "{v:?}"
    );
}

#[test]
fn counts_in_words_that_fill_quotes_are_titles() {
    assert!(q("عرض المخرج فيلم \"أربعة أصدقاء\" في المهرجان").is_empty());
    assert!(q("فازت حركة «سبع سنابل» بالانتخابات").is_empty());
    // Figures in digits in quotes are still counted.
    one("قال إن \"40 شخصا\" قتلوا", Some(40.0), "exact", "شخص");
    one(
        "وقال المسؤول إن \"خمسة أشخاص\" قتلوا",
        Some(5.0),
        "exact",
        "شخص",
    );
    one(
        "وسجل المهاجم \"هدفين\" في المباراة",
        Some(2.0),
        "exact",
        "هدف",
    );
}

#[test]
fn waw_words_need_a_feminine_or_plural_form() {
    // و + verb or adjective after a number: not a noun.
    assert!(q("صار الطريق إلى نهائي 2018 واضحا").is_empty());
    assert!(q("خرج مئات الآلاف وجه الرئيس لهم كلمة")
        .iter()
        .all(|r| r.5.as_deref() != Some("وجه")));
    one("سجلت 12 وفاة بالمرض", Some(12.0), "exact", "وفاة");
    // The tanween of a participle in brackets is not a counted noun.
    assert!(q("سجل كوستا هدفه الثاني (79) فارضا التمديد").is_empty());
}

#[test]
fn a_year_after_an_elliptic_amount_is_a_date() {
    let v = q("بلغت الإيرادات 12 مليار دولار عام 2017 مقابل 9.5 مليار عام 2016");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(
        (v[1].1, v[1].5.as_deref()),
        (Some(9.5e9), Some("USD")),
        "{v:?}"
    );
    // A duration is still not a quantity.
    assert!(q("استمرت الحرب 8 أعوام").is_empty());
}

#[test]
fn one_follows_the_noun_it_counts() {
    one("أصيب جندي واحد في الاشتباك", Some(1.0), "exact", "جندي");
    let v = q("أصيب جندي واحد في الاشتباك");
    assert_eq!(v[0].0, "جندي واحد", "{v:?}");
    one(
        "سقط صاروخ واحد على الأقل قرب المطار",
        Some(1.0),
        "at_least",
        "صاروخ",
    );
    one(
        "لم يسجل الفريق أكثر من هدف واحد طوال الموسم",
        Some(1.0),
        "more_than",
        "هدف",
    );
    // The proclitic stays outside the span.
    let v = q("فاز الفريق بهدف واحد دون رد");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(
        (v[0].0.as_str(), v[0].5.as_deref()),
        ("هدف واحد", Some("هدف"))
    );
    // The word after واحدة is not its unit.
    one("هناك قصة واحدة تستحق أن تروى", Some(1.0), "exact", "قصة");
    // Not counts: set phrases, «كرجل واحد», durations, no noun before it.
    assert!(q("وصلت الوفود في آن واحد إلى القاعة").is_empty());
    assert!(q("وقفوا كرجل واحد ضد القرار").is_empty());
    assert!(q("أعلنت الحكومة وقف النار من جانب واحد أمس").is_empty());
    assert!(q("استمرت المفاوضات لمدة أسبوع واحد").is_empty());
    assert!(q("قالت إن عينها على واحد فيهم فقط").is_empty());
    assert!(q("وأطلق ثلاثة صواريخ نحو الشمال وواحد باتجاه الجنوب")
        .iter()
        .all(|r| r.5.as_deref() != Some("باتجاه")));
    // A predicate after a definite noun.
    assert!(q("الهدف واحد لدى الطرفين").is_empty());
    // A feminine nisba adjective or a construct complement between the noun and
    // واحدة; a feminine noun without ة; a noun in ـا; a dual before واحدة.
    let v = q("تبنت الأحزاب رؤية سياسية واحدة للمرحلة");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(
        (v[0].0.as_str(), v[0].5.as_deref()),
        ("رؤية سياسية واحدة", Some("رؤية"))
    );
    assert!(q("استمر العقد سنة مالية واحدة").is_empty());
    let v = q("تجمعهم رحلة طيران واحدة إلى باريس");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].5.as_deref(), Some("رحلة"), "{v:?}");
    one("خاض البلد حرب واحدة فقط", Some(1.0), "exact", "حرب");
    one(
        "عزفت أوركسترا واحدة في الحفل",
        Some(1.0),
        "exact",
        "أوركسترا",
    );
    assert!(q("ثبتت على الباب مطرقتين واحدة كبيرة وأخرى صغيرة")
        .iter()
        .all(|r| r.1 != Some(1.0)));
    // Masculine واحد after a ة-noun is not its adjective: the percentage stays.
    one("ارتفع المؤشر بزيادة واحد في المئة", Some(1.0), "exact", "%");
}

#[test]
fn and_one_of_is_not_a_count() {
    assert!(q("التقى الوزير وأحد أبرز قادة المعارضة").is_empty());
    assert!(q("زارت اللجنة المدرسة وإحدى المستشفيات الميدانية").is_empty());
    // و + أحد عشر is still eleven.
    let v = q("ضم الوفد عشرة وزراء وأحد عشر خبيرا");
    assert!(
        v.iter()
            .any(|r| r.1 == Some(11.0) && r.5.as_deref() == Some("خبير")),
        "{v:?}"
    );
}

#[test]
fn a_word_with_a_pronoun_is_not_a_counted_noun() {
    // (The count after «مقابل» takes the unit before it since session 18.)
    let v = q("صوت 61 نائبا مع القانون مقابل 40 ضده");
    assert_eq!(v.len(), 2, "{v:?}");
    assert!(v.iter().all(|x| x.5.as_deref() == Some("نائب")), "{v:?}");
    let v = q("اعتقلت الشرطة أكثر من 30 بينهم قاصرون");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!((v[0].4.as_str(), v[0].5.as_deref()), ("more_than", None));
    assert!(q("أصيب في الحادث 4 إصاباتهم خطيرة").is_empty());
    // Words whose هم/ها/ه is their own: units as before.
    for w in [
        "درهم",
        "سهم",
        "أسهم",
        "مساهم",
        "تفاهم",
        "اتجاها",
        "وجها",
        "وجه",
        "اتجاه",
    ] {
        assert!(!pronoun_suffixed(w), "{w}");
    }
    for w in ["بينهم", "إصاباتهم", "سجلها", "ضده", "حتفهم", "لعبها"]
    {
        assert!(pronoun_suffixed(w), "{w}");
    }
    one("اشترى المستثمر 3 أسهم جديدة", Some(3.0), "exact", "سهم");
}

#[test]
fn a_perfect_verb_is_not_a_counted_noun() {
    assert!(q("وكانت السيارة 12 انطلقت من الميناء").is_empty());
    assert!(q("قال إن الشاحنة 7 وصلت متأخرة").is_empty());
    for w in ["انطلقت", "وصلت", "أعلنت"] {
        assert!(perfect_verb(w), "{w}");
    }
    // Nouns in ت keep it.
    for w in ["بيت", "صوت", "تابوت", "ياقوت", "ساعات", "إنترنت"] {
        assert!(!perfect_verb(w), "{w}");
    }
    one("دمرت الغارات 15 بيتا", Some(15.0), "exact", "بيت");
}

#[test]
fn a_whole_after_out_of_takes_the_unit_of_its_part() {
    let v = q("سجل المهاجم سبعة أهداف من أصل 12 أحرزها فريقه");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(
        (v[1].1, v[1].5.as_deref()),
        (Some(12.0), Some("هدف")),
        "{v:?}"
    );
    // A percentage is not carried over; a whole with its own unit keeps it.
    let v = q("ارتفع السهم 5% من أصل 20 جلسة");
    assert!(v.iter().any(|r| r.5.as_deref() == Some("جلسة")), "{v:?}");
    let v = q("وسجل 5% في الربع الأول من إجمالي 30 بالخارج");
    assert!(v.iter().all(|r| r.1 != Some(30.0)), "{v:?}");
}

#[test]
fn sound_plurals_of_maqsura_nouns() {
    one(
        "تعمل الشركة على 4 مستويات مختلفة",
        Some(4.0),
        "exact",
        "مستوى",
    );
    one(
        "افتتحت الوزارة خمسة مستشفيات ميدانية",
        Some(5.0),
        "exact",
        "مستشفى",
    );
    // Nouns whose ة-form is common keep it.
    one("عرضت ثلاث مسرحيات جديدة", Some(3.0), "exact", "مسرحية");
    one(
        "تقاتل في المدينة 6 ميليشيات مسلحة",
        Some(6.0),
        "exact",
        "ميليشيا",
    );
    one("فاز المدرب بأربعة كؤوس محلية", Some(4.0), "exact", "كأس");
    one(
        "خسر الفريق خمسة نهائيات متتالية",
        Some(5.0),
        "exact",
        "نهائي",
    );
}

#[test]
fn construct_numerals_after_a_preposition() {
    one(
        "تعاقد النادي مع اللاعب لخمس مباريات فقط",
        Some(5.0),
        "exact",
        "مباراة",
    );
    one("ترجم الكتاب بسبع لغات أوروبية", Some(7.0), "exact", "لغة");
    one("ارتفع الإنتاج بعشر مرات خلال عقد", Some(10.0), "exact", "مرة");
}

#[test]
fn the_day_after_a_month_with_minhu_is_a_date() {
    assert!(q("تبدأ البطولة في 14 يونيو وتنتهي في 15 منه").is_empty());
    assert!(q("يلتقي الفريقان في 3 مايو ثم حتى 20 منه").is_empty());
}

#[test]
fn nominative_duals_of_masdars_that_look_like_verbs() {
    let v = q("حقق الفريق في الدوري 8 انتصارات وتعادلان");
    assert!(
        v.iter()
            .any(|r| r.0 == "تعادلان" && r.1 == Some(2.0) && r.5.as_deref() == Some("تعادل")),
        "{v:?}"
    );
    // Dual verbs stay verbs.
    assert!(q("اللاعبان يلعبان معا منذ الصغر").is_empty());
}

#[test]
fn kilo_and_its_unit_in_two_words() {
    one(
        "ركض المتسابقون مسافة خمسين كيلو مترا حول البحيرة",
        Some(50.0),
        "exact",
        "km",
    );
    one(
        "سار الفريق 12 كيلو مترات على الأقدام",
        Some(12.0),
        "exact",
        "km",
    );
    one(
        "اشترت الأسرة ثلاثة كيلو غراما من الأرز",
        Some(3.0),
        "exact",
        "kg",
    );
    // «كيلو» alone is still a kilogram.
    let v = q("بيع 5 كيلو لحم في السوق");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!((v[0].0.as_str(), v[0].5.as_deref()), ("5 كيلو", Some("kg")));
    one("باع التاجر 5 كيلو من اللحم", Some(5.0), "exact", "kg");
}

#[test]
fn construct_duals_of_feminine_nouns_are_counts_of_two() {
    one(
        "ضبطت الشرطة مع الرجلين قطعتي سلاح من طراز قديم",
        Some(2.0),
        "exact",
        "قطعة",
    );
    one(
        "فككت الوحدة عبوتي غاز قرب السوق",
        Some(2.0),
        "exact",
        "عبوة",
    );
    // "My X" before an adjective, a definite word or a verb: no count.
    assert!(q("قال إن مدينتي جميلة في الربيع").is_empty());
    assert!(q("تركت قطعتي المفضلة على الطاولة").is_empty());
    assert!(q("قال: حياتي تغيرت منذ ذلك اليوم").is_empty());
    assert!(q("وقال إن طريقته تشبه شخصيتي كثيرا").is_empty());
}

#[test]
fn wounds_and_places_after_a_number_are_not_its_noun() {
    // «بجروح» says how they were hurt: the number's noun is elided (unit unknown).
    for (s, n) in [
        ("قتل اثنان وأصيب ستة بجروح في الحادث", 6.0),
        ("وأصيب 14 بجروح طفيفة", 14.0),
    ] {
        let v = q(s);
        assert!(v.iter().any(|x| x.1 == Some(n) && x.5.is_none()), "{v:?}");
        assert!(v.iter().all(|x| x.5.as_deref() != Some("بجروح")), "{v:?}");
    }
    // A year before ب + a country is no count of nisba nouns.
    let v = q("تأهل المنتخب إلى نهائيات 2018 بروسيا للمرة الأولى");
    assert!(v.iter().all(|x| x.5.as_deref() != Some("بروسي")), "{v:?}");
    // A real count after a number keeps its noun; ب + a noun is still read elsewhere.
    one("وصل 30 روسيا إلى المطار", Some(30.0), "exact", "روسي");
    one("قتل 12 شخصا بجروح خطيرة", Some(12.0), "exact", "شخص");
}

#[test]
fn attack_and_knock_plurals_take_their_own_singulars() {
    one(
        "شن المسلحون 4 هجمات على المواقع",
        Some(4.0),
        "exact",
        "هجمة",
    );
    one("سمع الجيران 3 دقات على الباب", Some(3.0), "exact", "دقة");
}

#[test]
fn a_number_before_the_count_it_gives() {
    one(
        "وبهذا يرتفع إلى 37 عدد القتلى منذ بداية الأسبوع",
        Some(37.0),
        "exact",
        "قتيل",
    );
    one("ليصل إلى 210 عدد المصابين", Some(210.0), "exact", "مصاب");
    // Not without إلى before the number, nor with an indefinite word after عدد.
    assert!(q("في 2016 عدد السكان كان أقل")
        .iter()
        .all(|x| x.5.as_deref() != Some("ساكن")));
    assert!(q("ارتفع إلى 12 عدد من الدول")
        .iter()
        .all(|x| x.5.as_deref() != Some("دولة")));
}

#[test]
fn thousands_of_fans() {
    let v = q("ومن المتوقع أن يحضر الآلاف من الجماهير إلى الملعب");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(
        (v[0].2, v[0].5.as_deref()),
        (Some(2000.0), Some("جمهور")),
        "{v:?}"
    );
    one(
        "تجمع 7 آلاف من الجماهير أمام البوابة",
        Some(7000.0),
        "exact",
        "جمهور",
    );
    // Not a count: the crowd itself.
    assert!(q("وهتفت الجماهير للفريق").is_empty());
}

#[test]
fn a_definite_numeral_after_the_plural_it_counts() {
    one(
        "خسر الفريق مبارياته الثلاث الأخيرة",
        Some(3.0),
        "exact",
        "مباراة",
    );
    one(
        "أجرت الدولة تجاربها الصاروخية الثماني",
        Some(8.0),
        "exact",
        "تجربة",
    );
    one(
        "واستقبل الرئيس اللاعبين الأربعة في القصر",
        Some(4.0),
        "exact",
        "لاعب",
    );
    // The unit is the noun before, never the word after (an early error: ستعجل).
    one("الدول الثلاث ستعجل", Some(3.0), "exact", "دولة");
    // A hamza before ل is a root letter, not the article: the pronoun is cut.
    one(
        "حقق النادي ألقابه القارية الخمسة",
        Some(5.0),
        "exact",
        "لقب",
    );
    // A singular noun before it, a time unit, or no noun: nothing.
    assert!(q("فاز الفريق الخمس مرات")
        .iter()
        .all(|x| x.5.as_deref() != Some("فريق")));
    assert!(q("وخلال السنوات الخمس الماضية").is_empty());
    assert!(q("وصلت الست إلى المنزل").is_empty());
}

#[test]
fn dot_as_thousands_separator_before_a_counted_noun() {
    // Exactly three digits after the dot and a counted noun: an integer.
    one(
        "سجلت المدارس نحو 2.418 تلميذاً في العام الدراسي",
        Some(2418.0),
        "approximately",
        "تلميذ",
    );
    one(
        "استقبلت المستشفيات 12.650 مريضا خلال الموسم",
        Some(12650.0),
        "exact",
        "مريض",
    );
    // «000» after the dot is never a decimal, whatever the unit.
    one("دفع اللاعب 25.000 يورو غرامة", Some(25000.0), "exact", "EUR");
    // Decimals stay: a scale word, a percentage, a measure, a currency counted in
    // thousandths, a price with three decimals, index points.
    one("صوت 2.750 مليون ناخب", Some(2_750_000.0), "exact", "ناخب");
    one("ارتفع التضخم إلى 3.125 بالمئة", Some(3.125), "exact", "%");
    one("قطع العداء 1.250 كيلومتر", Some(1.25), "exact", "km");
    one("بلغ سعر اللتر 2.000 دينار تونسي", Some(2.0), "exact", "TND");
    one("وصل سعر الصرف إلى 6.785 يوان", Some(6.785), "exact", "CNY");
    one("أغلق المؤشر عند 7.412 نقطة", Some(7.412), "exact", "نقطة");
    // Two dots are read as thousands already; one or two decimals are decimals.
    one(
        "نقل الأنبوب 1.250.000 برميل",
        Some(1_250_000.0),
        "exact",
        "برميل",
    );
    one(
        "يحتاج المشروع 2.45 مليون عامل",
        Some(2_450_000.0),
        "exact",
        "عامل",
    );
}

#[test]
fn of_them_with_a_dual_pronoun_is_not_a_unit() {
    // «منهما» (of the two of them) is a pronoun, not the counted noun.
    assert!(q("عاد 4000 منهما إلى بلادهم")
        .iter()
        .all(|x| x.5.as_deref() != Some("منهم")));
}

#[test]
fn more_than_with_the_colloquial_min() {
    one(
        "حضر الحفل ما يزيد من 300 شخص",
        Some(300.0),
        "more_than",
        "شخص",
    );
    // «ما يزيد من حدة التوتر»: no number, no quantity.
    assert!(q("وهو ما يزيد من حدة التوتر بين البلدين").is_empty());
}

#[test]
fn others_with_no_count_before_them() {
    // No earlier count lends a noun: the number of others, unit unknown.
    let v = q("قتل حارس وأصيب أربعة آخرون في الانفجار");
    assert!(
        v.iter()
            .any(|x| x.0 == "أربعة آخرون" && x.1 == Some(4.0) && x.5.is_none()),
        "{v:?}"
    );
    let v = q("أصيب 6 آخرين من رجال الإطفاء");
    assert!(
        v.iter().any(|x| x.0 == "6 آخرين" && x.1 == Some(6.0)),
        "{v:?}"
    );
    // With an earlier count the noun is carried, as before.
    let v = q("قتل 3 جنود وأصيب 5 آخرون");
    assert_eq!(v.get(1).and_then(|x| x.5.as_deref()), Some("جندي"), "{v:?}");
    // A bare number with no «آخرين» after it stays nothing.
    assert!(q("وصل أربعة إلى المدينة").is_empty());
}

/// The rows of `s` with no unit (an elided counted noun).
fn unitless(s: &str) -> Vec<Row> {
    q(s).into_iter().filter(|x| x.5.is_none()).collect()
}

#[test]
fn a_cardinal_with_its_noun_after_a_label_noun_counts() {
    one(
        "أنهى النادي المرحلة بأربع هزائم متتالية",
        Some(4.0),
        "exact",
        "هزيمة",
    );
    one(
        "أحرز الفريق في الجولة ثلاثة أهداف",
        Some(3.0),
        "exact",
        "هدف",
    );
    one("رفع المنتخب كأس العام أربع مرات", Some(4.0), "exact", "مرة");
    one(
        "ودع المجموعة خمسة لاعبين بسبب الإصابة",
        Some(5.0),
        "exact",
        "لاعب",
    );
    // A label numbered in digits or followed by «من» stays a name.
    assert!(q("يلعب الفريق في المجموعة 3 مع منتخبات قوية").is_empty());
    assert!(q("تنص المادة ثلاثة من الدستور على ذلك").is_empty());
    assert!(q("فاز الفريق في الجولة 12 أمس").is_empty());
}

#[test]
fn bare_vague_plurals_count_an_elided_noun() {
    let v = unitless("وذكرت مصادر طبية أن المئات أصيبوا بالاختناق");
    assert!(
        v.iter()
            .any(|x| x.0 == "المئات" && x.2 == Some(200.0) && x.3 == Some(900.0)),
        "{v:?}"
    );
    let v = unitless("وخرج الآلاف إلى الشوارع");
    assert!(
        v.iter().any(|x| x.0 == "الآلاف" && x.2 == Some(2000.0)),
        "{v:?}"
    );
    let v = unitless("ولقي عشرات حتفهم، وقتل عشرات في الغارات");
    assert!(v.iter().any(|x| x.0 == "عشرات" && x.4 == "vague"), "{v:?}");
    // The object after a definite one is not its noun; «من» + plural still is.
    let v = q("شاهد الملايين الحفل الختامي");
    assert!(v.iter().all(|x| x.5.is_none()) && v.len() == 1, "{v:?}");
    one("أصيب العشرات من المتظاهرين", None, "vague", "متظاهر");
    // An indefinite one before a word it may govern is left alone, and a place
    // after «من» is not counted.
    assert!(unitless("وتنتظر عشرات الملفات المتراكمة").is_empty());
    assert!(q("وصل الملايين من المغرب").is_empty());
}

#[test]
fn an_accusative_scale_word_with_no_noun() {
    let v = q("ونزح 45 ألفا من سكان الإقليم إلى المخيمات");
    assert!(v.iter().any(|x| x.1 == Some(45000.0)), "{v:?}");
    let v = unitless("وجرح خمسون ألفا خلال المعارك");
    assert!(
        v.iter()
            .any(|x| x.0 == "خمسون ألفا" && x.1 == Some(50000.0)),
        "{v:?}"
    );
    // The construct form waits for its noun; a lone scale word is not read.
    one("وصل 45 ألف زائر", Some(45000.0), "exact", "زائر");
    // A number with a hedge but no accusative scale is unchanged; a bare one is dropped.
    assert!(q("وصل 45 إلى المدينة").is_empty());
}

#[test]
fn verbs_and_glued_words_are_not_units() {
    // A future verb after the number.
    assert!(q("وقال إن 12 سيحصلون على مكافآت")
        .iter()
        .all(|x| x.5.as_deref() != Some("سيحصلون")));
    assert!(q("أكد أن 40 ستشارك في المعرض")
        .iter()
        .all(|x| x.5.as_deref() != Some("ستشارك")));
    // Nouns in س stay nouns.
    one("اشترت الشركة 30 سيارة جديدة", Some(30.0), "exact", "سيارة");
    one("شاركت 12 سيدة في السباق", Some(12.0), "exact", "سيدة");
    // An age group names a team.
    assert!(q("عين مدربا لمنتخب تحت 20 ستلعب قريبا").is_empty());
    assert!(q("تأهل فريق دون 17 إلى النهائي").is_empty());
    one("يحصل على راتب تحت 20 دولارا", Some(20.0), "less_than", "USD");
    // A time unit glued to the preposition after it is an age, not a noun.
    assert!(q("انتقل اللاعب البالغ 27 عامافي الصيف").is_empty());
    // A model number after an aircraft or phone maker.
    assert!(q("وصلت طائرة بوينج 777 قادمة من لندن").is_empty());
    assert!(q("أطلقت الشركة هاتف آيفون 11 الجديد").is_empty());
}

#[test]
fn the_short_plural_of_point() {
    one("يبتعد المتصدر بفارق ست نقط", Some(6.0), "exact", "نقطة");
}

#[test]
fn a_quoted_name_named_elsewhere_in_the_document() {
    let text = "فازت حركة \"سبعة أنهار\" بالانتخابات. وقال عضو في \"سبعة أنهار\" إن الحكومة جاهزة.";
    assert!(q(text).is_empty(), "{:?}", q(text));
    // Without the title noun anywhere the quoted count is kept.
    let v = q("وقال الشاهد إنه رأى \"سبعة أنهار\" تجف في الصيف.");
    assert_eq!(v.len(), 1, "{v:?}");
}

#[test]
fn duals_after_an_ordinal_or_first_last() {
    one("سدد المدافع الكرة الثالثة مرتين", Some(2.0), "exact", "مرة");
    one(
        "غاب الحارس عن أول مباراتين في الدوري",
        Some(2.0),
        "exact",
        "مباراة",
    );
    one("خسر الفريق آخر مواجهتين", Some(2.0), "exact", "مواجهة");
    // A cardinal right before the dual still blocks it.
    assert!(q("حضر 3 مرتين").iter().all(|x| x.1 != Some(2.0)));
}

#[test]
fn definite_dual_scales_and_exceed_verbs() {
    let v = q("ويتجاوز عدد قراء الصحيفة المليونين يوميا");
    assert!(
        v.iter()
            .any(|x| x.1 == Some(2e6) && x.4 == "more_than" && x.5.is_none()),
        "{v:?}"
    );
    let v = q("تجاوز عدد سكان العاصمة ثلاثة ملايين نسمة");
    assert!(
        v.iter().any(|x| x.1 == Some(3e6) && x.4 == "more_than"),
        "{v:?}"
    );
    one(
        "خصصت الحكومة المليارين دولار للمشروع",
        Some(2e9),
        "exact",
        "USD",
    );
    // The year 2000 and a dual in construct are not read.
    assert!(q("منذ الألفين تغيرت المدينة").is_empty());
}

#[test]
fn a_hedged_fraction_of_them() {
    let v = q("قتل 200 شخص، أكثر من نصفهم نساء");
    assert!(
        v.iter()
            .any(|x| x.0 == "أكثر من نصفهم" && x.1 == Some(0.5) && x.4 == "more_than"),
        "{v:?}"
    );
    let v = q("نحو ثلثيهم من الشباب");
    assert!(
        v.iter()
            .any(|x| x.1.is_some_and(|v| (v - 2.0 / 3.0).abs() < 1e-9)),
        "{v:?}"
    );
    // Without a hedge and with no count before it nothing is read.
    assert!(q("نصفهم من الأطفال").is_empty());
}

#[test]
fn vague_plurals_that_name_no_count() {
    // Billionaires, double digits, and a scale after a definite numeral.
    assert!(unitless("ارتفع عدد أصحاب المليارات في آسيا").is_empty());
    assert!(unitless("بقي التضخم في خانة العشرات طوال العام").is_empty());
    assert!(q("تجاوزت المشاهدات الخمسة ملايين")
        .iter()
        .all(|x| x.2 != Some(2e6)));
}

#[test]
fn a_label_noun_before_a_price_or_a_prepositional_word() {
    one("بلغ سعر هاتف آيفون 640 دولارا", Some(640.0), "exact", "USD");
    one(
        "حقق الفيلم هذا العام 40 مليون دولار",
        Some(4e7),
        "exact",
        "USD",
    );
    one(
        "نشر ضمن مئة برنامج تلفزيوني",
        Some(100.0),
        "exact",
        "برنامج",
    );
    // A year after «عام» stays a date even before an amount.
    assert!(q("افتتح عام 1990 مليون زائر")
        .iter()
        .all(|x| x.1 != Some(1.99e9)));
    // «لكأس» after the number is not its noun.
    assert!(q("نال النادي تسعة ألقاب للدوري وخمسة لكأس الملك")
        .iter()
        .all(|x| x.5.as_deref() != Some("كأس")));
    // ألا = أن + لا: a negated floor.
    let v = q("بشرط ألا تقل قيمة الاستثمار عن 5 ملايين دولار");
    assert!(
        v.iter().any(|x| x.1 == Some(5e6) && x.4 == "at_least"),
        "{v:?}"
    );
    let v = q("وتجاوز عدد الزوار 300 ألف زائر");
    assert!(
        v.iter()
            .any(|x| x.0.starts_with("تجاوز") && x.4 == "more_than"),
        "{v:?}"
    );
}

#[test]
fn digits_and_the_definite_ten_after_a_definite_plural() {
    one(
        "تتنافس الأندية الـ 18 على اللقب هذا الموسم",
        Some(18.0),
        "exact",
        "نادي",
    );
    one("صادقت الدول ال27 على الاتفاق", Some(27.0), "exact", "دولة");
    // A nisba adjective may stand between.
    one(
        "وصلت الفرق الأوروبية الـ12 إلى المرحلة",
        Some(12.0),
        "exact",
        "فريق",
    );
    one(
        "غاب اللاعب عن المباريات العشر الأخيرة",
        Some(10.0),
        "exact",
        "مباراة",
    );
    one("اجتمع الوزراء العشرة صباحا", Some(10.0), "exact", "وزير");
    // A singular before the number: an ordinal (a name, an anniversary); a time
    // unit is the time extractor's; «العشر» with no plural before it is nothing.
    assert!(q("نصت الفقرة الـ 4 على العقوبة").is_empty());
    assert!(q("أحيت البلاد الذكرى الـ50 للاستقلال").is_empty());
    assert!(q("خلال الأشهر الـ 6 الماضية").is_empty());
    assert!(q("يعتكف المصلون في العشر الأواخر").is_empty());
    assert!(q("وخلال الأيام العشرة المقبلة").is_empty());
    // A plural nisba after a definite noun is its adjective: the noun decides.
    one(
        "أعلن المدرب أسماء اللاعبين المصريين الـ 23",
        Some(23.0),
        "exact",
        "لاعب",
    );
    assert!(q("افتتحت اجتماعات الصندوق والبنك الدوليين الـ70").is_empty());
    // A noun that is not read leaves the nisba to count; a feminine elative in ى
    // is an adjective like a nisba. (الحكام is read since session 18: حكم.)
    one(
        "استبعد الاتحاد الحكام المغربيين الثلاثة",
        Some(3.0),
        "exact",
        "حكم",
    );
    one(
        "استبعد الاتحاد الرماة المغربيين الثلاثة",
        Some(3.0),
        "exact",
        "مغربي",
    );
    one(
        "تراجعت أسهم المصارف الكبرى الأربعة",
        Some(4.0),
        "exact",
        "مصرف",
    );
    // «ى» is no nisba: «الذكرى» is the singular head, whatever precedes it.
    assert!(q("أحيا الطلاب الذكرى الـ40 للثورة").is_empty());
    // A numeral with و is an item of a list.
    assert!(q("زار الوفد المعسكرات والسبعة").is_empty());
}

#[test]
fn partitives_over_a_pronoun_and_min_bayn() {
    // N منهم takes the noun of the count before it in the sentence, else null.
    let v = q("اعتقلت الشرطة 12 شخصا، 4 منهم قاصرون");
    assert!(
        v.iter()
            .any(|x| x.0 == "4" && x.1 == Some(4.0) && x.5.as_deref() == Some("شخص")),
        "{v:?}"
    );
    let v = q("وقال إن ثلاثة منهم في حالة خطرة");
    assert!(
        v.iter()
            .any(|x| x.0 == "ثلاثة" && x.1 == Some(3.0) && x.5.is_none()),
        "{v:?}"
    );
    // Vague words before منهم / من هؤلاء / آخرون.
    let v = q("وأصيب عشرات منهم بحروق");
    assert!(
        v.iter()
            .any(|x| x.0 == "عشرات" && x.2 == Some(20.0) && x.5.is_none()),
        "{v:?}"
    );
    let v = q("وفر مئات من هؤلاء إلى الجبال");
    assert!(
        v.iter().any(|x| x.0 == "مئات" && x.2 == Some(200.0)),
        "{v:?}"
    );
    let v = q("قتل خمسة شرطيين وجرح عشرات آخرون");
    assert!(
        v.iter()
            .any(|x| x.0 == "عشرات آخرون" && x.5.as_deref() == Some("شرطي")),
        "{v:?}"
    );
    let v = q("وجرح مئات آخرين في الاشتباكات");
    assert!(
        v.iter().any(|x| x.0 == "مئات آخرين" && x.5.is_none()),
        "{v:?}"
    );
    // من بين: a definite plural, or the noun of a further count (the span stops
    // at بين, the second count stays its own).
    one("أفرج عن اثنين من بين الرهائن", Some(2.0), "exact", "رهينة");
    let v = q("ضمت القائمة أربعة من بين أغنى عشرين رجلا");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[0].0, "أربعة من بين");
    assert_eq!(v[0].5.as_deref(), Some("رجل"));
    assert_eq!(v[1].1, Some(20.0));
    // «واحد منهم» is "one of them", not a count; منه after a singular is nothing.
    assert!(q("وقال واحد منهم للصحفيين")
        .iter()
        .all(|x| x.1 != Some(1.0)));
    assert!(q("نصت المادة 7 منه على الحق").is_empty());
    // A vague word with a following noun keeps it.
    let v = q("أصيب عشرات المدنيين في القصف");
    assert_eq!(
        v.first().and_then(|x| x.5.as_deref()),
        Some("مدني"),
        "{v:?}"
    );
}

#[test]
fn dashed_chains_event_years_and_model_codes_are_not_counts() {
    // A formation: no figure of it is a count of the adjective after it.
    assert!(q("لعب المنتخب بخطة 4-3-3 هجومية").is_empty());
    assert!(q("اعتمد المدرب طريقة 5-3-2 دفاعية").is_empty());
    // A range with a unit still reads («10-20 شخصا»).
    let v = q("أصيب 10-20 شخصا في الحادث");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].4, "range");
    // The year of a named event, before the sentence's predicate or object.
    assert!(q("ويعد غياب المدافع عن مونديال 2022 خسارة كبيرة").is_empty());
    assert!(q("وكان خروجه من يورو 2020 صدمة للجماهير").is_empty());
    assert!(q("وخاض في كأس العالم 2010 مباراة").is_empty());
    // A hedged or currency amount after an event word is still an amount.
    one(
        "كلف تنظيم بطولة نحو 200 مليون دولار",
        Some(200_000_000.0),
        "approximately",
        "USD",
    );
    // A Latin letter inside a code is no unit; a unit at the end of the figure is.
    assert!(q("أسقطت الطائرة بصاروخ من فئة 9k37 الروسية").is_empty());
    one("قطع المتسابق 10km في ساعة", Some(10.0), "exact", "km");
}

#[test]
fn at_least_after_an_adjective_of_the_counted_noun() {
    one(
        "انتشل المسعفون ست جثث متفحمة على الأقل",
        Some(6.0),
        "at_least",
        "جثة",
    );
    one(
        "اعتقلت السلطات 40 ناشطا معارضا على الأقل",
        Some(40.0),
        "at_least",
        "ناشط",
    );
    one(
        "تضم المدينة 30 مسجدا أثريا تقريبا",
        Some(30.0),
        "approximately",
        "مسجد",
    );
    // A definite word or a preposition in between: no hedge of this count.
    let v = q("قتل 5 أشخاص في الغارة على الأقل");
    assert_eq!(v.first().map(|x| x.4.as_str()), Some("exact"), "{v:?}");
}

#[test]
fn a_partitive_head_before_an_indefinite_complement() {
    one(
        "وقع العريضة 300 من مستخدمي منصة إكس",
        Some(300.0),
        "exact",
        "مستخدم",
    );
    one("وصل 15 من سكان قرية مجاورة", Some(15.0), "exact", "ساكن");
    one("اعتقل ستة من أعضاء حركة معارضة", Some(6.0), "exact", "عضو");
    // A singular head is part of a name, not a count.
    assert!(q("انطلقت الدورة 30 من مهرجان قرطاج").is_empty());
    // «زملائي» is "my colleagues" before a verb; credits are no partitive.
    assert!(q("قال إن اثنين من زملائي سيغادران البلاد")
        .iter()
        .all(|x| x.5.as_deref() != Some("زملائ")));
    assert!(q("أطلق أغنية بعنوان (2025) من كلمات سامي")
        .iter()
        .all(|x| x.5.as_deref() != Some("كلمة")));
}

#[test]
fn post_nominal_several_after_a_broken_plural() {
    let v = q("واجه المزارعون مشاغل يومية عدة");
    assert!(
        v.iter()
            .any(|x| x.0 == "مشاغل يومية عدة" && x.4 == "vague" && x.2 == Some(3.0)),
        "{v:?}"
    );
    // A plural in ايا is not cut to …اي.
    let v = q("تقدم الشركة مزايا عدة للموظفين");
    assert_eq!(
        v.first().and_then(|x| x.5.as_deref()),
        Some("ميزة"),
        "{v:?}"
    );
    // A singular before عدة is not counted («مرة عدة» is no phrase; «عدة» before
    // its noun works as before).
    let v = q("زار الوفد عدة مدن");
    assert_eq!(
        v.first().and_then(|x| x.5.as_deref()),
        Some("مدينة"),
        "{v:?}"
    );
}

#[test]
fn unit_lemmas_of_loanwords_ranks_and_misspellings() {
    one("رسم الكاهن أربعة أساقفة جددا", Some(4.0), "exact", "أسقف");
    one("حرر المتهم سبعة شيكات مرتجعة", Some(7.0), "exact", "شيك");
    one("اشترت البلدية 20 باصات", Some(20.0), "exact", "باص");
    one("شارك 48 منتخبات في التصفيات", Some(48.0), "exact", "منتخب");
    one("خاض الفريق ثماني مبارات", Some(8.0), "exact", "مباراة");
    one("خسر النادي مبارتين متتاليتين", Some(2.0), "exact", "مباراة");
    one("ضم الفريق أربعة هدافين", Some(4.0), "exact", "هداف");
    // Sound plurals of other shapes keep their own singular.
    one("عين النادي أربعة مدربين", Some(4.0), "exact", "مدرب");
    one("رحبت الحكومة بثلاث مبادرات", Some(3.0), "exact", "مبادرة");
}

#[test]
fn the_verb_praised_is_not_the_numeral_two() {
    assert!(q("أثنى قائد الفريق على زملائه بعد الفوز").is_empty());
    assert!(q("وأثنى الرئيس كثيرا على جهود الوسطاء").is_empty());
    assert!(q("لكنها أثنت رغم ذلك على أداء المنتخب").is_empty());
    // The numeral itself is still read.
    one("وقع اثنا عشر لاعبا العقد", Some(12.0), "exact", "لاعب");
    one(
        "اعتقلت الشرطة اثنين من المشتبه بهم",
        Some(2.0),
        "exact",
        "مشتبه",
    );
}

#[test]
fn an_age_is_not_a_count_of_the_next_word() {
    assert!(q("في عمر الـ 77 سليم يعود إلى المسرح").is_empty());
    assert!(q("في سن الـ50 الكاتب ينشر روايته الأولى").is_empty());
    assert!(q("بعمر 90 جدتي لا تزال تطبخ").is_empty());
    // «من العمر» ends an age; a count after it stays.
    one(
        "قتل طفل دون العاشرة من العمر وستة راشدين",
        Some(6.0),
        "exact",
        "راشد",
    );
    // عمر as a name: «بن عمر» before a count.
    one("لعب بن عمر 7 مباريات", Some(7.0), "exact", "مباراة");
    // A count after another word is still read.
    one(
        "في عام واحد استقبل المستشفى 85 مريضا",
        Some(85.0),
        "exact",
        "مريض",
    );
}

#[test]
fn consecutive_years_are_not_ratios_or_ranges() {
    assert!(q("أظهرت نتائج السنة المالية 2016/2017 تحسنا").is_empty());
    assert!(q("في الموسم الدراسي 2019-2020 بدأ العمل بالمنهج").is_empty());
    assert!(q("ابتداء من 2020 فصاعدا تتغير الرسوم").is_empty());
    assert!(q("فاز في مهرجان برلين 2019 فيلم تونسي").is_empty());
    // A range of counts and a real ratio stay.
    let v = q("حضر بين 2000 و3000 شخص");
    assert!(v.iter().any(|x| x.4 == "range"), "{v:?}");
    // A year glued to the figure after it: the figure alone.
    one(
        "سجلت الشركة في 2017 مليار و300 مليون راكب",
        Some(1.3e9),
        "exact",
        "راكب",
    );
    // A large figure after «في» that is no year keeps its scale.
    one("استثمرت في 2500 مليون مشروع", Some(2.5e9), "exact", "مشروع");
}

#[test]
fn added_time_glued_names_and_one_after_another() {
    assert!(q("عادل النتيجة في الدقيقة 90+3 بنفس الأسلوب").is_empty());
    assert!(q("بثت قناة فرانس24 تقريرا عن الانتخابات").is_empty());
    assert!(q("قال الوزير لفرانس24 بشأن المفاوضات").is_empty());
    // A word glued to a count by a lost space is no name: «وفرض21 خطيبا».
    one("وعين الوزير17 مستشارا", Some(17.0), "exact", "مستشار");
    assert!(q("سقطت الأهداف واحدا تلو الآخر").is_empty());
    // A clitic glued to digits is no name: «ب24 صوتا».
    let v = q("فاز المرشح ب24 صوتا");
    assert!(v.iter().any(|x| x.1 == Some(24.0)), "{v:?}");
    // A hedge glued to its number by a lost space keeps it.
    let v = q("قتل حوالي20 شخصا في الهجوم");
    assert!(v.iter().any(|x| x.1 == Some(20.0)), "{v:?}");
}

#[test]
fn prepositional_words_and_verbs_are_not_units() {
    // ب on a word the corpus knows without it.
    let v = q("وصل 12 بمدينة حمص أمس");
    assert!(v.iter().all(|x| x.5.as_deref() != Some("بمدينة")), "{v:?}");
    let v = q("تظاهر عشرات الآلاف بحجة الدفاع عن الأرض");
    assert!(v.iter().all(|x| x.5.as_deref() != Some("بحجة")), "{v:?}");
    // An imperfect verb after a definite scale: a vague count, unit null.
    let v = q("نزلت مئات الآلاف تهتف في الساحات");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].4, "vague", "{v:?}");
    assert_eq!(v[0].5, None, "{v:?}");
    // An indefinite scale keeps its noun: «بضعة آلاف شخص».
    one("تجمع بضعة آلاف شخص في الساحة", None, "vague", "شخص");
    // ب as a root letter: units stay.
    one("صدرت البلاد 500 برميل", Some(500.0), "exact", "برميل");
    one("فاز الفريق بخمس بطولات", Some(5.0), "exact", "بطولة");
    one("رفع الحكم 12 بطاقة صفراء", Some(12.0), "exact", "بطاقة");
    one("زار الوفد ثلاثة بلدان", Some(3.0), "exact", "بلد");
    // ب as a root letter whose rest is a rare word: «بحارا» (sailors).
    one("أنقذ خفر السواحل 19 بحارا", Some(19.0), "exact", "بحار");
    // ت-nouns (and ت-masdars) are not verbs.
    let v = q("حقق الفريق فوزين مقابل تعادل واحد");
    assert!(
        v.iter()
            .any(|x| x.0 == "تعادل واحد" && x.5.as_deref() == Some("تعادل")),
        "{v:?}"
    );
    one("نشر الصحفي 15 تقريرا", Some(15.0), "exact", "تقرير");
    one("أطلق الناشطون 40 تغريدة", Some(40.0), "exact", "تغريدة");
}

#[test]
fn a_closing_quote_between_the_figure_and_its_noun() {
    let v = q("وقال إن المصابين \"30 رجلا إضافة إلى نحو 11\" امرأة");
    assert!(
        v.iter().any(|x| x.1 == Some(11.0)
            && x.4 == "approximately"
            && x.5.as_deref() == Some("امرأة")),
        "{v:?}"
    );
    // A quoted figure alone keeps no noun from outside the quote when a verb follows.
    let v = q("رفع اللاعب القميص رقم \"10\" أمس");
    assert!(
        v.iter()
            .all(|x| x.5.is_none() || x.5.as_deref() != Some("أمس")),
        "{v:?}"
    );
    // A title's number before its closing quote takes no word after it.
    let v = q("حقق فيلم \"المهمة 3\" نجاحا كبيرا");
    assert!(v.iter().all(|x| x.5.as_deref() != Some("نجاح")), "{v:?}");
}

#[test]
fn duals_of_common_nouns_and_broken_plural_units() {
    one("جرى اقتراعان في يوم واحد", Some(2.0), "exact", "اقتراع");
    one("صدر ترخيصان جديدان", Some(2.0), "exact", "ترخيص");
    // A فُعلان broken plural of a three-letter stem is not read as a dual.
    assert!(q("رعى الرجل قطعان الماشية").is_empty());
    // Not duals: a broken plural, a country, a name.
    assert!(q("رصد العلماء حيتان نافقة على الشاطئ").is_empty());
    assert!(q("زار الوزير لبنان أمس").is_empty());
    assert!(q("التقى الوفد في ميدان التحرير").is_empty());
    one("كتب الطالب 4 أسطر فقط", Some(4.0), "exact", "سطر");
    one("ضغط على 3 أزرار", Some(3.0), "exact", "زر");
}

#[test]
fn several_after_coordinated_plurals_and_the_verb_authored() {
    let v = q("نزح السكان من قرى وبلدات عدة");
    assert!(
        v.iter().any(|x| x.0 == "قرى وبلدات عدة" && x.4 == "vague"),
        "{v:?}"
    );
    // «عدة» after one plural as before.
    let v = q("نزح السكان من قرى عدة");
    assert!(v.iter().any(|x| x.0 == "قرى عدة"), "{v:?}");
    // ألّف + a first name: no thousand.
    assert!(q("وكذلك ألف يوسف رواية عن الهجرة").is_empty());
    // A thousand of a counted noun stays, a rare one too («ألف جلدة»).
    one("حكم عليه بالسجن وألف جلدة", Some(1000.0), "exact", "جلدة");
    one("شارك في المسيرة ألف شخص", Some(1000.0), "exact", "شخص");
    one("كتب المؤلف ألف صفحة", Some(1000.0), "exact", "صفحة");
}

#[test]
fn arabic_decimal_comma_inside_a_figure() {
    one(
        "خسرت الشركة 2،7 مليار يورو العام الماضي",
        Some(2.7e9),
        "exact",
        "EUR",
    );
    one("سجل التضخم 4،25 في المئة", Some(4.25), "exact", "%");
    let v = q("نقلت الطائرة 1،5 طن من الأدوية");
    assert!(
        v.iter().any(|x| x.0 == "1،5 طن" && x.1 == Some(1.5)),
        "{v:?}"
    );
    // Not decimals: a comma then a space, a list, thousands groups.
    let v = q("سجل الفريق 4، 3 منها في الشوط الثاني");
    assert!(v.iter().all(|x| x.1 != Some(4.3)), "{v:?}");
    let v = q("راجع الفقرات 4،5،6 من التقرير");
    assert!(v.iter().all(|x| x.1 != Some(4.5)), "{v:?}");
    one(
        "يسكن المدينة ٢،٥٠٠،٠٠٠ نسمة",
        Some(2_500_000.0),
        "exact",
        "نسمة",
    );
}

#[test]
fn definite_cardinal_before_a_scale_word() {
    one(
        "وزعت الوكالة الخمسة ملايين دولار على القرى",
        Some(5e6),
        "exact",
        "USD",
    );
    one(
        "استقبل المخيم الثمانية آلاف نازح خلال الشتاء",
        Some(8000.0),
        "exact",
        "نازح",
    );
    // A definite scale word after it is no amount of its own (الآلاف = "the thousands").
    let v = q("استقبل المخيم الثمانية الآلاف");
    assert!(v.iter().all(|x| x.1 != Some(8000.0)), "{v:?}");
    // A definite cardinal after its noun stays a post-posed count.
    one("غادر اللاعبون الخمسة الملعب", Some(5.0), "exact", "لاعب");
}

#[test]
fn money_kind_nouns_take_the_currency_of_the_sentence() {
    let v = q("رصد المانحون 3 مليارات دولار، منها 400 مليون من المساعدات العاجلة");
    assert!(
        v.iter()
            .any(|x| x.1 == Some(4e8) && x.5.as_deref() == Some("USD")),
        "{v:?}"
    );
    // No currency before it: the sum stays, with no unit (not «مساعدة»).
    let v = q("خصص الصندوق 250 مليونا كتبرعات للمدارس");
    assert!(
        v.iter().any(|x| x.1 == Some(2.5e8) && x.5.is_none()),
        "{v:?}"
    );
    // A counted noun after «من» is still the unit.
    one(
        "انضم 12 مليونا من المشتركين إلى الخدمة",
        Some(1.2e7),
        "exact",
        "مشترك",
    );
}

#[test]
fn a_second_currency_glued_by_a_hyphen() {
    let v = q("بلغت الصفقة 80 مليون دولار-70 مليون يورو");
    assert!(
        v.iter()
            .any(|x| x.1 == Some(7e7) && x.5.as_deref() == Some("EUR")),
        "{v:?}"
    );
    // Model numbers and disease names stay labels.
    assert!(q("اشترت الهند منظومة إس-400 الروسية").is_empty());
    assert!(q("ارتفعت إصابات كوفيد-19 في المدينة").is_empty());
}

#[test]
fn scores_after_at_the_hands_of_and_tolls_after_the_number_of() {
    assert!(q("ودع المنتخب البطولة على يد كرواتيا 2-3 بعد التمديد").is_empty());
    assert!(q("خرج النادي على يدي الأهلي 0-2 في نصف النهائي").is_empty());
    // A range with a counted noun stays.
    let v = q("أصيب ما بين 20-30 شخصا على يد المسلحين");
    assert!(v.iter().any(|x| x.4 == "range"), "{v:?}");
    one(
        "ارتفع عدد المفقودين إلى 37 بحسب الدفاع المدني",
        Some(37.0),
        "exact",
        "مفقود",
    );
    one(
        "وهو ما يرفع عدد الجرحى في المدينة إلى 150",
        Some(150.0),
        "exact",
        "جريح",
    );
    // No «عدد + noun»: a price or a rate is no count of anything.
    assert!(q("ارتفعت أسعار الخبز إلى 12 هذا الشهر").is_empty());
    // «عدد + noun» in another clause: not read.
    let v = q("بقي عدد القتلى مجهولا، وارتفعت الحرارة إلى 40");
    assert!(v.iter().all(|x| x.5.as_deref() != Some("قتيل")), "{v:?}");
    one("خسر الرياضي ثمانية أرطال", Some(8.0), "exact", "lb");
}

#[test]
fn fractions_of_a_counted_whole() {
    one(
        "يعارض ثلثا الأعضاء القرار",
        Some(0.666666666667),
        "exact",
        "عضو",
    );
    one(
        "صوت ربع الناخبين للمرشح المستقل",
        Some(0.25),
        "exact",
        "ناخب",
    );
    one(
        "قال ثلاثة أرباع المشاركين في الاستطلاع إنهم راضون",
        Some(0.75),
        "exact",
        "مشارك",
    );
    let v = q("يعمل أكثر من نصف الموظفين من المنزل");
    assert!(
        v.iter()
            .any(|x| x.1 == Some(0.5) && x.4 == "more_than" && x.5.as_deref() == Some("موظف")),
        "{v:?}"
    );
    // Not shares of a whole: a cup round, an hour, a singular, a definite fraction.
    assert!(q("تأهل الفريق إلى ربع النهائي").is_empty());
    assert!(q("انتظرنا نصف الساعة").is_empty());
    assert!(q("قطع نصف الطريق").is_empty());
    assert!(q("انتهى النصف الأول من المباراة").is_empty());
}

#[test]
fn fractions_before_rounds_masdars_and_measures_are_no_shares() {
    assert!(q("بلغ الفريق نصف النهائيات للمرة الأولى").is_empty());
    assert!(q("شارك في سباق نصف الماراثون").is_empty());
    let v = q("يمثل الدعم ربع الإنفاق العام");
    assert!(v.iter().all(|x| x.5.is_none()), "{v:?}");
    // A definite feminine cardinal after its noun, then a vague scale: not joined.
    let v = q("استوردت الدول الأربع آلاف الأطنان");
    assert!(v.iter().all(|x| x.1 != Some(4000.0)), "{v:?}");
}

#[test]
fn counts_after_a_casualty_verb_before_a_b_phrase() {
    let v = q("وأصيب ثلاثة بشظايا القذيفة");
    assert!(v.iter().any(|x| x.1 == Some(3.0) && x.5.is_none()), "{v:?}");
    let v = q("وقتل اثنان بقصف مدفعي");
    assert!(v.iter().any(|x| x.1 == Some(2.0) && x.5.is_none()), "{v:?}");
    // Not after another verb, nor before a definite ب-phrase.
    assert!(q("وفاز 3 بفارق كبير").is_empty());
    assert!(q("وأصيب 4 بالقرب من المدرسة").is_empty());
}

#[test]
fn predicate_duals_after_a_copula_are_no_counts() {
    // A dual predicate after a copula and its definite subject, or after «هما».
    assert!(q("كان الشوطان الأولان متكافئين تماما").is_empty());
    assert!(q("وأصبحت الشقيقتان مشهورتين في الحي").is_empty());
    assert!(q("وهما حاليا مسجونان في العاصمة")
        .iter()
        .all(|x| x.1 != Some(2.0)));
    assert!(q("وهما اليوم متزوجان").is_empty());
    // A dual object or subject is still a count.
    one(
        "وسجل المهاجمان هدفين في الشوط الثاني",
        Some(2.0),
        "exact",
        "هدف",
    );
    one("وأصيب جنديان في الكمين", Some(2.0), "exact", "جندي");
}

#[test]
fn verbs_and_possessed_nouns_are_no_units() {
    // A dual perfect verb after a number (a year before its verb).
    let v = q("عاما 1998 و2002 كانا الأفضل في مسيرته");
    assert!(v.iter().all(|x| x.5.as_deref() != Some("كان")), "{v:?}");
    // «ألف + noun with ـي» is the verb ألّف; a counted noun carries no possessive.
    assert!(q("وقد ألف كتابي الأول في السجن").is_empty());
    one("وطبعت الدار ألف كتاب جديد", Some(1000.0), "exact", "كتاب");
    one(
        "وأرسلت الوزارة 300 عسكري إلى الحدود",
        Some(300.0),
        "exact",
        "عسكري",
    );
    // A perfect verb with an object pronoun after a vague word: a relative clause.
    let v = q("مثل ملايين أقلقهم ارتفاع الأسعار");
    assert!(v.iter().all(|x| x.5.as_deref() != Some("أقلقهم")), "{v:?}");
    one("وشارك آلاف المتظاهرين في المسيرة", None, "vague", "متظاهر");
}

#[test]
fn ages_and_anniversaries_are_no_counts() {
    assert!(q("وحين بلغ الـ 52 من العمر اعتزل").is_empty());
    assert!(q("وتوفي في الـ 70 من السن").is_empty());
    assert!(q("أحيت الجامعة الذكرى 30 لتأسيسها").is_empty());
    assert!(q("وفي الذكرى 50 لحرب الاستنزاف").is_empty());
    // ل + a common word after a number is the preposition, not the counted noun.
    let v = q("وخصص المجلس 12 لحرب الشوارع");
    assert!(v.iter().all(|x| x.5.as_deref() != Some("لحرب")), "{v:?}");
    one("وشارك 12 لاعبا في التدريب", Some(12.0), "exact", "لاعب");
    one(
        "ولحن الموسيقار نحو 40 لحنا",
        Some(40.0),
        "approximately",
        "لحن",
    );
    // An accusative count noun whose ـوا is a verb too stays a noun.
    one("وأنجب الرجل 12 ولدا", Some(12.0), "exact", "ولد");
}

#[test]
fn construct_duals_and_listed_feminine_duals() {
    one(
        "ومنح النادي مهلة لفترتي تسجيل إضافيتين",
        Some(2.0),
        "exact",
        "فترة",
    );
    one(
        "ونقل رجلا إسعاف المصاب إلى المستشفى",
        Some(2.0),
        "exact",
        "رجل",
    );
    one("وقتل رجلا شرطة في الاشتباك", Some(2.0), "exact", "رجل");
    one(
        "واصطدمت سفينتا صيد قرب الميناء",
        Some(2.0),
        "exact",
        "سفينة",
    );
    // The accusative singular: an adjective, a verb or a time word follows, or a
    // masculine noun that is not a person counted in pairs.
    assert!(q("واعتقلت الشرطة رجلا مسلحا").is_empty());
    assert!(q("وقال الشهود إن رجلا قتل زوجته").is_empty());
    assert!(q("وتضم المدينة ميناء رئيسيا ومطارا").is_empty());
    assert!(q("وستعفي الحكومة دولا أفريقية من الديون").is_empty());
    assert!(q("وشاهد الحارس رجلا يتسلق السور").is_empty());
    assert!(q("وكان سابقا مدير المكتب").is_empty());
    one("وكان يدخن سيجارتين في الساعة", Some(2.0), "exact", "سيجارة");
}

#[test]
fn metres_and_centimetres_join() {
    one("ويبلغ طول المهاجم مترا و88 سم", Some(1.88), "exact", "m");
    one(
        "واشترط أن يكون أطول من متر و70 سم",
        Some(1.7),
        "more_than",
        "m",
    );
    one(
        "ويبلغ طول لاعب السلة مترين و6 سنتيمترات",
        Some(2.06),
        "exact",
        "m",
    );
    // Centimetres alone stay centimetres.
    one("وارتفع منسوب المياه 40 سم", Some(40.0), "exact", "cm");
}

#[test]
fn the_count_after_against_takes_the_unit_before() {
    let v = q("وتغلب الفريق بأربعة أهداف مقابل اثنين");
    assert!(
        v.iter()
            .any(|x| x.1 == Some(2.0) && x.5.as_deref() == Some("هدف")),
        "{v:?}"
    );
    let v = q("وأقر المجلس القانون بـ 120 صوتا مقابل 40");
    assert!(
        v.iter()
            .any(|x| x.1 == Some(40.0) && x.5.as_deref() == Some("صوت")),
        "{v:?}"
    );
    // A bare score after مقابل with no count before it gives nothing.
    assert!(q("وانتهت المباراة 3 مقابل 1").is_empty());
}

#[test]
fn partitives_of_faail_plurals_and_broken_plural_lemmas() {
    one(
        "واستبعد المدرب أربعة من لاعبي الوسط",
        Some(4.0),
        "exact",
        "لاعب",
    );
    one("وحضر خمسة من ناخبي الدائرة", Some(5.0), "exact", "ناخب");
    one(
        "واجتمع 30 من الحكام الدوليين في الدورة",
        Some(30.0),
        "exact",
        "حكم",
    );
    one("وكتب المؤلف عشرات السيناريوهات", None, "vague", "سيناريو");
    one("وانهار مبنى من خمسة طوابق", Some(5.0), "exact", "طابق");
    one(
        "وضبطت الجمارك ستة سجائر مهربة",
        Some(6.0),
        "exact",
        "سيجارة",
    );
}

#[test]
fn decimal_commas_before_a_scale_word() {
    one(
        "وتبلغ موازنة الاتحاد 1,085 تريليون يورو",
        Some(1.085e12),
        "exact",
        "EUR",
    );
    one(
        "وبلغت الغرامة 12,400 ألف دولار",
        Some(12400.0),
        "exact",
        "USD",
    );
    // Without a scale word a comma groups thousands.
    one("ودفع النادي 12,500 يورو", Some(12500.0), "exact", "EUR");
}

#[test]
fn tolls_without_ila_and_charges_after_arrest_verbs() {
    one(
        "وبلغ عدد المصابين 64 حتى مساء الأحد",
        Some(64.0),
        "exact",
        "مصاب",
    );
    let v = q("واعتقل 9 بتهمة الاحتيال في المطار");
    assert!(v.iter().any(|x| x.1 == Some(9.0) && x.5.is_none()), "{v:?}");
    // Not across a relative clause.
    let v = q("وبلغ عدد السفن التي تتراوح حمولتها ما بين 100 -150 ألف طن 31");
    assert!(v.iter().all(|x| x.1 != Some(100.0)), "{v:?}");
    // Not without a verb of reaching.
    let v = q("وقال إن عدد المصابين 64 على الأرجح");
    assert!(v.iter().all(|x| x.5.as_deref() != Some("مصاب")), "{v:?}");
}

#[test]
fn fractions_of_them_take_the_antecedent_noun() {
    // Unhedged, right after a count in the same sentence: a share of that count.
    let v = q("واعتقلت الشرطة 60 متظاهرا ثلثهم من الطلاب");
    assert!(
        v.iter().any(|x| x.0 == "ثلثهم"
            && x.1.is_some_and(|v| (v - 1.0 / 3.0).abs() < 1e-9)
            && x.4 == "exact"
            && x.5.as_deref() == Some("متظاهر")),
        "{v:?}"
    );
    // A hedge before or after it.
    let v = q("وأصيب 300 عامل، أكثر من نصفهم بجروح طفيفة");
    assert!(
        v.iter().any(|x| x.0 == "أكثر من نصفهم"
            && x.1 == Some(0.5)
            && x.4 == "more_than"
            && x.5.as_deref() == Some("عامل")),
        "{v:?}"
    );
    let v = q("وشارك 80 لاعبا في البطولة، ربعهم تقريبا من الأجانب");
    assert!(
        v.iter().any(|x| x.0 == "ربعهم تقريبا"
            && x.1 == Some(0.25)
            && x.4 == "approximately"
            && x.5.as_deref() == Some("لاعب")),
        "{v:?}"
    );
    // A share of a sum: no unit.
    let v = q("وجمع الصندوق 4 ملايين دولار أنفق نصفها على المدارس");
    assert!(
        v.iter()
            .any(|x| x.0 == "نصفها" && x.1 == Some(0.5) && x.5.is_none()),
        "{v:?}"
    );
    // No count before it in the sentence: the verb "we describe it", or a share of
    // something uncounted.
    assert!(q("وهي مرحلة كنا نصفها بالصعبة").is_empty());
    let v = q("وقتل في الهجوم 14 شخصا. ونصفهم من المدنيين بحسب الشهود");
    assert!(v.iter().all(|x| x.1 != Some(0.5)), "{v:?}");
    // A half of the thing, with an ordinal: a part, not a share.
    let v = q("ولعب الفريق 12 مباراة وخسر في نصفها الثاني من الموسم");
    assert!(v.iter().all(|x| x.1 != Some(0.5)), "{v:?}");
}

#[test]
fn tolls_after_hasila_and_construct_count_heads() {
    one(
        "وارتفعت حصيلة القتلى في الفيضانات إلى 41",
        Some(41.0),
        "exact",
        "قتيل",
    );
    one(
        "وبلغت حصيلة الوفيات 19 منذ الجمعة",
        Some(19.0),
        "exact",
        "وفاة",
    );
    one(
        "وارتفع عدد قتلى الانفجار إلى 23",
        Some(23.0),
        "exact",
        "قتيل",
    );
    one("بعد وصول عدد الجرحى إلى 57", Some(57.0), "exact", "جريح");
    one(
        "ويبلغ عدد مستخدمي التطبيق 8 ملايين",
        Some(8e6),
        "exact",
        "مستخدم",
    );
    // «حصيلة» of something other than casualties is a sum, not a count.
    let v = q("وتهدف الخطة إلى رفع حصيلة الضرائب إلى 18 مليارا");
    assert!(v.iter().all(|x| x.5.as_deref() != Some("ضريبة")), "{v:?}");
    // An indefinite head that is no plural in construct.
    let v = q("وارتفع عدد كبير منهم إلى 30");
    assert!(v.iter().all(|x| x.5.as_deref() != Some("كبير")), "{v:?}");
}

#[test]
fn construct_duals_with_definite_or_feminine_complements() {
    // The nominative ـا of a paired person before a definite complement.
    one("ووصل لاعبا النادي إلى المطار", Some(2.0), "exact", "لاعب");
    one("واجتمع وزيرا الدفاع في باريس", Some(2.0), "exact", "وزير");
    // Not the accusative singular before a time.
    let v = q("وعين الرئيس وزيرا الأسبوع الماضي");
    assert!(v.iter().all(|x| x.1 != Some(2.0)), "{v:?}");
    // The oblique ـتي before a definite noun, not before an adjective of "my X".
    one(
        "وحسم الفريق مباراتي الذهاب والإياب",
        Some(2.0),
        "exact",
        "مباراة",
    );
    assert!(q("وقال إن حياتي الشخصية تغيرت").is_empty());
    assert!(q("وقال إن سيارتي الجديدة سرقت").is_empty());
    // A complement in ة after a ـتي form the corpus has not seen as "my X".
    one(
        "وأطلق الجيش قذيفتي مدفعية على القرية",
        Some(2.0),
        "exact",
        "قذيفة",
    );
    assert!(q("وقال إن سيارتي جديدة").is_empty());
}

#[test]
fn scale_duals_subsets_one_percent_and_misspelt_millions() {
    // The nominative dual of a scale word in construct.
    one("وعاد مليونا لاجئ إلى بلادهم", Some(2e6), "exact", "لاجئ");
    one("ووصل ألفا جندي إلى الحدود", Some(2000.0), "exact", "جندي");
    // The accusative singular after a number, or before «من».
    one(
        "وباعت الشركة 12 مليونا من الهواتف",
        Some(1.2e7),
        "exact",
        "هاتف",
    );
    // «بواحد/كواحد من» is "one of".
    assert!(q("وأجرى الوزير بواحد من أكبر التعديلات").is_empty());
    assert!(q("ويعتبر كواحد من أبرز المدربين").is_empty());
    // A part of the count before, after «بينهم/منها».
    let v = q("وقتل 120 مدنيا، بينهم 40 في المدينة القديمة");
    assert!(
        v.iter()
            .any(|x| x.0 == "40" && x.1 == Some(40.0) && x.5.as_deref() == Some("مدني")),
        "{v:?}"
    );
    let v = q("وصدرت الشركة 5 آلاف سيارة منها 800 إلى الخليج");
    assert!(
        v.iter()
            .any(|x| x.1 == Some(800.0) && x.5.as_deref() == Some("سيارة")),
        "{v:?}"
    );
    // No count before it: nothing.
    assert!(q("وقال إن بينهم 40 في المدينة").is_empty());
    // «واحدا في المئة».
    one(
        "ويمثل القطاع واحدا في المئة من الناتج",
        Some(1.0),
        "exact",
        "%",
    );
    // «ميلون» after a figure or a hedge is the million; a surname is not.
    one(
        "وانتقل اللاعب مقابل 180 ميلون يورو",
        Some(1.8e8),
        "exact",
        "EUR",
    );
    assert!(q("وقال أستاذ في جامعة كارنيغي ميلون إن النتائج مهمة").is_empty());
}

#[test]
fn age_ranges_feminine_plural_verbs_love_and_dual_verbs_in_ta() {
    // An age range is no quantity, and a verb in ـن is no unit.
    let v = q("وكانت أعمارهن تتراوح بين 21 و38 تعرضن للاحتيال");
    assert!(v.is_empty(), "{v:?}");
    let v = q("وأشار إلى أن 30 امرأة تعرضن للاحتيال");
    assert!(
        v.iter()
            .any(|x| x.1 == Some(30.0) && x.5.as_deref() == Some("امرأة")),
        "{v:?}"
    );
    let v = q("وشارك نساء تتراوح أعمارهن بين 19 و40 في السباق");
    assert!(v.iter().all(|x| x.2 != Some(19.0)), "{v:?}");
    // A range of a count is still one.
    let v = q("وقتل ما بين 40 و70 شخصا في المعارك");
    assert!(
        v.iter().any(|x| x.2 == Some(40.0) && x.3 == Some(70.0)),
        "{v:?}"
    );
    // «غرام» of love is no gram; a gram of gold is.
    assert!(q("وكانت بينهما قصة غرام قصيرة").is_empty());
    let v = q("وارتفع ثمن غرام الذهب في السوق");
    assert!(v.iter().any(|x| x.5.as_deref() == Some("g")), "{v:?}");
    // The dual perfect of a verb in ـتا is no construct dual.
    let v = q("وقالت الشركتان إنهما واجهتا صعوبات كبيرة");
    assert!(v.iter().all(|x| x.5.as_deref() != Some("واجهة")), "{v:?}");
    // «بنسبة N الى M» with no percent mark is a ratio of votes.
    let v = q("وفاز المرشح بنسبة 304 الى 227 في المجمع الانتخابي");
    assert!(v.iter().all(|x| x.5.as_deref() != Some("%")), "{v:?}");
    let v = q("وارتفعت البطالة بنسبة 4 الى 6 في المئة");
    assert!(v.iter().any(|x| x.5.as_deref() == Some("%")), "{v:?}");
    one(
        "وارتفعت الأسعار بنسبة 12 خلال العام",
        Some(12.0),
        "exact",
        "%",
    );
    // «وثلثهم»: the conjunction stays out of the span.
    let v = q("وقتل 90 شخصا وثلثهم من الأطفال");
    assert!(v.iter().any(|x| x.0 == "ثلثهم"), "{v:?}");
}
