//! Word lists for quantities (facts of Arabic and of ISO 4217), keyed by
//! search-folded spelling (see `khabar_text::numbers::fold_word`).
use khabar_text::numbers::fold_word;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The qualifier a cue gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qual {
    Exact,
    Approximately,
    MoreThan,
    LessThan,
    AtLeast,
    AtMost,
}

impl Qual {
    pub fn as_str(self) -> &'static str {
        match self {
            Qual::Exact => "exact",
            Qual::Approximately => "approximately",
            Qual::MoreThan => "more_than",
            Qual::LessThan => "less_than",
            Qual::AtLeast => "at_least",
            Qual::AtMost => "at_most",
        }
    }
}

/// Cues written before the number (word sequences, longest first when matched).
pub const PRE_CUES: &[(&str, Qual)] = &[
    ("نحو", Qual::Approximately),
    ("حوالي", Qual::Approximately),
    ("حوالى", Qual::Approximately),
    ("قرابة", Qual::Approximately),
    ("زهاء", Qual::Approximately),
    ("ما يقارب", Qual::Approximately),
    ("يقارب", Qual::Approximately),
    ("ما يناهز", Qual::Approximately),
    ("يناهز", Qual::Approximately),
    ("ما يقرب من", Qual::Approximately),
    ("يقرب من", Qual::Approximately),
    ("بحدود", Qual::Approximately),
    ("في حدود", Qual::Approximately),
    ("تقريبا", Qual::Approximately),
    ("أكثر من", Qual::MoreThan),
    ("أكثر من نحو", Qual::MoreThan),
    ("ما يزيد على", Qual::MoreThan),
    ("ما يزيد عن", Qual::MoreThan),
    ("يزيد على", Qual::MoreThan),
    ("يزيد عن", Qual::MoreThan),
    ("أزيد من", Qual::MoreThan),
    ("فوق", Qual::MoreThan),
    ("ما فوق", Qual::MoreThan),
    ("ما يربو على", Qual::MoreThan),
    ("يربو على", Qual::MoreThan),
    ("ما يفوق", Qual::MoreThan),
    ("يفوق", Qual::MoreThan),
    ("أقل من", Qual::LessThan),
    ("دون", Qual::LessThan),
    ("ما دون", Qual::LessThan),
    ("تحت", Qual::LessThan),
    ("ما يقل عن", Qual::LessThan),
    ("ما لا يقل عن", Qual::AtLeast),
    ("لا يقل عن", Qual::AtLeast),
    ("ما لا تقل عن", Qual::AtLeast),
    ("لا تقل عن", Qual::AtLeast),
    ("على الأقل", Qual::AtLeast),
    ("لا يتجاوز", Qual::AtMost),
    ("ما لا يتجاوز", Qual::AtMost),
    ("لا تتجاوز", Qual::AtMost),
    ("لا يزيد على", Qual::AtMost),
    ("لا يزيد عن", Qual::AtMost),
    ("لا تزيد عن", Qual::AtMost),
    ("لا تزيد على", Qual::AtMost),
    ("على الأكثر", Qual::AtMost),
    ("حتى", Qual::AtMost),
    ("أكبر من", Qual::MoreThan),
    ("أعلى من", Qual::MoreThan),
    ("يتجاوز", Qual::MoreThan),
    ("تتجاوز", Qual::MoreThan),
    ("تفوق", Qual::MoreThan),
    ("أصغر من", Qual::LessThan),
    ("أدنى من", Qual::LessThan),
    ("أخفض من", Qual::LessThan),
    ("أكبر من أو يساوي", Qual::AtLeast),
    ("أكبر من أو تساوي", Qual::AtLeast),
    ("أكثر من أو يساوي", Qual::AtLeast),
    ("أعلى من أو يساوي", Qual::AtLeast),
    ("يساوي أو أكثر من", Qual::AtLeast),
    ("لا أقل من", Qual::AtLeast),
    ("على الأقل أو يساوي", Qual::AtLeast),
    ("أقل من أو يساوي", Qual::AtMost),
    ("أقل من أو تساوي", Qual::AtMost),
    ("أصغر من أو يساوي", Qual::AtMost),
    ("أصغر من أو تساوي", Qual::AtMost),
    ("أخفض أو يساوي", Qual::AtMost),
    ("يساوي أو أقل من", Qual::AtMost),
    ("لا أكثر من", Qual::AtMost),
    ("ما يصل إلى", Qual::AtMost),
    ("يصل إلى", Qual::AtMost),
    ("يساوي", Qual::Exact),
    ("تساوي", Qual::Exact),
    ("بحد أقصى", Qual::AtMost),
    ("كحد أقصى", Qual::AtMost),
];

