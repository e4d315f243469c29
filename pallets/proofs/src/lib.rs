//! # Proofs
//!
//! Verification of computed results (Compute-PoC and Model-PoT), and its consequences.
//!
//! - **Commit–reveal.** Each executor's worker commits to its result in the computations pallet
//!   (`commit_result` / `commit_results`): a hash of the chain's genesis hash, the computation,
//!   the node, the result and a random salt ([`corex_primitives::commitment`]), so a commitment
//!   holds for one slot of one chain only. When all `k` commitments are in,
//!   this pallet opens the reveal window; each executor then reveals its result (the output's
//!   content id, the validation loss of an aggregation, the salt) with `reveal` or, for many at
//!   once, `reveal_results`. Where outputs are compared (tolerance policies) or checked
//!   (gradients), the output itself comes with the reveal and must hash to the content id.
//!   Copying another node's result is useless: commitments bind before anything is revealed.
//!   A reveal that does not open the node's commitment, or a second, different reveal, is
//!   equivocation and is punished.
//! - **Verdicts by the definition's policy.**
//!   - *Exact*: all reveals equal → verified. Otherwise a strict majority of `k` wins and the
//!     others are punished; no majority → replay.
//!   - *Tolerance*: outputs are fixed-point vectors. Each is compared with the coordinate-wise
//!     median of all reveals (cosine similarity at least, or relative L2 distance at most, the
//!     threshold); those within it agree. A strict majority wins; outliers are punished.
//!   - *Replay*: a verifier node that is not among the executors re-runs the computation and
//!     its result decides. Computations are sampled for replay at the rate `max(policy's rate,
//!     ReplayRate)` when their commitments complete, from the chain's VRF-based seed (see
//!     `docs/proofs.md` for who can steer what); the verifier then computes before any executor
//!     reveals. A verdict without a majority, or a failed Model-PoT check, escalates to replay
//!     after the reveals.
//! - **Model-PoT** for gradient fragments of training jobs: the verified gradient's mean norm
//!   must be at most `MaxGradientNorm`, and its cosine similarity with the sum of the round's
//!   other verified gradients at least `MinGradientCosine`; a failure escalates to replay (the
//!   verifier's gradient decides, so an honest outlier is not punished). At the end of a round,
//!   the computations pallet rejects a model whose validation loss rose more than
//!   `MaxLossIncrease` and runs the round again.
//! - **Consequences.** Verified: the customer's escrow pays the agreeing executors
//!   (`fee_per_cu × cu` each, base and priority fee), their work is credited to the mining pool
//!   (training path for training fragments and replays, compute path otherwise), their
//!   reputation rises by `VerifiedReward`, and the computation is finalized. A wrong result,
//!   equivocation, a failed replay or an unrevealed commitment costs `FaultPenalty` reputation
//!   and a `FaultSlash` slash through node staking, split between the customer
//!   (`CustomerShare`), the verifier whose replay proved it (`VerifierShare`) and the mining
//!   pool (the rest). Node staking suspends a node whose reputation falls under its threshold.
//!   The reputation penalty is immediate; the slash, which walks every stake position of the
//!   node, waits in `PendingSlashes` for the next block's hook, so that the reveal or timer that
//!   settles a verdict stays cheap whoever is punished.
//!
//! Every phase has a deadline handled by a timer, at most `MaxTimersPerBlock` (and
//! `MaxTimerWeight`) per block; no hook
//! walks computations, nodes or accounts. Verification work is `O(k)` reveals and `O(k · d)`
//! vector arithmetic per computation.
//!
//! ## Invariants (checked by `try_state`)
//! 1. Every verification belongs to an open, committed computation, and has its timer.
//! 2. Reveals and outputs exist only for computations under verification, and only from their
//!    executors.
//! 3. Total issuance equals the fixed supply: verification moves money, it never mints.
//! 4. Pending slashes are exactly the sequence numbers from the queue's oldest to its next.
//! 5. Disputes exist only for disputed verdicts, name the computation's panel, and every
//!    account's dispute bonds are held.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod commitments;
mod costs;
mod disputes;
#[cfg(any(test, feature = "try-runtime"))]
mod invariants;
#[cfg(test)]
mod mock;
mod punishment;
mod reveals;
#[cfg(test)]
mod tests;
mod timers;
pub mod types;
pub mod vector;
mod verdicts;
pub mod weights;

pub use commitments::commitment;
pub use types::*;
pub use weights::WeightInfo;

