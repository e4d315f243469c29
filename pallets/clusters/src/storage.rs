//! The pallet's storage items. Declared here and imported into the pallet module with `#[import_section]`,
//! so `lib.rs` stays a short index of the pallet.

use frame_support::pallet_macros::pallet_section;

/// The pallet's storage items.
#[pallet_section]
mod storage_section {
	/// Nodes whose operators agreed to their being drafted as automatic replacements.
	#[pallet::storage]
	pub type Volunteers<T: Config> = StorageMap<_, Twox64Concat, NodeId, (), OptionQuery>;

	/// The id the next cluster gets.
	#[pallet::storage]
	pub type NextClusterId<T: Config> = StorageValue<_, ClusterId, ValueQuery>;

	/// Clusters, forming, keying, active, or forked and still migrating.
	#[pallet::storage]
	pub type Clusters<T: Config> =
		StorageMap<_, Twox64Concat, ClusterId, ClusterOf<T>, OptionQuery>;

	/// The live clusters each node has accepted to serve.
	#[pallet::storage]
	pub type NodeClusters<T: Config> =
		StorageDoubleMap<_, Twox64Concat, NodeId, Twox64Concat, ClusterId, (), OptionQuery>;

	/// How many live clusters each node serves.
	#[pallet::storage]
	pub type NodeClusterCount<T: Config> = StorageMap<_, Twox64Concat, NodeId, u32, ValueQuery>;

	/// The id the next JCE gets.
	#[pallet::storage]
	pub type NextJceId<T: Config> = StorageValue<_, JceId, ValueQuery>;

	/// Joint computing environments.
	#[pallet::storage]
	pub type Jces<T: Config> = StorageMap<_, Twox64Concat, JceId, JceOf<T>, OptionQuery>;

	/// The JCEs each cluster has admitted.
	#[pallet::storage]
	pub type ClusterJces<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ClusterId, Twox64Concat, JceId, (), OptionQuery>;

	/// Each node's blacklist.
	#[pallet::storage]
	pub type Blacklists<T: Config> =
		StorageDoubleMap<_, Twox64Concat, NodeId, Blake2_128Concat, EntryOf<T>, (), OptionQuery>;

	/// Length of each node's blacklist.
	#[pallet::storage]
	pub type BlacklistLen<T: Config> = StorageMap<_, Twox64Concat, NodeId, u32, ValueQuery>;

	/// Deadlines by block: lapsing invitations and JCE requests.
	#[pallet::storage]
	pub type Deadlines<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		Twox64Concat,
		Deadline,
		(),
		OptionQuery,
	>;

	/// The oldest block whose deadlines may not all be handled yet.
	#[pallet::storage]
	pub type DeadlineCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// Planned departures by the epoch at whose start they fork the cluster.
	#[pallet::storage]
	pub type Departures<T: Config> =
		StorageDoubleMap<_, Twox64Concat, EpochIndex, Twox64Concat, ClusterId, NodeId, OptionQuery>;

	/// The oldest epoch whose departures may not all be handled yet.
	#[pallet::storage]
	pub type DepartureCursor<T: Config> = StorageValue<_, EpochIndex, ValueQuery>;

	/// Forced forks waiting for the next block: cluster → the member to eject.
	#[pallet::storage]
	pub type ForcedForks<T: Config> = StorageMap<_, Twox64Concat, ClusterId, NodeId, OptionQuery>;

	/// Forked clusters whose JCEs are still moving: old cluster → its fork (if any).
	#[pallet::storage]
	pub type Migrations<T: Config> =
		StorageMap<_, Twox64Concat, ClusterId, Option<ClusterId>, OptionQuery>;

	/// Work each cluster took in the current epoch.
	#[pallet::storage]
	pub type ClusterLoads<T: Config> =
		StorageMap<_, Twox64Concat, ClusterId, ClusterLoad, ValueQuery>;
}
