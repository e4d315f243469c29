//! Proposed verdicts, disputes, the panel's replays and their settlement.

use crate::{verdicts::Votes, *};
use alloc::vec::Vec;
use corex_primitives::ComputationFacts;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Precision, Restriction},
		Get,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{One, Saturating, Zero},
	DispatchResult,
};

impl<T: Config> Pallet<T> {
	// ---------------------------------------------------------------------------------------
	// Disputes
	// ---------------------------------------------------------------------------------------

	/// The verifier's replay decided `outcome` alone: it takes effect after `window` blocks,
	/// unless a node disputes it meanwhile.
	pub(crate) fn propose(
		id: ComputationId,
		mut v: Verification<BlockNumberFor<T>>,
		outcome: Outcome,
		agreed: &[NodeId],
		wrong: &[NodeId],
		window: BlockNumberFor<T>,
	) {
		let until = Self::now().saturating_add(window);
		Self::move_timer(id, v.until, until);
		v.phase = Phase::Disputable;
		v.until = until;
		Verifications::<T>::insert(id, v);
		Self::deposit_event(Event::VerdictProposed {
			id,
			result: outcome.result,
			agreed: agreed.len() as u32,
			wrong: wrong.len() as u32,
			until,
		});
	}

	pub(crate) fn do_dispute(who: T::AccountId, node: NodeId, id: ComputationId) -> DispatchResult {
		let mut v = Verifications::<T>::get(id).ok_or(Error::<T>::NotDisputable)?;
		ensure!(v.phase == Phase::Disputable && Self::now() <= v.until, Error::<T>::NotDisputable);
		let verifier = v.verifier.ok_or(Error::<T>::NotDisputable)?;
		ensure!(node != verifier, Error::<T>::OwnVerdict);
		ensure!(T::Nodes::operator(node) != T::Nodes::operator(verifier), Error::<T>::OwnVerdict);
		let bond = T::DisputeBond::get();
		T::Currency::hold(&HoldReason::DisputeBond.into(), &who, bond)
			.map_err(|_| Error::<T>::BondUnavailable)?;
		Disputes::<T>::insert(id, Dispute { node, account: who, bond, replays: BoundedVec::new() });
		let delay = T::DrawDelay::get();
		let at = Self::now().saturating_add(delay);
		Self::deposit_event(Event::Disputed { id, node, bond, at });
		if delay.is_zero() {
			Self::draw_panel(id, v);
			return Ok(());
		}
		let until = at.saturating_sub(One::one());
		Self::move_timer(id, v.until, until);
		v.phase = Phase::PanelDrawing;
		v.until = until;
		Verifications::<T>::insert(id, v);
		Ok(())
	}

	/// Draw the panel of a disputed verdict; without one, the dispute is undecided.
	pub(crate) fn draw_panel(id: ComputationId, mut v: Verification<BlockNumberFor<T>>) {
		let Some(mut dispute) = Disputes::<T>::get(id) else {
			return Self::conclude(id, false);
		};
		let panel =
			T::Computations::assign_panel(id, dispute.node, DISPUTE_PANEL).unwrap_or_default();
		dispute.replays = BoundedVec::truncate_from(panel.iter().map(|n| (*n, None)).collect());
		if dispute.replays.is_empty() {
			Disputes::<T>::insert(id, dispute);
			return Self::settle(id);
		}
		let until = Self::now().saturating_add(T::ReplayWindow::get());
		Self::move_timer(id, v.until, until);
		v.phase = Phase::Disputed;
		v.until = until;
		Verifications::<T>::insert(id, v);
		Disputes::<T>::insert(id, dispute);
		Self::deposit_event(Event::PanelDrawn { id, panel, until });
	}

	/// A panel member's replay of a disputed computation.
	pub(crate) fn panel_replay(
		node: NodeId,
		id: ComputationId,
		v: &Verification<BlockNumberFor<T>>,
		facts: &ComputationFacts<T::AccountId>,
		outcome: Outcome,
		output: Option<OutputOf<T>>,
	) -> DispatchResult {
		let mut dispute = Disputes::<T>::get(id).ok_or(Error::<T>::ReplayNotOpen)?;
		let Some(seat) = dispute.replays.iter_mut().find(|(n, _)| *n == node) else {
			if v.verifier == Some(node) {
				return Err(Error::<T>::AlreadyReplayed.into());
			}
			return Err(Error::<T>::NotVerifier.into());
		};
		ensure!(seat.1.is_none(), Error::<T>::AlreadyReplayed);
		ensure!(Self::now() <= v.until, Error::<T>::ReplayNotOpen);
		Self::keep_output(id, facts, outcome.result, output)?;
		seat.1 = Some(outcome);
		let complete = dispute.replays.iter().all(|(_, r)| r.is_some());
		Disputes::<T>::insert(id, dispute);
		Self::deposit_event(Event::ReplaySubmitted { id, verifier: node, result: outcome.result });
		if complete {
			Self::settle(id);
		}
		Ok(())
	}

