//! The pallet's storage items. Declared here and imported into the pallet module with `#[import_section]`,
//! so `lib.rs` stays a short index of the pallet.

use frame_support::pallet_macros::pallet_section;

/// The pallet's storage items.
#[pallet_section]
mod storage_section {
	/// The next definition id.
	#[pallet::storage]
	pub type NextDefinitionId<T: Config> = StorageValue<_, DefinitionId, ValueQuery>;

	/// Computation definitions.
	#[pallet::storage]
	pub type Definitions<T: Config> =
		StorageMap<_, Twox64Concat, DefinitionId, DefinitionOf<T>, OptionQuery>;

	/// The next computation id.
	#[pallet::storage]
	pub type NextComputationId<T: Config> = StorageValue<_, ComputationId, ValueQuery>;

	/// Open computations (removed when finalized, failed, expired or cancelled).
	#[pallet::storage]
	pub type Computations<T: Config> =
		CountedStorageMap<_, Twox64Concat, ComputationId, ComputationOf<T>, OptionQuery>;

	/// The open computations that are batches (`submit_batch`): their fragments and shard
	/// size. Removed with the computation.
	#[pallet::storage]
	pub type Batches<T: Config> =
		CountedStorageMap<_, Twox64Concat, ComputationId, Batch, OptionQuery>;

	/// The queue: computations waiting for nodes, by fee per CU (highest first), then age.
	#[pallet::storage]
	pub type ComputationQueue<T: Config> =
		CountedStorageMap<_, Identity, QueueKey, (), OptionQuery>;

	/// Each node's heartbeats (`heartbeat`): its uptime.
	#[pallet::storage]
	pub type Heartbeats<T: Config> = StorageMap<_, Twox64Concat, NodeId, Liveness, OptionQuery>;

	/// Queued computations taken out of the queue for `RetryDelay` blocks after an attempt to
	/// assign them failed (no eligible nodes, or their cluster could not place them). Their
	/// timer puts them back. They count towards `MaxQueueLength`.
	#[pallet::storage]
	pub type Deferred<T: Config> =
		CountedStorageMap<_, Twox64Concat, ComputationId, (), OptionQuery>;

	/// Open assignments per node: what its off-chain worker has to compute.
	#[pallet::storage]
	pub type NodeAssignments<T: Config> =
		StorageDoubleMap<_, Twox64Concat, NodeId, Twox64Concat, ComputationId, (), OptionQuery>;

	/// Number of open assignments per node.
	#[pallet::storage]
	pub type AssignmentCount<T: Config> = StorageMap<_, Twox64Concat, NodeId, u32, ValueQuery>;

	/// Compute units assigned to each node in its last epoch with work.
	#[pallet::storage]
	pub type NodeLoads<T: Config> = StorageMap<_, Twox64Concat, NodeId, NodeLoad, OptionQuery>;

	/// Offered nodes by position (dense `0..OfferedCount`).
	#[pallet::storage]
	pub type OfferedNodes<T: Config> = StorageMap<_, Twox64Concat, u32, NodeId, OptionQuery>;

	/// The position and device class of each offered node.
	#[pallet::storage]
	pub type OfferPositions<T: Config> =
		StorageMap<_, Twox64Concat, NodeId, (u32, DeviceClass), OptionQuery>;

	/// Number of offered nodes.
	#[pallet::storage]
	pub type OfferedCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Offered nodes per device class (to refuse orders no class could serve).
	#[pallet::storage]
	pub type OfferedPerClass<T: Config> = StorageMap<_, Twox64Concat, DeviceClass, u32, ValueQuery>;

	/// Timers: at block `b`, computation `id` reaches its deadline or a window end.
	#[pallet::storage]
	pub type Timers<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		Twox64Concat,
		ComputationId,
		(),
		OptionQuery,
	>;

	/// The oldest block whose timers may not all be handled yet.
	#[pallet::storage]
	pub type TimerCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// Each node's open capability probe.
	#[pallet::storage]
	pub type Probes<T: Config> =
		StorageMap<_, Twox64Concat, NodeId, OpenProbe<BlockNumberFor<T>>, OptionQuery>;

	/// The epoch each node was last sent a probe in.
	#[pallet::storage]
	pub type LastProbed<T: Config> =
		StorageMap<_, Twox64Concat, NodeId, corex_primitives::EpochIndex, OptionQuery>;

	/// The position in the offered nodes the probe round robin visits next.
	#[pallet::storage]
	pub type ProbeCursor<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Probes sent in the epoch named: what `ProbesPerEpoch` bounds.
	#[pallet::storage]
	pub type ProbesIssued<T: Config> =
		StorageValue<_, (corex_primitives::EpochIndex, u32), ValueQuery>;

	/// Nodes that reported a computation's inputs unavailable (`report_unavailable`), with
	/// their reasons. Removed with the computation.
	#[pallet::storage]
	pub type UnavailableReports<T: Config> = StorageMap<
		_,
		Twox64Concat,
		ComputationId,
		BoundedVec<(NodeId, Unavailability), T::MaxRedundancy>,
		ValueQuery,
	>;

	/// The next training job id.
	#[pallet::storage]
	pub type NextJobId<T: Config> = StorageValue<_, JobId, ValueQuery>;

	/// Training jobs (kept until their owner removes them).
	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, JobOf<T>, OptionQuery>;

	/// Running training jobs per account.
	#[pallet::storage]
	pub type RunningJobs<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Running training jobs in total.
	#[pallet::storage]
	pub type RunningJobCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Verified gradients of each job's running round, by shard.
	#[pallet::storage]
	pub type RoundGradients<T: Config> =
		StorageDoubleMap<_, Twox64Concat, JobId, Twox64Concat, u16, ContentId, OptionQuery>;

	/// What each completed round of a job produced.
	#[pallet::storage]
	pub type JobRounds<T: Config> =
		StorageDoubleMap<_, Twox64Concat, JobId, Twox64Concat, u16, RoundRecord, OptionQuery>;
}
