//! Session 23 guards against cue words that report nothing (s23a A1, s23b A3, s23c A3,
//! s23d A1): adjectival participles, impersonal passives, inferences ("مما يعني أن") and
//! the conditional second person. Each takes the scanned sentence and the cue token.

use super::lexicon::{self, CueForm};
use super::scan::Scan;
use super::Ents;

/// s23c A3(b): "إذا كنت تعتقد أن …، فأنت مخطئ", "لو كنتم تظنون أن": a belief verb after
/// "إذا/لو/إن + كنت/كنتم" is the protasis of a conditional about the addressee; nobody
/// holds the belief, and "إذا كنت" is never a source.
pub(super) fn conditional_you(scan: &Scan, i: usize) -> bool {
    let Some(p) = i.checked_sub(1).filter(|p| scan.is_word(*p)) else {
        return false;
    };
    if !matches!(
        scan.key(p),
        "كنت" | "كنتم" | "كنتما" | "كنتن" | "تكون" | "تكونين" | "تكونون"
    ) {
        return false;
    }
    p.checked_sub(1).is_some_and(|q| {
        scan.is_word(q)
            && matches!(
                scan.key(q),
                "اذا" | "واذا" | "فاذا" | "لو" | "ولو" | "فلو" | "ان" | "وان" | "فان"
            )
    })
}

/// s23a A1(a): "فرصة غير متوقعة بأن", "وكان متوقعا أن يشارك", "ليس مرجحا أن": the
/// participle of a supposing verb after "غير" or a third-person copula is the passive
/// participle used as an adjective or an impersonal predicate ("unexpected", "it was
/// expected that"); nobody expects anything. ("كنت متوقعا أن": the first person keeps
/// its speaker.)
pub(super) fn adjectival_participle(scan: &Scan, i: usize, cue: lexicon::Cue) -> bool {
    if cue.form != CueForm::Participle {
        return false;
    }
    let lemma = lexicon::lexicon()
        .folded_lemmas
        .get(cue.lemma)
        .map_or("", String::as_str);
    if !matches!(lemma, "توقع" | "رجح" | "اعتقد" | "قدر" | "ظن") {
        return false;
    }
    // (the definite "المتوقع" is no cue form at all)
    i.checked_sub(1).is_some_and(|p| {
        scan.is_word(p)
            && matches!(
                scan.key(p),
                "غير"
                    | "وغير"
                    | "كان"
                    | "وكان"
                    | "كانت"
                    | "وكانت"
                    | "يكون"
                    | "تكون"
                    | "ليس"
                    | "ليست"
                    | "يبدو"
                    | "تبدو"
                    | "بات"
                    | "باتت"
                    | "اصبح"
                    | "اصبحت"
                    | "بدا"
                    | "بدت"
            )
    })
}

/// s23b A3(a): "شهدت إيطاليا أمطارا غزيرة يُتوقع أن تستمر", "رجل أسترالي يُعتقد أنه من
/// أبرز …": a masculine present of a supposing verb right after an indefinite noun or
/// adjective, with the complementizer at once, is an asyndetic relative clause in the
/// passive ("rains that are expected to go on"). An indefinite noun is rarely an SVO
/// subject, and the feminine "مصادر أمنية ترجح أن" (a plural subject) is left alone.
pub(super) fn passive_after_indefinite(
    scan: &Scan,
    ents: &Ents<'_>,
    text: &str,
    i: usize,
    cue: lexicon::Cue,
) -> bool {
    if cue.form != CueForm::Verb || !cue.present {
        return false;
    }
    let key = scan.key(i);
    if !matches!(
        key,
        "يتوقع" | "يعتقد" | "يرجح" | "يقدر" | "يفترض" | "يظن" | "يقال"
    ) || !scan.is_complementizer(i + 1)
    {
        return false;
    }
    let Some(p) = i.checked_sub(1).filter(|p| scan.is_word(*p)) else {
        return false;
    };
    let prev = scan.key(p);
    let raw = scan.raw(text, p);
    let definite = ["ال", "وال", "بال", "لل", "فال", "كال"]
        .iter()
        .any(|a| prev.starts_with(a));
    // (a pronoun-suffixed word is definite: "معظمهم يتوقع أن", "مصادرها تعتقد")
    let suffixed = ["ه", "ها", "هم", "هما", "هن", "كم", "نا", "ك"]
        .iter()
        .any(|s| raw.ends_with(s));
    // (particles, auxiliaries and adverbs: "لذا يرجح أن", "لم يعد يعتقد", "هنا يعتقد")
    let particle = matches!(
        prev,
        "ما" | "لا"
            | "لم"
            | "لن"
            | "قد"
            | "لقد"
            | "هل"
            | "لذا"
            | "ولذا"
            | "لذلك"
            | "كما"
            | "حيث"
            | "ربما"
            | "اذا"
            | "عندما"
            | "بينما"
            | "فيما"
            | "يعد"
            | "يزال"
            | "تزال"
            | "زال"
            | "ظل"
            | "بات"
            | "كان"
            | "وكان"
            | "يكون"
            | "هو"
            | "وهو"
            | "فهو"
            | "اي"
            | "من"
            | "ومن"
            | "كل"
            | "احد"
    );
    !definite
        && !suffixed
        && !particle
        && prev.chars().count() >= 3
        && !lexicon::is_adverb(prev)
        && !lexicon::is_pronoun(prev)
        && !ents.named_at(scan, p)
        && lexicon::lexicon().lookup(prev).is_none()
}