use corex_primitives::{
	ComputationId, ComputationLifecycle, ContentId, ContributionRecorder, NodeId, NodeInfo,
	NodeReputation, NodeSlashing, Reputation, SlashReason,
};
use frame_support::traits::fungible;

/// Balance type of the currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The worker key type of the node registry.
pub type WorkerKeyOf<T> =
	<<T as Config>::Nodes as NodeInfo<<T as frame_system::Config>::AccountId>>::WorkerKey;

/// A verification and each executor's reveal, as the `verification` view function returns it.
pub type VerificationView<BlockNumber> =
	(Verification<BlockNumber>, alloc::vec::Vec<(NodeId, Revealed)>);

/// A compact output as revealed.
pub type OutputOf<T> = frame_support::BoundedVec<u8, <T as Config>::MaxOutputLen>;

/// Sets up committed computations for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// A computation of `kind` and `policy` whose `k` executors (offered, active nodes, with
	/// spare nodes for a verifier) have committed to what `commitment(id, n, node)` gives
	/// executor `n`. Returns the computation, and each executor's node and worker account.
	fn committed(
		kind: corex_primitives::ComputationKind,
		policy: corex_primitives::VerificationPolicy,
		k: u32,
		commitment: &dyn Fn(ComputationId, u32, NodeId) -> [u8; 32],
	) -> (ComputationId, alloc::vec::Vec<(NodeId, AccountId)>);
	/// The account that signs for `node`'s worker key.
	fn worker_of(node: NodeId) -> AccountId;
}

