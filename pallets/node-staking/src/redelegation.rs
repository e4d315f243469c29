//! Moving a delegation to another node, and the record that keeps it answerable for the
//! faults of the node it left.

use crate::{ledger::decrement, *};
use alloc::vec::Vec;
use frame_support::{dispatch::DispatchResult, ensure, traits::Get, BoundedVec};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError, Perbill,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_redelegate(
		delegator: T::AccountId,
		from: NodeId,
		to: NodeId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(from != to, Error::<T>::SameNode);
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let (mut from_node, now) = Self::load_node(from)?;
		let mut from_pos = Positions::<T>::get(from, &delegator)
			.filter(|pos| pos.kind == PositionKind::Delegation)
			.ok_or(Error::<T>::NoPosition)?;
		Self::settle(from, &from_node, &mut from_pos, now)?;
		let staked = from_pos.active.saturating_add(from_pos.pending);
		ensure!(amount <= staked, Error::<T>::InsufficientStake);
		let remaining = staked.saturating_sub(amount);
		ensure!(
			remaining.is_zero() || remaining >= T::MinDelegation::get(),
			Error::<T>::BelowMinDelegation
		);
		if let Some(last) =
			from_pos.last_redelegation.filter(|_| !Self::has_exited(&from_node, now))
		{
			ensure!(
				now >= last.saturating_add(T::RedelegationCooldown::get()),
				Error::<T>::RedelegationTooSoon
			);
		}

		let (mut to_node, _) = Self::load_node(to)?;
		Self::ensure_not_exiting(&to_node)?;
		ensure!(to_node.operator != delegator, Error::<T>::OperatorCannotDelegate);
		let (mut to_pos, is_new) = match Positions::<T>::get(to, &delegator) {
			Some(mut pos) => {
				ensure!(
					pos.lock_index == from_pos.lock_index
						&& pos.multiplier_percent == from_pos.multiplier_percent,
					Error::<T>::LockMismatch
				);
				Self::settle(to, &to_node, &mut pos, now)?;
				pos.locked_until = pos.locked_until.max(from_pos.locked_until);
				(pos, false)
			},
			None => {
				ensure!(amount >= T::MinDelegation::get(), Error::<T>::BelowMinDelegation);
				let freed = u32::from(
					remaining.is_zero()
						&& from_pos.unclaimed.is_zero()
						&& from_pos.unbonding.is_empty(),
				);
				Self::ensure_room_for_delegation(to, &to_node, &delegator, freed)?;
				let pos = Self::new_position(
					PositionKind::Delegation,
					&to_node,
					from_pos.multiplier_percent,
					from_pos.lock_index,
					from_pos.locked_until,
				);
				(pos, true)
			},
		};
		Self::check_pending(&to_node, &to_pos, amount, now)?;
		Self::take_stake(from, &mut from_node, &mut from_pos, amount)?;
		let effective_epoch = Self::add_pending(to, &mut to_node, &mut to_pos, amount, now)?;
		Self::record_move(from, &delegator, Move { to, amount, epoch: now })?;
		from_pos.last_redelegation = Some(now);
		to_pos.last_redelegation = Some(now);
		if is_new {
			to_node.positions = to_node.positions.saturating_add(1);
			DelegationCount::<T>::mutate(&delegator, |count| *count = count.saturating_add(1));
		}
		Self::store_position(from, &mut from_node, &delegator, from_pos);
		Positions::<T>::insert(to, &delegator, to_pos);
		Self::store_node(from, from_node, now);
		Nodes::<T>::insert(to, to_node);
		Self::deposit_event(Event::Redelegated { delegator, from, to, amount, effective_epoch });
		Ok(())
	}

	/// The most moves a node's record of moved stake holds (`MovedStake`).
	pub(crate) fn max_moves() -> u32 {
		T::MaxDelegationsPerNode::get().saturating_mul(MAX_MOVES)
	}

	/// The first epoch of the slash window, seen from epoch `now`.
	pub(crate) fn window_start(now: EpochIndex) -> EpochIndex {
		now.saturating_sub(T::SlashWindowEpochs::get())
	}

	/// Record that `delegator` moved stake away from node `from` (`MovedStake`), dropping its
	/// moves that left the window. A delegator new to the record of a full node first prunes
	/// the node's records that aged out.
	pub(crate) fn record_move(
		from: NodeId,
		delegator: &T::AccountId,
		entry: Move<BalanceOf<T>>,
	) -> DispatchResult {
		let start = Self::window_start(entry.epoch);
		let (mut moves, recorded) = match MovedStake::<T>::try_get(from, delegator) {
			Ok(moves) => (moves, true),
			Err(()) => (BoundedVec::default(), false),
		};
		moves.retain(|m| m.epoch >= start && !m.amount.is_zero());
		if !recorded {
			let max = T::MaxDelegationsPerNode::get();
			if MovedCount::<T>::get(from) >= max {
				Self::prune_moves(from, start);
			}
			ensure!(MovedCount::<T>::get(from) < max, Error::<T>::TooManyMoves);
			MovedCount::<T>::mutate(from, |count| *count = count.saturating_add(1));
		}
		moves.try_push(entry).map_err(|_| Error::<T>::TooManyMoves)?;
		MovedStake::<T>::insert(from, delegator, moves);
		Ok(())
	}

	/// Remove the records of stake moved away from `from` that left the window (which starts
	/// at epoch `start`). At most `MaxDelegationsPerNode` records.
	pub(crate) fn prune_moves(from: NodeId, start: EpochIndex) {
		let stale: Vec<T::AccountId> = MovedStake::<T>::iter_prefix(from)
			.filter(|(_, moves)| moves.iter().all(|m| m.epoch < start || m.amount.is_zero()))
			.map(|(who, _)| who)
			.collect();
		for who in stale {
			MovedStake::<T>::remove(from, &who);
			MovedCount::<T>::mutate_exists(from, decrement);
		}
	}

	/// Take up to `cut` of `who`'s delegation on node `to` (pending, then counted, then its
	/// unbonding chunks, newest first) and send it to `destination`: the share of a slash that
	/// falls on stake `who` redelegated to `to`. Returns what was taken.
	pub(crate) fn take_moved(
		to: NodeId,
		who: &T::AccountId,
		cut: BalanceOf<T>,
		destination: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let Ok((mut node, now)) = Self::load_node(to) else { return Ok(Zero::zero()) };
		let Some(mut pos) =
			Positions::<T>::get(to, who).filter(|pos| pos.kind == PositionKind::Delegation)
		else {
			return Ok(Zero::zero());
		};
		Self::settle(to, &node, &mut pos, now)?;
		let from_pending = cut.min(pos.pending);
		let from_active = cut.saturating_sub(from_pending).min(pos.active);
		Self::take_split(to, &mut node, &mut pos, from_pending, from_active)?;
		let mut rest = cut.saturating_sub(from_pending).saturating_sub(from_active);
		for chunk in pos.unbonding.iter_mut().rev() {
			let part = rest.min(chunk.amount);
			chunk.amount = chunk.amount.saturating_sub(part);
			rest = rest.saturating_sub(part);
		}
		pos.unbonding.retain(|chunk| !chunk.amount.is_zero());
		let taken = cut.saturating_sub(rest);
		if !taken.is_zero() {
			Self::seize(PositionKind::Delegation, who, destination, taken)?;
		}
		Self::store_position(to, &mut node, who, pos);
		Self::store_node(to, node, now);
		Ok(taken)
	}

	/// Take `fraction` of the stake redelegated away from node `id` inside the window (which
	/// starts at epoch `start`), where it went; returns what was taken.
	pub(crate) fn slash_moves(
		id: NodeId,
		fraction: Perbill,
		start: EpochIndex,
		destination: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let mut total = BalanceOf::<T>::zero();
		let records: Vec<_> = MovedStake::<T>::iter_prefix(id).collect();
		for (who, mut moves) in records {
			for entry in moves.iter_mut().filter(|m| m.epoch >= start) {
				let cut = fraction.mul_floor(entry.amount);
				if cut.is_zero() {
					continue;
				}
				let taken = Self::take_moved(entry.to, &who, cut, destination)?;
				entry.amount = entry.amount.saturating_sub(taken);
				total = total.saturating_add(taken);
			}
			moves.retain(|m| m.epoch >= start && !m.amount.is_zero());
			if moves.is_empty() {
				MovedStake::<T>::remove(id, &who);
				MovedCount::<T>::mutate_exists(id, decrement);
			} else {
				MovedStake::<T>::insert(id, &who, moves);
			}
		}
		Ok(total)
	}
}
