//! Rules around the tagger's spans that use how news uses a word (session 9):
//!
//! * [`propagate_names`] — a person named in full once (أريثا فرانكلين) is named
//!   by the end of the name afterwards (فرانكلين); later mentions the tagger
//!   left untagged become PER;
//! * [`profession_names`] — a profession noun and nationality (المغنية الأمريكية)
//!   announce a person's name;
//! * [`quoted_titles`] — a quoted title after فيلم / مسلسل / رواية … is one MISC
//!   entity, a quoted name after صحيفة / مجلة / قناة one ORG (ANERcorp's scheme);
//! * [`trim_person_tails`] and [`split_person_conjuncts`] — PER span boundaries.
//!
//! Whether a word is a common word or may be a name is read from data the
//! project already has ([`Usage`]): the word lexicon's corpus counts and the
//! name lexicon the model learned from tagging the ANT corpus.
use std::collections::{HashMap, HashSet};

use khabar_text::lexicon::{lexfold_str, Lexicon};

use super::autolex::AutoLex;
use super::gazetteer::{Entry, Gazetteer, Label, Source, Trigger};
use super::norm::{fold, strips};
use super::Found;

/// Corpus count from which a word the name lexicon does not list as a person
/// is a common word (لي 1,244, بأن 5,959; a rare foreign surname such as
/// فرانكلين, 56, stays a candidate).
const COMMON_COUNT: u32 = 100;

/// How news uses words: the word lexicon's counts and the model's name lexicon.
#[derive(Clone, Copy)]
pub struct Usage<'a> {
    auto: Option<&'a AutoLex>,
    lex: &'static Lexicon,
}

impl<'a> Usage<'a> {
    pub fn new(auto: Option<&'a AutoLex>) -> Usage<'a> {
        Usage {
            auto,
            lex: Lexicon::get(),
        }
    }

    /// The label the tagger gives `folded` most often in raw news, if it is
    /// inside an entity at least 30 % of the time (see [`AutoLex`]).
    fn usual_label(&self, folded: &str) -> Option<Label> {
        self.auto.and_then(|a| a.get(folded)).map(|(l, _)| l)
    }

    /// Whether `word` (as written; `folded` its NER fold) is a common word rather
    /// than a person's name: the name lexicon lists it with another label
    /// (هيوستن: LOC), or it does not list it as a person and the word is frequent
    /// (لي، بأن، السنة) or is mostly written with the article, as nouns and
    /// adjectives are (دكتاتوري: الدكتاتوري).
    pub fn common(&self, word: &str, folded: &str) -> bool {
        match self.usual_label(folded) {
            Some(Label::Per) => return false,
            Some(_) => return true,
            None => {}
        }
        let count = self.lex.count(&lexfold_str(word));
        if count >= COMMON_COUNT {
            return true;
        }
        if folded.starts_with("ال") {
            return false;
        }
        let with_article = self.lex.count(&lexfold_str(&format!("ال{word}")));
        with_article >= 3 && with_article.saturating_mul(5) > count
    }

    /// Whether a word with the article (folded) may be carried over as a family
    /// name: the name lexicon lists it as a person (الجدعان، القصبي), it is a
    /// relational adjective, the common form of Arab family names (الثعالبي،
    /// المكي), or news hardly writes it without the article (الشعلان، السدحان).
    /// A word news also writes as a plain noun is a noun the tagger took into a
    /// name (الناشر "the publisher": ناشر; الحاج; القلعة).
    pub fn family_name(&self, folded: &str) -> bool {
        const MAX_BARE_COUNT: u32 = 10;
        self.usual_label(folded) == Some(Label::Per)
            || folded.ends_with('ي')
            || folded
                .strip_prefix("ال")
                .is_some_and(|bare| self.lex.count(&lexfold_str(bare)) < MAX_BARE_COUNT)
    }

    /// Whether a word may be part of a person's name that no list knows: Arabic
    /// letters only, not a common word, not a trigger or nationality adjective,
    /// and without the article unless the name lexicon lists it as a person
    /// (الحلبي).
    pub fn name_word(&self, word: &str, gaz: &Gazetteer) -> bool {
        let folded = fold(word);
        if folded.chars().count() < 2
            || !folded.chars().all(super::norm::is_arabic_letter)
            || gaz.trigger(&folded).is_some()
            || gaz.nationality(&folded).is_some()
            || CLOSED.contains(&folded.as_str())
        {
            return false;
        }
        if folded.starts_with("ال") && self.usual_label(&folded) != Some(Label::Per) {
            return false;
        }
        // An adverb or adjective with tanween (نافياً), a word read with proclitics
        // before the article (والملحن، للمكتبة) or before a word news writes far
        // more often alone (باستفزاز) is no name.
        if word.chars().any(|c| matches!(c, '\u{064B}'..='\u{064D}'))
            || strips(&folded)
                .iter()
                .any(|s| s.prefix_len > 0 && s.with_article.starts_with("ال"))
        {
            return false;
        }
        if let Some(rest) = folded
            .strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])
            .filter(|r| r.chars().count() >= 3)
        {
            let whole = self.lex.count(&lexfold_str(word));
            let bare = word
                .char_indices()
                .nth(1)
                .and_then(|(i, _)| word.get(i..))
                .map_or(0, |r| self.lex.count(&lexfold_str(r)));
            if self.usual_label(rest) != Some(Label::Per)
                && bare >= 20
                && bare >= whole.saturating_mul(3)
            {
                return false;
            }
        }
        !self.common(word, &folded)
    }
}

/// Second words of compound given names (صلاح الدين، سعد الله، عبد الرحمن):
/// never a family name to carry over.
const COMPOUND_TAILS: &[&str] = &[
    "الدين",
    "الله",
    "الرحمن",
    "الرحيم",
    "العزيز",
    "الكريم",
    "الحق",
    "الاسلام",
    "النبي",
    "الزمان",
    "الهادي",
    "الحميد",
    "المجيد",
    "الامير",
    "الاله",
    "الرب",
    "الحسين",
    "الزهراء",
];

/// Function words that never end a person's name (محمد بأن …).
const CLOSED: &[&str] = &[
    "ان",
    "بان",
    "لان",
    "وان",
    "فان",
    "انه",
    "انها",
    "بانه",
    "بانها",
    "لانه",
    "الذي",
    "التي",
    "الذين",
    "قد",
    "لقد",
    "في",
    "من",
    "الي",
    "عن",
    "مع",
    "او",
    "ثم",
    "لكن",
    "لم",
    "لن",
    "لا",
    "هو",
    "هي",
    "هم",
    "منذ",
    "خلال",
    "بعد",
    "قبل",
    "عند",
    "حيث",
    "كما",
    "اذا",
    "ايضا",
    "امس",
    "اليوم",
    "وقد",
    "وهو",
    "وهي",
    "الا",
    "ولكن",
    "حتي",
    "لدي",
    "عبر",
    "ضد",
    // Copulas (برنامج … لفلان أمسى مملا: the verb, written without hamza, after
    // the name).
    "امسي",
    "اضحي",
    "اصبح",
    "بات",
    "صار",
    "ظل",
    "كان",
    "ليس",
    "مازال",
];

/// A PER span of two or more words that ends on a word no name ends with is cut
/// before it: a function word (محمد بأن), or, after a listed person's complete
/// name, a common word (أردوغان دكتاتوري: a predicate adjective).
pub fn trim_person_tails(
    spans: &mut [(usize, usize, Label)],
    tokens: &[&str],
    f: &[&str],
    gaz: &Gazetteer,
    usage: &Usage<'_>,
) {
    let listed_person = |r: &[&str]| {
        gaz.lookup_span(r).is_some_and(|m| {
            m.entries
                .iter()
                .filter_map(|&e| gaz.entry(e))
                .any(|e| e.label == Label::Per)
        })
    };
    // (Session 21, s21a E5: «آل» is the family marker of a Gulf surname — آل
    // الشيخ، آل سعود، آل ثاني — and never ends a name; the tagger, reading
    // «الشيخ» as the honorific, cut «عبد الرحمن آل الشيخ» after «آل». The noun
    // after it joins the span when no other span holds it.)
    for k in 0..spans.len() {
        let (start, end, label) = spans[k];
        let next = tokens.get(end).copied().unwrap_or("");
        let marker = end > start
            && tokens.get(end - 1).is_some_and(|t| family_marker(t))
            && next.chars().count() >= 2
            && next.chars().all(super::norm::is_arabic_letter)
            && !spans.iter().any(|o| o.0 <= end && end < o.1);
        if label == Label::Per && marker {
            spans[k].1 = end + 1;
        }
    }
    for s in spans.iter_mut() {
        while s.2 == Label::Per && s.1 >= s.0 + 2 {
            let last = s.1 - 1;
            let (Some(&w), Some(&word)) = (f.get(last), tokens.get(last)) else {
                break;
            };
            let cut = CLOSED.contains(&w)
                || (f.get(s.0..last).is_some_and(listed_person)
                    && f.get(s.0..s.1).is_some_and(|r| !listed_person(r))
                    && !w.starts_with("ال")
                    && usage.common(word, w));
            if !cut {
                break;
            }
            s.1 = last;
        }
    }
}

/// Whether a token as written is «آل», the family marker of a Gulf surname
/// (آل الشيخ، آل سعود), with a proclitic or none (وآل، لآل). Written with the
/// madda only: a bare «ال» token is no word.
fn family_marker(token: &str) -> bool {
    matches!(token, "آل" | "وآل" | "لآل" | "بآل" | "فآل")
}

/// A PER span that runs across «و» onto a second name (مارايا كاري وويتني) is
/// two people: it is split before a word of its third or later position that
/// starts with و when news writes the rest far more often than the whole word
/// (ويتني, not وويتني) or the name lexicon lists the rest as a person and not
/// the whole word (ونوس, the playwright's name, stays whole).
///
/// Returns the tokens where a second conjunct now starts: their و is a
/// conjunction, outside the name.
pub fn split_person_conjuncts(
    spans: &mut Vec<(usize, usize, Label)>,
    tokens: &[&str],
    f: &[&str],
    usage: &Usage<'_>,
) -> Vec<usize> {
    let mut starts = Vec::new();
    if !spans.iter().any(|s| s.2 == Label::Per && s.1 >= s.0 + 3) {
        return starts;
    }
    let conjunct = |k: usize| -> bool {
        let (Some(&w), Some(&word)) = (f.get(k), tokens.get(k)) else {
            return false;
        };
        let Some(rest) = w.strip_prefix('و').filter(|r| r.chars().count() >= 3) else {
            return false;
        };
        if usage.usual_label(w) == Some(Label::Per) || rest.starts_with("ال") {
            return false;
        }
        let rest_word = word.get('و'.len_utf8()..).unwrap_or("");
        let whole = usage.lex.count(&lexfold_str(word));
        let bare = usage.lex.count(&lexfold_str(rest_word));
        usage.usual_label(rest) == Some(Label::Per) && whole < bare
            || (bare >= 20 && bare >= whole.saturating_mul(5))
    };
    let mut out = Vec::with_capacity(spans.len());
    for &(a, b, label) in spans.iter() {
        let mut start = a;
        if label == Label::Per {
            for k in a + 2..b {
                if k >= start + 2 && conjunct(k) {
                    out.push((start, k, label));
                    starts.push(k);
                    start = k;
                }
            }
        }
        out.push((start, b, label));
    }
    *spans = out;
    starts
}

/// A one-word PER span right after «في» that the gazetteer knows as a place is
/// the place (سمسار العقارات في هاميلتون: Hamilton, Ontario, not Lewis
/// Hamilton): people are seldom "in" anything.
pub fn places_after_fi(spans: &mut [(usize, usize, Label)], f: &[&str], gaz: &Gazetteer) {
    for s in spans.iter_mut() {
        if s.2 != Label::Per || s.1 != s.0 + 1 || s.0 == 0 {
            continue;
        }
        if f.get(s.0 - 1).is_none_or(|w| *w != "في") {
            continue;
        }
        let place = f
            .get(s.0..s.1)
            .and_then(|r| gaz.lookup_span(r))
            .is_some_and(|m| {
                m.clitic_chars == 0
                    && m.entries
                        .iter()
                        .filter_map(|&e| gaz.entry(e))
                        .any(|e| e.label == Label::Loc && !e.list_only)
            });
        if place {
            s.2 = Label::Loc;
        }
    }
}

/// One-word model place or organisation spans that only a verb can be: an imperfect of form V/VI
/// (يتنامى، وتتراجع: يت / تت + stem) or a perfect plural with a conjunction
/// (وشارفوا، فأعلنوا), when the name lexicon does not list the word as a name
/// and the gazetteer does not know it.
pub fn drop_verbs(
    spans: &mut Vec<(usize, usize, Label)>,
    f: &[&str],
    gaz: &Gazetteer,
    usage: &Usage<'_>,
) {
    let verb = |w: &str| -> bool {
        let n = w.chars().count();
        let imperfect = ["يت", "تت", "ويت", "وتت", "سيت", "ستت"]
            .iter()
            .any(|p| w.starts_with(p))
            && n >= 5;
        let perfect_plural = w.starts_with(['و', 'ف']) && w.ends_with("وا") && n >= 6;
        (imperfect || perfect_plural)
            && usage.usual_label(w).is_none()
            && gaz.lookup_span(&[w]).is_none()
    };
    // (Only places and organisations: a person's name may begin like a verb, يتسحاق.)
    spans.retain(|&(s, e, label)| {
        !(e == s + 1 && label != Label::Per && f.get(s).is_some_and(|w| verb(w)))
    });
}

/// Profession nouns (folded, with the article) after which news names the
/// person: المغنية الأمريكية أريثا فرانكلين، الممثل الكوميدي جيم كاري.
const PROFESSIONS: &[&str] = &[
    "المغني",
    "المغنيه",
    "المطرب",
    "المطربه",
    "الممثل",
    "الممثله",
    "الفنان",
    "الفنانه",
    "الشاعر",
    "الشاعره",
    "الكاتب",
    "الكاتبه",
    "الروائي",
    "الروائيه",
    "المخرج",
    "المخرجه",
    "الموسيقار",
    "الملحن",
    "الرسام",
    "الرسامه",
    "النجم",
    "النجمه",
    "اللاعب",
    "اللاعبه",
    "المدرب",
    "الصحفي",
    "الصحفيه",
    "الصحافي",
    "الصحافيه",
    "الناشط",
    "الناشطه",
    "المحامي",
    "المحاميه",
    "المصمم",
    "المصممه",
    "المذيع",
    "المذيعه",
    "العازف",
    "العازفه",
    "المؤلف",
    "المؤلفه",
    "الباحث",
    "الباحثه",
];

/// Whether a folded word is a profession noun of [`PROFESSIONS`], proclitics
/// allowed (للمغنية، وللممثل، والمخرج). A set lookup of the word and of its
/// tails after one or two proclitic letters turns most words away before
/// [`strips`] allocates.
pub(crate) fn profession(folded: &str) -> bool {
    type Set = HashSet<&'static str, khabar_text::lexicon::FoldBuild>;
    static SET: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| PROFESSIONS.iter().copied().collect());
    let mut tail = folded;
    for _ in 0..3 {
        if set.contains(tail) {
            return true;
        }
        // لل + base stands for ل + ال + base.
        if let Some(rest) = tail.strip_prefix("لل") {
            return strips(folded)
                .iter()
                .any(|s| set.contains(s.with_article.as_str()))
                || set.contains(format!("ال{rest}").as_str());
        }
        match tail.strip_prefix(['و', 'ف', 'ب', 'ك', 'ل']) {
            Some(rest) => tail = rest,
            None => return false,
        }
    }
    false
}

/// Words that may stand between the profession and the name (besides
/// nationality adjectives and a comma): المغنية **الشهيرة**، الممثل **الكوميدي**.
const DESCRIPTORS: &[&str] = &[
    "الشهير",
    "الشهيره",
    "الراحل",
    "الراحله",
    "الكوميدي",
    "الكوميديه",
    "الكبير",
    "الكبيره",
    "المعروف",
    "المعروفه",
    "الشاب",
    "الشابه",
    "السابق",
    "السابقه",
    "العالمي",
    "العالميه",
    "الدولي",
    "الدوليه",
    "المخضرم",
    "المخضرمه",
    "الصاعد",
    "الصاعده",
    "الاسطوري",
    "الاسطوريه",
    "الشعبي",
    "الشعبيه",
    "المسرحي",
];

/// Kinship nouns with a possessive pronoun, folded (his/her daughter, son,
/// wife, husband, brother, sister …): like a profession noun they announce the
/// name of a relative of someone just named, «سكريبال وابنته يوليا», «وزوجته
/// لارا» (s20b E1: the daughter's first name, never tagged after «وابنته»).
/// ابنه is also «ابنة» "daughter of" in construct (ابنة الرئيس): the noun after
/// it is then a common word or a name already tagged, and nothing changes.
const KIN_POSSESSIVES: &[&str] = &[
    "ابنته",
    "ابنتها",
    "ابنه",
    "ابنها",
    "زوجته",
    "زوجها",
    "شقيقته",
    "شقيقتها",
    "شقيقها",
    "نجله",
    "نجلها",
    "حفيدته",
    "حفيدها",
    "والدته",
    "والدتها",
];

/// Particles as written that often follow a kinship noun and fold onto a given
/// name or read as one (على → علي; إلى، لدى، حتى, بأن).
const KIN_NOT_NAMES: &[&str] = &[
    "على", "إلى", "الى", "حتى", "لدى", "متى", "بأن", "بان", "لأن", "أن", "إن", "في", "من", "عن",
    "مع",
];

/// Whether a folded word is a kinship noun of [`KIN_POSSESSIVES`], after at
/// most one proclitic (وابنته، لابنته، بزوجها).
fn kin_possessive(folded: &str) -> bool {
    KIN_POSSESSIVES.contains(&folded)
        || folded
            .strip_prefix(['و', 'ف', 'ب', 'ل'])
            .is_some_and(|rest| KIN_POSSESSIVES.contains(&rest))
}

