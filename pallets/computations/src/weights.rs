//! Weights of `pallet_computations`, measured by frame-benchmarking (do not edit by hand).
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
//! `pallet_computations`
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
//! `pallets/computations/src/weights.rs`
//! `--template`
//! `scripts/pallet-weight-template.hbs`

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// Weight of each benchmarked operation of `pallet_computations`.
pub trait WeightInfo {
	fn register_definition() -> Weight;
	fn retire_definition() -> Weight;
	fn submit_computation(i: u32, q: u32, ) -> Weight;
	fn cancel_computation() -> Weight;
	fn offer_node() -> Weight;
	fn withdraw_node() -> Weight;
	fn submit_result() -> Weight;
	fn report_unavailable() -> Weight;
	fn submit_results(n: u32, ) -> Weight;
	fn submit_training_job(s: u32, ) -> Weight;
	fn note_verified(s: u32, ) -> Weight;
	fn remove_training_job(r: u32, ) -> Weight;
	fn on_initialize_idle() -> Weight;
	fn assign(c: u32, k: u32, ) -> Weight;
	fn on_timer(k: u32, ) -> Weight;
	fn note_seed() -> Weight;
}

/// Weights for a runtime, priced with its own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Computations::NextDefinitionId` (r:1 w:1)
	/// Proof: `Computations::NextDefinitionId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:0 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	fn register_definition() -> Weight {
		// Proof size: measured `109`, estimated `3622`.
		// Fastest run: 55_773_000 ps.
		Weight::from_parts(59_188_000, 3622)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	fn retire_definition() -> Weight {
		// Proof size: measured `366`, estimated `3622`.
		// Fastest run: 52_408_000 ps.
		Weight::from_parts(54_731_000, 3622)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedCount` (r:1 w:0)
	/// Proof: `Computations::OfferedCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputationQueue` (r:1 w:1)
	/// Proof: `Computations::CounterForComputationQueue` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NextComputationId` (r:1 w:1)
	/// Proof: `Computations::NextComputationId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:1)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1714), added: 4189, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:1)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(76), added: 571, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:1)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `i` ranges over `[1, 34]`.
	/// Component `q` ranges over `[0, 1023]`.
	fn submit_computation(_i: u32, q: u32, ) -> Weight {
		// Proof size: measured `751`, estimated `8622`.
		// Fastest run: 106_468_000 ps.
		Weight::from_parts(118_463_356, 8622)
			.saturating_add(Weight::from_parts(19_349, 0).saturating_mul(q.into()))
			.saturating_add(T::DbWeight::get().reads(13))
			.saturating_add(T::DbWeight::get().writes(10))
	}
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1714), added: 4189, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:1)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputationQueue` (r:1 w:1)
	/// Proof: `Computations::CounterForComputationQueue` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:1)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn cancel_computation() -> Weight {
		// Proof size: measured `1884`, estimated `5179`.
		// Fastest run: 70_644_000 ps.
		Weight::from_parts(74_430_000, 5179)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferPositions` (r:1 w:1)
	/// Proof: `Computations::OfferPositions` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedCount` (r:1 w:1)
	/// Proof: `Computations::OfferedCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedPerClass` (r:1 w:1)
	/// Proof: `Computations::OfferedPerClass` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedNodes` (r:0 w:1)
	/// Proof: `Computations::OfferedNodes` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn offer_node() -> Weight {
		// Proof size: measured `470`, estimated `13710`.
		// Fastest run: 45_307_000 ps.
		Weight::from_parts(49_003_000, 13710)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Computations::OfferPositions` (r:2 w:2)
	/// Proof: `Computations::OfferPositions` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedCount` (r:1 w:1)
	/// Proof: `Computations::OfferedCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedNodes` (r:1 w:2)
	/// Proof: `Computations::OfferedNodes` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedPerClass` (r:1 w:1)
	/// Proof: `Computations::OfferedPerClass` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	fn withdraw_node() -> Weight {
		// Proof size: measured `687`, estimated `13710`.
		// Fastest run: 50_615_000 ps.
		Weight::from_parts(54_441_000, 13710)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:7 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1714), added: 4189, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:0)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Computations::RandomSeed` (r:1 w:0)
	/// Proof: `Computations::RandomSeed` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:1)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:1)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Verifications` (r:0 w:1)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn submit_result() -> Weight {
		// Proof size: measured `1800`, estimated `18798`.
		// Fastest run: 74_721_000 ps.
		Weight::from_parts(79_849_000, 18798)
			.saturating_add(T::DbWeight::get().reads(13))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	fn report_unavailable() -> Weight {
		Self::submit_result()
			.saturating_add(Self::on_timer(8))
			.saturating_add(Self::submit_results(8))
	}
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:7 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:64 w:64)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1714), added: 4189, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:0)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Computations::RandomSeed` (r:1 w:0)
	/// Proof: `Computations::RandomSeed` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedCount` (r:1 w:0)
	/// Proof: `Computations::OfferedCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedNodes` (r:8 w:0)
	/// Proof: `Computations::OfferedNodes` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:64)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:64)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Verifications` (r:0 w:64)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 64]`.
	fn submit_results(n: u32, ) -> Weight {
		// Proof size: measured `1406 + n * 459`, estimated `20918 + n * 4189`.
		// Fastest run: 76_894_000 ps.
		Weight::from_parts(4_191_396, 20918)
			.saturating_add(Weight::from_parts(45_206_501, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4189).saturating_mul(n.into()))
	}
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedCount` (r:1 w:0)
	/// Proof: `Computations::OfferedCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::RunningJobs` (r:1 w:1)
	/// Proof: `Computations::RunningJobs` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Computations::RunningJobCount` (r:1 w:1)
	/// Proof: `Computations::RunningJobCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputationQueue` (r:1 w:1)
	/// Proof: `Computations::CounterForComputationQueue` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NextJobId` (r:1 w:1)
	/// Proof: `Computations::NextJobId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NextComputationId` (r:1 w:1)
	/// Proof: `Computations::NextComputationId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:32 w:32)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:32 w:32)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1714), added: 4189, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:1)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(76), added: 571, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Jobs` (r:0 w:1)
	/// Proof: `Computations::Jobs` (`max_values`: None, `max_size`: Some(1602), added: 4077, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:32)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[1, 32]`.
	fn submit_training_job(s: u32, ) -> Weight {
		// Proof size: measured `607`, estimated `8622 + s * 4189`.
		// Fastest run: 156_352_000 ps.
		Weight::from_parts(149_196_619, 8622)
			.saturating_add(Weight::from_parts(16_994_954, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(11))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 4189).saturating_mul(s.into()))
	}
	fn note_verified(s: u32, ) -> Weight {
		Self::submit_training_job(s)
	}
	/// Storage: `Computations::Jobs` (r:1 w:1)
	/// Proof: `Computations::Jobs` (`max_values`: None, `max_size`: Some(1602), added: 4077, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Computations::JobRounds` (r:100 w:100)
	/// Proof: `Computations::JobRounds` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[0, 100]`.
	fn remove_training_job(r: u32, ) -> Weight {
		// Proof size: measured `871 + r * 45`, estimated `5067 + r * 2533`.
		// Fastest run: 66_558_000 ps.
		Weight::from_parts(71_817_438, 5067)
			.saturating_add(Weight::from_parts(1_178_004, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2533).saturating_mul(r.into()))
	}
	/// Storage: `Computations::RandomSeed` (r:1 w:0)
	/// Proof: `Computations::RandomSeed` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Computations::TimerCursor` (r:1 w:1)
	/// Proof: `Computations::TimerCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:2 w:0)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:0)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn on_initialize_idle() -> Weight {
		// Proof size: measured `16`, estimated `5996`.
		// Fastest run: 15_282_000 ps.
		Weight::from_parts(16_244_000, 5996)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1714), added: 4189, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:0)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(119), added: 2594, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedCount` (r:1 w:0)
	/// Proof: `Computations::OfferedCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedNodes` (r:32 w:0)
	/// Proof: `Computations::OfferedNodes` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:32 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:6 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::AssignmentCount` (r:32 w:8)
	/// Proof: `Computations::AssignmentCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeLoads` (r:32 w:8)
	/// Proof: `Computations::NodeLoads` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:1)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputationQueue` (r:1 w:1)
	/// Proof: `Computations::CounterForComputationQueue` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeAssignments` (r:0 w:8)
	/// Proof: `Computations::NodeAssignments` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:2)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[8, 32]`.
	/// Component `k` ranges over `[1, 8]`.
	fn assign(c: u32, k: u32, ) -> Weight {
		// Proof size: measured `799 + c * 284`, estimated `16254 + c * 3049`.
		// Fastest run: 600_371_000 ps.
		Weight::from_parts(83_119_254, 16254)
			.saturating_add(Weight::from_parts(64_107_040, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(2_449_831, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3049).saturating_mul(c.into()))
	}
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1714), added: 4189, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:6 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:8 w:8)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:8 w:8)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:16 w:8)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:8 w:8)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:9 w:9)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeAssignments` (r:8 w:8)
	/// Proof: `Computations::NodeAssignments` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::AssignmentCount` (r:8 w:8)
	/// Proof: `Computations::AssignmentCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:1)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputationQueue` (r:1 w:1)
	/// Proof: `Computations::CounterForComputationQueue` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:2)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `k` ranges over `[1, 8]`.
	fn on_timer(k: u32, ) -> Weight {
		// Proof size: measured `870 + k * 678`, estimated `16254 + k * 6002`.
		// Fastest run: 144_584_000 ps.
		Weight::from_parts(41_872_052, 16254)
			.saturating_add(Weight::from_parts(110_338_640, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(6))
			.saturating_add(T::DbWeight::get().writes((7_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 6002).saturating_mul(k.into()))
	}
	/// Storage: `Computations::SeedNotedAt` (r:1 w:1)
	/// Proof: `Computations::SeedNotedAt` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Aura::CurrentSlot` (r:1 w:0)
	/// Proof: `Aura::CurrentSlot` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Aura::Authorities` (r:1 w:0)
	/// Proof: `Aura::Authorities` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Computations::RandomSeed` (r:1 w:1)
	/// Proof: `Computations::RandomSeed` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn note_seed() -> Weight {
		// Proof size: measured `169`, estimated `2510`.
		// Fastest run: 523_347_000 ps.
		Weight::from_parts(534_384_000, 2510)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same weights priced with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_definition() -> Weight {
		Weight::from_parts(59_188_000, 3622)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn retire_definition() -> Weight {
		Weight::from_parts(54_731_000, 3622)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn submit_computation(_i: u32, q: u32, ) -> Weight {
		Weight::from_parts(118_463_356, 8622)
			.saturating_add(Weight::from_parts(19_349, 0).saturating_mul(q.into()))
			.saturating_add(ParityDbWeight::get().reads(13))
			.saturating_add(ParityDbWeight::get().writes(10))
	}
	fn cancel_computation() -> Weight {
		Weight::from_parts(74_430_000, 5179)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(8))
	}
	fn offer_node() -> Weight {
		Weight::from_parts(49_003_000, 13710)
			.saturating_add(ParityDbWeight::get().reads(10))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn withdraw_node() -> Weight {
		Weight::from_parts(54_441_000, 13710)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn submit_result() -> Weight {
		Weight::from_parts(79_849_000, 18798)
			.saturating_add(ParityDbWeight::get().reads(13))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn report_unavailable() -> Weight {
		Self::submit_result()
			.saturating_add(Self::on_timer(8))
			.saturating_add(Self::submit_results(8))
	}
	fn submit_results(n: u32, ) -> Weight {
		Weight::from_parts(4_191_396, 20918)
			.saturating_add(Weight::from_parts(45_206_501, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4189).saturating_mul(n.into()))
	}
	fn submit_training_job(s: u32, ) -> Weight {
		Weight::from_parts(149_196_619, 8622)
			.saturating_add(Weight::from_parts(16_994_954, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(14))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(s.into())))
			.saturating_add(ParityDbWeight::get().writes(11))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 4189).saturating_mul(s.into()))
	}
	fn note_verified(s: u32, ) -> Weight {
		Self::submit_training_job(s)
	}
	fn remove_training_job(r: u32, ) -> Weight {
		Weight::from_parts(71_817_438, 5067)
			.saturating_add(Weight::from_parts(1_178_004, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2533).saturating_mul(r.into()))
	}
	fn on_initialize_idle() -> Weight {
		Weight::from_parts(16_244_000, 5996)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn assign(c: u32, k: u32, ) -> Weight {
		Weight::from_parts(83_119_254, 16254)
			.saturating_add(Weight::from_parts(64_107_040, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(2_449_831, 0).saturating_mul(k.into()))
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().reads((4_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(5))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3049).saturating_mul(c.into()))
	}
	fn on_timer(k: u32, ) -> Weight {
		Weight::from_parts(41_872_052, 16254)
			.saturating_add(Weight::from_parts(110_338_640, 0).saturating_mul(k.into()))
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().reads((8_u64).saturating_mul(k.into())))
			.saturating_add(ParityDbWeight::get().writes(6))
			.saturating_add(ParityDbWeight::get().writes((7_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 6002).saturating_mul(k.into()))
	}
	fn note_seed() -> Weight {
		Weight::from_parts(534_384_000, 2510)
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
}
