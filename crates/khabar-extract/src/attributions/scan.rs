//! A light word scanner for attribution finding: words with folded matching keys,
//! punctuation, newlines, quotation pairs and sentence ranges. Works on the original
//! text with byte spans; it does not depend on the full tokenizer.
use crate::dateline::{fold_char, is_mark};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Punct(char),
    Newline,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Range of the folded key in [`Scan::keys`] (words only).
    key: (usize, usize),
    /// The word starts with alef madda (آن is a name or "now", never the complementizer أن).
    pub madda: bool,
    /// The word ends with alef maqsura (على the preposition, not علي the name).
    pub maqsura: bool,
}

pub(crate) struct Scan {
    pub toks: Vec<Tok>,
    keys: String,
    /// For a quotation mark token: the index of its partner, if balanced.
    pub partner: Vec<Option<usize>>,
    /// Is the token inside a balanced quotation?
    pub in_quote: Vec<bool>,
    /// Sentence index of each token.
    pub sent_of: Vec<usize>,
    /// Token ranges of sentences, end-exclusive.
    pub sents: Vec<(usize, usize)>,
}

fn is_word_char(c: char) -> bool {
    // Fast path: the basic Arabic letters (U+0621–U+064A, all alphabetic)
    // avoid the slow Unicode table lookup of `is_alphanumeric`.
    matches!(c, '\u{0621}'..='\u{064A}') || c.is_alphanumeric() || is_mark(c)
}

pub(crate) fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '«' | '„' | '‘' | '‹')
}

pub(crate) fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '»' | '’' | '›')
}

fn closes(open: char, close: char) -> bool {
    matches!(
        (open, close),
        ('“', '”') | ('«', '»') | ('„', '“') | ('„', '”') | ('‘', '’') | ('‹', '›')
    )
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…')
}

impl Scan {
    pub fn new(text: &str) -> Scan {
        let mut toks = Vec::new();
        let mut keys = String::with_capacity(text.len());
        let mut word_start: Option<usize> = None;
        let mut key_start = 0;
        for (i, c) in text.char_indices() {
            // A decimal point or separator, a thousands comma or a clock's colon
            // between digits («19.6», «2٫5», «23,1», «17:20») stays inside the
            // number: it ends no sentence, opens no quote and splits no subject.
            let decimal = matches!(c, '.' | '\u{066B}' | ',' | ':')
                && word_start.is_some()
                && text
                    .get(..i)
                    .and_then(|t| t.chars().next_back())
                    .is_some_and(|p| p.is_numeric())
                && text
                    .get(i + c.len_utf8()..)
                    .and_then(|t| t.chars().next())
                    .is_some_and(|n| n.is_numeric());
            if is_word_char(c) || decimal {
                if word_start.is_none() {
                    word_start = Some(i);
                    key_start = keys.len();
                }
                if !is_mark(c) {
                    keys.push(fold_char(c));
                }
                continue;
            }
            if let Some(s) = word_start.take() {
                toks.push(Tok {
                    start: s,
                    end: i,
                    kind: Kind::Word,
                    key: (key_start, keys.len()),
                    madda: text.get(s..).is_some_and(|w| w.starts_with('آ')),
                    maqsura: text.get(..i).is_some_and(|w| w.ends_with('ى')),
                });
            }
            if c == '\n' || c == '\u{2029}' {
                toks.push(Tok {
                    start: i,
                    end: i + c.len_utf8(),
                    kind: Kind::Newline,
                    key: (0, 0),
                    madda: false,
                    maqsura: false,
                });
            } else if !c.is_whitespace() {
                toks.push(Tok {
                    start: i,
                    end: i + c.len_utf8(),
                    kind: Kind::Punct(c),
                    key: (0, 0),
                    madda: false,
                    maqsura: false,
                });
            }
        }
        if let Some(s) = word_start {
            toks.push(Tok {
                start: s,
                end: text.len(),
                kind: Kind::Word,
                key: (key_start, keys.len()),
                madda: text.get(s..).is_some_and(|w| w.starts_with('آ')),
                maqsura: text.ends_with('ى'),
            });
        }
        let mut scan = Scan {
            toks,
            keys,
            partner: Vec::new(),
            in_quote: Vec::new(),
            sent_of: Vec::new(),
            sents: Vec::new(),
        };
        scan.pair_quotes();
        scan.split_sentences();
        scan
    }

