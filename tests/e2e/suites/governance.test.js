// Governance end-to-end suite: a real `corex-node --dev` (built with `fast-runtime`, periods in
// minutes) driven through @polkadot/api, as a token holder would from polkadot.js.
//
// Two referenda on the `parameters` track: one raises the computation queue's base fee per
// compute unit, one would set it out of its documented range. Four holders vote aye with
// conviction; both pass, the first is enacted and changes the parameter, the second's enactment
// fails with `governance.ParameterOutOfRange` and changes nothing. Deposits are refunded,
// votes lock (never move) CXT, and total issuance stays exactly 100,000,000 CXT. A second
// suite starts a node on the committed `testnet` chain spec and checks that its periods are
// the realistic ones and that it has no sudo key. Last, Bob registers session keys (with the
// proof `author_rotateKeysWithOwner` gives) and a `validators` referendum votes him in: the set
// is queued at the next session boundary and Bob validates from the session after.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady } from '@polkadot/util-crypto';
import { moduleErrorName, sendAndWait, sendOk, startDevNode, waitForBlock } from '../lib/node.js';
import { CXT, TOTAL_SUPPLY } from '../lib/chain.js';

const MILLI_CXT = CXT / 1000n;
const MINUTE = 10; // blocks
const DAY = 24 * 60 * MINUTE;

/** The key of the queue's base fee in `pallet-parameters` storage. */
const BASE_FEE_KEY = { Computations: { BaseFeePerCu: null } };
/** The scheduler task id of referendum `index`'s enactment: blake2(("assembly", "enactment", index)). */
const enactmentId = (api, index) =>
  u8aToHex(blake2AsU8a(api.registry.createType('([u8; 8], Text, u32)', [stringToU8a('assembly'), 'enactment', index]).toU8a()));
const setBaseFee = (api, value) =>
  api.tx.governance.setParameter({ Computations: { BaseFeePerCu: [null, value] } });

