//! Tokenizer with byte spans.
//!
//! One left-to-right pass over the text, no regular expressions, linear time.
//! Every token is a byte span of the original text; whitespace, control
//! characters and invisible/bidi controls separate tokens and are never part
//! of one (except zero-width joiners between two letters of a word).
//!
//! * Arabic words keep their diacritics and tatweel (مُحَمَّد، بـ).
//! * Latin (and other alphabetic) words may carry digits after a letter (G20)
//!   and inner apostrophes (O'Brien).
//! * Numbers in ASCII, Arabic-Indic, extended Arabic-Indic, Devanagari or
//!   full-width digits, with inner separators followed by a digit:
//!   1,700 · ١٬٧٠٠ · 2.5 · ٢٫٥ · 22/04/2016 · 10:30.
//! * A proclitic glued to a number (و5، ب150، لـ10، وب٣) becomes a
//!   [`TokenKind::Clitic`] token followed by the [`TokenKind::Number`].
//! * URLs (scheme:// or www.), emails, #hashtags (#عاصي_الحلاني), @mentions,
//!   emoji sequences (ZWJ, skin tones, flags), % and ٪.
//! * Runs of sentence-final punctuation (... ؟! …) are one token; every other
//!   punctuation mark is a token of its own.
use crate::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Arabic-script word (may carry clitics).
    Arabic,
    /// Latin-script (or other alphabetic) word.
    Latin,
    /// A number in any digit script, with separators (1,700 · ١٬٧٠٠ · 2.5 · 22/04/2016 · 10:30).
    Number,
    /// A proclitic split off a glued number (the و of و5).
    Clitic,
    /// % or ٪
    Percent,
    Punct,
    Url,
    Email,
    Hashtag,
    Mention,
    Emoji,
    Symbol,
}

impl TokenKind {
    /// Whether tokens of this kind are words (Arabic or Latin).
    pub fn is_word(self) -> bool {
        matches!(self, TokenKind::Arabic | TokenKind::Latin)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `text` (the string it was tokenized from).
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text)
    }
}

/// Arabic letters (base letters, extended letters, presentation-form letters and ligatures).
pub const fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06E5}'..='\u{06E6}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{0887}'
        | '\u{0889}'..='\u{088E}'
        | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FD3D}'
        | '\u{FD40}'..='\u{FDFB}'
        | '\u{FDFD}'..='\u{FDFF}'
        | '\u{FE80}'..='\u{FEFC}')
}

/// Marks that stay inside an Arabic word: harakat and other combining marks,
/// tatweel, and the isolated/medial presentation forms of harakat.
pub const fn is_arabic_mark(c: char) -> bool {
    c == '\u{0640}'
        || crate::normalize::is_arabic_diacritic(c)
        || matches!(c, '\u{FE70}'..='\u{FE7F}')
}

const LETTER: u8 = 1;
const MARK: u8 = 2;

const fn arabic_block_classes() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            t[i] = if is_arabic_letter(c) {
                LETTER
            } else if is_arabic_mark(c) {
                MARK
            } else {
                0
            };
        }
        i += 1;
    }
    t
}

/// Letter/mark class of every char in U+0600–U+06FF.
static ARABIC_BLOCK: [u8; 256] = arabic_block_classes();

/// The letter/mark class of the char at byte `i` if it is in U+0600–U+06FF
/// (a two-byte sequence with lead byte 0xD8–0xDB).
#[inline]
fn arabic_block_class(bytes: &[u8], i: usize) -> Option<u8> {
    let b0 = *bytes.get(i)?;
    if !(0xD8..=0xDB).contains(&b0) {
        return None;
    }
    let b1 = *bytes.get(i + 1)?;
    ARABIC_BLOCK
        .get((((b0 & 0x03) as usize) << 6) | (b1 & 0x3F) as usize)
        .copied()
}

/// Decimal digits of the scripts khabar reads.
pub fn is_digit(c: char) -> bool {
    matches!(c,
        '0'..='9'
        | '\u{0660}'..='\u{0669}'
        | '\u{06F0}'..='\u{06F9}'
        | '\u{0966}'..='\u{096F}'
        | '\u{FF10}'..='\u{FF19}')
}

