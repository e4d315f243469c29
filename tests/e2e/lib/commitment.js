// The result commitment as the chain defines it, once (corex_primitives::commitment::of):
// blake2-256 of the SCALE encoding of ("corex/commit", genesis hash, computation id, node id,
// result, loss, salt). The end-to-end suites' cheating workers commit with this helper; its test
// (commitment.test.js) checks it against the Rust definition's known vectors.

import { stringToU8a } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

/** The domain tag that keeps a commitment apart from every other hash the chain uses. */
export const COMMITMENT_DOMAIN = 'corex/commit';

const PREIMAGE = '([u8; 12], [u8; 32], u64, u32, [u8; 32], Option<u32>, [u8; 32])';

/**
 * The commitment of `node` to `result` (and `loss`, or null) of computation `id` on the chain
 * whose genesis hash is `genesis`, hidden by `salt`. `registry` is a polkadot.js type registry
 * (`api.registry`, or a bare `TypeRegistry`).
 */
export function commitmentOf(registry, { genesis, id, node, result, loss = null, salt }) {
  const preimage = registry
    .createType(PREIMAGE, [stringToU8a(COMMITMENT_DOMAIN), genesis, id, node, result, loss, salt])
    .toU8a();
  return blake2AsU8a(preimage, 256);
}
