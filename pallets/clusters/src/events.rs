//! The pallet's events. Declared here and imported into the pallet module with `#[import_section]`,
//! so `lib.rs` stays a short index of the pallet.

use frame_support::pallet_macros::pallet_section;

/// The pallet's events.
#[pallet_section]
mod events_section {
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A cluster was created; its invited nodes have until `expires` to accept.
		ClusterCreated {
			cluster: ClusterId,
			owner: T::AccountId,
			members: alloc::vec::Vec<NodeId>,
			mode: AcceptanceMode,
			deposit: BalanceOf<T>,
			expires: BlockNumberFor<T>,
		},
		/// An invited node accepted to be a member.
		InvitationAccepted { cluster: ClusterId, node: NodeId },
		/// A node accepted to stand by as a replacement.
		StandbyAccepted { cluster: ClusterId, node: NodeId },
		/// A standby node declined and left the priority list.
		StandbyDeclined { cluster: ClusterId, node: NodeId },
		/// Every member accepted: the members' workers now submit key shares.
		ClusterFormed { cluster: ClusterId },
		/// A forming cluster was dissolved and its deposit returned.
		ClusterDissolved { cluster: ClusterId, reason: DissolveReason },
		/// A member's public key share was accepted.
		KeyShareSubmitted { cluster: ClusterId, node: NodeId, share: PublicKey },
		/// Every share is in: the cluster key is recorded and the cluster is active.
		ClusterActivated { cluster: ClusterId, key: PublicKey },
		/// The cluster's capacity grew.
		CapacityIncreased { cluster: ClusterId, capacity: ComputeUnits },
		/// A member announced its exit: the cluster forks at the start of `at_epoch`.
		ExitAnnounced { cluster: ClusterId, node: NodeId, at_epoch: EpochIndex },
		/// A member was found suspended or inactive, or faulted `EjectAfterFaults` times on
		/// the cluster's computations: the cluster forks next block.
		MemberEjected { cluster: ClusterId, node: NodeId },
		/// The cluster forked without `left`: `to` (if enough nodes were left) has the remaining
		/// members and `replacement`; `charged` was slashed from `left` for the migration.
		ClusterForked {
			from: ClusterId,
			to: Option<ClusterId>,
			left: NodeId,
			replacement: Option<NodeId>,
			cause: ForkCause,
			charged: BalanceOf<T>,
		},
		/// A JCE was created.
		JceCreated { jce: JceId, owner: T::AccountId, kind: JceKind, deposit: BalanceOf<T> },
		/// A JCE asked a unanimous cluster; its members decide until `expires`.
		JceRequested { jce: JceId, cluster: ClusterId, expires: BlockNumberFor<T> },
		/// A member of a unanimous cluster approved the JCE.
		JceApproved { jce: JceId, cluster: ClusterId, node: NodeId },
		/// The cluster admitted the JCE: its computations may run there.
		JceAdmitted { jce: JceId, cluster: ClusterId },
		/// The cluster did not admit the JCE (`node`: the member that refused, if one did). The
		/// customer may ask another cluster.
		JceRefused { jce: JceId, cluster: ClusterId, reason: RejectionReason, node: Option<NodeId> },
		/// The JCE moved from a forked cluster to its fork (`to` is `None` if the cluster left
		/// no fork: the JCE lost it).
		JceMigrated { jce: JceId, from: ClusterId, to: Option<ClusterId> },
		/// The JCE was closed and its deposit returned.
		JceClosed { jce: JceId },
		/// A node's blacklist gained an entry.
		Blacklisted { node: NodeId, entry: EntryOf<T> },
		/// A node's blacklist lost an entry.
		Unblacklisted { node: NodeId, entry: EntryOf<T> },
		/// A member faulted on a computation of a JCE the cluster serves (a missed window, a
		/// wrong or unrevealed result): its `faults`-th recent fault here.
		MemberFaulted { cluster: ClusterId, node: NodeId, faults: u8 },
		/// A node's operator agreed (`Offered`) or no longer agrees (`Withdrawn`) to its node being drafted
		/// into clusters with `Replacement::StandbysThenVolunteers` as an automatic replacement.
		VolunteerSet { node: NodeId, volunteering: Volunteering },
	}
}
