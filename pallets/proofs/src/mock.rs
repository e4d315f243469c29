//! A mock runtime for the proofs tests: the real computation queue and this pallet, with node
//! staking mocked through its traits. Each node's stake sits in its own account, so slashes move
//! real balances; rewards, reputations and contributions are recorded.

use crate::{self as pallet_proofs, *};
use corex_primitives::{ComputeUnits, EpochIndex, RewardPath, SlashOutcome};
pub use corex_test_utils::nodes::{
	mock_node, operator, reward_account, set_epoch, set_node, update_node, verdicts, worker,
	IdentityWorker, MockNodes,
};
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{
		fungible::{Inspect as _, Mutate},
		tokens::Preservation,
		ConstU128, ConstU32, ConstU64, Hooks,
	},
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
		Proofs: pallet_proofs,
	}
);

corex_test_utils::system_with_balances!(Test, existential_deposit = 1);

/// The customer.
pub const ALICE: AccountId = 1;
/// Owner of the definitions.
pub const BOB: AccountId = 2;
/// The mining pool, where slashes go by default.
pub const POOL: AccountId = 999;
pub const START_BALANCE: Balance = 1_000_000_000;
/// Each node's stake.
pub const STAKE: Balance = 100_000;
pub const REVEAL_WINDOW: u64 = 4;
pub const REPLAY_WINDOW: u64 = 6;

/// Where node `n`'s stake sits.
pub fn stake_account(node: NodeId) -> AccountId {
	700 + u64::from(node)
}
thread_local! {
	pub static CONTRIBUTIONS: RefCell<Vec<(NodeId, RewardPath, ComputeUnits, Balance)>> = const { RefCell::new(Vec::new()) };
	pub static SUPPLY: RefCell<Balance> = const { RefCell::new(0) };
}

pub fn reputation(id: NodeId) -> Reputation {
	mock_node(id).map_or(0, |n| n.reputation)
}

pub fn contributions() -> Vec<(NodeId, RewardPath, ComputeUnits, Balance)> {
	CONTRIBUTIONS.with(|c| c.borrow().clone())
}

/// Make `seed` the chain's seed (the seed pallet's).
pub fn set_seed(seed: [u8; 32]) {
	pallet_seed::RandomSeed::<Test>::put(seed);
}

/// The reputation threshold under which the mock suspends a node.
pub const THRESHOLD: Reputation = 300;

/// The other pallets, as the proofs pallet and the queue call them: node staking's slashing and
/// rewards (moving real balances), the pool's contributions, the slot author, and the
/// benchmarks' set-up.
pub struct Peers;

