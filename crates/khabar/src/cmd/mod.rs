//! One module per subcommand.
pub mod analyze;
pub mod eval;
pub mod input;
pub mod normalize;
pub mod tokens;
pub mod train;
