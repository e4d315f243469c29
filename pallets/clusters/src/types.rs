//! Domain types of the clusters pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use corex_primitives::{
	cluster_key::PublicKey, ClusterId, ComputeUnits, EpochIndex, JceId, NodeId,
};
use frame_support::{traits::Get, BoundedVec};
use scale_info::TypeInfo;

/// Identifier of a computation definition (the computation queue's `DefinitionId`).
pub type DefinitionId = u32;

/// How a cluster admits joint computing environments.
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
pub enum AcceptanceMode {
	/// Every member approves each JCE within the decision window; one rejection fails it.
	#[codec(index = 0)]
	Unanimous,
	/// Admitted at once unless a member's blacklist names the customer or the JCE.
	#[codec(index = 1)]
	AutoApprove,
}

/// Whether a cluster's members must run in an attested trusted execution environment.
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
pub enum TeeRequirement {
	/// Any node may serve it.
	#[codec(index = 0)]
	Any,
	/// Only nodes with an attested enclave (stored now, honoured once attestation lands).
	#[codec(index = 1)]
	Attested,
}

/// Who replaces a member that leaves.
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
pub enum Replacement {
	/// Only the cluster's accepted standbys, in their order.
	#[codec(index = 0)]
	StandbysOnly,
	/// The standbys first; with none available, the queue's best-ranked volunteer node.
	#[codec(index = 1)]
	StandbysThenVolunteers,
}

/// Whether a node's operator lets it be drafted as an automatic replacement (`set_volunteer`)
/// into clusters with `Replacement::StandbysThenVolunteers`.
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
pub enum Volunteering {
	/// Never drafted (every node's state until its operator volunteers it).
	#[codec(index = 0)]
	Withdrawn,
	/// May be drafted when no standby can take a leaving member's place.
	#[codec(index = 1)]
	Offered,
}

/// Whether a blacklist call adds an entry or removes it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ListChange {
	/// Add the entry (`blacklist`).
	Add,
	/// Remove the entry (`unblacklist`).
	Remove,
}

/// The terms a cluster is created with (`create_cluster`).
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
pub struct ClusterTerms<Balance> {
	/// How it admits JCEs.
	pub mode: AcceptanceMode,
	/// Whether its members must run in an attested enclave.
	pub tee: TeeRequirement,
	/// What a computation run here pays each member per compute unit.
	pub price_per_cu: Balance,
	/// Compute units per epoch it takes, summed over its members' work.
	pub capacity: ComputeUnits,
	/// Who replaces a member that leaves.
	pub replacement: Replacement,
}

/// Where a cluster stands.
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
pub enum ClusterStatus<BlockNumber> {
	/// Waiting for every invited node to accept, until `expires`.
	#[codec(index = 0)]
	Forming {
		/// The block at which unanswered invitations lapse and the cluster is dissolved.
		expires: BlockNumber,
	},
	/// Every member accepted; their off-chain workers are submitting key shares.
	#[codec(index = 1)]
	Keying,
	/// The cluster key is complete: the cluster serves JCEs.
	#[codec(index = 2)]
	Active,
	/// Replaced by its fork `successor`; its JCEs are migrating there. Removed once they all
	/// have.
	#[codec(index = 3)]
	Forked {
		/// The fork, or `None` if too few nodes were left to form one.
		successor: Option<ClusterId>,
	},
}

/// A cluster member.
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
pub struct Member {
	/// The node.
	pub node: NodeId,
	/// Its operator accepted the invitation.
	pub accepted: bool,
	/// Its public key share, once submitted with a valid proof of possession.
	pub share: Option<PublicKey>,
	/// Its recent faults on the cluster's computations (forgotten `FaultMemory` epochs after
	/// the last); `EjectAfterFaults` of them eject it.
	pub faults: u8,
	/// The epoch of its last fault here.
	pub last_fault: EpochIndex,
}

