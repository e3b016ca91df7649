//! The document pass: expressions whose value depends on the narrative rather
//! than on the reference date are re-anchored on the dates written before them.
//!
//! * A **year-less month or day-month** (`float`) followed by «من ذلك العام /
//!   العام نفسه» takes the nearest earlier written year; on a numbered list line
//!   it takes the written year of the list's introduction («منذ بداية العام
//!   2018، وكانت على النحو التالي:⏎1.يناير …»). A written year elsewhere in the
//!   paragraph is not enough: in news it is as often a point of comparison
//!   (منذ أغسطس 2016، مقارنة بديسمبر 2016) as the narrative's year. A day and
//!   month written earlier with a year (ليل الخامس من أيلول 2007 … ليل 5 أيلول)
//!   give that year again.
//! * A **clock time without a date** takes the day of the nearest earlier dated
//!   day in its paragraph or the one before (الاثنين … في حوالي الساعة 5:30); a
//!   **part of day** alone (بعد الظهر، في المساء) that of the nearest earlier day
//!   in its paragraph (صباح الخميس … ثم … بعد الظهر).
//! * A day **counted from the narrative** (اليوم التالي، الليلة السابقة) is counted
//!   from that same day.
//!
//! Without such a context the values chosen by the rules (the reference date)
//! stay.
use super::lex::norm;
use super::rules::{ymd, Clock, Kind, M, P};
use super::words::{Grain, Lex};
use crate::times::cal;

/// The year of a value that starts with one (`2018`, `2018-09`, `2018-09-05`).
fn year_of(v: &str) -> Option<i32> {
    let y = v.get(..4)?;
    if !y.bytes().all(|b| b.is_ascii_digit()) || !matches!(v.as_bytes().get(4), None | Some(b'-')) {
        return None;
    }
    y.parse().ok()
}

/// `YYYY-MM-DD` with a real year.
fn day_of(v: &str) -> Option<(i32, u32, u32)> {
    let b = v.as_bytes();
    if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let y = year_of(v)?;
    let m = v.get(5..7)?.parse().ok()?;
    let d = v.get(8..10)?.parse().ok()?;
    Some((y, m, d))
}

/// Does the line starting at byte `s` of `text` open with a list marker (1. / 2- / 3) / - / •)?
fn list_line(text: &str, s: usize) -> bool {
    let line = text.get(s..).unwrap_or("").trim_start();
    let mut chars = line.chars().peekable();
    let mut digits = 0;
    while chars.peek().is_some_and(|c| c.is_numeric()) {
        chars.next();
        digits += 1;
    }
    match chars.next() {
        Some('.' | ')') => (1..=2).contains(&digits),
        Some('-' | '–') => digits <= 2,
        Some('•' | '*') => digits == 0,
        _ => false,
    }
}

/// Can a date at bytes `..a` give its context to an expression at `b..`? Only
/// within a paragraph, or across line breaks that continue a list (the line
/// before ends with «:» or the next line opens with a list marker).
fn same_context(text: &str, a: usize, b: usize) -> bool {
    let Some(between) = text.get(a..b) else {
        return false;
    };
    between.match_indices('\n').all(|(off, _)| {
        let nl = a + off;
        let before = text.get(..nl).unwrap_or("").trim_end();
        before.ends_with(':') || list_line(text, nl + 1)
    })
}

/// Number of line breaks between bytes a and b (a blank line counts once).
pub(super) fn breaks(text: &str, a: usize, b: usize) -> usize {
    let Some(s) = text.get(a..b) else {
        return usize::MAX;
    };
    let (mut runs, mut in_run) = (0, false);
    for c in s.chars() {
        if c == '\n' {
            if !in_run {
                runs += 1;
                in_run = true;
            }
        } else if !c.is_whitespace() {
            in_run = false;
        }
    }
    runs
}

/// Is the year of a dated expression written in its own text (عام 2007، 2 أكتوبر 2018)?
pub(super) fn written_year(text: &str, m: &M) -> Option<i32> {
    let y = year_of(m.val.as_deref()?)?;
    let span = norm(m.span.slice(text));
    span.contains(&format!("{y:04}")).then_some(y)
}

