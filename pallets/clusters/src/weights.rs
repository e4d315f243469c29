//! Weights of `pallet_clusters`: bootstrap declaration, replaced by `scripts/benchmark.sh`.

#![allow(missing_docs)]

use frame_support::weights::Weight;

/// Weight of each benchmarked operation of `pallet_clusters`.
pub trait WeightInfo {
	fn create_cluster(m: u32, s: u32) -> Weight;
	fn accept_invitation(m: u32) -> Weight;
	fn decline_invitation(m: u32) -> Weight;
	fn submit_key_share(m: u32) -> Weight;
	fn increase_capacity() -> Weight;
	fn announce_exit() -> Weight;
	fn report_member() -> Weight;
	fn create_jce(c: u32, m: u32) -> Weight;
	fn approve_jce(m: u32) -> Weight;
	fn reject_jce() -> Weight;
	fn close_jce(c: u32) -> Weight;
	fn blacklist_add() -> Weight;
	fn blacklist_remove() -> Weight;
	fn dissolve_cluster(m: u32) -> Weight;
	fn on_initialize_idle() -> Weight;
	fn lapse_invitations(m: u32) -> Weight;
	fn lapse_decision() -> Weight;
	fn fork(m: u32, j: u32) -> Weight;
	fn migrate_jces(n: u32) -> Weight;
	fn placement(c: u32, m: u32) -> Weight;
}

impl WeightInfo for () {
	fn create_cluster(_m: u32, _s: u32) -> Weight {
		Weight::zero()
	}
	fn accept_invitation(_m: u32) -> Weight {
		Weight::zero()
	}
	fn decline_invitation(_m: u32) -> Weight {
		Weight::zero()
	}
	fn submit_key_share(_m: u32) -> Weight {
		Weight::zero()
	}
	fn increase_capacity() -> Weight {
		Weight::zero()
	}
	fn announce_exit() -> Weight {
		Weight::zero()
	}
	fn report_member() -> Weight {
		Weight::zero()
	}
	fn create_jce(_c: u32, _m: u32) -> Weight {
		Weight::zero()
	}
	fn approve_jce(_m: u32) -> Weight {
		Weight::zero()
	}
	fn reject_jce() -> Weight {
		Weight::zero()
	}
	fn close_jce(_c: u32) -> Weight {
		Weight::zero()
	}
	fn blacklist_add() -> Weight {
		Weight::zero()
	}
	fn blacklist_remove() -> Weight {
		Weight::zero()
	}
	fn dissolve_cluster(_m: u32) -> Weight {
		Weight::zero()
	}
	fn on_initialize_idle() -> Weight {
		Weight::zero()
	}
	fn lapse_invitations(_m: u32) -> Weight {
		Weight::zero()
	}
	fn lapse_decision() -> Weight {
		Weight::zero()
	}
	fn fork(_m: u32, _j: u32) -> Weight {
		Weight::zero()
	}
	fn migrate_jces(_n: u32) -> Weight {
		Weight::zero()
	}
	fn placement(_c: u32, _m: u32) -> Weight {
		Weight::zero()
	}
}

/// Bootstrap only: replaced by the generated file.
pub struct SubstrateWeight<T>(core::marker::PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn create_cluster(_m: u32, _s: u32) -> Weight {
		Weight::zero()
	}
	fn accept_invitation(_m: u32) -> Weight {
		Weight::zero()
	}
	fn decline_invitation(_m: u32) -> Weight {
		Weight::zero()
	}
	fn submit_key_share(_m: u32) -> Weight {
		Weight::zero()
	}
	fn increase_capacity() -> Weight {
		Weight::zero()
	}
	fn announce_exit() -> Weight {
		Weight::zero()
	}
	fn report_member() -> Weight {
		Weight::zero()
	}
	fn create_jce(_c: u32, _m: u32) -> Weight {
		Weight::zero()
	}
	fn approve_jce(_m: u32) -> Weight {
		Weight::zero()
	}
	fn reject_jce() -> Weight {
		Weight::zero()
	}
	fn close_jce(_c: u32) -> Weight {
		Weight::zero()
	}
	fn blacklist_add() -> Weight {
		Weight::zero()
	}
	fn blacklist_remove() -> Weight {
		Weight::zero()
	}
	fn dissolve_cluster(_m: u32) -> Weight {
		Weight::zero()
	}
	fn on_initialize_idle() -> Weight {
		Weight::zero()
	}
	fn lapse_invitations(_m: u32) -> Weight {
		Weight::zero()
	}
	fn lapse_decision() -> Weight {
		Weight::zero()
	}
	fn fork(_m: u32, _j: u32) -> Weight {
		Weight::zero()
	}
	fn migrate_jces(_n: u32) -> Weight {
		Weight::zero()
	}
	fn placement(_c: u32, _m: u32) -> Weight {
		Weight::zero()
	}
}