fn is_combining(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20DC}'
        | '\u{FE20}'..='\u{FE2F}')
}

fn is_other_letter(c: char) -> bool {
    !c.is_ascii() && !is_arabic_letter(c) && !is_arabic_mark(c) && c.is_alphabetic()
}

fn is_latin_start(c: char) -> bool {
    c.is_ascii_alphabetic() || is_other_letter(c)
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || is_arabic_letter(c)
        || is_arabic_mark(c)
        || is_digit(c)
        || is_other_letter(c)
        || is_combining(c)
}

/// Characters that separate tokens and belong to none.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c.is_control() || crate::normalize::is_invisible(c)
}

fn is_emoji_base(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2300}'..='\u{23FF}'
        | '\u{2B05}'..='\u{2B07}'
        | '\u{2B1B}'..='\u{2B1C}'
        | '\u{2B50}'
        | '\u{2B55}'
        | '\u{3030}'
        | '\u{303D}'
        | '\u{3297}'
        | '\u{3299}')
}

fn is_emoji_modifier(c: char) -> bool {
    matches!(c, '\u{FE0E}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{20E3}' | '\u{E0020}'..='\u{E007F}')
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

/// Sentence-final punctuation; a run of these is one token.
pub fn is_terminal_punct(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation()
            && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    matches!(c,
        '،' | '؛' | '؟' | '٭' | '۔' | '؍' | '؞' | '«' | '»' | '¡' | '¿' | '§' | '¶' | '·'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205E}'
        | '\u{2E00}'..='\u{2E4F}'
        | '\u{3001}'..='\u{3003}'
        | '\u{3008}'..='\u{3011}'
        | '\u{FD3E}'..='\u{FD3F}'
        | '\u{FE10}'..='\u{FE19}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FE50}'..='\u{FE6B}'
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}')
}

/// Proclitics (and the article) that can be glued to a number: و5، ب150، فل3،
/// وبـ٢٠، الـ10، والـ10، بالـ5، لل3.
fn is_number_proclitic(word: &str) -> bool {
    let mut buf = ['\0'; 5];
    let mut n = 0;
    for c in word.chars().filter(|&c| !is_arabic_mark(c)) {
        match buf.get_mut(n) {
            Some(slot) => *slot = c,
            None => return false,
        }
        n += 1;
    }
    let letters = buf.get(..n).unwrap_or_default();
    // An optional conjunction, then a preposition and/or the article.
    let rest = match letters.first() {
        Some('و' | 'ف') if n > 1 => letters.get(1..).unwrap_or_default(),
        _ => letters,
    };
    matches!(
        rest,
        ['و' | 'ف' | 'ب' | 'ل' | 'ك'] | ['ا', 'ل'] | ['ب' | 'ك', 'ا', 'ل'] | ['ل', 'ل']
    )
}

struct Cursor<'a> {
    text: &'a str,
}

impl Cursor<'_> {
    #[inline]
    fn at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    #[inline]
    fn before(&self, i: usize) -> Option<char> {
        self.text.get(..i).and_then(|s| s.chars().next_back())
    }

    fn starts_with_ci(&self, i: usize, prefix: &str) -> bool {
        self.text
            .as_bytes()
            .get(i..i + prefix.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(prefix.as_bytes()))
    }

    /// End of the run of chars satisfying `f` that starts at `i`.
    #[inline]
    fn run(&self, mut i: usize, f: impl Fn(char) -> bool) -> usize {
        while let Some(c) = self.at(i) {
            if !f(c) {
                break;
            }
            i += c.len_utf8();
        }
        i
    }
}