/// Cues written after the quantity.
pub const POST_CUES: &[(&str, Qual)] = &[
    ("تقريبا", Qual::Approximately),
    ("على الأقل", Qual::AtLeast),
    ("على الأكثر", Qual::AtMost),
    ("كحد أقصى", Qual::AtMost),
    ("بحد أقصى", Qual::AtMost),
    ("كحد أدنى", Qual::AtLeast),
    ("بحد أدنى", Qual::AtLeast),
    ("أو أكثر", Qual::AtLeast),
    ("وأكثر", Qual::AtLeast),
    ("فأكثر", Qual::AtLeast),
    ("أو أقل", Qual::AtMost),
    ("فأقل", Qual::AtMost),
];

/// Vague quantity words: (word, low, high).
pub const VAGUE: &[(&str, f64, f64)] = &[
    ("بضع", 3.0, 9.0),
    ("بضعة", 3.0, 9.0),
    ("عدة", 3.0, 9.0),
    ("عشرات", 20.0, 90.0),
    ("مئات", 200.0, 900.0),
    ("مئات", 200.0, 900.0),
    ("آلاف", 2000.0, 9000.0),
    ("ألوف", 2000.0, 9000.0),
    ("ملايين", 2e6, 9e6),
    ("مليارات", 2e9, 9e9),
];

/// Scales a vague word can multiply (عشرات الآلاف): (word, factor).
pub const VAGUE_SCALES: &[(&str, f64)] = &[
    ("آلاف", 1e3),
    ("الآلاف", 1e3),
    ("ألوف", 1e3),
    ("الألوف", 1e3),
    ("ملايين", 1e6),
    ("الملايين", 1e6),
    ("مليارات", 1e9),
    ("المليارات", 1e9),
];

/// Currency base words → family.
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("دولار", "dollar"),
    ("دولارا", "dollar"),
    ("دولارات", "dollar"),
    ("يورو", "euro"),
    ("اورو", "euro"),
    ("يوروهات", "euro"),
    ("جنيه", "pound"),
    ("جنيها", "pound"),
    ("جنيهات", "pound"),
    ("ريال", "riyal"),
    ("ريالا", "riyal"),
    ("ريالات", "riyal"),
    ("ليرة", "lira"),
    ("ليرات", "lira"),
    ("درهم", "dirham"),
    ("درهما", "dirham"),
    ("دراهم", "dirham"),
    ("دينار", "dinar"),
    ("دينارا", "dinar"),
    ("دنانير", "dinar"),
    ("روبل", "ruble"),
    ("روبلا", "ruble"),
    ("روبلات", "ruble"),
    ("يوان", "yuan"),
    ("ين", "yen"),
    ("روبية", "rupee"),
    ("روبيات", "rupee"),
    ("فرنك", "franc"),
    ("فرنكا", "franc"),
    ("فرنكات", "franc"),
    ("شيكل", "shekel"),
    ("شيقل", "shekel"),
    ("شيكلا", "shekel"),
    ("شواقل", "shekel"),
    ("شيكلات", "shekel"),
];

/// Cent words (a hundredth of the currency before them; USD alone).
pub const CENT_WORDS: &[&str] = &["سنت", "سنتا", "سنتات", "سينت", "سينتات"];

