//! # khabar-extract — document analysis
//!
//! One call, [`analyze`], turns a document into an [`Analysis`]: standoff
//! annotations (dateline, sentences, entities, quantities, times, attributions)
//! whose `start`/`end` are **Unicode code point offsets into the untouched
//! original text, end-exclusive**.
//!
//! The pipeline tokenizes once ([`Doc::new`]) and every extractor reads the
//! same [`Doc`].

pub mod attributions;
mod bloom;
pub mod dateline;
pub mod dct;
pub mod entities;
pub mod ner;
pub mod quantities;
pub mod times;
pub mod types;

pub use types::*;

use khabar_text::offsets::CharIndex;
use khabar_text::tokenize::{tokenize, Token};
use khabar_text::Span;

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD` (a longer ISO 8601 timestamp is accepted; its date part is used).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let d = s.get(0..10)?;
        let mut it = d.split('-');
        let year: i32 = it.next()?.parse().ok()?;
        let month: u32 = it.next()?.parse().ok()?;
        let day: u32 = it.next()?.parse().ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }
}

/// Days in `month` of `year` (Gregorian).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Input document: the text plus optional metadata.
#[derive(Debug, Clone, Default)]
pub struct Input<'a> {
    pub id: Option<&'a str>,
    pub text: &'a str,
    pub byline: Option<&'a str>,
    /// Reference date for resolving relative times (`--reference-date`, else `published`).
    pub reference_date: Option<Date>,
}

/// The shared, tokenized view of one document that all extractors read.
pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// Sentence byte spans.
    pub sentences: Vec<Span>,
    pub chars: CharIndex,
    pub byline: Option<&'a str>,
    pub reference_date: Option<Date>,
    /// [`dateline::find`], computed on first use (the analysis and the
    /// attribution finder both need it).
    dateline: std::cell::OnceCell<Option<Dateline>>,
}

impl<'a> Doc<'a> {
    pub fn new(input: &Input<'a>) -> Doc<'a> {
        let tokens = tokenize(input.text);
        let sentences = khabar_text::sentences::split_sentences(input.text, &tokens);
        Doc {
            text: input.text,
            chars: CharIndex::new(input.text),
            tokens,
            sentences,
            byline: input.byline,
            reference_date: input.reference_date,
            dateline: std::cell::OnceCell::new(),
        }
    }

    /// Code point offsets of a byte span.
    pub fn cp(&self, span: Span) -> (usize, usize) {
        (
            self.chars.char_offset(span.start),
            self.chars.char_offset(span.end),
        )
    }

    /// The dateline of the document ([`dateline::find`], found once).
    pub fn dateline(&self) -> Option<&Dateline> {
        self.dateline.get_or_init(|| dateline::find(self)).as_ref()
    }

    /// The original text of a byte span.
    pub fn slice(&self, span: Span) -> &'a str {
        span.slice(self.text)
    }
}

/// A short dateline-led report that reaches every lexicon of the extractors
/// (agency, time, number, unit and speech-verb tables), for [`prepare`].
const WARM_UP: &str =
    "لندن-سانا\nقال وزير الخارجية إن نحو 1700 مسلح دخلوا المدينة يوم الأحد 5 أيلول الماضي.";

/// Loads the compiled-in NER model on a second thread while this one builds the
/// gazetteer and the other tables (by analysing [`WARM_UP`] without the model).
/// Start-up dominates the time of one short document, and the model and the
/// gazetteer take about the same time to build, so this about halves the wall
/// time to the first result on two cores. Later calls return at once; results
/// never depend on whether it ran (every table is also built on first use).
pub fn prepare() {
    std::thread::scope(|s| {
        let model = std::thread::Builder::new()
            .name("khabar-model".into())
            .spawn_scoped(s, || ner::shipped().is_ok());
        ner::gazetteer::Gazetteer::get();
        let doc = Doc::new(&Input {
            id: None,
            text: WARM_UP,
            byline: None,
            reference_date: None,
        });
        let _ = doc.dateline();
        let entities = entities::extract_with(&doc, None);
        let _ = quantities::extract(&doc);
        let _ = times::extract(&doc);
        let _ = attributions::extract(&doc, &entities);
        // No second thread (a process limit): load the model here.
        if model.is_err() {
            let _ = ner::shipped();
        }
    });
}

/// Analyze one document.
pub fn analyze(input: &Input<'_>) -> Analysis {
    let doc = Doc::new(input);
    let dateline = doc.dateline().cloned();
    let entities = entities::extract(&doc);
    let mut quantities = quantities::extract(&doc);
    let mut times = times::extract(&doc);
    drop_inside_entities(&doc, &entities, &mut quantities, &mut times);
    let attributions = attributions::extract(&doc, &entities);
    let (entities, quantities, times, attributions) =
        tidy_edges(entities, quantities, times, attributions);
    Analysis {
        id: input.id.map(str::to_string),
        text: input.text.to_string(),
        dateline,
        sentences: doc
            .sentences
            .iter()
            .map(|s| {
                let (start, end) = doc.cp(*s);
                SentenceSpan { start, end }
            })
            .collect(),
        entities,
        quantities,
        times,
        attributions,
    }
}

/// Whether `c` may be cut from the edge of a span: whitespace and invisible
/// format characters (zero-width space/joiners, bidi marks and embeddings,
/// word joiner, BOM, Arabic letter mark). News copy carries them around names
/// and quotes (`\u{200F}"…"`), and a span that starts with one highlights
/// nothing and compares unequal to the same name elsewhere.
fn is_edge_junk(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
                | '\u{061C}'
        )
}

/// Code points to cut from the front and the back of `text`: edge junk (see
/// [`is_edge_junk`]) and a free-standing tatweel used as a dash (`عبدالقادر
/// محمد ـ مراسل`, `: ـ ليس هذا …`). A tatweel joined to a letter (`لـ`, `الـ`)
/// is part of its word and stays.
fn edge_cuts(text: &str) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut a = 0;
    let mut b = chars.len();
    loop {
        let before = (a, b);
        while a < b && is_edge_junk(chars[a]) {
            a += 1;
        }
        let run = chars[a..b].iter().take_while(|&&c| c == '\u{0640}').count();
        if run > 0 && (a + run == b || is_edge_junk(chars[a + run])) {
            a += run;
        }
        while b > a && is_edge_junk(chars[b - 1]) {
            b -= 1;
        }
        let run = chars[a..b]
            .iter()
            .rev()
            .take_while(|&&c| c == '\u{0640}')
            .count();
        if run > 0 && (b - run == a || is_edge_junk(chars[b - run - 1])) {
            b -= run;
        }
        if (a, b) == before {
            return (a, chars.len() - b);
        }
    }
}