/// Apply the document pass (see the module docs) to the matches of one text.
pub fn apply(p: &P<'_>, ms: &mut [M]) {
    let text = p.text;
    // Floating expressions whose year this pass has settled.
    let mut carried = vec![false; ms.len()];
    for k in 0..ms.len() {
        let (done, rest) = ms.split_at_mut(k);
        let Some(m) = rest.first_mut() else {
            continue;
        };
        if !matches!(m.kind, Kind::Date | Kind::Time) {
            continue;
        }
        // «العام ذاته»، «نفس الشهر»: the year (month) of the nearest earlier date that
        // has one, in the same paragraph or the two before; without one the period is
        // left unresolved rather than taken from the reference date.
        if let Some(g) = m.anaph {
            let (start, ti) = (m.span.start, m.ti);
            // «في نفس اليوم الذي أعلنت فيه …»: a relative clause, not the text before,
            // says which day; «وهو نفس اليوم الذي»، «أي في نفس اليوم الذي»، «الجمعة، في
            // ذات اليوم الذي» restate the one just named.
            const RESTATE: &[&str] = &["وهو", "وهي", "هو", "هي", "اي", "،", ","];
            let restated = ti > 0
                && (RESTATE.contains(&p.n(ti - 1))
                    || (ti > 1 && p.n(ti - 1) == "في" && RESTATE.contains(&p.n(ti - 2))));
            if ["الذي", "التي"].contains(&p.n(m.te)) && !restated {
                m.val = Some(
                    match g {
                        Grain::Day => "XXXX-XX-XX",
                        Grain::Month => "XXXX-XX",
                        _ => "XXXX",
                    }
                    .to_string(),
                );
                continue;
            }
            let prev = done.iter().rev().find_map(|x| {
                // «يوم 19 من الشهر نفسه»: the day the phrase dates is no antecedent.
                let dated = x.te == ti || (x.te + 1 == ti && p.n(x.te) == "من");
                if !matches!(x.kind, Kind::Date | Kind::Time) || x.anaph.is_some() || dated {
                    return None;
                }
                let v = x.val.as_deref()?;
                let val = match g {
                    Grain::Day => {
                        let (y, mo, d) = day_of(v)?;
                        ymd(Some(y), Some(mo), Some(d))
                    }
                    Grain::Month => {
                        let y = year_of(v)?;
                        let mo: u32 = v.get(5..7)?.parse().ok()?;
                        format!("{y:04}-{mo:02}")
                    }
                    _ => format!("{:04}", year_of(v)?),
                };
                Some((val, x.span.end))
            });
            m.val = Some(
                match prev.filter(|(_, end)| breaks(text, *end, start) <= 2) {
                    Some((v, _)) => v,
                    None => match g {
                        Grain::Day => "XXXX-XX-XX",
                        Grain::Month => "XXXX-XX",
                        _ => "XXXX",
                    }
                    .to_string(),
                },
            );
            continue;
        }
        if let Some((mo, d)) = m.float {
            let settled = context_year(p, done, &carried, m)
                .or_else(|| d.and_then(|d| same_day_year(p, done, mo, d)));
            if let Some(y) = settled {
                let v = match d {
                    Some(d) => {
                        cal::date(y, mo, d).map(|x| ymd(Some(x.year), Some(x.month), Some(x.day)))
                    }
                    None => Some(ymd(Some(y), Some(mo), None)),
                };
                if v.is_some() {
                    m.val = v;
                    if let Some(c) = carried.get_mut(k) {
                        *c = true;
                    }
                }
            }
            continue;
        }
        // «يلتقي صباح الخميس الملك … ثم رئيس الوزراء بعد الظهر»: a part of day without
        // a day is on the nearest earlier day of its paragraph.
        if m.kind == Kind::Time && m.val.is_none() && matches!(m.clock, Some(Clock::Part(_))) {
            let prev = done.iter().rev().find(|x| {
                matches!(x.kind, Kind::Date | Kind::Time) && x.val.is_some() && x.rel.is_none()
            });
            // The narrative's day is named by its weekday or as a deictic day (الثلاثاء،
            // أمس); a calendar date (استفتاء 25 أيلول) is as often a point of reference.
            let named_day = |x: &M| {
                (x.ti..x.te).any(|k| matches!(p.lex(k), Some(Lex::Weekday(_) | Lex::Deictic(_))))
            };
            if let Some(prev) = prev.filter(|x| named_day(x)) {
                let bound = prev.ti > 0 && BOUNDS.contains(&p.n(prev.ti - 1));
                let day = prev.val.as_deref().and_then(day_of);
                if let (false, true, Some((y, mo, d))) =
                    (bound, breaks(text, prev.span.end, m.span.start) == 0, day)
                {
                    m.val = Some(ymd(Some(y), Some(mo), Some(d)));
                }
            }
            continue;
        }
        let clock_only =
            m.kind == Kind::Time && m.val.is_none() && matches!(m.clock, Some(Clock::Hm(..)));
        if clock_only || m.rel.is_some() {
            // The nearest earlier date; a day counted from the narrative is not
            // itself an anchor for another (اليوم التالي … اليوم التالي).
            // A clock time looks past bare years (a history aside names no day: «يلتقي
            // الفريقان السبت … وكان قد خسر اللقب عام 2009 … ابتداء من الساعة الخامسة» is
            // still Saturday's kick-off) to the narrative's day, named by its weekday or
            // as a deictic day (a calendar date is as often a point of reference: «قبل
            // انتخابات تجرى في 25 يوليو»). A week or month still stops the search, and
            // a day counted from the narrative takes the nearest date of any grain.
            let dated = |x: &&M| {
                matches!(x.kind, Kind::Date | Kind::Time) && x.val.is_some() && x.rel.is_none()
            };
            let bare_year = |x: &M| {
                x.val
                    .as_deref()
                    .is_some_and(|v| v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()))
            };
            let mut cands = done.iter().rev().filter(dated);
            let Some(mut prev) = cands.next() else {
                continue;
            };
            // («منذ أواخر 2014» is a bound, which leaves the reference date, below.)
            let bound = |x: &M| x.ti > 0 && BOUNDS.contains(&p.n(x.ti - 1));
            if clock_only && bare_year(prev) && !bound(prev) {
                let named_day = |x: &M| {
                    (x.ti..x.te)
                        .any(|k| matches!(p.lex(k), Some(Lex::Weekday(_) | Lex::Deictic(_))))
                };
                if let Some(x) = cands
                    .find(|x| !bare_year(x))
                    .filter(|x| named_day(x) && x.val.as_deref().and_then(day_of).is_some())
                {
                    prev = x;
                }
            }
            // منذ 27 نوفمبر 2014، حتى الخميس، مقارنة بيوم …: a bound or a point of
            // comparison, not the day the narrative is on.
            if prev.ti > 0 && BOUNDS.contains(&p.n(prev.ti - 1)) {
                continue;
            }
            // «مساء الأحد … (three paragraphs on) … الساعة العاشرة مساء»: a clock time in
            // the part of day the narrative's day was given with is that evening, however
            // far back it was written.
            let same_part = clock_only
                && m.dp
                && match (&prev.clock, &m.clock) {
                    (Some(Clock::Part(pc)), Some(Clock::Hm(h, ..))) => part_fits(pc, *h),
                    _ => false,
                };
            if breaks(text, prev.span.end, m.span.start) > 1 && !same_part {
                continue;
            }
            let Some((y, mo, d)) = prev.val.as_deref().and_then(day_of) else {
                continue;
            };
            let Some(day) = cal::date(y, mo, d) else {
                continue;
            };
            // «ستكون المصافحة في تمام الساعة 9:30»: a clock time announced ahead is not
            // on a day already past.
            let past = p.reference().is_some_and(|r| {
                cal::jdn(day.year, day.month, day.day) < cal::jdn(r.year, r.month, r.day)
            });
            if clock_only && past && p.future_cue(m.ti) {
                continue;
            }
            // «الساعة العاشرة مساء بالتوقيت المحلي (02:00 بتوقيت غرينتش)»: the same
            // instant in another time zone crosses midnight when the hours are more
            // than twelve apart.
            let mut shift = 0;
            if clock_only && restates(text, prev.span.end, m.span.start) {
                if let (Some(Clock::Hm(h1, ..)), Some(Clock::Hm(h2, ..))) = (&prev.clock, &m.clock)
                {
                    let dh = i64::from(*h2) - i64::from(*h1);
                    shift = if dh < -12 {
                        1
                    } else if dh > 12 {
                        -1
                    } else {
                        0
                    };
                }
            }
            // ليل الجمعة السبت … الساعة الواحدة: an hour after midnight of a night is
            // on the next day.
            if clock_only && shift == 0 {
                if let (Some(Clock::Part("NI")), Some(Clock::Hm(h, ..))) = (&prev.clock, &m.clock) {
                    if *h < 5 {
                        shift = 1;
                    }
                }
            }
            let day = cal::add_days(day, m.rel.unwrap_or(0) + shift);
            m.val = Some(ymd(Some(day.year), Some(day.month), Some(day.day)));
        }
    }
}

