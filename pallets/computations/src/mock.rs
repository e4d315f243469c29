//! A mock runtime for the computation-queue tests: balances, the seed and this pallet. Node
//! staking is the shared mock registry (`corex_test_utils::nodes`): nodes with a settable status,
//! class, tier, capacity, reputation and stake, their misses and probe results recorded. The
//! other peers (rewards, demand, the proofs hand-off, JCEs) are recorded here.

use crate::{self as pallet_computations, *};
pub use corex_test_utils::nodes::{
	misses, mock_node, next_epoch, operator, probe_results, remove_node, reward_account, set_node,
	update_node, worker, IdentityWorker, MockNodes,
};
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{fungible::Mutate, tokens::Preservation, ConstU128, ConstU32, ConstU64, Hooks},
};
use sp_runtime::{DispatchError, DispatchResult, Perbill};
use std::cell::RefCell;

pub use corex_test_utils::nodes::{AccountId, Balance};

frame_support::parameter_types! {
	/// No limit on the weight of a block's timers, unless a test sets one.
	pub static TimerWeightLimit: frame_support::weights::Weight =
		frame_support::weights::Weight::MAX;
}

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Seed: pallet_seed,
		Computations: pallet_computations,
	}
);

corex_test_utils::system_with_balances!(Test, existential_deposit = 1);

/// The customer of most tests.
pub const ALICE: AccountId = 1;
/// Another customer.
pub const BOB: AccountId = 2;
pub const START_BALANCE: Balance = 1_000_000_000;
pub const DEFINITION_DEPOSIT: Balance = 1_000;
pub const JOB_DEPOSIT: Balance = 500;
pub const BASE_FEE: Balance = 2;
pub const WINDOW: u64 = 5;
/// Where the protocol fee goes (the mining pool's account in the runtime).
pub const POOL: AccountId = 99;

thread_local! {
	pub static CLUSTER_FAULTS: RefCell<Vec<(corex_primitives::JceId, NodeId)>> = const { RefCell::new(Vec::new()) };
	pub static COMMITTED: RefCell<Vec<ComputationId>> = const { RefCell::new(Vec::new()) };
	pub static DEMAND: RefCell<ComputeUnits> = const { RefCell::new(0) };
}

/// Add or replace an active GPU node of tier 1 with `capacity`.
pub fn add_node(node: NodeId, capacity: ComputeUnits) {
	set_node(node, |n| n.capacity = capacity);
}

/// The faults counted against nodes in their JCE's cluster: JCE, node.
pub fn cluster_faults() -> Vec<(corex_primitives::JceId, NodeId)> {
	CLUSTER_FAULTS.with(|s| s.borrow().clone())
}

pub fn committed_hand_offs() -> Vec<ComputationId> {
	COMMITTED.with(|s| s.borrow().clone())
}

pub fn demand() -> ComputeUnits {
	DEMAND.with(|d| *d.borrow())
}

/// The other pallets, as the queue calls them: node staking's rewards, the pool's demand, the
/// proofs pallet's hand-off, the slot author, and the benchmarks' set-up.
pub struct Peers;

impl NodeRewards<AccountId, Balance> for Peers {
	fn credit_reward(node: NodeId, source: &AccountId, amount: Balance) -> DispatchResult {
		let n = mock_node(node).ok_or(DispatchError::Other("no such node"))?;
		if n.stake == 0 {
			return Err(DispatchError::Other("no counted stake"));
		}
		Balances::transfer(source, &reward_account(node), amount, Preservation::Preserve)?;
		Ok(())
	}
}

impl ContributionRecorder<Balance> for Peers {
	fn record_contribution(
		_node: NodeId,
		_path: corex_primitives::RewardPath,
		_cu: ComputeUnits,
		_backing: Balance,
	) -> DispatchResult {
		Ok(())
	}
	fn record_demand(cu: ComputeUnits) {
		DEMAND.with(|d| *d.borrow_mut() += cu);
	}
}

