//! Runtime-level tests of the fixed supply: total issuance stays exactly 100,000,000 CXT across
//! blocks with fee-paying transactions, fees/tips/dust land in the mining pool, and the calls
//! that could mint or burn are refused. The blocks are driven through `Executive`, as the node
//! does, with real signed extrinsics.

#![allow(
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::indexing_slicing,
	clippy::arithmetic_side_effects
)]

mod common;

use codec::Encode;
use common::{close_block, dev_ext, ext_from_patch, open_block, signed};
use corex_runtime::{
	configs::NoIssuanceChange, genesis_config_presets as presets, mining_pool_account,
	node_staking_reward_pot, AccountId, Balance, Balances, BalancesCall, Executive, Runtime,
	RuntimeCall, RuntimeEvent, System, CXT, EXISTENTIAL_DEPOSIT, TOTAL_SUPPLY,
};
use frame_support::traits::{fungible::Inspect, Contains};
use sp_keyring::Sr25519Keyring;
use sp_runtime::MultiAddress;

fn issuance() -> Balance {
	<Balances as Inspect<AccountId>>::total_issuance()
}

fn free(who: &AccountId) -> Balance {
	Balances::free_balance(who)
}

/// (fee, tip) paid in this block by `who`, from `TransactionFeePaid` events.
fn fees_paid_by(who: &AccountId) -> Vec<(Balance, Balance)> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::TransactionPayment(
				pallet_transaction_payment::Event::TransactionFeePaid { who: w, actual_fee, tip },
			) if &w == who => Some((actual_fee, tip)),
			_ => None,
		})
		.collect()
}

fn transfer(to: &AccountId, value: Balance) -> RuntimeCall {
	RuntimeCall::Balances(BalancesCall::transfer_allow_death {
		dest: MultiAddress::Id(to.clone()),
		value,
	})
}

#[test]
fn every_preset_issues_exactly_the_total_supply() {
	for (name, patch) in [
		("development", presets::development_config_genesis()),
		("local_testnet", presets::local_config_genesis()),
		("testnet", presets::testnet_config_genesis()),
		("demo", presets::demo_config_genesis()),
	] {
		let mut ext = ext_from_patch(patch.unwrap_or_else(|e| panic!("{name}: {e}")));
		ext.execute_with(|| {
			assert_eq!(issuance(), TOTAL_SUPPLY, "{name}");
			assert_eq!(issuance(), 100_000_000 * 1_000_000_000_000, "{name}");
			presets::check_total_issuance().unwrap();
			// The pool holds everything the named accounts were not given (the demo's operators
			// hold part of theirs as bond and deposit).
			let named: Balance = frame_system::Account::<Runtime>::iter()
				.filter(|(who, _)| *who != mining_pool_account())
				.map(|(_, info)| info.data.free + info.data.reserved)
				.sum();
			assert_eq!(free(&mining_pool_account()), TOTAL_SUPPLY - named, "{name}");
		});
	}
}

#[test]
fn testnet_has_no_sudo_and_a_small_faucet() {
	let mut ext = ext_from_patch(presets::testnet_config_genesis().unwrap());
	ext.execute_with(|| {
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
		assert_eq!(
			frame_system::Account::<Runtime>::iter().filter(|(_, info)| info.data.free > 0).count(),
			3,
			"only the faucet, the pool and the node-staking reward pot hold CXT"
		);
		// The three validators' accounts exist for their session keys, holding nothing.
		let validators = pallet_governance::Validators::<Runtime>::get();
		assert_eq!(validators.len(), 3);
		assert_eq!(pallet_session::Validators::<Runtime>::get(), validators.into_inner());
		assert_eq!(frame_system::Account::<Runtime>::iter().count(), 6);
		assert_eq!(free(&node_staking_reward_pot()), EXISTENTIAL_DEPOSIT);
		assert_eq!(
			free(&mining_pool_account()),
			TOTAL_SUPPLY - presets::TESTNET_FAUCET_BALANCE - EXISTENTIAL_DEPOSIT
		);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 3);
	});
}

