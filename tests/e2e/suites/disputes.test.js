// A lying verifier, overturned by a dispute, on a real `corex-node --dev`.
//
// Five nodes of five operators. Bob's, Charlie's and Dave's worker keys sit in the node's
// keystore: their off-chain workers compute, commit, reveal, dispute and replay on their own.
// Eve's and Ferdie's keys only this test holds: Eve's node (the liar) commits to and reveals a
// wrong result; Ferdie's node (the verifier) sides with her.
//
// 1. Only Bob's and Eve's nodes are offered when Alice orders a data transform with k = 2: they
//    are its executors. Bob's worker reveals the right result, Eve the wrong one: no majority.
// 2. Ferdie's node is offered before the escalation's draw, the only node left to verify: it
//    replays Eve's result. Until this stop its word was final: Bob's node would have been
//    slashed and Eve's paid.
// 3. The verdict is only proposed. Charlie's and Dave's nodes are offered; Bob's worker sees the
//    verdict against its result, disputes it and posts the bond; two blocks later Charlie's and
//    Dave's nodes are drawn as the panel, and their workers replay the transform.
// 4. Two of the three replays agree against the verifier: overturned. Bob's node is paid and
//    keeps every unit of stake and reputation, and its worker has its bond back plus the
//    verifier's share of Ferdie's slash; Eve's and Ferdie's nodes are punished.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keyring } from '@polkadot/keyring';
import { stringToHex, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, randomAsU8a, sha256AsU8a } from '@polkadot/util-crypto';
import { eventOf, sendOk, startDevNode, until } from '../lib/node.js';
import { cidOf, startServer } from '../../../tools/gateway/raw-block-server.mjs';
import { commitmentOf } from '../lib/commitment.js';
import { ROOT, SHARDS_DIR, CXT, TOTAL_SUPPLY, BASE_FEE, FEATURES, EXACT } from '../lib/chain.js';

const EPOCH = 10;
const BOND = 20_000n * CXT;

