//! What assigned nodes send: result commitments and reports of unavailable inputs.

use crate::{orders::fee_of, *};
use alloc::vec::Vec;
use corex_primitives::ComputationStatus;
use frame_support::{ensure, pallet_prelude::*, traits::Get};
use sp_runtime::{traits::Zero, DispatchResult};

impl<T: Config> Pallet<T> {
	// ---------------------------------------------------------------------------------------
	// Commitments
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_commit(
		who: T::AccountId,
		id: ComputationId,
		commitment: [u8; 32],
	) -> DispatchResult {
		let (node, mut c, position) = Self::open_slot(who, id)?;
		if let Some(slot) = c.slots.get_mut(position) {
			slot.commitment = Some(commitment);
		}
		Self::deposit_event(Event::ResultCommitted { id, node });
		let complete = c.open_slots() == 0 && c.slots.iter().all(|s| s.commitment.is_some());
		if complete {
			c.status = ComputationStatus::Committed;
			Self::set_timer(id, &mut c, None);
			Computations::<T>::insert(id, c);
			Self::deposit_event(Event::ResultsCommitted { id });
			T::OnCommitted::on_results_committed(id);
		} else {
			Self::retime(id, &mut c);
			Computations::<T>::insert(id, c);
		}
		Ok(())
	}

	// ---------------------------------------------------------------------------------------
	// Unavailable inputs
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_report_unavailable(
		who: T::AccountId,
		id: ComputationId,
		reason: Unavailability,
	) -> DispatchResult {
		let (node, mut c, position) = Self::open_slot(who, id)?;
		if let Unavailability::Input(n) = reason {
			ensure!(usize::from(n) < c.inputs.len(), Error::<T>::NoSuchInput);
		}
		let mut reports = UnavailableReports::<T>::get(id);
		// Every reporter is also in `missed`, which has the same bound: one of them is full
		// only when the other is.
		let recorded = reports.try_push((node, reason)).is_ok() && c.missed.try_push(node).is_ok();
		c.slots.remove(position);
		Self::unindex_assignment(node, id);
		Self::deposit_event(Event::InputUnavailable { id, node, reason });
		let majority = (reports.len() as u32).saturating_mul(2) > u32::from(c.redundancy);
		if majority || !recorded {
			Self::settle_unavailable(id, c, &reports);
			return Ok(());
		}
		UnavailableReports::<T>::insert(id, reports);
		if c.status == ComputationStatus::Assigned {
			// Back into the queue for another node, ahead of its fee peers by age.
			c.status = ComputationStatus::Queued;
			Self::enqueue(id, &mut c, frame_system::Pallet::<T>::block_number());
		}
		Self::retime(id, &mut c);
		Computations::<T>::insert(id, c);
		Ok(())
	}

	/// The node of worker account `who`, computation `id` and the position of the node's slot,
	/// which must be open: not committed, its window not closed, the computation not yet
	/// committed. What a commitment and an unavailability report both check.
	pub(crate) fn open_slot(
		who: T::AccountId,
		id: ComputationId,
	) -> Result<(NodeId, ComputationOf<T>, usize), DispatchError> {
		let node = Self::worker_node(&who)?;
		let c = Computations::<T>::get(id).ok_or(Error::<T>::ComputationNotFound)?;
		ensure!(
			matches!(c.status, ComputationStatus::Queued | ComputationStatus::Assigned),
			Error::<T>::InvalidTransition
		);
		let now = frame_system::Pallet::<T>::block_number();
		let position =
			c.slots.iter().position(|s| s.node == node).ok_or(Error::<T>::NotAssigned)?;
		let slot = c.slots.get(position).ok_or(Error::<T>::NotAssigned)?;
		ensure!(slot.commitment.is_none(), Error::<T>::AlreadyCommitted);
		ensure!(now <= slot.window_end, Error::<T>::WindowClosed);
		Ok((node, c, position))
	}

	/// End computation `id` as unavailable: the nodes that reported it or committed are paid
	/// `UnavailableFee` of their share for their time, the customer gets the rest back.
	pub(crate) fn settle_unavailable(
		id: ComputationId,
		mut c: ComputationOf<T>,
		reports: &[(NodeId, Unavailability)],
	) {
		let share = fee_of(c.fee_per_cu, c.cu, 1).unwrap_or_else(Zero::zero);
		let fee = T::UnavailableFee::get().mul_floor(share);
		let nodes: Vec<NodeId> = reports
			.iter()
			.map(|(n, _)| *n)
			.chain(c.slots.iter().filter(|s| s.commitment.is_some()).map(|s| s.node))
			.collect();
		let (paid, protocol_fee) = Self::pay_nodes(&mut c, &nodes, fee);
		Self::wind_up(id, c, false, |refunded| Event::ComputationUnavailable {
			id,
			paid,
			protocol_fee,
			refunded,
		});
	}
}
