//! What the queue offers other pallets: `ComputationLifecycle` (proofs) and `NodeRanking`.

use crate::{orders::fee_of, settlement::Ending, *};
use alloc::vec::Vec;
use corex_primitives::{ComputationFacts, ComputationStatus, JcePlacement};
use frame_support::{ensure, pallet_prelude::*, traits::Get};
use sp_runtime::{traits::SaturatedConversion, DispatchResult};

impl<T: Config> ComputationLifecycle<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn facts(id: ComputationId) -> Option<ComputationFacts<T::AccountId>> {
		let c = Computations::<T>::get(id)?;
		let def = Definitions::<T>::get(c.definition)?;
		Some(ComputationFacts {
			owner: c.owner,
			kind: c.kind,
			policy: def.policy,
			cu: c.cu,
			input_sizes: c.inputs.iter().map(|i| i.size).collect(),
			status: c.status,
			slots: c.slots.iter().map(|s| (s.node, s.commitment)).collect(),
			verifier: c.verifier,
			panel: c.panel.to_vec(),
			fragment: c.fragment.map(|f| corex_primitives::FragmentFacts {
				job: f.job,
				round: f.round,
				aggregate: f.part == Part::Aggregate,
			}),
			assigned_epoch: c.assigned_epoch,
		})
	}

	fn note_fault(id: ComputationId, node: NodeId) {
		if let Some(jce) = Computations::<T>::get(id).and_then(|c| c.jce) {
			T::Jces::note_fault(jce, node);
		}
	}

	fn note_fault_weight() -> Weight {
		T::Jces::note_fault_weight()
	}

	fn note_verified_weight() -> Weight {
		T::WeightInfo::note_verified(T::MaxShardsPerJob::get())
	}

	fn assign_verifier_weight() -> Weight {
		T::WeightInfo::assign(T::MaxCandidates::get(), 1)
	}

	fn assign_verifier(id: ComputationId) -> Result<NodeId, DispatchError> {
		let mut c = Computations::<T>::get(id).ok_or(Error::<T>::ComputationNotFound)?;
		ensure!(
			matches!(c.status, ComputationStatus::Committed | ComputationStatus::Revealed),
			Error::<T>::InvalidTransition
		);
		ensure!(c.verifier.is_none(), Error::<T>::InvalidTransition);
		let def = Definitions::<T>::get(c.definition).ok_or(Error::<T>::DefinitionNotFound)?;
		let seed = T::Randomness::random(b"corex/verifier").0;
		let (chosen, _) = Self::pick_nodes(&c, &def, 1, id, &seed, &[]);
		let node = chosen.first().copied().ok_or(Error::<T>::NotEnoughNodes)?;
		Self::index_assignment(node, id, c.cu);
		c.verifier = Some(node);
		Computations::<T>::insert(id, c);
		Self::deposit_event(Event::VerifierAssigned { id, node });
		Ok(node)
	}

	fn replace_verifier(id: ComputationId) -> Result<NodeId, DispatchError> {
		frame_support::storage::with_storage_layer(|| {
			let mut c = Computations::<T>::get(id).ok_or(Error::<T>::ComputationNotFound)?;
			let missed = c.verifier.take().ok_or(Error::<T>::InvalidTransition)?;
			c.missed.try_push(missed).map_err(|_| Error::<T>::NotEnoughNodes)?;
			Self::unindex_assignment(missed, id);
			Computations::<T>::insert(id, c);
			<Self as ComputationLifecycle<T::AccountId, BalanceOf<T>>>::assign_verifier(id)
		})
	}

	fn assign_panel(
		id: ComputationId,
		disputer: NodeId,
		size: u32,
	) -> Result<Vec<NodeId>, DispatchError> {
		let mut c = Computations::<T>::get(id).ok_or(Error::<T>::ComputationNotFound)?;
		ensure!(
			matches!(c.status, ComputationStatus::Committed | ComputationStatus::Revealed),
			Error::<T>::InvalidTransition
		);
		ensure!(c.verifier.is_some() && c.panel.is_empty(), Error::<T>::InvalidTransition);
		let def = Definitions::<T>::get(c.definition).ok_or(Error::<T>::DefinitionNotFound)?;
		let seed = T::Randomness::random(b"corex/panel").0;
		let (chosen, _) = Self::pick_nodes(&c, &def, size, id, &seed, &[disputer]);
		for node in &chosen {
			if c.panel.try_push(*node).is_err() {
				break;
			}
			Self::index_assignment(*node, id, c.cu);
		}
		let nodes = c.panel.to_vec();
		Computations::<T>::insert(id, c);
		if !nodes.is_empty() {
			Self::deposit_event(Event::PanelAssigned { id, nodes: nodes.clone() });
		}
		Ok(nodes)
	}

	fn assign_panel_weight(size: u32) -> Weight {
		T::WeightInfo::assign(T::MaxCandidates::get(), size)
	}

	fn note_revealed(id: ComputationId) -> DispatchResult {
		Computations::<T>::try_mutate(id, |maybe| {
			let c = maybe.as_mut().ok_or(Error::<T>::ComputationNotFound)?;
			ensure!(c.status == ComputationStatus::Committed, Error::<T>::InvalidTransition);
			c.status = ComputationStatus::Revealed;
			Self::deposit_event(Event::ResultsRevealed { id });
			Ok(())
		})
	}

	fn note_verified(id: ComputationId, result: ContentId, loss: Option<u32>) -> DispatchResult {
		let mut c = Computations::<T>::get(id).ok_or(Error::<T>::ComputationNotFound)?;
		ensure!(
			matches!(c.status, ComputationStatus::Committed | ComputationStatus::Revealed),
			Error::<T>::InvalidTransition
		);
		if let Some(fragment) = c.fragment {
			if fragment.part == Part::Aggregate {
				ensure!(loss.is_some(), Error::<T>::InvalidTransition);
			}
		}
		c.status = ComputationStatus::Verified;
		let fragment = c.fragment;
		Computations::<T>::insert(id, c);
		Self::deposit_event(Event::ComputationVerified { id, result });
		if let Some(fragment) = fragment {
			Self::fragment_verified(fragment, result, loss)?;
		}
		Ok(())
	}

	fn finalize(id: ComputationId, paid: &[NodeId]) -> Result<BalanceOf<T>, DispatchError> {
		let mut c = Computations::<T>::get(id).ok_or(Error::<T>::ComputationNotFound)?;
		ensure!(c.status == ComputationStatus::Verified, Error::<T>::InvalidTransition);
		let mut seen: Vec<NodeId> = Vec::new();
		for node in paid {
			ensure!(c.slots.iter().any(|s| s.node == *node), Error::<T>::NotAssigned);
			ensure!(!seen.contains(node), Error::<T>::InvalidTransition);
			seen.push(*node);
		}
		let share = fee_of(c.fee_per_cu, c.cu, 1).ok_or(Error::<T>::Overflow)?;
		let (total_paid, protocol_fee) = Self::pay_nodes(&mut c, paid, share);
		Self::wind_up(id, c, true, |refunded| Event::ComputationFinalized {
			id,
			paid: total_paid,
			protocol_fee,
			refunded,
		});
		Ok(protocol_fee)
	}

	fn fail(id: ComputationId) -> DispatchResult {
		let c = Computations::<T>::get(id).ok_or(Error::<T>::ComputationNotFound)?;
		Self::end(id, c, Ending::Failed);
		Ok(())
	}
}

