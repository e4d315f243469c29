//! `corex`, the command-line client of a Corex chain (see `corex --help`).
//!
//! The chain's interface comes from the runtime's metadata (`cli/metadata/corex.scale`, checked
//! against the runtime by `tests/metadata.rs`) through subxt's code generation, so a call, a
//! storage entry or an event that changes in the runtime fails to compile here.

pub mod chain;
pub mod compute;
pub mod console;
pub mod dataset;
pub mod gateway;
pub mod governance;
pub mod load;
pub mod network;
pub mod nodes;
pub mod output;
pub mod signer;
pub mod train;
pub mod units;

/// The runtime's interface, generated from its metadata.
#[subxt::subxt(runtime_metadata_path = "metadata/corex.scale", derive_for_all_types = "Clone")]
pub mod corex {}
