//! Orders: checks, submission (to the queue or a JCE), ids, and cancellation.

use crate::{settlement::Ending, *};
use alloc::vec::Vec;
use corex_primitives::{ComputationStatus, JcePlacement};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedMul, Saturating},
	DispatchResult,
};

/// `fee_per_cu × cu × k`, `None` on overflow.
pub(crate) fn fee_of<B>(fee_per_cu: B, cu: ComputeUnits, k: u8) -> Option<B>
where
	B: CheckedMul + TryFrom<u64>,
{
	let cu: B = cu.try_into().ok()?;
	let k: B = u64::from(k).try_into().ok()?;
	fee_per_cu.checked_mul(&cu)?.checked_mul(&k)
}

impl<T: Config> Pallet<T> {
	/// When the chain must see an order's output (a gradient, or any output under a tolerance
	/// policy), the inputs its kernel needs are there and the longest output they can give
	/// fits in a reveal (`MaxOutputLen`). Otherwise the nodes could compute but never reveal,
	/// and would be punished for it.
	pub(crate) fn check_output_fits(
		kind: ComputationKind,
		mode: corex_primitives::VerificationMode,
		inputs: &[Input],
	) -> DispatchResult {
		if !corex_primitives::needs_output(kind, mode) {
			return Ok(());
		}
		let kernel = Self::order_kernel(kind).ok_or(Error::<T>::AggregationNotOrderable)?;
		let lens: Vec<u32> = inputs.iter().map(|i| i.size).collect();
		let bound = kernel.max_output_len(&lens).ok_or(Error::<T>::WrongInputCount)?;
		ensure!(bound <= u64::from(T::MaxOutputLen::get()), Error::<T>::OutputTooLarge);
		Ok(())
	}

	/// An order's inputs: exactly as many as its kernel takes (otherwise no node could run
	/// it, and every assigned node would be punished for missing its window), and an output
	/// that fits where the chain must see it (`check_output_fits`).
	pub(crate) fn check_inputs(def: &DefinitionOf<T>, inputs: &[Input]) -> DispatchResult {
		let kernel = Self::order_kernel(def.kind).ok_or(Error::<T>::AggregationNotOrderable)?;
		ensure!(inputs.len() == kernel.inputs(), Error::<T>::WrongInputCount);
		Self::check_output_fits(def.kind, def.policy.mode, inputs)
	}

	/// The checks an order and a training job share. Returns the definition.
	pub(crate) fn check_order(
		definition: DefinitionId,
		fee_per_cu: BalanceOf<T>,
		redundancy: u8,
	) -> Result<DefinitionOf<T>, DispatchError> {
		let def = Definitions::<T>::get(definition).ok_or(Error::<T>::DefinitionNotFound)?;
		ensure!(!def.retired, Error::<T>::DefinitionRetired);
		ensure!(redundancy > 0, Error::<T>::ZeroRedundancy);
		ensure!(redundancy >= T::MinRedundancy::get(), Error::<T>::RedundancyBelowMinimum);
		ensure!(
			u32::from(redundancy) <= T::MaxRedundancy::get(),
			Error::<T>::RedundancyAboveMaximum
		);
		ensure!(fee_per_cu >= T::BaseFeePerCu::get(), Error::<T>::FeeBelowBase);
		let offered = match def.device_class {
			Some(class) => OfferedPerClass::<T>::get(class),
			None => OfferedCount::<T>::get(),
		};
		ensure!(offered >= u32::from(redundancy), Error::<T>::NotEnoughNodes);
		Ok(def)
	}

	// ---------------------------------------------------------------------------------------
	// Orders
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_submit_computation(
		who: T::AccountId,
		order: ComputationOrderOf<T>,
	) -> Result<ComputationId, DispatchError> {
		let ComputationOrder { definition, inputs, cu_budget, fee_per_cu, deadline, redundancy } =
			order;
		let inputs = Self::parse_inputs(&inputs)?;
		let def = Self::check_order(definition, fee_per_cu, redundancy)?;
		let cu = Self::check_work(&def, &inputs, cu_budget, deadline)?;
		let escrow = fee_of(fee_per_cu, cu_budget, redundancy).ok_or(Error::<T>::Overflow)?;
		let id = Self::next_computation_id()?;
		T::Currency::hold(&HoldReason::Escrow.into(), &who, escrow)?;
		Self::create_computation(
			id, who, definition, def.kind, inputs, cu, cu_budget, fee_per_cu, escrow, redundancy,
			deadline, None,
		);
		Ok(id)
	}

	/// What every order checks of its work, in this order: it has inputs, its inputs fit the
	/// definition (`check_inputs`), the compute units they cost fit `cu_budget`, the deadline is
	/// allowed, and the queue has room. Returns the compute units.
	fn check_work(
		def: &DefinitionOf<T>,
		inputs: &BoundedVec<Input, T::MaxInputs>,
		cu_budget: ComputeUnits,
		deadline: BlockNumberFor<T>,
	) -> Result<ComputeUnits, DispatchError> {
		ensure!(!inputs.is_empty(), Error::<T>::NoInputs);
		Self::check_inputs(def, inputs)?;
		let cu = Self::price_inputs(def, inputs)?;
		ensure!(cu <= cu_budget, Error::<T>::BudgetTooLow);
		Self::check_deadline(deadline)?;
		ensure!(Self::queued_count() < T::MaxQueueLength::get(), Error::<T>::QueueFull);
		Ok(cu)
	}

