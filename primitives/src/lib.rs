//! # Corex primitives
//!
//! Types and traits shared by the Corex pallets. Pallets depend on these traits, never on one
//! another: the computation queue asks [`NodeInfo`] how much work a node may take, the mining
//! pool and the proofs pallet pay through [`NodeRewards`], punish through [`NodeSlashing`] and
//! score through [`NodeReputation`]. The node-staking pallet implements all four.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod cluster_key;
pub mod commitment;
pub mod timers;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use scale_info::TypeInfo;
use sp_runtime::{DispatchError, DispatchResult, Perbill};

/// Identifier of a compute node, assigned in registration order.
pub type NodeId = u32;

/// Index of an epoch. Epoch 0 starts at genesis.
pub type EpochIndex = u32;

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
)]
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

/// Why a node is slashed. Recorded in the `NodeSlashed` event.
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
pub enum SlashReason {
	/// A proof of computation failed verification.
	#[codec(index = 0)]
	InvalidProof,
	/// A result disagreed with the verified result of the same work.
	#[codec(index = 1)]
	WrongResult,
	/// Assigned work was not delivered before its deadline.
	#[codec(index = 2)]
	MissedDeadline,
	/// Committed to a result and never revealed it.
	#[codec(index = 3)]
	Unrevealed,
	/// A cluster member was slashed, suspended or fell under the minimum stake, and was ejected:
	/// the cost of migrating its cluster, spread over its stakers.
	#[codec(index = 4)]
	Ejected,
	/// A cluster member left by announcement: the cost of migrating its cluster, from its
	/// self-bond.
	#[codec(index = 5)]
	LeftCluster,
}

/// What a slash actually took, by source.
#[derive(Clone, Copy, PartialEq, Eq, Default, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct SlashOutcome<Balance> {
	/// Taken from the operator's self-bond (counted, pending and unbonding).
	pub self_bond: Balance,
	/// Taken from delegations (counted and pending).
	pub delegations: Balance,
	/// Taken from delegators' unbonding chunks that started inside the slash window.
	pub unbonding: Balance,
	/// Taken, where it went, from stake delegators redelegated away from the node inside the
	/// slash window.
	pub redelegated: Balance,
}

impl<Balance: sp_runtime::Saturating + Copy> SlashOutcome<Balance> {
	/// Everything taken.
	pub fn total(&self) -> Balance {
		self.self_bond
			.saturating_add(self.delegations)
			.saturating_add(self.unbonding)
			.saturating_add(self.redelegated)
	}
}

/// Read access to compute nodes, for the queue, the proofs pallet and the clusters pallet.
pub trait NodeInfo<AccountId> {
	/// The key type of a node's worker.
	type WorkerKey;
	/// The balance type of stakes.
	type Balance;

	/// The current epoch.
	fn current_epoch() -> EpochIndex;
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

/// Paying a node for work.
pub trait NodeRewards<AccountId, Balance> {
	/// Move `amount` from `source` to the node's stakers: the node's commission goes to the
	/// operator and the rest is shared over its counted self-bond and delegations by weight
	/// (amount × lock multiplier). Stakers collect with `claim_rewards`. Fails, moving nothing,
	/// if the node does not exist or has no counted stake.
	fn credit_reward(node: NodeId, source: &AccountId, amount: Balance) -> DispatchResult;
}

/// Pool rewards a node earned in closed epochs and that are not yet credited to its stakers
/// (implemented by the mining pool, asked by node staking). New stake must not share a reward
/// for an epoch before it counted, so a node's new stake starts counting only once these are
/// paid (`docs/mining-pool.md`, "Who shares a payout").
pub trait UnpaidRewards {
	/// Whether `node` may still be owed a reward for an epoch before `epoch`.
	fn unpaid_before(node: NodeId, epoch: EpochIndex) -> bool;
}

/// Nothing is ever owed (a chain without a mining pool, and tests).
impl UnpaidRewards for () {
	fn unpaid_before(_node: NodeId, _epoch: EpochIndex) -> bool {
		false
	}
}

/// Punishing a node.
pub trait NodeSlashing<AccountId, Balance> {
	/// Take `fraction` of everything staked on `node` (self-bond, delegations, unbonding
	/// chunks started inside the slash window, and stake redelegated away inside the window,
	/// taken where it went), pro rata, and send it to `destination`, or to
	/// the implementation's default destination (the mining pool in Corex) when `None`.
	/// Returns what was actually taken.
	fn slash(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&AccountId>,
	) -> Result<SlashOutcome<Balance>, DispatchError>;

