//! # Clusters
//!
//! Groups of compute nodes that jointly serve customers' joint computing environments (JCEs).
//!
//! - **Clusters.** Anyone may `create_cluster` (a deposit is held) naming the nodes invited as
//!   members, how JCEs are admitted (`Unanimous` or `AutoApprove`), whether a trusted execution
//!   environment is required (stored now, honoured once attestation lands), a price per compute
//!   unit, a capacity in compute units per epoch (it can only grow: `increase_capacity`), a
//!   priority list of standby replacements and whether the queue's best offered node may replace
//!   a member automatically. Each invited node's operator answers with `accept_invitation` or
//!   `decline_invitation`; one decline, or an invitation still open after `InvitationWindow`
//!   blocks, dissolves the forming cluster and returns the deposit.
//! - **Key shares.** Once every member accepted, each member's off-chain worker draws a secret
//!   share, keeps it in the node's local storage and submits the public share with a proof of
//!   possession (`submit_key_share`, signed by the node's worker key). The chain checks each
//!   proof and, with every share in, records the cluster key `Σ shares` and activates the
//!   cluster. Decryption then needs every member's partial decryption (n-of-n): see
//!   [`corex_primitives::cluster_key`].
//! - **JCEs.** A customer's `create_jce` (a deposit is held) names its kind (single-use or
//!   recurring), the clusters it asks for in order of preference and the computation definitions
//!   it may run. An `AutoApprove` cluster admits it at once; a `Unanimous` one once every member
//!   approved (`approve_jce`) within `DecisionWindow` blocks. A member's rejection
//!   (`reject_jce`), a member's blacklist naming the customer or the JCE, a full cluster or a
//!   lapsed window refuses the request with a `JceRefused` event; the customer may ask another
//!   cluster (`request_cluster`). Computations submitted to a JCE (the queue's
//!   `submit_to_jce`) run on the first of its admitted clusters that is active, all members
//!   computing (k is the cluster's size) at the cluster's price per unit; when that cluster is
//!   unavailable they run on the next.
//! - **Blacklists.** Each node's operator keeps a bounded on-chain blacklist of customers and
//!   JCEs (`blacklist_add`, `blacklist_remove`), enforced at admission and when a replacement is
//!   chosen.
//! - **Fork & migrate.** A member's operator announces its exit (`announce_exit`); at the start
//!   of the epoch after next (so at least one whole epoch ahead) the cluster forks: a new cluster
//!   with the remaining members and a replacement (the first accepted standby, else, if allowed,
//!   the queue's best-ranked offered node; never one whose blacklist names one of the cluster's
//!   JCEs or their customers), new key shares, and the JCEs move to it, a few per block. The cost
//!   (`PlannedExitCharge`) is slashed from the leaving node's self-bond. A member that is slashed
//!   or suspended (node staking tells this pallet), or that anyone shows is no longer active
//!   (`report_member`), triggers the same fork at once, with the cost (`ForcedExitCharge`) spread
//!   over all its stakers. A JCE's history (computations run, verified, failed, migrations)
//!   follows it. Queued computations wait while their cluster forks, and run on the fork.
//!
//! No hook walks all clusters: deadlines are indexed by block, departures by epoch, forced forks
//! and migrations are queued, and each block handles a bounded number of each.
//!
//! ## Invariants (checked by `try_state`)
//! 1. Every active cluster has every member accepted with a share, and its key is their sum.
//! 2. Memberships are indexed exactly: `NodeClusters` holds (node, cluster) for each accepted
//!    member of a live cluster, and `NodeClusterCount` counts them.
//! 3. Every JCE's requests point at existing clusters; `ClusterJces` holds exactly its admitted
//!    ones, and each cluster's `jces` counts them.
//! 4. The deposit held from each account equals the deposits of its clusters and JCEs.
//! 5. Blacklist lengths match their entries and stay within `MaxBlacklist`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod continuity;
mod interfaces;
#[cfg(any(feature = "try-runtime", feature = "std", test))]
mod invariants;
mod jces;
mod membership;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
mod views;
pub mod weights;

pub use types::*;
pub use weights::WeightInfo;

use corex_primitives::{
	cluster_key::{PossessionProof, PublicKey},
	ClusterId, ComputeUnits, EpochClock, EpochIndex, JceId, NodeId, NodeInfo, NodeRanking,
	NodeSlashing,
};
use frame_support::traits::fungible;

/// Balance type of the currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The worker key type of the node registry.
pub type WorkerKeyOf<T> =
	<<T as Config>::Nodes as NodeInfo<<T as frame_system::Config>::AccountId>>::WorkerKey;

