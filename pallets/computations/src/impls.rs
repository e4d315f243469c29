//! The queue's logic: definitions, orders, assignment, commitments, timers and the lifecycle.

use crate::*;
use alloc::vec::Vec;
use corex_primitives::{
	ComputationFacts, ComputationStatus, JcePlacement, NodeStatus, SlashReason,
};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::{Mutate, MutateHold},
		tokens::{Precision, Preservation},
		Get,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedMul, Convert, One, SaturatedConversion, Saturating, Zero},
	DispatchResult,
};

/// How a computation ended, for the events and the job it belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Ending {
	Cancelled,
	Expired,
	Failed,
}

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
	// ---------------------------------------------------------------------------------------
	// Inputs and definitions
	// ---------------------------------------------------------------------------------------

	/// Parse one `(cid, size)` pair.
	pub(crate) fn parse_input((cid, size): &(CidInput, u32)) -> Result<Input, DispatchError> {
		let cid = ContentId::parse(cid).ok_or(Error::<T>::InvalidCid)?;
		ensure!(*size >= 1 && *size <= T::MaxInputSize::get(), Error::<T>::InvalidInputSize);
		Ok(Input { cid, size: *size })
	}

	/// Parse a list of `(cid, size)` pairs, keeping its bound.
	pub(crate) fn parse_inputs<S: Get<u32>>(
		raw: &BoundedVec<(CidInput, u32), S>,
	) -> Result<BoundedVec<Input, S>, DispatchError> {
		let parsed = raw.iter().map(Self::parse_input).collect::<Result<Vec<_>, _>>()?;
		BoundedVec::try_from(parsed).map_err(|_| Error::<T>::Overflow.into())
	}

	pub(crate) fn do_register_definition(
		who: T::AccountId,
		kind: ComputationKind,
		spec: &CidInput,
		features: u32,
		policy: VerificationPolicy,
		device_class: Option<DeviceClass>,
		min_tier: u8,
	) -> DispatchResult {
		ensure!(kind != ComputationKind::Aggregation, Error::<T>::AggregationNotOrderable);
		ensure!(
			features > 0 && features <= corex_compute::cost::MAX_FEATURES,
			Error::<T>::InvalidFeatures
		);
		let spec = ContentId::parse(spec).ok_or(Error::<T>::InvalidCid)?;
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
	fn price_inputs(
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
		definition: DefinitionId,
		inputs: BoundedVec<Input, T::MaxInputs>,
		cu_budget: ComputeUnits,
		fee_per_cu: BalanceOf<T>,
		deadline: BlockNumberFor<T>,
		redundancy: u8,
	) -> Result<ComputationId, DispatchError> {
		let def = Self::check_order(definition, fee_per_cu, redundancy)?;
		ensure!(!inputs.is_empty(), Error::<T>::NoInputs);
		Self::check_inputs(&def, &inputs)?;
		let cu = Self::price_inputs(&def, &inputs)?;
		ensure!(cu <= cu_budget, Error::<T>::BudgetTooLow);
		Self::check_deadline(deadline)?;
		ensure!(Self::queued_count() < T::MaxQueueLength::get(), Error::<T>::QueueFull);
		let escrow = fee_of(fee_per_cu, cu_budget, redundancy).ok_or(Error::<T>::Overflow)?;
		let id = Self::next_computation_id()?;
		T::Currency::hold(&HoldReason::Escrow.into(), &who, escrow)?;
		Self::create_computation(
			id, who, definition, def.kind, inputs, cu, cu_budget, fee_per_cu, escrow, redundancy,
			deadline, None,
		);
		Ok(id)
	}

	/// An order to a joint computing environment: the JCE sets `k` (its largest cluster's
	/// size) and the fee per CU (its dearest cluster's price, at least the base fee); the
	/// cluster it runs on sets what is paid.
	pub(crate) fn do_submit_to_jce(
		who: T::AccountId,
		jce: corex_primitives::JceId,
		definition: DefinitionId,
		inputs: BoundedVec<Input, T::MaxInputs>,
		cu_budget: ComputeUnits,
		deadline: BlockNumberFor<T>,
	) -> Result<ComputationId, DispatchError> {
		let def = Definitions::<T>::get(definition).ok_or(Error::<T>::DefinitionNotFound)?;
		ensure!(!def.retired, Error::<T>::DefinitionRetired);
		ensure!(!inputs.is_empty(), Error::<T>::NoInputs);
		Self::check_inputs(&def, &inputs)?;
		let cu = Self::price_inputs(&def, &inputs)?;
		ensure!(cu <= cu_budget, Error::<T>::BudgetTooLow);
		Self::check_deadline(deadline)?;
		ensure!(Self::queued_count() < T::MaxQueueLength::get(), Error::<T>::QueueFull);
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

	// ---------------------------------------------------------------------------------------
	// Offered nodes
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_offer(who: T::AccountId, node: NodeId) -> DispatchResult {
		let operator = T::Nodes::operator(node).ok_or(Error::<T>::NodeNotFound)?;
		ensure!(operator == who, Error::<T>::NotOperator);
		ensure!(T::Nodes::is_active(node), Error::<T>::NodeNotActive);
		ensure!(!OfferPositions::<T>::contains_key(node), Error::<T>::AlreadyOffered);
		let count = OfferedCount::<T>::get();
		ensure!(count < T::MaxOfferedNodes::get(), Error::<T>::TooManyOfferedNodes);
		let class = T::Nodes::device_class(node).ok_or(Error::<T>::NodeNotFound)?;
		OfferedNodes::<T>::insert(count, node);
		OfferPositions::<T>::insert(node, (count, class));
		OfferedCount::<T>::put(count.saturating_add(1));
		OfferedPerClass::<T>::mutate(class, |n| *n = n.saturating_add(1));
		Self::deposit_event(Event::NodeOffered { node });
		Ok(())
	}

	pub(crate) fn do_withdraw(who: T::AccountId, node: NodeId) -> DispatchResult {
		let (position, class) = OfferPositions::<T>::get(node).ok_or(Error::<T>::NotOffered)?;
		match T::Nodes::operator(node) {
			Some(operator) if T::Nodes::status(node) != Some(NodeStatus::Exited) => {
				ensure!(operator == who, Error::<T>::NotOperator)
			},
			_ => {},
		}
		// Move the last offered node into the freed position.
		let last = OfferedCount::<T>::get().saturating_sub(1);
		if position != last {
			if let Some(moved) = OfferedNodes::<T>::get(last) {
				OfferedNodes::<T>::insert(position, moved);
				OfferPositions::<T>::mutate(moved, |p| {
					if let Some((at, _)) = p {
						*at = position;
					}
				});
			}
		}
		OfferedNodes::<T>::remove(last);
		OfferPositions::<T>::remove(node);
		OfferedCount::<T>::put(last);
		OfferedPerClass::<T>::mutate(class, |n| *n = n.saturating_sub(1));
		Self::deposit_event(Event::NodeWithdrawn { node });
		Ok(())
	}

	// ---------------------------------------------------------------------------------------
	// Commitments
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_commit(
		who: T::AccountId,
		id: ComputationId,
		commitment: [u8; 32],
	) -> DispatchResult {
		let (node, mut c, position) = Self::open_slot(who, id)?;
		if let Some(slot) = c.slots.get_mut(position) {
			slot.commitment = Some(commitment);
		}
		Self::deposit_event(Event::ResultCommitted { id, node });
		let complete = c.open_slots() == 0 && c.slots.iter().all(|s| s.commitment.is_some());
		if complete {
			c.status = ComputationStatus::Committed;
			Self::set_timer(id, &mut c, None);
			Computations::<T>::insert(id, c);
			Self::deposit_event(Event::ResultsCommitted { id });
			T::OnCommitted::on_results_committed(id);
		} else {
			Self::retime(id, &mut c);
			Computations::<T>::insert(id, c);
		}
		Ok(())
	}

	// ---------------------------------------------------------------------------------------
	// Unavailable inputs
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_report_unavailable(
		who: T::AccountId,
		id: ComputationId,
		reason: Unavailability,
	) -> DispatchResult {
		let (node, mut c, position) = Self::open_slot(who, id)?;
		if let Unavailability::Input(n) = reason {
			ensure!(usize::from(n) < c.inputs.len(), Error::<T>::NoSuchInput);
		}
		let mut reports = UnavailableReports::<T>::get(id);
		// Every reporter is also in `missed`, which has the same bound: one of them is full
		// only when the other is.
		let recorded = reports.try_push((node, reason)).is_ok() && c.missed.try_push(node).is_ok();
		c.slots.remove(position);
		Self::unindex(node, id);
		Self::deposit_event(Event::InputUnavailable { id, node, reason });
		let majority = (reports.len() as u32).saturating_mul(2) > u32::from(c.redundancy);
		if majority || !recorded {
			Self::settle_unavailable(id, c, &reports);
			return Ok(());
		}
		UnavailableReports::<T>::insert(id, reports);
		if c.status == ComputationStatus::Assigned {
			// Back into the queue for another node, ahead of its fee peers by age.
			c.status = ComputationStatus::Queued;
			Self::enqueue(id, &mut c, frame_system::Pallet::<T>::block_number());
		}
		Self::retime(id, &mut c);
		Computations::<T>::insert(id, c);
		Ok(())
	}

	/// The node of worker account `who`, computation `id` and the position of the node's slot,
	/// which must be open: not committed, its window not closed, the computation not yet
	/// committed. What a commitment and an unavailability report both check.
	fn open_slot(
		who: T::AccountId,
		id: ComputationId,
	) -> Result<(NodeId, ComputationOf<T>, usize), DispatchError> {
		let key = T::AccountToWorker::convert(who);
		let node = T::Nodes::node_of_worker(&key).ok_or(Error::<T>::UnknownWorker)?;
		let c = Computations::<T>::get(id).ok_or(Error::<T>::ComputationNotFound)?;
		ensure!(
			matches!(c.status, ComputationStatus::Queued | ComputationStatus::Assigned),
			Error::<T>::InvalidTransition
		);
		let now = frame_system::Pallet::<T>::block_number();
		let position =
			c.slots.iter().position(|s| s.node == node).ok_or(Error::<T>::NotAssigned)?;
		let slot = c.slots.get(position).ok_or(Error::<T>::NotAssigned)?;
		ensure!(slot.commitment.is_none(), Error::<T>::AlreadyCommitted);
		ensure!(now <= slot.window_end, Error::<T>::WindowClosed);
		Ok((node, c, position))
	}

	pub(crate) fn do_heartbeat(who: T::AccountId) -> DispatchResult {
		let key = T::AccountToWorker::convert(who);
		let node = T::Nodes::node_of_worker(&key).ok_or(Error::<T>::UnknownWorker)?;
		let epoch = T::Nodes::current_epoch();
		let liveness = match Heartbeats::<T>::get(node) {
			Some(mut liveness) => {
				ensure!(liveness.beat(epoch), Error::<T>::AlreadyBeat);
				liveness
			},
			None => Liveness::first(epoch),
		};
		Heartbeats::<T>::insert(node, liveness);
		Self::deposit_event(Event::Heartbeat { node, epoch, uptime: liveness.uptime(epoch) });
		Ok(())
	}

	/// A node's uptime in epoch `epoch`; zero if its worker never sent a heartbeat.
	fn uptime_of(node: NodeId, epoch: corex_primitives::EpochIndex) -> sp_runtime::Perbill {
		Heartbeats::<T>::get(node).map_or(sp_runtime::Perbill::zero(), |l| l.uptime(epoch))
	}

	/// Set the timer of open computation `id` to its next one; a deferred computation keeps
	/// its earlier return to the queue.
	pub(crate) fn retime(id: ComputationId, c: &mut ComputationOf<T>) {
		let next = match (Self::next_timer(c), c.timer) {
			(Some(next), Some(back)) if Deferred::<T>::contains_key(id) => Some(next.min(back)),
			(next, _) => next,
		};
		Self::set_timer(id, c, next);
	}

	/// End computation `id` as unavailable: the nodes that reported it or committed are paid
	/// `UnavailableFee` of their share for their time, the customer gets the rest back.
	fn settle_unavailable(
		id: ComputationId,
		mut c: ComputationOf<T>,
		reports: &[(NodeId, Unavailability)],
	) {
		let share = fee_of(c.fee_per_cu, c.cu, 1).unwrap_or_else(Zero::zero);
		let fee = T::UnavailableFee::get().mul_floor(share);
		let nodes: Vec<NodeId> = reports
			.iter()
			.map(|(n, _)| *n)
			.chain(c.slots.iter().filter(|s| s.commitment.is_some()).map(|s| s.node))
			.collect();
		let (paid, protocol_fee) = Self::pay_nodes(&mut c, &nodes, fee);
		Self::wind_up(id, c, false, |refunded| Event::ComputationUnavailable {
			id,
			paid,
			protocol_fee,
			refunded,
		});
	}

	// ---------------------------------------------------------------------------------------
	// Timers
	// ---------------------------------------------------------------------------------------

	/// The block of the computation's next timer: its deadline or the earliest open window end,
	/// whichever comes first; none once all results are committed.
	pub(crate) fn next_timer(c: &ComputationOf<T>) -> Option<BlockNumberFor<T>> {
		if !matches!(c.status, ComputationStatus::Queued | ComputationStatus::Assigned) {
			return None;
		}
		let window = c
			.slots
			.iter()
			.filter(|s| s.commitment.is_none())
			.map(|s| s.window_end.saturating_add(One::one()))
			.min();
		Some(window.map_or(c.deadline, |w| w.min(c.deadline)))
	}

	/// Move the computation's timer to `at` (or remove it).
	pub(crate) fn set_timer(
		id: ComputationId,
		c: &mut ComputationOf<T>,
		at: Option<BlockNumberFor<T>>,
	) {
		if c.timer == at {
			return;
		}
		if let Some(old) = c.timer {
			Timers::<T>::remove(old, id);
		}
		if let Some(new) = at {
			Timers::<T>::insert(new, id, ());
		}
		c.timer = at;
	}

	/// Handle computation `id`'s timer due at `at`. Returns the weight used.
	pub(crate) fn on_timer(
		id: ComputationId,
		at: BlockNumberFor<T>,
		now: BlockNumberFor<T>,
	) -> Weight {
		let Some(mut c) = Computations::<T>::get(id) else {
			return T::DbWeight::get().reads(1);
		};
		if c.timer != Some(at) {
			return T::DbWeight::get().reads(1);
		}
		let k = u32::from(c.redundancy);
		// Nodes whose window closed without a commitment are penalized and dropped.
		let mut dropped = 0u32;
		let mut missed_full = false;
		let slots = core::mem::take(&mut c.slots);
		for slot in slots {
			if slot.commitment.is_none() && slot.window_end < now {
				Self::penalize_miss(id, slot.node, c.jce);
				Self::unindex(slot.node, id);
				if c.missed.try_push(slot.node).is_err() {
					missed_full = true;
				}
				dropped = dropped.saturating_add(1);
			} else {
				// Cannot fail: the slots came from the same bounded vector.
				let _ = c.slots.try_push(slot);
			}
		}
		let used = T::WeightInfo::on_timer(k)
			.saturating_add(Self::miss_weight().saturating_mul(u64::from(dropped)));
		if now >= c.deadline || missed_full {
			Self::end(id, c, Ending::Expired);
			return used;
		}
		if dropped > 0 && c.status == ComputationStatus::Assigned {
			// Back into the queue for the missing nodes, ahead of its fee peers by age.
			c.status = ComputationStatus::Queued;
			Self::enqueue(id, &mut c, now);
		} else {
			// Deferred after a failed assignment, or waiting out `AssignmentDelay`: into the
			// queue, where this block's assignment step tries it.
			Self::undefer(id, &c);
		}
		Self::retime(id, &mut c);
		Computations::<T>::insert(id, c);
		used
	}

	/// Put computation `id` back in the queue if it is deferred. The caller retimes `c`.
	pub(crate) fn undefer(id: ComputationId, c: &ComputationOf<T>) {
		if Deferred::<T>::take(id).is_some() {
			ComputationQueue::<T>::insert(queue_key(c.fee_per_cu.saturated_into(), id), ());
		}
	}

	/// Put queued computation `id` in line for assignment `AssignmentDelay` blocks from `now`:
	/// into the queue at once if that is the next block, else out of it (`Deferred`) until its
	/// timer at `now + AssignmentDelay` puts it in. The assignment then draws from a seed that
	/// had a block author's VRF output mixed in after `now`: whoever chose to queue it now
	/// cannot know where it goes. The caller stores `c`, and retimes it if its timer may move.
	fn enqueue(id: ComputationId, c: &mut ComputationOf<T>, now: BlockNumberFor<T>) {
		let delay = T::AssignmentDelay::get();
		if delay <= One::one() {
			ComputationQueue::<T>::insert(queue_key(c.fee_per_cu.saturated_into(), id), ());
			return;
		}
		Deferred::<T>::insert(id, ());
		let at = now.saturating_add(delay);
		let first = Self::next_timer(c).map_or(at, |next| next.min(at));
		Self::set_timer(id, c, Some(first));
	}

	/// The most penalizing one missed window costs: the miss weighed by node staking and
	/// counted in the node's cluster.
	fn miss_weight() -> Weight {
		T::Reputation::note_miss_weight().saturating_add(T::Jces::note_fault_weight())
	}

	/// The most one timer costs: a computation of `MaxRedundancy` nodes that all missed.
	pub(crate) fn timer_weight() -> Weight {
		let k = T::MaxRedundancy::get();
		T::WeightInfo::on_timer(k).saturating_add(Self::miss_weight().saturating_mul(u64::from(k)))
	}

	/// `node` missed its window on computation `id`: node staking weighs the miss by how often
	/// the node missed lately (the first in a while costs reputation only), and a computation
	/// of a JCE counts it against the node in its cluster.
	fn penalize_miss(id: ComputationId, node: NodeId, jce: Option<corex_primitives::JceId>) {
		let outcome = T::Reputation::note_miss(
			node,
			T::MissedWindowPenalty::get(),
			T::MissedWindowSlash::get(),
			SlashReason::MissedDeadline,
		)
		.ok();
		if let Some(jce) = jce {
			T::Jces::note_fault(jce, node);
		}
		Self::deposit_event(Event::WindowMissed {
			id,
			node,
			reputation: outcome.map(|o| o.reputation),
			slashed: outcome.map(|o| o.slashed).unwrap_or_default(),
		});
	}

	/// Add `id` to `node`'s open assignments and `cu` to its load this epoch.
	fn index(node: NodeId, id: ComputationId, cu: ComputeUnits) {
		let epoch = T::Nodes::current_epoch();
		NodeAssignments::<T>::insert(node, id, ());
		AssignmentCount::<T>::mutate(node, |n| *n = n.saturating_add(1));
		NodeLoads::<T>::mutate(node, |load| {
			let mut l = load.unwrap_or_default();
			if l.epoch != epoch {
				l = NodeLoad { epoch, cu: 0 };
			}
			l.cu = l.cu.saturating_add(cu);
			*load = Some(l);
		});
	}

	/// Remove `id` from `node`'s open assignments.
	fn unindex(node: NodeId, id: ComputationId) {
		if NodeAssignments::<T>::take(node, id).is_some() {
			AssignmentCount::<T>::mutate_exists(node, |n| {
				let left = n.unwrap_or_default().saturating_sub(1);
				*n = (left > 0).then_some(left);
			});
		}
	}

	// ---------------------------------------------------------------------------------------
	// The block hook
	// ---------------------------------------------------------------------------------------

	pub(crate) fn do_on_initialize(now: BlockNumberFor<T>) -> Weight {
		// The seed as the previous blocks' authors left it; this block's author adds to it only
		// after this hook.
		let mixed = RandomSeed::<T>::get();
		let mut weight = T::WeightInfo::on_initialize_idle();

		// Timers due up to now, oldest first, at most `MaxTimersPerBlock` and `MaxTimerWeight`.
		let timers = corex_primitives::timers::run_due(
			TimerCursor::<T>::get(),
			now,
			T::MaxTimersPerBlock::get(),
			T::MaxTimerWeight::get(),
			Self::timer_weight(),
			|at, limit| Timers::<T>::iter_key_prefix(at).take(limit).collect(),
			|at, id| {
				Timers::<T>::remove(at, id);
				Self::on_timer(id, at, now)
			},
		);
		weight = weight.saturating_add(timers.used);
		TimerCursor::<T>::put(timers.at);

		// One offered node's capability probe: closed if missed, sent if due.
		weight = weight.saturating_add(Self::probe_step(now));

		// Assignment from the head of the queue.
		let attempts = T::MaxAssignmentsPerBlock::get() as usize;
		let head: Vec<QueueKey> = ComputationQueue::<T>::iter_keys().take(attempts).collect();
		for key in head {
			weight = weight.saturating_add(Self::try_assign(key, now, &mixed));
		}
		weight
	}

	/// Try to fill every open slot of the queued computation under `key` at once. Returns the
	/// weight used.
	pub(crate) fn try_assign(key: QueueKey, now: BlockNumberFor<T>, seed: &[u8; 32]) -> Weight {
		let id = queue_key_id(&key);
		let Some(mut c) = Computations::<T>::get(id) else {
			ComputationQueue::<T>::remove(key);
			return T::DbWeight::get().reads_writes(1, 1);
		};
		let k = u32::from(c.redundancy);
		let need = c.open_slots();
		let Some(def) = Definitions::<T>::get(c.definition) else {
			Self::defer(key, id, c, now);
			return T::WeightInfo::assign(0, k);
		};
		let (chosen, weight) = match c.jce {
			None => {
				let (chosen, scanned) = Self::pick_nodes(&c, &def, need, id, seed, &[]);
				(chosen, T::WeightInfo::assign(scanned, k))
			},
			Some(jce) => {
				let weight = T::WeightInfo::assign(T::MaxRedundancy::get(), k)
					.saturating_add(T::Jces::placement_weight());
				let Some(placement) = T::Jces::placement(jce, c.cu) else {
					Self::defer(key, id, c, now);
					return weight;
				};
				// Every member computes: k is the cluster's size (a fork may have shrunk it),
				// and each is paid the cluster's price.
				let members: Vec<NodeId> =
					placement.members.iter().copied().filter(|n| !c.involves(*n)).collect();
				let size = u8::try_from(placement.members.len()).unwrap_or(u8::MAX);
				if !c.slots.is_empty()
					|| members.len() != placement.members.len()
					|| size == 0 || size > c.redundancy
					|| placement.price_per_cu > c.fee_per_cu
					|| !members.iter().all(|n| Self::can_take(&c, *n))
				{
					Self::defer(key, id, c, now);
					return weight;
				}
				c.redundancy = size;
				c.fee_per_cu = placement.price_per_cu.max(T::BaseFeePerCu::get());
				// The cluster's terms may cost less than the JCE's escrowed: the difference goes
				// back to the customer now.
				let needed = fee_of(c.fee_per_cu, c.cu_budget, size).unwrap_or(c.escrow);
				if c.escrow > needed {
					let released = Self::release_escrow(&c.owner, c.escrow.saturating_sub(needed));
					c.escrow = c.escrow.saturating_sub(released);
				}
				T::Jces::note_placed(jce, placement.cluster, c.cu);
				Self::deposit_event(Event::PlacedInCluster { id, jce, cluster: placement.cluster });
				(members, weight)
			},
		};
		if (chosen.len() as u32) < need.min(u32::from(c.redundancy)) {
			Self::defer(key, id, c, now);
			return weight;
		}
		let window_end = now.saturating_add(T::ExecutionWindow::get());
		if c.slots.is_empty() {
			c.assigned_epoch = T::Nodes::current_epoch();
		}
		for node in chosen {
			if c.slots.try_push(Slot { node, window_end, commitment: None }).is_err() {
				break;
			}
			Self::index(node, id, c.cu);
			Self::deposit_event(Event::NodeAssigned { id, node, window_end });
		}
		ComputationQueue::<T>::remove(key);
		c.status = ComputationStatus::Assigned;
		let next = Self::next_timer(&c);
		Self::set_timer(id, &mut c, next);
		Computations::<T>::insert(id, c);
		Self::deposit_event(Event::ComputationAssigned { id });
		weight
	}

	/// Take queued computation `id`, which could not be assigned, out of the queue until
	/// `RetryDelay` blocks from now (or its next timer, if sooner: a deadline or a window), so
	/// that it holds up nothing behind it. Its timer puts it back (`on_timer`). The weight is
	/// within `assign(0, k)`: fewer writes than an assignment's.
	fn defer(key: QueueKey, id: ComputationId, mut c: ComputationOf<T>, now: BlockNumberFor<T>) {
		ComputationQueue::<T>::remove(key);
		Deferred::<T>::insert(id, ());
		let retry = now.saturating_add(T::RetryDelay::get().max(One::one()));
		let retry_at = Self::next_timer(&c).map_or(retry, |t| t.min(retry));
		Self::set_timer(id, &mut c, Some(retry_at));
		Computations::<T>::insert(id, c);
		Self::deposit_event(Event::AssignmentDeferred { id, retry_at });
	}

	/// Queued computations, in the queue or deferred: what `MaxQueueLength` bounds.
	pub(crate) fn queued_count() -> u32 {
		ComputationQueue::<T>::count().saturating_add(Deferred::<T>::count())
	}

	/// Up to `need` nodes for computation `c`, best first, from at most `MaxCandidates` offered
	/// nodes starting at a random position, each of an operator that has no other node in `c`
	/// nor in `exclude` (and none of `exclude`). Also returns how many were looked at.
	pub(crate) fn pick_nodes(
		c: &ComputationOf<T>,
		def: &DefinitionOf<T>,
		need: u32,
		id: ComputationId,
		seed: &[u8; 32],
		exclude: &[NodeId],
	) -> (Vec<NodeId>, u32) {
		let count = OfferedCount::<T>::get();
		if count == 0 || need == 0 {
			return (Vec::new(), 0);
		}
		let scan = T::MaxCandidates::get().min(count);
		let draw = sp_io::hashing::blake2_256(&(seed, id).encode());
		let start = u32::from_le_bytes([draw[0], draw[1], draw[2], draw[3]])
			.checked_rem(count)
			.unwrap_or(0);
		let epoch = T::Nodes::current_epoch();
		let mut ranked: Vec<(u64, [u8; 32], NodeId)> = Vec::new();
		for i in 0..scan {
			let position = start.saturating_add(i).checked_rem(count).unwrap_or(0);
			let Some(node) = OfferedNodes::<T>::get(position) else { continue };
			if exclude.contains(&node) {
				continue;
			}
			if let Some(entry) = Self::rank(c, def, node, epoch, id, seed) {
				ranked.push(entry);
			}
		}
		// Highest score first; equal scores by the random tie-break.
		ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
		// One node per operator: no operator fills two of a computation's slots, and no
		// verifier shares an operator with the executors it judges.
		let mut operators: Vec<T::AccountId> = c
			.slots
			.iter()
			.map(|s| s.node)
			.chain(c.verifier)
			.chain(c.panel.iter().copied())
			.chain(exclude.iter().copied())
			.filter_map(T::Nodes::operator)
			.collect();
		let mut chosen = Vec::new();
		for (_, _, node) in ranked {
			if chosen.len() >= need as usize {
				break;
			}
			let Some(operator) = T::Nodes::operator(node) else { continue };
			if operators.contains(&operator) {
				continue;
			}
			operators.push(operator);
			chosen.push(node);
		}
		(chosen, scan)
	}

	/// Whether `node` is active with room for computation `c` this epoch (a cluster member).
	pub(crate) fn can_take(c: &ComputationOf<T>, node: NodeId) -> bool {
		if !T::Nodes::is_active(node)
			|| AssignmentCount::<T>::get(node) >= T::MaxAssignmentsPerNode::get()
		{
			return false;
		}
		let epoch = T::Nodes::current_epoch();
		let capacity = T::Nodes::active_capacity(node);
		let load = NodeLoads::<T>::get(node).filter(|l| l.epoch == epoch).map_or(0, |l| l.cu);
		capacity.saturating_sub(load) >= c.cu
	}

	/// The score and tie-break of `node` for computation `c`, if it may take it.
	fn rank(
		c: &ComputationOf<T>,
		def: &DefinitionOf<T>,
		node: NodeId,
		epoch: corex_primitives::EpochIndex,
		id: ComputationId,
		seed: &[u8; 32],
	) -> Option<(u64, [u8; 32], NodeId)> {
		if c.involves(node) || !T::Nodes::is_active(node) {
			return None;
		}
		if let Some(class) = def.device_class {
			if T::Nodes::device_class(node) != Some(class) {
				return None;
			}
		}
		if T::Nodes::tier(node).unwrap_or(0) < def.min_tier {
			return None;
		}
		if AssignmentCount::<T>::get(node) >= T::MaxAssignmentsPerNode::get() {
			return None;
		}
		let capacity = T::Nodes::active_capacity(node);
		let load = NodeLoads::<T>::get(node).filter(|l| l.epoch == epoch).map_or(0, |l| l.cu);
		let free = capacity.saturating_sub(load);
		if free < c.cu || capacity == 0 {
			return None;
		}
		let reputation = u64::from(T::Nodes::reputation(node).unwrap_or(0));
		let stake: u128 = T::Nodes::counted_stake(node).saturated_into();
		let stake_bits = u64::from(stake.saturating_add(1).ilog2());
		let free_permille = u64::try_from(
			u128::from(free).saturating_mul(1000).checked_div(u128::from(capacity)).unwrap_or(0),
		)
		.unwrap_or(1000);
		let uptime_permille = u64::from(Self::uptime_of(node, epoch).deconstruct() / 1_000_000);
		// Power its probes measured (CU per epoch, log2); nothing before its first answer.
		let measured = T::Nodes::record(node).and_then(|r| r.measured_capacity).unwrap_or(0);
		let power_bits = u64::from(measured.saturating_add(1).ilog2());
		let score = reputation
			.saturating_mul(stake_bits.saturating_add(16))
			.saturating_mul(power_bits.saturating_add(16))
			.saturating_mul(free_permille.saturating_add(1000))
			.saturating_mul(uptime_permille.saturating_add(1000));
		let tie = sp_io::hashing::blake2_256(&(seed, id, node).encode());
		Some((score, tie, node))
	}

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
			Self::unindex(slot.node, id);
		}
		for node in c.verifier.iter().chain(c.panel.iter()) {
			Self::unindex(*node, id);
		}
		let refunded = Self::release_escrow(&c.owner, c.escrow);
		Computations::<T>::remove(id);
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
	fn wind_up(
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
	fn pay_nodes(
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

	/// Pins the current block's slot author, as `T::SlotAuthor` reports it now, for `note_seed`
	/// later in the block. The runtime calls it before a session rotation changes the authority
	/// set (in `on_initialize`, before the inherent): the author was chosen from the set of the
	/// parent block, and its node signed with that set's key. Without it, the first block of a
	/// session with new keys could not carry its mandatory inherent, and the chain would halt.
	pub fn pin_slot_author() {
		if let Some((slot, key)) = <T::SlotAuthor as corex_primitives::SlotAuthor>::slot_author() {
			PinnedSlotAuthor::<T>::put((frame_system::Pallet::<T>::block_number(), slot, key));
		}
	}

	/// Mix the block author's VRF output over its slot into the seed.
	pub(crate) fn do_note_seed(signature: &sp_core::sr25519::vrf::VrfSignature) -> DispatchResult {
		use sp_core::crypto::VrfPublic;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(SeedNotedAt::<T>::get() != Some(now), Error::<T>::SeedAlreadyNoted);
		let pinned = PinnedSlotAuthor::<T>::get();
		if pinned.is_some() {
			PinnedSlotAuthor::<T>::kill();
		}
		let (slot, author) = match pinned {
			Some((at, slot, key)) if at == now => Some((slot, key)),
			_ => <T::SlotAuthor as corex_primitives::SlotAuthor>::slot_author(),
		}
		.ok_or(Error::<T>::InvalidSeed)?;
		ensure!(
			author.vrf_verify(&corex_primitives::seed::sign_data(slot), signature),
			Error::<T>::InvalidSeed
		);
		let output: [u8; 32] = author
			.make_bytes(
				corex_primitives::seed::OUTPUT_CONTEXT,
				&corex_primitives::seed::transcript(slot),
				&signature.pre_output,
			)
			.map_err(|_| Error::<T>::InvalidSeed)?;
		let seed = RandomSeed::<T>::get();
		RandomSeed::<T>::put(sp_io::hashing::blake2_256(&(seed, output).encode()));
		SeedNotedAt::<T>::put(now);
		Ok(())
	}

	// ---------------------------------------------------------------------------------------
	// The read side
	// ---------------------------------------------------------------------------------------

	pub(crate) fn view_of(
		id: ComputationId,
	) -> Option<ComputationView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		let c = Computations::<T>::get(id)?;
		Some(ComputationView {
			owner: c.owner,
			definition: c.definition,
			kind: c.kind,
			status: c.status,
			nodes: c.slots.iter().map(|s| (s.node, s.window_end, s.commitment.is_some())).collect(),
			escrow: c.escrow,
			deadline: c.deadline,
			fragment: c.fragment.map(|f| {
				let part = match f.part {
					Part::Shard(n) => n,
					Part::Aggregate => u16::MAX,
				};
				(f.job, f.round, part)
			}),
		})
	}

	// ---------------------------------------------------------------------------------------
	// Invariants
	// ---------------------------------------------------------------------------------------

	#[cfg(any(feature = "try-runtime", feature = "std", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		use sp_runtime::traits::CheckedAdd as _;

		// 1. Escrow held == Σ open computations' escrow + Σ running jobs' reserve, per account.
		let mut expected: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut open_per_definition: BTreeMap<DefinitionId, u32> = BTreeMap::new();
		let mut queued = 0u32;
		let mut deferred_count = 0u32;
		for (id, c) in Computations::<T>::iter() {
			let e = expected.entry(c.owner.clone()).or_default();
			*e = e.checked_add(&c.escrow).ok_or("escrow sum overflows")?;
			let o = open_per_definition.entry(c.definition).or_default();
			*o = o.saturating_add(1);
			// 2. Queued computations are in the queue or deferred (not both), others are not.
			let in_queue =
				ComputationQueue::<T>::contains_key(queue_key(c.fee_per_cu.saturated_into(), id));
			let deferred = Deferred::<T>::contains_key(id);
			ensure!(
				(in_queue || deferred) == (c.status == ComputationStatus::Queued),
				"a computation's queue membership does not match its status"
			);
			ensure!(!(in_queue && deferred), "a computation is both queued and deferred");
			if in_queue {
				queued = queued.saturating_add(1);
			}
			if deferred {
				deferred_count = deferred_count.saturating_add(1);
			}
			ensure!(c.slots.len() <= usize::from(c.redundancy), "more slots than k");
			if c.status != ComputationStatus::Queued {
				ensure!(c.open_slots() == 0, "an assigned computation has open slots");
			}
			// A deferred computation's timer may come first: its return to the queue.
			let next = Self::next_timer(&c);
			ensure!(
				c.timer == next || (deferred && c.timer.is_some() && c.timer <= next),
				"a computation's timer is stale"
			);
			if let Some(at) = c.timer {
				ensure!(Timers::<T>::contains_key(at, id), "a timer is missing");
			}
			// 3. Every slot, the verifier and the dispute panel are indexed under their node.
			for node in c.verifier.iter().chain(c.panel.iter()) {
				ensure!(
					NodeAssignments::<T>::contains_key(node, id),
					"a verifier is not indexed under its node"
				);
			}
			for slot in c.slots.iter() {
				ensure!(
					NodeAssignments::<T>::contains_key(slot.node, id),
					"an assigned slot is not indexed under its node"
				);
			}
			if c.fragment.is_none() {
				let max = fee_of(c.fee_per_cu, c.cu_budget, c.redundancy)
					.ok_or("escrow bound overflows")?;
				ensure!(c.escrow <= max, "a computation holds more than its fees");
			}
		}
		for (_, job) in Jobs::<T>::iter() {
			if job.status == JobStatus::Running {
				let e = expected.entry(job.owner.clone()).or_default();
				*e = e.checked_add(&job.reserved).ok_or("reserve sum overflows")?;
				let o = open_per_definition.entry(job.definition).or_default();
				*o = o.saturating_add(1);
			} else {
				ensure!(job.reserved.is_zero(), "an ended job still reserves escrow");
			}
		}
		for (who, amount) in expected.iter() {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::Escrow.into(), who) == *amount,
				"escrow held differs from the open computations' and jobs' escrow"
			);
		}
		// 2. The queue holds only queued computations.
		ensure!(ComputationQueue::<T>::count() == queued, "the queue holds stale entries");
		ensure!(Deferred::<T>::count() == deferred_count, "stale deferred entries");
		let queued = queued.saturating_add(deferred_count);
		// 4. The queue is bounded: customer orders by MaxQueueLength, follow-up fragments by
		// the running jobs.
		let bound = T::MaxQueueLength::get()
			.saturating_add(T::MaxRunningJobs::get().saturating_mul(T::MaxShardsPerJob::get()));
		ensure!(queued <= bound, "the queue is over its bound");
		// 3. Node indexes match the slots; loads within capacity when assigned.
		for (node, id, ()) in NodeAssignments::<T>::iter() {
			let c = Computations::<T>::get(id).ok_or("an assignment of a closed computation")?;
			ensure!(
				c.slots.iter().any(|s| s.node == node)
					|| c.verifier == Some(node)
					|| c.panel.contains(&node),
				"an assignment without a slot"
			);
		}
		for (node, count) in AssignmentCount::<T>::iter() {
			ensure!(
				NodeAssignments::<T>::iter_prefix(node).count() as u32 == count,
				"a node's assignment count is off"
			);
			ensure!(count <= T::MaxAssignmentsPerNode::get(), "a node has too many assignments");
		}
		let epoch = T::Nodes::current_epoch();
		for (node, load) in NodeLoads::<T>::iter() {
			if load.epoch == epoch && T::Nodes::is_active(node) {
				// Capacity may shrink after assignment (unbonding); a load is only ever added
				// when it fitted, so it never exceeds the capacity the node had at that time.
				ensure!(load.cu > 0, "an empty load record");
			}
		}
		// 5. Definitions' open counts.
		for (id, def) in Definitions::<T>::iter() {
			ensure!(
				def.open == open_per_definition.get(&id).copied().unwrap_or(0),
				"a definition's open count is off"
			);
			ensure!(!def.retired || def.open > 0, "a retired definition without open work");
			ensure!(!def.retired || def.deposit.is_zero(), "a retired definition holds a deposit");
		}
		// Offered nodes are dense and consistent.
		let offered = OfferedCount::<T>::get();
		ensure!(offered <= T::MaxOfferedNodes::get(), "too many offered nodes");
		let mut per_class: BTreeMap<DeviceClass, u32> = BTreeMap::new();
		for position in 0..offered {
			let node = OfferedNodes::<T>::get(position).ok_or("a hole among offered nodes")?;
			let (at, class) =
				OfferPositions::<T>::get(node).ok_or("an offered node without position")?;
			ensure!(at == position, "offer positions disagree");
			let c = per_class.entry(class).or_default();
			*c = c.saturating_add(1u32);
		}
		ensure!(
			OfferPositions::<T>::iter().count() as u32 == offered,
			"offer positions count differs"
		);
		for (class, n) in OfferedPerClass::<T>::iter() {
			ensure!(
				per_class.get(&class).copied().unwrap_or(0) == n,
				"per-class offer count is off"
			);
		}
		let running = Jobs::<T>::iter().filter(|(_, j)| j.status == JobStatus::Running).count();
		ensure!(running as u32 == RunningJobCount::<T>::get(), "running job count is off");
		// 7. Unavailability reports belong to open computations that are not yet committed,
		// from nodes no longer assigned to them and never to be again, fewer than half of `k`.
		for (id, reports) in UnavailableReports::<T>::iter() {
			let c = Computations::<T>::get(id).ok_or("a report on a closed computation")?;
			ensure!(
				matches!(c.status, ComputationStatus::Queued | ComputationStatus::Assigned),
				"a report on a committed computation"
			);
			ensure!(
				(reports.len() as u32).saturating_mul(2) <= u32::from(c.redundancy),
				"a majority reported unavailable, but the computation is open"
			);
			for (node, _) in reports.iter() {
				ensure!(c.missed.contains(node), "a reporter may be assigned again");
				ensure!(!c.slots.iter().any(|s| s.node == *node), "a reporter still has a slot");
			}
		}
		// 6. A pinned slot author is never from a later block.
		if let Some((at, ..)) = PinnedSlotAuthor::<T>::get() {
			ensure!(at <= frame_system::Pallet::<T>::block_number(), "slot author pinned ahead");
		}
		Ok(())
	}
}

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
		let seed =
			sp_io::hashing::blake2_256(&(RandomSeed::<T>::get(), b"corex/verifier").encode());
		let (chosen, _) = Self::pick_nodes(&c, &def, 1, id, &seed, &[]);
		let node = chosen.first().copied().ok_or(Error::<T>::NotEnoughNodes)?;
		Self::index(node, id, c.cu);
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
			Self::unindex(missed, id);
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
		let seed = sp_io::hashing::blake2_256(&(RandomSeed::<T>::get(), b"corex/panel").encode());
		let (chosen, _) = Self::pick_nodes(&c, &def, size, id, &seed, &[disputer]);
		for node in &chosen {
			if c.panel.try_push(*node).is_err() {
				break;
			}
			Self::index(*node, id, c.cu);
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
