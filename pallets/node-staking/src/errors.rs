//! The pallet's errors. Declared here and imported into the pallet module with `#[import_section]`,
//! so `lib.rs` stays a short index of the pallet.

use frame_support::pallet_macros::pallet_section;

/// The pallet's errors.
#[pallet_section]
mod errors_section {
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
}