impl NodeSlashing<AccountId, Balance> for Peers {
	fn slash(
		node: NodeId,
		fraction: Perbill,
		_reason: SlashReason,
		destination: Option<&AccountId>,
	) -> Result<SlashOutcome<Balance>, DispatchError> {
		mock_node(node).ok_or(DispatchError::Other("no such node"))?;
		let from = stake_account(node);
		let amount = fraction.mul_floor(Balances::balance(&from));
		let to = destination.copied().unwrap_or(POOL);
		Balances::transfer(&from, &to, amount, Preservation::Expendable)?;
		update_node(node, |n| n.stake = n.stake.saturating_sub(amount));
		Ok(SlashOutcome { self_bond: amount, ..Default::default() })
	}
	fn slash_self_bond(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&AccountId>,
	) -> Result<SlashOutcome<Balance>, DispatchError> {
		<Self as NodeSlashing<AccountId, Balance>>::slash(node, fraction, reason, destination)
	}
	fn slash_for_fault(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&AccountId>,
		fault_epoch: EpochIndex,
	) -> Result<SlashOutcome<Balance>, DispatchError> {
		FAULT_EPOCHS.with(|f| f.borrow_mut().push((node, fault_epoch)));
		<Self as NodeSlashing<AccountId, Balance>>::slash(node, fraction, reason, destination)
	}
	fn slash_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

thread_local! {
	/// The node and fault epoch of every slash the proofs pallet asked for, in order.
	static FAULT_EPOCHS: RefCell<Vec<(NodeId, EpochIndex)>> = const { RefCell::new(Vec::new()) };
}

/// The (node, fault epoch) of the slashes asked for so far (and forget them).
pub fn take_fault_epochs() -> Vec<(NodeId, EpochIndex)> {
	FAULT_EPOCHS.with(|f| core::mem::take(&mut *f.borrow_mut()))
}

impl corex_primitives::NodeRewards<AccountId, Balance> for Peers {
	fn credit_reward(node: NodeId, source: &AccountId, amount: Balance) -> DispatchResult {
		mock_node(node).ok_or(DispatchError::Other("no such node"))?;
		Balances::transfer(source, &reward_account(node), amount, Preservation::Preserve)?;
		Ok(())
	}
}

impl ContributionRecorder<Balance> for Peers {
	fn record_contribution(
		node: NodeId,
		path: RewardPath,
		cu: ComputeUnits,
		backing: Balance,
	) -> DispatchResult {
		CONTRIBUTIONS.with(|c| c.borrow_mut().push((node, path, cu, backing)));
		Ok(())
	}
	fn record_demand(_cu: ComputeUnits) {}
}

pub struct Supply;
impl frame_support::traits::Get<Balance> for Supply {
	fn get() -> Balance {
		SUPPLY.with(|s| *s.borrow())
	}
}

corex_test_utils::seed_without_authors!(Test);

impl pallet_computations::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Nodes = MockNodes;
	type AccountToWorker = IdentityWorker;
	type Reputation = MockNodes;
	type Rewards = Peers;
	type Demand = Peers;
	type OnCommitted = Proofs;
	type Jces = ();
	type Randomness = Seed;
	type BaseFeePerCu = ConstU128<2>;
	type MinRedundancy = MinRedundancy;
	type ExecutionWindow = ConstU64<5>;
	type MaxAssignmentsPerBlock = ConstU32<4>;
	type RetryDelay = frame_support::traits::ConstU64<3>;
	type AssignmentDelay = frame_support::traits::ConstU64<1>;
	type MaxOutputLen = ConstU32<{ 8 * 1024 }>;
	type MissedWindowPenalty = ConstU16<20>;
	type MissedWindowSlash = MissedWindowSlash;
	type UnavailableFee = UnavailableFee;
	type ProtocolFee = ProtocolFee;
	type ProtocolFeeDestination = Pool;
	type MaxLossIncrease = MaxLossIncrease;
	type DefinitionDeposit = ConstU128<1_000>;
	type JobDeposit = ConstU128<500>;
	type MaxQueueLength = ConstU32<16>;
	type MaxRedundancy = ConstU32<4>;
	type MaxInputs = ConstU32<8>;
	type MaxBatchFragments = ConstU32<1_024>;
	type MaxInputSize = ConstU32<{ 1 << 20 }>;
	type MaxDeadline = ConstU64<1_000>;
	type MaxOfferedNodes = ConstU32<16>;
	type MaxCandidates = ConstU32<8>;
	type MaxAssignmentsPerNode = ConstU32<8>;
	type MaxTimersPerBlock = ConstU32<8>;
	type MaxTimerWeight = TimerWeightLimit;
	type MaxResultsPerCall = ConstU32<4>;
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

use frame_support::traits::ConstU16;

parameter_types! {
	pub static ProbeSamples: u32 = 64;
	pub static ProbeWindow: u64 = 5;
	pub static ProbeInterval: u32 = 4;
	/// No routine probes unless a test allows them.
	pub static ProbesPerEpoch: u32 = 0;
	pub static DisputeWindow: u64 = 3;
	pub static DisputeBond: Balance = 1_000;
	pub static MinRedundancy: u8 = 1;
	/// Draws at once unless a test sets a delay (`corex_primitives::seed::DRAW_DELAY`).
	pub static DrawDelay: u64 = 0;
	pub static MissedWindowSlash: Perbill = Perbill::from_percent(1);
	pub static UnavailableFee: Perbill = Perbill::from_percent(10);
	pub static ProtocolFee: Perbill = Perbill::from_percent(10);
	pub const Pool: AccountId = POOL;
	pub static VerifierMissSlash: Perbill = Perbill::from_percent(1);
	pub static MaxLossIncrease: Perbill = Perbill::from_percent(10);
	pub static ReplayRate: Perbill = Perbill::zero();
	pub static FaultSlash: Perbill = Perbill::from_percent(10);
	pub static CustomerShare: Perbill = Perbill::from_percent(50);
	pub static VerifierShare: Perbill = Perbill::from_percent(20);
	/// 16.0 per sample.
	pub static MaxGradientNorm: u32 = 16 << 16;
	pub static MinGradientCosine: Perbill = Perbill::from_percent(20);
}

impl pallet_proofs::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Nodes = MockNodes;
	type AccountToWorker = IdentityWorker;
	type Computations = Computations;
	type Reputation = MockNodes;
	type Slashing = Peers;
	type Contributions = Peers;
	type Randomness = Seed;
	type FixedSupply = Supply;
	type RevealWindow = ConstU64<REVEAL_WINDOW>;
	type ReplayWindow = ConstU64<REPLAY_WINDOW>;
	type DrawDelay = DrawDelay;
	type DisputeWindow = DisputeWindow;
	type DisputeBond = DisputeBond;
	type PoolAccount = Pool;
	type ReplayRate = ReplayRate;
	type VerifiedReward = ConstU16<1>;
	type FaultPenalty = ConstU16<100>;
	type FaultSlash = FaultSlash;
	type CustomerShare = CustomerShare;
	type VerifierShare = VerifierShare;
	type VerifierMissPenalty = ConstU16<10>;
	type VerifierMissSlash = VerifierMissSlash;
	type MaxGradientNorm = MaxGradientNorm;
	type MinGradientCosine = MinGradientCosine;
	type MaxOutputLen = ConstU32<{ 8 * 1024 }>;
	type MaxRevealsPerCall = ConstU32<4>;
	type MaxRedundancy = ConstU32<4>;
	type MaxVectorLen = ConstU32<1024>;
	type MaxTimersPerBlock = ConstU32<4>;
	type MaxTimerWeight = TimerWeightLimit;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Peers;
}

