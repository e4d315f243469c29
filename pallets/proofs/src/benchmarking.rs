//! Benchmarks of the proofs pallet, each on its worst path: tolerance verdicts over `k` vector
//! outputs of `b` bytes, with a minority (or, after a replay, all but one) punished.

use super::*;
use crate::commitments::commitment;
use alloc::{vec, vec::Vec};
use codec::Encode;
use corex_primitives::{ComputationKind, DistanceMetric, VerificationMode, VerificationPolicy};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{Get, Hooks},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::{
	traits::{One, Saturating},
	Perbill,
};

/// Cosine similarity of at least one half.
const HALF_COSINE: VerificationPolicy = VerificationPolicy {
	mode: VerificationMode::Tolerance {
		metric: DistanceMetric::Cosine,
		threshold: Perbill::from_percent(50),
	},
	replay_rate: Perbill::zero(),
};

/// Inference labels of `b` encoded bytes: all ones, with a spike at `spike`.
fn labels(b: u32, spike: u32) -> Vec<u8> {
	let len = b.saturating_sub(4).max(1) as usize;
	let mut v = vec![1u8; len];
	if let Some(x) = v.get_mut(spike as usize % len) {
		*x = 2;
	}
	v.encode()
}

/// A zero vector: similar to nothing.
fn zeros(b: u32) -> Vec<u8> {
	vec![0u8; b.saturating_sub(4).max(1) as usize].encode()
}

fn outcome(output: &[u8]) -> Outcome {
	Outcome { result: ContentId::of(output), loss: None }
}

fn salt(n: u32) -> [u8; 32] {
	[n as u8; 32]
}

/// A committed tolerance computation whose executor `n` committed to `outputs[n]`.
fn committed<T: Config>(outputs: &[Vec<u8>]) -> (ComputationId, Vec<(NodeId, T::AccountId)>) {
	let k = outputs.len() as u32;
	let commit = |id: ComputationId, n: u32, node: NodeId| {
		commitment::<T>(id, node, &outcome(&outputs[n as usize]), &salt(n))
	};
	let (id, executors) =
		T::BenchmarkHelper::committed(ComputationKind::Inference, HALF_COSINE, k, &commit);
	assert_eq!(executors.len() as u32, k, "all executors assigned");
	drawn::<T>(id);
	assert!(
		Verifications::<T>::get(id).is_some_and(|v| v.phase == Phase::Revealing),
		"reveals open"
	);
	(id, executors)
}

/// Run the pending draw of `id` (its sample, or its escalation's verifier) now, as the hook does
/// `DrawDelay` blocks later.
fn drawn<T: Config>(id: ComputationId) {
	if let Some(v) = Verifications::<T>::get(id) {
		if matches!(v.phase, Phase::Drawing | Phase::Escalating { .. }) {
			let at = v.until.saturating_add(One::one());
			Timers::<T>::remove(at, id);
			Pallet::<T>::on_timer(id, at);
		}
	}
}

fn reveal_as<T: Config>(
	id: ComputationId,
	n: usize,
	(_, worker): &(NodeId, T::AccountId),
	output: &[u8],
) {
	let o = outcome(output);
	let bounded: OutputOf<T> = BoundedVec::truncate_from(output.to_vec());
	Pallet::<T>::reveal(
		RawOrigin::Signed(worker.clone()).into(),
		id,
		o.result,
		None,
		salt(n as u32),
		Some(bounded),
	)
	.expect("a valid reveal");
}

/// Orthogonal outputs of `b` bytes: zeros everywhere but one distinct position each, so no two
/// agree.
fn orthogonal(k: u32, b: u32) -> Vec<Vec<u8>> {
	let len = b.saturating_sub(4).max(1);
	(0..k)
		.map(|n| {
			let mut v = vec![0u8; len as usize];
			if let Some(x) = v.get_mut((n % len) as usize) {
				*x = 200;
			}
			v.encode()
		})
		.collect()
}

/// `k` executors revealed `outputs` (no two agree), and the verifier of the escalation replayed
/// `outputs[0]`: the verdict it proposes, open to dispute. Returns the computation, the
/// executors and the verifier.
fn proposed<T: Config>(
	outputs: &[Vec<u8>],
) -> (ComputationId, Vec<(NodeId, T::AccountId)>, NodeId) {
	let (id, executors) = committed::<T>(outputs);
	for (n, executor) in executors.iter().enumerate() {
		reveal_as::<T>(id, n, executor, &outputs[n]);
	}
	drawn::<T>(id);
	let verifier = Verifications::<T>::get(id).and_then(|v| v.verifier).expect("escalated");
	let claim = outputs[0].clone();
	Pallet::<T>::submit_replay(
		RawOrigin::Signed(T::BenchmarkHelper::worker_of(verifier)).into(),
		id,
		outcome(&claim).result,
		None,
		Some(BoundedVec::truncate_from(claim)),
	)
	.expect("the verifier replays");
	(id, executors, verifier)
}

