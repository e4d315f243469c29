//! `corex-node`: the Corex chain's node binary.
//!
//! Runs Aura block production and GRANDPA finality over the Corex runtime, serves the JSON-RPC
//! API that polkadot.js talks to, and runs the runtime's off-chain workers.

#![warn(missing_docs)]

mod chain_spec;
mod cli;
mod command;
mod metrics;
mod rpc;
mod seed;
mod service;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;

fn main() -> sc_cli::Result<()> {
	command::run()
}
