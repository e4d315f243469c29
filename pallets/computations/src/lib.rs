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
mod batches;
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
	NodeRewards, OnResultsCommitted, Reputation,
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

/// An order for one computation, as `submit_computation` takes it.
pub type ComputationOrderOf<T> = ComputationOrder<
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	<T as Config>::MaxInputs,
>;

/// An order for a batch, as `submit_batch` takes it.
pub type BatchOrderOf<T> = BatchOrder<
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	<T as Config>::MaxInputs,
>;

/// An order to a JCE, as `submit_to_jce` takes it.
pub type JceOrderOf<T> =
	JceOrder<frame_system::pallet_prelude::BlockNumberFor<T>, <T as Config>::MaxInputs>;

/// A training job, as `submit_training_job` takes it.
pub type TrainingJobOrderOf<T> = TrainingJobOrder<BalanceOf<T>, <T as Config>::MaxShardsPerJob>;

/// The worker key type of the node registry.
pub type WorkerKeyOf<T> =
	<<T as Config>::Nodes as NodeInfo<<T as frame_system::Config>::AccountId>>::WorkerKey;

/// Sets up nodes for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId>: corex_primitives::NodeBenchmarking {
	/// The account that signs for `node`'s worker key.
	fn worker_account(node: NodeId) -> AccountId;
}

// The pallet's declarations, by kind (see each file).
use frame_support::pallet_macros::import_section;
mod config;
mod errors;
mod events;
mod genesis;
mod storage;

// FRAME's macro expansion uses `expect` internally. This module only declares; the logic lives in
// the topic modules (`orders`, `assignment`, `settlement`, `jobs`, …), where the no-panic lints
// stay denied. Calls take their arguments one by one, as polkadot.js shows them.
#[allow(clippy::expect_used, clippy::too_many_arguments)]
#[import_section(config::config_section)]
#[import_section(storage::storage_section)]
#[import_section(events::events_section)]
#[import_section(errors::errors_section)]
#[import_section(genesis::genesis_section)]
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
		/// Register a computation definition (`NewDefinition`):
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
			definition: NewDefinition,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_definition(who, definition)
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

		/// Order a computation (`ComputationOrder`):
		///
		/// - `definition`: what it runs.
		/// - `inputs`: content ids with their declared sizes in bytes (at most `MaxInputs`).
		/// - `cu_budget`: the most compute units per executor you pay for; at least the
		///   definition's cost for these inputs.
		/// - `fee_per_cu`: the governance base fee per CU plus your priority fee. Higher fees
		///   are assigned first.
		/// - `deadline`: the block by which all results must be committed.
		/// - `redundancy`: `k`, how many distinct nodes compute it (at least `MinRedundancy`).
		///
		/// Errors: `InvalidCid`, `InvalidInputSize`, `DefinitionNotFound`, `DefinitionRetired`,
		/// `ZeroRedundancy`, `RedundancyBelowMinimum`, `RedundancyAboveMaximum`, `FeeBelowBase`,
		/// `NotEnoughNodes`, `NoInputs`, `AggregationNotOrderable`, `WrongInputCount`,
		/// `OutputTooLarge`, `BudgetTooLow`, `DeadlineInPast`, `DeadlineTooSoon`,
		/// `DeadlineTooFar`, `QueueFull`, `Overflow`, or a balance error if the escrow cannot be
		/// held.
		///
		/// Holds `cu_budget × fee_per_cu × k`. Emits `ComputationQueued`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::submit_computation(
			order.inputs.len() as u32,
			T::MaxQueueLength::get(),
		))]
		pub fn submit_computation(
			origin: OriginFor<T>,
			order: ComputationOrderOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_computation(who, order).map(|_| ())
		}

		/// Submit a batch: many fragments of one inference or data transform, computed by the
		/// same `k` nodes and verified as one computation (`BatchOrder`: the definition, the
		/// inputs the fragments share, the content id of the shard list, the number of
		/// fragments, the most bytes of a shard, the CU budget, the fee per CU, the deadline and
		/// `k`).
		///
		/// The shard list (`corex_primitives::batch`) names each fragment's shard; fragment `i`
		/// runs the kernel on the shared inputs and shard `i`. Each executor commits to, and
		/// reveals, one result for the whole batch: the content id of its output manifest, the
		/// fragments' output content ids in order. The chain's work is that of one computation
		/// whatever the number of fragments, so batches are how the network verifies many
		/// fragments a block (docs/performance.md). It takes only definitions whose outputs the
		/// chain need not see: inferences and data transforms under the `Exact` policy. Each
		/// fragment is priced as a shard of `shard_size` bytes; the batch costs `fragments`
		/// times that. A node that finds the shard list malformed, of another count, or naming a
		/// shard above `shard_size`, refuses it (`report_unavailable(Refused)`), at the
		/// customer's cost.
		///
		/// Origin: signed (the customer). Holds `cu_budget × fee_per_cu × k`.
		///
		/// Errors: those of `submit_computation`, and `NotBatchable`, `BatchSize`, `ShardSize`,
		/// `InvalidCid`. Emits `ComputationQueued`, `BatchQueued`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::submit_batch(T::MaxQueueLength::get()))]
		pub fn submit_batch(origin: OriginFor<T>, order: BatchOrderOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_batch(who, order).map(|_| ())
		}

		/// Submit a computation to a joint computing environment (JCE) of yours (`JceOrder`: the
		/// JCE, the definition, the inputs, the CU budget and the deadline).
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
			order.inputs.len() as u32,
			T::MaxQueueLength::get(),
		).saturating_add(T::Jces::placement_weight()))]
		pub fn submit_to_jce(origin: OriginFor<T>, order: JceOrderOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_to_jce(who, order).map(|_| ())
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
			results: BoundedVec<ResultCommitment, T::MaxResultsPerCall>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			for ResultCommitment { id, commitment } in results {
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

		/// Submit a training job (`TrainingJobOrder`):
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
		#[pallet::weight(T::WeightInfo::submit_training_job(job.shards.len() as u32))]
		pub fn submit_training_job(
			origin: OriginFor<T>,
			job: TrainingJobOrderOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_job(who, job)
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

		/// Computation `id`'s batch (fragments and shard size), if it is one
		/// (`submit_batch`).
		pub fn batch_of(id: ComputationId) -> Option<Batch> {
			Batches::<T>::get(id)
		}

		/// The compute units per executor a batch of `definition` costs: `fragments`
		/// fragments, each over inputs of `shared` sizes and a shard of `shard_size` bytes
		/// (`None`: no such definition, or inputs its kernel cannot take).
		pub fn batch_cost(
			definition: DefinitionId,
			shared: alloc::vec::Vec<u32>,
			fragments: u32,
			shard_size: u32,
		) -> Option<ComputeUnits> {
			let def = Definitions::<T>::get(definition)?;
			Self::price_batch(&def, &shared, fragments, shard_size).ok()
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
