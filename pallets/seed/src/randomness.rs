//! Extending the seed with the block author's VRF output, and reading it as
//! [`Randomness`].

use crate::*;
use codec::Encode;
use frame_support::{dispatch::DispatchResult, ensure, traits::Randomness};
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
	/// Pins the current block's slot author, as `T::SlotAuthor` reports it now, for `note_seed`
	/// later in the block. The runtime calls it before a session rotation changes the authority
	/// set (in `on_initialize`, before the inherent): the author was chosen from the set of the
	/// parent block, and its node signed with that set's key.
	pub fn pin_slot_author() {
		if let Some((slot, key)) = <T::SlotAuthor as corex_primitives::SlotAuthor>::slot_author() {
			PinnedSlotAuthor::<T>::put((frame_system::Pallet::<T>::block_number(), slot, key));
		}
	}

	/// Mix the block author's VRF output over its slot into the seed.
	pub(crate) fn do_note_seed(signature: &sp_core::sr25519::vrf::VrfSignature) -> DispatchResult {
		use sp_core::crypto::VrfPublic;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(NotedAt::<T>::get() != Some(now), Error::<T>::SeedAlreadyNoted);
		let pinned = PinnedSlotAuthor::<T>::get();
		if pinned.is_some() {
			PinnedSlotAuthor::<T>::kill();
		}
		let (slot, author) = match pinned {
			Some((at, slot, key)) if at == now => Some((slot, key)),
			_ => <T::SlotAuthor as corex_primitives::SlotAuthor>::slot_author(),
		}
		.ok_or(Error::<T>::InvalidSeed)?;
		ensure!(
			author.vrf_verify(&corex_primitives::seed::sign_data(slot), signature),
			Error::<T>::InvalidSeed
		);
		let output: [u8; 32] = author
			.make_bytes(
				corex_primitives::seed::OUTPUT_CONTEXT,
				&corex_primitives::seed::transcript(slot),
				&signature.pre_output,
			)
			.map_err(|_| Error::<T>::InvalidSeed)?;
		let seed = RandomSeed::<T>::get();
		RandomSeed::<T>::put(sp_io::hashing::blake2_256(&(seed, output).encode()));
		NotedAt::<T>::put(now);
		Ok(())
	}

	/// The block the seed was last extended in (the current block before the first
	/// contribution).
	fn last_noted() -> BlockNumberFor<T> {
		NotedAt::<T>::get().unwrap_or_else(frame_system::Pallet::<T>::block_number)
	}

	#[cfg(any(feature = "try-runtime", test))]
	pub(crate) fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		// 1. A pinned slot author is never from a later block.
		if let Some((at, ..)) = PinnedSlotAuthor::<T>::get() {
			ensure!(at <= now, "slot author pinned ahead");
		}
		// 2. The seed was last extended at or before the current block.
		if let Some(at) = NotedAt::<T>::get() {
			ensure!(at <= now, "seed noted ahead");
		}
		Ok(())
	}
}

/// `random(subject)` is `blake2_256(seed ‖ subject)`, with `subject`'s bytes as they are (no
/// length prefix); `random_seed()` is the seed itself. Both return the block whose author last
/// extended the seed.
impl<T: Config> Randomness<[u8; 32], BlockNumberFor<T>> for Pallet<T> {
	fn random(subject: &[u8]) -> ([u8; 32], BlockNumberFor<T>) {
		let mut input = alloc::vec::Vec::from(RandomSeed::<T>::get());
		input.extend_from_slice(subject);
		(sp_io::hashing::blake2_256(&input), Self::last_noted())
	}

	fn random_seed() -> ([u8; 32], BlockNumberFor<T>) {
		(RandomSeed::<T>::get(), Self::last_noted())
	}
}
