//! The pallet's invariants, checked by `try_state`.

use crate::*;
use alloc::vec::Vec;
use corex_primitives::ComputationStatus;
use frame_support::{ensure, traits::Get};
use sp_runtime::traits::{One, Saturating};

impl<T: Config> Pallet<T> {
	// ---------------------------------------------------------------------------------------
	// Invariants
	// ---------------------------------------------------------------------------------------

	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::traits::fungible::{Inspect, InspectHold};
		// 1. Verifications belong to open committed computations, and have their timer.
		for (id, v) in Verifications::<T>::iter() {
			let facts =
				T::Computations::facts(id).ok_or("a verification of a closed computation")?;
			ensure!(
				matches!(facts.status, ComputationStatus::Committed | ComputationStatus::Revealed),
				"a verification of a computation that is not committed"
			);
			ensure!(
				Timers::<T>::contains_key(v.until.saturating_add(One::one()), id),
				"a verification without its timer"
			);
			ensure!(v.verifier == facts.verifier, "the verifier differs from the computation's");
			ensure!(v.replay.is_none() || v.verifier.is_some(), "a replay without a verifier");
			// 2. Reveals only from executors.
			for (node, _) in Reveals::<T>::iter_prefix(id) {
				ensure!(
					facts.slots.iter().any(|(n, _)| *n == node),
					"a reveal from a non-executor"
				);
			}
		}
		// 2. Nothing kept for computations not under verification.
		for (id, _, _) in Reveals::<T>::iter() {
			ensure!(Verifications::<T>::contains_key(id), "a stale reveal");
		}
		for (id, _, _) in Outputs::<T>::iter() {
			ensure!(Verifications::<T>::contains_key(id), "a stale output");
		}
		for (_, id, ()) in Timers::<T>::iter() {
			ensure!(Verifications::<T>::contains_key(id), "a stale timer");
		}
		// 5. Disputes: only of disputed verdicts, with their panel, and every bond held.
		let mut bonds: alloc::collections::BTreeMap<T::AccountId, BalanceOf<T>> =
			Default::default();
		for (id, dispute) in Disputes::<T>::iter() {
			let v = Verifications::<T>::get(id).ok_or("a dispute without its verification")?;
			ensure!(
				matches!(v.phase, Phase::PanelDrawing | Phase::Disputed),
				"a dispute of a verdict that is not disputed"
			);
			ensure!(v.replay.is_some(), "a dispute without the verifier's replay");
			let facts = T::Computations::facts(id).ok_or("a dispute of a closed computation")?;
			let panel: Vec<NodeId> = dispute.replays.iter().map(|(n, _)| *n).collect();
			ensure!(facts.panel == panel, "a dispute's panel differs from the computation's");
			let held = bonds.entry(dispute.account.clone()).or_default();
			*held = held.saturating_add(dispute.bond);
		}
		for (id, v) in Verifications::<T>::iter() {
			if matches!(v.phase, Phase::PanelDrawing | Phase::Disputed) {
				ensure!(Disputes::<T>::contains_key(id), "a disputed verdict without its dispute");
			}
			if v.phase == Phase::Disputable {
				ensure!(v.replay.is_some(), "a proposed verdict without a replay");
			}
		}
		for (who, bond) in bonds {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::DisputeBond.into(), &who) == bond,
				"dispute bonds held differ from the open disputes'"
			);
		}
		// 4. Pending slashes: exactly the queue's sequence numbers.
		let (oldest, next) = SlashQueue::<T>::get();
		ensure!(oldest <= next, "the slash queue's oldest is past its next");
		ensure!(
			u64::from(PendingSlashes::<T>::count()) == next.saturating_sub(oldest),
			"pending slashes and the queue disagree"
		);
		for (seq, _) in PendingSlashes::<T>::iter() {
			ensure!(seq >= oldest && seq < next, "a pending slash outside the queue");
		}
		// 3. Fixed supply.
		ensure!(
			T::Currency::total_issuance() == T::FixedSupply::get(),
			"total issuance differs from the fixed supply"
		);
		Ok(())
	}
}
