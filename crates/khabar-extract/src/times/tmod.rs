//! The TIMEX3 `mod` attribute: hedges (نحو، أكثر من، على الأقل…) and parts of
//! periods (مطلع، منتصف، أواخر…).
//!
//! A hedge right before an expression (after an optional و/ف/ل/ب proclitic on
//! its first word) or right after it (تقريبا، على الأقل) sets `mod` and is taken
//! into the span; the proclitic stays outside: «لأكثر من 4 سنوات» → «أكثر من 4
//! سنوات», MORE_THAN. A part-of-period word already opens its expression's span
//! (أواخر ديسمبر), so only `mod` is set. The value is never changed.
use khabar_text::Span;

use super::lex::raw_prefix_len;
use super::rules::{Kind, M, P};
use super::words::{Lex, Part};

/// Hedges before an expression, longest first (normalized forms, see `lex::norm`).
const BEFORE: &[(&[&str], &str)] = &[
    (&["ما", "لا", "يقل", "عن"], "EQUAL_OR_MORE"),
    (&["ما", "لا", "يزيد", "عن"], "EQUAL_OR_LESS"),
    (&["ما", "لا", "يزيد", "علي"], "EQUAL_OR_LESS"),
    (&["لا", "يقل", "عن"], "EQUAL_OR_MORE"),
    (&["لا", "تقل", "عن"], "EQUAL_OR_MORE"),
    (&["لا", "يزيد", "عن"], "EQUAL_OR_LESS"),
    (&["لا", "يزيد", "علي"], "EQUAL_OR_LESS"),
    (&["لا", "تزيد", "عن"], "EQUAL_OR_LESS"),
    (&["لا", "تزيد", "علي"], "EQUAL_OR_LESS"),
    (&["ما", "يزيد", "عن"], "MORE_THAN"),
    (&["ما", "يزيد", "علي"], "MORE_THAN"),
    // «ما يزيد من أسبوعين»: a colloquial preposition for عن/على.
    (&["ما", "يزيد", "من"], "MORE_THAN"),
    (&["ما", "يربو", "علي"], "MORE_THAN"),
    // «منذ ما يربو عن عقد»: «عن» for «على» (as «يزيد عن»).
    (&["ما", "يربو", "عن"], "MORE_THAN"),
    (&["ما", "يقل", "عن"], "LESS_THAN"),
    // «في مدة لا تتجاوز 4 أشهر»، «لا يتعدى أسبوعين»: "not exceeding".
    (&["لا", "تتجاوز"], "EQUAL_OR_LESS"),
    (&["لا", "يتجاوز"], "EQUAL_OR_LESS"),
    (&["لا", "تتعدي"], "EQUAL_OR_LESS"),
    (&["لا", "يتعدي"], "EQUAL_OR_LESS"),
    (&["لم", "تتجاوز"], "EQUAL_OR_LESS"),
    (&["لم", "يتجاوز"], "EQUAL_OR_LESS"),
    // «ما يقرب من أسبوعين»: "close to".
    (&["ما", "يقرب", "من"], "APPROX"),
    (&["ما", "يقارب"], "APPROX"),
    (&["ما", "يناهز"], "APPROX"),
    // «لمدة تزيد على عشرين عاما»، «فترة يربو على عقد»، «تجاوزت ثلاثة أشهر»: a verb
    // of exceeding with no «ما/لا» before it (those longer forms come first).
    (&["تزيد", "علي"], "MORE_THAN"),
    (&["تزيد", "عن"], "MORE_THAN"),
    (&["يزيد", "علي"], "MORE_THAN"),
    (&["يزيد", "عن"], "MORE_THAN"),
    (&["يربو", "علي"], "MORE_THAN"),
    (&["تربو", "علي"], "MORE_THAN"),
    (&["يربو", "عن"], "MORE_THAN"),
    (&["تربو", "عن"], "MORE_THAN"),
    // «بالسجن لمدة (قد) تصل إلى ثلاث سنوات»: "reaching up to", an upper bound.
    (&["تصل", "الي"], "EQUAL_OR_LESS"),
    (&["يصل", "الي"], "EQUAL_OR_LESS"),
    (&["تتجاوز"], "MORE_THAN"),
    (&["يتجاوز"], "MORE_THAN"),
    (&["تجاوزت"], "MORE_THAN"),
    (&["تجاوز"], "MORE_THAN"),
    (&["ينوف", "علي"], "MORE_THAN"),
    (&["ينوف", "عن"], "MORE_THAN"),
    (&["اكثر", "من"], "MORE_THAN"),
    (&["ازيد", "من"], "MORE_THAN"),
    (&["اقل", "من"], "LESS_THAN"),
    (&["نحو"], "APPROX"),
    (&["حوالي"], "APPROX"),
    (&["قرابه"], "APPROX"),
    (&["زهاء"], "APPROX"),
    (&["دون"], "LESS_THAN"),
];

