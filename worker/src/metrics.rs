//! The worker's counters ([`WorkerMetrics`]) in persistent off-chain storage under
//! [`METRICS_KEY`], which the node exports on its Prometheus endpoint (`corex_worker_*`).

use corex_primitives::worker::{WorkerMetrics, METRICS_KEY};
use sp_runtime::offchain::storage::{MutateStorageError, StorageValueRef};

/// Apply `change` to the stored counters. Workers of overlapping blocks may race on them: a
/// lost compare-and-set is tried again once, after which the change is dropped (a counter one
/// short, nothing worse).
pub fn record(change: impl Fn(&mut WorkerMetrics)) {
	let store = StorageValueRef::persistent(METRICS_KEY);
	for _ in 0..2 {
		let result = store.mutate::<WorkerMetrics, (), _>(|old| {
			let mut metrics = old.ok().flatten().unwrap_or_default();
			change(&mut metrics);
			Ok(metrics)
		});
		if !matches!(result, Err(MutateStorageError::ConcurrentModification(_))) {
			return;
		}
	}
}

/// The counters as stored (zero before the worker's first record).
pub fn read() -> WorkerMetrics {
	StorageValueRef::persistent(METRICS_KEY).get().ok().flatten().unwrap_or_default()
}

/// Milliseconds on the node's clock.
pub fn now_ms() -> u64 {
	sp_io::offchain::timestamp().unix_millis()
}
