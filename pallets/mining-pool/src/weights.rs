//! Weights of `pallet_mining_pool`, measured by frame-benchmarking (do not edit by hand).
//!
//! Regenerate with `scripts/benchmark.sh`. Measured on `vm` (`AMD EPYC`) on 2026-12-07
//! with benchmark CLI 64.0.0: 10 steps, 3 repeats,
//! Compiled Wasm execution, DB cache 1024 MiB.
//!
//! Command:
//! `/root/.cache/corex/target/release/corex-node`
//! `benchmark`
//! `pallet`
//! `--runtime`
//! `/root/.cache/corex/target/release/wbuild/corex-runtime/corex_runtime.compact.compressed.wasm`
//! `--genesis-builder=runtime`
//! `--genesis-builder-preset=development`
//! `--pallet`
//! `pallet_mining_pool`
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
//! `pallets/mining-pool/src/weights.rs`
//! `--template`
//! `scripts/pallet-weight-template.hbs`

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// Weight of each benchmarked operation of `pallet_mining_pool`.
pub trait WeightInfo {
	fn record_contribution() -> Weight;
	fn claim_node_reward() -> Weight;
	fn on_initialize_idle() -> Weight;
	fn on_initialize_close_epoch(n: u32, ) -> Weight;
	fn pay_records(n: u32, ) -> Weight;
	fn on_finalize_book_inflow() -> Weight;
}

/// Weights for a runtime, priced with its own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:1)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:0)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(65), added: 2540, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:1)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(92), added: 587, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Contributions` (r:1 w:1)
	/// Proof: `MiningPool::Contributions` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	fn record_contribution() -> Weight {
		// Proof size: measured `693`, estimated `13710`.
		// Fastest run: 56_164_000 ps.
		Weight::from_parts(69_023_000, 13710)
			.saturating_add(T::DbWeight::get().reads(11))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `MiningPool::Budgets` (r:1 w:1)
	/// Proof: `MiningPool::Budgets` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:0)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(92), added: 587, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Contributions` (r:1 w:1)
	/// Proof: `MiningPool::Contributions` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:1 w:1)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::RewardTotals` (r:1 w:1)
	/// Proof: `NodeStaking::RewardTotals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Claimable` (r:1 w:1)
	/// Proof: `MiningPool::Claimable` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Ledger` (r:1 w:1)
	/// Proof: `MiningPool::Ledger` (`max_values`: Some(1), `max_size`: Some(80), added: 575, mode: `MaxEncodedLen`)
	fn claim_node_reward() -> Weight {
		// Proof size: measured `1362`, estimated `6196`.
		// Fastest run: 88_602_000 ps.
		Weight::from_parts(116_885_000, 6196)
			.saturating_add(T::DbWeight::get().reads(14))
			.saturating_add(T::DbWeight::get().writes(10))
	}
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:0)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(92), added: 587, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::PayoutCursor` (r:1 w:0)
	/// Proof: `MiningPool::PayoutCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn on_initialize_idle() -> Weight {
		// Proof size: measured `203`, estimated `1577`.
		// Fastest run: 6_990_000 ps.
		Weight::from_parts(10_115_000, 1577)
			.saturating_add(T::DbWeight::get().reads(3))
	}
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:1)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(92), added: 587, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Claimable` (r:1 w:1)
	/// Proof: `MiningPool::Claimable` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Ledger` (r:1 w:1)
	/// Proof: `MiningPool::Ledger` (`max_values`: Some(1), `max_size`: Some(80), added: 575, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Budgets` (r:1 w:2)
	/// Proof: `MiningPool::Budgets` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::PayoutCursor` (r:1 w:1)
	/// Proof: `MiningPool::PayoutCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Contributions` (r:1 w:0)
	/// Proof: `MiningPool::Contributions` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[10, 10000]`.
	fn on_initialize_close_epoch(_n: u32, ) -> Weight {
		// Proof size: measured `1942`, estimated `3593`.
		// Fastest run: 104_195_000 ps.
		Weight::from_parts(144_163_942, 3593)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `MiningPool::PayoutCursor` (r:1 w:1)
	/// Proof: `MiningPool::PayoutCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::CurrentEpoch` (r:1 w:0)
	/// Proof: `MiningPool::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(92), added: 587, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Contributions` (r:51 w:50)
	/// Proof: `MiningPool::Contributions` (`max_values`: None, `max_size`: Some(88), added: 2563, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Budgets` (r:1 w:1)
	/// Proof: `MiningPool::Budgets` (`max_values`: None, `max_size`: Some(116), added: 2591, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:50 w:50)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Unpaid` (r:50 w:50)
	/// Proof: `MiningPool::Unpaid` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:50 w:50)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::RewardTotals` (r:1 w:1)
	/// Proof: `NodeStaking::RewardTotals` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Claimable` (r:1 w:1)
	/// Proof: `MiningPool::Claimable` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Ledger` (r:1 w:1)
	/// Proof: `MiningPool::Ledger` (`max_values`: Some(1), `max_size`: Some(80), added: 575, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 100]`.
	fn pay_records(n: u32, ) -> Weight {
		// Proof size: measured `5544 + n * 186`, estimated `36456 + n * 1508`.
		// Fastest run: 105_898_000 ps.
		Weight::from_parts(1_118_546_997, 36456)
			.saturating_add(Weight::from_parts(49_385_989, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(58))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(53))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 1508).saturating_mul(n.into()))
	}
	/// Storage: `System::Account` (r:1 w:0)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `MiningPool::Ledger` (r:1 w:1)
	/// Proof: `MiningPool::Ledger` (`max_values`: Some(1), `max_size`: Some(80), added: 575, mode: `MaxEncodedLen`)
	fn on_finalize_book_inflow() -> Weight {
		// Proof size: measured `251`, estimated `3593`.
		// Fastest run: 9_615_000 ps.
		Weight::from_parts(13_751_000, 3593)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// The same weights priced with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn record_contribution() -> Weight {
		Weight::from_parts(69_023_000, 13710)
			.saturating_add(ParityDbWeight::get().reads(11))
			.saturating_add(ParityDbWeight::get().writes(3))
	}
	fn claim_node_reward() -> Weight {
		Weight::from_parts(116_885_000, 6196)
			.saturating_add(ParityDbWeight::get().reads(14))
			.saturating_add(ParityDbWeight::get().writes(10))
	}
	fn on_initialize_idle() -> Weight {
		Weight::from_parts(10_115_000, 1577)
			.saturating_add(ParityDbWeight::get().reads(3))
	}
	fn on_initialize_close_epoch(_n: u32, ) -> Weight {
		Weight::from_parts(144_163_942, 3593)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(6))
	}
	fn pay_records(n: u32, ) -> Weight {
		Weight::from_parts(1_118_546_997, 36456)
			.saturating_add(Weight::from_parts(49_385_989, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(58))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(53))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 1508).saturating_mul(n.into()))
	}
	fn on_finalize_book_inflow() -> Weight {
		Weight::from_parts(13_751_000, 3593)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
}
