//! `khabar export --index DIR`: every stored article as JSON Lines.
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::{bail, Context};
use khabar_index::Index;

#[derive(clap::Args)]
pub struct Args {
    /// Index directory.
    #[arg(long, value_name = "DIR")]
    pub index: PathBuf,
    /// Output format (only `jsonl`: one object per article — the `khabar
    /// analyze` fields plus metadata, `duplicate_of` and `story`).
    #[arg(long, default_value = "jsonl")]
    pub format: String,
    /// Write to FILE instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    if args.format != "jsonl" {
        bail!("unknown --format {:?} (supported: jsonl)", args.format);
    }
    let index = Index::open(&args.index)?;
    let n = match &args.output {
        Some(p) => {
            let f =
                std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?;
            let mut w = BufWriter::new(f);
            let n = index.export(&mut w)?;
            w.flush()
                .with_context(|| format!("writing {}", p.display()))?;
            n
        }
        None => {
            let stdout = std::io::stdout();
            let mut w = BufWriter::new(stdout.lock());
            index.export(&mut w)?
        }
    };
    eprintln!("exported {n} article(s)");
    Ok(())
}
