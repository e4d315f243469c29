// Attacks on honest compute nodes, tried as an attacker would: a real `corex-node --dev` whose
// off-chain workers serve three honest nodes (Bob's, Charlie's and Dave's worker keys in its
// keystore), an attacker account (Mallory) sending what polkadot.js lets anyone send, and the
// honest nodes' stake, reputation and status checked to the unit before and after.
//
// - Free orders: a definition of 0 compute units is refused (`ZeroCost`), nothing held.
// - Outputs no reveal can carry: a gradient step over a model too large to reveal is refused at
//   the order (`OutputTooLarge`), nothing held.
// - Inputs nobody serves: Mallory orders a computation (k = 3) of content no gateway has. The
//   workers report it unavailable; the computation ends; the honest nodes keep every unit of
//   stake and reputation, and are paid for their time from Mallory's escrow, which is all Mallory
//   loses besides fees. (Before: each honest node lost 0.1 % of its stake and 20 reputation per
//   attack, and eleven attacks suspended them all.)
// - Queue head blocking: Mallory's order no node can take, at a far higher fee, does not delay an
//   honest customer's order behind it by more than a few blocks.
// - A node's own misses (Eve's node, whose worker never shows up): the first costs reputation
//   only, the second and third are slashed 0.1 % and 0.2 %, the third makes it unresponsive until
//   its operator resumes it; the honest nodes assigned with it lose nothing.
// - Self-dealing through sybils: Mallory runs four CPU nodes under three operator accounts,
//   orders work only they can take, and claims every reward the pool pays for it. An order of
//   four slots waits (one operator never fills two), her orders of three run on three operators,
//   and across all her accounts she ends with less than she started with: the pool pays back at
//   most 90 % of the protocol fees she paid.
// Total issuance stays exactly 100,000,000 CXT.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keyring } from '@polkadot/keyring';
import { stringToHex, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, randomAsU8a } from '@polkadot/util-crypto';
import { moduleErrorName, sendAndWait, startDevNode, until } from '../lib/node.js';
import { cidOf, startServer } from '../../../tools/gateway/raw-block-server.mjs';
import { ROOT, SHARDS_DIR, CXT, TOTAL_SUPPLY, BASE_FEE, FEATURES, EXACT } from '../lib/chain.js';

const EPOCH = 10;
const BOND = 20_000n * CXT;
/** The sample width of Mallory's definitions (the chain prices orders from it). */

