//! Computation timers: deadlines, execution windows, missed windows and retries.

use crate::{settlement::Ending, *};
use corex_primitives::{ComputationStatus, JcePlacement, SlashReason};
use frame_support::{pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, SaturatedConversion, Saturating};

impl<T: Config> Pallet<T> {
	/// Set the timer of open computation `id` to its next one; a deferred computation keeps
	/// its earlier return to the queue.
	pub(crate) fn retime(id: ComputationId, c: &mut ComputationOf<T>) {
		let next = match (Self::next_timer(c), c.timer) {
			(Some(next), Some(back)) if Deferred::<T>::contains_key(id) => Some(next.min(back)),
			(next, _) => next,
		};
		Self::set_timer(id, c, next);
	}

	// ---------------------------------------------------------------------------------------
	// Timers
	// ---------------------------------------------------------------------------------------

	/// The block of the computation's next timer: its deadline or the earliest open window end,
	/// whichever comes first; none once all results are committed.
	pub(crate) fn next_timer(c: &ComputationOf<T>) -> Option<BlockNumberFor<T>> {
		if !matches!(c.status, ComputationStatus::Queued | ComputationStatus::Assigned) {
			return None;
		}
		let window = c
			.slots
			.iter()
			.filter(|s| s.commitment.is_none())
			.map(|s| s.window_end.saturating_add(One::one()))
			.min();
		Some(window.map_or(c.deadline, |w| w.min(c.deadline)))
	}

	/// Move the computation's timer to `at` (or remove it).
	pub(crate) fn set_timer(
		id: ComputationId,
		c: &mut ComputationOf<T>,
		at: Option<BlockNumberFor<T>>,
	) {
		if c.timer == at {
			return;
		}
		if let Some(old) = c.timer {
			Timers::<T>::remove(old, id);
		}
		if let Some(new) = at {
			Timers::<T>::insert(new, id, ());
		}
		c.timer = at;
	}

	/// Handle computation `id`'s timer due at `at`. Returns the weight used.
	pub(crate) fn on_timer(
		id: ComputationId,
		at: BlockNumberFor<T>,
		now: BlockNumberFor<T>,
	) -> Weight {
		let Some(mut c) = Computations::<T>::get(id) else {
			return T::DbWeight::get().reads(1);
		};
		if c.timer != Some(at) {
			return T::DbWeight::get().reads(1);
		}
		let k = u32::from(c.redundancy);
		// Nodes whose window closed without a commitment are penalized and dropped.
		let mut dropped = 0u32;
		let mut missed_full = false;
		let slots = core::mem::take(&mut c.slots);
		for slot in slots {
			if slot.commitment.is_none() && slot.window_end < now {
				Self::penalize_miss(id, slot.node, c.jce);
				Self::unindex_assignment(slot.node, id);
				if c.missed.try_push(slot.node).is_err() {
					missed_full = true;
				}
				dropped = dropped.saturating_add(1);
			} else {
				// Cannot fail: the slots came from the same bounded vector.
				let _ = c.slots.try_push(slot);
			}
		}
		let used = T::WeightInfo::on_timer(k)
			.saturating_add(Self::miss_weight().saturating_mul(u64::from(dropped)));
		if now >= c.deadline || missed_full {
			Self::end(id, c, Ending::Expired);
			// Ending (a refund, a training job failed) is charged as every timer was before:
			// at the worst any timer may be.
			return Self::timer_weight();
		}
		if dropped > 0 && c.status == ComputationStatus::Assigned {
			// Back into the queue for the missing nodes, ahead of its fee peers by age.
			c.status = ComputationStatus::Queued;
			Self::enqueue(id, &mut c, now);
		} else {
			// Deferred after a failed assignment, or waiting out `AssignmentDelay`: into the
			// queue, where this block's assignment step tries it.
			Self::undefer(id, &c);
		}
		Self::retime(id, &mut c);
		Computations::<T>::insert(id, c);
		used
	}

	/// Put computation `id` back in the queue if it is deferred. The caller retimes `c`.
	pub(crate) fn undefer(id: ComputationId, c: &ComputationOf<T>) {
		if Deferred::<T>::take(id).is_some() {
			ComputationQueue::<T>::insert(queue_key(c.fee_per_cu.saturated_into(), id), ());
		}
	}

	/// The most penalizing one missed window costs: the miss weighed by node staking and
	/// counted in the node's cluster.
	pub(crate) fn miss_weight() -> Weight {
		T::Reputation::note_miss_weight().saturating_add(T::Jces::note_fault_weight())
	}

	/// The most the timer of `id` at `at` may weigh when it runs at `now`, known before it runs:
	/// `on_timer` for the computation's `k`, and a miss for each node whose window has closed
	/// without its commitment (what `on_timer` charges). A stale timer costs a read.
	pub(crate) fn timer_bound(
		id: ComputationId,
		at: BlockNumberFor<T>,
		now: BlockNumberFor<T>,
	) -> Weight {
		let read = T::DbWeight::get().reads(1);
		let Some(c) = Computations::<T>::get(id).filter(|c| c.timer == Some(at)) else {
			return read;
		};
		let misses =
			c.slots.iter().filter(|s| s.commitment.is_none() && s.window_end < now).count();
		// A timer that may end its computation (at its deadline, or with more misses than it
		// records) is bounded by the worst any timer may be, as every timer was before.
		let ends = now >= c.deadline
			|| c.missed.len().saturating_add(misses) > T::MaxRedundancy::get() as usize;
		if ends {
			return read.saturating_add(Self::timer_weight());
		}
		read.saturating_add(T::WeightInfo::on_timer(u32::from(c.redundancy)))
			.saturating_add(Self::miss_weight().saturating_mul(misses as u64))
	}

	/// The most one timer may weigh: every node of a computation of the largest `k` missing.
	pub(crate) fn timer_weight() -> Weight {
		let k = T::MaxRedundancy::get();
		T::WeightInfo::on_timer(k).saturating_add(Self::miss_weight().saturating_mul(u64::from(k)))
	}

	/// `node` missed its window on computation `id`: node staking weighs the miss by how often
	/// the node missed lately (the first in a while costs reputation only), and a computation
	/// of a JCE counts it against the node in its cluster.
	pub(crate) fn penalize_miss(
		id: ComputationId,
		node: NodeId,
		jce: Option<corex_primitives::JceId>,
	) {
		let outcome = T::Reputation::note_miss(
			node,
			T::MissedWindowPenalty::get(),
			T::MissedWindowSlash::get(),
			SlashReason::MissedDeadline,
		)
		.ok();
		if let Some(jce) = jce {
			T::Jces::note_fault(jce, node);
		}
		Self::deposit_event(Event::WindowMissed {
			id,
			node,
			reputation: outcome.map(|o| o.reputation),
			slashed: outcome.map(|o| o.slashed).unwrap_or_default(),
		});
	}
}
