//! Number words (Modern Standard Arabic and Egyptian colloquial), keyed by their
//! folded spelling (see [`super::fold_word`]): أ/إ/آ/ٱ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي, no
//! diacritics or tatweel. Facts of the language, written out by hand.
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::lexicon::FoldBuild;

/// Longest number word, in characters (folded, without clitics).
pub const MAX_CHARS: usize = 10;

/// Grammatical number of a scale or fraction word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Singular,
    Dual,
    Plural,
}

/// What a number word contributes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Word {
    /// 0–9 (including the feminine/masculine, case and construct forms).
    Unit(u8),
    /// أحد/إحدى: 1, but only as the first part of 11 (a bare أحد is "one of / someone").
    OneTeen,
    /// عشر/عشرة: 10, or the second part of 11–19.
    Ten,
    /// 11–19 written as one word (Egyptian حداشر، اتناشر…).
    Teen(u8),
    /// 20, 30 … 90.
    Tens(u8),
    /// A hundreds word: 100 (مئة), 200 (مئتان), 300 … 900 (ثلاثمائة…).
    Hundred(u16),
    /// ألف, مليون, مليار … and دزينة (12) with their dual and plural forms.
    Scale(f64, Form),
    /// A fraction word: denominator and form (نصف 2, ثلث 3, ربع 4 …; أرباع plural; ثلثان dual).
    Fraction(u8, Form),
    /// Ordinal 1–10 (أول، ثان، ثالث …); `Ordinal(1)` also for حادي (only in 11, 21 …).
    Ordinal(u8),
    /// حادي/حادية: the "one" of ordinal 11, 21 …
    OrdinalOne,
    /// Colloquial نص "half": only after و joined to a number (لتر ونص); alone it is "text".
    Nus,
    /// سالب / ناقص before a number.
    Minus,
    /// فاصلة: decimal point read as a word.
    Point,
}

