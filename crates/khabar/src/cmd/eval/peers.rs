//! Readers for other projects' test corpora, shared by the peer-suite evaluations.
//!
//! * Duckling `Duckling/<Dimension>/AR/Corpus.hs` files: Haskell source made of
//!   `examples (VALUE) [ "text", … ]` blocks ([`load_duckling`]) and, in some files,
//!   a `negativeCorpus` whose `examples = [ "text", … ]` list must yield nothing
//!   ([`load_duckling_negative`]).
//! * Microsoft Recognizers-Text `Specs/<Area>/Arabic/*.json` files: a JSON array of
//!   cases with `Input`, optional `Context.ReferenceDateTime` and expected `Results`
//!   ([`load_recognizers`]).
//!
//! The readers only parse the formats; judging a case is up to each evaluation.
use anyhow::{bail, Context, Result};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// One `examples (VALUE) [ "text", … ]` block of a Duckling corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct DucklingCase {
    /// The Haskell value expression between the parentheses, whitespace-collapsed,
    /// e.g. `NumeralValue 1.1`, `simple Dollar 10`, `datetime (2013, 2, 12, 4, 30, 0) Second`.
    pub value_src: String,
    /// Each text alone must resolve to the value.
    pub texts: Vec<String>,
    /// 1-based line of the `examples` keyword (for messages).
    pub line: usize,
}

/// One expected result of a Recognizers-Text case.
#[derive(Debug, Clone, PartialEq)]
pub struct RtResult {
    pub text: String,
    /// Start offset (UTF-16 code units in the original C# suites; equal to code points for Arabic).
    pub start: Option<usize>,
    /// End offset as written in the file: **inclusive** (`Start + Length - 1`).
    /// Derived from `Length` when only that is given.
    pub end: Option<usize>,
    /// `TypeName` (models) or `Type` (extractors).
    pub type_name: String,
    /// `Resolution` object (or `Value` for parser specs); `Null` when absent.
    pub resolution: Value,
}

impl RtResult {
    /// End offset, exclusive.
    pub fn end_exclusive(&self) -> Option<usize> {
        self.end.map(|e| e + 1)
    }

    /// Byte range of this result in `text`: from its offsets, or (PendingValidation
    /// cases give -1) the first occurrence of its text, else the whole text.
    pub fn byte_range(&self, text: &str) -> (usize, usize) {
        match (self.start, self.end_exclusive()) {
            (Some(s), Some(en)) => (cp_to_byte(text, s), cp_to_byte(text, en)),
            _ => match text.find(self.text.trim()) {
                Some(b) if !self.text.trim().is_empty() => (b, b + self.text.trim().len()),
                _ => (0, text.len()),
            },
        }
    }
}

/// Byte offset of code point `cp` in `text` (its length when past the end).
/// Offsets in Recognizers-Text files are UTF-16 code units (= code points for Arabic).
fn cp_to_byte(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b)
}

/// One Recognizers-Text case.
#[derive(Debug, Clone, PartialEq)]
pub struct RtCase {
    pub input: String,
    /// `Context.ReferenceDateTime`, e.g. `2016-11-07T00:00:00`.
    pub reference: Option<String>,
    pub results: Vec<RtResult>,
    /// `IgnoreResolution`: only the extraction (span) is meaningful.
    pub ignore_resolution: bool,
    /// `NotSupported` / `NotSupportedByDesign` (their own ports that fail the case).
    pub not_supported: Option<String>,
    /// `Comment`, if any.
    pub comment: Option<String>,
}

impl RtCase {
    /// The expected results as `"text"=value, …`, for failure messages.
    pub fn expected_summary(&self) -> String {
        let want: Vec<String> = self
            .results
            .iter()
            .map(|e| {
                format!(
                    "{:?}={}",
                    e.text,
                    e.resolution.get("value").unwrap_or(&Value::Null)
                )
            })
            .collect();
        want.join(", ")
    }
}

