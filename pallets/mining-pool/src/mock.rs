//! A mock runtime for the mining-pool tests. Node staking is the shared mock registry
//! (`corex_test_utils::nodes`): nodes have a settable reputation, stake and capacity; credited
//! rewards go to an account per node.

use crate::{self as pallet_mining_pool, *};
use corex_primitives::{Reputation, DEFAULT_REPUTATION};
pub use corex_test_utils::nodes::MockNodes;
use frame_support::{
	derive_impl, parameter_types,
	traits::{fungible::Mutate, tokens::Preservation, ConstU32, Hooks},
};
use sp_runtime::{BuildStorage, DispatchResult};
use std::cell::RefCell;

pub use corex_test_utils::nodes::{AccountId, Balance};

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		MiningPool: pallet_mining_pool,
	}
);

pub const ED: Balance = 1;

corex_test_utils::system_with_balances!(Test, existential_deposit = ED);

/// The pool account.
pub const POOL: AccountId = 1;
/// The pool's genesis balance: 100,000,000 CXT of 10^12 plancks.
pub const INITIAL_POOL: Balance = 100_000_000 * 1_000_000_000_000;
/// Stake unit of the boost: 1,000 CXT.
pub const UNIT: Balance = 1_000 * 1_000_000_000_000;
pub const CLAIM_EPOCHS: u32 = 3;
/// Account 2, which pays "fees" into the pool in the tests.
pub const PAYER: AccountId = 2;
pub const PAYER_BALANCE: Balance = 1_000_000 * 1_000_000_000_000;

/// Where node `n`'s rewards land in the mock.
pub fn node_account(node: NodeId) -> AccountId {
	1_000 + u64::from(node)
}

thread_local! {
	/// Nodes whose rewards cannot be credited (no counted stake).
	static REFUSING: RefCell<Vec<NodeId>> = const { RefCell::new(Vec::new()) };
}

/// Add or replace an active node with these facts (one whose rewards can be credited).
pub fn set_node(node: NodeId, reputation: Reputation, stake: Balance, capacity: ComputeUnits) {
	REFUSING.with(|r| r.borrow_mut().retain(|n| *n != node));
	corex_test_utils::nodes::set_node(node, |n| {
		n.reputation = reputation;
		n.stake = stake;
		n.capacity = capacity;
	});
}

/// Make crediting `node`'s rewards fail, as node staking does for a node without counted stake.
pub fn refuse_rewards(node: NodeId) {
	REFUSING.with(|r| r.borrow_mut().push(node));
}

/// Node staking's rewards: credited to the node's account in the mock.
pub struct MockRewards;
impl NodeRewards<AccountId, Balance> for MockRewards {
	fn credit_reward(id: NodeId, source: &AccountId, amount: Balance) -> DispatchResult {
		corex_test_utils::nodes::mock_node(id)
			.ok_or(sp_runtime::DispatchError::Other("no such node"))?;
		if REFUSING.with(|r| r.borrow().contains(&id)) {
			return Err(sp_runtime::DispatchError::Other("no counted stake"));
		}
		Balances::transfer(source, &node_account(id), amount, Preservation::Preserve)?;
		Ok(())
	}
}

parameter_types! {
	/// Records the hook pays per block; a test sets 0 to claim by hand (never 0 in a runtime).
	pub static PayoutsPerBlock: u32 = 2;
	pub const PoolAccount: AccountId = POOL;
	pub const StakeUnit: Balance = UNIT;
	pub const FixedSupply: Balance = INITIAL_POOL + PAYER_BALANCE;
}

impl pallet_mining_pool::Config for Test {
	type Currency = Balances;
	type PoolAccount = PoolAccount;
	type Nodes = MockNodes;
	type Rewards = MockRewards;
	type FixedSupply = FixedSupply;
	type StakeUnit = StakeUnit;
	type ClaimEpochs = ConstU32<CLAIM_EPOCHS>;
	type PayoutsPerBlock = PayoutsPerBlock;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockRewards;
}

#[cfg(feature = "runtime-benchmarks")]
impl corex_primitives::NodeBenchmarking for MockRewards {
	fn active_node(seed: u32) -> Result<NodeId, sp_runtime::DispatchError> {
		let id = 100 + seed;
		set_node(id, DEFAULT_REPUTATION, 10 * UNIT, 1_000);
		Ok(id)
	}

	fn next_epoch() {
		corex_test_utils::nodes::next_epoch();
	}
}

impl corex_test_utils::MockChain for Test {
	const NODES: u32 = 3;

	fn reset() {
		corex_test_utils::nodes::reset();
		REFUSING.with(|r| r.borrow_mut().clear());
		PayoutsPerBlock::set(2);
	}

	fn genesis(_nodes: u32, storage: &mut sp_runtime::Storage) {
		corex_test_utils::endow::<Test>(
			storage,
			vec![(POOL, INITIAL_POOL), (PAYER, PAYER_BALANCE)],
		);
		pallet_mining_pool::GenesisConfig::<Test>::default().assimilate_storage(storage).unwrap();
	}

	/// `nodes` nodes of default reputation, each with 1,000 counted stake.
	fn setup(nodes: u32) {
		for id in 0..nodes {
			set_node(id, DEFAULT_REPUTATION, 0, 1_000);
		}
	}

	/// The block is ended first: the pallet books what flowed into the pool.
	fn invariants() -> Result<(), sp_runtime::TryRuntimeError> {
		end_block();
		MiningPool::do_try_state()
	}

	/// The supply is fixed: nothing is minted or burnt.
	fn conserved() -> Option<u128> {
		Some(Balances::total_issuance())
	}
}

/// The pool's test chain: the pool and a payer funded, three nodes.
pub type ExtBuilder = corex_test_utils::ExtBuilder<Test>;

/// End the current block: the pallet books what flowed into the pool.
pub fn end_block() {
	MiningPool::on_finalize(System::block_number());
}

/// Pay `amount` into the pool from `PAYER`, as fees, dust or slashes would.
pub fn pay_into_pool(amount: Balance) {
	Balances::transfer(&PAYER, &POOL, amount, Preservation::Preserve).unwrap();
}

/// Advance `blocks` blocks inside the current epoch, running the hooks.
pub fn next_epoch_without_change(blocks: u64) {
	for _ in 0..blocks {
		end_block();
		let next = System::block_number() + 1;
		System::set_block_number(next);
		MiningPool::on_initialize(next);
	}
}

/// End the block, advance `blocks` blocks, then start the next epoch (as node staking would) and
/// run the hooks.
pub fn next_epoch(blocks: u64) {
	let target = System::block_number() + blocks;
	while System::block_number() < target {
		end_block();
		let next = System::block_number() + 1;
		System::set_block_number(next);
		if next == target {
			corex_test_utils::nodes::next_epoch();
		}
		MiningPool::on_initialize(next);
	}
}

/// Blocks per epoch used by the tests: one hour of 6-second blocks.
pub const EPOCH_BLOCKS: u64 = 600;