/// (family, country adjective) → ISO 4217.
pub const CURRENCY_ADJ: &[(&str, &str, &str)] = &[
    ("dollar", "أمريكي", "USD"),
    ("dollar", "أميركي", "USD"),
    ("dollar", "كندي", "CAD"),
    ("dollar", "أسترالي", "AUD"),
    ("dollar", "سنغافوري", "SGD"),
    ("dollar", "نيوزيلندي", "NZD"),
    ("dollar", "تايواني", "TWD"),
    ("riyal", "سعودي", "SAR"),
    ("riyal", "قطري", "QAR"),
    ("riyal", "عماني", "OMR"),
    ("riyal", "يمني", "YER"),
    ("riyal", "إيراني", "IRR"),
    ("lira", "سوري", "SYP"),
    ("lira", "لبناني", "LBP"),
    ("lira", "تركي", "TRY"),
    ("pound", "مصري", "EGP"),
    ("pound", "إسترليني", "GBP"),
    ("pound", "استرليني", "GBP"),
    ("pound", "سوداني", "SDG"),
    ("pound", "سوري", "SYP"),
    ("pound", "لبناني", "LBP"),
    ("dinar", "كويتي", "KWD"),
    ("dinar", "أردني", "JOD"),
    ("dinar", "عراقي", "IQD"),
    ("dinar", "بحريني", "BHD"),
    ("dinar", "ليبي", "LYD"),
    ("dinar", "تونسي", "TND"),
    ("dinar", "جزائري", "DZD"),
    ("dirham", "إماراتي", "AED"),
    ("dirham", "مغربي", "MAD"),
    ("franc", "سويسري", "CHF"),
    ("rupee", "هندي", "INR"),
    ("rupee", "باكستاني", "PKR"),
    ("euro", "أوروبي", "EUR"),
    ("yuan", "صيني", "CNY"),
    ("ruble", "روسي", "RUB"),
    ("yen", "ياباني", "JPY"),
    ("shekel", "إسرائيلي", "ILS"),
    ("shekel", "جديد", "ILS"),
];

/// Default code per family, and document cues that pick another code
/// (a word stem that, when it occurs in the document, makes that code likelier).
pub const CURRENCY_DEFAULT: &[(&str, &str, &[(&str, &str)])] = &[
    ("dollar", "USD", &[]),
    ("euro", "EUR", &[]),
    ("pound", "EGP", &[("بريطاني", "GBP"), ("لندن", "GBP"), ("السودان", "SDG")]),
    ("riyal", "SAR", &[("قطر", "QAR"), ("عمان", "OMR"), ("اليمن", "YER"), ("إيران", "IRR")]),
    ("lira", "TRY", &[("سوري", "SYP"), ("لبنان", "LBP")]),
    (
        "dinar",
        "KWD",
        &[
            ("الأردن", "JOD"),
            ("العراق", "IQD"),
            ("البحرين", "BHD"),
            ("ليبيا", "LYD"),
            ("تونس", "TND"),
            ("الجزائر", "DZD"),
        ],
    ),
    ("dirham", "AED", &[("المغرب", "MAD")]),
    ("ruble", "RUB", &[]),
    ("yuan", "CNY", &[]),
    ("yen", "JPY", &[]),
    ("rupee", "INR", &[("باكستان", "PKR")]),
    ("franc", "CHF", &[]),
    ("shekel", "ILS", &[]),
];

/// ISO 4217 codes accepted when written in Latin letters after a number.
pub const ISO_CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD",
    "IQD", "SYP", "LBP", "EGP", "TRY", "IRR", "MAD", "DZD", "TND", "LYD", "SDG", "YER", "ILS",
    "RUB", "INR", "PKR", "CAD", "AUD",
];

/// Currency symbols.
pub fn currency_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        '₪' => "ILS",
        '₺' => "TRY",
        '₹' => "INR",
        '₽' => "RUB",
        _ => return None,
    })
}

