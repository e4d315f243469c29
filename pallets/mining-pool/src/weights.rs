//! Weights of pallet-mining-pool.
//!
//! Not generated yet: this pallet is not in the runtime. `scripts/benchmark.sh` replaces this
//! file (trait, `SubstrateWeight`, `()`) from its benchmarks before the pallet is wired in; until
//! then only the mock runtime uses the zero weights below.
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::weights::Weight;

/// Weight of each benchmarked operation of `pallet_mining_pool`.
pub trait WeightInfo {
	fn claim_node_reward() -> Weight;
	fn on_initialize_idle() -> Weight;
	fn on_initialize_close_epoch(n: u32, ) -> Weight;
	fn on_finalize_book_inflow() -> Weight;
	fn cleanup(n: u32, ) -> Weight;
	fn record_contribution() -> Weight;
}

impl WeightInfo for () {
	fn claim_node_reward() -> Weight { Weight::zero() }
	fn on_initialize_idle() -> Weight { Weight::zero() }
	fn on_initialize_close_epoch(_n: u32, ) -> Weight { Weight::zero() }
	fn on_finalize_book_inflow() -> Weight { Weight::zero() }
	fn cleanup(_n: u32, ) -> Weight { Weight::zero() }
	fn record_contribution() -> Weight { Weight::zero() }
}
