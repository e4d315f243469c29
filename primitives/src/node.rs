//! Compute nodes as the other pallets see them: identity, hardware, status, the facts the
//! registry keeps, and the worker key.

use crate::EpochClock;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use scale_info::TypeInfo;
use sp_runtime::DispatchError;

/// Identifier of a compute node, assigned in registration order.
pub type NodeId = u32;

/// A node's reputation score, `0..=MAX_REPUTATION`.
pub type Reputation = u16;

/// Highest possible reputation.
pub const MAX_REPUTATION: Reputation = 1000;

/// Reputation of a freshly registered node, and the value reputation drifts back to.
pub const DEFAULT_REPUTATION: Reputation = 500;

/// Compute units (CU): the unit in which capacity and work are measured.
pub type ComputeUnits = u64;

/// The key a compute node's off-chain worker signs with (key type `cxwk`). Operators insert it
/// into the node's keystore with `author_insertKey` and name its public half in
/// `NodeStaking::register_node`.
pub mod worker {
	use sp_application_crypto::{app_crypto, sr25519, KeyTypeId};

	/// Key type of compute-node worker keys.
	pub const KEY_TYPE: KeyTypeId = KeyTypeId(*b"cxwk");

	/// Persistent off-chain storage key of the content gateway the worker fetches inputs from
	/// (an IPFS trustless gateway's base URL). The node writes it at start from
	/// `--compute-gateway`.
	pub const GATEWAY_KEY: &[u8] = b"corex/gateway";

	/// Persistent off-chain storage key of the IPFS RPC (kubo) base URL the worker publishes
	/// outputs to; the gateway's when unset. The node writes it at start from `--ipfs-api`.
	pub const IPFS_API_KEY: &[u8] = b"corex/ipfs-api";

	/// The gateway used when none is configured: the development gateway's address.
	pub const DEFAULT_GATEWAY: &str = "http://127.0.0.1:8089";

	/// Persistent off-chain storage key of the worker's counters ([`WorkerMetrics`]), which the
	/// node exports on its Prometheus endpoint.
	pub const METRICS_KEY: &[u8] = b"corex/metrics";

	/// What the compute worker has done since its off-chain storage was created: totals over
	/// every worker key of the node. The worker adds to them; the node reads them. Encoded as
	/// the counters in order; decoded also from the shorter layout of older versions (below).
	#[derive(Clone, Copy, PartialEq, Eq, Default, Debug, codec::Encode, scale_info::TypeInfo)]
	pub struct WorkerMetrics {
		/// Assignments (executor, verifier or panel) the worker found for its nodes.
		pub assignments_seen: u64,
		/// Commitments sent (`commit_result`).
		pub commits_sent: u64,
		/// Reveals sent.
		pub reveals_sent: u64,
		/// Replays sent (as a verifier or a dispute panel's member).
		pub replays_sent: u64,
		/// Disputes sent.
		pub disputes_sent: u64,
		/// Inputs fetched from the gateway.
		pub fetches: u64,
		/// Milliseconds spent fetching them (successful fetches only).
		pub fetch_ms: u64,
		/// Kernels run.
		pub computes: u64,
		/// Milliseconds spent running them.
		pub compute_ms: u64,
		/// Failures: an input could not be fetched.
		pub failed_fetch: u64,
		/// Failures: the kernel refused the inputs.
		pub failed_refused: u64,
		/// Failures: the computation's kernel is unknown here.
		pub failed_unknown_kernel: u64,
		/// Failures: a signed transaction could not be sent.
		pub failed_send: u64,
		/// Kernels run natively by the node's host function (`corex-compute-host`); the rest
		/// of `computes` ran in the runtime's Wasm (where the host declined). Zero in counters
		/// an older runtime stored.
		pub native_computes: u64,
	}

	/// The counters as any version stored them: those stored before `native_computes` existed
	/// (the first thirteen) read with it at zero, so a node and a runtime of different versions
	/// keep each other's counts.
	impl codec::Decode for WorkerMetrics {
		fn decode<I: codec::Input>(input: &mut I) -> Result<Self, codec::Error> {
			let mut metrics = WorkerMetrics {
				assignments_seen: u64::decode(input)?,
				commits_sent: u64::decode(input)?,
				reveals_sent: u64::decode(input)?,
				replays_sent: u64::decode(input)?,
				disputes_sent: u64::decode(input)?,
				fetches: u64::decode(input)?,
				fetch_ms: u64::decode(input)?,
				computes: u64::decode(input)?,
				compute_ms: u64::decode(input)?,
				failed_fetch: u64::decode(input)?,
				failed_refused: u64::decode(input)?,
				failed_unknown_kernel: u64::decode(input)?,
				failed_send: u64::decode(input)?,
				native_computes: 0,
			};
			if input.remaining_len()? != Some(0) {
				metrics.native_computes = u64::decode(input)?;
			}
			Ok(metrics)
		}
	}

	app_crypto!(sr25519, KEY_TYPE);
}

/// The kind of hardware a node brings. It caps the node's tier.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	frame_support::Serialize,
	frame_support::Deserialize,
)]
#[serde(crate = "frame_support::__private::serde")]
pub enum DeviceClass {
	/// A GPU machine. Tiers 1 to 4.
	#[codec(index = 0)]
	Gpu,
	/// A CPU-only machine. Tiers 1 to 3.
	#[codec(index = 1)]
	Cpu,
	/// An FPGA machine. Tiers 1 to 4.
	#[codec(index = 2)]
	Fpga,
	/// An edge device. Tiers 1 and 2.
	#[codec(index = 3)]
	Edge,
}

