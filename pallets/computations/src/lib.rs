//! # Computations
//!
//! The network's main job: customers order computations, the chain queues them and assigns each
//! to `k` suitable nodes, and the nodes' off-chain workers fetch the inputs by content id,
//! compute and commit their results.
//!
//! - **Definitions** say what can be run: a built-in kernel of `corex-compute` (gradient step,
//!   inference, data transform), the content id of the program or model spec, a compute-unit
//!   cost formula, a verification policy, and the device class and tier a node needs. The owner
//!   holds a deposit until the definition is retired and no order uses it.
//! - **Orders** (`submit_computation`) name a definition, up to `MaxInputs` inputs as CIDv1
//!   content ids with declared sizes, a CU budget, a fee per CU (at least the governance base
//!   fee; the excess is the priority fee), a deadline and a redundancy `k`. The whole fee,
//!   `cu_budget × fee_per_cu × k`, is held from the customer. What is not spent is refunded when
//!   the computation finishes, fails, expires or is cancelled.
//! - **The queue** is ordered by fee per CU, then age. It is a storage map keyed so that
//!   iteration walks it in order; `MaxQueueLength` bounds it. Each block tries at most
//!   `MaxAssignmentsPerBlock` computations from its head. One that no node can take now (no
//!   eligible node with room, or a cluster that cannot place it) is deferred: it leaves the
//!   queue for `RetryDelay` blocks (`AssignmentDeferred`), so nothing behind it waits more than
//!   a block for it, and its timer puts it back until its deadline.
//! - **Assignment** picks `k` distinct nodes from the nodes their operators offered
//!   (`offer_node`). It looks at no more than `MaxCandidates` of them, starting from a random
//!   position, keeps those that are active, of the right class and tier and with free active
//!   capacity this epoch, and ranks them by reputation, counted stake and free capacity. Equal
//!   scores are broken by a random number. See `docs/computations.md` for the randomness
//!   source and its threat model.
//! - **Lifecycle**: queued → assigned → committed → revealed → verified → finalized, or
//!   failed, expired or cancelled; one event at each step. Workers commit here
//!   (`commit_result`); revealing and verdicts belong to the proofs pallet, which drives the
//!   later transitions through [`ComputationLifecycle`]. A node that misses its window is
//!   penalized through node staking and replaced; a computation not committed by its deadline
//!   expires with a refund.
//! - **Unavailable inputs**: a node that cannot fetch an input, or whose kernel refuses the
//!   inputs, says so (`report_unavailable`) instead of missing its window, and is not penalized.
//!   It leaves the computation, which goes back to the queue for another node; once more than
//!   half of `k` nodes reported, the computation ends as unavailable: every node that reported
//!   or committed is paid `UnavailableFee` of its share for its time, the customer gets the
//!   rest back. A customer who orders what nobody can fetch pays for the nodes' time, and no
//!   honest node loses stake or reputation (see `docs/proofs.md`, "Who pays for a fault").
//! - **Training jobs** (`submit_training_job`): the chain creates one gradient fragment per
//!   shard per round. When all of a round's gradients are verified, an aggregation fragment
//!   (model + validation shard + the verified gradients) produces the next model's content id
//!   and its validation loss, recorded per round; then the next round starts.
//!
//! No hook walks the queue, the nodes or the accounts: timers are indexed by block and
//! processed with a cursor, at most `MaxTimersPerBlock` and `MaxTimerWeight` per block, and
//! assignment is bounded as above.
//!
//! ## Invariants (checked by `try_state`)
//! 1. The escrow held from each account equals the escrow of its open computations plus the
//!    reserve of its running jobs.
//! 2. Every queued computation is in the queue or deferred, exactly once, and only those.
//! 3. Every assigned slot is indexed under its node; open slots belong to nodes that were
//!    active when assigned, and no node's load exceeds what it could take.
//! 4. The queue holds at most `MaxQueueLength` entries plus room for follow-up job fragments.
//! 5. Each definition's open count matches its computations and jobs.
//! 6. Unavailability reports belong to open, uncommitted computations, from fewer than half of
//!    their `k` nodes, each no longer assigned to it and never assigned to it again.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod assignment;
#[cfg(feature = "runtime-benchmarks")]
pub mod bench_support;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod definitions;
mod interfaces;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod invariants;
mod jobs;
#[cfg(test)]
mod mock;
mod offers;
mod orders;
mod probes;
mod results;
mod settlement;
#[cfg(test)]
mod tests;
mod timers;
pub mod types;
mod views;
pub mod weights;

pub use jobs::gradient_size;
pub use types::*;
pub use weights::WeightInfo;

use corex_primitives::{
	ComputationId, ComputationKind, ComputationLifecycle, ComputeUnits, ContentId,
	ContributionRecorder, DeviceClass, EpochClock, JcePlacement, NodeId, NodeInfo, NodeReputation,
	NodeRewards, OnResultsCommitted, Reputation, VerificationPolicy,
};
use frame_support::traits::fungible;
use frame_support::traits::Randomness;

/// Balance type of the currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A computation of this runtime.
pub type ComputationOf<T> = Computation<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	<T as Config>::MaxInputs,
	<T as Config>::MaxRedundancy,
>;

/// A definition of this runtime.
pub type DefinitionOf<T> = Definition<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// A training job of this runtime.
pub type JobOf<T> =
	Job<<T as frame_system::Config>::AccountId, BalanceOf<T>, <T as Config>::MaxShardsPerJob>;

/// The worker key type of the node registry.
pub type WorkerKeyOf<T> =
	<<T as Config>::Nodes as NodeInfo<<T as frame_system::Config>::AccountId>>::WorkerKey;

/// Sets up nodes for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId>: corex_primitives::NodeBenchmarking {
	/// The account that signs for `node`'s worker key.
	fn worker_account(node: NodeId) -> AccountId;
}

