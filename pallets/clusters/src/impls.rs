//! The logic of the clusters pallet (see the crate docs).

use crate::types::Member;
use crate::*;
use alloc::vec::Vec;
use corex_primitives::{cluster_key, JcePlacement, JceTerms, OnNodeFault, Placement, SlashReason};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Convert, One, Saturating, Zero},
	DispatchError, DispatchResult,
};

impl<T: Config> Pallet<T> {
	// ---------------------------------------------------------------------------------------
	// Shared checks
	// ---------------------------------------------------------------------------------------

	/// `who` operates `node`.
	pub(crate) fn ensure_operator(who: &T::AccountId, node: NodeId) -> DispatchResult {
		let operator = T::Nodes::operator(node).ok_or(Error::<T>::NodeNotFound)?;
		ensure!(&operator == who, Error::<T>::NotOperator);
		Ok(())
	}

	pub(crate) fn do_set_volunteer(
		who: T::AccountId,
		node: NodeId,
		willing: bool,
	) -> DispatchResult {
		Self::ensure_operator(&who, node)?;
		ensure!(Volunteers::<T>::contains_key(node) != willing, Error::<T>::NoChange);
		if willing {
			Volunteers::<T>::insert(node, ());
		} else {
			Volunteers::<T>::remove(node);
		}
		Self::deposit_event(Event::VolunteerSet { node, willing });
		Ok(())
	}

	/// Whether `node`'s blacklist names `jce` or its `owner`.
	pub(crate) fn blacklists(node: NodeId, jce: JceId, owner: &T::AccountId) -> bool {
		Blacklists::<T>::contains_key(node, BlacklistEntry::Jce(jce))
			|| Blacklists::<T>::contains_key(node, BlacklistEntry::Customer(owner.clone()))
	}

