//! Clitic segmentation, ATB/UD convention.
//!
//! A written Arabic word can carry, in this order: a conjunction (و، ف), a
//! preposition (ب، ل، ك) or the future particle س (only before an imperfect
//! verb: سي… ست… سن… سأ…), the base word — which keeps its article ال — and
//! one enclitic pronoun (ه ها هما هم هن ك كما كم كن ي ني نا).
//!
//! ```
//! use khabar_text::segment::segment;
//! let forms = |w: &str| segment(w).into_iter().map(|s| s.text).collect::<Vec<_>>();
//! assert_eq!(forms("والمسلحين"), ["و", "المسلحين"]);
//! assert_eq!(forms("للتنظيم"), ["ل", "التنظيم"]);        // لل → ل + ال
//! assert_eq!(forms("مدرسته"), ["مدرسة", "ه"]);          // ta marbuta restored
//! assert_eq!(forms("وسيكون"), ["و", "س", "يكون"]);
//! assert_eq!(forms("لبنان"), ["لبنان"]);                 // a name, not ل + بنان
//! ```
//!
//! **Every split is decided by data**, not by letters alone: the base must be
//! attested in the news lexicon ([`crate::lexicon`], learned from 31.5k
//! articles) often enough relative to the unsplit word, the whole word must not
//! behave like a word of its own (take the article ال, a conjunction, or a
//! feminine ة as a nisba adjective does), and gazetteer place names are never
//! split. A short closed list covers function words whose letters look like
//! clitics (لكن، لدى، هناك…).
//!
//! Decisions are made on the lexicon fold of the word (search profile, ta
//! marbuta kept), but spans and forms refer to the word as written: spans are
//! byte spans within `word`, diacritics stay with their letter.
use std::cell::RefCell;

use crate::lexicon::{key_hash_parts, lexfold, lexfold_into, Entry, Folded, Lexicon, Memo};
use crate::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentKind {
    Proclitic,
    Base,
    Enclitic,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The segment's form (ta marbuta restored on the base: مدرسته → مدرسة + ه; لل → ل + ال).
    pub text: String,
    /// Byte span within the word that was segmented.
    pub span: Span,
    pub kind: SegmentKind,
}

/// Segment one word (as written in the source) into clitics and base.
pub fn segment(word: &str) -> Vec<Segment> {
    let spans = segment_spans(word);
    spans
        .iter()
        .map(|(span, kind)| Segment {
            text: spans.form(word, span, kind),
            span,
            kind,
        })
        .collect()
}

/// Where the segments of a word are, without allocating: the building block of
/// [`segment`] for callers on a hot path (indexers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SegmentSpans {
    spans: [Span; 4],
    kinds: [SegmentKind; 4],
    len: usize,
    /// Letters the base's written form lacks in front: "ا" or "ال" after لل
    /// (للتنظيم → ل + التنظيم), else "".
    pub base_prefix: &'static str,
    /// A letter that replaces the base's last letter in its form: ة restored
    /// (مدرسته → مدرسة + ه) or ى restored (عليه → على + ه).
    pub base_last: Option<char>,
}

impl SegmentSpans {
    fn whole(word: &str) -> Self {
        let mut s = SegmentSpans {
            spans: [Span::default(); 4],
            kinds: [SegmentKind::Base; 4],
            len: 0,
            base_prefix: "",
            base_last: None,
        };
        if !word.is_empty() {
            s.push(Span::new(0, word.len()), SegmentKind::Base);
        }
        s
    }

    fn push(&mut self, span: Span, kind: SegmentKind) {
        if let (Some(sp), Some(k)) = (self.spans.get_mut(self.len), self.kinds.get_mut(self.len)) {
            *sp = span;
            *k = kind;
            self.len += 1;
        }
    }

    /// Number of segments (0 for an empty word).
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The segments' byte spans (within the word) and kinds, in order.
    pub fn iter(&self) -> impl Iterator<Item = (Span, SegmentKind)> + '_ {
        self.spans
            .iter()
            .copied()
            .zip(self.kinds.iter().copied())
            .take(self.len)
    }

    /// The form of the segment at `span` of `word`: its text, with the base's
    /// article or final letter restored.
    pub fn form(&self, word: &str, span: Span, kind: SegmentKind) -> String {
        let text = span.slice(word);
        if kind != SegmentKind::Base || (self.base_prefix.is_empty() && self.base_last.is_none()) {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len() + 4);
        out.push_str(self.base_prefix);
        match self.base_last {
            Some(c) => {
                // Drop the last letter with its diacritics, put `c` instead.
                let cut = text
                    .char_indices()
                    .rev()
                    .find(|&(_, ch)| !is_mark(ch))
                    .map_or(text.len(), |(i, _)| i);
                out.push_str(text.get(..cut).unwrap_or(""));
                out.push(c);
            }
            None => out.push_str(text),
        }
        out
    }
}

