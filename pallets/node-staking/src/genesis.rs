//! Compute nodes that exist from the first block. Declared here and imported into the pallet
//! module with `#[import_section]`.

use frame_support::pallet_macros::pallet_section;

/// The pallet's genesis configuration.
#[pallet_section]
mod genesis_section {
	/// A compute node of the genesis: registered, bonded and counted from epoch 0.
	#[derive(Clone, PartialEq, Eq, Debug, frame_support::Serialize, frame_support::Deserialize)]
	#[serde(
		crate = "frame_support::__private::serde",
		rename_all = "camelCase",
		deny_unknown_fields
	)]
	pub struct GenesisNode<AccountId, WorkerKey, Balance> {
		/// The operator: pays the node deposit and the self-bond.
		pub operator: AccountId,
		/// The key its off-chain worker signs with.
		pub worker_key: WorkerKey,
		/// Its device class.
		pub device_class: DeviceClass,
		/// Its declared capacity, in compute units per epoch.
		pub capacity: ComputeUnits,
		/// The operator's self-bond; at least `MinSelfBond`.
		pub self_bond: Balance,
	}

	/// A genesis node of this runtime.
	pub type GenesisNodeOf<T> =
		GenesisNode<<T as frame_system::Config>::AccountId, <T as Config>::WorkerKey, BalanceOf<T>>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Nodes registered, bonded and active from the first block, in node-id order (the
		/// development chain's compute nodes). Each goes through the same checks and holds as
		/// `register_node` and `bond`; only its self-bond counts at once instead of from the
		/// next epoch, since nothing can have been earned before the chain starts.
		pub nodes: alloc::vec::Vec<GenesisNodeOf<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for node in &self.nodes {
				if let Err(e) = Pallet::<T>::add_genesis_node(node) {
					// A genesis that cannot hold together must not build.
					panic!("genesis compute node of {:?}: {e:?}", node.operator);
				}
			}
		}
	}
}
