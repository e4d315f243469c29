//! A mock runtime for the node-staking tests.

use crate::{self as pallet_node_staking, *};
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, Hooks, WithdrawReasons},
	PalletId,
};
use sp_runtime::Perbill;

pub type AccountId = u64;
pub type Balance = u128;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Vesting: pallet_vesting,
		NodeStaking: pallet_node_staking,
	}
);

pub const ED: Balance = 10;

corex_test_utils::system_with_balances!(Test, existential_deposit = ED);

parameter_types! {
	pub UnvestedFundsAllowedWithdrawReasons: WithdrawReasons =
		WithdrawReasons::except(WithdrawReasons::TRANSFER | WithdrawReasons::RESERVE);
}

pub const MIN_VESTED: Balance = 100;

impl pallet_vesting::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type BlockNumberToBalance = sp_runtime::traits::ConvertInto;
	type MinVestedTransfer = ConstU128<MIN_VESTED>;
	type WeightInfo = ();
	type UnvestedFundsAllowedWithdrawReasons = UnvestedFundsAllowedWithdrawReasons;
	type BlockNumberProvider = System;
	const MAX_VESTING_SCHEDULES: u32 = 3;
}

pub const EPOCH: u64 = 10;
pub const MIN_SELF_BOND: Balance = 1_000;
pub const MIN_DELEGATION: Balance = 100;
pub const STAKE_PER_CU: Balance = 10;

parameter_types! {
	pub const NodeStakingPalletId: PalletId = PalletId(*b"cx/nstak");
	pub storage EpochLength: u64 = EPOCH;
	pub storage MinSelfBond: Balance = MIN_SELF_BOND;
	pub storage MinDelegation: Balance = MIN_DELEGATION;
	pub storage StakePerCu: Balance = STAKE_PER_CU;
	pub storage MaxCommission: Perbill = Perbill::from_percent(50);
	pub storage UnbondingEpochs: EpochIndex = 2;
	pub storage SlashWindowEpochs: EpochIndex = 1;
	pub storage VestingShare: Perbill = Perbill::from_percent(50);
	pub storage VestingPeriod: u64 = 100;
	pub storage ReputationThreshold: Reputation = 200;
	pub storage ReputationDrift: Reputation = 10;
	pub storage Tiers: TierThresholds = TierThresholds { tier2: 100, tier3: 1_000, tier4: 10_000 };
	pub storage RedelegationCooldown: EpochIndex = 2;
	pub LockMenu: LockMenuOf<Test> = frame_support::BoundedVec::truncate_from(vec![
		LockOption { duration: 0, multiplier_percent: 100 },
		LockOption { duration: 30, multiplier_percent: 125 },
		LockOption { duration: 90, multiplier_percent: 150 },
		LockOption { duration: 365, multiplier_percent: 200 },
	]);
}

pub const MAX_DELEGATIONS_PER_NODE: u32 = 4;
pub const MAX_DELEGATIONS_PER_DELEGATOR: u32 = 3;
pub const DEPOSIT_BASE: Balance = 50;
pub const DEPOSIT_PER_BYTE: Balance = 1;

impl pallet_node_staking::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Vesting = Vesting;
	type VestingCurrency = Balances;
	type WorkerKey = u64;
	type PalletId = NodeStakingPalletId;
	type SlashDestination = frame_support::traits::ConstU64<POOL>;
	type EpochLength = EpochLength;
	type MinSelfBond = MinSelfBond;
	type MinDelegation = MinDelegation;
	type StakePerCu = StakePerCu;
	type LockMenu = LockMenu;
	type MaxCommission = MaxCommission;
	type UnbondingEpochs = UnbondingEpochs;
	type SlashWindowEpochs = SlashWindowEpochs;
	type VestingShare = VestingShare;
	type VestingPeriod = VestingPeriod;
	type ReputationThreshold = ReputationThreshold;
	type ReputationDrift = ReputationDrift;
	type MinSuspension = ConstU32<2>;
	type EvictAfter = ConstU32<4>;
	type MaxProbeMisses = ConstU32<3>;
	type FaultMemory = ConstU32<2>;
	type UnresponsiveAfter = ConstU32<3>;
	type TierThresholds = Tiers;
	type RedelegationCooldown = RedelegationCooldown;
	type MaxLockOptions = ConstU32<8>;
	type MaxDelegationsPerNode = ConstU32<MAX_DELEGATIONS_PER_NODE>;
	type MaxDelegationsPerDelegator = ConstU32<MAX_DELEGATIONS_PER_DELEGATOR>;
	type MaxNodesPerOperator = ConstU32<2>;
	type MaxUnbondingChunks = ConstU32<3>;
	type MaxMetadataLen = ConstU32<16>;
	type NodeDepositBase = ConstU128<DEPOSIT_BASE>;
	type NodeDepositPerByte = ConstU128<DEPOSIT_PER_BYTE>;
	type MinVestedReward = ConstU128<MIN_VESTED>;
	type OnFault = RecordFaults;
	type UnpaidRewards = MockUnpaid;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockWorkerKeys;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockWorkerKeys;
