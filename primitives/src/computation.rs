//! Computations as the pallets share them: kinds, verification policies, statuses, the facts
//! the proofs pallet reads and the lifecycle it drives.

use crate::*;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use scale_info::TypeInfo;
use sp_runtime::{DispatchError, DispatchResult, Perbill};

/// Identifier of a computation, assigned in submission order.
pub type ComputationId = u64;

/// What a computation definition runs: one of the built-in deterministic kernels of
/// `corex-compute`.
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
pub enum ComputationKind {
	/// The gradient of a model over a data shard (a training fragment).
	#[codec(index = 0)]
	GradientStep,
	/// A model's predictions over a batch of samples.
	#[codec(index = 1)]
	Inference,
	/// A deterministic transform of a dataset shard.
	#[codec(index = 2)]
	DataTransform,
	/// The sum of a round's verified gradients applied to the model, and the new model's
	/// validation loss (created by the chain for training jobs).
	#[codec(index = 3)]
	Aggregation,
}

/// How results of a computation are compared with one another.
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
pub enum VerificationMode {
	/// All results must be bit-identical.
	#[codec(index = 0)]
	Exact,
	/// Vector outputs agree when the metric between them is within the threshold.
	#[codec(index = 1)]
	Tolerance {
		/// The distance metric.
		metric: DistanceMetric,
		/// The bound: minimum cosine similarity, or maximum L2 distance relative to the norm.
		threshold: Perbill,
	},
}

/// Whether results of `kind` under `mode` are checked on their output, which must then be
/// revealed on chain (within the proofs pallet's `MaxOutputLen`): tolerance policies compare
/// outputs, and Model-PoT checks gradients.
pub fn needs_output(kind: ComputationKind, mode: VerificationMode) -> bool {
	matches!(mode, VerificationMode::Tolerance { .. }) || kind == ComputationKind::GradientStep
}

/// A distance between two vector outputs.
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
pub enum DistanceMetric {
	/// Cosine similarity, at least the threshold.
	#[codec(index = 0)]
	Cosine,
	/// L2 distance divided by the reference norm, at most the threshold.
	#[codec(index = 1)]
	L2,
}

/// The verification policy of a computation definition.
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
pub struct VerificationPolicy {
	/// How the k results are compared.
	pub mode: VerificationMode,
	/// Share of computations re-run by a verifier node that was not among the executors.
	pub replay_rate: Perbill,
}

/// Where a computation stands. The computations pallet owns every transition; the proofs
/// pallet drives the ones after "committed" through [`ComputationLifecycle`].
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
pub enum ComputationStatus {
	/// Waiting in the queue for (some of) its k nodes.
	#[codec(index = 0)]
	Queued,
	/// All k nodes assigned; waiting for their result commitments.
	#[codec(index = 1)]
	Assigned,
	/// All k commitments are in; results are being revealed.
	#[codec(index = 2)]
	Committed,
	/// Results revealed; the verdict is pending.
	#[codec(index = 3)]
	Revealed,
	/// The verdict found a result; payment is pending.
	#[codec(index = 4)]
	Verified,
}

/// What the proofs pallet reads about a computation.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct ComputationFacts<AccountId> {
	/// The customer.
	pub owner: AccountId,
	/// The kernel.
	pub kind: ComputationKind,
	/// How results are verified.
	pub policy: VerificationPolicy,
	/// Compute units each executor spends.
	pub cu: ComputeUnits,
	/// The declared size of each input, in order (a gradient step's are the model's and the
	/// shard's): what the chain derives a result's figures from, rather than taking them from
	/// the result.
	pub input_sizes: alloc::vec::Vec<u32>,
	/// Where it stands.
	pub status: ComputationStatus,
	/// The assigned nodes and their result commitments, if made.
	pub slots: alloc::vec::Vec<(NodeId, Option<[u8; 32]>)>,
	/// The verifier node re-running it, if one was assigned.
	pub verifier: Option<NodeId>,
	/// The nodes replaying it because the verifier's verdict was disputed.
	pub panel: alloc::vec::Vec<NodeId>,
	/// The training job fragment it is, if any.
	pub fragment: Option<FragmentFacts>,
	/// The epoch in which its first node was assigned: a fault in it is judged against the
	/// stake counted then (stake counted later was not at risk for it).
	pub assigned_epoch: EpochIndex,
}

