//! Lexicon of time words, keyed by normalized form (see [`super::lex::norm`]).
//!
//! Month names are facts from Unicode CLDR (locales ar, ar_SY, ar_MA, ar_DZ,
//! ar_TN, ar_LB, ar_IQ) plus common news spellings.
use std::collections::HashMap as StdHashMap;
use std::sync::OnceLock;

use khabar_text::lexicon::FoldBuild;

use super::lex::norm;

/// The lexicon keys are short strings; SipHash's DoS resistance is not needed
/// for a fixed, compiled-in table and costs most of the lookup time.
type HashMap<K, V> = StdHashMap<K, V, FoldBuild>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grain {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

/// Grammatical number of a unit word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Card {
    One,
    Two,
    Many,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Past,
    Next,
    This,
    /// الأخير/الأخيرة: "last" (previous for a single period, "recent" for plurals).
    Last,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Start,
    Mid,
    End,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayPart {
    /// Before noon (صباحا، فجرا، الصبح).
    Morning,
    /// Noon (ظهرا).
    Noon,
    /// Afternoon/evening/night: add 12 to hours 1..11 (عصرا، مساء، ليلا).
    Evening,
    /// Night (ليلا) — like Evening but 12 → 0.
    Night,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Lex {
    /// Gregorian month; `true` when the word has a common non-month sense (مارس، آب، ماي).
    Month(u32, bool),
    /// كانون / تشرين: needs الأول / الثاني (kanun: 12/1, tishrin: 10/11).
    MonthHead(u32, u32),
    /// Hijri month; `true` when the word is also a common name or noun (رجب، صفر).
    Hijri(u32, bool),
    /// ربيع / جمادى: Hijri months 3/4 and 5/6, need الأول / الآخر.
    HijriHead(u32),
    /// ذو / ذي: ذو القعدة (11), ذو الحجة (12).
    Dhu,
    Weekday(u32),
    /// A unit of time; `bool` = definite (with ال).
    Unit(Grain, Card, bool),
    Season(&'static str),
    Dir(Dir),
    Part(Part),
    DayPart(DayPart),
    /// يوميا، أسبوعيا… → SET.
    SetAdv(Grain),
    Every,
    /// Cardinal number word (value).
    Card(i64),
    /// عشر / عشرة after a unit (teens), or ten alone.
    Ten,
    /// Ordinal (value); الحادي (11/21 with عشر/والعشرين) is 1.
    Ord(i64),
    /// الساعة (o'clock, or "hour").
    Clock,
    HijriMark,
    GregMark,
    /// قليلة، بضعة، عدة…: a vague count.
    Few,
    /// هذا / هذه.
    DemThis,
    /// Prepositions that may introduce a time.
    Prep(&'static str),
    /// Deictic days: offset from the reference date.
    Deictic(i64),
    /// الليلة (tonight).
    Tonight,
    /// الآن، حاليا.
    Now,
    /// بتوقيت (time zone follows).
    Tz,
    /// عام / سنة as "year" before a number (also a unit).
    YearWord(bool),
    /// نصف، ربع، ثلث (fractions in durations and clock times).
    Frac(f64),
    /// The half-year/quarter words are not handled; decades: التسعينيات → 9.
    DecadeOf(u32),
    Half,
}

/// Gregorian month names: Egyptian/Gulf (ar), Levantine/Iraqi (ar_SY…), Moroccan
/// (ar_MA), Algerian/Tunisian (ar_DZ, ar_TN), and common news spellings.
const GREGORIAN_MONTHS: [&[&str]; 12] = [
    &["يناير", "جانفي", "جانفييه", "ينايِر"],
    &["فبراير", "شباط", "فيفري", "فبرير", "فبرايِر"],
    &["آذار", "اذار"],
    &[
        "أبريل",
        "إبريل",
        "ابريل",
        "نيسان",
        "أفريل",
        "افريل",
        "ابريل",
    ],
    &["مايو", "أيار", "ايار", "مايّو"],
    &["يونيو", "يونيه", "حزيران"],
    &["يوليو", "يوليه", "تموز", "يوليوز", "جويلية", "جويليه"],
    &["أغسطس", "اغسطس", "أغسطوس", "غشت", "أوت", "اوت"],
    &["سبتمبر", "أيلول", "ايلول", "شتنبر", "سيبتمبر"],
    &["أكتوبر", "اكتوبر", "أوكتوبر"],
    &["نوفمبر", "نونبر", "نوفمير"],
    &["ديسمبر", "دجنبر", "ديسيمبر"],
];

/// Is `w` (normalized) a misspelling of a Gregorian name of month `m` (1–12): one
/// letter added, dropped, changed or two letters swapped (دسيمبر، ينيار، سبتمر)?
/// Only for words of five letters or more, so that short words are not taken.
pub fn misspelt_month(w: &str, m: u32) -> bool {
    let Some(names) = m
        .checked_sub(1)
        .and_then(|k| GREGORIAN_MONTHS.get(k as usize))
    else {
        return false;
    };
    let w: Vec<char> = w.chars().collect();
    w.len() >= 5
        && !names
            .iter()
            .any(|name| norm(name).chars().eq(w.iter().copied()))
        && names.iter().any(|name| {
            let n: Vec<char> = norm(name).chars().collect();
            n.len() >= 5 && n != w && within_one_edit(&w, &n)
        })
}

/// The Gregorian month (1–12) of which `w` (normalized, five letters or more) is a
/// name with two neighbouring letters swapped («يوينو» for يونيو, «سبمتبر»), the
/// commonest typo of month names; other one-letter edits are left to the pairs
/// ([`misspelt_month`]), as alone they also make words (نيسان → بيسان).
pub fn transposed_month(w: &str) -> Option<u32> {
    // The names normalized once (five letters or more): (month, letters).
    static NAMES: OnceLock<Vec<(u32, Vec<char>)>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        (1..=12u32)
            .flat_map(|m| {
                GREGORIAN_MONTHS[(m - 1) as usize]
                    .iter()
                    .map(move |name| (m, norm(name).chars().collect::<Vec<char>>()))
            })
            .filter(|(_, n)| n.len() >= 5)
            .collect()
    });
    // Real words one swap away from a month name: «أربيل» (Erbil, the Kurdish
    // capital: «المحافظات الثلاث أربيل …») beside «أبريل», «نسيان» (oblivion) beside
    // «نيسان».
    if ["اربيل", "نسيان"].contains(&w) {
        return None;
    }
    let w: Vec<char> = w.chars().collect();
    if w.len() < 5 {
        return None;
    }
    names.iter().find_map(|(m, n)| {
        if n.len() != w.len() {
            return None;
        }
        let mut diff = (0..n.len()).filter(|&k| w[k] != n[k]);
        let (a, b) = (diff.next()?, diff.next()?);
        (diff.next().is_none() && b == a + 1 && w[a] == n[b] && w[b] == n[a]).then_some(*m)
    })
}

/// Optimal string alignment distance ≤ 1 (a transposition counts as one edit).
fn within_one_edit(a: &[char], b: &[char]) -> bool {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[p..], &b[p..]);
    if la == lb {
        // One substitution, or one swap of neighbours.
        ra.get(1..) == rb.get(1..)
            || (ra.len() >= 2
                && ra.first() == rb.get(1)
                && ra.get(1) == rb.first()
                && ra.get(2..) == rb.get(2..))
    } else if la > lb {
        ra.get(1..) == Some(rb)
    } else {
        rb.get(1..) == Some(ra)
    }
}

fn add(m: &mut HashMap<String, Lex>, words: &[&str], lex: Lex) {
    for w in words {
        m.insert(norm(w), lex);
    }
}

fn add_unit(m: &mut HashMap<String, Lex>, g: Grain, one: &[&str], two: &[&str], many: &[&str]) {
    for (forms, card) in [(one, Card::One), (two, Card::Two), (many, Card::Many)] {
        for w in forms {
            m.insert(norm(w), Lex::Unit(g, card, false));
            m.insert(norm(&format!("ال{w}")), Lex::Unit(g, card, true));
        }
    }
}

fn build() -> HashMap<String, Lex> {
    let mut m = HashMap::default();
    // Gregorian months: Egyptian/Gulf (ar), Levantine/Iraqi (ar_SY…), Moroccan (ar_MA), Algerian/Tunisian (ar_DZ, ar_TN).
    let months = GREGORIAN_MONTHS;
    for (i, names) in months.iter().enumerate() {
        add(&mut m, names, Lex::Month(i as u32 + 1, false));
    }
    // Words with a frequent non-month sense.
    add(&mut m, &["مارس"], Lex::Month(3, true));
    add(&mut m, &["آب"], Lex::Month(8, true));
    add(&mut m, &["ماي"], Lex::Month(5, true));
    add(&mut m, &["جوان"], Lex::Month(6, true));
    add(&mut m, &["كانون"], Lex::MonthHead(12, 1));
    add(&mut m, &["تشرين"], Lex::MonthHead(10, 11));

    // Hijri months.
    add(&mut m, &["محرم", "المحرم"], Lex::Hijri(1, true));
    add(&mut m, &["صفر"], Lex::Hijri(2, true));
    add(&mut m, &["رجب"], Lex::Hijri(7, true));
    add(&mut m, &["شعبان"], Lex::Hijri(8, true));
    add(&mut m, &["رمضان"], Lex::Hijri(9, true));
    add(&mut m, &["شوال"], Lex::Hijri(10, true));
    add(&mut m, &["ربيع"], Lex::HijriHead(3));
    add(&mut m, &["جمادى", "جمادي"], Lex::HijriHead(5));
    add(&mut m, &["ذو", "ذي", "ذا"], Lex::Dhu);

    // Weekdays (ISO: 1 = Monday).
    let days: [&[&str]; 7] = [
        &["الاثنين", "الإثنين", "اثنين", "إثنين", "الأثنين"],
        &["الثلاثاء", "ثلاثاء", "الثلاثا", "ثلاثا"],
        &["الأربعاء", "أربعاء", "الاربعا", "اربعا"],
        &["الخميس", "خميس"],
        &["الجمعة", "جمعة", "الجمعه"],
        &["السبت", "سبت"],
        &["الأحد", "أحد"],
    ];
    for (i, names) in days.iter().enumerate() {
        add(&mut m, names, Lex::Weekday(i as u32 + 1));
    }

    add_unit(
        &mut m,
        Grain::Second,
        &["ثانية"],
        &["ثانيتين", "ثانيتان"],
        &["ثوان", "ثواني", "ثوانٍ"],
    );
    add_unit(
        &mut m,
        Grain::Minute,
        &["دقيقة"],
        &["دقيقتين", "دقيقتان"],
        &["دقائق"],
    );
    add_unit(
        &mut m,
        Grain::Hour,
        &["ساعة"],
        &["ساعتين", "ساعتان"],
        &["ساعات"],
    );
    add_unit(
        &mut m,
        Grain::Day,
        &["يوم", "يوما"],
        &["يومين", "يومان"],
        &["أيام"],
    );
    add_unit(
        &mut m,
        Grain::Week,
        &["أسبوع", "أسبوعا", "إسبوع"],
        &["أسبوعين", "أسبوعان"],
        &["أسابيع"],
    );
    add_unit(
        &mut m,
        Grain::Month,
        &["شهر", "شهرا"],
        &["شهرين", "شهران"],
        &["أشهر", "شهور"],
    );
    add_unit(
        &mut m,
        Grain::Year,
        &["سنة", "عام", "عاما"],
        &["سنتين", "سنتان", "عامين", "عامان"],
        &["سنوات", "سنين", "أعوام", "سنون"],
    );
    add_unit(
        &mut m,
        Grain::Decade,
        &["عقد", "عقدا"],
        &["عقدين", "عقدان"],
        &["عقود"],
    );
    add_unit(
        &mut m,
        Grain::Century,
        &["قرن", "قرنا"],
        &["قرنين", "قرنان"],
        &["قرون"],
    );
    // اليوم is "today" (deictic) unless a rule reads it as a unit.
    add(&mut m, &["اليوم"], Lex::Deictic(0));
    add(
        &mut m,
        &["عام", "العام", "سنة", "السنة"],
        Lex::YearWord(false),
    );
    add(&mut m, &["عاما", "سنه"], Lex::YearWord(false));

    add(&mut m, &["صيف", "الصيف"], Lex::Season("SU"));
    add(&mut m, &["شتاء", "الشتاء"], Lex::Season("WI"));
    add(&mut m, &["خريف", "الخريف"], Lex::Season("FA"));
    add(&mut m, &["الربيع"], Lex::Season("SP"));

    add(
        &mut m,
        &[
            "الماضي",
            "الماضية",
            "السابق",
            "السابقة",
            "المنصرم",
            "المنصرمة",
            "الفائت",
            "الفائتة",
            "المنقضي",
            "المنقضية",
            "الماضيين",
            "الماضيتين",
            "الماضيان",
            "الماضيتان",
            "الماض",
        ],
        Lex::Dir(Dir::Past),
    );
    add(
        &mut m,
        &[
            "المقبل",
            "المقبلة",
            "القادم",
            "القادمة",
            "التالي",
            "التالية",
            "الجاي",
            "المقبلين",
            "القادمين",
            "المقبلتين",
            "القادمتين",
            "الآتي",
            "الآتية",
            "المقبلان",
            "القادمان",
            "المقبلتان",
            "القادمتان",
        ],
        Lex::Dir(Dir::Next),
    );
    add(
        &mut m,
        &["الحالي", "الحالية", "الجاري", "الجارية"],
        Lex::Dir(Dir::This),
    );
    add(
        &mut m,
        &[
            "الأخير",
            "الأخيرة",
            "الاخيرين",
            "الأخيرين",
            "الأخيرتين",
            "الأخيران",
            "الأخيرتان",
        ],
        Lex::Dir(Dir::Last),
    );
    add(&mut m, &["هذا", "هذه", "ذلك", "تلك"], Lex::DemThis);

    add(
        &mut m,
        &[
            "مطلع",
            "أوائل",
            "بداية",
            "بدايات",
            "مستهل",
            "أول",
            "بدء",
            "ابتداء",
            "بواكير",
        ],
        Lex::Part(Part::Start),
    );
    add(
        &mut m,
        &["منتصف", "أواسط", "وسط", "نص", "نصف"],
        Lex::Part(Part::Mid),
    );
    add(
        &mut m,
        &["أواخر", "نهاية", "نهايات", "آخر", "ختام", "أخر"],
        Lex::Part(Part::End),
    );

    add(
        &mut m,
        &[
            "صباحا",
            "صباح",
            "الصباح",
            "صباحاً",
            "الصبح",
            "فجرا",
            "الفجر",
            "فجر",
            "صباحًا",
            "ص",
        ],
        Lex::DayPart(DayPart::Morning),
    );
    add(
        &mut m,
        &["ظهرا", "الظهر", "ظهر", "الظهيرة", "ظهرًا"],
        Lex::DayPart(DayPart::Noon),
    );
    add(
        &mut m,
        &[
            "عصرا",
            "العصر",
            "عصر",
            "مساء",
            "مساءا",
            "المساء",
            "مساءً",
            "م",
            "مساءًا",
            "المغرب",
            "مغربا",
            "العشاء",
        ],
        Lex::DayPart(DayPart::Evening),
    );
    add(
        &mut m,
        &["ليلا", "الليل", "ليل", "ليلًا"],
        Lex::DayPart(DayPart::Night),
    );

    add(&mut m, &["يوميا", "يومياً"], Lex::SetAdv(Grain::Day));
    add(&mut m, &["أسبوعيا", "اسبوعياً"], Lex::SetAdv(Grain::Week));
    add(&mut m, &["شهريا", "شهرياً"], Lex::SetAdv(Grain::Month));
    add(
        &mut m,
        &["سنويا", "سنوياً", "سنويًا", "عاميا"],
        Lex::SetAdv(Grain::Year),
    );
    add(&mut m, &["كل"], Lex::Every);

    let cards: [(&[&str], i64); 20] = [
        (&["واحد", "واحدة", "احدى"], 1),
        (&["اثنان", "اثنين", "اثنتان", "اثنتين", "إثنين"], 2),
        (&["ثلاث", "ثلاثة"], 3),
        (&["أربع", "أربعة"], 4),
        (&["خمس", "خمسة"], 5),
        (&["ست", "ستة"], 6),
        (&["سبع", "سبعة"], 7),
        (&["ثمان", "ثماني", "ثمانية"], 8),
        (&["تسع", "تسعة"], 9),
        (&["عشرون", "عشرين"], 20),
        (&["ثلاثون", "ثلاثين"], 30),
        (&["أربعون", "أربعين"], 40),
        (&["خمسون", "خمسين"], 50),
        (&["ستون", "ستين"], 60),
        (&["سبعون", "سبعين"], 70),
        (&["ثمانون", "ثمانين"], 80),
        (&["تسعون", "تسعين"], 90),
        (&["مئة", "مائة", "مية"], 100),
        (&["مئتان", "مئتين", "مائتين", "مائتان"], 200),
        (&["ألف"], 1000),
    ];
    for (ws, v) in cards {
        add(&mut m, ws, Lex::Card(v));
    }
    for (w, v) in [
        ("ثلاثمائة", 300),
        ("ثلاثمئة", 300),
        ("أربعمائة", 400),
        ("أربعمئة", 400),
        ("خمسمائة", 500),
        ("خمسمئة", 500),
        ("ستمائة", 600),
        ("ستمئة", 600),
        ("سبعمائة", 700),
        ("سبعمئة", 700),
        ("ثمانمائة", 800),
        ("ثمانمئة", 800),
        ("تسعمائة", 900),
        ("تسعمئة", 900),
        ("ألفين", 2000),
        ("ألفان", 2000),
    ] {
        add(&mut m, &[w], Lex::Card(v));
    }
    add(&mut m, &["عشر", "عشرة"], Lex::Ten);
    let ords: [(&[&str], i64); 10] = [
        (&["أول", "الأول", "الأولى", "أولى", "الاول"], 1),
        (&["ثاني", "الثاني", "الثانية", "ثان", "ثانى"], 2),
        (&["ثالث", "الثالث", "الثالثة", "ثالثة"], 3),
        (&["رابع", "الرابع", "الرابعة", "رابعة"], 4),
        (&["خامس", "الخامس", "الخامسة", "خامسة"], 5),
        (&["سادس", "السادس", "السادسة", "سادسة"], 6),
        (&["سابع", "السابع", "السابعة", "سابعة"], 7),
        (&["ثامن", "الثامن", "الثامنة", "ثامنة"], 8),
        (&["تاسع", "التاسع", "التاسعة", "تاسعة"], 9),
        (&["عاشر", "العاشر", "العاشرة", "عاشرة"], 10),
    ];
    for (ws, v) in ords {
        add(&mut m, ws, Lex::Ord(v));
    }
    add(&mut m, &["الحادي", "حادي", "الحادية", "حادية"], Lex::Ord(1));
    add(&mut m, &["الساعة"], Lex::Clock);
    add(
        &mut m,
        &[
            "هـ",
            "ه",
            "هجري",
            "هجرية",
            "الهجري",
            "الهجرية",
            "للهجرة",
            "هجرية",
        ],
        Lex::HijriMark,
    );
    add(
        &mut m,
        &["ميلادي", "ميلادية", "للميلاد", "الميلادي", "الميلادية"],
        Lex::GregMark,
    );
    add(
        &mut m,
        &[
            "قليلة",
            "القليلة",
            "بضعة",
            "بضع",
            "عدة",
            "قليل",
            "القليل",
            "عديدة",
            "العديدة",
            "معدودة",
        ],
        Lex::Few,
    );
    for p in [
        "في",
        "منذ",
        "خلال",
        "من",
        "حتى",
        "إلى",
        "الى",
        "بين",
        "قبل",
        "بعد",
        "لمدة",
        "طوال",
        "طيلة",
        "مدى",
        "على",
        "مع",
        "بتاريخ",
        "تاريخ",
        "غضون",
        "عن",
        "وحتى",
    ] {
        m.insert(norm(p), Lex::Prep(p));
    }
    add(
        &mut m,
        &["أمس", "البارحة", "الأمس", "امبارح"],
        Lex::Deictic(-1),
    );
    add(
        &mut m,
        &["غدا", "غد", "الغد", "بكرة", "بكرا", "غدًا", "غداً"],
        Lex::Deictic(1),
    );
    add(&mut m, &["الليلة"], Lex::Tonight);
    add(&mut m, &["الآن", "حاليا", "الان", "حالا", "حالياً"], Lex::Now);
    add(&mut m, &["بتوقيت", "توقيت"], Lex::Tz);
    add(&mut m, &["ربع"], Lex::Frac(0.25));
    add(&mut m, &["ثلث"], Lex::Frac(1.0 / 3.0));
    add(&mut m, &["نصف", "ونصف", "النصف", "نص"], Lex::Half);
    for (w, d) in [
        ("الثلاثينيات", 3),
        ("الثلاثينات", 3),
        ("الأربعينيات", 4),
        ("الأربعينات", 4),
        ("الخمسينيات", 5),
        ("الخمسينات", 5),
        ("الستينيات", 6),
        ("الستينات", 6),
        ("السبعينيات", 7),
        ("السبعينات", 7),
        ("الثمانينيات", 8),
        ("الثمانينات", 8),
        ("التسعينيات", 9),
        ("التسعينات", 9),
        ("سبعينيات", 7),
        ("العشرينيات", 2),
        ("العشرينات", 2),
        ("ثمانينيات", 8),
        ("تسعينيات", 9),
        ("ستينيات", 6),
        ("خمسينيات", 5),
        ("أربعينيات", 4),
        ("عشرينيات", 2),
        ("عشرينات", 2),
        ("ثلاثينيات", 3),
        ("ثلاثينات", 3),
        ("أربعينات", 4),
        ("خمسينات", 5),
        ("ستينات", 6),
        ("سبعينات", 7),
        ("ثمانينات", 8),
        ("تسعينات", 9),
    ] {
        add(&mut m, &[w], Lex::DecadeOf(d));
    }
    m
}

fn table() -> &'static HashMap<String, Lex> {
    static T: OnceLock<HashMap<String, Lex>> = OnceLock::new();
    T.get_or_init(build)
}

