//! Unit tests of the node-staking pallet. Every test runs the pallet's `try_state` invariants at
//! the end (`ExtBuilder::build_and_execute`).

use crate::{mock::*, Error, Event, *};
use corex_primitives::{
	DeviceClass, EpochIndex, MissOutcome, NodeInfo, NodeReputation, NodeRewards, NodeSlashing,
	NodeStatus, SlashOutcome, SlashReason, DEFAULT_REPUTATION,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect, InspectHold, Mutate},
		VestingSchedule,
	},
};
use sp_runtime::{Perbill, TokenError};

fn held(reason: HoldReason, who: AccountId) -> Balance {
	Balances::balance_on_hold(&reason.into(), &who)
}

fn free(who: AccountId) -> Balance {
	Balances::balance(&who)
}

/// Register a GPU node with `capacity` CU for `operator` with worker key `key`.
fn register(operator: AccountId, key: u64, capacity: u64) -> NodeId {
	let id = NextNodeId::<Test>::get();
	assert_ok!(NodeStaking::register_node(
		RuntimeOrigin::signed(operator),
		key,
		DeviceClass::Gpu,
		capacity,
		b"rack 7".to_vec()
	));
	id
}

/// Register and self-bond a node, then move to the next epoch so the bond counts.
fn active_node(operator: AccountId, key: u64, capacity: u64, bond: Balance) -> NodeId {
	let id = register(operator, key, capacity);
	assert_ok!(NodeStaking::bond(RuntimeOrigin::signed(operator), id, bond));
	roll_to_epoch(NodeStaking::current_epoch() + 1);
	id
}

fn view(id: NodeId) -> NodeView<AccountId, u64, Balance> {
	NodeStaking::node_view(id).expect("node exists")
}

#[test]
fn epochs_advance_in_on_initialize() {
	ExtBuilder::default().build_and_execute(|| {
		assert_eq!(NodeStaking::current_epoch(), 0);
		roll_to_block(EPOCH - 1);
		assert_eq!(NodeStaking::current_epoch(), 0);
		roll_to_block(EPOCH);
		assert_eq!(NodeStaking::current_epoch(), 1);
		System::assert_last_event(Event::EpochStarted { epoch: 1, start: EPOCH }.into());
		assert_eq!(NodeStaking::epoch_length(), EPOCH);
		// A new length applies from the next transition.
		EpochLength::set(&3);
		assert_eq!(NodeStaking::epoch_length(), 3);
		roll_to_block(EPOCH + 3);
		assert_eq!(CurrentEpoch::<Test>::get(), EpochInfo { index: 2, start: EPOCH + 3 });
		// A zero length (out of the governed range) counts as one block.
		EpochLength::set(&0);
		assert_eq!(NodeStaking::epoch_length(), 1);
	});
}

#[test]
fn register_node_holds_deposit_and_emits() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register(ALICE, 11, 500);
		let deposit = DEPOSIT_BASE + DEPOSIT_PER_BYTE * 6;
		System::assert_last_event(
			Event::NodeRegistered {
				node: id,
				operator: ALICE,
				worker_key: 11,
				device_class: DeviceClass::Gpu,
				capacity: 500,
				deposit,
			}
			.into(),
		);
		assert_eq!(held(HoldReason::NodeDeposit, ALICE), deposit);
		assert_eq!(view(id).status, NodeStatus::Registered);
		assert_eq!(view(id).reputation, DEFAULT_REPUTATION);
		assert_eq!(NodeStaking::node_of_worker(&11), Some(id));
		assert_eq!(OperatorNodes::<Test>::get(ALICE), 1);
	});
}

#[test]
fn register_node_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		assert_noop!(
			NodeStaking::register_node(signed(ALICE), 11, DeviceClass::Cpu, 0, vec![]),
			Error::<Test>::ZeroCapacity
		);
		assert_noop!(
			NodeStaking::register_node(signed(ALICE), 11, DeviceClass::Cpu, 5, vec![0; 17]),
			Error::<Test>::MetadataTooLong
		);
		register(ALICE, 11, 5);
		assert_noop!(
			NodeStaking::register_node(signed(BOB), 11, DeviceClass::Cpu, 5, vec![]),
			Error::<Test>::WorkerKeyInUse
		);
		register(ALICE, 12, 5);
		assert_noop!(
			NodeStaking::register_node(signed(ALICE), 13, DeviceClass::Cpu, 5, vec![]),
			Error::<Test>::TooManyNodes
		);
		// An account without funds for the deposit.
		assert_noop!(
			NodeStaking::register_node(signed(42), 14, DeviceClass::Cpu, 5, vec![]),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn bond_activates_node_from_next_epoch() {
	ExtBuilder::default().build_and_execute(|| {
		let id = register(ALICE, 11, 500);
		assert_ok!(NodeStaking::bond(RuntimeOrigin::signed(ALICE), id, 2_000));
		System::assert_last_event(
			Event::Bonded { node: id, operator: ALICE, amount: 2_000, effective_epoch: 1 }.into(),
		);
		assert_eq!(held(HoldReason::SelfBond, ALICE), 2_000);
		assert_eq!(view(id).status, NodeStatus::Registered);
		assert_eq!(NodeStaking::active_capacity(id), 0);
		assert_eq!(view(id).pending, 2_000);
		roll_to_epoch(1);
		assert_eq!(view(id).status, NodeStatus::Active);
		assert!(NodeStaking::is_active(id));
		// 2_000 stake / 10 per CU = 200 CU, below the declared 500.
		assert_eq!(NodeStaking::active_capacity(id), 200);
		assert_eq!(NodeStaking::counted_stake(id), 2_000);
		// More stake: capacity capped by the declared capacity.
		assert_ok!(NodeStaking::bond_extra(RuntimeOrigin::signed(ALICE), id, 10_000));
		assert_eq!(NodeStaking::active_capacity(id), 200);
		roll_to_epoch(2);
		assert_eq!(NodeStaking::active_capacity(id), 500);
		// Stake per CU of zero: stake does not limit capacity.
		StakePerCu::set(&0);
		assert_eq!(NodeStaking::active_capacity(id), 500);
	});
}

#[test]
fn bond_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = register(ALICE, 11, 500);
		assert_noop!(NodeStaking::bond(signed(ALICE), 9, 2_000), Error::<Test>::NodeNotFound);
		assert_noop!(NodeStaking::bond(signed(BOB), id, 2_000), Error::<Test>::NotOperator);
		assert_noop!(
			NodeStaking::bond(signed(ALICE), id, MIN_SELF_BOND - 1),
			Error::<Test>::BelowMinSelfBond
		);
		assert_noop!(NodeStaking::bond_extra(signed(ALICE), id, 10), Error::<Test>::NoPosition);
		assert_noop!(
			NodeStaking::bond(signed(ALICE), id, INITIAL * 2),
			TokenError::FundsUnavailable
		);
		assert_ok!(NodeStaking::bond(signed(ALICE), id, 2_000));
		assert_noop!(NodeStaking::bond(signed(ALICE), id, 2_000), Error::<Test>::AlreadyBonded);
		assert_noop!(NodeStaking::bond_extra(signed(ALICE), id, 0), Error::<Test>::ZeroAmount);
		assert_ok!(NodeStaking::announce_exit(signed(ALICE), id));
		assert_noop!(NodeStaking::bond_extra(signed(ALICE), id, 10), Error::<Test>::NodeExiting);
	});
}

#[test]
fn amounts_near_u128_max_fail_cleanly() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = register(WHALE, 77, 500);
		// u128::MAX / 2 × 100 % overflows the reward weight: refused, nothing held.
		assert_noop!(
			NodeStaking::bond(signed(WHALE), id, u128::MAX / 2 - ED - 1_000),
			Error::<Test>::Overflow
		);
		// The largest bond with a representable weight works.
		let max_bond = u128::MAX / 100;
		assert_ok!(NodeStaking::bond(signed(WHALE), id, max_bond));
		assert_noop!(NodeStaking::bond_extra(signed(WHALE), id, max_bond), Error::<Test>::Overflow);
		roll_to_epoch(1);
		assert_eq!(NodeStaking::active_capacity(id), 500);
		// A reward near u128::MAX cannot be credited (the source does not have it).
		assert!(NodeStaking::credit_reward(id, &POOL, u128::MAX).is_err());
		assert_ok!(NodeStaking::credit_reward(id, &POOL, 1_000));
		// Slashing a huge stake works; with no destination named it goes to the pool.
		let pool_before = free(POOL);
		let outcome =
			NodeStaking::slash(id, Perbill::from_percent(1), SlashReason::InvalidProof, None)
				.unwrap();
		assert_eq!(outcome.self_bond, Perbill::from_percent(1).mul_floor(max_bond));
		assert_eq!(free(POOL), pool_before + outcome.total());
	});
}

