//! The verified-fragment ceiling that the chain's own benchmarked weights allow (the throughput
//! issue's P1): what one gradient fragment of k = 3 on the digits model costs the chain, from
//! the dispatch weights of the calls it takes and of its assignment in the block hook, and how
//! many such fragments a block holds.
//!
//!   cargo test -p corex-runtime --test throughput -- --nocapture
//!
//! Per fragment: the customer's `submit_computation` (two inputs); each of the k executors'
//! commitment and reveal (the reveal carries the gradient, as gradients are compared), either
//! one call each or batched (`commit_results` of 64, `reveal_results` of 16); the hook's
//! `assign` at its charged worst (every candidate scanned). Not counted, so the figure is an
//! upper bound: the timers a fragment may arm (windows closing on a miss), the settlement's
//! bookkeeping beyond what `reveal` charges, and transaction fees' own work. The last line is
//! machine-readable for `scripts/bench.sh`.

#![allow(
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::indexing_slicing,
	clippy::arithmetic_side_effects
)]

mod common;

use codec::Encode;
use corex_compute::Model;
use corex_runtime::{configs::RuntimeBlockWeights, Runtime, RuntimeCall, MILLISECS_PER_BLOCK};
use frame_support::{
	dispatch::{DispatchClass, GetDispatchInfo},
	traits::Get,
	weights::Weight,
	BoundedVec,
};
use pallet_computations::{
	BatchOrder, ComputationOrder, InputRef, ResultCommitment, WeightInfo as _,
};
use pallet_proofs::RevealOf;

const K: u8 = 3;

/// A call's weight in a block: its dispatch weight and the per-extrinsic base.
fn in_block(call: RuntimeCall) -> Weight {
	let base = RuntimeBlockWeights::get().get(DispatchClass::Normal).base_extrinsic;
	call.get_dispatch_info().call_weight.saturating_add(base)
}

fn submit() -> RuntimeCall {
	let input = |n: u8| InputRef { cid: BoundedVec::truncate_from(vec![n; 36]), size: 8_042 };
	RuntimeCall::Computations(pallet_computations::Call::submit_computation {
		order: ComputationOrder {
			definition: 0,
			inputs: BoundedVec::truncate_from(vec![input(1), input(2)]),
			cu_budget: 1_000_000,
			fee_per_cu: 1,
			deadline: 1_000,
			redundancy: K,
		},
	})
}

fn commits(n: usize) -> RuntimeCall {
	let one = ResultCommitment { id: 7, commitment: [3; 32] };
	RuntimeCall::Computations(pallet_computations::Call::commit_results {
		results: BoundedVec::truncate_from(vec![one; n]),
	})
}

fn reveal_of(output_len: usize) -> RevealOf<pallet_proofs::OutputOf<Runtime>> {
	RevealOf {
		id: 7,
		result: corex_primitives::ContentId::of(b"result"),
		loss: None,
		salt: [9; 32],
		output: Some(BoundedVec::truncate_from(vec![1u8; output_len])),
	}
}

#[test]
fn the_verified_fragment_ceiling() {
	common::dev_ext().execute_with(|| {
		// The digits gradient's output: the model's encoding with a count for its shape.
		let output_len = Model::zeros(10, 64).encode().len() + 4;
		let block = RuntimeBlockWeights::get();
		let normal = block.get(DispatchClass::Normal).max_total.unwrap_or(block.max_block);
		let k = u64::from(K);

		let single_commit =
			in_block(RuntimeCall::Computations(pallet_computations::Call::commit_result {
				id: 7,
				commitment: [3; 32],
			}));
		let reveal = reveal_of(output_len);
		let single_reveal = in_block(RuntimeCall::Proofs(pallet_proofs::Call::reveal {
			id: reveal.id,
			result: reveal.result,
			loss: reveal.loss,
			salt: reveal.salt,
			output: reveal.output.clone(),
		}));
		let max_commits = <<Runtime as pallet_computations::Config>::MaxResultsPerCall as Get<
			u32,
		>>::get() as usize;
		let max_reveals =
			<<Runtime as pallet_proofs::Config>::MaxRevealsPerCall as Get<u32>>::get() as usize;
		let batched_commit = in_block(commits(max_commits)).saturating_div(max_commits as u64);
		let batched_reveal = in_block(RuntimeCall::Proofs(pallet_proofs::Call::reveal_results {
			reveals: BoundedVec::truncate_from(vec![reveal.clone(); max_reveals]),
		}))
		.saturating_div(max_reveals as u64);
		let submit = in_block(submit());
		let candidates =
			<<Runtime as pallet_computations::Config>::MaxCandidates as Get<u32>>::get();
		let assign =
			<Runtime as pallet_computations::Config>::WeightInfo::assign(candidates, k as u32);
		let assignments =
			<<Runtime as pallet_computations::Config>::MaxAssignmentsPerBlock as Get<u32>>::get()
				as u64;

		let calls_single =
			submit + single_commit.saturating_mul(k) + single_reveal.saturating_mul(k);
		let calls_batched =
			submit + batched_commit.saturating_mul(k) + batched_reveal.saturating_mul(k);
		let bytes = (output_len as u64 + 80) * k + 200;
		let length = <Runtime as frame_system::Config>::BlockLength::get();
		let max_length = u64::from(*length.max.get(DispatchClass::Normal));
		let by = |calls: Weight| {
			let by_normal = normal.ref_time() / calls.ref_time();
			let by_total = block.max_block.ref_time() / (calls + assign).ref_time();
			by_normal.min(by_total).min(max_length / bytes)
		};
		let (single, batched) = (by(calls_single), by(calls_batched));
		let per_second = |n: u64| n as f64 * 1000.0 / MILLISECS_PER_BLOCK as f64;
		let ms = |w: Weight| w.ref_time() as f64 / 1e9;
		println!("per fragment (k = {K}, gradient output {output_len} bytes), ms of block weight:");
		println!("  submit_computation {:.3}", ms(submit));
		println!(
			"  commitment {:.3} alone, {:.3} in a batch of {max_commits}",
			ms(single_commit),
			ms(batched_commit)
		);
		println!(
			"  reveal {:.3} alone, {:.3} in a batch of {max_reveals}",
			ms(single_reveal),
			ms(batched_reveal)
		);
		println!("  assignment (hook, {candidates} candidates scanned) {:.3}", ms(assign));
		println!(
			"  in all: {:.3} (calls one by one) / {:.3} (batched), plus {:.3} in the hook",
			ms(calls_single),
			ms(calls_batched),
			ms(assign)
		);
		println!(
			"block: {:.0} ms of normal weight, {:.0} ms in all, {} bytes, every {} ms; \
			 the hook assigns at most {assignments} computations a block (MaxAssignmentsPerBlock)",
			ms(normal),
			ms(block.max_block),
			max_length,
			MILLISECS_PER_BLOCK
		);
		println!(
			"ceiling by weight and length: {single} fragments a block one by one ({:.1}/s), \
			 {batched} batched ({:.1}/s); by the assignment cap: {assignments} a block ({:.1}/s)",
			per_second(single),
			per_second(batched),
			per_second(assignments)
		);
		let ceiling = batched.min(assignments);
		println!(
			"ceiling_per_block={ceiling} ceiling_per_s={:.2} weight_bound_per_s={:.2} \
			 assignment_bound_per_s={:.2} block_ms={MILLISECS_PER_BLOCK}",
			per_second(ceiling),
			per_second(batched),
			per_second(assignments)
		);
		// What the figures rest on: batching costs less per fragment than one call each, a
		// block holds at least one fragment, and the hook's assignment cap is within its
		// governed range.
		assert!(calls_batched.ref_time() < calls_single.ref_time());
		assert!(single >= 1 && batched >= single);
		assert!((1..=32).contains(&assignments));
	});
}