	/// An order to a joint computing environment: the JCE sets `k` (its largest cluster's
	/// size) and the fee per CU (its dearest cluster's price, at least the base fee); the
	/// cluster it runs on sets what is paid.
	pub(crate) fn do_submit_to_jce(
		who: T::AccountId,
		order: JceOrderOf<T>,
	) -> Result<ComputationId, DispatchError> {
		let JceOrder { jce, definition, inputs, cu_budget, deadline } = order;
		let inputs = Self::parse_inputs(&inputs)?;
		let def = Definitions::<T>::get(definition).ok_or(Error::<T>::DefinitionNotFound)?;
		ensure!(!def.retired, Error::<T>::DefinitionRetired);
		let cu = Self::check_work(&def, &inputs, cu_budget, deadline)?;
		let terms = T::Jces::admit(&who, jce, definition)?;
		ensure!(terms.redundancy > 0, Error::<T>::ZeroRedundancy);
		ensure!(
			u32::from(terms.redundancy) <= T::MaxRedundancy::get(),
			Error::<T>::RedundancyAboveMaximum
		);
		let fee_per_cu = terms.fee_per_cu.max(T::BaseFeePerCu::get());
		let escrow = fee_of(fee_per_cu, cu_budget, terms.redundancy).ok_or(Error::<T>::Overflow)?;
		let id = Self::next_computation_id()?;
		T::Currency::hold(&HoldReason::Escrow.into(), &who, escrow)?;
		Self::create_computation(
			id,
			who,
			definition,
			def.kind,
			inputs,
			cu,
			cu_budget,
			fee_per_cu,
			escrow,
			terms.redundancy,
			deadline,
			None,
		);
		Computations::<T>::mutate(id, |c| {
			if let Some(c) = c {
				c.jce = Some(jce);
			}
		});
		Self::deposit_event(Event::SubmittedToJce { id, jce });
		Ok(id)
	}

	pub(crate) fn check_deadline(deadline: BlockNumberFor<T>) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(deadline > now, Error::<T>::DeadlineInPast);
		ensure!(
			deadline >= now.saturating_add(T::ExecutionWindow::get()),
			Error::<T>::DeadlineTooSoon
		);
		ensure!(deadline <= now.saturating_add(T::MaxDeadline::get()), Error::<T>::DeadlineTooFar);
		Ok(())
	}

	pub(crate) fn next_computation_id() -> Result<ComputationId, DispatchError> {
		let id = NextComputationId::<T>::get();
		NextComputationId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		Ok(id)
	}

	/// Store a new computation (its escrow already held), queue it and arm its deadline.
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn create_computation(
		id: ComputationId,
		owner: T::AccountId,
		definition: DefinitionId,
		kind: ComputationKind,
		inputs: BoundedVec<Input, T::MaxInputs>,
		cu: ComputeUnits,
		cu_budget: ComputeUnits,
		fee_per_cu: BalanceOf<T>,
		escrow: BalanceOf<T>,
		redundancy: u8,
		deadline: BlockNumberFor<T>,
		fragment: Option<Fragment>,
	) {
		let mut computation = Computation {
			owner: owner.clone(),
			definition,
			kind,
			inputs,
			cu,
			cu_budget,
			fee_per_cu,
			escrow,
			redundancy,
			deadline,
			status: ComputationStatus::Queued,
			slots: BoundedVec::new(),
			missed: BoundedVec::new(),
			timer: Some(deadline),
			fragment,
			verifier: None,
			jce: None,
			panel: BoundedVec::new(),
			assigned_epoch: 0,
		};
		Timers::<T>::insert(deadline, id, ());
		Self::enqueue(id, &mut computation, frame_system::Pallet::<T>::block_number());
		Computations::<T>::insert(id, computation);
		Self::definition_opened(definition, true);
		T::Demand::record_demand(cu.saturating_mul(u64::from(redundancy)));
		Self::deposit_event(Event::ComputationQueued {
			id,
			owner,
			definition,
			cu,
			fee_per_cu,
			redundancy,
			escrow,
			deadline,
		});
	}

	pub(crate) fn do_cancel(who: T::AccountId, id: ComputationId) -> DispatchResult {
		let c = Computations::<T>::get(id).ok_or(Error::<T>::ComputationNotFound)?;
		ensure!(c.owner == who, Error::<T>::NotOwner);
		ensure!(c.fragment.is_none(), Error::<T>::PartOfJob);
		ensure!(
			c.status == ComputationStatus::Queued && c.slots.is_empty() && c.missed.is_empty(),
			Error::<T>::AlreadyAssigned
		);
		Self::end(id, c, Ending::Cancelled);
		Ok(())
	}
}
