//! Football clubs and competition names, after the tagger and the gazetteer
//! merge (session 11).
//!
//! The tagger reads a club or a competition as the places and people inside it:
//! «وبروسيا دورتموند» as Russia (the ب taken for a preposition) and Dortmund,
//! «شاختار دونتسك» as two names, «كأس ملك إسبانيا» as Spain, «كأس الاتحاد
//! الأفريقي» as the African Union, «برشلونة» after «على» as the city. This pass
//! reads the names of `data/gazetteers/sport.tsv` over the whole document and
//! puts one entity where the name is: a club is ORG, a competition MISC (as
//! ANERcorp tags «كأس الاتحاد الأفريقي لكرة القدم», and as the held-out reviews
//! count them), and nothing inside the name is tagged by itself.
//!
//! Names that are also a city or a common word (برشلونة، العين، الوحدة) are a
//! club only in a sports document and where a sports frame says so (مدرب
//! العين، الفوز على أشبيلية، لاعب في برشلونة, a masculine nationality adjective
//! after it), where the document already names the club, or where it is
//! coordinated with another club (بين العين والوحدة). The table is read by this
//! pass only: the model's features never see it.
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::gazetteer::{Gazetteer, Label, Source, Trigger};
use super::norm::{self, fold};
use super::Found;
use crate::bloom::Bloom;

const SPORT: &str = include_str!("../../../../data/gazetteers/sport.tsv");

/// When a name of the table is read as one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A club, wherever written.
    Club,
    /// A club in a sports document, in a sports frame (a city's or a word's form).
    ClubSport,
    /// A competition, wherever written.
    Comp,
    /// A competition in a sports document, or with a year after it.
    CompSport,
    /// A competition only with a year after it (يورو 2016; «يورو» alone is the currency).
    CompYear,
}

struct Name {
    kind: Kind,
    label: Label,
    id: String,
    canonical: String,
}

struct Table {
    names: Vec<Name>,
    /// Folded spelling, words joined by one space → index into `names`.
    phrases: HashMap<String, usize>,
    /// First words of the spellings.
    firsts: HashSet<String>,
    /// [`Table::firsts`] as a Bloom filter: most words of a text are none, and
    /// the filter says so faster than the set.
    firsts_filter: Bloom,
    /// Most words in a spelling.
    longest: usize,
    /// Ids of the clubs.
    clubs: HashSet<String>,
}

impl Table {
    fn get() -> &'static Table {
        static T: OnceLock<Table> = OnceLock::new();
        T.get_or_init(|| Table::build(SPORT))
    }

    fn build(text: &str) -> Table {
        let mut t = Table {
            names: Vec::new(),
            phrases: HashMap::new(),
            firsts: HashSet::new(),
            firsts_filter: Bloom::new([]),
            longest: 1,
            clubs: HashSet::new(),
        };
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [kind, label, id, english, spellings] = cols[..] else {
                continue;
            };
            let kind = match kind {
                "club" => Kind::Club,
                "club-s" => Kind::ClubSport,
                "comp" => Kind::Comp,
                "comp-s" => Kind::CompSport,
                "comp-y" => Kind::CompYear,
                _ => continue,
            };
            let Some(label) = Label::parse(label) else {
                continue;
            };
            if matches!(kind, Kind::Club | Kind::ClubSport) {
                t.clubs.insert(id.to_string());
            }
            let k = t.names.len();
            t.names.push(Name {
                kind,
                label,
                id: id.to_string(),
                canonical: english.to_string(),
            });
            for spelling in spellings.split('|') {
                let words: Vec<String> = spelling.split_whitespace().map(fold).collect();
                let Some(first) = words.first() else {
                    continue;
                };
                t.firsts.insert(first.clone());
                t.longest = t.longest.max(words.len());
                t.phrases.entry(words.join(" ")).or_insert(k);
            }
        }
        t.firsts_filter = Bloom::new(t.firsts.iter().map(String::as_str));
        t
    }

    /// Whether `w` is the first word of a spelling.
    fn first(&self, w: &str) -> bool {
        self.firsts_filter.may_contain(w) && self.firsts.contains(w)
    }
}

/// Proclitics a name may carry on its first word (folded), longest first after
/// the bare reading; «لل» stands for ل + ال.
const PROCLITICS: &[&str] = &["وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"];

/// Readings of a folded word as proclitics + a first word of the table:
/// (chars of proclitics, the word), the bare reading first.
fn readings<'w>(w: &'w str, t: &Table) -> Vec<(usize, std::borrow::Cow<'w, str>)> {
    let mut out = Vec::new();
    if t.first(w) {
        out.push((0, std::borrow::Cow::Borrowed(w)));
    }
    for (p, n) in [("ولل", 2), ("فلل", 2), ("لل", 1)] {
        if let Some(rest) = w.strip_prefix(p) {
            let word = format!("ال{rest}");
            if t.first(&word) {
                out.push((n, std::borrow::Cow::Owned(word)));
            }
        }
    }
    for p in PROCLITICS {
        if let Some(rest) = w.strip_prefix(p) {
            if rest.chars().count() >= 2 && t.first(rest) {
                out.push((p.chars().count(), std::borrow::Cow::Borrowed(rest)));
            }
        }
    }
    out
}

/// A 4-digit year of the 20th or 21st century (a competition's edition).
fn year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

/// A name of the table at `f[i..]`: (end, name, chars of proclitics).
fn name_at(f: &[String], i: usize, t: &Table) -> Option<(usize, usize, usize)> {
    let first = f.get(i)?;
    for (clitics, word) in readings(first, t) {
        let mut key = word.into_owned();
        let mut best = None;
        if let Some(&k) = t.phrases.get(&key) {
            best = Some((i + 1, k));
        }
        for (n, w) in f.iter().enumerate().skip(i + 1).take(t.longest - 1) {
            key.push(' ');
            key.push_str(w);
            if let Some(&k) = t.phrases.get(&key) {
                best = Some((n + 1, k));
            }
        }
        if let Some((end, k)) = best {
            return Some((end, k, clitics));
        }
    }
    None
}

