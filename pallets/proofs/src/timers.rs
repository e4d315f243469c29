//! The block hook and the verification timers.

use crate::*;
use frame_support::{pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};

impl<T: Config> Pallet<T> {
	// ---------------------------------------------------------------------------------------
	// Timers
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_on_initialize(now: BlockNumberFor<T>) -> Weight {
		let used = corex_primitives::timers::run_stored::<Timers<T>, TimerCursor<T>, _, _>(
			now,
			T::MaxTimersPerBlock::get(),
			T::MaxTimerWeight::get(),
			|id, at| Self::timer_bound(*id, at),
			Self::on_timer,
		);
		let limit = T::MaxTimerWeight::get().saturating_sub(used);
		let slashes = Self::apply_pending_slashes(limit);
		// `used` and the bound read of the timer the loop stopped before, if any.
		T::WeightInfo::on_initialize_idle(corex_primitives::scale::COMPUTATIONS)
			.saturating_add(used)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(slashes)
	}

	/// The most the timer of `id` at `at` may weigh, known before it runs: a draw (the phase
	/// most timers end) costs what opening verification costs; any other phase its worst
	/// (`timer_weight`). A stale timer costs a read.
	pub(crate) fn timer_bound(id: ComputationId, at: BlockNumberFor<T>) -> Weight {
		let read = T::DbWeight::get().reads(1);
		match Verifications::<T>::get(id) {
			Some(v) if v.until.saturating_add(One::one()) == at => match v.phase {
				Phase::Drawing => Self::draw_weight(),
				_ => Self::timer_weight(),
			},
			_ => read,
		}
	}

	/// What a draw costs: the verification read, and opening verification (a sampled
	/// verifier's assignment included).
	pub(crate) fn draw_weight() -> Weight {
		T::DbWeight::get()
			.reads(1)
			.saturating_add(<Self as corex_primitives::OnResultsCommitted>::weight())
	}

	/// The phase of `id` ending at `at` is over. Returns the weight used.
	pub(crate) fn on_timer(id: ComputationId, at: BlockNumberFor<T>) -> Weight {
		let Some(mut v) = Verifications::<T>::get(id) else {
			return T::DbWeight::get().reads(1);
		};
		if v.until.saturating_add(One::one()) != at {
			return T::DbWeight::get().reads(1);
		}
		match v.phase {
			Phase::Revealing => Self::conclude(id, true),
			Phase::Drawing => {
				Self::draw(id);
				return Self::draw_weight();
			},
			Phase::Escalating { pot } => Self::escalate(id, v, pot),
			// Undisputed: the verifier's verdict takes effect.
			Phase::Disputable => Self::conclude(id, false),
			Phase::PanelDrawing => Self::draw_panel(id, v),
			Phase::Disputed => Self::settle(id),
			Phase::AwaitingReplay | Phase::Escalated => {
				if let Some(node) = v.verifier {
					// A miss of its own, weighed as node staking weighs misses: the first in a
					// while costs reputation only, repeats are slashed.
					Self::verifier_missed(id, node);
				}
				if v.phase == Phase::AwaitingReplay {
					// The executors reveal without the replay.
					Self::open_reveals(id, &mut v);
					Verifications::<T>::insert(id, v);
				} else if let Ok(verifier) = T::Computations::replace_verifier(id) {
					// The verdict needs a replay: another verifier, with a window of its own.
					let until = Self::now().saturating_add(T::ReplayWindow::get());
					Self::move_timer(id, v.until, until);
					v.verifier = Some(verifier);
					v.until = until;
					Verifications::<T>::insert(id, v);
					Self::deposit_event(Event::VerifierReplaced { id, verifier, until });
				} else {
					Self::unresolved(id, &v);
				}
			},
		}
		Self::timer_weight()
	}
}
