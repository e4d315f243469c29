// Node-staking end-to-end suite: a real `corex-node --dev` driven through @polkadot/api.
//
// Sudo shortens the epoch to 4 blocks and the unbonding period to one epoch (runtime
// parameters), then: Bob registers a GPU node and bonds; Charlie delegates with a lock; the node
// becomes active at the next epoch and its capacity follows its stake; the locked delegation
// cannot be undelegated early; after the lock it unbonds, cannot be withdrawn before the
// period, and is withdrawn after it. Total issuance stays exactly 100,000,000 CXT throughout.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { callView, moduleErrorName, sendAndWait, sendOk, startDevNode, sudoOk } from '../lib/node.js';
import { CXT, TOTAL_SUPPLY } from '../lib/chain.js';

const EPOCH_BLOCKS = 4;
const LOCK_BLOCKS = 8;

describe('node staking on corex-node --dev', () => {
  let node;
  let api;
  let alice;
  let bob;
  let charlie;
  let workerKey;
  let charlieWorker;
  let nodeId;

  before(async () => {
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    alice = keyring.addFromUri('//Alice');
    bob = keyring.addFromUri('//Bob');
    charlie = keyring.addFromUri('//Charlie');
    workerKey = u8aToHex(keyring.addFromUri('//BobWorker').publicKey);
    charlieWorker = u8aToHex(keyring.addFromUri('//CharlieWorker').publicKey);
    node = await startDevNode();
    api = node.api;
  });

  after(async () => {
    if (node) await node.stop();
  });

  const issuance = async () => (await api.query.balances.totalIssuance()).toBigInt();
  const epoch = async () => (await api.query.nodeStaking.currentEpoch()).index.toNumber();
  const held = async (who) => {
    const holds = await api.query.balances.holds(who);
    return holds.reduce((sum, h) => sum + h.amount.toBigInt(), 0n);
  };
  const moduleError = (dispatchError) => moduleErrorName(api, dispatchError);
  const ok = (tx, signer) => sendOk(api, tx, signer);
  const sudo = (call) => sudoOk(api, alice, call);
  const waitForEpoch = async (target) => {
    const deadline = Date.now() + 180_000;
    while ((await epoch()) < target) {
      if (Date.now() > deadline) throw new Error(`epoch ${target} not reached`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  };
  const findEvent = (events, section, method) =>
    events.find(({ event }) => event.section === section && event.method === method)?.event;

  const view = (name, args) => callView(api, 'NodeStaking', name, args);
  const capacity = async (id) => (await view('active_capacity', [id])).toNumber();

  it('starts with exactly 100,000,000 CXT issued', async () => {
    assert.equal(await issuance(), TOTAL_SUPPLY);
  });

  it('lets root shorten the epoch, the unbonding period and the first lock', async () => {
    await sudo(api.tx.governance.setParameter({ NodeStaking: { EpochLength: [null, EPOCH_BLOCKS] } }));
    await sudo(api.tx.governance.setParameter({ NodeStaking: { UnbondingEpochs: [null, 1] } }));
    await sudo(
      api.tx.governance.setParameter({
        NodeStaking: {
          LockMenu: [
            null,
            [
              { duration: 0, multiplierPercent: 100 },
              { duration: LOCK_BLOCKS, multiplierPercent: 150 },
            ],
          ],
        },
      }),
    );
    // A signed account cannot change parameters.
    const res = await sendAndWait(
      api.tx.governance.setParameter({ NodeStaking: { EpochLength: [null, 1] } }),
      bob,
    );
    assert.equal(res.dispatchError.isBadOrigin, true, 'BadOrigin for a non-root caller');
  });

  it('registers a node and activates it one epoch after the self-bond', async () => {
    // Charlie's node first, so Bob's id is not 0: the view function's argument must be SCALE
    // (little-endian) for any other id to be read right.
    await ok(api.tx.nodeStaking.registerNode(charlieWorker, 'Cpu', 1_000, 'first'), charlie);
    const reg = await ok(api.tx.nodeStaking.registerNode(workerKey, 'Gpu', 100_000, 'e2e rack'), bob);
    const registered = findEvent(reg.events, 'nodeStaking', 'NodeRegistered');
    assert.ok(registered, 'NodeRegistered emitted');
    nodeId = registered.data.node.toNumber();
    assert.ok(nodeId > 0, `Bob's node id ${nodeId} follows Charlie's`);
    assert.equal(registered.data.operator.toString(), bob.address);

    // A second node with the same worker key is refused with a named error.
    const dup = await sendAndWait(api.tx.nodeStaking.registerNode(workerKey, 'Cpu', 1, ''), charlie);
    assert.equal(moduleError(dup.dispatchError), 'nodeStaking.WorkerKeyInUse');

    const bond = await ok(api.tx.nodeStaking.bond(nodeId, 20_000n * CXT), bob);
    const bonded = findEvent(bond.events, 'nodeStaking', 'Bonded');
    const effective = bonded.data.effectiveEpoch.toNumber();
    assert.equal(effective, (await epoch()) + 1);
    assert.equal(await capacity(nodeId), 0, 'no capacity before the bond counts');
    assert.equal(await held(bob.address) >= 20_000n * CXT, true, 'self-bond held in Bob\'s account');

    await waitForEpoch(effective);
    // 20,000 CXT at 1 CXT per CU: 20,000 CU of the declared 100,000.
    // Active capacity is non-zero only for an active node.
    assert.equal(await capacity(nodeId), 20_000);
  });

  it('counts a locked delegation from the next epoch and refuses early undelegation', async () => {
    const del = await ok(api.tx.nodeStaking.delegate(nodeId, 10_000n * CXT, 1), charlie);
    const delegated = findEvent(del.events, 'nodeStaking', 'Delegated');
    assert.equal(delegated.data.lock.toNumber(), 1);
    assert.equal(await capacity(nodeId), 20_000, 'the delegation does not count this epoch');

    const early = await sendAndWait(api.tx.nodeStaking.undelegate(nodeId, 10_000n * CXT), charlie);
    assert.equal(moduleError(early.dispatchError), 'nodeStaking.LockNotExpired');

    await waitForEpoch(delegated.data.effectiveEpoch.toNumber());
    assert.equal(await capacity(nodeId), 30_000);
  });

  it('unbonds after the lock and withdraws only after the unbonding period', async () => {
    const position = (await api.query.nodeStaking.positions(nodeId, charlie.address)).unwrap();
    const lockedUntil = position.lockedUntil.toNumber();
    while ((await api.rpc.chain.getHeader()).number.toNumber() < lockedUntil) {
      await new Promise((r) => setTimeout(r, 1000));
    }
    const heldBefore = await held(charlie.address);
    const unb = await ok(api.tx.nodeStaking.undelegate(nodeId, 10_000n * CXT), charlie);
    const unbonded = findEvent(unb.events, 'nodeStaking', 'Unbonded');
    const unlock = unbonded.data.unlockEpoch.toNumber();
    assert.equal(await capacity(nodeId), 20_000, 'unbonding stake stops counting at once');
    assert.equal(await held(charlie.address), heldBefore, 'still held while unbonding');

    const tooEarly = await sendAndWait(api.tx.nodeStaking.withdrawUnbonded(nodeId), charlie);
    assert.equal(moduleError(tooEarly.dispatchError), 'nodeStaking.NothingToWithdraw');

    await waitForEpoch(unlock);
    const wd = await ok(api.tx.nodeStaking.withdrawUnbonded(nodeId), charlie);
    const withdrawn = findEvent(wd.events, 'nodeStaking', 'Withdrawn');
    assert.equal(withdrawn.data.amount.toBigInt(), 10_000n * CXT);
    assert.equal(await held(charlie.address), heldBefore - 10_000n * CXT);
    assert.ok((await api.query.nodeStaking.positions(nodeId, charlie.address)).isNone);
  });

  it('still has exactly 100,000,000 CXT issued', async () => {
    assert.equal(await issuance(), TOTAL_SUPPLY);
  });
});
