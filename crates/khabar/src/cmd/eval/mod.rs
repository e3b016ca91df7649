//! `khabar eval …`: accuracy against gold data and peer suites.
use clap::Subcommand;

#[derive(Subcommand)]
pub enum Command {}

pub fn run(c: Command) -> anyhow::Result<()> {
    match c {}
}
