//! Cluster key shares: what the off-chain worker does for each cluster its node is a member of
//! while the cluster collects shares (see `pallet_clusters`).
//!
//! The secret share is drawn once per (cluster, node) from the node's randomness and kept in the
//! node's persistent off-chain storage under [`share_key`]; only the public share and its proof
//! of possession leave the node. A restart or a skipped block reuses the stored secret, so the
//! share submitted again after `ResubmitAfter` blocks is the same one.

use crate::{signing::send_signed, Config};
use codec::Encode;
use corex_primitives::NodeInfo;
use corex_primitives::{cluster_key::SecretShare, ClusterId, NodeId};
use frame_support::traits::Get;
use pallet_clusters::{ClusterStatus, Pallet as Clusters};
use sp_runtime::offchain::storage::StorageValueRef;

/// Off-chain storage key of `node`'s secret share for `cluster` (32 bytes, a canonical scalar).
pub fn share_key(cluster: ClusterId, node: NodeId) -> alloc::vec::Vec<u8> {
	(b"corex/cw/key-share", cluster, node).encode()
}

fn sent_key(cluster: ClusterId, node: NodeId) -> alloc::vec::Vec<u8> {
	(b"corex/cw/key-share-sent", cluster, node).encode()
}

/// `node`'s secret share for `cluster`: the stored one, or a fresh one, stored.
pub fn secret_share(cluster: ClusterId, node: NodeId) -> Option<SecretShare> {
	let key = share_key(cluster, node);
	let store = StorageValueRef::persistent(&key);
	if let Some(bytes) = store.get::<[u8; 32]>().ok().flatten() {
		return SecretShare::from_bytes(bytes);
	}
	let mut seed = [0u8; 64];
	let (lo, hi) = seed.split_at_mut(32);
	lo.copy_from_slice(&sp_io::offchain::random_seed());
	hi.copy_from_slice(&sp_io::offchain::random_seed());
	let share = SecretShare::from_seed(&seed);
	if share.to_bytes() == [0; 32] {
		log::error!(target: "compute-worker", "no randomness for a key share");
		return None;
	}
	// Only the first writer wins, so two overlapping runs agree on one share.
	let stored = store.mutate::<[u8; 32], (), _>(|old| match old {
		Ok(Some(existing)) => Ok(existing),
		_ => Ok(share.to_bytes()),
	});
	stored.ok().and_then(SecretShare::from_bytes)
}

/// Submit `node`'s key share to every cluster of it that is collecting shares and lacks it.
/// Returns how many were sent.
pub fn submit_shares<T: Config>(node: NodeId, public: &T::Public, now: u64) -> u32 {
	let wait: u64 = sp_runtime::SaturatedConversion::saturated_into(T::ResubmitAfter::get());
	let mut sent = 0u32;
	for cluster in Clusters::<T>::clusters_of(node) {
		let Some(record) = Clusters::<T>::cluster_record(cluster) else { continue };
		if record.status != ClusterStatus::Keying {
			continue;
		}
		if !record.members.iter().any(|m| m.node == node && m.share.is_none()) {
			continue;
		}
		let marker_key = sent_key(cluster, node);
		let marker = StorageValueRef::persistent(&marker_key);
		if marker.get::<u64>().ok().flatten().is_some_and(|at| now < at.saturating_add(wait)) {
			continue;
		}
		let Some(secret) = secret_share(cluster, node) else { continue };
		let nonce_seed = sp_io::offchain::random_seed();
		let call = pallet_clusters::Call::submit_key_share {
			cluster,
			node,
			share: secret.public(),
			proof: secret.prove(cluster, &nonce_seed),
		};
		if send_signed::<T, _>(call, public, now) {
			marker.set(&now);
			sent = sent.saturating_add(1);
			log::info!(target: "compute-worker", "node {node}: key share sent for cluster {cluster}");
		}
	}
	sent
}

/// Report every fellow member of `node`'s live clusters that is no longer active (suspended,
/// under the minimum stake, exiting): the cluster then forks without it (`report_member`). A
/// member under the minimum stake triggers no fault on its own, so this is how such a cluster
/// forks at once. Returns how many reports were sent.
pub fn report_inactive<T: Config>(node: NodeId, public: &T::Public, now: u64) -> u32 {
	let wait: u64 = sp_runtime::SaturatedConversion::saturated_into(T::ResubmitAfter::get());
	let mut sent = 0u32;
	for cluster in Clusters::<T>::clusters_of(node) {
		let Some(record) = Clusters::<T>::cluster_record(cluster) else { continue };
		if !matches!(record.status, ClusterStatus::Active | ClusterStatus::Keying)
			|| Clusters::<T>::fork_forced(cluster)
		{
			continue;
		}
		let inactive = record
			.members
			.iter()
			.map(|m| m.node)
			.find(|&m| m != node && !<T as pallet_clusters::Config>::Nodes::is_active(m));
		let Some(member) = inactive else { continue };
		let marker_key = (b"corex/cw/reported", cluster, member).encode();
		let marker = StorageValueRef::persistent(&marker_key);
		if marker.get::<u64>().ok().flatten().is_some_and(|at| now < at.saturating_add(wait)) {
			continue;
		}
		let call = pallet_clusters::Call::report_member { cluster, node: member };
		if send_signed::<T, _>(call, public, now) {
			marker.set(&now);
			sent = sent.saturating_add(1);
			log::info!(target: "compute-worker", "node {node}: reported member {member} of cluster {cluster}");
		}
	}
	sent
}
