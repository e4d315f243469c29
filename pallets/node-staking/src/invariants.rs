//! The pallet's invariants, checked by `try_state`.

use crate::*;
use frame_support::{ensure, traits::Get};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// Check the pallet's invariants (see the crate documentation).
	#[cfg(any(test, feature = "try-runtime"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::{Inspect, InspectHold};
		let mut held: BTreeMap<(T::AccountId, u8), BalanceOf<T>> = BTreeMap::new();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut delegations: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut owed = BalanceOf::<T>::zero();
		let now = Self::current_epoch();

		for (id, node) in Nodes::<T>::iter() {
			// The node as of now, for what depends on due changes (settlement, worker key).
			let mut rolled = node.clone();
			let _ = rolled.roll(now, 0, 0, Self::payouts_done(id, &node, now));
			let mut sums = NodeStake::<BalanceOf<T>>::default();
			let mut count = 0u32;
			for (who, pos) in Positions::<T>::iter_prefix(id) {
				count = count.saturating_add(1);
				ensure!(
					pos.recent <= pos.active,
					"a position's recent stake is part of its counted"
				);
				let pending_on_node =
					node.stake.has_pending() && pos.pending_epoch == node.stake.pending_epoch;
				let (pending, counted) = if pending_on_node {
					(pos.pending, pos.active)
				} else {
					(Zero::zero(), pos.active.saturating_add(pos.pending))
				};
				let counted_weight = pos.weight_of(counted).ok_or("weight overflow")?;
				let pending_weight = pos.weight_of(pending).ok_or("weight overflow")?;
				sums.weight = sums.weight.saturating_add(counted_weight);
				sums.pending_weight = sums.pending_weight.saturating_add(pending_weight);
				match pos.kind {
					PositionKind::SelfBond => {
						ensure!(who == node.operator, "a self-bond belongs to the operator");
						sums.self_bond = sums.self_bond.saturating_add(counted);
						sums.pending_self_bond = sums.pending_self_bond.saturating_add(pending);
					},
					PositionKind::Delegation => {
						ensure!(who != node.operator, "an operator does not delegate to itself");
						sums.delegated = sums.delegated.saturating_add(counted);
						sums.pending_delegated = sums.pending_delegated.saturating_add(pending);
						let entry = delegations.entry(who.clone()).or_default();
						*entry = entry.saturating_add(1);
					},
				}
				let reason = match pos.kind {
					PositionKind::SelfBond => 0u8,
					PositionKind::Delegation => 1u8,
				};
				let entry = held.entry((who, reason)).or_insert_with(Zero::zero);
				*entry = entry.saturating_add(pos.held());
				ensure!(!pos.is_empty(), "empty positions are removed");
				// Rewards this position could claim now.
				let mut settled = pos.clone();
				Self::settle_in_memory(id, &rolled, &mut settled, now)
					.map_err(|_| "settling overflows")?;
				owed = owed.saturating_add(settled.unclaimed);
			}
			ensure!(sums.self_bond == node.stake.self_bond, "counted self-bond == Σ positions");
			ensure!(sums.delegated == node.stake.delegated, "counted delegations == Σ positions");
			ensure!(
				sums.pending_self_bond == node.stake.pending_self_bond
					&& sums.pending_delegated == node.stake.pending_delegated,
				"pending stake == Σ positions"
			);
			ensure!(
				sums.weight == node.stake.weight
					&& sums.pending_weight == node.stake.pending_weight,
				"node reward weights == Σ position weights"
			);
			ensure!(count == node.positions, "node position count matches");
			for (epoch, point) in ActivationPoints::<T>::iter_prefix(id) {
				let members = Positions::<T>::iter_prefix_values(id)
					.filter(|pos| !pos.pending.is_zero() && pos.pending_epoch == epoch)
					.count() as u32;
				ensure!(
					point.positions == members && members > 0,
					"an activation point counts the positions still pending in its batch"
				);
			}
			ensure!(
				WorkerKeys::<T>::get(&rolled.worker_key) == Some(id)
					|| WorkerKeys::<T>::get(&node.worker_key) == Some(id),
				"the worker key maps to its node"
			);
			let entry = deposits.entry(node.operator.clone()).or_insert_with(Zero::zero);
			*entry = entry.saturating_add(node.deposit);
			owed = owed.saturating_add(node.unclaimed_commission);
		}
		ensure!(
			Positions::<T>::iter_keys().all(|(id, _)| Nodes::<T>::contains_key(id)),
			"every position belongs to a node"
		);
		for ((who, reason), amount) in held {
			let reason = if reason == 0 { HoldReason::SelfBond } else { HoldReason::Delegation };
			ensure!(
				T::Currency::balance_on_hold(&reason.into(), &who) == amount,
				"held balance == Σ positions (counted + pending + unbonding)"
			);
		}
		for (who, amount) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::NodeDeposit.into(), &who) == amount,
				"held deposit == Σ node deposits"
			);
		}
		for (who, count) in DelegationCount::<T>::iter() {
			ensure!(
				delegations.get(&who).copied().unwrap_or_default() == count,
				"delegation counts match"
			);
		}
		ensure!(
			delegations.values().sum::<u32>() == DelegationCount::<T>::iter_values().sum::<u32>(),
			"every delegator is counted"
		);
		let totals = RewardTotals::<T>::get();
		ensure!(totals.paid <= totals.credited, "rewards paid <= rewards credited");
		ensure!(
			T::Currency::balance(&Self::reward_pot())
				>= totals.credited.saturating_sub(totals.paid),
			"the reward pot holds everything credited and not yet paid"
		);
		ensure!(
			owed <= totals.credited.saturating_sub(totals.paid),
			"rewards owed <= rewards credited - paid"
		);
		for node in Records::<T>::iter_keys() {
			ensure!(Nodes::<T>::contains_key(node), "a record of a removed node");
		}
		// Records of moved stake belong to existing nodes, and are counted per node.
		let mut moved: BTreeMap<NodeId, u32> = BTreeMap::new();
		for (from, _, moves) in MovedStake::<T>::iter() {
			ensure!(Nodes::<T>::contains_key(from), "moved stake recorded on a removed node");
			ensure!(moves.iter().all(|m| m.to != from), "stake moved to the node it left");
			let count = moved.entry(from).or_default();
			*count = count.saturating_add(1);
		}
		for (from, count) in MovedCount::<T>::iter() {
			ensure!(moved.remove(&from) == Some(count), "a node's moved-stake count is wrong");
			ensure!(count <= T::MaxDelegationsPerNode::get(), "too many moved-stake records");
		}
		ensure!(moved.is_empty(), "moved stake without a count");
		// Lapsing: only nodes under the reputation threshold.
		for (id, _) in Lapsing::<T>::iter() {
			let node = Nodes::<T>::get(id).ok_or("a lapsing record of no node")?;
			ensure!(
				node.reputation < T::ReputationThreshold::get(),
				"a lapsing node at or above the threshold"
			);
		}
		Ok(())
	}
}
