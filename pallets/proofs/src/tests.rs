//! Unit tests of result verification.

use crate::{commitments::commitment, mock::*, *};
use codec::Encode;
use corex_compute::model::Gradient;
use corex_primitives::{
	ComputationKind, ComputationStatus, DistanceMetric, NodeStatus, RewardPath, VerificationMode,
	VerificationPolicy, DEFAULT_REPUTATION,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect, BoundedVec};
use pallet_computations::{
	CidInput, ComputationOrder, DefinitionId, InputRef, NewDefinition, TrainingJobOrder,
};
use sp_runtime::Perbill;

type Records = pallet_computations::Computations<Test>;
type ComputationsEvent = pallet_computations::Event<Test>;

const FEE: Balance = 3;
/// CU of one executor: an inference over a one-class model (1,024 bytes) and 120 samples of
/// 64 features (8,042 bytes), 120 × (65 + 128) operations (`corex_compute::compute_units`).
const CU: u64 = 12;
const EXACT: VerificationMode = VerificationMode::Exact;

fn cid(n: u8) -> CidInput {
	BoundedVec::truncate_from(ContentId::of(&[n]).to_cid_string().to_vec())
}

fn define_with(kind: ComputationKind, mode: VerificationMode, replay: Perbill) -> DefinitionId {
	let id = pallet_computations::NextDefinitionId::<Test>::get();
	let new = NewDefinition {
		kind,
		spec: cid(200),
		features: 64,
		policy: VerificationPolicy { mode, replay_rate: replay },
		device_class: None,
		min_tier: 1,
	};
	assert_ok!(Computations::register_definition(RuntimeOrigin::signed(BOB), new));
	id
}

fn define(kind: ComputationKind, mode: VerificationMode) -> DefinitionId {
	define_with(kind, mode, Perbill::zero())
}

/// Alice orders `def` with `k` nodes; the next block assigns it.
fn order(def: DefinitionId, k: u8) -> ComputationId {
	let id = pallet_computations::NextComputationId::<Test>::get();
	let order = ComputationOrder {
		definition: def,
		inputs: BoundedVec::truncate_from(vec![
			InputRef { cid: cid(1), size: 1024 },
			InputRef { cid: cid(2), size: 8042 },
		]),
		cu_budget: 20,
		fee_per_cu: FEE,
		deadline: 100,
		redundancy: k,
	};
	assert_ok!(Computations::submit_computation(RuntimeOrigin::signed(ALICE), order));
	run_to(System::block_number() + 1);
	assert_eq!(Records::get(id).unwrap().status, ComputationStatus::Assigned);
	id
}

/// `node`'s worker submits its replay of `id`: `result`, no loss, no output.
fn replay(node: NodeId, id: ComputationId, result: ContentId) -> DispatchResult {
	Proofs::submit_replay(RuntimeOrigin::signed(worker(node)), id, result, None, None)
}

/// The verifier's replay proposed `result` as the verdict of `id`, with `agreed` executors
/// paid and `wrong` punished; nobody disputes it, and it takes effect when its window closes.
fn undisputed(id: ComputationId, result: ContentId, agreed: u32, wrong: u32) {
	let v = Verifications::<Test>::get(id).expect("a proposed verdict");
	assert_eq!(v.phase, Phase::Disputable);
	assert_eq!(v.until, System::block_number() + DisputeWindow::get());
	System::assert_has_event(
		Event::VerdictProposed { id, result, agreed, wrong, until: v.until }.into(),
	);
	// Nothing is paid or punished before the window closes.
	assert_eq!(PendingSlashes::<Test>::count(), 0);
	run_to(v.until + 1);
	assert!(!Verifications::<Test>::contains_key(id));
}

fn executors(id: ComputationId) -> Vec<NodeId> {
	Records::get(id).map_or(vec![], |c| c.slots.iter().map(|s| s.node).collect())
}

fn outcome(n: u8) -> Outcome {
	Outcome { result: ContentId::of(&[n]), loss: None }
}

fn salt(node: NodeId) -> [u8; 32] {
	[node as u8 + 1; 32]
}

fn commit(id: ComputationId, node: NodeId, o: &Outcome) {
	assert_ok!(Computations::commit_result(
		RuntimeOrigin::signed(worker(node)),
		id,
		commitment::<Test>(id, node, o, &salt(node))
	));
}

fn reveal_with(
	id: ComputationId,
	node: NodeId,
	o: &Outcome,
	output: Option<Vec<u8>>,
) -> DispatchResult {
	Proofs::reveal(
		RuntimeOrigin::signed(worker(node)),
		id,
		o.result,
		o.loss,
		salt(node),
		output.map(BoundedVec::truncate_from),
	)
}

fn reveal(id: ComputationId, node: NodeId, o: &Outcome) {
	assert_ok!(reveal_with(id, node, o, None));
}

/// Every executor commits to `results[n]` (by slot order).
fn commit_all(id: ComputationId, results: &[Outcome]) {
	for (node, o) in executors(id).into_iter().zip(results) {
		commit(id, node, o);
	}
}

/// What the customer pays for one executor's share: fee × CU.
fn fee_share() -> Balance {
	FEE * Balance::from(CU)
}

/// The protocol's 10 % of a share (3.6, rounded down), which goes to the pool.
const PROTOCOL_FEE: Balance = 3;

/// What an executor is paid for its share: the share less the protocol fee.
fn node_pay() -> Balance {
	fee_share() - PROTOCOL_FEE
}

fn paid(node: NodeId) -> Balance {
	Balances::balance(&reward_account(node)) - 1
}

/// The next block: its hook applies the slashes punishments queued.
fn next_block() {
	run_to(System::block_number() + 1);
}

fn last_punishment(node: NodeId) -> Option<Event<Test>> {
	System::events().into_iter().rev().find_map(|r| match r.event {
		RuntimeEvent::Proofs(e @ Event::Punished { node: n, .. }) if n == node => Some(e),
		_ => None,
	})
}

use sp_runtime::DispatchResult;

// ---------------------------------------------------------------------------------------------
// Commit–reveal
// ---------------------------------------------------------------------------------------------

#[test]
fn all_commitments_open_the_reveal_window() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		let id = order(def, 3);
		let nodes = executors(id);
		commit(id, nodes[0], &outcome(1));
		// Reveal without a complete set of commitments: refused.
		assert_noop!(reveal_with(id, nodes[0], &outcome(1), None), Error::<Test>::NotCommitted);
		commit(id, nodes[1], &outcome(1));
		commit(id, nodes[2], &outcome(1));
		let until = System::block_number() + REVEAL_WINDOW;
		System::assert_has_event(Event::RevealOpened { id, until }.into());
		let v = Verifications::<Test>::get(id).unwrap();
		assert_eq!((v.phase, v.until, v.verifier), (Phase::Revealing, until, None));
	});
}

#[test]
fn a_unanimous_verdict_pays_credits_and_rewards_every_executor() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		let id = order(def, 3);
		let nodes = executors(id);
		let before = Balances::balance(&ALICE);
		let pool = Balances::balance(&POOL);
		commit_all(id, &[outcome(1), outcome(1), outcome(1)]);
		reveal(id, nodes[0], &outcome(1));
		reveal(id, nodes[1], &outcome(1));
		System::assert_has_event(
			Event::ResultRevealed { id, node: nodes[1], result: outcome(1).result }.into(),
		);
		assert!(Records::get(id).is_some());
		reveal(id, nodes[2], &outcome(1));
		System::assert_has_event(
			Event::Verdict {
				id,
				result: outcome(1).result,
				basis: Basis::Unanimous,
				agreed: 3,
				wrong: 0,
			}
			.into(),
		);
		System::assert_has_event(ComputationsEvent::ResultsRevealed { id }.into());
		System::assert_has_event(
			ComputationsEvent::ComputationVerified { id, result: outcome(1).result }.into(),
		);
		// Finalized: each executor got fee × CU, the budget slack (8 CU × 3) went back.
		assert!(Records::get(id).is_none());
		for node in &nodes {
			assert_eq!(paid(*node), node_pay());
			assert_eq!(reputation(*node), 501);
		}
		let escrow = FEE * 20 * 3;
		assert_eq!(Balances::balance(&ALICE) - before, escrow - 3 * fee_share());
		assert_eq!(Balances::balance(&POOL) - pool, 3 * PROTOCOL_FEE);
		// Each executor's work is backed by the protocol fee paid on it.
		assert_eq!(
			contributions(),
			nodes.iter().map(|n| (*n, RewardPath::Compute, CU, PROTOCOL_FEE)).collect::<Vec<_>>()
		);
		// Nothing is left behind.
		assert!(Verifications::<Test>::get(id).is_none());
		assert_eq!(Reveals::<Test>::iter_prefix(id).count(), 0);
		assert_eq!(crate::Timers::<Test>::iter().count(), 0);
	});
}

