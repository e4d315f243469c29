//! Nodes offered to the queue: who acts for a node, offering, withdrawing, heartbeats and uptime.

use crate::*;
use corex_primitives::{EnsureNodeOperator, EnsureWorker, NodeOriginError, NodeStatus};
use frame_support::{ensure, traits::Get};
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	// ---------------------------------------------------------------------------------------
	// Who acts for a node
	// ---------------------------------------------------------------------------------------

	/// `who` operates `node` (`NodeNotFound`, `NotOperator`).
	pub(crate) fn ensure_operator(who: &T::AccountId, node: NodeId) -> DispatchResult {
		EnsureNodeOperator::<T::AccountId, T::Nodes>::check(who, node).map_err(Self::refused)
	}

	/// The node whose current worker key `who` is (`UnknownWorker`).
	pub(crate) fn worker_node(who: &T::AccountId) -> Result<NodeId, DispatchError> {
		EnsureWorker::<T::AccountId, T::Nodes, T::AccountToWorker>::node_of(who)
			.map_err(Self::refused)
	}

	fn refused(refusal: NodeOriginError) -> DispatchError {
		refusal.into_error(
			Error::<T>::NodeNotFound,
			Error::<T>::NotOperator,
			Error::<T>::UnknownWorker,
		)
	}

	// ---------------------------------------------------------------------------------------
	// Offered nodes
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_offer(who: T::AccountId, node: NodeId) -> DispatchResult {
		Self::ensure_operator(&who, node)?;
		ensure!(T::Nodes::is_active(node), Error::<T>::NodeNotActive);
		ensure!(!OfferPositions::<T>::contains_key(node), Error::<T>::AlreadyOffered);
		let count = OfferedCount::<T>::get();
		ensure!(count < T::MaxOfferedNodes::get(), Error::<T>::TooManyOfferedNodes);
		let class = T::Nodes::device_class(node).ok_or(Error::<T>::NodeNotFound)?;
		OfferedNodes::<T>::insert(count, node);
		OfferPositions::<T>::insert(node, (count, class));
		OfferedCount::<T>::put(count.saturating_add(1));
		OfferedPerClass::<T>::mutate(class, |n| *n = n.saturating_add(1));
		Self::deposit_event(Event::NodeOffered { node });
		Ok(())
	}

	pub(crate) fn do_withdraw(who: T::AccountId, node: NodeId) -> DispatchResult {
		let (position, class) = OfferPositions::<T>::get(node).ok_or(Error::<T>::NotOffered)?;
		match T::Nodes::operator(node) {
			Some(operator) if T::Nodes::status(node) != Some(NodeStatus::Exited) => {
				ensure!(operator == who, Error::<T>::NotOperator)
			},
			_ => {},
		}
		// Move the last offered node into the freed position.
		let last = OfferedCount::<T>::get().saturating_sub(1);
		if position != last {
			if let Some(moved) = OfferedNodes::<T>::get(last) {
				OfferedNodes::<T>::insert(position, moved);
				OfferPositions::<T>::mutate(moved, |p| {
					if let Some((at, _)) = p {
						*at = position;
					}
				});
			}
		}
		OfferedNodes::<T>::remove(last);
		OfferPositions::<T>::remove(node);
		OfferedCount::<T>::put(last);
		OfferedPerClass::<T>::mutate(class, |n| *n = n.saturating_sub(1));
		Self::deposit_event(Event::NodeWithdrawn { node });
		Ok(())
	}

	pub(crate) fn do_heartbeat(who: T::AccountId) -> DispatchResult {
		let node = Self::worker_node(&who)?;
		let epoch = T::Nodes::current_epoch();
		let liveness = match Heartbeats::<T>::get(node) {
			Some(mut liveness) => {
				ensure!(liveness.beat(epoch), Error::<T>::AlreadyBeat);
				liveness
			},
			None => Liveness::first(epoch),
		};
		Heartbeats::<T>::insert(node, liveness);
		Self::deposit_event(Event::Heartbeat { node, epoch, uptime: liveness.uptime(epoch) });
		Ok(())
	}

	/// A node's uptime in epoch `epoch`; zero if its worker never sent a heartbeat.
	pub(crate) fn uptime_of(
		node: NodeId,
		epoch: corex_primitives::EpochIndex,
	) -> sp_runtime::Perbill {
		Heartbeats::<T>::get(node).map_or(sp_runtime::Perbill::zero(), |l| l.uptime(epoch))
	}
}
