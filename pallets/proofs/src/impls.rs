//! Verification logic: reveals, replays, verdicts, consequences and timers.

use crate::{vector, *};
use alloc::vec::Vec;
use codec::Encode;
use corex_primitives::{
	needs_output, ComputationFacts, ComputationKind, ComputationStatus, OnResultsCommitted,
	RewardPath, VerificationMode,
};
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
	traits::{CheckedDiv, Convert, One, Saturating, Zero},
	DispatchResult, PerThing, Perbill, Rounding,
};

/// What executor `node` commits to for `outcome` of computation `id` on this chain:
/// [`corex_primitives::commitment::of`] with the chain's genesis hash.
pub fn commitment<T: frame_system::Config>(
	id: ComputationId,
	node: NodeId,
	outcome: &Outcome,
	salt: &[u8; 32],
) -> [u8; 32] {
	corex_primitives::commitment::of(
		&genesis_hash::<T>(),
		id,
		node,
		&outcome.result,
		outcome.loss,
		salt,
	)
}

/// The chain's genesis hash (frame-system keeps block 0's hash for good).
pub fn genesis_hash<T: frame_system::Config>() -> [u8; 32] {
	let hash = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
	let mut out = [0u8; 32];
	for (o, b) in out.iter_mut().zip(hash.as_ref()) {
		*o = *b;
	}
	out
}

/// The reward path of verified work of `kind`.
fn path_of(kind: ComputationKind) -> RewardPath {
	match kind {
		ComputationKind::GradientStep | ComputationKind::Aggregation => RewardPath::Training,
		ComputationKind::Inference | ComputationKind::DataTransform => RewardPath::Compute,
	}
}

/// Executors and what they revealed.
type Votes = Vec<(NodeId, Outcome)>;

/// What the reveals settled.
enum Decision {
	/// `result` is verified; `agreed` executors are paid, `wrong` ones punished.
	Verified { outcome: Outcome, basis: Basis, agreed: Vec<NodeId>, wrong: Vec<NodeId> },
	/// No strict majority: a replay decides.
	NoMajority,
}

impl<T: Config> Pallet<T> {
	/// The node whose current worker key `who` is.
	pub(crate) fn node_of(who: T::AccountId) -> Result<NodeId, DispatchError> {
		let key = T::AccountToWorker::convert(who);
		T::Nodes::node_of_worker(&key).ok_or_else(|| Error::<T>::UnknownWorker.into())
	}

	fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	/// Check `output` against `result` and keep it, if the policy needs it.
	fn keep_output(
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
		let all = facts.slots.iter().all(|(n, _)| Reveals::<T>::contains_key(id, n));
		if all {
			Self::conclude(id, false);
		}
		Ok(())
	}

