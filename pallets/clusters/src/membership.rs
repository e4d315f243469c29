//! Clusters and their members: creation, invitations, key shares, capacity, exits, reports
//! and ejection.

use crate::types::Member;
use crate::*;
use alloc::vec::Vec;
use corex_primitives::cluster_key;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{One, Saturating, Zero},
	DispatchError, DispatchResult,
};

impl<T: Config> Pallet<T> {
	// ---------------------------------------------------------------------------------------
	// Shared checks
	// ---------------------------------------------------------------------------------------

	/// `who` operates `node`.
	pub(crate) fn ensure_operator(who: &T::AccountId, node: NodeId) -> DispatchResult {
		corex_primitives::EnsureNodeOperator::<T::AccountId, T::Nodes>::check(who, node).map_err(
			|refusal| {
				refusal.into_error(
					Error::<T>::NodeNotFound,
					Error::<T>::NotOperator,
					Error::<T>::NotWorker,
				)
			},
		)
	}

	pub(crate) fn do_set_volunteer(
		who: T::AccountId,
		node: NodeId,
		volunteering: Volunteering,
	) -> DispatchResult {
		Self::ensure_operator(&who, node)?;
		let offered = Volunteers::<T>::contains_key(node);
		ensure!(offered != (volunteering == Volunteering::Offered), Error::<T>::NoChange);
		match volunteering {
			Volunteering::Offered => Volunteers::<T>::insert(node, ()),
			Volunteering::Withdrawn => Volunteers::<T>::remove(node),
		}
		Self::deposit_event(Event::VolunteerSet { node, volunteering });
		Ok(())
	}

	/// Whether `node`'s blacklist names `jce` or its `owner`.
	pub(crate) fn blacklists(node: NodeId, jce: JceId, owner: &T::AccountId) -> bool {
		Blacklists::<T>::contains_key(node, BlacklistEntry::Jce(jce))
			|| Blacklists::<T>::contains_key(node, BlacklistEntry::Customer(owner.clone()))
	}

	pub(crate) fn hold(
		who: &T::AccountId,
		reason: HoldReason,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::hold(&reason.into(), who, amount)
	}

	pub(crate) fn release(who: &T::AccountId, reason: HoldReason, amount: BalanceOf<T>) {
		if amount.is_zero() {
			return;
		}
		// Best effort: the hold was placed by this pallet and only shrinks here.
		let _ = T::Currency::release(&reason.into(), who, amount, Precision::BestEffort);
	}

	pub(crate) fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	// ---------------------------------------------------------------------------------------
	// Clusters
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_create_cluster(
		who: T::AccountId,
		members: BoundedVec<NodeId, T::MaxMembers>,
		standbys: BoundedVec<NodeId, T::MaxStandbys>,
		terms: ClusterTerms<BalanceOf<T>>,
	) -> Result<ClusterId, DispatchError> {
		let ClusterTerms { mode, tee, price_per_cu, capacity, replacement } = terms;
		ensure!(members.len() as u32 >= T::MinMembers::get(), Error::<T>::TooFewMembers);
		let mut all: Vec<NodeId> = members.iter().chain(standbys.iter()).copied().collect();
		all.sort_unstable();
		ensure!(all.windows(2).all(|w| w.first() != w.get(1)), Error::<T>::DuplicateNode);
		let mut operators = Vec::with_capacity(all.len());
		for node in &all {
			operators.push(T::Nodes::operator(*node).ok_or(Error::<T>::NodeNotFound)?);
		}
		operators.sort_unstable();
		ensure!(operators.windows(2).all(|w| w.first() != w.get(1)), Error::<T>::SharedOperator);
		let id = NextClusterId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::ClusterDeposit::get();
		let expires = Self::now().saturating_add(T::InvitationWindow::get());
		Self::hold(&who, HoldReason::ClusterDeposit, deposit)?;
		let member_list: Vec<NodeId> = members.to_vec();
		let cluster = Cluster {
			owner: who.clone(),
			members: BoundedVec::truncate_from(
				members.iter().map(|&node| Member::new(node, false)).collect(),
			),
			mode,
			tee,
			price_per_cu,
			capacity,
			standbys: BoundedVec::truncate_from(
				standbys.iter().map(|&node| Standby { node, accepted: false }).collect(),
			),
			replacement,
			status: ClusterStatus::Forming { expires },
			key: None,
			deposit,
			departure: None,
			predecessor: None,
			jces: 0,
		};
		NextClusterId::<T>::put(next);
		Clusters::<T>::insert(id, cluster);
		Deadlines::<T>::insert(expires, Deadline::Invitations(id), ());
		Self::deposit_event(Event::ClusterCreated {
			cluster: id,
			owner: who,
			members: member_list,
			mode,
			deposit,
			expires,
		});
		Ok(id)
	}