describe('a lying verifier is overturned by a dispute, and pays for it', () => {
  let server;
  let node;
  let api;
  let alice;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  /** Operators and worker keys: Bob (honest executor), Charlie and Dave (panel), Eve (liar), Ferdie (verifier). */
  const names = ['Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];
  const operators = {};
  const workers = {};
  const nodes = {};

  before(async () => {
    await cryptoWaitReady();
    alice = keyring.addFromUri('//Alice');
    for (const n of names) {
      operators[n] = keyring.addFromUri(`//${n}`);
      workers[n] = keyring.addFromUri(`//${n}DisputeWorker`);
    }
    server = await startServer({ dir: SHARDS_DIR });
    node = await startDevNode({ extraArgs: ['--offchain-worker', 'always', '--compute-gateway', server.url] });
    api = node.api;
    for (const n of ['Bob', 'Charlie', 'Dave']) {
      await api.rpc.author.insertKey('cxwk', `//${n}DisputeWorker`, u8aToHex(workers[n].publicKey));
    }
    await sudo(api.tx.governance.setParameter({ NodeStaking: { EpochLength: [null, EPOCH] } }));
    await sudo(api.tx.governance.setParameter({ Proofs: { ReplayRate: [null, 0] } }));
    const bonds = [];
    for (const n of names) {
      const reg = await ok(api.tx.nodeStaking.registerNode(u8aToHex(workers[n].publicKey), 'Gpu', 5_000, n), operators[n]);
      nodes[n] = event(reg.events, 'nodeStaking', 'NodeRegistered').data.node.toNumber();
      bonds.push(await ok(api.tx.nodeStaking.bond(nodes[n], BOND), operators[n]));
      await ok(api.tx.balances.transferKeepAlive(workers[n].address, 100n * CXT), alice);
    }
    const effective = Math.max(...bonds.map((b) => event(b.events, 'nodeStaking', 'Bonded').data.effectiveEpoch.toNumber()));
    await until('the nodes to be active', async () => (await api.query.nodeStaking.currentEpoch()).index.toNumber() >= effective);
  });

  after(async () => {
    if (node) await node.stop();
    if (server) await server.close();
  });

  const ok = (tx, signer) => sendOk(api, tx, signer);
  async function sudo(call) {
    const res = await ok(api.tx.sudo.sudo(call), alice);
    assert.ok(event(res.events, 'sudo', 'Sudid').data[0].isOk, 'sudo call succeeded');
  }
  const event = eventOf;
  const phase = async (id) => {
    const v = await api.query.proofs.verifications(id);
    return v.isSome ? v.unwrap().phase.type : null;
  };
  const stakeOf = async (n) => {
    const s = (await api.query.nodeStaking.nodes(nodes[n])).unwrap();
    // Counted and pending: the record rolls into the epoch when next written.
    return { selfBond: s.stake.selfBond.toBigInt() + s.stake.pendingSelfBond.toBigInt(), reputation: s.reputation.toNumber() };
  };
  const free = async (who) => (await api.query.system.account(who)).data.free.toBigInt();
  /** Every event of blocks `from..=to`. */
  async function eventsOf(from, to) {
    const out = [];
    for (let n = from; n <= to; n++) {
      const hash = await api.rpc.chain.getBlockHash(n);
      for (const { event: e } of await api.query.system.events.at(hash)) out.push(e);
    }
    return out;
  }

  it('overturns the lying verifier: the honest executor is paid and loses nothing', { timeout: 600_000 }, async () => {
    const before = { bob: await stakeOf('Bob') };
    const def = await ok(api.tx.computations.registerDefinition({ kind: 'DataTransform', spec: stringToHex(cidOf(new Uint8Array([7]))), features: FEATURES, policy: EXACT, deviceClass: null, minTier: 1 }), alice);
    const transform = event(def.events, 'computations', 'DefinitionRegistered').data.id.toNumber();
    // 1. Only Bob's and Eve's nodes are offered: they compute it.
    await ok(api.tx.computations.offerNode(nodes.Bob), operators.Bob);
    await ok(api.tx.computations.offerNode(nodes.Eve), operators.Eve);
    const bobWorkerBefore = await free(workers.Bob.address);
    const bobOperatorBefore = await free(operators.Bob.address);
    const shard = readFileSync(join(SHARDS_DIR, 'train-0.bin'));
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const order = await ok(
      api.tx.computations.submitComputation({ definition: transform, inputs: [{ cid: stringToHex(cidOf(shard)), size: shard.length }], cuBudget: 100, feePerCu: BASE_FEE, deadline: head + 200, redundancy: 2 }),
      alice,
    );
    const from = (await api.rpc.chain.getHeader(order.blockHash)).number.toNumber();
    const id = event(order.events, 'computations', 'ComputationQueued').data.id.toNumber();
    await until('both executors assigned', async () => (await api.query.computations.computations(id)).unwrap().slots.length === 2);
    // Ferdie's node is offered now, the only one left to verify.
    await ok(api.tx.computations.offerNode(nodes.Ferdie), operators.Ferdie);
    // Eve commits to a made-up output and reveals it when the window opens.
    const wrong = randomAsU8a(64);
    const result = sha256AsU8a(wrong);
    const salt = randomAsU8a(32);
    const commitment = commitmentOf(api.registry, { genesis: api.genesisHash, id, node: nodes.Eve, result, salt });
    await ok(api.tx.computations.commitResult(id, commitment), workers.Eve);
    await until('the reveals to open', async () => (await phase(id)) === 'Revealing');
    await ok(api.tx.proofs.reveal(id, u8aToHex(result), null, u8aToHex(salt), null), workers.Eve);
    // No majority: two blocks later Ferdie's node is drawn to replay, and sides with Eve.
    await until('the escalation', async () => (await phase(id)) === 'Escalated');
    const v = (await api.query.proofs.verifications(id)).unwrap();
    assert.equal(v.verifier.unwrap().toNumber(), nodes.Ferdie);
    // Charlie's and Dave's nodes join the offered nodes: a panel can be drawn.
    await ok(api.tx.computations.offerNode(nodes.Charlie), operators.Charlie);
    await ok(api.tx.computations.offerNode(nodes.Dave), operators.Dave);
    const replay = await ok(api.tx.proofs.submitReplay(id, u8aToHex(result), null, null), workers.Ferdie);
    // 2. Before, this was the verdict: Bob's node punished, Eve's paid. Now it is proposed.
    const proposed = event(replay.events, 'proofs', 'VerdictProposed').data;
    assert.equal(u8aToHex(proposed.result), u8aToHex(result));
    assert.deepEqual([proposed.agreed.toNumber(), proposed.wrong.toNumber()], [1, 1]);
    // 3. Bob's worker disputes on its own; the panel replays.
    await until('the dispute to be settled', async () => (await api.query.proofs.verifications(id)).isNone, 240_000);
    const to = (await api.rpc.chain.getHeader()).number.toNumber();
    const events = await eventsOf(from, to);
    const of = (section, method) => events.filter((e) => e.section === section && e.method === method).map((e) => e.data);
    const disputed = of('proofs', 'Disputed');
    assert.equal(disputed.length, 1);
    assert.equal(disputed[0].node.toNumber(), nodes.Bob, 'the wronged executor disputed');
    const panel = of('proofs', 'PanelDrawn')[0].panel.map((n) => n.toNumber()).sort();
    assert.deepEqual(panel, [nodes.Charlie, nodes.Dave].sort());
    const settled = of('proofs', 'DisputeSettled')[0];
    assert.ok(settled.ruling.isOverturned, `ruling ${settled.ruling.type}`);
    const verdict = of('proofs', 'Verdict')[0];
    assert.ok(verdict.basis.isPanel);
    assert.deepEqual([verdict.agreed.toNumber(), verdict.wrong.toNumber()], [1, 1]);
    assert.notEqual(u8aToHex(verdict.result), u8aToHex(result), 'the honest result is verified');
    // 4. Who paid: Eve's node and Ferdie's node, punished as wrong results.
    await until('the slashes to be applied', async () => {
      const all = await eventsOf(to, (await api.rpc.chain.getHeader()).number.toNumber());
      return all.filter((e) => e.section === 'proofs' && e.method === 'Punished').length >= 2;
    });
    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    const punished = (await eventsOf(from, now)).filter((e) => e.section === 'proofs' && e.method === 'Punished').map((e) => e.data);
    assert.deepEqual(punished.map((p) => p.node.toNumber()).sort(), [nodes.Eve, nodes.Ferdie].sort());
    const ferdiePunished = punished.find((p) => p.node.toNumber() === nodes.Ferdie);
    assert.ok(ferdiePunished.toVerifier.toBigInt() > 0n, 'the disputer took the verifier\'s share');
    assert.ok((await stakeOf('Ferdie')).reputation < 500);
    assert.ok((await stakeOf('Eve')).reputation < 500);
    // Bob's node lost nothing; it was paid and gained reputation; its worker has its bond back
    // (less the fee of the dispute), and its operator got the verifier's share of the slash.
    const bob = await stakeOf('Bob');
    assert.equal(bob.selfBond, before.bob.selfBond);
    assert.ok(bob.reputation > before.bob.reputation);
    const held = await api.query.balances.holds(workers.Bob.address);
    assert.equal(held.reduce((sum, h) => sum + h.amount.toBigInt(), 0n), 0n, 'the bond was released');
    assert.ok(bobWorkerBefore - (await free(workers.Bob.address)) < CXT, 'only fees spent');
    assert.equal(await free(operators.Bob.address), bobOperatorBefore + ferdiePunished.toVerifier.toBigInt());
    assert.equal((await api.query.balances.totalIssuance()).toBigInt(), TOTAL_SUPPLY);
  });
});
