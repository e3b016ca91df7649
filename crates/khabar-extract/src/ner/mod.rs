//! Named-entity recognition and canonicalization.
//!
//! * [`model`] — averaged structured perceptron over BIO tags with Viterbi decoding,
//!   and a second pass that uses document evidence ([`doc`]);
//! * [`crf`] — an alternative learner (L1-regularized CRF; smaller, less accurate models);
//! * [`features`] — word, folded, clitic-stripped, affix, shape, context, cluster,
//!   gazetteer and trigger features;
//! * [`clusters`] — word clusters learned from raw news text;
//! * [`gazetteer`] — countries, cities, curated organizations/people, nationality
//!   adjectives, and the canonical-name table;
//! * [`conll`] — reading ANERcorp and the CoNLL-2003 scorer.
//!
//! [`recognize`] combines model output with high-precision gazetteer matches
//! and attaches canonical names; `crate::entities::extract` maps it onto a document.
pub mod autolex;
pub mod clusters;
pub mod conll;
pub mod crf;
pub mod doc;
pub mod embed;
pub mod features;
pub mod gazetteer;
pub mod hash;
pub mod model;
pub mod norm;
mod rowtable;
pub mod usage;

use gazetteer::{Entry, Gazetteer, Label, Match, Trigger};
use model::Model;
use norm::fold;

/// An entity found over a token sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Token range `start..end`.
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// Chars of proclitics on the first token that are not part of the name (و of وسورية),
    /// when the gazetteer knows the name as written (بوروسيا دورتموند: `Some(0)`, its ب is
    /// no clitic); `None`: unknown, the caller's segmenter decides.
    pub clitic_chars: Option<usize>,
    pub canonical: Option<String>,
    pub id: Option<String>,
    pub nationality: Option<String>,
}

/// Recognizes entities in one sentence of tokens (as written in the source).
///
/// Merging policy: the model's spans are kept with the model's label; a
/// gazetteer match of a `standalone` entry is added where the model found
/// nothing, and replaces a model span it strictly contains (الكونغرس →
/// الكونغرس الأمريكي). Canonical names come from an exact match of the span
/// (proclitics allowed), else of the span without a leading trigger word
/// (صحيفة، وكالة …) or trailing nationality adjectives.
pub fn recognize(tokens: &[&str], model: Option<&Model>, gaz: &Gazetteer) -> Vec<Found> {
    let spans = model.map(|m| m.tag(tokens, gaz)).unwrap_or_default();
    merge(tokens, spans, gaz)
}

/// Recognizes entities in the sentences of one document: the model tags them
/// with document evidence ([`Model::tag_document`]), then each sentence is
/// merged with gazetteer matches as in [`recognize`].
pub fn recognize_document(
    sentences: &[Vec<&str>],
    model: Option<&Model>,
    gaz: &Gazetteer,
) -> Vec<Vec<Found>> {
    let spans = match model {
        Some(m) => m.tag_document(sentences, gaz),
        None => vec![Vec::new(); sentences.len()],
    };
    sentences
        .iter()
        .zip(spans)
        .map(|(tokens, spans)| merge(tokens, spans, gaz))
        .collect()
}

