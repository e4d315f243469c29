//! Corex metrics on the node's Prometheus endpoint: the compute worker's counters
//! (`corex_primitives::worker::WorkerMetrics`), which the worker keeps in the node's persistent
//! off-chain storage. They are read at each scrape, so nothing polls and nothing is copied.
//! The node's registry labels every series with the chain's id (`chain="corex_demo"`).
//!
//! | metric | what |
//! |---|---|
//! | `corex_worker_assignments_seen_total` | assignments the worker found for its nodes |
//! | `corex_worker_commits_sent_total` | commitments sent |
//! | `corex_worker_reveals_sent_total` | reveals sent |
//! | `corex_worker_replays_sent_total` | replays sent (verifier, dispute panel) |
//! | `corex_worker_disputes_sent_total` | disputes sent |
//! | `corex_worker_fetches_total` | inputs fetched |
//! | `corex_worker_fetch_seconds_total` | time spent fetching them |
//! | `corex_worker_computes_total` | kernels run |
//! | `corex_worker_native_computes_total` | of those, run natively (the node's host function) |
//! | `corex_worker_compute_seconds_total` | time spent running them |
//! | `corex_worker_failures_total{cause}` | failures by cause: `fetch`, `refused`, `unknown_kernel`, `send` |

use corex_primitives::worker::{WorkerMetrics, METRICS_KEY};
use prometheus_endpoint::{
	register, MetricSource, Opts, PrometheusError, Registry, SourcedCounter,
};
use sp_core::offchain::{OffchainStorage, STORAGE_PREFIX};
use sp_core::Decode;

/// What a metric reads from the counters.
#[derive(Clone, Copy)]
enum Pick {
	/// One value.
	One(fn(&WorkerMetrics) -> f64),
	/// The failures, one value per cause.
	Failures,
}

/// The worker's counters as a source of metric values.
#[derive(Clone)]
struct WorkerSource<S> {
	storage: S,
	pick: Pick,
}

/// The counters as stored, zero before the worker's first record.
pub fn read<S: OffchainStorage>(storage: &S) -> WorkerMetrics {
	storage
		.get(STORAGE_PREFIX, METRICS_KEY)
		.and_then(|bytes| WorkerMetrics::decode(&mut &bytes[..]).ok())
		.unwrap_or_default()
}

impl<S: OffchainStorage> MetricSource for WorkerSource<S> {
	type N = f64;

	fn collect(&self, mut set: impl FnMut(&[&str], f64)) {
		let metrics = read(&self.storage);
		match self.pick {
			Pick::One(value) => set(&[], value(&metrics)),
			Pick::Failures => {
				for (cause, count) in [
					("fetch", metrics.failed_fetch),
					("refused", metrics.failed_refused),
					("unknown_kernel", metrics.failed_unknown_kernel),
					("send", metrics.failed_send),
				] {
					set(&[cause], count as f64);
				}
			},
		}
	}
}

/// Registers the `corex_worker_*` metrics, read from `storage` (the node's off-chain storage).
pub fn register_worker_metrics<S: OffchainStorage + 'static>(
	registry: &Registry,
	storage: S,
) -> Result<(), PrometheusError> {
	let counters: [(&str, &str, fn(&WorkerMetrics) -> f64); 10] = [
		(
			"corex_worker_assignments_seen_total",
			"Assignments the compute worker found for its nodes",
			|m| m.assignments_seen as f64,
		),
		("corex_worker_commits_sent_total", "Result commitments the compute worker sent", |m| {
			m.commits_sent as f64
		}),
		("corex_worker_reveals_sent_total", "Reveals the compute worker sent", |m| {
			m.reveals_sent as f64
		}),
		(
			"corex_worker_replays_sent_total",
			"Replays the compute worker sent (verifier, dispute panel)",
			|m| m.replays_sent as f64,
		),
		("corex_worker_disputes_sent_total", "Disputes the compute worker sent", |m| {
			m.disputes_sent as f64
		}),
		("corex_worker_fetches_total", "Inputs the compute worker fetched from the gateway", |m| {
			m.fetches as f64
		}),
		(
			"corex_worker_fetch_seconds_total",
			"Seconds the compute worker spent fetching inputs",
			|m| m.fetch_ms as f64 / 1000.0,
		),
		("corex_worker_computes_total", "Kernels the compute worker ran", |m| m.computes as f64),
		(
			"corex_worker_native_computes_total",
			"Kernels the compute worker ran natively, through the node's host function",
			|m| m.native_computes as f64,
		),
		(
			"corex_worker_compute_seconds_total",
			"Seconds the compute worker spent running kernels",
			|m| m.compute_ms as f64 / 1000.0,
		),
	];
	for (name, help, value) in counters {
		let source = WorkerSource { storage: storage.clone(), pick: Pick::One(value) };
		register(SourcedCounter::new(&Opts::new(name, help), source)?, registry)?;
	}
	let failures = Opts::new(
		"corex_worker_failures_total",
		"Compute worker failures by cause: fetch (an input not served), refused (the kernel \
		 refused the inputs), unknown_kernel, send (a transaction not sent)",
	)
	.variable_label("cause");
	register(
		SourcedCounter::new(&failures, WorkerSource { storage, pick: Pick::Failures })?,
		registry,
	)?;
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;
	use prometheus_endpoint::prometheus::{Encoder, TextEncoder};

	#[test]
	fn the_worker_counters_are_exported_as_they_are_stored() {
		let text = |storage: &sp_core::offchain::storage::InMemOffchainStorage| {
			let registry = Registry::new();
			register_worker_metrics(&registry, storage.clone()).unwrap();
			let mut out = Vec::new();
			TextEncoder::new().encode(&registry.gather(), &mut out).unwrap();
			String::from_utf8(out).unwrap()
		};
		let mut storage = sp_core::offchain::storage::InMemOffchainStorage::default();
		assert!(
			text(&storage).contains("corex_worker_commits_sent_total 0"),
			"zero before any work"
		);
		let metrics = WorkerMetrics {
			assignments_seen: 9,
			commits_sent: 8,
			reveals_sent: 7,
			fetch_ms: 1500,
			failed_fetch: 2,
			failed_send: 1,
			computes: 6,
			native_computes: 5,
			..Default::default()
		};
		storage.set(STORAGE_PREFIX, METRICS_KEY, &metrics.encode());
		let text = text(&storage);
		for line in [
			"corex_worker_assignments_seen_total 9",
			"corex_worker_commits_sent_total 8",
			"corex_worker_reveals_sent_total 7",
			"corex_worker_fetch_seconds_total 1.5",
			"corex_worker_failures_total{cause=\"fetch\"} 2",
			"corex_worker_failures_total{cause=\"send\"} 1",
			"corex_worker_failures_total{cause=\"refused\"} 0",
			"corex_worker_computes_total 6",
			"corex_worker_native_computes_total 5",
		] {
			assert!(text.contains(line), "{line} in:\n{text}");
		}
	}
}
