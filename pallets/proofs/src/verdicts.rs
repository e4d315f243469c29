//! Deciding a verdict from the reveals: agreement, majority, Model-PoT checks, escalation,
//! and what a verified result pays.

use crate::{vector, *};
use alloc::vec::Vec;
use corex_primitives::{
	ComputationFacts, ComputationKind, ComputationStatus, RewardPath, VerificationMode,
};
use frame_support::{pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{CheckedDiv, One, Saturating, Zero};

/// The reward path of verified work of `kind`.
pub(crate) fn path_of(kind: ComputationKind) -> RewardPath {
	match kind {
		ComputationKind::GradientStep | ComputationKind::Aggregation => RewardPath::Training,
		ComputationKind::Inference | ComputationKind::DataTransform => RewardPath::Compute,
	}
}

/// Executors and what they revealed.
pub(crate) type Votes = Vec<(NodeId, Outcome)>;

/// What the reveals settled.
pub(crate) enum Decision {
	/// `result` is verified; `agreed` executors are paid, `wrong` ones punished.
	Verified { outcome: Outcome, basis: Basis, agreed: Vec<NodeId>, wrong: Vec<NodeId> },
	/// No strict majority: a replay decides.
	NoMajority,
}

impl<T: Config> Pallet<T> {
	// ---------------------------------------------------------------------------------------
	// Verdicts
	// ---------------------------------------------------------------------------------------

	/// The vector of `outcome`'s output, if kept and decodable.
	pub(crate) fn vector_of(
		id: ComputationId,
		kind: ComputationKind,
		outcome: &Outcome,
	) -> Option<Vec<i64>> {
		let output = Outputs::<T>::get(id, outcome.result)?;
		vector::vector_of(kind, &output)
	}

	/// Whether `outcome` agrees with `reference` under the computation's policy.
	pub(crate) fn agree(
		id: ComputationId,
		facts: &ComputationFacts<T::AccountId>,
		outcome: &Outcome,
		reference: &Outcome,
	) -> bool {
		match facts.policy.mode {
			VerificationMode::Exact => outcome == reference,
			VerificationMode::Tolerance { metric, threshold } => {
				if outcome == reference {
					return true;
				}
				match (
					Self::vector_of(id, facts.kind, outcome),
					Self::vector_of(id, facts.kind, reference),
				) {
					(Some(a), Some(r)) => vector::agrees(&a, &r, metric, threshold),
					_ => false,
				}
			},
		}
	}

	/// The verdict of the reveals alone (no replay).
	pub(crate) fn decide(
		id: ComputationId,
		facts: &ComputationFacts<T::AccountId>,
		valid: &[(NodeId, Outcome)],
	) -> Decision {
		let k = facts.slots.len();
		// The reference: the most frequent outcome (exact), or the outcome nearest the
		// coordinate-wise median among those agreeing with it (tolerance).
		let reference = match facts.policy.mode {
			VerificationMode::Exact => Self::most_common(valid),
			VerificationMode::Tolerance { metric, threshold } => {
				let vectors: Vec<(Outcome, Vec<i64>)> = valid
					.iter()
					.filter_map(|(_, o)| Some((*o, Self::vector_of(id, facts.kind, o)?)))
					.collect();
				let columns: Vec<Vec<i64>> = vectors.iter().map(|(_, v)| v.clone()).collect();
				vector::median(&columns).and_then(|m| {
					let near: Vec<(NodeId, Outcome)> = valid
						.iter()
						.filter(|(_, o)| {
							vectors
								.iter()
								.find(|(x, _)| x == o)
								.is_some_and(|(_, v)| vector::agrees(v, &m, metric, threshold))
						})
						.copied()
						.collect();
					Self::most_common(&near)
				})
			},
		};
		let Some(reference) = reference else { return Decision::NoMajority };
		let (agreed, wrong): (Votes, Votes) =
			valid.iter().partition(|(_, o)| Self::agree(id, facts, o, &reference));
		if agreed.len().saturating_mul(2) <= k {
			return Decision::NoMajority;
		}
		let basis = if agreed.len() == k { Basis::Unanimous } else { Basis::Majority };
		Decision::Verified {
			outcome: reference,
			basis,
			agreed: agreed.into_iter().map(|(n, _)| n).collect(),
			wrong: wrong.into_iter().map(|(n, _)| n).collect(),
		}
	}

	/// The outcome revealed most often (the first revealed, in slot order, among equals).
	pub(crate) fn most_common(valid: &[(NodeId, Outcome)]) -> Option<Outcome> {
		let mut best: Option<(usize, Outcome)> = None;
		for (_, o) in valid {
			let count = valid.iter().filter(|(_, x)| x == o).count();
			if best.is_none_or(|(c, _)| count > c) {
				best = Some((count, *o));
			}
		}
		best.map(|(_, o)| o)
	}

	/// Model-PoT's checks of a verified gradient of a training round.
	pub(crate) fn pot_check(
		id: ComputationId,
		facts: &ComputationFacts<T::AccountId>,
		outcome: &Outcome,
	) -> Result<(), PotFault> {
		let Some(fragment) = facts.fragment.filter(|f| !f.aggregate) else { return Ok(()) };
		if facts.kind != ComputationKind::GradientStep {
			return Ok(());
		}
		let output = Outputs::<T>::get(id, outcome.result).ok_or(PotFault::Undecodable)?;
		let gradient = vector::gradient_of(&output).ok_or(PotFault::Undecodable)?;
		// The count the norm is divided by comes from the shard's size, not from the result.
		let shard = facts.input_sizes.get(1).copied().unwrap_or_default();
		let features = gradient.weights.len().checked_div(gradient.bias.len()).unwrap_or_default();
		let derived = u32::try_from(features)
			.ok()
			.and_then(|f| corex_compute::model::samples_in(u64::from(shard), f));
		if derived != Some(gradient.count) {
			return Err(PotFault::CountMismatch);
		}
		if vector::mean_norm(&gradient) > u64::from(T::MaxGradientNorm::get()) {
			return Err(PotFault::NormTooLarge);
		}
		if let Some(sum) = RoundSums::<T>::get(fragment.job).filter(|s| s.round == fragment.round) {
			let v: Vec<i64> =
				gradient.weights.iter().chain(gradient.bias.iter()).copied().collect();
			if !vector::cosine_at_least(&v, &sum.sum, T::MinGradientCosine::get()) {
				return Err(PotFault::Dissimilar);
			}
		}
		Ok(())
	}

	/// Add a verified gradient to its round's sum.
	pub(crate) fn add_to_round(
		id: ComputationId,
		facts: &ComputationFacts<T::AccountId>,
		outcome: &Outcome,
	) {
		let Some(fragment) = facts.fragment else { return };
		if fragment.aggregate {
			// The round is over: its sum is no longer needed.
			RoundSums::<T>::remove(fragment.job);
			return;
		}
		let Some(gradient) =
			Outputs::<T>::get(id, outcome.result).and_then(|o| vector::gradient_of(&o))
		else {
			return;
		};
		let v: Vec<i64> = gradient.weights.into_iter().chain(gradient.bias).collect();
		let mut sum = RoundSums::<T>::get(fragment.job)
			.filter(|s| s.round == fragment.round)
			.map(|s| s.sum.into_inner())
			.unwrap_or_default();
		vector::accumulate(&mut sum, &v);
		if let Ok(sum) = BoundedVec::try_from(sum) {
			RoundSums::<T>::insert(fragment.job, RoundSum { round: fragment.round, sum });
		}
	}

	/// Settle computation `id` from what was revealed (and replayed). `timed_out`: the reveal
	/// window closed, so executors that did not reveal are punished.
	pub(crate) fn conclude(id: ComputationId, timed_out: bool) {
		let Some(mut v) = Verifications::<T>::get(id) else { return };
		let Some(facts) = T::Computations::facts(id) else {
			Self::clean_up(id, &v);
			return;
		};
		let mut valid: Vec<(NodeId, Outcome)> = Vec::new();
		for (node, _) in facts.slots.iter() {
			match Reveals::<T>::get(id, node) {
				Some(Revealed::Valid(o)) => valid.push((*node, o)),
				Some(Revealed::Equivocated) => {},
				None if timed_out => Self::punish(id, *node, SlashReason::Unrevealed, &facts, None),
				None => {},
			}
		}
		let decision = match v.replay {
			Some(truth) => {
				let (agreed, wrong): (Votes, Votes) =
					valid.iter().partition(|(_, o)| Self::agree(id, &facts, o, &truth));
				Decision::Verified {
					outcome: truth,
					basis: Basis::Replay,
					agreed: agreed.into_iter().map(|(n, _)| n).collect(),
					wrong: wrong.into_iter().map(|(n, _)| n).collect(),
				}
			},
			None => Self::decide(id, &facts, &valid),
		};
		let pot = match &decision {
			Decision::Verified { outcome, .. } if v.replay.is_none() => {
				Self::pot_check(id, &facts, outcome).err()
			},
			_ => None,
		};
		match decision {
			Decision::Verified { outcome, basis, agreed, wrong } if pot.is_none() => {
				let window = T::DisputeWindow::get();
				if basis == Basis::Replay && v.phase != Phase::Disputable && !window.is_zero() {
					return Self::propose(id, v, outcome, &agreed, &wrong, window);
				}
				let judges = v.replay.and(v.verifier).into_iter().collect();
				Self::verified(id, &facts, &v, outcome, basis, agreed, wrong, judges)
			},
			_ => {
				// No majority, or a Model-PoT check failed: a replay decides, if a verifier
				// can still be had.
				let delay = T::DrawDelay::get();
				if v.verifier.is_none() && !valid.is_empty() && !delay.is_zero() {
					let at = Self::now().saturating_add(delay);
					let until = at.saturating_sub(One::one());
					Self::move_timer(id, v.until, until);
					v.phase = Phase::Escalating { pot };
					v.until = until;
					Verifications::<T>::insert(id, v);
					Self::deposit_event(Event::EscalationScheduled { id, at, pot });
					return;
				}
				if v.verifier.is_none() && !valid.is_empty() {
					return Self::escalate(id, v, pot);
				}
				Self::unresolved(id, &v);
			},
		}
	}

	/// A replay decides the verdict of `id`: draw its verifier, or fail the computation if
	/// none can be had.
	pub(crate) fn escalate(
		id: ComputationId,
		mut v: Verification<BlockNumberFor<T>>,
		pot: Option<PotFault>,
	) {
		match T::Computations::assign_verifier(id) {
			Ok(verifier) => {
				let until = Self::now().saturating_add(T::ReplayWindow::get());
				Self::move_timer(id, v.until, until);
				v.phase = Phase::Escalated;
				v.until = until;
				v.verifier = Some(verifier);
				Verifications::<T>::insert(id, v);
				Self::deposit_event(Event::Escalated { id, verifier, until, pot });
			},
			Err(_) => Self::unresolved(id, &v),
		}
	}

	/// No verdict: the computation fails with a refund.
	pub(crate) fn unresolved(id: ComputationId, v: &Verification<BlockNumberFor<T>>) {
		if let Err(e) = T::Computations::fail(id) {
			log::error!(target: "proofs", "computation {id} could not be failed: {e:?}");
		}
		Self::clean_up(id, v);
		Self::deposit_event(Event::Unresolved { id });
	}

	/// The verdict found `outcome`: pay, credit and reward the agreeing executors and the
	/// `judges` (the verifier, or the replayers of a dispute, whose replays agree with it),
	/// punish the others, finalize.
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn verified(
		id: ComputationId,
		facts: &ComputationFacts<T::AccountId>,
		v: &Verification<BlockNumberFor<T>>,
		outcome: Outcome,
		basis: Basis,
		agreed: Vec<NodeId>,
		wrong: Vec<NodeId>,
		judges: Vec<NodeId>,
	) {
		if facts.status == ComputationStatus::Committed {
			let _ = T::Computations::note_revealed(id);
		}
		if facts.kind == ComputationKind::GradientStep
			|| facts.fragment.is_some_and(|f| f.aggregate)
		{
			Self::add_to_round(id, facts, &outcome);
		}
		// In its own storage layer: a failure (the job's next round, say) leaves nothing half
		// done before the computation is failed with a refund.
		let noted = frame_support::storage::with_storage_layer(|| {
			T::Computations::note_verified(id, outcome.result, outcome.loss)
		});
		if let Err(e) = noted {
			// An aggregation without its loss, say: nobody can be paid for it.
			log::warn!(target: "proofs", "computation {id} not verifiable: {e:?}");
			Self::unresolved(id, v);
			return;
		}
		let prover = judges.first().copied();
		for node in &wrong {
			Self::punish(id, *node, SlashReason::WrongResult, facts, prover);
		}
		let finalized =
			frame_support::storage::with_storage_layer(|| T::Computations::finalize(id, &agreed));
		let protocol_fee = finalized.unwrap_or_else(|e| {
			log::error!(target: "proofs", "computation {id} could not be finalized: {e:?}");
			Zero::zero()
		});
		// The protocol fee the customer paid backs the pool's rewards for this work: shared
		// equally by the nodes credited with it (rounded down), so together they are backed
		// by no more than was paid.
		let credited = agreed.len().saturating_add(judges.len());
		let backing = u32::try_from(credited)
			.ok()
			.and_then(|n| protocol_fee.checked_div(&BalanceOf::<T>::from(n)))
			.unwrap_or_else(Zero::zero);
		let path = path_of(facts.kind);
		let reward = i32::from(T::VerifiedReward::get());
		for node in &agreed {
			let _ = T::Contributions::record_contribution(*node, path, facts.cu, backing);
			let _ = T::Reputation::adjust_reputation(*node, reward);
			T::Reputation::note_verdict(*node, true);
		}
		for node in &judges {
			let _ = T::Contributions::record_contribution(
				*node,
				RewardPath::Training,
				facts.cu,
				backing,
			);
			let _ = T::Reputation::adjust_reputation(*node, reward);
		}
		Self::clean_up(id, v);
		Self::deposit_event(Event::Verdict {
			id,
			result: outcome.result,
			basis,
			agreed: agreed.len() as u32,
			wrong: wrong.len() as u32,
		});
	}
}
