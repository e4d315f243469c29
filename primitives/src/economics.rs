//! What a node earns and loses: rewards, slashing, reputation, and the contribution records
//! the mining pool pays from.

use crate::*;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use scale_info::TypeInfo;
use sp_runtime::{DispatchError, DispatchResult, Perbill};

/// Why a node is slashed. Recorded in the `NodeSlashed` event.
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
pub enum SlashReason {
	/// A proof of computation failed verification.
	#[codec(index = 0)]
	InvalidProof,
	/// A result disagreed with the verified result of the same work.
	#[codec(index = 1)]
	WrongResult,
	/// Assigned work was not delivered before its deadline.
	#[codec(index = 2)]
	MissedDeadline,
	/// Committed to a result and never revealed it.
	#[codec(index = 3)]
	Unrevealed,
	/// A cluster member was slashed, suspended or fell under the minimum stake, and was ejected:
	/// the cost of migrating its cluster, spread over its stakers.
	#[codec(index = 4)]
	Ejected,
	/// A cluster member left by announcement: the cost of migrating its cluster, from its
	/// self-bond.
	#[codec(index = 5)]
	LeftCluster,
}

/// What a slash actually took, by source.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct SlashOutcome<Balance> {
	/// Taken from the operator's self-bond (counted, pending and unbonding).
	pub self_bond: Balance,
	/// Taken from delegations (counted and pending).
	pub delegations: Balance,
	/// Taken from delegators' unbonding chunks that started inside the slash window.
	pub unbonding: Balance,
	/// Taken, where it went, from stake delegators redelegated away from the node inside the
	/// slash window.
	pub redelegated: Balance,
}

impl<Balance: sp_runtime::Saturating + Copy> SlashOutcome<Balance> {
	/// Everything taken.
	pub fn total(&self) -> Balance {
		self.self_bond
			.saturating_add(self.delegations)
			.saturating_add(self.unbonding)
			.saturating_add(self.redelegated)
	}
}

/// Paying a node for work.
pub trait NodeRewards<AccountId, Balance> {
	/// Move `amount` from `source` to the node's stakers: the node's commission goes to the
	/// operator and the rest is shared over its counted self-bond and delegations by weight
	/// (amount × lock multiplier). Stakers collect with `claim_rewards`. Fails, moving nothing,
	/// if the node does not exist or has no counted stake.
	fn credit_reward(node: NodeId, source: &AccountId, amount: Balance) -> DispatchResult;
}

/// Pool rewards a node earned in closed epochs and that are not yet credited to its stakers
/// (implemented by the mining pool, asked by node staking). New stake must not share a reward
/// for an epoch before it counted, so a node's new stake starts counting only once these are
/// paid (`docs/mining-pool.md`, "Who shares a payout").
pub trait UnpaidRewards {
	/// Whether `node` may still be owed a reward for an epoch before `epoch`.
	fn unpaid_before(node: NodeId, epoch: EpochIndex) -> bool;
}

/// Nothing is ever owed (a chain without a mining pool, and tests).
impl UnpaidRewards for () {
	fn unpaid_before(_node: NodeId, _epoch: EpochIndex) -> bool {
		false
	}
}

/// Punishing a node.
pub trait NodeSlashing<AccountId, Balance> {
	/// Take `fraction` of everything staked on `node` (self-bond, delegations, unbonding
	/// chunks started inside the slash window, and stake redelegated away inside the window,
	/// taken where it went), pro rata, and send it to `destination`, or to
	/// the implementation's default destination (the mining pool in Corex) when `None`.
	/// Returns what was actually taken.
	fn slash(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&AccountId>,
	) -> Result<SlashOutcome<Balance>, DispatchError>;

	/// Like [`Self::slash`], but take `fraction` of the operator's self-bond only (counted,
	/// pending and unbonding inside the slash window); delegators keep theirs.
	fn slash_self_bond(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&AccountId>,
	) -> Result<SlashOutcome<Balance>, DispatchError>;

	/// Like [`Self::slash`], for a fault in work the node took in epoch `fault_epoch`: stake that
	/// became counted after that epoch was not at risk for it and is spared. Implementations
	/// that do not track when stake became counted slash as [`Self::slash`] does.
	fn slash_for_fault(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&AccountId>,
		fault_epoch: EpochIndex,
	) -> Result<SlashOutcome<Balance>, DispatchError> {
		let _ = fault_epoch;
		Self::slash(node, fraction, reason, destination)
	}