impl<T: Config> corex_primitives::NodeRanking for Pallet<T> {
	/// Up to `limit` of the first `MaxCandidates` offered nodes that are active and have free
	/// capacity, best first by the queue's score (reputation × stake × free capacity).
	fn best_nodes(exclude: &[NodeId], limit: u32) -> Vec<NodeId> {
		let count = OfferedCount::<T>::get();
		let epoch = T::Nodes::current_epoch();
		let mut ranked: Vec<(u64, NodeId)> = Vec::new();
		for position in 0..T::MaxCandidates::get().min(count) {
			let Some(node) = OfferedNodes::<T>::get(position) else { continue };
			if exclude.contains(&node) || !T::Nodes::is_active(node) {
				continue;
			}
			let capacity = T::Nodes::active_capacity(node);
			let load = NodeLoads::<T>::get(node).filter(|l| l.epoch == epoch).map_or(0, |l| l.cu);
			if capacity <= load {
				continue;
			}
			let reputation = u64::from(T::Nodes::reputation(node).unwrap_or(0));
			let stake: u128 = T::Nodes::counted_stake(node).saturated_into();
			let stake_bits = u64::from(stake.saturating_add(1).ilog2());
			ranked.push((reputation.saturating_mul(stake_bits.saturating_add(16)), node));
		}
		ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
		ranked.into_iter().take(limit as usize).map(|(_, n)| n).collect()
	}
}
