//! Domain types of the computation queue.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use corex_primitives::{
	ComputationId, ComputationKind, ComputationStatus, ComputeUnits, ContentId, DeviceClass,
	EpochIndex, NodeId, VerificationPolicy,
};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

/// Completed epochs a node's uptime looks back over.
pub const UPTIME_WINDOW: u32 = 32;

/// A node's heartbeats: the first and the last epoch its worker sent one in, and in which of the
/// 32 epochs up to the last it did (bit `i` is epoch `last − i`).
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Liveness {
	/// The epoch of its first heartbeat.
	pub first: EpochIndex,
	/// The epoch of its last heartbeat.
	pub last: EpochIndex,
	/// Bit `i`: a heartbeat in epoch `last − i`.
	pub seen: u32,
}

impl Liveness {
	/// A node's first heartbeat, in epoch `now`.
	pub fn first(now: EpochIndex) -> Self {
		Liveness { first: now, last: now, seen: 1 }
	}

	/// Record a heartbeat in epoch `now`; `false` if there already is one.
	pub fn beat(&mut self, now: EpochIndex) -> bool {
		if now <= self.last {
			return false;
		}
		let shift = now.saturating_sub(self.last);
		self.seen = self.seen.checked_shl(shift).unwrap_or(0) | 1;
		self.last = now;
		true
	}

	/// The node's uptime in epoch `now`: the share of the completed epochs since its first
	/// heartbeat, the last `UPTIME_WINDOW` at most, in which it sent one. One while none has
	/// completed: a new node is not held back for having no history.
	pub fn uptime(&self, now: EpochIndex) -> Perbill {
		let window = now.saturating_sub(self.first).min(UPTIME_WINDOW);
		if window == 0 {
			return Perbill::one();
		}
		// Epoch `now − j` (1 ≤ j ≤ window) is bit `j − (now − last)` of `seen`.
		let shift = now.saturating_sub(self.last);
		let beats = (1..=window)
			.filter_map(|j| j.checked_sub(shift))
			.filter(|bit| *bit < UPTIME_WINDOW && self.seen & (1 << bit) != 0)
			.count() as u32;
		Perbill::from_rational(beats, window)
	}
}

/// Identifier of a computation definition.
pub type DefinitionId = u32;

/// Identifier of a training job.
pub type JobId = u32;

/// A content id as a caller writes it: the CIDv1 string (`bafkrei…`) or its 36 binary bytes.
pub type CidInput = BoundedVec<u8, frame_support::traits::ConstU32<64>>;

/// What customers may order: a built-in kernel, the content id of its program or model spec,
/// the width of its samples (from which the chain prices each order), how its results are
/// verified and which nodes may run it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Definition<AccountId, Balance> {
	/// Who registered it (and holds its deposit).
	pub owner: AccountId,
	/// The kernel it runs.
	pub kind: ComputationKind,
	/// Content id of the program or model spec.
	pub spec: ContentId,
	/// Features per sample: with the kernel and the inputs' sizes, what the chain prices each
	/// run at (`corex_compute::compute_units`).
	pub features: u32,
	/// How results are verified.
	pub policy: VerificationPolicy,
	/// Only nodes of this device class may run it (`None`: any class).
	pub device_class: Option<DeviceClass>,
	/// Only nodes of at least this tier may run it.
	pub min_tier: u8,
	/// The deposit held from the owner.
	pub deposit: Balance,
	/// Computations and training jobs still open on it. A retired definition is removed when
	/// this reaches zero.
	pub open: u32,
	/// No new orders are accepted.
	pub retired: bool,
}

/// One input of a computation: its content id and its declared size in bytes.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct Input {
	/// The content id (sha2-256 of the raw block).
	pub cid: ContentId,
	/// The declared size in bytes (at most the largest IPFS block, 1 MiB).
	pub size: u32,
}

/// A node assigned to a computation.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Slot<BlockNumber> {
	/// The node.
	pub node: NodeId,
	/// Last block in which the node may commit its result.
	pub window_end: BlockNumber,
	/// The result commitment (`corex_primitives::commitment::of`), once committed.
	pub commitment: Option<[u8; 32]>,
}