#[cfg(feature = "runtime-benchmarks")]
impl BenchmarkHelper<u64> for MockWorkerKeys {
	fn worker_key(seed: u32) -> u64 {
		u64::from(seed).saturating_add(1_000_000)
	}
}

/// Operators.
pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
/// Delegators.
pub const CAROL: AccountId = 3;
pub const DAVE: AccountId = 4;
pub const EVE: AccountId = 5;
pub const FERDIE: AccountId = 6;
/// An account with almost `u128::MAX`.
pub const WHALE: AccountId = 7;
/// The account rewards are credited from, and slashes go to.
pub const POOL: AccountId = 99;

pub const INITIAL: Balance = 1_000_000;

impl corex_test_utils::MockChain for Test {
	fn reset() {
		UNPAID.with(|u| u.borrow_mut().clear());
	}

	fn genesis(_nodes: u32, storage: &mut sp_runtime::Storage) {
		let mut balances: Vec<(AccountId, Balance)> =
			[ALICE, BOB, CAROL, DAVE, EVE, FERDIE].iter().map(|who| (*who, INITIAL)).collect();
		balances.push((POOL, 100 * INITIAL));
		balances.push((WHALE, u128::MAX / 2));
		balances.push((NodeStaking::reward_pot(), ED));
		corex_test_utils::endow::<Test>(storage, balances);
	}

	fn invariants() -> Result<(), sp_runtime::TryRuntimeError> {
		NodeStaking::do_try_state()
	}
}

/// Node staking's test chain: six stakers, the pool and a whale funded; no node yet.
pub type ExtBuilder = corex_test_utils::ExtBuilder<Test>;

/// Run blocks until epoch `epoch` has started.
pub fn roll_to_epoch(epoch: EpochIndex) {
	while NodeStaking::current_epoch() < epoch {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		NodeStaking::on_initialize(next);
	}
}

/// Run blocks until block `n`.
pub fn roll_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		NodeStaking::on_initialize(next);
	}
}

thread_local! {
	/// Nodes node staking reported as faulty (slashed or suspended), in order.
	pub static FAULTS: core::cell::RefCell<Vec<corex_primitives::NodeId>> = const { core::cell::RefCell::new(Vec::new()) };
}

thread_local! {
	/// Nodes the mock mining pool still owes a reward for a closed epoch, and the epoch.
	static UNPAID: core::cell::RefCell<Vec<(corex_primitives::NodeId, corex_primitives::EpochIndex)>> =
		const { core::cell::RefCell::new(Vec::new()) };
}

/// The mining pool as node staking sees it: which nodes are owed a reward for which epoch.
pub struct MockUnpaid;
impl corex_primitives::UnpaidRewards for MockUnpaid {
	fn unpaid_before(node: corex_primitives::NodeId, epoch: corex_primitives::EpochIndex) -> bool {
		UNPAID.with(|u| u.borrow().iter().any(|(n, e)| *n == node && *e < epoch))
	}
}

/// The pool owes `node` its reward for `epoch` (`true`) or has paid it (`false`).
pub fn set_unpaid(node: corex_primitives::NodeId, epoch: corex_primitives::EpochIndex, owed: bool) {
	UNPAID.with(|u| {
		let mut u = u.borrow_mut();
		u.retain(|entry| *entry != (node, epoch));
		if owed {
			u.push((node, epoch));
		}
	});
}

/// Records `OnNodeFault` calls.
pub struct RecordFaults;
impl corex_primitives::OnNodeFault for RecordFaults {
	fn on_node_fault(node: corex_primitives::NodeId) {
		FAULTS.with(|f| f.borrow_mut().push(node));
	}
}

/// The faults recorded so far (and forget them).
pub fn take_faults() -> Vec<corex_primitives::NodeId> {
	FAULTS.with(|f| core::mem::take(&mut *f.borrow_mut()))
}