	/// Like [`Self::slash`], but take `fraction` of the operator's self-bond only (counted,
	/// pending and unbonding inside the slash window); delegators keep theirs.
	fn slash_self_bond(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&AccountId>,
	) -> Result<SlashOutcome<Balance>, DispatchError>;

	/// Like [`Self::slash`], for a fault in work the node took in epoch `fault_epoch`: stake that
	/// became counted after that epoch was not at risk for it and is spared. Implementations
	/// that do not track when stake became counted slash as [`Self::slash`] does.
	fn slash_for_fault(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&AccountId>,
		fault_epoch: EpochIndex,
	) -> Result<SlashOutcome<Balance>, DispatchError> {
		let _ = fault_epoch;
		Self::slash(node, fraction, reason, destination)
	}

	/// The most one `slash` or `slash_self_bond` weighs: a node with every position it may
	/// have (its self-bond and the most delegations), each with unbonding chunks.
	fn slash_weight() -> sp_runtime::Weight;
}

/// Told when a node is suspended, so that the clusters it serves can replace it. `()` does
/// nothing. (A slash alone does not eject a node from its clusters: that takes repeated faults
/// in the cluster, see [`JcePlacement::note_fault`].)
pub trait OnNodeFault {
	/// `node` was suspended.
	fn on_node_fault(node: NodeId);
}

impl OnNodeFault for () {
	fn on_node_fault(_node: NodeId) {}
}

/// Scoring a node.
pub trait NodeReputation {
	/// Add `delta` (may be negative) to the node's reputation, clamped to
	/// `0..=MAX_REPUTATION`. Returns the new reputation. A node whose reputation falls under the
	/// threshold is suspended until it drifts back above it.
	fn adjust_reputation(node: NodeId, delta: i32) -> Result<Reputation, DispatchError>;
	/// Suspend the node for `epochs` epochs from now (it takes no work meanwhile).
	fn suspend(node: NodeId, epochs: EpochIndex) -> DispatchResult;
	/// Count a verdict on the node's result in its record: `won` if the result agreed.
	fn note_verdict(_node: NodeId, _won: bool) {}
	/// A capability probe's result: counted in the node's record, and what the node's usable
	/// capacity and tier follow. A node under the reputation threshold that passes is
	/// reinstated at the threshold: that is the only way back for a suspended node.
	fn note_probe(_node: NodeId, _result: ProbeResult) {}
	/// The most `note_probe` weighs.
	fn note_probe_weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
	/// The node missed work it had taken (a commit window, a replay): a fault of its own,
	/// weighed by how often it happened lately. It costs `penalty` reputation. The first miss
	/// in a while (none in the last `FaultMemory` epochs) costs nothing more; the `n`-th recent
	/// one is also slashed `slash × (n − 1)` of the node's stake (to the mining pool). The
	/// `UnresponsiveAfter`-th makes the node unresponsive: it takes no work, and misses of work
	/// it still holds cost reputation only, until it is resumed.
	fn note_miss(
		node: NodeId,
		penalty: Reputation,
		slash: Perbill,
		reason: SlashReason,
	) -> Result<MissOutcome, DispatchError>;

	/// The most one `note_miss` weighs: the miss that makes the node unresponsive, slashed on
	/// every position the node may have.
	fn note_miss_weight() -> sp_runtime::Weight;
}

/// What a missed piece of work cost a node ([`NodeReputation::note_miss`]).
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug, Default)]
pub struct MissOutcome {
	/// Its reputation afterwards.
	pub reputation: Reputation,
	/// Its recent misses, this one included (0: it was unresponsive already, not counted).
	pub recent: u32,
	/// The share of its stake slashed.
	pub slashed: Perbill,
	/// It is unresponsive now.
	pub unresponsive: bool,
}