/// Tokens after a profession noun that name a person no list and no tagger
/// knew (توفيت المغنية الأمريكية أريثا فرانكلين): up to three name words (see
/// [`Usage::name_word`]) after the noun and up to three descriptors. A PER span
/// that starts inside those words (أريثا [لويز فرانكلين]) is extended back to
/// the first; where any other entity lies there, nothing changes.
///
/// Returns the first tokens of the names found: they carry no proclitic (a
/// name word read as proclitics + a frequent word is refused), so a و there
/// is part of the name (للفنانة وردة).
pub fn profession_names(
    spans: &mut Vec<(usize, usize, Label)>,
    tokens: &[&str],
    f: &[&str],
    gaz: &Gazetteer,
    usage: &Usage<'_>,
) -> Vec<usize> {
    let mut starts = Vec::new();
    let n = f.len();
    let mut k = 0;
    while k < n {
        let is_profession = f.get(k).is_some_and(|w| profession(w));
        let kin = !is_profession && f.get(k).is_some_and(|w| kin_possessive(w));
        if !is_profession && !kin {
            k += 1;
            continue;
        }
        let mut j = k + 1;
        while j < n
            && j <= k + 3
            && f.get(j).is_some_and(|w| {
                matches!(*w, "،" | ",")
                    || DESCRIPTORS.contains(w)
                    || (w.starts_with("ال") && gaz.nationality(w).is_some())
            })
        {
            j += 1;
        }
        let start = j;
        let known_name = |w: &&str| usage.usual_label(&fold(w)) == Some(Label::Per);
        if kin {
            // After a kinship noun: a given name the lists know (يوليا: a frequent
            // word, so no name word by the counts) or the name lexicon knows, and
            // after it only words the name lexicon knows as names (وزوجته ميلانيا
            // ترامب), not the predicate (وابنته يوليا فاقدي الوعي).
            // (Not a title the lists begin a name with: وابنه ولي العهد; not a
            // particle that folds onto a name: «على» "on" is علي once ى is folded,
            // «وزوجته على موقع».)
            let given = |w: &&str| {
                let fw = fold(w);
                !KIN_NOT_NAMES.contains(w)
                    && gaz.trigger(&fw).is_none()
                    && (gaz.given_name(&fw) || known_name(w))
            };
            if tokens.get(j).is_some_and(given) {
                j += 1;
                while j < n && j < start + 3 && tokens.get(j).is_some_and(known_name) {
                    j += 1;
                }
            }
        } else {
            while j < n && j < start + 3 && tokens.get(j).is_some_and(|w| usage.name_word(w, gaz)) {
                j += 1;
            }
        }
        k = j.max(k + 1);
        // One word alone must be a name the name lexicon knows (النجمة تحيي الحفل:
        // a verb); two or three unknown words in a row are a name.
        if j == start || (!kin && j == start + 1 && !tokens.get(start).is_some_and(known_name)) {
            continue;
        }
        let covering: Vec<usize> = spans
            .iter()
            .enumerate()
            .filter(|(_, s)| s.0 < j && start < s.1)
            .map(|(i, _)| i)
            .collect();
        match covering.as_slice() {
            [] => {
                spans.push((start, j, Label::Per));
                starts.push(start);
            }
            &[i] if spans[i].2 == Label::Per && spans[i].0 > start => {
                spans[i].0 = start;
                starts.push(start);
            }
            _ => {}
        }
    }
    spans.sort_unstable();
    starts
}

/// Nouns of places and facilities named by the word after them in construct
/// state (مطار التيفور، قصر الإليزيه، جادة الشانزليزيه، ساحة المرجة), folded,
/// and the label of that name: ANERcorp tags the name, the noun outside (مطار
/// [دمشق]، قصر [بكينغهام]، ساحة [كهرمانة]; a university's or a hospital's name
/// ORG: جامعة [ليدز]، مستشفى [سانت توماس]). Not سجن or سد (also the verbal nouns
/// "jailing", "filling": سجن الناشط، سد العجز), not حي ("alive": بث حي).
const FACILITY_HEADS: &[(&str, Label)] = &[
    ("مطار", Label::Loc),
    ("قاعده", Label::Loc),
    ("قصر", Label::Loc),
    ("ساحه", Label::Loc),
    ("ميدان", Label::Loc),
    ("جاده", Label::Loc),
    ("شارع", Label::Loc),
    ("استاد", Label::Loc),
    ("ستاد", Label::Loc),
    ("ملعب", Label::Loc),
    ("جسر", Label::Loc),
    ("ميناء", Label::Loc),
    ("مرفا", Label::Loc),
    ("معبر", Label::Loc),
    ("مخيم", Label::Loc),
    ("جامعه", Label::Org),
    ("مستشفي", Label::Org),
    // (Session 13: places named by their kind, جزيرة قرقنة، بلدة الباغوز، دائرة
    // ونتورث الانتخابية, ولاية كنتاكي; the name-word tests below keep out the
    // common nouns after them: جزيرة صغيرة، دائرة الضوء، ولاية ثانية.)
    ("جزيره", Label::Loc),
    ("بلده", Label::Loc),
    ("قريه", Label::Loc),
    ("دائره", Label::Loc),
    ("ولايه", Label::Loc),
    ("مدينه", Label::Loc),
    // (Session 15, s15b E1: a subdistrict, and the dual construct of towns and
    // villages, بلدتي كفربطنا وعربين.)
    ("ناحيه", Label::Loc),
    ("بلدتي", Label::Loc),
    ("قريتي", Label::Loc),
];

/// The place nouns of [`FACILITY_HEADS`] whose folded ه may be the pronoun "his".
const PLACE_KIND_HEADS: &[&str] = &["جزيره", "بلده", "قريه", "دائره", "ولايه", "مدينه", "ناحيه"];

/// Whether a word's ending «نا» or «يا» is a suffix (the pronoun "our" or an
/// accusative: صناعتنا، عملنا، جانبيا), not the end of a name: news writes the
/// word without it (its ت as ة before a pronoun). A town whose name ends so
/// (كفربطنا, s15b E1: seven mentions in one story) has no such stem.
fn suffix_na_ya(t: &str, lex: &Lexicon) -> bool {
    let Some(stem) = t.strip_suffix("نا").or_else(|| t.strip_suffix("يا")) else {
        return false;
    };
    let count = |w: &str| lex.count(&lexfold_str(w));
    // (The stem as news writes it alone: صناعتـ → صناعة, عملائـ → عملاء.)
    count(stem) >= 20
        || stem
            .strip_suffix('ت')
            .is_some_and(|r| count(&format!("{r}ة")) >= 20)
        || stem
            .strip_suffix(['ئ', 'ؤ'])
            .is_some_and(|r| count(&format!("{r}ء")) >= 20)
}

/// The label of the name a facility noun (folded, proclitics allowed, in
/// construct state) announces.
pub(crate) fn facility_head(w: &str) -> Option<Label> {
    // (The noun ends the word whatever its proclitics: test that before
    // stripping them, which allocates.)
    if !FACILITY_HEADS.iter().any(|(h, _)| w.ends_with(h)) {
        return None;
    }
    strips(w).iter().find_map(|s| {
        if s.with_article.starts_with("ال") {
            return None;
        }
        FACILITY_HEADS
            .iter()
            .find(|(h, _)| *h == s.bare)
            .map(|&(_, l)| l)
    })
}

/// Fields of activity after ساحة/ميدان "arena" (ساحة السينما العالمية، ميدان
/// الفن), folded: no place.
const DOMAINS: &[&str] = &[
    "السينما",
    "الفن",
    "الغناء",
    "الرياضه",
    "الموسيقي",
    "الدراما",
    "الكره",
    "الادب",
    "الثقافه",
    "الاعلام",
];

/// Titles a facility's name in a person's name starts with (ميدان القديس بطرس،
/// مستشفى الشيخ زايد), folded: the title is not the name.
const TITLES: &[&str] = &[
    "القديس",
    "القديسه",
    "الامام",
    "الشيخ",
    "السلطان",
    "الرئيس",
    "الامير",
    "الاميره",
    "الملك",
    "الملكه",
    "الشهيد",
    "السيد",
    "السيده",
    "الحاج",
    "الدكتور",
    "البابا",
];

/// Corpus count (with the article) above which a definite word after a facility
/// noun is a common noun however seldom news writes it bare (العاصمة 3,676,
/// العديد 2,467; the names run to a few hundred: الإليزيه 238, التيفور 144).
const FACILITY_NAME_MAX: u32 = 600;

impl Usage<'_> {
    /// Whether a definite word (as written, without proclitics; `folded` its NER
    /// fold) after a facility noun is the facility's name rather than a common
    /// noun in construct (ساحة المعركة، قاعدة البيانات، قصر العدل، مطار
    /// العاصمة): the name lexicon lists it as a place, organisation or other name,
    /// or news writes it with the article far more often than without (a name:
    /// الإليزيه 238 : 0, التيفور 144 : 34; a noun: المعركة 319 : 649) and not often.
    /// A plural of people or things (المدافعين، الصناعات) needs the name lexicon.
    fn facility_name(&self, word: &str, folded: &str) -> bool {
        match self.usual_label(folded) {
            Some(Label::Per) => return false,
            Some(_) => return true,
            None => {}
        }
        let Some(bare) = folded.strip_prefix("ال") else {
            return false;
        };
        self.rare_definite(word, bare, folded)
    }

    /// Whether news writes a definite word (`bare` its folded form without the
    /// article) with the article far more often than without, and not often:
    /// a name (الإليزيه 238 : 0, التيفور 144 : 34, الكومنولث 67 : 5), not a noun
    /// (المعركة 319 : 649, الجهاد 86 : 69).
    fn rare_definite(&self, word: &str, bare: &str, folded: &str) -> bool {
        // (A relational adjective or abstract noun in ـية: الجمهورية، الرئاسية.)
        if bare.chars().count() < 3 || word.ends_with("ية") {
            return false;
        }
        let with = self.lex.count(&lexfold_str(word));
        let without = word
            .strip_prefix("ال")
            .map_or(0, |w| self.lex.count(&lexfold_str(w)));
        if ["ين", "ون", "ات"].iter().any(|x| folded.ends_with(x)) {
            // A plural only where news never writes it bare (الشعيرات).
            return without == 0 && with <= FACILITY_NAME_MAX / 3;
        }
        with <= FACILITY_NAME_MAX && without.saturating_mul(3) < with.max(3)
    }
}

impl Usage<'_> {
    /// Whether a word without the article that news writes a few hundred times
    /// is still a name: never with the article (حميميم 142 : 0; a noun or
    /// adjective takes it: تقسيم، جوي), and not shaped like an imperfect verb.
    fn bare_name(&self, word: &str) -> bool {
        let count = self.lex.count(&lexfold_str(word));
        count < 4 * COMMON_COUNT
            && word.chars().count() >= 4
            && !word.starts_with(['ي', 'ت', 'ن', 'أ', 'ا'])
            && self.lex.count(&lexfold_str(&format!("ال{word}"))) == 0
    }
}

/// The name after a facility noun (مطار التيفور العسكري، استقبلهم في قصر
/// الإليزيه، بجادة الشانزليزيه) that the tagger left untagged: one definite word
/// that is a name by [`Usage::facility_name`], or one to three words without the
/// article, none of them a common word (مطار دولي، قصر ملكي، جسر جوي are a noun
/// and its adjective). A title (الملك، الأمير: a person's name follows), a
/// nationality adjective or a trigger word is no name; the adjective after the
/// name (العسكري، الدولي) stays outside, as ANERcorp has it.
pub fn facility_names(
    spans: &mut Vec<(usize, usize, Label)>,
    tokens: &[&str],
    f: &[&str],
    gaz: &Gazetteer,
    usage: &Usage<'_>,
) {
    let n = f.len();
    let mut added = false;
    for k in 0..n.saturating_sub(1) {
        let Some(label) = f.get(k).and_then(|w| facility_head(w)) else {
            continue;
        };
        // A place noun written with its ة, not a noun with the pronoun ه (بلده
        // "his country", قريته).
        let place_kind = f
            .get(k)
            .is_some_and(|w| PLACE_KIND_HEADS.iter().any(|h| w.ends_with(h)));
        if place_kind && !tokens.get(k).is_some_and(|t| t.ends_with('ة')) {
            continue;
        }
        let start = k + 1;
        let free = |j: usize| !spans.iter().any(|s| s.0 <= j && j < s.1);
        let plain = |w: &str| {
            w.chars().count() >= 2
                && w.chars().all(super::norm::is_arabic_letter)
                && gaz.trigger(w).is_none()
                && gaz.nationality(w).is_none()
                && !CLOSED.contains(&w)
                && !super::NOT_MODIFIED.contains(&w)
        };
        let (Some(&w), Some(&word)) = (f.get(start), tokens.get(start)) else {
            continue;
        };
        // (Not another facility noun: ملعب ستاد القاهرة.)
        if !free(start) || !plain(w) || facility_head(w).is_some() {
            continue;
        }
        let end = if w.starts_with("ال") {
            if TITLES.contains(&w) || DOMAINS.contains(&w) || !usage.facility_name(word, w) {
                continue;
            }
            // A definite word after a place noun is a place only where the name
            // lexicon gives it so: دائرة الأوقاف، دائرة الفقر، مدينة الموضة are a
            // department, a circle, a metaphor.
            // (Nor after ولاية, "guardianship" in ولاية الفقيه, whose states are
            // named without the article: ولاية كنتاكي.)
            if place_kind
                && (usage.usual_label(w) != Some(Label::Loc)
                    || f.get(k).is_some_and(|h| h.ends_with("ولايه")))
            {
                continue;
            }
            start + 1
        } else {
            // (Not جادة "serious", an adjective, before a word without the article.)
            if f.get(k).is_some_and(|h| h.ends_with("جاده")) {
                continue;
            }
            let mut j = start;
            while j < n.min(start + 3)
                && free(j)
                && f.get(j).is_some_and(|x| plain(x) && !x.starts_with("ال"))
                && tokens.get(j).is_some_and(|t| {
                    // No proclitic before a common word or the article (مستشفى
                    // لآخر، قاعدة للعمليات), no pronoun suffix (بشأنه، وبعدها), no
                    // accusative adjective (ميناء سياحيا).
                    let proclitic = strips(&fold(t)).iter().any(|s| {
                        s.prefix_len > 0
                            && (s.with_article.starts_with("ال")
                                || usage.common(s.with_article.as_str(), &s.with_article))
                    });
                    // (Nor a pronoun on a noun, عملها، صناعتنا; a verb or plural in
                    // ـون; an accusative adjective, قديما.)
                    let accusative = t
                        .strip_suffix('ا')
                        .is_some_and(|r| usage.lex.count(&lexfold_str(r)) >= 20);
                    // (Nor an imperfect verb: ميدان يفتخر به.)
                    !proclitic
                        && !accusative
                        && !t.starts_with('ي')
                        && !t.ends_with('ه')
                        && !["ها", "هم", "كم", "ون"].iter().any(|x| t.ends_with(x))
                        && !suffix_na_ya(t, usage.lex)
                })
                && tokens.get(j).is_some_and(|t| {
                    // (An adjective in ـي or ـة needs the name lexicon: شارع
                    // جانبي، قاعدة عسكرية.)
                    !t.chars().any(|c| matches!(c, '\u{064B}'..='\u{064D}'))
                        && match usage.usual_label(&fold(t)) {
                            // (After a place noun, a relational adjective the name
                            // lexicon knows from names: مدينة عربية.)
                            Some(l) if place_kind => l == Label::Loc && !t.ends_with("ية"),
                            Some(l) => l != Label::Per,
                            // (A town's name often ends in ة: جزيرة قرقنة، مدينة
                            // جرادة; an adjective after a place noun is a word news
                            // writes often, or with the article: جزيرة بركانية.)
                            None if place_kind => {
                                !usage.common(t, &fold(t))
                                    && !usage.verb_or_noun_shape(t)
                                    // (A town's name may end in ا, كفربطنا،
                                    // حرستا: the accusative test above keeps
                                    // out the adjectives.)
                                    && !["ت", "وا", "ون", "ين"].iter().any(|x| t.ends_with(x))
                            }
                            None => {
                                !t.ends_with(['ي', 'ة', 'ى'])
                                    && (!usage.common(t, &fold(t)) || usage.bare_name(t))
                            }
                        }
                })
            {
                j += 1;
            }
            j
        };
        if end > start {
            spans.push((start, end, label));
            added = true;
        }
    }
    if added {
        spans.sort_unstable();
    }
}

/// Work nouns whose quoted title is one MISC entity, and media nouns whose
/// quoted name is one ORG entity (folded, without clitics or article). ANERcorp
/// tags مسلسل «اللقيطة»، رواية "أولاد حارتنا"، برنامج «حوار من القلب» MISC and
/// صحيفة "الشرق الأوسط"، مجلة "تايم" ORG, the quote marks and the noun outside.
const WORK_NOUNS: &[&str] = &[
    "فيلم",
    "افلام",
    "مسلسل",
    "روايه",
    "كتاب",
    "مسرحيه",
    "البوم",
    "اغنيه",
    "برنامج",
    "قصيده",
];
const MEDIA_NOUNS: &[&str] = &[
    "صحيفه",
    "مجله",
    "دوريه",
    "قناه",
    "جريده",
    "وكاله",
    "شبكه",
    "اذاعه",
];
/// Nouns that name an organisation in construct state with a quoted name
/// (منظمة "هيومن رايتس ووتش"، شركة "سوني بيكتشرز"، حزب "رابطة الشمال"، موقع
/// "جيك بنش"). Unlike a media noun, their quotes also hold a common word in
/// scare quotes (منظمة "إرهابية"، حركة "داب"), so a one-word name must not be one.
const ORG_NOUNS: &[&str] = &[
    "منظمه",
    "حركه",
    "جمعيه",
    "شركه",
    "مؤسسه",
    "حزب",
    "جماعه",
    "مجموعه",
    "موقع",
    "مركز",
    "معهد",
    "ائتلاف",
    "تحالف",
];

/// Whether a folded word is a media noun in construct state (قناة، صحيفة …).
pub(crate) fn media_noun(w: &str) -> bool {
    strips(w)
        .iter()
        .any(|s| !s.with_article.starts_with("ال") && MEDIA_NOUNS.contains(&s.bare))
}

/// Nouns of parties, movements and electoral lists (folded) that name one
/// in construct state: حزب "الرابطة"، حركة "النهضة"، ائتلاف "النصر"، تيار
/// "المستقبل"، كتلة "الأحرار"، قائمة "الوطنية".
const PARTY_NOUNS: &[&str] = &["حزب", "حركه", "تيار", "ائتلاف", "تحالف", "كتله", "قائمه"];

/// Whether a folded word is a party's noun in construct state (حزب، وحركة),
/// not with the article (الحزب "the party" refers back, it names nothing).
pub(crate) fn party_noun(w: &str) -> bool {
    strips(w)
        .iter()
        .any(|s| !s.with_article.starts_with("ال") && PARTY_NOUNS.contains(&s.bare))
}

/// A definite word of Arabic letters (folded) that may be a party's name
/// (الرابطة، النصر, three letters or more after the article), not a relational
/// adjective (الوطني، الإسلامي), which in quotes describes the party.
fn definite_name_word(w: &str) -> bool {
    w.strip_prefix("ال").is_some_and(|rest| {
        rest.chars().count() >= 3
            && rest.chars().all(super::norm::is_arabic_letter)
            && !rest.ends_with('ي')
    })
}

pub(crate) fn is_open_quote(w: &str) -> bool {
    matches!(w, "\"" | "«" | "“" | "'" | "''")
}

pub(crate) fn is_close_quote(w: &str) -> bool {
    matches!(w, "\"" | "»" | "”" | "'" | "''")
}

