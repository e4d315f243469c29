//! What the off-chain worker does each block (see the crate docs).

use crate::{metrics, signing::send_signed, Config};
use alloc::{format, string::String, vec::Vec};
use codec::{Decode, Encode};
use corex_compute::Kernel;
use corex_primitives::{ComputationId, ComputationKind, ContentId, NodeId};
use frame_support::traits::Get;
use frame_support::BoundedVec;
use frame_system::{offchain::AppCrypto, pallet_prelude::BlockNumberFor};
use pallet_computations::{ComputationOf, Pallet as Computations, Part, Unavailability};
use pallet_proofs::{Outcome, Pallet as Proofs, Phase};
use sp_runtime::{
	offchain::{
		http,
		storage::{MutateStorageError, StorageValueRef},
		storage_lock::{BlockAndTime, StorageLock},
		Duration, StorageKind,
	},
	traits::{IdentifyAccount, SaturatedConversion},
	RuntimeAppPublic,
};

/// Log target.
pub(crate) const TARGET: &str = "compute-worker";

pub use corex_primitives::worker::{DEFAULT_GATEWAY, GATEWAY_KEY, IPFS_API_KEY};

/// An assignment's work in progress, in persistent off-chain storage.
#[derive(Clone, PartialEq, Eq, Debug, Default, Encode, Decode)]
pub struct WorkState {
	/// The output blob, once computed.
	pub output: Option<Vec<u8>>,
	/// The aggregation's validation loss (Q16.16), if any.
	pub loss: Option<u32>,
	/// The salt of the commitment.
	pub salt: [u8; 32],
	/// The block in which the commitment was last sent.
	pub sent_at: Option<u64>,
	/// The kernel refused the inputs: nothing to commit.
	pub refused: bool,
	/// The block in which the reveal (or, for a verifier, the replay) was last sent.
	pub revealed_at: Option<u64>,
	/// The first block in which an input could not be fetched, and which (from 0).
	pub unavailable_since: Option<(u64, u8)>,
	/// The block in which the report that the node cannot deliver was last sent.
	pub reported_at: Option<u64>,
	/// The block in which a dispute of the verdict against this node was last sent.
	pub disputed_at: Option<u64>,
}

/// Storage key of the work state of `node` on computation `id`.
pub fn state_key(node: NodeId, id: ComputationId) -> Vec<u8> {
	(b"corex/cw/state", node, id).encode()
}

/// Why an input could not be had.
#[derive(Debug, PartialEq, Eq)]
pub enum FetchError {
	/// The request failed or timed out.
	Http,
	/// The gateway answered with this status.
	Status(u16),
	/// The body is larger than declared.
	TooLarge,
	/// The body's sha2-256 is not the content id.
	HashMismatch,
}

fn setting(key: &[u8]) -> Option<String> {
	let raw = sp_io::offchain::local_storage_get(StorageKind::PERSISTENT, key)?;
	let text = String::from_utf8(raw).ok()?;
	let trimmed = text.trim().trim_end_matches('/');
	(!trimmed.is_empty()).then(|| String::from(trimmed))
}

/// The gateway inputs are fetched from.
pub fn gateway() -> String {
	setting(GATEWAY_KEY).unwrap_or_else(|| String::from(DEFAULT_GATEWAY))
}

fn deadline<T: Config>() -> sp_runtime::offchain::Timestamp {
	sp_io::offchain::timestamp().add(Duration::from_millis(T::HttpTimeoutMs::get()))
}

/// Fetch the raw block `cid` (at most `max` bytes) and check its hash.
pub fn fetch<T: Config>(cid: &ContentId, max: u32) -> Result<Vec<u8>, FetchError> {
	let deadline = deadline::<T>();
	let pending = request(cid, deadline)?;
	let response = pending.try_wait(deadline).map_err(|_| FetchError::Http)?;
	check(response, cid, max)
}