/// Which reward path of the mining pool a piece of verified work feeds.
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
pub enum RewardPath {
	/// Compute contribution (Compute-PoC verified work).
	#[codec(index = 0)]
	Compute,
	/// Training and verification work (Model-PoT, replays).
	#[codec(index = 1)]
	Training,
}

/// Recording verified work and demand for the mining pool (used by the proofs and computation
/// pallets).
pub trait ContributionRecorder<Balance> {
	/// Record `cu` compute units of verified work by `node` on `path` in the current epoch.
	/// `backing` is the node's part of the protocol fees its customer paid into the pool for
	/// that work: the pool pays a node no more than a fixed share of what backs its work
	/// (`docs/mining-pool.md`, "Self-dealing never pays").
	fn record_contribution(
		node: NodeId,
		path: RewardPath,
		cu: ComputeUnits,
		backing: Balance,
	) -> DispatchResult;
	/// Record `cu` compute units ordered by customers in the current epoch.
	fn record_demand(cu: ComputeUnits);
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

/// The assignment seed: each block's author contributes the VRF output of its Aura key over
/// its slot (an inherent), which it cannot choose. See `docs/computations.md`.
pub mod seed {
	use sp_core::sr25519::vrf::{VrfSignData, VrfTranscript};

	/// Inherent identifier of the seed contribution.
	pub const INHERENT_IDENTIFIER: [u8; 8] = *b"cxseed00";

	/// Context of the output bytes taken from the VRF.
	pub const OUTPUT_CONTEXT: &[u8] = b"corex-seed-output";

	/// Blocks between a moment someone chose (an order queued, the last commitment sent) and
	/// the draw that follows it (the assignment, the replay sample and its verifier). The draw
	/// in block `b + DRAW_DELAY` uses the seed as block `b + 1` left it, so it mixes in the VRF
	/// output of `b + 1`'s author, which nobody but that author knew when block `b` was made:
	/// not the submitter, and not `b`'s author, who may be the submitter.
	pub const DRAW_DELAY: u32 = 2;

	/// The VRF input of slot `slot`.
	pub fn transcript(slot: u64) -> VrfTranscript {
		VrfTranscript::new(b"corex-seed", &[(b"slot", &slot.to_le_bytes())])
	}

	/// What the slot's author signs.
	pub fn sign_data(slot: u64) -> VrfSignData {
		VrfSignData::new(transcript(slot))
	}
}

/// The author of the current block: its slot and its sr25519 (Aura) key.
pub trait SlotAuthor {
	/// `(slot, author key)` of the block being built, if known.
	fn slot_author() -> Option<(u64, sp_core::sr25519::Public)>;
}

/// Identifier of a computation, assigned in submission order.
pub type ComputationId = u64;

/// The content id of an input or result: the sha2-256 digest of a raw IPFS block. On the wire
/// it is a CIDv1 with the raw codec (0x55) and a sha2-256 multihash, `bafkrei…` in base32; the
/// chain stores only the digest, since codec and hash function are fixed.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct ContentId(pub [u8; 32]);

impl ContentId {
	/// The binary CIDv1 prefix: version 1, raw codec, sha2-256, 32-byte digest.
	pub const PREFIX: [u8; 4] = [0x01, 0x55, 0x12, 0x20];

	/// The content id of `data` (sha2-256).
	pub fn of(data: &[u8]) -> Self {
		ContentId(sp_io::hashing::sha2_256(data))
	}

	/// Parse a CIDv1 given either as its binary form (36 bytes) or as its base32 string
	/// (`b` followed by 58 lower-case base32 characters, as `ipfs add --cid-version 1
	/// --raw-leaves` prints it). Only the raw codec with a sha2-256 multihash is accepted.
	pub fn parse(cid: &[u8]) -> Option<Self> {
		let binary: [u8; 36] = match cid.split_first() {
			Some((b'b', rest)) => base32_decode::<36>(rest)?,
			_ => cid.try_into().ok()?,
		};
		let (prefix, digest) = binary.split_at(4);
		if prefix != Self::PREFIX {
			return None;
		}
		Some(ContentId(digest.try_into().ok()?))
	}

