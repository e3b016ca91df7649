use super::*;
use crate::Input;

pub(super) fn ent(
    text: &str,
    needle: &str,
    nth: usize,
    label: &str,
    canonical: Option<&str>,
) -> Entity {
    let (b, _) = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle} not in text"));
    let start = text.get(..b).unwrap_or("").chars().count();
    Entity {
        start,
        end: start + needle.chars().count(),
        text: needle.to_string(),
        label: label.to_string(),
        canonical: canonical.map(str::to_string),
        id: None,
        nationality: None,
    }
}

pub(super) fn run(text: &str, ents: &[Entity]) -> Vec<Attribution> {
    let input = Input {
        text,
        ..Default::default()
    };
    let doc = Doc::new(&input);
    extract(&doc, ents)
}

pub(super) fn find<'a>(atts: &'a [Attribution], cue: &str) -> &'a Attribution {
    atts.iter()
        .find(|a| a.cue.text == cue)
        .unwrap_or_else(|| panic!("no attribution with cue {cue}: {atts:#?}"))
}

#[test]
fn vso_indirect_with_anonymous_source() {
    let t = "كشف دبلوماسيون غربيون أن أعدادا متزايدة من المسلحين يحاولون الفرار.";
    let a = run(t, &[]);
    assert_eq!(a.len(), 1);
    let a = &a[0];
    assert_eq!(a.cue.text, "كشف");
    assert_eq!((a.cue.start, a.cue.end), (0, 3));
    assert_eq!(a.source.text, "دبلوماسيون غربيون");
    assert!(a.source.anonymous);
    assert!(!a.direct);
    assert_eq!(a.kind, "speech");
    assert!(a.content.text.starts_with("أن أعدادا متزايدة"));
    assert!(a.content.text.ends_with("الفرار"));
}

#[test]
fn direct_quote_after_subject() {
    let t = "وقال وزير الخارجية مايك بومبيو “إننا لن نتراجع عن العقوبات”.";
    let e = [ent(t, "مايك بومبيو", 0, "PER", Some("Mike Pompeo"))];
    let a = run(t, &e);
    let a = find(&a, "وقال");
    assert!(a.direct);
    assert_eq!(a.content.text, "إننا لن نتراجع عن العقوبات");
    assert!(a.source.text.contains("مايك بومبيو"));
    assert!(!a.source.anonymous);
    assert_eq!(a.source.refers_to, None);
}

#[test]
fn colon_and_guillemets() {
    let a = run("وقال المتحدث باسم الشرطة: «لم نعتقل أحدا». ثم غادر.", &[]);
    let a = find(&a, "وقال");
    assert!(a.direct);
    assert_eq!(a.content.text, "لم نعتقل أحدا");
    assert_eq!(a.source.text, "المتحدث باسم الشرطة");
    let b = run("وأضاف الوزير: الوضع مستقر تماما.", &[]);
    let b = find(&b, "وأضاف");
    assert!(b.direct);
    assert_eq!(b.content.text, "الوضع مستقر تماما");
}

#[test]
fn adjuncts_are_not_part_of_the_source() {
    let t = "وقالت وزارة الخارجية الروسية في بيان، الأحد، إن الاتفاق ما زال قائما.";
    let a = run(t, &[]);
    let a = find(&a, "وقالت");
    assert_eq!(a.source.text, "وزارة الخارجية الروسية");
    assert!(a.content.text.starts_with("إن الاتفاق"));
    let t = "وقال أبراهام بيرغ، رئيس الكنيست الإسرائيلي الأسبق، إن السلام ممكن.";
    let e = [ent(t, "أبراهام بيرغ", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "وقال").source.text, "أبراهام بيرغ");
}

#[test]
fn svo_and_source_before_cue() {
    let t =
        "وكان تقرير نشره الكونغرس الأمريكي في أيلول الماضي حذر من ان الولايات المتحدة لم تبذل جهدا.";
    let e = [ent(
        t,
        "الكونغرس الأمريكي",
        0,
        "ORG",
        Some("United States Congress"),
    )];
    let a = run(t, &e);
    let a = find(&a, "حذر");
    assert_eq!(a.source.text, "تقرير نشره الكونغرس الأمريكي");
    assert!(a.content.text.starts_with("من ان الولايات"));
    let a = run("الرئيس قال إن البلاد بخير.", &[]);
    assert_eq!(find(&a, "قال").source.text, "الرئيس");
}

#[test]
fn carried_over_speaker_and_continuations() {
    let t = "وقال الوزير أحمد علي إن الحكومة مستعدة للحوار. وأضاف أن الانتخابات ستجري في موعدها، مشيرا إلى أن الأمن مستتب.";
    let e = [ent(t, "أحمد علي", 0, "PER", Some("Ahmed Ali"))];
    let a = run(t, &e);
    assert_eq!(a.len(), 3, "{a:#?}");
    let first = find(&a, "وقال");
    assert!(first.content.text.ends_with("للحوار"));
    let added = find(&a, "وأضاف");
    assert_eq!(added.source.start, first.source.start);
    assert_eq!(added.source.refers_to.as_deref(), Some("Ahmed Ali"));
    assert!(added.content.text.starts_with("أن الانتخابات"));
    assert!(
        added.content.text.ends_with("في موعدها"),
        "{}",
        added.content.text
    );
    let cont = find(&a, "مشيرا");
    assert_eq!(cont.source.refers_to.as_deref(), Some("Ahmed Ali"));
    assert!(cont.content.text.starts_with("إلى أن الأمن"));
}

#[test]
fn a_name_in_apposition_after_a_description_is_the_source() {
    let t = "وأحرز بيل الهدف الأول. وقال المدرب، زين الدين زيدان، في مؤتمر صحفي: \"لعب بشكل رائع اليوم\".";
    let e = [
        ent(t, "بيل", 0, "PER", None),
        ent(t, "زين الدين زيدان", 0, "PER", None),
    ];
    let a = run(t, &e);
    let a = find(&a, "وقال");
    // (guideline 4: the apposed name is left out of the span and named in refers_to)
    assert_eq!(a.source.text, "المدرب");
    assert_eq!(a.source.refers_to.as_deref(), Some("زين الدين زيدان"));
    assert_eq!(a.content.text, "لعب بشكل رائع اليوم");
    // Without the name, the description still stands alone (and is resolved).
    let t = "وقال المدرب، في مؤتمر صحفي: \"لعب بشكل رائع اليوم\".";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").source.text, "المدرب");
}

#[test]
fn definite_description_resolves_to_earlier_mention() {
    let t =
        "وذكرت صحيفة ديلي تلغراف البريطانية أن المقاتلين يفرون. ولفتت الصحيفة الى أن الرواتب خفضت.";
    let e = [ent(t, "ديلي تلغراف", 0, "ORG", Some("The Daily Telegraph"))];
    let a = run(t, &e);
    let first = find(&a, "وذكرت");
    assert_eq!(first.source.text, "صحيفة ديلي تلغراف البريطانية");
    assert_eq!(first.source.refers_to, None);
    let later = find(&a, "ولفتت");
    assert_eq!(later.source.text, "الصحيفة");
    assert_eq!(
        later.source.refers_to.as_deref(),
        Some("The Daily Telegraph")
    );
    assert!(later.content.text.starts_with("الى أن الرواتب"));
}

#[test]
fn description_resolves_through_entity_context() {
    let t =
        "التقى وزير الخارجية الأمريكي مايك بومبيو نظيره أمس. وقال الوزير إن المحادثات كانت مثمرة.";
    let e = [ent(t, "مايك بومبيو", 0, "PER", Some("Mike Pompeo"))];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وقال").source.refers_to.as_deref(),
        Some("Mike Pompeo")
    );
}

#[test]
fn belief_cues_are_flagged() {
    let t = "وتعتقد السلطات في دول الغرب أن نحو 1700 مسلح عادوا. ويرى محللون أن الأزمة ستطول.";
    let a = run(t, &[]);
    let b = find(&a, "وتعتقد");
    assert_eq!(b.kind, "belief");
    assert_eq!(b.source.text, "السلطات في دول الغرب");
    assert!(!b.source.anonymous);
    let c = find(&a, "ويرى");
    assert_eq!(c.kind, "belief");
    assert!(c.source.anonymous);
}

#[test]
fn withheld_name_is_anonymous() {
    let a = run("وقال مصدر رفض الكشف عن اسمه إن المفاوضات متعثرة.", &[]);
    let a = find(&a, "وقال");
    assert!(a.source.anonymous);
    assert!(a.source.text.starts_with("مصدر"));
    let a = run("وأكدت مصادر مطلعة لوكالة رويترز أن الصفقة أبرمت.", &[]);
    let a = find(&a, "وأكدت");
    assert_eq!(a.source.text, "مصادر مطلعة");
    assert!(a.source.anonymous);
}

#[test]
fn prepositional_sources() {
    let t = "قتل 12 شخصا في الهجوم، بحسب وكالة رويترز.";
    let e = [ent(t, "رويترز", 0, "ORG", Some("Reuters"))];
    let a = run(t, &e);
    let a = find(&a, "بحسب");
    assert_eq!(a.source.text, "وكالة رويترز");
    assert!(a.content.text.starts_with("قتل 12"));
    assert!(!a.direct);
    let a = run("وبحسب مصادر أمنية، فإن الهجوم وقع فجرا.", &[]);
    let a = find(&a, "وبحسب");
    assert_eq!(a.source.text, "مصادر أمنية");
    assert!(a.content.text.starts_with("فإن الهجوم"));
    let a = run("ارتفعت الأسعار بنسبة 5 في المئة، وفقا لوزارة الاقتصاد.", &[]);
    assert_eq!(find(&a, "وفقا").source.text, "وزارة الاقتصاد");
    let a = run("وذكر التقرير ذلك نقلا عن مسؤولين أمريكيين.", &[]);
    assert!(
        a.iter()
            .any(|x| x.cue.text == "نقلا عن" && x.source.text == "مسؤولين أمريكيين"),
        "{a:#?}"
    );
    // "وفقا للقانون" is not an attribution.
    assert!(run("تمت العملية وفقا للقانون.", &[]).is_empty());
}

#[test]
fn quote_first_then_cue() {
    let t = "“لن نقبل بهذا الاتفاق”، قال الرئيس الإيراني حسن روحاني.";
    let e = [ent(t, "حسن روحاني", 0, "PER", Some("Hassan Rouhani"))];
    let a = run(t, &e);
    let a = find(&a, "قال");
    assert!(a.direct);
    assert_eq!(a.content.text, "لن نقبل بهذا الاتفاق");
    assert!(a.source.text.contains("حسن روحاني"));
}

#[test]
fn nested_quote_in_indirect_content_is_kept() {
    let a = run("وأكد الجيش أن “المسلحين” فروا من المدينة.", &[]);
    let a = find(&a, "وأكد");
    assert!(!a.direct);
    assert!(a.content.text.contains("“المسلحين”"));
    let a = run("قال الوزير: «قال لي الرئيس “لا تتراجع” ثم غادر».", &[]);
    let a = find(&a, "قال");
    assert!(a.direct);
    assert_eq!(a.content.text, "قال لي الرئيس “لا تتراجع” ثم غادر");
}

#[test]
fn no_false_positives_without_content() {
    for t in [
        "قال الرئيس الكثير في الاجتماع.",
        "بين الطرفين خلاف كبير على أن الحل بعيد.",
        "يتابع الطلاب دروسهم في المدرسة.",
        "شهدت المدينة احتجاجات واسعة.",
        "",
    ] {
        let a = run(t, &[]);
        assert!(a.iter().all(|x| x.cue.text != "بين"), "{t}: {a:#?}");
        if !t.contains("أن") {
            assert!(a.is_empty(), "{t}: {a:#?}");
        }
    }
}

#[test]
fn unbalanced_quotes_do_not_panic() {
    let a = run(
        "وقال الوزير “إننا مستعدون للحوار. وأضاف أن «الوضع صعب.",
        &[],
    );
    let q = find(&a, "وقال");
    assert!(q.direct);
    assert!(q.content.text.starts_with("إننا مستعدون"));
    for t in [
        "”قال“",
        "«««",
        "قال: ",
        "قال “",
        "\"\"\"قال\"",
        "وأضاف",
        "مضيفا أن",
    ] {
        let _ = run(t, &[]);
    }
}

#[test]
fn offsets_are_code_points() {
    let t = "🙂 قال مسؤول إن الوضع هادئ.";
    let a = run(t, &[]);
    let a = find(&a, "قال");
    let chars: Vec<char> = t.chars().collect();
    let cue: String = chars[a.cue.start..a.cue.end].iter().collect();
    assert_eq!(cue, "قال");
    let src: String = chars[a.source.start..a.source.end].iter().collect();
    assert_eq!(src, a.source.text);
    let content: String = chars[a.content.start..a.content.end].iter().collect();
    assert_eq!(content, a.content.text);
}

#[test]
fn alef_madda_name_is_not_a_complementizer() {
    let t = "وقالت آن ماكنيل، أستاذة إدمان التبغ، إن التدخين قاتل.";
    let a = run(t, &[]);
    let a = find(&a, "وقالت");
    assert_eq!(a.source.text, "آن ماكنيل");
    assert!(a.content.text.starts_with("إن التدخين"));
}

#[test]
fn quoted_phrase_after_preposition_is_not_direct_speech() {
    assert!(run(
        "ودعت هيئة الصحة العامة إلى إتاحة \"سبيل أسهل\" للمدخنين.",
        &[]
    )
    .is_empty());
    assert!(run("ووصف الوزير الهجوم بـ\"الجبان\".", &[]).is_empty());
}

#[test]
fn auxiliary_qad_between_subject_and_cue() {
    let t = "وكان براودر قد قال إنه ساهم في كشف الفساد.";
    let e = [ent(t, "براودر", 0, "PER", Some("Bill Browder"))];
    let a = run(t, &e);
    assert_eq!(find(&a, "قال").source.text, "براودر");
}

#[test]
fn impersonal_present_has_no_attribution() {
    assert!(run("ويذكر أن الاتفاق وقع عام 2015.", &[]).is_empty());
}

#[test]
fn implicit_subject_prefers_the_intervening_sentence_subject() {
    let t = "قال الوزير إن الوضع جيد. وحمل قرقاش الحوثيين المسؤولية. وقال إن المبعوث يعمل.";
    let e = [ent(t, "قرقاش", 0, "PER", Some("Anwar Gargash"))];
    let a = run(t, &e);
    let last = a.last().unwrap_or_else(|| panic!("none"));
    assert_eq!(last.source.text, "قرقاش");
    assert_eq!(last.source.refers_to.as_deref(), Some("Anwar Gargash"));
}

#[test]
fn came_in_the_document() {
    let a = run("وجاء في البيان أن القرار اتخذ مساء الجمعة.", &[]);
    let a = find(&a, "وجاء");
    assert_eq!(a.source.text, "البيان");
    assert!(a.content.text.starts_with("أن القرار"));
    let b = run("وورد في التقرير: \"الوضع خطير\".", &[]);
    let b = find(&b, "وورد");
    assert!(b.direct);
    assert_eq!(b.content.text, "الوضع خطير");
    // "جاء ذلك في …" refers back to a statement; it is not one.
    assert!(run("جاء ذلك في تغريدة على تويتر.", &[]).is_empty());
}

fn triples(atts: &[Attribution]) -> Vec<(&str, &str, bool)> {
    atts.iter()
        .map(|a| (a.cue.text.as_str(), a.source.text.as_str(), a.direct))
        .collect()
}

#[test]
fn common_news_patterns() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "وقال الوزير في تصريح لـCNN إن المفاوضات مستمرة.",
            "وقال",
            "الوزير",
        ),
        (
            "وقالت الوزارة في بيان إن الهجوم أسفر عن مقتل خمسة.",
            "وقالت",
            "الوزارة",
        ),
        (
            "وتوفي ثلاثة أشخاص، وفق ما ذكرت وكالة رويترز.",
            "وفق ما ذكرت",
            "وكالة رويترز",
        ),
        (
            "وأفادت مصادر محلية بأن القصف استمر حتى الفجر.",
            "وأفادت",
            "مصادر محلية",
        ),
        (
            "وقتل عشرة أشخاص، بحسب ما أفادت وسائل إعلام محلية.",
            "بحسب ما أفادت",
            "وسائل إعلام محلية",
        ),
        (
            "وقال الوزير إن الوضع صعب. وتابع أن الحكومة ستتدخل.",
            "وتابع",
            "الوزير",
        ),
        (
            "وقال الوزير إن الوضع صعب. ولفت إلى أن الحكومة ستتدخل.",
            "ولفت",
            "الوزير",
        ),
        // The addressee "لـCNN" is not part of the source.
        ("وقالت مصادر لـCNN إن الاجتماع تأجل.", "وقالت", "مصادر"),
    ];
    for (t, cue, source) in cases {
        let a = run(t, &[]);
        assert_eq!(find(&a, cue).source.text, *source, "{t}: {:?}", triples(&a));
        assert!(
            a.iter().all(|a| a.source.text == *source),
            "{t}: {:?}",
            triples(&a)
        );
    }
}

#[test]
fn closing_quote_does_not_open_content() {
    let t = "وقالت الخارجية إن الرد الروسي \"كان متوقعا\".";
    let a = run(t, &[]);
    assert_eq!(triples(&a), vec![("وقالت", "الخارجية", false)]);
}

#[test]
fn short_quoted_term_is_not_speech() {
    let t = "وتتهم لندن موسكو بالضلوع في تسميم سكريبال، باستخدام غاز الأعصاب \"نوفيتشوك\".";
    assert!(run(t, &[]).is_empty());
    // A term glued to a preposition is skipped on the way to the real content.
    let t = "وهددت الجماعة من أسمتهم بـ\"قوى العدوان\"، بأنهم \"لن يذوقوا طعم الأمان\".";
    let a = run(t, &[]);
    let a = find(&a, "وهددت");
    assert!(a.source.text.starts_with("الجماعة"));
    assert!(a.content.text.starts_with("بأنهم"));
}

#[test]
fn quote_after_long_adjunct_and_comma() {
    let t = "وقال أحمد في مقابلة مع وكالة الأنباء الفرنسية الأحد في القاهرة حيث مقر الاتحاد \
             الأفريقي للعبة، \"كل اتحاد يساعد منتخب بلاده ونحن أيضا وراءهم\".";
    let e = [ent(t, "أحمد", 0, "PER", None)];
    let a = run(t, &e);
    let a = find(&a, "وقال");
    assert_eq!(a.source.text, "أحمد");
    assert!(a.direct);
    assert!(a.content.text.starts_with("كل اتحاد"));
}

#[test]
fn surname_that_looks_like_a_preposition() {
    let t = "قدم الفنان عبدالله بالخير حفلا غنائيا.\nقال بالخير إنه سعيد بتفاعل الجمهور.";
    let e = [ent(t, "عبدالله بالخير", 0, "PER", None)];
    let a = run(t, &e);
    let a = find(&a, "قال");
    assert_eq!(a.source.text, "بالخير");
    assert_eq!(
        a.source.start,
        t.find("قال بالخير").map_or(0, |b| t[..b].chars().count()) + 4
    );
}

#[test]
fn apposition_between_subject_and_cue() {
    let t = "ويذكر أن المتحدث باسم الرئاسة المصرية، بسام راضي، قال إن الزيارة تاريخية.";
    let a = run(t, &[]);
    assert_eq!(
        triples(&a),
        vec![("قال", "المتحدث باسم الرئاسة المصرية", false)]
    );
    // Time words between commas are not an apposition.
    let t = "وأشار إلى الأمر، الأحد، قال إن الزيارة تاريخية.";
    assert!(run(t, &[]).iter().all(|a| a.source.text != "الأمر"));
}

#[test]
fn parenthesized_acronym_before_cue() {
    let t = "وكانت وكالة الأنباء الفلسطينية (وفا) ذكرت أن الرضيعة توفيت في غزة.";
    let a = run(t, &[]);
    assert_eq!(
        triples(&a),
        vec![("ذكرت", "وكالة الأنباء الفلسطينية", false)]
    );
}

#[test]
fn conjoined_cue_with_object_pronoun() {
    let t = "والتقى الوزير بالسفير وقال له إن بلاده مستعدة للحوار.";
    let a = run(t, &[]);
    assert_eq!(triples(&a), vec![("وقال", "الوزير", false)]);
}

#[test]
fn noun_cues_open_speech() {
    let t = "ونشر الوزير أنور قرقاش صورة بتعليق: \"هذا هو الحال\".";
    let e = [ent(t, "أنور قرقاش", 0, "PER", None)];
    let a = run(t, &e);
    let a = find(&a, "بتعليق");
    assert!(a.source.text.contains("أنور قرقاش"));
    assert!(a.direct);
    let t = "واكتفى المتحدث باسم الشرطة بالقول إن التحقيق جار.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "بالقول").source.text, "المتحدث باسم الشرطة");
    // After a cue verb the verb is the cue: one attribution.
    let t = "وقال الوزير إن الوضع صعب. وتابع بالقول إن الحكومة ستتدخل.";
    let a = run(t, &[]);
    assert_eq!(
        triples(&a),
        vec![("وقال", "الوزير", false), ("وتابع", "الوزير", false)]
    );
}

#[test]
fn vowelled_passive_naql() {
    let t = "ونُقل عن الوزير قوله إن المحادثات فشلت.";
    let a = run(t, &[]);
    assert_eq!(triples(&a), vec![("ونُقل", "الوزير", false)]);
    assert!(a[0].content.text.starts_with("إن المحادثات"));
}

#[test]
fn carried_over_name_starts_at_a_word() {
    // NER cut "بسام" to "سام" (clitic split): the carried-over source is the whole word.
    let t = "وقال بسام راضي إن الزيارة مهمة، مشيرا إلى أن العلاقات قوية.";
    let e = [ent(t, "سام راضي", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "مشيرا").source.text, "بسام راضي");
}

#[test]
fn prepositional_variants() {
    let t = "ووفق ما ذكرته مدونة \"تيك كرانش\" الإلكترونية، فإن الباحثين نجحوا في التجربة.";
    let a = run(t, &[]);
    assert_eq!(
        triples(&a),
        vec![("ووفق ما ذكرته", "مدونة \"تيك كرانش\" الإلكترونية", false)]
    );
    // "للمصدر" is ل + المصدر.
    let t = "ولم يصب مدير الأمن بأذى، وفقا للمصدر.";
    let a = run(t, &[]);
    assert_eq!(triples(&a), vec![("وفقا", "مصدر", false)]);
}

#[test]
fn as_published_without_a_subject_speaks_for_the_clause() {
    let t = "انتقد الرئيس الإيراني حسن روحاني حظر التطبيق، حسبما نشر السبت عبر صفحته.";
    let e = [ent(t, "حسن روحاني", 0, "PER", None)];
    let a = run(t, &e);
    let a = find(&a, "حسبما نشر");
    assert!(a.source.text.contains("روحاني"), "{:?}", a.source);
    assert!(a.content.text.starts_with("انتقد"));
}

#[test]
fn verb_followed_by_participle() {
    let t = "قالت عشراوي إن القرار خطير. وتابعت قائلة: \"قمتم بتدمير فرص السلام\".";
    let e = [ent(t, "عشراوي", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(
        triples(&a),
        vec![("قالت", "عشراوي", false), ("قائلة", "عشراوي", true)]
    );
}

#[test]
fn conditional_in_is_not_a_complementizer() {
    let t = "قالت عشراوي إن القرار يعتبر ضربة قوية إن لم يكن ضربة قاتلة لعملية السلام.";
    let a = run(t, &[]);
    assert_eq!(triples(&a), vec![("قالت", "عشراوي", false)]);
}

#[test]
fn quotation_after_a_preposition_is_not_speech() {
    // "أعرب عن "…"" quotes a noun phrase; "من جهته" does not start the subject.
    let t = "من جهته بعث علي خامنئي رسالة، حيث أعرب عن \"خالص العزاء والمواساة للأسر الحزينة\".";
    assert!(run(t, &[]).is_empty());
}

#[test]
fn more_news_patterns() {
    let cases: &[(&str, &str, &str, bool)] = &[
        (
            "وقال الوزير إن الوضع صعب. وأضاف في تصريحات صحفية أن الحكومة ستتدخل.",
            "وأضاف",
            "الوزير",
            false,
        ),
        (
            "وقال الوزير إن الوضع صعب. وتابع: \"الحكومة ستتدخل\".",
            "وتابع",
            "الوزير",
            true,
        ),
        (
            "وأكد المصدر، الذي طلب عدم الكشف عن اسمه، أن الاتفاق قريب.",
            "وأكد",
            "المصدر",
            false,
        ),
        (
            "وقال وزير الخارجية الأمريكي، مايك بومبيو، في مؤتمر صحفي إن العقوبات ستستمر.",
            "وقال",
            "وزير الخارجية الأمريكي",
            false,
        ),
        (
            "وقالت المتحدثة باسم الخارجية، هيذر ناورت، للصحفيين: \"لن نتراجع\".",
            "وقالت",
            "المتحدثة باسم الخارجية",
            true,
        ),
        (
            "وأكدت الوزارة في بيان صادر عنها، الأحد، أن الهجوم فشل.",
            "وأكدت",
            "الوزارة",
            false,
        ),
        (
            "وأوضحت مصادر مطلعة لـ\"العربية.نت\" أن الاتفاق قريب.",
            "وأوضحت",
            "مصادر مطلعة",
            false,
        ),
        (
            "وفي تصريح لـCNN، قال الوزير إن الاتفاق قريب.",
            "قال",
            "الوزير",
            false,
        ),
        ("وغرد الوزير قائلا: \"لن نتراجع\".", "قائلا", "الوزير", true),
        (
            "ومن جانبه، قال الوزير إن الأسعار سترتفع.",
            "قال",
            "الوزير",
            false,
        ),
        // A colon before the quotation: speech even after "على تويتر".
        (
            "وكتب ترامب على تويتر: \"لن نتراجع\".",
            "وكتب",
            "ترامب",
            true,
        ),
        // "طلب عدم ذكر اسمه": ذكر is a masdar here, not a cue.
        (
            "وقال مسؤول أمريكي، طلب عدم ذكر اسمه، إن الهجوم فشل.",
            "وقال",
            "مسؤول أمريكي",
            false,
        ),
    ];
    for (t, cue, source, direct) in cases {
        let a = run(t, &[]);
        let got = triples(&a);
        assert!(got.contains(&(*cue, *source, *direct)), "{t}: {got:?}");
        assert!(got.iter().all(|(_, s, _)| s == source), "{t}: {got:?}");
    }
}

#[test]
fn bare_speech_event_is_not_the_speaker() {
    let t = "ويذكر أن المتحدث باسم الرئاسة المصرية، بسام راضي، قال مداخلة هاتفية على قناة \
             محلية مساء السبت: \"الزيارة تعتبر محطة تاريخية\".";
    let a = run(t, &[]);
    assert_eq!(
        triples(&a),
        vec![("قال", "المتحدث باسم الرئاسة المصرية", true)]
    );
}

#[test]
fn quoted_name_in_an_adjunct_before_the_content() {
    let t = "أكد خبير في مجال الطيران لصحيفة \"ديلي ميل\"، أن المطار آمن.";
    let a = run(t, &[]);
    assert_eq!(triples(&a), vec![("أكد", "خبير في مجال الطيران", false)]);
    let t = "ونقل عن الأسد قوله \"نحن مستعدون للنقاش مع أي طرف\".";
    let e = [ent(t, "الأسد", 0, "PER", None)];
    assert!(!run(t, &e).iter().any(|a| a.cue.text == "قوله"));
    // "وتابع المصدر بالقول إن": one attribution, the verb.
    let t = "وتابع المصدر بالقول إن التحقيقات مستمرة.";
    let a = run(t, &[]);
    assert_eq!(triples(&a), vec![("وتابع", "المصدر", false)]);
}

#[test]
fn relative_pronoun_agreeing_with_the_cue_names_the_source() {
    let t = "وورد الاتهام الأول في مجلة Variety التي قالت إن الأكاديمية تلقت ثلاث شكاوى.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "قالت").source.text, "مجلة Variety");
}

#[test]
fn dotted_abbreviation_inside_a_source() {
    let t = "وقال تلفزيون سي.إن.إن ترك إن ثلاثة آخرين أصيبوا.";
    let a = run(t, &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    assert!(a[0].source.text.starts_with("تلفزيون سي.إن.إن"));
    assert!(a[0].content.text.starts_with("إن ثلاثة"));
}

#[test]
fn plural_verb_takes_the_subject_before_it() {
    let t = "وقالت المصادر إن القادة العسكريين أبلغوا ترامب بأنه سيخاطر بتصعيد التدخل.";
    let e = [ent(t, "ترامب", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "أبلغوا").source.text, "القادة العسكريين");
}

#[test]
fn subject_between_kana_and_qad() {
    let t = "وكان مسؤول إماراتي قد أبلغ رويترز الخميس بأن فرنسا وافقت على تقديم الدعم.";
    let e = [ent(t, "رويترز", 0, "ORG", Some("Reuters"))];
    let a = run(t, &e);
    let a = find(&a, "أبلغ");
    assert_eq!(a.source.text, "مسؤول إماراتي");
    assert!(a.source.anonymous);
}

#[test]
fn negated_cue_attributes_nothing() {
    let t = "وقال الطبيب: \"لم أذكر أنه يحق للمريض ذلك\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "أذكر"), "{a:#?}");
    assert_eq!(find(&a, "وقال").source.text, "الطبيب");
}

#[test]
fn nested_attribution_is_not_carried_over() {
    let t =
        "ويقول هانكوك إن الدراسات أظهرت أن الهواتف تضر بالتركيز.\nوأضاف: \"أنا معجب بالمعلمين\".";
    let e = [ent(t, "هانكوك", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "أظهرت").source.text, "الدراسات");
    assert_eq!(find(&a, "وأضاف").source.text, "هانكوك");
}

#[test]
fn continuation_after_naql_is_the_quoted_person() {
    let t =
        "ونقلت \"رويترز\" عن شفيتزر أنه يأخذ التهديدات بجدية، مضيفا أن الرسوم ستكون ضد القانون.";
    let e = [
        ent(t, "رويترز", 0, "ORG", Some("Reuters")),
        ent(t, "شفيتزر", 0, "PER", None),
    ];
    let a = run(t, &e);
    assert_eq!(find(&a, "ونقلت").source.text, "رويترز");
    assert_eq!(find(&a, "مضيفا").source.text, "شفيتزر");
}

#[test]
fn gender_agreement_blocks_a_carry_over() {
    let t = "وقالت المتحدثة باسم الحكومة إن الوضع مقلق.\nكما دعا المتحدث باسم وزارة الخارجية إلى تحقيق.\nوقال إن تركيا لديها مصالح أمنية.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").source.text, "المتحدث باسم وزارة الخارجية");
}

#[test]
fn bare_wafq_and_quoted_sources() {
    let t = "تدرس باريس عملية لإزالة الألغام، وفق الخارجية الفرنسية. وقال المدرب إنه سعيد، وفق \"رويترز\".";
    let a = run(t, &[]);
    let w: Vec<&str> = a
        .iter()
        .filter(|x| x.cue.text == "وفق")
        .map(|x| x.source.text.as_str())
        .collect();
    assert_eq!(w, ["الخارجية الفرنسية", "رويترز"]);
}

#[test]
fn first_person_verb_in_a_quote_belongs_to_the_speaker() {
    let t = "وقالت هيذر نويرت في وقت سابق: \"دعني أذكّر الناس بأنه لم يكن مرشحا، ولكنني أعتقد أن الموضوع الرئيسي هو التهاني\".";
    let e = [ent(t, "هيذر نويرت", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "أذكّر").source.text, "هيذر نويرت");
    assert_eq!(find(&a, "أعتقد").source.text, "هيذر نويرت");
    assert_eq!(find(&a, "أعتقد").kind, "belief");
}

#[test]
fn clause_after_a_connector_has_its_own_subject() {
    let t = "حيث قال صاحب حساب زد: \"يعالج المريض\"، في حين علق صاحب حساب مروان الشهري قائلا: \"المريض النفسي لا حرج عليه\".";
    let e = [ent(t, "مروان الشهري", 0, "PER", None)];
    let a = run(t, &e);
    assert!(find(&a, "قائلا").source.text.contains("مروان الشهري"));
}

#[test]
fn description_subject_of_an_earlier_sentence() {
    let t = "وأعلن الادعاء الفرنسي في باريس اسمي الصبيين وهما نسيم بي وغابرييل كاب.\nوأشار إلى أنهما يستخدمان اسمين افتراضيين.";
    let e = [ent(t, "غابرييل كاب", 0, "PER", None)];
    let a = run(t, &e);
    assert!(find(&a, "وأشار").source.text.starts_with("الادعاء الفرنسي"));
}

#[test]
fn first_person_of_a_window_and_title_before_a_name() {
    let t = "قال أرسين فينغر إنه سيرحل.\nونال فينغر هدية من أليكس فيرغسون قبل المباراة.\nوتابع: \"عملت على أعلى المستويات\".";
    let e = [
        ent(t, "أرسين فينغر", 0, "PER", None),
        ent(t, "فينغر", 1, "PER", None),
        ent(t, "أليكس فيرغسون", 0, "PER", None),
    ];
    let a = run(t, &e);
    assert_eq!(find(&a, "وتابع").source.text, "فينغر");

    let t = "وكان الرئيس الأميركي، دونالد ترمب، قد قرر الانسحاب من الاتفاق.\nوقال إن الاتفاق كان لمصلحة إيران.";
    let e = [ent(t, "دونالد ترمب", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "وقال").source.text, "الرئيس الأميركي");
}

#[test]
fn cue_gender_and_person() {
    let g = |t: &str| {
        let s = Scan::new(t);
        (cue_feminine(&s, t, 0), first_person(&s, t, 0))
    };
    assert_eq!(g("قالت"), (Some(true), false));
    assert_eq!(g("نفت"), (Some(true), false));
    assert_eq!(g("وقال"), (Some(false), false));
    assert_eq!(g("تقول"), (Some(true), false));
    assert_eq!(g("مضيفة"), (Some(true), false));
    assert_eq!(g("مضيفا"), (Some(false), false));
    assert_eq!(g("أعتقد"), (None, true));
    assert_eq!(g("قلت"), (None, true));
    assert_eq!(g("نقول"), (None, true));
    assert_eq!(g("لفت"), (Some(false), false));
    assert_eq!(source_feminine("المتحدثة باسم الحكومة"), Some(true));
    assert_eq!(source_feminine("الوزير"), Some(false));
    assert_eq!(source_feminine("عمدة البلدة"), None);
    assert_eq!(source_feminine("إينجه"), None);
}

#[test]
fn continuation_reaches_a_quote_after_a_short_adjunct() {
    let t = "وقال ريبيري \"أنا فخور بالعقد\"، مضيفا عبر حسابه على موقع \"تويتر\"، \"لنعمل بجهد هذا الموسم\".";
    let e = [ent(t, "ريبيري", 0, "PER", None)];
    let a = run(t, &e);
    let m = find(&a, "مضيفا");
    assert_eq!(m.source.text, "ريبيري");
    assert!(m.direct);
    assert_eq!(m.content.text, "لنعمل بجهد هذا الموسم");
}

#[test]
fn ala_ma_and_ala_lisanihi_frames() {
    let t = "وأكدت الممثلة أنها تقيم علاقة مهنية معه على ما أوضحت المصادر نفسها.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "أوضحت").source.text, "المصادر نفسها");
    let t =
        "وذكر آق صوي أن تركيا تواصلت مع حلفائها، وفقاً لما نقلته على لسانه وكالة الأناضول الرسمية.";
    let a = run(t, &[]);
    let v = a
        .iter()
        .find(|x| x.cue.text.starts_with("وفقاً"))
        .unwrap_or_else(|| panic!("{a:#?}"));
    assert!(v.source.text.starts_with("وكالة الأناضول"));
}

#[test]
fn verb_form_after_a_preposition_is_a_noun() {
    let t = "وذلك في رد على ما نشرته الصفحة بأنه يحق له ذلك.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "رد"), "{a:#?}");
}

#[test]
fn long_quotation_after_a_long_adjunct() {
    let t = "وقالت التشيكية كفيتوفا للصحفيين بعد فوزها 14 على التوالي لتعادل أطول سلسلة انتصارات في مسيرتها \"من الصعب تفسير ما حدث لأن المباراة شهدت فترات صعود وهبوط\".";
    let a = run(t, &[]);
    let q = find(&a, "وقالت");
    assert!(q.direct);
    assert!(q.source.text.starts_with("التشيكية كفيتوفا"));
}

#[test]
fn description_carried_to_its_latest_mention() {
    let t = "أكدت السفارة الألمانية في السعودية أن الحكومة لم تكن على علم.\nجاء ذلك في تغريدة على صفحة السفارة الرسمية، وقالت فيها: \"لم تكن لدينا معرفة\".";
    let a = run(t, &[]);
    let q = find(&a, "وقالت");
    assert_eq!(q.source.text, "السفارة");
    assert!(q.direct);
}

#[test]
fn short_written_quotation_is_speech_and_pronoun_preposition_is_no_subject() {
    let t = "نشر رئيس الوزراء اللبناني صورة مع الرئيس الفرنسي، وكتب فوقها \"لا تعليق\".";
    let a = run(t, &[]);
    let k = find(&a, "وكتب");
    assert_eq!(k.content.text, "لا تعليق");
    assert!(k.direct);
    assert_ne!(k.source.text, "فوقها");
}

// ---- news review 2026-11-25 (docs/eval/attributions-news-review.md) ----

#[test]
fn temporal_an_is_not_reported_content() {
    for t in [
        "ويدعو النص إلى حماية المدنيين، وذلك بعد أن قتل عشرات المحتجين.",
        "ويُعتبر المخيم أوسع منطقة يسيطر عليها التنظيم، بعد أن خسر غالبية أراضيه.",
        "وحذر الوزير من التصعيد قبل أن يغادر القاعة.",
        "وأعلن الجيش السيطرة على المدينة منذ أن بدأ الهجوم.",
    ] {
        assert!(run(t, &[]).is_empty(), "{t}: {:#?}", run(t, &[]));
    }
    // … but the content after such a clause is still found.
    let t = "وقال الوزير بعد أن التقى نظيره إن المحادثات كانت مثمرة.";
    let a = run(t, &[]);
    let a = find(&a, "وقال");
    assert!(a.content.text.starts_with("إن المحادثات"), "{a:#?}");
    // "إلى كون" opens content like "إلى أن".
    let t = "وأشار المنتج إلى كون الممثلة صديقة قبل أن تكون زميلة.";
    let a = run(t, &[]);
    assert!(find(&a, "وأشار").content.text.starts_with("إلى كون"));
}

#[test]
fn reversed_curly_quote_does_not_open_content() {
    let t =
        "وذكرت الوكالة أن \"لا صحة للتقارير التي تتحدث عن خروج عناصر ’داعش‘ (التنظيم) من الحي\".";
    let a = run(t, &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].cue.text, "وذكرت");
}

#[test]
fn time_adverbials_and_statement_adjuncts_end_the_source() {
    let cases = [
        (
            "وقالت السلطات الهولندية الأسبوع الماضي إنها أحبطت محاولة اختراق.",
            "وقالت",
            "السلطات الهولندية",
        ),
        (
            "وقال اللاعب أواخر فبراير الماضي إنه مستعد للعودة.",
            "وقال",
            "اللاعب",
        ),
        (
            "وأكدت الحكومة العام الماضي أن الإصلاحات ستستمر.",
            "وأكدت",
            "الحكومة",
        ),
        ("وقال الاتحاد في بيانه إنه لن يسمح بذلك.", "وقال", "الاتحاد"),
        (
            "وقال المتحدث في تسجيل مصور: \"نحن في موقع الحادث\".",
            "وقال",
            "المتحدث",
        ),
        (
            "وأوضحت الوزارة في تصريحاتها أن العمل مستمر.",
            "وأوضحت",
            "الوزارة",
        ),
    ];
    for (t, cue, src) in cases {
        let a = run(t, &[]);
        assert_eq!(find(&a, cue).source.text, src, "{t}");
    }
}

#[test]
fn object_after_the_subject_is_not_the_source() {
    let t = "ووصفت الشرطة الماليزية مصادرة الممتلكات على أنها الأكبر في تاريخ البلاد.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "ووصفت").source.text, "الشرطة الماليزية");
    let t = "واعتبر الحزب الحاكم قرار المحكمة بأنه غير دستوري.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "واعتبر").source.text, "الحزب الحاكم");
    // After a person's name, an indefinite noun opens the object ("كلمته", "قرار").
    let t = "وتابع ترامب كلمته قائلا: \"لن نسمح بذلك\".";
    let e = [ent(t, "ترامب", 0, "PER", Some("Donald Trump"))];
    let a = run(t, &e);
    assert_eq!(find(&a, "قائلا").source.text, "ترامب");
    let t =
        "انتقد الرئيس التركي رجب طيب أردوغان قرار المستشار النمساوي، محذرا من أن \"الحرب قادمة\".";
    let e = [ent(t, "رجب طيب أردوغان", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "محذرا").source.text,
        "الرئيس التركي رجب طيب أردوغان"
    );
    // A name the NER missed after a definite title is kept with a plain speech verb.
    let t = "وأكد منتج المسلسل جمال العدل أن الفنانة أصيبت.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وأكد").source.text, "منتج المسلسل جمال العدل");
    // "نفسه" is not an object.
    let t = "وقال مصدر دبلوماسي إن العمل بدأ. وأضاف المصدر نفسه أن النساء يحاكمن.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وأضاف").source.text, "المصدر نفسه");
}

