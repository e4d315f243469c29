//! The mining pool's logic.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::Inspect, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{CheckedAdd, SaturatedConversion, Saturating, Zero},
	DispatchResult, Perbill, Rounding,
};

/// `amount × part / whole`, rounded down; zero when `whole` is zero.
fn share_of(amount: u128, part: u128, whole: u128) -> u128 {
	if whole == 0 {
		return 0;
	}
	multiply_by_rational_with_rounding(amount, part.min(whole), whole, Rounding::Down)
		.unwrap_or_default()
}

impl<T: Config> Pallet<T> {
	/// The pool balance not spoken for by claimable budgets.
	pub fn free_pool() -> BalanceOf<T> {
		T::Currency::balance(&T::PoolAccount::get()).saturating_sub(Claimable::<T>::get())
	}

	pub(crate) fn on_block(now: BlockNumberFor<T>) -> Weight {
		let mut weight = <T as Config>::WeightInfo::on_initialize_idle();
		let epoch = T::Nodes::current_epoch();
		let open = CurrentEpoch::<T>::get();
		if epoch > open.index {
			let nodes = open.nodes;
			Self::close_epoch(open, epoch, now);
			weight = <T as Config>::WeightInfo::on_initialize_close_epoch(nodes);
		}
		weight = weight.saturating_add(<T as Config>::WeightInfo::on_finalize_book_inflow());
		if let Some(paid) = Self::payout_step() {
			weight = weight.saturating_add(<T as Config>::WeightInfo::pay_records(paid));
		}
		weight
	}

	/// Budget `(compute, training, share)` for an epoch with these totals lasting `blocks`.
	fn budget_for(
		open: &OpenEpoch<BlockNumberFor<T>, BalanceOf<T>>,
		blocks: u64,
	) -> (BalanceOf<T>, BalanceOf<T>, Perbill) {
		let share = compute_share(open.demand, open.capacity);
		if open.compute_weight == 0 && open.training_weight == 0 {
			return (Zero::zero(), Zero::zero(), share);
		}
		// The free pool only grows during an epoch (claims take from the balance and from what is
		// claimable alike; inflows and expiries add), so the start's figure is always covered.
		let free = open.free_at_start.min(Self::free_pool());
		// Never more than the protocol fees paid for the epoch's work allow: self-dealing never
		// pays.
		let budget = release_budget(free.saturated_into(), blocks)
			.min(emission_cap(open.backing.saturated_into()));
		let mut compute = share.mul_floor(budget);
		let mut training = budget.saturating_sub(compute);
		// A path nobody worked on releases nothing.
		if open.compute_weight == 0 {
			compute = 0;
		}
		if open.training_weight == 0 {
			training = 0;
		}
		(compute.saturated_into(), training.saturated_into(), share)
	}

	pub(crate) fn close_epoch(
		open: OpenEpoch<BlockNumberFor<T>, BalanceOf<T>>,
		epoch: EpochIndex,
		now: BlockNumberFor<T>,
	) {
		let blocks: u64 = now.saturating_sub(open.start).saturated_into();
		let (compute, training, compute_share) = Self::budget_for(&open, blocks);
		let released = compute.saturating_add(training);
		if !released.is_zero() {
			Budgets::<T>::insert(
				open.index,
				EpochBudget {
					compute,
					training,
					compute_share,
					compute_weight: open.compute_weight,
					training_weight: open.training_weight,
					backing: open.backing,
					paid: Zero::zero(),
					expires: open.index.saturating_add(1).saturating_add(T::ClaimEpochs::get()),
				},
			);
			Claimable::<T>::mutate(|claimable| *claimable = claimable.saturating_add(released));
			Ledger::<T>::mutate(|ledger| {
				ledger.released = ledger.released.saturating_add(released)
			});
		}
		Self::deposit_event(Event::EpochClosed {
			epoch: open.index,
			compute,
			training,
			compute_share,
		});

		// The budget of the epoch that stops being claimable now returns to the free pool.
		if let Some(expired) = epoch.checked_sub(T::ClaimEpochs::get().saturating_add(1)) {
			if let Some(budget) = Budgets::<T>::take(expired) {
				let returned =
					budget.compute.saturating_add(budget.training).saturating_sub(budget.paid);
				Claimable::<T>::mutate(|claimable| *claimable = claimable.saturating_sub(returned));
				Ledger::<T>::mutate(|ledger| {
					ledger.expired = ledger.expired.saturating_add(returned)
				});
				Self::deposit_event(Event::BudgetExpired { epoch: expired, returned });
			}
		}
		CurrentEpoch::<T>::put(OpenEpoch {
			index: epoch,
			start: now,
			free_at_start: Self::free_pool(),
			demand: 0,
			capacity: 0,
			nodes: 0,
			compute_weight: 0,
			training_weight: 0,
			backing: Zero::zero(),
		});
	}

