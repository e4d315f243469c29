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

		/// The currency (CXT); escrows and deposits are holds.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ InspectHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The node registry (node staking): status, class, tier, capacity, reputation, stake.
		type Nodes: NodeInfo<Self::AccountId, Balance = BalanceOf<Self>>;

		/// The worker key a signed account stands for (an sr25519 account is its own key).
		type AccountToWorker: Convert<Self::AccountId, WorkerKeyOf<Self>>;

		/// Weighs the misses of nodes that miss their execution window (reputation, and a slash
		/// for repeats).
		type Reputation: NodeReputation;

		/// Pays nodes for finalized computations.
		type Rewards: NodeRewards<Self::AccountId, BalanceOf<Self>>;

		/// Told the compute units customers order (the mining pool's demand).
		type Demand: ContributionRecorder<BalanceOf<Self>>;

		/// Told when a computation has all its commitments (the proofs pallet).
		type OnCommitted: OnResultsCommitted;

		/// Joint computing environments and their clusters (the clusters pallet): who may
		/// submit to a JCE, and which cluster's members run its computations.
		type Jces: corex_primitives::JcePlacement<Self::AccountId, BalanceOf<Self>>;

		/// The chain's seed (the seed pallet: block authors' VRF outputs), from which nodes,
		/// verifiers, dispute panels and probes are drawn.
		type Randomness: Randomness<[u8; 32], BlockNumberFor<Self>>;

		/// Base fee per compute unit (governance).
		type BaseFeePerCu: Get<BalanceOf<Self>>;

		/// Smallest redundancy `k` an order may ask for (governance).
		type MinRedundancy: Get<u8>;

		/// Blocks an assigned node has to commit its result (governance).
		type ExecutionWindow: Get<BlockNumberFor<Self>>;

		/// Computations the queue tries to assign per block (governance).
		type MaxAssignmentsPerBlock: Get<u32>;

		/// Blocks a computation that could not be assigned stays out of the queue before it is
		/// tried again (`Deferred`), so that it never holds up the computations behind it.
		type RetryDelay: Get<BlockNumberFor<Self>>;

		/// Blocks from the moment a computation enters the queue (an order, a node dropped or
		/// unavailable) to its first assignment attempt: at least
		/// [`corex_primitives::seed::DRAW_DELAY`] in a live chain, so that the assignment draws
		/// from a seed the submitter and its block's author could not know. `1` (the next block)
		/// puts it in the queue at once.
		type AssignmentDelay: Get<BlockNumberFor<Self>>;

		/// The largest output a reveal can carry (the proofs pallet's `MaxOutputLen`): an order
		/// whose output the chain must see and that could be longer is refused.
		type MaxOutputLen: Get<u32>;

		/// Reputation points a node loses when it misses its window (governance).
		type MissedWindowPenalty: Get<Reputation>;

		/// Share of a node's stake slashed when it misses its window (governance).
		type MissedWindowSlash: Get<Perbill>;

		/// Share of a node's fee paid, for its time, to each node that reported an unavailable
		/// input or committed, when a computation ends as unavailable (governance).
		type UnavailableFee: Get<Perbill>;

		/// The protocol's share of every payment to a node (governance): it goes to
		/// `ProtocolFeeDestination` instead of the node. It is what backs the mining pool's
		/// emission, so that paying fees to one's own nodes never earns more than it costs
		/// (`docs/mining-pool.md`, "Self-dealing never pays").
		type ProtocolFee: Get<Perbill>;

		/// Where the protocol fee goes: the mining pool's account.
		type ProtocolFeeDestination: Get<Self::AccountId>;

		/// Model-PoT's round check: how much a round's validation loss may exceed the previous
		/// round's before the round is rejected and run again (governance).
		type MaxLossIncrease: Get<Perbill>;

		/// Deposit held for a definition.
		#[pallet::constant]
		type DefinitionDeposit: Get<BalanceOf<Self>>;

		/// Deposit held for a training job's record until it is removed.
		#[pallet::constant]
		type JobDeposit: Get<BalanceOf<Self>>;

		/// Most computations waiting in the queue from customers.
		#[pallet::constant]
		type MaxQueueLength: Get<u32>;

		/// Largest redundancy `k`.
		#[pallet::constant]
		type MaxRedundancy: Get<u32>;

		/// Most inputs of one computation.
		#[pallet::constant]
		type MaxInputs: Get<u32>;

		/// Most fragments in one batch (`submit_batch`). The chain's work on a batch does not
		/// depend on it; a node computes every fragment within its execution window.
		#[pallet::constant]
		type MaxBatchFragments: Get<u32>;

		/// Largest declared input, in bytes (IPFS's block limit, 1 MiB).
		#[pallet::constant]
		type MaxInputSize: Get<u32>;

		/// Most blocks between submission and deadline.
		#[pallet::constant]
		type MaxDeadline: Get<BlockNumberFor<Self>>;

		/// Most nodes offered for computations.
		#[pallet::constant]
		type MaxOfferedNodes: Get<u32>;

		/// Most offered nodes one assignment looks at.
		#[pallet::constant]
		type MaxCandidates: Get<u32>;

		/// Most computations a node works on at once.
		#[pallet::constant]
		type MaxAssignmentsPerNode: Get<u32>;

		/// Most timers (deadlines and windows) handled per block.
		#[pallet::constant]
		type MaxTimersPerBlock: Get<u32>;

		/// Most weight the timers of one block may take, each counted at its worst case (every
		/// node of a computation missing, slashed on all its positions). Timers left over run in
		/// the next blocks, from the same cursor; at least one runs in every block.
		#[pallet::constant]
		type MaxTimerWeight: Get<Weight>;

		/// Most shards of one training job.
		#[pallet::constant]
		type MaxShardsPerJob: Get<u32>;

		/// Most rounds of one training job.
		#[pallet::constant]
		type MaxRounds: Get<u32>;

		/// Most training jobs one account has running.
		#[pallet::constant]
		type MaxJobsPerAccount: Get<u32>;

		/// Most training jobs running at once (bounds the queue's follow-up fragments).
		#[pallet::constant]
		type MaxRunningJobs: Get<u32>;

		/// Most commitments in one `commit_results`.
		#[pallet::constant]
		type MaxResultsPerCall: Get<u32>;

		/// Samples of a capability probe (governance; at most
		/// `corex_compute::probe::MAX_PROBE_SAMPLES`).
		type ProbeSamples: Get<u32>;

		/// Blocks a node has to answer a probe (governance).
		type ProbeWindow: Get<BlockNumberFor<Self>>;

		/// Epochs between two routine probes of a node (governance).
		type ProbeInterval: Get<corex_primitives::EpochIndex>;

		/// Most probes sent in one epoch, routine and requested (governance).
		type ProbesPerEpoch: Get<u32>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Active nodes and their worker accounts for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}
}
