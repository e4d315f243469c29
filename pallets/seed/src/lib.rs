//! # Seed
//!
//! The chain's randomness, in one home. Every block carries one inherent, `note_seed`: the
//! block author's sr25519 VRF signature, with its Aura key, over its slot
//! ([`corex_primitives::seed::sign_data`]). The pallet checks it against the slot's author and
//! hashes the VRF output into the running seed. The author cannot choose its output (a second
//! signature over the same slot has the same output), cannot leave it out (the inherent is
//! required), and nobody else knows it before the block: so a draw made
//! [`corex_primitives::seed::DRAW_DELAY`] blocks after a choice uses an output that was unknown
//! when the choice was made.
//!
//! Other pallets read it through [`frame_support::traits::Randomness`]:
//! `random(subject)` is `blake2_256(seed ‖ subject)` (one value per subject and seed), and
//! `random_seed()` is the seed itself. Both return the block whose author last extended the
//! seed. The computation queue draws assignments, verifiers, panels and probes from it; the
//! proofs pallet draws replay samples.
//!
//! The seed changes in every block and its value is the storage item `RandomSeed`, so it emits
//! no event.
//!
//! ## Session rotations
//! The slot's author is chosen from the authority set of the parent block. A session rotation in
//! a block's `on_initialize` replaces that set before the inherent runs, so the runtime calls
//! [`Pallet::pin_slot_author`] just before a rotation: `note_seed` then checks the signature
//! against the pinned author (and removes the pin). Without it the first block of a session with
//! new keys could not carry its mandatory inherent, and the chain would halt.
//!
//! ## Invariants (`try_state`)
//! 1. A pinned slot author is never from a later block than the current one.
//! 2. The seed was last extended at or before the current block.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod migrations;
#[cfg(test)]
mod mock;
mod randomness;
#[cfg(test)]
mod tests;
pub mod weights;

pub use migrations::MoveFromComputations;
pub use weights::WeightInfo;

/// Sets up the benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper {
	/// Make `key` the author of the current block, at `slot`.
	fn set_slot_author(slot: u64, key: sp_core::sr25519::Public);
}

// FRAME's macro expansion uses `expect` internally. This module only declares; the logic lives in
// `randomness`, where the no-panic lints stay denied.
#[allow(clippy::expect_used)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use codec::Encode;
	use frame_support::{
		inherent::{InherentData, InherentIdentifier, MakeFatalError, ProvideInherent},
		pallet_prelude::*,
	};
	use frame_system::pallet_prelude::*;

	/// Version 1, the pallet's first: it took the seed over from the computation queue
	/// ([`crate::MoveFromComputations`], which runs on the old values, not on this version).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The current block's slot and author key, whose VRF output extends the seed.
		type SlotAuthor: corex_primitives::SlotAuthor;
		/// Weights of the calls.
		type WeightInfo: WeightInfo;
		/// Sets the slot author for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper;
	}

	/// The seed: a hash chain of every block author's VRF output over its slot.
	#[pallet::storage]
	pub type RandomSeed<T: Config> = StorageValue<_, [u8; 32], ValueQuery>;

	/// The last block whose author extended the seed (one contribution per block).
	#[pallet::storage]
	pub type NotedAt<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// `(block, slot, key)`: a block's slot author, pinned by `pin_slot_author` before a session
	/// rotation in that block changed the authority set the author was chosen from. `note_seed`
	/// checks the author's signature against it, and removes it.
	#[pallet::storage]
	pub type PinnedSlotAuthor<T: Config> =
		StorageValue<_, (BlockNumberFor<T>, u64, sp_core::sr25519::Public), OptionQuery>;

	#[pallet::error]
	pub enum Error<T> {
		/// The VRF signature is not the block author's over this slot.
		InvalidSeed,
		/// This block already has its seed contribution.
		SeedAlreadyNoted,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// The block author's contribution to the seed: its VRF signature (`VrfSignature`, 96
		/// bytes: the pre-output and the proof) over its slot. An inherent, put in every block
		/// by its author's node; nobody can send it as a transaction.
		///
		/// Origin: none (inherent).
		///
		/// Errors: `InvalidSeed` (not the author's VRF over its slot), `SeedAlreadyNoted`.
		#[pallet::call_index(0)]
		#[pallet::weight((T::WeightInfo::note_seed(), DispatchClass::Mandatory))]
		pub fn note_seed(origin: OriginFor<T>, vrf: [u8; 96]) -> DispatchResult {
			ensure_none(origin)?;
			let signature = sp_core::sr25519::vrf::VrfSignature::decode(&mut &vrf[..])
				.map_err(|_| Error::<T>::InvalidSeed)?;
			Self::do_note_seed(&signature)
		}
	}

	#[pallet::inherent]
	impl<T: Config> ProvideInherent for Pallet<T> {
		type Call = Call<T>;
		type Error = MakeFatalError<()>;
		const INHERENT_IDENTIFIER: InherentIdentifier = corex_primitives::seed::INHERENT_IDENTIFIER;

		fn create_inherent(data: &InherentData) -> Option<Self::Call> {
			let signature: sp_core::sr25519::vrf::VrfSignature =
				data.get_data(&Self::INHERENT_IDENTIFIER).ok().flatten()?;
			let vrf: [u8; 96] = signature.encode().try_into().ok()?;
			Some(Call::note_seed { vrf })
		}

		/// Every block carries its author's contribution: omitting it would let an author
		/// choose between two seeds.
		fn is_inherent_required(_: &InherentData) -> Result<Option<Self::Error>, Self::Error> {
			Ok(Some(MakeFatalError::from(())))
		}

		fn is_inherent(call: &Self::Call) -> bool {
			matches!(call, Call::note_seed { .. })
		}
	}
}