// FRAME's macro expansion uses `expect` internally. This module only declares; the logic lives in
// the topic modules (`reveals`, `verdicts`, `disputes`, `punishment`, …), where the no-panic
// lints stay denied.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{traits::Convert, Perbill};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The bond of a dispute of a verifier's verdict.
		#[codec(index = 0)]
		DisputeBond,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The currency (CXT): dispute bonds are holds; and the fixed-supply check.
		type Currency: Inspect<Self::AccountId>
			+ fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The node registry (node staking).
		type Nodes: NodeInfo<Self::AccountId, Balance = BalanceOf<Self>>;

		/// The worker key a signed account stands for (an sr25519 account is its own key).
		type AccountToWorker: Convert<Self::AccountId, WorkerKeyOf<Self>>;

		/// The computation queue, which owns the lifecycle.
		type Computations: ComputationLifecycle<Self::AccountId, BalanceOf<Self>>;

		/// Moves reputations.
		type Reputation: NodeReputation;

		/// Slashes faulty nodes.
		type Slashing: NodeSlashing<Self::AccountId, BalanceOf<Self>>;

		/// Credits verified work to the mining pool.
		type Contributions: ContributionRecorder<BalanceOf<Self>>;

		/// The chain's seed (the seed pallet: block authors' VRF outputs), for replay sampling.
		type Randomness: frame_support::traits::Randomness<[u8; 32], BlockNumberFor<Self>>;

		/// Total issuance, checked by `try_state`.
		type FixedSupply: Get<BalanceOf<Self>>;

		/// Blocks executors have to reveal (governance).
		type RevealWindow: Get<BlockNumberFor<Self>>;

		/// Blocks a verifier has to submit its replay (governance).
		type ReplayWindow: Get<BlockNumberFor<Self>>;

		/// Blocks from the last commitment (or the reveal that left the verdict open) to the
		/// draw of the replay sample and the verifier: at least
		/// [`corex_primitives::seed::DRAW_DELAY`] in a live chain, so that neither the last
		/// committer nor its block's author can know the draw when it acts. `0` draws at once.
		type DrawDelay: Get<BlockNumberFor<Self>>;

		/// Blocks during which a verdict decided by one verifier's replay may be disputed before
		/// it takes effect (governance). `0`: verdicts take effect at once, undisputable.
		type DisputeWindow: Get<BlockNumberFor<Self>>;

		/// The bond a node posts to dispute a verdict: lost to the mining pool if the panel
		/// upholds the verdict (governance).
		type DisputeBond: Get<BalanceOf<Self>>;

		/// The mining pool's account, where lost dispute bonds go.
		type PoolAccount: Get<Self::AccountId>;

		/// Smallest share of computations replayed, whatever their policy says (governance).
		type ReplayRate: Get<Perbill>;

		/// Reputation a node gains per verified result (governance).
		type VerifiedReward: Get<Reputation>;

		/// Reputation a node loses per fault (governance).
		type FaultPenalty: Get<Reputation>;

		/// Share of a faulty node's stake slashed per fault (governance).
		type FaultSlash: Get<Perbill>;

		/// Share of a slash paid to the affected customer (governance).
		type CustomerShare: Get<Perbill>;

		/// Share of a slash paid to the verifier whose replay proved the fault (governance).
		type VerifierShare: Get<Perbill>;

		/// Reputation a verifier loses when it does not submit its replay (governance).
		type VerifierMissPenalty: Get<Reputation>;

		/// Share of a verifier's stake slashed per repeat when it misses replays repeatedly
		/// (the first miss in a while is not slashed; node staking weighs misses).
		type VerifierMissSlash: Get<Perbill>;

		/// Model-PoT: largest mean gradient norm per sample, Q16.16 (governance).
		type MaxGradientNorm: Get<u32>;

		/// Model-PoT: smallest cosine similarity of a gradient with the round's others
		/// (governance).
		type MinGradientCosine: Get<Perbill>;

		/// Largest output revealed on chain, in bytes.
		#[pallet::constant]
		type MaxOutputLen: Get<u32>;

		/// Most reveals in one `reveal_results`.
		#[pallet::constant]
		type MaxRevealsPerCall: Get<u32>;

		/// Largest `k` (the computation queue's `MaxRedundancy`).
		#[pallet::constant]
		type MaxRedundancy: Get<u32>;

		/// Longest vector kept as a round's gradient sum.
		#[pallet::constant]
		type MaxVectorLen: Get<u32>;

		/// Most verification timers handled per block.
		#[pallet::constant]
		type MaxTimersPerBlock: Get<u32>;

		/// Most weight the timers and the pending slashes of one block may take, each counted
		/// at its worst case (every executor punished, a slash walking all positions a node may
		/// have). What is left over runs in the next blocks, oldest first; at least one timer and
		/// one slash run in every block.
		#[pallet::constant]
		type MaxTimerWeight: Get<Weight>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Sets up committed computations for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Computations under verification.
	#[pallet::storage]
	pub type Verifications<T: Config> =
		StorageMap<_, Twox64Concat, ComputationId, Verification<BlockNumberFor<T>>, OptionQuery>;

	/// What each executor revealed.
	#[pallet::storage]
	pub type Reveals<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ComputationId,
		Twox64Concat,
		NodeId,
		Revealed,
		OptionQuery,
	>;

	/// Revealed outputs, by content id (identical outputs are stored once).
	#[pallet::storage]
	pub type Outputs<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		ComputationId,
		Identity,
		ContentId,
		OutputOf<T>,
		OptionQuery,
	>;

	/// Timers: at block `b`, the phase of computation `id` ends.
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

	/// Slashes of punishments, waiting for the hook, by sequence number (oldest first).
	#[pallet::storage]
	pub type PendingSlashes<T: Config> =
		CountedStorageMap<_, Twox64Concat, u64, PendingSlash<T::AccountId>, OptionQuery>;

	/// The sequence numbers of pending slashes: the oldest waiting, and the next to give.
	#[pallet::storage]
	pub type SlashQueue<T: Config> = StorageValue<_, (u64, u64), ValueQuery>;

	/// Disputed verdicts: the disputer, its bond, the panel and its replays.
	#[pallet::storage]
	pub type Disputes<T: Config> = StorageMap<
		_,
		Twox64Concat,
		ComputationId,
		Dispute<T::AccountId, BalanceOf<T>>,
		OptionQuery,
	>;

	/// Per training job: the sum of its running round's verified gradients.
	#[pallet::storage]
	pub type RoundSums<T: Config> =
		StorageMap<_, Twox64Concat, u32, RoundSum<T::MaxVectorLen>, OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// All commitments are in: the replay sample is drawn in block `at`.
		DrawScheduled { id: ComputationId, at: BlockNumberFor<T> },
		/// The reveals left the verdict open: the verifier whose replay decides is drawn in
		/// block `at`. `pot` is the Model-PoT check that failed, if one did.
		EscalationScheduled { id: ComputationId, at: BlockNumberFor<T>, pot: Option<PotFault> },
		/// All commitments are in: executors reveal until `until`.
		RevealOpened { id: ComputationId, until: BlockNumberFor<T> },
		/// The computation was sampled for replay: `verifier` re-runs it until `until`, before
		/// anyone reveals.
		ReplaySampled { id: ComputationId, verifier: NodeId, until: BlockNumberFor<T> },
		/// An executor revealed its result.
		ResultRevealed { id: ComputationId, node: NodeId, result: ContentId },
		/// An executor revealed something other than it committed to, or two different
		/// results. It was punished and is left out of the verdict.
		Equivocated { id: ComputationId, node: NodeId },
		/// The verifier submitted its replay.
		ReplaySubmitted { id: ComputationId, verifier: NodeId, result: ContentId },
		/// The reveals did not settle the verdict: `verifier` replays until `until`.
		Escalated {
			id: ComputationId,
			verifier: NodeId,
			until: BlockNumberFor<T>,
			pot: Option<PotFault>,
		},
		/// The verdict: `result` is verified; `agreed` executors are paid, `wrong` punished.
		Verdict { id: ComputationId, result: ContentId, basis: Basis, agreed: u32, wrong: u32 },
		/// A node was punished for a fault: its reputation was cut to `reputation` when the
		/// fault was found, and its stake was slashed and split (in the block after, or as soon
		/// as the hook's weight allows).
		Punished {
			id: ComputationId,
			node: NodeId,
			reason: SlashReason,
			reputation: Option<Reputation>,
			to_customer: BalanceOf<T>,
			to_verifier: BalanceOf<T>,
			to_pool: BalanceOf<T>,
		},
		/// The verifier did not submit its replay in time. It lost reputation, and `slashed` of
		/// its stake if it missed repeatedly of late (the first miss in a while costs reputation
		/// only).
		VerifierMissed {
			id: ComputationId,
			node: NodeId,
			reputation: Option<Reputation>,
			slashed: Perbill,
		},
		/// No verdict could be reached (no reveals, or no verifier available or in time): the
		/// computation failed and its escrow was refunded.
		Unresolved { id: ComputationId },
		/// An escalated computation's verifier did not answer in time: `verifier` replays it
		/// instead, until `until`. The one that missed may not take it again.
		VerifierReplaced { id: ComputationId, verifier: NodeId, until: BlockNumberFor<T> },
		/// The verifier's replay decided the verdict (`result`, with `agreed` executors paid and
		/// `wrong` punished): it takes effect after block `until` unless a node disputes it.
		VerdictProposed {
			id: ComputationId,
			result: ContentId,
			agreed: u32,
			wrong: u32,
			until: BlockNumberFor<T>,
		},
		/// `node` disputed the verifier's verdict, posting `bond`; the panel that replays it is
		/// drawn in block `at`.
		Disputed { id: ComputationId, node: NodeId, bond: BalanceOf<T>, at: BlockNumberFor<T> },
		/// The panel of a disputed verdict: each member replays it until `until`.
		PanelDrawn { id: ComputationId, panel: alloc::vec::Vec<NodeId>, until: BlockNumberFor<T> },
		/// A dispute was settled. `forfeited`: the disputer's bond, paid to the mining pool when
		/// the verdict was upheld (else it was released).
		DisputeSettled { id: ComputationId, ruling: Ruling, forfeited: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The signer is not the current worker key of any node.
		UnknownWorker,
		/// The computation has no open verification: not all results are committed yet, or it
		/// is over.
		NotCommitted,
		/// The node is not an executor of this computation.
		NotExecutor,
		/// The computation is being replayed first; reveals open after the replay.
		RevealNotOpen,
		/// The reveal window has closed.
		RevealWindowClosed,
		/// The node already revealed this result.
		AlreadyRevealed,
		/// The output does not hash to the revealed content id.
		OutputMismatch,
		/// This computation's policy compares outputs: the reveal must include the output.
		OutputRequired,
		/// The node is not this computation's verifier.
		NotVerifier,
		/// No replay is expected now.
		ReplayNotOpen,
		/// The replay was already submitted.
		AlreadyReplayed,
		/// The computation has no verdict open to dispute: none was proposed by a verifier's
		/// replay, its dispute window has closed, or it is disputed already.
		NotDisputable,
		/// A verifier may not dispute its own verdict, nor may another node of its operator.
		OwnVerdict,
		/// The signer cannot post the dispute bond (`DisputeBond`, held from its free balance).
		BondUnavailable,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Ends due verification phases, at most `MaxTimersPerBlock` per block, then applies
		/// pending slashes, oldest first, both within `MaxTimerWeight`.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::do_on_initialize(now)
		}

		fn integrity_test() {
			assert!(T::MaxRevealsPerCall::get() >= 1);
			assert!(T::MaxTimersPerBlock::get() >= 1);
			assert!(T::MaxRedundancy::get() >= 1);
			assert!(T::MaxVectorLen::get() as usize <= vector::MAX_DIM);
			// Every output that fits decodes to a vector the verdict can compare.
			assert!(T::MaxOutputLen::get() as usize <= vector::MAX_DIM);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Reveal a committed result, signed by the executor's worker key.
		///
		/// - `result`: the output's content id (CIDv1 raw, sha2-256, as 32 digest bytes).
		/// - `loss`: the validation loss (Q16.16), for aggregation fragments.
		/// - `salt`: the commitment's salt; the commitment must be
		///   `corex_primitives::commitment::of(genesis hash, id, node, result, loss, salt)`.
		/// - `output`: the output itself, required for tolerance policies and gradients.
		///
		/// A reveal that does not open the commitment is equivocation: it is punished, not
		/// refused. The last reveal settles the verdict. Emits `ResultRevealed`.
		///
		/// Errors: `UnknownWorker`, `NotCommitted`, `NotExecutor`, `RevealNotOpen`,
		/// `RevealWindowClosed`, `AlreadyRevealed`, `OutputRequired`, `OutputMismatch`.
		#[pallet::call_index(0)]
		#[pallet::weight(Pallet::<T>::reveal_weight(output.as_ref().map_or(0, |o| o.len() as u32)))]
		pub fn reveal(
			origin: OriginFor<T>,
			id: ComputationId,
			result: ContentId,
			loss: Option<u32>,
			salt: [u8; 32],
			output: Option<OutputOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let node = Self::node_of(who)?;
			Self::do_reveal(node, RevealOf { id, result, loss, salt, output })
		}

		/// Reveal several results in one transaction (see `reveal`), all or nothing.
		#[pallet::call_index(1)]
		#[pallet::weight(reveals.iter().fold(Weight::zero(), |w, r| w.saturating_add(
			Pallet::<T>::reveal_weight(r.output.as_ref().map_or(0, |o| o.len() as u32))
		)))]
		pub fn reveal_results(
			origin: OriginFor<T>,
			reveals: BoundedVec<RevealOf<OutputOf<T>>, T::MaxRevealsPerCall>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let node = Self::node_of(who)?;
			for reveal in reveals {
				Self::do_reveal(node, reveal)?;
			}
			Ok(())
		}

		/// Submit a replay, signed by the worker key of the computation's verifier or of a
		/// member of its dispute panel: the result the node computed, with its output where the
		/// policy compares outputs. The verifier's replay decides the verdict, subject to
		/// dispute; the panel's replays settle a dispute. Emits `ReplaySubmitted`.
		///
		/// Errors: `UnknownWorker`, `NotCommitted`, `NotVerifier`, `ReplayNotOpen`,
		/// `AlreadyReplayed`, `OutputRequired`, `OutputMismatch`.
		#[pallet::call_index(2)]
		#[pallet::weight(Pallet::<T>::replay_weight(output.as_ref().map_or(0, |o| o.len() as u32)))]
		pub fn submit_replay(
			origin: OriginFor<T>,
			id: ComputationId,
			result: ContentId,
			loss: Option<u32>,
			output: Option<OutputOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let node = Self::node_of(who)?;
			Self::do_submit_replay(node, id, Outcome { result, loss }, output)
		}

		/// Dispute the verdict a verifier's replay proposed (`VerdictProposed`), before its
		/// window closes, signed by the worker key of a node that is not the verifier nor of
		/// its operator (typically an executor the verdict finds wrong). Holds `DisputeBond`
		/// from the signer. `DrawDelay` blocks later a panel of `DISPUTE_PANEL` further nodes,
		/// none of an operator involved, is drawn to replay the computation; the majority of
		/// the three replays decides (`DisputeSettled`): upheld, the bond goes to the mining
		/// pool; overturned, the verifier is punished as a wrong result and the bond is
		/// released; undecided, the computation fails with a refund and the bond is released.
		/// Errors: `UnknownWorker`, `NotDisputable`, `OwnVerdict`, `BondUnavailable`.
		///
		/// Emits `Disputed`.
		#[pallet::call_index(3)]
		#[pallet::weight(Pallet::<T>::dispute_call_weight())]
		pub fn dispute(origin: OriginFor<T>, id: ComputationId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let node = Self::node_of(who.clone())?;
			Self::do_dispute(who, node, id)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// A dispute of a computation's verdict: the disputer, its bond, the panel's replays.
		pub fn dispute_of(id: ComputationId) -> Option<Dispute<T::AccountId, BalanceOf<T>>> {
			Disputes::<T>::get(id)
		}

		/// A computation's verification: phase, deadline, verifier, and each executor's reveal.
		pub fn verification(id: ComputationId) -> Option<VerificationView<BlockNumberFor<T>>> {
			let v = Verifications::<T>::get(id)?;
			Some((
				v,
				Reveals::<T>::iter_prefix(id).take(T::MaxRedundancy::get() as usize).collect(),
			))
		}
	}
}
