//! The worker against a scripted gateway (`TestOffchainExt` answers the expected HTTP requests
//! and fails on any other) and a test transaction pool.

use crate::{mock::*, worker::*};
use codec::{Decode, Encode};
use corex_compute::{Model, Sample};
use corex_primitives::{ComputationKind, ContentId, VerificationMode, VerificationPolicy};
use frame_support::{assert_ok, traits::Hooks, BoundedVec};
use pallet_computations::{CidInput, ComputationOrder, InputRef, NewDefinition, Unavailability};
use sp_core::offchain::{
	testing::{OffchainState, PendingRequest, PoolState, TestOffchainExt, TestTransactionPoolExt},
	OffchainDbExt, OffchainWorkerExt, TransactionPoolExt,
};
use sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt};
use sp_runtime::traits::Dispatchable;
use sp_runtime::{offchain::storage::StorageValueRef, Perbill};
use std::sync::Arc;

/// The first shard of the digits (200 samples).
const SHARD: &[u8] = corex_test_utils::digits::TRAIN[0];

struct Env {
	ext: CheckedExt,
	offchain: Arc<parking_lot::RwLock<OffchainState>>,
	pool: Arc<parking_lot::RwLock<PoolState>>,
}

fn env() -> Env {
	let keystore = MemoryKeystore::new();
	let public = keystore
		.sr25519_generate_new(corex_primitives::worker::KEY_TYPE, Some("//Worker0"))
		.unwrap();
	let (offchain_ext, offchain) = TestOffchainExt::new();
	let (pool_ext, pool) = TestTransactionPoolExt::new();
	let mut ext = ExtBuilder::default().build_checked();
	ext.register_extension(OffchainWorkerExt::new(offchain_ext.clone()));
	ext.register_extension(OffchainDbExt::new(offchain_ext));
	ext.register_extension(TransactionPoolExt::new(pool_ext));
	ext.register_extension(KeystoreExt::new(keystore));
	ext.execute_with(|| {
		set_worker(public);
		// Node 0 has sent this epoch's heartbeat: the tests of other work see only that work.
		pallet_computations::Heartbeats::<Test>::insert(0, pallet_computations::Liveness::first(0));
	});
	Env { ext, offchain, pool }
}

/// Run the worker for block `n` (the block number must already be `n`).
fn ocw(n: u64) {
	<ComputeWorker as Hooks<u64>>::offchain_worker(n);
}

fn model() -> Vec<u8> {
	Model::zeros(10, 64).encode()
}

fn cid_input(bytes: &[u8]) -> CidInput {
	BoundedVec::truncate_from(ContentId::of(bytes).to_cid_string().to_vec())
}

fn url_of(bytes: &[u8]) -> String {
	let text = ContentId::of(bytes).to_cid_string();
	format!("{DEFAULT_GATEWAY}/ipfs/{}?format=raw", std::str::from_utf8(&text).unwrap())
}

fn expect_get(offchain: &Arc<parking_lot::RwLock<OffchainState>>, bytes: &[u8], body: Vec<u8>) {
	offchain.write().expect_request(PendingRequest {
		method: "GET".into(),
		uri: url_of(bytes),
		headers: vec![("Accept".into(), "application/vnd.ipld.raw".into())],
		response: Some(body),
		sent: true,
		..Default::default()
	});
}

fn expect_publish(offchain: &Arc<parking_lot::RwLock<OffchainState>>, blob: &[u8]) {
	let (content_type, body) = multipart(blob);
	offchain.write().expect_request(PendingRequest {
		method: "POST".into(),
		uri: format!("{DEFAULT_GATEWAY}/api/v0/block/put?cid-codec=raw&mhtype=sha2-256"),
		headers: vec![("Content-Type".into(), content_type)],
		body,
		response: Some(b"{}".to_vec()),
		sent: true,
		..Default::default()
	});
}

/// The customer's order of definition 0: a gradient on the zero model and the first shard.
fn order() -> pallet_computations::ComputationOrderOf<Test> {
	let inputs = BoundedVec::truncate_from(vec![
		InputRef { cid: cid_input(&model()), size: model().len() as u32 },
		InputRef { cid: cid_input(SHARD), size: SHARD.len() as u32 },
	]);
	ComputationOrder {
		definition: 0,
		inputs,
		cu_budget: 1_000,
		fee_per_cu: 1,
		deadline: 100,
		redundancy: 1,
	}
}