#[test]
fn genesis_refuses_allocations_above_the_supply() {
	let a = Sr25519Keyring::Alice.to_account_id();
	let b = Sr25519Keyring::Bob.to_account_id();
	let err = presets::split_supply(vec![(a.clone(), TOTAL_SUPPLY), (b.clone(), CXT)]).unwrap_err();
	assert_eq!(
		err,
		presets::GenesisError::AllocationsExceedSupply {
			allocated: TOTAL_SUPPLY + CXT + EXISTENTIAL_DEPOSIT
		}
	);
	// The existential deposit of the node-staking reward pot counts as allocated.
	assert_eq!(
		err.to_string(),
		"genesis allocations total 100000001.001 CXT, more than the fixed supply of 100000000 CXT; \
		 reduce them so the mining pool receives the rest"
	);
	// Exactly the whole supply leaves nothing for the pool: refused too.
	assert_eq!(
		presets::split_supply(vec![(a.clone(), TOTAL_SUPPLY - EXISTENTIAL_DEPOSIT)]).unwrap_err(),
		presets::GenesisError::PoolBelowExistentialDeposit { remainder: 0 }
	);
	assert_eq!(
		presets::split_supply(vec![(a.clone(), CXT), (a.clone(), CXT)]).unwrap_err(),
		presets::GenesisError::DuplicateAccount { account: a.clone() }
	);
	assert_eq!(
		presets::split_supply(vec![(mining_pool_account(), CXT)]).unwrap_err(),
		presets::GenesisError::PoolAccountNamed
	);
	assert_eq!(
		presets::split_supply(vec![(node_staking_reward_pot(), CXT)]).unwrap_err(),
		presets::GenesisError::PoolAccountNamed
	);
	let ok = presets::split_supply(vec![(a, CXT), (b, 2 * CXT)]).unwrap();
	assert_eq!(ok.iter().map(|(_, v)| v).sum::<Balance>(), TOTAL_SUPPLY);
	assert!(ok.contains(&(node_staking_reward_pot(), EXISTENTIAL_DEPOSIT)));
	assert_eq!(
		ok.last().unwrap(),
		&(mining_pool_account(), TOTAL_SUPPLY - 3 * CXT - EXISTENTIAL_DEPOSIT)
	);
}

#[test]
fn build_state_rejects_a_genesis_that_changes_the_supply() {
	// A hand-edited spec that gives Alice one extra CXT on top of the full supply.
	let mut patch = presets::development_config_genesis().unwrap();
	let balances = patch.pointer_mut("/balances/balances").unwrap().as_array_mut().unwrap();
	let alice = serde_json::to_value(Sr25519Keyring::Alice.to_account_id()).unwrap();
	let entry = balances.iter_mut().find(|entry| entry[0] == alice).unwrap();
	let given: Balance = entry[1].to_string().parse().unwrap();
	assert_eq!(given, presets::DEV_ACCOUNT_BALANCE);
	entry[1] = serde_json::to_value(given + CXT).unwrap();
	let mut ext = ext_from_patch(patch);
	ext.execute_with(|| {
		assert_eq!(issuance(), TOTAL_SUPPLY + CXT);
		let err = presets::check_total_issuance().unwrap_err();
		assert!(err.contains("must issue exactly 100000000 CXT"), "{err}");
		assert!(err.contains("issues 100000001 CXT"), "{err}");
	});
}

#[test]
fn issuance_is_constant_and_fees_and_tips_go_to_the_pool() {
	dev_ext().execute_with(|| {
		let pool = mining_pool_account();
		let alice = Sr25519Keyring::Alice.to_account_id();
		let fresh = AccountId::from([7u8; 32]);
		let mut collected: Balance = 0;
		for round in 1..=3u32 {
			open_block();
			let pool_before = free(&pool);
			let alice_before = free(&alice);
			let tip = Balance::from(round) * CXT / 100;
			let xt = signed(Sr25519Keyring::Alice, transfer(&fresh, 10 * CXT), tip);
			Executive::apply_extrinsic(xt).unwrap().unwrap();
			let paid = fees_paid_by(&alice);
			assert_eq!(paid.len(), 1);
			let (fee, tipped) = paid[0];
			assert_eq!(tipped, tip);
			assert!(fee > tip, "the fee includes the tip and a positive base");
			assert_eq!(free(&pool), pool_before + fee, "fee and tip land in the pool");
			assert_eq!(free(&alice), alice_before - fee - 10 * CXT);
			collected += fee;
			close_block();
			assert_eq!(issuance(), TOTAL_SUPPLY, "round {round}");
		}
		assert_eq!(free(&fresh), 30 * CXT);
		assert!(collected > 0);
		// The mining pool booked every fee as recycled at the end of its block, and its ledger
		// balances: pool balance + paid out − recycled == initial pool balance.
		let ledger = pallet_mining_pool::Ledger::<Runtime>::get();
		assert_eq!(ledger.recycled, collected);
		assert_eq!(free(&pool) + ledger.paid_out, ledger.initial + ledger.recycled);
	});
}

