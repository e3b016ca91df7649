//! `khabar normalize`: print normalized text.
//!
//! The input is streamed in chunks (normalization works character by
//! character), so a 100 MB single line takes linear time and constant memory.
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use khabar_text::normalize::{normalize_into, Profile};

use super::input::{display_name, for_each_text_chunk, open};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// `search` folds letters, strips diacritics and tatweel; `display` only repairs
    /// invisible characters, presentation forms and digits.
    #[arg(long, default_value = "search", value_parser = parse_profile)]
    pub profile: Profile,
    /// Replace invalid UTF-8 with U+FFFD instead of stopping with an error.
    #[arg(long)]
    pub lossy: bool,
    /// Input files, printed one after the other; `-` or nothing reads stdin.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

fn parse_profile(s: &str) -> Result<Profile, String> {
    s.parse()
}

pub fn run(args: Args) -> Result<()> {
    let files = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut buf = String::with_capacity(1 << 17);
    for path in &files {
        let name = display_name(path);
        let reader = open(path)?;
        for_each_text_chunk(reader, &name, args.lossy, |chunk| {
            buf.clear();
            normalize_into(chunk, args.profile, &mut buf);
            out.write_all(buf.as_bytes())
                .context("cannot write to stdout")
        })?;
    }
    out.flush().context("cannot write to stdout")
}
