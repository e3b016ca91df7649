//! Cue lexicon: reporting and belief verbs in every person, number, gender and tense,
//! generated from the stems in `data/attributions/cues.tsv`, plus the closed word lists
//! the attribution finder needs (complementizers, source nouns, adjunct markers).
use std::sync::OnceLock;

use khabar_text::lexicon::FoldBuild;

use crate::bloom::Bloom;
use crate::dateline::fold;

/// Hash maps and sets over short folded words (a fast, fixed hasher).
type HashMap<K, V> = std::collections::HashMap<K, V, FoldBuild>;
type HashSet<K> = std::collections::HashSet<K, FoldBuild>;

const CUES_TSV: &str = include_str!("../../../../data/attributions/cues.tsv");

/// What a cue form is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueForm {
    /// A finite verb (past or present).
    Verb,
    /// An active participle: a continuation (قائلا، مضيفة).
    Participle,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    /// Index of the lemma in [`Lexicon::lemmas`].
    pub lemma: usize,
    pub belief: bool,
    pub form: CueForm,
    /// Present-tense form (ل/س proclitics allowed).
    pub present: bool,
}

pub(crate) struct Lexicon {
    pub lemmas: Vec<String>,
    /// The lemmas folded (matching keys of the bare past 3rd person masculine).
    pub folded_lemmas: Vec<String>,
    forms: HashMap<String, Cue>,
    /// The keys of `forms`: most words are no cue and leave after one probe.
    forms_filter: Bloom,
    /// Excluded when bare.
    bare_exclusions: HashSet<String>,
    /// Excluded even with a proclitic.
    exclusions: HashSet<String>,
}

pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| build(CUES_TSV))
}

/// Strips a trailing letter (the weak radical of a defective stem).
fn drop_last(s: &str) -> &str {
    match s.char_indices().last() {
        Some((i, _)) => s.get(..i).unwrap_or(s),
        None => s,
    }
}

/// Past-tense forms: 3ms 3fs 3md 3fd 3mp 3fp 2ms/2fs/1s 2d 2mp 2fp 1p.
pub(crate) fn past_forms(class: &str, past: &str, short: &str) -> Vec<String> {
    let mut v = vec![past.to_string()];
    let vowel_stem = if class == "defective" {
        drop_last(past)
    } else {
        past
    };
    v.push(format!("{vowel_stem}ت"));
    v.push(format!("{vowel_stem}تا"));
    v.push(format!("{vowel_stem}وا"));
    if class == "defective" {
        v.push(format!("{short}ا"));
    } else {
        v.push(format!("{past}ا"));
    }
    for suf in ["ن", "ت", "تما", "تم", "تن", "نا"] {
        v.push(format!("{short}{suf}"));
    }
    v
}

/// Present-tense forms (indicative, subjunctive, jussive) with person prefixes.
pub(crate) fn present_forms(class: &str, stem: &str, short: &str) -> Vec<String> {
    let mut v = Vec::new();
    for p in ["ي", "ت", "أ", "ن"] {
        v.push(format!("{p}{stem}"));
    }
    for p in ["ي", "ت"] {
        if class == "defective" {
            let base = drop_last(stem);
            if stem.ends_with('ى') {
                v.push(format!("{p}{base}يان"));
                v.push(format!("{p}{base}ين"));
            } else {
                v.push(format!("{p}{stem}ان"));
                v.push(format!("{p}{stem}ن"));
            }
            v.push(format!("{p}{base}ون"));
            v.push(format!("{p}{base}وا"));
        } else {
            v.push(format!("{p}{stem}ان"));
            v.push(format!("{p}{stem}ون"));
            v.push(format!("{p}{stem}وا"));
            v.push(format!("{p}{short}ن"));
        }
    }
    if class == "defective" {
        let base = drop_last(stem);
        v.push(format!("ت{base}ين"));
    } else {
        v.push(format!("ت{stem}ين"));
        v.push(format!("ت{stem}ي"));
    }
    v
}

/// Participle forms: masculine accusative (قائلا), feminine (قائلة), plurals.
pub(crate) fn participle_forms(stem: &str) -> Vec<String> {
    let mut v = vec![
        format!("{stem}ا"),
        format!("{stem}ة"),
        format!("{stem}ين"),
        format!("{stem}ات"),
    ];
    if stem.ends_with('ي') {
        v.push(format!("{}ين", drop_last(stem)));
    }
    v
}

