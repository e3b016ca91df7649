//! `khabar eval …`: accuracy against gold data and peer suites.
use clap::Subcommand;

pub mod attributions;
pub mod dedup;
pub mod ner;
pub mod numbers;
pub mod peers;
pub mod quantities;
pub mod report;
pub mod search;
pub mod times;

#[derive(Subcommand)]
pub enum Command {
    /// Named entities: CoNLL-2003 entity-level P/R/F1 on ANERcorp-style gold data.
    Ner(ner::Args),
    /// Attributions (source + cue P/R/F1) against hand-annotated gold.
    Attributions(attributions::Args),
    /// Near-duplicate detection: precision/recall vs a silver set and hand-labelled pairs.
    Dedup(dedup::Args),
    /// Number reading against Duckling Numeral/Ordinal-AR and Recognizers-Text Number/Arabic.
    Numbers(numbers::Args),
    /// Quantities against Duckling money/quantity/temperature/volume and RT range/percent.
    Quantities(quantities::Args),
    /// Known-item search quality (MRR@10, recall@10) of khabar vs light10, Snowball and no analysis.
    Search(search::Args),
    /// Time expressions against Recognizers-Text DateTime/Arabic and Duckling Time/Duration-AR.
    Times(times::Args),
}

pub fn run(c: Command) -> anyhow::Result<()> {
    match c {
        Command::Ner(a) => ner::run(a),
        Command::Attributions(a) => attributions::run(a),
        Command::Dedup(a) => dedup::run(a),
        Command::Numbers(a) => numbers::run(a),
        Command::Quantities(a) => quantities::run(a),
        Command::Search(a) => search::run(a),
        Command::Times(a) => times::run(a),
    }
}
