//! Punishing a wrong or missing result: reputation at once, the slash from the queue.

use crate::*;
use corex_primitives::ComputationFacts;
use frame_support::{pallet_prelude::*, traits::Get};
use sp_runtime::{traits::Zero, PerThing, Perbill, Rounding};

impl<T: Config> Pallet<T> {
	// ---------------------------------------------------------------------------------------
	// Consequences
	// ---------------------------------------------------------------------------------------

	/// Punish `node` for a fault on computation `id`: `FaultPenalty` reputation and a
	/// `FaultSlash` slash, split between the customer, the verifier that proved the fault (if
	/// any) and the mining pool. Each part is one slash of node staking to its destination,
	/// taken from what the earlier parts left, so the parts add up to `FaultSlash` of the stake.
	/// On a JCE's computation, the fault also counts against the node in its cluster.
	/// Punish `node` for a fault on computation `id`: the fault is counted in its cluster and
	/// its reputation cut now; its slash is queued for the hook (`apply_slash`).
	pub(crate) fn punish(
		id: ComputationId,
		node: NodeId,
		reason: SlashReason,
		facts: &ComputationFacts<T::AccountId>,
		verifier: Option<NodeId>,
	) {
		T::Computations::note_fault(id, node);
		T::Reputation::note_verdict(node, false);
		let penalty = i32::from(T::FaultPenalty::get());
		let reputation = T::Reputation::adjust_reputation(node, penalty.saturating_neg()).ok();
		let (oldest, next) = SlashQueue::<T>::get();
		PendingSlashes::<T>::insert(
			next,
			PendingSlash {
				id,
				node,
				reason,
				reputation,
				customer: facts.owner.clone(),
				verifier: verifier.and_then(T::Nodes::operator),
				fault_epoch: facts.assigned_epoch,
			},
		);
		SlashQueue::<T>::put((oldest, next.saturating_add(1)));
	}

	/// Slash a punished node `FaultSlash` of its stake, split between the customer
	/// (`CustomerShare`), the verifier (`VerifierShare`) and the mining pool (the rest).
	pub(crate) fn apply_slash(pending: PendingSlash<T::AccountId>) {
		let PendingSlash { id, node, reason, reputation, customer, verifier, fault_epoch } =
			pending;
		let total = u64::from(T::FaultSlash::get().deconstruct());
		let to_customer = T::CustomerShare::get().mul_floor(total);
		let to_verifier =
			if verifier.is_some() { T::VerifierShare::get().mul_floor(total) } else { 0 };
		let to_pool = total.saturating_sub(to_customer).saturating_sub(to_verifier);
		let mut left: u64 = 1_000_000_000;
		let mut taken = [BalanceOf::<T>::zero(); 3];
		let parts = [(to_customer, Some(customer)), (to_verifier, verifier), (to_pool, None)];
		for (i, (part, destination)) in parts.into_iter().enumerate() {
			if part == 0 || left == 0 {
				continue;
			}
			// Rounded up, so the floor the slash takes reaches the part.
			let fraction = Perbill::from_rational_with_rounding(part, left, Rounding::Up)
				.unwrap_or(Perbill::one());
			left = left.saturating_sub(part);
			// Stake that became counted after the node took the work was not at risk for it.
			let slashed = T::Slashing::slash_for_fault(
				node,
				fraction,
				reason,
				destination.as_ref(),
				fault_epoch,
			);
			match slashed {
				Ok(outcome) => {
					if let Some(t) = taken.get_mut(i) {
						*t = outcome.total();
					}
				},
				Err(e) => log::debug!(target: "proofs", "no slash of node {node}: {e:?}"),
			}
		}
		let [to_customer, to_verifier, to_pool] = taken;
		Self::deposit_event(Event::Punished {
			id,
			node,
			reason,
			reputation,
			to_customer,
			to_verifier,
			to_pool,
		});
	}

	/// The most applying one pending slash costs: three slashes (the customer's, the
	/// verifier's and the pool's shares) of a node with every position it may have.
	pub(crate) fn slash_weight() -> Weight {
		T::WeightInfo::apply_slash().saturating_add(T::Slashing::slash_weight().saturating_mul(3))
	}

	/// Apply pending slashes, oldest first, while another at its worst fits in `limit` (the
	/// first always runs). Returns the weight used.
	pub(crate) fn apply_pending_slashes(limit: Weight) -> Weight {
		let (mut oldest, next) = SlashQueue::<T>::get();
		let worst = Self::slash_weight();
		let mut used = Weight::zero();
		while oldest < next {
			if !used.is_zero() && used.saturating_add(worst).any_gt(limit) {
				break;
			}
			if let Some(pending) = PendingSlashes::<T>::take(oldest) {
				Self::apply_slash(pending);
			}
			used = used.saturating_add(worst);
			oldest = oldest.saturating_add(1);
		}
		SlashQueue::<T>::put((oldest, next));
		used
	}
}