describe('attacks on honest nodes fail, and cost the attacker', () => {
  let server;
  let node;
  let api;
  let alice;
  let mallory;
  let ferdie;
  let operators;
  const nodeIds = [];
  let transform;

  before(async () => {
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    alice = keyring.addFromUri('//Alice');
    ferdie = keyring.addFromUri('//Ferdie');
    mallory = keyring.addFromUri('//Mallory');
    operators = ['//Bob', '//Charlie', '//Dave'].map((s) => keyring.addFromUri(s));
    server = await startServer({ dir: SHARDS_DIR });
    node = await startDevNode({ extraArgs: ['--offchain-worker', 'always', '--compute-gateway', server.url] });
    api = node.api;
    const workers = ['//BobWorker', '//CharlieWorker', '//DaveWorker'];
    for (const uri of workers) {
      await api.rpc.author.insertKey('cxwk', uri, u8aToHex(keyring.addFromUri(uri).publicKey));
    }
    await sudo(api.tx.governance.setParameter({ NodeStaking: { EpochLength: [null, EPOCH] } }));
    // Tier-3 GPU nodes (capacity 5,000 CU per epoch), so an order for tier 4 has no node.
    const registered = await Promise.all(
      operators.map((op, i) => ok(api.tx.nodeStaking.registerNode(u8aToHex(keyring.addFromUri(workers[i]).publicKey), 'Gpu', 5_000, 'honest'), op)),
    );
    for (const res of registered) nodeIds.push(event(res.events, 'nodeStaking', 'NodeRegistered').data.node.toNumber());
    const bonds = await Promise.all(operators.map((op, i) => ok(api.tx.nodeStaking.bond(nodeIds[i], BOND), op)));
    for (const uri of workers) await ok(api.tx.balances.transferKeepAlive(keyring.addFromUri(uri).address, 100n * CXT), alice);
    await ok(api.tx.balances.transferKeepAlive(mallory.address, 1_000n * CXT), alice);
    const effective = Math.max(...bonds.map((b) => event(b.events, 'nodeStaking', 'Bonded').data.effectiveEpoch.toNumber()));
    await until('the nodes to be active', async () => (await api.query.nodeStaking.currentEpoch()).index.toNumber() >= effective);
    await Promise.all(operators.map((op, i) => ok(api.tx.computations.offerNode(nodeIds[i]), op)));
    const def = await ok(api.tx.computations.registerDefinition({ kind: 'DataTransform', spec: stringToHex(cidOf(new Uint8Array([1]))), features: FEATURES, policy: EXACT, deviceClass: null, minTier: 1 }), ferdie);
    transform = event(def.events, 'computations', 'DefinitionRegistered').data.id.toNumber();
  });

  after(async () => {
    if (node) await node.stop();
    if (server) await server.close();
  });

  async function ok(tx, signer) {
    const res = await sendAndWait(tx, signer);
    assert.equal(res.dispatchError, undefined, res.dispatchError && moduleErrorName(api, res.dispatchError));
    return res;
  }
  async function sudo(call) {
    const res = await ok(api.tx.sudo.sudo(call), alice);
    assert.ok(event(res.events, 'sudo', 'Sudid').data[0].isOk, 'sudo call succeeded');
  }
  function event(events, section, method) {
    const found = events.find(({ event: e }) => e.section === section && e.method === method);
    assert.ok(found, `event ${section}.${method}`);
    return found.event;
  }
  const total = async (who) => {
    const { data } = await api.query.system.account(who);
    return data.free.toBigInt() + data.reserved.toBigInt();
  };
  const held = async (who) => (await api.query.balances.holds(who)).reduce((sum, h) => sum + h.amount.toBigInt(), 0n);
  const feesOf = (events) =>
    events
      .filter(({ event: e }) => e.section === 'transactionPayment' && e.method === 'TransactionFeePaid')
      .reduce((sum, { event: e }) => sum + e.data.actualFee.toBigInt() + e.data.tip.toBigInt(), 0n);
  /** Every honest node's stake, reputation and status, and its operator's balance and holds. */
  const honest = async () =>
    Promise.all(
      nodeIds.map(async (id, i) => {
        const n = (await api.query.nodeStaking.nodes(id)).unwrap();
        return {
          // Counted and pending (counted from the next epoch, as the node record rolls).
          selfBond: n.stake.selfBond.toBigInt() + n.stake.pendingSelfBond.toBigInt(),
          reputation: n.reputation.toNumber(),
          suspended: n.suspendedUntil.isSome,
          unresponsive: n.unresponsive.isTrue,
          held: await held(operators[i].address),
        };
      }),
    );
  /** Events of blocks `from..=to` (block hashes read one by one). */
  const eventsOf = async (from, to) => {
    const out = [];
    for (let n = from; n <= to; n++) {
      const hash = await api.rpc.chain.getBlockHash(n);
      for (const record of await api.query.system.events.at(hash)) out.push(record.event);
    }
    return out;
  };
  const blockOf = async (res) => (await api.rpc.chain.getHeader(res.blockHash)).number.toNumber();

  it('refuses a definition without a sample width and an output no reveal can carry, holding nothing', async () => {
    const before = await held(mallory.address);
    const free = await sendAndWait(api.tx.computations.registerDefinition({ kind: 'DataTransform', spec: stringToHex(cidOf(new Uint8Array([2]))), features: 0, policy: EXACT, deviceClass: null, minTier: 1 }), mallory);
    assert.equal(moduleErrorName(api, free.dispatchError), 'computations.InvalidFeatures');
    const gradient = await ok(api.tx.computations.registerDefinition({ kind: 'GradientStep', spec: stringToHex(cidOf(new Uint8Array([3]))), features: FEATURES, policy: EXACT, deviceClass: null, minTier: 1 }), mallory);
    const id = event(gradient.events, 'computations', 'DefinitionRegistered').data.id.toNumber();
    const deposit = (await held(mallory.address)) - before;
    // A model of 16 classes × 64 features: its gradient (8,340 bytes) is longer than a reveal.
    const inputs = [{ cid: stringToHex(cidOf(randomAsU8a(32))), size: 8_336 }, { cid: stringToHex(cidOf(randomAsU8a(32))), size: 100 }];
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const big = await sendAndWait(api.tx.computations.submitComputation({ definition: id, inputs, cuBudget: 100_000, feePerCu: BASE_FEE, deadline: head + 100, redundancy: 3 }), mallory);
    assert.equal(moduleErrorName(api, big.dispatchError), 'computations.OutputTooLarge');
    assert.equal(await held(mallory.address), before + deposit, 'only the definition deposit is held');
    await ok(api.tx.computations.retireDefinition(id), mallory);
  });

  it('an input nobody serves costs the honest nodes nothing, and Mallory their time', { timeout: 300_000 }, async () => {
    const nodesBefore = await honest();
    const malloryBefore = await total(mallory.address);
    // A data transform of a "shard" no gateway has: three honest nodes are assigned to it.
    const missing = cidOf(randomAsU8a(64));
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const res = await ok(api.tx.computations.submitComputation({ definition: transform, inputs: [{ cid: stringToHex(missing), size: 2_048 }], cuBudget: 12, feePerCu: BASE_FEE, deadline: head + 200, redundancy: 3 }), mallory);
    const from = await blockOf(res);
    const queued = event(res.events, 'computations', 'ComputationQueued').data;
    const id = queued.id.toNumber();
    const escrow = queued.escrow.toBigInt();
    // The workers try the gateway for `ReportUnavailableAfter` blocks, then report.
    await until('the computation to end', async () => (await api.query.computations.computations(id)).isNone);
    const to = (await api.rpc.chain.getHeader()).number.toNumber();
    const events = await eventsOf(from, to);
    const reports = events.filter((e) => e.section === 'computations' && e.method === 'InputUnavailable' && e.data.id.toNumber() === id);
    assert.ok(reports.length >= 2, `a majority of k = 3 reported (${reports.length})`);
    const ended = events.find((e) => e.section === 'computations' && e.method === 'ComputationUnavailable' && e.data.id.toNumber() === id);
    assert.ok(ended, 'the computation ended as unavailable');
    const protocolFee = ended.data.protocolFee.toBigInt();
    const paid = ended.data.paid.toBigInt() + protocolFee;
    const refunded = ended.data.refunded.toBigInt();
    // Each reporter is paid 10 % of its share, the chain's price of the order at the base fee;
    // the protocol keeps its 10 % of that payment for the pool.
    const share = queued.cu.toBigInt() * BASE_FEE;
    assert.equal(paid, BigInt(reports.length) * (share / 10n));
    assert.equal(protocolFee, BigInt(reports.length) * (share / 10n / 10n));
    assert.equal(paid + refunded, escrow, 'the escrow is paid out or refunded, to the unit');
    // No honest node was punished: not a unit of stake, not a point of reputation.
    for (const e of events) {
      if (e.section === 'computations' && e.method === 'WindowMissed') assert.fail(`node ${e.data.node} was charged a missed window`);
      if (e.section === 'nodeStaking' && e.method === 'NodeSlashed') assert.fail(`node ${e.data.node} was slashed`);
    }
    assert.deepEqual(await honest(), nodesBefore);
    // Mallory paid the nodes' time and her transaction fees, nothing else.
    assert.equal(await total(mallory.address), malloryBefore - paid - feesOf(res.events));
  });

  it('an order no node can take does not hold up an honest order behind it', { timeout: 300_000 }, async () => {
    // One assignment attempt per block, so a blocker at the head would take every attempt.
    await sudo(api.tx.governance.setParameter({ Computations: { MaxAssignmentsPerBlock: [null, 1] } }));
    // Tier 4 only: none of the tier-3 nodes may take it; at 100 times the base fee it heads
    // the queue.
    const tier4 = await ok(api.tx.computations.registerDefinition({ kind: 'DataTransform', spec: stringToHex(cidOf(new Uint8Array([4]))), features: FEATURES, policy: EXACT, deviceClass: null, minTier: 4 }), mallory);
    const def = event(tier4.events, 'computations', 'DefinitionRegistered').data.id.toNumber();
    const shard = readFileSync(join(SHARDS_DIR, 'train-0.bin'));
    const input = [{ cid: stringToHex(cidOf(shard)), size: shard.length }];
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const [blocked, mine] = await Promise.all([
      ok(api.tx.computations.submitComputation({ definition: def, inputs: input, cuBudget: 100, feePerCu: 100n * BASE_FEE, deadline: head + 300, redundancy: 3 }), mallory),
      ok(api.tx.computations.submitComputation({ definition: transform, inputs: input, cuBudget: 100, feePerCu: BASE_FEE, deadline: head + 300, redundancy: 3 }), ferdie),
    ]);
    const blocker = event(blocked.events, 'computations', 'ComputationQueued').data.id.toNumber();
    const id = event(mine.events, 'computations', 'ComputationQueued').data.id.toNumber();
    const submittedAt = Math.max(await blockOf(blocked), await blockOf(mine));
    await until('the honest order to be assigned', async () => {
      const c = await api.query.computations.computations(id);
      return c.isSome && !c.unwrap().status.isQueued;
    }, 60_000);
    let assignedAt = null;
    let deferred = false;
    for (let n = submittedAt; assignedAt === null; n++) {
      const evs = await api.query.system.events.at(await api.rpc.chain.getBlockHash(n));
      for (const { event: e } of evs) {
        if (e.section !== 'computations') continue;
        if (e.method === 'AssignmentDeferred' && e.data.id.toNumber() === blocker) deferred = true;
        if (e.method === 'ComputationAssigned' && e.data.id.toNumber() === id) assignedAt = n;
      }
    }
    assert.ok(deferred, 'the blocker was taken out of the queue');
    assert.ok((await api.query.computations.computations(blocker)).unwrap().status.isQueued, 'the blocker still waits');
    // Assigned within a few blocks of its order, whatever waits ahead of it. (Before, it waited
    // for the blocker's deadline, 300 blocks.)
    assert.ok(assignedAt - submittedAt <= 3, `assigned ${assignedAt - submittedAt} blocks after the order`);
    await ok(api.tx.computations.cancelComputation(blocker), mallory);
    await sudo(api.tx.governance.setParameter({ Computations: { MaxAssignmentsPerBlock: [null, 8] } }));
  });

  it('a node that does not do its work: reputation first, then growing slashes, then unresponsive until resumed', { timeout: 400_000 }, async () => {
    // Eve runs a node whose worker never shows up (its key is in no keystore).
    const eve = new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri('//Eve');
    const lazyKey = u8aToHex(new Keyring({ type: 'sr25519' }).addFromUri('//EveLazyWorker').publicKey);
    const reg = await ok(api.tx.nodeStaking.registerNode(lazyKey, 'Gpu', 5_000, 'lazy'), eve);
    const lazy = event(reg.events, 'nodeStaking', 'NodeRegistered').data.node.toNumber();
    const bond = await ok(api.tx.nodeStaking.bond(lazy, BOND), eve);
    const effective = event(bond.events, 'nodeStaking', 'Bonded').data.effectiveEpoch.toNumber();
    await until('the lazy node to be active', async () => (await api.query.nodeStaking.currentEpoch()).index.toNumber() >= effective);
    await ok(api.tx.computations.offerNode(lazy), eve);
    const nodesBefore = await honest();
    const stakeOf = async () => {
      const n = (await api.query.nodeStaking.nodes(lazy)).unwrap();
      return { selfBond: n.stake.selfBond.toBigInt() + n.stake.pendingSelfBond.toBigInt(), reputation: n.reputation.toNumber(), unresponsive: n.unresponsive.isTrue };
    };
    const before = await stakeOf();
    // Three orders at k = 4: every node is assigned to each, the lazy one too.
    const shard = readFileSync(join(SHARDS_DIR, 'train-0.bin'));
    const input = [{ cid: stringToHex(cidOf(shard)), size: shard.length }];
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const orders = await Promise.all([ferdie, alice, mallory].map((who) => ok(api.tx.computations.submitComputation({ definition: transform, inputs: input, cuBudget: 100, feePerCu: BASE_FEE, deadline: head + 120, redundancy: 4 }), who)));
    const ids = orders.map((o) => event(o.events, 'computations', 'ComputationQueued').data.id.toNumber());
    const from = Math.min(...(await Promise.all(orders.map(blockOf))));
    await until('the lazy node to miss all three windows', async () => (await stakeOf()).unresponsive, 240_000);
    const to = (await api.rpc.chain.getHeader()).number.toNumber();
    const events = await eventsOf(from, to);
    const missed = events.filter((e) => e.section === 'computations' && e.method === 'WindowMissed' && e.data.node.toNumber() === lazy);
    assert.deepEqual(missed.map((e) => ids.includes(e.data.id.toNumber())), [true, true, true]);
    // The first miss in a while: reputation only. The second: 0.1 % of the stake; the third:
    // twice that, and the node is unresponsive.
    assert.deepEqual(missed.map((e) => e.data.slashed.toNumber()), [0, 1_000_000, 2_000_000]);
    const slashed = events
      .filter((e) => e.section === 'nodeStaking' && e.method === 'NodeSlashed' && e.data.node.toNumber() === lazy)
      .reduce((sum, e) => sum + e.data.selfBond.toBigInt(), 0n);
    const first = BOND / 1000n;
    assert.equal(slashed, first + (BOND - first) / 500n, 'slashed 0.1 %, then 0.2 % of what was left');
    assert.ok(events.some((e) => e.section === 'nodeStaking' && e.method === 'NodeUnresponsive' && e.data.node.toNumber() === lazy));
    const after = await stakeOf();
    assert.equal(after.selfBond, before.selfBond - slashed);
    assert.equal(after.reputation, before.reputation - 3 * 20);
    // Only the lazy node paid: the honest nodes, which committed, lost nothing.
    for (const e of events) {
      if (e.section === 'computations' && e.method === 'WindowMissed') assert.equal(e.data.node.toNumber(), lazy, 'only the lazy node missed');
      if (e.section === 'nodeStaking' && e.method === 'NodeSlashed') assert.equal(e.data.node.toNumber(), lazy, 'only the lazy node was slashed');
    }
    assert.deepEqual(await honest(), nodesBefore);
    // Its operator brings it back, once.
    const resumed = await ok(api.tx.nodeStaking.resumeNode(lazy), eve);
    event(resumed.events, 'nodeStaking', 'NodeResumed');
    assert.equal((await stakeOf()).unresponsive, false);
    const again = await sendAndWait(api.tx.nodeStaking.resumeNode(lazy), eve);
    assert.equal(moduleErrorName(api, again.dispatchError), 'nodeStaking.NotUnresponsive');
    const stranger = await sendAndWait(api.tx.nodeStaking.resumeNode(lazy), mallory);
    assert.equal(moduleErrorName(api, stranger.dispatchError), 'nodeStaking.NotOperator');
    // Out of the honest nodes' way: withdrawn from the queue, and the orders cancelled or left
    // to expire with a refund.
    await ok(api.tx.computations.withdrawNode(lazy), eve);
  });

  it('self-dealing through sybil operators loses money, and one operator never fills two slots', { timeout: 900_000 }, async () => {
    // Mallory runs four CPU nodes of her own through three operator accounts (two nodes under
    // the first), orders data transforms only CPU nodes may take, so her own nodes compute
    // them, and claims every reward the pool pays them. Everything she holds, across all her
    // accounts, must fall.
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const ops = [1, 2, 3].map((i) => keyring.addFromUri(`//Mallory//op${i}`));
    const workerUris = ['a', 'b', 'c', 'd'].map((w) => `//Mallory//worker-${w}`);
    const workers = workerUris.map((uri) => keyring.addFromUri(uri));
    const ownerOf = [ops[0], ops[0], ops[1], ops[2]];
    const UNIT = 10_000n * CXT;
    for (const [i, op] of ops.entries()) await ok(api.tx.balances.transferKeepAlive(op.address, (i === 0 ? 2n : 1n) * (UNIT + 100n * CXT)), alice);
    for (const w of workers) await ok(api.tx.balances.transferKeepAlive(w.address, 10n * CXT), alice);
    for (const [i, uri] of workerUris.entries()) await api.rpc.author.insertKey('cxwk', uri, u8aToHex(workers[i].publicKey));
    const mine = [];
    for (const [i, op] of ownerOf.entries()) {
      const res = await ok(api.tx.nodeStaking.registerNode(u8aToHex(workers[i].publicKey), 'Cpu', 1_000, 'mine'), op);
      mine.push(event(res.events, 'nodeStaking', 'NodeRegistered').data.node.toNumber());
    }
    let effective = 0;
    for (const [i, op] of ownerOf.entries()) {
      const bond = await ok(api.tx.nodeStaking.bond(mine[i], UNIT), op);
      effective = Math.max(effective, event(bond.events, 'nodeStaking', 'Bonded').data.effectiveEpoch.toNumber());
    }
    await until('her nodes to be active', async () => (await api.query.nodeStaking.currentEpoch()).index.toNumber() >= effective);
    for (const [i, op] of ownerOf.entries()) await ok(api.tx.computations.offerNode(mine[i]), op);
    const def = await ok(api.tx.computations.registerDefinition({ kind: 'DataTransform', spec: stringToHex(cidOf(new Uint8Array([5]))), features: FEATURES, policy: EXACT, deviceClass: 'Cpu', minTier: 1 }), mallory);
    const cpu = event(def.events, 'computations', 'DefinitionRegistered').data.id.toNumber();
    const accounts = [mallory, ...ops, ...workers].map((a) => a.address);
    const wealth = async () => (await Promise.all(accounts.map(total))).reduce((a, b) => a + b, 0n);
    const start = await wealth();
    const firstEpoch = (await api.query.miningPool.currentEpoch()).index.toNumber();
    const from = (await api.rpc.chain.getHeader()).number.toNumber();
    const shard = readFileSync(join(SHARDS_DIR, 'train-0.bin'));
    const input = [{ cid: stringToHex(cidOf(shard)), size: shard.length }];

    // Four slots need four operators: her three cannot fill them, so the order waits.
    let head = (await api.rpc.chain.getHeader()).number.toNumber();
    const four = await ok(api.tx.computations.submitComputation({ definition: cpu, inputs: input, cuBudget: 100, feePerCu: BASE_FEE, deadline: head + 200, redundancy: 4 }), mallory);
    const wide = event(four.events, 'computations', 'ComputationQueued').data.id.toNumber();
    await until('the order of four to be deferred', async () => {
      const c = await api.query.computations.computations(wide);
      return c.isSome && (await api.query.computations.deferred(wide)).isSome;
    }, 60_000);
    assert.equal((await api.query.computations.computations(wide)).unwrap().slots.length, 0, 'no slot filled');
    await ok(api.tx.computations.cancelComputation(wide), mallory);

    // Three orders of three: her nodes compute them, one node per operator.
    let protocolFees = 0n;
    const operatorOf = (node) => ownerOf[mine.indexOf(node)].address;
    const orders = [];
    for (let round = 0; round < 3; round++) {
      head = (await api.rpc.chain.getHeader()).number.toNumber();
      const res = await ok(api.tx.computations.submitComputation({ definition: cpu, inputs: input, cuBudget: 100, feePerCu: BASE_FEE, deadline: head + 200, redundancy: 3 }), mallory);
      orders.push({ id: event(res.events, 'computations', 'ComputationQueued').data.id.toNumber(), at: await blockOf(res) });
    }
    for (const { id } of orders) {
      await until(`her order ${id} to be finalized`, async () => (await api.query.computations.computations(id)).isNone, 240_000);
    }
    const evs = await eventsOf(orders[0].at, (await api.rpc.chain.getHeader()).number.toNumber());
    for (const { id } of orders) {
      const assigned = evs.filter((e) => e.section === 'computations' && e.method === 'NodeAssigned' && e.data.id.toNumber() === id).map((e) => e.data.node.toNumber());
      assert.equal(assigned.length, 3);
      assert.ok(assigned.every((n) => mine.includes(n)), `only her CPU nodes: ${assigned}`);
      assert.equal(new Set(assigned.map(operatorOf)).size, 3, `three operators: ${assigned}`);
      const done = evs.find((e) => e.section === 'computations' && e.method === 'ComputationFinalized' && e.data.id.toNumber() === id);
      assert.ok(done, `order ${id} was verified and paid`);
      protocolFees += done.data.protocolFee.toBigInt();
    }
    // Once the epoch closes, the pool's hook pays her nodes everything they earned.
    const lastEpoch = (await api.query.miningPool.currentEpoch()).index.toNumber();
    await until('her last epoch to close', async () => (await api.query.miningPool.currentEpoch()).index.toNumber() > lastEpoch);
    await until('her nodes to be paid', async () => {
      for (let e = firstEpoch; e <= lastEpoch; e++) {
        for (const n of mine) if ((await api.query.miningPool.contributions(e, n)).isSome) return false;
      }
      return true;
    });
    let rewards = 0n;
    for (const e of await eventsOf(from, (await api.rpc.chain.getHeader()).number.toNumber())) {
      if (e.section === 'miningPool' && e.method === 'NodeRewarded' && mine.includes(e.data.node.toNumber())) rewards += e.data.amount.toBigInt();
    }
    for (const [i, op] of ownerOf.entries()) {
      const claim = await sendAndWait(api.tx.nodeStaking.claimRewards(mine[i], 'Liquid'), op);
      if (claim.dispatchError) assert.equal(moduleErrorName(api, claim.dispatchError), 'nodeStaking.NothingToClaim');
    }
    const end = await wealth();
    const to = (await api.rpc.chain.getHeader()).number.toNumber();
    const fees = (await eventsOf(from, to))
      .filter((e) => e.section === 'transactionPayment' && e.method === 'TransactionFeePaid' && accounts.includes(e.data.who.toString()))
      .reduce((sum, e) => sum + e.data.actualFee.toBigInt() + e.data.tip.toBigInt(), 0n);
    console.log(`Mallory paid ${protocolFees} in protocol fees and ${fees} in transaction fees; the pool paid her nodes ${rewards}; she went from ${start} to ${end}`);
    assert.ok(rewards > 0n, 'the pool paid her nodes');
    assert.ok(rewards * 10n <= protocolFees * 9n, 'at most 90 % of the protocol fees came back');
    assert.ok(end < start, 'self-dealing lost money');
    assert.ok(start - end >= protocolFees - rewards, 'she lost at least the protocol fees the pool kept');
    for (const [i, op] of ownerOf.entries()) await ok(api.tx.computations.withdrawNode(mine[i]), op);
  });

  it('keeps exactly 100,000,000 CXT issued', async () => {
    assert.equal((await api.query.balances.totalIssuance()).toBigInt(), TOTAL_SUPPLY);
  });
});