/// Folded words of a sports article (bare forms: no proclitic, no article).
const SPORT_WORDS: &[&str] = &[
    "مباراه",
    "مباريات",
    "دوري",
    "كاس",
    "منتخب",
    "هدف",
    "اهداف",
    "هدفا",
    "لاعب",
    "لاعبين",
    "لاعبي",
    "مدرب",
    "نادي",
    "بطوله",
    "ملعب",
    "تعادل",
    "لقب",
    "هداف",
    "مهاجم",
    "مونديال",
    "كره",
];

/// A document about sport: at least four sports words, of two kinds or more.
pub(crate) fn sports_document(folded: &[Vec<String>]) -> bool {
    let mut seen: Vec<&str> = Vec::new();
    let mut count = 0;
    for w in folded.iter().flatten() {
        let b = norm::bare(w);
        let b = b.strip_prefix("ال").unwrap_or(b);
        if let Some(s) = SPORT_WORDS.iter().find(|s| **s == b) {
            count += 1;
            if !seen.contains(s) {
                seen.push(s);
            }
            if count >= 4 && seen.len() >= 2 {
                return true;
            }
        }
    }
    false
}

/// Words of a match result or meeting before «على/أمام/ضد/مع + club» (الفوز على
/// أشبيلية، تعادل مع الوحدة، خسر أمام العين).
const RESULT_WORDS: &[&str] = &[
    "فوز",
    "فاز",
    "يفوز",
    "تعادل",
    "خساره",
    "خسر",
    "هزم",
    "هزيمه",
    "تغلب",
    "انتصار",
    "مباراه",
    "مواجهه",
    "لقاء",
    "قمه",
    // (Session 22, s22b E4: the masdar with the team's pronoun — بعد فوزه،
    // السبت، على ملقا.)
    "فوزه",
    "فوزها",
    "تعادله",
    "تعادلها",
    "خسارته",
    "خسارتها",
    "هزيمته",
    "هزيمتها",
];

/// Result verbs whose subject is a team (فاز الاتفاق على الفتح، وخسر الاتحاد
/// أمام الهلال، تعادل النصر مع الشباب), folded and without proclitics.
const RESULT_VERBS: &[&str] = &[
    "فاز",
    "يفوز",
    "تعادل",
    "يتعادل",
    "خسر",
    "يخسر",
    "تغلب",
    "يتغلب",
    "هزم",
    "يهزم",
];

/// Words of a player's move before «إلى/مع + club» (انتقل إلى الهلال، انضمامه
/// إلى الفيصلي، تعاقد مع النصر), folded and without proclitics.
const TRANSFER_WORDS: &[&str] = &[
    "انتقل",
    "ينتقل",
    "انتقاله",
    "انتقال",
    "انضم",
    "ينضم",
    "انضمامه",
    "انضمام",
    "اعير",
    "اعارته",
    "تعاقد",
    "يتعاقد",
    "التعاقد",
    "تعاقده",
];

/// Nouns of a team's role in a fixture with the other team's pronoun, and the
/// points tally (folded, without proclitics and article): مضيفه "its host",
/// ضيفه "its guest", منافسها/غريمه "its rival", رصيد "the tally of"; not
/// «منافسه», which folds like «منافسة» "competition". In a sports document the
/// word after them is a team (session 23, s23d E3).
const OPPONENT_WORDS: &[&str] = &[
    "مضيفه",
    "مضيفها",
    "ضيفه",
    "ضيفها",
    "منافسها",
    "غريمه",
    "غريمها",
    "رصيد",
];

/// Verbs of a contract with the club as their subject (تعاقد الهلال مع المدافع،
/// يتعاقد الفيصلي مع مدرب), folded and without proclitics.
const CONTRACT_VERBS: &[&str] = &["تعاقد", "يتعاقد", "جدد", "يجدد"];

/// A club name shaped like the verbal noun of a reciprocal verb, تفاعل or
/// افتعال (التعاون "cooperation", الاتفاق "agreement"): after «جدد/تعاقد» and
/// before «مع» it is that noun (يجدد التعاون مع الملحن "renews the
/// cooperation with"), not the club (session 22, found on the development set).
fn masdar_shape(folded: &str) -> bool {
    let w = folded.strip_prefix("ال").unwrap_or(folded);
    let c: Vec<char> = w.chars().collect();
    c.len() == 5 && ((c[0] == 'ت' && c[2] == 'ا') || (c[0] == 'ا' && c[1] == 'ت' && c[3] == 'ا'))
}

/// Whether a folded word is one of `list`, read as written or without its
/// proclitics, and without the article: the bare reading alone would take the
/// «ف» of «فوزه» for a proclitic.
fn in_word_list(w: &str, list: &[&str]) -> bool {
    [w, norm::bare(w)]
        .iter()
        .any(|r| list.contains(&r.strip_prefix("ال").unwrap_or(r)))
}

/// Whether a sports frame sits before `f[i]` (مدرب العين، الفوز 5-صفر على
/// أشبيلية، كلاعب في برشلونة) or a masculine nationality adjective after the
/// name ending at `end` (نابولي الإيطالي: a city would take the feminine).
fn sports_frame(f: &[String], i: usize, end: usize, gaz: &Gazetteer) -> bool {
    let prev = |k: usize| i.checked_sub(k).and_then(|j| f.get(j)).map(String::as_str);
    if prev(1).is_some_and(super::sports_word) {
        return true;
    }
    // (كلاعب في برشلونة: the sports word before the preposition.)
    if prev(1).is_some_and(|p| matches!(p, "في" | "مع" | "من")) && prev(2).is_some_and(player_word)
    {
        return true;
    }
    if prev(1).is_some_and(|p| matches!(p, "علي" | "امام" | "ضد" | "مع")) {
        let from = i.saturating_sub(6);
        if f[from..i.saturating_sub(1)]
            .iter()
            .any(|w| in_word_list(w, RESULT_WORDS))
        {
            return true;
        }
    }
    // (Session 23, s23d E3: the opponent named by its role in the fixture, with
    // the team's pronoun — أمام مضيفه التعاون، على ضيفه الفيصلي، غريمه النصر —
    // or the points tally, رصيد التعاون; in a sports document these words take
    // a team after them.)
    if prev(1).is_some_and(|p| in_word_list(p, OPPONENT_WORDS)) {
        return true;
    }
    // (Session 21, s21a E1 / s21c E1: a plural or dual of «نادي/فريق» in
    // construct with the name — أندية الهلال وأهلي جدة، فريقا الفيصلي واتحاد جدة.)
    if prev(1).is_some_and(|p| matches!(norm::bare(p), "انديه" | "فريقا" | "فريقي"))
    {
        return true;
    }
    // (A transfer or a contract: انتقل القحطاني إلى الهلال، انضم إلى الفيصلي،
    // تعاقد الهلال مع …، تعاقد النادي مع لاعب الفيصلي — the verb up to three
    // words before «إلى/مع».)
    if prev(1).is_some_and(|p| matches!(p, "الي" | "مع")) {
        let from = i.saturating_sub(4);
        if f[from..i.saturating_sub(1)]
            .iter()
            .any(|w| TRANSFER_WORDS.contains(&norm::bare(w)))
        {
            return true;
        }
    }
    if f.get(end).is_some_and(|w| w == "مع")
        && prev(1).is_some_and(|p| CONTRACT_VERBS.contains(&norm::bare(p)))
        && !(end == i + 1 && masdar_shape(&f[i]))
    {
        return true;
    }
    // (Session 22, s22b E1: the subject of a result verb right before the
    // opponent's preposition — فاز الاتفاق على الفتح، وخسر الاتحاد أمام الهلال;
    // «فاز الاتفاق» alone is no frame: «فاز الاتفاق بتأييد» is the agreement.)
    if prev(1).is_some_and(|p| in_word_list(p, RESULT_VERBS))
        && f.get(end)
            .is_some_and(|w| matches!(w.as_str(), "علي" | "امام" | "ضد" | "مع"))
    {
        return true;
    }
    f.get(end)
        .is_some_and(|w| w.starts_with("ال") && w.ends_with('ي') && gaz.nationality(w).is_some())
}

