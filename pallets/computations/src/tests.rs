//! Tests of the computation queue: definitions, orders, the queue, assignment, commitments,
//! timers, the lifecycle hand-off and training jobs. Every test ends with `try_state` and a
//! check that issuance did not move.

use crate::mock::Computations;
use crate::pallet::Computations as Records;
use crate::{mock::*, *};
use corex_primitives::{
	ComputationStatus, DeviceClass, NodeStatus, SlashReason, VerificationMode, VerificationPolicy,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::Get,
	traits::{fungible::InspectHold, fungible::MutateHold},
	BoundedVec,
};
use sp_runtime::{traits::Zero, Perbill};

type Lifecycle = Pallet<Test>;

const EXACT: VerificationPolicy =
	VerificationPolicy { mode: VerificationMode::Exact, replay_rate: Perbill::zero() };
/// The definitions' sample width (the digits': 64 features).
const FEATURES: u32 = 64;
/// Fee per CU of most orders (base 2 + priority 1).
const FEE: Balance = 3;

fn cid(n: u8) -> CidInput {
	BoundedVec::truncate_from(ContentId::of(&[n]).to_cid_string().to_vec())
}

/// Inputs as `(cid, size)` pairs, as the calls take them.
fn refs<S: Get<u32>>(pairs: BoundedVec<(CidInput, u32), S>) -> BoundedVec<InputRef, S> {
	BoundedVec::truncate_from(pairs.into_iter().map(|(cid, size)| InputRef { cid, size }).collect())
}

/// `register_definition` with the fields of its `NewDefinition` in order.
fn register_definition(
	origin: RuntimeOrigin,
	kind: ComputationKind,
	spec: CidInput,
	features: u32,
	policy: VerificationPolicy,
	device_class: Option<DeviceClass>,
	min_tier: u8,
) -> DispatchResult {
	let new = NewDefinition { kind, spec, features, policy, device_class, min_tier };
	Computations::register_definition(origin, new)
}

/// `submit_computation` with the fields of its `ComputationOrder` in order.
fn submit_computation(
	origin: RuntimeOrigin,
	definition: DefinitionId,
	inputs: BoundedVec<(CidInput, u32), <Test as Config>::MaxInputs>,
	cu_budget: ComputeUnits,
	fee_per_cu: Balance,
	deadline: u64,
	redundancy: u8,
) -> DispatchResult {
	let inputs = refs(inputs);
	let order =
		ComputationOrder { definition, inputs, cu_budget, fee_per_cu, deadline, redundancy };
	Computations::submit_computation(origin, order)
}

/// `submit_training_job` with the fields of its `TrainingJobOrder` in order.
#[allow(clippy::too_many_arguments)]
fn submit_training_job(
	origin: RuntimeOrigin,
	definition: DefinitionId,
	shards: BoundedVec<(CidInput, u32), <Test as Config>::MaxShardsPerJob>,
	(validation, validation_size): (CidInput, u32),
	(model, model_size): (CidInput, u32),
	rounds: u16,
	learning_rate: u32,
	redundancy: u8,
	fee_per_cu: Balance,
	fragment_blocks: u32,
) -> DispatchResult {
	let job = TrainingJobOrder {
		definition,
		shards: refs(shards),
		validation: InputRef { cid: validation, size: validation_size },
		model: InputRef { cid: model, size: model_size },
		rounds,
		learning_rate,
		redundancy,
		fee_per_cu,
		fragment_blocks,
	};
	Computations::submit_training_job(origin, job)
}

fn content(n: u8) -> ContentId {
	ContentId::of(&[n])
}

fn escrow_of(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::Escrow.into(), &who)
}

/// Bob registers a definition of `kind`; returns its id.
fn define(kind: ComputationKind) -> DefinitionId {
	let id = NextDefinitionId::<Test>::get();
	assert_ok!(register_definition(
		RuntimeOrigin::signed(BOB),
		kind,
		cid(200),
		FEATURES,
		EXACT,
		None,
		1,
	));
	id
}

/// The model (1,024 bytes: one class over 64 features) and 120 samples (8,042 bytes: a 2-byte
/// count, then 67 bytes per sample) of an inference: 120 × (1 × 65 + 128) = 23,160 operations,
/// 12 CU per executor (`price`).
fn inputs() -> BoundedVec<(CidInput, u32), <Test as Config>::MaxInputs> {
	BoundedVec::truncate_from(vec![(cid(1), 1024), (cid(2), 8042)])
}

/// The chain's price of one run of `kind` over inputs of `sizes` bytes, `FEATURES` wide.
fn price(kind: ComputationKind, sizes: &[u32]) -> ComputeUnits {
	Computations::price(kind, FEATURES, sizes).unwrap()
}

#[test]
fn the_chain_prices_orders_from_the_kernel_and_the_sizes() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(price(ComputationKind::Inference, &[1024, 8042]), 12);
		// The customer declares no cost: twice the samples cost twice as much.
		assert_eq!(price(ComputationKind::Inference, &[1024, 2 + 240 * 67]), 24);
		// A gradient does more per sample: 120 × (1 × (2 × 64 + 24) + 128) = 33,600, 17 CU.
		assert_eq!(price(ComputationKind::GradientStep, &[1024, 8042]), 17);
		// A data transform, less: 120 × (32 + 128) = 19,200, 10 CU.
		assert_eq!(price(ComputationKind::DataTransform, &[8042]), 10);
		let def = define(ComputationKind::Inference);
		assert_eq!(Computations::order_cost(def, vec![1024, 8042]), Some(12));
		assert_eq!(Computations::order_cost(def, vec![1024]), None, "an input missing");
		assert_eq!(Computations::order_cost(99, vec![1024, 8042]), None, "no such definition");
		let id = order(def, 1);
		assert_eq!(Records::<Test>::get(id).unwrap().cu, 12);
	});
}

/// Alice's order of `definition` with budget 20 CU, the given fee, deadline block 50 and `k`.
fn try_order(definition: DefinitionId, fee: Balance, k: u8) -> DispatchResult {
	submit_computation(RuntimeOrigin::signed(ALICE), definition, inputs(), 20, fee, 50, k)
}

/// `try_order`, which must succeed; returns the computation's id.
fn order_with(definition: DefinitionId, fee: Balance, k: u8) -> ComputationId {
	let id = NextComputationId::<Test>::get();
	assert_ok!(try_order(definition, fee, k));
	id
}

fn order(definition: DefinitionId, k: u8) -> ComputationId {
	order_with(definition, FEE, k)
}

fn status(id: ComputationId) -> Option<ComputationStatus> {
	Records::<Test>::get(id).map(|c| c.status)
}

fn assigned(id: ComputationId) -> Vec<NodeId> {
	Records::<Test>::get(id).map_or(vec![], |c| c.slots.iter().map(|s| s.node).collect())
}

/// Every assigned node of `id` commits.
fn commit_all(id: ComputationId) {
	for node in assigned(id) {
		assert_ok!(Computations::commit_result(RuntimeOrigin::signed(worker(node)), id, [7; 32]));
	}
}

// ---------------------------------------------------------------------------------------------
// Definitions
// ---------------------------------------------------------------------------------------------

#[test]
fn register_definition_holds_the_deposit() {
	ExtBuilder::default().build_and_execute(|| {
		let id = define(ComputationKind::Inference);
		System::assert_last_event(
			Event::DefinitionRegistered {
				id,
				owner: BOB,
				kind: ComputationKind::Inference,
				deposit: DEFINITION_DEPOSIT,
			}
			.into(),
		);
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::DefinitionDeposit.into(), &BOB),
			DEFINITION_DEPOSIT
		);
		let def = Definitions::<Test>::get(id).unwrap();
		assert_eq!(def.spec, content(200));
		assert_eq!(def.open, 0);
	});
}

#[test]
fn register_definition_refuses_bad_input() {
	ExtBuilder::default().build_and_execute(|| {
		let bob = RuntimeOrigin::signed(BOB);
		assert_noop!(
			register_definition(
				bob.clone(),
				ComputationKind::Aggregation,
				cid(1),
				FEATURES,
				EXACT,
				None,
				1
			),
			Error::<Test>::AggregationNotOrderable
		);
		let mut dag_pb = ContentId::of(&[1]).to_cid_bytes();
		dag_pb[1] = 0x70;
		assert_noop!(
			register_definition(
				bob.clone(),
				ComputationKind::Inference,
				BoundedVec::truncate_from(dag_pb.to_vec()),
				FEATURES,
				EXACT,
				None,
				1
			),
			Error::<Test>::InvalidCid
		);
		assert_noop!(
			register_definition(
				bob.clone(),
				ComputationKind::Inference,
				cid(1),
				FEATURES,
				EXACT,
				Some(DeviceClass::Edge),
				3
			),
			Error::<Test>::InvalidTier
		);
		assert_noop!(
			register_definition(
				bob.clone(),
				ComputationKind::Inference,
				cid(1),
				FEATURES,
				EXACT,
				None,
				5
			),
			Error::<Test>::InvalidTier
		);
		// The chain prices orders from the sample width: none, or one past the kernels' limit,
		// is refused.
		for features in [0, corex_compute::cost::MAX_FEATURES + 1] {
			assert_noop!(
				register_definition(
					bob.clone(),
					ComputationKind::Inference,
					cid(1),
					features,
					EXACT,
					None,
					1
				),
				Error::<Test>::InvalidFeatures
			);
		}
	});
}

#[test]
fn an_output_that_could_not_be_revealed_is_refused_at_the_order() {
	ExtBuilder::default().build_and_execute(|| {
		let order = |def: DefinitionId, inputs: Vec<(CidInput, u32)>| {
			submit_computation(
				RuntimeOrigin::signed(ALICE),
				def,
				BoundedVec::truncate_from(inputs),
				100,
				FEE,
				50,
				1,
			)
		};
		// A gradient step's gradient (its model's size plus 4 bytes) is always revealed, and a
		// reveal carries 8,192 bytes: a model of 16 classes × 64 features (8,336 bytes) would
		// have every honest node punished for a reveal it cannot make.
		let gradient = define(ComputationKind::GradientStep);
		assert_noop!(
			order(gradient, vec![(cid(1), 8_189), (cid(2), 100)]),
			Error::<Test>::OutputTooLarge
		);
		assert_ok!(order(gradient, vec![(cid(1), 8_188), (cid(2), 100)]));
		// Under a tolerance policy an inference's labels are revealed too: at most one per two
		// bytes of samples, plus a 5-byte length.
		let id = NextDefinitionId::<Test>::get();
		let tolerance = VerificationPolicy {
			mode: VerificationMode::Tolerance {
				metric: corex_primitives::DistanceMetric::Cosine,
				threshold: Perbill::from_percent(99),
			},
			replay_rate: Perbill::zero(),
		};
		assert_ok!(register_definition(
			RuntimeOrigin::signed(BOB),
			ComputationKind::Inference,
			cid(200),
			FEATURES,
			tolerance,
			None,
			1,
		));
		assert_noop!(order(id, vec![(cid(1), 100)]), Error::<Test>::WrongInputCount);
		assert_noop!(
			order(id, vec![(cid(1), 100), (cid(2), 16_376)]),
			Error::<Test>::OutputTooLarge
		);
		assert_ok!(order(id, vec![(cid(1), 100), (cid(2), 16_374)]));
		// Under exact agreement only the output's content id is revealed: any size will do.
		let exact = define(ComputationKind::Inference);
		assert_ok!(order(exact, vec![(cid(1), 100), (cid(2), 60_000)]));
		// A training job reveals every gradient: its model must fit too.
		let job = |model: u32| {
			submit_training_job(
				RuntimeOrigin::signed(ALICE),
				gradient,
				BoundedVec::truncate_from(vec![(cid(10), 1024)]),
				(cid(11), 1024),
				(cid(12), model),
				1,
				1 << 16,
				1,
				FEE,
				20,
			)
		};
		assert_noop!(job(8_189), Error::<Test>::OutputTooLarge);
		assert_ok!(job(8_188));
	});
}

#[test]
fn retiring_returns_the_deposit_and_closes_the_definition_to_orders() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let open = order(def, 1);
		assert_noop!(
			Computations::retire_definition(RuntimeOrigin::signed(ALICE), def),
			Error::<Test>::NotDefinitionOwner
		);
		assert_noop!(
			Computations::retire_definition(RuntimeOrigin::signed(BOB), 99),
			Error::<Test>::DefinitionNotFound
		);
		assert_ok!(Computations::retire_definition(RuntimeOrigin::signed(BOB), def));
		System::assert_last_event(Event::DefinitionRetired { id: def }.into());
		assert!(Balances::balance_on_hold(&HoldReason::DefinitionDeposit.into(), &BOB).is_zero());
		assert_noop!(
			Computations::retire_definition(RuntimeOrigin::signed(BOB), def),
			Error::<Test>::DefinitionRetired
		);
		assert_noop!(try_order(def, FEE, 1), Error::<Test>::DefinitionRetired);
		// The open computation keeps the record until it ends.
		assert!(Definitions::<Test>::contains_key(def));
		assert_ok!(Computations::cancel_computation(RuntimeOrigin::signed(ALICE), open));
		assert!(!Definitions::<Test>::contains_key(def));
	});
}

