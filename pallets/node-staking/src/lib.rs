//! # Node staking
//!
//! The ledger of Corex compute nodes and the stake behind them.
//!
//! - **Nodes.** An operator registers a node with its worker key (the key its off-chain worker
//!   signs with), device class, declared capacity in compute units (CU) per epoch and a little
//!   metadata, for a deposit. One node per worker key; an operator may run several nodes.
//! - **Self-bond.** The operator bonds CXT for the node. From the next epoch on, a node whose
//!   counted self-bond reaches the minimum is active.
//! - **Delegation.** Anyone may delegate to a node, choosing a lock from a governance-set menu.
//!   Longer locks weigh more in reward sharing. Delegations count from the next epoch, can be
//!   undelegated once the lock expires and can be moved to another node with `redelegate`.
//! - **Unbonding.** Stake leaving a node waits `UnbondingEpochs` epochs in an unbonding chunk;
//!   it stays slashable while the chunk is younger than the slash window.
//! - **Capacity.** A node's active capacity is its declared capacity, limited to what its
//!   counted stake pays for (`StakePerCu` per CU). The computation queue assigns no more.
//! - **Rewards.** Paid to a node through [`NodeRewards`]: commission to the operator, the rest
//!   over counted stake by weight (amount × lock multiplier), O(1) per credit and per claim.
//!   A governance-set share of every claim vests linearly through pallet-vesting.
//! - **Slashing.** Through [`NodeSlashing`], pro rata over self-bond, delegations and recent
//!   unbonding chunks, to a destination the caller names.
//! - **Reputation and tier.** Through [`NodeReputation`]; reputation drifts back toward the
//!   default every epoch, computed when the node is next read.
//!
//! Funds never leave their owner's account: stake is held under the hold reasons
//! [`HoldReason::SelfBond`], [`HoldReason::Delegation`] and [`HoldReason::NodeDeposit`].
//!
//! Epoch transitions are lazy: `on_initialize` only advances the epoch counter, and whatever a
//! new epoch changes for a node (pending stake becoming counted, profile and commission changes,
//! reputation drift) is applied when the node is next touched and already visible to readers.
//!
//! ## Invariants (checked by `try_state`)
//! 1. For every node: counted and pending stake == the sums over its positions, and the node's
//!    reward weights == Σ amount × multiplier over its positions.
//! 2. For every account: balance held for self-bond (delegation) == Σ of its self-bond
//!    (delegation) positions, counted + pending + unbonding.
//! 3. Rewards paid never exceed rewards credited, and the reward pot holds what is owed.
//! 4. Every node's position count and every delegator's delegation count match the positions.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod interfaces;
#[cfg(any(test, feature = "try-runtime"))]
mod invariants;
mod ledger;
mod lifecycle;
#[cfg(test)]
mod mock;
mod redelegation;
mod reputation;
mod rewards;
mod slashing;
mod staking;
#[cfg(test)]
mod tests;
pub mod types;
mod views;
pub mod weights;

pub use types::*;
pub use weights::WeightInfo;

use corex_primitives::{
	ComputeUnits, DeviceClass, EpochIndex, NodeId, NodeRewards, NodeSlashing, NodeStatus,
	Reputation, SlashReason,
};
use frame_support::traits::fungible;

/// Balance type of the staking currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A node record as stored.
pub type NodeOf<T> = Node<
	<T as frame_system::Config>::AccountId,
	<T as Config>::WorkerKey,
	BalanceOf<T>,
	<T as Config>::MaxMetadataLen,
>;

/// A position as stored.
pub type PositionOf<T> = Position<
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	<T as Config>::MaxUnbondingChunks,
>;

/// The lock menu type.
pub type LockMenuOf<T> = frame_support::BoundedVec<
	LockOption<frame_system::pallet_prelude::BlockNumberFor<T>>,
	<T as Config>::MaxLockOptions,
>;

/// Creates worker keys for benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<WorkerKey> {
	/// A distinct worker key for every `seed`.
	fn worker_key(seed: u32) -> WorkerKey;
}

