//! What readers see: a node as it stands now, and what a staker can claim.

use crate::*;
use frame_support::traits::Get;
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// The node as it stands in the current epoch, without writing anything.
	pub fn node_view(id: NodeId) -> Option<NodeView<T::AccountId, T::WorkerKey, BalanceOf<T>>> {
		let (node, now) = Self::rolled_node(id)?;
		let status = node.status(now, T::MinSelfBond::get(), T::ReputationThreshold::get());
		// Probes measure what the node can do: without a measurement yet, what it declared.
		let measured = Records::<T>::get(id).measured_capacity;
		let usable = measured.map_or(node.declared_capacity, |m| m.min(node.declared_capacity));
		let active_capacity = if status == NodeStatus::Active {
			node.stake_capacity(T::StakePerCu::get()).min(usable)
		} else {
			0
		};
		Some(NodeView {
			tier: T::TierThresholds::get().tier(usable, node.device_class),
			operator: node.operator,
			worker_key: node.worker_key,
			device_class: node.device_class,
			declared_capacity: node.declared_capacity,
			active_capacity,
			reputation: node.reputation,
			status,
			commission: node.commission,
			self_bond: node.stake.self_bond,
			delegated: node.stake.delegated,
			pending: node.stake.pending_self_bond.saturating_add(node.stake.pending_delegated),
		})
	}

	/// Rewards `who` could claim on `node` now, without writing anything.
	pub fn claimable(id: NodeId, who: &T::AccountId) -> Option<BalanceOf<T>> {
		let (node, now) = Self::rolled_node(id)?;
		let commission =
			if node.operator == *who { node.unclaimed_commission } else { Zero::zero() };
		let from_position = match Positions::<T>::get(id, who) {
			Some(mut pos) => {
				Self::settle_in_memory(id, &node, &mut pos, now).ok()?;
				pos.unclaimed
			},
			None => Zero::zero(),
		};
		Some(from_position.saturating_add(commission))
	}
}
