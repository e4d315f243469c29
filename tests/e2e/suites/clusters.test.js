// Clusters and joint computing environments, end to end on a real `corex-node --dev`, through
// @polkadot/api:
// - three nodes form a cluster (every invited operator accepts); their off-chain workers draw
//   key shares, keep the secrets in the node's local storage and submit the public shares with
//   proofs of possession; the chain records the cluster key;
// - a customer's JCE is admitted unanimously (every member approves);
// - a computation submitted to the JCE runs on all three members at the cluster's price;
// - one member announces its exit; a second computation waits while the cluster is about to fork;
//   at the epoch boundary the cluster forks with the standby replacing the leaving node, new key
//   shares complete the fork's key, the JCE migrates, and the waiting computation runs on the
//   fork and completes;
// - the leaving node paid the migration from its self-bond; issuance stays fixed;
// - an auto-replace cluster without standbys, whose member leaves, drafts a node whose operator
//   volunteered it (`set_volunteer`), and the fork keys with the drafted node's share.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keyring } from '@polkadot/keyring';
import { stringToHex, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { callView, eventsOf, moduleErrorName, sendAndWait, sendOk, startDevNode, sudoOk, until, waitForBlock } from '../lib/node.js';
import { combine, encrypt, partialDecrypt } from '../lib/cluster-key.js';
import { cidOf, startServer } from '../../../tools/gateway/raw-block-server.mjs';
import { ROOT, CXT, TOTAL_SUPPLY, BASE_FEE, FEATURES } from '../lib/chain.js';

const DIGITS = join(ROOT, 'datasets', 'digits');
const PRICE = 2n * BASE_FEE;
/** The digits' sample width, from which the chain prices each order. */
const EPOCH = 10;
const u32le = (n) => new Uint8Array(new Uint32Array([n]).buffer);

describe('a three-node cluster serves a JCE, forks when a member leaves, and the JCE follows', () => {
  let server;
  let node;
  let api;
  let alice;
  let eve;
  let operators;
  const nodeIds = [];
  let definition;
  let inputs;
  let cluster;
  let fork;
  let jce;
  const events = [];
  let unsubEvents;

  before(async () => {
    await cryptoWaitReady();
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    alice = keyring.addFromUri('//Alice');
    eve = keyring.addFromUri('//Eve');
    operators = ['//Bob', '//Charlie', '//Dave', '//Ferdie'].map((s) => keyring.addFromUri(s));
    server = await startServer({ dir: join(DIGITS, 'shards') });
    const model = new Uint8Array(readFileSync(join(DIGITS, 'model-init.bin')));
    const shard = new Uint8Array(readFileSync(join(DIGITS, 'shards', 'train-0.bin')));
    server.put(model);
    inputs = [
      { cid: stringToHex(cidOf(model)), size: model.length },
      { cid: stringToHex(cidOf(shard)), size: shard.length },
    ];
    node = await startDevNode({ extraArgs: ['--offchain-worker', 'always', '--compute-gateway', server.url] });
    api = node.api;
    unsubEvents = await api.query.system.events((records) => {
      for (const { event } of records) events.push(event);
    });
  });

  after(async () => {
    if (unsubEvents) unsubEvents();
    if (node) await node.stop();
    if (server) await server.close();
  });

  const ok = (tx, signer) => sendOk(api, tx, signer);
  const sudo = (call) => sudoOk(api, alice, call);
  const find = eventsOf;
  const seen = (section, method, pred = () => true) =>
    events.filter((e) => e.section === section && e.method === method && pred(e.data));
  const epoch = async () => (await api.query.nodeStaking.currentEpoch()).index.toNumber();
  const submit = async () => {
    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    const res = await ok(api.tx.computations.submitToJce({ jce, definition, inputs, cuBudget: 1_000, deadline: now + 300 }), eve);
    return find(res.events, 'computations', 'SubmittedToJce')[0].data.id.toNumber();
  };
  const finalized = (id) => seen('computations', 'ComputationFinalized', (d) => d.id.toNumber() === id)[0];
  /** The protocol's share of a node's payment, in Perbill parts: governance's value, else its default (10 %). */
  const protocolFeePerbill = async () => {
    const stored = await api.query.parameters.parameters({ Computations: { ProtocolFee: null } });
    return stored.isSome ? stored.unwrap().asComputations.asProtocolFee.toBigInt() : 100_000_000n;
  };
  const executors = (id) =>
    seen('computations', 'NodeAssigned', (d) => d.id.toNumber() === id).map((e) => e.data.node.toNumber()).sort((x, y) => x - y);

  it('registers four nodes with worker keys in the keystore', async () => {
    const workerUris = ['//BobWorker', '//CharlieWorker', '//DaveWorker', '//FerdieWorker'];
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const workers = workerUris.map((u) => keyring.addFromUri(u));
    for (const [i, w] of workers.entries()) {
      await api.rpc.author.insertKey('cxwk', workerUris[i], u8aToHex(w.publicKey));
    }
    await sudo(api.tx.governance.setParameter({ NodeStaking: { EpochLength: [null, EPOCH] } }));
    await sudo(api.tx.governance.setParameter({ Proofs: { ReplayRate: [null, 0] } }));
    const registered = await Promise.all(
      operators.map((op, i) => ok(api.tx.nodeStaking.registerNode(u8aToHex(workers[i].publicKey), 'Gpu', 100_000, 'e2e'), op)),
    );
    for (const res of registered) nodeIds.push(find(res.events, 'nodeStaking', 'NodeRegistered')[0].data.node.toNumber());
    const bonds = await Promise.all(operators.map((op, i) => ok(api.tx.nodeStaking.bond(nodeIds[i], 20_000n * CXT), op)));
    for (const w of workers) await ok(api.tx.balances.transferKeepAlive(w.address, 100n * CXT), alice);
    const effective = Math.max(...bonds.map((b) => find(b.events, 'nodeStaking', 'Bonded')[0].data.effectiveEpoch.toNumber()));
    await until('the nodes to be active', async () => (await epoch()) >= effective);
    const def = await ok(
      api.tx.computations.registerDefinition({ kind: 'GradientStep', spec: inputs[0].cid, features: FEATURES, policy: { mode: 'Exact', replayRate: 0 }, deviceClass: null, minTier: 1 }),
      eve,
    );
    definition = find(def.events, 'computations', 'DefinitionRegistered')[0].data.id.toNumber();
  });

  it('forms a three-node cluster whose members\' workers complete its key', async () => {
    const [a, b, c, standby] = nodeIds;
    const res = await ok(
      api.tx.clusters.createCluster([a, b, c], [standby], { mode: 'Unanimous', tee: 'Any', pricePerCu: PRICE, capacity: 1_000_000_000, replacement: 'StandbysOnly' }),
      alice,
    );
    cluster = find(res.events, 'clusters', 'ClusterCreated')[0].data.cluster.toNumber();
    // Only an invited node's operator may accept, and only for its own node.
    const wrong = await sendAndWait(api.tx.clusters.acceptInvitation(cluster, a), operators[1]);
    assert.equal(moduleErrorName(api, wrong.dispatchError), 'clusters.NotOperator');
    await Promise.all(operators.map((op, i) => ok(api.tx.clusters.acceptInvitation(cluster, nodeIds[i]), op)));
    await until('the cluster to form', async () => seen('clusters', 'ClusterFormed', (d) => d.cluster.toNumber() === cluster).length === 1);
    const active = await until('the cluster key', async () => {
      const record = (await api.query.clusters.clusters(cluster)).unwrap();
      return record.status.isActive && record;
    });
    assert.equal(active.members.length, 3);
    assert.ok(active.members.every((m) => m.share.isSome), 'every member submitted its share');
    const shares = new Set(active.members.map((m) => m.share.unwrap().toHex()));
    assert.equal(shares.size, 3, 'three distinct shares');
    const activated = seen('clusters', 'ClusterActivated', (d) => d.cluster.toNumber() === cluster)[0];
    assert.equal(activated.data.key.toHex(), active.key.unwrap().toHex());
  });

  it('encrypts to the cluster key so that only all members together can decrypt', async () => {
    const key = (await api.query.clusters.clusters(cluster)).unwrap().key.unwrap().toU8a();
    const message = stringToU8a('private input of the customer');
    const ct = encrypt(key, message);
    // Each member's secret share sits in its node's off-chain storage (this dev node runs all
    // three workers); the chain only ever saw the public shares.
    const partials = [];
    for (const n of nodeIds.slice(0, 3)) {
      const storageKey = u8aConcat(stringToU8a('corex/cw/key-share'), u32le(cluster), u32le(n));
      const secret = await api.rpc.offchain.localStorageGet('PERSISTENT', u8aToHex(storageKey));
      assert.ok(secret.isSome, `node ${n} keeps its secret share`);
      partials.push(partialDecrypt(secret.unwrap().toU8a(true), ct));
    }
    assert.deepEqual(combine(ct, partials), message, 'all three partials decrypt');
    for (let skip = 0; skip < 3; skip++) {
      assert.equal(combine(ct, partials.filter((_, i) => i !== skip)), null, `two partials do not (without ${skip})`);
    }
  });

  it('admits a JCE once every member approved', async () => {
    const res = await ok(api.tx.clusters.createJce('Recurring', [cluster], [definition]), eve);
    jce = find(res.events, 'clusters', 'JceCreated')[0].data.jce.toNumber();
    assert.equal(find(res.events, 'clusters', 'JceRequested').length, 1);
    for (const [i, op] of operators.slice(0, 2).entries()) await ok(api.tx.clusters.approveJce(jce, cluster, nodeIds[i]), op);
    assert.equal((await api.query.clusters.clusterJces(cluster, jce)).isSome, false, 'not yet admitted');
    const last = await ok(api.tx.clusters.approveJce(jce, cluster, nodeIds[2]), operators[2]);
    assert.equal(find(last.events, 'clusters', 'JceAdmitted')[0].data.cluster.toNumber(), cluster);
  });

  it('runs a computation of the JCE on all three members at the cluster\'s price', { timeout: 600_000 }, async () => {
    const id = await submit();
    const done = await until('the first computation to finish', async () => finalized(id));
    assert.deepEqual(executors(id), nodeIds.slice(0, 3).sort((x, y) => x - y));
    const placed = seen('computations', 'PlacedInCluster', (d) => d.id.toNumber() === id)[0];
    assert.equal(placed.data.cluster.toNumber(), cluster);
    // The chain's price of the order: the gradient kernel's work over these sizes.
    const cu = (await callView(api, 'Computations', 'order_cost', [definition, [inputs[0].size, inputs[1].size]])).unwrap().toNumber();
    assert.ok(cu > 100, `a digits gradient costs ${cu} CU`);
    // Each member's share is the cluster price per CU; the protocol keeps its fee (10 %, rounded down) for the pool.
    const share = BigInt(cu) * PRICE;
    const protocolFee = (share * (await protocolFeePerbill())) / 1_000_000_000n;
    assert.equal(done.data.paid.toBigInt(), 3n * (share - protocolFee), 'each member is paid the cluster price per CU less the protocol fee');
    assert.equal(done.data.protocolFee.toBigInt(), 3n * protocolFee, 'the protocol fee went to the pool');
  });

  it('forks when a member leaves, and the JCE migrates with its waiting computation, which completes', { timeout: 600_000 }, async () => {
    const [a, b, leaving, standby] = nodeIds;
    const res = await ok(api.tx.clusters.announceExit(cluster, leaving), operators[2]);
    const atEpoch = find(res.events, 'clusters', 'ExitAnnounced')[0].data.atEpoch.toNumber();
    assert.ok(atEpoch >= (await epoch()) + 2, 'at least one whole epoch ahead');
    const id = await submit();
    // It waits: the cluster takes no new work before its fork.
    await waitForBlock(api, (await api.rpc.chain.getHeader()).number.toNumber() + 2);
    if ((await epoch()) < atEpoch) {
      assert.equal((await api.query.computations.computations(id)).unwrap().status.isQueued, true);
    }
    const forked = await until('the fork', async () => seen('clusters', 'ClusterForked')[0]);
    fork = forked.data.to.unwrap().toNumber();
    assert.equal(forked.data.from.toNumber(), cluster);
    assert.equal(forked.data.left.toNumber(), leaving);
    assert.equal(forked.data.replacement.unwrap().toNumber(), standby);
    assert.ok(forked.data.cause.isPlanned);
    assert.ok(forked.data.charged.toBigInt() > 0n, 'the leaving node paid the migration');
    const slash = seen('nodeStaking', 'NodeSlashed', (d) => d.node.toNumber() === leaving)[0];
    assert.ok(slash.data.reason.isLeftCluster);
    assert.equal(slash.data.delegations.toBigInt(), 0n, 'from its self-bond only');
    await until('the JCE to migrate', async () =>
      seen('clusters', 'JceMigrated', (d) => d.jce.toNumber() === jce && d.to.unwrap().toNumber() === fork)[0]);
    await until('the fork\'s key', async () => (await api.query.clusters.clusters(fork)).unwrap().status.isActive);
    const done = await until('the waiting computation to finish on the fork', async () => finalized(id));
    assert.deepEqual(executors(id), [a, b, standby].sort((x, y) => x - y));
    const placed = seen('computations', 'PlacedInCluster', (d) => d.id.toNumber() === id)[0];
    assert.equal(placed.data.cluster.toNumber(), fork);
    assert.ok(done.data.paid.toBigInt() > 0n);
    const record = (await api.query.clusters.jces(jce)).unwrap();
    assert.deepEqual(
      [record.history.submitted, record.history.verified, record.history.migrations].map((x) => x.toNumber()),
      [2, 2, 1],
      'the JCE\'s history followed it',
    );
    assert.equal((await api.query.clusters.clusters(cluster)).isNone, true, 'the old cluster is gone');
    assert.equal((await api.query.balances.totalIssuance()).toBigInt(), TOTAL_SUPPLY);
  });
  it('an auto-replace cluster drafts a volunteer when a member leaves, and the fork keys', { timeout: 600_000 }, async () => {
    const [a, b, leaver, volunteer] = nodeIds;
    // No standbys: the replacement must come from the queue's best nodes, volunteers only.
    const res = await ok(api.tx.clusters.createCluster([a, b, leaver], [], { mode: 'AutoApprove', tee: 'Any', pricePerCu: PRICE, capacity: 1_000_000_000, replacement: 'StandbysThenVolunteers' }), alice);
    const auto = find(res.events, 'clusters', 'ClusterCreated')[0].data.cluster.toNumber();
    await Promise.all([0, 1, 2].map((i) => ok(api.tx.clusters.acceptInvitation(auto, nodeIds[i]), operators[i])));
    await until('the auto-replace cluster\'s key', async () => (await api.query.clusters.clusters(auto)).unwrap().status.isActive);
    // Only the node's operator may volunteer it; a second identical call changes nothing.
    const stranger = await sendAndWait(api.tx.clusters.setVolunteer(volunteer, 'Offered'), operators[0]);
    assert.equal(moduleErrorName(api, stranger.dispatchError), 'clusters.NotOperator');
    const set = await ok(api.tx.clusters.setVolunteer(volunteer, 'Offered'), operators[3]);
    const [volunteered] = find(set.events, 'clusters', 'VolunteerSet');
    assert.equal(volunteered.data.volunteering.toString(), 'Offered');
    const again = await sendAndWait(api.tx.clusters.setVolunteer(volunteer, 'Offered'), operators[3]);
    assert.equal(moduleErrorName(api, again.dispatchError), 'clusters.NoChange');
    // The draft ranks the queue's offered nodes: the volunteer offers its node to the queue.
    await ok(api.tx.computations.offerNode(volunteer), operators[3]);
    await ok(api.tx.clusters.announceExit(auto, leaver), operators[2]);
    const forked = await until('the auto-replace fork', async () => seen('clusters', 'ClusterForked', (d) => d.from.toNumber() === auto)[0]);
    assert.equal(forked.data.left.toNumber(), leaver);
    assert.equal(forked.data.replacement.unwrap().toNumber(), volunteer, 'the volunteer was drafted');
    const successor = forked.data.to.unwrap().toNumber();
    // The drafted node's worker keys the fork with the others': no invitation to accept.
    const keyed = await until('the fork\'s key', async () => {
      const record = (await api.query.clusters.clusters(successor)).unwrap();
      return record.status.isActive && record;
    });
    assert.deepEqual(keyed.members.map((m) => m.node.toNumber()).sort((x, y) => x - y), [a, b, volunteer].sort((x, y) => x - y));
    assert.ok(keyed.members.every((m) => m.share.isSome), 'every member of the fork submitted its share');
    assert.equal(keyed.replacement.isStandbysThenVolunteers, true);
    assert.equal((await api.query.balances.totalIssuance()).toBigInt(), TOTAL_SUPPLY);
  });
});
