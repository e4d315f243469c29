//! The chain's randomness (`Seed`): every block author extends the seed with its VRF output over
//! its Aura slot; the computation queue and the proofs pallet draw from it.

use sp_consensus_aura::AURA_ENGINE_ID;

use super::super::Runtime;

impl pallet_seed::Config for Runtime {
	type SlotAuthor = AuraSlotAuthor;
	type WeightInfo = pallet_seed::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = AuraSlotAuthor;
}

/// The block's Aura slot (from its pre-runtime digest, so it is right from the start of the
/// block, before Aura's `on_initialize`) and the authority whose turn it is in the current set
/// (`slot mod authorities`). A session rotation changes the set in `on_initialize`: the runtime
/// pins the author before it (`Seed::pin_slot_author`, see `GovernedSessions`).
pub struct AuraSlotAuthor;
impl corex_primitives::SlotAuthor for AuraSlotAuthor {
	fn slot_author() -> Option<(u64, sp_core::sr25519::Public)> {
		let slot: u64 = *frame_system::Pallet::<Runtime>::digest().convert_first(|item| {
			item.pre_runtime_try_to::<sp_consensus_aura::Slot>(&AURA_ENGINE_ID)
		})?;
		let authorities = pallet_aura::Authorities::<Runtime>::get();
		let count = u64::try_from(authorities.len()).ok()?;
		let index = usize::try_from(slot.checked_rem(count)?).ok()?;
		let author = authorities.get(index)?;
		Some(author.clone().into()).map(|key: sp_core::sr25519::Public| (slot, key))
	}
}

/// Makes `key` the only Aura authority and `slot` the block's slot.
#[cfg(feature = "runtime-benchmarks")]
impl pallet_seed::BenchmarkHelper for AuraSlotAuthor {
	fn set_slot_author(slot: u64, key: sp_core::sr25519::Public) {
		use codec::Encode;
		let authorities = frame_support::BoundedVec::truncate_from(alloc::vec![key.into()]);
		pallet_aura::Authorities::<Runtime>::put(authorities);
		let slot = sp_consensus_aura::Slot::from(slot);
		pallet_aura::CurrentSlot::<Runtime>::put(slot);
		frame_system::Pallet::<Runtime>::deposit_log(sp_runtime::DigestItem::PreRuntime(
			AURA_ENGINE_ID,
			slot.encode(),
		));
	}
}