	/// Settle the dispute of `id` by the majority of the verifier's and the panel's replays.
	pub(crate) fn settle(id: ComputationId) {
		let Some(v) = Verifications::<T>::get(id) else { return };
		let Some(dispute) = Disputes::<T>::take(id) else { return Self::conclude(id, false) };
		let (Some(facts), Some(verifier), Some(claim)) =
			(T::Computations::facts(id), v.verifier, v.replay)
		else {
			Self::release_bond(&dispute);
			return Self::unresolved(id, &v);
		};
		// Panel members that did not replay in time: a miss of their own.
		let mut votes: Votes = alloc::vec![(verifier, claim)];
		for (node, replay) in dispute.replays.iter() {
			match replay {
				Some(o) => votes.push((*node, *o)),
				None => Self::verifier_missed(id, *node),
			}
		}
		// Without a panel, the verifier's word is all there is: that decides nothing.
		let seats = dispute.replays.len().saturating_add(1);
		let truth = votes.iter().map(|(_, o)| *o).filter(|_| seats > 1).find(|o| {
			let backers = votes.iter().filter(|(_, x)| Self::agree(id, &facts, x, o)).count();
			backers.saturating_mul(2) > seats
		});
		let Some(truth) = truth else {
			Self::release_bond(&dispute);
			Self::deposit_event(Event::DisputeSettled {
				id,
				ruling: Ruling::Undecided,
				forfeited: Zero::zero(),
			});
			return Self::unresolved(id, &v);
		};
		let upheld = Self::agree(id, &facts, &claim, &truth);
		let (ruling, truth, forfeited) = if upheld {
			let pool = T::PoolAccount::get();
			let paid = T::Currency::transfer_on_hold(
				&HoldReason::DisputeBond.into(),
				&dispute.account,
				&pool,
				dispute.bond,
				Precision::BestEffort,
				Restriction::Free,
				frame_support::traits::tokens::Fortitude::Force,
			)
			.unwrap_or_else(|_| Zero::zero());
			(Ruling::Upheld, claim, paid)
		} else {
			Self::release_bond(&dispute);
			(Ruling::Overturned, truth, Zero::zero())
		};
		// Replayers against the majority are wrong: the verifier's share of their slash goes to
		// the disputer when the verifier was, else to the first replayer that was right.
		let (judges, misled): (Votes, Votes) =
			votes.into_iter().partition(|(_, o)| Self::agree(id, &facts, o, &truth));
		let judges: Vec<NodeId> = judges.into_iter().map(|(n, _)| n).collect();
		for (node, _) in misled {
			let prover =
				if node == verifier { Some(dispute.node) } else { judges.first().copied() };
			Self::punish(id, node, SlashReason::WrongResult, &facts, prover);
		}
		Self::deposit_event(Event::DisputeSettled { id, ruling, forfeited });
		let valid: Votes = facts
			.slots
			.iter()
			.filter_map(|(n, _)| match Reveals::<T>::get(id, n) {
				Some(Revealed::Valid(o)) => Some((*n, o)),
				_ => None,
			})
			.collect();
		let (agreed, wrong): (Votes, Votes) =
			valid.into_iter().partition(|(_, o)| Self::agree(id, &facts, o, &truth));
		Self::verified(
			id,
			&facts,
			&v,
			truth,
			Basis::Panel,
			agreed.into_iter().map(|(n, _)| n).collect(),
			wrong.into_iter().map(|(n, _)| n).collect(),
			judges,
		);
	}

	/// Whether the verdict proposed for `id` (open to dispute) finds executor `node`'s reveal
	/// wrong: what a node's worker checks before it disputes.
	pub fn proposed_against(id: ComputationId, node: NodeId) -> bool {
		let Some(v) = Verifications::<T>::get(id).filter(|v| v.phase == Phase::Disputable) else {
			return false;
		};
		let (Some(claim), Some(facts)) = (v.replay, T::Computations::facts(id)) else {
			return false;
		};
		match Reveals::<T>::get(id, node) {
			Some(Revealed::Valid(o)) => !Self::agree(id, &facts, &o, &claim),
			_ => false,
		}
	}

	/// Give a disputer its bond back.
	pub(crate) fn release_bond(dispute: &Dispute<T::AccountId, BalanceOf<T>>) {
		if let Err(e) = T::Currency::release(
			&HoldReason::DisputeBond.into(),
			&dispute.account,
			dispute.bond,
			Precision::BestEffort,
		) {
			log::error!(target: "proofs", "a dispute bond could not be released: {e:?}");
		}
	}

	/// A verifier or panel member did not replay `id` in time: weighed as node staking weighs
	/// misses.
	pub(crate) fn verifier_missed(id: ComputationId, node: NodeId) {
		let outcome = T::Reputation::note_miss(
			node,
			T::VerifierMissPenalty::get(),
			T::VerifierMissSlash::get(),
			SlashReason::MissedDeadline,
		)
		.ok();
		Self::deposit_event(Event::VerifierMissed {
			id,
			node,
			reputation: outcome.map(|o| o.reputation),
			slashed: outcome.map(|o| o.slashed).unwrap_or_default(),
		});
	}

	/// Forget everything about `id`'s verification.
	pub(crate) fn clean_up(id: ComputationId, v: &Verification<BlockNumberFor<T>>) {
		if let Some(dispute) = Disputes::<T>::take(id) {
			Self::release_bond(&dispute);
		}
		let bound = T::MaxRedundancy::get().saturating_add(1);
		let _ = Reveals::<T>::clear_prefix(id, bound, None);
		let _ = Outputs::<T>::clear_prefix(id, bound, None);
		Timers::<T>::remove(v.until.saturating_add(One::one()), id);
		Verifications::<T>::remove(id);
	}
}