// ---------------------------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------------------------

#[test]
fn an_order_holds_its_whole_fee_and_enters_the_queue() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let free = Balances::free_balance(ALICE);
		let id = order(def, 2);
		// Budget 20 CU × fee 3 × k 2.
		assert_eq!(escrow_of(ALICE), 120);
		assert_eq!(Balances::free_balance(ALICE), free - 120);
		System::assert_last_event(
			Event::ComputationQueued {
				id,
				owner: ALICE,
				definition: def,
				cu: 12,
				fee_per_cu: FEE,
				redundancy: 2,
				escrow: 120,
				deadline: 50,
			}
			.into(),
		);
		assert_eq!(status(id), Some(ComputationStatus::Queued));
		assert_eq!(Computations::queue_head(10), vec![id]);
		assert_eq!(demand(), 24);
		assert_eq!(Definitions::<Test>::get(def).unwrap().open, 1);
	});
}

#[test]
fn orders_are_checked_before_anything_is_held() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let alice = || RuntimeOrigin::signed(ALICE);
		let submit = |definition, inputs, budget, fee, deadline, k| {
			submit_computation(alice(), definition, inputs, budget, fee, deadline, k)
		};
		assert_noop!(submit(9, inputs(), 20, FEE, 50, 1), Error::<Test>::DefinitionNotFound);
		let bad: BoundedVec<_, _> =
			BoundedVec::truncate_from(vec![(BoundedVec::truncate_from(b"bafy".to_vec()), 10)]);
		assert_noop!(submit(def, bad, 20, FEE, 50, 1), Error::<Test>::InvalidCid);
		assert_noop!(submit(def, BoundedVec::new(), 20, FEE, 50, 1), Error::<Test>::NoInputs);
		let empty = BoundedVec::truncate_from(vec![(cid(1), 0)]);
		assert_noop!(submit(def, empty, 20, FEE, 50, 1), Error::<Test>::InvalidInputSize);
		let huge = BoundedVec::truncate_from(vec![(cid(1), (1 << 20) + 1)]);
		assert_noop!(submit(def, huge, 2_000, FEE, 50, 1), Error::<Test>::InvalidInputSize);
		assert_noop!(submit(def, inputs(), 20, FEE, 50, 0), Error::<Test>::ZeroRedundancy);
		assert_noop!(submit(def, inputs(), 20, FEE, 50, 5), Error::<Test>::RedundancyAboveMaximum);
		assert_noop!(submit(def, inputs(), 20, FEE, 50, 4), Error::<Test>::NotEnoughNodes);
		assert_noop!(submit(def, inputs(), 11, FEE, 50, 1), Error::<Test>::BudgetTooLow);
		assert_noop!(submit(def, inputs(), 20, BASE_FEE - 1, 50, 1), Error::<Test>::FeeBelowBase);
		assert_noop!(submit(def, inputs(), 20, FEE, 1, 1), Error::<Test>::DeadlineInPast);
		assert_noop!(
			submit(def, inputs(), 20, FEE, 1 + WINDOW - 1, 1),
			Error::<Test>::DeadlineTooSoon
		);
		assert_noop!(submit(def, inputs(), 20, FEE, 1_002, 1), Error::<Test>::DeadlineTooFar);
		// A fee whose escrow does not fit in a balance.
		assert_noop!(submit(def, inputs(), 20, Balance::MAX / 2, 50, 1), Error::<Test>::Overflow);
		MinRedundancy::set(2);
		assert_noop!(submit(def, inputs(), 20, FEE, 50, 1), Error::<Test>::RedundancyBelowMinimum);
		MinRedundancy::set(1);
		// An account that cannot pay the escrow gets the currency's error and holds nothing.
		assert!(
			submit_computation(RuntimeOrigin::signed(3), def, inputs(), 20, FEE, 50, 1).is_err()
		);
		assert!(escrow_of(3).is_zero());
		assert!(escrow_of(ALICE).is_zero());
	});
}

#[test]
fn a_class_without_enough_offered_nodes_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(register_definition(
			RuntimeOrigin::signed(BOB),
			ComputationKind::Inference,
			cid(1),
			FEATURES,
			EXACT,
			Some(DeviceClass::Cpu),
			1,
		));
		assert_noop!(
			submit_computation(RuntimeOrigin::signed(ALICE), 0, inputs(), 20, FEE, 50, 1),
			Error::<Test>::NotEnoughNodes
		);
	});
}

#[test]
fn the_queue_is_bounded() {
	ExtBuilder::default().build_and_execute(|| {
		MaxQueueLength::set(2);
		let def = define(ComputationKind::Inference);
		order(def, 1);
		order(def, 1);
		assert_noop!(try_order(def, FEE, 1), Error::<Test>::QueueFull);
	});
}

#[test]
fn the_queue_orders_by_fee_then_age() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let cheap = order_with(def, 2, 1);
		let rich_old = order_with(def, 5, 1);
		let rich_new = order_with(def, 5, 1);
		let mid = order_with(def, 4, 1);
		assert_eq!(Computations::queue_head(10), vec![rich_old, rich_new, mid, cheap]);
		assert_eq!(Computations::queue_head(2), vec![rich_old, rich_new]);
		// One assignment per block: the richest, oldest first.
		MaxAssignmentsPerBlock::set(1);
		run_to(2);
		assert_eq!(status(rich_old), Some(ComputationStatus::Assigned));
		assert_eq!(status(rich_new), Some(ComputationStatus::Queued));
		run_to(4);
		assert_eq!(status(mid), Some(ComputationStatus::Assigned));
		assert_eq!(status(cheap), Some(ComputationStatus::Queued));
	});
}

/// The nodes `order(def, k)` placed in block 1 gets, when the seed is `known` in block 1 (what
/// the submitter, author of block 1, knows) and `later` from block 2 on (block 2's author's VRF
/// output mixed in), with an `AssignmentDelay` of `delay` blocks.
fn drawn(delay: u64, known: u8, later: u8, k: u8) -> Vec<NodeId> {
	let mut nodes = vec![];
	ExtBuilder::default().nodes(8).build_and_execute(|| {
		AssignmentDelay::set(delay);
		let def = define(ComputationKind::Inference);
		set_seed([known; 32]);
		let id = order(def, k);
		run_to(2);
		set_seed([later; 32]);
		run_to(3);
		nodes = assigned(id);
	});
	nodes
}

#[test]
fn an_order_is_assigned_from_a_seed_its_submitter_could_not_know() {
	// The attack: the submitter authors block 1 and knows the seed block 2 assigns with. With
	// assignment in the next block, the draw is fixed by that seed: it can place its order
	// only when the draw lands on its own nodes.
	let by_known: Vec<Vec<NodeId>> = (1..=6).map(|later| drawn(1, 9, later, 1)).collect();
	assert!(by_known.iter().all(|nodes| nodes.len() == 1 && *nodes == by_known[0]));
	// Two blocks later, the draw takes the next author's output too: the same known seed
	// leads to different nodes.
	let by_later: Vec<Vec<NodeId>> = (1..=6).map(|later| drawn(2, 9, later, 1)).collect();
	assert!(by_later.iter().all(|nodes| nodes.len() == 1));
	assert!(by_later.iter().any(|nodes| *nodes != by_later[0]), "{by_later:?}");

	ExtBuilder::default().nodes(8).build_and_execute(|| {
		AssignmentDelay::set(2);
		let def = define(ComputationKind::Inference);
		let id = order(def, 3);
		// Free nodes, but no attempt in the next block: the order waits out of the queue.
		assert!(Deferred::<Test>::contains_key(id));
		run_to(2);
		assert_eq!(status(id), Some(ComputationStatus::Queued));
		assert!(assigned(id).is_empty());
		run_to(3);
		assert_eq!(status(id), Some(ComputationStatus::Assigned));
		System::assert_has_event(Event::ComputationAssigned { id }.into());
		// A node that cannot serve an input puts it back in line, and the replacement is drawn
		// two blocks later too: the reporter cannot time its report to a seed it knows.
		let gone = assigned(id)[0];
		assert_ok!(Computations::report_unavailable(
			RuntimeOrigin::signed(worker(gone)),
			id,
			Unavailability::Input(0)
		));
		run_to(4);
		assert_eq!(assigned(id).len(), 2);
		run_to(5);
		assert_eq!(assigned(id).len(), 3);
		assert!(!assigned(id).contains(&gone));
	});
}

/// Bob registers an inference definition only nodes of tier 4 may run (the mock's are tier 1).
fn define_for_tier_4() -> DefinitionId {
	let id = NextDefinitionId::<Test>::get();
	assert_ok!(register_definition(
		RuntimeOrigin::signed(BOB),
		ComputationKind::Inference,
		cid(201),
		FEATURES,
		EXACT,
		None,
		4,
	));
	id
}

#[test]
fn a_computation_no_node_can_take_does_not_hold_up_the_queue() {
	ExtBuilder::default().build_and_execute(|| {
		// One attempt per block: before deferral, an order nobody could take at the head of the
		// queue blocked every order behind it until its deadline.
		MaxAssignmentsPerBlock::set(1);
		RetryDelay::set(3);
		let def = define(ComputationKind::Inference);
		let stuck = order_with(define_for_tier_4(), 9, 1);
		let behind = order_with(def, FEE, 1);
		assert_eq!(Computations::queue_head(10), vec![stuck, behind]);
		run_to(2);
		System::assert_has_event(Event::AssignmentDeferred { id: stuck, retry_at: 5 }.into());
		assert_eq!(status(stuck), Some(ComputationStatus::Queued));
		assert!(Deferred::<Test>::contains_key(stuck));
		assert_eq!(Computations::queue_head(10), vec![behind]);
		assert_eq!(
			Computations::computation_status(stuck).unwrap().status,
			ComputationStatus::Queued
		);
		run_to(3);
		assert_eq!(status(behind), Some(ComputationStatus::Assigned), "assigned one block later");
		// Back at block 5, tried (one attempt), deferred again.
		run_to(5);
		System::assert_has_event(Event::AssignmentDeferred { id: stuck, retry_at: 8 }.into());
		assert!(Deferred::<Test>::contains_key(stuck));
		// A node that can take it arrives: the next return assigns it.
		set_node(7, |n| n.tier = 4);
		assert_ok!(Computations::offer_node(RuntimeOrigin::signed(operator(7)), 7));
		run_to(7);
		assert_eq!(status(stuck), Some(ComputationStatus::Queued));
		run_to(8);
		assert_eq!(status(stuck), Some(ComputationStatus::Assigned));
		assert_eq!(assigned(stuck), vec![7]);
		assert!(!Deferred::<Test>::contains_key(stuck));
	});
}

#[test]
fn a_deferred_computation_counts_in_the_queue_and_can_be_cancelled_or_expire() {
	ExtBuilder::default().build_and_execute(|| {
		RetryDelay::set(3);
		let def = define(ComputationKind::Inference);
		let tier_4 = define_for_tier_4();
		let stuck = order(tier_4, 1);
		let expiring = order(tier_4, 1);
		run_to(2);
		assert_eq!(Deferred::<Test>::count(), 2);
		// MaxQueueLength is 8: six more orders fill it, deferred ones included.
		let fillers: Vec<ComputationId> = (0..6).map(|_| order(def, 1)).collect();
		assert_noop!(try_order(def, FEE, 1), Error::<Test>::QueueFull);
		// Cancelling a deferred order refunds it and frees its place.
		let free = Balances::free_balance(ALICE);
		assert_ok!(Computations::cancel_computation(RuntimeOrigin::signed(ALICE), stuck));
		System::assert_last_event(Event::ComputationCancelled { id: stuck, refunded: 60 }.into());
		assert_eq!(Balances::free_balance(ALICE), free + 60);
		assert_eq!(Deferred::<Test>::count(), 1);
		let last = order(def, 1);
		for id in fillers.into_iter().chain([last]) {
			assert_ok!(Computations::cancel_computation(RuntimeOrigin::signed(ALICE), id));
		}
		// Tried every few blocks until its deadline (block 50), then it expires, refunded.
		run_to(49);
		assert!(Deferred::<Test>::contains_key(expiring));
		assert_eq!(status(expiring), Some(ComputationStatus::Queued));
		let free = Balances::free_balance(ALICE);
		run_to(50);
		System::assert_has_event(Event::ComputationExpired { id: expiring, refunded: 60 }.into());
		assert_eq!(Balances::free_balance(ALICE), free + 60);
		assert_eq!(Deferred::<Test>::count(), 0);
		assert_eq!(escrow_of(ALICE), 0);
	});
}

