//! The block hook and assignment: the queue, drawing nodes by rank, deferral, and the seed.

use crate::{orders::fee_of, *};
use alloc::vec::Vec;
use corex_primitives::{ComputationStatus, JcePlacement};
use frame_support::{pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, SaturatedConversion, Saturating};

impl<T: Config> Pallet<T> {
	/// Put queued computation `id` in line for assignment `AssignmentDelay` blocks from `now`:
	/// into the queue at once if that is the next block, else out of it (`Deferred`) until its
	/// timer at `now + AssignmentDelay` puts it in. The assignment then draws from a seed that
	/// had a block author's VRF output mixed in after `now`: whoever chose to queue it now
	/// cannot know where it goes. The caller stores `c`, and retimes it if its timer may move.
	pub(crate) fn enqueue(id: ComputationId, c: &mut ComputationOf<T>, now: BlockNumberFor<T>) {
		let delay = T::AssignmentDelay::get();
		if delay <= One::one() {
			ComputationQueue::<T>::insert(queue_key(c.fee_per_cu.saturated_into(), id), ());
			return;
		}
		Deferred::<T>::insert(id, ());
		let at = now.saturating_add(delay);
		let first = Self::next_timer(c).map_or(at, |next| next.min(at));
		Self::set_timer(id, c, Some(first));
	}

	/// Add `id` to `node`'s open assignments and `cu` to its load this epoch.
	pub(crate) fn index_assignment(node: NodeId, id: ComputationId, cu: ComputeUnits) {
		let epoch = T::Nodes::current_epoch();
		NodeAssignments::<T>::insert(node, id, ());
		AssignmentCount::<T>::mutate(node, |n| *n = n.saturating_add(1));
		NodeLoads::<T>::mutate(node, |load| {
			let mut l = load.unwrap_or_default();
			if l.epoch != epoch {
				l = NodeLoad { epoch, cu: 0 };
			}
			l.cu = l.cu.saturating_add(cu);
			*load = Some(l);
		});
	}

	/// Remove `id` from `node`'s open assignments.
	pub(crate) fn unindex_assignment(node: NodeId, id: ComputationId) {
		if NodeAssignments::<T>::take(node, id).is_some() {
			AssignmentCount::<T>::mutate_exists(node, |n| {
				let left = n.unwrap_or_default().saturating_sub(1);
				*n = (left > 0).then_some(left);
			});
		}
	}

	// ---------------------------------------------------------------------------------------
	// The block hook
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_on_initialize(now: BlockNumberFor<T>) -> Weight {
		// The seed as the previous blocks' authors left it; this block's author adds to it only
		// after this hook.
		let mixed = T::Randomness::random_seed().0;
		// Charged at the most offered nodes there can be and the largest computation count
		// benchmarked: the benchmark shows it flat in both.
		let mut weight = T::WeightInfo::on_initialize_idle(
			corex_primitives::scale::COMPUTATIONS,
			T::MaxOfferedNodes::get(),
		);

		// Timers due up to now, oldest first, at most `MaxTimersPerBlock` and `MaxTimerWeight`.
		weight = weight.saturating_add(corex_primitives::timers::run_stored::<
			Timers<T>,
			TimerCursor<T>,
			_,
			_,
		>(
			now,
			T::MaxTimersPerBlock::get(),
			T::MaxTimerWeight::get(),
			|id, at| Self::timer_bound(*id, at, now),
			|id, at| Self::on_timer(id, at, now),
		));

		// The bound read of the timer the loop stopped before, if any.
		weight = weight.saturating_add(T::DbWeight::get().reads(1));

		// One offered node's capability probe: closed if missed, sent if due.
		weight = weight.saturating_add(Self::probe_step(now));

		// Assignment from the head of the queue.
		let attempts = T::MaxAssignmentsPerBlock::get() as usize;
		let head: Vec<QueueKey> = ComputationQueue::<T>::iter_keys().take(attempts).collect();
		for key in head {
			weight = weight.saturating_add(Self::try_assign(key, now, &mixed));
		}
		weight
	}