	pub(crate) fn do_accept(who: T::AccountId, id: ClusterId, node: NodeId) -> DispatchResult {
		let mut cluster = Clusters::<T>::get(id).ok_or(Error::<T>::ClusterNotFound)?;
		Self::ensure_operator(&who, node)?;
		ensure!(cluster.is_live(), Error::<T>::ClusterForked);
		if let Some(standby) = cluster.standbys.iter_mut().find(|s| s.node == node) {
			ensure!(!standby.accepted, Error::<T>::AlreadyAccepted);
			standby.accepted = true;
			Clusters::<T>::insert(id, cluster);
			Self::deposit_event(Event::StandbyAccepted { cluster: id, node });
			return Ok(());
		}
		let ClusterStatus::Forming { expires } = cluster.status else {
			return Err(if cluster.is_member(node) {
				Error::<T>::AlreadyAccepted
			} else {
				Error::<T>::NotInvited
			}
			.into());
		};
		let member = cluster.member_mut(node).ok_or(Error::<T>::NotInvited)?;
		ensure!(!member.accepted, Error::<T>::AlreadyAccepted);
		let count = NodeClusterCount::<T>::get(node);
		ensure!(count < T::MaxClustersPerNode::get(), Error::<T>::TooManyClusters);
		member.accepted = true;
		NodeClusters::<T>::insert(node, id, ());
		NodeClusterCount::<T>::insert(node, count.saturating_add(1));
		Self::deposit_event(Event::InvitationAccepted { cluster: id, node });
		if cluster.members.iter().all(|m| m.accepted) {
			cluster.status = ClusterStatus::Keying;
			Deadlines::<T>::remove(expires, Deadline::Invitations(id));
			Self::schedule_keying(id);
			Self::deposit_event(Event::ClusterFormed { cluster: id });
		}
		Clusters::<T>::insert(id, cluster);
		Ok(())
	}

	pub(crate) fn do_decline(who: T::AccountId, id: ClusterId, node: NodeId) -> DispatchResult {
		let mut cluster = Clusters::<T>::get(id).ok_or(Error::<T>::ClusterNotFound)?;
		Self::ensure_operator(&who, node)?;
		if let Some(at) = cluster.standbys.iter().position(|s| s.node == node) {
			cluster.standbys.remove(at);
			Clusters::<T>::insert(id, cluster);
			Self::deposit_event(Event::StandbyDeclined { cluster: id, node });
			return Ok(());
		}
		ensure!(cluster.is_member(node), Error::<T>::NotInvited);
		ensure!(matches!(cluster.status, ClusterStatus::Forming { .. }), Error::<T>::NotForming);
		Self::dissolve(id, cluster, DissolveReason::Declined);
		Ok(())
	}

	/// Remove a cluster that serves no JCE: unindex its members, drop its deadline and return
	/// its deposit.
	/// Cluster `id` starts keying now: its members' shares are due within `KeyingWindow`.
	pub(crate) fn schedule_keying(id: ClusterId) {
		let due = Self::now().saturating_add(T::KeyingWindow::get().max(One::one()));
		Deadlines::<T>::insert(due, Deadline::Keying(id), ());
	}

	pub(crate) fn dissolve(id: ClusterId, cluster: ClusterOf<T>, reason: DissolveReason) {
		if let ClusterStatus::Forming { expires } = cluster.status {
			Deadlines::<T>::remove(expires, Deadline::Invitations(id));
		}
		for member in cluster.members.iter().filter(|m| m.accepted) {
			Self::unindex_member(member.node, id);
		}
		if let Some(departure) = cluster.departure {
			Departures::<T>::remove(departure.at_epoch, id);
		}
		ForcedForks::<T>::remove(id);
		ClusterLoads::<T>::remove(id);
		Self::release(&cluster.owner, HoldReason::ClusterDeposit, cluster.deposit);
		Clusters::<T>::remove(id);
		Self::deposit_event(Event::ClusterDissolved { cluster: id, reason });
	}

	pub(crate) fn unindex_member(node: NodeId, id: ClusterId) {
		if NodeClusters::<T>::take(node, id).is_some() {
			NodeClusterCount::<T>::mutate_exists(node, |count| {
				let left = count.unwrap_or(0).saturating_sub(1);
				*count = (left > 0).then_some(left);
			});
		}
	}

	pub(crate) fn index_member(node: NodeId, id: ClusterId) {
		if !NodeClusters::<T>::contains_key(node, id) {
			NodeClusters::<T>::insert(node, id, ());
			NodeClusterCount::<T>::mutate(node, |count| *count = count.saturating_add(1));
		}
	}