/// A quoted title right after a work or media noun (فيلم "صهيل الجهات"، مجلة
/// "رولينغ ستون") becomes one entity of one to six words, replacing the tagger's
/// spans inside the quotes (which often read a title's words as a person).
pub fn quoted_titles(
    spans: &mut Vec<(usize, usize, Label)>,
    tokens: &[&str],
    f: &[&str],
    usage: &Usage<'_>,
) {
    // The noun names its title in construct state (فيلم "…"، لصحيفة "…"); with the
    // article the quotes usually mark an adjective (الكتاب "الأسطوري"). The flag:
    // an organisation noun whose quotes may hold a common word.
    let noun_kind = |w: &str| -> Option<(Label, bool)> {
        strips(w).iter().find_map(|s| {
            if s.with_article.starts_with("ال") {
                return None;
            }
            let base = s.bare;
            if WORK_NOUNS.contains(&base) {
                Some((Label::Misc, false))
            } else if MEDIA_NOUNS.contains(&base) {
                Some((Label::Org, false))
            } else if ORG_NOUNS.contains(&base) {
                Some((Label::Org, true))
            } else {
                None
            }
        })
    };
    let n = f.len();
    for k in 0..n.saturating_sub(2) {
        if !f.get(k + 1).is_some_and(|w| is_open_quote(w)) {
            continue;
        }
        let Some((label, scare_quotes)) = f.get(k).and_then(|w| noun_kind(w)) else {
            continue;
        };
        let a = k + 2;
        let Some(b) = (a..n.min(a + 7)).find(|&j| f.get(j).is_some_and(|w| is_close_quote(w)))
        else {
            continue;
        };
        if b == a
            || b > a + 6
            || !f
                .get(a..b)
                .is_some_and(|ws| ws.iter().all(|w| w.chars().all(char::is_alphanumeric)))
        {
            continue;
        }
        // Only spans wholly inside the quotes give way; a span that crosses them
        // is left alone, and so is a title the tagger already read as one entity.
        if spans
            .iter()
            .any(|s| s.0 < b && a < s.1 && (s.0 < a || s.1 > b))
        {
            continue;
        }
        // (A word the name lexicon lists as an organisation or a place is a
        // name in its quotes: منظمة "أوكسفام". So is a definite noun after a
        // party's or a list's noun, حزب "الرابطة"، ائتلاف "النصر": scare quotes
        // there hold an indefinite adjective, حركة "إرهابية".)
        if scare_quotes
            && b == a + 1
            && !(f.get(k).is_some_and(|w| party_noun(w))
                && f.get(a).is_some_and(|w| definite_name_word(w)))
            && tokens
                .get(a)
                .zip(f.get(a))
                .is_none_or(|(w, fw)| usage.common(w, fw) && usage.usual_label(fw).is_none())
        {
            continue;
        }
        // The noun is outside the name (as for صحيفة "…"); a span of the noun
        // alone (منظمة، or منظمة with the opening quote) gives way, also when
        // the tagger has read the title already.
        let noun = |s: &(usize, usize, Label)| s.0 == k && (s.1 == k + 1 || s.1 == k + 2);
        if spans.iter().any(|s| (s.0, s.1, s.2) == (a, b, label)) {
            spans.retain(|s| !noun(s));
            continue;
        }
        let inside = |s: &(usize, usize, Label)| a <= s.0 && s.1 <= b;
        spans.retain(|s| !(inside(s) || noun(s)));
        spans.push((a, b, label));
    }
    spans.sort_unstable();
}

/// The listed person two words of two adjacent person spans name (session 18,
/// s18a/s18b E8): `first` and `last`, folded, the first without its proclitics.
fn listed_person<'g>(first: &str, last: &str, gaz: &'g Gazetteer) -> Option<&'g Entry> {
    gaz.lookup_span(&[first, last])
        .filter(|m| m.clitic_chars == 0)
        .and_then(|m| {
            m.entries
                .iter()
                .filter_map(|&e| gaz.entry(e))
                .find(|e| e.label == Label::Per && !e.list_only)
        })
}

/// Two adjacent person spans that one listed person's first and last words
/// frame (session 18, s18a/s18b E8):
///
/// * a first name before a conjunct that ends with the shared family name
///   («باراك وميشال أوباما»: Barack and Michelle Obama): the one-word span
///   without a canonical name takes the person its word and the family name
///   make, when a list names that person (باراك أوباما); the conjunct keeps its
///   own;
/// * a full name with the father's name the tagger cut in two («سعد الدين» +
///   «رفيق الحريري»: Saad al-Din Rafic al-Hariri): when the first span has no
///   canonical name and its first word and the second span's last word are a
///   listed person (سعد الحريري) other than the second span's, the two spans
///   are one person with that canonical name.
fn full_names_across_spans(folded: &[Vec<String>], found: &mut [Vec<Found>], gaz: &Gazetteer) {
    for (f, xs) in folded.iter().zip(found.iter_mut()) {
        if xs.len() < 2 {
            continue;
        }
        xs.sort_by_key(|x| x.start);
        let mut merged = false;
        for i in 0..xs.len() - 1 {
            let (Some(x), Some(y)) = (xs.get(i), xs.get(i + 1)) else {
                continue;
            };
            if x.label != Label::Per
                || y.label != Label::Per
                || x.canonical.is_some()
                || y.start != x.end
                || y.end < y.start + 2
            {
                continue;
            }
            let (Some(head), Some(last), Some(next)) =
                (f.get(x.start), f.get(y.end - 1), f.get(y.start))
            else {
                continue;
            };
            let first: String = head.chars().skip(x.clitic_chars.unwrap_or(0)).collect();
            let Some(entry) = listed_person(&first, last, gaz) else {
                continue;
            };
            // (A span after «و» whose و the segmenter has not ruled on is a
            // conjunct too.)
            let conjunct = next.starts_with('و') && y.clitic_chars != Some(0);
            if conjunct {
                if x.end == x.start + 1 {
                    if let Some(x) = xs.get_mut(i) {
                        x.link(Some(entry));
                    }
                }
            } else if y.id.as_deref() != Some(entry.id.as_str())
                && y.clitic_chars.unwrap_or(0) == 0
                && x.end - x.start + y.end - y.start >= 3
            {
                let end = y.end;
                if let Some(x) = xs.get_mut(i) {
                    x.end = end;
                    x.link(Some(entry));
                }
                if let Some(y) = xs.get_mut(i + 1) {
                    // (Emptied here, removed below.)
                    y.end = y.start;
                }
                merged = true;
            }
        }
        if merged {
            xs.retain(|x| x.end > x.start);
        }
    }
}

/// Does `w` end with one of `endings` (the empty ending included)? One set look-up per
/// character boundary of `w`, whatever the number of endings.
fn has_ending_in(w: &str, endings: &HashSet<&str>) -> bool {
    w.char_indices()
        .map(|(i, _)| i)
        .chain([w.len()])
        .any(|i| w.get(i..).is_some_and(|tail| endings.contains(tail)))
}

/// Later mentions of a person the document names in full: an untagged word
/// (proclitics allowed: وفرانكلين، لفرانكلين) that is the last word of a PER
/// span of two or more words elsewhere in the document becomes PER, with the
/// words of that full name before it when they are there too. The word must
/// not be common (see [`Usage::common`]), nor written with its proclitics as a
/// common word (لصالح), nor a word of another type's entity in the document.
pub fn propagate_names(
    sentences: &[Vec<&str>],
    folded: &[Vec<String>],
    found: &mut [Vec<Found>],
    gaz: &Gazetteer,
    usage: &Usage<'_>,
) {
    full_names_across_spans(folded, found, gaz);
    family_names(sentences, folded, found);
    // Last word → the full names (folded words) ending with it.
    let mut names: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    let mut other: HashSet<String> = HashSet::new();
    // Surnames that are also common words (نادر "rare", جميل, منير), and the
    // words the tagger read alone as a person somewhere in the document.
    let mut common_names: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    let mut alone: HashSet<String> = HashSet::new();
    let mut alone_words: HashSet<String> = HashSet::new();
    for (tokens, xs) in sentences.iter().zip(found.iter()) {
        for x in xs {
            let Some(words) = tokens.get(x.start..x.end) else {
                continue;
            };
            let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
            if x.label != Label::Per {
                for w in &folded {
                    for s in strips(w) {
                        other.insert(s.with_article);
                    }
                }
                continue;
            }
            if let ([w], Some(n)) = (folded.as_slice(), x.clitic_chars) {
                alone.insert(w.chars().skip(n).collect());
            }
            if let ([w], [t], Some(n)) = (folded.as_slice(), words, x.clitic_chars) {
                let key: String = w.chars().skip(n).collect();
                let word: String = t.chars().skip(n).collect();
                if key.chars().count() >= 3
                    && !key.starts_with("ال")
                    && !COMPOUND_TAILS.contains(&key.as_str())
                    && usage.name_word(&word, gaz)
                {
                    alone_words.insert(key);
                }
            }
            let (Some(last), Some(word)) = (folded.last(), words.last()) else {
                continue;
            };
            if folded.len() < 2
                || last.chars().count() < 3
                || COMPOUND_TAILS.contains(&last.as_str())
                || (last.starts_with("ال") && !usage.family_name(last))
            {
                continue;
            }
            let mut full = folded.clone();
            if let (Some(first), Some(n)) = (full.first_mut(), x.clitic_chars) {
                *first = first.chars().skip(n).collect();
            }
            if usage.common(word, last) {
                common_names.entry(last.clone()).or_default().push(full);
            } else {
                names.entry(last.clone()).or_default().push(full);
            }
        }
    }
    // A common-word surname is carried over only when the tagger also read it
    // alone as the person (a profile of George Nader: «جورج نادر», then «نادر»
    // now and then), and not after a word that makes it an adjective (أمر نادر،
    // بشكل نادر).
    let mut needs_context: HashSet<String> = HashSet::new();
    for (k, v) in common_names {
        if alone.contains(&k) && !names.contains_key(&k) {
            needs_context.insert(k.clone());
            names.insert(k, v);
        }
    }
    names.retain(|k, _| !other.contains(k));
    // (Session 18, s18b E1: a name the tagger read alone as a person is that
    // person at its other mentions too — «بيل» tagged three times, left out
    // twice — when it is no common word and no article-led word. Read after the
    // full names, which take their first words first: «حمزة لبيض».)
    alone_words.retain(|k| !names.contains_key(k) && !other.contains(k));
    if names.is_empty() && alone_words.is_empty() {
        return;
    }
    // The names' last words without the article, for the quick test below: a word
    // can be a mention only if one of its own endings is one of them (a look-up per
    // ending instead of a comparison per name, which a long document with thousands
    // of names made quadratic).
    let endings: HashSet<&str> = names.keys().map(|k| k.trim_start_matches("ال")).collect();
    for ((tokens, f), xs) in sentences.iter().zip(folded).zip(found.iter_mut()) {
        let mut covered = vec![false; tokens.len()];
        for x in xs.iter() {
            for c in covered.iter_mut().take(x.end).skip(x.start) {
                *c = true;
            }
        }
        let mut added = Vec::new();
        for k in 0..f.len() {
            let Some(w) = f.get(k) else { continue };
            // (A word that ends with none of the names is no mention of one.)
            if !has_ending_in(w, &endings) {
                continue;
            }
            if covered.get(k).copied().unwrap_or(true) {
                continue;
            }
            let Some((clitics, fulls, key)) = strips(w).into_iter().find_map(|s| {
                names
                    .get(&s.with_article)
                    .map(|v| (s.prefix_len_chars(w), v, s.with_article.clone()))
            }) else {
                continue;
            };
            if clitics > 0 && tokens.get(k).is_some_and(|t| usage.common(t, w)) {
                continue;
            }
            if needs_context.contains(&key)
                && (k.checked_sub(1).and_then(|j| f.get(j)).is_some_and(|p| {
                    matches!(
                        p.as_str(),
                        "بشكل" | "بصوره" | "امر" | "شيء" | "حدث" | "من" | "غير" | "جد"
                    )
                }) || f.get(k + 1).is_some_and(|n| n == "جدا" || n == "الحدوث"))
            {
                continue;
            }
            // The longest full name that ends here, its words untagged before it
            // (its first word may carry proclitics of its own).
            let mut best = (k, clitics);
            for full in fulls {
                let m = full.len();
                let Some(start) = (k + 1).checked_sub(m) else {
                    continue;
                };
                if start >= best.0 || (start..k).any(|j| covered.get(j).copied().unwrap_or(true)) {
                    continue;
                }
                let inner = (start + 1..k).all(|j| f.get(j) == full.get(j - start));
                let head = f.get(start).and_then(|h| {
                    strips(h)
                        .into_iter()
                        .find(|s| Some(&s.with_article) == full.first())
                        .map(|s| s.prefix_len_chars(h))
                });
                if let (true, Some(c)) = (inner, head) {
                    best = (start, c);
                }
            }
            for c in covered.iter_mut().take(k + 1).skip(best.0) {
                *c = true;
            }
            added.push((best.0, k + 1, best.1));
        }
        for k in 0..f.len() {
            if covered.get(k).copied().unwrap_or(true) || alone_words.is_empty() {
                continue;
            }
            let (Some(w), Some(t)) = (f.get(k), tokens.get(k)) else {
                continue;
            };
            if !alone_words.iter().any(|a| w.ends_with(a.as_str())) {
                continue;
            }
            let Some(clitics) = strips(w)
                .into_iter()
                .find(|s| alone_words.contains(&s.with_article))
                .map(|s| s.prefix_len_chars(w))
            else {
                continue;
            };
            // (A proclitic reading of a common word, with all its proclitics or
            // some: ولدينا is و + «لدينا», not و + ل + «دينا».)
            let common_reading = (0..clitics).any(|n| {
                let rest: String = t.chars().skip(n).collect();
                usage.common(&rest, &fold(&rest))
            });
            // (Nor the second word of a product named with «آي/إي»: آي فون.)
            let product = k
                .checked_sub(1)
                .and_then(|j| f.get(j))
                .is_some_and(|p| p == "اي");
            // (Nor a given name before a family name the tagger left out: «باسل
            // خياط», «وئام الدحماني» — the name alone would cut it.)
            let surname_next = !covered.get(k + 1).copied().unwrap_or(true)
                && f.get(k + 1).is_some_and(|n| {
                    usage.usual_label(n) == Some(Label::Per)
                        || (n.starts_with("ال") && n.ends_with('ي') && n.chars().count() >= 5)
                });
            if common_reading || product || surname_next {
                continue;
            }
            if let Some(c) = covered.get_mut(k) {
                *c = true;
            }
            added.push((k, k + 1, clitics));
        }
        for (s, e, clitics) in added {
            let span: Vec<&str> = f
                .get(s..e)
                .unwrap_or(&[])
                .iter()
                .map(String::as_str)
                .collect();
            let (entry, _) = super::canonical_entry(&span, Label::Per, gaz);
            xs.push(Found {
                start: s,
                end: e,
                label: Label::Per,
                clitic_chars: Some(clitics),
                canonical: entry.map(|x| x.canonical.clone()),
                id: entry.map(|x| x.id.clone()),
                nationality: None,
            });
        }
        xs.sort_by_key(|x| x.start);
    }
}

/// A Gulf family name «آل + NOUN» of a person the document names in full (تركي
/// آل الشيخ، عبد الله آل ثاني) names that person again when it stands alone
/// (وقال آل الشيخ إن …): the noun after «آل» is mostly a common word or a title
/// (الشيخ "the sheikh"), which the tagger and [`propagate_names`] leave out,
/// but «آل» before it makes it the family name (s21a E5). The mention is the
/// two words «آل X»; it takes the person's canonical name when every person of
/// the document with that family name is the same one.
/// Ruling houses (folded), whose «آل X» alone is mostly the dynasty (حكم آل
/// سعود، أسرة آل ثاني), not the one member the document names in full.
const RULING_HOUSES: &[&str] = &[
    "سعود",
    "ثاني",
    "نهيان",
    "خليفه",
    "مكتوم",
    "الصباح",
    "القاسمي",
    "النعيمي",
    "المعلا",
    "الشرقي",
    "بوسعيد",
    "عمران",
];

/// The noun of a family name «آل X» as the document's mentions are matched:
/// without the article, which news drops now and then (تركي آل الشيخ, then «آل
/// شيخ»: s23c E6).
fn family_key(noun: &str) -> &str {
    noun.strip_prefix("ال")
        .filter(|rest| rest.chars().count() >= 3)
        .unwrap_or(noun)
}

fn family_names(sentences: &[Vec<&str>], folded: &[Vec<String>], found: &mut [Vec<Found>]) {
    // Family noun (folded) → the canonical name and id of its people, None when
    // two people of the document share it or one has none.
    let mut families: HashMap<String, Option<(String, String)>> = HashMap::new();
    // Family nouns a full name of the document has («تركي آل الشيخ»).
    let mut in_full: HashSet<String> = HashSet::new();
    for ((tokens, f), xs) in sentences.iter().zip(folded).zip(found.iter()) {
        for x in xs
            .iter()
            .filter(|x| x.label == Label::Per && x.end >= x.start + 2)
        {
            let (Some(marker), Some(noun)) = (tokens.get(x.end - 2), f.get(x.end - 1)) else {
                continue;
            };
            if !family_marker(marker) || RULING_HOUSES.contains(&noun.as_str()) {
                continue;
            }
            let who = x.canonical.clone().zip(x.id.clone());
            // (A span that is «آل X» alone says nothing of who it is, nor
            // does it keep a full name after it from naming the family.)
            let alone = x.end == x.start + 2;
            let key = family_key(noun);
            let first_full = !alone && !in_full.contains(key);
            families
                .entry(key.to_string())
                .and_modify(|v| {
                    if first_full {
                        v.clone_from(&who);
                    } else if !alone && *v != who {
                        *v = None;
                    }
                })
                .or_insert(if alone { None } else { who });
            if !alone {
                in_full.insert(key.to_string());
            }
        }
    }
    if families.is_empty() {
        return;
    }
    for ((tokens, f), xs) in sentences.iter().zip(folded).zip(found.iter_mut()) {
        let mut added = Vec::new();
        for k in 1..f.len() {
            let (Some(marker), Some(noun)) = (tokens.get(k - 1), f.get(k)) else {
                continue;
            };
            if !family_marker(marker) {
                continue;
            }
            let Some(who) = families.get(family_key(noun)) else {
                continue;
            };
            // (The tagger's own «آل X» with no canonical name takes the
            // person's: s23c E6, «آل شيخ» after «تركي آل الشيخ».)
            if let Some(x) = xs.iter_mut().find(|x| {
                x.label == Label::Per && x.start == k - 1 && x.end == k + 1 && x.id.is_none()
            }) {
                if let Some(w) = who {
                    x.canonical = Some(w.0.clone());
                    x.id = Some(w.1.clone());
                }
                continue;
            }
            if xs.iter().any(|x| x.start <= k && k - 1 < x.end) {
                continue;
            }
            let clitics = marker.chars().count() - "آل".chars().count();
            added.push(Found {
                start: k - 1,
                end: k + 1,
                label: Label::Per,
                clitic_chars: Some(clitics),
                canonical: who.as_ref().map(|w| w.0.clone()),
                id: who.as_ref().map(|w| w.1.clone()),
                nationality: None,
            });
        }
        if !added.is_empty() {
            xs.extend(added);
            xs.sort_by_key(|x| x.start);
        }
    }
}

impl Usage<'_> {
    /// Whether an untagged word (as written, without proclitics; `folded` its NER
    /// fold) may be the name of a place no list knows: Arabic letters, no
    /// trigger, nationality or function word, no pronoun suffix (وريفها،
    /// وحلفائه), and either a place or other non-person name in the name lexicon
    /// or no common word (see [`Usage::common`]).
    fn place_word(&self, word: &str, folded: &str, gaz: &Gazetteer) -> bool {
        if folded.chars().count() < 4
            || !folded.chars().all(super::norm::is_arabic_letter)
            || gaz.trigger(folded).is_some()
            || gaz.nationality(folded).is_some()
            || CLOSED.contains(&folded)
            || super::NOT_MODIFIED.contains(&folded)
            || word.ends_with('ه')
            || ["ها", "هم", "هما", "كم"].iter().any(|x| word.ends_with(x))
            || (word.ends_with("نا") && suffix_na_ya(word, self.lex))
        {
            return false;
        }
        match self.usual_label(folded) {
            Some(Label::Loc) => true,
            Some(_) => false,
            None => !self.common(word, folded) && !self.verb_or_noun_shape(word),
        }
    }

    /// Whether an unlisted word has the shape of a verb or a derived noun rather
    /// than a name: an imperfect whose other person news also writes (تتميز ~
    /// يتميز، تنشأ ~ ينشأ, يصوم ~ تصوم), a participle or verbal noun in م…ة
    /// (موزعة، منسقة، مؤازرة), or a noun with «my» or a dual's construct ending
    /// (مشاركتي، منطقتي).
    fn verb_or_noun_shape(&self, word: &str) -> bool {
        if word.ends_with("تي") || (word.starts_with('م') && word.ends_with('ة')) {
            return true;
        }
        let Some(alt) = other_person(word) else {
            return false;
        };
        self.lex.count(&lexfold_str(&alt)) >= 3
    }
}

