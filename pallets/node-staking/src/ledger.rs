//! A node's stake ledger: bringing a node to the current epoch, its positions, the batches
//! of pending stake and their activation, holds and unbonding chunks.

use crate::*;
use frame_support::{
	defensive,
	dispatch::DispatchResult,
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{AccountIdConversion, CheckedAdd, One, SaturatedConversion, Saturating, Zero},
	DispatchError, FixedU128,
};

/// Decrease a stored counter by one, removing it at zero.
pub(crate) fn decrement(count: &mut Option<u32>) {
	let left = count.unwrap_or_default().saturating_sub(1);
	*count = (left > 0).then_some(left);
}

impl<T: Config> Pallet<T> {
	/// The account holding credited rewards until they are claimed.
	pub fn reward_pot() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// The running epoch.
	pub fn current_epoch() -> EpochIndex {
		CurrentEpoch::<T>::get().index
	}

	/// Blocks per epoch as the chain counts them: the governed length, at least one.
	pub fn effective_epoch_length() -> BlockNumberFor<T> {
		T::EpochLength::get().max(One::one())
	}

	/// Advance the epoch counter if the epoch's blocks are up. Constant work.
	pub(crate) fn advance_epoch(now: BlockNumberFor<T>) -> Weight {
		let info = CurrentEpoch::<T>::get();
		let length = Self::effective_epoch_length();
		if now.saturating_sub(info.start) < length {
			return <T as Config>::WeightInfo::on_initialize_same_epoch(
				corex_primitives::scale::NODES,
			);
		}
		let index = info.index.saturating_add(1);
		CurrentEpoch::<T>::put(EpochInfo { index, start: now });
		Self::deposit_event(Event::EpochStarted { epoch: index, start: now });
		<T as Config>::WeightInfo::on_initialize_new_epoch(corex_primitives::scale::NODES)
	}

	pub(crate) fn hold_reason(kind: PositionKind) -> T::RuntimeHoldReason {
		match kind {
			PositionKind::SelfBond => HoldReason::SelfBond.into(),
			PositionKind::Delegation => HoldReason::Delegation.into(),
		}
	}

