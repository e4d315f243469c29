// Computations end to end: a real `corex-node --dev` whose keystore holds three worker keys, the
// digits shards served by the repository's raw-block server (an IPFS trustless gateway), all
// driven through @polkadot/api.
//
// Bob, Charlie and Dave register GPU nodes with worker keys the test inserts into the node's
// keystore (author_insertKey), bond and offer them; Ferdie registers a gradient-step definition
// and submits a two-round training job on the 8 digits shards with k = 2. The chain queues one
// gradient fragment per shard and assigns each to two distinct nodes; the nodes' off-chain
// workers fetch the model and the shard from the gateway (its request log shows it), compute,
// publish the gradient and commit with their worker keys. Each on-chain commitment is checked
// against the worker's result in its off-chain storage and the block it published. The escrow
// held equals the fragments' escrow plus the job's reserve, and total issuance never moves.
// (Verification, payment and the next rounds come with the proofs pallet.)

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keyring } from '@polkadot/keyring';
import { compactToU8a, stringToHex, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, cryptoWaitReady, sha256AsU8a } from '@polkadot/util-crypto';
import { callView, moduleErrorName, sendAndWait, startDevNode, waitForBlock } from './lib/node.js';
import { cidOf, startServer } from '../../scripts/raw-block-server.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARDS_DIR = join(ROOT, 'datasets', 'digits', 'shards');
const CXT = 10n ** 12n;
const TOTAL_SUPPLY = 100_000_000n * CXT;
const BASE_FEE = CXT / 1000n;
const K = 2;
const ROUNDS = 2;
const COST = { baseCu: 10, cuPerKib: 1 };

/** The zero softmax-regression model (10 classes × 64 features), SCALE-encoded as
 * corex-compute's `Model`: classes u32, features u32, weights Vec<i64>, bias Vec<i64>. */
function zeroModel() {
  const u32 = (n) => new Uint8Array(new Uint32Array([n]).buffer);
  return u8aConcat(
    u32(10),
    u32(64),
    compactToU8a(640),
    new Uint8Array(640 * 8),
    compactToU8a(10),
    new Uint8Array(10 * 8),
  );
}

const kib = (bytes) => Math.ceil(bytes / 1024);
const u32le = (n) => new Uint8Array(new Uint32Array([n]).buffer);
const u64le = (n) => new Uint8Array(new BigUint64Array([BigInt(n)]).buffer);