/// The segments of `word` as spans (see [`SegmentSpans`]); never allocates
/// for words seen recently on this thread.
pub fn segment_spans(word: &str) -> SegmentSpans {
    if !may_have_clitic(word) {
        return SegmentSpans::whole(word);
    }
    let analysis = with_memo(word, |slot| match slot.segment() {
        Some(a) => a,
        None => {
            let a = with_scratch(|f| {
                lexfold_into(word, f);
                analyze(word, f, Lexicon::get())
            });
            slot.set_segment(a);
            a
        }
    });
    match analysis {
        Some(a) => render(word, &a),
        None => SegmentSpans::whole(word),
    }
}

/// What this thread remembers about a recently seen word: its segmentation
/// and its stem, each filled in when first asked for. One memo for both, so
/// that stemming a word right after segmenting it finds the slot in cache.
/// Packed into 8 bytes (16 with the key: the memo is 4 MiB instead of 6, so
/// more of it stays in cache):
///
/// * bits 0–1: segmentation unknown (0), no clitics (1), [`Analysis`] (2);
/// * bits 2–32: the analysis (see [`Analysis::pack`]);
/// * bit 33: stem known; bits 34–50: the stem's (start, end, ta).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordMemo(u64);

impl WordMemo {
    /// The remembered segmentation, if any.
    pub fn segment(self) -> Option<Option<Analysis>> {
        match self.0 & 3 {
            1 => Some(None),
            2 => Some(Some(Analysis::unpack((self.0 >> 2) as u32))),
            _ => None,
        }
    }
    /// Remember a segmentation (not remembered if it does not pack).
    pub fn set_segment(&mut self, a: Option<Analysis>) {
        let bits = match a {
            None => Some(1),
            Some(a) => a.pack().map(|p| 2 | (u64::from(p) << 2)),
        };
        if let Some(b) = bits {
            self.0 = (self.0 & !0x1_FFFF_FFFF) | b;
        }
    }
    /// The remembered stem (start, end, ta), if any.
    pub fn stem(self) -> Option<(u8, u8, bool)> {
        let s = self.0 >> 33;
        (s & 1 == 1).then_some(((s >> 1) as u8, (s >> 9) as u8, (s >> 17) & 1 == 1))
    }
    /// Remember a stem.
    pub fn set_stem(&mut self, (a, b, ta): (u8, u8, bool)) {
        let s = 1 | (u64::from(a) << 1) | (u64::from(b) << 9) | (u64::from(ta) << 17);
        self.0 = (self.0 & 0x1_FFFF_FFFF) | (s << 33);
    }
}

/// Run `f` on this thread's reusable [`Folded`] buffer.
pub(crate) fn with_scratch<R>(f: impl FnOnce(&mut Folded) -> R) -> R {
    thread_local! {
        static SCRATCH: RefCell<Folded> = RefCell::new(Folded::default());
    }
    SCRATCH.with(|s| f(&mut s.borrow_mut()))
}

/// Run `f` on this thread's memo slot for `word`.
pub(crate) fn with_memo<R>(word: &str, f: impl FnOnce(&mut WordMemo) -> R) -> R {
    thread_local! {
        static MEMO: RefCell<Memo<WordMemo>> = RefCell::new(Memo::new());
    }
    MEMO.with(|m| m.borrow_mut().with(word, f))
}

