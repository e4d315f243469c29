//! The node-staking pallet's logic: what the calls and the shared traits do.

use crate::*;
use alloc::vec::Vec;
use corex_primitives::{
	MissOutcome, NodeInfo, NodeReputation, OnNodeFault, SlashOutcome, DEFAULT_REPUTATION,
	MAX_REPUTATION,
};
use frame_support::{
	defensive,
	dispatch::DispatchResult,
	ensure,
	pallet_prelude::*,
	storage::with_storage_layer,
	traits::{
		fungible::{Mutate, MutateHold},
		tokens::{Fortitude, Precision, Preservation, Restriction},
		Get, VestedTransfer,
	},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{AccountIdConversion, CheckedAdd, One, SaturatedConversion, Saturating, Zero},
	DispatchError, FixedU128, Perbill,
};

/// Multiplier of self-bond positions.
const SELF_BOND_MULTIPLIER: MultiplierPercent = 100;

/// Decrease a stored counter by one, removing it at zero.
fn decrement(count: &mut Option<u32>) {
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

	/// Advance the epoch counter if the epoch's blocks are up. Constant work.
	pub(crate) fn advance_epoch(now: BlockNumberFor<T>) -> Weight {
		let info = CurrentEpoch::<T>::get();
		let length = T::EpochLength::get().max(One::one());
		if now.saturating_sub(info.start) < length {
			return <T as Config>::WeightInfo::on_initialize_same_epoch();
		}
		let index = info.index.saturating_add(1);
		CurrentEpoch::<T>::put(EpochInfo { index, start: now });
		Self::deposit_event(Event::EpochStarted { epoch: index, start: now });
		<T as Config>::WeightInfo::on_initialize_new_epoch()
	}

	fn hold_reason(kind: PositionKind) -> T::RuntimeHoldReason {
		match kind {
			PositionKind::SelfBond => HoldReason::SelfBond.into(),
			PositionKind::Delegation => HoldReason::Delegation.into(),
		}
	}

	/// Move `amount` of `who`'s stake of `kind` from its hold to `destination`: what a slash
	/// takes.
	fn seize(
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

	fn node_deposit(metadata_len: usize) -> Result<BalanceOf<T>, DispatchError> {
		let len: BalanceOf<T> = (metadata_len as u128).saturated_into();
		T::NodeDepositPerByte::get()
			.checked_mul(&len)
			.and_then(|per_byte| per_byte.checked_add(&T::NodeDepositBase::get()))
			.ok_or_else(|| Error::<T>::Overflow.into())
	}

	/// Whether `key` is the current or scheduled worker key of an existing node; returns it.
	fn worker_key_owner(key: &T::WorkerKey) -> Option<NodeId> {
		let id = WorkerKeys::<T>::get(key)?;
		// A rotation that is already due has freed the old key.
		let (node, _) = Self::rolled_node(id)?;
		let scheduled = node.pending_update.as_ref().is_some_and(|u| u.worker_key == *key);
		(node.worker_key == *key || scheduled).then_some(id)
	}

	/// A node as it stands in the current epoch, in memory only (nothing is written).
	fn rolled_node(id: NodeId) -> Option<(NodeOf<T>, EpochIndex)> {
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
	fn payouts_done(id: NodeId, node: &NodeOf<T>, now: EpochIndex) -> bool {
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

	fn ensure_operator(node: &NodeOf<T>, who: &T::AccountId) -> DispatchResult {
		ensure!(node.operator == *who, Error::<T>::NotOperator);
		Ok(())
	}

	fn ensure_not_exiting(node: &NodeOf<T>) -> DispatchResult {
		ensure!(node.exit_epoch.is_none(), Error::<T>::NodeExiting);
		Ok(())
	}

	fn has_exited(node: &NodeOf<T>, now: EpochIndex) -> bool {
		node.exit_epoch.is_some_and(|exit| exit < now)
	}

	/// Reward per weight at which the pending stake of `pos` became counted.
	fn activation_point(id: NodeId, node: &NodeOf<T>, pos: &PositionOf<T>) -> FixedU128 {
		ActivationPoints::<T>::get(id, pos.pending_epoch)
			.and_then(|point| point.reward_per_weight)
			// Not written yet: the node was rolled in memory only, at its current value.
			.unwrap_or(node.reward_per_weight)
	}

	/// Bring a position's rewards and pending stake up to date with a rolled node, in memory.
	/// Returns the epoch of the pending batch the position left, if it did.
	fn settle_in_memory(
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

	fn join_batch(id: NodeId, epoch: EpochIndex) {
		ActivationPoints::<T>::mutate(id, epoch, |point| {
			let point = point.get_or_insert_with(Default::default);
			point.positions = point.positions.saturating_add(1);
		});
	}

	fn leave_batch(id: NodeId, epoch: EpochIndex) {
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
	fn check_pending(
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
	fn add_pending(
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

	fn node_pending_mut(
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
	fn take_stake(
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
	fn take_split(
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

	/// Add an unbonding chunk. With `force`, a full chunk list merges into its last chunk.
	/// It unlocks `UnbondingEpochs` epochs from now, and not before the block where that epoch
	/// starts at today's epoch length: a later `EpochLength` cut never shortens it.
	fn push_chunk(
		pos: &mut PositionOf<T>,
		amount: BalanceOf<T>,
		now: EpochIndex,
		force: bool,
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
			ensure!(force, Error::<T>::TooManyUnbondingChunks);
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

	fn new_position(
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
	fn store_position(id: NodeId, node: &mut NodeOf<T>, who: &T::AccountId, pos: PositionOf<T>) {
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
	fn store_node(id: NodeId, node: NodeOf<T>, now: EpochIndex) {
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

	pub(crate) fn do_register_node(
		operator: T::AccountId,
		worker_key: T::WorkerKey,
		device_class: DeviceClass,
		capacity: ComputeUnits,
		metadata: Vec<u8>,
	) -> DispatchResult {
		ensure!(capacity > 0, Error::<T>::ZeroCapacity);
		let metadata: BoundedVec<u8, T::MaxMetadataLen> =
			metadata.try_into().map_err(|_| Error::<T>::MetadataTooLong)?;
		ensure!(Self::worker_key_owner(&worker_key).is_none(), Error::<T>::WorkerKeyInUse);
		let nodes = OperatorNodes::<T>::get(&operator);
		ensure!(nodes < T::MaxNodesPerOperator::get(), Error::<T>::TooManyNodes);
		let id = NextNodeId::<T>::get();
		let next_id = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = Self::node_deposit(metadata.len())?;
		T::Currency::hold(&HoldReason::NodeDeposit.into(), &operator, deposit)?;

		let now = Self::current_epoch();
		let node = Node {
			operator: operator.clone(),
			worker_key: worker_key.clone(),
			device_class,
			declared_capacity: capacity,
			metadata,
			deposit,
			pending_update: None,
			commission: Perbill::zero(),
			pending_commission: None,
			stake: NodeStake::default(),
			reward_per_weight: FixedU128::zero(),
			unclaimed_commission: Zero::zero(),
			reputation: DEFAULT_REPUTATION,
			reputation_epoch: now,
			suspended_until: None,
			exit_epoch: None,
			positions: 0,
			registered: now,
			recent_misses: 0,
			last_miss: now,
			unresponsive: false,
		};
		Nodes::<T>::insert(id, node);
		WorkerKeys::<T>::insert(&worker_key, id);
		OperatorNodes::<T>::insert(&operator, nodes.saturating_add(1));
		NextNodeId::<T>::put(next_id);
		Self::deposit_event(Event::NodeRegistered {
			node: id,
			operator,
			worker_key,
			device_class,
			capacity,
			deposit,
		});
		Ok(())
	}

	pub(crate) fn do_update_node(
		operator: T::AccountId,
		id: NodeId,
		device_class: DeviceClass,
		capacity: ComputeUnits,
		worker_key: T::WorkerKey,
	) -> DispatchResult {
		let (mut node, now) = Self::load_node(id)?;
		Self::ensure_operator(&node, &operator)?;
		Self::ensure_not_exiting(&node)?;
		ensure!(capacity > 0, Error::<T>::ZeroCapacity);
		if let Some(owner) = Self::worker_key_owner(&worker_key) {
			ensure!(owner == id, Error::<T>::WorkerKeyInUse);
		}
		let unchanged = node.device_class == device_class
			&& node.declared_capacity == capacity
			&& node.worker_key == worker_key;
		ensure!(!(unchanged && node.pending_update.is_none()), Error::<T>::NoChange);
		let effective = now.checked_add(1).ok_or(Error::<T>::Overflow)?;

		if let Some(old) = node.pending_update.take() {
			if old.worker_key != node.worker_key
				&& old.worker_key != worker_key
				&& WorkerKeys::<T>::get(&old.worker_key) == Some(id)
			{
				WorkerKeys::<T>::remove(&old.worker_key);
			}
		}
		if !unchanged {
			node.pending_update = Some(ProfileUpdate {
				device_class,
				capacity,
				worker_key: worker_key.clone(),
				effective,
			});
			WorkerKeys::<T>::insert(&worker_key, id);
		}
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::NodeUpdateScheduled {
			node: id,
			device_class,
			capacity,
			worker_key,
			effective_epoch: if unchanged { now } else { effective },
		});
		Ok(())
	}

	pub(crate) fn do_announce_exit(operator: T::AccountId, id: NodeId) -> DispatchResult {
		let (mut node, now) = Self::load_node(id)?;
		Self::ensure_operator(&node, &operator)?;
		ensure!(node.exit_epoch.is_none(), Error::<T>::AlreadyExiting);
		let exit_epoch = now.checked_add(1).ok_or(Error::<T>::Overflow)?;
		node.exit_epoch = Some(exit_epoch);
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::ExitAnnounced { node: id, exit_epoch });
		Ok(())
	}

	/// Returns the number of positions processed.
	pub(crate) fn do_remove_node(id: NodeId) -> Result<u32, DispatchError> {
		let (mut node, now) = Self::load_node(id)?;
		ensure!(Self::has_exited(&node, now), Error::<T>::NodeNotExited);
		let positions: Vec<_> = Positions::<T>::iter_prefix(id).collect();
		let processed = positions.len() as u32;
		let mut released = BalanceOf::<T>::zero();
		let block = frame_system::Pallet::<T>::block_number();
		for (who, mut pos) in positions {
			Self::settle(id, &node, &mut pos, now)?;
			let staked = pos.active.saturating_add(pos.pending);
			let locked = pos.kind == PositionKind::Delegation && block < pos.locked_until;
			if !staked.is_zero() && !locked {
				Self::take_stake(id, &mut node, &mut pos, staked)?;
				Self::push_chunk(&mut pos, staked, now, true)?;
				released = released.saturating_add(staked);
			}
			Self::store_position(id, &mut node, &who, pos);
		}
		Self::deposit_event(Event::NodeStakeReleased {
			node: id,
			positions: processed,
			amount: released,
		});
		Self::store_node(id, node, now);
		Ok(processed)
	}

	pub(crate) fn do_bond(
		operator: T::AccountId,
		id: NodeId,
		amount: BalanceOf<T>,
		first: bool,
	) -> DispatchResult {
		let (mut node, now) = Self::load_node(id)?;
		Self::ensure_operator(&node, &operator)?;
		Self::ensure_not_exiting(&node)?;
		let existing = Positions::<T>::get(id, &operator);
		let mut pos = match (first, existing) {
			(true, Some(pos)) => {
				ensure!(pos.active.is_zero() && pos.pending.is_zero(), Error::<T>::AlreadyBonded);
				ensure!(amount >= T::MinSelfBond::get(), Error::<T>::BelowMinSelfBond);
				pos
			},
			(true, None) => {
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
			(false, Some(pos)) => {
				ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
				ensure!(!(pos.active.is_zero() && pos.pending.is_zero()), Error::<T>::NoPosition);
				pos
			},
			(false, None) => return Err(Error::<T>::NoPosition.into()),
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
		let unlock_epoch = Self::push_chunk(&mut pos, amount, now, false)?;
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
	fn ensure_room_for_delegation(
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
	fn window_start(now: EpochIndex) -> EpochIndex {
		now.saturating_sub(T::SlashWindowEpochs::get())
	}

	/// Record that `delegator` moved stake away from node `from` (`MovedStake`), dropping its
	/// moves that left the window. A delegator new to the record of a full node first prunes
	/// the node's records that aged out.
	fn record_move(
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
	fn prune_moves(from: NodeId, start: EpochIndex) {
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
	fn take_moved(
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
	fn slash_moves(
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

	pub(crate) fn do_set_commission(
		operator: T::AccountId,
		id: NodeId,
		commission: Perbill,
	) -> DispatchResult {
		let (mut node, now) = Self::load_node(id)?;
		Self::ensure_operator(&node, &operator)?;
		ensure!(commission <= T::MaxCommission::get(), Error::<T>::CommissionTooHigh);
		if commission <= node.commission {
			ensure!(
				commission != node.commission || node.pending_commission.is_some(),
				Error::<T>::NoChange
			);
			node.commission = commission;
			node.pending_commission = None;
			Nodes::<T>::insert(id, node);
			Self::deposit_event(Event::CommissionChanged { node: id, commission });
		} else {
			let effective_epoch = now.checked_add(2).ok_or(Error::<T>::Overflow)?;
			node.pending_commission = Some((commission, effective_epoch));
			Nodes::<T>::insert(id, node);
			Self::deposit_event(Event::CommissionRaiseScheduled {
				node: id,
				commission,
				effective_epoch,
			});
		}
		Ok(())
	}

	pub(crate) fn do_claim_rewards(
		who: T::AccountId,
		id: NodeId,
		compound: bool,
	) -> DispatchResult {
		let (mut node, now) = Self::load_node(id)?;
		let is_operator = node.operator == who;
		let mut pos = Positions::<T>::get(id, &who);
		ensure!(pos.is_some() || is_operator, Error::<T>::NoPosition);
		if let Some(pos) = pos.as_mut() {
			Self::settle(id, &node, pos, now)?;
		}
		let from_position = pos.as_ref().map(|pos| pos.unclaimed).unwrap_or_else(Zero::zero);
		let commission = if is_operator { node.unclaimed_commission } else { Zero::zero() };
		let amount = from_position.checked_add(&commission).ok_or(Error::<T>::Overflow)?;
		ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);

		let mut vested = T::VestingShare::get().mul_floor(amount);
		if vested < T::MinVestedReward::get() {
			vested = Zero::zero();
		}
		let liquid = amount.saturating_sub(vested);
		let pot = Self::reward_pot();
		let mut compounded = BalanceOf::<T>::zero();
		if compound && !liquid.is_zero() {
			Self::ensure_not_exiting(&node)?;
			let pos = pos.as_mut().ok_or(Error::<T>::NoPosition)?;
			ensure!(!(pos.active.is_zero() && pos.pending.is_zero()), Error::<T>::NoPosition);
			Self::check_pending(&node, pos, liquid, now)?;
			T::Currency::transfer(&pot, &who, liquid, Preservation::Preserve)?;
			T::Currency::hold(&Self::hold_reason(pos.kind), &who, liquid)?;
			Self::add_pending(id, &mut node, pos, liquid, now)?;
			compounded = liquid;
		} else if !liquid.is_zero() {
			T::Currency::transfer(&pot, &who, liquid, Preservation::Preserve)?;
		}
		if !vested.is_zero() {
			let period: u128 = T::VestingPeriod::get().saturated_into();
			let per_block: BalanceOf<T> = vested
				.saturated_into::<u128>()
				.checked_div(period.max(1))
				.unwrap_or_default()
				.max(1)
				.saturated_into();
			T::Vesting::vested_transfer(
				&pot,
				&who,
				vested,
				per_block,
				frame_system::Pallet::<T>::block_number(),
			)?;
		}

		RewardTotals::<T>::mutate(|totals| totals.paid = totals.paid.saturating_add(amount));
		if is_operator {
			node.unclaimed_commission = Zero::zero();
		}
		if let Some(mut pos) = pos {
			pos.unclaimed = Zero::zero();
			Self::store_position(id, &mut node, &who, pos);
		}
		Self::store_node(id, node, now);
		Self::deposit_event(Event::RewardsClaimed {
			who,
			node: id,
			liquid: liquid.saturating_sub(compounded),
			vested,
			compounded,
		});
		Ok(())
	}

	pub(crate) fn do_credit_reward(
		id: NodeId,
		source: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let (mut node, _) = Self::load_node(id)?;
		ensure!(node.stake.weight > 0, Error::<T>::NoCountedStake);
		let commission = node.commission.mul_floor(amount);
		let shared = amount.saturating_sub(commission);
		let increment = reward_per_weight_increment(shared.saturated_into(), node.stake.weight)
			.ok_or(Error::<T>::Overflow)?;
		let reward_per_weight =
			node.reward_per_weight.checked_add(&increment).ok_or(Error::<T>::Overflow)?;
		let unclaimed_commission =
			node.unclaimed_commission.checked_add(&commission).ok_or(Error::<T>::Overflow)?;
		let mut totals = RewardTotals::<T>::get();
		totals.credited = totals.credited.checked_add(&amount).ok_or(Error::<T>::Overflow)?;

		T::Currency::transfer(source, &Self::reward_pot(), amount, Preservation::Preserve)?;
		node.reward_per_weight = reward_per_weight;
		node.unclaimed_commission = unclaimed_commission;
		RewardTotals::<T>::put(totals);
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::RewardCredited {
			node: id,
			source: source.clone(),
			amount,
			commission,
		});
		Ok(())
	}

	/// Slash `fraction` of what was at risk for a fault in work taken in `fault_epoch` (`None`:
	/// a fault now).
	pub(crate) fn do_slash(
		id: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: &T::AccountId,
		self_bond_only: bool,
		fault_epoch: Option<EpochIndex>,
	) -> Result<SlashOutcome<BalanceOf<T>>, DispatchError> {
		with_storage_layer(|| {
			let (mut node, now) = Self::load_node(id)?;
			let window_start = now.saturating_sub(T::SlashWindowEpochs::get());
			let mut outcome = SlashOutcome::<BalanceOf<T>>::default();
			let positions: Vec<_> = Positions::<T>::iter_prefix(id).collect();
			for (who, mut pos) in positions {
				if self_bond_only && pos.kind != PositionKind::SelfBond {
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
			if !self_bond_only {
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

	pub(crate) fn do_adjust_reputation(
		id: NodeId,
		delta: i32,
	) -> Result<Reputation, DispatchError> {
		let (node, now) = Self::load_node(id)?;
		let raw = i64::from(node.reputation).saturating_add(i64::from(delta));
		let reputation =
			Reputation::try_from(raw.clamp(0, i64::from(MAX_REPUTATION))).unwrap_or_default();
		Self::set_reputation(id, node, reputation, now);
		Ok(reputation)
	}

	/// Store `node` with `reputation`, and keep `Lapsing` (when it fell under the threshold).
	fn set_reputation(id: NodeId, mut node: NodeOf<T>, reputation: Reputation, now: EpochIndex) {
		node.reputation = reputation;
		node.reputation_epoch = now;
		let status = node.status(now, T::MinSelfBond::get(), T::ReputationThreshold::get());
		Nodes::<T>::insert(id, node);
		if reputation < T::ReputationThreshold::get() {
			if !Lapsing::<T>::contains_key(id) {
				Lapsing::<T>::insert(id, now);
			}
		} else {
			Lapsing::<T>::remove(id);
		}
		Self::deposit_event(Event::ReputationChanged { node: id, reputation, status });
	}

	/// Count a probe's result and measure the node's capacity from it (see
	/// [`NodeReputation::note_probe`]).
	pub(crate) fn do_note_probe(id: NodeId, result: corex_primitives::ProbeResult) {
		use corex_primitives::ProbeResult;
		let Ok((node, now)) = Self::load_node(id) else { return };
		let mut record = Records::<T>::get(id);
		match result {
			ProbeResult::Passed { cu, blocks } => {
				let epoch: u64 = T::EpochLength::get().saturated_into();
				let measured =
					cu.saturating_mul(epoch).checked_div(u64::from(blocks.max(1))).unwrap_or(cu);
				record.probes_passed = record.probes_passed.saturating_add(1);
				record.probes_missed_in_row = 0;
				record.measured_capacity = Some(measured);
				let threshold = T::ReputationThreshold::get();
				let served = Lapsing::<T>::get(id)
					.is_none_or(|since| now >= since.saturating_add(T::MinSuspension::get()));
				if node.reputation < threshold && served {
					Self::set_reputation(id, node, threshold, now);
					Self::deposit_event(Event::NodeReinstated { node: id, reputation: threshold });
				}
			},
			ProbeResult::Failed => {
				record.probes_failed = record.probes_failed.saturating_add(1);
				record.measured_capacity = Some(0);
			},
			ProbeResult::Missed => {
				record.probes_missed = record.probes_missed.saturating_add(1);
				record.probes_missed_in_row = record.probes_missed_in_row.saturating_add(1);
				if record.probes_missed_in_row >= T::MaxProbeMisses::get() {
					record.measured_capacity = Some(0);
				}
			},
		}
		let capacity = record.measured_capacity;
		Records::<T>::insert(id, record);
		Self::deposit_event(Event::CapabilityMeasured { node: id, result, capacity });
	}

	pub(crate) fn do_evict_node(id: NodeId) -> DispatchResult {
		let (mut node, now) = Self::load_node(id)?;
		ensure!(node.exit_epoch.is_none(), Error::<T>::AlreadyExiting);
		let since = Lapsing::<T>::get(id).ok_or(Error::<T>::NotLapsed)?;
		ensure!(
			node.reputation < T::ReputationThreshold::get()
				&& now >= since.saturating_add(T::EvictAfter::get()),
			Error::<T>::NotLapsed
		);
		let exit_epoch = now.checked_add(1).ok_or(Error::<T>::Overflow)?;
		node.exit_epoch = Some(exit_epoch);
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::NodeEvicted { node: id, exit_epoch });
		Ok(())
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
			if let Err(e) = Self::do_slash(id, outcome.slashed, reason, &destination, false, None) {
				log::debug!(target: "node-staking", "no slash of node {id} for a miss: {e:?}");
			}
		}
		Ok(outcome)
	}

	pub(crate) fn do_resume_node(who: T::AccountId, id: NodeId) -> DispatchResult {
		let (mut node, _) = Self::load_node(id)?;
		ensure!(node.operator == who, Error::<T>::NotOperator);
		ensure!(node.unresponsive, Error::<T>::NotUnresponsive);
		node.unresponsive = false;
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::NodeResumed { node: id });
		Ok(())
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

impl<T: Config> NodeInfo<T::AccountId> for Pallet<T> {
	type WorkerKey = T::WorkerKey;
	type Balance = BalanceOf<T>;

	fn current_epoch() -> EpochIndex {
		Pallet::<T>::current_epoch()
	}
	fn operator(node: NodeId) -> Option<T::AccountId> {
		Nodes::<T>::get(node).map(|node| node.operator)
	}
	fn worker_key(node: NodeId) -> Option<T::WorkerKey> {
		Self::node_view(node).map(|view| view.worker_key)
	}
	fn node_of_worker(key: &T::WorkerKey) -> Option<NodeId> {
		let id = WorkerKeys::<T>::get(key)?;
		(Self::node_view(id)?.worker_key == *key).then_some(id)
	}
	fn status(node: NodeId) -> Option<NodeStatus> {
		Self::node_view(node).map(|view| view.status)
	}
	fn active_capacity(node: NodeId) -> ComputeUnits {
		Self::node_view(node).map(|view| view.active_capacity).unwrap_or_default()
	}
	fn device_class(node: NodeId) -> Option<DeviceClass> {
		Self::node_view(node).map(|view| view.device_class)
	}
	fn tier(node: NodeId) -> Option<u8> {
		Self::node_view(node).map(|view| view.tier)
	}
	fn reputation(node: NodeId) -> Option<Reputation> {
		Self::node_view(node).map(|view| view.reputation)
	}
	fn record(node: NodeId) -> Option<corex_primitives::NodeRecord<BalanceOf<T>>> {
		Nodes::<T>::contains_key(node).then(|| Records::<T>::get(node))
	}
	fn counted_stake(node: NodeId) -> BalanceOf<T> {
		Self::node_view(node)
			.map(|view| view.self_bond.saturating_add(view.delegated))
			.unwrap_or_else(Zero::zero)
	}
}

impl<T: Config> NodeRewards<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn credit_reward(node: NodeId, source: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		with_storage_layer(|| Self::do_credit_reward(node, source, amount))
	}
}

impl<T: Config> NodeSlashing<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn slash(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&T::AccountId>,
	) -> Result<SlashOutcome<BalanceOf<T>>, DispatchError> {
		let default = T::SlashDestination::get();
		Self::do_slash(node, fraction, reason, destination.unwrap_or(&default), false, None)
	}

	fn slash_for_fault(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&T::AccountId>,
		fault_epoch: EpochIndex,
	) -> Result<SlashOutcome<BalanceOf<T>>, DispatchError> {
		let default = T::SlashDestination::get();
		let destination = destination.unwrap_or(&default);
		Self::do_slash(node, fraction, reason, destination, false, Some(fault_epoch))
	}

	fn slash_self_bond(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&T::AccountId>,
	) -> Result<SlashOutcome<BalanceOf<T>>, DispatchError> {
		let default = T::SlashDestination::get();
		Self::do_slash(node, fraction, reason, destination.unwrap_or(&default), true, None)
	}

	fn slash_weight() -> Weight {
		T::WeightInfo::slash(T::MaxDelegationsPerNode::get().saturating_add(1), Self::max_moves())
	}
}

impl<T: Config> NodeReputation for Pallet<T> {
	fn adjust_reputation(node: NodeId, delta: i32) -> Result<Reputation, DispatchError> {
		Self::do_adjust_reputation(node, delta)
	}
	fn suspend(node: NodeId, epochs: EpochIndex) -> DispatchResult {
		with_storage_layer(|| Self::do_suspend(node, epochs))?;
		T::OnFault::on_node_fault(node);
		Ok(())
	}
	fn note_probe(node: NodeId, result: corex_primitives::ProbeResult) {
		Self::do_note_probe(node, result)
	}
	fn note_probe_weight() -> Weight {
		<T as Config>::WeightInfo::note_probe()
	}
	fn note_verdict(node: NodeId, won: bool) {
		if !Nodes::<T>::contains_key(node) {
			return;
		}
		Records::<T>::mutate(node, |r| {
			if won {
				r.verdicts_won = r.verdicts_won.saturating_add(1);
			} else {
				r.verdicts_lost = r.verdicts_lost.saturating_add(1);
			}
		});
	}
	fn note_miss(
		node: NodeId,
		penalty: Reputation,
		slash: Perbill,
		reason: SlashReason,
	) -> Result<MissOutcome, DispatchError> {
		with_storage_layer(|| Self::do_note_miss(node, penalty, slash, reason))
	}

	/// The miss's benchmark has no moved stake: what a slash's moved stake costs at most is
	/// added.
	fn note_miss_weight() -> Weight {
		let positions = T::MaxDelegationsPerNode::get().saturating_add(1);
		let moves = T::WeightInfo::slash(positions, Self::max_moves())
			.saturating_sub(T::WeightInfo::slash(positions, 0));
		T::WeightInfo::note_miss().saturating_add(moves)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> corex_primitives::NodeBenchmarking for Pallet<T> {
	fn active_node(seed: u32) -> Result<NodeId, DispatchError> {
		let operator: T::AccountId = frame_benchmarking::account("bench-operator", seed, 0);
		let stake = T::MinSelfBond::get().saturating_mul(10u32.into()).max(1_000_000u32.into());
		let funds = stake
			.saturating_mul(2u32.into())
			.saturating_add(T::NodeDepositBase::get().saturating_mul(2u32.into()))
			.saturating_add(<T::Currency as fungible::Inspect<T::AccountId>>::minimum_balance());
		T::Currency::set_balance(&operator, funds);
		let id = NextNodeId::<T>::get();
		// Keys of other pallets' benchmark nodes stay clear of this pallet's own seeds.
		let key = T::BenchmarkHelper::worker_key(seed.saturating_add(1 << 30));
		Self::do_register_node(operator.clone(), key, DeviceClass::Gpu, 1_000_000, Vec::new())?;
		Self::do_bond(operator, id, stake, true)?;
		Self::next_epoch();
		Ok(id)
	}

	fn next_epoch() {
		let now = frame_system::Pallet::<T>::block_number();
		CurrentEpoch::<T>::mutate(|epoch| {
			epoch.index = epoch.index.saturating_add(1);
			epoch.start = now;
		});
	}
}