#[test]
fn unbond_and_withdraw_after_the_period() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 500, 3_000);
		let before = free(ALICE);
		assert_ok!(NodeStaking::unbond(signed(ALICE), id, 1_000));
		System::assert_last_event(
			Event::Unbonded { node: id, who: ALICE, amount: 1_000, unlock_epoch: 3 }.into(),
		);
		// Still held, no longer counted.
		assert_eq!(held(HoldReason::SelfBond, ALICE), 3_000);
		assert_eq!(NodeStaking::counted_stake(id), 2_000);
		assert_noop!(
			NodeStaking::withdraw_unbonded(signed(ALICE), id),
			Error::<Test>::NothingToWithdraw
		);
		roll_to_epoch(2);
		assert_noop!(
			NodeStaking::withdraw_unbonded(signed(ALICE), id),
			Error::<Test>::NothingToWithdraw
		);
		roll_to_epoch(3);
		assert_ok!(NodeStaking::withdraw_unbonded(signed(ALICE), id));
		System::assert_last_event(Event::Withdrawn { node: id, who: ALICE, amount: 1_000 }.into());
		assert_eq!(held(HoldReason::SelfBond, ALICE), 2_000);
		assert_eq!(free(ALICE), before + 1_000);
	});
}

#[test]
fn shorter_epochs_never_shorten_an_unbonding_already_running() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 500, 3_000);
		let start = System::block_number();
		assert_ok!(NodeStaking::unbond(signed(ALICE), id, 1_000));
		// Governance cuts epochs from 10 blocks to 2: the two unbonding epochs pass in 4 blocks,
		// but the chunk waits the 20 blocks it was promised.
		EpochLength::set(&2);
		roll_to_epoch(NodeStaking::current_epoch() + 2);
		assert!(System::block_number() < start + 2 * EPOCH);
		assert_noop!(
			NodeStaking::withdraw_unbonded(signed(ALICE), id),
			Error::<Test>::NothingToWithdraw
		);
		System::set_block_number(start + 2 * EPOCH - 1);
		assert_noop!(
			NodeStaking::withdraw_unbonded(signed(ALICE), id),
			Error::<Test>::NothingToWithdraw
		);
		System::set_block_number(start + 2 * EPOCH);
		assert_ok!(NodeStaking::withdraw_unbonded(signed(ALICE), id));
		System::assert_last_event(Event::Withdrawn { node: id, who: ALICE, amount: 1_000 }.into());
	});
}

#[test]
fn unbond_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 500, 3_000);
		assert_noop!(NodeStaking::unbond(signed(BOB), id, 10), Error::<Test>::NoPosition);
		assert_noop!(NodeStaking::unbond(signed(ALICE), id, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			NodeStaking::unbond(signed(ALICE), id, 3_001),
			Error::<Test>::InsufficientStake
		);
		assert_noop!(
			NodeStaking::unbond(signed(ALICE), id, 2_001),
			Error::<Test>::BelowMinSelfBond
		);
		assert_noop!(NodeStaking::withdraw_unbonded(signed(BOB), id), Error::<Test>::NoPosition);
		// Three chunks fit (one per epoch); a fourth in a new epoch does not.
		for epoch in 1..=3 {
			assert_ok!(NodeStaking::unbond(signed(ALICE), id, 100));
			// Same epoch: merged into the same chunk.
			assert_ok!(NodeStaking::unbond(signed(ALICE), id, 100));
			roll_to_epoch(epoch + 1);
			// Withdrawing would free chunks; this test wants them full, so skip withdraws.
		}
		assert_eq!(Positions::<Test>::get(id, ALICE).unwrap().unbonding.len(), 3);
		// Epoch 4: the chunk from epoch 1 unlocked at 3, but the list is full until withdrawn.
		assert_noop!(
			NodeStaking::unbond(signed(ALICE), id, 100),
			Error::<Test>::TooManyUnbondingChunks
		);
		assert_ok!(NodeStaking::withdraw_unbonded(signed(ALICE), id));
		assert_ok!(NodeStaking::unbond(signed(ALICE), id, 100));
	});
}

#[test]
fn delegate_counts_from_next_epoch_with_lock() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 10_000, 2_000);
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 5_000, 2));
		System::assert_last_event(
			Event::Delegated {
				delegator: CAROL,
				node: id,
				amount: 5_000,
				lock: 2,
				locked_until: System::block_number() + 90,
				effective_epoch: 2,
			}
			.into(),
		);
		assert_eq!(held(HoldReason::Delegation, CAROL), 5_000);
		assert_eq!(NodeStaking::counted_stake(id), 2_000);
		assert_eq!(NodeStaking::active_capacity(id), 200);
		roll_to_epoch(2);
		assert_eq!(NodeStaking::counted_stake(id), 7_000);
		assert_eq!(NodeStaking::active_capacity(id), 700);
		assert_eq!(DelegationCount::<Test>::get(CAROL), 1);
		// Top-up with the same lock restarts it.
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 100, 2));
		assert_eq!(
			Positions::<Test>::get(id, CAROL).unwrap().locked_until,
			System::block_number() + 90
		);
	});
}

#[test]
fn delegate_errors() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 10_000, 2_000);
		assert_noop!(NodeStaking::delegate(signed(CAROL), 9, 500, 0), Error::<Test>::NodeNotFound);
		assert_noop!(
			NodeStaking::delegate(signed(ALICE), id, 500, 0),
			Error::<Test>::OperatorCannotDelegate
		);
		assert_noop!(NodeStaking::delegate(signed(CAROL), id, 500, 4), Error::<Test>::InvalidLock);
		assert_noop!(NodeStaking::delegate(signed(CAROL), id, 0, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			NodeStaking::delegate(signed(CAROL), id, MIN_DELEGATION - 1, 0),
			Error::<Test>::BelowMinDelegation
		);
		assert_noop!(
			NodeStaking::delegate(signed(CAROL), id, INITIAL * 2, 0),
			TokenError::FundsUnavailable
		);
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 500, 1));
		assert_noop!(NodeStaking::delegate(signed(CAROL), id, 500, 2), Error::<Test>::LockMismatch);
		// Fill the node: four delegations.
		for who in [DAVE, EVE, FERDIE] {
			assert_ok!(NodeStaking::delegate(signed(who), id, 500, 0));
		}
		assert_noop!(
			NodeStaking::delegate(signed(BOB), id, 500, 0),
			Error::<Test>::NodeDelegationsFull
		);
		// Fill a delegator: three delegations.
		let second = active_node(BOB, 12, 10_000, 2_000);
		let third = register(BOB, 13, 100);
		assert_ok!(NodeStaking::delegate(signed(CAROL), second, 500, 0));
		assert_ok!(NodeStaking::delegate(signed(CAROL), third, 500, 0));
		let fourth = register(EVE, 14, 100);
		assert_noop!(
			NodeStaking::delegate(signed(CAROL), fourth, 500, 0),
			Error::<Test>::TooManyDelegations
		);
		assert_ok!(NodeStaking::announce_exit(signed(EVE), fourth));
		assert_noop!(
			NodeStaking::delegate(signed(DAVE), fourth, 500, 0),
			Error::<Test>::NodeExiting
		);
	});
}

#[test]
fn undelegate_only_after_lock() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 10_000, 2_000);
		let start = System::block_number();
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 1_000, 1));
		assert_noop!(
			NodeStaking::undelegate(signed(CAROL), id, 100),
			Error::<Test>::LockNotExpired
		);
		roll_to_block(start + 30);
		assert_noop!(NodeStaking::undelegate(signed(CAROL), id, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			NodeStaking::undelegate(signed(CAROL), id, 1_001),
			Error::<Test>::InsufficientStake
		);
		assert_noop!(
			NodeStaking::undelegate(signed(CAROL), id, 901),
			Error::<Test>::BelowMinDelegation
		);
		assert_noop!(NodeStaking::undelegate(signed(DAVE), id, 100), Error::<Test>::NoPosition);
		let epoch = NodeStaking::current_epoch();
		assert_ok!(NodeStaking::undelegate(signed(CAROL), id, 1_000));
		System::assert_last_event(
			Event::Unbonded { node: id, who: CAROL, amount: 1_000, unlock_epoch: epoch + 2 }.into(),
		);
		roll_to_epoch(epoch + 2);
		assert_ok!(NodeStaking::withdraw_unbonded(signed(CAROL), id));
		assert_eq!(held(HoldReason::Delegation, CAROL), 0);
		assert_eq!(free(CAROL), INITIAL);
		// The emptied delegation is gone and no longer counted.
		assert!(Positions::<Test>::get(id, CAROL).is_none());
		assert_eq!(DelegationCount::<Test>::get(CAROL), 0);
	});
}

