//! The document's own day: the reference date of a published article.
//!
//! Relative expressions (أمس، اليوم، الأحد) are resolved against a reference
//! date, normally the calendar date of the article's `published` stamp. An
//! article stamped in the small hours was usually written the evening before:
//! in the 31,523 ANT articles, «اليوم/أمس/غدا + weekday» names the day before
//! the stamp's date in 28 of 35 articles stamped between 00:00 and 00:59 (in
//! the stamp's own offset), 16 of 49 between 01:00 and 01:59, and about 5 % in
//! daytime (docs/eval/times.md, "the document's own day").
//!
//! The stamp alone is not enough to move the date, so [`reference_date`] moves
//! it only when the text itself says so: the stamp's time is before 06:00, the
//! text has at least one «اليوم/الليلة/أمس/غدا + weekday» (a weekday named
//! right after the deictic word, as wire copy writes «اليوم الاثنين»), and
//! every one of them places the writer on the day before the stamp's date.
//! Otherwise the stamp's date stays.

use crate::times::cal;
use crate::Date;

/// Before this hour (in the stamp's own offset) an article may have been
/// written on the previous calendar day.
const NIGHT_ENDS: u32 = 6;

/// The reference date of an article published at `published` (an ISO 8601
/// date or timestamp; its date part, as written, is the stamp's date) whose
/// text is `text`. `None` if `published` has no valid date.
pub fn reference_date(published: &str, text: &str) -> Option<Date> {
    let stamped = Date::parse_iso(published)?;
    match hour_of(published) {
        Some(h) if h < NIGHT_ENDS => {}
        _ => return Some(stamped),
    }
    let previous = cal::add_days(stamped, -1);
    // Every «deictic + weekday» must agree on the previous day: a digest of
    // several stories («اليوم السبت … اليوم الأحد») keeps the stamp.
    let days = writer_weekdays(text);
    let previous_day = cal::weekday(previous);
    Some(
        if !days.is_empty() && days.iter().all(|&d| d == previous_day) {
            previous
        } else {
            stamped
        },
    )
}

/// The hour of a timestamp `YYYY-MM-DDTHH…` (or with a space for `T`).
fn hour_of(s: &str) -> Option<u32> {
    let s = s.trim();
    if !matches!(s.as_bytes().get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    let h = s.get(11..13)?;
    if !h.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    h.parse().ok().filter(|&h| h < 24)
}

/// Days from the writer's day to the day a deictic word names: «أمس» is the
/// day before the writer's, «غدا» the day after.
fn deictic_shift(word: &str) -> Option<i64> {
    let w = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .filter(|rest| deictic(rest).is_some())
        .unwrap_or(word);
    deictic(w)
}

fn deictic(w: &str) -> Option<i64> {
    match w {
        "اليوم" | "الليله" => Some(0),
        "امس" => Some(-1),
        "غدا" => Some(1),
        _ => None,
    }
}

/// ISO weekday (1 = Monday … 7 = Sunday) of a weekday name with its article.
fn weekday_of(word: &str) -> Option<u32> {
    Some(match word {
        "الاثنين" => 1,
        "الثلاثاء" => 2,
        "الاربعاء" => 3,
        "الخميس" => 4,
        "الجمعه" => 5,
        "السبت" => 6,
        "الاحد" => 7,
        _ => return None,
    })
}

/// The writer's weekday implied by each «deictic word + weekday» in `text`.
fn writer_weekdays(text: &str) -> Vec<u32> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect();
    words
        .windows(2)
        .filter_map(|w| {
            let shift = deictic_shift(&w[0])?;
            let named = weekday_of(&w[1])?;
            // The writer's day is `shift` days before the named one.
            Some((i64::from(named) - 1 - shift).rem_euclid(7) as u32 + 1)
        })
        .collect()
}

/// A word with its alef forms, tā' marbūṭa and alif maqṣūra folded and its
/// diacritics and tatweel dropped (enough for the closed word lists above).
fn fold(w: &str) -> String {
    w.chars()
        .filter(|&c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}' | 'ـ'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Date> {
        Date::parse_iso(s)
    }

    /// The reference date of `text` stamped at `stamp` is `expected`.
    fn check(stamp: &str, text: &str, expected: &str) {
        assert_eq!(reference_date(stamp, text), d(expected), "{stamp} {text}");
    }

    // 2018-04-03 was a Tuesday.

    #[test]
    fn a_night_stamp_whose_text_names_the_previous_day_moves_back() {
        let text = "فاز الفريق اليوم الاثنين على ضيفه، بعد خسارته أمس.";
        check("2018-04-03T00:38:18+04:00", text, "2018-04-02");
        // «أمس الأحد» also puts the writer on Monday.
        let text = "وصل الوفد أمس الأحد، وسيلتقي الوزير غدا.";
        check("2018-04-03T02:10:00+00:00", text, "2018-04-02");
        // «وغداً الثلاثاء», with a prefix and tanwīn, likewise.
        let text = "وتنطلق المباراة وغداً الثلاثاء في الملعب نفسه.";
        check("2018-04-03T05:59:00+00:00", text, "2018-04-02");
    }

    #[test]
    fn the_stamp_stays_without_evidence_or_in_daytime() {
        // No «deictic + weekday» in the text.
        let text = "وقال الوزير أمس إن الاجتماع انتهى.";
        check("2018-04-03T00:38:18+04:00", text, "2018-04-03");
        // The text names the stamp's own day.
        let text = "يجتمع المجلس اليوم الثلاثاء.";
        check("2018-04-03T00:38:18+04:00", text, "2018-04-03");
        // Daytime: a stale «اليوم الاثنين» (a day-old quotation) moves nothing.
        let text = "وكان الوزير قال اليوم الاثنين إن الاتفاق قريب.";
        check("2018-04-03T14:00:00+00:00", text, "2018-04-03");
        // Conflicting evidence keeps the stamp.
        let text = "قال اليوم الاثنين … ويجتمع المجلس اليوم الثلاثاء.";
        check("2018-04-03T01:00:00+00:00", text, "2018-04-03");
        // A weekday two days off is not evidence for the previous day, and
        // it contradicts any other: a digest of stories from several days.
        let text = "جرى ذلك اليوم الأحد.";
        check("2018-04-03T01:00:00+00:00", text, "2018-04-03");
        let text = "وقع الاتفاق اليوم الاثنين. وقال الرئيس اليوم الأحد إن بلاده مستعدة.";
        check("2018-04-03T01:00:00+00:00", text, "2018-04-03");
    }

    #[test]
    fn dates_without_a_time_and_bad_stamps() {
        let text = "فاز الفريق اليوم الاثنين.";
        check("2018-04-03", text, "2018-04-03");
        check("2018-04-03Tab", text, "2018-04-03");
        assert_eq!(reference_date("not a date", text), None);
        assert_eq!(reference_date("", text), None);
        // Across a month and a year boundary.
        let text = "احتفل الناس اليوم الأحد بنهاية العام.";
        check("2018-01-01T00:05:00+00:00", text, "2017-12-31");
    }

    #[test]
    fn hours_are_read_from_the_stamp_as_written() {
        assert_eq!(hour_of("2018-04-03T00:38:18+04:00"), Some(0));
        assert_eq!(hour_of("2018-04-03 23:59"), Some(23));
        assert_eq!(hour_of("2018-04-03T24:00"), None);
        assert_eq!(hour_of("2018-04-03"), None);
    }
}
