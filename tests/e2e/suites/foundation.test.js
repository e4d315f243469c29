// Foundation end-to-end suite: a real `corex-node --dev` driven through @polkadot/api.
//
// Each check fails if the behaviour it names breaks: no blocks or no finality, wrong chain
// properties, a transfer that does not land, fees burned or paid elsewhere than the mining
// pool, total issuance drifting from 100,000,000 CXT, or an over-balance transfer accepted.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { cryptoWaitReady, encodeAddress, mnemonicGenerate } from '@polkadot/util-crypto';
import { freeBalance, sendAndWait, startDevNode, waitForBlock } from '../lib/node.js';
import { CXT, TOTAL_SUPPLY } from '../lib/chain.js';

// The mining pool is the keyless account of PalletId "cx/mpool": "modl" ++ id, zero-padded.
const POOL = encodeAddress(u8aConcat(stringToU8a('modl'), stringToU8a('cx/mpool'), new Uint8Array(20)), 42);

describe('corex-node --dev', () => {
  let node;
  let api;
  let alice;
  let keyring;

  before(async () => {
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    alice = keyring.addFromUri('//Alice');
    node = await startDevNode();
    api = node.api;
  });

  after(async () => {
    if (node) await node.stop();
  });

  const free = (who, at) => freeBalance(api, who, at);
  const issuance = async (at) => {
    const q = at ? await api.at(at) : api;
    return (await q.query.balances.totalIssuance()).toBigInt();
  };

  it('produces and finalizes blocks', async () => {
    const best = await waitForBlock(api, 3);
    assert.ok(best.number.toNumber() >= 3);
    const fin = await waitForBlock(api, 2, { finalized: true });
    assert.ok(fin.number.toNumber() >= 2, 'GRANDPA finalizes');
    const finalizedHash = await api.rpc.chain.getFinalizedHead();
    const finalizedHeader = await api.rpc.chain.getHeader(finalizedHash);
    assert.ok(finalizedHeader.number.toNumber() >= 2);
  });

  it('advertises CXT with 12 decimals', async () => {
    const props = await api.rpc.system.properties();
    assert.deepEqual(props.tokenSymbol.unwrap().map((s) => s.toString()), ['CXT']);
    assert.deepEqual(props.tokenDecimals.unwrap().map((d) => d.toNumber()), [12]);
    assert.equal(api.registry.chainTokens[0], 'CXT');
    assert.equal(api.registry.chainDecimals[0], 12);
    assert.equal((await api.rpc.system.chain()).toString(), 'Corex Development');
    assert.equal(api.runtimeVersion.specName.toString(), 'corex');
  });

  it('has issued exactly 100,000,000 CXT, most of it in the mining pool', async () => {
    const at = await api.rpc.chain.getBlockHash(0);
    assert.equal(await issuance(at), TOTAL_SUPPLY);
    // The pool holds everything genesis did not name: 100M minus every other account.
    const accounts = await (await api.at(at)).query.system.account.entries();
    let named = 0n;
    let pool = null;
    for (const [key, info] of accounts) {
      const who = key.args[0].toString();
      const total = info.data.free.toBigInt() + info.data.reserved.toBigInt();
      if (who === POOL) pool = total;
      else named += total;
    }
    assert.notEqual(pool, null, 'the pool account exists');
    assert.ok(named > 0n);
    assert.equal(pool, TOTAL_SUPPLY - named);
    assert.ok(pool > named, `the pool holds most of the supply (${pool})`);
  });

  it('lands a transfer from Alice to a fresh account and pays its fee into the pool', async () => {
    const fresh = keyring.addFromUri(mnemonicGenerate());
    const amount = 42n * CXT + 123n;
    const tx = api.tx.balances.transferKeepAlive(fresh.address, amount);
    const { blockHash, events, dispatchError } = await sendAndWait(tx, alice);
    assert.equal(dispatchError, undefined);

    const names = events.map(({ event }) => `${event.section}.${event.method}`);
    assert.ok(names.includes('system.ExtrinsicSuccess'), names.join(','));
    assert.ok(names.includes('system.NewAccount'), names.join(','));
    assert.ok(names.includes('balances.Endowed'), names.join(','));

    const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
    assert.ok(transfer, 'Balances.Transfer emitted');
    assert.equal(transfer.event.data.from.toString(), alice.address);
    assert.equal(transfer.event.data.to.toString(), fresh.address);
    assert.equal(transfer.event.data.amount.toBigInt(), amount);

    const feePaid = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
    assert.ok(feePaid, 'TransactionFeePaid emitted');
    assert.equal(feePaid.event.data.who.toString(), alice.address);
    const fee = feePaid.event.data.actualFee.toBigInt();
    assert.ok(fee > 0n, 'a fee was charged');

    // The fee was deposited into the pool, not burned and not given to the block author.
    const deposit = events.find(
      ({ event }) => api.events.balances.Deposit.is(event) && event.data.who.toString() === POOL,
    );
    assert.ok(deposit, 'Balances.Deposit into the pool');
    assert.equal(deposit.event.data.amount.toBigInt(), fee);
    assert.ok(!events.some(({ event }) => api.events.balances.Burned.is(event)), 'nothing burned');

    const parentHash = (await api.rpc.chain.getHeader(blockHash)).parentHash;
    assert.equal(await free(fresh.address, blockHash), amount);
    assert.equal(await free(fresh.address, parentHash), 0n);
    assert.equal((await free(POOL, blockHash)) - (await free(POOL, parentHash)), fee);
    assert.equal((await free(alice.address, parentHash)) - (await free(alice.address, blockHash)), amount + fee);

    assert.equal(await issuance(blockHash), TOTAL_SUPPLY, 'issuance unchanged by the transfer');
  });

  it('rejects a transfer of more than the balance and changes no balance but the fee', async () => {
    // A fresh account with 5 CXT tries to send 1,000 CXT.
    const poor = keyring.addFromUri(mnemonicGenerate());
    const target = keyring.addFromUri(mnemonicGenerate());
    await sendAndWait(api.tx.balances.transferKeepAlive(poor.address, 5n * CXT), alice);

    const tx = api.tx.balances.transferAllowDeath(target.address, 1000n * CXT);
    const { blockHash, events, dispatchError } = await sendAndWait(tx, poor);
    assert.ok(dispatchError, 'the transfer failed');
    // Balances refuses with the standard token error `FundsUnavailable`.
    assert.ok(dispatchError.isToken, `dispatch error ${dispatchError.toString()}`);
    assert.equal(dispatchError.asToken.type, 'FundsUnavailable');
    assert.ok(events.some(({ event }) => api.events.system.ExtrinsicFailed.is(event)));
    assert.ok(!events.some(({ event }) => api.events.balances.Transfer.is(event)));

    const feePaid = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
    const fee = feePaid.event.data.actualFee.toBigInt();
    const parentHash = (await api.rpc.chain.getHeader(blockHash)).parentHash;
    assert.equal(await free(target.address, blockHash), 0n, 'nothing arrived');
    assert.equal(await free(poor.address, blockHash), 5n * CXT - fee, 'only the fee was taken');
    assert.equal((await free(POOL, blockHash)) - (await free(POOL, parentHash)), fee);
    assert.equal(await issuance(blockHash), TOTAL_SUPPLY);
  });

  it('refuses calls that would burn or mint CXT', async () => {
    const tx = api.tx.balances.burn(1n * CXT, true);
    const { blockHash, dispatchError } = await sendAndWait(tx, alice);
    assert.ok(dispatchError?.isModule, 'burn failed');
    const { section, name } = api.registry.findMetaError(dispatchError.asModule);
    assert.equal(`${section}.${name}`, 'system.CallFiltered');
    const sudoTx = api.tx.sudo.sudo(api.tx.balances.forceSetBalance(alice.address, 1n));
    const sudoRes = await sendAndWait(sudoTx, alice);
    const err = api.registry.findMetaError(sudoRes.dispatchError.asModule);
    assert.equal(`${err.section}.${err.name}`, 'system.CallFiltered');
    assert.equal(await issuance(blockHash), TOTAL_SUPPLY);
    assert.equal(await issuance(sudoRes.blockHash), TOTAL_SUPPLY);
  });

  it('still has exactly 100,000,000 CXT after all of the above', async () => {
    const head = await waitForBlock(api, (await api.rpc.chain.getHeader()).number.toNumber() + 1);
    assert.equal(await issuance(head.hash), TOTAL_SUPPLY);
  });
});
