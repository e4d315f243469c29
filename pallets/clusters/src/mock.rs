//! A mock runtime for the clusters tests: balances and this pallet, with node staking and the
//! queue's ranking mocked through their traits. Slashes are recorded.

use crate::{self as pallet_clusters, *};
use corex_primitives::{NodeStatus, SlashOutcome, SlashReason};
pub use corex_test_utils::nodes::{
	operator, set_epoch, set_operator, set_status, worker, IdentityWorker, MockNodes,
};
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, Hooks},
};
use sp_runtime::{DispatchError, Perbill};
use std::cell::RefCell;

pub use corex_test_utils::nodes::{AccountId, Balance};

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Clusters: pallet_clusters,
	}
);

corex_test_utils::system_with_balances!(Test, existential_deposit = 1);

/// A cluster owner.
pub const OWNER: AccountId = 1;
/// A customer.
pub const CUSTOMER: AccountId = 2;
/// Another customer.
pub const OTHER: AccountId = 3;
pub const START_BALANCE: Balance = 1_000_000;
pub const CLUSTER_DEPOSIT: Balance = 1_000;
pub const JCE_DEPOSIT: Balance = 100;
pub const INVITATION_WINDOW: u64 = 10;
pub const KEYING_WINDOW: u64 = 5;
pub const DECISION_WINDOW: u64 = 5;
pub const MAX_MEMBERS: u32 = 5;
pub const MAX_BLACKLIST: u32 = 3;
pub const MAX_JCES: u32 = 2;

thread_local! {
	pub static SLASHES: RefCell<Vec<(NodeId, Perbill, SlashReason, bool)>> = const { RefCell::new(Vec::new()) };
	pub static RANKING: RefCell<Vec<NodeId>> = const { RefCell::new(Vec::new()) };
}

pub fn slashes() -> Vec<(NodeId, Perbill, SlashReason, bool)> {
	SLASHES.with(|s| s.borrow().clone())
}
pub fn set_ranking(nodes: Vec<NodeId>) {
	RANKING.with(|r| *r.borrow_mut() = nodes);
}

/// Node staking's slashes, as the clusters pallet asks for them (recorded).
pub struct MockSlashing;

impl NodeSlashing<AccountId, Balance> for MockSlashing {
	fn slash(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		_destination: Option<&AccountId>,
	) -> Result<SlashOutcome<Balance>, DispatchError> {
		SLASHES.with(|s| s.borrow_mut().push((node, fraction, reason, false)));
		Ok(SlashOutcome { delegations: fraction.mul_floor(10_000), ..Default::default() })
	}
	fn slash_self_bond(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		_destination: Option<&AccountId>,
	) -> Result<SlashOutcome<Balance>, DispatchError> {
		SLASHES.with(|s| s.borrow_mut().push((node, fraction, reason, true)));
		Ok(SlashOutcome { self_bond: fraction.mul_floor(5_000), ..Default::default() })
	}
	fn slash_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

pub struct MockRanking;
impl NodeRanking for MockRanking {
	fn best_nodes(exclude: &[NodeId], limit: u32) -> Vec<NodeId> {
		RANKING.with(|r| {
			r.borrow()
				.iter()
				.filter(|n| !exclude.contains(n))
				.take(limit as usize)
				.copied()
				.collect()
		})
	}
}

parameter_types! {
	pub static PlannedCharge: Perbill = Perbill::from_percent(1);
	pub static ForcedCharge: Perbill = Perbill::from_percent(2);
}

impl Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Nodes = MockNodes;
	type AccountToWorker = IdentityWorker;
	type Slashing = MockSlashing;
	type Ranking = MockRanking;
	type ClusterDeposit = ConstU128<CLUSTER_DEPOSIT>;
	type JceDeposit = ConstU128<JCE_DEPOSIT>;
	type InvitationWindow = frame_support::traits::ConstU64<INVITATION_WINDOW>;
	type KeyingWindow = frame_support::traits::ConstU64<KEYING_WINDOW>;
	type DecisionWindow = frame_support::traits::ConstU64<DECISION_WINDOW>;
	type PlannedExitCharge = PlannedCharge;
	type ForcedExitCharge = ForcedCharge;
	type MinMembers = ConstU32<2>;
	type MaxMembers = ConstU32<MAX_MEMBERS>;
	type MaxStandbys = ConstU32<3>;
	type MaxClustersPerNode = ConstU32<2>;
	type EjectAfterFaults = ConstU32<2>;
	type FaultMemory = ConstU32<2>;
	type MaxJcesPerCluster = ConstU32<MAX_JCES>;
	type MaxClustersPerJce = ConstU32<3>;
	type MaxDefinitions = ConstU32<4>;
	type MaxBlacklist = ConstU32<MAX_BLACKLIST>;
	type MaxAutoCandidates = ConstU32<4>;
	type MaxTasksPerBlock = ConstU32<2>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBench;
}

#[cfg(feature = "runtime-benchmarks")]
pub struct MockBench;
#[cfg(feature = "runtime-benchmarks")]
impl corex_primitives::NodeBenchmarking for MockBench {
	fn active_node(seed: u32) -> Result<NodeId, DispatchError> {
		set_status(seed, NodeStatus::Active);
		<Balances as frame_support::traits::fungible::Mutate<AccountId>>::set_balance(
			&operator(seed),
			START_BALANCE,
		);
		Ok(seed)
	}
	fn next_epoch() {
		set_epoch(MockNodes::current_epoch().saturating_add(1));
	}
}
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockBench {
	fn worker_account(node: NodeId) -> AccountId {
		worker(node)
	}
	fn deactivate(node: NodeId) {
		set_status(node, NodeStatus::Suspended);
	}
}

/// Run to block `n`, calling the hook of each block.
pub fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Clusters::on_initialize(next);
	}
}

impl corex_test_utils::MockChain for Test {
	const NODES: u32 = 8;

	fn reset() {
		corex_test_utils::nodes::reset();
		SLASHES.with(|s| s.borrow_mut().clear());
		RANKING.with(|r| r.borrow_mut().clear());
		PlannedCharge::set(Perbill::from_percent(1));
		ForcedCharge::set(Perbill::from_percent(2));
	}

	fn genesis(nodes: u32, storage: &mut sp_runtime::Storage) {
		let mut balances =
			vec![(OWNER, START_BALANCE), (CUSTOMER, START_BALANCE), (OTHER, START_BALANCE)];
		balances.extend((0..nodes).map(|node| (operator(node), START_BALANCE)));
		corex_test_utils::endow::<Test>(storage, balances);
	}

	fn setup(nodes: u32) {
		for node in 0..nodes {
			set_status(node, NodeStatus::Active);
		}
	}

	fn invariants() -> Result<(), sp_runtime::TryRuntimeError> {
		Clusters::do_try_state()
	}
}

/// The clusters' test chain: 8 active nodes, their operators and three other accounts funded.
pub type ExtBuilder = corex_test_utils::ExtBuilder<Test>;
