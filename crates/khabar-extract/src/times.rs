//! Time expressions (TIMEX3).
//!
//! [`extract`] finds dates, clock times, durations and sets in Arabic news text
//! and gives each a TIMEX3 `type` (DATE, TIME, DURATION, SET) and `value`,
//! resolved against [`Doc::reference_date`] when there is one.
//!
//! # Coverage
//! * Gregorian month names of every regional system (CLDR ar, ar_SY, ar_MA,
//!   ar_DZ/ar_TN: يناير، كانون الثاني، يوليوز، جويلية…) in common spellings,
//!   with clitics (وفي أيلول، بأيلول); words with another frequent sense
//!   (مارس "practised", آب without madda "father", ماي) need support
//!   (a day number, a year, a direction word or a time preposition).
//! * Hijri months (محرم … ذو الحجة) with هـ / هجري / للهجرة, converted to
//!   Gregorian with the **tabular Islamic calendar** (civil/arithmetical
//!   variant, 30-year cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26,
//!   29, epoch 1 Muharram 1 AH = 16 July 622 Julian = JD 1948439.5). It can be
//!   a day or two off the Umm al-Qura or sighting-based dates printed in news.
//!   A Hijri month without a day maps to the Gregorian month containing its
//!   15th day; a Hijri year alone to the Gregorian year containing 1 Rajab.
//! * Weekdays (الاثنين المقبل، يوم الأحد), digit dates (22/04/2016, 2016-04-22,
//!   ٢٢/٤/٢٠١٦, day-month-year order), years (عام 2012، العام ٢٠١٤، في 2014),
//!   day + month (+ year) (12 آب، الخامس من أيار), seasons (→ SU/WI/SP/FA),
//!   parts of periods, relative days and periods, durations, clock times and
//!   sets.
//!
//! # Value conventions
//! * **Parts of periods** (مطلع/أوائل/منتصف/أواخر/نهاية/بداية + period): the
//!   value is the enclosing period (أواخر 2014 → `2014`, منتصف آذار →
//!   `YYYY-03`) and `mod` is START, MID or END.
//! * **Hedges** set the TIMEX3 `mod` and join the span, leaving a ل/ب/و/ف
//!   proclitic outside: لأكثر من 4 سنوات → «أكثر من 4 سنوات», `P4Y`,
//!   MORE_THAN; نحو/حوالي/قرابة/زهاء/تقريبا → APPROX; أقل من/ما يقل عن/دون →
//!   LESS_THAN; (ما) لا يقل عن/على الأقل → EQUAL_OR_MORE; (ما) لا يزيد
//!   على/على الأكثر → EQUAL_OR_LESS (see `tmod`).
//! * **Without a reference date** relative expressions stay relative: a
//!   month name alone → `XXXX-09`; a day → `XXXX-XX-XX` (أمس، اليوم); a week →
//!   `XXXX-WXX`; a month → `XXXX-XX`; a year → `XXXX`; a weekday →
//!   `XXXX-WXX-N` (ISO day number); a clock time → `T15:00`; a season →
//!   `XXXX-SU`; a Hijri month without a year → null. الآن → `PRESENT_REF`.
//! * **Resolution** (news bias, the default): a bare weekday is the most recent
//!   one (today included) unless a future-tense cue precedes it in the clause
//!   (سوف، سيعقد، المقرر… → the next one), المقبل/القادم the next one, الماضي
//!   the previous one; قبل ثلاثة أشهر / بعد شهرين من الآن are DATEs at the
//!   unit's grain;
//!   a month or day-month without a year is put in the year that brings it
//!   closest to the reference date (ties go to the past), unless a verb cue in
//!   its clause gives a tense (وكشفت … في سبتمبر → the last one; وستفتتح … في
//!   يناير، مقررة في → the next one; a week's slack either way); a bare weekday
//!   right after a clause-opening ي-imperfect (الذي يعقد الثلاثاء) is the next
//!   one. [`Bias::Future`] resolves to the next occurrence instead (Duckling's
//!   convention).
//! * **Document pass** (`times::anchor`): clock times without a date and اليوم
//!   التالي / الليلة السابقة take the narrative's day (the nearest earlier dated
//!   day, not a منذ/حتى bound); a year-less month followed by «من ذلك العام» or on
//!   a numbered list line takes the written year of its context.
//! * Not times: أمس inside another word (ولامس) or as a superlative (بأمس
//!   الحاجة); a 4-digit number before a currency or unit (إلى 1340 دولارا); a
//!   month in a proper name (مفاعل تموز، قوى 14 آذار); a list number before a
//!   month («1.يناير» at a line start is January, not 1 January).
//! * Durations: `P3Y`, `PT48H`, `P2D`; decades and centuries in years
//!   (عقدين → `P20Y`); vague plurals → `PXM`, `PXY`, `PTXH`…; sets: كل يوم →
//!   `P1D`, أسبوعيا → `P1W`, كل يوم اثنين → `XXXX-WXX-1`.
//! * TIME values carry the date they are anchored to: الساعة الثالثة عصرا →
//!   `2015-11-20T15:00` with a reference date, `T15:00` without; parts of day
//!   use TIMEX3 codes (مساء أمس → `2015-11-19TEV`, الليلة → `…TNI`).
//! * Invalid dates (31/02/2016, month 13, out-of-range Hijri years, 25:70)
//!   keep their span with a null value.
//!
//! # Implementation
//! The extractor reads the raw text with its own light lexer (`times::lex`:
//! digit groups such as `22/04/2016` and `10:30` stay one token, words carry a
//! normalized form) and reads number words itself (`ثلاث وعشرين`، `الحادي
//! والعشرين`، `ألفين وأربعة عشر`), so it does not depend on the shared
//! tokenizer's or number reader's conventions; rules are tried only at tokens
//! that can start an expression.
use khabar_text::Span;

use crate::{Date, Doc, Time};

mod anchor;
pub mod cal;
mod lex;
mod rules;
mod tmod;
mod words;

pub(crate) use words::WEEKDAY_NAMES;

use rules::{Clock, Kind, M, P};

/// How far around an expression (in bytes) the line, quotation and sentence look-ups
/// of this module read. A news paragraph is a few hundred words; in a longer "line"
/// (a page flattened to one line, a transcript with no breaks) only this much text on
/// each side is read, so a look-up costs a bounded amount per expression and the
/// extraction stays linear in the length of the document.
const LINE_WINDOW: usize = 16 * 1024;

/// The largest char boundary of `text` at or below `i`.
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `text` at or above `i`.
fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The start of the line that holds byte `pos`, read back at most [`LINE_WINDOW`]
/// bytes (a longer line starts, for this module, where the window does).
fn line_start(text: &str, pos: usize) -> usize {
    line_start_by(text, pos, |c| c == '\n')
}

/// The start of the run of text before byte `pos` after the last char for which
/// `end` holds (a line, a sentence), read back at most [`LINE_WINDOW`] bytes.
fn line_start_by(text: &str, pos: usize, end: impl Fn(char) -> bool) -> usize {
    let pos = floor_boundary(text, pos);
    let lo = floor_boundary(text, pos.saturating_sub(LINE_WINDOW));
    text.get(lo..pos)
        .and_then(|t| t.char_indices().rev().find(|&(_, c)| end(c)))
        .map_or(lo, |(x, c)| lo + x + c.len_utf8())
}

/// The end of the line that holds byte `pos` (the byte of its «\n» or the end of the
/// text), read forward at most [`LINE_WINDOW`] bytes.
fn line_end(text: &str, pos: usize) -> usize {
    let pos = ceil_boundary(text, pos);
    let hi = ceil_boundary(text, pos.saturating_add(LINE_WINDOW));
    text.get(pos..hi)
        .and_then(|t| t.find('\n'))
        .map_or(hi, |x| pos + x)
}

/// How year-less and weekday expressions are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Bias {
    /// News: bare weekdays are the most recent one; month/day names the nearest occurrence.
    #[default]
    News,
    /// Future: the next occurrence (scheduling text; Duckling's convention).
    Future,
}

/// Extraction options.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub bias: Bias,
    /// The input is one expression on its own (a form field, a test string):
    /// also accept a lone unit word (شهر → `P1M`) or season.
    pub standalone: bool,
}

/// Extract time expressions from a document (news bias).
pub fn extract(doc: &Doc<'_>) -> Vec<Time> {
    let mut times = extract_text(doc.text, doc.reference_date, &Options::default());
    times.retain(|t| {
        let s = doc.chars.byte_offset(t.start);
        let e = doc.chars.byte_offset(t.end);
        !in_quoted_title(doc.text, s, e)
    });
    times
}

/// Is the relative-day word at bytes `s..e` the edge of a short quoted title, i.e. part
/// of a media name: موقع "الإمارات اليوم"، «المصري اليوم»، "اليوم السابع"، "أخبار اليوم"?
/// The quote holds 2–3 words, the day word opens or closes it, and no other word may be
/// a verb in the imperfect (starts with ي/ت/ن/س: قال "نصل اليوم" stays a time).
fn in_quoted_title(text: &str, s: usize, e: usize) -> bool {
    let (Some(word), Some(before), Some(after)) = (text.get(s..e), text.get(..s), text.get(e..))
    else {
        return false;
    };
    if !matches!(word, "اليوم" | "الغد") {
        return false;
    }
    let para_start = line_start(text, s);
    let para_end = line_end(text, e) - e;
    let (Some(left), Some(right)) = (before.get(para_start..), after.get(..para_end)) else {
        return false;
    };
    // The opening quote before the word and the closing one after it.
    let open = if left.matches('"').count() % 2 == 1 {
        left.rfind('"').map(|p| (p, '"'))
    } else {
        match (left.rfind(['«', '“']), left.rfind(['»', '”'])) {
            (Some(o), c) if c.is_none_or(|c| c < o) => left.get(o..).and_then(|t| {
                let q = t.chars().next()?;
                Some((o, q))
            }),
            _ => None,
        }
    };
    let Some((o, q)) = open else {
        return false;
    };
    let close = match q {
        '«' => '»',
        '“' => '”',
        c => c,
    };
    let Some(c) = right.find(close) else {
        return false;
    };
    let (Some(inner_left), Some(inner_right)) = (left.get(o + q.len_utf8()..), right.get(..c))
    else {
        return false;
    };
    let others: Vec<&str> = inner_left
        .split_whitespace()
        .chain(inner_right.split_whitespace())
        .collect();
    let at_edge = inner_left.trim().is_empty() || inner_right.trim().is_empty();
    let wordy = others.iter().all(|w| {
        w.chars().all(|ch| ch.is_alphabetic() || ch == '\u{0640}')
            && !w.starts_with(['ي', 'ت', 'ن', 'س'])
    });
    // A quoted day word alone is a title only after a media noun (صحيفة "الغد").
    let media_before = left.get(..o).is_some_and(|b| {
        b.split_whitespace().next_back().is_some_and(|w| {
            let w = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
            let w = w.strip_prefix("ال").unwrap_or(w);
            [
                "صحيفة",
                "صحيفه",
                "جريدة",
                "جريده",
                "موقع",
                "قناة",
                "قناه",
                "مجلة",
                "مجله",
                "يومية",
                "يوميه",
                "شبكة",
                "إذاعة",
                "تلفزيون",
            ]
            .contains(&w)
        })
    });
    let words_ok = (1..=2).contains(&others.len()) || (others.is_empty() && media_before);
    words_ok && at_edge && wordy
}

/// Extract time expressions from `text`, resolving against `reference`.
pub fn extract_text(text: &str, reference: Option<Date>, opts: &Options) -> Vec<Time> {
    let lexed = lex::lex(text);
    let toks = &lexed.toks;
    let p = P::new(text, toks, &lexed.buf, reference, opts);
    let mut ms: Vec<M> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let found = p.at(i);
        let Some(te) = found.iter().map(|m| m.te).max() else {
            i += 1;
            continue;
        };
        for m in found {
            // A rule may reach back (بعد غد، قبل أسبوع): resolve overlaps by length.
            if let Some(last) = ms.last() {
                if m.span.start < last.span.end {
                    if m.span.len() > last.span.len() {
                        ms.pop();
                    } else {
                        continue;
                    }
                }
            }
            ms.push(m);
        }
        i = te.max(i + 1);
    }
    let mut ms = merge(&p, ms);
    // A clock range whose second end got a date (من 3:00 إلى 4:00 غدا): share it.
    for k in 1..ms.len() {
        let (a, b) = ms.split_at_mut(k);
        if let (Some(prev), Some(m)) = (a.last_mut(), b.first()) {
            if prev.kind == Kind::Time
                && m.kind == Kind::Time
                && prev.val.is_none()
                && m.val.is_some()
                && matches!(prev.clock, Some(Clock::Hm(..)))
                && glue(&p, prev.te, m.ti, &["الي", "حتي", "وحتي", "-", "و", "والي"])
            {
                prev.val = m.val.clone();
            }
        }
    }
    // «في سبتمبر من عامي 2016 و2017»: the second year has the month of the first.
    for k in 1..ms.len() {
        let (a, b) = ms.split_at_mut(k);
        if let (Some(prev), Some(m)) = (a.last_mut(), b.first_mut()) {
            let month = prev
                .val
                .as_deref()
                .filter(|v| v.len() == 7 && v.as_bytes().get(4) == Some(&b'-'))
                .and_then(|v| v.get(4..));
            let dual_year = (prev.ti..prev.te)
                .any(|t| ["عامي", "العامين", "سنتي", "السنتين"].contains(&p.n(t)));
            let year = m
                .val
                .as_deref()
                .filter(|v| v.len() == 4 && v.bytes().all(|c| c.is_ascii_digit()));
            if let (Some(mo), Some(y), true, Kind::Date, Kind::Date) =
                (month, year, dual_year, prev.kind, m.kind)
            {
                if glue(&p, prev.te, m.ti, &["و"]) {
                    m.val = Some(format!("{y}{mo}"));
                }
            }
        }
    }
    weekday_pairs(&p, &mut ms);
    weekday_coordinated(&p, &mut ms);
    weekday_last_week(&p, &mut ms);
    fixture_day_named_before(&p, &mut ms);
    headline_weekday(&p, text, &mut ms);
    ms.retain(|m| !horn_of_africa(&p, text, m) && !programme_title(&p, m));
    clause_year_months(&p, text, &mut ms);
    anchor::apply(&p, &mut ms);
    // A clock time of a habit in the past names no day: «XXXX-XX-XX» for its date.
    for m in &mut ms {
        if m.kind == Kind::Time
            && m.val.is_none()
            && matches!(m.clock, Some(Clock::Hm(..)))
            && p.habitual_clock(m.ti)
        {
            m.val = Some("XXXX-XX-XX".to_string());
        }
    }
    quoted_deictics(&p, text, &mut ms);
    reported_day_deictics(&p, text, &mut ms);
    join_anaphoric(&p, &mut ms);
    following_period(&p, text, &mut ms);
    for m in &mut ms {
        if after_event(&p, m) {
            // A named season or month keeps its name: الصيف التالي لـ… → XXXX-SU.
            let named = (m.ti..m.te).any(|k| p.named_period(k));
            m.val = m.val.as_deref().map(|v| unresolved(v, named));
        }
    }
    yearly_dates(&p, text, &mut ms);
    bracketed_day(&p, &mut ms);
    let mods = tmod::apply(&p, &mut ms);
    // The few spans come in text order: counting beats indexing every character.
    let mut chars = khabar_text::offsets::CharCounter::new(text);
    ms.into_iter()
        .zip(mods)
        .filter(|(m, _)| !m.span.is_empty())
        .map(|(m, md)| {
            let value = final_value(&m, reference);
            Time {
                start: chars.char_offset(m.span.start),
                end: chars.char_offset(m.span.end),
                text: m.span.slice(text).to_string(),
                kind: m.kind.as_str().to_string(),
                value,
                modifier: md.map(str::to_string),
            }
        })
        .collect()
}

/// «وقال مقدمو برنامج 60 دقيقة»، «مسلسل 30 يوما»: a count of time right after the
/// noun of a programme, film or series is its title (CBS's «60 Minutes»); the
/// length of a programme has a word between («برنامج مدته 60 دقيقة»، «فيلم من 90
/// دقيقة»).
fn programme_title(p: &P<'_>, m: &M) -> bool {
    const SHOW: &[&str] = &[
        "برنامج",
        "وبرنامج",
        "لبرنامج",
        "ببرنامج",
        "مسلسل",
        "ومسلسل",
        "لمسلسل",
        "فيلم",
        "وفيلم",
        "لفيلم",
        "بفيلم",
    ];
    m.kind == Kind::Duration
        && m.ti > 0
        && p.is_any_of(m.ti - 1, SHOW)
        && p.t.get(m.ti).is_some_and(|t| t.kind == lex::Tk::Num)
}

/// «وتقام المنافسات عام 2020 في أواخر يوليو»، «تدرس الحكومة تطبيقه ما بين يونيو
/// وأغسطس خلال العام المقبل»: a year-less month (its year chosen by the reference
/// date) in a sentence whose only dated expressions are one year («عام 2020»،
/// «لعام 2022»، «العام المقبل») takes that year. Not when the year is a bound or a
/// point of comparison (منذ، حتى، مقارنة), when another expression of the
/// sentence carries a year of its own (a date or a month with a year), or when a
/// reported clause («قال في يوليو إن انتخابات عام 2020 …») separates them.
fn clause_year_months(p: &P<'_>, text: &str, ms: &mut [M]) {
    const SPLIT: &[&str] = &[
        "ان",
        "انه",
        "انها",
        "بان",
        "وان",
        "قال",
        "وقال",
        "قالت",
        "وقالت",
        "اعلن",
        "واعلن",
        "اكد",
        "واكد",
        "اضاف",
        "واضاف",
        "بينما",
        "فيما",
        "لكن",
        "ولكن",
    ];
    const BOUND: &[&str] = &[
        "منذ",
        "ومنذ",
        "حتي",
        "وحتي",
        "مقارنه",
        "بمقارنه",
        "لغايه",
        "قبل",
        "بعد",
        "وقبل",
        "وبعد",
    ];
    let year4 = |v: &Option<String>| {
        v.as_deref()
            .filter(|v| v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|v| v.parse::<i32>().ok())
    };
    // Sentence breaks before each expression's start and end, counted in one pass:
    // «is there a break between two expressions» is then a subtraction, not a scan of
    // the text between them (which made a long unbroken text quadratic).
    let is_break = |c: char| matches!(c, '.' | '\n' | '؟' | '!' | '؛' | '"' | '«' | '»');
    let mut marks: Vec<usize> = ms.iter().flat_map(|m| [m.span.start, m.span.end]).collect();
    marks.sort_unstable();
    marks.dedup();
    let mut breaks_before: Vec<usize> = Vec::with_capacity(marks.len());
    let (mut seen, mut at) = (0usize, 0usize);
    for &mk in &marks {
        seen += text
            .get(at..mk.max(at))
            .map_or(0, |t| t.chars().filter(|&c| is_break(c)).count());
        at = at.max(mk);
        breaks_before.push(seen);
    }
    let breaks = |pos: usize| marks.binary_search(&pos).map_or(0, |i| breaks_before[i]);
    let ends = |a: usize, b: usize| breaks(a.max(b)) > breaks(a.min(b));
    let mut set: Vec<(usize, String)> = Vec::new();
    for k in 0..ms.len() {
        let Some((mo, None)) = ms[k].float.filter(|_| ms[k].kind == Kind::Date) else {
            continue;
        };
        let mut year: Option<(i32, usize)> = None;
        let mut other = false;
        // The expressions of the month's sentence: outwards from it to the first
        // sentence break on each side (and no further than the look-up window).
        let near = |a: usize, b: usize| b.saturating_sub(a) <= LINE_WINDOW;
        let before = (0..k).rev().take_while(|&x| {
            !ends(ms[x].span.end, ms[k].span.start) && near(ms[x].span.end, ms[k].span.start)
        });
        let after = (k + 1..ms.len()).take_while(|&x| {
            !ends(ms[k].span.end, ms[x].span.start) && near(ms[k].span.end, ms[x].span.start)
        });
        for x in before.chain(after) {
            let xm = &ms[x];
            if xm.float.is_some() {
                continue;
            }
            match year4(&xm.val) {
                Some(y) if xm.kind == Kind::Date => {
                    let bound = xm.ti > 0 && p.is_any_of(xm.ti - 1, BOUND);
                    if bound || year.is_some_and(|(y0, _)| y0 != y) {
                        other = true;
                    }
                    year = Some((y, x));
                }
                _ => {
                    let dated = xm.val.as_deref().is_some_and(|v| {
                        v.len() >= 7
                            && v.get(..4)
                                .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
                    });
                    other |= dated && matches!(xm.kind, Kind::Date | Kind::Time);
                }
            }
        }
        // Only a year ahead written before the month, close to it (an event
        // preview): in reports of figures a year of comparison stands anywhere
        // («+2% في مايو مقارنة بالعام الماضي»).
        let Some((y, x)) =
            year.filter(|&(y, x)| !other && x < k && p.reference().is_some_and(|r| y > r.year))
        else {
            continue;
        };
        let close = ms[x].te + 4 >= ms[k].ti
            || set.last().is_some_and(|&(j, _)| {
                j + 1 == k && ms[k].ti <= ms[j].te + 1 && p.n(ms[k].ti).starts_with('و')
            });
        if !close {
            continue;
        }
        let (a, b) = if x < k {
            (ms[x].te, ms[k].ti)
        } else {
            (ms[k].te, ms[x].ti)
        };
        // «في يونيو، وعام 2016 شهد …»: a year opening a clause of its own after و.
        let own_clause = x > k
            && (p.n(ms[x].ti).starts_with('و') || (a..b).any(|t| p.is_any_of(t, &["و", "وفي"])));
        if own_clause || (a..b).any(|t| p.is_any_of(t, SPLIT)) {
            continue;
        }
        if ms[k].val.as_deref().and_then(|v| v.get(..4)) == Some(y.to_string().as_str()) {
            continue;
        }
        set.push((k, rules::ymd(Some(y), Some(mo), None)));
    }
    for (k, v) in set {
        if let Some(m) = ms.get_mut(k) {
            m.val = Some(v);
            m.float = None;
        }
    }
}

/// «ويجتمع الوزراء في جنيف الخميس والجمعة»، «القمة التي تلتئم الجمعة والسبت»: the
/// second of two bare weekdays joined by و follows the first; when the first is a
/// day ahead, the second is the next day of its name after it (not a past one).
fn weekday_coordinated(p: &P<'_>, ms: &mut [M]) {
    let Some(r) = p.reference() else {
        return;
    };
    let rj = times_cal_jdn(r);
    let day_of = |v: &Option<String>| {
        v.as_deref()
            .filter(|v| v.len() == 10)
            .and_then(crate::Date::parse_iso)
    };
    for k in 1..ms.len() {
        let (a, b) = ms.split_at_mut(k);
        let (Some(prev), Some(m)) = (a.last(), b.first_mut()) else {
            continue;
        };
        let (Some(words::Lex::Weekday(w1)), Some(words::Lex::Weekday(w2))) =
            (p.lex(prev.te - 1), p.lex(m.ti))
        else {
            continue;
        };
        if prev.kind != Kind::Date
            || m.kind != Kind::Date
            || m.ti != prev.te
            || m.te != m.ti + 1
            || !p.n(m.ti).starts_with('و')
            || w1 == w2
        {
            continue;
        }
        let (Some(d1), Some(d2)) = (day_of(&prev.val), day_of(&m.val)) else {
            continue;
        };
        let (j1, j2) = (times_cal_jdn(d1), times_cal_jdn(d2));
        if j1 > rj && j2 < j1 {
            let gap = (i64::from(w2) - i64::from(w1)).rem_euclid(7);
            let d = cal::add_days(d1, gap);
            m.val = Some(rules::ymd(Some(d.year), Some(d.month), Some(d.day)));
        }
    }
}

/// Is `m` «هذا القرن» in a text that has named the Horn of Africa (القرن الأفريقي)
/// before it? Then «this horn» is the region again, not the century.
/// «بين الجمعة والأحد»: the first weekday of a pair after بين is the last day of
/// its name on or before the second day, which keeps its own reading.
fn weekday_pairs(p: &P<'_>, ms: &mut [M]) {
    for k in 1..ms.len() {
        let (a, b) = ms.split_at_mut(k);
        let (Some(prev), Some(m)) = (a.last_mut(), b.first()) else {
            continue;
        };
        let (Some(words::Lex::Weekday(wd)), Some(words::Lex::Weekday(_))) =
            (p.lex(prev.ti), p.lex(m.ti))
        else {
            continue;
        };
        if prev.kind != Kind::Date
            || m.kind != Kind::Date
            || prev.te != prev.ti + 1
            || prev.te != m.ti
            || prev.ti == 0
            || !p.is_any_of(prev.ti - 1, &["بين", "وبين"])
        {
            continue;
        }
        if let Some(d2) = m.val.as_deref().and_then(Date::parse_iso) {
            let back = (i64::from(cal::weekday(d2)) - i64::from(wd)).rem_euclid(7);
            if back > 0 {
                let d1 = cal::add_days(d2, -back);
                prev.val = Some(rules::ymd(Some(d1.year), Some(d1.month), Some(d1.day)));
            }
        }
    }
}

/// The weekday and its direction word of a one-day DATE (الجمعة، يوم الجمعة،
/// الجمعة الماضية): (weekday, direction).
fn weekday_of(p: &P<'_>, m: &M) -> Option<(u32, Option<words::Dir>)> {
    let w = if p.is_any_of(m.ti, &["يوم", "ويوم"]) {
        m.ti + 1
    } else {
        m.ti
    };
    let Some(words::Lex::Weekday(wd)) = p.lex(w) else {
        return None;
    };
    let dir = p.dir_at(w + 1);
    let end = w + 1 + usize::from(dir.is_some());
    (m.kind == Kind::Date && m.te == end && m.val.as_deref().is_some_and(|v| v.len() == 10))
        .then_some((wd, dir))
}

/// «وقال ترامب، الثلاثاء، …» then «بحثتا أيضا قبل قمة الثلاثاء …»: «قبل + an event
/// noun + DAY» looks ahead (the fixture is still to come, see `P::before_fixture`),
/// but when the same bare weekday was named earlier in the document as a day just
/// past, the writer means that day: one article does not use one weekday name for
/// two dates without marking the second (المقبل، القادم).
fn fixture_day_named_before(p: &P<'_>, ms: &mut [M]) {
    // Summits and talks, not sport fixtures: in match reports «قبل مباراة الأربعاء» is
    // the coming match even after a past mention of the same weekday name (which the
    // development set showed to be wrong itself as often as right).
    const EVENTS: &[&str] = &["قمه", "اجتماع", "اجتماعات", "مباحثات", "محادثات", "مؤتمر"];
    let Some(r) = p.reference() else {
        return;
    };
    let today = rules::ymd(Some(r.year), Some(r.month), Some(r.day));
    let w = cal::add_days(r, -6);
    let week_ago = rules::ymd(Some(w.year), Some(w.month), Some(w.day));
    for k in 1..ms.len() {
        let Some((wd, None)) = weekday_of(p, &ms[k]) else {
            continue;
        };
        if ms[k].val.as_deref().is_none_or(|v| v <= today.as_str()) {
            continue;
        }
        let at = if p.is_any_of(ms[k].ti, &["يوم"]) {
            ms[k].ti + 1
        } else {
            ms[k].ti
        };
        let fixture = at >= 2
            && p.is_any_of(at - 1, EVENTS)
            && p.is_any_of(at - 2, &["قبل", "وقبل", "قبيل", "وقبيل"]);
        if !fixture {
            continue;
        }
        // Every earlier mention of that weekday agrees on one day of the past week.
        let mut earlier: Option<&str> = None;
        let mut agree = true;
        for b in ms[..k]
            .iter()
            .filter(|b| weekday_of(p, b).is_some_and(|(w, _)| w == wd))
        {
            let v = b.val.as_deref().unwrap_or("");
            agree &=
                v <= today.as_str() && v >= week_ago.as_str() && earlier.is_none_or(|e| e == v);
            earlier = Some(v);
        }
        if let Some(v) = earlier.filter(|_| agree).map(str::to_string) {
            ms[k].val = Some(v);
        }
    }
}

/// «DAY الماضي/الماضية» read as yesterday in a document that already named
/// yesterday with the bare «DAY» (توصلت الوزارة الجمعة إلى اتفاق … وفي الجمعة
/// الماضية قالت …): the writer contrasts the two, so the marked one is the week
/// before. Alone, «الجمعة الماضية» on a Saturday stays yesterday.
fn weekday_last_week(p: &P<'_>, ms: &mut [M]) {
    let Some(r) = p.reference() else {
        return;
    };
    let y = cal::add_days(r, -1);
    let yesterday = rules::ymd(Some(y.year), Some(y.month), Some(y.day));
    for k in 1..ms.len() {
        let Some((wd, Some(words::Dir::Past))) = weekday_of(p, &ms[k]) else {
            continue;
        };
        if ms[k].val.as_deref() != Some(yesterday.as_str()) {
            continue;
        }
        let bare_before = ms[..k].iter().any(|b| {
            weekday_of(p, b) == Some((wd, None)) && b.val.as_deref() == Some(yesterday.as_str())
        });
        if bare_before {
            let d = cal::add_days(r, -8);
            ms[k].val = Some(rules::ymd(Some(d.year), Some(d.month), Some(d.day)));
        }
    }
}

/// A bare weekday in a headline line (short, no full stop, no tense: «انطلاق
/// الفرز اليدوي الثلاثاء») was put in the past by default; when the body names
/// the same weekday as a coming day (الثلاثاء المقبل، ستبدأ الثلاثاء), the
/// headline means that day.
fn headline_weekday(p: &P<'_>, text: &str, ms: &mut [M]) {
    let Some(r) = p.reference() else {
        return;
    };
    let today = rules::ymd(Some(r.year), Some(r.month), Some(r.day));
    // Coming weekdays named with a direction word or after a future cue.
    let coming: Vec<(u32, String)> = ms
        .iter()
        .filter_map(|m| {
            let (wd, dir) = weekday_of(p, m)?;
            let v = m.val.clone()?;
            let marked = dir == Some(words::Dir::Next) || (dir.is_none() && p.future_cue(m.ti));
            (marked && v > today).then_some((wd, v))
        })
        .collect();
    if coming.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        let Some((wd, None)) = weekday_of(p, m) else {
            continue;
        };
        if m.val.as_deref().is_none_or(|v| v >= today.as_str()) || !p.untensed(m.ti) {
            continue;
        }
        let ls = line_start(text, m.span.start);
        let le = line_end(text, m.span.end);
        let line = text.get(ls..le).unwrap_or("");
        let headline =
            !line.contains(['.', '،', ':', '«', '"']) && line.split_whitespace().count() <= 12;
        if !headline {
            continue;
        }
        // One coming day of that name in the document (a page of briefs may name two).
        let mut same = coming.iter().filter(|(w, _)| *w == wd).map(|(_, v)| v);
        if let Some(v) = same.next() {
            if same.all(|x| x == v) {
                m.val = Some(v.clone());
            }
        }
    }
}

fn horn_of_africa(p: &P<'_>, text: &str, m: &M) -> bool {
    if m.te != m.ti + 2 || !p.is(m.ti, "هذا") || !p.is(m.ti + 1, "القرن") {
        return false;
    }
    let before = text.get(..m.span.start).unwrap_or("");
    ["القرن الأفريقي", "القرن الإفريقي", "القرن الافريقي"]
        .iter()
        .any(|h| before.contains(h))
}

