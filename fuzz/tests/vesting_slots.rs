//! Vesting slots cannot be filled by others to grief a staker (issue 20, point 6).
//!
//! Half of every claimed reward vests through `pallet_vesting`, which keeps at most
//! `MAX_VESTING_SCHEDULES` (28) schedules per account. With `Vesting::vested_transfer` open to
//! anyone, an attacker could fill a staker's 28 slots with 1-CXT transfers, and every later
//! reward claim of that staker would fail. The runtime's base call filter refuses the call.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects)]

use corex_fuzz::primed_ext;
use corex_primitives::NodeRewards;
use corex_runtime::{Runtime, RuntimeCall, RuntimeOrigin, CXT};
use sp_keyring::Sr25519Keyring;
use sp_runtime::traits::Dispatchable;

type NodeStaking = pallet_node_staking::Pallet<Runtime>;
type Vesting = pallet_vesting::Pallet<Runtime>;

/// 1 CXT vesting over a year, from Ferdie to Bob.
fn dust() -> pallet_vesting::VestingInfo<u128, u32> {
	pallet_vesting::VestingInfo::new(CXT, CXT / 5_256_000, 1)
}

/// Credit node 0 (Bob's) a reward and let Bob claim it.
fn claim() -> sp_runtime::DispatchResult {
	let alice = Sr25519Keyring::Alice.to_account_id();
	NodeStaking::credit_reward(0, &alice, 100 * CXT)?;
	NodeStaking::claim_rewards(
		RuntimeOrigin::signed(Sr25519Keyring::Bob.to_account_id()),
		0,
		pallet_node_staking::RewardPayout::Liquid,
	)
}

#[test]
fn the_attack_works_where_the_filter_does_not_apply() {
	primed_ext().execute_with(|| {
		let ferdie = RuntimeOrigin::signed(Sr25519Keyring::Ferdie.to_account_id());
		let bob = Sr25519Keyring::Bob.to_account_id();
		// Called on the pallet directly, past the runtime's call filter: 28 dust schedules.
		for _ in 0..<Runtime as pallet_vesting::Config>::MAX_VESTING_SCHEDULES {
			Vesting::vested_transfer(ferdie.clone(), bob.clone().into(), dust()).unwrap();
		}
		let refused = claim().unwrap_err();
		assert_eq!(refused, pallet_vesting::Error::<Runtime>::AtMaxVestingSchedules.into());
	});
}

#[test]
fn the_runtime_refuses_vested_transfers_so_claims_go_through() {
	primed_ext().execute_with(|| {
		let ferdie = RuntimeOrigin::signed(Sr25519Keyring::Ferdie.to_account_id());
		let bob = Sr25519Keyring::Bob.to_account_id();
		let call = RuntimeCall::Vesting(pallet_vesting::Call::vested_transfer {
			target: bob.clone().into(),
			schedule: dust(),
		});
		let refused = call.dispatch(ferdie).unwrap_err().error;
		assert_eq!(refused, frame_system::Error::<Runtime>::CallFiltered.into());
		assert!(pallet_vesting::Vesting::<Runtime>::get(&bob).is_none());
		// Bob's claims vest as they should, claim after claim.
		for _ in 0..3 {
			claim().unwrap();
		}
		assert_eq!(pallet_vesting::Vesting::<Runtime>::get(&bob).unwrap().len(), 3);
	});
}