/// Measurement units, single words: (word, unit name).
pub const MEASURE_WORDS: &[(&str, &str)] = &[
    ("كيلوغرام", "kg"),
    ("كيلوجرام", "kg"),
    ("كيلوغراما", "kg"),
    ("كيلوغرامات", "kg"),
    ("كيلوجرامات", "kg"),
    ("كغ", "kg"),
    ("كلغ", "kg"),
    ("كجم", "kg"),
    ("كيلو", "kg"),
    ("كيلوات", "kg"),
    ("غرام", "g"),
    ("جرام", "g"),
    ("غراما", "g"),
    ("غرامات", "g"),
    ("جرامات", "g"),
    ("غم", "g"),
    ("جم", "g"),
    ("ملغ", "mg"),
    ("ملج", "mg"),
    ("مغ", "mg"),
    ("مليغرام", "mg"),
    ("ملليغرام", "mg"),
    ("ملليجرام", "mg"),
    ("ميليغرام", "mg"),
    ("طن", "t"),
    ("طنا", "t"),
    ("أطنان", "t"),
    ("كيلومتر", "km"),
    ("كيلومترا", "km"),
    ("كيلومترات", "km"),
    ("كلم", "km"),
    ("كم", "km"),
    ("متر", "m"),
    ("مترا", "m"),
    ("أمتار", "m"),
    ("سنتيمتر", "cm"),
    ("سنتيمترات", "cm"),
    ("سنتمتر", "cm"),
    ("سم", "cm"),
    ("مليمتر", "mm"),
    ("ملم", "mm"),
    ("مم", "mm"),
    ("ميل", "mi"),
    ("ميلا", "mi"),
    ("أميال", "mi"),
    ("هكتار", "ha"),
    ("هكتارا", "ha"),
    ("هكتارات", "ha"),
    ("دونم", "dunam"),
    ("دونما", "dunam"),
    ("دونمات", "dunam"),
    ("فدان", "feddan"),
    ("فدانا", "feddan"),
    ("أفدنة", "feddan"),
    ("لتر", "l"),
    ("ليتر", "l"),
    ("لترا", "l"),
    ("ليترا", "l"),
    ("لترات", "l"),
    ("ليترات", "l"),
    ("مل", "ml"),
    ("ملل", "ml"),
    ("ميليلتر", "ml"),
    ("ملليلتر", "ml"),
    ("مليلتر", "ml"),
    ("مليلتر", "ml"),
    ("ميلي", "ml"),
    ("غالون", "gal"),
    ("جالون", "gal"),
    ("غالونات", "gal"),
    ("جالونات", "gal"),
    ("هكتوليتر", "hl"),
    ("هكتولتر", "hl"),
    ("أونصة", "oz"),
    ("اونصة", "oz"),
    ("أونصات", "oz"),
    ("كوب", "cup"),
    ("أكواب", "cup"),
    ("ملعقة", "spoon"),
    ("ملاعق", "spoon"),
    ("ميغاواط", "MW"),
    ("ميجاوات", "MW"),
    ("ميغاوات", "MW"),
    ("كيلوواط", "kW"),
    ("درجة", "°"),
    ("درجات", "°"),
    ("سلزيوس", "°C"),
    ("سيلسيوس", "°C"),
    ("فهرنهايت", "°F"),
    ("فهرنهايت", "°F"),
];

/// Dual forms of measurement/currency units: a quantity of 2 without a number.
pub const DUAL_UNITS: &[(&str, &str)] = &[
    ("لتران", "l"),
    ("لترين", "l"),
    ("ليترين", "l"),
    ("أونصتان", "oz"),
    ("أونصتين", "oz"),
    ("درجتان", "°"),
    ("درجتين", "°"),
    ("دولاران", "USD"),
    ("دولارين", "USD"),
    ("كيلوغرامين", "kg"),
    ("مترين", "m"),
    ("طنين", "t"),
    ("كوبين", "cup"),
];

/// Two-word measurement units.
pub const MEASURE_PAIRS: &[(&str, &str, &str)] = &[
    ("ملي", "لتر", "ml"),
    ("ميلي", "لتر", "ml"),
    ("هكتو", "ليتر", "hl"),
    ("هكتو", "لتر", "hl"),
    ("كيلو", "متر", "km"),
    ("كيلو", "غرام", "kg"),
    ("كيلو", "جرام", "kg"),
    ("متر", "مربع", "m2"),
    ("متر", "مكعب", "m3"),
    ("كيلومتر", "مربع", "km2"),
    ("كيلومترا", "مربعا", "km2"),
    ("مترا", "مربعا", "m2"),
    ("مترا", "مكعبا", "m3"),
    ("أمتار", "مكعبة", "m3"),
    ("أمتار", "مربعة", "m2"),
    ("درجة", "مئوية", "°C"),
    ("درجات", "مئوية", "°C"),
    ("درجة", "سلزيوس", "°C"),
    ("درجة", "سيلسيوس", "°C"),
    ("درجة", "فهرنهايت", "°F"),
    ("درجات", "فهرنهايت", "°F"),
    ("ملعقة", "صغيرة", "tsp"),
    ("ملعقة", "كبيرة", "tbsp"),
];

