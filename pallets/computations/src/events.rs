//! The pallet's events. Declared here and imported into the pallet module with `#[import_section]`,
//! so `lib.rs` stays a short index of the pallet.

use frame_support::pallet_macros::pallet_section;

/// The pallet's events.
#[pallet_section]
mod events_section {
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A computation definition was registered.
		DefinitionRegistered {
			id: DefinitionId,
			owner: T::AccountId,
			kind: ComputationKind,
			deposit: BalanceOf<T>,
		},
		/// A definition was retired: it takes no new orders; its deposit was returned.
		DefinitionRetired { id: DefinitionId },
		/// A computation entered the queue. `escrow` is held from the customer.
		ComputationQueued {
			id: ComputationId,
			owner: T::AccountId,
			definition: DefinitionId,
			cu: ComputeUnits,
			fee_per_cu: BalanceOf<T>,
			redundancy: u8,
			escrow: BalanceOf<T>,
			deadline: BlockNumberFor<T>,
		},
		/// A node was assigned to a computation and must commit its result by `window_end`.
		NodeAssigned { id: ComputationId, node: NodeId, window_end: BlockNumberFor<T> },
		/// A verifier node was assigned to re-run a computation (a replay).
		VerifierAssigned { id: ComputationId, node: NodeId },
		/// A verifier's verdict was disputed: `nodes` replay the computation as its panel.
		PanelAssigned { id: ComputationId, nodes: alloc::vec::Vec<NodeId> },
		/// All `k` nodes of a computation are assigned.
		ComputationAssigned { id: ComputationId },
		/// A node committed its result.
		ResultCommitted { id: ComputationId, node: NodeId },
		/// All results of a computation are committed.
		ResultsCommitted { id: ComputationId },
		/// All results of a computation are revealed.
		ResultsRevealed { id: ComputationId },
		/// A computation's result is verified.
		ComputationVerified { id: ComputationId, result: ContentId },
		/// A computation is finished: `paid` went to its nodes, `protocol_fee` to the mining pool
		/// and `refunded` back to the customer.
		ComputationFinalized {
			id: ComputationId,
			paid: BalanceOf<T>,
			protocol_fee: BalanceOf<T>,
			refunded: BalanceOf<T>,
		},
		/// A computation failed verification; its escrow was refunded.
		ComputationFailed { id: ComputationId, refunded: BalanceOf<T> },
		/// A computation missed its deadline; its escrow was refunded.
		ComputationExpired { id: ComputationId, refunded: BalanceOf<T> },
		/// The customer cancelled a queued computation; its escrow was refunded.
		ComputationCancelled { id: ComputationId, refunded: BalanceOf<T> },
		/// A node missed its execution window and will be replaced. It lost reputation, and
		/// `slashed` of its stake if it missed repeatedly of late (the first miss in a while
		/// costs reputation only).
		WindowMissed {
			id: ComputationId,
			node: NodeId,
			reputation: Option<Reputation>,
			slashed: Perbill,
		},
		/// A node's worker proved it is up in `epoch`; its uptime is now `uptime`.
		Heartbeat { node: NodeId, epoch: corex_primitives::EpochIndex, uptime: Perbill },
		/// An operator offered a node for computations.
		NodeOffered { node: NodeId },
		/// A node was withdrawn from computations.
		NodeWithdrawn { node: NodeId },
		/// A training job was accepted; `reserved` is held for all its fragments.
		TrainingJobSubmitted {
			job: JobId,
			owner: T::AccountId,
			shards: u32,
			rounds: u16,
			reserved: BalanceOf<T>,
		},
		/// A round of a training job started: one gradient fragment per shard is queued.
		RoundStarted { job: JobId, round: u16, model: ContentId },
		/// All gradients of a round are verified; the aggregation fragment is queued.
		AggregationQueued { job: JobId, round: u16, id: ComputationId },
		/// A round completed with a new model and its validation loss (Q16.16).
		RoundCompleted { job: JobId, round: u16, model: ContentId, validation_loss: u32 },
		/// A round's new model scored `validation_loss` (Q16.16) on the held-out shard, above
		/// `limit`: it was not adopted and the round runs again on the same model (the job has
		/// one round fewer), or, if it was the last round, the job finishes with the previous
		/// model.
		RoundRejected { job: JobId, round: u16, validation_loss: u32, limit: u32 },
		/// Every round of a training job completed; the unspent reserve was refunded.
		TrainingJobFinished { job: JobId, model: ContentId, refunded: BalanceOf<T> },
		/// A fragment of a training job failed or expired; the job stopped and its unspent
		/// reserve was refunded.
		TrainingJobFailed { job: JobId, round: u16, refunded: BalanceOf<T> },
		/// A finished or failed training job's record was removed; its deposit was returned.
		TrainingJobRemoved { job: JobId },
		/// The computation just queued belongs to joint computing environment `jce`: it runs on
		/// one of the JCE's clusters.
		SubmittedToJce { id: ComputationId, jce: corex_primitives::JceId },
		/// A JCE's computation was placed on `cluster`: every member computes it.
		PlacedInCluster {
			id: ComputationId,
			jce: corex_primitives::JceId,
			cluster: corex_primitives::ClusterId,
		},
		/// No nodes could take a queued computation now: it leaves the queue, so as not to hold
		/// up the computations behind it, and returns at block `retry_at` (or expires).
		AssignmentDeferred { id: ComputationId, retry_at: BlockNumberFor<T> },
		/// An assigned node reported that it cannot deliver (an input it cannot fetch, or
		/// inputs its kernel refuses). It is not penalized; it leaves the computation, which
		/// goes back to the queue for another node.
		InputUnavailable { id: ComputationId, node: NodeId, reason: Unavailability },
		/// More than half of a computation's `k` nodes reported it unavailable: it ended.
		/// `paid` went to the nodes that reported or committed (`UnavailableFee` of their
		/// share, for their time, less the protocol fee), `protocol_fee` to the mining pool,
		/// `refunded` back to the customer.
		ComputationUnavailable {
			id: ComputationId,
			paid: BalanceOf<T>,
			protocol_fee: BalanceOf<T>,
			refunded: BalanceOf<T>,
		},
		/// A capability probe was sent to `node`: `samples` samples (`cu` compute units) to
		/// answer by block `deadline`.
		ProbeIssued { node: NodeId, samples: u32, cu: ComputeUnits, deadline: BlockNumberFor<T> },
		/// The node answered its probe, `blocks` blocks after it was sent: right (`passed`) or
		/// wrong.
		ProbeAnswered { node: NodeId, passed: bool, blocks: u32 },
		/// The node did not answer its probe in time.
		ProbeMissed { node: NodeId },
		/// The computation just queued is a batch of `fragments` fragments over the shards its
		/// shard list `shards` names, each at most `shard_size` bytes; `cu` (in
		/// `ComputationQueued`) covers all of them.
		BatchQueued { id: ComputationId, fragments: u32, shard_size: u32, shards: ContentId },
	}
}
