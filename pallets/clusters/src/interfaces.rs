//! What clusters offer other pallets: `OnNodeFault` (node staking) and `JcePlacement` (the
//! computation queue).

use crate::*;
use alloc::vec::Vec;
use corex_primitives::{JcePlacement, JceTerms, OnNodeFault, Placement};
use frame_support::{ensure, pallet_prelude::*};
use sp_runtime::DispatchError;

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
