//! The pallet's invariants, checked by `try_state`.

use crate::{orders::fee_of, *};
use corex_primitives::ComputationStatus;
use frame_support::{ensure, traits::Get};
use sp_runtime::traits::{SaturatedConversion, Zero};

impl<T: Config> Pallet<T> {
	// ---------------------------------------------------------------------------------------
	// Invariants
	// ---------------------------------------------------------------------------------------

	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		use sp_runtime::traits::CheckedAdd as _;

		// 1. Escrow held == Σ open computations' escrow + Σ running jobs' reserve, per account.
		let mut expected: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut open_per_definition: BTreeMap<DefinitionId, u32> = BTreeMap::new();
		let mut queued = 0u32;
		let mut deferred_count = 0u32;
		for (id, c) in Computations::<T>::iter() {
			let e = expected.entry(c.owner.clone()).or_default();
			*e = e.checked_add(&c.escrow).ok_or("escrow sum overflows")?;
			let o = open_per_definition.entry(c.definition).or_default();
			*o = o.saturating_add(1);
			// 2. Queued computations are in the queue or deferred (not both), others are not.
			let in_queue =
				ComputationQueue::<T>::contains_key(queue_key(c.fee_per_cu.saturated_into(), id));
			let deferred = Deferred::<T>::contains_key(id);
			ensure!(
				(in_queue || deferred) == (c.status == ComputationStatus::Queued),
				"a computation's queue membership does not match its status"
			);
			ensure!(!(in_queue && deferred), "a computation is both queued and deferred");
			if in_queue {
				queued = queued.saturating_add(1);
			}
			if deferred {
				deferred_count = deferred_count.saturating_add(1);
			}
			ensure!(c.slots.len() <= usize::from(c.redundancy), "more slots than k");
			if c.status != ComputationStatus::Queued {
				ensure!(c.open_slots() == 0, "an assigned computation has open slots");
			}
			// A deferred computation's timer may come first: its return to the queue.
			let next = Self::next_timer(&c);
			ensure!(
				c.timer == next || (deferred && c.timer.is_some() && c.timer <= next),
				"a computation's timer is stale"
			);
			if let Some(at) = c.timer {
				ensure!(Timers::<T>::contains_key(at, id), "a timer is missing");
			}
			// 3. Every slot, the verifier and the dispute panel are indexed under their node.
			for node in c.verifier.iter().chain(c.panel.iter()) {
				ensure!(
					NodeAssignments::<T>::contains_key(node, id),
					"a verifier is not indexed under its node"
				);
			}
			for slot in c.slots.iter() {
				ensure!(
					NodeAssignments::<T>::contains_key(slot.node, id),
					"an assigned slot is not indexed under its node"
				);
			}
			if c.fragment.is_none() {
				let max = fee_of(c.fee_per_cu, c.cu_budget, c.redundancy)
					.ok_or("escrow bound overflows")?;
				ensure!(c.escrow <= max, "a computation holds more than its fees");
			}
		}
		for (_, job) in Jobs::<T>::iter() {
			if job.status == JobStatus::Running {
				let e = expected.entry(job.owner.clone()).or_default();
				*e = e.checked_add(&job.reserved).ok_or("reserve sum overflows")?;
				let o = open_per_definition.entry(job.definition).or_default();
				*o = o.saturating_add(1);
			} else {
				ensure!(job.reserved.is_zero(), "an ended job still reserves escrow");
			}
		}
		for (who, amount) in expected.iter() {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::Escrow.into(), who) == *amount,
				"escrow held differs from the open computations' and jobs' escrow"
			);
		}
		// 2. The queue holds only queued computations.
		ensure!(ComputationQueue::<T>::count() == queued, "the queue holds stale entries");
		ensure!(Deferred::<T>::count() == deferred_count, "stale deferred entries");
		let queued = queued.saturating_add(deferred_count);
		// 4. The queue is bounded: customer orders by MaxQueueLength, follow-up fragments by
		// the running jobs.
		let bound = T::MaxQueueLength::get()
			.saturating_add(T::MaxRunningJobs::get().saturating_mul(T::MaxShardsPerJob::get()));
		ensure!(queued <= bound, "the queue is over its bound");
		// 3. Node indexes match the slots; loads within capacity when assigned.
		for (node, id, ()) in NodeAssignments::<T>::iter() {
			let c = Computations::<T>::get(id).ok_or("an assignment of a closed computation")?;
			ensure!(
				c.slots.iter().any(|s| s.node == node)
					|| c.verifier == Some(node)
					|| c.panel.contains(&node),
				"an assignment without a slot"
			);
		}
		for (node, count) in AssignmentCount::<T>::iter() {
			ensure!(
				NodeAssignments::<T>::iter_prefix(node).count() as u32 == count,
				"a node's assignment count is off"
			);
			ensure!(count <= T::MaxAssignmentsPerNode::get(), "a node has too many assignments");
		}
		let epoch = T::Nodes::current_epoch();
		for (node, load) in NodeLoads::<T>::iter() {
			if load.epoch == epoch && T::Nodes::is_active(node) {
				// Capacity may shrink after assignment (unbonding); a load is only ever added
				// when it fitted, so it never exceeds the capacity the node had at that time.
				ensure!(load.cu > 0, "an empty load record");
			}
		}
		// 5. Definitions' open counts.
		for (id, def) in Definitions::<T>::iter() {
			ensure!(
				def.open == open_per_definition.get(&id).copied().unwrap_or(0),
				"a definition's open count is off"
			);
			ensure!(!def.retired || def.open > 0, "a retired definition without open work");
			ensure!(!def.retired || def.deposit.is_zero(), "a retired definition holds a deposit");
		}
		// Offered nodes are dense and consistent.
		let offered = OfferedCount::<T>::get();
		ensure!(offered <= T::MaxOfferedNodes::get(), "too many offered nodes");
		let mut per_class: BTreeMap<DeviceClass, u32> = BTreeMap::new();
		for position in 0..offered {
			let node = OfferedNodes::<T>::get(position).ok_or("a hole among offered nodes")?;
			let (at, class) =
				OfferPositions::<T>::get(node).ok_or("an offered node without position")?;
			ensure!(at == position, "offer positions disagree");
			let c = per_class.entry(class).or_default();
			*c = c.saturating_add(1u32);
		}
		ensure!(
			OfferPositions::<T>::iter().count() as u32 == offered,
			"offer positions count differs"
		);
		for (class, n) in OfferedPerClass::<T>::iter() {
			ensure!(
				per_class.get(&class).copied().unwrap_or(0) == n,
				"per-class offer count is off"
			);
		}
		let running = Jobs::<T>::iter().filter(|(_, j)| j.status == JobStatus::Running).count();
		ensure!(running as u32 == RunningJobCount::<T>::get(), "running job count is off");
		// 6. Unavailability reports belong to open computations that are not yet committed,
		// from nodes no longer assigned to them and never to be again, fewer than half of `k`.
		for (id, reports) in UnavailableReports::<T>::iter() {
			let c = Computations::<T>::get(id).ok_or("a report on a closed computation")?;
			ensure!(
				matches!(c.status, ComputationStatus::Queued | ComputationStatus::Assigned),
				"a report on a committed computation"
			);
			ensure!(
				(reports.len() as u32).saturating_mul(2) <= u32::from(c.redundancy),
				"a majority reported unavailable, but the computation is open"
			);
			for (node, _) in reports.iter() {
				ensure!(c.missed.contains(node), "a reporter may be assigned again");
				ensure!(!c.slots.iter().any(|s| s.node == *node), "a reporter still has a slot");
			}
		}
		// 7. Batches are open computations of a batchable definition, their last input a shard
		// list of their count, and cost at least one CU per fragment.
		for (id, b) in Batches::<T>::iter() {
			let c = Computations::<T>::get(id).ok_or("a batch of a closed computation")?;
			let def = Definitions::<T>::get(c.definition).ok_or("a batch without a definition")?;
			ensure!(Self::batchable(&def), "a batch of a definition that cannot batch");
			ensure!(
				b.fragments >= 1 && b.fragments <= T::MaxBatchFragments::get(),
				"a batch's size is out of bounds"
			);
			let list = c.inputs.last().map(|i| u64::from(i.size));
			ensure!(
				list == Some(corex_primitives::batch::shard_list_len(b.fragments)),
				"a batch's shard list is not of its count"
			);
			ensure!(c.cu >= u64::from(b.fragments), "a batch costs less than a CU a fragment");
		}
		Ok(())
	}
}
