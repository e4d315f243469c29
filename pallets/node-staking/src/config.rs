//! The pallet's configuration: its peers, parameters and limits. Declared here and imported into the pallet module with `#[import_section]`,
//! so `lib.rs` stays a short index of the pallet.

use frame_support::pallet_macros::pallet_section;

/// The pallet's configuration: its peers, parameters and limits.
#[pallet_section]
mod config_section {
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
		type WorkerKey: Parameter + Member + MaxEncodedLen + Ord + MaybeSerializeDeserialize;

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
}