/// A gradient computation on the zero model and the first shard, assigned to node 0.
fn assigned_gradient() -> u64 {
	let exact = VerificationPolicy { mode: VerificationMode::Exact, replay_rate: Perbill::zero() };
	let new = NewDefinition {
		kind: ComputationKind::GradientStep,
		spec: cid_input(b"softmax-regression 64x10"),
		features: 64,
		policy: exact,
		device_class: None,
		min_tier: 1,
	};
	assert_ok!(Computations::register_definition(RuntimeOrigin::signed(customer()), new));
	for node in 0..3 {
		let operator = <MockNodes as corex_primitives::NodeInfo<_>>::operator(node).unwrap();
		assert_ok!(Computations::offer_node(RuntimeOrigin::signed(operator), node));
	}
	assert_ok!(Computations::submit_computation(RuntimeOrigin::signed(customer()), order()));
	System::set_block_number(2);
	Computations::on_initialize(2);
	let c = pallet_computations::Computations::<Test>::get(0).unwrap();
	assert_eq!(c.slots[0].node, 0);
	0
}

fn nonces(pool: &Arc<parking_lot::RwLock<PoolState>>) -> Vec<u64> {
	pool.read()
		.transactions
		.iter()
		.map(|tx| match Extrinsic::decode(&mut &tx[..]).unwrap().preamble {
			sp_runtime::generic::Preamble::Signed(nonce, ..) => nonce,
			_ => panic!("a signed transaction"),
		})
		.collect()
}

fn submitted(pool: &Arc<parking_lot::RwLock<PoolState>>) -> Vec<RuntimeCall> {
	pool.read()
		.transactions
		.iter()
		.map(|tx| Extrinsic::decode(&mut &tx[..]).unwrap().function)
		.collect()
}

#[test]
fn the_worker_fetches_computes_and_commits_once_publishing_nothing_yet() {
	let Env { mut ext, offchain, pool } = env();
	ext.execute_with(|| {
		let id = assigned_gradient();
		let shard: Vec<Sample> = Decode::decode(&mut &SHARD[..]).unwrap();
		let gradient = Model::zeros(10, 64).gradient(&shard).unwrap().encode();
		expect_get(&offchain, &model(), model());
		expect_get(&offchain, SHARD, SHARD.to_vec());
		// No publication is expected (any other request fails the test): the output stays
		// private until the commitment is on chain.
		ocw(2);

		// The state holds the natively computed gradient; the commitment binds it.
		let state: WorkState =
			StorageValueRef::persistent(&state_key(0, id)).get().unwrap().unwrap();
		assert_eq!(state.output.as_deref(), Some(&gradient[..]));
		assert_eq!(state.sent_at, Some(2));
		let outcome = pallet_proofs::Outcome { result: ContentId::of(&gradient), loss: None };
		let expected = pallet_proofs::commitment::<Test>(id, 0, &outcome, &state.salt);
		assert_eq!(
			submitted(&pool),
			vec![RuntimeCall::Computations(pallet_computations::Call::commit_result {
				id,
				commitment: expected
			})]
		);

		assert_eq!(nonces(&pool), vec![0]);

		// The next blocks neither fetch nor compute again (no request is expected), and the
		// commitment is resent only after `ResubmitAfter` blocks.
		System::set_block_number(3);
		ocw(3);
		assert_eq!(submitted(&pool).len(), 1);
		System::set_block_number(5);
		ocw(5);
		assert_eq!(submitted(&pool).len(), 2);
		assert_eq!(submitted(&pool)[1], submitted(&pool)[0]);
		// The first was never included: the resend takes the chain's nonce again.
		assert_eq!(nonces(&pool), vec![0, 0]);
		// The node's metrics: one assignment seen, its two inputs fetched once, one kernel
		// run, two commitments sent (the first and its resend), nothing failed.
		let metrics = crate::metrics::read();
		assert_eq!(
			(metrics.assignments_seen, metrics.fetches, metrics.computes, metrics.commits_sent),
			(1, 2, 1, 2)
		);
		assert_eq!((metrics.reveals_sent, metrics.failed_fetch, metrics.failed_send), (0, 0, 0));
		// The kernel ran natively: the host function answers in an off-chain worker.
		assert_eq!(metrics.native_computes, 1);
	});
}

#[test]
fn transactions_of_one_block_are_numbered_in_turn() {
	let Env { mut ext, offchain, pool } = env();
	ext.execute_with(|| {
		let first = assigned_gradient();
		// A second order on the same inputs, also assigned to node 0.
		assert_ok!(Computations::submit_computation(RuntimeOrigin::signed(customer()), order()));
		Computations::on_initialize(2);
		let second = first + 1;
		assert_eq!(
			pallet_computations::Computations::<Test>::get(second).unwrap().slots[0].node,
			0
		);
		for _ in 0..2 {
			expect_get(&offchain, &model(), model());
			expect_get(&offchain, SHARD, SHARD.to_vec());
		}
		ocw(2);
		assert_eq!(nonces(&pool), vec![0, 1]);
		let mut ids: Vec<u64> = submitted(&pool)
			.into_iter()
			.map(|call| match call {
				RuntimeCall::Computations(pallet_computations::Call::commit_result {
					id, ..
				}) => id,
				_ => panic!("a commitment"),
			})
			.collect();
		ids.sort();
		assert_eq!(ids, vec![first, second]);
	});
}