	/// Pay up to `PayoutsPerBlock` contribution records of the oldest closed epoch that has
	/// some, and remove them. A record that cannot be paid (the node is gone or has no counted
	/// stake, or the budget expired) is removed too (`PayoutSkipped`): what it was owed returns
	/// to the free pool with the rest of its budget. Returns the records handled, or `None` when
	/// no closed epoch is left. Epochs advance at most one per block and an epoch with no records
	/// is passed in one step, so the cursor keeps up.
	pub(crate) fn payout_step() -> Option<u32> {
		let cursor = PayoutCursor::<T>::get();
		if cursor >= CurrentEpoch::<T>::get().index {
			return None;
		}
		let limit = T::PayoutsPerBlock::get() as usize;
		let due: alloc::vec::Vec<_> =
			Contributions::<T>::iter_prefix(cursor).take(limit.saturating_add(1)).collect();
		let more = due.len() > limit;
		let mut handled = 0u32;
		for (node, record) in due.into_iter().take(limit) {
			let paid = Self::budget_of(cursor)
				.ok_or(Error::<T>::EpochNotClaimable.into())
				.and_then(|budget| {
					frame_support::storage::with_storage_layer(|| {
						Self::pay(cursor, node, &record, budget)
					})
				});
			if paid.is_err() {
				let owed = Self::reward_of(cursor, node).unwrap_or_default();
				Self::remove_record(cursor, node);
				Self::deposit_event(Event::PayoutSkipped { epoch: cursor, node, owed });
			}
			handled = handled.saturating_add(1);
		}
		if !more {
			PayoutCursor::<T>::put(cursor.saturating_add(1));
		}
		Some(handled)
	}

	/// The budget of `epoch` while it is claimable.
	fn budget_of(epoch: EpochIndex) -> Option<EpochBudget<BalanceOf<T>>> {
		Budgets::<T>::get(epoch).filter(|budget| CurrentEpoch::<T>::get().index < budget.expires)
	}

	/// Remove a node's record of `epoch` and count it as no longer unpaid.
	fn remove_record(epoch: EpochIndex, node: NodeId) {
		Contributions::<T>::remove(epoch, node);
		Unpaid::<T>::mutate_exists(node, |unpaid| {
			if let Some(u) = unpaid {
				u.records = u.records.saturating_sub(1);
				if u.records == 0 {
					*unpaid = None;
				}
			}
		});
	}

	pub(crate) fn do_record(
		node: NodeId,
		path: RewardPath,
		cu: ComputeUnits,
		backing: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(cu > 0, Error::<T>::ZeroWork);
		let reputation = T::Nodes::reputation(node).ok_or(Error::<T>::NodeNotFound)?;
		let stake: u128 = T::Nodes::counted_stake(node).saturated_into();
		let boost = stake_boost_permille(stake, T::StakeUnit::get().saturated_into());
		let weight = reward_weight(cu, reputation, boost);
		let mut open = CurrentEpoch::<T>::get();
		let existing = Contributions::<T>::get(open.index, node);
		let mut record = existing.unwrap_or_default();
		// The node's CU and weight on the path, and the epoch's weight on it.
		let (node_cu, node_weight, epoch_weight) = match path {
			RewardPath::Compute => {
				(&mut record.compute_cu, &mut record.compute_weight, &mut open.compute_weight)
			},
			RewardPath::Training => {
				(&mut record.training_cu, &mut record.training_weight, &mut open.training_weight)
			},
		};
		*node_cu = node_cu.checked_add(cu).ok_or(Error::<T>::Overflow)?;
		*node_weight = node_weight.checked_add(weight).ok_or(Error::<T>::Overflow)?;
		*epoch_weight = epoch_weight.checked_add(weight).ok_or(Error::<T>::Overflow)?;
		record.backing = record.backing.checked_add(&backing).ok_or(Error::<T>::Overflow)?;
		open.backing = open.backing.checked_add(&backing).ok_or(Error::<T>::Overflow)?;
		let epoch = open.index;
		if existing.is_none() {
			open.capacity = open.capacity.saturating_add(T::Nodes::active_capacity(node));
			open.nodes = open.nodes.saturating_add(1);
			Unpaid::<T>::mutate(node, |unpaid| {
				let u = unpaid.get_or_insert_with(Default::default);
				u.records = u.records.saturating_add(1);
				u.newest = epoch;
			});
		}
		Contributions::<T>::insert(epoch, node, record);
		CurrentEpoch::<T>::put(open);
		Self::deposit_event(Event::ContributionRecorded { epoch, node, path, cu, weight, backing });
		Ok(())
	}

