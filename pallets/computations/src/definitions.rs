//! Computation definitions: registering, retiring, and pricing an order from its kernel and
//! input sizes.

use crate::*;
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_runtime::{traits::Zero, DispatchResult};

impl<T: Config> Pallet<T> {
	// ---------------------------------------------------------------------------------------
	// Inputs and definitions
	// ---------------------------------------------------------------------------------------

	/// Parse one input as the caller wrote it.
	pub(crate) fn parse_input(input: &InputRef) -> Result<Input, DispatchError> {
		let cid = ContentId::parse(&input.cid).ok_or(Error::<T>::InvalidCid)?;
		ensure!(
			input.size >= 1 && input.size <= T::MaxInputSize::get(),
			Error::<T>::InvalidInputSize
		);
		Ok(Input { cid, size: input.size })
	}

	/// Parse a list of inputs as the caller wrote them, keeping its bound.
	pub(crate) fn parse_inputs<S: Get<u32>>(
		raw: &BoundedVec<InputRef, S>,
	) -> Result<BoundedVec<Input, S>, DispatchError> {
		let parsed = raw.iter().map(Self::parse_input).collect::<Result<Vec<_>, _>>()?;
		BoundedVec::try_from(parsed).map_err(|_| Error::<T>::Overflow.into())
	}

	pub(crate) fn do_register_definition(
		who: T::AccountId,
		definition: NewDefinition,
	) -> DispatchResult {
		let NewDefinition { kind, spec, features, policy, device_class, min_tier } = definition;
		ensure!(kind != ComputationKind::Aggregation, Error::<T>::AggregationNotOrderable);
		ensure!(
			features > 0 && features <= corex_compute::cost::MAX_FEATURES,
			Error::<T>::InvalidFeatures
		);
		let spec = ContentId::parse(&spec).ok_or(Error::<T>::InvalidCid)?;
		let max_tier = device_class.map_or(4, |c| c.max_tier());
		ensure!(min_tier <= max_tier, Error::<T>::InvalidTier);
		let id = NextDefinitionId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::DefinitionDeposit::get();
		T::Currency::hold(&HoldReason::DefinitionDeposit.into(), &who, deposit)?;
		NextDefinitionId::<T>::put(next);
		Definitions::<T>::insert(
			id,
			Definition {
				owner: who.clone(),
				kind,
				spec,
				features,
				policy,
				device_class,
				min_tier,
				deposit,
				open: 0,
				retired: false,
			},
		);
		Self::deposit_event(Event::DefinitionRegistered { id, owner: who, kind, deposit });
		Ok(())
	}

	pub(crate) fn do_retire_definition(who: T::AccountId, id: DefinitionId) -> DispatchResult {
		let mut def = Definitions::<T>::get(id).ok_or(Error::<T>::DefinitionNotFound)?;
		ensure!(def.owner == who, Error::<T>::NotDefinitionOwner);
		ensure!(!def.retired, Error::<T>::DefinitionRetired);
		T::Currency::release(
			&HoldReason::DefinitionDeposit.into(),
			&who,
			def.deposit,
			Precision::BestEffort,
		)?;
		def.retired = true;
		def.deposit = Zero::zero();
		if def.open == 0 {
			Definitions::<T>::remove(id);
		} else {
			Definitions::<T>::insert(id, def);
		}
		Self::deposit_event(Event::DefinitionRetired { id });
		Ok(())
	}

	/// One more (or one fewer) open computation or job on definition `id`; a retired
	/// definition is removed with its last.
	pub(crate) fn definition_opened(id: DefinitionId, opened: bool) {
		Definitions::<T>::mutate_exists(id, |maybe| {
			if let Some(def) = maybe {
				def.open =
					if opened { def.open.saturating_add(1) } else { def.open.saturating_sub(1) };
				if def.retired && def.open == 0 {
					*maybe = None;
				}
			}
		});
	}

	/// The compute units one run of `kind` costs over inputs of `sizes` bytes with
	/// `features`-wide samples: the chain's price, from the kernel's work
	/// (`corex_compute::compute_units`).
	pub(crate) fn price(
		kind: ComputationKind,
		features: u32,
		sizes: &[u32],
	) -> Result<ComputeUnits, DispatchError> {
		let kernel = Self::order_kernel(kind).ok_or(Error::<T>::AggregationNotOrderable)?;
		corex_compute::compute_units(kernel, features, sizes)
			.ok_or_else(|| Error::<T>::WrongInputCount.into())
	}

	/// [`Self::price`] of an order of `def` over `inputs`.
	pub(crate) fn price_inputs(
		def: &DefinitionOf<T>,
		inputs: &[Input],
	) -> Result<ComputeUnits, DispatchError> {
		let sizes: Vec<u32> = inputs.iter().map(|i| i.size).collect();
		Self::price(def.kind, def.features, &sizes)
	}

	/// The kernel that runs orders of `kind` (aggregations are only the chain's own fragments).
	pub fn order_kernel(kind: ComputationKind) -> Option<corex_compute::Kernel> {
		match kind {
			ComputationKind::GradientStep => Some(corex_compute::Kernel::Gradient),
			ComputationKind::Inference => Some(corex_compute::Kernel::Inference),
			ComputationKind::DataTransform => Some(corex_compute::Kernel::Transform),
			ComputationKind::Aggregation => None,
		}
	}
}
