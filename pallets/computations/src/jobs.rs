//! The task slicer: training jobs, their rounds, gradient and aggregation fragments.

use crate::{orders::fee_of, *};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedSub, Saturating, Zero},
	DispatchResult,
};

/// The most bytes a gradient of a model of `model_size` bytes takes (the gradient kernel's
/// output bound: the model's shape with a sample count and a summed loss in place of the
/// model's class and feature counts). The worker refuses a larger block.
pub fn gradient_size(model_size: u32) -> u32 {
	corex_compute::Kernel::Gradient
		.max_output_len(&[model_size])
		.and_then(|len| u32::try_from(len).ok())
		.unwrap_or(u32::MAX)
}

impl<T: Config> Pallet<T> {
	pub(crate) fn do_submit_job(who: T::AccountId, job: TrainingJobOrderOf<T>) -> DispatchResult {
		let TrainingJobOrder {
			definition,
			shards,
			validation,
			model,
			rounds,
			learning_rate,
			redundancy,
			fee_per_cu,
			fragment_blocks,
		} = job;
		let shards = Self::parse_inputs(&shards)?;
		let validation = Self::parse_input(&validation)?;
		let model = Self::parse_input(&model)?;
		let def = Self::check_order(definition, fee_per_cu, redundancy)?;
		ensure!(def.kind == ComputationKind::GradientStep, Error::<T>::NotGradientDefinition);
		ensure!(!shards.is_empty(), Error::<T>::NoShards);
		// Every gradient (model-sized) is revealed; the shards do not change its size.
		Self::check_output_fits(def.kind, def.policy.mode, &[model, validation])?;
		ensure!(rounds >= 1 && u32::from(rounds) <= T::MaxRounds::get(), Error::<T>::InvalidRounds);
		ensure!(learning_rate > 0, Error::<T>::ZeroLearningRate);
		let now = frame_system::Pallet::<T>::block_number();
		Self::check_deadline(now.saturating_add(fragment_blocks.into()))?;
		ensure!(
			RunningJobs::<T>::get(&who) < T::MaxJobsPerAccount::get()
				&& RunningJobCount::<T>::get() < T::MaxRunningJobs::get(),
			Error::<T>::TooManyJobs
		);
		ensure!(
			Self::queued_count().saturating_add(shards.len() as u32) <= T::MaxQueueLength::get(),
			Error::<T>::QueueFull
		);

		// Compute units per executor: a gradient reads the model and its shard; the aggregation
		// reads the model, the validation shard and one gradient (model-sized) per shard.
		let mut gradient_cu = Vec::new();
		let mut per_round: ComputeUnits = 0;
		for shard in shards.iter() {
			let cu = Self::price(def.kind, def.features, &[model.size, shard.size])?;
			per_round = per_round.checked_add(cu).ok_or(Error::<T>::Overflow)?;
			gradient_cu.push(cu);
		}
		// The aggregation's inputs: the model, the validation shard, one model-sized gradient
		// per shard.
		let aggregate_sizes: Vec<u32> = [model.size, validation.size]
			.into_iter()
			.chain(shards.iter().map(|_| model.size))
			.collect();
		let aggregate_cu = corex_compute::compute_units(
			corex_compute::Kernel::Aggregate { learning_rate },
			def.features,
			&aggregate_sizes,
		)
		.ok_or(Error::<T>::Overflow)?;
		per_round = per_round.checked_add(aggregate_cu).ok_or(Error::<T>::Overflow)?;
		let total_cu = per_round.checked_mul(u64::from(rounds)).ok_or(Error::<T>::Overflow)?;
		let reserved = fee_of(fee_per_cu, total_cu, redundancy).ok_or(Error::<T>::Overflow)?;
		let deposit = T::JobDeposit::get();
		let id = NextJobId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let gradient_cu = BoundedVec::try_from(gradient_cu).map_err(|_| Error::<T>::Overflow)?;

		T::Currency::hold(&HoldReason::Escrow.into(), &who, reserved)?;
		T::Currency::hold(&HoldReason::JobDeposit.into(), &who, deposit)?;
		NextJobId::<T>::put(next);
		RunningJobs::<T>::mutate(&who, |n| *n = n.saturating_add(1));
		RunningJobCount::<T>::mutate(|n| *n = n.saturating_add(1));
		Self::definition_opened(definition, true);
		let shard_count = shards.len() as u32;
		let mut job = Job {
			owner: who.clone(),
			definition,
			shards,
			validation,
			model,
			rounds,
			round: 0,
			learning_rate,
			redundancy,
			fee_per_cu,
			fragment_blocks,
			gradient_cu,
			aggregate_cu,
			reserved,
			deposit,
			pending: 0,
			status: JobStatus::Running,
		};
		Self::deposit_event(Event::TrainingJobSubmitted {
			job: id,
			owner: who,
			shards: shard_count,
			rounds,
			reserved,
		});
		Self::start_round(id, &mut job)?;
		Jobs::<T>::insert(id, job);
		Ok(())
	}

