//! What the off-chain worker reads of clusters (it reads them only through these, never the
//! pallet's storage items).

use crate::*;
use frame_support::traits::Get;

impl<T: Config> Pallet<T> {
	/// The live clusters `node` has accepted to serve (at most `MaxClustersPerNode`).
	pub fn clusters_of(node: NodeId) -> alloc::vec::Vec<ClusterId> {
		NodeClusters::<T>::iter_key_prefix(node)
			.take(T::MaxClustersPerNode::get() as usize)
			.collect()
	}

	/// A cluster, as stored: its members, their key shares, status and terms.
	pub fn cluster_record(id: ClusterId) -> Option<ClusterOf<T>> {
		Clusters::<T>::get(id)
	}

	/// Whether `id` forks without one of its members in the next block (a forced fork waits).
	pub fn fork_forced(id: ClusterId) -> bool {
		ForcedForks::<T>::contains_key(id)
	}
}
