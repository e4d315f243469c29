//! Unit tests of the seed: who may extend it, once per block, across a session rotation, and
//! what it offers as `Randomness`.

use crate::{mock::*, *};
use codec::Encode;
use frame_support::{assert_noop, assert_ok, traits::Randomness};
use sp_runtime::DispatchError;

#[test]
fn the_seed_takes_the_authors_vrf_output_once_per_block() {
	use frame_support::inherent::{InherentData, ProvideInherent};
	use sp_core::{crypto::VrfSecret, Pair};
	ExtBuilder::default().build_and_execute(|| {
		let (alice, bob) = (dev_key("//Alice"), dev_key("//Bob"));
		set_slot_author(7, alice.public());
		let before = RandomSeed::<Test>::get();
		let vrf = vrf_of(&alice, 7);
		assert_noop!(Seed::note_seed(RuntimeOrigin::signed(1), vrf), DispatchError::BadOrigin);
		// Another slot's signature, or another key's, is refused.
		assert_noop!(
			Seed::note_seed(RuntimeOrigin::none(), vrf_of(&alice, 8)),
			Error::<Test>::InvalidSeed
		);
		assert_noop!(
			Seed::note_seed(RuntimeOrigin::none(), vrf_of(&bob, 7)),
			Error::<Test>::InvalidSeed
		);
		assert_noop!(Seed::note_seed(RuntimeOrigin::none(), [0; 96]), Error::<Test>::InvalidSeed);
		// A second signature by the author over its slot is a different proof, but the same
		// output: the author cannot pick among seeds.
		let again = vrf_of(&alice, 7);
		assert_ne!(again, vrf);
		let seed_after = |vrf: [u8; 96]| {
			frame_support::storage::with_transaction(|| {
				Seed::note_seed(RuntimeOrigin::none(), vrf).unwrap();
				let seed = RandomSeed::<Test>::get();
				sp_runtime::TransactionOutcome::Rollback(Ok::<_, DispatchError>(seed))
			})
			.unwrap()
		};
		assert_eq!(seed_after(vrf), seed_after(again));
		assert_ok!(Seed::note_seed(RuntimeOrigin::none(), vrf));
		let noted = RandomSeed::<Test>::get();
		assert_ne!(noted, before);
		assert_eq!(NotedAt::<Test>::get(), Some(1));
		assert_noop!(
			Seed::note_seed(RuntimeOrigin::none(), again),
			Error::<Test>::SeedAlreadyNoted
		);
		// The next block (the next slot) moves it again.
		run_to(2);
		assert_eq!(RandomSeed::<Test>::get(), noted, "only authors move the seed");
		set_slot_author(8, bob.public());
		assert_ok!(Seed::note_seed(RuntimeOrigin::none(), vrf_of(&bob, 8)));
		assert_ne!(RandomSeed::<Test>::get(), noted);
		assert_eq!(NotedAt::<Test>::get(), Some(2));
		// The node's inherent data becomes the call; every block must carry it.
		let signature = alice.vrf_sign(&corex_primitives::seed::sign_data(9));
		let mut data = InherentData::new();
		data.put_data(corex_primitives::seed::INHERENT_IDENTIFIER, &signature).unwrap();
		let call = <Seed as ProvideInherent>::create_inherent(&data).unwrap();
		assert!(<Seed as ProvideInherent>::is_inherent(&call));
		assert!(matches!(
			<Seed as ProvideInherent>::is_inherent_required(&InherentData::new()),
			Ok(Some(_))
		));
		assert_eq!(<Seed as ProvideInherent>::create_inherent(&InherentData::new()), None);
	});
}

#[test]
fn without_a_slot_author_no_contribution_is_taken() {
	ExtBuilder::default().build_and_execute(|| {
		let alice = dev_key("//Alice");
		assert_noop!(
			Seed::note_seed(RuntimeOrigin::none(), vrf_of(&alice, 1)),
			Error::<Test>::InvalidSeed
		);
	});
}

