//! Weights of `pallet_seed`, measured by frame-benchmarking (do not edit by hand).
//!
//! Regenerate with `scripts/benchmark.sh`. Measured on `vm` (`Intel(R) Xeon(R) Processor`) on 2026-12-07
//! with benchmark CLI 64.0.0: 25 steps, 10 repeats,
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
//! `pallet_seed`
//! `--extrinsic`
//! `*`
//! `--steps`
//! `25`
//! `--repeat`
//! `10`
//! `--wasm-execution`
//! `compiled`
//! `--heap-pages`
//! `4096`
//! `--output`
//! `pallets/seed/src/weights.rs`
//! `--template`
//! `scripts/pallet-weight-template.hbs`

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// Weight of each benchmarked operation of `pallet_seed`.
pub trait WeightInfo {
	fn note_seed() -> Weight;
}

/// Weights for a runtime, priced with its own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Seed::NotedAt` (r:1 w:1)
	/// Proof: `Seed::NotedAt` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Seed::PinnedSlotAuthor` (r:1 w:1)
	/// Proof: `Seed::PinnedSlotAuthor` (`max_values`: Some(1), `max_size`: Some(44), added: 539, mode: `MaxEncodedLen`)
	/// Storage: `Aura::Authorities` (r:1 w:0)
	/// Proof: `Aura::Authorities` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Seed::RandomSeed` (r:1 w:1)
	/// Proof: `Seed::RandomSeed` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn note_seed() -> Weight {
		// Proof size: measured `342`, estimated `2510`.
		// Fastest run: 406_324_000 ps.
		Weight::from_parts(444_666_000, 2510)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
}

/// The same weights priced with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn note_seed() -> Weight {
		Weight::from_parts(444_666_000, 2510)
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
}
