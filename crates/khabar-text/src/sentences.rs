//! Sentence splitting.
//!
//! Works on the tokens of [`crate::tokenize::tokenize`], in linear time:
//!
//! * A line break between two tokens always ends a sentence: paragraphs, and a
//!   dateline or headline on the first line ("لندن-سانا"), stand alone.
//! * `.` `!` `?` `؟` `…` and runs of them (`...`, `؟!`) end a sentence — also
//!   with a missing space (`"تويتر".بعد`) — except after an abbreviation
//!   (د. أ. م. ص. أ.ف.ب, Dr. U.S. …), after a list number at the start of a
//!   line (`1.`), inside brackets (`(!)`), between two glued Latin words
//!   (sana.sy), or an ellipsis glued on both sides (كذا...وكذا).
//! * A colon never ends a sentence: "وأضاف: «…»" stays whole, also when the
//!   quotation starts on the next line.
//! * Quotations (“…” «…» "…" „…“) are kept whole: terminal punctuation inside a
//!   matched pair does not split. A quotation that ends with terminal punctuation
//!   ends the sentence at its closing mark. Quotes are matched within one
//!   paragraph and over at most [`MAX_QUOTE_TOKENS`] tokens; an unmatched quote
//!   is ignored, so an unbalanced quote never swallows the document.
//! * A run of more than [`MAX_SENTENCE_TOKENS`] tokens without a sentence end is
//!   cut into pieces (after a comma where one is near the limit), so that no later
//!   stage sees an unbounded sentence.
use crate::tokenize::{is_terminal_punct, Token, TokenKind};
use crate::Span;

/// The longest quotation (in tokens) kept whole; longer "quotations" are
/// treated as unbalanced quote marks.
pub const MAX_QUOTE_TOKENS: usize = 200;

/// The longest sentence, in tokens; a longer run without a sentence end is cut (see
/// `push`). News sentences stay far below it: the longest of 78,928 sentences in 8,000
/// ANT articles has 1,860 characters (≈ 350 tokens).
pub const MAX_SENTENCE_TOKENS: usize = 512;

/// Latin abbreviations that take a full stop (compared case-insensitively).
const LATIN_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc",
    "no", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "pp", "approx", "dept",
    "univ", "est", "mt", "ft",
];

/// Split `text` (already tokenized into `tokens`) into sentence spans.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::with_capacity(tokens.len() / 20 + 1);
    let mut start = 0;
    for k in 1..=tokens.len() {
        let para_end = match (tokens.get(k - 1), tokens.get(k)) {
            (Some(a), Some(b)) => {
                let gap = text.get(a.span.end..b.span.start).unwrap_or("");
                // "وأضاف:" at the end of a line stays with the quotation on the next line.
                let colon_quote = a.text(text) == ":"
                    && quote_family(b.text(text)).is_some()
                    && gap.matches('\n').count() <= 1;
                has_line_break(gap) && !colon_quote
            }
            _ => true,
        };
        if para_end {
            if let Some(para) = tokens.get(start..k) {
                split_paragraph(text, para, &mut out);
            }
            start = k;
        }
    }
    out
}

fn has_line_break(gap: &str) -> bool {
    gap.chars().any(|c| {
        matches!(
            c,
            '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
        )
    })
}

/// Which family of quotation marks a token belongs to.
fn quote_family(t: &str) -> Option<usize> {
    match t {
        "“" | "”" | "„" | "‟" => Some(0),
        "«" | "»" => Some(1),
        "\"" | "＂" => Some(2),
        "‹" | "›" => Some(3),
        _ => None,
    }
}

fn is_opening_bracket(t: &str) -> bool {
    matches!(t, "(" | "[" | "{" | "﴾" | "（")
}

fn is_closing_bracket(t: &str) -> bool {
    matches!(t, ")" | "]" | "}" | "﴿" | "）")
}

/// Per-paragraph quotation structure: for each token, whether it lies strictly
/// inside a matched quotation, and for each closing mark, where it opened.
struct Quotes {
    inside: Vec<bool>,
    opened_at: Vec<Option<usize>>,
}

