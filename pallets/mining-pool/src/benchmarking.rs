//! Benchmarks of the mining pool (frame-benchmarking v2). The epoch boundary is measured with 10
//! to 10,000 contributing nodes to show that closing an epoch does not depend on their number.

use super::*;
use crate::Pallet as MiningPool;
use corex_primitives::NodeBenchmarking;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get, Hooks,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_runtime::traits::{One, SaturatedConversion, Saturating, Zero};

/// Make sure the pool holds enough to release a budget (benchmark genesis may not fund it).
fn fund_pool<T: Config>() {
	let pool = T::PoolAccount::get();
	let floor: BalanceOf<T> = 1_000_000_000_000_000_000u128.saturated_into();
	if T::Currency::balance(&pool) < floor {
		T::Currency::set_balance(&pool, floor);
	}
	Ledger::<T>::mutate(|ledger| {
		ledger.initial = T::Currency::balance(&pool);
		ledger.paid_out = Zero::zero();
		ledger.recycled = Zero::zero();
	});
}

fn advance<T: Config>(blocks: u32) -> BlockNumberFor<T> {
	let now = frame_system::Pallet::<T>::block_number().saturating_add(blocks.into());
	frame_system::Pallet::<T>::set_block_number(now);
	now
}

/// Protocol fees backing a benchmark's work: ample, so the release rule, not the fees, sets the
/// budget and every reward is paid.
fn backing<T: Config>() -> BalanceOf<T> {
	1_000_000_000_000_000_000u128.saturated_into()
}

/// Most contributing nodes the epoch-boundary benchmark measures.
const MAX_NODES: u32 = 10_000;

/// An epoch index no benchmark reaches: it holds the records that keep the state the same size.
const FAR_EPOCH: EpochIndex = EpochIndex::MAX;

/// An open epoch with `n` contributing nodes (records written directly: closing the epoch never
/// reads them) and an expiring budget, so the close does all of its work.
///
/// Every run holds `MAX_NODES` records in all: `n` in the open epoch and the rest under an epoch
/// nobody reaches. Storage access gets slower as the state grows, whatever is read; keeping the
/// state the same size isolates what the benchmark asks: whether closing depends on the number
/// of contributors.
fn open_epoch_with<T: Config>(n: u32) {
	let index = T::Nodes::current_epoch();
	let record = Contribution {
		compute_cu: 1,
		training_cu: 1,
		compute_weight: 1,
		training_weight: 1,
		backing: backing::<T>(),
	};
	for node in 0..MAX_NODES {
		let epoch = if node < n { index } else { FAR_EPOCH };
		Contributions::<T>::insert(epoch, node, record);
	}
	CurrentEpoch::<T>::put(OpenEpoch {
		index,
		start: frame_system::Pallet::<T>::block_number(),
		free_at_start: MiningPool::<T>::free_pool(),
		demand: u64::from(n),
		capacity: u64::from(n).saturating_mul(2),
		nodes: n,
		compute_weight: u128::from(n),
		training_weight: u128::from(n),
		backing: backing::<T>(),
	});
	// The budget that expires when the next epoch starts.
	let next = index.saturating_add(1);
	if let Some(expiring) = next.checked_sub(T::ClaimEpochs::get().saturating_add(1)) {
		Budgets::<T>::insert(
			expiring,
			EpochBudget {
				compute: 1_000u32.into(),
				training: 1_000u32.into(),
				compute_share: sp_runtime::Perbill::from_percent(50),
				compute_weight: 1,
				training_weight: 1,
				backing: backing::<T>(),
				paid: Zero::zero(),
				expires: next,
			},
		);
		Claimable::<T>::mutate(|c| *c = c.saturating_add(2_000u32.into()));
		Ledger::<T>::mutate(|l| l.released = l.released.saturating_add(2_000u32.into()));
	}
}