/// Cuts edge junk off a span given as code point offsets and its text; false
/// when nothing is left.
fn tidy_span(start: &mut usize, end: &mut usize, text: &mut String) -> bool {
    let (front, back) = edge_cuts(text);
    if front == 0 && back == 0 {
        return !text.is_empty();
    }
    let len = text.chars().count();
    if front + back >= len {
        *end = *start;
        text.clear();
        return false;
    }
    *text = text.chars().skip(front).take(len - front - back).collect();
    *start += front;
    *end -= back;
    true
}

/// Every span ends on visible text: entity, quantity and time spans and an
/// attribution's source, cue and content lose leading/trailing whitespace,
/// format characters and free-standing tatweels (an attribution content read
/// back across a paragraph break started with its newline). A span with
/// nothing left is dropped, and so is an attribution whose source or cue is
/// gone; an attribution's content that is only junk becomes empty.
fn tidy_edges(
    mut entities: Vec<Entity>,
    mut quantities: Vec<Quantity>,
    mut times: Vec<Time>,
    mut attributions: Vec<Attribution>,
) -> (Vec<Entity>, Vec<Quantity>, Vec<Time>, Vec<Attribution>) {
    entities.retain_mut(|e| tidy_span(&mut e.start, &mut e.end, &mut e.text));
    quantities.retain_mut(|q| tidy_span(&mut q.start, &mut q.end, &mut q.text));
    times.retain_mut(|t| tidy_span(&mut t.start, &mut t.end, &mut t.text));
    attributions.retain_mut(|x| {
        let c = &mut x.content;
        tidy_span(&mut c.start, &mut c.end, &mut c.text);
        tidy_span(&mut x.cue.start, &mut x.cue.end, &mut x.cue.text)
            && tidy_span(&mut x.source.start, &mut x.source.end, &mut x.source.text)
    });
    (entities, quantities, times, attributions)
}