/// Draw the panel of disputed `id` now, as the hook does `DrawDelay` blocks after the dispute.
fn panel_drawn<T: Config>(id: ComputationId) {
	if let Some(v) = Verifications::<T>::get(id).filter(|v| v.phase == Phase::PanelDrawing) {
		let at = v.until.saturating_add(One::one());
		Timers::<T>::remove(at, id);
		Pallet::<T>::on_timer(id, at);
	}
}

#[benchmarks(where T::Currency: frame_support::traits::fungible::Mutate<T::AccountId>)]
mod benchmarks {
	use super::*;
	use frame_support::traits::fungible::Mutate;

	/// An executor found wrong disputes the verdict: its bond held, the panel's draw scheduled.
	#[benchmark]
	fn dispute() {
		let outputs = orthogonal(2, 64);
		let (id, executors, _) = proposed::<T>(&outputs);
		let (_, worker) = executors[1].clone();
		let bond = T::DisputeBond::get();
		T::Currency::set_balance(&worker, bond.saturating_mul(10u32.into()));
		#[extrinsic_call]
		_(RawOrigin::Signed(worker), id);
		assert!(Disputes::<T>::contains_key(id));
	}

	/// The last panel member's replay overturns a verifier's verdict over `k` outputs of `b`
	/// bytes: the verifier and every executor but the disputer are punished.
	#[benchmark]
	fn settle_dispute(
		k: Linear<2, { T::MaxRedundancy::get() }>,
		b: Linear<16, { T::MaxOutputLen::get() }>,
	) {
		let outputs = orthogonal(k, b);
		let (id, executors, _) = proposed::<T>(&outputs);
		let (_, worker) = executors[1].clone();
		T::Currency::set_balance(&worker, T::DisputeBond::get().saturating_mul(10u32.into()));
		Pallet::<T>::dispute(RawOrigin::Signed(worker).into(), id).expect("disputes");
		panel_drawn::<T>(id);
		let panel: Vec<NodeId> =
			Disputes::<T>::get(id).expect("disputed").replays.iter().map(|(n, _)| *n).collect();
		assert_eq!(panel.len() as u32, DISPUTE_PANEL, "a full panel");
		let truth = outputs[1].clone();
		let (last, first) = panel.split_last().expect("a panel");
		for node in first {
			Pallet::<T>::submit_replay(
				RawOrigin::Signed(T::BenchmarkHelper::worker_of(*node)).into(),
				id,
				outcome(&truth).result,
				None,
				Some(BoundedVec::truncate_from(truth.clone())),
			)
			.expect("the panel replays");
		}
		let o = outcome(&truth);
		let bounded: OutputOf<T> = BoundedVec::truncate_from(truth);
		#[extrinsic_call]
		submit_replay(
			RawOrigin::Signed(T::BenchmarkHelper::worker_of(*last)),
			id,
			o.result,
			None,
			Some(bounded),
		);
		assert!(!Verifications::<T>::contains_key(id), "settled");
	}

	/// A dispute window closes undisputed: the verifier's verdict over `k` outputs of `b` bytes
	/// takes effect, every executor but one punished.
	#[benchmark]
	fn close_dispute_window(
		k: Linear<2, { T::MaxRedundancy::get() }>,
		b: Linear<16, { T::MaxOutputLen::get() }>,
	) {
		let outputs = orthogonal(k, b);
		let (id, _, _) = proposed::<T>(&outputs);
		let at = Verifications::<T>::get(id).map(|v| v.until.saturating_add(One::one()));
		if let Some(at) = at {
			frame_system::Pallet::<T>::set_block_number(at);
		}
		#[block]
		{
			if let Some(at) = at {
				Pallet::<T>::on_timer(id, at);
			}
		}
		assert!(!Verifications::<T>::contains_key(id), "settled");
	}