#[test]
fn cancel_refunds_a_queued_order_only() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let id = order(def, 1);
		let assigned_id = order(def, 1);
		assert_noop!(
			Computations::cancel_computation(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Computations::cancel_computation(RuntimeOrigin::signed(ALICE), 77),
			Error::<Test>::ComputationNotFound
		);
		let free = Balances::free_balance(ALICE);
		assert_ok!(Computations::cancel_computation(RuntimeOrigin::signed(ALICE), id));
		System::assert_last_event(Event::ComputationCancelled { id, refunded: 60 }.into());
		assert_eq!(Balances::free_balance(ALICE), free + 60);
		assert!(Records::<Test>::get(id).is_none());
		run_to(2);
		assert_eq!(status(assigned_id), Some(ComputationStatus::Assigned));
		assert_noop!(
			Computations::cancel_computation(RuntimeOrigin::signed(ALICE), assigned_id),
			Error::<Test>::AlreadyAssigned
		);
	});
}

// ---------------------------------------------------------------------------------------------
// Offered nodes and assignment
// ---------------------------------------------------------------------------------------------

#[test]
fn the_operator_and_worker_origins_are_checked_in_one_place() {
	use corex_primitives::{EnsureNodeOperator, EnsureWorker, NodeOriginError};
	use frame_support::traits::{EnsureOrigin, EnsureOriginWithArg};
	type Operator = EnsureNodeOperator<AccountId, MockNodes>;
	type Worker = EnsureWorker<AccountId, MockNodes, IdentityWorker>;
	ExtBuilder::default().nodes(2).build_and_execute(|| {
		// As the pallets check a signer.
		assert_eq!(Operator::check(&operator(1), 1), Ok(()));
		assert_eq!(Operator::check(&operator(0), 1), Err(NodeOriginError::NotOperator));
		assert_eq!(Operator::check(&operator(9), 9), Err(NodeOriginError::NodeNotFound));
		assert_eq!(Worker::node_of(&worker(1)), Ok(1));
		assert_eq!(Worker::node_of(&operator(1)), Err(NodeOriginError::UnknownWorker));
		// As origins.
		assert_eq!(
			<Operator as EnsureOriginWithArg<RuntimeOrigin, NodeId>>::try_origin(
				RuntimeOrigin::signed(operator(1)),
				&1
			)
			.ok(),
			Some(operator(1))
		);
		assert!(<Operator as EnsureOriginWithArg<RuntimeOrigin, NodeId>>::try_origin(
			RuntimeOrigin::signed(operator(1)),
			&0
		)
		.is_err());
		assert!(<Operator as EnsureOriginWithArg<RuntimeOrigin, NodeId>>::try_origin(
			RuntimeOrigin::root(),
			&1
		)
		.is_err());
		assert_eq!(
			<Worker as EnsureOrigin<RuntimeOrigin>>::try_origin(RuntimeOrigin::signed(worker(0)))
				.ok(),
			Some((worker(0), 0))
		);
		assert!(<Worker as EnsureOrigin<RuntimeOrigin>>::try_origin(RuntimeOrigin::signed(ALICE))
			.is_err());
		assert!(<Worker as EnsureOrigin<RuntimeOrigin>>::try_origin(RuntimeOrigin::none()).is_err());
		// The pallet's own errors.
		assert_noop!(
			Computations::offer_node(RuntimeOrigin::signed(operator(0)), 1),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			Computations::heartbeat(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::UnknownWorker
		);
	});
}

#[test]
fn offering_and_withdrawing_nodes() {
	ExtBuilder::default().nodes(0).build_and_execute(|| {
		add_node(0, 100);
		add_node(1, 100);
		add_node(2, 100);
		assert_noop!(
			Computations::offer_node(RuntimeOrigin::signed(operator(9)), 9),
			Error::<Test>::NodeNotFound
		);
		assert_noop!(
			Computations::offer_node(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::NotOperator
		);
		update_node(2, |n| n.status = NodeStatus::Registered);
		assert_noop!(
			Computations::offer_node(RuntimeOrigin::signed(operator(2)), 2),
			Error::<Test>::NodeNotActive
		);
		for node in 0..2 {
			assert_ok!(Computations::offer_node(RuntimeOrigin::signed(operator(node)), node));
			System::assert_last_event(Event::NodeOffered { node }.into());
		}
		assert_noop!(
			Computations::offer_node(RuntimeOrigin::signed(operator(0)), 0),
			Error::<Test>::AlreadyOffered
		);
		assert_eq!(OfferedPerClass::<Test>::get(DeviceClass::Gpu), 2);
		assert_noop!(
			Computations::withdraw_node(RuntimeOrigin::signed(operator(2)), 2),
			Error::<Test>::NotOffered
		);
		assert_noop!(
			Computations::withdraw_node(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::NotOperator
		);
		// Withdrawing the first moves the last into its place.
		assert_ok!(Computations::withdraw_node(RuntimeOrigin::signed(operator(0)), 0));
		System::assert_last_event(Event::NodeWithdrawn { node: 0 }.into());
		assert_eq!(OfferedNodes::<Test>::get(0), Some(1));
		assert_eq!(OfferedCount::<Test>::get(), 1);
		// Anyone may withdraw a node that is gone.
		remove_node(1);
		assert_ok!(Computations::withdraw_node(RuntimeOrigin::signed(ALICE), 1));
		assert_eq!(OfferedCount::<Test>::get(), 0);
		assert_eq!(OfferedPerClass::<Test>::get(DeviceClass::Gpu), 0);
	});
}

#[test]
fn offered_nodes_are_bounded() {
	ExtBuilder::default().nodes(16).build_and_execute(|| {
		add_node(16, 100);
		assert_noop!(
			Computations::offer_node(RuntimeOrigin::signed(operator(16)), 16),
			Error::<Test>::TooManyOfferedNodes
		);
	});
}

#[test]
fn assignment_takes_k_distinct_nodes_ranked_by_reputation() {
	ExtBuilder::default().nodes(4).build_and_execute(|| {
		update_node(0, |n| n.reputation = 100);
		update_node(1, |n| n.reputation = 900);
		update_node(2, |n| n.reputation = 600);
		update_node(3, |n| n.reputation = 800);
		let def = define(ComputationKind::Inference);
		let id = order(def, 2);
		run_to(2);
		assert_eq!(assigned(id), vec![1, 3]);
		let window_end = 2 + WINDOW;
		System::assert_has_event(Event::NodeAssigned { id, node: 1, window_end }.into());
		System::assert_has_event(Event::NodeAssigned { id, node: 3, window_end }.into());
		System::assert_last_event(Event::ComputationAssigned { id }.into());
		assert_eq!(Computations::assignments_of(1), vec![id]);
		assert_eq!(Computations::assignments_of(0), Vec::<ComputationId>::new());
		assert_eq!(NodeLoads::<Test>::get(1), Some(NodeLoad { epoch: 0, cu: 12 }));
		assert!(Computations::queue_head(10).is_empty());
		let view = Computations::computation_status(id).unwrap();
		assert_eq!(view.status, ComputationStatus::Assigned);
		assert_eq!(view.nodes, vec![(1, window_end, false), (3, window_end, false)]);
	});
}

#[test]
fn assignment_skips_unfit_nodes_and_waits_for_enough() {
	ExtBuilder::default().nodes(4).build_and_execute(|| {
		update_node(0, |n| n.status = NodeStatus::Suspended);
		update_node(1, |n| n.capacity = 11);
		update_node(2, |n| n.tier = 0);
		let def = define(ComputationKind::Inference);
		let id = order(def, 2);
		run_to(3);
		// Only node 3 fits: the order waits whole rather than half-assigned.
		assert_eq!(status(id), Some(ComputationStatus::Queued));
		assert!(assigned(id).is_empty());
		update_node(1, |n| n.capacity = 1_000);
		run_to(4);
		let mut nodes = assigned(id);
		nodes.sort();
		assert_eq!(nodes, vec![1, 3]);
	});
}

#[test]
fn capacity_is_per_epoch() {
	ExtBuilder::default().nodes(1).build_and_execute(|| {
		update_node(0, |n| n.capacity = 24);
		let def = define(ComputationKind::Inference);
		let a = order(def, 1);
		let b = order(def, 1);
		let c = order(def, 1);
		run_to(2);
		assert_eq!(status(a), Some(ComputationStatus::Assigned));
		assert_eq!(status(b), Some(ComputationStatus::Assigned));
		assert_eq!(status(c), Some(ComputationStatus::Queued));
		next_epoch();
		run_to(3);
		assert_eq!(status(c), Some(ComputationStatus::Assigned));
		assert_eq!(NodeLoads::<Test>::get(0), Some(NodeLoad { epoch: 1, cu: 12 }));
	});
}

#[test]
fn a_node_takes_at_most_its_assignment_limit() {
	ExtBuilder::default().nodes(1).build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let ids: Vec<_> = (0..4).map(|_| order(def, 1)).collect();
		run_to(2);
		assert_eq!(AssignmentCount::<Test>::get(0), 3);
		assert_eq!(status(ids[3]), Some(ComputationStatus::Queued));
	});
}

#[test]
fn assignment_looks_at_a_bounded_window_of_candidates() {
	ExtBuilder::default().nodes(10).build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let id = order(def, 1);
		let c = Records::<Test>::get(id).unwrap();
		let d = Definitions::<Test>::get(def).unwrap();
		let (picked, scanned) = Computations::pick_nodes(&c, &d, 1, id, &[3; 32], &[]);
		assert_eq!(scanned, 6);
		assert_eq!(picked.len(), 1);
	});
}

#[test]
fn no_operator_fills_two_slots_or_judges_its_own_nodes() {
	ExtBuilder::default().nodes(4).build_and_execute(|| {
		// Nodes 0, 1 and 2 belong to one operator; node 3 to another.
		for node in 0..3 {
			update_node(node, |n| n.owner = Some(operator(0)));
		}
		let def = define(ComputationKind::Inference);
		// Two slots: one node of each operator, never two of the same.
		let id = order(def, 2);
		run_to(2);
		let nodes = assigned(id);
		assert_eq!(nodes.len(), 2);
		assert!(nodes.contains(&3), "{nodes:?}");
		// Three slots cannot be filled by two operators: the order waits.
		let three = order(def, 3);
		run_to(3);
		assert!(assigned(three).is_empty());
		assert!(Deferred::<Test>::contains_key(three));
		// A verifier of the first order shares no operator with its executors: none is left.
		commit_all(id);
		assert_noop!(Lifecycle::assign_verifier(id), Error::<Test>::NotEnoughNodes);
		// Node 4, of a third operator, can judge it.
		add_node(4, 1_000);
		assert_ok!(Computations::offer_node(RuntimeOrigin::signed(operator(4)), 4));
		assert_eq!(Lifecycle::assign_verifier(id), Ok(4));
	});
}

#[test]
fn equal_nodes_are_chosen_by_the_random_tie_break() {
	ExtBuilder::default().nodes(3).build_and_execute(|| {
		for node in 0..3 {
			update_node(node, |n| n.capacity = 1_000_000);
		}
		let def = define(ComputationKind::Inference);
		let ids: Vec<_> = (0..6).map(|_| order(def, 1)).collect();
		let c = Records::<Test>::get(ids[0]).unwrap();
		let d = Definitions::<Test>::get(def).unwrap();
		let picks: std::collections::BTreeSet<NodeId> = (0u8..12)
			.map(|s| Computations::pick_nodes(&c, &d, 1, ids[0], &[s; 32], &[]).0[0])
			.collect();
		// Different seeds pick different nodes among equals; the same seed picks the same.
		assert!(picks.len() > 1, "the tie-break never changed: {picks:?}");
		assert_eq!(
			Computations::pick_nodes(&c, &d, 1, ids[0], &[9; 32], &[]),
			Computations::pick_nodes(&c, &d, 1, ids[0], &[9; 32], &[])
		);
	});
}

