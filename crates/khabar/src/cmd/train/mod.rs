//! `khabar train …`: deterministic training of committed models and lexicons.
use clap::Subcommand;

#[derive(Subcommand)]
pub enum Command {}

pub fn run(c: Command) -> anyhow::Result<()> {
    match c {}
}