/// A word for a player or a coach (لاعب، كلاعب، مدرب): «لاعب في برشلونة» is the
/// club, while «تدريبات الفريق في برشلونة» is the city.
fn player_word(folded: &str) -> bool {
    const WORDS: &[&str] = &["لاعب", "لاعبا", "مدرب", "مدربا", "مهاجم", "حارس", "مدافع"];
    norm::strips(folded)
        .iter()
        .any(|s| WORDS.contains(&s.with_article.as_str()))
}

/// Whether a name of the table (folded words, proclitics allowed) is also a
/// place of the gazetteer (برشلونة، العين: after «في/إلى» the city), unlike
/// a word that names no place (الهلال "the crescent", الفيصلي).
fn place_name(words: &[String], gaz: &Gazetteer) -> bool {
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    gaz.lookup_span(&words).is_some_and(|m| {
        m.entries
            .iter()
            .any(|&e| gaz.entry(e).is_some_and(|x| x.label == Label::Loc))
    })
}

/// A place noun before a name (مدينة، بمدينة، ميناء، إقليم، ولاية), not «وسط»
/// (لاعب خط وسط برشلونة).
fn place_noun(folded: &str, gaz: &Gazetteer) -> bool {
    gaz.trigger(folded) == Some(Trigger::Loc) && norm::bare(folded) != "وسط"
}

/// A definite word after a common-word club name that is not a nationality
/// adjective makes it the common noun (الوحدة الوطنية، العين الساهرة).
fn common_noun_after(f: &[String], end: usize, gaz: &Gazetteer) -> bool {
    f.get(end).is_some_and(|w| {
        w.starts_with("ال") && w.chars().count() > 3 && gaz.nationality(w).is_none()
    })
}

/// A name of the table found in the document.
#[derive(Debug, Clone)]
struct Hit {
    sentence: usize,
    start: usize,
    end: usize,
    name: usize,
    clitics: usize,
    /// Read as the name (else still pending or refused).
    accepted: bool,
}

/// Whether `b` follows `a` in a list: «X وY», «X، Y», «X و Y», with one
/// nationality adjective allowed after X (نابولي الإيطالي وبروسيا دورتموند).
fn listed_after(
    f: &[String],
    a_end: usize,
    b_start: usize,
    b_clitics: usize,
    gaz: &Gazetteer,
) -> bool {
    let mut k = a_end;
    if f.get(k)
        .is_some_and(|w| w.starts_with("ال") && gaz.nationality(w).is_some())
    {
        k += 1;
    }
    let joined = |w: &str| matches!(w, "و" | "،" | "," | "او");
    (b_start == k && b_clitics > 0 && f.get(k).is_some_and(|w| w.starts_with('و')))
        || (b_start == k + 1 && f.get(k).is_some_and(|w| joined(w)))
}