/// Tokenize `text`; spans are byte offsets into `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let cur = Cursor { text };
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 6 + 1);
    // No email can start before this offset (a failed scan is not repeated).
    let mut no_email_until = 0usize;
    let bytes = text.as_bytes();
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        if matches!(b, b' ' | b'\n' | b'\t' | b'\r') {
            i += 1;
            continue;
        }
        let Some(c) = cur.at(i) else { break };
        let start = i;
        let clen = c.len_utf8();
        if c.is_ascii() && c.is_ascii_alphanumeric() && c != '_' {
            if let Some(end) = scan_url(&cur, i) {
                out.push(tok(start, end, TokenKind::Url));
                i = end;
                continue;
            }
            if i >= no_email_until {
                match scan_email(&cur, i) {
                    Ok(end) => {
                        out.push(tok(start, end, TokenKind::Email));
                        i = end;
                        continue;
                    }
                    Err(stop) => no_email_until = stop,
                }
            }
        }
        if is_arabic_letter(c) || is_arabic_mark(c) {
            let (end, has_letter) = scan_arabic_word(&cur, i);
            let word = text.get(start..end).unwrap_or("");
            let kind = if !has_letter {
                TokenKind::Symbol
            } else if cur.at(end).is_some_and(is_digit) && is_number_proclitic(word) {
                TokenKind::Clitic
            } else {
                TokenKind::Arabic
            };
            out.push(tok(start, end, kind));
            i = end;
        } else if is_space(c) {
            i += clen;
        } else if is_digit(c) {
            let end = scan_number(&cur, i);
            out.push(tok(start, end, TokenKind::Number));
            i = end;
        } else if is_latin_start(c) {
            let end = scan_latin_word(&cur, i);
            out.push(tok(start, end, TokenKind::Latin));
            i = end;
        } else if (c == '#' || c == '＃' || c == '@' || c == '＠')
            && cur
                .at(i + clen)
                .is_some_and(|n| is_word_char(n) || n == '_')
            && !cur.before(i).is_some_and(is_word_char)
        {
            let end = cur.run(i + clen, |n| is_word_char(n) || n == '_' || n == '\u{200C}');
            let kind = if c == '#' || c == '＃' {
                TokenKind::Hashtag
            } else {
                TokenKind::Mention
            };
            out.push(tok(start, end, kind));
            i = end;
        } else if c == '%' || c == '٪' || c == '\u{FF05}' || c == '\u{FE6A}' {
            out.push(tok(start, i + clen, TokenKind::Percent));
            i += clen;
        } else if is_terminal_punct(c) {
            let end = cur.run(i, is_terminal_punct);
            out.push(tok(start, end, TokenKind::Punct));
            i = end;
        } else if is_regional_indicator(c) {
            let mut end = i + clen;
            if let Some(n) = cur.at(end).filter(|&n| is_regional_indicator(n)) {
                end += n.len_utf8();
            }
            out.push(tok(start, end, TokenKind::Emoji));
            i = end;
        } else if is_emoji_base(c) {
            let end = scan_emoji(&cur, i);
            out.push(tok(start, end, TokenKind::Emoji));
            i = end;
        } else if is_punct(c) {
            out.push(tok(start, i + clen, TokenKind::Punct));
            i += clen;
        } else {
            // Symbols keep any combining marks or variation selectors that follow them.
            let end = cur.run(i + clen, |n| is_combining(n) || is_emoji_modifier(n));
            out.push(tok(start, end, TokenKind::Symbol));
            i = end;
        }
    }
    out
}

#[inline]
fn tok(start: usize, end: usize, kind: TokenKind) -> Token {
    Token {
        span: Span::new(start, end),
        kind,
    }
}

/// End of the Arabic word starting at `i`, and whether it has a letter.
fn scan_arabic_word(cur: &Cursor<'_>, i: usize) -> (usize, bool) {
    let bytes = cur.text.as_bytes();
    let mut end = i;
    let mut has_letter = false;
    loop {
        // Fast path: the Arabic block, decoded from its two bytes.
        if let Some(class) = arabic_block_class(bytes, end) {
            if class == 0 {
                break;
            }
            has_letter |= class == LETTER;
            end += 2;
            continue;
        }
        let Some(c) = cur.at(end) else { break };
        let joins = matches!(c, '\u{200C}' | '\u{200D}')
            && cur.at(end + c.len_utf8()).is_some_and(is_arabic_letter);
        let letter = is_arabic_letter(c);
        if !(joins || letter || is_arabic_mark(c)) {
            break;
        }
        has_letter |= letter;
        end += c.len_utf8();
    }
    (end, has_letter)
}