/// «قال الوزير الخميس: "ما جرى أمس …"»: a deictic day (أمس، اليوم، غدا) inside a
/// quotation is counted from the day the words were said when the sentence that
/// introduces the quotation names it by its weekday (or a deictic day) right before
/// the quotation opens (at most 120 bytes of text between, no sentence end). Outside
/// quotations, or with no such day, the reference date stays.
fn quoted_deictics(p: &P<'_>, text: &str, ms: &mut [M]) {
    use words::Lex;
    let Some(r) = p.reference() else {
        return;
    };
    let rj = times_cal_jdn(r);
    let day_of = |v: &str| -> Option<crate::Date> {
        let b = v.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        crate::Date::parse_iso(v)
    };
    for k in 0..ms.len() {
        let m = &ms[k];
        let deictic = m.kind == Kind::Date
            && m.rel.is_none()
            && (m.ti..m.te).any(|t| matches!(p.lex(t), Some(Lex::Deictic(_))));
        let Some(off) = deictic
            .then(|| m.val.as_deref().and_then(day_of))
            .flatten()
            .map(|d| times_cal_jdn(d) - rj)
        else {
            continue;
        };
        // The opening quotation mark of the quotation the deictic is in: an odd
        // number of «"» since the start of its line, or an unclosed «.
        let line_start = line_start(text, m.span.start);
        let before = text.get(line_start..m.span.start).unwrap_or("");
        let open = match (before.rfind('"'), before.rfind('«'), before.rfind('»')) {
            (Some(q), _, _) if before.matches('"').count() % 2 == 1 => line_start + q,
            (_, Some(o), c) if c.is_none_or(|c| c < o) => line_start + o,
            _ => continue,
        };
        // The speech day: a dated expression naming a weekday or a deictic day,
        // ending before the quotation mark, close to it and in the same sentence.
        let Some(day) = ms[..k]
            .iter()
            .rev()
            .filter(|x| x.span.end <= open)
            .take(1)
            .find(|x| {
                matches!(x.kind, Kind::Date | Kind::Time)
                    && open - x.span.end <= 120
                    && !text
                        .get(x.span.end..open)
                        .is_some_and(|t| t.contains(['.', '\n', '؟', '!', '"']))
                    && (x.ti..x.te)
                        .any(|t| matches!(p.lex(t), Some(Lex::Weekday(_) | Lex::Deictic(_))))
                    // Words are said on a bare weekday, not a later one (ستتوجه الأربعاء)
                    // nor one with a direction (تعطلت الثلاثاء الماضي): those date events.
                    && !(x.ti..x.te).any(|t| matches!(p.lex(t), Some(Lex::Dir(_))))
                    && x.val
                        .as_deref()
                        .and_then(|v| v.get(..10))
                        .and_then(day_of)
                        .is_some_and(|d| times_cal_jdn(d) <= rj)
            })
            .and_then(|x| x.val.as_deref())
            .and_then(|v| v.get(..10))
            .and_then(day_of)
            .or_else(|| speech_day_before(p, text, &ms[..k], open, rj))
        else {
            continue;
        };
        let d = cal::add_days(day, off);
        ms[k].val = Some(rules::ymd(Some(d.year), Some(d.month), Some(d.day)));
    }
}

/// «وقال الوزير الثلاثاء إن الحكومة ستعقد اجتماعا اليوم»، «أعلنت الوزارة، الجمعة،
/// مقتل محتجين في مظاهرات انطلقت بعد ظهر اليوم»: outside a quotation, a deictic
/// day in a sentence whose verb of saying is dated by a bare past weekday counts
/// from that weekday (wire copy written on that day). The weekday comes first, with
/// no other time and no second verb of saying between it and the deictic (in
/// «… وقال اليوم» the writer speaks of his own day).
fn reported_day_deictics(p: &P<'_>, text: &str, ms: &mut [M]) {
    use words::Lex;
    const SAID: &[&str] = &[
        "قال",
        "قالت",
        "قالوا",
        "اعلن",
        "اعلنت",
        "اعلنوا",
        "اكد",
        "اكدت",
        "ذكر",
        "ذكرت",
        "افاد",
        "افادت",
        "صرح",
        "صرحت",
        "اوضح",
        "اوضحت",
        "كشف",
        "كشفت",
        "اضاف",
        "اضافت",
        "نقل",
        "نقلت",
        "اشار",
        "اشارت",
        "ابلغ",
        "ابلغت",
    ];
    let Some(r) = p.reference() else {
        return;
    };
    let rj = times_cal_jdn(r);
    let day_of = |v: &str| crate::Date::parse_iso(v.get(..10)?);
    let said = |k: usize| {
        let n = p.n(k);
        SAID.contains(&n.strip_prefix(['و', 'ف']).unwrap_or(n))
    };
    let ends = |t: &str| t.contains(['.', '\n', '؟', '!', '"', '«', '»', ':']);
    for k in 1..ms.len() {
        let m = &ms[k];
        let deictic_only = matches!(m.kind, Kind::Date | Kind::Time)
            && m.rel.is_none()
            && m.anaph.is_none()
            && (m.ti..m.te).any(|t| matches!(p.lex(t), Some(Lex::Deictic(_))))
            && !(m.ti..m.te).any(|t| matches!(p.lex(t), Some(Lex::Weekday(_))));
        let Some(v) = m.val.as_deref().filter(|_| deictic_only) else {
            continue;
        };
        let Some(off) = day_of(v).map(|d| times_cal_jdn(d) - rj) else {
            continue;
        };
        // Inside a quotation (an odd number of «"» on its line, or an unclosed «)
        // the day is `quoted_deictics`' business.
        let line = text
            .get(line_start(text, m.span.start)..m.span.start)
            .unwrap_or("");
        if line.matches('"').count() % 2 == 1
            || line
                .rfind('«')
                .is_some_and(|o| line.rfind('»').is_none_or(|c| c < o))
        {
            continue;
        }
        let x = &ms[k - 1];
        let bare_weekday = x.kind == Kind::Date
            && (x.ti..x.te).any(|t| matches!(p.lex(t), Some(Lex::Weekday(_))))
            && !(x.ti..x.te).any(|t| matches!(p.lex(t), Some(Lex::Dir(_) | Lex::Deictic(_))));
        let Some(day) = x.val.as_deref().filter(|_| bare_weekday).and_then(day_of) else {
            continue;
        };
        let back = rj - times_cal_jdn(day);
        let gap = text.get(x.span.end..m.span.start).unwrap_or(".");
        if !(1..=6).contains(&back) || gap.len() > 400 || ends(gap) {
            continue;
        }
        // The verb of saying right around the weekday: «وقال الوزير الثلاثاء»،
        // «أعلنت الوزارة، الجمعة،»، «الأحد، قال».
        // «قال العميد …، الناطق باسم الجيش، لوكالة رويترز، الخميس، إن …»: appositions
        // and «لوكالة/لشبكة X» stand between the verb and its weekday, which a
        // complementizer right after the day still ties to the verb.
        let complementizer = (x.te..x.te + 2)
            .any(|t| p.is_any_of(t, &["ان", "انه", "انها", "بان", "بانه", "بانها"]));
        // A quoted name in the apposition («باسم قوات التحالف "…"») is crossed then.
        let (reach, stop): (usize, &[char]) = if complementizer {
            (16, &['.', '\n', '؟', '!', ':'])
        } else {
            (5, &['.', '\n', '؟', '!', '"', '«', '»', ':'])
        };
        let dated_saying = (x.ti.saturating_sub(reach)..x.ti)
            .rev()
            .take_while(|&t| !p.n(t).contains(stop))
            .any(said)
            || (x.te..x.te + 2).any(said);
        if !dated_saying || (x.te + 2..m.ti).any(said) {
            continue;
        }
        let d = cal::add_days(day, off);
        let rest = v.get(10..).unwrap_or("").to_string();
        ms[k].val = Some(format!(
            "{}{rest}",
            rules::ymd(Some(d.year), Some(d.month), Some(d.day))
        ));
    }
}

/// «وخرج الرئيس عن صمته الأحد … . وقال في المؤتمر "… غدا …"»: the day of the words
/// named in the sentence before, when the quotation's own sentence has none and opens
/// with a verb of saying (وقال، وأضاف، وتابع …; the speaker is the one just dated),
/// and the weekday dates words said (see [`dates_words_said`]).
/// The day is the last bare weekday of the previous sentence, on or before the
/// reference date, with no direction word (see [`quoted_deictics`]).
fn speech_day_before(
    p: &P<'_>,
    text: &str,
    earlier: &[M],
    open: usize,
    rj: i64,
) -> Option<crate::Date> {
    use words::Lex;
    const SAY: &[&str] = &[
        "قال",
        "قالت",
        "قالوا",
        "اضاف",
        "اضافت",
        "اضافوا",
        "تابع",
        "تابعت",
        "اكد",
        "اكدت",
        "اوضح",
        "اوضحت",
        "صرح",
        "صرحت",
        "ذكر",
        "ذكرت",
        "شدد",
        "شددت",
        "اعتبر",
        "اعتبرت",
        "استطرد",
        "مضى",
        "مضي",
    ];
    let ends = |c: char| matches!(c, '.' | '\n' | '؟' | '!');
    text.get(..open)?;
    let start = line_start_by(text, open, ends);
    // The previous sentence: from the boundary before `start` up to it.
    let prev_start = line_start_by(text, start.checked_sub(1)?, ends);
    let opener = text.get(start..open)?.split_whitespace().next()?;
    let verb: String = opener
        .chars()
        .map(|c| {
            if matches!(c, 'أ' | 'إ' | 'آ') {
                'ا'
            } else {
                c
            }
        })
        .collect();
    let verb = verb.strip_prefix(['و', 'ف']).unwrap_or(&verb);
    // A time of its own before the quotation (even one not taken) dates the words.
    if !SAY.contains(&verb)
        || earlier
            .iter()
            .any(|x| x.span.start >= start && x.span.end <= open)
    {
        return None;
    }
    let day_of = |v: &str| crate::Date::parse_iso(v.get(..10)?);
    earlier
        .iter()
        .rev()
        .take_while(|x| x.span.start >= prev_start)
        .filter(|x| x.span.end <= start)
        .find(|x| {
            matches!(x.kind, Kind::Date | Kind::Time)
                && (x.ti..x.te).any(|t| matches!(p.lex(t), Some(Lex::Weekday(_))))
                && !(x.ti..x.te).any(|t| matches!(p.lex(t), Some(Lex::Dir(_))))
                && dates_words_said(p, x)
                && x.val
                    .as_deref()
                    .and_then(day_of)
                    .is_some_and(|d| times_cal_jdn(d) <= rj)
        })
        .and_then(|x| x.val.as_deref())
        .and_then(day_of)
}

/// Does the weekday `x` date words said: a verb of saying or a noun of a press
/// event within six words of it in its own clause («وعقد مؤتمرا صحفيا الأحد»،
/// «والأحد رد الرئيس»، «وخرج الأحد عن صمته»), and it is not a bound (اعتبارا من
/// الثلاثاء، منذ الأحد)? «خلال الأحداث التي وقعت الاثنين» dates an event instead.
fn dates_words_said(p: &P<'_>, x: &M) -> bool {
    const SAID: &[&str] = &[
        "قال",
        "قالت",
        "صرح",
        "صرحت",
        "تحدث",
        "تحدثت",
        "اعلن",
        "اعلنت",
        "اكد",
        "اكدت",
        "رد",
        "ردت",
        "خاطب",
        "خاطبت",
    ];
    const SAYING: &[&str] = &[
        "مؤتمر",
        "تصريح",
        "خطاب",
        "مقابله",
        "صمت",
        "بيان",
        "كلمه",
        "اجتماع",
        "جلسه",
        "لقاء",
        // Ceremonies and summits are occasions of speeches («ونظمت الأربعاء مراسم …»).
        "مراسم",
        "حفل",
        "ندوه",
        "قمه",
    ];
    const STOPS: &[&str] = &[
        ".",
        "،",
        ",",
        "؟",
        "!",
        ":",
        "\"",
        "«",
        "»",
        "الذي",
        "التي",
        "الذين",
        "ان",
        "انه",
        "انها",
        "بان",
        "وان",
    ];
    const BOUNDS: &[&str] = &[
        "من",
        "منذ",
        "حتي",
        "وحتي",
        "الي",
        "بعد",
        "قبل",
        "لغايه",
        "اعتبارا",
        "ابتداء",
    ];
    if x.ti > 0 && p.is_any_of(x.ti - 1, BOUNDS) {
        return false;
    }
    let cue = |k: usize| {
        let n = p.n(k);
        let bare = n.strip_prefix(['و', 'ف']).unwrap_or(n);
        SAID.contains(&bare) || SAYING.iter().any(|w| n.contains(w))
    };
    let back = (x.ti.saturating_sub(6)..x.ti)
        .rev()
        .take_while(|&k| !p.is_any_of(k, STOPS))
        .any(cue);
    let ahead = (x.te..x.te + 6)
        .take_while(|&k| !p.n(k).is_empty() && !p.is_any_of(k, STOPS))
        .any(cue);
    back || ahead
}

fn times_cal_jdn(d: crate::Date) -> i64 {
    cal::jdn(d.year, d.month, d.day)
}

/// Joins around the anaphoric periods of the document pass (`M::anaph`):
/// * «الشهر نفسه من العام الماضي»، «اليوم ذاته من عام 2015»: the narrative's month
///   (day) in the year that follows;
/// * «في أكتوبر من العام نفسه»: the year said again joins the month it dates;
/// * «يوم 19 من نفس الشهر»، «في 24 من الشهر ذاته»، «الخامس من الشهر نفسه»: a day of
///   the narrative's month.
fn join_anaphoric(p: &P<'_>, ms: &mut Vec<M>) {
    use words::Grain;
    let year4 = |v: Option<&str>| {
        v.filter(|v| v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()))
            .map(str::to_string)
    };
    let mut k = 1;
    while k < ms.len() {
        let (a, b) = (&ms[k - 1], &ms[k]);
        let after_min = b.ti == a.te + 1 && p.n(a.te) == "من";
        let dated = matches!(a.kind, Kind::Date | Kind::Time);
        // The narrative's month or day, in the year written after it («مقارنة بنفس
        // الشهر العام الماضي» has no «من»).
        if matches!(a.anaph, Some(Grain::Day | Grain::Month))
            && b.kind == Kind::Date
            && (after_min || b.ti == a.te)
        {
            if let (Some(y), Some(v)) = (year4(b.val.as_deref()), a.val.as_deref()) {
                let v = format!("{y}{}", v.get(4..).unwrap_or(""));
                if v.len() != 10 || Date::parse_iso(&v).is_some() {
                    let (end, te) = (b.span.end, b.te);
                    let a = &mut ms[k - 1];
                    a.span = Span::new(a.span.start, end);
                    a.te = te;
                    a.val = Some(v);
                    ms.remove(k);
                    continue;
                }
            }
        }
        // A month or day dated by the year said again.
        let same_year = b.anaph == Some(Grain::Year)
            && dated
            && (b.ti == a.te || after_min)
            && match (a.val.as_deref(), b.val.as_deref()) {
                // An unresolved year joins too: the date keeps its own value.
                (Some(x), Some(y)) => x.len() > y.len() && (x.starts_with(y) || y == "XXXX"),
                _ => false,
            };
        // A day without its month, in the narrative's month.
        let month = b
            .val
            .as_deref()
            .filter(|v| b.anaph == Some(Grain::Month) && v.len() == 7 && !v.starts_with('X'));
        let day_in_month = match (month, a.val.as_deref()) {
            (Some(mv), Some(av))
                if dated
                    && after_min
                    && is_day_value(&a.val)
                    && !(a.ti..a.te).any(|t| p.named_period(t)) =>
            {
                av.get(8..10).map(|d| format!("{mv}-{d}"))
            }
            _ => None,
        }
        .filter(|v| Date::parse_iso(v).is_some());
        if same_year || day_in_month.is_some() {
            let (end, te) = (b.span.end, b.te);
            let a = &mut ms[k - 1];
            a.span = Span::new(a.span.start, end);
            a.te = te;
            if let Some(v) = day_in_month {
                a.val = Some(v);
            }
            ms.remove(k);
            continue;
        }
        k += 1;
    }
    // A bare day number before the narrative's month (not one another expression has).
    for k in 0..ms.len() {
        let free_from = if k > 0 { ms[k - 1].te } else { 0 };
        let m = &mut ms[k];
        let Some(v) = m
            .val
            .as_deref()
            .filter(|v| m.anaph == Some(Grain::Month) && v.len() == 7 && !v.starts_with('X'))
        else {
            continue;
        };
        let Some((s, d)) = p.day_before_of(m.ti).filter(|&(s, _)| s >= free_from) else {
            continue;
        };
        let v = format!("{v}-{d:02}");
        if Date::parse_iso(&v).is_none() {
            continue;
        }
        if let Some(t) = p.t.get(s) {
            m.span = Span::new(t.span.start, m.span.end);
            m.ti = s;
            m.val = Some(v);
            m.anaph = Some(Grain::Day);
        }
    }
}

/// «الصيف التالي»، «العام التالي»، «الشهر التالي»: "the following" period is counted
/// from the time the narrative has just named, not from the time of writing (unlike
/// «المقبل/القادم»): «في نوفمبر 2014 … فانتظر حتى الصيف التالي» is summer 2015. The
/// anchor is the nearest earlier date with a year in the same paragraph or the two
/// before; the period is the first one after it (a season after its month, the year
/// after a year, the month after a month). Without such a date the reference date
/// stays (the rules' value); periods of an event («التالي لـ…») are left to
/// [`after_event`].
fn following_period(p: &P<'_>, text: &str, ms: &mut [M]) {
    for k in 1..ms.len() {
        let (done, rest) = ms.split_at_mut(k);
        let Some(m) = rest.first_mut() else {
            continue;
        };
        let Some(last) = m.te.checked_sub(1) else {
            continue;
        };
        // «العام السابق»، «الشهر السابق» (s22d): "the previous" period is anaphoric
        // like «التالي», one step back from the anchor («في 2016، مقارنة بالعام
        // السابق» is 2015); «الماضي» stays counted from the time of writing.
        let back = p.is_any_of(last, &["السابق", "السابقه"]);
        if m.kind != Kind::Date
            || m.rel.is_some()
            || m.anaph.is_some()
            || !(back || p.is_any_of(last, &["التالي", "التاليه"]))
            || after_event(p, m)
        {
            continue;
        }
        let Some(v) = m.val.as_deref() else {
            continue;
        };
        // «يلتقي كولومبيا يوم الجمعة المقبل قبل التوجه يوم الثلاثاء التالي إلى
        // بلجيكا»: "the following Tuesday" is the first one after the day just named
        // in the paragraph (unlike «المقبل», counted from the time of writing);
        // without such a day the rules' value stays.
        let weekday = (m.ti..m.te).find_map(|t| match p.lex(t) {
            Some(words::Lex::Weekday(w)) => Some(w),
            _ => None,
        });
        if let Some(wd) = weekday {
            let start = m.span.start;
            let anchor_day = done
                .iter()
                .rev()
                .filter(|x| matches!(x.kind, Kind::Date | Kind::Time) && x.rel.is_none())
                .take_while(|x| anchor::breaks(text, x.span.end, start) == 0)
                .find_map(|x| {
                    x.val
                        .as_deref()
                        .and_then(|v| v.get(..10))
                        .and_then(Date::parse_iso)
                });
            if let (false, Some(d)) = (back, anchor_day) {
                let ahead = (i64::from(wd) - i64::from(cal::weekday(d)) + 6).rem_euclid(7) + 1;
                let day = cal::add_days(d, ahead);
                m.val = Some(format!("{:04}-{:02}-{:02}", day.year, day.month, day.day));
            }
            continue;
        }
        // The anchor: year and month (if any) of the nearest earlier date in reach,
        // one whose year is written first («في عام 2015 … بهجمات 11 سبتمبر … بحلول
        // نهاية العام التالي» counts from 2015, not from the attacks' 2001).
        let start = m.span.start;
        let in_reach = done
            .iter()
            .rev()
            .filter(|x| matches!(x.kind, Kind::Date | Kind::Time) && x.rel.is_none())
            .take_while(|x| anchor::breaks(text, x.span.end, start) <= 2);
        let year_month = |x: &M| {
            let xv = x.val.as_deref()?;
            let y: i32 = xv
                .get(..4)
                .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?
                .parse()
                .ok()?;
            let mo: Option<u32> = xv
                .get(5..7)
                .filter(|_| xv.as_bytes().get(4) == Some(&b'-'))
                .and_then(|mo| mo.parse().ok())
                .filter(|mo| (1..=12).contains(mo));
            Some((y, mo))
        };
        let anchor = if back {
            // «السابق» compares with the period the sentence is about: the nearest
            // earlier date of the same sentence («في فبراير من 56.6 مليار في الشهر
            // السابق», «خلال السنة المالية الحالية، ارتفاعا من 4.1% في السنة
            // السابقة»), not a bound after «منذ» («أعلى قراءة منذ فبراير 2017، بعدما
            // صعد في الشهر السابق») nor an anaphoric date («الشهر نفسه من العام
            // الماضي»); across a sentence «العام السابق» is often last year.
            in_reach
                .clone()
                .take_while(|x| same_sentence(text, x.span.end, start))
                .filter(|x| !since_bound(p, x) && !anaphoric_date(p, x))
                .find_map(year_month)
        } else {
            in_reach
                .clone()
                .filter(|x| anchor::written_year(text, x).is_some())
                .find_map(year_month)
                .or_else(|| in_reach.clone().find_map(year_month))
        };
        let Some((ay, am)) = anchor else {
            continue;
        };
        let step = if back { -1 } else { 1 };
        let new = if v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()) {
            // «في العام التالي»: the year after the anchor's (the one before it for
            // «السابق»).
            Some(format!("{:04}", ay + step))
        } else if back {
            // «الشهر السابق»: the month before the anchor's; other periods keep the
            // rules' value.
            (v.len() == 7 && !(m.ti..m.te).any(|t| p.named_period(t)))
                .then_some(am)
                .flatten()
                .map(|mo| {
                    let (y, mo) = if mo == 1 { (ay - 1, 12) } else { (ay, mo - 1) };
                    format!("{y:04}-{mo:02}")
                })
        } else if let Some(code) = v.get(5..).filter(|c| ["SP", "SU", "FA", "WI"].contains(c)) {
            // «الصيف التالي»: the first such season starting after the anchor's month (a
            // bare year: the next year's).
            let start = match code {
                "SP" => 3,
                "SU" => 6,
                "FA" => 9,
                _ => 12,
            };
            let y = match am {
                Some(mo) if mo < start => ay,
                _ => ay + 1,
            };
            Some(format!("{y:04}-{code}"))
        } else if v.len() == 7 && !(m.ti..m.te).any(|t| p.named_period(t)) {
            // «الشهر التالي»: the month after the anchor's (which must have one).
            am.map(|mo| {
                let (y, mo) = if mo == 12 { (ay + 1, 1) } else { (ay, mo + 1) };
                format!("{y:04}-{mo:02}")
            })
        } else {
            None
        };
        if let Some(new) = new {
            m.val = Some(new);
        }
    }
}

/// Is there no sentence end between byte offsets `a` and `b` of `text` (a full
/// stop between digits, «1.8%», is none)?
fn same_sentence(text: &str, a: usize, b: usize) -> bool {
    let Some(s) = text.get(a..b) else {
        return false;
    };
    let mut prev_digit = false;
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let next_digit = it.peek().is_some_and(|n| n.is_ascii_digit());
        if matches!(c, '\n' | '؟' | '?' | '!' | '؛') || (c == '.' && !(prev_digit && next_digit))
        {
            return false;
        }
        prev_digit = c.is_ascii_digit();
    }
    true
}

/// Is the date `x` the bound of «منذ» (since)?
fn since_bound(p: &P<'_>, x: &M) -> bool {
    // (The span may start at «منذ» or right after it.)
    p.is_any_of(x.ti, &["منذ", "ومنذ"])
        || x.ti
            .checked_sub(1)
            .is_some_and(|k| p.is_any_of(k, &["منذ", "ومنذ"]))
}

/// Does the date `x` name its period by anaphora (نفسه، ذاته، ذلك، السابق، التالي)?
fn anaphoric_date(p: &P<'_>, x: &M) -> bool {
    (x.ti..x.te).any(|k| {
        p.is_any_of(
            k,
            &[
                "نفسه",
                "ذاته",
                "نفس",
                "ذات",
                "ذلك",
                "تلك",
                "السابق",
                "السابقه",
                "التالي",
                "التاليه",
            ],
        )
    })
}

/// Is a period counted from a named event rather than from the reference date
/// («في الصيف التالي لكارثة غرينفيل»، «العام اللاحق للحرب»)? Its value then stays
/// relative. Days are left to the document pass (اليوم التالي).
fn after_event(p: &P<'_>, m: &M) -> bool {
    let Some(last) = m.te.checked_sub(1) else {
        return false;
    };
    m.kind == Kind::Date
        && !is_day_value(&m.val)
        && p.is_any_of(last, &["التالي", "التاليه", "اللاحق", "اللاحقه"])
        && p.n(m.te).starts_with('ل')
        && p.n(m.te).chars().count() >= 4
        && p.lex(m.te).is_none()
        && !agent_noun_after_li(p.n(m.te))
}

/// Is `n` «لل» + an agent noun of the pattern فاعل (للفائز، للكاتب، للناقد)? After
/// «مُنحت العام التالي للكاتب» the «لـ» is the verb's (given to the writer), not
/// "the year following X": an event is a masdar or a noun («للحرب»، «لوصوله»).
fn agent_noun_after_li(n: &str) -> bool {
    let Some(rest) = n.strip_prefix("لل") else {
        return false;
    };
    let c: Vec<char> = rest.chars().collect();
    // «للحادث» (the incident) is an event of that shape.
    c.len() == 4 && c[1] == 'ا' && rest != "حادث"
}

/// A value with its year unresolved, and with the rest too unless it is `named`
/// in the text: `2019-SU` → `XXXX-SU` (named), `2019-06` → `XXXX-XX`, `2019` →
/// `XXXX`, `2019-W12` → `XXXX-WXX`.
fn unresolved(v: &str, named: bool) -> String {
    if !v
        .get(..4)
        .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
    {
        return v.to_string();
    }
    if named {
        return format!("XXXX{}", v.get(4..).unwrap_or(""));
    }
    v.chars()
        .map(|c| if c.is_ascii_digit() { 'X' } else { c })
        .collect()
}

fn clock_str(c: &Clock) -> Option<String> {
    match c {
        Clock::Hm(h, m, None) => Some(format!("{h:02}:{m:02}")),
        Clock::Hm(h, m, Some(s)) => Some(format!("{h:02}:{m:02}:{s:02}")),
        Clock::Part(p) => Some((*p).to_string()),
        Clock::Invalid => None,
    }
}

fn final_value(m: &M, reference: Option<Date>) -> Option<String> {
    if m.kind != Kind::Time {
        return m.val.clone();
    }
    let clock = clock_str(m.clock.as_ref()?)?;
    let date = match &m.val {
        Some(v) => Some(v.clone()),
        None => reference.map(|r| format!("{:04}-{:02}-{:02}", r.year, r.month, r.day)),
    };
    Some(match date {
        Some(d) => format!("{d}T{clock}"),
        None => format!("T{clock}"),
    })
}

/// «وتجرى الفعاليات سنويا في 18 أكتوبر»، «تقام كل عام في 12 مارس»، «في 5 مايو كل
/// سنة»: a day or month beside a yearly SET (سنويا، كل عام/سنة) is that day of every
/// year, `XXXX-10-18`, as after «من كل عام»; a year written in the date keeps it.
fn yearly_dates(p: &P<'_>, text: &str, ms: &mut [M]) {
    // «ارتفع 15.3% سنويًا في الربع الثالث»: a yearly rate after a figure, not a habit.
    let yearly = |m: &M| {
        m.kind == Kind::Set
            && m.val.as_deref() == Some("P1Y")
            && !m.ti.checked_sub(1).is_some_and(|k| {
                p.t.get(k).is_some_and(|t| t.kind == lex::Tk::Num)
                    || ["%", "المئه", "المائه", "بالمئه", "بالمائه"].contains(&p.n(k))
            })
    };
    for k in 0..ms.len() {
        let (a, b) = ms.split_at(k);
        let Some(m) = b.first() else {
            continue;
        };
        let Some(v) = m.val.as_deref().filter(|v| {
            m.kind == Kind::Date
                && (v.len() == 10 || v.len() == 7)
                && v.get(..4)
                    .is_some_and(|y| y.bytes().all(|c| c.is_ascii_digit()))
        }) else {
            continue;
        };
        let set_before = a
            .last()
            .is_some_and(|s| yearly(s) && glue(p, s.te, m.ti, &["في", "،", ","]));
        let set_after = b
            .get(1)
            .is_some_and(|s| yearly(s) && glue(p, m.te, s.ti, &["،", ","]));
        // A Hijri month or feast (رمضان) moves through the Gregorian year: its
        // Gregorian month is this year's only.
        let hijri = (m.ti..m.te).any(|t| {
            matches!(p.lex(t), Some(words::Lex::Hijri(..)))
                || p.is_any_of(t, &["الفطر", "الاضحي", "المولد", "عاشوراء", "الهجريه"])
        });
        if (set_before || set_after) && !hijri && anchor::written_year(text, m).is_none() {
            let v = format!("XXXX{}", v.get(4..).unwrap_or(""));
            if let Some(m) = ms.get_mut(k) {
                m.val = Some(v);
            }
        }
    }
}

/// «أصدرت المحكمة اليوم (28 أبريل) حكمها»: a day word glossed with a date in
/// brackets right after it is that date (a quote written a day or more before
/// publication keeps its «اليوم»), not the day of publication.
fn bracketed_day(p: &P<'_>, ms: &mut [M]) {
    for k in 1..ms.len() {
        let (a, b) = ms.split_at_mut(k);
        let (Some(day), Some(date)) = (a.last_mut(), b.first()) else {
            continue;
        };
        let deictic = day.kind == Kind::Date
            && (day.ti..day.te).any(|t| matches!(p.lex(t), Some(words::Lex::Deictic(_))));
        if deictic
            && date.kind == Kind::Date
            && is_day_value(&day.val)
            && is_day_value(&date.val)
            && glue(p, day.te, date.ti, &["("])
            && day.te < date.ti
            && p.n(date.te) == ")"
        {
            day.val = date.val.clone();
        }
    }
}

/// Is everything between tokens `a` (inclusive) and `b` (exclusive) glue?
fn glue(p: &P<'_>, a: usize, b: usize, words: &[&str]) -> bool {
    (a..b).all(|k| k < p.t.len() && words.contains(&p.n(k)))
}

