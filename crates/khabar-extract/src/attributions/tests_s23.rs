//! Session 23 fixer tests (fresh reviews s23a–d): new wording, exact outputs, and a
//! negative case for each rule that could over-fire.
use super::*;

// (the helpers of the main test module: `ent` here takes the first occurrence and no
// canonical name)
use super::tests::{find, run};

fn ent(text: &str, needle: &str, label: &str) -> Entity {
    super::tests::ent(text, needle, 0, label, None)
}

fn cues(atts: &[Attribution]) -> Vec<&str> {
    atts.iter().map(|a| a.cue.text.as_str()).collect()
}

#[test]
fn a_conditional_you_believe_is_no_belief_report() {
    // s23c A3(b): "إذا كنت تظن أن" inside a quotation: only the outer speech.
    let t = "وقال المدرب: \"إذا كنت تظن أن الجمهور سينسى الهزيمة، فأنت واهم\".";
    let a = run(t, &[]);
    assert_eq!(cues(&a), ["وقال"], "{a:#?}");
    assert_eq!(find(&a, "وقال").source.text, "المدرب");
    // (a third-person belief in the same quotation stays)
    let t = "وقال المدرب: \"اللاعبون يظنون أن الجمهور سينسى الهزيمة\".";
    let a = run(t, &[]);
    assert_eq!(cues(&a), ["وقال", "يظنون"], "{a:#?}");
    assert_eq!(find(&a, "يظنون").source.text, "اللاعبون");
}

#[test]
fn an_unexpected_or_expected_participle_is_no_cue() {
    // s23a A1(a): the passive participle after غير or a copula.
    let t = "وشهد السباق نهاية غير متوقعة بأن يفوز العداء المغمور بالذهبية.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    let t = "وكان متوقعا أن تفتتح الحكومة الجسر الجديد قبل الصيف.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // (the circumstantial participle after a comma still continues the speaker)
    let t = "وقال البنك المركزي إن التضخم تراجع، متوقعا أن تنخفض الأسعار مجددا.";
    let a = run(t, &[]);
    let m = find(&a, "متوقعا");
    assert_eq!(m.source.text, "البنك المركزي", "{a:#?}");
    assert_eq!(m.content.text, "أن تنخفض الأسعار مجددا");
}

#[test]
fn a_passive_suppose_after_an_indefinite_noun_is_impersonal() {
    // s23b A3(a): "… رياحا قوية يُتوقع أن …" has no source, and never one that starts
    // with a finite verb.
    let t = "وضربت المدينة رياح قوية يتوقع أن تهدأ بحلول المساء.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    let t = "واعتقلت الشرطة شابا يعتقد أنه سرق السيارة.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // (a definite SVO subject keeps its verb)
    let t = "والبنك يتوقع أن يرتفع النمو في العام المقبل.";
    let a = run(t, &[]);
    assert_eq!(cues(&a), ["يتوقع"], "{a:#?}");
    assert_eq!(a[0].source.text, "والبنك");
}

#[test]
fn an_inference_after_ma_is_no_cue_and_does_not_cut_the_content() {
    // s23d A1(a): "وهو ما يدل على أن" stays inside the host's content.
    let t = "وقال الباحث إن الجدار بني في القرن العاشر، وهو ما يشير إلى أن المدينة أقدم مما نظن.";
    let a = run(t, &[]);
    assert_eq!(cues(&a), ["وقال"], "{a:#?}");
    assert_eq!(
        a[0].content.text,
        "إن الجدار بني في القرن العاشر، وهو ما يشير إلى أن المدينة أقدم مما نظن"
    );
    // s23a A1(b): the «أن» of "مما يعني أن" is not the copular "تعتبر"'s content.
    let t = "وتعتبر البحيرة مقصدا للصيادين، مما يعني أن الفنادق القريبة تمتلئ صيفا.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // (a subject after "يشير" that is no relative "ما" keeps the report)
    let t = "ويشير الخبراء إلى أن الجدار بني في القرن العاشر.";
    let a = run(t, &[]);
    assert_eq!(cues(&a), ["ويشير"], "{a:#?}");
    assert_eq!(a[0].source.text, "الخبراء");
}

#[test]
fn a_passive_frame_verb_carries_no_earlier_subject() {
    // s23c A3(a): "بحسب ما ادُّعي" names nobody.
    let t =
        "وأوقفت النيابة عشرات الناشطين. وحبس طالب شهرا لإهانة الشرطة - بحسب ما قيل - بعد نشره صورة.";
    let a = run(t, &[]);
    assert!(a.is_empty(), "{a:#?}");
    // (an active frame with its subject stays)
    let t = "وحبس طالب شهرا، بحسب ما ذكرت الصحيفة.";
    let a = run(t, &[]);
    assert_eq!(cues(&a), ["بحسب ما ذكرت"], "{a:#?}");
    assert_eq!(a[0].source.text, "الصحيفة");
}

#[test]
fn users_colleagues_and_one_of_these_are_anonymous() {
    // s23d A4, s23b A5(b)
    let t = "وكتب أحد هؤلاء في حسابه: \"لن أحضر الحفل\". وكتب مستخدم آخر: \"يا للخسارة\".";
    let a = run(t, &[]);
    assert_eq!(cues(&a), ["وكتب", "وكتب"], "{a:#?}");
    assert_eq!(a[0].source.text, "أحد هؤلاء");
    assert!(a[0].source.anonymous);
    assert_eq!(a[1].source.text, "مستخدم آخر");
    assert!(a[1].source.anonymous);
    let t = "وقال زملاء له في المصنع إنه كان مجتهدا.";
    let a = run(t, &[]);
    assert_eq!(a[0].source.text, "زملاء", "{a:#?}");
    assert!(a[0].source.anonymous);
    // (a named source stays named)
    let t = "وكتب سامر خليل في حسابه: \"لن أحضر الحفل\".";
    let a = run(t, &[ent(t, "سامر خليل", "PER")]);
    assert!(!a[0].source.anonymous, "{a:#?}");
}

