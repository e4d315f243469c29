//! A mock runtime for the worker tests: the computations pallet with one mocked node whose worker
//! key is an sr25519 key in the test keystore, and transactions built as `TestXt`.

use crate::{self as pallet_compute_worker};
use corex_primitives::{
	ComputeUnits, ContributionRecorder, DeviceClass, NodeId, NodeInfo, NodeRewards, NodeSlashing,
	Reputation, RewardPath, SlashOutcome, SlashReason,
};
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64},
};
use sp_core::sr25519;
use sp_runtime::{
	testing::TestXt,
	traits::{IdentifyAccount, Verify},
	DispatchError, DispatchResult, Perbill,
};
use std::cell::RefCell;

pub type Signature = sr25519::Signature;
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
pub type Balance = u128;
pub type Extrinsic = TestXt<RuntimeCall, ()>;

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
		ComputeWorker: pallet_compute_worker,
		Clusters: pallet_clusters,
	}
);

corex_test_utils::system_with_balances!(Test, existential_deposit = 1, account = AccountId);

thread_local! {
	/// The worker key of node 0.
	pub static WORKER: RefCell<Option<AccountId>> = const { RefCell::new(None) };
}

pub use corex_test_utils::nodes::{set_epoch, set_status};

pub fn set_worker(key: AccountId) {
	WORKER.with(|w| *w.borrow_mut() = Some(key));
}

/// The mock's accounts: node `n`'s operator is the key `[n + 100; 32]`; node 0's worker key is
/// `WORKER` (the test keystore's), nodes 1 and 2 have keys nobody holds.
pub struct WorkerAccounts;
impl corex_test_utils::nodes::NodeAccounts<AccountId> for WorkerAccounts {
	fn operator(node: NodeId) -> AccountId {
		sr25519::Public::from_raw([(node as u8).wrapping_add(100); 32])
	}
	fn worker(node: NodeId) -> Option<AccountId> {
		match node {
			0 => WORKER.with(|w| *w.borrow()),
			n => Some(sr25519::Public::from_raw([n as u8; 32])),
		}
	}
	fn owner(owner: u64) -> AccountId {
		sr25519::Public::from_raw([owner as u8; 32])
	}
}

/// Node staking: the shared registry with the mock's sr25519 accounts. Nodes 0, 1 and 2 are
/// active CPU nodes (node 0 ranks first), set up by `ExtBuilder`.
pub type MockNodes = corex_test_utils::nodes::MockNodesOf<AccountId, WorkerAccounts>;

/// The other pallets as the worker's pallets call them: slashes, rewards and contributions
/// accepted and ignored, and the benchmarks' set-up.
pub struct Peers;

impl NodeSlashing<AccountId, Balance> for Peers {
	fn slash(
		_node: NodeId,
		_fraction: Perbill,
		_reason: SlashReason,
		_destination: Option<&AccountId>,
	) -> Result<SlashOutcome<Balance>, DispatchError> {
		Ok(SlashOutcome::default())
	}
	fn slash_self_bond(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&AccountId>,
	) -> Result<SlashOutcome<Balance>, DispatchError> {
		<Self as NodeSlashing<AccountId, Balance>>::slash(node, fraction, reason, destination)
	}
	fn slash_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

impl NodeRewards<AccountId, Balance> for Peers {
	fn credit_reward(_node: NodeId, _source: &AccountId, _amount: Balance) -> DispatchResult {
		Ok(())
	}
}

impl ContributionRecorder<Balance> for Peers {
	fn record_contribution(
		_node: NodeId,
		_path: RewardPath,
		_cu: ComputeUnits,
		_backing: Balance,
	) -> DispatchResult {
		Ok(())
	}
	fn record_demand(_cu: ComputeUnits) {}
}

parameter_types! {
	pub const BaseFeePerCu: Balance = 1;
	pub const MinRedundancy: u8 = 1;
	pub const ExecutionWindow: u64 = 10;
	pub const MaxAssignmentsPerBlock: u32 = 4;
	pub const MissedWindowPenalty: Reputation = 10;
	pub const MissedWindowSlash: Perbill = Perbill::zero();
	pub const UnavailableFee: Perbill = Perbill::from_percent(10);
	pub const ProtocolFee: Perbill = Perbill::from_percent(10);
	/// Where the protocol fee goes.
	pub Pool: AccountId = sr25519::Public::from_raw([0x99; 32]);
	pub const MaxLossIncrease: Perbill = Perbill::from_percent(10);
}

// The worker tests never contribute to the seed.
corex_test_utils::seed_without_authors!(Test);

impl pallet_computations::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Nodes = MockNodes;
	type AccountToWorker = sp_runtime::traits::ConvertInto;
	type Reputation = MockNodes;
	type Rewards = Peers;
	type Demand = Peers;
	type OnCommitted = Proofs;
	type Jces = ();
	type Randomness = Seed;
	type BaseFeePerCu = BaseFeePerCu;
	type MinRedundancy = MinRedundancy;
	type ExecutionWindow = ExecutionWindow;
	type MaxAssignmentsPerBlock = MaxAssignmentsPerBlock;
	type RetryDelay = frame_support::traits::ConstU64<3>;
	type AssignmentDelay = frame_support::traits::ConstU64<1>;
	type MaxOutputLen = ConstU32<8192>;
	type MissedWindowPenalty = MissedWindowPenalty;
	type MissedWindowSlash = MissedWindowSlash;
	type UnavailableFee = UnavailableFee;
	type ProtocolFee = ProtocolFee;
	type ProtocolFeeDestination = Pool;
	type MaxLossIncrease = MaxLossIncrease;
	type DefinitionDeposit = ConstU128<10>;
	type JobDeposit = ConstU128<10>;
	type MaxQueueLength = ConstU32<16>;
	type MaxRedundancy = ConstU32<4>;
	type MaxInputs = ConstU32<8>;
	type MaxBatchFragments = ConstU32<1_024>;
	type MaxInputSize = ConstU32<{ 1 << 20 }>;
	type MaxDeadline = ConstU64<1_000>;
	type MaxOfferedNodes = ConstU32<8>;
	type MaxCandidates = ConstU32<8>;
	type MaxAssignmentsPerNode = ConstU32<4>;
	type MaxTimersPerBlock = ConstU32<8>;
	type MaxTimerWeight = TimerWeightLimit;
	type MaxResultsPerCall = ConstU32<4>;
	type ProbeSamples = ProbeSamples;
	type ProbeWindow = ProbeWindow;
	type ProbeInterval = ProbeInterval;
	type ProbesPerEpoch = ProbesPerEpoch;
	type MaxShardsPerJob = ConstU32<4>;
	type MaxRounds = ConstU32<4>;
	type MaxJobsPerAccount = ConstU32<2>;
	type MaxRunningJobs = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Peers;
}