/// Does a clock hour (0–23) fall in a TIMEX3 part of day (MO, AF, EV, NI)?
fn part_fits(part: &str, h: u32) -> bool {
    match part {
        "MO" => (4..12).contains(&h),
        "AF" => (12..18).contains(&h),
        "EV" => (16..24).contains(&h),
        "NI" => !(5..19).contains(&h),
        _ => false,
    }
}

/// Is the text between two clock times only a bracket or a comma, so that the
/// second restates the first in another time zone («22:00 (02:00 غرينتش)»)?
fn restates(text: &str, a: usize, b: usize) -> bool {
    // «… مساء بالتوقيت المحلي (02:00 …»: the first zone's name may stand between.
    text.get(a..b).is_some_and(|s| {
        s.contains('(') && s.chars().count() <= 25 && !s.contains(['.', '؛', '\n', ')', ':'])
    })
}

/// Words before a date that make it a bound or a point of comparison.
const BOUNDS: &[&str] = &["منذ", "ومنذ", "حتي", "وحتي", "مقارنه", "بمقارنه", "لغايه"];

/// The written year of an earlier mention of the same day and month (ليل الخامس
/// من أيلول 2007 … بدأت العملية ليل 5 أيلول): the text is naming that day again.
fn same_day_year(p: &P<'_>, done: &[M], mo: u32, d: u32) -> Option<i32> {
    done.iter().rev().find_map(|x| {
        // «اليوم نفسه»، «اليوم التالي» repeat the narrative's day, they do not name it.
        if !matches!(x.kind, Kind::Date | Kind::Time)
            || x.float.is_some()
            || x.anaph.is_some()
            || x.rel.is_some()
        {
            return None;
        }
        let (_, xm, xd) = day_of(x.val.as_deref()?)?;
        if (xm, xd) != (mo, d) {
            return None;
        }
        written_year(p.text, x).or_else(|| {
            // «ليل الخامس إلى السادس من أيلول/سبتمبر 2007»: the year closes the range.
            done.iter()
                .find(|y| y.ti >= x.te && y.ti <= x.te + 1 && written_year(p.text, y).is_some())
                .and_then(|y| written_year(p.text, y))
        })
    })
}

