//! Benchmarks of the computation queue (frame-benchmarking v2). Assignment is measured against
//! the number of candidates looked at and `k`; an order against its inputs and the queue's
//! length, to show that the queue's size does not change its cost.

use super::*;
use crate::Pallet as Computations;
use corex_primitives::{
	ComputationLifecycle, ComputationStatus, NodeBenchmarking, VerificationMode, VerificationPolicy,
};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Mutate, MutateHold},
		Get, Hooks,
	},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{
	traits::{One, SaturatedConversion, Saturating},
	Perbill,
};

const EXACT: VerificationPolicy =
	VerificationPolicy { mode: VerificationMode::Exact, replay_rate: Perbill::zero() };

fn funded<T: Config>(name: &'static str, seed: u32) -> T::AccountId {
	let who: T::AccountId = account(name, seed, 0);
	let amount: BalanceOf<T> = 1_000_000_000_000_000_000_000u128.saturated_into();
	T::Currency::set_balance(&who, amount);
	who
}

fn cid(n: u32) -> CidInput {
	BoundedVec::truncate_from(ContentId::of(&n.to_le_bytes()).to_cid_bytes().to_vec())
}

/// A gradient-step definition anyone may use, owned by a funded account.
fn definition<T: Config>() -> DefinitionId {
	definition_of::<T>(ComputationKind::GradientStep)
}

/// A definition of `kind`, exact, 1 CU a run.
fn definition_of<T: Config>(kind: ComputationKind) -> DefinitionId {
	let owner = funded::<T>("definer", 0);
	let id = NextDefinitionId::<T>::get();
	let features = 64;
	let new = NewDefinition {
		kind,
		spec: cid(0),
		features,
		policy: EXACT,
		device_class: None,
		min_tier: 0,
	};
	Computations::<T>::do_register_definition(owner, new).expect("the definition is valid");
	id
}

/// `n` active nodes, offered by their operators.
fn offer_nodes<T: Config>(n: u32) -> alloc::vec::Vec<NodeId> {
	(0..n)
		.map(|seed| {
			let node = T::BenchmarkHelper::active_node(seed).expect("an active node");
			let operator = T::Nodes::operator(node).expect("the node has an operator");
			Computations::<T>::do_offer(operator, node).expect("the node can be offered");
			node
		})
		.collect()
}

/// A queued computation of `k` nodes with `inputs` inputs, written without the order's checks.
fn queued<T: Config>(
	owner: &T::AccountId,
	definition: DefinitionId,
	k: u8,
	inputs: u32,
) -> ComputationId {
	let id = Computations::<T>::next_computation_id().expect("ids left");
	let fee = T::BaseFeePerCu::get();
	let escrow = orders::fee_of(fee, 1, k).expect("no overflow");
	T::Currency::hold(&HoldReason::Escrow.into(), owner, escrow).expect("funded");
	let inputs = (0..inputs).map(|n| Input { cid: ContentId::of(&n.to_le_bytes()), size: 1 });
	let deadline = frame_system::Pallet::<T>::block_number().saturating_add(T::MaxDeadline::get());
	Computations::<T>::create_computation(
		id,
		owner.clone(),
		definition,
		ComputationKind::GradientStep,
		BoundedVec::truncate_from(inputs.collect()),
		1,
		1,
		fee,
		escrow,
		k,
		deadline,
		None,
	);
	crate::bench_support::ready::<T>(id);
	id
}

/// Fill the queue with `q` entries (keys only: assignment never reaches them).
fn fill_queue<T: Config>(q: u32) {
	for n in 0..q {
		ComputationQueue::<T>::insert(queue_key(0, u64::MAX.saturating_sub(u64::from(n))), ());
	}
}

