//! Weights of `pallet_governance`, measured by frame-benchmarking (do not edit by hand).
//!
//! Regenerate with `scripts/benchmark.sh`. Measured on `vm` (`AMD EPYC`) on 2026-12-02
//! with benchmark CLI 64.0.0: 50 steps, 20 repeats,
//! Compiled Wasm execution, DB cache 1024 MiB.
//!
//! Command:
//! `$CARGO_TARGET_DIR/release/corex-node`
//! `benchmark`
//! `pallet`
//! `--runtime`
//! `$CARGO_TARGET_DIR/release/wbuild/corex-runtime/corex_runtime.compact.compressed.wasm`
//! `--genesis-builder=runtime`
//! `--genesis-builder-preset=development`
//! `--pallet`
//! `pallet_governance`
//! `--extrinsic`
//! `*`
//! `--steps`
//! `50`
//! `--repeat`
//! `20`
//! `--wasm-execution`
//! `compiled`
//! `--heap-pages`
//! `4096`
//! `--output`
//! `pallets/governance/src/weights.rs`
//! `--template`
//! `scripts/pallet-weight-template.hbs`

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// Weight of each benchmarked operation of `pallet_governance`.
pub trait WeightInfo {
	fn set_parameter() -> Weight;
	fn add_validator(v: u32, ) -> Weight;
	fn remove_validator(v: u32, ) -> Weight;
	fn dispatch_as_root() -> Weight;
}

/// Weights for a runtime, priced with its own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Parameters::Parameters` (r:1 w:1)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	fn set_parameter() -> Weight {
		// Proof size: measured `3`, estimated `3534`.
		// Fastest run: 18_244_000 ps.
		Weight::from_parts(20_428_000, 3534)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Governance::Validators` (r:1 w:1)
	/// Proof: `Governance::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Governance::ValidatorsChanged` (r:0 w:1)
	/// Proof: `Governance::ValidatorsChanged` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Component `v` ranges over `[1, 31]`.
	fn add_validator(v: u32, ) -> Weight {
		// Proof size: measured `390 + v * 44`, estimated `3847 + v * 44`.
		// Fastest run: 27_140_000 ps.
		Weight::from_parts(36_132_852, 3847)
			.saturating_add(Weight::from_parts(105_433, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 44).saturating_mul(v.into()))
	}
	/// Storage: `Governance::Validators` (r:1 w:1)
	/// Proof: `Governance::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Governance::ValidatorsChanged` (r:0 w:1)
	/// Proof: `Governance::ValidatorsChanged` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// Component `v` ranges over `[2, 32]`.
	fn remove_validator(v: u32, ) -> Weight {
		// Proof size: measured `70 + v * 32`, estimated `2510`.
		// Fastest run: 18_104_000 ps.
		Weight::from_parts(20_363_996, 2510)
			.saturating_add(Weight::from_parts(55_641, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn dispatch_as_root() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Fastest run: 12_152_000 ps.
		Weight::from_parts(14_137_000, 0)
	}
}

/// The same weights priced with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn set_parameter() -> Weight {
		Weight::from_parts(20_428_000, 3534)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn add_validator(v: u32, ) -> Weight {
		Weight::from_parts(36_132_852, 3847)
			.saturating_add(Weight::from_parts(105_433, 0).saturating_mul(v.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 44).saturating_mul(v.into()))
	}
	fn remove_validator(v: u32, ) -> Weight {
		Weight::from_parts(20_363_996, 2510)
			.saturating_add(Weight::from_parts(55_641, 0).saturating_mul(v.into()))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn dispatch_as_root() -> Weight {
		Weight::from_parts(14_137_000, 0)
	}
}