/// Hedges after an expression.
const AFTER: &[(&[&str], &str)] = &[
    (&["علي", "اقل", "تقدير"], "EQUAL_OR_MORE"),
    (&["علي", "اكثر", "تقدير"], "EQUAL_OR_LESS"),
    (&["علي", "الاقل"], "EQUAL_OR_MORE"),
    (&["علي", "الاكثر"], "EQUAL_OR_LESS"),
    (&["تقريبا"], "APPROX"),
];

/// Proclitics a hedge's first word may carry (kept outside the span).
const PROCLITICS: &[&str] = &["وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"];

/// Number of proclitic letters on token `i` if its normalized form is `w`
/// with one of [`PROCLITICS`] (or none) in front.
fn clitic_len(p: &P<'_>, i: usize, w: &str) -> Option<usize> {
    let n = p.n(i);
    if n == w {
        return Some(0);
    }
    PROCLITICS
        .iter()
        .find(|c| n.strip_prefix(**c) == Some(w))
        .map(|c| c.chars().count())
}

/// TIMEX3 `mod` of a part-of-period expression (أواخر ديسمبر → END): only for
/// DATEs that open with the part word. Days (أول أمس) and weekends (نهاية
/// الأسبوع → `-WE`) carry their part in the value already. A yearly SET of a month
/// («نهاية أكتوبر من كل عام» → `XXXX-10`) keeps its part too.
fn part_mod(p: &P<'_>, m: &M) -> Option<&'static str> {
    let v = m.val.as_deref()?;
    if m.kind != Kind::Date && !(m.kind == Kind::Set && v.starts_with("XXXX-")) {
        return None;
    }
    if v.ends_with("-WE") || super::is_day_value(&m.val) {
        return None;
    }
    // ابتداء من أيلول / بداية من الغد: "as of", not the start of the period.
    if p.is(m.ti + 1, "من") {
        return None;
    }
    let part = match p.lex(m.ti)? {
        Lex::Part(part) => part,
        Lex::Ord(1) if p.is(m.ti, "اول") => Part::Start,
        _ => return None,
    };
    Some(match part {
        Part::Start => "START",
        Part::Mid => "MID",
        Part::End => "END",
    })
}

/// The hedge before token `ti` (no token before `floor` may be used): its first
/// token, proclitic letters, and mod.
fn hedge_before(p: &P<'_>, m: &M, floor: usize) -> Option<(usize, usize, &'static str)> {
    BEFORE.iter().find_map(|(words, md)| {
        let k = words.len();
        let first = m.ti.checked_sub(k)?;
        if first < floor {
            return None;
        }
        let (w0, rest) = words.split_first()?;
        let cl = clitic_len(p, first, w0)?;
        if !rest.iter().enumerate().all(|(d, w)| p.is(first + 1 + d, w)) {
            return None;
        }
        // دون "below" only before a duration, and not من دون / بدون "without".
        if *w0 == "دون"
            && (m.kind != Kind::Duration || cl > 0 || (first > 0 && p.is(first - 1, "من")))
        {
            return None;
        }
        // نحو before a date is mostly "towards" (نحو غد أفضل، نقترب نحو مارس).
        if *w0 == "نحو" && m.kind == Kind::Date {
            return None;
        }
        // A comparison is a hedge only on an amount of time: ارتفعت أكثر من العام
        // الماضي compares with last year.
        if *md != "APPROX" && m.kind != Kind::Duration {
            return None;
        }
        // «لم تتجاوز»، «لا تزيد على» cut off by the expression before: a negated
        // verb of exceeding is no MORE_THAN.
        if *md == "MORE_THAN"
            && !matches!(*w0, "ما" | "اكثر" | "ازيد")
            && first > 0
            && p.is_any_of(
                first - 1,
                &["لا", "لم", "لن", "ولا", "ولم", "ولن", "فلا", "فلم"],
            )
        {
            return None;
        }
        // «لا تصل إلى سنة» ("not reaching a year") is below the bound, not up to it.
        if matches!(*w0, "تصل" | "يصل")
            && first > 0
            && p.is_any_of(first - 1, &["لا", "لم", "لن", "ولا", "ولم", "ولن"])
        {
            return None;
        }
        // ما لا يزيد: the longer pattern comes first; a bare يزيد after لا is not MORE_THAN.
        if k >= 2 && *w0 == "ما" && first > 0 && p.is(first - 1, "لا") {
            return None;
        }
        Some((first, cl, *md))
    })
}

/// A hedge inside the span, right after its first word: قبل نحو شهرين (a DATE
/// whose span already starts at قبل), بعد أكثر من عام.
fn hedge_inside(p: &P<'_>, m: &M) -> Option<&'static str> {
    let q = m.ti + 1;
    BEFORE.iter().find_map(|(words, md)| {
        (*words != ["دون"]
            && q + words.len() < m.te
            && words.iter().enumerate().all(|(d, w)| p.is(q + d, w)))
        .then_some(*md)
    })
}

/// The hedge right after the expression (`te` onwards, before `ceil`): its end token and mod.
fn hedge_after(p: &P<'_>, m: &M, ceil: usize) -> Option<(usize, &'static str)> {
    AFTER.iter().find_map(|(words, md)| {
        let e = m.te + words.len();
        (e <= ceil
            && (*md == "APPROX" || m.kind == Kind::Duration)
            && words.iter().enumerate().all(|(d, w)| p.is(m.te + d, w)))
        .then_some((e, *md))
    })
}

/// Set the TIMEX3 `mod` of every expression, widening spans over their hedges.
/// Returns one `mod` per expression, in order.
pub fn apply(p: &P<'_>, ms: &mut [M]) -> Vec<Option<&'static str>> {
    let mut out = Vec::with_capacity(ms.len());
    let n = ms.len();
    for k in 0..n {
        let floor = k
            .checked_sub(1)
            .and_then(|j| ms.get(j))
            .map_or(0, |prev| prev.te);
        let ceil = ms.get(k + 1).map_or(p.t.len(), |next| next.ti);
        let Some(m) = ms.get_mut(k) else {
            out.push(None);
            continue;
        };
        let mut md = part_mod(p, m);
        if md.is_none() {
            if let Some((first, cl, h)) = hedge_before(p, m, floor) {
                if let Some(t) = p.t.get(first) {
                    let skip = if cl == 0 {
                        0
                    } else {
                        raw_prefix_len(t.span.slice(p.text), cl)
                    };
                    m.span = Span::new(t.span.start + skip, m.span.end);
                    m.ti = first;
                    md = Some(h);
                }
            }
        }
        if md.is_none() {
            md = hedge_inside(p, m);
        }
        if let Some((e, h)) = hedge_after(p, m, ceil) {
            if let Some(t) = e.checked_sub(1).and_then(|l| p.t.get(l)) {
                if md.is_none() {
                    m.span = Span::new(m.span.start, t.span.end);
                    m.te = e;
                    md = Some(h);
                }
            }
        }
        out.push(md);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::times::{extract_text, Options};
    use crate::Date;

    /// (text, type, value, mod) of every expression, with reference date 2018-01-10.
    fn run(text: &str) -> Vec<(String, String, Option<String>, Option<String>)> {
        extract_text(text, Date::parse_iso("2018-01-10"), &Options::default())
            .into_iter()
            .map(|t| (t.text, t.kind, t.value, t.modifier))
            .collect()
    }

    /// The single expression's span text, value and mod.
    fn single(text: &str) -> (String, Option<String>, Option<String>) {
        let ts = run(text);
        assert_eq!(ts.len(), 1, "{text}: {ts:?}");
        let (span, _, value, md) = ts.into_iter().next().unwrap_or_default();
        (span, value, md)
    }

    fn check(text: &str, span: &str, value: &str, md: Option<&str>) {
        let (s, v, m) = single(text);
        assert_eq!(s, span, "{text}");
        assert_eq!(v.as_deref(), Some(value), "{text}");
        assert_eq!(m.as_deref(), md, "{text}");
    }

    #[test]
    fn hedges_before_widen_the_span_without_the_proclitic() {
        check(
            "استمرت الحرب لأكثر من 4 سنوات في البلاد",
            "أكثر من 4 سنوات",
            "P4Y",
            Some("MORE_THAN"),
        );
        check(
            "وقد غادر منذ نحو شهرين إلى تركيا",
            "نحو شهرين",
            "P2M",
            Some("APPROX"),
        );
        check(
            "انتظروا حوالي ثلاثة أسابيع هناك",
            "حوالي ثلاثة أسابيع",
            "P3W",
            Some("APPROX"),
        );
        check(
            "دامت المفاوضات قرابة عشرة أيام",
            "قرابة عشرة أيام",
            "P10D",
            Some("APPROX"),
        );
        check(
            "استمرت ما يزيد على عشر سنوات",
            "ما يزيد على عشر سنوات",
            "P10Y",
            Some("MORE_THAN"),
        );
        check(
            "توقفت الرحلات ما يزيد من أسبوعين",
            "ما يزيد من أسبوعين",
            "P2W",
            Some("MORE_THAN"),
        );
        check(
            "عمل هناك بأقل من ثلاثة أشهر",
            "أقل من ثلاثة أشهر",
            "P3M",
            Some("LESS_THAN"),
        );
        check(
            "قضى دون 3 أشهر في السجن",
            "دون 3 أشهر",
            "P3M",
            Some("LESS_THAN"),
        );
        check(
            "بقي هناك ما لا يقل عن ثلاثة أيام",
            "ما لا يقل عن ثلاثة أيام",
            "P3D",
            Some("EQUAL_OR_MORE"),
        );
        check(
            "ستستمر لا يزيد عن خمسة أيام",
            "لا يزيد عن خمسة أيام",
            "P5D",
            Some("EQUAL_OR_LESS"),
        );
    }

    #[test]
    fn hedges_after_widen_the_span() {
        check(
            "وانتظر ساعتين تقريبا ثم غادر",
            "ساعتين تقريبا",
            "PT2H",
            Some("APPROX"),
        );
        check(
            "سيبقى أسبوعين على الأكثر هناك",
            "أسبوعين على الأكثر",
            "P2W",
            Some("EQUAL_OR_LESS"),
        );
        check(
            "تستغرق الرحلة ثلاثة أيام على الأقل.",
            "ثلاثة أيام على الأقل",
            "P3D",
            Some("EQUAL_OR_MORE"),
        );
    }

    #[test]
    fn hedge_inside_a_relative_date() {
        check(
            "وصل قبل نحو شهرين إلى المدينة",
            "قبل نحو شهرين",
            "2017-11",
            Some("APPROX"),
        );
    }

    #[test]
    fn parts_of_periods() {
        check(
            "وفي نهاية العام الماضي عاد المهجرون",
            "نهاية العام الماضي",
            "2017",
            Some("END"),
        );
        check(
            "تعقد القمة في أواخر ديسمبر المقبل",
            "أواخر ديسمبر المقبل",
            "2018-12",
            Some("END"),
        );
        check(
            "ويعود في منتصف آذار 2016",
            "منتصف آذار 2016",
            "2016-03",
            Some("MID"),
        );
        check(
            "وصل في مطلع 2014 إلى دمشق",
            "مطلع 2014",
            "2014",
            Some("START"),
        );
        check(
            "في أوائل الشهر الماضي",
            "أوائل الشهر الماضي",
            "2017-12",
            Some("START"),
        );
        check("في أواسط عام 2015", "أواسط عام 2015", "2015", Some("MID"));
    }

    #[test]
    fn no_mod_without_a_hedge_or_part() {
        check("منذ ثلاث سنوات", "ثلاث سنوات", "P3Y", None);
        check("في 12 آب 2014 قال", "12 آب 2014", "2014-08-12", None);
        check(
            "ابتداء من أيلول المقبل",
            "ابتداء من أيلول المقبل",
            "2018-09",
            None,
        );
        check("نقترب نحو مارس 2019 بسرعة", "مارس 2019", "2019-03", None);
        check(
            "وقعت حوالي عام 2010 في",
            "حوالي عام 2010",
            "2010",
            Some("APPROX"),
        );
        // A comparison with a date is no hedge.
        check(
            "ارتفعت الأسعار أكثر من العام الماضي",
            "العام الماضي",
            "2017",
            None,
        );
        check(
            "الساعة الثالثة عصرا تقريبا",
            "الساعة الثالثة عصرا تقريبا",
            "2018-01-10T15:00",
            Some("APPROX"),
        );
        // دون "without" (من دون / بدون) is no hedge, nor دون before a date.
        check("بقي من دون طعام ثلاثة أيام", "ثلاثة أيام", "P3D", None);
        // A weekend carries its part in the value (-WE), a day (أول أمس) is a day.
        let (_, v, m) = single("خلال نهاية الأسبوع الماضي");
        assert!(v.as_deref().is_some_and(|v| v.ends_with("-WE")), "{v:?}");
        assert_eq!(m, None);
        let (_, _, m) = single("وصل أول أمس إلى دمشق");
        assert_eq!(m, None);
    }

    #[test]
    fn mod_is_serialized_only_when_present() {
        let ts = extract_text(
            "غادر منذ نحو شهرين في 12 آب 2014",
            Date::parse_iso("2018-01-10"),
            &Options::default(),
        );
        let json = serde_json::to_value(&ts).unwrap_or_default();
        assert_eq!(json[0]["mod"], "APPROX");
        assert!(json[1].get("mod").is_none(), "{json}");
    }
}