#[test]
fn uptime_is_the_share_of_completed_epochs_with_a_heartbeat() {
	let mut l = Liveness::first(5);
	// No epoch has completed yet: a new node is not held back.
	assert_eq!(l.uptime(5), Perbill::one());
	assert!(!l.beat(5), "one a epoch");
	assert!(l.beat(6));
	assert!(l.beat(8));
	// Epochs 5 to 8 completed; heartbeats in 5, 6 and 8.
	assert_eq!(l.uptime(9), Perbill::from_percent(75));
	// Two silent epochs more: 3 of 6.
	assert_eq!(l.uptime(11), Perbill::from_percent(50));
	// The window is the last 32 completed epochs: only epoch 8 is left in it at epoch 40.
	assert_eq!(l.uptime(40), Perbill::from_rational(1u32, 32));
	assert_eq!(l.uptime(41), Perbill::zero());
	// A heartbeat after a long silence starts the record of recent epochs afresh.
	assert!(l.beat(100));
	assert_eq!(l.uptime(101), Perbill::from_rational(1u32, 32));
}

#[test]
fn a_worker_sends_one_free_heartbeat_an_epoch() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(Computations::uptime(0), None);
		let post = Computations::heartbeat(RuntimeOrigin::signed(worker(0))).unwrap();
		assert_eq!(post.pays_fee, frame_support::dispatch::Pays::No);
		System::assert_last_event(
			Event::Heartbeat { node: 0, epoch: 0, uptime: Perbill::one() }.into(),
		);
		assert_noop!(
			Computations::heartbeat(RuntimeOrigin::signed(worker(0))),
			Error::<Test>::AlreadyBeat
		);
		assert_noop!(
			Computations::heartbeat(RuntimeOrigin::signed(999)),
			Error::<Test>::UnknownWorker
		);
		next_epoch();
		next_epoch();
		// Epoch 1 went by without one: half the completed epochs.
		assert_ok!(Computations::heartbeat(RuntimeOrigin::signed(worker(0))));
		System::assert_last_event(
			Event::Heartbeat { node: 0, epoch: 2, uptime: Perbill::from_percent(50) }.into(),
		);
		assert_eq!(Computations::uptime(0), Some(Perbill::from_percent(50)));
	});
}

#[test]
fn a_node_profile_shows_its_standing_uptime_and_record() {
	ExtBuilder::default().build_and_execute(|| {
		assert_ok!(Computations::heartbeat(RuntimeOrigin::signed(worker(1))));
		let profile = Computations::node_profile(1).unwrap();
		assert_eq!(profile.status, NodeStatus::Active);
		assert_eq!(profile.reputation, mock_node(1).unwrap().reputation);
		assert_eq!(profile.uptime, Some(Perbill::one()));
		assert_eq!(profile.record, Default::default());
		assert_eq!(Computations::node_profile(0).unwrap().uptime, None, "never sent one");
		assert_eq!(Computations::node_profile(99), None);
	});
}

#[test]
fn assignment_prefers_nodes_that_are_up() {
	ExtBuilder::default().nodes(3).build_and_execute(|| {
		for node in 0..3 {
			update_node(node, |n| n.capacity = 1_000_000);
		}
		// Node 2 sent a heartbeat every epoch; nodes 0 and 1 never did. Equal otherwise.
		for _ in 0..4 {
			assert_ok!(Computations::heartbeat(RuntimeOrigin::signed(worker(2))));
			next_epoch();
		}
		let def = define(ComputationKind::Inference);
		let id = order(def, 1);
		let c = Records::<Test>::get(id).unwrap();
		let d = Definitions::<Test>::get(def).unwrap();
		// Whatever the seed, the node that is up wins (among equals the seed decided).
		for s in 0u8..12 {
			assert_eq!(Computations::pick_nodes(&c, &d, 1, id, &[s; 32], &[]).0, vec![2]);
		}
	});
}

// ---------------------------------------------------------------------------------------------
// Commitments, windows and deadlines
// ---------------------------------------------------------------------------------------------

#[test]
fn commitments_complete_the_assignment() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let id = order(def, 2);
		run_to(2);
		let nodes = assigned(id);
		let unassigned = (0..3).find(|n| !nodes.contains(n)).unwrap();
		assert_noop!(
			Computations::commit_result(RuntimeOrigin::signed(ALICE), id, [1; 32]),
			Error::<Test>::UnknownWorker
		);
		assert_noop!(
			Computations::commit_result(RuntimeOrigin::signed(worker(nodes[0])), 99, [1; 32]),
			Error::<Test>::ComputationNotFound
		);
		assert_noop!(
			Computations::commit_result(RuntimeOrigin::signed(worker(unassigned)), id, [1; 32]),
			Error::<Test>::NotAssigned
		);
		assert_ok!(Computations::commit_result(
			RuntimeOrigin::signed(worker(nodes[0])),
			id,
			[1; 32]
		));
		System::assert_last_event(Event::ResultCommitted { id, node: nodes[0] }.into());
		assert_noop!(
			Computations::commit_result(RuntimeOrigin::signed(worker(nodes[0])), id, [2; 32]),
			Error::<Test>::AlreadyCommitted
		);
		assert!(committed_hand_offs().is_empty());
		assert_ok!(Computations::commit_result(
			RuntimeOrigin::signed(worker(nodes[1])),
			id,
			[2; 32]
		));
		System::assert_last_event(Event::ResultsCommitted { id }.into());
		assert_eq!(status(id), Some(ComputationStatus::Committed));
		assert_eq!(committed_hand_offs(), vec![id]);
		assert_eq!(Records::<Test>::get(id).unwrap().timer, None);
		assert_noop!(
			Computations::commit_result(RuntimeOrigin::signed(worker(nodes[0])), id, [2; 32]),
			Error::<Test>::InvalidTransition
		);
	});
}

#[test]
fn a_commitment_after_the_window_is_refused() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let id = order(def, 1);
		run_to(2);
		let node = assigned(id)[0];
		// The block after the window, before its timer ran.
		System::set_block_number(2 + WINDOW + 1);
		assert_noop!(
			Computations::commit_result(RuntimeOrigin::signed(worker(node)), id, [1; 32]),
			Error::<Test>::WindowClosed
		);
	});
}

#[test]
fn a_missed_window_is_penalized_and_the_node_replaced() {
	ExtBuilder::default().build_and_execute(|| {
		update_node(2, |n| n.reputation = 100);
		let def = define(ComputationKind::Inference);
		let id = order(def, 2);
		run_to(2);
		let mut first = assigned(id);
		first.sort();
		assert_eq!(first, vec![0, 1]);
		assert_ok!(Computations::commit_result(RuntimeOrigin::signed(worker(0)), id, [1; 32]));
		run_to(2 + WINDOW + 1);
		System::assert_has_event(
			Event::WindowMissed { id, node: 1, reputation: Some(450), slashed: Perbill::zero() }
				.into(),
		);
		// Node staking weighs the miss (the mock's: a first miss, reputation only).
		assert_eq!(misses(), vec![(1, Perbill::from_percent(1), SlashReason::MissedDeadline)]);
		assert!(cluster_faults().is_empty(), "not a JCE's computation");
		assert_eq!(mock_node(1).unwrap().reputation, 450);
		assert!(Computations::assignments_of(1).is_empty());
		// Node 2 replaced node 1 in the same block; node 1 is never picked again.
		assert_eq!(assigned(id), vec![0, 2]);
		assert_eq!(Records::<Test>::get(id).unwrap().missed.to_vec(), vec![1]);
		assert_eq!(status(id), Some(ComputationStatus::Assigned));
		assert_ok!(Computations::commit_result(RuntimeOrigin::signed(worker(2)), id, [1; 32]));
		assert_eq!(status(id), Some(ComputationStatus::Committed));
	});
}

/// `node` reports computation `id` unavailable.
fn report(node: NodeId, id: ComputationId, reason: Unavailability) -> DispatchResult {
	Computations::report_unavailable(RuntimeOrigin::signed(worker(node)), id, reason)
}

#[test]
fn reports_of_an_unavailable_input_are_checked() {
	ExtBuilder::default().build_and_execute(|| {
		// Nodes 0 and 1 rank first.
		update_node(2, |n| n.reputation = 100);
		let def = define(ComputationKind::Inference);
		let id = order(def, 2);
		run_to(2);
		let mut nodes = assigned(id);
		nodes.sort();
		assert_eq!(nodes, vec![0, 1]);
		let input = Unavailability::Input(0);
		assert_noop!(
			Computations::report_unavailable(RuntimeOrigin::signed(ALICE), id, input),
			Error::<Test>::UnknownWorker
		);
		assert_noop!(report(0, 99, input), Error::<Test>::ComputationNotFound);
		assert_noop!(report(0, id, Unavailability::Input(2)), Error::<Test>::NoSuchInput);
		assert_noop!(report(2, id, input), Error::<Test>::NotAssigned);
		assert_ok!(Computations::commit_result(RuntimeOrigin::signed(worker(0)), id, [1; 32]));
		assert_noop!(report(0, id, input), Error::<Test>::AlreadyCommitted);
		// The block after node 1's window, before its timer ran.
		System::set_block_number(2 + WINDOW + 1);
		assert_noop!(report(1, id, input), Error::<Test>::WindowClosed);
		System::set_block_number(3);
		assert_ok!(Computations::commit_result(RuntimeOrigin::signed(worker(1)), id, [1; 32]));
		assert_noop!(report(1, id, input), Error::<Test>::InvalidTransition);
	});
}

#[test]
fn an_input_nobody_serves_costs_the_nodes_nothing_and_the_customer_their_time() {
	ExtBuilder::default().build_and_execute(|| {
		// Nodes 0 and 1 rank first.
		update_node(2, |n| n.reputation = 100);
		let def = define(ComputationKind::Inference);
		let id = order(def, 2);
		let free = Balances::free_balance(ALICE);
		run_to(2);
		let reputations: Vec<_> = (0..3).map(|n| mock_node(n).unwrap().reputation).collect();
		// Node 0 cannot fetch the samples: it leaves without penalty, and is replaced.
		assert_ok!(report(0, id, Unavailability::Input(1)));
		System::assert_last_event(
			Event::InputUnavailable { id, node: 0, reason: Unavailability::Input(1) }.into(),
		);
		assert_eq!(assigned(id), vec![1]);
		assert_eq!(status(id), Some(ComputationStatus::Queued));
		assert!(Computations::assignments_of(0).is_empty());
		assert_ok!(Computations::commit_result(RuntimeOrigin::signed(worker(1)), id, [1; 32]));
		run_to(3);
		assert_eq!(assigned(id), vec![1, 2]);
		// Node 2 cannot either: two of k = 2 reported, the computation ends. The two
		// reporters and node 1, which committed, are paid 10 % of their share (12 CU × 3)
		// for their time; the customer gets the rest back. The protocol's 10 % of 3 rounds
		// down to nothing.
		assert_ok!(report(2, id, Unavailability::Refused));
		System::assert_last_event(
			Event::ComputationUnavailable { id, paid: 9, protocol_fee: 0, refunded: 111 }.into(),
		);
		assert!(Records::<Test>::get(id).is_none());
		assert!(UnavailableReports::<Test>::get(id).is_empty());
		for node in 0..3 {
			assert_eq!(Balances::free_balance(reward_account(node)), 1 + 3);
			assert!(Computations::assignments_of(node).is_empty());
		}
		assert_eq!(Balances::free_balance(ALICE), free + 111);
		assert!(escrow_of(ALICE).is_zero());
		// No honest node lost stake or reputation.
		assert!(misses().is_empty(), "no node was charged a miss");
		let after: Vec<_> = (0..3).map(|n| mock_node(n).unwrap().reputation).collect();
		assert_eq!(after, reputations);
		// Nothing is left to time out.
		run_to(60);
		assert!(misses().is_empty(), "no node was charged a miss");
	});
}

#[test]
fn an_unavailable_fragment_fails_its_job_without_penalty() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::GradientStep);
		let job = NextJobId::<Test>::get();
		assert_ok!(submit_job(def, 1, 2, 1));
		run_to(2);
		let (id, _) = fragments(job)[0];
		let node = assigned(id)[0];
		assert_ok!(report(node, id, Unavailability::Input(1)));
		assert!(Records::<Test>::get(id).is_none());
		assert_eq!(Jobs::<Test>::get(job).unwrap().status, JobStatus::Failed);
		assert!(Jobs::<Test>::get(job).unwrap().reserved.is_zero());
		assert!(misses().is_empty(), "no node was charged a miss");
	});
}

#[test]
fn an_order_nobody_can_serve_expires_with_a_full_refund() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let id = order(def, 1);
		for node in 0..3 {
			update_node(node, |n| n.status = NodeStatus::Suspended);
		}
		let free = Balances::free_balance(ALICE);
		run_to(49);
		assert_eq!(status(id), Some(ComputationStatus::Queued));
		run_to(50);
		System::assert_has_event(Event::ComputationExpired { id, refunded: 60 }.into());
		assert!(Records::<Test>::get(id).is_none());
		assert_eq!(Balances::free_balance(ALICE), free + 60);
		assert!(Computations::queue_head(5).is_empty());
	});
}

