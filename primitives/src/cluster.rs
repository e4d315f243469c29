//! Clusters and joint computing environments (JCEs) as the computation queue sees them.

use crate::*;
use codec::{Decode, Encode};
use core::fmt::Debug;
use scale_info::TypeInfo;
use sp_runtime::DispatchError;

/// Identifier of a cluster, assigned in creation order (a fork gets a new one).
pub type ClusterId = u32;

/// Identifier of a joint computing environment (JCE), assigned in creation order.
pub type JceId = u32;

/// Where a computation submitted to a JCE runs: one of the JCE's admitted, active clusters.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct Placement<Balance> {
	/// The cluster.
	pub cluster: ClusterId,
	/// Its members: every one of them computes (k is the cluster's size).
	pub members: alloc::vec::Vec<NodeId>,
	/// The cluster's price per compute unit.
	pub price_per_cu: Balance,
}

/// The terms a JCE offers a new computation.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct JceTerms<Balance> {
	/// The highest price per CU among its admitted clusters: the escrow covers any of them.
	pub fee_per_cu: Balance,
	/// The largest size among its admitted clusters: k.
	pub redundancy: u8,
}

/// The clusters pallet, as the computation queue sees it. `()` has no JCEs.
pub trait JcePlacement<AccountId, Balance> {
	/// Whether `who` may submit a computation of `definition` to `jce`, and on what terms.
	fn admit(
		who: &AccountId,
		jce: JceId,
		definition: u32,
	) -> Result<JceTerms<Balance>, DispatchError>;
	/// Where a computation of `jce` of `cu` compute units per executor runs now: the first of
	/// its admitted clusters that is active, not about to fork, whose members are all active
	/// and that has `cu × size` capacity left this epoch. `None`: it waits in the queue.
	fn placement(jce: JceId, cu: ComputeUnits) -> Option<Placement<Balance>>;
	/// A computation of `jce` was assigned to `cluster`'s members: count its load.
	fn note_placed(jce: JceId, cluster: ClusterId, cu: ComputeUnits);
	/// A computation of `jce` ended, `verified` or not (its history).
	fn note_ended(jce: JceId, verified: bool);
	/// `node` faulted on a computation of `jce` (missed it, or a wrong or unrevealed result):
	/// counted against it in the JCE's cluster it serves; repeated faults there eject it.
	fn note_fault(jce: JceId, node: NodeId);
	/// The most `note_fault` weighs: the node found in the last of the most clusters a JCE
	/// may have, and ejected there.
	fn note_fault_weight() -> sp_runtime::Weight;
	/// The most `placement` and `note_placed` weigh together.
	fn placement_weight() -> sp_runtime::Weight;
}

impl<AccountId, Balance> JcePlacement<AccountId, Balance> for () {
	fn admit(_: &AccountId, _: JceId, _: u32) -> Result<JceTerms<Balance>, DispatchError> {
		Err(DispatchError::Other("no joint computing environments in this runtime"))
	}
	fn placement(_: JceId, _: ComputeUnits) -> Option<Placement<Balance>> {
		None
	}
	fn note_placed(_: JceId, _: ClusterId, _: ComputeUnits) {}
	fn note_ended(_: JceId, _: bool) {}
	fn note_fault(_: JceId, _: NodeId) {}
	fn note_fault_weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
	fn placement_weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
}

/// The computation queue's ranking of nodes, for picking a cluster's automatic replacement.
pub trait NodeRanking {
	/// Up to `limit` active nodes offered to the queue, best first by the queue's score
	/// (reputation, stake, free capacity), none of them in `exclude`.
	fn best_nodes(exclude: &[NodeId], limit: u32) -> alloc::vec::Vec<NodeId>;
}

impl NodeRanking for () {
	fn best_nodes(_: &[NodeId], _: u32) -> alloc::vec::Vec<NodeId> {
		alloc::vec::Vec::new()
	}
}
