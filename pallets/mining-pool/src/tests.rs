//! Unit and property tests of the mining pool. Every test ends with the pallet's `try_state`
//! invariants and a check that total issuance did not move.

use crate::{mock::*, Error, Event, *};
use corex_primitives::{ContributionRecorder, RewardPath, DEFAULT_REPUTATION};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::Preservation,
	},
};
use proptest::prelude::*;
use sp_runtime::Perbill;

/// Protocol fees backing work that the release rule, not the fees, limits: the whole pool.
const AMPLE: Balance = INITIAL_POOL;

/// Record work backed by ample protocol fees.
fn record(node: NodeId, path: RewardPath, cu: u64) {
	record_backed(node, path, cu, AMPLE);
}

fn record_backed(node: NodeId, path: RewardPath, cu: u64, backing: Balance) {
	assert_ok!(MiningPool::record_contribution(node, path, cu, backing));
}

fn claim(epoch: EpochIndex, node: NodeId) -> sp_runtime::DispatchResult {
	MiningPool::claim_node_reward(RuntimeOrigin::signed(2), epoch, node)
}

/// Stop the hook's payouts, to claim by hand (a runtime always has the hook pay).
fn manual_payouts() {
	PayoutsPerBlock::set(0);
}

#[test]
fn release_rule_halves_the_free_pool_in_four_years() {
	// One hour: 600 blocks.
	let hour = release_budget(INITIAL_POOL, 600);
	assert_eq!(hour, RELEASE_PER_BLOCK.mul_floor(INITIAL_POOL) * 600);
	// Four years of hourly epochs with nothing flowing back: about half is left.
	let mut free = INITIAL_POOL;
	let epochs_per_year = 24 * 36525 / 100;
	for _ in 0..4 * epochs_per_year {
		free -= release_budget(free, 600);
	}
	let left = Perbill::from_rational(free, INITIAL_POOL);
	assert!(left >= Perbill::from_percent(49) && left <= Perbill::from_percent(51), "{left:?}");
	// A whole epoch can never release more than the free pool.
	assert_eq!(release_budget(1_000, u64::MAX), 1_000);
	assert_eq!(release_budget(0, 600), 0);
}

#[test]
fn compute_share_follows_demand_over_capacity_within_bounds() {
	assert_eq!(compute_share(0, 1_000), Perbill::from_percent(30));
	assert_eq!(compute_share(500, 1_000), Perbill::from_percent(50));
	assert_eq!(compute_share(1_000, 1_000), Perbill::from_percent(70));
	assert_eq!(compute_share(9_000, 1_000), Perbill::from_percent(70));
	assert_eq!(compute_share(0, 0), Perbill::from_percent(30));
	assert_eq!(compute_share(5, 0), Perbill::from_percent(70));
}

#[test]
fn stake_boost_grows_with_stake_and_is_capped() {
	assert_eq!(stake_boost_permille(0, UNIT), 1_000);
	assert_eq!(stake_boost_permille(UNIT, UNIT), 1_250);
	assert_eq!(stake_boost_permille(3 * UNIT, UNIT), 1_500);
	assert_eq!(stake_boost_permille(15 * UNIT, UNIT), 2_000);
	assert_eq!(stake_boost_permille(u128::MAX, UNIT), 2_000);
	assert_eq!(stake_boost_permille(UNIT, 0), 1_000);
	let mut last = 0;
	for k in 0..200u128 {
		let boost = stake_boost_permille(k * UNIT / 7, UNIT);
		assert!(boost >= last);
		last = boost;
	}
	// The worked example of docs/mining-pool.md: 500 CU, reputation 800, stake three units
	// (30,000 CXT with the runtime's 10,000 CXT unit; the mock's unit is 1,000 CXT).
	assert_eq!(reward_weight(500, 800, stake_boost_permille(3 * UNIT, UNIT)), 600_000_000);
}