describe('computations on corex-node --dev with three worker keys', () => {
  let server;
  let node;
  let api;
  let keyring;
  let alice;
  let ferdie;
  let operators;
  let workers;
  const nodeIds = [];
  let shards;
  let validation;
  let model;
  let modelCid;
  let definition;
  let fragments;

  before(async () => {
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    alice = keyring.addFromUri('//Alice');
    ferdie = keyring.addFromUri('//Ferdie');
    operators = ['//Bob', '//Charlie', '//Dave'].map((s) => keyring.addFromUri(s));
    workers = ['//BobWorker', '//CharlieWorker', '//DaveWorker'].map((s) => keyring.addFromUri(s));
    server = await startServer({ dir: SHARDS_DIR });
    shards = readdirSync(SHARDS_DIR)
      .filter((f) => f.startsWith('train-'))
      .sort()
      .map((f) => {
        const bytes = readFileSync(join(SHARDS_DIR, f));
        return { cid: cidOf(bytes), size: bytes.length };
      });
    const val = readFileSync(join(SHARDS_DIR, 'validation.bin'));
    validation = { cid: cidOf(val), size: val.length };
    model = zeroModel();
    modelCid = server.put(model);
    node = await startDevNode({ extraArgs: ['--offchain-worker', 'always'] });
    api = node.api;
  });

  after(async () => {
    if (node) await node.stop();
    if (server) await server.close();
  });

  const issuance = async () => (await api.query.balances.totalIssuance()).toBigInt();
  const escrowHeld = async (who) => {
    const holds = await api.query.balances.holds(who);
    return holds
      .filter((h) => h.id.isComputations && h.id.asComputations.isEscrow)
      .reduce((sum, h) => sum + h.amount.toBigInt(), 0n);
  };
  const ok = async (tx, signer) => {
    const res = await sendAndWait(tx, signer);
    assert.equal(res.dispatchError, undefined, res.dispatchError && moduleErrorName(api, res.dispatchError));
    return res;
  };
  const sudo = async (call) => {
    const res = await ok(api.tx.sudo.sudo(call), alice);
    const done = res.events.find(({ event }) => api.events.sudo.Sudid.is(event));
    assert.ok(done.event.data[0].isOk, `sudo call succeeded: ${done.event.data[0].toString()}`);
  };
  const findEvents = (events, section, method) =>
    events.filter(({ event }) => event.section === section && event.method === method).map((e) => e.event);
  const epoch = async () => (await api.query.nodeStaking.currentEpoch()).index.toNumber();
  const until = async (what, check, timeoutMs = 240_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  };

  it('starts with exactly 100,000,000 CXT issued', async () => {
    assert.equal(await issuance(), TOTAL_SUPPLY);
  });

  it('moves the assignment seed every block by the author\'s VRF output (an inherent)', async () => {
    const header = await waitForBlock(api, 2);
    const block = await api.rpc.chain.getBlock(header.hash);
    const seeds = block.block.extrinsics.filter(
      (x) => x.method.section === 'computations' && x.method.method === 'noteSeed',
    );
    assert.equal(seeds.length, 1, 'one seed contribution per block');
    assert.equal(seeds[0].isSigned, false);
    const before = (await api.query.computations.randomSeed.at(header.parentHash)).toHex();
    const after = (await api.query.computations.randomSeed.at(header.hash)).toHex();
    assert.notEqual(after, before);
  });

  it('takes three worker keys into the node keystore and points the workers at the gateway', async () => {
    for (const [i, w] of workers.entries()) {
      const suri = ['//BobWorker', '//CharlieWorker', '//DaveWorker'][i];
      await api.rpc.author.insertKey('cxwk', suri, u8aToHex(w.publicKey));
      assert.equal((await api.rpc.author.hasKey(u8aToHex(w.publicKey), 'cxwk')).isTrue, true);
    }
    await api.rpc.offchain.localStorageSet('PERSISTENT', stringToHex('corex/gateway'), stringToHex(server.url));
  });

  it('registers, bonds and offers three nodes', async () => {
    await sudo(api.tx.parameters.setParameter({ NodeStaking: { EpochLength: [null, 4] } }));
    const registered = await Promise.all(
      operators.map((op, i) =>
        ok(api.tx.nodeStaking.registerNode(u8aToHex(workers[i].publicKey), 'Gpu', 100_000, 'e2e'), op),
      ),
    );
    for (const res of registered) {
      nodeIds.push(findEvents(res.events, 'nodeStaking', 'NodeRegistered')[0].data.node.toNumber());
    }
    const bonds = await Promise.all(operators.map((op, i) => ok(api.tx.nodeStaking.bond(nodeIds[i], 20_000n * CXT), op)));
    const effective = Math.max(
      ...bonds.map((b) => findEvents(b.events, 'nodeStaking', 'Bonded')[0].data.effectiveEpoch.toNumber()),
    );
    // Worker keys pay their own transaction fees.
    const payers = [alice, keyring.addFromUri('//Eve'), ferdie];
    await Promise.all(
      workers.map((w, i) => ok(api.tx.balances.transferKeepAlive(w.address, 100n * CXT), payers[i])),
    );
    await until('the nodes to be active', async () => (await epoch()) >= effective);

    // Only the operator may offer, and only an active node.
    const wrong = await sendAndWait(api.tx.computations.offerNode(nodeIds[0]), ferdie);
    assert.equal(moduleErrorName(api, wrong.dispatchError), 'computations.NotOperator');
    const offered = await Promise.all(operators.map((op, i) => ok(api.tx.computations.offerNode(nodeIds[i]), op)));
    for (const [i, res] of offered.entries()) {
      assert.equal(findEvents(res.events, 'computations', 'NodeOffered')[0].data.node.toNumber(), nodeIds[i]);
    }
    assert.equal((await api.query.computations.offeredCount()).toNumber(), 3);
  });

  it('queues one gradient fragment per shard with the whole fee escrowed', async () => {
    const def = await ok(
      api.tx.computations.registerDefinition(
        'GradientStep',
        stringToHex(modelCid),
        COST,
        { mode: 'Exact', replayRate: 0 },
        null,
        1,
      ),
      ferdie,
    );
    definition = findEvents(def.events, 'computations', 'DefinitionRegistered')[0].data.id.toNumber();

    // A bad content id and a redundancy of zero are refused by name, holding nothing.
    const bad = await sendAndWait(
      api.tx.computations.submitTrainingJob(
        definition,
        [[stringToHex('bafy-not-a-cid'), 10]],
        [stringToHex(validation.cid), validation.size],
        [stringToHex(modelCid), model.length],
        ROUNDS, 1 << 16, K, BASE_FEE, 200,
      ),
      ferdie,
    );
    assert.equal(moduleErrorName(api, bad.dispatchError), 'computations.InvalidCid');
    const zero = await sendAndWait(
      api.tx.computations.submitTrainingJob(
        definition,
        shards.map((s) => [stringToHex(s.cid), s.size]),
        [stringToHex(validation.cid), validation.size],
        [stringToHex(modelCid), model.length],
        ROUNDS, 1 << 16, 0, BASE_FEE, 200,
      ),
      ferdie,
    );
    assert.equal(moduleErrorName(api, zero.dispatchError), 'computations.ZeroRedundancy');
    assert.equal(await escrowHeld(ferdie.address), 0n);

    const res = await ok(
      api.tx.computations.submitTrainingJob(
        definition,
        shards.map((s) => [stringToHex(s.cid), s.size]),
        [stringToHex(validation.cid), validation.size],
        [stringToHex(modelCid), model.length],
        ROUNDS, 1 << 16, K, BASE_FEE, 200,
      ),
      ferdie,
    );
    const gradientCu = shards.map((s) => COST.baseCu + COST.cuPerKib * kib(model.length + s.size));
    const aggregateCu = COST.baseCu + COST.cuPerKib * kib(model.length * (shards.length + 1) + validation.size);
    const perRound = gradientCu.reduce((a, b) => a + b, 0) + aggregateCu;
    const reserved = BigInt(perRound * ROUNDS) * BASE_FEE * BigInt(K);
    const submitted = findEvents(res.events, 'computations', 'TrainingJobSubmitted')[0];
    assert.equal(submitted.data.reserved.toBigInt(), reserved);
    const queued = findEvents(res.events, 'computations', 'ComputationQueued');
    assert.equal(queued.length, shards.length);
    fragments = queued.map((e) => e.data.id.toNumber());
    assert.equal(await escrowHeld(ferdie.address), reserved, 'the whole job is escrowed');
    assert.equal(await issuance(), TOTAL_SUPPLY);
  });

  it('assigns each fragment to two distinct offered nodes', async () => {
    const all = await until('every fragment assigned', async () => {
      const cs = await Promise.all(fragments.map((id) => api.query.computations.computations(id)));
      return cs.every((c) => c.isSome && !c.unwrap().status.isQueued) ? cs.map((c) => c.unwrap()) : null;
    });
    for (const c of all) {
      const nodes = c.slots.map((s) => s.node.toNumber());
      assert.equal(nodes.length, K);
      assert.equal(new Set(nodes).size, K, 'distinct nodes');
      for (const n of nodes) assert.ok(nodeIds.includes(n));
    }
    // "My assignments" of each node, through the view function.
    let total = 0;
    for (const id of nodeIds) {
      const mine = await callView(api, 'Computations', 'assignments_of', u8aToHex(u32le(id)), 'Vec<u64>');
      total += mine.length;
    }
    assert.equal(total, fragments.length * K);
  });

  it('has the workers fetch, compute, publish and commit every fragment', async () => {
    const committed = await until('every fragment committed by its nodes', async () => {
      const cs = await Promise.all(fragments.map((id) => api.query.computations.computations(id)));
      return cs.every((c) => c.isSome && c.unwrap().status.isCommitted) ? cs.map((c) => c.unwrap()) : null;
    });
    const fetched = new Set(server.requests.filter((r) => r.method === 'GET' && r.status === 200).map((r) => r.cid));
    assert.ok(fetched.has(modelCid), 'the model was fetched from the gateway');
    for (const s of shards) assert.ok(fetched.has(s.cid), `shard ${s.cid} was fetched from the gateway`);

    const State = JSON.stringify({
      output: 'Option<Bytes>',
      loss: 'Option<u32>',
      salt: '[u8; 32]',
      sentAt: 'Option<u64>',
      refused: 'bool',
    });
    for (const [i, c] of committed.entries()) {
      const outputs = [];
      for (const slot of c.slots) {
        const nodeId = slot.node.toNumber();
        const key = u8aConcat(new TextEncoder().encode('corex/cw/state'), u32le(nodeId), u64le(fragments[i]));
        const raw = await api.rpc.offchain.localStorageGet('PERSISTENT', u8aToHex(key));
        assert.ok(raw.isSome, `node ${nodeId} keeps its result for fragment ${fragments[i]}`);
        const state = api.registry.createType(State, raw.unwrap());
        const output = state.output.unwrap().toU8a(true);
        // The commitment on chain binds this output, this node and the salt.
        const expected = blake2AsU8a(u8aConcat(sha256AsU8a(output), u32le(nodeId), state.salt.toU8a()), 256);
        assert.equal(slot.commitment.unwrap().toHex(), u8aToHex(expected));
        // The worker published the gradient to the gateway.
        assert.ok(server.cids.has(cidOf(output)), 'the gradient was published');
        outputs.push(u8aToHex(output));
      }
      assert.equal(outputs[0], outputs[1], 'both nodes computed the same gradient');
    }
    const progress = await callView(
      api, 'Computations', 'job_progress', u8aToHex(u32le(0)),
      `Option<${JSON.stringify({
        status: { _enum: ['Running', 'Finished', 'Failed'] },
        round: 'u16', rounds: 'u16', pending: 'u16', model: '[u8; 32]',
        history: 'Vec<([u8; 32], u32)>', reserved: 'u128',
      })}>`,
    );
    assert.equal(progress.unwrap().status.isRunning, true);
    assert.equal(progress.unwrap().pending.toNumber(), shards.length);
  });

  it('keeps escrow equal to the open fragments plus the reserve, and issuance fixed', async () => {
    const job = (await api.query.computations.jobs(0)).unwrap();
    let open = 0n;
    for (const id of fragments) open += (await api.query.computations.computations(id)).unwrap().escrow.toBigInt();
    assert.equal(await escrowHeld(ferdie.address), open + job.reserved.toBigInt());
    assert.equal(await issuance(), TOTAL_SUPPLY);
  });
});
