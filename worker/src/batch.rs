//! A batch's work (`Computations::submit_batch`): fetch its shard list and every shard, run
//! the kernel once per fragment, and answer with the output manifest (`corex_primitives::batch`).
//! The fragments' outputs are kept with the work state and published with the reveal, after
//! the manifest's content id is committed.

use crate::{
	metrics,
	worker::{fetch_all, publish, run_kernel, WorkError, TARGET},
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

/// Fetch the inputs of batch `c` (its shared inputs and its shard list, then every shard, a
/// group at a time), check every shard's width, and only then run `kernel` on every fragment:
/// a shard that cannot be had or is refused is found before any work is done. Returns the
/// output manifest and the fragments' outputs.
pub fn fetch_and_run<T: Config>(
	c: &ComputationOf<T>,
	kernel: Kernel,
	b: Batch,
) -> Result<(corex_compute::Output, Vec<Vec<u8>>), WorkError> {
	let started = metrics::now_ms();
	// The shared inputs, then the shard list (the last input).
	let wanted: Vec<(ContentId, u32)> = c.inputs.iter().map(|i| (i.cid, i.size)).collect();
	let mut shared = Vec::with_capacity(wanted.len());
	for (n, fetched) in fetch_all::<T>(&wanted).into_iter().enumerate() {
		let index = u8::try_from(n).unwrap_or(u8::MAX);
		shared.push(fetched.map_err(|e| WorkError::Fetch(index, e))?);
	}
	let list_index = u8::try_from(shared.len().saturating_sub(1)).unwrap_or(u8::MAX);
	let list = shared.pop().ok_or(WorkError::UnknownKernel)?;
	let shards =
		batch::parse_shard_list(&list, b.fragments, b.shard_size).map_err(WorkError::ShardList)?;
	let wanted: Vec<(ContentId, u32)> = shards.iter().map(|s| (s.cid, s.size)).collect();
	let mut data = Vec::with_capacity(wanted.len());
	for fetched in fetch_all::<T>(&wanted) {
		// A shard that cannot be had is the shard list's: the list names it.
		data.push(fetched.map_err(|e| WorkError::Fetch(list_index, e))?);
	}
	let fetched_blocks = (c.inputs.len() as u64).saturating_add(data.len() as u64);
	let fetched_at = metrics::now_ms();
	metrics::record(|m| {
		m.fetches = m.fetches.saturating_add(fetched_blocks);
		m.fetch_ms = m.fetch_ms.saturating_add(fetched_at.saturating_sub(started));
	});
	// Each fragment was priced at the definition's sample width: another is refused.
	let features = Computations::<T>::definition(c.definition).map(|d| d.features);
	let mut inputs = shared;
	for shard in data.iter() {
		inputs.push(shard.clone());
		let width = kernel.width(&inputs);
		inputs.pop();
		if features.is_none() || width != features {
			return Err(WorkError::Compute(ComputeError::FeatureCountMismatch));
		}
	}
	let mut outputs = Vec::with_capacity(data.len());
	let mut ids = Vec::with_capacity(data.len());
	let mut native = 0u64;
	for shard in data {
		inputs.push(shard);
		let (output, ran_natively) = run_kernel(kernel, &inputs);
		inputs.pop();
		let output = output.map_err(WorkError::Compute)?;
		native = native.saturating_add(ran_natively);
		ids.push(ContentId::of(&output.blob));
		outputs.push(output.blob);
	}
	let ran = metrics::now_ms();
	metrics::record(|m| {
		m.computes = m.computes.saturating_add(outputs.len() as u64);
		m.native_computes = m.native_computes.saturating_add(native);
		m.compute_ms = m.compute_ms.saturating_add(ran.saturating_sub(fetched_at));
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