#[test]
fn redelegate_keeps_lock_and_is_rate_limited() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let a = active_node(ALICE, 11, 10_000, 2_000);
		let b = active_node(BOB, 12, 10_000, 2_000);
		assert_ok!(NodeStaking::delegate(signed(CAROL), a, 1_000, 3));
		let locked_until = Positions::<Test>::get(a, CAROL).unwrap().locked_until;
		roll_to_epoch(3);
		assert_noop!(NodeStaking::redelegate(signed(CAROL), a, a, 100), Error::<Test>::SameNode);
		assert_noop!(NodeStaking::redelegate(signed(CAROL), a, b, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			NodeStaking::redelegate(signed(CAROL), a, b, 2_000),
			Error::<Test>::InsufficientStake
		);
		assert_noop!(
			NodeStaking::redelegate(signed(CAROL), a, b, 950),
			Error::<Test>::BelowMinDelegation
		);
		assert_noop!(NodeStaking::redelegate(signed(BOB), a, b, 100), Error::<Test>::NoPosition);
		// A new delegation on the target must reach the minimum too.
		assert_noop!(
			NodeStaking::redelegate(signed(CAROL), a, b, MIN_DELEGATION - 1),
			Error::<Test>::BelowMinDelegation
		);
		assert_ok!(NodeStaking::redelegate(signed(CAROL), a, b, 400));
		System::assert_last_event(
			Event::Redelegated {
				delegator: CAROL,
				from: a,
				to: b,
				amount: 400,
				effective_epoch: 4,
			}
			.into(),
		);
		// No unbonding: still held, moved at once from a, counted on b next epoch.
		assert_eq!(held(HoldReason::Delegation, CAROL), 1_000);
		assert_eq!(NodeStaking::counted_stake(a), 2_600);
		assert_eq!(NodeStaking::counted_stake(b), 2_000);
		let moved = Positions::<Test>::get(b, CAROL).unwrap();
		assert_eq!(
			(moved.lock_index, moved.multiplier_percent, moved.locked_until),
			(3, 200, locked_until)
		);
		assert_eq!(DelegationCount::<Test>::get(CAROL), 2);
		// Rate limit: once per two epochs per delegation.
		assert_noop!(
			NodeStaking::redelegate(signed(CAROL), a, b, 100),
			Error::<Test>::RedelegationTooSoon
		);
		roll_to_epoch(5);
		assert_eq!(NodeStaking::counted_stake(b), 2_400);
		assert_ok!(NodeStaking::redelegate(signed(CAROL), a, b, 600));
		// The emptied delegation on a is removed.
		assert!(Positions::<Test>::get(a, CAROL).is_none());
		assert_eq!(DelegationCount::<Test>::get(CAROL), 1);
		// A different lock on the target is refused.
		assert_ok!(NodeStaking::delegate(signed(DAVE), a, 500, 0));
		assert_ok!(NodeStaking::delegate(signed(DAVE), b, 500, 1));
		assert_noop!(NodeStaking::redelegate(signed(DAVE), a, b, 500), Error::<Test>::LockMismatch);
	});
}

#[test]
fn redelegating_does_not_escape_a_slash() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let a = active_node(ALICE, 11, 10_000, 2_000);
		let b = active_node(BOB, 12, 10_000, 2_000);
		assert_ok!(NodeStaking::delegate(signed(CAROL), a, 1_000, 0));
		roll_to_epoch(3);
		// Node a commits a fault; before the verdict, Carol moves all her stake to b. Before
		// the fix a slash of a then took nothing of it.
		assert_ok!(NodeStaking::redelegate(signed(CAROL), a, b, 1_000));
		assert!(Positions::<Test>::get(a, CAROL).is_none());
		assert_eq!(
			MovedStake::<Test>::get(a, CAROL).to_vec(),
			vec![Move { to: b, amount: 1_000, epoch: 3 }]
		);
		assert_eq!(MovedCount::<Test>::get(a), 1);
		let outcome = NodeStaking::slash(
			a,
			Perbill::from_percent(10),
			SlashReason::WrongResult,
			Some(&FERDIE),
		)
		.unwrap();
		// The moved stake pays its share where it went: 10 % of 1,000, from Carol on b.
		assert_eq!(outcome.redelegated, 100);
		assert_eq!(outcome.self_bond, 200);
		assert_eq!(outcome.total(), 300);
		System::assert_last_event(
			Event::NodeSlashed {
				node: a,
				reason: SlashReason::WrongResult,
				fraction: Perbill::from_percent(10),
				self_bond: 200,
				delegations: 0,
				unbonding: 0,
				redelegated: 100,
				destination: FERDIE,
			}
			.into(),
		);
		assert_eq!(held(HoldReason::Delegation, CAROL), 900);
		assert_eq!(Positions::<Test>::get(b, CAROL).unwrap().pending, 900);
		// What is still answerable shrank with the slash.
		assert_eq!(MovedStake::<Test>::get(a, CAROL)[0].amount, 900);
		// b's own stake and b's slash record are untouched.
		assert_eq!(NodeStaking::counted_stake(b), 2_000);
		// Unbonding on b does not escape either: the next slash of a takes it from the chunk.
		roll_to_epoch(4);
		assert_ok!(NodeStaking::undelegate(signed(CAROL), b, 900));
		let outcome = NodeStaking::slash(
			a,
			Perbill::from_percent(10),
			SlashReason::WrongResult,
			Some(&FERDIE),
		)
		.unwrap();
		assert_eq!(outcome.redelegated, 90);
		assert_eq!(held(HoldReason::Delegation, CAROL), 810);
		// Past the slash window (one epoch here) the move answers for nothing, and its record
		// is dropped.
		roll_to_epoch(6);
		let outcome = NodeStaking::slash(
			a,
			Perbill::from_percent(10),
			SlashReason::WrongResult,
			Some(&FERDIE),
		)
		.unwrap();
		assert_eq!(outcome.redelegated, 0);
		assert!(!MovedStake::<Test>::contains_key(a, CAROL));
		assert_eq!(MovedCount::<Test>::get(a), 0);
		assert_eq!(held(HoldReason::Delegation, CAROL), 810);
	});
}

#[test]
fn the_record_of_moved_stake_is_bounded() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let a = active_node(ALICE, 11, 10_000, 2_000);
		let b = active_node(BOB, 12, 10_000, 2_000);
		roll_to_epoch(3);
		// Per delegator: `MAX_MOVES` moves away from one node inside the window.
		for _ in 0..MAX_MOVES {
			assert_ok!(NodeStaking::delegate(signed(CAROL), a, 1_000, 0));
			assert_ok!(NodeStaking::redelegate(signed(CAROL), a, b, 1_000));
		}
		assert_ok!(NodeStaking::delegate(signed(CAROL), a, 1_000, 0));
		assert_noop!(
			NodeStaking::redelegate(signed(CAROL), a, b, 1_000),
			Error::<Test>::TooManyMoves
		);
		// Per node: `MaxDelegationsPerNode` delegators.
		let movers: Vec<AccountId> = (20..20 + MAX_DELEGATIONS_PER_NODE as u64 - 1).collect();
		for who in &movers {
			let _ = Balances::mint_into(who, 10_000);
			assert_ok!(NodeStaking::delegate(signed(*who), a, 1_000, 0));
			assert_ok!(NodeStaking::redelegate(signed(*who), a, b, 1_000));
		}
		assert_eq!(MovedCount::<Test>::get(a), MAX_DELEGATIONS_PER_NODE);
		let _ = Balances::mint_into(&EVE, 10_000);
		// b is full of delegations now: Eve moves to c.
		let c = active_node(WHALE, 13, 10_000, 2_000);
		assert_ok!(NodeStaking::delegate(signed(EVE), a, 1_000, 0));
		assert_noop!(
			NodeStaking::redelegate(signed(EVE), a, c, 1_000),
			Error::<Test>::TooManyMoves
		);
		// Once the records leave the window, a newcomer prunes them and takes a place.
		roll_to_epoch(5);
		assert_ok!(NodeStaking::redelegate(signed(EVE), a, c, 1_000));
		assert_eq!(MovedCount::<Test>::get(a), 1);
	});
}

#[test]
fn the_record_counts_verdicts_misses_and_what_slashes_took() {
	ExtBuilder::default().build_and_execute(|| {
		let a = active_node(ALICE, 11, 10_000, 2_000);
		roll_to_epoch(2);
		assert_eq!(<NodeStaking as NodeInfo<_>>::record(a), Some(Default::default()));
		NodeStaking::note_verdict(a, true);
		NodeStaking::note_verdict(a, true);
		NodeStaking::note_verdict(a, false);
		assert_ok!(NodeStaking::note_miss(
			a,
			10,
			Perbill::from_percent(1),
			SlashReason::MissedDeadline
		));
		let outcome =
			NodeStaking::slash(a, Perbill::from_percent(10), SlashReason::WrongResult, None)
				.unwrap();
		let record = <NodeStaking as NodeInfo<_>>::record(a).unwrap();
		assert_eq!((record.verdicts_won, record.verdicts_lost, record.misses), (2, 1, 1));
		assert_eq!(record.slashed, outcome.total());
		assert_eq!(record.slashed, 200);
		// No record for a node that does not exist, and none is made.
		NodeStaking::note_verdict(77, true);
		assert_eq!(<NodeStaking as NodeInfo<_>>::record(77), None);
		assert!(!Records::<Test>::contains_key(77));
	});
}