#[test]
fn timers_are_handled_a_bounded_number_per_block() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		for node in 0..3 {
			update_node(node, |n| n.status = NodeStatus::Suspended);
		}
		let ids: Vec<_> = (0..6).map(|_| order(def, 1)).collect();
		run_to(50);
		// Four per block: two are left for the next block.
		assert_eq!(ids.iter().filter(|id| Records::<Test>::get(**id).is_some()).count(), 2);
		assert_eq!(TimerCursor::<Test>::get(), 50);
		run_to(51);
		assert!(ids.iter().all(|id| Records::<Test>::get(*id).is_none()));
		assert!(escrow_of(ALICE).is_zero());
	});
}

#[test]
fn timers_stop_at_the_weight_limit_and_go_on_in_the_next_blocks() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		for node in 0..3 {
			update_node(node, |n| n.status = NodeStatus::Suspended);
		}
		let ids: Vec<_> = (0..3).map(|_| order(def, 1)).collect();
		// Room for one of these timers (each a deadline, k = 1): one runs per block, the rest
		// wait at the cursor.
		crate::mock::TimerWeightLimit::set(Computations::timer_bound(ids[0], 50, 50));
		run_to(50);
		let ended = || ids.iter().filter(|id| Records::<Test>::get(**id).is_none()).count();
		assert_eq!(ended(), 1);
		// The cursor stays at the block of the timers still due.
		assert!(TimerCursor::<Test>::get() < 50);
		run_to(51);
		assert_eq!(ended(), 2);
		assert!(TimerCursor::<Test>::get() < 51);
		run_to(52);
		assert_eq!(ended(), 3);
		assert_eq!(TimerCursor::<Test>::get(), 53);
		assert!(escrow_of(ALICE).is_zero());
	});
}

#[test]
fn a_busy_block_runs_its_cheap_timers_together() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		for node in 0..3 {
			update_node(node, |n| n.status = NodeStatus::Suspended);
		}
		// Orders wait out an assignment delay of 3 blocks: three timers due in block 4.
		AssignmentDelay::set(3);
		let ids: Vec<_> = (0..3).map(|_| order(def, 1)).collect();
		let at = Records::<Test>::get(ids[0]).unwrap().timer.unwrap();
		assert_eq!(at, 4);
		// Each is bounded by what it may do (k = 1, nobody assigned, far from its deadline):
		// room for three runs all three in block 4. Before, each was charged the worst any timer
		// could be (k = 8, every node missing), and only one ran a block.
		let worst = Computations::timer_weight();
		let bound = Computations::timer_bound(ids[0], at, at);
		let limit = bound.saturating_mul(3);
		crate::mock::TimerWeightLimit::set(limit);
		assert!(worst.saturating_add(bound).any_gt(limit), "the old rule would stop at one");
		run_to(at);
		// All three went to the queue, found no node and were deferred again: new timers.
		for id in &ids {
			assert_ne!(Records::<Test>::get(id).unwrap().timer, Some(at));
		}
		assert_eq!(TimerCursor::<Test>::get(), at + 1);
		// A timer that may end its computation (at its deadline) is bounded by the worst; one
		// no longer due (another block's) by its read.
		let (deadline, timer) =
			Records::<Test>::get(ids[0]).map(|c| (c.deadline, c.timer)).unwrap();
		Records::<Test>::mutate(ids[0], |c| c.as_mut().unwrap().timer = Some(deadline));
		let read = <<Test as frame_system::Config>::DbWeight as Get<
			frame_support::weights::RuntimeDbWeight,
		>>::get()
		.reads(1);
		assert_eq!(
			Computations::timer_bound(ids[0], deadline, deadline),
			read.saturating_add(worst)
		);
		assert_eq!(Computations::timer_bound(ids[0], at, at), read);
		Records::<Test>::mutate(ids[0], |c| c.as_mut().unwrap().timer = timer);
		AssignmentDelay::set(1);
	});
}

// ---------------------------------------------------------------------------------------------
// The lifecycle hand-off
// ---------------------------------------------------------------------------------------------

#[test]
fn the_lifecycle_runs_in_order_and_pays_from_the_escrow() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let id = order(def, 2);
		assert_noop!(Lifecycle::note_revealed(id), Error::<Test>::InvalidTransition);
		run_to(2);
		let nodes = assigned(id);
		assert_noop!(
			Lifecycle::note_verified(id, content(9), None),
			Error::<Test>::InvalidTransition
		);
		commit_all(id);
		let facts = Lifecycle::facts(id).unwrap();
		assert_eq!(facts.cu, 12);
		assert_eq!(facts.slots, vec![(nodes[0], Some([7; 32])), (nodes[1], Some([7; 32]))]);
		assert_noop!(Lifecycle::finalize(id, &nodes), Error::<Test>::InvalidTransition);
		assert_ok!(Lifecycle::note_revealed(id));
		System::assert_last_event(Event::ResultsRevealed { id }.into());
		assert_ok!(Lifecycle::note_verified(id, content(9), None));
		System::assert_last_event(Event::ComputationVerified { id, result: content(9) }.into());
		let unassigned = (0..3).find(|n| !nodes.contains(n)).unwrap();
		assert_noop!(Lifecycle::finalize(id, &[unassigned]), Error::<Test>::NotAssigned);
		assert_noop!(
			Lifecycle::finalize(id, &[nodes[0], nodes[0]]),
			Error::<Test>::InvalidTransition
		);
		let free = Balances::free_balance(ALICE);
		assert_eq!(Lifecycle::finalize(id, &nodes), Ok(6));
		// Each node's share is 12 CU × 3 = 36: the protocol keeps 10 % (3, rounded down) and
		// the node gets 33; the 8 CU of budget slack per node come back.
		System::assert_last_event(
			Event::ComputationFinalized { id, paid: 66, protocol_fee: 6, refunded: 48 }.into(),
		);
		assert_eq!(Balances::free_balance(reward_account(nodes[0])), 1 + 33);
		assert_eq!(Balances::free_balance(reward_account(nodes[1])), 1 + 33);
		assert_eq!(Balances::free_balance(POOL), 6);
		assert_eq!(Balances::free_balance(ALICE), free + 48);
		assert!(escrow_of(ALICE).is_zero());
		assert!(Records::<Test>::get(id).is_none());
		assert!(Computations::assignments_of(nodes[0]).is_empty());
		assert_noop!(Lifecycle::finalize(id, &nodes), Error::<Test>::ComputationNotFound);
	});
}

#[test]
fn the_protocol_fee_follows_governance() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		// At 0 %, nodes get their whole share and the pool nothing.
		ProtocolFee::set(Perbill::zero());
		let id = order(def, 1);
		run_to(2);
		let node = assigned(id)[0];
		commit_all(id);
		assert_ok!(Lifecycle::note_verified(id, content(9), None));
		assert_eq!(Lifecycle::finalize(id, &[node]), Ok(0));
		System::assert_last_event(
			Event::ComputationFinalized { id, paid: 36, protocol_fee: 0, refunded: 24 }.into(),
		);
		assert_eq!(Balances::free_balance(POOL), 0);
		// At 50 %, half of each share goes to the pool.
		ProtocolFee::set(Perbill::from_percent(50));
		let id = order(def, 1);
		run_to(3);
		let node = assigned(id)[0];
		commit_all(id);
		assert_ok!(Lifecycle::note_verified(id, content(9), None));
		assert_eq!(Lifecycle::finalize(id, &[node]), Ok(18));
		System::assert_last_event(
			Event::ComputationFinalized { id, paid: 18, protocol_fee: 18, refunded: 24 }.into(),
		);
		assert_eq!(Balances::free_balance(POOL), 18);
	});
}

#[test]
fn an_unpayable_node_leaves_its_share_with_the_customer() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let id = order(def, 1);
		run_to(2);
		let node = assigned(id)[0];
		commit_all(id);
		assert_ok!(Lifecycle::note_verified(id, content(9), None));
		update_node(node, |n| n.stake = 0);
		assert_ok!(Lifecycle::finalize(id, &[node]));
		System::assert_last_event(
			Event::ComputationFinalized { id, paid: 0, protocol_fee: 0, refunded: 24 }.into(),
		);
		// No protocol fee is taken on a payment that did not happen.
		assert_eq!(Balances::free_balance(POOL), 0);
		assert!(escrow_of(ALICE).is_zero());
	});
}

#[test]
fn failing_refunds_everything() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let id = order(def, 2);
		run_to(2);
		commit_all(id);
		assert_ok!(Lifecycle::fail(id));
		System::assert_last_event(Event::ComputationFailed { id, refunded: 120 }.into());
		assert!(escrow_of(ALICE).is_zero());
		assert_noop!(Lifecycle::fail(id), Error::<Test>::ComputationNotFound);
	});
}

// ---------------------------------------------------------------------------------------------
// Training jobs
// ---------------------------------------------------------------------------------------------

type Shards = BoundedVec<(CidInput, u32), <Test as Config>::MaxShardsPerJob>;

/// `n` shards of 105 samples (7,037 bytes): a gradient over one costs
/// 105 × (1 × (2 × 64 + 24) + 128) = 29,400 operations, 15 CU.
fn shards(n: u8) -> Shards {
	BoundedVec::truncate_from((0..n).map(|i| (cid(10 + i), 7037)).collect())
}

/// Alice submits a job on `n` shards (`shards`), a 1 KiB model (one class) and a validation
/// shard of 110 samples (7,372 bytes): the aggregation of up to 3 shards costs
/// `(n + 1) × 65 + 110 × 280` ≤ 31,060 operations, 16 CU.
fn submit_job(def: DefinitionId, n: u8, rounds: u16, k: u8) -> DispatchResult {
	submit_training_job(
		RuntimeOrigin::signed(ALICE),
		def,
		shards(n),
		(cid(50), 7372),
		(cid(60), 1024),
		rounds,
		1 << 14,
		k,
		FEE,
		40,
	)
}

/// The fragments of `job` that are open, by id.
fn fragments(job: JobId) -> Vec<(ComputationId, Fragment)> {
	let mut all: Vec<_> = Records::<Test>::iter()
		.filter_map(|(id, c)| c.fragment.filter(|f| f.job == job).map(|f| (id, f)))
		.collect();
	all.sort_by_key(|(id, _)| *id);
	all
}

use sp_runtime::DispatchResult;

#[test]
fn a_training_job_reserves_every_fragment_and_starts_round_zero() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::GradientStep);
		assert_ok!(submit_job(def, 3, 2, 2));
		// Gradient: 15 CU; aggregation: 16 CU (`shards`, `submit_job`). Per round
		// (3 × 15 + 16) × fee 3 × k 2 = 366; two rounds 732.
		System::assert_has_event(
			Event::TrainingJobSubmitted {
				job: 0,
				owner: ALICE,
				shards: 3,
				rounds: 2,
				reserved: 732,
			}
			.into(),
		);
		System::assert_last_event(
			Event::RoundStarted { job: 0, round: 0, model: content(60) }.into(),
		);
		assert_eq!(escrow_of(ALICE), 732);
		assert_eq!(Balances::balance_on_hold(&HoldReason::JobDeposit.into(), &ALICE), JOB_DEPOSIT);
		let frags = fragments(0);
		assert_eq!(frags.len(), 3);
		let (first, fragment) = frags[0];
		assert_eq!(fragment, Fragment { job: 0, round: 0, part: Part::Shard(0) });
		let c = Records::<Test>::get(first).unwrap();
		assert_eq!(
			c.inputs.to_vec(),
			vec![Input { cid: content(60), size: 1024 }, Input { cid: content(10), size: 7037 }]
		);
		assert_eq!(c.escrow, 15 * 3 * 2);
		assert_eq!(Jobs::<Test>::get(0).unwrap().reserved, 732 - 3 * 90);
		assert_noop!(
			Computations::cancel_computation(RuntimeOrigin::signed(ALICE), first),
			Error::<Test>::PartOfJob
		);
	});
}