/// Fetch the raw blocks `blocks` (each a content id and the most bytes it may have), up to
/// `FETCH_AT_ONCE` requests in flight at a time, each group within one timeout. The results are
/// in order.
pub fn fetch_all<T: Config>(blocks: &[(ContentId, u32)]) -> Vec<Result<Vec<u8>, FetchError>> {
	let mut results = Vec::with_capacity(blocks.len());
	for group in blocks.chunks(FETCH_AT_ONCE) {
		let deadline = deadline::<T>();
		let mut sent = Vec::with_capacity(group.len());
		let mut pending = Vec::with_capacity(group.len());
		for (cid, _) in group {
			match request(cid, deadline) {
				Ok(request) => {
					sent.push(Ok(pending.len()));
					pending.push(request);
				},
				Err(e) => sent.push(Err(e)),
			}
		}
		let mut answers: Vec<Option<http::HttpResult>> =
			http::PendingRequest::try_wait_all(pending, deadline)
				.into_iter()
				.map(Result::ok)
				.collect();
		for ((cid, max), sent) in group.iter().zip(sent) {
			results.push(match sent {
				Ok(n) => match answers.get_mut(n).and_then(Option::take) {
					Some(response) => check(response, cid, *max),
					None => Err(FetchError::Http),
				},
				Err(e) => Err(e),
			});
		}
	}
	results
}

/// Most requests `fetch_all` has in flight at once.
pub const FETCH_AT_ONCE: usize = 32;

/// Sends the request for the raw block `cid`.
fn request(
	cid: &ContentId,
	deadline: sp_runtime::offchain::Timestamp,
) -> Result<http::PendingRequest, FetchError> {
	let text = cid.to_cid_string();
	let cid_text = core::str::from_utf8(&text).map_err(|_| FetchError::Http)?;
	let url = format!("{}/ipfs/{}?format=raw", gateway(), cid_text);
	http::Request::get(&url)
		.add_header("Accept", "application/vnd.ipld.raw")
		.deadline(deadline)
		.send()
		.map_err(|_| FetchError::Http)
}

/// The block a gateway answered for `cid`: found, at most `max` bytes, of that content id.
fn check(response: http::HttpResult, cid: &ContentId, max: u32) -> Result<Vec<u8>, FetchError> {
	let response = response.map_err(|_| FetchError::Http)?;
	if response.code != 200 {
		return Err(FetchError::Status(response.code));
	}
	let limit = usize::try_from(max).unwrap_or(usize::MAX);
	let body: Vec<u8> = response.body().take(limit.saturating_add(1)).collect();
	if body.len() > limit {
		return Err(FetchError::TooLarge);
	}
	if ContentId::of(&body) != *cid {
		return Err(FetchError::HashMismatch);
	}
	Ok(body)
}

/// The multipart body (and its content type) that uploads `blob` as one file part.
pub fn multipart(blob: &[u8]) -> (String, Vec<u8>) {
	const BOUNDARY: &str = "corex-block-boundary";
	let mut body = format!(
		"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"block\"\r\nContent-Type: application/octet-stream\r\n\r\n"
	)
	.into_bytes();
	body.extend_from_slice(blob);
	body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
	(format!("multipart/form-data; boundary={BOUNDARY}"), body)
}

/// Publish `blob` as a raw block through the IPFS RPC (`/api/v0/block/put`, multipart as kubo
/// takes it). Best effort: returns whether the node accepted it.
pub fn publish<T: Config>(blob: &[u8]) -> bool {
	let api = setting(IPFS_API_KEY).unwrap_or_else(gateway);
	let url = format!("{api}/api/v0/block/put?cid-codec=raw&mhtype=sha2-256");
	let (content_type, body) = multipart(blob);
	let deadline = deadline::<T>();
	let sent = http::Request::post(&url, alloc::vec![body])
		.add_header("Content-Type", &content_type)
		.deadline(deadline)
		.send();
	match sent.map(|p| p.try_wait(deadline)) {
		Ok(Ok(Ok(response))) => response.code == 200,
		_ => false,
	}
}

