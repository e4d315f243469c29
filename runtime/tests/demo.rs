//! The `demo` preset (`scripts/start.sh`): three compute nodes that work from the first block.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use common::ext_from_patch;
use corex_primitives::{DeviceClass, NodeStatus};
use corex_runtime::{genesis_config_presets as presets, Balances, Runtime};
use sp_core::{sr25519, Pair};

#[test]
fn the_demo_worker_keys_are_those_of_their_seeds() {
	for (operator, key, seed) in presets::DEMO_COMPUTE_NODES {
		let pair = sr25519::Pair::from_string(seed, None).unwrap();
		assert_eq!(pair.public().0, key, "{operator:?}'s worker key is {seed}");
	}
}

#[test]
fn the_demo_chain_starts_with_three_active_offered_compute_nodes() {
	let mut ext = ext_from_patch(presets::demo_config_genesis().unwrap());
	ext.execute_with(|| {
		assert_eq!(pallet_computations::OfferedCount::<Runtime>::get(), 3);
		for (id, (operator, key, _)) in presets::DEMO_COMPUTE_NODES.iter().enumerate() {
			let view = pallet_node_staking::Pallet::<Runtime>::node_view(id as u32).unwrap();
			assert_eq!(view.operator, operator.to_account_id());
			assert_eq!(view.worker_key, sr25519::Public::from_raw(*key).into());
			assert_eq!(view.device_class, DeviceClass::Gpu);
			assert_eq!(view.status, NodeStatus::Active, "counted from epoch 0");
			assert_eq!(view.self_bond, presets::DEMO_SELF_BOND);
			assert_eq!(
				pallet_computations::OfferedNodes::<Runtime>::get(id as u32),
				Some(id as u32)
			);
			// The worker key pays its own fees.
			assert_eq!(
				Balances::free_balance(sp_runtime::AccountId32::from(*key)),
				presets::DEMO_WORKER_BALANCE
			);
		}
		#[cfg(feature = "try-runtime")]
		{
			use frame_support::traits::TryState;
			<corex_runtime::AllPalletsWithSystem as TryState<u32>>::try_state(
				0,
				frame_support::traits::TryStateSelect::All,
			)
			.unwrap();
		}
	});
}
