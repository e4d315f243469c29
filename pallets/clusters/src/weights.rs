//! Weights of `pallet_clusters`, measured by frame-benchmarking (do not edit by hand).
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
//! `pallet_clusters`
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
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NextClusterId` (r:1 w:1)
	/// Proof: `Clusters::NextClusterId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:2 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Deadlines` (r:0 w:1)
	/// Proof: `Clusters::Deadlines` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:0 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	/// Component `s` ranges over `[0, 4]`.
	fn create_cluster(m: u32, s: u32, ) -> Weight {
		// Proof size: measured `621 + m * 288 + s * 284`, estimated `6078 + m * 3058 + s * 3058`.
		// Fastest run: 84_325_000 ps.
		Weight::from_parts(73_802_788, 6078)
			.saturating_add(Weight::from_parts(4_112_588, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(3_706_714, 0).saturating_mul(s.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(Weight::from_parts(0, 3058).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(0, 3058).saturating_mul(s.into()))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusterCount` (r:1 w:1)
	/// Proof: `Clusters::NodeClusterCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Deadlines` (r:0 w:2)
	/// Proof: `Clusters::Deadlines` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusters` (r:0 w:1)
	/// Proof: `Clusters::NodeClusters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	fn accept_invitation(m: u32, ) -> Weight {
		// Proof size: measured `803 + m * 63`, estimated `4048`.
		// Fastest run: 33_627_000 ps.
		Weight::from_parts(36_898_865, 4048)
			.saturating_add(Weight::from_parts(1_458_508, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusters` (r:7 w:7)
	/// Proof: `Clusters::NodeClusters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusterCount` (r:7 w:7)
	/// Proof: `Clusters::NodeClusterCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Deadlines` (r:0 w:1)
	/// Proof: `Clusters::Deadlines` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:0 w:1)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterLoads` (r:0 w:1)
	/// Proof: `Clusters::ClusterLoads` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	fn decline_invitation(m: u32, ) -> Weight {
		// Proof size: measured `1008 + m * 118`, estimated `4048 + m * 1567`.
		// Fastest run: 70_506_000 ps.
		Weight::from_parts(67_971_384, 4048)
			.saturating_add(Weight::from_parts(8_637_163, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 1567).saturating_mul(m.into()))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::WorkerKeys` (r:1 w:0)
	/// Proof: `NodeStaking::WorkerKeys` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	fn submit_key_share(m: u32, ) -> Weight {
		// Proof size: measured `849 + m * 93`, estimated `13710`.
		// Fastest run: 292_332_000 ps.
		Weight::from_parts(311_480_652, 13710)
			.saturating_add(Weight::from_parts(9_247_289, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(9))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	fn increase_capacity() -> Weight {
		// Proof size: measured `316`, estimated `3975`.
		// Fastest run: 15_514_000 ps.
		Weight::from_parts(21_224_000, 3975)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:1 w:0)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Departures` (r:0 w:1)
	/// Proof: `Clusters::Departures` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn announce_exit() -> Weight {
		// Proof size: measured `1480`, estimated `4048`.
		// Fastest run: 37_021_000 ps.
		Weight::from_parts(42_961_000, 4048)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Clusters::Clusters` (r:1 w:0)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:4 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:1 w:1)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn report_member() -> Weight {
		// Proof size: measured `1487`, estimated `11166`.
		// Fastest run: 37_462_000 ps.
		Weight::from_parts(45_743_000, 11166)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Clusters::Clusters` (r:4 w:4)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NextJceId` (r:1 w:1)
	/// Proof: `Clusters::NextJceId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:1 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Blacklists` (r:64 w:0)
	/// Proof: `Clusters::Blacklists` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Jces` (r:0 w:1)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterJces` (r:0 w:4)
	/// Proof: `Clusters::ClusterJces` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 4]`.
	/// Component `m` ranges over `[2, 8]`.
	fn create_jce(c: u32, m: u32, ) -> Weight {
		// Proof size: measured `0 + c * 659 + m * 238`, estimated `41566 + c * 10299 + m * 3411`.
		// Fastest run: 115_867_000 ps.
		Weight::from_parts(122_257_000, 41566)
			.saturating_add(Weight::from_parts(22_911_665, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(2_552_394, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(21))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 10299).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 3411).saturating_mul(m.into()))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Jces` (r:1 w:1)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Deadlines` (r:0 w:1)
	/// Proof: `Clusters::Deadlines` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterJces` (r:0 w:1)
	/// Proof: `Clusters::ClusterJces` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	fn approve_jce(m: u32, ) -> Weight {
		// Proof size: measured `1009 + m * 80`, estimated `4048`.
		// Fastest run: 41_343_000 ps.
		Weight::from_parts(46_720_858, 4048)
			.saturating_add(Weight::from_parts(1_216_460, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Jces` (r:1 w:1)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:1 w:0)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Deadlines` (r:0 w:1)
	/// Proof: `Clusters::Deadlines` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	fn reject_jce() -> Weight {
		// Proof size: measured `1627`, estimated `4048`.
		// Fastest run: 41_001_000 ps.
		Weight::from_parts(47_384_000, 4048)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Clusters::Jces` (r:1 w:1)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:4 w:4)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterJces` (r:0 w:4)
	/// Proof: `Clusters::ClusterJces` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 4]`.
	fn close_jce(c: u32, ) -> Weight {
		// Proof size: measured `633 + c * 279`, estimated `3748 + c * 2985`.
		// Fastest run: 59_092_000 ps.
		Weight::from_parts(61_040_407, 3748)
			.saturating_add(Weight::from_parts(10_618_986, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2985).saturating_mul(c.into()))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Blacklists` (r:1 w:1)
	/// Proof: `Clusters::Blacklists` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::BlacklistLen` (r:1 w:1)
	/// Proof: `Clusters::BlacklistLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn blacklist_add() -> Weight {
		// Proof size: measured `1217`, estimated `4048`.
		// Fastest run: 30_176_000 ps.
		Weight::from_parts(37_429_000, 4048)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Blacklists` (r:1 w:1)
	/// Proof: `Clusters::Blacklists` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::BlacklistLen` (r:1 w:1)
	/// Proof: `Clusters::BlacklistLen` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	fn blacklist_remove() -> Weight {
		// Proof size: measured `738`, estimated `4048`.
		// Fastest run: 25_574_000 ps.
		Weight::from_parts(31_300_000, 4048)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `NodeStaking::Nodes` (r:1 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Volunteers` (r:1 w:1)
	/// Proof: `Clusters::Volunteers` (`max_values`: None, `max_size`: Some(12), added: 2487, mode: `MaxEncodedLen`)
	fn set_volunteer() -> Weight {
		// Proof size: measured `615`, estimated `4048`.
		// Fastest run: 17_923_000 ps.
		Weight::from_parts(21_166_000, 4048)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusters` (r:8 w:8)
	/// Proof: `Clusters::NodeClusters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusterCount` (r:8 w:8)
	/// Proof: `Clusters::NodeClusterCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:0 w:1)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterLoads` (r:0 w:1)
	/// Proof: `Clusters::ClusterLoads` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	fn dissolve_cluster(m: u32, ) -> Weight {
		// Proof size: measured `573 + m * 123`, estimated `3975 + m * 2499`.
		// Fastest run: 73_741_000 ps.
		Weight::from_parts(68_937_134, 3975)
			.saturating_add(Weight::from_parts(8_093_477, 0).saturating_mul(m.into()))
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
		// Proof size: measured `193`, estimated `3494`.
		// Fastest run: 16_527_000 ps.
		Weight::from_parts(19_644_000, 3494)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusters` (r:7 w:7)
	/// Proof: `Clusters::NodeClusters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusterCount` (r:7 w:7)
	/// Proof: `Clusters::NodeClusterCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Deadlines` (r:0 w:1)
	/// Proof: `Clusters::Deadlines` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:0 w:1)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterLoads` (r:0 w:1)
	/// Proof: `Clusters::ClusterLoads` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	fn lapse_invitations(m: u32, ) -> Weight {
		// Proof size: measured `498 + m * 91`, estimated `3975 + m * 1564`.
		// Fastest run: 55_914_000 ps.
		Weight::from_parts(51_350_418, 3975)
			.saturating_add(Weight::from_parts(7_448_758, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 1564).saturating_mul(m.into()))
	}
	/// Storage: `Clusters::Clusters` (r:1 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusters` (r:8 w:8)
	/// Proof: `Clusters::NodeClusters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusterCount` (r:8 w:8)
	/// Proof: `Clusters::NodeClusterCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:0 w:1)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterLoads` (r:0 w:1)
	/// Proof: `Clusters::ClusterLoads` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	fn lapse_keying(m: u32, ) -> Weight {
		// Proof size: measured `541 + m * 91`, estimated `3975 + m * 2499`.
		// Fastest run: 59_918_000 ps.
		Weight::from_parts(54_801_069, 3975)
			.saturating_add(Weight::from_parts(6_987_229, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(5))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2499).saturating_mul(m.into()))
	}
	/// Storage: `Clusters::Jces` (r:1 w:1)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	fn lapse_decision() -> Weight {
		// Proof size: measured `416`, estimated `3748`.
		// Fastest run: 18_222_000 ps.
		Weight::from_parts(21_883_000, 3748)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Clusters::Clusters` (r:1 w:2)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterJces` (r:64 w:0)
	/// Proof: `Clusters::ClusterJces` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Jces` (r:64 w:0)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:12 w:1)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:7 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusterCount` (r:12 w:9)
	/// Proof: `Clusters::NodeClusterCount` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Blacklists` (r:197 w:0)
	/// Proof: `Clusters::Blacklists` (`max_values`: None, `max_size`: Some(61), added: 2536, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NodeClusters` (r:16 w:16)
	/// Proof: `Clusters::NodeClusters` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::NextClusterId` (r:1 w:1)
	/// Proof: `Clusters::NextClusterId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::ActivationPoints` (r:1 w:1)
	/// Proof: `NodeStaking::ActivationPoints` (`max_values`: None, `max_size`: Some(45), added: 2520, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Positions` (r:2 w:1)
	/// Proof: `NodeStaking::Positions` (`max_values`: None, `max_size`: Some(590), added: 3065, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(229), added: 2704, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::MovedStake` (r:1 w:0)
	/// Proof: `NodeStaking::MovedStake` (`max_values`: None, `max_size`: Some(109), added: 2584, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Records` (r:1 w:1)
	/// Proof: `NodeStaking::Records` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Migrations` (r:0 w:1)
	/// Proof: `Clusters::Migrations` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Deadlines` (r:0 w:1)
	/// Proof: `Clusters::Deadlines` (`max_values`: None, `max_size`: Some(29), added: 2504, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:0 w:1)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterLoads` (r:0 w:1)
	/// Proof: `Clusters::ClusterLoads` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `m` ranges over `[2, 8]`.
	/// Component `j` ranges over `[0, 64]`.
	fn fork(m: u32, j: u32, ) -> Weight {
		// Proof size: measured `3072 + j * 119 + m * 428`, estimated `18798 + j * 7239 + m * 15596`.
		// Fastest run: 277_630_000 ps.
		Weight::from_parts(125_439_639, 18798)
			.saturating_add(Weight::from_parts(41_512_274, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(12_437_235, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(53))
			.saturating_add(T::DbWeight::get().reads((8_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes(15))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 7239).saturating_mul(j.into()))
			.saturating_add(Weight::from_parts(0, 15596).saturating_mul(m.into()))
	}
	/// Storage: `Clusters::ClusterJces` (r:8 w:16)
	/// Proof: `Clusters::ClusterJces` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:2 w:2)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Jces` (r:8 w:8)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Migrations` (r:0 w:1)
	/// Proof: `Clusters::Migrations` (`max_values`: None, `max_size`: Some(17), added: 2492, mode: `MaxEncodedLen`)
	/// Component `n` ranges over `[1, 8]`.
	fn migrate_jces(n: u32, ) -> Weight {
		// Proof size: measured `1053 + n * 115`, estimated `6960 + n * 2758`.
		// Fastest run: 41_070_000 ps.
		Weight::from_parts(39_133_263, 6960)
			.saturating_add(Weight::from_parts(12_084_373, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2758).saturating_mul(n.into()))
	}
	/// Storage: `Clusters::Jces` (r:1 w:1)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:4 w:0)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:4 w:0)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::Nodes` (r:32 w:0)
	/// Proof: `NodeStaking::Nodes` (`max_values`: None, `max_size`: Some(583), added: 3058, mode: `MaxEncodedLen`)
	/// Storage: `Parameters::Parameters` (r:5 w:0)
	/// Proof: `Parameters::Parameters` (`max_values`: None, `max_size`: Some(69), added: 2544, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ClusterLoads` (r:4 w:1)
	/// Proof: `Clusters::ClusterLoads` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 4]`.
	/// Component `m` ranges over `[2, 8]`.
	fn placement(c: u32, m: u32, ) -> Weight {
		// Proof size: measured `0 + c * 2673 + m * 1265`, estimated `25454 + c * 6209 + m * 2057`.
		// Fastest run: 129_692_000 ps.
		Weight::from_parts(137_753_000, 25454)
			.saturating_add(Weight::from_parts(34_558_366, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(8_318_990, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(18))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 6209).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2057).saturating_mul(m.into()))
	}
	/// Storage: `Clusters::Jces` (r:1 w:0)
	/// Proof: `Clusters::Jces` (`max_values`: None, `max_size`: Some(283), added: 2758, mode: `MaxEncodedLen`)
	/// Storage: `NodeStaking::CurrentEpoch` (r:1 w:0)
	/// Proof: `NodeStaking::CurrentEpoch` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::Clusters` (r:4 w:1)
	/// Proof: `Clusters::Clusters` (`max_values`: None, `max_size`: Some(510), added: 2985, mode: `MaxEncodedLen`)
	/// Storage: `Clusters::ForcedForks` (r:1 w:1)
	/// Proof: `Clusters::ForcedForks` (`max_values`: None, `max_size`: Some(16), added: 2491, mode: `MaxEncodedLen`)
	/// Component `c` ranges over `[1, 4]`.
	fn note_fault(c: u32, ) -> Weight {
		// Proof size: measured `670 + c * 487`, estimated `3748 + c * 2985`.
		// Fastest run: 33_621_000 ps.
		Weight::from_parts(30_163_492, 3748)
			.saturating_add(Weight::from_parts(9_055_968, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 2985).saturating_mul(c.into()))
	}
}

/// The same weights priced with ParityDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn create_cluster(m: u32, s: u32, ) -> Weight {
		Weight::from_parts(73_802_788, 6078)
			.saturating_add(Weight::from_parts(4_112_588, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(3_706_714, 0).saturating_mul(s.into()))
			.saturating_add(ParityDbWeight::get().reads(5))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(s.into())))
			.saturating_add(ParityDbWeight::get().writes(5))
			.saturating_add(Weight::from_parts(0, 3058).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(0, 3058).saturating_mul(s.into()))
	}
	fn accept_invitation(m: u32, ) -> Weight {
		Weight::from_parts(36_898_865, 4048)
			.saturating_add(Weight::from_parts(1_458_508, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(5))
	}
	fn decline_invitation(m: u32, ) -> Weight {
		Weight::from_parts(67_971_384, 4048)
			.saturating_add(Weight::from_parts(8_637_163, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(4))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 1567).saturating_mul(m.into()))
	}
	fn submit_key_share(m: u32, ) -> Weight {
		Weight::from_parts(311_480_652, 13710)
			.saturating_add(Weight::from_parts(9_247_289, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(9))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn increase_capacity() -> Weight {
		Weight::from_parts(21_224_000, 3975)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn announce_exit() -> Weight {
		Weight::from_parts(42_961_000, 4048)
			.saturating_add(ParityDbWeight::get().reads(4))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn report_member() -> Weight {
		Weight::from_parts(45_743_000, 11166)
			.saturating_add(ParityDbWeight::get().reads(8))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn create_jce(c: u32, m: u32, ) -> Weight {
		Weight::from_parts(122_257_000, 41566)
			.saturating_add(Weight::from_parts(22_911_665, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(2_552_394, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(21))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(4))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 10299).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 3411).saturating_mul(m.into()))
	}
	fn approve_jce(m: u32, ) -> Weight {
		Weight::from_parts(46_720_858, 4048)
			.saturating_add(Weight::from_parts(1_216_460, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(4))
	}
	fn reject_jce() -> Weight {
		Weight::from_parts(47_384_000, 4048)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn close_jce(c: u32, ) -> Weight {
		Weight::from_parts(61_040_407, 3748)
			.saturating_add(Weight::from_parts(10_618_986, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2985).saturating_mul(c.into()))
	}
	fn blacklist_add() -> Weight {
		Weight::from_parts(37_429_000, 4048)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn blacklist_remove() -> Weight {
		Weight::from_parts(31_300_000, 4048)
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn set_volunteer() -> Weight {
		Weight::from_parts(21_166_000, 4048)
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn dissolve_cluster(m: u32, ) -> Weight {
		Weight::from_parts(68_937_134, 3975)
			.saturating_add(Weight::from_parts(8_093_477, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(5))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2499).saturating_mul(m.into()))
	}
	fn on_initialize_idle() -> Weight {
		Weight::from_parts(19_644_000, 3494)
			.saturating_add(ParityDbWeight::get().reads(7))
			.saturating_add(ParityDbWeight::get().writes(2))
	}
	fn lapse_invitations(m: u32, ) -> Weight {
		Weight::from_parts(51_350_418, 3975)
			.saturating_add(Weight::from_parts(7_448_758, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(4))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 1564).saturating_mul(m.into()))
	}
	fn lapse_keying(m: u32, ) -> Weight {
		Weight::from_parts(54_801_069, 3975)
			.saturating_add(Weight::from_parts(6_987_229, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().writes(5))
			.saturating_add(ParityDbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 2499).saturating_mul(m.into()))
	}
	fn lapse_decision() -> Weight {
		Weight::from_parts(21_883_000, 3748)
			.saturating_add(ParityDbWeight::get().reads(1))
			.saturating_add(ParityDbWeight::get().writes(1))
	}
	fn fork(m: u32, j: u32, ) -> Weight {
		Weight::from_parts(125_439_639, 18798)
			.saturating_add(Weight::from_parts(41_512_274, 0).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(12_437_235, 0).saturating_mul(j.into()))
			.saturating_add(ParityDbWeight::get().reads(53))
			.saturating_add(ParityDbWeight::get().reads((8_u64).saturating_mul(m.into())))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(j.into())))
			.saturating_add(ParityDbWeight::get().writes(15))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 7239).saturating_mul(j.into()))
			.saturating_add(Weight::from_parts(0, 15596).saturating_mul(m.into()))
	}
	fn migrate_jces(n: u32, ) -> Weight {
		Weight::from_parts(39_133_263, 6960)
			.saturating_add(Weight::from_parts(12_084_373, 0).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().reads(2))
			.saturating_add(ParityDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(ParityDbWeight::get().writes(3))
			.saturating_add(ParityDbWeight::get().writes((3_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2758).saturating_mul(n.into()))
	}
	fn placement(c: u32, m: u32, ) -> Weight {
		Weight::from_parts(137_753_000, 25454)
			.saturating_add(Weight::from_parts(34_558_366, 0).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(8_318_990, 0).saturating_mul(m.into()))
			.saturating_add(ParityDbWeight::get().reads(18))
			.saturating_add(ParityDbWeight::get().reads((5_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 6209).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(0, 2057).saturating_mul(m.into()))
	}
	fn note_fault(c: u32, ) -> Weight {
		Weight::from_parts(30_163_492, 3748)
			.saturating_add(Weight::from_parts(9_055_968, 0).saturating_mul(c.into()))
			.saturating_add(ParityDbWeight::get().reads(3))
			.saturating_add(ParityDbWeight::get().reads((1_u64).saturating_mul(c.into())))
			.saturating_add(ParityDbWeight::get().writes(2))
			.saturating_add(Weight::from_parts(0, 2985).saturating_mul(c.into()))
	}
}
