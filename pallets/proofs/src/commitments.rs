//! What an executor commits to: the commitment preimage bound to this chain.

use crate::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Zero;

/// What executor `node` commits to for `outcome` of computation `id` on this chain:
/// [`corex_primitives::commitment::of`] with the chain's genesis hash.
pub fn commitment<T: frame_system::Config>(
	id: ComputationId,
	node: NodeId,
	outcome: &Outcome,
	salt: &[u8; 32],
) -> [u8; 32] {
	corex_primitives::commitment::of(
		&genesis_hash::<T>(),
		id,
		node,
		&outcome.result,
		outcome.loss,
		salt,
	)
}

/// The chain's genesis hash (frame-system keeps block 0's hash for good).
pub fn genesis_hash<T: frame_system::Config>() -> [u8; 32] {
	let hash = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
	let mut out = [0u8; 32];
	for (o, b) in out.iter_mut().zip(hash.as_ref()) {
		*o = *b;
	}
	out
}