/// The one-word listed places of a sentence (a city's or a country's id).
fn listed_place(x: &Found, gaz: &Gazetteer) -> bool {
    x.label == Label::Loc
        && x.end == x.start + 1
        && x.id
            .as_deref()
            .is_some_and(|id| id.starts_with("geonames:") || gaz.is_country_id(id))
}

/// A state named like its city (session 18, s18a: «ولاية واشنطن» → Washington,
/// D.C.): a place span right after «ولاية» (proclitics allowed: بولاية) takes
/// the place a list gives «ولاية» + its words (ولاية واشنطن → the state of
/// Washington, ولاية نيويورك → New York State), when that is another place
/// than the span's own; the span stays the name, the noun outside, as the
/// tagger reads it (ولاية [كاليفورنيا]).
fn states_named_like_cities(folded: &[Vec<String>], found: &mut [Vec<Found>], gaz: &Gazetteer) {
    for (f, xs) in folded.iter().zip(found.iter_mut()) {
        for x in xs.iter_mut() {
            if x.label != Label::Loc || x.clitic_chars.unwrap_or(0) != 0 {
                continue;
            }
            let state_noun = x
                .start
                .checked_sub(1)
                .and_then(|k| f.get(k))
                .is_some_and(|w| {
                    w.ends_with("ولايه") && strips(w).iter().any(|s| s.with_article == "ولايه")
                });
            if !state_noun {
                continue;
            }
            let mut key: Vec<&str> = vec!["ولايه"];
            key.extend(
                f.get(x.start..x.end)
                    .unwrap_or(&[])
                    .iter()
                    .map(String::as_str),
            );
            let state = gaz
                .lookup_span(&key)
                .filter(|m| m.clitic_chars == 0)
                .and_then(|m| {
                    m.entries
                        .iter()
                        .filter_map(|&e| gaz.entry(e))
                        .find(|e| e.label == Label::Loc && !e.list_only)
                });
            if let Some(e) = state.filter(|e| x.id.as_deref() != Some(e.id.as_str())) {
                x.link(Some(e));
            }
        }
    }
}

/// Listed towns a document names again (session 18, s18b E2: «عفرين» tagged
/// after «مدينة» or «في», left out in «بعد سقوط عفرين», «الغوطة الشرقية
/// وعفرين», «الاحتلال التركي لعفرين»). A town of the city table is no
/// standalone name (its word may be a common one elsewhere: كان، الصور), so the
/// merge adds it only after a locative word; but once the document names it as
/// a place, its other mentions, bare or with proclitics, are that place: an
/// untagged word that is, without its proclitics, the word of a one-word city
/// the document tagged (same id) becomes LOC with that city's canonical name.
/// Not a word that may be a common one (see [`Usage::place_word`]: كان، الصور
/// never pass), nor a common word read with proclitics (وصلت), nor a word of
/// another type's entity in the document (a club or a person of that name).
fn listed_cities_in_document(
    sentences: &[Vec<&str>],
    folded: &[Vec<String>],
    found: &mut [Vec<Found>],
    gaz: &Gazetteer,
    usage: &Usage<'_>,
) {
    // Word (folded, without proclitics) → the city's canonical name and id; a
    // word two cities of the document share names neither.
    let mut cities: HashMap<String, Option<(Option<String>, String)>> = HashMap::new();
    for ((tokens, f), xs) in sentences.iter().zip(folded).zip(found.iter()) {
        for x in xs {
            let Some(id) = x.id.as_deref().filter(|id| id.starts_with("geonames:")) else {
                continue;
            };
            if x.label != Label::Loc || x.end != x.start + 1 {
                continue;
            }
            let (Some(t), Some(w)) = (tokens.get(x.start), f.get(x.start)) else {
                continue;
            };
            let n = x.clitic_chars.unwrap_or(0);
            let word: String = t.chars().skip(n).collect();
            let key: String = w.chars().skip(n).collect();
            // (The word alone is a spelling of that city, not a standalone name.)
            let spelling = gaz
                .lookup_span(&[key.as_str()])
                .filter(|m| m.clitic_chars == 0)
                .is_some_and(|m| {
                    m.entries
                        .iter()
                        .filter_map(|&e| gaz.entry(e))
                        .any(|e| e.id == id && !e.standalone)
                });
            if key.chars().count() < 4 || !spelling || !usage.place_word(&word, &key, gaz) {
                continue;
            }
            // (Not a definite word: العمارة "architecture", الرمادي "grey" are
            // towns and common words alike.)
            if key.starts_with("ال") {
                continue;
            }
            let value = (x.canonical.clone(), id.to_string());
            cities
                .entry(key)
                .and_modify(|v| {
                    if v.as_ref().is_some_and(|(_, i)| *i != value.1) {
                        *v = None;
                    }
                })
                .or_insert(Some(value));
        }
    }
    let mut cities: HashMap<String, (Option<String>, String)> = cities
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect();
    if cities.is_empty() {
        return;
    }
    for (f, xs) in folded.iter().zip(found.iter()) {
        // (An institution named after the town — مجلس منبج العسكري، جامعة حلب —
        // is no other reading of the town's word, as a club or a person is: s20d
        // E1's council row made «منبج» lose its other mentions.)
        let institution = |x: &Found| {
            x.label == Label::Org
                && x.end > x.start + 1
                && f.get(x.start).is_some_and(|w| {
                    gaz.trigger(w) == Some(Trigger::Org)
                        && !matches!(w.as_str(), "نادي" | "فريق" | "منتخب")
                })
        };
        for x in xs
            .iter()
            .filter(|x| x.label != Label::Loc && !institution(x))
        {
            for w in f.get(x.start..x.end).unwrap_or(&[]) {
                for s in strips(w) {
                    cities.remove(&s.with_article);
                }
            }
        }
    }
    if cities.is_empty() {
        return;
    }
    for ((tokens, f), xs) in sentences.iter().zip(folded).zip(found.iter_mut()) {
        let mut added = Vec::new();
        for (k, w) in f.iter().enumerate() {
            if !cities.keys().any(|c| w.ends_with(c.as_str()))
                || tokens.get(k).is_some_and(|t| t.starts_with('#'))
                || xs.iter().any(|x| x.start <= k && k < x.end)
            {
                continue;
            }
            let Some((s, (canonical, id))) = strips(w)
                .into_iter()
                .find_map(|s| cities.get(&s.with_article).map(|v| (s, v)))
            else {
                continue;
            };
            let clitics = s.prefix_len_chars(w);
            // (A proclitic reading of a frequent word: وصلت is no و + «صلت»; a
            // word the name lexicon reads as a place, لصعدة, is none.)
            if clitics > 0
                && usage.usual_label(w) != Some(Label::Loc)
                && tokens
                    .get(k)
                    .is_some_and(|t| usage.lex.count(&lexfold_str(t)) >= COMMON_COUNT)
            {
                continue;
            }
            added.push(Found {
                start: k,
                end: k + 1,
                label: Label::Loc,
                clitic_chars: Some(clitics),
                canonical: canonical.clone(),
                id: Some(id.clone()),
                nationality: None,
            });
        }
        if !added.is_empty() {
            xs.extend(added);
            xs.sort_by_key(|x| x.start);
        }
    }
}

/// Places no list knows (session 13; s12a «جرادة», s13a «قرقنة»، «حميمية»،
/// «ونتورث»): a story names its own small place again and again, and the
/// gazetteer has it nowhere.
///
/// * In a coordination with a listed city or country (البوكمال وحميمية،
///   الغابون وليبيريا) an untagged word that may be a place name (see
///   [`Usage::place_word`]) is a place too.
/// * A one-word place without a canonical name that the document names
///   somewhere (after a place noun, جزيرة قرقنة, in such a coordination, or as
///   the tagger read it) becomes LOC at its untagged mentions (شهدت قرقنة،
///   وفي قرقنة), unless another type's entity in the document has that word.
pub fn places_in_document(
    sentences: &[Vec<&str>],
    folded: &[Vec<String>],
    found: &mut [Vec<Found>],
    gaz: &Gazetteer,
    usage: &Usage<'_>,
) {
    listed_cities_in_document(sentences, folded, found, gaz, usage);
    states_named_like_cities(folded, found, gaz);
    places_named_with_their_kind(folded, found, gaz);
    egypts_western_desert(folded, found, gaz);
    let new_place = |k: usize, clitics: usize| Found {
        start: k,
        end: k + 1,
        label: Label::Loc,
        clitic_chars: Some(clitics),
        canonical: None,
        id: None,
        nationality: None,
    };
    // A word in a coordination that may be a place: not shaped like an
    // imperfect verb or a verbal noun (ويغذي، وتطويق، وأهدى، وإحلال).
    // (Nor a proclitic reading, وبالتحديد، وسيؤثر، وكأطراف, a past verb,
    // an accusative, a plural or a pronoun: ودعمت، وملحقا، والأوروبيين، وبعضهن،
    // وهنالك.)
    let coordinated = |t: &str, w: &str| -> bool {
        !t.starts_with(['ي', 'ت', 'ن', 'أ', 'إ', 'ا', 'س', 'ب', 'ل', 'ك', 'ف'])
            && !["ا", "ت", "وا", "ون", "ين", "هن", "ك"]
                .iter()
                .any(|x| t.ends_with(x))
            && usage.place_word(t, w, gaz)
    };
    // The reading of a token as و + such a word; the whole token is no common
    // word (واحدة is no و + «احدة»).
    let after_waw = |t: &str, w: &str| -> bool {
        w.starts_with('و')
            && !usage.common(t, w)
            && t.strip_prefix('و')
                .zip(w.strip_prefix('و'))
                .is_some_and(|(t, w)| coordinated(t, w))
    };
    for ((tokens, f), xs) in sentences.iter().zip(folded).zip(found.iter_mut()) {
        if !xs.iter().any(|x| listed_place(x, gaz)) {
            continue;
        }
        let covered = |xs: &[Found], k: usize| xs.iter().any(|x| x.start <= k && k < x.end);
        let mut added = Vec::new();
        // A locative word before the coordination (في البوكمال وحميمية، قرب
        // الغابون وليبيريا): a list of places, not a place and the next clause.
        let locative = |j: usize| {
            j.checked_sub(1)
                .and_then(|i| f.get(i))
                .is_some_and(|w| super::is_locative(w, gaz))
        };
        for x in xs.iter().filter(|x| listed_place(x, gaz)) {
            // LISTED وX
            let k = x.end;
            if let (true, Some(t), Some(w)) = (locative(x.start), tokens.get(k), f.get(k)) {
                if !covered(xs, k) && after_waw(t, w) {
                    added.push(new_place(k, 1));
                }
            }
            // X وLISTED (the listed place written with its conjunction).
            let waw = f.get(x.start).is_some_and(|w| {
                w.starts_with('و')
                    && strips(w).iter().any(|s| {
                        s.prefix_len == 'و'.len_utf8()
                            && gaz
                                .lookup_span(&[s.with_article.as_str()])
                                .is_some_and(|m| {
                                    m.entries
                                        .iter()
                                        .filter_map(|&e| gaz.entry(e))
                                        .any(|e| Some(e.id.as_str()) == x.id.as_deref())
                                })
                    })
            });
            if let Some(k) = x.start.checked_sub(1).filter(|&k| waw && locative(k)) {
                if let (Some(t), Some(w)) = (tokens.get(k), f.get(k)) {
                    if !covered(xs, k) {
                        if coordinated(t, w) {
                            added.push(new_place(k, 0));
                        } else if after_waw(t, w) {
                            added.push(new_place(k, 1));
                        }
                    }
                }
            }
        }
        if !added.is_empty() {
            xs.extend(added);
            xs.sort_by_key(|x| x.start);
            xs.dedup_by_key(|x| x.start);
        }
    }
    // Unknown one-word places of the document and the words of its other entities.
    let mut places: HashSet<String> = HashSet::new();
    let mut other: HashSet<String> = HashSet::new();
    for ((tokens, f), xs) in sentences.iter().zip(folded).zip(found.iter()) {
        for x in xs {
            if x.label == Label::Loc && x.end == x.start + 1 && x.id.is_none() {
                let (Some(t), Some(w)) = (tokens.get(x.start), f.get(x.start)) else {
                    continue;
                };
                let n = x.clitic_chars.unwrap_or(0);
                let word: String = t.chars().skip(n).collect();
                let key: String = w.chars().skip(n).collect();
                // (A definite word only if the name lexicon gives it as a place:
                // an adjective or noun the tagger read once, الشرقية، الموضة, is
                // not carried over; nor is a word the lists know and the merge
                // left out for a reason.)
                let definite_ok =
                    !key.starts_with("ال") || usage.usual_label(&key) == Some(Label::Loc);
                if definite_ok
                    && usage.place_word(&word, &key, gaz)
                    && gaz.lookup_span(&[key.as_str()]).is_none()
                {
                    places.insert(key);
                }
            }
        }
    }
    if places.is_empty() {
        return;
    }
    // (Only a document with such a place pays for the words of its other entities.)
    for (f, xs) in folded.iter().zip(found.iter()) {
        for x in xs.iter().filter(|x| x.label != Label::Loc) {
            for w in f.get(x.start..x.end).unwrap_or(&[]) {
                if places.iter().any(|p| w.ends_with(p.as_str())) {
                    for s in strips(w) {
                        other.insert(s.with_article);
                    }
                }
            }
        }
    }
    places.retain(|k| !other.contains(k));
    if places.is_empty() {
        return;
    }
    for ((tokens, f), xs) in sentences.iter().zip(folded).zip(found.iter_mut()) {
        let mut added = Vec::new();
        for (k, w) in f.iter().enumerate() {
            if !places.iter().any(|p| w.ends_with(p.as_str()))
                || tokens.get(k).is_some_and(|t| t.starts_with('#'))
            {
                continue;
            }
            if xs.iter().any(|x| x.start <= k && k < x.end) {
                continue;
            }
            let Some(s) = strips(w)
                .into_iter()
                .find(|s| places.contains(&s.with_article))
            else {
                continue;
            };
            let clitics = s.prefix_len_chars(w);
            // (A proclitic reading of a common word: وصلت is no و + «صلت».)
            if clitics > 0 && tokens.get(k).is_some_and(|t| usage.common(t, w)) {
                continue;
            }
            added.push(new_place(k, clitics));
        }
        if !added.is_empty() {
            xs.extend(added);
            xs.sort_by_key(|x| x.start);
        }
    }
}

/// Countries (ISO codes) whose naming makes «الصحراء الغربية» Western Sahara:
/// Morocco, Algeria, Mauritania, the Sahrawi Republic itself.
const WESTERN_SAHARA_COUNTRIES: &[&str] = &["MA", "DZ", "MR", "EH"];

/// «الصحراء الغربية» is Western Sahara, and also "the Western Desert", Egypt's
/// desert west of the Nile that runs to the Libyan border (oil and gas blocks,
/// oases, the New Valley). In a document that names Egypt or Libya (the country
/// or its nationality adjective) and none of Morocco, Algeria, Mauritania, nor
/// the Polisario («البوليساريو»), the span the Western Sahara entry linked is
/// the desert (session 23, s23a E5).
fn egypts_western_desert(folded: &[Vec<String>], found: &mut [Vec<Found>], gaz: &Gazetteer) {
    let sahara = |f: &[String], x: &Found| {
        x.label == Label::Loc
            && x.id.as_deref() == Some("EH")
            && f.get(x.start..x.end).is_some_and(|r| {
                r.len() == 2
                    && r.last().is_some_and(|w| w == "الغربيه")
                    && strips(&r[0]).iter().any(|s| s.with_article == "الصحراء")
            })
    };
    if !folded
        .iter()
        .zip(found.iter())
        .any(|(f, xs)| xs.iter().any(|x| sahara(f, x)))
    {
        return;
    }
    let Some(desert) = gaz
        .lookup_span(&["الصحراء", "الغربيه", "المصريه"])
        .and_then(|m| m.entries.first().copied())
        .and_then(|e| gaz.entry(e))
    else {
        return;
    };
    let (mut egypt, mut maghreb) = (false, false);
    for (f, xs) in folded.iter().zip(found.iter()) {
        let countries = xs
            .iter()
            .filter(|x| !sahara(f, x))
            .filter_map(|x| x.id.as_deref().filter(|id| gaz.is_country_id(id)));
        let adjectives = f
            .iter()
            .filter_map(|w| gaz.nationality(w).and_then(|e| gaz.entry(e)))
            .map(|e| e.id.as_str());
        for id in countries.chain(adjectives) {
            egypt |= id == "EG" || id == "LY";
            maghreb |= WESTERN_SAHARA_COUNTRIES.contains(&id);
        }
        maghreb |= f.iter().any(|w| w.ends_with("بوليساريو"));
    }
    if !egypt || maghreb {
        return;
    }
    for (f, xs) in folded.iter().zip(found.iter_mut()) {
        for x in xs.iter_mut() {
            if sahara(f, x) {
                x.canonical = Some(desert.canonical.clone());
                x.id = Some(desert.id.clone());
            }
        }
    }
}

/// A reprint credit, a line of its own at the foot of an article (*نقلاً عن
/// الاتحاد الإماراتية، نقلا عن الشروق المصرية): the definite word after «نقلا عن»
/// and before a feminine nationality adjective is a newspaper, ORG (its
/// nationality comes from the adjective), whatever the tagger read there (the
/// Gulf in الخليج الإماراتية) or if it read nothing. Only where the credit is
/// the whole sentence: elsewhere «نقلا عن الشرطة المصرية» cites a body.
pub fn press_credits(spans: &mut Vec<(usize, usize, Label)>, f: &[&str], gaz: &Gazetteer) {
    let Some(k) = press_credit(f, gaz) else {
        return;
    };
    spans.retain(|s| !(s.0 < k + 2 && k < s.1));
    spans.push((k, k + 1, Label::Org));
    spans.sort_unstable();
}

/// The token of the newspaper's name in a reprint credit (see [`press_credits`]).
pub(crate) fn press_credit(f: &[&str], gaz: &Gazetteer) -> Option<usize> {
    let k = f.iter().take(3).position(|w| *w == "نقلا")?;
    if f.get(k + 1) != Some(&"عن")
        || f.get(..k)
            .is_some_and(|r| r.iter().any(|w| w.chars().any(char::is_alphanumeric)))
        || f.get(k + 4..)
            .is_some_and(|r| r.iter().any(|w| w.chars().any(char::is_alphanumeric)))
    {
        return None;
    }
    let (Some(name), Some(adj)) = (f.get(k + 2), f.get(k + 3)) else {
        return None;
    };
    (name.starts_with("ال")
        && name.chars().count() >= 5
        && name.chars().all(super::norm::is_arabic_letter)
        && gaz.nationality(name).is_none()
        && adj.starts_with("ال")
        && adj.ends_with('ه')
        && gaz.nationality(adj).is_some())
    .then_some(k + 2)
}

/// Nouns of armed groups, parties, movements and teams that an organisation's
/// name follows in construct state (كتائب القسام، حركة فتح، فريق الظفرة), folded.
const GROUP_NOUNS: &[&str] = &[
    "كتائب",
    "حركه",
    "جماعه",
    "حزب",
    "تنظيم",
    "جبهه",
    "ميليشيا",
    "ميليشيات",
    "مليشيا",
    "مليشيات",
    "فريق",
    "نادي",
];