	pub(crate) fn do_dissolve_by_owner(who: T::AccountId, id: ClusterId) -> DispatchResult {
		let cluster = Clusters::<T>::get(id).ok_or(Error::<T>::ClusterNotFound)?;
		ensure!(cluster.owner == who, Error::<T>::NotOwner);
		ensure!(cluster.is_live(), Error::<T>::ClusterForked);
		ensure!(cluster.jces == 0, Error::<T>::ClusterHasJces);
		Self::dissolve(id, cluster, DissolveReason::ByOwner);
		Ok(())
	}

	pub(crate) fn do_submit_share(
		who: T::AccountId,
		id: ClusterId,
		node: NodeId,
		share: cluster_key::PublicKey,
		proof: cluster_key::PossessionProof,
	) -> DispatchResult {
		let mut cluster = Clusters::<T>::get(id).ok_or(Error::<T>::ClusterNotFound)?;
		ensure!(matches!(cluster.status, ClusterStatus::Keying), Error::<T>::NotKeying);
		ensure!(cluster.is_member(node), Error::<T>::NotMember);
		let signer =
			corex_primitives::EnsureWorker::<T::AccountId, T::Nodes, T::AccountToWorker>::node_of(
				&who,
			);
		ensure!(signer == Ok(node), Error::<T>::NotWorker);
		ensure!(
			!cluster.members.iter().any(|m| m.node == node && m.share.is_some()),
			Error::<T>::ShareAlreadySubmitted
		);
		ensure!(
			!cluster.members.iter().any(|m| m.share == Some(share)),
			Error::<T>::DuplicateShare
		);
		ensure!(cluster_key::verify_possession(id, &share, &proof), Error::<T>::InvalidProof);
		if let Some(member) = cluster.member_mut(node) {
			member.share = Some(share);
		}
		Self::deposit_event(Event::KeyShareSubmitted { cluster: id, node, share });
		let shares: Option<Vec<cluster_key::PublicKey>> =
			cluster.members.iter().map(|m| m.share).collect();
		if let Some(key) = shares.as_deref().and_then(cluster_key::aggregate) {
			cluster.key = Some(key);
			cluster.status = ClusterStatus::Active;
			Self::deposit_event(Event::ClusterActivated { cluster: id, key });
		}
		Clusters::<T>::insert(id, cluster);
		Ok(())
	}

	pub(crate) fn do_increase_capacity(
		who: T::AccountId,
		id: ClusterId,
		capacity: ComputeUnits,
	) -> DispatchResult {
		let mut cluster = Clusters::<T>::get(id).ok_or(Error::<T>::ClusterNotFound)?;
		ensure!(cluster.owner == who, Error::<T>::NotOwner);
		ensure!(cluster.is_live(), Error::<T>::ClusterForked);
		ensure!(capacity > cluster.capacity, Error::<T>::CapacityDecrease);
		cluster.capacity = capacity;
		Clusters::<T>::insert(id, cluster);
		Self::deposit_event(Event::CapacityIncreased { cluster: id, capacity });
		Ok(())
	}

	pub(crate) fn do_announce_exit(
		who: T::AccountId,
		id: ClusterId,
		node: NodeId,
	) -> DispatchResult {
		let mut cluster = Clusters::<T>::get(id).ok_or(Error::<T>::ClusterNotFound)?;
		Self::ensure_operator(&who, node)?;
		ensure!(cluster.is_member(node), Error::<T>::NotMember);
		ensure!(cluster.is_live(), Error::<T>::ClusterForked);
		ensure!(!matches!(cluster.status, ClusterStatus::Forming { .. }), Error::<T>::NotForming);
		ensure!(
			cluster.departure.is_none() && !ForcedForks::<T>::contains_key(id),
			Error::<T>::DepartureAlreadyAnnounced
		);
		let at_epoch = T::Nodes::epochs_ahead(2);
		cluster.departure = Some(Departure { node, at_epoch });
		Departures::<T>::insert(at_epoch, id, node);
		Clusters::<T>::insert(id, cluster);
		Self::deposit_event(Event::ExitAnnounced { cluster: id, node, at_epoch });
		Ok(())
	}

	pub(crate) fn do_report(id: ClusterId, node: NodeId) -> DispatchResult {
		let cluster = Clusters::<T>::get(id).ok_or(Error::<T>::ClusterNotFound)?;
		ensure!(cluster.is_member(node), Error::<T>::NotMember);
		ensure!(cluster.is_live(), Error::<T>::ClusterForked);
		ensure!(!T::Nodes::is_active(node), Error::<T>::MemberActive);
		Self::eject(id, &cluster, node);
		Ok(())
	}

	/// Queue the forced fork of cluster `id` without `node` (once).
	pub(crate) fn eject(id: ClusterId, cluster: &ClusterOf<T>, node: NodeId) {
		if matches!(cluster.status, ClusterStatus::Forming { .. })
			|| ForcedForks::<T>::contains_key(id)
		{
			return;
		}
		ForcedForks::<T>::insert(id, node);
		Self::deposit_event(Event::MemberEjected { cluster: id, node });
	}
}