/// Whether every char of `word` is an Arabic letter that folds 1:1 (so folded
/// char `i` is at bytes `2i..2i+2`): the common case, no fold needed to map.
pub(crate) fn is_plain_arabic(word: &str) -> bool {
    word.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// Cheap pre-check on the raw word: can it start with a proclitic letter or end
/// with an enclitic letter at all? (Diacritics and tatweel at the end are
/// skipped; presentation forms and Persian variants are left to the full path.)
fn may_have_clitic(word: &str) -> bool {
    let maybe = |c: char, set: &[char]| {
        set.contains(&c) || c >= '\u{FB50}' || ('\u{06A9}'..='\u{06D3}').contains(&c)
    };
    let first = word.chars().next();
    let last = word.chars().rev().find(|&c| !is_mark(c));
    first.is_some_and(|c| maybe(c, &['و', 'ف', 'ب', 'ل', 'ك', 'س']))
        || last.is_some_and(|c| maybe(c, &['ه', 'ا', 'م', 'ن', 'ك', 'ي']))
}

fn is_mark(c: char) -> bool {
    crate::normalize::is_arabic_diacritic(c) || c == '\u{0640}' || crate::normalize::is_invisible(c)
}

// ---------------------------------------------------------------------------
// Thresholds (counts are occurrences in the training corpus, ~8M words).

/// A base must be seen at least this often (alone or with ال).
pub(crate) const MIN_BASE: u32 = 3;
/// A conjunction split is refused when the whole word is this many times more
/// frequent than its base (وزير vs زير; but وأضافت is 17× أضافت).
const MAX_WHOLE_RATIO_CONJ: u32 = 30;
/// The same for prepositions and the future particle (بدأ vs دا).
const MAX_WHOLE_RATIO_PREP: u32 = 10;
/// The same for enclitics (ذلك vs ذل, هناك vs هنا).
const MAX_WHOLE_RATIO_ENC: u32 = 20;
/// Evidence that the whole word is a word of its own (it takes ال or و/ف)
/// counts when it reaches this many occurrences…
const MIN_WORD_EVIDENCE: u32 = 3;
/// … and at least 1/this of the word's own count.
const WORD_EVIDENCE_SHARE: u32 = 50;

/// Function words whose letters look like clitic + word but are one word.
pub(crate) const NEVER_SPLIT: &[&str] = &[
    "لكن",
    "لكي",
    "لدي",
    "لما",
    "كان",
    "كي",
    "كلا",
    "هناك",
    "هنالك",
    "ذلك",
    "تلك",
    "اولئك",
    "ذلكم",
    "بي",
    "لعل",
    "بل",
    "فقط",
    "سوي",
    "كيف",
    "كم",
    "لم",
    "لن",
    "لو",
    "لولا",
    "ليس",
    "ليست",
    "فيما",
    "بينما",
    "كلما",
    "الله",
    "اللهم",
];

/// Prepositions written with ى that show ي before a pronoun (عليه = على + ه).
const MAQSURA_PREPS: &[&str] = &["علي", "الي", "لدي"];

/// Enclitic pronouns, longest first.
const ENCLITICS: &[&str] = &[
    "هما", "كما", "هم", "هن", "ها", "كم", "كن", "ني", "نا", "ه", "ك", "ي",
];

/// What the segmenter decided, in char indices of the folded word (words
/// longer than 255 letters are never split). Small and `Copy` for the memo.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Analysis {
    /// Number of one-letter proclitics (و ف ب ل ك س); they are chars `0..npro`.
    pub npro: u8,
    /// The word started with لل: the base gets an article. `Some(true)` when
    /// the base needs a full ال (للاجئين → ل + اللاجئين), `Some(false)` for ا
    /// (للتنظيم → ل + التنظيم).
    pub lil: Option<bool>,
    /// Base char range.
    pub base: (u8, u8),
    /// Enclitic char start (runs to the end), if any.
    pub enc: Option<u8>,
    /// Restore ta marbuta on the base (its last char is a ت that was ة).
    pub ta_marbuta: bool,
    /// Restore alef maqsura on the base (عليه → على).
    pub maqsura: bool,
}

impl Analysis {
    /// The analysis in 31 bits (`None` if a field does not fit: never for
    /// analyses [`analyze`] makes, whose proclitics number at most 2).
    fn pack(self) -> Option<u32> {
        if self.npro > 3 {
            return None;
        }
        let lil = match self.lil {
            None => 0,
            Some(false) => 1,
            Some(true) => 2,
        };
        let enc = self.enc.map_or(0, |e| 0x100 | u32::from(e));
        Some(
            u32::from(self.npro)
                | lil << 2
                | u32::from(self.base.0) << 4
                | u32::from(self.base.1) << 12
                | enc << 20
                | u32::from(self.ta_marbuta) << 29
                | u32::from(self.maqsura) << 30,
        )
    }

    fn unpack(p: u32) -> Analysis {
        Analysis {
            npro: (p & 3) as u8,
            lil: match (p >> 2) & 3 {
                1 => Some(false),
                2 => Some(true),
                _ => None,
            },
            base: ((p >> 4) as u8, (p >> 12) as u8),
            enc: ((p >> 28) & 1 == 1).then_some((p >> 20) as u8),
            ta_marbuta: (p >> 29) & 1 == 1,
            maqsura: (p >> 30) & 1 == 1,
        }
    }
}

/// Folded word with cheap char slicing: all chars must be 2-byte Arabic letters.
pub(crate) struct W<'a> {
    s: &'a str,
    n: usize,
}

impl<'a> W<'a> {
    pub fn new(s: &'a str) -> Option<W<'a>> {
        if s.len() <= 2 * 255 && is_plain_arabic(s) {
            Some(W { s, n: s.len() / 2 })
        } else {
            None
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.n
    }
    #[inline]
    pub fn sub(&self, a: usize, b: usize) -> &'a str {
        self.s.get(2 * a..2 * b).unwrap_or("")
    }
    #[inline]
    pub fn ch(&self, i: usize) -> &'a str {
        self.sub(i, i + 1)
    }
}

/// Lexicon look-ups of concatenated forms (hashed without building them).
pub(crate) struct Probe<'l> {
    pub lex: &'l Lexicon,
}

/// Slots of the per-thread cache of recent lexicon look-ups (a power of two).
/// Segmenting and then stemming a new word ask for mostly the same forms
/// (the word, its base, their article forms), so the stemmer finds them here.
const RECENT_SLOTS: usize = 512;

thread_local! {
    static RECENT: RefCell<[(u64, Option<Entry>); RECENT_SLOTS]> =
        const { RefCell::new([(0, None); RECENT_SLOTS]) };
}

