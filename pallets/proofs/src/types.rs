//! Domain types of result verification.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use corex_primitives::{ContentId, NodeId};
use scale_info::TypeInfo;

/// A revealed result: the output's content id and, for aggregations, the new model's
/// validation loss (Q16.16).
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
pub struct Outcome {
	/// Content id (CIDv1 raw, sha2-256) of the output.
	pub result: ContentId,
	/// The validation loss, for aggregation fragments.
	pub loss: Option<u32>,
}

/// What one executor revealed.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub enum Revealed {
	/// A reveal that opens the node's commitment.
	#[codec(index = 0)]
	Valid(Outcome),
	/// The node revealed something other than it committed to, or two different results
	/// (equivocation). It was punished and takes no part in the verdict.
	#[codec(index = 1)]
	Equivocated,
}

/// Where verification of a committed computation stands.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub enum Phase {
	/// Sampled for replay: the verifier re-runs the computation before anyone reveals, so it
	/// cannot copy the executors.
	#[codec(index = 0)]
	AwaitingReplay,
	/// Executors reveal.
	#[codec(index = 1)]
	Revealing,
	/// The reveals did not settle it (no majority, or a Model-PoT check failed): the verifier's
	/// replay decides.
	#[codec(index = 2)]
	Escalated,
	/// All commitments are in; whether it is replayed, and by whom, is drawn when the phase
	/// ends (`DrawDelay` blocks later), from a seed none of the committers could know.
	#[codec(index = 3)]
	Drawing,
	/// The reveals did not settle it; the verifier whose replay decides is drawn when the phase
	/// ends, from a seed none of the revealers could know. `pot` is the Model-PoT check that
	/// failed, if one did.
	#[codec(index = 4)]
	Escalating {
		/// The failed Model-PoT check.
		pot: Option<PotFault>,
	},
}

/// Verification state of a committed computation.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Verification<BlockNumber> {
	/// The phase.
	pub phase: Phase,
	/// The last block of the phase.
	pub until: BlockNumber,
	/// The verifier, once one is assigned.
	pub verifier: Option<NodeId>,
	/// The verifier's result, once submitted.
	pub replay: Option<Outcome>,
}

/// One reveal in a batch.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct RevealOf<Output> {
	/// The computation.
	pub id: corex_primitives::ComputationId,
	/// The result's content id.
	pub result: ContentId,
	/// The validation loss, for aggregation fragments.
	pub loss: Option<u32>,
	/// The commitment's salt.
	pub salt: [u8; 32],
	/// The output itself, when the policy compares outputs (tolerance, gradients).
	pub output: Option<Output>,
}

/// The running sum of a training round's verified gradients (Model-PoT's reference).
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxLen))]
pub struct RoundSum<MaxLen: frame_support::traits::Get<u32>> {
	/// The round.
	pub round: u16,
	/// Σ gradients verified in it so far.
	pub sum: frame_support::BoundedVec<i64, MaxLen>,
}

/// How a verdict went, for the event.
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
pub enum Basis {
	/// Every executor agreed.
	#[codec(index = 0)]
	Unanimous,
	/// A strict majority agreed; the others were wrong.
	#[codec(index = 1)]
	Majority,
	/// The verifier's replay decided.
	#[codec(index = 2)]
	Replay,
}

/// Why a Model-PoT check escalated a gradient to replay.
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
pub enum PotFault {
	/// The output is not a gradient.
	#[codec(index = 0)]
	Undecodable,
	/// The mean gradient's norm is above `MaxGradientNorm`.
	#[codec(index = 1)]
	NormTooLarge,
	/// Its cosine similarity with the round's other verified gradients is below
	/// `MinGradientCosine`.
	#[codec(index = 2)]
	Dissimilar,
	/// The sample count it reports is not the one the chain derives from the shard's size
	/// (`corex_compute::model::samples_in`): the count is never taken on trust.
	#[codec(index = 3)]
	CountMismatch,
}

/// A punishment whose slash waits for the hook (`PendingSlashes`): the reputation penalty and
/// the cluster fault are applied at once, the slash (which walks every stake position of the
/// node) in the next blocks, within `MaxTimerWeight`, so that whoever completes a verdict does
/// not pay for slashing the others.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct PendingSlash<AccountId> {
	/// The computation of the fault.
	pub id: corex_primitives::ComputationId,
	/// The punished node.
	pub node: NodeId,
	/// Why.
	pub reason: corex_primitives::SlashReason,
	/// The node's reputation after the penalty.
	pub reputation: Option<corex_primitives::Reputation>,
	/// Who gets the customer's share: the computation's owner.
	pub customer: AccountId,
	/// Who gets the verifier's share: the verifier whose replay proved the fault, if any.
	pub verifier: Option<AccountId>,
}