	/// What the pool should hold by its ledger: `initial + recycled − paid_out`.
	fn expected_balance(ledger: &PoolLedger<BalanceOf<T>>) -> BalanceOf<T> {
		ledger.initial.saturating_add(ledger.recycled).saturating_sub(ledger.paid_out)
	}

	/// Book the pool's unexplained growth since the last booking as recycled. Only this
	/// pallet's payouts take money out of the (keyless) pool, so the balance never falls below
	/// the ledger's figure; `try_state` checks it.
	pub(crate) fn book_inflow() {
		let balance = T::Currency::balance(&T::PoolAccount::get());
		let mut ledger = Ledger::<T>::get();
		let expected = Self::expected_balance(&ledger);
		if balance > expected {
			let amount = balance.saturating_sub(expected);
			ledger.recycled = ledger.recycled.saturating_add(amount);
			Ledger::<T>::put(ledger);
			Self::deposit_event(Event::Recycled { amount });
		} else if balance < expected {
			log::error!(
				target: "runtime::mining-pool",
				"pool balance {balance:?} below its ledger {expected:?}: money left the pool outside a payout",
			);
		}
	}

	/// What `node` is owed for `epoch`, if the epoch is claimable and the node has a record.
	pub fn reward_of(epoch: EpochIndex, node: NodeId) -> Option<BalanceOf<T>> {
		let budget = Budgets::<T>::get(epoch)?;
		let record = Contributions::<T>::get(epoch, node)?;
		Some(Self::reward_in(&budget, &record))
	}

	/// A node's share of each path's budget by weight, but never more than `EMISSION_PER_FEE`
	/// of the protocol fees backing its own work: a node whose reputation and stake weigh more
	/// than its fees cannot take the budget others' fees backed.
	fn reward_in(
		budget: &EpochBudget<BalanceOf<T>>,
		record: &Contribution<BalanceOf<T>>,
	) -> BalanceOf<T> {
		let compute =
			share_of(budget.compute.saturated_into(), record.compute_weight, budget.compute_weight);
		let training = share_of(
			budget.training.saturated_into(),
			record.training_weight,
			budget.training_weight,
		);
		compute
			.saturating_add(training)
			.min(emission_cap(record.backing.saturated_into()))
			.saturated_into()
	}

	pub(crate) fn do_claim(epoch: EpochIndex, node: NodeId) -> DispatchResult {
		let budget = Self::budget_of(epoch).ok_or(Error::<T>::EpochNotClaimable)?;
		let record = Contributions::<T>::get(epoch, node).ok_or(Error::<T>::NothingToClaim)?;
		Self::pay(epoch, node, &record, budget)
	}

	/// Credit `node` its reward for `epoch` from `budget` and remove its record. Writes nothing
	/// on error.
	fn pay(
		epoch: EpochIndex,
		node: NodeId,
		record: &Contribution<BalanceOf<T>>,
		mut budget: EpochBudget<BalanceOf<T>>,
	) -> DispatchResult {
		let amount = Self::reward_in(&budget, record);
		let paid = budget.paid.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		ensure!(paid <= budget.compute.saturating_add(budget.training), Error::<T>::Overflow);
		if !amount.is_zero() {
			// The record is still counted as unpaid here, so node staking credits the stake that
			// was at risk in `epoch` and holds newer stake back.
			T::Rewards::credit_reward(node, &T::PoolAccount::get(), amount)?;
		}
		Self::remove_record(epoch, node);
		budget.paid = paid;
		Budgets::<T>::insert(epoch, budget);
		Claimable::<T>::mutate(|claimable| *claimable = claimable.saturating_sub(amount));
		Ledger::<T>::mutate(|ledger| ledger.paid_out = ledger.paid_out.saturating_add(amount));
		Self::deposit_event(Event::NodeRewarded { epoch, node, amount });
		Ok(())
	}

