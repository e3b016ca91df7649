//! `khabar search --index DIR QUERY`: full-text search with Arabic analysis.
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Context;
use khabar_index::{Index, SearchRequest, SearchResponse};

#[derive(clap::Args)]
pub struct Args {
    /// Index directory.
    #[arg(long, value_name = "DIR")]
    pub index: PathBuf,
    /// Query: words, "phrases", AND/OR/NOT, -word, field:value (title, source,
    /// category, entity, person, org, place), published:[2018-03-01 TO 2018-03-31].
    /// Words are ANDed by default; empty = all articles.
    #[arg(value_name = "QUERY", num_args = 0..)]
    pub query: Vec<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub limit: usize,
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub offset: usize,
    /// Show facet counts (source, category, person, org, place, month).
    #[arg(long)]
    pub facets: bool,
    /// `relevance` or `date` (newest first).
    #[arg(long, default_value = "relevance")]
    pub sort: String,
    /// Facet filter NAME=VALUE (source, category, person, org, place, month, story); repeatable.
    #[arg(long = "filter", value_name = "NAME=VALUE")]
    pub filters: Vec<String>,
    /// Only articles where this source (canonical name or words) is quoted.
    #[arg(long, value_name = "X")]
    pub said_by: Option<String>,
    /// Only articles with an attribution whose content has these words.
    #[arg(long, value_name = "Y")]
    pub said_about: Option<String>,
    /// Hide near-duplicate copies.
    #[arg(long)]
    pub hide_duplicates: bool,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let index = Index::open(&args.index)?;
    let mut filters = Vec::new();
    for f in &args.filters {
        let (k, v) = f
            .split_once('=')
            .with_context(|| format!("--filter {f:?}: expected NAME=VALUE"))?;
        filters.push((k.trim().to_string(), v.trim().to_string()));
    }
    let req = SearchRequest {
        query: args.query.join(" "),
        limit: args.limit,
        offset: args.offset,
        sort: args.sort.clone(),
        facets: args.facets,
        filters,
        said_by: args.said_by.clone(),
        said_about: args.said_about.clone(),
        hide_duplicates: args.hide_duplicates,
    };
    let res = index.search(&req)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if args.json {
        // Serialize first so that a closed pipe surfaces as an io::Error.
        let json = serde_json::to_string_pretty(&res)?;
        writeln!(out, "{json}")?;
        return Ok(());
    }
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    print_readable(&mut out, &res, req.offset, color)?;
    Ok(())
}

fn is_arabic(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'))
}

/// Wraps text containing Arabic in a right-to-left isolate (U+2067 … U+2069)
/// so that terminals and editors with bidi support order it correctly and it
/// cannot reorder the surrounding left-to-right text.
pub fn rtl(s: &str) -> String {
    if is_arabic(s) {
        format!("\u{2067}{s}\u{2069}")
    } else {
        s.to_string()
    }
}

fn marked(snippet: &khabar_index::Snippet, color: bool) -> String {
    let (open, close) = if color {
        ("\x1b[1;7m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    let chars: Vec<char> = snippet.text.chars().collect();
    let mut out = String::new();
    let mut pos = 0;
    for &(a, b) in &snippet.highlights {
        if a < pos || b > chars.len() {
            continue;
        }
        out.extend(chars.get(pos..a).unwrap_or_default());
        out.push_str(open);
        out.extend(chars.get(a..b).unwrap_or_default());
        out.push_str(close);
        pos = b;
    }
    out.extend(chars.get(pos..).unwrap_or_default());
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn print_readable(
    out: &mut impl Write,
    res: &SearchResponse,
    offset: usize,
    color: bool,
) -> std::io::Result<()> {
    writeln!(out, "{} result(s)", res.total)?;
    for (i, h) in res.hits.iter().enumerate() {
        writeln!(out)?;
        let title = h.title.as_deref().unwrap_or("(no title)");
        writeln!(out, "{}. {}", offset + i + 1, rtl(title))?;
        let mut line = vec![h.source.clone().unwrap_or_else(|| "?".into())];
        if let Some(p) = &h.published {
            line.push(p.get(..10).unwrap_or(p).to_string());
        }
        line.push(h.id.clone());
        if let Some(d) = &h.duplicate_of {
            line.push(format!("copy of {d}"));
        }
        if let Some(s) = h.story.as_ref().filter(|s| **s != h.id) {
            line.push(format!("story {s}"));
        }
        writeln!(out, "   {}", line.join(" · "))?;
        writeln!(out, "   {}", rtl(&marked(&h.snippet, color)))?;
        for a in &h.said {
            writeln!(
                out,
                "   {} {}",
                rtl(&format!("{} {}:", a.source.text, a.cue.text)),
                rtl(&a.content.text)
            )?;
        }
    }
    if !res.facets.is_empty() {
        writeln!(out)?;
        for (name, values) in &res.facets {
            if values.is_empty() {
                continue;
            }
            let list: Vec<String> = values
                .iter()
                .map(|(v, c)| format!("{} ({c})", rtl(v)))
                .collect();
            writeln!(out, "{name}: {}", list.join(", "))?;
        }
    }
    Ok(())
}
