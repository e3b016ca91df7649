//! `khabar analyze`. (To be written.)

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("`khabar analyze` is not implemented yet")
}