/// A cluster of this runtime.
pub type ClusterOf<T> = Cluster<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	<T as Config>::MaxMembers,
	<T as Config>::MaxStandbys,
>;

/// A JCE of this runtime.
pub type JceOf<T> = Jce<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	<T as Config>::MaxClustersPerJce,
	<T as Config>::MaxDefinitions,
	<T as Config>::MaxMembers,
>;

/// A blacklist entry of this runtime.
pub type EntryOf<T> = BlacklistEntry<<T as frame_system::Config>::AccountId>;

/// Sets up nodes for the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId>: corex_primitives::NodeBenchmarking {
	/// The account that signs for `node`'s worker key.
	fn worker_account(node: NodeId) -> AccountId;
	/// Make `node` inactive (suspended).
	fn deactivate(node: NodeId);
}

// The pallet's declarations, by kind (see each file).
use frame_support::pallet_macros::import_section;
mod config;
mod errors;
mod events;
mod storage;

// FRAME's macro expansion uses `expect` internally. This module only declares; the logic lives in
// the topic modules (`membership`, `jces`, `continuity`, …), where the no-panic lints stay denied. Calls take their arguments one by one, as
// polkadot.js shows them.
#[allow(clippy::expect_used, clippy::too_many_arguments)]
#[import_section(config::config_section)]
#[import_section(storage::storage_section)]
#[import_section(events::events_section)]
#[import_section(errors::errors_section)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, InspectHold, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::{traits::Convert, Perbill};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A cluster's deposit.
		#[codec(index = 0)]
		ClusterDeposit,
		/// A JCE's deposit.
		#[codec(index = 1)]
		JceDeposit,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Lapses due deadlines, forks clusters whose departures are due or whose members were
		/// ejected, and migrates JCEs: at most `MaxTasksPerBlock` of each.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::do_on_initialize(now)
		}

		fn integrity_test() {
			assert!(T::MinMembers::get() >= 1);
			assert!(T::MaxMembers::get() >= T::MinMembers::get());
			assert!(T::MaxMembers::get() <= u32::from(u8::MAX));
			assert!(T::MaxTasksPerBlock::get() >= 1);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Create a cluster and invite its members.
		///
		/// Origin: any signed account, which becomes the owner; `ClusterDeposit` is held from it
		/// until the cluster is dissolved. `members` (at least `MinMembers`) and `standbys` (the
		/// priority list of replacements) must be distinct, existing nodes of distinct
		/// operators. Every member's operator must `accept_invitation` within `InvitationWindow`
		/// blocks. `terms`: how it admits JCEs (`mode`), whether its members must run in an
		/// attested enclave (`tee`), the price per compute unit each member is paid, the compute
		/// units per epoch it takes, and who replaces a member that leaves (`replacement`).
		///
		/// Errors: `TooFewMembers`, `DuplicateNode`, `NodeNotFound`, `SharedOperator`,
		/// `Overflow`, or a balance error. Emits `ClusterCreated`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_cluster(members.len() as u32, standbys.len() as u32))]
		pub fn create_cluster(
			origin: OriginFor<T>,
			members: BoundedVec<NodeId, T::MaxMembers>,
			standbys: BoundedVec<NodeId, T::MaxStandbys>,
			terms: ClusterTerms<BalanceOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_cluster(who, members, standbys, terms).map(|_| ())
		}

		/// Accept an invitation to a cluster, as a member or as a standby replacement.
		///
		/// Origin: the node's operator. A member's acceptance counts against its
		/// `MaxClustersPerNode`; when the last member accepts, the cluster is formed and its
		/// members' workers submit key shares.
		///
		/// Errors: `ClusterNotFound`, `NotOperator`, `NotInvited`, `AlreadyAccepted`,
		/// `NotForming`, `TooManyClusters`, `ClusterForked`. Emits `InvitationAccepted` (then
		/// `ClusterFormed`) or `StandbyAccepted`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::accept_invitation(T::MaxMembers::get()))]
		pub fn accept_invitation(
			origin: OriginFor<T>,
			cluster: ClusterId,
			node: NodeId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept(who, cluster, node)
		}

		/// Decline an invitation. A member's decline dissolves the forming cluster and returns
		/// the owner's deposit; a standby's removes it from the priority list.
		///
		/// Origin: the node's operator.
		///
		/// Errors: `ClusterNotFound`, `NotOperator`, `NotInvited`, `NotForming`. Emits
		/// `ClusterDissolved` or `StandbyDeclined`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::decline_invitation(T::MaxMembers::get()))]
		pub fn decline_invitation(
			origin: OriginFor<T>,
			cluster: ClusterId,
			node: NodeId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_decline(who, cluster, node)
		}

		/// Submit a member's public key share with its proof of possession (a Schnorr
		/// signature over the cluster id by the share's secret).
		///
		/// Origin: the node's current worker key (its off-chain worker sends this). With the
		/// last share in, the cluster key `Σ shares` is recorded and the cluster activates.
		///
		/// Errors: `ClusterNotFound`, `NotKeying`, `NotMember`, `NotWorker`,
		/// `ShareAlreadySubmitted`, `DuplicateShare`, `InvalidProof`. Emits `KeyShareSubmitted`
		/// (then `ClusterActivated`).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::submit_key_share(T::MaxMembers::get()))]
		pub fn submit_key_share(
			origin: OriginFor<T>,
			cluster: ClusterId,
			node: NodeId,
			share: PublicKey,
			proof: PossessionProof,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_share(who, cluster, node, share, proof)
		}

		/// Raise a cluster's capacity (compute units per epoch). It can only grow.
		///
		/// Origin: the cluster's owner.
		///
		/// Errors: `ClusterNotFound`, `NotOwner`, `ClusterForked`, `CapacityDecrease`. Emits
		/// `CapacityIncreased`.
		#[pallet::call_index(4)]
		pub fn increase_capacity(
			origin: OriginFor<T>,
			cluster: ClusterId,
			capacity: ComputeUnits,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_increase_capacity(who, cluster, capacity)
		}

		/// Announce a member's exit. The cluster forks without it at the start of the epoch after
		/// next, so at least one whole epoch ahead; `PlannedExitCharge` of the node's self-bond
		/// pays for the migration. Until then the cluster takes no new computations: they wait
		/// for the fork.
		///
		/// Origin: the node's operator.
		///
		/// Errors: `ClusterNotFound`, `NotOperator`, `NotMember`, `ClusterForked`,
		/// `NotForming` (a forming cluster: decline instead), `DepartureAlreadyAnnounced`. Emits
		/// `ExitAnnounced`.
		#[pallet::call_index(5)]
		pub fn announce_exit(
			origin: OriginFor<T>,
			cluster: ClusterId,
			node: NodeId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_announce_exit(who, cluster, node)
		}

		/// Show that a member is no longer active (under the minimum stake, suspended, exiting
		/// or gone): the cluster forks without it in the next block, `ForcedExitCharge` of its
		/// stake spread over its stakers.
		///
		/// Origin: any signed account.
		///
		/// Errors: `ClusterNotFound`, `NotMember`, `ClusterForked`, `MemberActive`. Emits
		/// `MemberEjected`.
		#[pallet::call_index(6)]
		pub fn report_member(
			origin: OriginFor<T>,
			cluster: ClusterId,
			node: NodeId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_report(cluster, node)
		}

		/// Create a joint computing environment and ask the clusters it names, in order of
		/// preference.
		///
		/// Origin: any signed account, the customer; `JceDeposit` is held until it is closed.
		/// Each cluster must be active. Auto-approving clusters admit it at once unless a
		/// member's blacklist names the customer or the JCE; unanimous ones once every member
		/// approved. Refusals are events, not errors: the JCE stays, and may ask others.
		///
		/// Errors: `NoClusters`, `NoDefinitions`, `ClusterNotFound`, `ClusterNotActive`,
		/// `AlreadyRequested`, `Overflow`, or a balance error. Emits `JceCreated`, then per
		/// cluster `JceAdmitted`, `JceRequested` or `JceRefused`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::create_jce(clusters.len() as u32, T::MaxMembers::get()))]
		pub fn create_jce(
			origin: OriginFor<T>,
			kind: JceKind,
			clusters: BoundedVec<ClusterId, T::MaxClustersPerJce>,
			definitions: BoundedVec<DefinitionId, T::MaxDefinitions>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_jce(who, kind, clusters, definitions).map(|_| ())
		}

		/// Ask one more cluster to admit a JCE (for instance after a refusal).
		///
		/// Origin: the JCE's owner.
		///
		/// Errors: `JceNotFound`, `NotOwner`, `ClusterNotFound`, `ClusterNotActive`,
		/// `AlreadyRequested`, `TooManyRequests`. Emits `JceAdmitted`, `JceRequested` or
		/// `JceRefused`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::create_jce(1, T::MaxMembers::get()))]
		pub fn request_cluster(
			origin: OriginFor<T>,
			jce: JceId,
			cluster: ClusterId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request_cluster(who, jce, cluster)
		}

		/// Approve a JCE's pending request, as a member of a unanimous cluster. The last approval
		/// admits it.
		///
		/// Origin: the node's operator.
		///
		/// Errors: `JceNotFound`, `NotOperator`, `NotPending`, `ClusterNotFound`, `NotMember`,
		/// `AlreadyApproved`. Emits `JceApproved` (then `JceAdmitted` or `JceRefused`).
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::approve_jce(T::MaxMembers::get()))]
		pub fn approve_jce(
			origin: OriginFor<T>,
			jce: JceId,
			cluster: ClusterId,
			node: NodeId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_approve(who, jce, cluster, node)
		}

		/// Reject a JCE's pending request, as a member of a unanimous cluster: the request fails.
		///
		/// Origin: the node's operator.
		///
		/// Errors: `JceNotFound`, `NotOperator`, `NotPending`, `ClusterNotFound`, `NotMember`.
		/// Emits `JceRefused`.
		#[pallet::call_index(10)]
		pub fn reject_jce(
			origin: OriginFor<T>,
			jce: JceId,
			cluster: ClusterId,
			node: NodeId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reject(who, jce, cluster, node)
		}

		/// Close a JCE: it leaves its clusters and its deposit is returned.
		///
		/// Origin: the JCE's owner. All its computations must have ended.
		///
		/// Errors: `JceNotFound`, `NotOwner`, `JceBusy`. Emits `JceClosed`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::close_jce(T::MaxClustersPerJce::get()))]
		pub fn close_jce(origin: OriginFor<T>, jce: JceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_close_jce(who, jce)
		}

		/// Add a customer or a JCE to a node's blacklist. The node's clusters then refuse that
		/// customer's (or that) JCE at admission, and the node is never chosen to replace a
		/// member of a cluster serving it.
		///
		/// Origin: the node's operator.
		///
		/// Errors: `NodeNotFound`, `NotOperator`, `AlreadyBlacklisted`, `BlacklistFull`. Emits
		/// `Blacklisted`.
		#[pallet::call_index(12)]
		pub fn blacklist_add(
			origin: OriginFor<T>,
			node: NodeId,
			entry: EntryOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_blacklist(who, node, entry, ListChange::Add)
		}

		/// Remove an entry from a node's blacklist.
		///
		/// Origin: the node's operator.
		///
		/// Errors: `NodeNotFound`, `NotOperator`, `NotBlacklisted`. Emits `Unblacklisted`.
		#[pallet::call_index(13)]
		pub fn blacklist_remove(
			origin: OriginFor<T>,
			node: NodeId,
			entry: EntryOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_blacklist(who, node, entry, ListChange::Remove)
		}

		/// Agree (`Offered`), or no longer agree (`Withdrawn`), to the node being drafted as an automatic
		/// replacement: when a member leaves a cluster with `StandbysThenVolunteers` and no
		/// standby can take its place, the best-ranked volunteer that blacklists none of the
		/// cluster's JCEs joins the fork, and its worker keys it. Nodes that did not volunteer
		/// are never drafted.
		///
		/// Origin: the node's operator.
		///
		/// Errors: `NodeNotFound`, `NotOperator`, `NoChange`. Emits `VolunteerSet`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::set_volunteer())]
		pub fn set_volunteer(
			origin: OriginFor<T>,
			node: NodeId,
			volunteering: Volunteering,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_volunteer(who, node, volunteering)
		}

		/// Dissolve a cluster that serves no JCE, returning the owner's deposit.
		///
		/// Origin: the cluster's owner.
		///
		/// Errors: `ClusterNotFound`, `NotOwner`, `ClusterForked`, `ClusterHasJces`. Emits
		/// `ClusterDissolved`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::dissolve_cluster(T::MaxMembers::get()))]
		pub fn dissolve_cluster(origin: OriginFor<T>, cluster: ClusterId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dissolve_by_owner(who, cluster)
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// A cluster and the JCEs it serves.
		pub fn cluster(id: ClusterId) -> Option<(ClusterOf<T>, alloc::vec::Vec<JceId>)> {
			let cluster = Clusters::<T>::get(id)?;
			let jces = ClusterJces::<T>::iter_key_prefix(id)
				.take(T::MaxJcesPerCluster::get() as usize)
				.collect();
			Some((cluster, jces))
		}
	}
}

/// Why a cluster was dissolved.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	codec::Encode,
	codec::Decode,
	codec::DecodeWithMemTracking,
	codec::MaxEncodedLen,
	scale_info::TypeInfo,
	Debug,
)]
pub enum DissolveReason {
	/// An invited member declined.
	#[codec(index = 0)]
	Declined,
	/// Invitations lapsed.
	#[codec(index = 1)]
	Expired,
	/// Its owner dissolved it.
	#[codec(index = 2)]
	ByOwner,
	/// Not every member's key share came within `KeyingWindow` of its forming.
	#[codec(index = 3)]
	KeyingExpired,
}
