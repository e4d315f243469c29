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

		/// The currency (CXT); deposits are holds.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The node registry (node staking).
		type Nodes: NodeInfo<Self::AccountId, Balance = BalanceOf<Self>>;

		/// The worker key a signed account stands for (an sr25519 account is its own key).
		type AccountToWorker: Convert<Self::AccountId, WorkerKeyOf<Self>>;

		/// Charges the cost of a migration to the leaving node.
		type Slashing: NodeSlashing<Self::AccountId, BalanceOf<Self>>;

		/// The queue's ranking of offered nodes, for automatic replacements.
		type Ranking: NodeRanking;

		/// Deposit held for a cluster (governance).
		type ClusterDeposit: Get<BalanceOf<Self>>;

		/// Deposit held for a JCE (governance).
		type JceDeposit: Get<BalanceOf<Self>>;

		/// Blocks invited nodes have to accept (governance).
		type InvitationWindow: Get<BlockNumberFor<Self>>;

		/// Blocks the members of a keying cluster (formed, or forked) have to submit their key
		/// shares. After it, a new cluster is dissolved with its deposit returned, and a fork
		/// ejects a member that did not submit (it forks again with a replacement).
		#[pallet::constant]
		type KeyingWindow: Get<BlockNumberFor<Self>>;

		/// Blocks the members of a unanimous cluster have to approve a JCE (governance).
		type DecisionWindow: Get<BlockNumberFor<Self>>;

		/// Share of a leaving node's self-bond slashed for a planned migration (governance).
		type PlannedExitCharge: Get<Perbill>;

		/// Share of an ejected node's stake slashed for a forced migration (governance).
		type ForcedExitCharge: Get<Perbill>;

		/// Fewest members of a cluster.
		#[pallet::constant]
		type MinMembers: Get<u32>;

		/// Most members of a cluster (also the queue's largest `k`).
		#[pallet::constant]
		type MaxMembers: Get<u32>;

		/// Longest priority list of standby replacements.
		#[pallet::constant]
		type MaxStandbys: Get<u32>;

		/// Most clusters one node may serve.
		#[pallet::constant]
		type MaxClustersPerNode: Get<u32>;

		/// Faults on a cluster's computations (missed windows, wrong or unrevealed results)
		/// after which a member is ejected; one slash alone never ejects it.
		#[pallet::constant]
		type EjectAfterFaults: Get<u32>;

		/// Epochs after a member's last fault that its faults in the cluster are forgotten.
		#[pallet::constant]
		type FaultMemory: Get<EpochIndex>;

		/// Most JCEs one cluster may serve.
		#[pallet::constant]
		type MaxJcesPerCluster: Get<u32>;

		/// Most clusters one JCE may ask for.
		#[pallet::constant]
		type MaxClustersPerJce: Get<u32>;

		/// Most computation definitions one JCE may run.
		#[pallet::constant]
		type MaxDefinitions: Get<u32>;

		/// Longest blacklist of one node.
		#[pallet::constant]
		type MaxBlacklist: Get<u32>;

		/// Most candidates the queue's ranking proposes for an automatic replacement.
		#[pallet::constant]
		type MaxAutoCandidates: Get<u32>;

		/// Most deadlines, forks and JCE migrations handled per block (each).
		#[pallet::constant]
		type MaxTasksPerBlock: Get<u32>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Sets up nodes for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}
}
