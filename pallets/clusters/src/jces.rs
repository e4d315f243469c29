//! Joint computing environments: creation, cluster requests and approval, closing, and
//! blacklists.

use crate::*;
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Saturating, DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
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
	pub(crate) fn request(id: JceId, jce: &mut JceOf<T>, cluster_id: ClusterId) -> DispatchResult {
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

	pub(crate) fn admit_into(id: JceId, cluster_id: ClusterId, cluster: &mut ClusterOf<T>) {
		ClusterJces::<T>::insert(cluster_id, id, ());
		cluster.jces = cluster.jces.saturating_add(1);
		Self::deposit_event(Event::JceAdmitted { jce: id, cluster: cluster_id });
	}

	/// The pending request of `jce` to `cluster` and its window's end.
	pub(crate) fn pending(
		jce: &JceOf<T>,
		cluster: ClusterId,
	) -> Result<(usize, BlockNumberFor<T>), Error<T>> {
		let at = jce.position(cluster).ok_or(Error::<T>::NotPending)?;
		match jce.clusters.get(at).map(|r| &r.admission) {
			Some(Admission::Pending { expires, .. }) => Ok((at, *expires)),
			_ => Err(Error::<T>::NotPending),
		}
	}

	/// What approving and rejecting a JCE's request both check: the JCE exists, `who` operates
	/// `node`, the request of `cluster_id` is pending, and `node` is a member of that cluster.
	/// Returns the JCE, the request's position and expiry, and the cluster.
	#[allow(clippy::type_complexity)]
	fn member_decision(
		who: &T::AccountId,
		id: JceId,
		cluster_id: ClusterId,
		node: NodeId,
	) -> Result<(JceOf<T>, usize, BlockNumberFor<T>, ClusterOf<T>), DispatchError> {
		let jce = Jces::<T>::get(id).ok_or(Error::<T>::JceNotFound)?;
		Self::ensure_operator(who, node)?;
		let (at, expires) = Self::pending(&jce, cluster_id)?;
		let cluster = Clusters::<T>::get(cluster_id).ok_or(Error::<T>::ClusterNotFound)?;
		ensure!(cluster.is_member(node), Error::<T>::NotMember);
		Ok((jce, at, expires, cluster))
	}

	pub(crate) fn do_approve(
		who: T::AccountId,
		id: JceId,
		cluster_id: ClusterId,
		node: NodeId,
	) -> DispatchResult {
		let (mut jce, at, expires, mut cluster) =
			Self::member_decision(&who, id, cluster_id, node)?;
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
		let (mut jce, at, expires, _cluster) = Self::member_decision(&who, id, cluster_id, node)?;
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
		change: ListChange,
	) -> DispatchResult {
		Self::ensure_operator(&who, node)?;
		let listed = Blacklists::<T>::contains_key(node, &entry);
		let len = BlacklistLen::<T>::get(node);
		if change == ListChange::Add {
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
}
