//! `khabar train …`: deterministic training of committed models and lexicons.
use clap::Subcommand;

pub mod lexicon;
pub mod ner;

#[derive(Subcommand)]
pub enum Command {
    /// Learn the word-frequency lexicon behind clitic segmentation and stemming.
    Lexicon(lexicon::Args),
    /// Train the named-entity model (averaged perceptron) on ANERcorp-style data.
    Ner(ner::Args),
    /// Learn the word clusters used as NER features from a news corpus.
    NerClusters(ner::ClusterArgs),
    /// Count how news uses the words the gazetteer knows as mid-size cities.
    NerPlaceUsage(ner::PlaceUsageArgs),
}

pub fn run(c: Command) -> anyhow::Result<()> {
    match c {
        Command::Lexicon(a) => lexicon::run(a),
        Command::Ner(a) => ner::run(a),
        Command::NerClusters(a) => ner::run_clusters(a),
        Command::NerPlaceUsage(a) => ner::run_place_usage(a),
    }
}
