//! What readers see: the views polkadot.js calls, and the reads the off-chain worker makes
//! (it reads the queue only through these, never its storage items).

use crate::*;
use frame_system::pallet_prelude::BlockNumberFor;

impl<T: Config> Pallet<T> {
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
	// What the off-chain worker reads
	// ---------------------------------------------------------------------------------------

	/// A computation, as stored: its inputs, slots, verifier and panel.
	pub fn computation(id: ComputationId) -> Option<ComputationOf<T>> {
		Computations::<T>::get(id)
	}

	/// A definition: its kernel, sample width and verification policy.
	pub fn definition(id: DefinitionId) -> Option<DefinitionOf<T>> {
		Definitions::<T>::get(id)
	}

	/// A training job: its shards, rounds, learning rate and model.
	pub fn job(id: JobId) -> Option<JobOf<T>> {
		Jobs::<T>::get(id)
	}

	/// The last epoch `node`'s worker sent a heartbeat in, if it ever did.
	pub fn last_heartbeat(node: NodeId) -> Option<corex_primitives::EpochIndex> {
		Heartbeats::<T>::get(node).map(|l| l.last)
	}
}
