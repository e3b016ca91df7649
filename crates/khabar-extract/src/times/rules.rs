//! The rule set: at each token, try the patterns that can start there, keep
//! the longest match, then merge adjacent date + clock time and chained
//! durations.
use khabar_text::Span;

use super::cal;
use super::lex::{raw_prefix_len, Tk, Tok};
use super::words::{self, lookup, Card, DayPart, Dir, Grain, Lex, Part};
use super::{Bias, Options};
use crate::Date;

use std::sync::OnceLock;

use khabar_text::lexicon::{FoldBuild, TailGate};

type HashMap<K, V> = std::collections::HashMap<K, V, FoldBuild>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Date,
    Time,
    Duration,
    Set,
}

/// Words before a day word that make it a day (في الغد، مساء الأمس، حتى اليوم);
/// after any other word the definite day word is the second term of a construct
/// (وطن الغد "the country of the future", عدو الأمس "the enemy of yesterday").
const DAY_GOVERNORS: &[&str] = &[
    "في",
    "وفي",
    "حتي",
    "من",
    "منذ",
    "قبل",
    "بعد",
    "خلال",
    "يوم",
    "صباح",
    "مساء",
    "ظهر",
    "ليله",
    "ليل",
    "فجر",
    "عصر",
    "الي",
    "اعتبارا",
    "بحلول",
    "غداه",
    "و",
    "ليوم",
    "بيوم",
    "ويوم",
    "نهايه",
    "بدايه",
    "مطلع",
    "منتصف",
    "اواخر",
    "اوائل",
    "ظهيره",
    "عشيه",
];

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Date => "DATE",
            Kind::Time => "TIME",
            Kind::Duration => "DURATION",
            Kind::Set => "SET",
        }
    }
}

/// A clock time (hour, minute, optional second), or a part of the day.
#[derive(Debug, Clone, PartialEq)]
pub enum Clock {
    Hm(u32, u32, Option<u32>),
    /// TIMEX3 part of day: MO, AF, EV, NI.
    Part(&'static str),
    /// An invalid clock reading (25:70).
    Invalid,
}

/// One recognised expression.
#[derive(Debug, Clone)]
pub struct M {
    /// Byte span.
    pub span: Span,
    /// First and one-past-last token.
    pub ti: usize,
    pub te: usize,
    pub kind: Kind,
    /// The date part (or the whole value for non-TIME kinds); `None` = invalid/unresolvable.
    pub val: Option<String>,
    /// Clock part of a TIME.
    pub clock: Option<Clock>,
    /// The clock time had an explicit part of day (صباحا، مساء…).
    pub dp: bool,
    /// A year-less Gregorian (month, day) whose year the reference date chose
    /// (nearest occurrence); the document pass may date it from its context.
    pub float: Option<(u32, Option<u32>)>,
    /// A day counted from the narrative's day, not the reference date (اليوم
    /// التالي → +1, الليلة السابقة → −1); the document pass re-anchors it.
    pub rel: Option<i64>,
    /// «العام ذاته»، «نفس الشهر»، «ذلك العام»: the year or month named earlier in the
    /// narrative; the document pass gives the value.
    pub anaph: Option<Grain>,
}

pub struct P<'a> {
    /// Token where the current weekday expression starts (for tense cues).
    cur: std::cell::Cell<usize>,
    /// The expression being read follows منذ (since): a year-less month is past.
    since: std::cell::Cell<bool>,
    /// Token where [`P::at`] is reading (for tense cues of year-less months).
    at_i: std::cell::Cell<usize>,
    /// Year-less (year chosen, month, day) resolved while reading at `at_i`.
    fl: std::cell::RefCell<Vec<(i32, u32, Option<u32>)>>,
    pub text: &'a str,
    pub t: &'a [Tok],
    /// Buffer of the tokens' normalized forms.
    buf: &'a str,
    lx: Vec<Option<(Lex, usize)>>,
    /// Number-word readings per token: (as first word, after a و continuation).
    nw: Vec<(Option<Lex>, Option<Lex>)>,
    /// Tokens where some rule can start (lexicon word, digits, or a trigger word).
    start_ok: Vec<bool>,
    r: Option<Date>,
    o: &'a Options,
}

/// A number read at a token position.
#[derive(Debug, Clone, Copy)]
struct Num {
    v: f64,
    end: usize,
    ord: bool,
    digits: bool,
}

fn pad_year(y: i32) -> String {
    if (0..10000).contains(&y) {
        format!("{y:04}")
    } else {
        format!("{y}")
    }
}

/// `YYYY-MM-DD` with X for unknown parts, shortened to the known grain.
pub fn ymd(y: Option<i32>, m: Option<u32>, d: Option<u32>) -> String {
    let ys = y.map_or_else(|| "XXXX".to_string(), pad_year);
    match (m, d) {
        (None, None) => ys,
        (Some(m), None) => format!("{ys}-{m:02}"),
        (m, Some(d)) => format!(
            "{ys}-{}-{d:02}",
            m.map_or_else(|| "XX".to_string(), |m| format!("{m:02}"))
        ),
    }
}

fn dstr(d: Date) -> String {
    ymd(Some(d.year), Some(d.month), Some(d.day))
}

fn week_str(d: Date) -> String {
    let (y, w) = cal::iso_week(d);
    format!("{}-W{w:02}", pad_year(y))
}

/// `YYYY-MM-DD` / `XXXX-WXX-d`: a single day.
fn is_day_value(v: &str) -> bool {
    let b = v.as_bytes();
    (b.len() == 10 && b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-'))
        || (v.starts_with("XXXX-WXX-") && v.len() == 10)
}

/// `YYYY-Www` / `XXXX-WXX`: a whole calendar week.
fn is_week_value(v: &str) -> bool {
    v.rsplit_once("-W").is_some_and(|(y, w)| {
        y.len() == 4 && w.len() == 2 && w.chars().all(|c| c.is_ascii_digit() || c == 'X')
    })
}

/// The n-th ISO week of year `y` (`2027-W03`); n = -1 for the last one.
fn iso_week_of_year(y: i32, n: i32) -> Option<String> {
    let last = cal::iso_week(cal::date(y, 12, 28)?).1;
    let w = if n < 0 { last } else { u32::try_from(n).ok()? };
    (1..=last)
        .contains(&w)
        .then(|| format!("{}-W{w:02}", pad_year(y)))
}

fn grain_dur(g: Grain, n: f64) -> String {
    let num = if n.fract() == 0.0 && n.abs() < 1e12 {
        format!("{}", n as i64)
    } else if g == Grain::Second {
        // Race times keep their thousandths (دقيقة و11.212 ثانية → PT1M11.212S).
        let s = format!("{n:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        let s = format!("{n:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    let (t, u, mult) = match g {
        Grain::Second => (true, "S", 1.0),
        Grain::Minute => (true, "M", 1.0),
        Grain::Hour => (true, "H", 1.0),
        Grain::Day => (false, "D", 1.0),
        Grain::Week => (false, "W", 1.0),
        Grain::Month => (false, "M", 1.0),
        Grain::Year => (false, "Y", 1.0),
        Grain::Decade => (false, "Y", 10.0),
        Grain::Century => (false, "Y", 100.0),
    };
    let num = if mult != 1.0 {
        let x = n * mult;
        if x.fract() == 0.0 && x.abs() < 1e12 {
            format!("{}", x as i64)
        } else {
            format!("{x}")
        }
    } else {
        num
    };
    format!("P{}{num}{u}", if t { "T" } else { "" })
}

fn vague_dur(g: Grain) -> String {
    match g {
        Grain::Second => "PTXS",
        Grain::Minute => "PTXM",
        Grain::Hour => "PTXH",
        Grain::Day => "PXD",
        Grain::Week => "PXW",
        Grain::Month => "PXM",
        Grain::Year => "PXY",
        Grain::Decade => "PXDE",
        Grain::Century => "PXCE",
    }
    .to_string()
}

fn as_unit(l: Lex) -> Option<(Grain, Card, bool)> {
    match l {
        Lex::Unit(g, c, d) => Some((g, c, d)),
        Lex::YearWord(_) => None,
        _ => None,
    }
}

/// «17,00»، «9.30»: an hour (≤ 23) and two digits of minutes (≤ 59) separated by
/// a comma or a point (the normalized digit token).
fn comma_clock(a: &str) -> Option<(i64, i64)> {
    let (h, m) = a.split_once([',', '.'])?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (i64, i64) = (h.parse().ok()?, m.parse().ok()?);
    ((0..=23).contains(&h) && (0..60).contains(&m)).then_some((h, m))
}

/// A year after a Hijri month name without an era mark, from this value on, is
/// Gregorian («رمضان 2018»).
const GREGORIAN_AFTER_HIJRI_MONTH: i32 = 1600;

/// Words that may precede a bare 4-digit year to make it a date.
/// How often (in the word lexicon learned from news) the form after a future
/// prefix س must occur for the word to count as a future verb.
const MIN_IMPERFECT_COUNT: u32 = 3;

/// Whether `form` (what follows a future prefix س) is a word of news text, also
/// without a dual or plural ending (سيتزوجان → يتزوجان → يتزوج).
fn is_imperfect_word(form: &str) -> bool {
    let lex = khabar_text::lexicon::Lexicon::get();
    let known = |f: &str| lex.count(&khabar_text::lexicon::lexfold_str(f)) >= MIN_IMPERFECT_COUNT;
    known(form)
        || ["ان", "ون", "ين", "وا"].iter().any(|end| {
            form.strip_suffix(end)
                .is_some_and(|stem| stem.chars().count() >= 3 && known(stem))
        })
}

/// How often the three-letter imperfect after the future prefix of a four-letter
/// word (سيتم → يتم، سيصل → يصل، ستظل → تظل) must occur in the news lexicon.
const MIN_SHORT_IMPERFECT_COUNT: u32 = 30;

/// Is `form` (the three letters after س in سيتم، سيصل، ستجد، سنرى) a frequent
/// imperfect of a sound, doubled or assimilated root? A long vowel in second
/// place (يان، تام، نار، نوت، تيم: the tails of سيان، ستام، سنار، سنوت، ستيم) or a
/// final ه (نيه of سنية) marks a noun or name, not a verb.
fn short_imperfect(form: &str) -> bool {
    let c: Vec<char> = form.chars().collect();
    c.len() == 3
        && matches!(c[0], 'ي' | 'ت' | 'ن')
        && !matches!(c[1], 'ا' | 'و' | 'ي')
        && c[2] != 'ه'
        && word_count(form) >= MIN_SHORT_IMPERFECT_COUNT
}

/// Is `n` (و/ف allowed) a masculine perfect by the company it keeps in news text
/// (سجل: سجلت، سجلوا; تعرض: تعرضت، تعرضوا; تفوق، شاهد): a frequent word whose
/// feminine in ـت and plural in ـوا are both attested. Used only to hold back a
/// forward reading, so a noun that passes (عمل: عملت، عملوا) costs nothing.
fn perfect_like(n: &str) -> bool {
    let w = match n.strip_prefix(['و', 'ف']) {
        Some(r) if r.chars().count() >= 3 => r,
        _ => n,
    };
    // Particles and nouns whose ـت/ـوا forms are verbs of another root.
    const NOT: &[&str] = &[
        "غير", "بين", "عبر", "حول", "ضد", "امام", "عند", "مثل", "كل", "بعض", "دون", "نحو", "فوق",
        "تحت", "خلف", "وسط", "رغم", "حين", "بعد", "قبل",
    ];
    let c = w.chars().count();
    (3..=5).contains(&c)
        && !NOT.contains(&w)
        && !w.starts_with("ال")
        && !w.ends_with(['ه', 'ا', 'ي', 'ت'])
        && word_count(w) >= MIN_PERFECT_STEM
        && word_count(&format!("{w}ت")) >= 10
        && word_count(&format!("{w}وا")) >= 3
}

/// How often (in the word lexicon learned from news) the stem of a feminine or
/// plural perfect (توصلت → توصل) and its other person must occur for the word to
/// be read as a perfect verb by its shape alone.
const MIN_PERFECT_STEM: u32 = 30;
const MIN_PERFECT_OTHER: u32 = 5;

/// Is `n` (a normalized word, و/ف allowed) a perfect verb by its shape: a third
/// person feminine in ـت or plural in ـوا whose stem is a frequent word and whose
/// other person is attested too (توصلت: توصل + توصلوا; هاجموا: هاجم + هاجمت)? Nouns
/// in ـات and short words (وقت، بنت، سبت) are not.
fn shaped_perfect(n: &str) -> bool {
    let w = match n.strip_prefix(['و', 'ف']) {
        Some(r) if r.chars().count() >= 4 => r,
        _ => n,
    };
    let lex = khabar_text::lexicon::Lexicon::get();
    let count = |f: &str| lex.count(&khabar_text::lexicon::lexfold_str(f));
    let check = |stem: &str, other: &str| {
        stem.chars().count() >= 3
            && !stem.ends_with('ا')
            && count(stem) >= MIN_PERFECT_STEM
            && count(&format!("{stem}{other}")) >= MIN_PERFECT_OTHER
    };
    if let Some(stem) = w.strip_suffix('ت') {
        return check(stem, "وا");
    }
    if let Some(stem) = w.strip_suffix("وا") {
        return check(stem, "ت");
    }
    false
}

/// Imperfects in ت (third person feminine) that open announcements of fixtures
/// and schedules (وتقام المباراة الأحد، تنطلق البطولة الجمعة); other ت-words
/// are as often Form V/VI perfects (وتحدث، توجه، وتعرض، وتنافس).
const OPENING_T_IMPERFECTS: &[&str] = &[
    "تقام",
    "تنطلق",
    "تستكمل",
    "تتجه",
    "تلعب",
    "تبدا",
    "تعقد",
    "تقيم",
    "تغادر",
    "تستضيف",
    "تلتقي",
    "تختتم",
    "تشهد",
    "تجري",
    "تستانف",
    "تحتضن",
    "تواجه",
    "تودع",
    "تنظم",
    "تفتتح",
];

/// Imperfects of commentary and reporting, which narrate what is past as well
/// (يقول الرئيس الأحد إن…، ويأتي اجتماع الثلاثاء غداة…): not announcements.
const DISCOURSE_IMPERFECTS: &[&str] = &[
    "ياتي",
    "تاتي",
    "يذكر",
    "تذكر",
    "يشار",
    "يعد",
    "تعد",
    "يعتبر",
    "تعتبر",
    "يقول",
    "تقول",
    "يري",
    "تري",
    "يبدو",
    "تبدو",
    "يجدر",
    "يمكن",
    "يعني",
    "تعني",
    "يشير",
    "تشير",
    "يؤكد",
    "تؤكد",
    "يوضح",
    "توضح",
    "يتحدث",
    "تتحدث",
    "يقر",
    "تقر",
];

/// How often a normalized word occurs in the news word lexicon; a final ه is also
/// tried as ة (the lexicon keeps ta marbuta, our tokens fold it).
fn word_count(w: &str) -> u32 {
    let lex = khabar_text::lexicon::Lexicon::get();
    let count = |f: &str| lex.count(&khabar_text::lexicon::lexfold_str(f));
    let plain = count(w);
    match w.strip_suffix('ه') {
        Some(stem) => plain.max(count(&format!("{stem}ة"))),
        None => plain,
    }
}

/// Tokens before a year-less month searched for a verb cue (same clause).
const TENSE_WINDOW: usize = 6;

/// How far back [`P::clause_past`] looks for a perfect verb of the clause.
const CLAUSE_REACH: usize = 14;

/// How far ahead (days) the nearest occurrence of a year-less date must be for
/// [`P::clause_past`] to send it to the past.
const CLAUSE_PAST_MIN_DAYS: i64 = 90;

/// Nouns and names that look like س + imperfect verb (سيلفا، سياسة، سيارة …).
const NOT_VERBS: &[&str] = &[
    "ستين",
    "ستوديو",
    "سيد",
    "سنه",
    "سنوات",
    "سيلف",
    "سيتي",
    "سياس",
    "سيار",
    "سيطر",
    "سينا",
    "سينم",
    "سيول",
    "سيرغ",
    "سيرج",
    "سيمون",
    "ستيف",
    "ستيو",
    "ستار",
    "ستراتيج",
    "ستوكهولم",
    "ستالين",
    "سنغافور",
    "سنتي",
    "سنتر",
    "سيف",
    "سيئ",
    "سياد",
    "سياح",
    "سيدن",
    "سيبير",
    "سيراليون",
    "سيريلانك",
    "ستاد",
    "سنود",
    "سيناتور",
    "سيسي",
    "سيزار",
    "سيرفي",
    "ستان",
    "ستون",
    "ستاف",
    "سنا",
    "ستما",
    "ستمئ",
    "سنوي",
    "سنين",
];

/// Tokens before a bare weekday searched for a future cue: «سيؤدي أكثر من مليوني
/// مسلم بدءا من الأحد» puts the verb's subject between.
const WEEKDAY_FUTURE_WINDOW: usize = 8;

/// How far back a future verb (س-، سوف) alone still governs a bare weekday.
const WEEKDAY_FUTURE_FAR: usize = 20;

/// How far back [`P::until_ahead`] looks for the verb of «حتى + weekday».
const UNTIL_REACH: usize = 14;

/// How far back «N منه» looks for the month it is a day of.
const MONTH_OF_REACH: usize = 30;

/// Days a tense cue tolerates on the wrong side of the reference date.
const TENSE_SLACK_DAYS: i64 = 7;

/// The tense a verb cue gives a year-less month or day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
}

/// Common past-tense verbs of news narration (normalized, 3rd person masculine).
const PAST_VERBS: &[&str] = &[
    "قال",
    "اعلن",
    "كشف",
    "اكد",
    "اوضح",
    "اشار",
    "افاد",
    "اصدر",
    "وقع",
    "جري",
    "بدا",
    "انتهي",
    "تم",
    "قرر",
    "رفض",
    "وافق",
    "اعترف",
    "اتهم",
    "زار",
    "التقي",
    "استقبل",
    "غادر",
    "وصل",
    "عاد",
    "فاز",
    "خسر",
    "حقق",
    "ارتفع",
    "انخفض",
    "هبط",
    "بلغ",
    "اعتقل",
    "اطلق",
    "نفذ",
    "اغلق",
    "افتتح",
    "انطلق",
    "اقر",
    "صادق",
    "استقال",
    "انسحب",
    "توفي",
    "حصل",
    "باع",
    "اشتري",
    "استحوذ",
    "نظم",
    "شارك",
    "انضم",
    "اصيب",
    "اندلع",
    "اختفي",
    "خرج",
    "انتقل",
    "ابلغ",
    "اجري",
    "ابرم",
    "الغي",
    "انتخب",
    "استغل",
    "دعا",
    // Verbs of being forced out or removed (واضطر … في نوفمبر للتخلي عن السلطة).
    "اضطر",
    "اجبر",
    "ارغم",
    "اطيح",
    "اقيل",
    "اغتيل",
    "اعدم",
    // Also the verbal nouns تنحّي، تخلّي, which name a past event as well.
    "تنحي",
    "تخلي",
];

/// Past-tense stems that are also frequent nouns or verbal nouns (فرض، نشر، تعرض،
/// سجل، عقد): they count only with a subject suffix (فرضت، نشروا).
const PAST_VERBS_SUFFIXED: &[&str] = &[
    "ذكر",
    "نشر",
    "شهد",
    "سجل",
    "تراجع",
    "صدر",
    "ظهر",
    "دخل",
    "تعرض",
    "خفض",
    "تولي",
    "تلقي",
    "فرض",
    "طالب",
    "عقد",
    "نقل",
    "عرض",
    "رفع",
    "طرح",
    "بث",
    "حضر",
    "قتل",
    "دفع",
];

/// A past-tense verb of [`PAST_VERBS`] without an object pronoun (أعلن، وكشفت،
/// أكدوا), so that verbal nouns with a possessive (استقالته) are not taken for one.
fn plain_past_verb(n: &str) -> bool {
    let b = n
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 3);
    [Some(n), b].into_iter().flatten().any(|w| {
        PAST_VERBS.contains(&w)
            || ["ت", "وا"]
                .iter()
                .any(|s| w.strip_suffix(s).is_some_and(|st| PAST_VERBS.contains(&st)))
    })
}

/// Is `n` (a normalized word) a past-tense verb of [`PAST_VERBS`], with an optional
/// و/ف, a subject suffix (ت، وا، ا، تا) and, after a verb form, an object pronoun
/// (كشفها، استغلتها)? Stems of [`PAST_VERBS_SUFFIXED`] need ت or وا.
fn is_past_verb(n: &str) -> bool {
    let stripped = n
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 2);
    // Both readings: وقع is a verb itself, وتم is و + تم.
    let words = std::iter::once(n).chain(stripped);
    let bodies = words.flat_map(|w| {
        std::iter::once(w).chain(
            ["ها", "هم", "ه"]
                .iter()
                .filter_map(move |p| w.strip_suffix(p)),
        )
    });
    for b in bodies {
        if PAST_VERBS.contains(&b) {
            return true;
        }
        for suf in ["ت", "وا", "تا", "ا"] {
            let Some(stem) = b.strip_suffix(suf) else {
                continue;
            };
            if PAST_VERBS.contains(&stem)
                || (["ت", "وا"].contains(&suf) && PAST_VERBS_SUFFIXED.contains(&stem))
            {
                return true;
            }
        }
    }
    false
}

/// Adjectives of a year that is not the calendar one: العام المالي 2017، السنة
/// المالية 2018، العام الدراسي 2019 (the written year is the value).
const YEAR_KINDS: &[&str] = &["المالي", "الماليه", "الدراسي", "الدراسيه"];

/// A word without its و/ف conjunction, ب/ل preposition and article (normalized
/// letters): وبكأس → كاس, الانتخابات → انتخابات.
fn bare_word(w: &str) -> &str {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    let w = w.strip_prefix(['ب', 'ل']).unwrap_or(w);
    w.strip_prefix("ال").unwrap_or(w)
}

/// Time prepositions and period words before a year (في 1987، مطلع 2010). With a
/// و/ف conjunction they still govern the year ([`P::conj_year_prep`]).
const TIME_PREPS: &[&str] = &["في", "منذ", "حتي", "قبل", "بعد", "خلال", "بحلول"];

/// Parts of a period before a year (مطلع 2010، نهاية 2018); like [`TIME_PREPS`].
const PERIOD_PARTS: &[&str] = &["مطلع", "اوائل", "اواخر", "منتصف", "نهايه", "بدايه", "اواسط"];

/// Is `w` (normalized, without clitics) a time preposition or a part of a period?
fn is_time_prep(w: &str) -> bool {
    TIME_PREPS.contains(&w) || PERIOD_PARTS.contains(&w)
}

/// More words a year follows: prepositions that also govern amounts (من، إلى،
/// عن، مع), year nouns and seasons. Not read after a conjunction.
const OTHER_YEAR_PREPS: &[&str] = &[
    "من", "الي", "وحتي", "عام", "سنه", "مع", "عن", "ربيع", "صيف", "شتاء", "خريف",
];

/// Nouns of people, matches and things that news counts in thousands: a 4-digit
/// number before one is a count, not a year (see [`P::career_count`]).
const COUNTED: &[&str] = &[
    "مباراه",
    "مباريات",
    "مواجهه",
    "مواجهات",
    "هدف",
    "هدفا",
    "اهداف",
    "شخص",
    "شخصا",
    "اشخاص",
    "قتيل",
    "قتيلا",
    "قتلي",
    "جريح",
    "جريحا",
    "جرحي",
    "حادث",
    "حادثا",
    "حوادث",
    "طفل",
    "طفلا",
    "اطفال",
    "لاجئ",
    "لاجئا",
    "لاجئين",
    "مقاتل",
    "مقاتلا",
    "مقاتلين",
    "عنصر",
    "عنصرا",
    "جندي",
    "جنديا",
    "جنود",
    "منزل",
    "منزلا",
    "منازل",
    "موظف",
    "موظفا",
    "موظفين",
    "لاعب",
    "لاعبا",
    "لاعبين",
    "فيلم",
    "فيلما",
    "افلام",
    "صفحه",
    "صفحات",
    "سياره",
    "سيارات",
    "معتقل",
    "معتقلا",
    "معتقلين",
    "سجين",
    "سجينا",
    "سجناء",
    "اسير",
    "اسيرا",
    "اسري",
    "محكوم",
    "محكوما",
    "موقوف",
    "موقوفا",
    "رهينه",
    "رهائن",
    "مهاجر",
    "مهاجرا",
    "مهاجرين",
    "قطعه",
    "مشارك",
    "مشاركا",
];

/// Complementizers (folded) that open a reported clause: أن/إن, بأن, أنه/إنها …
const COMPLEMENTIZERS: &[&str] = &["ان", "وان", "بان", "انه", "انها", "بانه", "بانها"];

impl<'a> P<'a> {
    pub fn new(text: &'a str, t: &'a [Tok], buf: &'a str, r: Option<Date>, o: &'a Options) -> Self {
        // One look-up per token in the table of every word with something to say.
        let mut lx: Vec<Option<(Lex, usize)>> = Vec::with_capacity(t.len());
        let mut nw: Vec<(Option<Lex>, Option<Lex>)> = Vec::with_capacity(t.len());
        let mut start_ok: Vec<bool> = Vec::with_capacity(t.len());
        for tok in t {
            let n = tok.norm(buf);
            let info = known_word_info(n);
            debug_assert_eq!(info, word_info(n), "word table misses {n:?}");
            let l = match tok.kind {
                Tk::Word | Tk::Latin => info.lx,
                _ => None,
            };
            let w = if tok.kind == Tk::Word {
                info.nw
            } else {
                (None, None)
            };
            start_ok.push(
                l.is_some() || w.0.is_some() || w.1.is_some() || tok.kind == Tk::Num || info.trig,
            );
            lx.push(l);
            nw.push(w);
        }
        P {
            nw,
            start_ok,
            cur: std::cell::Cell::new(0),
            since: std::cell::Cell::new(false),
            at_i: std::cell::Cell::new(0),
            fl: std::cell::RefCell::new(Vec::new()),
            text,
            t,
            buf,
            lx,
            r,
            o,
        }
    }

    /// The reference date the expressions are resolved against.
    pub(super) fn reference(&self) -> Option<Date> {
        self.r
    }

    pub(super) fn lex(&self, i: usize) -> Option<Lex> {
        self.lx.get(i).copied().flatten().map(|x| x.0)
    }
    /// Lexicon entry only when the word has no proclitic.
    fn lex0(&self, i: usize) -> Option<Lex> {
        match self.lx.get(i).copied().flatten() {
            Some((l, 0)) => Some(l),
            _ => None,
        }
    }
    fn clitic(&self, i: usize) -> usize {
        self.lx.get(i).copied().flatten().map_or(0, |x| x.1)
    }
    /// Does the lexicon word at i carry a ل or ب proclitic (after an optional و/ف)?
    fn lb_clitic(&self, i: usize) -> bool {
        let (k, n) = (self.clitic(i), self.n(i));
        k > 0
            && n.char_indices()
                .nth(k)
                .and_then(|(b, _)| n.get(..b))
                .is_some_and(|c| ["ل", "ب", "ول", "وب", "فل", "فب"].contains(&c))
    }
    /// The proclitic letters stripped from the lexicon word at i ("" when none).
    fn clitic_str(&self, i: usize) -> &str {
        let (k, n) = (self.clitic(i), self.n(i));
        n.char_indices()
            .nth(k)
            .and_then(|(b, _)| n.get(..b))
            .unwrap_or("")
    }
    pub fn n(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| t.norm(self.buf))
    }
    pub(super) fn is(&self, i: usize, w: &str) -> bool {
        self.n(i) == w
    }
    /// Does token k name a season or a month (not a relative unit)?
    pub(super) fn named_period(&self, k: usize) -> bool {
        matches!(
            self.lex(k),
            Some(Lex::Season(_) | Lex::Month(..) | Lex::MonthHead(..) | Lex::Hijri(..))
        )
    }

    /// [`P::is_any`] for the document passes.
    pub(super) fn is_any_of(&self, i: usize, ws: &[&str]) -> bool {
        self.is_any(i, ws)
    }
    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        let n = self.n(i);
        ws.contains(&n)
    }
    /// Whether token `k` is a sentence-ending or clause-closing mark (. ؟ ! ؛ :).
    fn ends_sentence(&self, k: usize) -> bool {
        self.kind(k) == Some(Tk::Punct) && [".", "؟", "!", "؛", ":"].contains(&self.n(k))
    }
    /// Whether token `k` is a past (perfect) verb: listed, or a word of a perfect shape.
    fn perfect_at(&self, k: usize) -> bool {
        let n = self.n(k);
        is_past_verb(n)
            || (self.kind(k) == Some(Tk::Word) && (shaped_perfect(n) || perfect_like(n)))
    }
    fn kind(&self, i: usize) -> Option<Tk> {
        self.t.get(i).map(|t| t.kind)
    }
    /// Start byte of token i after `skip` clitic letters.
    fn start_of(&self, i: usize) -> usize {
        let Some(t) = self.t.get(i) else {
            return self.text.len();
        };
        let k = self.clitic(i);
        if k == 0 {
            return t.span.start;
        }
        t.span.start + raw_prefix_len(t.span.slice(self.text), k)
    }
    fn end_of(&self, i: usize) -> usize {
        self.t.get(i).map_or(self.text.len(), |t| t.span.end)
    }
    fn mk(&self, ti: usize, te: usize, kind: Kind, val: Option<String>) -> M {
        M {
            span: Span::new(self.start_of(ti), self.end_of(te.saturating_sub(1).max(ti))),
            ti,
            te,
            kind,
            val,
            clock: None,
            dp: false,
            float: None,
            rel: None,
            anaph: None,
        }
    }

    /// A pure-digit token's integer value.
    fn int(&self, i: usize) -> Option<i64> {
        let t = self.t.get(i)?;
        if t.kind != Tk::Num
            || t.norm(self.buf).len() > 12
            || !t.norm(self.buf).bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        t.norm(self.buf).parse().ok()
    }

    /// A number at i: digits (with optional decimal part) or number words.
    fn num(&self, i: usize) -> Option<Num> {
        let t = self.t.get(i)?;
        if t.kind == Tk::Num {
            let s = t.norm(self.buf);
            let v: f64 = if s.bytes().all(|b| b.is_ascii_digit()) {
                if s.len() > 15 {
                    return None;
                }
                s.parse().ok()?
            } else if s.matches('.').count() == 1
                && s.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && s.len() <= 15
            {
                s.parse().ok()?
            } else {
                return None;
            };
            return Some(Num {
                v,
                end: i + 1,
                ord: false,
                digits: true,
            });
        }
        self.word_num(i)
    }

    fn num_word_lex(&self, i: usize, first: bool) -> Option<Lex> {
        let (f, w) = self.nw.get(i).copied()?;
        if first {
            f
        } else {
            w
        }
    }

    /// Number words: ثلاثة، خمسة عشر، ثلاث وعشرين، ألفين وأربعة عشر، الحادي والعشرين.
    fn word_num(&self, i: usize) -> Option<Num> {
        self.word_num_x(i, false, true)
    }

    fn word_num_w(&self, i: usize, waw_first: bool) -> Option<Num> {
        self.word_num_x(i, waw_first, true)
    }

    /// Number words; with `waw_first` the first word may carry و (minutes: وخمس وعشرون).
    fn word_num_x(&self, i: usize, waw_first: bool, allow_waw: bool) -> Option<Num> {
        self.word_num_y(i, waw_first, allow_waw, None)
    }

    /// A number whose first word carries a ل/ب proclitic (بأربعة أيام، لثلاث سنوات).
    fn word_num_lb(&self, i: usize) -> Option<Num> {
        if !self.lb_clitic(i) {
            return None;
        }
        let l = self
            .lex(i)
            .filter(|l| matches!(l, Lex::Card(_) | Lex::Ten))?;
        self.word_num_y(i, false, true, Some(l))
    }

    /// `first_lex` overrides the reading of the first word.
    fn word_num_y(
        &self,
        i: usize,
        waw_first: bool,
        allow_waw: bool,
        first_lex: Option<Lex>,
    ) -> Option<Num> {
        let mut j = i;
        let (mut total, mut cur) = (0i64, 0i64);
        let mut ord = false;
        let mut first = true;
        let mut last_unit = false;
        // Size of the last component: 1 unit, 2 ten/teen, 3 hundreds, 4 thousands.
        let mut last_mag = 0u8;
        while j < self.t.len() && j < i + 8 {
            if self.kind(j) != Some(Tk::Word) {
                break;
            }
            let has_waw = !first && self.n(j).starts_with('و');
            if has_waw && !allow_waw {
                break;
            }
            let l = match first_lex {
                Some(l) if first => Some(l),
                _ => self.num_word_lex(j, first && !waw_first),
            };
            let Some(l) = l else {
                break;
            };
            // اثنا/اثني/اثنتا/اثنتي (construct forms of two) only occur in twelve:
            // اثنتي عشرة ساعة، اثني عشر عاما.
            let bare = if first && !waw_first {
                self.n(j)
            } else {
                self.n(j).strip_prefix('و').unwrap_or(self.n(j))
            };
            if is_construct_two(bare)
                && (self.n(j + 1).starts_with('و')
                    || self.num_word_lex(j + 1, false) != Some(Lex::Ten))
            {
                break;
            }
            match l {
                Lex::Ten => {
                    // عشر after a unit (ثلاثة عشر); وعشرة is not a continuation.
                    if first || (last_unit && !has_waw) {
                        cur += 10;
                    } else {
                        break;
                    }
                    last_unit = false;
                    last_mag = 2;
                }
                Lex::Card(v) | Lex::Ord(v) if !first && !has_waw => {
                    // Only "ثلاث مائة" continues without و.
                    if (v == 100 || v == 1000) && last_unit {
                        if v == 100 {
                            cur *= 100;
                            last_mag = 3;
                        } else {
                            total += cur.max(1) * 1000;
                            cur = 0;
                            last_mag = 4;
                        }
                        last_unit = false;
                    } else {
                        break;
                    }
                }
                Lex::Card(v) | Lex::Ord(v) => {
                    let mag = match v {
                        1..=9 => 1,
                        10..=99 => 2,
                        100..=999 => 3,
                        _ => 4,
                    };
                    // و joins a unit to a ten (ثلاثة وعشرون) or anything smaller to
                    // hundreds/thousands; ثلاثة وستة ("three and six") is two numbers.
                    if !first {
                        let ok = match last_mag {
                            1 => mag == 2,
                            3 | 4 => mag < last_mag,
                            _ => false,
                        };
                        if !ok {
                            break;
                        }
                    }
                    if matches!(l, Lex::Ord(_)) {
                        if first {
                            ord = true;
                        } else if !ord && cur == 0 && total == 0 {
                            break;
                        }
                    }
                    if v == 1000 {
                        total += cur.max(1) * 1000;
                        cur = 0;
                    } else if v == 2000 {
                        total += 2000;
                    } else {
                        cur += v;
                    }
                    last_unit = v < 10;
                    last_mag = mag;
                }
                _ => break,
            }
            first = false;
            j += 1;
        }
        if j == i {
            return None;
        }
        Some(Num {
            v: (total + cur) as f64,
            end: j,
            ord,
            digits: false,
        })
    }

    /// A year at i: a 4-digit number 1000..2200 (3-digit after عام), or number words ≥ 1000.
    fn year(&self, i: usize, after_year_word: bool) -> Option<(i32, usize)> {
        if let Some(v) = self.int(i) {
            let len = self.n(i).len();
            if (len == 4 && (1000..=2200).contains(&v))
                || (after_year_word && (1..=2200).contains(&v))
            {
                return Some((v as i32, i + 1));
            }
            return None;
        }
        let n = self.word_num(i)?;
        if !n.ord && (1000.0..=2200.0).contains(&n.v) {
            return Some((n.v as i32, n.end));
        }
        // عام مائتين وسبعة وستين: after عام/سنة a year in hundreds (never عام واحد, one year).
        if after_year_word && !n.ord && n.v.fract() == 0.0 && (100.0..1000.0).contains(&n.v) {
            return Some((n.v as i32, n.end));
        }
        // عام تسعة عشر تسعة وتسعون / عام تسعة عشر وثمانية وسبعين: a year read as two
        // pairs of digits (19|99); after و the second pair must be a whole two-digit number.
        if after_year_word && !n.ord && n.v.fract() == 0.0 && (10.0..=20.0).contains(&n.v) {
            let lo = if self.n(n.end).starts_with('و') {
                self.word_num_w(n.end, true)
                    .filter(|lo| lo.v >= 10.0 && lo.end > n.end + 1)
            } else {
                self.word_num(n.end)
            };
            if let Some(lo) = lo {
                if !lo.ord && lo.v.fract() == 0.0 && (1.0..=99.0).contains(&lo.v) {
                    return Some(((n.v * 100.0 + lo.v) as i32, lo.end));
                }
            }
        }
        None
    }

    /// A month name at i (possibly two words): (calendar is Hijri, month, end, ambiguous).
    fn month(&self, i: usize) -> Option<(bool, u32, usize, bool)> {
        let (hij, m, e, amb) = self.month1(i)?;
        // Dual naming: يونيو/حزيران، كانون الأول/ديسمبر، أيار (مايو).
        let (k, close) = if self.is(e, "/") || self.is(e, "-") {
            (e + 1, false)
        } else if self.is(e, "(") {
            (e + 1, true)
        } else if self.month1(e).is_some_and(|x| x.0 == hij && x.1 == m) {
            (e, false)
        } else {
            return Some((hij, m, e, amb));
        };
        if let Some((h2, m2, e2, _)) = self.month1(k) {
            if h2 == hij && m2 == m {
                let e2 = if close && self.is(e2, ")") {
                    e2 + 1
                } else {
                    e2
                };
                return Some((hij, m, e2, false));
            }
        }
        // كانون الأول/دسيمبر 2013: the other name misspelt by one letter is still
        // the pair (and the year after it is the month's).
        if !hij
            && self.kind(k) == Some(Tk::Word)
            && self.lex(k).is_none()
            && words::misspelt_month(self.n(k), m)
        {
            let e2 = if close && self.is(k + 1, ")") {
                k + 2
            } else {
                k + 1
            };
            return Some((hij, m, e2, false));
        }
        // أغسطس/أب: after its other name August may lack the madda (أب alone is "father").
        if !hij && m == 8 && self.is(k, "اب") && !close {
            return Some((hij, m, k + 1, false));
        }
        Some((hij, m, e, amb))
    }

    fn month1(&self, i: usize) -> Option<(bool, u32, usize, bool)> {
        match self.lex(i)? {
            Lex::Month(m, amb) => {
                // آب only with the madda (أب = father).
                if m == 8 && amb {
                    let raw = self.t.get(i)?.span.slice(self.text);
                    if !raw.contains('آ') {
                        return None;
                    }
                }
                Some((false, m, i + 1, amb))
            }
            Lex::MonthHead(a, b) => {
                let n = self.n(i + 1);
                if n == "الاول" || n == "اول" {
                    Some((false, a, i + 2, false))
                } else if n == "الثاني" || n == "ثاني" || n == "ثان" {
                    Some((false, b, i + 2, false))
                } else {
                    None
                }
            }
            Lex::Hijri(2, _)
                if !(self.is_any(i.wrapping_sub(1), &["شهر", "من"])
                    || matches!(self.lex0(i + 1), Some(Lex::HijriMark))
                    || self.int(i + 1).is_some_and(|y| (1300..1600).contains(&y))) =>
            {
                None
            }
            Lex::Hijri(m, amb) => Some((true, m, i + 1, amb)),
            Lex::HijriHead(h) => {
                let n = self.n(i + 1);
                if ["الاول", "الاولي", "اول", "الاولي"].contains(&n) {
                    Some((true, h, i + 2, false))
                } else if ["الثاني", "الاخر", "الاخره", "الثانيه", "اخر", "الاخير"].contains(&n)
                {
                    Some((true, h + 1, i + 2, false))
                } else {
                    None
                }
            }
            Lex::Dhu => {
                let n = self.n(i + 1);
                if n == "القعده" || n == "القعدة" {
                    Some((true, 11, i + 2, false))
                } else if n == "الحجه" {
                    Some((true, 12, i + 2, false))
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// Resolve a year-less (month, day) against the reference date.
    fn resolve_md(&self, m: u32, d: Option<u32>) -> Option<i32> {
        let r = self.r?;
        let key = |y: i32| cal::jdn(y, m, d.unwrap_or(15).min(crate::days_in_month(y, m)).max(1));
        let rj = cal::jdn(r.year, r.month, r.day);
        match self.o.bias {
            Bias::Future => Some(if m >= r.month { r.year } else { r.year + 1 }),
            Bias::News => {
                // منذ سبتمبر، منذ 12 ديسمبر: the last occurrence up to the reference date.
                if self.since.get() {
                    let y = if key(r.year) <= rj {
                        r.year
                    } else {
                        r.year - 1
                    };
                    return Some(y);
                }
                let y = if d.is_none() && m == r.month {
                    r.year
                } else {
                    match self.tense_before(self.at_i.get()) {
                        // وكشفت الشركة في سبتمبر: the last occurrence up to the reference
                        // (give or take a week: an article may be written days before or
                        // after the events it reports).
                        Some(Tense::Past) => {
                            if key(r.year) <= rj + TENSE_SLACK_DAYS {
                                r.year
                            } else {
                                r.year - 1
                            }
                        }
                        // وستفتتح البطولة في الخامس من يناير: the next one.
                        Some(Tense::Future) => {
                            if key(r.year) >= rj - TENSE_SLACK_DAYS {
                                r.year
                            } else {
                                r.year + 1
                            }
                        }
                        None => {
                            let mut best = (i64::MAX, r.year);
                            for y in [r.year - 1, r.year, r.year + 1] {
                                let dist = (key(y) - rj).abs();
                                // Ties go to the past.
                                if dist < best.0 || (dist == best.0 && y < best.1) {
                                    best = (dist, y);
                                }
                            }
                            // «هاجموا مراكز للشرطة في آب/أغسطس»، «وفي أكتوبر، توصلت
                            // اللجنة»: a perfect verb farther back in the clause or
                            // right after a fronted date says the event is past.
                            // Only when the next occurrence is months away: a date
                            // weeks ahead after «قررت المحكمة تحديد جلسة 8 مايو» is
                            // the scheduled one.
                            // With no cue either way a date months ahead is read as
                            // past too: in news a bare earlier month («استخدم السم في
                            // مارس» in October) reports; the future is announced (س-،
                            // المقرر، an imperfect verb, لن).
                            if key(best.1) > rj + CLAUSE_PAST_MIN_DAYS
                                && (self.clause_past(self.at_i.get())
                                    || !self.sentence_ahead(self.at_i.get()))
                            {
                                if key(r.year) <= rj + TENSE_SLACK_DAYS {
                                    r.year
                                } else {
                                    r.year - 1
                                }
                            } else if key(best.1) < rj - CLAUSE_PAST_MIN_DAYS
                                && self.clause_imperfect(self.at_i.get())
                            {
                                // «يعود المهاجم في ديسمبر»، «يغيب اللاعب حتى أوائل
                                // نوفمبر»: an imperfect verb heading the clause, with no
                                // past verb or كان nearer, announces; the nearest
                                // occurrence months back is not meant.
                                if key(r.year) >= rj - TENSE_SLACK_DAYS {
                                    r.year
                                } else {
                                    r.year + 1
                                }
                            } else {
                                best.1
                            }
                        }
                    }
                };
                self.fl.borrow_mut().push((y, m, d));
                Some(y)
            }
        }
    }

    /// Gregorian value of a Hijri (year, month, day?).
    fn hijri_val(&self, y: i32, m: u32, d: Option<u32>) -> Option<String> {
        match d {
            Some(d) => cal::hijri_to_gregorian(y, m, d).map(dstr),
            None => {
                cal::hijri_to_gregorian(y, m, 15).map(|g| ymd(Some(g.year), Some(g.month), None))
            }
        }
    }

    /// Gregorian value of Hijri month `m` (day `d`) in Gregorian year `gy`: the first
    /// Hijri year whose month (its 15th day, or day `d`) falls in `gy`.
    fn hijri_in_gregorian_year(&self, gy: i32, m: u32, d: Option<u32>) -> Option<String> {
        let (hy, _, _) = cal::gregorian_to_hijri(cal::date(gy, 1, 1)?);
        (hy..=hy + 1).find_map(|h| {
            let g = cal::hijri_to_gregorian(h, m, d.unwrap_or(15))?;
            (g.year == gy).then(|| self.hijri_val(h, m, d)).flatten()
        })
    }

    /// Hijri year nearest to the reference date for a year-less Hijri month.
    fn hijri_year_for(&self, m: u32, dir: Option<Dir>) -> Option<i32> {
        let r = self.r?;
        let (hy, hm, _) = cal::gregorian_to_hijri(r);
        Some(match dir {
            Some(Dir::Past) | Some(Dir::Last) => {
                if m < hm {
                    hy
                } else {
                    hy - 1
                }
            }
            Some(Dir::Next) => {
                if m > hm {
                    hy
                } else {
                    hy + 1
                }
            }
            _ => {
                let d = m as i32 - hm as i32;
                if d > 6 {
                    hy - 1
                } else if d < -6 {
                    hy + 1
                } else {
                    hy
                }
            }
        })
    }

    /// Does a ل + noun naming an event start at `k` (للهجوم، لوصوله، لـ + noun)?
    fn of_event(&self, k: usize) -> bool {
        let n = self.n(k);
        if self.kind(k) != Some(Tk::Word) {
            return false;
        }
        if matches!(n, "ل" | "لـ") {
            return self.kind(k + 1) == Some(Tk::Word);
        }
        // (ل + an imperfect verb is "so that": «عن اليوم السابق ليبلغ».)
        n.starts_with("لل")
            || n.strip_prefix('ل').is_some_and(|r| {
                r.chars().count() >= 3
                    && !r.starts_with('ي')
                    && word_count(r) >= MIN_IMPERFECT_COUNT
            })
    }

    /// Is the direction word at i relative to the narrative (التالي، السابق), not
    /// to the time of writing (المقبل، الماضي)?
    fn anaphoric(&self, i: usize) -> bool {
        self.is_any(i, &["التالي", "التاليه", "السابق", "السابقه"])
    }

    fn dir(&self, i: usize) -> Option<Dir> {
        match self.lex0(i) {
            Some(Lex::Dir(d)) => Some(d),
            _ => None,
        }
    }

    /// Optional era/calendar mark after a year: هـ / م / ميلادي …
    fn era(&self, i: usize) -> (Option<bool>, usize) {
        match self.lex0(i) {
            Some(Lex::HijriMark) => (Some(true), i + 1),
            Some(Lex::GregMark) => (Some(false), i + 1),
            _ if self.is(i, "م") => (Some(false), i + 1),
            _ => (None, i),
        }
    }

    /// [الموافق|،] then month (+ year) after a day number at `i` (the month position).
    /// Returns (value, end).
    fn month_tail(
        &self,
        d: Option<u32>,
        i: usize,
        day_start: bool,
    ) -> Option<(Option<String>, usize)> {
        let mut j = i;
        if self.is_any(j, &["من", "في"]) {
            j += 1;
        }
        let mut by_number = None;
        if self.is_any(j, &["شهر", "بشهر", "لشهر"]) {
            j += 1;
            if let Some(n) = self.num(j).filter(|n| {
                !n.ord
                    && n.v.fract() == 0.0
                    && (1.0..=12.0).contains(&n.v)
                    && (!n.digits || self.n(j).len() <= 2)
            }) {
                by_number = Some((n.v as u32, n.end));
            }
        } else if self.is_any(j, &["الشهر", "بالشهر"]) {
            if let Some(n) = self
                .num(j + 1)
                .filter(|n| n.ord && (1.0..=12.0).contains(&n.v))
            {
                by_number = Some((n.v as u32, n.end));
            }
        }
        let (hij, m, mut e, amb) = match by_number {
            Some((m, e)) => (false, m, e, false),
            None => match self.month(j) {
                Some(x) => x,
                // «بين 14 يوينو و15 يوليو»: after a day number a month name with two
                // letters swapped.
                None if d.is_some() && j == i && self.kind(j) == Some(Tk::Word) => {
                    let m = words::transposed_month(self.n(j))?;
                    (false, m, j + 1, false)
                }
                None => return None,
            },
        };
        let _ = (amb, day_start);
        // Year: [،|,|من] [عام|سنة] YEAR [era], or (YEAR) in brackets.
        let mut k = e;
        let bracket = self.is(k, "(") && self.plain_year(k + 1) && self.is(k + 2, ")");
        if bracket || self.is_any(k, &["،", ",", ".", "-", "/"]) {
            k += 1;
        }
        let mut year_word = false;
        if !bracket
            && self.is_any(
                k,
                &[
                    "من",
                    "لعام",
                    "عام",
                    "سنه",
                    "لسنه",
                    "العام",
                    "بعام",
                    "في",
                    "بسنه",
                ],
            )
        {
            year_word = !self.is_any(k, &["من", "في"]);
            k += 1;
            // «في سبتمبر من عامي 2016 و2017»: the month of the first of two years (the
            // second takes the month in `extract_text`).
            if self.is_any(
                k,
                &[
                    "عام",
                    "سنه",
                    "العام",
                    "السنه",
                    "عامي",
                    "العامين",
                    "سنتي",
                    "السنتين",
                ],
            ) {
                year_word = true;
                k += 1;
            }
        }
        let yr = self.year(k, year_word);
        if let Some((y, ye)) = yr {
            let (era, ee) = if bracket {
                (None, ye + 1)
            } else {
                self.era(ye)
            };
            e = ee;
            // «في رمضان 2018»، «شهر رمضان لعام 2017»، «رمضان 2018 م»: a Hijri month
            // with a Gregorian year (marked, or without an era mark) is that month in
            // that year (Hijri years in news are below 1600; 1600 AH is 2174 AD).
            if hij && (era == Some(false) || (era.is_none() && y >= GREGORIAN_AFTER_HIJRI_MONTH)) {
                return Some((self.hijri_in_gregorian_year(y, m, d), e));
            }
            let hijri = era.unwrap_or(hij) || (hij && y > 1300 && y < 1600);
            if hijri {
                if !hij {
                    return Some((None, e));
                }
                return Some((self.hijri_val(y, m, d), e));
            }
            return Some((
                match d {
                    Some(d) => cal::date(y, m, d).map(dstr),
                    None => Some(ymd(Some(y), Some(m), None)),
                },
                e,
            ));
        }
        // An out-of-range year (99999 هـ, a 400-digit number): keep the span, no value.
        // A short number without an era mark is a count (يناير 120 سيارة), not a year.
        if self.kind(k) == Some(Tk::Num)
            && self.n(k).len() >= 3
            && self.n(k).bytes().all(|b| b.is_ascii_digit())
            && (self.n(k).len() >= 5 || year_word || self.era(k + 1).0.is_some())
        {
            let (_, ee) = self.era(k + 1);
            return Some((None, ee));
        }
        // Direction: أيلول الماضي
        if let Some(dr) = self.dir(e) {
            if hij {
                let y = self.hijri_year_for(m, Some(dr));
                return Some((y.and_then(|y| self.hijri_val(y, m, d)), e + 1));
            }
            let val = self.r.map(|r| match dr {
                Dir::Past | Dir::Last => {
                    if m < r.month || (m == r.month && d.is_some_and(|d| d < r.day)) {
                        r.year
                    } else {
                        r.year - 1
                    }
                }
                Dir::Next => {
                    if m > r.month || (m == r.month && d.is_some_and(|d| d > r.day)) {
                        r.year
                    } else {
                        r.year + 1
                    }
                }
                Dir::This => r.year,
            });
            return Some((self.greg_val(val, m, d), e + 1));
        }
        // العام الماضي / المقبل / الحالي after the month, or «من العام الماضي».
        let re = if self.is(e, "من") && self.rel_year(e + 1).is_some() {
            e + 1
        } else {
            e
        };
        if let Some((yv, ye)) = self.rel_year(re) {
            return Some((
                if hij {
                    None
                } else {
                    yv.map_or_else(
                        || Some(ymd(None, Some(m), d)),
                        |y| self.greg_val(Some(y), m, d),
                    )
                },
                ye,
            ));
        }
        if hij {
            let y = self.hijri_year_for(m, None);
            return Some((y.and_then(|y| self.hijri_val(y, m, d)), e));
        }
        let y = self.resolve_md(m, d);
        Some((self.greg_val(y, m, d), e))
    }

    fn greg_val(&self, y: Option<i32>, m: u32, d: Option<u32>) -> Option<String> {
        match (y, d) {
            (Some(y), Some(d)) => cal::date(y, m, d).map(dstr),
            (None, Some(d)) => {
                (d <= crate::days_in_month(2000, m)).then(|| ymd(None, Some(m), Some(d)))
            }
            (y, None) => Some(ymd(y, Some(m), None)),
        }
    }

    /// العام الماضي / السنة المقبلة / هذا العام / العام الحالي at i → (year, end).
    fn rel_year(&self, i: usize) -> Option<(Option<i32>, usize)> {
        let (mut j, mut this) = (i, false);
        if self.is_this(j) {
            this = true;
            j += 1;
        }
        if !self.year_noun(j) || self.general_adj(j) {
            return None;
        }
        let dir = self.dir(j + 1);
        let (off, end) = match (this, dir) {
            (true, None) => (0, j + 1),
            (_, Some(Dir::Past | Dir::Last)) => (-1, j + 2),
            (_, Some(Dir::Next)) => {
                if self.is(j + 2, "بعد") && self.dir(j + 3) == Some(Dir::Next) {
                    (2, j + 4)
                } else {
                    (1, j + 2)
                }
            }
            (_, Some(Dir::This)) => (0, j + 2),
            (false, None) => return None,
        };
        Some((self.r.map(|r| r.year + off), end))
    }

    /// العام / السنة at j, bare or after a و/ف conjunction (والعام الماضي), or
    /// with the preposition ل, which elides the article's alif (للعام المقبل،
    /// وللسنة الحالية: ل + العام). The span then starts at the article's ل, the
    /// convention of the entity spans («لعام المقبل»).
    fn year_noun(&self, j: usize) -> bool {
        let n = self.n(j);
        let n = n.strip_prefix(['و', 'ف']).unwrap_or(n);
        matches!(n, "العام" | "السنه")
            || (matches!(n, "للعام" | "للسنه") && !self.lam_year_anaphoric(j))
    }

    /// «للعام السابق/التالي» (ل + the year with an anaphoric direction): in news
    /// mostly a rule or habit («يقام الحفل في البلد الفائز للعام السابق»، «ترحل
    /// المبالغ للعام التالي»), not the year before or after publication.
    fn lam_year_anaphoric(&self, j: usize) -> bool {
        let a = if self.is_any(j + 1, &["المالي", "الماليه"]) {
            j + 2
        } else {
            j + 1
        };
        self.anaphoric(a)
    }

    /// هذا / هذه at j, bare or with a ل/ب proclitic (لهذا العام، بهذه السنة).
    fn is_this(&self, j: usize) -> bool {
        self.is(j, "هذا")
            || self.is(j, "هذه")
            || (matches!(self.lex(j), Some(Lex::DemThis))
                && self.lb_clitic(j)
                && (self.n(j).ends_with("هذا") || self.n(j).ends_with("هذه")))
    }

    /// Relative single period: الأسبوع الماضي، الشهر المقبل، هذا العام …
    fn rel_period(&self, i: usize) -> Option<M> {
        let (mut j, mut this) = (i, false);
        if self.is_this(j) {
            this = true;
            j += 1;
        }
        if self.year_noun(j) && self.general_adj(j) {
            return None;
        }
        let (g, card, def) = as_unit(self.lex(j)?).or_else(|| {
            if self.year_noun(j) {
                Some((Grain::Year, Card::One, true))
            } else {
                None
            }
        })?;
        if card != Card::One
            || !def
            || !matches!(
                g,
                Grain::Week | Grain::Month | Grain::Year | Grain::Decade | Grain::Century
            )
        {
            return None;
        }
        if self.is(j + 1, "بعد") && self.dir(j + 2) == Some(Dir::Next) && !this {
            return self.rel_period_off(i, j, g, 2, j + 3);
        }
        // العام المالي الحالي / السنة المالية المقبلة: the fiscal year is named
        // by the calendar year it is mostly in.
        // Not «السنة المالية السابقة / التالية», which count from the year named before.
        let a = if self.year_noun(j)
            && self.is_any(j + 1, &["المالي", "الماليه"])
            && !self.is_any(j + 2, &["السابق", "السابقه", "التالي", "التاليه"])
        {
            j + 1
        } else {
            j
        };
        let dir = self.dir(a + 1);
        let (off, end): (i32, usize) = match (this, dir) {
            (true, None) => (0, a + 1),
            (_, Some(Dir::Past | Dir::Last)) => (-1, a + 2),
            (_, Some(Dir::Next)) => {
                if self.is(a + 2, "بعد") && self.dir(a + 3) == Some(Dir::Next) {
                    (2, a + 4)
                } else {
                    (1, a + 2)
                }
            }
            (_, Some(Dir::This)) => (0, a + 2),
            (false, None) => return None,
        };
        // «انتقدت هذا العقد»، «ينتهي العقد الحالي للاعب»: the present decade only after a
        // time preposition or part word (في هذا العقد، خلال العقد الحالي); otherwise
        // عقد is as often "the contract".
        if g == Grain::Decade
            && off == 0
            && !(i > 0
                && (self.is_any(
                    i - 1,
                    &[
                        "في",
                        "وفي",
                        "خلال",
                        "طوال",
                        "طيله",
                        "منذ",
                        "حتي",
                        "مطلع",
                        "بدايه",
                        "نهايه",
                        "اواخر",
                        "اوائل",
                        "منتصف",
                    ],
                ) || self.part_year_cue(i - 1)))
        {
            return None;
        }
        // العام المقبل 2019، هذا العام 2018: the same year written after it joins.
        let written = g == Grain::Year
            && self.plain_year(end)
            && self
                .r
                .is_some_and(|r| self.int(end) == Some(i64::from(r.year + off)))
            && !self.amount_word(end + 1)
            && !matches!(self.lex(end + 1), Some(Lex::Unit(..)));
        let end = if written { end + 1 } else { end };
        self.rel_period_off(i, j, g, off, end)
    }

    fn rel_period_off(&self, i: usize, _j: usize, g: Grain, off: i32, end: usize) -> Option<M> {
        let val = match self.r {
            None => Some(
                match g {
                    Grain::Week => "XXXX-WXX",
                    Grain::Month => "XXXX-XX",
                    Grain::Decade => "XXX",
                    Grain::Century => "XX",
                    _ => "XXXX",
                }
                .to_string(),
            ),
            Some(r) => Some(match g {
                Grain::Week => week_str(cal::add_days(r, 7 * i64::from(off))),
                Grain::Month => {
                    let (y, m) = cal::add_months(r.year, r.month, off);
                    ymd(Some(y), Some(m), None)
                }
                Grain::Decade => format!("{:03}", r.year.div_euclid(10) + off),
                Grain::Century => format!("{:02}", r.year.div_euclid(100) + off),
                _ => pad_year(r.year + off),
            }),
        };
        Some(self.mk(i, end, Kind::Date, val))
    }

    /// Plural/dual period with a direction: الاشهر القليلة الماضية، السنوات الخمس الماضية، اليومين الماضيين.
    fn plural_period(&self, i: usize) -> Option<M> {
        let (g, card, def) = as_unit(self.lex(i)?)?;
        if card == Card::One {
            return None;
        }
        let mut j = i + 1;
        let mut n: Option<f64> = if card == Card::Two { Some(2.0) } else { None };
        let mut few = false;
        // الـ 24 ساعة الماضية is handled by the count rule; here: unit [num|few] dir
        if self.is(j, "ال") {
            j += 1;
        }
        if card == Card::Many {
            if let Some(x) = self.num(j) {
                if !x.ord && x.v >= 2.0 && x.v < 1000.0 {
                    n = Some(x.v);
                    j = x.end;
                }
            }
        }
        if matches!(self.lex0(j), Some(Lex::Few)) {
            few = true;
            j += 1;
        }
        let dir = self.dir(j);
        // «الأشهر الستة الأولى من حياته»، «الأيام العشرة الأولى»: a definite plural
        // unit with its definite numeral and «الأولى» is the opening stretch, a
        // duration of that length (without an adjective, «حرب الأيام الستة», a name).
        let first = dir.is_none()
            && def
            && card == Card::Many
            && n.is_some()
            && j > i + 1
            && self.is_any(j, &["الاولي", "الاول"]);
        // «السنوات الخمس التي حددها القانون»، «خلال الأيام الثلاثة»: a definite
        // plural unit with its definite numeral word (not «حرب الأيام الستة», a name,
        // nor digits, «الأيام 3 و4» being days of a month).
        let counted = dir.is_none()
            && !first
            && def
            && card == Card::Many
            && n.is_some()
            && j > i + 1
            && self.kind(i + 1) == Some(Tk::Word)
            && self.kind(j - 1) == Some(Tk::Word)
            && self.n(i + 1).starts_with("ال")
            && self.n(i + 1) != "ال"
            && g != Grain::Century
            && !(i > 0 && bare_word(self.n(i - 1)) == "حرب");
        let end = if let Some(d) = dir {
            if d == Dir::This {
                return None;
            }
            j + 1
        } else if first {
            j + 1
        } else if counted || (few && card == Card::Many) {
            j
        } else {
            return None;
        };
        if !def && dir.is_some() && n.is_none() && !few {
            // أيام ماضية: unusual; still a vague duration.
        }
        let val = match n {
            Some(v) => grain_dur(g, v),
            None => vague_dur(g),
        };
        let mut m = self.mk(i, end, Kind::Duration, Some(val));
        // «للأشهر الثلاثة»: ل + ال writes one lam; the span starts at the noun.
        if counted && self.n(i).starts_with("لل") {
            if let Some(t) = self.t.get(i) {
                m.span.start = t.span.start + raw_prefix_len(t.span.slice(self.text), 2);
            }
        }
        Some(m)
    }

    /// A plural time unit with no count standing alone as an adverb of duration
    /// (s22d): the accusative «أشهرا، أياما، أعواما، شهورا، عقودا» anywhere («وستستغرق
    /// العملية أشهرا»), a plural without the accusative ending only before «فقط»
    /// or «قبل/بعد» after a plain word («ظل المصنع مغلقا أسابيع بعد الحريق»، «أسابيع
    /// فقط قبل الانتخابات»): a vague duration (PXM، PXW …). Counts, «عدة/بضعة» and
    /// prepositions («قبل أسابيع»، «منذ سنوات») are other rules'.
    fn bare_plural(&self, i: usize) -> Option<M> {
        const ACCUSATIVE: &[(&str, Grain)] = &[
            ("اشهرا", Grain::Month),
            ("شهورا", Grain::Month),
            ("اياما", Grain::Day),
            ("اعواما", Grain::Year),
        ];
        // «عقودا» is as often "contracts" (وقعت الوزارة عقودا بقيمة …): decades only
        // after a verb of lasting or spending, or before «طويلة».
        const LASTING: &[&str] = &[
            "امتد",
            "امتدت",
            "يمتد",
            "تمتد",
            "استمر",
            "استمرت",
            "يستمر",
            "تستمر",
            "قضي",
            "قضت",
            "امضي",
            "امضت",
            "قضينا",
            "امضينا",
            "انتظر",
            "انتظرت",
            "عاني",
            "عانت",
            "استغرق",
            "استغرقت",
            "يستغرق",
            "تستغرق",
            "ظل",
            "ظلت",
            "بقي",
            "بقيت",
            "دام",
            "دامت",
            "عاش",
            "عاشت",
        ];
        const NOT_BEFORE: &[&str] = &[
            "في", "من", "الي", "علي", "عن", "منذ", "قبل", "بعد", "خلال", "طوال", "طيله", "لمده",
            "مده", "عده", "بضعه", "بضع", "بعض", "كل", "اخر", "اول", "سوي", "الا",
        ];
        let prev_ok = i.checked_sub(1).is_none_or(|p| {
            !(self.kind(p) == Some(Tk::Num)
                || self.word_num(p).is_some()
                || matches!(self.lex(p), Some(Lex::Few | Lex::Card(_) | Lex::Ten))
                || self.is_any(p, NOT_BEFORE))
        });
        if !prev_ok {
            return None;
        }
        let n = self.n(i);
        let decades = n == "عقودا"
            && (self.is(i + 1, "طويله")
                || i.checked_sub(1).is_some_and(|p| {
                    let w = self.n(p);
                    LASTING.contains(&w.strip_prefix(['و', 'ف']).unwrap_or(w))
                }));
        if decades {
            return Some(self.mk(i, i + 1, Kind::Duration, Some(vague_dur(Grain::Decade))));
        }
        if let Some(&(_, g)) = ACCUSATIVE.iter().find(|(w, _)| *w == n) {
            // «أياما معدودة» and the like stay a vague duration; a number after it
            // («أياما 3») is no Arabic.
            return Some(self.mk(i, i + 1, Kind::Duration, Some(vague_dur(g))));
        }
        let (g, Card::Many, false) = as_unit(self.lex(i)?)? else {
            return None;
        };
        let plain_before = i
            .checked_sub(1)
            .is_some_and(|p| self.kind(p) == Some(Tk::Word) && self.lex(p).is_none());
        (self.clitic(i) == 0
            && plain_before
            && self.is_any(i + 1, &["فقط", "قبل", "بعد"])
            && self.lex(i + 2).is_none()
            && self.dir(i + 1).is_none())
        .then(|| self.mk(i, i + 1, Kind::Duration, Some(vague_dur(g))))
    }

    /// Number + unit → duration (3 ساعات، ثلاث سنوات، 48 ساعة، الـ24 ساعة الماضية).
    fn count_unit(&self, i: usize) -> Option<M> {
        if let Some(m) = self.vague_hundreds(i) {
            return Some(m);
        }
        let mut s = i;
        let mut j = i;
        if self.is(j, "ال") {
            j += 1;
        }
        // «مرور الـ«75» عاماً»، «غاب «8» أشهر»: a numeral set in guillemets for
        // emphasis (Egyptian columns); the marks are skipped, the span keeps them.
        let quoted = self.is(j, "«") && self.kind(j + 1) == Some(Tk::Num) && self.is(j + 2, "»");
        if quoted {
            j += 1;
        }
        // وستة أشهر: the second part of a chained duration (ثلاث سنوات وستة أشهر).
        let mut lead: Option<Grain> = None;
        let n = match self.num(j).or_else(|| self.word_num_lb(j)) {
            Some(n) => n,
            None => {
                let n = self
                    .n(j)
                    .starts_with('و')
                    .then(|| self.word_num_w(j, true))
                    .flatten()?;
                lead = Some(self.chain_lead(j)?);
                n
            }
        };
        if n.ord || n.v <= 0.0 || (n.digits && n.v >= 1e6) {
            return None;
        }
        // أحد أشهر المشجعين: "one of the most famous", not a count.
        if !n.digits && n.v == 1.0 && self.is_any(j, &["احد", "احدي", "واحد"]) {
            return None;
        }
        let mut k = n.end;
        if quoted {
            if n.end != j + 1 {
                return None;
            }
            k += 1;
        }
        // «قبل 3 آلاف عام»، «منذ 2,5 مليون سنة»: a digit times a multiplier word.
        let mut mult = 1.0;
        if n.digits && n.v < 1000.0 {
            if self.is_any(k, &["الف", "الاف"]) {
                mult = 1000.0;
                k += 1;
            } else if self.is_any(k, &["مليون", "ملايين"]) {
                mult = 1e6;
                k += 1;
            }
        }
        // The unit after a number has no proclitic: 90.302 ويوم الجمعة is two phrases.
        let (g, card, def) = self.lex0(k).and_then(as_unit).or_else(|| {
            if self.is_any(k, &["عام", "عاما", "سنه"]) {
                Some((Grain::Year, Card::One, false))
            } else if self.is(k, "العام") {
                Some((Grain::Year, Card::One, true))
            } else {
                None
            }
        })?;
        if card == Card::Two || (def && !self.is(i, "ال")) {
            return None;
        }
        // «إلا مرة واحدة عام 1962»: a number word before «عام/سنة + a written year»
        // counts the noun before it (مرة واحدة); «عام 1962» is a date.
        if !n.digits
            && g == Grain::Year
            && self.is_any(k, &["عام", "سنه", "العام"])
            && self.n(k + 1).len() == 4
            && self.int(k + 1).is_some_and(|y| (1000..=2100).contains(&y))
        {
            return None;
        }
        // «2 - 1 يوم السبت»، «منذ 2001 يوم الجمعة»: a singular يوم before a weekday
        // names that day; the number before it belongs to something else (a score,
        // a year, a price), never to a count of days.
        if self.is(k, "يوم") && matches!(self.lex0(k + 1), Some(Lex::Weekday(_))) {
            return None;
        }
        // A year-looking number before عام is a date, not a count («كان 2014 عاما
        // صعبا»), except a round hundred before the genitive singular, which only a
        // count takes («يعود تاريخها إلى 1300 سنة»، «قبل 2000 عام»).
        let hundreds = n.v % 100.0 == 0.0 && self.is_any(k, &["عام", "سنه"]);
        if n.digits
            && (1000.0..=2200.0).contains(&n.v)
            && self.n(n.end - 1).len() == 4
            && g == Grain::Year
            && !hundreds
        {
            return None;
        }
        k += 1;
        let mut v = n.v * mult;
        if matches!(self.lex0(k), Some(Lex::Half)) {
            v += 0.5;
            k += 1;
            k += usize::from(self.unit_repeated(k, g));
        }
        if self.dir(k).is_some_and(|d| d != Dir::This) {
            k += 1;
        }
        if self.is(i, "ال") {
            s = i;
        }
        // قضى عاما وأربعة أشهر: a lone singular unit before و counts one.
        // (Not in a range: بين شهر وستة أسابيع.)
        let in_range = j >= 2 && self.is_any(j - 2, &["بين", "وبين"]);
        if let Some(g0) = lead.filter(|_| self.lone_unit(j - 1) && !in_range) {
            let val = super::join_durations(&grain_dur(g0, 1.0), &grain_dur(g, v))?;
            return Some(self.mk(j - 1, k, Kind::Duration, Some(val)));
        }
        // (Thousands of years back are no calendar year: a duration.)
        if let Some(m) = self.ago(s, k, g, v).filter(|_| mult == 1.0) {
            return Some(m);
        }
        // «12 عاما وشهر»، «ثماني سنوات ويوما»: a bare singular finer unit after و
        // adds one of it.
        if let Some(g2) = self.one_more_unit(k, g) {
            let val = super::join_durations(&grain_dur(g, v), &grain_dur(g2, 1.0))?;
            return Some(self.mk(s, k + 1, Kind::Duration, Some(val)));
        }
        Some(self.mk(s, k, Kind::Duration, Some(grain_dur(g, v))))
    }

    /// «قبل آلاف السنين»، «منذ مئات الأعوام»، «آلاف السنوات»: hundreds or thousands of
    /// a plural unit with no count before them, a vague duration (PXY).
    fn vague_hundreds(&self, i: usize) -> Option<M> {
        if !self.is_any(i, &["الاف", "مئات", "ملايين"])
            || (i > 0 && (self.kind(i - 1) == Some(Tk::Num) || self.word_num(i - 1).is_some()))
        {
            return None;
        }
        let g = match self.lex(i + 1).and_then(as_unit) {
            Some((g, Card::Many, _)) => g,
            _ if self.is_any(i + 1, &["السنين", "سنين"]) => Grain::Year,
            _ => return None,
        };
        Some(self.mk(i, i + 2, Kind::Duration, Some(vague_dur(g))))
    }

    /// Is the word at k «و + a bare singular unit» finer than `g` (وشهر، وشهرا،
    /// ويوم، وساعة، وأسبوع) that ends the phrase: not a name or time word after it
    /// («ويوم الجمعة»، «وشهر رمضان»), no number, no ال-noun it would head («ويوم
    /// الانتخابات»), no direction («وشهر الماضي»)?
    fn one_more_unit(&self, k: usize, g: Grain) -> Option<Grain> {
        if self.clitic_str(k) != "و" {
            return None;
        }
        let (g2, card, def) = self.lex(k).and_then(as_unit)?;
        if card != Card::One || def || (g2 as u8) >= (g as u8) {
            return None;
        }
        let next = k + 1;
        let free = next >= self.t.len()
            || self.kind(next) == Some(Tk::Punct)
            || (self.kind(next) == Some(Tk::Word)
                && self.lex(next).is_none()
                && !self.n(next).starts_with("ال")
                && self.dir(next).is_none()
                && self.word_num(next).is_none()
                && !self.is_any(next, &["واحد", "واحدا", "واحده"]));
        free.then_some(g2)
    }

    /// A range of counts sharing one unit after بين/من: بين عشرين وخمسين عاما،
    /// بين 20 إلى 30 سنة، من 3 إلى 5 أيام، or with إلى/حتى alone (بعد عشر إلى
    /// إحدى عشرة سنة) → two DURATIONs, the lower bound on
    /// the first number alone and the upper bound on the number with its unit.
    fn count_range(&self, i: usize) -> Option<Vec<M>> {
        // Without بين/من the range needs إلى/حتى (بعد عشر إلى إحدى عشرة سنة، بالسجن 3
        // إلى 5 سنوات): «10 و11 سنة» may be a list.
        let prep = i > 0 && self.is_any(i - 1, &["بين", "وبين", "من", "ومن"]);
        if !(prep || self.int(i).is_some() || self.word_num(i).is_some()) {
            return None;
        }
        let a = self.num(i)?;
        if a.ord || a.v <= 0.0 || (a.digits && a.v >= 1000.0) {
            return None;
        }
        let link: &[&str] = if prep {
            &["الي", "حتي", "-", "و"]
        } else {
            &["الي", "حتي"]
        };
        let (b, bs) = if self.is_any(a.end, link) {
            (self.num(a.end + 1)?, a.end + 1)
        } else if prep && a.end > i && self.n(a.end).starts_with('و') && !self.is(a.end, "و") {
            (self.word_num_w(a.end, true)?, a.end)
        } else {
            return None;
        };
        if b.ord || b.v <= a.v || (b.digits && b.v >= 1000.0) {
            return None;
        }
        // Without بين/من the ends are close (10 إلى 11 سنة); «المصنفة 12 إلى 58 دقيقة»
        // is a rank and a duration.
        if !prep && b.v > 3.0 * a.v {
            return None;
        }
        let k = b.end;
        let (g, card, def) = self.lex0(k).and_then(as_unit).or_else(|| {
            self.is_any(k, &["عام", "عاما", "سنه"])
                .then_some((Grain::Year, Card::One, false))
        })?;
        if card == Card::Two || def {
            return None;
        }
        let mut e = k + 1;
        if self.dir(e).is_some_and(|d| d != Dir::This) {
            e += 1;
        }
        Some(vec![
            self.mk(i, a.end, Kind::Duration, Some(grain_dur(g, a.v))),
            self.mk(bs, e, Kind::Duration, Some(grain_dur(g, b.v))),
        ])
    }

    /// A list of counts sharing the unit of its last one: «5 و 10 و 20 ثانية»، «15 أو
    /// 45 دقيقة»، «24، 48 و72 ساعة»، «ثلاث أو أربع سنوات» → one DURATION per number,
    /// the earlier ones on the number alone (as in a range). The numbers rise, the
    /// last link is و or أو, and none is a year or follows a clock or a numbered
    /// item («الساعة 5 و10 دقائق» is a clock time; «المادتين 3 و5» items).
    fn unit_list(&self, i: usize) -> Option<Vec<M>> {
        let a = self.num(i)?;
        let bad = |n: &Num| n.ord || n.v <= 0.0 || (n.digits && n.v >= 1000.0);
        if bad(&a) || self.unit_grain(a.end).is_some() {
            return None;
        }
        if i > 0
            && (self.is_any(
                i - 1,
                &[
                    "الساعه",
                    "ساعه",
                    "الساعتين",
                    "رقم",
                    "رقمي",
                    "المادتين",
                    "المواد",
                    "البندين",
                    "الفقرتين",
                    "القرارين",
                    "الفصلين",
                    "الجولتين",
                    "المرحلتين",
                ],
            ) || self.kind(i - 1) == Some(Tk::Num)
                || self.is_any(i - 1, &["و", "او", "،", ",", "-", "الي", "حتي"]))
        {
            return None;
        }
        let mut nums = vec![(i, a)];
        loop {
            let (_, last) = nums.last()?;
            let sep = last.end;
            let final_link = self.is_any(sep, &["و", "او"]);
            if !(final_link || self.is_any(sep, &["،", ","])) || nums.len() > 6 {
                return None;
            }
            let b = self.num(sep + 1)?;
            if bad(&b) || b.v <= last.v || b.digits != last.digits {
                return None;
            }
            if self.unit_grain(b.end).is_some() {
                if !final_link {
                    return None;
                }
                let (g, card) = self.unit_grain(b.end)?;
                if card == Card::Two {
                    return None;
                }
                let m = self.count_unit(sep + 1)?;
                if m.ti != sep + 1 || m.kind != Kind::Duration {
                    return None;
                }
                let mut out: Vec<M> = nums
                    .iter()
                    .map(|(s, n)| self.mk(*s, n.end, Kind::Duration, Some(grain_dur(g, n.v))))
                    .collect();
                out.push(m);
                return Some(out);
            }
            nums.push((sep + 1, b));
        }
    }

    /// Does tokens `ti..te` hold no unit word (the bare first count of a list or
    /// range: «5» of «5 و 10 ثوان»)?
    pub(super) fn bare_count(&self, ti: usize, te: usize) -> bool {
        !(ti..te).any(|k| self.unit_grain(k).is_some() || self.lex(k).and_then(as_unit).is_some())
    }

    /// A unit word at `k` (عام، عاما، سنة، شهرا، يومين، سنوات…): its grain.
    fn unit_grain(&self, k: usize) -> Option<(Grain, Card)> {
        match self.lex(k).and_then(as_unit) {
            Some((g, c, false)) => Some((g, c)),
            Some(_) => None,
            None => self
                .is_any(k, &["عام", "عاما", "سنه"])
                .then_some((Grain::Year, Card::One)),
        }
    }

    /// Is the singular unit at `k` alone, with no number before it (عاما in قضى
    /// عاما وأربعة أشهر, not in 45 عاما)?
    fn lone_unit(&self, k: usize) -> bool {
        matches!(self.unit_grain(k), Some((_, Card::One)))
            && (k == 0
                || !(k.saturating_sub(3)..k).any(|a| self.num(a).is_some_and(|n| n.end == k)))
    }

    /// Before a و + number word (…وستة أشهر): the token before must end a
    /// duration — a dual unit (عامين), a singular unit (عاما، 45 عاما), or a
    /// plural unit after a number we read (ثلاث سنوات). Otherwise the number word
    /// continues something else (الثاني والعشرين عام، تسعا وثلاثين سنة، بين ستة
    /// وثمانية أسابيع) and is not a duration of its own.
    fn chain_lead(&self, j: usize) -> Option<Grain> {
        let k = j.checked_sub(1)?;
        let (g, card) = self.unit_grain(k)?;
        let counted = (k.saturating_sub(3)..k).any(|a| self.num(a).is_some_and(|n| n.end == k));
        match card {
            Card::Two => Some(g),
            Card::One if counted || self.lone_unit(k) => Some(g),
            Card::Many if counted => Some(g),
            _ => None,
        }
    }

    /// Bare unit words: dual (يومين → P2D), singular with a cue (لمدة أسبوع), vague plurals (منذ سنوات).
    fn unit_alone(&self, i: usize) -> Option<M> {
        // «قرابة الساعة»، «حوالي الأسبوع»: a hedge before a definite singular unit
        // that no number, ordinal, direction or adjective follows is one unit («نحو»
        // is also "towards": not with it). (The clock reading
        // «حوالي الساعة الثالثة» is `clock_phrase`'s).
        let hedged_def = i > 0
            && self.is_any(i - 1, &["قرابه", "حوالي", "زهاء"])
            && self.kind(i + 1) != Some(Tk::Num)
            && !self.n(i + 1).starts_with("ال")
            && !self.is(i + 1, "(")
            && self.word_num_w(i + 1, true).is_none()
            && !matches!(self.lex0(i + 1), Some(Lex::Ord(_) | Lex::Card(_)))
            && self.dir(i + 1).is_none();
        let (g, card, def) = as_unit(self.lex(i)?).or_else(|| match self.lex(i)? {
            Lex::YearWord(_) if !self.is_any(i, &["العام", "السنه"]) => {
                Some((Grain::Year, Card::One, false))
            }
            Lex::Clock if hedged_def => Some((Grain::Hour, Card::One, true)),
            _ => None,
        })?;
        let hedged_def = hedged_def
            && def
            && card == Card::One
            && matches!(g, Grain::Hour | Grain::Week | Grain::Month);
        const CUES: &[&str] = &[
            "لمده",
            "منذ",
            "خلال",
            "طوال",
            "طيله",
            "قبل",
            "بعد",
            "مده",
            "حوالي",
            "نحو",
            "قرابه",
            "زهاء",
            "غضون",
            "بعدها",
            "قبلها",
            "قبيل",
            "عقب",
            "اثر",
            "مدتها",
            "مدته",
            // على مدى عقود، على مدار سنوات: over a span of time.
            "مدي",
            "مدار",
        ];
        // A hedge between the cue and the unit: منذ أكثر من عقد، خلال أقل من عام.
        let hedged = i >= 3
            && self.is(i - 1, "من")
            && self.is_any(i - 2, &["اكثر", "اقل"])
            && self.is_any(i - 3, CUES);
        // The cue may carry و/ف: وقبيل ساعات، ومنذ سنوات.
        let cue_at = |k: usize| {
            let w = self.n(k);
            CUES.contains(&w.strip_prefix(['و', 'ف']).unwrap_or(w)) || CUES.contains(&w)
        };
        // «سنة بعد سنة»، «يوما بعد يوم»: an idiom of steady progression, not a duration.
        if i >= 2
            && card == Card::One
            && self.is_any(i - 1, &["بعد", "تلو"])
            && !self.n(i - 2).starts_with("ال")
            && (self
                .lex(i - 2)
                .and_then(as_unit)
                .is_some_and(|(g2, _, _)| g2 == g)
                || (g == Grain::Year && matches!(self.lex(i - 2), Some(Lex::YearWord(_)))))
        {
            return None;
        }
        // «بعد مرور عام على الحصار»: مرور between the cue and the unit.
        let passing = i >= 2 && self.is_any(i - 1, &["مرور", "انقضاء", "مضي"]) && cue_at(i - 2);
        // A bare singular unit counts one where a number could stand: after
        // «أقل/أكثر من» (في أقل من أسبوع) or as one end of a range or an
        // alternative of durations (من عام إلى عامين، ستة أشهر أو عام).
        let one_counted = card == Card::One && !def && self.one_where_a_count_stands(i, g);
        let spent = card == Card::One && !def && self.spent_before(i);
        let prev_cue = hedged || passing || one_counted || spent || (i > 0 && cue_at(i - 1));
        let mut end = i + 1;
        let mut v = 1.0;
        // «وقبل ذلك بنصف ساعة»: the ب of a distance from an event.
        let half_before = i > 0 && self.is_any(i - 1, &["نصف", "لنصف", "ونصف", "بنصف"]) && !def;
        if half_before {
            return Some(self.mk(i - 1, end, Kind::Duration, Some(grain_dur(g, 0.5))));
        }
        match card {
            Card::Two => {
                // المدعين العامين (public prosecutors): an adjective after a plural;
                // بين العامين 2003 و2016: the years themselves, not two years.
                let p = if i > 0 { self.n(i - 1) } else { "" };
                let p = match p.strip_prefix(['و', 'ف']) {
                    Some(r) if r.starts_with("ال") => r,
                    _ => p,
                };
                let after_plural = def
                    && p.starts_with("ال")
                    && (p.ends_with("ين") || p.ends_with("ون"))
                    && p.chars().count() >= 6;
                // «بين العامين 1999-2007»: a year range in one token.
                let range_token = self.kind(end) == Some(Tk::Num)
                    && self
                        .n(end)
                        .get(..4)
                        .and_then(|y| y.parse::<i32>().ok())
                        .is_some_and(|y| (1900..=2100).contains(&y))
                    && self
                        .n(end)
                        .get(4..5)
                        .is_some_and(|c| ["-", "/", "–"].contains(&c));
                if after_plural || (def && (self.year(end, true).is_some() || range_token)) {
                    return None;
                }
                v = 2.0;
                if matches!(self.lex0(end), Some(Lex::Half)) {
                    v = 2.5;
                    end += 1;
                    end += usize::from(self.unit_repeated(end, g));
                }
            }
            Card::One => {
                // «قبل عقد القمة»، «بعد عقد اجتماع طارئ»: عقد is the verbal noun
                // "holding" when a noun it governs follows (not «عقد من الزمن»).
                if g == Grain::Decade && !def && self.holding_object(end) {
                    return None;
                }
                // (Not «كان يوما واحدا من أبرز …»: «يوما» is "once" and «واحدا من»
                // + an elative "one of the most".)
                let one_of = self.is(i, "يوما")
                    && self.is(end, "واحدا")
                    && self.is(end + 1, "من")
                    && self.is_any(
                        end + 2,
                        &[
                            "اكثر", "ابرز", "اشهر", "اهم", "افضل", "اكبر", "اقوي", "اعظم", "اقدم",
                        ],
                    );
                if self.is_any(
                    end,
                    &["واحد", "واحدا", "واحده", "كامل", "كامله", "كاملا", "كاملة"],
                ) && !one_of
                {
                    end += 1;
                } else if matches!(self.lex0(end), Some(Lex::Half)) {
                    v = 1.5;
                    end += 1;
                    end += usize::from(self.unit_repeated(end, g));
                } else if def && i > 0 && self.is_any(i - 1, &["طوال", "طيله"]) {
                    // طوال اليوم
                } else if !def && self.by_unit_after_event(i, end) {
                    // «قبل المونديال بيوم»، «بعد ذلك بشهر»
                } else if (!prev_cue || (def && !hedged_def))
                    && (!self.o.standalone || self.t.len() > 2)
                {
                    return None;
                }
                if def && !hedged_def && !self.is_any(i.wrapping_sub(1), &["طوال", "طيله"])
                {
                    return None;
                }
            }
            Card::Many => {
                let few_before = i > 0 && matches!(self.lex(i - 1), Some(Lex::Few));
                let few_after = matches!(self.lex0(end), Some(Lex::Few));
                if def {
                    // «وبعد السنوات الطويلة من العمل»: the definite plural with
                    // «الطويلة» is a vague stretch, as «سنوات طويلة» is.
                    if self.is(end, "الطويله") {
                        return Some(self.mk(i, end + 1, Kind::Duration, Some(vague_dur(g))));
                    }
                    return None;
                }
                if few_after {
                    end += 1;
                }
                // «نتاج سنوات من العمل»، «ساعات من المفاوضات»: units of a definite
                // noun (عقود "contracts" only before الزمن).
                // Not after a number word the reader missed (وسبع سنوات من القتل).
                let counted =
                    i > 0 && (self.int(i - 1).is_some() || self.word_num_w(i - 1, true).is_some());
                let of_noun = !counted
                    && self.is(end, "من")
                    && self.n(end + 1).starts_with("ال")
                    && self.lex(end + 1).is_none()
                    && (g != Grain::Decade || self.is(end + 1, "الزمن"));
                // «خلال أعوام سابقة»: an adjective of time after the plural joins it.
                let adj_after = self.is_any(
                    end,
                    &[
                        "سابقه",
                        "ماضيه",
                        "مضت",
                        "طويله",
                        "عديده",
                        "متتاليه",
                        "متواصله",
                    ],
                );
                // لعقود، لسنوات وسنوات، تعقبها بأيام: a ل/ب proclitic is itself a cue.
                // Not in construct (لسنوات النكبة، لعقود الرعاية), and عقود
                // "contracts" (موظفين بعقود) needs a temporal word after it.
                let lb = self.lb_clitic(i)
                    && !self.n(end).starts_with("ال")
                    && !self.is(end, "ما")
                    && (g != Grain::Decade
                        || few_after
                        || self.is_any(end, &["طويله", "من", "متتاليه", "متواصله", "مضت", "اخري"]));
                if !(prev_cue || few_before || few_after || lb || of_noun) {
                    return None;
                }
                if adj_after && !few_after {
                    end += 1;
                }
                let s = if few_before { i - 1 } else { i };
                // «قبل أيام»، «وقبل بضعة أسابيع»: a vague point in the past, like «قبل
                // ثلاثة أيام» (not «قبل أيام من الانتخابات», counted from an event).
                // («قبل أيام فقط من»، «قبل ساعات قليلة على»: an adjective or فقط may
                // stand before the event.)
                let mut ev = end;
                while ev < end + 2 && self.is_any(ev, &["فقط", "قليله", "وجيزه", "معدوده", "قلائل"])
                {
                    ev += 1;
                }
                if let Some(c) = s.checked_sub(1).filter(|&c| {
                    self.is_any(c, &["قبل", "وقبل", "فقبل"])
                        && !self.is_any(ev, &["من", "علي"])
                        && !self.n(ev).starts_with("لل")
                }) {
                    return Some(self.mk(c, end, Kind::Date, Some("PAST_REF".to_string())));
                }
                return Some(self.mk(s, end, Kind::Duration, Some(vague_dur(g))));
            }
        }
        if let Some(m) = self.ago(i, end, g, v) {
            return Some(m);
        }
        Some(self.mk(i, end, Kind::Duration, Some(grain_dur(g, v))))
    }

    /// Is the bare singular unit at `i` the accusative object of a verb of spending
    /// or lasting time a few words before it: «قضى في ليبيا عاما»، «أمضى اللاعب أسبوعا
    /// جيدا»، «محادثات استمرت يوما»، «استغرق الأمر عاما»? The unit is an accusative
    /// form (عاما، شهرا، أسبوعا، يوما، عقدا) or سنة/ساعة heading nothing. Not
    /// «عاما» after an accusative noun it describes («أمضى عامين مديرا عاما»).
    fn spent_before(&self, i: usize) -> bool {
        const SPEND: &[&str] = &[
            "قضي",
            "قضت",
            "قضوا",
            "قضيت",
            "قضينا",
            "يقضي",
            "تقضي",
            "نقضي",
            "سيقضي",
            "ستقضي",
            "امضي",
            "امضت",
            "امضوا",
            "امضيت",
            "امضينا",
            "يمضي",
            "تمضي",
            "نمضي",
            "سيمضي",
            "ستمضي",
            "مكث",
            "مكثت",
            "مكثوا",
            "يمكث",
            "تمكث",
            "استمر",
            "استمرت",
            "يستمر",
            "تستمر",
            "سيستمر",
            "ستستمر",
            "دام",
            "دامت",
            "يدوم",
            "تدوم",
            "استغرق",
            "استغرقت",
            "يستغرق",
            "تستغرق",
            "سيستغرق",
            "ستستغرق",
        ];
        let w = self.n(i);
        let accusative = ["عاما", "شهرا", "اسبوعا", "يوما", "عقدا"].contains(&w);
        let heads_nothing = ["سنه", "ساعه"].contains(&w)
            && self.kind(i + 1) != Some(Tk::Num)
            && !self.n(i + 1).starts_with("ال")
            && self.word_num(i + 1).is_none();
        if !(accusative || heads_nothing) {
            return false;
        }
        // «مليون سنة»: a count the reader did not take, not one unit.
        if i > 0
            && (self.kind(i - 1) == Some(Tk::Num)
                || self.word_num(i - 1).is_some()
                || self.is_any(i - 1, &["الف", "الاف", "مليون", "ملايين", "مئات", "مئه"]))
        {
            return false;
        }
        // «يوما بعد يوم»: steady progression, not a duration.
        if self.is_any(i + 1, &["بعد", "تلو"])
            && (self.lex(i + 2).and_then(as_unit).is_some()
                || matches!(self.lex(i + 2), Some(Lex::YearWord(_))))
        {
            return false;
        }
        if w == "عاما" && i >= 2 {
            let prev = self.n(i - 1);
            let after_prep = self.is_any(i - 2, &["في", "مع", "داخل", "خارج", "الي"])
                || self.n(i - 2).starts_with('ب');
            if prev.ends_with('ا') && prev.chars().count() >= 3 && !after_prep {
                return false;
            }
        }
        for k in (i.saturating_sub(5)..i).rev() {
            if self.kind(k) != Some(Tk::Word) {
                return false;
            }
            let v = self.n(k);
            let v = match v.strip_prefix(['و', 'ف']) {
                Some(r) if SPEND.contains(&r) => r,
                _ => v,
            };
            if SPEND.contains(&v) {
                return true;
            }
        }
        false
    }

    /// «في وقت مبكر/متأخر من اليوم» with no day named after it and no tense in its
    /// clause (advice, habits: «ويفضل تناول العشاء في وقت مبكر من اليوم») is "the
    /// day", any day; with a past or future verb it is today («أعلنت الوزارة في
    /// وقت متأخر من اليوم»، «سيصل في وقت متأخر من اليوم»), and «في وقت لاحق/سابق
    /// من اليوم» is always today.
    fn generic_day(&self, i: usize) -> bool {
        i >= 3
            && self.is(i - 1, "من")
            && self.is_any(i - 2, &["مبكر", "متاخر"])
            && self.is(i - 3, "وقت")
            && !self.is(i + 1, "(")
            && !matches!(self.lex0(i + 1), Some(Lex::Weekday(_)))
            && self.kind(i + 1) != Some(Tk::Num)
            && self.generic_frame(i - 3, false)
    }

    /// Has the clause of token i no tense: no past verb, no future cue, and (when
    /// `marked`) a word of habit or advice before it in the clause (عادة، يفضل،
    /// ينصح، يجب، يمكن، لكي، معظم…)?
    fn generic_frame(&self, i: usize, marked: bool) -> bool {
        const HABIT: &[&str] = &[
            "عاده",
            "غالبا",
            "دائما",
            "احيانا",
            "يوميا",
            "يفضل",
            "تفضل",
            "ينصح",
            "ينصحون",
            "يجب",
            "ينبغي",
            "يمكن",
            "يمكنك",
            "لكي",
            "كي",
            "معظم",
            "اغلب",
            "يحتاج",
            "تحتاج",
        ];
        if self.clause_past(i) || self.tense_before(i).is_some() || self.future_cue(i) {
            return false;
        }
        !marked
            || (i.saturating_sub(10)..i)
                .rev()
                .take_while(|&k| !self.clause_boundary(k))
                .any(|k| {
                    let w = self.n(k);
                    HABIT.contains(&w)
                        || w.strip_prefix(['و', 'ف'])
                            .is_some_and(|r| HABIT.contains(&r))
                })
    }

    /// Is the clause before token i (up to 10 words, not across a clause boundary)
    /// one of repetition: «عادة ما»، «تتكرر/يتكرر»، «يوميا»، «كل يوم/ليلة»؟
    fn repeated_frame(&self, i: usize) -> bool {
        (i.saturating_sub(10)..i)
            .rev()
            .take_while(|&k| !self.clause_boundary(k))
            .any(|k| {
                let w = self.n(k);
                let w = w
                    .strip_prefix(['و', 'ف'])
                    .filter(|r| r.chars().count() >= 4)
                    .unwrap_or(w);
                (w == "عاده" && self.is(k + 1, "ما"))
                    || ["تتكرر", "يتكرر", "تكررت", "تكرر", "يوميا", "ليليا"].contains(&w)
                    || (w == "كل" && self.is_any(k + 1, &["يوم", "ليله", "مساء", "صباح"]))
            })
    }

    /// Is the word at k the definite singular of unit `g`, repeating it after
    /// «ونصف» in the literary form (ساعة ونصف الساعة، عامين ونصف العام)?
    fn unit_repeated(&self, k: usize, g: Grain) -> bool {
        match g {
            Grain::Hour => self.is(k, "الساعه"),
            Grain::Year => self.is_any(k, &["العام", "السنه"]),
            _ => matches!(self.lex0(k).and_then(as_unit), Some((g2, Card::One, true)) if g2 == g),
        }
    }

    /// Does the bare singular unit at `i` (grain `g`) stand where a count would:
    /// after «أقل/أكثر من» (في أقل من شهر), before «إلى/حتى/أو» and another
    /// duration (من عام إلى عامين، أسبوعا أو شهرا), or after «أو/إلى» and a
    /// duration (ستة أشهر أو عام)? Not before a number or a definite noun (أقل من
    /// عام 2016، أو يوم الجمعة), and not the same unit twice (من يوم إلى يوم، "day
    /// by day").
    fn one_where_a_count_stands(&self, i: usize, g: Grain) -> bool {
        const OR_TO: &[&str] = &["او", "الي", "حتي"];
        let e = i + 1;
        if self.kind(e) == Some(Tk::Num)
            || (self.n(e).starts_with("ال") && !self.is_any(e, OR_TO))
            || matches!(self.lex0(e), Some(Lex::Hijri(..) | Lex::Month(..)))
        {
            return false;
        }
        let hedge = i >= 2
            && self.is(i - 1, "من")
            && self.is_any(
                i - 2,
                &[
                    "اقل",
                    "اكثر",
                    "لاقل",
                    "لاكثر",
                    "باقل",
                    "باكثر",
                    "واقل",
                    "واكثر",
                ],
            );
        // «مدة لا تقل عن سنة»، «لا يزيد على شهر»، «لا تتجاوز أسبوعا»، «تزيد على عام»: the
        // verbal hedges of legal and sentencing copy (see `tmod`) before a bare singular
        // unit count one.
        let verbal = (i >= 2
            && self.is_any(i - 1, &["عن", "علي"])
            && self.is_any(
                i - 2,
                &["تقل", "يقل", "تزيد", "يزيد", "يربو", "تربو", "ينوف"],
            ))
            || (i >= 1
                && self.is_any(
                    i - 1,
                    &["تتجاوز", "يتجاوز", "تتعدي", "يتعدي", "تجاوزت", "تجاوز"],
                ))
            // «بالسجن لمدة قد تصل إلى سنة»: "(that) may reach", an upper bound.
            || (i >= 2
                && self.is(i - 1, "الي")
                && self.is_any(i - 2, &["تصل", "يصل"])
                && !(i >= 3 && self.is_any(i - 3, &["لا", "لم", "لن", "ولا", "ولم", "ولن"])));
        let hedge = hedge || verbal;
        // The other end: a dual unit, a number with its unit, or another bare
        // singular unit of a different grain.
        let dur_at = |k: usize| match self.unit_grain(k) {
            Some((_, Card::Two)) => true,
            Some((g2, Card::One)) => {
                g2 != g && self.lone_unit(k) && self.kind(k + 1) != Some(Tk::Num)
            }
            Some((_, Card::Many)) => false,
            None => self
                .num(k)
                .filter(|n| !n.ord && n.end <= k + 3)
                .is_some_and(|n| self.unit_grain(n.end).is_some()),
        };
        let before = self.is_any(e, OR_TO) && dur_at(e + 1);
        // «تراوحت بين عام و16 شهرا»، «بين شهر و20 يوما»، «بين عام وعامين»: the lower
        // end of a range after بين.
        let between = i > 0
            && self.is_any(i - 1, &["بين", "وبين"])
            && ((self.is(e, "و") && dur_at(e + 1))
                || (self.clitic_str(e) == "و"
                    && match self.unit_grain(e) {
                        Some((_, Card::Two)) => true,
                        Some((g2, Card::One)) => g2 != g && self.kind(e + 1) != Some(Tk::Num),
                        _ => false,
                    }));
        // «مضى عام على الحادث»، «مر أسبوع منذ وصلنا»: the subject of a verb of passing.
        let passed = i > 0
            && {
                let n = self.n(i - 1);
                let v = n.strip_prefix(['و', 'ف']).unwrap_or(n);
                [
                    "مر",
                    "مرت",
                    "مضي",
                    "مضت",
                    "انقضي",
                    "انقضت",
                    "يمر",
                    "تمر",
                    "يمضي",
                    "تمضي",
                ]
                .contains(&v)
            }
            && !matches!(self.lex0(e), Some(Lex::Weekday(_)));
        let after = i >= 2
            && self.is_any(i - 1, OR_TO)
            && match self.unit_grain(i - 2) {
                Some((g2, Card::One)) => g2 != g && self.lone_unit(i - 2),
                Some(_) => self.chain_lead(i - 1).is_some(),
                None => false,
            };
        hedge || before || between || passed || after
    }

    /// «قبل المونديال بيوم»، «بعد الحادثة بيوم»، «بعد ذلك بشهر»: a singular unit with
    /// a ب proclitic measures the distance from the event that قبل/بعد governs (one to
    /// three words back). Not after أن (قبل أن يحتفل بيوم ميلاده) and not in construct
    /// with a following noun (بيوم الأرض).
    fn by_unit_after_event(&self, i: usize, end: usize) -> bool {
        if self.clitic_str(i) != "ب" {
            return false;
        }
        let free_after = self.kind(end) != Some(Tk::Word)
            || self.n(end).starts_with(['و', 'ف'])
            || self.is_any(end, &["من", "علي", "فقط", "في", "عن"])
            || is_past_verb(self.n(end))
            // «وبعد ذلك بشهر أفرجت الشرطة …»: a perfect by its shape.
            || (self.lex(end).is_none()
                && (shaped_perfect(self.n(end)) || perfect_like(self.n(end))));
        if !free_after {
            return false;
        }
        (2..=4).any(|d| {
            i >= d && {
                let k = i - d;
                let w = self.n(k);
                ["قبل", "بعد"].contains(&w.strip_prefix(['و', 'ف']).unwrap_or(w))
                    && (k + 1..i)
                        .all(|x| self.kind(x) == Some(Tk::Word) && !self.is_any(x, &["ان", "ما"]))
            }
        })
    }

    /// Is the word at k what an event-holding عقد governs: a definite noun that is
    /// not a time word (عقد القمة، عقد الاجتماع) or a meeting noun (عقد اجتماع)?
    fn holding_object(&self, k: usize) -> bool {
        const MEETINGS: &[&str] = &[
            "اجتماع",
            "اجتماعا",
            "اجتماعات",
            "لقاء",
            "لقاءات",
            "قمه",
            "مؤتمر",
            "مؤتمرا",
            "جلسه",
            "جلسات",
            "صفقه",
            "صفقات",
            "اتفاق",
            "اتفاقيه",
            "هدنه",
            "مباحثات",
            "محادثات",
            "انتخابات",
            "مصالحه",
            "قران",
            "ندوه",
            "مناظره",
            "حوار",
        ];
        // «قبل عقد قمتين»، «بعد عقد اجتماعين»: a dual of a meeting noun too.
        let dual = |w: &str| {
            ["تين", "ين"].iter().any(|suf| {
                w.strip_suffix(suf).is_some_and(|st| {
                    MEETINGS.contains(&st) || MEETINGS.contains(&format!("{st}ه").as_str())
                })
            })
        };
        self.kind(k) == Some(Tk::Word)
            && self.lex(k).is_none()
            && (self.n(k).starts_with("ال") || self.is_any(k, MEETINGS) || dual(self.n(k)))
    }

    /// Two years after a dual year word: (بين) عامي 2011 و2014، العامين 2003 و2016،
    /// سنتي 2019 و2020 → two DATEs. Triggered at the first year (i), reaching back to
    /// the dual word.
    fn dual_years(&self, i: usize) -> Option<Vec<M>> {
        if i == 0 || self.kind(i) != Some(Tk::Num) {
            return None;
        }
        // The second year, when a month phrase took the first («في مايو من عامي
        // 2013 و2015»): the dual word three tokens back.
        if i >= 3 && self.is(i - 1, "و") && self.kind(i - 2) == Some(Tk::Num) {
            let w = self.n(i - 3);
            if ["عامي", "العامين", "سنتي", "السنتين"].contains(&w)
                && self.year(i - 2, false).is_some()
            {
                let (y, e) = self.year(i, false)?;
                return Some(vec![self.mk(i, e, Kind::Date, Some(pad_year(y)))]);
            }
        }
        let w = self.n(i - 1);
        let w = match w.strip_prefix(['و', 'ب', 'ل', 'ف']) {
            Some(r) if r.chars().count() >= 4 => r,
            _ => w,
        };
        if !["عامي", "العامين", "سنتي", "السنتين"].contains(&w) {
            return None;
        }
        // A Gregorian mark (1886م) joins the year; Hijri years are left to other rules.
        let year_era = |k: usize| -> Option<(i32, usize)> {
            let (y, e) = self.year(k, false)?;
            match self.era(e) {
                (Some(true), _) => None,
                (_, e) => Some((y, e)),
            }
        };
        let (y1, e1) = year_era(i)?;
        let first = self.mk(i - 1, e1, Kind::Date, Some(pad_year(y1)));
        let mut out = vec![first];
        if self.is(e1, "و") {
            if let Some((y2, e2)) = year_era(e1 + 1) {
                out.push(self.mk(e1 + 1, e2, Kind::Date, Some(pad_year(y2))));
            }
        }
        Some(out)
    }

    /// Digit dates and times inside one token: 22/04/2016, 2016-04-22, 3/2015, 10:30.
    fn digit_token(&self, i: usize) -> Option<Vec<M>> {
        let t = self.t.get(i)?;
        if t.kind != Tk::Num {
            return None;
        }
        let s = t.norm(self.buf);
        let sep = s.bytes().find(|b| !b.is_ascii_digit())?;
        let parts: Vec<&str> = s.split(|c: char| !c.is_ascii_digit()).collect();
        let same_sep = s.bytes().filter(|b| !b.is_ascii_digit()).all(|b| b == sep);
        if !same_sep || parts.iter().any(|p| p.is_empty() || p.len() > 4) {
            return None;
        }
        let nums: Vec<i64> = parts.iter().filter_map(|p| p.parse().ok()).collect();
        if nums.len() != parts.len() {
            return None;
        }
        if sep == b':' {
            let (h, m, sec) = match nums.as_slice() {
                [h, m] if parts[1].len() == 2 => (*h, *m, None),
                [h, m, s] if parts[1].len() == 2 && parts[2].len() == 2 => (*h, *m, Some(*s)),
                _ => return None,
            };
            let mut e = i + 1;
            let dp = self.daypart(e);
            if dp.is_some() {
                e += 1;
            }
            let clock = self.clock(h, m, sec, dp);
            let mut mm = self.mk(i, e, Kind::Time, None);
            mm.clock = Some(clock);
            mm.dp = dp.is_some();
            let (e2, _) = self.tz(e);
            mm.te = e2;
            mm.span.end = self.end_of(e2 - 1);
            return Some(vec![mm]);
        }
        let prev_cue = i > 0
            && self.is_any(
                i - 1,
                &["يوم", "في", "بتاريخ", "تاريخ", "منذ", "حتي", "الي", "من"],
            );
        match nums.as_slice() {
            [a, b, c] if matches!(sep, b'/' | b'-' | b'.') => {
                let (y, m, d) = if parts[0].len() == 4 {
                    (*a, *b, *c)
                } else if parts[2].len() == 4 || parts[2].len() == 2 {
                    let y = if parts[2].len() == 2 {
                        if *c < 50 {
                            2000 + c
                        } else {
                            1900 + c
                        }
                    } else {
                        *c
                    };
                    (y, *b, *a)
                } else {
                    return None;
                };
                if sep == b'.' && parts[2].len() != 4 && parts[0].len() != 4 {
                    return None;
                }
                let (era, e) = self.era(i + 1);
                let val = if era == Some(true) {
                    cal::hijri_to_gregorian(y as i32, m as u32, d as u32).map(dstr)
                } else {
                    cal::date(y as i32, m as u32, d as u32).map(dstr)
                };
                Some(vec![self.mk(i, e, Kind::Date, val)])
            }
            [a, b] if matches!(sep, b'/' | b'-' | b'.') => {
                if let Some(v) = self.year_pair(i, sep, &parts, *a, *b) {
                    return Some(v);
                }
                // month/year or year/month
                if parts[1].len() == 4 && (1..=12).contains(a) && sep != b'.' {
                    return Some(vec![self.mk(
                        i,
                        i + 1,
                        Kind::Date,
                        Some(ymd(Some(*b as i32), Some(*a as u32), None)),
                    )]);
                }
                if parts[0].len() == 4 && (1..=12).contains(b) && (1900..=2100).contains(a) {
                    return Some(vec![self.mk(
                        i,
                        i + 1,
                        Kind::Date,
                        Some(ymd(Some(*a as i32), Some(*b as u32), None)),
                    )]);
                }
                // Year range 2014-2018.
                if parts[0].len() == 4
                    && parts[1].len() == 4
                    && sep == b'-'
                    && (1900..=2100).contains(a)
                    && (1900..=2100).contains(b)
                    && a < b
                {
                    let (mid, after) = self.sep_bounds(t);
                    let sp1 = Span::new(t.span.start, mid);
                    let sp2 = Span::new(after, t.span.end);
                    return Some(vec![
                        M {
                            span: sp1,
                            ti: i,
                            te: i + 1,
                            kind: Kind::Date,
                            val: Some(pad_year(*a as i32)),
                            clock: None,
                            dp: false,
                            float: None,
                            rel: None,
                            anaph: None,
                        },
                        M {
                            span: sp2,
                            ti: i,
                            te: i + 1,
                            kind: Kind::Date,
                            val: Some(pad_year(*b as i32)),
                            clock: None,
                            dp: false,
                            float: None,
                            rel: None,
                            anaph: None,
                        },
                    ]);
                }
                // «أعمارهم 16-22 عاما»، «تستغرق 3-5 أيام»: a range of counts in one token
                // before an indefinite time unit gives both ends, as «بين 16 و22 عاما»
                // does («16» and «22 عاما»). Not before a month (4-22 يناير, below).
                if sep == b'-'
                    && parts.iter().all(|x| x.len() <= 3)
                    && *a >= 1
                    && a < b
                    && !self.n(i + 1).starts_with("ال")
                {
                    if let Some((g, Card::One | Card::Many)) = self.unit_grain(i + 1) {
                        let (mid, after) = self.sep_bounds(t);
                        let mut lo =
                            self.mk(i, i + 1, Kind::Duration, Some(grain_dur(g, *a as f64)));
                        lo.span = Span::new(t.span.start, mid);
                        let mut hi =
                            self.mk(i, i + 2, Kind::Duration, Some(grain_dur(g, *b as f64)));
                        hi.span = Span::new(after, self.end_of(i + 1));
                        return Some(vec![lo, hi]);
                    }
                }
                // Day range before a month: 4-22 يناير
                if sep == b'-' && (1..=31).contains(a) && (1..=31).contains(b) && a < b {
                    if let Some((v2, e)) = self.month_tail(Some(*b as u32), i + 1, true) {
                        let v1 = v2
                            .as_ref()
                            .and_then(|v| v.rsplit_once('-'))
                            .map(|(p, _)| format!("{p}-{a:02}"));
                        let (mid, after) = self.sep_bounds(t);
                        let sp1 = Span::new(t.span.start, mid);
                        let sp2 = Span::new(after, self.end_of(e - 1));
                        return Some(vec![
                            M {
                                span: sp1,
                                ti: i,
                                te: i + 1,
                                kind: Kind::Date,
                                val: v1,
                                clock: None,
                                dp: false,
                                float: None,
                                rel: None,
                                anaph: None,
                            },
                            M {
                                span: sp2,
                                ti: i,
                                te: e,
                                kind: Kind::Date,
                                val: v2,
                                clock: None,
                                dp: false,
                                float: None,
                                rel: None,
                                anaph: None,
                            },
                        ]);
                    }
                    return None;
                }
                // day/month: only with a cue (يوم 22/04) or both parts two digits.
                if (sep == b'/' || (sep == b'-' && prev_cue))
                    && (prev_cue || (parts[0].len() == 2 && parts[1].len() == 2))
                {
                    let (mut d, mut m) = (*a as u32, *b as u32);
                    if m > 12 && d <= 12 {
                        // 4/22: month/day order (unambiguous only this way round).
                        std::mem::swap(&mut d, &mut m);
                    }
                    if !(1..=12).contains(&m) || d == 0 || d > 31 {
                        return Some(vec![self.mk(i, i + 1, Kind::Date, None)]);
                    }
                    let y = self.resolve_md(m, Some(d));
                    return Some(vec![self.mk(
                        i,
                        i + 1,
                        Kind::Date,
                        self.greg_val(y, m, Some(d)),
                    )]);
                }
                None
            }
            _ => None,
        }
    }

    /// A season or fiscal year written as two years in one token: 2016/2017,
    /// 2016/17, 2016-17 (2016-2017 is read with the other ranges). The second
    /// year follows the first; a two-digit one with a leading zero (2008/09) is
    /// a year/month unless a season or year word comes before (موسم 2008/09).
    /// Two DATEs, as for other ranges.
    /// Byte offsets in the original text of the separator inside a digit
    /// token such as «2018-2019» or «٢٠١٨-٢٠١٩» (whose digits take two bytes
    /// each in the original but one in the normalized form): where the
    /// separator starts and where the second number starts.
    fn sep_bounds(&self, t: &Tok) -> (usize, usize) {
        let raw = t.span.slice(self.text);
        match raw.char_indices().find(|(_, c)| !c.is_numeric()) {
            Some((k, c)) => (t.span.start + k, t.span.start + k + c.len_utf8()),
            None => (t.span.end, t.span.end),
        }
    }

    fn year_pair(&self, i: usize, sep: u8, parts: &[&str], a: i64, b: i64) -> Option<Vec<M>> {
        let t = self.t.get(i)?;
        if parts.first()?.len() != 4 || !(1900..=2100).contains(&a) || sep == b'.' {
            return None;
        }
        let second = parts.get(1)?;
        let season_word = i > 0
            && [
                "موسم",
                "موسمي",
                "مالي",
                "ماليه",
                "دراسي",
                "دراسيه",
                "عام",
                "سنه",
            ]
            .contains(&bare_word(self.n(i - 1)));
        let b_full = match second.len() {
            4 if sep == b'/' && a < b && b - a <= 10 => b,
            2 if b == (a + 1) % 100 && (!second.starts_with('0') || season_word) => a + 1,
            _ => return None,
        };
        let (mid, after) = self.sep_bounds(t);
        let mut first = self.mk(i, i + 1, Kind::Date, Some(pad_year(a as i32)));
        first.span = Span::new(t.span.start, mid);
        let mut last = self.mk(i, i + 1, Kind::Date, Some(pad_year(b_full as i32)));
        last.span = Span::new(after, t.span.end);
        Some(vec![first, last])
    }

    fn daypart(&self, i: usize) -> Option<DayPart> {
        let mut j = i;
        // الساعة الأولى من الصباح: «من» + a definite part of day (not «من صباح الأحد»,
        // a dated day of its own).
        if self.daypart_after_min(j) {
            j += 1;
        } else if self.is_any(j, &["في", "بعد", "قبل"]) {
            if self.is(j, "بعد")
                && self.is_any(j + 1, &["الظهر", "العصر", "المغرب", "الظهيره", "منتصف"])
            {
                return Some(if self.is(j + 1, "منتصف") {
                    DayPart::Night
                } else {
                    DayPart::Evening
                });
            }
            if self.is(j, "قبل") && self.is_any(j + 1, &["الظهر", "الظهيره"]) {
                return Some(DayPart::Morning);
            }
            if self.is(j, "قبل") && self.is_any(j + 1, &["المغرب", "العصر"]) {
                return Some(DayPart::Evening);
            }
            j += 1;
        }
        // وقت الغداء: lunch time, early afternoon.
        if self.is(j, "وقت") && self.is(j + 1, "الغداء") {
            return Some(DayPart::Noon);
        }
        match self.lex0(j) {
            Some(Lex::DayPart(d)) => Some(d),
            _ => None,
        }
    }

    /// «من الصباح / من المساء / من الليل» at i.
    fn daypart_after_min(&self, i: usize) -> bool {
        self.is(i, "من")
            && self.n(i + 1).starts_with("ال")
            && matches!(self.lex0(i + 1), Some(Lex::DayPart(_)))
    }

    /// Tokens consumed by a day-part phrase at i (1 to 3).
    fn daypart_len(&self, i: usize) -> usize {
        let prep = usize::from(self.is_any(i, &["في", "بعد", "قبل"]) || self.daypart_after_min(i));
        if self.is(i + prep, "وقت") && self.is(i + prep + 1, "الغداء") {
            return prep + 2;
        }
        if prep == 1 || self.is_any(i + 1, &["الباكر"]) {
            2
        } else {
            1
        }
    }

    fn clock(&self, h: i64, m: i64, s: Option<i64>, dp: Option<DayPart>) -> Clock {
        if !(0..=24).contains(&h)
            || !(0..60).contains(&m)
            || s.is_some_and(|s| !(0..60).contains(&s))
        {
            return Clock::Invalid;
        }
        let mut h = h as u32;
        match dp {
            Some(DayPart::Morning) if h == 12 => h = 0,
            Some(DayPart::Noon) if h < 6 => h += 12,
            Some(DayPart::Evening) if h < 12 => h += 12,
            Some(DayPart::Night) if h == 12 => h = 0,
            Some(DayPart::Night) if (6..12).contains(&h) => h += 12,
            _ => {}
        }
        Clock::Hm(h, m as u32, s.map(|s| s as u32))
    }

    /// بتوقيت غرينتش / بتوقيت مكة المكرمة / GMT after a time: returns the new end.
    fn tz(&self, i: usize) -> (usize, bool) {
        if matches!(self.lex(i), Some(Lex::Tz)) {
            let mut e = i + 1;
            if matches!(self.kind(e), Some(Tk::Word | Tk::Latin)) {
                e += 1;
                if self.is_any(e, &["المكرمه", "المحتله", "الشريف"])
                    || (self.kind(e) == Some(Tk::Punct) && self.is(e, "+"))
                {
                    e += 1;
                }
                // «بتوقيت الساحل الشرقي للولايات المتحدة»، «بتوقيت شرق الولايات
                // المتحدة»: the zone's name goes on with definite words (ال-، لل-)
                // that are no time words, so a following «في + DATE» still joins.
                let zone_end = e + 4;
                while e < zone_end
                    && self.kind(e) == Some(Tk::Word)
                    && self.lex(e).is_none()
                    && (self.n(e).starts_with("ال") || self.n(e).starts_with("لل"))
                {
                    e += 1;
                }
            }
            return (e, true);
        }
        if self.kind(i) == Some(Tk::Latin) && ["gmt", "utc"].contains(&self.n(i)) {
            return (i + 1, true);
        }
        // «ت غ»، «ت.غ» (توقيت غرينتش), the AFP abbreviation.
        if self.is(i, "ت") {
            if self.is(i + 1, "غ") {
                return (i + 2, true);
            }
            if self.is(i + 1, ".") && self.is(i + 2, "غ") {
                return (i + 3, true);
            }
        }
        (i, false)
    }

    /// الساعة 3 / الساعة الثالثة وربع عصرا / الساعة 10:30 صباحا / الثالثة عصرا.
    fn clock_phrase(&self, i: usize) -> Option<M> {
        self.clock_phrase_x(i, false)
    }

    /// Is the token at `k` a day the part of day before it belongs to (مساء
    /// الأحد، صباح أمس، مساء 7 أكتوبر)? Then a number before that part of day
    /// is more likely a count (قتل 340 مساء الأحد) than a clock reading.
    fn day_follows(&self, k: usize) -> bool {
        matches!(
            self.lex(k),
            Some(Lex::Weekday(_) | Lex::Deictic(_) | Lex::Month(..))
        ) || self.kind(k) == Some(Tk::Num)
            || self.is_any(k, &["يوم", "امس", "غد", "الغد", "البارحه"])
    }

    /// Is the number at `i` the second of a score (2 - 1، صفر - 3)?
    fn score_before(&self, i: usize) -> bool {
        i >= 2
            && self.is_any(i - 1, &["-", "–"])
            && (self.kind(i - 2) == Some(Tk::Num) || self.is(i - 2, "صفر"))
    }

    /// Does a word that governs a clock reading stand right before `i` (في 7 مساء،
    /// حتى 9 مساء، منذ 6 صباحا، the second clock of a range after و)?
    fn clock_cue_before(&self, i: usize) -> bool {
        i > 0
            && self.is_any(
                i - 1,
                &[
                    "و",
                    "في",
                    "وفي",
                    "عند",
                    "وعند",
                    "تمام",
                    "حوالي",
                    "وحوالي",
                    "قرابه",
                    "بحلول",
                    "حتي",
                    "وحتي",
                    "منذ",
                    "ومنذ",
                    "قبل",
                    "بعد",
                    "الي",
                    "والي",
                ],
            )
    }

    /// `cued`: the hour follows a minute offset (ثلاث دقائق قبل الثامنة), so a
    /// bare ordinal hour is a clock time even without a part of day.
    fn clock_phrase_x(&self, i: usize, cued: bool) -> Option<M> {
        let mut j = i;
        let has_clock = matches!(self.lex(j), Some(Lex::Clock));
        if has_clock {
            j += 1;
            // «في نصف الساعة الأول من المباراة»، «الساعة الأولى من الاجتماع»: the first
            // (half) hour of an event is a stretch of it, not the clock time 01:00.
            // The masculine «الأول/الأخير» agrees with «نصف/ربع», never with «الساعة».
            let part_before = i > 0 && self.is_any(i - 1, &["نصف", "ربع", "ونصف", "وربع"]);
            let stretch = self.is_any(j, &["الاول", "الاخير"])
                || (part_before && self.is_any(j, &["الاولي", "الاخيره"]))
                || (self.is_any(j, &["الاولي", "الاخيره"])
                    && self.is(j + 1, "من")
                    && self.lex(j + 2).is_none());
            if stretch {
                return None;
            }
        }
        let start_j = j;
        // Digits h or h:mm (the latter is a token of its own).
        let (mut h, mut m, mut sec) = (None, 0i64, None);
        let mut packed = false;
        // «(0500 بتوقيت غرينتش)»: four digits of a 24-hour clock before a time zone.
        let mut zoned_digits = false;
        if let Some(t) = self.t.get(j) {
            if t.kind == Tk::Num {
                let parts: Vec<&str> = t.norm(self.buf).split(':').collect();
                match parts.as_slice() {
                    [a] if a.len() <= 2 => h = a.parse().ok(),
                    [a] if a.len() == 4
                        && matches!(self.lex(j + 1), Some(Lex::Tz))
                        && a.parse::<i64>()
                            .is_ok_and(|v| v / 100 <= 23 && v % 100 < 60) =>
                    {
                        let v: i64 = a.parse().ok()?;
                        h = Some(v / 100);
                        m = v % 100;
                        zoned_digits = true;
                    }
                    // «الساعة 17,00»، «(12,30 ت غ)»: AFP copy separates hour and
                    // minutes with a comma (or a point); only after الساعة or before
                    // a time zone, where no amount can be meant.
                    [a] if a.len() >= 4
                        && (has_clock || self.tz(j + 1).1)
                        && comma_clock(a).is_some() =>
                    {
                        let (hh, mm) = comma_clock(a)?;
                        h = Some(hh);
                        m = mm;
                        zoned_digits = !has_clock;
                    }
                    // 340 مساء / 1140 صباحا: hour and minutes run together (needs a part of day).
                    [a] if (a.len() == 3 || a.len() == 4) && !a.starts_with('0') => {
                        let v: i64 = a.parse().ok()?;
                        if !(1..=12).contains(&(v / 100)) || v % 100 >= 60 {
                            return None;
                        }
                        h = Some(v / 100);
                        m = v % 100;
                        packed = true;
                    }
                    [a, b] if b.len() == 2 && a.len() <= 2 => {
                        h = a.parse().ok();
                        m = b.parse().unwrap_or(0);
                    }
                    [a, b, c] if b.len() == 2 && c.len() == 2 => {
                        h = a.parse().ok();
                        m = b.parse().unwrap_or(0);
                        sec = c.parse().ok();
                    }
                    _ => return None,
                }
                j += 1;
            }
        }
        let mut word_hour = false;
        // A cardinal hour word without الساعة (ثمانية وأربعين صباحا): needs minutes and a part of day.
        let mut card_hour = false;
        // «… والثانية عشرة ظهرا»: the second clock of a pair, with its و.
        let mut waw_start = false;
        if h.is_none() {
            let n = match self.word_num_x(j, false, false) {
                Some(n) => n,
                None if !has_clock && j == i && self.n(j).starts_with("وال") => {
                    waw_start = true;
                    self.word_num_x(j, true, false).filter(|n| n.ord)?
                }
                None => return None,
            };
            if n.v < 1.0 || n.v > 24.0 {
                return None;
            }
            // Without الساعة only a feminine ordinal (الثالثة) can be a clock time.
            if !has_clock && (!n.ord || !self.n(j).ends_with('ه')) {
                if n.ord {
                    return None;
                }
                card_hour = true;
            }
            h = Some(n.v as i64);
            j = n.end;
            word_hour = true;
        }
        let h = h?;
        // Minutes: و + number [دقيقة] | وربع | ونصف | وثلث | إلا ربع/ثلث
        let mut minus = 0;
        let mut frac_min = false;
        let n = self.n(j);
        if ["وربع", "ونصف", "والنصف", "وثلث", "والربع"].contains(&n) {
            frac_min = true;
        }
        if n.starts_with('و') && j > start_j {
            match n {
                "وربع" => {
                    m = 15;
                    j += 1;
                }
                "ونصف" | "والنصف" => {
                    m = 30;
                    j += 1;
                }
                "وثلث" => {
                    m = 20;
                    j += 1;
                }
                "والربع" => {
                    m = 15;
                    j += 1;
                }
                _ => {
                    // Minutes are a cardinal: «الأولى والثانية عشرة ظهرا» is a second hour.
                    if let Some(x) = self.word_num_w(j, true).filter(|x| x.v < 60.0 && !x.ord) {
                        m = x.v as i64;
                        j = x.end;
                    } else if self.is(j, "و") {
                        // الساعة 3 و 18 دقيقة: digit minutes need دقيقة (5 و 6 مساء is a range).
                        if let Some(x) = self.num(j + 1).filter(|x| {
                            x.v < 60.0
                                && x.v.fract() == 0.0
                                && self.is_any(x.end, &["دقيقه", "دقائق"])
                        }) {
                            m = x.v as i64;
                            j = x.end;
                        }
                    }
                    if self.is_any(j, &["دقيقه", "دقائق"]) {
                        j += 1;
                    }
                }
            }
        } else if card_hour {
            // خمسة عشر خمسة عشر مساء: minutes right after the hour.
            if let Some(x) = self
                .word_num_x(j, false, true)
                .filter(|x| !x.ord && x.v >= 1.0 && x.v < 60.0)
            {
                m = x.v as i64;
                j = x.end;
            }
        }
        // إلا ربع / إلا الثلث / إلا ثلاث دقائق
        if self.is_any(j, &["الا", "إلا"]) {
            if self.is_any(j + 1, &["ربع", "ربعا", "الربع"]) {
                minus = 15;
                j += 2;
            } else if self.is_any(j + 1, &["ثلث", "ثلثا", "الثلث"]) {
                minus = 20;
                j += 2;
            } else if let Some(x) = self.num(j + 1).filter(|x| {
                !x.ord
                    && x.v >= 1.0
                    && x.v < 60.0
                    && x.v.fract() == 0.0
                    && self.is_any(x.end, &["دقيقه", "دقائق"])
            }) {
                minus = x.v as i64;
                j = x.end + 1;
            } else if self.is(j + 1, "دقيقتين") {
                minus = 2;
                j += 2;
            }
        }
        if self.kind(j) == Some(Tk::Num) && !word_hour && j == start_j + 1 && self.is(j - 1, "و") {
            // handled above
        }
        let mut e = j;
        let mut dp = self.daypart(e);
        if dp.is_some() {
            e += self.daypart_len(e);
        } else if (self.is(e, "هذه") && self.is(e + 1, "الليله"))
            || (self.is(e, "هذا") && self.is_any(e + 1, &["المساء", "الصباح"]))
        {
            dp = Some(if self.is(e + 1, "الصباح") {
                DayPart::Morning
            } else {
                DayPart::Night
            });
            e += 2;
        } else if self.is(e, "الليله") {
            dp = Some(DayPart::Night);
            e += 1;
        }
        if !has_clock && !word_hour && !zoned_digits {
            // bare digit hour: needs a day part (7 صباحا)
            dp?;
            // «تعادل 2 - 2 مساء السبت»، «دول الاتحاد الـ28 مساء الأربعاء»: a bare number
            // whose part of day belongs to a day is a score or a count, unless a clock
            // cue governs it (في 7 مساء الأحد); the second number of a score never is.
            if !cued && (self.score_before(i) || (self.day_follows(e) && !self.clock_cue_before(i)))
            {
                return None;
            }
        }
        // Packed or word hours need a spelled-out part of day: "1200 م" is 1200 metres.
        if (packed || card_hour)
            && (dp.is_none()
                || self.day_follows(e)
                || self.n(e.saturating_sub(1)).chars().count() < 3)
        {
            return None;
        }
        if card_hour && m == 0 {
            return None;
        }
        // «(السابعة بتوقيت غرينتش)»: a feminine ordinal hour with its time zone.
        let zoned = word_hour && !card_hour && matches!(self.lex(e), Some(Lex::Tz));
        if !has_clock
            && !cued
            && word_hour
            && dp.is_none()
            && (m == 0 || !frac_min)
            && minus == 0
            && !zoned
        {
            return None;
        }
        let (mut hh, mut mm) = (h, m);
        if minus > 0 {
            let t = (h * 60 + m - minus).rem_euclid(24 * 60);
            hh = t / 60;
            mm = t % 60;
        }
        if waw_start && dp.is_none() {
            return None;
        }
        let clock = self.clock(hh, mm, sec, dp);
        let (e2, _) = self.tz(e);
        let mut r = self.mk(i, e2, Kind::Time, None);
        if waw_start {
            if let Some(t) = self.t.get(i) {
                r.span.start = t.span.start + raw_prefix_len(t.span.slice(self.text), 1);
            }
        }
        r.clock = Some(clock);
        r.dp = dp.is_some();
        Some(r)
    }

    /// «في الثامنة والعاشرة من صباح الأربعاء»، «عند التاسعة من مساء الخميس»: clock
    /// hours as feminine ordinals (agreeing with an understood «الساعة»), after a
    /// preposition of time and before «من» + a part of a day: one TIME per hour on
    /// that day, the part setting am or pm (التاسعة من مساء → 21:00). The part of
    /// day stays an item of its own. A feminine ordinal after another noun («المرتبة
    /// الثامنة من …») has no preposition right before it.
    fn word_hours_of_day(&self, i: usize) -> Option<Vec<M>> {
        const CUES: &[&str] = &["في", "وفي", "عند", "وعند", "حتي", "وحتي", "منذ", "بين"];
        if i == 0 || !self.is_any(i - 1, CUES) {
            return None;
        }
        let hour = |k: usize, waw: bool| {
            self.word_num_x(k, waw, false)
                .filter(|n| n.ord && n.v.fract() == 0.0 && (1.0..=12.0).contains(&n.v))
                .filter(|_| self.n(k).ends_with('ه'))
        };
        let first = hour(i, false)?;
        let mut hours = vec![(i, first.v as u32, first.end, false)];
        let mut k = first.end;
        while hours.len() < 4 && self.n(k).starts_with("وال") {
            let Some(n) = hour(k, true) else {
                break;
            };
            hours.push((k, n.v as u32, n.end, true));
            k = n.end;
        }
        if !self.is(k, "من") {
            return None;
        }
        let day = self.daypart_day(k + 1)?;
        let Some(Clock::Part(code)) = day.clock else {
            return None;
        };
        let out = hours
            .into_iter()
            .map(|(s, h, e, waw)| {
                let h = match code {
                    "AF" | "EV" if h < 12 => h + 12,
                    "NI" if (6..12).contains(&h) => h + 12,
                    "MO" | "NI" if h == 12 => 0,
                    _ => h,
                };
                let mut m = self.mk(s, e, Kind::Time, day.val.clone());
                if waw {
                    if let Some(t) = self.t.get(s) {
                        m.span.start = t.span.start + raw_prefix_len(t.span.slice(self.text), 1);
                    }
                }
                m.clock = Some(Clock::Hm(h, 0, None));
                m.dp = true;
                m
            })
            .collect();
        Some(out)
    }

    /// ثلاث دقائق قبل الثامنة / عشرين دقيقة بعد الخامسة صباحا: a clock time a
    /// number of minutes before or after an hour.
    fn minutes_off(&self, i: usize) -> Option<M> {
        let n = self.num(i)?;
        if n.ord || n.v < 1.0 || n.v >= 60.0 || n.v.fract() != 0.0 {
            return None;
        }
        if !self.is_any(n.end, &["دقيقه", "دقائق"]) {
            return None;
        }
        let k = n.end + 1;
        let sign = if self.is(k, "قبل") {
            -1
        } else if self.is(k, "بعد") {
            1
        } else {
            return None;
        };
        let mut c = self.clock_phrase_x(k + 1, true)?;
        let Some(Clock::Hm(h, mi, sec)) = c.clock else {
            return None;
        };
        let t = (i64::from(h) * 60 + i64::from(mi) + sign * n.v as i64).rem_euclid(24 * 60);
        c.clock = Some(Clock::Hm((t / 60) as u32, (t % 60) as u32, sec));
        c.span.start = self.start_of(i);
        c.ti = i;
        Some(c)
    }

    /// Is «الليلة» at i the object of a perfect verb of spending the night («أمضى
    /// الرئيس الليلة»، «قضى فيه الوزير الليلة»، «باتوا الليلة»), up to three words
    /// back in its clause? That night is over: the one before the day of writing.
    /// «هذه الليلة» and imperfect verbs («يمضي الليلة») keep tonight.
    fn spent_night(&self, i: usize) -> bool {
        const SPENT: &[&str] = &[
            "امضي",
            "امضت",
            "امضوا",
            "قضي",
            "قضت",
            "قضوا",
            "بات",
            "باتت",
            "باتوا",
            "امضيت",
            "قضيت",
            "امضينا",
            "قضينا",
        ];
        if self.n(i) != "الليله" || (i > 0 && self.is(i - 1, "هذه")) {
            return false;
        }
        for k in (i.saturating_sub(4)..i).rev() {
            if self.kind(k) != Some(Tk::Word) || self.lex(k).is_some() {
                return false;
            }
            let n = self.n(k);
            if SPENT.contains(&n.strip_prefix(['و', 'ف']).unwrap_or(n)) || SPENT.contains(&n) {
                return true;
            }
        }
        false
    }

    /// Is the word at k (و/ف، ل/ب allowed) the noun of a scheduled event that
    /// «الغد» after it dates («مباراة الغد»، «لقاء الغد»، «جلسة الغد»)?
    fn event_of_tomorrow(&self, k: usize) -> bool {
        const EVENTS: &[&str] = &[
            "مباراه",
            "لقاء",
            "مواجهه",
            "جلسه",
            "اجتماع",
            "قمه",
            "سباق",
            "نزال",
            "مؤتمر",
            "حفل",
            "مسيره",
            "تظاهره",
            "مظاهره",
            "اقتراع",
            "مران",
            "تدريبات",
            "رحله",
        ];
        let n = self.n(k);
        let n = n.strip_prefix(['و', 'ف']).unwrap_or(n);
        EVENTS.contains(&n)
            || n.strip_prefix(['ل', 'ب'])
                .is_some_and(|r| EVENTS.contains(&r))
    }

    /// Is the definite day word at `i` the second term of a construct: right after
    /// a word that does not make it a day (عدو الأمس، جيل الغد)?
    fn after_noun(&self, i: usize) -> bool {
        i > 0 && self.kind(i - 1) == Some(Tk::Word) && !self.is_any(i - 1, DAY_GOVERNORS)
    }

    /// «منافسو الأمس … زملاء الغد»، «نجوم الأمس ونجوم اليوم»: «الأمس» after a noun
    /// contrasted, in the same sentence, with «الغد/اليوم» after a noun is figurative
    /// ("yesterday's rivals, tomorrow's teammates"); so is the contrasted day.
    fn figurative_pair(&self, i: usize) -> bool {
        if !self.after_noun(i) {
            return false;
        }
        let stop = |k: usize| self.is_any(k, &[".", "؟", "!"]);
        if self.n(i) == "الامس" {
            (i + 1..i + 12)
                .take_while(|&k| k < self.t.len() && !stop(k))
                .any(|k| self.is_any(k, &["الغد", "اليوم"]) && self.after_noun(k))
        } else {
            (i.saturating_sub(12)..i)
                .rev()
                .take_while(|&k| !stop(k))
                .any(|k| self.is(k, "الامس") && self.after_noun(k))
        }
    }

    /// Deictic days: أمس، أمس الأول، أول أمس، اليوم، غدا، بعد غد، الليلة، الآن.
    fn deictic(&self, i: usize) -> Option<M> {
        // «حتى اللحظة»، «لحد اللحظة» ("so far", like «حتى الآن»): the present; a bare
        // «اللحظة» is "the moment" («اللحظة الحاسمة»).
        if self.is(i, "اللحظه")
            && i.checked_sub(1)
                .is_some_and(|p| self.is_any(p, &["حتي", "وحتي", "لحد", "ولحد", "لغايه"]))
            // «حتى اللحظة الأخيرة» (to the last moment), «حتى اللحظة التي …»: a
            // moment described, not now.
            && !self.n(i + 1).starts_with("ال")
        {
            return Some(self.mk(i, i + 1, Kind::Date, Some("PRESENT_REF".to_string())));
        }
        let l = self.lex(i)?;
        let (off, end, start) = match l {
            Lex::Deictic(0) => {
                if self.clitic(i) > 0 && !self.n(i).starts_with('و') && !self.n(i).starts_with('ف')
                {
                    return None;
                }
                let nx = self.n(i + 1);
                if let Some(d) = self.dir(i + 1) {
                    let off = match d {
                        Dir::Past | Dir::Last => -1,
                        Dir::Next => 1,
                        Dir::This => 0,
                    };
                    if d == Dir::Last && self.is_any(i + 2, &["من", "في"]) {
                        return None;
                    }
                    // «في اليوم التالي للهجوم»: the day after an event, not after the
                    // day of writing. The document pass counts it from the narrative's
                    // date when there is one; without it, the day is unresolved.
                    let after_event = self.anaphoric(i + 1) && self.of_event(i + 2);
                    let val = Some(match self.r {
                        Some(r) if !after_event => dstr(cal::add_days(r, off)),
                        _ => "XXXX-XX-XX".to_string(),
                    });
                    let mut m = self.mk(i, i + 2, Kind::Date, val);
                    m.rel = self.anaphoric(i + 1).then_some(off);
                    return Some(m);
                }
                if matches!(
                    self.lex0(i + 1),
                    Some(Lex::Ord(_) | Lex::Dir(_) | Lex::Card(_) | Lex::Ten)
                ) || [
                    "الذي",
                    "التي",
                    "الذى",
                    "نفسه",
                    "ذاته",
                    "الوطني",
                    "العالمي",
                    "الدولي",
                    "السابع",
                ]
                .contains(&nx)
                    || (nx.starts_with("ال")
                        && nx.ends_with("ي")
                        && nx.chars().count() > 5
                        && !matches!(self.lex0(i + 1), Some(Lex::Weekday(_))))
                {
                    return None;
                }
                if self.demonstrative_before(i).is_some() {
                    return None;
                }
                if self.n(i) == "اليوم" && (self.figurative_pair(i) || self.generic_day(i)) {
                    return None;
                }
                let s = if i > 0 && self.is(i - 1, "هذا") {
                    i - 1
                } else {
                    i
                };
                (0i64, i + 1, s)
            }
            Lex::Deictic(-1) => {
                // ل/ك + امس is another word (ولامس "and it touched", كامس), and
                // أمس before الحاجة is the superlative "most in need" (بأمس الحاجة).
                if self.clitic_str(i).contains(['ل', 'ك'])
                    || self.is_any(i + 1, &["الحاجه", "حاجه", "الحاجات"])
                    || self.figurative_pair(i)
                {
                    return None;
                }
                if i > 1 && self.is(i - 1, "يوم") && self.is(i - 2, "قبل") {
                    // قبل يوم أمس: the day before yesterday.
                    (-2, i + 1, i - 2)
                } else if i > 0 && self.is_any(i - 1, &["اول", "قبل", "القبل"]) {
                    // (اليوم) القبل البارحة / (يوم) قبل أمس.
                    let s = if i > 1 && self.is_any(i - 2, &["يوم", "اليوم"]) {
                        i - 2
                    } else {
                        i - 1
                    };
                    (-2, i + 1, s)
                } else if self.is(i + 1, "الاول") {
                    (-2, i + 2, i)
                } else if i > 0 && self.is_any(i - 1, &["يوم", "ويوم"]) {
                    // «يوم أمس», like «يوم غد»: the day word joins the span.
                    (-1, i + 1, i - 1)
                } else {
                    (-1, i + 1, i)
                }
            }
            Lex::Deictic(1) => {
                if self.n(i) == "غدا" && self.clitic(i) > 0 {
                    return None;
                }
                // «وغدا وهو في الأربعين من أغنى رجال البلاد»: the verb غدا
                // ("became") opening a clause before a circumstantial one, not
                // tomorrow (a bare «غدا وهو يحمل …» after its verb stays tomorrow).
                if ["وغدا", "فغدا"].contains(&self.n(i))
                    && self.is_any(i + 1, &["وهو", "وهي", "وهم"])
                {
                    return None;
                }
                // Colloquial «بكرة/بكرا» is a word of speech ending its clause
                // («سنرد عليهم بكرة.»، «بكرة الصبح»); before a noun or an adjective
                // it is ب + كرة, the ball (بكرة القدم، بكرة صغيرة).
                if ["بكره", "بكرا"].contains(&self.n(i).trim_start_matches(['و', 'ف']))
                    && !(i + 1 >= self.t.len()
                        || (i > 0 && self.is_any(i - 1, &["من", "حتي", "لبعد"]))
                        || self.kind(i + 1) == Some(Tk::Punct)
                        || matches!(self.lex0(i + 1), Some(Lex::DayPart(_))))
                {
                    return None;
                }
                // الغد after a noun is "the future" (وطن الغد، جيل الغد، عالم الغد),
                // but after the noun of a fixture or a sitting it is tomorrow
                // («لمواجهة الغد»، «مباراة الغد»، «جلسة الغد»).
                if self.n(i) == "الغد" && self.after_noun(i) && !self.event_of_tomorrow(i - 1) {
                    return None;
                }
                if i > 0 && self.is(i - 1, "بعد") {
                    let s = if i > 1 && self.is(i - 2, "يوم") {
                        i - 2
                    } else {
                        i - 1
                    };
                    (2, i + 1, s)
                } else if i > 0 && self.is(i - 1, "يوم") {
                    (1, i + 1, i - 1)
                } else {
                    (1, i + 1, i)
                }
            }
            Lex::Tonight => {
                if self.clitic(i) > 0 && !self.n(i).starts_with('و') {
                    return None;
                }
                // «في تلك الليلة»، «نفس الليلة التي أمضاها …»: the night of a day the
                // narrative named (the document pass finds it, as for «ذلك اليوم»; a
                // relative clause leaves it unresolved), not tonight. («الليلة نفسها»
                // stays out, below.)
                let nx = self.n(i + 1);
                let demo = self
                    .demonstrative_before(i)
                    .is_some_and(|(d, _)| d != "ذلك");
                // «نفس الليلة الرابعة من الحفلات»: a numbered night is another rule's.
                let numbered = matches!(self.lex0(i + 1), Some(Lex::Ord(_) | Lex::Card(_)))
                    || (nx.starts_with("ال") && !["التي", "التى"].contains(&nx));
                if self.n(i).trim_start_matches('و') == "الليله"
                    && !numbered
                    && (demo || ["التي", "التى"].contains(&nx))
                {
                    let e = i + 1;
                    let val = Some(self.r.map_or_else(|| "XXXX-XX-XX".to_string(), dstr));
                    let mut r = if demo {
                        self.span_from_demonstrative(i, e, Kind::Time, val)
                    } else {
                        self.mk(i, e, Kind::Time, val)
                    };
                    r.clock = Some(Clock::Part("NI"));
                    r.anaph = Some(Grain::Day);
                    return Some(r);
                }
                // الليلة الافتتاحية: a night described, not tonight.
                if self.n(i) == "الليله"
                    && self.dir(i + 1).is_none()
                    && self.lex(i + 1).is_none()
                    && ((nx.starts_with("ال") && nx.chars().count() > 4)
                        || ["نفسها", "ذاتها"].contains(&nx))
                {
                    return None;
                }
                let (off, e) = match self.dir(i + 1) {
                    Some(Dir::Past | Dir::Last) => (-1, i + 2),
                    Some(Dir::Next) => (1, i + 2),
                    _ if self.spent_night(i) => (-1, i + 1),
                    _ => (0, i + 1),
                };
                let s = if i > 0 && self.is(i - 1, "هذه") {
                    i - 1
                } else {
                    i
                };
                let mut r = self.mk(
                    s,
                    e,
                    Kind::Time,
                    self.r.map(|r| dstr(cal::add_days(r, off))),
                );
                r.clock = Some(Clock::Part("NI"));
                // الليلة السابقة / التالية: the night before or after the narrative's day.
                if e == i + 2 && self.anaphoric(i + 1) {
                    r.rel = Some(off);
                }
                if let Some((c, ce)) = self.part_hour(e, "NI") {
                    r.clock = Some(c);
                    r.te = ce;
                    r.span.end = self.end_of(ce - 1);
                }
                return Some(r);
            }
            _ if self.is(i, "هذه") && self.is(i + 1, "اللحظه") => {
                return Some(self.mk(i, i + 2, Kind::Date, Some("PRESENT_REF".to_string())));
            }
            Lex::Now => {
                let raw = self.t.get(i).map_or("", |t| t.span.slice(self.text));
                // «حاليا» ("currently") is left out: the seed article's gold
                // (data/examples/sana-london-2015.expected.json, «5 آلاف مقاتل حاليا»)
                // does not annotate it. آلان and ألان (the name Alan, hamza or madda
                // on the first alif) normalize like الآن, which has its hamza on the
                // second alif; في الآن نفسه is "at the same time".
                if self.clitic(i) > 0
                    || self.is(i, "حاليا")
                    || raw.starts_with(['آ', 'أ', 'إ'])
                    || self.is_any(i + 1, &["نفسه", "ذاته"])
                {
                    return None;
                }
                return Some(self.mk(i, i + 1, Kind::Date, Some("PRESENT_REF".to_string())));
            }
            _ => return None,
        };
        let val = Some(
            self.r
                .map_or_else(|| "XXXX-XX-XX".to_string(), |r| dstr(cal::add_days(r, off))),
        );
        Some(self.mk(start, end, Kind::Date, val))
    }

    /// Is العام at token `j` the adjective "general/public" after its noun
    /// (المدير العام السابق، الأمين العام المقبل، الرأي العام)?
    fn general_adj(&self, j: usize) -> bool {
        const HEADS: &[&str] = &[
            "المدير",
            "الامين",
            "النائب",
            "المدعي",
            "المفتش",
            "المراقب",
            "المنسق",
            "المفوض",
            "القائد",
            "المرشد",
            "المستشار",
            "المحامي",
            "الراي",
            "القطاع",
            "المال",
            "الامن",
            "النظام",
            "المؤتمر",
            "الاتحاد",
            "الاضراب",
            "العفو",
            "التعداد",
            "الطابع",
            "الاطار",
            "الصالح",
            "الشان",
            "الخط",
            "الادعاء",
            "الاتجاه",
            "المزاج",
            "المشهد",
            "الانطباع",
            "السياق",
            "الحق",
            "النفع",
            "المرفق",
            "الدين",
            "الانفاق",
            "التعليم",
            "الذوق",
            "المستشفي",
            "الوضع",
        ];
        if j == 0 {
            return false;
        }
        let p = self.n(j - 1);
        let p = p
            .strip_prefix(['و', 'ف'])
            .filter(|r| r.starts_with("ال"))
            .unwrap_or(p);
        HEADS.contains(&p)
    }

    /// The direction word at i (الماضي، المقبل…), for the document passes.
    pub(super) fn dir_at(&self, i: usize) -> Option<Dir> {
        self.dir(i)
    }

    /// No tense in the clause of token i (see [`P::generic_frame`]), for the
    /// document passes.
    pub(super) fn untensed(&self, i: usize) -> bool {
        self.generic_frame(i, false)
    }

    /// A future-tense cue shortly before token i in the same clause (سوف، سيعقد، وسيواجه، المقرر…).
    /// Is the clock time at token i in a habitual past («وكان الجد يستيقظ في
    /// الخامسة صباحا»، «كانت تصل عادة في السابعة»)? «كان» with an imperfect verb
    /// right after it (its subject between allowed), or a word of habit, in the
    /// clause before the time, and no future cue. Such a time names no day.
    pub(super) fn habitual_clock(&self, i: usize) -> bool {
        const HABIT: &[&str] = &["عاده", "دائما", "غالبا", "يوميا", "احيانا"];
        const WAS: &[&str] = &["كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا", "فكان"];
        let mut habit = false;
        for k in (i.saturating_sub(10)..i).rev() {
            if self.clause_boundary(k) || self.future_word(k) {
                return false;
            }
            let n = self.n(k);
            // (عادة before the verb test: عاده also reads عاد + ه.)
            if HABIT.contains(&n.strip_prefix(['و', 'ف']).unwrap_or(n)) {
                habit = true;
                continue;
            }
            if is_past_verb(n) && !WAS.contains(&n) {
                return habit;
            }
            if WAS.contains(&n) {
                // «بينما كان القطاران يسيران … الساعة 21,20»: the past progressive of
                // one event, not a habit.
                let progressive = k.checked_sub(1).is_some_and(|p| {
                    self.is_any(p, &["بينما", "فيما", "عندما", "حين", "حينما", "لما"])
                });
                if progressive {
                    return false;
                }
                return habit
                    || (k + 1..(k + 4).min(i)).any(|v| {
                        let w = self.n(v);
                        self.kind(v) == Some(Tk::Word)
                            && w.starts_with(['ي', 'ت'])
                            && w.chars().count() >= 4
                            && !is_past_verb(w)
                            && !shaped_perfect(w)
                            && self.lex(v).is_none()
                            && is_imperfect_word(w)
                    });
            }
        }
        habit
    }

    pub(super) fn future_cue(&self, i: usize) -> bool {
        self.future_cue_within(i, 6)
    }

    /// A future cue governing a bare weekday at i: like [`P::future_cue`] over
    /// [`WEEKDAY_FUTURE_WINDOW`] tokens, but the scan stops at a nearer past verb, at
    /// بعد/قبل (which date the weekday from another event: «بعد إقالته، الثلاثاء»)
    /// and at a relative pronoun, whose clause has its own tense («سيوقع على القانون
    /// الذي أقره البرلمان الأربعاء»).
    fn weekday_future_cue(&self, i: usize) -> bool {
        // «سيزور خبراء من منظمة حظر الأسلحة الكيماوية موقع الهجوم في مدينة دوما،
        // الأربعاء»: a future verb (س-، سوف) governs its clause however long the
        // subject; beyond the usual window only it counts.
        // A comma (not the one before the day), a contrast or a perfect by its shape
        // closes the far verb's clause («الكتاب الذي سيصدر …، لكن صحيفة نشرت
        // مقتطفات منه الثلاثاء»).
        let mut closed = false;
        for k in (i.saturating_sub(WEEKDAY_FUTURE_FAR)..i).rev() {
            let n = self.n(k);
            if self.kind(k) == Some(Tk::Punct) && [".", "؟", "!", "؛"].contains(&n) {
                return false;
            }
            if i - k > WEEKDAY_FUTURE_WINDOW {
                if closed || [":", "\""].contains(&n) {
                    return false;
                }
                if self.future_verb(k) || self.obligation_modal(k) {
                    return true;
                }
                if plain_past_verb(n) || self.perfect_at(k) || self.is_any(k, CLAUSE_OPENERS) {
                    return false;
                }
                continue;
            }
            // «ستغلق لـ48 ساعة، بدءا من منتصف ليل الجمعة»: a comma before «بدءا/
            // اعتبارا/ابتداء من» opens the start of what the verb announces, not a
            // new clause.
            closed |= (self.is_any(k, &["،", ","])
                && k + 1 < i
                && !self.is_any(k + 1, &["بدءا", "اعتبارا", "ابتداء", "وذلك"]))
                || self.is_any(k, &["لكن", "ولكن", "بينما", "فيما", "حين"])
                || shaped_perfect(n);
            // «عشية بدء القمة الجمعة»: the eve of a start that is still ahead.
            if self.is(k, "عشيه") && self.is_any(k + 1, &["بدء", "انطلاق", "افتتاح", "انعقاد"])
            {
                return true;
            }
            // Beyond the usual window only a true future verb (س-، سوف) counts: the
            // fixed cues include present tenses (تستضيف) and nouns (مقرر, rapporteur).
            let near = i - k <= 6;
            let strong = self.future_verb(k)
                || [
                    "المقرر",
                    "المقرره",
                    "يعتزم",
                    "تعتزم",
                    "المزمع",
                    "المرتقب",
                    "المرتقبه",
                    "المنتظر",
                    "المنتظره",
                    // «أشارت إلى إمكانية عقد الجلسة الخميس»: the possibility of an
                    // event nearer than the past verb that reports it.
                    "امكانيه",
                    "بامكانيه",
                    "احتمال",
                    "باحتمال",
                    // «كشفت عن عزمها الحضور إلى بريطانيا يوم الاثنين»، «أعلن نيته
                    // السفر الأحد»: an intention is of a day ahead.
                    "عزم",
                    "عزمه",
                    "عزمها",
                    "عزمهم",
                    "عزمهما",
                    "بعزمه",
                    "بعزمها",
                    "نيته",
                    "نيتها",
                    "نيتهم",
                    "بنيته",
                    "بنيتها",
                    "ينوي",
                    "تنوي",
                ]
                .contains(&n.strip_prefix(['و', 'ف']).unwrap_or(n));
            // «يتوقع أن تتم العملية بين الأربعاء والجمعة»، «من المتوقع أن …»: an
            // expected event, near the day.
            let expected = near
                && ["يتوقع", "المتوقع", "ويتوقع"].contains(&n)
                && self.is_any(k + 1, &["ان", "انه", "انها"]);
            if (near && self.future_word(k))
                || strong
                || expected
                || self.obligation_modal(k)
                || self.before_fixture(k, i)
            {
                return true;
            }
            // بعد غد، بعد ظهر: a time word follows, the preposition is part of the time.
            // «قبل انتهاء مهلة يوم الجمعة» keeps the weekday in the clause's tense.
            let prep = ["بعد", "وبعد"].contains(&n) && k + 1 < i && self.lex(k + 1).is_none();
            if prep
                || plain_past_verb(n)
                || ["الذي", "التي", "الذين", "اللذين", "اللتين"].contains(&n)
            {
                return false;
            }
        }
        false
    }

    /// Is the bare weekday at i in a condition («إذا فاز الفريق الأحد»، «وفي حال
    /// تعادل المنتخبان السبت»)? The perfect verb after إذا / في حال / في حالة
    /// speaks of what may happen, so the day is the coming one. Not an indirect
    /// question («ما إذا كان …», «عما إذا»), nor a condition on a past fact (قد
    /// between: «إذا كان قد التقى الأحد»), nor across a sentence or a relative
    /// pronoun (the clause has its own tense); لو (counterfactual) is left out.
    fn conditional_before(&self, i: usize) -> bool {
        for k in (i.saturating_sub(WEEKDAY_FUTURE_WINDOW)..i).rev() {
            let n = self.n(k);
            if (self.ends_sentence(k)) || ["الذي", "التي", "الذين", "قد", "وقد", "لقد"].contains(&n)
            {
                return false;
            }
            let cond = ["اذا", "واذا", "فاذا"].contains(&n)
                || (["حال", "حاله"].contains(&n)
                    && k > 0
                    && self.is_any(k - 1, &["في", "وفي", "ففي"]));
            if cond {
                let whether = k > 0 && self.is_any(k - 1, &["ما", "عما", "فيما", "وما"]);
                return !whether;
            }
        }
        false
    }

    /// Is the bare weekday at i the end of something still going on or put off
    /// («وتستمر المحادثات حتى الجمعة»، «القمة المجتمعة لغاية السبت»، «وأغلقت
    /// المدارس حتى يوم الاثنين»)? After حتى/لغاية the day is the coming one unless
    /// the phrase is a range from a start («منذ الخميس وحتى السبت»، «من 28 سبتمبر
    /// حتى الثلاثاء»), an "as of" (it opens its sentence, or after لم/كان: «ولم
    /// تعلن حتى الخميس»), or its clause has a perfect verb other than one of
    /// closing, suspending or putting off («واستمرت الاشتباكات حتى الخميس»).
    fn until_ahead(&self, i: usize) -> bool {
        // Verbs whose end bound lies ahead even in the perfect (normalized stems).
        const PUT_OFF: &[&str] = &["اغلق", "علق", "ارجي", "ارجا", "مدد", "امهل", "اوقف", "جمد"];
        let Some(h) = i.checked_sub(1) else {
            return false;
        };
        if !self.is_any(h, &["حتي", "وحتي", "لغايه", "ولغايه"]) {
            return false;
        }
        let sentence_end = |k: usize| {
            self.kind(k) == Some(Tk::Punct) && [".", "؟", "!", "؛", ":"].contains(&self.n(k))
        };
        // «وحتى يوم الاثنين، كانت …»: an "as of" opening the sentence.
        let Some(first) = h.checked_sub(1) else {
            return false;
        };
        if sentence_end(first)
            || self
                .text
                .get(self.end_of(first)..self.start_of(h))
                .is_some_and(|g| g.contains('\n'))
        {
            return false;
        }
        for k in (h.saturating_sub(UNTIL_REACH)..h).rev() {
            let n = self.n(k);
            if sentence_end(k) {
                break;
            }
            if self.future_word(k) {
                return true;
            }
            if self.is_any(
                k,
                &[
                    "منذ",
                    "ومنذ",
                    "لم",
                    "ولم",
                    "لما",
                    "كان",
                    "وكان",
                    "كانت",
                    "وكانت",
                ],
            ) {
                return false;
            }
            // A range from a dated start: «من السبت»، «من 28 سبتمبر»، «بين الخميس».
            if self.is_any(k, &["من", "ومن", "بين"])
                && (self.lex(k + 1).is_some()
                    || self.int(k + 1).is_some()
                    || self.is_any(k + 1, &["يوم", "مساء", "صباح"]))
            {
                return false;
            }
            // «توقعت الهيئة أن تجتاح العواصف … حتى السبت»: the reported clause.
            if ["ان", "وان", "بان", "انه", "انها"].contains(&n) {
                return true;
            }
            let perfect = is_past_verb(n) || (self.kind(k) == Some(Tk::Word) && shaped_perfect(n));
            if perfect {
                let w = n.strip_prefix(['و', 'ف']).unwrap_or(n);
                let stem = w.strip_suffix('ت').unwrap_or(w);
                // اجل also reads «أجل» (for, yes): only as a perfect.
                return PUT_OFF.contains(&stem) || PUT_OFF.contains(&w) || stem == "اجل";
            }
            // A bare stem (علق، أرجئ) or a noun of a deadline or putting off nearer
            // than the verb: «منحت المحكمة الدفاع مهلة حتى الاثنين».
            let bare = n.strip_prefix(['و', 'ف']).unwrap_or(n);
            let noun = bare.strip_prefix("ال").unwrap_or(bare);
            if PUT_OFF.contains(&bare)
                || ["مهله", "تمديد", "تعليق", "تاجيل", "اغلاق", "ارجاء"].contains(&noun)
            {
                return true;
            }
        }
        true
    }

    /// Does «قبل + an event noun» at k announce the weekday at i («قبل مواجهة
    /// الغريمين في أولد ترافورد يوم السبت»، «قبل مباراة أوروغواي الجمعة»، «وقبل قمة
    /// تاريخية الاثنين»)? In news the fixture is still to come (today included).
    /// Not «قبل اجتماع الحكومة الأحد»: meetings are as often reported after.
    fn before_fixture(&self, k: usize, i: usize) -> bool {
        const EVENTS: &[&str] = &[
            "مواجهه",
            "مواجهته",
            "مواجهتهم",
            "مواجهتها",
            "مباراه",
            "مباراته",
            "مباراتهم",
            "مباراتها",
            "لقاء",
            "لقائه",
            "لقائهم",
            "موقعه",
            "قمه",
            "نزال",
            "نهائي",
        ];
        k + 1 < i
            && self.is_any(k, &["قبل", "وقبل", "قبيل", "وقبيل"])
            && EVENTS.contains(&self.n(k + 1))
            && !self.semi_final(k)
    }

    /// Is «قبل» at k the round name «قبل النهائي» (the semi-final, Gulf usage beside
    /// «نصف النهائي»), not "before the final"? So read after a word that takes a round
    /// as its object or genitive: «في إياب قبل نهائي دوري الأبطال»، «الدور قبل
    /// النهائي»، «تأهل إلى قبل النهائي». («قبل نهائي الكأس الجمعة» opening a phrase
    /// stays "before the final".)
    fn semi_final(&self, k: usize) -> bool {
        const ROUND_HEADS: &[&str] = &[
            "في",
            "وفي",
            "اياب",
            "واياب",
            "ذهاب",
            "وذهاب",
            "الاياب",
            "الذهاب",
            "دور",
            "الدور",
            "للدور",
            "بالدور",
            "والدور",
            "مباراه",
            "المباراه",
            "مباراتي",
            "لقاء",
            "لقاءي",
            "مواجهه",
            "مواجهتي",
            "الي",
            "والي",
            "بلوغ",
        ];
        self.is_any(k, &["قبل", "وقبل"])
            && self.is_any(k + 1, &["نهائي", "النهائي", "نهائيه", "النهائيه"])
            && k.checked_sub(1)
                .is_some_and(|p| self.is_any(p, ROUND_HEADS))
    }

    /// Is the word at k a modal of obligation or need governing what follows
    /// («يتعين على فريقه الفوز يوم الأحد»، «لا بد لنا أن نفوز الأحد»، «يجب أن تسلم
    /// الوثائق الخميس»، «علينا أن نفوز السبت»)? What must be done is still ahead; not
    /// after «كان/كانت» («كان يجب أن يصل الأحد»: a past obligation).
    fn obligation_modal(&self, k: usize) -> bool {
        let n = self.n(k);
        let v = n.strip_prefix(['و', 'ف']).unwrap_or(n);
        let after_la = || {
            k.checked_sub(1)
                .filter(|&p| self.is_any(p, &["لا", "ولا", "فلا"]))
        };
        let modal = ["يتعين", "يجب", "ينبغي", "يتوجب", "لابد"].contains(&v)
            || (v == "بد" && after_la().is_some())
            || (["علينا", "عليكم", "عليه", "عليها", "عليهم"].contains(&v) && self.is(k + 1, "ان"));
        // «كان يجب»، «كان لا بد»: the word before the modal (or before its «لا»).
        let head = after_la().unwrap_or(k);
        modal
            && !head
                .checked_sub(1)
                .is_some_and(|p| self.is_any(p, &["كان", "وكان", "كانت", "وكانت", "كانوا"]))
    }

    /// Is there a perfect verb (listed or by its shape), «كان» or «قد/لقد» before a
    /// perfect between token `from` and the sentence start, at most `reach` words
    /// back? «قد» before an imperfect (قد يغيب) is "may" and no past.
    fn past_in_sentence_before(&self, from: usize, reach: usize) -> bool {
        for k in (from.saturating_sub(reach)..from).rev() {
            if self.ends_sentence(k) {
                return false;
            }
            if self.is_any(k, &["قد", "وقد", "لقد", "فقد"]) {
                if self.n(k + 1).starts_with(['ي', 'ت', 'ن']) && !is_past_verb(self.n(k + 1)) {
                    continue;
                }
                return true;
            }
            if self.perfect_at(k)
                || self.is_any(
                    k,
                    &[
                        "كان",
                        "وكان",
                        "كانت",
                        "وكانت",
                        "كانوا",
                        "وكانوا",
                        "لم",
                        "ولم",
                    ],
                )
            {
                return true;
            }
        }
        false
    }

    /// Is there a perfect verb or «كان» in the few words after token i, before the
    /// sentence ends («ومباراة الخميس كانت صعبة»، «لقاء الخميس انتهى بالتعادل»)?
    fn past_right_after(&self, i: usize, reach: usize) -> bool {
        for k in i..(i + reach).min(self.t.len()) {
            if self.ends_sentence(k) {
                return false;
            }
            if self.perfect_at(k) || self.is_any(k, &["كان", "كانت", "كانا", "كانتا"])
            {
                return true;
            }
        }
        false
    }

    /// Is the bare weekday at i the day of a match or leg named just before it
    /// («مباراة الخميس»، «لقاء الأحد»، «في إياب الدور ثمن النهائي الخميس»،
    /// «مواجهة السبت أمام …») in a clause with no past verb («وقد يغيب اللاعب عن
    /// مباراة الخميس»، «وتبدو مشاركته في لقاء الخميس صعبة»)? In sport copy such a
    /// fixture is the coming one. Not after «بعد/عقب/إثر» (the match just played),
    /// nor with a perfect verb or «كان» before it in the sentence or right after
    /// the day («وكان الفريق فاز في مباراة الخميس»، «مباراة الأحد انتهت …»).
    fn fixture_day(&self, i: usize) -> bool {
        const EVENTS: &[&str] = &["مباراه", "لقاء", "مواجهه", "اياب", "ذهاب", "نزال", "موقعه"];
        // The weekday token (after «يوم»).
        let wd_at = if self.is_any(i, &["يوم", "ويوم", "ليوم", "بيوم"]) {
            i + 1
        } else {
            i
        };
        let event = |k: usize| {
            let n = self.n(k);
            let n = n.strip_prefix(['و', 'ف']).unwrap_or(n);
            let bare = |w: &str| EVENTS.contains(&w.strip_prefix("ال").unwrap_or(w));
            self.kind(k) == Some(Tk::Word)
                && (bare(n) || n.strip_prefix(['ل', 'ب']).is_some_and(bare))
        };
        let mut found = None;
        for k in (i.saturating_sub(5)..i).rev() {
            if event(k) {
                found = Some(k);
                break;
            }
            if !self.plain_word(k) || is_past_verb(self.n(k)) || perfect_like(self.n(k)) {
                return false;
            }
        }
        let Some(k) = found else {
            return false;
        };
        let after = k.checked_sub(1).is_some_and(|p| {
            self.is_any(
                p,
                &[
                    "بعد",
                    "وبعد",
                    "عقب",
                    "وعقب",
                    "اثر",
                    "واثر",
                    "منذ",
                    "خلال",
                    "وخلال",
                ],
            )
        });
        !after && !self.past_in_sentence_before(k, 30) && !self.past_right_after(wd_at + 1, 6)
    }

    /// Is the weekday at i after «قبل (يوم)» a deadline still ahead: the nearest
    /// verb before it in the sentence is an imperfect («ويستعد المنتخب لمباراة
    /// الحسم قبل يوم الجمعة»), or a relative clause with a future verb follows the
    /// day («قبل الخميس، الذي سيعلن فيه …»)? «وصل الوفد قبل يوم الخميس» (a perfect
    /// first) stays past.
    fn qabl_day_ahead(&self, i: usize) -> bool {
        let Some(mut q) = i.checked_sub(1) else {
            return false;
        };
        // «قبل نهاية يوم الثلاثاء»: the end of the day is the deadline.
        if self.is_any(q, &["نهايه", "انتهاء"]) && q > 0 {
            q -= 1;
        }
        if !self.is_any(q, &["قبل", "وقبل"]) {
            return false;
        }
        let wd_at = if self.is_any(i, &["يوم"]) {
            i + 1
        } else {
            i
        };
        if self.future_relative_after(wd_at + 1) {
            return true;
        }
        for k in (q.saturating_sub(10)..q).rev() {
            let n = self.n(k);
            if self.ends_sentence(k) {
                return false;
            }
            if self.is_any(k, &["الذي", "التي", "الذين"]) {
                return false;
            }
            // A demand or an ultimatum names a day ahead: «طالب الوزير بأن تسلم الشركة
            // الوثائق قبل الخميس»، «ودعا … إلى تسليمها قبل الخميس»، «مهلة حتى قبل الجمعة».
            let bare = n.strip_prefix(['و', 'ف']).unwrap_or(n);
            if [
                "طالب",
                "طالبت",
                "طالبوا",
                "دعا",
                "دعت",
                "دعوا",
                "يجب",
                "ضروره",
                "بضروره",
                "مهله",
                "انذار",
                "امهل",
                "امهلت",
                "يطالب",
                "تطالب",
                "يدعو",
                "تدعو",
            ]
            .contains(&bare)
                || self.t_imperfect_after_particle(k)
            {
                return true;
            }
            if self.perfect_at(k)
                || self.is_any(
                    k,
                    &[
                        "كان",
                        "وكان",
                        "كانت",
                        "وكانت",
                        "قد",
                        "وقد",
                        "لقد",
                        "لم",
                        "ولم",
                    ],
                )
            {
                return false;
            }
            if self.future_word(k) {
                return true;
            }
            let v = n.strip_prefix(['و', 'ف']).unwrap_or(n);
            if (self.imperfect_word(k) || self.imperfect_at(k) || self.opening_present(k))
                && !DISCOURSE_IMPERFECTS.contains(&v)
            {
                return true;
            }
        }
        false
    }

    /// «الخميس هو موعد وصول الوفد»، «الأربعاء هو اليوم الذي نتوقع فيه وصولهم»: a
    /// weekday as the topic of «هو/هي» + a noun of schedule, or + «اليوم/الوقت الذي»
    /// with a word of expectation or a future verb after it, is the coming day.
    fn topic_day_ahead(&self, i: usize) -> bool {
        let wd = if self.is(i, "يوم") { i + 1 } else { i };
        let e = wd + 1;
        if !self.is_any(e, &["هو", "هي"]) {
            return false;
        }
        if self.is_any(e + 1, &["موعد", "الموعد", "موعدا"]) {
            return true;
        }
        self.is_any(e + 1, &["اليوم", "الوقت", "الموعد"])
            && self.is_any(e + 2, &["الذي", "المحدد", "المقرر"])
            && (e + 2..e + 7)
                .take_while(|&k| !self.ends_sentence(k))
                .any(|k| {
                    let n = self.n(k);
                    self.future_word(k)
                        || [
                            "نتوقع",
                            "يتوقع",
                            "نتوقعه",
                            "يتوقعه",
                            "ننتظر",
                            "ينتظر",
                            "ناملها",
                            "نامل",
                            "المحدد",
                            "المقرر",
                        ]
                        .contains(&n)
                })
    }

    /// Is the word at k, opening its sentence, a present-tense verb by its shape
    /// («وتملك الحكومة …»، «ويحتاج الفريق …»): ت/ي + a frequent word whose other
    /// person is frequent too and whose feminine perfect (تملكت) is rare beside it?
    fn opening_present(&self, k: usize) -> bool {
        let opens = k == 0
            || (self.kind(k - 1) == Some(Tk::Punct)
                && [".", "؟", "!", "؛", ":"].contains(&self.n(k - 1)))
            || self
                .text
                .get(self.end_of(k - 1)..self.start_of(k))
                .is_some_and(|g| g.contains('\n'));
        opens && self.present_shape(k)
    }

    /// Is the word at k a present-tense verb by its shape (see
    /// [`P::opening_present`]), wherever it stands?
    fn present_shape(&self, k: usize) -> bool {
        if self.kind(k) != Some(Tk::Word) || self.lex(k).is_some() {
            return false;
        }
        let n = self.n(k);
        let (v, Some(other)) = verb_and_other_person(n) else {
            return false;
        };
        // Names in ت whose ي-form is a verb (يونس، يدمر).
        v.chars().count() >= 4
            && !["تونس", "تدمر", "تبوك", "تكريت"].contains(&v)
            && !is_past_verb(n)
            && !shaped_perfect(n)
            && word_count(v) >= MIN_SHORT_IMPERFECT_COUNT
            && word_count(&other) >= MIN_SHORT_IMPERFECT_COUNT
            && word_count(&format!("{v}ت")) * 20 < word_count(v)
    }

    /// Does a relative clause with a future verb follow at token e («الخميس، الذي
    /// سيعلن فيه الاتحاد …»، «الجمعة التي ستشهد …»)?
    fn future_relative_after(&self, e: usize) -> bool {
        let mut k = e;
        if self.is_any(k, &["،", ","]) {
            k += 1;
        }
        self.is_any(k, &["الذي", "التي"])
            && (k + 1..(k + 4).min(self.t.len())).any(|x| self.future_verb(x))
    }

    /// [`P::future_cue`] over the `w` tokens before i.
    fn future_cue_within(&self, i: usize, w: usize) -> bool {
        for k in (i.saturating_sub(w)..i).rev() {
            let n = self.n(k);
            if self.kind(k) == Some(Tk::Punct) && [".", "؟", "!", "؛"].contains(&n) {
                return false;
            }
            if self.future_word(k) {
                return true;
            }
        }
        false
    }

    /// Does token k end the look back for a verb that dates an expression: a
    /// sentence or quotation boundary; a word of nearness (مع اقتراب يونيو، قبيل،
    /// بحلول), which wants the nearest occurrence; the end of a range (منذ الخميس
    /// حتى 15 تموز), which the verb does not date; or a complementizer («أعلن أن
    /// موعد القمة هو 12 يونيو»: the reported clause has its own time).
    fn clause_boundary(&self, k: usize) -> bool {
        const STOPS: &[&str] = &["اقتراب", "قبيل", "حلول", "بحلول", "حتي", "وحتي", "لغايه"];
        let n = self.n(k);
        (self.kind(k) == Some(Tk::Punct)
            && [".", "؟", "!", "؛", ":", "\"", "«", "»", "“", "”"].contains(&n))
            || STOPS.contains(&n)
            || COMPLEMENTIZERS.contains(&n)
    }

    /// The tense of the nearest verb cue before token i in the same clause: a future
    /// cue (see [`P::future_cue`]) or a common past-tense news verb (كشفت، أعلن، وقعت).
    fn tense_before(&self, i: usize) -> Option<Tense> {
        for k in (i.saturating_sub(TENSE_WINDOW)..i).rev() {
            let n = self.n(k);
            if self.clause_boundary(k) {
                return None;
            }
            // «لن يعود المهاجم قبل ديسمبر»: the future negation; «لم يعد قبل ديسمبر»:
            // the past one.
            if self.future_word(k) || self.is_any(k, &["لن", "ولن", "فلن"]) {
                return Some(Tense::Future);
            }
            // (Not «إذا لم تنعقد القمة في يونيو», a condition.)
            if self.is_any(k, &["لم", "ولم", "فلم"])
                && !k
                    .checked_sub(1)
                    .is_some_and(|p| self.is_any(p, &["اذا", "واذا", "ان", "وان", "لو"]))
            {
                return Some(Tense::Past);
            }
            // منذ تعرضه لكسر في سبتمبر: a span reaching back; قد تولى: a verb after قد.
            // After قد a perfect verb (قد تولى، وقد ألقي القبض); an imperfect after قد
            // is "may" (قد يكون، قد تكون، قد نرى) and gives no tense.
            let after_qad = k > 0
                && self.is_any(k - 1, &["قد", "وقد", "فقد", "لقد"])
                && (PAST_VERBS_SUFFIXED.contains(&n)
                    || (self.kind(k) == Some(Tk::Word)
                        && !n.starts_with(['ي', 'ت', 'ن'])
                        && n.chars().count() >= 3));
            if is_past_verb(n) || after_qad || ["منذ", "ومنذ"].contains(&n) {
                return Some(Tense::Past);
            }
        }
        None
    }

    /// Is the clause of the expression at token i in the past, by a wider look than
    /// [`P::tense_before`]: a perfect verb (a listed one or one by its shape, or
    /// «وكان») up to [`CLAUSE_REACH`] words back, or, when the expression opens its
    /// sentence («وفي أكتوبر، توصلت …»), the first verb after it. A future cue,
    /// a sentence end or a complementizer («قال إن … في نوفمبر») ends the look.
    fn clause_past(&self, i: usize) -> bool {
        let boundary = |k: usize| self.clause_boundary(k);
        let past_word = |k: usize| {
            let n = self.n(k);
            is_past_verb(n)
                || (["وكان", "وكانت", "وكانوا"].contains(&n)
                    && !self.n(k + 1).starts_with("مقرر")
                    && !self.is_any(k + 1, &["من", "يتوقع", "متوقعا", "يفترض"]))
                || (self.kind(k) == Some(Tk::Word) && shaped_perfect(n))
        };
        // The text's first words, or a sentence boundary just before: the date
        // opens its sentence.
        let mut fronted = i <= 2;
        // A verb found, the look goes on to the clause's start for a condition.
        let mut past = false;
        for (steps, k) in (i.saturating_sub(CLAUSE_REACH)..i).rev().enumerate() {
            if self.future_word(k) || CONDITION_OR_START.contains(&self.n(k)) {
                return false;
            }
            if boundary(k) {
                fronted = steps <= 1;
                break;
            }
            past = past || past_word(k);
        }
        if past {
            return true;
        }
        if !fronted {
            return false;
        }
        // A fronted date: the first verb after it (a comma allowed) sets the tense.
        let mut commas = 0;
        for k in i + 1..(i + 10).min(self.t.len()) {
            let n = self.n(k);
            if self.kind(k) == Some(Tk::Punct) && ["،", ","].contains(&n) {
                commas += 1;
                if commas > 1 {
                    return false;
                }
                continue;
            }
            if boundary(k) || self.future_word(k) || ["الذي", "التي", "الذين"].contains(&n)
            {
                return false;
            }
            if past_word(k) {
                return true;
            }
            if commas == 1 {
                // The word right after the comma is the verb or there is none.
                return false;
            }
        }
        false
    }

    /// Does anything in the sentence of token i look ahead: a future cue or «لن»
    /// before or after it, an imperfect verb heading its clause (see
    /// [`P::clause_imperfect`]), or a word of condition or schedule
    /// (إذا، موعد، اعتبارا)?
    fn sentence_ahead(&self, i: usize) -> bool {
        const AHEAD: &[&str] = &[
            "موعد",
            "موعدا",
            "لن",
            "ولن",
            "يتوقع",
            "المتوقع",
            "متوقع",
            "خطه",
            "يجب",
            "ينبغي",
            "تتوقع",
            "وتتوقع",
            "ويتوقع",
            "توقعات",
            "المنتظر",
            "المرتقب",
            "ربما",
            "بحلول",
        ];
        let end = |k: usize| {
            (self.kind(k) == Some(Tk::Punct) && [".", "؟", "!", "؛"].contains(&self.n(k)))
                || (k > 0
                    && self
                        .text
                        .get(self.end_of(k - 1)..self.start_of(k))
                        .is_some_and(|g| g.contains('\n')))
        };
        // Scheduled events named just before the date («الانتخابات التشريعية في
        // أكتوبر»، «عقد الاجتماع في يونيو»): nothing says past, the nearest one.
        const SCHEDULED: &[&str] = &[
            "انتخابات",
            "انتخاب",
            "اجتماع",
            "قمه",
            "مؤتمر",
            "بطوله",
            "دوره",
            "مباراه",
            "موسم",
            "معرض",
            "مهرجان",
            "زياره",
            "استفتاء",
            "اقتراع",
            "جوله",
            "مونديال",
            "منتدي",
            "اجتماعات",
            "مفاوضات",
            "محادثات",
        ];
        for k in (i.saturating_sub(5)..i).rev() {
            let n = self.n(k);
            let n = n.strip_prefix(['و', 'ف']).unwrap_or(n);
            let n = n
                .strip_prefix(['ب', 'ل'])
                .filter(|r| r.starts_with("ال"))
                .unwrap_or(n);
            if SCHEDULED.contains(&n.strip_prefix("ال").unwrap_or(n)) {
                return true;
            }
        }
        // «حتى (شهر) سبتمبر»: the end of something still running.
        if (1..=2).any(|d| i >= d && self.is_any(i - d, &["حتي", "وحتي", "لغايه"])) {
            return true;
        }
        // The nearest verb before the date in its clause is a present (تستعد، تنتهي،
        // يراهن): an announcement.
        for k in (i.saturating_sub(16)..i).rev() {
            let n = self.n(k);
            if self.clause_boundary(k)
                || is_past_verb(n)
                || (self.kind(k) == Some(Tk::Word) && (shaped_perfect(n) || perfect_like(n)))
                || self.is_any(
                    k,
                    &["كان", "وكان", "كانت", "وكانت", "قد", "لقد", "لم", "ولم"],
                )
            {
                break;
            }
            let v = n.strip_prefix(['و', 'ف']).unwrap_or(n);
            if v.starts_with(['ي', 'ت'])
                && self.present_shape(k)
                && !DISCOURSE_IMPERFECTS.contains(&v)
            {
                return true;
            }
        }
        for k in (i.saturating_sub(30)..i).rev() {
            if self.kind(k) == Some(Tk::Punct) && [".", "؟", "!", "؛"].contains(&self.n(k)) {
                break;
            }
            // «سأقابلك في سبتمبر»: the first person future.
            let first_future = !shaped_perfect(self.n(k))
                && self.n(k).strip_prefix("سا").is_some_and(|r| {
                    r.chars().count() >= 3
                        && word_count(&format!("ا{r}")) >= MIN_SHORT_IMPERFECT_COUNT
                });
            if self.future_word(k)
                || AHEAD.contains(&self.n(k))
                || CONDITION_OR_START.contains(&self.n(k))
                || first_future
            {
                return true;
            }
            // «قد يعقد الاجتماع في أكتوبر»: "may".
            if self.is_any(k, &["قد", "وقد"])
                && self.n(k + 1).starts_with(['ي', 'ت', 'ن'])
                && !is_past_verb(self.n(k + 1))
            {
                return true;
            }
            if end(k) {
                break;
            }
        }
        for k in i + 1..(i + 15).min(self.t.len()) {
            if end(k) {
                break;
            }
            if self.future_word(k)
                || AHEAD.contains(&self.n(k))
                || CONDITION_OR_START.contains(&self.n(k))
            {
                return true;
            }
        }
        self.clause_imperfect(i)
    }

    /// Is the word at k an imperfect verb of the third person (يعود، تعقد، ويغيب)?
    /// Its other person and its future form are both attested in news text
    /// (يعود/تعود/سيعود), which names in ي/ت (يونايتد، ترامب، تونس) are not.
    fn imperfect_word(&self, k: usize) -> bool {
        if self.kind(k) != Some(Tk::Word) || self.lex(k).is_some() {
            return false;
        }
        let (v, Some(other)) = verb_and_other_person(self.n(k)) else {
            return false;
        };
        // A word in ت may be a perfect of the تفعّل/تفاعل forms (تدخل، تراجع، تلقى):
        // its feminine perfect (تدخلت، تلقت) must be rare beside it.
        let perfect_too = v.starts_with('ت') && {
            let fem = match v.strip_suffix('ي') {
                Some(stem) => format!("{stem}ت"),
                None => format!("{v}ت"),
            };
            word_count(&fem) * 20 >= word_count(v)
        };
        v.chars().count() >= 4
            && !v.starts_with("يوم")
            && !perfect_too
            && word_count(&other) >= MIN_PERFECT_OTHER
            && word_count(&format!("س{v}")) >= MIN_IMPERFECT_COUNT
    }

    /// Does an imperfect verb (see [`P::imperfect_word`]) date the year-less month at
    /// token i: within [`TENSE_WINDOW`] words back in its clause (a «حتى/لغاية» right
    /// before the month allowed), with no perfect verb, كان, قد or منذ anywhere in the
    /// clause up to a relative pronoun? A relative pronoun between the verb and the
    /// month starts another clause («النمو الذي توقعته في نوفمبر»); one before the
    /// verb closes the look («السنة التي تنتهي في سبتمبر»). «يعود تاريخه إلى …»,
    /// «يأتي ذلك بعد …» and «قبل أن ينسحب …» look back and are not taken.
    fn clause_imperfect(&self, i: usize) -> bool {
        const BACKWARD: &[&str] = &["ياتي", "تاتي", "وياتي", "وتاتي"];
        const WAS: &[&str] = &[
            "كان",
            "وكان",
            "كانت",
            "وكانت",
            "كانوا",
            "يكن",
            "تكن",
            "ظل",
            "ظلت",
            "قد",
            "وقد",
            "لقد",
            "منذ",
            "ومنذ",
            "لم",
            "ولم",
        ];
        const RELATIVE: &[&str] = &["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان"];
        let mut found = false;
        for (steps, k) in (i.saturating_sub(CLAUSE_REACH)..i).rev().enumerate() {
            let n = self.n(k);
            if k + 1 == i && self.is_any(k, &["حتي", "وحتي", "لغايه", "ولغايه"]) {
                continue;
            }
            if self.clause_boundary(k) || self.kind(k) == Some(Tk::Punct) {
                break;
            }
            if is_past_verb(n) || shaped_perfect(n) || WAS.contains(&n) {
                return false;
            }
            if RELATIVE.contains(&n) {
                return found;
            }
            if !found && steps < TENSE_WINDOW && self.imperfect_word(k) {
                let after_before = k >= 2
                    && self.is(k - 1, "ان")
                    && self.is_any(k - 2, &["قبل", "بعد", "وقبل", "وبعد"]);
                // «قبل أن يتوجه في أكتوبر» narrates, unless a future cue (سيقدم)
                // comes before it in the sentence.
                if BACKWARD.contains(&n)
                    || (after_before && !self.future_cue_within(k, CLAUSE_REACH))
                    || self.is_any(k + 1, &["تاريخ", "تاريخه", "تاريخها", "الي", "ذلك"])
                {
                    return false;
                }
                found = true;
            }
        }
        found
    }

    /// Is the word at k س + a known imperfect verb (سيعقد، وستكون) or سوف?
    fn future_verb(&self, k: usize) -> bool {
        let n = self.n(k);
        // وسيواجه، فستكون: a conjunction before the future prefix.
        let v = match n.strip_prefix(['و', 'ف']) {
            Some(r) if r.starts_with('س') => r,
            _ => n,
        };
        // …and what follows س is itself a word of news text (سيعقد → يعقد), which
        // names such as سيلتا (→ يلتا) are not.
        let prefixed = (v.starts_with("سي") || v.starts_with("ست") || v.starts_with("سن"))
            && !NOT_VERBS.iter().any(|w| v.starts_with(w));
        (prefixed && v.chars().count() >= 5 && v.strip_prefix('س').is_some_and(is_imperfect_word))
            || (prefixed
                && v.chars().count() == 4
                && v.strip_prefix('س').is_some_and(short_imperfect))
            || v == "سوف"
    }

    /// Is the word at k a future cue: سوف، المقرر… or س + a known imperfect verb?
    fn future_word(&self, k: usize) -> bool {
        let n = self.n(k);
        let fut_verb = self.future_verb(k);
        let bare = n.strip_prefix(['و', 'ف']).unwrap_or(n);
        fut_verb
            || [
                "سوف",
                "المقرر",
                "مقرر",
                "مقرره",
                "مقررا",
                "المرتقب",
                "المرتقبه",
                "يعتزم",
                "تعتزم",
                "المزمع",
                "المقرره",
                "تنطلق",
                "يلتقي",
                "تلتقي",
                "يستضيف",
                "تستضيف",
            ]
            .iter()
            .any(|w| *w == n || (*w != "سوف" && *w == bare))
                // كان مقررا: was scheduled (often no longer), not a cue either way.
                && !(n.starts_with("مقرر")
                    && k.checked_sub(1)
                        .is_some_and(|p| self.is_any(p, &["كان", "كانت", "وكان", "وكانت"])))
    }

    /// Is the word right before token i (a comma between allowed) an imperfect verb
    /// of the third person masculine (يزور، يعقد، يشارك، ويبدأ)? Before a bare
    /// weekday it announces the coming one: «يزور الرئيس … الجمعة» is read in
    /// news as the next Friday. Nisba adjectives and nouns in ي (يمني، يومي) are not
    /// verbs; words in ت are left out (ترمب، تقرير، توفي are not imperfects).
    fn imperfect_before(&self, i: usize) -> bool {
        let Some(mut k) = i.checked_sub(1) else {
            return false;
        };
        if self.is_any(k, &["،", ","]) {
            let Some(k2) = k.checked_sub(1) else {
                return false;
            };
            k = k2;
        }
        // «ويهدف التحذير الصادر الجمعة»: a definite participle (الفاعل) right before the
        // weekday takes it as its own time, not the verb's.
        let participle = {
            let c: Vec<char> = self.n(k).chars().collect();
            c.len() == 6 && c.starts_with(&['ا', 'ل']) && c.get(3) == Some(&'ا')
        };
        // «ويختتم الزيارة الاثنين»، «يزور الرئيس الفرنسي الهند الجمعة»: the verb may
        // have its subject or object (up to three plain words) before the weekday.
        // «يقام القداس في كنيسة ويستمينستر في لندن الجمعة»: a place phrase after a
        // preposition (في، ب…، إلى) lets the verb reach three more words.
        for gap in 0..=6 {
            if gap > 0 && participle {
                return false;
            }
            let Some(kv) = k.checked_sub(gap) else {
                return false;
            };
            let between_ok = (kv + 1..=k).all(|x| {
                self.plain_word(x) || (gap > 1 && (self.name_with_waw(x) || self.place_word(x)))
            });
            if !between_ok {
                return false;
            }
            let place = (kv + 1..=k).any(|x| self.is_any(x, &["في", "الي", "داخل", "امام"]));
            // «ويستعد المنتخب لخوض ربع النهائي الأربعاء»: a verb of getting ready and
            // its purpose masdar (ل…) reach over the masdar's object.
            let purpose = (kv + 1..=k).any(|x| {
                let w = self.n(x);
                w.starts_with('ل') && !w.starts_with("ال") && w.chars().count() >= 4
            });
            if gap > 3 && !place && !(purpose && self.preparing_verb(kv.saturating_sub(1)..kv + 1))
            {
                continue;
            }
            let discourse = {
                let n = self.n(kv);
                DISCOURSE_IMPERFECTS.contains(&n.strip_prefix(['و', 'ف']).unwrap_or(n))
            };
            if self.imperfect_at(kv)
                || (purpose && self.preparing_verb(kv..kv + 1))
                || (place && gap > 3 && !discourse && self.imperfect_shape(kv, false))
            {
                return true;
            }
        }
        false
    }

    /// Is a verb of getting ready (يستعد، تتأهب، يتحضر) among tokens `ks`?
    fn preparing_verb(&self, ks: std::ops::Range<usize>) -> bool {
        ks.into_iter().any(|x| {
            let n = self.n(x);
            let v = n.strip_prefix(['و', 'ف']).unwrap_or(n);
            [
                "يستعد",
                "تستعد",
                "يستعدون",
                "يتاهب",
                "تتاهب",
                "يتاهبون",
                "يتحضر",
                "تتحضر",
                "يتجهز",
                "تتجهز",
            ]
            .contains(&v)
        })
    }

    /// A word of a place phrase between a verb and its weekday (كنيسة القديس بولس،
    /// القاعة الكبرى): [`P::plain_word`], but a word with a lexicon reading that
    /// is not a time (an adjective, a direction) allowed.
    fn place_word(&self, x: usize) -> bool {
        self.kind(x) == Some(Tk::Word)
            && !self.n(x).starts_with('و')
            && !matches!(
                self.lex(x),
                Some(
                    Lex::Weekday(_)
                        | Lex::Month(..)
                        | Lex::Deictic(_)
                        | Lex::Unit(..)
                        | Lex::DayPart(_)
                        | Lex::Tonight
                        | Lex::Now
                        | Lex::YearWord(_)
                        | Lex::Card(_)
                        | Lex::Ord(_)
                )
            )
            && !self.is_any(x, &["بعد", "قبل", "منذ", "حتي", "خلال", "بحلول", "مع"])
            && {
                let lexless = self.lex(x).is_none();
                // The same stop words as a plain word.
                !lexless || self.plain_word(x)
            }
    }

    /// Is the word at x a name or noun whose initial و is a root letter
    /// (ويستمينستر، ويلز، وارسو), not the conjunction: the word is frequent in news
    /// text and what follows the و is not a word of its own?
    fn name_with_waw(&self, x: usize) -> bool {
        let n = self.n(x);
        self.kind(x) == Some(Tk::Word)
            && self.lex(x).is_none()
            && n.chars().count() >= 5
            && n.strip_prefix('و').is_some_and(|r| word_count(r) == 0)
    }

    /// A word that may stand between a verb and its weekday: an Arabic word that
    /// is not a time word, a preposition-like function word opening another
    /// phrase, or a conjunction opening another clause.
    fn plain_word(&self, x: usize) -> bool {
        self.kind(x) == Some(Tk::Word)
            && self.lex(x).is_none()
            && !self.n(x).starts_with('و')
            && !self.is_any(
                x,
                &[
                    "ان",
                    "انه",
                    "انها",
                    "الذي",
                    "التي",
                    "الذين",
                    "بعد",
                    "قبل",
                    "منذ",
                    "حتي",
                    "عندما",
                    "حين",
                    "حيث",
                    "كان",
                    "كانت",
                    "قد",
                    "لقد",
                    "ما",
                    "لم",
                    "لن",
                    // A preposition with a resumptive pronoun closes a relative clause
                    // («التي يهيمن عليها الجمهوريون الاثنين»): the weekday is the main verb's.
                    "عليها",
                    "عليه",
                    "عليهم",
                    "فيها",
                    "فيه",
                    "منها",
                    "منه",
                    "عنها",
                    "عنه",
                    "لها",
                    "له",
                    "بها",
                    "به",
                ],
            )
    }

    /// Is the word at k an imperfect verb of the third person masculine opening
    /// its clause (see [`P::imperfect_before`])?
    fn imperfect_at(&self, k: usize) -> bool {
        self.imperfect_shape(k, true)
    }

    /// [`P::imperfect_at`], with or without the need for the verb to open its
    /// clause (a verb after its subject, «القداس يقام في كنيسة … الجمعة», is read
    /// only when a place phrase follows it).
    fn imperfect_shape(&self, k: usize, need_opener: bool) -> bool {
        if self.kind(k) != Some(Tk::Word) || self.lex(k).is_some() {
            return false;
        }
        let n = self.n(k);
        let v = n
            .strip_prefix(['و', 'ف'])
            .filter(|r| r.starts_with('ي'))
            .unwrap_or(n);
        // A verb opens its clause: after و/ف or a relative or conjunction (الذي يعقد،
        // حينما يستضيفه، على أن يزور); a name in ي follows another name (مانشستر
        // يونايتد، بيونغ يانغ). «قبل أن / بعد أن يفعل» narrates the past.
        let opener = v.len() < n.len()
            || k.checked_sub(1).is_some_and(|p| {
                self.is_any(
                    p,
                    &[
                        "الذي",
                        "التي",
                        "الذين",
                        "اللذان",
                        "حينما",
                        "عندما",
                        "حين",
                        "ان",
                        "لن",
                        "كي",
                        "لكي",
                        "حيث",
                        "ثم",
                        "بينما",
                        "فيما",
                    ],
                ) && !(self.is(p, "ان")
                    && p.checked_sub(1)
                        .is_some_and(|q| self.is_any(q, &["قبل", "بعد"])))
            });
        if (opener || !need_opener)
            && v.starts_with('ي')
            && v.chars().count() >= 4
            && !v.starts_with("يوم")
            && !v.starts_with("يمن")
            && !v.ends_with("يه")
            && !(v.ends_with('ي') && v.chars().count() <= 4)
            && is_imperfect_word(v)
        {
            return true;
        }
        self.t_imperfect_after_particle(k)
    }

    /// «المباراة التي تقام الثلاثاء»، «المؤتمر الذي تستضيفه القاهرة»، «بأن تسلم
    /// الشركة الوثائق»: right after a relative pronoun or «أن» a word in ت is a verb,
    /// read when its ي form (an object suffix ـه/ـها/ـهم taken off) is a frequent
    /// imperfect. (Elsewhere ت-words are often nouns: تقرير، تعاون، تقدم.)
    fn t_imperfect_after_particle(&self, k: usize) -> bool {
        let n = self.n(k);
        let after_particle = k.checked_sub(1).is_some_and(|p| {
            // (Not after «الذي»: «الذي توفي/تعرض» are perfects of the fifth form.)
            self.is_any(p, &["التي", "اللتين", "ان", "بان", "وان", "لن"])
                && !(self.is(p, "ان")
                    && p.checked_sub(1)
                        .is_some_and(|q| self.is_any(q, &["قبل", "بعد"])))
                // «كان مقررا أن تنتهي الاثنين»: a plan told in the past.
                && !(p.saturating_sub(3)..p)
                    .any(|q| self.is_any(q, &["كان", "وكان", "كانت", "وكانت"]))
        });
        if perfect_like(n) || shaped_perfect(n) {
            return false;
        }
        let Some(rest) = n.strip_prefix('ت').filter(|_| after_particle) else {
            return false;
        };
        if self.kind(k) != Some(Tk::Word) || self.lex(k).is_some() || rest.chars().count() < 3 {
            return false;
        }
        let y = format!("ي{rest}");
        let ok = |v: &str| {
            v.chars().count() >= 4 && !DISCOURSE_IMPERFECTS.contains(&v) && is_imperfect_word(v)
        };
        ok(&y)
            || [
                y.strip_suffix("ها"),
                y.strip_suffix("هم"),
                y.strip_suffix('ه'),
            ]
            .into_iter()
            .flatten()
            .any(ok)
    }

    /// Is there a past-tense verb (or كان/قد) before token i in its sentence, with
    /// no future cue nearer? «وكان مجلس الشيوخ أقر مشروع القانون هذا الثلاثاء».
    fn past_before(&self, i: usize) -> bool {
        for k in (i.saturating_sub(WEEKDAY_FUTURE_WINDOW)..i).rev() {
            let n = self.n(k);
            if self.ends_sentence(k) {
                return false;
            }
            if self.future_word(k) {
                return false;
            }
            if is_past_verb(n) || ["كان", "وكان", "كانت", "وكانت", "قد", "وقد", "لقد"].contains(&n)
            {
                return true;
            }
        }
        false
    }

    /// Does an imperfect verb open the sentence that a bare weekday ends, with only
    /// its subject and object between («يبدأ أكثر من مليوني مسلم قادمين من مختلف
    /// دول العالم الأحد أداء المناسك»، «تنطلق مسيرة الموسم الجديد … بمباراة
    /// الجمعة»)? In news such a sentence announces. The verb is a word that news
    /// text also writes with the future prefix (يبدأ → سيبدأ), which names in ي/ت
    /// (يوسف، ترامب، تركيا) are not. A past verb, a relative pronoun or a
    /// complementizer between starts another clause.
    fn opening_imperfect_before(&self, i: usize) -> bool {
        const REACH: usize = 12;
        // (Besides the clause openers.)
        const STOPS: &[&str] = &["لقد", "بعد", "منذ", "حين", "عندما", "قال", "وقال"];
        // «تقام، الأحد، مباراة الافتتاح»، «يعقد المجلس، السبت، اجتماعا»: the weekday
        // set off by commas right after the verb (and its subject) is still the
        // verb's adverb, so the comma before it does not end the phrase.
        let wd_at = if self.is_any(i, &["يوم", "ويوم"]) {
            i + 1
        } else {
            i
        };
        let set_off = |k: usize| {
            k + 1 == i && self.is_any(k, &["،", ","]) && self.is_any(wd_at + 1, &["،", ","])
        };
        for k in (i.saturating_sub(REACH)..i).rev() {
            let n = self.n(k);
            if set_off(k) {
                continue;
            }
            // Another time between belongs to its own phrase (a direction word alone
            // is an adjective: القادمين من مختلف الدول).
            if matches!(self.kind(k), Some(Tk::Punct | Tk::Num))
                || matches!(
                    self.lex(k),
                    Some(
                        Lex::Weekday(_)
                            | Lex::Month(..)
                            | Lex::Deictic(_)
                            | Lex::Tonight
                            | Lex::Unit(..)
                            | Lex::DayPart(_)
                    )
                )
            {
                return false;
            }
            if k + 1 < i && (CLAUSE_OPENERS.contains(&n) || STOPS.contains(&n) || is_past_verb(n)) {
                return false;
            }
            let opens = k == 0
                || self.t.get(k - 1).zip(self.t.get(k)).is_some_and(|(p, t)| {
                    (self.kind(k - 1) == Some(Tk::Punct)
                        && [".", "؟", "!", "؛"].contains(&self.n(k - 1)))
                        || self
                            .text
                            .get(p.span.end..t.span.start)
                            .is_some_and(|gap| gap.contains('\n'))
                });
            if opens {
                let v = n
                    .strip_prefix(['و', 'ف'])
                    .filter(|r| r.starts_with(['ي', 'ت']))
                    .unwrap_or(n);
                // In ت also many perfects (تحدث، توجه، تعرض، تنافس): only these
                // imperfects of fixtures and schedules.
                // Set off by commas, any ت-imperfect whose ي form news text writes
                // with the future prefix (تسحب → سيسحب) and that is no perfect of the
                // fifth form by its company (تحدث، توجه: تحدثت، توجهت are frequent).
                // (A final «ى» is a perfect of a defective verb: «وتبنّى، الجمعة، …».)
                let set_off_t = i.checked_sub(1).is_some_and(set_off)
                    && !self
                        .t
                        .get(k)
                        .is_some_and(|t| t.span.slice(self.text).ends_with('ى'))
                    && v.strip_prefix('ت').is_some_and(|r| {
                        r.chars().count() >= 3
                            && word_count(&format!("سي{r}")) >= MIN_IMPERFECT_COUNT
                    })
                    && !perfect_like(v)
                    && !shaped_perfect(v)
                    && word_count(&format!("{v}ت")) * 10 < word_count(v);
                let t_form = OPENING_T_IMPERFECTS.contains(&v)
                    || set_off_t
                    || self.future_word(k)
                    || self.form3_imperfect(k, v);
                let with_future = format!("س{v}");
                return (t_form
                    || (v.starts_with('ي')
                        && v.chars().count() >= 4
                        && !DISCOURSE_IMPERFECTS.contains(&v)
                        && word_count(&with_future) >= MIN_IMPERFECT_COUNT))
                    && !DISCOURSE_IMPERFECTS.contains(&v);
            }
        }
        false
    }

    /// Is `v` (the word at k without و/ف) the imperfect of a defective verb of the
    /// third form, ت/ي + C + ا + C + ي written with a final yāʾ in the text
    /// («وتلاقي كرواتيا الأحد فرنسا»، «تنادي»، «تحاكي»)? Its perfect is written
    /// with alif maqṣūra (تلاقى، تلاقت), which the normalized form does not keep.
    fn form3_imperfect(&self, k: usize, v: &str) -> bool {
        let c: Vec<char> = v.chars().collect();
        c.len() == 5
            && matches!(c[0], 'ت' | 'ي')
            && c[2] == 'ا'
            && c[4] == 'ي'
            && self
                .t
                .get(k)
                .is_some_and(|t| t.span.slice(self.text).ends_with('ي'))
    }

    /// Is الاثنين at j the numeral "the two" agreeing with the definite plural or
    /// dual before it (اللاعبين الاثنين، المدعين الاثنين، الطرفين الاثنين)? The noun
    /// is a sound plural or dual in -ين whose nominative (-ون/-ان) news text also
    /// writes (which names such as الكرملين، البحرين are not), and no quantifier
    /// governs it («عشرات الفلسطينيين الاثنين» is Monday).
    fn two_after_plural(&self, j: usize) -> bool {
        // «مقتل الحارسين (الاثنين)»: the numeral in brackets after its noun.
        let bracketed = j >= 2 && self.is(j - 1, "(") && self.is(j + 1, ")");
        let Some(k) = j.checked_sub(if bracketed { 2 } else { 1 }) else {
            return false;
        };
        // «في بيان أرسله إلى الصحفيين الاثنين: "…"»: speech follows, the day it was said.
        if !bracketed && self.is_any(j + 1, &[":", "ان", "بان"]) {
            return false;
        }
        let n = self.n(k);
        let n = n.strip_prefix(['و', 'ف']).unwrap_or(n);
        let n = n.strip_prefix(['ب', 'ل']).unwrap_or(n);
        let Some(stem) = n.strip_prefix("ال").and_then(|r| r.strip_suffix("ين")) else {
            return false;
        };
        if stem.chars().count() < 3 || self.kind(k) != Some(Tk::Word) || self.word_num(k).is_some()
        {
            return false;
        }
        // «عشرات المحتجين الفلسطينيين الاثنين»: a quantifier up to two words back.
        let quantified = (k.saturating_sub(3)..k).any(|q| {
            self.is_any(
                q,
                &["عشرات", "مئات", "الاف", "الوف", "ملايين", "من", "عدد", "بعض"],
            )
        });
        let known = |f: String| word_count(&f) >= MIN_IMPERFECT_COUNT;
        // In brackets a dual of a noun whose nominative dual the corpus lacks (الجنديين:
        // جندي) agrees too.
        !quantified
            && (known(format!("{stem}ون"))
                || known(format!("{stem}ان"))
                || (bracketed && known(stem.to_string())))
    }

    /// Is the weekday `wd` at the current expression followed by «و» + another
    /// weekday that is the reference's own (`rw`), with `wd` the day before it
    /// (السبت والأحد on a Sunday)?
    fn pair_ends_today(&self, wd: u32, rw: i64) -> bool {
        let start = self.cur.get();
        let Some(j) =
            (start..start + 3).find(|&k| matches!(self.lex(k), Some(Lex::Weekday(w)) if w == wd))
        else {
            return false;
        };
        let next = self.n(j + 1);
        let Some(rest) = next.strip_prefix('و') else {
            return false;
        };
        // «يومي الثلاثاء والأربعاء القادمين»: a direction after the pair decides.
        matches!(lookup(rest), Some((Lex::Weekday(w2), 0)) if i64::from(w2) == rw)
            && (i64::from(wd) % 7 + 1) == rw
            && self.dir(j + 2).is_none()
    }

    /// Is the bare weekday at i in the reported clause of a pluperfect verb of
    /// saying («وكان الوزير قد أعلن أنه سيغادر … السبت»، «كان الرئيس قد قال إنه
    /// سيزور المدينة الخميس»)? The complementizer (أن/إن/أنه…) comes first looking
    /// back in the sentence, then, at most six words before it, «قد» with «كان»
    /// up to four words before that.
    fn pluperfect_report(&self, i: usize) -> bool {
        const WAS: &[&str] = &["كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا"];
        let mut comp: Option<usize> = None;
        for k in (i.saturating_sub(CLAUSE_REACH + 6)..i).rev() {
            let n = self.n(k);
            if self.kind(k) == Some(Tk::Punct) && [".", "؟", "!", "؛"].contains(&n) {
                return false;
            }
            match comp {
                None => {
                    if COMPLEMENTIZERS.contains(&n) || ["انهم", "انهما"].contains(&n) {
                        comp = Some(k);
                    }
                }
                Some(c) => {
                    if c - k > 6 {
                        return false;
                    }
                    if ["قد", "وقد"].contains(&n) {
                        return (k.saturating_sub(4)..k).any(|q| self.is_any(q, WAS));
                    }
                }
            }
        }
        false
    }

    /// Is the weekday at i the day of a plan told in the past: «وكان من المقرر أن
    /// يصل الوزير الأربعاء»، «كان مقررا افتتاح المعرض الأحد»، «وكان من المفترض أن
    /// تظهر الجمعة»? «كان» before «من المقرر/من المفترض/مقررا/يفترض» is how news
    /// copy reports a cancelled or missed event, so the day is not simply the coming
    /// one (without «كان», «من المقرر» still announces).
    fn scheduled_in_past(&self, i: usize) -> bool {
        const WAS: &[&str] = &["كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا"];
        const PLAN: &[&str] = &[
            "المقرر",
            "المقرره",
            "المفترض",
            "مقررا",
            "مقرره",
            "مقرر",
            "يفترض",
        ];
        for k in (i.saturating_sub(WEEKDAY_FUTURE_FAR)..i).rev() {
            let n = self.n(k);
            if self.ends_sentence(k)
                || self.is_any(k, &["لكن", "ولكن", "لكنه", "لكنها", "بينما"])
                || self.future_verb(k)
            {
                return false;
            }
            if !PLAN.contains(&n) {
                continue;
            }
            // كان [قد] [من] PLAN
            let mut b = k;
            if n.starts_with("ال") && b > 0 && self.is(b - 1, "من") {
                b -= 1;
            }
            if b > 0 && self.is_any(b - 1, &["قد", "وقد"]) {
                b -= 1;
            }
            return b > 0 && self.is_any(b - 1, WAS);
        }
        false
    }

    /// Is the weekday at i (after «يوم» or not) the start of a measure, «اعتبارا/
    /// ابتداء/بدءا/انطلاقا من + weekday» (و allowed before)?
    fn takes_effect_from(&self, i: usize) -> bool {
        let Some(min) = i.checked_sub(1) else {
            return false;
        };
        self.is(min, "من")
            && min.checked_sub(1).is_some_and(|k| {
                let n = self.n(k);
                let n = n.strip_prefix('و').unwrap_or(n);
                ["اعتبارا", "ابتداء", "ابتداءا", "بدءا", "بدء", "انطلاقا"].contains(&n)
            })
    }

    /// Resolve a weekday (ISO 1..7) with an optional direction.
    fn resolve_wd(&self, wd: u32, dir: Option<Dir>, this: bool) -> Option<String> {
        let future = dir.is_none()
            && self.o.bias == Bias::News
            && !self
                .cur
                .get()
                .checked_sub(1)
                .is_some_and(|k| self.is_any(k, &["منذ", "ومنذ"]))
            && (self.weekday_future_cue(self.cur.get())
                || self.imperfect_before(self.cur.get())
                || self.opening_imperfect_before(self.cur.get())
                || self.until_ahead(self.cur.get())
                || self.conditional_before(self.cur.get())
                || self.fixture_day(self.cur.get())
                || self.qabl_day_ahead(self.cur.get())
                || self.topic_day_ahead(self.cur.get())
                // غدا الخميس، بعد غد السبت: the weekday names tomorrow.
                || self
                    .cur
                    .get()
                    .checked_sub(1)
                    .is_some_and(|k| self.is_any(k, &["غدا", "غد", "وغدا"])));
        let planned = dir.is_none()
            && !this
            && self.o.bias == Bias::News
            && self.scheduled_in_past(self.cur.get());
        let Some(r) = self.r else {
            return Some(format!("XXXX-WXX-{wd}"));
        };
        let rw = cal::weekday(r) as i64;
        let w = i64::from(wd);
        let fwd = (w - rw).rem_euclid(7); // 0..6 days ahead
        let back = (rw - w).rem_euclid(7); // 0..6 days back
        let off = match (dir, self.o.bias) {
            (Some(Dir::Next), _) => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            (Some(Dir::Past | Dir::Last), _) => -(if back == 0 { 7 } else { back }),
            (Some(Dir::This), _) => fwd,
            (None, Bias::Future) => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            // «وكان الوزير قد أعلن أنه سيسافر السبت»: a future told in a report already
            // past when written is the nearest such day, either way (ties: the past).
            // So is a plan reported with «كان من المقرر/من المفترض» (often cancelled
            // or missed, but as often still ahead: «كان من المفترض أن يعود الأحد»).
            (None, Bias::News)
                if planned || (future && !this && self.pluperfect_report(self.cur.get())) =>
            {
                if back <= fwd {
                    -back
                } else {
                    fwd
                }
            }
            // «وكان المجلس قد أقر القانون هذا الثلاثاء»: this week's day, already past.
            (None, Bias::News) if this && self.past_before(self.cur.get()) => -back,
            // «يجتمع الوزراء السبت والأحد» written on the Sunday: the pair runs through
            // today, so its first day is past.
            (None, Bias::News) if future && self.pair_ends_today(wd, rw) => -back,
            (None, Bias::News) if this || future => fwd,
            // «اعتبارا من الثلاثاء»، «بدءا من السبت»: the day a measure takes effect,
            // reported in the days around it, before («وتقرر وقف الرحلات اعتبارا من
            // الخميس») as often as after («وحظرت قطر بدءا من السبت …»): with no tense
            // cue, the nearest such day (today included).
            (None, Bias::News) if self.takes_effect_from(self.cur.get()) => {
                if back <= fwd {
                    -back
                } else {
                    fwd
                }
            }
            (None, Bias::News) => -back,
        };
        Some(dstr(cal::add_days(r, off)))
    }

    /// [يوم] weekday [dir] [، day month year]
    fn weekday(&self, i: usize) -> Option<M> {
        self.cur.set(i);
        let mut s = i;
        let mut j = i;
        let mut this = false;
        if self.is(j, "يوم") || self.is(j, "ويوم") || self.is(j, "ليوم") || self.is(j, "بيوم")
        {
            j += 1;
        } else if self.is(j, "هذا") {
            this = true;
            j += 1;
        }
        let wd = match self.lex(j) {
            Some(Lex::Weekday(wd)) => wd,
            _ if self.is(j, "اثنين")
                && (self.rel_week(j + 1).is_some()
                    || (self.is(j + 1, "من") && self.rel_week(j + 2).is_some())) =>
            {
                1
            }
            _ => return None,
        };
        let bare = !self.n(j).contains("ال")
            || self.clitic(j) > 0
                && !self.n(j).starts_with("وال")
                && !self.n(j).starts_with("بال")
                && !self.n(j).starts_with("فال");
        let def = self.n(j).starts_with("ال")
            || self
                .n(j)
                .get(self.clitic(j) * 2..)
                .is_some_and(|r| r.starts_with("ال"));
        let mut e = j + 1;
        let dir = self.dir(e);
        if dir.is_some() {
            e += 1;
        }
        // «إن الجمعة يوم راحة»، «يوم الأحد عطلة»: a weekday that is the subject of
        // "is a day off" opening a clause (after إن/أن or a sentence's start) is every
        // such day; «أعلنت الحكومة الخميس عطلة رسمية» (after a verb) is one Thursday.
        let day_off = |k: usize| self.is_any(k, &["عطله", "راحه", "اجازه"]);
        let opens = s == 0
            || self.is_any(s - 1, &["ان", "وان", "فان", "لان", "كون", "."])
            || self.line_initial(s);
        if dir.is_none()
            && opens
            && (day_off(j + 1) || (self.is_any(j + 1, &["يوم", "يوما"]) && day_off(j + 2)))
        {
            return Some(self.mk(s, j + 1, Kind::Date, Some(format!("XXXX-WXX-{wd}"))));
        }
        if !def
            && j == i
            && dir.is_none()
            && !(i > 0 && self.is_any(i - 1, &["كل", "ايام"]))
            && self.rel_week(e).is_none()
        {
            return None;
        }
        let _ = bare;
        // «هذا أحد أسبابها» (this is one of its reasons): after هذا the day has ال.
        if this && !def {
            return None;
        }
        // «اللاعبين الاثنين»، «المهاجمين الاثنين»: the numeral "the two".
        if wd == 1 && j == i && self.two_after_plural(j) {
            return None;
        }
        // «الاثنين وثلاثين فريقا»: the units of a compound numeral (32).
        if wd == 1 && {
            let n = self.n(j + 1);
            let n = n.strip_prefix('و').unwrap_or("");
            let n = n.strip_prefix("ال").unwrap_or(n);
            matches!(
                khabar_text::numbers::lookup(n),
                Some(khabar_text::numbers::Word::Tens(_))
            )
        } {
            return None;
        }
        // "أحد" without article is "one"; الأحد عشر is "the eleven".
        if self.is(j + 1, "عشر") || self.is(j + 1, "عشره") {
            return None;
        }
        // «بين الاثنين» is "between the two", but «بين الجمعة والسبت» a span of days.
        let day_pair = self.is_any(j.wrapping_sub(1), &["بين", "وبين"])
            && self.clitic_str(e) == "و"
            && matches!(self.lex(e), Some(Lex::Weekday(w2)) if w2 != wd);
        if j > 0
            && self.is_any(j - 1, &["صلاه", "خطبه", "خطيب", "بين", "كلا", "صلاة"])
            && j == i
            && !day_pair
        {
            return None;
        }
        // «بات على الاثنين التعاون»، «يتعين على الاثنين»، «الاعتداء على الاثنين»، «لدى
        // الاثنين»، «الاثنين معا»: the numeral "the two" — a weekday is named with «يوم» or
        // «في» after these prepositions («على يوم الاثنين»), never bare; «معا» after it
        // ("both together") only follows people.
        if wd == 1
            && j == i
            && (j
                .checked_sub(1)
                .is_some_and(|k| self.is_any(k, &["علي", "وعلي", "لدي", "ولدي"]))
                || self.is(j + 1, "معا"))
        {
            return None;
        }
        if self.clitic(j) > 0 && j == i {
            s = i;
        }
        // Attached date: الاثنين 18 شباط / الأربعاء، 13 شباط / الخميس الموافق 14 شهر شباط
        let mut k = e;
        if self.is_any(k, &["،", ","]) {
            k += 1;
        }
        if self.is_any(k, &["الموافق", "الموافقه", "في"]) {
            k += 1;
        }
        if let Some(mut dm) = self.day_month(k) {
            dm.span.start = self.start_of(s);
            dm.ti = s;
            // السبت 7 أبريل without a year: the year whose 7 April is a Saturday,
            // nearest the reference date, over the one a tense cue chose.
            let year_less = self.fl.borrow().iter().any(|(y, m, d)| {
                d.is_some() && dm.val.as_deref() == Some(ymd(Some(*y), Some(*m), *d).as_str())
            });
            if let (true, Some(r), Some(x)) = (
                year_less,
                self.r,
                dm.val.as_deref().and_then(Date::parse_iso),
            ) {
                if cal::weekday(x) != wd {
                    let rj = cal::jdn(r.year, r.month, r.day);
                    let best = [r.year - 1, r.year, r.year + 1]
                        .into_iter()
                        .filter_map(|y| cal::date(y, x.month, x.day))
                        .filter(|c| cal::weekday(*c) == wd)
                        .min_by_key(|c| (cal::jdn(c.year, c.month, c.day) - rj).abs());
                    if let Some(c) = best {
                        dm.val = Some(dstr(c));
                        self.fl.borrow_mut().push((c.year, c.month, Some(c.day)));
                    }
                }
            }
            return Some(dm);
        }
        // الجمعة من الأسبوع المقبل / اثنين الأسبوع الحالي
        let kw = if self.is(e, "من") { e + 1 } else { e };
        if dir.is_none() {
            if let Some((off, we)) = self.rel_week(kw) {
                return Some(self.mk(s, we, Kind::Date, self.weekday_in_week(wd, off)));
            }
        }
        // الأحد الثاني (nth in this month) / الثلاثاء الحادي والثلاثين (day of month)
        if dir.is_none() {
            if let Some(n) = self
                .word_num(e)
                .filter(|n| n.ord && self.n(e).starts_with("ال") && n.v <= 31.0)
            {
                let val = if n.end == e + 1 && n.v <= 5.0 {
                    Some(self.r.and_then(|r| {
                        let first = cal::weekday(cal::date(r.year, r.month, 1)?);
                        let d = 1 + (wd + 7 - first) % 7 + 7 * (n.v as u32 - 1);
                        cal::date(r.year, r.month, d).map(dstr)
                    }))
                } else {
                    self.weekday_day(wd, n.v as u32)
                };
                if let Some(val) = val {
                    return Some(self.mk(s, n.end, Kind::Date, val));
                }
            }
        }
        // «من الاثنين 27 إلى الخميس 30 آب/أغسطس»: the first end of a range of days
        // takes the month and year written after the second end (checked by its
        // weekday).
        if let Some(v) = self.weekday_day_range_start(wd, k) {
            return Some(self.mk(s, k + 1, Kind::Date, Some(v)));
        }
        // الجمعة 15
        if let Some(d) = self
            .int(k)
            .filter(|d| (1..=31).contains(d) && self.n(k).len() <= 2)
        {
            if !matches!(self.lex(k + 1), Some(Lex::Unit(..))) && self.kind(k + 1) != Some(Tk::Num)
            {
                if let Some(val) = self.weekday_day(wd, d as u32) {
                    return Some(self.mk(s, k + 1, Kind::Date, val));
                }
            }
        }
        // Bare ordinal day in this month: الثلاثاء التاسع عشر من هذا الشهر
        let val = self.resolve_wd(wd, dir, this);
        let mut m = self.mk(s, e, Kind::Date, val);
        // weekday + part of day: الخميس صباحا
        if let Some(dp) = self.daypart(e) {
            if !self.is_any(e, &["في", "بعد", "قبل"]) && !self.part_binds_right(e) {
                m.kind = Kind::Time;
                m.clock = Some(Clock::Part(dp_code(dp)));
                m.te = e + 1;
                m.span.end = self.end_of(e);
            }
        }
        Some(m)
    }

    /// «N منه» (day N of it): the day of the Gregorian month named earlier in the
    /// sentence («في 23 مارس و27 منه»، «قبل 19 يونيو … حتى 26 منه»), after a
    /// preposition or «و». «قتل 107 منهم» and «14 منها» are counts (other pronouns);
    /// without a month named before, «5 منه» is a count too.
    fn day_of_named_month(&self, i: usize, j: usize, d: u32, e: usize) -> Option<M> {
        const PREPS: &[&str] = &[
            "في",
            "وفي",
            "حتي",
            "وحتي",
            "لغايه",
            "قبل",
            "بعد",
            "منذ",
            "ومنذ",
            "و",
            "يوم",
        ];
        let led = self.clitic(j) > 0 || j.checked_sub(1).is_some_and(|p| self.is_any(p, PREPS));
        if !led {
            return None;
        }
        for k in (j.saturating_sub(MONTH_OF_REACH)..j).rev() {
            if self.kind(k) == Some(Tk::Punct) && [".", "؟", "!", "؛"].contains(&self.n(k)) {
                return None;
            }
            let Some((hij, m, me, _)) = self.month(k) else {
                continue;
            };
            if hij || d > crate::days_in_month(2000, m) {
                return None;
            }
            // The year written after the month, else the one its tense gives.
            let y = self
                .year(me, false)
                .map(|(y, _)| y)
                .or_else(|| self.resolve_md(m, Some(d)));
            let val = match y {
                Some(y) => cal::date(y, m, d).map(dstr),
                None => self.greg_val(None, m, Some(d)),
            };
            return Some(self.mk(i, e, Kind::Date, val));
        }
        None
    }

    /// Day number or ordinal, then month: 12 آب، 5 يناير 2018، الخامس من أيار، الأول من شهر شباط.
    fn day_month(&self, i: usize) -> Option<M> {
        let mut j = i;
        if self.is(j, "اليوم") {
            j += 1;
        }
        let n = self.num(j)?;
        // A digit glued to Latin letters is a model name (A11 في مايو), not a day.
        if n.digits && self.glued_latin(j) {
            return None;
        }
        if n.v.fract() != 0.0 || n.v < 1.0 || n.v > 31.0 {
            // Invalid day with a month: 32 يناير → keep span, null value.
            if n.digits && n.v > 31.0 && n.v < 100.0 {
                if let Some((_, e)) = self
                    .month_tail(Some(1), n.end, true)
                    .filter(|_| self.month(n.end).is_some())
                {
                    return Some(self.mk(i, e, Kind::Date, None));
                }
            }
            return None;
        }
        if n.digits && self.n(j).len() > 2 {
            return None;
        }
        if n.ord && self.n(n.end - 1).ends_with('ه') && self.is_any(n.end, &["لشهر", "لشهري"])
        {
            return None;
        }
        // «للمرة الثالثة شهر مارس 2016» ("for the third time, in March"): an ordinal
        // after «مرة» counts the times; and a feminine ordinal right before «شهر» agrees
        // with a feminine noun before it, not with the masculine «يوم» of a date
        // («الخامس من شهر مارس»).
        if n.ord
            && j == i
            && ((i > 0 && self.is_any(i - 1, &["مره", "المره", "للمره", "لمره", "بالمره"]))
                || (self.n(n.end - 1).ends_with('ه') && self.is(n.end, "شهر")))
        {
            return None;
        }
        if !n.digits && !n.ord && n.v > 10.0 && j == i {
            // cardinal words: خمسة عشر يناير — fine
        }
        let d = n.v as u32;
        let mut k = n.end;
        if n.ord && self.is(k, "يوم") {
            k += 1;
        }
        // «في 23 مارس و27 منه»: day N of the month just named.
        if self.is(k, "منه") {
            return self.day_of_named_month(i, j, d, k + 1);
        }
        if self.is(k, "من") || self.is(k, "في") {
            // الخامس من أيار / الخامس من الشهر الجاري
            if self.is(k + 1, "الشهر") || self.is(k + 1, "هذا") {
                let mut e = k + 1;
                if self.is(e, "هذا") && self.is(e + 1, "الشهر") {
                    e += 2;
                } else if self.is(e, "الشهر") {
                    e += 1;
                    let dir = self.dir(e);
                    let off = match dir {
                        Some(Dir::Past | Dir::Last) => -1,
                        Some(Dir::Next) => 1,
                        Some(Dir::This) => 0,
                        None => return None,
                    };
                    e += 1;
                    let val = self.r.and_then(|r| {
                        let (y, m) = cal::add_months(r.year, r.month, off);
                        cal::date(y, m, d).map(dstr)
                    });
                    return Some(self.mk(
                        i,
                        e,
                        Kind::Date,
                        val.or_else(|| self.r.is_none().then(|| ymd(None, None, Some(d)))),
                    ));
                } else {
                    return None;
                }
                let val = self.r.map_or_else(
                    || Some(ymd(None, None, Some(d))),
                    |r| cal::date(r.year, r.month, d).map(dstr),
                );
                return Some(self.mk(i, e, Kind::Date, val));
            }
        }
        let mut marker = false;
        if k == n.end && self.is_any(k, &["-", ".", "/", ")"]) {
            if self.is(k, ")") {
                return None;
            }
            marker = n.digits && self.line_initial(j);
            k += 1;
        }
        let (val, e) = self.month_tail(Some(d), k, true)?;
        // «1.يناير 3.68 ليرة» / «7- في يناير 2016» opening a line: a list item
        // number, unless a year follows the month right after it (16. نوفمبر. 2016).
        if marker && (self.month(k).is_none() || !self.dated_tail(k, e)) {
            return None;
        }
        // ثورة 25 يناير، قوى 14 آذار، مدينة 6 أكتوبر: a name, unless a year dates it.
        if j == i && self.name_head(i) && !self.dated_tail(k, e) {
            return None;
        }
        let _ = &mut k;
        let val = if self.september_eleventh(i, d, &val, k, e) {
            Some("2001-09-11".to_string())
        } else {
            val
        };
        let mut m = self.mk(i, e, Kind::Date, val);
        // 5 فبراير صباحا (not «3 تموز مساء الثلاثاء»: the evening of the weekday)
        if let (Some(Lex::DayPart(dp)), true, false) = (
            self.lex0(e),
            self.n(e).ends_with('ا') || self.n(e) == "مساء",
            self.part_binds_right(e),
        ) {
            if m.val.is_some() {
                m.kind = Kind::Time;
                m.clock = Some(Clock::Part(dp_code(dp)));
                m.te = e + 1;
                m.span.end = self.end_of(e);
            }
        }
        Some(m)
    }

    /// A year-less «11 سبتمبر/أيلول» (الحادي عشر من سبتمبر) named by the events it
    /// stands for — after هجمات/اعتداءات/أحداث/ضحايا/تفجيرات, or after منذ/بعد/عقب/إثر
    /// with no future cue — is the date of the 2001 attacks, not this year's.
    fn september_eleventh(
        &self,
        i: usize,
        d: u32,
        val: &Option<String>,
        k: usize,
        e: usize,
    ) -> bool {
        const EVENTS: &[&str] = &[
            "هجمات",
            "هجوم",
            "اعتداءات",
            "اعتداء",
            "احداث",
            "ضحايا",
            "تفجيرات",
            "تفجير",
        ];
        if d != 11
            || !val.as_deref().is_some_and(|v| v.ends_with("-09-11"))
            || self.dated_tail(k, e)
            || i == 0
        {
            return false;
        }
        let p = self.n(i - 1);
        EVENTS.contains(&bare_word(p))
            || (self.is_any(i - 1, &["منذ", "ومنذ", "بعد", "وبعد", "عقب", "اثر", "واثر"])
                && !self.future_cue(i))
    }

    /// Month name (with optional شهر before and year/direction after).
    fn month_phrase(&self, i: usize) -> Option<M> {
        let mut j = i;
        if self.is_any(j, &["شهر", "بشهر", "وشهر", "لشهر", "فشهر"]) {
            j += 1;
        } else if self.is(j, "هذا") {
            // هذا آذار: an ambiguous name (هذا مارس الضغط) only at the end of the text.
            let (_, _, e, amb) = self.month(j + 1)?;
            if amb && e < self.t.len() {
                return None;
            }
            j += 1;
        }
        let (hij, _m, e0, amb) = self.month(j)?;
        // «ثورة 17 فبراير/شباط»: the second name of a refused dual name does not open
        // an expression of its own.
        if j == i
            && i >= 2
            && self.is_any(i - 1, &["/", "("])
            && self.month1(i - 2).is_some()
            && self.named_month(i - 2)
        {
            return None;
        }
        let (val, e) = self.month_tail(None, j, j > i)?;
        // مفاعل تموز، حرب أكتوبر، ثورة 25 يناير، مدينة السادس من أكتوبر (the day was
        // refused as a date): a name.
        if j == i && !hij && !self.dated_tail(e0, e) && self.named_month(i) {
            return None;
        }
        // لويجي دي مايو، فان أغسطس: a month name after a nobiliary particle is a surname.
        if j == i && !hij && e == e0 && self.surname_particle(i) {
            return None;
        }
        if amb && j == i {
            // مارس/ماي/رجب/صفر… need support: a year/direction after, or a time preposition before.
            // «3. مارس 3.94 ليرة»: a month heading a numbered list line.
            let listed = i >= 2
                && self.is_any(i - 1, &[".", "-"])
                && self.int(i - 2).is_some()
                && self.line_initial(i - 2);
            let supported = e > e0
                || listed
                || (i > 0
                    && self.is_any(
                        i - 1,
                        &[
                            "في",
                            "منذ",
                            "خلال",
                            "حتي",
                            "من",
                            "مطلع",
                            "اوائل",
                            "منتصف",
                            "اواخر",
                            "نهايه",
                            "بدايه",
                            "وفي",
                            "الي",
                            "قبل",
                            "بعد",
                            "شهر",
                            "اواسط",
                        ],
                    ));
            if !supported {
                return None;
            }
            let hijri_cue = i > 0
                && self.is_any(
                    i - 1,
                    &[
                        "في",
                        "خلال",
                        "شهر",
                        "منذ",
                        "قبل",
                        "بعد",
                        "حتي",
                        "وفي",
                        "مطلع",
                        "منتصف",
                        "نهايه",
                        "اواخر",
                        "بدايه",
                    ],
                );
            if hij && e == e0 && (!hijri_cue || self.is_any(e, &["طيب", "بن", "ابن", "ال"]))
            {
                return None;
            }
        }
        // Month followed by a day (and year): أكتوبر 14 / يناير الثاني والعشرين، 2018
        if e == e0 && !hij {
            let (_, m, _, _) = self.month(j)?;
            if self.is(e, "-") || self.is(e, "/") {
                if let Some(n) = self
                    .int(e + 1)
                    .filter(|n| (1..=31).contains(n) && self.n(e + 1).len() <= 2)
                {
                    let y = self.resolve_md(m, Some(n as u32));
                    return Some(self.mk(
                        i,
                        e + 2,
                        Kind::Date,
                        self.greg_val(y, m, Some(n as u32)),
                    ));
                }
            }
            if let Some(n) = self.num(e).filter(|n| !n.digits || self.n(e).len() <= 2) {
                if n.v.fract() == 0.0
                    && (1.0..=31.0).contains(&n.v)
                    && !matches!(self.lex(n.end), Some(Lex::Unit(..) | Lex::YearWord(_)))
                {
                    let d = n.v as u32;
                    let mut k = n.end;
                    if self.is_any(k, &["،", ",", "من"]) {
                        k += 1;
                    }
                    if self.is_any(k, &["عام", "سنه", "العام"]) {
                        k += 1;
                    }
                    if let Some((y, ye)) = self.year(k, false) {
                        return Some(self.mk(i, ye, Kind::Date, cal::date(y, m, d).map(dstr)));
                    }
                    if self.kind(n.end) != Some(Tk::Word) {
                        let y = self.resolve_md(m, Some(d));
                        return Some(self.mk(i, n.end, Kind::Date, self.greg_val(y, m, Some(d))));
                    }
                }
            }
        }
        Some(self.mk(i, e, Kind::Date, val))
    }

    /// عام 2012 / العام ٢٠١٤ / سنة 1990 / في 2014 / 1436 هـ
    /// Does the digit token at k touch a Latin-letter token with no space (A11، 11A)?
    fn glued_latin(&self, k: usize) -> bool {
        let Some(t) = self.t.get(k) else {
            return false;
        };
        let before = k
            .checked_sub(1)
            .and_then(|b| self.t.get(b))
            .is_some_and(|p| p.kind == Tk::Latin && p.span.end == t.span.start);
        let after = self
            .t
            .get(k + 1)
            .is_some_and(|a| a.kind == Tk::Latin && a.span.start == t.span.end);
        before || after
    }

    /// Does the token before i name a thing after a date or month (مفاعل تموز،
    /// ثورة 25 يناير، حرب أكتوبر، قوى 14 آذار، مدينة 6 أكتوبر)? The month is then
    /// part of a proper name, not a date of the text (unless a year dates it).
    fn name_head(&self, i: usize) -> bool {
        const HEADS: &[&str] = &[
            "مفاعل",
            "ثوره",
            "حرب",
            "انتفاضه",
            "حركه",
            "قوي",
            "تيار",
            "ائتلاف",
            "تجمع",
            "ميدان",
            "شارع",
            "جسر",
            "كوبري",
            "مدينه",
            "حي",
            "ساحه",
            "جامعه",
            "لواء",
            "كتيبه",
            "نادي",
            "مفاعلي",
        ];
        let Some(w) = i.checked_sub(1).map(|k| self.n(k)) else {
            return false;
        };
        let w = w
            .strip_prefix(['و', 'ف'])
            .filter(|r| r.chars().count() >= 2)
            .unwrap_or(w);
        let w = w
            .strip_prefix(['ب', 'ل'])
            .filter(|r| HEADS.contains(r) || r.starts_with("ال"))
            .unwrap_or(w);
        let w = w.strip_prefix("ال").unwrap_or(w);
        HEADS.contains(&w)
    }

    /// Is the token before i a particle of a European surname (دي، دا، دو، ديل، دي
    /// لا، فون), with or without و/ل (ولدي مايو → و + ل + دي)? A bare month after
    /// it is the surname (لويجي دي مايو), not a date. (فان is also فإن, left out.)
    fn surname_particle(&self, i: usize) -> bool {
        const PARTICLES: &[&str] = &["دي", "دا", "دو", "ديل", "ديلا", "دلا", "فون"];
        let Some(k) = i.checked_sub(1) else {
            return false;
        };
        if self.kind(k) != Some(Tk::Word) {
            return false;
        }
        let n = self.n(k);
        let n = if n == "لا" && k > 0 && self.is_any(k - 1, &["دي", "دو"]) {
            "دلا"
        } else {
            n
        };
        let n = n
            .strip_prefix('و')
            .filter(|r| PARTICLES.contains(r))
            .unwrap_or(n);
        let n = n
            .strip_prefix('ل')
            .filter(|r| PARTICLES.contains(r))
            .unwrap_or(n);
        PARTICLES.contains(&n)
    }

    /// Is the month name at i part of a proper name: right after a name head
    /// (مفاعل تموز) or after a day number that follows one (ثورة 25 يناير، مدينة
    /// السادس من أكتوبر)?
    fn named_month(&self, i: usize) -> bool {
        self.name_head(i)
            || (i.saturating_sub(4)..i).any(|h| {
                self.num(h).is_some_and(|n| {
                    n.v >= 1.0
                        && n.v <= 31.0
                        && (n.end == i || (n.end + 1 == i && self.is_any(n.end, &["من", "في"])))
                }) && self.name_head(h)
            })
    }

    /// Is there a year, a direction or a year word among tokens k..e (a dated month)?
    fn dated_tail(&self, k: usize, e: usize) -> bool {
        (k..e).any(|t| {
            self.year(t, false).is_some()
                || self.dir(t).is_some()
                || matches!(self.lex(t), Some(Lex::YearWord(_) | Lex::Unit(..)))
                || self.word_num(t).is_some_and(|n| n.v >= 1000.0)
        })
    }

    /// Does token k open its line (only spaces before it since the last newline)?
    fn line_initial(&self, k: usize) -> bool {
        let Some(t) = self.t.get(k) else {
            return false;
        };
        // Back to the line break, stopping at the first other character (a search for the
        // break first would rescan the whole line for every token of a long one).
        self.text
            .get(..t.span.start)
            .unwrap_or("")
            .chars()
            .rev()
            .take_while(|&c| c != '\n')
            .all(char::is_whitespace)
    }

    /// Is the token at k a currency, a unit of measure or a percent sign, i.e. does
    /// the number before it count money or stuff (1340 دولارا، 1800 ميغاواط، 1300 %)?
    /// Scale words are not: «تجاوزت المبيعات في 2016 مليار تذكرة» has a year.
    fn amount_word(&self, k: usize) -> bool {
        const AMOUNT: &[&str] = &[
            "دولار",
            "دولارا",
            "دولارات",
            "يورو",
            "جنيه",
            "جنيها",
            "جنيهات",
            "ريال",
            "ريالا",
            "ريالات",
            "ليره",
            "ليرات",
            "درهم",
            "درهما",
            "دراهم",
            "دينار",
            "دينارا",
            "دنانير",
            "روبل",
            "روبلا",
            "يوان",
            "روبيه",
            "فرنك",
            "فرنكا",
            "شيكل",
            "شيقل",
            "سنت",
            "سنتا",
            "طن",
            "طنا",
            "اطنان",
            "برميل",
            "برميلا",
            "اوقيه",
            "اونصه",
            "كيلو",
            "كيلوغرام",
            "كيلوغراما",
            "كيلوجرام",
            "غرام",
            "غراما",
            "كلم",
            "كم",
            "كيلومتر",
            "كيلومترا",
            "كيلومترات",
            "متر",
            "مترا",
            "امتار",
            "ميل",
            "ميلا",
            "هكتار",
            "دونم",
            "دونما",
            "ميغاواط",
            "ميجاوات",
            "ميغاوات",
            "جيغاواط",
            "غيغاواط",
            "كيلوواط",
            "لتر",
            "لترا",
            "نقطه",
            "نقاط",
            "سهم",
            "بالمئه",
            "بالمائه",
            "%",
            "٪",
        ];
        let n = self.n(k);
        AMOUNT.contains(&n) || (self.kind(k) == Some(Tk::Punct) && ["$", "€", "£"].contains(&n))
    }

    /// Is the bare 4-digit number at i, ending at `ye`, a count of matches, goals or
    /// people (سجل 1245 هدفا في 1190 مباراة، قضى في 1310 حوادث)? Only outside the
    /// years news mostly dates (1950–2030), where «سجل في 2015 هدفا» is a year.
    fn career_count(&self, i: usize, ye: usize) -> bool {
        self.int(i).is_some_and(|v| !(1950..=2030).contains(&v))
            && self.kind(ye) == Some(Tk::Word)
            && self.is_any(ye, COUNTED)
    }

    /// Is the bare 4-digit number at i (ending at `ye`), after a preposition that
    /// also governs amounts (من، إلى، عن، مع، على), a count? «أفرجت السلطات عن 1500
    /// معتقل»، «كشف عن 1000 قطعة أثرية»، «10% من 1500 نيزك»، «من 1629 دارا»،
    /// «ارتفعت إلى 1739 مليار دولار»، «من 700 إلى 1500»: a scale word after it, a
    /// noun of people, matches or things counted in news ([`COUNTED`]), a plain
    /// indefinite noun after a number outside the years news mostly dates (1950–2030),
    /// or a range whose other end is no year. «تعود إلى 1771، …»، «تحدث عن 1948 وما
    /// تلاها»، «من 2015 إلى 2017 تقليص العجز» stay years.
    fn count_after_prep(&self, i: usize, ye: usize) -> bool {
        // Words that open another phrase after a year (يعود إلى 1850 تقريبا/بحسب …).
        const ADVERBS: &[&str] = &[
            "تقريبا",
            "ايضا",
            "تحديدا",
            "حسب",
            "بحسب",
            "وفق",
            "وفقا",
            "طبقا",
            "فقط",
            "حين",
            "عندما",
            "حتي",
            "بسبب",
            "بفضل",
            "بعد",
            "قبل",
            "بين",
            "بينما",
            "لدي",
            "لكن",
            "لذلك",
            "فيما",
            "كما",
            "كذلك",
            "بدلا",
            "لصالح",
            "لمده",
            "بنسبه",
            "بمعدل",
            "بقيمه",
        ];
        if i == 0 || !self.is_any(i - 1, &["من", "الي", "عن", "مع", "علي"]) {
            return false;
        }
        let Some(v) = self.int(i) else {
            return false;
        };
        let year_like = |k: usize| {
            self.int(k)
                .is_some_and(|x| self.n(k).len() == 4 && (1000..=2200).contains(&x))
        };
        let scale = self.is_any(ye, &["مليار", "مليارات", "مليون", "ملايين", "الف", "الاف"]);
        let listed = self.kind(ye) == Some(Tk::Word) && self.is_any(ye, COUNTED);
        let nw = self.n(ye);
        let plain_noun = !(1950..=2030).contains(&v)
            && self.count_noun(ye)
            && !ADVERBS.contains(&nw)
            && !is_past_verb(nw)
            && !shaped_perfect(nw)
            && !self.imperfect_word(ye);
        // من 700 إلى 1500، من 1300 إلى 10000: the other end is a count (not «من 2017
        // إلى 336 مليون طن», where the verb rose to an amount of another scale).
        let to_count = self.is_any(i - 1, &["من"])
            && self.is_any(ye, &["الي", "حتي"])
            && self.int(ye + 1).is_some_and(|x| x >= 100)
            && !year_like(ye + 1)
            && !self.is_any(
                ye + 2,
                &["مليار", "مليارات", "مليون", "ملايين", "الف", "الاف"],
            )
            && !self.amount_word(ye + 2);
        let from_count = self.is_any(i - 1, &["الي"])
            && i >= 3
            && self.int(i - 2).is_some()
            && !year_like(i - 2)
            && self.kind(i - 2) == Some(Tk::Num)
            && self.is_any(i - 3, &["من", "بين"]);
        scale || listed || plain_noun || to_count || from_count
    }

    /// Does a quantity verb or hedge govern the preposition before the number at i
    /// (تصل إلى 1500، ما يقرب من 2000، فضلا عن 1000)? Then the number is a count.
    fn amount_cue(&self, i: usize) -> bool {
        const CUES: &[&str] = &[
            "يصل",
            "تصل",
            "وصل",
            "وصلت",
            "يبلغ",
            "تبلغ",
            "بلغ",
            "بلغت",
            "يقرب",
            "يقارب",
            "يناهز",
            "فضلا",
            "اضافه",
            "بالاضافه",
            "تتالف",
            "يتالف",
            "قرابه",
            "زهاء",
            "حوالي",
        ];
        i >= 2
            && self.is_any(i - 1, &["من", "الي", "عن", "علي"])
            && CUES.contains(&self.n(i - 2).strip_prefix('و').unwrap_or(self.n(i - 2)))
    }

    /// Is the token at k an indefinite word that may be a counted noun (شخص،
    /// مركز)? Function words, definite words and time words are not.
    fn count_noun(&self, k: usize) -> bool {
        self.kind(k) == Some(Tk::Word)
            && !self.n(k).starts_with("ال")
            && !self.n(k).starts_with('و')
            && self.lex(k).is_none()
            && !self.is_any(
                k,
                &[
                    "في",
                    "من",
                    "علي",
                    "الي",
                    "عن",
                    "حيث",
                    "حين",
                    "عندما",
                    "ثم",
                    "كما",
                    "قبل",
                    "بعد",
                    "حتي",
                    "اي",
                    "او",
                    "مع",
                    "لكن",
                    "بينما",
                ],
            )
    }

    /// Is token k a word a bare year follows ([`TIME_PREPS`], [`PERIOD_PARTS`],
    /// [`OTHER_YEAR_PREPS`])?
    fn is_year_prep(&self, k: usize) -> bool {
        self.is_any(k, TIME_PREPS)
            || self.is_any(k, PERIOD_PARTS)
            || self.is_any(k, OTHER_YEAR_PREPS)
    }

    /// A time preposition with a و/ف conjunction (وفي 1987، ففي 2014، ومنذ 2010،
    /// وقبل 2000): the conjunction does not change what the preposition governs.
    /// Prepositions that also govern amounts (من، إلى، عن، مع) are left out.
    fn conj_year_prep(&self, k: usize) -> bool {
        self.kind(k) == Some(Tk::Word)
            && self.n(k).strip_prefix(['و', 'ف']).is_some_and(is_time_prep)
    }

    /// A year in parentheses after a name or a title: «"ريسبكت" (1967)»، «حلب
    /// (2012)». Only 1900–2100, not a numbered resolution or title («القرار
    /// (2216)»، «بعنوان (2030)»), a compared count («أكثر من (1500) كيلومتر») or
    /// an amount with its unit after the bracket.
    fn paren_year(&self, i: usize) -> bool {
        let Some(v) = self.int(i) else {
            return false;
        };
        if i < 2
            || self.n(i).len() != 4
            || !(1900..=2100).contains(&v)
            || !self.is(i - 1, "(")
            || !self.is(i + 1, ")")
        {
            return false;
        }
        // (2014-2016) is a range token; here a lone year.
        self.paren_context_ok(i - 2, i + 2)
    }

    /// Is the 4-digit year at i (ending at `ye`) the year of an event named by a
    /// head noun one to four words before it (مونديال روسيا 2018، كأس أمم أوروبا
    /// 2016، كوبا أمريكا 2015، استفتاء 2016، حرب 1967، ثورة 2011، اتفاق 2015، رؤية
    /// المملكة 2030)
    /// or right after a plural of year (أعوام 2002 و2014)? TimeML annotates the
    /// year of «the 1996 Olympics» as a DATE. The words between are plain words
    /// (a place, a competition name); after heads that also go with counts
    /// (موسم الحج 1500 طبيب، نسخة، حملة) a counted noun after the number makes it
    /// a count.
    fn event_year(&self, i: usize, ye: usize) -> bool {
        const HEADS: &[&str] = &[
            "مونديال",
            "مونديالي",
            "كاس",
            "كاسي",
            "بطوله",
            "بطولتي",
            "دوري",
            "اولمبياد",
            "نهائي",
            "نهائيات",
            "استفتاء",
            "انتخابات",
            "يورو",
            "حرب",
            "اكسبو",
            "ميزانيه",
            "موازنه",
            "ثوره",
            "انتفاضه",
            "زلزال",
            "غزو",
            "مهرجان",
            "نكبه",
            "نكسه",
        ];
        // Heads that also go with counts: not with a counted noun after the number.
        const COUNTED: &[&str] = &[
            "موسم",
            "موسمي",
            "نسخه",
            "نسختي",
            "نسخ",
            "تقرير",
            "مباراه",
            "بطل",
            "بطله",
            "ابطال",
            "اتفاق",
            "اتفاقيه",
            "اتفاقيتي",
            "بطولات",
            "دورات",
            "هجمات",
            "اعتداءات",
            "تفجيرات",
            "حمله",
        ];
        // Right before the year only: plurals of year, and two-word names whose
        // first word alone is something else (كوبا is also Cuba).
        const PLURALS: &[&str] = &["اعوام", "سنوات"];
        // Birth years and generations (من مواليد 1973، جيل 1986): right before the
        // year and without a counted noun after it.
        const BIRTH: &[&str] = &["مواليد", "جيل"];
        const PAIRS: &[(&str, &str)] = &[("كوبا", "امريكا"), ("كوبا", "اميركا")];
        // Plans named by their target year (رؤية 2030، رؤية المملكة 2030، برنامج التحول
        // الوطني 2020، خطة 2025): never with a counted noun after the number.
        const PLANS: &[&str] = &["رؤيه", "رؤيتها", "برنامج", "خطه", "استراتيجيه"];
        // دورة "session, edition" only in these forms: a bare دوره is also "his role".
        const SESSION: &[&str] = &["الدوره", "لدوره", "للدوره", "بالدوره", "دورتي"];
        let Some(v) = self.int(i) else {
            return false;
        };
        if self.n(i).len() != 4
            || !(1900..=2100).contains(&v)
            || self.amount_word(ye)
            || matches!(self.lex(ye), Some(Lex::Unit(..)))
        {
            return false;
        }
        // A preposition-led word after the number (2018 بسبب، 2016 بفرنسا) is not
        // its counted noun.
        let counted = self.count_noun(ye) && !self.n(ye).starts_with(['ب', 'ل', 'ف', 'ك']);
        // The words of a hashtag are joined by «_» (#رؤية_المملكة_2030).
        let words: Vec<usize> = (i.saturating_sub(8)..i)
            .rev()
            .filter(|&k| !self.is(k, "_"))
            .take(4)
            .collect();
        for (n, &k) in words.iter().enumerate() {
            let d = n + 1;
            if self.kind(k) != Some(Tk::Word) {
                return false;
            }
            // بطولة, بطولتي: the ب may be the word's own letter.
            let (raw, b) = (self.n(k), bare_word(self.n(k)));
            // «وبطولة أمم أوروبا 1988»: و + a word in ب (bare_word would take both).
            let mid = raw.strip_prefix(['و', 'ف']).unwrap_or(raw);
            let mid_bare = mid.strip_prefix("ال").unwrap_or(mid);
            let is_in = |list: &[&str]| {
                list.contains(&b) || list.contains(&raw) || list.contains(&mid_bare)
            };
            // «أمم أفريقيا 2019»، «كأس أمم آسيا 2015»: the continental cups.
            if b == "امم" && self.is_any(k + 1, &["افريقيا", "اوروبا", "اسيا", "امريكا", "اميركا"])
            {
                return true;
            }
            if d == 1 && is_in(BIRTH) && !counted {
                return true;
            }
            if d == 1
                && (is_in(PLURALS)
                    || (k > 0
                        && PAIRS
                            .iter()
                            .any(|&(x, y)| b == y && bare_word(self.n(k - 1)) == x)))
            {
                return true;
            }
            // Right after its head the number can only be the event's year (موسم 2018
            // سيشهد); further back a counted noun after it makes it a count.
            // «دورة أثينا 2004»، «ودورة بكين 2008»: a bare «دورة» two words back is the
            // Games of a host city (a possessed «دوره» "his role" has no name and
            // year after it).
            let games = d == 2 && mid == "دوره" && !counted;
            if is_in(HEADS)
                || games
                || ((is_in(COUNTED) || SESSION.contains(&raw)) && (d == 1 || !counted))
                || (is_in(PLANS) && !self.counted_after_list(ye))
            {
                return true;
            }
        }
        false
    }

    /// Is the word at k, right after a listed year, a noun the numbers count
    /// («بين 1500 و2000 شخص»)? A prepositional phrase, a past verb or a function
    /// word is not («بين 2011 و2014 ضمن»، «في 2015 و2016 بموافقة»، «بين 2011
    /// و2014 توفوا»).
    fn counted_after_list(&self, k: usize) -> bool {
        const NOT_COUNTED: &[&str] = &[
            "امام",
            "ضمن",
            "عبر",
            "لدي",
            "خلف",
            "وراء",
            "تحت",
            "فوق",
            "عند",
            "نحو",
            "منذ",
            "اذ",
            "قد",
            "لم",
            "لن",
            "وفق",
            "حسب",
            "كان",
            "كانت",
            "تم",
            "علما",
            "منها",
            "بينها",
            "الا",
            "لكن",
            "بعدما",
            "حين",
            "حيث",
            "عندما",
            "وسط",
            "رغم",
        ];
        // A nominative dual («2015 استثنائيان») or a form of كان («2011 كانا») is no
        // noun a number above ten counts.
        let dual = {
            let n = self.n(k);
            n.chars().count() >= 5 && n.ends_with("ان") && !n.starts_with("ال")
        };
        self.count_noun(k)
            && !self.prep_phrase(k)
            && !is_past_verb(self.n(k))
            && !self.is_any(k, NOT_COUNTED)
            && !self.is_any(k, &["كانا", "كانتا", "كانوا", "يكون", "تكون"])
            && !dual
    }

    /// Is the word at k a ب/ل/ك/ف proclitic on a word of news text (بموافقة،
    /// بركلات، لصالح), rather than a word of its own in that letter (لاجئ، بطل)?
    /// The rest must be a known word more frequent than the whole.
    fn prep_phrase(&self, k: usize) -> bool {
        let n = self.n(k);
        // للتنمية = ل + التنمية.
        let rest = match n.strip_prefix("لل") {
            Some(t) => format!("ال{t}"),
            None => match n.strip_prefix(['ب', 'ل', 'ف', 'ك']) {
                Some(t) => t.to_string(),
                None => return false,
            },
        };
        if rest.chars().count() < 3 {
            return false;
        }
        let r = word_count(&rest);
        r >= MIN_IMPERFECT_COUNT && r > word_count(n)
    }

    /// A part-of-period word with a proclitic before a bare year (بنهاية 2018،
    /// وبداية 2019، لمنتصف 2020, and ختام); the bare words are in [`PERIOD_PARTS`].
    fn part_year_cue(&self, k: usize) -> bool {
        if self.kind(k) != Some(Tk::Word) {
            return false;
        }
        let n = self.n(k);
        let a = n.strip_prefix(['و', 'ف']).unwrap_or(n);
        let b = a.strip_prefix(['ب', 'ل']).unwrap_or(a);
        [a, b]
            .iter()
            .any(|w| *w != n && (PERIOD_PARTS.contains(w) || *w == "ختام"))
    }

    /// Is token k a 4-digit year 1900–2100?
    fn plain_year(&self, k: usize) -> bool {
        self.n(k).len() == 4 && self.int(k).is_some_and(|v| (1900..=2100).contains(&v))
    }

    /// A year inside a bracketed list or range of years: «(1958 و1962 و1970)»،
    /// «(2007 – 2016)». The bracket must not follow a numbered title or a compared
    /// count, and no unit may follow it (as for a single year, [`P::paren_year`]).
    fn paren_years(&self, i: usize) -> bool {
        let sep = |k: usize| self.is_any(k, &["و", "-", "–", "—", "/", "،", ","]);
        if !self.plain_year(i) {
            return false;
        }
        let mut a = i;
        while a >= 2 && sep(a - 1) && self.plain_year(a - 2) {
            a -= 2;
        }
        let mut b = i;
        while sep(b + 1) && self.plain_year(b + 2) {
            b += 2;
        }
        a < b
            && a >= 2
            && self.is(a - 1, "(")
            && self.is(b + 1, ")")
            && self.paren_context_ok(a - 2, b + 2)
    }

    /// May a bracket after token `before` and closing before token `after` hold
    /// years? Not after a numbered title or a compared count, not with a unit after.
    fn paren_context_ok(&self, before: usize, after: usize) -> bool {
        const NUMBERED: &[&str] = &[
            "رقم",
            "القرار",
            "قرار",
            "بعنوان",
            "عنوان",
            "الرقم",
            "الماده",
            "ماده",
        ];
        const COUNTED: &[&str] = &[
            "من",
            "عن",
            "علي",
            "الي",
            "نحو",
            "حوالي",
            "قرابه",
            "مسافه",
            "بلغ",
            "بلغت",
        ];
        !self.is_any(before, NUMBERED)
            && !self.is_any(before, COUNTED)
            && matches!(self.kind(before), Some(Tk::Word | Tk::Latin | Tk::Punct))
            && !self.amount_word(after)
            && !matches!(self.lex(after), Some(Lex::Unit(..)))
    }

    /// A year heading a line of a chronology: «- 2013: أعيد انتخابه»، «2011:
    /// تولى…», or a line of its own («- 2017 -»).
    fn timeline_year(&self, i: usize) -> bool {
        let bullet = |k: usize| self.is_any(k, &["-", "–", "—", "•", "*"]);
        let opens = self.line_initial(i) || (i > 0 && bullet(i - 1) && self.line_initial(i - 1));
        opens
            && ((self.plain_year(i)
                && (self.is(i + 1, ":")
                    || self.line_final(i)
                    || (bullet(i + 1) && self.line_final(i + 1))))
                || self.dashed_timeline_year(i))
    }

    /// The year heading a line of a country profile's chronology, a dash between it
    /// and the event: «1945 - انتهاء الحرب»، «1908- 1935 حكم عسكري»، «1829 - 1830
    /// فنزويلا تنفصل …». The line opens with a four-digit year (1000–2100, history
    /// reaches back) and a dash; after the dash comes a word, or a later year of the
    /// same century and then a word — not an amount or a unit («2000 - 3000 دولار»
    /// is a price range, «1500 - 2000 متر» a distance).
    fn dashed_timeline_year(&self, i: usize) -> bool {
        let dash = |k: usize| self.is_any(k, &["-", "–", "—"]);
        let word_after = |k: usize| {
            self.kind(k) == Some(Tk::Word)
                && !self.amount_word(k)
                && !matches!(self.lex(k), Some(Lex::Unit(..)))
        };
        let year4 = |k: usize| {
            self.int(k)
                .filter(|v| self.n(k).len() == 4 && (1000..=2100).contains(v))
        };
        let Some(y) = year4(i) else {
            return false;
        };
        if !self.line_initial(i) || !dash(i + 1) {
            return false;
        }
        word_after(i + 2)
            || (year4(i + 2).is_some_and(|z| z > y && z - y <= 100) && word_after(i + 3))
    }

    /// Does token k close its line (only spaces after it up to the next newline)?
    fn line_final(&self, k: usize) -> bool {
        let Some(t) = self.t.get(k) else {
            return false;
        };
        let after = self.text.get(t.span.end..).unwrap_or("");
        let line = after.split('\n').next().unwrap_or("");
        line.chars().all(char::is_whitespace)
    }

    /// A 4-digit year at i opening «(ما) بين Y1 و Y2» with Y1 < Y2.
    fn years_between(&self, i: usize) -> bool {
        i > 0
            && self.is_any(i - 1, &["بين", "وبين"])
            && self.is(i + 1, "و")
            && match (self.year(i, false), self.year(i + 2, false)) {
                (Some((a, _)), Some((b, be))) => {
                    self.int(i).is_some()
                        && self.int(i + 2).is_some()
                        && a < b
                        && !self.counted_after_list(be)
                }
                _ => false,
            }
    }

    /// Two 4-digit years of modern news joined by و, the second later and within a
    /// century (سيناريو 1974 و1982، إنجاز 1990 و1994): a count would not be
    /// coordinated with a larger count of the same kind without its noun. Not before
    /// a counted noun or an amount («بين 1990 و1994 شخصا»), and not the numbers of
    /// resolutions, articles or routes («القرارين 1970 و1973»).
    fn coordinated_years(&self, i: usize) -> bool {
        const NUMBERED: &[&str] = &[
            "قرار",
            "القرار",
            "القرارين",
            "قراري",
            "القرارات",
            "قرارات",
            "رقم",
            "رقمي",
            "الرقم",
            "الرقمين",
            "الماده",
            "المادتين",
            "مادتي",
            "البند",
            "البندين",
            "الفصل",
            "الفصلين",
            "الطريق",
            "الطريقين",
            "الرحله",
            "الرحلتين",
            "رحلتي",
            "الغرفه",
        ];
        let in_range = |k: usize| {
            self.int(k)
                .filter(|v| self.n(k).len() == 4 && (1900..=2035).contains(v))
        };
        let (Some(a), Some(b)) = (in_range(i), in_range(i + 2)) else {
            return false;
        };
        // The word before, over an opening bracket («القرار رقم (2001 و2002)»).
        let o = if i > 0 && self.is(i - 1, "(") {
            i - 1
        } else {
            i
        };
        let prev = if o > 0 { self.n(o - 1) } else { "" };
        let prev = prev
            .strip_prefix('و')
            .filter(|r| NUMBERED.contains(r))
            .unwrap_or(prev);
        self.is(i + 1, "و")
            && a < b
            && b - a <= 100
            && !NUMBERED.contains(&prev)
            && self.kind(i.wrapping_sub(1)) != Some(Tk::Num)
            && !self.amount_word(i + 3)
            && !matches!(self.lex(i + 3), Some(Lex::Unit(..)))
            && !self.counted_after_list(i + 3)
    }

    /// Is the year word at i governed by a modern event or border named by its year
    /// (حرب عام 56، نكسة عام 67، حدود عام 67، ثورة عام 52), whose two-digit year is
    /// the 20th century's? Not «في العام 70» alone (the year 70).
    fn modern_event(&self, i: usize) -> bool {
        const EVENTS: &[&str] = &[
            "حرب",
            "نكسه",
            "نكبه",
            "ثوره",
            "انتفاضه",
            "حدود",
            "اراضي",
            "احداث",
            "عدوان",
            "اجتياح",
            "غزو",
            "مجزره",
            "هزيمه",
            "انقلاب",
            "حربي",
            "مذبحه",
        ];
        i > 0 && {
            let w = self.n(i - 1);
            let w = w
                .strip_prefix(['و', 'ب', 'ل', 'ف'])
                .filter(|r| EVENTS.contains(r))
                .unwrap_or(w);
            EVENTS.contains(&w)
        }
    }

    /// Does an accepted 4-digit year end at token k (after a year word or a time
    /// preposition, opening بين Y1 و Y2, or itself chained after و)?
    fn year_before(&self, k: usize, depth: u8) -> bool {
        if self.int(k).is_none() || self.year(k, false).is_none() || self.n(k).len() != 4 {
            return false;
        }
        if k > 0
            && (self.is_year_prep(k - 1)
                || self.conj_year_prep(k - 1)
                || matches!(self.lex(k - 1), Some(Lex::YearWord(_)))
                || (k >= 2
                    && self.is_any(k - 1, YEAR_KINDS)
                    && matches!(self.lex(k - 2), Some(Lex::YearWord(_))))
                || self.part_year_cue(k - 1)
                || self.timeline_year(k)
                || self.is_any(k - 1, &["بين", "وبين"])
                || self.event_year(k, k + 1))
            || self.coordinated_years(k)
        {
            return true;
        }
        // Lists go on after «و», a comma or «ثم» («دورات 1934، 1958، و1966»).
        depth > 0
            && k >= 2
            && self.is_any(k - 1, &["و", "،", ",", "ثم"])
            && (self.year_before(k - 2, depth - 1)
                || (k >= 3
                    && self.is_any(k - 2, &["،", ","])
                    && self.year_before(k - 3, depth - 1)))
    }

    /// A World Cup written with a two-digit year (مونديال 98، كأس العالم 82): the
    /// tournament is held in years ≡ 2 (mod 4) from 1930, which tells the year
    /// from a count (مونديال 32 منتخبا, 48 فريقا).
    fn cup_short_year(&self, i: usize) -> Option<M> {
        let v = self.int(i)?;
        if self.n(i).len() != 2 || i == 0 {
            return None;
        }
        let cup = bare_word(self.n(i - 1)) == "مونديال"
            || (i >= 2 && bare_word(self.n(i - 2)) == "كاس" && self.is(i - 1, "العالم"));
        if !cup || self.amount_word(i + 1) || matches!(self.lex(i + 1), Some(Lex::Unit(..))) {
            return None;
        }
        let y = if v >= 30 { 1900 + v } else { 2000 + v };
        let latest = self.r.map_or(2030, |r| i64::from(r.year) + 8);
        if y % 4 != 2 || y > latest {
            return None;
        }
        Some(self.mk(i, i + 1, Kind::Date, Some(pad_year(y as i32))))
    }

    fn year_phrase(&self, i: usize) -> Option<M> {
        if let Some(m) = self.cup_short_year(i) {
            return Some(m);
        }
        let is_year_word = matches!(self.lex(i), Some(Lex::YearWord(_)))
            && self.is_any(
                i,
                &[
                    "عام",
                    "العام",
                    "سنه",
                    "السنه",
                    "لعام",
                    "بعام",
                    "وعام",
                    "لسنه",
                    "والعام",
                    "للعام",
                    "بالعام",
                    "فيعام",
                ],
            )
            || matches!(self.lex(i), Some(Lex::YearWord(_)));
        // العام المالي 2017، السنة المالية 2018: the kind of year sits between.
        let kind_of_year = is_year_word && self.is_any(i + 1, YEAR_KINDS) && !self.general_adj(i);
        let (s, j) = if kind_of_year {
            (i, i + 2)
        } else if is_year_word {
            (i, i + 1)
        } else {
            (i, i)
        };
        let (mut y, ye) = self.year(j, is_year_word)?;
        if is_year_word && !kind_of_year && self.public_not_year(i, j, y, ye) {
            return None;
        }
        // «حرب عام 56»، «حدود عام 67»: a two-digit year after a modern event is 19xx.
        if is_year_word && (30..=99).contains(&y) && self.n(j).len() == 2 && self.modern_event(i) {
            y += 1900;
        }
        // السنة المالية 1439 is a Hijri fiscal year: only Gregorian years here.
        if kind_of_year && !(1900..=2100).contains(&y) && self.era(ye).0.is_none() {
            return None;
        }
        if !is_year_word {
            // Bare 4-digit year: needs a cue before, or an era mark after.
            let (era, _) = self.era(ye);
            // A chronology's line may open the text: no token before it.
            let cue = self.timeline_year(i)
                || (i >= 2
                    && self.is_any(i - 1, &["-", "–", "—"])
                    && self.dashed_timeline_year(i - 2))
                || i > 0
                    && (self.is_year_prep(i - 1)
                        || matches!(self.lex(i - 1), Some(Lex::Prep(_)))
                            && self.clitic(i - 1) == 0
                            && self.is_any(i - 1, &["في", "منذ", "حتي", "خلال", "بعد", "قبل"])
                        || self.conj_year_prep(i - 1)
                        || self.part_year_cue(i - 1)
                        || self.event_year(i, ye)
                        || self.paren_year(i)
                        || self.year_as_subject(i, ye, y));
            // أكثر من 1800 مركز، ما يزيد عن 1500 شخص: a count after a comparison.
            let compared = i >= 2
                && self.is_any(i - 1, &["من", "عن", "علي"])
                && [
                    "اكثر", "اقل", "يزيد", "تزيد", "يقل", "تقل", "يربو", "ينوف", "نحو",
                ]
                .contains(&self.n(i - 2).strip_prefix('و').unwrap_or(self.n(i - 2)));
            // إلى 1340 دولارا، من 2126 ريالا للطن، 1800 ميغاواط: an amount, not a year.
            if compared
                || self.amount_word(ye)
                || self.amount_cue(i)
                || self.career_count(i, ye)
                || self.count_after_prep(i, ye)
            {
                return None;
            }
            // ما بين 1994 و1999; و2002 after an accepted year (بعد 1978 و1998 و2002);
            // the second end of a range after one (موسم 2016 – 2017، من 2017 - 2020);
            // a list in brackets ((1958 و1962 و1970)، (2007 – 2016)).
            let ranged = i >= 2
                && self.is_any(i - 1, &["-", "–", "—", "/"])
                && self.year_before(i - 2, 6)
                && self.int(i - 2).zip(self.int(i)).is_some_and(|(a, b)| a < b);
            let listed = !cue
                && (self.years_between(i)
                    || (i >= 2 && self.is(i - 1, "و") && self.year_before(i - 2, 6))
                    // في أعوام 1958، و1962، و1970: a comma before the و.
                    || (i >= 3
                        && self.is(i - 1, "و")
                        && self.is_any(i - 2, &["،", ","])
                        && self.year_before(i - 3, 6))
                    // «بطولات 1934، 1958، و1966»، «بين 1982 و1998 ثم 2006»: a comma or
                    // «ثم» after an accepted year.
                    || (i >= 2
                        && self.is_any(i - 1, &["،", ",", "ثم"])
                        && self.year_before(i - 2, 6)
                        && self.kind(i + 1) != Some(Tk::Num))
                    || ranged
                    || self.coordinated_years(i)
                    || self.paren_years(i))
                && !self.counted_after_list(ye);
            if era.is_none() && !cue && !listed {
                return None;
            }
            self.int(i)?;
            // في 2014 مقاتلا: a count, not a year.
            if matches!(self.lex(ye), Some(Lex::Unit(..))) {
                return None;
            }
        }
        let (era, e) = self.era(ye);
        // عام 400 قبل الميلاد: TIMEX3 writes years before the common era as BC0400.
        if era.is_none() && self.is(e, "قبل") && self.is(e + 1, "الميلاد") {
            return Some(self.mk(i, e + 2, Kind::Date, Some(format!("BC{}", pad_year(y)))));
        }
        let val = if era == Some(true) {
            cal::hijri_to_gregorian(y, 7, 1).map(|g| pad_year(g.year))
        } else {
            Some(pad_year(y))
        };
        let _ = s;
        Some(self.mk(i, e, Kind::Date, val))
    }

    /// Is «العام» at i, before the number at j (read as year `y`, ending at `ye`),
    /// the adjective "public, general" or the number not a calendar year? «وتجاوز
    /// الدين العام 35 مليار دولار»، «يمثل التأمين العام 45 في المئة»: after a
    /// definite noun العام is an adjective, and only a year of modern news
    /// (1900–2100) written in four digits is still read («المؤتمر العام 2017»). A
    /// short number before a scale word, a unit or a percent is an amount («من العام
    /// 25 بالمئة»), and one before «من» + a noun is the n-th year of something («في
    /// العام 37 من السوق الصاعدة»، «العام 11 من عهد الملك»), not the year 37.
    fn public_not_year(&self, i: usize, j: usize, y: i32, ye: usize) -> bool {
        if !self.is_any(i, &["العام", "والعام", "للعام", "بالعام"]) {
            return false;
        }
        let modern =
            self.kind(j) == Some(Tk::Num) && self.n(j).len() == 4 && (1900..=2100).contains(&y);
        if modern {
            return false;
        }
        let after_noun = i > 0 && self.kind(i - 1) == Some(Tk::Word) && self.is(i, "العام") && {
            let p = self.n(i - 1);
            let p = p.strip_prefix(['و', 'ف']).unwrap_or(p);
            let p = p.strip_prefix(['ب', 'ل']).unwrap_or(p);
            p.starts_with("ال") && p.chars().count() >= 4 && self.lex(i - 1).is_none()
        };
        let amount = self.amount_word(ye)
            || self.is_any(ye, &["مليار", "مليارات", "مليون", "ملايين", "الف", "الاف"])
            || matches!(self.lex(ye), Some(Lex::Unit(..)))
            || (self.is(ye, "في") && self.is_any(ye + 1, &["المئه", "المائه"]));
        let nth_of = y < 1000
            && self.era(ye).0.is_none()
            && self.is(ye, "من")
            && self.kind(ye + 1) == Some(Tk::Word)
            && !self.is_any(ye + 1, &["الميلاد", "للميلاد", "الهجره", "للهجره"]);
        after_noun || amount || nth_of
    }

    /// صيف عام 2014 / الصيف الماضي / هذا الصيف / في الربيع
    fn season(&self, i: usize) -> Option<M> {
        let mut j = i;
        let mut this = false;
        if self.is(j, "هذا") {
            this = true;
            j += 1;
        }
        let code = match self.lex(j)? {
            Lex::Season(c) => c,
            Lex::HijriHead(3) if self.month(j).is_none() => "SP",
            _ => return None,
        };
        if code == "SP"
            && self.is_any(
                j + 1,
                &["العربي", "عربي", "الديمقراطي", "دمشق", "براغ", "العرب"],
            )
        {
            return None;
        }
        let mut e = j + 1;
        let mut k = e;
        if self.is_any(k, &["عام", "العام", "سنه", "لعام", "من"]) {
            k += 1;
            if self.is_any(k, &["عام", "سنه"]) {
                k += 1;
            }
        }
        let val;
        if let Some((y, ye)) = self.year(k, k > e) {
            e = ye;
            val = Some(format!("{}-{code}", pad_year(y)));
        } else if let Some((yv, ye)) = self.rel_year(e) {
            e = ye;
            val = Some(yv.map_or_else(
                || format!("XXXX-{code}"),
                |y| format!("{}-{code}", pad_year(y)),
            ));
        } else {
            let dir = self.dir(e);
            if dir.is_some() {
                e += 1;
            }
            let cue = this
                || dir.is_some()
                || (self.n(j).starts_with("ال") && code != "SP" && self.clitic(j) == 0)
                || (i > 0
                    && self.is_any(
                        i - 1,
                        &[
                            "في",
                            "خلال",
                            "فصل",
                            "منذ",
                            "حتي",
                            "مطلع",
                            "اواخر",
                            "بدايه",
                            "نهايه",
                            "منتصف",
                            "قبل",
                            "بعد",
                            "اوائل",
                        ],
                    ));
            if !cue && (!self.o.standalone || self.t.len() > 2) {
                return None;
            }
            val = Some(match self.r {
                None => format!("XXXX-{code}"),
                Some(r) => {
                    let (sm, em) = match code {
                        "SP" => (3, 5),
                        "SU" => (6, 8),
                        "FA" => (9, 11),
                        _ => (12, 2),
                    };
                    let cur_y = if code == "WI" && r.month <= 2 {
                        r.year - 1
                    } else {
                        r.year
                    };
                    let y = match dir {
                        Some(Dir::Past | Dir::Last) => {
                            let ended = if code == "WI" {
                                r.month > 2 && r.month < 12
                            } else {
                                r.month > em
                            };
                            if ended {
                                cur_y
                            } else {
                                cur_y - 1
                            }
                        }
                        Some(Dir::Next) => {
                            let started = if code == "WI" {
                                r.month == 12 || r.month <= 2
                            } else {
                                r.month >= sm
                            };
                            if started {
                                cur_y + 1
                            } else {
                                cur_y
                            }
                        }
                        _ => cur_y,
                    };
                    format!("{}-{code}", pad_year(y))
                }
            });
        }
        Some(self.mk(i, e, Kind::Date, val))
    }

    /// مطلع/أوائل/منتصف/أواخر/نهاية/بداية + period. The value is the enclosing period
    /// (`tmod` adds the TIMEX3 mod START/MID/END).
    fn part_of(&self, i: usize) -> Option<M> {
        let part = match self.lex(i)? {
            Lex::Part(p) => p,
            Lex::Ord(1) if self.is(i, "اول") => Part::Start,
            _ => return None,
        };
        let mut j = i + 1;
        if self.is(j, "من") {
            j += 1;
        }
        // أول الليل: the night part of the day.
        if part == Part::Start && self.is(j, "الليل") {
            let mut r = self.mk(i, j + 1, Kind::Time, None);
            r.clock = Some(Clock::Part("NI"));
            return Some(r);
        }
        // منتصف الليل / منتصف النهار / منتصف الصباح (mid-morning, 10:00)
        if part == Part::Mid && (self.is_any(j, &["الليل", "النهار", "الصباح"]) || self.is(j, "-"))
        {
            let k = if self.is(j, "-") { j + 1 } else { j };
            let h = if self.is(k, "الليل") {
                0
            } else if self.is(k, "النهار") {
                12
            } else if self.is(k, "الصباح") {
                10
            } else {
                return None;
            };
            let mut r = self.mk(i, k + 1, Kind::Time, None);
            r.clock = Some(Clock::Hm(h, 0, None));
            return Some(r);
        }
        // نهاية اليوم / نهاية الغد / نهاية هذا الأحد: the day's last minute (23:59).
        if part == Part::End && self.is(i, "نهايه") {
            let day = self
                .deictic(j)
                .or_else(|| self.weekday(j))
                .filter(|m| m.ti == j && m.kind == Kind::Date && m.clock.is_none());
            if let Some(mut m) = day.filter(|m| m.val.as_deref().is_some_and(is_day_value)) {
                m.span.start = self.start_of(i);
                m.ti = i;
                m.kind = Kind::Time;
                m.clock = Some(Clock::Hm(23, 59, None));
                return Some(m);
            }
        }
        let inner = self
            .same_period(j)
            .or_else(|| self.same_period(j + 1).filter(|m| m.ti == j))
            .or_else(|| self.month_phrase(j))
            .or_else(|| self.rel_period(j))
            .or_else(|| self.year_phrase(j).filter(|m| m.ti == j))
            .or_else(|| self.season(j))
            // «أواخر الخمسينات»، «مطلع التسعينيات من القرن الماضي»: a decade.
            .or_else(|| self.decade(j).filter(|m| m.ti == j))
            .or_else(|| {
                // نهاية أسبوعي: "my week" after an unambiguous part word (not نصف شهري).
                let own = self.is_any(i, &["نهايه", "بدايه", "مطلع"]);
                self.bare_period(j, false, own)
            })?;
        let mut m = inner;
        // نهاية الأسبوع (optionally preceded by عطلة) is the weekend: TIMEX3 `-WE`.
        let mut start = i;
        if part == Part::End && self.is(i, "نهايه") {
            if let Some(v) = m.val.as_mut() {
                if is_week_value(v) {
                    v.push_str("-WE");
                    if i > 0 && self.is(i - 1, "عطله") {
                        start = i - 1;
                    }
                }
            }
        }
        m.span.start = self.start_of(start);
        m.ti = start;
        Some(m)
    }

    /// After a part or rest-of word, a bare الشهر / العام / الأسبوع (and with
    /// `day`, اليوم) is the current one; with `own`, أسبوعي / شهري / يومي ("my
    /// week") too.
    fn bare_period(&self, j: usize, day: bool, own: bool) -> Option<M> {
        let g = match self.n(j) {
            "الشهر" => Grain::Month,
            "العام" | "السنه" => Grain::Year,
            "الاسبوع" => Grain::Week,
            "اليوم" if day => Grain::Day,
            "شهري" if own => Grain::Month,
            "اسبوعي" if own => Grain::Week,
            "يومي" if own && day => Grain::Day,
            _ => return None,
        };
        let val = match (self.r, g) {
            (None, Grain::Month) => "XXXX-XX".to_string(),
            (None, Grain::Week) => "XXXX-WXX".to_string(),
            (None, Grain::Day) => "XXXX-XX-XX".to_string(),
            (None, _) => "XXXX".to_string(),
            (Some(r), Grain::Month) => ymd(Some(r.year), Some(r.month), None),
            (Some(r), Grain::Week) => week_str(r),
            (Some(r), Grain::Day) => dstr(r),
            (Some(r), _) => pad_year(r.year),
        };
        Some(self.mk(j, j + 1, Kind::Date, Some(val)))
    }

    /// بقية الأسبوع / باقي الشهر / لبقية العام / بقية هذا الأسبوع / بقية اليوم /
    /// باقي أسبوعي: the rest of a period. As for parts of periods, the value is
    /// the enclosing period (TIMEX3 has no value for "from now to its end").
    fn rest_of(&self, i: usize) -> Option<M> {
        const REST: &[&str] = &[
            "بقيه",
            "باقي",
            "وبقيه",
            "وباقي",
            "لبقيه",
            "لباقي",
            "ولبقيه",
            "ولباقي",
            "فبقيه",
        ];
        if !self.is_any(i, REST) {
            return None;
        }
        let j = i + 1;
        let mut m = self
            .rel_period(j)
            .filter(|m| m.ti == j)
            .or_else(|| {
                self.deictic(j).filter(|m| {
                    m.ti == j
                        && m.kind == Kind::Date
                        && m.clock.is_none()
                        && m.val.as_deref().is_some_and(is_day_value)
                })
            })
            .or_else(|| {
                self.weekday(j)
                    .filter(|m| m.ti == j && m.kind == Kind::Date && m.clock.is_none())
            })
            .or_else(|| self.bare_period(j, true, true))?;
        m.span.start = self.start_of(i);
        m.ti = i;
        Some(m)
    }

    /// كل يوم / كل أسبوعين / كل ثلاثة أسابيع / كل يوم اثنين / أيام الأحد / يوميا
    fn set(&self, i: usize) -> Option<M> {
        match self.lex(i)? {
            Lex::SetAdv(g) => Some(self.mk(i, i + 1, Kind::Set, Some(grain_dur(g, 1.0)))),
            Lex::Every => {
                let j = i + 1;
                let part = match self.n(j) {
                    "صباح" => Some("TMO"),
                    "مساء" => Some("TEV"),
                    "ليله" => Some("TNI"),
                    _ => None,
                };
                if let Some(p) = part {
                    return Some(self.mk(i, j + 1, Kind::Set, Some(p.to_string())));
                }
                if let Some(Lex::Weekday(wd)) = self.lex(j) {
                    return Some(self.mk(i, j + 1, Kind::Set, Some(format!("XXXX-WXX-{wd}"))));
                }
                if let Some(n) = self.num(j) {
                    if !n.ord {
                        // «كل 20 عاما»: the accusative singular after 11–99.
                        if let Some((g, _, false)) =
                            self.lex(n.end).and_then(as_unit).or_else(|| {
                                self.is_any(n.end, &["عام", "عاما", "سنه"]).then_some((
                                    Grain::Year,
                                    Card::One,
                                    false,
                                ))
                            })
                        {
                            return Some(self.mk(i, n.end + 1, Kind::Set, Some(grain_dur(g, n.v))));
                        }
                    }
                }
                let (g, card, def) = self.lex(j).and_then(as_unit).or_else(|| {
                    self.is_any(j, &["عام", "سنه"])
                        .then_some((Grain::Year, Card::One, false))
                })?;
                if def || card == Card::Many {
                    return None;
                }
                if g == Grain::Day {
                    if let Some(Lex::Weekday(wd)) = self.lex(j + 1) {
                        return Some(self.mk(i, j + 2, Kind::Set, Some(format!("XXXX-WXX-{wd}"))));
                    }
                    if self.is(j + 1, "اثنين") {
                        return Some(self.mk(i, j + 2, Kind::Set, Some("XXXX-WXX-1".to_string())));
                    }
                }
                let v = if card == Card::Two { 2.0 } else { 1.0 };
                Some(self.mk(i, j + 1, Kind::Set, Some(grain_dur(g, v))))
            }
            Lex::Unit(Grain::Day, Card::Many, false) => {
                if let Some(Lex::Weekday(wd)) = self.lex(i + 1) {
                    if self.n(i + 1).starts_with("ال") {
                        return Some(self.mk(i, i + 2, Kind::Set, Some(format!("XXXX-WXX-{wd}"))));
                    }
                }
                None
            }
            _ => None,
        }
    }

    /// Decades and centuries as dates: التسعينيات، القرن الماضي، القرن التاسع عشر.
    fn decade(&self, i: usize) -> Option<M> {
        match self.lex(i)? {
            Lex::DecadeOf(d) => {
                // في الخمسينات من عمره: an age, not the 1950s.
                if self.is(i + 1, "من") && self.n(i + 2).starts_with("عمر")
                    || self.is(i + 1, "من") && self.is(i + 2, "العمر")
                {
                    return None;
                }
                // عشرينيات عمره: an age.
                if self.n(i + 1).starts_with("عمر") {
                    return None;
                }
                let mut e = i + 1;
                if self.is(e, "من") {
                    e += 1;
                }
                let century = self.century_at(e).map(|(c, end)| {
                    e = end;
                    c
                });
                if century.is_none() {
                    e = i + 1;
                }
                let c = century.unwrap_or_else(|| match self.r {
                    Some(r) if (r.year / 100) * 100 + d as i32 * 10 <= r.year => r.year / 100,
                    Some(r) => r.year / 100 - 1,
                    None => 19,
                });
                Some(self.mk(i, e, Kind::Date, Some(format!("{c:02}{d}"))))
            }
            Lex::Unit(Grain::Century, Card::One, true)
                if self.clitic(i) == 0
                    || self.n(i).starts_with('و')
                    || self.n(i).starts_with('ف') =>
            {
                if let Some(n) = self.word_num(i + 1).filter(|n| n.ord || n.v >= 10.0) {
                    if (1.0..=30.0).contains(&n.v) {
                        let mut e = n.end;
                        if self.is_any(e, &["الميلادي", "للميلاد"]) {
                            e += 1;
                        }
                        return Some(self.mk(
                            i,
                            e,
                            Kind::Date,
                            Some(format!("{:02}", n.v as i32 - 1)),
                        ));
                    }
                }
                // «القرن الـ 16»، «القرن ال14»: the ordinal in digits after a bare
                // article (the tatweel of «الـ» is dropped by the lexer); the 16th
                // century is "15".
                if self.is(i + 1, "ال") {
                    if let Some(n) = self.int(i + 2).filter(|n| (1..=30).contains(n)) {
                        let mut e = i + 3;
                        if self.is_any(e, &["الميلادي", "للميلاد"]) {
                            e += 1;
                        }
                        return Some(self.mk(i, e, Kind::Date, Some(format!("{:02}", n - 1))));
                    }
                }
                None
            }
            _ => None,
        }
    }

    /// The hundreds of the years of «القرن العشرين / القرن الماضي / القرن الحالي» or
    /// «الألفية الثالثة / الجديدة» at `e` (19, 19, 20, 20 written in 2018), and the
    /// end of the phrase.
    fn century_at(&self, e: usize) -> Option<(i32, usize)> {
        if self.is(e, "القرن") {
            if let Some(n) = self.word_num(e + 1) {
                let mut end = n.end;
                if self.dir(end).is_some() {
                    end += 1;
                }
                return (1.0..=30.0).contains(&n.v).then_some((n.v as i32 - 1, end));
            }
            let r = self.r?;
            let c = match self.dir(e + 1)? {
                Dir::Past | Dir::Last => r.year / 100 - 1,
                Dir::This => r.year / 100,
                Dir::Next => r.year / 100 + 1,
            };
            return Some((c, e + 2));
        }
        if self.is(e, "الالفيه") {
            let r = self.r?;
            if let Some(n) = self
                .word_num(e + 1)
                .filter(|n| n.ord && (1.0..=3.0).contains(&n.v))
            {
                return Some(((n.v as i32 - 1) * 10, n.end));
            }
            if self.is_any(e + 1, &["الجديده", "الحاليه"]) {
                return Some(((r.year / 1000) * 10, e + 2));
            }
            return Some(((r.year / 1000) * 10, e + 1));
        }
        None
    }

    /// The demonstrative (ذلك، تلك) or «نفس/ذات» right before token `i`, bare or
    /// after the preposition ب/ل («لذلك اليوم» "for that day", «بتلك الليلة»), with
    /// the number of prefix letters. «لذلك/بذلك» also mean "therefore/thereby" and
    /// open a clause («لذلك اليوم نطالب …»), so a prefixed ذلك counts only after a
    /// word of the same clause («أعلى حرارة في التاريخ لذلك اليوم»).
    fn demonstrative_before(&self, i: usize) -> Option<(&str, usize)> {
        const DEMO: &[&str] = &["ذلك", "تلك", "نفس", "ذات"];
        let n = self.n(i.checked_sub(1)?);
        if let Some(&d) = DEMO.iter().find(|&&d| d == n) {
            return Some((d, 0));
        }
        let bare = n.strip_prefix(['ل', 'ب'])?;
        let d = *DEMO.iter().find(|&&d| d == bare)?;
        if d == "ذلك" && !(i >= 2 && self.kind(i - 2) == Some(Tk::Word)) {
            return None;
        }
        Some((d, 1))
    }

    /// A span from the demonstrative before token `i` (its ب/ل left out) to token `e`.
    fn span_from_demonstrative(&self, i: usize, e: usize, kind: Kind, val: Option<String>) -> M {
        let mut m = self.mk(i - 1, e, kind, val);
        if let (Some((_, k)), Some(t)) = (self.demonstrative_before(i), self.t.get(i - 1)) {
            m.span.start = t.span.start + raw_prefix_len(t.span.slice(self.text), k);
        }
        m
    }

    /// «العام ذاته»، «الشهر نفسه»، «اليوم ذاته»، «نفس العام»، «ذلك العام»، «تلك السنة»:
    /// the year, month or day the narrative named before; the document pass gives
    /// the value (`anaph`).
    fn same_period(&self, i: usize) -> Option<M> {
        const SELF: &[&str] = &["نفسه", "ذاته", "نفسها", "ذاتها", "عينه"];
        const BEFORE: &[&str] = &["نفس", "ذات", "ذلك", "تلك"];
        let unit = |k: usize| -> Option<Grain> {
            let n = self.n(k);
            let n = n.strip_prefix(['و', 'ف']).unwrap_or(n);
            let n = match n.strip_prefix("لل") {
                Some(rest) => rest,
                None => n
                    .strip_prefix('ب')
                    .unwrap_or(n)
                    .strip_prefix("ال")
                    .unwrap_or(""),
            };
            match n {
                "عام" | "سنه" => Some(Grain::Year),
                "شهر" => Some(Grain::Month),
                "يوم" => Some(Grain::Day),
                _ => None,
            }
        };
        let g = unit(i)?;
        // The word before is not a lexicon word, so the phrase is found from the noun.
        let demo = self
            .demonstrative_before(i)
            .filter(|(d, _)| BEFORE.contains(d) && self.n(i).starts_with("ال"));
        let (s, e) = if self.is_any(i + 1, SELF) {
            (i, i + 2)
        } else if let Some((d, _)) = demo {
            // A demonstrative agrees: ذلك العام، تلك السنة.
            let fem = self.n(i).ends_with('ه');
            if (d == "ذلك" && fem) || (d == "تلك" && !fem) {
                return None;
            }
            (i - 1, i + 1)
        } else {
            return None;
        };
        let r = self.r;
        let val = match g {
            Grain::Year => r.map(|r| format!("{:04}", r.year)),
            Grain::Month => r.map(|r| format!("{:04}-{:02}", r.year, r.month)),
            _ => r.map(dstr),
        };
        let mut m = if s + 1 == i {
            self.span_from_demonstrative(i, e, Kind::Date, val)
        } else {
            self.mk(s, e, Kind::Date, val)
        };
        m.anaph = Some(g);
        Some(m)
    }

    /// A day of the month written right before «من» + token `k` («في 24 من الشهر
    /// ذاته»، «الخامس من نفس الشهر»، «الثالث والعشرين من الشهر نفسه»), after a
    /// preposition: its first token and the day.
    pub(super) fn day_before_of(&self, k: usize) -> Option<(usize, u32)> {
        if k < 3 || !self.is(k - 1, "من") {
            return None;
        }
        let day = if let Some(d) = self.int(k - 2).filter(|_| self.n(k - 2).len() <= 2) {
            Some((k - 2, d))
        } else {
            (k.saturating_sub(4)..k - 1).find_map(|s| {
                self.word_num(s)
                    .filter(|n| n.ord && n.end == k - 1)
                    .map(|n| (s, n.v as i64))
            })
        };
        let (s, d) = day.filter(|&(_, d)| (1..=31).contains(&d))?;
        const PREPS: &[&str] = &[
            "في", "حتي", "منذ", "الي", "من", "بين", "قبل", "بعد", "،", ",",
        ];
        let before = self.n(s.checked_sub(1)?);
        let bare = before.strip_prefix(['و', 'ف']).unwrap_or(before);
        (PREPS.contains(&before) || PREPS.contains(&bare)).then_some((s, d as u32))
    }

    /// Decades counted by ordinals in a century: «العقد الثامن من القرن الماضي» → 197,
    /// «العقد الأول من الألفية» → 200; «العقدين الثامن والتاسع من القرن العشرين» → 197
    /// and 198 (the two ends). Without a century (في العقد الرابع من العمر: an age) no
    /// date.
    fn ordinal_decades(&self, i: usize) -> Option<Vec<M>> {
        let (g, card, def) = self.lex(i).and_then(as_unit)?;
        if g != Grain::Decade || !def || card == Card::Many {
            return None;
        }
        let first = self
            .word_num(i + 1)
            .filter(|n| n.ord && (1.0..=10.0).contains(&n.v))?;
        let mut ends = vec![(i, first.end, first.v as i32)];
        let mut e = first.end;
        if card == Card::Two {
            let second = self
                .word_num_w(e, true)
                .filter(|n| n.ord && (1.0..=10.0).contains(&n.v))?;
            ends.push((e, second.end, second.v as i32));
            e = second.end;
        }
        if !self.is(e, "من") {
            return None;
        }
        let (c, end) = self.century_at(e + 1)?;
        let n = ends.len();
        let out = ends
            .into_iter()
            .enumerate()
            .map(|(k, (a, b, d))| {
                let b = if k + 1 == n { end } else { b };
                self.mk(a, b, Kind::Date, Some(format!("{c:02}{}", d - 1)))
            })
            .collect();
        Some(out)
    }

    /// Is the part-of-day word at `e` in the construct state with a day named right
    /// after it («مساء الأربعاء»، «صباح اليوم»، «فجر يوم السبت»)? The construct noun
    /// (مساء، صباح، فجر، ظهر، عصر، ليل، ليلة) belongs to that day, not to a date or
    /// weekday before it: «أحيلت المذكرة إلى 24 حزيران مساء الأربعاء» is filed on
    /// Wednesday evening for an election on 24 June. The adverbial accusative
    /// («صباحا»، «مساءً» is normalized to «مساء» and stays ambiguous) does not look right.
    fn part_binds_right(&self, e: usize) -> bool {
        self.is_any(
            e,
            &["صباح", "مساء", "فجر", "ظهر", "عصر", "ليل", "ليله", "صبيحه"],
        ) && (self.is(e + 1, "يوم")
            || matches!(self.lex(e + 1), Some(Lex::Weekday(_) | Lex::Deictic(_))))
    }

    /// Day-part + day: صباح اليوم، مساء أمس، ليل الخميس، فجر السبت.
    fn daypart_day(&self, i: usize) -> Option<M> {
        let code = match self.n(i) {
            "صباح" | "وصباح" | "فجر" | "وفجر" | "صبيحه" => "MO",
            "مساء" | "ومساء" | "عصر" | "وعصر" | "ظهر" | "بعد" => "AF",
            "ليل" | "ليله" | "وليل" | "وليله" | "ليلة" => "NI",
            _ => return None,
        };
        let code = if self.n(i).contains("مساء") {
            "EV"
        } else {
            code
        };
        let mut j = i + 1;
        let code = if self.is(i, "بعد") {
            if self.is(j, "ظهر") {
                j += 1;
                "AF"
            } else {
                return None;
            }
        } else {
            code
        };
        // «فجر 25 يوليو»: a day of a month too.
        let inner = self
            .deictic(j)
            .filter(|m| m.ti == j)
            .or_else(|| {
                self.weekday(j)
                    .filter(|m| m.ti == j && m.kind == Kind::Date)
            })
            .or_else(|| {
                self.day_month(j).filter(|m| {
                    m.ti == j
                        && m.kind == Kind::Date
                        && self.int(j).is_some()
                        && m.val.as_deref().is_some_and(is_day_value)
                })
            })?;
        let mut m = inner;
        // ليلة الأحد الاثنين القادمة: the night from one day to the next is dated by
        // its first day, and a direction after the second day applies to the pair.
        if code == "NI" && m.te == j + 1 {
            if let (Some(Lex::Weekday(w1)), Some(Lex::Weekday(w2))) = (self.lex(j), self.lex(m.te))
            {
                let second = (w2 == w1 % 7 + 1)
                    .then(|| self.weekday(m.te))
                    .flatten()
                    .filter(|x| x.kind == Kind::Date);
                // Without a direction on the second day the first is resolved as
                // usual (its own cues); with one (القادمة) the pair follows it.
                if let Some(x) = second {
                    let first = if x.te > m.te + 1 {
                        x.val
                            .as_deref()
                            .and_then(Date::parse_iso)
                            .map(|d| dstr(cal::add_days(d, -1)))
                    } else {
                        m.val.clone()
                    };
                    if first.is_some() {
                        m.val = first;
                        m.te = x.te;
                        m.span.end = x.span.end;
                    }
                }
            }
        }
        m.span.start = self.start_of(i);
        m.ti = i;
        m.kind = Kind::Time;
        m.clock = Some(Clock::Part(code));
        // صباح اليوم الساعة 10: the clock wins.
        Some(m)
    }

    /// الأسبوع الماضي / هذا الأسبوع / الأسبوع الحالي at i → (week offset, end).
    fn rel_week(&self, i: usize) -> Option<(i64, usize)> {
        let (mut j, mut this) = (i, false);
        if self.is(j, "هذا") {
            this = true;
            j += 1;
        }
        if !matches!(self.lex(j), Some(Lex::Unit(Grain::Week, Card::One, true))) {
            return None;
        }
        match (this, self.dir(j + 1)) {
            (true, None) => Some((0, j + 1)),
            (_, Some(Dir::Past | Dir::Last)) => Some((-1, j + 2)),
            (_, Some(Dir::Next)) => Some((1, j + 2)),
            (_, Some(Dir::This)) => Some((0, j + 2)),
            (false, None) => None,
        }
    }

    fn weekday_in_week(&self, wd: u32, off: i64) -> Option<String> {
        let Some(r) = self.r else {
            return Some(format!("XXXX-WXX-{wd}"));
        };
        let monday = cal::add_days(r, -(i64::from(cal::weekday(r)) - 1) + 7 * off);
        Some(dstr(cal::add_days(monday, i64::from(wd) - 1)))
    }

    /// Day of the month without a month name, nearest the reference date.
    fn day_of_month(&self, d: u32) -> Option<String> {
        let Some(r) = self.r else {
            return Some(ymd(None, None, Some(d)));
        };
        let off = match self.o.bias {
            Bias::News => {
                if d <= r.day {
                    0
                } else {
                    -1
                }
            }
            Bias::Future => {
                if d >= r.day {
                    0
                } else {
                    1
                }
            }
        };
        let (y, m) = cal::add_months(r.year, r.month, off);
        cal::date(y, m, d).map(dstr)
    }

    /// Day `d` named with its weekday (الجمعة 11، الثلاثاء الحادي والثلاثين):
    /// the month that [`Self::day_of_month`] picks when its day `d` falls on
    /// that weekday, else the date within two weeks of the reference where it
    /// does. `None` when neither: the number is then more likely a count
    /// (اتهمت الجمعة 12 عنصرا، الجمعة السابعة للاحتجاجات) and the weekday
    /// stands alone. Without a reference date the day of month is kept.
    fn weekday_day(&self, wd: u32, d: u32) -> Option<Option<String>> {
        let plain = self.day_of_month(d);
        let Some(r) = self.r else {
            return Some(plain);
        };
        let on_wd = |v: &str| Date::parse_iso(v).is_some_and(|x| cal::weekday(x) == wd);
        if plain.as_deref().is_some_and(on_wd) {
            return Some(plain);
        }
        let rj = cal::jdn(r.year, r.month, r.day);
        (-1..=1)
            .filter_map(|off| {
                let (y, m) = cal::add_months(r.year, r.month, off);
                cal::date(y, m, d).filter(|x| cal::weekday(*x) == wd)
            })
            .map(|x| ((cal::jdn(x.year, x.month, x.day) - rj).abs(), x))
            .filter(|(dist, _)| *dist <= 14)
            .min_by_key(|(dist, _)| *dist)
            .map(|(_, x)| Some(dstr(x)))
    }

    /// Day number `k` after weekday `wd` opening a range «WEEKDAY N إلى/حتى [WEEKDAY] M
    /// MONTH [YEAR]»: the date of day N in the month of the second end, when it falls
    /// on `wd`.
    fn weekday_day_range_start(&self, wd: u32, k: usize) -> Option<String> {
        let d = self
            .int(k)
            .filter(|d| (1..=31).contains(d) && self.n(k).len() <= 2)?;
        if !self.is_any(k + 1, &["الي", "حتي", "وحتي", "والي", "-"]) {
            return None;
        }
        let mut q = k + 2;
        if matches!(self.lex(q), Some(Lex::Weekday(_))) {
            q += 1;
        }
        let d2 = self
            .int(q)
            .filter(|d2| *d2 > d && *d2 <= 31 && self.n(q).len() <= 2)?;
        let (v2, _) = self.month_tail(Some(d2 as u32), q + 1, true)?;
        let (ym, _) = v2?
            .rsplit_once('-')
            .map(|(a, b)| (a.to_string(), b.to_string()))?;
        let v1 = format!("{ym}-{d:02}");
        Date::parse_iso(&v1)
            .filter(|x| cal::weekday(*x) == wd)
            .map(|_| v1)
    }

    /// A bare year (1900–2100) as the subject or predicate of a clause about time:
    /// «إن 2019 سيكون عاما حاسما»، «أن 2020 سيشهد انتعاشا» (after إن/أن, a verb of
    /// being or witnessing follows), «أن يكون 2019 عاما صعبا» (after يكون, «عاما/سنة»
    /// follows). A count is never the subject of these verbs nor called a year.
    fn year_as_subject(&self, i: usize, ye: usize, y: i32) -> bool {
        const BE: &[&str] = &[
            "سيكون",
            "كان",
            "سيشهد",
            "شهد",
            "يشهد",
            "سيصبح",
            "اصبح",
            "سيمثل",
        ];
        if !(1900..=2100).contains(&y) || i == 0 {
            return false;
        }
        let after_that = self.is_any(i - 1, &["ان", "وان", "بان", "لان"]) && self.is_any(ye, BE);
        let after_be = self.is_any(i - 1, &["يكون", "سيكون", "ليكون", "تكون", "ستكون"])
            && self.is_any(ye, &["عاما", "سنه", "عام"]);
        after_that || after_be
    }

    /// الأسبوع المقبل [يوم] الجمعة / هذا الأسبوع الجمعة.
    fn week_weekday(&self, i: usize) -> Option<M> {
        let (off, mut e) = self.rel_week(i)?;
        if self.is_any(e, &["،", ","]) {
            e += 1;
        }
        if self.is(e, "يوم") {
            e += 1;
        }
        let Some(Lex::Weekday(wd)) = self.lex0(e) else {
            return None;
        };
        Some(self.mk(i, e + 1, Kind::Date, self.weekday_in_week(wd, off)))
    }

    /// يوم 27 (the 27th of the month).
    fn day_number(&self, i: usize) -> Option<M> {
        if !self.is_any(i, &["يوم", "ليوم", "بيوم", "ويوم"]) {
            return None;
        }
        let d = self
            .int(i + 1)
            .filter(|d| (1..=31).contains(d) && self.n(i + 1).len() <= 2)?;
        if self.day_month(i + 1).is_some() {
            return None;
        }
        if matches!(
            self.lex(i + 2),
            Some(Lex::Unit(..) | Lex::Month(..) | Lex::MonthHead(..))
        ) || self.kind(i + 2) == Some(Tk::Num)
        {
            return None;
        }
        Some(self.mk(i, i + 2, Kind::Date, self.day_of_month(d as u32)))
    }

    /// 13 إلى 15 تموز / من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر → two dates.
    fn day_range(&self, i: usize) -> Option<Vec<M>> {
        let a = self.num(i)?;
        if a.v.fract() != 0.0 || !(1.0..=31.0).contains(&a.v) || (a.digits && self.n(i).len() > 2) {
            return None;
        }
        let mut k = a.end;
        // «في الأول والرابع من يونيو»، «العاشر والحادي عشر من سبتمبر»: a list of
        // ordinal days whose second word carries و (the number reader stops there,
        // as a unit after a unit is no compound).
        let glued = !a.digits
            && a.ord
            && self.n(k).starts_with('و')
            && self.word_num_w(k, true).is_some_and(|b| b.ord);
        if !glued {
            // «اعتبارا من 10 لـ20 سبتمبر»: after «من» a clitic ل glued to the second
            // number is "to" as well.
            let lam_to = self.is_any(k, &["ل", "لـ"])
                && self.kind(k + 1) == Some(Tk::Num)
                && i > 0
                && self.is_any(i - 1, &["من", "ومن"]);
            if !lam_to && !self.is_any(k, &["الي", "حتي", "وحتي", "-", "و", "والي"])
            {
                return None;
            }
            k += 1;
        }
        let b = if glued {
            self.word_num_w(k, true)?
        } else {
            self.num(k)?
        };
        if b.v.fract() != 0.0 || b.v > 31.0 || b.v <= a.v || (b.digits && self.n(k).len() > 2) {
            return None;
        }
        let mut t = b.end;
        if self.is(t, "-") {
            t += 1;
        }
        let (v1, v2, e) = if let Some((v2, e)) = self.month_tail(Some(b.v as u32), t, true) {
            let v1 = v2
                .as_ref()
                .and_then(|v| v.rsplit_once('-'))
                .map(|(p, _)| format!("{p}-{:02}", a.v as u32));
            (v1, v2, e)
        } else {
            // من 4 إلى 22 هذا الشهر / من 4 حتى 23 من الشهر المقبل
            let t2 = if self.is_any(t, &["من", "في"]) {
                t + 1
            } else {
                t
            };
            let m = self.rel_period(t2).filter(|m| {
                m.val
                    .as_ref()
                    .is_some_and(|v| v.len() == 7 && !v.contains('W'))
            })?;
            let p = m.val.clone().unwrap_or_default();
            let day = |d: f64| -> Option<String> {
                let y = p.get(0..4)?.parse().ok()?;
                let mo = p.get(5..7)?.parse().ok()?;
                cal::date(y, mo, d as u32).map(dstr)
            };
            (day(a.v), day(b.v), m.te)
        };
        Some(vec![
            self.mk(i, a.end, Kind::Date, v1),
            self.mk(k, e, Kind::Date, v2),
        ])
    }

    /// An age as an ordinal or a tens word: «في السادسة والعشرين من عمره»، «في
    /// الخمسين من عمرها»، «في الحادية عشرة من العمر» → DURATION PnY, from the
    /// number to the «عمر» word. «في الثامنة صباحا» (no «من عمر…») is a clock time.
    fn ordinal_age(&self, i: usize) -> Option<M> {
        if i == 0 || !self.is_any(i - 1, &["في", "وفي", "وهو", "وهي"]) {
            return None;
        }
        let n = self.word_num(i)?;
        if n.digits || n.v.fract() != 0.0 || !(1.0..=120.0).contains(&n.v) {
            return None;
        }
        // An ordinal (السادسة، الحادية عشرة) or a definite tens word (الخمسين).
        let tens = self.n(i).starts_with("ال") && n.v >= 20.0 && n.v % 10.0 == 0.0;
        if !(n.ord || tens) {
            return None;
        }
        // «وهو في الثالثة والعشرين»، «وهي في الخامسة والثلاثين»: after a pronoun of a
        // person an ordinal from 13 up is an age without «من عمره» too (no clock
        // reads so; a part of day or a time zone after it still makes it one).
        let of_person = i >= 2
            && self.is(i - 1, "في")
            && self.is_any(i - 2, &["وهو", "وهي", "وهما", "وهم", "هو", "هي"])
            && n.v >= 13.0
            && !self.is(n.end, "من")
            && self.daypart(n.end).is_none()
            && self.tz(n.end).0 == n.end
            && !self.is_any(n.end, &["عشر", "عشره", "بتوقيت", "تماما"]);
        if of_person {
            return Some(self.mk(i, n.end, Kind::Duration, Some(grain_dur(Grain::Year, n.v))));
        }
        if !self.is(n.end, "من") {
            return None;
        }
        let age = n.end + 1;
        if !self.age_word(age) {
            return None;
        }
        Some(self.mk(
            i,
            age + 1,
            Kind::Duration,
            Some(grain_dur(Grain::Year, n.v)),
        ))
    }

    /// Is the word at k «عمره/عمرها/عمرهما/العمر…», the age of «من عمره»?
    fn age_word(&self, k: usize) -> bool {
        let w = self.n(k);
        (w.starts_with("عمر") || w == "العمر") && w.chars().count() <= 6
    }

    /// An age as a number without a unit: «في الـ33 من عمره»، «بلغت الـ16 من
    /// عمرها»، «في عمر الـ 92»، «في سن الـ15»، «بعمر 54» → DURATION PnY. The
    /// number (1–120, digits) follows «الـ» before «من عمره», or «عمر/سن» governed
    /// by a preposition (في، عن، عند، تحت، فوق، ب…) or by «بلغ/بلوغ». With a unit
    /// after the number («في عمر الـ6 سنوات») the count of years is read instead.
    fn age_number(&self, i: usize) -> Option<M> {
        let number = |k: usize| {
            self.int(k)
                .filter(|v| (1..=120).contains(v) && self.n(k).len() <= 3)
                .map(|v| grain_dur(Grain::Year, v as f64))
        };
        if self.is(i, "ال") {
            let val = number(i + 1)?;
            return (self.is(i + 2, "من") && self.age_word(i + 3))
                .then(|| self.mk(i, i + 4, Kind::Duration, Some(val)));
        }
        let w = self.n(i);
        let (bare, prefixed) = match w.strip_prefix('ب') {
            Some(r) => (r, true),
            None => (w, false),
        };
        if !matches!(bare, "عمر" | "سن") {
            return None;
        }
        let governed = prefixed
            || (i > 0
                && self.is_any(
                    i - 1,
                    &[
                        "في",
                        "وفي",
                        "عن",
                        "عند",
                        "تحت",
                        "فوق",
                        "بلوغ",
                        "ببلوغ",
                        "بلغ",
                        "بلغت",
                        "حتي",
                        "دون",
                    ],
                ));
        if !governed {
            return None;
        }
        let j = if self.is(i + 1, "ال") { i + 2 } else { i + 1 };
        let val = number(j)?;
        if matches!(self.lex(j + 1), Some(Lex::Unit(..) | Lex::YearWord(_)))
            || self.is_any(j + 1, &["عاما", "عام", "سنه", "و", "-", "الي"])
            || self.kind(j + 1) == Some(Tk::Num)
        {
            return None;
        }
        let e = if self.is(j + 1, "من") && self.age_word(j + 2) {
            j + 3
        } else {
            j + 1
        };
        Some(self.mk(i, e, Kind::Duration, Some(val)))
    }

    /// Holidays: عيد الفطر، عيد الأضحى، رأس السنة الهجرية، عيد الميلاد، عيد الفصح … [year].
    fn holiday(&self, i: usize) -> Option<M> {
        enum H {
            Fixed(u32, u32),
            Hijri(u32, u32),
            Easter,
            /// (month, ISO weekday, n): the n-th such weekday of the month.
            Nth(u32, u32, u32),
        }
        let n1 = self.n(i + 1);
        let (h, mut e) = match self.n(i) {
            "عيد" | "وعيد" | "بعيد" | "لعيد" => match n1 {
                "الفطر" => (H::Hijri(10, 1), i + 2),
                "الاضحي" | "الاضحى" => (H::Hijri(12, 10), i + 2),
                "الميلاد" if !self.n(i + 2).starts_with("ه") => (H::Fixed(12, 25), i + 2),
                "الفصح" => (H::Easter, i + 2),
                "العمال" => (H::Fixed(5, 1), i + 2),
                "الحب" => (H::Fixed(2, 14), i + 2),
                "الام" => (H::Fixed(3, 21), i + 2),
                "الشكر" => (H::Nth(11, 4, 4), i + 2),
                _ => return None,
            },
            "راس" | "وراس" | "براس" => {
                if n1 != "السنه" {
                    return None;
                }
                match self.n(i + 2) {
                    "الهجريه" => (H::Hijri(1, 1), i + 3),
                    "الميلاديه" | "الجديده" => (H::Fixed(1, 1), i + 3),
                    _ => (H::Fixed(1, 1), i + 2),
                }
            }
            "الكريسماس" | "كريسماس" => (H::Fixed(12, 25), i + 1),
            // Yuandan (元旦), the Chinese name of New Year's Day.
            "يواندان" | "ويواندان" => (H::Fixed(1, 1), i + 1),
            // Land Day (30 March) in Arabic news; يوم الأرض العالمي is Earth Day (22 April).
            "يوم" if n1 == "الارض" => {
                if self.is(i + 2, "العالمي") {
                    (H::Fixed(4, 22), i + 3)
                } else {
                    (H::Fixed(3, 30), i + 2)
                }
            }
            "المولد" if n1 == "النبوي" => (H::Hijri(3, 12), i + 2),
            "يوم" if n1 == "عرفه" => (H::Hijri(12, 9), i + 2),
            "يوم" if n1 == "الشكر" => (H::Nth(11, 4, 4), i + 2),
            "يوم" if n1 == "الاب" => (H::Nth(6, 7, 3), i + 2),
            "ليله" if n1 == "راس" && self.is(i + 2, "السنه") => {
                let e = if self.is_any(i + 3, &["الجديده", "الميلاديه"]) {
                    i + 4
                } else {
                    i + 3
                };
                (H::Fixed(12, 31), e)
            }
            "ليله" if n1 == "القدر" => (H::Hijri(9, 27), i + 2),
            _ => return None,
        };
        let ye0 = if self.is_any(e, &["عام", "سنه", "لعام"]) {
            e + 1
        } else {
            e
        };
        let year = self
            .year(ye0, false)
            .map(|(y, ye)| {
                e = ye;
                y
            })
            .or_else(|| {
                // عيد الفطر العام المقبل / يواندان العام المقبل
                let (y, ye) = self.rel_year(e)?;
                e = ye;
                y
            });
        let easter = |y: i32| -> Option<Date> {
            // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
            let a = y % 19;
            let b = y / 100;
            let c = y % 100;
            let d = b / 4;
            let ee = b % 4;
            let f = (b + 8) / 25;
            let g = (b - f + 1) / 3;
            let hh = (19 * a + b - d - g + 15) % 30;
            let ii = c / 4;
            let k = c % 4;
            let l = (32 + 2 * ee + 2 * ii - hh - k) % 7;
            let m = (a + 11 * hh + 22 * l) / 451;
            let month = (hh + l - 7 * m + 114) / 31;
            let day = (hh + l - 7 * m + 114) % 31 + 1;
            cal::date(y, month as u32, day as u32)
        };
        // Occurrences in a Gregorian year.
        let in_year = |y: i32| -> Vec<Date> {
            match h {
                H::Fixed(m, d) => cal::date(y, m, d).into_iter().collect(),
                H::Easter => easter(y).into_iter().collect(),
                H::Nth(m, wd, n) => cal::date(y, m, 1)
                    .and_then(|first| {
                        cal::date(y, m, 1 + (wd + 7 - cal::weekday(first)) % 7 + 7 * (n - 1))
                    })
                    .into_iter()
                    .collect(),
                H::Hijri(m, d) => {
                    let (hy, _, _) = cal::gregorian_to_hijri(Date {
                        year: y,
                        month: 1,
                        day: 1,
                    });
                    (hy..=hy + 1)
                        .filter_map(|hy| cal::hijri_to_gregorian(hy, m, d))
                        .filter(|g| g.year == y)
                        .collect()
                }
            }
        };
        let val = if let Some(y) = year {
            in_year(y).first().map(|d| dstr(*d))
        } else if let Some(r) = self.r {
            let rj = cal::jdn(r.year, r.month, r.day);
            let mut cands: Vec<Date> = (r.year - 1..=r.year + 1).flat_map(in_year).collect();
            cands.sort();
            let pick = match self.o.bias {
                Bias::Future => cands
                    .into_iter()
                    .find(|d| cal::jdn(d.year, d.month, d.day) >= rj),
                Bias::News => cands
                    .into_iter()
                    .min_by_key(|d| (cal::jdn(d.year, d.month, d.day) - rj).abs()),
            };
            pick.map(dstr)
        } else {
            match h {
                H::Fixed(m, d) => Some(ymd(None, Some(m), Some(d))),
                _ => None,
            }
        };
        let mut m = self.mk(i, e, Kind::Date, val);
        // «وعيد الميلاد»، «بعيد الفصح»، «وراس السنة»: the proclitic stays outside.
        if ["وعيد", "بعيد", "لعيد", "وراس", "براس", "ويواندان"].contains(&self.n(i))
        {
            if let Some(t) = self.t.get(i) {
                m.span.start = t.span.start + raw_prefix_len(t.span.slice(self.text), 1);
            }
        }
        Some(m)
    }

    /// An ordinal for "nth … of the month": (n, definite); n = -1 for "last".
    fn ord_at(&self, i: usize) -> Option<(i32, bool)> {
        let n = self.n(i);
        if ["اخر", "الاخير", "الاخيره"].contains(&n) {
            return Some((-1, n.starts_with("ال")));
        }
        match self.lex0(i) {
            Some(Lex::Ord(v))
                if (1..=5).contains(&v)
                    && !self.is(i + 1, "عشر")
                    && !self.is(i + 1, "عشره")
                    && !self.n(i + 1).starts_with("وال") =>
            {
                Some((v as i32, n.starts_with("ال")))
            }
            _ => None,
        }
    }

    /// A year after "of": العام المقبل، هذا العام، عام 2015، عام ألفين وسبعة وعشرين.
    fn year_ref(&self, k: usize) -> Option<(Option<i32>, usize)> {
        if let Some(r) = self.rel_year(k) {
            return Some(r);
        }
        let m = self.year_phrase(k)?;
        let y = m.val.as_deref().filter(|v| v.len() == 4)?.parse().ok();
        Some((y, m.te))
    }

    /// (year, month) of a month reference after "of": من شهر أكتوبر 2014، بأيلول، من الشهر القادم.
    fn month_ref(&self, k: usize) -> Option<(Option<(i32, u32)>, usize)> {
        let k2 = if self.is_any(k, &["من", "في"]) {
            k + 1
        } else {
            k
        };
        if let Some(m) = self.rel_period(k2) {
            if let Some(v) = &m.val {
                if v.len() == 7 {
                    let y = v.get(0..4).and_then(|x| x.parse().ok());
                    let mo = v.get(5..7).and_then(|x| x.parse().ok());
                    return Some((y.zip(mo), m.te));
                }
                if v == "XXXX-XX" {
                    return Some((None, m.te));
                }
            }
        }
        let (v, e) = self.month_tail(None, k, true)?;
        let ym = v
            .as_deref()
            .filter(|v| v.len() == 7)
            .and_then(|v| Some((v.get(0..4)?.parse().ok()?, v.get(5..7)?.parse().ok()?)));
        Some((ym, e))
    }

    /// أول ثلاثاء من شهر أكتوبر / الاثنين الأخير من آذار / آخر يوم من الشهر / الأسبوع الأول من أكتوبر 2014.
    fn nth_in_month(&self, i: usize) -> Option<M> {
        enum W {
            Day(u32),
            AnyDay,
            Week,
        }
        let (n, what, k) = if let Some((n, false)) = self.ord_at(i) {
            let mut j = i + 1;
            if self.is(j, "يوم") {
                j += 1;
            }
            match self.lex(j) {
                Some(Lex::Weekday(wd)) => (n, W::Day(wd), j + 1),
                _ if j == i + 2 => (n, W::AnyDay, j),
                Some(Lex::Unit(Grain::Week, Card::One, false)) => (n, W::Week, j + 1),
                _ if self.is(i + 1, "اثنين") => (n, W::Day(1), i + 2),
                _ => return None,
            }
        } else {
            let mut j = i;
            if self.is(j, "يوم") {
                j += 1;
            }
            let what = match self.lex(j)? {
                Lex::Weekday(wd) => W::Day(wd),
                Lex::Deictic(0) => W::AnyDay,
                Lex::Unit(Grain::Week, Card::One, true) => W::Week,
                _ => return None,
            };
            let (n, def) = self.ord_at(j + 1)?;
            if !def {
                return None;
            }
            (n, what, j + 2)
        };
        // "of": من / في / ب-prefixed month.
        let glue_ok = self.is_any(k, &["من", "في"]) || self.n(k).starts_with('ب');
        if matches!(what, W::Week) {
            // الأسبوع الثالث من عام 2027 / الأسبوع الأول من هذا العام / الأسبوع الثالث العام المقبل.
            if let Some((y, e)) = self.year_ref(if glue_ok { k + 1 } else { k }) {
                let val = y.and_then(|y| iso_week_of_year(y, n));
                return Some(self.mk(i, e, Kind::Date, val));
            }
        }
        if !glue_ok {
            return None;
        }
        let (ym, e) = self.month_ref(k)?;
        let val = ym.and_then(|(y, m)| {
            let dim = crate::days_in_month(y, m);
            match what {
                W::AnyDay => {
                    let d = if n < 0 { dim } else { n as u32 };
                    cal::date(y, m, d).map(dstr)
                }
                W::Day(wd) => {
                    let first = cal::weekday(cal::date(y, m, 1)?);
                    let d1 = 1 + (wd + 7 - first) % 7;
                    let d = if n < 0 {
                        d1 + 7 * ((dim - d1) / 7)
                    } else {
                        d1 + 7 * (n as u32 - 1)
                    };
                    cal::date(y, m, d).map(dstr)
                }
                W::Week => {
                    let first = cal::weekday(cal::date(y, m, 1)?);
                    let mon1 = 1 + (8 - first) % 7;
                    let d = if n < 0 {
                        let mut d = mon1;
                        while d + 7 + 6 <= dim {
                            d += 7;
                        }
                        d
                    } else {
                        mon1 + 7 * (n as u32 - 1)
                    };
                    if d + 6 > dim {
                        return None;
                    }
                    cal::date(y, m, d).map(week_str)
                }
            }
        });
        Some(self.mk(i, e, Kind::Date, val))
    }

    /// طوال اليوم / طيلة العام / طوال الشهر → P1D / P1Y / P1M.
    fn throughout(&self, i: usize) -> Option<M> {
        if !self.is_any(i, &["طوال", "طيله", "وطوال", "وطيله"]) {
            return None;
        }
        let g = match self.lex(i + 1)? {
            Lex::Unit(g, Card::One, true) => g,
            Lex::Deictic(0) => Grain::Day,
            Lex::YearWord(_) if self.is_any(i + 1, &["العام", "السنه"]) => Grain::Year,
            _ => return None,
        };
        // طوال العام الماضي is a date, not a duration.
        if self.dir(i + 2).is_some() {
            return None;
        }
        Some(self.mk(i, i + 2, Kind::Duration, Some(grain_dur(g, 1.0))))
    }

    /// A lone hour for a clock range: digits ≤ 24, h:mm, or a feminine ordinal (الخامسة).
    fn hour_at(&self, i: usize) -> Option<(i64, i64, usize, bool)> {
        let mut j = i;
        let clock = matches!(self.lex(j), Some(Lex::Clock));
        if clock {
            j += 1;
        }
        let t = self.t.get(j)?;
        if t.kind == Tk::Num {
            let parts: Vec<&str> = t.norm(self.buf).split(':').collect();
            return match parts.as_slice() {
                [a] if a.len() <= 2 => a
                    .parse()
                    .ok()
                    .filter(|h| *h <= 24)
                    .map(|h| (h, 0, j + 1, clock)),
                [a, b] if b.len() == 2 && a.len() <= 2 => {
                    Some((a.parse().ok()?, b.parse().ok()?, j + 1, true))
                }
                _ => None,
            };
        }
        let n = self.word_num_x(j, false, false)?;
        if n.ord && self.n(j).ends_with('ه') && (1.0..=12.0).contains(&n.v) {
            let mut e = n.end;
            let mut m = 0;
            if self.is_any(e, &["والنصف", "ونصف"]) {
                m = 30;
                e += 1;
            } else if self.is_any(e, &["والربع", "وربع"]) {
                m = 15;
                e += 1;
            }
            return Some((n.v as i64, m, e, true));
        }
        None
    }

    /// من 5 إلى 6 مساءً / بين الساعة 8 صباحا و 2 مساء / 1-3 مساء → two TIMEs.
    fn clock_range(&self, i: usize) -> Option<Vec<M>> {
        let s = if self.is_any(i, &["من", "بين", "ما"]) {
            i + usize::from(self.is(i, "ما")) + 1
        } else {
            i
        };
        // A single token "1-3" followed by a day part.
        if let Some(t) = self.t.get(s).filter(|t| t.kind == Tk::Num) {
            let parts: Vec<&str> = t.norm(self.buf).split('-').collect();
            if let [a, b] = parts.as_slice() {
                let (a, b): (i64, i64) = (a.parse().ok()?, b.parse().ok()?);
                let dp = self.daypart(s + 1)?;
                if a > 24 || b > 24 {
                    return None;
                }
                let e = s + 1 + self.daypart_len(s + 1);
                // «بنتيجة 3-1 مساء السبت»: a score, not a range of hours.
                if s == i && self.day_follows(e) {
                    return None;
                }
                let c1 = self.clock(a, 0, None, Some(dp));
                let c2 = self.clock(b, 0, None, Some(dp));
                let (mid, after) = self.sep_bounds(t);
                let m1 = M {
                    span: Span::new(t.span.start, mid),
                    ti: s,
                    te: s + 1,
                    kind: Kind::Time,
                    val: None,
                    clock: Some(c1),
                    dp: true,
                    float: None,
                    rel: None,
                    anaph: None,
                };
                let mut m2 = self.mk(s, e, Kind::Time, None);
                m2.span.start = after;
                m2.clock = Some(c2);
                m2.dp = true;
                return Some(vec![m1, m2]);
            }
        }
        let (h1, mi1, e1, strong1) = self.hour_at(s)?;
        let mut k = e1;
        let dp1 = self.daypart(k);
        if dp1.is_some() {
            k += self.daypart_len(k);
        }
        if !self.is_any(k, &["الي", "حتي", "وحتي", "و", "-", "والي"]) {
            return None;
        }
        let (h2, mi2, e2, strong2) = self.hour_at(k + 1)?;
        let mut e = e2;
        let dp2 = self.daypart(e);
        if dp2.is_some() {
            e += self.daypart_len(e);
        }
        // Without a part of day both ends must be clock readings (الساعة 3، 3:30),
        // or one of them when من/بين opens the range (من 3 إلى 3:30).
        let cued = s > i;
        // «تعادل الريال مع بايرن 2 - 2 مساء الثلاثاء»: two bare numbers before the part
        // of day of a named day are a score.
        if !cued && !strong1 && dp2.is_some() && self.day_follows(e) {
            return None;
        }
        if dp1.is_none()
            && dp2.is_none()
            && !(strong1 && strong2)
            && !(cued && (strong1 || strong2))
        {
            return None;
        }
        let dp1 = dp1.or(dp2);
        let mut c1 = self.clock(h1, mi1, None, dp1);
        let c2 = self.clock(h2, mi2, None, dp2.or(dp1));
        if let (Clock::Hm(a, am, _), Clock::Hm(b, _, _)) = (&c1, &c2) {
            if *a > *b && dp2.is_some() && dp1 == dp2 && *a >= 12 {
                // من 11 إلى 1 مساء: the first end is before noon.
                c1 = Clock::Hm(a - 12, *am, None);
            }
        }
        let (e, _) = self.tz(e);
        let mut m1 = self.mk(s, k, Kind::Time, None);
        m1.clock = Some(c1);
        m1.dp = true;
        let mut m2 = self.mk(k + 1, e, Kind::Time, None);
        m2.clock = Some(c2);
        m2.dp = true;
        Some(vec![m1, m2])
    }

    /// A part of the day on its own: في الصباح، هذا المساء، بعد الظهر، الليلة (see deictic), الظهر.
    fn daypart_alone(&self, i: usize) -> Option<M> {
        let (s, mut j, mut cue) = if self.is_any(i, &["في", "هذا", "هذه", "خلال", "وفي", "عند"])
        {
            (i, i + 1, true)
        } else {
            (i, i, false)
        };
        // في وقت مبكر من المساء / في وقت متأخر بعد الظهر / أواخر الصباح
        if self.is(j, "وقت") && self.is_any(j + 1, &["مبكر", "متاخر"]) {
            j += 2;
            if self.is(j, "من") {
                j += 1;
            }
            cue = true;
        } else if self.is_any(j, &["اواخر", "اوائل", "مطلع", "بدايه", "نهايه"])
            && self.is_any(j + 1, &["الصباح", "المساء", "الليل"])
        {
            j += 1;
            cue = true;
        } else if cue
            && self.is_any(j, &["ساعات", "ساعه"])
            && self.is_any(j + 1, &["الصباح", "المساء", "الليل", "الفجر"])
            && (self.is_any(i, &["خلال"]) || self.is(j + 2, "الباكر"))
            && !self.is_any(j + 2, &["الاولي", "ليوم", "يوم", "من"])
            && !self.is_any(j + 3, &["ليوم", "يوم", "من"])
        {
            // «في ساعات الصباح الباكر»، «خلال ساعات الليل»، «في ساعة متأخرة من الليل»
            // (below): the hours of a part of day are that part. Only with «خلال» or
            // «الباكر», and not before another day («خلال ساعات الصباح الأولى ليوم
            // 30 آذار»): «في ساعات الصباح» is as often habitual or generic.
            j += 1;
        } else if cue
            && self.is_any(j, &["ساعات", "ساعه"])
            && self.is_any(j + 1, &["متاخره", "مبكره", "الاولي"])
            && self.is(j + 2, "من")
            && self.is_any(j + 3, &["الصباح", "المساء", "الليل", "الفجر"])
        {
            j += 3;
        }
        let n = self.n(j);
        let (code, noon) = match n {
            "الفجر" if j > i + 1 && self.is_any(j - 1, &["ساعات", "ساعه", "من"]) => {
                ("MO", false)
            }
            "الصباح" | "الصبح" => ("MO", false),
            "المساء" | "الامسيات" => ("EV", false),
            "الليل" => ("NI", false),
            "الظهيره" | "الظهر" => ("AF", true),
            "بعد" if self.is_any(j + 1, &["الظهر", "الظهيره"]) => ("AF", false),
            "وقت" if self.is_any(j + 1, &["الظهيره", "الظهر"]) => ("AF", true),
            _ => return None,
        };
        let mut e = if n == "بعد" || n == "وقت" {
            j + 2
        } else {
            j + 1
        };
        if !cue && n != "بعد" && n != "وقت" && !noon {
            return None;
        }
        if j > 0 && self.is_any(j - 1, &["صلاه", "صلاة"]) {
            return None;
        }
        // «ينصح بشحن الهاتف في المساء»، «يستيقظ معظم الناس في الصباح»: a habit or
        // advice, in no day; the bare «في + part of day» only.
        if j == i + 1 && self.is_any(i, &["في", "وفي"]) && self.generic_frame(i, true) {
            return None;
        }
        // «وتتكرر التظاهرات منذ أسبوع في المساء»، «وعادة ما تتجمع الحشود … في المساء»:
        // a repeated evening, in no one day, whatever the tense of the clause.
        if j == i + 1 && self.is_any(i, &["في", "وفي"]) && self.repeated_frame(i) {
            return None;
        }
        if self.is(e, "الباكر") {
            e += 1;
        }
        let mut m = self.mk(s, e, Kind::Time, None);
        m.clock = Some(if noon {
            Clock::Hm(12, 0, None)
        } else {
            Clock::Part(code)
        });
        if !noon {
            if let Some((c, ce)) = self.part_hour(e, code) {
                m.clock = Some(c);
                m.te = ce;
                m.span.end = self.end_of(ce - 1);
            }
        }
        Some(m)
    }

    /// After a part of day: [في|عند|الساعة] hour → a clock time in that part.
    fn part_hour(&self, e: usize, code: &str) -> Option<(Clock, usize)> {
        let k = if self.is_any(e, &["في", "عند"]) {
            e + 1
        } else {
            e
        };
        let (h, m, end, _) = self.hour_at(k)?;
        if !(1..=12).contains(&h) {
            return None;
        }
        let dp = match code {
            "MO" => DayPart::Morning,
            "AF" => DayPart::Evening,
            "EV" => DayPart::Evening,
            _ => DayPart::Night,
        };
        Some((self.clock(h, m, None, Some(dp)), end))
    }

    /// الربع الثالث من عام 2016 → 2016-Q3; النصف الأول من العام → 2016-H1.
    fn quarter(&self, i: usize) -> Option<M> {
        let (kind, max) = match self.n(i) {
            "الربع" | "والربع" | "بالربع" | "للربع" | "خلال الربع" => {
                ('Q', 4)
            }
            "النصف" | "والنصف" | "بالنصف" | "للنصف" => ('H', 2),
            _ => return None,
        };
        let n = self
            .word_num(i + 1)
            .filter(|n| n.ord && n.end == i + 2 && (1.0..=f64::from(max)).contains(&n.v))?;
        let n = n.v as u32;
        let mut k = i + 2;
        if self.is_any(k, &["من", "في", "،"]) {
            k += 1;
        }
        let (y, e) = if let Some((yv, ye)) = self.rel_year(k) {
            (yv, ye)
        } else if let Some(m) = self.year_phrase(k).filter(|m| m.ti == k) {
            (m.val.as_deref().and_then(|v| v.parse().ok()), m.te)
        } else if self.year(k, true).is_some() && self.kind(k) == Some(Tk::Num) {
            let (y, ye) = self.year(k, true)?;
            (Some(y), ye)
        } else if self.is_any(k, &["العام", "السنه"]) {
            (self.r.map(|r| r.year), k + 1)
        } else {
            return None;
        };
        let val = Some(format!(
            "{}-{kind}{n}",
            y.map_or_else(|| "XXXX".to_string(), pad_year)
        ));
        Some(self.mk(i, e, Kind::Date, val))
    }

    /// قبل [نحو|حوالي] N unit ("N units ago") → a DATE at the unit's grain:
    /// قبل أسبوعين → the day two weeks before the reference, قبل ثلاثة أشهر → its
    /// month, قبل عامين → its year. Without a reference date: `None` (a duration).
    fn ago(&self, s: usize, end: usize, g: Grain, v: f64) -> Option<M> {
        // N unit من الآن: from now (future unless منذ/قبل before).
        if self.is(end, "من")
            && self.is_any(end + 1, &["الان", "الآن"])
            && v.fract() == 0.0
            && v <= 10_000.0
        {
            let r = self.r?;
            let mut p = s;
            let mut sign = 1i64;
            let back = |k: usize| self.is_any(k, &["منذ", "قبل"]);
            if s > 0 && (self.is(s - 1, "بعد") || back(s - 1)) {
                p = s - 1;
                sign = if back(s - 1) { -1 } else { 1 };
            } else if s > 1
                && self.is_any(s - 1, &["نحو", "حوالي"])
                && (self.is(s - 2, "بعد") || back(s - 2))
            {
                p = s - 2;
                sign = if back(s - 2) { -1 } else { 1 };
            }
            let n = sign * v as i64;
            let val = match g {
                Grain::Day => dstr(cal::add_days(r, n)),
                Grain::Week => dstr(cal::add_days(r, 7 * n)),
                Grain::Month => {
                    let d = cal::add_months_date(r, n as i32);
                    ymd(Some(d.year), Some(d.month), None)
                }
                Grain::Year => pad_year(r.year + n as i32),
                _ => return None,
            };
            return Some(self.mk(p, end + 2, Kind::Date, Some(val)));
        }
        // قبل يوم أمس is the day before yesterday (see `deictic`), not "a day ago".
        if g == Grain::Day && matches!(self.lex(end), Some(Lex::Deictic(-1))) {
            return None;
        }
        // «قبل شهر أو شهرين»، «قبل يوم أو يومين»: «قبل» governs both members of the
        // alternative; the second is "ago" too, its span its own.
        let alt = s >= 3
            && self.is(s - 1, "او")
            && self.unit_grain(s - 2).is_some()
            && self.is_any(s - 3, &["قبل", "وقبل", "فقبل"]);
        let mut p = if alt { s - 3 } else { s.checked_sub(1)? };
        if !alt && self.is_any(p, &["نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل"])
        {
            p = p.checked_sub(1)?;
        }
        // «قبل عقدين من الزمن»: «من الزمن» only stresses the length; «قبل عام من
        // الانتخابات» counts from an event.
        // («قبل ست دقائق فقط من نهاية المباراة»: فقط/قليلة may stand before the event.)
        let mut ev = end;
        while ev < end + 2 && self.is_any(ev, &["فقط", "قليله", "وجيزه", "معدوده", "قلائل"])
        {
            ev += 1;
        }
        // «قبل نحو شهر على بدء المنتخب حملته»، «قبل أسبوع على انطلاق الانتخابات»: «على»
        // + the verbal noun of a start or end counts the duration from that event too.
        // Only those nouns: «وأكد قبل يومين على ضرورة …» is the verb's «على».
        const EVENT_EDGE: &[&str] = &[
            "بدء",
            "بدايه",
            "انطلاق",
            "انطلاقه",
            "انتهاء",
            "نهايه",
            "موعد",
            "انعقاد",
            "افتتاح",
            "اجراء",
            "اندلاع",
            "وقوع",
            "حلول",
            "انقضاء",
        ];
        let of_event = (self.is(ev, "من") && !self.is(ev + 1, "الزمن"))
            || (self.is(ev, "علي") && (ev > end || self.is_any(ev + 1, EVENT_EDGE)));
        // «قبل ساعتين على بدء المباراة»: hours and minutes counted from an event.
        let short = matches!(g, Grain::Hour | Grain::Minute);
        if !self.is_any(p, &["قبل", "وقبل", "فقبل"])
            || of_event
            || self.habitual_ahead(p, ev)
            || (short && self.is_any(ev, &["علي", "عن"]))
            || v.fract() != 0.0
            || v > 10_000.0
        {
            return None;
        }
        let r = self.r?;
        let n = v as i64;
        let val = match g {
            Grain::Day => dstr(cal::add_days(r, -n)),
            Grain::Week => dstr(cal::add_days(r, -7 * n)),
            Grain::Month => {
                let d = cal::add_months_date(r, -(n as i32));
                ymd(Some(d.year), Some(d.month), None)
            }
            Grain::Year => pad_year(r.year - n as i32),
            // قبل عقد → ten years back, at the year's grain (like قبل عشر سنوات).
            Grain::Decade => pad_year(r.year - 10 * n as i32),
            Grain::Century => pad_year(r.year - 100 * n as i32),
            // قبل ساعة، قبل نحو ساعتين: a point earlier in the reporting day; whole
            // days of hours (قبل 48 ساعة) go back that many days.
            Grain::Hour if n % 24 == 0 => dstr(cal::add_days(r, -(n / 24))),
            Grain::Hour if n < 24 => dstr(r),
            Grain::Minute if n < 60 => dstr(r),
            _ => return None,
        };
        Some(self.mk(if alt { s } else { p }, end, Kind::Date, Some(val)))
    }

    /// Is «قبل + duration» at p (its unit ending before `ev`) "that long in advance"
    /// rather than "ago": right after an imperfect verb (تتشكل الجداول قبل عام،
    /// يحجز المسافرون قبل شهر) or with «عادة» nearby («يتم ذلك عادة قبل عام»)?
    /// Perfect verbs in ت (تعرض قبل عام لهجوم) are not imperfects: only ي- and
    /// تت-/تست- forms count (تن- may be a perfect: تنحى).
    fn habitual_ahead(&self, p: usize, ev: usize) -> bool {
        let usually = (p.saturating_sub(4)..(ev + 2).min(self.t.len()))
            .any(|k| self.is_any(k, &["عاده", "وعاده", "غالبا", "عموما"]));
        let imperfect = p.checked_sub(1).is_some_and(|k| {
            // The other person prefix must be attested too (يتشكل/تتشكل), which
            // names in ي (يونايتد، يوتيوب) are not.
            let (v, other) = verb_and_other_person(self.n(k));
            let other = other.unwrap_or_default();
            self.kind(k) == Some(Tk::Word)
                && self.lex(k).is_none()
                && v.chars().count() >= 4
                && (v.starts_with('ي') || ["تت", "تست"].iter().any(|x| v.starts_with(x)))
                && !v.starts_with("يوم")
                && is_imperfect_word(v)
                && word_count(&other) >= MIN_PERFECT_OTHER
        });
        // «لم يكن يتخطى قبل خمس سنوات …»: a past continuous, "ago" again.
        let was = (p.saturating_sub(4)..p).any(|k| {
            self.is_any(
                k,
                &[
                    "كان",
                    "كانت",
                    "يكن",
                    "تكن",
                    "وكان",
                    "وكانت",
                    "كانوا",
                    "ظل",
                    "ظلت",
                ],
            )
        });
        usually || (imperfect && !was)
    }

    /// All candidate matches starting at token i (longest first is decided by the caller).
    pub fn at(&self, i: usize) -> Vec<M> {
        if !self.start_ok.get(i).copied().unwrap_or(false) {
            return Vec::new();
        }
        self.at_i.set(i);
        self.fl.borrow_mut().clear();
        let mut out = self.at_rules(i);
        // Mark the expressions whose year the reference date chose.
        let fl = self.fl.borrow();
        for m in &mut out {
            if !matches!(m.kind, Kind::Date | Kind::Time) {
                continue;
            }
            let Some(v) = m.val.as_deref() else {
                continue;
            };
            m.float = fl
                .iter()
                .find(|(y, mo, d)| v == ymd(Some(*y), Some(*mo), *d))
                .map(|&(_, mo, d)| (mo, d));
        }
        out
    }

    fn at_rules(&self, i: usize) -> Vec<M> {
        self.since
            .set(i > 0 && self.is_any(i - 1, &["منذ", "ومنذ"]));
        if let Some(v) = self.dual_years(i) {
            return v;
        }
        if let Some(v) = self.digit_token(i) {
            return v;
        }
        if let Some(v) = self.day_range(i) {
            return v;
        }
        if let Some(v) = self.clock_range(i) {
            return v;
        }
        if let Some(v) = self.word_hours_of_day(i) {
            return v;
        }
        if let Some(v) = self.count_range(i) {
            return v;
        }
        if let Some(v) = self.unit_list(i) {
            return v;
        }
        if let Some(v) = self.ordinal_decades(i) {
            return v;
        }
        // Every rule in turn (in this order: they share the reader's state); the
        // first of the longest matches wins. (One at a time rather than an array
        // of all results, which costs a few kilobytes of moves per token.)
        let mut best: Option<M> = None;
        macro_rules! longest {
            ($($rule:expr,)*) => {$(
                if let Some(c) = $rule {
                    if best.as_ref().is_none_or(|b| c.te > b.te) {
                        best = Some(c);
                    }
                }
            )*};
        }
        longest![
            self.quarter(i),
            self.throughout(i),
            self.daypart_alone(i),
            self.nth_in_month(i),
            self.week_weekday(i),
            self.day_number(i),
            self.holiday(i),
            self.daypart_day(i),
            self.clock_phrase(i),
            self.minutes_off(i),
            self.day_month(i),
            self.weekday(i),
            self.month_phrase(i),
            self.year_phrase(i),
            self.season(i),
            self.part_of(i),
            self.rest_of(i),
            self.rel_period(i),
            self.plural_period(i),
            self.bare_plural(i),
            self.count_unit(i),
            self.set(i),
            self.decade(i),
            self.same_period(i),
            self.deictic(i),
            self.unit_alone(i),
            self.ordinal_age(i),
            self.age_number(i),
        ];
        best.into_iter().collect()
    }
}

pub fn dp_code(dp: DayPart) -> &'static str {
    match dp {
        DayPart::Morning => "MO",
        DayPart::Noon => "AF",
        DayPart::Evening => "EV",
        DayPart::Night => "NI",
    }
}

/// What [`P::new`] reads of one normalized word: its lexicon entry after
/// proclitics ([`lookup`]), its number-word readings (as a first word, and
/// after a و continuation) and whether it is a trigger word.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct WordInfo {
    lx: Option<(Lex, usize)>,
    nw: (Option<Lex>, Option<Lex>),
    trig: bool,
}

impl WordInfo {
    fn is_empty(&self) -> bool {
        *self == WordInfo::default()
    }
}

/// [`WordInfo`] of a normalized word, computed.
fn word_info(n: &str) -> WordInfo {
    let f = num_word_lex_of(n, true);
    let w = if n.starts_with('و') {
        num_word_lex_of(n, false)
    } else {
        f
    };
    WordInfo {
        lx: lookup(n),
        nw: (f, w),
        trig: super::words::triggers().contains(n),
    }
}

/// [`word_info`] of every word whose info is not empty, computed once: the
/// candidates are the lexicon words behind their proclitics, the number words
/// [`num_word_lex_of`] reads (with ال, and each also after و) and the trigger
/// words. Any other word has the empty info (checked in debug builds).
fn word_infos() -> &'static (TailGate, HashMap<String, WordInfo>) {
    static T: OnceLock<(TailGate, HashMap<String, WordInfo>)> = OnceLock::new();
    T.get_or_init(|| {
        let mut cands = super::words::lookup_candidates();
        let mut bases: Vec<String> = super::words::entries()
            .flat_map(|k| [k.to_string(), format!("ال{k}")])
            .collect();
        bases.extend(["احد", "اثنا", "اثني", "اثنتا", "اثنتي", "الاف", "الف"].map(String::from));
        for b in bases {
            cands.push(format!("و{b}"));
            cands.push(b);
        }
        cands.extend(super::words::triggers().iter().cloned());
        let mut m = HashMap::default();
        for c in cands {
            let info = word_info(&c);
            if !info.is_empty() {
                m.insert(c, info);
            }
        }
        (TailGate::new(m.keys().map(String::as_str)), m)
    })
}

/// [`word_info`] out of the table (one look-up, most words not even that).
fn known_word_info(n: &str) -> WordInfo {
    let (gate, infos) = word_infos();
    if gate.may_contain(n) {
        infos.get(n).copied().unwrap_or_default()
    } else {
        WordInfo::default()
    }
}

/// Number-word reading of a normalized word: as the first word of a number
/// (`first`), or as a continuation, where a leading و is dropped.
fn num_word_lex_of(n: &str, first: bool) -> Option<Lex> {
    let tbl = super::words::get_exact;
    let base = if first {
        n
    } else {
        n.strip_prefix('و').unwrap_or(n)
    };
    if let Some(l @ (Lex::Card(_) | Lex::Ten | Lex::Ord(_))) = tbl(base) {
        return Some(l);
    }
    if base == "احد" {
        return Some(Lex::Card(1));
    }
    if is_construct_two(base) {
        return Some(Lex::Card(2));
    }
    if base == "الاف" || base == "الف" {
        return Some(Lex::Card(1000));
    }
    if let Some(rest) = base.strip_prefix("ال") {
        if let Some(l @ (Lex::Card(_) | Lex::Ten)) = tbl(rest) {
            return Some(l);
        }
    }
    None
}

/// The construct forms of two used in twelve (اثنا عشر، اثني عشر، اثنتا عشرة،
/// اثنتي عشرة), normalized.
fn is_construct_two(n: &str) -> bool {
    matches!(n, "اثنا" | "اثني" | "اثنتا" | "اثنتي")
}

/// A word without its conjunction (و/ف, when four letters remain) and, when it
/// starts with ي or ت, its form in the other third person (يعود ↔ تعود).
fn verb_and_other_person(n: &str) -> (&str, Option<String>) {
    let v = n
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 4)
        .unwrap_or(n);
    let other = if let Some(r) = v.strip_prefix('ي') {
        Some(format!("ت{r}"))
    } else {
        v.strip_prefix('ت').map(|r| format!("ي{r}"))
    };
    (v, other)
}

/// Words that open a relative, complement or perfect clause (folded): a future verb or an
/// imperfect behind one belongs to that clause, not to the time phrase after it.
const CLAUSE_OPENERS: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "ان",
    "انه",
    "انها",
    "كان",
    "كانت",
    "قد",
];

/// A condition (إذا تم تحديد موعد البطولة في أغسطس), a starting point (اعتبارا من
/// الرابع من نوفمبر) or a futures delivery month (تسليم ديسمبر): the date looks
/// ahead whatever the verb.
const CONDITION_OR_START: &[&str] = &[
    "اذا",
    "واذا",
    "لو",
    "ولو",
    "اعتبارا",
    "ابتداء",
    "بدءا",
    "تسليم",
    "للتسليم",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_table_agrees_with_the_lexicon() {
        // The table's own words, every lexicon word behind every proclitic, and
        // the words of a news text, bare and with proclitics: one look-up gives
        // what the lexicon, the number-word reader and the trigger list give.
        let mut words = super::super::words::lookup_candidates();
        words.extend(word_infos().1.keys().cloned());
        let text = "وقال الوزير يوم الأربعاء إن الاجتماع سيعقد في العاشر من أيلول المقبل، \
                    بعد ثلاثة أسابيع من الزيارة، وللعام الثاني على التوالي، لمدة ساعتين \
                    صباحا بتوقيت غرينتش، منذ مطلع العام الماضي وحتى الآن؛ 2019 و22/4";
        let lexed = super::super::lex::lex(text);
        for t in &lexed.toks {
            let n = t.norm(&lexed.buf);
            for p in ["", "و", "ب", "لل", "وب", "فل"] {
                words.push(format!("{p}{n}"));
            }
        }
        for w in &words {
            assert_eq!(known_word_info(w), word_info(w), "{w:?}");
        }
    }
}