#[test]
fn short_quote_after_an_object_taking_verb_is_not_speech() {
    for t in [
        "لكن المدرب نفى هذه التكهنات ووصف الأمر \"بالكذبة الكبيرة\".",
        "ووصف الوزير الهجوم بأنه \"عمل جبان\" ثم غادر.",
        "واعتبر الحزب القرار \"خطوة متأخرة\".",
    ] {
        let a = run(t, &[]);
        assert!(a.iter().all(|a| !a.direct), "{t}: {a:#?}");
    }
    let t = "وهدد الاتحاد باتخاذ الإجراءات المناسبة، وذلك \"في حالة تمادي الطرف الثالث\".";
    assert!(run(t, &[]).is_empty());
}

#[test]
fn second_person_cue_attributes_nothing() {
    let t = "وتابع أردوغان \"يقولون إنهم سيطردون أئمتنا. هل تعتقدون أننا سنقف مكتوفين؟\"";
    let a = run(t, &[]);
    assert!(a.iter().all(|a| a.cue.text != "تعتقدون"), "{a:#?}");
    let t = "\"أنتم تقولون إن الاتفاق انتهى\"، قال الوزير.";
    let a = run(t, &[]);
    assert!(a.iter().all(|a| a.cue.text != "تقولون"), "{a:#?}");
}

#[test]
fn nested_cue_right_after_the_complementizer_keeps_the_content() {
    let t = "وذكرت الشرطة أن المريضين يتلقيان العلاج، مؤكدة أنها تعتبر الأمر \"حادثا كبيرا\".";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "مؤكدة").content.text,
        "أنها تعتبر الأمر \"حادثا كبيرا\""
    );
    assert!(a.iter().all(|a| a.source.text != "الأمر"), "{a:#?}");
    let t = "وأوضحت الشرطة أنها اعتقدت في البداية أن الرجل تعاطى مادة مخدرة.";
    let a = run(t, &[]);
    assert!(find(&a, "وأوضحت").content.text.starts_with("أنها اعتقدت"));
    // A later cue in its own clause still cuts the content.
    let t = "وقال الوزير إن المحادثات مستمرة، فيما أكد السفير أن الاتفاق قريب.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").content.text, "إن المحادثات مستمرة");
}

#[test]
fn rules_and_laws_are_not_sources() {
    for t in [
        "وقرر الاتحاد الرد على الخطابات وفقا للوائح الاتحاد الدولي لكرة القدم.",
        "وسيحاكم المتهمون طبقا للقانون الجنائي.",
        "وتم التصويت وفقا لاتفاق الأطراف السياسية.",
        "وانسحبت القوات بحسب القرار الأممي.",
    ] {
        let e: Vec<Entity> = ["الاتحاد الدولي لكرة القدم"]
            .iter()
            .filter(|n| t.contains(*n))
            .map(|n| ent(t, n, 0, "ORG", None))
            .collect();
        assert!(run(t, &e).is_empty(), "{t}: {:#?}", run(t, &e));
    }
    // A body is still a source.
    let t = "وارتفع عدد القتلى إلى عشرة، بحسب الأمم المتحدة.";
    let e = [ent(t, "الأمم المتحدة", 0, "ORG", Some("United Nations"))];
    assert_eq!(run(t, &e).len(), 1);
}

#[test]
fn descriptions_resolve_only_to_compatible_antecedents() {
    // "المصدر" is the source just cited, not the last person named.
    let t = "ذكرت مجلة \"ذا تايم\" أن البعثة ستعود. ووصل ترامب إلى البيت الأبيض. وبحسب المصدر، فإن البعثة ستبقى طويلا.";
    let e = [ent(t, "ترامب", 0, "PER", Some("Donald Trump"))];
    let a = run(t, &e);
    let refers = find(&a, "وبحسب")
        .source
        .refers_to
        .clone()
        .unwrap_or_default();
    assert!(refers.contains("ذا تايم"), "{a:#?}");
    // A description with its own adjective is not resolved to the last organization.
    let t = "وقال مسؤول عسكري لوكالة فرانس برس إن الأطفال محتجزون. وتقول السلطات العراقية إن المقاتلين كانوا من روسيا.";
    let e = [ent(t, "فرانس برس", 0, "ORG", Some("AFP"))];
    let a = run(t, &e);
    assert_eq!(find(&a, "وتقول").source.refers_to, None);
    // The head must lead the earlier source: "عضو مجلس إدارة الاتحاد" is no "الاتحاد".
    let t = "وقال أحمد مجاهد عضو مجلس إدارة الاتحاد إن الطلبات كثيرة. ونشر اللاعب صورة على تويتر. وقال الاتحاد إنه لن يسمح بذلك.";
    let e = [
        ent(t, "أحمد مجاهد", 0, "PER", None),
        ent(t, "تويتر", 0, "ORG", Some("Twitter")),
    ];
    let a = run(t, &e);
    let last = a.last().expect("attributions");
    assert_eq!(last.source.text, "الاتحاد");
    assert_eq!(last.source.refers_to, None, "{last:#?}");
    // … while "الصحيفة" after a newspaper source still resolves.
    let t = "وذكرت صحيفة ديلي تلغراف أن الشرطة تحقق. وأضافت الصحيفة أن التحقيق مستمر.";
    let e = [ent(t, "ديلي تلغراف", 0, "ORG", Some("Daily Telegraph"))];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وأضافت").source.refers_to.as_deref(),
        Some("Daily Telegraph")
    );
}

#[test]
fn unnamed_sources_are_anonymous_even_in_a_named_body() {
    let t = "أفادت مصادر سكاي نيوز عربية بأن القوات تقدمت.";
    let e = [ent(t, "سكاي نيوز عربية", 0, "ORG", Some("Sky News Arabia"))];
    assert!(run(t, &e)[0].source.anonymous);
    let t = "وقال مسؤول في وزارة الخارجية الأمريكية إن المحادثات مستمرة.";
    let e = [ent(t, "وزارة الخارجية الأمريكية", 0, "ORG", None)];
    assert!(run(t, &e)[0].source.anonymous);
    let t = "ويقول أكاديميون إن هناك أكثر من رواية.";
    assert!(run(t, &[])[0].source.anonymous);
    // A named person is not anonymous.
    let t = "وقال مسؤول الإعلام في الوزارة أحمد علي إن الوضع مستقر.";
    let e = [ent(t, "أحمد علي", 0, "PER", None)];
    assert!(!run(t, &e)[0].source.anonymous);
}

#[test]
fn masdar_frame_allows_a_long_adjunct_and_new_cues() {
    let t = "ونقلت رويترز عن المدرب قوله في مؤتمر صحفي قبل المباراة بيوم واحد إن اللاعب سيعود إلى التشكيلة.";
    let e = [ent(t, "رويترز", 0, "ORG", Some("Reuters"))];
    let a = run(t, &e);
    assert_eq!(find(&a, "ونقلت").source.text, "رويترز");
    let t = "وكان الحارس ألمح سابقا إلى أن هذا الموسم قد يكون الأخير له.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "ألمح").source.text, "الحارس");
    let t = "وأفصح المدرب عن أن الفريق سيتعاقد مع مهاجم جديد.";
    assert_eq!(run(t, &[]).len(), 1);
}

#[test]
fn addressee_and_temporal_phrases_are_not_sources() {
    let t =
        "وقال لو دريان إن الاتفاق لم يمت. وأضاف لراديو \"أر.تي.إل\" الفرنسي \"هذا الاتفاق لم يمت\".";
    let e = [ent(t, "لو دريان", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "وأضاف").source.text, "لو دريان");
    let t = "وكان ترمب أوضح عند إعلان قراره أن الشركات أمامها ستة أشهر.";
    let e = [ent(t, "ترمب", 0, "PER", Some("Donald Trump"))];
    let a = run(t, &e);
    assert_eq!(find(&a, "أوضح").source.text, "ترمب");
}

#[test]
fn sentence_initial_verb_is_not_part_of_the_subject_before_the_cue() {
    let t = "ونشر صلاح تغريدة على تويتر قال فيها \"الطبيعي أن يسعى الاتحاد لحل المشاكل\".";
    let e = [ent(t, "صلاح", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "قال").source.text, "صلاح", "{a:#?}");
    let t = "وكتب ترامب رسالة على حسابه قال فيها إن الاتفاق سيئ.";
    let e = [ent(t, "ترامب", 0, "PER", Some("Donald Trump"))];
    let a = run(t, &e);
    assert_eq!(find(&a, "قال").source.text, "ترامب", "{a:#?}");
}

#[test]
fn quoted_platform_name_after_a_noun_cue_is_not_speech() {
    let t = "حسم المدير السابق الجدل بتغريدة على \"تويتر\" مثيرة للجدل.";
    assert!(run(t, &[]).is_empty(), "{:#?}", run(t, &[]));
    // (session 20: the occasion «بتغريدة» is no source; the subject of «وعلق» is)
    let t = "وعلق الوزير بتغريدة قال فيها: \"لن نتراجع\".";
    let a = run(t, &[]);
    // (the span still keeps the adjunct: «الوزير بتغريدة»; left for a later session)
    let src = &find(&a, "قال").source.text;
    assert!(src.starts_with("الوزير") && src != "بتغريدة", "{a:#?}");
}

#[test]
fn cue_in_a_causal_clause_is_not_carried_over() {
    let t = "ويقول أسامة عبداللطيف إن السد رائع. ويتفهم عبداللطيف مخاوف مصر، حيث إن الأمم المتحدة تتوقع أن يعاني البلد نقصا في المياه. ويقول: \"النيل هو حبل النجاة بالنسبة لمصر\".";
    let e = [
        ent(t, "أسامة عبداللطيف", 0, "PER", None),
        ent(t, "عبداللطيف", 1, "PER", None),
        ent(t, "الأمم المتحدة", 0, "ORG", Some("United Nations")),
    ];
    let a = run(t, &e);
    let last = a.last().expect("attributions");
    assert_eq!(last.cue.text, "ويقول");
    assert!(last.source.text.contains("عبداللطيف"), "{a:#?}");
}

#[test]
fn present_speech_verb_without_subject_carries_the_speaker() {
    let t = "وبعد الفرار نشر ميرزايانوف عددا من المؤلفات. ويقول إن أجهزة الأمن حاولت منعه من النشر.";
    let e = [ent(t, "ميرزايانوف", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "ويقول").source.text, "ميرزايانوف", "{a:#?}");
    let t = "وقال الوزير إن الوضع مستقر. ويضيف أن الحكومة تتابع الملف.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "ويضيف").source.text, "الوزير", "{a:#?}");
    // Impersonal forms still attribute nothing.
    for t in [
        "يذكر أن الفريق فاز باللقب.",
        "ويعتقد أن المادة المظلمة غير مرئية.",
    ] {
        assert!(run(t, &[]).is_empty(), "{t}");
    }
}

#[test]
fn hasab_qawl_and_homograph_cue_before_a_complementizer() {
    let t = "ولا يوجد هذا السم في مكان آخر حسب قول المختصين في هذا المجال.";
    let a = run(t, &[]);
    assert!(
        find(&a, "حسب قول").source.text.starts_with("المختصين"),
        "{a:#?}"
    );
    let t = "وكان العمل سريا حسب رواية الشهود.";
    assert_eq!(run(t, &[]).len(), 1);
    let t = "وقال المدير إن المشروع ناجح. وبين أن التوجه نحو الطاقة الشمسية سيقلل التكلفة.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وبين").source.text, "المدير", "{a:#?}");
    // "بين" "between" is still no cue.
    let t = "وتتواصل المفاوضات بين الطرفين حول الاتفاق.";
    assert!(run(t, &[]).is_empty());
}

#[test]
fn quoted_names_and_phrases_are_not_speech() {
    let t = "وأعلن المجلس أن الانسحاب سيجري قريبا، مؤكدا قدرة مقاتليه على \"حفظ أمن المدينة ضد أي تهديدات\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|a| !a.direct), "{a:#?}");
    let t = "وألقت منشورات دعت فيها السكان إلى الابتعاد عما أسمتها \"أعمال العنف والفوضى\".";
    assert!(run(t, &[]).is_empty(), "{:#?}", run(t, &[]));
    let t = "وحذر الجيش مما يسمى \"مجلس شورى المجاهدين في المدينة\".";
    assert!(run(t, &[]).is_empty(), "{:#?}", run(t, &[]));
}

#[test]
fn description_resolves_to_an_entity_of_its_kind() {
    // "العالم" (the scientist) is not the country named after the word.
    let t = "ولا يوجد في العالم غير روسيا من أنتج هذا السم. وقال العالم إنه يشعر بالندم.";
    let e = [ent(t, "روسيا", 0, "LOC", Some("Russia"))];
    let a = run(t, &e);
    assert_ne!(find(&a, "وقال").source.refers_to.as_deref(), Some("Russia"));
    // "المجلة" is not the person on its cover.
    let t =
        "تعود المجلة بغلاف يحمل ترامب وهو يرتدي ثياب الملك. وكتبت المجلة أن الغلاف تعبير عن الهجمات.";
    let e = [ent(t, "ترامب", 0, "PER", Some("Donald Trump"))];
    let a = run(t, &e);
    assert_ne!(
        find(&a, "وكتبت").source.refers_to.as_deref(),
        Some("Donald Trump")
    );
    // … but a minister introduced by his title is found.
    let t = "التقى وزير الخارجية مايك بومبيو نظيره. وقال الوزير إن اللقاء كان مثمرا.";
    let e = [ent(t, "مايك بومبيو", 0, "PER", Some("Mike Pompeo"))];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وقال").source.refers_to.as_deref(),
        Some("Mike Pompeo")
    );
}

#[test]
fn organization_description_does_not_take_a_different_kind_of_source() {
    let t = "وأكدت الوزارة الالتزام بالقواعد، وفقا لوكالة الأنباء السعودية. وأشارت الوزارة إلى أن حرية انتقال الأموال تعزز الثقة.";
    let e = [ent(t, "الأنباء السعودية", 0, "ORG", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "وأشارت").source.refers_to, None, "{a:#?}");
    let t = "وتم تطوير السم في منشأة سرية حسب قول ميرزايانوف وكانت تجرى التجارب على الحيوانات.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "حسب قول").source.text, "ميرزايانوف", "{a:#?}");
}

#[test]
fn vowelled_passive_cues_have_no_source() {
    for t in [
        "واستخدم المصمم رفات بشرية يُعتقد بأنها تعود إلى القديس.",
        "ويُعتبر المخيم أوسع منطقة يسيطر عليها التنظيم.",
        "ويُتوقع أن يرتفع معدل النمو إلى ثلاثة في المئة.",
    ] {
        assert!(run(t, &[]).is_empty(), "{t}: {:#?}", run(t, &[]));
    }
    // (The passive of saying "وذُكر أن" is hearsay with no speaker: not annotated since
    // session 22, see `vowelled_passive_of_afada_dhakara_alana`.)
    let t = "وذُكر أن الاجتماع تأجل إلى الأسبوع المقبل.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // Active forms whose prefix takes a damma are still cues.
    let t = "ويُؤكد الوزير أن الوضع مستقر.";
    assert_eq!(run(t, &[]).len(), 1);
    let t = "ويَعتقد الخبراء أن الأسعار سترتفع.";
    assert_eq!(run(t, &[]).len(), 1);
}

#[test]
fn time_phrase_before_the_clause_verb_is_not_the_subject() {
    let t = "وفي يناير قدّم نجفي تقريرا عن الإدارة السابقة للبلدية، وقال إن أموالا كبيرة ذهبت إلى جيوب مسؤولين.";
    let e = [ent(t, "نجفي", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "وقال").source.text, "نجفي", "{a:#?}");
    let t =
        "وفي بيان بموقع \"تويتر\" للتواصل الاجتماعي، اعتذرت ليدي غاغا لجمهورها، وقالت إنها محطمة.";
    let e = [
        ent(t, "تويتر", 0, "ORG", Some("Twitter")),
        ent(t, "ليدي غاغا", 0, "PER", None),
    ];
    let a = run(t, &e);
    assert_eq!(find(&a, "وقالت").source.text, "ليدي غاغا", "{a:#?}");
    let t = "وفي الأسبوع الماضي زار الوزير المدينة وقال إن الوضع مستقر.";
    let a = run(t, &[]);
    assert!(find(&a, "وقال").source.text.starts_with("الوزير"), "{a:#?}");
}

#[test]
fn resumptive_fiha_takes_the_author_named_before() {
    let t = "وكان صلاح قد نشر تغريدة غير واضحة قال فيها: \"بكل أسف طريقة التعامل فيها إهانة\".";
    let e = [ent(t, "صلاح", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "قال").source.text, "صلاح", "{a:#?}");
    let t = "ونشر صلاح تغريدة على تويتر قال فيها: \"لا أدري لماذا\".";
    let e = [
        ent(t, "صلاح", 0, "PER", None),
        ent(t, "تويتر", 0, "ORG", Some("Twitter")),
    ];
    let a = run(t, &e);
    assert_eq!(find(&a, "قال").source.text, "صلاح", "{a:#?}");
    let t = "أصدر الحوثيون بيانا نقلته وكالة سبأ أكدوا فيه أن الصماد قتل في غارة.";
    let e = [
        ent(t, "الحوثيون", 0, "ORG", Some("Houthis")),
        ent(t, "سبأ", 0, "ORG", Some("Saba")),
    ];
    let a = run(t, &e);
    assert!(
        find(&a, "أكدوا").source.text.starts_with("الحوثيون"),
        "{a:#?}"
    );
    let t = "وأصدرت الوزارة بيانا مطولا أكدت فيه أن الوضع مستقر.";
    let e = [ent(t, "الوزارة", 0, "ORG", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "أكدت").source.text, "الوزارة", "{a:#?}");
}

#[test]
fn addressee_outlet_and_apposition_clause_end_the_source() {
    let t =
        "غير أن وزير التجارة الدولية ليام فوكس، قال لبي بي سي إن منظمي الاحتجاجات أحرجوا أنفسهم.";
    let e = [ent(t, "ليام فوكس", 0, "PER", None)];
    let a = run(t, &e);
    assert!(find(&a, "قال").source.text.contains("ليام فوكس"), "{a:#?}");
    let t = "من ناحيتها، صرحت بتينا لوشر وهي متحدثة باسم برنامج الأغذية العالمي: \"نتوقع أن يزيد عدد النازحين\".";
    let e = [ent(t, "بتينا لوشر", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "صرحت").source.text, "بتينا لوشر", "{a:#?}");
}

#[test]
fn quantity_subjects() {
    let t = "وقال أكثر من 80 في المئة من المراهقين في المسح إن الامتحانات على رأس أولوياتهم.";
    let a = run(t, &[]);
    assert!(
        find(&a, "وقال")
            .source
            .text
            .starts_with("أكثر من 80 في المئة"),
        "{a:#?}"
    );
    let t = "وفي الدراسة، كشف نحو 59 بالمئة من الأميركيين أنهم ليسوا على استعداد لدفع رسوم.";
    let a = run(t, &[]);
    assert!(
        find(&a, "كشف").source.text.starts_with("نحو 59 بالمئة"),
        "{a:#?}"
    );
    let t = "وقال ثلثا المراهقين إنهم لم يدخنوا قط، بينما قال 24 في المئة إنهم لم يتناولوا الكحول.";
    let a = run(t, &[]);
    let last = a.last().expect("attributions");
    assert!(last.source.text.starts_with("24 في المئة"), "{a:#?}");
    // A number that is not a share still ends the source.
    let t = "وقال الوزير 3 مرات إن الاتفاق قريب.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").source.text, "الوزير");
}

// ---- Session 7: review of 40 ANT articles (general rules, new sentences) ----

#[test]
fn homographs_half_read_also_and_nouns_after_the_complementizer() {
    // نصف "half" is no "we describe".
    let a = run(
        "وأوضح التقرير أن نصف الطلاب لم يكملوا دراستهم هذا العام.",
        &[],
    );
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].cue.text, "وأوضح");
    // "اقرأ أيضا:" is a web link, not the dual of أقر with a colon quote.
    let b = run(
        "وقالت الشركة إن الأرباح تضاعفت. اقرأ أيضا: تراجع البورصة في طوكيو",
        &[],
    );
    assert!(b.iter().all(|x| x.cue.text != "اقرأ"), "{b:#?}");
    assert_eq!(b.len(), 1);
    // After the factive أنّ of a reporting verb the subject noun follows: رد, نقل.
    let c = run(
        "وأكد المحافظ أن رد البلدية تأخر كثيرا، وأوضح أن نقل المعدات يحتاج أسبوعا.",
        &[],
    );
    let cues: Vec<&str> = c.iter().map(|x| x.cue.text.as_str()).collect();
    assert_eq!(cues, ["وأكد", "وأوضح"], "{c:#?}");
    // (a verb after a temporal "بعد أن" is still a cue)
    let d = run("وغادر القاعة بعد أن قال المدير إن الجلسة انتهت.", &[]);
    assert!(d.iter().any(|x| x.cue.text == "قال"), "{d:#?}");
}

#[test]
fn first_person_plural_and_hypothetical_cues_inside_a_quote_are_not_attributions() {
    let t = "وقالت رئيسة البعثة ليلى حداد: \"أُبلغنا أمس بأن المعبر سيغلق، ونتوقع أن يستمر الإغلاق أسبوعا، وقد يقول البعض إن هذا مبالغ فيه\".";
    let e = [ent(t, "ليلى حداد", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].cue.text, "وقالت");
    // A first person singular speech act or belief stays a nested attribution.
    let t = "وقال المدرب: \"أعتقد أن الفريق سيتحسن في المباريات المقبلة\".";
    let b = run(t, &[]);
    assert!(b.iter().any(|x| x.cue.text == "أعتقد"), "{b:#?}");
}

#[test]
fn a_participle_asking_to_withhold_the_name_is_no_cue_and_makes_the_source_anonymous() {
    let a = run(
        "وقال ضابط في الشرطة، طالبا عدم الكشف عن هويته، إن المشتبه به اعتقل ليلا.",
        &[],
    );
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].cue.text, "وقال");
    assert!(a[0].source.anonymous);
    assert!(a[0].source.text.starts_with("ضابط في الشرطة"));
}

#[test]
fn definite_sources_inherit_or_declare_anonymity() {
    // A definite back-reference to an anonymous source.
    let a = run(
        "وقال مصدر عسكري إن القصف استهدف مخزنا للذخيرة. وأضاف المصدر أن الخسائر محدودة.",
        &[],
    );
    let b = find(&a, "وأضاف");
    assert_eq!(b.source.text, "المصدر");
    assert!(b.source.anonymous, "{a:#?}");
    // A definite source with a withheld-name clause before the content.
    let a = run(
        "وقال الدبلوماسي الأوروبي، الذي طلب عدم الكشف عن اسمه، إن العقوبات ستشمل شركات الطاقة.",
        &[],
    );
    assert!(find(&a, "وقال").source.anonymous, "{a:#?}");
    // ... but not a withheld-name clause inside the content.
    let a = run(
        "وقال وزير الداخلية إن رجلا رفض الكشف عن اسمه سلم نفسه للشرطة.",
        &[],
    );
    assert!(!find(&a, "وقال").source.anonymous, "{a:#?}");
    // A definite plural of an unnamed head.
    let a = run("وذكرت المصادر الطبية أن عدد الجرحى ارتفع إلى عشرين.", &[]);
    assert!(find(&a, "وذكرت").source.anonymous, "{a:#?}");
    // A head noun tagged PER by NER is still no name.
    let t = "وقال محامون إن المحاكمة ستؤجل إلى الشهر المقبل.";
    let e = [ent(t, "محامون", 0, "PER", None)];
    assert!(run(t, &e)[0].source.anonymous);
    // A named description is not anonymous.
    let t = "وقال وزير المالية سعيد خالد إن العجز تراجع. وأضاف الوزير أن الدين مستقر.";
    let e = [ent(t, "سعيد خالد", 0, "PER", None)];
    let a = run(t, &e);
    let b = find(&a, "وأضاف");
    assert!(!b.source.anonymous);
    assert_eq!(b.source.refers_to.as_deref(), Some("سعيد خالد"));
}

#[test]
fn a_plural_cue_never_carries_over_a_single_person() {
    let t = "ووجه عشرات النواب رسالة إلى رئيس الحكومة كريم سالم مطالبين بأن يستقيل فورا.";
    let e = [ent(t, "كريم سالم", 0, "PER", None)];
    let a = run(t, &e);
    assert!(
        a.iter()
            .all(|x| x.source.refers_to.as_deref() != Some("كريم سالم")),
        "{a:#?}"
    );
    let t = "واستقبل الرئيس سمير نجيب وفدا من النقابات. وقالوا إن اللقاء كان إيجابيا.";
    let e = [ent(t, "سمير نجيب", 0, "PER", None)];
    let a = run(t, &e);
    assert!(a.iter().all(|x| x.source.text != "سمير نجيب"), "{a:#?}");
    // (a singular continuation still carries over)
    let t = "وقال الرئيس سمير نجيب إن اللقاء كان إيجابيا، مضيفا أن الحوار سيستمر.";
    let e = [ent(t, "سمير نجيب", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "مضيفا").source.refers_to.as_deref(),
        Some("سمير نجيب")
    );
}

#[test]
fn a_relay_after_the_content_is_not_carried_over() {
    let t = "وأكدت رئيسة الوزراء هدى صالح أن الانتخابات ستجرى في موعدها، كما نقلت وكالات الأنباء المحلية. مضيفة \"لا تأجيل بعد اليوم\".";
    let e = [ent(t, "هدى صالح", 0, "PER", None)];
    let a = run(t, &e);
    assert!(a.iter().any(|x| x.cue.text == "نقلت"), "{a:#?}");
    let m = find(&a, "مضيفة");
    assert_eq!(m.source.refers_to.as_deref(), Some("هدى صالح"), "{a:#?}");
}

#[test]
fn a_bare_title_prefers_the_person_with_that_title() {
    // The title follows the name ("المدير الفني" is the coach).
    let t = "ويستعد ماركو رينالدي المدير الفني للنادي لمواجهة الفريق المنافس بقيادة نجمه أحمد سليم. وقال المدرب إن فريقه جاهز.";
    let e = [
        ent(t, "ماركو رينالدي", 0, "PER", None),
        ent(t, "أحمد سليم", 0, "PER", None),
    ];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وقال").source.refers_to.as_deref(),
        Some("ماركو رينالدي"),
        "{a:#?}"
    );
    // With no antecedent of its own, a bare person head is the person just cited, not
    // whoever was named last.
    let t = "وأفاد ضابط في الدفاع المدني أن الحريق اندلع في مصنع يملكه رجل الأعمال فادي ناصر. وأضاف المتحدث أن التحقيق جار.";
    let e = [ent(t, "فادي ناصر", 0, "PER", None)];
    let a = run(t, &e);
    let b = find(&a, "وأضاف");
    assert_ne!(b.source.refers_to.as_deref(), Some("فادي ناصر"), "{a:#?}");
    assert!(b.source.anonymous);
}

#[test]
fn indirect_content_stops_at_a_new_clause_or_continuation() {
    // A contrast with a reporter of its own ends the content ...
    let a = run(
        "وقال الناطق باسم البلدية إن المياه عادت إلى الأحياء، لكن شركة الكهرباء أكدت أن الأعطال مستمرة.",
        &[],
    );
    assert_eq!(find(&a, "وقال").content.text, "إن المياه عادت إلى الأحياء");
    let a = run(
        "وأكد المدير أن المصنع سيفتح أبوابه، غير أن النقابة ترى أن العمال لن يعودوا.",
        &[],
    );
    assert_eq!(find(&a, "وأكد").content.text, "أن المصنع سيفتح أبوابه");
    // ... a bare one usually goes on reporting the same speaker.
    let a = run(
        "وقال الطبيب إن المريض خضع لعملية طويلة، لكن حالته مستقرة الآن.",
        &[],
    );
    assert!(find(&a, "وقال").content.text.ends_with("مستقرة الآن"));
    let a = run(
        "وأوضح الوزير أن الحكومة لم تقرر بعد، نافيا وجود خلافات داخلها.",
        &[],
    );
    assert_eq!(find(&a, "وأوضح").content.text, "أن الحكومة لم تقرر بعد");
    // (a comma inside a quotation does not cut it)
    let a = run(
        "وقال المدير إن \"المصنع سيفتح، لكن ببطء\" خلال الشهر المقبل.",
        &[],
    );
    assert!(find(&a, "وقال").content.text.contains("لكن ببطء"));
}

#[test]
fn a_quote_closed_after_its_period_ends_the_sentence() {
    let a = run(
        "وأوضح النائب أن \"القانون سيطبق على الجميع دون استثناء.\" ويأتي التصويت بعد أسابيع من الجدل.",
        &[],
    );
    let c = &find(&a, "وأوضح").content.text;
    assert!(!c.contains("ويأتي"), "{c}");
    // ("…." قال الوزير: the cue after the quotation keeps it)
    let a = run("\"سنعيد بناء الجسر خلال عام.\" قال الوزير للصحفيين.", &[]);
    assert!(a.iter().any(|x| x.cue.text == "قال"), "{a:#?}");
}

#[test]
fn an_adjunct_between_cue_and_content() {
    let a = run(
        "وقالت الوزارة في رد مكتوب على أسئلة النواب إن المشروع سيكتمل العام المقبل.",
        &[],
    );
    let b = find(&a, "وقالت");
    assert_eq!(b.source.text, "الوزارة");
    assert!(b.content.text.starts_with("إن المشروع"));
    let a = run(
        "وقال الحارس عن تلك المباراة \"كانت أصعب لحظة في مسيرتي كلها\".",
        &[],
    );
    let b = find(&a, "وقال");
    assert!(b.direct);
    assert_eq!(b.source.text, "الحارس");
    assert_eq!(b.content.text, "كانت أصعب لحظة في مسيرتي كلها");
    // (a quotation right after عن is a topic, not speech)
    let a = run("وأفادت الوكالة عن \"سقوط قذائف على المدينة القديمة\".", &[]);
    assert!(a.is_empty(), "{a:#?}");
}

#[test]
fn quoted_names_are_not_direct_quotes() {
    // The cue's complement عن follows a quoted name.
    let a = run("أعلنت شركة \"سوني\"، عن جهازها الجديد للألعاب.", &[]);
    assert!(a.is_empty(), "{a:#?}");
    let a = run(
        "كشف قائد قوات \"درع الجنوب الموحد\" عن خطة لتأمين الطرق.",
        &[],
    );
    assert!(a.is_empty(), "{a:#?}");
    // A short quoted name in a participle's complement.
    let a = run(
        "وتحدث السفير عن التعاون، مشيرا إلى مشروعي \"ميناء الشمال\" ومحطة \"النور\".",
        &[],
    );
    assert!(a.iter().all(|x| x.cue.text != "مشيرا"), "{a:#?}");
    // A quoted name in the subject before a complementizer, and a real quotation, stay.
    let a = run("وقال مدير شركة \"النخيل\" إن المبيعات تضاعفت.", &[]);
    assert_eq!(find(&a, "وقال").content.text, "إن المبيعات تضاعفت");
    let a = run("وقال الحكم بعد المباراة \"لم أر أي خطأ في اللقطة\".", &[]);
    assert!(find(&a, "وقال").direct);
}

#[test]
fn a_carried_over_speaker_is_the_person_not_the_organization_in_the_title() {
    let t =
        "وقالت المتحدثة باسم وزارة الصحة سلمى عادل إن اللقاحات وصلت. وأضافت أن التطعيم يبدأ غدا.";
    let e = [
        ent(t, "وزارة الصحة", 0, "ORG", Some("Ministry of Health")),
        ent(t, "سلمى عادل", 0, "PER", Some("Salma Adel")),
    ];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وأضافت").source.refers_to.as_deref(),
        Some("Salma Adel"),
        "{a:#?}"
    );
}

#[test]
fn an_addressee_after_a_persons_name_is_not_part_of_the_source() {
    let t = "وقال نبيل فارس لرويترز إن الشركة ستوسع مصانعها.";
    let e = [ent(t, "نبيل فارس", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "وقال").source.text, "نبيل فارس");
    // (a title's own ل-phrase after an organization stays: "مدير بعثة الصندوق لمصر")
    let t = "وقال مدير مكتب البنك الدولي لمصر إن النمو تسارع.";
    let e = [ent(t, "البنك الدولي", 0, "ORG", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "وقال").source.text, "مدير مكتب البنك الدولي لمصر");
}

// ---- Session 8: recall of lexicon-covered and passive constructions ----

#[test]
fn impersonal_passive_is_not_annotated() {
    // Session 22 (s22a A2): guideline 2 leaves impersonal forms with no speaker out
    // (sessions 8–21 gave them the verb as an anonymous source).
    let t = "وغادر الوفد القاعة. وقيل إن الرئيس رفض المقترح، ويُقال إن المفاوضات ستستأنف غدا.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
}

#[test]
fn vowelled_passive_of_afada_dhakara_alana() {
    // The passives are recognised and dropped: their active homographs ("أفيد" "I
    // inform", "ذكر", "أعلن") do not turn into cues with some other subject.
    let t = "وأُفيد بأن عشرين شخصا أصيبوا في الحادث. وذُكر أن الشرطة أغلقت الطريق.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    let a = run("وَذُكر أن الشرطة أغلقت الطريق.", &[]);
    assert!(a.is_empty(), "{a:#?}");
    // Negative: the active verb with its subject is still a cue.
    let a = run("وذكرت الشرطة أنها أغلقت الطريق.", &[]);
    assert_eq!(find(&a, "وذكرت").source.text, "الشرطة", "{a:#?}");
}