/// Exact lexicon entry (no clitic stripping).
pub fn get_exact(w: &str) -> Option<Lex> {
    table().get(w).copied()
}

/// Words (normalized) that can start a rule although they are not lexicon
/// entries: يوم 27، عيد الفطر، طوال اليوم، من 5 إلى 6، في الصباح، الربع الثالث…
pub fn triggers() -> &'static std::collections::HashSet<String, FoldBuild> {
    static T: OnceLock<std::collections::HashSet<String, FoldBuild>> = OnceLock::new();
    T.get_or_init(|| {
        [
            "مئات",
            "ملايين",
            "يوم",
            "ليوم",
            "بيوم",
            "ويوم",
            "عيد",
            "وعيد",
            "بعيد",
            "لعيد",
            "راس",
            "وراس",
            "براس",
            "الكريسماس",
            "كريسماس",
            "المولد",
            "ليلة",
            "ليله",
            "طوال",
            "طيلة",
            "وطوال",
            "وطيلة",
            "من",
            "بين",
            "ما",
            "في",
            "هذا",
            "هذه",
            "خلال",
            "وفي",
            "عند",
            "الصباح",
            "الصبح",
            "المساء",
            "الأمسيات",
            "الليل",
            "الظهيرة",
            "الظهر",
            "بعد",
            "وقت",
            "أواخر",
            "أوائل",
            "مطلع",
            "بداية",
            "نهاية",
            "الربع",
            "والربع",
            "بالربع",
            "للربع",
            "النصف",
            "والنصف",
            "بالنصف",
            "للنصف",
            "صباح",
            "وصباح",
            "فجر",
            "وفجر",
            "صبيحة",
            "مساء",
            "ومساء",
            "عصر",
            "وعصر",
            "ظهر",
            "ليل",
            "وليل",
            "وليلة",
            "شهر",
            "بشهر",
            "وشهر",
            "لشهر",
            "فشهر",
            "ال",
            "اليوم",
            "آخر",
            "الأخير",
            "الأخيرة",
            "اثنين",
            "قبل",
            "وقبل",
            "نصف",
            "لنصف",
            "ونصف",
            "يواندان",
            "ويواندان",
            "بقية",
            "وبقية",
            "لبقية",
            "ولبقية",
            "فبقية",
            "باقي",
            "وباقي",
            "لباقي",
            "ولباقي",
            "عمر",
            "بعمر",
            "سن",
            "بسن",
            // «حتى اللحظة» (PRESENT_REF); the accusative plurals of a vague duration
            // («وستستغرق العملية أشهرا»); a numeral in guillemets («غاب «8» أشهر»).
            "اللحظة",
            "أشهرا",
            "شهورا",
            "أياما",
            "أعواما",
            "عقودا",
            "«",
        ]
        .iter()
        .map(|w| norm(w))
        .collect()
    })
}

