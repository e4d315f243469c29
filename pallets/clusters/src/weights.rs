//! Weights of `pallet_clusters`, measured by frame-benchmarking (do not edit by hand).
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
//! `pallet_clusters`
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
//! `pallets/clusters/src/weights.rs`
//! `--template`
//! `scripts/pallet-weight-template.hbs`

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::ParityDbWeight, Weight},
};

/// Weight of each benchmarked operation of `pallet_clusters`.
pub trait WeightInfo {
	fn create_cluster(m: u32, s: u32, ) -> Weight;
	fn accept_invitation(m: u32, ) -> Weight;
	fn decline_invitation(m: u32, ) -> Weight;
	fn submit_key_share(m: u32, ) -> Weight;
	fn increase_capacity() -> Weight;
	fn announce_exit() -> Weight;
	fn report_member() -> Weight;
	fn create_jce(c: u32, m: u32, ) -> Weight;
	fn approve_jce(m: u32, ) -> Weight;
	fn reject_jce() -> Weight;
	fn close_jce(c: u32, ) -> Weight;
	fn blacklist_add() -> Weight;
	fn blacklist_remove() -> Weight;
	fn set_volunteer() -> Weight;
	fn dissolve_cluster(m: u32, ) -> Weight;
	fn on_initialize_idle() -> Weight;
	fn lapse_invitations(m: u32, ) -> Weight;
	fn lapse_keying(m: u32, ) -> Weight;
	fn lapse_decision() -> Weight;
	fn fork(m: u32, j: u32, ) -> Weight;
	fn migrate_jces(n: u32, ) -> Weight;
	fn placement(c: u32, m: u32, ) -> Weight;
	fn note_fault(c: u32, ) -> Weight;
}