#[test]
fn passive_damma_reads_the_vowel_after_clitics() {
    assert!(passive_damma("ذُكر", false));
    assert!(passive_damma("وَذُكر", false));
    assert!(passive_damma("وذُكر", false));
    // A root و keeps its own damma: وُصف.
    assert!(passive_damma("وُصف", false));
    assert!(passive_damma("ويُعتقد", true));
    assert!(!passive_damma("ذَكر", false));
    assert!(!passive_damma("وذكر", false));
}

#[test]
fn passive_needs_the_complementizer_and_stays_out_of_asides() {
    // "قيل كل شيء" has no clause; "يذكر أن" is the writer's aside; a negated
    // passive reports nothing; "قيل له" keeps the addressee.
    let t = "لقد قيل كل شيء عن المباراة. ويذكر أن الفريق فاز مرتين. ولم يقل إن الفريق خسر.              وقيل له إن الاجتماع تأجل.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "قيل"), "{a:#?}");
    assert!(a.iter().all(|x| x.cue.text != "ويذكر"), "{a:#?}");
    assert!(a.iter().all(|x| x.cue.text != "وقيل"), "{a:#?}");
}

#[test]
fn unspecified_source_is_not_carried_over() {
    let t = "قال المتحدث باسم الشرطة إن التحقيق مستمر. وقيل إن المشتبه به فر إلى الخارج.              وأضاف أن الشرطة ستنشر صوره.";
    let a = run(t, &[]);
    let add = find(&a, "وأضاف");
    assert!(add.source.text.contains("المتحدث"), "{add:#?}");
}

#[test]
fn document_verb_tadamman_with_clause() {
    let t = "وتضمن التقرير السنوي أن معدلات البطالة ارتفعت بشكل ملحوظ.";
    let a = run(t, &[]);
    let x = find(&a, "وتضمن");
    assert_eq!(x.source.text, "التقرير السنوي");
    assert_eq!(x.content.text, "أن معدلات البطالة ارتفعت بشكل ملحوظ");
    // A plain noun-phrase object is no report.
    let t = "وتضمن الاتفاق بنودا كثيرة حول تبادل الأسرى.";
    assert!(run(t, &[]).is_empty());
}

#[test]
fn pledge_with_clause_is_reported_speech() {
    let t = "وتعهد رئيس الحكومة بأن الرواتب ستصرف قبل العيد.";
    let a = run(t, &[]);
    let x = find(&a, "وتعهد");
    assert_eq!(x.source.text, "رئيس الحكومة");
    assert_eq!(x.content.text, "بأن الرواتب ستصرف قبل العيد");
    // "تعهد بـ + masdar" with no clause is an announcement, not annotated.
    let t = "وتعهد الوزير بمواصلة الإصلاحات الاقتصادية.";
    assert!(run(t, &[]).is_empty());
}

#[test]
fn issued_by_extends_the_source() {
    let t = "ووفقا لبيان صادر عن وزارة النقل فإن الرحلات ستستأنف الأسبوع المقبل.";
    let a = run(t, &[]);
    let x = find(&a, "ووفقا");
    assert_eq!(x.source.text, "بيان صادر عن وزارة النقل");
    assert_eq!(x.content.text, "فإن الرحلات ستستأنف الأسبوع المقبل");
    let t = "وقال بيان صادر عن مكتب الرئيس إن الزيارة ألغيت.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").source.text, "بيان صادر عن مكتب الرئيس");
    let t = "وأغلقت المدارس أبوابها، بحسب بيان صادرة عن البلدية.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "بحسب").source.text, "بيان صادرة عن البلدية");
}

#[test]
fn pledge_object_before_a_purpose_clause_is_no_report() {
    let t = "وتعهد المسؤولون بدرجة أكبر من الشفافية لضمان أن تكون المشروعات ناجحة.";
    assert!(run(t, &[]).is_empty(), "{:#?}", run(t, &[]));
    // A named addressee or club in the subject does not block it.
    let t = "وتعهد لوكاريلي، قائد بارما، بأنه لن يترك الفريق.";
    let e = [
        ent(t, "لوكاريلي", 0, "PER", None),
        ent(t, "بارما", 0, "ORG", None),
    ];
    let a = run(t, &e);
    assert_eq!(find(&a, "وتعهد").source.text, "لوكاريلي");
}

#[test]
fn pronoun_of_a_complementizer_after_a_passive_is_no_subject() {
    // "حيث أُفيد بأنه قال": the speaker of قال is the general named before, not "بأنه".
    let t = "وكان الجنرال جون سميث قد التقى مسؤولين في المدينة، حيث أُفيد بأنه قال إن \
             بلاده مستعدة للتفاوض.";
    let e = [ent(t, "جون سميث", 0, "PER", Some("John Smith"))];
    let a = run(t, &e);
    // (the passive itself is not annotated since session 22)
    assert!(a.iter().all(|x| x.cue.text != "أُفيد"), "{a:#?}");
    let said = find(&a, "قال");
    assert!(said.source.text.contains("جون سميث"), "{said:#?}");
}

// ---- Session 8 fresh review (docs/eval/fresh-review-s8.md): speaker selection, spurious cues, content ends ----

#[test]
fn an_adverb_or_a_year_ends_the_source() {
    let t = "ودمرت الغارة مخزنا قالت السلطات المحلية لاحقا إنه كان يضم أسلحة.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "قالت").source.text, "السلطات المحلية");
    let t = "وكانت الحكومة المصرية عام 2015 أعلنت أن المشروع سينتهي قريبا.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "أعلنت").source.text, "الحكومة المصرية");
}

#[test]
fn fa_inna_opens_the_content_after_a_prepositional_source() {
    let t = "وبحسب تقرير وزارة الصحة فإن عدد الإصابات ارتفع إلى مئة.";
    let a = run(t, &[]);
    let a = find(&a, "وبحسب");
    assert_eq!(a.source.text, "تقرير وزارة الصحة");
    assert!(a.content.text.starts_with("فإن عدد الإصابات"), "{a:#?}");
    // ("فان" as part of a name stays in the source.)
    let t = "وقال فان دايك إن الفريق جاهز.";
    let e = [ent(t, "فان دايك", 0, "PER", None)];
    assert_eq!(find(&run(t, &e), "وقال").source.text, "فان دايك");
}

#[test]
fn an_object_after_a_nisba_adjective_or_a_name_is_not_the_source() {
    let t = "واتهمت الحكومة الفرنسية الشركة الأمريكية بأنها خالفت القوانين.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "واتهمت").source.text, "الحكومة الفرنسية");
    let t = "وأعلن الجيش اللبناني اعتقال مشتبه به، السبت، مؤكدا أنه كان يخطط لهجوم.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "مؤكدا").source.text, "الجيش اللبناني");
    let t = "وسعت شركة أمازون نطاق خدماتها في أوروبا، وأعلنت، الاثنين أنها ستفتح مراكز جديدة.";
    let e = [ent(t, "شركة أمازون", 0, "ORG", Some("Amazon"))];
    let a = run(t, &e);
    assert_eq!(find(&a, "وأعلنت").source.text, "شركة أمازون");
}

#[test]
fn a_passive_of_naming_is_no_cue() {
    let t = "وقال مستثمر ثالث يدعى أحمد كمال إن الشركة تخسر المال.";
    let a = run(t, &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].cue.text, "وقال");
    assert!(a[0].source.text.starts_with("مستثمر ثالث"));
    let t = "وانضمت إلى التنظيم شابة مغربية تدعى سارة العلمي قبل أعوام.";
    assert!(run(t, &[]).is_empty());
    // (the claim verb ادّعى keeps its content)
    let t = "ويدعي المتهم أن الشرطة عذبته.";
    assert_eq!(find(&run(t, &[]), "ويدعي").source.text, "المتهم");
}

#[test]
fn the_antecedent_of_a_relative_after_a_comma_speaks() {
    let t = "وقال الرئيس دونالد ترامب إن الاقتصاد قوي. والتقى وزير الدفاع بالسفير الإيطالي ماركو روسي، الذي قال إن بلاده مستعدة للتعاون.";
    let e = [
        ent(t, "دونالد ترامب", 0, "PER", Some("Donald Trump")),
        ent(t, "ماركو روسي", 0, "PER", None),
    ];
    let a = run(t, &e);
    assert_eq!(find(&a, "قال").source.text, "السفير الإيطالي ماركو روسي");
}

#[test]
fn a_prepositional_phrase_is_never_the_speaker() {
    let t =
        "وكان المحامي جون سميث قد انتقد التحقيق. وفي مقابلة تلفزيونية أجريت أمس قال إن موكله بريء.";
    let e = [ent(t, "جون سميث", 0, "PER", None)];
    let a = run(t, &e);
    let a = find(&a, "قال");
    assert!(!a.source.text.contains("مقابلة"), "{a:#?}");
    assert!(a.source.text.contains("جون سميث"), "{a:#?}");
}

#[test]
fn a_relative_of_a_named_person_is_the_speaker() {
    let t =
        "وروت والدة الطالب محمود سعيد ما جرى في تلك الليلة، إذ كتبت أن ابنها خرج صباحا ولم يعد.";
    let e = [ent(t, "محمود سعيد", 0, "PER", None)];
    let a = run(t, &e);
    let a = find(&a, "كتبت");
    assert_eq!(a.source.text, "والدة الطالب محمود سعيد");
    let t = "وقالت زوجة اللاعب كريم بنزيمة إن زوجها سيعود. وأضافت أنها متفائلة.";
    let e = [ent(t, "كريم بنزيمة", 0, "PER", Some("Karim Benzema"))];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وأضافت").source.refers_to.as_deref(),
        Some("زوجة اللاعب كريم بنزيمة")
    );
}

#[test]
fn a_carried_name_is_a_whole_word() {
    let t = "وقال الرئيس الكوري مون إن القمة ناجحة. وزار الوفد قرية بانمونجوم الحدودية. وأضاف أن السلام ممكن.";
    let e = [ent(t, "مون", 0, "PER", None)];
    let a = run(t, &e);
    let a = find(&a, "وأضاف");
    assert!(!a.source.text.contains("بانمون"), "{a:#?}");
}

#[test]
fn indirect_content_ends_at_a_narrators_contrast_or_a_participle() {
    let t = "وقال المسؤول إن روسيا تتحمل المسؤولية، فيما تنفي موسكو أي تورط في الهجوم.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").content.text, "إن روسيا تتحمل المسؤولية");
    let t = "وأعلن الرئيس أن القوات \"جاهزة\"، ومنتقدا الحكومة السابقة لتقاعسها.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وأعلن").content.text, "أن القوات \"جاهزة\"");
    let t = "وقالت الوزيرة إن الأمل ما زال قائما، إلا أنها أوضحت أن المفاوضات صعبة.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقالت").content.text, "إن الأمل ما زال قائما");
}

#[test]
fn an_indefinite_person_before_a_present_cue_is_its_subject() {
    let t = "وجاء قرار النادي بعد شكوى قدمتها امرأة تقول إن المدرب أساء معاملتها.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "تقول").source.text, "امرأة");
    // (a disagreeing noun is no subject)
    let t = "ونشرت الصحيفة رسالة من رجل تقول إن الوضع خطير.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.source.text != "رجل"), "{a:#?}");
}

#[test]
fn after_kana_and_a_subject_the_words_after_the_cue_are_its_object() {
    let t = "وكان التلفزيون الرسمي أكد تعرض \"عدة مواقع عسكرية في الريف\" لقصف صاروخي.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "أكد").source.text, "التلفزيون الرسمي");
}

#[test]
fn a_verb_with_an_object_pronoun_after_ma_is_no_speaker() {
    let t = "وكان قائد القوات جون ميلر قد انتقد الحركة مرارا. هذا ما دفعه يقول: إن \"السلام ممكن رغم العنف\".";
    let e = [ent(t, "جون ميلر", 0, "PER", None)];
    let a = run(t, &e);
    let a = find(&a, "يقول");
    assert!(a.source.text.contains("جون ميلر"), "{a:#?}");
}

#[test]
fn a_possessive_speech_noun_and_a_medium_end_the_source() {
    let t = "وواصل الوزير كلمته قائلا إن الحكومة ستدعم المزارعين.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "قائلا").source.text, "الوزير");
    let t = "وأوردت الحركة على موقعها الرسمي \"نرفض الاتفاق بصيغته الحالية تماما\".";
    let a = run(t, &[]);
    let a = find(&a, "وأوردت");
    assert_eq!(a.source.text, "الحركة");
    assert!(a.direct);
}

#[test]
fn a_definite_object_after_a_one_word_description_is_cut() {
    let t = "ووصف النائب القرار بأنه \"خطأ فادح\".";
    let a = run(t, &[]);
    assert_eq!(find(&a, "ووصف").source.text, "النائب");
    let t = "وأبلغ الوزير الصحفيين بأن الاجتماع تأجل.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وأبلغ").source.text, "الوزير");
}

#[test]
fn a_titled_appositive_name_and_its_adjuncts() {
    let t = "قال قائد القوات الدولية في المنطقة، الجنرال بيتر مولر، الخميس خلال مؤتمر صحفي عبر الفيديو في العاصمة إن الوضع يتحسن.";
    let e = [ent(t, "بيتر مولر", 0, "PER", None)];
    let a = run(t, &e);
    let a = find(&a, "قال");
    assert_eq!(a.source.text, "قائد القوات الدولية في المنطقة", "{a:#?}");
    assert_eq!(a.source.refers_to.as_deref(), Some("بيتر مولر"));
}

#[test]
fn cues_with_an_object_pronoun() {
    let t = "وأخبره الوزير بأن الاجتماع تأجل.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وأخبره").source.text, "الوزير");
    // ("فيما وصفه "…"": "what he called")
    let t = "وهاجم الرئيس المعارضة فيما وصفه \"بالحملة الظالمة\" ضده.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "وصفه"), "{a:#?}");
    // (inside a quotation: the quoted story's own narration)
    let t = "وقال الكاتب: \"اعتقلته الشرطة للتحقيق معه، فأخبرهم بأنه بريء من التهمة\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "فأخبرهم"), "{a:#?}");
}

#[test]
fn wasala_reports_only_before_a_colon() {
    let t = "وواصلت المدربة: \"سنلعب بقوة في المباراة القادمة\".";
    let a = run(t, &[]);
    let a = find(&a, "وواصلت");
    assert_eq!(a.source.text, "المدربة");
    assert!(a.direct);
    let t = "وواصلت القوات تقدمها رغم أن الطقس سيئ.";
    assert!(run(t, &[]).is_empty());
}

#[test]
fn a_relay_frame_inside_a_speech_clause() {
    let t = "وقال المدرب بحسب ما نقل الموقع الرسمي للنادي \"لدينا فرصة كبيرة للفوز باللقب\".";
    let a = run(t, &[]);
    let q = find(&a, "وقال");
    assert_eq!(q.source.text, "المدرب");
    assert_eq!(q.content.text, "لدينا فرصة كبيرة للفوز باللقب");
    let r = find(&a, "بحسب ما نقل");
    assert!(r.content.text.contains("لدينا فرصة"), "{r:#?}");
}

#[test]
fn demonstratives_and_earlier_unnamed_mentions_keep_anonymity() {
    let t = "وقال مصدر دبلوماسي إن المحادثات فشلت. وأضافت هذه المصادر أن الجولة المقبلة ألغيت.";
    let a = run(t, &[]);
    assert!(find(&a, "وأضافت").source.anonymous);
    let t = "أعلن مصدر أمنى مصري تخصيص آلاف العناصر لتأمين الانتخابات. وقال المصدر إن الخطة تشمل كل المحافظات.";
    let a = run(t, &[]);
    let a = find(&a, "وقال");
    assert!(a.source.anonymous);
    assert_eq!(a.source.refers_to.as_deref(), Some("مصدر أمنى مصري"));
}

#[test]
fn idioms_rankings_and_reminders_are_no_reports() {
    for t in [
        "وأشارت كل أصابع الاتهام إلى أن الحكومة متورطة.",
        "ويذكر هذا المشهد الكثير من الناس أنهم عاشوا تجربة مماثلة.",
        "واختير اللاعب الأفضل في العالم حسب الاتحاد الدولي لكرة القدم.",
        "وحصل اللاعب على نصف الأصوات لأنه أظهر بوضوح أن الفريق يعتمد عليه.",
    ] {
        assert!(run(t, &[]).is_empty(), "{t}: {:#?}", run(t, &[]));
    }
    // (a quantity is no rank: "أكثر من 50 عاما، وفق الوزارة")
    let t = "فقدت آلاف القطع الأثرية على مدى أكثر من 50 عاما، وفق وزارة الآثار المصرية.";
    assert_eq!(find(&run(t, &[]), "وفق").source.text, "وزارة الآثار المصرية");
}

#[test]
fn an_expectation_after_a_relative_needs_a_named_antecedent() {
    let t = "وبدأ العمل في المشروع الأكبر في العالم، والذي يتوقع أن ينجز بعد عشر سنوات.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.source.text != "العالم"), "{a:#?}");
}

#[test]
fn a_relative_clause_without_a_pronoun_ends_the_source() {
    let t = "وارتفعت الأسعار بشدة، وفقا لتقرير حصلت عليه الصحيفة.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وفقا").source.text, "تقرير");
    let t = "وبحسب وثيقة اطلعت عليها وكالة رويترز، فإن العقوبات تشمل عشرين سفينة.";
    let a = run(t, &[]);
    let a = find(&a, "وبحسب");
    assert_eq!(a.source.text, "وثيقة");
    assert!(a.content.text.starts_with("فإن العقوبات"), "{a:#?}");
}

#[test]
fn a_bare_organization_noun_takes_its_parenthesized_name() {
    let t = "وقال بنك (إيه.إن.زد) إن أسعار النفط سترتفع.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").source.text, "بنك (إيه.إن.زد)");
    // (an age in parentheses stays out)
    let t = "وقال الحارس (25 عاما) إن الفريق جاهز.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").source.text, "الحارس");
}

#[test]
fn a_relative_whose_antecedent_names_no_speaker_is_no_report() {
    let t = "وقال الرئيس إن الاقتصاد قوي. ونفى الوزير الأنباء التي تتحدث عن أنه سيستقيل.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "تتحدث"), "{a:#?}");
    // (the antecedent after a frame preposition speaks: "وفق المرصد الذي أضاف")
    let t = "وتتمركز في المقر قوات النظام، وفق المرصد الذي أضاف أن صواريخ سقطت قربه.";
    assert_eq!(find(&run(t, &[]), "أضاف").source.text, "المرصد");
    // (a resumptive "فيه" points to the possessor: "تصريحه الذي قال فيه إن")
    let t = "وأثار الوزير سامي حداد جدلا واسعا. وعن تصريحه الذي قال فيه إن الخطة فشلت، أوضح أنه يقصد المرحلة الأولى.";
    let e = [ent(t, "سامي حداد", 0, "PER", None)];
    let a = run(t, &e);
    assert!(a.iter().any(|x| x.cue.text == "قال"), "{a:#?}");
}

#[test]
fn a_title_before_a_name_is_no_object() {
    let t = "وشدد وزير الخارجية الإماراتي الشيخ عبدالله بن زايد على أن العلاقات قوية.";
    let e = [ent(t, "عبدالله بن زايد", 0, "PER", None)];
    let a = run(t, &e);
    assert!(find(&a, "وشدد").source.text.ends_with("عبدالله بن زايد"));
    let t = "وخاطبت السفيرة الأميركية الرئيس الفلسطيني مباشرة قائلة: \"نحن مستعدون للحوار\".";
    let a = run(t, &[]);
    assert_eq!(find(&a, "قائلة").source.text, "السفيرة الأميركية");
}

#[test]
fn naql_with_a_direct_object_relays_someone_elses_text() {
    let t =
        "ونقلت وكالة الأنباء الرسمية البيان الصادر عن الجيش وجاء فيه: \"تمت السيطرة على المدينة\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "ونقلت"), "{a:#?}");
}

#[test]
fn the_relative_belongs_to_the_last_conjunct() {
    let t = "ويعد الاستقرار مهما للعراق والدول المجاورة التي تخشى أن تتدفق أعداد من اللاجئين.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "تخشى").source.text, "الدول المجاورة");
}

#[test]
fn a_pronoun_preposition_before_the_subject_is_skipped() {
    let t = "وأجرى الرئيس اتصالا بالملك، أخبره خلاله الملك بأن التحقيق بدأ.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "أخبره").source.text, "الملك");
}

#[test]
fn a_participle_with_an_object_before_its_clause() {
    let t = "وانتقد النائب الحكومة بشدة، واصفا الخطة التي قدمتها بأنها \"فاشلة تماما\".";
    let a = run(t, &[]);
    let a = find(&a, "واصفا");
    assert!(a.content.text.starts_with("بأنها"), "{a:#?}");
    // (a long stretch before the clause belongs to something else)
    let t = "وغادر الوزير القاعة واصفا الأجواء التي سادت الجلسة الأولى للبرلمان الجديد في العاصمة بعد أن أعلن رئيسه أن الجلسة رفعت.";
    assert!(run(t, &[]).iter().all(|x| x.cue.text != "واصفا"));
}

#[test]
fn nested_indirect_content_leaves_out_the_outer_closing_mark() {
    let t = "وأضاف البيان: \"لن يحضر الرئيس القمة، لأن بعض الأطراف أشاروا إلى أنهم لم يستشاروا\".";
    let a = run(t, &[]);
    assert_eq!(find(&a, "أشاروا").content.text, "إلى أنهم لم يستشاروا");
}

#[test]
fn a_relative_clause_verb_is_no_subject_of_an_impersonal_expectation() {
    let t = "وبدأ التحقيق الذي تتولاه النيابة في حادث الحريق، ويتوقع أن \"يستمر أسابيع\".";
    let a = run(t, &[]);
    assert!(
        a.iter().all(|x| !x.source.text.starts_with("تتولاه")),
        "{a:#?}"
    );
    let t = "وقال الوزير إن المشروع الذي تموله الحكومة يتوقع أن ينتهي قريبا.";
    let a = run(t, &[]);
    assert!(
        a.iter().all(|x| !x.source.text.starts_with("تموله")),
        "{a:#?}"
    );
}

#[test]
fn a_prepositional_frame_with_a_long_apposition_before_fa_inna() {
    let t = "ووفقا لما قاله الباحث في جامعة القاهرة، والمؤلف الرئيسي للدراسة التي نشرت في مجلة علمية الشهر الماضي، أحمد علي، فإن النتائج مشجعة.";
    let a = run(t, &[]);
    let a = find(&a, "ووفقا لما قاله");
    assert!(a.content.text.starts_with("فإن النتائج"), "{a:#?}");
}

#[test]
fn an_untagged_two_word_name_after_a_nisba_stays_in_the_source() {
    let t = "وقال وزير الإعلام الكيني جوزيف موانغي، اليوم، إن الزيارة ناجحة.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "وقال").source.text,
        "وزير الإعلام الكيني جوزيف موانغي"
    );
    // (a masdar object with its complement is still cut)
    let t = "وأعلن الجيش الأردني اعتقال مشتبه به، الأحد، مؤكدا أنه كان يخطط لهجوم.";
    assert_eq!(find(&run(t, &[]), "مؤكدا").source.text, "الجيش الأردني");
}

#[test]
fn generic_and_partitive_sources_are_anonymous() {
    for (t, cue, source) in [
        ("ويرى كثيرون أن القرار جاء متأخرا.", "ويرى", "كثيرون"),
        ("وقال متابعون إن الحفل كان ناجحا.", "وقال", "متابعون"),
        (
            "وقال أحد المسؤولين إن المفاوضات ستستأنف.",
            "وقال",
            "أحد المسؤولين",
        ),
        (
            "وذكرت وكالات الأنباء أن الطائرة هبطت بسلام.",
            "وذكرت",
            "وكالات الأنباء",
        ),
        (
            "وأكدت الجهات المعنية أن التحقيق مستمر.",
            "وأكدت",
            "الجهات المعنية",
        ),
        ("وقال آخرون إن الأسعار سترتفع.", "وقال", "آخرون"),
    ] {
        let a = run(t, &[]);
        let a = find(&a, cue);
        assert_eq!(a.source.text, source, "{t}");
        assert!(a.source.anonymous, "{t}");
    }
}

// Session 9: fixes from the held-out reviews `docs/eval/fresh-review-s9a.md` (classes C5,
// C9, C11) and `fresh-review-s9b.md` (C1, C2, C6). New sentences of each construction.

#[test]
fn dual_and_one_of_two_sources_are_anonymous() {
    for (t, cue, source) in [
        (
            "وقال مسؤولان أمنيان إن الهجوم أحبط.",
            "وقال",
            "مسؤولان أمنيان",
        ),
        ("وأكد شاهدان أن الانفجار وقع ليلا.", "وأكد", "شاهدان"),
        ("وذكر أحد المصدرين أن الاجتماع تأجل.", "وذكر", "أحد المصدرين"),
    ] {
        let a = run(t, &[]);
        let a = find(&a, cue);
        assert_eq!(a.source.text, source, "{t}");
        assert!(a.source.anonymous, "{t}");
    }
}

#[test]
fn a_hypothetical_sayer_is_anonymous_and_the_addressee_stays_out() {
    let t = "وقد يقول لك قائل: \"لم يتغير شيء في المدينة منذ سنوات\".";
    let a = run(t, &[]);
    let a = find(&a, "يقول");
    assert_eq!(a.source.text, "قائل");
    assert!(a.source.anonymous);
    assert!(a.direct);
    // "وقال لنا الوزير": a first person addressee before the subject.
    let t = "وقال لنا الوزير إن الاتفاق سيوقع قريبا.";
    assert_eq!(find(&run(t, &[]), "وقال").source.text, "الوزير");
}

#[test]
fn unnamed_reports_and_people_in_general_are_anonymous() {
    for (t, cue, source) in [
        (
            "وتشير التقارير الأولية إلى أن الحريق بدأ في المطبخ.",
            "وتشير",
            "التقارير الأولية",
        ),
        (
            "ويعتقد الناس في القرية أن المياه ملوثة.",
            "ويعتقد",
            "الناس في القرية",
        ),
    ] {
        let a = run(t, &[]);
        let a = find(&a, cue);
        assert_eq!(a.source.text, source, "{t}");
        assert!(a.source.anonymous, "{t}");
    }
}

#[test]
fn the_person_quoted_by_an_outlet_keeps_an_unnamed_source_anonymous() {
    let t = "ونقلت صحيفة \"الأخبار\" عن مصدر في شرطة القاهرة قوله إن المشتبه به اعتقل، مضيفا أن التحقيق بدأ.";
    let e = [ent(t, "القاهرة", 0, "LOC", Some("Cairo"))];
    let a = run(t, &e);
    let a = find(&a, "مضيفا");
    assert_eq!(a.source.text, "مصدر في شرطة القاهرة");
    assert!(a.source.anonymous);
    assert_ne!(a.source.refers_to.as_deref(), Some("Cairo"));
}

#[test]
fn an_apposed_name_after_the_clause_subject_belongs_to_the_source() {
    let t = "دافع وزير الخارجية الفرنسي، جان إيف لودريان، عن الاتفاق مشيرا إلى أن بلاده ستلتزم به. وأكد الوزير الفرنسي أن المفاوضات ستستمر.";
    let e = [
        ent(t, "جان إيف لودريان", 0, "PER", Some("Jean-Yves Le Drian")),
        ent(t, "الفرنسي", 0, "MISC", None),
    ];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "مشيرا").source.text,
        "وزير الخارجية الفرنسي، جان إيف لودريان"
    );
    // A later title resolves to the person, not to the bare title.
    assert_eq!(
        find(&a, "وأكد").source.refers_to.as_deref(),
        Some("Jean-Yves Le Drian")
    );
}

#[test]
fn a_name_in_the_titles_complement_does_not_block_the_apposed_speaker() {
    let t = "وقال المتحدث باسم نتنياهو، عوفر غندلمان، إن الحكومة لن تتراجع.";
    let e = [
        ent(t, "نتنياهو", 0, "PER", Some("Benjamin Netanyahu")),
        ent(t, "عوفر غندلمان", 0, "PER", None),
    ];
    let a = run(t, &e);
    let a = find(&a, "وقال");
    assert_eq!(a.source.text, "المتحدث باسم نتنياهو");
    assert_eq!(a.source.refers_to.as_deref(), Some("عوفر غندلمان"));
    // A company name NER took for a person, after "لشركة".
    let t = "وقال المدير التنفيذي لشركة نور كابيتال، سامي نور، إن الأسواق مستقرة. وأضاف نور أن الطلب قوي.";
    let e = [
        ent(t, "نور كابيتال", 0, "PER", None),
        ent(t, "سامي نور", 0, "PER", None),
    ];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وقال").source.text,
        "المدير التنفيذي لشركة نور كابيتال"
    );
    assert_eq!(
        find(&a, "وقال").source.refers_to.as_deref(),
        Some("سامي نور")
    );
}

#[test]
fn a_title_with_an_apposed_name_is_found_again_by_its_title() {
    let t = "وأعاد الكاتب المصري، علاء الأسواني، نشر مقال قديم، مؤكدا أن الوضع تغير. وجاء ذلك في مقابلة أجراها الكاتب المصري مع صحيفة، حيث قال: \"لن أتوقف عن الكتابة\".";
    let e = [ent(t, "علاء الأسواني", 0, "PER", None)];
    let a = run(t, &e);
    let q = find(&a, "قال");
    assert_eq!(q.source.text, "الكاتب المصري");
    let second = t.rfind("الكاتب المصري").unwrap_or(0);
    assert_eq!(
        q.source.start,
        t.get(..second).unwrap_or("").chars().count()
    );
}

#[test]
fn in_what_happened_is_no_clause_connector() {
    let t = "قال المحلل إن الأسعار سترتفع.\nعلق المغني الشهير، خالد سليم، على الحادث منتقدا الحكومة، ملقيا اللوم فيما جرى قائلا إن \"المسؤولية جماعية\".";
    let e = [ent(t, "خالد سليم", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "قائلا").source.text, "المغني الشهير، خالد سليم");
}

#[test]
fn the_subject_after_a_contrastive_inna_speaks_for_a_coordinated_cue() {
    let t = "ونشرت منظمة العفو الدولية تقريرا اعتبرت فيه أن السجون مكتظة.\nغير أن السلطات الأردنية تنفي هذه الاتهامات دائما وتؤكد أن السجون تخضع للرقابة.";
    let e = [ent(
        t,
        "منظمة العفو الدولية",
        0,
        "ORG",
        Some("Amnesty International"),
    )];
    let a = run(t, &e);
    assert_eq!(find(&a, "وتؤكد").source.text, "السلطات الأردنية");
}

#[test]
fn a_feminine_clause_subject_after_a_time_phrase_agrees_with_its_cue() {
    let t = "وقال الوزير إن الحدود آمنة.\nومنذ أسابيع تقصف مقاتلات إسرائيلية مواقع في الجنوب، وتقول إن المسلحين يختبئون فيها.";
    let e = [ent(t, "الوزير", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "وتقول").source.text, "مقاتلات إسرائيلية");
    // (a feminine event noun is no speaker)
    let t =
        "وقال الوزير إن الحدود آمنة.\nوتسببت العملية بتوتر بين البلدين، وقالت إن ذلك يضر بالحرب.";
    let a = run(t, &e);
    assert!(a.iter().all(|x| x.source.text != "العملية"), "{a:#?}");
}

#[test]
fn speech_after_a_colon_follows_a_medium_adjunct() {
    let t = "وقال رئيس النادي على حسابه الرسمي في \"تويتر\": لن أستقيل من منصبي مهما حدث.";
    let a = run(t, &[]);
    let a = find(&a, "وقال");
    assert_eq!(a.source.text, "رئيس النادي");
    assert!(a.direct);
    assert!(a.content.text.starts_with("لن أستقيل"));
    let t = "وكتب اللاعب في تغريدة: أشكر الجماهير على دعمها.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وكتب").source.text, "اللاعب");
}

#[test]
fn a_family_speaks_after_bihasab() {
    let t = "وسيتم الدفن غدا في مسقط رأسه بحسب العائلة.";
    let a = run(t, &[]);
    let a = find(&a, "بحسب");
    assert_eq!(a.source.text, "العائلة");
    assert!(a.content.text.starts_with("وسيتم الدفن"));
    let t = "وفقا لأسرته، فإن الطالب لم يعد إلى المنزل منذ يومين.";
    assert!(run(t, &[]).iter().any(|x| x.source.text.contains("أسرته")));
    // (a rule or a long phrase is still no source)
    assert!(run("وتم ذلك وفقا للقانون المعمول به.", &[]).is_empty());
}

#[test]
fn bayyana_is_a_cue_before_a_short_subject_and_a_complementizer() {
    for (t, cue, source) in [
        ("وبيّن المدير أن الأرباح ارتفعت.", "وبيّن", "المدير"),
        (
            "وقال الوزير إن المشروع تأخر، وبين المسؤولون أن التمويل نقص.",
            "وبين",
            "المسؤولون",
        ),
    ] {
        let a = run(t, &[]);
        assert_eq!(find(&a, cue).source.text, source, "{t}");
    }
    // "between" stays a preposition
    let t = "وقارن الباحث بين الحكومة والمعارضة أن يكون الحوار ممكنا.";
    assert!(run(t, &[]).iter().all(|x| x.cue.text != "بين"));
    let t = "وتتراوح الأسعار بين المدن الكبرى بأن ترتفع.";
    assert!(run(t, &[]).iter().all(|x| !x.cue.text.contains("بين")));
}

#[test]
fn zada_and_ikhtatama_report_only_before_a_colon() {
    let t = "وزاد المدرب في المؤتمر الصحفي: \"علينا أن نفوز في المباراة المقبلة\". واختتم الحارس حديثه: لا أفكر في الرحيل الآن.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وزاد").source.text, "المدرب");
    assert!(find(&a, "وزاد").direct);
    assert_eq!(find(&a, "واختتم").source.text, "الحارس");
    // elsewhere they are "increased", "concluded"
    let t = "وزاد الإنتاج بنسبة 5 في المئة، واختتم المؤتمر أعماله أمس.";
    assert!(run(t, &[]).is_empty());
    // ("أضاف رقما …، وزاد:": the colon belongs to وزاد, not to the earlier verb)
    let t = "وأشار المحلل إلى أن اللاعب أضاف رقما جديدا، وزاد: هذا إنجاز تاريخي للنادي.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "أضاف"), "{a:#?}");
    assert_eq!(find(&a, "وزاد").source.text, "المحلل");
}