/// The kernel of computation `c`.
pub fn kernel_of<T: Config>(c: &ComputationOf<T>) -> Option<Kernel> {
	match c.kind {
		ComputationKind::Aggregation => {
			let fragment = c.fragment.filter(|f| f.part == Part::Aggregate)?;
			let job = Computations::<T>::job(fragment.job)?;
			Some(Kernel::Aggregate { learning_rate: job.learning_rate })
		},
		kind => Computations::<T>::order_kernel(kind),
	}
}

/// Fetch the inputs of computation `id` (`c`) and run its kernel, counting fetches, runs, their
/// times and failures in the worker's metrics. Returns the output and, for a batch, the
/// fragments' outputs (its output is their manifest).
pub fn compute<T: Config>(
	id: ComputationId,
	c: &ComputationOf<T>,
) -> Result<(corex_compute::Output, Vec<Vec<u8>>), WorkError> {
	let result = match (kernel_of::<T>(c), Computations::<T>::batch(id)) {
		(None, _) => Err(WorkError::UnknownKernel),
		(Some(kernel), Some(b)) => crate::batch::fetch_and_run::<T>(c, kernel, b),
		(Some(kernel), None) => fetch_and_run::<T>(c, kernel).map(|output| (output, Vec::new())),
	};
	if let Err(e) = &result {
		metrics::record(|m| {
			let failed = match e {
				WorkError::Fetch(..) => &mut m.failed_fetch,
				WorkError::Compute(_) | WorkError::ShardList(_) => &mut m.failed_refused,
				WorkError::UnknownKernel => &mut m.failed_unknown_kernel,
			};
			*failed = failed.saturating_add(1);
		});
	}
	result
}

/// Run `kernel` on `inputs`: natively through the node's host function where the node has it
/// (the same code and integers, at native speed with SIMD); in this Wasm otherwise. Returns
/// the output and 1 if it ran natively.
pub fn run_kernel(
	kernel: Kernel,
	inputs: &[Vec<u8>],
) -> (Result<corex_compute::Output, corex_compute::ComputeError>, u64) {
	match corex_compute_host::run_natively(kernel, inputs) {
		Some(output) => (output, 1),
		None => (corex_compute::run(kernel, inputs), 0),
	}
}

fn fetch_and_run<T: Config>(
	c: &ComputationOf<T>,
	kernel: Kernel,
) -> Result<corex_compute::Output, WorkError> {
	let mut inputs = Vec::with_capacity(c.inputs.len());
	let started = metrics::now_ms();
	for (n, input) in c.inputs.iter().enumerate() {
		let index = u8::try_from(n).unwrap_or(u8::MAX);
		inputs.push(fetch::<T>(&input.cid, input.size).map_err(|e| WorkError::Fetch(index, e))?);
	}
	let fetched = metrics::now_ms();
	metrics::record(|m| {
		m.fetches = m.fetches.saturating_add(inputs.len() as u64);
		m.fetch_ms = m.fetch_ms.saturating_add(fetched.saturating_sub(started));
	});
	// The chain priced the order for its definition's sample width: inputs of another width
	// are refused, not run at a price that may not cover them.
	let features = Computations::<T>::definition(c.definition).map(|d| d.features);
	if features.is_none() || kernel.width(&inputs) != features {
		return Err(WorkError::Compute(corex_compute::ComputeError::FeatureCountMismatch));
	}
	let (output, native) = run_kernel(kernel, &inputs);
	let output = output.map_err(WorkError::Compute);
	let ran = metrics::now_ms();
	metrics::record(|m| {
		m.computes = m.computes.saturating_add(1);
		m.native_computes = m.native_computes.saturating_add(native);
		m.compute_ms = m.compute_ms.saturating_add(ran.saturating_sub(fetched));
	});
	output
}

