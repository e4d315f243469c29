//! Weights of the proofs pallet: the interface. Replaced by `scripts/benchmark.sh pallet_proofs`.

#![allow(unused_parens, unused_imports, missing_docs)]

use frame_support::weights::Weight;

/// Weight functions needed for `pallet_proofs`.
pub trait WeightInfo {
	fn reveal(k: u32, b: u32) -> Weight;
	fn submit_replay(k: u32, b: u32) -> Weight;
	fn on_timer(k: u32) -> Weight;
	fn on_initialize_idle() -> Weight;
}

impl WeightInfo for () {
	fn reveal(_k: u32, _b: u32) -> Weight {
		Weight::zero()
	}
	fn submit_replay(_k: u32, _b: u32) -> Weight {
		Weight::zero()
	}
	fn on_timer(_k: u32) -> Weight {
		Weight::zero()
	}
	fn on_initialize_idle() -> Weight {
		Weight::zero()
	}
}