#[test]
fn a_rotation_in_the_block_leaves_the_seed_to_the_author_chosen_before_it() {
	use sp_core::Pair;
	ExtBuilder::default().build_and_execute(|| {
		let (alice, bob) = (dev_key("//Alice"), dev_key("//Bob"));
		// Slot 7 is Alice's in the parent block's set; a session rotation in this block's
		// `on_initialize` then puts Bob's key in her place.
		set_slot_author(7, alice.public());
		Seed::pin_slot_author();
		assert_eq!(PinnedSlotAuthor::<Test>::get(), Some((1, 7, alice.public())));
		set_slot_author(7, bob.public());
		assert_noop!(
			Seed::note_seed(RuntimeOrigin::none(), vrf_of(&bob, 7)),
			Error::<Test>::InvalidSeed
		);
		let before = RandomSeed::<Test>::get();
		assert_ok!(Seed::note_seed(RuntimeOrigin::none(), vrf_of(&alice, 7)));
		assert_ne!(RandomSeed::<Test>::get(), before);
		assert_eq!(PinnedSlotAuthor::<Test>::get(), None, "used once, then removed");
		// A pin left from an earlier block (its inherent never came) counts for nothing.
		run_to(2);
		set_slot_author(8, alice.public());
		Seed::pin_slot_author();
		run_to(3);
		set_slot_author(9, bob.public());
		assert_noop!(
			Seed::note_seed(RuntimeOrigin::none(), vrf_of(&alice, 8)),
			Error::<Test>::InvalidSeed
		);
		assert_noop!(
			Seed::note_seed(RuntimeOrigin::none(), vrf_of(&alice, 9)),
			Error::<Test>::InvalidSeed
		);
		assert_ok!(Seed::note_seed(RuntimeOrigin::none(), vrf_of(&bob, 9)));
		assert_eq!(PinnedSlotAuthor::<Test>::get(), None);
	});
}

#[test]
fn randomness_is_the_seed_hashed_with_the_subject() {
	ExtBuilder::default().build_and_execute(|| {
		RandomSeed::<Test>::put([3; 32]);
		// Before any contribution, the current block.
		run_to(4);
		assert_eq!(<Seed as Randomness<[u8; 32], u64>>::random_seed(), ([3; 32], 4));
		// `random(subject)` hashes the seed and the subject's bytes as they are, so a pallet that
		// hashed `(seed, label).encode()` itself draws the same value through it.
		let (value, at) = <Seed as Randomness<[u8; 32], u64>>::random(b"corex/verifier");
		assert_eq!(value, sp_io::hashing::blake2_256(&([3u8; 32], b"corex/verifier").encode()));
		assert_eq!(at, 4);
		assert_ne!(<Seed as Randomness<[u8; 32], u64>>::random(b"corex/panel").0, value);
		// After a contribution: the block it was made in.
		let alice = dev_key("//Alice");
		use sp_core::Pair;
		set_slot_author(11, alice.public());
		assert_ok!(Seed::note_seed(RuntimeOrigin::none(), vrf_of(&alice, 11)));
		run_to(6);
		let (moved, at) = <Seed as Randomness<[u8; 32], u64>>::random(b"corex/verifier");
		assert_ne!(moved, value);
		assert_eq!(at, 4);
	});
}

#[test]
fn invariants_catch_a_pin_or_a_contribution_from_a_later_block() {
	ExtBuilder::default().build().execute_with(|| {
		PinnedSlotAuthor::<Test>::put((2u64, 1u64, sp_core::sr25519::Public::from_raw([1; 32])));
		assert!(Seed::do_try_state().is_err());
		PinnedSlotAuthor::<Test>::kill();
		NotedAt::<Test>::put(2);
		assert!(Seed::do_try_state().is_err());
		run_to(2);
		assert_ok!(Seed::do_try_state());
	});
}