#[test]
fn an_epoch_without_contribution_releases_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		// Demand with no working capacity at all: the split would favour compute, but nothing
		// was verified, so nothing is released.
		MiningPool::record_demand(50);
		next_epoch(EPOCH_BLOCKS);
		System::assert_last_event(
			Event::EpochClosed {
				epoch: 0,
				compute: 0,
				training: 0,
				compute_share: Perbill::from_percent(70),
			}
			.into(),
		);
		assert!(Budgets::<Test>::get(0).is_none());
		assert_eq!(Claimable::<Test>::get(), 0);
		assert_noop!(claim(0, 0), Error::<Test>::EpochNotClaimable);
	});
}

#[test]
fn budget_is_shared_by_contribution_reputation_and_stake() {
	ExtBuilder::default().build_and_execute(|| {
		manual_payouts();
		// Node 0: 100 CU, reputation 500, no stake. Node 1: 100 CU, reputation 1000, 15 units.
		set_node(1, 1_000, 15 * UNIT, 1_000);
		record(0, RewardPath::Compute, 100);
		record(1, RewardPath::Compute, 100);
		record(2, RewardPath::Training, 10);
		MiningPool::record_demand(1_500);
		System::assert_last_event(
			Event::ContributionRecorded {
				epoch: 0,
				node: 2,
				path: RewardPath::Training,
				cu: 10,
				weight: 10 * 500 * 1_000,
				backing: AMPLE,
			}
			.into(),
		);
		assert_eq!(MiningPool::open_epoch().capacity, 3_000);
		let (_, _, share) = MiningPool::projection();
		assert_eq!(share, Perbill::from_percent(50));
		next_epoch(EPOCH_BLOCKS);
		let budget = Budgets::<Test>::get(0).unwrap();
		// Demand 1,500 over capacity 3,000: 50 % compute.
		assert_eq!(budget.compute_share, Perbill::from_percent(50));
		// Epoch 0 ran from block 0 to the current block.
		let released = release_budget(INITIAL_POOL, System::block_number());
		assert_eq!(budget.compute + budget.training, released);
		System::assert_last_event(
			Event::EpochClosed {
				epoch: 0,
				compute: budget.compute,
				training: budget.training,
				compute_share: Perbill::from_percent(50),
			}
			.into(),
		);
		// Node 1 weighs 2 (reputation) × 2 (boost) = 4 times node 0.
		let r0 = MiningPool::pending_reward(0, 0);
		let r1 = MiningPool::pending_reward(0, 1);
		assert_eq!(r0, budget.compute / 5);
		assert_eq!(r1, budget.compute * 4 / 5);
		assert_ok!(claim(0, 0));
		System::assert_last_event(Event::NodeRewarded { epoch: 0, node: 0, amount: r0 }.into());
		assert_ok!(claim(0, 1));
		assert_ok!(claim(0, 2));
		assert_eq!(Balances::balance(&node_account(0)), r0);
		assert_eq!(Balances::balance(&node_account(1)), r1);
		assert_eq!(Balances::balance(&node_account(2)), budget.training);
		assert_noop!(claim(0, 0), Error::<Test>::NothingToClaim);
		let paid = Budgets::<Test>::get(0).unwrap().paid;
		assert!(paid <= released);
		assert_eq!(Ledger::<Test>::get().paid_out, paid);
		assert_eq!(Balances::balance(&POOL), INITIAL_POOL - paid);
	});
}

#[test]
fn an_epoch_releases_at_most_90_percent_of_the_protocol_fees_backing_it() {
	ExtBuilder::default().build_and_execute(|| {
		manual_payouts();
		// Two nodes' work, backed by 600 and 400 planck of protocol fees: far below what the
		// release rule would give.
		record_backed(0, RewardPath::Compute, 100, 600);
		record_backed(1, RewardPath::Training, 100, 400);
		System::assert_last_event(
			Event::ContributionRecorded {
				epoch: 0,
				node: 1,
				path: RewardPath::Training,
				cu: 100,
				weight: 100 * 500 * 1_000,
				backing: 400,
			}
			.into(),
		);
		assert_eq!(MiningPool::open_epoch().backing, 1_000);
		let (compute, training, _) = MiningPool::projection();
		assert_eq!(compute + training, 900);
		next_epoch(EPOCH_BLOCKS);
		assert!(release_budget(INITIAL_POOL, System::block_number()) > 900);
		let budget = Budgets::<Test>::get(0).unwrap();
		assert_eq!(budget.compute + budget.training, 900);
		assert_eq!(budget.backing, 1_000);
		assert_eq!(Ledger::<Test>::get().released, 900);
		assert_ok!(claim(0, 0));
		assert_ok!(claim(0, 1));
		let paid = Budgets::<Test>::get(0).unwrap().paid;
		assert!(paid <= 900, "{paid}");
		assert!(Balances::balance(&node_account(0)) <= 540);
		assert!(Balances::balance(&node_account(1)) <= 360);
	});
}