	/// Try to fill every open slot of the queued computation under `key` at once. Returns the
	/// weight used.
	pub(crate) fn try_assign(key: QueueKey, now: BlockNumberFor<T>, seed: &[u8; 32]) -> Weight {
		let id = queue_key_id(&key);
		let Some(mut c) = Computations::<T>::get(id) else {
			ComputationQueue::<T>::remove(key);
			return T::DbWeight::get().reads_writes(1, 1);
		};
		let k = u32::from(c.redundancy);
		let need = c.open_slots();
		let Some(def) = Definitions::<T>::get(c.definition) else {
			Self::defer(key, id, c, now);
			return T::WeightInfo::assign(0, k);
		};
		let (chosen, weight) = match c.jce {
			None => {
				let (chosen, scanned) = Self::pick_nodes(&c, &def, need, id, seed, &[]);
				(chosen, T::WeightInfo::assign(scanned, k))
			},
			Some(jce) => {
				let weight = T::WeightInfo::assign(T::MaxRedundancy::get(), k)
					.saturating_add(T::Jces::placement_weight());
				let Some(placement) = T::Jces::placement(jce, c.cu) else {
					Self::defer(key, id, c, now);
					return weight;
				};
				// Every member computes: k is the cluster's size (a fork may have shrunk it),
				// and each is paid the cluster's price.
				let members: Vec<NodeId> =
					placement.members.iter().copied().filter(|n| !c.involves(*n)).collect();
				let size = u8::try_from(placement.members.len()).unwrap_or(u8::MAX);
				if !c.slots.is_empty()
					|| members.len() != placement.members.len()
					|| size == 0 || size > c.redundancy
					|| placement.price_per_cu > c.fee_per_cu
					|| !members.iter().all(|n| Self::can_take(&c, *n))
				{
					Self::defer(key, id, c, now);
					return weight;
				}
				c.redundancy = size;
				c.fee_per_cu = placement.price_per_cu.max(T::BaseFeePerCu::get());
				// The cluster's terms may cost less than the JCE's escrowed: the difference goes
				// back to the customer now.
				let needed = fee_of(c.fee_per_cu, c.cu_budget, size).unwrap_or(c.escrow);
				if c.escrow > needed {
					let released = Self::release_escrow(&c.owner, c.escrow.saturating_sub(needed));
					c.escrow = c.escrow.saturating_sub(released);
				}
				T::Jces::note_placed(jce, placement.cluster, c.cu);
				Self::deposit_event(Event::PlacedInCluster { id, jce, cluster: placement.cluster });
				(members, weight)
			},
		};
		if (chosen.len() as u32) < need.min(u32::from(c.redundancy)) {
			Self::defer(key, id, c, now);
			return weight;
		}
		let window_end = now.saturating_add(T::ExecutionWindow::get());
		if c.slots.is_empty() {
			c.assigned_epoch = T::Nodes::current_epoch();
		}
		for node in chosen {
			if c.slots.try_push(Slot { node, window_end, commitment: None }).is_err() {
				break;
			}
			Self::index_assignment(node, id, c.cu);
			Self::deposit_event(Event::NodeAssigned { id, node, window_end });
		}
		ComputationQueue::<T>::remove(key);
		c.status = ComputationStatus::Assigned;
		let next = Self::next_timer(&c);
		Self::set_timer(id, &mut c, next);
		Computations::<T>::insert(id, c);
		Self::deposit_event(Event::ComputationAssigned { id });
		weight
	}

	/// Take queued computation `id`, which could not be assigned, out of the queue until
	/// `RetryDelay` blocks from now (or its next timer, if sooner: a deadline or a window), so
	/// that it holds up nothing behind it. Its timer puts it back (`on_timer`). The weight is
	/// within `assign(0, k)`: fewer writes than an assignment's.
	pub(crate) fn defer(
		key: QueueKey,
		id: ComputationId,
		mut c: ComputationOf<T>,
		now: BlockNumberFor<T>,
	) {
		ComputationQueue::<T>::remove(key);
		Deferred::<T>::insert(id, ());
		let retry = now.saturating_add(T::RetryDelay::get().max(One::one()));
		let retry_at = Self::next_timer(&c).map_or(retry, |t| t.min(retry));
		Self::set_timer(id, &mut c, Some(retry_at));
		Computations::<T>::insert(id, c);
		Self::deposit_event(Event::AssignmentDeferred { id, retry_at });
	}

	/// Queued computations, in the queue or deferred: what `MaxQueueLength` bounds.
	pub(crate) fn queued_count() -> u32 {
		ComputationQueue::<T>::count().saturating_add(Deferred::<T>::count())
	}