impl Member {
	/// A new member, without a share or faults.
	pub fn new(node: NodeId, accepted: bool) -> Self {
		Member { node, accepted, share: None, faults: 0, last_fault: 0 }
	}
}

/// A standby node on a cluster's priority list of replacements.
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
pub struct Standby {
	/// The node.
	pub node: NodeId,
	/// Its operator accepted to stand by (only accepted standbys are picked).
	pub accepted: bool,
}

/// A planned departure.
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
pub struct Departure {
	/// The leaving member.
	pub node: NodeId,
	/// The epoch at whose start the cluster forks without it.
	pub at_epoch: EpochIndex,
}

/// A cluster: a group of nodes that jointly serve JCEs.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxMembers, MaxStandbys))]
pub struct Cluster<AccountId, Balance, BlockNumber, MaxMembers: Get<u32>, MaxStandbys: Get<u32>> {
	/// Who created it and holds its deposit.
	pub owner: AccountId,
	/// The members (invited, then accepted).
	pub members: BoundedVec<Member, MaxMembers>,
	/// How it admits JCEs.
	pub mode: AcceptanceMode,
	/// Whether only nodes with an attested trusted execution environment may serve it. Stored
	/// now and honoured once attestation lands.
	pub tee: TeeRequirement,
	/// What a computation run here pays each member per compute unit.
	pub price_per_cu: Balance,
	/// Compute units per epoch it takes, summed over its members' work. Can only grow.
	pub capacity: ComputeUnits,
	/// Priority list of replacements, tried in order when a member leaves.
	pub standbys: BoundedVec<Standby, MaxStandbys>,
	/// Who replaces a leaving member: its standbys only, or, with none available, also the
	/// queue's best-ranked volunteer node.
	pub replacement: Replacement,
	/// Where it stands.
	pub status: ClusterStatus<BlockNumber>,
	/// The cluster key `Σ shares`, once every member's share is in.
	pub key: Option<PublicKey>,
	/// The deposit held from the owner (carried over to forks).
	pub deposit: Balance,
	/// A planned departure, if one is announced.
	pub departure: Option<Departure>,
	/// The cluster this one was forked from.
	pub predecessor: Option<ClusterId>,
	/// JCEs admitted here.
	pub jces: u32,
}

impl<A, B, N, M: Get<u32>, S: Get<u32>> Cluster<A, B, N, M, S> {
	/// The member nodes.
	pub fn nodes(&self) -> impl Iterator<Item = NodeId> + '_ {
		self.members.iter().map(|m| m.node)
	}

	/// Whether `node` is a member.
	pub fn is_member(&self, node: NodeId) -> bool {
		self.members.iter().any(|m| m.node == node)
	}

	/// The member record of `node`.
	pub fn member_mut(&mut self, node: NodeId) -> Option<&mut Member> {
		self.members.iter_mut().find(|m| m.node == node)
	}

	/// Whether it serves JCEs now.
	pub fn is_active(&self) -> bool {
		matches!(self.status, ClusterStatus::Active)
	}

	/// Whether it still has a future (not forked away).
	pub fn is_live(&self) -> bool {
		!matches!(self.status, ClusterStatus::Forked { .. })
	}
}

/// Single-use or recurring.
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
pub enum JceKind {
	/// Takes one computation, then no more.
	#[codec(index = 0)]
	SingleUse,
	/// Takes computations until closed.
	#[codec(index = 1)]
	Recurring,
}

/// Why a cluster did not admit a JCE.
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
pub enum RejectionReason {
	/// A member rejected it.
	#[codec(index = 0)]
	Rejected,
	/// A member's blacklist names the customer or the JCE.
	#[codec(index = 1)]
	Blacklisted,
	/// Not every member approved within the decision window.
	#[codec(index = 2)]
	Expired,
	/// The cluster serves as many JCEs as it may.
	#[codec(index = 3)]
	ClusterFull,
}