/// The peer data root: `$KHABAR_PEERS`, else `../shared/data/peers` beside the workspace.
pub fn default_root() -> PathBuf {
    if let Some(p) = std::env::var_os("KHABAR_PEERS") {
        return PathBuf::from(p);
    }
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/peers"
    ))
}

/// Read a Duckling `Corpus.hs` file: every `examples (VALUE) [ … ]` block.
pub fn load_duckling(path: &Path) -> Result<Vec<DucklingCase>> {
    let src = std::fs::read_to_string(path)
        .with_context(|| format!("reading Duckling corpus {}", path.display()))?;
    parse_duckling(&src).with_context(|| format!("parsing Duckling corpus {}", path.display()))
}

/// Read the negative examples (`negativeCorpus … examples = [ … ]`) of a Duckling corpus;
/// empty when the file has none.
pub fn load_duckling_negative(path: &Path) -> Result<Vec<String>> {
    let src = std::fs::read_to_string(path)
        .with_context(|| format!("reading Duckling corpus {}", path.display()))?;
    parse_duckling_negative(&src)
        .with_context(|| format!("parsing Duckling corpus {}", path.display()))
}

/// Parse the text of a Duckling corpus (see [`load_duckling`]).
pub fn parse_duckling(src: &str) -> Result<Vec<DucklingCase>> {
    let code = Scanner::new(src);
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(k) = code.find_keyword(pos, "examples") {
        pos = k + "examples".len();
        let after = code.skip_ws(pos);
        if code.byte(after) != Some(b'(') {
            // `examples =` (negative corpus) or a type signature: not a positive block.
            continue;
        }
        let close = code
            .matching(after, b'(', b')')
            .with_context(|| format!("line {}: unbalanced '(' after `examples`", code.line(k)))?;
        let value_src = collapse_ws(&src[after + 1..close]);
        let open = code.skip_ws(close + 1);
        if code.byte(open) != Some(b'[') {
            bail!(
                "line {}: expected '[' after `examples ({value_src})`",
                code.line(open)
            );
        }
        let (texts, end) = code.string_list(open)?;
        out.push(DucklingCase {
            value_src,
            texts,
            line: code.line(k),
        });
        pos = end;
    }
    Ok(out)
}

/// Parse the negative examples of a Duckling corpus (see [`load_duckling_negative`]).
pub fn parse_duckling_negative(src: &str) -> Result<Vec<String>> {
    let code = Scanner::new(src);
    let Some(neg) = code.find_keyword(0, "negativeCorpus") else {
        return Ok(Vec::new());
    };
    let mut pos = neg;
    while let Some(k) = code.find_keyword(pos, "examples") {
        pos = k + "examples".len();
        let eq = code.skip_ws(pos);
        if code.byte(eq) != Some(b'=') {
            continue;
        }
        let open = code.skip_ws(eq + 1);
        if code.byte(open) != Some(b'[') {
            bail!("line {}: expected '[' after `examples =`", code.line(open));
        }
        return Ok(code.string_list(open)?.0);
    }
    Ok(Vec::new())
}

/// Read a Recognizers-Text spec file (a JSON array of cases; a UTF-8 BOM is accepted).
pub fn load_recognizers(path: &Path) -> Result<Vec<RtCase>> {
    let src = std::fs::read_to_string(path)
        .with_context(|| format!("reading Recognizers-Text spec {}", path.display()))?;
    parse_recognizers(&src)
        .with_context(|| format!("parsing Recognizers-Text spec {}", path.display()))
}

/// Parse the text of a Recognizers-Text spec file (see [`load_recognizers`]).
pub fn parse_recognizers(src: &str) -> Result<Vec<RtCase>> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let v: Value = serde_json::from_str(src).context("invalid JSON")?;
    let Value::Array(cases) = v else {
        bail!("expected a JSON array of cases at the top level");
    };
    cases
        .iter()
        .enumerate()
        .map(|(i, c)| rt_case(c).with_context(|| format!("case #{i} (0-based)")))
        .collect()
}