/// `c` computations in flight: assigned, their timers a million blocks ahead, none queued
/// (copies of one order, written without the order's checks).
fn in_flight<T: Config>(c: u32) {
	let def = definition::<T>();
	let customer = funded::<T>("customer", 0);
	let first = queued::<T>(&customer, def, 1, 1);
	let _ = ComputationQueue::<T>::clear(u32::MAX, None);
	let far = frame_system::Pallet::<T>::block_number().saturating_add(1_000_000u32.into());
	let mut template = crate::Computations::<T>::get(first).expect("stored");
	template.status = ComputationStatus::Assigned;
	template.timer = Some(far);
	for n in 0..c {
		let id = first.saturating_add(n.into());
		crate::Computations::<T>::insert(id, &template);
		Timers::<T>::insert(far, id, ());
	}
	NextComputationId::<T>::put(first.saturating_add(c.into()));
}

fn advance<T: Config>(blocks: BlockNumberFor<T>) -> BlockNumberFor<T> {
	let now = frame_system::Pallet::<T>::block_number().saturating_add(blocks);
	frame_system::Pallet::<T>::set_block_number(now);
	now
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_definition() {
		let owner = funded::<T>("owner", 0);
		let features = 64;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			NewDefinition {
				kind: ComputationKind::Inference,
				spec: cid(1),
				features,
				policy: EXACT,
				device_class: None,
				min_tier: 1,
			},
		);
		assert!(Definitions::<T>::contains_key(0));
	}

	#[benchmark]
	fn retire_definition() {
		let id = definition::<T>();
		let owner = Definitions::<T>::get(id).expect("registered").owner;
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);
		assert!(!Definitions::<T>::contains_key(id));
	}

	#[benchmark]
	fn submit_computation(
		// An order carries exactly its kernel's inputs (`WrongInputCount`): one for a data
		// transform, two for a gradient step or an inference.
		i: Linear<1, 2>,
		q: Linear<0, { T::MaxQueueLength::get().saturating_sub(1) }>,
	) {
		let k = T::MinRedundancy::get().max(1);
		offer_nodes::<T>(u32::from(k));
		let kind =
			if i == 1 { ComputationKind::DataTransform } else { ComputationKind::GradientStep };
		let def = definition_of::<T>(kind);
		fill_queue::<T>(q);
		let customer = funded::<T>("customer", 0);
		let inputs = BoundedVec::truncate_from(
			(0..i).map(|n| InputRef { cid: cid(n), size: 1024 }).collect(),
		);
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::MaxDeadline::get());
		let order = ComputationOrder {
			definition: def,
			inputs,
			cu_budget: 1_000_000,
			fee_per_cu: T::BaseFeePerCu::get(),
			deadline,
			redundancy: k,
		};
		#[extrinsic_call]
		_(RawOrigin::Signed(customer), order);
		assert_eq!(Computations::<T>::queued_count(), q.saturating_add(1));
	}

	#[benchmark]
	fn submit_batch(q: Linear<0, { T::MaxQueueLength::get().saturating_sub(1) }>) {
		// The chain's work on a batch does not depend on its fragments: the most, with the
		// inference's shared model, against a queue of `q`.
		let k = T::MinRedundancy::get().max(1);
		offer_nodes::<T>(u32::from(k));
		let def = definition_of::<T>(ComputationKind::Inference);
		fill_queue::<T>(q);
		let customer = funded::<T>("customer", 0);
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::MaxDeadline::get());
		let order = BatchOrder {
			definition: def,
			inputs: BoundedVec::truncate_from(alloc::vec![InputRef { cid: cid(1), size: 1024 }]),
			shards: cid(2),
			fragments: T::MaxBatchFragments::get(),
			shard_size: 1024,
			cu_budget: 1_000_000,
			fee_per_cu: T::BaseFeePerCu::get(),
			deadline,
			redundancy: k,
		};
		#[extrinsic_call]
		_(RawOrigin::Signed(customer), order);
		assert_eq!(Computations::<T>::queued_count(), q.saturating_add(1));
		assert_eq!(Batches::<T>::count(), 1);
	}

	#[benchmark]
	fn cancel_computation() {
		let def = definition::<T>();
		let customer = funded::<T>("customer", 0);
		let id = queued::<T>(&customer, def, 1, T::MaxInputs::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(customer), id);
		assert!(!crate::Computations::<T>::contains_key(id));
	}

	#[benchmark]
	fn offer_node() {
		let node = T::BenchmarkHelper::active_node(0).expect("an active node");
		let operator = T::Nodes::operator(node).expect("an operator");
		#[extrinsic_call]
		_(RawOrigin::Signed(operator), node);
		assert_eq!(OfferedCount::<T>::get(), 1);
	}

	#[benchmark]
	fn withdraw_node() {
		// Withdrawing the first of two moves the second into its place (the longer path).
		let nodes = offer_nodes::<T>(2);
		let node = *nodes.first().expect("two nodes");
		let operator = T::Nodes::operator(node).expect("an operator");
		#[extrinsic_call]
		_(RawOrigin::Signed(operator), node);
		assert_eq!(OfferedCount::<T>::get(), 1);
	}

	#[benchmark]
	fn commit_result() {
		// The last of `MaxRedundancy` commitments: it completes the computation.
		let k = T::MaxRedundancy::get();
		let nodes = offer_nodes::<T>(k);
		let def = definition::<T>();
		let customer = funded::<T>("customer", 0);
		let id = queued::<T>(&customer, def, k as u8, 1);
		let key = ComputationQueue::<T>::iter_keys().next().expect("queued");
		let now = advance::<T>(One::one());
		Computations::<T>::try_assign(key, now, &[1; 32]);
		let slots: alloc::vec::Vec<NodeId> =
			crate::Computations::<T>::get(id).expect("open").slots.iter().map(|s| s.node).collect();
		assert_eq!(slots.len() as u32, k);
		let (last, others) = slots.split_last().expect("k ≥ 1");
		for node in others {
			let worker = T::BenchmarkHelper::worker_account(*node);
			Computations::<T>::do_commit(worker, id, [1; 32]).expect("assigned");
		}
		let worker = T::BenchmarkHelper::worker_account(*last);
		let _ = nodes;
		#[extrinsic_call]
		_(RawOrigin::Signed(worker), id, [2; 32]);
		assert_eq!(
			crate::Computations::<T>::get(id).expect("open").status,
			ComputationStatus::Committed
		);
	}

	#[benchmark]
	fn report_unavailable() {
		// The worst case: the report that makes a majority of `MaxRedundancy` nodes, which ends
		// the computation and pays every one of its `k` nodes (the reporters and those that
		// committed) for its time.
		let k = T::MaxRedundancy::get();
		offer_nodes::<T>(k);
		let def = definition::<T>();
		let customer = funded::<T>("customer", 0);
		let id = queued::<T>(&customer, def, k as u8, 1);
		let key = ComputationQueue::<T>::iter_keys().next().expect("queued");
		let now = advance::<T>(One::one());
		Computations::<T>::try_assign(key, now, &[1; 32]);
		let slots: alloc::vec::Vec<NodeId> =
			crate::Computations::<T>::get(id).expect("open").slots.iter().map(|s| s.node).collect();
		assert_eq!(slots.len() as u32, k);
		let (last, others) = slots.split_last().expect("k ≥ 1");
		let minority = (k / 2) as usize;
		for (i, node) in others.iter().enumerate() {
			let worker = T::BenchmarkHelper::worker_account(*node);
			if i < minority {
				Computations::<T>::do_report_unavailable(worker, id, Unavailability::Input(0))
					.expect("assigned");
			} else {
				Computations::<T>::do_commit(worker, id, [1; 32]).expect("assigned");
			}
		}
		let worker = T::BenchmarkHelper::worker_account(*last);
		#[extrinsic_call]
		_(RawOrigin::Signed(worker), id, Unavailability::Refused);
		assert!(crate::Computations::<T>::get(id).is_none());
	}

	#[benchmark]
	fn commit_results(n: Linear<1, { T::MaxResultsPerCall::get() }>) {
		// `n` computations of `MaxRedundancy` nodes, every one waiting for the same node's
		// commitment, which completes it.
		let k = T::MaxRedundancy::get();
		offer_nodes::<T>(k);
		let def = definition::<T>();
		let customer = funded::<T>("customer", 0);
		let now = advance::<T>(One::one());
		let ids: alloc::vec::Vec<ComputationId> = (0..n)
			.map(|_| {
				let id = queued::<T>(&customer, def, k as u8, 1);
				let key = ComputationQueue::<T>::iter_keys().next().expect("queued");
				Computations::<T>::try_assign(key, now, &[1; 32]);
				id
			})
			.collect();
		let first = crate::Computations::<T>::get(ids[0]).expect("open");
		let last = first.slots.first().expect("k ≥ 1").node;
		for id in &ids {
			let c = crate::Computations::<T>::get(id).expect("open");
			assert_eq!(c.slots.len() as u32, k);
			for slot in c.slots.iter().filter(|s| s.node != last) {
				let worker = T::BenchmarkHelper::worker_account(slot.node);
				Computations::<T>::do_commit(worker, *id, [1; 32]).expect("assigned");
			}
		}
		let results = BoundedVec::truncate_from(
			ids.iter().map(|id| ResultCommitment { id: *id, commitment: [2; 32] }).collect(),
		);
		let worker = T::BenchmarkHelper::worker_account(last);
		#[extrinsic_call]
		_(RawOrigin::Signed(worker), results);
		for id in ids {
			assert_eq!(
				crate::Computations::<T>::get(id).expect("open").status,
				ComputationStatus::Committed
			);
		}
	}

	#[benchmark]
	fn submit_training_job(s: Linear<1, { T::MaxShardsPerJob::get() }>) {
		let k = T::MinRedundancy::get().max(1);
		offer_nodes::<T>(u32::from(k));
		let def = definition::<T>();
		let customer = funded::<T>("customer", 0);
		let shards = BoundedVec::truncate_from(
			(0..s).map(|n| InputRef { cid: cid(n), size: 4096 }).collect(),
		);
		let job = TrainingJobOrder {
			definition: def,
			shards,
			validation: InputRef { cid: cid(100), size: 1024 },
			model: InputRef { cid: cid(101), size: 1024 },
			rounds: T::MaxRounds::get() as u16,
			learning_rate: 1 << 14,
			redundancy: k,
			fee_per_cu: T::BaseFeePerCu::get(),
			fragment_blocks: T::MaxDeadline::get().saturated_into(),
		};
		#[extrinsic_call]
		_(RawOrigin::Signed(customer), job);
		assert_eq!(Computations::<T>::queued_count(), s);
	}

	/// The verdict on a round's aggregation of a job of `s` shards: the new model is adopted,
	/// the round's `s` gradients are cleared and the next round queues `s` gradient fragments.
	/// The most a verdict's hand-off to the queue costs (`note_verified_weight`).
	#[benchmark]
	fn note_verified(s: Linear<1, { T::MaxShardsPerJob::get() }>) {
		let k = T::MinRedundancy::get().max(1);
		offer_nodes::<T>(u32::from(k));
		let def = definition::<T>();
		let customer = funded::<T>("customer", 0);
		let shards = BoundedVec::truncate_from(
			(0..s).map(|n| InputRef::new(ContentId::of(&n.to_le_bytes()), 4096)).collect(),
		);
		let model = InputRef::new(ContentId::of(b"model"), 1024);
		let job = NextJobId::<T>::get();
		let order = TrainingJobOrder {
			definition: def,
			shards,
			validation: model.clone(),
			model,
			rounds: 2,
			learning_rate: 1 << 14,
			redundancy: k,
			fee_per_cu: T::BaseFeePerCu::get(),
			fragment_blocks: T::MaxDeadline::get().saturated_into(),
		};
		Computations::<T>::do_submit_job(customer, order).expect("a valid job");
		let mut record = Jobs::<T>::get(job).expect("the job");
		for n in 0..s {
			RoundGradients::<T>::insert(job, n as u16, ContentId::of(b"gradient"));
		}
		Computations::<T>::queue_aggregation(job, &mut record).expect("queued");
		Jobs::<T>::insert(job, record);
		let id = NextComputationId::<T>::get().saturating_sub(1);
		crate::Computations::<T>::mutate(id, |c| {
			if let Some(c) = c {
				c.status = ComputationStatus::Committed;
			}
		});
		#[block]
		{
			<Computations<T> as ComputationLifecycle<T::AccountId, BalanceOf<T>>>::note_verified(
				id,
				ContentId::of(b"next model"),
				Some(1),
			)
			.expect("verified");
		}
		assert_eq!(Jobs::<T>::get(job).map(|j| j.round), Some(1));
		assert_eq!(RoundGradients::<T>::iter_prefix(job).count(), 0);
	}

	#[benchmark]
	fn remove_training_job(r: Linear<0, { T::MaxRounds::get() }>) {
		let k = T::MinRedundancy::get().max(1);
		offer_nodes::<T>(u32::from(k));
		let def = definition::<T>();
		let customer = funded::<T>("customer", 0);
		let model = InputRef::new(ContentId::of(b"model"), 1);
		let order = TrainingJobOrder {
			definition: def,
			shards: BoundedVec::truncate_from(alloc::vec![InputRef::new(
				ContentId::of(b"shard"),
				1
			)]),
			validation: model.clone(),
			model,
			rounds: 1,
			learning_rate: 1,
			redundancy: k,
			fee_per_cu: T::BaseFeePerCu::get(),
			fragment_blocks: T::MaxDeadline::get().saturated_into(),
		};
		Computations::<T>::do_submit_job(customer.clone(), order).expect("a valid job");
		// The job failed; its history holds `r` rounds.
		let fragment = crate::Computations::<T>::iter_keys().next().expect("a fragment");
		let c = crate::Computations::<T>::get(fragment).expect("open");
		Computations::<T>::end(fragment, c, settlement::Ending::Failed);
		for round in 0..r {
			JobRounds::<T>::insert(
				0,
				round as u16,
				RoundRecord { model: ContentId::of(b"m"), validation_loss: 1 },
			);
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(customer), 0);
		assert!(!Jobs::<T>::contains_key(0));
	}

	/// A block with nothing due, `c` computations in flight (their timers far ahead) and `n`
	/// offered nodes (up to `MaxOfferedNodes`, 10,000 in the runtime): the hook reads the
	/// timers due, one node's probe and the queue's head, never the computations or the nodes
	/// as a whole.
	#[benchmark]
	fn on_initialize_idle(
		c: Linear<100, { corex_primitives::scale::COMPUTATIONS }>,
		n: Linear<10, { T::MaxOfferedNodes::get() }>,
	) {
		let nodes = offer_nodes::<T>(n);
		in_flight::<T>(c);
		// Every node probed this epoch, so the probe step (charged on its own) sends none; and
		// a block starts with no events, where the setup's would make appends look slow.
		let epoch = T::Nodes::current_epoch();
		for node in nodes {
			LastProbed::<T>::insert(node, epoch);
		}
		frame_system::Pallet::<T>::reset_events();
		let now = advance::<T>(One::one());
		#[block]
		{
			Computations::<T>::on_initialize(now);
		}
		assert!(crate::Computations::<T>::count() >= c);
	}

	#[benchmark]
	fn assign(
		c: Linear<{ T::MaxRedundancy::get() }, { T::MaxCandidates::get() }>,
		k: Linear<1, { T::MaxRedundancy::get() }>,
	) {
		offer_nodes::<T>(c);
		let def = definition::<T>();
		let customer = funded::<T>("customer", 0);
		let id = queued::<T>(&customer, def, k as u8, 1);
		let key = ComputationQueue::<T>::iter_keys().next().expect("queued");
		let now = advance::<T>(One::one());
		#[block]
		{
			Computations::<T>::try_assign(key, now, &[7; 32]);
		}
		assert_eq!(
			crate::Computations::<T>::get(id).expect("open").status,
			ComputationStatus::Assigned
		);
	}

	#[benchmark]
	fn on_timer(k: Linear<1, { T::MaxRedundancy::get() }>) {
		// All k nodes miss their window: each is penalized and slashed, and the computation goes
		// back to the queue.
		offer_nodes::<T>(k);
		let def = definition::<T>();
		let customer = funded::<T>("customer", 0);
		let id = queued::<T>(&customer, def, k as u8, 1);
		let key = ComputationQueue::<T>::iter_keys().next().expect("queued");
		let now = advance::<T>(One::one());
		Computations::<T>::try_assign(key, now, &[7; 32]);
		let at = crate::Computations::<T>::get(id).expect("open").timer.expect("a timer");
		let now = advance::<T>(T::ExecutionWindow::get().saturating_add(One::one()));
		assert!(at <= now);
		#[block]
		{
			Computations::<T>::on_timer(id, at, now);
		}
		let c = crate::Computations::<T>::get(id).expect("open");
		assert_eq!(c.status, ComputationStatus::Queued);
		assert_eq!(c.missed.len() as u32, k);
	}

	/// An operator asks for a probe while an earlier one lies unanswered past its window: the
	/// miss is noted and a new probe sent.
	#[benchmark]
	fn request_probe() {
		let node = T::BenchmarkHelper::active_node(0).expect("an active node");
		let operator = T::Nodes::operator(node).expect("an operator");
		let zero = BlockNumberFor::<T>::from(0u32);
		Probes::<T>::insert(
			node,
			OpenProbe { seed: [1; 32], samples: 1, issued: zero, deadline: zero },
		);
		let now = BlockNumberFor::<T>::from(2u32);
		frame_system::Pallet::<T>::set_block_number(now);
		#[extrinsic_call]
		_(RawOrigin::Signed(operator), node);
		assert_eq!(Probes::<T>::get(node).map(|p| p.issued), Some(now));
	}

	/// A right answer of `n` labels: the chain generates the probe and compares every label.
	#[benchmark]
	fn submit_probe(n: Linear<1, { corex_compute::probe::MAX_PROBE_SAMPLES }>) {
		let node = T::BenchmarkHelper::active_node(0).expect("an active node");
		let now = frame_system::Pallet::<T>::block_number();
		let open = OpenProbe {
			seed: [7; 32],
			samples: n,
			issued: now,
			deadline: now.saturating_add(10u32.into()),
		};
		Probes::<T>::insert(node, open);
		let labels = Computations::<T>::probe_of(&open).answer().expect("a probe");
		let worker = T::BenchmarkHelper::worker_account(node);
		#[extrinsic_call]
		_(RawOrigin::Signed(worker), BoundedVec::truncate_from(labels));
		assert!(Probes::<T>::get(node).is_none());
	}

	/// The hook's probe step sends the next offered node, due, its probe.
	#[benchmark]
	fn probe_step() {
		let node = T::BenchmarkHelper::active_node(0).expect("an active node");
		let operator = T::Nodes::operator(node).expect("an operator");
		Computations::<T>::do_offer(operator, node).expect("offered");
		ProbeCursor::<T>::put(OfferedCount::<T>::get().saturating_sub(1));
		let now = frame_system::Pallet::<T>::block_number();
		#[block]
		{
			Computations::<T>::probe_step(now);
		}
		assert!(Probes::<T>::contains_key(node));
	}

	/// A heartbeat that shifts a full record of 32 epochs.
	#[benchmark]
	fn heartbeat() {
		let node = T::BenchmarkHelper::active_node(0).expect("an active node");
		T::BenchmarkHelper::next_epoch();
		let epoch = T::Nodes::current_epoch();
		Heartbeats::<T>::insert(
			node,
			Liveness { first: 0, last: epoch.saturating_sub(1), seen: u32::MAX },
		);
		let worker = T::BenchmarkHelper::worker_account(node);
		#[extrinsic_call]
		_(RawOrigin::Signed(worker));
		assert_eq!(Heartbeats::<T>::get(node).map(|l| l.last), Some(epoch));
	}

	impl_benchmark_test_suite!(
		Computations,
		crate::mock::WithProbes::probes(crate::mock::ExtBuilder::default().nodes(0), 10).build(),
		crate::mock::Test
	);
}
