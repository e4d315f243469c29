//! Weights of `pallet_proofs`, measured by frame-benchmarking (do not edit by hand).
//!
//! Regenerate with `scripts/benchmark.sh`. Measured on `vm` (`AMD EPYC`) on 2026-11-24
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
//! `pallet_proofs`
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
//! `pallets/proofs/src/weights.rs`
//! `--template`
//! `scripts/pallet-weight-template.hbs`

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// Weight of each benchmarked operation of `pallet_proofs`.
pub trait WeightInfo {
	fn reveal(k: u32, b: u32, ) -> Weight;
	fn submit_replay(k: u32, b: u32, ) -> Weight;
	fn on_timer(k: u32, ) -> Weight;
	fn on_initialize_idle() -> Weight;
	fn apply_slash() -> Weight;
}

/// Weights for a runtime, priced with its own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:8 w:8)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:10 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Verifications` (r:1 w:1)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1714), added: 4189, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Reveals` (r:8 w:8)
	/// Proof: `Proofs::Reveals` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Outputs` (r:6 w:6)
	/// Proof: `Proofs::Outputs` (`max_values`: None, `max_size`: Some(8242), added: 10717, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:8 w:8)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:6 w:3)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:4 w:4)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:6 w:6)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::RewardTotals` (r:1 w:1)
	/// Proof: `NodeStaking::RewardTotals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:1)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeAssignments` (r:8 w:8)
	/// Proof: `Computations::NodeAssignments` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::AssignmentCount` (r:8 w:8)
	/// Proof: `Computations::AssignmentCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:1)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(76), added: 571, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Contributions` (r:5 w:5)
	/// Proof: `MiningPool::Contributions` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:1)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `k` ranges over `[1, 8]`.
	/// Component `b` ranges over `[16, 8192]`.
	fn reveal(k: u32, b: u32, ) -> Weight {
		// Proof size: measured `0 + b * 5 + k * 6357`, estimated `15818 + k * 7069`.
		// Fastest run: 516_236_000 ps.
		Weight::from_parts(521_875_000, 15818)
			.saturating_add(Weight::from_parts(291_100_912, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(94_682, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(16))
			.saturating_add(T::DbWeight::get().reads((9_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(10))
			.saturating_add(T::DbWeight::get().writes((8_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 7069).saturating_mul(k.into()))
	}
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:9 w:9)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:11 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Verifications` (r:1 w:1)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1714), added: 4189, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Outputs` (r:8 w:8)
	/// Proof: `Proofs::Outputs` (`max_values`: None, `max_size`: Some(8242), added: 10717, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Reveals` (r:8 w:8)
	/// Proof: `Proofs::Reveals` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:9 w:9)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:14 w:7)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:8 w:8)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:11 w:11)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::RewardTotals` (r:1 w:1)
	/// Proof: `NodeStaking::RewardTotals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:1)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeAssignments` (r:9 w:9)
	/// Proof: `Computations::NodeAssignments` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::AssignmentCount` (r:9 w:9)
	/// Proof: `Computations::AssignmentCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:1)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(76), added: 571, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Contributions` (r:2 w:2)
	/// Proof: `MiningPool::Contributions` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:1)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `k` ranges over `[2, 8]`.
	/// Component `b` ranges over `[16, 8192]`.
	fn submit_replay(k: u32, b: u32, ) -> Weight {
		// Proof size: measured `0 + b * 8 + k * 9013`, estimated `28974 + k * 10717`.
		// Fastest run: 859_436_000 ps.
		Weight::from_parts(870_702_000, 28974)
			.saturating_add(Weight::from_parts(256_143_971, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(9_309, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(27))
			.saturating_add(T::DbWeight::get().reads((10_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(16))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 10717).saturating_mul(k.into()))
	}
	/// Storage: `Proofs::Verifications` (r:1 w:1)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1714), added: 4189, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Reveals` (r:8 w:0)
	/// Proof: `Proofs::Reveals` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:7 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:8 w:8)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:8 w:8)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:16 w:8)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:9 w:9)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:10 w:10)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:1)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeAssignments` (r:8 w:8)
	/// Proof: `Computations::NodeAssignments` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::AssignmentCount` (r:8 w:8)
	/// Proof: `Computations::AssignmentCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:1)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `k` ranges over `[1, 8]`.
	fn on_timer(k: u32, ) -> Weight {
		// Proof size: measured `1434 + k * 710`, estimated `18798 + k * 6002`.
		// Fastest run: 288_258_000 ps.
		Weight::from_parts(126_440_593, 18798)
			.saturating_add(Weight::from_parts(174_815_915, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(16))
			.saturating_add(T::DbWeight::get().reads((9_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(9))
			.saturating_add(T::DbWeight::get().writes((7_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 6002).saturating_mul(k.into()))
	}
	/// Storage: `Proofs::TimerCursor` (r:1 w:1)
	/// Proof: `Proofs::TimerCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:1 w:0)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn on_initialize_idle() -> Weight {
		// Proof size: measured `32`, estimated `3493`.
		// Fastest run: 7_541_000 ps.
		Weight::from_parts(8_222_000, 3493)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn apply_slash() -> Weight {
		Self::on_timer(1)
	}
}

/// The same weights priced with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn reveal(k: u32, b: u32, ) -> Weight {
		Weight::from_parts(521_875_000, 15818)
			.saturating_add(Weight::from_parts(291_100_912, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(94_682, 0).saturating_mul(b.into()))
			.saturating_add(ParityDbWeight::get().reads(16))
			.saturating_add(ParityDbWeight::get().reads((9_u64).saturating_mul(k.into())))
			.saturating_add(ParityDbWeight::get().writes(10))
			.saturating_add(ParityDbWeight::get().writes((8_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 7069).saturating_mul(k.into()))
	}
	fn submit_replay(k: u32, b: u32, ) -> Weight {
		Weight::from_parts(870_702_000, 28974)
			.saturating_add(Weight::from_parts(256_143_971, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(9_309, 0).saturating_mul(b.into()))
			.saturating_add(ParityDbWeight::get().reads(27))
			.saturating_add(ParityDbWeight::get().reads((10_u64).saturating_mul(k.into())))
			.saturating_add(ParityDbWeight::get().writes(16))
			.saturating_add(ParityDbWeight::get().writes((9_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 10717).saturating_mul(k.into()))
	}
	fn on_timer(k: u32, ) -> Weight {
		Weight::from_parts(126_440_593, 18798)
			.saturating_add(Weight::from_parts(174_815_915, 0).saturating_mul(k.into()))
			.saturating_add(ParityDbWeight::get().reads(16))
			.saturating_add(ParityDbWeight::get().reads((9_u64).saturating_mul(k.into())))
			.saturating_add(ParityDbWeight::get().writes(9))
			.saturating_add(ParityDbWeight::get().writes((7_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 6002).saturating_mul(k.into()))
	}
	fn on_initialize_idle() -> Weight {
		Weight::from_parts(8_222_000, 3493)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn apply_slash() -> Weight {
		Self::on_timer(1)
	}
}