	/// The last of `k` reveals: a tolerance verdict over `k` outputs of `b` bytes; the first
	/// `⌊(k − 1) / 2⌋` executors revealed zero vectors and are punished, the others are paid.
	#[benchmark]
	fn reveal(
		k: Linear<1, { T::MaxRedundancy::get() }>,
		b: Linear<16, { T::MaxOutputLen::get() }>,
	) {
		let wrong = (k.saturating_sub(1) / 2) as usize;
		let outputs: Vec<Vec<u8>> = (0..k as usize)
			.map(|n| if n < wrong { zeros(b) } else { labels(b, n as u32) })
			.collect();
		let (id, executors) = committed::<T>(&outputs);
		let (last, others) = executors.split_last().expect("k ≥ 1");
		for (n, executor) in others.iter().enumerate() {
			reveal_as::<T>(id, n, executor, &outputs[n]);
		}
		let n = others.len();
		let o = outcome(&outputs[n]);
		let bounded: OutputOf<T> = BoundedVec::truncate_from(outputs[n].clone());
		#[extrinsic_call]
		_(RawOrigin::Signed(last.1.clone()), id, o.result, None, salt(n as u32), Some(bounded));
		assert!(!Verifications::<T>::contains_key(id), "settled");
	}

	/// A replay after an escalation settles `k` reveals of `b` bytes: every executor revealed
	/// a different spike (no majority); the verifier agrees with one, the others are punished.
	#[benchmark]
	fn submit_replay(
		k: Linear<2, { T::MaxRedundancy::get() }>,
		b: Linear<16, { T::MaxOutputLen::get() }>,
	) {
		let outputs = orthogonal(k, b);
		let (id, executors) = committed::<T>(&outputs);
		for (n, executor) in executors.iter().enumerate() {
			reveal_as::<T>(id, n, executor, &outputs[n]);
		}
		drawn::<T>(id);
		let v = Verifications::<T>::get(id).expect("escalated");
		assert_eq!(v.phase, Phase::Escalated, "no majority");
		let verifier = v.verifier.expect("a verifier");
		let worker = T::BenchmarkHelper::worker_of(verifier);
		let truth: Vec<u8> = outputs[0].clone();
		let o = outcome(&truth);
		let bounded: OutputOf<T> = BoundedVec::truncate_from(truth);
		#[extrinsic_call]
		_(RawOrigin::Signed(worker), id, o.result, None, Some(bounded));
		assert!(
			Verifications::<T>::get(id).is_none_or(|v| v.phase == Phase::Disputable),
			"settled, or proposed"
		);
	}

	/// A reveal window closes with nobody revealed: `k` punishments and a refund.
	#[benchmark]
	fn on_timer(k: Linear<1, { T::MaxRedundancy::get() }>) {
		let outputs: Vec<Vec<u8>> = (0..k).map(|n| labels(64, n)).collect();
		let (id, _) = committed::<T>(&outputs);
		let v = Verifications::<T>::get(id).expect("open");
		let at = v.until.saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(at);
		#[block]
		{
			Pallet::<T>::on_timer(id, at);
		}
		assert!(!Verifications::<T>::contains_key(id), "settled");
	}

	/// A pending slash applied by the hook: a punished executor slashed three times (the
	/// customer's, the verifier's and the pool's shares). The benchmark's node has one stake
	/// position; `slash_weight` adds node staking's worst slashes on top.
	#[benchmark]
	fn apply_slash() {
		let outputs: Vec<Vec<u8>> = vec![labels(64, 0)];
		let (id, executors) = committed::<T>(&outputs);
		let (node, _) = executors[0].clone();
		let customer = T::Computations::facts(id).expect("open").owner;
		PendingSlashes::<T>::insert(
			0,
			PendingSlash {
				id,
				node,
				reason: corex_primitives::SlashReason::WrongResult,
				reputation: None,
				customer: customer.clone(),
				verifier: Some(customer),
				fault_epoch: 0,
			},
		);
		SlashQueue::<T>::put((0, 1));
		#[block]
		{
			Pallet::<T>::apply_pending_slashes(frame_support::weights::Weight::MAX);
		}
		assert_eq!(PendingSlashes::<T>::count(), 0);
		assert_eq!(SlashQueue::<T>::get(), (1, 1));
	}

	/// A block without due timers, with `c` computations' timers a million blocks ahead: the
	/// hook reads this block's timers only.
	#[benchmark]
	fn on_initialize_idle(c: Linear<100, { corex_primitives::scale::COMPUTATIONS }>) {
		let now = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		let far = now.saturating_add(1_000_000u32.into());
		for id in 0..u64::from(c) {
			Timers::<T>::insert(far, id, ());
		}
		TimerCursor::<T>::put(now);
		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
