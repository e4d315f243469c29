//! Weights of `pallet_computations`, measured by frame-benchmarking (do not edit by hand).
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
//! `pallet_computations`
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
	fn request_probe() -> Weight;
	fn submit_probe(n: u32, ) -> Weight;
	fn probe_step() -> Weight;
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
	fn heartbeat() -> Weight;
	fn note_seed() -> Weight;
}

/// Weights for a runtime, priced with its own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn request_probe() -> Weight { Self::heartbeat() }
	fn submit_probe(n: u32, ) -> Weight { Self::heartbeat().saturating_mul(n.into()) }
	fn probe_step() -> Weight { Self::heartbeat() }
	/// Storage: `Computations::NextDefinitionId` (r:1 w:1)
	/// Proof: `Computations::NextDefinitionId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:0 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	fn register_definition() -> Weight {
		// Proof size: measured `112`, estimated `3694`.
		// Fastest run: 52_619_000 ps.
		Weight::from_parts(62_332_000, 3694)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	fn retire_definition() -> Weight {
		// Proof size: measured `362`, estimated `3694`.
		// Fastest run: 48_329_000 ps.
		Weight::from_parts(56_061_000, 3694)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedCount` (r:1 w:0)
	/// Proof: `Computations::OfferedCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputationQueue` (r:1 w:0)
	/// Proof: `Computations::CounterForComputationQueue` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForDeferred` (r:1 w:1)
	/// Proof: `Computations::CounterForDeferred` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NextComputationId` (r:1 w:1)
	/// Proof: `Computations::NextComputationId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:1 w:1)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1719), added: 4194, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:1)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(92), added: 587, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:2)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `i` ranges over `[1, 2]`.
	/// Component `q` ranges over `[0, 1023]`.
	fn submit_computation(i: u32, q: u32, ) -> Weight {
		// Proof size: measured `674`, estimated `8622`.
		// Fastest run: 100_363_000 ps.
		Weight::from_parts(107_912_750, 8622)
			.saturating_add(Weight::from_parts(4_169_930, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(22_774, 0).saturating_mul(q.into()))
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().writes(11))
	}
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1719), added: 4194, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:1)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputationQueue` (r:1 w:1)
	/// Proof: `Computations::CounterForComputationQueue` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:1 w:1)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:1)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::UnavailableReports` (r:0 w:1)
	/// Proof: `Computations::UnavailableReports` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	fn cancel_computation() -> Weight {
		// Proof size: measured `1904`, estimated `5184`.
		// Fastest run: 72_075_000 ps.
		Weight::from_parts(80_891_000, 5184)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(10))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
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
		// Proof size: measured `515`, estimated `13710`.
		// Fastest run: 43_400_000 ps.
		Weight::from_parts(49_216_000, 13710)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Computations::OfferPositions` (r:2 w:2)
	/// Proof: `Computations::OfferPositions` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
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
		// Proof size: measured `732`, estimated `13710`.
		// Fastest run: 47_986_000 ps.
		Weight::from_parts(55_794_000, 13710)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1719), added: 4194, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:1)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:1)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Verifications` (r:0 w:1)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	fn submit_result() -> Weight {
		// Proof size: measured `1707`, estimated `13710`.
		// Fastest run: 59_123_000 ps.
		Weight::from_parts(68_646_000, 13710)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:8 w:8)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:7 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1719), added: 4194, mode: `MaxEncodedLen`)
	/// Storage: `Computations::UnavailableReports` (r:1 w:1)
	/// Proof: `Computations::UnavailableReports` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeAssignments` (r:4 w:4)
	/// Proof: `Computations::NodeAssignments` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::AssignmentCount` (r:4 w:4)
	/// Proof: `Computations::AssignmentCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:8 w:8)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::RewardTotals` (r:1 w:1)
	/// Proof: `NodeStaking::RewardTotals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:1)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:1 w:1)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForDeferred` (r:1 w:1)
	/// Proof: `Computations::CounterForDeferred` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:1)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn report_unavailable() -> Weight {
		// Proof size: measured `4817`, estimated `25454`.
		// Fastest run: 1_027_080_000 ps.
		Weight::from_parts(1_141_485_000, 25454)
			.saturating_add(T::DbWeight::get().reads(45))
			.saturating_add(T::DbWeight::get().writes(37))
	}
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:64 w:64)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1719), added: 4194, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:64)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:64)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Verifications` (r:0 w:64)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 64]`.
	fn submit_results(n: u32, ) -> Weight {
		// Proof size: measured `1323 + n * 457`, estimated `13710 + n * 4194`.
		// Fastest run: 71_353_000 ps.
		Weight::from_parts(57_268_310, 13710)
			.saturating_add(Weight::from_parts(33_786_107, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4194).saturating_mul(n.into()))
	}
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedCount` (r:1 w:0)
	/// Proof: `Computations::OfferedCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::RunningJobs` (r:1 w:1)
	/// Proof: `Computations::RunningJobs` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Computations::RunningJobCount` (r:1 w:1)
	/// Proof: `Computations::RunningJobCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputationQueue` (r:1 w:0)
	/// Proof: `Computations::CounterForComputationQueue` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForDeferred` (r:1 w:1)
	/// Proof: `Computations::CounterForDeferred` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NextJobId` (r:1 w:1)
	/// Proof: `Computations::NextJobId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NextComputationId` (r:1 w:1)
	/// Proof: `Computations::NextComputationId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:32 w:32)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:32 w:32)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1719), added: 4194, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:1)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(92), added: 587, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Jobs` (r:0 w:1)
	/// Proof: `Computations::Jobs` (`max_values`: None, `max_size`: Some(1602), added: 4077, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:64)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[1, 32]`.
	fn submit_training_job(s: u32, ) -> Weight {
		// Proof size: measured `618`, estimated `11166 + s * 4194`.
		// Fastest run: 145_066_000 ps.
		Weight::from_parts(137_991_870, 11166)
			.saturating_add(Weight::from_parts(18_759_488, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(16))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(11))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 4194).saturating_mul(s.into()))
	}
	/// Storage: `Computations::Computations` (r:33 w:33)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1719), added: 4194, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Jobs` (r:1 w:1)
	/// Proof: `Computations::Jobs` (`max_values`: None, `max_size`: Some(1602), added: 4077, mode: `MaxEncodedLen`)
	/// Storage: `Computations::RoundGradients` (r:32 w:32)
	/// Proof: `Computations::RoundGradients` (`max_values`: None, `max_size`: Some(54), added: 2529, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NextComputationId` (r:1 w:1)
	/// Proof: `Computations::NextComputationId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:32 w:32)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForDeferred` (r:1 w:1)
	/// Proof: `Computations::CounterForDeferred` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:1)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(92), added: 587, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:64)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::JobRounds` (r:0 w:1)
	/// Proof: `Computations::JobRounds` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Component `s` ranges over `[1, 32]`.
	fn note_verified(s: u32, ) -> Weight {
		// Proof size: measured `1116 + s * 183`, estimated `5184 + s * 4194`.
		// Fastest run: 65_818_000 ps.
		Weight::from_parts(54_237_787, 5184)
			.saturating_add(Weight::from_parts(20_100_024, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(8))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 4194).saturating_mul(s.into()))
	}
	/// Storage: `Computations::Jobs` (r:1 w:1)
	/// Proof: `Computations::Jobs` (`max_values`: None, `max_size`: Some(1602), added: 4077, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `Computations::JobRounds` (r:100 w:100)
	/// Proof: `Computations::JobRounds` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[0, 100]`.
	fn remove_training_job(r: u32, ) -> Weight {
		// Proof size: measured `871 + r * 45`, estimated `5067 + r * 2533`.
		// Fastest run: 58_643_000 ps.
		Weight::from_parts(68_495_208, 5067)
			.saturating_add(Weight::from_parts(1_109_766, 0).saturating_mul(r.into()))
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
		// Proof size: measured `15`, estimated `5996`.
		// Fastest run: 13_742_000 ps.
		Weight::from_parts(15_839_000, 5996)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1719), added: 4194, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:0)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedCount` (r:1 w:0)
	/// Proof: `Computations::OfferedCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedNodes` (r:32 w:0)
	/// Proof: `Computations::OfferedNodes` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:32 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:6 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::AssignmentCount` (r:32 w:8)
	/// Proof: `Computations::AssignmentCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeLoads` (r:32 w:8)
	/// Proof: `Computations::NodeLoads` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Heartbeats` (r:32 w:0)
	/// Proof: `Computations::Heartbeats` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
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
		// Proof size: measured `855 + c * 293`, estimated `16254 + c * 3058`.
		// Fastest run: 563_780_000 ps.
		Weight::from_parts(106_517_410, 16254)
			.saturating_add(Weight::from_parts(57_235_850, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(8_362_506, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3058).saturating_mul(c.into()))
	}
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1719), added: 4194, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:8 w:8)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:8 w:8)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:8 w:8)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeAssignments` (r:8 w:8)
	/// Proof: `Computations::NodeAssignments` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::AssignmentCount` (r:8 w:8)
	/// Proof: `Computations::AssignmentCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:1 w:1)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForDeferred` (r:1 w:1)
	/// Proof: `Computations::CounterForDeferred` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:2)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `k` ranges over `[1, 8]`.
	fn on_timer(k: u32, ) -> Weight {
		// Proof size: measured `740 + k * 367`, estimated `13710 + k * 3058`.
		// Fastest run: 72_880_000 ps.
		Weight::from_parts(40_112_908, 13710)
			.saturating_add(Weight::from_parts(43_201_268, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3058).saturating_mul(k.into()))
	}
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Heartbeats` (r:1 w:1)
	/// Proof: `Computations::Heartbeats` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn heartbeat() -> Weight {
		// Proof size: measured `603`, estimated `13710`.
		// Fastest run: 32_328_000 ps.
		Weight::from_parts(37_300_000, 13710)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Computations::SeedNotedAt` (r:1 w:1)
	/// Proof: `Computations::SeedNotedAt` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::PinnedSlotAuthor` (r:1 w:1)
	/// Proof: `Computations::PinnedSlotAuthor` (`max_values`: Some(1), `max_size`: Some(44), added: 539, mode: `MaxEncodedLen`)
	/// Storage: `Aura::Authorities` (r:1 w:0)
	/// Proof: `Aura::Authorities` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Computations::RandomSeed` (r:1 w:1)
	/// Proof: `Computations::RandomSeed` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn note_seed() -> Weight {
		// Proof size: measured `271`, estimated `2510`.
		// Fastest run: 409_404_000 ps.
		Weight::from_parts(460_502_000, 2510)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
}