fn rt_case(c: &Value) -> Result<RtCase> {
    let input = c
        .get("Input")
        .and_then(Value::as_str)
        .context("missing string field `Input`")?
        .to_string();
    let reference = c
        .get("Context")
        .and_then(|x| x.get("ReferenceDateTime"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let results = match c.get("Results") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(rs)) => rs
            .iter()
            .enumerate()
            .map(|(i, r)| rt_result(r).with_context(|| format!("result #{i}")))
            .collect::<Result<_>>()?,
        Some(_) => bail!("`Results` is not an array"),
    };
    let ignore_resolution = match c.get("IgnoreResolution") {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s.eq_ignore_ascii_case("true"),
        _ => false,
    };
    let not_supported = ["NotSupported", "NotSupportedByDesign"]
        .iter()
        .filter_map(|k| c.get(*k).and_then(Value::as_str))
        .collect::<Vec<_>>();
    let not_supported = (!not_supported.is_empty()).then(|| not_supported.join(", "));
    let comment = c.get("Comment").and_then(Value::as_str).map(str::to_string);
    Ok(RtCase {
        input,
        reference,
        results,
        ignore_resolution,
        not_supported,
        comment,
    })
}

fn as_usize(v: Option<&Value>) -> Option<usize> {
    match v? {
        Value::Number(n) => n.as_u64().and_then(|x| usize::try_from(x).ok()),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn rt_result(r: &Value) -> Result<RtResult> {
    let text = r
        .get("Text")
        .and_then(Value::as_str)
        .context("missing string field `Text`")?
        .to_string();
    let start = as_usize(r.get("Start"));
    let end = as_usize(r.get("End")).or_else(|| {
        let len = as_usize(r.get("Length"))?;
        Some(start? + len.checked_sub(1)?)
    });
    let type_name = r
        .get("TypeName")
        .or_else(|| r.get("Type"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let resolution = r
        .get("Resolution")
        .or_else(|| r.get("Value"))
        .cloned()
        .unwrap_or(Value::Null);
    Ok(RtResult {
        text,
        start,
        end,
        type_name,
        resolution,
    })
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A byte scanner over Haskell source that knows string literals and `--` comments.
struct Scanner<'a> {
    src: &'a str,
    /// `code[i]` is true when byte `i` is code (not inside a comment or string literal).
    code: Vec<bool>,
}

impl<'a> Scanner<'a> {
    fn new(src: &'a str) -> Self {
        let b = src.as_bytes();
        let mut code = vec![true; b.len()];
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'-' if b.get(i + 1) == Some(&b'-') => {
                    while i < b.len() && b[i] != b'\n' {
                        code[i] = false;
                        i += 1;
                    }
                }
                b'{' if b.get(i + 1) == Some(&b'-') => {
                    // Block comment (not nested in these corpora; nesting handled anyway).
                    let mut depth = 0usize;
                    while i < b.len() {
                        if b[i] == b'{' && b.get(i + 1) == Some(&b'-') {
                            depth += 1;
                            code[i] = false;
                            code[i + 1] = false;
                            i += 2;
                        } else if b[i] == b'-' && b.get(i + 1) == Some(&b'}') {
                            depth = depth.saturating_sub(1);
                            code[i] = false;
                            code[i + 1] = false;
                            i += 2;
                            if depth == 0 {
                                break;
                            }
                        } else {
                            code[i] = false;
                            i += 1;
                        }
                    }
                }
                b'"' => {
                    // The opening quote stays "code" so string lists can find it.
                    i += 1;
                    while i < b.len() && b[i] != b'"' {
                        code[i] = false;
                        if b[i] == b'\\' && i + 1 < b.len() {
                            code[i + 1] = false;
                            i += 1;
                        }
                        i += 1;
                    }
                    i += 1; // closing quote
                }
                _ => i += 1,
            }
        }
        Scanner { src, code }
    }

    fn byte(&self, i: usize) -> Option<u8> {
        self.src.as_bytes().get(i).copied()
    }

    fn is_code(&self, i: usize) -> bool {
        self.code.get(i).copied().unwrap_or(false)
    }

    fn line(&self, i: usize) -> usize {
        self.src.as_bytes()[..i.min(self.src.len())]
            .iter()
            .filter(|&&c| c == b'\n')
            .count()
            + 1
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while let Some(c) = self.byte(i) {
            if c.is_ascii_whitespace() || !self.is_code(i) {
                i += 1;
            } else {
                break;
            }
        }
        i
    }

    /// Next occurrence of identifier `kw` in code at or after `from`.
    fn find_keyword(&self, from: usize, kw: &str) -> Option<usize> {
        let b = self.src.as_bytes();
        let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'\'';
        let mut from = from;
        while let Some(off) = self.src.get(from..)?.find(kw) {
            let i = from + off;
            let before_ok = i == 0 || !is_ident(b[i - 1]);
            let after_ok = b.get(i + kw.len()).is_none_or(|&c| !is_ident(c));
            if before_ok && after_ok && self.is_code(i) {
                return Some(i);
            }
            from = i + kw.len();
        }
        None
    }

    /// Index of the bracket closing the one at `open`.
    fn matching(&self, open: usize, o: u8, c: u8) -> Option<usize> {
        let b = self.src.as_bytes();
        let mut depth = 0usize;
        for (i, &ch) in b.iter().enumerate().skip(open) {
            if !self.is_code(i) {
                continue;
            }
            if ch == o {
                depth += 1;
            } else if ch == c {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
        }
        None
    }

    /// Parse `[ "a", "b" ]` starting at the `[`; returns the strings and the index after `]`.
    fn string_list(&self, open: usize) -> Result<(Vec<String>, usize)> {
        let b = self.src.as_bytes();
        let mut out = Vec::new();
        let mut i = open + 1;
        loop {
            i = self.skip_ws(i);
            match self.byte(i) {
                Some(b']') => return Ok((out, i + 1)),
                Some(b',') => i += 1,
                Some(b'"') => {
                    let (s, next) = haskell_string(self.src, i)
                        .with_context(|| format!("line {}: bad string literal", self.line(i)))?;
                    out.push(s);
                    i = next;
                }
                Some(_) => bail!(
                    "line {}: unexpected {:?} in a string list",
                    self.line(i),
                    self.src
                        .get(i..)
                        .and_then(|s| s.chars().next())
                        .unwrap_or('?')
                ),
                None => bail!(
                    "unterminated string list opened on line {}",
                    self.line(open)
                ),
            }
            if i > b.len() {
                bail!(
                    "unterminated string list opened on line {}",
                    self.line(open)
                );
            }
        }
    }
}

/// Decode the Haskell string literal whose opening quote is at `start`;
/// returns the string and the index after the closing quote.
fn haskell_string(src: &str, start: usize) -> Result<(String, usize)> {
    let body = src.get(start + 1..).context("string runs past the end")?;
    let mut out = String::new();
    let mut it = body.char_indices().peekable();
    while let Some((i, ch)) = it.next() {
        match ch {
            '"' => return Ok((out, start + 1 + i + 1)),
            '\\' => {
                let (_, e) = it.next().context("dangling backslash")?;
                match e {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    '\\' => out.push('\\'),
                    '"' => out.push('"'),
                    '\'' => out.push('\''),
                    '&' => {}
                    'x' | 'o' | '0'..='9' => {
                        let radix = match e {
                            'x' => 16,
                            'o' => 8,
                            _ => 10,
                        };
                        let mut digits = String::new();
                        if radix == 10 {
                            digits.push(e);
                        }
                        while let Some(&(_, d)) = it.peek() {
                            if d.is_digit(radix) {
                                digits.push(d);
                                it.next();
                            } else {
                                break;
                            }
                        }
                        let n = u32::from_str_radix(&digits, radix)
                            .with_context(|| format!("bad numeric escape \\{e}{digits}"))?;
                        out.push(char::from_u32(n).context("numeric escape is not a char")?);
                    }
                    c if c.is_whitespace() => {
                        // String gap: `\   \`.
                        for (_, g) in it.by_ref() {
                            if g == '\\' {
                                break;
                            }
                        }
                    }
                    other => bail!("unsupported escape \\{other}"),
                }
            }
            c => out.push(c),
        }
    }
    bail!("unterminated string literal")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_duckling_blocks_comments_and_negatives() {
        let src = r#"
module X where
negativeCorpus = (context, testOptions, examples)
  where
    examples =
      [ "حب"
      , "اياب"
      ]
-- examples (NumeralValue 9) [ "commented" ]
allExamples :: [Example]
allExamples = concat
  [ examples (NumeralValue 0)
             [ "0"
             , "صفر"
             ]
  , examples (datetime (2013, 2, 12, 4, 30, 0) Second)
             [ "a \"q\" b", "\1581x\&1" ]
  ]
"#;
        let cases = parse_duckling(src).unwrap_or_default();
        assert_eq!(cases.len(), 2);
        assert_eq!(cases[0].value_src, "NumeralValue 0");
        assert_eq!(cases[0].texts, vec!["0", "صفر"]);
        assert_eq!(
            cases[1].value_src,
            "datetime (2013, 2, 12, 4, 30, 0) Second"
        );
        assert_eq!(cases[1].texts, vec!["a \"q\" b", "\u{62d}x1"]);
        let neg = parse_duckling_negative(src).unwrap_or_default();
        assert_eq!(neg, vec!["حب", "اياب"]);
    }

    #[test]
    fn parses_recognizers_cases() {
        let src = "\u{feff}[{\"Input\":\"سأعود في 15\",\"Context\":{\"ReferenceDateTime\":\"2016-11-07T00:00:00\"},\
            \"IgnoreResolution\":\"true\",\"NotSupported\":\"dotnet\",\
            \"Results\":[{\"Text\":\"15\",\"Start\":9,\"Length\":2,\"Type\":\"date\"}]},\
            {\"Input\":\"x\",\"Results\":[{\"Text\":\"١٠٠٪\",\"TypeName\":\"percentage\",\"Resolution\":{\"value\":\"100%\"},\"Start\":25,\"End\":28}]}]";
        let cases = parse_recognizers(src).unwrap_or_default();
        assert_eq!(cases.len(), 2);
        assert_eq!(cases[0].reference.as_deref(), Some("2016-11-07T00:00:00"));
        assert!(cases[0].ignore_resolution);
        assert_eq!(cases[0].results[0].end, Some(10));
        assert_eq!(cases[0].results[0].type_name, "date");
        assert_eq!(cases[1].results[0].end_exclusive(), Some(29));
        assert_eq!(cases[1].results[0].resolution["value"], "100%");
    }

    #[test]
    fn reports_bad_input_with_line() {
        let err = parse_duckling("x = examples (NumeralValue 1) [ \"a\" ")
            .err()
            .map(|e| format!("{e:#}"))
            .unwrap_or_default();
        assert!(err.contains("unterminated"), "{err}");
        assert!(parse_recognizers("{}").is_err());
    }

    #[test]
    fn reads_the_shared_peer_files_when_present() {
        let root = default_root();
        if !root.exists() {
            eprintln!(
                "skipping: peer data not found at {} (set KHABAR_PEERS)",
                root.display()
            );
            return;
        }
        let n = load_duckling(&root.join("duckling/Numeral-AR.Corpus.hs"))
            .map(|c| c.len())
            .unwrap_or(0);
        assert!(n > 20, "Numeral-AR blocks: {n}");
        let rt = load_recognizers(&root.join("recognizers-text/Number/Arabic/NumberModel.json"))
            .map(|c| c.len())
            .unwrap_or(0);
        assert!(rt > 200, "NumberModel cases: {rt}");
    }
}