impl DeviceClass {
	/// The highest tier a device of this class can reach.
	pub const fn max_tier(self) -> u8 {
		match self {
			DeviceClass::Gpu | DeviceClass::Fpga => 4,
			DeviceClass::Cpu => 3,
			DeviceClass::Edge => 2,
		}
	}
}

/// Where a node stands, as seen in the current epoch.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum NodeStatus {
	/// Registered, but its counted self-bond is below the minimum. Takes no work.
	#[codec(index = 0)]
	Registered,
	/// Counted self-bond at or above the minimum: takes work up to its active capacity.
	#[codec(index = 1)]
	Active,
	/// Reputation under the threshold, or suspended by the proofs pallet. Takes no work.
	#[codec(index = 2)]
	Suspended,
	/// Exit announced: finishes queued work and leaves at the end of the following epoch.
	/// Takes no new work.
	#[codec(index = 3)]
	Exiting,
	/// Left. Stakers withdraw; the record is removed once nothing is staked on it.
	#[codec(index = 4)]
	Exited,
	/// Missed `UnresponsiveAfter` pieces of work in a short while: takes no work, and further
	/// misses cost it no stake, until its operator or worker resumes it (`resume_node`).
	#[codec(index = 5)]
	Unresponsive,
}

/// Read access to compute nodes, for the queue, the proofs pallet and the clusters pallet. The
/// node registry keeps the epoch clock, so it is read through here too.
pub trait NodeInfo<AccountId>: EpochClock {
	/// The key type of a node's worker.
	type WorkerKey;
	/// The balance type of stakes.
	type Balance;

	/// The operator of `node`, if it exists.
	fn operator(node: NodeId) -> Option<AccountId>;
	/// The worker key `node` uses in the current epoch.
	fn worker_key(node: NodeId) -> Option<Self::WorkerKey>;
	/// The node whose current worker key is `key`.
	fn node_of_worker(key: &Self::WorkerKey) -> Option<NodeId>;
	/// The node's status in the current epoch.
	fn status(node: NodeId) -> Option<NodeStatus>;
	/// Whether the node may take new work now.
	fn is_active(node: NodeId) -> bool {
		Self::status(node) == Some(NodeStatus::Active)
	}
	/// Compute units per epoch the node may be assigned now: its declared capacity, limited by
	/// its counted stake; zero unless the node is active.
	fn active_capacity(node: NodeId) -> ComputeUnits;
	/// The node's device class.
	fn device_class(node: NodeId) -> Option<DeviceClass>;
	/// The node's tier, 1..=4.
	fn tier(node: NodeId) -> Option<u8>;
	/// The node's reputation now, drift included.
	fn reputation(node: NodeId) -> Option<Reputation>;
	/// Stake counted for the node in the current epoch (self-bond plus delegations).
	fn counted_stake(node: NodeId) -> Self::Balance;
	/// What the chain counted of the node's work (`None`: no such node, or not counted here).
	fn record(_node: NodeId) -> Option<NodeRecord<Self::Balance>> {
		None
	}
}

/// What a node has done, as the chain counted it: the figures of its profile.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct NodeRecord<Balance> {
	/// Verdicts its result agreed with.
	pub verdicts_won: u32,
	/// Verdicts that punished it (a wrong, unrevealed, equivocal or malformed result).
	pub verdicts_lost: u32,
	/// Work it took and missed (commit windows, replays).
	pub misses: u32,
	/// All that slashes took from its stakers (self-bond, delegations, unbonding and moved
	/// stake).
	pub slashed: Balance,
	/// Capability probes it answered right.
	pub probes_passed: u32,
	/// Capability probes it answered wrong.
	pub probes_failed: u32,
	/// Capability probes it did not answer in time.
	pub probes_missed: u32,
	/// Probes missed since its last answer.
	pub probes_missed_in_row: u32,
	/// Capacity (CU per epoch) its last probes measured: `None` before its first probe
	/// answered; 0 after a wrong answer or `MaxProbeMisses` misses in a row.
	pub measured_capacity: Option<ComputeUnits>,
}

/// How a node did on a capability probe (see the computation queue's probes).
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum ProbeResult {
	/// It answered right, `blocks` blocks after the probe of `cu` compute units was issued.
	Passed {
		/// The probe's compute units.
		cu: ComputeUnits,
		/// Blocks from the probe to the answer (at least 1).
		blocks: u32,
	},
	/// It answered wrong.
	Failed,
	/// It did not answer in time.
	Missed,
}

/// Setting up nodes for other pallets' benchmarks (implemented by node staking; used only when
/// benchmarking).
pub trait NodeBenchmarking {
	/// A new node, distinct for every `seed`, that is active and has counted stake, so rewards can
	/// be credited to it. It may start a new epoch.
	fn active_node(seed: u32) -> Result<NodeId, DispatchError>;
	/// Start the next epoch.
	fn next_epoch();
}

#[cfg(test)]
mod tests {
	use super::worker::WorkerMetrics;
	use codec::{Decode, Encode};

	#[test]
	fn worker_metrics_round_trip_and_read_the_older_layout() {
		let metrics =
			WorkerMetrics { computes: 7, native_computes: 5, failed_send: 2, ..Default::default() };
		assert_eq!(WorkerMetrics::decode(&mut &metrics.encode()[..]), Ok(metrics));
		// Thirteen counters, as an older runtime stored them: read with no native computes.
		let older: Vec<u8> = (1u64..=13).flat_map(|v| v.encode()).collect();
		let read = WorkerMetrics::decode(&mut &older[..]).expect("the older layout decodes");
		assert_eq!((read.assignments_seen, read.failed_send, read.native_computes), (1, 13, 0));
		// Fewer than thirteen is not a layout any version wrote.
		assert!(WorkerMetrics::decode(&mut &older[..96]).is_err());
	}
}
