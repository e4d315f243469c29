//! Who may act for a node: its operator, or its worker key. Every pallet checks these the same
//! way, through the two types here; both are also `EnsureOrigin`s, for a runtime that wants one
//! as a pallet's origin.
//!
//! A check that fails says why ([`NodeOriginError`]), so that each pallet returns its own named
//! error (`NodeNotFound`, `NotOperator`, `UnknownWorker`) instead of a bare `BadOrigin`; the
//! pallets take the signer with `ensure_signed` and check it here.

use crate::{NodeId, NodeInfo};
use core::marker::PhantomData;
use frame_support::{
	dispatch::RawOrigin,
	traits::{EnsureOrigin, EnsureOriginWithArg},
};
use sp_runtime::{traits::Convert, DispatchError};

/// Why an account may not act for a node.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NodeOriginError {
	/// No node has this id.
	NodeNotFound,
	/// The account is not the node's operator.
	NotOperator,
	/// The account is no node's current worker key.
	UnknownWorker,
}

impl NodeOriginError {
	/// The calling pallet's own error for this refusal, given its errors for an unknown node, a
	/// signer that does not operate it, and a signer that is no node's worker.
	pub fn into_error(
		self,
		node_not_found: impl Into<DispatchError>,
		not_operator: impl Into<DispatchError>,
		unknown_worker: impl Into<DispatchError>,
	) -> DispatchError {
		match self {
			Self::NodeNotFound => node_not_found.into(),
			Self::NotOperator => not_operator.into(),
			Self::UnknownWorker => unknown_worker.into(),
		}
	}
}

/// The signed account that operates a node: an [`EnsureOriginWithArg`] over the node's id, whose
/// success is the operator's account.
pub struct EnsureNodeOperator<AccountId, Nodes>(PhantomData<(AccountId, Nodes)>);

impl<AccountId: PartialEq, Nodes: NodeInfo<AccountId>> EnsureNodeOperator<AccountId, Nodes> {
	/// Whether `who` operates `node`.
	pub fn check(who: &AccountId, node: NodeId) -> Result<(), NodeOriginError> {
		let operator = Nodes::operator(node).ok_or(NodeOriginError::NodeNotFound)?;
		if &operator == who {
			Ok(())
		} else {
			Err(NodeOriginError::NotOperator)
		}
	}
}

impl<O, AccountId, Nodes> EnsureOriginWithArg<O, NodeId> for EnsureNodeOperator<AccountId, Nodes>
where
	O: Into<Result<RawOrigin<AccountId>, O>> + From<RawOrigin<AccountId>>,
	AccountId: PartialEq,
	Nodes: NodeInfo<AccountId>,
{
	type Success = AccountId;

	fn try_origin(origin: O, node: &NodeId) -> Result<AccountId, O> {
		match origin.into() {
			Ok(RawOrigin::Signed(who)) if Self::check(&who, *node).is_ok() => Ok(who),
			Ok(other) => Err(O::from(other)),
			Err(origin) => Err(origin),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin(node: &NodeId) -> Result<O, ()> {
		Nodes::operator(*node).map(|who| O::from(RawOrigin::Signed(who))).ok_or(())
	}
}

/// The signed account that is a node's current worker key (`ToWorker` turns the account into
/// the key): an [`EnsureOrigin`] whose success is the account and its node.
pub struct EnsureWorker<AccountId, Nodes, ToWorker>(PhantomData<(AccountId, Nodes, ToWorker)>);

impl<AccountId, Nodes, ToWorker> EnsureWorker<AccountId, Nodes, ToWorker>
where
	AccountId: Clone,
	Nodes: NodeInfo<AccountId>,
	ToWorker: Convert<AccountId, Nodes::WorkerKey>,
{
	/// The node whose current worker key `who` is.
	pub fn node_of(who: &AccountId) -> Result<NodeId, NodeOriginError> {
		Nodes::node_of_worker(&ToWorker::convert(who.clone())).ok_or(NodeOriginError::UnknownWorker)
	}
}

impl<O, AccountId, Nodes, ToWorker> EnsureOrigin<O> for EnsureWorker<AccountId, Nodes, ToWorker>
where
	O: Into<Result<RawOrigin<AccountId>, O>> + From<RawOrigin<AccountId>>,
	AccountId: Clone,
	Nodes: NodeInfo<AccountId>,
	ToWorker: Convert<AccountId, Nodes::WorkerKey>,
{
	type Success = (AccountId, NodeId);

	fn try_origin(origin: O) -> Result<(AccountId, NodeId), O> {
		match origin.into() {
			Ok(RawOrigin::Signed(who)) => match Self::node_of(&who) {
				Ok(node) => Ok((who, node)),
				Err(_) => Err(O::from(RawOrigin::Signed(who))),
			},
			Ok(other) => Err(O::from(other)),
			Err(origin) => Err(origin),
		}
	}

	/// No worker account can be made up here: benchmarks sign with a registered node's worker.
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		Err(())
	}
}