/// Cross-component filters (code point offsets throughout):
/// * a quantity that starts inside a PER/ORG/LOC name with a number *word*
///   (وست هام يونايتد → "ست هام") is part of the name; digits in a name stay
///   (مجموعة الـ20);
/// * a quantity with digits that lies wholly inside a name of any label, MISC too,
///   starting after the name's first word and with its unit inside the name is a
///   model or channel name (شبكة فوكس 11 إل إيه، هاتف ميت 20 برو); a number that
///   starts the name (a tagged amount) or whose unit lies outside it stays;
/// * a time expression inside an ORG name is part of the name (حركة 6 أبريل،
///   تيار 14 آذار، قناة روسيا اليوم، صحيفة "الإمارات اليوم"), except a weekday
///   (وكالة يونهاب الأحد: the tagger took the date into the name), a "name" that
///   is the time expression alone (في نيسان tagged as the car maker), and a day word
///   (اليوم، الغد) only when the name is quoted or follows an organisation noun
///   (قناة، صحيفة، حزب …): من روسيا اليوم الدخول is "from Russia today".
fn drop_inside_entities(
    doc: &Doc<'_>,
    entities: &[Entity],
    quantities: &mut Vec<Quantity>,
    times: &mut Vec<Time>,
) {
    let all = Overlaps::new(entities.iter());
    quantities.retain(|q| {
        !all.overlapping(q.start, q.end)
            .any(|e| quantity_is_model_name(e, q))
    });
    let names = Overlaps::new(
        entities
            .iter()
            .filter(|e| matches!(e.label.as_str(), "PER" | "ORG" | "LOC")),
    );
    if names.is_empty() {
        return;
    }
    quantities.retain(|q| {
        !names.overlapping(q.start, q.end).any(|e| {
            if !(e.start <= q.start && q.start < e.end) {
                return false;
            }
            // The part of the quantity inside the name: a number word, no digit.
            let inside = q.end.min(e.end) - q.start;
            !q.text
                .chars()
                .take(inside)
                .any(|c| khabar_text::numbers::digit_value(c).is_some())
        })
    });
    times.retain(|t| {
        !names.overlapping(t.start, t.end).any(|e| {
            e.start <= t.start
                && t.end <= e.end
                && match e.label.as_str() {
                    "ORG" => time_is_name_part(doc, e, t),
                    "PER" => month_in_surname(e, t),
                    _ => false,
                }
        })
    });
}

/// Is time `t`, inside person `e`, a month name that is part of the name after
/// its first word (لويجي دي مايو، إيفان مايو): a month alone, no digits and no
/// other word, not where the name starts (a person tagged on «مايو» alone may be
/// the tagger's error).
fn month_in_surname(e: &Entity, t: &Time) -> bool {
    let month_only = t.kind == "DATE"
        && !t.text.contains(char::is_whitespace)
        && !t.text.chars().any(|c| c.is_ascii_digit())
        && t.value.as_deref().is_some_and(|v| {
            let b = v.as_bytes();
            b.len() == 7
                && b[4] == b'-'
                && b.iter()
                    .enumerate()
                    .all(|(i, c)| i == 4 || c.is_ascii_digit())
        });
    month_only && t.start > e.start
}

/// Is quantity `q` (with digits) inside name `e` together with its unit: فوكس 11 إل إيه
/// (see [`drop_inside_entities`])?
/// Entities ordered by start, with the running maximum of their ends: the entities
/// that overlap a span are found by a binary search and a walk over the overlapping
/// ones, not by a scan of all of them per span (a long document has thousands of
/// entities, numbers and times, and the scans made it quadratic).
struct Overlaps<'e> {
    by_start: Vec<&'e Entity>,
    max_end: Vec<usize>,
}

impl<'e> Overlaps<'e> {
    fn new(entities: impl Iterator<Item = &'e Entity>) -> Self {
        let mut by_start: Vec<&Entity> = entities.collect();
        by_start.sort_by_key(|e| e.start);
        let max_end = by_start
            .iter()
            .scan(0, |m, e| {
                *m = (*m).max(e.end);
                Some(*m)
            })
            .collect();
        Overlaps { by_start, max_end }
    }

    fn is_empty(&self) -> bool {
        self.by_start.is_empty()
    }