#[test]
fn no_node_is_paid_more_than_90_percent_of_the_fees_backing_its_own_work() {
	ExtBuilder::default().build_and_execute(|| {
		manual_payouts();
		// Node 1 weighs four times node 0 (reputation 1000, the largest boost) but its work is
		// backed by 100 planck of fees; node 0's by 1,000,000.
		set_node(1, 1_000, 15 * UNIT, 1_000);
		record_backed(0, RewardPath::Compute, 100, 1_000_000);
		record_backed(1, RewardPath::Compute, 100, 100);
		next_epoch(EPOCH_BLOCKS);
		let budget = Budgets::<Test>::get(0).unwrap();
		// 90 % of the 1,000,100 backing the epoch, of which the compute path's 30 % (no
		// demand) is released; the training path, which nobody worked on, releases nothing.
		assert_eq!((budget.compute, budget.training), (270_027, 0));
		// Node 1's weight would give it 4/5 of the compute budget: it gets 90 planck.
		assert_eq!(MiningPool::pending_reward(0, 1), 90);
		assert_eq!(MiningPool::pending_reward(0, 0), budget.compute / 5);
		assert_ok!(claim(0, 1));
		System::assert_last_event(Event::NodeRewarded { epoch: 0, node: 1, amount: 90 }.into());
		assert_ok!(claim(0, 0));
		// What node 1 could not take stays claimable until the budget expires, then returns.
		let left = budget.compute - Budgets::<Test>::get(0).unwrap().paid;
		assert!(left > 0);
		assert_eq!(Claimable::<Test>::get(), left);
		for _ in 0..CLAIM_EPOCHS {
			next_epoch(EPOCH_BLOCKS);
		}
		System::assert_has_event(Event::BudgetExpired { epoch: 0, returned: left }.into());
		assert_eq!(Claimable::<Test>::get(), 0);
	});
}

#[test]
fn work_no_fee_backs_releases_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		record_backed(0, RewardPath::Compute, 1_000, 0);
		record_backed(1, RewardPath::Training, 1_000, 0);
		next_epoch(EPOCH_BLOCKS);
		assert!(Budgets::<Test>::get(0).is_none());
		assert_eq!(Ledger::<Test>::get().released, 0);
		assert_noop!(claim(0, 0), Error::<Test>::EpochNotClaimable);
	});
}

#[test]
fn errors_are_named_and_change_nothing() {
	ExtBuilder::default().build_and_execute(|| {
		manual_payouts();
		assert_noop!(
			MiningPool::record_contribution(0, RewardPath::Compute, 0, AMPLE),
			Error::<Test>::ZeroWork
		);
		assert_noop!(
			MiningPool::record_contribution(9, RewardPath::Compute, 5, AMPLE),
			Error::<Test>::NodeNotFound
		);
		record(0, RewardPath::Compute, 5);
		assert_noop!(claim(0, 0), Error::<Test>::EpochNotClaimable);
		next_epoch(EPOCH_BLOCKS);
		assert_noop!(claim(0, 1), Error::<Test>::NothingToClaim);
		// A node whose stakers cannot be credited keeps its reward claimable.
		refuse_rewards(0);
		assert!(claim(0, 0).is_err());
		assert!(MiningPool::pending_reward(0, 0) > 0);
		set_node(0, DEFAULT_REPUTATION, 0, 1_000);
		assert_ok!(claim(0, 0));
		assert_noop!(
			MiningPool::claim_node_reward(RuntimeOrigin::none(), 0, 0),
			sp_runtime::DispatchError::BadOrigin
		);
		// Compute units that would overflow the node's record are refused, changing nothing.
		record(1, RewardPath::Training, u64::MAX - 1);
		assert_noop!(
			MiningPool::record_contribution(1, RewardPath::Training, 2, AMPLE),
			Error::<Test>::Overflow
		);
		// So is a backing that would overflow the epoch's total.
		assert_noop!(
			MiningPool::record_contribution(2, RewardPath::Compute, 1, Balance::MAX),
			Error::<Test>::Overflow
		);
	});
}