#[test]
fn a_first_person_plural_verb_in_colon_speech_is_no_cue() {
    let t = "وقال المدير في بيان: نعمل ليل نهار، وإذا نجحنا فهذا واجبنا، ومن الأمور التي أزعجتنا: التأخير في التمويل.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "واجبنا"), "{a:#?}");
    assert_eq!(find(&a, "وقال").source.text, "المدير");
}

#[test]
fn a_name_after_a_complementizer_speaks_for_an_object_suffixed_cue() {
    let t = "وقال الرئيس إن ولي العهد أبلغه بأن التحقيق سيكتمل قريبا.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "أبلغه").source.text, "ولي العهد");
    // the outer content keeps the nested clause
    assert!(
        find(&a, "وقال").content.text.contains("أبلغه بأن"),
        "{a:#?}"
    );
}

#[test]
fn the_plural_speakers_of_an_asyndetic_relative_after_li() {
    let t = "وافتتحت الندوة بكلمات لخبراء دوليين أكدوا فيها أن الإصلاح ضروري.";
    let a = run(t, &[]);
    let a = find(&a, "أكدوا");
    assert_eq!(a.source.text, "خبراء دوليين");
    assert!(a.source.anonymous);
}

#[test]
fn a_reports_person_subject_goes_on_speaking() {
    let t = "وذكرت صحيفة \"الغارديان\" أن ميسي رفض العرض، مضيفا: \"لن أترك النادي\".";
    let e = [
        ent(t, "الغارديان", 0, "ORG", Some("The Guardian")),
        ent(t, "ميسي", 0, "PER", Some("Lionel Messi")),
    ];
    let a = run(t, &e);
    let a = find(&a, "مضيفا");
    assert_eq!(a.source.text, "ميسي");
    assert_eq!(a.source.refers_to.as_deref(), Some("Lionel Messi"));
}

#[test]
fn a_documents_author_and_an_an_complement_stay_in_the_source() {
    for (t, cue, source) in [
        (
            "وكشفت دراسة لجامعة أكسفورد أن النوم يحسن الذاكرة.",
            "وكشفت",
            "دراسة لجامعة أكسفورد",
        ),
        (
            "وقال فريق الدفاع عن المتهم إن موكله بريء.",
            "وقال",
            "فريق الدفاع عن المتهم",
        ),
        (
            "وقال المسؤول عن الملف إن المفاوضات مستمرة.",
            "وقال",
            "المسؤول عن الملف",
        ),
    ] {
        assert_eq!(find(&run(t, &[]), cue).source.text, source, "{t}");
    }
    // (after a person, ل is still the addressee)
    let t = "وقال سامي لوكالة الأنباء إن الوضع هادئ.";
    let e = [ent(t, "سامي", 0, "PER", None)];
    assert_eq!(find(&run(t, &e), "وقال").source.text, "سامي");
}

#[test]
fn the_quoted_name_of_an_organization_that_published_a_report() {
    let t = "ونشرت منظمة \"أطباء بلا حدود\" تقريرا قالت فيه إن المستشفيات تعرضت للقصف.";
    let e = [ent(t, "منظمة", 0, "ORG", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "قالت").source.text, "منظمة \"أطباء بلا حدود\"");
}

#[test]
fn long_gaps_after_an_apposed_hyphenated_name_or_a_relative_clause() {
    let t = "أعلن وزير الخارجية الكوري، يون بيونغ-سي، في مقابلة بثت الأحد في واشنطن، أن المحادثات ستستأنف.";
    let e = [ent(t, "يون بيونغ", 0, "PER", None)];
    let a = run(t, &e);
    assert!(
        find(&a, "أعلن").source.text.ends_with("يون بيونغ-سي"),
        "{a:#?}"
    );
    let t = "وأشارت سارة التي جاءت من مدينة ليون في جنوب فرنسا مع والدتها وأصدقائها أن \"المسيرة كانت سلمية\".";
    let e = [ent(t, "سارة", 0, "PER", None)];
    assert_eq!(find(&run(t, &e), "وأشارت").source.text, "سارة");
    // (a contrast after the relative clause is no content)
    let t = "وتقدم الفريق بهجمة للاعب أحمد الذي أهدر فرصة سهلة إلا أنه سدد الكرة خارج المرمى.";
    let e = [ent(t, "أحمد", 0, "PER", None)];
    assert!(run(t, &e).is_empty());
}

#[test]
fn a_subjectless_present_cue_coordinated_with_a_named_clause() {
    let t = "ويشارك محمد العلي البالغ 40 عاما في المسيرة كل سنة، ويعتبر أن \"الحرية حق للجميع\".";
    let e = [ent(t, "محمد العلي", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "ويعتبر").source.text, "محمد العلي");
    // "ويتوقع أن ينتقل": "is expected to", no speaker
    let t = "ويدرب سامي الفريق حاليا، ويتوقع أن ينتقل إلى نادٍ آخر.";
    let e = [ent(t, "سامي", 0, "PER", None)];
    assert!(run(t, &e).iter().all(|x| x.cue.text != "ويتوقع"));
}

#[test]
fn a_participle_with_an_object_and_bi_alla() {
    let t = "ووجه وزير المالية سامي علي، الأحد، رسالة إلى الحكومة، مطالبا إياها بألا تتأخر في دفع الرواتب.";
    let e = [ent(t, "سامي علي", 0, "PER", None)];
    let a = run(t, &e);
    let a = find(&a, "مطالبا");
    assert_eq!(a.source.text, "وزير المالية سامي علي");
    assert!(a.content.text.starts_with("بألا تتأخر"));
}

#[test]
fn a_nested_belief_ends_inside_its_quotation() {
    let t = "وقال المدرب: \"أعتقد أن الفريق قادر على الفوز في المباراة. أعتقد أننا تحسنا كثيرا هذا الموسم\"، مشيدا بأداء اللاعبين.";
    let a = run(t, &[]);
    let beliefs: Vec<&Attribution> = a.iter().filter(|x| x.cue.text == "أعتقد").collect();
    assert_eq!(beliefs.len(), 2, "{a:#?}");
    assert_eq!(
        beliefs[0].content.text,
        "أن الفريق قادر على الفوز في المباراة"
    );
    assert_eq!(beliefs[1].content.text, "أننا تحسنا كثيرا هذا الموسم");
    let t = "وقال الوزير: \"كنت أعتقد أن الأزمة انتهت، ولكن للأسف كنت مخطئا\".";
    let a = run(t, &[]);
    assert_eq!(find(&a, "أعتقد").content.text, "أن الأزمة انتهت");
}

#[test]
fn a_network_after_fi_ends_the_source_but_a_place_in_a_site_does_not() {
    let t = "وقال اللاعب في إنستغرام: سأعود قريبا إلى الملاعب.";
    assert_eq!(find(&run(t, &[]), "وقال").source.text, "اللاعب");
    let t = "وقال مصدر في الموقع الرسمي للنادي إن المدرب باق.";
    assert_eq!(
        find(&run(t, &[]), "وقال").source.text,
        "مصدر في الموقع الرسمي للنادي"
    );
    let t = "وذكر بيان منشور في موقع الوزارة أن الأسعار ارتفعت.";
    assert_eq!(
        find(&run(t, &[]), "وذكر").source.text,
        "بيان منشور في موقع الوزارة"
    );
}

#[test]
fn after_naql_an_is_the_frame_not_a_complement() {
    let t = "ونقل المسؤول عن الوزير قوله إن الاجتماع كان مثمرا.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "ونقل").source.text, "المسؤول");
}

#[test]
fn a_statement_in_which_came_speaks_for_its_author() {
    let t = "وأصدرت وزارة الصحة بيانا جاء فيه: \"الوضع تحت السيطرة ولا داعي للقلق\". وختم: \"سنواصل المتابعة\".";
    let e = [ent(t, "وزارة الصحة", 0, "ORG", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "جاء").source.text, "وزارة الصحة");
    assert_eq!(
        find(&a, "وختم").source.refers_to.as_deref(),
        Some("وزارة الصحة")
    );
    // (with no author before it nothing is attributed)
    let t = "وجرى توزيع بيان جاء فيه: \"الوضع تحت السيطرة\".";
    assert!(run(t, &[]).iter().all(|x| x.cue.text != "جاء"));
}

#[test]
fn jaa_fihi_after_a_relative_takes_the_documents_own_author() {
    let t = "ونقلت الوكالة بيان الاتحاد الذي جاء فيه: \"تقرر تأجيل المباراة\".";
    let e = [ent(t, "الاتحاد", 0, "ORG", None)];
    assert_eq!(find(&run(t, &e), "جاء").source.text, "الاتحاد");
    // (an unnamed document's author is not the outlet that relays it)
    let t = "ونقلت رويترز بيان المنظمة الذي جاء فيه: \"ستنشر فريقا فنيا\".";
    let e = [ent(t, "رويترز", 0, "ORG", None)];
    assert!(run(t, &e).iter().all(|x| x.cue.text != "جاء"));
    // (a platform is no author)
    let t = "ونشر اللاعب تغريدة على تويتر جاء فيها: \"شكرا للجميع\".";
    let e = [ent(t, "تويتر", 0, "ORG", None)];
    assert!(run(t, &e).iter().all(|x| x.source.text != "تويتر"));
}

// ---- Session 10: real news (mix3k / ANT 5k) and held-out reviews s10a / s10b ----

#[test]
fn a_quoted_name_after_an_indefinite_noun_is_no_quotation() {
    let t = "وقالت جمعية \"أطباء بلا حدود فرع الشمال\" غير الحكومية إن المخيم يفتقر إلى المياه.";
    let a = run(t, &[]);
    let x = find(&a, "وقالت");
    assert!(!x.direct);
    assert_eq!(x.content.text, "إن المخيم يفتقر إلى المياه");
    assert!(x
        .source
        .text
        .starts_with("جمعية \"أطباء بلا حدود فرع الشمال\""));
    // (in an adjunct: "لصحيفة "…"" counts as one word of the gap)
    let t = "وصرح والده لصحيفة \"لو تان دو جنيف\" السويسرية أن ابنه عاد سالما.";
    let all = run(t, &[]);
    let x = find(&all, "وصرح");
    assert_eq!(x.source.text, "والده");
    assert_eq!(x.content.text, "أن ابنه عاد سالما");
    // (a definite noun before a quotation: the quotation is speech)
    let t = "وقالت الشركة \"نحن ملتزمون بحماية خصوصية العملاء\".";
    let all = run(t, &[]);
    let x = find(&all, "وقالت");
    assert!(x.direct);
    assert_eq!(x.content.text, "نحن ملتزمون بحماية خصوصية العملاء");
}

#[test]
fn a_continuation_may_follow_a_short_adjunct_but_not_a_predicate() {
    let t = "وأشاد المدرب بأداء اللاعبين، مؤكدا في تصريحات لإذاعة \"صوت المدينة\" أن الفريق جاهز للنهائي.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "مؤكدا").content.text, "أن الفريق جاهز للنهائي");
    // "مما كان متوقعا": a predicate adjective, no continuation
    let t = "وقال محللون إن الارتفاع كان أكبر مما كان متوقعا في تقرير الربع الأول يمكن أن يدفع البنك إلى التحرك.";
    assert!(run(t, &[]).iter().all(|x| x.cue.text != "متوقعا"));
}

#[test]
fn a_belief_verb_after_an_indefinite_object_is_the_passive() {
    let t = "واعتقلت الشرطة شابا عشرينيا يعتقد أنه خطط للهجوم.";
    assert!(run(t, &[]).iter().all(|x| x.cue.text != "يعتقد"));
    let t = "ونقلت السلطات جثمانا يرجح أنه لأحد الصيادين.";
    assert!(run(t, &[]).iter().all(|x| x.cue.text != "يرجح"));
    // (a subject after لكن / a name keeps its belief)
    let t = "لكن المدرب يعتقد أن الفريق قادر على العودة.";
    assert_eq!(find(&run(t, &[]), "يعتقد").source.text, "المدرب");
    let t = "وكان المهاجم كوستا ريبيرا يعتقد أن الحظ سيحالفه.";
    let e = [ent(t, "كوستا ريبيرا", 0, "PER", None)];
    assert!(run(t, &e).iter().any(|x| x.cue.text == "يعتقد"));
}

#[test]
fn tabi_li_is_belonging_not_a_cue() {
    let t = "وتبنى الهجوم موقع تابع للجماعة، وقال إن العملية نجحت.";
    assert!(run(t, &[]).iter().all(|x| x.cue.text != "تابع"));
}

#[test]
fn a_republication_note_is_no_attribution_but_a_closing_frame_is() {
    let t = "وهذا ما ننتظره جميعا في الأيام المقبلة.\n* نقلا عن \"الأيام\" البحرينية\n";
    assert!(run(t, &[]).iter().all(|x| !x.cue.text.contains("نقلا")));
    let t = "وأوقفت السلطات ثلاثة مشتبه بهم في المدينة. بحسب ما أفاد به مراسلنا هناك.";
    let all = run(t, &[]);
    let x = find(&all, "بحسب ما أفاد");
    assert_eq!(x.source.text, "مراسلنا هناك");
    assert_eq!(x.content.text, "وأوقفت السلطات ثلاثة مشتبه بهم في المدينة");
    let t = "وارتفعت الأسعار بنسبة كبيرة خلال الشهر. وفق ما أوردت \"الوطن اليوم\".";
    let all = run(t, &[]);
    let x = find(&all, "وفق ما أوردت");
    assert_eq!(x.content.text, "وارتفعت الأسعار بنسبة كبيرة خلال الشهر");
}

#[test]
fn content_ends_before_the_narrators_tag_or_next_report() {
    let t = "وقال الوزير إن المفاوضات ستنجح قريبا، على حد تعبيره.";
    assert_eq!(
        find(&run(t, &[]), "وقال").content.text,
        "إن المفاوضات ستنجح قريبا"
    );
    let t = "وقال الجيش إن طائراته قصفت مواقع المسلحين، من دون أن يحدد عدد القتلى.";
    assert_eq!(
        find(&run(t, &[]), "وقال").content.text,
        "إن طائراته قصفت مواقع المسلحين"
    );
    let t = "وأكد الوزير أن الاستثمار سيرتفع هذا العام، وأشاد بدور القطاع الخاص في التنمية.";
    assert_eq!(
        find(&run(t, &[]), "وأكد").content.text,
        "أن الاستثمار سيرتفع هذا العام"
    );
    // (a comma inside the reported clause does not end it)
    let t = "وقال الوزير إن المفاوضات صعبة، وإن الطرفين متمسكان بمواقفهما.";
    assert!(find(&run(t, &[]), "وقال")
        .content
        .text
        .ends_with("متمسكان بمواقفهما"));
}

#[test]
fn definite_descriptions_resolve_by_their_head_and_title() {
    // "وزير الخارجية الأمريكي" (definite by construct) → the person introduced with it
    let t = "التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي في جنيف. وقال وزير الخارجية الأمريكي إن اللقاء كان مثمرا.";
    let e = [ent(t, "جون كيري", 0, "PER", Some("John Kerry"))];
    let all = run(t, &e);
    let x = find(&all, "وقال");
    assert_eq!(x.source.refers_to.as_deref(), Some("John Kerry"));
    // (another title does not match)
    let t = "التقى وزير الخارجية الأمريكي جون كيري نظيره في جنيف. وقال وزير الدفاع الأمريكي إن الوضع هادئ.";
    let e = [ent(t, "جون كيري", 0, "PER", Some("John Kerry"))];
    assert_eq!(find(&run(t, &e), "وقال").source.refers_to, None);
    // "المصدر" never resolves to a named outlet cited in between
    let t = "وذكرت وكالة الأنباء الفرنسية أن الاجتماع تأجل. وقال المصدر إن الموعد الجديد لم يحدد.";
    let e = [ent(t, "وكالة الأنباء الفرنسية", 0, "ORG", Some("AFP"))];
    let all = run(t, &e);
    let x = find(&all, "وقال");
    assert_eq!(x.source.refers_to.as_deref(), Some("AFP"));
    // … but an unnamed source mentioned before the outlet is "المصدر"
    let t = "وقال مصدر في الرئاسة ردا على سؤال طويل عن موعد القمة المقبلة وعن مكانها وعن المشاركين فيها والملفات المطروحة عليها والنتائج المنتظرة منها والضمانات المطلوبة لها والوسطاء الذين سيحضرونها إن الموعد لم يحدد، وفق ما ذكرت وكالة الأنباء الفرنسية. وأضاف المصدر أن التحضيرات مستمرة.";
    let e = [ent(t, "وكالة الأنباء الفرنسية", 0, "ORG", Some("AFP"))];
    let all = run(t, &e);
    let x = find(&all, "وأضاف");
    assert_ne!(x.source.refers_to.as_deref(), Some("AFP"));
    assert!(x.source.anonymous);
    // an organization inside a PP of the antecedent is not the antecedent
    let t = "وقالت النيابة العامة في جمهورية مالي إن التحقيق مستمر. وأضافت النيابة أن المتهمين سيمثلون أمام القضاء.";
    let e = [ent(t, "جمهورية مالي", 0, "ORG", Some("Mali"))];
    let all = run(t, &e);
    let x = find(&all, "وأضافت");
    assert_ne!(x.source.refers_to.as_deref(), Some("Mali"));
}

#[test]
fn generic_reports_studies_and_critics_are_anonymous() {
    let t = "وقال تقرير صحفي ألماني إن الصفقة تعثرت.";
    assert!(find(&run(t, &[]), "وقال").source.anonymous);
    let t = "ويتوقع النقاد أن يحقق الفيلم إيرادات كبيرة.";
    assert!(find(&run(t, &[]), "ويتوقع").source.anonymous);
}

#[test]
fn an_addressee_with_a_possessive_is_not_in_the_source() {
    let t = "وقال المدير لموظفيه: \"سنغلق المصنع الشهر المقبل\".";
    assert_eq!(find(&run(t, &[]), "وقال").source.text, "المدير");
}

#[test]
fn numeral_hashtag_and_addressee_subjects() {
    let t = "وقالت 4 مصادر أمنية إن الهجوم أحبط.";
    let all = run(t, &[]);
    let x = find(&all, "وقالت");
    assert_eq!(x.source.text, "4 مصادر أمنية");
    assert!(x.source.anonymous);
    let t = "أعلنت #سامسونغ، الثلاثاء، أن مبيعاتها تراجعت.";
    let e = [ent(t, "سامسونغ", 0, "ORG", None)];
    assert_eq!(find(&run(t, &e), "أعلنت").source.text, "سامسونغ");
    let t = "ورد الوزير على سؤال، ثم قال لمارتينيز-غارسيا : \"هذا غير صحيح\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| !x.source.text.contains("مارتينيز")));
    // (a player is a speaker, not an addressee)
    let t = "وقال لاعب الوسط: \"سنفوز في المباراة المقبلة\".";
    assert_eq!(find(&run(t, &[]), "وقال").source.text, "لاعب الوسط");
}

#[test]
fn a_long_adjunct_between_commas_keeps_the_content() {
    let t = "وأضاف الرئيس، في خطاب ألقاه الأحد بمدينة الحسيمة الواقعة في شمال البلاد أمام حشد كبير من أنصاره، أن الإصلاحات ستستمر.";
    let all = run(t, &[]);
    let x = find(&all, "وأضاف");
    assert_eq!(x.source.text, "الرئيس");
    assert_eq!(x.content.text, "أن الإصلاحات ستستمر");
    // (without the commas a long stretch still blocks it)
    let t = "وأضاف الرئيس في خطاب ألقاه الأحد بمدينة الحسيمة الواقعة في شمال البلاد أمام حشد كبير من أنصاره الذين طالبوا بأن تستمر الإصلاحات.";
    assert!(run(t, &[]).iter().all(|x| x.cue.text != "وأضاف"
        || x.source.text != "الرئيس"
        || !x.content.text.starts_with("بأن")));
}

#[test]
fn a_hashtag_subject_keeps_its_joined_words() {
    let t = "أعلنت #الشرطة_الفرنسية، مساء الأحد، أنها اعتقلت مشتبها به.";
    assert_eq!(find(&run(t, &[]), "أعلنت").source.text, "الشرطة_الفرنسية");
}

#[test]
fn a_name_starting_with_lam_before_a_colon_is_the_speaker() {
    let t = "وقال لوكاكو: \"سنقاتل حتى النهاية\".";
    let e = [ent(t, "لوكاكو", 0, "PER", None)];
    assert_eq!(find(&run(t, &e), "وقال").source.text, "لوكاكو");
}

#[test]
fn spelled_out_acronyms_are_not_complementizers() {
    // The N of a spelled-out acronym is no "أن".
    let a = run("وأفادت شبكة سي إن إن أن الجيش انسحب من المدينة.", &[]);
    let a = find(&a, "وأفادت");
    assert_eq!(a.source.text, "شبكة سي إن إن");
    assert_eq!(a.content.text, "أن الجيش انسحب من المدينة");
    let b = run("وذكرت قناة إن بي سي أن الرئيس سيزور المنطقة.", &[]);
    let b = find(&b, "وذكرت");
    assert_eq!(b.source.text, "قناة إن بي سي");
    assert!(b.content.text.starts_with("أن الرئيس"));
    // Negative: after a whole acronym, and before one, أن stays a complementizer.
    let c = run("وذكرت بي بي سي أن الحكومة استقالت.", &[]);
    assert_eq!(find(&c, "وذكرت").content.text, "أن الحكومة استقالت");
    let d = run("وقال الوزير إن سي إن إن نشرت تقريرا كاذبا.", &[]);
    assert_eq!(
        find(&d, "وقال").content.text,
        "إن سي إن إن نشرت تقريرا كاذبا"
    );
}

#[test]
fn svo_cue_with_object_pronoun_before_bianna() {
    let t = "الحكومة تتهم المعارضة بتعطيل البرلمان والصحافة المحلية تصفها بأنها حركة فوضوية.";
    let a = run(t, &[]);
    let a = find(&a, "تصفها");
    assert_eq!(a.source.text, "الصحافة المحلية");
    assert_eq!(a.content.text, "بأنها حركة فوضوية");
    // Negative: without بأن the present "يصفه" is no report.
    assert!(run("وما زال الكتاب يصفه بتفصيل دقيق.", &[]).is_empty());
}

// ---- Session 11: development samples (mix 3k / ANT 5k) and held-out reviews s11a / s11b ----

#[test]
fn a_group_with_its_listed_members_is_one_source() {
    // SVO after "عدد من … بينها A وB": the whole group, not the last member.
    let t = "لكن عددا من الأحزاب بينها حزب الوسط وحزب الخضر قالت إن الاستفتاء مزور.";
    let e = [
        ent(t, "حزب الوسط", 0, "ORG", None),
        ent(t, "وحزب الخضر", 0, "ORG", None),
    ];
    let a = run(t, &e);
    let a = find(&a, "قالت");
    assert_eq!(a.source.text, "عددا من الأحزاب بينها حزب الوسط وحزب الخضر");
    assert_eq!(a.source.refers_to, None);
    // A continuation after a clause whose subject is a group set off by commas.
    let t = "انتقدت نقابات عمالية عدة، بينها الاتحاد العام للشغل ونقابة الأطباء، القانون الجديد معتبرة أنه يضر بالعمال.";
    let e = [
        ent(t, "الاتحاد العام للشغل", 0, "ORG", None),
        ent(t, "ونقابة الأطباء", 0, "ORG", None),
    ];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "معتبرة").source.text,
        "نقابات عمالية عدة، بينها الاتحاد العام للشغل ونقابة الأطباء"
    );
    // VSO with "من بينها" and countries.
    let t = "وقالت دول عدة، من بينها إيطاليا واليونان، إن الخطة غير عادلة.";
    let e = [
        ent(t, "إيطاليا", 0, "LOC", None),
        ent(t, "اليونان", 0, "LOC", None),
    ];
    assert_eq!(
        find(&run(t, &e), "وقالت").source.text,
        "دول عدة، من بينها إيطاليا واليونان"
    );
    // Negative: after a frame's source, "منها" lists members of something else.
    let t = "وانضمت البلاد إلى 40 معاهدة دولية بحسب وزارة الخارجية منها اتفاقية باريس ومعاهدة روما.";
    let e = [
        ent(t, "وزارة الخارجية", 0, "ORG", None),
        ent(t, "اتفاقية باريس", 0, "MISC", None),
        ent(t, "ومعاهدة روما", 0, "MISC", None),
    ];
    assert_eq!(find(&run(t, &e), "بحسب").source.text, "وزارة الخارجية");
}

#[test]
fn an_interview_adjunct_may_name_a_long_medium() {
    let t = "التقت الوزيرة هيلاري كلينتون بالصحفيين. وقالت في مقابلة مع شبكة سي إن إن الأمريكية إنها ستترشح.";
    let e = [ent(t, "هيلاري كلينتون", 0, "PER", None)];
    let a = run(t, &e);
    let a = find(&a, "وقالت");
    assert_eq!(a.source.text, "هيلاري كلينتون");
    assert_eq!(a.content.text, "إنها ستترشح");
    // Negative: a long adjunct that is no statement still blocks the content.
    let t =
        "التقى الوزير نظيره. وقال في الاجتماع الذي عقد بمقر الوزارة في وسط العاصمة إن الوضع مستقر.";
    assert!(run(t, &[]).iter().all(|x| x.cue.text != "وقال"));
}

#[test]
fn a_parenthetical_frame_takes_the_clause_it_interrupts() {
    let t =
        "وأظهرت الصور دخانا كثيفا فوق المعسكر الذي تتمركز فيه، بحسب ناشطين، قوات موالية للحكومة.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "بحسب").content.text,
        "الذي تتمركز فيه، بحسب ناشطين، قوات موالية للحكومة"
    );
    let t = "وقتل خمسة أشخاص، بحسب الشرطة، في انفجار سيارة مفخخة وسط المدينة.";
    assert_eq!(
        find(&run(t, &[]), "بحسب").content.text,
        "وقتل خمسة أشخاص، بحسب الشرطة، في انفجار سيارة مفخخة وسط المدينة"
    );
    // Negative: a frame at the end of the sentence keeps the text before it.
    let t = "وقتل خمسة أشخاص في انفجار سيارة مفخخة وسط المدينة، بحسب الشرطة.";
    assert_eq!(
        find(&run(t, &[]), "بحسب").content.text,
        "وقتل خمسة أشخاص في انفجار سيارة مفخخة وسط المدينة"
    );
}

#[test]
fn kana_after_its_subject_is_no_part_of_the_source() {
    let t = "يذكر أن الهيئة كانت قد أعلنت في وقت سابق أن الانتخابات ستجرى في موعدها.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "أعلنت").source.text, "الهيئة");
    let t = "لكن مجلة \"تايم\" الأمريكية كانت قد نقلت عن مصادر أن الصفقة ألغيت.";
    let e = [ent(t, "تايم", 0, "ORG", None)];
    assert_eq!(
        find(&run(t, &e), "نقلت").source.text,
        "مجلة \"تايم\" الأمريكية"
    );
    // Negative: a verb opening the stretch before كان is no subject.
    let t = "واستجوبت النيابة موظفا سابقا كان قد ادعى أن المدير تلقى أموالا.";
    assert!(run(t, &[])
        .iter()
        .all(|x| !x.source.text.starts_with("واستجوبت")));
}

#[test]
fn a_sentence_after_a_newline_still_names_its_subject() {
    // The newline before a sentence is not one of its first words.
    let t = "ويرى مراقبون أن الخطة ستفشل.\nوهاجم وزير المالية الإيطالي، جوفاني تريا، المعارضين للخطة.\nوقال في تصريحات لإذاعة محلية إن الخطة ستنجح.";
    let e = [ent(t, "جوفاني تريا", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "وقال").source.text, "جوفاني تريا");
    // Negative: with no person in the sentence between, the previous speaker carries.
    let t = "وقال الوزير جوفاني تريا إن الخطة ستنجح.\nوارتفعت الأسهم في ميلانو.\nوأضاف أن الحكومة لن تتراجع.";
    let e = [ent(t, "جوفاني تريا", 0, "PER", None)];
    assert_eq!(
        find(&run(t, &e), "وأضاف").source.refers_to.as_deref(),
        Some("جوفاني تريا")
    );
}

#[test]
fn a_masdar_after_the_verb_is_one_speech_act() {
    // "وأضاف بقوله:": the masdar is neither the source nor a second cue.
    let t = "قال الرئيس إن الوضع صعب. وأضاف بقوله: \"لم نتخذ القرار بعد\".";
    let a = run(t, &[]);
    assert_eq!(a.len(), 2, "{a:#?}");
    assert_eq!(
        find(&a, "وأضاف").source.refers_to.as_deref(),
        Some("الرئيس")
    );
    // "وختم بالقول:" (a colon verb) and a long relative before "بالقول".
    let t = "وختم المدرب حديثه بالقول: الموسم طويل.";
    let a = run(t, &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].cue.text, "وختم");
    let t = "وتابع المدير، الذي تولى منصبه قبل عامين في ظروف صعبة، بالقول إن الصفقة انتهت.";
    let a = run(t, &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].cue.text, "وتابع");
    // Negative: "اكتفى بالقول" has no verb cue of its own; بالقول is the cue.
    let a = run("واكتفى المتحدث بالقول إن التحقيق مستمر.", &[]);
    assert_eq!(find(&a, "بالقول").source.text, "المتحدث");
}

#[test]
fn however_opens_no_content() {
    let t = "وتتهم السلطات الصحفي بنشر أخبار كاذبة، غير أنه ينفي ذلك.";
    assert!(run(t, &[]).iter().all(|x| x.cue.text != "وتتهم"));
    let t = "ونادرا ما تتحدث الشركة عن صفقاتها، إلا أنها أكدت مرارا أنها باقية في السوق.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "تتحدث"), "{a:#?}");
    assert!(a
        .iter()
        .all(|x| x.content.text != "أنها أكدت مرارا أنها باقية في السوق"));
    // Negative: without the comma and "غير", the complementizer is the content.
    let a = run("وتتهم السلطات الصحفي بأنه نشر أخبارا كاذبة.", &[]);
    assert!(a.iter().any(|x| x.cue.text == "وتتهم"));
}

#[test]
fn bayyana_with_a_feminine_subject_takes_it() {
    let t = "قال الوزير إن الوضع مستقر. وبينت هيئة الأرصاد الجوية، صباح الأحد، أن العاصفة ستضعف.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وبينت").source.text, "هيئة الأرصاد الجوية");
    // Negative: "بين" as "between" stays out.
    let a = run("وتوسطت مصر بين الحكومة والمعارضة.", &[]);
    assert!(a.is_empty());
}

#[test]
fn a_coordinated_cue_shares_the_clause_subject_without_its_object() {
    let t =
        "قال الوزير إن بلاده مستعدة. وبث التلفزيون الرسمي المصري تسجيلا مصورا، وقال إنه يظهر الهجوم.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").source.text, "التلفزيون الرسمي المصري");
    let t = "وكان المحافظ انتقد القرار بشدة، قائلا إنه خاطئ.";
    assert_eq!(find(&run(t, &[]), "قائلا").source.text, "المحافظ");
    // Negative: a feminine event noun is no speaker of "وقالت".
    let t = "قالت الوزارة إن الحدود آمنة. وأثارت الحادثة غضبا واسعا، وقالت إن التحقيق جار.";
    assert!(run(t, &[]).iter().all(|x| x.source.text != "الحادثة"));
}

#[test]
fn a_resumptive_an_after_the_frame_verb_is_skipped() {
    let t = "وأوقفت الشرطة ثلاثة مشتبه بهم، وفقا لما كشفت عنه وكالة الأنباء الألمانية.";
    let e = [ent(t, "وكالة الأنباء الألمانية", 0, "ORG", None)];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وفقا لما كشفت").source.text,
        "وكالة الأنباء الألمانية"
    );
    // Negative: "عنه" with no source after it gives none.
    let t = "وأوقفت الشرطة ثلاثة مشتبه بهم، وفقا لما كشفت عنه.";
    assert!(run(t, &[]).iter().all(|x| x.source.text != "عنه"));
}

#[test]
fn the_narrators_tag_and_recall_end_the_content() {
    let t = "واعتبر الوزير أن الاتفاق \"خطوة تاريخية\"، حسب تعبيره.";
    assert_eq!(
        find(&run(t, &[]), "واعتبر").content.text,
        "أن الاتفاق \"خطوة تاريخية\""
    );
    let t = "وقالت الوزارة إنها ترفض التقرير، وسبق أن نفت أي تورط في الهجوم.";
    assert_eq!(
        find(&run(t, &[]), "وقالت").content.text,
        "إنها ترفض التقرير"
    );
    // Negative: "حسب" with a noun source is no tag of the narrator.
    let t = "وقال الوزير إن الأسعار سترتفع، حسب الخطة الحكومية الجديدة.";
    assert!(find(&run(t, &[]), "وقال")
        .content
        .text
        .contains("حسب الخطة"));
}

#[test]
fn a_fronted_topic_and_a_refused_comment_are_no_source() {
    let t = "قال المدرب إن الفريق جاهز. وحول مستوى اللاعب محمد صلاح، أضاف: \"إنه في أفضل حالاته\".";
    let e = [ent(t, "محمد صلاح", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "أضاف").source.refers_to.as_deref(), Some("المدرب"));
    let t = "ورفض المتحدث باسم الجيش التعليق على الأنباء، قائلا إن التحقيق مستمر.";
    assert_eq!(find(&run(t, &[]), "قائلا").source.text, "المتحدث باسم الجيش");
    // Negative: a topic phrase followed by its own clause keeps that clause's subject.
    let t = "وحول الأزمة، أعلن الوزير خالد العمر أن الحكومة ستتدخل.";
    let e = [ent(t, "خالد العمر", 0, "PER", None)];
    assert!(find(&run(t, &e), "أعلن").source.text.contains("خالد العمر"));
}

#[test]
fn a_frame_before_a_new_clause_keeps_the_text_before_it() {
    let t = "وكان لدى المشتبه به كمية كبيرة من المتفجرات، وفقا لمصادر أمنية، وتم نقله إلى السجن.";
    assert_eq!(
        find(&run(t, &[]), "وفقا").content.text,
        "وكان لدى المشتبه به كمية كبيرة من المتفجرات"
    );
    let t = "وضربت العاصفة الساحل الشرقي، بحسب ما ذكرت السلطات، دون أن تسفر عن ضحايا.";
    assert_eq!(
        find(&run(t, &[]), "بحسب ما ذكرت").content.text,
        "وضربت العاصفة الساحل الشرقي"
    );
}

#[test]
fn a_frame_noun_is_no_statement_adjunct() {
    // "تحدث في إطار ممارسات …" (happens within): the longer budget is for statements.
    let t = "قالت الوزيرة إن القرار نهائي. والصادرات التي تحدث في إطار ممارسات تجارية عادلة، فإنه يجب على الحكومة أن تحميها.";
    assert!(run(t, &[]).iter().all(|x| x.cue.text != "تحدث"));
}

#[test]
fn a_relative_clause_cue_between_commas_keeps_the_main_content_apart() {
    let t = "واعتبرت النقابة، التي تقول إنها تمثل آلاف الصحفيين، أن القانون الجديد يقيد الحريات.";
    let a = run(t, &[]);
    let rel = find(&a, "تقول");
    assert_eq!(rel.content.text, "إنها تمثل آلاف الصحفيين");
    assert_eq!(rel.source.text, "النقابة");
    let main = find(&a, "واعتبرت");
    assert_eq!(main.source.text, "النقابة");
    assert_eq!(main.content.text, "أن القانون الجديد يقيد الحريات");
    // Negative: a relative clause with no complementizer after its comma is not cut.
    let t = "وقال الوزير، الذي يرى أن الأزمة عابرة، إن الحكومة ستتدخل.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").content.text, "إن الحكومة ستتدخل");
}

#[test]
fn an_adverb_of_manner_or_frequency_is_no_source() {
    let t = "وقالت المغنية إن الجولة ناجحة. ولطالما كانت تقول إنها تحب المسرح.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.source.text != "ولطالما"), "{a:#?}");
    assert_eq!(
        find(&a, "تقول").source.refers_to.as_deref(),
        Some("المغنية")
    );
    let t = "وتكشف سريعا أن الطائرة سقطت في البحر.";
    assert!(run(t, &[]).iter().all(|x| x.source.text != "سريعا"));
}

#[test]
fn guards_of_the_subject_cuts() {
    // A name after a sentence opened by a pronoun subject is that verb's object.
    let t = "وقال الناقد سامي خليل إن الفيلم ممل.\nلكنه أبدى إعجابه بأداء الممثلة منى زكي.\nوأعرب عن اعتقاده بأن الفيلم سيحصد جوائز.";
    let e = [
        ent(t, "سامي خليل", 0, "PER", None),
        ent(t, "منى زكي", 0, "PER", None),
    ];
    let a = run(t, &e);
    assert_ne!(find(&a, "وأعرب").source.text, "منى زكي");
    // "كان" inside a festival's name, and a conjunct, stay in the subject.
    let t = "وقال المدير الفني لمهرجان كان تييري فريمو إن الدورة ناجحة.";
    let e = [ent(t, "تييري فريمو", 0, "PER", None)];
    assert!(find(&run(t, &e), "وقال")
        .source
        .text
        .contains("تييري فريمو"));
}

#[test]
fn a_frame_followed_by_its_sources_relative_keeps_the_text_before() {
    let t = "ولا تزال الاشتباكات مستمرة، بحسب المصدر، الذي أكد تقدم القوات نحو المدينة.";
    assert_eq!(
        find(&run(t, &[]), "بحسب").content.text,
        "ولا تزال الاشتباكات مستمرة"
    );
    // A family name with آل is one subject of a coordinated cue.
    let t = "قال المدرب إن الفريق جاهز. ووسع آل الشيخ انتقاداته للاتحاد، وكتب: لا أحب التلون.";
    let e = [ent(t, "آل الشيخ", 0, "PER", None)];
    assert_ne!(find(&run(t, &e), "وكتب").source.text, "آل");
}

// ---- Session 11, late round: wrong earlier speakers of the newline-aware subject search ----

#[test]
fn a_name_after_a_preposition_or_prize_is_no_carried_speaker() {
    // A name after "إلى + title" in the cue's own sentence is an object.
    let t = "وقال المغني كريم فؤاد إن الحفل كان ناجحا.\nوتحدث في المقابلة إلى المطربة هالة سليم، وأكد أنه يتمنى العمل معها.";
    let e = [
        ent(t, "كريم فؤاد", 0, "PER", None),
        ent(t, "هالة سليم", 0, "PER", None),
    ];
    assert!(find(&run(t, &e), "وأكد").source.text.contains("كريم فؤاد"));
    // A name in a prize's name on a link line is no speaker.
    let t = "وقالت الممثلة سلمى رضا إن الدور صعب.\nنجوم السينما في حفل جوائز غولدن 2019\nوأضافت أنها تستعد لعمل جديد.";
    let e = [
        ent(t, "سلمى رضا", 0, "PER", None),
        ent(t, "غولدن", 0, "PER", None),
    ];
    assert!(find(&run(t, &e), "وأضافت").source.text.contains("سلمى رضا"));
    // Negatives: a name after "من" (passive agent) or "إلى"-like name ألي still speaks.
    let t = "وقال الوزير إن الاتفاق قريب.\nوطلب من سامر عادل أن يرأس اللجنة، وأكد أنه موافق.";
    let e = [ent(t, "سامر عادل", 0, "PER", None)];
    assert!(find(&run(t, &e), "وأكد").source.text.contains("سامر عادل"));
    let t = "وقالت ألي جان لقناة محلية إن ابنها بريء.\nوأضافت أن الشرطة أخطأت.";
    let e = [ent(t, "ألي جان", 0, "PER", None)];
    assert!(find(&run(t, &e), "وأضافت").source.text.contains("جان"));
    // Negative: the name that opens the sentence is still its subject.
    let t =
        "وقال الوزير إن الاتفاق قريب.\nواستقبل سامر عادل وفدا من الشركة، وأكد أن العمل سيبدأ قريبا.";
    let e = [ent(t, "سامر عادل", 0, "PER", None)];
    assert!(find(&run(t, &e), "وأكد").source.text.contains("سامر عادل"));
}

#[test]
fn a_pronoun_subject_sentence_gives_no_speaker_to_its_own_cue() {
    let t = "وانتقد الكاتب نبيل حداد الجائزة.\nلكنه أبدى دهشته من غياب الروائية ليلى منصور عن القائمة، قائلا إنها تستحق الفوز.";
    let e = [
        ent(t, "نبيل حداد", 0, "PER", None),
        ent(t, "ليلى منصور", 0, "PER", None),
    ];
    assert_ne!(find(&run(t, &e), "قائلا").source.text, "ليلى منصور");
    // Negative: without the pronoun opener, the sentence's subject speaks.
    let t = "وانتقد الكاتب نبيل حداد الجائزة، قائلا إنها لا تستحق.";
    let e = [ent(t, "نبيل حداد", 0, "PER", None)];
    assert!(find(&run(t, &e), "قائلا").source.text.contains("نبيل حداد"));
}

// ---- Session 12: session-11 leftovers and the held-out reviews s12a / s12b ----

#[test]
fn a_definite_noun_refers_to_the_earlier_source_it_heads() {
    // An organization noun that is no listed description head.
    let t = "وكانت الهيئة العامة للطيران المدني في القاهرة قالت إنها تحقق في الحادث. وأكدت الهيئة أنها ستنشر النتائج قريبا.";
    let e = [ent(t, "القاهرة", 0, "LOC", Some("Cairo"))];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وأكدت").source.refers_to.as_deref(),
        Some("الهيئة العامة للطيران المدني في القاهرة")
    );
    // A place after a preposition inside the antecedent is not what it refers to.
    let t =
        "وقال السفير الفرنسي في عمان إن السفارة مفتوحة. وأضاف السفير، في بيان، أن الرحلات مستمرة.";
    let e = [ent(t, "عمان", 0, "LOC", Some("Amman"))];
    let r = find(&run(t, &e), "وأضاف").source.refers_to.clone();
    assert_eq!(r.as_deref(), Some("السفير الفرنسي في عمان"));
    // Negative: another head noun is another source.
    let t =
        "وكانت الهيئة العامة للطيران المدني قالت إنها تحقق في الحادث. وأكدت النقابة أنها ستضرب.";
    assert_eq!(find(&run(t, &[]), "وأكدت").source.refers_to, None);
    // Negative: a place that is the source itself still names it.
    let t = "وقالت قطر إن الحوار هو الحل. وأضافت قطر أنها مستعدة للوساطة.";
    let e = [
        ent(t, "قطر", 0, "LOC", Some("Qatar")),
        ent(t, "قطر", 1, "LOC", Some("Qatar")),
    ];
    let a = run(t, &e);
    assert_eq!(find(&a, "وأضافت").source.text, "قطر");
}

