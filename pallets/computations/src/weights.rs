//! Weights of `pallet_computations`, measured by frame-benchmarking (do not edit by hand).
//!
//! Regenerate with `scripts/benchmark.sh`. Measured on `vm` (`AMD EPYC`) on 2026-12-08
//! with benchmark CLI 64.0.0: 10 steps, 3 repeats,
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
//! `10`
//! `--repeat`
//! `3`
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
	fn submit_batch(q: u32, ) -> Weight;
	fn cancel_computation() -> Weight;
	fn offer_node() -> Weight;
	fn withdraw_node() -> Weight;
	fn commit_result() -> Weight;
	fn report_unavailable() -> Weight;
	fn commit_results(n: u32, ) -> Weight;
	fn submit_training_job(s: u32, ) -> Weight;
	fn note_verified(s: u32, ) -> Weight;
	fn remove_training_job(r: u32, ) -> Weight;
	fn on_initialize_idle(c: u32, n: u32, ) -> Weight;
	fn assign(c: u32, k: u32, ) -> Weight;
	fn on_timer(k: u32, ) -> Weight;
	fn request_probe() -> Weight;
	fn submit_probe(n: u32, ) -> Weight;
	fn probe_step() -> Weight;
	fn heartbeat() -> Weight;
}

/// Weights for a runtime, priced with its own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Computations::NextDefinitionId` (r:1 w:1)
	/// Proof: `Computations::NextDefinitionId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:0 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	fn register_definition() -> Weight {
		// Proof size: measured `112`, estimated `3712`.
		// Fastest run: 46_750_000 ps.
		Weight::from_parts(50_875_000, 3712)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn retire_definition() -> Weight {
		// Proof size: measured `362`, estimated `3712`.
		// Fastest run: 40_330_000 ps.
		Weight::from_parts(44_667_000, 3712)
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:1 w:1)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:1)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(92), added: 587, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:2)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `i` ranges over `[1, 2]`.
	/// Component `q` ranges over `[0, 1023]`.
	fn submit_computation(_i: u32, q: u32, ) -> Weight {
		// Proof size: measured `674`, estimated `8622`.
		// Fastest run: 81_982_000 ps.
		Weight::from_parts(98_413_818, 8622)
			.saturating_add(Weight::from_parts(26_996, 0).saturating_mul(q.into()))
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().writes(11))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:1 w:1)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:1)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(92), added: 587, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Batches` (r:1 w:1)
	/// Proof: `Computations::Batches` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForBatches` (r:1 w:1)
	/// Proof: `Computations::CounterForBatches` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:2)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `q` ranges over `[0, 1023]`.
	fn submit_batch(q: u32, ) -> Weight {
		// Proof size: measured `700`, estimated `8622`.
		// Fastest run: 92_448_000 ps.
		Weight::from_parts(101_618_772, 8622)
			.saturating_add(Weight::from_parts(39_939, 0).saturating_mul(q.into()))
			.saturating_add(T::DbWeight::get().reads(16))
			.saturating_add(T::DbWeight::get().writes(13))
	}
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:1)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputationQueue` (r:1 w:1)
	/// Proof: `Computations::CounterForComputationQueue` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:1 w:1)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Batches` (r:1 w:1)
	/// Proof: `Computations::Batches` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:1)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::UnavailableReports` (r:0 w:1)
	/// Proof: `Computations::UnavailableReports` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	fn cancel_computation() -> Weight {
		// Proof size: measured `1909`, estimated `5221`.
		// Fastest run: 61_642_000 ps.
		Weight::from_parts(66_819_000, 5221)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(11))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:0)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferPositions` (r:1 w:1)
	/// Proof: `Computations::OfferPositions` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedCount` (r:1 w:1)
	/// Proof: `Computations::OfferedCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedPerClass` (r:1 w:1)
	/// Proof: `Computations::OfferedPerClass` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedNodes` (r:0 w:1)
	/// Proof: `Computations::OfferedNodes` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn offer_node() -> Weight {
		// Proof size: measured `570`, estimated `13710`.
		// Fastest run: 45_117_000 ps.
		Weight::from_parts(50_185_000, 13710)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Computations::OfferPositions` (r:2 w:2)
	/// Proof: `Computations::OfferPositions` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:0)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedCount` (r:1 w:1)
	/// Proof: `Computations::OfferedCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedNodes` (r:1 w:2)
	/// Proof: `Computations::OfferedNodes` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedPerClass` (r:1 w:1)
	/// Proof: `Computations::OfferedPerClass` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	fn withdraw_node() -> Weight {
		// Proof size: measured `787`, estimated `13710`.
		// Fastest run: 45_278_000 ps.
		Weight::from_parts(49_293_000, 13710)
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:0)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:1)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:1)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Verifications` (r:0 w:1)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	fn commit_result() -> Weight {
		// Proof size: measured `1767`, estimated `13710`.
		// Fastest run: 56_935_000 ps.
		Weight::from_parts(63_985_000, 13710)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:8 w:8)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:8 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:7 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:0)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
	/// Storage: `Computations::UnavailableReports` (r:1 w:1)
	/// Proof: `Computations::UnavailableReports` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeAssignments` (r:4 w:4)
	/// Proof: `Computations::NodeAssignments` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::AssignmentCount` (r:4 w:4)
	/// Proof: `Computations::AssignmentCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
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
	/// Storage: `Computations::Batches` (r:1 w:1)
	/// Proof: `Computations::Batches` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:1)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn report_unavailable() -> Weight {
		// Proof size: measured `4877`, estimated `25454`.
		// Fastest run: 1_055_715_000 ps.
		Weight::from_parts(1_125_579_000, 25454)
			.saturating_add(T::DbWeight::get().reads(55))
			.saturating_add(T::DbWeight::get().writes(38))
	}
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:0)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:64 w:64)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:64)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:64)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Verifications` (r:0 w:64)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 64]`.
	fn commit_results(n: u32, ) -> Weight {
		// Proof size: measured `1375 + n * 462`, estimated `13710 + n * 4231`.
		// Fastest run: 60_500_000 ps.
		Weight::from_parts(30_799_257, 13710)
			.saturating_add(Weight::from_parts(36_176_722, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4231).saturating_mul(n.into()))
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
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NextComputationId` (r:1 w:1)
	/// Proof: `Computations::NextComputationId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:32 w:32)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:32 w:32)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
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
		// Proof size: measured `618`, estimated `11166 + s * 4231`.
		// Fastest run: 136_293_000 ps.
		Weight::from_parts(135_860_230, 11166)
			.saturating_add(Weight::from_parts(17_628_631, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(16))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(11))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 4231).saturating_mul(s.into()))
	}
	/// Storage: `Computations::Computations` (r:33 w:33)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
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
		// Proof size: measured `1127 + s * 183`, estimated `5221 + s * 4231`.
		// Fastest run: 58_347_000 ps.
		Weight::from_parts(43_532_007, 5221)
			.saturating_add(Weight::from_parts(18_167_116, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(8))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 4231).saturating_mul(s.into()))
	}
	/// Storage: `Computations::Jobs` (r:1 w:1)
	/// Proof: `Computations::Jobs` (`max_values`: None, `max_size`: Some(1602), added: 4077, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Computations::JobRounds` (r:100 w:100)
	/// Proof: `Computations::JobRounds` (`max_values`: None, `max_size`: Some(58), added: 2533, mode: `MaxEncodedLen`)
	/// Component `r` ranges over `[0, 100]`.
	fn remove_training_job(r: u32, ) -> Weight {
		// Proof size: measured `871 + r * 45`, estimated `5067 + r * 2533`.
		// Fastest run: 53_920_000 ps.
		Weight::from_parts(63_558_422, 5067)
			.saturating_add(Weight::from_parts(1_118_796, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2533).saturating_mul(r.into()))
	}
	/// Storage: `Seed::RandomSeed` (r:1 w:0)
	/// Proof: `Seed::RandomSeed` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Seed::NotedAt` (r:1 w:0)
	/// Proof: `Seed::NotedAt` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::TimerCursor` (r:1 w:1)
	/// Proof: `Computations::TimerCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:1 w:0)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedCount` (r:1 w:0)
	/// Proof: `Computations::OfferedCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ProbeCursor` (r:1 w:1)
	/// Proof: `Computations::ProbeCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedNodes` (r:1 w:0)
	/// Proof: `Computations::OfferedNodes` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Probes` (r:1 w:0)
	/// Proof: `Computations::Probes` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::LastProbed` (r:1 w:0)
	/// Proof: `Computations::LastProbed` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:0)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[100, 100000]`.
	/// Component `n` ranges over `[10, 10000]`.
	fn on_initialize_idle(c: u32, _n: u32, ) -> Weight {
		// Proof size: measured `4037`, estimated `6078`.
		// Fastest run: 162_552_000 ps.
		Weight::from_parts(203_329_612, 6078)
			.saturating_add(Weight::from_parts(802, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(13))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
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
	/// Storage: `MiningPool::Unpaid` (r:32 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:6 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:32 w:0)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
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
		// Proof size: measured `912 + c * 293`, estimated `16254 + c * 3058`.
		// Fastest run: 714_115_000 ps.
		Weight::from_parts(7_561_721, 16254)
			.saturating_add(Weight::from_parts(82_624_504, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(7_600_738, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().reads((7_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3058).saturating_mul(c.into()))
	}
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:8 w:8)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:8 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:8 w:8)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:8 w:8)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeAssignments` (r:8 w:8)
	/// Proof: `Computations::NodeAssignments` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::AssignmentCount` (r:8 w:8)
	/// Proof: `Computations::AssignmentCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:1 w:1)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForDeferred` (r:1 w:1)
	/// Proof: `Computations::CounterForDeferred` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Lapsing` (r:0 w:8)
	/// Proof: `NodeStaking::Lapsing` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Timers` (r:0 w:2)
	/// Proof: `Computations::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `k` ranges over `[1, 8]`.
	fn on_timer(k: u32, ) -> Weight {
		// Proof size: measured `802 + k * 367`, estimated `13710 + k * 3058`.
		// Fastest run: 68_943_000 ps.
		Weight::from_parts(35_182_497, 13710)
			.saturating_add(Weight::from_parts(44_471_559, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3058).saturating_mul(k.into()))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::LastProbed` (r:1 w:1)
	/// Proof: `Computations::LastProbed` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Probes` (r:1 w:1)
	/// Proof: `Computations::Probes` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:1)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ProbesIssued` (r:1 w:1)
	/// Proof: `Computations::ProbesIssued` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Seed::RandomSeed` (r:1 w:0)
	/// Proof: `Seed::RandomSeed` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Seed::NotedAt` (r:1 w:0)
	/// Proof: `Seed::NotedAt` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn request_probe() -> Weight {
		// Proof size: measured `742`, estimated `13710`.
		// Fastest run: 47_931_000 ps.
		Weight::from_parts(56_805_000, 13710)
			.saturating_add(T::DbWeight::get().reads(15))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:6 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:1)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Probes` (r:1 w:1)
	/// Proof: `Computations::Probes` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Lapsing` (r:1 w:0)
	/// Proof: `NodeStaking::Lapsing` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 4096]`.
	fn submit_probe(n: u32, ) -> Weight {
		// Proof size: measured `721`, estimated `16254`.
		// Fastest run: 62_493_000 ps.
		Weight::from_parts(69_500_608, 16254)
			.saturating_add(Weight::from_parts(1_071_558, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Computations::OfferedCount` (r:1 w:0)
	/// Proof: `Computations::OfferedCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ProbeCursor` (r:1 w:1)
	/// Proof: `Computations::ProbeCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::OfferedNodes` (r:1 w:0)
	/// Proof: `Computations::OfferedNodes` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Probes` (r:1 w:1)
	/// Proof: `Computations::Probes` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::LastProbed` (r:1 w:1)
	/// Proof: `Computations::LastProbed` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ProbesIssued` (r:1 w:1)
	/// Proof: `Computations::ProbesIssued` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Seed::RandomSeed` (r:1 w:0)
	/// Proof: `Seed::RandomSeed` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Seed::NotedAt` (r:1 w:0)
	/// Proof: `Seed::NotedAt` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn probe_step() -> Weight {
		// Proof size: measured `487`, estimated `8622`.
		// Fastest run: 29_964_000 ps.
		Weight::from_parts(33_259_000, 8622)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:0)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Heartbeats` (r:1 w:1)
	/// Proof: `Computations::Heartbeats` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn heartbeat() -> Weight {
		// Proof size: measured `658`, estimated `13710`.
		// Fastest run: 33_139_000 ps.
		Weight::from_parts(37_296_000, 13710)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights priced with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_definition() -> Weight {
		Weight::from_parts(50_875_000, 3712)
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn retire_definition() -> Weight {
		Weight::from_parts(44_667_000, 3712)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn submit_computation(_i: u32, q: u32, ) -> Weight {
		Weight::from_parts(98_413_818, 8622)
			.saturating_add(Weight::from_parts(26_996, 0).saturating_mul(q.into()))
			.saturating_add(ParityDbWeight::get().reads(14))
			.saturating_add(ParityDbWeight::get().writes(11))
	}
	fn submit_batch(q: u32, ) -> Weight {
		Weight::from_parts(101_618_772, 8622)
			.saturating_add(Weight::from_parts(39_939, 0).saturating_mul(q.into()))
			.saturating_add(ParityDbWeight::get().reads(16))
			.saturating_add(ParityDbWeight::get().writes(13))
	}
	fn cancel_computation() -> Weight {
		Weight::from_parts(66_819_000, 5221)
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().writes(11))
	}
	fn offer_node() -> Weight {
		Weight::from_parts(50_185_000, 13710)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn withdraw_node() -> Weight {
		Weight::from_parts(49_293_000, 13710)
			.saturating_add(ParityDbWeight::get().reads(14))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn commit_result() -> Weight {
		Weight::from_parts(63_985_000, 13710)
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn report_unavailable() -> Weight {
		Weight::from_parts(1_125_579_000, 25454)
			.saturating_add(ParityDbWeight::get().reads(55))
			.saturating_add(ParityDbWeight::get().writes(38))
	}
	fn commit_results(n: u32, ) -> Weight {
		Weight::from_parts(30_799_257, 13710)
			.saturating_add(Weight::from_parts(36_176_722, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(10))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 4231).saturating_mul(n.into()))
	}
	fn submit_training_job(s: u32, ) -> Weight {
		Weight::from_parts(135_860_230, 11166)
			.saturating_add(Weight::from_parts(17_628_631, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(16))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(s.into())))
			.saturating_add(ParityDbWeight::get().writes(11))
			.saturating_add(ParityDbWeight::get().writes((4_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 4231).saturating_mul(s.into()))
	}
	fn note_verified(s: u32, ) -> Weight {
		Weight::from_parts(43_532_007, 5221)
			.saturating_add(Weight::from_parts(18_167_116, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(s.into())))
			.saturating_add(ParityDbWeight::get().writes(8))
			.saturating_add(ParityDbWeight::get().writes((5_u64).saturating_mul(s.into())))
			.saturating_add(Weight::from_parts(0, 4231).saturating_mul(s.into()))
	}
	fn remove_training_job(r: u32, ) -> Weight {
		Weight::from_parts(63_558_422, 5067)
			.saturating_add(Weight::from_parts(1_118_796, 0).saturating_mul(r.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2533).saturating_mul(r.into()))
	}
	fn on_initialize_idle(c: u32, _n: u32, ) -> Weight {
		Weight::from_parts(203_329_612, 6078)
			.saturating_add(Weight::from_parts(802, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(13))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn assign(c: u32, k: u32, ) -> Weight {
		Weight::from_parts(7_561_721, 16254)
			.saturating_add(Weight::from_parts(82_624_504, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(7_600_738, 0).saturating_mul(k.into()))
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().reads((7_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(5))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3058).saturating_mul(c.into()))
	}
	fn on_timer(k: u32, ) -> Weight {
		Weight::from_parts(35_182_497, 13710)
			.saturating_add(Weight::from_parts(44_471_559, 0).saturating_mul(k.into()))
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().reads((6_u64).saturating_mul(k.into())))
			.saturating_add(ParityDbWeight::get().writes(5))
			.saturating_add(ParityDbWeight::get().writes((6_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3058).saturating_mul(k.into()))
	}
	fn request_probe() -> Weight {
		Weight::from_parts(56_805_000, 13710)
			.saturating_add(ParityDbWeight::get().reads(15))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn submit_probe(n: u32, ) -> Weight {
		Weight::from_parts(69_500_608, 16254)
			.saturating_add(Weight::from_parts(1_071_558, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(14))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn probe_step() -> Weight {
		Weight::from_parts(33_259_000, 8622)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn heartbeat() -> Weight {
		Weight::from_parts(37_296_000, 13710)
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
}