fn build(tsv: &str) -> Lexicon {
    let mut lex = Lexicon {
        lemmas: Vec::new(),
        folded_lemmas: Vec::new(),
        forms: HashMap::default(),
        forms_filter: Bloom::default(),
        bare_exclusions: HashSet::default(),
        exclusions: HashSet::default(),
    };
    for line in tsv.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.first() == Some(&"!") {
            for w in cols.iter().skip(1) {
                match w.strip_suffix('*') {
                    Some(w) => lex.exclusions.insert(fold(w)),
                    None => lex.bare_exclusions.insert(fold(w)),
                };
            }
            continue;
        }
        let [lemma, kind, pclass, past, pshort, rclass, pres, rshort, part] = cols.as_slice()
        else {
            continue;
        };
        let id = lex.lemmas.len();
        lex.lemmas.push((*lemma).to_string());
        lex.folded_lemmas.push(fold(lemma));
        let belief = *kind == "belief";
        let mut add = |form: String, f: CueForm, present: bool| {
            let key = fold(&form);
            lex.forms.entry(key).or_insert(Cue {
                lemma: id,
                belief,
                form: f,
                present,
            });
        };
        for f in past_forms(pclass, past, pshort) {
            add(f, CueForm::Verb, false);
        }
        if *pres != "-" {
            for f in present_forms(rclass, pres, rshort) {
                add(f, CueForm::Verb, true);
            }
        }
        if *part != "-" {
            for f in participle_forms(part) {
                add(f, CueForm::Participle, false);
            }
        }
    }
    lex.forms_filter = Bloom::new(lex.forms.keys().map(String::as_str));
    lex
}

impl Lexicon {
    /// The cue of an exact folded form.
    fn form(&self, key: &str) -> Option<&Cue> {
        if !self.forms_filter.may_contain(key) {
            return None;
        }
        self.forms.get(key)
    }

    /// A past-tense cue form excluded as a homograph ("بين" "between", "وبين"), for use
    /// where the context settles it ("وبين أن …": a complementizer follows at once).
    pub fn lookup_homograph(&self, key: &str) -> Option<Cue> {
        let rest = key.strip_prefix(['و', 'ف']).unwrap_or(key);
        self.form(rest)
            .filter(|c| c.form == CueForm::Verb && !c.present)
            .copied()
    }

    /// The cue a word (folded) is, stripping the proclitics و/ف (and ل/س on present forms).
    pub fn lookup(&self, key: &str) -> Option<Cue> {
        // Every cue below is a form read from the word or from its tail after
        // one or two letters (و/ف, then ل).
        let mut tails = key.char_indices().take(3).filter_map(|(b, _)| key.get(b..));
        if !tails.any(|t| self.forms_filter.may_contain(t)) {
            return None;
        }
        if self.exclusions.contains(key) {
            return None;
        }
        if let Some(c) = self.forms.get(key) {
            return (!self.bare_exclusions.contains(key)).then_some(*c);
        }
        let mut rest = key;
        for conj in ['و', 'ف'] {
            if let Some(r) = rest.strip_prefix(conj) {
                rest = r;
                break;
            }
        }
        if rest.len() < key.len() && !self.exclusions.contains(rest) {
            if let Some(c) = self.forms.get(rest) {
                return Some(*c);
            }
        }
        // "ليؤكد", "لتقول": ل before a third-person present form (not أ: "لأرى").
        if let Some(r) = rest.strip_prefix('ل') {
            if r.starts_with(['ي', 'ت', 'ن']) {
                if let Some(c) = self.forms.get(r) {
                    if c.present && !self.exclusions.contains(r) {
                        return Some(*c);
                    }
                }
            }
        }
        None
    }
}

fn set(words: &[&str]) -> HashSet<String> {
    words.iter().map(|w| fold(w)).collect()
}

/// Complementizers that open reported content (folded, with the ب proclitic allowed).
pub(crate) fn is_complementizer(key: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    let s = SET.get_or_init(|| {
        set(&[
            "أن",
            "أنه",
            "أنها",
            "أنهم",
            "أنهما",
            "أنهن",
            "أننا",
            "أنني",
            "أني",
            "أنك",
            "أنكم",
            "أنّ",
        ])
    });
    // "مطالبا لبنان بألا يكون": بأن + لا ("ألا" alone is also "إلا", "except").
    if key == "بالا" {
        return true;
    }
    let k = key.strip_prefix('ب').unwrap_or(key);
    s.contains(k)
}

/// Prepositions that may stand between a cue and its complementizer (أشار إلى أن، حذر من أن).
pub(crate) fn is_content_preposition(key: &str) -> bool {
    matches!(key, "الي" | "من" | "علي" | "عن")
}

