//! What node staking offers other pallets: the shared traits of `corex_primitives`.

use crate::*;
use corex_primitives::{MissOutcome, NodeInfo, NodeReputation, OnNodeFault, SlashOutcome};
use frame_support::{
	dispatch::DispatchResult, pallet_prelude::*, storage::with_storage_layer, traits::Get,
};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError, Perbill,
};

impl<T: Config> corex_primitives::EpochClock for Pallet<T> {
	fn current_epoch() -> EpochIndex {
		Pallet::<T>::current_epoch()
	}
}

impl<T: Config> NodeInfo<T::AccountId> for Pallet<T> {
	type WorkerKey = T::WorkerKey;
	type Balance = BalanceOf<T>;

	fn operator(node: NodeId) -> Option<T::AccountId> {
		Nodes::<T>::get(node).map(|node| node.operator)
	}
	fn worker_key(node: NodeId) -> Option<T::WorkerKey> {
		Self::node_view(node).map(|view| view.worker_key)
	}
	fn node_of_worker(key: &T::WorkerKey) -> Option<NodeId> {
		let id = WorkerKeys::<T>::get(key)?;
		(Self::node_view(id)?.worker_key == *key).then_some(id)
	}
	fn status(node: NodeId) -> Option<NodeStatus> {
		Self::node_view(node).map(|view| view.status)
	}
	fn active_capacity(node: NodeId) -> ComputeUnits {
		Self::node_view(node).map(|view| view.active_capacity).unwrap_or_default()
	}
	fn device_class(node: NodeId) -> Option<DeviceClass> {
		Self::node_view(node).map(|view| view.device_class)
	}
	fn tier(node: NodeId) -> Option<u8> {
		Self::node_view(node).map(|view| view.tier)
	}
	fn reputation(node: NodeId) -> Option<Reputation> {
		Self::node_view(node).map(|view| view.reputation)
	}
	fn record(node: NodeId) -> Option<corex_primitives::NodeRecord<BalanceOf<T>>> {
		Nodes::<T>::contains_key(node).then(|| Records::<T>::get(node))
	}
	fn counted_stake(node: NodeId) -> BalanceOf<T> {
		Self::node_view(node)
			.map(|view| view.self_bond.saturating_add(view.delegated))
			.unwrap_or_else(Zero::zero)
	}
}

impl<T: Config> NodeRewards<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn credit_reward(node: NodeId, source: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		with_storage_layer(|| Self::do_credit_reward(node, source, amount))
	}
}

impl<T: Config> Pallet<T> {
	/// A slash whose proceeds go to `destination`, or to `SlashDestination` if none is named.
	fn slash_to(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&T::AccountId>,
		scope: SlashScope,
		fault_epoch: Option<EpochIndex>,
	) -> Result<SlashOutcome<BalanceOf<T>>, DispatchError> {
		let default = T::SlashDestination::get();
		let destination = destination.unwrap_or(&default);
		Self::do_slash(node, fraction, reason, destination, scope, fault_epoch)
	}
}

impl<T: Config> NodeSlashing<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn slash(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&T::AccountId>,
	) -> Result<SlashOutcome<BalanceOf<T>>, DispatchError> {
		Self::slash_to(node, fraction, reason, destination, SlashScope::AllStake, None)
	}

	fn slash_for_fault(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&T::AccountId>,
		fault_epoch: EpochIndex,
	) -> Result<SlashOutcome<BalanceOf<T>>, DispatchError> {
		Self::slash_to(node, fraction, reason, destination, SlashScope::AllStake, Some(fault_epoch))
	}

	fn slash_self_bond(
		node: NodeId,
		fraction: Perbill,
		reason: SlashReason,
		destination: Option<&T::AccountId>,
	) -> Result<SlashOutcome<BalanceOf<T>>, DispatchError> {
		Self::slash_to(node, fraction, reason, destination, SlashScope::SelfBondOnly, None)
	}

	fn slash_weight() -> Weight {
		T::WeightInfo::slash(T::MaxDelegationsPerNode::get().saturating_add(1), Self::max_moves())
	}
}

impl<T: Config> NodeReputation for Pallet<T> {
	fn adjust_reputation(node: NodeId, delta: i32) -> Result<Reputation, DispatchError> {
		Self::do_adjust_reputation(node, delta)
	}
	fn suspend(node: NodeId, epochs: EpochIndex) -> DispatchResult {
		with_storage_layer(|| Self::do_suspend(node, epochs))?;
		T::OnFault::on_node_fault(node);
		Ok(())
	}
	fn note_probe(node: NodeId, result: corex_primitives::ProbeResult) {
		Self::do_note_probe(node, result)
	}
	fn note_probe_weight() -> Weight {
		<T as Config>::WeightInfo::note_probe()
	}
	fn note_verdict(node: NodeId, won: bool) {
		if !Nodes::<T>::contains_key(node) {
			return;
		}
		Records::<T>::mutate(node, |r| {
			if won {
				r.verdicts_won = r.verdicts_won.saturating_add(1);
			} else {
				r.verdicts_lost = r.verdicts_lost.saturating_add(1);
			}
		});
	}
	fn note_miss(
		node: NodeId,
		penalty: Reputation,
		slash: Perbill,
		reason: SlashReason,
	) -> Result<MissOutcome, DispatchError> {
		with_storage_layer(|| Self::do_note_miss(node, penalty, slash, reason))
	}

	/// The miss's benchmark has no moved stake: what a slash's moved stake costs at most is
	/// added.
	fn note_miss_weight() -> Weight {
		let positions = T::MaxDelegationsPerNode::get().saturating_add(1);
		let moves = T::WeightInfo::slash(positions, Self::max_moves())
			.saturating_sub(T::WeightInfo::slash(positions, 0));
		T::WeightInfo::note_miss().saturating_add(moves)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> corex_primitives::NodeBenchmarking for Pallet<T> {
	fn active_node(seed: u32) -> Result<NodeId, DispatchError> {
		let operator: T::AccountId = frame_benchmarking::account("bench-operator", seed, 0);
		let stake = T::MinSelfBond::get().saturating_mul(10u32.into()).max(1_000_000u32.into());
		let funds = stake
			.saturating_mul(2u32.into())
			.saturating_add(T::NodeDepositBase::get().saturating_mul(2u32.into()))
			.saturating_add(<T::Currency as fungible::Inspect<T::AccountId>>::minimum_balance());
		<T::Currency as fungible::Mutate<T::AccountId>>::set_balance(&operator, funds);
		let id = NextNodeId::<T>::get();
		// Keys of other pallets' benchmark nodes stay clear of this pallet's own seeds.
		let key = T::BenchmarkHelper::worker_key(seed.saturating_add(1 << 30));
		Self::do_register_node(
			operator.clone(),
			key,
			DeviceClass::Gpu,
			1_000_000,
			alloc::vec::Vec::new(),
		)?;
		Self::do_bond(operator, id, stake, BondKind::First)?;
		Self::next_epoch();
		Ok(id)
	}

	fn next_epoch() {
		let now = frame_system::Pallet::<T>::block_number();
		CurrentEpoch::<T>::mutate(|epoch| {
			epoch.index = epoch.index.saturating_add(1);
			epoch.start = now;
		});
	}
}
