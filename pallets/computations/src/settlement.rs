//! How a computation ends: closing it, paying its nodes, and releasing the escrow.

use crate::*;
use corex_primitives::JcePlacement;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Mutate, MutateHold},
		tokens::{Precision, Preservation},
		Get,
	},
};
use sp_runtime::traits::{SaturatedConversion, Saturating, Zero};

/// How a computation ended, for the events and the job it belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Ending {
	Cancelled,
	Expired,
	Failed,
}

impl<T: Config> Pallet<T> {
	// ---------------------------------------------------------------------------------------
	// Endings
	// ---------------------------------------------------------------------------------------

	/// Remove computation `id` and everything that points at it; refund what its escrow still
	/// holds. Returns the refund.
	pub(crate) fn close(id: ComputationId, c: &ComputationOf<T>) -> BalanceOf<T> {
		ComputationQueue::<T>::remove(queue_key(c.fee_per_cu.saturated_into(), id));
		Deferred::<T>::remove(id);
		UnavailableReports::<T>::remove(id);
		if let Some(at) = c.timer {
			Timers::<T>::remove(at, id);
		}
		for slot in c.slots.iter() {
			Self::unindex_assignment(slot.node, id);
		}
		for node in c.verifier.iter().chain(c.panel.iter()) {
			Self::unindex_assignment(*node, id);
		}
		let refunded = Self::release_escrow(&c.owner, c.escrow);
		Computations::<T>::remove(id);
		Batches::<T>::remove(id);
		Self::definition_opened(c.definition, false);
		refunded
	}

	/// Release `amount` of `who`'s escrow hold. Returns what was released.
	pub(crate) fn release_escrow(who: &T::AccountId, amount: BalanceOf<T>) -> BalanceOf<T> {
		if amount.is_zero() {
			return amount;
		}
		T::Currency::release(&HoldReason::Escrow.into(), who, amount, Precision::BestEffort)
			.unwrap_or_default()
	}

	/// End computation `id` unsuccessfully, refunding its escrow and failing its job.
	pub(crate) fn end(id: ComputationId, c: ComputationOf<T>, ending: Ending) {
		Self::wind_up(id, c, false, |refunded| match ending {
			Ending::Cancelled => Event::ComputationCancelled { id, refunded },
			Ending::Expired => Event::ComputationExpired { id, refunded },
			Ending::Failed => Event::ComputationFailed { id, refunded },
		});
	}

	/// Close computation `id` (refunding what its escrow holds), tell its JCE how it went,
	/// emit the event `event` makes of the refund, and fail its job unless it succeeded.
	pub(crate) fn wind_up(
		id: ComputationId,
		c: ComputationOf<T>,
		succeeded: bool,
		event: impl FnOnce(BalanceOf<T>) -> Event<T>,
	) {
		let refunded = Self::close(id, &c);
		if let Some(jce) = c.jce {
			T::Jces::note_ended(jce, succeeded);
		}
		Self::deposit_event(event(refunded));
		if let Some(fragment) = c.fragment.filter(|_| !succeeded) {
			Self::fail_job(fragment.job, fragment.round);
		}
	}

	/// Pay each of `nodes` up to `share` from computation `c`'s escrow: `ProtocolFee` of it goes
	/// to the mining pool, the rest to the node's stakers through node staking. A node that can
	/// no longer be paid (no counted stake) leaves its whole share with the customer: it is
	/// released and counts as refunded, and no protocol fee is taken on it. Returns what the
	/// nodes were paid and the protocol fee taken.
	pub(crate) fn pay_nodes(
		c: &mut ComputationOf<T>,
		nodes: &[NodeId],
		share: BalanceOf<T>,
	) -> (BalanceOf<T>, BalanceOf<T>) {
		let mut total_paid: BalanceOf<T> = Zero::zero();
		let mut total_fee: BalanceOf<T> = Zero::zero();
		let rate = T::ProtocolFee::get();
		for node in nodes {
			let amount = share.min(c.escrow);
			if amount.is_zero() {
				break;
			}
			let released = Self::release_escrow(&c.owner, amount);
			c.escrow = c.escrow.saturating_sub(released);
			let fee = rate.mul_floor(released);
			let to_node = released.saturating_sub(fee);
			if T::Rewards::credit_reward(*node, &c.owner, to_node).is_err() {
				continue;
			}
			total_paid = total_paid.saturating_add(to_node);
			if fee.is_zero() {
				continue;
			}
			let destination = T::ProtocolFeeDestination::get();
			match T::Currency::transfer(&c.owner, &destination, fee, Preservation::Expendable) {
				Ok(_) => total_fee = total_fee.saturating_add(fee),
				// The released escrow is free in the customer's account, so this cannot fail;
				// if it did, the customer would keep the fee, and no emission would be backed.
				Err(e) => log::error!(target: "computations", "protocol fee not taken: {e:?}"),
			}
		}
		(total_paid, total_fee)
	}
}