	fn hold(who: &T::AccountId, reason: HoldReason, amount: BalanceOf<T>) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::hold(&reason.into(), who, amount)
	}

	fn release(who: &T::AccountId, reason: HoldReason, amount: BalanceOf<T>) {
		if amount.is_zero() {
			return;
		}
		// Best effort: the hold was placed by this pallet and only shrinks here.
		let _ = T::Currency::release(&reason.into(), who, amount, Precision::BestEffort);
	}

	fn now() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
	}

	// ---------------------------------------------------------------------------------------
	// Clusters
	// ---------------------------------------------------------------------------------------

	#[allow(clippy::too_many_arguments)]
	pub(crate) fn do_create_cluster(
		who: T::AccountId,
		members: BoundedVec<NodeId, T::MaxMembers>,
		standbys: BoundedVec<NodeId, T::MaxStandbys>,
		mode: AcceptanceMode,
		tee_required: bool,
		price_per_cu: BalanceOf<T>,
		capacity: ComputeUnits,
		auto_replace: bool,
	) -> Result<ClusterId, DispatchError> {
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
			tee_required,
			price_per_cu,
			capacity,
			standbys: BoundedVec::truncate_from(
				standbys.iter().map(|&node| Standby { node, accepted: false }).collect(),
			),
			auto_replace,
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
	fn schedule_keying(id: ClusterId) {
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

	fn unindex_member(node: NodeId, id: ClusterId) {
		if NodeClusters::<T>::take(node, id).is_some() {
			NodeClusterCount::<T>::mutate_exists(node, |count| {
				let left = count.unwrap_or(0).saturating_sub(1);
				*count = (left > 0).then_some(left);
			});
		}
	}

	fn index_member(node: NodeId, id: ClusterId) {
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
		let worker = T::AccountToWorker::convert(who);
		ensure!(T::Nodes::node_of_worker(&worker) == Some(node), Error::<T>::NotWorker);
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
		let at_epoch = T::Nodes::current_epoch().saturating_add(2);
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
	fn eject(id: ClusterId, cluster: &ClusterOf<T>, node: NodeId) {
		if matches!(cluster.status, ClusterStatus::Forming { .. })
			|| ForcedForks::<T>::contains_key(id)
		{
			return;
		}
		ForcedForks::<T>::insert(id, node);
		Self::deposit_event(Event::MemberEjected { cluster: id, node });
	}

	// ---------------------------------------------------------------------------------------
	// JCEs
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_create_jce(
		who: T::AccountId,
		kind: JceKind,
		clusters: BoundedVec<ClusterId, T::MaxClustersPerJce>,
		definitions: BoundedVec<DefinitionId, T::MaxDefinitions>,
	) -> Result<JceId, DispatchError> {
		ensure!(!clusters.is_empty(), Error::<T>::NoClusters);
		ensure!(!definitions.is_empty(), Error::<T>::NoDefinitions);
		let mut seen: Vec<ClusterId> = clusters.to_vec();
		seen.sort_unstable();
		ensure!(seen.windows(2).all(|w| w.first() != w.get(1)), Error::<T>::AlreadyRequested);
		for id in clusters.iter() {
			let cluster = Clusters::<T>::get(id).ok_or(Error::<T>::ClusterNotFound)?;
			ensure!(cluster.is_active(), Error::<T>::ClusterNotActive);
		}
		let id = NextJceId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::JceDeposit::get();
		Self::hold(&who, HoldReason::JceDeposit, deposit)?;
		NextJceId::<T>::put(next);
		let mut jce = Jce {
			owner: who.clone(),
			kind,
			clusters: BoundedVec::new(),
			definitions,
			deposit,
			history: JceHistory::default(),
		};
		Self::deposit_event(Event::JceCreated { jce: id, owner: who, kind, deposit });
		for cluster in clusters {
			Self::request(id, &mut jce, cluster)?;
		}
		Jces::<T>::insert(id, jce);
		Ok(id)
	}

	pub(crate) fn do_request_cluster(
		who: T::AccountId,
		id: JceId,
		cluster: ClusterId,
	) -> DispatchResult {
		let mut jce = Jces::<T>::get(id).ok_or(Error::<T>::JceNotFound)?;
		ensure!(jce.owner == who, Error::<T>::NotOwner);
		ensure!(jce.position(cluster).is_none(), Error::<T>::AlreadyRequested);
		let record = Clusters::<T>::get(cluster).ok_or(Error::<T>::ClusterNotFound)?;
		ensure!(record.is_active(), Error::<T>::ClusterNotActive);
		ensure!(
			(jce.clusters.len() as u32) < T::MaxClustersPerJce::get(),
			Error::<T>::TooManyRequests
		);
		Self::request(id, &mut jce, cluster)?;
		Jces::<T>::insert(id, jce);
		Ok(())
	}

	/// Ask active cluster `cluster_id` to admit `jce`: refuse on a blacklist hit or a full
	/// cluster, admit at once if it auto-approves, else open the decision window.
	fn request(id: JceId, jce: &mut JceOf<T>, cluster_id: ClusterId) -> DispatchResult {
		let mut cluster = Clusters::<T>::get(cluster_id).ok_or(Error::<T>::ClusterNotFound)?;
		let refuse = |reason, node| {
			Self::deposit_event(Event::JceRefused { jce: id, cluster: cluster_id, reason, node });
			Ok(())
		};
		if let Some(node) = cluster.nodes().find(|&n| Self::blacklists(n, id, &jce.owner)) {
			return refuse(RejectionReason::Blacklisted, Some(node));
		}
		if cluster.jces >= T::MaxJcesPerCluster::get() {
			return refuse(RejectionReason::ClusterFull, None);
		}
		match cluster.mode {
			AcceptanceMode::AutoApprove => {
				jce.clusters
					.try_push(ClusterRequest {
						cluster: cluster_id,
						admission: Admission::Admitted,
					})
					.map_err(|_| Error::<T>::TooManyRequests)?;
				Self::admit_into(id, cluster_id, &mut cluster);
				Clusters::<T>::insert(cluster_id, cluster);
			},
			AcceptanceMode::Unanimous => {
				let expires = Self::now().saturating_add(T::DecisionWindow::get());
				jce.clusters
					.try_push(ClusterRequest {
						cluster: cluster_id,
						admission: Admission::Pending { approvals: BoundedVec::new(), expires },
					})
					.map_err(|_| Error::<T>::TooManyRequests)?;
				Deadlines::<T>::insert(expires, Deadline::Decision(id, cluster_id), ());
				Self::deposit_event(Event::JceRequested { jce: id, cluster: cluster_id, expires });
			},
		}
		Ok(())
	}

	fn admit_into(id: JceId, cluster_id: ClusterId, cluster: &mut ClusterOf<T>) {
		ClusterJces::<T>::insert(cluster_id, id, ());
		cluster.jces = cluster.jces.saturating_add(1);
		Self::deposit_event(Event::JceAdmitted { jce: id, cluster: cluster_id });
	}

	/// The pending request of `jce` to `cluster` and its window's end.
	fn pending(jce: &JceOf<T>, cluster: ClusterId) -> Result<(usize, BlockNumberFor<T>), Error<T>> {
		let at = jce.position(cluster).ok_or(Error::<T>::NotPending)?;
		match jce.clusters.get(at).map(|r| &r.admission) {
			Some(Admission::Pending { expires, .. }) => Ok((at, *expires)),
			_ => Err(Error::<T>::NotPending),
		}
	}

	pub(crate) fn do_approve(
		who: T::AccountId,
		id: JceId,
		cluster_id: ClusterId,
		node: NodeId,
	) -> DispatchResult {
		let mut jce = Jces::<T>::get(id).ok_or(Error::<T>::JceNotFound)?;
		Self::ensure_operator(&who, node)?;
		let (at, expires) = Self::pending(&jce, cluster_id)?;
		let mut cluster = Clusters::<T>::get(cluster_id).ok_or(Error::<T>::ClusterNotFound)?;
		ensure!(cluster.is_member(node), Error::<T>::NotMember);
		let request = jce.clusters.get_mut(at).ok_or(Error::<T>::NotPending)?;
		let Admission::Pending { approvals, .. } = &mut request.admission else {
			return Err(Error::<T>::NotPending.into());
		};
		ensure!(!approvals.contains(&node), Error::<T>::AlreadyApproved);
		approvals.try_push(node).map_err(|_| Error::<T>::AlreadyApproved)?;
		Self::deposit_event(Event::JceApproved { jce: id, cluster: cluster_id, node });
		let unanimous = cluster.nodes().all(|n| approvals.contains(&n));
		if unanimous {
			Deadlines::<T>::remove(expires, Deadline::Decision(id, cluster_id));
			if cluster.jces >= T::MaxJcesPerCluster::get() {
				jce.clusters.remove(at);
				Self::deposit_event(Event::JceRefused {
					jce: id,
					cluster: cluster_id,
					reason: RejectionReason::ClusterFull,
					node: None,
				});
			} else {
				request.admission = Admission::Admitted;
				Self::admit_into(id, cluster_id, &mut cluster);
				Clusters::<T>::insert(cluster_id, cluster);
			}
		}
		Jces::<T>::insert(id, jce);
		Ok(())
	}

	pub(crate) fn do_reject(
		who: T::AccountId,
		id: JceId,
		cluster_id: ClusterId,
		node: NodeId,
	) -> DispatchResult {
		let mut jce = Jces::<T>::get(id).ok_or(Error::<T>::JceNotFound)?;
		Self::ensure_operator(&who, node)?;
		let (at, expires) = Self::pending(&jce, cluster_id)?;
		let cluster = Clusters::<T>::get(cluster_id).ok_or(Error::<T>::ClusterNotFound)?;
		ensure!(cluster.is_member(node), Error::<T>::NotMember);
		jce.clusters.remove(at);
		Deadlines::<T>::remove(expires, Deadline::Decision(id, cluster_id));
		Jces::<T>::insert(id, jce);
		Self::deposit_event(Event::JceRefused {
			jce: id,
			cluster: cluster_id,
			reason: RejectionReason::Rejected,
			node: Some(node),
		});
		Ok(())
	}

	pub(crate) fn do_close_jce(who: T::AccountId, id: JceId) -> DispatchResult {
		let jce = Jces::<T>::get(id).ok_or(Error::<T>::JceNotFound)?;
		ensure!(jce.owner == who, Error::<T>::NotOwner);
		ensure!(jce.history.open == 0, Error::<T>::JceBusy);
		for request in jce.clusters.iter() {
			match &request.admission {
				Admission::Pending { expires, .. } => {
					Deadlines::<T>::remove(*expires, Deadline::Decision(id, request.cluster))
				},
				Admission::Admitted => {
					ClusterJces::<T>::remove(request.cluster, id);
					Clusters::<T>::mutate(request.cluster, |c| {
						if let Some(c) = c {
							c.jces = c.jces.saturating_sub(1);
						}
					});
				},
			}
		}
		Self::release(&jce.owner, HoldReason::JceDeposit, jce.deposit);
		Jces::<T>::remove(id);
		Self::deposit_event(Event::JceClosed { jce: id });
		Ok(())
	}

	// ---------------------------------------------------------------------------------------
	// Blacklists
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_blacklist(
		who: T::AccountId,
		node: NodeId,
		entry: EntryOf<T>,
		add: bool,
	) -> DispatchResult {
		Self::ensure_operator(&who, node)?;
		let listed = Blacklists::<T>::contains_key(node, &entry);
		let len = BlacklistLen::<T>::get(node);
		if add {
			ensure!(!listed, Error::<T>::AlreadyBlacklisted);
			ensure!(len < T::MaxBlacklist::get(), Error::<T>::BlacklistFull);
			Blacklists::<T>::insert(node, &entry, ());
			BlacklistLen::<T>::insert(node, len.saturating_add(1));
			Self::deposit_event(Event::Blacklisted { node, entry });
		} else {
			ensure!(listed, Error::<T>::NotBlacklisted);
			Blacklists::<T>::remove(node, &entry);
			let left = len.saturating_sub(1);
			if left == 0 {
				BlacklistLen::<T>::remove(node);
			} else {
				BlacklistLen::<T>::insert(node, left);
			}
			Self::deposit_event(Event::Unblacklisted { node, entry });
		}
		Ok(())
	}

	// ---------------------------------------------------------------------------------------
	// The block hook: deadlines, forks, migrations
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_on_initialize(now: BlockNumberFor<T>) -> Weight {
		let budget = T::MaxTasksPerBlock::get();
		let mut weight = T::WeightInfo::on_initialize_idle();

		// Deadlines up to now, oldest first.
		let mut left = budget;
		let mut cursor = DeadlineCursor::<T>::get();
		while cursor <= now && left > 0 {
			let due: Vec<Deadline> =
				Deadlines::<T>::iter_key_prefix(cursor).take(left as usize).collect();
			for deadline in &due {
				Deadlines::<T>::remove(cursor, deadline);
				weight = weight.saturating_add(Self::lapse(*deadline));
			}
			left = left.saturating_sub(due.len() as u32);
			if left == 0 {
				break;
			}
			cursor = cursor.saturating_add(One::one());
		}
		DeadlineCursor::<T>::put(cursor);

		// Planned departures due by the current epoch.
		let epoch = T::Nodes::current_epoch();
		let mut left = budget;
		let mut cursor = DepartureCursor::<T>::get();
		while cursor <= epoch && left > 0 {
			let due: Vec<(ClusterId, NodeId)> =
				Departures::<T>::iter_prefix(cursor).take(left as usize).collect();
			for (cluster, node) in &due {
				Departures::<T>::remove(cursor, cluster);
				weight = weight.saturating_add(Self::fork(*cluster, *node, ForkCause::Planned));
			}
			left = left.saturating_sub(due.len() as u32);
			if left == 0 {
				break;
			}
			cursor = cursor.saturating_add(1);
		}
		DepartureCursor::<T>::put(cursor);

		// Forced forks.
		let forced: Vec<(ClusterId, NodeId)> =
			ForcedForks::<T>::iter().take(budget as usize).collect();
		for (cluster, node) in forced {
			ForcedForks::<T>::remove(cluster);
			weight = weight.saturating_add(Self::fork(cluster, node, ForkCause::Forced));
		}

		// Migrations: JCEs of forked clusters move to the forks.
		let mut left = budget;
		let migrating: Vec<(ClusterId, Option<ClusterId>)> =
			Migrations::<T>::iter().take(budget as usize).collect();
		for (from, to) in migrating {
			if left == 0 {
				break;
			}
			let moved = Self::migrate(from, to, left);
			weight = weight.saturating_add(T::WeightInfo::migrate_jces(moved.max(1)));
			left = left.saturating_sub(moved.max(1));
		}
		weight
	}

	/// A deadline passed. Returns the weight used.
	pub(crate) fn lapse(deadline: Deadline) -> Weight {
		match deadline {
			Deadline::Invitations(id) => {
				if let Some(cluster) = Clusters::<T>::get(id) {
					if matches!(cluster.status, ClusterStatus::Forming { .. }) {
						Self::dissolve(id, cluster, DissolveReason::Expired);
					}
				}
				T::WeightInfo::lapse_invitations(T::MaxMembers::get())
			},
			Deadline::Keying(id) => {
				if let Some(cluster) = Clusters::<T>::get(id) {
					if matches!(cluster.status, ClusterStatus::Keying) {
						let silent =
							cluster.members.iter().find(|m| m.share.is_none()).map(|m| m.node);
						match (cluster.predecessor, silent) {
							// A new cluster nobody uses yet: dissolved, every deposit returned.
							(None, _) if cluster.jces == 0 => {
								Self::dissolve(id, cluster, DissolveReason::KeyingExpired)
							},
							// A fork, which its JCEs are moving to: re-formed without a member
							// whose share did not come (its own worker's fault).
							(_, Some(node)) => {
								Self::eject(id, &cluster, node);
								Self::schedule_keying(id);
							},
							_ => {},
						}
					}
				}
				T::WeightInfo::lapse_keying(T::MaxMembers::get())
			},
			Deadline::Decision(jce_id, cluster) => {
				if let Some(mut jce) = Jces::<T>::get(jce_id) {
					if let Ok((at, _)) = Self::pending(&jce, cluster) {
						jce.clusters.remove(at);
						Jces::<T>::insert(jce_id, jce);
						Self::deposit_event(Event::JceRefused {
							jce: jce_id,
							cluster,
							reason: RejectionReason::Expired,
							node: None,
						});
					}
				}
				T::WeightInfo::lapse_decision()
			},
		}
	}

	/// The first acceptable replacement for a member of `cluster` (serving `jces`): an
	/// accepted standby, else one of the queue's best offered nodes if allowed. Acceptable:
	/// not a member, of an operator with no member in the cluster, active, with room for
	/// another cluster, and blacklisting none of the JCEs or their customers.
	pub(crate) fn replacement(
		cluster: &ClusterOf<T>,
		jces: &[(JceId, T::AccountId)],
	) -> Option<NodeId> {
		let operators: Vec<T::AccountId> =
			cluster.members.iter().filter_map(|m| T::Nodes::operator(m.node)).collect();
		let acceptable = |node: NodeId| {
			!cluster.is_member(node)
				&& T::Nodes::operator(node).is_some_and(|o| !operators.contains(&o))
				&& T::Nodes::is_active(node)
				&& NodeClusterCount::<T>::get(node) < T::MaxClustersPerNode::get()
				&& !jces.iter().any(|(jce, owner)| Self::blacklists(node, *jce, owner))
		};
		if let Some(standby) =
			cluster.standbys.iter().filter(|s| s.accepted).map(|s| s.node).find(|&n| acceptable(n))
		{
			return Some(standby);
		}
		if !cluster.auto_replace {
			return None;
		}
		let members: Vec<NodeId> = cluster.nodes().collect();
		T::Ranking::best_nodes(&members, T::MaxAutoCandidates::get())
			.into_iter()
			.find(|&n| Volunteers::<T>::contains_key(n) && acceptable(n))
	}

	/// Fork cluster `id` without `leaving`. Returns the weight used: the benchmark's, whose
	/// leaving node has one stake position, plus node staking's worst slash for the charge (a
	/// forced exit is charged on every position of the node).
	pub(crate) fn fork(id: ClusterId, leaving: NodeId, cause: ForkCause) -> Weight {
		let weight = T::WeightInfo::fork(T::MaxMembers::get(), T::MaxJcesPerCluster::get())
			.saturating_add(T::Slashing::slash_weight());
		let Some(mut old) = Clusters::<T>::get(id) else { return weight };
		if !old.is_live() || !old.is_member(leaving) {
			return weight;
		}
		if matches!(old.status, ClusterStatus::Forming { .. }) {
			return weight;
		}
		if let Some(departure) = old.departure.take() {
			Departures::<T>::remove(departure.at_epoch, id);
		}
		ForcedForks::<T>::remove(id);
		let jces: Vec<(JceId, T::AccountId)> = ClusterJces::<T>::iter_key_prefix(id)
			.take(T::MaxJcesPerCluster::get() as usize)
			.filter_map(|jce| Jces::<T>::get(jce).map(|j| (jce, j.owner)))
			.collect();
		let replacement = Self::replacement(&old, &jces);
		let mut members: Vec<Member> = old
			.members
			.iter()
			.filter(|m| m.node != leaving)
			// A fork is the same service with new keys: each member's recent faults on it
			// follow the member (else a fork would wipe a member one fault short of ejection).
			.map(|m| Member { share: None, accepted: true, ..*m })
			.collect();
		if let Some(node) = replacement {
			members.push(Member::new(node, true));
		}
		for member in old.members.iter() {
			Self::unindex_member(member.node, id);
		}
		ClusterLoads::<T>::remove(id);
		let next = NextClusterId::<T>::get();
		let successor = match (members.len() as u32 >= T::MinMembers::get(), next.checked_add(1)) {
			(true, Some(after)) => {
				let fork = Cluster {
					owner: old.owner.clone(),
					members: BoundedVec::truncate_from(members.clone()),
					mode: old.mode,
					tee_required: old.tee_required,
					price_per_cu: old.price_per_cu,
					capacity: old.capacity,
					standbys: BoundedVec::truncate_from(
						old.standbys
							.iter()
							.filter(|s| Some(s.node) != replacement)
							.copied()
							.collect(),
					),
					auto_replace: old.auto_replace,
					status: ClusterStatus::Keying,
					key: None,
					deposit: old.deposit,
					departure: None,
					predecessor: Some(id),
					jces: 0,
				};
				for member in &members {
					Self::index_member(member.node, next);
				}
				NextClusterId::<T>::put(after);
				Clusters::<T>::insert(next, fork);
				Self::schedule_keying(next);
				old.deposit = Zero::zero();
				Some(next)
			},
			_ => {
				// Too few nodes left (or no id): no fork. The deposit is returned once the JCEs
				// have left.
				None
			},
		};
		old.status = ClusterStatus::Forked { successor };
		let charged = Self::charge(leaving, cause);
		if old.jces == 0 {
			Self::release(&old.owner, HoldReason::ClusterDeposit, old.deposit);
			Clusters::<T>::remove(id);
		} else {
			Migrations::<T>::insert(id, successor);
			Clusters::<T>::insert(id, old);
		}
		Self::deposit_event(Event::ClusterForked {
			from: id,
			to: successor,
			left: leaving,
			replacement,
			cause,
			charged,
		});
		weight
	}

	/// Charge the migration's cost to the leaving node. Returns what was taken.
	fn charge(node: NodeId, cause: ForkCause) -> BalanceOf<T> {
		let outcome = match cause {
			ForkCause::Planned => T::Slashing::slash_self_bond(
				node,
				T::PlannedExitCharge::get(),
				SlashReason::LeftCluster,
				None,
			),
			ForkCause::Forced => {
				T::Slashing::slash(node, T::ForcedExitCharge::get(), SlashReason::Ejected, None)
			},
		};
		outcome.map(|o| o.total()).unwrap_or_default()
	}

	/// Move up to `budget` JCEs of forked cluster `from` to `to`. Returns how many moved.
	pub(crate) fn migrate(from: ClusterId, to: Option<ClusterId>, budget: u32) -> u32 {
		let batch: Vec<JceId> =
			ClusterJces::<T>::iter_key_prefix(from).take(budget as usize).collect();
		let mut fork = to.and_then(Clusters::<T>::get::<ClusterId>);
		for jce_id in &batch {
			ClusterJces::<T>::remove(from, jce_id);
			Jces::<T>::mutate(jce_id, |maybe| {
				let Some(jce) = maybe else { return };
				let Some(at) = jce.position(from) else { return };
				match (to, fork.as_mut()) {
					(Some(new), Some(cluster)) if jce.position(new).is_none() => {
						if let Some(request) = jce.clusters.get_mut(at) {
							request.cluster = new;
						}
						ClusterJces::<T>::insert(new, jce_id, ());
						cluster.jces = cluster.jces.saturating_add(1);
					},
					_ => {
						jce.clusters.remove(at);
					},
				}
				jce.history.migrations = jce.history.migrations.saturating_add(1);
			});
			Self::deposit_event(Event::JceMigrated {
				jce: *jce_id,
				from,
				to: to.filter(|_| fork.is_some()),
			});
		}
		if let (Some(new), Some(cluster)) = (to, fork) {
			Clusters::<T>::insert(new, cluster);
		}
		let moved = batch.len() as u32;
		Clusters::<T>::mutate_exists(from, |maybe| {
			let Some(old) = maybe else { return };
			old.jces = old.jces.saturating_sub(moved);
			if old.jces == 0 || ClusterJces::<T>::iter_key_prefix(from).next().is_none() {
				Self::release(&old.owner, HoldReason::ClusterDeposit, old.deposit);
				Migrations::<T>::remove(from);
				*maybe = None;
			}
		});
		moved
	}

	// ---------------------------------------------------------------------------------------
	// Invariants
	// ---------------------------------------------------------------------------------------

	/// Check the invariants listed in the crate docs.
	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut memberships: BTreeMap<NodeId, u32> = BTreeMap::new();
		for (id, cluster) in Clusters::<T>::iter() {
			// 1.
			if cluster.is_active() {
				let shares: Option<Vec<_>> = cluster.members.iter().map(|m| m.share).collect();
				ensure!(
					cluster.members.iter().all(|m| m.accepted),
					"an active cluster has a member that did not accept"
				);
				let shares = shares.ok_or("an active cluster lacks a key share")?;
				ensure!(
					cluster.key.is_some() && cluster_key::aggregate(&shares) == cluster.key,
					"an active cluster's key is not the sum of its shares"
				);
			}
			// 2.
			for member in cluster.members.iter() {
				let indexed = NodeClusters::<T>::contains_key(member.node, id);
				ensure!(
					indexed == (member.accepted && cluster.is_live()),
					"a membership is not indexed exactly"
				);
				if indexed {
					let n = memberships.entry(member.node).or_default();
					*n = n.saturating_add(1);
				}
			}
			// 3.
			let admitted = ClusterJces::<T>::iter_key_prefix(id).count() as u32;
			ensure!(admitted == cluster.jces, "a cluster's JCE count is off");
			// 4.
			let d = deposits.entry(cluster.owner.clone()).or_insert_with(Zero::zero);
			*d = d.saturating_add(cluster.deposit);
		}
		for (node, _cluster, ()) in NodeClusters::<T>::iter() {
			ensure!(memberships.contains_key(&node), "a membership index names no membership");
		}
		for (node, count) in NodeClusterCount::<T>::iter() {
			ensure!(
				memberships.get(&node).copied().unwrap_or(0) == count,
				"a node's cluster count is off"
			);
		}
		for (id, jce) in Jces::<T>::iter() {
			for request in jce.clusters.iter() {
				ensure!(
					Clusters::<T>::contains_key(request.cluster),
					"a JCE asks a cluster that does not exist"
				);
				ensure!(
					ClusterJces::<T>::contains_key(request.cluster, id)
						== matches!(request.admission, Admission::Admitted),
					"a JCE's admission is not indexed exactly"
				);
			}
			let d = deposits.entry(jce.owner.clone()).or_insert_with(Zero::zero);
			*d = d.saturating_add(jce.deposit);
		}
		for (cluster, jce, ()) in ClusterJces::<T>::iter() {
			ensure!(
				Jces::<T>::get(jce).is_some_and(|j| j.position(cluster).is_some()),
				"a cluster serves a JCE that does not name it"
			);
		}
		for (who, amount) in deposits {
			let held = T::Currency::balance_on_hold(&HoldReason::ClusterDeposit.into(), &who)
				.saturating_add(T::Currency::balance_on_hold(&HoldReason::JceDeposit.into(), &who));
			ensure!(held == amount, "deposits held do not match the clusters and JCEs");
		}
		// 5.
		let mut lengths: BTreeMap<NodeId, u32> = BTreeMap::new();
		for (node, _entry, ()) in Blacklists::<T>::iter() {
			let n = lengths.entry(node).or_default();
			*n = n.saturating_add(1);
		}
		for (node, len) in BlacklistLen::<T>::iter() {
			ensure!(len <= T::MaxBlacklist::get(), "a blacklist is too long");
			ensure!(lengths.remove(&node) == Some(len), "a blacklist length is off");
		}
		ensure!(lengths.is_empty(), "a blacklist has no length");
		Ok(())
	}
}

impl<T: Config> OnNodeFault for Pallet<T> {
	/// Queue the forced fork of every live cluster `node` serves.
	fn on_node_fault(node: NodeId) {
		let clusters: Vec<ClusterId> = NodeClusters::<T>::iter_key_prefix(node)
			.take(T::MaxClustersPerNode::get() as usize)
			.collect();
		for id in clusters {
			if let Some(cluster) = Clusters::<T>::get(id) {
				Self::eject(id, &cluster, node);
			}
		}
	}
}

impl<T: Config> JcePlacement<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn admit(
		who: &T::AccountId,
		id: JceId,
		definition: u32,
	) -> Result<JceTerms<BalanceOf<T>>, DispatchError> {
		let mut jce = Jces::<T>::get(id).ok_or(Error::<T>::JceNotFound)?;
		ensure!(&jce.owner == who, Error::<T>::NotOwner);
		ensure!(jce.definitions.contains(&definition), Error::<T>::DefinitionNotAllowed);
		ensure!(jce.kind == JceKind::Recurring || jce.history.submitted == 0, Error::<T>::JceUsed);
		let mut terms: Option<JceTerms<BalanceOf<T>>> = None;
		for cluster in jce.admitted().filter_map(Clusters::<T>::get::<ClusterId>) {
			let size = u8::try_from(cluster.members.len()).unwrap_or(u8::MAX);
			terms = Some(match terms {
				None => JceTerms { fee_per_cu: cluster.price_per_cu, redundancy: size },
				Some(t) => JceTerms {
					fee_per_cu: t.fee_per_cu.max(cluster.price_per_cu),
					redundancy: t.redundancy.max(size),
				},
			});
		}
		let terms = terms.ok_or(Error::<T>::NotAdmitted)?;
		jce.history.submitted = jce.history.submitted.saturating_add(1);
		jce.history.open = jce.history.open.saturating_add(1);
		Jces::<T>::insert(id, jce);
		Ok(terms)
	}

	fn placement(id: JceId, cu: ComputeUnits) -> Option<Placement<BalanceOf<T>>> {
		let jce = Jces::<T>::get(id)?;
		let epoch = T::Nodes::current_epoch();
		for cluster_id in jce.admitted() {
			let Some(cluster) = Clusters::<T>::get(cluster_id) else { continue };
			if !cluster.is_active()
				|| cluster.departure.is_some()
				|| ForcedForks::<T>::contains_key(cluster_id)
			{
				continue;
			}
			let members: Vec<NodeId> = cluster.nodes().collect();
			if !members.iter().all(|&n| T::Nodes::is_active(n)) {
				continue;
			}
			let load = ClusterLoads::<T>::get(cluster_id);
			let taken = if load.epoch == epoch { load.cu } else { 0 };
			let need = cu.saturating_mul(members.len() as u64);
			if taken.saturating_add(need) > cluster.capacity {
				continue;
			}
			return Some(Placement {
				cluster: cluster_id,
				members,
				price_per_cu: cluster.price_per_cu,
			});
		}
		None
	}

	fn note_placed(_jce: JceId, cluster: ClusterId, cu: ComputeUnits) {
		let epoch = T::Nodes::current_epoch();
		let size = Clusters::<T>::get(cluster).map_or(0, |c| c.members.len() as u64);
		ClusterLoads::<T>::mutate(cluster, |load| {
			if load.epoch != epoch {
				*load = ClusterLoad { epoch, cu: 0 };
			}
			load.cu = load.cu.saturating_add(cu.saturating_mul(size));
		});
	}

	fn note_ended(id: JceId, verified: bool) {
		Jces::<T>::mutate(id, |maybe| {
			if let Some(jce) = maybe {
				jce.history.open = jce.history.open.saturating_sub(1);
				if verified {
					jce.history.verified = jce.history.verified.saturating_add(1);
				} else {
					jce.history.failed = jce.history.failed.saturating_add(1);
				}
			}
		});
	}

	/// Counted in the first of the JCE's admitted clusters that `node` is a member of (where
	/// the JCE's computations run on it).
	fn note_fault(id: JceId, node: NodeId) {
		let Some(jce) = Jces::<T>::get(id) else { return };
		let epoch = T::Nodes::current_epoch();
		for cluster_id in jce.admitted() {
			let Some(mut cluster) = Clusters::<T>::get(cluster_id) else { continue };
			let Some(member) = cluster.member_mut(node) else { continue };
			let remembered = member.faults > 0
				&& epoch <= member.last_fault.saturating_add(T::FaultMemory::get());
			let faults = if remembered { member.faults } else { 0 }.saturating_add(1);
			member.faults = faults;
			member.last_fault = epoch;
			Clusters::<T>::insert(cluster_id, &cluster);
			Self::deposit_event(Event::MemberFaulted { cluster: cluster_id, node, faults });
			if u32::from(faults) >= T::EjectAfterFaults::get() {
				Self::eject(cluster_id, &cluster, node);
			}
			return;
		}
	}

	fn note_fault_weight() -> Weight {
		T::WeightInfo::note_fault(T::MaxClustersPerJce::get())
	}

	fn placement_weight() -> Weight {
		T::WeightInfo::placement(T::MaxClustersPerJce::get(), T::MaxMembers::get())
	}
}
