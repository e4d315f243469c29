//! A mock runtime for the mining-pool tests. Node staking is mocked through its traits: nodes
//! have a settable reputation, stake and capacity, and credited rewards go to an account per node.

use crate::{self as pallet_mining_pool, *};
use corex_primitives::{DeviceClass, NodeStatus, Reputation, DEFAULT_REPUTATION};
use frame_support::{
	derive_impl, parameter_types,
	traits::{fungible::Mutate, tokens::Preservation, ConstU128, ConstU32, Hooks},
};
use sp_runtime::{BuildStorage, DispatchResult};
use std::{cell::RefCell, collections::BTreeMap};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u128;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		MiningPool: pallet_mining_pool,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

pub const ED: Balance = 1;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type ExistentialDeposit = ConstU128<ED>;
	type AccountStore = System;
}

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

#[derive(Clone, Copy)]
pub struct MockNode {
	pub reputation: Reputation,
	pub stake: Balance,
	pub capacity: ComputeUnits,
	/// Whether credit_reward fails (no counted stake).
	pub refuses: bool,
}

thread_local! {
	pub static EPOCH: RefCell<EpochIndex> = const { RefCell::new(0) };
	pub static NODES: RefCell<BTreeMap<NodeId, MockNode>> = RefCell::new(BTreeMap::new());
}

/// Add or replace a mock node.
pub fn set_node(node: NodeId, reputation: Reputation, stake: Balance, capacity: ComputeUnits) {
	NODES.with(|n| {
		n.borrow_mut().insert(node, MockNode { reputation, stake, capacity, refuses: false })
	});
}

pub fn refuse_rewards(node: NodeId) {
	NODES.with(|n| {
		if let Some(m) = n.borrow_mut().get_mut(&node) {
			m.refuses = true;
		}
	});
}

fn node(id: NodeId) -> Option<MockNode> {
	NODES.with(|n| n.borrow().get(&id).copied())
}

pub struct MockNodes;
impl corex_primitives::EpochClock for MockNodes {
	fn current_epoch() -> EpochIndex {
		EPOCH.with(|e| *e.borrow())
	}
}

impl NodeInfo<AccountId> for MockNodes {
	type WorkerKey = u64;
	type Balance = Balance;
	fn operator(id: NodeId) -> Option<AccountId> {
		node(id).map(|_| node_account(id))
	}
	fn worker_key(id: NodeId) -> Option<u64> {
		node(id).map(|_| u64::from(id))
	}
	fn node_of_worker(key: &u64) -> Option<NodeId> {
		NodeId::try_from(*key).ok().filter(|id| node(*id).is_some())
	}
	fn status(id: NodeId) -> Option<NodeStatus> {
		node(id).map(|_| NodeStatus::Active)
	}
	fn active_capacity(id: NodeId) -> ComputeUnits {
		node(id).map(|n| n.capacity).unwrap_or_default()
	}
	fn device_class(id: NodeId) -> Option<DeviceClass> {
		node(id).map(|_| DeviceClass::Gpu)
	}
	fn tier(id: NodeId) -> Option<u8> {
		node(id).map(|_| 1)
	}
	fn reputation(id: NodeId) -> Option<Reputation> {
		node(id).map(|n| n.reputation)
	}
	fn counted_stake(id: NodeId) -> Balance {
		node(id).map(|n| n.stake).unwrap_or_default()
	}
}

pub struct MockRewards;
impl NodeRewards<AccountId, Balance> for MockRewards {
	fn credit_reward(id: NodeId, source: &AccountId, amount: Balance) -> DispatchResult {
		let n = node(id).ok_or(sp_runtime::DispatchError::Other("no such node"))?;
		if n.refuses {
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
	type BenchmarkHelper = MockNodes;
}

#[cfg(feature = "runtime-benchmarks")]
impl corex_primitives::NodeBenchmarking for MockNodes {
	fn active_node(seed: u32) -> Result<NodeId, sp_runtime::DispatchError> {
		let id = 100 + seed;
		set_node(id, DEFAULT_REPUTATION, 10 * UNIT, 1_000);
		Ok(id)
	}

	fn next_epoch() {
		EPOCH.with(|e| *e.borrow_mut() += 1);
	}
}

pub struct ExtBuilder;

impl ExtBuilder {
	pub fn build() -> sp_io::TestExternalities {
		EPOCH.with(|e| *e.borrow_mut() = 0);
		PayoutsPerBlock::set(2);
		NODES.with(|n| n.borrow_mut().clear());
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		pallet_balances::GenesisConfig::<Test> {
			balances: vec![(POOL, INITIAL_POOL), (PAYER, PAYER_BALANCE)],
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap();
		pallet_mining_pool::GenesisConfig::<Test>::default()
			.assimilate_storage(&mut storage)
			.unwrap();
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			for id in 0..3 {
				set_node(id, DEFAULT_REPUTATION, 0, 1_000);
			}
		});
		ext
	}

	/// Run `test`, then check the pallet's invariants and the fixed issuance.
	pub fn build_and_execute(test: impl FnOnce()) {
		Self::build().execute_with(|| {
			let issuance = Balances::total_issuance();
			test();
			end_block();
			MiningPool::do_try_state().expect("invariants hold after the test");
			assert_eq!(Balances::total_issuance(), issuance, "nothing minted or burned");
		});
	}
}

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
			EPOCH.with(|e| *e.borrow_mut() += 1);
		}
		MiningPool::on_initialize(next);
	}
}

/// Blocks per epoch used by the tests: one hour of 6-second blocks.
pub const EPOCH_BLOCKS: u64 = 600;
