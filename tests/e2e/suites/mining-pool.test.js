// Mining-pool end-to-end suite: a real `corex-node --dev` driven through @polkadot/api.
//
// Checks what a user can see of the pool without any contribution yet (payouts end to end come
// with the proofs pallet): the pool account and its genesis ledger; fees booked as recycled at
// the end of their block, with `pool balance + paid out − recycled == initial pool balance`;
// the open epoch, its projected budget and split, read through the view functions; the release
// curve matching the rule; epochs closing and releasing nothing while nobody contributes; and no
// call in the metadata that could mint, burn or change the rule (the ones that exist in
// Balances/System are refused, even through sudo).

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { cryptoWaitReady, encodeAddress } from '@polkadot/util-crypto';
import { callView, freeBalance, moduleErrorName, sendAndWait, startDevNode, waitForBlock } from '../lib/node.js';
import { CXT, TOTAL_SUPPLY } from '../lib/chain.js';

// The keyless pool account of PalletId "cx/mpool": "modl" ++ id, zero-padded.
const POOL = encodeAddress(u8aConcat(stringToU8a('modl'), stringToU8a('cx/mpool'), new Uint8Array(20)), 42);
// The release rule of pallets/mining-pool/src/types.rs: ln 2 / 21,038,400 per block, in 10^-18.
const RELEASE_PER_BLOCK = 32_946_763_088n;
const QUINTILL = 10n ** 18n;
const EPOCH_BLOCKS = 4;