/// Why an assigned node cannot deliver a result, as it reports it (`report_unavailable`).
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Unavailability {
	/// Input `n` (from 0) could not be fetched, or the bytes served are not its content id or
	/// are longer than its declared size.
	#[codec(index = 0)]
	Input(u8),
	/// The kernel refused the inputs (for example a model whose shape does not match the
	/// samples).
	#[codec(index = 1)]
	Refused,
}

/// Which part of a training job a computation is.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub enum Part {
	/// The gradient over shard `n` of the job.
	#[codec(index = 0)]
	Shard(u16),
	/// The round's aggregation.
	#[codec(index = 1)]
	Aggregate,
}

/// The training job a computation belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Fragment {
	/// The job.
	pub job: JobId,
	/// The round, from 0.
	pub round: u16,
	/// Which part of the round.
	pub part: Part,
}

/// A customer's order, or a fragment of a training job.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxInputs, MaxRedundancy))]
pub struct Computation<
	AccountId,
	Balance,
	BlockNumber,
	MaxInputs: Get<u32>,
	MaxRedundancy: Get<u32>,
> {
	/// The customer.
	pub owner: AccountId,
	/// What it runs.
	pub definition: DefinitionId,
	/// The definition's kernel (aggregation for a job's aggregation fragment).
	pub kind: ComputationKind,
	/// Its inputs.
	pub inputs: BoundedVec<Input, MaxInputs>,
	/// Compute units each executor spends (from the definition's cost formula).
	pub cu: ComputeUnits,
	/// Compute units per executor the customer pays for at most.
	pub cu_budget: ComputeUnits,
	/// Base plus priority fee per compute unit.
	pub fee_per_cu: Balance,
	/// The part of the customer's escrow hold that belongs to this computation.
	pub escrow: Balance,
	/// Number of nodes that compute it independently.
	pub redundancy: u8,
	/// The block by which it must have all results committed.
	pub deadline: BlockNumber,
	/// Where it stands.
	pub status: ComputationStatus,
	/// The nodes assigned so far.
	pub slots: BoundedVec<Slot<BlockNumber>, MaxRedundancy>,
	/// Nodes that missed their window: never assigned to it again.
	pub missed: BoundedVec<NodeId, MaxRedundancy>,
	/// The block of its pending timer (deadline or the earliest open window), if any.
	pub timer: Option<BlockNumber>,
	/// The training job it belongs to, if any.
	pub fragment: Option<Fragment>,
	/// The verifier node re-running it (a replay chosen by the proofs pallet), if any.
	pub verifier: Option<NodeId>,
	/// The joint computing environment it was submitted to: it runs on one of the JCE's
	/// clusters, all members computing.
	pub jce: Option<corex_primitives::JceId>,
	/// Nodes drawn to replay it when its verifier's verdict is disputed (the proofs pallet's
	/// dispute panel).
	pub panel: BoundedVec<NodeId, MaxRedundancy>,
	/// The epoch in which its first node was assigned: a fault in it is judged against the
	/// stake counted then.
	pub assigned_epoch: EpochIndex,
}

impl<A, B, N: Copy, I: Get<u32>, R: Get<u32>> Computation<A, B, N, I, R> {
	/// Nodes still to be assigned.
	pub fn open_slots(&self) -> u32 {
		u32::from(self.redundancy).saturating_sub(self.slots.len() as u32)
	}

	/// Whether `node` is or was assigned to it.
	pub fn involves(&self, node: NodeId) -> bool {
		self.slots.iter().any(|s| s.node == node)
			|| self.missed.contains(&node)
			|| self.verifier == Some(node)
			|| self.panel.contains(&node)
	}

	/// Total declared input size in bytes.
	pub fn input_bytes(&self) -> u64 {
		self.inputs.iter().map(|i| u64::from(i.size)).fold(0, u64::saturating_add)
	}
}

