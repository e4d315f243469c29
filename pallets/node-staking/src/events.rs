//! The pallet's events. Declared here and imported into the pallet module with `#[import_section]`,
//! so `lib.rs` stays a short index of the pallet.

use frame_support::pallet_macros::pallet_section;

/// The pallet's events.
#[pallet_section]
mod events_section {
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
}