fn match_quotes(text: &str, toks: &[Token]) -> Quotes {
    let n = toks.len();
    let mut depth_delta = vec![0i32; n + 1];
    let mut opened_at: Vec<Option<usize>> = vec![None; n];
    let mut open: [Option<usize>; 4] = [None; 4];
    let glued = |a: usize, b: usize| match (toks.get(a), toks.get(b)) {
        (Some(x), Some(y)) => x.span.end == y.span.start,
        _ => false,
    };
    for (k, t) in toks.iter().enumerate() {
        if t.kind != TokenKind::Punct {
            continue;
        }
        let s = t.text(text);
        let Some(fam) = quote_family(s) else { continue };
        let next_is_word = toks.get(k + 1).is_some_and(|n| {
            n.kind != TokenKind::Punct
                || quote_family(n.text(text)).is_some()
                || is_opening_bracket(n.text(text))
        });
        let prev_is_opener = k > 0
            && toks.get(k - 1).is_some_and(|p| {
                let ps = p.text(text);
                is_opening_bracket(ps)
                    || matches!(ps, ":" | "-" | "—")
                    || p.kind == TokenKind::Clitic
                    || (p.kind == TokenKind::Arabic
                        && ps.chars().filter(|c| *c != 'ـ').count() <= 2)
            });
        let can_open =
            glued(k, k + 1) && next_is_word && (k == 0 || !glued(k - 1, k) || prev_is_opener);
        let can_close = k > 0 && glued(k - 1, k) && !glued(k, k + 1)
            || (k > 0
                && glued(k - 1, k)
                && toks.get(k + 1).is_some_and(|n| n.kind == TokenKind::Punct));
        if !can_open && !can_close {
            // A mark with spaces on both sides (or glued to punctuation on both
            // sides) says nothing about where a quotation starts or ends.
            continue;
        }
        let slot = &mut open[fam];
        match *slot {
            Some(o) if !can_open || can_close => {
                if k - o <= MAX_QUOTE_TOKENS {
                    if let Some(d) = depth_delta.get_mut(o + 1) {
                        *d += 1;
                    }
                    if let Some(d) = depth_delta.get_mut(k) {
                        *d -= 1;
                    }
                    if let Some(slot) = opened_at.get_mut(k) {
                        *slot = Some(o);
                    }
                    *slot = None;
                } else {
                    *slot = can_open.then_some(k);
                }
            }
            Some(_) => *slot = Some(k),
            None => {
                if can_open {
                    *slot = Some(k);
                }
            }
        }
    }
    let mut inside = Vec::with_capacity(n);
    let mut depth = 0i32;
    for d in depth_delta.iter().take(n) {
        depth += d;
        inside.push(depth > 0);
    }
    Quotes { inside, opened_at }
}

fn letters(word: &str) -> usize {
    word.chars()
        .filter(|&c| c.is_alphabetic() && !crate::tokenize::is_arabic_mark(c))
        .count()
}

/// Domain words glued after a site's name with a full stop (العربية.نت).
const DOMAIN_WORDS: &[&str] = &["نت", "كوم", "أورغ", "اورغ", "أورج", "اورج", "إنفو", "انفو"];

/// The names of the Latin letters as Arabic news spells them in acronyms
/// (سي.إن.إن CNN, إتش.إس.بي.سي HSBC, إف.بي.آي FBI).
const LETTER_NAMES: &[&str] = &[
    "إيه",
    "ايه",
    "آيه",
    "أيه",
    "بي",
    "سي",
    "دي",
    "إي",
    "اي",
    "إف",
    "اف",
    "أف",
    "جي",
    "جيه",
    "إتش",
    "اتش",
    "إيتش",
    "ايتش",
    "أتش",
    "آي",
    "أي",
    "كيه",
    "كي",
    "إل",
    "إم",
    "ام",
    "أم",
    "إن",
    "ان",
    "أو",
    "او",
    "كيو",
    "آر",
    "أر",
    "ار",
    "إس",
    "اس",
    "تي",
    "يو",
    "في",
    "دبليو",
    "دبلي",
    "إكس",
    "اكس",
    "واي",
    "زد",
];

