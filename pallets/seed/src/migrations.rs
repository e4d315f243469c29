//! Storage migrations.
//!
//! [`MoveFromComputations`] (spec 101): the seed, the block it was last extended in and a pinned
//! slot author lived in the computation queue's storage (`Computations::RandomSeed`,
//! `Computations::SeedNotedAt`, `Computations::PinnedSlotAuthor`) until the seed got a pallet of
//! its own. The migration moves the values as they are, so every draw after the upgrade is the
//! draw the chain would have made before it.
//!
//! It runs whenever one of the old values is still there, not by storage version: a pallet added
//! in an upgrade has no storage yet, so FRAME writes its in-code version before any migration
//! runs (`before_all_runtime_migrations`), and a migration gated on version 0 would never run.
//! Taking the old values removes them, so a second run finds nothing and does nothing.

use crate::*;
use frame_support::{
	pallet_prelude::*,
	storage::migration::take_storage_value,
	traits::{Get, OnRuntimeUpgrade},
};
use frame_system::pallet_prelude::BlockNumberFor;

/// The pallet the seed lived in (its name in `construct_runtime`).
pub const OLD_PALLET: &[u8] = b"Computations";

/// Move the seed's storage from the computation queue to this pallet.
pub struct MoveFromComputations<T>(core::marker::PhantomData<T>);

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

impl<T: Config> OnRuntimeUpgrade for MoveFromComputations<T> {
	fn on_runtime_upgrade() -> Weight {
		let mut writes = 0u64;
		if let Some(seed) = take_storage_value::<[u8; 32]>(OLD_PALLET, b"RandomSeed", &[]) {
			RandomSeed::<T>::put(seed);
			writes = writes.saturating_add(2);
		}
		if let Some(at) = take_storage_value::<BlockNumberFor<T>>(OLD_PALLET, b"SeedNotedAt", &[]) {
			NotedAt::<T>::put(at);
			writes = writes.saturating_add(2);
		}
		if let Some(pin) = take_storage_value::<(BlockNumberFor<T>, u64, sp_core::sr25519::Public)>(
			OLD_PALLET,
			b"PinnedSlotAuthor",
			&[],
		) {
			PinnedSlotAuthor::<T>::put(pin);
			writes = writes.saturating_add(2);
		}
		// Three reads of the old values; a removal and a write for each one found.
		T::DbWeight::get().reads_writes(3, writes)
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
		if let Some(seed) = seed {
			ensure!(RandomSeed::<T>::get() == seed, "the seed changed");
		}
		if at.is_some() {
			ensure!(NotedAt::<T>::get() == at, "the block of the last contribution changed");
		}
		if pin.is_some() {
			ensure!(PinnedSlotAuthor::<T>::get() == pin, "the pinned slot author changed");
		}
		ensure!(old_values::<T>() == (None, None, None), "old seed storage left behind");
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::mock::*;
	use frame_support::storage::migration::put_storage_value;

	#[test]
	fn the_seed_moves_from_the_computation_queue_unchanged() {
		ExtBuilder::default().build().execute_with(|| {
			// A chain from before the move: the values under the old pallet, none here.
			let pin = (4u64, 9u64, sp_core::sr25519::Public::from_raw([7; 32]));
			put_storage_value(OLD_PALLET, b"RandomSeed", &[], [5u8; 32]);
			put_storage_value(OLD_PALLET, b"SeedNotedAt", &[], 3u64);
			put_storage_value(OLD_PALLET, b"PinnedSlotAuthor", &[], pin);
			#[cfg(feature = "try-runtime")]
			let state = MoveFromComputations::<Test>::pre_upgrade().unwrap();

			MoveFromComputations::<Test>::on_runtime_upgrade();

			assert_eq!(RandomSeed::<Test>::get(), [5; 32]);
			assert_eq!(NotedAt::<Test>::get(), Some(3));
			assert_eq!(PinnedSlotAuthor::<Test>::get(), Some(pin));
			assert_eq!(old_values::<Test>(), (None, None, None));
			#[cfg(feature = "try-runtime")]
			MoveFromComputations::<Test>::post_upgrade(state).unwrap();

			// Run again: nothing is left to move, and the seed stays as the chain left it.
			RandomSeed::<Test>::put([6; 32]);
			MoveFromComputations::<Test>::on_runtime_upgrade();
			assert_eq!(RandomSeed::<Test>::get(), [6; 32]);
		});
	}

	#[test]
	fn a_new_chain_has_nothing_to_move() {
		ExtBuilder::default().build().execute_with(|| {
			use frame_support::traits::GetStorageVersion;
			assert_eq!(Seed::on_chain_storage_version(), 1);
			MoveFromComputations::<Test>::on_runtime_upgrade();
			assert_eq!(RandomSeed::<Test>::get(), [0; 32]);
			assert_eq!(NotedAt::<Test>::get(), None);
		});
	}
}
