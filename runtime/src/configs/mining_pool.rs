//! The mining pool (`MiningPool`): the keyless pool account, the fixed supply, and how node
//! staking supplies its nodes and takes its rewards.

use frame_support::{parameter_types, traits::ConstU32};

use super::super::{Balance, Balances, MiningPoolAccount, NodeStaking, Runtime, CXT, TOTAL_SUPPLY};

parameter_types! {
	/// Total issuance, checked by the pool's `try_state`.
	pub const FixedSupply: Balance = TOTAL_SUPPLY;
	/// Stake of the first boost doubling: the minimum self-bond (10,000 CXT) boosts 1.25×, and
	/// the 2.0× cap is reached at 150,000 CXT of counted stake.
	pub const StakeUnit: Balance = 10_000 * CXT;
}

impl pallet_mining_pool::Config for Runtime {
	type Currency = Balances;
	type PoolAccount = MiningPoolAccount;
	type Nodes = NodeStaking;
	type Rewards = NodeStaking;
	type FixedSupply = FixedSupply;
	type StakeUnit = StakeUnit;
	/// A closed epoch's budget can be claimed for a week of one-hour epochs.
	type ClaimEpochs = ConstU32<{ 7 * 24 }>;
	/// The hook pays at most 50 nodes' rewards per block (about 60 ms of a 2 s block by the
	/// benchmarked weight): 30,000 nodes in the first hour-long epoch after one closes.
	type PayoutsPerBlock = ConstU32<50>;
	type WeightInfo = pallet_mining_pool::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = NodeStaking;
}
