//! A validator rotates its session keys: blocks are driven through `Executive` as the node
//! drives them, each with the seed inherent signed as the node signs it, by the key of the slot's
//! author in the parent block's Aura set. The chain must go on through the first block of the
//! session with the new keys, where the Aura set changes in `on_initialize`, before the
//! inherent. (Before the fix, that block's mandatory inherent was refused and the chain halted.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use codec::Encode;
use common::{close_block, dev_ext, open_block, signed};
use corex_runtime::{
	configs::governance::SessionPeriod, Runtime, RuntimeCall, SessionKeys, System,
	UncheckedExtrinsic,
};
use sp_core::{
	crypto::VrfSecret, ed25519, proof_of_possession::ProofOfPossessionGenerator, sr25519, Pair,
};
use sp_keyring::Sr25519Keyring;

/// The seed inherent of the block being built, signed by the author the node would find: the
/// slot's authority in the parent block's set (`parent_set`), one of `keys`.
fn seed_inherent(
	slot: u64,
	parent_set: &[sr25519::Public],
	keys: &[sr25519::Pair],
) -> UncheckedExtrinsic {
	let author = parent_set[(slot % parent_set.len() as u64) as usize];
	let pair = keys.iter().find(|p| p.public() == author).expect("the node holds the author's key");
	let vrf: [u8; 96] =
		pair.vrf_sign(&corex_primitives::seed::sign_data(slot)).encode().try_into().unwrap();
	UncheckedExtrinsic::new_bare(RuntimeCall::Seed(pallet_seed::Call::note_seed { vrf }))
}

fn aura_set() -> Vec<sr25519::Public> {
	pallet_aura::Authorities::<Runtime>::get().into_iter().map(Into::into).collect()
}

#[test]
fn a_session_key_rotation_does_not_halt_the_chain() {
	dev_ext().execute_with(|| {
		let old = sr25519::Pair::from_string("//Alice", None).unwrap();
		let mut new_aura = sr25519::Pair::from_string("//Alice//rotated", None).unwrap();
		let mut new_grandpa = ed25519::Pair::from_string("//Alice//rotated", None).unwrap();
		let keys = [old.clone(), new_aura.clone()];
		assert_eq!(aura_set(), vec![old.public()]);
		let period: u32 = SessionPeriod::get();

		// Block 1: Alice registers the new keys, with their proof of possession.
		let owner = Sr25519Keyring::Alice.to_account_id().encode();
		let proof = (
			new_aura.generate_proof_of_possession(&owner),
			new_grandpa.generate_proof_of_possession(&owner),
		)
			.encode();
		let session_keys =
			SessionKeys { aura: new_aura.public().into(), grandpa: new_grandpa.public().into() };
		let mut parent_set = aura_set();
		open_block();
		corex_runtime::Executive::apply_extrinsic(seed_inherent(1, &parent_set, &keys))
			.unwrap()
			.unwrap();
		let set_keys =
			RuntimeCall::Session(pallet_session::Call::set_keys { keys: session_keys, proof });
		corex_runtime::Executive::apply_extrinsic(signed(Sr25519Keyring::Alice, set_keys, 0))
			.unwrap()
			.unwrap();
		close_block();

		// Queued at the next session boundary, active from the one after: every block up to
		// two sessions later, and a few beyond, carries its author's seed.
		let mut changed_at = None;
		while System::block_number() < 2 * period + 5 {
			parent_set = aura_set();
			open_block();
			let number = System::block_number();
			let applied = corex_runtime::Executive::apply_extrinsic(seed_inherent(
				u64::from(number),
				&parent_set,
				&keys,
			))
			.unwrap();
			assert_eq!(applied, Ok(()), "block #{number}: the seed inherent was refused");
			if aura_set() != parent_set {
				changed_at.get_or_insert(number);
			}
			assert_eq!(
				pallet_seed::NotedAt::<Runtime>::get(),
				Some(number),
				"block #{number} carries its seed"
			);
			close_block();
		}
		let changed_at = changed_at.expect("the new keys took effect");
		assert_eq!(changed_at, 2 * period, "at the second session boundary");
		assert_eq!(aura_set(), vec![new_aura.public()]);
		assert_eq!(pallet_seed::PinnedSlotAuthor::<Runtime>::get(), None);
	});
}