/// Merges model spans over `tokens` with gazetteer matches and attaches canonical names.
fn merge(tokens: &[&str], mut spans: Vec<(usize, usize, Label)>, gaz: &Gazetteer) -> Vec<Found> {
    if tokens.is_empty() {
        return Vec::new();
    }
    // Model spans kept inside a longer gazetteer name of the same place, named after it.
    let mut named: Vec<((usize, usize), &Entry)> = Vec::new();
    let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
    let f: Vec<&str> = folded.iter().map(String::as_str).collect();
    trim_day_words(&mut spans, &f);
    let matches = gaz.scan(&f);
    split_adjacent_people(&mut spans, &matches, gaz);
    for m in matches {
        // Mid-size cities count only after a locative word (في الرقة، من داخل الرقة، مدينة الرقة).
        if m.end == m.start + 1 && f.get(m.start).is_some_and(|w| is_common_word(w, gaz)) {
            continue;
        }
        // …and only if news does not mostly use the word otherwise (سن، كان، الصور).
        let locative = m.start > 0
            && f.get(m.start - 1).is_some_and(|w| is_locative(w, gaz))
            && !(m.end == m.start + 1
                && f.get(m.start)
                    .is_some_and(|w| usage::PlaceUsage::get().mostly_not_a_place(w)));
        // A place name the model found in pieces (خان + شيخون, دير + الزور): every token
        // of the name lies in a model LOC span, and there are several.
        let pieces = spans
            .iter()
            .filter(|s| s.0 < m.end && m.start < s.1)
            .collect::<Vec<_>>();
        let in_pieces = pieces.len() > 1
            && pieces
                .iter()
                .all(|s| s.2 == Label::Loc && m.start <= s.0 && s.1 <= m.end)
            && (m.start..m.end).all(|k| pieces.iter().any(|s| s.0 <= k && k < s.1));
        let Some(entry) = m.entries.iter().filter_map(|&e| gaz.entry(e)).find(|e| {
            e.standalone
                || (locative && e.source == gazetteer::Source::City && e.population >= 50_000)
                || (in_pieces && e.label == Label::Loc)
        }) else {
            continue;
        };
        let overlapping: Vec<usize> = spans
            .iter()
            .enumerate()
            .filter(|(_, s)| s.0 < m.end && m.start < s.1)
            .map(|(k, _)| k)
            .collect();
        // A name listed with its leading trigger word (حركة حماس، قطاع غزة، وكالة فرانس برس)
        // does not stretch a model span that starts after the trigger: news annotation
        // (ANERcorp, the seed article's صحيفة ديلي تلغراف) keeps the trigger outside.
        // The rest of the name may still join model spans inside it
        // (تنظيم [الدولة الإسلامية في العراق والشام] over the model's العراق، الشام).
        let trigger_led = f.get(m.start).is_some_and(|w| {
            norm::strips(w)
                .iter()
                .any(|s| gaz.trigger(&s.with_article).is_some())
        }) && overlapping.iter().all(|&k| spans[k].0 > m.start);
        let lo = if trigger_led { m.start + 1 } else { m.start };
        if overlapping.is_empty() {
            if entry.common_noun && common_noun_use(&f, m.start, m.end) {
                continue;
            }
            spans.push((m.start, m.end, entry.label));
        } else if let Some(k) =
            place_inside_place(&spans, &overlapping, &f, entry, gaz).filter(|_| !trigger_led)
        {
            // The model found a complete place name inside a longer name of the place
            // (مكة in مكة المكرمة, روسيا in روسيا الاتحادية, غزة in قطاع غزة): the
            // model learned where news annotation puts the boundaries, so its span
            // stays and takes the longer name's canonical entry. (After a trigger word,
            // جنوب السودان, the span keeps its own name: see `trigger_led`.)
            named.push(((spans[k].0, spans[k].1), entry));
        } else if overlapping
            .iter()
            .all(|&k| lo <= spans[k].0 && spans[k].1 <= m.end)
            && overlapping
                .iter()
                .any(|&k| spans[k].1 - spans[k].0 < m.end.saturating_sub(lo))
        {
            let label = spans[overlapping[0]].2;
            for &k in overlapping.iter().rev() {
                spans.remove(k);
            }
            // A curated multi-word name's label is more reliable than the model's.
            spans.push((
                lo,
                m.end,
                if entry.source == gazetteer::Source::Curated {
                    entry.label
                } else {
                    label
                },
            ));
        }
    }
    spans.sort_unstable();
    // Hashtags name things too (دونالد #ترمب، #أسامة_بن_لادن): for the canonical name
    // the mark goes and underscores are spaces.
    let tagged: Vec<String> = f
        .iter()
        .map(|w| w.strip_prefix('#').unwrap_or(w).replace('_', " "))
        .collect();
    let untagged: Vec<&str> = tagged.iter().map(String::as_str).collect();
    let mut out: Vec<Found> = spans
        .iter()
        .map(|&(s, e, label)| {
            let hashtag = f
                .get(s..e)
                .is_some_and(|ws| ws.iter().any(|w| w.starts_with('#')));
            let (own, clitic_chars) = if hashtag {
                // (A hashtag's own first letters are never clitics: #وطن.)
                let (own, clitics) = canonical_entry(&untagged[s..e], label, gaz);
                let tagged_first = f.get(s).is_some_and(|w| w.starts_with('#'));
                (own, if tagged_first { Some(0) } else { clitics })
            } else {
                canonical_entry(&f[s..e], label, gaz)
            };
            let entry = named
                .iter()
                .find(|(r, _)| *r == (s, e))
                .map(|&(_, x)| x)
                .or(own);
            Found {
                start: s,
                end: e,
                label,
                clitic_chars,
                canonical: entry.map(|x| x.canonical.clone()),
                id: entry.map(|x| x.id.clone()),
                nationality: None,
            }
        })
        .collect();
    // Nationality adjectives inside the span (after its first token) or right after it.
    let ends: Vec<usize> = out.iter().map(|x| x.start).collect();
    for x in &mut out {
        let mut nat = None;
        // In a known place name the adjective is part of the name (المحيط الهندي is
        // the Indian Ocean, not an Indian one).
        let place_name = x.label == Label::Loc && x.canonical.is_some();
        for w in f.get(x.start + 1..x.end).unwrap_or(&[]) {
            if let Some(e) = gaz.nationality(w).filter(|_| !place_name) {
                nat = Some(e);
            }
        }
        if nat.is_none() && !ends.contains(&x.end) {
            // Not a word that starts the next conjunct (الأسترالي يورمان والبرازيلي
            // فالديفيا) or a plural, which modifies no single name (أبلغت إدارة ترامب
            // الفلسطينيين: the object).
            if let Some(w) = f.get(x.end).filter(|w| {
                !w.starts_with("وال")
                    && !w.starts_with("فال")
                    && !w.ends_with("ين")
                    && !w.ends_with("ون")
            }) {
                nat = gaz.nationality(w);
            }
        }
        x.nationality = nat.and_then(|e| gaz.entry(e)).map(|e| e.canonical.clone());
    }
    out
}

