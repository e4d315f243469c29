//! A mock runtime for the seed tests: the system pallet and this one, with the slot author set
//! by the tests.

use crate::{self as pallet_seed};
use frame_support::{derive_impl, traits::Hooks};
use sp_runtime::BuildStorage;
use std::cell::RefCell;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Seed: pallet_seed,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

thread_local! {
	static SLOT_AUTHOR: RefCell<Option<(u64, sp_core::sr25519::Public)>> = const { RefCell::new(None) };
}

/// Make `(slot, key)` the current block's slot and author.
pub fn set_slot_author(slot: u64, key: sp_core::sr25519::Public) {
	SLOT_AUTHOR.with(|s| *s.borrow_mut() = Some((slot, key)));
}

pub struct MockSlotAuthor;
impl corex_primitives::SlotAuthor for MockSlotAuthor {
	fn slot_author() -> Option<(u64, sp_core::sr25519::Public)> {
		SLOT_AUTHOR.with(|s| *s.borrow())
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper for MockSlotAuthor {
	fn set_slot_author(slot: u64, key: sp_core::sr25519::Public) {
		set_slot_author(slot, key)
	}
}

impl pallet_seed::Config for Test {
	type SlotAuthor = MockSlotAuthor;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockSlotAuthor;
}

impl corex_test_utils::MockChain for Test {
	fn reset() {
		SLOT_AUTHOR.with(|s| *s.borrow_mut() = None);
	}

	fn genesis(_nodes: u32, storage: &mut sp_runtime::Storage) {
		RuntimeGenesisConfig::default().assimilate_storage(storage).unwrap();
	}

	fn invariants() -> Result<(), sp_runtime::TryRuntimeError> {
		Seed::do_try_state()
	}
}

/// The seed's test chain: genesis, block 1, no slot author.
pub type ExtBuilder = corex_test_utils::ExtBuilder<Test>;

/// Move to block `n`.
pub fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		<Seed as Hooks<u64>>::on_initialize(next);
	}
}

/// The sr25519 key of a development seed (`//Alice`, …).
pub fn dev_key(seed: &str) -> sp_core::sr25519::Pair {
	use sp_core::Pair;
	sp_core::sr25519::Pair::from_string(seed, None).unwrap()
}

/// `key`'s VRF signature over `slot`, as the call carries it.
pub fn vrf_of(key: &sp_core::sr25519::Pair, slot: u64) -> [u8; 96] {
	use codec::Encode;
	use sp_core::crypto::VrfSecret;
	key.vrf_sign(&corex_primitives::seed::sign_data(slot)).encode().try_into().unwrap()
}