/// Committed without this worker's state (another machine, or state lost): revealing a fresh
/// computation would be equivocation, so nothing is fetched or sent.
#[test]
fn a_committed_assignment_is_left_alone() {
	let Env { mut ext, offchain: _, pool } = env();
	ext.execute_with(|| {
		let id = assigned_gradient();
		let worker = WORKER.with(|w| w.borrow().unwrap());
		assert_ok!(Computations::commit_result(RuntimeOrigin::signed(worker), id, [1; 32]));
		ocw(2);
		assert!(submitted(&pool).is_empty());
	});
}

#[test]
fn a_block_that_does_not_match_its_content_id_is_refused() {
	let Env { mut ext, offchain, pool } = env();
	ext.execute_with(|| {
		let id = assigned_gradient();
		expect_get(&offchain, &model(), b"not the model".to_vec());
		ocw(2);
		assert!(submitted(&pool).is_empty());
		let state: WorkState =
			StorageValueRef::persistent(&state_key(0, id)).get().unwrap().unwrap();
		assert_eq!(state.output, None, "nothing is kept from a failed fetch");
		assert_eq!(state.unavailable_since, Some((2, 0)), "but when it first failed");
	});
}

#[test]
fn an_input_that_cannot_be_had_is_reported_unavailable_after_a_while() {
	let Env { mut ext, offchain, pool } = env();
	ext.execute_with(|| {
		let id = assigned_gradient();
		// The model is served, the samples never are (a gateway that answers with the wrong
		// bytes, as one without the block may).
		for n in 2..=4 {
			System::set_block_number(n);
			expect_get(&offchain, &model(), model());
			expect_get(&offchain, SHARD, b"not the shard".to_vec());
			ocw(n);
			if n < 4 {
				assert!(submitted(&pool).is_empty(), "still patient in block {n}");
			}
		}
		// `ReportUnavailableAfter` (2) blocks after the first failure: reported, sample input 1.
		assert_eq!(
			submitted(&pool),
			vec![RuntimeCall::Computations(pallet_computations::Call::report_unavailable {
				id,
				reason: Unavailability::Input(1),
			})]
		);
		include(&pool);
		// k = 1: the only node reported, the computation ended and the node is paid its time.
		let settled = System::events().into_iter().find_map(|r| match r.event {
			RuntimeEvent::Computations(pallet_computations::Event::ComputationUnavailable {
				id: ended,
				paid,
				protocol_fee,
				refunded,
			}) if ended == id => Some((paid + protocol_fee, refunded)),
			_ => None,
		});
		// 10 % of the node's fee (1 per CU) for its time; the rest of the budget of 1,000 CU
		// goes back to the customer.
		let (paid, refunded) = settled.expect("the computation ended as unavailable");
		assert!(paid > 0);
		assert_eq!(paid + refunded, 1_000);
		assert!(pallet_computations::Computations::<Test>::get(id).is_none());
		System::set_block_number(5);
		ocw(5);
		assert!(submitted(&pool).is_empty());
		// Three blocks of failed fetches, counted by cause; nothing computed or committed.
		let metrics = crate::metrics::read();
		assert_eq!((metrics.failed_fetch, metrics.computes, metrics.commits_sent), (3, 0, 0));
	});
}

#[test]
fn an_input_still_missing_as_the_window_closes_is_reported_then() {
	let Env { mut ext, offchain, pool } = env();
	ext.execute_with(|| {
		let id = assigned_gradient();
		// The worker first looks at it 3 blocks before its window (block 12) closes: with
		// `ResubmitAfter` = 3, that is the last chance for a report to land.
		let end = pallet_computations::Computations::<Test>::get(id).unwrap().slots[0].window_end;
		System::set_block_number(end - 3);
		expect_get(&offchain, &model(), b"not the model".to_vec());
		ocw(end - 3);
		assert_eq!(
			submitted(&pool),
			vec![RuntimeCall::Computations(pallet_computations::Call::report_unavailable {
				id,
				reason: Unavailability::Input(0),
			})]
		);
	});
}

#[test]
fn a_bad_answer_leaves_the_work_for_a_later_block() {
	let Env { mut ext, offchain, pool } = env();
	ext.execute_with(|| {
		let id = assigned_gradient();
		expect_get(&offchain, &model(), model());
		expect_get(&offchain, SHARD, SHARD[..100].to_vec());
		ocw(2);
		assert!(submitted(&pool).is_empty());
		// Next block the gateway answers right: the work is done then.
		let shard: Vec<Sample> = Decode::decode(&mut &SHARD[..]).unwrap();
		let gradient = Model::zeros(10, 64).gradient(&shard).unwrap().encode();
		expect_get(&offchain, &model(), model());
		expect_get(&offchain, SHARD, SHARD.to_vec());
		System::set_block_number(3);
		ocw(3);
		assert_eq!(submitted(&pool).len(), 1);
		let state: WorkState =
			StorageValueRef::persistent(&state_key(0, id)).get().unwrap().unwrap();
		assert_eq!(state.output, Some(gradient));
	});
}