	/// The binary CIDv1 of this content id.
	pub fn to_cid_bytes(&self) -> [u8; 36] {
		let mut out = [0u8; 36];
		for (o, b) in out.iter_mut().zip(Self::PREFIX.iter().chain(self.0.iter())) {
			*o = *b;
		}
		out
	}

	/// The base32 CIDv1 string of this content id (`bafkrei…`), as ASCII bytes.
	pub fn to_cid_string(&self) -> [u8; 59] {
		const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
		let mut out = [b'b'; 59];
		let mut acc: u32 = 0;
		let mut bits: u32 = 0;
		let mut slots = out.iter_mut().skip(1);
		for byte in self.to_cid_bytes() {
			acc = (acc << 8) | u32::from(byte);
			// `bits` stays below 13 and every subtraction is guarded by its comparison.
			bits = bits.wrapping_add(8);
			while bits >= 5 {
				bits = bits.wrapping_sub(5);
				if let (Some(slot), Some(c)) =
					(slots.next(), ALPHABET.get(((acc >> bits) & 31) as usize))
				{
					*slot = *c;
				}
			}
			acc &= (1u32 << bits).wrapping_sub(1);
		}
		if bits > 0 {
			let last = (acc << 5u32.wrapping_sub(bits)) & 31;
			if let (Some(slot), Some(c)) = (slots.next(), ALPHABET.get(last as usize)) {
				*slot = *c;
			}
		}
		out
	}
}

/// Decode unpadded lower-case RFC 4648 base32 into exactly `N` bytes.
fn base32_decode<const N: usize>(text: &[u8]) -> Option<[u8; N]> {
	let mut out = [0u8; N];
	let mut acc: u32 = 0;
	let mut bits: u32 = 0;
	let mut written = 0usize;
	for &c in text {
		let value = match c {
			// Inside the matched ranges these cannot wrap.
			b'a'..=b'z' => c.wrapping_sub(b'a'),
			b'2'..=b'7' => c.wrapping_sub(b'2').wrapping_add(26),
			_ => return None,
		};
		acc = (acc << 5) | u32::from(value);
		bits = bits.wrapping_add(5);
		if bits >= 8 {
			bits = bits.wrapping_sub(8);
			*out.get_mut(written)? = (acc >> bits) as u8;
			written = written.wrapping_add(1);
			acc &= (1u32 << bits).wrapping_sub(1);
		}
	}
	// Leftover bits must be zero padding, and every byte must be filled.
	(written == N && acc == 0 && bits < 5).then_some(out)
}

/// What a computation definition runs: one of the built-in deterministic kernels of
/// `corex-compute`.
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
pub enum ComputationKind {
	/// The gradient of a model over a data shard (a training fragment).
	#[codec(index = 0)]
	GradientStep,
	/// A model's predictions over a batch of samples.
	#[codec(index = 1)]
	Inference,
	/// A deterministic transform of a dataset shard.
	#[codec(index = 2)]
	DataTransform,
	/// The sum of a round's verified gradients applied to the model, and the new model's
	/// validation loss (created by the chain for training jobs).
	#[codec(index = 3)]
	Aggregation,
}

/// How results of a computation are compared with one another.
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
pub enum VerificationMode {
	/// All results must be bit-identical.
	#[codec(index = 0)]
	Exact,
	/// Vector outputs agree when the metric between them is within the threshold.
	#[codec(index = 1)]
	Tolerance {
		/// The distance metric.
		metric: DistanceMetric,
		/// The bound: minimum cosine similarity, or maximum L2 distance relative to the norm.
		threshold: Perbill,
	},
}

/// Whether results of `kind` under `mode` are checked on their output, which must then be
/// revealed on chain (within the proofs pallet's `MaxOutputLen`): tolerance policies compare
/// outputs, and Model-PoT checks gradients.
pub fn needs_output(kind: ComputationKind, mode: VerificationMode) -> bool {
	matches!(mode, VerificationMode::Tolerance { .. }) || kind == ComputationKind::GradientStep
}

/// A distance between two vector outputs.
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
pub enum DistanceMetric {
	/// Cosine similarity, at least the threshold.
	#[codec(index = 0)]
	Cosine,
	/// L2 distance divided by the reference norm, at most the threshold.
	#[codec(index = 1)]
	L2,
}

/// The verification policy of a computation definition.
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
pub struct VerificationPolicy {
	/// How the k results are compared.
	pub mode: VerificationMode,
	/// Share of computations re-run by a verifier node that was not among the executors.
	pub replay_rate: Perbill,
}

/// Where a computation stands. The computations pallet owns every transition; the proofs
/// pallet drives the ones after "committed" through [`ComputationLifecycle`].
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
pub enum ComputationStatus {
	/// Waiting in the queue for (some of) its k nodes.
	#[codec(index = 0)]
	Queued,
	/// All k nodes assigned; waiting for their result commitments.
	#[codec(index = 1)]
	Assigned,
	/// All k commitments are in; results are being revealed.
	#[codec(index = 2)]
	Committed,
	/// Results revealed; the verdict is pending.
	#[codec(index = 3)]
	Revealed,
	/// The verdict found a result; payment is pending.
	#[codec(index = 4)]
	Verified,
}

/// What the proofs pallet reads about a computation.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct ComputationFacts<AccountId> {
	/// The customer.
	pub owner: AccountId,
	/// The kernel.
	pub kind: ComputationKind,
	/// How results are verified.
	pub policy: VerificationPolicy,
	/// Compute units each executor spends.
	pub cu: ComputeUnits,
	/// The declared size of each input, in order (a gradient step's are the model's and the
	/// shard's): what the chain derives a result's figures from, rather than taking them from
	/// the result.
	pub input_sizes: alloc::vec::Vec<u32>,
	/// Where it stands.
	pub status: ComputationStatus,
	/// The assigned nodes and their result commitments, if made.
	pub slots: alloc::vec::Vec<(NodeId, Option<[u8; 32]>)>,
	/// The verifier node re-running it, if one was assigned.
	pub verifier: Option<NodeId>,
	/// The nodes replaying it because the verifier's verdict was disputed.
	pub panel: alloc::vec::Vec<NodeId>,
	/// The training job fragment it is, if any.
	pub fragment: Option<FragmentFacts>,
	/// The epoch in which its first node was assigned: a fault in it is judged against the
	/// stake counted then (stake counted later was not at risk for it).
	pub assigned_epoch: EpochIndex,
}