impl OnResultsCommitted for Peers {
	fn on_results_committed(id: ComputationId) {
		COMMITTED.with(|c| c.borrow_mut().push(id));
	}
	fn weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

/// The one JCE of the mock (id 7, owned by Alice, definition 0 allowed): its terms, where it is
/// placed (if anywhere), and what the queue told it.
pub const JCE: corex_primitives::JceId = 7;

thread_local! {
	pub static PLACEMENT: RefCell<Option<corex_primitives::Placement<Balance>>> = const { RefCell::new(None) };
	pub static PLACED: RefCell<Vec<(corex_primitives::ClusterId, ComputeUnits)>> = const { RefCell::new(Vec::new()) };
	pub static ENDED: RefCell<Vec<bool>> = const { RefCell::new(Vec::new()) };
}

pub fn set_placement(cluster: corex_primitives::ClusterId, members: Vec<NodeId>, price: Balance) {
	PLACEMENT.with(|p| {
		*p.borrow_mut() =
			Some(corex_primitives::Placement { cluster, members, price_per_cu: price })
	});
}
pub fn clear_placement() {
	PLACEMENT.with(|p| *p.borrow_mut() = None);
}
pub fn placed() -> Vec<(corex_primitives::ClusterId, ComputeUnits)> {
	PLACED.with(|p| p.borrow().clone())
}
pub fn ended() -> Vec<bool> {
	ENDED.with(|e| e.borrow().clone())
}

pub struct MockJces;
impl corex_primitives::JcePlacement<AccountId, Balance> for MockJces {
	fn admit(
		who: &AccountId,
		jce: corex_primitives::JceId,
		definition: u32,
	) -> Result<corex_primitives::JceTerms<Balance>, DispatchError> {
		if jce != JCE || *who != ALICE || definition != 0 {
			return Err(DispatchError::Other("not admitted"));
		}
		Ok(corex_primitives::JceTerms { fee_per_cu: 5, redundancy: 3 })
	}
	fn placement(
		jce: corex_primitives::JceId,
		_cu: ComputeUnits,
	) -> Option<corex_primitives::Placement<Balance>> {
		(jce == JCE).then(|| PLACEMENT.with(|p| p.borrow().clone())).flatten()
	}
	fn note_placed(
		_jce: corex_primitives::JceId,
		cluster: corex_primitives::ClusterId,
		cu: ComputeUnits,
	) {
		PLACED.with(|p| p.borrow_mut().push((cluster, cu)));
	}
	fn note_ended(_jce: corex_primitives::JceId, verified: bool) {
		ENDED.with(|e| e.borrow_mut().push(verified));
	}
	fn note_fault(jce: corex_primitives::JceId, node: NodeId) {
		CLUSTER_FAULTS.with(|f| f.borrow_mut().push((jce, node)));
	}
	fn placement_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
	fn note_fault_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

parameter_types! {
	pub static ProbeSamples: u32 = 64;
	pub static ProbeWindow: u64 = 5;
	pub static ProbeInterval: u32 = 4;
	/// No routine probes unless a test allows them.
	pub static ProbesPerEpoch: u32 = 0;
	pub static BaseFeePerCu: Balance = BASE_FEE;
	pub static MinRedundancy: u8 = 1;
	pub static ExecutionWindow: u64 = WINDOW;
	pub static MaxAssignmentsPerBlock: u32 = 4;
	pub static RetryDelay: u64 = 1;
	pub static AssignmentDelay: u64 = 1;
	pub static MissedWindowPenalty: Reputation = 50;
	pub static MissedWindowSlash: Perbill = Perbill::from_percent(1);
	pub static UnavailableFee: Perbill = Perbill::from_percent(10);
	pub static ProtocolFee: Perbill = Perbill::from_percent(10);
	pub const Pool: AccountId = POOL;
	pub static MaxLossIncrease: Perbill = Perbill::from_percent(10);
	pub static MaxQueueLength: u32 = 8;
}

impl pallet_computations::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Nodes = MockNodes;
	type AccountToWorker = IdentityWorker;
	type Reputation = MockNodes;
	type Rewards = Peers;
	type Demand = Peers;
	type OnCommitted = Peers;
	type Jces = MockJces;
	type Randomness = Seed;
	type BaseFeePerCu = BaseFeePerCu;
	type MinRedundancy = MinRedundancy;
	type ExecutionWindow = ExecutionWindow;
	type MaxAssignmentsPerBlock = MaxAssignmentsPerBlock;
	type RetryDelay = RetryDelay;
	type AssignmentDelay = AssignmentDelay;
	type MaxOutputLen = ConstU32<8192>;
	type MissedWindowPenalty = MissedWindowPenalty;
	type MissedWindowSlash = MissedWindowSlash;
	type UnavailableFee = UnavailableFee;
	type ProtocolFee = ProtocolFee;
	type ProtocolFeeDestination = Pool;
	type MaxLossIncrease = MaxLossIncrease;
	type DefinitionDeposit = ConstU128<DEFINITION_DEPOSIT>;
	type JobDeposit = ConstU128<JOB_DEPOSIT>;
	type MaxQueueLength = MaxQueueLength;
	type MaxRedundancy = ConstU32<4>;
	type MaxInputs = ConstU32<8>;
	type MaxBatchFragments = ConstU32<1_024>;
	type MaxInputSize = ConstU32<{ 1 << 20 }>;
	type MaxDeadline = ConstU64<1_000>;
	type MaxOfferedNodes = ConstU32<16>;
	type MaxCandidates = ConstU32<6>;
	type MaxAssignmentsPerNode = ConstU32<3>;
	type MaxTimersPerBlock = ConstU32<4>;
	type MaxTimerWeight = TimerWeightLimit;
	type MaxResultsPerCall = ConstU32<3>;
	type ProbeSamples = ProbeSamples;
	type ProbeWindow = ProbeWindow;
	type ProbeInterval = ProbeInterval;
	type ProbesPerEpoch = ProbesPerEpoch;
	type MaxShardsPerJob = ConstU32<4>;
	type MaxRounds = ConstU32<5>;
	type MaxJobsPerAccount = ConstU32<2>;
	type MaxRunningJobs = ConstU32<3>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Peers;
}

#[cfg(feature = "runtime-benchmarks")]
impl corex_primitives::NodeBenchmarking for Peers {
	fn active_node(seed: u32) -> Result<NodeId, DispatchError> {
		let id = 1_000 + seed;
		set_node(id, |n| n.capacity = 1_000_000);
		Ok(id)
	}
	fn next_epoch() {
		next_epoch();
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for Peers {
	fn worker_account(node: NodeId) -> AccountId {
		worker(node)
	}
}

// The queue's tests set the seed directly (`set_seed`); no author contributes to it.
corex_test_utils::seed_without_authors!(Test);

/// Make `seed` the chain's seed (the seed pallet's).
pub fn set_seed(seed: [u8; 32]) {
	pallet_seed::RandomSeed::<Test>::put(seed);
}

/// Advance to block `n`, running the pallet's `on_initialize` for each block.
///
/// No seed contribution is made: the seed stays what the test set (`set_seed`).
pub fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		System::set_parent_hash(sp_core::H256::repeat_byte(next as u8));
		Computations::on_initialize(next);
	}
}

impl corex_test_utils::MockChain for Test {
	const NODES: u32 = 3;

