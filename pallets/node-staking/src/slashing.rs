//! Taking stake for faults: slashes, missed work and suspension.

use crate::*;
use alloc::vec::Vec;
use corex_primitives::{MissOutcome, SlashOutcome};
use frame_support::{dispatch::DispatchResult, ensure, storage::with_storage_layer, traits::Get};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError, Perbill,
};

impl<T: Config> Pallet<T> {
	/// Slash `fraction` of what was at risk for a fault in work taken in `fault_epoch` (`None`:
	/// a fault now).
	pub(crate) fn do_slash(
		id: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: &T::AccountId,
		scope: SlashScope,
		fault_epoch: Option<EpochIndex>,
	) -> Result<SlashOutcome<BalanceOf<T>>, DispatchError> {
		with_storage_layer(|| {
			let (mut node, now) = Self::load_node(id)?;
			let window_start = now.saturating_sub(T::SlashWindowEpochs::get());
			let mut outcome = SlashOutcome::<BalanceOf<T>>::default();
			let positions: Vec<_> = Positions::<T>::iter_prefix(id).collect();
			for (who, mut pos) in positions {
				if scope == SlashScope::SelfBondOnly && pos.kind != PositionKind::SelfBond {
					continue;
				}
				Self::settle(id, &node, &mut pos, now)?;
				// Only counted stake was at risk: stake bonded this epoch (pending) backs none of
				// the node's work yet, and was most likely added after the fault. Nor was stake
				// that became counted after the epoch the node took the faulty work in.
				let spared = match fault_epoch {
					Some(fault) if pos.recent_epoch > fault => pos.recent,
					_ => Zero::zero(),
				};
				let at_risk = pos.active.saturating_sub(spared);
				let (from_pending, from_active) =
					(BalanceOf::<T>::zero(), fraction.mul_floor(at_risk));
				let from_stake = from_pending.saturating_add(from_active);
				Self::take_split(id, &mut node, &mut pos, from_pending, from_active)?;
				let mut from_chunks = BalanceOf::<T>::zero();
				for chunk in pos.unbonding.iter_mut().filter(|c| c.start_epoch >= window_start) {
					let cut = fraction.mul_floor(chunk.amount);
					chunk.amount = chunk.amount.saturating_sub(cut);
					from_chunks = from_chunks.saturating_add(cut);
				}
				pos.unbonding.retain(|chunk| !chunk.amount.is_zero());
				let total = from_stake.saturating_add(from_chunks);
				if !total.is_zero() {
					Self::seize(pos.kind, &who, destination, total)?;
				}
				match pos.kind {
					PositionKind::SelfBond => {
						outcome.self_bond = outcome.self_bond.saturating_add(total)
					},
					PositionKind::Delegation => {
						outcome.delegations = outcome.delegations.saturating_add(from_stake);
						outcome.unbonding = outcome.unbonding.saturating_add(from_chunks);
					},
				}
				Self::store_position(id, &mut node, &who, pos);
			}
			if scope == SlashScope::AllStake {
				outcome.redelegated = Self::slash_moves(id, fraction, window_start, destination)?;
			}
			Records::<T>::mutate(id, |r| r.slashed = r.slashed.saturating_add(outcome.total()));
			Self::deposit_event(Event::NodeSlashed {
				node: id,
				reason,
				fraction,
				self_bond: outcome.self_bond,
				delegations: outcome.delegations,
				unbonding: outcome.unbonding,
				redelegated: outcome.redelegated,
				destination: destination.clone(),
			});
			Self::store_node(id, node, now);
			Ok(outcome)
		})
	}

	pub(crate) fn do_note_miss(
		id: NodeId,
		penalty: Reputation,
		slash: Perbill,
		reason: SlashReason,
	) -> Result<MissOutcome, DispatchError> {
		let (mut node, now) = Self::load_node(id)?;
		let mut outcome = MissOutcome { unresponsive: node.unresponsive, ..Default::default() };
		if !node.unresponsive {
			let remembered = now <= node.last_miss.saturating_add(T::FaultMemory::get());
			let recent = if remembered { node.recent_misses } else { 0 }.saturating_add(1);
			node.recent_misses = recent;
			node.last_miss = now;
			outcome.recent = recent;
			// The first miss in a while costs reputation only; repeats are slashed more each
			// time, up to `UnresponsiveAfter` times `slash`.
			let times = recent.saturating_sub(1).min(T::UnresponsiveAfter::get());
			outcome.slashed = Perbill::from_parts(slash.deconstruct().saturating_mul(times));
			if recent >= T::UnresponsiveAfter::get() {
				node.unresponsive = true;
				outcome.unresponsive = true;
				Self::deposit_event(Event::NodeUnresponsive { node: id, misses: recent });
			}
			Nodes::<T>::insert(id, node);
		}
		outcome.reputation = Self::do_adjust_reputation(id, i32::from(penalty).saturating_neg())?;
		Records::<T>::mutate(id, |r| r.misses = r.misses.saturating_add(1));
		if !outcome.slashed.is_zero() {
			let destination = T::SlashDestination::get();
			if let Err(e) = Self::do_slash(
				id,
				outcome.slashed,
				reason,
				&destination,
				SlashScope::AllStake,
				None,
			) {
				log::debug!(target: "node-staking", "no slash of node {id} for a miss: {e:?}");
			}
		}
		Ok(outcome)
	}

	pub(crate) fn do_suspend(id: NodeId, epochs: EpochIndex) -> DispatchResult {
		ensure!(epochs > 0, Error::<T>::NoChange);
		let (mut node, now) = Self::load_node(id)?;
		let until = now.saturating_add(epochs.saturating_sub(1));
		let until = node.suspended_until.map_or(until, |current| current.max(until));
		node.suspended_until = Some(until);
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::NodeSuspended { node: id, until_epoch: until });
		Ok(())
	}
}