    /// The entities sharing at least one character with `start..end` (an empty span
    /// counts as its first character), in order of start.
    fn overlapping(&self, start: usize, end: usize) -> impl Iterator<Item = &'e Entity> + '_ {
        let end = end.max(start + 1);
        // `max_end` never decreases: before `first`, every entity ends by `start`.
        let first = self.max_end.partition_point(|&m| m <= start);
        self.by_start[first..]
            .iter()
            .take_while(move |e| e.start < end)
            .filter(move |e| e.end > start)
            .copied()
    }
}

fn quantity_is_model_name(e: &Entity, q: &Quantity) -> bool {
    // A currency, measure or percentage is an amount even inside a name the tagger
    // stretched over it (صفقة بقيمة 5 مليارات دولار); those units are ASCII codes.
    if !(e.start < q.start && q.end <= e.end) || q.unit.as_deref().is_some_and(|u| u.is_ascii()) {
        return false;
    }
    let is_digit = |c: char| khabar_text::numbers::digit_value(c).is_some();
    let Some(last_digit) = q.text.rfind(is_digit) else {
        return false;
    };
    q.text
        .get(last_digit..)
        .is_some_and(|tail| tail.chars().any(char::is_alphabetic))
}

/// Is time `t`, inside ORG entity `e`, part of the name (see [`drop_inside_entities`])?
fn time_is_name_part(doc: &Doc<'_>, e: &Entity, t: &Time) -> bool {
    const DAY_WORDS: &[&str] = &["اليوم", "الغد", "غدا", "أمس", "الأمس", "امس"];
    const ORG_NOUNS: &[&str] = &[
        "صحيفة",
        "جريدة",
        "موقع",
        "قناة",
        "شبكة",
        "مجلة",
        "وكالة",
        "إذاعة",
        "اذاعة",
        "تلفزيون",
        "برنامج",
        "حزب",
        "حركة",
        "تيار",
        "جمعية",
        "ائتلاف",
        "مؤسسة",
        "دار",
        "مجموعة",
        "منظمة",
        "تحالف",
        "جبهة",
    ];
    let bare = |w: &str| -> String {
        let w = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
        let w = w.strip_prefix("يوم ").unwrap_or(w);
        w.to_string()
    };
    // A "name" that is only the time expression (نيسان tagged as the car maker) is a
    // tagging error.
    if e.start == t.start && e.end == t.end {
        return false;
    }
    let word = bare(t.text.trim());
    let weekdays = &times::WEEKDAY_NAMES;
    if weekdays.contains(&word.as_str()) || weekdays.contains(&t.text.trim()) {
        return false;
    }
    if !DAY_WORDS.contains(&t.text.trim()) {
        return true;
    }
    let start = doc.chars.byte_offset(e.start);
    let end = doc.chars.byte_offset(e.end);
    let before = doc.text.get(..start).unwrap_or("");
    let after = doc.text.get(end..).unwrap_or("");
    let quoted = before.trim_end().ends_with(['"', '«', '“'])
        && after.trim_start().starts_with(['"', '»', '”']);
    let org_noun = |w: &str| {
        let w = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
        let w = w.strip_prefix("ال").unwrap_or(w);
        ORG_NOUNS.contains(&w)
    };
    let noun_before = before
        .trim_end()
        .trim_end_matches(['"', '«', '“'])
        .split_whitespace()
        .next_back()
        .is_some_and(org_noun);
    let noun_first = e.text.split_whitespace().next().is_some_and(org_noun);
    quoted || noun_before || noun_first
}

#[cfg(test)]
mod filter_tests {
    use super::*;

    /// The entity with label `label` on the first occurrence of `name` in `text`.
    fn ent(text: &str, name: &str, label: &str) -> Entity {
        let b = text.find(name).unwrap_or(0);
        let start = text.get(..b).map_or(0, |t| t.chars().count());
        Entity {
            start,
            end: start + name.chars().count(),
            text: name.to_string(),
            label: label.to_string(),
            canonical: None,
            id: None,
            nationality: None,
        }
    }

    fn at(text: &str, part: &str) -> (usize, usize) {
        let b = text.find(part).unwrap_or(0);
        let start = text.get(..b).map_or(0, |t| t.chars().count());
        (start, start + part.chars().count())
    }

    fn qty(text: &str, part: &str) -> Quantity {
        let (start, end) = at(text, part);
        Quantity {
            start,
            end,
            text: part.to_string(),
            value: Some(1.0),
            low: None,
            high: None,
            qualifier: "exact".to_string(),
            unit: None,
        }
    }