/// Which part of a training job a computation is.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct FragmentFacts {
	/// The job.
	pub job: u32,
	/// The round.
	pub round: u16,
	/// The round's aggregation (else one shard's gradient).
	pub aggregate: bool,
}

/// The hand-off between the computation queue (which owns the lifecycle) and result
/// verification (the proofs pallet). Each call checks that the transition is allowed from the
/// computation's current status and fails, changing nothing, otherwise.
pub trait ComputationLifecycle<AccountId, Balance> {
	/// What a verifier needs to know about a computation.
	fn facts(id: ComputationId) -> Option<ComputationFacts<AccountId>>;
	/// Committed → Revealed: every result is revealed, or the reveal window closed.
	fn note_revealed(id: ComputationId) -> DispatchResult;
	/// Committed or Revealed → Verified, with the verified result (a content id) and, for
	/// aggregation fragments, the new model's validation loss (Q16.16). Advances the
	/// computation's training job, if any.
	fn note_verified(id: ComputationId, result: ContentId, loss: Option<u32>) -> DispatchResult;
	/// The most `note_verified` weighs: a round's aggregation verified, which starts the next
	/// round of the largest job.
	fn note_verified_weight() -> sp_runtime::Weight;
	/// Verified → Finalized: pay each of `paid` its share of the escrow (through node staking's
	/// rewards) less the protocol fee, which goes to the mining pool; refund the rest to the
	/// customer and remove the computation. Returns the protocol fee kept.
	fn finalize(id: ComputationId, paid: &[NodeId]) -> Result<Balance, DispatchError>;
	/// Any open status → Failed: refund the customer, fail its training job, remove the
	/// computation.
	fn fail(id: ComputationId) -> DispatchResult;
	/// Committed or Revealed: pick a verifier node, not among the computation's executors,
	/// by the queue's ranking and the chain's random seed, and assign it the computation (its
	/// worker re-runs it). Fails if one is assigned already or no node qualifies.
	fn assign_verifier(id: ComputationId) -> Result<NodeId, DispatchError>;
	/// Committed or Revealed, with a verifier that did not answer in time: it joins the nodes
	/// that may not take the computation again (at most `MaxRedundancy` of them) and another
	/// verifier is assigned as `assign_verifier` does. All or nothing: fails, changing nothing,
	/// when no node qualifies or no more may be dropped.
	fn replace_verifier(id: ComputationId) -> Result<NodeId, DispatchError>;
	/// Committed or Revealed, with a verifier and no panel yet: the verifier's verdict is
	/// disputed by `disputer`. Picks up to `size` nodes as `assign_verifier` does, none of them
	/// involved in the computation, nor `disputer`, nor of an operator of any of those, and
	/// assigns them the computation (each replays it). Returns the panel, which may be smaller
	/// than `size`, or empty, when too few nodes qualify.
	fn assign_panel(
		id: ComputationId,
		disputer: NodeId,
		size: u32,
	) -> Result<alloc::vec::Vec<NodeId>, DispatchError>;
	/// The most `assign_panel` weighs for a panel of `size`.
	fn assign_panel_weight(size: u32) -> sp_runtime::Weight;
	/// `node` faulted on computation `id` (a wrong, unrevealed or unprovable result): on a
	/// JCE's computation, counted against the node in its cluster
	/// ([`JcePlacement::note_fault`]). Nothing otherwise.
	fn note_fault(id: ComputationId, node: NodeId);
	/// The most `note_fault` weighs.
	fn note_fault_weight() -> sp_runtime::Weight;
	/// The most `assign_verifier` weighs (it ranks up to the queue's candidate bound).
	fn assign_verifier_weight() -> sp_runtime::Weight;
}