/// s23a A1(b), s23d A1(a): "مما يعني أن", "وهو ما يشير إلى أن", "ما يدل على أن": a
/// verb of indicating after the relative "ما" draws an inference inside the clause
/// before it; it is no speech act and takes no source.
pub(super) fn inference_after_ma(scan: &Scan, i: usize) -> bool {
    let key = scan.key(i);
    let bare = key.strip_prefix('و').unwrap_or(key);
    is_inference_verb(bare)
        && i.checked_sub(1)
            .is_some_and(|p| scan.is_word(p) && matches!(scan.key(p), "ما" | "مما" | "بما" | "وما"))
}

/// "يعني/يشير/يدل/يؤكد …" in its 3rd person singular present: the verbs that draw an
/// inference after "ما/مما".
fn is_inference_verb(k: &str) -> bool {
    matches!(
        k,
        "يعني"
            | "تعني"
            | "يشير"
            | "تشير"
            | "يدل"
            | "تدل"
            | "يؤكد"
            | "تؤكد"
            | "يوضح"
            | "توضح"
            | "يظهر"
            | "تظهر"
            | "يبين"
            | "تبين"
            | "يعكس"
            | "تعكس"
            | "يكشف"
            | "تكشف"
            | "يوحي"
            | "توحي"
            | "يرجح"
            | "ترجح"
    )
}

/// s23a A1(b): "وتعتبر المدينة وجهة سياحية بارزة، مما يعني أن الفنادق ستمتلئ": the
/// complementizer at `opener_tok` belongs to an inference "(وهو) ما/مما + يعني/يشير (إلى)"
/// standing between the cue and it; the cue ("تعتبر" = "is considered") has no content of
/// its own there.
pub(super) fn opener_of_inference(scan: &Scan, cue_tok: usize, opener_tok: usize) -> bool {
    let Some(mut v) = opener_tok.checked_sub(1) else {
        return false;
    };
    // ("يشير إلى أن", "يدل على أن")
    if matches!(scan.key(v), "الي" | "علي") {
        let Some(w) = v.checked_sub(1) else {
            return false;
        };
        v = w;
    }
    v > cue_tok + 1 && is_inference_verb(scan.key(v)) && inference_after_ma(scan, v)
}

/// s23c A3(a): "بحسب ما ادُّعي", "حسبما قيل", "وفق ما يُزعم": a frame verb in the passive
/// (or with no subject after "زعم") names no one; never carry the previous subject over.
/// `j` is the frame's verb token; the source slot after it is empty.
pub(super) fn passive_frame_verb(scan: &Scan, j: usize) -> bool {
    let k = scan.key(j);
    match k {
        "قيل" | "يقال" | "اشيع" | "يشاع" | "زعم" | "يزعم" | "يعتقد" | "يتردد" => {
            true
        }
        // ادُّعي ends in ي; the active ادّعى is written with alif maqsura
        "ادعي" => !scan.toks.get(j).is_some_and(|t| t.maqsura),
        _ => false,
    }
}

/// The folded lemma of the cue at token `i` ("" when none).
fn lemma_at(scan: &Scan, i: usize) -> &'static str {
    let lex = lexicon::lexicon();
    let k = scan.key(i);
    lex.lookup(k)
        .or_else(|| super::object_suffixed(k, false))
        .and_then(|c| lex.folded_lemmas.get(c.lemma))
        .map_or("", String::as_str)
}

/// s23b A4(b): "سأل" ("asked") reports only a quoted question or one after a colon
/// ("وسأل الصحفي الوزير: "متى …؟""); with a complementizer it is "whether" ("سأل إن كان
/// …") or no report at all.
pub(super) fn question_needs_quote(
    scan: &Scan,
    i: usize,
    opener: super::Opener,
    opener_tok: usize,
) -> bool {
    // ("وسأله القاضي عن المال، فأجابه: "…"": a quotation after another cue is that
    // cue's answer, not the question)
    lemma_at(scan, i) == "سال"
        && (opener == super::Opener::Complementizer
            || (i + 1..opener_tok).any(|j| {
                scan.is_word(j)
                    && (lexicon::lexicon().lookup(scan.key(j)).is_some()
                        || super::object_suffixed(scan.key(j), false).is_some())
            }))
}

/// "أعلم أن …" with the complementizer right after the verb is the first person "I know
/// that" (or the imperative "know that"); "أعلم" ("informed") names its addressee first
/// ("أعلم الصحيفة بأن").
pub(super) fn know_not_inform(
    scan: &Scan,
    i: usize,
    opener: super::Opener,
    opener_tok: usize,
) -> bool {
    // (the bare form only: "أعلمه بأن" has its addressee glued on)
    let lex = lexicon::lexicon();
    lex.lookup(scan.key(i))
        .and_then(|c| lex.folded_lemmas.get(c.lemma))
        .is_some_and(|l| l == "اعلم")
        && opener == super::Opener::Complementizer
        && opener_tok == i + 1
}