/// Do the tokens from `e` say «(من) ذلك العام / العام نفسه / نفس العام» (that same year)?
fn same_year_after(p: &P<'_>, e: usize) -> bool {
    let e = if ["من", "في"].contains(&p.n(e)) {
        e + 1
    } else {
        e
    };
    let (a, b) = (p.n(e), p.n(e + 1));
    let year = |w: &str| ["العام", "السنه"].contains(&w);
    (["ذلك", "تلك", "نفس", "ذات"].contains(&a) && year(b))
        || (year(a) && ["نفسه", "ذاته", "نفسها", "ذاتها"].contains(&b))
}

/// The year a year-less month or day takes from its context:
/// * followed by «من ذلك العام / العام نفسه»: the nearest earlier written year;
/// * on a numbered list line: the written year of the list's introduction
///   («… منذ بداية العام 2018، وكانت على النحو التالي:⏎1.يناير …»).
fn context_year(p: &P<'_>, done: &[M], carried: &[bool], m: &M) -> Option<i32> {
    let text = p.text;
    let same_year = same_year_after(p, m.te);
    let line_start = super::line_start(text, m.span.start);
    if !same_year && !list_line(text, line_start) {
        return None;
    }
    for (k, prev) in done.iter().enumerate().rev() {
        if !matches!(prev.kind, Kind::Date | Kind::Time) || prev.val.is_none() {
            continue;
        }
        if !same_year
            && (!same_context(text, prev.span.end, m.span.start)
                || breaks(text, prev.span.end, m.span.start) == 0)
        {
            return None;
        }
        let was_carried = carried.get(k).copied().unwrap_or(false);
        if was_carried {
            return prev.val.as_deref().and_then(year_of);
        }
        if prev.float.is_some() {
            continue;
        }
        match written_year(text, prev) {
            Some(y) => return Some(y),
            None if same_year => continue,
            None => return None,
        }
    }
    None
}