/// Words that end a source noun phrase (adjuncts between the subject and the content).
pub(crate) fn is_adjunct_start(key: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    let s = SET.get_or_init(|| {
        set(&[
            "خلال",
            "أمام",
            "عبر",
            "يوم",
            "اليوم",
            "أمس",
            "مساء",
            "صباح",
            "ظهر",
            "الليلة",
            "مؤخرا",
            "الأحد",
            "الاثنين",
            "الإثنين",
            "الثلاثاء",
            "الأربعاء",
            "الخميس",
            "الجمعة",
            "السبت",
            "لوكالة",
            "لوكالات",
            "لصحيفة",
            "لمجلة",
            "لراديو",
            "لمحطة",
            "لقنوات",
            "لبرنامج",
            "عند",
            "قبيل",
            "إبان",
            "غداة",
            "عشية",
            "طوال",
            "طيلة",
            "لقناة",
            "لموقع",
            "لشبكة",
            "لإذاعة",
            "لتلفزيون",
            "للصحفيين",
            "للصحافيين",
            "لوسائل",
            "للإعلام",
            "لـ",
            "في",
            "بعد",
            "قبل",
            "أثناء",
            "إثر",
            "عقب",
            "اليوم",
            "صباح",
            "مساء",
            "أيضا",
            "كذلك",
            "بدوره",
            "بدورها",
            "بدورهم",
            "حينها",
            "آنذاك",
            "وفق",
            "وفقا",
            "بحسب",
            "حسب",
            "نقلا",
            "بينما",
            "فيما",
            "الذي",
            "التي",
            "الذين",
            "لدى",
            "بشأن",
            "حول",
            "بخصوص",
            "تعليقا",
            "ردا",
            "معلقا",
            "متحدثا",
            "فيه",
            "فيها",
            "فيهم",
            "له",
            "لها",
            "لهم",
            "عنه",
            "عنها",
            "منه",
            "منها",
            "عليه",
            "عليها",
            "إليه",
            "إليها",
            "لنا",
            "لي",
            "إلى",
            "على",
            "مع",
            "منذ",
            "ضد",
            "عن",
            "فوقه",
            "فوقها",
            "تحته",
            "تحتها",
            "عنده",
            "عندها",
            "معه",
            "معها",
            "بالقول",
            // "قال لبي بي سي", "لسي إن إن": the addressee outlet.
            "لبي",
            "لسي",
            // "محمد العلي البالغ 58 عاما": an age ends the name.
            "البالغ",
            "البالغة",
            // "بتينا لوشر وهي متحدثة باسم …": an apposition clause.
            "وهي",
            "وهو",
        ])
    });
    s.contains(key)
}

/// Time words that may stand between a cue and its subject ("وفق ما أعلن الجمعة مسؤول").
pub(crate) fn is_time_word(key: &str) -> bool {
    matches!(
        key,
        "اليوم"
            | "امس"
            | "الاحد"
            | "الاثنين"
            | "الثلاثاء"
            | "الاربعاء"
            | "الخميس"
            | "الجمعه"
            | "السبت"
            | "مساء"
            | "صباح"
            | "الليله"
    )
}

/// Adverbs that may follow a cue but never start its subject ("تنفي رسميا أن").
pub(crate) fn is_adverb(key: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    let s = SET.get_or_init(|| {
        set(&[
            "رسميا",
            "أيضا",
            "أيضاً",
            "مجددا",
            "مرارا",
            "صراحة",
            "علنا",
            "سابقا",
            "لاحقا",
            "حاليا",
            "كذلك",
            "ضمنا",
            "شخصيا",
            "بوضوح",
            "دائما",
            "مؤخرا",
            "بدوره",
            "بدورها",
            "بدورهم",
            "سريعا",
            "فورا",
            "لطالما",
            "ولطالما",
            "طالما",
            "قلما",
            "تحديدا",
            "غالبا",
            // "الرئيس نفسه يقول باستمرار إنه": never a postposed subject.
            "باستمرار",
            "أحيانا",
            "تكرارا",
            "بالفعل",
            "فعلا",
            // "بيد أن الوزير نفى بعدها أن": a time adverb with a pronoun suffix ("after
            // it") is never a postposed subject.
            "بعدها",
            "بعده",
            "بعدئذ",
            "قبلها",
            "قبله",
            "وقتها",
            "وقته",
            "وقتئذ",
            "حينها",
            "حينه",
            "حينئذ",
            "حينذاك",
            "عندئذ",
            "آنذاك",
            "يومها",
            "ساعتها",
            // "أعلن بعدها مباشرة أن": "right (after it)" after a skipped adverb.
            "مباشرة",
        ])
    });
    s.contains(key)
}