/// An organisation a document names once (كتائب القسام; ORG القسام after فريق)
/// is named by the same word alone afterwards (أن القسام سترد، موقع القسام): a
/// later untagged mention of the name word becomes ORG with the same canonical
/// name. The word is an organisation's one-word span, or the word after a group
/// noun in a two-word one; it must be a name by [`Usage::facility_name`] (news
/// seldom writes it, and with the article far more often than without; or the
/// name lexicon lists it) or an uncommon word without the article, and no word
/// of another type's entity in the document.
pub fn propagate_organisations(
    sentences: &[Vec<&str>],
    folded: &[Vec<String>],
    found: &mut [Vec<Found>],
    gaz: &Gazetteer,
    usage: &Usage<'_>,
) {
    organisation_short_forms(folded, found, gaz);
    carry_organisation_words(sentences, folded, found, gaz, usage);
    // (After the carry-over: a quoted «"العربية"» names the channel, not the
    // document's other «العربية», the adjective.)
    quoted_media_names(folded, found, gaz);
}

/// The carry-over of [`propagate_organisations`]: a one-word organisation's
/// word at its untagged mentions.
fn carry_organisation_words(
    sentences: &[Vec<&str>],
    folded: &[Vec<String>],
    found: &mut [Vec<Found>],
    gaz: &Gazetteer,
    usage: &Usage<'_>,
) {
    let mut names: HashMap<String, (Option<String>, Option<String>)> = HashMap::new();
    let mut strong: HashSet<String> = HashSet::new();
    let mut weak: HashMap<String, usize> = HashMap::new();
    let mut other: HashSet<String> = HashSet::new();
    for ((tokens, f), xs) in sentences.iter().zip(folded).zip(found.iter()) {
        for x in xs {
            let group_led = x.end == x.start + 2
                && f.get(x.start).is_some_and(|w| {
                    strips(w)
                        .iter()
                        .any(|s| !s.with_article.starts_with("ال") && GROUP_NOUNS.contains(&s.bare))
                });
            // A one-word organisation is carried over when a list names it (a
            // canonical name) or a group noun announced it (فريق الظفرة); a word
            // the tagger alone read as an organisation once is not (الشيعة).
            let after_group = x.end == x.start + 1
                && x.start > 0
                && f.get(x.start - 1).is_some_and(|w| {
                    strips(w)
                        .iter()
                        .any(|s| !s.with_article.starts_with("ال") && GROUP_NOUNS.contains(&s.bare))
                });
            let one_word = x.end == x.start + 1;
            // (A two-word name whose last word a list gives the same id alone:
            // تحالف سائرون → سائرون.)
            let last_listed = x.end == x.start + 2
                && x.id.as_ref().is_some_and(|id| {
                    f.get(x.start + 1)
                        .and_then(|w| gaz.phrase(w))
                        .is_some_and(|es| {
                            es.iter().any(|&e| {
                                gaz.entry(e).is_some_and(|e| &e.id == id && !e.common_noun)
                            })
                        })
                });
            if x.label != Label::Org || !(one_word || group_led || last_listed) {
                if x.label != Label::Org {
                    for w in f.get(x.start..x.end).unwrap_or(&[]) {
                        for s in strips(w) {
                            other.insert(s.with_article);
                        }
                    }
                }
                continue;
            }
            let k = x.end - 1;
            let (Some(w), Some(token)) = (f.get(k), tokens.get(k)) else {
                continue;
            };
            let skip = if k == x.start {
                x.clitic_chars.unwrap_or(0)
            } else {
                0
            };
            let key: String = w.chars().skip(skip).collect();
            let word: String = token.chars().skip(skip).collect();
            // An organisation a list named (an id and a canonical) keeps its word
            // whatever the word's shape or counts (الوصل، البعث، سائرون), unless
            // a list also gives the word alone another or a common-noun reading.
            let listed = x.id.is_some()
                && x.canonical.is_some()
                && !gaz.phrase(&key).is_some_and(|es| {
                    es.iter().any(|&e| {
                        gaz.entry(e)
                            .is_some_and(|e| e.common_noun || e.label != Label::Org)
                    })
                });
            // (Not a trigger noun, معهد، or a verb, وسيدعمونك.)
            if key.chars().count() < 4
                || !key.chars().all(super::norm::is_arabic_letter)
                || gaz.trigger(&key).is_some()
                || (!listed
                    && ["ون", "وا", "ونك", "ونه", "وننا"]
                        .iter()
                        .any(|x| key.ends_with(x)))
                || strips(&key)
                    .iter()
                    .any(|s| s.prefix_len > 0 && s.with_article.starts_with("ال"))
            {
                continue;
            }
            // A word only the tagger read as an organisation, once, must be one
            // the name lexicon gives that label or a rare foreign word (الكومنولث،
            // روزنيفت; not الشيعة).
            let vouched = group_led
                || after_group
                || x.canonical.is_some()
                || usage.usual_label(&key) == Some(Label::Org)
                || (!key.starts_with("ال") && !usage.common(&word, &key));
            if !vouched {
                continue;
            }
            // (Never a frequent word, whatever the name lexicon says: الاتحاد،
            // الحكومة، منظمة.)
            let shaped = usage.lex.count(&lexfold_str(&word)) <= FACILITY_NAME_MAX
                && if let Some(bare) = key.strip_prefix("ال") {
                    usage.rare_definite(&word, bare, &key)
                } else {
                    usage.usual_label(&key).is_some_and(|l| l != Label::Per)
                        || !usage.common(&word, &key)
                };
            if !(shaped || listed) {
                continue;
            }
            // A listed name that is also a frequent word (النصر "victory",
            // العمال "the workers", الوحدة "unity") may be a misreading of that
            // word (بالنصر المبين), or name the body only where the word is
            // not meant (حزب العمال … حقوق العمال): it is carried over only
            // once named twice.
            if shaped || usage.lex.count(&lexfold_str(&word)) <= FACILITY_NAME_MAX {
                strong.insert(key.clone());
            } else {
                *weak.entry(key.clone()).or_default() += 1;
            }
            names
                .entry(key)
                .or_insert_with(|| (x.canonical.clone(), x.id.clone()));
        }
    }
    names.retain(|k, _| {
        !other.contains(k) && (strong.contains(k) || weak.get(k).is_some_and(|&n| n >= 2))
    });
    if names.is_empty() {
        return;
    }
    // (One look-up per ending of a word, as in `propagate_names`.)
    let endings: HashSet<&str> = names.keys().map(|k| k.trim_start_matches("ال")).collect();
    for ((tokens, f), xs) in sentences.iter().zip(folded).zip(found.iter_mut()) {
        let mut added = Vec::new();
        for (k, w) in f.iter().enumerate() {
            if !has_ending_in(w, &endings) || xs.iter().any(|x| x.start <= k && k < x.end) {
                continue;
            }
            let Some((clitics, entry)) = strips(w).into_iter().find_map(|s| {
                names
                    .get(&s.with_article)
                    .map(|v| (s.prefix_len_chars(w), v))
            }) else {
                continue;
            };
            // (A proclitic reading of a common word: لصالح.)
            if clitics > 0 && tokens.get(k).is_some_and(|t| usage.common(t, w)) {
                continue;
            }
            // (Session 21: a nisba after a definite noun agrees with it as its
            // adjective — القيادي الحوثي "the Houthi commander", الانقلاب
            // الحوثي — and names no organisation; after an indefinite head in
            // construct it is the group: سجون الحوثي، قيادات الحوثي.)
            if clitics == 0 && nisba_after_definite(f, k) {
                continue;
            }
            added.push(Found {
                start: k,
                end: k + 1,
                label: Label::Org,
                clitic_chars: Some(clitics),
                canonical: entry.0.clone(),
                id: entry.1.clone(),
                nationality: None,
            });
        }
        if !added.is_empty() {
            xs.extend(added);
            xs.sort_by_key(|x| x.start);
        }
    }
}

/// Whether the folded word at `k` is shaped like a definite nisba (ال…ي)
/// right after a definite word (with the article, proclitics allowed: والقيادي):
/// the adjective of that noun.
fn nisba_after_definite(f: &[String], k: usize) -> bool {
    let nisba = f
        .get(k)
        .is_some_and(|w| w.starts_with("ال") && w.ends_with('ي') && w.chars().count() >= 5);
    nisba
        && k.checked_sub(1).and_then(|j| f.get(j)).is_some_and(|p| {
            // (ال + three letters at least: not «الي» "to", «التي».)
            strips(p)
                .iter()
                .any(|s| s.with_article.starts_with("ال") && s.with_article.chars().count() >= 5)
        })
}

/// Type nouns that head an organisation's name (شركة أودي، قناة الجزيرة): the
/// name alone (أودي، الجزيرة) is the same organisation in the same document.
const ORG_TYPE_HEADS: &[&str] = &[
    "شركه",
    "مجموعه",
    "قناه",
    "صحيفه",
    "جريده",
    "مجله",
    "وكاله",
    "موقع",
    "حزب",
    "حركه",
    "جماعه",
    "جبهه",
    "تنظيم",
    "منظمه",
    "مصرف",
    "بنك",
    "نادي",
    "فريق",
    "مؤسسه",
    "تلفزيون",
    "اذاعه",
];

/// Of [`ORG_TYPE_HEADS`], the heads of a company's or a medium's name: a span
/// after one the tagger read as a person (شركة سويفت → «سويفت» PER) is that
/// company when the document names it with the head.
const COMPANY_HEADS: &[&str] = &[
    "شركه",
    "مجموعه",
    "قناه",
    "صحيفه",
    "جريده",
    "مجله",
    "وكاله",
    "موقع",
];

/// First words of organisations' names whose first two or three words name
/// the body alone once the document has named it in full (مجلس الشيوخ after
/// مجلس الشيوخ الأمريكي; الاتحاد الدولي after الاتحاد الدولي لكرة القدم;
/// حكومة الوفاق after حكومة الوفاق الوطني). Not ministries, banks, agencies or
/// committees: news writes «وزارة الخارجية» or «البنك المركزي» alone for its
/// own country's body, whatever other country's the document named.
const SHORT_FORM_HEADS: &[&str] = &[
    "مجلس",
    "المجلس",
    "الاتحاد",
    "اتحاد",
    "حكومه",
    "وحدات",
    "منظمه",
    "حزب",
    "الحزب",
    "حركه",
    "جبهه",
];

/// Heads of organisations' names that news also writes with a common word
/// alone for its own country's body (البنك المركزي، وزارة الخارجية، وكالة
/// الأنباء, هيئة الاستثمار): no short form of another body.
const GENERIC_HEADS: &[&str] = &[
    "البنك",
    "بنك",
    "المصرف",
    "مصرف",
    "وزاره",
    "الوزاره",
    "وكاله",
    "الوكاله",
    "هيئه",
    "الهيئه",
    "لجنه",
    "اللجنه",
    "المجلس",
    "الحكومه",
    "جامعه",
    "الجامعه",
    "المنظمه",
    "المحكمه",
    "محكمه",
];

/// Readings of a span's folded words, the first without its proclitics: one
/// reading when the proclitics are known (the article read back where «لل»
/// took it: للاتحاد → لاتحاد → الاتحاد), else one per reading of the first word
/// (وأودي → وأودي, أودي).
fn span_readings(f: &[String], x: &Found) -> Vec<Vec<String>> {
    let Some(words) = f.get(x.start..x.end) else {
        return Vec::new();
    };
    let Some((first, rest)) = words.split_first() else {
        return Vec::new();
    };
    let firsts: Vec<String> = match x.clitic_chars {
        Some(skip) if skip > 0 => {
            let clitics: String = first.chars().take(skip).collect();
            let base: String = first.chars().skip(skip).collect();
            if clitics.ends_with('ل') && base.starts_with('ل') && !base.starts_with("ال") {
                vec![format!("ا{base}"), base]
            } else {
                vec![base]
            }
        }
        Some(_) => vec![first.clone()],
        None => strips(first).into_iter().map(|s| s.with_article).collect(),
    };
    firsts
        .into_iter()
        .map(|w| std::iter::once(w).chain(rest.iter().cloned()).collect())
        .collect()
}

/// Whether a folded word is a qualifier after an organisation's short form: a
/// definite relational adjective (الأمريكي، الدولية، الكردية) or a prepositional
/// phrase («لكرة القدم», «للتربية»).
fn qualifier(w: &str) -> bool {
    (w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه")))
        || (w.starts_with('ل') && !w.starts_with("ال"))
}

/// An organisation a document names in full is named by a short form
/// afterwards (s19a «أودي» after «شركة أودي», «الجزيرة» after «قناة الجزيرة»;
/// s19b «الاتحاد الدولي» after «الاتحاد الدولي لكرة القدم»; s19c «مجلس الشيوخ»
/// after «مجلس الشيوخ الأمريكي»; s19d «الاتحاد السويسري»; session 18's bare
/// «مجلس الأمة» after «مجلس الأمة الكويتي»):
///
/// * a span without a canonical name whose words are a listed organisation's
///   span of the document without its type noun (شركة، قناة …), or the first
///   words of one, takes that organisation's name and id, when only one
///   organisation of the document fits; a span read as a person or a work
///   takes it only after a company's or medium's head (شركة سويفت);
/// * the first two or more words of a listed organisation's name after
///   [`SHORT_FORM_HEADS`], without qualifiers after them ([`qualifier`]), are
///   that organisation wherever the document writes them untagged and not
///   followed by another qualifier (مجلس النواب العراقي is another body; in
///   «عضو مجلس الشيوخ الديمقراطي» the adjective is the member's), unless a
///   list gives the short form another reading.
pub fn organisation_short_forms(folded: &[Vec<String>], found: &mut [Vec<Found>], gaz: &Gazetteer) {
    // words without the head → (canonical, id); ambiguous keys map to None.
    let mut headless: HashMap<Vec<String>, Option<(String, String, bool)>> = HashMap::new();
    let mut prefixes: HashMap<Vec<String>, Option<(String, String)>> = HashMap::new();
    let mut short: HashMap<Vec<String>, Option<(String, String)>> = HashMap::new();
    fn note<V: PartialEq>(m: &mut HashMap<Vec<String>, Option<V>>, k: Vec<String>, v: V) {
        match m.get(&k) {
            None => {
                m.insert(k, Some(v));
            }
            Some(Some(old)) if *old != v => {
                m.insert(k, None);
            }
            _ => {}
        }
    }
    for (f, xs) in folded.iter().zip(found.iter()) {
        for x in xs.iter().filter(|x| x.label == Label::Org) {
            let (Some(canonical), Some(id)) = (&x.canonical, &x.id) else {
                continue;
            };
            // (An organisation's own link: not a person's or a place's a
            // span of the tagger's picked up, جامعة الملك فهد → King Fahd.)
            if !id.starts_with("org:") {
                continue;
            }
            let Some(words) = span_readings(f, x).into_iter().next() else {
                continue;
            };
            if words.len() < 2 {
                continue;
            }
            let link = (canonical.clone(), id.clone());
            if let Some(head) = words.first() {
                if ORG_TYPE_HEADS.contains(&head.as_str()) {
                    let company = COMPANY_HEADS.contains(&head.as_str());
                    note(
                        &mut headless,
                        words[1..].to_vec(),
                        (canonical.clone(), id.clone(), company),
                    );
                }
            }
            for k in 1..words.len() {
                note(&mut prefixes, words[..k].to_vec(), link.clone());
            }
            let head_ok = words
                .first()
                .is_some_and(|w| SHORT_FORM_HEADS.contains(&w.as_str()));
            if head_ok {
                for k in 2..words.len() {
                    if words[k..].iter().all(|w| qualifier(w))
                        || words
                            .get(k)
                            .is_some_and(|w| w.starts_with('ل') && !w.starts_with("ال"))
                    {
                        note(&mut short, words[..k].to_vec(), link.clone());
                    }
                }
            }
        }
    }
    if headless.is_empty() && prefixes.is_empty() {
        return;
    }
    // A short form a list names as something else keeps that reading
    // (منظمة الأمم المتحدة is the UN, not UNESCO).
    short.retain(|k, v| v.is_some() && gaz.phrase(&k.join(" ")).is_none());
    // The short forms by their first word, the longest first (where two start at the
    // same word, the longer is the name): a word is matched against the few short
    // forms it can start, not against every short form of the document, which made
    // a long document quadratic and the choice between two depend on a map's order.
    type ShortForm<'s> = (&'s [String], &'s (String, String));
    let mut by_first: HashMap<&str, Vec<ShortForm<'_>>> = HashMap::new();
    for (key, link) in &short {
        if let (Some(first), Some(link)) = (key.first(), link) {
            by_first
                .entry(first.as_str())
                .or_default()
                .push((key.as_slice(), link));
        }
    }
    for forms in by_first.values_mut() {
        forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(b.0)));
    }
    for (f, xs) in folded.iter().zip(found.iter_mut()) {
        for x in xs.iter_mut().filter(|x| x.canonical.is_none()) {
            // (Not a fragment of two letters: «بي» of «بي بي سي».)
            if x.end == x.start + 1 && f.get(x.start).is_some_and(|w| w.chars().count() <= 2) {
                continue;
            }
            // (Not before a qualifier: «وكالة الأنباء الروسية» is another
            // agency than the document's «وكالة الأنباء الألمانية».)
            if f.get(x.end)
                .is_some_and(|w| qualifier(w) || gaz.nationality(w).is_some())
            {
                continue;
            }
            let link = span_readings(f, x).into_iter().find_map(|words| {
                // (A bank's, a ministry's or an agency's noun and a common
                // word name the home country's body as often: البنك المركزي.)
                let generic = words
                    .first()
                    .is_some_and(|w| GENERIC_HEADS.contains(&w.as_str()));
                let from_head =
                    headless
                        .get(&words)
                        .cloned()
                        .flatten()
                        .filter(|(_, _, company)| {
                            x.label == Label::Org || (*company && x.label != Label::Loc)
                        });
                // (A place's name alone is the place the tagger misread, not
                // a club or a company named after it: شوارع مانشستر.)
                let place = words.len() == 1
                    && words.first().and_then(|w| gaz.phrase(w)).is_some_and(|es| {
                        es.iter()
                            .any(|&e| gaz.entry(e).is_some_and(|e| e.label == Label::Loc))
                    });
                from_head.map(|(c, i, _)| (c, i)).or_else(|| {
                    (x.label == Label::Org && !generic && !place)
                        .then(|| prefixes.get(&words).cloned().flatten())
                        .flatten()
                })
            });
            if let Some((canonical, id)) = link {
                x.label = Label::Org;
                x.canonical = Some(canonical);
                x.id = Some(id);
            }
        }
        if by_first.is_empty() {
            continue;
        }
        let mut added = Vec::new();
        for (k, first) in f.iter().enumerate() {
            for s in strips(first) {
                let Some(forms) = by_first.get(s.with_article.as_str()) else {
                    continue;
                };
                let clitics = s.prefix_len_chars(first);
                for &(key, link) in forms {
                    let n = key.len();
                    if f.get(k + 1..k + n) != key.get(1..)
                        || xs
                            .iter()
                            .chain(&added)
                            .any(|x: &Found| x.start < k + n && k < x.end)
                        || f.get(k + n)
                            .is_some_and(|w| qualifier(w) || gaz.nationality(w).is_some())
                    {
                        continue;
                    }
                    added.push(Found {
                        start: k,
                        end: k + n,
                        label: Label::Org,
                        clitic_chars: Some(clitics),
                        canonical: Some(link.0.clone()),
                        id: Some(link.1.clone()),
                        nationality: None,
                    });
                }
            }
        }
        if !added.is_empty() {
            xs.extend(added);
            xs.sort_by_key(|x| x.start);
        }
    }
}