#[test]
fn inputs_the_kernel_refuses_are_not_fetched_again() {
	let Env { mut ext, offchain, pool } = env();
	ext.execute_with(|| {
		let id = assigned_gradient();
		// The "model" and "shard" swapped: valid blocks, but not what the kernel takes.
		let c = pallet_computations::Computations::<Test>::get(id).unwrap();
		let mut swapped = c.clone();
		let mut inputs = c.inputs.to_vec();
		inputs.swap(0, 1);
		swapped.inputs = BoundedVec::truncate_from(inputs);
		pallet_computations::Computations::<Test>::insert(id, swapped);
		expect_get(&offchain, SHARD, SHARD.to_vec());
		expect_get(&offchain, &model(), model());
		ocw(2);
		// Said at once: the node cannot deliver, and is not penalized for it.
		let report = RuntimeCall::Computations(pallet_computations::Call::report_unavailable {
			id,
			reason: Unavailability::Refused,
		});
		assert_eq!(submitted(&pool), vec![report.clone()]);
		let state: WorkState =
			StorageValueRef::persistent(&state_key(0, id)).get().unwrap().unwrap();
		assert!(state.refused);
		// No request is expected any more; the report is resent only if it did not land.
		System::set_block_number(3);
		ocw(3);
		assert_eq!(submitted(&pool).len(), 1);
		System::set_block_number(5);
		ocw(5);
		assert_eq!(submitted(&pool), vec![report.clone(), report]);
	});
}

#[test]
fn inputs_wider_than_the_definition_says_are_refused_before_running() {
	let Env { mut ext, offchain, pool } = env();
	ext.execute_with(|| {
		let id = assigned_gradient();
		// The chain priced the order for 32-feature samples; the model and shard have 64, and
		// would take about twice the work paid for.
		let def = pallet_computations::Computations::<Test>::get(id).unwrap().definition;
		pallet_computations::Definitions::<Test>::mutate(def, |d| {
			d.as_mut().unwrap().features = 32
		});
		expect_get(&offchain, &model(), model());
		expect_get(&offchain, SHARD, SHARD.to_vec());
		ocw(2);
		// The customer's order is wrong, not the node: it reports the inputs refused.
		let report = RuntimeCall::Computations(pallet_computations::Call::report_unavailable {
			id,
			reason: Unavailability::Refused,
		});
		assert_eq!(submitted(&pool), vec![report]);
		let state: WorkState =
			StorageValueRef::persistent(&state_key(0, id)).get().unwrap().unwrap();
		assert!(state.refused);
		assert_eq!(state.output, None, "nothing was computed");
	});
}

#[test]
fn the_worker_sends_one_heartbeat_an_epoch() {
	let Env { mut ext, pool, .. } = env();
	ext.execute_with(|| {
		pallet_computations::Heartbeats::<Test>::remove(0);
		System::set_block_number(2);
		ocw(2);
		let beat = RuntimeCall::Computations(pallet_computations::Call::heartbeat {});
		assert_eq!(submitted(&pool), vec![beat.clone()]);
		// Not again while it may still land.
		System::set_block_number(3);
		ocw(3);
		assert_eq!(submitted(&pool).len(), 1);
		include(&pool);
		assert_eq!(pallet_computations::Heartbeats::<Test>::get(0).map(|l| l.last), Some(0));
		System::set_block_number(20);
		ocw(20);
		assert!(submitted(&pool).is_empty(), "the chain has this epoch's");
		// The next epoch needs its own.
		set_epoch(1);
		ocw(20);
		assert_eq!(submitted(&pool), vec![beat]);
		include(&pool);
		let liveness = pallet_computations::Heartbeats::<Test>::get(0).unwrap();
		assert_eq!((liveness.first, liveness.last, liveness.uptime(2)), (0, 1, Perbill::one()));
	});
}

/// Apply the calls the worker put in the pool, signed by the worker key, and empty the pool.
fn include(pool: &Arc<parking_lot::RwLock<PoolState>>) {
	let worker = WORKER.with(|w| w.borrow().unwrap());
	for call in submitted(pool) {
		assert_ok!(call.dispatch(RuntimeOrigin::signed(worker)));
	}
	pool.write().transactions.clear();
}

