//! Weights of `pallet_proofs`, measured by frame-benchmarking (do not edit by hand).
//!
//! Regenerate with `scripts/benchmark.sh`. Measured on `vm` (`AMD EPYC`) on 2026-12-07
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
//! `pallet_proofs`
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
	fn dispute() -> Weight;
	fn settle_dispute(k: u32, b: u32, ) -> Weight;
	fn close_dispute_window(k: u32, b: u32, ) -> Weight;
	fn reveal(k: u32, b: u32, ) -> Weight;
	fn submit_replay(k: u32, b: u32, ) -> Weight;
	fn on_timer(k: u32, ) -> Weight;
	fn apply_slash() -> Weight;
	fn on_initialize_idle(c: u32, ) -> Weight;
}

/// Weights for a runtime, priced with its own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:2 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:6 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:0)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Verifications` (r:1 w:1)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Disputes` (r:0 w:1)
	/// Proof: `Proofs::Disputes` (`max_values`: None, `max_size`: Some(153), added: 2628, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:2)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn dispute() -> Weight {
		// Proof size: measured `1712`, estimated `16254`.
		// Fastest run: 99_539_000 ps.
		Weight::from_parts(110_575_000, 16254)
			.saturating_add(T::DbWeight::get().reads(15))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `NodeStaking::Nodes` (r:11 w:11)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:11 w:3)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:8 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:11 w:9)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Verifications` (r:1 w:1)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Disputes` (r:1 w:1)
	/// Proof: `Proofs::Disputes` (`max_values`: None, `max_size`: Some(153), added: 2628, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Outputs` (r:8 w:8)
	/// Proof: `Proofs::Outputs` (`max_values`: None, `max_size`: Some(8242), added: 10717, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:9 w:9)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::SlashQueue` (r:1 w:1)
	/// Proof: `Proofs::SlashQueue` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::PendingSlashes` (r:8 w:8)
	/// Proof: `Proofs::PendingSlashes` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::CounterForPendingSlashes` (r:1 w:1)
	/// Proof: `Proofs::CounterForPendingSlashes` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Reveals` (r:8 w:8)
	/// Proof: `Proofs::Reveals` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::RewardTotals` (r:1 w:1)
	/// Proof: `NodeStaking::RewardTotals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:1)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:1 w:1)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeAssignments` (r:11 w:11)
	/// Proof: `Computations::NodeAssignments` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::AssignmentCount` (r:11 w:11)
	/// Proof: `Computations::AssignmentCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:1)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(92), added: 587, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Contributions` (r:3 w:3)
	/// Proof: `MiningPool::Contributions` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Lapsing` (r:0 w:11)
	/// Proof: `NodeStaking::Lapsing` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::UnavailableReports` (r:0 w:1)
	/// Proof: `Computations::UnavailableReports` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:1)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `k` ranges over `[2, 8]`.
	/// Component `b` ranges over `[16, 8192]`.
	fn settle_dispute(k: u32, b: u32, ) -> Weight {
		// Proof size: measured `0 + b * 8 + k * 8737`, estimated `21342 + k * 10717`.
		// Fastest run: 1_103_817_000 ps.
		Weight::from_parts(1_138_107_000, 21342)
			.saturating_add(Weight::from_parts(68_273_198, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(121_783, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(46))
			.saturating_add(T::DbWeight::get().reads((9_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(39))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 10717).saturating_mul(k.into()))
	}
	/// Storage: `Proofs::Verifications` (r:1 w:1)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Reveals` (r:8 w:8)
	/// Proof: `Proofs::Reveals` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Outputs` (r:8 w:8)
	/// Proof: `Proofs::Outputs` (`max_values`: None, `max_size`: Some(8242), added: 10717, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:9 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:9 w:9)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:9 w:8)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:9 w:2)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:8 w:8)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::SlashQueue` (r:1 w:1)
	/// Proof: `Proofs::SlashQueue` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::PendingSlashes` (r:7 w:7)
	/// Proof: `Proofs::PendingSlashes` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::CounterForPendingSlashes` (r:1 w:1)
	/// Proof: `Proofs::CounterForPendingSlashes` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::RewardTotals` (r:1 w:1)
	/// Proof: `NodeStaking::RewardTotals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:1)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:1 w:1)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeAssignments` (r:9 w:9)
	/// Proof: `Computations::NodeAssignments` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::AssignmentCount` (r:9 w:9)
	/// Proof: `Computations::AssignmentCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:1)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(92), added: 587, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Contributions` (r:2 w:2)
	/// Proof: `MiningPool::Contributions` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Disputes` (r:1 w:0)
	/// Proof: `Proofs::Disputes` (`max_values`: None, `max_size`: Some(153), added: 2628, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Lapsing` (r:0 w:9)
	/// Proof: `NodeStaking::Lapsing` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::UnavailableReports` (r:0 w:1)
	/// Proof: `Computations::UnavailableReports` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:1)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `k` ranges over `[2, 8]`.
	/// Component `b` ranges over `[16, 8192]`.
	fn close_dispute_window(k: u32, b: u32, ) -> Weight {
		// Proof size: measured `0 + b * 8 + k * 8718`, estimated `23886 + k * 10717`.
		// Fastest run: 712_623_000 ps.
		Weight::from_parts(886_031_000, 23886)
			.saturating_add(Weight::from_parts(126_508_228, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(64_440, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(31))
			.saturating_add(T::DbWeight::get().reads((9_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(23))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 10717).saturating_mul(k.into()))
	}
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:8 w:8)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:8 w:5)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:9 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:8 w:8)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Verifications` (r:1 w:1)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `System::BlockHash` (r:1 w:0)
	/// Proof: `System::BlockHash` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Reveals` (r:8 w:8)
	/// Proof: `Proofs::Reveals` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Outputs` (r:6 w:6)
	/// Proof: `Proofs::Outputs` (`max_values`: None, `max_size`: Some(8242), added: 10717, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:8 w:8)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::SlashQueue` (r:1 w:1)
	/// Proof: `Proofs::SlashQueue` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::PendingSlashes` (r:3 w:3)
	/// Proof: `Proofs::PendingSlashes` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::CounterForPendingSlashes` (r:1 w:1)
	/// Proof: `Proofs::CounterForPendingSlashes` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::RewardTotals` (r:1 w:1)
	/// Proof: `NodeStaking::RewardTotals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:1)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:1 w:1)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeAssignments` (r:8 w:8)
	/// Proof: `Computations::NodeAssignments` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::AssignmentCount` (r:8 w:8)
	/// Proof: `Computations::AssignmentCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:1)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(92), added: 587, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Contributions` (r:5 w:5)
	/// Proof: `MiningPool::Contributions` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Disputes` (r:1 w:0)
	/// Proof: `Proofs::Disputes` (`max_values`: None, `max_size`: Some(153), added: 2628, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Lapsing` (r:0 w:8)
	/// Proof: `NodeStaking::Lapsing` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::UnavailableReports` (r:0 w:1)
	/// Proof: `Computations::UnavailableReports` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:1)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `k` ranges over `[1, 8]`.
	/// Component `b` ranges over `[16, 8192]`.
	fn reveal(k: u32, b: u32, ) -> Weight {
		// Proof size: measured `0 + b * 5 + k * 6009`, estimated `21195 + k * 7161`.
		// Fastest run: 597_071_000 ps.
		Weight::from_parts(850_569_000, 21195)
			.saturating_add(Weight::from_parts(365_675_624, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(126_398, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(24))
			.saturating_add(T::DbWeight::get().reads((9_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(15))
			.saturating_add(T::DbWeight::get().writes((9_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 7161).saturating_mul(k.into()))
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
	/// Storage: `NodeStaking::Records` (r:1 w:0)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Verifications` (r:1 w:1)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:0)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:0)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Outputs` (r:8 w:0)
	/// Proof: `Proofs::Outputs` (`max_values`: None, `max_size`: Some(8242), added: 10717, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Reveals` (r:8 w:0)
	/// Proof: `Proofs::Reveals` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:2)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `k` ranges over `[2, 8]`.
	/// Component `b` ranges over `[16, 8192]`.
	fn submit_replay(k: u32, b: u32, ) -> Weight {
		// Proof size: measured `0 + b * 8 + k * 8360`, estimated `16254 + k * 10717`.
		// Fastest run: 161_781_000 ps.
		Weight::from_parts(176_012_000, 16254)
			.saturating_add(Weight::from_parts(68_568_090, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(71_056, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(Weight::from_parts(0, 10717).saturating_mul(k.into()))
	}
	/// Storage: `Proofs::Verifications` (r:1 w:1)
	/// Proof: `Proofs::Verifications` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Computations` (r:1 w:1)
	/// Proof: `Computations::Computations` (`max_values`: None, `max_size`: Some(1756), added: 4231, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Definitions` (r:1 w:1)
	/// Proof: `Computations::Definitions` (`max_values`: None, `max_size`: Some(115), added: 2590, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Reveals` (r:8 w:0)
	/// Proof: `Proofs::Reveals` (`max_values`: None, `max_size`: Some(66), added: 2541, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:8 w:8)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:8 w:8)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:8 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:8 w:8)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::SlashQueue` (r:1 w:1)
	/// Proof: `Proofs::SlashQueue` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::PendingSlashes` (r:8 w:8)
	/// Proof: `Proofs::PendingSlashes` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::CounterForPendingSlashes` (r:1 w:1)
	/// Proof: `Proofs::CounterForPendingSlashes` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::ComputationQueue` (r:1 w:1)
	/// Proof: `Computations::ComputationQueue` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Computations::Deferred` (r:1 w:1)
	/// Proof: `Computations::Deferred` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::NodeAssignments` (r:8 w:8)
	/// Proof: `Computations::NodeAssignments` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Computations::AssignmentCount` (r:8 w:8)
	/// Proof: `Computations::AssignmentCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Computations::CounterForComputations` (r:1 w:1)
	/// Proof: `Computations::CounterForComputations` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Disputes` (r:1 w:0)
	/// Proof: `Proofs::Disputes` (`max_values`: None, `max_size`: Some(153), added: 2628, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Lapsing` (r:0 w:8)
	/// Proof: `NodeStaking::Lapsing` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Computations::UnavailableReports` (r:0 w:1)
	/// Proof: `Computations::UnavailableReports` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:0 w:1)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Component `k` ranges over `[1, 8]`.
	fn on_timer(k: u32, ) -> Weight {
		// Proof size: measured `1676 + k * 425`, estimated `11166 + k * 3058`.
		// Fastest run: 147_910_000 ps.
		Weight::from_parts(124_789_367, 11166)
			.saturating_add(Weight::from_parts(48_660_843, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(16))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(k.into())))
			.saturating_add(T::DbWeight::get().writes(12))
			.saturating_add(T::DbWeight::get().writes((7_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3058).saturating_mul(k.into()))
	}
	/// Storage: `Proofs::SlashQueue` (r:1 w:1)
	/// Proof: `Proofs::SlashQueue` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::PendingSlashes` (r:1 w:1)
	/// Proof: `Proofs::PendingSlashes` (`max_values`: None, `max_size`: Some(101), added: 2576, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::CounterForPendingSlashes` (r:1 w:1)
	/// Proof: `Proofs::CounterForPendingSlashes` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:6 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:2 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::MovedStake` (r:1 w:0)
	/// Proof: `NodeStaking::MovedStake` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:1)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	fn apply_slash() -> Weight {
		// Proof size: measured `1571`, estimated `16254`.
		// Fastest run: 120_610_000 ps.
		Weight::from_parts(144_436_000, 16254)
			.saturating_add(T::DbWeight::get().reads(17))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `Proofs::TimerCursor` (r:1 w:1)
	/// Proof: `Proofs::TimerCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::Timers` (r:1 w:0)
	/// Proof: `Proofs::Timers` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Proofs::SlashQueue` (r:1 w:1)
	/// Proof: `Proofs::SlashQueue` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[100, 100000]`.
	fn on_initialize_idle(c: u32, ) -> Weight {
		// Proof size: measured `595`, estimated `3493`.
		// Fastest run: 10_255_000 ps.
		Weight::from_parts(42_877_474, 3493)
			.saturating_add(Weight::from_parts(1_568, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
}

/// The same weights priced with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn dispute() -> Weight {
		Weight::from_parts(110_575_000, 16254)
			.saturating_add(ParityDbWeight::get().reads(15))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn settle_dispute(k: u32, b: u32, ) -> Weight {
		Weight::from_parts(1_138_107_000, 21342)
			.saturating_add(Weight::from_parts(68_273_198, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(121_783, 0).saturating_mul(b.into()))
			.saturating_add(ParityDbWeight::get().reads(46))
			.saturating_add(ParityDbWeight::get().reads((9_u64).saturating_mul(k.into())))
			.saturating_add(ParityDbWeight::get().writes(39))
			.saturating_add(ParityDbWeight::get().writes((9_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 10717).saturating_mul(k.into()))
	}
	fn close_dispute_window(k: u32, b: u32, ) -> Weight {
		Weight::from_parts(886_031_000, 23886)
			.saturating_add(Weight::from_parts(126_508_228, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(64_440, 0).saturating_mul(b.into()))
			.saturating_add(ParityDbWeight::get().reads(31))
			.saturating_add(ParityDbWeight::get().reads((9_u64).saturating_mul(k.into())))
			.saturating_add(ParityDbWeight::get().writes(23))
			.saturating_add(ParityDbWeight::get().writes((9_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 10717).saturating_mul(k.into()))
	}
	fn reveal(k: u32, b: u32, ) -> Weight {
		Weight::from_parts(850_569_000, 21195)
			.saturating_add(Weight::from_parts(365_675_624, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(126_398, 0).saturating_mul(b.into()))
			.saturating_add(ParityDbWeight::get().reads(24))
			.saturating_add(ParityDbWeight::get().reads((9_u64).saturating_mul(k.into())))
			.saturating_add(ParityDbWeight::get().writes(15))
			.saturating_add(ParityDbWeight::get().writes((9_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 7161).saturating_mul(k.into()))
	}
	fn submit_replay(k: u32, b: u32, ) -> Weight {
		Weight::from_parts(176_012_000, 16254)
			.saturating_add(Weight::from_parts(68_568_090, 0).saturating_mul(k.into()))
			.saturating_add(Weight::from_parts(71_056, 0).saturating_mul(b.into()))
			.saturating_add(ParityDbWeight::get().reads(14))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(k.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(Weight::from_parts(0, 10717).saturating_mul(k.into()))
	}
	fn on_timer(k: u32, ) -> Weight {
		Weight::from_parts(124_789_367, 11166)
			.saturating_add(Weight::from_parts(48_660_843, 0).saturating_mul(k.into()))
			.saturating_add(ParityDbWeight::get().reads(16))
			.saturating_add(ParityDbWeight::get().reads((8_u64).saturating_mul(k.into())))
			.saturating_add(ParityDbWeight::get().writes(12))
			.saturating_add(ParityDbWeight::get().writes((7_u64).saturating_mul(k.into())))
			.saturating_add(Weight::from_parts(0, 3058).saturating_mul(k.into()))
	}
	fn apply_slash() -> Weight {
		Weight::from_parts(144_436_000, 16254)
			.saturating_add(ParityDbWeight::get().reads(17))
			.saturating_add(ParityDbWeight::get().writes(7))
	}
	fn on_initialize_idle(c: u32, ) -> Weight {
		Weight::from_parts(42_877_474, 3493)
			.saturating_add(Weight::from_parts(1_568, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
}
