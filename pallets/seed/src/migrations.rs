//! Storage migrations.
//!
//! Version 0 → 1 ([`MoveFromComputations`]): the seed, the block it was last extended in and a
//! pinned slot author lived in the computation queue's storage (`Computations::RandomSeed`,
//! `Computations::SeedNotedAt`, `Computations::PinnedSlotAuthor`) until the seed got a pallet of
//! its own. The migration moves the three values as they are, so every draw after the upgrade
//! is the draw the chain would have made before it. A chain that starts with this pallet starts
//! at version 1 and runs nothing.

use crate::*;
use frame_support::{
	migrations::VersionedMigration,
	pallet_prelude::*,
	storage::migration::take_storage_value,
	traits::{Get, UncheckedOnRuntimeUpgrade},
};
use frame_system::pallet_prelude::BlockNumberFor;

/// The pallet the seed lived in (its name in `construct_runtime`).
pub const OLD_PALLET: &[u8] = b"Computations";

/// Move the seed's storage from the computation queue to this pallet (version 0 → 1).
pub type MoveFromComputations<T> = VersionedMigration<
	0,
	1,
	MoveFromComputationsUnchecked<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// [`MoveFromComputations`] without the version check: use that one.
pub struct MoveFromComputationsUnchecked<T>(core::marker::PhantomData<T>);

/// What the old pallet held.
#[cfg(any(feature = "try-runtime", test))]
type OldSeed<T> = (
	Option<[u8; 32]>,
	Option<BlockNumberFor<T>>,
	Option<(BlockNumberFor<T>, u64, sp_core::sr25519::Public)>,
);

/// Read the three old values (without removing them).
#[cfg(any(feature = "try-runtime", test))]
fn old_values<T: Config>() -> OldSeed<T> {
	use frame_support::storage::migration::get_storage_value;
	(
		get_storage_value(OLD_PALLET, b"RandomSeed", &[]),
		get_storage_value(OLD_PALLET, b"SeedNotedAt", &[]),
		get_storage_value(OLD_PALLET, b"PinnedSlotAuthor", &[]),
	)
}

impl<T: Config> UncheckedOnRuntimeUpgrade for MoveFromComputationsUnchecked<T> {
	fn on_runtime_upgrade() -> Weight {
		if let Some(seed) = take_storage_value::<[u8; 32]>(OLD_PALLET, b"RandomSeed", &[]) {
			RandomSeed::<T>::put(seed);
		}
		if let Some(at) = take_storage_value::<BlockNumberFor<T>>(OLD_PALLET, b"SeedNotedAt", &[]) {
			NotedAt::<T>::put(at);
		}
		if let Some(pin) = take_storage_value::<(BlockNumberFor<T>, u64, sp_core::sr25519::Public)>(
			OLD_PALLET,
			b"PinnedSlotAuthor",
			&[],
		) {
			PinnedSlotAuthor::<T>::put(pin);
		}
		// Three reads and three removals of the old values, three writes of the new ones.
		T::DbWeight::get().reads_writes(3, 6)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		use codec::Encode;
		Ok(old_values::<T>().encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		use codec::Decode;
		let (seed, at, pin) = OldSeed::<T>::decode(&mut &state[..])
			.map_err(|_| sp_runtime::TryRuntimeError::Other("undecodable pre-upgrade state"))?;
		ensure!(RandomSeed::<T>::get() == seed.unwrap_or_default(), "the seed changed");
		ensure!(NotedAt::<T>::get() == at, "the block of the last contribution changed");
		ensure!(PinnedSlotAuthor::<T>::get() == pin, "the pinned slot author changed");
		ensure!(old_values::<T>() == (None, None, None), "old seed storage left behind");
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::mock::*;
	use frame_support::{
		storage::migration::put_storage_value,
		traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
	};

	#[test]
	fn the_seed_moves_from_the_computation_queue_unchanged() {
		new_test_ext().execute_with(|| {
			// A chain from before the move: version 0, the values under the old pallet.
			StorageVersion::new(0).put::<Seed>();
			let pin = (4u64, 9u64, sp_core::sr25519::Public::from_raw([7; 32]));
			put_storage_value(OLD_PALLET, b"RandomSeed", &[], [5u8; 32]);
			put_storage_value(OLD_PALLET, b"SeedNotedAt", &[], 3u64);
			put_storage_value(OLD_PALLET, b"PinnedSlotAuthor", &[], pin);
			#[cfg(feature = "try-runtime")]
			let state = MoveFromComputationsUnchecked::<Test>::pre_upgrade().unwrap();

			MoveFromComputations::<Test>::on_runtime_upgrade();

			assert_eq!(RandomSeed::<Test>::get(), [5; 32]);
			assert_eq!(NotedAt::<Test>::get(), Some(3));
			assert_eq!(PinnedSlotAuthor::<Test>::get(), Some(pin));
			assert_eq!(old_values::<Test>(), (None, None, None));
			assert_eq!(Seed::on_chain_storage_version(), 1);
			#[cfg(feature = "try-runtime")]
			MoveFromComputationsUnchecked::<Test>::post_upgrade(state).unwrap();

			// Run again (version 1 now), it changes nothing.
			RandomSeed::<Test>::put([6; 32]);
			put_storage_value(OLD_PALLET, b"RandomSeed", &[], [5u8; 32]);
			MoveFromComputations::<Test>::on_runtime_upgrade();
			assert_eq!(RandomSeed::<Test>::get(), [6; 32]);
		});
	}

	#[test]
	fn a_new_chain_starts_at_version_1_with_nothing_to_move() {
		new_test_ext().execute_with(|| {
			assert_eq!(Seed::on_chain_storage_version(), 1);
			assert_eq!(RandomSeed::<Test>::get(), [0; 32]);
		});
	}
}