impl<'l> Probe<'l> {
    pub fn new(lex: &'l Lexicon) -> Self {
        Probe { lex }
    }
    /// The entry of the concatenation of `parts`.
    fn entry(&mut self, parts: &[&str]) -> Option<Entry> {
        let raw = key_hash_parts(parts);
        if !std::ptr::eq(self.lex, Lexicon::get()) {
            return self.lex.entry_by_hash(raw);
        }
        // Key 0 marks an empty slot.
        let h = raw | 1;
        let i = (h >> 1) as usize & (RECENT_SLOTS - 1);
        RECENT.with(|r| {
            let mut r = r.borrow_mut();
            match r.get(i) {
                Some(&(k, e)) if k == h => e,
                _ => {
                    let e = self.lex.entry_by_hash(raw);
                    if let Some(slot) = r.get_mut(i) {
                        *slot = (h, e);
                    }
                    e
                }
            }
        })
    }
    /// Count of the concatenation of `parts`.
    pub fn c(&mut self, parts: &[&str]) -> u32 {
        self.entry(parts).map_or(0, |e| e.count)
    }
    /// Whether the concatenation of `parts` is a gazetteer name.
    pub fn name(&mut self, parts: &[&str]) -> bool {
        self.entry(parts).is_some_and(|e| e.name)
    }
    /// Attestation of a base: seen alone or with the article.
    pub fn att(&mut self, b: &str) -> u32 {
        let own = self.c(&[b]);
        if b.starts_with("ال") {
            own
        } else {
            own.saturating_add(self.c(&["ال", b]))
        }
    }
    /// Attestation of `b` allowing for one enclitic on it (بلادهم → بلاد,
    /// حكومته → حكومة).
    pub fn att_enc(&mut self, b: &str) -> u32 {
        let a = self.att(b);
        if a >= MIN_BASE || b.starts_with("ال") {
            return a;
        }
        // The stem must be a real word of 3+ letters (بينهما is not ب + ين + هما).
        match strip_enclitic(b).filter(|s| s.len() >= 6) {
            Some(stem) => a
                .saturating_add(self.att(stem))
                .saturating_add(self.att_ta(stem)),
            None => a,
        }
    }
    /// Attestation of `stem` read as ending in ta marbuta (حكومت → حكومة).
    pub fn att_ta(&mut self, stem: &str) -> u32 {
        match stem.strip_suffix('ت') {
            Some(s) if s.chars().count() >= 2 => {
                self.c(&[s, "ة"]).saturating_add(self.c(&["ال", s, "ة"]))
            }
            _ => 0,
        }
    }
    /// Evidence that `w` is a word of its own: it takes the article, or (when
    /// `conj`) a conjunction. Also checked on `w` without a pronoun ending
    /// (وفاته → الوفاة).
    pub fn word_evidence(&mut self, w: &str, conj: bool) -> u32 {
        let mut ev = 0u32;
        if !w.starts_with("ال") {
            ev = ev.saturating_add(self.c(&["ال", w]));
        }
        if conj {
            ev = ev
                .saturating_add(self.c(&["و", w]))
                .saturating_add(self.c(&["ف", w]));
        }
        // The accusative alef: واحدا → الواحد.
        if let Some(noun) = w
            .strip_suffix('ا')
            .filter(|n| n.len() >= 4 && !n.starts_with("ال"))
        {
            ev = ev.saturating_add(self.c(&["ال", noun]));
        }
        if let Some(stem) = strip_enclitic(w) {
            if !stem.starts_with("ال") {
                ev = ev.saturating_add(self.c(&["ال", stem]));
                if let Some(s) = stem.strip_suffix('ت') {
                    ev = ev.saturating_add(self.c(&["ال", s, "ة"]));
                }
            }
        }
        ev
    }
}

/// The stem of `w` before its first enclitic-looking ending, if ≥ 2 letters
/// remain (the stem may end in a ت that was ة: حكومته → حكومت).
fn strip_enclitic(w: &str) -> Option<&str> {
    // Every enclitic ends in ا م ن ي ه ك: most words leave on their last letter.
    if !w.ends_with(['ا', 'م', 'ن', 'ي', 'ه', 'ك']) {
        return None;
    }
    ENCLITICS
        .iter()
        .find_map(|e| w.strip_suffix(e).filter(|s| s.chars().count() >= 2))
}

/// Whether `w` is one of [`NEVER_SPLIT`] (none is longer than 10 bytes).
fn never_split(w: &str) -> bool {
    w.len() <= 10 && NEVER_SPLIT.contains(&w)
}

/// Whether `w` is, or is a closed-class word plus a pronoun (لديه, لكنها).
pub(crate) fn is_closed_class(w: &str) -> bool {
    never_split(w) || strip_enclitic(w).is_some_and(never_split)
}

fn is_whole_word_evidence(ev: u32, count: u32) -> bool {
    ev >= MIN_WORD_EVIDENCE && ev.saturating_mul(WORD_EVIDENCE_SHARE) >= count
}

