//! The `khabar` command-line tool.
use clap::{Parser, Subcommand};

mod cmd;

/// mimalloc instead of glibc's malloc: the analysis allocates many small,
/// short-lived strings and vectors per token; glibc's malloc and free were
/// ≈ 8 % of the CPU time of `khabar analyze` (docs/bench/analysis-speed.md,
/// session 12), and its per-thread arenas ≈ 80 MB of the ingest's peak RSS
/// (docs/bench/index.md). Built with `no_thp`: with transparent huge pages the
/// peak RSS of a two-thread `analyze` of 5,000 articles was ≈ 180 MB instead of
/// ≈ 145 MB (glibc: ≈ 138 MB), against the ≤ 200 MB target.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// khabar (خبر) — Arabic news analysis: who said what, about whom, where, when, with which numbers.
#[derive(Parser)]
#[command(name = "khabar", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print normalized text (search or display profile).
    Normalize(cmd::normalize::Args),
    /// Print tokens, sentences, stems and clitic segments as JSON.
    Tokens(cmd::tokens::Args),
    /// Analyze documents: dateline, entities, quantities, times, attributions (JSON).
    Analyze(cmd::analyze::Args),
    /// Train models and lexicons from data (deterministic).
    #[command(subcommand)]
    Train(cmd::train::Command),
    /// Evaluate against gold data and peer test suites.
    #[command(subcommand)]
    Eval(cmd::eval::Command),
    /// Add articles (JSON Lines, .txt/.html directories, RSS/Atom, WARC) to a corpus index.
    Ingest(cmd::ingest::Args),
    /// Search a corpus index (Arabic-aware; facets, snippets, who-said-what).
    Search(cmd::search::Args),
    /// Write every article of an index with its analysis as JSON Lines.
    Export(cmd::export::Args),
    /// Serve the HTTP API and the web UI over an index.
    Serve(cmd::serve::Args),
    /// Build a demo index from the bundled ANT sample (first run only) and serve the web UI.
    Demo(cmd::demo::Args),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Normalize(a) => cmd::normalize::run(a),
        Command::Tokens(a) => cmd::tokens::run(a),
        Command::Analyze(a) => cmd::analyze::run(a),
        Command::Train(c) => cmd::train::run(c),
        Command::Eval(c) => cmd::eval::run(c),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Search(a) => cmd::search::run(a),
        Command::Export(a) => cmd::export::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Demo(a) => cmd::demo::run(a),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            // Broken pipe (e.g. `khabar tokens | head`) is not an error for the user.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return std::process::ExitCode::SUCCESS;
            }
            eprintln!("error: {e:#}");
            std::process::ExitCode::from(1)
        }
    }
}
