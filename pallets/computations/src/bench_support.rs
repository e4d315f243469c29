//! Set-ups for other pallets' benchmarks (the proofs pallet's): committed computations on real
//! queue state.

use crate::*;
use alloc::vec::Vec;
use corex_primitives::{ComputationKind, VerificationPolicy};
use frame_support::{
	traits::{
		fungible::{Mutate, MutateHold},
		Get,
	},
	BoundedVec,
};
use sp_runtime::traits::{SaturatedConversion, Saturating};

/// Computation `id` past its `AssignmentDelay`: in the queue, as its timer would put it.
pub fn ready<T: Config>(id: ComputationId) {
	if let Some(mut c) = Computations::<T>::get(id) {
		Pallet::<T>::undefer(id, &c);
		Pallet::<T>::retime(id, &mut c);
		Computations::<T>::insert(id, c);
	}
}

/// A computation of `kind` under `policy` whose `k` executors have committed to what
/// `commitment(id, n, node)` gives executor `n`. `k + 1` fresh nodes are offered, so one is left for a
/// verifier. Returns the computation and each executor's node and worker account.
pub fn committed<T: Config>(
	kind: ComputationKind,
	policy: VerificationPolicy,
	k: u32,
	commitment: &dyn Fn(ComputationId, u32, NodeId) -> [u8; 32],
) -> (ComputationId, Vec<(NodeId, T::AccountId)>) {
	let base = OfferedCount::<T>::get().saturating_add(NextDefinitionId::<T>::get() * 64);
	// k executors, a verifier, a disputer and a dispute panel.
	for seed in 0..k.saturating_add(5) {
		if let Ok(node) = <T::BenchmarkHelper as corex_primitives::NodeBenchmarking>::active_node(
			base.saturating_add(seed),
		) {
			if let Some(operator) = T::Nodes::operator(node) {
				let _ = Pallet::<T>::do_offer(operator, node);
			}
		}
	}
	let owner: T::AccountId = frame_benchmarking::account("customer", base, 0);
	let rich: BalanceOf<T> = 1_000_000_000_000_000_000_000u128.saturated_into();
	T::Currency::set_balance(&owner, rich);
	let definition = NextDefinitionId::<T>::get();
	let spec = InputRef::new(ContentId::of(b"spec"), 1).cid;
	let new = NewDefinition { kind, spec, features: 64, policy, device_class: None, min_tier: 0 };
	let _ = Pallet::<T>::do_register_definition(owner.clone(), new);
	// Ordered without the order's checks (any `k`, whatever the governance minimum).
	let id = NextComputationId::<T>::get();
	NextComputationId::<T>::put(id.saturating_add(1));
	let fee = T::BaseFeePerCu::get();
	let escrow = crate::orders::fee_of(fee, 1, k as u8).unwrap_or_default();
	let _ = T::Currency::hold(&HoldReason::Escrow.into(), &owner, escrow);
	let inputs =
		BoundedVec::truncate_from(alloc::vec![Input { cid: ContentId::of(b"input"), size: 1 }]);
	let now = frame_system::Pallet::<T>::block_number();
	let deadline = now.saturating_add(T::MaxDeadline::get());
	Pallet::<T>::create_computation(
		id, owner, definition, kind, inputs, 1, 1, fee, escrow, k as u8, deadline, None,
	);
	ready::<T>(id);
	if let Some(key) = ComputationQueue::<T>::iter_keys().find(|key| queue_key_id(key) == id) {
		Pallet::<T>::try_assign(key, now, &[7; 32]);
	}
	let nodes: Vec<NodeId> = Computations::<T>::get(id)
		.map(|c| c.slots.iter().map(|s| s.node).collect())
		.unwrap_or_default();
	let mut executors = Vec::new();
	for (n, node) in nodes.into_iter().enumerate() {
		let worker = T::BenchmarkHelper::worker_account(node);
		let _ = Pallet::<T>::do_commit(worker.clone(), id, commitment(id, n as u32, node));
		executors.push((node, worker));
	}
	(id, executors)
}