#[cfg(feature = "runtime-benchmarks")]
impl corex_primitives::NodeBenchmarking for Peers {
	fn active_node(seed: u32) -> Result<NodeId, DispatchError> {
		Ok(seed % 3)
	}
	fn next_epoch() {}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_computations::BenchmarkHelper<AccountId> for Peers {
	fn worker_account(node: NodeId) -> AccountId {
		MockNodes::worker_key(node).unwrap_or_else(|| sr25519::Public::from_raw([0; 32]))
	}
}

parameter_types! {
	pub static ProbeSamples: u32 = 64;
	pub static ProbeWindow: u64 = 5;
	pub static ProbeInterval: u32 = 4;
	/// No routine probes unless a test allows them.
	pub static ProbesPerEpoch: u32 = 0;
	pub static DisputeWindow: u64 = 3;
	pub static DisputeBond: Balance = 1_000;
	/// What genesis issues: the customer's and the three operators' balances.
	pub const Supply: Balance = CUSTOMER_BALANCE + 3 * OPERATOR_BALANCE;
	pub const RevealWindow: u64 = 5;
	pub const ReplayWindow: u64 = 5;
	pub const ReplayRate: Perbill = Perbill::zero();
	pub const FaultSlash: Perbill = Perbill::zero();
	pub const Half: Perbill = Perbill::from_percent(50);
	pub const NormBound: u32 = 16 << 16;
}

impl pallet_proofs::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Nodes = MockNodes;
	type AccountToWorker = sp_runtime::traits::ConvertInto;
	type Computations = Computations;
	type Reputation = MockNodes;
	type Slashing = Peers;
	type Contributions = Peers;
	type Randomness = Seed;
	type FixedSupply = Supply;
	type RevealWindow = RevealWindow;
	type ReplayWindow = ReplayWindow;
	type DrawDelay = ConstU64<{ corex_primitives::seed::DRAW_DELAY as u64 }>;
	type DisputeWindow = DisputeWindow;
	type DisputeBond = DisputeBond;
	type PoolAccount = Pool;
	type ReplayRate = ReplayRate;
	type VerifiedReward = frame_support::traits::ConstU16<1>;
	type FaultPenalty = frame_support::traits::ConstU16<100>;
	type FaultSlash = FaultSlash;
	type CustomerShare = Half;
	type VerifierShare = Half;
	type VerifierMissPenalty = frame_support::traits::ConstU16<10>;
	type VerifierMissSlash = MissedWindowSlash;
	type MaxGradientNorm = NormBound;
	type MinGradientCosine = Half;
	type MaxOutputLen = ConstU32<8192>;
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
impl pallet_proofs::BenchmarkHelper<AccountId> for Peers {
	fn committed(
		_kind: corex_primitives::ComputationKind,
		_policy: corex_primitives::VerificationPolicy,
		_k: u32,
		_commitment: &dyn Fn(corex_primitives::ComputationId, u32, NodeId) -> [u8; 32],
	) -> (corex_primitives::ComputationId, Vec<(NodeId, AccountId)>) {
		(0, Vec::new())
	}
	fn worker_of(node: NodeId) -> AccountId {
		<Self as pallet_computations::BenchmarkHelper<AccountId>>::worker_account(node)
	}
}

impl pallet_clusters::Config for Test {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Nodes = MockNodes;
	type AccountToWorker = sp_runtime::traits::ConvertInto;
	type Slashing = Peers;
	type Ranking = ();
	type ClusterDeposit = ConstU128<10>;
	type JceDeposit = ConstU128<10>;
	type InvitationWindow = ConstU64<100>;
	type KeyingWindow = ConstU64<100>;
	type DecisionWindow = ConstU64<100>;
	type PlannedExitCharge = FaultSlash;
	type ForcedExitCharge = FaultSlash;
	type MinMembers = ConstU32<2>;
	type MaxMembers = ConstU32<4>;
	type MaxStandbys = ConstU32<2>;
	type MaxClustersPerNode = ConstU32<2>;
	type EjectAfterFaults = ConstU32<3>;
	type FaultMemory = ConstU32<24>;
	type MaxJcesPerCluster = ConstU32<2>;
	type MaxClustersPerJce = ConstU32<2>;
	type MaxDefinitions = ConstU32<2>;
	type MaxBlacklist = ConstU32<2>;
	type MaxAutoCandidates = ConstU32<2>;
	type MaxTasksPerBlock = ConstU32<2>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Peers;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_clusters::BenchmarkHelper<AccountId> for Peers {
	fn worker_account(node: NodeId) -> AccountId {
		<Self as pallet_computations::BenchmarkHelper<AccountId>>::worker_account(node)
	}
	fn deactivate(_node: NodeId) {}
}

impl frame_system::offchain::SigningTypes for Test {
	type Public = <Signature as Verify>::Signer;
	type Signature = Signature;
}

impl<LocalCall> frame_system::offchain::CreateTransactionBase<LocalCall> for Test
where
	RuntimeCall: From<LocalCall>,
{
	type RuntimeCall = RuntimeCall;
	type Extrinsic = Extrinsic;
}

impl<LocalCall> frame_system::offchain::CreateSignedTransaction<LocalCall> for Test
where
	RuntimeCall: From<LocalCall>,
{
	fn create_signed_transaction<
		C: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>,
	>(
		call: RuntimeCall,
		_public: <Signature as Verify>::Signer,
		_account: AccountId,
		nonce: u32,
	) -> Option<Extrinsic> {
		Some(Extrinsic::new_signed(call, u64::from(nonce), (), ()))
	}
}

impl crate::Config for Test {
	type WorkerCrypto = crate::crypto::WorkerAuthId;
	type ResubmitAfter = ConstU64<3>;
	type HttpTimeoutMs = ConstU64<2_000>;
	type ReportUnavailableAfter = ConstU64<2>;
}

/// The customer's balance at genesis.
pub const CUSTOMER_BALANCE: Balance = 1_000_000_000;
/// Each node operator's balance at genesis.
pub const OPERATOR_BALANCE: Balance = 1_000;

/// The customer.
pub fn customer() -> AccountId {
	sr25519::Public::from_raw([42; 32])
}

impl corex_test_utils::MockChain for Test {
	const NODES: u32 = 3;