/// Nouns after في that make it an adjunct ("في بيان"، "في أيلول").
/// An indefinite speech-event noun that, bare after a cue, is an adverbial ("قال
/// مداخلة هاتفية", for "في مداخلة"), never the speaker.
pub(crate) fn is_speech_event(key: &str) -> bool {
    matches!(
        key,
        "مداخله"
            | "مقابله"
            | "تصريحات"
            | "حديث"
            | "كلمه"
            | "خطاب"
            | "تغريده"
            | "حوار"
    )
}

/// Nouns of a place a speaker comes from, after «من» ("من بلدة …", "من مدينة …"), folded.
pub(crate) fn is_origin_place_noun(key: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    let s = SET.get_or_init(|| {
        set(&[
            "بلدة",
            "مدينة",
            "قرية",
            "محافظة",
            "ولاية",
            "منطقة",
            "ناحية",
            "مخيم",
            "حي",
            "ضاحية",
            "إقليم",
            "مقاطعة",
            "جزيرة",
            "العاصمة",
        ])
    });
    s.contains(key)
}

pub(crate) fn is_adjunct_noun(key: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    let s = SET.get_or_init(|| {
        set(&[
            "بيان",
            "تصريح",
            "تصريحات",
            "مؤتمر",
            "حديث",
            "كلمة",
            "مقابلة",
            "مداخلة",
            "تغريدة",
            "تغريدات",
            "رسالة",
            "خطاب",
            "لقاء",
            "اتصال",
            "منشور",
            "تقرير",
            "حوار",
            "جلسة",
            "اجتماع",
            "ندوة",
            "خبر",
            "سلسلة",
            "تغريدته",
            "تغريدتها",
            "صفحته",
            "حسابه",
            "وقت",
            "الوقت",
            "حين",
            "ختام",
            "مستهل",
            "بداية",
            "نهاية",
            "أعقاب",
            "سياق",
            "إطار",
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "إبريل",
            "مايو",
            "يونيو",
            "يوليو",
            "أغسطس",
            "سبتمبر",
            "أكتوبر",
            "نوفمبر",
            "ديسمبر",
            "كانون",
            "شباط",
            "آذار",
            "نيسان",
            "أيار",
            "حزيران",
            "تموز",
            "آب",
            "أيلول",
            "تشرين",
            "عام",
            "العام",
            "الشهر",
            "شهر",
            "الأسبوع",
            "أسبوع",
            "وقت",
            "صفحته",
            "صفحتها",
            "حسابه",
            "حسابها",
            "تدوينة",
            // "قالت صحيفة الأهرام في افتتاحيتها إن", "كتب الوزير في مقال نشرته …"
            "افتتاحية",
            "مقال",
            "مقالة",
            "عمود",
            "تسجيل",
            "مقطع",
            "فيديو",
            "تعليق",
            "تعليقات",
            "منشورات",
            "إفادة",
            "بيانات",
            "ساعة",
            "وقت",
            "حديثه",
            "حديثها",
            "كلمته",
            "كلمتها",
            "تصريحه",
            "تصريحها",
            "تصريحاته",
            "مقابلته",
            "مقابلتها",
            "رد",
            "رده",
            "ردها",
            "الأحد",
            "الاثنين",
            "الإثنين",
            "الثلاثاء",
            "الأربعاء",
            "الخميس",
            "الجمعة",
            "السبت",
        ])
    });
    s.contains(key)
}