/// The definite weekday names as news writes them (with and without hamza),
/// for the checks outside the time extractor that must recognise a weekday
/// word without its clitic-stripping lookup (a bare جمعة is also a name).
pub(crate) const WEEKDAY_NAMES: [&str; 10] = [
    "الأحد",
    "الاحد",
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الاربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
];

/// Proclitic sequences tried (in normalized letters), longest first.
const CLITICS: [&str; 12] = [
    "وب", "ول", "وك", "فب", "فل", "وف", "و", "ف", "ب", "ل", "ك", "س",
];

/// Look a normalized word up, directly or after stripping proclitics
/// (و ف ب ل ك and combinations; لل → ل + ال). Returns the entry and the
/// number of normalized letters stripped.
pub fn lookup(w: &str) -> Option<(Lex, usize)> {
    let t = table();
    if let Some(l) = t.get(w) {
        return Some((*l, 0));
    }
    for c in CLITICS {
        if let Some(rest) = w.strip_prefix(c) {
            if rest.chars().count() < 2 {
                continue;
            }
            let n = c.chars().count();
            if let Some(l) = t.get(rest) {
                return Some((*l, n));
            }
            // لل + X = ل + الX
            if c.ends_with('ل') {
                if let Some(r2) = rest.strip_prefix('ل') {
                    let mut s = String::with_capacity(r2.len() + 4);
                    s.push_str("ال");
                    s.push_str(r2);
                    if let Some(l) = t.get(&s) {
                        return Some((*l, n));
                    }
                }
            }
        }
    }
    None
}