    fn time(text: &str, part: &str) -> Time {
        let (start, end) = at(text, part);
        Time {
            start,
            end,
            text: part.to_string(),
            kind: "DATE".to_string(),
            value: None,
            modifier: None,
        }
    }

    fn run(text: &str, ents: &[Entity], qs: &mut Vec<Quantity>, ts: &mut Vec<Time>) {
        let input = Input {
            text,
            ..Default::default()
        };
        let doc = Doc::new(&input);
        drop_inside_entities(&doc, ents, qs, ts);
    }

    #[test]
    fn number_words_inside_names_are_dropped() {
        let text = "فاز وست هام يونايتد بثلاثة أهداف، وقادة مجموعة الـ20 دفعوا 249 دولارا";
        let ents = vec![
            ent(text, "وست هام يونايتد", "ORG"),
            ent(text, "مجموعة الـ20", "ORG"),
            ent(text, "دولارا", "MISC"),
        ];
        let mut qs = vec![
            qty(text, "ست هام"),
            qty(text, "ثلاثة أهداف"),
            // Digits inside a name stay.
            qty(text, "20"),
            // A MISC currency entity never removes its amount.
            qty(text, "249 دولارا"),
        ];
        run(text, &ents, &mut qs, &mut vec![]);
        let kept: Vec<&str> = qs.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(kept, vec!["ثلاثة أهداف", "20", "249 دولارا"]);
    }

    #[test]
    fn numbers_with_their_unit_inside_a_model_name_are_dropped() {
        let text = "وعرضت شبكة سكاي 24 إتش دي التقرير، وباع 30 ألف جهاز نوفا 5 تي وحمل 120 راكبا";
        let ents = vec![
            ent(text, "سكاي 24 إتش دي", "ORG"),
            ent(text, "نوفا 5 تي", "MISC"),
            // A tagged amount (the name starts at the number) keeps its quantity.
            ent(text, "120 راكبا", "MISC"),
        ];
        let mut qs = vec![
            qty(text, "24 إتش"),
            qty(text, "30 ألف جهاز"),
            qty(text, "5 تي"),
            qty(text, "120 راكبا"),
        ];
        run(text, &ents, &mut qs, &mut vec![]);
        let kept: Vec<&str> = qs.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(kept, vec!["30 ألف جهاز", "120 راكبا"]);
    }

    #[test]
    fn times_inside_org_names_are_dropped() {
        for (text, name, day) in [
            (
                "ونقل موقع \"الإمارات اليوم\" عن مصادر",
                "الإمارات اليوم",
                "اليوم",
            ),
            ("وقالت قناة روسيا اليوم إن", "روسيا اليوم", "اليوم"),
            ("وقال رئيس حزب الغد إن", "حزب الغد", "الغد"),
            ("وشاركت حركة 6 أبريل في المظاهرة", "حركة 6 أبريل", "6 أبريل"),
            ("وأعلن تيار 14 آذار موقفه", "تيار 14 آذار", "14 آذار"),
        ] {
            let ents = vec![ent(text, name, "ORG")];
            let mut ts = vec![time(text, day)];
            run(text, &ents, &mut vec![], &mut ts);
            assert!(ts.is_empty(), "{text}");
        }
    }

    #[test]
    fn times_kept_when_the_org_tag_is_doubtful() {
        for (text, name, day, label) in [
            // A weekday swallowed by the tagger.
            ("وذكرت وكالة يونهاب الأحد أن", "يونهاب الأحد", "الأحد", "ORG"),
            ("وقالت رويترز الخميس إن", "رويترز الخميس", "الخميس", "ORG"),
            // A name that happens to end in a day word, unquoted, no organisation noun.
            (
                "طلبت هولندا من روسيا اليوم الدخول في حوار",
                "روسيا اليوم",
                "اليوم",
                "ORG",
            ),
            (
                "يناقش مجلس الوزراء المصري اليوم الموازنة",
                "المصري اليوم",
                "اليوم",
                "ORG",
            ),
            // The whole "name" is the time: a tagging error (نيسان the car maker).
            ("وصل الوفد في نيسان الماضي", "نيسان", "نيسان", "ORG"),
            // Only ORG names hold times, and a person's name months only.
            (
                "ووقعت الملكة إليزابيث الثانية صباحا",
                "إليزابيث الثانية",
                "الثانية",
                "PER",
            ),
        ] {
            let ents = vec![ent(text, name, label)];
            let mut ts = vec![time(text, day)];
            run(text, &ents, &mut vec![], &mut ts);
            assert_eq!(ts.len(), 1, "{text}");
        }
    }

