//! The pallet's errors. Declared here and imported into the pallet module with `#[import_section]`,
//! so `lib.rs` stays a short index of the pallet.

use frame_support::pallet_macros::pallet_section;

/// The pallet's errors.
#[pallet_section]
mod errors_section {
	#[pallet::error]
	pub enum Error<T> {
		/// No definition has this id.
		DefinitionNotFound,
		/// The definition is retired and takes no new orders.
		DefinitionRetired,
		/// Only the definition's owner may retire it.
		NotDefinitionOwner,
		/// The definition's minimum tier is above 4, or above what its device class can reach.
		InvalidTier,
		/// Aggregation fragments are created by the chain for training jobs and cannot be
		/// ordered or defined directly.
		AggregationNotOrderable,
		/// A content id is not a CIDv1 with the raw codec and a sha2-256 multihash.
		InvalidCid,
		/// A computation needs at least one input.
		NoInputs,
		/// A declared input size is zero or above `MaxInputSize` (1 MiB).
		InvalidInputSize,
		/// `k` is zero.
		ZeroRedundancy,
		/// `k` is below the governance minimum (`MinRedundancy`).
		RedundancyBelowMinimum,
		/// `k` is above `MaxRedundancy`.
		RedundancyAboveMaximum,
		/// Fewer nodes of the definition's device class are offered than `k`.
		NotEnoughNodes,
		/// The CU budget is below the definition's cost for these inputs.
		BudgetTooLow,
		/// The fee per CU is below the governance base fee.
		FeeBelowBase,
		/// The deadline is not after the current block.
		DeadlineInPast,
		/// The deadline leaves less than one execution window.
		DeadlineTooSoon,
		/// The deadline is more than `MaxDeadline` blocks away.
		DeadlineTooFar,
		/// The queue is full (`MaxQueueLength`); try again later or pay a higher fee later.
		QueueFull,
		/// No open computation has this id.
		ComputationNotFound,
		/// Only the customer may cancel.
		NotOwner,
		/// The computation already has nodes assigned; it can no longer be cancelled.
		AlreadyAssigned,
		/// Fragments of a training job cannot be cancelled one by one.
		PartOfJob,
		/// The signer is not the current worker key of any node.
		UnknownWorker,
		/// The node's worker already sent its heartbeat this epoch.
		AlreadyBeat,
		/// The node has no open probe.
		NoProbe,
		/// The probe's window has closed.
		ProbeClosed,
		/// The node has an open probe already.
		ProbeOpen,
		/// The node was sent a probe this epoch already.
		ProbedThisEpoch,
		/// This epoch's probes (`ProbesPerEpoch`) are all sent: ask again next epoch.
		ProbeBudgetSpent,
		/// The worker's node is not assigned to this computation.
		NotAssigned,
		/// The node already committed a result for this computation.
		AlreadyCommitted,
		/// The node's execution window has closed.
		WindowClosed,
		/// The computation's status does not allow this step.
		InvalidTransition,
		/// No node has this id.
		NodeNotFound,
		/// Only the node's operator may do this.
		NotOperator,
		/// The node is not active.
		NodeNotActive,
		/// The node is already offered.
		AlreadyOffered,
		/// The node is not offered.
		NotOffered,
		/// `MaxOfferedNodes` nodes are offered already.
		TooManyOfferedNodes,
		/// A training job needs a gradient-step definition.
		NotGradientDefinition,
		/// A training job needs at least one shard.
		NoShards,
		/// Rounds must be between 1 and `MaxRounds`.
		InvalidRounds,
		/// The learning rate must be positive.
		ZeroLearningRate,
		/// The account has `MaxJobsPerAccount` jobs running, or `MaxRunningJobs` run in total.
		TooManyJobs,
		/// No training job has this id.
		JobNotFound,
		/// Only the job's owner may remove it.
		NotJobOwner,
		/// The job is still running.
		JobRunning,
		/// An amount or count overflowed.
		Overflow,
		/// A definition's sample width is 0 or above `corex_compute::cost::MAX_FEATURES`.
		InvalidFeatures,
		/// The order has not exactly as many inputs as its kernel takes (a gradient step or an
		/// inference: the model and the samples; a data transform: the shard).
		WrongInputCount,
		/// The output could be longer than a reveal carries (`MaxOutputLen`), and the chain
		/// must see it (a gradient, or a tolerance policy): the nodes could not reveal it.
		OutputTooLarge,
		/// An unavailability report names an input the computation does not have.
		NoSuchInput,
		/// Only exactly checked inferences and data transforms run as batches: a batch's
		/// executors agree on one manifest of all its outputs, and the chain never sees them
		/// (a gradient step's output, and any output under a tolerance policy, must be seen).
		NotBatchable,
		/// A batch has no fragments, more than `MaxBatchFragments`, or more bytes in all (its
		/// fragments times its shard size, and the shared inputs) than one order of its kernel
		/// may read (its inputs × `MaxInputSize`: 2 MiB for an inference, 1 MiB for a transform).
		BatchSize,
		/// A batch's shard size is 0 or above `MaxInputSize`.
		ShardSize,
	}
}
