//! Result commitments: what an executor commits to before anyone reveals (commit-reveal). This
//! is the one definition: the proofs pallet opens reveals with it, the compute worker commits
//! with it, and the tests build theirs with it.

use crate::{ComputationId, ContentId, NodeId};
use codec::Encode;

/// Domain tag: a commitment never equals another hash the chain uses.
pub const DOMAIN: [u8; 12] = *b"corex/commit";

/// `blake2_256` of the SCALE encoding of `(DOMAIN, genesis, id, node, result, loss, salt)`.
///
/// It binds the chain (its genesis hash), the computation and the node, so a commitment and the
/// reveal that opens it hold for that one slot only. They cannot be replayed on another chain
/// (a testnet's on the main network), on another computation with the same inputs, or by
/// another node. The salt, drawn at random by the worker, keeps the result hidden until the
/// reveal.
pub fn of(
	genesis: &[u8; 32],
	id: ComputationId,
	node: NodeId,
	result: &ContentId,
	loss: Option<u32>,
	salt: &[u8; 32],
) -> [u8; 32] {
	(DOMAIN, genesis, id, node, result, loss, salt).using_encoded(sp_io::hashing::blake2_256)
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The encoding is fixed: tools outside Rust build the same commitment (the end-to-end
	/// suites' one helper, `tests/e2e/lib/commitment.js`, whose test checks these same vectors).
	/// Vectors computed with Python's `hashlib.blake2b(digest_size=32)` over the SCALE bytes
	/// written out by hand.
	#[test]
	fn known_vectors() {
		let result = ContentId([0xab; 32]);
		let hex = |bytes: [u8; 32]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
		assert_eq!(
			hex(of(&[1; 32], 7, 3, &result, Some(5), &[9; 32])),
			"09e2d7f5a16046230706c0f216f2267053d74e41884bf513fcda9ce16b45b1a7"
		);
		assert_eq!(
			hex(of(&[1; 32], 7, 3, &result, None, &[9; 32])),
			"591dc60d9b5a150dc15297b09e45e39dd3ed0126055ede14903286af96837fdb"
		);
	}

	#[test]
	fn every_field_is_bound() {
		let result = ContentId::of(b"result");
		let base = of(&[1; 32], 7, 3, &result, Some(5), &[9; 32]);
		assert_eq!(base, of(&[1; 32], 7, 3, &result, Some(5), &[9; 32]), "deterministic");
		let others = [
			of(&[2; 32], 7, 3, &result, Some(5), &[9; 32]),
			of(&[1; 32], 8, 3, &result, Some(5), &[9; 32]),
			of(&[1; 32], 7, 4, &result, Some(5), &[9; 32]),
			of(&[1; 32], 7, 3, &ContentId::of(b"other"), Some(5), &[9; 32]),
			of(&[1; 32], 7, 3, &result, Some(6), &[9; 32]),
			of(&[1; 32], 7, 3, &result, None, &[9; 32]),
			of(&[1; 32], 7, 3, &result, Some(5), &[8; 32]),
		];
		for (i, other) in others.iter().enumerate() {
			assert_ne!(*other, base, "field {i} changes the commitment");
		}
	}
}