/// The lexicon's normalized words.
pub(super) fn entries() -> impl Iterator<Item = &'static str> {
    table().keys().map(String::as_str)
}

/// Every normalized word [`lookup`] can find (a superset: the entries, and each
/// entry behind every proclitic of [`CLITICS`], also in the لل + X = ل + الX form),
/// for the per-token table of the rule reader.
pub(super) fn lookup_candidates() -> Vec<String> {
    let keys: Vec<&String> = table().keys().collect();
    let mut out: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
    for c in CLITICS {
        for k in &keys {
            out.push(format!("{c}{k}"));
            if let Some(r2) = k.strip_prefix("ال") {
                out.push(format!("{c}ل{r2}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(lookup(&norm("أيلول")), Some((Lex::Month(9, false), 0)));
        assert_eq!(lookup(&norm("وأيلول")), Some((Lex::Month(9, false), 1)));
        assert_eq!(lookup(&norm("للهجرة")), Some((Lex::HijriMark, 0)));
        assert_eq!(
            lookup(&norm("للعام")).map(|x| x.0),
            Some(Lex::YearWord(false))
        );
        assert_eq!(lookup(&norm("جويلية")), Some((Lex::Month(7, false), 0)));
        assert_eq!(
            lookup(&norm("الاشهر")),
            Some((Lex::Unit(Grain::Month, Card::Many, true), 0))
        );
    }
}
