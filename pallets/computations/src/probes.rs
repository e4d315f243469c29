//! Capability probes: work with a known answer the chain sends nodes, to measure what they can
//! do (`docs/computations.md`, "Capability probes").
//!
//! A probe is an inference over a model and samples generated from a seed
//! ([`corex_compute::probe`]). The block hook visits one offered node per block, round robin,
//! and sends it a probe when its last one is `ProbeInterval` epochs old (at once for a node
//! never probed), at most `ProbesPerEpoch` a epoch; an operator may also ask for one
//! (`request_probe`), once an epoch. The node's worker answers with the labels
//! (`submit_probe`) within `ProbeWindow` blocks; the chain computes the same and compares
//! every label. Node staking counts the result and measures the node's capacity from how many
//! blocks the answer took ([`corex_primitives::NodeReputation::note_probe`]).

use crate::*;
use corex_compute::probe::{Probe, MAX_PROBE_SAMPLES};
use corex_primitives::ProbeResult;
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Saturating, SaturatedConversion};

impl<T: Config> Pallet<T> {
	/// The probe of `open`, as the kernel takes it.
	pub fn probe_of(open: &OpenProbe<BlockNumberFor<T>>) -> Probe {
		Probe { seed: open.seed, samples: open.samples }
	}

	/// Send `node` a probe now, within this epoch's budget.
	pub(crate) fn issue_probe(node: NodeId, now: BlockNumberFor<T>) -> DispatchResult {
		ensure!(!Probes::<T>::contains_key(node), Error::<T>::ProbeOpen);
		let epoch = T::Nodes::current_epoch();
		let (counted, issued) = ProbesIssued::<T>::get();
		let issued = if counted == epoch { issued } else { 0 };
		ensure!(issued < T::ProbesPerEpoch::get(), Error::<T>::ProbeBudgetSpent);
		let seed = T::Randomness::random(&(b"corex/probe", node, now).encode()).0;
		let samples = T::ProbeSamples::get().clamp(1, MAX_PROBE_SAMPLES);
		let deadline = now.saturating_add(T::ProbeWindow::get());
		let open = OpenProbe { seed, samples, issued: now, deadline };
		Probes::<T>::insert(node, open);
		LastProbed::<T>::insert(node, epoch);
		ProbesIssued::<T>::put((epoch, issued.saturating_add(1)));
		let cu = Self::probe_of(&open).compute_units();
		Self::deposit_event(Event::ProbeIssued { node, samples, cu, deadline });
		Ok(())
	}

	/// A probe of `node` whose window closed unanswered: a miss.
	fn probe_missed(node: NodeId) {
		Probes::<T>::remove(node);
		T::Reputation::note_probe(node, ProbeResult::Missed);
		Self::deposit_event(Event::ProbeMissed { node });
	}

	/// The hook's probe work: the next offered node's probe is closed if its window passed, or
	/// one is sent if it is due. Returns the weight used.
	pub(crate) fn probe_step(now: BlockNumberFor<T>) -> Weight {
		let count = OfferedCount::<T>::get();
		if count == 0 {
			return T::DbWeight::get().reads(1);
		}
		let position = ProbeCursor::<T>::get().checked_rem(count).unwrap_or_default();
		ProbeCursor::<T>::put(position.saturating_add(1));
		let weight = Self::probe_step_weight();
		let Some(node) = OfferedNodes::<T>::get(position) else { return weight };
		if let Some(open) = Probes::<T>::get(node) {
			if now > open.deadline {
				Self::probe_missed(node);
			}
			return weight;
		}
		let epoch = T::Nodes::current_epoch();
		let due = LastProbed::<T>::get(node)
			.is_none_or(|last| epoch >= last.saturating_add(T::ProbeInterval::get()));
		if due {
			if let Err(e) = Self::issue_probe(node, now) {
				log::debug!(target: "computations", "no probe for node {node}: {e:?}");
			}
		}
		weight
	}

	/// The most one block's probe step weighs: a miss noted in node staking, or a probe sent.
	pub(crate) fn probe_step_weight() -> Weight {
		T::WeightInfo::probe_step().saturating_add(T::Reputation::note_probe_weight())
	}

	pub(crate) fn do_request_probe(who: T::AccountId, node: NodeId) -> DispatchResult {
		Self::ensure_operator(&who, node)?;
		let now = frame_system::Pallet::<T>::block_number();
		let epoch = T::Nodes::current_epoch();
		ensure!(
			LastProbed::<T>::get(node).is_none_or(|last| last < epoch),
			Error::<T>::ProbedThisEpoch
		);
		if let Some(open) = Probes::<T>::get(node) {
			ensure!(now > open.deadline, Error::<T>::ProbeOpen);
			Self::probe_missed(node);
		}
		Self::issue_probe(node, now)
	}

	/// Check a node's answer to its probe. Returns whether it passed and the probe's samples.
	pub(crate) fn do_submit_probe(
		who: T::AccountId,
		labels: &[u8],
	) -> Result<(bool, u32), DispatchError> {
		let node = Self::worker_node(&who)?;
		let open = Probes::<T>::get(node).ok_or(Error::<T>::NoProbe)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= open.deadline, Error::<T>::ProbeClosed);
		let probe = Self::probe_of(&open);
		let passed = probe.answer().is_ok_and(|answer| answer.as_slice() == labels);
		Probes::<T>::remove(node);
		let elapsed: u64 = now.saturating_sub(open.issued).saturated_into();
		let blocks = u32::try_from(elapsed).unwrap_or(u32::MAX).max(1);
		let result = if passed {
			ProbeResult::Passed { cu: probe.compute_units(), blocks }
		} else {
			ProbeResult::Failed
		};
		T::Reputation::note_probe(node, result);
		Self::deposit_event(Event::ProbeAnswered { node, passed, blocks });
		Ok((passed, open.samples))
	}
}