describe('referenda on the parameters track, on corex-node --dev (fast-runtime)', () => {
  let node;
  let api;
  let alice;
  let voters;
  const dispatched = [];
  let unsubEvents;

  before(async () => {
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    alice = keyring.addFromUri('//Alice');
    voters = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((uri) => keyring.addFromUri(uri));
    node = await startDevNode();
    api = node.api;
    // Every enactment, as the scheduler reports it.
    unsubEvents = await api.query.system.events((events) => {
      for (const { event } of events) {
        // Enactments are named tasks; referenda's own alarms are anonymous.
        if (api.events.scheduler.Dispatched.is(event) && event.data.id.isSome) {
          dispatched.push({ id: event.data.id.unwrap().toHex(), result: event.data.result });
        }
      }
    });
  });

  after(async () => {
    if (unsubEvents) unsubEvents();
    if (node) await node.stop();
  });

  const issuance = async () => (await api.query.balances.totalIssuance()).toBigInt();
  const baseFee = async () => {
    const stored = await api.query.parameters.parameters(BASE_FEE_KEY);
    return stored.isSome ? stored.unwrap().asComputations.asBaseFeePerCu.toBigInt() : MILLI_CXT;
  };
  const ok = (tx, signer) => sendOk(api, tx, signer);
  const info = async (index) => (await api.query.referenda.referendumInfoFor(index)).unwrap();
  const held = async (who) =>
    (await api.query.balances.holds(who)).reduce((sum, h) => sum + h.amount.toBigInt(), 0n);

  it('has the root, parameters and validators tracks, with periods in minutes', async () => {
    const tracks = api.consts.referenda.tracks.map(([id, t]) => ({
      id: id.toNumber(),
      name: t.name.toHuman().replace(/\0+$/, ''),
      decision: t.decisionPeriod.toNumber(),
      prepare: t.preparePeriod.toNumber(),
      confirm: t.confirmPeriod.toNumber(),
    }));
    assert.deepEqual(tracks.map((t) => [t.id, t.name]), [
      [0, 'root'],
      [1, 'parameters'],
      [2, 'validators'],
    ]);
    for (const t of tracks) {
      assert.equal(t.decision, 5 * MINUTE, `${t.name}: decision period`);
      assert.equal(t.prepare, MINUTE, `${t.name}: prepare period`);
      assert.equal(t.confirm, MINUTE, `${t.name}: confirm period`);
    }
    assert.equal(await issuance(), TOTAL_SUPPLY);
  });

  it('refuses parameter changes around the range check and the tracks', async () => {
    const bob = voters[1];
    // A signed account cannot set a parameter, nor call pallet-parameters directly.
    let res = await sendAndWait(setBaseFee(api, 2n * MILLI_CXT), bob);
    assert.equal(res.dispatchError.isBadOrigin, true, 'BadOrigin for a signed caller');
    // Not even root reaches pallet-parameters around the range check.
    res = await ok(api.tx.sudo.sudo(api.tx.parameters.setParameter({ Computations: { BaseFeePerCu: [null, 1n] } })), alice);
    const sudid = res.events.find(({ event }) => api.events.sudo.Sudid.is(event)).event.data.sudoResult;
    assert.equal(sudid.isErr && sudid.asErr.isBadOrigin, true, 'parameters.setParameter refuses root');
    // Root is held to the ranges too.
    res = await ok(api.tx.sudo.sudo(setBaseFee(api, 0n)), alice);
    const out = res.events.find(({ event }) => api.events.sudo.Sudid.is(event)).event.data.sudoResult;
    assert.equal(moduleErrorName(api, out.asErr), 'governance.ParameterOutOfRange');
    // A referendum for plain root has no track (it would bypass the call filter).
    res = await sendAndWait(
      api.tx.referenda.submit({ system: 'Root' }, { Inline: api.tx.system.remark('0x00').method.toHex() }, { After: 1 }),
      bob,
    );
    assert.equal(moduleErrorName(api, res.dispatchError), 'referenda.NoTrack');
    assert.equal(await baseFee(), MILLI_CXT);
  });

  it('passes a referendum that changes the base fee, and fails one that is out of range', async () => {
    const before = await baseFee();
    assert.equal(before, MILLI_CXT, 'the default base fee');
    const origin = { Governance: 'ParameterAdmin' };
    const proposals = [setBaseFee(api, 2n * MILLI_CXT), setBaseFee(api, 10n * CXT)];
    const indexes = [];
    for (const call of proposals) {
      const res = await ok(api.tx.referenda.submit(origin, { Inline: call.method.toHex() }, { After: 1 }), alice);
      const submitted = res.events.find(({ event }) => api.events.referenda.Submitted.is(event));
      assert.equal(submitted.event.data.track.toNumber(), 1, 'the parameters track');
      indexes.push(submitted.event.data.index.toNumber());
    }
    const aliceReservedBefore = (await api.query.system.account(alice.address)).data.reserved.toBigInt();
    for (const index of indexes) await ok(api.tx.referenda.placeDecisionDeposit(index), alice);
    const reserved = (await api.query.system.account(alice.address)).data.reserved.toBigInt();
    assert.equal(reserved - aliceReservedBefore, 2n * 1_000n * CXT, 'two decision deposits of 1,000 CXT reserved');

    // Four holders vote aye with 800,000 CXT each, conviction 1x: a lock, no transfer.
    const vote = { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance: 800_000n * CXT } };
    for (const index of indexes) {
      for (const voter of voters) await ok(api.tx.convictionVoting.vote(index, vote), voter);
    }
    const locks = await api.query.balances.locks(voters[2].address);
    const voteLock = locks.find((l) => l.id.toUtf8() === 'pyconvot');
    assert.equal(voteLock.amount.toBigInt(), 800_000n * CXT, 'the vote locks 800,000 CXT');
    assert.equal(await issuance(), TOTAL_SUPPLY);

    // Prepare (1 min), then confirm (1 min), then enactment.
    const deadline = Date.now() + 8 * 60_000;
    for (;;) {
      const states = await Promise.all(indexes.map(info));
      if (states.every((s) => s.isApproved) && dispatched.length >= 2) break;
      assert.ok(!states.some((s) => s.isRejected || s.isTimedOut || s.isCancelled), `a referendum ended badly: ${states}`);
      assert.ok(Date.now() < deadline, `referenda not enacted in time: ${states.map((s) => s.type)}`);
      await new Promise((r) => setTimeout(r, 3000));
    }
    // The first enactment changed the parameter; the second failed cleanly.
    assert.equal(dispatched.length, 2);
    const outcome = (index) => dispatched.find((d) => d.id === enactmentId(api, index)).result;
    assert.equal(outcome(indexes[0]).isOk, true, `first enactment: ${outcome(indexes[0])}`);
    assert.equal(moduleErrorName(api, outcome(indexes[1]).asErr), 'governance.ParameterOutOfRange');
    assert.equal(await baseFee(), 2n * MILLI_CXT, 'the base fee the first referendum set');

    // Deposits come back; nothing was minted or burned.
    for (const index of indexes) {
      await ok(api.tx.referenda.refundDecisionDeposit(index), alice);
      await ok(api.tx.referenda.refundSubmissionDeposit(index), alice);
    }
    const after = (await api.query.system.account(alice.address)).data.reserved.toBigInt();
    assert.equal(after, aliceReservedBefore - 2n * 10n * CXT, 'decision and submission deposits returned');
    assert.equal(await issuance(), TOTAL_SUPPLY);
  });

  // Last: once Bob validates, this single node holds both validators' keys and authors every
  // slot, but GRANDPA (one voter per node) stops finalizing. Nothing after this needs finality.
  it('votes Bob in as a validator: keys with proof, a validators referendum, the next sessions', async () => {
    const bob = voters[1];
    // The node generates Bob's session keys and proves them for Bob's account.
    const generated = await api._rpcCore.provider.send('author_rotateKeysWithOwner', [u8aToHex(bob.publicKey)]);
    const keys = api.createType('(AccountId32, AccountId32)', hexToU8a(generated.keys));
    const heldBefore = await held(bob.address);
    // A wrong proof is refused.
    let res = await sendAndWait(api.tx.session.setKeys({ aura: keys[0], grandpa: keys[1] }, '0x00'), bob);
    assert.equal(moduleErrorName(api, res.dispatchError), 'session.InvalidProof');
    await ok(api.tx.session.setKeys({ aura: keys[0], grandpa: keys[1] }, generated.proof), bob);
    assert.equal((await held(bob.address)) - heldBefore, CXT, 'a key deposit of 1 CXT is held');
    assert.equal((await api.query.session.nextKeys(bob.address)).isSome, true);

    // A referendum on the validators track.
    const proposal = api.tx.governance.addValidator(bob.address);
    res = await ok(
      api.tx.referenda.submit({ Governance: 'ValidatorAdmin' }, { Inline: proposal.method.toHex() }, { After: 1 }),
      alice,
    );
    const submitted = res.events.find(({ event }) => api.events.referenda.Submitted.is(event)).event.data;
    assert.equal(submitted.track.toNumber(), 2, 'the validators track');
    const index = submitted.index.toNumber();
    await ok(api.tx.referenda.placeDecisionDeposit(index), alice);
    const vote = { Standard: { vote: { aye: true, conviction: 'Locked2x' }, balance: 800_000n * CXT } };
    for (const voter of voters) await ok(api.tx.convictionVoting.vote(index, vote), voter);

    const queued = [];
    const unsub = await api.query.system.events((events) => {
      for (const { event } of events) {
        if (api.events.governance.ValidatorSetQueued.is(event)) queued.push(event.data);
      }
    });
    try {
      const deadline = Date.now() + 8 * 60_000;
      while (!(await info(index)).isApproved || queued.length === 0) {
        assert.ok(Date.now() < deadline, 'validator referendum not enacted and queued in time');
        await new Promise((r) => setTimeout(r, 3000));
      }
    } finally {
      unsub();
    }
    const set = (await api.query.governance.validators()).map((v) => v.toString());
    assert.deepEqual(set, [alice.address, bob.address]);
    const activeFrom = queued[0].activeFrom.toNumber();
    assert.deepEqual(queued[0].validators.map((v) => v.toString()), [alice.address, bob.address]);
    const queuedKeys = (await api.query.session.queuedKeys()).map(([who]) => who.toString());
    assert.ok(queuedKeys.includes(bob.address), 'Bob\'s keys queued for the next session');
    assert.ok(!(await api.query.session.validators()).map(String).includes(bob.address), 'not yet active');

    // Active from the announced session: Bob validates and his Aura key authors.
    const deadline = Date.now() + 3 * 60_000;
    while ((await api.query.session.currentIndex()).toNumber() < activeFrom) {
      assert.ok(Date.now() < deadline, `session ${activeFrom} did not start in time`);
      await new Promise((r) => setTimeout(r, 3000));
    }
    assert.deepEqual((await api.query.session.validators()).map(String), [alice.address, bob.address]);
    const authorities = (await api.query.aura.authorities()).map((a) => a.toHex());
    assert.ok(authorities.includes(keys[0].toHex()), 'Bob\'s Aura key is an authority');
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    await waitForBlock(api, best + 2, { timeoutMs: 60_000 });
    assert.equal(await issuance(), TOTAL_SUPPLY);
  });
});

describe('the committed testnet chain spec', () => {
  let node;

  before(async () => {
    const spec = fileURLToPath(new URL('../../../chain-specs/testnet-raw.json', import.meta.url));
    node = await startDevNode({ chain: spec });
  });

  after(async () => {
    if (node) await node.stop();
  });

  it('has realistic governance periods and no sudo key', async () => {
    const { api } = node;
    const periods = api.consts.referenda.tracks.map(([, t]) => t.decisionPeriod.toNumber());
    assert.deepEqual(periods, [7 * DAY, 7 * DAY, 7 * DAY], 'decision periods of 7 days');
    assert.equal(api.consts.convictionVoting.voteLockingPeriod.toNumber(), 7 * DAY);
    assert.equal((await api.query.sudo.key()).isNone, true, 'no sudo key');
    const validators = await api.query.governance.validators();
    assert.equal(validators.length, 3, 'three validators voted in at genesis');
    assert.equal((await api.query.balances.totalIssuance()).toBigInt(), TOTAL_SUPPLY);
    await waitForBlock(api, 0);
  });
});
