//! The worker's counters ([`WorkerMetrics`]) in persistent off-chain storage under
//! [`METRICS_KEY`], which the node exports on its Prometheus endpoint (`corex_worker_*`).

use corex_primitives::worker::{WorkerMetrics, METRICS_KEY};
use sp_runtime::offchain::storage::{MutateStorageError, StorageValueRef};

/// How often a lost compare-and-set is tried again. Only workers of overlapping blocks race
/// on the counters (a handful at most), so a change is dropped only if this many others land
/// between its read and its write, which no chain's block rate comes near.
pub const RETRIES: usize = 32;

/// Apply `change` to the stored counters, atomically: the read and the write are one
/// compare-and-set, tried again when another worker wrote in between.
pub fn record(change: impl Fn(&mut WorkerMetrics)) {
	let store = StorageValueRef::persistent(METRICS_KEY);
	for _ in 0..RETRIES {
		let result = store.mutate::<WorkerMetrics, (), _>(|old| {
			let mut metrics = old.ok().flatten().unwrap_or_default();
			change(&mut metrics);
			Ok(metrics)
		});
		if !matches!(result, Err(MutateStorageError::ConcurrentModification(_))) {
			return;
		}
	}
	log::warn!(target: crate::worker::TARGET, "worker metrics: a change was dropped after {RETRIES} races");
}

/// The counters as stored (zero before the worker's first record).
pub fn read() -> WorkerMetrics {
	StorageValueRef::persistent(METRICS_KEY).get().ok().flatten().unwrap_or_default()
}

/// Milliseconds on the node's clock.
pub fn now_ms() -> u64 {
	sp_io::offchain::timestamp().unix_millis()
}