/// A model PER span made of two or more listed people side by side (وانتقد جون
/// ماكين ترامب: McCain, then Trump as the object) becomes one span per person. Only
/// standalone curated PER names count, tiled longest first from the span's start, so a
/// single listed name (محمد بن سلمان) is never cut.
fn split_adjacent_people(
    spans: &mut Vec<(usize, usize, Label)>,
    matches: &[Match],
    gaz: &Gazetteer,
) {
    if !spans.iter().any(|s| s.2 == Label::Per && s.1 - s.0 >= 2) {
        return;
    }
    // End of the standalone person name starting at token `p` (matches do not overlap).
    let person_end = |p: usize| {
        matches
            .iter()
            .find(|m| {
                m.start == p
                    && m.entries.iter().filter_map(|&e| gaz.entry(e)).any(|e| {
                        e.label == Label::Per
                            && e.standalone
                            && e.source == gazetteer::Source::Curated
                    })
            })
            .map(|m| m.end)
    };
    let mut out = Vec::with_capacity(spans.len());
    for &(a, b, label) in spans.iter() {
        let mut tiles = Vec::new();
        let mut p = a;
        while p < b {
            match person_end(p).filter(|&e| e > p && e <= b) {
                Some(e) => {
                    tiles.push((p, e, label));
                    p = e;
                }
                None => break,
            }
        }
        if label == Label::Per && p == b && tiles.len() > 1 {
            out.extend(tiles);
        } else {
            out.push((a, b, label));
        }
    }
    *spans = out;
}

/// Whether the name at `start..end` is used as a common noun: followed by a
/// definite word (an attributive adjective or relative pronoun: القاعدة العسكرية،
/// القاعدة التي) or after a demonstrative (هذه القاعدة). A name such as al-Qaeda
/// takes neither.
fn common_noun_use(f: &[&str], start: usize, end: usize) -> bool {
    const DEMONSTRATIVES: &[&str] = &["هذه", "هذا", "تلك", "ذلك", "هاته", "هذي"];
    let definite_next = f.get(end).is_some_and(|w| w.starts_with("ال"));
    // With a proclitic too: لهذه القاعدة، وتلك القاعدة.
    let demonstrative_before = start
        .checked_sub(1)
        .and_then(|k| f.get(k))
        .is_some_and(|w| {
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            let w = w.strip_prefix(['ل', 'ب']).unwrap_or(w);
            DEMONSTRATIVES.contains(&w)
        });
    definite_next || demonstrative_before
}

/// The one model span among `overlapping` that is by itself a known place name
/// (with the model's LOC label) inside the longer place name `entry`.
fn place_inside_place(
    spans: &[(usize, usize, Label)],
    overlapping: &[usize],
    f: &[&str],
    entry: &Entry,
    gaz: &Gazetteer,
) -> Option<usize> {
    let &[k] = overlapping else {
        return None;
    };
    let (s, e, label) = *spans.get(k)?;
    if entry.label != Label::Loc || label != Label::Loc {
        return None;
    }
    let own = gaz.lookup_span(f.get(s..e)?)?;
    own.entries
        .iter()
        .filter_map(|&x| gaz.entry(x))
        .any(|x| x.label == Label::Loc && x.standalone)
        .then_some(k)
}