    #[test]
    fn a_month_in_a_persons_name_is_no_date() {
        let month = |text: &str, part: &str, value: &str| Time {
            value: Some(value.to_string()),
            ..time(text, part)
        };
        let text = "وقال الوزير لويجي دي مايو إن الحكومة ستتشكل في مايو المقبل";
        let ents = vec![ent(text, "لويجي دي مايو", "PER")];
        let mut ts = vec![
            month(text, "مايو", "2018-05"),
            month(text, "مايو المقبل", "2018-05"),
        ];
        run(text, &ents, &mut vec![], &mut ts);
        let kept: Vec<&str> = ts.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(kept, vec!["مايو المقبل"]);
        // A person tagged on the month word alone keeps the date (doubtful tag).
        let text = "وصل مايو إلى العاصمة";
        let ents = vec![ent(text, "مايو", "PER")];
        let mut ts = vec![month(text, "مايو", "2018-05")];
        run(text, &ents, &mut vec![], &mut ts);
        assert_eq!(ts.len(), 1);
    }
}

#[cfg(test)]
mod edge_tests {
    use super::*;

    fn tidy(text: &str) -> Option<(usize, usize, String)> {
        let (mut s, mut e, mut t) = (10, 10 + text.chars().count(), text.to_string());
        tidy_span(&mut s, &mut e, &mut t).then_some((s, e, t))
    }

    #[test]
    fn whitespace_and_format_characters_are_cut() {
        assert_eq!(
            tidy("\nوتنفي روسيا التدخل"),
            Some((11, 29, "وتنفي روسيا التدخل".to_string()))
        );
        assert_eq!(
            tidy("\u{200F}شكرا لجمهوري"),
            Some((11, 23, "شكرا لجمهوري".into()))
        );
        assert_eq!(tidy("رمضان\u{200E} "), Some((10, 15, "رمضان".into())));
        assert_eq!(
            tidy("\u{FEFF}\u{202B} دبي\u{202C}"),
            Some((13, 16, "دبي".into()))
        );
    }

    #[test]
    fn free_standing_tatweel_is_cut_but_a_joined_one_stays() {
        assert_eq!(
            tidy("عبدالقادر محمد ـ"),
            Some((10, 24, "عبدالقادر محمد".into()))
        );
        assert_eq!(
            tidy("ـ ليس هذا عملك"),
            Some((12, 24, "ليس هذا عملك".into()))
        );
        assert_eq!(tidy("ـــ  كوينز لاند"), Some((15, 25, "كوينز لاند".into())));
        // Joined to a letter: part of the word.
        assert_eq!(tidy("وفقا لـ"), Some((10, 17, "وفقا لـ".into())));
        assert_eq!(tidy("الـCIA"), Some((10, 16, "الـCIA".into())));
        assert_eq!(tidy("ـيوم"), Some((10, 14, "ـيوم".into())));
    }

    #[test]
    fn nothing_left_is_reported() {
        assert_eq!(tidy("ـ"), None);
        assert_eq!(tidy(" \u{200B} ـ "), None);
        assert_eq!(tidy(""), None);
    }

    #[test]
    fn analysis_spans_end_on_visible_text() {
        let text = "قالت وكالة الأنباء الفلسطينية ـ في بيان: ـ نرفض القرار.\nوأضاف مراسلنا عبدالقادر محمد ـ من غزة إن \u{200F}القصف استمر.";
        let a = analyze(&Input {
            text,
            ..Input::default()
        });
        let chars: Vec<char> = text.chars().collect();
        let spans = a
            .entities
            .iter()
            .map(|e| (e.start, e.end, e.text.as_str()))
            .chain(a.attributions.iter().flat_map(|x| {
                [
                    (x.source.start, x.source.end, x.source.text.as_str()),
                    (x.content.start, x.content.end, x.content.text.as_str()),
                ]
            }));
        let mut seen = 0;
        for (s, e, t) in spans {
            assert_eq!(chars[s..e].iter().collect::<String>(), t);
            if !t.is_empty() {
                assert_eq!(edge_cuts(t), (0, 0), "{t:?}");
            }
            seen += 1;
        }
        assert!(seen > 2, "the text has entities and attributions");
    }
}