/// Heads of indefinite source descriptions that hide who is speaking.
pub(crate) fn is_anonymous_head(key: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    let s = SET.get_or_init(|| {
        set(&[
            "مصدر",
            "مصادر",
            "مسؤول",
            "مسؤولون",
            "مسؤولين",
            "مسئول",
            "مسئولون",
            "دبلوماسي",
            "دبلوماسيون",
            "دبلوماسيين",
            "شاهد",
            "شهود",
            "سكان",
            "ناشط",
            "ناشطون",
            "ناشطين",
            "خبير",
            "خبراء",
            "محلل",
            "محللون",
            "محللين",
            "مراقب",
            "مراقبون",
            "مراقبين",
            "مسعف",
            "مسعفون",
            "متحدث",
            "ناطق",
            "مصدرا",
            "مسؤولا",
            "أوساط",
            "جهات",
            "وسائل",
            "تقارير",
            // "وقال تقرير إعلامي فرنسي", "على ما تظهر دراسات عدة", "يتوقع النقاد".
            "تقرير",
            "دراسة",
            "دراسات",
            "نقاد",
            "مقربون",
            "منظمات",
            "مجموعات",
            "جماعات",
            "جمعيات",
            "نشطاء",
            "مقرب",
            "عضو",
            "أعضاء",
            "موظف",
            "موظفون",
            "ضابط",
            "ضباط",
            "طبيب",
            "أطباء",
            "مواطن",
            "مواطنون",
            "معارضون",
            // "لكن معارضين في المدينة وصفوا …"
            "معارضين",
            "منتقدون",
            "منتقدين",
            "محققون",
            "محقق",
            "مستشار",
            "مساعد",
            "قيادي",
            "قياديون",
            "أكاديميون",
            "أكاديميين",
            "باحثون",
            "باحثين",
            "علماء",
            "محامون",
            "محامين",
            "سياسيون",
            "معلقون",
            "معلقين",
            "أشخاص",
            "صحافيون",
            "صحافيين",
            "صحفيون",
            "صحفيين",
            "مطلعون",
            "مطلعين",
            // Generic crowds: "يرى كثيرون"، "قال متابعون / مغردون / آخرون".
            "كثيرون",
            "كثيرين",
            "متابعون",
            "متابعين",
            "مغردون",
            "مغردين",
            "آخرون",
            "آخرين",
            "بعض",
            "وكالات",
            // "قد يقول لك قائل": "someone (who says)".
            "قائل",
            "قائلون",
            // The feminine of an unnamed spokesperson or official and an unnamed
            // person: "وقالت ناطقة باسم المحكمة"، "زعم شخص أنه"، "قال أحدهم".
            "ناطقة",
            "متحدثة",
            "مسؤولة",
            "شخص",
            "أحدهم",
            // Session 23 (s23d A4, s23b A5(b)): users of a platform and colleagues are
            // unnamed people: "وكتب مستخدم آخر"، "قال مغرد"، "وقال زملاء له".
            "مستخدم",
            "مستخدمون",
            "مستخدمين",
            "مغرد",
            "متابع",
            "زملاء",
        ])
    });
    // Duals of an unnamed head: "وقال مصدران", "أحد المصدرين", "مسؤولان أمنيان".
    let dual_stem = key
        .strip_suffix("ان")
        .or_else(|| key.strip_suffix("ين"))
        .filter(|stem| stem.chars().count() >= 3);
    // The indefinite accusative of a singular head, written with a final alef after
    // «إن/أن/لكنّ/إلا أن» ("إلا أن متحدثا باسم الوزارة قال", "لكن خبيرا قال"; session
    // 23): «متحدثا» → «متحدث».
    let accusative_stem = key
        .strip_suffix('ا')
        .filter(|stem| stem.chars().count() >= 3 && !stem.ends_with(['ا', 'ه', 'ي']))
        // (not a cue's circumstantial participle: "قائلا" is "saying", never "a sayer")
        .filter(|_| lexicon().lookup(key).is_none());
    s.contains(key)
        || dual_stem.is_some_and(|stem| s.contains(stem))
        || accusative_stem.is_some_and(|stem| s.contains(stem))
}

/// An anonymous head naming people ("ضابط", "مصدر"), not media or groups ("تقارير",
/// "وسائل", "جهات").
pub(crate) fn is_anonymous_person(key: &str) -> bool {
    is_anonymous_head(key)
        && !matches!(
            key,
            "اوساط"
                | "جهات"
                | "وسائل"
                | "وكالات"
                | "تقارير"
                | "منظمات"
                | "مجموعات"
                | "جماعات"
                | "جمعيات"
        )
}

/// Plural heads that stay unnamed even with the article ("المصادر الأمنية", "المسؤولون
/// الأميركيون", "الشهود"): a group of unnamed people, not a description of someone named.
pub(crate) fn is_anonymous_plural(key: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    let s = SET.get_or_init(|| {
        set(&[
            "مصادر",
            "شهود",
            "خبراء",
            "نشطاء",
            "ضباط",
            "أطباء",
            "علماء",
            "أوساط",
            "أشخاص",
            // "الجهات المعنية"، "وكالات الأنباء"، "يرى البعض".
            "جهات",
            "وكالات",
            "بعض",
            // "وتشير التقارير الأولية إلى أن", "يعتقد الناس أن": unnamed reports and
            // people in general.
            "تقارير",
            "أنباء",
            "ناس",
            "دراسات",
            "نقاد",
        ])
    });
    s.contains(key)
        || (is_anonymous_head(key)
            && (key.ends_with("ون") || key.ends_with("ين") || key.ends_with("ان")))
}