#[test]
fn once_committed_the_worker_reveals_with_the_gradient() {
	let Env { mut ext, offchain, pool } = env();
	ext.execute_with(|| {
		let id = assigned_gradient();
		let shard: Vec<Sample> = Decode::decode(&mut &SHARD[..]).unwrap();
		let gradient = Model::zeros(10, 64).gradient(&shard).unwrap().encode();
		expect_get(&offchain, &model(), model());
		expect_get(&offchain, SHARD, SHARD.to_vec());
		ocw(2);
		include(&pool);
		// k = 1: the commitment completes the set; the replay sample is drawn two blocks later
		// (`DRAW_DELAY`), and nothing is revealed before.
		let phase = || pallet_proofs::Verifications::<Test>::get(id).map(|v| v.phase);
		assert_eq!(phase(), Some(pallet_proofs::Phase::Drawing));
		System::set_block_number(3);
		Proofs::on_initialize(3);
		ocw(3);
		assert!(submitted(&pool).is_empty(), "no reveal while the draw is pending");
		// The draw opens the reveal window. Now that the commitment is on chain, the output is
		// published with the reveal.
		System::set_block_number(4);
		Proofs::on_initialize(4);
		assert_eq!(phase(), Some(pallet_proofs::Phase::Revealing));
		expect_publish(&offchain, &gradient);
		ocw(4);
		let state: WorkState =
			StorageValueRef::persistent(&state_key(0, id)).get().unwrap().unwrap();
		assert_eq!(state.revealed_at, Some(4));
		assert_eq!(
			submitted(&pool),
			vec![RuntimeCall::Proofs(pallet_proofs::Call::reveal {
				id,
				result: ContentId::of(&gradient),
				loss: None,
				salt: state.salt,
				output: Some(BoundedVec::truncate_from(gradient.clone())),
			})]
		);
		// The reveal settles it: verified, paid and closed.
		include(&pool);
		assert!(pallet_computations::Computations::<Test>::get(id).is_none());
		System::assert_has_event(
			pallet_proofs::Event::Verdict {
				id,
				result: ContentId::of(&gradient),
				basis: pallet_proofs::Basis::Unanimous,
				agreed: 1,
				wrong: 0,
			}
			.into(),
		);
	});
}

#[test]
fn a_verifier_submits_its_replay() {
	let Env { mut ext, offchain, pool } = env();
	ext.execute_with(|| {
		let id = assigned_gradient();
		// Node 0's worker is the verifier of a computation node 1 committed to.
		under_verification(id, 1, 0, vec![], pallet_proofs::Phase::AwaitingReplay, None);
		let shard: Vec<Sample> = Decode::decode(&mut &SHARD[..]).unwrap();
		let gradient = Model::zeros(10, 64).gradient(&shard).unwrap().encode();
		expect_get(&offchain, &model(), model());
		expect_get(&offchain, SHARD, SHARD.to_vec());
		expect_publish(&offchain, &gradient);
		ocw(2);
		assert_eq!(
			submitted(&pool),
			vec![RuntimeCall::Proofs(pallet_proofs::Call::submit_replay {
				id,
				result: ContentId::of(&gradient),
				loss: None,
				output: Some(BoundedVec::truncate_from(gradient.clone())),
			})]
		);
	});
}

/// Make computation `id` (node 0's gradient) look committed by `executor`, with verifier
/// `verifier` and `panel`, in verification `phase` with `replay` as the verifier's result.
fn under_verification(
	id: u64,
	executor: corex_primitives::NodeId,
	verifier: corex_primitives::NodeId,
	panel: Vec<corex_primitives::NodeId>,
	phase: pallet_proofs::Phase,
	replay: Option<pallet_proofs::Outcome>,
) {
	let mut c = pallet_computations::Computations::<Test>::get(id).unwrap();
	// Every node of the computation stays indexed under it, as the queue keeps them.
	let index = |node, indexed: bool| {
		if indexed == pallet_computations::NodeAssignments::<Test>::contains_key(node, id) {
			return;
		}
		if indexed {
			pallet_computations::NodeAssignments::<Test>::insert(node, id, ());
		} else {
			pallet_computations::NodeAssignments::<Test>::remove(node, id);
		}
		pallet_computations::AssignmentCount::<Test>::mutate_exists(node, |n| {
			let count = if indexed { n.unwrap_or(0) + 1 } else { n.unwrap_or(1) - 1 };
			*n = (count > 0).then_some(count);
		});
	};
	index(c.slots[0].node, false);
	for node in [executor, verifier].into_iter().chain(panel.iter().copied()) {
		index(node, true);
	}
	c.slots[0].node = executor;
	c.slots[0].commitment = Some([9; 32]);
	c.status = corex_primitives::ComputationStatus::Committed;
	c.verifier = Some(verifier);
	c.panel = BoundedVec::truncate_from(panel);
	c.timer = None;
	pallet_computations::Timers::<Test>::remove(c.slots[0].window_end + 1, id);
	pallet_computations::Timers::<Test>::remove(c.deadline, id);
	pallet_computations::Computations::<Test>::insert(id, c);
	pallet_proofs::Verifications::<Test>::insert(
		id,
		pallet_proofs::Verification { phase, until: 10, verifier: Some(verifier), replay },
	);
	// The phase ends with its timer, the block after `until`.
	pallet_proofs::Timers::<Test>::insert(11, id, ());
}

fn outcome_of(bytes: &[u8]) -> pallet_proofs::Outcome {
	pallet_proofs::Outcome { result: ContentId::of(bytes), loss: None }
}