#[cfg(feature = "runtime-benchmarks")]
impl corex_primitives::NodeBenchmarking for Peers {
	fn active_node(seed: u32) -> Result<NodeId, DispatchError> {
		let id = 1_000 + seed;
		add_node(id);
		Ok(id)
	}
	fn next_epoch() {}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_computations::BenchmarkHelper<AccountId> for Peers {
	fn worker_account(node: NodeId) -> AccountId {
		worker(node)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for Peers {
	fn committed(
		kind: corex_primitives::ComputationKind,
		policy: corex_primitives::VerificationPolicy,
		k: u32,
		commitment: &dyn Fn(ComputationId, u32, NodeId) -> [u8; 32],
	) -> (ComputationId, Vec<(NodeId, AccountId)>) {
		pallet_computations::bench_support::committed::<Test>(kind, policy, k, commitment)
	}
	fn worker_of(node: NodeId) -> AccountId {
		worker(node)
	}
}

/// Add an active node with its stake, and offer it.
pub fn add_node(node: NodeId) {
	// The stake the registry counts is what the node's stake account holds.
	set_node(node, |n| {
		n.capacity = 1_000_000;
		n.stake = STAKE;
	});
	let _ = Balances::mint_into(&stake_account(node), STAKE);
	let _ = Balances::mint_into(&operator(node), 10_000);
	let _ = Balances::mint_into(&worker(node), 10_000);
	let _ = Balances::mint_into(&reward_account(node), 1);
}

/// Advance to block `n`, running both pallets' `on_initialize`.
pub fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Computations::on_initialize(next);
		Proofs::on_initialize(next);
	}
}

impl corex_test_utils::MockChain for Test {
	const NODES: u32 = 4;

	fn reset() {
		FAULT_EPOCHS.with(|f| f.borrow_mut().clear());
		CONTRIBUTIONS.with(|c| c.borrow_mut().clear());
		corex_test_utils::nodes::reset();
		corex_test_utils::nodes::suspend_below(THRESHOLD);
	}

	fn genesis(_nodes: u32, storage: &mut sp_runtime::Storage) {
		let balances = vec![(ALICE, START_BALANCE), (BOB, START_BALANCE), (POOL, START_BALANCE)];
		corex_test_utils::endow::<Test>(storage, balances);
	}

	/// `nodes` nodes registered and offered; the supply noted.
	fn setup(nodes: u32) {
		for node in 0..nodes {
			add_node(node);
			assert_ok!(Computations::offer_node(RuntimeOrigin::signed(operator(node)), node));
		}
		SUPPLY.with(|s| *s.borrow_mut() = Balances::total_issuance());
	}

	fn invariants() -> Result<(), sp_runtime::TryRuntimeError> {
		Computations::do_try_state()?;
		Proofs::do_try_state()
	}
}

/// The proofs' test chain: 4 nodes offered to the queue, Alice, Bob and the pool funded.
pub type ExtBuilder = corex_test_utils::ExtBuilder<Test>;

/// The misses node staking was told of: node, the slash per repeat.
pub fn misses() -> Vec<(NodeId, Perbill)> {
	corex_test_utils::nodes::misses().into_iter().map(|(node, slash, _)| (node, slash)).collect()
}