#[test]
fn an_apposed_name_counts_words_not_commas() {
    // The subject of a sentence with no attribution, named in apposition after a title.
    let t = "قال الرئيس الروسي فلاديمير بوتين إن بلاده لن تتراجع. وهاجم وزير الدفاع الأمريكي، جيمس ماتيس، السياسة الروسية أمس. وأضاف أن واشنطن سترد.";
    let e = [
        ent(t, "فلاديمير بوتين", 0, "PER", Some("Vladimir Putin")),
        ent(t, "جيمس ماتيس", 0, "PER", Some("James Mattis")),
    ];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وأضاف").source.refers_to.as_deref(),
        Some("James Mattis")
    );
    // Negative: a name beyond the first six words is no subject; the speaker is carried.
    let t = "قال الرئيس الروسي فلاديمير بوتين إن بلاده لن تتراجع. وعقدت اللجنة الوطنية للانتخابات اجتماعا طارئا، حضره رئيسها سامي فؤاد، أمس. وأضاف أن موسكو سترد.";
    let e = [
        ent(t, "فلاديمير بوتين", 0, "PER", Some("Vladimir Putin")),
        ent(t, "سامي فؤاد", 0, "PER", None),
    ];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وأضاف").source.refers_to.as_deref(),
        Some("Vladimir Putin")
    );
}

#[test]
fn the_verbs_object_is_not_in_the_source() {
    // A place name that is the whole subject, then an indefinite object.
    let t = "ووصفت فرنسا قرار المحكمة بأنه مخيب للآمال.";
    let e = [ent(t, "فرنسا", 0, "LOC", Some("France"))];
    assert_eq!(find(&run(t, &e), "ووصفت").source.text, "فرنسا");
    // Negative: a place name with its adjective stays whole.
    let t = "وقالت كوريا الشمالية إن التجربة نجحت.";
    let e = [ent(t, "كوريا الشمالية", 0, "LOC", None)];
    assert_eq!(find(&run(t, &e), "وقالت").source.text, "كوريا الشمالية");
    // Negative: a place inside a longer subject is not the whole subject.
    let t = "وقالت حكومة إقليم كردستان العراق إن الاستفتاء قائم.";
    let e = [ent(t, "كردستان", 0, "LOC", None)];
    assert!(find(&run(t, &e), "وقالت")
        .source
        .text
        .starts_with("حكومة إقليم كردستان"));
    // An organization after a one-word person description is the verb's object.
    let t = "انتقد الوزير صحيفة الغد، ورأى أنها تنشر الأكاذيب.";
    let e = [ent(t, "الغد", 0, "ORG", None)];
    assert_eq!(find(&run(t, &e), "ورأى").source.text, "الوزير");
    // Negative: a person's name after the title is the subject.
    let t = "انتقد الرئيس محمود عباس القرار، ورأى أنه يقوض السلام.";
    let e = [ent(t, "محمود عباس", 0, "PER", None)];
    assert!(find(&run(t, &e), "ورأى").source.text.contains("محمود عباس"));
    // "كان + subject + a verb whose root starts with و".
    let t = "وكانت الوزيرة وصفت الخطة بالطموحة، قائلة إنها ستنجح.";
    assert_eq!(find(&run(t, &[]), "قائلة").source.text, "الوزيرة");
    // Negative: a conjunct noun after the subject still belongs to it.
    let t = "وكان الرئيس ومستشاره انتقدا الخطة، قائلين إنها فاشلة.";
    assert!(find(&run(t, &[]), "قائلين")
        .source
        .text
        .contains("ومستشاره"));
    // The existential after a frame's source opens the content.
    let t = "وبحسب الإحصاءات الرسمية هناك 300 ألف عاطل عن العمل.";
    let a = run(t, &[]);
    let a = find(&a, "وبحسب");
    assert_eq!(a.source.text, "الإحصاءات الرسمية");
    assert!(a.content.text.starts_with("هناك"));
}

#[test]
fn a_frame_with_a_relay_reports_the_relayed_clause() {
    let t = "ووفقا لوكالة الأنباء الأردنية (بترا) نقلا عن مسؤول أمني قال إن \"الحدود مغلقة حتى إشعار آخر\".";
    let a = run(t, &[]);
    let frame = find(&a, "ووفقا");
    assert_eq!(frame.source.text, "وكالة الأنباء الأردنية");
    assert!(frame.content.text.starts_with("إن"), "{frame:#?}");
    let relay = find(&a, "نقلا عن");
    assert_eq!(relay.source.text, "مسؤول أمني");
    assert!(relay.content.text.starts_with("إن"), "{relay:#?}");
    assert!(a.iter().all(|x| x.cue.text != "قال"), "{a:#?}");
    // Negative: a relay set off by commas after a verb keeps its own source and content.
    let t = "وذكرت الوكالة، نقلا عن مصادر محلية، أن القصف استمر طوال الليل.";
    let a = run(t, &[]);
    let relay = find(&a, "نقلا عن");
    assert_eq!(relay.source.text, "مصادر محلية");
    assert_eq!(find(&a, "وذكرت").source.text, "الوكالة");
    // Negative: a verb cue of its own after the relayed report is kept.
    let t =
        "ووفقا لوكالة الأنباء الأردنية نقلا عن مسؤول أمني فإن الحدود مغلقة. وقال الوزير إن الأمر مؤقت.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "نقلا عن").source.text, "مسؤول أمني");
    assert_eq!(find(&a, "وقال").source.text, "الوزير");
}

#[test]
fn the_writers_question_ends_the_content() {
    let t = "وتحدثت تقارير عن أنه يملك ثروة كبيرة في الخارج، فمن هو هذا الرجل؟";
    let a = run(t, &[]);
    assert!(find(&a, "وتحدثت").content.text.ends_with("في الخارج"));
    // Negative: a question inside a quotation is the speaker's.
    let t = "وقال الوزير: \"نحن مستعدون، فمن يرفض الحوار؟\"";
    assert!(find(&run(t, &[]), "وقال").content.text.contains("فمن يرفض"));
}

#[test]
fn an_adverb_or_a_naming_clause_is_no_source_or_cue() {
    let t = "المدير نفسه يقول باستمرار إن الشركة بخير.";
    assert_ne!(find(&run(t, &[]), "يقول").source.text, "باستمرار");
    // "ويدعى NAME" names the subject of the cue before it.
    let t = "وقال أحد المسافرين، ويدعى كريم ناصر، إن الطائرة هبطت بسلام.";
    let e = [ent(t, "كريم ناصر", 0, "PER", None)];
    let a = run(t, &e);
    assert!(a.iter().all(|x| x.cue.text != "ويدعى"), "{a:#?}");
    assert!(find(&a, "وقال").source.text.starts_with("أحد المسافرين"));
    // Negative: "يدّعي" (claims) with its subject and a clause is a cue.
    let t = "ويدعي المتهم أنه كان خارج البلاد.";
    assert_eq!(find(&run(t, &[]), "ويدعي").source.text, "المتهم");
}

#[test]
fn the_narrators_comment_ends_indirect_content() {
    let t = "وأوضح المتحدث أن الاجتماع لم يحدد موعدا، لكنه أكد التزام الحكومة بالحوار.";
    assert!(find(&run(t, &[]), "وأوضح").content.text.ends_with("موعدا"));
    let t = "ذكرت المجلة أن الفريق فاز، وشخصيا أرى أنه يستحق.";
    assert!(find(&run(t, &[]), "ذكرت").content.text.ends_with("فاز"));
    let t = "ورأى المحلل أن الفريق تحسن، بدليل أن نتائجه ارتفعت.";
    assert!(find(&run(t, &[]), "ورأى").content.text.ends_with("تحسن"));
    let t =
        "وقال الوزير إن بلاده \"في مقدمة الدول المانحة،\" على حد تعبيره، وذلك في إشارة إلى المؤتمر.";
    let c = find(&run(t, &[]), "وقال").content.text.clone();
    assert!(!c.contains("على حد") && c.contains("المانحة"), "{c}");
    let t = "وقال المتحدث إن الهجوم فشل، وذلك في إشارة إلى الغارة الأخيرة.";
    assert!(find(&run(t, &[]), "وقال").content.text.ends_with("فشل"));
    // Negative: inside a quotation the contrast is the speaker's.
    let t = "وقال الوزير \"إن الاقتصاد نما، لكنه يحتاج إلى إصلاح\".";
    assert!(find(&run(t, &[]), "وقال")
        .content
        .text
        .contains("لكنه يحتاج"));
    // Negative: a pronoun-less "لكن" clause without a cue stays in the content.
    let t = "وأكد الوزير أن الاقتصاد نما، لكن ببطء.";
    assert!(find(&run(t, &[]), "وأكد").content.text.ends_with("ببطء"));
}

#[test]
fn a_frame_after_its_clause_does_not_take_over_the_speaker() {
    let t = "تطرق اللواء سامي النعيمي، مدير شرطة الشارقة، الاثنين، إلى الشائعات التي انتشرت عن إغلاق الطريق، وفقا لصحف محلية، مشيرا إلى أن الطريق سيبقى مفتوحا.";
    let e = [ent(t, "سامي النعيمي", 0, "PER", None)];
    let a = run(t, &e);
    assert!(
        find(&a, "مشيرا").source.text.contains("سامي النعيمي"),
        "{a:#?}"
    );
    // Negative: after a relay the relayed source goes on speaking.
    let t =
        "وأعاد الوزير نشر الصورة، نقلا عن حساب \"أخبار الخليج\" الذي نشرها بتعليق: \"مشهد مؤثر\".";
    let a = run(t, &[]);
    assert!(
        find(&a, "بتعليق").source.text.contains("أخبار الخليج"),
        "{a:#?}"
    );
    // Negative: a clause subject named before the frame still speaks (short sentence).
    let t = "أعلنت الشرطة إغلاق الطريق، بحسب وكالة الأنباء الرسمية، مشيرة إلى أن الإغلاق مؤقت.";
    assert_eq!(find(&run(t, &[]), "مشيرة").source.text, "الشرطة");
}

#[test]
fn the_author_of_a_document_is_the_head_of_its_construct() {
    let t = "ونشر محامي الممثلة سارة لين تغريدة قال فيها إن القضية ملفقة.";
    let e = [ent(t, "سارة لين", 0, "PER", None)];
    assert_eq!(
        find(&run(t, &e), "قال").source.text,
        "محامي الممثلة سارة لين"
    );
    // Negative: a name right after the verb is the author itself.
    let t = "ونشر سامر حداد تغريدة قال فيها إن القضية ملفقة.";
    let e = [ent(t, "سامر حداد", 0, "PER", None)];
    assert_eq!(find(&run(t, &e), "قال").source.text, "سامر حداد");
}

#[test]
fn evidence_and_modal_complements_are_no_reports() {
    // Pictures or results show; they do not speak.
    let t = "أظهرت الصور أن الجسر انهار بالكامل.";
    assert!(run(t, &[]).is_empty());
    let t = "وتشير الأدلة الأولية إلى أن الحريق متعمد.";
    assert!(run(t, &[]).is_empty());
    // Negative: figures are a source by the guidelines.
    let t = "وتشير الأرقام الرسمية إلى أن البطالة تراجعت.";
    assert_eq!(find(&run(t, &[]), "وتشير").source.text, "الأرقام الرسمية");
    // Negative: a study or a report does.
    let t = "وأظهرت دراسة حديثة أن النوم المبكر مفيد.";
    assert!(find(&run(t, &[]), "وأظهرت")
        .source
        .text
        .starts_with("دراسة"));
    // The أن of a modal belongs to it ("is considered … but it can").
    let t = "تعتبر الخدمة ميزة مفيدة، ولكنها يمكن أن تستهلك البطارية.";
    assert!(run(t, &[]).is_empty());
    // "instead of" opens no content.
    let t = "قد يتساءل المرء لماذا تأخر القرار، بدلا من أن يصدر مبكرا.";
    assert!(run(t, &[]).is_empty());
    // Negative: a cue whose own content comes before the modal keeps it.
    let t = "وقال الوزير إنه يمكن أن يستقيل.";
    assert!(find(&run(t, &[]), "وقال")
        .content
        .text
        .starts_with("إنه يمكن"));
}

#[test]
fn a_relay_after_a_verb_ends_at_its_content() {
    let t = "وذكرت صحيفة محلية نقلا عن مسؤول كبير أن الوزير استقال.";
    let a = run(t, &[]);
    let relay = find(&a, "نقلا عن");
    assert_eq!(relay.source.text, "مسؤول كبير");
    assert_eq!(relay.content.text, "أن الوزير استقال");
    assert_eq!(find(&a, "وذكرت").source.text, "صحيفة محلية");
    // Negative: a relay at the end of its sentence reports the clause before it.
    let t = "استقال الوزير مساء الأحد، نقلا عن مصادر حكومية.";
    let a = run(t, &[]);
    assert!(find(&a, "نقلا عن").content.text.starts_with("استقال الوزير"));
}

#[test]
fn quantified_close_and_unnamed_outlet_sources_are_anonymous() {
    let t = "ويقول عدد من اللاجئين المقيمين في عمان إنهم ينتظرون العودة.";
    let e = [ent(t, "عمان", 0, "LOC", None)];
    assert!(find(&run(t, &e), "ويقول").source.anonymous);
    let t = "كشف مصدر مقرب من الوزير السابق، سامي حداد، أن الأخير سيترشح.";
    let e = [ent(t, "سامي حداد", 0, "PER", None)];
    assert!(find(&run(t, &e), "كشف").source.anonymous);
    let t = "وذكرت صحيفة محلية أن المصنع أغلق أبوابه.";
    assert!(find(&run(t, &[]), "وذكرت").source.anonymous);
    // Negatives: a named outlet or a named person speaks for itself.
    let t = "وذكرت صحيفة الأهرام المصرية أن المصنع أغلق أبوابه.";
    let e = [ent(t, "الأهرام", 0, "ORG", None)];
    assert!(!find(&run(t, &e), "وذكرت").source.anonymous);
    let t = "وقال الوزير سامي حداد إن المصنع أغلق.";
    let e = [ent(t, "سامي حداد", 0, "PER", None)];
    assert!(!find(&run(t, &e), "وقال").source.anonymous);
    // A quantified source in a frame.
    let t = "ولحسن الحظ فإن السكان، حسب كثير من التقارير، غادروا قبل الفيضان.";
    assert!(run(t, &[]).iter().any(|x| x.cue.text == "حسب"));
    // A frame after the ف of a consequence opens the clause after its comma.
    let t = "فوفقا لما أعلنت الوزارة، ارتفع عدد المصابين إلى عشرين.";
    let a = run(t, &[]);
    let f = find(&a, "فوفقا لما أعلنت");
    assert_eq!(f.source.text, "الوزارة");
    assert!(f.content.text.starts_with("ارتفع"));
    // Negative: "فحسب" (only) is no frame.
    let t = "ولم يكن القرار سياسيا فحسب الحكومة بل اقتصاديا.";
    assert!(run(t, &[]).is_empty());
}

#[test]
fn the_clause_subject_after_a_topic_apposition_or_kana_construct_speaks() {
    // A fronted topic with an apposition, then the verb and its subject.
    let t = "غادر الروائي نبيل سالم المدينة. وفي أول رد له على توقيف الناشط رامي عيسى، المتهم في قضايا عدة، تحدث المحافظ كريم لطفي، السبت، عنه، مؤكدا أن القانون سيطبق.";
    let e = [
        ent(t, "نبيل سالم", 0, "PER", None),
        ent(t, "رامي عيسى", 0, "PER", None),
        ent(t, "كريم لطفي", 0, "PER", None),
    ];
    assert!(find(&run(t, &e), "مؤكدا").source.text.contains("كريم لطفي"));
    // "كان + an organization noun in construct + verb …، وأضافت".
    let t = "وأوضح البيان أن الحريق اندلع ليلا. وكانت وكالة الأنباء الرسمية أفادت في وقت سابق عن سقوط 12 جريحا، وأضافت أن المصابين نقلوا إلى المستشفى.";
    assert_eq!(
        find(&run(t, &[]), "وأضافت").source.text,
        "وكالة الأنباء الرسمية"
    );
    // Negative: a definite subject after كان keeps its own rule.
    let t = "وكان الوزير انتقد القرار، قائلا إنه متسرع.";
    assert_eq!(find(&run(t, &[]), "قائلا").source.text, "الوزير");
    // Negative: a topic without an apposition still finds the verb's subject.
    let t = "وفي رده على الاتهامات، أكد المتحدث أن الحكومة بريئة.";
    assert_eq!(find(&run(t, &[]), "أكد").source.text, "المتحدث");
}

#[test]
fn coordinated_verbs_objects_and_the_writers_view_are_no_sources() {
    // A coordinated cue after a relative clause: the main clause's subject speaks.
    let t = "وأعاد النائب سامي حداد نشر الرسالة التي تزعم الصحيفة بأنه كتبها ووصفها بأنها \"ملفقة تماما\".";
    let e = [ent(t, "سامي حداد", 0, "PER", None)];
    let a = run(t, &e);
    assert_ne!(find(&a, "ووصفها").source.text, "كتبها");
    // Negative: a possessed noun before a cue without و is an SVO subject.
    let t = "وكان ابنه قال إن الأسرة بخير.";
    assert_eq!(find(&run(t, &[]), "قال").source.text, "ابنه");
    // A quoted noun phrase after "على ضرورة" is an object.
    let t = "وشدد الوزير على ضرورة \"مضاعفة الجهود المشتركة لمكافحة الفساد\".";
    assert!(run(t, &[]).is_empty());
    // The writer's first person outside quotation marks.
    let t = "ذكرت الصحيفة أن الفريق فاز، وشخصيا أرى أن الفريق كان يستحق الفوز.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "أرى"), "{a:#?}");
    // Negative: inside a quotation it is the speaker's.
    let t = "وقال المدرب: \"أرى أن الفريق كان يستحق الفوز\".";
    let a = run(t, &[]);
    assert!(a.iter().any(|x| x.cue.text == "وقال"));
}

#[test]
fn a_content_before_its_frame_starts_after_the_dateline() {
    let t = "دبي، الإمارات العربية المتحدة (CNN)-- أغلقت السلطات الطريق السريع صباح اليوم، حسبما أفادت وكالة الأنباء الرسمية.";
    let a = run(t, &[]);
    let f = a
        .iter()
        .find(|x| x.cue.text.starts_with("حسبما"))
        .unwrap_or_else(|| panic!("{a:#?}"));
    assert!(f.content.text.starts_with("أغلقت"), "{f:#?}");
    // Negative: without a dateline the whole clause is the content.
    let t = "أغلقت السلطات في دبي الطريق السريع صباح اليوم، حسبما أفادت وكالة الأنباء الرسمية.";
    let a = run(t, &[]);
    let f = a
        .iter()
        .find(|x| x.cue.text.starts_with("حسبما"))
        .unwrap_or_else(|| panic!("{a:#?}"));
    assert!(f.content.text.starts_with("أغلقت السلطات في دبي"));
}

#[test]
fn narrator_ends_need_a_question_or_a_report() {
    // Negative: "فمن المهم" (it is important) is no question.
    let t = "وأضاف الوزير أنه رغم الخلافات، فمن المهم مواصلة الحوار.";
    assert!(find(&run(t, &[]), "وأضاف")
        .content
        .text
        .ends_with("مواصلة الحوار"));
    // Negative: "لكنها" about the content's subject without a report stays in it.
    let t = "وقال المدير إن الشركة تحقق أرباحا، لكنها قلقة من المنافسة.";
    assert!(find(&run(t, &[]), "وقال")
        .content
        .text
        .ends_with("من المنافسة"));
    // Negative: a ف-frame inside a sentence is left alone.
    let t = "لكن البيان كان خاطئا، فوفقا للأرقام الرسمية ارتفع عدد الوظائف.";
    assert!(run(t, &[]).iter().all(|x| !x.cue.text.starts_with("فوفقا")));
    // Negative: a finite cue in a relative clause after a frame keeps the frame's source.
    let t = "ويمكن للمنظمين منع المشاركة، حسب الصحيفة، التي أشارت إلى أن العقوبات ستشدد.";
    assert_eq!(find(&run(t, &[]), "أشارت").source.text, "الصحيفة");
}

#[test]
fn a_fuller_earlier_group_is_referred_to_whole() {
    // An organization deep in the earlier source is not what the description names.
    let t = "وقال رؤساء نقابات الأطباء والمهندسين والمحامين إن الإضراب سيستمر. وأكد الرؤساء في بيان أن المفاوضات فشلت.";
    let e = [ent(t, "المحامين", 0, "ORG", None)];
    let r = find(&run(t, &e), "وأكد").source.refers_to.clone();
    assert_ne!(r.as_deref(), Some("المحامين"));
    // A quantified group is no antecedent of "المصدر".
    let t = "وقال عدد من الأهالي إن الأسعار ارتفعت. وكشف مصدر محلي أن المخزون نفد. وأشار المصدر إلى أن التجار يحتكرون السلع.";
    let r = find(&run(t, &[]), "وأشار").source.refers_to.clone();
    assert_ne!(r.as_deref(), Some("عدد من الأهالي"));
}

#[test]
fn a_verb_frame_or_a_name_in_parentheses_keeps_the_speaker() {
    // "بحسب ما أفاد X، …، قائلا": the frame's verb has X for subject, who goes on.
    let t = "وتشيع الجنازات اليوم، بحسب ما أفاد سامر نعيم، رئيس اللجنة المنظمة، قائلا: \"لا مسيرات اليوم\".";
    let e = [ent(t, "سامر نعيم", 0, "PER", None)];
    assert!(find(&run(t, &e), "قائلا").source.text.contains("سامر نعيم"));
    // A name in parentheses in an earlier sentence is no new speaker.
    let t = "وقال الوزير برونو كامل إن التجارة تحتاج إلى قواعد. ما نريده مع رئيس الجمهورية (فادي منصور) هو الإصلاح.\nواعتبر أن الرسوم ضارة، موضحا أن القوة ليست قانونا.";
    let e = [
        ent(t, "برونو كامل", 0, "PER", None),
        ent(t, "فادي منصور", 0, "PER", None),
    ];
    assert!(find(&run(t, &e), "موضحا")
        .source
        .text
        .contains("برونو كامل"));
}

#[test]
fn contrast_and_kana_guards() {
    // Negative: "لكنها + a present cue" is still the reported position.
    let t = "وأكد المحامي أن الشركة لم ترفض التعويض، لكنها تعتبر المبلغ مبالغا فيه.";
    assert!(find(&run(t, &[]), "وأكد")
        .content
        .text
        .contains("لكنها تعتبر"));
    // Negative: a name in parentheses after a preposition is the sentence's subject.
    let t = "وقال المغني رامي سالم إن الحفل نجح.\nوكانت العلاقة بين (أبو سامي) وجمهوره دافئة، وقال إنه فخور بهم.";
    let e = [
        ent(t, "رامي سالم", 0, "PER", None),
        ent(t, "أبو سامي", 0, "PER", None),
    ];
    let a = run(t, &e);
    let second = a
        .iter()
        .filter(|x| x.cue.text == "وقال")
        .nth(1)
        .unwrap_or_else(|| panic!("{a:#?}"));
    assert!(second.source.text.contains("أبو سامي"), "{a:#?}");
}

// Session 13: classes of the held-out reviews fresh-review-s13a.md / s13b.md.

#[test]
fn apposed_name_after_a_title_is_cut_from_the_source() {
    let t = "وقال وزير الزراعة اللبناني، كمال نصر، إن المحصول تضاعف هذا العام.";
    let e = [ent(t, "كمال نصر", 0, "PER", Some("Kamal Nasr"))];
    let a = run(t, &e);
    let a = find(&a, "وقال");
    assert_eq!(a.source.text, "وزير الزراعة اللبناني");
    assert_eq!(a.source.refers_to.as_deref(), Some("Kamal Nasr"));
    // Negative: the name first, the title apposed to it: the name stays the source.
    let t = "وأكد سامي حداد، مدرب الفريق، أن المباراة صعبة.";
    let e = [ent(t, "سامي حداد", 0, "PER", None)];
    assert_eq!(find(&run(t, &e), "وأكد").source.text, "سامي حداد");
}

#[test]
fn a_name_chain_is_not_cut_at_bin() {
    let t = "استقبل الوفد الشيخ حمد بن خليفة بن سالم، الذي قال إن العلاقات قوية.";
    let a = run(t, &[ent(t, "خليفة بن سالم", 0, "PER", None)]);
    assert!(a.iter().all(|x| !x.source.text.starts_with("بن")), "{a:#?}");
    let a = find(&a, "قال");
    assert!(a.source.text.contains("حمد بن خليفة بن سالم"), "{a:#?}");
    // Negative: a surname that starts with "بن" is not extended over the word before.
    let t = "وعقد المجلس اجتماعا برئاسة بن سالم، وأوضح خلاله أن المنحة ستصل قريبا.";
    let e = [ent(t, "بن سالم", 0, "PER", None)];
    let a = run(t, &e);
    assert!(
        a.iter().all(|x| !x.source.text.contains("برئاسة")),
        "{a:#?}"
    );
}

#[test]
fn a_conditional_or_a_name_part_is_no_cue() {
    let t = "وأضاف أن المدير \"مستعد لتوقيع أي عقد إذا رأى أنه يخدم الشركة\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "رأى"), "{a:#?}");
    let t = "ورأى خالد أبو طالب أن الأزمة ستنتهي قريبا.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "طالب"), "{a:#?}");
    assert!(find(&a, "ورأى").source.text.contains("أبو طالب"));
    // Negative: an unconditional belief verb still reports.
    let t = "ورأى المحلل أن السوق ستتعافى.";
    assert_eq!(find(&run(t, &[]), "ورأى").kind, "belief");
}

#[test]
fn bayyana_after_a_long_speaker_noun() {
    let t = "وبين الناطق الرسمي باسم وزارة النقل أن الطريق أغلق مساء أمس.";
    let a = run(t, &[]);
    assert!(find(&a, "وبين").source.text.starts_with("الناطق الرسمي"));
    // Negative: the preposition "بين" before a non-speaker noun.
    let t = "وبين الطرفين خلافات قديمة، ويرى مراقبون أن الحل بعيد.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "وبين"), "{a:#?}");
    assert!(find(&a, "ويرى").source.anonymous);
}

#[test]
fn shares_and_indefinite_plurals_are_anonymous() {
    let t = "وقال 35 في المئة من المستطلعين إنهم لن يصوتوا.";
    assert!(find(&run(t, &[]), "وقال").source.anonymous);
    let t = "يعتقد 52% من الناخبين أن الاقتصاد سيتحسن.";
    assert!(find(&run(t, &[]), "يعتقد").source.anonymous);
    let t = "لكن معارضين في البرلمان وصفوا الخطة بأنها فاشلة.";
    assert!(find(&run(t, &[]), "وصفوا").source.anonymous);
    // Negative: a named speaker who cites a share is not anonymous.
    let t = "وقال الوزير رامي فارس إن 40 بالمئة من الطلاب نجحوا.";
    let e = [ent(t, "رامي فارس", 0, "PER", None)];
    assert!(!find(&run(t, &e), "وقال").source.anonymous);
}

#[test]
fn an_addressee_after_the_verb_is_no_source() {
    let t = "وقال المدرب إن الفريق جاهز. وأكد للاعبين أن المباراة صعبة.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وأكد").source.text, "المدرب");
    // Negative: a name that begins with ل is still the speaker.
    let t = "وقال لافروف إن المحادثات بناءة.";
    let e = [ent(t, "لافروف", 0, "PER", None)];
    assert_eq!(find(&run(t, &e), "وقال").source.text, "لافروف");
}

#[test]
fn content_stops_at_a_reaction_a_closing_act_or_a_writer_lead() {
    let t = "وذكرت تقارير أن الوزير سيستقيل، إلا أن المتحدث باسمه نفى ذلك.";
    assert_eq!(
        find(&run(t, &[]), "وذكرت").content.text,
        "أن الوزير سيستقيل"
    );
    // Negative: a concession of the speaker's own stays in the content.
    let t = "وقال المدرب إنه رغم الخسارة، إلا أن الفريق رفض الاستسلام.";
    assert!(find(&run(t, &[]), "وقال")
        .content
        .text
        .contains("رفض الاستسلام"));
    let t = "وأشار المدير إلى أن الأرباح \"ارتفعت كثيرا\"، خاتما كلمته بالشكر.";
    assert!(!find(&run(t, &[]), "وأشار").content.text.contains("خاتما"));
    let t = "ويذكر أن الشرطة اعتقلت ثلاثة أشخاص، وفقا لبيان الوزارة.";
    assert!(find(&run(t, &[]), "وفقا")
        .content
        .text
        .starts_with("الشرطة"));
}

#[test]
fn as_someone_sees_fit_is_no_report() {
    let t = "سيتخذ القرار لاحقا، وفق ما يراه المجلس ضروريا.";
    assert!(run(t, &[]).is_empty());
    // Negative: a verb of saying after "وفق ما" reports.
    let t = "سيتخذ القرار لاحقا، وفق ما ذكره المجلس.";
    assert_eq!(find(&run(t, &[]), "وفق ما ذكره").source.text, "المجلس");
}

#[test]
fn an_editorial_adjunct_is_not_in_the_source() {
    let t = "وقالت صحيفة النهار في افتتاحيتها إن الحكومة ضعيفة.";
    assert_eq!(find(&run(t, &[]), "وقالت").source.text, "صحيفة النهار");
}

#[test]
fn a_quoted_title_is_no_content() {
    let t = "وكتب الباحث مقالا بعنوان \"مستقبل المياه في المنطقة\" نشرته مجلة علمية.";
    assert!(run(t, &[]).is_empty());
    // The content after the title is still found.
    let t = "وتشير الباحثة في دراسة بعنوان \"مستقبل المياه\" إلى أن الجفاف سيزداد.";
    let a = run(t, &[]);
    assert!(
        find(&a, "وتشير").content.text.contains("الجفاف سيزداد"),
        "{a:#?}"
    );
}

// Session 13, late round.

#[test]
fn a_coordinated_plural_present_cue_shares_its_clause_subject() {
    // The impersonal passive ("يُعتقد أن") is never plural: "ويرون أن" after a clause
    // with a plural subject reports that subject's view.
    let t = "وحذر المزارعون من موجة جفاف، ويرون أن المحاصيل ستتراجع.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "ويرون").source.text, "المزارعون", "{a:#?}");
    let t = "وانتقد الأطباء بطء توزيع اللقاح، ويعتقدون أنه سيصل متأخرا.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "ويعتقدون").source.text, "الأطباء", "{a:#?}");
    // Negative: an indefinite "others" clause is no subject to carry over.
    let t = "ويؤيد البعض الخطة، في حين يعارض آخرون ذلك بشدة، ويعتبرون أنها خاطئة.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "ويعتبرون"), "{a:#?}");
    // Negative: inside a quotation the plural is the quoted speaker's narrative.
    let t = "وقال المدير: \"الناس يخطئون في فهمنا، ويعتقدون أننا شركة إعلانات\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "ويعتقدون"), "{a:#?}");
    // Negative: the singular form with no subject stays an impersonal passive.
    let t = "ويعتقد أن الحريق بدأ في المطبخ.";
    assert!(run(t, &[]).is_empty());
    // Negative: a plural cue never carries a single earlier speaker over.
    let t = "وقال الوزير إن الميزانية جاهزة. ويقولون إن الضرائب سترتفع.";
    let a = run(t, &[]);
    assert!(
        a.iter()
            .filter(|x| x.cue.text == "ويقولون")
            .all(|x| x.source.text != "الوزير"),
        "{a:#?}"
    );
}

#[test]
fn a_linked_headline_reports_nothing() {
    let t = "وقال الوزير إن الطرق ستفتح غدا.\nللمزيد: البلدية تعلن إغلاق الجسر القديم\nوأكد المحافظ أن العمل مستمر.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "تعلن"), "{a:#?}");
    assert_eq!(find(&a, "وأكد").source.text, "المحافظ");
    let t = "اقرأ أيضا: النقابة تتساءل: من يدفع ثمن الأزمة؟\nوقال رئيس النقابة إن الأجور لم ترتفع.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "تتساءل"), "{a:#?}");
    assert_eq!(find(&a, "وقال").source.text, "رئيس النقابة");
    // Negative: a report that merely mentions more news is untouched.
    let t = "وقال المتحدث إن للمزيد من التفاصيل موعدا لاحقا.";
    assert_eq!(find(&run(t, &[]), "وقال").source.text, "المتحدث");
}

// Session 14: the held-out reviews s14a / s14b.

#[test]
fn a_suffixed_time_adverb_is_never_the_source() {
    // "نفى بعدها" = "denied afterwards": the speaker is the SVO subject before the verb,
    // and a later "وقال" goes on with him.
    let t = "لكن المدرب رفض الانتقادات، غير أن المدير نفى بعدها أن يكون النادي قد تفاوض مع أحد. وقال: \"لم نتلق أي عرض\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.source.text != "بعدها"), "{a:#?}");
    let t = "وتوقع بعدها محللون أن تنخفض الأسعار.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وتوقع").source.text, "محللون", "{a:#?}");
    let t = "وأكد الوزير حينئذ أن المفاوضات ستستأنف.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وأكد").source.text, "الوزير", "{a:#?}");
    // Negative: a real postposed subject after the verb is kept.
    let t = "ونفى المتحدث بعد ذلك أن تكون الشرطة قد اعتقلت أحدا.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "ونفى").source.text, "المتحدث", "{a:#?}");
}

#[test]
fn a_masculine_cue_does_not_carry_a_country_over() {
    // "أُعلن أن" (it was announced) after a country spoke: no speaker.
    let t = "وكانت تركيا قد أكدت أمس أنها ستشارك في الاجتماع. وفي وقت لاحق، أعلن أن الاجتماع تأجل إلى الشهر المقبل.";
    let e = [ent(t, "تركيا", 0, "LOC", Some("Turkey"))];
    let a = run(t, &e);
    assert!(
        a.iter()
            .filter(|x| x.cue.text == "أعلن")
            .all(|x| x.source.text != "تركيا"),
        "{a:#?}"
    );
    // Negative: a feminine cue goes on with the country.
    let t = "وكانت تركيا قد أكدت أمس أنها ستشارك في الاجتماع. وأضافت أن وفدها سيصل الأحد.";
    let e = [ent(t, "تركيا", 0, "LOC", Some("Turkey"))];
    let a = run(t, &e);
    assert_eq!(find(&a, "وأضافت").source.text, "تركيا", "{a:#?}");
    // Negative: a masculine country name ("لبنان") still carries a masculine cue.
    let t = "وكان لبنان قد أعلن أنه سيرد على الرسالة. وأضاف أن الرد سيكون مكتوبا.";
    let e = [ent(t, "لبنان", 0, "LOC", Some("Lebanon"))];
    let a = run(t, &e);
    assert_eq!(find(&a, "وأضاف").source.text, "لبنان", "{a:#?}");
}

#[test]
fn a_description_with_another_nationality_is_another_person() {
    let t =
        "قال الرئيس الروسي إن بلاده لن تتدخل. أما الرئيس الأميركي فقد قال إن الخيارات كلها مطروحة.";
    let a = run(t, &[]);
    let b = a
        .iter()
        .find(|x| x.source.text == "الرئيس الأميركي")
        .unwrap_or_else(|| panic!("{a:#?}"));
    assert_ne!(
        b.source.refers_to.as_deref(),
        Some("الرئيس الروسي"),
        "{a:#?}"
    );
    // Negative: the same nationality, spelt otherwise, still links.
    let t = "قال الرئيس الأمريكي إن العقوبات باقية. وأضاف الرئيس الأميركي أن الحوار ممكن.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "وأضاف").source.refers_to.as_deref(),
        Some("الرئيس الأمريكي"),
        "{a:#?}"
    );
}

#[test]
fn a_newspaper_is_not_the_club_in_its_story() {
    let t = "كشفت صحيفة \"الموندو\" عن خطة نادي ريال بيتيس للموسم المقبل. وتقول الصحيفة إن المدرب سيرحل.";
    let e = [
        ent(t, "الموندو", 0, "ORG", None),
        ent(t, "ريال بيتيس", 0, "ORG", Some("Real Betis")),
    ];
    let a = run(t, &e);
    assert_ne!(
        find(&a, "وتقول").source.refers_to.as_deref(),
        Some("Real Betis"),
        "{a:#?}"
    );
    // Negative: a club introduced by its own noun is still found by that noun.
    let t = "أعلن نادي ريال بيتيس تعاقده مع مدافع جديد. وقال النادي إن العقد يمتد ثلاث سنوات.";
    let e = [ent(t, "ريال بيتيس", 0, "ORG", Some("Real Betis"))];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وقال").source.refers_to.as_deref(),
        Some("Real Betis"),
        "{a:#?}"
    );
}

#[test]
fn an_object_after_the_verb_is_no_source() {
    // A quoted name after its noun is the subject; "هذا الخبر" is the object.
    let t = "وكانت صحيفة \"الصباح\" نقلت هذا الخبر في عددها الأخير.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.source.text != "هذا الخبر"), "{a:#?}");
    // A headline: the quoted party is the subject, its "تمسكه" the object.
    let t = "\"حزب العمال\" يؤكد تمسكه بالائتلاف";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.source.text != "تمسكه"), "{a:#?}");
    // A plural verb after "كما" has its own subject; its object is no source.
    let t = "ورجح المحللون أن تتراجع البطالة، كما رجحوا ارتفاع الأجور في الربع الأخير.";
    let a = run(t, &[]);
    assert!(
        a.iter().all(|x| !x.source.text.starts_with("ارتفاع")),
        "{a:#?}"
    );
    // Negative: a quotation before a postposed named subject is still speech.
    let t = "\"سنعود أقوى في الموسم المقبل\"، يؤكد المدرب الجديد للفريق.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "يؤكد").content.text,
        "سنعود أقوى في الموسم المقبل",
        "{a:#?}"
    );
}

#[test]
fn a_frame_does_not_take_over_the_verbal_report_inside_it() {
    let t = "وبحسب ما ذكرت الإذاعة الرسمية، أكد الوزير أن الأسعار لن ترتفع. وتابع أن الدعم سيستمر حتى نهاية العام.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وتابع").source.text, "الوزير", "{a:#?}");
    // Negative: a frame with no verb of its own inside still speaks on.
    let t = "وبحسب وكالة الأنباء الرسمية، فإن الأسعار لن ترتفع. وأضافت الوكالة أن الدعم سيستمر.";
    let a = run(t, &[]);
    assert!(find(&a, "وأضافت").source.text.contains("الوكالة"), "{a:#?}");
}

