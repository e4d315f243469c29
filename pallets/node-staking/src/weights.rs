//! Weights of `pallet_node_staking`, measured by frame-benchmarking (do not edit by hand).
//!
//! Regenerate with `scripts/benchmark.sh`. Measured on `vm` (`AMD EPYC`) on 2026-11-23
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
//! `pallet_node_staking`
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
	fn claim_rewards() -> Weight;
	fn on_initialize_same_epoch() -> Weight;
	fn on_initialize_new_epoch() -> Weight;
	fn credit_reward() -> Weight;
	fn slash(n: u32, ) -> Weight;
	fn note_miss() -> Weight;
	fn resume_node() -> Weight;
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
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CounterForNodes` (r:1 w:1)
	/// Proof: `NodeStaking::CounterForNodes` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn register_node() -> Weight {
		// Proof size: measured `146`, estimated `4039`.
		// Fastest run: 67_240_000 ps.
		Weight::from_parts(70_084_000, 4039)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:2 w:2)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn update_node() -> Weight {
		// Proof size: measured `817`, estimated `6044`.
		// Fastest run: 28_783_000 ps.
		Weight::from_parts(31_137_000, 6044)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn announce_exit() -> Weight {
		// Proof size: measured `869`, estimated `4039`.
		// Fastest run: 29_594_000 ps.
		Weight::from_parts(31_928_000, 4039)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:66 w:65)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 65]`.
	fn remove_node(n: u32, ) -> Weight {
		// Proof size: measured `842 + n * 85`, estimated `6078 + n * 3001`.
		// Fastest run: 43_073_000 ps.
		Weight::from_parts(42_532_347, 6078)
			.saturating_add(Weight::from_parts(13_097_473, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3001).saturating_mul(n.into()))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:2 w:2)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:1 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn bond() -> Weight {
		// Proof size: measured `1219`, estimated `6078`.
		// Fastest run: 92_447_000 ps.
		Weight::from_parts(96_524_000, 6078)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:2 w:2)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:1 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn bond_extra() -> Weight {
		// Proof size: measured `1214`, estimated `6030`.
		// Fastest run: 92_507_000 ps.
		Weight::from_parts(96_483_000, 6030)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:1 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof size: measured `1178`, estimated `8622`.
		// Fastest run: 31_577_000 ps.
		Weight::from_parts(35_192_000, 8622)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `NodeStaking::Positions` (r:1 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::OperatorNodes` (r:1 w:1)
	/// Proof: `NodeStaking::OperatorNodes` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CounterForNodes` (r:1 w:1)
	/// Proof: `NodeStaking::CounterForNodes` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof size: measured `1529`, estimated `4039`.
		// Fastest run: 115_552_000 ps.
		Weight::from_parts(121_280_000, 4039)
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:2 w:2)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:2 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::DelegationCount` (r:1 w:1)
	/// Proof: `NodeStaking::DelegationCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	fn delegate() -> Weight {
		// Proof size: measured `3532`, estimated `8622`.
		// Fastest run: 132_136_000 ps.
		Weight::from_parts(145_907_000, 8622)
			.saturating_add(T::DbWeight::get().reads(13))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:1 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	fn undelegate() -> Weight {
		// Proof size: measured `1074`, estimated `6078`.
		// Fastest run: 45_999_000 ps.
		Weight::from_parts(48_642_000, 6078)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `NodeStaking::Nodes` (r:2 w:2)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:3 w:3)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:2 w:2)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:3 w:2)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::DelegationCount` (r:1 w:1)
	/// Proof: `NodeStaking::DelegationCount` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn redelegate() -> Weight {
		// Proof size: measured `1923`, estimated `9993`.
		// Fastest run: 91_927_000 ps.
		Weight::from_parts(95_341_000, 9993)
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().writes(10))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	fn set_commission() -> Weight {
		// Proof size: measured `738`, estimated `6078`.
		// Fastest run: 25_258_000 ps.
		Weight::from_parts(27_321_000, 6078)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:1 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:2 w:2)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `Vesting::Vesting` (r:1 w:1)
	/// Proof: `Vesting::Vesting` (`max_values`: None, `max_size`: Some(1057), added: 3532, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Locks` (r:1 w:1)
	/// Proof: `Balances::Locks` (`max_values`: None, `max_size`: Some(1299), added: 3774, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Freezes` (r:1 w:0)
	/// Proof: `Balances::Freezes` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::RewardTotals` (r:1 w:1)
	/// Proof: `NodeStaking::RewardTotals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn claim_rewards() -> Weight {
		// Proof size: measured `1405`, estimated `8622`.
		// Fastest run: 217_052_000 ps.
		Weight::from_parts(224_353_000, 8622)
			.saturating_add(T::DbWeight::get().reads(15))
			.saturating_add(T::DbWeight::get().writes(10))
	}
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	fn on_initialize_same_epoch() -> Weight {
		// Proof size: measured `41`, estimated `3534`.
		// Fastest run: 6_790_000 ps.
		Weight::from_parts(7_331_000, 3534)
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:1)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	fn on_initialize_new_epoch() -> Weight {
		// Proof size: measured `41`, estimated `3534`.
		// Fastest run: 9_494_000 ps.
		Weight::from_parts(10_285_000, 3534)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::RewardTotals` (r:1 w:1)
	/// Proof: `NodeStaking::RewardTotals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn credit_reward() -> Weight {
		// Proof size: measured `1089`, estimated `8622`.
		// Fastest run: 81_190_000 ps.
		Weight::from_parts(84_596_000, 8622)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:66 w:65)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:65 w:65)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:66 w:66)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 65]`.
	fn slash(n: u32, ) -> Weight {
		// Proof size: measured `1044 + n * 243`, estimated `6078 + n * 3001`.
		// Fastest run: 82_052_000 ps.
		Weight::from_parts(28_654_019, 6078)
			.saturating_add(Weight::from_parts(53_593_688, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3001).saturating_mul(n.into()))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:3 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn note_miss() -> Weight {
		Self::adjust_reputation().saturating_add(Self::slash(65))
	}
	fn resume_node() -> Weight {
		Self::set_commission()
	}
	fn adjust_reputation() -> Weight {
		// Proof size: measured `869`, estimated `8622`.
		// Fastest run: 30_125_000 ps.
		Weight::from_parts(32_098_000, 8622)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:1)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	fn suspend() -> Weight {
		// Proof size: measured `869`, estimated `4039`.
		// Fastest run: 28_753_000 ps.
		Weight::from_parts(30_746_000, 4039)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
}

/// The same weights priced with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register_node() -> Weight {
		Weight::from_parts(70_084_000, 4039)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(7))
	}
	fn update_node() -> Weight {
		Weight::from_parts(31_137_000, 6044)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn announce_exit() -> Weight {
		Weight::from_parts(31_928_000, 4039)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn remove_node(n: u32, ) -> Weight {
		Weight::from_parts(42_532_347, 6078)
			.saturating_add(Weight::from_parts(13_097_473, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3001).saturating_mul(n.into()))
	}
	fn bond() -> Weight {
		Weight::from_parts(96_524_000, 6078)
			.saturating_add(ParityDbWeight::get().reads(10))
			.saturating_add(ParityDbWeight::get().writes(7))
	}
	fn bond_extra() -> Weight {
		Weight::from_parts(96_483_000, 6030)
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().writes(7))
	}
	fn unbond() -> Weight {
		Weight::from_parts(35_192_000, 8622)
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(121_280_000, 4039)
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().writes(7))
	}
	fn delegate() -> Weight {
		Weight::from_parts(145_907_000, 8622)
			.saturating_add(ParityDbWeight::get().reads(13))
			.saturating_add(ParityDbWeight::get().writes(8))
	}
	fn undelegate() -> Weight {
		Weight::from_parts(48_642_000, 6078)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn redelegate() -> Weight {
		Weight::from_parts(95_341_000, 9993)
			.saturating_add(ParityDbWeight::get().reads(14))
			.saturating_add(ParityDbWeight::get().writes(10))
	}
	fn set_commission() -> Weight {
		Weight::from_parts(27_321_000, 6078)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn claim_rewards() -> Weight {
		Weight::from_parts(224_353_000, 8622)
			.saturating_add(ParityDbWeight::get().reads(15))
			.saturating_add(ParityDbWeight::get().writes(10))
	}
	fn on_initialize_same_epoch() -> Weight {
		Weight::from_parts(7_331_000, 3534)
			.saturating_add(ParityDbWeight::get().reads(2))
	}
	fn on_initialize_new_epoch() -> Weight {
		Weight::from_parts(10_285_000, 3534)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn credit_reward() -> Weight {
		Weight::from_parts(84_596_000, 8622)
			.saturating_add(ParityDbWeight::get().reads(10))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn slash(n: u32, ) -> Weight {
		Weight::from_parts(28_654_019, 6078)
			.saturating_add(Weight::from_parts(53_593_688, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(6))
			.saturating_add(ParityDbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 3001).saturating_mul(n.into()))
	}
	fn note_miss() -> Weight {
		Self::adjust_reputation().saturating_add(Self::slash(65))
	}
	fn resume_node() -> Weight {
		Self::set_commission()
	}
	fn adjust_reputation() -> Weight {
		Weight::from_parts(32_098_000, 8622)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn suspend() -> Weight {
		Weight::from_parts(30_746_000, 4039)
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
}