/// Phrases that say the source withheld its name.
pub(crate) const WITHHELD: &[&str] = &[
    "رفض الكشف عن",
    "طلب عدم الكشف",
    "طلب عدم ذكر",
    "فضل عدم الكشف",
    "فضل عدم ذكر",
    "لم يكشف عن اسم",
    "رفض ذكر اسم",
    "اشترط عدم",
    "طلب عدم نشر",
    "رفضت الكشف عن",
    "طلبت عدم",
    "فضلت عدم",
    "رفضوا الكشف",
    "طلبوا عدم",
    "عدم الكشف عن اسم",
    "عدم الكشف عن هويت",
    "عدم كشف اسم",
    "عدم كشف هويت",
    "عدم ذكر اسم",
    "عدم نشر اسم",
    "عدم الافصاح عن",
    "مشترطا عدم",
    "مشترطه عدم",
    "طالبا عدم",
    "طالبه عدم",
];

/// [`WITHHELD`], folded (once).
pub(crate) fn withheld_folded() -> &'static [String] {
    static V: OnceLock<Vec<String>> = OnceLock::new();
    V.get_or_init(|| WITHHELD.iter().map(|w| fold(w)).collect())
}

/// Heads of definite descriptions resolved to an earlier mention (الصحيفة، الوزير), with
/// whether they describe a person (else an organization / document).
pub(crate) fn description_head(key: &str) -> Option<bool> {
    const PERSON: &[&str] = &[
        "وزير",
        "رئيس",
        "متحدث",
        "ناطق",
        "مسؤول",
        "مسئول",
        "زعيم",
        "ملك",
        "أمير",
        "سفير",
        "مبعوث",
        "مدرب",
        "لاعب",
        "نائب",
        "أمين",
        "قائد",
        "مدير",
        "محافظ",
        "مستشار",
        "مرشح",
        "نجم",
        "نجمة",
        "فنان",
        "فنانة",
        "ممثل",
        "ممثلة",
        "مؤلف",
        "كاتب",
        "باحث",
        "خبير",
        "رجل",
        "مصدر",
        "شيخ",
        "سيناتور",
        "نائبة",
        "وزيرة",
        "رئيسة",
        "متحدثة",
        "عالم",
        "طبيب",
        "أخير",
        "أخيرة",
        "مطرب",
        "مطربة",
        "مغني",
        "مغنية",
        "مخرج",
        "مخرجة",
        "منسق",
        "مفوض",
        "قاضي",
        "قاضية",
        "مدعي",
        // "حذرت مدعية المحكمة الجنائية الدولية من أن"
        "مدعية",
        "إعلامي",
        "إعلامية",
        "صحفي",
        "صحفية",
        "صحافي",
        "صحافية",
        "محلل",
        "لاعبة",
        "مراسل",
        "حارس",
        "مفتي",
        "محامي",
        "محامية",
        "جنرال",
        "مندوب",
        "مندوبة",
        "قيادي",
        "ناشط",
        "ناشطة",
        "وكيل",
        "شقيق",
        "روائي",
        "روائية",
        "كاتبة",
        "شاعر",
        "شاعرة",
    ];
    const ORG: &[&str] = &[
        "صحيفة",
        "وكالة",
        "موقع",
        "قناة",
        "شبكة",
        "وزارة",
        "منظمة",
        "حركة",
        "حزب",
        "شركة",
        "جيش",
        "شرطة",
        "حكومة",
        "مجلس",
        "جماعة",
        "تنظيم",
        "مكتب",
        "هيئة",
        "دراسة",
        "مجلة",
        "تقرير",
        "بيان",
        "مؤسسة",
        "لجنة",
        "محكمة",
        "إدارة",
        "بعثة",
        "سلطات",
        "رئاسة",
        "سفارة",
        "جامعة",
        "مركز",
        "مصرف",
        "بنك",
        "صندوق",
        "تحالف",
        "ائتلاف",
        "نادي",
        "اتحاد",
        "برلمان",
        "قوات",
        "مفوضية",
        "منصة",
        "إذاعة",
        "تلفزيون",
        "وثيقة",
        "رسالة",
        "معهد",
        "مرصد",
        "مجموعة",
        "المكتب",
        "تقارير",
        "ادعاء",
        "نيابة",
        "نقابة",
        "خارجية",
        // "بحسب الجمارك الصينية" (s22b A4): the customs authority
        "جمارك",
    ];
    static MAP: OnceLock<HashMap<String, bool>> = OnceLock::new();
    let m = MAP.get_or_init(|| {
        let mut m = HashMap::default();
        for w in PERSON {
            m.insert(fold(w), true);
        }
        for w in ORG {
            m.insert(fold(w), false);
        }
        m
    });
    m.get(key).copied()
}