#[test]
fn impersonal_generic_and_relative_cues_report_nothing() {
    // "يُرجَّح" with an adjunct before its clause, inside a quotation.
    let t = "وذكر بيان للنادي أن اللاعب \"تعرض لإصابة خفيفة. ويرجح من خلال الأشعة أنه سيعود قريبا\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "ويرجح"), "{a:#?}");
    // A habitual "when people talk about".
    let t = "وعندما يتحدث المسؤولون عن أن التضخم تراجع، فإن الأسواق لا تصدق ذلك.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "يتحدث"), "{a:#?}");
    // A thing "which indicates".
    let t = "أضافت المنصة علامة زرقاء، والتي تشير إلى أن الحساب موثق.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "تشير"), "{a:#?}");
    // "ما كتب" = what was written.
    let t = "وانتقد المدرب الصحافة قائلا إن \"ما كتب عن اللاعبين غير صحيح\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "كتب"), "{a:#?}");
    // Negatives: a past "عندما قال", a report noun "التي تشير", a frame "بحسب ما ذكر".
    let t = "وعندما قال الوزير إن الخطة جاهزة، صفق الحضور.";
    assert_eq!(find(&run(t, &[]), "قال").source.text, "الوزير");
    let t = "ونشرت الوزارة دراسة، التي تشير إلى أن الفقر تراجع.";
    assert!(run(t, &[]).iter().any(|x| x.cue.text == "تشير"));
    let t = "وبحسب ما ذكر التلفزيون الرسمي، فإن الحريق أخمد.";
    assert!(!run(t, &[]).is_empty());
    // The present "يرجح" with its own subject is a report.
    let t = "ويرجح الخبراء أن ترتفع الأسعار.";
    assert_eq!(find(&run(t, &[]), "ويرجح").source.text, "الخبراء");
}

#[test]
fn published_concluded_and_quoted_clauses_report() {
    let t = "نشرت مجلة \"كيكر\" الألمانية أن ثلاثة أندية تتنافس على المهاجم.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "نشرت").source.text,
        "مجلة \"كيكر\" الألمانية",
        "{a:#?}"
    );
    let t = "واختتم المعلق «أن الموسم كان مخيبا».";
    let a = run(t, &[]);
    assert_eq!(find(&a, "واختتم").source.text, "المعلق", "{a:#?}");
    let t = "وأشاد الوزير بالجهود، مؤكدا على \"أن الخدمات ستتحسن\".";
    let a = run(t, &[]);
    assert_eq!(find(&a, "مؤكدا").source.text, "الوزير", "{a:#?}");
    let t = "قالت مدعية المحكمة إن الأدلة كافية.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "قالت").source.text, "مدعية المحكمة", "{a:#?}");
    // Negatives: "نشر" with an object, a quoted phrase after على, "اختتم" + object.
    let t = "ونشرت الوزارة تقريرا أكدت فيه أن البطالة تراجعت.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "ونشرت"), "{a:#?}");
    assert!(a.iter().any(|x| x.cue.text == "أكدت"), "{a:#?}");
    let t = "مؤكدا على \"الشراكة الاستراتيجية\" بين البلدين.";
    assert!(run(t, &[]).is_empty());
    let t = "واختتم المنتدى أعماله أمس.";
    assert!(run(t, &[]).is_empty());
    // "طلب عدم نشر اسمه، إن": the name is the object, the official the speaker.
    let t = "وقال مسؤول، طلب عدم نشر اسمه، إن المحادثات فشلت.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "نشر"), "{a:#?}");
}

#[test]
fn the_object_of_a_describing_verb_is_cut_after_a_name() {
    let t = "ووصفت موسكو اتهامات لندن بأنها \"سخيفة\".";
    let e = [
        ent(t, "موسكو", 0, "LOC", Some("Moscow")),
        ent(t, "لندن", 0, "LOC", Some("London")),
    ];
    let a = run(t, &e);
    assert_eq!(find(&a, "ووصفت").source.text, "موسكو", "{a:#?}");
    // The name's own adjective stays in it.
    let t = "ووصفت كوريا الجنوبية مناورات جارتها بأنها \"استفزازية\".";
    let e = [ent(t, "كوريا الجنوبية", 0, "LOC", Some("South Korea"))];
    let a = run(t, &e);
    assert_eq!(find(&a, "ووصفت").source.text, "كوريا الجنوبية", "{a:#?}");
    // Negative: "بن" after a first name NER took alone continues the name.
    let t = "ووصف خالد بن سالم القرار بأنه \"متسرع\".";
    let e = [ent(t, "خالد", 0, "PER", None)];
    let a = run(t, &e);
    assert!(
        find(&a, "ووصف").source.text.starts_with("خالد بن سالم"),
        "{a:#?}"
    );
}

#[test]
fn whereas_relatives_and_possessed_persons_still_report() {
    // "في حين يقول X إن" (whereas) is a report, not a habitual "when".
    let t = "ورحبت المعارضة بالقرار، في حين يقول مسؤولون إن التنفيذ سيتأخر.";
    assert!(run(t, &[]).iter().any(|x| x.cue.text == "يقول"));
    // "ما قال X إنه" with its subject before the clause.
    let t = "وارتفعت الأسعار بسبب ما قال تجار إنه نقص في المعروض.";
    assert!(run(t, &[]).iter().any(|x| x.cue.text == "قال"));
    // "كما قالت محاميتها": a person with a possessive.
    let t = "وأفرجت الشرطة عن الناشطة مساء الأحد، كما قالت محاميتها.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "قالت").source.text, "محاميتها", "{a:#?}");
    // "والتي تشير تقارير إلى أن": the relative verb has its own subject.
    let t = "ونقل الجرحى إلى المستشفى، والتي تشير تقارير إلى أنها مكتظة.";
    assert!(run(t, &[]).iter().any(|x| x.cue.text == "تشير"));
    // A name that NER takes for a place but a masculine verb treats as a man.
    let t = "غير أن ماكي قال إن الإجراءات مؤقتة. وأضاف أن الحكومة ستراجعها.";
    let e = [ent(t, "ماكي", 0, "LOC", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "وأضاف").source.text, "ماكي", "{a:#?}");
}

// Session 15 (held-out reviews s15a / s15b).

#[test]
fn between_and_a_speech_object_end_the_subject() {
    // "بين" opens the first verb's complement; the participle's speaker is the subject.
    let t = "وقارن المحافظ بين الموازنتين محذرا من أن العجز سيتسع.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "محذرا").source.text, "المحافظ", "{a:#?}");
    // An indefinite statement noun after the subject is the verb's object.
    let t = "وأصدر الاتحاد بيانا أكد فيه أن البطولة ستقام في موعدها.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| !x.source.text.contains("بيانا")), "{a:#?}");
    // Negative: a name after the head is no object, and a definite "البيان" is the
    // subject of its own verb.
    let t = "وقال المتحدث باسم الحكومة إن القرار نهائي.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").source.text, "المتحدث باسم الحكومة");
    let t = "وأضاف البيان أن الوفد سيصل غدا.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وأضاف").source.text, "البيان", "{a:#?}");
    // Negative: "بين" as a first name right after the verb is the speaker.
    let t = "وقال بين كارسون إن الخطة ستنجح.";
    let e = [ent(t, "بين كارسون", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "وقال").source.text, "بين كارسون", "{a:#?}");
}

#[test]
fn a_place_after_a_person_name_is_no_part_of_the_source() {
    let t = "وصرح بوريس جونسون في مقر الحكومة \"لن نؤجل الموعد\".";
    let e = [ent(t, "بوريس جونسون", 0, "PER", Some("Boris Johnson"))];
    let a = run(t, &e);
    assert_eq!(find(&a, "وصرح").source.text, "بوريس جونسون", "{a:#?}");
    // A long occasion after the name still lets the complementizer through.
    let t = "وقال بوريس جونسون في افتتاح مؤتمر دولي حول دعم الاقتصاد المحلي في لندن إن الدعم سيزيد.";
    let e = [ent(t, "بوريس جونسون", 0, "PER", Some("Boris Johnson"))];
    let a = run(t, &e);
    assert_eq!(find(&a, "وقال").source.text, "بوريس جونسون", "{a:#?}");
    // Negative: a researcher "in" an institute keeps it (no name before في).
    let t = "وقال الباحث في المعهد الوطني إن النتائج مشجعة.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "وقال").source.text,
        "الباحث في المعهد الوطني",
        "{a:#?}"
    );
}

#[test]
fn unnamed_officials_members_and_people_close_to_someone() {
    // ب + institution after an unnamed official belongs to the source, anonymous.
    let t = "وقال مسؤولون بالوزارة المصرية إن المفاوضات متعثرة.";
    let a = run(t, &[]);
    let x = find(&a, "وقال");
    assert_eq!(x.source.text, "مسؤولون بالوزارة المصرية", "{a:#?}");
    assert!(x.source.anonymous);
    // Feminine spokespersons and "a person" are unnamed.
    let t = "وقالت متحدثة باسم البلدية إن الطريق أغلق.";
    assert!(find(&run(t, &[]), "وقالت").source.anonymous);
    let t = "وأغلق المتجر بعدما زعم شخص أنه رأى حريقا.";
    let a = run(t, &[]);
    let x = find(&a, "زعم");
    assert_eq!(x.source.text, "شخص");
    assert!(x.source.anonymous);
    // People close to a named person are not that person.
    let t = "ويرى مقربون من رئيس الوزراء أن التعديل قريب.";
    assert!(find(&run(t, &[]), "ويرى").source.anonymous);
    // Negative: a member of a definite body is someone definite, not anonymous; a
    // member "in" a body stays anonymous.
    let t = "وأكد عضو البرلمان أنه سيصوت ضد المشروع.";
    assert!(!find(&run(t, &[]), "وأكد").source.anonymous);
    let t = "وأكد عضو في البرلمان أنه سيصوت ضد المشروع.";
    assert!(find(&run(t, &[]), "وأكد").source.anonymous);
}

#[test]
fn a_directly_after_a_skipped_adverb_is_no_subject() {
    let t = "لكن المدير نفى بعدها مباشرة أن الشركة ستغلق فروعها.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "نفى").source.text, "المدير", "{a:#?}");
    let t = "وأعلن بعدها مباشرة الناطق باسم الجيش أن الهدنة انتهت.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وأعلن").source.text, "الناطق باسم الجيش", "{a:#?}");
}

#[test]
fn narrator_glosses_end_the_content() {
    // "، وذلك في لقاء …" / "، وذلك بحسب …" and "، وهو ما نفاه …" are the narrator's.
    let t = "وقال الوزير إن الاتفاق سيوقع قريبا، وذلك في مؤتمر صحفي عقده بالعاصمة.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "وقال").content.text,
        "إن الاتفاق سيوقع قريبا",
        "{a:#?}"
    );
    let t = "وأعلنت الشركة أن المبيعات تضاعفت، وهو ما نفاه منافسوها.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "وأعلنت").content.text,
        "أن المبيعات تضاعفت",
        "{a:#?}"
    );
    let t = "تراجعت الصادرات بنسبة كبيرة، وذلك بحسب بيانات الجمارك.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "بحسب").content.text,
        "تراجعت الصادرات بنسبة كبيرة",
        "{a:#?}"
    );
    // Negative: a time or purpose after "وذلك" may be the speaker's own words.
    let t = "وقال الوزير إن الانتخابات ستجرى، وذلك في الربيع المقبل.";
    let a = run(t, &[]);
    assert!(
        find(&a, "وقال").content.text.ends_with("الربيع المقبل"),
        "{a:#?}"
    );
    let t = "وقال الوزير إن الضريبة سترفع، وذلك لتغطية العجز.";
    let a = run(t, &[]);
    assert!(find(&a, "وقال").content.text.ends_with("العجز"), "{a:#?}");
}

#[test]
fn a_frame_before_fa_inna_reports_the_clause_after_it() {
    let t = "ويستطيع التطبيق قراءة الموقع، ووفقا لبيان الشركة، فإن ذلك يتم دون إذن.";
    let a = run(t, &[]);
    let x = find(&a, "ووفقا");
    assert_eq!(x.content.text, "فإن ذلك يتم دون إذن", "{a:#?}");
    // No comma before «فإن»: the frame still reports the clause after it.
    let t = "وارتفعت أسعار الذهب، وبحسب محللين فإن الطلب الآسيوي تضاعف.";
    let a = run(t, &[]);
    let x = find(&a, "وبحسب");
    assert_eq!(x.source.text, "محللين", "{a:#?}");
    assert_eq!(x.content.text, "فإن الطلب الآسيوي تضاعف", "{a:#?}");
    // Negative: with no فإن the frame reports the clause before it.
    let t = "ويستطيع التطبيق قراءة الموقع، وفقا لبيان الشركة.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "وفقا").content.text,
        "ويستطيع التطبيق قراءة الموقع",
        "{a:#?}"
    );
}

