//! Weights of pallet-node-staking. Replaced by `scripts/benchmark.sh`.
#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::weights::Weight;

/// Weights of the pallet's calls, hooks and trait methods.
pub trait WeightInfo {
	fn register_node() -> Weight;
	fn update_node() -> Weight;
	fn announce_exit() -> Weight;
	fn remove_node(n: u32) -> Weight;
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
	fn slash(n: u32) -> Weight;
	fn adjust_reputation() -> Weight;
	fn suspend() -> Weight;
}

pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_node() -> Weight { Weight::zero() }
	fn update_node() -> Weight { Weight::zero() }
	fn announce_exit() -> Weight { Weight::zero() }
	fn remove_node(_n: u32) -> Weight { Weight::zero() }
	fn bond() -> Weight { Weight::zero() }
	fn bond_extra() -> Weight { Weight::zero() }
	fn unbond() -> Weight { Weight::zero() }
	fn withdraw_unbonded() -> Weight { Weight::zero() }
	fn delegate() -> Weight { Weight::zero() }
	fn undelegate() -> Weight { Weight::zero() }
	fn redelegate() -> Weight { Weight::zero() }
	fn set_commission() -> Weight { Weight::zero() }
	fn claim_rewards() -> Weight { Weight::zero() }
	fn on_initialize_same_epoch() -> Weight { Weight::zero() }
	fn on_initialize_new_epoch() -> Weight { Weight::zero() }
	fn credit_reward() -> Weight { Weight::zero() }
	fn slash(_n: u32) -> Weight { Weight::zero() }
	fn adjust_reputation() -> Weight { Weight::zero() }
	fn suspend() -> Weight { Weight::zero() }
}

impl WeightInfo for () {
	fn register_node() -> Weight {
		Weight::zero()
	}
	fn update_node() -> Weight {
		Weight::zero()
	}
	fn announce_exit() -> Weight {
		Weight::zero()
	}
	fn remove_node(_n: u32) -> Weight {
		Weight::zero()
	}
	fn bond() -> Weight {
		Weight::zero()
	}
	fn bond_extra() -> Weight {
		Weight::zero()
	}
	fn unbond() -> Weight {
		Weight::zero()
	}
	fn withdraw_unbonded() -> Weight {
		Weight::zero()
	}
	fn delegate() -> Weight {
		Weight::zero()
	}
	fn undelegate() -> Weight {
		Weight::zero()
	}
	fn redelegate() -> Weight {
		Weight::zero()
	}
	fn set_commission() -> Weight {
		Weight::zero()
	}
	fn claim_rewards() -> Weight {
		Weight::zero()
	}
	fn on_initialize_same_epoch() -> Weight {
		Weight::zero()
	}
	fn on_initialize_new_epoch() -> Weight {
		Weight::zero()
	}
	fn credit_reward() -> Weight {
		Weight::zero()
	}
	fn slash(_n: u32) -> Weight {
		Weight::zero()
	}
	fn adjust_reputation() -> Weight {
		Weight::zero()
	}
	fn suspend() -> Weight {
		Weight::zero()
	}
}