/// Should `w` (a suffix of the folded word) lose its first letter as a proclitic?
/// `hamza_next`: the letter after the clitic is written أ/إ/آ in the source
/// (وأضاف, فإن), so the whole word cannot be a word in و/ف + ا; the folded
/// evidence (الوان for وإن) is then not consulted.
pub(crate) fn accept_proclitic(
    p: &mut Probe,
    w: &str,
    b: &str,
    conj: bool,
    hamza_next: bool,
) -> bool {
    if b.chars().count() < 2 || is_closed_class(w) {
        return false;
    }
    let att = p.att_enc(b);
    if att < MIN_BASE {
        return false;
    }
    let cw = p.c(&[w]);
    let max_ratio = if conj {
        MAX_WHOLE_RATIO_CONJ
    } else {
        MAX_WHOLE_RATIO_PREP
    };
    if cw > att.saturating_mul(max_ratio) {
        return false;
    }
    // A two-letter base (بضع = ب + ضع?) must be at least as frequent as the whole.
    if b.len() <= 4 && att < cw {
        return false;
    }
    hamza_next || !is_whole_word_evidence(p.word_evidence(w, conj), cw)
}

/// ك attaches to nouns (and a few particles): its base must show the article
/// (كالعادة, كمصدر ← المصدر), which rules out verbs (كادت ≠ ك + أدت) and names.
fn takes_article(p: &mut Probe, b: &str) -> bool {
    b.starts_with("ال") || p.c(&["ال", b]) >= MIN_BASE
}

/// Whether folded char `i` of the word was written as an alef with hamza.
pub(crate) fn hamza_at(word: &str, f: &Folded, i: usize) -> bool {
    f.map
        .get(i)
        .is_some_and(|s| s.slice(word).starts_with(['أ', 'إ', 'آ']))
}

/// Analyze a folded word. `None` means "one segment, no clitics".
pub(crate) fn analyze(word: &str, f: &Folded, lex: &Lexicon) -> Option<Analysis> {
    let w = W::new(&f.text)?;
    let n = w.len();
    if n < 2 || never_split(&f.text) {
        return None;
    }
    let mut p = Probe::new(lex);
    if p.name(&[&f.text]) {
        return None;
    }
    let mut a = Analysis::default();
    let mut i = 0;

    // Conjunction و / ف.
    if n >= 3
        && matches!(w.ch(0), "و" | "ف")
        && accept_proclitic(&mut p, w.sub(0, n), w.sub(1, n), true, hamza_at(word, f, 1))
    {
        a.npro = 1;
        i = 1;
    }

    // ل/ب + pronoun alone: له، بها، لهم، لنا… (the preposition is the base).
    let rest = w.sub(i, n);
    if matches!(w.ch(i), "ل" | "ب")
        && !is_closed_class(rest)
        && ENCLITICS.contains(&w.sub(i + 1, n))
    {
        a.base = (i as u8, i as u8 + 1);
        a.enc = Some(i as u8 + 1);
        return Some(a);
    }

    // Preposition / future particle, or لل → ل + ال.
    if n - i >= 3
        && matches!(w.ch(i), "ل" | "ب" | "ك" | "س")
        && !is_closed_class(rest)
        && !p.name(&[rest])
    {
        let c0 = w.ch(i);
        let b = w.sub(i + 1, n);
        let hamza = hamza_at(word, f, i + 1);
        if c0 == "ل" && w.ch(i + 1) == "ل" {
            // لل + rest: ل + ال + rest, or ل + الل + rest (للاجئين → ل + اللاجئين, لله → ل + الله).
            // Or ل + a word that starts with ل (لليفربول → ل + ليفربول).
            let tail = w.sub(i + 2, n);
            let short = p.att_enc_article(tail, "ال");
            let long = p.att_enc_article(tail, "الل");
            let lword = w.sub(i + 1, n);
            let plain =
                p.name(&[lword]) || (short.max(long) < MIN_BASE && p.att(lword) >= MIN_BASE);
            a.npro += 1;
            a.lil = if plain { None } else { Some(long > short) };
            i += 1;
        } else {
            let preposition = matches!(c0, "ب" | "ل" | "ك")
                && (c0 != "ك" || takes_article(&mut p, b))
                && accept_proclitic(&mut p, rest, b, false, hamza);
            let future = c0 == "س"
                && future_ok(word, f, &w, i)
                && !b.starts_with("ال")
                && accept_proclitic(&mut p, rest, b, false, false);
            if preposition || future {
                a.npro += 1;
                i += 1;
            }
        }
    }
    a.base = (i as u8, n as u8);

    // Enclitic pronoun (never on a word with the article, except إلى + pronoun).
    let b = w.sub(i, n);
    if a.lil.is_none()
        && (!b.starts_with("ال") || strip_enclitic(b) == Some("الي"))
        && !never_split(b)
    {
        if let Some((len, ta)) = find_enclitic(&mut p, b) {
            let e = n - len;
            a.enc = Some(e as u8);
            a.base = (i as u8, e as u8);
            a.ta_marbuta = ta;
            a.maqsura = !ta && MAQSURA_PREPS.contains(&w.sub(i, e));
        }
    }
    if a.npro == 0 && a.enc.is_none() {
        None
    } else {
        Some(a)
    }
}