#[test]
fn a_strict_majority_wins_and_the_minority_is_slashed() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		let id = order(def, 3);
		let nodes = executors(id);
		commit_all(id, &[outcome(1), outcome(2), outcome(1)]);
		let alice = Balances::balance(&ALICE);
		let pool = Balances::balance(&POOL);
		reveal(id, nodes[0], &outcome(1));
		reveal(id, nodes[1], &outcome(2));
		reveal(id, nodes[2], &outcome(1));
		System::assert_has_event(
			Event::Verdict {
				id,
				result: outcome(1).result,
				basis: Basis::Majority,
				agreed: 2,
				wrong: 1,
			}
			.into(),
		);
		// The verdict is counted in each executor's record (node staking's profile).
		assert_eq!(verdicts(), vec![(nodes[1], false), (nodes[0], true), (nodes[2], true)]);
		// The reputation is cut at once; the slash waits for the next block's hook, so the
		// last revealer does not pay for it.
		assert_eq!(reputation(nodes[1]), 400);
		assert_eq!(PendingSlashes::<Test>::count(), 1);
		assert_eq!(last_punishment(nodes[1]), None);
		assert_eq!(Balances::balance(&stake_account(nodes[1])), STAKE);
		next_block();
		assert_eq!(PendingSlashes::<Test>::count(), 0);
		// 10 % of the stake: half to the customer, the rest to the pool (no verifier).
		assert_eq!(
			last_punishment(nodes[1]),
			Some(Event::Punished {
				id,
				node: nodes[1],
				reason: SlashReason::WrongResult,
				reputation: Some(400),
				to_customer: 5_000,
				to_verifier: 0,
				to_pool: 5_000,
			})
		);
		assert_eq!(Balances::balance(&stake_account(nodes[1])), STAKE - 10_000);
		// The pool also kept the protocol fee on the two executors paid.
		assert_eq!(Balances::balance(&POOL) - pool, 5_000 + 2 * PROTOCOL_FEE);
		// Alice: refund of the unpaid escrow and the compensation.
		let refund = FEE * 20 * 3 - 2 * fee_share();
		assert_eq!(Balances::balance(&ALICE) - alice, refund + 5_000);
		assert_eq!(paid(nodes[1]), 0);
		assert_eq!(paid(nodes[0]), node_pay());
	});
}

#[test]
fn a_commitment_holds_for_one_computation_of_one_chain_only() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		let id = order(def, 1);
		let node = executors(id)[0];
		// A commitment made for another computation (the same result and salt) does not open
		// here: its reveal is equivocation. So does one made for another chain.
		let elsewhere = commitment::<Test>(id + 1, node, &outcome(1), &salt(node));
		assert_ok!(Computations::commit_result(RuntimeOrigin::signed(worker(node)), id, elsewhere));
		assert_ok!(reveal_with(id, node, &outcome(1), None));
		System::assert_has_event(Event::Equivocated { id, node }.into());
		let id = order(def, 1);
		let node = executors(id)[0];
		let other_chain = corex_primitives::commitment::of(
			&[0x42; 32],
			id,
			node,
			&outcome(1).result,
			None,
			&salt(node),
		);
		assert_ne!(crate::commitments::genesis_hash::<Test>(), [0x42; 32]);
		assert_ok!(Computations::commit_result(
			RuntimeOrigin::signed(worker(node)),
			id,
			other_chain
		));
		assert_ok!(reveal_with(id, node, &outcome(1), None));
		System::assert_has_event(Event::Equivocated { id, node }.into());
		// The commitment for this slot of this chain opens.
		let id = order(def, 1);
		let node = executors(id)[0];
		commit(id, node, &outcome(1));
		reveal(id, node, &outcome(1));
		System::assert_has_event(
			Event::ResultRevealed { id, node, result: outcome(1).result }.into(),
		);
	});
}

#[test]
fn equivocation_is_punished_not_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		let id = order(def, 3);
		let nodes = executors(id);
		commit_all(id, &[outcome(1), outcome(1), outcome(1)]);
		// A reveal that does not open the commitment.
		assert_ok!(reveal_with(id, nodes[0], &outcome(9), None));
		System::assert_has_event(Event::Equivocated { id, node: nodes[0] }.into());
		next_block();
		assert!(matches!(
			last_punishment(nodes[0]),
			Some(Event::Punished { reason: SlashReason::InvalidProof, .. })
		));
		assert_noop!(reveal_with(id, nodes[0], &outcome(1), None), Error::<Test>::AlreadyRevealed);
		// A second, different reveal after a valid one.
		reveal(id, nodes[1], &outcome(1));
		assert_noop!(reveal_with(id, nodes[1], &outcome(1), None), Error::<Test>::AlreadyRevealed);
		assert_ok!(reveal_with(id, nodes[1], &outcome(5), None));
		System::assert_has_event(Event::Equivocated { id, node: nodes[1] }.into());
		assert_eq!(Reveals::<Test>::get(id, nodes[1]), Some(Revealed::Equivocated));
		// With two of three equivocating, the last valid reveal is no strict majority: replay.
		reveal(id, nodes[2], &outcome(1));
		let verifier = Verifications::<Test>::get(id).unwrap().verifier.unwrap();
		assert!(!nodes.contains(&verifier));
		assert_eq!(reputation(nodes[0]), 400);
		assert_eq!(reputation(nodes[1]), 400);
	});
}

#[test]
fn reveals_are_checked() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		let id = order(def, 2);
		let nodes = executors(id);
		let outsider = (0..4).find(|n| !nodes.contains(n)).unwrap();
		assert_noop!(reveal_with(99, nodes[0], &outcome(1), None), Error::<Test>::NotCommitted);
		commit_all(id, &[outcome(1), outcome(1)]);
		assert_noop!(
			Proofs::reveal(
				RuntimeOrigin::signed(ALICE),
				id,
				outcome(1).result,
				None,
				[0; 32],
				None
			),
			Error::<Test>::UnknownWorker
		);
		assert_noop!(reveal_with(id, outsider, &outcome(1), None), Error::<Test>::NotExecutor);
		// An output must hash to the revealed content id.
		assert_noop!(
			reveal_with(id, nodes[0], &outcome(1), Some(vec![2])),
			Error::<Test>::OutputMismatch
		);
		assert_ok!(reveal_with(id, nodes[0], &outcome(1), Some(vec![1])));
		// Late: after the window.
		run_to(Verifications::<Test>::get(id).unwrap().until + 1);
		assert_noop!(
			reveal_with(id, nodes[1], &outcome(1), None),
			Error::<Test>::RevealWindowClosed
		);
	});
}

