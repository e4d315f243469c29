// The end-to-end suites' commitment helper (lib/commitment.js) builds exactly the chain's
// commitment: the vectors of corex_primitives::commitment's `known_vectors` test.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TypeRegistry } from '@polkadot/types';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { commitmentOf } from '../lib/commitment.js';

describe('the result commitment', () => {
  it('matches the Rust definition, with and without a loss', async () => {
    await cryptoWaitReady();
    const registry = new TypeRegistry();
    const fields = { genesis: new Uint8Array(32).fill(1), id: 7, node: 3, result: new Uint8Array(32).fill(0xab), salt: new Uint8Array(32).fill(9) };
    assert.equal(u8aToHex(commitmentOf(registry, { ...fields, loss: 5 })), '0x09e2d7f5a16046230706c0f216f2267053d74e41884bf513fcda9ce16b45b1a7');
    assert.equal(u8aToHex(commitmentOf(registry, { ...fields, loss: null })), '0x591dc60d9b5a150dc15297b09e45e39dd3ed0126055ede14903286af96837fdb');
  });
});