	/// What closing the open epoch at the current block would release.
	pub fn projection() -> (BalanceOf<T>, BalanceOf<T>, Perbill) {
		let open = CurrentEpoch::<T>::get();
		let blocks: u64 =
			frame_system::Pallet::<T>::block_number().saturating_sub(open.start).saturated_into();
		Self::budget_for(&open, blocks)
	}

	/// The free pool after each of the next `epochs` (at most 520) epochs of `blocks` blocks.
	pub fn projection_curve(epochs: u32, blocks: u32) -> alloc::vec::Vec<BalanceOf<T>> {
		let mut free: u128 = Self::free_pool().saturated_into();
		(0..epochs.min(520))
			.map(|_| {
				free = free.saturating_sub(release_budget(free, u64::from(blocks)));
				free.saturated_into()
			})
			.collect()
	}

	/// Check the pallet's invariants (see the crate documentation).
	#[cfg(any(test, feature = "try-runtime"))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let ledger = Ledger::<T>::get();
		let claimable = Claimable::<T>::get();
		ensure!(
			T::Currency::total_issuance() == T::FixedSupply::get(),
			"total issuance == the fixed supply"
		);
		let balance = T::Currency::balance(&T::PoolAccount::get());
		ensure!(
			balance.saturating_add(ledger.paid_out)
				== ledger.initial.saturating_add(ledger.recycled),
			"pool balance + paid out − recycled == initial pool balance"
		);
		ensure!(
			ledger.released
				== ledger.paid_out.saturating_add(claimable).saturating_add(ledger.expired),
			"released == paid out + claimable + expired"
		);
		let mut outstanding = BalanceOf::<T>::zero();
		for (epoch, budget) in Budgets::<T>::iter() {
			let total = budget.compute.saturating_add(budget.training);
			ensure!(budget.paid <= total, "no epoch pays more than its budget");
			ensure!(
				total.saturated_into::<u128>() <= emission_cap(budget.backing.saturated_into()),
				"no epoch releases more than EMISSION_PER_FEE of the protocol fees backing it"
			);
			let owed = Contributions::<T>::iter_prefix(epoch)
				.fold(BalanceOf::<T>::zero(), |acc, (_, record)| {
					acc.saturating_add(Self::reward_in(&budget, &record))
				});
			ensure!(
				owed <= total.saturating_sub(budget.paid),
				"the node rewards of an epoch fit in what is left of its budget"
			);
			outstanding = outstanding.saturating_add(total.saturating_sub(budget.paid));
		}
		ensure!(outstanding == claimable, "claimable == Σ unpaid budgets");
		let cursor = PayoutCursor::<T>::get();
		ensure!(cursor <= CurrentEpoch::<T>::get().index, "the payout cursor is not ahead");
		let mut unpaid: alloc::collections::btree_map::BTreeMap<NodeId, UnpaidRecords> =
			Default::default();
		for (epoch, node, _) in Contributions::<T>::iter() {
			ensure!(epoch >= cursor, "no record is older than the payout cursor");
			let u = unpaid.entry(node).or_default();
			u.records = u.records.saturating_add(1);
			u.newest = u.newest.max(epoch);
		}
		ensure!(
			Unpaid::<T>::iter().collect::<alloc::collections::btree_map::BTreeMap<_, _>>()
				== unpaid,
			"each node's unpaid records are counted"
		);
		ensure!(balance >= claimable, "the pool holds every claimable budget");
		Ok(())
	}
}

impl<T: Config> ContributionRecorder<BalanceOf<T>> for Pallet<T> {
	fn record_contribution(
		node: NodeId,
		path: RewardPath,
		cu: ComputeUnits,
		backing: BalanceOf<T>,
	) -> DispatchResult {
		Self::do_record(node, path, cu, backing)
	}

	fn record_demand(cu: ComputeUnits) {
		CurrentEpoch::<T>::mutate(|open| open.demand = open.demand.saturating_add(cu));
	}
}

impl<T: Config> UnpaidRewards for Pallet<T> {
	/// A record of an epoch before `epoch` is left if the node has two or more (all but the
	/// newest are older) or one that is older. One read.
	fn unpaid_before(node: NodeId, epoch: EpochIndex) -> bool {
		Unpaid::<T>::get(node).is_some_and(|u| u.records > 1 || u.newest < epoch)
	}
}