impl Probe<'_> {
    /// Attestation of `article + tail` (for لل words).
    fn att_enc_article(&mut self, tail: &str, article: &str) -> u32 {
        let own = self.c(&[article, tail]);
        if own >= MIN_BASE {
            return own;
        }
        match strip_enclitic(tail) {
            Some(stem) => {
                let ta = match stem.strip_suffix('ت') {
                    Some(s) => self.c(&[article, s, "ة"]),
                    None => 0,
                };
                own.saturating_add(self.c(&[article, stem]))
                    .saturating_add(ta)
            }
            None => own,
        }
    }
}

/// س is the future particle only before an imperfect prefix: ي ت ن, or أ with
/// its hamza written (سأعود; a bare ا as in سانا is not). `i` is the char index
/// of س in the fold `f` of `word`.
fn future_ok(word: &str, f: &Folded, w: &W, i: usize) -> bool {
    match w.ch(i + 1) {
        "ي" | "ت" | "ن" => true,
        "ا" => f
            .map
            .get(i + 1)
            .is_some_and(|s| s.slice(word).starts_with('أ')),
        _ => false,
    }
}

/// The enclitic `b` ends with, if the split is supported by the data:
/// (enclitic length in chars, ta marbuta restored on the base).
fn find_enclitic(p: &mut Probe, b: &str) -> Option<(usize, bool)> {
    let n = b.chars().count();
    let mut cb = None;
    for e in ENCLITICS {
        let Some(stem) = b.strip_suffix(e) else {
            continue;
        };
        let cb = *cb.get_or_insert_with(|| p.c(&[b]));
        let el = e.chars().count();
        if n - el < 2 {
            continue;
        }
        // The whole word with the article is a noun without a pronoun (البنك).
        if !b.starts_with("ال") && p.c(&["ال", b]) >= MIN_WORD_EVIDENCE {
            return None;
        }
        // A nisba adjective, not a pronoun: سوري/سورية, وطني/وطنية; or the
        // construct state of a plural or dual: لاعبي (لاعبين), مباراتي (مباراتين).
        if e.ends_with('ي')
            && (p.c(&[b, "ة"]) >= MIN_WORD_EVIDENCE
                || p.c(&[b, "ون"]) >= MIN_WORD_EVIDENCE
                || p.c(&[b, "ن"]) >= MIN_WORD_EVIDENCE)
        {
            return None;
        }
        // Ta marbuta: مدرست + ه → مدرسة (or a verb in ت: قالت + ه).
        let (att, ta) = match stem.strip_suffix('ت') {
            Some(s) if s.chars().count() >= 2 => {
                let with_ta = p.c(&[s, "ة"]).saturating_add(p.c(&["ال", s, "ة"]));
                let plain = p.att(stem);
                if with_ta > plain {
                    (with_ta, true)
                } else {
                    (plain, false)
                }
            }
            _ => (p.att(stem), false),
        };
        if att < MIN_BASE || cb > att.saturating_mul(MAX_WHOLE_RATIO_ENC) {
            continue;
        }
        // جنيها is جنيه + the accusative alef, not جني + ها.
        if *e == "ها" {
            if let Some(noun) = b.strip_suffix('ا') {
                if p.att(noun) >= att.max(MIN_BASE) {
                    continue;
                }
            }
        }
        // First and second person pronouns are rare in news, names in ك or ي
        // are not (ماسك, مراي): the base must clearly dominate.
        if !e.starts_with('ه') && *e != "نا" && att < cb.saturating_mul(5) {
            continue;
        }
        // An unseen word in ه that is a known word in ة: ta marbuta written as ه.
        if *e == "ه" && cb == 0 && p.c(&[stem, "ة"]) >= MIN_BASE {
            return None;
        }
        return Some((el, ta));
    }
    None
}

