//! A node's life: registration, profile updates, exit, removal, eviction and resumption.

use crate::*;
use alloc::vec::Vec;
use corex_primitives::DEFAULT_REPUTATION;
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{fungible::MutateHold, Get},
	BoundedVec,
};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError, FixedU128, Perbill,
};

impl<T: Config> Pallet<T> {
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

	/// Register and bond a node of the genesis, its self-bond counted from epoch 0: the same
	/// checks, deposit and holds as `register_node` and `bond`, then the pending batch of epoch 1
	/// is counted at once (nothing can have been earned before the chain starts).
	pub(crate) fn add_genesis_node(spec: &GenesisNodeOf<T>) -> DispatchResult {
		let id = NextNodeId::<T>::get();
		Self::do_register_node(
			spec.operator.clone(),
			spec.worker_key.clone(),
			spec.device_class,
			spec.capacity,
			Vec::new(),
		)?;
		Self::do_bond(spec.operator.clone(), id, spec.self_bond, BondKind::First)?;
		let mut node = Nodes::<T>::get(id).ok_or(Error::<T>::NodeNotFound)?;
		let mut pos = Positions::<T>::get(id, &spec.operator).ok_or(Error::<T>::NoPosition)?;
		Self::leave_batch(id, pos.pending_epoch);
		pos.active = core::mem::take(&mut pos.pending);
		let stake = &mut node.stake;
		stake.self_bond = core::mem::take(&mut stake.pending_self_bond);
		stake.weight = core::mem::take(&mut stake.pending_weight);
		Positions::<T>::insert(id, &spec.operator, pos);
		Nodes::<T>::insert(id, node);
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
				Self::push_chunk(&mut pos, staked, now, FullChunks::MergeIntoLast)?;
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

	pub(crate) fn do_resume_node(who: T::AccountId, id: NodeId) -> DispatchResult {
		let (mut node, _) = Self::load_node(id)?;
		ensure!(node.operator == who, Error::<T>::NotOperator);
		ensure!(node.unresponsive, Error::<T>::NotUnresponsive);
		node.unresponsive = false;
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::NodeResumed { node: id });
		Ok(())
	}
}