fn is_day_value(v: &Option<String>) -> bool {
    v.as_deref().is_some_and(|v| {
        let b = v.as_bytes();
        (b.len() == 10 && b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-'))
            || v.starts_with("XXXX-WXX-")
    })
}

/// A bare clock hour read in a part of day given elsewhere in the phrase (TIMEX3
/// codes AF, EV, NI): the same shifts as a part of day right after the hour; a
/// morning leaves the hour alone (صباح اليوم الساعة 12 is noon more often than not).
fn hour_in_part(h: u32, part: &str) -> u32 {
    match part {
        "AF" | "EV" if h < 12 => h + 12,
        "NI" if h == 12 => 0,
        // «الساعة 12.01 من فجر الجمعة»: twelve in the morning is midnight, as
        // `P::clock` reads «12 صباحا».
        "MO" if h == 12 => 0,
        "NI" if (6..12).contains(&h) => h + 12,
        _ => h,
    }
}

/// Join date + clock time into one TIME, and chained durations (عام وشهر).
fn merge(p: &P<'_>, ms: Vec<M>) -> Vec<M> {
    let mut out: Vec<M> = Vec::with_capacity(ms.len());
    for m in ms {
        if let Some(prev) = out.last_mut() {
            // اليوم الخميس، أمس الأربعاء: two names of the same day are one expression.
            if prev.kind == Kind::Date
                && m.kind == Kind::Date
                && m.ti == prev.te
                && is_day_value(&prev.val)
                && prev.val == m.val
            {
                prev.span = Span::new(prev.span.start, m.span.end);
                prev.te = m.te;
                prev.anaph = None;
                continue;
            }
            // «يصادف 21 مارس من كل عام»، «في أبريل من كل سنة»: a year-less day or month
            // of every year is one yearly SET (`XXXX-03-21`), not this year's date.
            if prev.kind == Kind::Date
                && prev.float.is_some()
                && m.kind == Kind::Set
                && m.val.as_deref() == Some("P1Y")
                && m.ti == prev.te + 1
                && p.n(prev.te) == "من"
                && p.n(m.ti) == "كل"
            {
                if let Some(rest) = prev.val.as_deref().and_then(|v| v.get(4..)) {
                    prev.val = Some(format!("XXXX{rest}"));
                    prev.kind = Kind::Set;
                    prev.span = Span::new(prev.span.start, m.span.end);
                    prev.te = m.te;
                    prev.float = None;
                    continue;
                }
            }
            // «في مثل هذا اليوم قبل عشر سنوات»، «في مثل هذا الشهر قبل ثلاث سنوات»: the
            // same day (month) that many years back, one expression from «مثل».
            if prev.kind == Kind::Date
                && m.kind == Kind::Date
                && m.ti == prev.te
                && prev.ti > 0
                && p.n(prev.ti - 1) == "مثل"
                && p.n(prev.ti) == "هذا"
                && ["اليوم", "الشهر"].contains(&p.n(prev.ti + 1))
                && prev.te == prev.ti + 2
            {
                let year = m
                    .val
                    .as_deref()
                    .filter(|v| v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()));
                // The same day or month in that year (not a 29 February that year lacks).
                let v = match (year, prev.val.as_deref()) {
                    (Some(y), Some(v)) => v
                        .get(4..)
                        .filter(|r| r.starts_with('-'))
                        .map(|rest| format!("{y}{rest}"))
                        .filter(|v| v.len() != 10 || Date::parse_iso(v).is_some()),
                    _ => None,
                };
                if let Some(v) = v {
                    let start =
                        p.t.get(prev.ti - 1)
                            .map_or(prev.span.start, |t| t.span.start);
                    prev.span = Span::new(start, m.span.end);
                    prev.te = m.te;
                    prev.ti -= 1;
                    prev.val = Some(v);
                    continue;
                }
            }
            // «اليوم الأربعاء» in an article dated Thursday (written the day before it
            // was published): the named weekday is the day meant. The pair is one
            // expression dated by that weekday nearest the deictic day (two days at most).
            // The weekday may be in brackets («مساء أمس (الأربعاء)», AFP style), and the
            // deictic day may carry a part of the day («بعد ظهر أمس الخميس»).
            let bracketed =
                m.ti == prev.te + 1 && p.n(prev.te) == "(" && m.te < p.t.len() && p.n(m.te) == ")";
            // «صباح اليوم، الإثنين، مقر …»: the weekday in apposition between commas.
            let comma = |k: usize| p.is_any_of(k, &["،", ","]);
            let apposed = m.ti == prev.te + 1 && comma(prev.te) && m.te < p.t.len() && comma(m.te);
            let part_of_day = prev.kind == Kind::Time && matches!(prev.clock, Some(Clock::Part(_)));
            if (prev.kind == Kind::Date || part_of_day)
                && m.kind == Kind::Date
                && (m.ti == prev.te || bracketed || apposed)
                && matches!(p.lex(prev.te - 1), Some(words::Lex::Deictic(_)))
                && matches!(p.lex(m.te - 1), Some(words::Lex::Weekday(_)))
            {
                // «2018-07-27TAF»: the day, then the part of the day again.
                let (day, rest) = match prev.val.as_deref() {
                    Some(v) if v.len() > 10 => (Some(&v[..10]), &v[10..]),
                    other => (other, ""),
                };
                if let Some(v) = nearest_weekday(day, m.val.as_deref()) {
                    // The closing bracket joins the span.
                    let (end, te) = match p.t.get(m.te).filter(|_| bracketed) {
                        Some(t) => (t.span.end, m.te + 1),
                        None => (m.span.end, m.te),
                    };
                    prev.span = Span::new(prev.span.start, end);
                    prev.te = te;
                    prev.val = Some(format!("{v}{rest}"));
                    prev.anaph = None;
                    continue;
                }
            }
            let date_glue = [
                "،",
                ",",
                "في",
                "على",
                "عند",
                "حوالي",
                "-",
                "من",
                "يوم",
                "وفي",
                "الموافق",
                // غدا بين الساعة 8 صباحا و2 مساء: the date goes to both ends.
                "بين",
            ];
            // DATE … TIME(clock)  or TIME(part of day) … TIME(clock). Not a clock
            // opening with و right after the day («بين الساعة 22,00 من يوم الجمعة
            // والساعة 18,00 من يوم السبت»): the second end of a range, with a day
            // of its own.
            let coordinated = m.ti == prev.te && p.n(m.ti).starts_with('و');
            if m.kind == Kind::Time
                && matches!(m.clock, Some(Clock::Hm(..)))
                && m.val.is_none()
                && !coordinated
                && glue(p, prev.te, m.ti, &date_glue)
                && ((prev.kind == Kind::Date && is_day_value(&prev.val))
                    || (prev.kind == Kind::Time && matches!(prev.clock, Some(Clock::Part(_)))))
            {
                let mut clock = m.clock.clone();
                if let (Some(Clock::Part(pc)), Some(Clock::Hm(h, mi, s))) = (&prev.clock, &clock) {
                    if !m.dp {
                        clock = Some(Clock::Hm(hour_in_part(*h, pc), *mi, *s));
                    }
                }
                // ليلة الأحد … الساعة الواحدة: an hour after midnight is on the next day.
                if let (Some(Clock::Part("NI")), Some(Clock::Hm(h, ..))) = (&prev.clock, &clock) {
                    if *h < 5 {
                        if let Some(d) = prev.val.as_deref().and_then(Date::parse_iso) {
                            let d = cal::add_days(d, 1);
                            prev.val = Some(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
                        }
                    }
                }
                prev.span = Span::new(prev.span.start, m.span.end);
                prev.te = m.te;
                prev.kind = Kind::Time;
                prev.clock = clock;
                continue;
            }
            // DATE … part of day (الثلاثاء في الصباح) and part of day … DATE.
            let part_glue = ["،", ",", "في", "من", "يوم"];
            if prev.kind == Kind::Date
                && is_day_value(&prev.val)
                && m.kind == Kind::Time
                && matches!(m.clock, Some(Clock::Part(_)))
                && m.val.is_none()
                && glue(p, prev.te, m.ti, &part_glue)
            {
                prev.span = Span::new(prev.span.start, m.span.end);
                prev.te = m.te;
                prev.kind = Kind::Time;
                prev.clock = m.clock;
                continue;
            }
            if prev.kind == Kind::Time
                && matches!(prev.clock, Some(Clock::Part(_)))
                && prev.val.is_none()
                && m.kind == Kind::Date
                && is_day_value(&m.val)
                && glue(p, prev.te, m.ti, &part_glue)
            {
                prev.span = Span::new(prev.span.start, m.span.end);
                prev.te = m.te;
                prev.val = m.val;
                continue;
            }
            // TIME(clock) … DATE, or … part of a dated day (الواحدة والنصف من فجر يوم الأربعاء)
            if prev.kind == Kind::Time
                && matches!(prev.clock, Some(Clock::Hm(..)))
                && prev.val.is_none()
                && ((m.kind == Kind::Date && is_day_value(&m.val))
                    || (m.kind == Kind::Time
                        && matches!(m.clock, Some(Clock::Part(_)))
                        && is_day_value(&m.val)))
                && glue(p, prev.te, m.ti, &date_glue)
            {
                // الساعة الثامنة من مساء الجمعة: the part of day sets the half of the day.
                if let (Some(Clock::Part(pc)), Some(Clock::Hm(h, mi, sec))) =
                    (&m.clock, &prev.clock)
                {
                    if !prev.dp {
                        prev.clock = Some(Clock::Hm(hour_in_part(*h, pc), *mi, *sec));
                        prev.dp = true;
                    }
                }
                prev.span = Span::new(prev.span.start, m.span.end);
                prev.te = m.te;
                prev.val = m.val;
                continue;
            }
            // Clock range: من الساعة 3 الى الساعة 4 بعد العصر — share the part of day and the date.
            if prev.kind == Kind::Time
                && m.kind == Kind::Time
                && glue(p, prev.te, m.ti, &["الي", "حتي", "وحتي", "-", "و", "والي"])
            {
                if let (Some(Clock::Hm(ph, pm, ps)), Some(Clock::Hm(mh, _, _))) =
                    (prev.clock.clone(), m.clock.clone())
                {
                    if !prev.dp && m.dp && mh >= 12 && ph < 12 && ph + 12 <= mh {
                        prev.clock = Some(Clock::Hm(ph + 12, pm, ps));
                    }
                }
                let mut m = m;
                // «… والساعة 18,00 من يوم السبت»: the second end has a day of its own.
                let day_at = |k: usize| {
                    p.n(k) == "يوم"
                        || matches!(
                            p.lex(k),
                            Some(words::Lex::Weekday(_) | words::Lex::Deictic(_))
                        )
                };
                // «… حتى الساعة الثانية والنصف فجر الثلاثاء»: the part of day read with
                // the clock is in the construct state with the day right after it.
                let own_day = (p.n(m.te) == "من" && day_at(m.te + 1)) || (m.dp && day_at(m.te));
                if m.val.is_none() && !own_day {
                    m.val = prev.val.clone();
                    // «مساء الأحد حتى الساعة الثالثة فجرا»: a small hour at dawn after an
                    // evening or a night is on the next day.
                    let overnight = matches!(prev.clock, Some(Clock::Part("EV" | "NI")))
                        && m.dp
                        && matches!(m.clock, Some(Clock::Hm(h, ..)) if h < 6)
                        && (m.ti..m.te)
                            .any(|k| p.is_any_of(k, &["فجرا", "فجر", "الفجر", "صباحا", "الصباح"]));
                    if overnight {
                        if let Some(d) = m.val.as_deref().and_then(Date::parse_iso) {
                            let d = cal::add_days(d, 1);
                            m.val = Some(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
                        }
                    }
                }
                out.push(m);
                continue;
            }
            // A weekly SET and a clock time: كل يوم اثنين الساعة 4 مساء، الساعة 9 صباحا أيام الأحد.
            let set_glue = ["،", ",", "في", "على", "عند"];
            let weekly = |x: &M| {
                x.kind == Kind::Set
                    && x.val
                        .as_deref()
                        .is_some_and(|v| v.len() == 10 && v.starts_with("XXXX-WXX-"))
            };
            let clock_only = |x: &M| {
                x.kind == Kind::Time && x.val.is_none() && matches!(x.clock, Some(Clock::Hm(..)))
            };
            if glue(p, prev.te, m.ti, &set_glue)
                && ((weekly(prev) && clock_only(&m)) || (clock_only(prev) && weekly(&m)))
            {
                let (set, clk) = if weekly(prev) {
                    (prev.val.clone(), m.clock.clone())
                } else {
                    (m.val.clone(), prev.clock.clone())
                };
                if let (Some(v), Some(c)) = (set, clk.as_ref().and_then(clock_str)) {
                    prev.span = Span::new(prev.span.start, m.span.end);
                    prev.te = m.te;
                    prev.kind = Kind::Set;
                    prev.clock = None;
                    prev.val = Some(format!("{v}T{c}"));
                    continue;
                }
            }
            // DURATION و DURATION (not بين X و Y, a range: بين أسبوعين وثلاثة أسابيع)
            let between = prev.ti > 0 && ["بين", "وبين"].contains(&p.n(prev.ti - 1));
            // «5 و 10 و 20 ثانية»: a bare count shares the unit of a list, no sum.
            if prev.kind == Kind::Duration
                && m.kind == Kind::Duration
                && !between
                && !p.bare_count(prev.ti, prev.te)
            {
                let joined = (m.ti == prev.te && p.n(m.ti).starts_with('و'))
                    || (glue(p, prev.te, m.ti, &["و"])
                        // منذ أسبوع لخمس ساعات: a ل/ب proclitic starts another phrase.
                        && !(m.ti == prev.te && p.n(m.ti).starts_with(['ل', 'ب'])));
                if joined {
                    if let (Some(a), Some(b)) = (&prev.val, &m.val) {
                        if let Some(v) = join_durations(a, b) {
                            prev.span = Span::new(prev.span.start, m.span.end);
                            prev.te = m.te;
                            prev.val = Some(v);
                            continue;
                        }
                    }
                }
            }
        }
        out.push(m);
    }
    out
}

/// The date with the weekday of `named` nearest to the day `deictic`, when it is
/// at most two days away (`YYYY-MM-DD` values).
fn nearest_weekday(deictic: Option<&str>, named: Option<&str>) -> Option<String> {
    let d0 = Date::parse_iso(deictic?)?;
    let d1 = Date::parse_iso(named?)?;
    let diff = i64::from(cal::weekday(d1)) - i64::from(cal::weekday(d0));
    let off = match diff.rem_euclid(7) {
        x @ 0..=3 => x,
        x => x - 7,
    };
    if off.abs() > 2 {
        return None;
    }
    let d = cal::add_days(d0, off);
    Some(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day))
}

/// P1Y + P1M → P1Y1M; P1W + P3D → P1W3D; P1D + PT2H → P1DT2H, components in
/// canonical order (Y M W D T H M S). Vague parts don't join.
fn join_durations(a: &str, b: &str) -> Option<String> {
    if a.contains('X') || b.contains('X') {
        return None;
    }
    // (designator, is time part) → amount
    let mut parts: Vec<(char, bool, f64)> = Vec::new();
    for d in [a, b] {
        let body = d.strip_prefix('P')?;
        let mut time = false;
        let mut num = String::new();
        for c in body.chars() {
            match c {
                'T' => time = true,
                '0'..='9' | '.' => num.push(c),
                u => {
                    let v: f64 = num.parse().ok()?;
                    num.clear();
                    if let Some(p) = parts.iter_mut().find(|p| p.0 == u && p.1 == time) {
                        p.2 += v;
                    } else {
                        parts.push((u, time, v));
                    }
                }
            }
        }
    }
    let fmt = |v: f64| {
        if v.fract() == 0.0 {
            format!("{}", v as i64)
        } else {
            format!("{v}")
        }
    };
    let mut out = String::from("P");
    for u in ['Y', 'M', 'W', 'D'] {
        if let Some(p) = parts.iter().find(|p| p.0 == u && !p.1) {
            out.push_str(&fmt(p.2));
            out.push(u);
        }
    }
    let mut t = String::new();
    for u in ['H', 'M', 'S'] {
        if let Some(p) = parts.iter().find(|p| p.0 == u && p.1) {
            t.push_str(&fmt(p.2));
            t.push(u);
        }
    }
    if !t.is_empty() {
        out.push('T');
        out.push_str(&t);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Date> {
        Date::parse_iso(s)
    }

    fn one(text: &str, r: Option<&str>) -> Vec<(String, String, Option<String>)> {
        extract_text(text, r.and_then(d), &Options::default())
            .into_iter()
            .map(|t| (t.text, t.kind, t.value))
            .collect()
    }

    fn val(text: &str, r: Option<&str>) -> Option<String> {
        one(text, r).into_iter().next().and_then(|x| x.2)
    }

    #[test]
    fn seed_like() {
        let r = Some("2015-11-20");
        assert_eq!(val("في أيلول الماضي حذر", r).as_deref(), Some("2015-09"));
        assert_eq!(val("في صيف عام 2014.", r).as_deref(), Some("2014-SU"));
        assert_eq!(one("منذ عام 2012 بعد", r)[0].0, "عام 2012");
        assert_eq!(
            val("خلال الاشهر القليلة الماضية مع", r).as_deref(),
            Some("PXM")
        );
        assert_eq!(val("في الاشهر الاخيرة والغاء", r).as_deref(), Some("PXM"));
        assert_eq!(val("منذ ثلاث سنوات", r).as_deref(), Some("P3Y"));
    }

    #[test]
    fn months_of_all_systems() {
        let r = Some("2015-11-20");
        for (t, v) in [
            ("في 12 آب 2014", "2014-08-12"),
            ("5 يناير 2018", "2018-01-05"),
            ("الخامس من أيار 2016", "2016-05-05"),
            ("في كانون الثاني 2015", "2015-01"),
            ("في تشرين الأول 2015", "2015-10"),
            ("في شتنبر 2015", "2015-09"),
            ("في جويلية 2015", "2015-07"),
            ("في غشت 2015", "2015-08"),
            ("في دجنبر 2015", "2015-12"),
            ("في أفريل 2015", "2015-04"),
            ("في إبريل 2015", "2015-04"),
            ("في يوليه 2015", "2015-07"),
            ("وفي ايلول 2013", "2013-09"),
        ] {
            assert_eq!(val(t, r).as_deref(), Some(v), "{t}");
        }
    }

    #[test]
    fn relative() {
        let r = Some("2015-11-20");
        for (t, v) in [
            ("الأسبوع الماضي", "2015-W46"),
            ("الشهر الماضي", "2015-10"),
            ("العام المقبل", "2016"),
            ("العام الماضي", "2014"),
            ("قال أمس إن", "2015-11-19"),
            ("أمس الأول", "2015-11-18"),
            ("غدا", "2015-11-21"),
            ("بعد غد", "2015-11-22"),
            ("الاثنين المقبل", "2015-11-23"),
            ("يوم الأحد", "2015-11-15"),
        ] {
            assert_eq!(val(t, r).as_deref(), Some(v), "{t}");
        }
        assert_eq!(val("الشهر الماضي", None).as_deref(), Some("XXXX-XX"));
        assert_eq!(val("في أيلول", None).as_deref(), Some("XXXX-09"));
    }

    #[test]
    fn digits_hijri_clock_sets() {
        let r = Some("2015-11-20");
        assert_eq!(val("في 22/04/2016", r).as_deref(), Some("2016-04-22"));
        assert_eq!(val("في ٢٢/٤/٢٠١٦", r).as_deref(), Some("2016-04-22"));
        assert_eq!(val("في 2016-04-22", r).as_deref(), Some("2016-04-22"));
        assert_eq!(val("في 22-4-2016", r).as_deref(), Some("2016-04-22"));
        let bad = one("في 31/02/2016", r);
        assert_eq!(bad[0].0, "31/02/2016");
        assert_eq!(bad[0].2, None);
        assert_eq!(one("في 12/13/2016", r)[0].2, None);
        assert_eq!(val("1 رمضان 1436 هـ", r).as_deref(), Some("2015-06-18"));
        assert_eq!(
            val("الساعة الثالثة عصرا", r).as_deref(),
            Some("2015-11-20T15:00")
        );
        assert_eq!(val("الساعة الثالثة عصرا", None).as_deref(), Some("T15:00"));
        assert_eq!(
            val("10:30 صباحا بتوقيت غرينتش", r).as_deref(),
            Some("2015-11-20T10:30")
        );
        assert_eq!(val("كل يوم", r).as_deref(), Some("P1D"));
        assert_eq!(val("يجتمع أسبوعيا", r).as_deref(), Some("P1W"));
        assert_eq!(val("48 ساعة", r).as_deref(), Some("PT48H"));
        assert_eq!(val("منذ عقدين", r).as_deref(), Some("P20Y"));
        assert_eq!(val("خلال السنوات الخمس الماضية", r).as_deref(), Some("P5Y"));
        assert_eq!(val("ثلاثة أسابيع", r).as_deref(), Some("P3W"));
        assert_eq!(val("يومين", r).as_deref(), Some("P2D"));
        assert_eq!(val("أواخر 2014", r).as_deref(), Some("2014"));
        assert_eq!(val("في 1500 هـ", r), Some("2077".to_string()));
        assert_eq!(
            one("10 رمضان 99999 هـ", r)
                .first()
                .and_then(|x| x.2.clone()),
            None
        );
    }

    #[test]
    fn no_junk() {
        let r = Some("2015-11-20");
        for t in [
            "مارس الضغط على الحكومة",
            "الأمين العام للأمم المتحدة",
            "أحد المسلحين",
            "قال رجب طيب أردوغان",
            "الربيع العربي",
            "وصلت 150 مسلحا",
        ] {
            let got = one(t, r);
            assert!(got.is_empty(), "{t}: {got:?}");
        }
    }

    #[test]
    fn news_patterns() {
        let r = Some("2018-06-19");
        for (t, v) in [
            ("في 12 يونيو/حزيران الماضي", "2018-06-12"),
            ("في 21 أبريل نيسان 2016", "2016-04-21"),
            ("قبل ثلاثة أشهر", "2018-03"),
            ("قبل يومين", "2018-06-17"),
            ("بعد نحو شهرين من الآن", "2018-08"),
            ("الربع الثالث من العام الجاري", "2018-Q3"),
            ("عيد الفطر 2018", "2018-06-15"),
            ("سوف يعقد المجلس جلسة، الخميس", "2018-06-21"),
            ("وعقد المجلس جلسة الخميس", "2018-06-14"),
            ("في التسعينيات", "199"),
            ("1439/12/4 هـ", "2018-08-16"),
        ] {
            let got = one(t, r);
            assert!(
                got.iter().any(|x| x.2.as_deref() == Some(v)),
                "{t}: {got:?}"
            );
        }
        for t in [
            "فاز 4 - صفر",
            "أما آلان شيرار",
            "تعهد أحد أشهر المشجعين",
            "في الآن نفسه",
            "الدفعة السابعة لشهر يونيو",
        ] {
            let got = one(t, r);
            assert!(
                got.iter().all(|x| !(x.1 == "DATE"
                    && x.0.len() <= 12
                    && (x.0.contains("صفر") || x.0.contains("الآن") || x.0.contains("آلان")))),
                "{t}: {got:?}"
            );
            assert!(got.iter().all(|x| x.1 != "DURATION"), "{t}: {got:?}");
        }
    }

    #[test]
    fn weekend_is_week_we() {
        let r = Some("2016-11-07");
        assert_eq!(
            one("سأكون بالخارج في عطلة نهاية الأسبوع", r)[0],
            (
                "عطلة نهاية الأسبوع".to_string(),
                "DATE".to_string(),
                Some("2016-W45-WE".to_string())
            )
        );
        assert_eq!(val("نهاية هذا الأسبوع", r).as_deref(), Some("2016-W45-WE"));
        // نهاية الشهر stays the month.
        assert_eq!(val("نهاية الشهر الماضي", r).as_deref(), Some("2016-10"));
    }

    #[test]
    fn end_of_day_is_2359() {
        let r = Some("2016-11-07");
        let got = one("سأعود نهاية الغد", r);
        assert_eq!(got[0].0, "نهاية الغد");
        assert_eq!(got[0].1, "TIME");
        assert_eq!(got[0].2.as_deref(), Some("2016-11-08T23:59"));
        assert_eq!(val("نهاية اليوم", r).as_deref(), Some("2016-11-07T23:59"));
    }

    #[test]
    fn day_before_yesterday_with_qabl() {
        let r = Some("2016-11-07");
        let got = one("سأعود قبل يوم أمس", r);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "قبل يوم أمس");
        assert_eq!(got[0].2.as_deref(), Some("2016-11-05"));
        assert_eq!(val("اليوم القبل البارحة", r).as_deref(), Some("2016-11-05"));
        // A plain "a day ago" is unchanged.
        assert_eq!(val("قبل يوم واحد", r).as_deref(), Some("2016-11-06"));
    }

    #[test]
    fn year_read_as_two_pairs() {
        let r = Some("2016-11-07");
        assert_eq!(
            val("حدث ذلك في يونيو من عام تسعة عشر تسعة وتسعون", r).as_deref(),
            Some("1999-06")
        );
    }

    #[test]
    fn mid_morning_and_early_night() {
        let r = Some("2016-11-07");
        let got = one("منتصف الصباح", r);
        assert_eq!(got[0].0, "منتصف الصباح");
        assert_eq!(got[0].2.as_deref(), Some("2016-11-07T10:00"));
        let got = one("دعنا نلتقي في أول الليل", r);
        assert_eq!(got[0].0, "أول الليل");
        assert_eq!(got[0].2.as_deref(), Some("2016-11-07TNI"));
    }

    #[test]
    fn this_month_name() {
        let r = Some("2016-11-07");
        let got = one("سأخرج هذا آب", r);
        assert_eq!(got[0].0, "هذا آب");
        assert!(
            got[0].2.as_deref().is_some_and(|v| v.ends_with("-08")),
            "{got:?}"
        );
        // هذا مارس mid-sentence is "this one exercised", not March.
        assert!(one("وكان هذا مارس الضغط على الحكومة", r).is_empty());
    }

    #[test]
    fn nth_week_of_year_is_iso_week() {
        let r = Some("2016-11-07");
        assert_eq!(
            one("سأخرج الأسبوع الثالث من عام 2027", r)[0],
            (
                "الأسبوع الثالث من عام 2027".to_string(),
                "DATE".to_string(),
                Some("2027-W03".to_string())
            )
        );
        assert_eq!(
            val("الأسبوع الثالث العام المقبل", r).as_deref(),
            Some("2017-W03")
        );
        assert_eq!(
            val("الأسبوع الأول من هذا العام", r).as_deref(),
            Some("2016-W01")
        );
        assert_eq!(
            val("الأسبوع الأخير من عام 2015", r).as_deref(),
            Some("2015-W53")
        );
        assert_eq!(
            val("الأسبوع الأخير من عام 2016", r).as_deref(),
            Some("2016-W52")
        );
        // A week of a month stays a week of that month.
        assert_eq!(
            val("الأسبوع الأول من أكتوبر 2016", r).as_deref(),
            Some("2016-W40")
        );
    }

    #[test]
    fn rest_of_period_is_the_period() {
        let r = Some("2016-11-07");
        let got = one("سأرحل بقية الأسبوع", r);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "بقية الأسبوع");
        assert_eq!(got[0].2.as_deref(), Some("2016-W45"));
        for (t, v) in [
            ("سأرحل باقي الشهر", "2016-11"),
            ("لبقية العام", "2016"),
            ("بقية هذا الأسبوع", "2016-W45"),
            ("باقي أسبوعي", "2016-W45"),
            ("بقية اليوم الحالي", "2016-11-07"),
            ("بقية الشهر المقبل", "2016-12"),
            ("نهاية أسبوعي", "2016-W45-WE"),
        ] {
            let got = one(t, r);
            assert_eq!(got.len(), 1, "{t}: {got:?}");
            assert_eq!(got[0].2.as_deref(), Some(v), "{t}: {got:?}");
        }
        // بقية + anything else is not a time; نصف شهري is "semi-monthly".
        assert!(one("بقية الأعضاء", r).is_empty());
        assert!(one("تقرير نصف شهري", r).is_empty());
    }

    #[test]
    fn weekly_set_with_clock_time() {
        let r = Some("2017-09-27");
        for (t, v) in [
            ("سأغادر كل يوم اثنين الساعة 4 مساءً", "XXXX-WXX-1T16:00"),
            ("سأغادر الساعة 9 صباحًا كل يوم أحد", "XXXX-WXX-7T09:00"),
            ("الساعة 9 صباحا أيام الأحد", "XXXX-WXX-7T09:00"),
        ] {
            let got = one(t, r);
            assert_eq!(got.len(), 1, "{t}: {got:?}");
            assert_eq!(got[0].1, "SET", "{t}: {got:?}");
            assert_eq!(got[0].2.as_deref(), Some(v), "{t}: {got:?}");
        }
        // A clock time in another clause stays apart.
        let got = one("كل يوم اثنين. وفي الساعة 4 مساء", r);
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn clock_forms_and_minute_offsets() {
        let r = Some("2016-11-07");
        for (t, span, v) in [
            ("سأعود 340 مساءً", "340 مساءً", "2016-11-07T15:40"),
            ("سأعود 1140 صباحا", "1140 صباحا", "2016-11-07T11:40"),
            (
                "ثمانية وأربعين صباحا",
                "ثمانية وأربعين صباحا",
                "2016-11-07T08:40",
            ),
            (
                "خمسة عشر خمسة عشر مساءً",
                "خمسة عشر خمسة عشر مساءً",
                "2016-11-07T15:15",
            ),
            (
                "عشرة وخمسة وخمسين مساءً",
                "عشرة وخمسة وخمسين مساءً",
                "2016-11-07T22:55",
            ),
            (
                "إنها ثلاث دقائق قبل الثامنة",
                "ثلاث دقائق قبل الثامنة",
                "2016-11-07T07:57",
            ),
            (
                "الخامسة والنصف إلا ثلاث دقائق",
                "الخامسة والنصف إلا ثلاث دقائق",
                "2016-11-07T05:27",
            ),
            ("السابعة إلا الربع", "السابعة إلا الربع", "2016-11-07T06:45"),
        ] {
            let got = one(t, r);
            assert_eq!(got.len(), 1, "{t}: {got:?}");
            assert_eq!(got[0].0, span, "{t}: {got:?}");
            assert_eq!(got[0].2.as_deref(), Some(v), "{t}: {got:?}");
        }
        let got = one("عشرين دقيقة بعد الخامسة صباح الغد", r);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2.as_deref(), Some("2016-11-08T05:20"));
        // Counts before a dated part of day, years, and bare number words stay out.
        for t in [
            "قتل 340 مساء الأحد",
            "في 2014 مساء",
            "ثمانية وأربعين",
            "وصل ثمانية وأربعون مساء أمس",
            "في سباق 1200 م",
        ] {
            let got = one(t, r);
            // Only the part of day itself (مساء الأحد) may be a TIME.
            assert!(
                got.iter().all(|x| x.1 != "TIME" || x.0.starts_with("مساء")),
                "{t}: {got:?}"
            );
        }
    }

    #[test]
    fn weekday_with_day_number_agrees() {
        // 2016-11-11 is a Friday; 2016-10-11 is not.
        assert_eq!(
            val("الجمعة 11", Some("2016-11-07")).as_deref(),
            Some("2016-11-11")
        );
        // 2017-10-31 is a Tuesday.
        assert_eq!(
            val("يوم الثلاثاء الحادي والثلاثين", Some("2017-11-09")).as_deref(),
            Some("2017-10-31")
        );
        // The usual month when it already agrees: 2016-11-04 is a Friday.
        assert_eq!(
            val("الجمعة 4", Some("2016-11-07")).as_deref(),
            Some("2016-11-04")
        );
        // A number that is no nearby day of that weekday is a count: the weekday stands alone.
        let got = one(
            "واتهمت السلطات الأميركية الجمعة 12 عنصرا",
            Some("2018-07-14"),
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "الجمعة");
        assert_eq!(got[0].2.as_deref(), Some("2018-07-13"));
        let got = one("في الجمعة السابعة لمسيرات العودة", Some("2018-05-11"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "الجمعة");
        assert_eq!(got[0].2.as_deref(), Some("2018-05-11"));
    }

    #[test]
    fn more_holidays() {
        let r = Some("2016-11-07");
        assert_eq!(
            val("سأعود في يواندان 2016", r).as_deref(),
            Some("2016-01-01")
        );
        assert_eq!(
            val("يواندان العام المقبل", r).as_deref(),
            Some("2017-01-01")
        );
        // Tabular calendar: 1 Shawwal 1438 = 26 June 2017.
        assert_eq!(
            val("عيد الفطر العام المقبل", r).as_deref(),
            Some("2017-06-26")
        );
        assert_eq!(val("ذكرى يوم الأرض 2016", r).as_deref(), Some("2016-03-30"));
        assert_eq!(
            val("يوم الأرض العالمي 2016", r).as_deref(),
            Some("2016-04-22")
        );
        // الأرض alone is the land, not a date.
        assert!(one("احتلال الأرض", r).is_empty());
    }

    #[test]
    fn lunch_time_and_open_clock_ranges() {
        let r = Some("2016-11-07");
        let got = one("سأعود الساعة 1 وقت الغداء", r);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "الساعة 1 وقت الغداء");
        assert_eq!(got[0].2.as_deref(), Some("2016-11-07T13:00"));
        assert_eq!(
            val("سأعود 12 وقت الغداء", r).as_deref(),
            Some("2016-11-07T12:00")
        );
        // وقد حدث هذا يوم الجمعة: هذا is the subject ("this happened on Friday").
        assert_eq!(
            val("وقد حدث هذا يوم الجمعة", r).as_deref(),
            Some("2016-11-04")
        );
        // من 3 إلى 3:30: one end written as a clock reading is enough after من.
        let got = one("عقد اجتماع من 3 إلى 3:30", r);
        let vals: Vec<_> = got.iter().filter_map(|x| x.2.as_deref()).collect();
        assert_eq!(vals, ["2016-11-07T03:00", "2016-11-07T03:30"], "{got:?}");
        // Two bare numbers are not a clock range.
        assert!(one("من 3 إلى 5", r).is_empty());
    }

    #[test]
    fn dated_clock_range() {
        let r = Some("2017-11-09");
        let got = one(
            "هل يمكنك تحديد موعد لنا غدًا بين الساعة 8 صباحًا و 2 مساءً؟",
            r,
        );
        let vals: Vec<_> = got.iter().filter_map(|x| x.2.as_deref()).collect();
        assert_eq!(vals, ["2017-11-10T08:00", "2017-11-10T14:00"], "{got:?}");
        let got = one("يوم الجمعة بين 1 مساءً و 4 مساءً", r);
        let vals: Vec<_> = got.iter().filter_map(|x| x.2.as_deref()).collect();
        assert_eq!(vals, ["2017-11-03T13:00", "2017-11-03T16:00"], "{got:?}");
    }

    #[test]
    fn years_in_words_after_year_word() {
        let r = Some("2016-11-07");
        assert_eq!(val("عام مائتين وسبعة وستين", r).as_deref(), Some("0267"));
        assert_eq!(
            val("في ربيع عام تسعة عشر وثمانية وسبعين", r).as_deref(),
            Some("1978-SP")
        );
        // Before the common era.
        let got = one("كتبه عام أربعمئة قبل الميلاد", r);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "عام أربعمئة قبل الميلاد");
        assert_eq!(got[0].2.as_deref(), Some("BC0400"));
        assert_eq!(val("عام 332 قبل الميلاد", r).as_deref(), Some("BC0332"));
        // عام واحد is one year, not the year 1.
        for t in ["بعد عام واحد", "منذ عام واحد", "عام ثلاثة وعشرين"]
        {
            let got = one(t, r);
            assert!(
                got.iter()
                    .all(|x| !x.2.as_deref().is_some_and(|v| v.starts_with("00"))),
                "{t}: {got:?}"
            );
        }
    }

    #[test]
    fn chained_duration_with_number_word_after_waw() {
        let r = Some("2016-11-07");
        let got = one("قضى عاماً وأربعة أشهر في السجن", r);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "عاماً وأربعة أشهر");
        assert_eq!(got[0].2.as_deref(), Some("P1Y4M"));
        assert_eq!(
            val("وسيبلغ 45 عاما وأربعة أشهر و29 يوما", r).as_deref(),
            Some("P45Y4M29D")
        );
        // A range is not a sum; the tens of another number are not a duration.
        let got = one("سيغيب فترة تتراوح بين أسبوعين وثلاثة أسابيع", r);
        let vals: Vec<_> = got.iter().filter_map(|x| x.2.as_deref()).collect();
        assert_eq!(vals, ["P2W", "P3W"], "{got:?}");
        // The same with two numbers sharing the unit: both bounds (see `count_range`).
        let got = one("سيغيب بين ستة وثمانية أسابيع", r);
        let vals: Vec<_> = got.iter().filter_map(|x| x.2.as_deref()).collect();
        assert_eq!(vals, ["P6W", "P8W"], "{got:?}");
        for t in [
            "رئيسها الثاني والعشرين عام 2014",
            "ابن التاسعة والثلاثين عاما",
            "لمدة تتراوح بين شهر وستة أسابيع",
        ] {
            let got = one(t, r);
            assert!(
                got.iter()
                    .all(|x| x.1 != "DURATION" || !x.0.starts_with('و')),
                "{t}: {got:?}"
            );
            assert!(
                got.iter()
                    .all(|x| !matches!(x.2.as_deref(), Some("P20Y" | "P30Y" | "P8W" | "P1M6W"))),
                "{t}: {got:?}"
            );
        }
        let got = one("قضت المحكمة بسجنه ثلاث سنوات وستة أشهر", r);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "ثلاث سنوات وستة أشهر");
        assert_eq!(got[0].2.as_deref(), Some("P3Y6M"));
        assert_eq!(val("منذ عامين وثلاثة أشهر", r).as_deref(), Some("P2Y3M"));
        // "and one of the most famous" is still not a count.
        assert!(one("وأحد أشهر المشجعين", r).is_empty());
    }

    #[test]
    fn unit_with_conjunction_is_not_counted() {
        let r = Some("2018-03-19");
        for t in [
            "وارتفع المؤشر إلى 90.302 ويوم الجمعة سجل أعلى مستوى",
            "بلغ عدد الزوار 1200 ويوم السبت وصل إلى الذروة",
            "سجل السهم 45 وشهر مارس شهد تراجعا",
        ] {
            let got = one(t, r);
            assert!(got.iter().all(|x| x.1 != "DURATION"), "{t}: {got:?}");
        }
        // Without a conjunction the count stays a duration.
        assert_eq!(val("استمر الاجتماع 3 أيام", r).as_deref(), Some("P3D"));
    }

    #[test]
    fn general_adjective_al_aam_is_not_a_year() {
        let r = Some("2018-07-05");
        for t in [
            "حسم المدير العام السابق للنادي موقفه",
            "وقال الأمين العام السابق للأمم المتحدة",
            "سيتم تعيين النائب العام الجديد",
            "وطالب المدعي العام المقبل بالتحقيق",
            "وأكد والمدير العام الحالي للشركة",
        ] {
            assert!(one(t, r).is_empty(), "{t}: {:?}", one(t, r));
        }
        // The year itself still resolves.
        assert_eq!(
            val("أجريت الانتخابات العام الماضي", r).as_deref(),
            Some("2017")
        );
        assert_eq!(val("في العام السابق للحرب", r).as_deref(), Some("2017"));
    }

    #[test]
    fn future_cue_with_conjunction_and_names() {
        // 2018-04-19 is a Thursday.
        let r = Some("2018-04-19");
        assert_eq!(
            val("وسيواجه الفريق تشيلسي يوم الأحد في الكأس", r).as_deref(),
            Some("2018-04-22")
        );
        assert_eq!(
            val("فستعقد اللجنة اجتماعها الأحد", r).as_deref(),
            Some("2018-04-22")
        );
        // A name in سي/ست is not a future verb: a bare weekday stays in the past.
        assert_eq!(
            val("غاب نيمار دا سيلفا عن التمارين الاثنين", r).as_deref(),
            Some("2018-04-16")
        );
        assert_eq!(
            val("وصل ستيفن إلى المدينة الاثنين", r).as_deref(),
            Some("2018-04-16")
        );
        // A dual future verb still is one.
        assert_eq!(
            val("تقارير أشارت إلى أن الثنائي سيتزوجان السبت", r).as_deref(),
            Some("2018-04-21")
        );
        // …nor one that no hand list names: سيلتا leaves يلتا, which is no word.
        assert_eq!(
            val("فاز الفريق بسداسية على سيلتا فيغو، الاثنين", r).as_deref(),
            Some("2018-04-16")
        );
    }

    fn doc_times(text: &str) -> Vec<String> {
        let input = crate::Input {
            text,
            reference_date: d("2018-05-01"),
            ..Default::default()
        };
        let doc = Doc::new(&input);
        extract(&doc).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn day_word_in_quoted_media_title() {
        for t in [
            "ونقل موقع \"الإمارات اليوم\" عن مصادر",
            "وقالت صحيفة «المصري اليوم» إن الوزير",
            "بحسب ما نشرت \"اليوم السابع\" على موقعها",
            "وذكرت \"أخبار اليوم\" أن",
            "وأفادت صحيفة “الغد” الأردنية",
        ] {
            assert!(doc_times(t).is_empty(), "{t}: {:?}", doc_times(t));
        }
        // Quoted speech and long quotes keep their times.
        for t in [
            "وقال الوزير: \"نصل اليوم\" إلى العاصمة",
            "وقال: \"سنعقد اجتماعا مهما اليوم\"",
            "وأعلن اليوم أن \"المفاوضات مستمرة\"",
        ] {
            assert_eq!(doc_times(t), vec!["اليوم".to_string()], "{t}");
        }
    }

    #[test]
    fn figurative_and_adjectival_day_words() {
        let r = Some("2018-05-07");
        for t in [
            "الإمارات وطن الغد والمستقبل",
            "نريد أن نبني عالم الغد",
            "قوائم الليلة الافتتاحية لموسم كرة السلة",
            "وعاد في الليلة نفسها إلى منزله",
            "ستحظر على قضاتها والمدعين العامين دخول البلاد",
            "اجتمع المديرين العامين للشركات",
        ] {
            assert!(one(t, r).is_empty(), "{t}: {:?}", one(t, r));
        }
        // The temporal uses stay.
        assert_eq!(
            val("سيصل الوفد صباح الغد", r).as_deref(),
            Some("2018-05-08TMO")
        );
        assert_eq!(
            val("يعقد الاجتماع في الغد", r).as_deref(),
            Some("2018-05-08")
        );
        assert_eq!(
            val("سيتحدث الرئيس الليلة", r).as_deref(),
            Some("2018-05-07TNI")
        );
        assert_eq!(
            val("وقع الهجوم الليلة الماضية", r).as_deref(),
            Some("2018-05-06TNI")
        );
        assert_eq!(val("خلال العامين الماضيين", r).as_deref(), Some("P2Y"));
        let got = one("سجل 50 هدفا بين العامين 2003 و2016", r);
        assert!(got.iter().all(|x| x.1 != "DURATION"), "{got:?}");
    }

    #[test]
    fn two_years_after_a_dual_year_word() {
        let r = Some("2018-05-07");
        for (t, a, b) in [
            (
                "سيطر عليها التنظيم بين عامي 2011 و2014، ثم",
                "عامي 2011",
                "2014",
            ),
            (
                "نموه بنسبة 2.1 % و2.3 % عامي 2019 و2020. ووفقا",
                "عامي 2019",
                "2020",
            ),
            ("سجل 50 هدفا بين العامين 2003 و2016", "العامين 2003", "2016"),
            (
                "تولى الرئاسة بين العامين  2005 و2013، ومديرا",
                "العامين  2005",
                "2013",
            ),
        ] {
            let got = one(t, r);
            let texts: Vec<&str> = got.iter().map(|x| x.0.as_str()).collect();
            assert!(texts.contains(&a) && texts.contains(&b), "{t}: {got:?}");
            assert!(got.iter().all(|x| x.1 == "DATE"), "{t}: {got:?}");
        }
        assert_eq!(val("بين عامي 2011 و2014", r).as_deref(), Some("2011"));
        let got = one("في لوحاته بين عامي 1886م و1887م. في", r);
        let texts: Vec<&str> = got.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, vec!["عامي 1886م", "1887م"], "{got:?}");
    }

    #[test]
    fn twelve_in_construct_form() {
        let r = Some("2019-03-10");
        for (t, span, v) in [
            (
                "ظل المطار مغلقا اثنتي عشرة ساعة كاملة",
                "اثنتي عشرة ساعة",
                "PT12H",
            ),
            ("أمضى في السجن اثني عشر عاما قبل", "اثني عشر عاما", "P12Y"),
            ("استمرت المفاوضات إثنا عشر شهرا", "إثنا عشر شهرا", "P12M"),
            (
                "بعد اثنتا عشرة دقيقة من البداية",
                "اثنتا عشرة دقيقة",
                "PT12M",
            ),
        ] {
            assert_single(t, r, span, v);
        }
        // Not twelve: the Twelver adjective, and two without عشر.
        assert!(one("من الشيعة الاثني عشرية في المدينة", r).is_empty());
    }

    /// `t` has exactly one time expression, `span` with value `v`.
    fn assert_single(t: &str, r: Option<&str>, span: &str, v: &str) {
        let got = one(t, r);
        assert_eq!(got.len(), 1, "{t}: {got:?}");
        assert_eq!(
            (got[0].0.as_str(), got[0].2.as_deref()),
            (span, Some(v)),
            "{t}"
        );
    }

    #[test]
    fn count_ranges_give_both_bounds() {
        let r = Some("2019-03-10");
        for (t, a, b) in [
            (
                "يتراوح عمر المشاركين بين ثلاثين وأربعين عاما",
                "P30Y",
                "P40Y",
            ),
            ("تستغرق الرحلة ما بين 6 و8 ساعات", "PT6H", "PT8H"),
            ("تمتد العطلة من 3 إلى 5 أيام", "P3D", "P5D"),
        ] {
            let got = one(t, r);
            let vals: Vec<&str> = got.iter().filter_map(|x| x.2.as_deref()).collect();
            assert_eq!(vals, vec![a, b], "{t}: {got:?}");
            assert!(got.iter().all(|x| x.1 == "DURATION"), "{t}: {got:?}");
        }
        // A date range is not a count range.
        let got = one("من 3 إلى 5 مارس", r);
        assert!(got.iter().all(|x| x.1 == "DATE"), "{got:?}");
    }

    #[test]
    fn part_of_day_after_the_clock_sets_pm() {
        let r = Some("2019-03-10"); // a Sunday
        assert_eq!(
            val("تنطلق الحفلة عند الساعة التاسعة من مساء السبت", r).as_deref(),
            Some("2019-03-09T21:00")
        );
        assert_eq!(
            val("وصل الوفد الساعة الرابعة من عصر الخميس", r).as_deref(),
            Some("2019-03-07T16:00")
        );
        // A morning or a small hour of the night stays as read.
        assert_eq!(
            val("دوى انفجار في الساعة السابعة من صباح الجمعة", r).as_deref(),
            Some("2019-03-08T07:00")
        );
        assert_eq!(
            val("اندلع الحريق في الساعة الثانية من فجر السبت", r).as_deref(),
            Some("2019-03-09T02:00")
        );
    }

    #[test]
    fn proclitic_on_unit_or_number() {
        let r = Some("2019-03-10");
        for (t, span, v) in [
            // An adjective of time joins the plural (session 10).
            (
                "عانت المنطقة من الجفاف لعقود متتالية",
                "عقود متتالية",
                "PXDE",
            ),
            ("قد تستمر الأزمة لسنوات", "سنوات", "PXY"),
            ("وصل الفريق قبل المباراة بأيام", "أيام", "PXD"),
            ("أعلنت الهدنة قبلها بثلاثة أسابيع", "ثلاثة أسابيع", "P3W"),
            ("وتمدد العقد لخمس سنوات أخرى", "خمس سنوات", "P5Y"),
            ("وقبيل ساعات من الاقتراع", "ساعات", "PTXH"),
            ("وقعا اتفاقا مدته عام", "عام", "P1Y"),
            // The hedge joins the span (mod MORE_THAN, see `times::tmod`).
            ("لم يزر البلاد منذ أكثر من عقد", "أكثر من عقد", "P10Y"),
            ("ما الخطط المقررة لهذا العام؟", "هذا العام", "2019"),
        ] {
            assert_single(t, r, span, v);
        }
        // A contract, not a decade; no cue.
        assert!(one("وقع اللاعب عقد مع النادي", r).is_empty());
    }

    #[test]
    fn numbers_that_are_not_dates() {
        let r = Some("2019-03-10");
        for t in [
            "شارك أكثر من 1500 متطوع في الحملة",
            "ما يزيد عن 1200 شخص",
            "رجل في الستينات من عمره",
            "امرأة في الأربعينيات من العمر",
        ] {
            assert!(one(t, r).is_empty(), "{t}: {:?}", one(t, r));
        }
        // A model number glued to letters is not a day; the month stays.
        let got = one("أطلقت الشركة معالج M12 في شهر يونيو", r);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "شهر يونيو");
        // The decade itself, and a year after من, still work.
        assert_eq!(
            val("في الستينات من القرن الماضي", r).as_deref(),
            Some("196")
        );
        assert_eq!(val("انطلقت من 2015 حتى اليوم", r).as_deref(), Some("2015"));
    }

    #[test]
    fn listed_bare_years() {
        let r = Some("2019-03-10");
        let years = |t: &str| -> Vec<String> {
            one(t, r)
                .into_iter()
                .filter(|x| x.1 == "DATE")
                .filter_map(|x| x.2)
                .collect()
        };
        assert_eq!(years("حكم البلاد ما بين 1981 و2011."), vec!["1981", "2011"]);
        assert_eq!(
            years("فاز باللقب في 1986 و1990 و1994، ثم"),
            vec!["1986", "1990", "1994"]
        );
        assert_eq!(years("عام 2003 و2008"), vec!["2003", "2008"]);
        // Counts, not years.
        assert!(years("بين 1500 و2000 متظاهر").is_empty());
        assert_eq!(years("في 2010 و1500 جندي"), vec!["2010"]);
        // Years that name an event, and lists after a plural of year.
        assert_eq!(years("شارك في كأس العالم 2014 ثم"), vec!["2014"]);
        assert_eq!(years("خسر نهائي مونديال 1990 أمام"), vec!["1990"]);
        assert_eq!(years("توج بكوبا أميركا 2015 و2016."), vec!["2015", "2016"]);
        assert_eq!(years("تدخلت في انتخابات 2016 الرئاسية"), vec!["2016"]);
        assert_eq!(
            years("فاز باللقب أعوام 2002 و2014 و2016."),
            vec!["2002", "2014", "2016"]
        );
        // An amount in euros is no year.
        assert!(years("دفع 2500 يورو 300 مرة").is_empty());
    }

    #[test]
    fn month_after_since_is_past() {
        let r = Some("2019-03-10");
        assert_eq!(
            val("لم يظهر علنا منذ نوفمبر", r).as_deref(),
            Some("2018-11")
        );
        assert_eq!(
            val("ارتفع السعر منذ 20 ديسمبر", r).as_deref(),
            Some("2018-12-20")
        );
        assert_eq!(
            val("يغيب عن الملاعب منذ أواخر أكتوبر", r).as_deref(),
            Some("2018-10")
        );
        // Without منذ the nearest occurrence stays (an event to come).
        assert_eq!(
            val("تنطلق البطولة في 5 أبريل", r).as_deref(),
            Some("2019-04-05")
        );
    }

    /// (text, value) of every time found.
    fn tv(text: &str, r: &str) -> Vec<(String, Option<String>)> {
        one(text, Some(r)).into_iter().map(|x| (x.0, x.2)).collect()
    }

    fn has(text: &str, r: &str, span: &str, value: &str) -> bool {
        tv(text, r)
            .iter()
            .any(|(t, v)| t == span && v.as_deref() == Some(value))
    }

    #[test]
    fn ranges_written_in_arabic_indic_digits_keep_their_spans() {
        // The digits of «٢٠١٨» take two bytes each in the text but one in the
        // normalized form: the two halves of a range must still be cut at the
        // separator of the original text.
        let r = "2018-06-08";
        let t = "انتهى موسم ٢٠١٨-٢٠١٩.";
        assert!(has(t, r, "٢٠١٨", "2018"), "{:?}", tv(t, r));
        assert!(has(t, r, "٢٠١٩", "2019"), "{:?}", tv(t, r));
        let t = "وفي موسم ٢٠١٠/٢٠١٢ تغير الكثير";
        assert!(has(t, r, "٢٠١٠", "2010"), "{:?}", tv(t, r));
        assert!(has(t, r, "٢٠١٢", "2012"), "{:?}", tv(t, r));
        // (Session 15: «تقام» announces, so the January is the coming one.)
        let t = "تقام الدورة بين ٤-٢٢ يناير";
        assert!(has(t, r, "٤", "2019-01-04"), "{:?}", tv(t, r));
        assert!(has(t, r, "٢٢ يناير", "2019-01-22"), "{:?}", tv(t, r));
        // Western digits are unchanged.
        let t = "انتهى موسم 2018-2019.";
        assert!(has(t, r, "2018", "2018"), "{:?}", tv(t, r));
        assert!(has(t, r, "2019", "2019"), "{:?}", tv(t, r));
    }

    #[test]
    fn yesterday_is_not_read_inside_another_word() {
        // ولامس = و + لامس "touched"; كأمس; بأمس الحاجة "most in need".
        let r = "2019-03-06";
        let t = "وارتفع سعر النحاس ولامس مستوى قياسيا، والأسر بأمس الحاجة إلى الدعم.";
        assert!(tv(t, r).is_empty(), "{:?}", tv(t, r));
        assert!(tv("هم في أمس الحاجة الى الماء", r).is_empty());
        // The real word keeps working, with و/ب/ف.
        assert!(has("وصل الوفد أمس إلى الرباط", r, "أمس", "2019-03-05"));
        assert!(has("وأمس قال الوزير إن", r, "أمس", "2019-03-05"));
        assert!(has("كما حدث بالأمس في المدينة", r, "الأمس", "2019-03-05"));
    }

    #[test]
    fn amounts_are_not_years() {
        let r = "2019-03-06";
        for t in [
            "وصل سعر الأوقية إلى 1290 دولارا في التعاملات",
            "تراوح الإيجار من 1500 درهم إلى 1900 درهم شهريا",
            "ترتفع القدرة إلى 1200 ميغاواط بحلول الصيف",
            "قفزت الأسعار إلى 1400 % خلال عام",
            "أصيب ما يقرب من 1800 شخص في الزلزال",
            "سقط 12 قتيلا وأكثر من 1300 جريح",
        ] {
            let years: Vec<_> = tv(t, r)
                .into_iter()
                .filter(|(_, v)| v.as_deref().is_some_and(|v| v.len() == 4))
                .collect();
            assert!(years.is_empty(), "{t}: {years:?}");
        }
        // A year after the same prepositions stays a year.
        assert!(has(
            "انتقل إلى النادي في 2016 قادما من ليون",
            r,
            "2016",
            "2016"
        ));
        assert!(has("تمتد الخطة من 2019 إلى 2025", r, "2025", "2025"));
    }

    #[test]
    fn a_month_inside_a_proper_name_is_not_a_date() {
        let r = "2019-03-06";
        for t in [
            "استذكر اللبنانيون حرب تموز وما خلفته من دمار",
            "شارك أنصار قوى 14 آذار في التظاهرة",
            "افتتح فرع جديد في مدينة السادس من أكتوبر",
            "تحدث الخبراء عن مفاعل تموز العراقي",
        ] {
            assert!(tv(t, r).is_empty(), "{t}: {:?}", tv(t, r));
        }
        // With a year the name is dated and kept.
        assert!(has(
            "منذ ثورة 25 يناير 2011",
            r,
            "25 يناير 2011",
            "2011-01-25"
        ));
        // A month after an ordinary noun is still a month.
        assert!(has("عقد الاجتماع في يونيو", r, "يونيو", "2019-06"));
    }

    #[test]
    fn numbered_list_items_are_not_days() {
        let r = "2019-10-20";
        let t = "وجاءت مبيعات الشركة منذ مطلع العام 2019 على النحو الآتي:\n\
                 1.يناير 120 سيارة\n2. فبراير 135 سيارة\n3- مارس 150 سيارة";
        let got = tv(t, r);
        assert!(
            got.contains(&("يناير".to_string(), Some("2019-01".to_string()))),
            "{got:?}"
        );
        assert!(
            got.contains(&("فبراير".to_string(), Some("2019-02".to_string()))),
            "{got:?}"
        );
        assert!(
            got.contains(&("مارس".to_string(), Some("2019-03".to_string()))),
            "{got:?}"
        );
        // A list item with its own year: the month and year, not day 4.
        assert!(has(
            "الخطوات:\n4- في أيار 2016 أقر البرلمان القانون",
            r,
            "أيار 2016",
            "2016-05"
        ));
        // A dotted day with a year right after its month is still a date.
        assert!(has("16. نوفمبر. 2016", r, "16. نوفمبر. 2016", "2016-11-16"));
        // Mid-line, «15-يناير» is a day.
        assert!(has(
            "تبدأ الدورة يوم 15-يناير في الدوحة",
            r,
            "15-يناير",
            "2020-01-15"
        ));
    }

    #[test]
    fn tense_chooses_the_year_of_a_year_less_month() {
        // Published in March: a past verb puts October in the previous year, a future
        // cue puts January in the next one; without a cue the nearest occurrence wins.
        let r = "2019-03-10";
        assert!(has(
            "وأعلنت الوزارة في أكتوبر عن خطة جديدة",
            r,
            "أكتوبر",
            "2018-10"
        ));
        assert!(has(
            "وقعت الاتفاقية في 20 أغسطس بين الطرفين",
            r,
            "20 أغسطس",
            "2018-08-20"
        ));
        assert!(has(
            "وستنطلق البطولة في الرابع من يناير",
            r,
            "الرابع من يناير",
            "2020-01-04"
        ));
        assert!(has("سيبدأ المهرجان في سبتمبر", r, "سبتمبر", "2019-09"));
        // Without a cue, the nearest occurrence.
        assert!(has("المهرجان في سبتمبر", r, "سبتمبر", "2018-09"));
        // «مقررة في» is a schedule ahead; «كان مقررا في» (was scheduled) is no cue.
        assert!(has("تجري انتخابات مقررة في يناير", r, "يناير", "2020-01"));
        assert!(has(
            "ألغي اللقاء الذي كان مقررا في 20 فبراير",
            r,
            "20 فبراير",
            "2019-02-20"
        ));
        assert!(has("وتم توقيع العقد في نوفمبر", r, "نوفمبر", "2018-11"));
        // منذ before the verb: the span reaches back.
        assert!(has("لم يلعب منذ إصابته في نوفمبر", r, "نوفمبر", "2018-11"));
        // A week's slack: a past verb may report a date a few days ahead.
        assert!(has(
            "وقالت المتحدثة إن اجتماع 14 مارس سيناقش الملف",
            r,
            "14 مارس",
            "2019-03-14"
        ));
        // «من العام الماضي» belongs to the month.
        assert!(has(
            "ارتفع المؤشر في مايو من العام الماضي",
            r,
            "مايو من العام الماضي",
            "2018-05"
        ));
    }

    #[test]
    fn a_weekday_keeps_its_attached_date_consistent() {
        // 6 April 2019 is a Saturday; a future cue must not move it to 2020.
        assert!(has(
            "وأكد أن الحفل سيكون السبت 6 أبريل في القاهرة",
            "2019-04-08",
            "السبت 6 أبريل",
            "2019-04-06"
        ));
    }

    #[test]
    fn year_of_that_same_year_is_carried() {
        let r = "2019-03-10";
        assert!(has(
            "وصل إلى النادي في 2012 وسجل هدفه الأول في الثالث من نوفمبر من ذلك العام",
            r,
            "الثالث من نوفمبر من ذلك العام",
            "2012-11-03"
        ));
        // Without «that year» a written year elsewhere in the sentence is no anchor.
        assert!(has(
            "الأسعار في أدنى مستوى منذ أغسطس 2016 وبلغت 51% في يناير",
            r,
            "يناير",
            "2019-01"
        ));
    }

    #[test]
    fn the_same_day_named_again_takes_its_year() {
        let r = "2019-03-10";
        let t = "وقع الزلزال فجر الثاني من آب/أغسطس 2004.\nوبحسب التقرير فقد ضربت الهزة الأولى في 2 آب/أغسطس قرابة الرابعة فجرا";
        assert!(has(t, r, "2 آب/أغسطس", "2004-08-02"), "{:?}", tv(t, r));
    }

    #[test]
    fn clock_times_and_next_days_follow_the_narrative_day() {
        let r = "2019-05-22";
        // A clock time after a weekday in the paragraph is on that weekday.
        let t = "غادرت الطائرة المطار الأحد. وهبطت في تمام الساعة 11:45 في جدة";
        assert!(
            has(t, r, "الساعة 11:45", "2019-05-19T11:45"),
            "{:?}",
            tv(t, r)
        );
        // اليوم التالي / الليلة السابقة count from the day just named.
        let t = "اعتقل المشتبه به في 3 مايو، وأفرج عنه في اليوم التالي";
        assert!(has(t, r, "اليوم التالي", "2019-05-04"), "{:?}", tv(t, r));
        let t = "قدمت الشكوى الخميس عن أحداث وقعت الليلة السابقة";
        assert!(
            has(t, r, "الليلة السابقة", "2019-05-15TNI"),
            "{:?}",
            tv(t, r)
        );
        // A date after منذ is a bound, not the day the clock time is on.
        let t =
            "بلغ السعر أعلى مستوى منذ 9 مارس 2015.\nوسجل 80 دولارا في الساعة 04:10 بتوقيت غرينتش";
        assert!(
            has(t, r, "الساعة 04:10 بتوقيت غرينتش", "2019-05-22T04:10"),
            "{:?}",
            tv(t, r)
        );
        // A clock time announced ahead is not put on a day already past.
        let t = "عقد الوزراء اجتماعا الأحد. وستبدأ الجلسة التالية في الساعة 10:30 صباحا";
        assert!(
            has(t, r, "الساعة 10:30 صباحا", "2019-05-22T10:30"),
            "{:?}",
            tv(t, r)
        );
        // Without an earlier day, the reference date stays.
        assert!(has(
            "يبدأ البث الساعة 9:30 مساء",
            r,
            "الساعة 9:30 مساء",
            "2019-05-22T21:30"
        ));
    }

    #[test]
    fn an_imperfect_verb_before_a_bare_weekday_announces_the_next_one() {
        // 2019-05-08 is a Wednesday.
        let r = "2019-05-08";
        assert!(has(
            "قال المكتب إن الوزير الذي يزور الجمعة العاصمة سيلتقي نظيره",
            r,
            "الجمعة",
            "2019-05-10"
        ));
        assert!(has(
            "ويلتقي يوم السبت الفريقان في الملعب الأولمبي",
            r,
            "يوم السبت",
            "2019-05-11"
        ));
        // A name in ي before the weekday, or «قبل أن يفعل», keeps the past reading.
        assert!(has(
            "فاز مانشستر يونايتد يوم الأحد على ضيفه",
            r,
            "يوم الأحد",
            "2019-05-05"
        ));
        assert!(has(
            "أوقف المتهم قبل أن يعترف يوم الاثنين بالتهم",
            r,
            "يوم الاثنين",
            "2019-05-06"
        ));
    }

    // Session 9: classes of the held-out reviews s9a (C10, C14, C16), s9b (C9, C11)
    // and s8b (F8), each tested on new sentences of the same construction.

    #[test]
    fn a_conjunction_on_the_preposition_keeps_the_year() {
        let r = "2018-06-01";
        assert!(has("وفي 2003 افتتحت الشركة فرعها الأول", r, "2003", "2003"));
        assert!(has("ففي 1999 ضرب الزلزال المدينة", r, "1999", "1999"));
        assert!(has("ومنذ 2015 تراجعت الصادرات", r, "2015", "2015"));
        // An amount after a conjoined preposition stays an amount.
        assert!(tv("وفي 1800 دولارا لكل طن", r).is_empty());
    }

    #[test]
    fn a_year_in_brackets_after_a_title_or_name() {
        let r = "2018-06-01";
        let t = "اشتهر بفيلمي \"العراب\" (1972) و\"سائق التاكسي\" (1976) قبل اعتزاله";
        assert!(has(t, r, "1972", "1972"));
        assert!(has(t, r, "1976", "1976"));
        // Numbered resolutions and titles, compared counts and amounts with a unit.
        for t in [
            "طالب بتطبيق القرار (2334) فورا",
            "أطلق عملا بعنوان (2030) الشهر الماضي",
            "قطعت أكثر من (1500) كيلومتر",
            "على مسافة (1900) متر من الحدود",
        ] {
            assert!(
                !tv(t, r)
                    .iter()
                    .any(|(s, _)| s.chars().all(|c| c.is_ascii_digit())),
                "{t}: {:?}",
                tv(t, r)
            );
        }
    }

    #[test]
    fn years_of_named_events_and_wars() {
        let r = "2018-06-01";
        assert!(has(
            "شارك في كأس أمم أفريقيا 2019 في مصر",
            r,
            "2019",
            "2019"
        ));
        assert!(has(
            "وتألق في مونديال البرازيل 2014، ثم اعتزل",
            r,
            "2014",
            "2014"
        ));
        assert!(has("احتلت الأرض منذ حرب 1973.", r, "1973", "1973"));
        assert!(has(
            "أقر البرلمان ميزانية 2019 بسبب العجز",
            r,
            "2019",
            "2019"
        ));
        assert!(has(
            "توج بلقب الدوري خلال موسمي 2016 و2017",
            r,
            "2016",
            "2016"
        ));
        // A counted noun after the number of a head that also counts.
        assert!(tv("شارك في موسم الحج 1500 طبيب", r).is_empty());
        // World Cups with a two-digit year (held in years ≡ 2 mod 4).
        assert!(has("سجل هدفين في مونديال 86 بالمكسيك", r, "86", "1986"));
        assert!(has(
            "خسر نهائي كأس العالم 78 أمام الأرجنتين",
            r,
            "78",
            "1978"
        ));
        assert!(tv("سيشارك في مونديال 48 منتخبا", r)
            .iter()
            .all(|(_, v)| v.as_deref() != Some("1948")));
    }

    #[test]
    fn the_year_noun_with_a_conjunction() {
        let r = "2018-06-01";
        assert!(has(
            "والعام المقبل سترتفع الضرائب",
            r,
            "العام المقبل",
            "2019"
        ));
        assert!(has(
            "انخفضت المبيعات والسنة الماضية",
            r,
            "السنة الماضية",
            "2017"
        ));
    }

    #[test]
    fn an_imperfect_verb_with_its_object_announces_the_next_weekday() {
        // 2018-06-01 is a Friday.
        let r = "2018-06-01";
        assert!(has(
            "ويفتتح الوزير المعرض الثلاثاء",
            r,
            "الثلاثاء",
            "2018-06-05"
        ));
        assert!(has(
            "على أن يستأنف الفريق تدريباته الاثنين",
            r,
            "الاثنين",
            "2018-06-04"
        ));
        // A definite participle right before the weekday takes it as its own time.
        assert!(has(
            "ويهدف البيان الصادر الأربعاء إلى طمأنة المستثمرين",
            r,
            "الأربعاء",
            "2018-05-30"
        ));
        // A preposition with a resumptive pronoun closes a relative clause: the weekday
        // belongs to the main verb, here in the past.
        assert!(has(
            "نشرت اللجنة التي يسيطر عليها المعارضون الأحد تقريرها",
            r,
            "الأحد",
            "2018-05-27"
        ));
    }

    #[test]
    fn a_future_verb_further_back_and_where_its_reach_ends() {
        let r = "2018-06-01";
        // The future verb has its subject between (s9b C9).
        assert!(has(
            "ستشارك عشرون دولة في القمة بدءا من الأحد",
            r,
            "الأحد",
            "2018-06-03"
        ));
        // «بعد أن أعلن»: a nearer past verb after بعد dates the weekday.
        assert!(has(
            "وإلا سيحدث شيء، وذلك بعد أن أعلن الثلاثاء انسحابه",
            r,
            "الثلاثاء",
            "2018-05-29"
        ));
        // منذ before the weekday: the start of something already going on.
        assert!(has(
            "وتستضيف المدينة منذ الخميس المهرجان",
            r,
            "الخميس",
            "2018-05-31"
        ));
        // A relative clause has its own verb.
        assert!(has(
            "سيوقع الرئيس القانون الذي أقره البرلمان الأربعاء",
            r,
            "الأربعاء",
            "2018-05-30"
        ));
        // A noun that looks like a cue (مقرر, rapporteur) does not reach as far.
        assert!(has(
            "واعتبر مقرر الأمم المتحدة الخاص المعني باستقلال القضاة والمحامين يوم الجمعة أن القرار خطير",
            r,
            "يوم الجمعة",
            "2018-06-01"
        ));
    }

    #[test]
    fn two_names_of_the_same_day_are_one_expression() {
        let r = "2018-06-01";
        assert!(has(
            "أعلنت الحكومة اليوم الجمعة خطتها",
            r,
            "اليوم الجمعة",
            "2018-06-01"
        ));
        assert!(has(
            "وقال الوزير أمس الخميس إن",
            r,
            "أمس الخميس",
            "2018-05-31"
        ));
        // غدا + weekday: the weekday is tomorrow, not last week's.
        assert!(has(
            "تعقد المحكمة جلستها غدا السبت",
            r,
            "غدا السبت",
            "2018-06-02"
        ));
        assert!(has(
            "وتقام المباراة الثانية في بوسطن بعد غد الأحد",
            r,
            "بعد غد الأحد",
            "2018-06-03"
        ));
    }

    #[test]
    fn a_night_between_two_days_is_one_expression() {
        let r = "2018-06-01";
        assert!(has(
            "قصفت الطائرات ليل الثلاثاء الأربعاء مواقع للمسلحين",
            r,
            "ليل الثلاثاء الأربعاء",
            "2018-05-29TNI"
        ));
        // A direction after the second day applies to the pair (s9a C14).
        assert!(has(
            "يمكن رصد الشهب ليلة السبت الأحد المقبلة",
            r,
            "ليلة السبت الأحد المقبلة",
            "2018-06-02TNI"
        ));
        // An hour after midnight of that night is on the next day.
        assert!(has(
            "تبلغ الظاهرة ذروتها ليلة السبت الأحد المقبلة الساعة الثانية",
            r,
            "ليلة السبت الأحد المقبلة الساعة الثانية",
            "2018-06-03T02:00"
        ));
    }

    #[test]
    fn an_idiom_of_progression_is_not_a_duration() {
        let r = "2018-06-01";
        assert!(tv("ترتفع الأسعار عاما بعد عام", r).is_empty());
        assert!(tv("تتحسن حالته يوما بعد يوم", r).is_empty());
        assert!(tv("سنة بعد سنة وشهر بعد شهر", r).is_empty());
        // A duration after بعد is still one; so is a definite year noun before بعد.
        assert!(has("عاد بعد عام من الغياب", r, "عام", "P1Y"));
        assert!(has(
            "تحسن الوضع العام بعد سنوات من الأزمة",
            r,
            "سنوات",
            "PXY"
        ));
    }

    #[test]
    fn a_clock_time_takes_the_day_of_its_part_of_day() {
        let r = "2018-06-03";
        let t = "هاجم مسلحون مطعما مساء السبت.\nوقالت الشرطة إن ثلاثة قتلوا.\n\
                 وأضافت أن الحادث جرى.\nووقع الهجوم الساعة التاسعة مساء بالتوقيت المحلي \
                 (01:00 بتوقيت غرينتش).\nوفتحت المتاجر الساعة التاسعة صباحا.";
        assert!(has(t, r, "الساعة التاسعة مساء", "2018-06-02T21:00"));
        // The same instant in GMT is past midnight.
        assert!(has(t, r, "01:00 بتوقيت غرينتش", "2018-06-03T01:00"));
        // A morning clock is not that evening's.
        assert!(has(t, r, "الساعة التاسعة صباحا", "2018-06-03T09:00"));
    }

    #[test]
    fn a_second_clock_hour_after_waw() {
        let r = "2018-06-01";
        let t = "تبلغ الذروة بين الساعة الأولى من الصباح والثانية عشرة ظهرا";
        assert!(has(t, r, "الساعة الأولى من الصباح", "2018-06-01T01:00"));
        assert!(has(t, r, "الثانية عشرة ظهرا", "2018-06-01T12:00"));
        // An ordinal after و is another hour, not minutes.
        assert!(!tv("بين الساعة الثالثة والخامسة", r)
            .iter()
            .any(|(_, v)| v.as_deref() == Some("2018-06-01T03:05")));
    }

    #[test]
    fn a_perfect_verb_after_qad_is_past() {
        let r = "2018-06-25";
        assert!(has(
            "وقد طرحنا السؤال في 24 أكتوبر",
            r,
            "24 أكتوبر",
            "2017-10-24"
        ));
        // قد + imperfect is "may": no tense, the nearest occurrence.
        assert!(has(
            "قد يعقد الاجتماع في 24 أكتوبر",
            r,
            "24 أكتوبر",
            "2018-10-24"
        ));
    }

    // Session 10.

    #[test]
    fn event_heads_give_their_year_and_chain_it() {
        let r = "2018-06-20";
        for (t, y) in [
            ("وكان ذلك بعد ثورة 2011 مباشرة", "2011"),
            ("وتعثر الاقتصاد عقب انتفاضة 2011 في البلاد", "2011"),
            ("وهو الاتفاق المعروف باتفاق 2015 مع القوى الكبرى", "2015"),
            ("وضرب زلزال 1999 المدينة", "1999"),
            ("وعرض الفيلم في مهرجان كان 2017 الماضي", "2017"),
            ("وخسر أمام إسبانيا بطلة 2010 في النهائي", "2010"),
            ("ولعب في كوبا أمريكا 2016 مع منتخبه", "2016"),
        ] {
            assert!(has(t, r, y, y), "{t}: {:?}", tv(t, r));
        }
        // A chain after an event year, with a dual head.
        let t = "وشارك في مونديالي 2006 و2014 مع المنتخب";
        assert!(
            has(t, r, "2006", "2006") && has(t, r, "2014", "2014"),
            "{:?}",
            tv(t, r)
        );
        // Plurals of year only right before the year; a count after a head further
        // back stays a count; a head that is also "his role" is no head.
        assert!(tv("نظمت الحملة الانتخابية 2000 مهرجان", r).is_empty());
        assert!(tv("وأكد دوره في تدريب 2000 شاب", r).is_empty());
        assert!(tv("سجلت الحملة في المحافظة 1500 متطوع", r).is_empty());
    }

    #[test]
    fn listed_years_after_an_accepted_one() {
        let r = "2018-06-20";
        // The word after the second year is a preposition phrase, a verb or a
        // function word, not a counted noun.
        let t = "عمل في البرلمان ما بين 2009 و2013 ضمن كتلة المعارضة";
        assert!(
            has(t, r, "2009", "2009") && has(t, r, "2013", "2013"),
            "{:?}",
            tv(t, r)
        );
        let t = "وأجرت البعثة مسحا في 2012 و2015 بموافقة الوزارة";
        assert!(has(t, r, "2015", "2015"), "{:?}", tv(t, r));
        // Still a count: a plain noun after both numbers.
        assert!(tv("يتراوح عددهم بين 1950 و2000 لاجئ", r).is_empty());
    }

    #[test]
    fn ranges_and_pairs_of_years() {
        let r = "2018-06-20";
        let t = "وفي موسم 2014 – 2015 فاز النادي باللقب";
        assert!(
            has(t, r, "2014", "2014") && has(t, r, "2015", "2015"),
            "{:?}",
            tv(t, r)
        );
        let t = "وتوقع التقرير نموا خلال الفترة من 2019 - 2022 في القطاع";
        assert!(has(t, r, "2022", "2022"), "{:?}", tv(t, r));
        // One token: a season or fiscal year written with a slash or two digits.
        let t = "في موازنة العام المالي 2019/2020 للدولة";
        assert!(
            has(t, r, "2019", "2019") && has(t, r, "2020", "2020"),
            "{:?}",
            tv(t, r)
        );
        let t = "بيانات ترجع إلى العام 2015/16 في المدارس";
        assert!(
            has(t, r, "2015", "2015") && has(t, r, "16", "2016"),
            "{:?}",
            tv(t, r)
        );
        let t = "وسجل 30 هدفا في موسم 2009/10 مع فريقه";
        assert!(has(t, r, "10", "2010"), "{:?}", tv(t, r));
        // A year/month with a zero-padded month stays a month without a season word.
        assert!(has("حتى 2015/08 فقط", r, "2015/08", "2015-08"));
        // Not consecutive, or backwards: no pair.
        assert!(!tv("الرقم 2015/2030 في السجل", r)
            .iter()
            .any(|(_, v)| v.as_deref() == Some("2030")));
    }

    #[test]
    fn years_in_brackets_and_on_timeline_lines() {
        let r = "2018-06-20";
        let t = "وتوج المنتخب باللقب ثلاث مرات (1982 و1994 و2002) قبل أن يتراجع";
        for y in ["1982", "1994", "2002"] {
            assert!(has(t, r, y, y), "{y}: {:?}", tv(t, r));
        }
        let t = "بلغت قيمة المبادلات خلال الفترة (2008 – 2017) نحو 40 مليار دولار";
        assert!(
            has(t, r, "2008", "2008") && has(t, r, "2017", "2017"),
            "{:?}",
            tv(t, r)
        );
        // A numbered title or a count in brackets is no year list.
        assert!(tv("صدر القرار رقم (2001 و2002) بشأن الأراضي", r).is_empty());
        let t = "محطات في مسيرته:\n- 1994: انتخب نائبا في البرلمان.\n- 2004: عين وزيرا للخارجية.";
        assert!(
            has(t, r, "1994", "1994") && has(t, r, "2004", "2004"),
            "{:?}",
            tv(t, r)
        );
        assert!(has(
            "وقائع العام\n- 2016 -\nفي كانون الثاني وقع",
            r,
            "2016",
            "2016"
        ));
        // A number opening a line but not a year heading.
        assert!(tv("- 1800: عدد الطلاب في الجامعة", r).is_empty());
    }

    #[test]
    fn fiscal_years_and_a_relative_year_with_its_number() {
        let r = "2018-06-20";
        assert!(has(
            "تراجع العجز في العام المالي 2016 بنسبة كبيرة",
            r,
            "العام المالي 2016",
            "2016"
        ));
        assert!(has(
            "وتتوقع الحكومة فائضا في السنة المالية 2019",
            r,
            "السنة المالية 2019",
            "2019"
        ));
        assert!(has(
            "وبلغ الدين في العام المالي الحالي مستوى قياسيا",
            r,
            "العام المالي الحالي",
            "2018"
        ));
        assert!(has(
            "ستنخفض الواردات خلال السنة المالية المقبلة",
            r,
            "السنة المالية المقبلة",
            "2019"
        ));
        // A Hijri fiscal year is not a Gregorian one.
        assert!(!tv("أرقام السنة المالية 1439 للمملكة", r)
            .iter()
            .any(|(_, v)| v.as_deref() == Some("1439")));
        // The same year written after a relative year joins it.
        assert!(has(
            "سيبدأ التشغيل العام المقبل 2019 في المرحلة الأولى",
            r,
            "العام المقبل 2019",
            "2019"
        ));
        assert!(has(
            "نمت المبيعات خلال العام الماضي 2017 بنسبة 5%",
            r,
            "العام الماضي 2017",
            "2017"
        ));
        // Another year written after it stays apart.
        let t = "قال إن العام الماضي 2015 كان صعبا";
        assert!(has(t, r, "العام الماضي", "2017"), "{:?}", tv(t, r));
    }

    #[test]
    fn a_proclitic_on_a_part_of_period_and_august_after_its_other_name() {
        let r = "2018-06-20";
        assert!(has(
            "ويتوقع أن تكتمل المحطة بنهاية 2020",
            r,
            "نهاية 2020",
            "2020"
        ));
        assert!(has(
            "والعمل جار لافتتاحه ببداية 2021",
            r,
            "بداية 2021",
            "2021"
        ));
        assert!(has(
            "وسيغلق الموقع في أغسطس/أب 2019 نهائيا",
            r,
            "أغسطس/أب 2019",
            "2019-08"
        ));
        assert!(has(
            "في نوفمبر / تشرين ثان المقبل",
            r,
            "نوفمبر / تشرين ثان المقبل",
            "2018-11"
        ));
        // أب alone is "father".
        assert!(tv("وقال أب لثلاثة أطفال إن", r).is_empty());
        // A year in brackets after a month joins it.
        assert!(has(
            "وفي آذار/مارس (2019) تنتهي المهلة",
            r,
            "آذار/مارس (2019)",
            "2019-03"
        ));
    }

    #[test]
    fn imperfects_opening_a_sentence_announce_the_weekday() {
        // Thursday 2018-08-09.
        let r = "2018-08-09";
        let t = "تنطلق منافسات الدوري الجديد لكرة السلة في العاصمة بمباراة السبت بين الفريقين.";
        assert!(has(t, r, "السبت", "2018-08-11"), "{:?}", tv(t, r));
        let t = "يبدأ آلاف الطلاب القادمين من مختلف المحافظات الأحد امتحاناتهم النهائية.";
        assert!(has(t, r, "الأحد", "2018-08-12"), "{:?}", tv(t, r));
        let t = "وتقام المباراة الحاسمة يوم الأحد.";
        assert!(has(t, r, "يوم الأحد", "2018-08-12"), "{:?}", tv(t, r));
        // A Form V perfect in ت, a commentary verb, a name and a past verb between: past.
        let t = "وتحدث الوزير مع نظيره الفرنسي الأربعاء عن الأزمة.";
        assert!(has(t, r, "الأربعاء", "2018-08-08"), "{:?}", tv(t, r));
        let t = "يقول الخبير في حديثه الثلاثاء إن الأسعار سترتفع.";
        assert!(has(t, r, "الثلاثاء", "2018-08-07"), "{:?}", tv(t, r));
        let t = "يوسف العثماني التقى السفير الاثنين في مكتبه.";
        assert!(has(t, r, "الاثنين", "2018-08-06"), "{:?}", tv(t, r));
        let t = "يذكر أن الفريق فاز على منافسه الأحد.";
        assert!(has(t, r, "الأحد", "2018-08-05"), "{:?}", tv(t, r));
    }

    #[test]
    fn a_pair_of_days_ending_today_and_plans_named_by_their_year() {
        // Sunday 2018-07-22.
        let r = "2018-07-22";
        let t = "يجتمع وزراء الزراعة السبت والأحد في العاصمة.";
        assert!(has(t, r, "السبت", "2018-07-21"), "{:?}", tv(t, r));
        let t = "وتقام المباريات يومي السبت والأحد القادمين.";
        assert!(!has(t, r, "السبت", "2018-07-21"), "{:?}", tv(t, r));
        assert!(has(
            "تماشيا مع رؤية الإمارات 2021 للتنمية",
            r,
            "2021",
            "2021"
        ));
        assert!(has("ضمن #رؤية_البحرين_2030 الاقتصادية", r, "2030", "2030"));
        assert!(tv("أطلقت الوزارة البرنامج 2000 متدرب", r).is_empty());
    }

    #[test]
    fn a_fixture_after_qabl_is_still_to_come() {
        let r = "2018-08-09";
        let t = "وأكد المدرب جاهزية اللاعبين قبل مواجهة الجار اللدود على ملعبه يوم السبت.";
        assert!(has(t, r, "يوم السبت", "2018-08-11"), "{:?}", tv(t, r));
        let t = "وتعافى المهاجم قبل مباراة الخميس أمام المتصدر.";
        assert!(has(t, r, "الخميس", "2018-08-09"), "{:?}", tv(t, r));
        // A meeting is as often reported after it; a past relative verb closes it.
        let t = "وقال الوزير للصحافيين قبل اجتماع الحكومة الأحد إن الخطة جاهزة.";
        assert!(has(t, r, "الأحد", "2018-08-05"), "{:?}", tv(t, r));
        let t = "وكان ذلك قبل مواجهة الإياب التي انتهت يوم الثلاثاء.";
        assert!(has(t, r, "يوم الثلاثاء", "2018-08-07"), "{:?}", tv(t, r));
    }

    #[test]
    fn this_weekday_after_a_past_verb_and_this_is_one() {
        // Thursday 2018-03-08.
        let r = "2018-03-08";
        let t = "وكان البرلمان قد صوت على الميزانية هذا الثلاثاء بأغلبية كبيرة.";
        assert!(has(t, r, "هذا الثلاثاء", "2018-03-06"), "{:?}", tv(t, r));
        let t = "يزور الرئيس المدينة هذا السبت.";
        assert!(has(t, r, "هذا السبت", "2018-03-10"), "{:?}", tv(t, r));
        // هذا أحد "this is one".
        assert!(tv("وهذا أحد أهم الأسباب", r).is_empty());
    }

    #[test]
    fn yesterday_and_tomorrow_of_a_noun_contrasted_are_figurative() {
        let r = "2018-03-26";
        assert!(tv("قد يصبح أعداء الأمس شركاء الغد في السوق", r).is_empty());
        assert!(tv("وصار خصم الأمس حليف اليوم بعد الاتفاق", r).is_empty());
        // A literal yesterday: after a time word, or a construct without a contrast.
        let t = "وقال المدرب مساء الأمس إن الفريق جاهز لمباراة اليوم";
        assert!(has(t, r, "مساء الأمس", "2018-03-25TEV"), "{:?}", tv(t, r));
        let t = "ناقش المجلس نتائج اجتماع الأمس";
        assert!(has(t, r, "الأمس", "2018-03-25"), "{:?}", tv(t, r));
    }

    #[test]
    fn the_day_after_an_event_is_not_the_day_after_writing() {
        let r = "2018-04-16";
        // No date of the event in the text: unresolved, never the reference + 1.
        let t = "واجتمع المجلس في اليوم التالي للانفجار في الميناء";
        assert!(has(t, r, "اليوم التالي", "XXXX-XX-XX"), "{:?}", tv(t, r));
        let t = "وغادر الوفد في اليوم التالي لوصوله إلى العاصمة";
        assert!(has(t, r, "اليوم التالي", "XXXX-XX-XX"), "{:?}", tv(t, r));
        // A dated event before it: the day after that date.
        let t = "وقع الانفجار يوم السبت.\nواجتمع المجلس في اليوم التالي للانفجار.";
        assert!(has(t, r, "اليوم التالي", "2018-04-15"), "{:?}", tv(t, r));
        // ل + an imperfect verb is no event.
        let t = "وتراجع المؤشر عن اليوم السابق ليبلغ أدنى مستوى";
        assert!(has(t, r, "اليوم السابق", "2018-04-15"), "{:?}", tv(t, r));
        // Without an event the day after the narrative's or the reference date stays.
        let t = "وقال الوزير إن الاجتماع سيعقد في اليوم التالي";
        assert!(has(t, r, "اليوم التالي", "2018-04-17"), "{:?}", tv(t, r));
    }

    #[test]
    fn a_deictic_day_in_a_quotation_counts_from_the_day_it_was_said() {
        // Friday 2018-03-16.
        let r = "2018-03-16";
        let t = "وقال المتحدث في مؤتمر صحفي الأربعاء: \"ما حدث أمس في الميناء لن يتكرر\".";
        assert!(has(t, r, "أمس", "2018-03-13"), "{:?}", tv(t, r));
        let t = "وصرح المدرب الخميس: \"سنلعب غدا بكل قوة\".";
        assert!(has(t, r, "غدا", "2018-03-16"), "{:?}", tv(t, r));
        // Outside a quotation, or a quotation without a named day: the reference.
        let t = "وقال الوزير أمس إن الحادث الذي وقع الأربعاء لن يتكرر.";
        assert!(has(t, r, "أمس", "2018-03-15"), "{:?}", tv(t, r));
        let t = "وقال الوزير: \"ما حدث أمس لن يتكرر\".";
        assert!(has(t, r, "أمس", "2018-03-15"), "{:?}", tv(t, r));
        // A day with a direction dates an event, not the words.
        let t = "وأوضح أن الخط تعطل الثلاثاء الماضي، مضيفا أن الشركة \"ستصلحه اليوم\".";
        assert!(has(t, r, "اليوم", "2018-03-16"), "{:?}", tv(t, r));
        // The named day is in another sentence: no anchor.
        let t = "وصل الوفد الأربعاء. وقال رئيسه: \"اجتمعنا أمس\".";
        assert!(has(t, r, "أمس", "2018-03-15"), "{:?}", tv(t, r));
    }

    #[test]
    fn a_month_of_two_years() {
        let r = "2018-04-21";
        let t = "أجرت البلاد تجربتين في مايو/ أيار من عامي 2013 و2015 على التوالي";
        assert!(has(t, r, "2015", "2015-05"), "{:?}", tv(t, r));
        assert!(
            tv(t, r)
                .iter()
                .any(|(x, v)| x.starts_with("مايو") && v.as_deref() == Some("2013-05")),
            "{:?}",
            tv(t, r)
        );
        // One year: unchanged; two years without a month stay years.
        let t = "زار الوزير المدينة في مايو من عام 2015";
        assert!(has(t, r, "مايو من عام 2015", "2015-05"), "{:?}", tv(t, r));
        let t = "ارتفعت الأسعار بين عامي 2013 و2015";
        assert!(has(t, r, "2015", "2015"), "{:?}", tv(t, r));
    }

    #[test]
    fn some_days_ago_is_a_past_point() {
        let r = "2018-05-27";
        let t = "وكان المسلحون قد هاجموا القرية قبل أيام في الشمال";
        assert!(has(t, r, "قبل أيام", "PAST_REF"), "{:?}", tv(t, r));
        let t = "أعلنت الشركة قبل بضعة أسابيع عن خطتها";
        assert!(has(t, r, "قبل بضعة أسابيع", "PAST_REF"), "{:?}", tv(t, r));
        // Counted from an event, or a duration after منذ: not a point.
        let t = "غادر اللاعب قبل أيام قليلة من المباراة";
        assert!(
            !tv(t, r)
                .iter()
                .any(|(_, v)| v.as_deref() == Some("PAST_REF")),
            "{:?}",
            tv(t, r)
        );
        let t = "وصل الوفد قبل أيام من الانتخابات";
        assert!(
            !tv(t, r)
                .iter()
                .any(|(_, v)| v.as_deref() == Some("PAST_REF")),
            "{:?}",
            tv(t, r)
        );
        let t = "يعمل الفريق منذ أيام على الملف";
        assert!(has(t, r, "أيام", "PXD"), "{:?}", tv(t, r));
        // A number: the day itself.
        let t = "وقع الحادث قبل ثلاثة أيام";
        assert!(has(t, r, "قبل ثلاثة أيام", "2018-05-24"), "{:?}", tv(t, r));
    }

    #[test]
    fn a_hedged_definite_hour_is_one_hour() {
        let r = "2018-05-27";
        let got = one("وتواصل القصف قرابة الساعة على الأحياء", Some(r));
        assert!(
            got.iter()
                .any(|x| x.0.ends_with("الساعة") && x.2.as_deref() == Some("PT1H")),
            "{got:?}"
        );
        let got = one("استغرق الاجتماع حوالي الأسبوع", Some(r));
        assert!(got.iter().any(|x| x.2.as_deref() == Some("P1W")), "{got:?}");
        // The clock reading stays, and a bare definite hour is nothing.
        let t = "وصل الوفد حوالي الساعة الثالثة عصرا";
        assert!(
            has(t, r, "حوالي الساعة الثالثة عصرا", "2018-05-27T15:00")
                || has(t, r, "الساعة الثالثة عصرا", "2018-05-27T15:00"),
            "{:?}",
            tv(t, r)
        );
        assert!(tv("وتحدث الوزير عن قضايا الساعة", r).is_empty());
        assert!(!one("وقع الانفجار حوالي الساعة (5 بتوقيت غرينتش)", Some(r))
            .iter()
            .any(|x| x.2.as_deref() == Some("PT1H")));
        assert!(tv("واتجه الجميع نحو الساعة في الميدان", r).is_empty());
        assert!(tv("وقف الحارس قرابة الساعة الكبيرة في الميدان", r).is_empty());
    }

    #[test]
    fn an_ordinal_hour_with_its_time_zone_needs_no_clock_word() {
        let r = "2018-06-18";
        let t = "وتبدأ الجلسة الساعة العاشرة بتوقيت القاهرة (الثامنة بتوقيت غرينتش).";
        assert!(
            has(t, r, "الثامنة بتوقيت غرينتش", "2018-06-18T08:00"),
            "{:?}",
            tv(t, r)
        );
        let t = "ينطلق السباق عند الخامسة بتوقيت مكة المكرمة";
        assert!(
            has(t, r, "الخامسة بتوقيت مكة المكرمة", "2018-06-18T05:00"),
            "{:?}",
            tv(t, r)
        );
        // An ordinal without a zone or a clock word is no time.
        assert!(tv("وجاء الفريق في المرتبة الخامسة بين المتسابقين", r).is_empty());
        assert!(tv("وهذه هي المرة الثالثة هذا الموسم", r).is_empty());
    }

    #[test]
    fn the_two_after_a_definite_plural_is_no_monday() {
        let r = "2018-05-09";
        assert!(tv("وأجرى المدرب حديثا مع المهاجمين الاثنين بعد التدريب", r).is_empty());
        assert!(tv("وتحدث الصحفيون إلى اللاعبين الاثنين", r).is_empty());
        // In brackets after the noun, a dual too.
        assert!(tv("وأسفر الحادث عن إصابة الحارسين (الاثنين) بجروح طفيفة", r).is_empty());
        assert!(tv("كرم الاتحاد المدربين (الإثنين) في الحفل", r).is_empty());
        // A bracketed weekday after a time word or a verb stays Monday.
        let t = "وقال الوزير أمس (الاثنين) إن المحادثات ستستمر";
        assert!(
            tv(t, r)
                .iter()
                .any(|(_, v)| v.as_deref() == Some("2018-05-07")),
            "{:?}",
            tv(t, r)
        );
        // A quantified plural, a name in -ين and an indefinite plural keep Monday.
        let t = "وأصيب عشرات المحتجين الفلسطينيين الاثنين قرب السياج";
        assert!(has(t, r, "الاثنين", "2018-05-07"), "{:?}", tv(t, r));
        assert!(has(
            "وحذر الكرملين الاثنين من التصعيد",
            r,
            "الاثنين",
            "2018-05-07"
        ));
        assert!(has(
            "واعتقلت الشرطة متظاهرين الاثنين",
            r,
            "الاثنين",
            "2018-05-07"
        ));
    }

    #[test]
    fn aqd_holding_or_contract_is_no_decade() {
        let r = "2018-05-09";
        assert!(tv("وتصر الدولتان على موقفهما قبل عقد المؤتمر في جنيف", r).is_empty());
        assert!(tv("وجاء ذلك بعد عقد جلسة طارئة للمجلس", r).is_empty());
        assert!(tv("ورفض اللاعب تجديد هذا العقد مع ناديه", r).is_empty());
        assert!(tv("وينتهي العقد الحالي للمدرب في الصيف", r)
            .iter()
            .all(|(t, _)| t != "العقد الحالي"));
        // The decade itself.
        // (قبل عقد is "a decade ago", a past year like قبل عشر سنوات.)
        assert!(has("وعاد إلى بلاده قبل عقد من الزمن", r, "قبل عقد", "2008"));
        assert!(has("وهي الأزمة الأسوأ في هذا العقد", r, "هذا العقد", "201"));
        assert!(has(
            "تضاعف الإنتاج خلال العقد الحالي",
            r,
            "العقد الحالي",
            "201"
        ));
    }

    #[test]
    fn a_part_of_day_takes_the_day_of_its_paragraph() {
        // Wednesday 2018-04-11.
        let r = "2018-04-11";
        let t = "وزار الوزير صباح الاثنين المصنع ثم التقى العمال بعد الظهر.";
        assert!(has(t, r, "بعد الظهر", "2018-04-09TAF"), "{:?}", tv(t, r));
        // A calendar date is a point of reference, not the narrative's day.
        let t = "وكانت الرحلات مسموحة قبل الاستفتاء في 25 أيلول، لكن بعد الظهر صدر القرار.";
        assert!(has(t, r, "بعد الظهر", "2018-04-11TAF"), "{:?}", tv(t, r));
    }

    #[test]
    fn a_period_after_an_event_stays_relative() {
        let r = "2018-05-09";
        assert!(has(
            "في الصيف التالي للفيضانات تغيرت الخطط",
            r,
            "الصيف التالي",
            "XXXX-SU"
        ));
        assert!(has(
            "وفي العام التالي للحرب انهار الاقتصاد",
            r,
            "العام التالي",
            "XXXX"
        ));
        assert!(has(
            "وفي الشهر التالي للانتخابات تشكلت الحكومة",
            r,
            "الشهر التالي",
            "XXXX-XX"
        ));
        assert!(has(
            "وسيعقد المؤتمر في العام التالي",
            r,
            "العام التالي",
            "2019"
        ));
    }

    #[test]
    fn ranges_of_durations_with_ila_alone_and_plural_phrases() {
        let r = "2018-05-09";
        let t = "وقضت المحكمة بسجنه 7 إلى 9 سنوات";
        assert!(
            has(t, r, "7", "P7Y") && has(t, r, "9 سنوات", "P9Y"),
            "{:?}",
            tv(t, r)
        );
        let t = "أي بعد ثلاث إلى أربع سنوات من الآن";
        assert!(
            has(t, r, "ثلاث", "P3Y") && has(t, r, "أربع سنوات", "P4Y"),
            "{:?}",
            tv(t, r)
        );
        // Far apart: a rank and a duration.
        let t = "واحتاج المصنف 10 إلى 95 دقيقة للفوز";
        assert!(!has(t, r, "10", "PT10M"), "{:?}", tv(t, r));
        assert!(has(
            "ووقعت الحادثة بعد مرور عام على الزلزال",
            r,
            "عام",
            "P1Y"
        ));
        assert!(has("وجاء ذلك حصيلة أشهر من التفاوض", r, "أشهر", "PXM"));
        assert!(has("وتكرر ذلك خلال أعوام سابقة", r, "أعوام سابقة", "PXY"));
        // عقود "contracts" of a definite noun.
        assert!(tv("وأبرمت عقود من الشركات الكبرى", r).is_empty());
    }

    #[test]
    fn a_score_before_a_named_day_is_no_count_and_no_clock() {
        // Tuesday 5 March 2019.
        let r = "2019-03-05";
        let t = "وفاز الفريق على ضيفه 3 - 1 يوم الأحد في المرحلة العاشرة";
        assert!(
            !tv(t, r).iter().any(|(_, v)| v.as_deref() == Some("P1D")),
            "{:?}",
            tv(t, r)
        );
        assert!(has(t, r, "يوم الأحد", "2019-03-03"), "{:?}", tv(t, r));
        let t = "وتراجع المؤشر إلى 412 يوم الخميس قبل أن يتعافى";
        assert!(has(t, r, "يوم الخميس", "2019-02-28"), "{:?}", tv(t, r));
        assert_eq!(tv(t, r).len(), 1, "{:?}", tv(t, r));
        for (t, day) in [
            ("وخسر المنتخب صفر - 2 مساء الجمعة أمام مضيفه", "مساء الجمعة"),
            ("وتعادل الناديان 1 - 1 مساء السبت في الديربي", "مساء السبت"),
            (
                "وانتهت المباراة بنتيجة 4-2 مساء الأحد على ملعبه",
                "مساء الأحد",
            ),
            (
                "واتفق قادة الدول الـ27 مساء الاثنين على البيان",
                "مساء الاثنين",
            ),
        ] {
            let got = tv(t, r);
            assert_eq!(got.len(), 1, "{t}: {got:?}");
            assert_eq!(got[0].0, day, "{t}: {got:?}");
            assert!(
                got[0].1.as_deref().is_some_and(|v| v.ends_with("TEV")),
                "{t}: {got:?}"
            );
        }
        // Counts of days, clock times with a cue, and ranges of hours stay.
        assert!(has("ويستمر المعرض 3 أيام في العاصمة", r, "3 أيام", "P3D"));
        assert!(has("وأمهلته المحكمة 15 يوما للرد", r, "15 يوما", "P15D"));
        let t = "وتنطلق المباراة في 7 مساء الأحد";
        assert!(
            tv(t, r)
                .iter()
                .any(|(_, v)| v.as_deref().is_some_and(|v| v.ends_with("T19:00"))),
            "{:?}",
            tv(t, r)
        );
        let t = "ويبدأ الحفل الساعة 5 مساء السبت";
        assert!(
            tv(t, r)
                .iter()
                .any(|(_, v)| v.as_deref().is_some_and(|v| v.ends_with("T17:00"))),
            "{:?}",
            tv(t, r)
        );
        let t = "وتفتح المراكز أبوابها 8 صباحا وتغلق 6 مساء";
        assert!(has(t, r, "8 صباحا", "2019-03-05T08:00"), "{:?}", tv(t, r));
        assert!(has(t, r, "6 مساء", "2019-03-05T18:00"), "{:?}", tv(t, r));
        let t = "ويستقبل المعرض زواره 1-3 مساء";
        assert_eq!(tv(t, r).len(), 2, "{:?}", tv(t, r));
        let t = "ويفتح المتحف بين الساعة 10 صباحا و 5 مساء الأحد";
        assert!(
            tv(t, r)
                .iter()
                .any(|(_, v)| v.as_deref().is_some_and(|v| v.ends_with("T17:00"))),
            "{:?}",
            tv(t, r)
        );
    }

    #[test]
    fn a_deictic_day_and_a_weekday_one_day_apart_are_the_weekday() {
        // Thursday 7 March 2019: written on Wednesday, published the next day.
        let r = "2019-03-07";
        let t = "وقال الوزير اليوم الأربعاء إن المحادثات مستمرة";
        assert_eq!(
            tv(t, r),
            vec![("اليوم الأربعاء".to_string(), Some("2019-03-06".to_string()))]
        );
        let t = "وأعلنت الشركة أمس الثلاثاء عن نتائجها";
        assert_eq!(
            tv(t, r),
            vec![("أمس الثلاثاء".to_string(), Some("2019-03-05".to_string()))]
        );
        // Dated the day before it happens: the coming day, not last week's.
        let t = "ويجتمع المجلس اليوم الجمعة لبحث الأزمة";
        assert_eq!(
            tv(t, r),
            vec![("اليوم الجمعة".to_string(), Some("2019-03-08".to_string()))]
        );
        // The same day stays one expression; days three apart are left as they are.
        assert_eq!(
            tv("وصرح اليوم الخميس بأن", r),
            vec![("اليوم الخميس".to_string(), Some("2019-03-07".to_string()))]
        );
        let got = tv("وصرح اليوم الاثنين بأن", r);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[0],
            ("اليوم".to_string(), Some("2019-03-07".to_string()))
        );
        // Between commas the weekday is in apposition and dates the deictic day
        // (session 20, s20c T3; two expressions before).
        assert_eq!(
            tv("وأعلنت الوزارة أمس، الثلاثاء، عن خطة", r),
            vec![("أمس، الثلاثاء".to_string(), Some("2019-03-05".to_string()))]
        );
    }

    #[test]
    fn decades_by_ordinal_and_in_every_spelling() {
        let r = "2018-05-09";
        let t = "وعمل محررا منذ العقد الثامن من القرن الماضي";
        assert!(
            has(t, r, "العقد الثامن من القرن الماضي", "197"),
            "{:?}",
            tv(t, r)
        );
        let t = "ترأس التحرير خلال العقدين الثامن والتاسع من القرن العشرين";
        let got = tv(t, r);
        assert!(
            got.iter().any(|(_, v)| v.as_deref() == Some("197")),
            "{got:?}"
        );
        assert!(
            got.iter().any(|(_, v)| v.as_deref() == Some("198")),
            "{got:?}"
        );
        assert!(
            !got.iter().any(|(_, v)| v.as_deref() == Some("P20Y")),
            "{got:?}"
        );
        let t = "درب الفريق الرديف في العقد الأول من القرن الحالي";
        assert!(
            has(t, r, "العقد الأول من القرن الحالي", "200"),
            "{:?}",
            tv(t, r)
        );
        let t = "فازت بأربعة ألقاب في العقد الأول من الألفية";
        assert!(has(t, r, "العقد الأول من الألفية", "200"), "{:?}", tv(t, r));
        for (t, span, v) in [
            (
                "راجت هذه الأزياء في سبعينات القرن الماضي",
                "سبعينات القرن الماضي",
                "197",
            ),
            (
                "وانتشر الحجاب في عشرينيات القرن الماضي",
                "عشرينيات القرن الماضي",
                "192",
            ),
            (
                "وفي ثلاثينيات القرن العشرين ظهر التيار",
                "ثلاثينيات القرن العشرين",
                "193",
            ),
            (
                "ستشهد ثمانينيات القرن الحالي تحولا",
                "ثمانينيات القرن الحالي",
                "208",
            ),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // Ages and counts of decades are no dates.
        assert!(tv("وهما في العقد الرابع من العمر", r).is_empty());
        assert!(tv("شاب في عشرينيات عمره", r).is_empty());
        assert!(has(
            "تراجعت خلال العقدين الماضيين",
            r,
            "العقدين الماضيين",
            "P20Y"
        ));
    }

    #[test]
    fn birth_years_and_generations() {
        let r = "2018-05-09";
        assert!(has("والممثل من مواليد 1975 في القاهرة", r, "1975", "1975"));
        assert!(has("هذا الجيل يضاهي جيل 1990 الذهبي", r, "1990", "1990"));
        assert!(tv("وسجلت الوزارة 1500 حالة جديدة", r).is_empty());
    }

    #[test]
    fn the_same_year_month_and_day_take_the_narratives() {
        let r = "2018-04-24";
        let t = "فاز الفريق باللقب عام 1998، وفي العام ذاته رحل المدرب";
        assert!(has(t, r, "العام ذاته", "1998"), "{:?}", tv(t, r));
        let t = "قاده إلى كأس العالم 2006 بعد أن قاده مطلع العام ذاته إلى النهائي";
        assert!(has(t, r, "مطلع العام ذاته", "2006"), "{:?}", tv(t, r));
        let t = "افتتح المتحف في مارس 2015، وزاره الرئيس في نفس الشهر";
        assert!(has(t, r, "نفس الشهر", "2015-03"), "{:?}", tv(t, r));
        let t = "وقعت الحادثة في 5 مايو 2012، وفي اليوم نفسه اعتقل المشتبه به";
        assert!(has(t, r, "اليوم نفسه", "2012-05-05"), "{:?}", tv(t, r));
        let t = "تخرج عام 2001، وفي تلك السنة انتقل إلى لندن";
        assert!(has(t, r, "تلك السنة", "2001"), "{:?}", tv(t, r));
        let t = "انتقل إلى النادي صيف 2014، ولعب أول مباراة في أكتوبر من العام نفسه";
        assert!(
            has(t, r, "أكتوبر من العام نفسه", "2014-10"),
            "{:?}",
            tv(t, r)
        );
        // Far from its year the month still takes «من ذلك العام» into its span.
        let t = "بدأ التطوير عام 2005.\nوتأخر المشروع.\nوتغيرت الإدارة.\nوطارت أول رحلة في أكتوبر من ذلك العام";
        assert!(
            tv(t, r).iter().any(|(x, _)| x == "أكتوبر من ذلك العام"),
            "{:?}",
            tv(t, r)
        );
        // A relative clause says which year; «وهو العام نفسه الذي» restates the one named.
        let t = "فاز باللقب عام 1998، وقرر الاعتزال في العام نفسه الذي توفي فيه والده";
        assert!(has(t, r, "العام نفسه", "XXXX"), "{:?}", tv(t, r));
        let t = "فاز باللقب عام 1998، وهو العام نفسه الذي توفي فيه والده";
        assert!(has(t, r, "العام نفسه", "1998"), "{:?}", tv(t, r));
        let t = "اعتزل عام 2001، أي في العام نفسه الذي توفي فيه والده";
        assert!(has(t, r, "العام نفسه", "2001"), "{:?}", tv(t, r));
        // Without an earlier year the year is left unresolved.
        assert!(has("وفي العام ذاته قرر الاعتزال", r, "العام ذاته", "XXXX"));
        // Not a period, or a demonstrative that does not agree.
        assert!(tv("وقال الرجل نفسه إنه بريء", r).is_empty());
        assert!(tv("وفي ذلك السنة الدراسية", r).is_empty());
        assert!(has(
            "وارتفعت الأسعار العام الماضي",
            r,
            "العام الماضي",
            "2017"
        ));
    }

    #[test]
    fn the_two_of_a_compound_numeral_and_monday_before_speech() {
        // Tuesday 9 October 2018.
        let r = "2018-10-09";
        assert!(tv("وقسمت القرعة الاثنين وثلاثين منتخبا على ثماني مجموعات", r).is_empty());
        assert!(tv("ووزع الفرق الاثنين والعشرين على مستويين", r).is_empty());
        // Monday before a colon or إن: the day it was said.
        let t = "وقال الوزير في رسالة بعث بها إلى الصحفيين الاثنين: \"نحن مستعدون\"";
        assert!(has(t, r, "الاثنين", "2018-10-08"), "{:?}", tv(t, r));
        let t = "وقال المتحدث للمراسلين الاثنين إن المفاوضات مستمرة";
        assert!(has(t, r, "الاثنين", "2018-10-08"), "{:?}", tv(t, r));
        // Still the numeral before a predicate, and still Monday before more days.
        assert!(tv("وقال المدرب إن اللاعبين الاثنين سيغيبان", r).is_empty());
        let t = "ويستمر المؤتمر يوم الاثنين وثلاثة أيام أخرى";
        assert!(
            tv(t, r).iter().any(|(x, _)| x == "يوم الاثنين"),
            "{:?}",
            tv(t, r)
        );
    }

    #[test]
    fn a_day_or_month_before_or_after_an_event() {
        let r = "2018-07-01";
        let t = "وتحدث عن إقالة المدرب قبل المونديال بيوم، وقال إنها خطأ";
        assert!(has(t, r, "يوم", "P1D"), "{:?}", tv(t, r));
        let t = "والتقى الرئيس بعد الحادثة بأسبوع في العاصمة";
        assert!(has(t, r, "أسبوع", "P1W"), "{:?}", tv(t, r));
        let t = "وبعد ذلك بشهر أعلنت الحكومة الخطة";
        assert!(has(t, r, "شهر", "P1M"), "{:?}", tv(t, r));
        // A day named after it, or a verb between: no duration.
        assert!(tv("واحتفلت المدارس قبل العطلة بيوم المعلم", r).is_empty());
        assert!(tv("وذلك قبل أن يحتفل بيوم ميلاده", r).is_empty());
    }

    #[test]
    fn the_dual_year_word_heads_a_range_in_one_token() {
        let r = "2018-07-01";
        let t = "وعاش فترة ذهبية مع النادي بين العامين 1999-2007";
        let got = tv(t, r);
        assert!(
            !got.iter().any(|(_, v)| v.as_deref() == Some("P2Y")),
            "{got:?}"
        );
        assert!(
            got.iter().any(|(_, v)| v.as_deref() == Some("1999")),
            "{got:?}"
        );
        assert!(
            got.iter().any(|(_, v)| v.as_deref() == Some("2007")),
            "{got:?}"
        );
        assert!(has(
            "وقضى في السجن العامين الماضيين",
            r,
            "العامين الماضيين",
            "P2Y"
        ));
    }

    #[test]
    fn on_this_day_so_many_years_ago() {
        let r = "2018-07-04";
        let t = "في مثل هذا اليوم قبل عشر سنوات رحل الشاعر";
        assert_eq!(
            tv(t, r),
            vec![(
                "مثل هذا اليوم قبل عشر سنوات".to_string(),
                Some("2008-07-04".to_string())
            )]
        );
        let t = "وفي مثل هذا الشهر قبل ثلاث سنوات وقع الاتفاق";
        assert!(
            has(t, r, "مثل هذا الشهر قبل ثلاث سنوات", "2015-07"),
            "{:?}",
            tv(t, r)
        );
        // Without مثل they stay two expressions.
        assert_eq!(tv("وعاد هذا الشهر بعد أن غادر قبل ثلاث سنوات", r).len(), 2);
    }

    #[test]
    fn the_narratives_month_with_another_year_or_a_day() {
        let r = "2018-07-10";
        let t = "وبلغ العجز 40 مليارا في يونيو، مقابل 90 مليارا في الشهر نفسه من العام الماضي";
        assert!(
            has(t, r, "الشهر نفسه من العام الماضي", "2017-06"),
            "{:?}",
            tv(t, r)
        );
        let t = "تنطلق البطولة في 8 مايو، وتختتم يوم 19 من نفس الشهر";
        let r2 = "2018-04-10";
        assert!(
            has(t, r2, "يوم 19 من نفس الشهر", "2018-05-19"),
            "{:?}",
            tv(t, r2)
        );
        let t = "بدأ المعسكر في 3 مارس، وفي 24 من الشهر ذاته أقيمت المباراة";
        assert!(
            has(t, r, "24 من الشهر ذاته", "2018-03-24"),
            "{:?}",
            tv(t, r)
        );
        let t = "وصل الوفد في 2 فبراير 2016، وغادر في الخامس من الشهر نفسه";
        assert!(
            has(t, r, "الخامس من الشهر نفسه", "2016-02-05"),
            "{:?}",
            tv(t, r)
        );
        // A day or month without an antecedent stays unresolved.
        assert!(has(
            "وندم على ما فعله في ذلك اليوم",
            r,
            "ذلك اليوم",
            "XXXX-XX-XX"
        ));
        // Not a day: the week of a month.
        let t = "بدأ الموسم في مارس، وفي الأسبوع الثالث من الشهر نفسه توقف";
        assert!(
            !tv(t, r).iter().any(|(x, _)| x.starts_with("الثالث")),
            "{:?}",
            tv(t, r)
        );
    }

    #[test]
    fn opening_stretch_of_a_definite_plural_unit() {
        let r = "2018-05-01";
        let t = "تراجعت المبيعات في الأسابيع الثلاثة الأولى من الموسم";
        assert!(has(t, r, "الأسابيع الثلاثة الأولى", "P3W"), "{:?}", tv(t, r));
        let t = "خسر المشروع المال خلال السنوات الخمس الأولى من عمره";
        assert!(has(t, r, "السنوات الخمس الأولى", "P5Y"), "{:?}", tv(t, r));
        let t = "تحسن أداء الفريق في الدقائق العشر الأولى من الشوط";
        assert!(has(t, r, "الدقائق العشر الأولى", "PT10M"), "{:?}", tv(t, r));
        // Without the adjective it is a name (the Six-Day War), not a duration.
        assert!(tv("تذكر الجميع حرب الأيام الستة", r).is_empty());
    }

    #[test]
    fn decades_and_centuries_ago_are_past_years() {
        let r = "2018-05-01";
        let t = "أغلق المصنع أبوابه قبل عقد";
        assert!(has(t, r, "قبل عقد", "2008"), "{:?}", tv(t, r));
        let t = "بني الجسر القديم قبل ثلاثة عقود";
        assert!(has(t, r, "قبل ثلاثة عقود", "1988"), "{:?}", tv(t, r));
        let t = "كانت المدينة مزدهرة قبل عقدين من الزمن";
        assert!(has(t, r, "قبل عقدين", "1998"), "{:?}", tv(t, r));
        let t = "هدم المبنى قبل قرن";
        assert!(has(t, r, "قبل قرن", "1918"), "{:?}", tv(t, r));
        // عقد "holding" before a meeting noun, also a dual one; منذ عقد a duration.
        let t = "التقى الوزيران قبل عقد قمتين مع الحلفاء";
        assert!(
            tv(t, r).iter().all(|(_, v)| v.as_deref() != Some("2008")),
            "{:?}",
            tv(t, r)
        );
        let t = "يعيش في المدينة منذ عقد";
        assert!(has(t, r, "عقد", "P10Y"), "{:?}", tv(t, r));
    }

    #[test]
    fn hours_and_minutes_ago_are_the_reporting_day() {
        let r = "2018-02-25";
        let t = "وصل الوزير قبل ساعتين إلى العاصمة";
        assert!(has(t, r, "قبل ساعتين", "2018-02-25"), "{:?}", tv(t, r));
        let t = "انهار المبنى قبل 48 ساعة";
        assert!(has(t, r, "قبل 48 ساعة", "2018-02-23"), "{:?}", tv(t, r));
        // Counted from an event: a duration.
        let t = "وصل الوفد قبل ساعة من بدء الجلسة";
        assert!(has(t, r, "ساعة", "PT1H"), "{:?}", tv(t, r));
        let t = "سجل المهاجم الهدف قبل خمس دقائق فقط من النهاية";
        assert!(has(t, r, "خمس دقائق", "PT5M"), "{:?}", tv(t, r));
        let t = "غادر الفريق الفندق قبل ساعتين على انطلاق المباراة";
        assert!(has(t, r, "ساعتين", "PT2H"), "{:?}", tv(t, r));
    }

    #[test]
    fn spans_over_a_period_and_half_an_hour_after_an_event() {
        let r = "2018-05-01";
        let t = "عانت القرية من العزلة على مدى عقود";
        assert!(has(t, r, "عقود", "PXDE"), "{:?}", tv(t, r));
        let t = "استمرت المفاوضات على مدار سنوات";
        assert!(has(t, r, "سنوات", "PXY"), "{:?}", tv(t, r));
        let t = "وبعد ذلك بنصف ساعة وصلت فرق الإنقاذ";
        assert!(has(t, r, "نصف ساعة", "PT0.5H"), "{:?}", tv(t, r));
    }

    #[test]
    fn september_eleventh_named_by_its_events() {
        let r = "2018-04-17";
        let t = "تغيرت قواعد السفر جوا بعد هجمات 11 سبتمبر";
        assert!(has(t, r, "11 سبتمبر", "2001-09-11"), "{:?}", tv(t, r));
        let t = "تصاعد التوتر منذ أحداث الحادي عشر من سبتمبر";
        assert!(
            has(t, r, "الحادي عشر من سبتمبر", "2001-09-11"),
            "{:?}",
            tv(t, r)
        );
        // A date of this year: announced, or with a future cue.
        let t = "سيصدر الكتاب في 11 سبتمبر";
        assert!(has(t, r, "11 سبتمبر", "2018-09-11"), "{:?}", tv(t, r));
        let t = "سيصدر التقرير النهائي بعد 11 سبتمبر";
        assert!(has(t, r, "11 سبتمبر", "2018-09-11"), "{:?}", tv(t, r));
    }

    #[test]
    fn yearless_date_in_a_past_clause_goes_back() {
        // A perfect verb after a fronted date, and one beyond the short tense window.
        let r = "2018-05-16";
        let t = "وفي نوفمبر، تراجعت المبيعات بشكل حاد";
        assert!(has(t, r, "نوفمبر", "2017-11"), "{:?}", tv(t, r));
        let r = "2018-03-12";
        let t = "هاجموا مواقع الجيش على الحدود الشرقية للبلاد في أغسطس";
        assert!(has(t, r, "أغسطس", "2017-08"), "{:?}", tv(t, r));
        let r = "2018-09-06";
        let t = "استهدفت السلطات الشبكة بعد محاولة الاغتيال في الرابع من مارس";
        assert!(has(t, r, "الرابع من مارس", "2018-03-04"), "{:?}", tv(t, r));
        // Stays ahead: weeks away, a starting point, a delivery month, a condition.
        let r = "2018-04-25";
        let t = "قررت محكمة الاستئناف في العاصمة تحديد موعد الجلسة في 8 مايو";
        assert!(has(t, r, "8 مايو", "2018-05-08"), "{:?}", tv(t, r));
        let r = "2018-07-30";
        let t = "وأبلغت الحكومة الشركات بضرورة التوقف اعتبارا من الرابع من نوفمبر";
        assert!(
            has(t, r, "الرابع من نوفمبر", "2018-11-04"),
            "{:?}",
            tv(t, r)
        );
        let r = "2018-08-03";
        let t = "وتراجعت العقود الآجلة للذهب في الولايات المتحدة للتسليم في ديسمبر";
        assert!(has(t, r, "ديسمبر", "2018-12"), "{:?}", tv(t, r));
        let r = "2018-04-17";
        let t = "وقال المدرب إذا تم تحديد موعد نهائي لبطولة الكأس المحلية في أغسطس فسنلعب";
        assert!(has(t, r, "أغسطس", "2018-08"), "{:?}", tv(t, r));
        // No verb at all: the nearest occurrence.
        let r = "2018-05-16";
        let t = "الانتخابات التشريعية في أكتوبر";
        assert!(has(t, r, "أكتوبر", "2018-10"), "{:?}", tv(t, r));
    }

    // Session 13, late round: «حتى/لغاية + weekday» is the coming day unless the
    // phrase is a range, an "as of", or its clause is past (s13b T1c).
    #[test]
    fn until_a_weekday_is_the_coming_one_unless_past() {
        // 2019-05-08 is a Wednesday.
        let r = "2019-05-08";
        let ahead = [
            (
                "وتتواصل المفاوضات بين الوفدين في جنيف حتى الجمعة",
                "الجمعة",
                "2019-05-10",
            ),
            (
                "المعرض المقام في قاعة المدينة لغاية السبت",
                "السبت",
                "2019-05-11",
            ),
            (
                "ومنحت المحكمة الدفاع مهلة ممتدة حتى يوم الاثنين",
                "يوم الاثنين",
                "2019-05-13",
            ),
            (
                "وعلقت الجامعة الدروس في كلياتها كافة حتى الأحد",
                "الأحد",
                "2019-05-12",
            ),
            (
                "وأغلقت السلطات الطريق الساحلي حتى يوم الثلاثاء",
                "يوم الثلاثاء",
                "2019-05-14",
            ),
            (
                "ورجح المرصد أن يستمر تساقط الثلوج حتى الخميس",
                "الخميس",
                "2019-05-09",
            ),
        ];
        for (t, span, v) in ahead {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        let back = [
            // A past clause, a range from a start, an "as of" opening the sentence.
            (
                "واستمرت الاشتباكات في الأحياء الشرقية حتى الاثنين",
                "الاثنين",
                "2019-05-06",
            ),
            ("وتواصل القصف منذ الجمعة وحتى الأحد", "الأحد", "2019-05-05"),
            (
                "بقيت الأسعار مستقرة في الفترة من 28 أبريل حتى الاثنين",
                "الاثنين",
                "2019-05-06",
            ),
            (
                "انتهى الاجتماع. وحتى يوم الاثنين، لم تصدر الحكومة أي بيان",
                "يوم الاثنين",
                "2019-05-06",
            ),
            ("ولم تتبن أي جماعة الهجوم حتى الأحد", "الأحد", "2019-05-05"),
        ];
        for (t, span, v) in back {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
    }

    // Session 13, late round: «في N منه» is day N of the month named before it.
    #[test]
    fn day_of_the_month_just_named() {
        let r = "2019-05-08";
        let t = "ويخوض المنتخب مباراتين وديتين في 2 يونيو و9 منه استعدادا للبطولة";
        assert!(has(t, r, "9 منه", "2019-06-09"), "{:?}", tv(t, r));
        let t = "تبدأ المرحلة الأولى في الخامس من يوليو، على أن تنتهي في 20 منه";
        assert!(has(t, r, "20 منه", "2019-07-20"), "{:?}", tv(t, r));
        let t = "وافتتح المعرض في الأول من مارس 2017 واستمر حتى 30 منه";
        assert!(has(t, r, "30 منه", "2017-03-30"), "{:?}", tv(t, r));
        // Counts: another pronoun, no month before, or no preposition before the number.
        let t = "وصل 40 مهاجرا في 3 مايو وأعيد 12 منهم";
        assert!(
            !tv(t, r).iter().any(|(s, _)| s.contains("منهم")),
            "{:?}",
            tv(t, r)
        );
        let t = "اشترت الشركة ألف طن من القمح وباعت في 5 منه";
        assert!(
            !tv(t, r).iter().any(|(s, _)| s.contains("منه")),
            "{:?}",
            tv(t, r)
        );
        let t = "وفي الثالث من أبريل تلقى الفريق 300 ألف دولار أنفق 20 منه";
        assert!(
            !tv(t, r).iter().any(|(s, _)| s.contains("منه")),
            "{:?}",
            tv(t, r)
        );
        // A day beyond the month's length is no day of it.
        let t = "سافر في 2 فبراير وعاد في 30 منه";
        assert!(
            !tv(t, r).iter().any(|(s, _)| s.contains("منه")),
            "{:?}",
            tv(t, r)
        );
    }

    #[test]
    fn until_a_weekday_past_a_closing_quote_is_ahead() {
        let r = "2019-05-08";
        let t = "ويستمر المهرجان الذي تنظمه جمعية \"الفنون\" حتى السبت";
        assert!(has(t, r, "السبت", "2019-05-11"), "{:?}", tv(t, r));
    }

    // ---- Session 14 (reviews s14a / s14b) ----

    #[test]
    fn a_month_after_a_surname_particle_is_a_name() {
        let r = "2018-03-05";
        for t in [
            "وصرح النائب ماركو دي مايو للصحفيين بأن الحزب سيصوت ضد القانون",
            "والتقى الوزير بالنائبة كارلا دي مايو في مقر البرلمان",
            "وانتقد ماتيو فون أغسطس خطة الحكومة",
        ] {
            assert!(tv(t, r).is_empty(), "{t}: {:?}", tv(t, r));
        }
        // A month after a time preposition or a direction word is a date.
        assert!(has("وصل الوفد إلى روما في مايو", r, "مايو", "2017-05"));
        assert!(has(
            "ستجرى الانتخابات خلال شهر مايو",
            r,
            "شهر مايو",
            "2018-05"
        ));
        assert!(has(
            "وزار الرئيس روما مايو الماضي",
            r,
            "مايو الماضي",
            "2017-05"
        ));
    }

    #[test]
    fn a_weekday_in_a_condition_is_the_coming_one() {
        // 2018-06-23 is a Saturday.
        let r = "2018-06-23";
        for (t, span, v) in [
            (
                "وإذا تغلب المنتخب على منافسه الأحد فسيبلغ ربع النهائي",
                "الأحد",
                "2018-06-24",
            ),
            (
                "وفي حال خسر الفريق الجمعة سيودع البطولة مبكرا",
                "الجمعة",
                "2018-06-29",
            ),
            (
                "وتتأهل الأرجنتين إذا فازت نيجيريا على أيسلندا الثلاثاء",
                "الثلاثاء",
                "2018-06-26",
            ),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // An indirect question, a condition on a past fact, no condition at all.
        for (t, span, v) in [
            (
                "وتساءل المعلقون عما إذا كان الحكم أخطأ الأحد",
                "الأحد",
                "2018-06-17",
            ),
            (
                "وإذا كان الفريق قد خسر الأحد فإن الأمل باق",
                "الأحد",
                "2018-06-17",
            ),
            ("وفاز الفريق على منافسه الأحد", "الأحد", "2018-06-17"),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
    }

    #[test]
    fn forced_out_verbs_date_a_yearless_month_in_the_past() {
        let r = "2018-07-30";
        for (t, span, v) in [
            (
                "واضطر الرئيس في نوفمبر إلى مغادرة البلاد",
                "نوفمبر",
                "2017-11",
            ),
            (
                "وأجبرت الحكومة في ديسمبر على تقديم استقالتها",
                "ديسمبر",
                "2017-12",
            ),
            (
                "وأطيح بقائد الجيش في تشرين الثاني/نوفمبر بعد احتجاجات",
                "تشرين الثاني/نوفمبر",
                "2017-11",
            ),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // A future verb keeps the next one.
        let t = "وسيضطر المصرف في نوفمبر إلى رفع الفائدة";
        assert!(has(t, r, "نوفمبر", "2018-11"), "{:?}", tv(t, r));
    }

    #[test]
    fn a_misspelt_second_month_name_keeps_the_pair_and_its_year() {
        let r = "2018-07-30";
        for (t, span, v) in [
            (
                "اندلعت الاشتباكات في كانون الثاني/ينيار 2015 في العاصمة",
                "كانون الثاني/ينيار 2015",
                "2015-01",
            ),
            (
                "وتأسست الشركة في أيلول/سبتمر 2009 بدعم حكومي",
                "أيلول/سبتمر 2009",
                "2009-09",
            ),
            (
                "وانتهت الهدنة في كانون الأول/دسيمبر 2016",
                "كانون الأول/دسيمبر 2016",
                "2016-12",
            ),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        assert!(words::misspelt_month("دسيمبر", 12));
        assert!(words::misspelt_month("ينيار", 1));
        // Exact names, other words and short words are not misspellings.
        assert!(!words::misspelt_month("ديسمبر", 12));
        assert!(!words::misspelt_month("دستور", 12));
        assert!(!words::misspelt_month("ينيار", 2));
        // A slash before a word that is no month leaves the first name alone.
        let t = "في كانون الثاني/المنصرم";
        assert!(
            tv(t, r).iter().all(|(s, _)| !s.contains("المنصرم")),
            "{:?}",
            tv(t, r)
        );
    }

    #[test]
    fn a_career_count_after_in_is_no_year() {
        let r = "2018-01-19";
        for t in [
            "سجل المهاجم 1102 هدفا في 1287 مباراة رسمية",
            "وشارك الحارس في 1134 مواجهة خلال مسيرته",
        ] {
            assert!(
                tv(t, r)
                    .iter()
                    .all(|(s, _)| !s.chars().any(|c| c.is_ascii_digit())),
                "{t}: {:?}",
                tv(t, r)
            );
        }
        // A year with no counted noun after it, or in the years news dates.
        assert!(has(
            "ودمر الزلزال المدينة في 1755 قبل أن",
            r,
            "1755",
            "1755"
        ));
        assert!(has("وسجل في 2015 هدفا رائعا", r, "2015", "2015"));
    }

    #[test]
    fn a_year_list_with_commas_before_and_keeps_every_year() {
        let r = "2018-01-19";
        let t = "توج المنتخب باللقب في أعوام 1986، و1990، و2004";
        for y in ["1986", "1990", "2004"] {
            assert!(has(t, r, y, y), "{y}: {:?}", tv(t, r));
        }
        // A count after the comma is not a year.
        let t = "وصلت في عام 2015، و1500 لاجئ";
        assert!(!tv(t, r).iter().any(|(s, _)| s == "1500"), "{:?}", tv(t, r));
    }

    #[test]
    fn this_horn_after_the_horn_of_africa_is_no_century() {
        let r = "2018-04-28";
        let t = "تنشط الجماعات المسلحة في القرن الأفريقي، وقد يتحول هذا القرن إلى بؤرة للصراع";
        assert!(tv(t, r).is_empty(), "{:?}", tv(t, r));
        let t = "شهد هذا القرن ثورة في الاتصالات";
        assert!(has(t, r, "هذا القرن", "20"), "{:?}", tv(t, r));
    }

    #[test]
    fn before_a_year_with_a_habitual_verb_is_no_past_date() {
        let r = "2018-08-08";
        for t in [
            "وتحجز الفرق الفنادق عادة قبل عام",
            "وجداول الدوري تتحدد قبل عام",
        ] {
            assert!(
                !tv(t, r).iter().any(|(_, v)| v.as_deref() == Some("2017")),
                "{t}: {:?}",
                tv(t, r)
            );
        }
        for t in [
            "غادر اللاعب النادي قبل عام",
            "وتعرض المبنى قبل عام لهجوم",
            // A name in ي and a past continuous are no habit.
            "وانتقل اللاعب إلى يونايتد قبل عام",
            "ولم يكن المؤشر يتخطى قبل عام مستوى الألف نقطة",
        ] {
            assert!(has(t, r, "قبل عام", "2017"), "{t}: {:?}", tv(t, r));
        }
    }

    #[test]
    fn fractional_seconds_keep_their_thousandths() {
        let r = "2018-07-21";
        let t = "قطع السباح المسافة في 21.347 ثانية";
        assert!(has(t, r, "21.347 ثانية", "PT21.347S"), "{:?}", tv(t, r));
        let t = "سجل زمنا قدره دقيقة واحدة و9.104 ثانية";
        assert!(
            tv(t, r)
                .iter()
                .any(|(_, v)| v.as_deref() == Some("PT1M9.104S")),
            "{:?}",
            tv(t, r)
        );
    }

    #[test]
    fn a_quoted_tomorrow_counts_from_the_day_named_in_the_sentence_before() {
        // 2018-07-30 is a Monday.
        let r = "2018-07-30";
        let t = "وعقد زعيم المعارضة مؤتمرا صحفيا الأحد في العاصمة. وقال أمام أنصاره \"سنحتفل بالنصر غدا\".";
        assert!(has(t, r, "غدا", "2018-07-30"), "{:?}", tv(t, r));
        let t = "وتحدث الوزير إلى الصحفيين السبت. وأضاف الوزير: \"سنعلن القرار اليوم\".";
        assert!(has(t, r, "اليوم", "2018-07-28"), "{:?}", tv(t, r));
        // No day named before, or no verb of saying opening the sentence: the
        // publication date.
        let t = "وعقد الزعيم مؤتمرا صحفيا في العاصمة. وقال \"سنحتفل غدا\".";
        assert!(has(t, r, "غدا", "2018-07-31"), "{:?}", tv(t, r));
        let t = "وخسر الفريق الأحد. ويرى المدرب أن \"الفوز غدا ممكن\".";
        assert!(has(t, r, "غدا", "2018-07-31"), "{:?}", tv(t, r));
        // The weekday before dates an event or is a bound, not the words.
        let t = "وأكدت المندوبة أن الجيش ضبط النفس في المواجهات التي اندلعت الأحد. وقالت \"الدول الحاضرة اليوم تعرف ذلك\".";
        assert!(has(t, r, "اليوم", "2018-07-30"), "{:?}", tv(t, r));
        let t = "وأعلن المدير عودته إلى مكتبه اعتبارا من الأحد. وقال \"غادرت المستشفى اليوم\".";
        assert!(has(t, r, "اليوم", "2018-07-30"), "{:?}", tv(t, r));
    }

    #[test]
    fn four_digits_before_a_time_zone_are_a_clock_time() {
        let r = "2018-07-30";
        let t = "وتغلق مراكز الاقتراع في السابعة مساء بالتوقيت المحلي (1700 بتوقيت غرينتش).";
        assert!(
            tv(t, r)
                .iter()
                .any(|(s, v)| s.starts_with("1700") && v.as_deref() == Some("2018-07-30T17:00")),
            "{:?}",
            tv(t, r)
        );
        let t = "وانطلقت الرحلة عند 0630 بتوقيت غرينتش";
        assert!(
            tv(t, r)
                .iter()
                .any(|(s, v)| s.starts_with("0630") && v.as_deref() == Some("2018-07-30T06:30")),
            "{:?}",
            tv(t, r)
        );
        // After الساعة the span starts with it.
        let t = "وتراجع السعر إلى 74 دولارا بحلول الساعة 1415 بتوقيت غرينتش";
        assert!(
            has(t, r, "الساعة 1415 بتوقيت غرينتش", "2018-07-30T14:15"),
            "{:?}",
            tv(t, r)
        );
        // Not a clock: an hour beyond 23, minutes beyond 59, no zone after.
        for t in [
            "وصل 2500 بتوقيت غرينتش",
            "عند 1275 بتوقيت غرينتش",
            "وشارك 1700 متطوع",
        ] {
            assert!(
                !tv(t, r)
                    .iter()
                    .any(|(_, v)| v.as_deref().is_some_and(|v| v.contains('T'))),
                "{t}: {:?}",
                tv(t, r)
            );
        }
    }

    #[test]
    fn ordinal_days_in_a_list_before_the_month_are_each_a_date() {
        let r = "2018-02-26";
        let t = "ويخوض الفريق مباراتين وديتين في الثالث والسابع من يوليو";
        assert!(has(t, r, "الثالث", "2018-07-03"), "{:?}", tv(t, r));
        assert!(has(t, r, "السابع من يوليو", "2018-07-07"), "{:?}", tv(t, r));
        // A compound ordinal second: the 12th is not read as the 10th.
        let t = "وتعقد الجولة الأخيرة يومي الحادي عشر والثاني عشر من أكتوبر المقبل";
        assert!(has(t, r, "الحادي عشر", "2018-10-11"), "{:?}", tv(t, r));
        assert!(
            has(t, r, "الثاني عشر من أكتوبر المقبل", "2018-10-12"),
            "{:?}",
            tv(t, r)
        );
        assert!(
            !tv(t, r)
                .iter()
                .any(|(_, v)| v.as_deref() == Some("2018-10-10")),
            "{:?}",
            tv(t, r)
        );
        // Ordinals that are no days stay nothing.
        for t in [
            "وكان الحدث الأول من نوعه والثاني من حيث الحجم",
            "احتل الفريق المركز الأول والثالث في البطولتين",
        ] {
            assert!(tv(t, r).is_empty(), "{t}: {:?}", tv(t, r));
        }
    }

    #[test]
    fn a_yearless_month_after_lan_or_an_announcing_imperfect_is_ahead() {
        let r = "2018-05-08";
        for (t, span, v) in [
            ("لن يلتحق الجناح بالتدريبات قبل ديسمبر", "ديسمبر", "2018-12"),
            ("ولن تستأنف المحكمة جلساتها قبل نوفمبر", "نوفمبر", "2018-11"),
            ("يعود الحارس إلى التدريبات في ديسمبر", "ديسمبر", "2018-12"),
            (
                "تعقد القمة المقبلة في الحادي عشر من سبتمبر",
                "الحادي عشر من سبتمبر",
                "2018-09-11",
            ),
            ("ويغيب المدافع حتى نوفمبر", "نوفمبر", "2018-11"),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // The past negation and the past continuous stay in the past.
        for (t, span, v) in [
            ("لم يلعب الجناح أي مباراة منذ ديسمبر", "ديسمبر", "2017-12"),
            ("لم يظهر الجناح في الملاعب في نوفمبر", "نوفمبر", "2017-11"),
            ("وكان الحارس يتدرب وحده في ديسمبر", "ديسمبر", "2017-12"),
            ("ويعود تاريخ القرار إلى ديسمبر", "ديسمبر", "2017-12"),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
    }

    #[test]
    fn a_bare_singular_unit_after_and_adds_one() {
        let r = "2018-04-07";
        for (t, span, v) in [
            ("قضت المحكمة بسجنه 7 أعوام وشهر", "7 أعوام وشهر", "P7Y1M"),
            (
                "صدر الحكم بحبسه خمس سنوات ويوما واحدا",
                "خمس سنوات ويوما واحدا",
                "P5Y1D",
            ),
            (
                "استمرت الرحلة ثلاثة أيام وساعة.",
                "ثلاثة أيام وساعة",
                "P3DT1H",
            ),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // A day named after the unit, or a noun it heads, is another phrase.
        let t = "غاب اللاعب ثلاثة أسابيع ويوم الجمعة عاد";
        assert!(has(t, r, "ثلاثة أسابيع", "P3W"), "{:?}", tv(t, r));
        let t = "بعد عشر سنوات ويوم الانتخابات قريب";
        assert!(
            !tv(t, r).iter().any(|(s, _)| s.contains("ويوم")),
            "{:?}",
            tv(t, r)
        );
    }

    #[test]
    fn comma_clock_times_and_the_afp_gmt_mark_are_read() {
        let r = "2018-04-07";
        for (t, span, v) in [
            (
                "تفتح مكاتب الاقتراع الساعة 8,00 صباحا",
                "الساعة 8,00 صباحا",
                "2018-04-07T08:00",
            ),
            (
                "وتغلق الأسواق عند الساعة 15,30",
                "الساعة 15,30",
                "2018-04-07T15:30",
            ),
            (
                "وتبدأ المباراة في الثامنة (18,45 ت غ)",
                "18,45 ت غ",
                "2018-04-07T18:45",
            ),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // A decimal amount is no clock time without الساعة or a time zone.
        for t in ["وارتفع المؤشر 12,30 نقطة", "وبلغ سعر البرميل 17,50 دولارا"]
        {
            assert!(tv(t, r).is_empty(), "{t}: {:?}", tv(t, r));
        }
    }

    #[test]
    fn the_clause_of_an_imperfect_is_read_whole() {
        let r = "2018-05-08";
        // A perfect verb earlier in the clause, a relative clause between, an
        // imperfect after «قبل أن», a perfect in ت, a condition with «لم».
        for (t, span, v) in [
            (
                "وأطلقت الشركة قناة تحمل اسمها في ديسمبر",
                "ديسمبر",
                "2017-12",
            ),
            (
                "ارتفع الإنتاج إلى ضعف ما يعادل المستوى الذي قدرته في نوفمبر",
                "نوفمبر",
                "2017-11",
            ),
            (
                "وباع أسهمه قبل أن ينسحب الشريك في ديسمبر",
                "ديسمبر",
                "2017-12",
            ),
            (
                "وسيزور الوزير باريس، قبل أن يتوجه في ديسمبر إلى برلين",
                "ديسمبر",
                "2018-12",
            ),
            ("تدخل الجيش في نوفمبر لإنهاء الأزمة", "نوفمبر", "2017-11"),
            ("وتلقى المنتخب دعوة في ديسمبر", "ديسمبر", "2017-12"),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        let t = "وإذا لم تنعقد الجلسة في 20 يونيو فستؤجل";
        assert!(has(t, r, "20 يونيو", "2018-06-20"), "{:?}", tv(t, r));
        // A relative clause of its own with an imperfect looks ahead.
        let t = "عن السنة المالية التي تنتهي في الثلاثين من نوفمبر";
        assert!(
            has(t, r, "الثلاثين من نوفمبر", "2018-11-30"),
            "{:?}",
            tv(t, r)
        );
    }

    #[test]
    fn a_coordinated_clock_after_a_day_is_not_that_days() {
        let r = "2018-05-20";
        let t = "ونشرت التغريدات بين الساعة 21,00 من يوم الجمعة والساعة 17,00 من يوم السبت";
        assert!(
            !tv(t, r)
                .iter()
                .any(|(_, v)| v.as_deref() == Some("2018-05-18T17:00")),
            "{:?}",
            tv(t, r)
        );
        assert!(
            has(t, r, "الساعة 17,00 من يوم السبت", "2018-05-19T17:00"),
            "{:?}",
            tv(t, r)
        );
        // A clock right after its day still joins it.
        let t = "ويجتمع المجلس الخميس في الساعة 10,30";
        assert!(
            has(t, r, "الخميس في الساعة 10,30", "2018-05-24T10:30"),
            "{:?}",
            tv(t, r)
        );
    }

    #[test]
    fn twelve_at_dawn_is_midnight() {
        let r = "2018-07-06";
        let t = "دخل القرار حيز التنفيذ عند الساعة 12.01 من فجر الجمعة";
        assert!(
            tv(t, r)
                .iter()
                .any(|(_, v)| v.as_deref() == Some("2018-07-06T00:01")),
            "{:?}",
            tv(t, r)
        );
    }

    #[test]
    fn bikra_before_a_noun_is_the_ball_not_tomorrow() {
        let r = "2018-03-29";
        for t in [
            "يزداد شغف الجمهور بكرة اليد في البلاد",
            "ويتمرن الحارس بكرة ثقيلة كل صباح",
            "وتعنى الأكاديمية بكرة القدم النسائية",
        ] {
            assert!(
                !tv(t, r).iter().any(|(s, _)| s.contains("بكرة")),
                "{t}: {:?}",
                tv(t, r)
            );
        }
        assert!(has("قال المدرب: \"نلتقي بكرة.\"", r, "بكرة", "2018-03-30"));
        assert!(has(
            "وقال \"من بكرة كل شيء يتغير\"",
            r,
            "بكرة",
            "2018-03-30"
        ));
    }

    #[test]
    fn a_night_spent_is_the_night_before() {
        let r = "2018-04-07";
        for t in [
            "أمضى الوزير الليلة في مكتبه",
            "وقضى فيه المتظاهرون الليلة أمام البرلمان",
        ] {
            assert!(has(t, r, "الليلة", "2018-04-06TNI"), "{t}: {:?}", tv(t, r));
        }
        for t in [
            "يمضي الوزير الليلة في مكتبه",
            "أمضى الوزير هذه الليلة في مكتبه",
        ] {
            assert!(
                tv(t, r)
                    .iter()
                    .any(|(_, v)| v.as_deref() == Some("2018-04-07TNI")),
                "{t}: {:?}",
                tv(t, r)
            );
        }
    }

    #[test]
    fn an_age_as_an_ordinal_is_a_duration() {
        let r = "2018-04-07";
        for (t, span, v) in [
            (
                "ولا يزال الحارس في الرابعة والعشرين من عمره",
                "الرابعة والعشرين من عمره",
                "P24Y",
            ),
            (
                "توفيت الكاتبة في الخمسين من عمرها",
                "الخمسين من عمرها",
                "P50Y",
            ),
            (
                "وهو في السابعة عشرة من العمر",
                "السابعة عشرة من العمر",
                "P17Y",
            ),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // A clock hour, and an ordinal of something else.
        assert!(has(
            "يبدأ الاجتماع في الثامنة صباحا",
            r,
            "الثامنة صباحا",
            "2018-04-07T08:00"
        ));
        assert!(tv("جاء في الثالثة من حيث الترتيب", r).is_empty());
    }

    #[test]
    fn a_hijri_month_with_a_gregorian_year_is_that_month_of_that_year() {
        let r = "2018-04-20";
        // Ramadan 1439 began mid-May 2018; 1438 in late May 2017.
        for (t, span, v) in [
            (
                "تعرض القناة المسلسل في رمضان 2018 على شاشتها",
                "رمضان 2018",
                "2018-05",
            ),
            (
                "وشهدت أسواق شهر رمضان لعام 2017 إقبالا",
                "شهر رمضان لعام 2017",
                "2017-06",
            ),
            ("ينطلق الموسم في شوال 2019 م", "شوال 2019 م", "2019-06"),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // A Hijri year stays Hijri.
        assert!(has("في رمضان 1438 هـ", r, "رمضان 1438 هـ", "2017-06"));
        assert!(has("في رمضان 1439", r, "رمضان 1439", "2018-05"));
    }

    #[test]
    fn every_n_years_in_the_accusative_is_a_set() {
        let r = "2018-07-11";
        for (t, span, v) in [
            ("تقام البطولة القارية كل 12 عاما", "كل 12 عاما", "P12Y"),
            (
                "يتبدل المجلس كل خمسة وعشرين عاماً",
                "كل خمسة وعشرين عاماً",
                "P25Y",
            ),
        ] {
            let got = one(t, Some(r));
            assert!(
                got.iter()
                    .any(|x| x.0 == span && x.1 == "SET" && x.2.as_deref() == Some(v)),
                "{t}: {got:?}"
            );
        }
        // «منذ 30 عاما» stays a duration.
        let got = one("يحكم الحزب منذ 30 عاما", Some(r));
        assert!(got.iter().all(|x| x.1 != "SET"), "{got:?}");
    }

    #[test]
    fn public_before_a_figure_is_no_year() {
        let r = "2018-06-03";
        for t in [
            "وارتفع الدين العام 40 مليار دولار خلال الأزمة",
            "ويستحوذ القطاع العام 60 في المئة من الوظائف",
            "وبلغت أصول صندوق الثروة العام 250 مليار",
            "وارتفعت الأرباح في النصف الأول من العام 18 بالمئة",
            "وكانت البلاد في العام 12 من حكم الأسرة",
        ] {
            let got = tv(t, r);
            assert!(
                got.iter()
                    .all(|(_, v)| v.as_deref().is_none_or(|v| !v.starts_with('0'))),
                "{t}: {got:?}"
            );
        }
        // Years stay years.
        assert!(has(
            "تأسس المعبد في العام 70 للميلاد",
            r,
            "العام 70 للميلاد",
            "0070"
        ));
        assert!(has(
            "وعقد المؤتمر العام 2017 في القاهرة",
            r,
            "العام 2017",
            "2017"
        ));
        assert!(has(
            "ارتفع الدين في العام 2016 بنسبة كبيرة",
            r,
            "العام 2016",
            "2016"
        ));
    }

    #[test]
    fn a_four_digit_count_after_a_preposition_is_no_year() {
        let r = "2018-07-19";
        for t in [
            "وطالبت المنظمة بالإفراج عن 1700 معتقل في السجون",
            "وتحدثت الصحيفة عن 1200 سجين سياسي",
            "وأعلن المتحف عن 1100 قطعة نادرة",
            "وعرض الفيلم في أكثر من صالة، من 1450 شاشة",
            "وتبين أن 5% من 1800 كويكب تقترب من الأرض",
            "ورفعت الشركة عدد عمالها من 600 إلى 1400 خلال عام",
            "وزاد الأسطول من 1200 إلى 15000 سفينة",
            "وقفز الإنفاق إلى 1650 مليار دولار",
        ] {
            let got = tv(t, r);
            assert!(
                got.iter()
                    .all(|(s, _)| !s.chars().all(|c| c.is_ascii_digit())),
                "{t}: {got:?}"
            );
        }
        // Years after the same prepositions.
        for (t, span, v) in [
            ("وتحدث المؤرخ عن 1917 وما تبعها", "1917", "1917"),
            ("ويعود القصر إلى 1850 تقريبا", "1850 تقريبا", "1850"),
            ("وقاد البلاد من 1981 إلى 1989", "1981", "1981"),
            ("وارتفع العجز من 2015 إلى 2017 بسبب الحرب", "2017", "2017"),
            (
                "وقفز الإنتاج عن الفترة ذاتها من 2016 إلى 412 مليون طن",
                "2016",
                "2016",
            ),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
    }

    #[test]
    fn a_round_hundred_before_a_singular_year_is_a_duration() {
        let r = "2018-07-19";
        assert!(has(
            "ويعود تاريخ المخطوطة إلى 1200 سنة",
            r,
            "1200 سنة",
            "P1200Y"
        ));
        assert!(has(
            "وبقيت المدينة مدفونة 1000 عام",
            r,
            "1000 عام",
            "P1000Y"
        ));
        // A year that is the subject of «عاما» is no count of years.
        let got = tv("كان 2016 عاما صعبا", r);
        assert!(
            got.iter().all(|(_, v)| v.as_deref() != Some("P2016Y")),
            "{got:?}"
        );
    }

    #[test]
    fn ages_without_a_unit_are_durations() {
        let r = "2018-05-13";
        for (t, span, v) in [
            (
                "انتخب نائبا وهو في الرابعة والعشرين",
                "الرابعة والعشرين",
                "P24Y",
            ),
            ("وتزوجت وهي في السابعة عشرة", "السابعة عشرة", "P17Y"),
            (
                "في عمر الـ 85 يعود المخرج إلى السينما",
                "عمر الـ 85",
                "P85Y",
            ),
            ("بدأ العزف في سن الـ12، ثم سافر", "سن الـ12", "P12Y"),
            ("وماتت بعمر 61 بعد صراع", "بعمر 61", "P61Y"),
            ("عندما كان في الـ19 من عمره", "الـ19 من عمره", "P19Y"),
            ("بلغت الجدة الـ 100 من عمرها", "الـ 100 من عمرها", "P100Y"),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // Clock times and other ordinals.
        assert!(has(
            "وصل وهو في الثامنة صباحا",
            r,
            "الثامنة صباحا",
            "2018-05-13T08:00"
        ));
        for t in [
            "وهو في الثالثة من حيث الترتيب",
            "وهي في المرتبة الرابعة عشرة",
            "استقبل عمر 15 ضيفا",
        ] {
            assert!(
                tv(t, r)
                    .iter()
                    .all(|(_, v)| !v.as_deref().is_some_and(|v| v.starts_with('P'))),
                "{t}: {:?}",
                tv(t, r)
            );
        }
    }

    #[test]
    fn a_future_in_a_pluperfect_report_is_the_nearest_day() {
        // Sunday 13 May 2018.
        let r = "2018-05-13";
        for (t, span, v) in [
            (
                "وكان الرئيس قد أعلن أنه سيزور الحدود السبت.",
                "السبت",
                "2018-05-12",
            ),
            (
                "وكانت الحكومة قد قالت إنها ستعلن الخطة الجمعة.",
                "الجمعة",
                "2018-05-11",
            ),
            (
                "وكان المدرب قد صرح بأن فريقه سيتدرب الثلاثاء.",
                "الثلاثاء",
                "2018-05-15",
            ),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // A present frame, or a plain future: the coming day.
        assert!(has(
            "يقول الرئيس إنه سيزور الحدود السبت.",
            r,
            "السبت",
            "2018-05-19"
        ));
        assert!(has("سيزور الرئيس الحدود السبت.", r, "السبت", "2018-05-19"));
    }

    #[test]
    fn an_awaited_or_possible_event_takes_the_coming_weekday() {
        // Friday 23 March 2018.
        let r = "2018-03-23";
        for (t, span, v) in [
            (
                "استعد المنتخب لمباراته المنتظرة الثلاثاء في روما.",
                "الثلاثاء",
                "2018-03-27",
            ),
            (
                "وتحدث الوزير عن إمكانية توقيع الاتفاق الأحد.",
                "الأحد",
                "2018-03-25",
            ),
            (
                "ولمحت المصادر إلى احتمال عقد القمة الأربعاء.",
                "الأربعاء",
                "2018-03-28",
            ),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // A perfect verb without such a noun keeps the past day.
        assert!(has(
            "عقد المجلس جلسة طارئة الثلاثاء.",
            r,
            "الثلاثاء",
            "2018-03-20"
        ));
    }

    #[test]
    fn a_third_form_imperfect_in_final_ya_opens_a_fixture() {
        // Wednesday 11 July 2018.
        let r = "2018-07-11";
        assert!(has("وتلاقي إسبانيا الأحد البرتغال.", r, "الأحد", "2018-07-15"));
        assert!(has(
            "تنادي النقابة الأحد إلى الإضراب.",
            r,
            "الأحد",
            "2018-07-15"
        ));
        // With alif maqṣūra it is the perfect.
        assert!(has(
            "وتلاقى الفريقان الأحد في الدوحة.",
            r,
            "الأحد",
            "2018-07-08"
        ));
    }

    #[test]
    fn a_transposed_month_after_a_day_is_read() {
        let r = "2018-03-23";
        assert!(has(
            "تقام البطولة بين 10 يوينو و5 يوليو",
            r,
            "10 يوينو",
            "2018-06-10"
        ));
        assert!(has(
            "ولد في 3 سبتبمر 1990",
            r,
            "3 سبتبمر 1990",
            "1990-09-03"
        ));
        // Not without a day number, nor a word that differs otherwise.
        assert!(tv("وصل إلى بيسان", r).is_empty());
        assert!(tv("في يوينو", r).is_empty());
        assert!(tv("اشترى 3 بيسان", r).is_empty());
    }

    #[test]
    fn a_part_of_day_before_a_day_and_month_joins_it() {
        let r = "2018-07-27";
        assert!(has(
            "اقتحمت الشرطة المبنى فجر 21 يوليو",
            r,
            "فجر 21 يوليو",
            "2018-07-21TMO"
        ));
        assert!(has(
            "وانطلقت المسيرة مساء 3 أغسطس 2017",
            r,
            "مساء 3 أغسطس 2017",
            "2017-08-03TEV"
        ));
    }

    #[test]
    fn the_hours_of_a_part_of_day_are_that_part() {
        let r = "2018-10-09";
        for (t, span, v) in [
            (
                "واندلع الحريق في ساعات الصباح الباكر",
                "في ساعات الصباح الباكر",
                "2018-10-09TMO",
            ),
            (
                "ووصلت القافلة خلال ساعات المساء",
                "خلال ساعات المساء",
                "2018-10-09TEV",
            ),
            (
                "وسمع دوي الانفجار في ساعة متأخرة من الليل",
                "في ساعة متأخرة من الليل",
                "2018-10-09TNI",
            ),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // «ساعات» before another noun is no part of day; habitual «في ساعات الصباح»
        // and hours of another day are not read.
        for t in [
            "كان يعود إلى الفندق في ساعات الصباح الأولى",
            "خلال ساعات الصباح الأولى ليوم 30 آذار",
        ] {
            assert!(
                tv(t, r)
                    .iter()
                    .all(|(_, v)| v.as_deref() != Some("2018-10-09TMO")),
                "{t}: {:?}",
                tv(t, r)
            );
        }
        assert!(tv("في ساعات العمل الرسمية", r)
            .iter()
            .all(|(_, v)| v.as_deref() != Some("2018-10-09TMO")));
    }

    // Session 17 (reviews s17a / s17b): new sentences, not the reviewed ones.

    #[test]
    fn the_year_after_the_preposition_lam_is_deictic() {
        let r = "2019-03-12";
        for (t, span, v) in [
            (
                "رصدت البلدية موازنة إضافية للعام المقبل",
                "لعام المقبل",
                "2020",
            ),
            ("وخفض الصندوق توقعاته للسنة الحالية", "لسنة الحالية", "2019"),
            (
                "وبلغت الخسائر مليار دينار للعام الماضي",
                "لعام الماضي",
                "2018",
            ),
            (
                "وقدمت الشركة خطتها وللسنة القادمة أهداف أخرى",
                "لسنة القادمة",
                "2020",
            ),
            ("وخصص المجلس 40 مليون يورو للعام 2021", "لعام 2021", "2021"),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // «للعام» with no direction or year, «للعام الثالث», and the anaphoric
        // «للعام السابق/التالي» of a rule or habit: no date.
        for t in [
            "وقدم الوزير تقريره للعام",
            "فاز باللقب للعام الثالث على التوالي",
            "وتنقل الأرصدة غير المصروفة للعام التالي",
            "ويستضيف البطولة البلد الفائز للعام السابق",
        ] {
            assert!(
                tv(t, r)
                    .iter()
                    .all(|(_, v)| v.as_deref().is_none_or(|v| v.len() != 4)),
                "{t}: {:?}",
                tv(t, r)
            );
        }
    }

    #[test]
    fn a_bare_unit_where_a_number_could_stand_counts_one() {
        let r = "2019-03-12";
        for (t, span, v) in [
            (
                "وسيطرت القوات على البلدة في أقل من أسبوع",
                "أقل من أسبوع",
                "P1W",
            ),
            ("وتأخر القطار أكثر من ساعة عن موعده", "أكثر من ساعة", "PT1H"),
            ("وتستغرق صيانة الجسر من عام إلى عامين", "عام", "P1Y"),
            ("وتستغرق صيانة الجسر من عام إلى عامين", "عامين", "P2Y"),
            ("ويتوقع أن يستمر الإغلاق ثلاثة أشهر أو عام", "عام", "P1Y"),
            ("ويحتاج الجرح أسبوعا أو شهرا ليلتئم", "أسبوعا", "P1W"),
            ("ويحتاج الجرح أسبوعا أو شهرا ليلتئم", "شهرا", "P1M"),
            ("ويستمر العلاج من شهر إلى ستة أشهر", "شهر", "P1M"),
            ("وأمضى المدرب شهرا واحدا مع الفريق", "شهرا واحدا", "P1M"),
            ("وعاد اللاعب بعد يوم واحد من الإصابة", "يوم واحد", "P1D"),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // A year after عام, a weekday after يوم, and «من يوم إلى يوم» are no count of one.
        for (t, bad) in [
            ("وارتفعت الأسعار أكثر من عام 2016", "P1Y"),
            ("ويؤجل الحكم أسبوعين أو يوم الخميس", "P1D"),
            ("وتتغير الأسعار من يوم إلى يوم", "P1D"),
            ("ونقل أكثر من شخص إلى المستشفى", "P1D"),
            ("وكان الملعب يوما واحدا من أشهر ملاعب القارة", "P1D"),
        ] {
            assert!(
                tv(t, r).iter().all(|(_, v)| v.as_deref() != Some(bad)),
                "{t}: {:?}",
                tv(t, r)
            );
        }
    }

    #[test]
    fn half_the_unit_repeated_joins_the_duration() {
        let r = "2019-03-12";
        for (t, span, v) in [
            (
                "وتحدث الرئيس لساعة ونصف الساعة",
                "ساعة ونصف الساعة",
                "PT1.5H",
            ),
            (
                "ودام الاجتماع ساعتين ونصف الساعة",
                "ساعتين ونصف الساعة",
                "PT2.5H",
            ),
            (
                "وقضى في السجن 3 أعوام ونصف العام",
                "3 أعوام ونصف العام",
                "P3.5Y",
            ),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
    }

    #[test]
    fn both_weekdays_after_bain_are_read() {
        // 2019-03-16 is a Saturday.
        let r = "2019-03-16";
        for (t, span, v) in [
            (
                "ونقل المستشفى 12 جريحا بين الخميس والجمعة",
                "الخميس",
                "2019-03-14",
            ),
            (
                "ونقل المستشفى 12 جريحا بين الخميس والجمعة",
                "الجمعة",
                "2019-03-15",
            ),
            ("وتوقف القتال بين الأحد والثلاثاء", "الأحد", "2019-03-10"),
            ("وتوقف القتال بين الأحد والثلاثاء", "الثلاثاء", "2019-03-12"),
            // Each alone would be Friday 03-15 and Sunday 03-10; the pair runs forward.
            ("وسقطت أمطار غزيرة بين الجمعة والأحد", "الجمعة", "2019-03-08"),
            ("وسقطت أمطار غزيرة بين الجمعة والأحد", "الأحد", "2019-03-10"),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // An expected pair is the coming one.
        for (span, v) in [("الأربعاء", "2019-03-20"), ("الجمعة", "2019-03-22")] {
            let t = "ويتوقع أن تجري الانتخابات بين الأربعاء والجمعة";
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // «بين الاثنين» alone is "between the two".
        assert!(tv("وقع الخلاف بين الاثنين حول الموازنة", r).is_empty());
    }

    #[test]
    fn two_years_joined_after_a_noun_are_years() {
        let r = "2019-03-12";
        for (t, v) in [
            ("ويأمل المنتخب تكرار إنجاز 1986 و1990 في البطولة", "1986"),
            ("ويأمل المنتخب تكرار إنجاز 1986 و1990 في البطولة", "1990"),
            ("وتخشى الحكومة سيناريو 1997 و2008 حين انهارت الأسواق", "1997"),
        ] {
            assert!(has(t, r, v, v), "{t}: {:?}", tv(t, r));
        }
        for t in [
            "ووزعت الجمعية 1950 و1990 سلة غذائية",
            "وصوت المجلس على القرارين 1970 و1973",
            "وحصل المرشحان على 1920 و1985 صوتا",
        ] {
            assert!(tv(t, r).is_empty(), "{t}: {:?}", tv(t, r));
        }
    }

    #[test]
    fn a_two_digit_year_after_a_modern_war_is_the_twentieth_century() {
        let r = "2019-03-12";
        for (t, span, v) in [
            ("وشارك والده في حرب عام 73 على الجبهة", "عام 73", "1973"),
            ("وطالب بالانسحاب إلى حدود عام 67", "عام 67", "1967"),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
        // Without the event the number stays the year written.
        assert!(has(
            "ودمر الرومان المدينة في العام 70",
            r,
            "العام 70",
            "0070"
        ));
    }

    #[test]
    fn a_generic_part_of_the_day_is_no_date() {
        let r = "2019-03-12";
        for t in [
            "وينصح الخبراء بممارسة الرياضة في وقت مبكر من اليوم",
            "ويفضل عدم شرب المنبهات في وقت متأخر من اليوم",
            "ويمكنك فصل الشاحن في المساء لإطالة عمر البطارية",
            "ويستيقظ معظم المزارعين في الصباح الباكر",
        ] {
            assert!(tv(t, r).is_empty(), "{t}: {:?}", tv(t, r));
        }
        // A past or future verb, or a named day, makes it today.
        for (t, span, v) in [
            (
                "وأعلنت الوزارة في وقت متأخر من اليوم النتائج",
                "اليوم",
                "2019-03-12",
            ),
            ("وسيعود الوفد في وقت متأخر من اليوم", "اليوم", "2019-03-12"),
            (
                "وقال المتحدث في وقت مبكر من اليوم الثلاثاء إن",
                "اليوم الثلاثاء",
                "2019-03-12",
            ),
            (
                "ووصل الوزير إلى العاصمة في الصباح",
                "في الصباح",
                "2019-03-12TMO",
            ),
        ] {
            assert!(has(t, r, span, v), "{t}: {:?}", tv(t, r));
        }
    }

    #[test]
    fn last_weekday_after_the_bare_weekday_is_the_week_before() {
        // 2019-03-16 is a Saturday.
        let r = "2019-03-16";
        let t = "ووقع الطرفان الاتفاق الجمعة في جنيف. وفي الجمعة الماضية قال الوسيط إن المحادثات متعثرة.";
        assert!(has(t, r, "الجمعة", "2019-03-15"), "{:?}", tv(t, r));
        assert!(has(t, r, "الجمعة الماضية", "2019-03-08"), "{:?}", tv(t, r));
        // Alone, «الجمعة الماضية» on a Saturday is yesterday; «الخميس الماضي» too stays.
        let t = "وفي الجمعة الماضية قال الوسيط إن المحادثات متعثرة.";
        assert!(has(t, r, "الجمعة الماضية", "2019-03-15"), "{:?}", tv(t, r));
        let t = "وقع الاتفاق الخميس. وفي الخميس الماضي قال الوسيط إن";
        assert!(has(t, r, "الخميس الماضي", "2019-03-14"), "{:?}", tv(t, r));
    }

    #[test]
    fn a_headline_weekday_takes_the_coming_day_the_body_names() {
        // 2019-03-16 is a Saturday.
        let r = "2019-03-16";
        let t = "افتتاح معرض الكتاب الدولي الثلاثاء\nقالت اللجنة المنظمة إن المعرض سيفتتح الثلاثاء المقبل بمشاركة 40 دولة.";
        assert!(has(t, r, "الثلاثاء", "2019-03-19"), "{:?}", tv(t, r));
        assert!(has(t, r, "الثلاثاء المقبل", "2019-03-19"), "{:?}", tv(t, r));
        // Without a coming day in the body, or in a sentence of the body, the past stays.
        let t = "افتتاح معرض الكتاب الدولي الثلاثاء\nوقالت اللجنة إن الإقبال كان كبيرا.";
        assert!(has(t, r, "الثلاثاء", "2019-03-12"), "{:?}", tv(t, r));
        let t = "وزار الوزير المعرض الثلاثاء، وسيعود إليه الثلاثاء المقبل.";
        assert!(has(t, r, "الثلاثاء", "2019-03-12"), "{:?}", tv(t, r));
    }

    #[test]
    fn ghada_before_a_circumstantial_clause_is_the_verb() {
        let r = "2019-03-12";
        assert!(
            tv("ورث المصنع عن أبيه وغدا وهو في الثلاثين من أثرى التجار", r)
                .iter()
                .all(|(_, v)| v.as_deref() != Some("2019-03-13"))
        );
        assert!(has("ويصل الوفد غدا وهو يحمل رسالة", r, "غدا", "2019-03-13"));
        assert!(has("ويصل الوفد غدا إلى العاصمة", r, "غدا", "2019-03-13"));
    }

    // Session 18 (reviews s18a–s18d).

    #[test]
    fn a_four_letter_future_verb_announces_the_weekday() {
        // Wednesday 14 November 2018.
        let r = "2018-11-14";
        for (t, v) in [
            ("سيتم تسليم الجوائز الجمعة في الرباط.", "2018-11-16"),
            ("وسيصل المبعوث الأممي السبت إلى صنعاء.", "2018-11-17"),
            ("وستظل المعابر مغلقة حتى الأحد.", "2018-11-18"),
        ] {
            let day = tv(t, r);
            assert!(
                day.iter().any(|(_, x)| x.as_deref() == Some(v)),
                "{t}: {day:?}"
            );
        }
        // A past verb keeps the past day; a noun in سي/ست is no future verb.
        assert!(has(
            "وصل المبعوث الأممي السبت إلى صنعاء.",
            r,
            "السبت",
            "2018-11-10"
        ));
        assert!(has(
            "وألقت سيدة كلمة السبت في الحفل.",
            r,
            "السبت",
            "2018-11-10"
        ));
    }

    #[test]
    fn an_imperfect_reaches_the_weekday_over_a_place_phrase() {
        // Wednesday 14 November 2018.
        let r = "2018-11-14";
        assert!(has(
            "يقام حفل التأبين في قاعة المدينة الكبرى في باريس الجمعة.",
            r,
            "الجمعة",
            "2018-11-16"
        ));
        assert!(has(
            "ويعقد المؤتمر في فندق وستمنستر في لندن الاثنين.",
            r,
            "الاثنين",
            "2018-11-19"
        ));
        // A verb after its subject, over a place phrase.
        assert!(has(
            "وقالت العائلة إن حفل التأبين يقام في كنيسة القديس بولس في روما الجمعة.",
            r,
            "الجمعة",
            "2018-11-16"
        ));
        // Without a place phrase the reach stays three words; a perfect verb is past.
        assert!(has(
            "وقالت العائلة إن الحفل يقام للجالية العربية المقيمة هناك الجمعة.",
            r,
            "الجمعة",
            "2018-11-09"
        ));
        assert!(has(
            "وقالت العائلة إن الحفل أقيم في كنيسة القديس بولس في روما الجمعة.",
            r,
            "الجمعة",
            "2018-11-09"
        ));
    }

    #[test]
    fn the_day_of_a_match_named_before_it_is_the_coming_one() {
        // Tuesday 11 December 2018.
        let r = "2018-12-11";
        for t in [
            "وتبدو مشاركة المدافع في لقاء الخميس أمام الضيوف غير مؤكدة.",
            "وقد يغيب القائد عن مباراة الخميس.",
            "ويأمل الجهاز الفني في عودته لمواجهة الخميس.",
            "ويحتاج الفريق إلى الفوز في إياب الدور ربع النهائي الخميس.",
        ] {
            assert!(has(t, r, "الخميس", "2018-12-13"), "{t}: {:?}", tv(t, r));
        }
        // A perfect verb before or right after, or «بعد» before the match: past.
        for t in [
            "وكان الفريق خسر مباراة الخميس بهدفين.",
            "ومباراة الخميس شهدت أحداث شغب.",
            "وتراجع أداء الفريق بعد مباراة الخميس.",
            "وأصيب المدافع في لقاء الخميس أمام الضيوف.",
            "وسجل المهاجم هدفين في مباراة الخميس أمام الضيوف.",
            "وفي مباراة الخميس، تفوق الضيوف في الشوط الثاني.",
            "وعقب مباراة الخميس التي أقيمت في العاصمة، تحدث المدرب.",
        ] {
            assert!(has(t, r, "الخميس", "2018-12-06"), "{t}: {:?}", tv(t, r));
        }
    }

    #[test]
    fn before_a_weekday_with_an_imperfect_is_a_deadline_ahead() {
        // Wednesday 14 November 2018.
        let r = "2018-11-14";
        for (t, span) in [
            (
                "ويستعد المنتخب للمباراة الحاسمة قبل يوم الجمعة.",
                "يوم الجمعة",
            ),
            ("وتملك الحكومة فرصة أخرى قبل يوم الأحد.", "يوم الأحد"),
            (
                "وأمام اللجنة أسبوع حافل قبل الجمعة، التي ستعلن فيها النتائج.",
                "الجمعة",
            ),
        ] {
            let day = tv(t, r);
            let want = if span.ends_with("الأحد") {
                "2018-11-18"
            } else {
                "2018-11-16"
            };
            assert!(has(t, r, span, want), "{t}: {day:?}");
        }
        // A perfect verb first: the day before, in the past.
        assert!(has(
            "غادر الوفد العاصمة قبل يوم الجمعة.",
            r,
            "يوم الجمعة",
            "2018-11-09"
        ));
    }

    #[test]
    fn an_earlier_month_with_no_cue_ahead_is_this_years() {
        // Friday 19 October 2018.
        let r = "2018-10-19";
        for t in [
            "وتعرضت السفارة لاعتداء في أبريل.",
            "وسمم المجهولون الصحفي في أبريل، واعتقلت الشرطة جارا له.",
            "وتقول الشرطة إن العصابة استعملت المخدر في أبريل.",
            "الحريق الكبير في أبريل.",
        ] {
            assert!(has(t, r, "أبريل", "2018-04"), "{t}: {:?}", tv(t, r));
        }
        // A cue ahead keeps the next April.
        for t in [
            "وسيزور الرئيس العاصمة في أبريل.",
            "وتنطلق البطولة في أبريل.",
            "ولن تبدأ الأعمال قبل أبريل.",
            "ويعود المهاجم إلى الملاعب في أبريل.",
            "وتستعد الحكومة لفرض الرسوم الجديدة في أبريل.",
            "ويغطي التمويل نفقات الوزارات حتى أبريل.",
        ] {
            assert!(has(t, r, "أبريل", "2019-04"), "{t}: {:?}", tv(t, r));
        }
        // A place name in ت is no present verb.
        let t = "وزار الوفد تونس في أبريل.";
        assert!(has(t, r, "أبريل", "2018-04"), "{t}: {:?}", tv(t, r));
    }

    #[test]
    fn yesterday_with_its_weekday_in_brackets_is_that_weekday() {
        // Saturday 11 August 2018.
        let r = "2018-08-11";
        let t = "وانهار المبنى مساء أمس (الأربعاء) في وسط المدينة.";
        let got = tv(t, r);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("2018-08-08TEV"), "{got:?}");
        let t = "وقال الناطق: \"انفجرت العبوة صباح أمس (الخميس) قرب السوق\".";
        let got = tv(t, r);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("2018-08-09TMO"), "{got:?}");
        let t = "ووصل الوفد أمس (الجمعة) إلى المدينة.";
        assert!(has(t, r, "أمس (الجمعة)", "2018-08-10"), "{:?}", tv(t, r));
        // Days three apart are left as two expressions.
        assert_eq!(tv("ووصل الوفد أمس (الاثنين) إلى المدينة.", r).len(), 2);
    }

    #[test]
    fn a_habitual_clock_time_in_the_past_names_no_day() {
        let r = "2018-05-30";
        let t = "وكان الجد يستيقظ في الخامسة صباحا ليذهب إلى الحقل.";
        assert_eq!(
            val(t, Some(r)).as_deref(),
            Some("XXXX-XX-XXT05:00"),
            "{:?}",
            tv(t, r)
        );
        let t = "وكانت الحافلة تصل عادة في السابعة مساء.";
        assert_eq!(
            val(t, Some(r)).as_deref(),
            Some("XXXX-XX-XXT19:00"),
            "{:?}",
            tv(t, r)
        );
        // A day named, a plain past or a present: the day stays.
        let t = "وكان الوزير يتحدث في الخامسة مساء أمس.";
        assert!(
            tv(t, r)
                .iter()
                .any(|(_, v)| v.as_deref() == Some("2018-05-29T17:00")),
            "{:?}",
            tv(t, r)
        );
        // The past progressive of one event keeps its day.
        let t = "واصطدم القطاران بينما كانا يسيران على الخط نفسه قرابة الساعة التاسعة مساء.";
        assert!(
            !tv(t, r)
                .iter()
                .any(|(_, v)| v.as_deref().is_some_and(|v| v.starts_with("XXXX"))),
            "{:?}",
            tv(t, r)
        );
        let t = "ووصل الوزير في الخامسة مساء.";
        assert_eq!(
            val(t, Some(r)).as_deref(),
            Some("2018-05-30T17:00"),
            "{:?}",
            tv(t, r)
        );
    }

    #[test]
    fn years_in_comma_and_thumma_lists_and_after_event_heads() {
        let r = "2018-07-14";
        let t = "وتوج المنتخب في بطولات 1950، 1962، و1970.";
        for y in ["1950", "1962", "1970"] {
            assert!(has(t, r, y, y), "{t}: {:?}", tv(t, r));
        }
        let t = "وأقيمت البطولة بين 1978 و1990 ثم 2002.";
        for y in ["1978", "1990", "2002"] {
            assert!(has(t, r, y, y), "{t}: {:?}", tv(t, r));
        }
        // An earlier year after «و» + an event head, and the continental cups.
        let t = "وفاز المنتخب بكأس العالم 1990 وبطولة أمم أوروبا 1968.";
        assert!(has(t, r, "1968", "1968"), "{t}: {:?}", tv(t, r));
        assert!(has(
            "وتأهل المنتخب إلى أمم أفريقيا 2019 بعد غياب.",
            r,
            "2019",
            "2019"
        ));
        assert!(has(
            "وأحيا اللاجئون ذكرى نكبة 1948 بمسيرات.",
            r,
            "1948",
            "1948"
        ));
        // A dual adjective after the second year is no counted noun.
        let t = "ويرى المدرب أن موسمي 2009 و2011 استثنائيان.";
        assert!(has(t, r, "2011", "2011"), "{t}: {:?}", tv(t, r));
        // Counts stay counts.
        assert!(tv("وشارك 1990 شخصا، 2000 جندي في العرض.", r).is_empty());
        assert!(tv("ويعمل في الأمم المتحدة 2000 موظف.", r).is_empty());
    }

    #[test]
    fn the_day_word_before_yesterday_joins_its_span() {
        let r = "2018-06-22";
        assert!(has(
            "وأعلن الوزير يوم أمس أن المفاوضات توقفت.",
            r,
            "يوم أمس",
            "2018-06-21"
        ));
        assert!(has(
            "وأعلن الوزير أمس أن المفاوضات توقفت.",
            r,
            "أمس",
            "2018-06-21"
        ));
        assert!(has(
            "ويصل الوفد يوم غد إلى العاصمة.",
            r,
            "يوم غد",
            "2018-06-23"
        ));
    }

    #[test]
    fn a_shared_unit_reaches_every_number_of_a_list() {
        let r = "2019-03-04";
        let got = tv("وتتراوح فترات الانتظار بين جولة وأخرى 5 و 15 و 40 دقيقة.", r);
        assert_eq!(
            got,
            vec![
                ("5".to_string(), Some("PT5M".to_string())),
                ("15".to_string(), Some("PT15M".to_string())),
                ("40 دقيقة".to_string(), Some("PT40M".to_string())),
            ]
        );
        assert!(has(
            "وقد تستمر الأشغال ثلاثة أو أربعة أسابيع.",
            r,
            "ثلاثة",
            "P3W"
        ));
        assert!(has("تجري الاختبارات بعد 24، 48 و72 ساعة.", r, "48", "PT48H"));
        // Not a list sharing the unit: counted nouns between, a clock, falling numbers.
        assert_eq!(
            tv("ودمرت 7 منازل و3 مدارس خلال 4 أيام.", r),
            vec![("4 أيام".to_string(), Some("P4D".to_string()))]
        );
        assert!(has(
            "وصلوا في الساعة 6 و20 دقيقة.",
            r,
            "الساعة 6 و20 دقيقة",
            "2019-03-04T06:20"
        ));
        assert!(!tv("فاز الفريق 4 و1 خلال 90 دقيقة.", r)
            .iter()
            .any(|(s, _)| s == "4" || s == "1"));
        // Two full durations joined by و still add up.
        assert!(has(
            "قضى سنتين و4 أشهر في المنفى.",
            r,
            "سنتين و4 أشهر",
            "P2Y4M"
        ));
    }

    #[test]
    fn a_bare_unit_after_a_verb_of_spending_time_counts_one() {
        let r = "2019-03-04";
        assert!(has("وأمضى المدرب في قطر عاما قبل عودته.", r, "عاما", "P1Y"));
        assert!(has("واستغرقت المفاوضات شهرا كاملا.", r, "شهرا كاملا", "P1M"));
        assert!(has("ومكث الوفد يوما في العاصمة.", r, "يوما", "P1D"));
        // «عاما» "general" after the noun it describes; an idiom of progression.
        assert!(!tv("وأمضى سنتين مفتشا عاما في الوزارة.", r)
            .iter()
            .any(|(s, _)| s == "عاما"));
        assert!(tv("وقضى الباحث يوما بعد يوم في المختبر.", r).is_empty());
        // No verb of spending: no count.
        assert!(tv("وشهدت البلاد عاما من الإصلاحات.", r).is_empty());
    }

    #[test]
    fn nominative_dual_directions_join_the_span() {
        let r = "2019-03-04";
        assert!(has(
            "وشهد الشهران الماضيان ارتفاعا في الأسعار.",
            r,
            "الشهران الماضيان",
            "P2M"
        ));
        assert!(has(
            "كان الأسبوعان الأخيران حاسمين.",
            r,
            "الأسبوعان الأخيران",
            "P2W"
        ));
        assert!(has(
            "وسيكون اليومان المقبلان ممطرين.",
            r,
            "اليومان المقبلان",
            "P2D"
        ));
    }

    #[test]
    fn a_part_word_before_a_decade_keeps_its_modifier() {
        let r = "2019-03-04";
        let t = extract_text(
            "وهاجرت العائلة في أواخر الستينات إلى كندا.",
            d(r),
            &Options::default(),
        );
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].text, "أواخر الستينات");
        assert_eq!(t[0].value.as_deref(), Some("196"));
        assert_eq!(t[0].modifier.as_deref(), Some("END"));
        let t = extract_text(
            "بنيت القلعة في مطلع القرن السابع عشر.",
            d(r),
            &Options::default(),
        );
        assert_eq!(t[0].text, "مطلع القرن السابع عشر");
        assert_eq!(t[0].modifier.as_deref(), Some("START"));
    }

    #[test]
    fn a_deictic_day_in_a_sentence_dated_by_its_verb_of_saying() {
        // Thursday 2019-03-07; Tuesday is 03-05.
        let r = "2019-03-07";
        assert!(has(
            "وأكد المتحدث الثلاثاء أن اللجنة ستجتمع اليوم في الرباط.",
            r,
            "اليوم",
            "2019-03-05"
        ));
        assert!(has(
            "وذكرت الشرطة، الثلاثاء، أن الحريق اندلع مساء أمس في المستودع.",
            r,
            "مساء أمس",
            "2019-03-04TEV"
        ));
        // A second verb of saying names the writer's day; another sentence; a
        // weekday with a direction or of an event.
        assert!(has(
            "وكان الوزير قد أكد الثلاثاء أن الموعد ثابت، فيما أعلن اليوم تأجيله.",
            r,
            "اليوم",
            "2019-03-07"
        ));
        assert!(has(
            "وأكد المتحدث الثلاثاء أن اللجنة اجتمعت. وتجتمع اللجنة اليوم مجددا.",
            r,
            "اليوم",
            "2019-03-07"
        ));
        assert!(has(
            "وانهار المبنى الثلاثاء، ويواصل المنقذون البحث اليوم.",
            r,
            "اليوم",
            "2019-03-07"
        ));
    }

    #[test]
    fn a_present_in_a_relative_clause_or_a_far_future_verb_looks_ahead() {
        // Monday 2019-03-04: the coming Wednesday is 03-06, the last one 02-27.
        let r = "2019-03-04";
        for t in [
            "وناقش الوزراء الجولة التي تنطلق الأربعاء.",
            "وتحدث المدرب عن المواجهة التي تجرى الأربعاء.",
            "وأشاد بالدورة التي تستضيفها الرياض الأربعاء.",
            "وتستعد البعثة لاستقبال الحجاج الأربعاء.",
            "ويستعد الفريق لخوض نهائي الكأس الأربعاء.",
            "ستبحث لجنة من خبراء الصحة الدوليين أسباب المرض في المدن الساحلية الشمالية، الأربعاء.",
            "الأربعاء هو موعد إعلان النتائج.",
            "وأكد الوزير عشية انطلاق المؤتمر الأربعاء أن الترتيبات اكتملت.",
        ] {
            assert_eq!(val(t, Some(r)).as_deref(), Some("2019-03-06"), "{t}");
        }
        for t in [
            "وناقش الوزراء الجولة التي انتهت الأربعاء.",
            "بحثت لجنة من خبراء الصحة الدوليين أسباب المرض في المدن الساحلية الشمالية، الأربعاء.",
            "وكان الفريق يستعد للمباراة منذ الأربعاء.",
            "ونعى الاتحاد الحكم الذي توفي، الأربعاء، في المستشفى.",
        ] {
            assert_eq!(val(t, Some(r)).as_deref(), Some("2019-02-27"), "{t}");
        }
        // «كان مقررا» is a plan told in the past: the nearest such day either way
        // (session 20; the last one before), here two days ahead rather than five back.
        let t = "وكانت الجولة التي كان مقررا أن تنتهي، الأربعاء، قد مددت.";
        assert_eq!(val(t, Some(r)).as_deref(), Some("2019-03-06"), "{t}");
    }

    #[test]
    fn a_demand_or_a_subjunctive_names_a_deadline_ahead() {
        let r = "2019-03-04";
        assert_eq!(
            val("وطالبت النقابة بأن تدفع الشركة الأجور قبل الخميس.", Some(r)).as_deref(),
            Some("2019-03-07")
        );
        assert_eq!(
            val(
                "ودعت المحكمة الطرفين إلى الرد قبل نهاية يوم الخميس.",
                Some(r)
            )
            .as_deref(),
            Some("2019-03-07T23:59")
        );
        assert_eq!(
            val("على أن تعلن اللجنة النتائج الخميس.", Some(r)).as_deref(),
            Some("2019-03-07")
        );
        assert_eq!(
            val("وسلمت الشركة الأجور قبل الخميس.", Some(r)).as_deref(),
            Some("2019-02-28")
        );
    }

    #[test]
    fn the_second_of_two_coordinated_weekdays_follows_the_first() {
        // Tuesday 2019-03-05.
        let r = "2019-03-05";
        let got = tv("ويجتمع القادة في الدوحة الأربعاء والخميس.", r);
        assert_eq!(got[0].1.as_deref(), Some("2019-03-06"));
        assert_eq!(got[1].1.as_deref(), Some("2019-03-07"));
        // Both past: left alone.
        let got = tv("واجتمع القادة في الدوحة الأحد والاثنين.", r);
        assert_eq!(got[0].1.as_deref(), Some("2019-03-03"));
        assert_eq!(got[1].1.as_deref(), Some("2019-03-04"));
    }

    #[test]
    fn a_month_takes_the_one_year_of_its_sentence() {
        let r = "2019-09-10";
        let got = tv("وتنظم الألعاب عام 2024 في أواخر يوليو وأوائل أغسطس.", r);
        assert_eq!(got[1].1.as_deref(), Some("2024-07"));
        assert_eq!(got[2].1.as_deref(), Some("2024-08"));
        assert!(has("ويجري السباق عام 2021 في مايو.", r, "مايو", "2021-05"));
        // A year of comparison after the month, a past year.
        assert!(has(
            "وارتفع الإنفاق 3% في مايو مقارنة بالعام الماضي.",
            r,
            "مايو",
            "2019-05"
        ));
        assert!(has(
            "وتراجع التضخم من 20% في 2017 إلى 9% في مايو.",
            r,
            "مايو",
            "2019-05"
        ));
        // A reported clause, a bound, a year of another clause, a month with a year.
        assert!(has(
            "وقال في يوليو إن انتخابات عام 2022 ستكون حاسمة.",
            r,
            "يوليو",
            "2019-07"
        ));
        assert!(has(
            "ارتفعت الأسعار منذ عام 2015 حتى يوليو.",
            r,
            "يوليو",
            "2019-07"
        ));
        assert!(has(
            "في يوليو، وعام 2012 كان مختلفا.",
            r,
            "يوليو",
            "2019-07"
        ));
        assert!(has(
            "عام 2016 في مارس 2017 ثم في يوليو.",
            r,
            "يوليو",
            "2019-07"
        ));
    }

    #[test]
    fn thousands_of_years_count_with_their_digit() {
        let r = "2019-03-04";
        assert!(has(
            "ويعود تاريخ المعبد إلى ما قبل 5 آلاف عام.",
            r,
            "5 آلاف عام",
            "P5000Y"
        ));
        assert!(has(
            "وعاشت هذه الكائنات قبل ملايين السنين.",
            r,
            "ملايين السنين",
            "PXY"
        ));
        assert!(has(
            "وسكن البشر الوادي منذ آلاف الأعوام.",
            r,
            "آلاف الأعوام",
            "PXY"
        ));
        // A count of things, not of years.
        assert!(tv("وشارك 5 آلاف متطوع في الحملة.", r).is_empty());
    }

    #[test]
    fn a_bare_unit_opening_a_range_or_passing_counts_one() {
        let r = "2019-03-04";
        assert!(has("وتراوحت الأحكام بين عام و18 شهرا.", r, "عام", "P1Y"));
        assert!(has(
            "وتتراوح مدة العلاج بين أسبوع وشهرين.",
            r,
            "أسبوع",
            "P1W"
        ));
        assert!(has("ومضى شهر على اختفاء الصحفي.", r, "شهر", "P1M"));
        assert!(has(
            "ثم بعد ذلك بيوم أعلنت الشرطة اعتقاله.",
            r,
            "يوم",
            "P1D"
        ));
        assert!(tv("بين يوم وليلة تغيرت الأمور.", r).is_empty());
        assert!(has("ومر يوم الجمعة بهدوء.", r, "يوم الجمعة", "2019-03-01"));
    }

    #[test]
    fn a_quoted_today_after_a_dated_ceremony_is_that_day() {
        // Thursday 2019-03-07; Wednesday 03-06.
        let r = "2019-03-07";
        assert!(has(
            "وأقيمت الأربعاء مراسم تخريج الدفعة. وقال الوزير \"نفخر اليوم بأبنائنا\".",
            r,
            "اليوم",
            "2019-03-06"
        ));
        assert!(has(
            "وقال الوزير \"نفخر اليوم بأبنائنا\".",
            r,
            "اليوم",
            "2019-03-07"
        ));
    }
}