#[test]
fn tolerance_reveals_need_their_output() {
	ExtBuilder::default().build_and_execute(|| {
		let mode = VerificationMode::Tolerance {
			metric: DistanceMetric::Cosine,
			threshold: Perbill::from_percent(90),
		};
		let def = define(ComputationKind::Inference, mode);
		let id = order(def, 2);
		let nodes = executors(id);
		let labels = vec![3u8, 4].encode();
		let o = Outcome { result: ContentId::of(&labels), loss: None };
		commit_all(id, &[o, o]);
		assert_noop!(reveal_with(id, nodes[0], &o, None), Error::<Test>::OutputRequired);
		assert_ok!(reveal_with(id, nodes[0], &o, Some(labels.clone())));
		// The same output is kept once; later reveals of it need not repeat it.
		assert_ok!(reveal_with(id, nodes[1], &o, None));
		System::assert_has_event(
			Event::Verdict { id, result: o.result, basis: Basis::Unanimous, agreed: 2, wrong: 0 }
				.into(),
		);
	});
}

#[test]
fn a_batch_of_reveals_is_all_or_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		let a = order(def, 4);
		let b = order(def, 4);
		commit_all(a, &[outcome(1); 4]);
		commit_all(b, &[outcome(2); 4]);
		let node = executors(a)[0];
		let item = |id, o: Outcome| RevealOf {
			id,
			result: o.result,
			loss: None,
			salt: salt(node),
			output: None,
		};
		let bad = BoundedVec::truncate_from(vec![item(a, outcome(1)), item(77, outcome(2))]);
		assert_noop!(
			Proofs::reveal_results(RuntimeOrigin::signed(worker(node)), bad),
			Error::<Test>::NotCommitted
		);
		let good = BoundedVec::truncate_from(vec![item(a, outcome(1)), item(b, outcome(2))]);
		assert_ok!(Proofs::reveal_results(RuntimeOrigin::signed(worker(node)), good));
		assert_eq!(Reveals::<Test>::get(a, node), Some(Revealed::Valid(outcome(1))));
		assert_eq!(Reveals::<Test>::get(b, node), Some(Revealed::Valid(outcome(2))));
	});
}

// ---------------------------------------------------------------------------------------------
// Timeouts
// ---------------------------------------------------------------------------------------------

#[test]
fn unrevealed_commitments_are_punished_when_the_window_closes() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		let id = order(def, 3);
		let nodes = executors(id);
		commit_all(id, &[outcome(1), outcome(1), outcome(1)]);
		reveal(id, nodes[0], &outcome(1));
		reveal(id, nodes[1], &outcome(1));
		let until = Verifications::<Test>::get(id).unwrap().until;
		run_to(until);
		assert!(Records::get(id).is_some());
		run_to(until + 1);
		assert!(matches!(
			last_punishment(nodes[2]),
			Some(Event::Punished { reason: SlashReason::Unrevealed, .. })
		));
		// Two of three agree: a strict majority.
		System::assert_has_event(
			Event::Verdict {
				id,
				result: outcome(1).result,
				basis: Basis::Majority,
				agreed: 2,
				wrong: 0,
			}
			.into(),
		);
		assert!(Records::get(id).is_none());
	});
}

#[test]
fn closing_windows_stop_at_the_timer_weight_limit_and_go_on_next_block() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		let a = order(def, 1);
		let b = order(def, 1);
		commit_all(a, &[outcome(1)]);
		commit_all(b, &[outcome(1)]);
		let until = Verifications::<Test>::get(a).unwrap().until;
		assert_eq!(Verifications::<Test>::get(b).unwrap().until, until);
		// Room for one timer at its worst: the second window closes a block later.
		crate::mock::TimerWeightLimit::set(Proofs::timer_weight());
		let open = || [a, b].iter().filter(|id| Verifications::<Test>::contains_key(**id)).count();
		run_to(until + 1);
		assert_eq!(open(), 1);
		assert_eq!(TimerCursor::<Test>::get(), until + 1);
		run_to(until + 2);
		assert_eq!(open(), 0);
		System::assert_has_event(Event::Unresolved { id: a }.into());
		System::assert_has_event(Event::Unresolved { id: b }.into());
		assert_eq!(TimerCursor::<Test>::get(), until + 3);
	});
}

#[test]
fn draws_are_bounded_by_their_own_cost_and_run_together() {
	ExtBuilder::default().build_and_execute(|| {
		DrawDelay::set(2);
		let def = define(ComputationKind::Inference, EXACT);
		let ids: Vec<_> = (0..3).map(|_| order(def, 1)).collect();
		for id in &ids {
			commit_all(*id, &[outcome(1)]);
		}
		let at = Verifications::<Test>::get(ids[0]).unwrap().until + 1;
		// Room for one timer at the worst any could be (a reveal window closing with every
		// executor punished): the three draws, each bounded by what opening verification
		// costs, all run in one block. Before, each was charged the worst and one ran a block.
		crate::mock::TimerWeightLimit::set(Proofs::timer_weight());
		assert_eq!(Proofs::timer_bound(ids[0], at), Proofs::draw_weight());
		assert!(Proofs::draw_weight().saturating_mul(3).all_lte(Proofs::timer_weight()));
		run_to(at);
		for id in &ids {
			let v = Verifications::<Test>::get(id).unwrap();
			assert_eq!(v.phase, Phase::Revealing);
			// A reveal window's timer is bounded by the worst.
			assert_eq!(Proofs::timer_bound(*id, v.until + 1), Proofs::timer_weight());
		}
		assert_eq!(TimerCursor::<Test>::get(), at + 1);
	});
}

#[test]
fn nothing_revealed_fails_the_computation_with_a_refund() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		let before = Balances::balance(&ALICE);
		let id = order(def, 2);
		commit_all(id, &[outcome(1), outcome(1)]);
		run_to(System::block_number() + REVEAL_WINDOW + 1);
		System::assert_has_event(Event::Unresolved { id }.into());
		assert!(Records::get(id).is_none());
		// Refunded in full, plus compensation from both slashes.
		assert_eq!(Balances::balance(&ALICE), before + 2 * 5_000);
	});
}

// ---------------------------------------------------------------------------------------------
// Replays
// ---------------------------------------------------------------------------------------------

/// An exact inference of k = 2 whose executors disagree: both commit, and reveal outcomes 1
/// and 2. Returns the computation and its executors.
fn disagreeing_pair() -> (ComputationId, Vec<NodeId>) {
	let def = define(ComputationKind::Inference, EXACT);
	let id = order(def, 2);
	let nodes = executors(id);
	commit_all(id, &[outcome(1), outcome(2)]);
	reveal(id, nodes[0], &outcome(1));
	reveal(id, nodes[1], &outcome(2));
	(id, nodes)
}

#[test]
fn no_majority_escalates_to_a_replay_that_decides() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, nodes) = disagreeing_pair();
		let v = Verifications::<Test>::get(id).unwrap();
		let verifier = v.verifier.unwrap();
		assert_eq!(v.phase, Phase::Escalated);
		System::assert_has_event(
			Event::Escalated { id, verifier, until: v.until, pot: None }.into(),
		);
		assert_eq!(Computations::assignments_of(verifier), vec![id]);
		// Only the verifier may replay, once.
		assert_noop!(replay(nodes[0], id, outcome(1).result), Error::<Test>::NotVerifier);
		assert_ok!(replay(verifier, id, outcome(2).result));
		undisputed(id, outcome(2).result, 1, 1);
		System::assert_has_event(
			Event::Verdict {
				id,
				result: outcome(2).result,
				basis: Basis::Replay,
				agreed: 1,
				wrong: 1,
			}
			.into(),
		);
		// The verifier proved the fault: it gets its share of the slash and a training credit.
		next_block();
		assert_eq!(
			last_punishment(nodes[0]),
			Some(Event::Punished {
				id,
				node: nodes[0],
				reason: SlashReason::WrongResult,
				reputation: Some(400),
				to_customer: 5_000,
				to_verifier: 2_000,
				to_pool: 3_000,
			})
		);
		// The protocol fee on the one executor paid (3) backs the executor and the verifier
		// equally, rounded down.
		assert!(contributions().contains(&(verifier, RewardPath::Training, CU, 1)));
		assert!(contributions().contains(&(nodes[1], RewardPath::Compute, CU, 1)));
		assert_eq!(paid(nodes[1]), node_pay());
		assert_eq!(paid(nodes[0]), 0);
		assert!(Computations::assignments_of(verifier).is_empty());
	});
}