/// The media nouns a quoted name is looked up with: not «وكالة» or «شبكة»,
/// whose names are also those of other bodies (وكالة الأمن القومي: a quoted
/// «"الأمن القومي"» is no agency).
const QUOTED_MEDIA_NOUNS: &[&str] = &["صحيفه", "مجله", "دوريه", "قناه", "جريده", "اذاعه"];

/// Heads of names that are not media (طيران "الاتحاد", نادي "النصر").
const OTHER_NAME_HEADS: &[&str] = &[
    "طيران",
    "خطوط",
    "نادي",
    "فريق",
    "منتخب",
    "ملعب",
    "استاد",
    "مطار",
    "فندق",
    "حمله",
    "عمليه",
    "مهرجان",
    "جائزه",
    "مبادره",
    "شعار",
    "وسم",
    "هاشتاغ",
    "منظومه",
    "جمعيه",
];

/// Whether a reading of a folded word without its proclitics, and without
/// the article, is one of `heads` (بقناة → قناه; القناة matches none).
fn head_in(w: &str, heads: &[&str]) -> bool {
    strips(w)
        .iter()
        .any(|s| !s.with_article.starts_with("ال") && heads.contains(&s.with_article.as_str()))
}

/// A name in quotation marks that a list gives as a medium after its media
/// noun (قناة العربية، صحيفة الرياض) is that medium without the noun too:
/// «قال لـ"العربية"», «على شاشة "العربية"» (session 18 left: 197 quoted
/// «"العربية"» untagged in the development outputs, 41 tagged). The quotes must
/// hold the name alone, and a definite word before them is a noun the name
/// would qualify as an adjective (اللغة "العربية").
pub fn quoted_media_names(folded: &[Vec<String>], found: &mut [Vec<Found>], gaz: &Gazetteer) {
    for (f, xs) in folded.iter().zip(found.iter_mut()) {
        let mut added = Vec::new();
        for k in 1..f.len() {
            let Some(open) = f.get(k - 1) else { continue };
            if !is_open_quote(open) || k >= 2 && f.get(k - 2).is_some_and(|w| w.starts_with("ال"))
            {
                continue;
            }
            let Some(n) = (1..=3).find(|&n| f.get(k + n).is_some_and(|w| is_close_quote(w))) else {
                continue;
            };
            let Some(words) = f.get(k..k + n) else {
                continue;
            };
            if words.iter().any(|w| is_open_quote(w) || is_close_quote(w))
                || xs.iter().any(|x| x.start < k + n && k < x.end)
            {
                continue;
            }
            // The noun before the quotes: another kind of name's head (ملعب
            // "الاتحاد", طيران "الاتحاد", فيلم "الحياة") names no medium, and a
            // medium's own noun picks that kind of medium (فضائية "النهار" is
            // the channel, not the newspaper).
            let before = k.checked_sub(2).and_then(|j| f.get(j));
            let nouns: &[&str] = match before {
                Some(w) if head_in(w, &["قناه", "فضائيه", "شاشه", "تلفزيون"]) => {
                    &["قناه"]
                }
                Some(w) if head_in(w, &["صحيفه", "جريده", "صحفه"]) => {
                    &["صحيفه", "جريده"]
                }
                Some(w)
                    if head_in(w, WORK_NOUNS)
                        || head_in(w, ORG_NOUNS)
                        || head_in(w, OTHER_NAME_HEADS)
                        || facility_head(w).is_some() =>
                {
                    continue
                }
                _ => QUOTED_MEDIA_NOUNS,
            };
            let name = words.join(" ");
            let mut link: Option<&Entry> = None;
            let mut ambiguous = false;
            for noun in nouns {
                let Some(es) = gaz.phrase(&format!("{noun} {name}")) else {
                    continue;
                };
                for e in es.iter().filter_map(|&e| gaz.entry(e)) {
                    if e.label != Label::Org {
                        continue;
                    }
                    match link {
                        Some(l) if l.id != e.id => ambiguous = true,
                        _ => link = Some(e),
                    }
                }
            }
            let Some(e) = link.filter(|_| !ambiguous) else {
                continue;
            };
            added.push(Found {
                start: k,
                end: k + n,
                label: Label::Org,
                clitic_chars: Some(0),
                canonical: Some(e.canonical.clone()),
                id: Some(e.id.clone()),
                nationality: None,
            });
        }
        if !added.is_empty() {
            xs.extend(added);
            xs.sort_by_key(|x| x.start);
        }
    }
}

/// A place the tagger found without its kind noun, which the lists name only
/// with it (session 22, s22c E3 / s22d E6): «محافظة [صلاح الدين]» is Saladin
/// Governorate, while «صلاح الدين» alone is also a given name, so the list
/// holds the governorate under «محافظة صلاح الدين» only; the same for
/// «مديرية + a district named like a common word» (مديرية الزيدية: «الزيدية»
/// alone is the Zaydi sect). A LOC span with no canonical name takes the
/// curated place that the word before it and the span name together; a PER
/// span does so after a place noun (محافظة، مديرية، جبال): the tagger read the
/// given name, the kind noun says it is the place.
fn places_named_with_their_kind(folded: &[Vec<String>], found: &mut [Vec<Found>], gaz: &Gazetteer) {
    let place_noun = |w: &str| {
        strips(w).iter().any(|s| {
            gaz.trigger(&s.with_article) == Some(Trigger::Loc)
                || matches!(s.with_article.as_str(), "مديريه" | "مديريات" | "مديريتي")
        })
    };
    for (f, xs) in folded.iter().zip(found.iter_mut()) {
        for x in xs.iter_mut().filter(|x| {
            x.canonical.is_none()
                && x.start > 0
                && (x.label == Label::Loc
                    || (x.label == Label::Per && f.get(x.start - 1).is_some_and(|w| place_noun(w))))
        }) {
            let Some(words) = f.get(x.start - 1..x.end) else {
                continue;
            };
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            let Some(entry) = gaz.lookup_span(&words).and_then(|m| {
                m.entries
                    .iter()
                    .filter_map(|&e| gaz.entry(e))
                    .find(|e| e.label == Label::Loc && e.source == Source::Curated)
            }) else {
                continue;
            };
            x.label = Label::Loc;
            x.canonical = Some(entry.canonical.clone());
            x.id = Some(entry.id.clone());
        }
    }
}

/// Whether `f[k]` follows «عين» (spring; a place name's first word: عين شمس،
/// عين العرب), possibly after a proclitic (وعين، بعين).
fn after_ain(f: &[String], k: usize) -> bool {
    k > 0
        && f.get(k - 1)
            .is_some_and(|w| strips(w).iter().any(|s| s.with_article == "عين"))
}

/// A place named «عين» + a word (عين شمس، عين دارة) is not a person named by
/// its second word: a one-word person no list names, right after «عين», is
/// dropped when its word never stands in the document anywhere but after
/// «عين». (The verb عيّن "appointed" is written the same way, but its subject
/// is named elsewhere too: عين ترامب … وقال ترامب.)
pub fn ain_place_names(folded: &[Vec<String>], found: &mut [Vec<Found>]) {
    let mut keys: HashSet<&str> = HashSet::new();
    for (f, xs) in folded.iter().zip(found.iter()) {
        for x in xs {
            if x.label == Label::Per
                && x.end == x.start + 1
                && x.id.is_none()
                && x.clitic_chars.unwrap_or(0) == 0
                && after_ain(f, x.start)
            {
                if let Some(w) = f.get(x.start) {
                    keys.insert(w.as_str());
                }
            }
        }
    }
    if keys.is_empty() {
        return;
    }
    keys.retain(|key| {
        folded.iter().all(|f| {
            f.iter()
                .enumerate()
                .all(|(k, w)| after_ain(f, k) || !strips(w).iter().any(|s| s.with_article == *key))
        })
    });
    if keys.is_empty() {
        return;
    }
    for (f, xs) in folded.iter().zip(found.iter_mut()) {
        xs.retain(|x| {
            !(x.label == Label::Per
                && x.end == x.start + 1
                && x.id.is_none()
                && after_ain(f, x.start)
                && f.get(x.start).is_some_and(|w| keys.contains(w.as_str())))
        });
    }
}

/// A city a list also spells with a final «ه» (جده for جدة) is a common noun
/// with the pronoun "his" when the word before that «ه» is a frequent word
/// (جد "grandfather": منزل جده، أن جده كتب) and the document names nothing
/// else in the city's country, nor its nationality: such places are dropped.
pub fn possessive_places(
    sentences: &[Vec<&str>],
    folded: &[Vec<String>],
    found: &mut [Vec<Found>],
    gaz: &Gazetteer,
    usage: &Usage<'_>,
) {
    let possessive = |tokens: &[&str], x: &Found| -> Option<String> {
        if x.label != Label::Loc || x.end != x.start + 1 {
            return None;
        }
        let country = gaz.country_of(x.id.as_deref()?)?;
        if gaz.is_country_id(x.id.as_deref()?) {
            return None;
        }
        let base: String = tokens
            .get(x.start)?
            .chars()
            .skip(x.clitic_chars.unwrap_or(0))
            .collect();
        let stem = base.strip_suffix('ه')?;
        (stem.chars().count() >= 2 && usage.common(stem, &fold(stem))).then(|| country.to_string())
    };
    // (Most documents have no such word: nothing else is looked at.)
    let candidates: HashSet<String> = sentences
        .iter()
        .zip(found.iter())
        .flat_map(|(tokens, xs)| xs.iter().filter_map(|x| possessive(tokens, x)))
        .collect();
    if candidates.is_empty() {
        return;
    }
    let mut named: HashSet<String> = HashSet::new();
    for ((tokens, f), xs) in sentences.iter().zip(folded).zip(found.iter()) {
        for x in xs {
            if possessive(tokens, x).is_some() {
                continue;
            }
            if let Some(c) = x.id.as_deref().and_then(|id| gaz.country_of(id)) {
                named.insert(c.to_string());
            }
        }
        for w in f {
            if let Some(c) = gaz
                .nationality(w)
                .and_then(|e| gaz.entry(e))
                .and_then(|e| gaz.country_of(&e.id))
            {
                named.insert(c.to_string());
            }
        }
    }
    if candidates.iter().all(|c| named.contains(c)) {
        return;
    }
    for (tokens, xs) in sentences.iter().zip(found.iter_mut()) {
        xs.retain(|x| possessive(tokens, x).is_none_or(|c| named.contains(&c)));
    }
}

/// A party or electoral list a document names in quotes after its noun (حزب
/// "الرابطة"، حركة "خمس نجوم"، ائتلاف "النصر") is named again by the same words
/// in quotes alone (العضو البارز في "خمس نجوم") or after the party's noun
/// without quotes (وحزب الرابطة): such an untagged mention becomes ORG with the
/// first mention's canonical name. A party so named is no football club: a
/// club's canonical name that the list gives the bare word (النصر: Al Nassr FC)
/// is dropped at every such mention.
pub fn party_names_in_document(folded: &[Vec<String>], found: &mut [Vec<Found>]) {
    let after_party = |f: &[String], x: &Found| {
        let quoted = x.start >= 2
            && f.get(x.start - 1).is_some_and(|w| is_open_quote(w))
            && f.get(x.end).is_some_and(|w| is_close_quote(w))
            && f.get(x.start - 2).is_some_and(|w| party_noun(w));
        quoted || (x.start >= 1 && f.get(x.start - 1).is_some_and(|w| party_noun(w)))
    };
    let mut names: Vec<(Vec<String>, Option<String>, Option<String>)> = Vec::new();
    for (f, xs) in folded.iter().zip(found.iter_mut()) {
        for x in xs
            .iter_mut()
            .filter(|x| x.label == Label::Org && x.start >= 2)
        {
            let quoted = f.get(x.start - 1).is_some_and(|w| is_open_quote(w))
                && f.get(x.end).is_some_and(|w| is_close_quote(w))
                && f.get(x.start - 2).is_some_and(|w| party_noun(w));
            if !quoted {
                continue;
            }
            if x.canonical.as_deref().is_some_and(super::club_canonical) {
                x.canonical = None;
                x.id = None;
            }
            let Some(key) = f.get(x.start..x.end) else {
                continue;
            };
            if !names.iter().any(|n| n.0 == key) {
                names.push((key.to_vec(), x.canonical.clone(), x.id.clone()));
            }
        }
    }
    if names.is_empty() {
        return;
    }
    for (f, xs) in folded.iter().zip(found.iter_mut()) {
        // Other mentions after a party noun lose a club's canonical name too.
        for x in xs.iter_mut().filter(|x| x.label == Label::Org) {
            if after_party(f, x) && x.canonical.as_deref().is_some_and(super::club_canonical) {
                x.canonical = None;
                x.id = None;
            }
        }
        let mut added: Vec<Found> = Vec::new();
        for (key, canonical, id) in &names {
            let n = key.len();
            for s in 1..f.len().saturating_sub(n - 1) {
                if f.get(s..s + n) != Some(key.as_slice()) {
                    continue;
                }
                let quoted = f.get(s - 1).is_some_and(|w| is_open_quote(w))
                    && f.get(s + n).is_some_and(|w| is_close_quote(w));
                let led = f.get(s - 1).is_some_and(|w| party_noun(w));
                // The party noun and an unlisted name read as one span (حزب
                // الرابطة) in a document that names the party in quotes: the
                // name, as its quoted mentions write it.
                if led {
                    if let Some(x) = xs.iter_mut().find(|x| {
                        x.label == Label::Org
                            && x.start == s - 1
                            && x.end == s + n
                            && x.canonical.is_none()
                    }) {
                        x.start = s;
                        x.clitic_chars = Some(0);
                        x.canonical.clone_from(canonical);
                        x.id.clone_from(id);
                        continue;
                    }
                }
                if !(quoted || led)
                    || xs
                        .iter()
                        .chain(&added)
                        .any(|x| x.start < s + n && s < x.end)
                {
                    continue;
                }
                added.push(Found {
                    start: s,
                    end: s + n,
                    label: Label::Org,
                    clitic_chars: Some(0),
                    canonical: canonical.clone(),
                    id: id.clone(),
                    nationality: None,
                });
            }
        }
        if !added.is_empty() {
            xs.extend(added);
            xs.sort_by_key(|x| (x.start, x.end));
        }
    }
}

/// Egyptian and Levantine function words (folded) that quoted tweets and
/// remarks carry into sports copy and that are never part of a name: بقا
/// "then", عايز/عاوز "want", ازاي "how", كده "so", دلوقتي "now", النهارده
/// "today", بتاع "of", اشوفك "see you". (Not مين "who" nor أوي "very":
/// syllables of Korean and Chinese names, سون هيونغ مين، تشونغ أوي-يونغ; nor
/// إيه "what", which folds like the given name آية.)
const DIALECT_WORDS: &[&str] = &[
    "بقا",
    "عايز",
    "عاوز",
    "ازاي",
    "كده",
    "دلوقتي",
    "النهارده",
    "بتاع",
    "اشوفك",
];

/// Whether a folded word at the start of a person's span is an imperfect verb
/// with the future marker no name has: س (or وس/فس) before the subject prefix
/// ي/ت/ن (ستدعو، وسيقول), four letters or more after it, and both persons
/// frequent in news (تدعو ~ يدعو); not a listed name, nor one whose stem the
/// name lexicon gives as a person. (A conjunction alone is no marker: وتومي
/// هيلفيجر، فيدور شالوف; nor is a bare imperfect: تومي، يونس، ليلى.)
fn verb_before_name(w: &str, usage: &Usage<'_>, gaz: &Gazetteer) -> bool {
    // (The name lexicon is not asked about the whole word: it learnt the
    // tagger's own «ستدعو ماي».)
    if gaz.lookup_span(&[w]).is_some() {
        return false;
    }
    let rest = ["وس", "فس", "س"]
        .iter()
        .find_map(|p| w.strip_prefix(p).filter(|r| r.starts_with(['ي', 'ت', 'ن'])));
    rest.is_some_and(|r| {
        r.chars().count() >= 4
            && usage.usual_label(r) != Some(Label::Per)
            && usage.both_persons_frequent(r)
    })
}

impl Usage<'_> {
    /// Whether an imperfect (ي/ت/ن + stem) and its other person are both
    /// frequent in news (تدعو ~ يدعو), as a verb's are and a foreign name's
    /// lookalike is not (يونا ~ تونا، يريل ~ تريل).
    fn both_persons_frequent(&self, word: &str) -> bool {
        const MIN_COUNT: u32 = 20;
        let Some(alt) = other_person(word) else {
            return false;
        };
        self.lex.count(&lexfold_str(word)) >= MIN_COUNT
            && self.lex.count(&lexfold_str(&alt)) >= MIN_COUNT
    }
}

/// Whether a folded word at the end of a person's span is a verb of purpose
/// with an object pronoun (ليتخطاه، ليسجله، لتهزمهم): ل + ي/ت/ن + a stem +
/// ه/ها/هم/هما, which no name has (not a سي… name: سيديبيه).
fn verb_after_name(w: &str) -> bool {
    let Some(rest) = w
        .strip_prefix(['و', 'ف'])
        .unwrap_or(w)
        .strip_prefix('ل')
        .filter(|r| r.starts_with(['ي', 'ت', 'ن']))
    else {
        return false;
    };
    // (A name ending in يه is a transliteration: سيديبيه، ليفيه.)
    ["ه", "ها", "هم", "هما"].iter().any(|p| rest.ends_with(p))
        && !rest.ends_with("يه")
        && rest.chars().count() >= 5
}

/// A person's span never starts with a verb nor holds a dialect function
/// word (s14b E2/E3): «كما ستدعو ماي» → «ماي», «انفرد بالحارس بن مصطفى
/// ليتخطاه» → «بن مصطفى»; a span with a dialect word («مين بقا», «عايز
/// أشوفك مين بقا») is no name at all and is dropped.
pub fn verbs_and_dialect_in_people(
    spans: &mut Vec<(usize, usize, Label)>,
    f: &[&str],
    gaz: &Gazetteer,
    usage: &Usage<'_>,
) {
    let dialect = |k: usize| {
        f.get(k).is_some_and(|w| {
            strips(w)
                .iter()
                .any(|x| DIALECT_WORDS.contains(&x.with_article.as_str()))
        })
    };
    for sp in spans.iter_mut().filter(|sp| sp.2 == Label::Per) {
        if (sp.0..sp.1).any(dialect) {
            sp.1 = sp.0;
            continue;
        }
        // (Only in a span of two or more words: a one-word name the tagger
        // found alone keeps its reading.)
        if sp.1 > sp.0 + 1
            && f.get(sp.0).is_some_and(|w| verb_before_name(w, usage, gaz))
            && f.get(sp.0..sp.1)
                .is_none_or(|r| gaz.lookup_span(r).is_none())
        {
            sp.0 += 1;
        }
        if sp.1 > sp.0 + 1
            && f.get(sp.1 - 1).is_some_and(|w| verb_after_name(w))
            && f.get(sp.0..sp.1)
                .is_none_or(|r| gaz.lookup_span(r).is_none())
        {
            sp.1 -= 1;
        }
    }
    spans.retain(|sp| sp.1 > sp.0);
}