	/// The most one `slash` or `slash_self_bond` weighs: a node with every position it may
	/// have (its self-bond and the most delegations), each with unbonding chunks.
	fn slash_weight() -> sp_runtime::Weight;
}

/// Told when a node is suspended, so that the clusters it serves can replace it. `()` does
/// nothing. (A slash alone does not eject a node from its clusters: that takes repeated faults
/// in the cluster, see [`JcePlacement::note_fault`].)
pub trait OnNodeFault {
	/// `node` was suspended.
	fn on_node_fault(node: NodeId);
}

impl OnNodeFault for () {
	fn on_node_fault(_node: NodeId) {}
}

/// Scoring a node.
pub trait NodeReputation {
	/// Add `delta` (may be negative) to the node's reputation, clamped to
	/// `0..=MAX_REPUTATION`. Returns the new reputation. A node whose reputation falls under the
	/// threshold is suspended until it drifts back above it.
	fn adjust_reputation(node: NodeId, delta: i32) -> Result<Reputation, DispatchError>;
	/// Suspend the node for `epochs` epochs from now (it takes no work meanwhile).
	fn suspend(node: NodeId, epochs: EpochIndex) -> DispatchResult;
	/// Count a verdict on the node's result in its record: `won` if the result agreed.
	fn note_verdict(_node: NodeId, _won: bool) {}
	/// A capability probe's result: counted in the node's record, and what the node's usable
	/// capacity and tier follow. A node under the reputation threshold that passes is
	/// reinstated at the threshold: that is the only way back for a suspended node.
	fn note_probe(_node: NodeId, _result: ProbeResult) {}
	/// The most `note_probe` weighs.
	fn note_probe_weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
	/// The node missed work it had taken (a commit window, a replay): a fault of its own,
	/// weighed by how often it happened lately. It costs `penalty` reputation. The first miss
	/// in a while (none in the last `FaultMemory` epochs) costs nothing more; the `n`-th recent
	/// one is also slashed `slash × (n − 1)` of the node's stake (to the mining pool). The
	/// `UnresponsiveAfter`-th makes the node unresponsive: it takes no work, and misses of work
	/// it still holds cost reputation only, until it is resumed.
	fn note_miss(
		node: NodeId,
		penalty: Reputation,
		slash: Perbill,
		reason: SlashReason,
	) -> Result<MissOutcome, DispatchError>;

	/// The most one `note_miss` weighs: the miss that makes the node unresponsive, slashed on
	/// every position the node may have.
	fn note_miss_weight() -> sp_runtime::Weight;
}

/// What a missed piece of work cost a node ([`NodeReputation::note_miss`]).
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug, Default)]
pub struct MissOutcome {
	/// Its reputation afterwards.
	pub reputation: Reputation,
	/// Its recent misses, this one included (0: it was unresponsive already, not counted).
	pub recent: u32,
	/// The share of its stake slashed.
	pub slashed: Perbill,
	/// It is unresponsive now.
	pub unresponsive: bool,
}

/// Which reward path of the mining pool a piece of verified work feeds.
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
pub enum RewardPath {
	/// Compute contribution (Compute-PoC verified work).
	#[codec(index = 0)]
	Compute,
	/// Training and verification work (Model-PoT, replays).
	#[codec(index = 1)]
	Training,
}

/// Recording verified work and demand for the mining pool (used by the proofs and computation
/// pallets).
pub trait ContributionRecorder<Balance> {
	/// Record `cu` compute units of verified work by `node` on `path` in the current epoch.
	/// `backing` is the node's part of the protocol fees its customer paid into the pool for
	/// that work: the pool pays a node no more than a fixed share of what backs its work
	/// (`docs/mining-pool.md`, "Self-dealing never pays").
	fn record_contribution(
		node: NodeId,
		path: RewardPath,
		cu: ComputeUnits,
		backing: Balance,
	) -> DispatchResult;
	/// Record `cu` compute units ordered by customers in the current epoch.
	fn record_demand(cu: ComputeUnits);
}