/// The same weights priced with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn request_probe() -> Weight { Self::heartbeat() }
	fn submit_probe(n: u32, ) -> Weight { Self::heartbeat().saturating_mul(n.into()) }
	fn probe_step() -> Weight { Self::heartbeat() }
	fn register_definition() -> Weight {
		Weight::from_parts(62_332_000, 3694)
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn retire_definition() -> Weight {
		Weight::from_parts(56_061_000, 3694)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn submit_computation(i: u32, q: u32, ) -> Weight {
		Weight::from_parts(107_912_750, 8622)
			.saturating_add(Weight::from_parts(4_169_930, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(22_774, 0).saturating_mul(q.into()))
			.saturating_add(ParityDbWeight::get().reads(14))
			.saturating_add(ParityDbWeight::get().writes(11))
	}
	fn cancel_computation() -> Weight {
		Weight::from_parts(80_891_000, 5184)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(10))
	}
	fn offer_node() -> Weight {
		Weight::from_parts(49_216_000, 13710)
			.saturating_add(ParityDbWeight::get().reads(10))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn withdraw_node() -> Weight {
		Weight::from_parts(55_794_000, 13710)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn submit_result() -> Weight {
		Weight::from_parts(68_646_000, 13710)
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn report_unavailable() -> Weight {
		Weight::from_parts(1_141_485_000, 25454)
			.saturating_add(ParityDbWeight::get().reads(45))
			.saturating_add(ParityDbWeight::get().writes(37))
	}
	fn submit_results(n: u32, ) -> Weight {
		Weight::from_parts(57_268_310, 13710)
			.saturating_add(Weight::from_parts(33_786_107, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4194).saturating_mul(n.into()))
	}
	fn submit_training_job(s: u32, ) -> Weight {
		Weight::from_parts(137_991_870, 11166)
			.saturating_add(Weight::from_parts(18_759_488, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(16))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(s.into())))
			.saturating_add(ParityDbWeight::get().writes(11))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 4194).saturating_mul(s.into()))
	}
	fn note_verified(s: u32, ) -> Weight {
		Weight::from_parts(54_237_787, 5184)
			.saturating_add(Weight::from_parts(20_100_024, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(s.into())))
			.saturating_add(ParityDbWeight::get().writes(8))
			.saturating_add(ParityDbWeight::get().writes((5_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 4194).saturating_mul(s.into()))
	}
	fn remove_training_job(r: u32, ) -> Weight {
		Weight::from_parts(68_495_208, 5067)
			.saturating_add(Weight::from_parts(1_109_766, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2533).saturating_mul(r.into()))
	}
	fn on_initialize_idle() -> Weight {
		Weight::from_parts(15_839_000, 5996)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn assign(c: u32, k: u32, ) -> Weight {
		Weight::from_parts(106_517_410, 16254)
			.saturating_add(Weight::from_parts(57_235_850, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(8_362_506, 0).saturating_mul(k.into()))
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(5))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3058).saturating_mul(c.into()))
	}
	fn on_timer(k: u32, ) -> Weight {
		Weight::from_parts(40_112_908, 13710)
			.saturating_add(Weight::from_parts(43_201_268, 0).saturating_mul(k.into()))
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(k.into())))
			.saturating_add(ParityDbWeight::get().writes(5))
			.saturating_add(ParityDbWeight::get().writes((5_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3058).saturating_mul(k.into()))
	}
	fn heartbeat() -> Weight {
		Weight::from_parts(37_300_000, 13710)
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn note_seed() -> Weight {
		Weight::from_parts(460_502_000, 2510)
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
}