#[test]
fn dust_of_a_reaped_account_goes_to_the_pool() {
	dev_ext().execute_with(|| {
		let pool = mining_pool_account();
		let bob = Sr25519Keyring::Bob.to_account_id();
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		open_block();
		let start = free(&bob);
		let dust = EXISTENTIAL_DEPOSIT / 2;
		// The fee does not depend on the amount's value within the same encoded length.
		let probe = signed(Sr25519Keyring::Bob, transfer(&charlie, start / 2), 0);
		let len = probe.encoded_size() as u32;
		let fee = pallet_transaction_payment::Pallet::<Runtime>::query_info(probe, len).partial_fee;
		let amount = start - fee - dust;
		let xt = signed(Sr25519Keyring::Bob, transfer(&charlie, amount), 0);
		assert_eq!(xt.encoded_size() as u32, len);
		let pool_before = free(&pool);
		Executive::apply_extrinsic(xt).unwrap().unwrap();
		assert_eq!(fees_paid_by(&bob), vec![(fee, 0)]);
		assert!(!System::account_exists(&bob), "Bob was reaped");
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Balances(pallet_balances::Event::DustLost { ref account, amount })
				if *account == bob && amount == dust
		)));
		assert_eq!(free(&pool), pool_before + fee + dust, "fee and dust land in the pool");
		close_block();
		assert_eq!(issuance(), TOTAL_SUPPLY);
	});
}

#[test]
fn calls_that_change_issuance_are_refused() {
	let alice = Sr25519Keyring::Alice.to_account_id();
	let burn = RuntimeCall::Balances(BalancesCall::burn { value: CXT, keep_alive: true });
	let set = RuntimeCall::Balances(BalancesCall::force_set_balance {
		who: MultiAddress::Id(alice.clone()),
		new_free: 1,
	});
	let adjust = RuntimeCall::Balances(BalancesCall::force_adjust_total_issuance {
		direction: pallet_balances::AdjustmentDirection::Increase,
		delta: CXT,
	});
	let sudo =
		|call: RuntimeCall| RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
	// Raw storage writes could rewrite balances or the mining pool's ledger.
	let key = frame_system::Account::<Runtime>::hashed_key_for(mining_pool_account());
	let raw_writes = [
		RuntimeCall::System(frame_system::Call::set_storage { items: vec![(key.clone(), vec![])] }),
		RuntimeCall::System(frame_system::Call::kill_storage { keys: vec![key.clone()] }),
		RuntimeCall::System(frame_system::Call::kill_prefix { prefix: key, subkeys: 1 }),
	];
	// Root may schedule a call, which later dispatches as root past the filter; a root
	// referendum acts through `Governance::dispatch_as_root`. Both are looked into.
	let schedule = |call: RuntimeCall| {
		RuntimeCall::Scheduler(pallet_scheduler::Call::schedule_after {
			after: 1,
			maybe_periodic: None,
			priority: 0,
			call: Box::new(call),
		})
	};
	let as_root = |call: RuntimeCall| {
		RuntimeCall::Governance(pallet_governance::Call::dispatch_as_root { call: Box::new(call) })
	};
	for call in [burn.clone(), set.clone(), adjust.clone()].into_iter().chain(raw_writes) {
		assert!(!NoIssuanceChange::contains(&call));
		assert!(!NoIssuanceChange::contains(&sudo(call.clone())));
		assert!(!NoIssuanceChange::contains(&sudo(sudo(call.clone()))));
		assert!(!NoIssuanceChange::contains(&sudo(schedule(call.clone()))));
		assert!(!NoIssuanceChange::contains(&as_root(schedule(call.clone()))));
		assert!(!NoIssuanceChange::contains(&as_root(call)));
	}
	assert!(NoIssuanceChange::contains(&transfer(&alice, CXT)));
	assert!(NoIssuanceChange::contains(&sudo(transfer(&alice, CXT))));
	assert!(NoIssuanceChange::contains(&sudo(schedule(transfer(&alice, CXT)))));
	assert!(NoIssuanceChange::contains(&as_root(transfer(&alice, CXT))));

	// A passed root referendum cannot mint either: the wrapper refuses the call.
	dev_ext().execute_with(|| {
		let origin: corex_runtime::RuntimeOrigin = pallet_governance::Origin::RootReferendum.into();
		let result = corex_runtime::Governance::dispatch_as_root(origin, Box::new(set.clone()));
		assert_eq!(
			result.map_err(|e| e.error),
			Err(pallet_governance::Error::<Runtime>::CallFiltered.into())
		);
		assert_eq!(issuance(), TOTAL_SUPPLY);
	});

	dev_ext().execute_with(|| {
		open_block();
		for call in [burn, sudo(set), sudo(adjust)] {
			let alice_before = free(&alice);
			let xt = signed(Sr25519Keyring::Alice, call, 0);
			let result = Executive::apply_extrinsic(xt).unwrap();
			// The outer call is refused by the base filter, sudo or not.
			assert_eq!(result, Err(frame_system::Error::<Runtime>::CallFiltered.into()));
			let (fee, _) = *fees_paid_by(&alice).last().unwrap();
			assert_eq!(free(&alice), alice_before - fee, "only the fee was taken");
			assert_eq!(issuance(), TOTAL_SUPPLY);
		}
		close_block();
	});
}