/// Fragments per batch in `corex load` (and `scripts/bench.sh`'s P1 run).
const BATCH: u32 = 512;

#[test]
fn the_verified_fragment_ceiling_of_batches() {
	common::dev_ext().execute_with(|| {
		let block = RuntimeBlockWeights::get();
		let normal = block.get(DispatchClass::Normal).max_total.unwrap_or(block.max_block);
		let k = u64::from(K);
		let submit = in_block(RuntimeCall::Computations(pallet_computations::Call::submit_batch {
			order: BatchOrder {
				definition: 0,
				inputs: BoundedVec::new(),
				shards: BoundedVec::truncate_from(vec![1; 36]),
				fragments: BATCH,
				shard_size: 600,
				cu_budget: 1_000_000,
				fee_per_cu: 1,
				deadline: 1_000,
				redundancy: K,
			},
		}));
		let commit =
			in_block(RuntimeCall::Computations(pallet_computations::Call::commit_result {
				id: 7,
				commitment: [3; 32],
			}));
		// A batch's reveal carries no output: the executors' manifests are compared by id.
		let reveal = in_block(RuntimeCall::Proofs(pallet_proofs::Call::reveal {
			id: 7,
			result: corex_primitives::ContentId::of(b"manifest"),
			loss: None,
			salt: [9; 32],
			output: None,
		}));
		let candidates =
			<<Runtime as pallet_computations::Config>::MaxCandidates as Get<u32>>::get();
		let assign =
			<Runtime as pallet_computations::Config>::WeightInfo::assign(candidates, k as u32);
		let assignments =
			<<Runtime as pallet_computations::Config>::MaxAssignmentsPerBlock as Get<u32>>::get()
				as u64;
		let calls = submit + commit.saturating_mul(k) + reveal.saturating_mul(k);
		let by_normal = normal.ref_time() / calls.ref_time();
		let by_total = block.max_block.ref_time() / (calls + assign).ref_time();
		let by_weight = by_normal.min(by_total);
		let batches = by_weight.min(assignments);
		let per_second = |n: u64| n as f64 * 1000.0 / MILLISECS_PER_BLOCK as f64;
		let ms = |w: Weight| w.ref_time() as f64 / 1e9;
		println!("per batch (k = {K}, {BATCH} fragments), ms of block weight:");
		println!("  submit_batch {:.3}", ms(submit));
		println!("  commitment {:.3} ({K} of them)", ms(commit));
		println!("  reveal without output {:.3} ({K} of them)", ms(reveal));
		println!("  assignment (hook) {:.3}", ms(assign));
		println!("  in all {:.3} in calls, plus {:.3} in the hook", ms(calls), ms(assign));
		println!(
			"ceiling: {by_weight} batches a block by weight, {assignments} by the assignment cap: \
			 {batches} batches, {} fragments a block",
			batches * u64::from(BATCH)
		);
		println!(
			"batch_fragments={BATCH} batch_ceiling_per_s={:.2} batch_weight_bound_per_s={:.2} \
			 batch_assignment_bound_per_s={:.2} batch_ms={:.3} block_ms={MILLISECS_PER_BLOCK}",
			per_second(batches * u64::from(BATCH)),
			per_second(by_weight * u64::from(BATCH)),
			per_second(assignments * u64::from(BATCH)),
			ms(calls + assign)
		);
		// A batch costs the chain what one computation does: the ceiling in fragments is the
		// fragments of a batch times the batches a block holds, at least 1,000 a second.
		assert!(batches >= 1);
		assert!(per_second(batches * u64::from(BATCH)) >= 1_000.0);
	});
}
