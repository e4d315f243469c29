//! Commission, crediting rewards to a node's stakers and claiming them.

use crate::*;
use frame_support::{
	dispatch::DispatchResult,
	ensure,
	traits::{
		fungible::{Mutate, MutateHold},
		tokens::Preservation,
		Get, VestedTransfer,
	},
};
use sp_runtime::{
	traits::{CheckedAdd, SaturatedConversion, Saturating, Zero},
	Perbill,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_set_commission(
		operator: T::AccountId,
		id: NodeId,
		commission: Perbill,
	) -> DispatchResult {
		let (mut node, now) = Self::load_node(id)?;
		Self::ensure_operator(&node, &operator)?;
		ensure!(commission <= T::MaxCommission::get(), Error::<T>::CommissionTooHigh);
		if commission <= node.commission {
			ensure!(
				commission != node.commission || node.pending_commission.is_some(),
				Error::<T>::NoChange
			);
			node.commission = commission;
			node.pending_commission = None;
			Nodes::<T>::insert(id, node);
			Self::deposit_event(Event::CommissionChanged { node: id, commission });
		} else {
			let effective_epoch = now.checked_add(2).ok_or(Error::<T>::Overflow)?;
			node.pending_commission = Some((commission, effective_epoch));
			Nodes::<T>::insert(id, node);
			Self::deposit_event(Event::CommissionRaiseScheduled {
				node: id,
				commission,
				effective_epoch,
			});
		}
		Ok(())
	}

	pub(crate) fn do_claim_rewards(
		who: T::AccountId,
		id: NodeId,
		payout: RewardPayout,
	) -> DispatchResult {
		let (mut node, now) = Self::load_node(id)?;
		let is_operator = node.operator == who;
		let mut pos = Positions::<T>::get(id, &who);
		ensure!(pos.is_some() || is_operator, Error::<T>::NoPosition);
		if let Some(pos) = pos.as_mut() {
			Self::settle(id, &node, pos, now)?;
		}
		let from_position = pos.as_ref().map(|pos| pos.unclaimed).unwrap_or_else(Zero::zero);
		let commission = if is_operator { node.unclaimed_commission } else { Zero::zero() };
		let amount = from_position.checked_add(&commission).ok_or(Error::<T>::Overflow)?;
		ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);

		let mut vested = T::VestingShare::get().mul_floor(amount);
		if vested < T::MinVestedReward::get() {
			vested = Zero::zero();
		}
		let liquid = amount.saturating_sub(vested);
		let pot = Self::reward_pot();
		let mut compounded = BalanceOf::<T>::zero();
		if payout == RewardPayout::Compound && !liquid.is_zero() {
			Self::ensure_not_exiting(&node)?;
			let pos = pos.as_mut().ok_or(Error::<T>::NoPosition)?;
			ensure!(!(pos.active.is_zero() && pos.pending.is_zero()), Error::<T>::NoPosition);
			Self::check_pending(&node, pos, liquid, now)?;
			T::Currency::transfer(&pot, &who, liquid, Preservation::Preserve)?;
			T::Currency::hold(&Self::hold_reason(pos.kind), &who, liquid)?;
			Self::add_pending(id, &mut node, pos, liquid, now)?;
			compounded = liquid;
		} else if !liquid.is_zero() {
			T::Currency::transfer(&pot, &who, liquid, Preservation::Preserve)?;
		}
		if !vested.is_zero() {
			let period: u128 = T::VestingPeriod::get().saturated_into();
			let per_block: BalanceOf<T> = vested
				.saturated_into::<u128>()
				.checked_div(period.max(1))
				.unwrap_or_default()
				.max(1)
				.saturated_into();
			T::Vesting::vested_transfer(
				&pot,
				&who,
				vested,
				per_block,
				frame_system::Pallet::<T>::block_number(),
			)?;
		}

		RewardTotals::<T>::mutate(|totals| totals.paid = totals.paid.saturating_add(amount));
		if is_operator {
			node.unclaimed_commission = Zero::zero();
		}
		if let Some(mut pos) = pos {
			pos.unclaimed = Zero::zero();
			Self::store_position(id, &mut node, &who, pos);
		}
		Self::store_node(id, node, now);
		Self::deposit_event(Event::RewardsClaimed {
			who,
			node: id,
			liquid: liquid.saturating_sub(compounded),
			vested,
			compounded,
		});
		Ok(())
	}

	pub(crate) fn do_credit_reward(
		id: NodeId,
		source: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let (mut node, _) = Self::load_node(id)?;
		ensure!(node.stake.weight > 0, Error::<T>::NoCountedStake);
		let commission = node.commission.mul_floor(amount);
		let shared = amount.saturating_sub(commission);
		let increment = reward_per_weight_increment(shared.saturated_into(), node.stake.weight)
			.ok_or(Error::<T>::Overflow)?;
		let reward_per_weight =
			node.reward_per_weight.checked_add(&increment).ok_or(Error::<T>::Overflow)?;
		let unclaimed_commission =
			node.unclaimed_commission.checked_add(&commission).ok_or(Error::<T>::Overflow)?;
		let mut totals = RewardTotals::<T>::get();
		totals.credited = totals.credited.checked_add(&amount).ok_or(Error::<T>::Overflow)?;

		T::Currency::transfer(source, &Self::reward_pot(), amount, Preservation::Preserve)?;
		node.reward_per_weight = reward_per_weight;
		node.unclaimed_commission = unclaimed_commission;
		RewardTotals::<T>::put(totals);
		Nodes::<T>::insert(id, node);
		Self::deposit_event(Event::RewardCredited {
			node: id,
			source: source.clone(),
			amount,
			commission,
		});
		Ok(())
	}
}