#[test]
fn an_executor_a_verifier_finds_wrong_disputes_the_verdict_once() {
	let Env { mut ext, offchain: _, pool } = env();
	ext.execute_with(|| {
		let id = assigned_gradient();
		// Node 0 revealed its gradient; the verifier (node 1) proposes another result.
		let ours = outcome_of(b"node 0's gradient");
		pallet_proofs::Reveals::<Test>::insert(id, 0, pallet_proofs::Revealed::Valid(ours));
		let theirs = outcome_of(b"something else");
		under_verification(id, 0, 1, vec![], pallet_proofs::Phase::Disputable, Some(theirs));
		assert!(pallet_proofs::Pallet::<Test>::proposed_against(id, 0));
		ocw(2);
		assert_eq!(
			submitted(&pool),
			vec![RuntimeCall::Proofs(pallet_proofs::Call::dispute { id })],
			"the dispute is sent without computing anything again"
		);
		pool.write().transactions.clear();
		// Not again while it may still land.
		ocw(2);
		assert!(submitted(&pool).is_empty());
		// A verdict that agrees with the node is not disputed.
		pallet_proofs::Verifications::<Test>::mutate(id, |v| {
			v.as_mut().unwrap().replay = Some(ours);
		});
		assert!(!pallet_proofs::Pallet::<Test>::proposed_against(id, 0));
		StorageValueRef::persistent(&state_key(0, id)).clear();
		ocw(2);
		assert!(submitted(&pool).is_empty());
	});
}

#[test]
fn a_panel_member_replays_a_disputed_computation() {
	let Env { mut ext, offchain, pool } = env();
	ext.execute_with(|| {
		let id = assigned_gradient();
		// Node 0's worker sits on the panel of a dispute of node 2's verdict on node 1's result.
		under_verification(
			id,
			1,
			2,
			vec![0],
			pallet_proofs::Phase::Disputed,
			Some(outcome_of(b"the verifier's")),
		);
		pallet_proofs::Disputes::<Test>::insert(
			id,
			pallet_proofs::Dispute {
				node: 1,
				account: customer(),
				bond: 0,
				replays: BoundedVec::truncate_from(vec![(0, None)]),
			},
		);
		let shard: Vec<Sample> = Decode::decode(&mut &SHARD[..]).unwrap();
		let gradient = Model::zeros(10, 64).gradient(&shard).unwrap().encode();
		expect_get(&offchain, &model(), model());
		expect_get(&offchain, SHARD, SHARD.to_vec());
		expect_publish(&offchain, &gradient);
		ocw(2);
		assert_eq!(
			submitted(&pool),
			vec![RuntimeCall::Proofs(pallet_proofs::Call::submit_replay {
				id,
				result: ContentId::of(&gradient),
				loss: None,
				output: Some(BoundedVec::truncate_from(gradient.clone())),
			})]
		);
	});
}

#[test]
fn the_worker_answers_its_nodes_probe_once() {
	let Env { mut ext, offchain: _, pool } = env();
	ext.execute_with(|| {
		System::set_block_number(2);
		let open =
			pallet_computations::OpenProbe { seed: [3; 32], samples: 200, issued: 2, deadline: 9 };
		pallet_computations::Probes::<Test>::insert(0, open);
		let labels = corex_compute::probe::Probe { seed: [3; 32], samples: 200 }.answer().unwrap();
		ocw(2);
		assert_eq!(
			submitted(&pool),
			vec![RuntimeCall::Computations(pallet_computations::Call::submit_probe {
				labels: BoundedVec::truncate_from(labels),
			})]
		);
		// Not again while the answer may still land.
		ocw(2);
		assert_eq!(submitted(&pool).len(), 1);
		include(&pool);
		System::assert_has_event(
			pallet_computations::Event::ProbeAnswered { node: 0, passed: true, blocks: 1 }.into(),
		);
		assert!(pallet_computations::Probes::<Test>::get(0).is_none());
	});
}

/// The aggregation fetches each gradient with the size bound the queue declares for it: a real
/// gradient of the digits model must fit (it is 4 bytes longer than the model).
#[test]
fn a_gradient_fits_the_size_its_aggregation_declares() {
	let shard: Vec<Sample> = Decode::decode(&mut &SHARD[..]).unwrap();
	let model = Model::zeros(10, 64);
	let gradient = model.gradient(&shard).unwrap().encode();
	assert_eq!(gradient.len(), model.encode().len() + 4);
	assert!(
		gradient.len() as u32 <= pallet_computations::gradient_size(model.encode().len() as u32)
	);
}