	/// Queue one fragment of the job's running round: `cu` compute units paid from the job's
	/// reserve, at the job's fee and redundancy, due by `deadline`. Returns its id.
	fn queue_fragment(
		id: JobId,
		job: &mut JobOf<T>,
		kind: ComputationKind,
		inputs: BoundedVec<Input, T::MaxInputs>,
		cu: ComputeUnits,
		deadline: BlockNumberFor<T>,
		part: Part,
	) -> Result<ComputationId, DispatchError> {
		let escrow = Self::take_reserve(job, cu)?;
		let computation = Self::next_computation_id()?;
		Self::create_computation(
			computation,
			job.owner.clone(),
			job.definition,
			kind,
			inputs,
			cu,
			cu,
			job.fee_per_cu,
			escrow,
			job.redundancy,
			deadline,
			Some(Fragment { job: id, round: job.round, part }),
		);
		Ok(computation)
	}

	/// Queue one gradient fragment per shard for the job's running round.
	fn start_round(id: JobId, job: &mut JobOf<T>) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let deadline = now.saturating_add(job.fragment_blocks.into());
		let parts: Vec<(Input, ComputeUnits)> =
			job.shards.iter().copied().zip(job.gradient_cu.iter().copied()).collect();
		for (n, (shard, cu)) in parts.into_iter().enumerate() {
			let inputs = BoundedVec::try_from(alloc::vec![job.model, shard])
				.map_err(|_| Error::<T>::Overflow)?;
			let part = Part::Shard(u16::try_from(n).map_err(|_| Error::<T>::Overflow)?);
			Self::queue_fragment(
				id,
				job,
				ComputationKind::GradientStep,
				inputs,
				cu,
				deadline,
				part,
			)?;
		}
		job.pending = u16::try_from(job.shards.len()).map_err(|_| Error::<T>::Overflow)?;
		Self::deposit_event(Event::RoundStarted {
			job: id,
			round: job.round,
			model: job.model.cid,
		});
		Ok(())
	}

	/// Move the escrow of one fragment of `cu` compute units out of the job's reserve.
	fn take_reserve(job: &mut JobOf<T>, cu: ComputeUnits) -> Result<BalanceOf<T>, DispatchError> {
		let escrow = fee_of(job.fee_per_cu, cu, job.redundancy).ok_or(Error::<T>::Overflow)?;
		job.reserved = job.reserved.checked_sub(&escrow).ok_or(Error::<T>::Overflow)?;
		Ok(escrow)
	}

	/// A fragment of a job was verified: record its gradient, or complete the round.
	pub(crate) fn fragment_verified(
		fragment: Fragment,
		result: ContentId,
		loss: Option<u32>,
	) -> DispatchResult {
		let Some(mut job) = Jobs::<T>::get(fragment.job) else { return Ok(()) };
		// Fragments of a failed job, or of an earlier round, change nothing.
		if job.status != JobStatus::Running || fragment.round != job.round {
			return Ok(());
		}
		match fragment.part {
			Part::Shard(n) => {
				if RoundGradients::<T>::contains_key(fragment.job, n) {
					return Ok(());
				}
				RoundGradients::<T>::insert(fragment.job, n, result);
				job.pending = job.pending.saturating_sub(1);
				if job.pending == 0 {
					Self::queue_aggregation(fragment.job, &mut job)?;
				}
			},
			Part::Aggregate => {
				let validation_loss = loss.ok_or(Error::<T>::InvalidTransition)?;
				let _ = RoundGradients::<T>::clear_prefix(
					fragment.job,
					T::MaxShardsPerJob::get(),
					None,
				);
				if let Some(limit) = Self::loss_limit(fragment.job, job.round) {
					if validation_loss > limit {
						Self::reject_round(fragment.job, &mut job, validation_loss, limit)?;
						Jobs::<T>::insert(fragment.job, job);
						return Ok(());
					}
				}
				JobRounds::<T>::insert(
					fragment.job,
					job.round,
					RoundRecord { model: result, validation_loss },
				);
				job.model.cid = result;
				Self::deposit_event(Event::RoundCompleted {
					job: fragment.job,
					round: job.round,
					model: result,
					validation_loss,
				});
				job.round = job.round.saturating_add(1);
				Self::next_round(fragment.job, &mut job)?;
			},
		}
		Jobs::<T>::insert(fragment.job, job);
		Ok(())
	}

	/// Start the job's running round, or finish the job if every round is done.
	fn next_round(id: JobId, job: &mut JobOf<T>) -> DispatchResult {
		job.pending = 0;
		if job.round >= job.rounds {
			job.status = JobStatus::Finished;
			let refunded = Self::release_escrow(&job.owner, job.reserved);
			job.reserved = Zero::zero();
			Self::job_stopped(job);
			Self::deposit_event(Event::TrainingJobFinished {
				job: id,
				model: job.model.cid,
				refunded,
			});
			Ok(())
		} else {
			Self::start_round(id, job)
		}
	}

	/// The highest validation loss round `round` of job `id` may reach: the previous round's
	/// loss plus `MaxLossIncrease` of it. `None` for the first round.
	pub(crate) fn loss_limit(id: JobId, round: u16) -> Option<u32> {
		let previous = JobRounds::<T>::get(id, round.checked_sub(1)?)?.validation_loss;
		Some(previous.saturating_add(T::MaxLossIncrease::get().mul_ceil(previous)))
	}

	/// Model-PoT's round check failed: the new model scores worse on the held-out shard than
	/// allowed. The model is not adopted and the round runs again on the same model, paid with
	/// the budget of the job's last round (the job gets one round fewer, so the reserve still
	/// covers exactly what is left). If this was the last round, the job finishes with the
	/// previous model.
	fn reject_round(
		id: JobId,
		job: &mut JobOf<T>,
		validation_loss: u32,
		limit: u32,
	) -> DispatchResult {
		job.rounds = job.rounds.saturating_sub(1);
		Self::deposit_event(Event::RoundRejected {
			job: id,
			round: job.round,
			validation_loss,
			limit,
		});
		Self::next_round(id, job)
	}

	/// Queue the round's aggregation: the model, the validation shard and every verified
	/// gradient in shard order.
	pub(crate) fn queue_aggregation(id: JobId, job: &mut JobOf<T>) -> DispatchResult {
		let mut inputs = alloc::vec![job.model, job.validation];
		for n in 0..job.shards.len() {
			let shard = u16::try_from(n).map_err(|_| Error::<T>::Overflow)?;
			let cid = RoundGradients::<T>::get(id, shard).ok_or(Error::<T>::InvalidTransition)?;
			inputs.push(Input { cid, size: gradient_size(job.model.size) });
		}
		let inputs = BoundedVec::try_from(inputs).map_err(|_| Error::<T>::Overflow)?;
		let now = frame_system::Pallet::<T>::block_number();
		let deadline: BlockNumberFor<T> = now.saturating_add(job.fragment_blocks.into());
		let computation = Self::queue_fragment(
			id,
			job,
			ComputationKind::Aggregation,
			inputs,
			job.aggregate_cu,
			deadline,
			Part::Aggregate,
		)?;
		job.pending = 1;
		Self::deposit_event(Event::AggregationQueued {
			job: id,
			round: job.round,
			id: computation,
		});
		Ok(())
	}

	/// A fragment of the job failed or expired: the job stops and its reserve is refunded.
	pub(crate) fn fail_job(id: JobId, round: u16) {
		let Some(mut job) = Jobs::<T>::get(id) else { return };
		if job.status != JobStatus::Running || round != job.round {
			return;
		}
		job.status = JobStatus::Failed;
		let refunded = Self::release_escrow(&job.owner, job.reserved);
		job.reserved = Zero::zero();
		let _ = RoundGradients::<T>::clear_prefix(id, T::MaxShardsPerJob::get(), None);
		Self::job_stopped(&job);
		Jobs::<T>::insert(id, job);
		Self::deposit_event(Event::TrainingJobFailed { job: id, round, refunded });
	}

	/// Book that a job is no longer running.
	fn job_stopped(job: &JobOf<T>) {
		RunningJobs::<T>::mutate_exists(&job.owner, |n| {
			let left = n.unwrap_or_default().saturating_sub(1);
			*n = (left > 0).then_some(left);
		});
		RunningJobCount::<T>::mutate(|n| *n = n.saturating_sub(1));
		Self::definition_opened(job.definition, false);
	}

	pub(crate) fn do_remove_job(who: T::AccountId, id: JobId) -> DispatchResult {
		let job = Jobs::<T>::get(id).ok_or(Error::<T>::JobNotFound)?;
		ensure!(job.owner == who, Error::<T>::NotJobOwner);
		ensure!(job.status != JobStatus::Running, Error::<T>::JobRunning);
		T::Currency::release(
			&HoldReason::JobDeposit.into(),
			&who,
			job.deposit,
			Precision::BestEffort,
		)?;
		let _ = JobRounds::<T>::clear_prefix(id, T::MaxRounds::get(), None);
		Jobs::<T>::remove(id);
		Self::deposit_event(Event::TrainingJobRemoved { job: id });
		Ok(())
	}

	pub(crate) fn progress_of(id: JobId) -> Option<JobProgress<BalanceOf<T>>> {
		let job = Jobs::<T>::get(id)?;
		let history = (0..job.round.min(job.rounds))
			.filter_map(|round| JobRounds::<T>::get(id, round))
			.collect();
		Some(JobProgress {
			status: job.status,
			round: job.round,
			rounds: job.rounds,
			pending: job.pending,
			model: job.model.cid,
			history,
			reserved: job.reserved,
		})
	}
}