	fn reset() {
		corex_test_utils::nodes::reset();
	}

	/// `nodes` active CPU nodes in the registry (node 0 ranks first), their operators and the
	/// customer funded.
	fn genesis(nodes: u32, storage: &mut sp_runtime::Storage) {
		for node in 0..nodes {
			corex_test_utils::nodes::set_node(node, |n| {
				n.class = DeviceClass::Cpu;
				n.capacity = 1_000_000;
				n.reputation = if node == 0 { 900 } else { 500 };
				n.stake = 1_000;
			});
		}
		let mut balances = vec![(customer(), CUSTOMER_BALANCE)];
		for node in 0..nodes {
			balances.push((MockNodes::operator(node).unwrap(), OPERATOR_BALANCE));
		}
		corex_test_utils::endow::<Test>(storage, balances);
	}

	/// The invariants of the pallets the worker drives: the queue's, the proofs pallet's and
	/// the clusters pallet's.
	fn invariants() -> Result<(), sp_runtime::TryRuntimeError> {
		Computations::do_try_state()?;
		Proofs::do_try_state()?;
		Clusters::do_try_state()
	}
}

/// The worker's test chain: three active CPU nodes, the customer and the operators funded.
pub type ExtBuilder = corex_test_utils::ExtBuilder<Test>;

/// Externalities checked by [`corex_test_utils::MockChain::invariants`] when dropped.
pub type CheckedExt = corex_test_utils::CheckedExt<Test>;
