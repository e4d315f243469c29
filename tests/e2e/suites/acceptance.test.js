// The acceptance scenario of PRODUCT.md, end to end: a real `corex-node --dev`, the digits
// shards served by the repository's raw-block server (an IPFS trustless gateway), all driven and
// asserted through @polkadot/api.
//
// Four compute nodes are registered, bonded and offered. Bob's, Charlie's and Dave's worker keys
// sit in the node's keystore (author_insertKey): their off-chain workers fetch, compute, publish,
// commit and reveal honestly. Eve's worker key only this test holds: it commits to and reveals
// corrupted results, signed with that key through polkadot.js (no cheat code in the runtime or
// the node). Ferdie trains a softmax-regression model on the digits for five rounds with k = 3,
// starting from a random model (datasets/digits/model-init.bin). The test checks that
// - every block carries its author's seed contribution;
// - the validation accuracy of the model rises round over round (printed, and plotted to
//   docs/acceptance-accuracy.svg);
// - Eve is outvoted, punished (reputation and slash), and suspended; the honest nodes never are;
// - the honest operators and a delegator collect rewards from the mining pool;
// - Ferdie's escrow balances to the last unit: what left his account is exactly the fees paid
//   to nodes plus his transaction fees, less the compensation from Eve's slashes;
// - total issuance stays exactly 100,000,000 CXT.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Keyring } from '@polkadot/keyring';
import { stringToHex, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, randomAsU8a, sha256AsU8a } from '@polkadot/util-crypto';
import { callView, eventsOf as findEvents, moduleErrorName, nodeBinary, sendAndWait, sendOk, startDevNode, sudoOk, toolsBinary, until, waitForBlock } from '../lib/node.js';
import { cidOf, cidOfDigest, startServer } from '../../../tools/gateway/raw-block-server.mjs';
import { accuracy, decodeModel, decodeShard, encodeGradient, encodeModel } from '../lib/digits.js';
import { commitmentOf } from '../lib/commitment.js';
import { ROOT, CXT, TOTAL_SUPPLY, BASE_FEE, FEATURES } from '../lib/chain.js';

const DIGITS = join(ROOT, 'datasets', 'digits');
const SHARDS_DIR = join(DIGITS, 'shards');
const PLOT = join(ROOT, 'docs', 'acceptance-accuracy.svg');
const ROUNDS_CSV = join(ROOT, 'docs', 'acceptance-rounds.csv');
const K = 3;
const ROUNDS = 5;
const LEARNING_RATE = 4 << 16;
/** The digits' sample width: the chain prices every order from it, the kernel and the sizes. */
const EPOCH = 10;