#[test]
fn nobody_can_move_money_out_of_the_pool_or_the_reward_pot() {
	let alice = Sr25519Keyring::Alice.to_account_id();
	let sudo =
		|call: RuntimeCall| RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(call) });
	for protocol in [mining_pool_account(), node_staking_reward_pot()] {
		let drains = [
			RuntimeCall::Balances(BalancesCall::force_transfer {
				source: MultiAddress::Id(protocol.clone()),
				dest: MultiAddress::Id(alice.clone()),
				value: CXT,
			}),
			RuntimeCall::Vesting(pallet_vesting::Call::force_vested_transfer {
				source: MultiAddress::Id(protocol.clone()),
				target: MultiAddress::Id(alice.clone()),
				schedule: pallet_vesting::VestingInfo::new(CXT, CXT, 0),
			}),
			RuntimeCall::Sudo(pallet_sudo::Call::sudo_as {
				who: MultiAddress::Id(protocol.clone()),
				call: Box::new(RuntimeCall::Balances(BalancesCall::transfer_all {
					dest: MultiAddress::Id(alice.clone()),
					keep_alive: false,
				})),
			}),
		];
		for call in drains {
			assert!(!NoIssuanceChange::contains(&call), "{call:?}");
			assert!(!NoIssuanceChange::contains(&sudo(call)));
		}
	}
	// The same calls on ordinary accounts still pass the filter.
	let bob = Sr25519Keyring::Bob.to_account_id();
	assert!(NoIssuanceChange::contains(&RuntimeCall::Balances(BalancesCall::force_transfer {
		source: MultiAddress::Id(bob.clone()),
		dest: MultiAddress::Id(alice.clone()),
		value: CXT,
	})));
	assert!(NoIssuanceChange::contains(&RuntimeCall::Sudo(pallet_sudo::Call::sudo_as {
		who: MultiAddress::Id(bob),
		call: Box::new(transfer(&alice, CXT)),
	})));

	// Through a real block: sudo cannot take from the pool, and the pool keeps its balance.
	dev_ext().execute_with(|| {
		open_block();
		let pool = mining_pool_account();
		let before = free(&pool);
		let drain = sudo(RuntimeCall::Balances(BalancesCall::force_transfer {
			source: MultiAddress::Id(pool.clone()),
			dest: MultiAddress::Id(alice.clone()),
			value: CXT,
		}));
		let result = Executive::apply_extrinsic(signed(Sr25519Keyring::Alice, drain, 0)).unwrap();
		assert_eq!(result, Err(frame_system::Error::<Runtime>::CallFiltered.into()));
		let (fee, _) = *fees_paid_by(&alice).last().unwrap();
		assert_eq!(free(&pool), before + fee, "the pool only gained the fee");
		close_block();
		assert_eq!(issuance(), TOTAL_SUPPLY);
	});
}
