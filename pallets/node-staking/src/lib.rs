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

// The pallet's declarations, by kind (see each file).
use frame_support::pallet_macros::import_section;
mod config;
mod errors;
mod events;
mod genesis;
mod storage;

// FRAME's macro expansion of storage items and calls uses `expect` internally. This module only
// declares; all logic lives in the topic modules (`ledger`, `staking`, `rewards`, `slashing`, …)
// and `types.rs`, where the no-panic lints stay denied.
#[allow(clippy::expect_used)]
#[import_section(config::config_section)]
#[import_section(storage::storage_section)]
#[import_section(events::events_section)]
#[import_section(errors::errors_section)]
#[import_section(genesis::genesis_section)]
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
			Self::do_bond(operator, node, amount, BondKind::First)
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
			Self::do_bond(operator, node, amount, BondKind::Extra)
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

		/// Blocks per epoch now (a governed parameter). An epoch that has started keeps the
		/// length it started with: a change applies from the next transition.
		pub fn epoch_length() -> BlockNumberFor<T> {
			Self::effective_epoch_length()
		}

		/// Rewards `who` could claim on `node` now.
		pub fn pending_rewards(node: NodeId, who: T::AccountId) -> BalanceOf<T> {
			Self::claimable(node, &who).unwrap_or_else(Zero::zero)
		}
	}
}