#[test]
fn seeing_and_deeming_are_no_belief_reports() {
    // "أن ترى X يفعل" is perception; "أن يعتبر X" a modal judgement; neither reports.
    let t = "وقال المدرب إنه يكره أن يرى اللاعبين يغادرون، ويأمل أن يبقوا.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "يرى"), "{a:#?}");
    assert!(find(&a, "وقال").content.text.contains("يغادرون"), "{a:#?}");
    let t = "وقالت ناطقة باسم النيابة إن المتهم لا يمكن أن يعتبر فارا \"لم يحضر الجلسة\". وأضافت أن الحكم سيصدر لاحقا.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "يعتبر"), "{a:#?}");
    assert_eq!(
        find(&a, "وأضافت").source.text,
        "ناطقة باسم النيابة",
        "{a:#?}"
    );
    // A quotation right after the object of "يرى" is the writer's partial quotation.
    let t = "وقال الدفاع إن موكله يرى الشاهد \"غير صادق\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "يرى"), "{a:#?}");
    // Seeing that something is so stays a belief, even after the subjunctive.
    let t = "وقال الناقد: \"أستطيع أن أرى، إلى حد ما، أن الرواية نجحت\".";
    assert!(run(t, &[]).iter().any(|x| x.cue.text == "أرى"));
    // Negatives: a belief with its complementizer, or a quotation opened by أن.
    let t = "ويرى المحللون أن الأسعار ستتراجع.";
    assert_eq!(find(&run(t, &[]), "ويرى").source.text, "المحللون");
    let t = "ويعتبر الوزير \"أن الحوار هو الحل\".";
    assert!(run(t, &[]).iter().any(|x| x.cue.text == "ويعتبر"));
    // A clause-initial "واعتبر X Y "…"" is a report; "بعد أن رأت X أن" a past event.
    let t = "واعتبر الحزب القرار \"ضربة قاسية للديمقراطية في البلاد\".";
    assert!(find(&run(t, &[]), "واعتبر").direct);
    let t = "وبدأت القضية بعد أن رأت موظفة أن الأسعار غير عادلة.";
    assert_eq!(find(&run(t, &[]), "رأت").source.text, "موظفة");
    // But "الاتفاق يعتبر خطوة "…"" (its subject before it) is a description.
    let t = "وقال المدير إن الاتفاق يعتبر خطوة \"تاريخية للشركة\".";
    assert!(run(t, &[]).iter().all(|x| x.cue.text != "يعتبر"));
}

#[test]
fn a_quoted_company_name_then_a_day_is_the_subject() {
    let t = "وقالت \"أمازون\"، يوم الإثنين، إن الطلبات تضاعفت.";
    let a = run(t, &[]);
    let x = find(&a, "وقالت");
    assert_eq!(x.source.text, "أمازون", "{a:#?}");
    assert!(!x.direct);
    assert_eq!(x.content.text, "إن الطلبات تضاعفت");
    // Negative: a short direct quotation followed by a participle stays a quotation.
    let t = "وقال الرئيس \"لن نتراجع\"، مضيفا أن الحوار مستمر.";
    let a = run(t, &[]);
    let x = find(&a, "وقال");
    assert!(x.direct);
    assert_eq!(x.content.text, "لن نتراجع");
}

#[test]
fn a_group_in_a_genitive_before_its_verb_is_the_source() {
    // "… لمنظمات إغاثة قالت إن": an asyndetic relative; the group speaks.
    let t = "وارتفع العدد مقارنة بتقديرات سابقة لمنظمات إغاثة قالت إن الضحايا بالمئات.";
    let a = run(t, &[]);
    let x = find(&a, "قالت");
    assert_eq!(x.source.text, "منظمات إغاثة", "{a:#?}");
    assert!(x.source.anonymous);
    let t = "وهذا أعلى من أرقام نشرتها لاحقا لصحف محلية قالت إن العدد نحو عشرين ألفا.";
    let a = run(t, &[]);
    assert!(!find(&a, "قالت").source.text.starts_with("وهذا"), "{a:#?}");
    // Negative: after a speech event the group is the addressee, not the speaker.
    let t = "وأكد الوزير موقفه. وفي تصريحات لوسائل إعلام محلية قال إن الحوار مستمر.";
    let a = run(t, &[]);
    assert_ne!(find(&a, "قال").source.text, "وسائل إعلام محلية", "{a:#?}");
}

#[test]
fn a_pro_drop_belief_verb_goes_on_with_the_speaker() {
    let t = "وقال المحلل إن الاقتصاد يتعافى. ويرى أن البنك سيخفض الفائدة قريبا.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "ويرى").source.text, "المحلل", "{a:#?}");
    let t = "واعتبر الكاتب أن الرواية نجحت. ويعتبر أن النقاد ظلموها.";
    let a = run(t, &[]);
    assert!(a.iter().any(|x| x.cue.text == "ويعتبر"), "{a:#?}");
    // Negative: "يعتقد أن" with no subject is still the impersonal passive.
    let t = "وعثرت الشرطة على سيارة. ويعتقد أن المهاجم استخدمها.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "ويعتقد"), "{a:#?}");
}

// ---- Session 16 ----

#[test]
fn a_quoted_name_after_the_subject_is_no_direct_quote() {
    // "أعلنت شركة … "بترول"، الخميس، عدم صحة …": an apposed quoted name, then a masdar
    // object (no content clause): nothing to output.
    let t = "أعلنت شركة النفط الكويتية الكبرى \"بترول\"، الخميس، عدم صحة الأنباء عن تسرب نفطي.";
    let e = [ent(t, "بترول", 0, "ORG", None)];
    let a = run(t, &e);
    assert!(a.iter().all(|a| a.content.text != "بترول"), "{a:#?}");
    // The quoted name followed by a content clause keeps the clause.
    let t = "وقالت مؤسسة الموانئ \"مرافئ\"، الخميس، إن الرصيف الجديد جاهز.";
    let e = [ent(t, "مرافئ", 0, "ORG", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "وقالت").content.text, "إن الرصيف الجديد جاهز");
    // A short quotation that is no name stays a direct quote.
    let t = "وقال المتحدث باسم الوزارة \"سنرد بقوة\"، ثم غادر القاعة.";
    let a = run(t, &[]);
    let q = find(&a, "وقال");
    assert!(q.direct);
    assert_eq!(q.content.text, "سنرد بقوة");
}

#[test]
fn a_quoted_platform_before_the_cue_is_no_content() {
    let t = "وعبر حسابه على \"إنستغرام\" علق المطرب على غيابه عن الموسم قائلا \"سأعود قريبا\".";
    let e = [
        ent(t, "إنستغرام", 0, "ORG", None),
        ent(t, "المطرب", 0, "PER", None),
    ];
    let a = run(t, &e);
    assert!(a.iter().all(|a| a.content.text != "إنستغرام"), "{a:#?}");
    // A quotation before the cue that is no name is still the content.
    let t = "\"سنبقى هنا حتى النهاية\" قال قائد الفريق للصحفيين.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "قال").content.text, "سنبقى هنا حتى النهاية");
}

#[test]
fn nobody_says_reports_no_one() {
    for t in [
        "وقال المعارض: \"ما من أحد يقول لي إن الانتخابات كانت نزيهة\".",
        "قال النائب: \"لا أحد يقول إن الوضع آمن في المدينة\".",
        "وقالت الناشطة: \"لم يقل أحد إن المياه ملوثة\".",
    ] {
        let a = run(t, &[]);
        assert_eq!(a.len(), 1, "{t}: {a:#?}");
        assert!(a[0].cue.text.starts_with("وقال") || a[0].cue.text == "قال");
    }
    // "أحد" as a partitive subject speaks: "وقال أحد الشهود إن".
    let a = run("وقال أحد الشهود إن الانفجار وقع فجرا.", &[]);
    assert_eq!(find(&a, "وقال").source.text, "أحد الشهود");
}

#[test]
fn a_feminine_title_is_not_linked_to_a_masculine_speaker() {
    let t = "وقال يوسف كرم إن المشروع ناجح. ووصفت المتحدثة المشروع بأنه فاشل.";
    let e = [ent(t, "يوسف كرم", 0, "PER", None)];
    let a = run(t, &e);
    let b = find(&a, "ووصفت");
    assert_eq!(b.source.text, "المتحدثة");
    assert_eq!(b.source.refers_to, None, "{b:#?}");
    // A feminine cue before, a feminine title after: linked.
    let t = "وقالت سلمى عواد إن المشروع ناجح. وأضافت المتحدثة أن التمويل متوفر.";
    let e = [ent(t, "سلمى عواد", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وأضافت").source.refers_to.as_deref(),
        Some("سلمى عواد")
    );
    // A masculine title after a masculine speaker is still linked.
    let t = "وقال يوسف كرم إن المشروع ناجح. وأضاف المتحدث أن التمويل متوفر.";
    let e = [ent(t, "يوسف كرم", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وأضاف").source.refers_to.as_deref(),
        Some("يوسف كرم")
    );
}

#[test]
fn a_titled_name_before_the_object_stays_in_the_source() {
    let t = "ووصفت النائبة رنا حداد القرار بأنه ظالم.";
    let e = [ent(t, "حداد", 0, "PER", None)];
    let a = run(t, &e);
    let b = find(&a, "ووصفت");
    assert_eq!(b.source.text, "النائبة رنا حداد");
    // A title and a definite object, no name: the object is cut off as before.
    let t = "ووصف النائب القرار بأنه ظالم.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "ووصف").source.text, "النائب");
}

#[test]
fn a_participle_after_a_transitive_clause_leaves_the_object_out() {
    let t = "حلل باحثون يابانيون عينات كبيرة من التربة، مشيرين إلى أن التلوث يتزايد.";
    let a = run(t, &[]);
    let b = find(&a, "مشيرين");
    assert_eq!(b.source.text, "باحثون يابانيون");
    assert!(b.source.anonymous);
    let t = "رفض الوزير الزواج المدني، معتبرا أن القانون الحالي كاف.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "معتبرا").source.text, "الوزير");
    // The subject's own modifiers stay: a prepositional phrase, an agreeing adjective.
    let t = "درس خبراء من الجامعة الأمريكية عينات التربة، مشيرين إلى أن الأمطار تراجعت.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "مشيرين").source.text, "خبراء من الجامعة الأمريكية");
    let t = "انتقد الأمين العام القرار، مؤكدا أن الحوار هو الحل.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "مؤكدا").source.text, "الأمين العام");
}

#[test]
fn a_relative_after_what_someone_says_has_its_own_antecedent() {
    let t = "وقال الوزير: \"الحكومة لا تهتم بما يقوله القاضي، الذي قال إن القرار باطل\".";
    let a = run(t, &[]);
    let b = find(&a, "قال");
    assert_eq!(b.source.text, "القاضي");
    assert_eq!(find(&a, "وقال").source.text, "الوزير");
    // A relative right after its antecedent, as before.
    let t = "وتحدثت الصحيفة إلى الطبيب المناوب، الذي قال إن المصابين بحالة مستقرة.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "قال").source.text, "الطبيب المناوب");
}

#[test]
fn indefinite_plural_sources_are_anonymous() {
    for (t, src) in [
        ("ويقول مزارعون إن الأمطار تأخرت هذا العام.", "مزارعون"),
        (
            "ويقول مدافعون عن حقوق الإنسان إن القانون تمييزي.",
            "مدافعون عن حقوق الإنسان",
        ),
    ] {
        let a = run(t, &[]);
        let b = find(&a, "ويقول");
        assert_eq!(b.source.text, src);
        assert!(b.source.anonymous, "{t}");
    }
    // A name ending in -ون is no plural.
    let t = "وقال هارون إن الأمطار تأخرت.";
    let e = [ent(t, "هارون", 0, "PER", None)];
    let a = run(t, &e);
    assert!(!find(&a, "وقال").source.anonymous);
    // A definite plural with a name stays named.
    let t = "وقال المزارعون في قرية كفر سابا إن الأمطار تأخرت.";
    let e = [ent(t, "كفر سابا", 0, "LOC", None)];
    let a = run(t, &e);
    assert!(!find(&a, "وقال").source.anonymous);
}

#[test]
fn a_quoted_name_in_a_long_subject_leaves_the_clause_as_content() {
    let t = "وقال محللون يعملون في \"بنك الخليج الأول\"، وهو من أكبر المصارف، إن الفائدة سترتفع.";
    let e = [ent(t, "بنك الخليج الأول", 0, "ORG", None)];
    let a = run(t, &e);
    let b = find(&a, "وقال");
    assert!(b.content.text.starts_with("إن الفائدة"), "{b:#?}");
    // "أمين عام" is no plural, and a participle adjective stays in the subject.
    let t = "انتقد اللاعب الإسباني المخضرم الحكم، مؤكدا أن القرار ظالم.";
    let a = run(t, &[]);
    assert!(find(&a, "مؤكدا")
        .source
        .text
        .starts_with("اللاعب الإسباني المخضرم"));
}

#[test]
fn a_name_ending_like_a_plural_is_not_anonymous() {
    let t = "نشر الممثل سيلفستر ستالون صورة جديدة. وكتب ستالون إن الشائعات كاذبة.";
    let e = [ent(t, "سيلفستر ستالون", 0, "PER", None)];
    let a = run(t, &e);
    assert!(!find(&a, "وكتب").source.anonymous);
    // "فالمؤيدون" is definite: the conjunction is no indefiniteness.
    let t = "وانقسم الشارع حول القرار، فالمؤيدون يرون أن القرار صائب.";
    let a = run(t, &[]);
    let b = find(&a, "يرون");
    assert_eq!(b.source.text, "فالمؤيدون");
    assert!(!b.source.anonymous);
}

#[test]
fn insisting_and_concluding_report_what_follows() {
    let t = "وأصرت الوزيرة على أن الموازنة متوازنة.";
    let b = run(t, &[]);
    let b = find(&b, "وأصرت");
    assert_eq!(b.source.text, "الوزيرة");
    assert!(b.content.text.contains("الموازنة متوازنة"), "{b:#?}");
    let t = "وخلص تقرير المراقبين إلى أن الانتخابات كانت نزيهة.";
    let a = run(t, &[]);
    let b = find(&a, "وخلص");
    assert!(b.source.text.starts_with("تقرير المراقبين"), "{b:#?}");
    assert!(b.content.text.contains("الانتخابات كانت نزيهة"), "{b:#?}");
    let t = "ويصر المدرب على أن فريقه قادر على الفوز.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "ويصر").source.text, "المدرب");
    // Without a complementizer nothing is reported; homographs are no cues.
    for t in [
        "وأصرت المعارضة على موقفها.",
        "وتخلص الجيش من الألغام أن صح التعبير.",
        "وحقق نصر على أن يبقى في القمة.",
    ] {
        let a = run(t, &[]);
        assert!(
            a.iter()
                .all(|x| !["وأصرت", "وتخلص", "نصر"].contains(&x.cue.text.as_str())),
            "{t}: {a:#?}"
        );
    }
}

// Session 17: the held-out reviews s17a / s17b (new sentences).

#[test]
fn a_relative_believed_to_is_passive() {
    let t = "واعتقلت الشرطة صهر التاجر، الذي يعتقد أنه هرب الأموال إلى الخارج.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "يعتقد"), "{a:#?}");
    let t = "وداهمت القوات منزل القيادية السابقة، التي يعتقد أنها أدارت الخلية.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "يعتقد"), "{a:#?}");
    // A reporting verb after the relative still reports; so does a belief whose
    // clause has its own subject.
    let t = "وتحدثت الصحيفة إلى الخبير الاقتصادي، الذي قال إنه متفائل.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "قال").source.text, "الخبير الاقتصادي");
    let t = "وقال الباحث سمير داود إن المتحف، الذي يعتقد الخبراء أنه بني قبل قرنين، سيغلق.";
    let e = [ent(t, "سمير داود", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "يعتقد").source.text, "الخبراء");
}

#[test]
fn nouns_spelled_like_cues_are_no_cues() {
    // "without a response", "any response"
    for t in [
        "وقالت النقابة إن القرار لن يمر بلا رد، وعلى الوزارة أن تتراجع عنه.",
        "وأكد النائب أن الهجوم لن يبقى دون رد، ويجب على الحكومة أن تتحرك.",
        "ولم يصدر أي رد على الرسالة حتى الآن، رغم أن المهلة انتهت.",
    ] {
        let a = run(t, &[]);
        assert!(a.iter().all(|x| x.cue.text != "رد"), "{t}: {a:#?}");
    }
    // "books" after a verb
    let t = "وتؤكد كتب الجغرافيا أن النهر أطول مما يعتقد.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "كتب"), "{a:#?}");
    assert_eq!(find(&a, "وتؤكد").source.text, "كتب الجغرافيا");
    // "students" after a number
    let t = "وأظهرت دراسة شملت ثلاثة آلاف طالب أن نصفهم ينامون قليلا.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "طالب"), "{a:#?}");
    let t = "وشارك في المسابقة 450 طالب وطالبة من عشر مدارس أن صح التعبير.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "طالب"), "{a:#?}");
    // The verbs still report: after a year, and with their own subject.
    let t = "وفي عام 2019 طالب النواب بأن تستقيل الحكومة.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "طالب").source.text, "النواب");
    let t = "وكتب الصحفي أن المدينة هادئة.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وكتب").source.text, "الصحفي");
}

#[test]
fn a_call_to_a_masdar_is_a_directive() {
    let t = "ودعا المجلس البلديات إلى النظر في الحادث على أنه \"كارثة وطنية\".";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    let t = "ودعت اللجنة الوزارة إلى التعامل مع الشكاوى بأنها أولوية.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // "دعا إلى أن" keeps its clause.
    let t = "ودعا الوزير إلى أن تتحرك الحكومة فورا.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "ودعا").source.text, "الوزير");
}

#[test]
fn verbs_of_finding_estimating_and_hinting_report_a_clause() {
    let t = "وقدر ناصيف أن الخسائر كبيرة.";
    let e = [ent(t, "ناصيف", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "وقدر").source.text, "ناصيف");
    let t = "ووجدت دراسة أسترالية أن النوم المبكر يحسن الذاكرة.";
    let a = run(t, &[]);
    let b = find(&a, "ووجدت");
    assert_eq!(b.source.text, "دراسة أسترالية");
    assert!(b.content.text.starts_with("أن النوم"), "{b:#?}");
    let t = "وكان باحثون قد توصلوا إلى أن الشاي يخفض ضغط الدم.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "توصلوا").source.text, "باحثون");
    let t = "وقدرت الوزارة أن الخسائر تتجاوز مليون دولار.";
    let a = run(t, &[]);
    let b = find(&a, "وقدرت");
    assert_eq!(b.source.text, "الوزارة");
    assert_eq!(b.kind, "belief");
    let t = "لمح المدرب إلى أن النجم قد يغيب عن المباراة.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "لمح").source.text, "المدرب");
    let t = "كما أن دراسة سويدية وجدت أن القهوة مفيدة للقلب.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وجدت").source.text, "دراسة سويدية");
    // Relayed by an outlet: the relay is the report.
    let t = "وتوصل علماء من جامعة أوسلو إلى أن الشاي يخفض الضغط، وفق ما ذكرت صحيفة محلية.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "وتوصل"), "{a:#?}");
    // With an object, or a bare form that may be passive, nothing is reported.
    for t in [
        "ووجد اللاعب نفسه وحيدا في الملعب.",
        "وتوصل الطرفان إلى اتفاق ينهي الأزمة.",
        "وقدرت الخسائر بمليون دولار بعد أن اجتاح الفيضان القرى.",
        "ووجد أن المبنى آيل للسقوط.",
        "ولمح الحارس الكرة قبل أن تدخل المرمى.",
        // the noun "extent", a hypothetical, a verb as "subject"
        "وسنحاول قدر الإمكان أن نعود بسرعة.",
        "علينا أن نكون على قدر المسؤولية وأن نفوز.",
        "وإذا وجد المراقب أن الفاتورة مرتفعة فعليه أن يبلغ.",
        "وعاش في المدينة حتى توفي وجد أن الحياة صعبة.",
    ] {
        let a = run(t, &[]);
        assert!(a.is_empty(), "{t}: {a:#?}");
    }
}

#[test]
fn a_feminine_cue_skips_a_masculine_document_and_its_object() {
    // "وقالت" cannot be "البيان"; "وأضاف" takes "التقرير" without its object.
    let t = "وأورد البيان شهادات لعاملات في المصنع. وقالت: \"لم نتقاض أجرا منذ شهرين\".";
    let a = run(t, &[]);
    assert!(
        a.iter().all(|x| !x.source.text.contains("البيان")),
        "{a:#?}"
    );
    let t = "وأورد التقرير شهادات عديدة عن الحادث. وأضاف أن الشرطة تأخرت.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وأضاف").source.text, "التقرير");
    // A person title keeps the word after it (an untagged name).
    let t = "وزار الوزير سامي المصنع أمس. وأضاف أن الإنتاج سيزيد.";
    let a = run(t, &[]);
    assert!(
        find(&a, "وأضاف").source.text.starts_with("الوزير"),
        "{a:#?}"
    );
}

#[test]
fn a_relative_clause_between_subject_and_cue_is_skipped() {
    let t = "والمدرب الذي ظهر على قناة \"الرياضية\" مساء الأحد، قال إن الفريق سيعود أقوى.";
    let e = [ent(t, "الرياضية", 0, "ORG", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "قال").source.text, "المدرب");
    let t = "المتحدثة التي أطلت عبر موقع \"يوتيوب\" في بث مباشر، قالت إن الحملة مستمرة.";
    let e = [ent(t, "يوتيوب", 0, "ORG", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "قالت").source.text, "المتحدثة");
    // A relative that does not agree with the cue is not its subject.
    let t = "الوزير الذي زار المدرسة، قالت مديرتها إن الزيارة كانت مفيدة.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.source.text != "الوزير"), "{a:#?}");
}

#[test]
fn a_named_source_with_a_long_title_or_occasion_reaches_its_clause() {
    let t = "قال ماركو سيلفا مدرب فريق ليل المنافس في الدوري الفرنسي الممتاز لكرة القدم إن الهجوم يحتاج إلى دعم.";
    let e = [
        ent(t, "ماركو سيلفا", 0, "PER", None),
        ent(t, "ليل", 0, "ORG", None),
    ];
    let a = run(t, &e);
    assert!(
        find(&a, "قال").source.text.starts_with("ماركو سيلفا"),
        "{a:#?}"
    );
    let t = "وقال أردوغان لدى افتتاحه الدورة الجديدة للبرلمان في العاصمة صباح الاثنين إن بلاده لن تتراجع.";
    let e = [ent(t, "أردوغان", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(find(&a, "وقال").source.text, "أردوغان");
    // Without a name the window stays short: the clause belongs to another verb.
    let t = "وقال الرجل لدى وصوله إلى المطار الذي افتتح العام الماضي في ضواحي المدينة الكبيرة إن الرحلة طويلة.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "وقال"), "{a:#?}");
}

#[test]
fn a_concessive_wa_in_leaves_its_verb_a_cue() {
    let t = "وإن رأى ثلثا الناخبين أن الحكومة فشلت، فإن أغلبهم سيصوتون لها.";
    let a = run(t, &[]);
    let b = find(&a, "رأى");
    assert_eq!(b.source.text, "ثلثا الناخبين");
    assert!(b.content.text.starts_with("أن الحكومة فشلت"), "{b:#?}");
    // After "إنّ" inside a content a past form is still a noun.
    let t = "وقال الوزير إن نقل السفارة لن يتم قريبا.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "نقل"), "{a:#?}");
}

#[test]
fn decimal_and_arabic_sign_percentages_are_sources() {
    // A decimal point inside the figure ends no sentence and splits no subject.
    let t = "وفي الاستطلاع، قال 27.4% من الموظفين إنهم يفضلون العمل عن بعد.";
    let a = run(t, &[]);
    let b = find(&a, "قال");
    assert!(b.source.text.starts_with("27.4% من الموظفين"), "{a:#?}");
    assert!(b.source.anonymous, "{b:#?}");
    assert!(b.content.text.starts_with("إنهم يفضلون"), "{b:#?}");
    // The Arabic percent sign and decimal separator.
    let t = "وقال 63٪ من الناخبين إن الاقتصاد أولويتهم.";
    let a = run(t, &[]);
    assert!(find(&a, "وقال").source.text.starts_with("63٪"), "{a:#?}");
    let t = "وقال 8٫5 بالمئة من الأطباء إن المستشفيات مكتظة.";
    let a = run(t, &[]);
    assert!(
        find(&a, "وقال").source.text.starts_with("8٫5 بالمئة"),
        "{a:#?}"
    );
    let t = "وقال 23,1% من المجيبين إنهم يتناولون الخضار يوميا.";
    let a = run(t, &[]);
    assert!(find(&a, "وقال").source.text.starts_with("23,1%"), "{a:#?}");
    // A clock's colon opens no quotation.
    let t = "وواصلت العملة تراجعها وسجلت 6.1 مقابل الدولار في الساعة 17:20 بتوقيت غرينتش.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // A full stop after a figure still ends the sentence: the next one is its own.
    let t = "وارتفعت الأسعار بنسبة 4. وقال التجار إن الطلب تراجع.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").source.text, "التجار");
}

// Session 18: the held-out reviews s18a / s18b (new sentences, none from the articles).

#[test]
fn a_feminine_cue_never_takes_a_masculine_speaker_of_an_earlier_report() {
    // The subject of the sentence before (a ministry, of a non-cue verb) speaks on.
    let t = "وأعلن قائد الفريق ماجد حسن أن البحث سيستمر. وأبدت وزارة الداخلية اللبنانية الخميس أسفها. وقالت إن الطقس يعيق العمل.";
    let e = [ent(t, "ماجد حسن", 0, "PER", None)];
    let a = run(t, &e);
    let b = find(&a, "وقالت");
    assert!(b.source.text.starts_with("وزارة الداخلية"), "{a:#?}");
    // Without that sentence the masculine speaker is still not taken.
    let t = "وأعلن قائد الفريق ماجد حسن أن البحث سيستمر. وقالت إن الطقس يعيق العمل.";
    let e = [ent(t, "ماجد حسن", 0, "PER", None)];
    let a = run(t, &e);
    assert!(
        a.iter()
            .all(|x| x.cue.text != "وقالت" || !x.source.text.contains("ماجد")),
        "{a:#?}"
    );
    // A masculine cue after a feminine plural of things is not theirs.
    let t = "وأشارت توقعات اقتصادية إلى أن المفاوضات متعثرة. وأشار إلى أن الوفد غادر.";
    let a = run(t, &[]);
    assert!(
        a.iter()
            .all(|x| x.cue.text != "وأشار" || x.source.text != "توقعات اقتصادية"),
        "{a:#?}"
    );
    // The same feminine cue keeps a feminine antecedent.
    let t = "وقالت الوزيرة سلمى حداد إن الخطة جاهزة. وأضافت أن التمويل مضمون.";
    let e = [ent(t, "سلمى حداد", 0, "PER", None)];
    let a = run(t, &e);
    assert!(
        find(&a, "وأضافت").source.text.contains("سلمى حداد"),
        "{a:#?}"
    );
}

#[test]
fn an_agency_credit_line_is_no_antecedent() {
    let t = "وقال رئيس الجمعية كمال يوسف \"الوضع هادئ\". حسب رويترز. وأضاف \"ننتظر القرار\".";
    let e = [
        ent(t, "كمال يوسف", 0, "PER", None),
        ent(t, "رويترز", 0, "ORG", Some("Reuters")),
    ];
    let a = run(t, &e);
    let b = find(&a, "وأضاف");
    assert!(b.source.text.contains("كمال يوسف"), "{a:#?}");
    // A frame over a clause nobody is quoted in still speaks on.
    let t = "ارتفع عدد المصابين إلى عشرين، وفقا لوزارة الصحة. وأضافت أن الحالات مستقرة.";
    let a = run(t, &[]);
    assert!(
        find(&a, "وأضافت").source.text.contains("وزارة الصحة"),
        "{a:#?}"
    );
}

#[test]
fn moreover_clauses_and_passive_relatives_are_not_reports() {
    for t in [
        "وتعد السباحة الرياضة الأولى في المدينة، كما أن الأندية فيها كثيرة.",
        "ويعتبر الشاي المشروب الأول في القرية، كما أن القهوة منتشرة.",
        "وافق المجلس على مشروع طريق جديد وصف بأنه ضروري للتجارة.",
        "أطلقت الحكومة حملة وطنية وصفت بأنها الأكبر منذ سنوات.",
        "قتل ثلاثة أشخاص في حريق يرجح أنه ناتج عن تماس كهربائي.",
        "وأصيب جنديان في هجوم صاروخي يعتقد أنه جاء من الجنوب.",
    ] {
        let a = run(t, &[]);
        assert!(a.is_empty(), "{t}: {a:#?}");
    }
    // A belief verb with "أن" is still one, and a subject of its own keeps it.
    let a = run("تعتبر الحكومة أن السياحة مهمة.", &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    let a = run("ووصف الوزير الخطة بأنها ضرورية للنمو.", &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    let a = run("وقال الخبير إن الحريق يرجح أنه ناتج عن إهمال.", &[]);
    assert!(find(&a, "وقال").source.text == "الخبير", "{a:#?}");
}

#[test]
fn the_masdar_naql_after_kana_is_no_cue() {
    let t = "قال المتحدث باسم الشركة هاني سالم ردا على سؤال حول ما إذا كان نقل المصنع يقلق العمال، \"لا، الأمر محسوم\".";
    let e = [ent(t, "هاني سالم", 0, "PER", None)];
    let a = run(t, &e);
    assert!(a.iter().all(|x| x.cue.text != "نقل"), "{a:#?}");
    // The relay "كان نقل X عن Y" is still a cue.
    let t = "وكان نقل الموقع عن مسؤول أمني أن الطريق مغلق.";
    let a = run(t, &[]);
    assert!(a.iter().any(|x| x.cue.text == "نقل"), "{a:#?}");
}

#[test]
fn generic_you_addressees_and_objects_are_no_sources() {
    for t in [
        "ليس من اللائق أن تقول لزميل متعب: \"أنت كسول\".",
        "لا يريدون منك أن تقول \"لا\".",
        "وقد يرد المعلق على متابع قال كلامًا قاسيا: \"هذا ظلم\".",
    ] {
        let a = run(t, &[]);
        assert!(
            a.iter().all(|x| !x.source.text.starts_with('ل')
                && !x.source.text.starts_with("منك")
                && !x.source.text.contains('ً')
                && x.cue.text != "كلامًا"),
            "{t}: {a:#?}"
        );
    }
    // A third-person speaker before "لتقول" keeps the attribution.
    let t = "واتصلت المديرة بالموظف لتقول له إن العقد انتهى.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| !x.source.text.starts_with("له")), "{a:#?}");
}

#[test]
fn yudaa_names_and_kama_threatened_adds() {
    let t = "يدعى اللاعب حسن مراد، وكان من المتوقع أن ينضم إلى المنتخب.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // "يدعي أن" (claims) stays a cue.
    let t = "ويدعي المتهم أنه كان خارج البلاد.";
    let a = run(t, &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    let t =
        "فرضت الرابطة عقوبة على النادي، كما هددت الرابطة بحرمانه من المشاركة إذا تكررت المخالفة.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // "كما قال X" after a clause is the evidential "as X said".
    let t = "وسيعود الفريق إلى التدريبات الأسبوع المقبل، كما قال المدرب.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "قال").source.text, "المدرب", "{a:#?}");
}

#[test]
fn some_people_say_is_an_anonymous_source() {
    let t = "فهناك من يقول إن المدير يعرف السبب.";
    let a = run(t, &[]);
    let b = find(&a, "يقول");
    assert_eq!(b.source.text, "من");
    assert!(b.source.anonymous);
    assert!(b.content.text.starts_with("إن المدير"), "{b:#?}");
    // "لا أحد يقول" denies: no source.
    let a = run("لا أحد يقول إن المدير يعرف السبب.", &[]);
    assert!(a.is_empty(), "{a:#?}");
}

#[test]
fn name_parts_anonymity_formulas_and_until_are_no_cues() {
    // "فراي" inside a person's name (ف + رأى spelled alike).
    let t = "وقال الكاتب بيتر فراي إن الرواية انتهت.";
    let e = [ent(t, "بيتر فراي", 0, "PER", None)];
    let a = run(t, &e);
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].cue.text, "وقال");
    // The verb itself after a conjunction stays a cue.
    let a = run("فرأى المدير أن الخطة جيدة.", &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    // "إلى أن" ("until") after أضاف (add a goal).
    let a = run(
        "وكاد المدافع أن يضيف هدفا ثانيا، إلى أن الحارس أبعد الكرة.",
        &[],
    );
    assert!(a.is_empty(), "{a:#?}");
    // The anonymity formula: one attribution, on the outer verb.
    let t = "وقال مسؤولان ألمانيان، تحدثا شريطة عدم الكشف عن هويتهما، إن الصفقة قريبة.";
    let a = run(t, &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].cue.text, "وقال");
}

#[test]
fn the_addressee_of_ablagha_is_not_glued_to_the_source() {
    let a = run("وأبلغ المدير المحاسب فادي نصار أن الميزانية جاهزة.", &[]);
    assert_eq!(find(&a, "وأبلغ").source.text, "المدير", "{a:#?}");
    let t = "وأبلغ غانم النائب رامي عيسى أن الجلسة تأجلت.";
    let e = [
        ent(t, "غانم", 0, "PER", None),
        ent(t, "رامي عيسى", 0, "PER", None),
    ];
    let a = run(t, &e);
    assert_eq!(find(&a, "وأبلغ").source.text, "غانم", "{a:#?}");
    // A title and name with its nisba stays whole.
    let t = "وأبلغ الوزير الفرنسي كمال دوبون الصحفيين أن الاتفاق جاهز.";
    let e = [ent(t, "كمال دوبون", 0, "PER", None)];
    let a = run(t, &e);
    assert!(
        find(&a, "وأبلغ").source.text.contains("كمال دوبون"),
        "{a:#?}"
    );
}

// Session 19: the session-18 leftovers and the held-out reviews s19a–s19d (new sentences,
// none from the articles).

#[test]
fn the_principal_of_a_spokesperson_is_not_the_speaker() {
    // A person spoken for: the description stays the source, anonymous.
    let t = "وقال متحدث باسم سعيد حمدان إن الاجتماع تأجل. وأضاف أن الموعد لم يحدد.";
    let e = [ent(t, "سعيد حمدان", 0, "PER", None)];
    let a = run(t, &e);
    let b = find(&a, "وأضاف");
    assert_ne!(b.source.refers_to.as_deref(), Some("سعيد حمدان"), "{a:#?}");
    // A company, and a person after «مكتب».
    let t = "وقالت متحدثة باسم شركة نوفا إن المصنع أغلق. وأضافت أن العمال سيعودون.";
    let e = [ent(t, "نوفا", 0, "ORG", Some("Nova"))];
    let a = run(t, &e);
    assert_ne!(
        find(&a, "وأضافت").source.refers_to.as_deref(),
        Some("Nova"),
        "{a:#?}"
    );
    let t = "وقالت متحدثة باسم مكتب هالة منصور إن الزيارة ألغيت. وأضافت أن السبب أمني.";
    let e = [ent(t, "هالة منصور", 0, "PER", None)];
    let a = run(t, &e);
    assert_ne!(
        find(&a, "وأضافت").source.refers_to.as_deref(),
        Some("هالة منصور"),
        "{a:#?}"
    );
    // The spokesman named after a complete complement is the speaker.
    let t = "وقال المتحدث باسم وزارة المالية كريم ناصر إن العجز تراجع. وأضاف أن الدين مستقر.";
    let e = [
        ent(t, "وزارة المالية", 0, "ORG", None),
        ent(t, "كريم ناصر", 0, "PER", None),
    ];
    let a = run(t, &e);
    assert_eq!(
        find(&a, "وأضاف").source.refers_to.as_deref(),
        Some("كريم ناصر"),
        "{a:#?}"
    );
}

#[test]
fn an_as_said_aside_between_cue_and_content() {
    let a = run("وقال الوزير، كما نقلت عنه الصحيفة، إن الخطة جاهزة.", &[]);
    assert_eq!(find(&a, "وقال").source.text, "الوزير", "{a:#?}");
    assert!(
        a.iter()
            .all(|x| x.cue.text != "نقلت" || x.source.text != "الوزير"),
        "{a:#?}"
    );
    let t = "وقالت الوزيرة سلمى حداد - كما قالت أمس - إن المفاوضات ستستمر.";
    let e = [ent(t, "سلمى حداد", 0, "PER", None)];
    let a = run(t, &e);
    assert!(
        find(&a, "وقالت").content.text.starts_with("إن المفاوضات"),
        "{a:#?}"
    );
    // Not an aside: «كما» + a cue with a content of its own.
    let a = run(
        "وقال المدرب إن اللاعب مصاب، كما أكد الطبيب أن الإصابة خطيرة.",
        &[],
    );
    assert_eq!(find(&a, "وقال").content.text, "إن اللاعب مصاب", "{a:#?}");
    assert_eq!(find(&a, "أكد").source.text, "الطبيب", "{a:#?}");
}

#[test]
fn an_occasion_adjunct_may_run_on_to_the_content() {
    let t = "وقال رئيس الحكومة في مؤتمر صحفي مساء الأحد بعد لقائه ممثلين عن النقابات في العاصمة إن الإصلاحات مستمرة.";
    let a = run(t, &[]);
    assert!(
        find(&a, "وقال").source.text.starts_with("رئيس الحكومة"),
        "{a:#?}"
    );
    let t = "وقال رئيس الحكومة خلال جولة ميدانية صباح اليوم بعد زيارته مصانع النسيج في الجنوب \"لن نغلق أي مصنع هذا العام\".";
    let a = run(t, &[]);
    assert!(find(&a, "وقال").direct, "{a:#?}");
    // A relative clause in the stretch can take the clause itself.
    let t = "وقال رئيس الحكومة في رسالة إلى الرئيس الذي زار البلاد مع وفد كبير من رجال الأعمال في العاصمة إن الإصلاحات مستمرة.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "وقال"), "{a:#?}");
}

#[test]
fn a_name_ending_in_in_is_no_complementizer() {
    let t = "وقال الرئيس الكوري مون جاي إن في خطابه إن الحوار ممكن.";
    let e = [ent(t, "مون جاي إن", 0, "PER", Some("Moon Jae-in"))];
    let a = run(t, &e);
    let b = find(&a, "وقال");
    assert_eq!(b.content.text, "إن الحوار ممكن", "{a:#?}");
    assert!(b.source.text.ends_with("مون جاي إن"), "{a:#?}");
    // Untagged, the first «إن» stays the complementizer.
    let a = run("وقال الرئيس إن الحوار ممكن.", &[]);
    assert_eq!(find(&a, "وقال").content.text, "إن الحوار ممكن", "{a:#?}");
}

#[test]
fn insisting_on_an_act_is_no_report() {
    let a = run("ويصر الاتحاد على أن يدفع النادي الغرامة كاملة.", &[]);
    assert!(a.is_empty(), "{a:#?}");
    let a = run("وتصر الحكومة على أن تبقى القوات في المدينة.", &[]);
    assert!(a.is_empty(), "{a:#?}");
    // A claim insisted on is reported.
    let a = run("ويصر الاتحاد على أن النادي مخطئ.", &[]);
    assert_eq!(find(&a, "ويصر").source.text, "الاتحاد", "{a:#?}");
    let a = run("وأصرت المتهمة على أنها بريئة.", &[]);
    assert_eq!(find(&a, "وأصرت").source.text, "المتهمة", "{a:#?}");
}

#[test]
fn the_masdar_qawluhu_after_a_cue_is_part_of_it() {
    let a = run("وعلق المدير مضيفاً قوله: \"سنفتح الفرع قريبا\".", &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].source.text, "المدير", "{a:#?}");
    let a = run("وأضاف المدرب قوله: \"الفريق جاهز\".", &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].source.text, "المدرب", "{a:#?}");
    // The frame «نقل X عن Y قوله» stays one attribution with source X.
    let a = run("ونقلت الإذاعة عن الوزير قوله إن المعابر مغلقة.", &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(a[0].source.text, "الإذاعة", "{a:#?}");
}

#[test]
fn nouns_and_masdars_spelled_like_cues() {
    // «رأي» after «لديه» / before an adjective is the noun.
    let a = run(
        "لكن الوزير لديه رأي مختلف حول المشروع، فهو يصفه بأنه مكلف.",
        &[],
    );
    assert!(a.iter().all(|x| x.cue.text != "رأي"), "{a:#?}");
    // The verb رأى keeps its report.
    let a = run("ورأى الخبير أن الأسعار سترتفع.", &[]);
    assert_eq!(find(&a, "ورأى").source.text, "الخبير", "{a:#?}");
    // A masdar after a verb of ability.
    let a = run(
        "وقالت الممرضة \"لا أستطيع وصف الليلة، حتى إنها كانت الأطول\".",
        &[],
    );
    assert_eq!(a.len(), 1, "{a:#?}");
    // «وفق» + a charter is "in line with".
    let t = "ودعا السفير إلى \"تسوية الخلاف وفق ميثاق منظمة التعاون الإسلامي\". وقال إن الحوار مطلوب.";
    let e = [ent(t, "منظمة التعاون الإسلامي", 0, "ORG", None)];
    let a = run(t, &e);
    assert!(a.iter().all(|x| x.cue.text != "وفق"), "{a:#?}");
    assert_eq!(find(&a, "وقال").source.text, "السفير", "{a:#?}");
}

#[test]
fn a_resumptive_fihi_before_the_subject() {
    let a = run(
        "وأعلن الجيش أن القوات انسحبت، في وقت قال فيه مراقبون دوليون إن القتال مستمر.",
        &[],
    );
    let b = find(&a, "قال");
    assert_eq!(b.source.text, "مراقبون دوليون", "{a:#?}");
    assert!(b.source.anonymous, "{a:#?}");
    // A place name or an indefinite noun after the pronoun is the subject too.
    // (A ب/ل-initial place is still taken for a preposition: "فيه بكين" is left out.)
    let t = "وتراجعت الأسعار في الوقت الذي أعلنت فيه طوكيو أن الصادرات ارتفعت.";
    let e = [ent(t, "طوكيو", 0, "LOC", Some("Tokyo"))];
    let a = run(t, &e);
    assert_eq!(find(&a, "أعلنت").source.text, "طوكيو", "{a:#?}");
    let a = run("ونشر الموقع رسالة قال فيها قارئ غاضب إن الخدمة سيئة.", &[]);
    assert!(find(&a, "قال").source.text.starts_with("قارئ"), "{a:#?}");
    // An object or a prepositional phrase after the pronoun is no subject.
    let a = run("وأصدر المدير بيانا وصف فيه الخطة بأنها ناجحة.", &[]);
    assert!(a.iter().all(|x| x.source.text != "الخطة"), "{a:#?}");
    let a = run("ونشرت الحركة رسالة يقول فيها لأنصاره \"اصمدوا\".", &[]);
    assert!(
        a.iter().all(|x| !x.source.text.starts_with("لأنصاره")),
        "{a:#?}"
    );
    // «زاد» reports only before a colon.
    let a = run(
        "وأكد الوزير أنه باق في الوقت الذي زادت فيه التوقعات بأن الحكومة ستستقيل.",
        &[],
    );
    assert!(a.iter().all(|x| x.cue.text != "زادت"), "{a:#?}");
    // «قال فيه» + complementizer: no subject after the pronoun.
    let a = run("وقال الوزير في بيان نشره أمس إن الحدود مغلقة.", &[]);
    assert_eq!(find(&a, "وقال").source.text, "الوزير", "{a:#?}");
}

// Session 20: the held-out reviews s20a–s20d (new sentences, none from the articles).

fn cues(a: &[Attribution]) -> Vec<&str> {
    a.iter().map(|x| x.cue.text.as_str()).collect()
}

#[test]
fn an_adverb_is_never_the_source() {
    // Inside a quotation, a pro-drop "then suddenly they said" has no source; the
    // adverb is not one.
    let t = "وقال السائق: \"انتظرنا ساعة، وفجأة قالوا لنا إن الجسر مغلق\".";
    let a = run(t, &[]);
    assert_eq!(cues(&a), ["وقال"], "{a:#?}");
    assert_eq!(a[0].source.text, "السائق");
    // Outside a quotation the pro-drop verb after the adverb goes on with the last
    // speaker.
    let t = "وقال المزارعون إن المحصول جيد. وفجأة قالوا إن الأسعار انهارت.";
    let a = run(t, &[]);
    let q = a.iter().find(|x| x.cue.text == "قالوا").expect("قالوا");
    assert_eq!(q.source.text, "المزارعون", "{a:#?}");
}

#[test]
fn a_third_person_cue_inside_a_quotation_is_not_the_speaker() {
    let t = "وقالت المعلمة: \"اتصلت بها أمس، وتقول إنها مريضة جدا\".";
    let a = run(t, &[]);
    assert_eq!(cues(&a), ["وقالت"], "{a:#?}");
    // A first person cue in the speaker's own quotation stays with the speaker.
    let t = "وقال المدرب: \"أعتقد أن الفريق جاهز للمباراة\".";
    let a = run(t, &[]);
    assert_eq!(find(&a, "أعتقد").source.text, "المدرب", "{a:#?}");
}

#[test]
fn passive_told_and_pinned_hopes_are_no_reports() {
    // "she was told that": no teller.
    let t = "وقالت الممرضة سعاد كريم إنها أخبرت بأن المريض غادر.";
    let a = run(t, &[]);
    assert_eq!(cues(&a), ["وقالت"], "{a:#?}");
    // An active "أخبرتها بأن" with its object keeps its cue.
    let t = "وقالت الممرضة إن زميلتها أخبرتها بأن المريض غادر.";
    let a = run(t, &[]);
    assert!(cues(&a).contains(&"أخبرتها"), "{a:#?}");
    // "pinned hopes on": the quotation is the hope, not speech.
    let t = "وتعلق القاهرة وعمان على القمة \"آمالا عريضة في تهدئة الأوضاع\".";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // "suspended in return for": «مقابل» is no source.
    let t = "وألغت الوزارة القيود التي علقت مقابل أن تدفع الشركات رسوما أعلى.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
}

#[test]
fn verbs_in_other_senses_take_no_far_complement() {
    // "followed up a shot … however": «إلا أنه» is no content.
    let t = "وتابع الجناح الكرة المرتدة من القائم إلا أنه أطاح بها بعيدا.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // "talked with / to": the أن belongs to another verb.
    let t = "وقال الجيران، الذين تحدثوا إلى الإذاعة، إن الدخان ملأ الشارع.";
    let a = run(t, &[]);
    assert_eq!(cues(&a), ["وقال"], "{a:#?}");
    assert_eq!(a[0].source.text, "الجيران");
    // A wish or duty before أن takes it: «ونود أن», «وعلينا أن».
    let t = "وهذه المبادرة تعتبر ضرورية للأحياء الفقيرة، ونود أن نشكر الداعمين.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // "عليها" closing a noun phrase is no duty: the relative cue keeps its clause.
    let t = "وتواصلنا مع المدارس التي أكد عدد من القائمين عليها أن الإقبال كبير.";
    let a = run(t, &[]);
    assert!(cues(&a).contains(&"أكد"), "{a:#?}");
    // "in case they notice": a conditional.
    let t = "وقد يعود السكان إلى منازلهم في حال لاحظوا أن المياه انحسرت.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // "تحدثت تقارير أن" is still a report.
    let t = "وتحدثت مصادر مطلعة أن الصفقة ستوقع الأسبوع المقبل.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وتحدثت").source.text, "مصادر مطلعة", "{a:#?}");
}

#[test]
fn impersonal_expected_and_what_it_says() {
    let t = "وهذا ما سيجري في الصيف المقبل، ويتوقع له أن يجذب آلاف الزوار.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // "revealed what it says is …": one report, on «تقول».
    let t = "وأصدرت لجنة مستقلة تقريرا، كشفت ما تقول إنه تلاعب في العقود.";
    let a = run(t, &[]);
    assert_eq!(cues(&a), ["تقول"], "{a:#?}");
    assert_eq!(a[0].content.text, "إنه تلاعب في العقود");
    // "according to what he said in an interview": «بمقابلة» is no source.
    let t = "وأبدى اللاعب رغبته في الرحيل، وفقا لما ذكره بمقابلة مع إذاعة محلية.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.source.text != "بمقابلة"), "{a:#?}");
    let t =
        "وقال المدرب إن الفريق متعب. وأبدى رغبته في الراحة، وفقا لما ذكره بمقابلة مع إذاعة محلية.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وفقا لما ذكره").source.text, "المدرب", "{a:#?}");
}

#[test]
fn a_call_with_a_quoted_object_is_no_speech() {
    let t = "ودعا المحافظ في خطابه إلى \"تسريع مشاريع الصرف الصحي في القرى\".";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    let t = "وطالبت النقابة \"الهيئة العليا للأجور\"، التي يرأسها الوزير، بمراجعة القرار.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // A colon still opens speech after «دعا».
    let t = "ودعا المحافظ السكان قائلا: \"ابقوا في منازلكم الليلة\".";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "قائلا").content.text,
        "ابقوا في منازلكم الليلة",
        "{a:#?}"
    );
}

#[test]
fn a_quoted_name_after_on_behalf_of_is_not_the_content() {
    let t = "قال المقدم رامي عيسى، المتحدث باسم قوات \"درع الجنوب\"، لوكالة محلية، إن الهجوم صُد.";
    let a = run(t, &[]);
    let q = find(&a, "قال");
    assert_eq!(q.content.text, "إن الهجوم صُد", "{a:#?}");
    assert!(!q.direct);
}

#[test]
fn books_and_estimated_that_it() {
    // The plural noun "books" inside a quotation is no cue.
    let t = "وقال الأديب: \"لم أقرأ بين كتب الرحلات أمتع من كتاب \"الطريق\" أبدا\".";
    let a = run(t, &[]);
    assert!(!cues(&a).contains(&"كتب"), "{a:#?}");
    // «قدّر + أنه»: a belief, like «قدّر + أن».
    let t = "وقدّر المهندسون أنه سيصمد خمسين عاما.";
    let a = run(t, &[]);
    let q = find(&a, "وقدّر");
    assert_eq!(q.source.text, "المهندسون", "{a:#?}");
    assert_eq!(q.kind, "belief");
}

#[test]
fn content_ends_before_the_narrators_background() {
    let t = "وكان المدرب قد قال إنه لن يغير الحارس، وذلك بعد أن خسر الفريق مباراتين.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "قال").content.text, "إنه لن يغير الحارس", "{a:#?}");
}

// Session 21 (lead): the cue-to-content distance of s18a A9 / s19a A6 / s20a A2 / s21a A3.

#[test]
fn svo_cue_with_a_long_occasion_before_inna() {
    // «كان X قد قال» + the addressee + a date + an occasion set off by commas, then «إن».
    let t = "وكانت سارة نيل قد قالت للصحفيين في مارس الماضي، خلال زيارة الموقع الجديد، إن العمل سيبدأ قريبا.";
    let a = run(t, &[ent(t, "سارة نيل", 0, "PER", None)]);
    let q = find(&a, "قالت");
    assert_eq!(q.source.text, "سارة نيل", "{a:#?}");
    assert_eq!(q.content.text, "إن العمل سيبدأ قريبا", "{a:#?}");
    // The same after a title apposition before «قد».
    let t = "وكان مارك وود، المدير التنفيذي للمصنع، قد قال لوكالة محلية في يونيو 2016، بعد افتتاح الخط الثاني، إن الإنتاج سيتضاعف.";
    let a = run(t, &[ent(t, "مارك وود", 0, "PER", None)]);
    let q = find(&a, "قال");
    assert_eq!(q.source.text, "مارك وود", "{a:#?}");
    assert_eq!(q.content.text, "إن الإنتاج سيتضاعف", "{a:#?}");
    // A title before a name apposition: the name stays the source (the title is not
    // taken for it).
    let t = "وكان وزير الزراعة، حسن علوان، قد أعلن أن المحصول تضاعف.";
    let a = run(t, &[ent(t, "حسن علوان", 0, "PER", None)]);
    assert_eq!(find(&a, "أعلن").source.text, "حسن علوان", "{a:#?}");
}

#[test]
fn a_clause_in_the_occasion_still_stops_the_svo_cue() {
    // «بعد أن» opens a clause of its own: the «إن» far after it is not looked for.
    let t = "وكانت سارة نيل قد قالت للصحفيين في مارس الماضي، بعد أن زارت الموقع الجديد مع فريق من المهندسين والعمال، إن العمل سيبدأ قريبا.";
    let a = run(t, &[ent(t, "سارة نيل", 0, "PER", None)]);
    assert!(
        a.iter().all(|x| x.content.text != "إن العمل سيبدأ قريبا"),
        "{a:#?}"
    );
}

#[test]
fn where_a_named_speaker_is_from_is_no_part_of_the_source() {
    let t = "وقال المزارع أحمد العلي من قرية الرامة لوكالة محلية \"لم يبق شيء في الحقول\".";
    let a = run(t, &[ent(t, "أحمد العلي", 0, "PER", None)]);
    let q = find(&a, "وقال");
    assert_eq!(q.source.text, "المزارع أحمد العلي", "{a:#?}");
    assert_eq!(q.content.text, "لم يبق شيء في الحقول", "{a:#?}");
    assert!(q.direct);
    // With a place name after «من», and an indirect content.
    let t = "وقال الناشط سامي حداد من حمص إن القصف استمر طوال الليل.";
    let a = run(
        t,
        &[
            ent(t, "سامي حداد", 0, "PER", None),
            ent(t, "حمص", 0, "LOC", None),
        ],
    );
    assert_eq!(find(&a, "وقال").source.text, "الناشط سامي حداد", "{a:#?}");
    // Not after a description without a name: «مسؤول من وزارة الداخلية» is the source.
    let t = "وقال مسؤول من وزارة الداخلية إن التحقيق مستمر.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "وقال").source.text,
        "مسؤول من وزارة الداخلية",
        "{a:#?}"
    );
}

// Session 21: the held-out reviews fresh-review-s21a … s21d.

#[test]
fn a_relative_clause_verb_is_never_the_source() {
    // s21a A2: «NOUN … والذي + VERB …، قال» → the noun phrase before «والذي».
    let t = "وأعلنت النيابة أن الرجل البالغ 35 عاما والذي أوقف الأحد، بموجب مذكرة دولية، قال خلال الاستجواب إنه بريء.";
    let a = run(t, &[]);
    let q = find(&a, "قال");
    assert_eq!(q.source.text, "الرجل البالغ 35 عاما", "{a:#?}");
    assert_eq!(q.content.text, "إنه بريء", "{a:#?}");
    // A named antecedent is the source.
    let t = "وكان سمير داود الذي بدا غاضبا من القرار قد ذكر أنه سيستأنف الحكم.";
    let a = run(t, &[ent(t, "سمير داود", 0, "PER", None)]);
    assert_eq!(find(&a, "ذكر").source.text, "سمير داود", "{a:#?}");
    // Negative: with no person noun before the relative, nothing is made up.
    let t = "وأثار الفيديو ضجة، الأمر الذي دفعه لنشر مقطع آخر قال إنه أصلي.";
    let a = run(t, &[]);
    assert!(
        a.iter().all(|x| x.source.text != "دفعه لنشر مقطع آخر"),
        "{a:#?}"
    );
}

#[test]
fn adverbial_phrases_are_never_sources() {
    // s21b A1: «ذات مرة بلغة ساخرة» is how, not who: the pro-drop speaker goes on.
    let t = "وتحدث الروائي كمال عيسى عن طفولته. وكتب ذات مرة بلهجة حادة إن المدينة خذلته.";
    let a = run(t, &[ent(t, "كمال عيسى", 0, "PER", None)]);
    let q = find(&a, "وكتب");
    assert_eq!(q.source.text, "الروائي كمال عيسى", "{a:#?}");
    assert_eq!(q.content.text, "إن المدينة خذلته", "{a:#?}");
    // «ما يلي» is the content marker, not the writer.
    let t = "وغادر المدون حسام ناصر البلاد. ثم كتب ما يلي : لن أعود قريبا.";
    let a = run(t, &[ent(t, "حسام ناصر", 0, "PER", None)]);
    assert_eq!(find(&a, "كتب").source.text, "حسام ناصر", "{a:#?}");
    // s21a A1: an impersonal «يُرجَّح/يُتوقَّع» with a manner adverb has no source.
    let t = "وتبدأ الجولة التي يرجح بقوة أنها ستحسم اللقب.";
    assert!(run(t, &[]).is_empty());
    let t = "وهو إجراء يتوقع على نطاق واسع أنه سيرفع الأسعار.";
    assert!(run(t, &[]).is_empty());
    // Negative: a real subject after the adverb is kept.
    let t = "وكتب الناقد سليم فارس ذات مرة أن الرواية ضعيفة.";
    let a = run(t, &[ent(t, "سليم فارس", 0, "PER", None)]);
    assert_eq!(find(&a, "وكتب").source.text, "الناقد سليم فارس", "{a:#?}");
}

#[test]
fn a_demonstrative_or_an_auxiliary_is_no_source() {
    // s21d A1(a): «ما زالت» between the subject and the cue, «وذلك» before a relative cue.
    let t = "لأن النقابة ما زالت ترى أن الأجور منخفضة.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "ترى").source.text, "النقابة", "{a:#?}");
    let t = "وكان المدير قد زار المصنع صباحا، وذلك بعد اجتماعات وصفها بأنها \"مثمرة\" مع العمال.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وصفها").source.text, "المدير", "{a:#?}");
    // Negative: a demonstrative with its noun is a source.
    let t = "وقالت هذه المصادر إن الاتفاق قريب.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقالت").source.text, "هذه المصادر", "{a:#?}");
}

#[test]
fn a_name_after_the_preposition_la_is_the_addressee() {
    // s21c A1(a): «قال لماكرون إنه» (SVO subject before the verb), «تحدثا لـCNN … وقالا».
    let t = "وأضاف المستشار أنّ أردوغان قال لميركل إنه يدعم الاتفاق.";
    let a = run(
        t,
        &[
            ent(t, "أردوغان", 0, "PER", None),
            ent(t, "ميركل", 0, "PER", None),
        ],
    );
    assert_eq!(find(&a, "قال").source.text, "أردوغان", "{a:#?}");
    let t = "وكان موظفان في السفارة قد تحدثا لـBBC عن الحادث، وقالا إن الشرطة تأخرت.";
    let a = run(t, &[ent(t, "BBC", 0, "ORG", None)]);
    assert!(a.iter().all(|x| !x.source.text.contains("BBC")), "{a:#?}");
    // The interviewee of «مقابلة لـX» speaks: X, without the preposition.
    let t = "جاء ذلك في مقابلة لميركل مع قناة محلية، حيث قالت: \"لن نغير موقفنا\".";
    let a = run(t, &[ent(t, "ميركل", 0, "PER", None)]);
    assert_eq!(find(&a, "قالت").source.text, "ميركل", "{a:#?}");
    // Negative: a name that starts with ل is the speaker.
    let t = "وقال لافروف إن المحادثات بناءة.";
    let a = run(t, &[ent(t, "لافروف", 0, "PER", None)]);
    assert_eq!(find(&a, "وقال").source.text, "لافروف", "{a:#?}");
}

#[test]
fn non_speech_senses_of_show_alert_threaten_notice() {
    // s21a A1: «ويظهر X "…"» (appears), «تنبه … بأن يهتز» (by vibrating).
    let t = "وتومض الشاشة ويظهر الإشعار \"رقم غير معروف\" أعلى الصفحة.";
    assert!(run(t, &[]).is_empty(), "{:#?}", run(t, &[]));
    let t = "وتنبه الساعة صاحبها للموعد بأن تهتز مرتين.";
    assert!(run(t, &[]).is_empty(), "{:#?}", run(t, &[]));
    // s21b A3: «يهدد "بـ…"» is a noun phrase after بـ.
    let t = "وأعربت النقابة عن \"أسفها\"، معتبرة أنه يهدد \"بإغلاق المصانع\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "يهدد"), "{a:#?}");
    assert_eq!(find(&a, "معتبرة").source.text, "النقابة", "{a:#?}");
    // s21d A2: «لتلاحظ» is a purpose.
    let t = "وقال المدرب: \"علينا أن نتحسن لتلاحظ الجماهير أن الفريق تغير\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "لتلاحظ"), "{a:#?}");
    // Negatives: «تظهر … أن», «نبه إلى أن», «هدد بأن» still report.
    let t = "وتظهر الأرقام الرسمية أن البطالة تراجعت.";
    assert_eq!(find(&run(t, &[]), "وتظهر").source.text, "الأرقام الرسمية");
    let t = "ونبه الخبير إلى أن الجفاف سيطول.";
    assert_eq!(find(&run(t, &[]), "ونبه").source.text, "الخبير");
}

#[test]
fn a_relay_after_a_cue_relays_the_content_after_it() {
    // s21a A1: «وأوضحت X نقلا عن Y "…"»: the relay's content is the quotation after it,
    // never the cue clause «وأوضحت X» before it.
    let t = "وأفادت الشرطة نقلا عن الشاهد \"أنه رأى سيارتين تغادران المكان\".";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وأفادت").source.text, "الشرطة", "{a:#?}");
    let q = find(&a, "نقلا عن");
    assert_eq!(q.source.text, "الشاهد", "{a:#?}");
    assert_eq!(q.content.text, "أنه رأى سيارتين تغادران المكان", "{a:#?}");
    // Negative: a relay frame after its own content keeps that content.
    let t = "وارتفع عدد الضحايا إلى عشرة، نقلا عن مصادر طبية.";
    let a = run(t, &[]);
    let q = find(&a, "نقلا عن");
    assert_eq!(q.source.text, "مصادر طبية", "{a:#?}");
    assert_eq!(q.content.text, "وارتفع عدد الضحايا إلى عشرة", "{a:#?}");
}

#[test]
fn a_root_waw_is_no_conjunction() {
    // s21b A2: «وصفت» is "she described" (not "and I …"): its subject is kept, and the
    // object after it is cut.
    let t = "وصفت اللجنة الاقتراح بأنه غير واقعي.";
    let a = run(t, &[]);
    let q = find(&a, "وصفت");
    assert_eq!(q.source.text, "اللجنة", "{a:#?}");
    assert_eq!(q.content.text, "بأنه غير واقعي", "{a:#?}");
    // After another speaker, the stated subject still wins.
    let t = "وقال المحافظ إن الطرق مغلقة. ومن جهتها، وصفت النقابة الإضراب بأنه ناجح.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وصفت").source.text, "النقابة", "{a:#?}");
    // Negative: a first person «وقلت» stays first person.
    let t = "وقلت إن الأمر انتهى.";
    assert!(run(t, &[])
        .iter()
        .all(|x| x.cue.text != "وقلت" || x.source.text != "وقلت"));
}

#[test]
fn a_feminine_cue_does_not_carry_a_man_over() {
    // s21d A1(c): the man's own cue was masculine.
    let t = "وأكد ماجد سليم، مدير المصنع، أن الحريق محدود. بدورها، أصدرت الهيئة بيانا أكدت فيه الحادث، ولفتت إلى أن التحقيق مستمر.";
    let a = run(t, &[ent(t, "ماجد سليم", 0, "PER", None)]);
    assert!(
        a.iter()
            .filter(|x| x.cue.text == "ولفتت")
            .all(|x| x.source.text != "ماجد سليم"),
        "{a:#?}"
    );
    // Negative: a masculine continuation still carries him over.
    let t = "وأكد ماجد سليم، مدير المصنع، أن الحريق محدود. ولفت إلى أن التحقيق مستمر.";
    let a = run(t, &[ent(t, "ماجد سليم", 0, "PER", None)]);
    assert_eq!(find(&a, "ولفت").source.text, "ماجد سليم", "{a:#?}");
}

#[test]
fn a_spokesman_refers_to_no_principal() {
    // s21c A5(a): «المتحدث» is not the last person named.
    let t = "واستقبل وزير الخارجية سامر حداد نظيره التركي. وأوضح المتحدث أن اللقاء كان مثمرا.";
    let a = run(t, &[ent(t, "سامر حداد", 0, "PER", Some("Samer Haddad"))]);
    let q = find(&a, "وأوضح");
    assert_eq!(q.source.text, "المتحدث", "{a:#?}");
    assert_eq!(q.source.refers_to, None, "{a:#?}");
    // s21b A7(c): «المتحدثة باسم رئيس … NAME»: her continuation is not linked to NAME.
    let t = "وقالت المتحدثة باسم رئيس الوزراء سامر حداد \"نتابع الملف\". وأضافت \"لا جديد\".";
    let a = run(t, &[ent(t, "سامر حداد", 0, "PER", Some("Samer Haddad"))]);
    assert_ne!(
        find(&a, "وأضافت").source.refers_to.as_deref(),
        Some("Samer Haddad"),
        "{a:#?}"
    );
    // Negative: a spokesman named earlier as one is still linked.
    let t =
        "وقال المتحدث باسم الوزارة، سامر حداد، إن الحدود مفتوحة. وأوضح المتحدث أن المعابر تعمل.";
    let a = run(t, &[ent(t, "سامر حداد", 0, "PER", Some("Samer Haddad"))]);
    assert_eq!(
        find(&a, "وأوضح").source.refers_to.as_deref(),
        Some("Samer Haddad"),
        "{a:#?}"
    );
}

#[test]
fn a_cue_opening_a_quotation_has_the_subject_before_it() {
    // s21d A1(e): «أن X "قال …"» inside another content → X, not the outer speaker.
    let t = "وأكد المحامي أن القاضي \"قال صراحة إنه سيؤجل الجلسة\".";
    let a = run(t, &[]);
    assert_eq!(find(&a, "قال").source.text, "القاضي", "{a:#?}");
    assert_eq!(find(&a, "وأكد").source.text, "المحامي", "{a:#?}");
    // Negative: a cue after a plain quotation mark with no complementizer before keeps
    // its speaker.
    let t = "وقال المحامي إن القضية معقدة. وأضاف \"لن نستسلم\".";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وأضاف").source.text, "المحامي", "{a:#?}");
}

#[test]
fn session_21_guards_keep_what_was_right() {
    // An impersonal passive after a relative reports no one (session 22: not
    // annotated), and the named referee is not made its speaker.
    let t = "وأدار المباراة الحكم سامي نور، الذي يقال إنه تلقى تهديدات.";
    let a = run(t, &[ent(t, "سامي نور", 0, "PER", None)]);
    assert!(a.is_empty(), "{a:#?}");
    // An SVO demonstrative right before its cue stays its subject.
    let t = "ويقول الباحث إن هذا يشير إلى أن المرض ينتشر.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "يشير").source.text, "هذا", "{a:#?}");
    // A بـ + article word is never the source of وصف (the passive "وُصفت").
    let t = "واللافت في الحملة التي وصفت \"بالهادئة\" أنها لم تكلف كثيرا.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.source.text != "بالهادئة"), "{a:#?}");
}

#[test]
fn an_svo_subject_before_a_root_waw_cue() {
    // «المنظمة وصفت X بأنه»: the noun before the verb is the subject, X the object.
    let t = "وأصدرت الهيئة بيانا. الهيئة وصفت القرار بأنه متسرع.";
    let a = run(t, &[]);
    assert_ne!(find(&a, "وصفت").source.text, "القرار", "{a:#?}");
    // Negative: a definite noun ending a phrase is no subject.
    let t = "وفي المقابل وصف الوزير القرار بأنه متسرع.";
    assert_eq!(find(&run(t, &[]), "وصف").source.text, "الوزير");
    // Negative: at the start of a clause the noun after the verb is the subject.
    let t = "وصفت الهيئة القرار بأنه متسرع.";
    assert_eq!(find(&run(t, &[]), "وصفت").source.text, "الهيئة");
}

#[test]
fn a_short_apposition_may_stand_before_the_named_subjects_relative_clause() {
    // s21a A3: a named subject, a three-word apposition, then a relative clause
    // before «أنها».
    let t = "وأكدت حركة سامي قاسم المعارض الرئيسي للرئيس الذي منع من الترشح في الانتخابات لأسباب إدارية، أنها أرسلت 20 ألف متطوع.";
    let a = run(t, &[ent(t, "سامي قاسم", 0, "PER", None)]);
    let q = find(&a, "وأكدت");
    assert_eq!(q.source.text, "حركة سامي قاسم", "{a:#?}");
    assert_eq!(q.content.text, "أنها أرسلت 20 ألف متطوع", "{a:#?}");
    // «عن …» after «تحدث» is the verb's topic, not an apposition: the «إنها» after
    // the relative clause is the writer's, not the content of «تحدث».
    let t = "وتحدث سامي قاسم عن تلك الفكرة التي يؤمن بها كثير من الناس في البلاد، إنها فكرة الحرية.";
    let a = run(t, &[ent(t, "سامي قاسم", 0, "PER", None)]);
    assert!(
        a.iter().all(|x| x.content.text != "إنها فكرة الحرية"),
        "{a:#?}"
    );
}

#[test]
fn naql_an_frame_and_a_long_occasion_before_inna_with_a_pronoun() {
    // «نقل X عن Y» + places + the medium, then «إنه» (s21a A3).
    let t = "ونقلت وكالة رويترز عن المحكمة العليا في مدينة بريمن بشمال ألمانيا في بيان إنه سيتم الإفراج عن المتهم قريبا.";
    let a = run(t, &[ent(t, "وكالة رويترز", 0, "ORG", None)]);
    let q = find(&a, "ونقلت");
    assert_eq!(q.source.text, "وكالة رويترز", "{a:#?}");
    assert_eq!(q.content.text, "إنه سيتم الإفراج عن المتهم قريبا", "{a:#?}");
    // A long occasion after a speech verb before «إنها» (not only bare «إن»).
    let t = "وقالت السفارة في بيان نشرته بالعربية على صفحتها في موقع التواصل الاجتماعي مساء الأحد إنها أقامت حفلا.";
    let a = run(t, &[]);
    let q = find(&a, "وقالت");
    assert_eq!(q.source.text, "السفارة", "{a:#?}");
    assert_eq!(q.content.text, "إنها أقامت حفلا", "{a:#?}");
    // A verb inside the stretch still stops it.
    let t = "ونقلت الوكالة عن الجيش الذي سيطر على المدينة في بيان مطول نشره ليلا إنه انتهى.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "ونقلت"), "{a:#?}");
}

// Session 22 (fixer): the held-out reviews fresh-review-s22a … s22d.

#[test]
fn the_first_name_ali_after_a_cue_is_the_subject() {
    // s22d A1(a): «علي» folds like the preposition «على»; a PER starting there is the
    // speaker, not a reason to inherit the previous sentence's subject.
    let t = "ورجع المدير إلى مكتبه. وصرح علي منصور إن المصنع سيغلق.";
    let a = run(t, &[ent(t, "علي منصور", 0, "PER", None)]);
    assert_eq!(find(&a, "وصرح").source.text, "علي منصور", "{a:#?}");
    let t = "ورجع المدير إلى مكتبه. وتطالب علي فاطمة (40 عاما) بأن تعيد البلدية فتح المدرسة.";
    let a = run(t, &[ent(t, "علي فاطمة", 0, "PER", None)]);
    assert_eq!(find(&a, "وتطالب").source.text, "علي فاطمة", "{a:#?}");
    // Negative: without a person there, «علي» is the preposition and no subject.
    let t = "ورجع المدير إلى مكتبه. وأكد علي أن المصنع سيغلق.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.source.text != "علي"), "{a:#?}");
}

#[test]
fn a_participle_after_a_condemnation_has_that_clauses_subject() {
    // s22c A2: «كانت X قد أدانت …، مؤكدة», «كما دانت X … مؤكدة»: the participle
    // continues the clause's own subject, not the previous sentence's speaker.
    let t = "وقالت وزارة الداخلية المغربية إن الحريق مفتعل. وكانت الجزائر قد استنكرت الاثنين الحادث مؤكدة أنه \"جريمة منظمة\".";
    let a = run(t, &[ent(t, "الجزائر", 0, "LOC", None)]);
    assert_eq!(find(&a, "مؤكدة").source.text, "الجزائر", "{a:#?}");
    let t = "وقالت وزارة الداخلية المغربية إن الحريق مفتعل. كما دانت الحكومة التونسية السبت الحادث في بيان، مشيرة إلى أنه \"عمل إجرامي\".";
    let a = run(t, &[]);
    assert_eq!(find(&a, "مشيرة").source.text, "الحكومة التونسية", "{a:#?}");
    // Negative: «كما» before a cue with no subject of its own still carries over.
    let t = "وقالت وزارة الداخلية المغربية إن الحريق مفتعل. كما أكدت أن التحقيق مستمر.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "أكدت").source.text,
        "وزارة الداخلية المغربية",
        "{a:#?}"
    );
}

#[test]
fn naqala_carrying_people_and_aqarra_passing_a_law_are_no_reports() {
    // s22c A1(a): «تنقل + indefinite accusative» is "carry".
    let t = "وأوضح الجيش أن القوارب لم تكن تنقل لاجئين وإنما \"مهربين مسلحين\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "تنقل"), "{a:#?}");
    assert_eq!(find(&a, "وأوضح").source.text, "الجيش", "{a:#?}");
    // Negative: «نقل X عن Y» still reports.
    let t = "ونقلت الصحيفة عن مسؤول أمني أن الحدود أغلقت.";
    assert_eq!(find(&run(t, &[]), "ونقلت").source.text, "الصحيفة");
    // s22c A1(c): «أقر + a law that stipulates» is "passed".
    let t = "وأقر المجلس التشريعي الاثنين المرسوم الذي يقضي بأن تغلق المتاجر ليلا.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "وأقر"), "{a:#?}");
    let t = "وأقرت الهيئة العليا اللائحة التي تنص على أن الانتخابات ستجري في الربيع.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "وأقرت"), "{a:#?}");
    // Negative: «أقر بأن» ("admitted") reports.
    let t = "وأقر المجلس التشريعي بأن الخطة فشلت.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وأقر").content.text, "بأن الخطة فشلت", "{a:#?}");
}

#[test]
fn an_unmarked_as_reported_aside_keeps_the_main_verb() {
    // s22a A2(b): «وقال X كما نقلت عنه Y "…"» without commas: the cue is «وقال»,
    // the source X.
    let t = "وقال رئيس الوزراء الإيطالي ماريو روسي كما نقلت عنه الصحف الإيطالية \"لن نرفع الضرائب هذا العام\".";
    let a = run(t, &[ent(t, "ماريو روسي", 0, "PER", None)]);
    let q = find(&a, "وقال");
    assert_eq!(q.source.text, "رئيس الوزراء الإيطالي ماريو روسي", "{a:#?}");
    assert_eq!(q.content.text, "لن نرفع الضرائب هذا العام", "{a:#?}");
    assert!(a.iter().all(|x| x.cue.text != "نقلت"), "{a:#?}");
    // Negative: the aside needs its «عنه» ("from him"): «كما قال الوزير» is a
    // comparison with a cue of its own, and «وقال» gets no content across it.
    let t = "وقال رئيس الوزراء كما قال الوزير أمس إن الحرب انتهت.";
    let a = run(t, &[]);
    assert!(
        a.iter()
            .all(|x| x.cue.text != "وقال" || x.content.text != "إن الحرب انتهت"),
        "{a:#?}"
    );
}

#[test]
fn the_warned_or_accused_party_is_not_the_source() {
    // s22b A1: «حذر + addressee + من أن»: with a subject, the addressee is cut off;
    // after «بيانا … يحذر فيه», the addressee is no subject at all.
    let t = "وحذر المحافظ التجار من أن الأسعار ستخضع للرقابة.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وحذر").source.text, "المحافظ", "{a:#?}");
    let t = "وأصدرت البلدية بيانا تحذر فيه السكان من أن المياه ملوثة.";
    let a = run(t, &[]);
    assert_ne!(find(&a, "تحذر").source.text, "السكان", "{a:#?}");
    // Negative: «حذر + subject + من أن» keeps the subject.
    let t = "وحذر المحافظ من أن الأسعار سترتفع.";
    assert_eq!(find(&run(t, &[]), "وحذر").source.text, "المحافظ");
    // s22d A1(b): «قدم X … واتهم NP بأنه»: NP is the accused, X the speaker.
    let t = "وفي مؤتمر صحفي، عرض كريم ناصر صورا جديدة واتهم المدير السابق بأنه زور التوقيعات.";
    let a = run(t, &[ent(t, "كريم ناصر", 0, "PER", None)]);
    assert_eq!(find(&a, "واتهم").source.text, "كريم ناصر", "{a:#?}");
    // Negative: at the start of the clause the noun phrase after «واتهم» is the
    // subject (not the previous sentence's).
    let t = "وعاد سامي يوسف إلى بلاده. واتهم كريم ناصر الشركة بأنها زورت التوقيعات.";
    let a = run(
        t,
        &[
            ent(t, "سامي يوسف", 0, "PER", None),
            ent(t, "كريم ناصر", 0, "PER", None),
        ],
    );
    assert!(
        find(&a, "واتهم").source.text.starts_with("كريم ناصر"),
        "{a:#?}"
    );
}

#[test]
fn a_cue_after_relative_ma_has_the_main_clauses_subject() {
    // s22b A3: «، وذلك بهدف وضع حد لما يقول إنها …» → the subject of «أغلق».
    let t = "وأغلق الوزير المعابر الحدودية، وذلك بهدف التصدي لما يقول إنها شبكات تهريب.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "يقول").source.text, "الوزير", "{a:#?}");
    // Negative: an explicit subject after «ما» stays.
    let t = "وأغلق الوزير المعابر، بعد ما قال الجيش إنها تستخدم للتهريب.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "قال").source.text, "الجيش", "{a:#?}");
}

#[test]
fn a_relative_clause_set_off_by_commas_between_source_and_inna() {
    // s22b A2: «، الذين … ،» + a short adjunct before «إن»; the relative's verb is no cue.
    let t =
        "وقال المزارعون، الذين احتجوا في الشتاء على أسعار الوقود، اليوم إنهم سيعودون إلى الشارع.";
    let a = run(t, &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    let q = find(&a, "وقال");
    assert_eq!(q.source.text, "المزارعون", "{a:#?}");
    assert_eq!(q.content.text, "إنهم سيعودون إلى الشارع", "{a:#?}");
    // A cue verb inside the relative clause is skipped too («طالبوا»).
    let t = "وقالت النقابات، التي طالبت مرارا برفع الأجور، الأحد إنها ستضرب.";
    let a = run(t, &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(find(&a, "وقالت").source.text, "النقابات", "{a:#?}");
    // The relative clause's own content stays with it.
    let t = "واعتبرت الهيئة، التي تقول إنها محايدة، أن القرار متسرع.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "تقول").content.text, "إنها محايدة", "{a:#?}");
    assert_eq!(
        find(&a, "واعتبرت").content.text,
        "أن القرار متسرع",
        "{a:#?}"
    );
}

#[test]
fn maqarr_headquarters_is_no_participle_cue() {
    // s22b A2: «ومقره في X» (headquarters) spells the participle of أقر.
    let t = "وقال المركز الأوروبي للدراسات، ومقره في بروكسل، إن الهجرة تراجعت.";
    let a = run(t, &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    let q = find(&a, "وقال");
    assert_eq!(q.source.text, "المركز الأوروبي للدراسات", "{a:#?}");
    assert_eq!(q.content.text, "إن الهجرة تراجعت", "{a:#?}");
    let t = "وأعلنت المنظمة التي تتخذ من جنيف مقرا، أن التمويل انخفض.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "مقرا"), "{a:#?}");
    // "مقرا بأن" (admitting) still reports.
    let t = "وتحدث الوزير عن الأزمة مقرا بأن الحكومة أخطأت في تقديرها.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "مقرا").content.text,
        "بأن الحكومة أخطأت في تقديرها",
        "{a:#?}"
    );
}

#[test]
fn an_impersonal_passive_still_ends_the_content_before_it() {
    // Session 22: «قيل إن» is not annotated, but the content of an earlier cue stops
    // before it as before (it is not swallowed into «تقول»'s content).
    let t = "وقالت الشرطة إن المهاجم فر إلى الغابة التي قيل إنها تضم مخابئ كثيرة.";
    let a = run(t, &[]);
    assert_eq!(a.len(), 1, "{a:#?}");
    assert_eq!(
        find(&a, "وقالت").content.text,
        "إن المهاجم فر إلى الغابة التي",
        "{a:#?}"
    );
}

#[test]
fn kama_before_a_complementizer_or_a_quoted_object_keeps_the_speaker() {
    // «كما أنه طالب X …، معتبرا»: the subject is the pronoun; the participle carries
    // over the earlier speaker, not «طالب X».
    let t =
        "وقال الأمين العام إن الوضع خطير. كما أنه طالب الحكومة بوقف القتال، معتبرا أن الحل سياسي.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "معتبرا").source.text, "الأمين العام", "{a:#?}");
    // «كما عرض المتحدث "…" …، مشيرا»: the quoted word is the object.
    let t = "كما عرض المتحدث \"شظايا\" من الصاروخ، مشيرا إلى أنها إيرانية الصنع.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "مشيرا").source.text, "المتحدث", "{a:#?}");
}

#[test]
fn narrator_tags_and_connectors_end_the_content() {
    // s22a A5: «وفق تعبيره» after the content is the narrator's tag.
    let t = "وقال المدرب إن الهزيمة \"درس قاس\" وفق تعبيره.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "وقال").content.text,
        "إن الهزيمة \"درس قاس\"",
        "{a:#?}"
    );
    // s22d A2(c): «، قال ذلك قبل …» closes the belief.
    let t =
        "ويرى المحلل سمير داود أن الاتفاق لن يصمد، قال ذلك قبل اجتماع اللجنة، لكنه لم يقدم أدلة.";
    let a = run(t, &[ent(t, "سمير داود", 0, "PER", None)]);
    assert_eq!(find(&a, "ويرى").content.text, "أن الاتفاق لن يصمد", "{a:#?}");
    // s22b A8(a): «، وذلك في أحدث …» and «، الأمر الذي + past verb» are the
    // narrator's.
    let t = "وقالت الوزارة إن المصانع ستغلق، وذلك في أحدث خطوة ضمن حملة التقشف.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقالت").content.text, "إن المصانع ستغلق", "{a:#?}");
    let t = "وأعلنت النقابة أن العمال سيضربون، الأمر الذي أربك حركة الموانئ.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "وأعلنت").content.text,
        "أن العمال سيضربون",
        "{a:#?}"
    );
    // Negative: «الأمر الذي + future» is the speaker's forecast.
    let t = "وأعلنت النقابة أن العمال سيضربون، الأمر الذي سيربك حركة الموانئ.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "وأعلنت").content.text,
        "أن العمال سيضربون، الأمر الذي سيربك حركة الموانئ",
        "{a:#?}"
    );
    // s22b A8(a): a connector before the next cue is not left at the content's end.
    let t = "وقال الحارس إن الدفاع يحتاج \"للتدعيم\" بعدما أشار المدرب إلى أن الفريق منهك.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "وقال").content.text,
        "إن الدفاع يحتاج \"للتدعيم\"",
        "{a:#?}"
    );
}

#[test]
fn sannafa_and_jadala_report_a_clause_and_customs_is_a_source() {
    // s22b A4(a): «صنّف … بأنه» in the «وصف … بأن» frame.
    let t = "وقد صنفته مجلة فوربس عام 2019 بأنه أغنى رجل في القارة.";
    let a = run(t, &[]);
    let q = find(&a, "صنفته");
    assert_eq!(q.source.text, "مجلة فوربس", "{a:#?}");
    assert_eq!(q.content.text, "بأنه أغنى رجل في القارة", "{a:#?}");
    // s22a A3(b): «جادل بأن».
    let t = "وجادل بعض الأطباء بأن الدواء لا يصلح للأطفال.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وجادل").source.text, "بعض الأطباء", "{a:#?}");
    // Negative: the noun «صنف» ("kind") with no clause is no cue.
    let t = "وطرحت الشركة صنفا جديدا من القهوة.";
    assert!(run(t, &[]).is_empty());
    // s22b A4(b): «بحسب الجمارك».
    let t = "وتراجعت صادرات القمح بنسبة كبيرة، بحسب الجمارك المغربية.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "بحسب").source.text, "الجمارك المغربية", "{a:#?}");
}

#[test]
fn warning_verbs_keep_a_conjoined_subject_and_sannafa_needs_one() {
    // Negative for the «حذر» object cut: a conjunct is a second subject.
    let t = "وحذرت فرنسا وألمانيا من أن الاتفاق مهدد.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وحذرت").source.text, "فرنسا وألمانيا", "{a:#?}");
    // The issuing verb is not part of the author of «بيانا … فيه».
    let t = "ونشر مكتب المحافظ بيانا يحذر فيه التجار من أن الأسعار ستراقب.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "يحذر").source.text, "مكتب المحافظ", "{a:#?}");
    // The passive «صُنّف … بأنه» with no subject reports nothing.
    let t = "وقال المطور إن البرنامج ذكي. حيث صنف في إحدى المسابقات بأنه الأفضل.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "صنف"), "{a:#?}");
}

#[test]
fn a_warning_verbs_apposed_name_still_resolves_the_title() {
    // Adding «حذر» to the object-taking verbs keeps the comma apposition's name.
    let t = "حذر وزير الخارجية البريطاني، جون سميث، الحكومة من أن العقوبات قادمة.";
    let a = run(t, &[ent(t, "جون سميث", 0, "PER", Some("John Smith"))]);
    let q = find(&a, "حذر");
    assert_eq!(q.source.text, "وزير الخارجية البريطاني", "{a:#?}");
    assert_eq!(q.source.refers_to.as_deref(), Some("John Smith"), "{a:#?}");
    // A named antecedent before «لما تقول» stays the source.
    let t = "وتحدثت سارة يوسف، التي حاولت لفت الانتباه لما تقول إنه ظلم كبير.";
    let a = run(t, &[ent(t, "سارة يوسف", 0, "PER", None)]);
    assert_eq!(find(&a, "تقول").source.text, "سارة يوسف", "{a:#?}");
}

#[test]
fn guards_for_the_session_22_frames() {
    // The present «تُصنَّف … على أنها» is a passive classification, no report.
    let t = "كما تصنف الدراجات الكهربائية على أنها مركبات خفيفة.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "تصنف"), "{a:#?}");
    // «، قالت هذا التعليق …» inside the content is its own clause, not the narrator's tag.
    let t = "وقالت الصحيفة إن المستشارة، وهي موظفة في الوزارة، قالت هذا التعليق في اجتماع مغلق.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "وقالت").content.text,
        "إن المستشارة، وهي موظفة في الوزارة، قالت هذا التعليق في اجتماع مغلق",
        "{a:#?}"
    );
    // «أصدر + indefinite object … قال فيه»: the verb is not stripped to leave the
    // object as the author.
    let t = "وكان رئيس النادي سامي فهد، الذي أصدر بيانا شديد اللهجة قال فيه: \"نحن مستاؤون\".";
    let a = run(t, &[ent(t, "سامي فهد", 0, "PER", None)]);
    assert!(
        a.iter().all(|x| !x.source.text.starts_with("بيانا")),
        "{a:#?}"
    );
}

#[test]
fn colon_speech_goes_on_over_first_person_sentences() {
    // s22a A5: unquoted speech after a colon is not cut at its first full stop when the
    // next sentences of the paragraph speak in the first person.
    let t = "وقال القائد في مؤتمر صحفي: المهمة لم تنته بعد. لدينا خطة واضحة للأسابيع المقبلة. ويزور القائد الجبهة غدا.";
    let a = run(t, &[]);
    let q = find(&a, "وقال");
    assert_eq!(
        q.content.text, "المهمة لم تنته بعد. لدينا خطة واضحة للأسابيع المقبلة",
        "{a:#?}"
    );
    // Narration about the speaker ends it, and so does a paragraph break.
    let t = "وقال الحارس: كانت مباراة صعبة. وكان الحارس قد انضم إلينا في الصيف.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").content.text, "كانت مباراة صعبة", "{a:#?}");
    let t = "وقال الحارس: كانت مباراة صعبة.\nنحن سعداء بالنتيجة.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").content.text, "كانت مباراة صعبة", "{a:#?}");
    // A sentence with no first-person word is left out.
    let t = "وقال الحارس: كانت مباراة صعبة. الفريق المنافس قوي جدا.";
    let a = run(t, &[]);
    assert_eq!(find(&a, "وقال").content.text, "كانت مباراة صعبة", "{a:#?}");
}

#[test]
fn cue_to_complementizer_over_relatives_and_appositions() {
    // s23d A6: a relative clause after a named subject, closed by a comma before
    // «بأنه» + an imperfect verb: only a bare «أن» is subjunctive.
    let t = "اعترف المدافع الإيطالي ماركو روسي الذي تعرض لانتقادات واسعة خلال بطولة أمم أوروبا 2016 لإهداره ركلة جزاء حاسمة، بأنه يخطئ أحيانا.";
    let a = run(t, &[ent(t, "ماركو روسي", 0, "PER", None)]);
    let q = find(&a, "اعترف");
    assert_eq!(q.source.text, "المدافع الإيطالي ماركو روسي", "{a:#?}");
    assert_eq!(q.content.text, "بأنه يخطئ أحيانا", "{a:#?}");
    // (a bare «أن» + verb after the relative still opens the relative's own clause)
    let t = "وأشار اللاعب ماركو روسي الذي يريد أن يعود إلى ناديه إلى صعوبة الموقف.";
    let a = run(t, &[ent(t, "ماركو روسي", 0, "PER", None)]);
    assert!(a.is_empty(), "{a:#?}");
    // s23b A4a: a nominal apposition «، وهي …،» after the subject is skipped, and
    // the occasion after it may run on to the quotation.
    let t = "وقالت هدى سليم، وهي نائبة بارزة من أصل مغربي في هولندا، في تغريدة على موقع التواصل الاجتماعي تويتر تعليقا على صورة اللاعب مع الرئيس \"إنه من الخطأ الكبير أن يفعل ذلك\".";
    let a = run(t, &[ent(t, "هدى سليم", 0, "PER", None)]);
    let q = find(&a, "وقالت");
    assert_eq!(q.source.text, "هدى سليم", "{a:#?}");
    assert_eq!(q.content.text, "إنه من الخطأ الكبير أن يفعل ذلك", "{a:#?}");
    // (an apposition with a cue of its own is not skipped)
    let t = "وقالت هدى سليم، وهي التي أكدت الخبر، في تغريدة على موقع التواصل الاجتماعي تويتر تعليقا على صورة اللاعب مع الرئيس في الملعب الكبير أمس \"إنه خطأ\".";
    let a = run(t, &[ent(t, "هدى سليم", 0, "PER", None)]);
    assert!(a.iter().all(|x| x.cue.text != "وقالت"), "{a:#?}");
}

#[test]
fn previously_is_not_before() {
    // s23b A4e: «من قبل» ("previously") before «إن» + a noun: the «إن» opens the
    // content, and the subject ends before «من قبل».
    let t = "ويشجع سامي نادي الأهلي، وقال من قبل إن حلمه منذ أن كان طفلا أن يلعب له.";
    let a = run(t, &[ent(t, "سامي", 0, "PER", None)]);
    assert_eq!(
        find(&a, "وقال").content.text,
        "إن حلمه منذ أن كان طفلا أن يلعب له",
        "{a:#?}"
    );
    let t = "وقال كريم من قبل إن حلمه أن يلعب في أمريكا.";
    let a = run(t, &[ent(t, "كريم", 0, "PER", None)]);
    let q = find(&a, "وقال");
    assert_eq!(q.source.text, "كريم", "{a:#?}");
    assert_eq!(q.content.text, "إن حلمه أن يلعب في أمريكا", "{a:#?}");
    // «من قبل أن» + an imperfect verb is still "before".
    let t = "وقال الوزير إنه سيزور المدينة من قبل أن يسافر إلى الخارج.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "وقال").content.text,
        "إنه سيزور المدينة من قبل أن يسافر إلى الخارج",
        "{a:#?}"
    );
}

#[test]
fn accusative_unnamed_heads_before_their_verb() {
    // «إلا أن/لكنّ + an indefinite accusative head + قال»: «متحدثا باسم …» is "a
    // spokesman for …" (not the adjunct "speaking"), «خبيرا/شاهدا» are unnamed
    // speakers (session 23).
    let t = "إلا أن متحدثا باسم الجيش قال إن الاتفاق لم يوقع بعد.";
    let a = run(t, &[]);
    let q = find(&a, "قال");
    assert_eq!(q.source.text, "متحدثا باسم الجيش", "{a:#?}");
    assert!(q.source.anonymous, "{a:#?}");
    let t = "لكن خبيرا قال إن الأسعار سترتفع.";
    let a = run(t, &[]);
    let q = find(&a, "قال");
    assert_eq!(q.source.text, "خبيرا", "{a:#?}");
    assert!(q.source.anonymous, "{a:#?}");
    // A cue's circumstantial participle is no speaker: "وأضاف الوزير قائلا:" keeps
    // the minister.
    let t = "وأضاف الوزير قائلا: \"سنواصل العمل\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| !x.source.text.contains("قائلا")), "{a:#?}");
    assert!(a.iter().any(|x| x.source.text == "الوزير"), "{a:#?}");
}

#[test]
fn according_to_what_came_in_a_document() {
    // «بحسب/وفقا لما/حسبما + جاء/ورد + في X»: the document X is the source, as in
    // «وجاء في البيان أن» (session 23).
    let t = "وارتفعت الأسعار بنسبة 5 في المئة، بحسب ما ورد في صحيفة \"الرياض\".";
    let a = run(t, &[]);
    let q = find(&a, "بحسب ما ورد");
    assert_eq!(q.source.text, "صحيفة \"الرياض\"", "{a:#?}");
    assert_eq!(q.content.text, "وارتفعت الأسعار بنسبة 5 في المئة", "{a:#?}");
    let t = "وحسب ما جاء في التقرير، فإن الحكومة سترفع الأسعار.";
    let a = run(t, &[]);
    let q = find(&a, "وحسب ما جاء");
    assert_eq!(q.source.text, "التقرير", "{a:#?}");
    assert_eq!(q.content.text, "فإن الحكومة سترفع الأسعار", "{a:#?}");
    let t = "وارتفعت الأسعار، بحسب ما ورد على لسان وزير المالية.";
    let a = run(t, &[]);
    assert_eq!(
        find(&a, "بحسب ما ورد").source.text,
        "وزير المالية",
        "{a:#?}"
    );
    // The subject's own account is no second source.
    let t = "أعلنت الشركة، الجمعة، عدم صحة الأنباء، حسبما جاء في حسابها على تويتر.";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "حسبما جاء"), "{a:#?}");
    // A document frame is no speaker for a later pro-drop cue.
    let t = "وقال سامي في مقابلة إنه سيقدم شهادته الجمعة، حسب ما جاء في طلب الاستدعاء. وتوقف العمل أمس. وأكد أنه ليس نادما.";
    let a = run(t, &[ent(t, "سامي", 0, "PER", None)]);
    assert_eq!(find(&a, "وأكد").source.text, "سامي", "{a:#?}");
}

#[test]
fn withheld_name_belongs_to_the_source() {
    // "مصدر رفض الكشف عن اسمه": the description of an unnamed source ends with the
    // withheld name, not at «عن» (session 23); an addressee after it is no part of it.
    let t = "وقال مصدر رفض الكشف عن اسمه إن المحادثات فشلت.";
    let a = run(t, &[]);
    let q = find(&a, "وقال");
    assert_eq!(q.source.text, "مصدر رفض الكشف عن اسمه", "{a:#?}");
    assert!(q.source.anonymous, "{a:#?}");
    let t = "وقال دبلوماسي غربي طلب عدم الكشف عن هويته لوكالة الأنباء إن المحادثات فشلت.";
    let a = run(t, &[]);
    let q = find(&a, "وقال");
    assert_eq!(
        q.source.text, "دبلوماسي غربي طلب عدم الكشف عن هويته",
        "{a:#?}"
    );
    assert!(q.source.anonymous, "{a:#?}");
}