#[test]
fn the_hook_pays_every_record_once_its_epoch_closes() {
	ExtBuilder::default().build_and_execute(|| {
		for node in 0..3 {
			record(node, RewardPath::Compute, 10);
		}
		assert_eq!(Unpaid::<Test>::get(0), Some(UnpaidRecords { records: 1, newest: 0 }));
		// The block that closes epoch 0 pays two records (`PayoutsPerBlock`), the next the third.
		next_epoch(EPOCH_BLOCKS);
		let budget = Budgets::<Test>::get(0).unwrap();
		let each = budget.compute / 3;
		assert_eq!(Contributions::<Test>::iter_prefix(0).count(), 1);
		assert_eq!(PayoutCursor::<Test>::get(), 0);
		next_epoch_without_change(1);
		assert_eq!(Contributions::<Test>::iter_prefix(0).count(), 0);
		for node in 0..3 {
			System::assert_has_event(Event::NodeRewarded { epoch: 0, node, amount: each }.into());
			assert_eq!(Balances::balance(&node_account(node)), each);
			assert_eq!(Unpaid::<Test>::get(node), None);
		}
		assert_eq!(PayoutCursor::<Test>::get(), 1);
		assert_eq!(Ledger::<Test>::get().paid_out, 3 * each);
		// The open epoch is not paid before it closes; the cursor waits for it.
		record(0, RewardPath::Compute, 10);
		next_epoch_without_change(3);
		assert_eq!(PayoutCursor::<Test>::get(), 1);
		assert!(Contributions::<Test>::get(1, 0).is_some());
		assert_noop!(claim(0, 0), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn a_reward_the_hook_cannot_credit_returns_to_the_pool_with_its_budget() {
	ExtBuilder::default().build_and_execute(|| {
		record(0, RewardPath::Compute, 10);
		record(1, RewardPath::Compute, 10);
		// Node 0's stakers cannot be credited (no counted stake left).
		refuse_rewards(0);
		next_epoch(EPOCH_BLOCKS);
		let budget = Budgets::<Test>::get(0).unwrap();
		let owed = budget.compute / 2;
		System::assert_has_event(Event::PayoutSkipped { epoch: 0, node: 0, owed }.into());
		System::assert_has_event(Event::NodeRewarded { epoch: 0, node: 1, amount: owed }.into());
		assert_eq!(Contributions::<Test>::iter_prefix(0).count(), 0);
		assert_eq!(Unpaid::<Test>::get(0), None);
		// Its share stays in the budget until the budget expires, then returns to the free pool.
		let left = budget.compute - owed;
		assert_eq!(Claimable::<Test>::get(), left);
		for _ in 0..CLAIM_EPOCHS {
			next_epoch(EPOCH_BLOCKS);
		}
		System::assert_has_event(Event::BudgetExpired { epoch: 0, returned: left }.into());
		assert_eq!(Claimable::<Test>::get(), 0);
		assert_eq!(Ledger::<Test>::get().expired, left);
		assert_noop!(claim(0, 0), Error::<Test>::EpochNotClaimable);
	});
}

#[test]
fn records_of_an_epoch_that_released_nothing_are_removed_by_the_hook() {
	ExtBuilder::default().build_and_execute(|| {
		// Five nodes at reputation 0 work: zero weight, so the epoch releases nothing.
		for node in 0..5 {
			set_node(node, 0, 0, 1_000);
			record(node, RewardPath::Compute, 10);
		}
		next_epoch(EPOCH_BLOCKS);
		assert!(Budgets::<Test>::get(0).is_none());
		// Two per block: three blocks in all; nothing was owed.
		assert_eq!(Contributions::<Test>::iter_prefix(0).count(), 3);
		next_epoch_without_change(2);
		assert_eq!(Contributions::<Test>::iter_prefix(0).count(), 0);
		for node in 0..5 {
			System::assert_has_event(Event::PayoutSkipped { epoch: 0, node, owed: 0 }.into());
		}
		assert_eq!(PayoutCursor::<Test>::get(), 1);
		assert_eq!(Unpaid::<Test>::iter().count(), 0);
	});
}

#[test]
fn node_staking_is_told_which_rewards_of_closed_epochs_are_unpaid() {
	ExtBuilder::default().build_and_execute(|| {
		manual_payouts();
		let unpaid_before = <MiningPool as UnpaidRewards>::unpaid_before;
		record(0, RewardPath::Compute, 10);
		// Epoch 0's record holds back stake counting from epoch 1, not stake counting from 0.
		assert!(!unpaid_before(0, 0));
		assert!(unpaid_before(0, 1));
		assert!(!unpaid_before(1, 1));
		next_epoch(EPOCH_BLOCKS);
		record(0, RewardPath::Compute, 10);
		assert_eq!(Unpaid::<Test>::get(0), Some(UnpaidRecords { records: 2, newest: 1 }));
		assert!(unpaid_before(0, 1));
		// Paid: only the open epoch's record is left, which holds back nothing before epoch 2.
		assert_ok!(claim(0, 0));
		assert_eq!(Unpaid::<Test>::get(0), Some(UnpaidRecords { records: 1, newest: 1 }));
		assert!(!unpaid_before(0, 1));
		assert!(unpaid_before(0, 2));
	});
}

#[test]
fn a_budget_is_claimable_through_its_last_epoch_only() {
	ExtBuilder::default().build_and_execute(|| {
		manual_payouts();
		record(0, RewardPath::Compute, 10);
		record(1, RewardPath::Compute, 10);
		next_epoch(EPOCH_BLOCKS);
		// Epoch CLAIM_EPOCHS is the last in which epoch 0 can be claimed.
		for _ in 1..CLAIM_EPOCHS {
			next_epoch(EPOCH_BLOCKS);
		}
		assert_eq!(MiningPool::open_epoch().index, CLAIM_EPOCHS);
		assert_ok!(claim(0, 0));
		next_epoch(EPOCH_BLOCKS);
		assert_noop!(claim(0, 1), Error::<Test>::EpochNotClaimable);
	});
}

#[test]
fn a_training_only_epoch_releases_the_training_share_and_matches_its_projection() {
	ExtBuilder::default().build_and_execute(|| {
		manual_payouts();
		record(0, RewardPath::Training, 40);
		// The projection is what closing at the current block would release.
		next_epoch_without_change(EPOCH_BLOCKS - 1);
		let (compute, training, share) = MiningPool::projection();
		let so_far = release_budget(INITIAL_POOL, System::block_number());
		assert_eq!((compute, training), (0, so_far - Perbill::from_percent(30).mul_floor(so_far)));
		assert_eq!(share, Perbill::from_percent(30));
		next_epoch(1);
		let budget = Budgets::<Test>::get(0).unwrap();
		assert_eq!(budget.compute_share, share);
		// No demand: compute share 30 %, nobody computed, so only the training 70 % is released.
		assert_eq!(budget.compute, 0);
		let released = release_budget(INITIAL_POOL, System::block_number());
		assert_eq!(budget.training, released - Perbill::from_percent(30).mul_floor(released));
		assert_eq!(MiningPool::pending_reward(0, 0), budget.training);
	});
}

#[test]
fn release_projection_is_the_curve_of_the_rule() {
	ExtBuilder::default().build_and_execute(|| {
		let curve = MiningPool::projection_curve(3, 600);
		let first = INITIAL_POOL - release_budget(INITIAL_POOL, 600);
		assert_eq!(curve[0], first);
		assert_eq!(curve[1], first - release_budget(first, 600));
		assert_eq!(curve.len(), 3);
		assert_eq!(MiningPool::projection_curve(10_000, 600).len(), 520);
	});
}

#[test]
fn inflows_are_booked_as_recycled_and_extend_the_pool() {
	ExtBuilder::default().build_and_execute(|| {
		record(0, RewardPath::Compute, 10);
		pay_into_pool(5 * UNIT);
		// Until the block ends, the inflow is not booked.
		assert_eq!(Ledger::<Test>::get().recycled, 0);
		end_block();
		System::assert_last_event(Event::Recycled { amount: 5 * UNIT }.into());
		assert_eq!(Ledger::<Test>::get().recycled, 5 * UNIT);
		assert_ok!(MiningPool::do_try_state());
		// Nothing new flowed in: no second booking.
		end_block();
		assert_eq!(Ledger::<Test>::get().recycled, 5 * UNIT);
		// The epoch's budget comes from the free pool at its start: the inflow does not change it.
		next_epoch(EPOCH_BLOCKS);
		let first = Budgets::<Test>::get(0).unwrap();
		let blocks = System::block_number();
		// Only the compute path worked, at the 30 % share of no demand.
		assert_eq!(
			first.compute,
			Perbill::from_percent(30).mul_floor(release_budget(INITIAL_POOL, blocks))
		);
		// The next epoch starts from the grown free pool, so it releases more than it would have.
		let free = INITIAL_POOL + 5 * UNIT - first.compute;
		assert_eq!(MiningPool::open_epoch().free_at_start, free);
		record(0, RewardPath::Compute, 10);
		pay_into_pool(UNIT);
		next_epoch(EPOCH_BLOCKS);
		let second = Budgets::<Test>::get(1).unwrap();
		let with_inflow = release_budget(free, EPOCH_BLOCKS);
		assert_eq!(second.compute, Perbill::from_percent(30).mul_floor(with_inflow));
		assert!(with_inflow > release_budget(free - 5 * UNIT, EPOCH_BLOCKS));
	});
}

#[test]
fn try_state_detects_broken_invariants() {
	ExtBuilder::default().build().execute_with(|| {
		manual_payouts();
		record(0, RewardPath::Compute, 10);
		next_epoch(EPOCH_BLOCKS);
		assert_ok!(MiningPool::do_try_state());
		Claimable::<Test>::mutate(|c| *c += 1);
		assert!(MiningPool::do_try_state().is_err());
		Claimable::<Test>::mutate(|c| *c -= 1);
		Budgets::<Test>::mutate(0, |b| {
			let b = b.as_mut().unwrap();
			b.paid = b.compute;
		});
		assert!(MiningPool::do_try_state().is_err(), "an unrecorded payment is caught");
		Budgets::<Test>::mutate(0, |b| {
			let b = b.as_mut().unwrap();
			b.paid = 0;
			b.backing = 0;
		});
		assert!(MiningPool::do_try_state().is_err(), "a budget no fee backs is caught");
	});
	// A record the unpaid count misses, or one the payout cursor passed, is caught.
	ExtBuilder::default().build().execute_with(|| {
		record(0, RewardPath::Compute, 10);
		Unpaid::<Test>::remove(0);
		assert!(MiningPool::do_try_state().is_err(), "an uncounted record is caught");
		Unpaid::<Test>::insert(0, UnpaidRecords { records: 1, newest: 0 });
		assert_ok!(MiningPool::do_try_state());
		PayoutCursor::<Test>::put(1);
		assert!(MiningPool::do_try_state().is_err(), "a record behind the cursor is caught");
	});
	// Money leaving the pool outside a payout is caught, and not booked away at the block's end.
	ExtBuilder::default().build().execute_with(|| {
		Balances::transfer(&POOL, &PAYER, 7, Preservation::Preserve).unwrap();
		end_block();
		assert_eq!(Ledger::<Test>::get().recycled, 0);
		assert!(MiningPool::do_try_state().is_err());
	});
	// So is minting.
	ExtBuilder::default().build().execute_with(|| {
		assert_ok!(Balances::mint_into(&PAYER, 7));
		pay_into_pool(7);
		end_block();
		assert!(MiningPool::do_try_state().is_err(), "issuance moved");
	});
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

	/// Over random epochs, contributions, reputations and stakes: the invariants hold, nothing
	/// is minted, no epoch pays more than it released.
	#[test]
	fn invariants_hold_over_random_epochs(
		epochs in proptest::collection::vec(
			(
				proptest::collection::vec(
					(0u32..3, any::<bool>(), 1u64..10_000, 0u128..1_000_000_000_000_000),
					0..8,
				),
				0u64..20_000,
				1u64..2_000,
				0u128..100,
			),
			1..8,
		),
		reputations in proptest::collection::vec(0u16..=1_000, 3),
		stakes in proptest::collection::vec(0u128..100, 3),
	) {
		ExtBuilder::default().build().execute_with(|| {
			let issuance = Balances::total_issuance();
			for (node, (rep, stake)) in reputations.iter().zip(stakes.iter()).enumerate() {
				set_node(node as u32, *rep, stake * UNIT, 1_000);
			}
			for (epoch, (records, demand, blocks, inflow)) in epochs.iter().enumerate() {
				if *inflow > 0 {
					pay_into_pool(*inflow * UNIT);
				}
				let mut backing = [0u128; 3];
				for (node, compute, cu, fees) in records {
					let path = if *compute { RewardPath::Compute } else { RewardPath::Training };
					assert_ok!(MiningPool::record_contribution(*node, path, *cu, *fees));
					backing[*node as usize] += fees;
				}
				MiningPool::record_demand(*demand);
				let before: alloc::vec::Vec<_> =
					(0..3).map(|node| Balances::balance(&node_account(node))).collect();
				// The hook pays two records in the first block, a claim may pay the third.
				next_epoch(*blocks);
				for node in 0..3 {
					let _ = claim(epoch as u32, node);
					// No node is paid more than 90 % of the fees backing its work.
					let paid = Balances::balance(&node_account(node)) - before[node as usize];
					prop_assert!(paid <= EMISSION_PER_FEE.mul_floor(backing[node as usize]));
				}
				if let Some(budget) = Budgets::<Test>::get(epoch as u32) {
					let total: u128 = backing.iter().sum();
					prop_assert_eq!(budget.backing, total);
					prop_assert!(
						budget.compute + budget.training <= EMISSION_PER_FEE.mul_floor(total)
					);
				}
				end_block();
				MiningPool::do_try_state().unwrap();
				if let Some(budget) = Budgets::<Test>::get(epoch as u32) {
					prop_assert!(budget.paid <= budget.compute + budget.training);
				}
			}
			let ledger = Ledger::<Test>::get();
			prop_assert_eq!(Balances::balance(&POOL) + ledger.paid_out, INITIAL_POOL + ledger.recycled);
			let paid_in: u128 = epochs.iter().map(|e| e.3 * UNIT).sum();
			prop_assert_eq!(ledger.recycled, paid_in);
			prop_assert_eq!(Balances::total_issuance(), issuance);
			Ok(())
		})?;
	}

	/// More verified work never earns less, all else equal.
	#[test]
	fn rewards_are_monotone_in_contribution(
		base in 1u64..10_000,
		extra in 0u64..10_000,
		other in 1u64..10_000,
		rep in 1u16..=1_000,
		stake in 0u128..50,
	) {
		let reward = |cu: u64| {
			let mut out = 0;
			ExtBuilder::default().build_and_execute(|| {
				manual_payouts();
				set_node(0, rep, stake * UNIT, 1_000);
				record(0, RewardPath::Compute, cu);
				record(1, RewardPath::Compute, other);
				next_epoch(EPOCH_BLOCKS);
				out = MiningPool::pending_reward(0, 0);
			});
			out
		};
		prop_assert!(reward(base + extra) >= reward(base));
	}
}