/// Indefinite nouns that take a quoted name right after them ("منظمة "إس أو إس
/// راسيزم"", "لصحيفة "لا دوبيش دو ميدي"", "باسم تحالف "دعم الشرعية في اليمن"",
/// "فيلم "…""): institutions, media, works and campaigns (folded, with an optional
/// و then ل/ب proclitic; a definite noun is excluded, "وقالت الشركة "…"" is speech).
pub(crate) fn takes_quoted_name(key: &str) -> bool {
    const NOUNS: &[&str] = &[
        "صحيفه",
        "جريده",
        "مجله",
        "موقع",
        "شبكه",
        "قناه",
        "اذاعه",
        "تلفزيون",
        "وكاله",
        "منظمه",
        "شركه",
        "مؤسسه",
        "مركز",
        "معهد",
        "معمل",
        "مختبر",
        "تحالف",
        "ائتلاف",
        "حزب",
        "حركه",
        "جماعه",
        "جمعيه",
        "هيئه",
        "مجموعه",
        "فرقه",
        "نادي",
        "برنامج",
        "فيلم",
        "مسلسل",
        "كتاب",
        "روايه",
        "اغنيه",
        "البوم",
        "عنوان",
        "تطبيق",
        "منصه",
        "حمله",
        "مبادره",
        "مشروع",
        "جامعه",
        "مستشفي",
        "صندوق",
        "بنك",
        "مصرف",
        "اتحاد",
        "لجنه",
        "مكتب",
        "مدونه",
        "صفحه",
        "وسم",
        "هاشتاغ",
        "مهرجان",
        "مسابقه",
        "عمليه",
        "دراسه",
        "استطلاع",
        "مؤتمر",
        "منتدي",
        "رابطه",
        "تيار",
        "كتله",
        "قائمه",
        "مجمع",
        "مسرحيه",
        "صحف",
        "مواقع",
        "شركات",
        "منظمات",
        "مجلس",
    ];
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    let set = SET.get_or_init(|| NOUNS.iter().map(|w| (*w).to_string()).collect());
    if set.contains(key) {
        return true;
    }
    let k = key.strip_prefix('و').unwrap_or(key);
    if set.contains(k) {
        return true;
    }
    k.strip_prefix(['ل', 'ب', 'ك'])
        .is_some_and(|r| !r.starts_with("ال") && set.contains(r))
}

/// Subject pronouns (SVO "وهو قال").
pub(crate) fn is_pronoun(key: &str) -> bool {
    matches!(
        key,
        "هو" | "هي" | "هم" | "هما" | "هن" | "وهو" | "وهي" | "وهم"
    )
}

/// Relation nouns heading a construct with a person ("خطيبة خاشقجي", "محامي ترامب",
/// "والدة الطالب"): the phrase names someone else than the person after it.
fn relation_nouns() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        set(&[
            "زوجة",
            "زوج",
            "خطيبة",
            "خطيب",
            "والدة",
            "والد",
            "ابن",
            "ابنة",
            "نجل",
            "نجلة",
            "شقيق",
            "شقيقة",
            "أخ",
            "أخت",
            "عائلة",
            "أسرة",
            "أقارب",
            "محامي",
            "محامية",
            "محامو",
            "وكيل",
            "صديق",
            "صديقة",
            "أصدقاء",
            "أرملة",
            "حفيد",
            "حفيدة",
            "عم",
            "عمة",
            "خال",
            "خالة",
            "صهر",
            "مساعد",
            "مساعدة",
            "مستشار",
            "مستشارة",
            "جار",
            "جارة",
            "زميل",
            "زميلة",
        ])
    })
}