#[test]
fn the_worker_submits_its_key_share_once_and_keeps_the_secret_off_chain() {
	let Env { mut ext, pool, offchain } = env();
	// Without randomness (the test externalities' seed is all zeros) no share is made at all.
	ext.execute_with(|| {
		assert_eq!(crate::keys::secret_share(9, 0), None);
	});
	offchain.write().seed = [7; 32];
	ext.execute_with(|| {
		use corex_primitives::cluster_key::{self, SecretShare};
		use pallet_clusters::{
			AcceptanceMode, ClusterStatus, ClusterTerms, Clusters as ClusterRecords, Replacement,
			TeeRequirement,
		};
		assert_ok!(Clusters::create_cluster(
			RuntimeOrigin::signed(customer()),
			BoundedVec::truncate_from(vec![0, 1]),
			BoundedVec::new(),
			ClusterTerms {
				mode: AcceptanceMode::Unanimous,
				tee: TeeRequirement::Any,
				price_per_cu: 1,
				capacity: 1_000,
				replacement: Replacement::StandbysOnly,
			},
		));
		// Forming: nothing to do yet.
		System::set_block_number(2);
		ocw(2);
		assert!(submitted(&pool).is_empty());
		for node in 0..2 {
			let operator = <MockNodes as corex_primitives::NodeInfo<_>>::operator(node).unwrap();
			assert_ok!(Clusters::accept_invitation(RuntimeOrigin::signed(operator), 0, node));
		}
		assert_eq!(ClusterRecords::<Test>::get(0).unwrap().status, ClusterStatus::Keying);
		System::set_block_number(3);
		ocw(3);
		let calls = submitted(&pool);
		let [RuntimeCall::Clusters(pallet_clusters::Call::submit_key_share {
			cluster: 0,
			node: 0,
			share,
			proof,
		})] = &calls[..]
		else {
			panic!("one key share submission, got {calls:?}");
		};
		assert!(cluster_key::verify_possession(0, share, proof));
		// The secret stays in the node's off-chain storage, and matches the public share.
		let stored = StorageValueRef::persistent(&crate::keys::share_key(0, 0))
			.get::<[u8; 32]>()
			.unwrap()
			.unwrap();
		assert_eq!(SecretShare::from_bytes(stored).unwrap().public(), *share);
		// Not sent again while the first may still land; once on chain, never again.
		ocw(3);
		assert_eq!(submitted(&pool).len(), 1);
		include(&pool);
		let cluster = ClusterRecords::<Test>::get(0).unwrap();
		assert_eq!(cluster.members[0].share, Some(*share));
		System::set_block_number(20);
		ocw(20);
		assert!(submitted(&pool).is_empty());
	});
}

#[test]
fn the_worker_reports_a_fellow_member_that_is_no_longer_active() {
	let Env { mut ext, pool, .. } = env();
	ext.execute_with(|| {
		use pallet_clusters::{AcceptanceMode, ClusterTerms, Replacement, TeeRequirement};
		assert_ok!(Clusters::create_cluster(
			RuntimeOrigin::signed(customer()),
			BoundedVec::truncate_from(vec![0, 1]),
			BoundedVec::new(),
			ClusterTerms {
				mode: AcceptanceMode::AutoApprove,
				tee: TeeRequirement::Any,
				price_per_cu: 1,
				capacity: 1_000,
				replacement: Replacement::StandbysOnly,
			},
		));
		for node in 0..2 {
			let operator = <MockNodes as corex_primitives::NodeInfo<_>>::operator(node).unwrap();
			assert_ok!(Clusters::accept_invitation(RuntimeOrigin::signed(operator), 0, node));
		}
		System::set_block_number(2);
		ocw(2);
		pool.write().transactions.clear();
		set_status(1, corex_primitives::NodeStatus::Suspended);
		System::set_block_number(3);
		ocw(3);
		let calls = submitted(&pool);
		assert!(calls.contains(&RuntimeCall::Clusters(pallet_clusters::Call::report_member {
			cluster: 0,
			node: 1
		})));
		include(&pool);
		assert_eq!(pallet_clusters::ForcedForks::<Test>::get(0), Some(1));
		// Reported once: the fork is queued.
		System::set_block_number(20);
		ocw(20);
		assert!(submitted(&pool).is_empty());
	});
}

/// An inference definition under the exact policy (definition 0), nodes 0 to 2 offered, and
/// the customer's batch over the zero model and the shards `list` names (`fragments` of at most
/// `shard_size` bytes), assigned to node 0.
fn assigned_batch(list: &[u8], fragments: u32, shard_size: u32) -> u64 {
	let exact = VerificationPolicy { mode: VerificationMode::Exact, replay_rate: Perbill::zero() };
	let new = NewDefinition {
		kind: ComputationKind::Inference,
		spec: cid_input(b"softmax-regression 64x10"),
		features: 64,
		policy: exact,
		device_class: None,
		min_tier: 1,
	};
	assert_ok!(Computations::register_definition(RuntimeOrigin::signed(customer()), new));
	for node in 0..3 {
		let operator = <MockNodes as corex_primitives::NodeInfo<_>>::operator(node).unwrap();
		assert_ok!(Computations::offer_node(RuntimeOrigin::signed(operator), node));
	}
	let order = pallet_computations::BatchOrder {
		definition: 0,
		inputs: BoundedVec::truncate_from(vec![InputRef {
			cid: cid_input(&model()),
			size: model().len() as u32,
		}]),
		shards: cid_input(list),
		fragments,
		shard_size,
		cu_budget: 100_000,
		fee_per_cu: 1,
		deadline: 100,
		redundancy: 1,
	};
	assert_ok!(Computations::submit_batch(RuntimeOrigin::signed(customer()), order));
	System::set_block_number(2);
	Computations::on_initialize(2);
	let c = pallet_computations::Computations::<Test>::get(0).unwrap();
	assert_eq!(c.slots[0].node, 0);
	0
}

