//! Datelines: "لندن-سانا", "لندن (رويترز) -", "موسكو - د ب أ", "دمشق، 12 آب (سانا)",
//! "القاهرة - أحمد الريدي" (a reporter), "أبوظبي - سكاي نيوز عربية" (an outlet),
//! "دبي، الإمارات العربية المتحدة (CNN)—".
//!
//! A dateline is looked for at the start of the text first, then in the byline field
//! (then it carries `"in": "byline"` and its offsets point into the byline).
//!
//! At the start of a text the patterns are strict, so that an ordinary first sentence
//! ("كشف دبلوماسيون غربيون أن…") is never taken for a dateline: a known agency must
//! confirm the pattern, or the words before the separator must be a known place and the
//! whole first line must be "place - name". A byline field is a dateline by
//! construction, so its segments are classified more freely (agency, place, reporter).
//!
//! Lexicons: `data/datelines/agencies.tsv` (agencies and outlets with canonical names);
//! places come from the gazetteers shared with NER (`data/gazetteers/`: CLDR countries,
//! GeoNames cities, curated LOC names) plus `data/datelines/places-extra.txt`.
use std::sync::OnceLock;

use khabar_text::lexicon::FoldBuild;

use crate::{Dateline, Doc};

/// Hash maps and sets over short folded words (a fast, fixed hasher).
type HashMap<K, V> = std::collections::HashMap<K, V, FoldBuild>;
type HashSet<K> = std::collections::HashSet<K, FoldBuild>;

const AGENCIES_TSV: &str = include_str!("../../../data/datelines/agencies.tsv");
/// Shared with NER: `code, english, arabic variants (|), nationality`.
const COUNTRIES_TSV: &str = include_str!("../../../data/gazetteers/countries.tsv");
/// Shared with NER: `geonameid, country, population, english, arabic variants (|)`.
const CITIES_TSV: &str = include_str!("../../../data/gazetteers/cities.tsv");
/// Shared with NER: `label, id, english, standalone, arabic variants (|)`.
const CURATED_TSV: &str = include_str!("../../../data/gazetteers/curated.tsv");
/// Dateline spellings the shared gazetteers lack.
const PLACES_EXTRA: &str = include_str!("../../../data/datelines/places-extra.txt");

/// Arabic place names from the shared gazetteers (`|`-joined variants in column `col`;
/// for the curated list only LOC rows).
fn gazetteer_names(
    tsv: &'static str,
    col: usize,
    loc_only: bool,
) -> impl Iterator<Item = &'static str> {
    tsv.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(move |l| {
            let cols: Vec<&str> = l.split('\t').collect();
            if loc_only && cols.first() != Some(&"LOC") {
                return None;
            }
            cols.get(col).copied()
        })
        .flat_map(|v| v.split('|'))
}

/// How many bytes of the text start are examined (a dateline is short).
const TEXT_WINDOW: usize = 400;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AgencyKind {
    /// A wire agency (رويترز، سانا): what precedes it is a place.
    Agency,
    /// A newspaper, channel or site (سكاي نيوز عربية، العربية.نت).
    Outlet,
}

#[derive(Debug)]
struct AgencyEntry {
    canonical: String,
    kind: AgencyKind,
}

struct Lexicon {
    /// Agency key (folded, no spaces) → entry.
    agencies: HashMap<String, AgencyEntry>,
    /// Longest agency variant in words.
    max_agency_words: usize,
    /// Folded place names.
    places: HashSet<String>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut agencies = HashMap::default();
        let mut max_agency_words = 1;
        for line in AGENCIES_TSV.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(variant), Some(canonical), Some(kind)) =
                (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let kind = if kind.trim() == "outlet" {
                AgencyKind::Outlet
            } else {
                AgencyKind::Agency
            };
            max_agency_words = max_agency_words.max(fold(variant).split(' ').count());
            agencies.insert(
                agency_key(variant),
                AgencyEntry {
                    canonical: canonical.trim().to_string(),
                    kind,
                },
            );
        }
        let places = gazetteer_names(COUNTRIES_TSV, 2, false)
            .chain(gazetteer_names(CITIES_TSV, 4, false))
            .chain(gazetteer_names(CURATED_TSV, 4, true))
            .chain(PLACES_EXTRA.lines().filter(|l| !l.starts_with('#')))
            .map(fold)
            .filter(|p| !p.is_empty())
            .collect();
        Lexicon {
            agencies,
            max_agency_words,
            places,
        }
    })
}

/// Is `c` an Arabic diacritic (harakat, tanwin, shadda, sukun, dagger alef) or tatweel?
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}')
}

/// Is `c` an Arabic-script letter?
pub(crate) fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
}

