//! Opening verification when results are committed, reveals, replays and the replay draw.

use crate::*;
use codec::Encode;
use corex_primitives::{needs_output, ComputationFacts, OnResultsCommitted};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{Get, Randomness},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{One, Saturating, Zero},
	DispatchResult, Perbill,
};

impl<T: Config> Pallet<T> {
	/// The node whose current worker key `who` is.
	pub(crate) fn node_of(who: T::AccountId) -> Result<NodeId, DispatchError> {
		corex_primitives::EnsureWorker::<T::AccountId, T::Nodes, T::AccountToWorker>::node_of(&who)
			.map_err(|_| Error::<T>::UnknownWorker.into())
	}

	pub(crate) fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// Check `output` against `result` and keep it, if the policy needs it.
	pub(crate) fn keep_output(
		id: ComputationId,
		facts: &ComputationFacts<T::AccountId>,
		result: ContentId,
		output: Option<OutputOf<T>>,
	) -> DispatchResult {
		match output {
			Some(output) => {
				ensure!(ContentId::of(&output) == result, Error::<T>::OutputMismatch);
				if needs_output(facts.kind, facts.policy.mode)
					&& !Outputs::<T>::contains_key(id, result)
				{
					Outputs::<T>::insert(id, result, output);
				}
			},
			None => ensure!(
				!needs_output(facts.kind, facts.policy.mode)
					|| Outputs::<T>::contains_key(id, result),
				Error::<T>::OutputRequired
			),
		}
		Ok(())
	}

	// ---------------------------------------------------------------------------------------
	// Reveals and replays
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_reveal(node: NodeId, reveal: RevealOf<OutputOf<T>>) -> DispatchResult {
		let id = reveal.id;
		let v = Verifications::<T>::get(id).ok_or(Error::<T>::NotCommitted)?;
		let facts = T::Computations::facts(id).ok_or(Error::<T>::NotCommitted)?;
		let committed = facts
			.slots
			.iter()
			.find(|(n, _)| *n == node)
			.ok_or(Error::<T>::NotExecutor)?
			.1
			.ok_or(Error::<T>::NotCommitted)?;
		match v.phase {
			Phase::AwaitingReplay | Phase::Drawing => return Err(Error::<T>::RevealNotOpen.into()),
			Phase::Escalated
			| Phase::Escalating { .. }
			| Phase::Disputable
			| Phase::PanelDrawing
			| Phase::Disputed => return Err(Error::<T>::RevealWindowClosed.into()),
			Phase::Revealing => {},
		}
		ensure!(Self::now() <= v.until, Error::<T>::RevealWindowClosed);
		let outcome = Outcome { result: reveal.result, loss: reveal.loss };
		let opens = commitment::<T>(id, node, &outcome, &reveal.salt) == committed;
		match Reveals::<T>::get(id, node) {
			Some(Revealed::Equivocated) => return Err(Error::<T>::AlreadyRevealed.into()),
			Some(Revealed::Valid(earlier)) if earlier == outcome => {
				return Err(Error::<T>::AlreadyRevealed.into())
			},
			Some(Revealed::Valid(_)) => return Self::equivocated(id, node, &facts),
			None if !opens => return Self::equivocated(id, node, &facts),
			None => {},
		}
		Self::keep_output(id, &facts, outcome.result, reveal.output)?;
		Reveals::<T>::insert(id, node, Revealed::Valid(outcome));
		Self::deposit_event(Event::ResultRevealed { id, node, result: outcome.result });
		Self::conclude_when_all_revealed(id, &facts);
		Ok(())
	}

	/// Every executor of `id` has revealed (or equivocated): the verdict need not wait for the
	/// window's end.
	fn conclude_when_all_revealed(id: ComputationId, facts: &ComputationFacts<T::AccountId>) {
		if facts.slots.iter().all(|(n, _)| Reveals::<T>::contains_key(id, n)) {
			Self::conclude(id, false);
		}
	}

	/// `node` revealed something it did not commit to, or a second, different result.
	pub(crate) fn equivocated(
		id: ComputationId,
		node: NodeId,
		facts: &ComputationFacts<T::AccountId>,
	) -> DispatchResult {
		Reveals::<T>::insert(id, node, Revealed::Equivocated);
		Self::deposit_event(Event::Equivocated { id, node });
		Self::punish(id, node, SlashReason::InvalidProof, facts, None);
		Self::conclude_when_all_revealed(id, facts);
		Ok(())
	}

