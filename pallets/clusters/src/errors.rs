//! The pallet's errors. Declared here and imported into the pallet module with `#[import_section]`,
//! so `lib.rs` stays a short index of the pallet.

use frame_support::pallet_macros::pallet_section;

/// The pallet's errors.
#[pallet_section]
mod errors_section {
	#[pallet::error]
	pub enum Error<T> {
		/// No cluster has this id.
		ClusterNotFound,
		/// No JCE has this id.
		JceNotFound,
		/// No node has this id.
		NodeNotFound,
		/// The signer is not the node's operator.
		NotOperator,
		/// The signer is not the cluster's or the JCE's owner.
		NotOwner,
		/// A cluster needs at least `MinMembers` members.
		TooFewMembers,
		/// A node is named twice (among members and standbys).
		DuplicateNode,
		/// Two of the nodes (members and standbys) belong to one operator: a cluster's nodes
		/// must have distinct operators, so that no operator fills two slots of a JCE's
		/// computation.
		SharedOperator,
		/// The node is neither invited as a member nor on the priority list.
		NotInvited,
		/// The node already accepted.
		AlreadyAccepted,
		/// The cluster is not forming any more: invitations are answered.
		NotForming,
		/// The node serves `MaxClustersPerNode` clusters already.
		TooManyClusters,
		/// The cluster is not collecting key shares.
		NotKeying,
		/// The node is not a member of the cluster.
		NotMember,
		/// The signer is not the node's current worker key.
		NotWorker,
		/// The proof of possession does not verify for this share and cluster.
		InvalidProof,
		/// The node already submitted its share.
		ShareAlreadySubmitted,
		/// Another member submitted the same public share.
		DuplicateShare,
		/// Capacity can only grow.
		CapacityDecrease,
		/// The cluster is not active.
		ClusterNotActive,
		/// The cluster has forked; use its fork.
		ClusterForked,
		/// A departure is already announced in this cluster; wait for its fork.
		DepartureAlreadyAnnounced,
		/// The member is active: nothing to report.
		MemberActive,
		/// A JCE must ask at least one cluster.
		NoClusters,
		/// A JCE must allow at least one computation definition.
		NoDefinitions,
		/// The JCE asks `MaxClustersPerJce` clusters already.
		TooManyRequests,
		/// The JCE already asked this cluster.
		AlreadyRequested,
		/// The JCE has no pending request to this cluster.
		NotPending,
		/// The member already approved this request.
		AlreadyApproved,
		/// The JCE has computations that have not ended.
		JceBusy,
		/// A single-use JCE has taken its computation.
		JceUsed,
		/// The JCE may not run this computation definition.
		DefinitionNotAllowed,
		/// The JCE is admitted to no cluster.
		NotAdmitted,
		/// The node's blacklist is full.
		BlacklistFull,
		/// The entry is on the node's blacklist already.
		AlreadyBlacklisted,
		/// The entry is not on the node's blacklist.
		NotBlacklisted,
		/// The node already is (or is not) a volunteer.
		NoChange,
		/// The cluster still serves JCEs; they must close or leave first.
		ClusterHasJces,
		/// A counter would overflow.
		Overflow,
	}
}