/// Fold one letter for matching: hamza-on-alef forms → ا, ى → ي, ة → ه, Latin lower case.
pub(crate) fn fold_char(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        c if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
        c => c,
    }
}

/// Matching form of a phrase: marks dropped, letters folded, dots and runs of
/// whitespace turned into one space, trimmed.
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_mark(c) {
            continue;
        }
        if c.is_whitespace() || c == '.' {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(fold_char(c));
    }
    out
}

fn agency_key(s: &str) -> String {
    fold(s).chars().filter(|c| *c != ' ').collect()
}

fn lookup_agency(s: &str) -> Option<&'static AgencyEntry> {
    let key = agency_key(s);
    if key.is_empty() {
        return None;
    }
    lexicon().agencies.get(&key)
}

fn is_place(s: &str) -> bool {
    let f = fold(s);
    !f.is_empty() && lexicon().places.contains(&f)
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‐' | '‑' | '−' | '_' | 'ـ')
}

/// Words of a phrase (whitespace-separated).
fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Letters and spaces only (Arabic or Latin letters, with marks), at least one letter.
fn is_name_like(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if is_arabic_letter(c) || c.is_alphabetic() {
            letters += 1;
        } else if !(c.is_whitespace() || is_mark(c) || matches!(c, '.' | '\'' | '-')) {
            return false;
        }
    }
    letters > 0
}