/// Whether a token is a Latin acronym: two to six capital letters (MIT, FATF).
fn latin_acronym(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
}

/// An organisation's acronym right after its name of two words or more (s14a
/// E1; after one word, Latin capitals are a product's model: أيونيك BASE): Latin capitals
/// (معهد ماساتشوستس للتكنولوجيا MIT) or one word in parentheses, Latin or
/// Arabic (مجموعة العمل المالي (غافي)، الاتحاد الأوروبي لكرة القدم (ويفا)),
/// is the same organisation with its canonical name. An Arabic word must be
/// uncommon in news and of no other type in the lists, so a place or a date in
/// parentheses (الأمم المتحدة (جنيف)) is not taken.
pub fn acronyms_after_organisations(
    sentences: &[Vec<&str>],
    found: &mut [Vec<Found>],
    gaz: &Gazetteer,
    usage: &Usage<'_>,
) {
    for (tokens, xs) in sentences.iter().zip(found.iter_mut()) {
        let mut added: Vec<Found> = Vec::new();
        // (Not after an organisation named as a complement, مكتب الإحصاء التابع
        // للاتحاد الأوروبي (يوروستات): the acronym is the head noun's.)
        for x in xs.iter().filter(|x| {
            x.label == Label::Org
                && x.end >= x.start + 2
                && tokens
                    .get(x.start)
                    .is_some_and(|w| !fold(w).starts_with("لل") && !fold(w).starts_with("بال"))
        }) {
            let (k, paren) = match tokens.get(x.end) {
                Some(&"(") if tokens.get(x.end + 2) == Some(&")") => (x.end + 1, true),
                Some(_) => (x.end, false),
                None => continue,
            };
            let Some(&w) = tokens.get(k) else {
                continue;
            };
            let arabic = paren && {
                let fw = fold(w);
                fw.chars().count() >= 3
                    && fw.chars().all(super::norm::is_arabic_letter)
                    && !fw.starts_with("ال")
                    && !usage.common(w, &fw)
                    && usage.usual_label(&fw).is_none_or(|l| l == Label::Org)
                    && gaz.lookup_span(&[fw.as_str()]).is_none_or(|m| {
                        m.entries
                            .iter()
                            .filter_map(|&e| gaz.entry(e))
                            .all(|e| e.label == Label::Org)
                    })
            };
            if !(latin_acronym(w) || arabic)
                || xs.iter().chain(&added).any(|y| y.start <= k && k < y.end)
            {
                continue;
            }
            added.push(Found {
                start: k,
                end: k + 1,
                label: Label::Org,
                clitic_chars: Some(0),
                canonical: x.canonical.clone(),
                id: x.id.clone(),
                nationality: None,
            });
        }
        if !added.is_empty() {
            xs.extend(added);
            xs.sort_by_key(|x| (x.start, x.end));
        }
    }
}

/// A single quoted word the tagger read as MISC that is an imperfect plural
/// verb (كانوا "يحشمون"، "يتفلسفون": s14b E3) is no name, unless a list
/// knows it or a work's, media's or organisation's noun
/// before the quotes makes it a title (مسلسل "يتبعون" stays). Quoted common
/// nouns are left alone: most are titles (فيلم "ولدي"، مسلسل "طريق").
pub fn quoted_common_words(spans: &mut Vec<(usize, usize, Label)>, f: &[&str], gaz: &Gazetteer) {
    spans.retain(|&(s, e, label)| {
        if label != Label::Misc || e != s + 1 || s == 0 {
            return true;
        }
        let quoted = f.get(s - 1).is_some_and(|w| is_open_quote(w))
            && f.get(e).is_some_and(|w| is_close_quote(w));
        let Some(&fw) = f.get(s) else {
            return true;
        };
        let titled = s >= 2
            && f.get(s - 2).is_some_and(|w| {
                strips(w).iter().any(|x| {
                    WORK_NOUNS.contains(&x.bare)
                        || MEDIA_NOUNS.contains(&x.bare)
                        || ORG_NOUNS.contains(&x.bare)
                })
            });
        // (The name lexicon is not asked: it holds the tagger's own quoted
        // readings, and a verb shape settles the question.)
        if !quoted || titled || gaz.lookup_span(&[fw]).is_some() {
            return true;
        }
        let plural_verb = fw.starts_with(['ي', 'ت'])
            && (fw.ends_with("ون") || fw.ends_with("ين"))
            && fw.chars().count() >= 5;
        !plural_verb
    });
}