// FRAME's macro expansion of storage items and calls uses `expect` internally. This module only
// declares; all logic lives in the topic modules (`ledger`, `staking`, `rewards`, `slashing`, …)
// and `types.rs`, where the no-panic lints stay denied.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, InspectHold, Mutate, MutateHold},
			Currency, VestedTransfer,
		},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{traits::Zero, Perbill};

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Reasons this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Deposit for a node record and its metadata; released when the node is removed.
		#[codec(index = 0)]
		NodeDeposit,
		/// An operator's self-bond, including its unbonding chunks.
		#[codec(index = 1)]
		SelfBond,
		/// A delegation, including its unbonding chunks.
		#[codec(index = 2)]
		Delegation,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The staking currency (CXT). Stake is held in the staker's own account.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// Creates the vesting schedules of claimed rewards (pallet-vesting).
		type Vesting: VestedTransfer<
			Self::AccountId,
			Moment = BlockNumberFor<Self>,
			Currency = Self::VestingCurrency,
		>;

		/// The currency pallet-vesting locks; the same token as `Currency`.
		type VestingCurrency: Currency<Self::AccountId, Balance = BalanceOf<Self>>;

		/// The public key type of node workers.
		type WorkerKey: Parameter + Member + MaxEncodedLen + Ord;

		/// Derives the reward pot account, which holds credited rewards until they are claimed.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Where slashed funds go when the slasher names no destination (the mining pool).
		type SlashDestination: Get<Self::AccountId>;

		/// Blocks per epoch. A change takes effect at the next epoch transition.
		type EpochLength: Get<BlockNumberFor<Self>>;

		/// Self-bond a node needs to be active.
		type MinSelfBond: Get<BalanceOf<Self>>;

		/// Smallest delegation; what remains of a delegation must be zero or at least this.
		type MinDelegation: Get<BalanceOf<Self>>;

		/// Counted stake needed per compute unit of active capacity. Zero: stake does not limit
		/// capacity.
		type StakePerCu: Get<BalanceOf<Self>>;

		/// The delegation lock menu: durations in blocks and their reward multipliers.
		type LockMenu: Get<LockMenuOf<Self>>;

		/// Highest commission an operator may set.
		type MaxCommission: Get<Perbill>;

		/// Epochs an unbonding chunk waits before it can be withdrawn.
		type UnbondingEpochs: Get<EpochIndex>;

		/// Unbonding chunks started within this many epochs before a slash are slashed too.
		type SlashWindowEpochs: Get<EpochIndex>;

		/// Share of every reward claim that vests instead of being paid at once.
		type VestingShare: Get<Perbill>;

		/// Blocks over which the vesting share of a claim unlocks linearly.
		type VestingPeriod: Get<BlockNumberFor<Self>>;

		/// A node whose reputation is below this is suspended.
		type ReputationThreshold: Get<Reputation>;

		/// Reputation points a node drifts back toward the default every epoch (never up from
		/// under `ReputationThreshold`: a suspended node returns by passing a probe).
		type ReputationDrift: Get<Reputation>;

		/// Epochs a node stays suspended under `ReputationThreshold` at the least: a probe it
		/// passes before then measures it but does not reinstate it.
		#[pallet::constant]
		type MinSuspension: Get<EpochIndex>;

		/// Epochs a node may stay under `ReputationThreshold` before anyone may evict it
		/// (`evict_node`): it exits, and its stake unbonds as at any exit.
		#[pallet::constant]
		type EvictAfter: Get<EpochIndex>;

		/// Capability probes missed in a row after which the node's usable capacity is zero
		/// until it passes one.
		#[pallet::constant]
		type MaxProbeMisses: Get<u32>;

		/// Epochs after its last miss that a node's misses are forgotten: the next one is
		/// again a first miss, which costs reputation only.
		#[pallet::constant]
		type FaultMemory: Get<EpochIndex>;

		/// Recent misses after which a node is unresponsive (takes no work until its operator
		/// resumes it); also the most times `slash` one miss is slashed.
		#[pallet::constant]
		type UnresponsiveAfter: Get<u32>;

		/// Active-capacity thresholds of tiers 2, 3 and 4.
		type TierThresholds: Get<TierThresholds>;

		/// Epochs a delegation must wait between two `redelegate` calls.
		type RedelegationCooldown: Get<EpochIndex>;

		/// Length of the lock menu.
		#[pallet::constant]
		type MaxLockOptions: Get<u32>;

		/// Delegations one node accepts.
		#[pallet::constant]
		type MaxDelegationsPerNode: Get<u32>;

		/// Delegations one account may hold.
		#[pallet::constant]
		type MaxDelegationsPerDelegator: Get<u32>;

		/// Nodes one operator may register.
		#[pallet::constant]
		type MaxNodesPerOperator: Get<u32>;

		/// Unbonding chunks one position may have at once.
		#[pallet::constant]
		type MaxUnbondingChunks: Get<u32>;

		/// Longest node metadata, in bytes.
		#[pallet::constant]
		type MaxMetadataLen: Get<u32>;

		/// Deposit for a node record.
		#[pallet::constant]
		type NodeDepositBase: Get<BalanceOf<Self>>;

		/// Extra deposit per byte of node metadata.
		#[pallet::constant]
		type NodeDepositPerByte: Get<BalanceOf<Self>>;

		/// A vesting share smaller than this is paid at once (pallet-vesting refuses smaller
		/// schedules). Set to pallet-vesting's `MinVestedTransfer`.
		#[pallet::constant]
		type MinVestedReward: Get<BalanceOf<Self>>;

		/// Told when a node is suspended (the clusters it serves replace it).
		type OnFault: corex_primitives::OnNodeFault;

		/// Pool rewards of closed epochs not yet credited (the mining pool): a node's new stake
		/// starts counting only once they are, so it never shares a reward for an epoch in which
		/// it was not at risk.
		type UnpaidRewards: corex_primitives::UnpaidRewards;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Creates worker keys for benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::WorkerKey>;
	}

	/// The running epoch and the block it started at.
	#[pallet::storage]
	pub type CurrentEpoch<T: Config> = StorageValue<_, EpochInfo<BlockNumberFor<T>>, ValueQuery>;

	/// Identifier the next registered node gets.
	#[pallet::storage]
	pub type NextNodeId<T: Config> = StorageValue<_, NodeId, ValueQuery>;

	/// Compute nodes by identifier. Values are as last written: read them through the view
	/// functions (or the `NodeInfo` trait) to see the current epoch's state.
	#[pallet::storage]
	pub type Nodes<T: Config> = CountedStorageMap<_, Twox64Concat, NodeId, NodeOf<T>>;

	/// Which node a worker key belongs to (current keys and keys scheduled by `update_node`).
	#[pallet::storage]
	pub type WorkerKeys<T: Config> =
		StorageMap<_, Blake2_128Concat, T::WorkerKey, NodeId, OptionQuery>;

	/// Number of nodes each operator has registered.
	#[pallet::storage]
	pub type OperatorNodes<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Stake positions: node → account → self-bond or delegation.
	#[pallet::storage]
	pub type Positions<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		NodeId,
		Blake2_128Concat,
		T::AccountId,
		PositionOf<T>,
		OptionQuery,
	>;

	/// Number of delegations each account holds.
	#[pallet::storage]
	pub type DelegationCount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// What the chain counted of each node's work: verdicts won and lost, misses, what slashes
	/// took. Removed with the node.
	#[pallet::storage]
	pub type Records<T: Config> =
		StorageMap<_, Twox64Concat, NodeId, corex_primitives::NodeRecord<BalanceOf<T>>, ValueQuery>;

	/// Nodes under `ReputationThreshold`, and the epoch since when: `EvictAfter` epochs later
	/// anyone may evict them.
	#[pallet::storage]
	pub type Lapsing<T: Config> = StorageMap<_, Twox64Concat, NodeId, EpochIndex, OptionQuery>;

	/// Stake moved away from a node by `redelegate` in the last `SlashWindowEpochs` epochs, by
	/// node left and delegator. A slash of the node left takes its share of it where it went,
	/// as it takes its share of unbonding chunks: redelegating does not escape a fault.
	/// Records age out of the window and are pruned.
	#[pallet::storage]
	pub type MovedStake<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		NodeId,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<Move<BalanceOf<T>>, ConstU32<MAX_MOVES>>,
		ValueQuery,
	>;

	/// Delegators with a record in `MovedStake`, per node left: at most
	/// `MaxDelegationsPerNode`, which bounds a slash's work.
	#[pallet::storage]
	pub type MovedCount<T: Config> = StorageMap<_, Twox64Concat, NodeId, u32, ValueQuery>;

	/// Reward per weight at which a batch of pending stake on a node became counted, kept until
	/// every position of the batch has settled.
	#[pallet::storage]
	pub type ActivationPoints<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		NodeId,
		Twox64Concat,
		EpochIndex,
		ActivationPoint,
		OptionQuery,
	>;

	/// Rewards credited to nodes and paid to stakers, all time.
	#[pallet::storage]
	pub type RewardTotals<T: Config> = StorageValue<_, RewardLedger<BalanceOf<T>>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A new epoch started.
		EpochStarted { epoch: EpochIndex, start: BlockNumberFor<T> },
		/// A node was registered.
		NodeRegistered {
			node: NodeId,
			operator: T::AccountId,
			worker_key: T::WorkerKey,
			device_class: DeviceClass,
			capacity: ComputeUnits,
			deposit: BalanceOf<T>,
		},
		/// A profile change was scheduled; it holds from `effective_epoch`.
		NodeUpdateScheduled {
			node: NodeId,
			device_class: DeviceClass,
			capacity: ComputeUnits,
			worker_key: T::WorkerKey,
			effective_epoch: EpochIndex,
		},
		/// The operator announced the node's exit; it leaves at the end of `exit_epoch`.
		ExitAnnounced { node: NodeId, exit_epoch: EpochIndex },
		/// An exited node's remaining stake was moved into unbonding.
		NodeStakeReleased { node: NodeId, positions: u32, amount: BalanceOf<T> },
		/// An exited node with nothing staked on it was removed; its deposit was released.
		NodeRemoved { node: NodeId, operator: T::AccountId, deposit: BalanceOf<T> },
		/// The operator bonded `amount` for the node; it counts from `effective_epoch`.
		Bonded {
			node: NodeId,
			operator: T::AccountId,
			amount: BalanceOf<T>,
			effective_epoch: EpochIndex,
		},
		/// A delegation was made or topped up; it counts from `effective_epoch`.
		Delegated {
			delegator: T::AccountId,
			node: NodeId,
			amount: BalanceOf<T>,
			lock: u8,
			locked_until: BlockNumberFor<T>,
			effective_epoch: EpochIndex,
		},
		/// Stake started unbonding; it can be withdrawn from `unlock_epoch`.
		Unbonded { node: NodeId, who: T::AccountId, amount: BalanceOf<T>, unlock_epoch: EpochIndex },
		/// Unbonded stake was released to its owner.
		Withdrawn { node: NodeId, who: T::AccountId, amount: BalanceOf<T> },
		/// Delegated stake moved to another node without unbonding, keeping its lock.
		Redelegated {
			delegator: T::AccountId,
			from: NodeId,
			to: NodeId,
			amount: BalanceOf<T>,
			effective_epoch: EpochIndex,
		},
		/// The node's commission changed (a cut applies at once).
		CommissionChanged { node: NodeId, commission: Perbill },
		/// A commission raise was scheduled for `effective_epoch`.
		CommissionRaiseScheduled { node: NodeId, commission: Perbill, effective_epoch: EpochIndex },
		/// A reward was credited to the node's stakers.
		RewardCredited {
			node: NodeId,
			source: T::AccountId,
			amount: BalanceOf<T>,
			commission: BalanceOf<T>,
		},
		/// A staker claimed rewards: `liquid` paid at once, `vested` under a vesting schedule,
		/// `compounded` added to the position.
		RewardsClaimed {
			who: T::AccountId,
			node: NodeId,
			liquid: BalanceOf<T>,
			vested: BalanceOf<T>,
			compounded: BalanceOf<T>,
		},
		/// The node was slashed; the parts add up to what `destination` received.
		NodeSlashed {
			node: NodeId,
			reason: SlashReason,
			fraction: Perbill,
			self_bond: BalanceOf<T>,
			delegations: BalanceOf<T>,
			unbonding: BalanceOf<T>,
			redelegated: BalanceOf<T>,
			destination: T::AccountId,
		},
		/// The node's reputation changed.
		ReputationChanged { node: NodeId, reputation: Reputation, status: NodeStatus },
		/// The node was suspended until the end of `until_epoch`.
		NodeSuspended { node: NodeId, until_epoch: EpochIndex },
		/// The node missed `misses` pieces of work in a short while: it takes no work until its
		/// operator resumes it (`resume_node`), and misses of work it still holds cost it
		/// reputation only.
		NodeUnresponsive { node: NodeId, misses: u32 },
		/// The operator resumed an unresponsive node: it takes work again. Its recent misses
		/// are remembered for `FaultMemory` epochs.
		NodeResumed { node: NodeId },
		/// A capability probe's result was counted; `capacity` is what probes measured of the
		/// node (CU per epoch), which its usable capacity and tier follow.
		CapabilityMeasured {
			node: NodeId,
			result: corex_primitives::ProbeResult,
			capacity: Option<ComputeUnits>,
		},
		/// A node under the reputation threshold passed a probe: its reputation is the threshold
		/// again, and it takes work.
		NodeReinstated { node: NodeId, reputation: Reputation },
		/// A node under the reputation threshold for `EvictAfter` epochs was evicted: it exits at
		/// `exit_epoch`, and its stake unbonds as at any exit (`remove_node`).
		NodeEvicted { node: NodeId, exit_epoch: EpochIndex },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The amount is zero. Send a positive amount.
		ZeroAmount,
		/// The declared capacity is zero. Declare at least one compute unit.
		ZeroCapacity,
		/// No node has this identifier.
		NodeNotFound,
		/// Only the node's operator may do this.
		NotOperator,
		/// Another node uses or has scheduled this worker key. Generate a fresh key.
		WorkerKeyInUse,
		/// The operator already runs `MaxNodesPerOperator` nodes.
		TooManyNodes,
		/// The metadata is longer than `MaxMetadataLen` bytes.
		MetadataTooLong,
		/// The self-bond would be below `MinSelfBond`. Bond more, or announce the node's exit
		/// and wait until it has left to unbond everything.
		BelowMinSelfBond,
		/// The delegation would be below `MinDelegation`. Delegate more or undelegate all.
		BelowMinDelegation,
		/// The node already has a self-bond; use `bond_extra`.
		AlreadyBonded,
		/// The caller has no stake of this kind on the node.
		NoPosition,
		/// The amount is more than the caller has staked on the node.
		InsufficientStake,
		/// The delegation is still locked. Wait until `locked_until`.
		LockNotExpired,
		/// There is no such entry in the lock menu.
		InvalidLock,
		/// The existing delegation on that node uses another lock; delegate with the same lock.
		LockMismatch,
		/// The node has `MaxDelegationsPerNode` delegations already.
		NodeDelegationsFull,
		/// The caller holds `MaxDelegationsPerDelegator` delegations already.
		TooManyDelegations,
		/// `MaxUnbondingChunks` chunks are unbonding; withdraw the unlocked ones first.
		TooManyUnbondingChunks,
		/// The commission is above `MaxCommission`.
		CommissionTooHigh,
		/// The node announced its exit and takes no new stake or changes.
		NodeExiting,
		/// The node's exit was already announced.
		AlreadyExiting,
		/// The node has not left yet (its exit epoch has not ended).
		NodeNotExited,
		/// No unbonding chunk has unlocked yet.
		NothingToWithdraw,
		/// There are no rewards to claim.
		NothingToClaim,
		/// The node has no counted stake to share a reward over.
		NoCountedStake,
		/// An operator cannot delegate to their own node; use `bond_extra`.
		OperatorCannotDelegate,
		/// This delegation was redelegated less than `RedelegationCooldown` epochs ago.
		RedelegationTooSoon,
		/// The slash window already records as much stake redelegated away from this node as
		/// it can (`MAX_MOVES` per delegator, `MaxDelegationsPerNode` delegators): unbond
		/// instead, or wait until older moves leave the window.
		TooManyMoves,
		/// Source and target node are the same.
		SameNode,
		/// A counter, weight or balance would overflow.
		Overflow,
		/// Nothing would change.
		NoChange,
		/// The node is not unresponsive: there is nothing to resume.
		NotUnresponsive,
		/// The node has not been under the reputation threshold for `EvictAfter` epochs.
		NotLapsed,
		/// The node's stake added last epoch waits until the mining pool has paid the node's
		/// rewards for earlier epochs (in the first blocks of an epoch); no more can be added
		/// meanwhile. Try again in a few blocks, or pay them now with
		/// `miningPool.claimNodeReward`.
		PayoutsOutstanding,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Advance the epoch counter when the epoch's blocks are up. Constant work: nodes and
		/// positions catch up lazily.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::advance_epoch(now)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Register a compute node.
		///
		/// Origin: signed; the signer becomes the node's operator.
		///
		/// - `worker_key`: public key the node's off-chain worker signs with (key type `cxwk`).
		/// - `device_class`: GPU, CPU, FPGA or edge.
		/// - `capacity`: compute units the node can do per epoch.
		/// - `metadata`: free-form description, at most `MaxMetadataLen` bytes.
		///
		/// Holds `NodeDepositBase + NodeDepositPerByte × len(metadata)` until the node is
		/// removed. The node starts `Registered`; bond at least `MinSelfBond` to activate it
		/// from the next epoch.
		///
		/// Errors: `ZeroCapacity`, `MetadataTooLong`, `WorkerKeyInUse`, `TooManyNodes`,
		/// `Overflow`, or a balance error if the deposit cannot be held.
		/// Emits `NodeRegistered`.
		#[pallet::call_index(0)]
		pub fn register_node(
			origin: OriginFor<T>,
			worker_key: T::WorkerKey,
			device_class: DeviceClass,
			capacity: ComputeUnits,
			metadata: alloc::vec::Vec<u8>,
		) -> DispatchResult {
			let operator = ensure_signed(origin)?;
			Self::do_register_node(operator, worker_key, device_class, capacity, metadata)
		}

		/// Change a node's device class, declared capacity and worker key from the next epoch.
		///
		/// Origin: the node's operator. A later call replaces a change not yet in effect.
		///
		/// Errors: `NodeNotFound`, `NotOperator`, `NodeExiting`, `ZeroCapacity`,
		/// `WorkerKeyInUse`, `NoChange`. Emits `NodeUpdateScheduled`.
		#[pallet::call_index(1)]
		pub fn update_node(
			origin: OriginFor<T>,
			node: NodeId,
			device_class: DeviceClass,
			capacity: ComputeUnits,
			worker_key: T::WorkerKey,
		) -> DispatchResult {
			let operator = ensure_signed(origin)?;
			Self::do_update_node(operator, node, device_class, capacity, worker_key)
		}

		/// Announce that the node leaves. It takes no new work and no new stake, finishes its
		/// queue during the rest of this epoch and the next, and leaves at the end of the next
		/// epoch. Then the operator may unbond everything and delegators may redelegate without
		/// the cooldown (locks still bind).
		///
		/// Origin: the node's operator.
		///
		/// Errors: `NodeNotFound`, `NotOperator`, `AlreadyExiting`. Emits `ExitAnnounced`.
		#[pallet::call_index(2)]
		pub fn announce_exit(origin: OriginFor<T>, node: NodeId) -> DispatchResult {
			let operator = ensure_signed(origin)?;
			Self::do_announce_exit(operator, node)
		}

		/// Release an exited node: move the remaining self-bond and every delegation whose lock
		/// has expired into unbonding. The node record is removed (and its deposit released) once
		/// the last position is withdrawn and the operator's commission is claimed.
		///
		/// Origin: any signed account (cleanup is permissionless once the node has left).
		///
		/// Errors: `NodeNotFound`, `NodeNotExited`. Emits `NodeStakeReleased`, and
		/// `NodeRemoved` if nothing is left.
		#[pallet::call_index(3)]
		#[pallet::weight(<T as Config>::WeightInfo::remove_node(T::MaxDelegationsPerNode::get().saturating_add(1)))]
		pub fn remove_node(origin: OriginFor<T>, node: NodeId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let positions = Self::do_remove_node(node)?;
			Ok(Some(<T as Config>::WeightInfo::remove_node(positions)).into())
		}

		/// Bond `amount` as the node's first self-bond. It counts from the next epoch.
		///
		/// Origin: the node's operator. The amount is held in the operator's account.
		///
		/// Errors: `NodeNotFound`, `NotOperator`, `NodeExiting`, `AlreadyBonded`,
		/// `BelowMinSelfBond`, `PayoutsOutstanding`, `Overflow`, or a balance error. Emits
		/// `Bonded`.
		#[pallet::call_index(4)]
		pub fn bond(origin: OriginFor<T>, node: NodeId, amount: BalanceOf<T>) -> DispatchResult {
			let operator = ensure_signed(origin)?;
			Self::do_bond(operator, node, amount, true)
		}

		/// Add `amount` to the node's self-bond. It counts from the next epoch.
		///
		/// Origin: the node's operator.
		///
		/// Errors: `NodeNotFound`, `NotOperator`, `NodeExiting`, `NoPosition`, `ZeroAmount`,
		/// `PayoutsOutstanding` (the node's new stake waits for its pool payouts), `Overflow`, or
		/// a balance error. Emits `Bonded`.
		#[pallet::call_index(5)]
		pub fn bond_extra(
			origin: OriginFor<T>,
			node: NodeId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let operator = ensure_signed(origin)?;
			Self::do_bond(operator, node, amount, false)
		}

		/// Start unbonding `amount` of the node's self-bond (stake not yet counted goes first).
		/// It can be withdrawn after `UnbondingEpochs` epochs and stays slashable meanwhile.
		///
		/// Origin: the node's operator. The rest must stay at least `MinSelfBond` until the
		/// node has exited.
		///
		/// Errors: `NodeNotFound`, `NoPosition`, `ZeroAmount`, `InsufficientStake`,
		/// `BelowMinSelfBond`, `TooManyUnbondingChunks`. Emits `Unbonded`.
		#[pallet::call_index(6)]
		pub fn unbond(origin: OriginFor<T>, node: NodeId, amount: BalanceOf<T>) -> DispatchResult {
			let operator = ensure_signed(origin)?;
			Self::do_unbond(operator, node, amount, PositionKind::SelfBond)
		}

		/// Release the caller's unlocked unbonding chunks on the node (self-bond or delegation).
		/// An emptied position is removed; the last one of an exited node removes the node.
		///
		/// Origin: signed.
		///
		/// Errors: `NoPosition`, `NothingToWithdraw`. Emits `Withdrawn`.
		#[pallet::call_index(7)]
		pub fn withdraw_unbonded(origin: OriginFor<T>, node: NodeId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_unbonded(who, node)
		}

		/// Delegate `amount` to the node with lock `lock` (an index into the lock menu). It
		/// counts from the next epoch and cannot be undelegated for the lock's duration. Topping
		/// up an existing delegation needs the same lock and restarts it.
		///
		/// Origin: signed, not the node's operator. The amount is held in the caller's account.
		///
		/// Errors: `NodeNotFound`, `NodeExiting`, `OperatorCannotDelegate`, `InvalidLock`,
		/// `LockMismatch`, `BelowMinDelegation`, `NodeDelegationsFull`, `TooManyDelegations`,
		/// `PayoutsOutstanding` (the node's new stake waits for its pool payouts), `Overflow`,
		/// or a balance error. Emits `Delegated`.
		#[pallet::call_index(8)]
		pub fn delegate(
			origin: OriginFor<T>,
			node: NodeId,
			amount: BalanceOf<T>,
			lock: u8,
		) -> DispatchResult {
			let delegator = ensure_signed(origin)?;
			Self::do_delegate(delegator, node, amount, lock)
		}

		/// Start unbonding `amount` of the caller's delegation to the node. Allowed once the
		/// lock has expired, also after the node has exited (then `redelegate` moves locked
		/// stake to another node, without the cooldown).
		///
		/// Origin: signed.
		///
		/// Errors: `NodeNotFound`, `NoPosition`, `ZeroAmount`, `InsufficientStake`,
		/// `LockNotExpired`, `BelowMinDelegation`, `TooManyUnbondingChunks`. Emits `Unbonded`.
		#[pallet::call_index(9)]
		pub fn undelegate(
			origin: OriginFor<T>,
			node: NodeId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let delegator = ensure_signed(origin)?;
			Self::do_unbond(delegator, node, amount, PositionKind::Delegation)
		}

		/// Move `amount` of the caller's delegation from node `from` to node `to` without
		/// unbonding. The lock and its multiplier move with it; on `to` it counts from the next
		/// epoch. A delegation may be redelegated once per `RedelegationCooldown` epochs.
		///
		/// The moved stake still answers for `from`'s faults for `SlashWindowEpochs` epochs,
		/// as unbonding stake does: a slash of `from` judged in that time takes its share of
		/// the moved amount from the delegation on `to` (`MovedStake`).
		///
		/// Origin: signed.
		///
		/// Errors: `SameNode`, `NodeNotFound`, `NoPosition`, `ZeroAmount`, `InsufficientStake`,
		/// `BelowMinDelegation`, `RedelegationTooSoon`, `NodeExiting`,
		/// `OperatorCannotDelegate`, `LockMismatch`, `NodeDelegationsFull`,
		/// `TooManyDelegations`, `TooManyMoves`, `PayoutsOutstanding` (on the target node),
		/// `Overflow`. Emits `Redelegated`.
		#[pallet::call_index(10)]
		pub fn redelegate(
			origin: OriginFor<T>,
			from: NodeId,
			to: NodeId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let delegator = ensure_signed(origin)?;
			Self::do_redelegate(delegator, from, to, amount)
		}

		/// Set the node's commission, at most `MaxCommission`. A cut applies at once; a raise
		/// applies after one full epoch (from the epoch after next), so delegators can leave.
		///
		/// Origin: the node's operator.
		///
		/// Errors: `NodeNotFound`, `NotOperator`, `CommissionTooHigh`, `NoChange`.
		/// Emits `CommissionChanged` or `CommissionRaiseScheduled`.
		#[pallet::call_index(11)]
		pub fn set_commission(
			origin: OriginFor<T>,
			node: NodeId,
			commission: Perbill,
		) -> DispatchResult {
			let operator = ensure_signed(origin)?;
			Self::do_set_commission(operator, node, commission)
		}

		/// Claim the caller's rewards on the node (and, for the operator, its commission).
		/// `VestingShare` of it vests linearly over `VestingPeriod` blocks through
		/// pallet-vesting; the rest is paid at once (`Liquid`), or added to the same position
		/// (`Compound`, counted from the next epoch).
		///
		/// Origin: signed. If the account already has the maximum number of vesting schedules,
		/// merge them first (`vesting.mergeSchedules`).
		///
		/// Errors: `NoPosition`, `NothingToClaim`, `NodeExiting` (compounding into a node that
		/// is leaving), `PayoutsOutstanding` (compounding while the node's new stake waits for
		/// its pool payouts), `Overflow`, or a vesting error. Emits `RewardsClaimed`.
		#[pallet::call_index(12)]
		pub fn claim_rewards(
			origin: OriginFor<T>,
			node: NodeId,
			payout: RewardPayout,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_rewards(who, node, payout)
		}

		/// Bring an unresponsive node back: it takes work again from now. Call it once the
		/// node's worker runs again; its recent misses are remembered for `FaultMemory` epochs,
		/// so missing again soon costs more.
		///
		/// Origin: the node's operator.
		///
		/// Errors: `NodeNotFound`, `NotOperator`, `NotUnresponsive`. Emits `NodeResumed`.
		#[pallet::call_index(13)]
		#[pallet::weight(<T as Config>::WeightInfo::resume_node())]
		pub fn resume_node(origin: OriginFor<T>, node: NodeId) -> DispatchResult {
			let operator = ensure_signed(origin)?;
			Self::do_resume_node(operator, node)
		}

		/// Evict a node that has been under the reputation threshold (suspended) for
		/// `EvictAfter` epochs without passing a capability probe: it exits at the next epoch,
		/// as if its operator had announced it, and `remove_node` then unbonds its stake.
		///
		/// Origin: any signed account.
		///
		/// Errors: `NodeNotFound`, `AlreadyExiting`, `NotLapsed`. Emits `NodeEvicted`.
		#[pallet::call_index(14)]
		#[pallet::weight(<T as Config>::WeightInfo::evict_node())]
		pub fn evict_node(origin: OriginFor<T>, node: NodeId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_evict_node(node)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// Compute units per epoch the node may be assigned in the current epoch: its declared
		/// capacity, limited by its counted stake; zero unless the node is active.
		pub fn active_capacity(node: NodeId) -> ComputeUnits {
			Self::node_view(node).map(|view| view.active_capacity).unwrap_or_default()
		}

		/// The node as it stands in the current epoch (pending changes that are due applied).
		pub fn node_state(
			node: NodeId,
		) -> Option<NodeView<T::AccountId, T::WorkerKey, BalanceOf<T>>> {
			Self::node_view(node)
		}

		/// Rewards `who` could claim on `node` now.
		pub fn pending_rewards(node: NodeId, who: T::AccountId) -> BalanceOf<T> {
			Self::claimable(node, &who).unwrap_or_else(Zero::zero)
		}
	}
}