    /// The folded key of token `i` ("" for punctuation or out of range).
    /// The closing partner of the quotation mark opening at `open`.
    pub fn closing(&self, open: usize) -> Option<usize> {
        self.partner
            .get(open)
            .copied()
            .flatten()
            .filter(|p| *p > open)
    }

    pub fn key(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.kind == Kind::Word => self.keys.get(t.key.0..t.key.1).unwrap_or(""),
            _ => "",
        }
    }

    /// The original spelling of token `i` in `text` without a leading و/ف
    /// (diacritics kept: "يُعتقد", "أعتقد"); "" out of range.
    pub fn raw<'t>(&self, text: &'t str, i: usize) -> &'t str {
        let raw = self
            .toks
            .get(i)
            .and_then(|t| text.get(t.start..t.end))
            .unwrap_or("");
        raw.strip_prefix(['و', 'ف']).unwrap_or(raw)
    }

    /// Is token `i` a complementizer (أن، إن، بأن، أنه…)?
    pub fn is_complementizer(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && !t.madda)
            && crate::attributions::lexicon::is_complementizer(self.key(i))
            && !self.in_dotted(i)
            && !self.in_spelled_acronym(i)
            // "إن لم يكن": the conditional, not the complementizer.
            && !(self.key(i) == "ان" && matches!(self.key(i + 1), "لم" | "كان" | "كانت"))
    }

    /// Is word `i` the letter N of an acronym spelled out in Arabic letter names ("أن"
    /// in "سي أن أن", "وأن بي سي", "دي إن إيه")? Only whole known acronyms count, so
    /// "ذكرت بي بي سي أن" and "إن سي إن إن ذكرت" keep their complementizer.
    pub fn in_spelled_acronym(&self, i: usize) -> bool {
        const ACRONYMS: &[&[&str]] = &[
            &["سي", "ان", "ان"],
            &["سي", "ان", "بي", "سي"],
            &["ام", "اس", "ان", "بي", "سي"],
            &["ان", "بي", "سي"],
            &["ان", "بي", "ار"],
            &["ان", "بي", "ايه"],
            &["ان", "اف", "ال"],
            &["دي", "ان", "ايه"],
            &["بي", "ان", "سبورت"],
            &["بي", "ان", "سبورتس"],
        ];
        let key = self.key(i);
        if key.trim_start_matches(['و', 'ف']) != "ان" {
            return false;
        }
        ACRONYMS.iter().any(|letters| {
            letters.iter().enumerate().any(|(at, l)| {
                *l == "ان"
                    && i.checked_sub(at).is_some_and(|start| {
                        letters.iter().enumerate().all(|(n, want)| {
                            let k = self.key(start + n);
                            // (only the first letter may carry a conjunction: "وأن بي سي")
                            let k = if n == 0 {
                                k.strip_prefix(['و', 'ف']).unwrap_or(k)
                            } else {
                                k
                            };
                            self.is_word(start + n) && k == *want
                        })
                    })
            })
        })
    }

    /// Is token `i` a dot glued to a word on both sides ("سي.إن.إن", "أ.ف.ب")?
    pub fn dot_in_word(&self, i: usize) -> bool {
        let glued = |a: usize, b: usize| match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        };
        self.punct(i) == Some('.')
            && i > 0
            && self.is_word(i - 1)
            && self.is_word(i + 1)
            && glued(i - 1, i)
            && glued(i, i + 1)
    }

    /// Is word `i` part of a dotted abbreviation ("إن" in "سي.إن.إن")?
    pub fn in_dotted(&self, i: usize) -> bool {
        (i > 0 && self.dot_in_word(i - 1)) || self.dot_in_word(i + 1)
    }

    /// Is token `i` the name علي rather than the preposition على (folded alike)?
    pub fn is_name_ali(&self, i: usize) -> bool {
        self.key(i) == "علي" && self.toks.get(i).is_some_and(|t| !t.maqsura)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    pub fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// Pairs quotation marks within a paragraph: typographic pairs by nesting, ASCII `"`
    /// by alternation. Unbalanced marks get no partner.
    fn pair_quotes(&mut self) {
        let n = self.toks.len();
        self.partner = vec![None; n];
        let mut stack: Vec<(usize, char)> = Vec::new();
        let mut ascii_open: Option<usize> = None;
        for i in 0..n {
            let Some(t) = self.toks.get(i).copied() else {
                break;
            };
            match t.kind {
                Kind::Newline => {
                    stack.clear();
                    ascii_open = None;
                }
                Kind::Punct('"') => match ascii_open.take() {
                    Some(o) => self.link(o, i),
                    None => ascii_open = Some(i),
                },
                Kind::Punct(c)
                    if is_close_quote(c)
                        || (c == '“' && stack.last().is_some_and(|(_, o)| *o == '„')) =>
                {
                    if let Some(pos) = stack.iter().rposition(|(_, o)| closes(*o, c)) {
                        let (o, _) = stack.get(pos).copied().unwrap_or((i, c));
                        stack.truncate(pos);
                        self.link(o, i);
                    }
                }
                Kind::Punct(c) if is_open_quote(c) => stack.push((i, c)),
                _ => {}
            }
        }
        self.in_quote = vec![false; n];
        for i in 0..n {
            if let Some(Some(p)) = self.partner.get(i).copied() {
                if p > i {
                    for q in self.in_quote.iter_mut().take(p).skip(i + 1) {
                        *q = true;
                    }
                }
            }
        }
    }

    fn link(&mut self, a: usize, b: usize) {
        if let Some(x) = self.partner.get_mut(a) {
            *x = Some(b);
        }
        if let Some(x) = self.partner.get_mut(b) {
            *x = Some(a);
        }
    }

    /// Sentences end at newlines and at . ! ? ؟ outside balanced quotations, and a run of
    /// more tokens than the text layer's sentence cap
    /// ([`khabar_text::sentences::MAX_SENTENCE_TOKENS`]) is cut after its last comma or at
    /// the cap: a cue's content never reaches past its sentence, so an unbounded one would
    /// make the output grow with the square of the input.
    fn split_sentences(&mut self) {
        let n = self.toks.len();
        self.sent_of = vec![0; n];
        let cap = khabar_text::sentences::MAX_SENTENCE_TOKENS;
        let mut start = 0;
        let mut comma = None;
        for i in 0..n {
            let kind = self.toks.get(i).map(|t| t.kind);
            if matches!(kind, Some(Kind::Punct('،' | ',' | '؛' | ';'))) {
                comma = Some(i);
            }
            let end_here = match kind {
                Some(Kind::Newline) => true,
                Some(Kind::Punct(c)) => {
                    is_sentence_end(c)
                        && !self.in_quote.get(i).copied().unwrap_or(false)
                        && !(c == '.' && self.dot_in_word(i))
                        || self.closes_final_quote(i)
                }
                _ => false,
            };
            if let Some(s) = self.sent_of.get_mut(i) {
                *s = self.sents.len();
            }
            // A newline right after a sentence end opens the next sentence rather than
            // making an empty one (sentence distances count real sentences).
            let empty = start == i && self.toks.get(i).is_some_and(|t| t.kind == Kind::Newline);
            if end_here && !empty {
                self.sents.push((start, i + 1));
                start = i + 1;
            } else if !end_here && i + 1 - start >= cap {
                let cut = comma.filter(|&c| c >= start + cap / 2).unwrap_or(i);
                self.sents.push((start, cut + 1));
                // The tokens after the cut open the next sentence.
                for s in self.sent_of.iter_mut().take(i + 1).skip(cut + 1) {
                    *s = self.sents.len();
                }
                start = cut + 1;
            }
        }
        if start < n {
            self.sents.push((start, n));
        }
    }

    /// Is token `i` the closing mark of an outermost quotation whose last sentence ended
    /// inside it, followed by a new sentence ("…والتعليم." يأتي القرار …)? (Not when a
    /// reporting verb follows: ""…." قال الوزير" keeps the quotation with its cue.)
    fn closes_final_quote(&self, i: usize) -> bool {
        let Some(Some(p)) = self.partner.get(i).copied() else {
            return false;
        };
        let before_end = i
            .checked_sub(1)
            .and_then(|b| self.toks.get(b))
            .is_some_and(|b| matches!(b.kind, Kind::Punct('.' | '!' | '?' | '؟')));
        let spaced_word = match (self.toks.get(i), self.toks.get(i + 1)) {
            (Some(t), Some(n)) => n.kind == Kind::Word && n.start > t.end,
            _ => false,
        };
        p < i
            && before_end
            && spaced_word
            && !self.in_quote.get(i).copied().unwrap_or(false)
            && super::lexicon::lexicon().lookup(self.key(i + 1)).is_none()
    }

    /// Token range of the sentence holding token `i`.
    pub fn sentence(&self, i: usize) -> (usize, usize) {
        self.sent_of
            .get(i)
            .and_then(|s| self.sents.get(*s))
            .copied()
            .unwrap_or((i, i + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keys_and_quotes() {
        let s = Scan::new("وقال “إنهم «هنا»”. ثم\nأكد");
        let words: Vec<&str> = (0..s.toks.len())
            .filter(|i| s.is_word(*i))
            .map(|i| s.key(i))
            .collect();
        assert_eq!(words, ["وقال", "انهم", "هنا", "ثم", "اكد"]);
        let open = s
            .toks
            .iter()
            .position(|t| t.kind == Kind::Punct('“'))
            .unwrap();
        let close = s
            .toks
            .iter()
            .position(|t| t.kind == Kind::Punct('”'))
            .unwrap();
        assert_eq!(s.partner[open], Some(close));
        assert!(s.in_quote[open + 1]);
        assert_eq!(s.sents.len(), 3);
    }

    #[test]
    fn dotted_abbreviations_are_not_sentence_ends() {
        let s = Scan::new("وقال تلفزيون سي.إن.إن ترك إن ثلاثة أصيبوا. ثم");
        assert_eq!(s.sents.len(), 2);
        let ins: Vec<usize> = (0..s.toks.len()).filter(|i| s.key(*i) == "ان").collect();
        assert_eq!(ins.len(), 3);
        assert!(!s.is_complementizer(ins[0]));
        assert!(!s.is_complementizer(ins[1]));
        assert!(s.is_complementizer(ins[2]));
    }

    #[test]
    fn overlong_sentences_are_cut() {
        let text = "قال «الوزير إن الحكومة مستعدة، ".repeat(400);
        let sc = Scan::new(&text);
        let cap = khabar_text::sentences::MAX_SENTENCE_TOKENS;
        assert!(sc.sents.len() > 1, "{}", sc.sents.len());
        let mut next = 0;
        for (k, &(a, b)) in sc.sents.iter().enumerate() {
            assert_eq!(a, next, "contiguous");
            assert!(b - a <= cap, "{}", b - a);
            next = b;
            for i in a..b {
                assert_eq!(sc.sentence(i), (a, b), "token {i} of sentence {k}");
            }
        }
        assert_eq!(next, sc.toks.len());
        // A piece ends after a comma where one falls in its second half.
        let (_, b) = sc.sents[0];
        assert!(matches!(sc.toks[b - 1].kind, Kind::Punct('،')));
    }

    #[test]
    fn unbalanced_quotes_do_not_pair() {
        let s = Scan::new("قال \"نعم. ثم « لا");
        assert!(s.partner.iter().all(Option::is_none));
        assert_eq!(s.sents.len(), 2);
    }
}