/// Build the segment spans of `word` from its analysis.
fn render(word: &str, a: &Analysis) -> SegmentSpans {
    let folded;
    let map: Option<&[Span]> = if is_plain_arabic(word) {
        None
    } else {
        folded = lexfold(word);
        Some(&folded.map)
    };
    // Byte offset in `word` where folded char `i` starts.
    let start_of = |i: u8| -> usize {
        let i = usize::from(i);
        match map {
            None => (2 * i).min(word.len()),
            Some(m) => m.get(i).map_or(word.len(), |s| s.start),
        }
    };
    let mut out = SegmentSpans::whole("");
    let mut prev_end = 0;
    for i in 0..a.npro {
        let end = start_of(i + 1);
        out.push(Span::new(prev_end, end), SegmentKind::Proclitic);
        prev_end = end;
    }
    let base_end = a.enc.map_or(word.len(), start_of);
    out.push(Span::new(prev_end, base_end), SegmentKind::Base);
    out.base_prefix = match a.lil {
        Some(true) => "ال",
        Some(false) => "ا",
        None => "",
    };
    out.base_last = if a.ta_marbuta {
        Some('ة')
    } else if a.maqsura {
        Some('ى')
    } else {
        None
    };
    if a.enc.is_some() {
        out.push(Span::new(base_end, word.len()), SegmentKind::Enclitic);
    }
    // A boundary inside one source character (a presentation-form ligature
    // such as ﻻ folds to two letters) cannot be reported: keep the word whole.
    if out.iter().any(|(s, _)| s.is_empty()) {
        return SegmentSpans::whole(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_class_and_enclitic_prefilters_are_exact() {
        assert!(NEVER_SPLIT.iter().all(|w| never_split(w)));
        for e in ENCLITICS {
            assert!(e.ends_with(['ا', 'م', 'ن', 'ي', 'ه', 'ك']), "{e}");
            assert_eq!(strip_enclitic(&format!("كتاب{e}")), Some("كتاب"));
        }
        assert_eq!(strip_enclitic("كتابة"), None);
        assert_eq!(strip_enclitic("به"), None);
    }

    #[test]
    fn word_memo_packs_losslessly() {
        let mut analyses = vec![None];
        for npro in 0..=3u8 {
            for lil in [None, Some(false), Some(true)] {
                for enc in [None, Some(0u8), Some(7), Some(255)] {
                    for (ta, maq) in [(false, false), (true, false), (false, true), (true, true)] {
                        analyses.push(Some(Analysis {
                            npro,
                            lil,
                            base: (npro, 200 + npro),
                            enc,
                            ta_marbuta: ta,
                            maqsura: maq,
                        }));
                    }
                }
            }
        }
        for a in analyses {
            for stem in [None, Some((0u8, 0u8, false)), Some((3, 255, true))] {
                let mut m = WordMemo::default();
                assert_eq!((m.segment(), m.stem()), (None, None));
                if let Some(s) = stem {
                    m.set_stem(s);
                }
                m.set_segment(a);
                assert_eq!(m.segment(), Some(a));
                assert_eq!(m.stem(), stem);
                // Either order.
                let mut m2 = WordMemo::default();
                m2.set_segment(a);
                if let Some(s) = stem {
                    m2.set_stem(s);
                }
                assert_eq!(m2, m);
            }
        }
    }

    fn forms(w: &str) -> Vec<String> {
        let segs = segment(w);
        // Spans tile the word exactly, in order.
        let mut at = 0;
        for s in &segs {
            assert_eq!(s.span.start, at, "{w}: gap or overlap before {s:?}");
            assert!(s.span.end > s.span.start, "{w}: empty segment {s:?}");
            at = s.span.end;
        }
        assert_eq!(at, w.len(), "{w}: segments do not reach the end");
        segs.into_iter().map(|s| s.text).collect()
    }

    fn check(w: &str, expected: &[&str]) {
        assert_eq!(forms(w), expected, "segmenting {w}");
    }

    #[test]
    fn conjunctions() {
        check("وقال", &["و", "قال"]);
        check("وأضاف", &["و", "أضاف"]);
        check("فإن", &["ف", "إن"]);
        check("وإن", &["و", "إن"]);
        check("فبريطانيا", &["ف", "بريطانيا"]);
        check("ولبنان", &["و", "لبنان"]);
    }

    #[test]
    fn prepositions() {
        check("بسبب", &["ب", "سبب"]);
        check("بلبنان", &["ب", "لبنان"]);
        check("لتركيا", &["ل", "تركيا"]);
        check("كالعادة", &["ك", "العادة"]);
        check("كمصدر", &["ك", "مصدر"]);
        check("لأن", &["ل", "أن"]);
        check("وبالتالي", &["و", "ب", "التالي"]);
    }

    #[test]
    fn lam_lam_is_lam_plus_article() {
        check("للتنظيم", &["ل", "التنظيم"]);
        check("للفرار", &["ل", "الفرار"]);
        check("وللمرة", &["و", "ل", "المرة"]);
        // Three lams written as two: ل + اللاجئين; ل + الله.
        check("للاجئين", &["ل", "اللاجئين"]);
        // …or a word that starts with ل.
        check("لليفربول", &["ل", "ليفربول"]);
        check("لله", &["ل", "الله"]);
    }

    #[test]
    fn future_particle_only_on_imperfect_verbs() {
        check("سيتم", &["س", "يتم"]);
        check("ستكون", &["س", "تكون"]);
        check("سنعمل", &["س", "نعمل"]);
        check("سأعود", &["س", "أعود"]);
        check("وسيكون", &["و", "س", "يكون"]);
        for w in [
            "سيارة",
            "ستة",
            "سنة",
            "سنوات",
            "سانا",
            "سيد",
            "سوريا",
            "سياسة",
        ] {
            check(w, &[w]);
        }
    }

    #[test]
    fn every_enclitic_pronoun() {
        check("بلاده", &["بلاد", "ه"]);
        check("حكومتها", &["حكومة", "ها"]);
        check("بينهما", &["بين", "هما"]);
        check("بلادهم", &["بلاد", "هم"]);
        check("منهن", &["من", "هن"]);
        check("منك", &["من", "ك"]);
        check("منكما", &["من", "كما"]);
        check("حكومتكم", &["حكومة", "كم"]);
        check("منكن", &["من", "كن"]);
        check("بلادي", &["بلاد", "ي"]);
        check("يهمني", &["يهم", "ني"]);
        check("بلادنا", &["بلاد", "نا"]);
    }

    #[test]
    fn prepositions_with_pronouns() {
        check("له", &["ل", "ه"]);
        check("لها", &["ل", "ها"]);
        check("بها", &["ب", "ها"]);
        check("وله", &["و", "ل", "ه"]);
        check("فيه", &["في", "ه"]);
        // Alef maqsura restored on the preposition.
        check("عليه", &["على", "ه"]);
        check("إليه", &["إلى", "ه"]);
        check("لديه", &["لدى", "ه"]);
        check("لكنه", &["لكن", "ه"]);
        check("وإليه", &["و", "إلى", "ه"]);
    }

    #[test]
    fn ta_marbuta_restored() {
        check("مدرسته", &["مدرسة", "ه"]);
        check("وزارته", &["وزارة", "ه"]);
        check("مساعدتهم", &["مساعدة", "هم"]);
        check("وخسارته", &["و", "خسارة", "ه"]);
        check("وفاته", &["وفاة", "ه"]);
        // A ت that is a letter of the word stays: وقت + ه.
        check("وقته", &["وقت", "ه"]);
    }

    #[test]
    fn no_false_splits() {
        for w in [
            "البانيا",
            "آلاف",
            "ألمانيا",
            "المانيا",
            "لندن",
            "بريطانيا",
            "الله",
            "إلى",
            "لبنان",
            "فرنسا",
            "كندا",
            "بكين",
            "واشنطن",
            "فلسطين",
            "وزير",
            "كلمة",
            "بيان",
            "ليبيا",
            "بيروت",
            "وزارة",
            "الوزارة",
            "واحد",
            "وطن",
            "وجد",
            "وصل",
            "وضع",
            "وفد",
            "ولاية",
            "لكن",
            "كان",
            "كانت",
            "هناك",
            "ذلك",
            "البنك",
            "سوري",
            "عربي",
            "وطني",
            "الثاني",
            "يعني",
            "بعد",
            "بين",
            "فريق",
            "فقط",
            "مدرسة",
            "ماسك",
            "كروز",
            "بضع",
            "بدأ",
            "مؤتمر",
            "جنيها",
            "واحداً",
            "لاعبي",
        ] {
            check(w, &[w]);
        }
    }

    #[test]
    fn seed_article_tokens() {
        check("والمسلحين", &["و", "المسلحين"]);
        check("بارقام", &["ب", "ارقام"]);
        check("لممارسة", &["ل", "ممارسة"]);
        check("وسورية", &["و", "سورية"]);
        check("والعراق", &["و", "العراق"]);
        check("وبريطانيا", &["و", "بريطانيا"]);
        check("بالسعي", &["ب", "السعي"]);
        check("وجرائمهم", &["و", "جرائم", "هم"]);
        check("إرهابهم", &["إرهاب", "هم"]);
        check("تهريبهم", &["تهريب", "هم"]);
        check("ولاسيما", &["و", "لاسيما"]);
        for w in [
            "لندن",
            "سانا",
            "دبلوماسيون",
            "تنظيم",
            "داعش",
            "تركيا",
            "الرقة",
        ] {
            check(w, &[w]);
        }
    }

    #[test]
    fn decides_on_folded_form_reports_original() {
        let w = "وَالمُسَلَّحِينَ";
        let segs = segment(w);
        assert_eq!(segs.len(), 2);
        assert_eq!(segs[0].text, "وَ");
        assert_eq!(segs[0].kind, SegmentKind::Proclitic);
        assert_eq!(segs[1].text, "المُسَلَّحِينَ");
        assert_eq!(segs[1].span, Span::new("وَ".len(), w.len()));
        assert_eq!(segs[1].kind, SegmentKind::Base);
        // Tatweel and hamza variants.
        check("وبـريطانيا", &["و", "بـريطانيا"]);
        check("مدرستُهُ", &["مدرسة", "هُ"]);
        let segs = segment("مدرستُهُ");
        assert_eq!(segs[1].kind, SegmentKind::Enclitic);
    }

    #[test]
    fn non_arabic_and_empty() {
        assert!(segment("").is_empty());
        check("London", &["London"]);
        check("2015", &["2015"]);
        check("و5", &["و5"]);
        check("و", &["و"]);
        // A ligature (ﻻ = ل + ا) cannot be cut in the middle.
        check("ﻻو", &["ﻻو"]);
    }

    #[test]
    fn names_are_data_not_a_hand_list() {
        // The guard comes from the lexicon: these are not in NEVER_SPLIT.
        for w in ["لبنان", "بكين", "كندا", "واشنطن"] {
            assert!(!NEVER_SPLIT.contains(&w));
            assert!(
                Lexicon::get().count(w) > 100 || Lexicon::get().is_name(w),
                "{w}"
            );
        }
    }
}
