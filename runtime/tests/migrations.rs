//! The runtime's migrations, run as `try-runtime on-runtime-upgrade` runs them: every
//! migration's `pre_upgrade`/`post_upgrade` check and every pallet's `try_state` after it.

#![cfg(feature = "try-runtime")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::dev_ext;
use corex_runtime::{Executive, Runtime};
use frame_support::{
	storage::migration::{get_storage_value, put_storage_value},
	traits::GetStorageVersion,
};

#[test]
fn the_seed_moves_out_of_the_computation_queue_on_upgrade() {
	dev_ext().execute_with(|| {
		// A chain of spec 100: the seed, its block and a pinned author kept by `Computations`,
		// and no `Seed` storage yet.
		let pin = (3u32, 5u64, sp_core::sr25519::Public::from_raw([4; 32]));
		// Nothing under `Seed` at all, its storage version included, as on a chain of spec 100:
		// FRAME then takes the pallet for new and writes its version before the migrations run.
		let _ = frame_support::storage::unhashed::clear_prefix(
			&sp_io::hashing::twox_128(b"Seed"),
			None,
			None,
		);
		assert!(!frame_support::storage::unhashed::contains_prefixed_key(
			&sp_io::hashing::twox_128(b"Seed")
		));
		put_storage_value(b"Computations", b"RandomSeed", &[], [9u8; 32]);
		put_storage_value(b"Computations", b"SeedNotedAt", &[], 3u32);
		put_storage_value(b"Computations", b"PinnedSlotAuthor", &[], pin);
		frame_system::Pallet::<Runtime>::set_block_number(3);

		Executive::try_runtime_upgrade(frame_try_runtime::UpgradeCheckSelect::All)
			.expect("the upgrade's checks pass");

		assert_eq!(pallet_seed::RandomSeed::<Runtime>::get(), [9; 32]);
		assert_eq!(pallet_seed::NotedAt::<Runtime>::get(), Some(3));
		assert_eq!(pallet_seed::PinnedSlotAuthor::<Runtime>::get(), Some(pin));
		assert_eq!(get_storage_value::<[u8; 32]>(b"Computations", b"RandomSeed", &[]), None);
		assert_eq!(pallet_seed::Pallet::<Runtime>::on_chain_storage_version(), 1);

		// A second upgrade finds nothing left to move and leaves the seed alone.
		pallet_seed::RandomSeed::<Runtime>::put([1; 32]);
		Executive::try_runtime_upgrade(frame_try_runtime::UpgradeCheckSelect::All).unwrap();
		assert_eq!(pallet_seed::RandomSeed::<Runtime>::get(), [1; 32]);
	});
}