/// The word with the imperfect prefix of another person (تدعو → يدعو, يدعو →
/// تدعو, نرى → يرى), or `None` when it starts with none.
fn other_person(word: &str) -> Option<String> {
    let mut chars = word.chars();
    let other = match chars.next() {
        Some('ت') => 'ي',
        Some('ي') => 'ت',
        Some('ن') => 'ي',
        _ => return None,
    };
    Some(std::iter::once(other).chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::shipped;

    fn per(start: usize, end: usize) -> Found {
        Found {
            start,
            end,
            label: Label::Per,
            clitic_chars: Some(0),
            canonical: None,
            id: None,
            nationality: None,
        }
    }

    fn sents(text: &[&'static str]) -> Vec<Vec<&'static str>> {
        text.iter().map(|s| s.split(' ').collect()).collect()
    }

    fn fold_all(s: &[Vec<&str>]) -> Vec<Vec<String>> {
        s.iter()
            .map(|x| x.iter().map(|w| fold(w)).collect())
            .collect()
    }

    fn spans(found: &[Found]) -> Vec<(usize, usize, Option<usize>)> {
        found
            .iter()
            .map(|x| (x.start, x.end, x.clitic_chars))
            .collect()
    }

    fn folded(s: &str) -> (Vec<&str>, Vec<String>) {
        let t: Vec<&str> = s.split(' ').collect();
        let f = t.iter().map(|w| fold(w)).collect();
        (t, f)
    }

    #[test]
    fn a_family_name_found_once_tags_its_later_mentions() {
        let s = sents(&[
            "وقالت الكاتبة ميلاني تروكسل إن الرواية جاهزة",
            "وأضافت تروكسل أن النشر تأخر",
            "وكانت ميلاني تروكسل قد كتبت لتروكسل أخرى",
        ]);
        let mut found = vec![vec![per(2, 4)], vec![], vec![]];
        propagate_names(
            &s,
            &fold_all(&s),
            &mut found,
            Gazetteer::get(),
            &Usage::new(None),
        );
        assert_eq!(spans(&found[1]), vec![(1, 2, Some(0))]);
        // The full name where it is there, the proclitic outside the span.
        assert_eq!(spans(&found[2]), vec![(1, 3, Some(0)), (5, 6, Some(1))]);
    }

    #[test]
    fn a_common_word_surname_read_alone_once_is_carried_over() {
        let gaz = Gazetteer::get();
        let usage = Usage::new(shipped().ok().map(|m| &m.autolex));
        let s = sents(&[
            "واستقبل الوزير المستشار فريد نادر في مكتبه",
            "وقال نادر إن اللقاء كان مثمرا",
            "وترأس نادر لجنة التحقيق",
            "وهذا أمر نادر في السياسة",
        ]);
        let mut found = vec![vec![per(3, 5)], vec![per(1, 2)], vec![], vec![]];
        assert!(usage.common("نادر", "نادر"));
        propagate_names(&s, &fold_all(&s), &mut found, gaz, &usage);
        assert_eq!(spans(&found[2]), vec![(1, 2, Some(0))]);
        assert!(found[3].is_empty(), "{:?}", found[3]);
        // Not where the tagger never read the word alone as the person.
        let mut found = vec![vec![per(3, 5)], vec![], vec![], vec![]];
        propagate_names(&s, &fold_all(&s), &mut found, gaz, &usage);
        assert!(found[2].is_empty(), "{:?}", found[2]);
    }

    #[test]
    fn common_words_and_compound_name_ends_are_not_carried_over() {
        let gaz = Gazetteer::get();
        let usage = Usage::new(None);
        // الله ends سعد الله ونوس's given name; لي ("to me") is a common word.
        let s = sents(&[
            "قال المخرج عبد الله فيلم الختام",
            "وكتب بروس لي رسالة",
            "والحمد لله كما قال الله وقال لي صديق",
        ]);
        let mut found = vec![vec![per(2, 4)], vec![per(1, 3)], vec![]];
        propagate_names(&s, &fold_all(&s), &mut found, gaz, &usage);
        assert!(found[2].is_empty(), "{:?}", found[2]);
        // A word another entity of the document has (هيوستن the city) stays.
        let s = sents(&["غنت ويتني هيوستن أمس", "وصلت إلى هيوستن ثم إلى هيوستن"]);
        let loc = Found {
            label: Label::Loc,
            ..per(2, 3)
        };
        let mut found = vec![vec![per(1, 3)], vec![loc]];
        propagate_names(&s, &fold_all(&s), &mut found, gaz, &usage);
        assert_eq!(found[1].len(), 1);
    }

    #[test]
    fn a_noun_the_tagger_took_into_a_name_is_not_carried_over() {
        let usage = Usage::new(None);
        // الناشر "the publisher" is a noun (ناشر is frequent), السدحان a family name.
        assert!(!usage.family_name("الناشر"));
        assert!(usage.family_name("السدحان"));
        assert!(usage.family_name("الثعالبي"));
    }

    #[test]
    fn a_profession_noun_announces_a_name() {
        let gaz = Gazetteer::get();
        let usage = Usage::new(shipped().ok().map(|m| &m.autolex));
        let (t, f) = folded("توفي الممثل الأمريكي بيرت رينولدز عن عمر");
        let f: Vec<&str> = f.iter().map(String::as_str).collect();
        let mut s = Vec::new();
        assert_eq!(profession_names(&mut s, &t, &f, gaz, &usage), vec![3]);
        assert_eq!(s, vec![(3, 5, Label::Per)]);
        // A model span inside the name is extended back to its first word.
        let mut s = vec![(4, 6, Label::Per)];
        let (t, f) = folded("وغنت المطربة الشهيرة ماريا لويسا كاسترو أمس");
        let f: Vec<&str> = f.iter().map(String::as_str).collect();
        profession_names(&mut s, &t, &f, gaz, &usage);
        assert_eq!(s, vec![(3, 6, Label::Per)]);
        // Common words, and a verb alone, name nobody.
        for text in [
            "وقال المخرج إن الفيلم جاهز",
            "وكانت النجمة تحيي الحفل",
            "قدم الفنان والملحن الكبير أغنية",
            "ترك الكاتب الراحل للمكتبة العربية",
        ] {
            let (t, f) = folded(text);
            let f: Vec<&str> = f.iter().map(String::as_str).collect();
            let mut s = Vec::new();
            profession_names(&mut s, &t, &f, gaz, &usage);
            assert!(s.is_empty(), "{text}: {s:?}");
        }
    }

    #[test]
    fn a_quoted_title_after_a_work_or_media_noun_is_one_entity() {
        let usage = Usage::new(shipped().ok().map(|m| &m.autolex));
        let (t, f) = folded("عرض مسلسل \" ليالي الحلمية \" أمس");
        let f: Vec<&str> = f.iter().map(String::as_str).collect();
        let mut s = vec![(3, 4, Label::Per)];
        quoted_titles(&mut s, &t, &f, &usage);
        assert_eq!(s, vec![(3, 5, Label::Misc)]);
        let (t, f) = folded("ونقلت صحيفة « ذا صن » أن");
        let f: Vec<&str> = f.iter().map(String::as_str).collect();
        let mut s = Vec::new();
        quoted_titles(&mut s, &t, &f, &usage);
        assert_eq!(s, vec![(3, 5, Label::Org)]);
        // A definite noun before an adjective in quotes, punctuation inside quotes,
        // or a span crossing them, changes nothing.
        let (t, f) = folded("يحكي الكتاب \" الأسطوري \" عن");
        let f: Vec<&str> = f.iter().map(String::as_str).collect();
        let mut s = Vec::new();
        quoted_titles(&mut s, &t, &f, &usage);
        assert!(s.is_empty());
        let (t, f) = folded("صاحب القناة « ! وليس » مصلحة");
        let f: Vec<&str> = f.iter().map(String::as_str).collect();
        let mut s = Vec::new();
        quoted_titles(&mut s, &t, &f, &usage);
        assert!(s.is_empty());
        let (t, f) = folded("فيلم \" نور \" الشريف");
        let f: Vec<&str> = f.iter().map(String::as_str).collect();
        let mut s = vec![(2, 5, Label::Per)];
        quoted_titles(&mut s, &t, &f, &usage);
        assert_eq!(s, vec![(2, 5, Label::Per)]);
    }

    #[test]
    fn a_quoted_name_after_an_organisation_noun_is_one_entity() {
        let usage = Usage::new(shipped().ok().map(|m| &m.autolex));
        let run = |text: &str, spans: Vec<(usize, usize, Label)>| {
            let (t, f) = folded(text);
            let f: Vec<&str> = f.iter().map(String::as_str).collect();
            let mut s = spans;
            quoted_titles(&mut s, &t, &f, &usage);
            s
        };
        // The noun alone gives way to the quoted name.
        assert_eq!(
            run(
                "وانتقدت منظمة \" أطباء من أجل السلام \" القرار",
                vec![(1, 2, Label::Org)]
            ),
            vec![(3, 7, Label::Org)]
        );
        assert_eq!(
            run("وأعلن حزب « الأحرار الجدد » فوزه", vec![(4, 5, Label::Per)]),
            vec![(3, 5, Label::Org)]
        );
        assert_eq!(
            run("وكشف موقع \" تك رادار \" أن", Vec::new()),
            vec![(3, 5, Label::Org)]
        );
        // A common word in scare quotes is no name.
        assert!(run("وصنفتها جماعة \" إرهابية \" أمس", Vec::new()).is_empty());
        assert!(run("اتهمته بدعم منظمة \" متطرفة \" في", Vec::new()).is_empty());
    }

    #[test]
    fn a_person_span_does_not_end_on_a_function_word_or_predicate() {
        let gaz = Gazetteer::get();
        let usage = Usage::new(shipped().ok().map(|m| &m.autolex));
        for (text, span, want) in [
            ("وأبلغ خالد بأن الأمر انتهى", (1, 3), (1, 2)),
            ("وقال إن أردوغان دكتاتوري", (2, 4), (2, 3)),
            ("وقال عبد الفتاح السيسي إن", (1, 4), (1, 4)),
            ("وكان عرض الليلة لسامر الخطيب امسى باهتا", (3, 6), (3, 5)),
        ] {
            let (t, f) = folded(text);
            let f: Vec<&str> = f.iter().map(String::as_str).collect();
            let mut s = vec![(span.0, span.1, Label::Per)];
            trim_person_tails(&mut s, &t, &f, gaz, &usage);
            assert_eq!(s, vec![(want.0, want.1, Label::Per)], "{text}");
        }
    }

    #[test]
    fn a_person_span_across_wa_is_split_into_two_people() {
        let usage = Usage::new(shipped().ok().map(|m| &m.autolex));
        let (t, f) = folded("غنت مارايا كاري وويتني هيوستن");
        let f: Vec<&str> = f.iter().map(String::as_str).collect();
        let mut s = vec![(1, 4, Label::Per)];
        assert_eq!(split_person_conjuncts(&mut s, &t, &f, &usage), vec![3]);
        assert_eq!(s, vec![(1, 3, Label::Per), (3, 4, Label::Per)]);
        // ونوس is a name of its own.
        let (t, f) = folded("كتب سعد الله ونوس المسرحية");
        let f: Vec<&str> = f.iter().map(String::as_str).collect();
        let mut s = vec![(1, 4, Label::Per)];
        assert!(split_person_conjuncts(&mut s, &t, &f, &usage).is_empty());
        assert_eq!(s, vec![(1, 4, Label::Per)]);
    }

    #[test]
    fn a_verb_is_no_name() {
        let gaz = Gazetteer::get();
        let usage = Usage::new(shipped().ok().map(|m| &m.autolex));
        let (_, f) = folded("في منطقة يتزايد فيها الفقر وشارفوا على دخولها مع يتسحاق");
        let f: Vec<&str> = f.iter().map(String::as_str).collect();
        let mut s = vec![(2, 3, Label::Loc), (5, 6, Label::Loc), (9, 10, Label::Per)];
        drop_verbs(&mut s, &f, gaz, &usage);
        assert_eq!(s, vec![(9, 10, Label::Per)]);
    }

    #[test]
    fn an_organisation_named_once_is_named_by_its_word_afterwards() {
        let usage = Usage::new(shipped().ok().map(|m| &m.autolex));
        let org = |start, end| Found {
            label: Label::Org,
            canonical: Some("Brigades".to_string()),
            ..per(start, end)
        };
        let s = sents(&[
            "تبنت كتائب القسام الهجوم في بيان",
            "وقال متحدث إن القسام سترد قريبا",
            "ونشر موقع القسام صورا للعملية",
        ]);
        let mut found = vec![vec![org(1, 3)], vec![], vec![]];
        propagate_organisations(&s, &fold_all(&s), &mut found, Gazetteer::get(), &usage);
        assert_eq!(spans(&found[1]), vec![(3, 4, Some(0))]);
        assert_eq!(found[1][0].label, Label::Org);
        assert_eq!(found[1][0].canonical.as_deref(), Some("Brigades"));
        assert_eq!(spans(&found[2]), vec![(2, 3, Some(0))]);
        // A frequent word (الحكومة) is not carried over.
        let s = sents(&["وقالت الحكومة إنها ستدرس الطلب", "ورفضت الحكومة العرض"]);
        let mut found = vec![vec![org(1, 2)], vec![]];
        propagate_organisations(&s, &fold_all(&s), &mut found, Gazetteer::get(), &usage);
        assert!(found[1].is_empty(), "{:?}", found[1]);
    }

    #[test]
    fn a_listed_organisation_is_carried_over_whatever_its_word() {
        let usage = Usage::new(shipped().ok().map(|m| &m.autolex));
        let org = |start, end, id: &str| Found {
            label: Label::Org,
            canonical: Some("Listed".to_string()),
            id: Some(id.to_string()),
            ..per(start, end)
        };
        // A club whose word is also a verb (وصل), a coalition in ـون.
        let s = sents(&[
            "فاز فريق الوصل على ضيفه مساء السبت",
            "وتقدم الوصل في الشوط الأول",
            "ورفض تحالف سائرون التصويت على القانون",
            "وقال نائب عن سائرون إن الكتلة لن تشارك",
        ]);
        let mut found = vec![
            vec![org(1, 3, "org:al-wasl")],
            vec![],
            vec![org(1, 3, "org:sairoon")],
            vec![],
        ];
        propagate_organisations(&s, &fold_all(&s), &mut found, Gazetteer::get(), &usage);
        assert_eq!(spans(&found[1]), vec![(1, 2, Some(0))]);
        assert_eq!(found[1][0].id.as_deref(), Some("org:al-wasl"));
        assert_eq!(spans(&found[3]), vec![(3, 4, Some(0))]);
        assert_eq!(found[3][0].id.as_deref(), Some("org:sairoon"));
        // Unlisted (no id), the same words stay unmarked.
        let mut found = vec![
            vec![Found {
                id: None,
                ..org(1, 3, "x")
            }],
            vec![],
            vec![Found {
                id: None,
                ..org(1, 3, "x")
            }],
            vec![],
        ];
        propagate_organisations(&s, &fold_all(&s), &mut found, Gazetteer::get(), &usage);
        assert!(found[3].is_empty(), "{:?}", found[3]);
        // A listed name that is a frequent word (النصر "victory"), read once,
        // is not carried over; read twice, it is.
        let s = sents(&[
            "وقال القائد إن جنوده يقتربون من النصر على المتمردين",
            "وأكد أن النصر بات قريبا",
            "وتعاقد النصر مع مدرب جديد",
        ]);
        let mut found = vec![vec![org(6, 7, "org:al-nassr")], vec![], vec![]];
        propagate_organisations(&s, &fold_all(&s), &mut found, Gazetteer::get(), &usage);
        assert!(found[1].is_empty(), "{:?}", found[1]);
        let mut found = vec![
            vec![org(6, 7, "org:al-nassr")],
            vec![],
            vec![org(1, 2, "org:al-nassr")],
        ];
        propagate_organisations(&s, &fold_all(&s), &mut found, Gazetteer::get(), &usage);
        assert_eq!(spans(&found[1]), vec![(2, 3, Some(0))]);
    }

    #[test]
    fn a_place_named_after_a_spring_is_no_person() {
        let s = sents(&[
            "تظاهر طلاب جامعة عين شمس أمام المبنى",
            "وأغلقت الشرطة شوارع حي عين شمس",
        ]);
        let mut found = vec![vec![per(4, 5)], vec![per(5, 6)]];
        ain_place_names(&fold_all(&s), &mut found);
        assert!(found.iter().all(Vec::is_empty), "{found:?}");
        // The verb عيّن with its subject, named again later.
        let s = sents(&[
            "وعين بايدن مستشارا جديدا للأمن",
            "وقال بايدن إن الاختيار صائب",
        ]);
        let mut found = vec![vec![per(1, 2)], vec![per(1, 2)]];
        ain_place_names(&fold_all(&s), &mut found);
        assert_eq!(spans(&found[0]), vec![(1, 2, Some(0))]);
        assert_eq!(spans(&found[1]), vec![(1, 2, Some(0))]);
    }

    #[test]
    fn his_grandfather_is_not_a_city_spelt_with_ha() {
        let gaz = Gazetteer::get();
        let usage = Usage::new(shipped().ok().map(|m| &m.autolex));
        let place = |start, end, clitics| Found {
            label: Label::Loc,
            canonical: Some("Jeddah".to_string()),
            id: Some("geonames:105343".to_string()),
            clitic_chars: Some(clitics),
            ..per(start, end)
        };
        let s = sents(&[
            "وروى الكاتب أن جده هاجر إلى البرازيل",
            "وما زال يحتفظ بساعة جده القديمة",
        ]);
        let mut found = vec![vec![place(3, 4, 0)], vec![place(4, 5, 0)]];
        possessive_places(&s, &fold_all(&s), &mut found, gaz, &usage);
        assert!(found.iter().all(Vec::is_empty), "{found:?}");
        // The same spelling in an article that names the country is the city.
        let s = sents(&[
            "ووصل الوفد إلى جده قادما من الرياض",
            "وقالت الخارجية السعودية إن اللقاء تم",
        ]);
        let mut found = vec![vec![place(4, 5, 0)], vec![]];
        possessive_places(&s, &fold_all(&s), &mut found, gaz, &usage);
        assert_eq!(spans(&found[0]), vec![(4, 5, Some(0))]);
        // Written with ة, it is the city.
        let s = sents(&["وعقد المؤتمر في جدة الأسبوع الماضي"]);
        let mut found = vec![vec![place(3, 4, 0)]];
        possessive_places(&s, &fold_all(&s), &mut found, gaz, &usage);
        assert_eq!(spans(&found[0]), vec![(3, 4, Some(0))]);
    }

    #[test]
    fn a_reprint_credit_names_a_newspaper() {
        let gaz = Gazetteer::get();
        let run = |text: &str, spans: Vec<(usize, usize, Label)>| {
            let (_, f) = folded(text);
            let f: Vec<&str> = f.iter().map(String::as_str).collect();
            let mut s = spans;
            press_credits(&mut s, &f, gaz);
            s
        };
        assert_eq!(
            run("* نقلاً عن الخليج الإماراتية", vec![(3, 4, Label::Loc)]),
            vec![(3, 4, Label::Org)]
        );
        assert_eq!(
            run("نقلا عن الوطن القطرية .", Vec::new()),
            vec![(2, 3, Label::Org)]
        );
        // A body cited inside a sentence, or a credit without a nationality.
        assert!(run("وقتل ثلاثة نقلا عن الشرطة المصرية", Vec::new()).is_empty());
        assert!(run("نقلا عن الشرطة المصرية التي أكدت الخبر", Vec::new()).is_empty());
        assert!(run("نقلا عن الوكالة", Vec::new()).is_empty());
    }

    #[test]
    fn the_name_after_a_facility_noun_is_a_place() {
        let gaz = Gazetteer::get();
        let usage = Usage::new(shipped().ok().map(|m| &m.autolex));
        let run = |text: &str| {
            let (t, f) = folded(text);
            let f: Vec<&str> = f.iter().map(String::as_str).collect();
            let mut s = Vec::new();
            facility_names(&mut s, &t, &f, gaz, &usage);
            s
        };
        // The name, the noun and the adjective after it outside.
        assert_eq!(
            run("هبطت طائرتان في مطار التيفور العسكري مساء"),
            vec![(4, 5, Label::Loc)]
        );
        assert_eq!(
            run("واستقبل ضيوفه في قصر الإليزيه صباحا"),
            vec![(4, 5, Label::Loc)]
        );
        assert_eq!(
            run("احتفل المشجعون بجادة الشانزليزيه حتى الفجر"),
            vec![(3, 4, Label::Loc)]
        );
        assert_eq!(
            run("نقلت الطائرات إلى قاعدة حميميم قرب الساحل"),
            vec![(4, 5, Label::Loc)]
        );
        // Common nouns and adjectives after the noun name nothing.
        for text in [
            "عاد الجنود من ساحة المعركة منهكين",
            "مثل المتهم أمام قصر العدل أمس",
            "سيبني البلد مطار دولي جديد",
            "نقلت السجلات إلى قاعدة البيانات المركزية",
            "وصل الوفد إلى مطار العاصمة ليلا",
            "زار الوزير مستشفى الأطفال الجديد",
            "افتتح ملعب الملك عبد الله",
            "وقعت الحادثة في شارع جانبي ضيق",
            "أقامت الدولة جسر جوي لنقل المساعدات",
            "اكتشف الفريق ميناء قديما على الساحل",
            "يعيش في مخيم للاجئين قرب الحدود",
            "تضررت قاعدة عملائنا بعد الخلل",
            "نقل إلى مستشفى لآخر دون علاج",
            "تجمع الحجاج في ميدان القديس بطرس",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn a_person_right_after_fi_that_is_a_place_is_the_place() {
        let gaz = Gazetteer::get();
        let (_, f) = folded("يعمل في واشنطن منذ أعوام مع ترامب");
        let f: Vec<&str> = f.iter().map(String::as_str).collect();
        let mut s = vec![(2, 3, Label::Per), (6, 7, Label::Per)];
        places_after_fi(&mut s, &f, gaz);
        assert_eq!(s, vec![(2, 3, Label::Loc), (6, 7, Label::Per)]);
    }

    fn city(start: usize, end: usize, id: &str, canonical: &str) -> Found {
        Found {
            start,
            end,
            label: Label::Loc,
            clitic_chars: Some(0),
            canonical: Some(canonical.to_string()),
            id: Some(id.to_string()),
            nationality: None,
        }
    }

    #[test]
    fn a_listed_town_the_document_names_is_named_at_its_other_mentions() {
        let gaz = Gazetteer::get();
        let usage = Usage::new(shipped().ok().map(|m| &m.autolex));
        let s = sents(&[
            "وتقدمت القوات نحو مدينة صعدة فجر الخميس",
            "وأكد شيوخ صعدة أن المعارك توقفت",
            "وقالت مصادر إن الطريق لصعدة مقطوع",
        ]);
        let mut found = vec![vec![city(4, 5, "geonames:71334", "Sa'dah")], vec![], vec![]];
        places_in_document(&s, &fold_all(&s), &mut found, gaz, &usage);
        assert_eq!(spans(&found[1]), vec![(2, 3, Some(0))]);
        assert_eq!(found[1][0].id.as_deref(), Some("geonames:71334"));
        assert_eq!(spans(&found[2]), vec![(4, 5, Some(1))]);
        // A town whose word is a common one (كان "was"; العمارة "architecture")
        // is not carried to the word.
        let s = sents(&[
            "وعرض الفيلم في مدينة كان الفرنسية",
            "وكان الجمهور كبيرا في القاعة",
            "ووصل الوفد إلى العمارة جنوب العراق",
            "ويهتم الباحث بتاريخ العمارة الإسلامية",
        ]);
        let mut found = vec![
            vec![city(4, 5, "geonames:3028808", "Cannes")],
            vec![],
            vec![city(4, 5, "geonames:99608", "Al 'Amarah")],
            vec![],
        ];
        places_in_document(&s, &fold_all(&s), &mut found, gaz, &usage);
        assert!(found[1].is_empty() && found[3].is_empty(), "{found:?}");
    }

    #[test]
    fn a_name_read_alone_as_a_person_is_named_again() {
        let gaz = Gazetteer::get();
        let usage = Usage::new(shipped().ok().map(|m| &m.autolex));
        let s = sents(&[
            "وقالت المتسابقة تزامريندا إنها سعيدة",
            "وأثارت تعليقات تزامريندا جدلا واسعا",
            "وقرر المنتج إبعاد لتزامريندا عن البرنامج",
        ]);
        let mut found = vec![vec![per(2, 3)], vec![], vec![]];
        propagate_names(&s, &fold_all(&s), &mut found, gaz, &usage);
        assert_eq!(spans(&found[1]), vec![(2, 3, Some(0))]);
        assert_eq!(spans(&found[2]), vec![(3, 4, Some(1))]);
        // A full name of the document takes its first word first; the second
        // word of a product named with «آي» is no person.
        let s = sents(&[
            "وقال المدرب بيتروس إن الفريق جاهز",
            "ويرى بيتروس كيدر أن الرحيل قريب",
            "وكان بيتروس كيدر قد وصل",
            "واشترى الجمهور أجهزة آي بيتروس",
            "وشارك بيتروس الخزاعي في العرض",
        ]);
        let mut found = vec![vec![per(2, 3)], vec![], vec![per(1, 3)], vec![], vec![]];
        propagate_names(&s, &fold_all(&s), &mut found, gaz, &usage);
        assert_eq!(spans(&found[1]), vec![(1, 3, Some(0))]);
        // (Nor a given name before a family name the tagger left out.)
        assert!(found[3].is_empty() && found[4].is_empty(), "{found:?}");
    }

    #[test]
    fn two_person_spans_framed_by_a_listed_name() {
        let gaz = Gazetteer::get();
        // A first name before a conjunct with the shared family name.
        let s = sents(&["وحضر الحفل باراك وميشال أوباما"]);
        let mut found = vec![vec![
            per(2, 3),
            Found {
                clitic_chars: Some(1),
                ..per(3, 5)
            },
        ]];
        full_names_across_spans(&fold_all(&s), &mut found, gaz);
        assert_eq!(found[0][0].canonical.as_deref(), Some("Barack Obama"));
        assert_eq!(spans(&found[0]), vec![(2, 3, Some(0)), (3, 5, Some(1))]);
        // A full name cut before the father's name is one person.
        let s = sents(&["وزار سعد الدين رفيق الحريري باريس"]);
        let mut found = vec![vec![per(1, 3), per(3, 5)]];
        full_names_across_spans(&fold_all(&s), &mut found, gaz);
        assert_eq!(spans(&found[0]), vec![(1, 5, Some(0))]);
        assert_eq!(found[0][0].canonical.as_deref(), Some("Saad Hariri"));
        // Two people the list does not join stay two.
        let s = sents(&["وزار سعد الدين رفيق الشامي باريس"]);
        let mut found = vec![vec![per(1, 3), per(3, 5)]];
        full_names_across_spans(&fold_all(&s), &mut found, gaz);
        assert_eq!(spans(&found[0]), vec![(1, 3, Some(0)), (3, 5, Some(0))]);
    }

    fn org(start: usize, end: usize, link: Option<(&str, &str)>) -> Found {
        Found {
            start,
            end,
            label: Label::Org,
            clitic_chars: Some(0),
            canonical: link.map(|(c, _)| c.to_string()),
            id: link.map(|(_, i)| i.to_string()),
            nationality: None,
        }
    }

    fn links(found: &[Found]) -> Vec<(usize, usize, Label, Option<&str>)> {
        found
            .iter()
            .map(|x| (x.start, x.end, x.label, x.id.as_deref()))
            .collect()
    }

    #[test]
    fn a_name_without_its_type_noun_is_the_organisation_the_document_named() {
        let gaz = Gazetteer::get();
        let s = sents(&[
            "وأعلنت شركة تويوتا أرباحا قياسية",
            "وقالت تويوتا إن المبيعات ارتفعت",
            "وقال المدير إن سوني منافس قوي",
        ]);
        let mut found = vec![
            vec![org(1, 3, Some(("Toyota", "org:toyota")))],
            vec![org(1, 2, None)],
            vec![org(4, 5, None)],
        ];
        organisation_short_forms(&fold_all(&s), &mut found, gaz);
        assert_eq!(links(&found[1]), [(1, 2, Label::Org, Some("org:toyota"))]);
        // Another name keeps no canonical.
        assert_eq!(links(&found[2]), [(4, 5, Label::Org, None)]);
        // A name the tagger read as a person after a company's head noun.
        let s = sents(&[
            "وتعاقدت مجموعة ميرسك مع الميناء",
            "وقال ميرسك إن السفن وصلت",
        ]);
        let mut found = vec![
            vec![org(1, 3, Some(("Maersk", "org:maersk")))],
            vec![per(1, 2)],
        ];
        organisation_short_forms(&fold_all(&s), &mut found, gaz);
        assert_eq!(links(&found[1]), [(1, 2, Label::Org, Some("org:maersk"))]);
        // Two organisations the same name fits: neither.
        let s = sents(&[
            "وبثت قناة النهار التقرير ثم نشرته صحيفة النهار",
            "وقالت النهار إن الخبر صحيح",
        ]);
        let mut found = vec![
            vec![
                org(1, 3, Some(("Al Nahar TV", "org:al-nahar-tv"))),
                org(6, 8, Some(("An-Nahar", "org:an-nahar"))),
            ],
            vec![org(1, 2, None)],
        ];
        organisation_short_forms(&fold_all(&s), &mut found, gaz);
        assert_eq!(links(&found[1]), [(1, 2, Label::Org, None)]);
        // A place's name alone is no club named after it.
        let s = sents(&["وفاز مانشستر سيتي على ضيفه", "وتجول اللاعب في شوارع مانشستر"]);
        let mut found = vec![
            vec![org(
                1,
                3,
                Some(("Manchester City FC", "org:manchester-city")),
            )],
            vec![org(4, 5, None)],
        ];
        organisation_short_forms(&fold_all(&s), &mut found, gaz);
        assert_eq!(links(&found[1]), [(4, 5, Label::Org, None)]);
        // The first words of a listed name before another qualifier, and a
        // generic head (a bank, an agency) alone: no short form.
        let s = sents(&[
            "ونقلت وكالة الأنباء الألمانية الخبر عن البنك المركزي الأوروبي",
            "وذكرت وكالة الأنباء الروسية أن البنك المركزي رفع الفائدة",
        ]);
        let mut found = vec![
            vec![
                org(1, 4, Some(("dpa", "org:dpa"))),
                org(7, 10, Some(("European Central Bank", "org:ecb"))),
            ],
            vec![org(1, 3, None), org(5, 7, None)],
        ];
        organisation_short_forms(&fold_all(&s), &mut found, gaz);
        assert_eq!(
            links(&found[1]),
            [(1, 3, Label::Org, None), (5, 7, Label::Org, None)]
        );
    }

    #[test]
    fn a_short_form_after_the_full_name_is_the_same_body() {
        let gaz = Gazetteer::get();
        let s = sents(&[
            "وصوت مجلس النواب الأردني على الموازنة",
            "وأقر مجلس النواب القانون بالأغلبية",
            "وانتقد رئيس مجلس النواب العراقي القرار",
            "واجتمع لمجلس النواب وفد من المجلس",
        ]);
        let mut found = vec![
            vec![org(
                1,
                4,
                Some(("House of Representatives (Jordan)", "org:jo-house")),
            )],
            vec![],
            vec![],
            vec![],
        ];
        organisation_short_forms(&fold_all(&s), &mut found, gaz);
        assert_eq!(links(&found[1]), [(1, 3, Label::Org, Some("org:jo-house"))]);
        // Followed by another country's adjective: another body.
        assert!(found[2].is_empty());
        // A proclitic before the short form stays outside it.
        assert_eq!(
            found[3].first().map(|x| (x.start, x.clitic_chars)),
            Some((1, Some(1)))
        );
        // A short form of a name after a head noun of a ministry is not read.
        let s = sents(&[
            "وقالت وزارة الخارجية الأمريكية إن الوفد وصل",
            "وأكدت وزارة الخارجية أن الوزير سافر",
        ]);
        let mut found = vec![
            vec![org(
                1,
                4,
                Some(("US State Department", "org:us-state-department")),
            )],
            vec![],
        ];
        organisation_short_forms(&fold_all(&s), &mut found, gaz);
        assert!(found[1].is_empty());
        // A short form a list names as something else keeps that reading.
        let s = sents(&[
            "ومنحت منظمة الأمم المتحدة للطفولة الجائزة",
            "وقالت منظمة الأمم المتحدة إن العام صعب",
        ]);
        let mut found = vec![vec![org(1, 5, Some(("UNICEF", "org:unicef")))], vec![]];
        organisation_short_forms(&fold_all(&s), &mut found, gaz);
        assert!(found[1].is_empty());
    }

    #[test]
    fn a_quoted_name_a_list_gives_after_a_media_noun_is_that_medium() {
        let gaz = Gazetteer::get();
        let s = sents(&[
            "وقال الوزير لـ \" العربية \" إن الحوار مستمر",
            "وظهر المحلل على شاشة \" العربية \" مساء أمس",
            "ويدرس الطلاب اللغة \" العربية \" في المدارس",
            "وقال إن \" العربية \" لغة جميلة جدا",
        ]);
        let mut found = vec![vec![], vec![], vec![], vec![]];
        quoted_media_names(&fold_all(&s), &mut found, gaz);
        assert_eq!(
            links(&found[0]),
            [(4, 5, Label::Org, Some("org:al-arabiya"))]
        );
        assert_eq!(
            links(&found[1]),
            [(5, 6, Label::Org, Some("org:al-arabiya"))]
        );
        // After a definite noun the word is its adjective.
        assert!(found[2].is_empty());
        // (A quoted word alone after «إن» is still read as the channel: the
        // rule needs the quotes, and news quotes the adjective seldom.)
        assert_eq!(found[3].len(), 1);
        // Another kind of name's head before the quotes: no medium.
        let s = sents(&["وفاز الفريق على ملعب \" الاتحاد \" أمس"]);
        let mut found = vec![vec![]];
        quoted_media_names(&fold_all(&s), &mut found, gaz);
        assert!(found[0].is_empty());
        // Quotes holding more than the name are not a name.
        let s = sents(&["وقال لـ \" العربية نت \" إن الحوار مستمر"]);
        let mut found = vec![vec![]];
        quoted_media_names(&fold_all(&s), &mut found, gaz);
        assert!(found[0]
            .iter()
            .all(|x| x.id.as_deref() != Some("org:al-arabiya")));
    }
}