/// Latin unit symbols after a number.
pub const LATIN_UNITS: &[(&str, &str)] = &[
    ("kg", "kg"),
    ("g", "g"),
    ("mg", "mg"),
    ("km", "km"),
    ("m", "m"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("l", "l"),
    ("ml", "ml"),
    ("MW", "MW"),
    ("GW", "GW"),
    ("C", "°C"),
    ("F", "°F"),
];

/// Time units: a number counting them is a duration (the time extractor's job).
pub const TIME_UNITS: &[&str] = &[
    "يوم", "أيام", "يوما", "يومين", "يومان", "ساعة", "ساعات", "ساعتين", "ساعتان", "دقيقة",
    "دقائق", "دقيقتين", "ثانية", "ثوان", "ثواني", "أسبوع", "أسابيع", "أسبوعا", "أسبوعين",
    "شهر", "أشهر", "شهور", "شهرا", "شهرين", "سنة", "سنوات", "سنين", "سنتين", "عام", "أعوام",
    "عاما", "عامين", "عقد", "عقود", "عقدين", "قرن", "قرون", "قرنا", "ليلة", "ليال", "ليالي",
    "صباحا", "صباح", "مساء", "مساءا", "فجرا", "ظهرا", "عصرا", "ليلا", "هـ", "ه", "م", "ميلادي",
    "هجري", "ميلادية", "هجرية", "بتوقيت", "سنويا", "يوميا", "شهريا", "أسبوعيا",
];

/// Month names of every regional system (a number before them is a day of the month).
pub const MONTHS: &[&str] = &[
    "يناير", "فبراير", "مارس", "أبريل", "إبريل", "أفريل", "مايو", "ماي", "يونيو", "يونيه",
    "جوان", "يوليو", "يوليه", "يوليوز", "جويلية", "أغسطس", "غشت", "أوت", "سبتمبر", "شتنبر",
    "أكتوبر", "نوفمبر", "نونبر", "ديسمبر", "دجنبر", "جانفي", "فيفري", "كانون", "شباط", "آذار",
    "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "محرم", "ربيع", "جمادى",
    "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي", "المايو",
];

/// Words before a number that make it a date, a year or a clock time.
pub const TIME_CUES_BEFORE: &[&str] = &[
    "عام", "العام", "لعام", "بعام", "وعام", "سنة", "السنة", "لسنة", "منذ", "مطلع", "أوائل",
    "أواخر", "منتصف", "نهاية", "بداية", "ربيع", "صيف", "خريف", "شتاء", "الساعة", "الساعه",
    "عامي", "العامين", "موسم", "لموسم", "تاريخ", "بتاريخ", "يوم", "اليوم", "ليوم",
    "مواليد", "مواليد", "حتى", "قبل", "بعد", "خلال", "في",
];

/// Words before a number that make it part of a name, a title or a reference.
pub const NAME_CUES_BEFORE: &[&str] = &[
    "رقم", "برقم", "الرقم", "المادة", "مادة", "البند", "بند", "الفقرة", "فقرة", "الفصل",
    "القرار", "قرار", "الصفحة", "صفحة", "الدقيقة", "الجولة", "المرحلة", "الإصدار", "النسخة",
    "موديل", "طراز", "الحلقة", "الجزء", "العدد", "الطابق", "الكيلو", "المركز", "المرتبة",
    "الغرفة", "الطريق", "الشارع", "الفيلق", "اللواء", "الفرقة", "الكتيبة", "القانون", "المجموعة",
    "المباراة", "الأسبوع", "الممر", "البوابة", "المنفذ", "المعبر", "الخط", "الرحلة", "كوفيد",
    "مجموعة", "الدورة", "الدوري", "ضمن", "المقعد", "ترتيب", "تصنيف", "المرتبه", "بطاقة",
    "الحافلة", "المبنى", "الحي", "المنطقة", "القطاع", "الجيل",
];

/// Words after a number that cannot be its counted noun.
pub const NOT_NOUNS: &[&str] = &[
    "من", "في", "على", "إلى", "الى", "عن", "أن", "ان", "إن", "قد", "لا", "لم", "لن", "ما",
    "ثم", "أو", "او", "و", "مع", "بعد", "قبل", "منذ", "حتى", "عند", "لدى", "هو", "هي", "هم",
    "كان", "كانت", "التي", "الذي", "الذين", "اللذين", "اللتين", "هذا", "هذه", "ذلك", "تلك",
    "كل", "بين", "ضد", "حول", "خلال", "نحو", "حوالي", "فقط", "أيضا", "ايضا", "أي", "غير",
    "مثل", "دون", "عبر", "وفق", "وفقا", "حسب", "بسبب", "لكن", "بل", "إذا", "اذا", "كما",
    "مقابل", "آخرين", "آخرون", "آخران", "آخرين", "أخريات", "أخرى", "اخرى", "آخر", "اخر", "منها", "منهم", "منهن", "فيها", "فيه",
    "عليها", "عليه", "له", "لها", "لهم", "به", "بها", "بهم", "إنه", "أنه", "انه", "تقريبا",
    "يوميا", "سنويا", "شهريا", "أسبوعيا", "حاليا", "مؤخرا", "أخيرا", "فيما", "بينما", "حيث",
    "الذى", "التى", "لكل", "بكل", "عام", "نقطة", "بالمئة", "بالمائة", "بالمية", "المئة",
    "المائة", "ألف", "مليون", "مليار", "أكثر", "أقل", "جديدة", "جديد", "فاصلة", "مرة", "مرات",
    "الأقل", "الأكثر", "تحت", "فوق", "هناك", "هنا", "إضافة", "بالإضافة", "علاوة", "عدد",
];

/// Build a folded-key map from a list of (word, value) pairs.
pub fn folded_map<V: Copy>(pairs: &[(&str, V)]) -> HashMap<String, V> {
    pairs.iter().map(|(k, v)| (fold_word(k), *v)).collect()
}

/// A folded-word set.
pub fn folded_set(words: &[&str]) -> std::collections::HashSet<String> {
    words.iter().map(|w| fold_word(w)).collect()
}

/// All tables, folded once.
pub struct Tables {
    pub currency: HashMap<String, &'static str>,
    pub cents: std::collections::HashSet<String>,
    pub currency_adj: HashMap<(String, String), &'static str>,
    pub measure: HashMap<String, &'static str>,
    pub measure_pairs: HashMap<(String, String), &'static str>,
    pub dual_units: HashMap<String, &'static str>,
    pub time_units: std::collections::HashSet<String>,
    pub months: std::collections::HashSet<String>,
    pub time_cues: std::collections::HashSet<String>,
    pub name_cues: std::collections::HashSet<String>,
    pub not_nouns: std::collections::HashSet<String>,
    pub vague: HashMap<String, (f64, f64)>,
    pub vague_scales: HashMap<String, f64>,
    pub pre_cues: Vec<(Vec<String>, Qual)>,
    pub post_cues: Vec<(Vec<String>, Qual)>,
    /// Folded plural (or inflected form) → singular in its proper spelling.
    pub plurals: HashMap<String, String>,
}

fn cue_list(cues: &[(&str, Qual)]) -> Vec<(Vec<String>, Qual)> {
    let mut v: Vec<(Vec<String>, Qual)> = cues
        .iter()
        .map(|(c, q)| (c.split_whitespace().map(fold_word).collect(), *q))
        .collect();
    // Longest first.
    v.sort_by_key(|(ws, _)| std::cmp::Reverse(ws.len()));
    v
}

const PLURALS_TSV: &str = include_str!("../../../../data/lexicon/plurals.tsv");

pub fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| Tables {
        currency: folded_map(CURRENCY_WORDS),
        cents: folded_set(CENT_WORDS),
        currency_adj: CURRENCY_ADJ
            .iter()
            .map(|(f, a, c)| ((f.to_string(), fold_word(a)), *c))
            .collect(),
        measure: folded_map(MEASURE_WORDS),
        measure_pairs: MEASURE_PAIRS
            .iter()
            .map(|(a, b, u)| ((fold_word(a), fold_word(b)), *u))
            .collect(),
        dual_units: folded_map(DUAL_UNITS),
        time_units: folded_set(TIME_UNITS),
        months: folded_set(MONTHS),
        time_cues: folded_set(TIME_CUES_BEFORE),
        name_cues: folded_set(NAME_CUES_BEFORE),
        not_nouns: folded_set(NOT_NOUNS),
        vague: VAGUE
            .iter()
            .map(|(w, l, h)| (fold_word(w), (*l, *h)))
            .collect(),
        vague_scales: folded_map(VAGUE_SCALES),
        pre_cues: cue_list(PRE_CUES),
        post_cues: cue_list(POST_CUES),
        plurals: PLURALS_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (p, s) = l.split_once('\t')?;
                Some((fold_word(p.trim()), s.trim().to_string()))
            })
            .collect(),
    })
}