#[test]
fn commission_raise_waits_a_full_epoch_and_cut_is_immediate() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 10_000, 2_000);
		assert_noop!(
			NodeStaking::set_commission(signed(ALICE), id, Perbill::from_percent(51)),
			Error::<Test>::CommissionTooHigh
		);
		assert_noop!(
			NodeStaking::set_commission(signed(BOB), id, Perbill::from_percent(5)),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			NodeStaking::set_commission(signed(ALICE), id, Perbill::zero()),
			Error::<Test>::NoChange
		);
		assert_ok!(NodeStaking::set_commission(signed(ALICE), id, Perbill::from_percent(20)));
		System::assert_last_event(
			Event::CommissionRaiseScheduled {
				node: id,
				commission: Perbill::from_percent(20),
				effective_epoch: 3,
			}
			.into(),
		);
		roll_to_epoch(2);
		assert_eq!(view(id).commission, Perbill::zero());
		roll_to_epoch(3);
		assert_eq!(view(id).commission, Perbill::from_percent(20));
		assert_ok!(NodeStaking::set_commission(signed(ALICE), id, Perbill::from_percent(10)));
		System::assert_last_event(
			Event::CommissionChanged { node: id, commission: Perbill::from_percent(10) }.into(),
		);
		assert_eq!(view(id).commission, Perbill::from_percent(10));
	});
}

#[test]
fn rewards_split_by_commission_and_lock_weight() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = register(ALICE, 11, 10_000);
		assert_ok!(NodeStaking::bond(signed(ALICE), id, 2_000));
		assert_ok!(NodeStaking::set_commission(signed(ALICE), id, Perbill::from_percent(10)));
		assert_noop!(NodeStaking::credit_reward(id, &POOL, 1_000), Error::<Test>::NoCountedStake);
		assert_noop!(NodeStaking::credit_reward(9, &POOL, 1_000), Error::<Test>::NodeNotFound);
		assert_noop!(NodeStaking::credit_reward(id, &POOL, 0), Error::<Test>::ZeroAmount);
		// Carol: 2,000 with 2.0× (weight 4,000). Dave: 4,000 with 1.0× (weight 4,000).
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 2_000, 3));
		assert_ok!(NodeStaking::delegate(signed(DAVE), id, 4_000, 0));
		roll_to_epoch(2);
		// A delegation made now does not share this epoch's rewards.
		assert_ok!(NodeStaking::delegate(signed(EVE), id, 4_000, 0));
		let pool_before = free(POOL);
		assert_ok!(NodeStaking::credit_reward(id, &POOL, 10_000));
		System::assert_last_event(
			Event::RewardCredited { node: id, source: POOL, amount: 10_000, commission: 1_000 }
				.into(),
		);
		assert_eq!(free(POOL), pool_before - 10_000);
		// 9,000 over weight 2,000×1 + 4,000 + 4,000 = 10,000 (×100).
		assert_eq!(NodeStaking::pending_rewards(id, ALICE), 1_000 + 1_800);
		assert_eq!(NodeStaking::pending_rewards(id, CAROL), 3_600);
		assert_eq!(NodeStaking::pending_rewards(id, DAVE), 3_600);
		assert_eq!(NodeStaking::pending_rewards(id, EVE), 0);
		// Next epoch Eve's stake counts too.
		roll_to_epoch(3);
		assert_ok!(NodeStaking::credit_reward(id, &POOL, 1_400));
		// 1,400 less 10 % commission over weight 14,000.
		assert_eq!(NodeStaking::pending_rewards(id, EVE), 360);
		assert_eq!(NodeStaking::pending_rewards(id, DAVE), 3_600 + 360);
		assert_eq!(RewardTotals::<Test>::get().credited, 11_400);
	});
}

#[test]
fn claim_rewards_vests_a_share_and_can_compound() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 10_000, 2_000);
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 2_000, 0));
		roll_to_epoch(2);
		assert_noop!(
			NodeStaking::claim_rewards(signed(CAROL), id, RewardPayout::Liquid),
			Error::<Test>::NothingToClaim
		);
		assert_noop!(
			NodeStaking::claim_rewards(signed(DAVE), id, RewardPayout::Liquid),
			Error::<Test>::NoPosition
		);
		assert_ok!(NodeStaking::credit_reward(id, &POOL, 4_000));
		let before = free(CAROL);
		assert_ok!(NodeStaking::claim_rewards(signed(CAROL), id, RewardPayout::Liquid));
		System::assert_last_event(
			Event::RewardsClaimed {
				who: CAROL,
				node: id,
				liquid: 1_000,
				vested: 1_000,
				compounded: 0,
			}
			.into(),
		);
		assert_eq!(free(CAROL), before + 2_000);
		// Half of it vests linearly over 100 blocks through pallet-vesting.
		let schedules = pallet_vesting::Vesting::<Test>::get(CAROL).unwrap();
		assert_eq!(schedules.len(), 1);
		assert_eq!(schedules[0].locked(), 1_000);
		assert_eq!(schedules[0].per_block(), 10);
		assert_eq!(Vesting::vesting_balance(&CAROL), Some(1_000));
		assert_noop!(
			NodeStaking::claim_rewards(signed(CAROL), id, RewardPayout::Liquid),
			Error::<Test>::NothingToClaim
		);
		// Compound: the liquid half is added to the delegation from the next epoch.
		assert_ok!(NodeStaking::credit_reward(id, &POOL, 4_000));
		assert_ok!(NodeStaking::claim_rewards(signed(CAROL), id, RewardPayout::Compound));
		System::assert_last_event(
			Event::RewardsClaimed {
				who: CAROL,
				node: id,
				liquid: 0,
				vested: 1_000,
				compounded: 1_000,
			}
			.into(),
		);
		assert_eq!(held(HoldReason::Delegation, CAROL), 3_000);
		assert_eq!(view(id).pending, 1_000);
		// A vesting share under the vesting minimum is paid at once. (Carol's compounded
		// stake does not count yet: 100 each.)
		assert_ok!(NodeStaking::credit_reward(id, &POOL, 200));
		assert_ok!(NodeStaking::claim_rewards(signed(CAROL), id, RewardPayout::Liquid));
		System::assert_last_event(
			Event::RewardsClaimed { who: CAROL, node: id, liquid: 100, vested: 0, compounded: 0 }
				.into(),
		);
		assert_ok!(NodeStaking::claim_rewards(signed(ALICE), id, RewardPayout::Liquid));
		System::assert_last_event(
			Event::RewardsClaimed {
				who: ALICE,
				node: id,
				liquid: 2_050,
				vested: 2_050,
				compounded: 0,
			}
			.into(),
		);
		let totals = RewardTotals::<Test>::get();
		assert_eq!((totals.credited, totals.paid), (8_200, 8_200));
	});
}

#[test]
fn slash_hits_stake_and_recent_chunks_pro_rata() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 10_000, 4_000);
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 2_000, 0));
		assert_ok!(NodeStaking::delegate(signed(DAVE), id, 3_000, 0));
		roll_to_epoch(2);
		// Dave unbonds 1,000 in epoch 2 (outside the one-epoch window by epoch 4)...
		assert_ok!(NodeStaking::undelegate(signed(DAVE), id, 1_000));
		roll_to_epoch(3);
		// ...and 1,000 in epoch 3 (inside it).
		assert_ok!(NodeStaking::undelegate(signed(DAVE), id, 1_000));
		roll_to_epoch(4);
		let ferdie_before = free(FERDIE);
		let outcome = NodeStaking::slash(
			id,
			Perbill::from_percent(10),
			SlashReason::WrongResult,
			Some(&FERDIE),
		)
		.unwrap();
		assert_eq!(outcome.self_bond, 400);
		assert_eq!(outcome.delegations, 200 + 100);
		assert_eq!(outcome.unbonding, 100);
		assert_eq!(outcome.total(), 800);
		System::assert_last_event(
			Event::NodeSlashed {
				node: id,
				reason: SlashReason::WrongResult,
				fraction: Perbill::from_percent(10),
				self_bond: 400,
				delegations: 300,
				unbonding: 100,
				redelegated: 0,
				destination: FERDIE,
			}
			.into(),
		);
		// The named destination receives it all.
		assert_eq!(free(FERDIE), ferdie_before + 800);
		assert_eq!(held(HoldReason::SelfBond, ALICE), 3_600);
		assert_eq!(held(HoldReason::Delegation, CAROL), 1_800);
		// Dave: 900 counted + 1,000 (old chunk, untouched) + 900 (recent chunk).
		assert_eq!(held(HoldReason::Delegation, DAVE), 2_800);
		assert_eq!(NodeStaking::counted_stake(id), 3_600 + 1_800 + 900);
		assert_noop!(
			NodeStaking::slash(9, Perbill::one(), SlashReason::WrongResult, None),
			Error::<Test>::NodeNotFound
		);
	});
}