/// A letter name, also with a one-letter proclitic glued before it (وبي.إم.دبليو،
/// لتي.بي.جي).
fn is_letter_name(word: &str) -> bool {
    LETTER_NAMES.contains(&word)
        || word
            .strip_prefix(['و', 'ل', 'ب', 'ف'])
            .is_some_and(|w| LETTER_NAMES.contains(&w))
}

/// Whether the full stop at `k`, right after a letter name, sits in an acronym
/// of two or more spelled letters: another letter name (or single letter) and
/// its full stop follow it (سي.|إن.إن, بي.| بي. سي.) or come before it (إن.إن.|).
fn in_letter_chain(text: &str, toks: &[Token], k: usize, glued_next: bool) -> bool {
    let word_at = |i: usize| {
        toks.get(i)
            .filter(|t| t.kind == TokenKind::Arabic)
            .is_some_and(|t| {
                let w = t.text(text);
                is_letter_name(w) || letters(w) == 1
            })
    };
    let stop_at = |i: usize| toks.get(i).is_some_and(|t| t.text(text) == ".");
    let glued = |i: usize| matches!((toks.get(i), toks.get(i + 1)), (Some(a), Some(b)) if a.span.end == b.span.start);
    // A letter follows: glued (سي.إن) or, spaced, with its own stop (بي. بي.).
    let after = word_at(k + 1) && (glued_next || (stop_at(k + 2) && glued(k + 1)));
    // A letter and its stop come before: (إن.)إن. or (بي. )سي.
    let before = k >= 3 && stop_at(k - 2) && word_at(k - 3) && glued(k - 3);
    after || before
}

/// Whether the terminal punctuation token at `k` does *not* end a sentence.
fn is_false_stop(text: &str, toks: &[Token], k: usize) -> bool {
    let Some(t) = toks.get(k) else { return true };
    let s = t.text(text);
    let prev = k.checked_sub(1).and_then(|p| toks.get(p));
    let next = toks.get(k + 1);
    let glued_prev = prev.is_some_and(|p| p.span.end == t.span.start);
    let glued_next = next.is_some_and(|n| t.span.end == n.span.start);
    if glued_prev && prev.is_some_and(|p| is_opening_bracket(p.text(text))) {
        return true; // (!) (؟)
    }
    let is_ellipsis = s.contains('…') || s.contains("..");
    if is_ellipsis {
        return glued_prev && glued_next && next.is_some_and(|n| n.kind.is_word());
    }
    if s != "." {
        return false;
    }
    let Some(p) = prev.filter(|_| glued_prev) else {
        return false;
    };
    let ps = p.text(text);
    match p.kind {
        // د. أ. م. ص. هـ. and the letters of أ.ف.ب
        TokenKind::Arabic if letters(ps) == 1 => true,
        // A site name glued to its domain: العربية.نت، بيت.كوم.
        TokenKind::Arabic
            if glued_next && next.is_some_and(|n| DOMAIN_WORDS.contains(&n.text(text))) =>
        {
            true
        }
        // Latin letters spelled in Arabic: سي.إن.إن، بي. بي. سي.، إن.بي.سي
        TokenKind::Arabic => is_letter_name(ps) && in_letter_chain(text, toks, k, glued_next),
        TokenKind::Latin => {
            letters(ps) == 1
                || LATIN_ABBREVIATIONS
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(ps))
                || (glued_next && next.is_some_and(|n| n.kind == TokenKind::Latin))
        }
        // "1." at the start of a line is list numbering.
        TokenKind::Number => k == 1,
        _ => false,
    }
}

