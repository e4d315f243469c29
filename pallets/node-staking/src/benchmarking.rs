//! Benchmarks of the node-staking pallet (frame-benchmarking v2). Every benchmark sets up its
//! worst case: due activations and profile changes to apply, full chunk lists, the most
//! positions on a node.

use super::*;
use crate::Pallet as NodeStaking;
use alloc::vec;
use corex_primitives::{NodeReputation, NodeRewards, NodeSlashing};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get, Hooks,
};
use frame_support::BoundedVec;
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::{
	traits::{Bounded, One, Saturating, Zero},
	Perbill,
};

const SEED: u32 = 0;

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	who
}

fn stake<T: Config>() -> BalanceOf<T> {
	T::MinSelfBond::get()
		.max(T::MinDelegation::get())
		.max(T::MinVestedReward::get())
		.saturating_mul(10u32.into())
		.max(1_000_000u32.into())
}

fn set_epoch<T: Config>(index: EpochIndex) {
	let start = frame_system::Pallet::<T>::block_number();
	CurrentEpoch::<T>::put(EpochInfo { index, start });
}

fn ensure_pot<T: Config>() {
	let pot = NodeStaking::<T>::reward_pot();
	if T::Currency::balance(&pot) < T::Currency::minimum_balance() {
		T::Currency::set_balance(&pot, T::Currency::minimum_balance());
	}
}

/// A registered node of `operator` with maximal metadata and a self-bond counting from the
/// next epoch.
fn node_with_bond<T: Config>(operator: &T::AccountId, seed: u32) -> NodeId {
	let id = NextNodeId::<T>::get();
	let metadata = vec![7u8; T::MaxMetadataLen::get() as usize];
	NodeStaking::<T>::do_register_node(
		operator.clone(),
		T::BenchmarkHelper::worker_key(seed),
		corex_primitives::DeviceClass::Gpu,
		1_000_000,
		metadata,
	)
	.expect("benchmark node registers");
	NodeStaking::<T>::do_bond(operator.clone(), id, stake::<T>(), BondKind::First)
		.expect("bond works");
	id
}

/// `n` more registered, bonded nodes, of as many operators.
fn nodes<T: Config>(n: u32) {
	for seed in 0..n {
		let operator = funded::<T>("operator", seed);
		node_with_bond::<T>(&operator, seed);
	}
}

/// Add delegations until the node holds `positions` positions in all.
fn fill_node<T: Config>(id: NodeId, positions: u32) {
	let mut index = 0;
	while Nodes::<T>::get(id).map_or(0, |node| node.positions) < positions {
		let delegator = funded::<T>("delegator", index);
		NodeStaking::<T>::do_delegate(delegator, id, stake::<T>(), 0).expect("delegation works");
		index = index.saturating_add(1);
	}
}

/// A due update and commission raise, so the next touch applies them.
fn schedule_changes<T: Config>(operator: &T::AccountId, id: NodeId, seed: u32) {
	NodeStaking::<T>::do_update_node(
		operator.clone(),
		id,
		corex_primitives::DeviceClass::Cpu,
		2_000_000,
		T::BenchmarkHelper::worker_key(seed),
	)
	.expect("update works");
	let max = T::MaxCommission::get();
	if !max.is_zero() {
		NodeStaking::<T>::do_set_commission(operator.clone(), id, max).expect("raise works");
	}
}

/// Record `m` moves of stake redelegated away from node `id` in epoch `epoch`, `MAX_MOVES` per
/// delegator, each to a fresh node where its delegator holds the stake (pending).
fn moved_away<T: Config>(id: NodeId, m: u32, epoch: EpochIndex) {
	for j in 0..m {
		let operator = funded::<T>("to-operator", j);
		let to = node_with_bond::<T>(&operator, 1_000u32.saturating_add(j));
		let who = funded::<T>("mover", j / MAX_MOVES);
		NodeStaking::<T>::do_delegate(who.clone(), to, stake::<T>(), 0).expect("delegates");
		let entry = Move { to, amount: stake::<T>(), epoch };
		if !MovedStake::<T>::contains_key(id, &who) {
			MovedCount::<T>::mutate(id, |count| *count = count.saturating_add(1));
		}
		MovedStake::<T>::try_mutate(id, &who, |moves| moves.try_push(entry))
			.expect("MAX_MOVES per delegator");
	}
}

