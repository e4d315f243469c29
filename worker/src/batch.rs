//! A batch's work (`Computations::submit_batch`): fetch its shard list and every shard, run
//! the kernel once per fragment, and answer with the output manifest (`corex_primitives::batch`).
//! The fragments' outputs are kept with the work state and published with the reveal, after
//! the manifest's content id is committed.

use crate::{
	metrics,
	worker::{fetch, publish, run_kernel, WorkError, TARGET},
	Config,
};
use alloc::vec::Vec;
use codec::Encode;
use corex_compute::{ComputeError, Kernel};
use corex_primitives::{batch, ComputationId, ContentId, NodeId};
use pallet_computations::{Batch, ComputationOf, Pallet as Computations};
use sp_runtime::offchain::storage::StorageValueRef;

/// Storage key of the fragments' outputs of `node`'s work on batch `id`.
pub fn parts_key(node: NodeId, id: ComputationId) -> Vec<u8> {
	(b"corex/cw/parts", node, id).encode()
}

/// Fetch the inputs of batch `c` (its shared inputs, its shard list, each shard) and run
/// `kernel` on every fragment. Returns the output manifest and the fragments' outputs.
pub fn fetch_and_run<T: Config>(
	c: &ComputationOf<T>,
	kernel: Kernel,
	b: Batch,
) -> Result<(corex_compute::Output, Vec<Vec<u8>>), WorkError> {
	let started = metrics::now_ms();
	let mut fetched_blocks = 0u64;
	// The shared inputs, then the shard list (the last input).
	let mut shared = Vec::with_capacity(c.inputs.len());
	for (n, input) in c.inputs.iter().enumerate() {
		let index = u8::try_from(n).unwrap_or(u8::MAX);
		shared.push(fetch::<T>(&input.cid, input.size).map_err(|e| WorkError::Fetch(index, e))?);
		fetched_blocks = fetched_blocks.saturating_add(1);
	}
	let list_index = u8::try_from(shared.len().saturating_sub(1)).unwrap_or(u8::MAX);
	let list = shared.pop().ok_or(WorkError::UnknownKernel)?;
	let shards =
		batch::parse_shard_list(&list, b.fragments, b.shard_size).map_err(WorkError::ShardList)?;
	let features = Computations::<T>::definition(c.definition).map(|d| d.features);
	let mut outputs = Vec::with_capacity(shards.len());
	let mut ids = Vec::with_capacity(shards.len());
	let (mut fetch_ms, mut compute_ms, mut native) = (0u64, 0u64, 0u64);
	let mut inputs = shared;
	let mut last = metrics::now_ms();
	fetch_ms = fetch_ms.saturating_add(last.saturating_sub(started));
	for shard in shards {
		// A shard that cannot be had is the shard list's: the list names it.
		let data =
			fetch::<T>(&shard.cid, shard.size).map_err(|e| WorkError::Fetch(list_index, e))?;
		fetched_blocks = fetched_blocks.saturating_add(1);
		inputs.push(data);
		let now = metrics::now_ms();
		fetch_ms = fetch_ms.saturating_add(now.saturating_sub(last));
		// Each fragment was priced at the definition's sample width: another is refused.
		if features.is_none() || kernel.width(&inputs) != features {
			return Err(WorkError::Compute(ComputeError::FeatureCountMismatch));
		}
		let (output, ran_natively) = run_kernel(kernel, &inputs);
		let output = output.map_err(WorkError::Compute)?;
		native = native.saturating_add(ran_natively);
		inputs.pop();
		ids.push(ContentId::of(&output.blob));
		outputs.push(output.blob);
		last = metrics::now_ms();
		compute_ms = compute_ms.saturating_add(last.saturating_sub(now));
	}
	metrics::record(|m| {
		m.fetches = m.fetches.saturating_add(fetched_blocks);
		m.fetch_ms = m.fetch_ms.saturating_add(fetch_ms);
		m.computes = m.computes.saturating_add(outputs.len() as u64);
		m.native_computes = m.native_computes.saturating_add(native);
		m.compute_ms = m.compute_ms.saturating_add(compute_ms);
	});
	Ok((corex_compute::Output { blob: batch::manifest(&ids), loss: None }, outputs))
}

/// Keep the fragments' outputs of `node`'s work on batch `id` until the batch closes.
pub fn keep_parts(node: NodeId, id: ComputationId, parts: &[Vec<u8>]) {
	if !parts.is_empty() {
		StorageValueRef::persistent(&parts_key(node, id)).set(&parts);
	}
}

/// Publish the fragments' outputs of `node`'s work on batch `id` (with its reveal or replay).
pub fn publish_parts<T: Config>(node: NodeId, id: ComputationId) {
	let Ok(Some(parts)) = StorageValueRef::persistent(&parts_key(node, id)).get::<Vec<Vec<u8>>>()
	else {
		return;
	};
	let failed = parts.iter().filter(|part| !publish::<T>(part)).count();
	if failed > 0 {
		log::debug!(target: TARGET, "batch {id}: {failed} of {} outputs not published", parts.len());
	}
}
