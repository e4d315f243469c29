//! Nodes offered to the queue from the first block. Declared here and imported into the pallet
//! module with `#[import_section]`.

use frame_support::pallet_macros::pallet_section;

/// The pallet's genesis configuration.
#[pallet_section]
mod genesis_section {
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Nodes offered to the queue from the first block (the development chain's compute
		/// nodes), each as its operator's `offer_node`: it must be active from genesis.
		pub offered: alloc::vec::Vec<NodeId>,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for &node in &self.offered {
				let offered = T::Nodes::operator(node)
					.ok_or(DispatchError::from(Error::<T>::NodeNotFound))
					.and_then(|operator| Pallet::<T>::do_offer(operator, node));
				if let Err(e) = offered {
					// A genesis that cannot hold together must not build.
					panic!("genesis offer of node {node}: {e:?}");
				}
			}
		}
	}
}