fn last_lock<T: Config>() -> u8 {
	(T::LockMenu::get().len().saturating_sub(1)) as u8
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_node() {
		let operator = funded::<T>("operator", 0);
		let metadata = vec![7u8; T::MaxMetadataLen::get() as usize];
		let key = T::BenchmarkHelper::worker_key(1);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(operator.clone()),
			key.clone(),
			corex_primitives::DeviceClass::Gpu,
			1_000,
			metadata,
		);

		assert_eq!(WorkerKeys::<T>::get(key), Some(0));
	}

	#[benchmark]
	fn update_node() {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		// A scheduled update whose key the new one replaces.
		NodeStaking::<T>::do_update_node(
			operator.clone(),
			id,
			corex_primitives::DeviceClass::Cpu,
			5,
			T::BenchmarkHelper::worker_key(2),
		)
		.expect("update works");
		let key = T::BenchmarkHelper::worker_key(3);

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), id, corex_primitives::DeviceClass::Fpga, 9, key.clone());

		assert_eq!(WorkerKeys::<T>::get(key), Some(id));
		assert!(WorkerKeys::<T>::get(T::BenchmarkHelper::worker_key(2)).is_none());
	}

	#[benchmark]
	fn announce_exit() {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		schedule_changes::<T>(&operator, id, 2);
		set_epoch::<T>(3);

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), id);

		assert_eq!(Nodes::<T>::get(id).and_then(|node| node.exit_epoch), Some(4));
	}

	#[benchmark]
	fn remove_node(n: Linear<1, { T::MaxDelegationsPerNode::get().saturating_add(1) }>) {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		fill_node::<T>(id, n);
		NodeStaking::<T>::do_announce_exit(operator, id).expect("exit works");
		set_epoch::<T>(2);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		let node = Nodes::<T>::get(id).expect("positions remain unbonding");
		assert!(node.stake.total().is_zero());
	}

	#[benchmark]
	fn bond() {
		let operator = funded::<T>("operator", 0);
		let id = NextNodeId::<T>::get();
		NodeStaking::<T>::do_register_node(
			operator.clone(),
			T::BenchmarkHelper::worker_key(1),
			corex_primitives::DeviceClass::Gpu,
			1_000,
			vec![7u8; T::MaxMetadataLen::get() as usize],
		)
		.expect("registers");
		// A delegation pending from epoch 1, so the call activates a batch.
		NodeStaking::<T>::do_delegate(funded::<T>("delegator", 0), id, stake::<T>(), 0)
			.expect("delegates");
		schedule_changes::<T>(&operator, id, 2);
		set_epoch::<T>(2);

		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()), id, stake::<T>());

		assert!(Positions::<T>::contains_key(id, operator));
	}

	#[benchmark]
	fn bond_extra() {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		schedule_changes::<T>(&operator, id, 2);
		set_epoch::<T>(2);

		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()), id, stake::<T>());

		let pos = Positions::<T>::get(id, operator).expect("bonded");
		assert_eq!(pos.pending, stake::<T>());
	}

	#[benchmark]
	fn unbond() {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		NodeStaking::<T>::do_bond(operator.clone(), id, stake::<T>(), BondKind::Extra)
			.expect("bonds");
		let chunks = T::MaxUnbondingChunks::get().saturating_sub(1);
		for epoch in 1..=chunks {
			set_epoch::<T>(epoch);
			NodeStaking::<T>::do_unbond(operator.clone(), id, 1u32.into(), PositionKind::SelfBond)
				.expect("unbonds");
		}
		set_epoch::<T>(chunks.saturating_add(1));

		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()), id, 1u32.into());

		let pos = Positions::<T>::get(id, operator).expect("bonded");
		assert_eq!(pos.unbonding.len() as u32, T::MaxUnbondingChunks::get());
	}

	#[benchmark]
	fn withdraw_unbonded() {
		// The last position of an exited node: withdrawing removes the node too.
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		NodeStaking::<T>::do_announce_exit(operator.clone(), id).expect("exit works");
		set_epoch::<T>(2);
		let chunks = T::MaxUnbondingChunks::get().max(1);
		for epoch in 0..chunks {
			set_epoch::<T>(epoch.saturating_add(2));
			let pos = Positions::<T>::get(id, &operator).expect("bonded");
			let amount = if epoch.saturating_add(1) == chunks {
				pos.active.saturating_add(pos.pending)
			} else {
				One::one()
			};
			NodeStaking::<T>::do_unbond(operator.clone(), id, amount, PositionKind::SelfBond)
				.expect("unbonds");
		}
		let epochs = chunks.saturating_add(2).saturating_add(T::UnbondingEpochs::get().max(1));
		set_epoch::<T>(epochs);
		// The chunks also wait their blocks.
		let now = frame_system::Pallet::<T>::block_number();
		let wait = T::EpochLength::get().saturating_mul(BlockNumberFor::<T>::from(epochs));
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(wait));

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), id);

		assert!(!Nodes::<T>::contains_key(id));
	}

	#[benchmark]
	fn delegate() {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		schedule_changes::<T>(&operator, id, 2);
		fill_node::<T>(id, T::MaxDelegationsPerNode::get());
		set_epoch::<T>(2);
		let delegator = funded::<T>("new delegator", 0);
		let lock = last_lock::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(delegator.clone()), id, stake::<T>(), lock);

		assert!(Positions::<T>::contains_key(id, delegator));
	}

	#[benchmark]
	fn undelegate() {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		let delegator = funded::<T>("delegator", 0);
		NodeStaking::<T>::do_delegate(delegator.clone(), id, stake::<T>(), last_lock::<T>())
			.expect("delegates");
		schedule_changes::<T>(&operator, id, 2);
		set_epoch::<T>(2);
		let lock = T::LockMenu::get()
			.get(usize::from(last_lock::<T>()))
			.map(|option| option.duration)
			.unwrap_or_default();
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number().saturating_add(lock),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(delegator.clone()), id, stake::<T>());

		let pos = Positions::<T>::get(id, delegator).expect("still unbonding");
		assert!(pos.active.is_zero());
	}

	#[benchmark]
	fn redelegate() {
		let from_operator = funded::<T>("operator", 0);
		let from = node_with_bond::<T>(&from_operator, 1);
		let to_operator = funded::<T>("operator", 1);
		let to = node_with_bond::<T>(&to_operator, 2);
		let delegator = funded::<T>("delegator", 0);
		NodeStaking::<T>::do_delegate(delegator.clone(), from, stake::<T>(), last_lock::<T>())
			.expect("delegates");
		schedule_changes::<T>(&from_operator, from, 3);
		schedule_changes::<T>(&to_operator, to, 4);
		// The record of moved stake is full of moves that have left the window: the delegator,
		// new to it, prunes them all.
		let max = T::MaxDelegationsPerNode::get();
		for i in 0..max {
			let who: T::AccountId = account("mover", i, SEED);
			let moves = vec![Move { to, amount: One::one(), epoch: 0 }; MAX_MOVES as usize];
			MovedStake::<T>::insert(from, who, BoundedVec::truncate_from(moves));
		}
		MovedCount::<T>::insert(from, max);
		set_epoch::<T>(T::SlashWindowEpochs::get().saturating_add(2));
		let half = stake::<T>() / 2u32.into();

		#[extrinsic_call]
		_(RawOrigin::Signed(delegator.clone()), from, to, half);

		assert!(Positions::<T>::contains_key(to, delegator));
		assert_eq!(MovedCount::<T>::get(from), 1);
	}

	#[benchmark]
	fn set_commission() {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		set_epoch::<T>(1);
		let rate = T::MaxCommission::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), id, rate);

		let node = Nodes::<T>::get(id).expect("exists");
		assert!(node.pending_commission.is_some() || rate.is_zero());
	}

	#[benchmark]
	fn resume_node() {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		set_epoch::<T>(1);
		Nodes::<T>::mutate(id, |node| {
			if let Some(node) = node {
				node.unresponsive = true;
			}
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), id);

		assert!(!Nodes::<T>::get(id).expect("exists").unresponsive);
	}

	/// A node under the reputation threshold for `EvictAfter` epochs is evicted.
	#[benchmark]
	fn evict_node() {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		set_epoch::<T>(1);
		NodeStaking::<T>::do_adjust_reputation(id, -1_000).expect("adjusts");
		set_epoch::<T>(T::EvictAfter::get().saturating_add(1));
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(Nodes::<T>::get(id).expect("exists").exit_epoch.is_some());
	}

	/// A passed probe of a suspended node: its capacity measured, and the node reinstated.
	#[benchmark]
	fn note_probe() {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		set_epoch::<T>(1);
		NodeStaking::<T>::do_adjust_reputation(id, -1_000).expect("adjusts");
		set_epoch::<T>(T::MinSuspension::get().saturating_add(1));

		#[block]
		{
			NodeStaking::<T>::do_note_probe(
				id,
				corex_primitives::ProbeResult::Passed { cu: 1_000, blocks: 1 },
			);
		}

		assert_eq!(Nodes::<T>::get(id).expect("exists").reputation, T::ReputationThreshold::get());
	}

	#[benchmark]
	fn claim_rewards() {
		ensure_pot::<T>();
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		set_epoch::<T>(1);
		let source = funded::<T>("source", 0);
		NodeStaking::<T>::do_credit_reward(id, &source, stake::<T>()).expect("credits");
		NodeStaking::<T>::do_bond(operator.clone(), id, stake::<T>(), BondKind::Extra)
			.expect("bonds");
		set_epoch::<T>(2);
		NodeStaking::<T>::do_credit_reward(id, &source, stake::<T>()).expect("credits");

		#[extrinsic_call]
		_(RawOrigin::Signed(operator.clone()), id, RewardPayout::Compound);

		assert!(NodeStaking::<T>::claimable(id, &operator).unwrap_or_default().is_zero());
	}

	/// `n` registered nodes: the hook reads none of them.
	#[benchmark]
	fn on_initialize_same_epoch(n: Linear<10, { corex_primitives::scale::NODES }>) {
		nodes::<T>(n);
		set_epoch::<T>(1);
		// A block starts with no events: the setup's would make the hook's append look slow.
		frame_system::Pallet::<T>::reset_events();
		let now = frame_system::Pallet::<T>::block_number();

		#[block]
		{
			NodeStaking::<T>::on_initialize(now);
		}

		assert_eq!(NodeStaking::<T>::current_epoch(), 1);
	}

	/// An epoch turns over with `n` registered nodes: they catch up lazily, one by one when
	/// next touched, so the turnover reads none of them.
	#[benchmark]
	fn on_initialize_new_epoch(n: Linear<10, { corex_primitives::scale::NODES }>) {
		nodes::<T>(n);
		set_epoch::<T>(1);
		// A block starts with no events: the setup's would make the hook's append look slow.
		frame_system::Pallet::<T>::reset_events();
		let now = frame_system::Pallet::<T>::block_number()
			.saturating_add(T::EpochLength::get().max(One::one()));

		#[block]
		{
			NodeStaking::<T>::on_initialize(now);
		}

		assert_eq!(NodeStaking::<T>::current_epoch(), 2);
	}

	#[benchmark]
	fn credit_reward() {
		ensure_pot::<T>();
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		schedule_changes::<T>(&operator, id, 2);
		set_epoch::<T>(2);
		let source = funded::<T>("source", 0);

		#[block]
		{
			NodeStaking::<T>::credit_reward(id, &source, stake::<T>()).expect("credits");
		}

		assert_eq!(RewardTotals::<T>::get().credited, stake::<T>());
	}

	/// A slash of a node with `n` positions, each with an unbonding chunk inside the window, and
	/// `m` moves of stake redelegated away inside the window, each to a node of its own.
	#[benchmark]
	fn slash(
		n: Linear<1, { T::MaxDelegationsPerNode::get().saturating_add(1) }>,
		m: Linear<0, { NodeStaking::<T>::max_moves() }>,
	) {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		fill_node::<T>(id, n);
		moved_away::<T>(id, m, 0);
		set_epoch::<T>(1);
		// Every position has a chunk inside the window.
		for (who, pos) in Positions::<T>::iter_prefix(id).collect::<alloc::vec::Vec<_>>() {
			let _ = NodeStaking::<T>::do_unbond(who, id, One::one(), pos.kind);
		}
		let destination = funded::<T>("destination", 0);
		let before = T::Currency::balance(&destination);

		#[block]
		{
			NodeStaking::<T>::slash(
				id,
				Perbill::from_percent(10),
				corex_primitives::SlashReason::InvalidProof,
				Some(&destination),
			)
			.expect("slashes");
		}

		assert!(T::Currency::balance(&destination) > before);
	}

	/// The miss that makes a node unresponsive: the most its repeated misses are slashed, on
	/// every position a node may have, each with a chunk inside the slash window.
	#[benchmark]
	fn note_miss() {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		fill_node::<T>(id, T::MaxDelegationsPerNode::get().saturating_add(1));
		set_epoch::<T>(1);
		for (who, pos) in Positions::<T>::iter_prefix(id).collect::<alloc::vec::Vec<_>>() {
			let _ = NodeStaking::<T>::do_unbond(who, id, One::one(), pos.kind);
		}
		let before = T::UnresponsiveAfter::get().saturating_sub(1);
		Nodes::<T>::mutate(id, |node| {
			if let Some(node) = node {
				node.recent_misses = before;
				node.last_miss = 1;
			}
		});

		#[block]
		{
			NodeStaking::<T>::note_miss(
				id,
				20,
				Perbill::from_percent(1),
				corex_primitives::SlashReason::MissedDeadline,
			)
			.expect("noted");
		}

		let node = Nodes::<T>::get(id).expect("exists");
		assert!(node.unresponsive || T::UnresponsiveAfter::get() == 0);
	}

	#[benchmark]
	fn adjust_reputation() {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		schedule_changes::<T>(&operator, id, 2);
		set_epoch::<T>(5);

		#[block]
		{
			NodeStaking::<T>::adjust_reputation(id, -100).expect("adjusts");
		}

		assert!(Nodes::<T>::get(id).is_some_and(|node| node.reputation_epoch == 5));
	}

	#[benchmark]
	fn suspend() {
		let operator = funded::<T>("operator", 0);
		let id = node_with_bond::<T>(&operator, 1);
		schedule_changes::<T>(&operator, id, 2);
		set_epoch::<T>(5);

		#[block]
		{
			NodeStaking::<T>::suspend(id, 3).expect("suspends");
		}

		assert_eq!(Nodes::<T>::get(id).and_then(|node| node.suspended_until), Some(7));
	}

	impl_benchmark_test_suite!(
		NodeStaking,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