/// The length in bytes of a conjunction و before a relation noun ("وزوجة" → 2, "وكيل"
/// → 0), or `None` if `key` is no relation noun.
pub(crate) fn relation_noun(key: &str) -> Option<usize> {
    let s = relation_nouns();
    if s.contains(key) {
        Some(0)
    } else {
        key.strip_prefix('و')
            .filter(|k| s.contains(*k))
            .map(|_| 'و'.len_utf8())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(w: &str) -> Option<Cue> {
        lexicon().lookup(&fold(w))
    }

    #[test]
    fn qala_in_every_person_number_gender() {
        for w in [
            "قال",
            "قالت",
            "قالا",
            "قالتا",
            "قالوا",
            "قلن",
            "قلت",
            "قلتما",
            "قلتم",
            "قلتن",
            "قلنا",
            "يقول",
            "تقول",
            "أقول",
            "نقول",
            "يقولان",
            "تقولان",
            "يقولون",
            "تقولون",
            "يقولوا",
            "تقولين",
            "تقولي",
            "يقلن",
            "تقلن",
        ] {
            let c = cue(w).unwrap_or_else(|| panic!("{w} not a cue"));
            assert_eq!(lexicon().lemmas[c.lemma], "قال", "{w}");
            assert!(!c.belief);
        }
    }

    #[test]
    fn defective_and_hamzated_verbs() {
        for (w, lemma) in [
            ("نفى", "نفى"),
            ("نفت", "نفى"),
            ("نفوا", "نفى"),
            ("نفيا", "نفى"),
            ("نفين", "نفى"),
            ("نفيت", "نفى"),
            ("ينفي", "نفى"),
            ("تنفي", "نفى"),
            ("ينفون", "نفى"),
            ("ينفيان", "نفى"),
            ("دعا", "دعا"),
            ("دعت", "دعا"),
            ("دعوا", "دعا"),
            ("يدعو", "دعا"),
            ("يدعوان", "دعا"),
            ("رأى", "رأى"),
            ("رأت", "رأى"),
            ("رأوا", "رأى"),
            ("يرى", "رأى"),
            ("ترى", "رأى"),
            ("يرون", "رأى"),
            ("يريان", "رأى"),
            ("أكد", "أكد"),
            ("أكدت", "أكد"),
            ("يؤكد", "أكد"),
            ("تؤكد", "أكد"),
            ("يؤكدون", "أكد"),
            ("أضاف", "أضاف"),
            ("أضافت", "أضاف"),
            ("أضفت", "أضاف"),
            ("يضيف", "أضاف"),
            ("ادعى", "ادعى"),
            ("ادعت", "ادعى"),
            ("يدعي", "ادعى"),
            ("أقر", "أقر"),
            ("أقرت", "أقر"),
            ("أقررت", "أقر"),
            ("يقر", "أقر"),
            ("روى", "روى"),
            ("روت", "روى"),
            ("وصف", "وصف"),
            ("يصف", "وصف"),
            ("تعتقد", "اعتقد"),
            ("اعتقد", "اعتقد"),
        ] {
            let c = cue(w).unwrap_or_else(|| panic!("{w} not a cue"));
            assert_eq!(lexicon().lemmas[c.lemma], lemma, "{w}");
        }
    }

    #[test]
    fn clitics_hamza_spelling_and_participles() {
        for w in [
            "وقال",
            "فقال",
            "وذكرت",
            "ولفتت",
            "وتعتقد",
            "وأكد",
            "واكد",
            "ليؤكد",
            "ولتؤكد",
            "ليرد",
            "وكتبت",
        ] {
            assert!(cue(w).is_some(), "{w}");
        }
        for w in [
            "قائلا",
            "قائلة",
            "مضيفا",
            "مشيرة",
            "موضحا",
            "معتبرة",
            "مؤكدين",
            "مشيرا",
        ] {
            assert_eq!(cue(w).map(|c| c.form), Some(CueForm::Participle), "{w}");
        }
        assert!(cue("تعتقد").is_some_and(|c| c.belief));
        assert!(cue("يظن").is_some_and(|c| c.belief));
        assert!(cue("قال").is_some_and(|c| !c.belief));
    }

    #[test]
    fn homographs_are_not_cues() {
        for w in [
            "بين",
            "وبين",
            "تبين",
            "بينما",
            "تابعة",
            "ذكرى",
            "قائل",
            "مقر",
            "في",
            "أن",
        ] {
            assert!(cue(w).is_none(), "{w}");
        }
        // With a proclitic تابع is the verb "continued".
        assert!(cue("وتابع").is_some());
    }

    #[test]
    fn complementizers() {
        for w in [
            "أن", "إن", "ان", "بأن", "بان", "أنه", "إنهم", "انها", "إننا",
        ] {
            assert!(is_complementizer(&fold(w)), "{w}");
        }
        for w in ["أنت", "إنما", "الآن"] {
            assert!(!is_complementizer(&fold(w)), "{w}");
        }
    }
}