#[test]
fn stake_bonded_after_the_fault_is_not_slashed() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 10_000, 4_000);
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 2_000, 0));
		roll_to_epoch(2);
		// The node faults; before the verdict lands, Dave delegates and Alice bonds more. Their
		// new stake counts from the next epoch: it was not at risk, and backs none of the
		// node's work yet.
		assert_ok!(NodeStaking::delegate(signed(DAVE), id, 3_000, 0));
		assert_ok!(NodeStaking::bond_extra(signed(ALICE), id, 1_000));
		let outcome =
			NodeStaking::slash(id, Perbill::from_percent(10), SlashReason::WrongResult, None)
				.unwrap();
		assert_eq!((outcome.self_bond, outcome.delegations), (400, 200));
		assert_eq!(held(HoldReason::Delegation, DAVE), 3_000);
		assert_eq!(held(HoldReason::SelfBond, ALICE), 3_600 + 1_000);
		assert_eq!(held(HoldReason::Delegation, CAROL), 1_800);
	});
}

#[test]
fn a_self_bond_slash_spares_delegators_and_only_a_suspension_reports_a_fault() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 10_000, 4_000);
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 2_000, 0));
		roll_to_epoch(2);
		take_faults();
		let outcome = <NodeStaking as NodeSlashing<_, _>>::slash_self_bond(
			id,
			Perbill::from_percent(10),
			SlashReason::LeftCluster,
			Some(&FERDIE),
		)
		.unwrap();
		assert_eq!((outcome.self_bond, outcome.delegations, outcome.unbonding), (400, 0, 0));
		assert_eq!(held(HoldReason::SelfBond, ALICE), 3_600);
		assert_eq!(held(HoldReason::Delegation, CAROL), 2_000);
		assert!(take_faults().is_empty(), "leaving a cluster is not a fault");
		assert_ok!(NodeStaking::slash(
			id,
			Perbill::from_percent(1),
			SlashReason::WrongResult,
			None
		));
		// One slash does not eject a node from its clusters: that takes repeated faults in the
		// cluster (the clusters pallet counts them), or a suspension.
		assert!(take_faults().is_empty(), "a slash alone is not reported");
		assert_ok!(<NodeStaking as NodeReputation>::suspend(id, 1));
		assert_eq!(take_faults(), vec![id]);
		assert_noop!(
			<NodeStaking as NodeSlashing<_, _>>::slash_self_bond(
				9,
				Perbill::one(),
				SlashReason::LeftCluster,
				None
			),
			Error::<Test>::NodeNotFound
		);
		assert!(take_faults().is_empty());
	});
}

fn miss(id: NodeId) -> MissOutcome {
	<NodeStaking as NodeReputation>::note_miss(
		id,
		20,
		Perbill::from_percent(1),
		SlashReason::MissedDeadline,
	)
	.unwrap()
}

#[test]
fn misses_cost_reputation_first_then_slashes_that_grow_then_the_node_is_unresponsive() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active_node(ALICE, 11, 10_000, 10_000);
		roll_to_epoch(2);
		let reputation = view(id).reputation;
		// The first miss in a while: reputation only.
		let first = miss(id);
		assert_eq!(
			first,
			MissOutcome {
				reputation: reputation - 20,
				recent: 1,
				slashed: Perbill::zero(),
				unresponsive: false
			}
		);
		assert_eq!(held(HoldReason::SelfBond, ALICE), 10_000);
		assert_eq!(view(id).status, NodeStatus::Active);
		// The second: 1 % of the stake. The third: 2 %, and the node is unresponsive.
		assert_eq!(miss(id).slashed, Perbill::from_percent(1));
		assert_eq!(held(HoldReason::SelfBond, ALICE), 9_900);
		let third = miss(id);
		assert_eq!(
			(third.recent, third.slashed, third.unresponsive),
			(3, Perbill::from_percent(2), true)
		);
		assert_eq!(held(HoldReason::SelfBond, ALICE), 9_900 - 198);
		System::assert_has_event(Event::NodeUnresponsive { node: id, misses: 3 }.into());
		assert_eq!(view(id).status, NodeStatus::Unresponsive);
		assert_eq!(view(id).active_capacity, 0);
		// Work it still held and misses now costs reputation only: an outage is paid once.
		let during = miss(id);
		assert_eq!(
			(during.recent, during.slashed, during.unresponsive),
			(0, Perbill::zero(), true)
		);
		assert_eq!(held(HoldReason::SelfBond, ALICE), 9_702);
		assert_eq!(view(id).reputation, reputation - 80);
	});
}

#[test]
fn an_unresponsive_node_comes_back_when_its_operator_resumes_it() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active_node(ALICE, 11, 10_000, 10_000);
		roll_to_epoch(2);
		assert_noop!(
			NodeStaking::resume_node(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::NotUnresponsive
		);
		for _ in 0..3 {
			miss(id);
		}
		assert_noop!(
			NodeStaking::resume_node(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			NodeStaking::resume_node(RuntimeOrigin::signed(ALICE), 9),
			Error::<Test>::NodeNotFound
		);
		assert_ok!(NodeStaking::resume_node(RuntimeOrigin::signed(ALICE), id));
		System::assert_last_event(Event::NodeResumed { node: id }.into());
		assert_eq!(view(id).status, NodeStatus::Active);
		assert!(view(id).active_capacity > 0);
		// Missing again soon is remembered: the fourth recent miss is slashed 3 % (at most
		// `UnresponsiveAfter` times the slash), and the node is unresponsive again.
		let again = miss(id);
		assert_eq!(
			(again.recent, again.slashed, again.unresponsive),
			(4, Perbill::from_percent(3), true)
		);
	});
}

#[test]
fn misses_are_forgotten_after_the_fault_memory() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active_node(ALICE, 11, 10_000, 10_000);
		roll_to_epoch(2);
		miss(id);
		assert_eq!(miss(id).recent, 2);
		// `FaultMemory` (2) epochs after the last miss it is still remembered; one more and the
		// next miss is a first again, which costs reputation only.
		roll_to_epoch(4);
		assert_eq!(miss(id).recent, 3);
		let id2 = active_node(BOB, 12, 10_000, 10_000);
		roll_to_epoch(5);
		miss(id2);
		roll_to_epoch(8);
		let first = miss(id2);
		assert_eq!((first.recent, first.slashed), (1, Perbill::zero()));
		assert_noop!(
			<NodeStaking as NodeReputation>::note_miss(
				9,
				20,
				Perbill::zero(),
				SlashReason::MissedDeadline
			),
			Error::<Test>::NodeNotFound
		);
	});
}

#[test]
fn reputation_clamps_and_a_suspended_node_returns_only_by_passing_a_probe() {
	use corex_primitives::ProbeResult;
	ExtBuilder::default().build_and_execute(|| {
		let id = active_node(ALICE, 11, 10_000, 2_000);
		let start = NodeStaking::current_epoch();
		assert_eq!(NodeStaking::adjust_reputation(id, 10_000), Ok(1_000));
		// Above the default it drifts back down, 10 an epoch.
		roll_to_epoch(start + 10);
		assert_eq!(NodeStaking::reputation(id), Some(900));
		assert_eq!(NodeStaking::adjust_reputation(id, -10_000), Ok(0));
		System::assert_last_event(
			Event::ReputationChanged { node: id, reputation: 0, status: NodeStatus::Suspended }
				.into(),
		);
		assert_eq!(Lapsing::<Test>::get(id), Some(start + 10));
		assert_eq!(NodeStaking::status(id), Some(NodeStatus::Suspended));
		assert_eq!(NodeStaking::active_capacity(id), 0);
		// A probe passed at once measures it but does not end the suspension: it lasts
		// `MinSuspension` (2) epochs at the least.
		NodeStaking::note_probe(id, ProbeResult::Passed { cu: 100, blocks: 1 });
		assert_eq!(NodeStaking::status(id), Some(NodeStatus::Suspended));
		assert_eq!(NodeStaking::record(id).unwrap().measured_capacity, Some(1_000));
		// The attack before: a suspended node drifted back to active by waiting (above the
		// threshold after 21 epochs here). Now it stays where its faults put it.
		roll_to_epoch(start + 40);
		assert_eq!(NodeStaking::reputation(id), Some(0));
		assert_eq!(NodeStaking::status(id), Some(NodeStatus::Suspended));
		// A wrong or missed probe does not bring it back.
		NodeStaking::note_probe(id, ProbeResult::Failed);
		NodeStaking::note_probe(id, ProbeResult::Missed);
		assert_eq!(NodeStaking::status(id), Some(NodeStatus::Suspended));
		// A passed probe reinstates it at the threshold; it takes work again.
		NodeStaking::note_probe(id, ProbeResult::Passed { cu: 100, blocks: 1 });
		System::assert_has_event(Event::NodeReinstated { node: id, reputation: 200 }.into());
		assert_eq!(NodeStaking::status(id), Some(NodeStatus::Active));
		assert_eq!(Lapsing::<Test>::get(id), None);
		assert_eq!(NodeStaking::active_capacity(id), 200);
		// From the threshold up it drifts toward the default again.
		roll_to_epoch(start + 41);
		assert_eq!(NodeStaking::reputation(id), Some(210));
		assert_eq!(NodeStaking::adjust_reputation(9, 1), Err(Error::<Test>::NodeNotFound.into()));
		// Explicit suspension by the proofs pallet.
		assert_ok!(NodeStaking::suspend(id, 2));
		let now = NodeStaking::current_epoch();
		System::assert_last_event(Event::NodeSuspended { node: id, until_epoch: now + 1 }.into());
		roll_to_epoch(now + 1);
		assert_eq!(NodeStaking::status(id), Some(NodeStatus::Suspended));
		roll_to_epoch(now + 2);
		assert_eq!(NodeStaking::status(id), Some(NodeStatus::Active));
		assert_noop!(NodeStaking::suspend(id, 0), Error::<Test>::NoChange);
	});
}