/// Why an assignment was not worked on this time.
#[derive(Debug, PartialEq, Eq)]
pub enum WorkError {
	/// Input `n` (from 0) could not be fetched (tried again next block; reported unavailable
	/// after `ReportUnavailableAfter` blocks of failures, or as the window closes).
	Fetch(u8, FetchError),
	/// The kernel refused the inputs (not tried again).
	Compute(corex_compute::ComputeError),
	/// A batch's shard list is not the one it declared (not tried again).
	ShardList(corex_primitives::batch::ListError),
	/// The computation's kernel is not known here.
	UnknownKernel,
}

/// One block's work: every local worker key, every open assignment of its node.
pub fn run<T: Config>(now: BlockNumberFor<T>) {
	let keys = <T::WorkerCrypto as AppCrypto<T::Public, T::Signature>>::RuntimeAppPublic::all();
	for key in keys {
		let generic: <T::WorkerCrypto as AppCrypto<T::Public, T::Signature>>::GenericPublic =
			key.into();
		let public: T::Public = generic.into();
		let account = public.clone().into_account();
		let Ok(node) = corex_primitives::EnsureWorker::<
			T::AccountId,
			<T as pallet_computations::Config>::Nodes,
			<T as pallet_computations::Config>::AccountToWorker,
		>::node_of(&account) else {
			continue;
		};
		heartbeat::<T>(node, &public, now.saturated_into());
		answer_probe::<T>(node, &public, now.saturated_into());
		crate::keys::submit_shares::<T>(node, &public, now.saturated_into());
		crate::keys::report_inactive::<T>(node, &public, now.saturated_into());
		let open = Computations::<T>::assignments_of(node);
		forget_closed(node, &open);
		for id in open {
			if let Err(e) = work_on::<T>(node, id, &public, now) {
				log::warn!(target: TARGET, "node {node}, computation {id}: {e:?}");
			}
		}
	}
}

/// Send `node`'s heartbeat for this epoch, unless the chain has it already or one was sent less
/// than `ResubmitAfter` blocks ago. Returns whether one was sent.
pub fn heartbeat<T: Config>(node: NodeId, public: &T::Public, now: u64) -> bool {
	let epoch =
		<<T as pallet_computations::Config>::Nodes as corex_primitives::EpochClock>::current_epoch(
		);
	if Computations::<T>::last_heartbeat(node).is_some_and(|last| last >= epoch) {
		return false;
	}
	let wait: u64 = T::ResubmitAfter::get().saturated_into();
	let marker_key = (b"corex/cw/heartbeat", node).encode();
	let marker = StorageValueRef::persistent(&marker_key);
	if marker
		.get::<(u32, u64)>()
		.ok()
		.flatten()
		.is_some_and(|(sent, at)| sent == epoch && now < at.saturating_add(wait))
	{
		return false;
	}
	if send_signed::<T, _>(pallet_computations::Call::heartbeat {}, public, now) {
		marker.set(&(epoch, now));
		return true;
	}
	false
}

/// Answer the node's open capability probe: generate it from its seed, run it, send the labels
/// (`submit_probe`). Not again for the same probe less than `ResubmitAfter` blocks later.
/// Returns whether an answer was sent.
pub fn answer_probe<T: Config>(node: NodeId, public: &T::Public, now: u64) -> bool {
	let Some(open) = Computations::<T>::probe_of_node(node) else { return false };
	let wait: u64 = T::ResubmitAfter::get().saturated_into();
	let marker_key = (b"corex/cw/probe", node).encode();
	let marker = StorageValueRef::persistent(&marker_key);
	if marker
		.get::<([u8; 32], u64)>()
		.ok()
		.flatten()
		.is_some_and(|(seed, at)| seed == open.seed && now < at.saturating_add(wait))
	{
		return false;
	}
	let labels = match Computations::<T>::probe_of(&open).answer() {
		Ok(labels) => labels,
		Err(e) => {
			log::warn!(target: TARGET, "node {node}: probe not computed: {e:?}");
			return false;
		},
	};
	let call =
		pallet_computations::Call::submit_probe { labels: BoundedVec::truncate_from(labels) };
	if send_signed::<T, _>(call, public, now) {
		marker.set(&(open.seed, now));
		log::info!(target: TARGET, "node {node}: probe answered");
		return true;
	}
	false
}

