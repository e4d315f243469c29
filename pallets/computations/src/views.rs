//! What readers see of a computation.

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
}
