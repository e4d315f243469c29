//! Weights of `pallet_node_staking`, measured by frame-benchmarking (do not edit by hand).
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
//! `pallet_node_staking`
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
//! `pallets/node-staking/src/weights.rs`
//! `--template`
//! `scripts/pallet-weight-template.hbs`

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// Weight of each benchmarked operation of `pallet_node_staking`.
pub trait WeightInfo {
	fn register_node() -> Weight;
	fn update_node() -> Weight;
	fn announce_exit() -> Weight;
	fn remove_node(n: u32, ) -> Weight;
	fn bond() -> Weight;
	fn bond_extra() -> Weight;
	fn unbond() -> Weight;
	fn withdraw_unbonded() -> Weight;
	fn delegate() -> Weight;
	fn undelegate() -> Weight;
	fn redelegate() -> Weight;
	fn set_commission() -> Weight;
	fn resume_node() -> Weight;
	fn evict_node() -> Weight;
	fn note_probe() -> Weight;
	fn claim_rewards() -> Weight;
	fn on_initialize_same_epoch(n: u32, ) -> Weight;
	fn on_initialize_new_epoch(n: u32, ) -> Weight;
	fn credit_reward() -> Weight;
	fn slash(n: u32, m: u32, ) -> Weight;
	fn note_miss() -> Weight;
	fn adjust_reputation() -> Weight;
	fn suspend() -> Weight;
}