/// Drop the local state of computations that are no longer assigned to `node`.
fn forget_closed(node: NodeId, open: &[ComputationId]) {
	let index_key = (b"corex/cw/index", node).encode();
	let index = StorageValueRef::persistent(&index_key);
	// The index is swapped by compare-and-set, so that of workers of overlapping blocks only
	// one sees each change: assignments are counted once and closed states cleared once.
	for _ in 0..metrics::RETRIES {
		let mut known = Vec::new();
		let swapped = index.mutate::<Vec<ComputationId>, (), _>(|old| {
			known = old.ok().flatten().unwrap_or_default();
			Ok(open.to_vec())
		});
		if matches!(swapped, Err(MutateStorageError::ConcurrentModification(_))) {
			continue;
		}
		for id in known.iter().filter(|id| !open.contains(id)) {
			StorageValueRef::persistent(&state_key(node, *id)).clear();
			StorageValueRef::persistent(&crate::batch::parts_key(node, *id)).clear();
		}
		let new = open.iter().filter(|id| !known.contains(id)).count() as u64;
		if new > 0 {
			metrics::record(|m| m.assignments_seen = m.assignments_seen.saturating_add(new));
		}
		return;
	}
}

/// Work on one assignment: compute once; as an executor, commit, then reveal once the reveal
/// window opens; as a verifier, submit the replay. Anything sent is resent only if it did not
/// land `ResubmitAfter` blocks later.
pub fn work_on<T: Config>(
	node: NodeId,
	id: ComputationId,
	public: &T::Public,
	now: BlockNumberFor<T>,
) -> Result<(), WorkError> {
	let Some(c) = Computations::<T>::computation(id) else { return Ok(()) };
	// The verification and the nodes that revealed (the proofs pallet's view).
	let (verification, revealed) = match Proofs::<T>::verification(id) {
		Some((v, reveals)) => (Some(v), reveals.into_iter().map(|(n, _)| n).collect()),
		None => (None, Vec::new()),
	};
	let step = match c.slots.iter().find(|s| s.node == node) {
		Some(slot) if slot.commitment.is_none() => {
			if now > slot.window_end {
				return Ok(());
			}
			Step::Commit
		},
		Some(_) => match verification {
			Some(v) if v.phase == Phase::Revealing && !revealed.contains(&node) => Step::Reveal,
			// A verifier found this node's result wrong: the node knows what it computed and
			// revealed, so it disputes the verdict (posting the bond) for a panel to replay.
			Some(v) if v.phase == Phase::Disputable && Proofs::<T>::proposed_against(id, node) => {
				Step::Dispute
			},
			_ => return Ok(()),
		},
		None if c.panel.contains(&node) => match verification {
			Some(v)
				if v.phase == Phase::Disputed
					&& Proofs::<T>::dispute_of(id).is_some_and(|d| {
						d.replays.iter().any(|(n, replay)| *n == node && replay.is_none())
					}) =>
			{
				Step::Replay
			},
			_ => return Ok(()),
		},
		None if c.verifier == Some(node) => match verification {
			Some(v)
				if v.verifier == Some(node)
					&& v.replay.is_none()
					&& v.phase != Phase::Revealing =>
			{
				Step::Replay
			},
			_ => return Ok(()),
		},
		None => return Ok(()),
	};
	let lock_key = (b"corex/cw/lock", node, id).encode();
	let mut lock =
		StorageLock::<BlockAndTime<frame_system::Pallet<T>>>::with_block_and_time_deadline(
			&lock_key,
			10,
			Duration::from_millis(T::HttpTimeoutMs::get().saturating_mul(4)),
		);
	let Ok(_guard) = lock.try_lock() else { return Ok(()) };

	let key = state_key(node, id);
	let store = StorageValueRef::persistent(&key);
	let mut state: WorkState = store.get().ok().flatten().unwrap_or_default();
	let now_u64: u64 = now.saturated_into();
	if step == Step::Dispute {
		let wait: u64 = T::ResubmitAfter::get().saturated_into();
		if state.disputed_at.is_some_and(|at| now_u64 < at.saturating_add(wait)) {
			return Ok(());
		}
		if send_signed::<T, _>(pallet_proofs::Call::dispute { id }, public, now_u64) {
			state.disputed_at = Some(now_u64);
			store.set(&state);
			metrics::record(|m| m.disputes_sent = m.disputes_sent.saturating_add(1));
			log::info!(target: TARGET, "node {node}: disputed the verdict on computation {id}");
		} else {
			metrics::record(|m| m.failed_send = m.failed_send.saturating_add(1));
		}
		return Ok(());
	}
	let window_end: Option<u64> =
		c.slots.iter().find(|s| s.node == node).map(|s| s.window_end.saturated_into());
	if state.refused {
		if step == Step::Commit {
			report_unavailable::<T>(id, Unavailability::Refused, public, now_u64, &mut state);
			store.set(&state);
		}
		return Ok(());
	}
	if step == Step::Reveal {
		// Reveal only what this worker committed to: without its state (salt and output), or
		// if the commitment on chain is not the one it sent, a reveal would be equivocation.
		let committed = c.slots.iter().find(|s| s.node == node).and_then(|s| s.commitment);
		let ours = state.output.as_ref().map(|output| {
			let outcome = Outcome { result: ContentId::of(output), loss: state.loss };
			pallet_proofs::commitment::<T>(id, node, &outcome, &state.salt)
		});
		if ours.is_none() || ours != committed {
			log::warn!(target: TARGET, "node {node}: computation {id} committed elsewhere; not revealing");
			return Ok(());
		}
	}
	if state.output.is_none() {
		match compute::<T>(id, &c) {
			Ok((output, parts)) => {
				// A later block's run (once this one's lock expired) may have stored its result
				// meanwhile and committed to it: that one stays, with its salt.
				let stored: Option<WorkState> = store.get().ok().flatten();
				match stored.filter(|stored| stored.output.is_some()) {
					Some(stored) => state = stored,
					None => {
						crate::batch::keep_parts(node, id, &parts);
						state.salt = sp_io::offchain::random_seed();
						state.output = Some(output.blob);
						state.loss = output.loss;
						store.set(&state);
					},
				}
			},
			Err(e @ (WorkError::Compute(_) | WorkError::ShardList(_))) => {
				state.refused = true;
				if step == Step::Commit {
					// Said at once: the same inputs always give the same refusal.
					report_unavailable::<T>(
						id,
						Unavailability::Refused,
						public,
						now_u64,
						&mut state,
					);
				}
				store.set(&state);
				return Err(e);
			},
			Err(WorkError::Fetch(n, e)) => {
				if step == Step::Commit {
					let (since, _) = *state.unavailable_since.get_or_insert((now_u64, n));
					state.unavailable_since = Some((since, n));
					let patience: u64 = T::ReportUnavailableAfter::get().saturated_into();
					let resend: u64 = T::ResubmitAfter::get().saturated_into();
					// Said once the input has failed for a while, or while a report can still
					// land before the window closes.
					let closing =
						window_end.is_some_and(|end| now_u64.saturating_add(resend) >= end);
					if now_u64 >= since.saturating_add(patience) || closing {
						report_unavailable::<T>(
							id,
							Unavailability::Input(n),
							public,
							now_u64,
							&mut state,
						);
					}
					store.set(&state);
				}
				return Err(WorkError::Fetch(n, e));
			},
			Err(e) => return Err(e),
		}
	}
	let wait: u64 = T::ResubmitAfter::get().saturated_into();
	let last = match step {
		Step::Commit => state.sent_at,
		Step::Reveal | Step::Replay | Step::Dispute => state.revealed_at,
	};
	if last.is_some_and(|at| now_u64 < at.saturating_add(wait)) {
		return Ok(());
	}
	let Some(output) = state.output.clone() else { return Ok(()) };
	// Nothing is published before its commitment is on chain: the output's content id is the
	// result, and a node that found it published could commit to it without computing. It is
	// published right after the reveal (or the replay) is sent, for the nodes that read it next
	// (a round's aggregation reads the verified gradients); the reveal does not wait on it.
	let outcome = Outcome { result: ContentId::of(&output), loss: state.loss };
	let policy = Computations::<T>::definition(c.definition).map(|d| d.policy.mode);
	let compact = policy
		.filter(|mode| corex_primitives::needs_output(c.kind, *mode))
		.and_then(|_| BoundedVec::try_from(output.clone()).ok());
	let sent = match step {
		Step::Dispute => false,
		Step::Commit => {
			let commitment = pallet_proofs::commitment::<T>(id, node, &outcome, &state.salt);
			send_signed::<T, _>(
				pallet_computations::Call::commit_result { id, commitment },
				public,
				now_u64,
			)
		},
		Step::Reveal | Step::Replay => {
			let Outcome { result, loss } = outcome;
			let call = match step {
				Step::Reveal => pallet_proofs::Call::reveal {
					id,
					result,
					loss,
					salt: state.salt,
					output: compact,
				},
				_ => pallet_proofs::Call::submit_replay { id, result, loss, output: compact },
			};
			send_signed::<T, _>(call, public, now_u64)
		},
	};
	if sent && step != Step::Commit {
		crate::batch::publish_parts::<T>(node, id);
		if !publish::<T>(&output) {
			log::debug!(target: TARGET, "computation {id}: output not published");
		}
	}
	if sent {
		match step {
			Step::Commit => state.sent_at = Some(now_u64),
			Step::Reveal | Step::Replay | Step::Dispute => state.revealed_at = Some(now_u64),
		}
		store.set(&state);
		metrics::record(|m| {
			let count = match step {
				Step::Commit => &mut m.commits_sent,
				Step::Reveal => &mut m.reveals_sent,
				Step::Replay => &mut m.replays_sent,
				Step::Dispute => &mut m.disputes_sent,
			};
			*count = count.saturating_add(1);
		});
		log::info!(target: TARGET, "node {node}: {step:?} sent for computation {id}");
	} else {
		metrics::record(|m| m.failed_send = m.failed_send.saturating_add(1));
	}
	Ok(())
}

/// Tell the chain that `node` cannot deliver computation `id` (`report_unavailable`), unless a
/// report was sent less than `ResubmitAfter` blocks ago.
fn report_unavailable<T: Config>(
	id: ComputationId,
	reason: Unavailability,
	public: &T::Public,
	now: u64,
	state: &mut WorkState,
) {
	let wait: u64 = T::ResubmitAfter::get().saturated_into();
	if state.reported_at.is_some_and(|at| now < at.saturating_add(wait)) {
		return;
	}
	let call = pallet_computations::Call::report_unavailable { id, reason };
	if send_signed::<T, _>(call, public, now) {
		state.reported_at = Some(now);
		log::info!(target: TARGET, "computation {id}: reported unavailable ({reason:?})");
	}
}

/// What a worker sends next for an assignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
	/// Commit to the result (executor).
	Commit,
	/// Reveal it (executor, reveal window open).
	Reveal,
	/// Submit the replay (verifier, or a member of a dispute's panel).
	Replay,
	/// Dispute a verifier's verdict against this node's result (executor).
	Dispute,
}