/// What makes a computation a batch (`submit_batch`): its last input is a shard list
/// (`corex_primitives::batch`) of `fragments` shards of at most `shard_size` bytes, and fragment
/// `i` runs the kernel on the other inputs and shard `i`. Its result is the content id of the
/// output manifest, the list of the fragments' output content ids.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Batch {
	/// The number of fragments, from 1 to `MaxBatchFragments`.
	pub fragments: u32,
	/// The most bytes of each fragment's shard.
	pub shard_size: u32,
}

/// The state of a training job.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum JobStatus {
	/// Rounds are running.
	#[codec(index = 0)]
	Running,
	/// Every round completed.
	#[codec(index = 1)]
	Finished,
	/// A fragment failed or expired; no new fragments are created.
	#[codec(index = 2)]
	Failed,
}

/// A training job: a dataset in shards, a model, and rounds of sharded gradient steps.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxShards))]
pub struct Job<AccountId, Balance, MaxShards: Get<u32>> {
	/// The customer.
	pub owner: AccountId,
	/// The gradient-step definition (its spec is the model spec).
	pub definition: DefinitionId,
	/// The training shards.
	pub shards: BoundedVec<Input, MaxShards>,
	/// The held-out shard for the validation loss.
	pub validation: Input,
	/// The current model (the initial model, then each round's aggregate).
	pub model: Input,
	/// Rounds to run.
	pub rounds: u16,
	/// The running round (equal to `rounds` once finished).
	pub round: u16,
	/// Learning rate, Q16.16 fixed point.
	pub learning_rate: u32,
	/// Nodes per fragment.
	pub redundancy: u8,
	/// Fee per compute unit of every fragment.
	pub fee_per_cu: Balance,
	/// Blocks each fragment has from its creation to have its results committed.
	pub fragment_blocks: u32,
	/// Compute units of one gradient fragment per shard, per executor.
	pub gradient_cu: BoundedVec<ComputeUnits, MaxShards>,
	/// Compute units of one aggregation, per executor.
	pub aggregate_cu: ComputeUnits,
	/// Escrow held for fragments not created yet.
	pub reserved: Balance,
	/// The deposit held for the job's record.
	pub deposit: Balance,
	/// Fragments of the running round (gradients, then the aggregation) not yet verified.
	pub pending: u16,
	/// Where it stands.
	pub status: JobStatus,
}

/// What a completed round produced.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct RoundRecord {
	/// The content id of the model after the round.
	pub model: ContentId,
	/// Its mean cross-entropy on the validation shard, Q16.16.
	pub validation_loss: u32,
}

/// Compute units assigned to a node in an epoch.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct NodeLoad {
	/// The epoch.
	pub epoch: EpochIndex,
	/// Compute units assigned in it.
	pub cu: ComputeUnits,
}

/// The queue's key: fee per CU descending, then id ascending (older first). Stored with the
/// identity hasher so storage iteration walks the queue in order.
pub type QueueKey = [u8; 24];

/// The queue key of computation `id` paying `fee_per_cu`.
pub fn queue_key(fee_per_cu: u128, id: u64) -> QueueKey {
	let mut key = [0u8; 24];
	let fee = u128::MAX.saturating_sub(fee_per_cu).to_be_bytes();
	for (k, b) in key.iter_mut().zip(fee.iter().chain(id.to_be_bytes().iter())) {
		*k = *b;
	}
	key
}

/// The computation id in a queue key.
pub fn queue_key_id(key: &QueueKey) -> u64 {
	let mut id = [0u8; 8];
	for (i, b) in id.iter_mut().zip(key.iter().skip(16)) {
		*i = *b;
	}
	u64::from_be_bytes(id)
}