#[test]
fn probes_measure_the_usable_capacity_and_the_tier() {
	use corex_primitives::ProbeResult;
	ExtBuilder::default().build_and_execute(|| {
		// Declared 50,000 CU an epoch (tier 4), staked for 5,000.
		let id = active_node(ALICE, 11, 50_000, 50_000);
		assert_eq!(NodeStaking::tier(id), Some(4));
		assert_eq!(NodeStaking::active_capacity(id), 5_000);
		assert_eq!(NodeStaking::record(id).unwrap().measured_capacity, None);
		// 100 CU answered in 4 blocks: 25 CU a block, 250 in a 10-block epoch.
		NodeStaking::note_probe(id, ProbeResult::Passed { cu: 100, blocks: 4 });
		System::assert_last_event(
			Event::CapabilityMeasured {
				node: id,
				result: ProbeResult::Passed { cu: 100, blocks: 4 },
				capacity: Some(250),
			}
			.into(),
		);
		assert_eq!(NodeStaking::active_capacity(id), 250);
		assert_eq!(NodeStaking::tier(id), Some(2));
		// Fast enough for all it declared: what it declared and staked for.
		NodeStaking::note_probe(id, ProbeResult::Passed { cu: 20_000, blocks: 1 });
		assert_eq!(NodeStaking::active_capacity(id), 5_000);
		assert_eq!(NodeStaking::tier(id), Some(4));
		// A wrong answer: nothing until it passes again.
		NodeStaking::note_probe(id, ProbeResult::Failed);
		assert_eq!(NodeStaking::active_capacity(id), 0);
		assert_eq!(NodeStaking::tier(id), Some(1));
		NodeStaking::note_probe(id, ProbeResult::Passed { cu: 20_000, blocks: 1 });
		// Misses: the third in a row zeroes the capacity; a pass clears the run.
		NodeStaking::note_probe(id, ProbeResult::Missed);
		NodeStaking::note_probe(id, ProbeResult::Missed);
		assert_eq!(NodeStaking::active_capacity(id), 5_000);
		NodeStaking::note_probe(id, ProbeResult::Missed);
		assert_eq!(NodeStaking::active_capacity(id), 0);
		NodeStaking::note_probe(id, ProbeResult::Passed { cu: 20_000, blocks: 1 });
		NodeStaking::note_probe(id, ProbeResult::Missed);
		assert_eq!(NodeStaking::active_capacity(id), 5_000);
		let record = NodeStaking::record(id).unwrap();
		assert_eq!((record.probes_passed, record.probes_failed, record.probes_missed), (4, 1, 4));
		assert_eq!(record.probes_missed_in_row, 1);
		// Probes of a node that is gone change nothing.
		NodeStaking::note_probe(9, ProbeResult::Failed);
		assert_eq!(NodeStaking::record(9), None);
	});
}

#[test]
fn a_node_under_the_threshold_too_long_is_evicted_and_its_stake_unbonds() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 500, 2_000);
		assert_ok!(NodeStaking::delegate(signed(DAVE), id, 500, 0));
		assert_noop!(NodeStaking::evict_node(signed(BOB), id), Error::<Test>::NotLapsed);
		assert_noop!(NodeStaking::evict_node(signed(BOB), 9), Error::<Test>::NodeNotFound);
		let start = NodeStaking::current_epoch();
		assert_ok!(NodeStaking::adjust_reputation(id, -400));
		roll_to_epoch(start + 3);
		assert_noop!(NodeStaking::evict_node(signed(BOB), id), Error::<Test>::NotLapsed);
		roll_to_epoch(start + 4);
		assert_ok!(NodeStaking::evict_node(signed(BOB), id));
		System::assert_last_event(Event::NodeEvicted { node: id, exit_epoch: start + 5 }.into());
		assert_noop!(NodeStaking::evict_node(signed(BOB), id), Error::<Test>::AlreadyExiting);
		assert_eq!(NodeStaking::status(id), Some(NodeStatus::Exiting));
		// It leaves as at any exit: its stake unbonds, nothing is slashed.
		roll_to_epoch(start + 6);
		assert_ok!(NodeStaking::remove_node(signed(BOB), id));
		System::assert_last_event(
			Event::NodeStakeReleased { node: id, positions: 2, amount: 2_500 }.into(),
		);
		assert_eq!(held(HoldReason::Delegation, DAVE), 500);
	});
}

#[test]
fn a_node_that_came_back_above_the_threshold_is_not_evicted() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active_node(ALICE, 11, 500, 2_000);
		let start = NodeStaking::current_epoch();
		assert_ok!(NodeStaking::adjust_reputation(id, -400));
		assert_ok!(NodeStaking::adjust_reputation(id, 150));
		assert_eq!(Lapsing::<Test>::get(id), None);
		roll_to_epoch(start + 10);
		assert_noop!(
			NodeStaking::evict_node(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotLapsed
		);
	});
}

#[test]
fn tier_follows_capacity_and_device_class() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let gpu = register(ALICE, 11, 50_000);
		assert_eq!(NodeStaking::tier(gpu), Some(4));
		assert_ok!(NodeStaking::register_node(signed(BOB), 12, DeviceClass::Edge, 50_000, vec![]));
		assert_eq!(NodeStaking::tier(1), Some(2));
		assert_ok!(NodeStaking::register_node(signed(BOB), 13, DeviceClass::Cpu, 150, vec![]));
		assert_eq!(NodeStaking::tier(2), Some(2));
		assert_eq!(NodeStaking::device_class(2), Some(DeviceClass::Cpu));
	});
}

#[test]
fn update_node_applies_next_epoch_and_rotates_key() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 500, 20_000);
		let other = register(BOB, 12, 500);
		assert_noop!(
			NodeStaking::update_node(signed(BOB), id, DeviceClass::Cpu, 900, 21),
			Error::<Test>::NotOperator
		);
		assert_noop!(
			NodeStaking::update_node(signed(ALICE), 9, DeviceClass::Cpu, 900, 21),
			Error::<Test>::NodeNotFound
		);
		assert_noop!(
			NodeStaking::update_node(signed(ALICE), id, DeviceClass::Cpu, 0, 21),
			Error::<Test>::ZeroCapacity
		);
		assert_noop!(
			NodeStaking::update_node(signed(ALICE), id, DeviceClass::Cpu, 900, 12),
			Error::<Test>::WorkerKeyInUse
		);
		assert_noop!(
			NodeStaking::update_node(signed(ALICE), id, DeviceClass::Gpu, 500, 11),
			Error::<Test>::NoChange
		);
		assert_ok!(NodeStaking::update_node(signed(ALICE), id, DeviceClass::Cpu, 900, 21));
		System::assert_last_event(
			Event::NodeUpdateScheduled {
				node: id,
				device_class: DeviceClass::Cpu,
				capacity: 900,
				worker_key: 21,
				effective_epoch: 2,
			}
			.into(),
		);
		// The new key is reserved now, in use next epoch.
		assert_noop!(
			NodeStaking::register_node(signed(BOB), 21, DeviceClass::Cpu, 5, vec![]),
			Error::<Test>::WorkerKeyInUse
		);
		assert_eq!(NodeStaking::node_of_worker(&11), Some(id));
		assert_eq!(NodeStaking::active_capacity(id), 500);
		roll_to_epoch(2);
		assert_eq!(NodeStaking::node_of_worker(&11), None);
		assert_eq!(NodeStaking::node_of_worker(&21), Some(id));
		assert_eq!(NodeStaking::active_capacity(id), 900);
		assert_eq!(NodeStaking::device_class(id), Some(DeviceClass::Cpu));
		// The old key is free again.
		assert_ok!(NodeStaking::update_node(signed(BOB), other, DeviceClass::Gpu, 500, 11));
		assert_ok!(NodeStaking::announce_exit(signed(ALICE), id));
		assert_noop!(
			NodeStaking::update_node(signed(ALICE), id, DeviceClass::Cpu, 900, 31),
			Error::<Test>::NodeExiting
		);
	});
}