#[test]
fn a_sampled_replay_can_overturn_a_majority() {
	ExtBuilder::default().nodes(4).build_and_execute(|| {
		// Every computation is sampled.
		let def = define_with(ComputationKind::Inference, EXACT, Perbill::one());
		let id = order(def, 3);
		let nodes = executors(id);
		commit_all(id, &[outcome(6), outcome(6), outcome(1)]);
		let v = Verifications::<Test>::get(id).unwrap();
		assert_eq!(v.phase, Phase::AwaitingReplay);
		let verifier = v.verifier.unwrap();
		System::assert_has_event(Event::ReplaySampled { id, verifier, until: v.until }.into());
		// Nobody reveals before the replay.
		assert_noop!(reveal_with(id, nodes[0], &outcome(6), None), Error::<Test>::RevealNotOpen);
		assert_ok!(replay(verifier, id, outcome(1).result));
		assert_noop!(replay(verifier, id, outcome(1).result), Error::<Test>::AlreadyReplayed);
		assert_eq!(Verifications::<Test>::get(id).unwrap().phase, Phase::Revealing);
		reveal(id, nodes[0], &outcome(6));
		reveal(id, nodes[1], &outcome(6));
		reveal(id, nodes[2], &outcome(1));
		// Two colluding executors outvoted the honest one; the replay sides with it.
		undisputed(id, outcome(1).result, 1, 2);
		System::assert_has_event(
			Event::Verdict {
				id,
				result: outcome(1).result,
				basis: Basis::Replay,
				agreed: 1,
				wrong: 2,
			}
			.into(),
		);
		assert_eq!(reputation(nodes[0]), 400);
		assert_eq!(reputation(nodes[2]), 501);
		assert_eq!(paid(nodes[2]), node_pay());
	});
}

/// Whether a computation committed in a block whose seed was `known` (what the last committer,
/// or its block's author, knew) is sampled for replay at a rate of one half, when the seed is
/// `later` from the next block on, with a `DrawDelay` of `delay` blocks.
fn sampled_with(delay: u64, known: u8, later: u8) -> bool {
	let mut sampled = false;
	ExtBuilder::default().nodes(4).build_and_execute(|| {
		DrawDelay::set(delay);
		let def = define_with(ComputationKind::Inference, EXACT, Perbill::from_percent(50));
		let id = order(def, 2);
		set_seed([known; 32]);
		commit_all(id, &[outcome(1), outcome(1)]);
		if delay > 0 {
			let at = System::block_number() + delay;
			System::assert_has_event(Event::DrawScheduled { id, at }.into());
			assert_eq!(Verifications::<Test>::get(id).unwrap().phase, Phase::Drawing);
			// Nobody reveals or replays before the draw.
			assert_noop!(
				reveal_with(id, executors(id)[0], &outcome(1), None),
				Error::<Test>::RevealNotOpen
			);
			next_block();
			set_seed([later; 32]);
			run_to(at);
		}
		let v = Verifications::<Test>::get(id).unwrap();
		assert!(matches!(v.phase, Phase::AwaitingReplay | Phase::Revealing));
		sampled = v.phase == Phase::AwaitingReplay;
	});
	sampled
}

#[test]
fn the_replay_draw_uses_a_seed_the_last_committer_could_not_know() {
	// The attack: the last committer (or the author of its block) knows the seed when it
	// commits. Drawn at once, the sample is fixed by that seed, so a cheater commits only when
	// it is not sampled.
	let at_once: Vec<bool> = (1..=12).map(|later| sampled_with(0, 9, later)).collect();
	assert!(at_once.iter().all(|s| *s == at_once[0]));
	// Drawn two blocks later, the next author's output decides: the same known seed can go
	// either way.
	let later: Vec<bool> = (1..=12).map(|later| sampled_with(2, 9, later)).collect();
	assert!(later.contains(&true) && later.contains(&false), "{later:?}");
}

#[test]
fn an_escalation_draws_its_verifier_two_blocks_later() {
	ExtBuilder::default().build_and_execute(|| {
		DrawDelay::set(2);
		let def = define(ComputationKind::Inference, EXACT);
		let id = order(def, 2);
		let nodes = executors(id);
		commit_all(id, &[outcome(1), outcome(2)]);
		run_to(System::block_number() + 2);
		assert_eq!(Verifications::<Test>::get(id).unwrap().phase, Phase::Revealing);
		reveal(id, nodes[0], &outcome(1));
		reveal(id, nodes[1], &outcome(2));
		// No majority: the verifier is not drawn in the block of the last reveal.
		let at = System::block_number() + 2;
		System::assert_has_event(Event::EscalationScheduled { id, at, pot: None }.into());
		let v = Verifications::<Test>::get(id).unwrap();
		assert_eq!((v.phase, v.verifier), (Phase::Escalating { pot: None }, None));
		assert_noop!(
			reveal_with(id, nodes[0], &outcome(1), None),
			Error::<Test>::RevealWindowClosed
		);
		assert_noop!(replay(nodes[0], id, outcome(1).result), Error::<Test>::NotVerifier);
		run_to(at);
		let v = Verifications::<Test>::get(id).unwrap();
		let verifier = v.verifier.unwrap();
		assert_eq!(v.phase, Phase::Escalated);
		assert_eq!(v.until, at + REPLAY_WINDOW);
		System::assert_has_event(
			Event::Escalated { id, verifier, until: v.until, pot: None }.into(),
		);
		assert!(!nodes.contains(&verifier));
		assert_ok!(replay(verifier, id, outcome(2).result));
		undisputed(id, outcome(2).result, 1, 1);
		System::assert_has_event(
			Event::Verdict {
				id,
				result: outcome(2).result,
				basis: Basis::Replay,
				agreed: 1,
				wrong: 1,
			}
			.into(),
		);
	});
}

#[test]
fn a_missing_verifier_loses_reputation_and_the_executors_reveal() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define_with(ComputationKind::Inference, EXACT, Perbill::one());
		let id = order(def, 2);
		let nodes = executors(id);
		commit_all(id, &[outcome(1), outcome(1)]);
		let v = Verifications::<Test>::get(id).unwrap();
		let verifier = v.verifier.unwrap();
		run_to(v.until + 1);
		System::assert_has_event(
			Event::VerifierMissed {
				id,
				node: verifier,
				reputation: Some(490),
				slashed: Perbill::zero(),
			}
			.into(),
		);
		// Node staking weighs the miss with the verifier-miss slash per repeat.
		assert_eq!(misses(), vec![(verifier, Perbill::from_percent(1))]);
		assert_noop!(replay(verifier, id, outcome(1).result), Error::<Test>::ReplayNotOpen);
		reveal(id, nodes[0], &outcome(1));
		reveal(id, nodes[1], &outcome(1));
		System::assert_has_event(
			Event::Verdict {
				id,
				result: outcome(1).result,
				basis: Basis::Unanimous,
				agreed: 2,
				wrong: 0,
			}
			.into(),
		);
	});
}

#[test]
fn an_escalation_without_a_verifier_in_time_fails_with_a_refund() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		let before = Balances::balance(&ALICE);
		let id = order(def, 2);
		let nodes = executors(id);
		commit_all(id, &[outcome(1), outcome(2)]);
		reveal(id, nodes[0], &outcome(1));
		reveal(id, nodes[1], &outcome(2));
		// The first verifier misses; the last spare node replaces it, and misses too.
		let until = Verifications::<Test>::get(id).unwrap().until;
		run_to(until + 1);
		let v = Verifications::<Test>::get(id).unwrap();
		System::assert_has_event(
			Event::VerifierReplaced { id, verifier: v.verifier.unwrap(), until: v.until }.into(),
		);
		run_to(v.until + 1);
		System::assert_has_event(Event::Unresolved { id }.into());
		assert_eq!(Balances::balance(&ALICE), before);
	});
}