/// A node as customers, delegators and the node itself see it (`node_profile`): its standing
/// in node staking, its uptime here, and the chain's record of its work.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct NodeProfile<Balance> {
	/// Active, suspended, unresponsive, exiting…
	pub status: corex_primitives::NodeStatus,
	/// Its reputation now.
	pub reputation: corex_primitives::Reputation,
	/// Its device class.
	pub device_class: Option<DeviceClass>,
	/// Its tier.
	pub tier: Option<u8>,
	/// The stake counted for it this epoch.
	pub counted_stake: Balance,
	/// The share of the last 32 completed epochs with a heartbeat; `None` if it never sent one.
	pub uptime: Option<Perbill>,
	/// Verdicts won and lost, misses, what slashes took.
	pub record: corex_primitives::NodeRecord<Balance>,
}

/// A capability probe sent to a node (`corex_compute::probe::Probe`).
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct OpenProbe<BlockNumber> {
	/// The seed its model and samples come from.
	pub seed: [u8; 32],
	/// Its samples.
	pub samples: u32,
	/// The block it was sent in.
	pub issued: BlockNumber,
	/// The last block it may be answered in.
	pub deadline: BlockNumber,
}

/// A computation as the read side shows it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct ComputationView<AccountId, Balance, BlockNumber> {
	/// The customer.
	pub owner: AccountId,
	/// The definition.
	pub definition: DefinitionId,
	/// The kernel.
	pub kind: ComputationKind,
	/// Where it stands.
	pub status: ComputationStatus,
	/// Assigned nodes, each with its window end and whether it committed.
	pub nodes: alloc::vec::Vec<(NodeId, BlockNumber, bool)>,
	/// Escrow still held for it.
	pub escrow: Balance,
	/// Its deadline.
	pub deadline: BlockNumber,
	/// Its training job, round and shard (`u16::MAX` for the aggregation), if any.
	pub fragment: Option<(JobId, u16, u16)>,
}

/// A training job's progress as the read side shows it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct JobProgress<Balance> {
	/// Where it stands.
	pub status: JobStatus,
	/// The running round.
	pub round: u16,
	/// Rounds in total.
	pub rounds: u16,
	/// Fragments of the running round not yet verified.
	pub pending: u16,
	/// The current model's content id.
	pub model: ContentId,
	/// Every completed round: model and validation loss (Q16.16).
	pub history: alloc::vec::Vec<RoundRecord>,
	/// Escrow held for fragments not yet created.
	pub reserved: Balance,
}

// -------------------------------------------------------------------------------------------
// What the calls take
// -------------------------------------------------------------------------------------------

/// One input of an order as the caller writes it: its content id (the CIDv1 text `bafkrei…` or
/// its 36 binary bytes) and its size in bytes. The chain parses it into an [`Input`].
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct InputRef {
	/// The content id: CIDv1, raw codec, sha2-256.
	pub cid: CidInput,
	/// The declared size in bytes: at least 1, at most `MaxInputSize`.
	pub size: u32,
}

impl InputRef {
	/// `cid` in its 36 binary bytes, with `size`.
	pub fn new(cid: ContentId, size: u32) -> Self {
		InputRef { cid: BoundedVec::truncate_from(cid.to_cid_bytes().to_vec()), size }
	}
}

/// A new computation definition: the argument of `register_definition`.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct NewDefinition {
	/// The built-in kernel: a gradient step, inference or a data transform.
	pub kind: ComputationKind,
	/// Content id (CIDv1, raw, sha2-256; as `bafkrei…` text or 36 bytes) of the program or
	/// model spec.
	pub spec: CidInput,
	/// The width of the samples its programs read (64 for the 8×8 digits), at most
	/// `corex_compute::cost::MAX_FEATURES`. The chain prices every order from it, the kernel and
	/// the inputs' sizes; nodes refuse inputs of another width.
	pub features: u32,
	/// Exact agreement or a tolerance, and the replay sample rate.
	pub policy: VerificationPolicy,
	/// Only nodes of this device class may run it (`None`: any class).
	pub device_class: Option<DeviceClass>,
	/// Only nodes of at least this tier may run it (at most the class's highest tier).
	pub min_tier: u8,
}

