//! Calendar arithmetic: Gregorian ↔ Julian Day Number, ISO weeks, and the
//! **tabular Islamic calendar** (civil/arithmetical variant: 30-year cycle with
//! leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29; epoch 1 Muharram 1 AH =
//! Friday 16 July 622 Julian = JD 1948439.5, i.e. JDN 1948440).
//!
//! The tabular calendar can differ by a day or two from the observation-based
//! calendars (Umm al-Qura, local moon sighting) that newspapers print.
use crate::{days_in_month, Date};

/// Julian Day Number (noon-based integer day count) of a Gregorian date.
pub fn jdn(y: i32, m: u32, d: u32) -> i64 {
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    let a = (14 - m) / 12;
    let yy = y + 4800 - a;
    let mm = m + 12 * a - 3;
    d + (153 * mm + 2) / 5 + 365 * yy + yy.div_euclid(4) - yy.div_euclid(100) + yy.div_euclid(400)
        - 32045
}

/// Gregorian date of a Julian Day Number.
pub fn from_jdn(j: i64) -> Date {
    let a = j + 32044;
    let b = (4 * a + 3).div_euclid(146_097);
    let c = a - (146_097 * b).div_euclid(4);
    let d = (4 * c + 3).div_euclid(1461);
    let e = c - (1461 * d).div_euclid(4);
    let m = (5 * e + 2).div_euclid(153);
    let day = e - (153 * m + 2).div_euclid(5) + 1;
    let month = m + 3 - 12 * m.div_euclid(10);
    let year = 100 * b + d - 4800 + m.div_euclid(10);
    Date {
        year: year as i32,
        month: month as u32,
        day: day as u32,
    }
}

/// A valid Gregorian date, or `None`.
pub fn date(y: i32, m: u32, d: u32) -> Option<Date> {
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) || !(1..=9999).contains(&y) {
        return None;
    }
    Some(Date {
        year: y,
        month: m,
        day: d,
    })
}

pub fn add_days(d: Date, n: i64) -> Date {
    from_jdn(jdn(d.year, d.month, d.day) + n)
}

/// ISO weekday, 1 = Monday … 7 = Sunday.
pub fn weekday(d: Date) -> u32 {
    (jdn(d.year, d.month, d.day).rem_euclid(7) + 1) as u32
}

/// ISO 8601 (week-year, week) of a date.
pub fn iso_week(d: Date) -> (i32, u32) {
    let wd = i64::from(weekday(d));
    // Thursday of the same ISO week decides the year.
    let thu = add_days(d, 4 - wd);
    let jan1 = jdn(thu.year, 1, 1);
    let week = (jdn(thu.year, thu.month, thu.day) - jan1) / 7 + 1;
    (thu.year, week as u32)
}

/// Year and month `delta` months away from (y, m).
pub fn add_months(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let idx = y * 12 + (m as i32 - 1) + delta;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

/// Add months to a date, clamping the day to the target month's length.
pub fn add_months_date(d: Date, delta: i32) -> Date {
    let (y, m) = add_months(d.year, d.month, delta);
    let day = d.day.min(days_in_month(y, m));
    Date {
        year: y,
        month: m,
        day,
    }
}

/// First Hijri year we convert (1 AH) and the last (far beyond any news date).
pub const HIJRI_MIN_YEAR: i32 = 1;
pub const HIJRI_MAX_YEAR: i32 = 3000;

/// Days in a month of the tabular Islamic calendar.
pub fn hijri_month_len(y: i32, m: u32) -> u32 {
    if m % 2 == 1 || (m == 12 && hijri_leap(y)) {
        30
    } else {
        29
    }
}

/// Leap years of the 30-year cycle (2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29).
pub fn hijri_leap(y: i32) -> bool {
    (14 + 11 * i64::from(y)).rem_euclid(30) < 11
}

/// JDN of a tabular Hijri date; `None` when out of range or invalid.
pub fn hijri_to_jdn(y: i32, m: u32, d: u32) -> Option<i64> {
    if !(HIJRI_MIN_YEAR..=HIJRI_MAX_YEAR).contains(&y)
        || !(1..=12).contains(&m)
        || d == 0
        || d > hijri_month_len(y, m)
    {
        return None;
    }
    let (y, m, d) = (i64::from(y), i64::from(m), i64::from(d));
    Some(d + (59 * (m - 1) + 1) / 2 + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + 1_948_439)
}

/// Gregorian date of a tabular Hijri date.
pub fn hijri_to_gregorian(y: i32, m: u32, d: u32) -> Option<Date> {
    hijri_to_jdn(y, m, d).map(from_jdn)
}

/// Tabular Hijri (year, month, day) of a Gregorian date.
pub fn gregorian_to_hijri(g: Date) -> (i32, u32, u32) {
    let j = jdn(g.year, g.month, g.day);
    let y = ((30 * (j - 1_948_440) + 10_646).div_euclid(10_631)) as i32;
    let mut m = 1u32;
    for mm in (1..=12u32).rev() {
        if let Some(s) = hijri_to_jdn(y, mm, 1) {
            if j >= s {
                m = mm;
                break;
            }
        }
    }
    let d = hijri_to_jdn(y, m, 1).map_or(1, |s| (j - s + 1) as u32);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jdn_roundtrip() {
        assert_eq!(jdn(2000, 1, 1), 2_451_545);
        for j in 2_400_000..2_500_000i64 {
            if j % 997 == 0 {
                let d = from_jdn(j);
                assert_eq!(jdn(d.year, d.month, d.day), j);
            }
        }
    }

    #[test]
    fn weeks() {
        let d = date(2015, 11, 20).unwrap();
        assert_eq!(weekday(d), 5);
        assert_eq!(iso_week(d), (2015, 47));
        assert_eq!(iso_week(date(2016, 1, 1).unwrap()), (2015, 53));
        assert_eq!(iso_week(date(2016, 11, 7).unwrap()), (2016, 45));
    }

    #[test]
    fn hijri_known_dates() {
        // Epoch.
        assert_eq!(hijri_to_jdn(1, 1, 1), Some(1_948_440));
        // 1 Muharram 1400 AH = 21 November 1979 (tabular).
        assert_eq!(hijri_to_gregorian(1400, 1, 1), date(1979, 11, 21));
        // 1 Ramadan 1436 AH = 18 June 2015 (tabular).
        assert_eq!(hijri_to_gregorian(1436, 9, 1), date(2015, 6, 18));
        assert_eq!(hijri_to_gregorian(1436, 13, 1), None);
        assert_eq!(hijri_to_gregorian(1436, 2, 30), None);
        assert_eq!(hijri_to_gregorian(99_999, 1, 1), None);
        let g = date(2018, 6, 15).unwrap();
        let (y, m, d) = gregorian_to_hijri(g);
        assert_eq!(hijri_to_gregorian(y, m, d), Some(g));
    }
}