// FRAME's macro expansion uses `expect` internally. This module only declares; the logic lives in
// the topic modules (`orders`, `assignment`, `settlement`, `jobs`, …), where the no-panic lints
// stay denied. Calls take their arguments one by one, as polkadot.js shows them.
#[allow(clippy::expect_used, clippy::too_many_arguments)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, InspectHold, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{traits::Convert, Perbill};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A computation definition's deposit.
		#[codec(index = 0)]
		DefinitionDeposit,
		/// Fees of open computations and running training jobs.
		#[codec(index = 1)]
		Escrow,
		/// A training job record's deposit.
		#[codec(index = 2)]
		JobDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The currency (CXT); escrows and deposits are holds.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The node registry (node staking): status, class, tier, capacity, reputation, stake.
		type Nodes: NodeInfo<Self::AccountId, Balance = BalanceOf<Self>>;

		/// The worker key a signed account stands for (an sr25519 account is its own key).
		type AccountToWorker: Convert<Self::AccountId, WorkerKeyOf<Self>>;

		/// Weighs the misses of nodes that miss their execution window (reputation, and a slash
		/// for repeats).
		type Reputation: NodeReputation;

		/// Pays nodes for finalized computations.
		type Rewards: NodeRewards<Self::AccountId, BalanceOf<Self>>;

		/// Told the compute units customers order (the mining pool's demand).
		type Demand: ContributionRecorder<BalanceOf<Self>>;

		/// Told when a computation has all its commitments (the proofs pallet).
		type OnCommitted: OnResultsCommitted;

		/// Joint computing environments and their clusters (the clusters pallet): who may
		/// submit to a JCE, and which cluster's members run its computations.
		type Jces: corex_primitives::JcePlacement<Self::AccountId, BalanceOf<Self>>;

		/// The chain's seed (the seed pallet: block authors' VRF outputs), from which nodes,
		/// verifiers, dispute panels and probes are drawn.
		type Randomness: Randomness<[u8; 32], BlockNumberFor<Self>>;

		/// Base fee per compute unit (governance).
		type BaseFeePerCu: Get<BalanceOf<Self>>;

		/// Smallest redundancy `k` an order may ask for (governance).
		type MinRedundancy: Get<u8>;

		/// Blocks an assigned node has to commit its result (governance).
		type ExecutionWindow: Get<BlockNumberFor<Self>>;

		/// Computations the queue tries to assign per block (governance).
		type MaxAssignmentsPerBlock: Get<u32>;

		/// Blocks a computation that could not be assigned stays out of the queue before it is
		/// tried again (`Deferred`), so that it never holds up the computations behind it.
		type RetryDelay: Get<BlockNumberFor<Self>>;

		/// Blocks from the moment a computation enters the queue (an order, a node dropped or
		/// unavailable) to its first assignment attempt: at least
		/// [`corex_primitives::seed::DRAW_DELAY`] in a live chain, so that the assignment draws
		/// from a seed the submitter and its block's author could not know. `1` (the next block)
		/// puts it in the queue at once.
		type AssignmentDelay: Get<BlockNumberFor<Self>>;

		/// The largest output a reveal can carry (the proofs pallet's `MaxOutputLen`): an order
		/// whose output the chain must see and that could be longer is refused.
		type MaxOutputLen: Get<u32>;

		/// Reputation points a node loses when it misses its window (governance).
		type MissedWindowPenalty: Get<Reputation>;

		/// Share of a node's stake slashed when it misses its window (governance).
		type MissedWindowSlash: Get<Perbill>;

		/// Share of a node's fee paid, for its time, to each node that reported an unavailable
		/// input or committed, when a computation ends as unavailable (governance).
		type UnavailableFee: Get<Perbill>;

		/// The protocol's share of every payment to a node (governance): it goes to
		/// `ProtocolFeeDestination` instead of the node. It is what backs the mining pool's
		/// emission, so that paying fees to one's own nodes never earns more than it costs
		/// (`docs/mining-pool.md`, "Self-dealing never pays").
		type ProtocolFee: Get<Perbill>;

		/// Where the protocol fee goes: the mining pool's account.
		type ProtocolFeeDestination: Get<Self::AccountId>;

		/// Model-PoT's round check: how much a round's validation loss may exceed the previous
		/// round's before the round is rejected and run again (governance).
		type MaxLossIncrease: Get<Perbill>;

		/// Deposit held for a definition.
		#[pallet::constant]
		type DefinitionDeposit: Get<BalanceOf<Self>>;

		/// Deposit held for a training job's record until it is removed.
		#[pallet::constant]
		type JobDeposit: Get<BalanceOf<Self>>;

		/// Most computations waiting in the queue from customers.
		#[pallet::constant]
		type MaxQueueLength: Get<u32>;

		/// Largest redundancy `k`.
		#[pallet::constant]
		type MaxRedundancy: Get<u32>;

		/// Most inputs of one computation.
		#[pallet::constant]
		type MaxInputs: Get<u32>;

		/// Largest declared input, in bytes (IPFS's block limit, 1 MiB).
		#[pallet::constant]
		type MaxInputSize: Get<u32>;

		/// Most blocks between submission and deadline.
		#[pallet::constant]
		type MaxDeadline: Get<BlockNumberFor<Self>>;

		/// Most nodes offered for computations.
		#[pallet::constant]
		type MaxOfferedNodes: Get<u32>;

		/// Most offered nodes one assignment looks at.
		#[pallet::constant]
		type MaxCandidates: Get<u32>;

		/// Most computations a node works on at once.
		#[pallet::constant]
		type MaxAssignmentsPerNode: Get<u32>;

		/// Most timers (deadlines and windows) handled per block.
		#[pallet::constant]
		type MaxTimersPerBlock: Get<u32>;

		/// Most weight the timers of one block may take, each counted at its worst case (every
		/// node of a computation missing, slashed on all its positions). Timers left over run in
		/// the next blocks, from the same cursor; at least one runs in every block.
		#[pallet::constant]
		type MaxTimerWeight: Get<Weight>;

		/// Most shards of one training job.
		#[pallet::constant]
		type MaxShardsPerJob: Get<u32>;

		/// Most rounds of one training job.
		#[pallet::constant]
		type MaxRounds: Get<u32>;

		/// Most training jobs one account has running.
		#[pallet::constant]
		type MaxJobsPerAccount: Get<u32>;

		/// Most training jobs running at once (bounds the queue's follow-up fragments).
		#[pallet::constant]
		type MaxRunningJobs: Get<u32>;

		/// Most commitments in one `commit_results`.
		#[pallet::constant]
		type MaxResultsPerCall: Get<u32>;

		/// Samples of a capability probe (governance; at most
		/// `corex_compute::probe::MAX_PROBE_SAMPLES`).
		type ProbeSamples: Get<u32>;

		/// Blocks a node has to answer a probe (governance).
		type ProbeWindow: Get<BlockNumberFor<Self>>;

		/// Epochs between two routine probes of a node (governance).
		type ProbeInterval: Get<corex_primitives::EpochIndex>;

		/// Most probes sent in one epoch, routine and requested (governance).
		type ProbesPerEpoch: Get<u32>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Active nodes and their worker accounts for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The next definition id.
	#[pallet::storage]
	pub type NextDefinitionId<T: Config> = StorageValue<_, DefinitionId, ValueQuery>;

	/// Computation definitions.
	#[pallet::storage]
	pub type Definitions<T: Config> =
		StorageMap<_, Twox64Concat, DefinitionId, DefinitionOf<T>, OptionQuery>;

	/// The next computation id.
	#[pallet::storage]
	pub type NextComputationId<T: Config> = StorageValue<_, ComputationId, ValueQuery>;

	/// Open computations (removed when finalized, failed, expired or cancelled).
	#[pallet::storage]
	pub type Computations<T: Config> =
		CountedStorageMap<_, Twox64Concat, ComputationId, ComputationOf<T>, OptionQuery>;

	/// The queue: computations waiting for nodes, by fee per CU (highest first), then age.
	#[pallet::storage]
	pub type ComputationQueue<T: Config> =
		CountedStorageMap<_, Identity, QueueKey, (), OptionQuery>;

	/// Each node's heartbeats (`heartbeat`): its uptime.
	#[pallet::storage]
	pub type Heartbeats<T: Config> = StorageMap<_, Twox64Concat, NodeId, Liveness, OptionQuery>;

	/// Queued computations taken out of the queue for `RetryDelay` blocks after an attempt to
	/// assign them failed (no eligible nodes, or their cluster could not place them). Their
	/// timer puts them back. They count towards `MaxQueueLength`.
	#[pallet::storage]
	pub type Deferred<T: Config> =
		CountedStorageMap<_, Twox64Concat, ComputationId, (), OptionQuery>;

	/// Open assignments per node: what its off-chain worker has to compute.
	#[pallet::storage]
	pub type NodeAssignments<T: Config> =
		StorageDoubleMap<_, Twox64Concat, NodeId, Twox64Concat, ComputationId, (), OptionQuery>;

	/// Number of open assignments per node.
	#[pallet::storage]
	pub type AssignmentCount<T: Config> = StorageMap<_, Twox64Concat, NodeId, u32, ValueQuery>;

	/// Compute units assigned to each node in its last epoch with work.
	#[pallet::storage]
	pub type NodeLoads<T: Config> = StorageMap<_, Twox64Concat, NodeId, NodeLoad, OptionQuery>;

	/// Offered nodes by position (dense `0..OfferedCount`).
	#[pallet::storage]
	pub type OfferedNodes<T: Config> = StorageMap<_, Twox64Concat, u32, NodeId, OptionQuery>;

	/// The position and device class of each offered node.
	#[pallet::storage]
	pub type OfferPositions<T: Config> =
		StorageMap<_, Twox64Concat, NodeId, (u32, DeviceClass), OptionQuery>;

	/// Number of offered nodes.
	#[pallet::storage]
	pub type OfferedCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Offered nodes per device class (to refuse orders no class could serve).
	#[pallet::storage]
	pub type OfferedPerClass<T: Config> = StorageMap<_, Twox64Concat, DeviceClass, u32, ValueQuery>;

	/// Timers: at block `b`, computation `id` reaches its deadline or a window end.
	#[pallet::storage]
	pub type Timers<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		Twox64Concat,
		ComputationId,
		(),
		OptionQuery,
	>;

	/// The oldest block whose timers may not all be handled yet.
	#[pallet::storage]
	pub type TimerCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// Each node's open capability probe.
	#[pallet::storage]
	pub type Probes<T: Config> =
		StorageMap<_, Twox64Concat, NodeId, OpenProbe<BlockNumberFor<T>>, OptionQuery>;

	/// The epoch each node was last sent a probe in.
	#[pallet::storage]
	pub type LastProbed<T: Config> =
		StorageMap<_, Twox64Concat, NodeId, corex_primitives::EpochIndex, OptionQuery>;

	/// The position in the offered nodes the probe round robin visits next.
	#[pallet::storage]
	pub type ProbeCursor<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Probes sent in the epoch named: what `ProbesPerEpoch` bounds.
	#[pallet::storage]
	pub type ProbesIssued<T: Config> =
		StorageValue<_, (corex_primitives::EpochIndex, u32), ValueQuery>;

	/// Nodes that reported a computation's inputs unavailable (`report_unavailable`), with
	/// their reasons. Removed with the computation.
	#[pallet::storage]
	pub type UnavailableReports<T: Config> = StorageMap<
		_,
		Twox64Concat,
		ComputationId,
		BoundedVec<(NodeId, Unavailability), T::MaxRedundancy>,
		ValueQuery,
	>;

	/// The next training job id.
	#[pallet::storage]
	pub type NextJobId<T: Config> = StorageValue<_, JobId, ValueQuery>;

	/// Training jobs (kept until their owner removes them).
	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, JobOf<T>, OptionQuery>;

	/// Running training jobs per account.
	#[pallet::storage]
	pub type RunningJobs<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Running training jobs in total.
	#[pallet::storage]
	pub type RunningJobCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Verified gradients of each job's running round, by shard.
	#[pallet::storage]
	pub type RoundGradients<T: Config> =
		StorageDoubleMap<_, Twox64Concat, JobId, Twox64Concat, u16, ContentId, OptionQuery>;

	/// What each completed round of a job produced.
	#[pallet::storage]
	pub type JobRounds<T: Config> =
		StorageDoubleMap<_, Twox64Concat, JobId, Twox64Concat, u16, RoundRecord, OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A computation definition was registered.
		DefinitionRegistered {
			id: DefinitionId,
			owner: T::AccountId,
			kind: ComputationKind,
			deposit: BalanceOf<T>,
		},
		/// A definition was retired: it takes no new orders; its deposit was returned.
		DefinitionRetired { id: DefinitionId },
		/// A computation entered the queue. `escrow` is held from the customer.
		ComputationQueued {
			id: ComputationId,
			owner: T::AccountId,
			definition: DefinitionId,
			cu: ComputeUnits,
			fee_per_cu: BalanceOf<T>,
			redundancy: u8,
			escrow: BalanceOf<T>,
			deadline: BlockNumberFor<T>,
		},
		/// A node was assigned to a computation and must commit its result by `window_end`.
		NodeAssigned { id: ComputationId, node: NodeId, window_end: BlockNumberFor<T> },
		/// A verifier node was assigned to re-run a computation (a replay).
		VerifierAssigned { id: ComputationId, node: NodeId },
		/// A verifier's verdict was disputed: `nodes` replay the computation as its panel.
		PanelAssigned { id: ComputationId, nodes: alloc::vec::Vec<NodeId> },
		/// All `k` nodes of a computation are assigned.
		ComputationAssigned { id: ComputationId },
		/// A node committed its result.
		ResultCommitted { id: ComputationId, node: NodeId },
		/// All results of a computation are committed.
		ResultsCommitted { id: ComputationId },
		/// All results of a computation are revealed.
		ResultsRevealed { id: ComputationId },
		/// A computation's result is verified.
		ComputationVerified { id: ComputationId, result: ContentId },
		/// A computation is finished: `paid` went to its nodes, `protocol_fee` to the mining pool
		/// and `refunded` back to the customer.
		ComputationFinalized {
			id: ComputationId,
			paid: BalanceOf<T>,
			protocol_fee: BalanceOf<T>,
			refunded: BalanceOf<T>,
		},
		/// A computation failed verification; its escrow was refunded.
		ComputationFailed { id: ComputationId, refunded: BalanceOf<T> },
		/// A computation missed its deadline; its escrow was refunded.
		ComputationExpired { id: ComputationId, refunded: BalanceOf<T> },
		/// The customer cancelled a queued computation; its escrow was refunded.
		ComputationCancelled { id: ComputationId, refunded: BalanceOf<T> },
		/// A node missed its execution window and will be replaced. It lost reputation, and
		/// `slashed` of its stake if it missed repeatedly of late (the first miss in a while
		/// costs reputation only).
		WindowMissed {
			id: ComputationId,
			node: NodeId,
			reputation: Option<Reputation>,
			slashed: Perbill,
		},
		/// A node's worker proved it is up in `epoch`; its uptime is now `uptime`.
		Heartbeat { node: NodeId, epoch: corex_primitives::EpochIndex, uptime: Perbill },
		/// An operator offered a node for computations.
		NodeOffered { node: NodeId },
		/// A node was withdrawn from computations.
		NodeWithdrawn { node: NodeId },
		/// A training job was accepted; `reserved` is held for all its fragments.
		TrainingJobSubmitted {
			job: JobId,
			owner: T::AccountId,
			shards: u32,
			rounds: u16,
			reserved: BalanceOf<T>,
		},
		/// A round of a training job started: one gradient fragment per shard is queued.
		RoundStarted { job: JobId, round: u16, model: ContentId },
		/// All gradients of a round are verified; the aggregation fragment is queued.
		AggregationQueued { job: JobId, round: u16, id: ComputationId },
		/// A round completed with a new model and its validation loss (Q16.16).
		RoundCompleted { job: JobId, round: u16, model: ContentId, validation_loss: u32 },
		/// A round's new model scored `validation_loss` (Q16.16) on the held-out shard, above
		/// `limit`: it was not adopted and the round runs again on the same model (the job has
		/// one round fewer), or, if it was the last round, the job finishes with the previous
		/// model.
		RoundRejected { job: JobId, round: u16, validation_loss: u32, limit: u32 },
		/// Every round of a training job completed; the unspent reserve was refunded.
		TrainingJobFinished { job: JobId, model: ContentId, refunded: BalanceOf<T> },
		/// A fragment of a training job failed or expired; the job stopped and its unspent
		/// reserve was refunded.
		TrainingJobFailed { job: JobId, round: u16, refunded: BalanceOf<T> },
		/// A finished or failed training job's record was removed; its deposit was returned.
		TrainingJobRemoved { job: JobId },
		/// The computation just queued belongs to joint computing environment `jce`: it runs on
		/// one of the JCE's clusters.
		SubmittedToJce { id: ComputationId, jce: corex_primitives::JceId },
		/// A JCE's computation was placed on `cluster`: every member computes it.
		PlacedInCluster {
			id: ComputationId,
			jce: corex_primitives::JceId,
			cluster: corex_primitives::ClusterId,
		},
		/// No nodes could take a queued computation now: it leaves the queue, so as not to hold
		/// up the computations behind it, and returns at block `retry_at` (or expires).
		AssignmentDeferred { id: ComputationId, retry_at: BlockNumberFor<T> },
		/// An assigned node reported that it cannot deliver (an input it cannot fetch, or
		/// inputs its kernel refuses). It is not penalized; it leaves the computation, which
		/// goes back to the queue for another node.
		InputUnavailable { id: ComputationId, node: NodeId, reason: Unavailability },
		/// More than half of a computation's `k` nodes reported it unavailable: it ended.
		/// `paid` went to the nodes that reported or committed (`UnavailableFee` of their
		/// share, for their time, less the protocol fee), `protocol_fee` to the mining pool,
		/// `refunded` back to the customer.
		ComputationUnavailable {
			id: ComputationId,
			paid: BalanceOf<T>,
			protocol_fee: BalanceOf<T>,
			refunded: BalanceOf<T>,
		},
		/// A capability probe was sent to `node`: `samples` samples (`cu` compute units) to
		/// answer by block `deadline`.
		ProbeIssued { node: NodeId, samples: u32, cu: ComputeUnits, deadline: BlockNumberFor<T> },
		/// The node answered its probe, `blocks` blocks after it was sent: right (`passed`) or
		/// wrong.
		ProbeAnswered { node: NodeId, passed: bool, blocks: u32 },
		/// The node did not answer its probe in time.
		ProbeMissed { node: NodeId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No definition has this id.
		DefinitionNotFound,
		/// The definition is retired and takes no new orders.
		DefinitionRetired,
		/// Only the definition's owner may retire it.
		NotDefinitionOwner,
		/// The definition's minimum tier is above 4, or above what its device class can reach.
		InvalidTier,
		/// Aggregation fragments are created by the chain for training jobs and cannot be
		/// ordered or defined directly.
		AggregationNotOrderable,
		/// A content id is not a CIDv1 with the raw codec and a sha2-256 multihash.
		InvalidCid,
		/// A computation needs at least one input.
		NoInputs,
		/// A declared input size is zero or above `MaxInputSize` (1 MiB).
		InvalidInputSize,
		/// `k` is zero.
		ZeroRedundancy,
		/// `k` is below the governance minimum (`MinRedundancy`).
		RedundancyBelowMinimum,
		/// `k` is above `MaxRedundancy`.
		RedundancyAboveMaximum,
		/// Fewer nodes of the definition's device class are offered than `k`.
		NotEnoughNodes,
		/// The CU budget is below the definition's cost for these inputs.
		BudgetTooLow,
		/// The fee per CU is below the governance base fee.
		FeeBelowBase,
		/// The deadline is not after the current block.
		DeadlineInPast,
		/// The deadline leaves less than one execution window.
		DeadlineTooSoon,
		/// The deadline is more than `MaxDeadline` blocks away.
		DeadlineTooFar,
		/// The queue is full (`MaxQueueLength`); try again later or pay a higher fee later.
		QueueFull,
		/// No open computation has this id.
		ComputationNotFound,
		/// Only the customer may cancel.
		NotOwner,
		/// The computation already has nodes assigned; it can no longer be cancelled.
		AlreadyAssigned,
		/// Fragments of a training job cannot be cancelled one by one.
		PartOfJob,
		/// The signer is not the current worker key of any node.
		UnknownWorker,
		/// The node's worker already sent its heartbeat this epoch.
		AlreadyBeat,
		/// The node has no open probe.
		NoProbe,
		/// The probe's window has closed.
		ProbeClosed,
		/// The node has an open probe already.
		ProbeOpen,
		/// The node was sent a probe this epoch already.
		ProbedThisEpoch,
		/// This epoch's probes (`ProbesPerEpoch`) are all sent: ask again next epoch.
		ProbeBudgetSpent,
		/// The worker's node is not assigned to this computation.
		NotAssigned,
		/// The node already committed a result for this computation.
		AlreadyCommitted,
		/// The node's execution window has closed.
		WindowClosed,
		/// The computation's status does not allow this step.
		InvalidTransition,
		/// No node has this id.
		NodeNotFound,
		/// Only the node's operator may do this.
		NotOperator,
		/// The node is not active.
		NodeNotActive,
		/// The node is already offered.
		AlreadyOffered,
		/// The node is not offered.
		NotOffered,
		/// `MaxOfferedNodes` nodes are offered already.
		TooManyOfferedNodes,
		/// A training job needs a gradient-step definition.
		NotGradientDefinition,
		/// A training job needs at least one shard.
		NoShards,
		/// Rounds must be between 1 and `MaxRounds`.
		InvalidRounds,
		/// The learning rate must be positive.
		ZeroLearningRate,
		/// The account has `MaxJobsPerAccount` jobs running, or `MaxRunningJobs` run in total.
		TooManyJobs,
		/// No training job has this id.
		JobNotFound,
		/// Only the job's owner may remove it.
		NotJobOwner,
		/// The job is still running.
		JobRunning,
		/// An amount or count overflowed.
		Overflow,
		/// A definition's sample width is 0 or above `corex_compute::cost::MAX_FEATURES`.
		InvalidFeatures,
		/// The order has not exactly as many inputs as its kernel takes (a gradient step or an
		/// inference: the model and the samples; a data transform: the shard).
		WrongInputCount,
		/// The output could be longer than a reveal carries (`MaxOutputLen`), and the chain
		/// must see it (a gradient, or a tolerance policy): the nodes could not reveal it.
		OutputTooLarge,
		/// An unavailability report names an input the computation does not have.
		NoSuchInput,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Handles due timers (bounded by
		/// `MaxTimersPerBlock` and `MaxTimerWeight`) and assigns from the head of the queue (bounded by
		/// `MaxAssignmentsPerBlock` × `MaxCandidates`).
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::do_on_initialize(now)
		}

		fn integrity_test() {
			assert!(T::MaxRedundancy::get() >= 1 && T::MaxRedundancy::get() <= u32::from(u8::MAX));
			assert!(T::MaxCandidates::get() >= T::MaxRedundancy::get());
			assert!(T::MaxInputs::get() >= T::MaxShardsPerJob::get().saturating_add(2));
			assert!(T::MaxShardsPerJob::get() < u32::from(u16::MAX));
			assert!(T::MaxRounds::get() <= u32::from(u16::MAX));
			assert!(T::MaxInputSize::get() >= 1);
			assert!(T::MaxResultsPerCall::get() >= 1);
			assert!(T::MaxResultsPerCall::get() <= T::MaxAssignmentsPerNode::get());
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Register a computation definition.
		///
		/// - `kind`: the built-in kernel (gradient step, inference or data transform).
		/// - `spec`: content id (CIDv1, raw, sha2-256; as `bafkrei…` text or 36 bytes) of the
		///   program or model spec.
		/// - `features`: the width of the samples its programs read (64 for the 8×8 digits), at
		///   most `corex_compute::cost::MAX_FEATURES`. The chain prices every order from it, the
		///   kernel and the inputs' sizes (`corex_compute::compute_units`, see `order_cost`);
		///   nodes refuse inputs of another width.
		/// - `policy`: exact agreement or a tolerance, and the replay sample rate.
		/// - `device_class`, `min_tier`: which nodes may run it.
		///
		/// Errors: `InvalidCid`, `InvalidFeatures`, `InvalidTier`, `AggregationNotOrderable`,
		/// `Overflow`, or a balance error if the deposit cannot be held.
		///
		/// Holds `DefinitionDeposit` from the caller until the definition is retired.
		/// Emits `DefinitionRegistered`.
		#[pallet::call_index(0)]
		pub fn register_definition(
			origin: OriginFor<T>,
			kind: ComputationKind,
			spec: CidInput,
			features: u32,
			policy: VerificationPolicy,
			device_class: Option<DeviceClass>,
			min_tier: u8,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_definition(who, kind, &spec, features, policy, device_class, min_tier)
		}

		/// Retire a definition you own: it takes no new orders and its deposit is returned.
		/// Open computations on it run to their end; the record is removed after the last.
		///
		/// Errors: `DefinitionNotFound`, `NotDefinitionOwner`, `DefinitionRetired`.
		///
		/// Emits `DefinitionRetired`.
		#[pallet::call_index(1)]
		pub fn retire_definition(origin: OriginFor<T>, id: DefinitionId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_retire_definition(who, id)
		}

		/// Order a computation.
		///
		/// - `inputs`: content ids with their declared sizes in bytes (at most `MaxInputs`).
		/// - `cu_budget`: the most compute units per executor you pay for; at least the
		///   definition's cost for these inputs.
		/// - `fee_per_cu`: the governance base fee per CU plus your priority fee. Higher fees
		///   are assigned first.
		/// - `deadline`: the block by which all results must be committed.
		/// - `redundancy`: `k`, how many distinct nodes compute it (at least `MinRedundancy`).
		///
		/// Holds `cu_budget × fee_per_cu × k`. Emits `ComputationQueued`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::submit_computation(
			inputs.len() as u32,
			T::MaxQueueLength::get(),
		))]
		pub fn submit_computation(
			origin: OriginFor<T>,
			definition: DefinitionId,
			inputs: BoundedVec<(CidInput, u32), T::MaxInputs>,
			cu_budget: ComputeUnits,
			fee_per_cu: BalanceOf<T>,
			deadline: BlockNumberFor<T>,
			redundancy: u8,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let inputs = Self::parse_inputs(&inputs)?;
			Self::do_submit_computation(
				who, definition, inputs, cu_budget, fee_per_cu, deadline, redundancy,
			)
			.map(|_| ())
		}

		/// Submit a computation to a joint computing environment (JCE) of yours.
		///
		/// Origin: the JCE's owner. The definition must be one the JCE allows; a single-use JCE
		/// takes one computation. It runs on the first of the JCE's admitted clusters that is
		/// active with room, every member computing (k is the cluster's size), each paid the
		/// cluster's price per CU; while none is available (a fork in progress) it waits in the
		/// queue until its deadline.
		///
		/// Holds `cu_budget × fee × k`, with the dearest price and the largest size among the
		/// JCE's clusters (at least the base fee); the rest is refunded when it ends.
		///
		/// Errors: those of `submit_computation`, and the clusters pallet's `JceNotFound`,
		/// `NotOwner`, `DefinitionNotAllowed`, `JceUsed`, `NotAdmitted`. Emits
		/// `ComputationQueued`, `SubmittedToJce`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::submit_computation(
			inputs.len() as u32,
			T::MaxQueueLength::get(),
		).saturating_add(T::Jces::placement_weight()))]
		pub fn submit_to_jce(
			origin: OriginFor<T>,
			jce: corex_primitives::JceId,
			definition: DefinitionId,
			inputs: BoundedVec<(CidInput, u32), T::MaxInputs>,
			cu_budget: ComputeUnits,
			deadline: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let inputs = Self::parse_inputs(&inputs)?;
			Self::do_submit_to_jce(who, jce, definition, inputs, cu_budget, deadline).map(|_| ())
		}

		/// Cancel a computation of yours that no node was assigned to yet. The escrow is
		/// refunded. Emits `ComputationCancelled`.
		///
		/// Errors: `ComputationNotFound`, `NotOwner`, `AlreadyAssigned`, `PartOfJob` (a training
		/// job's fragment; the job is cancelled as a whole).
		#[pallet::call_index(3)]
		pub fn cancel_computation(origin: OriginFor<T>, id: ComputationId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel(who, id)
		}

		/// Offer a node you operate for computations. The node must be active. It stays
		/// offered until withdrawn; while inactive it is skipped.
		///
		/// Errors: `NodeNotFound`, `NotOperator`, `NodeNotActive`, `AlreadyOffered`,
		/// `TooManyOfferedNodes`.
		///
		/// Emits `NodeOffered`.
		#[pallet::call_index(4)]
		pub fn offer_node(origin: OriginFor<T>, node: NodeId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_offer(who, node)
		}

		/// Withdraw a node from computations. Its operator may always; anyone may once the
		/// node has exited or no longer exists. Open assignments still have to be delivered.
		///
		/// Errors: `NotOffered`, `NotOperator` (while the node is still registered and not exited).
		///
		/// Emits `NodeWithdrawn`.
		#[pallet::call_index(5)]
		pub fn withdraw_node(origin: OriginFor<T>, node: NodeId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(who, node)
		}

		/// Commit to a result, signed by the assigned node's worker key. The commitment is
		/// `corex_primitives::commitment::of`: `blake2_256` of the SCALE encoding of
		/// `("corex/commit", genesis hash, computation id, node id, result, loss, salt)`, so it
		/// holds for this slot of this chain only. The reveal follows once all `k` commitments
		/// are in (proofs pallet).
		///
		/// Errors: `UnknownWorker`, `ComputationNotFound`, `InvalidTransition`, `NotAssigned`,
		/// `AlreadyCommitted`, `WindowClosed`.
		///
		/// Emits `ResultCommitted`, and `ResultsCommitted` with the last one.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::commit_result().saturating_add(T::OnCommitted::weight()))]
		pub fn commit_result(
			origin: OriginFor<T>,
			id: ComputationId,
			commitment: [u8; 32],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_commit(who, id, commitment)
		}

		/// Commit to several results in one transaction (see `commit_result`), signed by the
		/// worker key of the node assigned to each. All or nothing: if one commitment is
		/// refused, none is recorded and the error names why.
		///
		/// Emits what `commit_result` emits, for each.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::commit_results(results.len() as u32).saturating_add(
			T::OnCommitted::weight().saturating_mul(results.len() as u64),
		))]
		pub fn commit_results(
			origin: OriginFor<T>,
			results: BoundedVec<(ComputationId, [u8; 32]), T::MaxResultsPerCall>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			for (id, commitment) in results {
				Self::do_commit(who.clone(), id, commitment)?;
			}
			Ok(())
		}

		/// Report, signed by the assigned node's worker key, that the node cannot deliver a
		/// result for computation `id`: input `n` cannot be fetched (`Input(n)`: not served,
		/// not matching its content id, or longer than declared), or the kernel refuses the
		/// inputs (`Refused`). Sent instead of a commitment, within the node's window.
		///
		/// The node is not penalized. It leaves the computation and is not assigned to it
		/// again; the computation goes back to the queue for another node. When more than half
		/// of `k` nodes have reported, the computation ends as unavailable: each node that
		/// reported or committed is paid `UnavailableFee` of its share from the escrow, the
		/// rest is refunded, and a training job it belongs to fails.
		///
		/// Errors: `UnknownWorker`, `ComputationNotFound`, `InvalidTransition`, `NotAssigned`,
		/// `AlreadyCommitted`, `WindowClosed`, `NoSuchInput`.
		///
		/// Emits `InputUnavailable`, and `ComputationUnavailable` when it ends.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::report_unavailable())]
		pub fn report_unavailable(
			origin: OriginFor<T>,
			id: ComputationId,
			reason: Unavailability,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_report_unavailable(who, id, reason)
		}

		/// Submit a training job.
		///
		/// - `definition`: a gradient-step definition (its spec is the model spec).
		/// - `shards`: the training shards as content ids with sizes; one gradient fragment per
		///   shard per round.
		/// - `validation`: the held-out shard on which each round's model is scored.
		/// - `model`: the initial model's content id and size.
		/// - `rounds`, `learning_rate` (Q16.16), `redundancy` (k), `fee_per_cu`.
		/// - `fragment_blocks`: blocks each fragment has to get its results committed.
		///
		/// Errors: `InvalidCid`, `InvalidInputSize`, `NoShards`, `InvalidRounds`,
		/// `ZeroLearningRate`, `DefinitionNotFound`, `DefinitionRetired`, `NotGradientDefinition`,
		/// `AggregationNotOrderable`, `WrongInputCount`, `OutputTooLarge`, `ZeroRedundancy`,
		/// `RedundancyBelowMinimum`, `RedundancyAboveMaximum`, `NotEnoughNodes`, `FeeBelowBase`,
		/// `DeadlineTooSoon`, `DeadlineTooFar`, `DeadlineInPast`, `TooManyJobs`, `QueueFull`,
		/// `Overflow`, or a balance error if the fees and deposit cannot be held.
		///
		/// Holds the fees of every fragment of every round, and `JobDeposit` for the record.
		/// Emits `TrainingJobSubmitted` and `RoundStarted`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::submit_training_job(shards.len() as u32))]
		pub fn submit_training_job(
			origin: OriginFor<T>,
			definition: DefinitionId,
			shards: BoundedVec<(CidInput, u32), T::MaxShardsPerJob>,
			validation: (CidInput, u32),
			model: (CidInput, u32),
			rounds: u16,
			learning_rate: u32,
			redundancy: u8,
			fee_per_cu: BalanceOf<T>,
			fragment_blocks: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let shards = Self::parse_inputs(&shards)?;
			let validation = Self::parse_input(&validation)?;
			let model = Self::parse_input(&model)?;
			Self::do_submit_job(
				who,
				definition,
				shards,
				validation,
				model,
				rounds,
				learning_rate,
				redundancy,
				fee_per_cu,
				fragment_blocks,
			)
		}

		/// The caller's node is up: one heartbeat per epoch from its worker key, free of fees.
		/// A node's uptime, the share of the last 32 completed epochs (since its first
		/// heartbeat) with one, weighs in assignment: at full uptime a node ranks twice as high
		/// as one never seen.
		///
		/// Origin: the worker key of a node. Errors: `UnknownWorker`, `AlreadyBeat` (these pay
		/// their fee). Emits `Heartbeat`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::heartbeat())]
		pub fn heartbeat(origin: OriginFor<T>) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_heartbeat(who)?;
			Ok(Pays::No.into())
		}

		/// Ask for a capability probe of your node: a node under the reputation threshold
		/// returns by passing one, and a node whose probes failed has its capacity measured
		/// again. At most once an epoch, within `ProbesPerEpoch`. Emits `ProbeIssued`.
		///
		/// Origin: the node's operator. Errors: `NodeNotFound`, `NotOperator`,
		/// `ProbedThisEpoch`, `ProbeOpen`, `ProbeBudgetSpent`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::request_probe().saturating_add(T::Reputation::note_probe_weight()))]
		pub fn request_probe(origin: OriginFor<T>, node: NodeId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_probe(who, node)
		}

		/// Answer the node's open probe: the label of each of its samples, in order. The chain
		/// computes the probe itself and compares every label; node staking counts the result
		/// and measures the node's capacity from the blocks the answer took. A right answer
		/// pays no fee. Emits `ProbeAnswered`.
		///
		/// Origin: the node's worker key. Errors: `UnknownWorker`, `NoProbe`, `ProbeClosed`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::submit_probe(corex_compute::probe::MAX_PROBE_SAMPLES)
			.saturating_add(T::Reputation::note_probe_weight()))]
		pub fn submit_probe(
			origin: OriginFor<T>,
			labels: BoundedVec<u8, ConstU32<{ corex_compute::probe::MAX_PROBE_SAMPLES }>>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (passed, samples) = Self::do_submit_probe(who, &labels)?;
			let used = T::WeightInfo::submit_probe(samples)
				.saturating_add(T::Reputation::note_probe_weight());
			Ok(frame_support::dispatch::PostDispatchInfo {
				actual_weight: Some(used),
				pays_fee: if passed { Pays::No } else { Pays::Yes },
			})
		}

		/// Remove a finished or failed training job of yours, with its round history. Its
		/// deposit is returned. Emits `TrainingJobRemoved`.
		///
		/// Errors: `JobNotFound`, `NotJobOwner`, `JobRunning`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::remove_training_job(T::MaxRounds::get()))]
		pub fn remove_training_job(origin: OriginFor<T>, job: JobId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_job(who, job)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// The open computations assigned to `node` (what its worker has to compute).
		pub fn assignments_of(node: NodeId) -> alloc::vec::Vec<ComputationId> {
			NodeAssignments::<T>::iter_key_prefix(node)
				.take(T::MaxAssignmentsPerNode::get() as usize)
				.collect()
		}

		/// A computation's status, nodes and escrow (`None` once it is over).
		pub fn computation_status(
			id: ComputationId,
		) -> Option<ComputationView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
			Self::view_of(id)
		}

		/// A training job's progress: round, pending fragments, model and validation losses.
		pub fn job_progress(job: JobId) -> Option<JobProgress<BalanceOf<T>>> {
			Self::progress_of(job)
		}

		/// The compute units per executor an order of `definition` over inputs of `sizes` bytes
		/// costs (`None`: no such definition, or inputs its kernel cannot take). The chain
		/// derives it from the kernel, the definition's sample width and the sizes; `cu_budget`
		/// must be at least this.
		pub fn order_cost(
			definition: DefinitionId,
			sizes: alloc::vec::Vec<u32>,
		) -> Option<ComputeUnits> {
			let def = Definitions::<T>::get(definition)?;
			Self::price(def.kind, def.features, &sizes).ok()
		}

		/// A node's profile: status, reputation, device class, tier, counted stake, uptime, and
		/// the chain's record of its verdicts won and lost, misses and what slashes took.
		pub fn node_profile(node: NodeId) -> Option<NodeProfile<BalanceOf<T>>> {
			Some(NodeProfile {
				status: T::Nodes::status(node)?,
				reputation: T::Nodes::reputation(node)?,
				device_class: T::Nodes::device_class(node),
				tier: T::Nodes::tier(node),
				counted_stake: T::Nodes::counted_stake(node),
				uptime: Heartbeats::<T>::get(node).map(|l| l.uptime(T::Nodes::current_epoch())),
				record: T::Nodes::record(node).unwrap_or_default(),
			})
		}

		/// A node's open capability probe, if any: its seed, samples, and the blocks it was sent
		/// in and must be answered by.
		pub fn probe_of_node(node: NodeId) -> Option<OpenProbe<BlockNumberFor<T>>> {
			Probes::<T>::get(node)
		}

		/// A node's uptime now: the share of the last 32 completed epochs (since its first
		/// heartbeat) in which its worker sent one; `None` if it never did.
		pub fn uptime(node: NodeId) -> Option<Perbill> {
			Heartbeats::<T>::get(node).map(|l| l.uptime(T::Nodes::current_epoch()))
		}

		/// The first `n` queued computations, in assignment order.
		pub fn queue_head(n: u32) -> alloc::vec::Vec<ComputationId> {
			ComputationQueue::<T>::iter_keys()
				.take(n.min(T::MaxQueueLength::get()) as usize)
				.map(|k| queue_key_id(&k))
				.collect()
		}
	}
}