	pub(crate) fn do_submit_replay(
		node: NodeId,
		id: ComputationId,
		outcome: Outcome,
		output: Option<OutputOf<T>>,
	) -> DispatchResult {
		let mut v = Verifications::<T>::get(id).ok_or(Error::<T>::NotCommitted)?;
		let facts = T::Computations::facts(id).ok_or(Error::<T>::NotCommitted)?;
		if v.phase == Phase::Disputed {
			return Self::panel_replay(node, id, &v, &facts, outcome, output);
		}
		ensure!(v.verifier == Some(node), Error::<T>::NotVerifier);
		ensure!(v.replay.is_none(), Error::<T>::AlreadyReplayed);
		ensure!(v.phase != Phase::Revealing, Error::<T>::ReplayNotOpen);
		ensure!(Self::now() <= v.until, Error::<T>::ReplayNotOpen);
		Self::keep_output(id, &facts, outcome.result, output)?;
		v.replay = Some(outcome);
		Self::deposit_event(Event::ReplaySubmitted { id, verifier: node, result: outcome.result });
		match v.phase {
			Phase::AwaitingReplay => {
				Self::open_reveals(id, &mut v);
				Verifications::<T>::insert(id, v);
			},
			_ => {
				Verifications::<T>::insert(id, v);
				Self::conclude(id, false);
			},
		}
		Ok(())
	}

	/// Start the reveal phase of `v`.
	pub(crate) fn open_reveals(id: ComputationId, v: &mut Verification<BlockNumberFor<T>>) {
		let until = Self::now().saturating_add(T::RevealWindow::get());
		Self::move_timer(id, v.until, until);
		v.phase = Phase::Revealing;
		v.until = until;
		Self::deposit_event(Event::RevealOpened { id, until });
	}

	/// The timer of `id` moves from the end of one phase to the end of the next.
	pub(crate) fn move_timer(id: ComputationId, from: BlockNumberFor<T>, to: BlockNumberFor<T>) {
		Timers::<T>::remove(from.saturating_add(One::one()), id);
		Timers::<T>::insert(to.saturating_add(One::one()), id, ());
	}

	/// Whether computation `id` is sampled for replay: `rate` of computations are, by the
	/// chain's random seed as of this block.
	pub(crate) fn sampled(id: ComputationId, rate: Perbill) -> bool {
		if rate.is_zero() {
			return false;
		}
		let draw = T::Randomness::random(&(id, b"corex/replay").encode()).0;
		let value = u32::from_le_bytes([draw[0], draw[1], draw[2], draw[3]]) % 1_000_000_000;
		value < rate.deconstruct()
	}

	/// All commitments of `id` are in: draw its replay sample `DrawDelay` blocks from now.
	pub(crate) fn on_committed(id: ComputationId) {
		let delay = T::DrawDelay::get();
		if delay.is_zero() {
			return Self::draw(id);
		}
		let at = Self::now().saturating_add(delay);
		Timers::<T>::insert(at, id, ());
		Verifications::<T>::insert(
			id,
			Verification {
				phase: Phase::Drawing,
				until: at.saturating_sub(One::one()),
				verifier: None,
				replay: None,
			},
		);
		Self::deposit_event(Event::DrawScheduled { id, at });
	}

	/// Sample `id` for replay (and draw its verifier), then open the reveals.
	pub(crate) fn draw(id: ComputationId) {
		let Some(facts) = T::Computations::facts(id) else { return };
		let now = Self::now();
		let rate = facts.policy.replay_rate.max(T::ReplayRate::get());
		if Self::sampled(id, rate) {
			if let Ok(verifier) = T::Computations::assign_verifier(id) {
				let until = now.saturating_add(T::ReplayWindow::get());
				Timers::<T>::insert(until.saturating_add(One::one()), id, ());
				Verifications::<T>::insert(
					id,
					Verification {
						phase: Phase::AwaitingReplay,
						until,
						verifier: Some(verifier),
						replay: None,
					},
				);
				Self::deposit_event(Event::ReplaySampled { id, verifier, until });
				return;
			}
		}
		let until = now.saturating_add(T::RevealWindow::get());
		Timers::<T>::insert(until.saturating_add(One::one()), id, ());
		Verifications::<T>::insert(
			id,
			Verification { phase: Phase::Revealing, until, verifier: None, replay: None },
		);
		Self::deposit_event(Event::RevealOpened { id, until });
	}
}

impl<T: Config> OnResultsCommitted for Pallet<T> {
	fn on_results_committed(id: ComputationId) {
		Self::on_committed(id);
	}

	/// Opening verification: the facts, a sampled verifier's assignment, and the
	/// verification record with its timer.
	fn weight() -> Weight {
		T::Computations::assign_verifier_weight()
			.saturating_add(T::DbWeight::get().reads_writes(3, 2))
	}
}