	/// `node` revealed something it did not commit to, or a second, different result.
	fn equivocated(
		id: ComputationId,
		node: NodeId,
		facts: &ComputationFacts<T::AccountId>,
	) -> DispatchResult {
		Reveals::<T>::insert(id, node, Revealed::Equivocated);
		Self::deposit_event(Event::Equivocated { id, node });
		Self::punish(id, node, SlashReason::InvalidProof, facts, None);
		let all = facts.slots.iter().all(|(n, _)| Reveals::<T>::contains_key(id, n));
		if all {
			Self::conclude(id, false);
		}
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
	fn open_reveals(id: ComputationId, v: &mut Verification<BlockNumberFor<T>>) {
		let until = Self::now().saturating_add(T::RevealWindow::get());
		Self::move_timer(id, v.until, until);
		v.phase = Phase::Revealing;
		v.until = until;
		Self::deposit_event(Event::RevealOpened { id, until });
	}

	/// The timer of `id` moves from the end of one phase to the end of the next.
	fn move_timer(id: ComputationId, from: BlockNumberFor<T>, to: BlockNumberFor<T>) {
		Timers::<T>::remove(from.saturating_add(One::one()), id);
		Timers::<T>::insert(to.saturating_add(One::one()), id, ());
	}

	/// Whether computation `id` is sampled for replay: `rate` of computations are, by the
	/// chain's random seed as of this block.
	fn sampled(id: ComputationId, rate: Perbill) -> bool {
		if rate.is_zero() {
			return false;
		}
		let draw =
			sp_io::hashing::blake2_256(&(T::Randomness::get(), id, b"corex/replay").encode());
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
	fn draw(id: ComputationId) {
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

	// ---------------------------------------------------------------------------------------
	// Verdicts
	// ---------------------------------------------------------------------------------------

	/// The vector of `outcome`'s output, if kept and decodable.
	fn vector_of(id: ComputationId, kind: ComputationKind, outcome: &Outcome) -> Option<Vec<i64>> {
		let output = Outputs::<T>::get(id, outcome.result)?;
		vector::vector_of(kind, &output)
	}

	/// Whether `outcome` agrees with `reference` under the computation's policy.
	fn agree(
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
	fn decide(
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
	fn most_common(valid: &[(NodeId, Outcome)]) -> Option<Outcome> {
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
	fn pot_check(
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
	fn add_to_round(id: ComputationId, facts: &ComputationFacts<T::AccountId>, outcome: &Outcome) {
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
	fn escalate(id: ComputationId, mut v: Verification<BlockNumberFor<T>>, pot: Option<PotFault>) {
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
	fn unresolved(id: ComputationId, v: &Verification<BlockNumberFor<T>>) {
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
	fn verified(
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

	// ---------------------------------------------------------------------------------------
	// Disputes
	// ---------------------------------------------------------------------------------------

	/// The verifier's replay decided `outcome` alone: it takes effect after `window` blocks,
	/// unless a node disputes it meanwhile.
	fn propose(
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
	fn draw_panel(id: ComputationId, mut v: Verification<BlockNumberFor<T>>) {
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
	fn panel_replay(
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
	fn release_bond(dispute: &Dispute<T::AccountId, BalanceOf<T>>) {
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
	fn verifier_missed(id: ComputationId, node: NodeId) {
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
	fn clean_up(id: ComputationId, v: &Verification<BlockNumberFor<T>>) {
		if let Some(dispute) = Disputes::<T>::take(id) {
			Self::release_bond(&dispute);
		}
		let bound = T::MaxRedundancy::get().saturating_add(1);
		let _ = Reveals::<T>::clear_prefix(id, bound, None);
		let _ = Outputs::<T>::clear_prefix(id, bound, None);
		Timers::<T>::remove(v.until.saturating_add(One::one()), id);
		Verifications::<T>::remove(id);
	}

	// ---------------------------------------------------------------------------------------
	// Consequences
	// ---------------------------------------------------------------------------------------

	/// Punish `node` for a fault on computation `id`: `FaultPenalty` reputation and a
	/// `FaultSlash` slash, split between the customer, the verifier that proved the fault (if
	/// any) and the mining pool. Each part is one slash of node staking to its destination,
	/// taken from what the earlier parts left, so the parts add up to `FaultSlash` of the stake.
	/// On a JCE's computation, the fault also counts against the node in its cluster.
	/// Punish `node` for a fault on computation `id`: the fault is counted in its cluster and
	/// its reputation cut now; its slash is queued for the hook (`apply_slash`).
	pub(crate) fn punish(
		id: ComputationId,
		node: NodeId,
		reason: SlashReason,
		facts: &ComputationFacts<T::AccountId>,
		verifier: Option<NodeId>,
	) {
		T::Computations::note_fault(id, node);
		T::Reputation::note_verdict(node, false);
		let penalty = i32::from(T::FaultPenalty::get());
		let reputation = T::Reputation::adjust_reputation(node, penalty.saturating_neg()).ok();
		let (oldest, next) = SlashQueue::<T>::get();
		PendingSlashes::<T>::insert(
			next,
			PendingSlash {
				id,
				node,
				reason,
				reputation,
				customer: facts.owner.clone(),
				verifier: verifier.and_then(T::Nodes::operator),
				fault_epoch: facts.assigned_epoch,
			},
		);
		SlashQueue::<T>::put((oldest, next.saturating_add(1)));
	}

	/// Slash a punished node `FaultSlash` of its stake, split between the customer
	/// (`CustomerShare`), the verifier (`VerifierShare`) and the mining pool (the rest).
	pub(crate) fn apply_slash(pending: PendingSlash<T::AccountId>) {
		let PendingSlash { id, node, reason, reputation, customer, verifier, fault_epoch } =
			pending;
		let total = u64::from(T::FaultSlash::get().deconstruct());
		let to_customer = T::CustomerShare::get().mul_floor(total);
		let to_verifier =
			if verifier.is_some() { T::VerifierShare::get().mul_floor(total) } else { 0 };
		let to_pool = total.saturating_sub(to_customer).saturating_sub(to_verifier);
		let mut left: u64 = 1_000_000_000;
		let mut taken = [BalanceOf::<T>::zero(); 3];
		let parts = [(to_customer, Some(customer)), (to_verifier, verifier), (to_pool, None)];
		for (i, (part, destination)) in parts.into_iter().enumerate() {
			if part == 0 || left == 0 {
				continue;
			}
			// Rounded up, so the floor the slash takes reaches the part.
			let fraction = Perbill::from_rational_with_rounding(part, left, Rounding::Up)
				.unwrap_or(Perbill::one());
			left = left.saturating_sub(part);
			// Stake that became counted after the node took the work was not at risk for it.
			let slashed = T::Slashing::slash_for_fault(
				node,
				fraction,
				reason,
				destination.as_ref(),
				fault_epoch,
			);
			match slashed {
				Ok(outcome) => {
					if let Some(t) = taken.get_mut(i) {
						*t = outcome.total();
					}
				},
				Err(e) => log::debug!(target: "proofs", "no slash of node {node}: {e:?}"),
			}
		}
		let [to_customer, to_verifier, to_pool] = taken;
		Self::deposit_event(Event::Punished {
			id,
			node,
			reason,
			reputation,
			to_customer,
			to_verifier,
			to_pool,
		});
	}

	/// The most applying one pending slash costs: three slashes (the customer's, the
	/// verifier's and the pool's shares) of a node with every position it may have.
	pub(crate) fn slash_weight() -> Weight {
		T::WeightInfo::apply_slash().saturating_add(T::Slashing::slash_weight().saturating_mul(3))
	}

	/// Apply pending slashes, oldest first, while another at its worst fits in `limit` (the
	/// first always runs). Returns the weight used.
	pub(crate) fn apply_pending_slashes(limit: Weight) -> Weight {
		let (mut oldest, next) = SlashQueue::<T>::get();
		let worst = Self::slash_weight();
		let mut used = Weight::zero();
		while oldest < next {
			if !used.is_zero() && used.saturating_add(worst).any_gt(limit) {
				break;
			}
			if let Some(pending) = PendingSlashes::<T>::take(oldest) {
				Self::apply_slash(pending);
			}
			used = used.saturating_add(worst);
			oldest = oldest.saturating_add(1);
		}
		SlashQueue::<T>::put((oldest, next));
		used
	}

	// ---------------------------------------------------------------------------------------
	// Timers
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_on_initialize(now: BlockNumberFor<T>) -> Weight {
		let mut cursor = TimerCursor::<T>::get();
		if cursor.is_zero() {
			cursor = now;
		}
		let timers = corex_primitives::timers::run_due(
			cursor,
			now,
			T::MaxTimersPerBlock::get(),
			T::MaxTimerWeight::get(),
			Self::timer_weight(),
			|at, limit| Timers::<T>::iter_key_prefix(at).take(limit).collect(),
			|at, id| {
				Timers::<T>::remove(at, id);
				Self::on_timer(id, at)
			},
		);
		TimerCursor::<T>::put(timers.at);
		let limit = T::MaxTimerWeight::get().saturating_sub(timers.used);
		let slashes = Self::apply_pending_slashes(limit);
		T::WeightInfo::on_initialize_idle().saturating_add(timers.used).saturating_add(slashes)
	}

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
	fn panel_punishments_weight() -> Weight {
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
			Phase::Drawing => Self::draw(id),
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

	// ---------------------------------------------------------------------------------------
	// Invariants
	// ---------------------------------------------------------------------------------------

	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::traits::fungible::{Inspect, InspectHold};
		// 1. Verifications belong to open committed computations, and have their timer.
		for (id, v) in Verifications::<T>::iter() {
			let facts =
				T::Computations::facts(id).ok_or("a verification of a closed computation")?;
			ensure!(
				matches!(facts.status, ComputationStatus::Committed | ComputationStatus::Revealed),
				"a verification of a computation that is not committed"
			);
			ensure!(
				Timers::<T>::contains_key(v.until.saturating_add(One::one()), id),
				"a verification without its timer"
			);
			ensure!(v.verifier == facts.verifier, "the verifier differs from the computation's");
			ensure!(v.replay.is_none() || v.verifier.is_some(), "a replay without a verifier");
			// 2. Reveals only from executors.
			for (node, _) in Reveals::<T>::iter_prefix(id) {
				ensure!(
					facts.slots.iter().any(|(n, _)| *n == node),
					"a reveal from a non-executor"
				);
			}
		}
		// 2. Nothing kept for computations not under verification.
		for (id, _, _) in Reveals::<T>::iter() {
			ensure!(Verifications::<T>::contains_key(id), "a stale reveal");
		}
		for (id, _, _) in Outputs::<T>::iter() {
			ensure!(Verifications::<T>::contains_key(id), "a stale output");
		}
		for (_, id, ()) in Timers::<T>::iter() {
			ensure!(Verifications::<T>::contains_key(id), "a stale timer");
		}
		// 5. Disputes: only of disputed verdicts, with their panel, and every bond held.
		let mut bonds: alloc::collections::BTreeMap<T::AccountId, BalanceOf<T>> =
			Default::default();
		for (id, dispute) in Disputes::<T>::iter() {
			let v = Verifications::<T>::get(id).ok_or("a dispute without its verification")?;
			ensure!(
				matches!(v.phase, Phase::PanelDrawing | Phase::Disputed),
				"a dispute of a verdict that is not disputed"
			);
			ensure!(v.replay.is_some(), "a dispute without the verifier's replay");
			let facts = T::Computations::facts(id).ok_or("a dispute of a closed computation")?;
			let panel: Vec<NodeId> = dispute.replays.iter().map(|(n, _)| *n).collect();
			ensure!(facts.panel == panel, "a dispute's panel differs from the computation's");
			let held = bonds.entry(dispute.account.clone()).or_default();
			*held = held.saturating_add(dispute.bond);
		}
		for (id, v) in Verifications::<T>::iter() {
			if matches!(v.phase, Phase::PanelDrawing | Phase::Disputed) {
				ensure!(Disputes::<T>::contains_key(id), "a disputed verdict without its dispute");
			}
			if v.phase == Phase::Disputable {
				ensure!(v.replay.is_some(), "a proposed verdict without a replay");
			}
		}
		for (who, bond) in bonds {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::DisputeBond.into(), &who) == bond,
				"dispute bonds held differ from the open disputes'"
			);
		}
		// 4. Pending slashes: exactly the queue's sequence numbers.
		let (oldest, next) = SlashQueue::<T>::get();
		ensure!(oldest <= next, "the slash queue's oldest is past its next");
		ensure!(
			u64::from(PendingSlashes::<T>::count()) == next.saturating_sub(oldest),
			"pending slashes and the queue disagree"
		);
		for (seq, _) in PendingSlashes::<T>::iter() {
			ensure!(seq >= oldest && seq < next, "a pending slash outside the queue");
		}
		// 3. Fixed supply.
		ensure!(
			T::Currency::total_issuance() == T::FixedSupply::get(),
			"total issuance differs from the fixed supply"
		);
		Ok(())
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