#[test]
fn a_verifier_who_misses_an_escalation_is_replaced() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, nodes) = disagreeing_pair();
		let v = Verifications::<Test>::get(id).unwrap();
		let first = v.verifier.unwrap();
		run_to(v.until + 1);
		// Before, the computation failed here: the honest executor went unpaid because a
		// verifier did not show up.
		System::assert_has_event(
			Event::VerifierMissed {
				id,
				node: first,
				reputation: Some(490),
				slashed: Perbill::zero(),
			}
			.into(),
		);
		let v = Verifications::<Test>::get(id).unwrap();
		let second = v.verifier.unwrap();
		assert!(second != first && !nodes.contains(&second));
		assert!(v.until > System::block_number());
		System::assert_has_event(
			Event::VerifierReplaced { id, verifier: second, until: v.until }.into(),
		);
		assert_eq!(Computations::assignments_of(first), Vec::<ComputationId>::new());
		assert_eq!(Computations::assignments_of(second), vec![id]);
		// The verifier that missed can no longer replay; the new one decides.
		assert_noop!(replay(first, id, outcome(1).result), Error::<Test>::NotVerifier);
		assert_ok!(replay(second, id, outcome(1).result));
		undisputed(id, outcome(1).result, 1, 1);
		System::assert_has_event(
			Event::Verdict {
				id,
				result: outcome(1).result,
				basis: Basis::Replay,
				agreed: 1,
				wrong: 1,
			}
			.into(),
		);
		assert_eq!(paid(nodes[0]), node_pay());
		assert_eq!(reputation(nodes[1]), 400);
	});
}

#[test]
fn no_spare_node_means_no_replay() {
	ExtBuilder::default().nodes(2).build_and_execute(|| {
		let (id, _) = disagreeing_pair();
		System::assert_has_event(Event::Unresolved { id }.into());
	});
}

// ---------------------------------------------------------------------------------------------
// Tolerance
// ---------------------------------------------------------------------------------------------

/// Three executors: two reveal labels (3, 4), one (4, 3); cos = 0.96 exactly.
fn tolerance_case(threshold: Perbill) -> (ComputationId, Vec<NodeId>) {
	let mode = VerificationMode::Tolerance { metric: DistanceMetric::Cosine, threshold };
	let def = define(ComputationKind::Inference, mode);
	let id = order(def, 3);
	let nodes = executors(id);
	let (a, b) = (vec![3u8, 4].encode(), vec![4u8, 3].encode());
	let (oa, ob) = (
		Outcome { result: ContentId::of(&a), loss: None },
		Outcome { result: ContentId::of(&b), loss: None },
	);
	commit_all(id, &[oa, ob, oa]);
	assert_ok!(reveal_with(id, nodes[0], &oa, Some(a.clone())));
	assert_ok!(reveal_with(id, nodes[1], &ob, Some(b)));
	assert_ok!(reveal_with(id, nodes[2], &oa, Some(a)));
	(id, nodes)
}

#[test]
fn tolerance_at_the_threshold_agrees() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, nodes) = tolerance_case(Perbill::from_percent(96));
		let a = ContentId::of(&vec![3u8, 4].encode());
		System::assert_has_event(
			Event::Verdict { id, result: a, basis: Basis::Unanimous, agreed: 3, wrong: 0 }.into(),
		);
		assert_eq!(paid(nodes[1]), node_pay());
	});
}

#[test]
fn tolerance_just_past_the_threshold_is_an_outlier() {
	ExtBuilder::default().build_and_execute(|| {
		let (id, nodes) = tolerance_case(Perbill::from_parts(960_000_001));
		let a = ContentId::of(&vec![3u8, 4].encode());
		System::assert_has_event(
			Event::Verdict { id, result: a, basis: Basis::Majority, agreed: 2, wrong: 1 }.into(),
		);
		assert_eq!(paid(nodes[1]), 0);
		assert_eq!(reputation(nodes[1]), 400);
	});
}

#[test]
fn a_malformed_output_is_its_nodes_fault_alone() {
	ExtBuilder::default().build_and_execute(|| {
		// Two executors reveal labels (3, 4); the third an output of another length. Before,
		// no median existed, the verdict went to a replay, and the honest two waited on it.
		let mode = VerificationMode::Tolerance {
			metric: DistanceMetric::Cosine,
			threshold: Perbill::from_percent(99),
		};
		let def = define(ComputationKind::Inference, mode);
		let id = order(def, 3);
		let nodes = executors(id);
		let (good, bad) = (vec![3u8, 4].encode(), vec![3u8, 4, 5].encode());
		let (og, ob) = (
			Outcome { result: ContentId::of(&good), loss: None },
			Outcome { result: ContentId::of(&bad), loss: None },
		);
		commit_all(id, &[og, ob, og]);
		assert_ok!(reveal_with(id, nodes[1], &ob, Some(bad)));
		assert_ok!(reveal_with(id, nodes[0], &og, Some(good.clone())));
		assert_ok!(reveal_with(id, nodes[2], &og, Some(good.clone())));
		System::assert_has_event(
			Event::Verdict {
				id,
				result: ContentId::of(&good),
				basis: Basis::Majority,
				agreed: 2,
				wrong: 1,
			}
			.into(),
		);
		assert_eq!(paid(nodes[0]), node_pay());
		assert_eq!(paid(nodes[2]), node_pay());
		assert_eq!(paid(nodes[1]), 0);
		assert_eq!(reputation(nodes[1]), 400);
		assert_eq!(reputation(nodes[0]), reputation(nodes[2]));
		assert!(reputation(nodes[0]) > 500);
	});
}

// ---------------------------------------------------------------------------------------------
// Model-PoT
// ---------------------------------------------------------------------------------------------

/// A gradient over the 10 samples of a shard (two features, one class).
fn gradient(values: &[i64]) -> Vec<u8> {
	gradient_of_count(values, 10)
}

fn gradient_of_count(values: &[i64], count: u32) -> Vec<u8> {
	Gradient { count, weights: values.to_vec(), bias: vec![0], loss: 0 }.encode()
}

/// The size of a shard of 10 samples of two features: a compact count (1 byte), then per
/// sample a compact feature count (1 byte), the two features and the label.
const SHARD_LEN: u32 = 1 + 10 * 4;

/// A training job of two shards with k = 2; returns the two gradient fragments.
fn training_job() -> (ComputationId, ComputationId) {
	let def = define(ComputationKind::GradientStep, EXACT);
	let first = pallet_computations::NextComputationId::<Test>::get();
	let job = TrainingJobOrder {
		definition: def,
		shards: BoundedVec::truncate_from(vec![
			InputRef { cid: cid(10), size: SHARD_LEN },
			InputRef { cid: cid(11), size: SHARD_LEN },
		]),
		validation: InputRef { cid: cid(12), size: 1024 },
		model: InputRef { cid: cid(13), size: 1024 },
		rounds: 1,
		learning_rate: 1 << 16,
		redundancy: 2,
		fee_per_cu: FEE,
		fragment_blocks: 50,
	};
	assert_ok!(Computations::submit_training_job(RuntimeOrigin::signed(ALICE), job));
	run_to(System::block_number() + 1);
	(first, first + 1)
}

fn gradient_round(id: ComputationId, outputs: [&Vec<u8>; 2]) {
	let nodes = executors(id);
	let outcomes: Vec<Outcome> =
		outputs.iter().map(|o| Outcome { result: ContentId::of(o), loss: None }).collect();
	commit_all(id, &outcomes);
	for ((node, o), bytes) in nodes.iter().zip(&outcomes).zip(outputs) {
		assert_ok!(reveal_with(id, *node, o, Some(bytes.clone())));
	}
}

