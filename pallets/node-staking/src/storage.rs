//! The pallet's storage items. Declared here and imported into the pallet module with `#[import_section]`,
//! so `lib.rs` stays a short index of the pallet.

use frame_support::pallet_macros::pallet_section;

/// The pallet's storage items.
#[pallet_section]
mod storage_section {
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
}