#[test]
fn questions_answers_and_the_tasaala_misspelling() {
    // s23b A4(b): سأل with a quotation; the addressee is cut from the source.
    let t = "وسأل المراسل الوزير: \"هل ستستقيل؟\"";
    let a = run(t, &[]);
    let q = find(&a, "وسأل");
    assert_eq!(q.source.text, "المراسل", "{a:#?}");
    assert_eq!(q.content.text, "هل ستستقيل؟");
    assert!(q.direct);
    // (the answer after "سأله … عن" belongs to أجاب, not to the question)
    let t = "وسأله المحقق عن السيارة، لكنه أجابه: \"لا أعرف صاحبها\".";
    let a = run(t, &[]);
    assert!(a.iter().all(|x| x.cue.text != "وسأله"), "{a:#?}");
    let t = "وتسائل الحارس \"كيف دخل الهدف؟\"";
    let a = run(t, &[]);
    let q = find(&a, "وتسائل");
    assert_eq!(q.source.text, "الحارس", "{a:#?}");
    assert_eq!(q.content.text, "كيف دخل الهدف؟");
    // (سأل with a complementizer is "whether", no report; سأل عن has no content)
    let t = "وسأل الطالب إن كان الامتحان صعبا.";
    assert!(run(t, &[]).is_empty());
    let t = "وسأل الطبيب عن صحة المريض.";
    assert!(run(t, &[]).is_empty());
}

#[test]
fn informed_with_an_addressee_and_i_know() {
    // s23c A4: أعلم ("informed") is a cue; its addressee is not the source.
    let t = "وكان رئيس البلدية قد أعلم إذاعة محلية في وقت سابق بأن الطريق سيغلق.";
    let a = run(t, &[]);
    let q = find(&a, "أعلم");
    assert_eq!(q.source.text, "رئيس البلدية", "{a:#?}");
    assert_eq!(q.content.text, "بأن الطريق سيغلق");
    // s23c A1(a): an SVO subject before أبلغ; the noun after it is the addressee.
    let t = "لكن ضابطا في الشرطة أبلغ المراسلين لاحقا بأن المشتبه به فر.";
    let a = run(t, &[]);
    let q = find(&a, "أبلغ");
    assert_eq!(q.source.text, "ضابطا في الشرطة", "{a:#?}");
    assert!(q.source.anonymous);
    // (أعلم أن with nothing between is "I know that")
    let t = "وقال اللاعب: \"أعلم أن المهمة صعبة\".";
    let a = run(t, &[]);
    assert_eq!(cues(&a), ["وقال"], "{a:#?}");
}

#[test]
fn addressing_someone_is_not_the_source() {
    // s23c A1(b)
    let t = "تحدث النائب خالد سعيد في البرلمان. وقال مخاطبا رئيس الوزراء \"عليك أن ترحل\".";
    let a = run(t, &[ent(t, "خالد سعيد", "PER")]);
    let q = find(&a, "وقال");
    assert_eq!(q.source.text, "النائب خالد سعيد", "{a:#?}");
    assert_eq!(q.content.text, "عليك أن ترحل");
}

#[test]
fn narrator_asides_end_the_content() {
    // s23d A5
    let t = "وقال المتحدث إن المفاوضات ستستأنف قريبا، وذلك بعد شهر من انهيار الهدنة.";
    let a = run(t, &[]);
    assert_eq!(a[0].content.text, "إن المفاوضات ستستأنف قريبا", "{a:#?}");
    let t = "واعتبر المعلقون أن الحكم أخطأ في القرار، علما أن الاتحاد رفض الاعتراض.";
    let a = run(t, &[]);
    assert_eq!(a[0].content.text, "أن الحكم أخطأ في القرار", "{a:#?}");
    let t = "وصرح الرئيس أن الاقتصاد يتعافى، وهي عبارة رددها وزراؤه كثيرا.";
    let a = run(t, &[]);
    assert_eq!(a[0].content.text, "أن الاقتصاد يتعافى", "{a:#?}");
    // ("، وذلك بعد أن" and "، وذلك لأن" as before: the latter is the speaker's reason)
    let t = "وقال المتحدث إن المفاوضات تأجلت، وذلك لأن الوفد لم يصل.";
    let a = run(t, &[]);
    assert_eq!(
        a[0].content.text, "إن المفاوضات تأجلت، وذلك لأن الوفد لم يصل",
        "{a:#?}"
    );
}

#[test]
fn a_papers_issue_date_is_no_part_of_the_source() {
    // s23b A6(c)
    let t = "وبحسب صحيفة \"الوطن\" الصادرة اليوم فإن الوزير سيستقيل.";
    let a = run(t, &[]);
    assert_eq!(a[0].source.text, "صحيفة \"الوطن\"", "{a:#?}");
    // (the issuer after "الصادر عن" stays)
    let t = "وبحسب البيان الصادر عن الوزارة فإن الطريق سيغلق.";
    let a = run(t, &[]);
    assert_eq!(a[0].source.text, "البيان الصادر عن الوزارة", "{a:#?}");
}
