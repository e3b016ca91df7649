//! `khabar normalize`. (To be written.)

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> anyhow::Result<()> {
    anyhow::bail!("`khabar normalize` is not implemented yet")
}
