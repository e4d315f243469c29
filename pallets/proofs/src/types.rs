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
	/// The verifier's replay decided the verdict alone: it takes effect when the phase ends,
	/// unless another node disputes it first (`dispute`).
	#[codec(index = 5)]
	Disputable,
	/// The verdict is disputed: its panel is drawn when the phase ends, from a seed neither the
	/// disputer nor the verifier could know.
	#[codec(index = 6)]
	PanelDrawing,
	/// The panel replays the computation; the replays' majority decides (`Ruling`).
	#[codec(index = 7)]
	Disputed,
}

/// Nodes drawn to replay a disputed computation. With the verifier, three replays: two that
/// agree decide.
pub const DISPUTE_PANEL: u32 = 2;

/// A dispute of a verifier's verdict.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Dispute<AccountId, Balance> {
	/// The node that disputes.
	pub node: NodeId,
	/// The account that posted the bond (the node's worker).
	pub account: AccountId,
	/// The bond held.
	pub bond: Balance,
	/// The panel and each member's replay, once submitted.
	pub replays: frame_support::BoundedVec<
		(NodeId, Option<Outcome>),
		frame_support::traits::ConstU32<DISPUTE_PANEL>,
	>,
}

/// How a dispute was settled.
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
pub enum Ruling {
	/// A majority of the replays agrees with the verifier: its verdict stands, and the
	/// disputer's bond goes to the mining pool.
	#[codec(index = 0)]
	Upheld,
	/// A majority of the replays disagrees with the verifier: the verifier is punished, the
	/// majority's result decides, and the disputer has its bond back.
	#[codec(index = 1)]
	Overturned,
	/// No result has a majority of the replays (a panel member missed, or none could be
	/// drawn): the computation fails with a full refund, nobody is punished for the verdict,
	/// and the disputer has its bond back.
	#[codec(index = 2)]
	Undecided,
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
	/// The verifier's verdict was disputed; the majority of its replay and its panel's decided.
	#[codec(index = 3)]
	Panel,
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
	/// The epoch the computation was assigned in: stake counted after it is spared.
	pub fault_epoch: corex_primitives::EpochIndex,
}
