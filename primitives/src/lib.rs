//! # Corex primitives
//!
//! Types and traits shared by the Corex pallets. Pallets depend on these traits, never on one
//! another: the computation queue asks [`NodeInfo`] how much work a node may take, the mining
//! pool and the proofs pallet pay through [`NodeRewards`], punish through [`NodeSlashing`] and
//! score through [`NodeReputation`]. The node-staking pallet implements all four.

#![cfg_attr(not(feature = "std"), no_std)]

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
	/// A cluster member misbehaved and was ejected.
	#[codec(index = 4)]
	Ejected,
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
}

impl<Balance: sp_runtime::Saturating + Copy> SlashOutcome<Balance> {
	/// Everything taken.
	pub fn total(&self) -> Balance {
		self.self_bond.saturating_add(self.delegations).saturating_add(self.unbonding)
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
}

/// Paying a node for work.
pub trait NodeRewards<AccountId, Balance> {
	/// Move `amount` from `source` to the node's stakers: the node's commission goes to the
	/// operator and the rest is shared over its counted self-bond and delegations by weight
	/// (amount × lock multiplier). Stakers collect with `claim_rewards`. Fails, moving nothing,
	/// if the node does not exist or has no counted stake.
	fn credit_reward(node: NodeId, source: &AccountId, amount: Balance) -> DispatchResult;
}

/// Punishing a node.
pub trait NodeSlashing<AccountId, Balance> {
	/// Take `fraction` of everything staked on `node` (self-bond, delegations, and unbonding
	/// chunks started inside the slash window), pro rata, and send it to `destination`, or to
	/// the implementation's default destination (the mining pool in Corex) when `None`.
	/// Returns what was actually taken.
	fn slash(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&AccountId>,
	) -> Result<SlashOutcome<Balance>, DispatchError>;
}

/// Scoring a node.
pub trait NodeReputation {
	/// Add `delta` (may be negative) to the node's reputation, clamped to
	/// `0..=MAX_REPUTATION`. Returns the new reputation. A node whose reputation falls under the
	/// threshold is suspended until it drifts back above it.
	fn adjust_reputation(node: NodeId, delta: i32) -> Result<Reputation, DispatchError>;
	/// Suspend the node for `epochs` epochs from now (it takes no work meanwhile).
	fn suspend(node: NodeId, epochs: EpochIndex) -> DispatchResult;
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
pub trait ContributionRecorder {
	/// Record `cu` compute units of verified work by `node` on `path` in the current epoch.
	fn record_contribution(node: NodeId, path: RewardPath, cu: ComputeUnits) -> DispatchResult;
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