/// Weights for a runtime, priced with its own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::OperatorNodes` (r:1 w:1)
	/// Proof: `NodeStaking::OperatorNodes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::NextNodeId` (r:1 w:1)
	/// Proof: `NodeStaking::NextNodeId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CounterForNodes` (r:1 w:1)
	/// Proof: `NodeStaking::CounterForNodes` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn register_node() -> Weight {
		// Proof size: measured `185`, estimated `6078`.
		// Fastest run: 63_344_000 ps.
		Weight::from_parts(92_848_000, 6078)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:2 w:2)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn update_node() -> Weight {
		// Proof size: measured `862`, estimated `6078`.
		// Fastest run: 26_049_000 ps.
		Weight::from_parts(37_155_000, 6078)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn announce_exit() -> Weight {
		// Proof size: measured `969`, estimated `6078`.
		// Fastest run: 28_142_000 ps.
		Weight::from_parts(38_658_000, 6078)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:66 w:65)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 65]`.
	fn remove_node(n: u32, ) -> Weight {
		// Proof size: measured `979 + n * 85`, estimated `11166 + n * 3085`.
		// Fastest run: 42_674_000 ps.
		Weight::from_parts(38_859_906, 11166)
			.saturating_add(Weight::from_parts(14_295_917, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3085).saturating_mul(n.into()))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:2 w:2)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:1 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn bond() -> Weight {
		// Proof size: measured `1319`, estimated `8622`.
		// Fastest run: 84_777_000 ps.
		Weight::from_parts(99_348_000, 8622)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:2 w:2)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:1 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn bond_extra() -> Weight {
		// Proof size: measured `1334`, estimated `6078`.
		// Fastest run: 84_496_000 ps.
		Weight::from_parts(124_416_000, 6078)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:1 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof size: measured `1303`, estimated `13710`.
		// Fastest run: 29_484_000 ps.
		Weight::from_parts(48_762_000, 13710)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `NodeStaking::Positions` (r:1 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::OperatorNodes` (r:1 w:1)
	/// Proof: `NodeStaking::OperatorNodes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::MovedCount` (r:1 w:0)
	/// Proof: `NodeStaking::MovedCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CounterForNodes` (r:1 w:1)
	/// Proof: `NodeStaking::CounterForNodes` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Lapsing` (r:0 w:1)
	/// Proof: `NodeStaking::Lapsing` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:0 w:1)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size: measured `1658`, estimated `6078`.
		// Fastest run: 106_008_000 ps.
		Weight::from_parts(132_097_000, 6078)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(9))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:2 w:2)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:2 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::DelegationCount` (r:1 w:1)
	/// Proof: `NodeStaking::DelegationCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	fn delegate() -> Weight {
		// Proof size: measured `3632`, estimated `11166`.
		// Fastest run: 128_732_000 ps.
		Weight::from_parts(177_755_000, 11166)
			.saturating_add(T::DbWeight::get().reads(15))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:1 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	fn undelegate() -> Weight {
		// Proof size: measured `1194`, estimated `11166`.
		// Fastest run: 42_373_000 ps.
		Weight::from_parts(68_603_000, 11166)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `NodeStaking::Nodes` (r:2 w:2)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:2 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:3 w:3)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:2 w:2)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:3 w:2)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::DelegationCount` (r:1 w:1)
	/// Proof: `NodeStaking::DelegationCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::MovedStake` (r:66 w:65)
	/// Proof: `NodeStaking::MovedStake` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::MovedCount` (r:1 w:1)
	/// Proof: `NodeStaking::MovedCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn redelegate() -> Weight {
		// Proof size: measured `7614`, estimated `171534`.
		// Fastest run: 540_056_000 ps.
		Weight::from_parts(798_061_000, 171534)
			.saturating_add(T::DbWeight::get().reads(85))
			.saturating_add(T::DbWeight::get().writes(76))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	fn set_commission() -> Weight {
		// Proof size: measured `838`, estimated `8622`.
		// Fastest run: 24_817_000 ps.
		Weight::from_parts(36_745_000, 8622)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	fn resume_node() -> Weight {
		// Proof size: measured `838`, estimated `6078`.
		// Fastest run: 23_105_000 ps.
		Weight::from_parts(34_321_000, 6078)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Lapsing` (r:1 w:0)
	/// Proof: `NodeStaking::Lapsing` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn evict_node() -> Weight {
		// Proof size: measured `815`, estimated `6078`.
		// Fastest run: 23_655_000 ps.
		Weight::from_parts(40_931_000, 6078)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:1)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Lapsing` (r:1 w:1)
	/// Proof: `NodeStaking::Lapsing` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn note_probe() -> Weight {
		// Proof size: measured `815`, estimated `11166`.
		// Fastest run: 34_401_000 ps.
		Weight::from_parts(53_980_000, 11166)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:1 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:2 w:2)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `Vesting::Vesting` (r:1 w:1)
	/// Proof: `Vesting::Vesting` (`max_values`: None, `max_size`: Some(1057), added: 3532, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:1)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:0)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::RewardTotals` (r:1 w:1)
	/// Proof: `NodeStaking::RewardTotals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn claim_rewards() -> Weight {
		// Proof size: measured `1504`, estimated `11166`.
		// Fastest run: 188_992_000 ps.
		Weight::from_parts(290_973_000, 11166)
			.saturating_add(T::DbWeight::get().reads(16))
			.saturating_add(T::DbWeight::get().writes(10))
	}
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[10, 10000]`.
	fn on_initialize_same_epoch(n: u32, ) -> Weight {
		// Proof size: measured `254`, estimated `3534`.
		// Fastest run: 11_116_000 ps.
		Weight::from_parts(28_076_252, 3534)
			.saturating_add(Weight::from_parts(177, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:1)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[10, 10000]`.
	fn on_initialize_new_epoch(n: u32, ) -> Weight {
		// Proof size: measured `254`, estimated `3534`.
		// Fastest run: 11_577_000 ps.
		Weight::from_parts(36_749_269, 3534)
			.saturating_add(Weight::from_parts(2_878, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::RewardTotals` (r:1 w:1)
	/// Proof: `NodeStaking::RewardTotals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn credit_reward() -> Weight {
		// Proof size: measured `1189`, estimated `11166`.
		// Fastest run: 70_886_000 ps.
		Weight::from_parts(93_098_000, 11166)
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `NodeStaking::Nodes` (r:129 w:129)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:194 w:193)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:129 w:129)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:130 w:130)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::MovedStake` (r:65 w:64)
	/// Proof: `NodeStaking::MovedStake` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:128 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:128 w:128)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:1)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 65]`.
	/// Component `m` ranges over `[0, 128]`.
	fn slash(n: u32, m: u32, ) -> Weight {
		// Proof size: measured `377 + m * 867 + n * 255`, estimated `8622 + m * 3085 + n * 3085`.
		// Fastest run: 4_224_941_000 ps.
		Weight::from_parts(4_312_542_000, 8622)
			.saturating_add(Weight::from_parts(27_816_143, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(69_336_244, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 3085).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(0, 3085).saturating_mul(n.into()))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:1)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:66 w:65)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(610), added: 3085, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:65 w:65)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(247), added: 2722, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:66 w:66)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::MovedStake` (r:1 w:0)
	/// Proof: `NodeStaking::MovedStake` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Lapsing` (r:0 w:1)
	/// Proof: `NodeStaking::Lapsing` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn note_miss() -> Weight {
		// Proof size: measured `16980`, estimated `204600`.
		// Fastest run: 3_108_597_000 ps.
		Weight::from_parts(3_946_816_000, 204600)
			.saturating_add(T::DbWeight::get().reads(205))
			.saturating_add(T::DbWeight::get().writes(199))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Lapsing` (r:0 w:1)
	/// Proof: `NodeStaking::Lapsing` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn adjust_reputation() -> Weight {
		// Proof size: measured `969`, estimated `8622`.
		// Fastest run: 31_647_000 ps.
		Weight::from_parts(46_920_000, 8622)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:0)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusters` (r:1 w:0)
	/// Proof: `Clusters::NodeClusters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	fn suspend() -> Weight {
		// Proof size: measured `1120`, estimated `6078`.
		// Fastest run: 31_837_000 ps.
		Weight::from_parts(45_748_000, 6078)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(3))
	}
}