	fn reset() {
		corex_test_utils::nodes::reset();
		COMMITTED.with(|s| s.borrow_mut().clear());
		DEMAND.with(|d| *d.borrow_mut() = 0);
		PLACEMENT.with(|p| *p.borrow_mut() = None);
		PLACED.with(|p| p.borrow_mut().clear());
		ENDED.with(|e| e.borrow_mut().clear());
	}

	fn genesis(_nodes: u32, storage: &mut sp_runtime::Storage) {
		let mut balances = vec![(ALICE, START_BALANCE), (BOB, START_BALANCE)];
		for node in 0..16u32 {
			balances.push((operator(node), 1_000));
			balances.push((worker(node), 1_000));
			balances.push((reward_account(node), 1));
		}
		corex_test_utils::endow::<Test>(storage, balances);
	}

	/// `nodes` active GPU nodes, offered.
	fn setup(nodes: u32) {
		for node in 0..nodes {
			add_node(node, 1_000);
			assert_ok!(Computations::offer_node(RuntimeOrigin::signed(operator(node)), node));
		}
	}

	fn invariants() -> Result<(), sp_runtime::TryRuntimeError> {
		Computations::do_try_state()
	}

	/// No test mints or burns.
	fn conserved() -> Option<u128> {
		Some(Balances::total_issuance())
	}
}

/// The queue's test chain: 3 active GPU nodes offered, Alice and Bob funded.
pub type ExtBuilder = corex_test_utils::ExtBuilder<Test>;

/// The queue's own option of its test chain.
pub trait WithProbes {
	/// At most `n` probes an epoch (none by default).
	fn probes(self, n: u32) -> Self;
}

impl WithProbes for ExtBuilder {
	fn probes(self, n: u32) -> Self {
		ProbesPerEpoch::set(n);
		self
	}
}