/// Weights for a runtime, priced with its own database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `NodeStaking::Nodes` (r:12 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NextClusterId` (r:1 w:1)
	/// Proof: `Clusters::NextClusterId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(193), added: 2668, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Deadlines` (r:0 w:1)
	/// Proof: `Clusters::Deadlines` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:0 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	/// Component `s` ranges over `[0, 4]`.
	fn create_cluster(m: u32, s: u32, ) -> Weight {
		// Proof size: measured `585 + m * 279 + s * 275`, estimated `6078 + m * 3049 + s * 3049`.
		// Fastest run: 143_680_000 ps.
		Weight::from_parts(185_362_956, 6078)
			.saturating_add(Weight::from_parts(23_916_101, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(Weight::from_parts(0, 3049).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(0, 3049).saturating_mul(s.into()))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusterCount` (r:1 w:1)
	/// Proof: `Clusters::NodeClusterCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Deadlines` (r:0 w:1)
	/// Proof: `Clusters::Deadlines` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusters` (r:0 w:1)
	/// Proof: `Clusters::NodeClusters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	fn accept_invitation(m: u32, ) -> Weight {
		// Proof size: measured `754 + m * 59`, estimated `4039`.
		// Fastest run: 52_017_000 ps.
		Weight::from_parts(69_299_045, 4039)
			.saturating_add(Weight::from_parts(3_828_947, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusters` (r:7 w:7)
	/// Proof: `Clusters::NodeClusters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusterCount` (r:7 w:7)
	/// Proof: `Clusters::NodeClusterCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(193), added: 2668, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Deadlines` (r:0 w:1)
	/// Proof: `Clusters::Deadlines` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:0 w:1)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterLoads` (r:0 w:1)
	/// Proof: `Clusters::ClusterLoads` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	fn decline_invitation(m: u32, ) -> Weight {
		// Proof size: measured `954 + m * 114`, estimated `4039 + m * 1544`.
		// Fastest run: 110_367_000 ps.
		Weight::from_parts(71_105_727, 4039)
			.saturating_add(Weight::from_parts(25_157_866, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 1544).saturating_mul(m.into()))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	fn submit_key_share(m: u32, ) -> Weight {
		// Proof size: measured `771 + m * 88`, estimated `13710`.
		// Fastest run: 495_389_000 ps.
		Weight::from_parts(630_828_490, 13710)
			.saturating_add(Weight::from_parts(50_644_975, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	fn increase_capacity() -> Weight {
		// Proof size: measured `306`, estimated `3935`.
		// Fastest run: 26_479_000 ps.
		Weight::from_parts(38_922_000, 3935)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:1 w:0)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Departures` (r:0 w:1)
	/// Proof: `Clusters::Departures` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn announce_exit() -> Weight {
		// Proof size: measured `1361`, estimated `4039`.
		// Fastest run: 75_341_000 ps.
		Weight::from_parts(124_955_000, 4039)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Clusters::Clusters` (r:1 w:0)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:1 w:1)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn report_member() -> Weight {
		// Proof size: measured `1369`, estimated `11166`.
		// Fastest run: 71_244_000 ps.
		Weight::from_parts(122_961_000, 11166)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Clusters::Clusters` (r:4 w:4)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NextJceId` (r:1 w:1)
	/// Proof: `Clusters::NextJceId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(193), added: 2668, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Blacklists` (r:64 w:0)
	/// Proof: `Clusters::Blacklists` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Jces` (r:0 w:1)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterJces` (r:0 w:4)
	/// Proof: `Clusters::ClusterJces` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 4]`.
	/// Component `m` ranges over `[2, 8]`.
	fn create_jce(c: u32, m: u32, ) -> Weight {
		// Proof size: measured `0 + c * 619 + m * 218`, estimated `41566 + c * 9916 + m * 3388`.
		// Fastest run: 198_492_000 ps.
		Weight::from_parts(123_186_490, 41566)
			.saturating_add(Weight::from_parts(49_554_786, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(24_306_072, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(21))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 9916).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 3388).saturating_mul(m.into()))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Jces` (r:1 w:1)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Deadlines` (r:0 w:1)
	/// Proof: `Clusters::Deadlines` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterJces` (r:0 w:1)
	/// Proof: `Clusters::ClusterJces` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	fn approve_jce(m: u32, ) -> Weight {
		// Proof size: measured `962 + m * 75`, estimated `4039`.
		// Fastest run: 60_323_000 ps.
		Weight::from_parts(74_693_126, 4039)
			.saturating_add(Weight::from_parts(4_669_868, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Jces` (r:1 w:1)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:1 w:0)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Deadlines` (r:0 w:1)
	/// Proof: `Clusters::Deadlines` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn reject_jce() -> Weight {
		// Proof size: measured `1541`, estimated `4039`.
		// Fastest run: 75_231_000 ps.
		Weight::from_parts(114_635_000, 4039)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Clusters::Jces` (r:1 w:1)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:4 w:4)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(193), added: 2668, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterJces` (r:0 w:4)
	/// Proof: `Clusters::ClusterJces` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 4]`.
	fn close_jce(c: u32, ) -> Weight {
		// Proof size: measured `600 + c * 269`, estimated `3748 + c * 2945`.
		// Fastest run: 101_500_000 ps.
		Weight::from_parts(130_745_847, 3748)
			.saturating_add(Weight::from_parts(23_294_544, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2945).saturating_mul(c.into()))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Blacklists` (r:1 w:1)
	/// Proof: `Clusters::Blacklists` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::BlacklistLen` (r:1 w:1)
	/// Proof: `Clusters::BlacklistLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn blacklist_add() -> Weight {
		// Proof size: measured `1171`, estimated `4039`.
		// Fastest run: 50_184_000 ps.
		Weight::from_parts(96_771_000, 4039)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Blacklists` (r:1 w:1)
	/// Proof: `Clusters::Blacklists` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::BlacklistLen` (r:1 w:1)
	/// Proof: `Clusters::BlacklistLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn blacklist_remove() -> Weight {
		// Proof size: measured `692`, estimated `4039`.
		// Fastest run: 42_099_000 ps.
		Weight::from_parts(76_894_000, 4039)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	fn set_volunteer() -> Weight {
		Self::blacklist_remove()
	}
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusters` (r:8 w:8)
	/// Proof: `Clusters::NodeClusters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusterCount` (r:8 w:8)
	/// Proof: `Clusters::NodeClusterCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(193), added: 2668, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:0 w:1)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterLoads` (r:0 w:1)
	/// Proof: `Clusters::ClusterLoads` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	fn dissolve_cluster(m: u32, ) -> Weight {
		// Proof size: measured `540 + m * 118`, estimated `3935 + m * 2499`.
		// Fastest run: 148_178_000 ps.
		Weight::from_parts(193_159_776, 3935)
			.saturating_add(Weight::from_parts(21_410_678, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2499).saturating_mul(m.into()))
	}
	/// Storage: `Clusters::DeadlineCursor` (r:1 w:1)
	/// Proof: `Clusters::DeadlineCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Deadlines` (r:1 w:0)
	/// Proof: `Clusters::Deadlines` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::DepartureCursor` (r:1 w:1)
	/// Proof: `Clusters::DepartureCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Departures` (r:1 w:0)
	/// Proof: `Clusters::Departures` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:1 w:0)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Migrations` (r:1 w:0)
	/// Proof: `Clusters::Migrations` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	fn on_initialize_idle() -> Weight {
		// Proof size: measured `157`, estimated `3494`.
		// Fastest run: 27_001_000 ps.
		Weight::from_parts(49_253_000, 3494)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusters` (r:7 w:7)
	/// Proof: `Clusters::NodeClusters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusterCount` (r:7 w:7)
	/// Proof: `Clusters::NodeClusterCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(193), added: 2668, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Deadlines` (r:0 w:1)
	/// Proof: `Clusters::Deadlines` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:0 w:1)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterLoads` (r:0 w:1)
	/// Proof: `Clusters::ClusterLoads` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	fn lapse_invitations(m: u32, ) -> Weight {
		// Proof size: measured `498 + m * 86`, estimated `3935 + m * 1544`.
		// Fastest run: 88_166_000 ps.
		Weight::from_parts(117_648_459, 3935)
			.saturating_add(Weight::from_parts(7_854_616, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 1544).saturating_mul(m.into()))
	}
	fn lapse_keying(m: u32, ) -> Weight {
		Self::lapse_invitations(m)
	}
	/// Storage: `Clusters::Jces` (r:1 w:1)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn lapse_decision() -> Weight {
		// Proof size: measured `416`, estimated `3748`.
		// Fastest run: 36_017_000 ps.
		Weight::from_parts(57_157_000, 3748)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Clusters::Clusters` (r:1 w:2)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterJces` (r:64 w:0)
	/// Proof: `Clusters::ClusterJces` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Jces` (r:64 w:0)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:5 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:7 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusterCount` (r:12 w:9)
	/// Proof: `Clusters::NodeClusterCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Blacklists` (r:197 w:0)
	/// Proof: `Clusters::Blacklists` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusters` (r:17 w:16)
	/// Proof: `Clusters::NodeClusters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NextClusterId` (r:1 w:1)
	/// Proof: `Clusters::NextClusterId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:2 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(193), added: 2668, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Migrations` (r:0 w:1)
	/// Proof: `Clusters::Migrations` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:0 w:1)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterLoads` (r:0 w:1)
	/// Proof: `Clusters::ClusterLoads` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	/// Component `j` ranges over `[0, 64]`.
	fn fork(m: u32, j: u32, ) -> Weight {
		// Proof size: measured `3264 + j * 119 + m * 175`, estimated `18798 + j * 7542 + m * 15505`.
		// Fastest run: 437_891_000 ps.
		Weight::from_parts(186_824_448, 18798)
			.saturating_add(Weight::from_parts(97_621_491, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(31_658_283, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(45))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes(13))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 7542).saturating_mul(j.into()))
			.saturating_add(Weight::from_parts(0, 15505).saturating_mul(m.into()))
	}
	/// Storage: `Clusters::ClusterJces` (r:8 w:16)
	/// Proof: `Clusters::ClusterJces` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:2 w:2)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Jces` (r:8 w:8)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Migrations` (r:0 w:1)
	/// Proof: `Clusters::Migrations` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 8]`.
	fn migrate_jces(n: u32, ) -> Weight {
		// Proof size: measured `940 + n * 115`, estimated `6880 + n * 2758`.
		// Fastest run: 64_320_000 ps.
		Weight::from_parts(73_374_364, 6880)
			.saturating_add(Weight::from_parts(26_043_865, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2758).saturating_mul(n.into()))
	}
	/// Storage: `Clusters::Jces` (r:1 w:1)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:4 w:0)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(470), added: 2945, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:4 w:0)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:32 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(574), added: 3049, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterLoads` (r:4 w:1)
	/// Proof: `Clusters::ClusterLoads` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 4]`.
	/// Component `m` ranges over `[2, 8]`.
	fn placement(c: u32, m: u32, ) -> Weight {
		// Proof size: measured `0 + c * 2561 + m * 1209`, estimated `25382 + c * 5961 + m * 2037`.
		// Fastest run: 207_950_000 ps.
		Weight::from_parts(327_575_000, 25382)
			.saturating_add(Weight::from_parts(59_075_024, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(17_617_207, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(18))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 5961).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2037).saturating_mul(m.into()))
	}
	fn note_fault(c: u32, ) -> Weight {
		Self::placement(c, 8)
	}
}

/// The same weights priced with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn create_cluster(m: u32, s: u32, ) -> Weight {
		Weight::from_parts(185_362_956, 6078)
			.saturating_add(Weight::from_parts(23_916_101, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(ParityDbWeight::get().writes(5))
			.saturating_add(Weight::from_parts(0, 3049).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(0, 3049).saturating_mul(s.into()))
	}
	fn accept_invitation(m: u32, ) -> Weight {
		Weight::from_parts(69_299_045, 4039)
			.saturating_add(Weight::from_parts(3_828_947, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn decline_invitation(m: u32, ) -> Weight {
		Weight::from_parts(71_105_727, 4039)
			.saturating_add(Weight::from_parts(25_157_866, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(4))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 1544).saturating_mul(m.into()))
	}
	fn submit_key_share(m: u32, ) -> Weight {
		Weight::from_parts(630_828_490, 13710)
			.saturating_add(Weight::from_parts(50_644_975, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn increase_capacity() -> Weight {
		Weight::from_parts(38_922_000, 3935)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn announce_exit() -> Weight {
		Weight::from_parts(124_955_000, 4039)
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn report_member() -> Weight {
		Weight::from_parts(122_961_000, 11166)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn create_jce(c: u32, m: u32, ) -> Weight {
		Weight::from_parts(123_186_490, 41566)
			.saturating_add(Weight::from_parts(49_554_786, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(24_306_072, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(21))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(4))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 9916).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 3388).saturating_mul(m.into()))
	}
	fn approve_jce(m: u32, ) -> Weight {
		Weight::from_parts(74_693_126, 4039)
			.saturating_add(Weight::from_parts(4_669_868, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn reject_jce() -> Weight {
		Weight::from_parts(114_635_000, 4039)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn close_jce(c: u32, ) -> Weight {
		Weight::from_parts(130_745_847, 3748)
			.saturating_add(Weight::from_parts(23_294_544, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2945).saturating_mul(c.into()))
	}
	fn blacklist_add() -> Weight {
		Weight::from_parts(96_771_000, 4039)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn blacklist_remove() -> Weight {
		Weight::from_parts(76_894_000, 4039)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn set_volunteer() -> Weight {
		Self::blacklist_remove()
	}
	fn dissolve_cluster(m: u32, ) -> Weight {
		Weight::from_parts(193_159_776, 3935)
			.saturating_add(Weight::from_parts(21_410_678, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(5))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2499).saturating_mul(m.into()))
	}
	fn on_initialize_idle() -> Weight {
		Weight::from_parts(49_253_000, 3494)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn lapse_invitations(m: u32, ) -> Weight {
		Weight::from_parts(117_648_459, 3935)
			.saturating_add(Weight::from_parts(7_854_616, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(4))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 1544).saturating_mul(m.into()))
	}
	fn lapse_keying(m: u32, ) -> Weight {
		Self::lapse_invitations(m)
	}
	fn lapse_decision() -> Weight {
		Weight::from_parts(57_157_000, 3748)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn fork(m: u32, j: u32, ) -> Weight {
		Weight::from_parts(186_824_448, 18798)
			.saturating_add(Weight::from_parts(97_621_491, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(31_658_283, 0).saturating_mul(j.into()))
			.saturating_add(ParityDbWeight::get().reads(45))
			.saturating_add(ParityDbWeight::get().reads((8_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(j.into())))
			.saturating_add(ParityDbWeight::get().writes(13))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 7542).saturating_mul(j.into()))
			.saturating_add(Weight::from_parts(0, 15505).saturating_mul(m.into()))
	}
	fn migrate_jces(n: u32, ) -> Weight {
		Weight::from_parts(73_374_364, 6880)
			.saturating_add(Weight::from_parts(26_043_865, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2758).saturating_mul(n.into()))
	}
	fn placement(c: u32, m: u32, ) -> Weight {
		Weight::from_parts(327_575_000, 25382)
			.saturating_add(Weight::from_parts(59_075_024, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(17_617_207, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(18))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 5961).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2037).saturating_mul(m.into()))
	}
	fn note_fault(c: u32, ) -> Weight {
		Self::placement(c, 8)
	}
}
