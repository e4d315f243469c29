//! The computation queue (`Computations`): definitions, orders, assignment and training jobs;
//! and the compute nodes' off-chain worker (`ComputeWorker`), which signs its commitments with
//! the node's worker key.

use codec::Encode;
#[cfg(feature = "runtime-benchmarks")]
use corex_primitives::{NodeId, NodeInfo};
use frame_support::traits::{ConstU32, ConstU64};
use sp_runtime::{
	generic::Era,
	traits::{Convert, Verify},
	SaturatedConversion,
};

use super::{
	super::{
		AccountId, Balances, MiningPool, MiningPoolAccount, NodeStaking, Nonce, Proofs, Runtime,
		RuntimeCall, RuntimeHoldReason, Signature, SignedPayload, System, TxExtension,
		UncheckedExtrinsic, DAYS,
	},
	parameters::dynamic_params::computations,
};

/// A signed account is an sr25519 (or ed25519) public key: the worker key with the same 32
/// bytes is the one it stands for.
pub struct AccountToWorker;
impl Convert<AccountId, corex_primitives::worker::Public> for AccountToWorker {
	fn convert(account: AccountId) -> corex_primitives::worker::Public {
		let raw: [u8; 32] = account.into();
		sp_core::sr25519::Public::from_raw(raw).into()
	}
}

impl pallet_computations::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Nodes = NodeStaking;
	type AccountToWorker = AccountToWorker;
	type Reputation = NodeStaking;
	type Rewards = NodeStaking;
	type Demand = MiningPool;
	/// The proofs pallet opens the reveal window (or samples a replay).
	type OnCommitted = Proofs;
	type Jces = crate::Clusters;
	type Randomness = crate::Seed;
	type BaseFeePerCu = computations::BaseFeePerCu;
	type MinRedundancy = computations::MinRedundancy;
	type ExecutionWindow = computations::ExecutionWindow;
	type MaxAssignmentsPerBlock = computations::MaxAssignmentsPerBlock;
	/// A computation no node can take now is tried again after 10 blocks (a minute; 20 s with
	/// `fast-runtime`).
	type RetryDelay = ConstU32<10>;
	/// An order waits two blocks before its first assignment attempt: the draw uses a VRF
	/// output the submitter could not know.
	type AssignmentDelay = ConstU32<{ corex_primitives::seed::DRAW_DELAY }>;
	type MaxOutputLen = super::proofs::MaxOutputLen;
	type MissedWindowPenalty = computations::MissedWindowPenalty;
	type MissedWindowSlash = computations::MissedWindowSlash;
	type UnavailableFee = computations::UnavailableFee;
	type ProtocolFee = computations::ProtocolFee;
	/// The protocol fee goes to the mining pool, which books it as recycled.
	type ProtocolFeeDestination = MiningPoolAccount;
	type MaxLossIncrease = computations::MaxLossIncrease;
	/// Governance parameters; each definition and job keeps the deposit it paid.
	type DefinitionDeposit = computations::DefinitionDeposit;
	type JobDeposit = computations::JobDeposit;
	type MaxQueueLength = ConstU32<1024>;
	type MaxRedundancy = ConstU32<8>;
	/// A training job's aggregation reads the model, the validation shard and one gradient per
	/// shard.
	type MaxInputs = ConstU32<34>;
	/// A batch's bytes are bounded as one order's are; this bounds its fetches and runs.
	type MaxBatchFragments = ConstU32<1_024>;
	/// IPFS's largest block.
	type MaxInputSize = ConstU32<{ 1 << 20 }>;
	type MaxDeadline = ConstU32<{ 7 * DAYS }>;
	type MaxOfferedNodes = ConstU32<10_000>;
	type MaxCandidates = ConstU32<32>;
	type MaxAssignmentsPerNode = ConstU32<64>;
	type MaxTimersPerBlock = ConstU32<64>;
	type MaxTimerWeight = super::MaxTimerWeight;
	type MaxResultsPerCall = ConstU32<64>;
	type ProbeSamples = computations::ProbeSamples;
	type ProbeWindow = computations::ProbeWindow;
	type ProbeInterval = computations::ProbeInterval;
	type ProbesPerEpoch = computations::ProbesPerEpoch;
	type MaxShardsPerJob = ConstU32<32>;
	type MaxRounds = ConstU32<100>;
	type MaxJobsPerAccount = ConstU32<4>;
	type MaxRunningJobs = ConstU32<64>;
	type WeightInfo = pallet_computations::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ComputationsBenchmarkHelper;
}