#[test]
fn training_jobs_are_checked() {
	ExtBuilder::default().build_and_execute(|| {
		let inference = define(ComputationKind::Inference);
		let def = define(ComputationKind::GradientStep);
		assert_noop!(submit_job(inference, 2, 1, 1), Error::<Test>::NotGradientDefinition);
		assert_noop!(submit_job(def, 0, 1, 1), Error::<Test>::NoShards);
		assert_noop!(submit_job(def, 2, 0, 1), Error::<Test>::InvalidRounds);
		assert_noop!(submit_job(def, 2, 6, 1), Error::<Test>::InvalidRounds);
		assert_noop!(submit_job(def, 2, 1, 0), Error::<Test>::ZeroRedundancy);
		assert_noop!(
			submit_training_job(
				RuntimeOrigin::signed(ALICE),
				def,
				shards(2),
				(cid(50), 7372),
				(cid(60), 1024),
				1,
				0,
				1,
				FEE,
				40
			),
			Error::<Test>::ZeroLearningRate
		);
		assert_noop!(
			submit_training_job(
				RuntimeOrigin::signed(ALICE),
				def,
				shards(2),
				(cid(50), 7372),
				(cid(60), 1024),
				1,
				1,
				1,
				FEE,
				2
			),
			Error::<Test>::DeadlineTooSoon
		);
		MaxQueueLength::set(3);
		assert_noop!(submit_job(def, 4, 1, 1), Error::<Test>::QueueFull);
		MaxQueueLength::set(8);
		assert_ok!(submit_job(def, 1, 1, 1));
		assert_ok!(submit_job(def, 1, 1, 1));
		assert_noop!(submit_job(def, 1, 1, 1), Error::<Test>::TooManyJobs);
		assert_noop!(
			Computations::remove_training_job(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::JobRunning
		);
		assert_noop!(
			Computations::remove_training_job(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::NotJobOwner
		);
		assert_noop!(
			Computations::remove_training_job(RuntimeOrigin::signed(ALICE), 7),
			Error::<Test>::JobNotFound
		);
	});
}

/// Assign, commit and verify every open fragment of `job` (gradients get result `g`, the
/// aggregation model `m` with loss `loss`), then finalize them paying every node.
fn complete_open_fragments(job: JobId, g: u8, m: u8, loss: u32) {
	let now = System::block_number();
	run_to(now + 1);
	for (id, fragment) in fragments(job) {
		if status(id) != Some(ComputationStatus::Assigned) {
			continue;
		}
		commit_all(id);
		let (result, l) = match fragment.part {
			Part::Shard(n) => (content(g + n as u8), None),
			Part::Aggregate => (content(m), Some(loss)),
		};
		assert_ok!(Lifecycle::note_verified(id, result, l));
		let nodes = assigned(id);
		assert_ok!(Lifecycle::finalize(id, &nodes));
	}
}

#[test]
fn a_training_job_runs_its_rounds_to_the_end() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::GradientStep);
		let before = Balances::free_balance(ALICE)
			+ Balances::balance_on_hold(&HoldReason::Escrow.into(), &ALICE);
		assert_ok!(submit_job(def, 2, 2, 1));
		// Round 0: gradients verified, aggregation queued with model, validation and gradients.
		complete_open_fragments(0, 100, 0, 0);
		let aggregation = fragments(0);
		assert_eq!(aggregation.len(), 1);
		let (agg_id, agg) = aggregation[0];
		assert_eq!(agg.part, Part::Aggregate);
		System::assert_has_event(Event::AggregationQueued { job: 0, round: 0, id: agg_id }.into());
		let inputs: Vec<ContentId> =
			Records::<Test>::get(agg_id).unwrap().inputs.iter().map(|i| i.cid).collect();
		assert_eq!(inputs, vec![content(60), content(50), content(100), content(101)]);
		assert_eq!(Computations::job_progress(0).unwrap().pending, 1);
		// The aggregation completes the round and starts the next on the new model.
		complete_open_fragments(0, 110, 150, 40_000);
		System::assert_has_event(
			Event::RoundCompleted {
				job: 0,
				round: 0,
				model: content(150),
				validation_loss: 40_000,
			}
			.into(),
		);
		System::assert_has_event(
			Event::RoundStarted { job: 0, round: 1, model: content(150) }.into(),
		);
		let round1 = fragments(0);
		assert_eq!(round1.len(), 2);
		assert_eq!(Records::<Test>::get(round1[0].0).unwrap().inputs[0].cid, content(150));
		complete_open_fragments(0, 120, 0, 0);
		complete_open_fragments(0, 0, 160, 30_000);
		System::assert_has_event(
			Event::TrainingJobFinished { job: 0, model: content(160), refunded: 0 }.into(),
		);
		let progress = Computations::job_progress(0).unwrap();
		assert_eq!(progress.status, JobStatus::Finished);
		assert_eq!(progress.round, 2);
		assert_eq!(
			progress.history,
			vec![
				RoundRecord { model: content(150), validation_loss: 40_000 },
				RoundRecord { model: content(160), validation_loss: 30_000 }
			]
		);
		assert!(escrow_of(ALICE).is_zero());
		assert_eq!(RunningJobs::<Test>::get(ALICE), 0);
		// Every fragment was paid in full: 2 rounds × (2 gradients of 15 CU and an aggregation
		// of 16) × fee 3, each less the protocol's 4 (10 %, rounded down).
		let paid: Balance = (0..3).map(|n| Balances::free_balance(reward_account(n)) - 1).sum();
		assert_eq!(paid, 2 * (2 * (15 * FEE - 4) + (16 * FEE - 4)));
		assert_eq!(Balances::free_balance(POOL), 2 * 3 * 4);
		let after = Balances::free_balance(ALICE) + JOB_DEPOSIT;
		assert_eq!(before - after, paid + Balances::free_balance(POOL));
		// Removing the finished job returns its deposit and clears its history.
		assert_ok!(Computations::remove_training_job(RuntimeOrigin::signed(ALICE), 0));
		System::assert_last_event(Event::TrainingJobRemoved { job: 0 }.into());
		assert!(Computations::job_progress(0).is_none());
		assert_eq!(JobRounds::<Test>::iter_prefix(0).count(), 0);
		assert!(Balances::balance_on_hold(&HoldReason::JobDeposit.into(), &ALICE).is_zero());
	});
}

#[test]
fn an_aggregation_needs_its_validation_loss() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::GradientStep);
		assert_ok!(submit_job(def, 1, 1, 1));
		complete_open_fragments(0, 100, 0, 0);
		run_to(System::block_number() + 1);
		let (agg, _) = fragments(0)[0];
		commit_all(agg);
		assert_noop!(
			Lifecycle::note_verified(agg, content(1), None),
			Error::<Test>::InvalidTransition
		);
	});
}

#[test]
fn a_round_whose_validation_loss_rises_too_far_runs_again() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::GradientStep);
		assert_ok!(submit_job(def, 1, 3, 1));
		complete_open_fragments(0, 100, 0, 0);
		complete_open_fragments(0, 0, 150, 40_000);
		// Round 1 may reach 40,000 + 10 % = 44,000: 44,001 is rejected.
		complete_open_fragments(0, 110, 0, 0);
		let reserved = Computations::job_progress(0).unwrap().reserved;
		complete_open_fragments(0, 0, 160, 44_001);
		System::assert_has_event(
			Event::RoundRejected { job: 0, round: 1, validation_loss: 44_001, limit: 44_000 }
				.into(),
		);
		// Not adopted: round 1 runs again on the round-0 model, and the job lost a round.
		let progress = Computations::job_progress(0).unwrap();
		assert_eq!((progress.round, progress.rounds, progress.history.len()), (1, 2, 1));
		assert_eq!(progress.model, content(150));
		let again = fragments(0);
		assert_eq!(again.len(), 1);
		assert_eq!(Records::<Test>::get(again[0].0).unwrap().inputs[0].cid, content(150));
		// The replay was paid from the last round's budget.
		assert_eq!(reserved - progress.reserved, 15 * FEE);
		// At the limit the round is adopted, and the job finishes.
		complete_open_fragments(0, 120, 0, 0);
		complete_open_fragments(0, 0, 170, 44_000);
		System::assert_has_event(
			Event::TrainingJobFinished { job: 0, model: content(170), refunded: 0 }.into(),
		);
	});
}

#[test]
fn a_rejected_last_round_finishes_with_the_previous_model() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::GradientStep);
		assert_ok!(submit_job(def, 1, 2, 1));
		complete_open_fragments(0, 100, 0, 0);
		complete_open_fragments(0, 0, 150, 40_000);
		complete_open_fragments(0, 110, 0, 0);
		complete_open_fragments(0, 0, 160, 90_000);
		System::assert_has_event(
			Event::TrainingJobFinished { job: 0, model: content(150), refunded: 0 }.into(),
		);
		assert_eq!(Computations::job_progress(0).unwrap().history.len(), 1);
		assert!(escrow_of(ALICE).is_zero());
	});
}

#[test]
fn results_can_be_committed_in_one_batch_all_or_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::GradientStep);
		let a = order(def, 3);
		let b = order(def, 3);
		run_to(2);
		let node = assigned(a)[0];
		assert!(assigned(b).contains(&node));
		// The second entry is a computation the node does not work on: nothing is recorded.
		let commit = |id, commitment| ResultCommitment { id, commitment };
		let bad = BoundedVec::truncate_from(vec![commit(a, [1; 32]), commit(99, [1; 32])]);
		assert_noop!(
			Computations::commit_results(RuntimeOrigin::signed(worker(node)), bad),
			Error::<Test>::ComputationNotFound
		);
		let good = BoundedVec::truncate_from(vec![commit(a, [1; 32]), commit(b, [2; 32])]);
		assert_ok!(Computations::commit_results(RuntimeOrigin::signed(worker(node)), good));
		System::assert_has_event(Event::ResultCommitted { id: a, node }.into());
		System::assert_has_event(Event::ResultCommitted { id: b, node }.into());
		for id in [a, b] {
			let slot = Records::<Test>::get(id).unwrap().slots.into_iter().find(|s| s.node == node);
			assert!(slot.unwrap().commitment.is_some());
		}
	});
}

#[test]
fn a_verifier_is_a_fresh_node_indexed_until_the_computation_closes() {
	ExtBuilder::default().nodes(4).build_and_execute(|| {
		let def = define(ComputationKind::GradientStep);
		let id = order(def, 3);
		run_to(2);
		// Only committed computations get a verifier.
		assert_noop!(Lifecycle::assign_verifier(id), Error::<Test>::InvalidTransition);
		commit_all(id);
		let executors = assigned(id);
		let verifier = Lifecycle::assign_verifier(id).unwrap();
		assert!(!executors.contains(&verifier));
		System::assert_last_event(Event::VerifierAssigned { id, node: verifier }.into());
		assert_eq!(Computations::assignments_of(verifier), vec![id]);
		assert_eq!(Lifecycle::facts(id).unwrap().verifier, Some(verifier));
		assert_noop!(Lifecycle::assign_verifier(id), Error::<Test>::InvalidTransition);
		assert_ok!(Lifecycle::fail(id));
		assert!(Computations::assignments_of(verifier).is_empty());
		// With every node already involved, none qualifies.
		let other = order(def, 3);
		run_to(3);
		commit_all(other);
		let fourth = (0..4).find(|n| !assigned(other).contains(n)).unwrap();
		remove_node(fourth);
		assert_noop!(Lifecycle::assign_verifier(other), Error::<Test>::NotEnoughNodes);
	});
}

#[test]
fn an_expired_fragment_fails_its_job_and_refunds_the_reserve() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::GradientStep);
		for node in 0..3 {
			update_node(node, |n| n.status = NodeStatus::Suspended);
		}
		assert_ok!(submit_job(def, 2, 3, 1));
		let free = Balances::free_balance(ALICE);
		run_to(41);
		// Reserve of rounds 1 and 2 and the aggregation of round 0:
		// 16 + 2 × (2 × 15 + 16) = 108 CU.
		System::assert_has_event(
			Event::TrainingJobFailed { job: 0, round: 0, refunded: 324 }.into(),
		);
		assert_eq!(Jobs::<Test>::get(0).unwrap().status, JobStatus::Failed);
		assert!(escrow_of(ALICE).is_zero());
		assert_eq!(Balances::free_balance(ALICE), free + 324 + 2 * 45);
		assert_ok!(Computations::remove_training_job(RuntimeOrigin::signed(ALICE), 0));
	});
}

// ---------------------------------------------------------------------------------------------
// Invariants
// ---------------------------------------------------------------------------------------------

#[test]
fn try_state_catches_broken_escrow_queue_and_indexes() {
	ExtBuilder::default().build().execute_with(|| {
		let def = define(ComputationKind::Inference);
		let id = order(def, 1);
		let other = order(def, 1);
		assert_ok!(Computations::do_try_state());
		// Escrow held without a computation.
		assert_ok!(Balances::hold(&HoldReason::Escrow.into(), &ALICE, 1));
		assert!(Computations::do_try_state().is_err());
		assert_ok!(Balances::release(
			&HoldReason::Escrow.into(),
			&ALICE,
			1,
			frame_support::traits::tokens::Precision::Exact
		));
		// A stale queue entry.
		ComputationQueue::<Test>::insert(queue_key(1, 99), ());
		assert!(Computations::do_try_state().is_err());
		ComputationQueue::<Test>::remove(queue_key(1, 99));
		assert_ok!(Computations::do_try_state());
		// An assignment without a slot.
		NodeAssignments::<Test>::insert(0, id, ());
		assert!(Computations::do_try_state().is_err());
		NodeAssignments::<Test>::remove(0, id);
		// A definition's open count off.
		Definitions::<Test>::mutate(def, |d| d.as_mut().unwrap().open = 5);
		assert!(Computations::do_try_state().is_err());
		Definitions::<Test>::mutate(def, |d| d.as_mut().unwrap().open = 2);
		// A lost timer.
		let at = Records::<Test>::get(other).unwrap().timer.unwrap();
		Timers::<Test>::remove(at, other);
		assert!(Computations::do_try_state().is_err());
	});
}