#[test]
fn exit_releases_stake_and_removes_node() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 500, 2_000);
		let other = active_node(BOB, 12, 500, 2_000);
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 1_000, 3));
		assert_ok!(NodeStaking::delegate(signed(DAVE), id, 500, 0));
		assert_ok!(NodeStaking::set_commission(signed(ALICE), id, Perbill::from_percent(10)));
		roll_to_epoch(4);
		assert_ok!(NodeStaking::credit_reward(id, &POOL, 1_000));
		assert_noop!(NodeStaking::announce_exit(signed(BOB), id), Error::<Test>::NotOperator);
		assert_noop!(NodeStaking::remove_node(signed(BOB), id), Error::<Test>::NodeNotExited);
		assert_ok!(NodeStaking::announce_exit(signed(ALICE), id));
		System::assert_last_event(Event::ExitAnnounced { node: id, exit_epoch: 5 }.into());
		assert_noop!(NodeStaking::announce_exit(signed(ALICE), id), Error::<Test>::AlreadyExiting);
		assert_eq!(NodeStaking::status(id), Some(NodeStatus::Exiting));
		assert!(!NodeStaking::is_active(id));
		roll_to_epoch(5);
		assert_eq!(NodeStaking::status(id), Some(NodeStatus::Exiting));
		assert_noop!(NodeStaking::remove_node(signed(BOB), id), Error::<Test>::NodeNotExited);
		roll_to_epoch(6);
		assert_eq!(NodeStaking::status(id), Some(NodeStatus::Exited));
		// The operator may unbond everything; a lock still binds after the exit.
		assert_ok!(NodeStaking::unbond(signed(ALICE), id, 2_000));
		assert_noop!(
			NodeStaking::undelegate(signed(CAROL), id, 1_000),
			Error::<Test>::LockNotExpired
		);
		assert_ok!(NodeStaking::undelegate(signed(DAVE), id, 250));
		// Anyone may release what is left and unlocked: Dave's other 250, not Carol's.
		assert_ok!(NodeStaking::remove_node(signed(BOB), id));
		System::assert_last_event(
			Event::NodeStakeReleased { node: id, positions: 3, amount: 250 }.into(),
		);
		// Locked stake moves out with `redelegate`, and keeps its lock.
		assert_ok!(NodeStaking::redelegate(signed(CAROL), id, other, 1_000));
		assert_eq!(Positions::<Test>::get(other, CAROL).unwrap().lock_index, 3);
		roll_to_epoch(8);
		assert_ok!(NodeStaking::withdraw_unbonded(signed(DAVE), id));
		assert_ok!(NodeStaking::claim_rewards(signed(DAVE), id, RewardPayout::Liquid));
		assert_ok!(NodeStaking::withdraw_unbonded(signed(ALICE), id));
		assert_ok!(NodeStaking::claim_rewards(signed(CAROL), id, RewardPayout::Liquid));
		// No stake is left, but the operator's rewards and commission are unclaimed: the node
		// stays until they are claimed.
		assert!(Nodes::<Test>::contains_key(id));
		assert_ok!(NodeStaking::claim_rewards(signed(ALICE), id, RewardPayout::Liquid));
		// 100 commission + 400 share of the 1,000 credited, half of it vesting.
		System::assert_has_event(
			Event::RewardsClaimed { who: ALICE, node: id, liquid: 250, vested: 250, compounded: 0 }
				.into(),
		);
		System::assert_has_event(
			Event::NodeRemoved { node: id, operator: ALICE, deposit: DEPOSIT_BASE + 6 }.into(),
		);
		assert!(!Nodes::<Test>::contains_key(id));
		assert_eq!(free(DAVE), INITIAL + 100);
		assert_eq!(NodeStaking::node_of_worker(&11), None);
		// The worker key can be registered again.
		register(EVE, 11, 5);
	});
}

#[test]
fn total_issuance_never_changes() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let issuance = Balances::total_issuance();
		let id = active_node(ALICE, 11, 500, 2_000);
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 1_000, 1));
		roll_to_epoch(2);
		assert_ok!(NodeStaking::credit_reward(id, &POOL, 3_000));
		assert_ok!(NodeStaking::claim_rewards(signed(CAROL), id, RewardPayout::Liquid));
		assert_ok!(NodeStaking::slash(
			id,
			Perbill::from_percent(50),
			SlashReason::InvalidProof,
			None
		));
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
fn try_state_detects_broken_invariants() {
	ExtBuilder::default().build().execute_with(|| {
		let id = active_node(ALICE, 11, 500, 2_000);
		assert_ok!(NodeStaking::delegate(RuntimeOrigin::signed(CAROL), id, 1_000, 0));
		assert_ok!(NodeStaking::do_try_state());
		// Node total out of step with its positions.
		Nodes::<Test>::mutate(id, |node| node.as_mut().unwrap().stake.delegated += 1);
		assert!(NodeStaking::do_try_state().is_err());
		Nodes::<Test>::mutate(id, |node| node.as_mut().unwrap().stake.delegated -= 1);
		assert_ok!(NodeStaking::do_try_state());
		// Held balance out of step with the position.
		Positions::<Test>::mutate(id, CAROL, |pos| {
			pos.as_mut()
				.unwrap()
				.unbonding
				.try_push(UnbondingChunk {
					amount: 5,
					start_epoch: 1,
					unlock_epoch: 3,
					unlock_block: 30,
				})
				.unwrap()
		});
		assert!(NodeStaking::do_try_state().is_err());
		Positions::<Test>::mutate(id, CAROL, |pos| pos.as_mut().unwrap().unbonding.clear());
		// An activation batch counting a position twice.
		ActivationPoints::<Test>::mutate(id, 2, |point| point.as_mut().unwrap().positions += 1);
		assert!(NodeStaking::do_try_state().is_err());
		ActivationPoints::<Test>::mutate(id, 2, |point| point.as_mut().unwrap().positions -= 1);
		assert_ok!(NodeStaking::do_try_state());
		// More paid than credited.
		RewardTotals::<Test>::put(RewardLedger { credited: 0, paid: 1 });
		assert!(NodeStaking::do_try_state().is_err());
	});
}

#[test]
fn untouched_positions_settle_at_their_own_activation_point() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 10_000, 2_000);
		// Carol's stake counts from epoch 2; she is not touched again.
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 2_000, 0));
		// Credited in epoch 1: Alice alone.
		assert_ok!(NodeStaking::credit_reward(id, &POOL, 1_000));
		roll_to_epoch(2);
		// Epoch 2: Alice and Carol share (the credit also rolls the node).
		assert_ok!(NodeStaking::credit_reward(id, &POOL, 1_000));
		// Dave joins in epoch 3 (counts from 4): a later batch on the same node.
		roll_to_epoch(3);
		assert_ok!(NodeStaking::delegate(signed(DAVE), id, 4_000, 0));
		assert_ok!(NodeStaking::credit_reward(id, &POOL, 1_000));
		roll_to_epoch(4);
		assert_ok!(NodeStaking::credit_reward(id, &POOL, 2_000));
		assert_eq!(NodeStaking::pending_rewards(id, ALICE), 1_000 + 500 + 500 + 500);
		assert_eq!(NodeStaking::pending_rewards(id, CAROL), 500 + 500 + 500);
		assert_eq!(NodeStaking::pending_rewards(id, DAVE), 1_000);
		// Claiming settles Carol at her batch's checkpoint and frees it.
		assert!(ActivationPoints::<Test>::get(id, 2).is_some());
		assert_ok!(NodeStaking::claim_rewards(signed(CAROL), id, RewardPayout::Liquid));
		assert!(ActivationPoints::<Test>::get(id, 2).is_none());
		System::assert_last_event(
			Event::RewardsClaimed { who: CAROL, node: id, liquid: 750, vested: 750, compounded: 0 }
				.into(),
		);
	});
}

#[test]
fn hooks_do_constant_work() {
	ExtBuilder::default().build_and_execute(|| {
		use frame_support::traits::Hooks;
		// Many nodes and positions do not change what the epoch hook touches.
		for key in 0..2 {
			active_node(ALICE, 100 + key, 500, 2_000);
		}
		let same = NodeStaking::on_initialize(System::block_number());
		let start = CurrentEpoch::<Test>::get().start;
		let new = NodeStaking::on_initialize(start + EPOCH);
		assert_eq!(
			same,
			<() as WeightInfo>::on_initialize_same_epoch(corex_primitives::scale::NODES)
		);
		assert_eq!(
			new,
			<() as WeightInfo>::on_initialize_new_epoch(corex_primitives::scale::NODES)
		);
	});
}

/// The helper other pallets' benchmarks use gives an active node with counted stake that can be
/// credited rewards.
#[cfg(feature = "runtime-benchmarks")]
#[test]
fn benchmark_helper_gives_an_active_staked_node() {
	use corex_primitives::NodeBenchmarking;
	ExtBuilder::default().build_and_execute(|| {
		let epoch = NodeStaking::current_epoch();
		let a = <NodeStaking as NodeBenchmarking>::active_node(1).unwrap();
		let b = <NodeStaking as NodeBenchmarking>::active_node(2).unwrap();
		assert_ne!(a, b);
		assert!(NodeStaking::current_epoch() >= epoch + 1);
		assert_eq!(<NodeStaking as NodeInfo<AccountId>>::status(a), Some(NodeStatus::Active));
		assert!(<NodeStaking as NodeInfo<AccountId>>::counted_stake(a) > 0);
		assert!(<NodeStaking as NodeInfo<AccountId>>::active_capacity(a) > 0);
		assert_ok!(NodeStaking::credit_reward(a, &FERDIE, 1_000));
	});
}

