//! `khabar analyze`: dateline, sentences, entities, quantities, times and
//! attributions of each document, one JSON object per line
//! (schema: `schema/analysis.schema.json`).
use std::io::{BufWriter, Write};

use anyhow::{Context, Result};
use khabar_extract::{analyze, Date, Input};

use super::input::{process_ordered, Document, Documents, InputArgs};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Date that relative expressions (أمس، الأسبوع الماضي) are resolved against,
    /// as YYYY-MM-DD. Default: each document's "published" date, if any (the day
    /// before it for an article stamped before 06:00 whose text names that day,
    /// as in «اليوم الاثنين»: written the evening before).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub reference_date: Option<Date>,
    #[command(flatten)]
    pub input: InputArgs,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| {
        format!("invalid date `{s}`: expected a calendar date as YYYY-MM-DD, e.g. 2015-11-24")
    })
}

/// The `analyze` JSON line for one document.
pub fn document_json(doc: &Document, reference_date: Option<Date>) -> Result<String> {
    let input = Input {
        id: Some(&doc.id),
        text: &doc.text,
        byline: doc.byline.as_deref(),
        reference_date: reference_date.or_else(|| {
            doc.published
                .as_deref()
                .and_then(|p| khabar_extract::dct::reference_date(p, &doc.text))
        }),
    };
    let analysis = analyze(&input);
    serde_json::to_string(&analysis)
        .with_context(|| format!("cannot serialize the analysis of {}", doc.id))
}

pub fn run(args: Args) -> Result<()> {
    // Model and tables loaded side by side before the first document.
    khabar_extract::prepare();
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let reference_date = args.reference_date;
    process_ordered(
        Documents::new(&args.input),
        |doc| document_json(doc, reference_date),
        |_, line| {
            out.write_all(line?.as_bytes())?;
            out.write_all(b"\n").context("cannot write to stdout")
        },
    )?;
    out.flush().context("cannot write to stdout")
}