#[test]
fn a_gradient_reveal_needs_its_output() {
	ExtBuilder::default().build_and_execute(|| {
		let (g0, _) = training_job();
		let bytes = gradient(&[1 << 16, 2 << 16]);
		let o = Outcome { result: ContentId::of(&bytes), loss: None };
		commit_all(g0, &[o, o]);
		assert_noop!(reveal_with(g0, executors(g0)[0], &o, None), Error::<Test>::OutputRequired);
	});
}

#[test]
fn a_poisoned_gradient_is_caught_by_replay() {
	ExtBuilder::default().build_and_execute(|| {
		let (g0, g1) = training_job();
		let honest = gradient(&[1 << 16, 2 << 16]);
		gradient_round(g0, [&honest, &honest]);
		System::assert_has_event(
			Event::Verdict {
				id: g0,
				result: ContentId::of(&honest),
				basis: Basis::Unanimous,
				agreed: 2,
				wrong: 0,
			}
			.into(),
		);
		// Both executors of the other shard collude on the negated gradient: they agree, but it
		// points away from the round's other gradient.
		let poisoned = gradient(&[-(1 << 16), -(2 << 16)]);
		let nodes = executors(g1);
		gradient_round(g1, [&poisoned, &poisoned]);
		let v = Verifications::<Test>::get(g1).unwrap();
		let verifier = v.verifier.unwrap();
		System::assert_has_event(
			Event::Escalated { id: g1, verifier, until: v.until, pot: Some(PotFault::Dissimilar) }
				.into(),
		);
		let fair = gradient(&[2 << 16, 3 << 16]);
		assert_ok!(Proofs::submit_replay(
			RuntimeOrigin::signed(worker(verifier)),
			g1,
			ContentId::of(&fair),
			None,
			Some(BoundedVec::truncate_from(fair.clone()))
		));
		undisputed(g1, ContentId::of(&fair), 0, 2);
		System::assert_has_event(
			Event::Verdict {
				id: g1,
				result: ContentId::of(&fair),
				basis: Basis::Replay,
				agreed: 0,
				wrong: 2,
			}
			.into(),
		);
		for node in nodes {
			assert_eq!(reputation(node), 400);
		}
		// The verified gradient feeds the round: the aggregation is queued.
		System::assert_has_event(
			ComputationsEvent::AggregationQueued { job: 0, round: 0, id: g1 + 1 }.into(),
		);
	});
}

#[test]
fn a_gradient_count_is_derived_from_the_shard_not_taken_from_the_result() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(corex_compute::model::samples_in(u64::from(SHARD_LEN), 2), Some(10));
		let (g0, _) = training_job();
		// A norm of 200 over the shard's 10 samples is 20.0 per sample, above 16; claiming
		// 1,000 samples would make it 0.2. Both executors agree, yet the chain does not take
		// the count on trust: a replay decides.
		let inflated = gradient_of_count(&[200 << 16, 0], 1_000);
		gradient_round(g0, [&inflated, &inflated]);
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Proofs(Event::Escalated { pot: Some(PotFault::CountMismatch), .. })
		)));
		let v = Verifications::<Test>::get(g0).unwrap();
		assert!(v.verifier.is_some());
		// Not verified, not paid: it waits for the replay.
		assert_eq!(Records::get(g0).map(|c| c.status), Some(ComputationStatus::Committed));
	});
}

#[test]
fn an_outsized_gradient_is_caught_by_replay_and_an_honest_one_confirmed() {
	ExtBuilder::default().build_and_execute(|| {
		let (g0, _) = training_job();
		// The fragment's price, from its kernel and sizes; its pay is that less the 10 %
		// protocol fee.
		let share = FEE * Balance::from(Records::get(g0).unwrap().cu);
		let pay = share - share / 10;
		// Mean norm 20.0 per sample, above 16.
		let huge = gradient(&[200 << 16, 0]);
		let nodes = executors(g0);
		gradient_round(g0, [&huge, &huge]);
		let v = Verifications::<Test>::get(g0).unwrap();
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Proofs(Event::Escalated { pot: Some(PotFault::NormTooLarge), .. })
		)));
		// The verifier computes the same: the executors were right and are paid.
		assert_ok!(replay(v.verifier.unwrap(), g0, ContentId::of(&huge)));
		undisputed(g0, ContentId::of(&huge), 2, 0);
		for node in nodes {
			assert_eq!(paid(node), pay);
			assert_eq!(reputation(node), 501);
		}
	});
}

// ---------------------------------------------------------------------------------------------
// Disputes
// ---------------------------------------------------------------------------------------------

/// An escalated computation of two executors, the first revealing `honest`, the second
/// `other`, whose verifier replays `claim`: the verdict the verifier proposes.
fn proposed(honest: u8, other: u8, claim: u8) -> (ComputationId, Vec<NodeId>, NodeId) {
	let def = define(ComputationKind::Inference, EXACT);
	let id = order(def, 2);
	let nodes = executors(id);
	commit_all(id, &[outcome(honest), outcome(other)]);
	reveal(id, nodes[0], &outcome(honest));
	reveal(id, nodes[1], &outcome(other));
	let verifier = Verifications::<Test>::get(id).unwrap().verifier.unwrap();
	assert_ok!(replay(verifier, id, outcome(claim).result));
	assert_eq!(Verifications::<Test>::get(id).unwrap().phase, Phase::Disputable);
	(id, nodes, verifier)
}

fn dispute(node: NodeId, id: ComputationId) -> DispatchResult {
	Proofs::dispute(RuntimeOrigin::signed(worker(node)), id)
}

fn bond_held(node: NodeId) -> Balance {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&HoldReason::DisputeBond.into(), &worker(node))
}

#[test]
fn a_lying_verifier_is_overturned_by_a_dispute_and_pays_for_it() {
	ExtBuilder::default().nodes(6).build_and_execute(|| {
		// The attack: the verifier sides with the executor that lied. Alone it is the final
		// judge: undisputed, the honest executor would be punished and the liar paid.
		let (id, nodes, verifier) = proposed(1, 2, 2);
		let (honest, liar) = (nodes[0], nodes[1]);
		System::assert_has_event(
			Event::VerdictProposed {
				id,
				result: outcome(2).result,
				agreed: 1,
				wrong: 1,
				until: System::block_number() + DisputeWindow::get(),
			}
			.into(),
		);
		assert_eq!(reputation(honest), DEFAULT_REPUTATION);
		// The honest executor disputes it, posting the bond.
		let free = Balances::balance(&worker(honest));
		assert_ok!(dispute(honest, id));
		assert_eq!(bond_held(honest), DisputeBond::get());
		assert_eq!(Balances::balance(&worker(honest)), free - DisputeBond::get());
		System::assert_has_event(
			Event::Disputed {
				id,
				node: honest,
				bond: DisputeBond::get(),
				at: System::block_number(),
			}
			.into(),
		);
		// Two more nodes, none of an operator involved, replay it.
		let d = Proofs::dispute_of(id).unwrap();
		let panel: Vec<NodeId> = d.replays.iter().map(|(n, _)| *n).collect();
		assert_eq!(panel.len(), 2);
		for n in &panel {
			assert!(!nodes.contains(n) && *n != verifier);
		}
		assert_eq!(Records::get(id).unwrap().panel.to_vec(), panel);
		assert_eq!(Computations::assignments_of(panel[0]), vec![id]);
		// Only the panel replays now; the verifier has had its say.
		assert_noop!(replay(verifier, id, outcome(2).result), Error::<Test>::AlreadyReplayed);
		assert_noop!(replay(honest, id, outcome(1).result), Error::<Test>::NotVerifier);
		assert_ok!(replay(panel[0], id, outcome(1).result));
		assert_noop!(replay(panel[0], id, outcome(1).result), Error::<Test>::AlreadyReplayed);
		assert_ok!(replay(panel[1], id, outcome(1).result));
		System::assert_has_event(
			Event::DisputeSettled { id, ruling: Ruling::Overturned, forfeited: 0 }.into(),
		);
		System::assert_has_event(
			Event::Verdict {
				id,
				result: outcome(1).result,
				basis: Basis::Panel,
				agreed: 1,
				wrong: 1,
			}
			.into(),
		);
		// The honest executor is paid and has its bond back; the liar and the verifier are
		// punished, and the verifier's share of its slash goes to the disputer.
		assert_eq!(bond_held(honest), 0);
		assert_eq!(Balances::balance(&worker(honest)), free);
		assert_eq!(paid(honest), node_pay());
		assert_eq!(reputation(honest), DEFAULT_REPUTATION + 1);
		assert_eq!(reputation(liar), DEFAULT_REPUTATION - 100);
		assert_eq!(reputation(verifier), DEFAULT_REPUTATION - 100);
		let before = Balances::balance(&operator(honest));
		next_block();
		assert!(matches!(
			last_punishment(verifier),
			Some(Event::Punished { reason: SlashReason::WrongResult, to_verifier: 2_000, .. })
		));
		assert_eq!(Balances::balance(&operator(honest)), before + 2_000);
		// The panel is credited for its replays, the verifier is not.
		for n in &panel {
			assert!(contributions().iter().any(|c| c.0 == *n && c.1 == RewardPath::Training));
			assert!(Computations::assignments_of(*n).is_empty());
		}
		assert!(!contributions().iter().any(|c| c.0 == verifier));
		assert!(Proofs::dispute_of(id).is_none());
	});
}

