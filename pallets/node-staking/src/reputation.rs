//! Reputation and capability probes.

use crate::*;
use corex_primitives::MAX_REPUTATION;
use frame_support::traits::Get;
use sp_runtime::{traits::SaturatedConversion, DispatchError};

impl<T: Config> Pallet<T> {
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
	pub(crate) fn set_reputation(
		id: NodeId,
		mut node: NodeOf<T>,
		reputation: Reputation,
		now: EpochIndex,
	) {
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
}