fn split_paragraph(text: &str, toks: &[Token], out: &mut Vec<Span>) {
    let n = toks.len();
    if n == 0 {
        return;
    }
    let quotes = match_quotes(text, toks);
    let inside = |k: usize| quotes.inside.get(k).copied().unwrap_or(false);
    let mut start = 0;
    let mut k = 0;
    while k < n {
        let Some(t) = toks.get(k) else { break };
        let mut end_here = false;
        if !inside(k) && t.kind == TokenKind::Punct {
            let s = t.text(text);
            if s.chars().all(is_terminal_punct) && !is_false_stop(text, toks, k) {
                end_here = true;
            } else if let Some(o) = quotes.opened_at.get(k).copied().flatten() {
                // A quotation ending with terminal punctuation ends the sentence,
                // unless punctuation follows the closing mark.
                let last_inner_terminal = k > o + 1
                    && toks.get(k - 1).is_some_and(|p| {
                        p.kind == TokenKind::Punct && p.text(text).chars().all(is_terminal_punct)
                    });
                let punct_follows = toks.get(k + 1).is_some_and(|x| x.kind == TokenKind::Punct);
                end_here = last_inner_terminal && !punct_follows;
            }
        }
        if end_here {
            // Attach glued closing brackets/quotes and further terminal marks.
            while let Some(x) = toks.get(k + 1) {
                let xs = x.text(text);
                let prev_end = toks.get(k).map_or(0, |p| p.span.end);
                let closing = (is_closing_bracket(xs) || quote_family(xs).is_some())
                    && x.span.start == prev_end;
                let terminal = x.kind == TokenKind::Punct && xs.chars().all(is_terminal_punct);
                if closing || terminal {
                    k += 1;
                } else {
                    break;
                }
            }
            push(text, toks, start, k, out);
            start = k + 1;
        }
        k += 1;
    }
    if start < n {
        push(text, toks, start, n - 1, out);
    }
}

