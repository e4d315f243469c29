//! Building blocks for tests that drive the [`crate::prelude`]'s live network by hand: its
//! nodes' workers, dispatching as an account, and a computation's commit-reveal round.

use crate::next_block;
use corex_primitives::{ComputationId, ContentId, NodeId};
use corex_runtime::{Runtime, RuntimeCall, RuntimeOrigin};
use sp_keyring::Sr25519Keyring;
use sp_runtime::traits::Dispatchable;

/// The worker of node `n`: Eve, Ferdie, Alice (the prelude's keys).
pub const WORKERS: [Sr25519Keyring; 3] =
	[Sr25519Keyring::Eve, Sr25519Keyring::Ferdie, Sr25519Keyring::Alice];

/// The salt every worker commits with.
pub const SALT: [u8; 32] = [7; 32];

/// Dispatch `call` signed by `who`; panics, naming the call, if it fails.
pub fn dispatch(who: Sr25519Keyring, call: impl Into<RuntimeCall>) {
	let call: RuntimeCall = call.into();
	call.clone()
		.dispatch(RuntimeOrigin::signed(who.to_account_id()))
		.unwrap_or_else(|e| panic!("{call:?}: {e:?}"));
}

/// The nodes assigned to computation `id`, waiting up to `DRAW_DELAY` blocks for the draw.
pub fn assigned_nodes(id: ComputationId) -> Vec<NodeId> {
	let slots = || {
		pallet_computations::Computations::<Runtime>::get(id)
			.map(|c| c.slots.iter().map(|s| s.node).collect::<Vec<_>>())
			.unwrap_or_default()
	};
	for _ in 0..corex_primitives::seed::DRAW_DELAY {
		if !slots().is_empty() {
			break;
		}
		next_block();
	}
	slots()
}

/// Have each of `nodes` commit to the result `result_of(node)` of computation `id`, wait for the
/// replay draw (`DRAW_DELAY` blocks), then reveal them all.
pub fn commit_and_reveal(
	id: ComputationId,
	nodes: &[NodeId],
	result_of: impl Fn(NodeId) -> ContentId,
) {
	let outcome = |node| pallet_proofs::Outcome { result: result_of(node), loss: None };
	for node in nodes {
		let commitment = pallet_proofs::commitment::<Runtime>(id, *node, &outcome(*node), &SALT);
		dispatch(
			WORKERS[*node as usize],
			pallet_computations::Call::<Runtime>::commit_result { id, commitment },
		);
	}
	for _ in 0..corex_primitives::seed::DRAW_DELAY {
		next_block();
	}
	for node in nodes {
		dispatch(
			WORKERS[*node as usize],
			pallet_proofs::Call::<Runtime>::reveal {
				id,
				result: outcome(*node).result,
				loss: None,
				salt: SALT,
				output: None,
			},
		);
	}
}