#[test]
fn a_frivolous_dispute_loses_its_bond_to_the_pool() {
	ExtBuilder::default().nodes(6).build_and_execute(|| {
		// The verifier is right; the executor it found wrong disputes anyway.
		let (id, nodes, verifier) = proposed(1, 2, 1);
		let (honest, liar) = (nodes[0], nodes[1]);
		let free = Balances::balance(&worker(liar));
		let pool = Balances::balance(&POOL);
		assert_ok!(dispute(liar, id));
		let panel: Vec<NodeId> =
			Proofs::dispute_of(id).unwrap().replays.iter().map(|(n, _)| *n).collect();
		assert_ok!(replay(panel[0], id, outcome(1).result));
		// One panel member agreeing with the verifier is a majority of the three replays, but
		// the dispute waits for the other or the window.
		assert_eq!(Verifications::<Test>::get(id).unwrap().phase, Phase::Disputed);
		// A panel member that replays something else is wrong, as an executor would be.
		assert_ok!(replay(panel[1], id, outcome(2).result));
		System::assert_has_event(
			Event::DisputeSettled { id, ruling: Ruling::Upheld, forfeited: DisputeBond::get() }
				.into(),
		);
		assert_eq!(Balances::balance(&worker(liar)), free - DisputeBond::get());
		assert_eq!(bond_held(liar), 0);
		assert_eq!(reputation(liar), DEFAULT_REPUTATION - 100);
		assert_eq!(reputation(panel[1]), DEFAULT_REPUTATION - 100);
		assert_eq!(reputation(verifier), DEFAULT_REPUTATION + 1);
		assert_eq!(reputation(panel[0]), DEFAULT_REPUTATION + 1);
		assert_eq!(paid(honest), node_pay());
		next_block();
		// The bond went to the pool, with the pool's shares of the two slashes.
		let slashed_to_pool: Balance = [liar, panel[1]]
			.iter()
			.map(|n| match last_punishment(*n) {
				Some(Event::Punished { to_pool, .. }) => to_pool,
				_ => 0,
			})
			.sum();
		assert_eq!(
			Balances::balance(&POOL),
			pool + DisputeBond::get() + slashed_to_pool + PROTOCOL_FEE
		);
	});
}

#[test]
fn a_dispute_its_panel_cannot_decide_fails_with_a_refund_and_costs_the_disputer_nothing() {
	ExtBuilder::default().nodes(6).build_and_execute(|| {
		let before = Balances::balance(&ALICE);
		let (id, nodes, _) = proposed(1, 2, 2);
		let free = Balances::balance(&worker(nodes[0]));
		assert_ok!(dispute(nodes[0], id));
		let panel: Vec<NodeId> =
			Proofs::dispute_of(id).unwrap().replays.iter().map(|(n, _)| *n).collect();
		// One member replays a third result, the other never does.
		assert_ok!(replay(panel[0], id, outcome(3).result));
		run_to(Verifications::<Test>::get(id).unwrap().until + 1);
		System::assert_has_event(
			Event::VerifierMissed {
				id,
				node: panel[1],
				reputation: Some(DEFAULT_REPUTATION - 10),
				slashed: Perbill::zero(),
			}
			.into(),
		);
		System::assert_has_event(
			Event::DisputeSettled { id, ruling: Ruling::Undecided, forfeited: 0 }.into(),
		);
		System::assert_has_event(Event::Unresolved { id }.into());
		assert_eq!(Balances::balance(&ALICE), before);
		assert_eq!(Balances::balance(&worker(nodes[0])), free);
		// Nobody was punished for the verdict.
		for n in nodes {
			assert_eq!(reputation(n), DEFAULT_REPUTATION);
		}
		assert_eq!(PendingSlashes::<Test>::count(), 0);
	});
}

#[test]
fn without_a_panel_a_dispute_is_undecided() {
	// Two executors and a verifier: no node is left to replay.
	ExtBuilder::default().nodes(3).build_and_execute(|| {
		let before = Balances::balance(&ALICE);
		let (id, nodes, _) = proposed(1, 2, 2);
		assert_ok!(dispute(nodes[0], id));
		System::assert_has_event(
			Event::DisputeSettled { id, ruling: Ruling::Undecided, forfeited: 0 }.into(),
		);
		System::assert_has_event(Event::Unresolved { id }.into());
		assert_eq!(Balances::balance(&ALICE), before);
		assert_eq!(bond_held(nodes[0]), 0);
		assert_eq!(reputation(nodes[0]), DEFAULT_REPUTATION);
	});
}

#[test]
fn the_panel_is_drawn_two_blocks_after_the_dispute() {
	ExtBuilder::default().nodes(6).build_and_execute(|| {
		let (id, nodes, _) = proposed(1, 2, 2);
		DrawDelay::set(2);
		assert_ok!(dispute(nodes[0], id));
		let at = System::block_number() + 2;
		System::assert_has_event(
			Event::Disputed { id, node: nodes[0], bond: DisputeBond::get(), at }.into(),
		);
		assert_eq!(Verifications::<Test>::get(id).unwrap().phase, Phase::PanelDrawing);
		assert!(Proofs::dispute_of(id).unwrap().replays.is_empty());
		run_to(at);
		let v = Verifications::<Test>::get(id).unwrap();
		assert_eq!(v.phase, Phase::Disputed);
		let panel: Vec<NodeId> =
			Proofs::dispute_of(id).unwrap().replays.iter().map(|(n, _)| *n).collect();
		System::assert_has_event(Event::PanelDrawn { id, panel, until: v.until }.into());
	});
}

