//! What each verification path costs at its worst, for the declared weights.

use crate::*;
use frame_support::{pallet_prelude::*, traits::Get};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// The most punishing one node costs beyond what the benchmarks measure (their nodes serve
	/// no cluster): the fault counted in its cluster, where it may be ejected. Its slash is the
	/// hook's (`slash_weight`).
	pub(crate) fn punish_weight() -> Weight {
		T::Computations::note_fault_weight()
	}

	/// The most punishments one verdict costs: every executor punished.
	pub(crate) fn punishments_weight() -> Weight {
		Self::punish_weight().saturating_mul(u64::from(T::MaxRedundancy::get()))
	}

	/// The most a reveal of an output of `b` bytes costs: the last reveal, whose verdict
	/// punishes every other executor and concludes, or escalates to a replay.
	/// The most a replay of an output of `b` bytes costs: the verifier's, which decides the
	/// verdict, or a panel member's last, which settles a dispute and punishes the replayers
	/// against the majority as well.
	pub(crate) fn replay_weight(b: u32) -> Weight {
		let k = T::MaxRedundancy::get();
		T::WeightInfo::submit_replay(k, b)
			.max(T::WeightInfo::settle_dispute(k, b))
			.saturating_add(Self::conclusion_weight())
			.saturating_add(Self::panel_punishments_weight())
	}

	/// The most punishing the replayers of a dispute costs: the verifier or a panel member.
	pub(crate) fn panel_punishments_weight() -> Weight {
		Self::punish_weight().saturating_mul(u64::from(DISPUTE_PANEL.saturating_add(1)))
	}

	/// What `dispute` costs: the bond and the schedule, or, drawing at once, the panel.
	pub(crate) fn dispute_call_weight() -> Weight {
		let w = T::WeightInfo::dispute();
		if T::DrawDelay::get().is_zero() {
			w.saturating_add(Self::timer_weight())
		} else {
			w
		}
	}

	pub(crate) fn reveal_weight(b: u32) -> Weight {
		T::WeightInfo::reveal(T::MaxRedundancy::get(), b)
			.saturating_add(T::Computations::assign_verifier_weight())
			.saturating_add(Self::conclusion_weight())
	}

	/// The most a verdict costs beyond what the benchmarks measure: every executor punished,
	/// and the queue's hand-off at its worst (an aggregation that starts a job's next round).
	pub(crate) fn conclusion_weight() -> Weight {
		Self::punishments_weight().saturating_add(T::Computations::note_verified_weight())
	}

	/// The most one timer costs: a reveal window closing with every executor unrevealed and
	/// punished and the verdict concluded, or a verifier's miss and its replacement.
	/// A dispute window closing (the verdict takes effect) and a dispute settled by its timer
	/// (missing panel members noted) are measured with outputs of the largest size.
	pub(crate) fn timer_weight() -> Weight {
		let k = T::MaxRedundancy::get();
		let b = T::MaxOutputLen::get();
		T::WeightInfo::on_timer(k)
			.max(T::WeightInfo::close_dispute_window(k, b))
			.max(T::WeightInfo::settle_dispute(k, b))
			.saturating_add(T::Computations::assign_verifier_weight())
			.saturating_add(T::Computations::assign_panel_weight(DISPUTE_PANEL))
			.saturating_add(Self::conclusion_weight())
			.saturating_add(Self::panel_punishments_weight())
			.saturating_add(
				T::Reputation::note_miss_weight()
					.saturating_mul(u64::from(DISPUTE_PANEL.saturating_add(1))),
			)
	}
}
