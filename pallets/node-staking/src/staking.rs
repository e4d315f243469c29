//! Bonding, delegating, unbonding and withdrawing.

use crate::*;
use alloc::vec::Vec;
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{fungible::MutateHold, tokens::Precision, Get},
	BoundedVec,
};
use sp_runtime::traits::{Saturating, Zero};

/// Multiplier of self-bond positions.
const SELF_BOND_MULTIPLIER: MultiplierPercent = 100;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_bond(
		operator: T::AccountId,
		id: NodeId,
		amount: BalanceOf<T>,
		kind: BondKind,
	) -> DispatchResult {
		let (mut node, now) = Self::load_node(id)?;
		Self::ensure_operator(&node, &operator)?;
		Self::ensure_not_exiting(&node)?;
		let existing = Positions::<T>::get(id, &operator);
		let mut pos = match (kind, existing) {
			(BondKind::First, Some(pos)) => {
				ensure!(pos.active.is_zero() && pos.pending.is_zero(), Error::<T>::AlreadyBonded);
				ensure!(amount >= T::MinSelfBond::get(), Error::<T>::BelowMinSelfBond);
				pos
			},
			(BondKind::First, None) => {
				ensure!(amount >= T::MinSelfBond::get(), Error::<T>::BelowMinSelfBond);
				node.positions = node.positions.checked_add(1).ok_or(Error::<T>::Overflow)?;
				Self::new_position(
					PositionKind::SelfBond,
					&node,
					SELF_BOND_MULTIPLIER,
					0,
					Zero::zero(),
				)
			},
			(BondKind::Extra, Some(pos)) => {
				ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
				ensure!(!(pos.active.is_zero() && pos.pending.is_zero()), Error::<T>::NoPosition);
				pos
			},
			(BondKind::Extra, None) => return Err(Error::<T>::NoPosition.into()),
		};
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		Self::settle(id, &node, &mut pos, now)?;
		// Validate the arithmetic on copies before anything is held.
		Self::check_pending(&node, &pos, amount, now)?;
		T::Currency::hold(&HoldReason::SelfBond.into(), &operator, amount)?;
		let effective_epoch = Self::add_pending(id, &mut node, &mut pos, amount, now)?;
		Positions::<T>::insert(id, &operator, pos);
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::Bonded { node: id, operator, amount, effective_epoch });
		Ok(())
	}

	pub(crate) fn do_unbond(
		who: T::AccountId,
		id: NodeId,
		amount: BalanceOf<T>,
		kind: PositionKind,
	) -> DispatchResult {
		let (mut node, now) = Self::load_node(id)?;
		let mut pos = Positions::<T>::get(id, &who)
			.filter(|pos| pos.kind == kind)
			.ok_or(Error::<T>::NoPosition)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		Self::settle(id, &node, &mut pos, now)?;
		let staked = pos.active.saturating_add(pos.pending);
		ensure!(amount <= staked, Error::<T>::InsufficientStake);
		let remaining = staked.saturating_sub(amount);
		let exited = Self::has_exited(&node, now);
		match kind {
			PositionKind::SelfBond => {
				ensure!(exited || remaining >= T::MinSelfBond::get(), Error::<T>::BelowMinSelfBond)
			},
			// A lock binds even after the node has left (delegators may `redelegate` out), so
			// it cannot be escaped through a node that exits on purpose.
			PositionKind::Delegation => {
				ensure!(
					frame_system::Pallet::<T>::block_number() >= pos.locked_until,
					Error::<T>::LockNotExpired
				);
				ensure!(
					exited || remaining.is_zero() || remaining >= T::MinDelegation::get(),
					Error::<T>::BelowMinDelegation
				);
			},
		}
		// The chunk first: it is the step that can fail, and it writes no storage.
		let unlock_epoch = Self::push_chunk(&mut pos, amount, now, FullChunks::Refuse)?;
		Self::take_stake(id, &mut node, &mut pos, amount)?;
		Positions::<T>::insert(id, &who, pos);
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::Unbonded { node: id, who, amount, unlock_epoch });
		Ok(())
	}

	pub(crate) fn do_withdraw_unbonded(who: T::AccountId, id: NodeId) -> DispatchResult {
		let mut pos = Positions::<T>::get(id, &who).ok_or(Error::<T>::NoPosition)?;
		let (mut node, now) = Self::load_node(id)?;
		Self::settle(id, &node, &mut pos, now)?;
		let block = frame_system::Pallet::<T>::block_number();
		let (unlocked, locked): (Vec<_>, Vec<_>) = pos
			.unbonding
			.iter()
			.copied()
			.partition(|chunk| chunk.unlock_epoch <= now && chunk.unlock_block <= block);
		let amount = unlocked
			.iter()
			.fold(BalanceOf::<T>::zero(), |acc, chunk| acc.saturating_add(chunk.amount));
		ensure!(!amount.is_zero(), Error::<T>::NothingToWithdraw);
		T::Currency::release(&Self::hold_reason(pos.kind), &who, amount, Precision::Exact)?;
		pos.unbonding = BoundedVec::truncate_from(locked);
		Self::store_position(id, &mut node, &who, pos);
		Self::deposit_event(Event::Withdrawn { node: id, who, amount });
		Self::store_node(id, node, now);
		Ok(())
	}

	/// Check that `delegator` may open a new delegation on `node`.
	pub(crate) fn ensure_room_for_delegation(
		id: NodeId,
		node: &NodeOf<T>,
		delegator: &T::AccountId,
		freed: u32,
	) -> DispatchResult {
		let self_bond = u32::from(Positions::<T>::contains_key(id, &node.operator));
		let delegations = node.positions.saturating_sub(self_bond);
		ensure!(delegations < T::MaxDelegationsPerNode::get(), Error::<T>::NodeDelegationsFull);
		let held = DelegationCount::<T>::get(delegator).saturating_sub(freed);
		ensure!(held < T::MaxDelegationsPerDelegator::get(), Error::<T>::TooManyDelegations);
		Ok(())
	}

	pub(crate) fn do_delegate(
		delegator: T::AccountId,
		id: NodeId,
		amount: BalanceOf<T>,
		lock: u8,
	) -> DispatchResult {
		let (mut node, now) = Self::load_node(id)?;
		Self::ensure_not_exiting(&node)?;
		ensure!(node.operator != delegator, Error::<T>::OperatorCannotDelegate);
		let option = *T::LockMenu::get().get(usize::from(lock)).ok_or(Error::<T>::InvalidLock)?;
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let block = frame_system::Pallet::<T>::block_number();
		let locked_until = block.saturating_add(option.duration);
		let (mut pos, is_new) = match Positions::<T>::get(id, &delegator) {
			Some(mut pos) => {
				ensure!(pos.kind == PositionKind::Delegation, Error::<T>::OperatorCannotDelegate);
				ensure!(
					pos.lock_index == lock && pos.multiplier_percent == option.multiplier_percent,
					Error::<T>::LockMismatch
				);
				Self::settle(id, &node, &mut pos, now)?;
				pos.locked_until = pos.locked_until.max(locked_until);
				(pos, false)
			},
			None => {
				Self::ensure_room_for_delegation(id, &node, &delegator, 0)?;
				let pos = Self::new_position(
					PositionKind::Delegation,
					&node,
					option.multiplier_percent,
					lock,
					locked_until,
				);
				(pos, true)
			},
		};
		let total = pos.active.saturating_add(pos.pending).saturating_add(amount);
		ensure!(total >= T::MinDelegation::get(), Error::<T>::BelowMinDelegation);
		Self::check_pending(&node, &pos, amount, now)?;
		T::Currency::hold(&HoldReason::Delegation.into(), &delegator, amount)?;
		let effective_epoch = Self::add_pending(id, &mut node, &mut pos, amount, now)?;
		if is_new {
			node.positions = node.positions.saturating_add(1);
			DelegationCount::<T>::mutate(&delegator, |count| *count = count.saturating_add(1));
		}
		let locked_until = pos.locked_until;
		Positions::<T>::insert(id, &delegator, pos);
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::Delegated {
			delegator,
			node: id,
			amount,
			lock,
			locked_until,
			effective_epoch,
		});
		Ok(())
	}
}