/// Close the open epoch without the hook's payouts, as the first block of the next one does.
fn close_open_epoch<T: Config>() {
	T::BenchmarkHelper::next_epoch();
	let now = advance::<T>(100);
	MiningPool::<T>::close_epoch(CurrentEpoch::<T>::get(), T::Nodes::current_epoch(), now);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn record_contribution() -> Result<(), BenchmarkError> {
		let node = T::BenchmarkHelper::active_node(0)?;
		MiningPool::<T>::on_initialize(advance::<T>(1));

		#[block]
		{
			MiningPool::<T>::do_record(node, RewardPath::Compute, 1_000, backing::<T>())?;
		}

		assert_eq!(CurrentEpoch::<T>::get().nodes, 1);
		assert!(Contributions::<T>::contains_key(T::Nodes::current_epoch(), node));
		Ok(())
	}

	#[benchmark]
	fn claim_node_reward() -> Result<(), BenchmarkError> {
		fund_pool::<T>();
		let node = T::BenchmarkHelper::active_node(0)?;
		MiningPool::<T>::on_initialize(advance::<T>(1));
		MiningPool::<T>::do_record(node, RewardPath::Compute, 1_000, backing::<T>())?;
		MiningPool::<T>::do_record(node, RewardPath::Training, 1_000, backing::<T>())?;
		let epoch = CurrentEpoch::<T>::get().index;
		close_open_epoch::<T>();
		let owed = MiningPool::<T>::reward_of(epoch, node).unwrap_or_default();
		assert!(!owed.is_zero());
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), epoch, node);

		assert_eq!(Ledger::<T>::get().paid_out, owed);
		Ok(())
	}

	#[benchmark]
	fn on_initialize_idle() {
		let now = advance::<T>(1);
		MiningPool::<T>::on_initialize(now);
		let index = CurrentEpoch::<T>::get().index;

		#[block]
		{
			MiningPool::<T>::on_initialize(now.saturating_add(One::one()));
		}

		assert_eq!(CurrentEpoch::<T>::get().index, index);
	}

	/// Closing an epoch with `n` contributing nodes (10 to 10,000), an expiring budget to return
	/// and its records to schedule for cleanup.
	#[benchmark]
	fn on_initialize_close_epoch(n: Linear<10, MAX_NODES>) {
		fund_pool::<T>();
		for _ in 0..T::ClaimEpochs::get().saturating_add(1) {
			T::BenchmarkHelper::next_epoch();
		}
		MiningPool::<T>::on_initialize(advance::<T>(1));
		open_epoch_with::<T>(n);
		let closing = CurrentEpoch::<T>::get().index;
		T::BenchmarkHelper::next_epoch();
		let now = advance::<T>(600);
		// A block starts with no events: the setup's would make the hook's append look slow.
		frame_system::Pallet::<T>::reset_events();

		#[block]
		{
			MiningPool::<T>::on_initialize(now);
		}

		assert!(Budgets::<T>::contains_key(closing));
		assert_eq!(CurrentEpoch::<T>::get().index, closing.saturating_add(1));
	}

	/// The hook paying `n` nodes their rewards for a closed epoch, each credited to the node's
	/// stakers through node staking.
	#[benchmark]
	fn pay_records(n: Linear<1, 100>) -> Result<(), BenchmarkError> {
		let n = n.min(T::PayoutsPerBlock::get());
		fund_pool::<T>();
		let mut nodes = alloc::vec::Vec::new();
		for seed in 0..n {
			nodes.push(T::BenchmarkHelper::active_node(seed)?);
		}
		MiningPool::<T>::on_initialize(advance::<T>(1));
		for node in &nodes {
			MiningPool::<T>::do_record(*node, RewardPath::Compute, 1_000, backing::<T>())?;
		}
		let epoch = CurrentEpoch::<T>::get().index;
		close_open_epoch::<T>();
		PayoutCursor::<T>::put(epoch);
		let paid;

		#[block]
		{
			paid = MiningPool::<T>::payout_step();
		}

		assert_eq!(paid, Some(n));
		assert_eq!(Contributions::<T>::iter_prefix(epoch).count(), 0);
		assert!(!Ledger::<T>::get().paid_out.is_zero());
		Ok(())
	}

	#[benchmark]
	fn on_finalize_book_inflow() {
		fund_pool::<T>();
		let pool = T::PoolAccount::get();
		let inflow: BalanceOf<T> = 1_000u32.into();
		T::Currency::set_balance(&pool, T::Currency::balance(&pool).saturating_add(inflow));
		let now = frame_system::Pallet::<T>::block_number();

		#[block]
		{
			MiningPool::<T>::on_finalize(now);
		}

		assert_eq!(Ledger::<T>::get().recycled, inflow);
	}

	impl_benchmark_test_suite!(
		MiningPool,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