/// Told when a computation has all its result commitments (the proofs pallet opens the reveal
/// window). `()` does nothing.
pub trait OnResultsCommitted {
	/// All k commitments of `id` are in.
	fn on_results_committed(id: ComputationId);
	/// The most `on_results_committed` weighs; the commitment that triggers it pays for it.
	fn weight() -> sp_runtime::Weight;
}

/// Identifier of a cluster, assigned in creation order (a fork gets a new one).
pub type ClusterId = u32;

/// Identifier of a joint computing environment (JCE), assigned in creation order.
pub type JceId = u32;

/// Where a computation submitted to a JCE runs: one of the JCE's admitted, active clusters.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct Placement<Balance> {
	/// The cluster.
	pub cluster: ClusterId,
	/// Its members: every one of them computes (k is the cluster's size).
	pub members: alloc::vec::Vec<NodeId>,
	/// The cluster's price per compute unit.
	pub price_per_cu: Balance,
}

/// The terms a JCE offers a new computation.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct JceTerms<Balance> {
	/// The highest price per CU among its admitted clusters: the escrow covers any of them.
	pub fee_per_cu: Balance,
	/// The largest size among its admitted clusters: k.
	pub redundancy: u8,
}

/// The clusters pallet, as the computation queue sees it. `()` has no JCEs.
pub trait JcePlacement<AccountId, Balance> {
	/// Whether `who` may submit a computation of `definition` to `jce`, and on what terms.
	fn admit(
		who: &AccountId,
		jce: JceId,
		definition: u32,
	) -> Result<JceTerms<Balance>, DispatchError>;
	/// Where a computation of `jce` of `cu` compute units per executor runs now: the first of
	/// its admitted clusters that is active, not about to fork, whose members are all active
	/// and that has `cu × size` capacity left this epoch. `None`: it waits in the queue.
	fn placement(jce: JceId, cu: ComputeUnits) -> Option<Placement<Balance>>;
	/// A computation of `jce` was assigned to `cluster`'s members: count its load.
	fn note_placed(jce: JceId, cluster: ClusterId, cu: ComputeUnits);
	/// A computation of `jce` ended, `verified` or not (its history).
	fn note_ended(jce: JceId, verified: bool);
	/// `node` faulted on a computation of `jce` (missed it, or a wrong or unrevealed result):
	/// counted against it in the JCE's cluster it serves; repeated faults there eject it.
	fn note_fault(jce: JceId, node: NodeId);
	/// The most `note_fault` weighs: the node found in the last of the most clusters a JCE
	/// may have, and ejected there.
	fn note_fault_weight() -> sp_runtime::Weight;
	/// The most `placement` and `note_placed` weigh together.
	fn placement_weight() -> sp_runtime::Weight;
}