// ---------------------------------------------------------------------------------------------
// Computations of joint computing environments
// ---------------------------------------------------------------------------------------------

fn submit_to_jce(
	who: AccountId,
	jce: corex_primitives::JceId,
	def: DefinitionId,
) -> DispatchResult {
	submit_to_jce_with(who, jce, def, 20, 50)
}

fn submit_to_jce_with(
	who: AccountId,
	jce: corex_primitives::JceId,
	definition: DefinitionId,
	cu_budget: ComputeUnits,
	deadline: u64,
) -> DispatchResult {
	let inputs = refs(inputs());
	let order = JceOrder { jce, definition, inputs, cu_budget, deadline };
	Computations::submit_to_jce(RuntimeOrigin::signed(who), order)
}

#[test]
fn a_jce_computation_runs_on_every_member_of_its_cluster_at_the_cluster_s_price() {
	ExtBuilder::default().nodes(5).build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let id = NextComputationId::<Test>::get();
		assert_ok!(submit_to_jce(ALICE, JCE, def));
		System::assert_last_event(Event::SubmittedToJce { id, jce: JCE }.into());
		// The JCE's terms: k = 3 at 5 per CU, 20 CU of budget.
		assert_eq!(escrow_of(ALICE), 5 * 20 * 3);
		// No cluster available yet (say, forking): it waits.
		run_to(3);
		assert_eq!(status(id), Some(ComputationStatus::Queued));
		assert!(placed().is_empty());
		// A cluster of two at 4 per CU: both members compute, paid 4 per CU.
		set_placement(4, vec![3, 4], 4);
		run_to(4);
		assert_eq!(assigned(id), vec![3, 4]);
		System::assert_has_event(Event::PlacedInCluster { id, jce: JCE, cluster: 4 }.into());
		let c = Records::<Test>::get(id).unwrap();
		assert_eq!((c.redundancy, c.fee_per_cu, c.jce), (2, 4, Some(JCE)));
		assert_eq!(placed(), vec![(4, 12)]);
		// The escrow beyond the cluster's terms (20 CU × 4 × 2 = 160) went back at once.
		assert_eq!(escrow_of(ALICE), 160);
		assert_eq!(c.escrow, 160);
		commit_all(id);
		assert_ok!(Lifecycle::note_revealed(id));
		assert_ok!(Lifecycle::note_verified(id, content(9), None));
		assert_ok!(Lifecycle::finalize(id, &[3, 4]));
		// Each member's 12 CU × 4 = 48 less the protocol's 4 (10 %, rounded down).
		System::assert_last_event(
			Event::ComputationFinalized {
				id,
				paid: 2 * 44,
				protocol_fee: 2 * 4,
				refunded: 160 - 96,
			}
			.into(),
		);
		assert_eq!(ended(), vec![true]);
		assert!(escrow_of(ALICE).is_zero());
	});
}

#[test]
fn a_jce_computation_waits_for_a_placement_it_can_fully_use() {
	ExtBuilder::default().nodes(5).build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let id = NextComputationId::<Test>::get();
		assert_ok!(submit_to_jce(ALICE, JCE, def));
		// A member that is not active, a cluster larger than k, a price above the escrowed fee:
		// none of them is used.
		update_node(4, |n| n.status = NodeStatus::Suspended);
		set_placement(1, vec![3, 4], 4);
		run_to(2);
		assert!(assigned(id).is_empty());
		update_node(4, |n| n.status = NodeStatus::Active);
		set_placement(1, vec![0, 1, 2, 3], 4);
		run_to(3);
		assert!(assigned(id).is_empty());
		set_placement(1, vec![0, 1, 2], 6);
		run_to(4);
		assert!(assigned(id).is_empty());
		clear_placement();
		// Never placed by its deadline: it expires, and the JCE hears it failed.
		run_to(50);
		assert!(Records::<Test>::get(id).is_none());
		assert_eq!(ended(), vec![false]);
		assert!(placed().is_empty());
	});
}

#[test]
fn submitting_to_a_jce_is_checked_before_anything_is_held() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		assert_noop!(
			submit_to_jce(BOB, JCE, def),
			sp_runtime::DispatchError::Other("not admitted")
		);
		assert_noop!(
			submit_to_jce(ALICE, JCE + 1, def),
			sp_runtime::DispatchError::Other("not admitted")
		);
		assert_noop!(submit_to_jce(ALICE, JCE, 9), Error::<Test>::DefinitionNotFound);
		assert_noop!(submit_to_jce_with(ALICE, JCE, def, 5, 50), Error::<Test>::BudgetTooLow);
		assert_noop!(submit_to_jce_with(ALICE, JCE, def, 20, 1), Error::<Test>::DeadlineInPast);
		assert!(escrow_of(ALICE).is_zero());
	});
}

#[test]
fn the_queue_ranks_offered_nodes_for_cluster_replacements() {
	ExtBuilder::default().nodes(4).build_and_execute(|| {
		use corex_primitives::NodeRanking;
		update_node(2, |n| n.reputation = 900);
		update_node(3, |n| n.status = NodeStatus::Suspended);
		let best = <Computations as NodeRanking>::best_nodes(&[0], 3);
		assert_eq!(best, vec![2, 1]);
		assert_eq!(<Computations as NodeRanking>::best_nodes(&[0, 1, 2], 3), Vec::<NodeId>::new());
	});
}

#[test]
fn a_miss_or_fault_on_a_jce_s_computation_counts_in_its_cluster() {
	ExtBuilder::default().nodes(5).build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let id = NextComputationId::<Test>::get();
		assert_ok!(submit_to_jce(ALICE, JCE, def));
		set_placement(4, vec![3, 4], 4);
		run_to(2);
		assert_eq!(assigned(id), vec![3, 4]);
		assert_ok!(Computations::commit_result(RuntimeOrigin::signed(worker(3)), id, [1; 32]));
		// Node 4 misses its window: counted against it in the cluster, not elsewhere.
		run_to(2 + WINDOW + 1);
		assert_eq!(cluster_faults(), vec![(JCE, 4)]);
		assert_eq!(misses().len(), 1);
		// A fault the proofs pallet finds (say, node 3's result was wrong) counts there too.
		Lifecycle::note_fault(id, 3);
		assert_eq!(cluster_faults(), vec![(JCE, 4), (JCE, 3)]);
		// On a computation outside any JCE, nothing is counted.
		let plain = order(def, 1);
		Lifecycle::note_fault(plain, 0);
		assert_eq!(cluster_faults().len(), 2);
	});
}

// ---------------------------------------------------------------------------------------------
// Capability probes
// ---------------------------------------------------------------------------------------------

type Labels =
	BoundedVec<u8, frame_support::traits::ConstU32<{ corex_compute::probe::MAX_PROBE_SAMPLES }>>;

/// The right answer to `node`'s open probe.
fn answer_of(node: NodeId) -> Labels {
	let open = Probes::<Test>::get(node).expect("an open probe");
	BoundedVec::truncate_from(Computations::probe_of(&open).answer().unwrap())
}

fn probe_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Computations(
				e @ (Event::ProbeIssued { .. }
				| Event::ProbeAnswered { .. }
				| Event::ProbeMissed { .. }),
			) => Some(e),
			_ => None,
		})
		.collect()
}

#[test]
fn the_hook_probes_offered_nodes_in_turn_within_the_epochs_budget() {
	ExtBuilder::default().nodes(3).build_and_execute(|| {
		ProbesPerEpoch::set(2);
		run_to(4);
		// One node a block, round robin: nodes 0 and 1, then the budget is spent.
		let issued: Vec<NodeId> = probe_events()
			.into_iter()
			.filter_map(|e| match e {
				Event::ProbeIssued { node, .. } => Some(node),
				_ => None,
			})
			.collect();
		assert_eq!(issued, vec![0, 1]);
		let cu = Computations::probe_of(&Probes::<Test>::get(0).unwrap()).compute_units();
		System::assert_has_event(
			Event::ProbeIssued { node: 0, samples: 64, cu, deadline: 2 + ProbeWindow::get() }
				.into(),
		);
		assert!(Probes::<Test>::get(2).is_none());
		// The next epoch has a budget again: node 2's turn comes round.
		next_epoch();
		run_to(7);
		assert!(Probes::<Test>::get(2).is_some());
		// Nodes 0 and 1 never answered: when the round robin comes back past their windows,
		// each is a miss, and they are not sent another until `ProbeInterval` epochs on.
		run_to(2 + ProbeWindow::get() + 4);
		assert_eq!(
			probe_results(),
			vec![
				(0, corex_primitives::ProbeResult::Missed),
				(1, corex_primitives::ProbeResult::Missed)
			]
		);
		System::assert_has_event(Event::ProbeMissed { node: 0 }.into());
		assert!(Probes::<Test>::get(0).is_none());
		run_to(20);
		assert!(Probes::<Test>::get(0).is_none(), "not due again yet");
		for _ in 0..ProbeInterval::get() {
			next_epoch();
		}
		ProbesPerEpoch::set(10);
		run_to(24);
		assert!(Probes::<Test>::get(0).is_some(), "due again");
	});
}

#[test]
fn a_right_answer_passes_free_of_fees_a_wrong_one_fails() {
	ExtBuilder::default().nodes(2).build_and_execute(|| {
		ProbesPerEpoch::set(10);
		assert_ok!(Computations::request_probe(RuntimeOrigin::signed(operator(0)), 0));
		assert_ok!(Computations::request_probe(RuntimeOrigin::signed(operator(1)), 1));
		let open = Probes::<Test>::get(0).unwrap();
		let cu = Computations::probe_of(&open).compute_units();
		run_to(4);
		let right = answer_of(0);
		assert_eq!(right.len(), 64);
		let info = Computations::submit_probe(RuntimeOrigin::signed(worker(0)), right).unwrap();
		assert_eq!(info.pays_fee, frame_support::dispatch::Pays::No);
		System::assert_has_event(Event::ProbeAnswered { node: 0, passed: true, blocks: 3 }.into());
		// One label off is a wrong answer: counted, and it pays its fee.
		let mut wrong = answer_of(1);
		wrong[7] = (wrong[7] + 1) % 10;
		let info = Computations::submit_probe(RuntimeOrigin::signed(worker(1)), wrong).unwrap();
		assert_eq!(info.pays_fee, frame_support::dispatch::Pays::Yes);
		System::assert_has_event(Event::ProbeAnswered { node: 1, passed: false, blocks: 3 }.into());
		assert_eq!(
			probe_results(),
			vec![
				(0, corex_primitives::ProbeResult::Passed { cu, blocks: 3 }),
				(1, corex_primitives::ProbeResult::Failed)
			]
		);
		assert!(Probes::<Test>::get(0).is_none() && Probes::<Test>::get(1).is_none());
		assert_noop!(
			Computations::submit_probe(RuntimeOrigin::signed(worker(0)), answer_of_none()),
			Error::<Test>::NoProbe
		);
	});
}

fn answer_of_none() -> Labels {
	BoundedVec::truncate_from(vec![0; 64])
}

