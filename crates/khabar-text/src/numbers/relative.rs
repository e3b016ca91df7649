//! Relative ordinals: الأخير (last), قبل الأخير (last but one), التالي (next),
//! السابق (previous), الحالي (current), with the Recognizers-Text notation
//! `end+0`, `end-1`, `current+1`, `current-1`, `current+0`.
use super::{fold_word_into, lex, ItemKind};
use crate::Span;

/// A relative ordinal and its offset notation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelativeOrdinal {
    pub span: Span,
    /// `end+0`, `end-1`, `current+1`, `current-1` or `current+0`.
    pub value: &'static str,
}

fn strip(f: &str) -> &str {
    let f = f
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(f);
    f.strip_prefix(['ب', 'ل'])
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(f)
}

/// Find relative ordinals in `text`.
pub fn relative_ordinals(text: &str) -> Vec<RelativeOrdinal> {
    let items = lex(text);
    let mut folded: Vec<String> = Vec::with_capacity(items.len());
    let mut buf = String::new();
    for it in &items {
        if it.kind == ItemKind::Word {
            fold_word_into(it.span.slice(text), &mut buf);
            folded.push(buf.clone());
        } else {
            folded.push(String::new());
        }
    }
    let f = |i: usize| folded.get(i).map_or("", |s| strip(s));
    let joined = |i: usize| items.get(i).is_some_and(|it| it.joined);
    let span = |a: usize, b: usize| {
        Span::new(
            items.get(a).map_or(0, |it| it.span.start),
            items.get(b).map_or(0, |it| it.span.end),
        )
    };
    let is_last = |w: &str| matches!(w, "الاخير" | "الاخيره" | "الاخيرين" | "الاخيرتين" | "الاخر");
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let w = f(i);
        // قبل الأخير, سبقت الأخيرة, الثانية إلى الأخير
        if matches!(w, "قبل" | "قبلا" | "سبقت") && joined(i + 1) && is_last(f(i + 1)) {
            out.push(RelativeOrdinal {
                span: span(i, i + 1),
                value: "end-1",
            });
            i += 2;
            continue;
        }
        if w == "الثانيه" && matches!(f(i + 1), "الي") && joined(i + 2) && is_last(f(i + 2))
        {
            out.push(RelativeOrdinal {
                span: span(i, i + 2),
                value: "end-1",
            });
            i += 3;
            continue;
        }
        let value = match w {
            _ if is_last(w) => Some("end+0"),
            // آخر before a noun is "last" (آخر كتاب); after one it is "another".
            "اخر"
                if joined(i + 1) && items.get(i + 1).is_some_and(|x| x.kind == ItemKind::Word) =>
            {
                let prev_is_word = i > 0
                    && joined(i)
                    && items.get(i - 1).is_some_and(|x| x.kind == ItemKind::Word);
                let prev = if i > 0 { f(i - 1) } else { "" };
                (!prev_is_word || matches!(prev, "احذف" | "اريد" | "في" | "من")).then_some("end+0")
            }
            "التالي" | "التاليه" | "القادم" | "القادمه" => {
                Some("current+1")
            }
            "السابق" | "السابقه" => Some("current-1"),
            "الحالي" | "الحاليه" => Some("current+0"),
            _ => None,
        };
        if let Some(v) = value {
            out.push(RelativeOrdinal {
                span: span(i, i),
                value: v,
            });
        }
        i += 1;
    }
    out
}