impl pallet_compute_worker::Config for Runtime {
	type WorkerCrypto = pallet_compute_worker::crypto::WorkerAuthId;
	/// A commitment that has not landed after 5 blocks is sent again.
	type ResubmitAfter = ConstU32<5>;
	/// Each gateway request may take 10 seconds.
	type HttpTimeoutMs = ConstU64<10_000>;
	/// An input that cannot be fetched for 3 blocks (18 s) is reported unavailable.
	type ReportUnavailableAfter = ConstU32<3>;
}

impl frame_system::offchain::SigningTypes for Runtime {
	type Public = <Signature as Verify>::Signer;
	type Signature = Signature;
}

impl<LocalCall> frame_system::offchain::CreateTransactionBase<LocalCall> for Runtime
where
	RuntimeCall: From<LocalCall>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<LocalCall> frame_system::offchain::CreateSignedTransaction<LocalCall> for Runtime
where
	RuntimeCall: From<LocalCall>,
{
	/// A mortal, tip-less transaction signed in the off-chain worker.
	fn create_signed_transaction<
		C: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>,
	>(
		call: RuntimeCall,
		public: <Signature as Verify>::Signer,
		account: AccountId,
		nonce: Nonce,
	) -> Option<UncheckedExtrinsic> {
		let current: u64 = System::block_number().saturated_into::<u64>().saturating_sub(1);
		let era = Era::mortal(MORTALITY, current);
		let extension: TxExtension = (
			frame_system::AuthorizeCall::<Runtime>::new(),
			frame_system::CheckNonZeroSender::<Runtime>::new(),
			frame_system::CheckSpecVersion::<Runtime>::new(),
			frame_system::CheckTxVersion::<Runtime>::new(),
			frame_system::CheckGenesis::<Runtime>::new(),
			frame_system::CheckEra::<Runtime>::from(era),
			frame_system::CheckNonce::<Runtime>::from(nonce),
			frame_system::CheckWeight::<Runtime>::new(),
			pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
			frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
			frame_system::WeightReclaim::<Runtime>::new(),
		);
		let payload = SignedPayload::new(call, extension).ok()?;
		let signature = payload.using_encoded(|bytes| C::sign(bytes, public))?;
		let (call, extension, _) = payload.deconstruct();
		Some(UncheckedExtrinsic::new_signed(call, account.into(), signature, extension))
	}
}

/// Blocks a worker's transaction stays valid (a power of two).
const MORTALITY: u64 = 64;

/// Active nodes from node staking, and the accounts of their worker keys.
#[cfg(feature = "runtime-benchmarks")]
pub struct ComputationsBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl corex_primitives::NodeBenchmarking for ComputationsBenchmarkHelper {
	fn active_node(seed: u32) -> Result<NodeId, sp_runtime::DispatchError> {
		<NodeStaking as corex_primitives::NodeBenchmarking>::active_node(seed)
	}
	fn next_epoch() {
		<NodeStaking as corex_primitives::NodeBenchmarking>::next_epoch()
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_computations::BenchmarkHelper<AccountId> for ComputationsBenchmarkHelper {
	fn worker_account(node: NodeId) -> AccountId {
		let key = NodeStaking::worker_key(node)
			.unwrap_or_else(|| sp_core::sr25519::Public::from_raw([0; 32]).into());
		let raw: [u8; 32] =
			sp_core::crypto::ByteArray::as_slice(&key).try_into().unwrap_or([0; 32]);
		AccountId::from(raw)
	}
}
