// Session keys on a real `corex-node --dev`: the only validator rotates its keys, as an operator
// does after a key leak or a move to a new server (`author_rotateKeysWithOwner`, then
// `session.setKeys` with the proof). The new keys take effect at the second session boundary
// after; the chain must go on producing and finalizing blocks through that block, authored
// with the new Aura key, each block still carrying its author's seed inherent.
//
// Before the fix, the first block of the new session could not be built ("Mandatory inherent
// extrinsic returned error … BadMandatory"): the seed inherent checked the author's signature
// against the new Aura set instead of the set the author was chosen from, and the chain stopped.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { sendOk, startDevNode, waitForBlock } from '../lib/node.js';

describe('session keys: the only validator rotates them', () => {
  let node;
  let api;
  let alice;

  before(async () => {
    await cryptoWaitReady();
    alice = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Alice');
    node = await startDevNode();
    api = node.api;
  });

  after(async () => {
    if (node) await node.stop();
  });

  it('keeps producing and finalizing blocks, authored with the new keys', async () => {
    const oldAura = (await api.query.aura.authorities()).map((a) => a.toHex());
    const oldGrandpa = (await api.query.grandpa.authorities()).map(([key]) => key.toHex());
    assert.equal(oldAura.length, 1);

    const generated = await api._rpcCore.provider.send('author_rotateKeysWithOwner', [u8aToHex(alice.publicKey)]);
    const keys = api.createType('(AccountId32, AccountId32)', hexToU8a(generated.keys));
    const [aura, grandpa] = [keys[0].toHex(), keys[1].toHex()];
    assert.notEqual(aura, oldAura[0], 'new Aura key');
    assert.notEqual(grandpa, oldGrandpa[0], 'new GRANDPA key');
    await sendOk(api, api.tx.session.setKeys({ aura, grandpa }, generated.proof), alice);
    const session = (await api.query.session.currentIndex()).toNumber();

    // Queued at the next boundary, active from the one after (sessions of 10 blocks here).
    const deadline = Date.now() + 120_000;
    while ((await api.query.session.currentIndex()).toNumber() < session + 2) {
      assert.ok(Date.now() < deadline, `session ${session + 2} did not start: the chain stopped at #${(await api.rpc.chain.getHeader()).number}`);
      await new Promise((r) => setTimeout(r, 2000));
    }
    assert.deepEqual((await api.query.aura.authorities()).map((a) => a.toHex()), [aura]);

    // Blocks go on, each with the seed inherent of its author (the new key), and GRANDPA, now
    // voting with the new key, finalizes them.
    const rotatedAt = (await api.rpc.chain.getHeader()).number.toNumber();
    const later = await waitForBlock(api, rotatedAt + 4, { timeoutMs: 60_000 });
    const at = await api.at(later.hash);
    assert.equal((await at.query.seed.notedAt()).unwrap().toNumber(), later.number.toNumber());
    assert.deepEqual((await at.query.grandpa.authorities()).map(([key]) => key.toHex()), [grandpa]);
    await waitForBlock(api, rotatedAt + 1, { finalized: true, timeoutMs: 60_000 });
  });
});