describe('mining pool on corex-node --dev', () => {
  let node;
  let api;
  let alice;
  let bob;

  before(async () => {
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    alice = keyring.addFromUri('//Alice');
    bob = keyring.addFromUri('//Bob');
    node = await startDevNode();
    api = node.api;
  });

  after(async () => {
    if (node) await node.stop();
  });

  const free = (who, at) => freeBalance(api, who, at);
  const ledger = async (at) => {
    const q = at ? await api.at(at) : api;
    return q.query.miningPool.ledger();
  };
  const view = (name, args) => callView(api, 'MiningPool', name, args);
  const blockEvents = async (hash) => (await (await api.at(hash)).query.system.events()).map((r) => r.event);
  const moduleError = (dispatchError) => moduleErrorName(api, dispatchError);

  it('owns the keyless pool account and recorded its genesis balance', async () => {
    assert.equal(api.consts.miningPool.poolAccount.toString(), POOL);
    assert.equal(api.consts.miningPool.fixedSupply.toBigInt(), TOTAL_SUPPLY);
    const genesis = await api.rpc.chain.getBlockHash(0);
    const atGenesis = await ledger(genesis);
    assert.equal(atGenesis.initial.toBigInt(), await free(POOL, genesis));
    assert.ok(atGenesis.initial.toBigInt() > TOTAL_SUPPLY / 2n, 'the pool holds most of the supply');
    assert.equal(atGenesis.paidOut.toBigInt(), 0n);
    assert.equal(atGenesis.recycled.toBigInt(), 0n);
  });

  it('books a fee as recycled at the end of its block, and the ledger balances', async () => {
    const res = await sendAndWait(api.tx.balances.transferKeepAlive(bob.address, 7n * CXT), alice);
    assert.equal(res.dispatchError, undefined);
    const fee = res.events
      .find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event))
      .event.data.actualFee.toBigInt();
    assert.ok(fee > 0n);
    const recycled = (await blockEvents(res.blockHash)).find((e) => api.events.miningPool.Recycled.is(e));
    assert.ok(recycled, 'MiningPool.Recycled emitted in the block');
    assert.equal(recycled.data.amount.toBigInt(), fee, 'the block recycled exactly the fee');
    const parent = (await api.rpc.chain.getHeader(res.blockHash)).parentHash;
    const before = await ledger(parent);
    const after_ = await ledger(res.blockHash);
    assert.equal(after_.recycled.toBigInt() - before.recycled.toBigInt(), fee);
    // pool balance + paid out − recycled == initial pool balance
    assert.equal(
      (await free(POOL, res.blockHash)) + after_.paidOut.toBigInt() - after_.recycled.toBigInt(),
      after_.initial.toBigInt(),
    );
    assert.equal((await api.query.balances.totalIssuance()).toBigInt(), TOTAL_SUPPLY);
  });

  it('reads the open epoch, its projected budget and split, and the release curve', async () => {
    const open = await view('open_epoch');
    assert.equal(open.index.toNumber(), (await api.query.nodeStaking.currentEpoch()).index.toNumber());
    assert.equal(open.nodes.toNumber(), 0);
    // Nobody has contributed: closing now would release nothing; with no demand the compute
    // path's share is the 30 % floor.
    const [compute, training, share] = await view('projected_budget');
    assert.equal(compute.toBigInt(), 0n);
    assert.equal(training.toBigInt(), 0n);
    assert.equal(share.toNumber(), 300_000_000, 'compute share 30 % (Perbill parts)');

    // The curve the chain projects is the rule applied to the free pool, epoch after epoch.
    const hash = await api.rpc.chain.getBlockHash();
    const claimable = (await (await api.at(hash)).query.miningPool.claimable()).toBigInt();
    let freePool = (await free(POOL, hash)) - claimable;
    const blocks = 600n;
    const values = (await callView(api, 'MiningPool', 'release_projection', [5, Number(blocks)], hash)).map((v) =>
      v.toBigInt(),
    );
    assert.equal(values.length, 5);
    for (const v of values) {
      freePool -= (freePool * RELEASE_PER_BLOCK * blocks) / QUINTILL;
      assert.equal(v, freePool);
    }
    // Ten years of weekly steps: half the pool is left after about four years.
    const weekly = await view('release_projection', [520, 7 * 24 * 600]);
    const start = (await free(POOL)) - (await api.query.miningPool.claimable()).toBigInt();
    const halfAt = weekly.findIndex((v) => v.toBigInt() <= start / 2n);
    assert.ok(halfAt >= 205 && halfAt <= 212, `half released after ${halfAt} weeks`);
  });

  it('closes epochs that nobody contributed to without releasing anything', async () => {
    const res = await sendAndWait(
      api.tx.sudo.sudo(api.tx.governance.setParameter({ NodeStaking: { EpochLength: [null, EPOCH_BLOCKS] } })),
      alice,
    );
    assert.equal(res.dispatchError, undefined);
    const poolBefore = await free(POOL);
    const from = (await api.rpc.chain.getHeader()).number.toNumber();
    await waitForBlock(api, from + 3 * EPOCH_BLOCKS);
    let closed = 0;
    for (let n = from + 1; n <= from + 3 * EPOCH_BLOCKS; n++) {
      const hash = await api.rpc.chain.getBlockHash(n);
      for (const e of await blockEvents(hash)) {
        if (!api.events.miningPool.EpochClosed.is(e)) continue;
        closed += 1;
        assert.equal(e.data.compute.toBigInt(), 0n);
        assert.equal(e.data.training.toBigInt(), 0n);
        assert.equal(e.data.computeShare.toNumber(), 300_000_000);
        assert.equal((await (await api.at(hash)).query.miningPool.budgets(e.data.epoch)).isNone, true);
      }
    }
    assert.ok(closed >= 2, `epochs closed: ${closed}`);
    const l = await ledger();
    assert.equal(l.released.toBigInt(), 0n);
    assert.ok((await free(POOL)) >= poolBefore, 'nothing left the pool');
    // Claiming a reward for an epoch that released nothing is a named error.
    const claim = await sendAndWait(api.tx.miningPool.claimNodeReward(0, 0), bob);
    assert.equal(moduleError(claim.dispatchError), 'miningPool.EpochNotClaimable');
  });

  it('has no call that can mint, burn or change the rule; the ones that exist are refused', async () => {
    const calls = (section) => Object.keys(api.tx[section] ?? {});
    assert.deepEqual(calls('miningPool'), ['claimNodeReward'], 'the pool has one call, and no admin');
    // Nothing in the runtime's parameters reaches the pool: only node staking, the computation
    // queue and result verification are tunable.
    const paramType = api.tx.parameters.setParameter.meta.args[0].type.toString();
    const groups = api.registry.createType(paramType).defKeys;
    assert.deepEqual(groups, ['NodeStaking', 'Computations', 'Proofs', 'Clusters'], `parameter groups of ${paramType}`);

    // Every call whose name speaks of minting, burning, issuance or raw storage is refused.
    const suspicious = [];
    for (const section of Object.keys(api.tx)) {
      for (const method of calls(section)) {
        if (/mint|burn|issuance|setBalance|setStorage|killStorage|killPrefix|release|pause|setRate|setBudget|setSplit/i.test(method)) {
          suspicious.push(`${section}.${method}`);
        }
      }
    }
    assert.deepEqual(suspicious.sort(), [
      'balances.burn',
      'balances.forceAdjustTotalIssuance',
      'balances.forceSetBalance',
      'system.killPrefix',
      'system.killStorage',
      'system.setStorage',
    ]);
    const poolKey = api.query.system.account.key(POOL);
    const attempts = {
      'balances.burn': api.tx.balances.burn(CXT, false),
      'balances.forceAdjustTotalIssuance': api.tx.balances.forceAdjustTotalIssuance('Increase', CXT),
      'balances.forceSetBalance': api.tx.balances.forceSetBalance(POOL, 0),
      'system.killPrefix': api.tx.system.killPrefix(poolKey, 1),
      'system.killStorage': api.tx.system.killStorage([poolKey]),
      'system.setStorage': api.tx.system.setStorage([[poolKey, '0x00']]),
      // Moving money out of the pool other than by a payout.
      'balances.forceTransfer': api.tx.balances.forceTransfer(POOL, alice.address, CXT),
      'sudo.sudoAs': api.tx.sudo.sudoAs(POOL, api.tx.balances.transferAll(alice.address, false)),
    };
    const poolBefore = await free(POOL);
    for (const name of Object.keys(attempts)) {
      const res = await sendAndWait(api.tx.sudo.sudo(attempts[name]), alice);
      // The base filter looks inside sudo, so the sudo call itself is refused; were it let
      // through, the inner call's refusal would show in `Sudid`.
      let error = res.dispatchError;
      if (!error) {
        const sudid = res.events.find(({ event }) => api.events.sudo.Sudid.is(event));
        assert.ok(sudid?.event.data[0].isErr, `${name} refused`);
        error = sudid.event.data[0].asErr;
      }
      assert.equal(moduleError(error), 'system.CallFiltered', name);
    }
    assert.ok((await free(POOL)) >= poolBefore, 'the pool lost nothing');
    assert.equal((await api.query.balances.totalIssuance()).toBigInt(), TOTAL_SUPPLY);
  });
});