impl<AccountId, Balance> JcePlacement<AccountId, Balance> for () {
	fn admit(_: &AccountId, _: JceId, _: u32) -> Result<JceTerms<Balance>, DispatchError> {
		Err(DispatchError::Other("no joint computing environments in this runtime"))
	}
	fn placement(_: JceId, _: ComputeUnits) -> Option<Placement<Balance>> {
		None
	}
	fn note_placed(_: JceId, _: ClusterId, _: ComputeUnits) {}
	fn note_ended(_: JceId, _: bool) {}
	fn note_fault(_: JceId, _: NodeId) {}
	fn note_fault_weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
	fn placement_weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
}

/// The computation queue's ranking of nodes, for picking a cluster's automatic replacement.
pub trait NodeRanking {
	/// Up to `limit` active nodes offered to the queue, best first by the queue's score
	/// (reputation, stake, free capacity), none of them in `exclude`.
	fn best_nodes(exclude: &[NodeId], limit: u32) -> alloc::vec::Vec<NodeId>;
}

impl NodeRanking for () {
	fn best_nodes(_: &[NodeId], _: u32) -> alloc::vec::Vec<NodeId> {
		alloc::vec::Vec::new()
	}
}

impl OnResultsCommitted for () {
	fn on_results_committed(_id: ComputationId) {}
	fn weight() -> sp_runtime::Weight {
		sp_runtime::Weight::zero()
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;

	#[test]
	fn cid_matches_what_ipfs_prints_and_round_trips() {
		// `printf 'hello\n' | ipfs add --cid-version 1 --raw-leaves -Q`
		let id = ContentId::of(b"hello\n");
		let text = id.to_cid_string();
		assert_eq!(&text[..], &b"bafkreicysg23kiwv34eg2d7qweipxwosdo2py4ldv42nbauguluen5v6am"[..]);
		assert_eq!(ContentId::parse(&text), Some(id));
		assert_eq!(ContentId::parse(&id.to_cid_bytes()), Some(id));
	}

	#[test]
	fn other_codecs_hashes_and_garbage_are_refused() {
		let id = ContentId::of(b"x");
		let mut dag_pb = id.to_cid_bytes();
		dag_pb[1] = 0x70;
		assert_eq!(ContentId::parse(&dag_pb), None);
		let mut blake = id.to_cid_bytes();
		blake[2] = 0x1e;
		assert_eq!(ContentId::parse(&blake), None);
		assert_eq!(ContentId::parse(b""), None);
		assert_eq!(ContentId::parse(b"bafkrei"), None);
		let mut text = id.to_cid_string();
		text[10] = b'1';
		assert_eq!(ContentId::parse(&text), None);
		assert_eq!(ContentId::parse(&id.to_cid_bytes()[..35]), None);
	}

	proptest! {
		#[test]
		fn any_digest_round_trips_through_both_forms(digest in proptest::array::uniform32(any::<u8>())) {
			let id = ContentId(digest);
			prop_assert_eq!(ContentId::parse(&id.to_cid_string()), Some(id));
			prop_assert_eq!(ContentId::parse(&id.to_cid_bytes()), Some(id));
		}
	}
}