/// Words that never occur in a place or person name but do in an ordinary sentence.
fn has_function_word(s: &str) -> bool {
    const FUNCTION: &[&str] = &[
        "في",
        "من",
        "على",
        "الى",
        "عن",
        "ان",
        "انه",
        "انها",
        "التي",
        "الذي",
        "الذين",
        "هذا",
        "هذه",
        "مع",
        "بعد",
        "قبل",
        "او",
        "ثم",
        "قد",
        "لم",
        "لن",
        "ما",
        "لا",
        "كان",
        "كانت",
        "حيث",
        "عند",
    ];
    s.split_whitespace()
        .any(|w| FUNCTION.contains(&fold(w).as_str()))
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Finds the dateline of a document: at the start of the text, else in the byline.
pub fn find(doc: &Doc<'_>) -> Option<Dateline> {
    if let Some(d) = parse_text_start(doc.text) {
        return Some(d);
    }
    let byline = doc.byline?;
    parse_byline(byline)
}

/// Builds a [`Dateline`] from byte offsets into `s`.
#[allow(clippy::too_many_arguments)]
fn make(
    s: &str,
    start: usize,
    end: usize,
    place: Option<&str>,
    agency: Option<(&str, &AgencyEntry)>,
    reporter: Option<&str>,
    in_field: Option<&str>,
) -> Option<Dateline> {
    let text = s.get(start..end)?;
    let prefix = s.get(..start)?;
    let start_cp = char_len(prefix);
    Some(Dateline {
        start: start_cp,
        end: start_cp + char_len(text),
        text: text.to_string(),
        place: place.map(|p| p.trim().to_string()),
        agency: agency.map(|(a, _)| a.trim().to_string()),
        agency_canonical: agency.map(|(_, e)| e.canonical.clone()),
        reporter: reporter.map(|r| r.trim().to_string()),
        in_field: in_field.map(str::to_string),
    })
}

/// The largest char boundary ≤ `n` in `s`.
fn floor_boundary(s: &str, n: usize) -> usize {
    let mut n = n.min(s.len());
    while n > 0 && !s.is_char_boundary(n) {
        n -= 1;
    }
    n
}

/// Zero-width and bidi control characters (often left at the start of scraped text).
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Skips whitespace (not newlines) and invisible controls from byte `i`.
fn skip_ws(s: &str, mut i: usize) -> usize {
    while let Some(c) = s.get(i..).and_then(|r| r.chars().next()) {
        if !(c.is_whitespace() || is_invisible(c)) || c == '\n' {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Skips a separator after an agency: spaces, then a run of dashes or a colon.
/// Returns the end of the separator, or `None` when there is none.
fn skip_separator(s: &str, i: usize) -> Option<usize> {
    let j = skip_ws(s, i);
    let rest = s.get(j..)?;
    let mut end = j;
    for c in rest.chars() {
        if is_dash(c) || c == ':' {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    (end > j).then_some(end)
}

/// The first line of the text (from `start`), capped to [`TEXT_WINDOW`] bytes.
fn first_line(text: &str, start: usize) -> &str {
    let rest = text.get(start..).unwrap_or("");
    let cap = floor_boundary(rest, TEXT_WINDOW);
    let window = rest.get(..cap).unwrap_or("");
    match window.find('\n') {
        Some(nl) => window.get(..nl).unwrap_or(""),
        None => window,
    }
}

/// Validates the words before the agency/separator as a place phrase: comma-separated
/// components, the first a place. Returns the place (first component), or `Some("")`
/// for an empty prefix.
fn place_prefix(prefix: &str, confirmed: bool) -> Option<&str> {
    // "دبي، الإمارات العربية المتحدة - (CNN)", "لندن، المملكة المتحدة، (CNN)".
    let prefix = prefix
        .trim()
        .trim_end_matches(|c: char| is_dash(c) || c.is_whitespace() || c == '،' || c == ',');
    if prefix.is_empty() {
        return Some("");
    }
    let mut parts = prefix.split(['،', ',']);
    let first = parts.next()?.trim();
    if first.is_empty() || word_count(first) > 4 || !is_name_like(first) || has_function_word(first)
    {
        return None;
    }
    // Later components: a country / region, or a date ("12 آب").
    for p in parts {
        let p = p.trim();
        if p.is_empty() || word_count(p) > 4 || has_function_word(p) {
            return None;
        }
        if !p
            .chars()
            .all(|c| c.is_alphanumeric() || c.is_whitespace() || is_mark(c) || c == '/')
        {
            return None;
        }
    }
    if is_place(first) || (confirmed && word_count(first) <= 3) {
        Some(first)
    } else {
        None
    }
}

/// The longest agency at the start of `rest` (up to the lexicon's longest variant),
/// as (byte length, entry).
fn agency_prefix(rest: &str) -> Option<(usize, &'static AgencyEntry)> {
    let mut ends = Vec::new();
    let mut in_word = false;
    for (i, c) in rest.char_indices() {
        let sep = c.is_whitespace()
            || is_dash(c)
            || c == ':'
            || c == '('
            || c == ')'
            || c == '،'
            || c == ',';
        if sep && in_word {
            ends.push(i);
            if ends.len() >= lexicon().max_agency_words || is_dash(c) || c == ':' {
                break;
            }
        }
        in_word = !sep;
    }
    if in_word {
        ends.push(rest.len());
    }
    ends.into_iter()
        .rev()
        .find_map(|e| rest.get(..e).and_then(lookup_agency).map(|a| (e, a)))
}

/// Words of a first line (headline or editor's note) above a dateline.
const MAX_LINE_ABOVE_WORDS: usize = 40;

/// Dateline at the very start of the text. A short first line (a reporter's name,
/// "بقلم …") may stand above a dateline of the "place (agency) -" form.
fn parse_text_start(text: &str) -> Option<Dateline> {
    let mut start = skip_ws(text, 0);
    while text.get(start..).is_some_and(|r| r.starts_with('\n')) {
        start = skip_ws(text, start + 1);
    }
    let line = first_line(text, start);
    if line.is_empty() {
        return None;
    }
    // Pattern P: "[place[، country|date]] (agency) [-]".
    if let Some(d) = parse_paren(text, start, line) {
        return Some(d);
    }
    if let Some(d) = parse_dash(text, start, line) {
        return Some(d);
    }
    // A longer first line — a headline, or an editor's note such as «هذا المقال
    // بقلم …، ولا يعكس بالضرورة رأي CNN» — may stand above the dateline too;
    // there the dateline must end in its dash («بيروت، لبنان (CNN) --»).
    let next = start + line.len();
    let words = word_count(line);
    if words <= MAX_LINE_ABOVE_WORDS && text.get(next..).is_some_and(|r| r.starts_with('\n')) {
        let second = skip_ws(text, next + 1);
        let line2 = first_line(text, second);
        return parse_paren(text, second, line2).filter(|d| {
            d.place.is_some()
                && (words <= 6
                    || d.text
                        .trim_end()
                        .ends_with(|c: char| is_dash(c) || c == ':'))
        });
    }
    None
}

fn parse_paren(text: &str, start: usize, line: &str) -> Option<Dateline> {
    let open = line.find('(')?;
    if char_len(line.get(..open)?) > 80 {
        return None;
    }
    let inner_start = open + 1;
    let close = inner_start + line.get(inner_start..)?.find(')')?;
    let inner = line.get(inner_start..close)?;
    if char_len(inner) > 40 {
        return None;
    }
    let agency = lookup_agency(inner)?;
    let after = close + 1;
    // Without a separator after the agency, only a known place confirms the pattern
    // ("دمشق، 12 آب (سانا)"), never a sentence ("مُنعت مراسلة لشبكة (سي إن إن)").
    let sep = skip_separator(line, after);
    let prefix = line.get(..open)?;
    if sep.is_none() && prefix.trim().is_empty() {
        return None;
    }
    let place = place_prefix(prefix, sep.is_some())?;
    let end = sep.unwrap_or(after);
    let place = (!place.is_empty()).then_some(place);
    make(
        text,
        start,
        start + end,
        place,
        Some((inner, agency)),
        None,
        None,
    )
}

fn parse_dash(text: &str, start: usize, line: &str) -> Option<Dateline> {
    let dash = line.find(is_dash)?;
    let place = line.get(..dash)?.trim();
    if place.is_empty() || word_count(place) > 4 || !is_name_like(place) || has_function_word(place)
    {
        return None;
    }
    let mut sep_end = dash;
    for c in line.get(dash..)?.chars() {
        if is_dash(c) {
            sep_end += c.len_utf8();
        } else {
            break;
        }
    }
    let rest_start = skip_ws(line, sep_end);
    let rest = line.get(rest_start..)?;
    if let Some((len, entry)) = agency_prefix(rest) {
        let agency_end = rest_start + len;
        let tail = line.get(agency_end..)?;
        let line_ends = tail.trim().is_empty();
        let sep = skip_separator(line, agency_end);
        if !(line_ends || sep.is_some()) {
            return None;
        }
        // An unknown place is accepted when an agency confirms the pattern.
        if !is_place(place) && word_count(place) > 3 {
            return None;
        }
        let end = sep.unwrap_or(agency_end);
        let agency = line.get(rest_start..agency_end)?;
        return make(
            text,
            start,
            start + end,
            Some(place),
            Some((agency, entry)),
            None,
            None,
        );
    }
    // "القاهرة - أحمد الريدي" alone on the first line, the story below it.
    let rest_trim = rest.trim_end();
    let continues = text
        .get(start + line.len()..)
        .is_some_and(|t| !t.trim().is_empty());
    if continues
        && is_place(place)
        && !rest_trim.is_empty()
        && word_count(rest_trim) <= 4
        && is_name_like(rest_trim)
        && !has_function_word(rest_trim)
    {
        let end = rest_start + rest_trim.len();
        return make(
            text,
            start,
            start + end,
            Some(place),
            None,
            Some(rest_trim),
            None,
        );
    }
    None
}

/// One piece of a byline between separators, as byte offsets into the byline.
#[derive(Debug, Clone, Copy)]
struct Segment {
    start: usize,
    end: usize,
}

/// Splits a byline at dash runs (spaced ones when any exist, else any) and commas.
fn byline_segments(b: &str) -> Vec<Segment> {
    let chars: Vec<(usize, char)> = b.char_indices().collect();
    // Is the dash run [i, j) spaced on at least one side?
    let spaced = |i: usize, j: usize| {
        let before = i
            .checked_sub(1)
            .and_then(|k| chars.get(k))
            .is_some_and(|(_, c)| c.is_whitespace());
        let after = chars.get(j).is_some_and(|(_, c)| c.is_whitespace());
        before || after
    };
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars.get(i).is_some_and(|(_, c)| is_dash(*c)) {
            let mut j = i;
            while chars.get(j).is_some_and(|(_, c)| is_dash(*c)) {
                j += 1;
            }
            runs.push((i, j, spaced(i, j)));
            i = j;
        } else {
            i += 1;
        }
    }
    let any_spaced = runs.iter().any(|r| r.2);
    let byte_at = |k: usize| chars.get(k).map_or(b.len(), |(o, _)| *o);
    let mut cuts: Vec<(usize, usize)> = runs
        .iter()
        .filter(|(i, _, s)| {
            // A tatweel glued to a word is elongation, not a separator.
            let is_tatweel = chars.get(*i).is_some_and(|(_, c)| *c == 'ـ');
            *s || (!any_spaced && !is_tatweel)
        })
        .map(|(i, j, _)| (byte_at(*i), byte_at(*j)))
        .collect();
    for (k, (o, c)) in chars.iter().enumerate() {
        // A dot with spaces on both sides separates too ("باريس . سعد المسعودي").
        let spaced_dot = *c == '.'
            && k.checked_sub(1)
                .and_then(|p| chars.get(p))
                .is_some_and(|(_, p)| p.is_whitespace())
            && chars.get(k + 1).is_some_and(|(_, n)| n.is_whitespace());
        if matches!(c, '،' | ',' | '؛' | '/' | ':') || spaced_dot {
            cuts.push((*o, o + c.len_utf8()));
        }
    }
    cuts.sort_unstable();
    let mut segs = Vec::new();
    let mut pos = 0;
    for (cs, ce) in cuts {
        if cs >= pos {
            push_segment(b, pos, cs, &mut segs);
            pos = ce;
        }
    }
    push_segment(b, pos, b.len(), &mut segs);
    segs
}

fn push_segment(b: &str, start: usize, end: usize, out: &mut Vec<Segment>) {
    let Some(s) = b.get(start..end) else { return };
    let junk = |c: char| c.is_whitespace() || is_invisible(c);
    let lead = s.len() - s.trim_start_matches(junk).len();
    let trimmed = s.trim_matches(junk);
    if !trimmed.is_empty() {
        out.push(Segment {
            start: start + lead,
            end: start + lead + trimmed.len(),
        });
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SegKind {
    Agency,
    Place,
    /// Letters only, not a known agency or place: a person or an unknown place.
    Name,
    Other,
}

/// Drops a trailing parenthetical ("أوكلاهوما سيتي (الولايات المتحدة)" → "أوكلاهوما سيتي").
fn strip_paren(s: &str) -> (&str, bool) {
    match s.find('(') {
        Some(i) if s.trim_end().ends_with(')') && i > 0 => {
            (s.get(..i).unwrap_or(s).trim_end(), true)
        }
        _ => (s, false),
    }
}

fn classify(s: &str) -> SegKind {
    if lookup_agency(s).is_some() {
        return SegKind::Agency;
    }
    let (core, had_paren) = strip_paren(s);
    if is_place(core) || (had_paren && is_name_like(core)) {
        return SegKind::Place;
    }
    if is_name_like(core) && word_count(core) <= 5 && core.chars().any(is_arabic_letter) {
        return SegKind::Name;
    }
    SegKind::Other
}

/// Splits a byline segment that is neither an agency nor a place but joins two known
/// parts without a separator: "العربية.نت ووكالات" (agency و agency), "برلين رويترز"
/// (place agency).
fn split_compound(b: &str, seg: Segment) -> Vec<Segment> {
    let whole = b.get(seg.start..seg.end).unwrap_or("");
    if classify(whole) != SegKind::Other && classify(whole) != SegKind::Name {
        return vec![seg];
    }
    let spaces: Vec<usize> = whole
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .map(|(o, _)| o)
        .collect();
    for &sp in &spaces {
        let left = whole.get(..sp).unwrap_or("").trim_end();
        let right = whole.get(sp..).unwrap_or("").trim_start();
        let right_start = seg.end - right.len();
        // "X ووكالات": the conjunction glued to the second agency.
        if let Some(r) = right.strip_prefix('و') {
            if lookup_agency(left).is_some() && lookup_agency(r).is_some() {
                return vec![
                    Segment {
                        start: seg.start,
                        end: seg.start + left.len(),
                    },
                    Segment {
                        start: right_start + 'و'.len_utf8(),
                        end: seg.end,
                    },
                ];
            }
        }
        if is_place(left) && lookup_agency(right).is_some() {
            return vec![
                Segment {
                    start: seg.start,
                    end: seg.start + left.len(),
                },
                Segment {
                    start: right_start,
                    end: seg.end,
                },
            ];
        }
    }
    vec![seg]
}

/// Dateline in the byline field: "موسكو - د ب أ", "القاهرة - أحمد الريدي",
/// "أبوظبي - سكاي نيوز عربية", "هاني الصفيان - العربية.نت", "علاوة مزياني".
fn parse_byline(b: &str) -> Option<Dateline> {
    let segs: Vec<Segment> = byline_segments(b)
        .into_iter()
        .flat_map(|s| split_compound(b, s))
        .collect();
    let kinds: Vec<SegKind> = segs
        .iter()
        .map(|s| classify(b.get(s.start..s.end).unwrap_or("")))
        .collect();
    if kinds.iter().all(|k| *k == SegKind::Other) {
        return None;
    }
    let text_of = |s: &Segment| b.get(s.start..s.end).unwrap_or("");
    let mut place: Option<&str> = None;
    let mut agency: Option<(&str, &AgencyEntry)> = None;
    let mut reporter: Option<&str> = None;
    let mut first: Option<usize> = None;
    let mut last: Option<usize> = None;
    for (i, (seg, kind)) in segs.iter().zip(&kinds).enumerate() {
        let t = text_of(seg);
        let used = match kind {
            SegKind::Agency if agency.is_none() => {
                agency = lookup_agency(t).map(|e| (t, e));
                true
            }
            SegKind::Place if place.is_none() && reporter.is_none() => {
                place = Some(strip_paren(t).0);
                true
            }
            SegKind::Place if place.is_none() && (agency.is_some() || i == 1) => {
                place = Some(strip_paren(t).0);
                true
            }
            SegKind::Name if i == 0 && segs.len() > 1 => {
                // First of several: a place before a wire agency or a reporter name,
                // a person before an outlet ("هاني الصفيان - العربية.نت") when it has
                // several words.
                let next = kinds.get(1).copied();
                let next_entry = segs.get(1).and_then(|s| lookup_agency(text_of(s)));
                // "غسّان أبو لوز-عمّان": a name before a known place is the reporter.
                let person = word_count(t) >= 2
                    && (next == Some(SegKind::Place)
                        || (next == Some(SegKind::Agency)
                            && next_entry.is_some_and(|e| e.kind == AgencyKind::Outlet)));
                if person {
                    reporter = Some(t);
                } else {
                    place = Some(t);
                }
                true
            }
            SegKind::Name
                if reporter.is_none()
                    && (place.is_some() || agency.is_some() || segs.len() == 1) =>
            {
                // A single segment must look like a full name (2–4 words).
                if segs.len() == 1 && !(2..=4).contains(&word_count(t)) {
                    false
                } else {
                    reporter = Some(t);
                    true
                }
            }
            _ => false,
        };
        if used {
            first.get_or_insert(i);
            last = Some(i);
        }
    }
    let (first, last) = (first?, last?);
    let start = segs.get(first)?.start;
    let end = segs.get(last)?.end;
    make(b, start, end, place, agency, reporter, Some("byline"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Input;

    fn text_dl(t: &str) -> Option<Dateline> {
        let input = Input {
            text: t,
            ..Default::default()
        };
        find(&Doc::new(&input))
    }

    fn byline_dl(b: &str) -> Option<Dateline> {
        let input = Input {
            text: "قال الرئيس إن الوضع جيد.",
            byline: Some(b),
            ..Default::default()
        };
        find(&Doc::new(&input))
    }

    #[test]
    fn compound_bylines_without_a_separator() {
        let d = byline_dl("العربية.نت ووكالات").expect("dateline");
        assert_eq!(d.agency.as_deref(), Some("العربية.نت"));
        assert_eq!(d.reporter, None);
        let d = byline_dl("برلين رويترز").expect("dateline");
        assert_eq!(d.place.as_deref(), Some("برلين"));
        assert_eq!(d.agency_canonical.as_deref(), Some("Reuters"));
        assert_eq!(d.reporter, None);
        let d = byline_dl("نيقوسيا، قبرص - أسوشتيد برس").expect("dateline");
        assert_eq!(d.agency_canonical.as_deref(), Some("AP"));
        assert_eq!(d.reporter, None);
        let d = byline_dl("باريس . سعد المسعودي").expect("dateline");
        assert_eq!(d.place.as_deref(), Some("باريس"));
        assert_eq!(d.reporter.as_deref(), Some("سعد المسعودي"));
        // A reporter's name is not split.
        let d = byline_dl("القاهرة - أحمد الريدي").expect("dateline");
        assert_eq!(d.reporter.as_deref(), Some("أحمد الريدي"));
        assert_eq!(d.agency, None);
    }

    #[test]
    fn sana_dateline_at_text_start() {
        let d = text_dl("لندن-سانا\nكشف دبلوماسيون غربيون أن أعدادا").unwrap();
        assert_eq!((d.start, d.end), (0, 9));
        assert_eq!(d.text, "لندن-سانا");
        assert_eq!(d.place.as_deref(), Some("لندن"));
        assert_eq!(d.agency.as_deref(), Some("سانا"));
        assert_eq!(d.agency_canonical.as_deref(), Some("SANA"));
        assert_eq!(d.reporter, None);
        assert_eq!(d.in_field, None);
    }

    #[test]
    fn parenthesised_agency_with_dash() {
        let d = text_dl("لندن (رويترز) - قال مسؤولون إن الاتفاق وشيك.").unwrap();
        assert_eq!(d.text, "لندن (رويترز) -");
        assert_eq!(d.place.as_deref(), Some("لندن"));
        assert_eq!(d.agency_canonical.as_deref(), Some("Reuters"));
    }

    #[test]
    fn place_date_agency() {
        let d = text_dl("دمشق، 12 آب (سانا) أعلنت وزارة الصحة").unwrap();
        assert_eq!(d.text, "دمشق، 12 آب (سانا)");
        assert_eq!(d.place.as_deref(), Some("دمشق"));
        assert_eq!(d.agency_canonical.as_deref(), Some("SANA"));
    }

    #[test]
    fn cnn_style_dateline() {
        let d = text_dl("دبي، الإمارات العربية المتحدة (CNN)— قال أبراهام بيرغ إن").unwrap();
        assert_eq!(d.place.as_deref(), Some("دبي"));
        assert_eq!(d.agency_canonical.as_deref(), Some("CNN"));
        assert_eq!(d.text, "دبي، الإمارات العربية المتحدة (CNN)—");
        let d = text_dl("(CNN)-- قال وزير الخارجية الفرنسي").unwrap();
        assert_eq!(d.place, None);
        assert_eq!(d.agency_canonical.as_deref(), Some("CNN"));
        assert_eq!(d.start, 0);
    }

    #[test]
    fn dash_agency_inline() {
        let d = text_dl("موسكو - د ب أ - أعلن الكرملين اليوم").unwrap();
        assert_eq!(d.place.as_deref(), Some("موسكو"));
        assert_eq!(d.agency.as_deref(), Some("د ب أ"));
        assert_eq!(d.agency_canonical.as_deref(), Some("dpa"));
        let d = text_dl("أنقرة - أ ف ب: قال الرئيس").unwrap();
        assert_eq!(d.agency_canonical.as_deref(), Some("AFP"));
    }

    #[test]
    fn reporter_line_at_text_start() {
        let d = text_dl("القاهرة - أحمد الريدي\nأكد الوزير أن").unwrap();
        assert_eq!(d.place.as_deref(), Some("القاهرة"));
        assert_eq!(d.reporter.as_deref(), Some("أحمد الريدي"));
        assert_eq!(d.agency, None);
    }

    #[test]
    fn a_dateline_below_a_headline_or_editors_note() {
        let t = "هذا التقرير بقلم كاتب ضيف، والآراء الواردة فيه تعبر عن رأيه ولا تعكس بالضرورة رأي الشبكة.\n\
                 بيروت، لبنان (CNN) -- قالت مصادر إن المفاوضات تعثرت.";
        let d = text_dl(t).expect("dateline on the second line");
        assert_eq!(d.text, "بيروت، لبنان (CNN) --");
        assert_eq!(d.place.as_deref(), Some("بيروت"));
        assert_eq!(d.agency_canonical.as_deref(), Some("CNN"));
        let start = t.find("بيروت").map(|b| t[..b].chars().count());
        assert_eq!(Some(d.start), start);
        // Below a long line, a parenthesised agency without its dash is a sentence.
        let t = "عقد وزراء الخارجية العرب اجتماعا طارئا في العاصمة المصرية لبحث تطورات الأزمة.\n\
                 القاهرة، مصر (رويترز) قالت مصادر إن الاجتماع انتهى.";
        assert_eq!(text_dl(t), None);
        // A third line is never read.
        let t = "عنوان أول طويل بعض الشيء هنا\nسطر ثان من النص العادي بلا وكالة\nبيروت، لبنان (CNN) -- قال";
        assert_eq!(text_dl(t), None);
    }

    #[test]
    fn ordinary_first_sentences_are_not_datelines() {
        for t in [
            "كشف دبلوماسيون غربيون أن أعدادا متزايدة من عناصر التنظيم",
            "قال الرئيس - في كلمة له - إن الوضع جيد",
            "أكد الوزير (رويترز كانت حاضرة) أن",
            "مُنعت مراسلة لشبكة (سي إن إن) من دخول القاعة",
            "(رويترز) قالت الشرطة",
            "في القاهرة - حيث الزحام - يعيش الملايين",
            "",
            "   \n  ",
            "no arabic here - at all",
        ] {
            assert_eq!(text_dl(t), None, "{t}");
        }
    }

    #[test]
    fn byline_place_agency() {
        let d = byline_dl("موسكو - د ب أ").unwrap();
        assert_eq!(d.in_field.as_deref(), Some("byline"));
        assert_eq!((d.start, d.end), (0, 13));
        assert_eq!(d.place.as_deref(), Some("موسكو"));
        assert_eq!(d.agency_canonical.as_deref(), Some("dpa"));
    }

    #[test]
    fn byline_outlet_and_reporter() {
        let d = byline_dl("أبوظبي - سكاي نيوز عربية").unwrap();
        assert_eq!(d.place.as_deref(), Some("أبوظبي"));
        assert_eq!(d.agency.as_deref(), Some("سكاي نيوز عربية"));
        assert_eq!(d.agency_canonical.as_deref(), Some("Sky News Arabia"));
        let d = byline_dl("القاهرة - أحمد الريدي").unwrap();
        assert_eq!(d.place.as_deref(), Some("القاهرة"));
        assert_eq!(d.reporter.as_deref(), Some("أحمد الريدي"));
        assert_eq!(d.agency, None);
        let d = byline_dl("هاني الصفيان - العربية.نت").unwrap();
        assert_eq!(d.reporter.as_deref(), Some("هاني الصفيان"));
        assert_eq!(d.agency_canonical.as_deref(), Some("Al Arabiya"));
        assert_eq!(d.place, None);
    }

    #[test]
    fn byline_variants() {
        let d = byline_dl("لندن-سانا").unwrap();
        assert_eq!(d.agency_canonical.as_deref(), Some("SANA"));
        let d = byline_dl("القاهرة- أحمد الريدي").unwrap();
        assert_eq!(d.reporter.as_deref(), Some("أحمد الريدي"));
        let d = byline_dl("دبي ـ العربية.نت").unwrap();
        assert_eq!(d.place.as_deref(), Some("دبي"));
        assert_eq!(d.agency_canonical.as_deref(), Some("Al Arabiya"));
        let d = byline_dl("كويتا، باكستان - أسوشيتد برس").unwrap();
        assert_eq!(d.place.as_deref(), Some("كويتا"));
        assert_eq!(d.agency_canonical.as_deref(), Some("AP"));
        let d = byline_dl("بتروبافلوفسك-كامتشاتسكي (روسيا) - رويترز").unwrap();
        assert_eq!(d.place.as_deref(), Some("بتروبافلوفسك-كامتشاتسكي"));
        assert_eq!(d.agency_canonical.as_deref(), Some("Reuters"));
        let d = byline_dl("فرانس 24").unwrap();
        assert_eq!(d.agency_canonical.as_deref(), Some("France 24"));
        let d = byline_dl("علاوة مزياني").unwrap();
        assert_eq!(d.reporter.as_deref(), Some("علاوة مزياني"));
        let d = byline_dl("غسّان أبو لوز-عمّان").unwrap();
        assert_eq!(d.reporter.as_deref(), Some("غسّان أبو لوز"));
        assert_eq!(d.place.as_deref(), Some("عمّان"));
        let d = byline_dl("\u{200f}\u{202b}الرياض – هاني الصفيان").unwrap();
        assert_eq!(d.place.as_deref(), Some("الرياض"));
        assert_eq!(d.start, 2);
        let d = byline_dl("فرانس 24 / أ ف ب").unwrap();
        assert_eq!(d.agency_canonical.as_deref(), Some("France 24"));
        let d = byline_dl("الرياض: حسين بن مسعد").unwrap();
        assert_eq!(d.reporter.as_deref(), Some("حسين بن مسعد"));
        let d = byline_dl("رامنسكوي - د ب أ").unwrap();
        assert_eq!(d.place.as_deref(), Some("رامنسكوي"));
    }

    #[test]
    fn byline_noise_is_not_a_dateline() {
        assert_eq!(byline_dl("30174026-20d9-40a2-9e04-5b63346a78a6"), None);
        assert_eq!(byline_dl(""), None);
        assert_eq!(byline_dl("   "), None);
    }

    #[test]
    fn byline_offsets_are_code_points_into_the_byline() {
        let d = byline_dl("  لندن - رويترز").unwrap();
        assert_eq!((d.start, d.end), (2, 15));
        assert_eq!(d.text, "لندن - رويترز");
    }

    #[test]
    fn text_dateline_wins_over_byline() {
        let input = Input {
            text: "لندن-سانا\nنص",
            byline: Some("موسكو - د ب أ"),
            ..Default::default()
        };
        let d = find(&Doc::new(&input)).unwrap();
        assert_eq!(d.in_field, None);
        assert_eq!(d.agency_canonical.as_deref(), Some("SANA"));
    }

    #[test]
    fn all_issue_agencies_canonicalize() {
        for (a, c) in [
            ("سانا", "SANA"),
            ("رويترز", "Reuters"),
            ("أ ف ب", "AFP"),
            ("فرانس برس", "AFP"),
            ("ا ف ب", "AFP"),
            ("أ ب", "AP"),
            ("أسوشيتد برس", "AP"),
            ("د ب أ", "dpa"),
            ("واس", "SPA"),
            ("وام", "WAM"),
            ("قنا", "QNA"),
            ("كونا", "KUNA"),
            ("بترا", "Petra"),
            ("الأناضول", "Anadolu"),
            ("شينخوا", "Xinhua"),
            ("يو بي آي", "UPI"),
            ("إرنا", "IRNA"),
            ("أ ش أ", "MENA"),
            ("ومع", "MAP"),
            ("واج", "APS"),
            ("وات", "TAP"),
            ("سبأ", "Saba"),
            ("الوكالة الوطنية للإعلام", "NNA"),
            ("واع", "INA"),
            ("بي بي سي", "BBC"),
            ("سي إن إن", "CNN"),
            ("فرانس 24", "France 24"),
            ("العربية", "Al Arabiya"),
            ("الجزيرة", "Al Jazeera"),
            ("سكاي نيوز عربية", "Sky News Arabia"),
        ] {
            assert_eq!(
                lookup_agency(a).map(|e| e.canonical.as_str()),
                Some(c),
                "{a}"
            );
            let d = byline_dl(&format!("بيروت - {a}")).unwrap();
            assert_eq!(d.agency_canonical.as_deref(), Some(c), "{a}");
            assert_eq!(d.place.as_deref(), Some("بيروت"));
        }
    }
}