	/// Up to `need` nodes for computation `c`, best first, from at most `MaxCandidates` offered
	/// nodes starting at a random position, each of an operator that has no other node in `c`
	/// nor in `exclude` (and none of `exclude`). Also returns how many were looked at.
	pub(crate) fn pick_nodes(
		c: &ComputationOf<T>,
		def: &DefinitionOf<T>,
		need: u32,
		id: ComputationId,
		seed: &[u8; 32],
		exclude: &[NodeId],
	) -> (Vec<NodeId>, u32) {
		let count = OfferedCount::<T>::get();
		if count == 0 || need == 0 {
			return (Vec::new(), 0);
		}
		let scan = T::MaxCandidates::get().min(count);
		let draw = sp_io::hashing::blake2_256(&(seed, id).encode());
		let start = u32::from_le_bytes([draw[0], draw[1], draw[2], draw[3]])
			.checked_rem(count)
			.unwrap_or(0);
		let epoch = T::Nodes::current_epoch();
		let mut ranked: Vec<(u64, [u8; 32], NodeId)> = Vec::new();
		for i in 0..scan {
			let position = start.saturating_add(i).checked_rem(count).unwrap_or(0);
			let Some(node) = OfferedNodes::<T>::get(position) else { continue };
			if exclude.contains(&node) {
				continue;
			}
			if let Some(entry) = Self::rank(c, def, node, epoch, id, seed) {
				ranked.push(entry);
			}
		}
		// Highest score first; equal scores by the random tie-break.
		ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
		// One node per operator: no operator fills two of a computation's slots, and no
		// verifier shares an operator with the executors it judges.
		let mut operators: Vec<T::AccountId> = c
			.slots
			.iter()
			.map(|s| s.node)
			.chain(c.verifier)
			.chain(c.panel.iter().copied())
			.chain(exclude.iter().copied())
			.filter_map(T::Nodes::operator)
			.collect();
		let mut chosen = Vec::new();
		for (_, _, node) in ranked {
			if chosen.len() >= need as usize {
				break;
			}
			let Some(operator) = T::Nodes::operator(node) else { continue };
			if operators.contains(&operator) {
				continue;
			}
			operators.push(operator);
			chosen.push(node);
		}
		(chosen, scan)
	}

	/// Whether `node` is active with room for computation `c` this epoch (a cluster member).
	pub(crate) fn can_take(c: &ComputationOf<T>, node: NodeId) -> bool {
		if !T::Nodes::is_active(node)
			|| AssignmentCount::<T>::get(node) >= T::MaxAssignmentsPerNode::get()
		{
			return false;
		}
		let epoch = T::Nodes::current_epoch();
		let capacity = T::Nodes::active_capacity(node);
		let load = NodeLoads::<T>::get(node).filter(|l| l.epoch == epoch).map_or(0, |l| l.cu);
		capacity.saturating_sub(load) >= c.cu
	}

	/// The score and tie-break of `node` for computation `c`, if it may take it.
	pub(crate) fn rank(
		c: &ComputationOf<T>,
		def: &DefinitionOf<T>,
		node: NodeId,
		epoch: corex_primitives::EpochIndex,
		id: ComputationId,
		seed: &[u8; 32],
	) -> Option<(u64, [u8; 32], NodeId)> {
		if c.involves(node) || !T::Nodes::is_active(node) {
			return None;
		}
		if let Some(class) = def.device_class {
			if T::Nodes::device_class(node) != Some(class) {
				return None;
			}
		}
		if T::Nodes::tier(node).unwrap_or(0) < def.min_tier {
			return None;
		}
		if AssignmentCount::<T>::get(node) >= T::MaxAssignmentsPerNode::get() {
			return None;
		}
		let capacity = T::Nodes::active_capacity(node);
		let load = NodeLoads::<T>::get(node).filter(|l| l.epoch == epoch).map_or(0, |l| l.cu);
		let free = capacity.saturating_sub(load);
		if free < c.cu || capacity == 0 {
			return None;
		}
		let reputation = u64::from(T::Nodes::reputation(node).unwrap_or(0));
		let stake: u128 = T::Nodes::counted_stake(node).saturated_into();
		let stake_bits = u64::from(stake.saturating_add(1).ilog2());
		let free_permille = u64::try_from(
			u128::from(free).saturating_mul(1000).checked_div(u128::from(capacity)).unwrap_or(0),
		)
		.unwrap_or(1000);
		let uptime_permille = u64::from(Self::uptime_of(node, epoch).deconstruct() / 1_000_000);
		// Power its probes measured (CU per epoch, log2); nothing before its first answer.
		let measured = T::Nodes::record(node).and_then(|r| r.measured_capacity).unwrap_or(0);
		let power_bits = u64::from(measured.saturating_add(1).ilog2());
		let score = reputation
			.saturating_mul(stake_bits.saturating_add(16))
			.saturating_mul(power_bits.saturating_add(16))
			.saturating_mul(free_permille.saturating_add(1000))
			.saturating_mul(uptime_permille.saturating_add(1000));
		let tie = sp_io::hashing::blake2_256(&(seed, id, node).encode());
		Some((score, tie, node))
	}
}
