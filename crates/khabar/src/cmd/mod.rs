//! One module per subcommand.
pub mod analyze;
pub mod demo;
pub mod eval;
pub mod export;
pub mod ingest;
pub mod input;
pub mod normalize;
pub mod search;
pub mod serve;
pub mod tokens;
pub mod train;
