//! The time extractor's own light lexer: words, digit groups and punctuation
//! with byte spans, each word carrying an orthographically normalized form
//! (no diacritics or tatweel; أ/إ/آ/ٱ→ا, ى→ي, ة→ه; any digit script → ASCII).
use khabar_text::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tk {
    /// Arabic-script word.
    Word,
    /// Latin-script word (lowercased in `norm`).
    Latin,
    /// A digit group, possibly with internal separators: `22/04/2016`, `10:30`, `2015.3`, `4-23`.
    Num,
    /// Any other single non-space character.
    Punct,
}

#[derive(Debug, Clone)]
pub struct Tok {
    pub span: Span,
    pub kind: Tk,
    /// Normalized form: `buf[ns..ne]` of the [`Lexed`] buffer (see module docs).
    ns: u32,
    ne: u32,
}

impl Tok {
    /// The normalized form, out of the shared buffer of its [`Lexed`].
    pub fn norm<'a>(&self, buf: &'a str) -> &'a str {
        buf.get(self.ns as usize..self.ne as usize).unwrap_or("")
    }
}

/// Tokens plus the one buffer holding all their normalized forms.
pub struct Lexed {
    pub toks: Vec<Tok>,
    pub buf: String,
}

fn ascii_digit(c: char) -> Option<char> {
    let v = match c {
        '0'..='9' => return Some(c),
        '\u{0660}'..='\u{0669}' => c as u32 - 0x0660,
        '\u{06F0}'..='\u{06F9}' => c as u32 - 0x06F0,
        _ => return None,
    };
    char::from_digit(v, 10)
}

fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' | '\u{200C}' | '\u{200D}' | '\u{200F}' | '\u{200E}')
}

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        || is_diacritic(c)
}

/// Normalize one Arabic letter (see module docs); `None` drops it.
pub fn norm_char(c: char) -> Option<char> {
    if is_diacritic(c) {
        return None;
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        'ی' | 'ې' => 'ي',
        _ => c,
    })
}

/// Normalize an Arabic string the way token `norm`s are normalized.
pub fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if let Some(d) = ascii_digit(c) {
            out.push(d);
        } else if let Some(n) = norm_char(c) {
            out.extend(n.to_lowercase());
        }
    }
    out
}

/// Tokenize `text` for time extraction.
pub fn lex(text: &str) -> Lexed {
    let mut toks = Vec::with_capacity(text.len() / 6);
    let mut norm = String::with_capacity(text.len());
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = i + c.len_utf8();
        let ns = norm.len();
        let kind;
        if let Some(d) = ascii_digit(c) {
            kind = Tk::Num;
            norm.push(d);
            // Digits, and single separators between digits.
            loop {
                match it.peek().copied() {
                    Some((j, c2)) if ascii_digit(c2).is_some() => {
                        norm.push(ascii_digit(c2).unwrap_or('0'));
                        end = j + c2.len_utf8();
                        it.next();
                    }
                    Some((j, c2))
                        if matches!(c2, '/' | '-' | ':' | '.' | ',' | '٫' | '٬' | '\\') =>
                    {
                        // Only if a digit follows the separator.
                        let after = text.get(j + c2.len_utf8()..).and_then(|r| r.chars().next());
                        if after.and_then(ascii_digit).is_some() {
                            norm.push(match c2 {
                                '٫' => '.',
                                '٬' => ',',
                                '\\' => '/',
                                _ => c2,
                            });
                            end = j + c2.len_utf8();
                            it.next();
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
        } else if is_arabic_letter(c) {
            kind = Tk::Word;
            if let Some(n) = norm_char(c) {
                norm.push(n);
            }
            while let Some((j, c2)) = it.peek().copied() {
                if is_arabic_letter(c2) {
                    if let Some(n) = norm_char(c2) {
                        norm.push(n);
                    }
                    end = j + c2.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            if norm.len() == ns {
                // A lone diacritic or tatweel.
                continue;
            }
        } else if c.is_alphabetic() {
            kind = Tk::Latin;
            norm.extend(c.to_lowercase());
            while let Some((j, c2)) = it.peek().copied() {
                if c2.is_alphabetic() && !is_arabic_letter(c2) {
                    norm.extend(c2.to_lowercase());
                    end = j + c2.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
        } else {
            kind = Tk::Punct;
            norm.push(c);
        }
        toks.push(Tok {
            span: Span::new(i, end),
            kind,
            ns: ns as u32,
            ne: norm.len() as u32,
        });
    }
    Lexed { toks, buf: norm }
}

/// Byte length, in `raw`, of the first `n` normalized letters (diacritics
/// following them are skipped too), so that a span can start after clitics.
pub fn raw_prefix_len(raw: &str, n: usize) -> usize {
    let mut seen = 0;
    for (i, c) in raw.char_indices() {
        if seen == n && !is_diacritic(c) {
            return i;
        }
        if !is_diacritic(c) {
            seen += 1;
        }
    }
    raw.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexes_digits_and_words() {
        let l = lex("في ٢٢/٤/٢٠١٦، وفي 10:30 صباحًا");
        let t = &l.toks;
        let n: Vec<&str> = t.iter().map(|t| t.norm(&l.buf)).collect();
        assert_eq!(n, ["في", "22/4/2016", "،", "وفي", "10:30", "صباحا"]);
        assert_eq!(t[1].kind, Tk::Num);
        assert_eq!(norm("أيلول"), "ايلول");
        assert_eq!(raw_prefix_len("وَأيلول", 1), "وَ".len());
    }
}