fn push(text: &str, toks: &[Token], first: usize, last: usize, out: &mut Vec<Span>) {
    let mut first = first;
    // An overlong run (a table or a list dumped without punctuation) is cut into pieces of
    // at most MAX_SENTENCE_TOKENS, after the last comma or semicolon of a piece's second half
    // where there is one: later stages look across a sentence, and an unbounded one would
    // make them quadratic.
    while last >= first + MAX_SENTENCE_TOKENS {
        let limit = first + MAX_SENTENCE_TOKENS - 1;
        let soft = (first + MAX_SENTENCE_TOKENS / 2..limit).rev().find(|&k| {
            toks.get(k)
                .is_some_and(|t| matches!(t.text(text), "،" | "," | "؛" | ";"))
        });
        let cut = soft.unwrap_or(limit);
        if let (Some(a), Some(b)) = (toks.get(first), toks.get(cut)) {
            out.push(Span::new(a.span.start, b.span.end));
        }
        first = cut + 1;
    }
    if let (Some(a), Some(b)) = (toks.get(first), toks.get(last)) {
        out.push(Span::new(a.span.start, b.span.end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn split(text: &str) -> Vec<&str> {
        let toks = tokenize(text);
        split_sentences(text, &toks)
            .iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn basic_terminal_punctuation() {
        assert_eq!(
            split("ذهب الولد. عاد الولد! هل عاد؟ نعم"),
            vec!["ذهب الولد.", "عاد الولد!", "هل عاد؟", "نعم"]
        );
        assert_eq!(split("What? Yes."), vec!["What?", "Yes."]);
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            split("انتظر... ثم عاد… وانتهى"),
            vec!["انتظر...", "ثم عاد…", "وانتهى"]
        );
        assert_eq!(split("كذا...وكذا"), vec!["كذا...وكذا"]);
        assert_eq!(split("حقا؟! نعم"), vec!["حقا؟!", "نعم"]);
    }

    #[test]
    fn missing_space_after_full_stop() {
        assert_eq!(
            split("وكتب على \"تويتر\".بعد ذلك غادر."),
            vec!["وكتب على \"تويتر\".", "بعد ذلك غادر."]
        );
        assert_eq!(
            split("في الرقة.وقال المصدر"),
            vec!["في الرقة.", "وقال المصدر"]
        );
    }

    #[test]
    fn quotations_stay_whole() {
        assert_eq!(
            split("وأضاف: “إنهم تلقوا اتصالات. وصلتهم رسائل”. ثم غادر."),
            vec!["وأضاف: “إنهم تلقوا اتصالات. وصلتهم رسائل”.", "ثم غادر."]
        );
        assert_eq!(
            split("وقال: «لن نتراجع. سنواصل!» وغادر القاعة."),
            vec!["وقال: «لن نتراجع. سنواصل!»", "وغادر القاعة."]
        );
        assert_eq!(
            split("وقال \"هذا خطأ. وذاك خطأ\" ثم سكت. انتهى."),
            vec!["وقال \"هذا خطأ. وذاك خطأ\" ثم سكت.", "انتهى."]
        );
        // Reversed curly quotes (common in right-to-left typing).
        assert_eq!(
            split("قال ”نعم. لا“ ثم مضى. وبعد"),
            vec!["قال ”نعم. لا“ ثم مضى.", "وبعد"]
        );
    }

    #[test]
    fn colon_at_line_end_keeps_its_quote() {
        assert_eq!(
            split("وأضاف:\n«لن نتراجع. سنواصل»\nثم غادر"),
            vec!["وأضاف:\n«لن نتراجع. سنواصل»", "ثم غادر"]
        );
        assert_eq!(split("وأضاف:\n\n«نعم»"), vec!["وأضاف:", "«نعم»"]);
    }

    #[test]
    fn colon_never_ends_a_sentence() {
        assert_eq!(
            split("وأضاف: إن الوضع خطير."),
            vec!["وأضاف: إن الوضع خطير."]
        );
    }

    #[test]
    fn unbalanced_quote_does_not_swallow() {
        assert_eq!(
            split("قال “نعم. ثم ذهب.\nوعاد. وبقي."),
            vec!["قال “نعم.", "ثم ذهب.", "وعاد.", "وبقي."]
        );
        // Far beyond the quote bound: sentences still split.
        let long = format!("قال “{}", "كلمة. ".repeat(1000));
        assert!(split(&long).len() > 900);
    }

    #[test]
    fn abbreviations() {
        assert_eq!(split("قال دَ. أحمد"), vec!["قال دَ. أحمد"]);
        assert_eq!(
            split("قال د. أحمد إن م. سعيد وصل."),
            vec!["قال د. أحمد إن م. سعيد وصل."]
        );
        assert_eq!(
            split("نقلت أ.ف.ب عن ص. ب. الخبر. وأضافت"),
            vec!["نقلت أ.ف.ب عن ص. ب. الخبر.", "وأضافت"]
        );
        assert_eq!(
            split("Dr. Smith met Mr. J. Doe in the U.S. yesterday."),
            vec!["Dr. Smith met Mr. J. Doe in the U.S. yesterday."]
        );
        assert_eq!(
            split("زوروا sana.sy للمزيد."),
            vec!["زوروا sana.sy للمزيد."]
        );
    }

    #[test]
    fn spelled_acronyms_and_site_names() {
        assert_eq!(
            split("وقالت شبكة سي.إن.إن إن الوفد وصل. وأضافت"),
            vec!["وقالت شبكة سي.إن.إن إن الوفد وصل.", "وأضافت"]
        );
        assert_eq!(
            split("وذكرت هيئة بي. بي. سي. أن المباراة تأجلت."),
            vec!["وذكرت هيئة بي. بي. سي. أن المباراة تأجلت."]
        );
        assert_eq!(
            split("وكشف مكتب إف.بي.آي تفاصيل وأعلنت لإتش.إس.بي.سي أرباحها."),
            vec!["وكشف مكتب إف.بي.آي تفاصيل وأعلنت لإتش.إس.بي.سي أرباحها."]
        );
        assert_eq!(
            split("وصرح المسؤول لموقع العربية.نت بأن الموعد تغير، وفق بيت.كوم أيضا."),
            vec!["وصرح المسؤول لموقع العربية.نت بأن الموعد تغير، وفق بيت.كوم أيضا."]
        );
        // A lone letter name is no acronym: the sentence still ends there.
        assert_eq!(
            split("ولم يقل أحد ما يفكر فيه. في اليوم التالي عاد"),
            vec!["ولم يقل أحد ما يفكر فيه.", "في اليوم التالي عاد"]
        );
        assert_eq!(
            split("وصل الوفد إلى بي. وغادر"),
            vec!["وصل الوفد إلى بي.", "وغادر"]
        );
        // A glued full stop between ordinary words still ends the sentence.
        assert_eq!(split("في الرقة.وقال نت"), vec!["في الرقة.", "وقال نت"]);
    }

    #[test]
    fn list_numbering() {
        assert_eq!(
            split("الشروط:\n1. وقف القتال.\n2. إطلاق الأسرى.\nأ. بند"),
            vec!["الشروط:", "1. وقف القتال.", "2. إطلاق الأسرى.", "أ. بند"]
        );
        assert_eq!(split("عاد عام 2015. ثم"), vec!["عاد عام 2015.", "ثم"]);
    }

    #[test]
    fn paragraphs_and_dateline() {
        assert_eq!(
            split("لندن-سانا\nكشف دبلوماسيون أمرا\n\nوذكرت صحيفة"),
            vec!["لندن-سانا", "كشف دبلوماسيون أمرا", "وذكرت صحيفة"]
        );
        assert_eq!(split("عنوان\r\nنص"), vec!["عنوان", "نص"]);
    }

    #[test]
    fn brackets_attach() {
        assert_eq!(split("(انتهى.) بعده"), vec!["(انتهى.)", "بعده"]);
        assert_eq!(split("وهذا غريب (!) حقا."), vec!["وهذا غريب (!) حقا."]);
    }

    #[test]
    fn overlong_runs_are_cut_into_bounded_pieces() {
        // 1,300 words and no punctuation: three pieces, contiguous, each at most the cap.
        let text = "كلمة ".repeat(1300);
        let spans = split_sentences(&text, &tokenize(&text));
        assert_eq!(spans.len(), 3, "{spans:?}");
        assert_eq!(spans[0].start, 0);
        assert_eq!(spans[2].end, text.trim_end().len());
        for w in spans.windows(2) {
            assert_eq!(text.get(w[0].end..w[1].start), Some(" "));
        }
        for s in &spans {
            let words = text.get(s.start..s.end).unwrap_or("").split(' ').count();
            assert!(words <= MAX_SENTENCE_TOKENS, "{words}");
        }
        // With commas, a piece ends after the last comma of its second half.
        let text = "أ ب ج د، ".repeat(300);
        let spans = split_sentences(&text, &tokenize(&text));
        assert!(spans.len() >= 3, "{spans:?}");
        for s in &spans[..spans.len() - 1] {
            assert!(text.get(s.start..s.end).is_some_and(|x| x.ends_with('،')));
        }
        // A long news sentence (≈ 300 tokens) stays whole.
        let text = format!("{}.", "وقال الوزير إن الحكومة مستعدة، ".repeat(50));
        assert_eq!(split(&text).len(), 1);
    }

    #[test]
    fn empty_inputs() {
        assert!(split("").is_empty());
        assert!(split(" \n ").is_empty());
    }

    #[test]
    fn seed_article_sentences() {
        let text = include_str!("../../../data/examples/sana-london-2015.txt");
        let s = split(text);
        assert_eq!(s.len(), 7, "{s:#?}");
        assert_eq!(s[0], "لندن-سانا");
        assert!(s[1].starts_with("كشف دبلوماسيون") && s[1].ends_with("في العودة."));
        // The quotation with its full stop outside stays in its sentence.
        assert!(s[2].ends_with("الى الخارج”."));
        assert!(s[6].ends_with("الإرهاب."));
    }
}