/// An order for one computation: the argument of `submit_computation`.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxInputs))]
pub struct ComputationOrder<Balance, BlockNumber, MaxInputs: Get<u32>>
where
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// What it runs.
	pub definition: DefinitionId,
	/// Its inputs, as many as the definition's kernel takes.
	pub inputs: BoundedVec<InputRef, MaxInputs>,
	/// The most compute units per executor the customer pays for; at least what the
	/// definition charges for these inputs.
	pub cu_budget: ComputeUnits,
	/// The governance base fee per CU plus a priority fee. Higher fees are assigned first.
	pub fee_per_cu: Balance,
	/// The block by which all results must be committed.
	pub deadline: BlockNumber,
	/// `k`: how many distinct nodes compute it (at least `MinRedundancy`).
	pub redundancy: u8,
}

/// An order for a batch of fragments, one computation verified as one: the argument of
/// `submit_batch`.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxInputs))]
pub struct BatchOrder<Balance, BlockNumber, MaxInputs: Get<u32>>
where
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// What it runs: an inference or a data transform under an exact policy.
	pub definition: DefinitionId,
	/// The inputs every fragment shares, before its shard: an inference's model; none for a
	/// data transform.
	pub inputs: BoundedVec<InputRef, MaxInputs>,
	/// The content id of the shard list (`corex_primitives::batch::shard_list`): each
	/// fragment's shard, by content id and size.
	pub shards: CidInput,
	/// The number of fragments (shards in the list), from 1 to `MaxBatchFragments`.
	pub fragments: u32,
	/// The most bytes of any shard; each fragment is priced as a shard of this size.
	pub shard_size: u32,
	/// The most compute units per executor the customer pays for, for all fragments; at
	/// least `fragments` × what the definition charges for one.
	pub cu_budget: ComputeUnits,
	/// The governance base fee per CU plus a priority fee. Higher fees are assigned first.
	pub fee_per_cu: Balance,
	/// The block by which all results must be committed.
	pub deadline: BlockNumber,
	/// `k`: how many distinct nodes compute it (at least `MinRedundancy`).
	pub redundancy: u8,
}

/// An order to a joint computing environment: the argument of `submit_to_jce`. The JCE sets
/// `k` and the fee per CU.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxInputs))]
pub struct JceOrder<BlockNumber, MaxInputs: Get<u32>>
where
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// The JCE, owned by the caller.
	pub jce: corex_primitives::JceId,
	/// What it runs: a definition the JCE allows.
	pub definition: DefinitionId,
	/// Its inputs, as many as the definition's kernel takes.
	pub inputs: BoundedVec<InputRef, MaxInputs>,
	/// The most compute units per executor the customer pays for.
	pub cu_budget: ComputeUnits,
	/// The block by which all results must be committed.
	pub deadline: BlockNumber,
}

/// A training job: the argument of `submit_training_job`.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxShards))]
pub struct TrainingJobOrder<Balance, MaxShards: Get<u32>>
where
	Balance: Clone + PartialEq + Eq + core::fmt::Debug,
{
	/// A gradient-step definition; its spec is the model spec.
	pub definition: DefinitionId,
	/// The training shards: one gradient fragment per shard per round.
	pub shards: BoundedVec<InputRef, MaxShards>,
	/// The held-out shard on which each round's aggregate reports its validation loss.
	pub validation: InputRef,
	/// The initial model.
	pub model: InputRef,
	/// Rounds to run, from 1 to `MaxRounds`.
	pub rounds: u16,
	/// The learning rate, Q16.16 fixed point (65536 = 1.0); not zero.
	pub learning_rate: u32,
	/// `k`: how many distinct nodes compute each fragment.
	pub redundancy: u8,
	/// Base plus priority fee per compute unit, for every fragment.
	pub fee_per_cu: Balance,
	/// Blocks each fragment has to be committed in, from its creation.
	pub fragment_blocks: u32,
}

/// A node's commitment to one result: an item of `commit_results`.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct ResultCommitment {
	/// The computation.
	pub id: ComputationId,
	/// `corex_primitives::commitment::of` the result, the node's worker key and a salt.
	pub commitment: [u8; 32],
}
