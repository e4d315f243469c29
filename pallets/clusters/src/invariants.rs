//! The pallet's invariants, checked by `try_state`.

use crate::*;
use alloc::vec::Vec;
use corex_primitives::cluster_key;
use frame_support::{ensure, pallet_prelude::*};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
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