fn scan_latin_word(cur: &Cursor<'_>, i: usize) -> usize {
    let mut end = i;
    while let Some(c) = cur.at(end) {
        let joins = matches!(c, '\'' | '’' | '\u{200C}' | '\u{200D}')
            && cur.at(end + c.len_utf8()).is_some_and(is_latin_start);
        if !(joins || is_latin_start(c) || is_combining(c) || c.is_ascii_digit()) {
            break;
        }
        end += c.len_utf8();
    }
    end
}

fn scan_number(cur: &Cursor<'_>, i: usize) -> usize {
    let mut end = cur.run(i, is_digit);
    while let Some(sep) = cur.at(end) {
        if !matches!(sep, ',' | '.' | '٫' | '٬' | '/' | ':') {
            break;
        }
        let after = end + sep.len_utf8();
        if !cur.at(after).is_some_and(is_digit) {
            break;
        }
        end = cur.run(after, is_digit);
    }
    end
}

fn scan_emoji(cur: &Cursor<'_>, i: usize) -> usize {
    let mut end = i + cur.at(i).map_or(0, char::len_utf8);
    loop {
        end = cur.run(end, is_emoji_modifier);
        match cur.at(end) {
            Some('\u{200D}') => match cur.at(end + 3) {
                Some(n) if is_emoji_base(n) => end += 3 + n.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    end
}

fn is_url_char(c: char) -> bool {
    !(is_space(c)
        || matches!(
            c,
            '"' | '<'
                | '>'
                | '«'
                | '»'
                | '“'
                | '”'
                | '،'
                | '؛'
                | '`'
                | '{'
                | '}'
                | '|'
                | '\\'
                | '^'
        ))
}

/// A URL starting at `i` (http://, https://, ftp:// or www.), trailing punctuation trimmed.
fn scan_url(cur: &Cursor<'_>, i: usize) -> Option<usize> {
    let body = if cur.starts_with_ci(i, "https://") {
        i + 8
    } else if cur.starts_with_ci(i, "http://") {
        i + 7
    } else if cur.starts_with_ci(i, "ftp://") {
        i + 6
    } else if cur.starts_with_ci(i, "www.") && !cur.before(i).is_some_and(is_word_char) {
        i + 4
    } else {
        return None;
    };
    let mut end = body;
    let (mut open, mut close) = (0usize, 0usize);
    while let Some(c) = cur.at(end) {
        if !is_url_char(c) {
            break;
        }
        match c {
            '(' => open += 1,
            ')' => close += 1,
            _ => {}
        }
        end += c.len_utf8();
    }
    // Trim trailing punctuation that ends the sentence rather than the URL.
    while let Some(c) = cur.before(end) {
        let trim = match c {
            '.' | ',' | ';' | ':' | '!' | '?' | '؟' | '\'' | ']' | '…' => true,
            ')' => close > open,
            _ => false,
        };
        if !trim || end <= body {
            break;
        }
        if c == ')' {
            close -= 1;
        }
        end -= c.len_utf8();
    }
    (end > body).then_some(end)
}

/// An email address starting at `i`; on failure, the offset before which no
/// other start can succeed (so a failed scan is never repeated).
fn scan_email(cur: &Cursor<'_>, i: usize) -> Result<usize, usize> {
    let is_local = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
    let at = cur.run(i, is_local);
    if cur.at(at) != Some('@') || at == i {
        return Err(at.max(i + 1));
    }
    let dom_start = at + 1;
    let mut end = cur.run(dom_start, |c| {
        c.is_ascii_alphanumeric() || c == '-' || c == '.'
    });
    while end > dom_start && matches!(cur.before(end), Some('.' | '-')) {
        end -= 1;
    }
    let domain = cur.text.get(dom_start..end).unwrap_or("");
    let valid = match domain.rsplit_once('.') {
        Some((host, tld)) => {
            !host.is_empty()
                && !host.starts_with('.')
                && tld.len() >= 2
                && tld.bytes().all(|b| b.is_ascii_alphabetic())
        }
        None => false,
    };
    if valid {
        Ok(end)
    } else {
        Err(at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(&str, TokenKind)> {
        tokenize(s).iter().map(|t| (t.text(s), t.kind)).collect()
    }

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    use TokenKind::*;

    #[test]
    fn arabic_words_keep_diacritics_and_tatweel() {
        assert_eq!(
            toks("مُحَمَّدٌ قالـــــوا"),
            vec![("مُحَمَّدٌ", Arabic), ("قالـــــوا", Arabic)]
        );
        assert_eq!(texts("كلمة\u{200C}كلمة"), vec!["كلمة\u{200C}كلمة"]);
    }

    #[test]
    fn latin_words() {
        assert_eq!(
            toks("The Voice, O'Brien G20 café"),
            vec![
                ("The", Latin),
                ("Voice", Latin),
                (",", Punct),
                ("O'Brien", Latin),
                ("G20", Latin),
                ("café", Latin)
            ]
        );
    }

    #[test]
    fn numbers_in_all_scripts_with_separators() {
        for n in [
            "1,700",
            "١٬٧٠٠",
            "2.5",
            "٢٫٥",
            "22/04/2016",
            "10:30",
            "۱۲۳",
            "1.700.000",
        ] {
            assert_eq!(toks(n), vec![(n, Number)], "{n}");
        }
        assert_eq!(
            toks("عام 2015."),
            vec![("عام", Arabic), ("2015", Number), (".", Punct)]
        );
        assert_eq!(toks("1,"), vec![("1", Number), (",", Punct)]);
        assert_eq!(
            toks("10-15"),
            vec![("10", Number), ("-", Punct), ("15", Number)]
        );
    }

    #[test]
    fn percent_signs() {
        assert_eq!(toks("50%"), vec![("50", Number), ("%", Percent)]);
        assert_eq!(toks("٥٠٪"), vec![("٥٠", Number), ("٪", Percent)]);
        assert_eq!(toks("3.5 %"), vec![("3.5", Number), ("%", Percent)]);
    }

    #[test]
    fn number_glued_to_proclitic_is_split() {
        assert_eq!(toks("و5"), vec![("و", Clitic), ("5", Number)]);
        assert_eq!(toks("ب150"), vec![("ب", Clitic), ("150", Number)]);
        assert_eq!(toks("ل10"), vec![("ل", Clitic), ("10", Number)]);
        assert_eq!(toks("و١٢"), vec![("و", Clitic), ("١٢", Number)]);
        assert_eq!(toks("بـ150"), vec![("بـ", Clitic), ("150", Number)]);
        assert_eq!(toks("وب20"), vec![("وب", Clitic), ("20", Number)]);
        assert_eq!(toks("الـ10"), vec![("الـ", Clitic), ("10", Number)]);
        assert_eq!(toks("والـ10"), vec![("والـ", Clitic), ("10", Number)]);
        assert_eq!(toks("بالـ٥"), vec![("بالـ", Clitic), ("٥", Number)]);
        assert_eq!(toks("لل3"), vec![("لل", Clitic), ("3", Number)]);
        assert_eq!(toks("فوب5"), vec![("فوب", Arabic), ("5", Number)]);
        // Not a proclitic: a word glued to a number stays a word.
        assert_eq!(toks("عام2015"), vec![("عام", Arabic), ("2015", Number)]);
        // A proclitic-looking word followed by a space is a word.
        assert_eq!(toks("و 5"), vec![("و", Arabic), ("5", Number)]);
    }

    #[test]
    fn arabic_punctuation() {
        assert_eq!(
            toks("قال، ثم؛ لماذا؟ «نعم» “لا”"),
            vec![
                ("قال", Arabic),
                ("،", Punct),
                ("ثم", Arabic),
                ("؛", Punct),
                ("لماذا", Arabic),
                ("؟", Punct),
                ("«", Punct),
                ("نعم", Arabic),
                ("»", Punct),
                ("“", Punct),
                ("لا", Arabic),
                ("”", Punct),
            ]
        );
        assert_eq!(
            toks("انتهى... حقا؟!"),
            vec![
                ("انتهى", Arabic),
                ("...", Punct),
                ("حقا", Arabic),
                ("؟!", Punct)
            ]
        );
    }

    #[test]
    fn urls_emails_hashtags_mentions() {
        assert_eq!(
            toks("انظر http://www.sana.sy/?p=12345. و www.bbc.com/arabic"),
            vec![
                ("انظر", Arabic),
                ("http://www.sana.sy/?p=12345", Url),
                (".", Punct),
                ("و", Arabic),
                ("www.bbc.com/arabic", Url)
            ]
        );
        assert_eq!(
            toks("(https://ar.wikipedia.org/wiki/لندن_(مدينة))"),
            vec![
                ("(", Punct),
                ("https://ar.wikipedia.org/wiki/لندن_(مدينة)", Url),
                (")", Punct)
            ]
        );
        assert_eq!(
            toks("راسلونا: info@sana.sy."),
            vec![
                ("راسلونا", Arabic),
                (":", Punct),
                ("info@sana.sy", Email),
                (".", Punct)
            ]
        );
        assert_eq!(
            toks("a@b x"),
            vec![("a", Latin), ("@", Punct), ("b", Latin), ("x", Latin)]
        );
        assert_eq!(
            toks("#إليسا #عاصي_الحلاني"),
            vec![("#إليسا", Hashtag), ("#عاصي_الحلاني", Hashtag)]
        );
        assert_eq!(
            toks("@AlArabiya_Brk: @سانا"),
            vec![
                ("@AlArabiya_Brk", Mention),
                (":", Punct),
                ("@سانا", Mention)
            ]
        );
        assert_eq!(toks("C# #"), vec![("C", Latin), ("#", Punct), ("#", Punct)]);
    }

    #[test]
    fn emoji_sequences() {
        assert_eq!(
            toks("رائع😀👍🏽"),
            vec![("رائع", Arabic), ("😀", Emoji), ("👍🏽", Emoji)]
        );
        assert_eq!(
            toks("👨‍👩‍👧 🇸🇾❤️"),
            vec![("👨‍👩‍👧", Emoji), ("🇸🇾", Emoji), ("❤️", Emoji)]
        );
    }

    #[test]
    fn separators_and_controls_are_not_tokens() {
        assert_eq!(
            texts("\u{FEFF}\u{202B}سانا\u{202C}\0 x\u{200F}"),
            vec!["سانا", "x"]
        );
        assert!(tokenize("").is_empty());
        assert!(tokenize(" \n\t\u{200B}").is_empty());
        assert_eq!(
            toks("$5 €"),
            vec![("$", Symbol), ("5", Number), ("€", Symbol)]
        );
        assert_eq!(toks("ـــ"), vec![("ـــ", Symbol)]);
    }

    #[test]
    fn seed_article_first_lines() {
        let text = include_str!("../../../data/examples/sana-london-2015.txt");
        let tokens = tokenize(text);
        let first: Vec<(&str, TokenKind)> = tokens
            .iter()
            .take(5)
            .map(|t| (t.text(text), t.kind))
            .collect();
        assert_eq!(
            first,
            vec![
                ("لندن", Arabic),
                ("-", Punct),
                ("سانا", Arabic),
                ("كشف", Arabic),
                ("دبلوماسيون", Arabic)
            ]
        );
        assert_eq!(tokens[0].span, Span::new(0, 8));
        assert_eq!(tokens[1].span, Span::new(8, 9));
        assert_eq!(tokens[2].span, Span::new(9, 17));
        // “داعش” → quote, word, quote.
        let i = tokens
            .iter()
            .position(|t| t.text(text) == "داعش")
            .unwrap_or(0);
        let around: Vec<&str> = tokens[i - 1..=i + 1].iter().map(|t| t.text(text)).collect();
        assert_eq!(around, vec!["“", "داعش", "”"]);
        // Numbers of the article.
        let numbers: Vec<&str> = tokens
            .iter()
            .filter(|t| t.kind == Number)
            .map(|t| t.text(text))
            .collect();
        assert_eq!(numbers, vec!["150", "1700", "2012", "800", "2014", "5"]);
        // The last sentence ends with a full stop glued to the last word.
        let last: Vec<&str> = tokens.iter().rev().take(2).map(|t| t.text(text)).collect();
        assert_eq!(last, vec![".", "الإرهاب"]);
    }
}