	/// Move `amount` of `who`'s stake of `kind` from its hold to `destination`: what a slash
	/// takes.
	pub(crate) fn seize(
		kind: PositionKind,
		who: &T::AccountId,
		destination: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		T::Currency::transfer_on_hold(
			&Self::hold_reason(kind),
			who,
			destination,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		Ok(())
	}

	pub(crate) fn node_deposit(metadata_len: usize) -> Result<BalanceOf<T>, DispatchError> {
		let len: BalanceOf<T> = (metadata_len as u128).saturated_into();
		T::NodeDepositPerByte::get()
			.checked_mul(&len)
			.and_then(|per_byte| per_byte.checked_add(&T::NodeDepositBase::get()))
			.ok_or_else(|| Error::<T>::Overflow.into())
	}

	/// Whether `key` is the current or scheduled worker key of an existing node; returns it.
	pub(crate) fn worker_key_owner(key: &T::WorkerKey) -> Option<NodeId> {
		let id = WorkerKeys::<T>::get(key)?;
		// A rotation that is already due has freed the old key.
		let (node, _) = Self::rolled_node(id)?;
		let scheduled = node.pending_update.as_ref().is_some_and(|u| u.worker_key == *key);
		(node.worker_key == *key || scheduled).then_some(id)
	}

	/// A node as it stands in the current epoch, in memory only (nothing is written).
	pub(crate) fn rolled_node(id: NodeId) -> Option<(NodeOf<T>, EpochIndex)> {
		let mut node = Nodes::<T>::get(id)?;
		let now = Self::current_epoch();
		let payouts_done = Self::payouts_done(id, &node, now);
		let _ =
			node.roll(now, T::ReputationDrift::get(), T::ReputationThreshold::get(), payouts_done);
		Some((node, now))
	}

	/// Whether the node's pending stake, if due, may become counted: the mining pool has paid
	/// the node every reward of the epochs before the stake's epoch, so the new stake shares none
	/// of them. One read, and only when pending stake is due.
	pub(crate) fn payouts_done(id: NodeId, node: &NodeOf<T>, now: EpochIndex) -> bool {
		!node.pending_is_due(now)
			|| !<T::UnpaidRewards as corex_primitives::UnpaidRewards>::unpaid_before(
				id,
				node.stake.pending_epoch,
			)
	}

	/// Load a node and bring it to the current epoch, writing what the roll changed outside the
	/// record (activation checkpoint, retired worker key). The caller stores the node.
	pub(crate) fn load_node(id: NodeId) -> Result<(NodeOf<T>, EpochIndex), DispatchError> {
		let mut node = Nodes::<T>::get(id).ok_or(Error::<T>::NodeNotFound)?;
		let now = Self::current_epoch();
		let payouts_done = Self::payouts_done(id, &node, now);
		let effects =
			node.roll(now, T::ReputationDrift::get(), T::ReputationThreshold::get(), payouts_done);
		if let Some((epoch, reward_per_weight)) = effects.activated {
			ActivationPoints::<T>::mutate_exists(id, epoch, |point| {
				if let Some(point) = point {
					point.reward_per_weight = Some(reward_per_weight);
				}
			});
		}
		if let Some(key) = effects.retired_key {
			if WorkerKeys::<T>::get(&key) == Some(id) {
				WorkerKeys::<T>::remove(&key);
			}
		}
		Ok((node, now))
	}

	pub(crate) fn ensure_operator(node: &NodeOf<T>, who: &T::AccountId) -> DispatchResult {
		ensure!(node.operator == *who, Error::<T>::NotOperator);
		Ok(())
	}

	pub(crate) fn ensure_not_exiting(node: &NodeOf<T>) -> DispatchResult {
		ensure!(node.exit_epoch.is_none(), Error::<T>::NodeExiting);
		Ok(())
	}

	pub(crate) fn has_exited(node: &NodeOf<T>, now: EpochIndex) -> bool {
		node.exit_epoch.is_some_and(|exit| exit < now)
	}

	/// Reward per weight at which the pending stake of `pos` became counted.
	pub(crate) fn activation_point(id: NodeId, node: &NodeOf<T>, pos: &PositionOf<T>) -> FixedU128 {
		ActivationPoints::<T>::get(id, pos.pending_epoch)
			.and_then(|point| point.reward_per_weight)
			// Not written yet: the node was rolled in memory only, at its current value.
			.unwrap_or(node.reward_per_weight)
	}

	/// Bring a position's rewards and pending stake up to date with a rolled node, in memory.
	/// Returns the epoch of the pending batch the position left, if it did.
	pub(crate) fn settle_in_memory(
		id: NodeId,
		node: &NodeOf<T>,
		pos: &mut PositionOf<T>,
		now: EpochIndex,
	) -> Result<Option<EpochIndex>, DispatchError> {
		let mut left_batch = None;
		// The node still holds the batch as pending while its payouts are outstanding.
		let waiting = node.stake.has_pending() && node.stake.pending_epoch == pos.pending_epoch;
		if !pos.pending.is_zero() && pos.pending_epoch <= now && !waiting {
			let point = Self::activation_point(id, node, pos);
			let weight = pos.weight_of(pos.active).ok_or(Error::<T>::Overflow)?;
			let earned = PositionOf::<T>::earned(weight, pos.reward_point, point);
			pos.unclaimed = pos.unclaimed.saturating_add(earned.saturated_into());
			pos.reward_point = point;
			pos.active = pos.active.checked_add(&pos.pending).ok_or(Error::<T>::Overflow)?;
			// The newest stake counted; what was recent before is older now.
			pos.recent = pos.pending;
			pos.recent_epoch = pos.pending_epoch;
			pos.pending = Zero::zero();
			left_batch = Some(pos.pending_epoch);
		}
		let weight = pos.weight_of(pos.active).ok_or(Error::<T>::Overflow)?;
		let earned = PositionOf::<T>::earned(weight, pos.reward_point, node.reward_per_weight);
		pos.unclaimed = pos.unclaimed.saturating_add(earned.saturated_into());
		pos.reward_point = node.reward_per_weight;
		Ok(left_batch)
	}

	/// [`Self::settle_in_memory`], releasing the position's place in its activation batch.
	pub(crate) fn settle(
		id: NodeId,
		node: &NodeOf<T>,
		pos: &mut PositionOf<T>,
		now: EpochIndex,
	) -> DispatchResult {
		if let Some(epoch) = Self::settle_in_memory(id, node, pos, now)? {
			Self::leave_batch(id, epoch);
		}
		Ok(())
	}

	pub(crate) fn join_batch(id: NodeId, epoch: EpochIndex) {
		ActivationPoints::<T>::mutate(id, epoch, |point| {
			let point = point.get_or_insert_with(Default::default);
			point.positions = point.positions.saturating_add(1);
		});
	}

	pub(crate) fn leave_batch(id: NodeId, epoch: EpochIndex) {
		ActivationPoints::<T>::mutate_exists(id, epoch, |maybe_point| match maybe_point {
			Some(point) if point.positions > 1 => {
				point.positions = point.positions.saturating_sub(1)
			},
			Some(_) => *maybe_point = None,
			None => {
				defensive!("a pending position always has an activation point");
			},
		});
	}

	/// Add `amount` to a settled position as stake counting from the next epoch.
	/// Check that `amount` can be added to a settled position as pending stake; returns the
	/// effective epoch and the new pending amounts. Writes nothing.
	pub(crate) fn check_pending(
		node: &NodeOf<T>,
		pos: &PositionOf<T>,
		amount: BalanceOf<T>,
		now: EpochIndex,
	) -> Result<(EpochIndex, BalanceOf<T>, u128, BalanceOf<T>), DispatchError> {
		// A node rolled to `now` still holds due stake only while its payouts are outstanding;
		// stake added now would join that batch and count before a full epoch at risk.
		ensure!(!node.pending_is_due(now), Error::<T>::PayoutsOutstanding);
		let effective = now.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let weight = pos.weight_of(amount).ok_or(Error::<T>::Overflow)?;
		let pending = pos.pending.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		// Every position's stake must keep a representable weight.
		pos.weight_of(pos.active.checked_add(&pending).ok_or(Error::<T>::Overflow)?)
			.ok_or(Error::<T>::Overflow)?;
		let pending_weight =
			node.stake.pending_weight.checked_add(weight).ok_or(Error::<T>::Overflow)?;
		let node_pending = match pos.kind {
			PositionKind::SelfBond => node.stake.pending_self_bond,
			PositionKind::Delegation => node.stake.pending_delegated,
		};
		let node_pending = node_pending.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		node.stake.total().checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		Ok((effective, pending, pending_weight, node_pending))
	}

	/// Add `amount` to a settled position as stake counting from the next epoch.
	pub(crate) fn add_pending(
		id: NodeId,
		node: &mut NodeOf<T>,
		pos: &mut PositionOf<T>,
		amount: BalanceOf<T>,
		now: EpochIndex,
	) -> Result<EpochIndex, DispatchError> {
		let (effective, pending, pending_weight, node_pending_new) =
			Self::check_pending(node, pos, amount, now)?;
		if pos.pending.is_zero() {
			Self::join_batch(id, effective);
		}
		pos.pending = pending;
		pos.pending_epoch = effective;
		let (node_pending, _) = Self::node_pending_mut(node, pos.kind);
		*node_pending = node_pending_new;
		node.stake.pending_weight = pending_weight;
		node.stake.pending_epoch = effective;
		Ok(effective)
	}

	pub(crate) fn node_pending_mut(
		node: &mut NodeOf<T>,
		kind: PositionKind,
	) -> (&mut BalanceOf<T>, &mut BalanceOf<T>) {
		let stake = &mut node.stake;
		match kind {
			PositionKind::SelfBond => (&mut stake.pending_self_bond, &mut stake.self_bond),
			PositionKind::Delegation => (&mut stake.pending_delegated, &mut stake.delegated),
		}
	}

	/// Take `amount` of stake out of a settled position (pending first, then counted).
	pub(crate) fn take_stake(
		id: NodeId,
		node: &mut NodeOf<T>,
		pos: &mut PositionOf<T>,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let from_pending = amount.min(pos.pending);
		let from_active = amount.saturating_sub(from_pending);
		Self::take_split(id, node, pos, from_pending, from_active)
	}

	/// Take `from_pending` of a settled position's pending stake and `from_active` of its
	/// counted stake.
	pub(crate) fn take_split(
		id: NodeId,
		node: &mut NodeOf<T>,
		pos: &mut PositionOf<T>,
		from_pending: BalanceOf<T>,
		from_active: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(
			from_pending <= pos.pending && from_active <= pos.active,
			Error::<T>::InsufficientStake
		);
		let pending_weight = pos.weight_of(from_pending).ok_or(Error::<T>::Overflow)?;
		let active_weight = pos.weight_of(from_active).ok_or(Error::<T>::Overflow)?;

		pos.pending = pos.pending.saturating_sub(from_pending);
		pos.active = pos.active.saturating_sub(from_active);
		// Older stake leaves first: what is left is the recent part as far as it reaches.
		pos.recent = pos.recent.min(pos.active);
		if !from_pending.is_zero() && pos.pending.is_zero() {
			Self::leave_batch(id, pos.pending_epoch);
		}
		node.stake.pending_weight = node.stake.pending_weight.saturating_sub(pending_weight);
		node.stake.weight = node.stake.weight.saturating_sub(active_weight);
		let (pending, counted) = Self::node_pending_mut(node, pos.kind);
		*pending = pending.saturating_sub(from_pending);
		*counted = counted.saturating_sub(from_active);
		Ok(())
	}

	/// Add an unbonding chunk; `full` says what happens when the chunk list is full.
	/// It unlocks `UnbondingEpochs` epochs from now, and not before the block where that epoch
	/// starts at today's epoch length: a later `EpochLength` cut never shortens it.
	pub(crate) fn push_chunk(
		pos: &mut PositionOf<T>,
		amount: BalanceOf<T>,
		now: EpochIndex,
		full: FullChunks,
	) -> Result<EpochIndex, DispatchError> {
		let epochs = T::UnbondingEpochs::get().max(1);
		let unlock_epoch = now.saturating_add(epochs);
		// Where `unlock_epoch` starts at today's epoch length.
		let unlock_block = CurrentEpoch::<T>::get()
			.start
			.saturating_add(T::EpochLength::get().saturating_mul(epochs.into()));
		if let Some(last) = pos.unbonding.last_mut() {
			if last.start_epoch == now && last.unlock_epoch == unlock_epoch {
				last.amount = last.amount.saturating_add(amount);
				last.unlock_block = last.unlock_block.max(unlock_block);
				return Ok(unlock_epoch);
			}
		}
		let chunk = UnbondingChunk { amount, start_epoch: now, unlock_epoch, unlock_block };
		if pos.unbonding.try_push(chunk).is_err() {
			ensure!(full == FullChunks::MergeIntoLast, Error::<T>::TooManyUnbondingChunks);
			let Some(last) = pos.unbonding.last_mut() else {
				return Err(Error::<T>::TooManyUnbondingChunks.into());
			};
			last.amount = last.amount.saturating_add(amount);
			last.start_epoch = now;
			last.unlock_epoch = unlock_epoch;
			last.unlock_block = last.unlock_block.max(unlock_block);
		}
		Ok(unlock_epoch)
	}

	pub(crate) fn new_position(
		kind: PositionKind,
		node: &NodeOf<T>,
		multiplier_percent: MultiplierPercent,
		lock_index: u8,
		locked_until: BlockNumberFor<T>,
	) -> PositionOf<T> {
		Position {
			kind,
			active: Zero::zero(),
			pending: Zero::zero(),
			pending_epoch: 0,
			multiplier_percent,
			lock_index,
			locked_until,
			reward_point: node.reward_per_weight,
			unclaimed: Zero::zero(),
			recent: Zero::zero(),
			recent_epoch: 0,
			unbonding: BoundedVec::default(),
			last_redelegation: None,
		}
	}

	/// Store a position, or remove it (and its counts) if nothing is left in it.
	pub(crate) fn store_position(
		id: NodeId,
		node: &mut NodeOf<T>,
		who: &T::AccountId,
		pos: PositionOf<T>,
	) {
		if pos.is_empty() {
			Positions::<T>::remove(id, who);
			node.positions = node.positions.saturating_sub(1);
			if pos.kind == PositionKind::Delegation {
				DelegationCount::<T>::mutate_exists(who, decrement);
			}
		} else {
			Positions::<T>::insert(id, who, pos);
		}
	}

	/// Store a node, or remove it if it has exited and nothing is staked on it.
	pub(crate) fn store_node(id: NodeId, node: NodeOf<T>, now: EpochIndex) {
		if !(Self::has_exited(&node, now)
			&& node.positions == 0
			&& node.unclaimed_commission.is_zero())
		{
			Nodes::<T>::insert(id, node);
			return;
		}
		let released = T::Currency::release(
			&HoldReason::NodeDeposit.into(),
			&node.operator,
			node.deposit,
			Precision::BestEffort,
		)
		.unwrap_or_else(|_| {
			defensive!("the node deposit is held while the node exists");
			Zero::zero()
		});
		if WorkerKeys::<T>::get(&node.worker_key) == Some(id) {
			WorkerKeys::<T>::remove(&node.worker_key);
		}
		if let Some(update) = &node.pending_update {
			if WorkerKeys::<T>::get(&update.worker_key) == Some(id) {
				WorkerKeys::<T>::remove(&update.worker_key);
			}
		}
		OperatorNodes::<T>::mutate_exists(&node.operator, decrement);
		// Nothing can slash a removed node: its records of moved stake go with it.
		let _ = MovedStake::<T>::clear_prefix(id, MovedCount::<T>::take(id), None);
		Records::<T>::remove(id);
		Lapsing::<T>::remove(id);
		Nodes::<T>::remove(id);
		Self::deposit_event(Event::NodeRemoved {
			node: id,
			operator: node.operator,
			deposit: released,
		});
	}
}