#[test]
fn new_stake_shares_no_pool_reward_for_an_epoch_before_it_counted() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 10_000, 2_000);
		// The attack: the node worked in epoch 1; Carol delegates just before it ends, to share
		// the pool's reward for epoch 1, which is paid in epoch 2.
		set_unpaid(id, 1, true);
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 2_000, 0));
		roll_to_epoch(2);
		// Her stake is due but waits for the payout: it is not counted and takes no share.
		assert_eq!(view(id).delegated, 0);
		assert_eq!(view(id).pending, 2_000);
		assert_eq!(NodeStaking::counted_stake(id), 2_000);
		assert_ok!(NodeStaking::credit_reward(id, &POOL, 1_000));
		assert_eq!(NodeStaking::pending_rewards(id, CAROL), 0);
		assert_eq!(NodeStaking::pending_rewards(id, ALICE), 1_000);
		// Paid: from now on her stake counts, and she shares what the node earns in epoch 2.
		set_unpaid(id, 1, false);
		assert_eq!(view(id).delegated, 2_000);
		assert_ok!(NodeStaking::credit_reward(id, &POOL, 1_000));
		assert_eq!(NodeStaking::pending_rewards(id, CAROL), 500);
		assert_eq!(NodeStaking::pending_rewards(id, ALICE), 1_500);
	});
}

#[test]
fn only_payouts_of_earlier_epochs_hold_new_stake_back() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active_node(ALICE, 11, 10_000, 2_000);
		assert_ok!(NodeStaking::delegate(RuntimeOrigin::signed(CAROL), id, 2_000, 0));
		// A reward for epoch 2 (the one the stake counts from) does not hold it back.
		set_unpaid(id, 2, true);
		roll_to_epoch(2);
		assert_eq!(view(id).delegated, 2_000);
		assert_eq!(NodeStaking::counted_stake(id), 4_000);
	});
}

#[test]
fn no_stake_is_added_while_due_stake_waits_for_payouts() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 10_000, 2_000);
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 2_000, 0));
		set_unpaid(id, 1, true);
		roll_to_epoch(2);
		// Added now, it would join the waiting batch and count before a full epoch at risk.
		assert_noop!(
			NodeStaking::delegate(signed(DAVE), id, 2_000, 0),
			Error::<Test>::PayoutsOutstanding
		);
		assert_noop!(
			NodeStaking::bond_extra(signed(ALICE), id, 1_000),
			Error::<Test>::PayoutsOutstanding
		);
		// Stake can still leave: Carol takes hers back from the waiting batch.
		assert_ok!(NodeStaking::undelegate(signed(CAROL), id, 2_000));
		assert_eq!(view(id).pending, 0);
		set_unpaid(id, 1, false);
		assert_ok!(NodeStaking::delegate(signed(DAVE), id, 2_000, 0));
		assert_eq!(view(id).pending, 2_000);
	});
}

fn slash_for_fault(id: NodeId, fault_epoch: EpochIndex) -> SlashOutcome<Balance> {
	<NodeStaking as NodeSlashing<_, _>>::slash_for_fault(
		id,
		Perbill::from_percent(10),
		SlashReason::WrongResult,
		None,
		fault_epoch,
	)
	.expect("slashes")
}

#[test]
fn stake_counted_after_the_work_was_taken_is_not_slashed_for_it() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active_node(ALICE, 11, 10_000, 2_000);
		// Epoch 1: the node takes the work it will be found to have done wrong. Carol delegates
		// in the same epoch; her stake counts from epoch 2.
		assert_eq!(NodeStaking::current_epoch(), 1);
		assert_ok!(NodeStaking::delegate(RuntimeOrigin::signed(CAROL), id, 2_000, 0));
		roll_to_epoch(2);
		// The verdict lands in epoch 2: only what was at risk in epoch 1 pays.
		let outcome = slash_for_fault(id, 1);
		assert_eq!((outcome.self_bond, outcome.delegations), (200, 0));
		assert_eq!(held(HoldReason::Delegation, CAROL), 2_000);
		assert_eq!(view(id).delegated, 2_000);
		// Work taken in epoch 2 had her stake at risk: a fault in it takes her share too.
		let outcome = slash_for_fault(id, 2);
		assert_eq!((outcome.self_bond, outcome.delegations), (180, 200));
		assert_eq!(held(HoldReason::Delegation, CAROL), 1_800);
	});
}

#[test]
fn only_the_newest_stake_is_spared_and_older_stake_leaves_first() {
	ExtBuilder::default().build_and_execute(|| {
		let signed = RuntimeOrigin::signed;
		let id = active_node(ALICE, 11, 10_000, 2_000);
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 2_000, 0));
		roll_to_epoch(3);
		// A top-up in epoch 3 counts from epoch 4.
		assert_ok!(NodeStaking::delegate(signed(CAROL), id, 1_000, 0));
		roll_to_epoch(4);
		// A fault in work of epoch 3: her 2,000 were at risk, the 1,000 were not.
		assert_eq!(slash_for_fault(id, 3).delegations, 200);
		assert_eq!(held(HoldReason::Delegation, CAROL), 2_800);
		// She takes 2,500 out: the older stake leaves first, 300 of the recent are left.
		assert_ok!(NodeStaking::undelegate(signed(CAROL), id, 2_500));
		assert_eq!(Positions::<Test>::get(id, CAROL).unwrap().recent, 300);
		// Her unbonding stake answers for the fault as before; what still counts is spared.
		let outcome = slash_for_fault(id, 3);
		assert_eq!(outcome.delegations, 0);
		assert_eq!(outcome.unbonding, 250);
	});
}

#[test]
fn a_fault_now_or_a_slash_without_an_epoch_takes_all_counted_stake() {
	ExtBuilder::default().build_and_execute(|| {
		let id = active_node(ALICE, 11, 10_000, 2_000);
		assert_ok!(NodeStaking::delegate(RuntimeOrigin::signed(CAROL), id, 2_000, 0));
		roll_to_epoch(2);
		let outcome =
			NodeStaking::slash(id, Perbill::from_percent(10), SlashReason::MissedDeadline, None)
				.expect("slashes");
		assert_eq!((outcome.self_bond, outcome.delegations), (200, 200));
	});
}

fn genesis_node(operator: AccountId, key: u64, self_bond: Balance) -> GenesisNodeOf<Test> {
	GenesisNode {
		operator,
		worker_key: key,
		device_class: DeviceClass::Cpu,
		capacity: 500,
		self_bond,
	}
}

#[test]
fn genesis_nodes_are_active_from_the_first_block() {
	let config = GenesisConfig::<Test> {
		nodes: vec![
			genesis_node(ALICE, 11, MIN_SELF_BOND),
			genesis_node(BOB, 12, 2 * MIN_SELF_BOND),
		],
	};
	ExtBuilder::default().with_genesis(config).build_and_execute(|| {
		assert_eq!(NodeStaking::current_epoch(), 0);
		for (id, operator, bond) in [(0, ALICE, MIN_SELF_BOND), (1, BOB, 2 * MIN_SELF_BOND)] {
			let node = view(id);
			assert_eq!((node.operator, node.worker_key), (operator, 11 + u64::from(id)));
			assert_eq!(node.status, NodeStatus::Active, "counted in epoch 0");
			assert_eq!((node.self_bond, node.pending), (bond, 0));
			assert_eq!(held(HoldReason::SelfBond, operator), bond);
			assert_eq!(held(HoldReason::NodeDeposit, operator), DEPOSIT_BASE);
			assert_eq!(NodeStaking::worker_key_owner(&(11 + u64::from(id))), Some(id));
		}
		assert!(ActivationPoints::<Test>::iter().next().is_none(), "no batch left pending");
		// The genesis stake behaves as any counted stake: it unbonds and the node stays.
		roll_to_epoch(2);
		assert_ok!(NodeStaking::unbond(RuntimeOrigin::signed(BOB), 1, MIN_SELF_BOND));
		assert_eq!(view(1).self_bond, MIN_SELF_BOND);
	});
}

#[test]
#[should_panic(expected = "BelowMinSelfBond")]
fn a_genesis_node_below_the_minimum_bond_fails_the_genesis() {
	let config = GenesisConfig::<Test> { nodes: vec![genesis_node(ALICE, 11, MIN_SELF_BOND - 1)] };
	ExtBuilder::default().with_genesis(config).build();
}

#[test]
#[should_panic(expected = "WorkerKeyInUse")]
fn genesis_nodes_with_one_worker_key_fail_the_genesis() {
	let config = GenesisConfig::<Test> {
		nodes: vec![genesis_node(ALICE, 11, MIN_SELF_BOND), genesis_node(BOB, 11, MIN_SELF_BOND)],
	};
	ExtBuilder::default().with_genesis(config).build();
}