fn table() -> HashMap<String, Word, FoldBuild> {
    use Form::*;
    use Word::*;
    let mut m: HashMap<String, Word, FoldBuild> = HashMap::default();
    // Keys go through the same folding as the text (مائة → مايه).
    let mut put = |ws: &[&str], w: Word| {
        for s in ws {
            m.insert(super::fold_word(s), w);
        }
    };
    put(&["صفر"], Unit(0));
    put(&["واحد", "واحده"], Unit(1));
    put(&["احد", "احدي"], OneTeen);
    put(
        &[
            "اثنان",
            "اثنين",
            "اثنتان",
            "اثنتين",
            "اثنا",
            "اثني",
            "اثنتا",
            "اثنتي",
            "اتنين",
            "اتنان",
            "ثنتين",
            "ثنتان",
            "تنين",
        ],
        Unit(2),
    );
    put(&["ثلاث", "ثلاثه", "تلات", "تلاته", "ثلاثا"], Unit(3));
    put(&["اربع", "اربعه", "اربعا"], Unit(4));
    put(&["خمس", "خمسه", "خمسا"], Unit(5));
    put(&["ست", "سته", "ستا"], Unit(6));
    put(&["سبع", "سبعه", "سبعا"], Unit(7));
    put(
        &[
            "ثمان",
            "ثماني",
            "ثمانيه",
            "ثمانيا",
            "تمان",
            "تمانيه",
            "تمن",
            "تماني",
        ],
        Unit(8),
    );
    put(&["تسع", "تسعه", "تسعا"], Unit(9));
    put(&["عشر", "عشره", "عشرا"], Ten);
    put(&["حداشر", "احداشر", "حضاشر"], Teen(11));
    put(&["اتناشر", "اطناشر", "اثناشر", "ثناشر"], Teen(12));
    put(&["تلتاشر", "تلاتاشر", "ثلاثطاشر", "تلطاشر"], Teen(13));
    put(&["اربعتاشر", "اربعطاشر", "اربعتعشر"], Teen(14));
    put(&["خمستاشر", "خمسطاشر"], Teen(15));
    put(&["ستاشر", "سطاشر", "ستطاشر"], Teen(16));
    put(&["سبعتاشر", "سبعطاشر"], Teen(17));
    put(&["تمنتاشر", "تمانتاشر", "طمنطاشر", "تمنطاشر"], Teen(18));
    put(&["تسعتاشر", "تسعطاشر"], Teen(19));
    put(&["عشرون", "عشرين"], Tens(20));
    put(&["ثلاثون", "ثلاثين", "تلاتين", "تلاتون"], Tens(30));
    put(&["اربعون", "اربعين"], Tens(40));
    put(&["خمسون", "خمسين"], Tens(50));
    put(&["ستون", "ستين"], Tens(60));
    put(&["سبعون", "سبعين"], Tens(70));
    put(&["ثمانون", "ثمانين", "تمانين", "تمنين"], Tens(80));
    put(&["تسعون", "تسعين"], Tens(90));
    put(&["مائه", "مئه", "ميه", "مايه"], Hundred(100));
    put(
        &[
            "مائتان",
            "مئتان",
            "مائتين",
            "مئتين",
            "مائتا",
            "مئتا",
            "مائتي",
            "مئتي",
            "متين",
            "ميتين",
            "ميتان",
            // A common misspelling (المئتيان).
            "مئتيان",
            "مائتيان",
        ],
        Hundred(200),
    );
    put(
        &[
            "ثلاثمائه",
            "ثلاثمئه",
            "ثلثمائه",
            "ثلثمئه",
            "تلتميه",
            "تلاتميه",
            "ثلاثميه",
        ],
        Hundred(300),
    );
    put(&["اربعمائه", "اربعمئه", "ربعميه", "اربعميه"], Hundred(400));
    put(&["خمسمائه", "خمسمئه", "خمسميه"], Hundred(500));
    put(&["ستمائه", "ستمئه", "ستميه", "سطميه"], Hundred(600));
    put(&["سبعمائه", "سبعمئه", "سبعميه"], Hundred(700));
    put(
        &[
            "ثمانمائه",
            "ثمانمئه",
            "ثمنمائه",
            "ثمنمئه",
            "ثمانيمائه",
            "ثمانيمئه",
            "تمنميه",
            "تمانميه",
        ],
        Hundred(800),
    );
    put(&["تسعمائه", "تسعمئه", "تسعميه"], Hundred(900));
    put(&["الف", "الفا"], Scale(1e3, Singular));
    put(&["الفان", "الفين", "الفي"], Scale(1e3, Dual));
    put(&["الاف", "الوف"], Scale(1e3, Plural));
    put(&["مليون", "مليونا"], Scale(1e6, Singular));
    put(&["مليونان", "مليونين", "مليوني"], Scale(1e6, Dual));
    put(&["ملايين", "ملاين"], Scale(1e6, Plural));
    put(
        &["مليار", "مليارا", "بليون", "بليونا"],
        Scale(1e9, Singular),
    );
    put(
        &["ملياران", "مليارين", "ملياري", "بليونان", "بليونين"],
        Scale(1e9, Dual),
    );
    put(&["مليارات", "بلايين"], Scale(1e9, Plural));
    put(&["تريليون", "ترليون", "تريليونا"], Scale(1e12, Singular));
    put(&["تريليونان", "تريليونين", "ترليونين"], Scale(1e12, Dual));
    put(&["تريليونات", "ترليونات"], Scale(1e12, Plural));
    put(&["دزينه", "دسته"], Scale(12.0, Singular));
    put(&["دزينتان", "دزينتين", "دستتين"], Scale(12.0, Dual));
    put(&["دزينات", "دستات"], Scale(12.0, Plural));
    put(&["نصف"], Fraction(2, Singular));
    put(&["نص"], Nus);
    put(&["ثلث"], Fraction(3, Singular));
    put(&["ربع"], Fraction(4, Singular));
    put(&["سدس"], Fraction(6, Singular));
    put(&["ثلثان", "ثلثين", "ثلثا", "ثلثي"], Fraction(3, Dual));
    put(&["ربعان", "ربعين"], Fraction(4, Dual));
    put(&["انصاف"], Fraction(2, Plural));
    put(&["اثلاث"], Fraction(3, Plural));
    put(&["ارباع"], Fraction(4, Plural));
    put(&["اخماس"], Fraction(5, Plural));
    put(&["اسداس"], Fraction(6, Plural));
    put(&["اسباع"], Fraction(7, Plural));
    put(&["اثمان"], Fraction(8, Plural));
    put(&["اتساع"], Fraction(9, Plural));
    put(&["اعشار"], Fraction(10, Plural));
    put(&["اول", "اولي"], Ordinal(1));
    put(&["ثاني", "ثان", "ثانيه", "تاني", "تانيه"], Ordinal(2));
    put(&["ثالث", "ثالثه", "تالت", "تالته"], Ordinal(3));
    put(&["رابع", "رابعه"], Ordinal(4));
    put(&["خامس", "خامسه"], Ordinal(5));
    put(&["سادس", "سادسه"], Ordinal(6));
    put(&["سابع", "سابعه"], Ordinal(7));
    put(&["ثامن", "ثامنه", "تامن", "تامنه"], Ordinal(8));
    put(&["تاسع", "تاسعه"], Ordinal(9));
    put(&["عاشر", "عاشره"], Ordinal(10));
    put(&["حادي", "حاديه"], OrdinalOne);
    put(&["سالب", "ناقص"], Minus);
    put(&["فاصله"], Point);
    m
}

fn t() -> &'static HashMap<String, Word, FoldBuild> {
    static T: OnceLock<HashMap<String, Word, FoldBuild>> = OnceLock::new();
    T.get_or_init(table)
}

/// The folded number words (no clitics).
pub(super) fn keys() -> impl Iterator<Item = &'static str> {
    t().keys().map(String::as_str)
}

/// Look up a folded word (no clitics).
pub fn lookup(folded: &str) -> Option<Word> {
    t().get(folded).copied()
}

/// Bit of an Arabic letter U+0621…U+064A in a 64-bit set.
fn bit(c: char) -> u64 {
    let k = (c as u32).wrapping_sub(0x0621);
    if k < 64 {
        1u64 << k
    } else {
        0
    }
}

/// Letters a number word (or a proclitic before one) can start with.
fn first_letters() -> u64 {
    static F: OnceLock<u64> = OnceLock::new();
    *F.get_or_init(|| {
        let mut m = 0u64;
        for k in t().keys() {
            if let Some(c) = k.chars().next() {
                m |= bit(c);
            }
        }
        for c in ['و', 'ف', 'ب', 'ل', 'ك', 'ا'] {
            m |= bit(c);
        }
        m
    })
}

/// Quick rejection: can `folded` (possibly with proclitics) be a number word?
pub fn may_contain(folded: &str) -> bool {
    folded
        .chars()
        .next()
        .is_some_and(|c| first_letters() & bit(c) != 0)
}