/// Which part of a training job a computation is.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct FragmentFacts {
	/// The job.
	pub job: u32,
	/// The round.
	pub round: u16,
	/// The round's aggregation (else one shard's gradient).
	pub aggregate: bool,
}

/// The hand-off between the computation queue (which owns the lifecycle) and result
/// verification (the proofs pallet). Each call checks that the transition is allowed from the
/// computation's current status and fails, changing nothing, otherwise.
pub trait ComputationLifecycle<AccountId, Balance> {
	/// What a verifier needs to know about a computation.
	fn facts(id: ComputationId) -> Option<ComputationFacts<AccountId>>;
	/// Committed → Revealed: every result is revealed, or the reveal window closed.
	fn note_revealed(id: ComputationId) -> DispatchResult;
	/// Committed or Revealed → Verified, with the verified result (a content id) and, for
	/// aggregation fragments, the new model's validation loss (Q16.16). Advances the
	/// computation's training job, if any.
	fn note_verified(id: ComputationId, result: ContentId, loss: Option<u32>) -> DispatchResult;
	/// The most `note_verified` weighs: a round's aggregation verified, which starts the next
	/// round of the largest job.
	fn note_verified_weight() -> sp_runtime::Weight;
	/// Verified → Finalized: pay each of `paid` its share of the escrow (through node staking's
	/// rewards) less the protocol fee, which goes to the mining pool; refund the rest to the
	/// customer and remove the computation. Returns the protocol fee kept.
	fn finalize(id: ComputationId, paid: &[NodeId]) -> Result<Balance, DispatchError>;
	/// Any open status → Failed: refund the customer, fail its training job, remove the
	/// computation.
	fn fail(id: ComputationId) -> DispatchResult;
	/// Committed or Revealed: pick a verifier node, not among the computation's executors,
	/// by the queue's ranking and the chain's random seed, and assign it the computation (its
	/// worker re-runs it). Fails if one is assigned already or no node qualifies.
	fn assign_verifier(id: ComputationId) -> Result<NodeId, DispatchError>;
	/// Committed or Revealed, with a verifier that did not answer in time: it joins the nodes
	/// that may not take the computation again (at most `MaxRedundancy` of them) and another
	/// verifier is assigned as `assign_verifier` does. All or nothing: fails, changing nothing,
	/// when no node qualifies or no more may be dropped.
	fn replace_verifier(id: ComputationId) -> Result<NodeId, DispatchError>;
	/// Committed or Revealed, with a verifier and no panel yet: the verifier's verdict is
	/// disputed by `disputer`. Picks up to `size` nodes as `assign_verifier` does, none of them
	/// involved in the computation, nor `disputer`, nor of an operator of any of those, and
	/// assigns them the computation (each replays it). Returns the panel, which may be smaller
	/// than `size`, or empty, when too few nodes qualify.
	fn assign_panel(
		id: ComputationId,
		disputer: NodeId,
		size: u32,
	) -> Result<alloc::vec::Vec<NodeId>, DispatchError>;
	/// The most `assign_panel` weighs for a panel of `size`.
	fn assign_panel_weight(size: u32) -> sp_runtime::Weight;
	/// `node` faulted on computation `id` (a wrong, unrevealed or unprovable result): on a
	/// JCE's computation, counted against the node in its cluster
	/// ([`JcePlacement::note_fault`]). Nothing otherwise.
	fn note_fault(id: ComputationId, node: NodeId);
	/// The most `note_fault` weighs.
	fn note_fault_weight() -> sp_runtime::Weight;
	/// The most `assign_verifier` weighs (it ranks up to the queue's candidate bound).
	fn assign_verifier_weight() -> sp_runtime::Weight;
}

/// Told when a computation has all its result commitments (the proofs pallet opens the reveal
/// window). `()` does nothing.
pub trait OnResultsCommitted {
	/// All k commitments of `id` are in.
	fn on_results_committed(id: ComputationId);
	/// The most `on_results_committed` weighs; the commitment that triggers it pays for it.
	fn weight() -> sp_runtime::Weight;
}

impl OnResultsCommitted for () {
	fn on_results_committed(_id: ComputationId) {}
	fn weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
}