describe('the acceptance scenario: a training job on four nodes, one of them cheating', () => {
  let server;
  let node;
  let api;
  let keyring;
  let alice;
  let ferdie;
  let delegator;
  let operators;
  let workers;
  let eveWorker;
  const nodeIds = [];
  let eveNode;
  let shards;
  let validation;
  let validationSamples;
  let model;
  let modelCid;
  let definition;
  let ferdieBefore;
  let ferdieFees = 0n;
  let jobStart;
  let jobEnd;
  const events = [];

  before(async () => {
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    alice = keyring.addFromUri('//Alice');
    ferdie = keyring.addFromUri('//Ferdie');
    delegator = keyring.addFromUri('//Delegator');
    operators = ['//Bob', '//Charlie', '//Dave', '//Eve'].map((s) => keyring.addFromUri(s));
    workers = ['//BobWorker', '//CharlieWorker', '//DaveWorker'].map((s) => keyring.addFromUri(s));
    eveWorker = keyring.addFromUri('//EveWorker');
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
    validationSamples = decodeShard(new Uint8Array(val));
    model = new Uint8Array(readFileSync(join(DIGITS, 'model-init.bin')));
    modelCid = server.put(model);
    node = await startDevNode({ extraArgs: ['--offchain-worker', 'always', '--compute-gateway', server.url] });
    api = node.api;
  });

  after(async () => {
    if (node) await node.stop();
    if (server) await server.close();
  });

  const issuance = async () => (await api.query.balances.totalIssuance()).toBigInt();
  const total = async (who) => {
    const { data } = await api.query.system.account(who);
    return data.free.toBigInt() + data.reserved.toBigInt();
  };
  const escrowHeld = async (who) => {
    const holds = await api.query.balances.holds(who);
    return holds
      .filter((h) => h.id.isComputations && h.id.asComputations.isEscrow)
      .reduce((sum, h) => sum + h.amount.toBigInt(), 0n);
  };
  const ok = (tx, signer) => sendOk(api, tx, signer);
  const sudo = (call) => sudoOk(api, alice, call);
  const epoch = async () => (await api.query.nodeStaking.currentEpoch()).index.toNumber();
  /**
   * The epoch whose heartbeat Eve's node still owes, or null. Her own software keeps her node
   * looking up, as a cheater's would: assignment prefers nodes that are up, so one that sent no
   * heartbeats would never be picked over the honest three.
   */
  const eveOwes = async () => {
    const now = await epoch();
    const beat = await api.query.computations.heartbeats(eveNode);
    return beat.isNone || beat.unwrap().last.toNumber() < now ? now : null;
  };
  /**
   * The labels that answer an open capability probe, computed by `corex-node probe-answer` (the
   * kernels a worker runs): Eve's software answers her probes right, as a cheater's would, so
   * she ranks with the honest nodes.
   */
  const probeAnswer = (open) =>
    execFileSync(nodeBinary(), ['probe-answer', '--seed', open.seed.toHex(), '--samples', open.samples.toString()])
      .toString()
      .trim();
  /** Every event of blocks `from..=to`, with its block number. */
  const eventsOf = async (from, to) => {
    const out = [];
    for (let n = from; n <= to; n++) {
      const hash = await api.rpc.chain.getBlockHash(n);
      for (const record of await api.query.system.events.at(hash)) out.push({ block: n, event: record.event });
    }
    return out;
  };
  const of = (section, method) => events.filter(({ event }) => event.section === section && event.method === method);

  it('starts with exactly 100,000,000 CXT issued and a seed contribution in every block', async () => {
    assert.equal(await issuance(), TOTAL_SUPPLY);
    const header = await waitForBlock(api, 2);
    const block = await api.rpc.chain.getBlock(header.hash);
    const seeds = block.block.extrinsics.filter(
      (x) => x.method.section === 'seed' && x.method.method === 'noteSeed',
    );
    assert.equal(seeds.length, 1, 'one seed contribution per block');
  });

  it('registers four nodes: three honest workers in the keystore, one key held by the test', async () => {
    for (const [i, w] of workers.entries()) {
      await api.rpc.author.insertKey('cxwk', ['//BobWorker', '//CharlieWorker', '//DaveWorker'][i], u8aToHex(w.publicKey));
    }
    assert.equal((await api.rpc.author.hasKey(u8aToHex(eveWorker.publicKey), 'cxwk')).isFalse, true);
    // The node wrote `--compute-gateway` into its workers' off-chain storage when it started.
    const gateway = await api.rpc.offchain.localStorageGet('PERSISTENT', stringToHex('corex/gateway'));
    assert.equal(gateway.unwrap().toUtf8(), server.url);
    await sudo(api.tx.governance.setParameter({ NodeStaking: { EpochLength: [null, EPOCH] } }));
    // Replays only on escalation, so the run is the same every time.
    await sudo(api.tx.governance.setParameter({ Proofs: { ReplayRate: [null, 0] } }));
    const registered = await Promise.all(
      operators.map((op, i) => {
        const key = i < 3 ? workers[i].publicKey : eveWorker.publicKey;
        return ok(api.tx.nodeStaking.registerNode(u8aToHex(key), 'Gpu', 100_000, 'e2e'), op);
      }),
    );
    for (const res of registered) {
      nodeIds.push(findEvents(res.events, 'nodeStaking', 'NodeRegistered')[0].data.node.toNumber());
    }
    eveNode = nodeIds[3];
    const bonds = await Promise.all(operators.map((op, i) => ok(api.tx.nodeStaking.bond(nodeIds[i], 20_000n * CXT), op)));
    // A delegator backs Bob's node with a 90-day lock.
    await ok(api.tx.balances.transferKeepAlive(delegator.address, 2_000n * CXT), alice);
    await ok(api.tx.nodeStaking.delegate(nodeIds[0], 1_000n * CXT, 2), delegator);
    // Worker keys pay their own transaction fees.
    for (const w of [...workers, eveWorker]) await ok(api.tx.balances.transferKeepAlive(w.address, 100n * CXT), alice);
    const effective = Math.max(
      ...bonds.map((b) => findEvents(b.events, 'nodeStaking', 'Bonded')[0].data.effectiveEpoch.toNumber()),
    );
    await until('the nodes to be active', async () => (await epoch()) >= effective);
    await Promise.all(operators.map((op, i) => ok(api.tx.computations.offerNode(nodeIds[i]), op)));
    assert.equal((await api.query.computations.offeredCount()).toNumber(), 4);
    if ((await eveOwes()) !== null) await ok(api.tx.computations.heartbeat(), eveWorker);
    // The chain probes each offered node in turn, one a block; Eve answers her first probe.
    const open = await until('Eve\'s capability probe', async () => {
      const p = await api.query.computations.probes(eveNode);
      return p.isSome ? p.unwrap() : null;
    });
    const answered = await ok(api.tx.computations.submitProbe(probeAnswer(open)), eveWorker);
    const result = findEvents(answered.events, 'computations', 'ProbeAnswered')[0].data;
    assert.equal(result.passed.isTrue, true, 'the answer of corex-node probe-answer passes');
  });

  it('queues the training job with the whole fee escrowed, refusing bad input by name', async () => {
    const def = await ok(
      api.tx.computations.registerDefinition({ kind: 'GradientStep', spec: stringToHex(modelCid), features: FEATURES, policy: { mode: 'Exact', replayRate: 0 }, deviceClass: null, minTier: 1 }),
      ferdie,
    );
    definition = findEvents(def.events, 'computations', 'DefinitionRegistered')[0].data.id.toNumber();
    const job = (shardList, k) =>
      api.tx.computations.submitTrainingJob({
        definition,
        shards: shardList,
        validation: { cid: stringToHex(validation.cid), size: validation.size },
        model: { cid: stringToHex(modelCid), size: model.length },
        rounds: ROUNDS,
        learningRate: LEARNING_RATE,
        redundancy: k,
        feePerCu: BASE_FEE,
        fragmentBlocks: 200,
      });
    const shardArgs = shards.map((s) => ({ cid: stringToHex(s.cid), size: s.size }));
    const bad = await sendAndWait(job([{ cid: stringToHex('bafy-not-a-cid'), size: 10 }], K), ferdie);
    assert.equal(moduleErrorName(api, bad.dispatchError), 'computations.InvalidCid');
    const zero = await sendAndWait(job(shardArgs, 0), ferdie);
    assert.equal(moduleErrorName(api, zero.dispatchError), 'computations.ZeroRedundancy');
    assert.equal(await escrowHeld(ferdie.address), 0n);

    if ((await eveOwes()) !== null) await ok(api.tx.computations.heartbeat(), eveWorker);
    ferdieBefore = await total(ferdie.address);
    const res = await ok(job(shardArgs, K), ferdie);
    jobStart = (await api.rpc.chain.getHeader(res.blockHash)).number.toNumber();
    ferdieFees += findEvents(res.events, 'transactionPayment', 'TransactionFeePaid')
      .reduce((sum, e) => sum + e.data.actualFee.toBigInt() + e.data.tip.toBigInt(), 0n);
    // The chain's price of each gradient (the view customers quote with), and of the
    // aggregation as the job recorded it: the kernel's work over these sizes, nothing declared.
    const gradientCu = await Promise.all(shards.map(async (s) =>
      (await callView(api, 'Computations', 'order_cost', [definition, [model.length, s.size]]))
        .unwrap().toNumber()));
    // 200 digits over 10 classes: 200 × (10 × (2 × 64 + 24) + 128) operations at 2,000 per CU.
    for (const [i, s] of shards.entries()) assert.ok(gradientCu[i] >= 150 && gradientCu[i] <= 170, `${s.size} bytes: ${gradientCu[i]} CU`);
    const jobId = findEvents(res.events, 'computations', 'TrainingJobSubmitted')[0].data.job.toNumber();
    const aggregateCu = (await api.query.computations.jobs(jobId)).unwrap().aggregateCu.toNumber();
    assert.ok(aggregateCu > gradientCu[0], 'the aggregation scores the validation shard and sums every gradient');
    const perRound = gradientCu.reduce((a, b) => a + b, 0) + aggregateCu;
    const reserved = BigInt(perRound * ROUNDS) * BASE_FEE * BigInt(K);
    assert.equal(findEvents(res.events, 'computations', 'TrainingJobSubmitted')[0].data.reserved.toBigInt(), reserved);
    assert.equal(await escrowHeld(ferdie.address), reserved, 'the whole job is escrowed');
  });

  it('trains for five rounds while Eve cheats', { timeout: 900_000 }, async () => {
    // Eve's driver: for each of her assignments, commit to a corrupted result, then reveal it
    // (opening her commitment honestly, so the verdict, not a technicality, convicts her).
    const mine = new Map();
    let nonce = 0;
    const send = (tx) =>
      tx.signAndSend(eveWorker, { nonce: nonce++ }).catch((e) => console.log(`eve: ${e.message}`));
    let busy = false;
    let beatSent = null;
    let probeSent = null;
    let beatWait = 0;
    const unsub = await api.rpc.chain.subscribeNewHeads(async () => {
      if (busy) return;
      busy = true;
      try {
        // From the chain and the pool each block, so a dropped transaction leaves no gap.
        nonce = (await api.rpc.system.accountNextIndex(eveWorker.address)).toNumber();
        // Her heartbeat: again after 5 blocks if it has not landed.
        const owed = await eveOwes();
        beatWait -= 1;
        if (owed !== null && (owed !== beatSent || beatWait <= 0)) {
          beatSent = owed;
          beatWait = 5;
          send(api.tx.computations.heartbeat());
        }
        // Her capability probes: answered right (with `corex-node probe-answer`, the kernels a
        // worker runs), as a cheater's software would, so she ranks with the honest nodes.
        const probe = await api.query.computations.probes(eveNode);
        if (probe.isSome && probe.unwrap().seed.toHex() !== probeSent) {
          const open = probe.unwrap();
          probeSent = open.seed.toHex();
          send(api.tx.computations.submitProbe(probeAnswer(open)));
        }
        const keys = await api.query.computations.nodeAssignments.keys(eveNode);
        for (const key of keys) {
          const id = key.args[1].toNumber();
          const c = await api.query.computations.computations(id);
          if (c.isNone) continue;
          const comp = c.unwrap();
          const slot = comp.slots.find((s) => s.node.toNumber() === eveNode);
          if (!slot) continue;
          if (!mine.has(id) && slot.commitment.isNone && !comp.status.isQueued) {
            // A plausible-looking but wrong output: a gradient of random numbers, or a made-up
            // model and loss for an aggregation.
            const aggregate = comp.kind.isAggregation;
            const weights = Array.from({ length: 650 }, () => Math.floor(Math.random() * 2_000_000) - 1_000_000);
            const [w, bias] = [weights.slice(0, 640), weights.slice(640)];
            const output = aggregate
              ? encodeModel({ classes: 10, features: 64, weights: w, bias })
              : encodeGradient({ count: 200, weights: w, bias, loss: 0 });
            const loss = aggregate ? 12_345 : null;
            const result = sha256AsU8a(output);
            const salt = randomAsU8a(32);
            const commitment = commitmentOf(api.registry, { genesis: api.genesisHash, id, node: eveNode, result, loss, salt });
            mine.set(id, { result, loss, salt, output: aggregate ? null : output, revealed: false });
            send(api.tx.computations.commitResult(id, commitment));
          }
          const entry = mine.get(id);
          if (!entry || entry.revealed) continue;
          const v = await api.query.proofs.verifications(id);
          if (v.isSome && v.unwrap().phase.isRevealing) {
            entry.revealed = true;
            send(api.tx.proofs.reveal(id, u8aToHex(entry.result), entry.loss, u8aToHex(entry.salt), entry.output && u8aToHex(entry.output)));
          }
        }
      } catch (e) {
        console.log(`eve: ${e.message}`);
      } finally {
        busy = false;
      }
    });
    try {
      await until(
        'the training job to finish',
        async () => {
          const job = await api.query.computations.jobs(0);
          assert.equal(job.unwrap().status.isFailed, false, 'the job did not fail');
          return job.unwrap().status.isFinished;
        },
        840_000,
      );
    } finally {
      unsub();
    }
    jobEnd = (await api.rpc.chain.getHeader()).number.toNumber();
    events.push(...(await eventsOf(jobStart, jobEnd)));
    assert.ok(mine.size >= 3, `Eve was assigned ${mine.size} fragments`);
  });

  it('raises the validation accuracy round over round (plotted to docs/acceptance-accuracy.svg)', async () => {
    const rounds = of('computations', 'RoundCompleted').map(({ event }) => ({
      round: event.data.round.toNumber(),
      model: event.data.model.toU8a(),
      loss: event.data.validationLoss.toNumber() / 65536,
    }));
    assert.equal(rounds.length, ROUNDS);
    const accuracies = [accuracy(decodeModel(model), validationSamples)];
    for (const r of rounds) {
      const response = await fetch(`${server.url}/ipfs/${cidOfDigest(r.model)}?format=raw`);
      assert.equal(response.status, 200, 'the workers published the round\'s model');
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.deepEqual(sha256AsU8a(bytes), r.model, 'the published model is the verified one');
      accuracies.push(accuracy(decodeModel(bytes), validationSamples));
    }
    console.log('round  validation loss  validation accuracy');
    console.log(`init   -                ${(accuracies[0] * 100).toFixed(1)} %`);
    for (const [i, r] of rounds.entries()) {
      console.log(`${String(r.round).padEnd(6)} ${r.loss.toFixed(3).padEnd(16)} ${(accuracies[i + 1] * 100).toFixed(1)} %`);
    }
    // Drawn by corex-tools (plotters): accuracy and loss per round, axes titled.
    const csv = ['round,validation_accuracy_percent,validation_loss', `0,${(accuracies[0] * 100).toFixed(2)},`]
      .concat(rounds.map((r, i) => `${r.round + 1},${(accuracies[i + 1] * 100).toFixed(2)},${r.loss.toFixed(4)}`));
    writeFileSync(ROUNDS_CSV, `${csv.join('\n')}\n`);
    const plotted = spawnSync(toolsBinary(), ['plot-training', '--csv', ROUNDS_CSV, '--out', PLOT, '--title', 'Acceptance job'], { encoding: 'utf8' });
    assert.equal(plotted.status, 0, `corex-tools plot-training: ${plotted.stderr || plotted.error}`);
    const svg = readFileSync(PLOT, 'utf8');
    assert.ok(svg.includes('validation accuracy, %') && svg.includes('round (0: the initial model)'), 'the plot\'s axes are titled');
    for (let i = 1; i < accuracies.length; i++) {
      assert.ok(accuracies[i] > accuracies[i - 1], `accuracy rises in round ${i - 1}: ${accuracies.join(', ')}`);
    }
  });

  it('catches, slashes and suspends the cheating node, and only it', async () => {
    const punished = of('proofs', 'Punished').map(({ event }) => event.data);
    const eve = punished.filter((d) => d.node.toNumber() === eveNode);
    const wrong = eve.filter((d) => d.reason.isWrongResult);
    assert.ok(wrong.length >= 3, `Eve was outvoted ${wrong.length} times`);
    for (const d of eve) assert.ok(d.reason.isWrongResult || d.reason.isUnrevealed, d.reason.toString());
    assert.equal(punished.length, eve.length, 'no honest node was punished');
    const slashed = of('nodeStaking', 'NodeSlashed').filter(({ event }) => event.data.node.toNumber() === eveNode);
    assert.ok(slashed.length >= 3);
    const repChanges = of('nodeStaking', 'ReputationChanged').filter(({ event }) => event.data.node.toNumber() === eveNode);
    assert.ok(repChanges.some(({ event }) => event.data.status.isSuspended), 'Eve was suspended');
    const status = await api.query.nodeStaking.nodes(eveNode);
    assert.ok(status.unwrap().reputation.toNumber() < 300, 'Eve\'s reputation is under the threshold');
    // Each node's record (its profile) tells the same story: Eve lost every verdict she was
    // punished in and paid what her slashes took; the honest nodes won theirs and lost nothing.
    const eveRecord = await api.query.nodeStaking.records(eveNode);
    assert.equal(eveRecord.verdictsLost.toNumber(), eve.length);
    const taken = slashed.reduce((sum, { event }) => {
      const d = event.data;
      return sum + d.selfBond.toBigInt() + d.delegations.toBigInt() + d.unbonding.toBigInt() + d.redelegated.toBigInt();
    }, 0n);
    assert.equal(eveRecord.slashed.toBigInt(), taken);
    for (const id of nodeIds.filter((n) => n !== eveNode)) {
      const record = await api.query.nodeStaking.records(id);
      assert.ok(record.verdictsWon.toNumber() > 0, `node ${id} won verdicts`);
      assert.equal(record.verdictsLost.toNumber(), 0, `node ${id} lost none`);
      assert.equal(record.slashed.toBigInt(), 0n, `node ${id} was never slashed`);
      // Its worker sent heartbeats on its own, and answered its capability probes: the chain
      // measured its capacity.
      assert.ok((await api.query.computations.heartbeats(id)).isSome, `node ${id} sent heartbeats`);
      assert.ok(record.probesPassed.toNumber() >= 1, `node ${id} passed its probes`);
      assert.equal(record.probesFailed.toNumber(), 0, `node ${id} failed none`);
      assert.ok(record.measuredCapacity.isSome, `node ${id} was measured`);
    }
    // Verdicts: every one settled by a strict majority or unanimously.
    const verdicts = of('proofs', 'Verdict').map(({ event }) => event.data);
    assert.equal(verdicts.length, ROUNDS * (shards.length + 1));
    for (const d of verdicts) assert.ok(d.basis.isUnanimous || d.basis.isMajority);
    assert.equal(of('proofs', 'Unresolved').length, 0);
  });

  it('pays honest operators and a delegator from the mining pool', async () => {
    // Let the job's last epoch close: the pool's hook pays every node's reward for an epoch in
    // the blocks after it closes, with nobody claiming.
    const last = await epoch();
    await until('the last epoch of the job to close', async () => (await epoch()) > last);
    await until('every record of the job to be paid', async () => (await api.query.miningPool.contributions.entries()).every(([key]) => key.args[0].toNumber() > last));
    const rewarded = new Map();
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    for (const { event } of await eventsOf(jobStart, head)) {
      if (event.section !== 'miningPool' || event.method !== 'NodeRewarded') continue;
      const n = event.data.node.toNumber();
      rewarded.set(n, (rewarded.get(n) ?? 0n) + event.data.amount.toBigInt());
    }
    for (const id of nodeIds.slice(0, 3)) assert.ok((rewarded.get(id) ?? 0n) > 0n, `node ${id} earned from the pool`);
    assert.equal(rewarded.get(eveNode) ?? 0n, 0n, 'the cheater earned nothing from the pool');
    for (const [i, op] of operators.slice(0, 3).entries()) {
      const res = await ok(api.tx.nodeStaking.claimRewards(nodeIds[i], 'Liquid'), op);
      const claimed = findEvents(res.events, 'nodeStaking', 'RewardsClaimed')[0].data;
      assert.ok(claimed.liquid.toBigInt() + claimed.vested.toBigInt() > 0n, `operator of node ${nodeIds[i]} was paid`);
    }
    const res = await ok(api.tx.nodeStaking.claimRewards(nodeIds[0], 'Liquid'), delegator);
    const claimed = findEvents(res.events, 'nodeStaking', 'RewardsClaimed')[0].data;
    assert.ok(claimed.liquid.toBigInt() + claimed.vested.toBigInt() > 0n, 'the delegator was paid');
  });

  it('balances the customer\'s escrow to the last unit and keeps issuance fixed', async () => {
    assert.equal(await escrowHeld(ferdie.address), 0n, 'nothing is left in escrow');
    // What the nodes were paid and the protocol's fee on it (to the pool): both from Ferdie's escrow.
    const paid = of('computations', 'ComputationFinalized')
      .reduce((s, { event }) => s + event.data.paid.toBigInt() + event.data.protocolFee.toBigInt(), 0n);
    const compensation = of('proofs', 'Punished').reduce((s, { event }) => s + event.data.toCustomer.toBigInt(), 0n);
    assert.ok(compensation > 0n, 'Ferdie was compensated from the slashes');
    const after = await total(ferdie.address);
    assert.equal(ferdieBefore - after, paid + ferdieFees - compensation);
    console.log(`Ferdie paid ${paid} to nodes, ${ferdieFees} in fees, got ${compensation} back from slashes`);
    assert.equal(await issuance(), TOTAL_SUPPLY);
  });
});
