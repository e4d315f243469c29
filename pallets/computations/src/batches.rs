//! Batches: many fragments of one inference or data transform, assigned, committed, revealed
//! and verified as one computation (`submit_batch`, `corex_primitives::batch`).

use crate::{orders::fee_of, *};
use alloc::vec::Vec;
use corex_primitives::{batch, VerificationMode};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, Get},
};

impl<T: Config> Pallet<T> {
	/// Whether orders of `def` may run as batches: an inference or a data transform whose
	/// outputs are compared exactly, so that the executors' manifests of content ids decide
	/// and the chain never needs an output.
	pub(crate) fn batchable(def: &DefinitionOf<T>) -> bool {
		matches!(def.kind, ComputationKind::Inference | ComputationKind::DataTransform)
			&& def.policy.mode == VerificationMode::Exact
			&& !corex_primitives::needs_output(def.kind, def.policy.mode)
	}

	/// The compute units per executor of a batch of `fragments` fragments of `def`, each over
	/// the inputs of `shared` sizes and a shard of `shard_size` bytes.
	pub(crate) fn price_batch(
		def: &DefinitionOf<T>,
		shared: &[u32],
		fragments: u32,
		shard_size: u32,
	) -> Result<ComputeUnits, DispatchError> {
		let mut sizes: Vec<u32> = shared.to_vec();
		sizes.push(shard_size);
		let one = Self::price(def.kind, def.features, &sizes)?;
		one.checked_mul(u64::from(fragments)).ok_or_else(|| Error::<T>::Overflow.into())
	}

	pub(crate) fn do_submit_batch(
		who: T::AccountId,
		order: BatchOrderOf<T>,
	) -> Result<ComputationId, DispatchError> {
		let BatchOrder {
			definition,
			inputs,
			shards,
			fragments,
			shard_size,
			cu_budget,
			fee_per_cu,
			deadline,
			redundancy,
		} = order;
		let def = Self::check_order(definition, fee_per_cu, redundancy)?;
		ensure!(Self::batchable(&def), Error::<T>::NotBatchable);
		ensure!(fragments >= 1 && fragments <= T::MaxBatchFragments::get(), Error::<T>::BatchSize);
		ensure!(shard_size >= 1 && shard_size <= T::MaxInputSize::get(), Error::<T>::ShardSize);
		let kernel = Self::order_kernel(def.kind).ok_or(Error::<T>::AggregationNotOrderable)?;
		ensure!(inputs.len().saturating_add(1) == kernel.inputs(), Error::<T>::WrongInputCount);
		let mut inputs = Self::parse_inputs(&inputs)?;
		let list = ContentId::parse(&shards).ok_or(Error::<T>::InvalidCid)?;
		let shared: Vec<u32> = inputs.iter().map(|i| i.size).collect();
		// No more bytes in all than one order of the kernel may read (the model and one shard of
		// an inference, 2 MiB; a transform's shard, 1 MiB): a worker fetches and computes the
		// batch, and keeps its outputs, as it would one such order, within the same window.
		let bytes = shared
			.iter()
			.map(|size| u64::from(*size))
			.fold(u64::from(fragments).saturating_mul(u64::from(shard_size)), u64::saturating_add);
		let most = (kernel.inputs() as u64).saturating_mul(u64::from(T::MaxInputSize::get()));
		ensure!(bytes <= most, Error::<T>::BatchSize);
		let cu = Self::price_batch(&def, &shared, fragments, shard_size)?;
		ensure!(cu <= cu_budget, Error::<T>::BudgetTooLow);
		Self::check_deadline(deadline)?;
		ensure!(Self::queued_count() < T::MaxQueueLength::get(), Error::<T>::QueueFull);
		// The shard list is the computation's last input, of the size its count gives.
		let list_size = u32::try_from(batch::shard_list_len(fragments))
			.ok()
			.filter(|size| *size <= T::MaxInputSize::get())
			.ok_or(Error::<T>::BatchSize)?;
		inputs
			.try_push(Input { cid: list, size: list_size })
			.map_err(|_| Error::<T>::WrongInputCount)?;
		let escrow = fee_of(fee_per_cu, cu_budget, redundancy).ok_or(Error::<T>::Overflow)?;
		let id = Self::next_computation_id()?;
		T::Currency::hold(&HoldReason::Escrow.into(), &who, escrow)?;
		Self::create_computation(
			id, who, definition, def.kind, inputs, cu, cu_budget, fee_per_cu, escrow, redundancy,
			deadline, None,
		);
		Batches::<T>::insert(id, Batch { fragments, shard_size });
		Self::deposit_event(Event::BatchQueued { id, fragments, shard_size, shards: list });
		Ok(id)
	}

	/// Computation `id`'s batch, if it is one (for the compute worker).
	pub fn batch(id: ComputationId) -> Option<Batch> {
		Batches::<T>::get(id)
	}
}
