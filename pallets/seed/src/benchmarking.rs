//! Benchmarks of the seed.

use crate::*;
use frame_benchmarking::v2::*;
use frame_system::RawOrigin;
use hex_literal::hex;

/// The development key //Alice (sr25519).
const ALICE: [u8; 32] = hex!("d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d");
/// Alice's VRF signature over slot 1 (made with
/// `sp_core::sr25519::Pair::vrf_sign(&corex_primitives::seed::sign_data(1))`).
const ALICE_SLOT_1_VRF: [u8; 96] = hex!("d23d2e3d9b8dd36d7869ab70bc1f0965f00cf89a9c28ffdf6e0681ede098e31e007187f8c1817508aececa1fab6d8b2686f339e1a8fe87b9edd69df039261806ca6a22f5a1309fea412a4b67911ba2fefa141925fef975c2767bf9a3cdaa6b04");

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn note_seed() {
		T::BenchmarkHelper::set_slot_author(1, sp_core::sr25519::Public::from_raw(ALICE));
		// The worst case: a session rotation pinned the author in this block (a read and a
		// removal instead of the authority set's reads).
		Pallet::<T>::pin_slot_author();
		let before = RandomSeed::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::None, ALICE_SLOT_1_VRF);
		assert_ne!(RandomSeed::<T>::get(), before);
		assert!(PinnedSlotAuthor::<T>::get().is_none());
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