/// Weekday names and أمس at the edge of a model span are the date of the
/// event, not part of the name (`وكالة يونهاب الأحد`, `الخميس سكوت موريسون`):
/// they are cut off, and a span of nothing else is dropped.
fn trim_day_words(spans: &mut Vec<(usize, usize, Label)>, folded: &[&str]) {
    static FOLDED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let days = FOLDED.get_or_init(|| {
        crate::times::WEEKDAY_NAMES
            .iter()
            .chain(&["أمس"])
            .map(|d| fold(d))
            .collect()
    });
    let is_day = |k: usize| folded.get(k).is_some_and(|w| days.iter().any(|d| d == w));
    for s in spans.iter_mut() {
        while s.0 < s.1 && is_day(s.0) {
            s.0 += 1;
        }
        while s.0 < s.1 && is_day(s.1 - 1) {
            s.1 -= 1;
        }
    }
    spans.retain(|s| s.0 < s.1);
}

/// A single word that a gazetteer lists as a name but that is usually an
/// ordinary word (مدينة, بمدينة, سنة): a trigger noun or a known common alias.
fn is_common_word(folded: &str, gaz: &Gazetteer) -> bool {
    norm::strips(folded).iter().any(|s| {
        gaz.trigger(&s.with_article) == Some(Trigger::Loc)
            || gazetteer::COMMON_CITY_ALIASES
                .split_whitespace()
                .any(|w| w == s.with_article)
    })
}

/// Prepositions and place words after which a city name is very likely a place.
pub(crate) fn is_locative(folded: &str, gaz: &Gazetteer) -> bool {
    const PREPS: &[&str] = &[
        "في",
        "من",
        "الي",
        "الى",
        "داخل",
        "قرب",
        "حول",
        "نحو",
        "بين",
        "غرب",
        "شرق",
        "شمال",
        "جنوب",
        "وسط",
        "ضواحي",
        "اطراف",
        "محيط",
        "ريف",
    ];
    PREPS.contains(&folded) || gaz.trigger(folded) == Some(Trigger::Loc)
}

/// The canonical entry for a span of folded tokens, and the proclitic chars to trim
/// (when a gazetteer name matched from the span's first word).
fn canonical_entry<'g>(
    span: &[&str],
    label: Label,
    gaz: &'g Gazetteer,
) -> (Option<&'g Entry>, Option<usize>) {
    let pick = |m: &Match| -> Option<&'g Entry> {
        let entries: Vec<&Entry> = m.entries.iter().filter_map(|&e| gaz.entry(e)).collect();
        // A city's id names the place, not a club or a station named after it
        // (ليفربول the club, الجزيرة the channel): only a LOC span takes it.
        entries
            .iter()
            .find(|e| e.label == label)
            .or(entries
                .iter()
                .find(|e| label == Label::Loc || e.source != gazetteer::Source::City))
            .copied()
    };
    if let Some(m) = gaz.lookup_span(span) {
        return (pick(&m), Some(m.clitic_chars));
    }
    // Without a leading trigger word (صحيفة ديلي تلغراف) and/or trailing nationality adjectives.
    let mut lo = 0;
    if span.len() > 1
        && gaz
            .trigger(span[0])
            .is_some_and(|t| t != Trigger::Per || label == Label::Per)
    {
        lo = 1;
    }
    let mut hi = span.len();
    while hi > lo + 1 && gaz.nationality(span[hi - 1]).is_some() {
        hi -= 1;
    }
    if (lo, hi) != (0, span.len()) {
        if let Some(m) = gaz.lookup_span(&span[lo..hi]) {
            let clitics = (lo == 0).then_some(m.clitic_chars);
            return (pick(&m), clitics);
        }
    }
    // A name with its clitics (والكونغرس) but no table entry: trim a leading و/ف only
    // when the rest is a known word form (handled by the caller's segmenter).
    (None, None)
}

/// The committed model (`models/ner.bin`), compiled into the binary.
const SHIPPED: &[u8] = include_bytes!("../../../../models/ner.bin");

