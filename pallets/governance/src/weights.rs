//! Weights of `pallet_governance`. Replaced by `scripts/benchmark.sh pallet_governance`.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::weights::Weight;

/// Weight of each benchmarked operation of `pallet_governance`.
pub trait WeightInfo {
	fn set_parameter() -> Weight;
	fn add_validator(v: u32, ) -> Weight;
	fn remove_validator(v: u32, ) -> Weight;
	fn dispatch_as_root() -> Weight;
}

/// For tests: every operation weighs nothing.
impl WeightInfo for () {
	fn set_parameter() -> Weight { Weight::zero() }
	fn add_validator(_v: u32, ) -> Weight { Weight::zero() }
	fn remove_validator(_v: u32, ) -> Weight { Weight::zero() }
	fn dispatch_as_root() -> Weight { Weight::zero() }
}