/// أبلغ/أخبر/أعلم ("informed, told"): verbs whose first noun phrase after them may be
/// the addressee.
pub(super) fn informs(scan: &Scan, i: usize) -> bool {
    matches!(lemma_at(scan, i), "ابلغ" | "اخبر" | "اعلم")
}

/// s23c A1(b): "وقال مخاطبا الوزير"، "وأضافت مخاطبة الحضور": the participle "addressing"
/// and its object stand where a subject would; the speaker is the pro-drop one.
pub(super) fn addressing(scan: &Scan, j: usize) -> bool {
    matches!(
        scan.key(j),
        "مخاطبا" | "مخاطبه" | "مخاطبين" | "مخاطبتا" | "مخاطبات"
    )
}

/// s23d A5, s23b A5(c): the narrator's words after a comma at token `k` (the word after
/// the comma) that end an indirect content: "وذلك تعليقا/ردا على" (the occasion), "وذلك
/// بعد/قبل/عقب/إثر + noun" (the background in time; "وذلك بعد أن" is handled before),
/// "علما أن/بأن" ("bearing in mind that", the writer's aside), and "وهي/وهو + جملة/عبارة/
/// تصريحات" (a comment on the words themselves).
pub(super) fn narrator_aside(scan: &Scan, k: usize) -> bool {
    let next = scan.key(k + 1);
    match scan.key(k) {
        "وذلك" => {
            matches!(next, "تعليقا" | "ردا")
                || (matches!(next, "بعد" | "قبل" | "عقب" | "اثر")
                    && scan.is_word(k + 2)
                    && !scan.is_complementizer(k + 2))
        }
        "علما" => scan.is_complementizer(k + 1),
        "وهي" | "وهو" => matches!(
            next,
            "جمله" | "عباره" | "تصريحات" | "كلمات" | "تصريح" | "مقوله"
        ),
        _ => false,
    }
}

/// s23b A6(c): the token of "الصادرة/الصادر" inside a source span, after its first word
/// and not followed by "عن" (the issuer): where the source ends ("جريدة "…" الصادرة
/// الأحد").
pub(super) fn issued_cut(scan: &Scan, span: super::Span) -> Option<usize> {
    let a = scan.toks.partition_point(|t| t.start < span.start);
    let b = scan.toks.partition_point(|t| t.start < span.end);
    (a + 1..b).find(|j| {
        matches!(scan.key(*j), "الصادره" | "الصادر" | "الصادرين")
            && scan.key(j + 1) != "عن"
            && scan.is_word(j - 1)
                | scan
                    .punct(j - 1)
                    .is_some_and(|c| c == '"' || super::scan::is_close_quote(c))
    })
}

/// s23a A2(a): "بحسب البيان الذي وصف هذه الخطة بأنها …", "التقرير الذي اعتبر القرار
/// خطأ": after the relative pronoun, a cue that takes an object ("وصف، اعتبر، اتهم")
/// has the relative's antecedent as its subject; the noun phrase after the verb is the
/// object. Returns the antecedent: a name ending right before the relative, or a
/// definite description or document noun.
pub(super) fn antecedent_of_object_cue(
    scan: &Scan,
    ents: &Ents<'_>,
    cue_tok: usize,
    source: super::Span,
) -> Option<super::Span> {
    let rel = cue_tok.checked_sub(1)?;
    if !matches!(scan.key(rel), "الذي" | "التي") || !super::takes_object(scan.key(cue_tok))
    {
        return None;
    }
    // (only when the "source" found is the noun phrase after the verb)
    if source.start < scan.toks.get(cue_tok)?.end {
        return None;
    }
    let p = rel.checked_sub(1).filter(|p| scan.is_word(*p))?;
    let t = scan.toks.get(p)?;
    let last = super::Span::new(t.start, t.end);
    if let Some((s, _)) = ents.named_in(last).find(|(s, _)| s.end == t.end) {
        return Some(*s);
    }
    let bare = scan.key(p).strip_prefix("ال")?;
    (lexicon::description_head(bare).is_some() || super::is_document_noun(bare)).then_some(last)
}

/// s23a A1(c): "أن يختاروا بين أن يبقوا أو أن يغادروا", "الحائرة بين أن تترك …": the
/// bare homograph "بين" right after a word and before a complementizer is the
/// preposition "between" (two clauses compared); the verb "بيّن أن" ("showed that")
/// comes with و/ف ("وبين أن") or opens its clause after punctuation.
pub(super) fn between_clauses(scan: &Scan, i: usize) -> bool {
    scan.key(i) == "بين"
        && scan.is_complementizer(i + 1)
        && i.checked_sub(1).is_some_and(|p| scan.is_word(p))
}

/// Is the cue at token `i` a form of سأل ("asked")?
pub(super) fn asks(scan: &Scan, i: usize) -> bool {
    lemma_at(scan, i) == "سال"
}