/// Reads the clubs and competitions of the table over a document's sentences
/// (`folded` as [`super::fold_word`] gives them) and puts them into `found`.
pub(super) fn sport_entities(folded: &[Vec<String>], found: &mut [Vec<Found>], gaz: &Gazetteer) {
    let t = Table::get();
    let mut hits: Vec<Hit> = Vec::new();
    for (si, f) in folded.iter().enumerate() {
        let mut i = 0;
        while i < f.len() {
            match name_at(f, i, t) {
                Some((end, name, clitics)) => {
                    hits.push(Hit {
                        sentence: si,
                        start: i,
                        end,
                        name,
                        clitics,
                        accepted: false,
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    quoted_projects(folded, found);
    let cups = cup_names(folded, found);
    let mut sport: Option<bool> = None;
    let mut is_sport = || *sport.get_or_insert_with(|| sports_document(folded));
    if hits.is_empty() && cups.is_empty() {
        relabel_clubs(folded, found, t, gaz, &mut is_sport);
        return;
    }
    for h in hits.iter_mut() {
        let f = &folded[h.sentence];
        let name = &t.names[h.name];
        h.accepted = match name.kind {
            Kind::Club => true,
            Kind::Comp => !other_competition(f, h.end),
            Kind::CompSport => {
                !other_competition(f, h.end)
                    && (f.get(h.end).is_some_and(|w| year(w)) || is_sport())
            }
            Kind::CompYear => f.get(h.end).is_some_and(|w| year(w)),
            Kind::ClubSport => {
                is_sport()
                    && !common_noun_after(f, h.end, gaz)
                    && sports_frame(f, h.start, h.end, gaz)
            }
        };
    }
    // Clubs the document names for sure: accepted hits and the tagger's ORG clubs.
    let mut confirmed: HashSet<&str> = hits
        .iter()
        .filter(|h| h.accepted && t.clubs.contains(&t.names[h.name].id))
        .map(|h| t.names[h.name].id.as_str())
        .collect();
    for x in found.iter().flatten() {
        if let Some(id) =
            x.id.as_deref()
                .filter(|id| x.label == Label::Org && t.clubs.contains(*id))
        {
            confirmed.insert(id);
        }
    }
    if hits
        .iter()
        .any(|h| !h.accepted && t.names[h.name].kind == Kind::ClubSport)
        && is_sport()
    {
        // A name the document gives the club elsewhere, or coordinated with a club.
        loop {
            let mut changed = false;
            for k in 0..hits.len() {
                let h = &hits[k];
                if h.accepted || t.names[h.name].kind != Kind::ClubSport {
                    continue;
                }
                let f = &folded[h.sentence];
                if common_noun_after(f, h.end, gaz) {
                    continue;
                }
                let prev = h.start.checked_sub(1).and_then(|j| f.get(j));
                // (After a place word or with «بـ» "in" the name is the place: في
                // برشلونة، مدينة العين، مباراة الذهاب ببرشلونة.)
                // (Session 21, s21a E1: after a locative only a name that is
                // also a place — the gazetteer's or the tagger's; «إلى الهلال» is
                // the club, the crescent being no place.)
                let locative = prev.is_some_and(|p| super::is_locative(p, gaz) && p != "بين")
                    || f[h.start].chars().take(h.clitics).any(|c| c == 'ب');
                let place_word = prev.is_some_and(|p| place_noun(p, gaz))
                    || (locative
                        && (place_name(&f[h.start..h.end], gaz)
                            || found[h.sentence].iter().any(|x| {
                                x.label == Label::Loc && x.start <= h.start && h.start < x.end
                            })));
                let known = confirmed.contains(t.names[h.name].id.as_str()) && !place_word;
                let club_at = |s: usize, e: usize, c: usize, before: bool| {
                    if before {
                        listed_after(f, e, h.start, h.clitics, gaz)
                    } else {
                        listed_after(f, h.end, s, c, gaz)
                    }
                };
                let coordinated = hits.iter().any(|o| {
                    o.accepted
                        && o.sentence == h.sentence
                        && t.clubs.contains(&t.names[o.name].id)
                        && (club_at(o.start, o.end, o.clitics, o.end <= h.start)
                            && (o.end <= h.start || o.start >= h.end))
                }) || found[h.sentence].iter().any(|x| {
                    x.label == Label::Org
                        && (x.id.as_deref().is_some_and(|id| t.clubs.contains(id))
                            || x.canonical.as_deref().is_some_and(super::club_canonical))
                        && (if x.end <= h.start {
                            listed_after(f, x.end, h.start, h.clitics, gaz)
                        } else {
                            x.start >= h.end
                                && listed_after(
                                    f,
                                    h.end,
                                    x.start,
                                    usize::from(f[x.start].starts_with('و')),
                                    gaz,
                                )
                        })
                });
                if known || coordinated {
                    let id = t.names[h.name].id.as_str();
                    hits[k].accepted = true;
                    confirmed.insert(id);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }
    for h in hits.iter().filter(|h| h.accepted) {
        let f = &folded[h.sentence];
        let name = &t.names[h.name];
        let end = if name.label == Label::Misc && f.get(h.end).is_some_and(|w| year(w)) {
            h.end + 1
        } else {
            h.end
        };
        let (canonical, id) = edition(name, f.get(h.end).filter(|_| end > h.end));
        // A club's nationality adjective (غلطة سراي التركي) is its `nationality`.
        let nationality = f
            .get(end)
            .filter(|w| name.label == Label::Org && w.starts_with("ال"))
            .and_then(|w| gaz.nationality(w))
            .and_then(|e| gaz.entry(e))
            .map(|e| e.canonical.clone());
        put(
            &mut found[h.sentence],
            Found {
                start: h.start,
                end,
                label: name.label,
                clitic_chars: Some(h.clitics),
                canonical,
                id,
                nationality,
            },
        );
    }
    for (si, start, end, clitics) in cups {
        // (A name of the table over the same words has put its entity already.)
        if found[si]
            .iter()
            .any(|x| x.start <= start && end <= x.end && x.label == Label::Misc)
        {
            continue;
        }
        put(
            &mut found[si],
            Found {
                start,
                end,
                label: Label::Misc,
                clitic_chars: Some(clitics),
                canonical: None,
                id: None,
                nationality: None,
            },
        );
    }
    relabel_clubs(folded, found, t, gaz, &mut is_sport);
}

/// The canonical name and id of a competition's edition (كأس العالم 1974 →
/// 1974 FIFA World Cup, the ids the curated list gives the recent ones; يورو
/// 2016 → UEFA Euro 2016) when the year is one the tournament was played in;
/// else the competition's own, if it has one.
fn edition(name: &Name, year: Option<&String>) -> (Option<String>, Option<String>) {
    let y: Option<u32> = year.and_then(|w| w.parse().ok());
    match (name.id.as_str(), y) {
        ("misc:fifa-world-cup", Some(y))
            if matches!(y, 1930 | 1934 | 1938) || (1950..=2026).contains(&y) && y % 4 == 2 =>
        {
            (
                Some(format!("{y} FIFA World Cup")),
                Some(format!("misc:{y}-fifa-world-cup")),
            )
        }
        ("misc:uefa-european-championship", Some(y))
            if (1960..=2028).contains(&y) && y % 4 == 0 =>
        {
            (
                Some(format!("UEFA Euro {y}")),
                Some(format!("misc:uefa-euro-{y}")),
            )
        }
        // (A name the table gives no English name, «-», has none: كأس الملك is
        // the Saudi King Cup or the Copa del Rey.)
        _ if name.canonical == "-" => (None, None),
        _ => (Some(name.canonical.clone()), Some(name.id.clone())),
    }
}

/// After a competition's name, «لكرة السلة/اليد», «للسيدات/للشباب» or «تحت
/// 20 عاما» names another competition than the table's (كأس العالم لكرة اليد).
fn other_competition(f: &[String], end: usize) -> bool {
    f.get(end).is_some_and(|w| {
        (w == "لكره" && f.get(end + 1).is_some_and(|n| n != "القدم"))
            || matches!(
                w.as_str(),
                "للسيدات"
                    | "للشباب"
                    | "للشابات"
                    | "للناشئين"
                    | "للناشئات"
                    | "للرجبي"
                    | "للكريكيت"
                    | "للهوكي"
                    | "للتنس"
                    | "للسباحه"
                    | "للدراجات"
                    | "للرمايه"
                    | "للجمباز"
                    | "للفروسيه"
                    | "للرياضات"
                    | "للالعاب"
                    | "للمحاربين"
                    | "للصالات"
                    | "تحت"
            )
    })
}

/// «كأس + (أمم|ملك|الأمم) + a place or an organisation the tagger or the
/// gazetteer found» is a cup named after it (كأس مصر، كأس ملك تايلاند، كأس
/// الاتحاد العربي): one MISC span over the cup and the name (and a year after
/// it), never the place alone. Returns (sentence, start, end, proclitic chars).
fn cup_names(folded: &[Vec<String>], found: &[Vec<Found>]) -> Vec<(usize, usize, usize, usize)> {
    let mut out = Vec::new();
    for (si, f) in folded.iter().enumerate() {
        for (i, w) in f.iter().enumerate() {
            let clitics = match w.as_str() {
                "كاس" => 0,
                "وكاس" | "بكاس" | "لكاس" | "فكاس" => 1,
                "وبكاس" | "ولكاس" => 2,
                _ => continue,
            };
            let mut j = i + 1;
            if f.get(j)
                .is_some_and(|w| matches!(w.as_str(), "امم" | "ملك" | "الامم"))
            {
                j += 1;
            }
            let Some(x) = found
                .get(si)
                .and_then(|xs| xs.iter().find(|x| x.start == j))
                .filter(|x| {
                    matches!(x.label, Label::Loc | Label::Org) && x.clitic_chars.unwrap_or(0) == 0
                })
            else {
                continue;
            };
            let end = if f.get(x.end).is_some_and(|w| year(w)) {
                x.end + 1
            } else {
                x.end
            };
            out.push((si, i, end, clitics));
        }
    }
    out
}

/// Nouns that name a project, an initiative, an event or a treaty by a quoted
/// name in construct state (مشروع "مستقبل مصر"، مبادرة "حزام واحد"، فعالية
/// "يوم الأرض"، اتفاقية "أوسلو").
const PROJECT_NOUNS: &[&str] = &[
    "مشروع",
    "مبادره",
    "فعاليه",
    "فعاليات",
    "اتفاقيه",
    "اتفاق",
    "معاهده",
    "حمله",
    "مسيره",
];

/// A quoted name after a project noun is one MISC entity, the quotes and the
/// noun outside, and a place inside it (مصر in «مشروع "مستقبل مصر"») is not
/// tagged alone. One to four words (longer quotes are mostly speech: حملة
/// "شملت قصفا عشوائيا …"); a single word only if the tagger found a name there
/// (scare quotes hold common words: مشروع "وهمي").
fn quoted_projects(folded: &[Vec<String>], found: &mut [Vec<Found>]) {
    for (f, xs) in folded.iter().zip(found.iter_mut()) {
        let mut k = 0;
        while k + 2 < f.len() {
            // (The quote first: the noun test strips clitics, which allocates. A
            // straight quote after an odd number of them closes one: اتفاق"
            // مع الصين "لو…».)
            let opens = super::names::is_open_quote(&f[k + 1])
                && (f[k + 1] != "\""
                    || f[..k + 1].iter().filter(|w| w.as_str() == "\"").count() % 2 == 0);
            let noun = opens
                && norm::strips(&f[k])
                    .iter()
                    .any(|s| !s.with_article.starts_with("ال") && PROJECT_NOUNS.contains(&s.bare));
            if !noun {
                k += 1;
                continue;
            }
            let a = k + 2;
            let Some(b) = (a..f.len().min(a + 5)).find(|&j| super::names::is_close_quote(&f[j]))
            else {
                k += 1;
                continue;
            };
            let words_only = f[a..b].iter().all(|w| w.chars().all(char::is_alphanumeric));
            let inside = xs.iter().any(|x| a <= x.start && x.end <= b);
            // (An organisation inside the quotes, or a listed name of the whole
            // quote, stays: مشروع "نيوم"، مشروع "قطر غاز 2"، مشروع "جامعة …".)
            let listed = xs.iter().any(|x| {
                a <= x.start
                    && x.end <= b
                    && (x.label == Label::Org
                        || (x.canonical.is_some() && (x.start, x.end) == (a, b)))
            });
            let crossing = xs
                .iter()
                .any(|x| x.start < b && a < x.end && (x.start < a || x.end > b));
            if b > a && words_only && !crossing && !listed && (b > a + 1 || inside) {
                put(xs, Found::unlinked(a, b, Label::Misc));
            }
            k = b.max(k + 1);
        }
    }
}

/// Puts `new` into a sentence's entities: the tagger's pieces of the name go (روسيا
/// out of «وبروسيا دورتموند», أوروبا out of «كأس أوروبا»); a longer entity that
/// holds the name stays (كأس العالم 2018), as does one of the same span and label
/// that has a canonical name already.
fn put(found: &mut Vec<Found>, new: Found) {
    let overlapping: Vec<usize> = (0..found.len())
        .filter(|&k| found[k].start < new.end && new.start < found[k].end)
        .collect();
    if overlapping.iter().any(|&k| {
        let x = &found[k];
        x.start <= new.start
            && new.end <= x.end
            && ((x.start, x.end) != (new.start, new.end)
                || (x.label == new.label && x.canonical.is_some()))
    }) {
        return;
    }
    // A person the tagger ran into the name keeps the words outside it (لاعب
    // ريال | مدريد راموس: راموس).
    let mut rest = Vec::new();
    for &k in overlapping.iter().rev() {
        let x = found.remove(k);
        if x.label == Label::Per && x.end > new.end && x.start >= new.start {
            rest.push(Found {
                start: new.end,
                clitic_chars: Some(0),
                canonical: None,
                id: None,
                ..x
            });
        }
    }
    let at = found
        .iter()
        .position(|x| x.start >= new.end)
        .unwrap_or(found.len());
    found.insert(at, new);
    for x in rest {
        let at = found
            .iter()
            .position(|y| y.start >= x.end)
            .unwrap_or(found.len());
        found.insert(at, x);
    }
}

/// A person or place whose canonical entry is a club (ونابولي → SSC Napoli, PER)
/// is that club: the label follows the entry. A place does so only in a sports
/// document; after a place noun (مدينة ليستر، بمدينة فالنسيا، ولاية الوحدة) it is
/// the place, and takes the place's entry, if any, instead of the club's.
fn relabel_clubs(
    folded: &[Vec<String>],
    found: &mut [Vec<Found>],
    t: &Table,
    gaz: &Gazetteer,
    is_sport: &mut dyn FnMut() -> bool,
) {
    for (f, xs) in folded.iter().zip(found.iter_mut()) {
        for x in xs.iter_mut() {
            if !matches!(x.label, Label::Per | Label::Loc) {
                continue;
            }
            let Some(id) = x.id.as_deref() else {
                continue;
            };
            let club = t.clubs.contains(id)
                || (id.starts_with("org:")
                    && gaz.entries.iter().any(|e| e.id == id && super::is_club(e)));
            if !club {
                continue;
            }
            let after_place_noun = x
                .start
                .checked_sub(1)
                .and_then(|k| f.get(k))
                .is_some_and(|p| place_noun(p, gaz));
            if x.label == Label::Loc && after_place_noun {
                let place = f
                    .get(x.start..x.end)
                    .map(|r| r.iter().map(String::as_str).collect::<Vec<_>>())
                    .and_then(|r| gaz.lookup_span(&r))
                    .and_then(|m| {
                        m.entries
                            .iter()
                            .filter_map(|&e| gaz.entry(e))
                            .find(|e| matches!(e.source, Source::City | Source::Country))
                    });
                x.canonical = place.map(|e| e.canonical.clone());
                x.id = place.map(|e| e.id.clone());
            } else if x.label == Label::Per || is_sport() {
                x.label = Label::Org;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An entity after the pass: sentence, words of the span, label, id, proclitic chars.
    type Row = (usize, String, Label, Option<String>, Option<usize>);

    /// A sentence that makes a document a sports one (four sports words).
    const SPORTS: &str = "وسجل اللاعب هدفا في المباراة الأخيرة من الدوري";

    /// Runs the pass over `sentences` (words split on spaces) with the tagger's
    /// entities `tagged` (sentence, start, end, label, id) and returns
    /// (sentence, words of the span, label, id, proclitic chars).
    fn run(sentences: &[&str], tagged: &[(usize, usize, usize, Label, Option<&str>)]) -> Vec<Row> {
        let gaz = Gazetteer::get();
        let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.split(' ').collect()).collect();
        let folded: Vec<Vec<String>> = words
            .iter()
            .map(|s| s.iter().map(|w| super::super::fold_word(w)).collect())
            .collect();
        let mut found: Vec<Vec<Found>> = vec![Vec::new(); sentences.len()];
        for &(si, start, end, label, id) in tagged {
            found[si].push(Found {
                start,
                end,
                label,
                clitic_chars: None,
                canonical: id.map(|_| "x".to_string()),
                id: id.map(str::to_string),
                nationality: None,
            });
        }
        sport_entities(&folded, &mut found, gaz);
        found
            .iter()
            .enumerate()
            .flat_map(|(si, xs)| {
                let words = &words;
                xs.iter().map(move |x| {
                    (
                        si,
                        words[si][x.start..x.end].join(" "),
                        x.label,
                        x.id.clone(),
                        x.clitic_chars,
                    )
                })
            })
            .collect()
    }

    fn has(out: &[Row], text: &str, label: Label, id: Option<&str>) -> bool {
        out.iter()
            .any(|x| x.1 == text && x.2 == label && x.3.as_deref() == id)
    }

    #[test]
    fn table_reads() {
        let t = Table::get();
        assert!(t.names.len() > 40);
        assert!(t.clubs.contains("org:borussia-dortmund"));
        assert!(t.phrases.contains_key("كاس ملك اسبانيا"));
    }

    #[test]
    fn a_club_the_tagger_cut_into_places_is_one_club() {
        // وبروسيا: the tagger read و + ب + روسيا (Russia); شاختار + دونتسك as two names.
        let out = run(
            &["ويلعب الفريق في المجموعة نفسها مع شاختار دونتسك وبروسيا دورتموند"],
            &[
                (0, 6, 7, Label::Org, Some("org:shakhtar-donetsk")),
                (0, 7, 8, Label::Loc, None),
                (0, 8, 9, Label::Loc, Some("RU")),
                (0, 9, 10, Label::Org, Some("org:borussia-dortmund")),
            ],
        );
        assert_eq!(out.len(), 2, "{out:?}");
        assert!(has(
            &out,
            "شاختار دونتسك",
            Label::Org,
            Some("org:shakhtar-donetsk")
        ));
        assert!(has(
            &out,
            "وبروسيا دورتموند",
            Label::Org,
            Some("org:borussia-dortmund")
        ));
        // Only the و is a proclitic: the ب belongs to the name.
        assert_eq!(out[1].4, Some(1));
    }

    #[test]
    fn a_country_inside_a_competition_is_not_tagged_alone() {
        let out = run(
            &[
                "تأهل منتخب ويلز إلى نهائيات كأس أمم أوروبا للمرة الأولى",
                "وخسر الفريق نهائي كأس الاتحاد الأفريقي أمس",
                "وتوج النادي بلقب كأس ملك إسبانيا 2015",
            ],
            &[
                (0, 2, 3, Label::Loc, Some("GB")),
                (0, 7, 8, Label::Loc, Some("loc:europe")),
                (1, 4, 6, Label::Org, Some("org:african-union")),
                (2, 5, 6, Label::Loc, Some("ES")),
            ],
        );
        assert!(has(
            &out,
            "كأس أمم أوروبا",
            Label::Misc,
            Some("misc:uefa-european-championship")
        ));
        assert!(has(
            &out,
            "كأس الاتحاد الأفريقي",
            Label::Misc,
            Some("misc:caf-confederation-cup")
        ));
        assert!(has(
            &out,
            "كأس ملك إسبانيا 2015",
            Label::Misc,
            Some("misc:copa-del-rey")
        ));
        assert!(has(&out, "ويلز", Label::Loc, Some("GB")));
        assert!(
            !out.iter().any(|x| x.1 == "أوروبا" || x.1 == "إسبانيا"),
            "{out:?}"
        );
    }

    #[test]
    fn the_bare_world_cup_needs_a_sports_document() {
        let sport = run(
            &[SPORTS, "ويحلم المنتخب بالمشاركة في كأس العالم المقبلة"],
            &[],
        );
        assert!(has(
            &sport,
            "كأس العالم",
            Label::Misc,
            Some("misc:fifa-world-cup")
        ));
        // Not a sports document: a cup of the world is left to the tagger.
        let other = run(&["وقال الوزير إن كأس العالم ستكلف الدولة الكثير"], &[]);
        assert!(other.is_empty(), "{other:?}");
        // Another sport's world cup is not FIFA's.
        let handball = run(&[SPORTS, "وشارك المنتخب في كأس العالم لكرة اليد"], &[]);
        assert!(!handball
            .iter()
            .any(|x| x.3.as_deref() == Some("misc:fifa-world-cup")));
        let club = run(&["وشارك الفريق في كأس العالم للأندية بالمغرب"], &[]);
        assert!(has(
            &club,
            "كأس العالم للأندية",
            Label::Misc,
            Some("misc:fifa-club-world-cup")
        ));
    }

    #[test]
    fn euro_is_a_competition_only_with_a_year() {
        let out = run(&["وغاب اللاعب عن يورو 2020 بسبب الإصابة"], &[]);
        assert!(has(
            &out,
            "يورو 2020",
            Label::Misc,
            Some("misc:uefa-euro-2020")
        ));
        let money = run(&[SPORTS, "وبلغ سعر التذكرة 50 يورو"], &[]);
        assert!(money.is_empty(), "{money:?}");
    }

    #[test]
    fn a_city_named_club_after_a_result_word_is_the_club() {
        let out = run(
            &[
                SPORTS,
                "وجاء ذلك بعد الفوز 3-1 على أشبيلية في الجولة الماضية",
            ],
            &[(1, 7, 8, Label::Loc, Some("geonames:2510911"))],
        );
        assert!(
            has(&out, "أشبيلية", Label::Org, Some("org:sevilla-fc")),
            "{out:?}"
        );
        // Travelling to the city is not playing the club.
        let city = run(
            &[SPORTS, "ووصل الفريق إلى أشبيلية مساء الجمعة"],
            &[(1, 3, 4, Label::Loc, Some("geonames:2510911"))],
        );
        assert!(
            has(&city, "أشبيلية", Label::Loc, Some("geonames:2510911")),
            "{city:?}"
        );
    }

    #[test]
    fn common_word_clubs_need_a_frame_the_club_elsewhere_or_a_list() {
        let out = run(
            &[
                SPORTS,
                "وقال مدرب الوحدة إن فريقه استحق النقاط",
                "وتبقى المنافسة قائمة بين العين والوحدة حتى النهاية",
            ],
            &[],
        );
        assert!(
            has(&out, "الوحدة", Label::Org, Some("org:al-wahda-abu-dhabi")),
            "{out:?}"
        );
        assert!(
            has(&out, "والوحدة", Label::Org, Some("org:al-wahda-abu-dhabi")),
            "{out:?}"
        );
        assert!(
            has(&out, "العين", Label::Org, Some("org:al-ain-fc")),
            "{out:?}"
        );
        // A common noun: national unity, even in a sports document with the club.
        let unity = run(
            &[SPORTS, "وقال مدرب الوحدة إن الرياضة تخدم الوحدة الوطنية"],
            &[],
        );
        assert_eq!(unity.len(), 1, "{unity:?}");
        // Outside sport the word is the word.
        let plain = run(&["ودعا الرئيس إلى الوحدة بين الفصائل"], &[]);
        assert!(plain.is_empty(), "{plain:?}");
        // The city after a place word stays the tagger's.
        let city = run(
            &[SPORTS, "وقال مدرب العين إن الفريق عاد إلى مدينة العين"],
            &[(1, 8, 9, Label::Loc, Some("geonames:292913"))],
        );
        assert!(has(&city, "العين", Label::Org, Some("org:al-ain-fc")));
        assert!(
            has(&city, "العين", Label::Loc, Some("geonames:292913")),
            "{city:?}"
        );
    }

    #[test]
    fn a_cup_named_after_a_place_is_one_name() {
        // (A cup the table does not list: «كأس مصر» is the Egypt Cup since
        // session 21.)
        let out = run(
            &["وتوج الفريق بكأس تونس 2017 بعد الفوز في النهائي"],
            &[(0, 3, 4, Label::Loc, Some("TN"))],
        );
        assert!(has(&out, "بكأس تونس 2017", Label::Misc, None), "{out:?}");
        assert_eq!(out[0].4, Some(1));
        // A cup and a place further on: two things.
        let apart = run(
            &["ورفع اللاعبون الكأس في مصر"],
            &[(0, 4, 5, Label::Loc, Some("EG"))],
        );
        assert!(has(&apart, "مصر", Label::Loc, Some("EG")));
    }

    #[test]
    fn a_club_read_as_a_person_takes_the_club_label() {
        let out = run(
            &["وتضم المجموعة أيضا ونابولي"],
            &[(0, 3, 4, Label::Per, Some("org:napoli"))],
        );
        assert!(
            has(&out, "ونابولي", Label::Org, Some("org:napoli")),
            "{out:?}"
        );
        // A person stays a person.
        let per = run(
            &["وقال ميسي إنه سعيد"],
            &[(0, 1, 2, Label::Per, Some("per:lionel-messi"))],
        );
        assert!(has(&per, "ميسي", Label::Per, Some("per:lionel-messi")));
    }

    #[test]
    fn a_longer_listed_name_stays() {
        let out = run(
            &["وفاز المنتخب بكأس العالم 2018 في روسيا"],
            &[(0, 2, 5, Label::Misc, Some("misc:2018-fifa-world-cup"))],
        );
        assert_eq!(out.len(), 1, "{out:?}");
        assert!(has(
            &out,
            "بكأس العالم 2018",
            Label::Misc,
            Some("misc:2018-fifa-world-cup")
        ));
    }

    #[test]
    fn a_place_noun_keeps_a_city_that_shares_a_clubs_entry() {
        // The tagger's LOC with the club's entry, after «مدينة»: the city, in any document.
        let city = run(
            &[SPORTS, "ووقع الانفجار في مدينة ليستر وسط البلاد"],
            &[(1, 4, 5, Label::Loc, Some("org:leicester-city"))],
        );
        assert!(
            city.iter().any(|x| x.1 == "ليستر"
                && x.2 == Label::Loc
                && x.3.as_deref() != Some("org:leicester-city")),
            "{city:?}"
        );
        // Without the place noun, in a sports document: the club.
        let club = run(
            &[SPORTS, "وانتقل المدافع من فالنسيا الإسباني"],
            &[(1, 3, 4, Label::Loc, Some("org:valencia-cf"))],
        );
        assert!(
            has(&club, "فالنسيا", Label::Org, Some("org:valencia-cf")),
            "{club:?}"
        );
        // Outside sport a place stays a place.
        let news = run(
            &["ونصبت خيام في مرفأ فالنسيا لاستقبال المهاجرين"],
            &[(0, 4, 5, Label::Loc, Some("org:valencia-cf"))],
        );
        assert!(news.iter().all(|x| x.2 == Label::Loc), "{news:?}");
    }

    #[test]
    fn the_city_where_a_team_plays_is_not_the_club() {
        // The document names the club (لاعب برشلونة), but «تدريبات الفريق في
        // برشلونة» and «مباراة الذهاب ببرشلونة» are the city.
        let out = run(
            &[
                SPORTS,
                "وأشاد لاعب برشلونة بزملائه",
                "وأقيمت تدريبات الفريق في برشلونة أمس",
                "وفاز الضيوف في مباراة الذهاب ببرشلونة",
            ],
            &[
                (1, 3, 4, Label::Loc, Some("geonames:3128760")),
                (2, 4, 5, Label::Loc, Some("geonames:3128760")),
                (3, 5, 6, Label::Loc, Some("geonames:3128760")),
            ],
        );
        assert!(
            has(&out, "برشلونة", Label::Org, Some("org:fc-barcelona")),
            "{out:?}"
        );
        assert!(
            has(&out, "برشلونة", Label::Loc, Some("geonames:3128760")),
            "{out:?}"
        );
        assert!(
            has(&out, "ببرشلونة", Label::Loc, Some("geonames:3128760")),
            "{out:?}"
        );
        // A player at the club: «كلاعب في برشلونة».
        let player = run(
            &[SPORTS, "وأنهى مسيرته كلاعب في برشلونة"],
            &[(1, 4, 5, Label::Loc, Some("geonames:3128760"))],
        );
        assert!(
            has(&player, "برشلونة", Label::Org, Some("org:fc-barcelona")),
            "{player:?}"
        );
    }

    #[test]
    fn an_edition_takes_its_years_name() {
        let out = run(
            &["وتألق الحارس في كأس العالم 1974 ثم في يورو 2016 وكأس العالم 2017"],
            &[],
        );
        assert!(
            has(
                &out,
                "كأس العالم 1974",
                Label::Misc,
                Some("misc:1974-fifa-world-cup")
            ),
            "{out:?}"
        );
        assert!(
            has(&out, "يورو 2016", Label::Misc, Some("misc:uefa-euro-2016")),
            "{out:?}"
        );
        // No World Cup was played in 2017 (a club competition's or a typo): the competition.
        assert!(!out
            .iter()
            .any(|x| x.3.as_deref() == Some("misc:2017-fifa-world-cup")));
    }

    #[test]
    fn a_quoted_project_name_is_one_misc() {
        let out = run(
            &["وافتتح الرئيس مشروع \" وادي مصر الجديد \" للاستصلاح الزراعي"],
            &[(0, 5, 6, Label::Loc, Some("EG"))],
        );
        assert!(has(&out, "وادي مصر الجديد", Label::Misc, None), "{out:?}");
        assert!(!out.iter().any(|x| x.1 == "مصر"), "{out:?}");
        // Scare quotes around one common word: nothing.
        let scare = run(&["ووصف المعارض المشروع بأنه مشروع \" وهمي \" تماما"], &[]);
        assert!(scare.is_empty(), "{scare:?}");
        // With the article the quotes mark an adjective.
        let adjective = run(&["وانتقد الحزب الاتفاق \" المجحف بحق البلاد \" أمس"], &[]);
        assert!(adjective.is_empty(), "{adjective:?}");
    }

    #[test]
    fn a_person_run_into_a_club_keeps_his_own_words() {
        let out = run(
            &["وتعرض لاعب ريال مدريد راموس لانتقادات"],
            &[(0, 2, 3, Label::Org, None), (0, 3, 5, Label::Per, None)],
        );
        assert!(
            has(&out, "ريال مدريد", Label::Org, Some("org:real-madrid")),
            "{out:?}"
        );
        assert!(has(&out, "راموس", Label::Per, None), "{out:?}");
        // An ambiguous cup keeps no canonical name: the Saudi King Cup or the Copa del Rey.
        let cup = run(&[SPORTS, "وتأهل الفريق إلى نهائي كأس الملك"], &[]);
        assert!(has(&cup, "كأس الملك", Label::Misc, None), "{cup:?}");
    }

    #[test]
    fn a_quoted_project_keeps_a_listed_company_and_skips_speech() {
        // A listed organisation inside the quotes stays the organisation.
        let company = run(
            &["ووقعت الحكومة عقد مشروع \" أرامكو 3 \" أمس"],
            &[(0, 5, 6, Label::Org, Some("org:saudi-aramco"))],
        );
        assert!(
            has(&company, "أرامكو", Label::Org, Some("org:saudi-aramco")),
            "{company:?}"
        );
        assert_eq!(company.len(), 1, "{company:?}");
        // Five words or more in quotes: speech, not a name.
        let speech = run(
            &["وأطلق الناشطون حملة \" لن نسكت بعد اليوم على الظلم \" في المدينة"],
            &[],
        );
        assert!(speech.is_empty(), "{speech:?}");
    }

    #[test]
    fn a_closing_quote_after_a_project_noun_opens_nothing() {
        let out = run(
            &["وقال \" هناك فرصة لاتفاق \" مع الصين حتى \" لو تأخر \" أمس"],
            &[(0, 7, 8, Label::Loc, Some("CN"))],
        );
        assert!(has(&out, "الصين", Label::Loc, Some("CN")), "{out:?}");
        assert_eq!(out.len(), 1, "{out:?}");
    }
}