/// The committed model, loaded once. `Err` (e.g. a corrupt or stale file) leaves
/// entity extraction to the gazetteer alone; the error says how to fix it.
pub fn shipped() -> Result<&'static Model, &'static model::ModelError> {
    static MODEL: std::sync::OnceLock<Result<Model, model::ModelError>> =
        std::sync::OnceLock::new();
    MODEL.get_or_init(|| Model::from_bytes(SHIPPED)).as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trimmed(tokens: &[&str], spans: Vec<(usize, usize, Label)>) -> Vec<(usize, usize, Label)> {
        let folded: Vec<String> = tokens.iter().map(|t| fold(t)).collect();
        let f: Vec<&str> = folded.iter().map(String::as_str).collect();
        let mut spans = spans;
        trim_day_words(&mut spans, &f);
        spans
    }

    #[test]
    fn city_ids_only_for_places_and_adjectives_inside_place_names() {
        let gaz = Gazetteer::get();
        // The Indian Ocean is a place name, not an Indian place.
        let t = ["في", "المحيط", "الهندي"];
        let found = merge(&t, vec![(1, 3, Label::Loc)], gaz);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].canonical.as_deref(), Some("Indian Ocean"));
        assert_eq!(found[0].nationality, None);
        // …while an adjective still gives a modified organisation its country.
        let t = ["الكونغرس", "الأمريكي"];
        let found = merge(&t, vec![(0, 2, Label::Org)], gaz);
        assert_eq!(found[0].nationality.as_deref(), Some("United States"));
        // The adjective right after a name links to it; a plural (the object) or the
        // adjective of the next conjunct does not.
        let t = ["وقال", "المدرب", "زيدان", "الفرنسي"];
        let found = merge(&t, vec![(2, 3, Label::Per)], gaz);
        assert_eq!(found[0].nationality.as_deref(), Some("France"));
        let t = ["أبلغت", "إدارة", "ترامب", "الفلسطينيين"];
        let found = merge(&t, vec![(2, 3, Label::Per)], gaz);
        assert_eq!(found[0].nationality, None);
        let t = ["الأسترالي", "يورمان", "والبرازيلي", "فالديفيا"];
        let found = merge(&t, vec![(1, 2, Label::Per), (3, 4, Label::Per)], gaz);
        assert_eq!(found[0].nationality, None);
        // A club named after a city does not get the city's id.
        let t = ["لاعب", "ليفربول"];
        let org = merge(&t, vec![(1, 2, Label::Org)], gaz);
        assert!(org[0]
            .id
            .as_deref()
            .is_none_or(|id| !id.starts_with("geonames:")));
        let loc = merge(&t, vec![(1, 2, Label::Loc)], gaz);
        assert!(loc[0]
            .id
            .as_deref()
            .is_some_and(|id| id.starts_with("geonames:")));
    }

    #[test]
    fn two_listed_people_side_by_side_are_two_entities() {
        let gaz = Gazetteer::get();
        let t = ["وانتقد", "جون", "ماكين", "ترامب", "بشدة"];
        let found = merge(&t, vec![(1, 4, Label::Per)], gaz);
        let spans: Vec<(usize, usize)> = found.iter().map(|x| (x.start, x.end)).collect();
        assert_eq!(spans, vec![(1, 3), (3, 4)], "{found:?}");
        // One listed name, or a listed name plus an unlisted word, stays whole.
        let t = ["التقى", "محمد", "بن", "سلمان", "أمس"];
        let found = merge(&t, vec![(1, 4, Label::Per)], gaz);
        assert_eq!((found[0].start, found[0].end), (1, 4), "{found:?}");
        let t = ["قال", "ترامب", "جونيور"];
        let found = merge(&t, vec![(1, 3, Label::Per)], gaz);
        assert_eq!((found[0].start, found[0].end), (1, 3), "{found:?}");
    }

    #[test]
    fn a_name_that_is_also_a_common_noun_is_added_only_as_a_name() {
        let gaz = Gazetteer::get();
        let found = |t: &[&str]| -> Vec<(usize, usize, Option<String>)> {
            merge(t, Vec::new(), gaz)
                .into_iter()
                .map(|x| (x.start, x.end, x.canonical))
                .collect()
        };
        // al-Qaeda, where the model found nothing …
        let t = ["قيادات", "القاعدة", "في", "اليمن"];
        assert!(found(&t).contains(&(1, 2, Some("al-Qaeda".to_string()))));
        // … but not the base or the rule.
        assert!(found(&["استهدفت", "القاعدة", "العسكرية"]).is_empty());
        assert!(found(&["تطبيق", "هذه", "القاعدة"]).is_empty());
        assert!(found(&["الاستثناء", "لهذه", "القاعدة", "هو"]).is_empty());
        assert!(found(&["هي", "القاعدة", "التي"]).is_empty());
        // The model's own span is kept and named either way.
        let t = ["استهدفت", "القاعدة", "العسكرية"];
        let m = merge(&t, vec![(1, 2, Label::Org)], gaz);
        assert_eq!(m[0].canonical.as_deref(), Some("al-Qaeda"));
    }

    #[test]
    fn a_place_found_inside_a_longer_name_of_it_keeps_its_span() {
        let gaz = Gazetteer::get();
        // مكة المكرمة: the model marks مكة (as news annotation does); the span
        // stays and takes the longer name's canonical entry.
        let t = ["غروب", "الشمس", "في", "مكة", "المكرمة"];
        let m = merge(&t, vec![(3, 4, Label::Loc)], gaz);
        assert_eq!((m[0].start, m[0].end), (3, 4));
        assert_eq!(m[0].canonical.as_deref(), Some("Makkah"));
        let t = ["زار", "روسيا", "الاتحادية"];
        let m = merge(&t, vec![(1, 2, Label::Loc)], gaz);
        assert_eq!((m[0].start, m[0].end), (1, 2));
        assert_eq!(m[0].canonical.as_deref(), Some("Russia"));
        // Without a model span the full name is added.
        let m = merge(&t, Vec::new(), gaz);
        assert_eq!((m[0].start, m[0].end), (1, 3));
        // A model span that is not itself a place still grows to the gazetteer name.
        let t = ["الكونغرس", "الأمريكي"];
        let m = merge(&t, vec![(0, 1, Label::Org)], gaz);
        assert_eq!((m[0].start, m[0].end), (0, 2));
    }

    #[test]
    fn a_place_found_in_pieces_is_joined() {
        let gaz = Gazetteer::get();
        // خان شيخون (a town too small to be added on its own): the model's two pieces
        // become one place.
        let t = ["قصف", "خان", "شيخون", "أمس"];
        let m = merge(&t, vec![(1, 2, Label::Loc), (2, 3, Label::Loc)], gaz);
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!((m[0].start, m[0].end), (1, 3));
        assert!(m[0]
            .id
            .as_deref()
            .is_some_and(|id| id.starts_with("geonames:")));
    }

    #[test]
    fn hashtags_get_canonical_names() {
        let gaz = Gazetteer::get();
        let t = ["الرئيس", "دونالد", "#ترمب"];
        let m = merge(&t, vec![(1, 3, Label::Per)], gaz);
        assert_eq!(m[0].canonical.as_deref(), Some("Donald Trump"));
        assert_eq!(m[0].clitic_chars, Some(0));
        // A clitic before a name with a hashtag inside is still found.
        let t = ["وفلاديمير", "#بوتين"];
        let m = merge(&t, vec![(0, 2, Label::Per)], gaz);
        assert_eq!(m[0].canonical.as_deref(), Some("Vladimir Putin"));
        assert_eq!(m[0].clitic_chars, Some(1));
        let t = ["زعيم", "القاعدة", "#أسامة_بن_لادن"];
        let m = merge(&t, vec![(2, 3, Label::Per)], gaz);
        assert_eq!(
            m.last().and_then(|x| x.canonical.as_deref()),
            Some("Osama bin Laden")
        );
    }

    #[test]
    fn day_words_are_cut_from_span_edges() {
        // وذكرت وكالة يونهاب الأحد أن …: the weekday is the date, not the name.
        let t = ["وذكرت", "وكالة", "يونهاب", "الأحد", "أن"];
        assert_eq!(
            trimmed(&t, vec![(2, 4, Label::Org)]),
            vec![(2, 3, Label::Org)]
        );
        // وقال الخميس سكوت موريسون …
        let t = ["وقال", "الخميس", "سكوت", "موريسون"];
        assert_eq!(
            trimmed(&t, vec![(1, 4, Label::Per)]),
            vec![(2, 4, Label::Per)]
        );
        // A span of a weekday alone is dropped; أمس too.
        let t = ["وصل", "أمس", "إلى", "القاهرة"];
        assert_eq!(
            trimmed(&t, vec![(1, 2, Label::Per), (3, 4, Label::Loc)]),
            vec![(3, 4, Label::Loc)]
        );
        // A weekday inside a name is kept (only the edges are trimmed).
        let t = ["مسجد", "الجمعة", "الكبير"];
        assert_eq!(
            trimmed(&t, vec![(0, 3, Label::Loc)]),
            vec![(0, 3, Label::Loc)]
        );
    }
}