/// The first `n` digits shards, their shard list and their largest size.
fn shards(n: usize) -> (Vec<&'static [u8]>, Vec<u8>, u32) {
	use corex_primitives::batch::{shard_list, Shard};
	let shards: Vec<&[u8]> = corex_test_utils::digits::TRAIN[..n].to_vec();
	let list: Vec<Shard> =
		shards.iter().map(|s| Shard { cid: ContentId::of(s), size: s.len() as u32 }).collect();
	let largest = shards.iter().map(|s| s.len() as u32).max().unwrap();
	(shards, shard_list(&list), largest)
}

#[test]
fn a_batch_is_computed_fragment_by_fragment_and_answered_with_its_manifest() {
	let Env { mut ext, offchain, pool } = env();
	ext.execute_with(|| {
		let (shards, list, largest) = shards(3);
		let id = assigned_batch(&list, 3, largest);
		let outputs: Vec<Vec<u8>> = shards
			.iter()
			.map(|s| {
				let samples: Vec<Sample> = Decode::decode(&mut &s[..]).unwrap();
				Model::zeros(10, 64).predict(&samples).unwrap().encode()
			})
			.collect();
		let ids: Vec<ContentId> = outputs.iter().map(|o| ContentId::of(o)).collect();
		let manifest = corex_primitives::batch::manifest(&ids);
		expect_get(&offchain, &model(), model());
		expect_get(&offchain, &list, list.clone());
		for shard in &shards {
			expect_get(&offchain, shard, shard.to_vec());
		}
		// One commitment, to the manifest; nothing published yet.
		ocw(2);
		let state: WorkState =
			StorageValueRef::persistent(&state_key(0, id)).get().unwrap().unwrap();
		assert_eq!(state.output.as_deref(), Some(&manifest[..]));
		let outcome = pallet_proofs::Outcome { result: ContentId::of(&manifest), loss: None };
		let expected = pallet_proofs::commitment::<Test>(id, 0, &outcome, &state.salt);
		assert_eq!(
			submitted(&pool),
			vec![RuntimeCall::Computations(pallet_computations::Call::commit_result {
				id,
				commitment: expected
			})]
		);
		let metrics = crate::metrics::read();
		assert_eq!((metrics.fetches, metrics.computes, metrics.native_computes), (5, 3, 3));
		include(&pool);
		for n in 3..=4 {
			System::set_block_number(n);
			Proofs::on_initialize(n);
		}
		// The reveal publishes every fragment's output, then the manifest, and carries no
		// output: the chain compares the manifests' content ids.
		for output in &outputs {
			expect_publish(&offchain, output);
		}
		expect_publish(&offchain, &manifest);
		ocw(4);
		assert_eq!(
			submitted(&pool),
			vec![RuntimeCall::Proofs(pallet_proofs::Call::reveal {
				id,
				result: ContentId::of(&manifest),
				loss: None,
				salt: state.salt,
				output: None,
			})]
		);
		include(&pool);
		System::assert_has_event(
			pallet_proofs::Event::Verdict {
				id,
				result: ContentId::of(&manifest),
				basis: pallet_proofs::Basis::Unanimous,
				agreed: 1,
				wrong: 0,
			}
			.into(),
		);
		// Closed: the next block forgets the work and the fragments' outputs.
		System::set_block_number(5);
		ocw(5);
		assert!(StorageValueRef::persistent(&crate::batch::parts_key(0, id))
			.get::<Vec<Vec<u8>>>()
			.unwrap()
			.is_none());
	});
}

#[test]
fn a_shard_list_that_is_not_the_batchs_is_refused_at_the_customers_cost() {
	let Env { mut ext, offchain, pool } = env();
	ext.execute_with(|| {
		// The list names two shards; the batch declares three.
		let (_, list, largest) = shards(2);
		let id = assigned_batch(&list, 3, largest);
		expect_get(&offchain, &model(), model());
		expect_get(&offchain, &list, list.clone());
		ocw(2);
		assert_eq!(
			submitted(&pool),
			vec![RuntimeCall::Computations(pallet_computations::Call::report_unavailable {
				id,
				reason: Unavailability::Refused,
			})]
		);
		let state: WorkState =
			StorageValueRef::persistent(&state_key(0, id)).get().unwrap().unwrap();
		assert!(state.refused);
		assert_eq!(crate::metrics::read().failed_refused, 1);
	});
}