/// The same weights priced with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_node() -> Weight {
		Weight::from_parts(92_848_000, 6078)
			.saturating_add(ParityDbWeight::get().reads(10))
			.saturating_add(ParityDbWeight::get().writes(7))
	}
	fn update_node() -> Weight {
		Weight::from_parts(37_155_000, 6078)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn announce_exit() -> Weight {
		Weight::from_parts(38_658_000, 6078)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn remove_node(n: u32, ) -> Weight {
		Weight::from_parts(38_859_906, 11166)
			.saturating_add(Weight::from_parts(14_295_917, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3085).saturating_mul(n.into()))
	}
	fn bond() -> Weight {
		Weight::from_parts(99_348_000, 8622)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(7))
	}
	fn bond_extra() -> Weight {
		Weight::from_parts(124_416_000, 6078)
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(7))
	}
	fn unbond() -> Weight {
		Weight::from_parts(48_762_000, 13710)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(132_097_000, 6078)
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(9))
	}
	fn delegate() -> Weight {
		Weight::from_parts(177_755_000, 11166)
			.saturating_add(ParityDbWeight::get().reads(15))
			.saturating_add(ParityDbWeight::get().writes(8))
	}
	fn undelegate() -> Weight {
		Weight::from_parts(68_603_000, 11166)
			.saturating_add(ParityDbWeight::get().reads(10))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn redelegate() -> Weight {
		Weight::from_parts(798_061_000, 171534)
			.saturating_add(ParityDbWeight::get().reads(85))
			.saturating_add(ParityDbWeight::get().writes(76))
	}
	fn set_commission() -> Weight {
		Weight::from_parts(36_745_000, 8622)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn resume_node() -> Weight {
		Weight::from_parts(34_321_000, 6078)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn evict_node() -> Weight {
		Weight::from_parts(40_931_000, 6078)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn note_probe() -> Weight {
		Weight::from_parts(53_980_000, 11166)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn claim_rewards() -> Weight {
		Weight::from_parts(290_973_000, 11166)
			.saturating_add(ParityDbWeight::get().reads(16))
			.saturating_add(ParityDbWeight::get().writes(10))
	}
	fn on_initialize_same_epoch(n: u32, ) -> Weight {
		Weight::from_parts(28_076_252, 3534)
			.saturating_add(Weight::from_parts(177, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
	}
	fn on_initialize_new_epoch(n: u32, ) -> Weight {
		Weight::from_parts(36_749_269, 3534)
			.saturating_add(Weight::from_parts(2_878, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn credit_reward() -> Weight {
		Weight::from_parts(93_098_000, 11166)
			.saturating_add(ParityDbWeight::get().reads(12))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn slash(n: u32, m: u32, ) -> Weight {
		Weight::from_parts(4_312_542_000, 8622)
			.saturating_add(Weight::from_parts(27_816_143, 0).saturating_mul(n.into()))
			.saturating_add(Weight::from_parts(69_336_244, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().reads((6_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes((5_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 3085).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(0, 3085).saturating_mul(n.into()))
	}
	fn note_miss() -> Weight {
		Weight::from_parts(3_946_816_000, 204600)
			.saturating_add(ParityDbWeight::get().reads(205))
			.saturating_add(ParityDbWeight::get().writes(199))
	}
	fn adjust_reputation() -> Weight {
		Weight::from_parts(46_920_000, 8622)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn suspend() -> Weight {
		Weight::from_parts(45_748_000, 6078)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
}