#[test]
fn bad_disputes_are_refused_and_change_nothing() {
	ExtBuilder::default().nodes(6).build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		let id = order(def, 2);
		let nodes = executors(id);
		// Nothing proposed yet.
		assert_noop!(dispute(nodes[0], id), Error::<Test>::NotDisputable);
		assert_noop!(dispute(nodes[0], 99), Error::<Test>::NotDisputable);
		commit_all(id, &[outcome(1), outcome(2)]);
		reveal(id, nodes[0], &outcome(1));
		reveal(id, nodes[1], &outcome(2));
		let verifier = Verifications::<Test>::get(id).unwrap().verifier.unwrap();
		assert_noop!(dispute(nodes[0], id), Error::<Test>::NotDisputable);
		assert_ok!(replay(verifier, id, outcome(2).result));
		// Not a node; the verifier itself; a node whose worker cannot pay the bond.
		assert_noop!(
			Proofs::dispute(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::UnknownWorker
		);
		assert_noop!(dispute(verifier, id), Error::<Test>::OwnVerdict);
		let poor = nodes[1];
		let spare = Balances::balance(&worker(poor)) - 1;
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<_>>::burn_from(
			&worker(poor),
			spare,
			frame_support::traits::tokens::Preservation::Expendable,
			frame_support::traits::tokens::Precision::Exact,
			frame_support::traits::tokens::Fortitude::Polite,
		));
		SUPPLY.with(|s| *s.borrow_mut() -= spare);
		assert_noop!(dispute(poor, id), Error::<Test>::BondUnavailable);
		// Once disputed, not again; and a closed window cannot be disputed.
		assert_ok!(dispute(nodes[0], id));
		assert_noop!(dispute(5, id), Error::<Test>::NotDisputable);
		let (other, others, _) = proposed(1, 2, 2);
		run_to(Verifications::<Test>::get(other).unwrap().until + 1);
		assert_noop!(dispute(others[0], other), Error::<Test>::NotDisputable);
	});
}

// ---------------------------------------------------------------------------------------------
// Reputation and invariants
// ---------------------------------------------------------------------------------------------

#[test]
fn a_repeat_offender_falls_under_the_threshold_and_is_suspended() {
	ExtBuilder::default().nodes(3).build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		let mut cheater = None;
		for _ in 0..3 {
			let id = order(def, 3);
			let nodes = executors(id);
			let c = *cheater.get_or_insert(nodes[0]);
			let results: Vec<Outcome> =
				nodes.iter().map(|n| if *n == c { outcome(2) } else { outcome(1) }).collect();
			commit_all(id, &results);
			for (node, o) in nodes.iter().zip(&results) {
				reveal(id, *node, o);
			}
		}
		next_block();
		let c = cheater.unwrap();
		assert_eq!(reputation(c), 200);
		assert_eq!(mock_node(c).unwrap().status, NodeStatus::Suspended);
		// 10 % three times over.
		assert_eq!(Balances::balance(&stake_account(c)), STAKE * 729 / 1000);
	});
}

#[test]
fn try_state_catches_stale_records() {
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(Proofs::do_try_state());
		Reveals::<Test>::insert(5, 1, Revealed::Equivocated);
		assert!(Proofs::do_try_state().is_err());
		Reveals::<Test>::remove(5, 1);
		Verifications::<Test>::insert(
			5,
			Verification { phase: Phase::Revealing, until: 3, verifier: None, replay: None },
		);
		assert!(Proofs::do_try_state().is_err());
		Verifications::<Test>::remove(5);
		// A pending slash the queue does not count.
		let pending = PendingSlash {
			id: 5,
			node: 1,
			reason: SlashReason::WrongResult,
			reputation: None,
			customer: ALICE,
			verifier: None,
			fault_epoch: 0,
		};
		PendingSlashes::<Test>::insert(0, pending);
		assert!(Proofs::do_try_state().is_err());
		SlashQueue::<Test>::put((0, 1));
		assert_ok!(Proofs::do_try_state());
		SlashQueue::<Test>::put((1, 1));
		assert!(Proofs::do_try_state().is_err());
		PendingSlashes::<Test>::remove(0);
		assert_ok!(Proofs::do_try_state());
		let _ = <Balances as frame_support::traits::fungible::Mutate<_>>::mint_into(&ALICE, 1);
		assert!(Proofs::do_try_state().is_err());
	});
}

#[test]
fn queued_slashes_run_oldest_first_within_the_hook_weight() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		let ids = [order(def, 3), order(def, 3)];
		let mut wrong = Vec::new();
		for id in ids {
			let nodes = executors(id);
			let results = [outcome(1), outcome(2), outcome(1)];
			commit_all(id, &results);
			for (node, o) in nodes.iter().zip(&results) {
				reveal(id, *node, o);
			}
			wrong.push(nodes[1]);
		}
		assert_eq!(PendingSlashes::<Test>::count(), 2);
		assert_eq!(SlashQueue::<Test>::get(), (0, 2));
		// Room for one slash at its worst: one per block, the first punishment first.
		crate::mock::TimerWeightLimit::set(Proofs::slash_weight());
		next_block();
		assert_eq!(SlashQueue::<Test>::get(), (1, 2));
		assert!(
			matches!(last_punishment(wrong[0]), Some(Event::Punished { id, .. }) if id == ids[0])
		);
		next_block();
		assert_eq!(SlashQueue::<Test>::get(), (2, 2));
		assert_eq!(PendingSlashes::<Test>::count(), 0);
		assert!(
			matches!(last_punishment(wrong[1]), Some(Event::Punished { id, .. }) if id == ids[1])
		);
	});
}

#[test]
fn the_calls_that_may_assign_a_verifier_pay_for_it() {
	use corex_primitives::ComputationLifecycle;
	use frame_support::dispatch::GetDispatchInfo;
	ExtBuilder::default().build_and_execute(|| {
		let assign =
			<Computations as ComputationLifecycle<AccountId, Balance>>::assign_verifier_weight();
		assert!(assign.ref_time() > 0);
		// A commitment that completes the set may sample a replay and assign its verifier.
		let commit =
			pallet_computations::Call::<Test>::commit_result { id: 0, commitment: [0; 32] };
		let base = <() as pallet_computations::WeightInfo>::commit_result();
		assert!(commit.get_dispatch_info().call_weight.all_gte(base.saturating_add(assign)));
		// A reveal that settles the verdict may escalate to a replay.
		let reveal = Call::<Test>::reveal {
			id: 0,
			result: outcome(1).result,
			loss: None,
			salt: [0; 32],
			output: None,
		};
		let base = <() as crate::WeightInfo>::reveal(4, 0);
		assert!(reveal.get_dispatch_info().call_weight.all_gte(base.saturating_add(assign)));
	});
}

#[test]
fn an_aggregation_revealed_without_its_loss_fails_with_a_refund() {
	ExtBuilder::default().build_and_execute(|| {
		let (g0, g1) = training_job();
		let honest = gradient(&[1 << 16, 2 << 16]);
		gradient_round(g0, [&honest, &honest]);
		gradient_round(g1, [&honest, &honest]);
		let aggregation = g1 + 1;
		run_to(System::block_number() + 1);
		let nodes = executors(aggregation);
		let before = paid(nodes[0]);
		// Both executors agree on a model but leave out the validation loss.
		commit_all(aggregation, &[outcome(5), outcome(5)]);
		reveal(aggregation, nodes[0], &outcome(5));
		reveal(aggregation, nodes[1], &outcome(5));
		System::assert_has_event(Event::Unresolved { id: aggregation }.into());
		System::assert_has_event(
			ComputationsEvent::TrainingJobFailed { job: 0, round: 0, refunded: 0 }.into(),
		);
		assert!(Records::get(aggregation).is_none());
		assert_eq!(paid(nodes[0]), before, "nobody is paid for an unverifiable result");
	});
}

#[test]
fn a_slash_is_judged_against_the_stake_of_the_epoch_the_work_was_assigned_in() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference, EXACT);
		// Ordered and assigned in epoch 7; the verdict and the slash come in epoch 9.
		set_epoch(7);
		let id = order(def, 3);
		let nodes = executors(id);
		commit_all(id, &[outcome(1), outcome(2), outcome(1)]);
		set_epoch(9);
		reveal(id, nodes[0], &outcome(1));
		reveal(id, nodes[1], &outcome(2));
		reveal(id, nodes[2], &outcome(1));
		next_block();
		// Node staking is asked to slash what was at risk in epoch 7 (one slash per share).
		let asked = take_fault_epochs();
		assert!(!asked.is_empty());
		assert!(asked.iter().all(|(node, epoch)| *node == nodes[1] && *epoch == 7), "{asked:?}");
	});
}