/// A JCE's standing with one of the clusters it asked for.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[scale_info(skip_type_params(MaxMembers))]
pub enum Admission<BlockNumber, MaxMembers: Get<u32>> {
	/// Unanimous cluster: members that approved so far, and the end of the decision window.
	#[codec(index = 0)]
	Pending {
		/// Members that approved.
		approvals: BoundedVec<NodeId, MaxMembers>,
		/// The block at which the request lapses.
		expires: BlockNumber,
	},
	/// Admitted: its computations may run there.
	#[codec(index = 1)]
	Admitted,
}

/// A request of a JCE to a cluster.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[scale_info(skip_type_params(MaxMembers))]
pub struct ClusterRequest<BlockNumber, MaxMembers: Get<u32>> {
	/// The cluster.
	pub cluster: ClusterId,
	/// Where the request stands.
	pub admission: Admission<BlockNumber, MaxMembers>,
}

/// What a JCE has run: it follows the JCE across migrations.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct JceHistory {
	/// Computations submitted.
	pub submitted: u32,
	/// Computations whose results were verified.
	pub verified: u32,
	/// Computations that failed, expired or were cancelled.
	pub failed: u32,
	/// Computations not ended yet.
	pub open: u32,
	/// Times it moved to a fork of one of its clusters.
	pub migrations: u32,
}

/// A joint computing environment: a customer's standing arrangement with 1..N clusters.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxClustersPerJce, MaxDefinitions, MaxMembers))]
pub struct Jce<
	AccountId,
	Balance,
	BlockNumber,
	MaxClustersPerJce: Get<u32>,
	MaxDefinitions: Get<u32>,
	MaxMembers: Get<u32>,
> {
	/// The customer.
	pub owner: AccountId,
	/// Single-use or recurring.
	pub kind: JceKind,
	/// The clusters it asked for, in order of preference, and each one's answer.
	pub clusters: BoundedVec<ClusterRequest<BlockNumber, MaxMembers>, MaxClustersPerJce>,
	/// The computation definitions it may run.
	pub definitions: BoundedVec<DefinitionId, MaxDefinitions>,
	/// The deposit held from the owner.
	pub deposit: Balance,
	/// What it has run.
	pub history: JceHistory,
}

impl<A, B, N, C: Get<u32>, D: Get<u32>, M: Get<u32>> Jce<A, B, N, C, D, M> {
	/// The position of `cluster` among its requests.
	pub fn position(&self, cluster: ClusterId) -> Option<usize> {
		self.clusters.iter().position(|r| r.cluster == cluster)
	}

	/// The clusters it is admitted to, in order of preference.
	pub fn admitted(&self) -> impl Iterator<Item = ClusterId> + '_ {
		self.clusters
			.iter()
			.filter(|r| matches!(r.admission, Admission::Admitted))
			.map(|r| r.cluster)
	}
}

/// What a node's blacklist may name.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum BlacklistEntry<AccountId> {
	/// Every JCE of this customer.
	#[codec(index = 0)]
	Customer(AccountId),
	/// This JCE.
	#[codec(index = 1)]
	Jce(JceId),
}

/// Something due at a block.
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
pub enum Deadline {
	/// A forming cluster's invitations lapse.
	#[codec(index = 0)]
	Invitations(ClusterId),
	/// A JCE's request to a unanimous cluster lapses.
	#[codec(index = 1)]
	Decision(JceId, ClusterId),
	/// A keying cluster's members' key shares are due.
	#[codec(index = 2)]
	Keying(ClusterId),
}

/// Why a cluster forks.
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
pub enum ForkCause {
	/// The member announced its exit an epoch ahead: the migration cost comes from its
	/// self-bond.
	#[codec(index = 0)]
	Planned,
	/// The member was slashed, suspended or fell under the minimum stake: the cost is spread
	/// over its stakers.
	#[codec(index = 1)]
	Forced,
}

/// A cluster's work taken in an epoch.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct ClusterLoad {
	/// The epoch.
	pub epoch: EpochIndex,
	/// Compute units taken in it, summed over members.
	pub cu: ComputeUnits,
}