#[test]
fn bad_probe_calls_are_refused_and_change_nothing() {
	ExtBuilder::default().nodes(2).build_and_execute(|| {
		assert_noop!(
			Computations::request_probe(RuntimeOrigin::signed(operator(0)), 0),
			Error::<Test>::ProbeBudgetSpent
		);
		ProbesPerEpoch::set(10);
		assert_noop!(
			Computations::request_probe(RuntimeOrigin::signed(operator(9)), 9),
			Error::<Test>::NodeNotFound
		);
		assert_noop!(
			Computations::request_probe(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			Computations::submit_probe(RuntimeOrigin::signed(ALICE), answer_of_none()),
			Error::<Test>::UnknownWorker
		);
		assert_noop!(
			Computations::submit_probe(RuntimeOrigin::signed(worker(0)), answer_of_none()),
			Error::<Test>::NoProbe
		);
		assert_ok!(Computations::request_probe(RuntimeOrigin::signed(operator(0)), 0));
		assert_noop!(
			Computations::request_probe(RuntimeOrigin::signed(operator(0)), 0),
			Error::<Test>::ProbedThisEpoch
		);
		next_epoch();
		assert_noop!(
			Computations::request_probe(RuntimeOrigin::signed(operator(0)), 0),
			Error::<Test>::ProbeOpen
		);
		// Too late: refused; the hook counts the miss.
		let deadline = Probes::<Test>::get(0).unwrap().deadline;
		System::set_block_number(deadline + 1);
		let right = answer_of(0);
		assert_noop!(
			Computations::submit_probe(RuntimeOrigin::signed(worker(0)), right),
			Error::<Test>::ProbeClosed
		);
		// Asking again once the window closed counts the miss and sends a new probe.
		assert_ok!(Computations::request_probe(RuntimeOrigin::signed(operator(0)), 0));
		assert_eq!(probe_results(), vec![(0, corex_primitives::ProbeResult::Missed)]);
		assert_eq!(Probes::<Test>::get(0).unwrap().issued, deadline + 1);
	});
}

#[test]
fn assignment_prefers_nodes_whose_power_was_measured() {
	ExtBuilder::default().nodes(3).build_and_execute(|| {
		for node in 0..3 {
			update_node(node, |n| n.capacity = 1_000_000);
		}
		// Node 1's probes measured it; nodes 0 and 2 were never measured. Equal otherwise.
		update_node(1, |n| n.measured = Some(100_000));
		let def = define(ComputationKind::Inference);
		let id = order(def, 1);
		let c = Records::<Test>::get(id).unwrap();
		let d = Definitions::<Test>::get(def).unwrap();
		for s in 0u8..12 {
			assert_eq!(Computations::pick_nodes(&c, &d, 1, id, &[s; 32], &[]).0, vec![1]);
		}
	});
}

#[test]
fn the_call_structs_encode_as_the_arguments_they_replaced() {
	use codec::Encode;
	// Extrinsics built before the arguments were named still decode, and the same bytes mean
	// the same order: a struct encodes its fields in order, as a call encodes its arguments.
	let pairs = vec![(cid(1), 1024u32), (cid(2), 8042)];
	let inputs: BoundedVec<InputRef, <Test as Config>::MaxInputs> =
		refs(BoundedVec::truncate_from(pairs.clone()));
	let order = ComputationOrder {
		definition: 3,
		inputs: inputs.clone(),
		cu_budget: 20,
		fee_per_cu: FEE,
		deadline: 50u64,
		redundancy: 2,
	};
	assert_eq!(order.encode(), (3u32, pairs.clone(), 20u64, FEE, 50u64, 2u8).encode());
	let job = TrainingJobOrder::<Balance, <Test as Config>::MaxShardsPerJob> {
		definition: 3,
		shards: BoundedVec::truncate_from(inputs.to_vec()),
		validation: inputs[0].clone(),
		model: inputs[1].clone(),
		rounds: 2,
		learning_rate: 1 << 16,
		redundancy: 2,
		fee_per_cu: FEE,
		fragment_blocks: 40,
	};
	let old = (
		3u32,
		pairs.clone(),
		pairs[0].clone(),
		pairs[1].clone(),
		2u16,
		1u32 << 16,
		2u8,
		FEE,
		40u32,
	);
	assert_eq!(job.encode(), old.encode());
	let commitment = ResultCommitment { id: 7, commitment: [9; 32] };
	assert_eq!(commitment.encode(), (7 as ComputationId, [9u8; 32]).encode());
	let new = NewDefinition {
		kind: ComputationKind::Inference,
		spec: cid(200),
		features: FEATURES,
		policy: EXACT,
		device_class: None,
		min_tier: 1,
	};
	let old = (ComputationKind::Inference, cid(200), FEATURES, EXACT, None::<DeviceClass>, 1u8);
	assert_eq!(new.encode(), old.encode());
}

#[test]
fn genesis_offers_its_nodes_to_the_queue() {
	ExtBuilder::default().nodes(0).build_and_execute(|| {
		add_node(4, 1_000);
		add_node(5, 1_000);
		frame_support::traits::BuildGenesisConfig::build(&GenesisConfig::<Test> {
			offered: vec![4, 5],
			..Default::default()
		});
		assert_eq!(OfferedCount::<Test>::get(), 2);
		assert_eq!(OfferedNodes::<Test>::get(0), Some(4));
		assert_eq!(OfferPositions::<Test>::get(5), Some((1, DeviceClass::Gpu)));
		System::assert_has_event(Event::NodeOffered { node: 5 }.into());
	});
}

#[test]
#[should_panic(expected = "NodeNotActive")]
fn genesis_cannot_offer_an_inactive_node() {
	ExtBuilder::default().nodes(0).build_and_execute(|| {
		corex_test_utils::nodes::set_status(4, NodeStatus::Registered);
		frame_support::traits::BuildGenesisConfig::build(&GenesisConfig::<Test> {
			offered: vec![4],
			..Default::default()
		});
	});
}

#[test]
#[should_panic(expected = "NodeNotFound")]
fn genesis_cannot_offer_an_unknown_node() {
	ExtBuilder::default().nodes(0).build_and_execute(|| {
		frame_support::traits::BuildGenesisConfig::build(&GenesisConfig::<Test> {
			offered: vec![9],
			..Default::default()
		});
	});
}

// ---------------------------------------------------------------------------------------------
// Batches
// ---------------------------------------------------------------------------------------------

/// Alice's batch of `definition` over the `shared` inputs: `fragments` shards of at most
/// `shard_size` bytes in the shard list `cid(3)`, budget `budget`, deadline block 50, `k`.
fn try_batch(
	definition: DefinitionId,
	shared: Vec<(CidInput, u32)>,
	fragments: u32,
	shard_size: u32,
	budget: ComputeUnits,
	k: u8,
) -> DispatchResult {
	let order = BatchOrder {
		definition,
		inputs: refs(BoundedVec::truncate_from(shared)),
		shards: cid(3),
		fragments,
		shard_size,
		cu_budget: budget,
		fee_per_cu: FEE,
		deadline: 50,
		redundancy: k,
	};
	Computations::submit_batch(RuntimeOrigin::signed(ALICE), order)
}

#[test]
fn a_batch_is_one_computation_priced_per_fragment() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::Inference);
		let model = vec![(cid(1), 1024)];
		// Ten fragments, each priced as an inference over the model and an 8,042-byte shard
		// (12 CU, `the_chain_prices_orders_from_the_kernel_and_the_sizes`).
		assert_eq!(Computations::batch_cost(def, vec![1024], 10, 8042), Some(120));
		assert_eq!(Computations::batch_cost(def, vec![], 10, 8042), None, "the model missing");
		let id = NextComputationId::<Test>::get();
		assert_ok!(try_batch(def, model, 10, 8042, 130, 2));
		// The whole budget of every executor is held: 130 CU × fee 3 × k 2.
		assert_eq!(escrow_of(ALICE), 780);
		System::assert_has_event(
			Event::ComputationQueued {
				id,
				owner: ALICE,
				definition: def,
				cu: 120,
				fee_per_cu: FEE,
				redundancy: 2,
				escrow: 780,
				deadline: 50,
			}
			.into(),
		);
		System::assert_last_event(
			Event::BatchQueued { id, fragments: 10, shard_size: 8042, shards: content(3) }.into(),
		);
		assert_eq!(Computations::batch_of(id), Some(Batch { fragments: 10, shard_size: 8042 }));
		// The shard list is its last input, of the size ten shards take.
		let c = Records::<Test>::get(id).unwrap();
		assert_eq!(
			c.inputs.last(),
			Some(&Input {
				cid: content(3),
				size: corex_primitives::batch::shard_list_len(10) as u32
			})
		);
		// From here it is one computation: assigned to k nodes, each committing one result.
		run_to(2);
		let nodes = assigned(id);
		assert_eq!(nodes.len(), 2);
		commit_all(id);
		assert_ok!(Lifecycle::note_revealed(id));
		assert_ok!(Lifecycle::note_verified(id, content(9), None));
		let free = Balances::free_balance(ALICE);
		assert_eq!(Lifecycle::finalize(id, &nodes), Ok(72));
		// Each node's share is 120 CU × 3 = 360: 36 to the pool, 324 to the node; 10 CU of
		// slack per node come back.
		System::assert_last_event(
			Event::ComputationFinalized { id, paid: 648, protocol_fee: 72, refunded: 60 }.into(),
		);
		assert_eq!(Balances::free_balance(ALICE), free + 60);
		assert_eq!(Computations::batch_of(id), None, "closed with its computation");
		assert_eq!(Batches::<Test>::count(), 0);
	});
}

#[test]
fn a_cancelled_batch_leaves_nothing_behind() {
	ExtBuilder::default().build_and_execute(|| {
		let def = define(ComputationKind::DataTransform);
		let id = NextComputationId::<Test>::get();
		assert_ok!(try_batch(def, vec![], 1_024, 100, 1_024, 1));
		assert_eq!(Records::<Test>::get(id).unwrap().cu, 1_024, "at least a CU a fragment");
		assert_ok!(Computations::cancel_computation(RuntimeOrigin::signed(ALICE), id));
		assert_eq!(Computations::batch_of(id), None);
		assert!(escrow_of(ALICE).is_zero());
	});
}

#[test]
fn bad_batches_are_refused_and_change_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		let inference = define(ComputationKind::Inference);
		let transform = define(ComputationKind::DataTransform);
		let gradient = define(ComputationKind::GradientStep);
		let tolerant = NextDefinitionId::<Test>::get();
		let policy = VerificationPolicy {
			mode: VerificationMode::Tolerance {
				metric: corex_primitives::DistanceMetric::Cosine,
				threshold: Perbill::from_percent(99),
			},
			replay_rate: Perbill::zero(),
		};
		assert_ok!(register_definition(
			RuntimeOrigin::signed(BOB),
			ComputationKind::Inference,
			cid(200),
			FEATURES,
			policy,
			None,
			1,
		));
		let model = || vec![(cid(1), 1024)];
		// The executors must agree on content ids alone: no gradient, no tolerance.
		assert_noop!(try_batch(gradient, model(), 2, 8042, 1_000, 1), Error::<Test>::NotBatchable);
		assert_noop!(try_batch(tolerant, model(), 2, 8042, 1_000, 1), Error::<Test>::NotBatchable);
		assert_noop!(try_batch(inference, model(), 0, 8042, 1_000, 1), Error::<Test>::BatchSize);
		assert_noop!(
			try_batch(inference, model(), 1_025, 8042, 1_000_000, 1),
			Error::<Test>::BatchSize
		);
		// No more bytes than one order of the kernel reads: a transform's 1 MiB shard, an
		// inference's model and shard.
		assert_noop!(
			try_batch(transform, vec![], 2, 1 << 19 | 1, u64::MAX / 1_000, 1),
			Error::<Test>::BatchSize
		);
		assert_noop!(
			try_batch(inference, model(), 2, 1 << 20, u64::MAX / 1_000, 1),
			Error::<Test>::BatchSize
		);
		assert_noop!(try_batch(inference, model(), 2, 0, 1_000, 1), Error::<Test>::ShardSize);
		assert_noop!(
			try_batch(inference, model(), 2, (1 << 20) + 1, 1_000_000, 1),
			Error::<Test>::ShardSize
		);
		// The shared inputs are the kernel's, less the shard.
		assert_noop!(
			try_batch(inference, vec![], 2, 8042, 1_000, 1),
			Error::<Test>::WrongInputCount
		);
		assert_noop!(
			try_batch(transform, model(), 2, 8042, 1_000, 1),
			Error::<Test>::WrongInputCount
		);
		// Ten fragments of 12 CU are 120.
		assert_noop!(try_batch(inference, model(), 10, 8042, 119, 1), Error::<Test>::BudgetTooLow);
		assert_noop!(try_batch(99, model(), 2, 8042, 1_000, 1), Error::<Test>::DefinitionNotFound);
		let bad_list = BatchOrder {
			definition: inference,
			inputs: refs(BoundedVec::truncate_from(model())),
			shards: BoundedVec::truncate_from(b"bafy".to_vec()),
			fragments: 2,
			shard_size: 8042,
			cu_budget: 1_000,
			fee_per_cu: FEE,
			deadline: 50,
			redundancy: 1,
		};
		assert_noop!(
			Computations::submit_batch(RuntimeOrigin::signed(ALICE), bad_list),
			Error::<Test>::InvalidCid
		);
		assert_noop!(
			try_batch(inference, model(), 2, 8042, 1_000, 4),
			Error::<Test>::NotEnoughNodes
		);
		assert!(escrow_of(ALICE).is_zero());
		assert_eq!(Batches::<Test>::count(), 0);
	});
}
