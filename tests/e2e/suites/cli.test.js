// The `corex` CLI against a real node of the demo chain (three compute nodes from genesis, their
// worker keys in the node's keystore) and the repository's content gateway: a customer shards,
// publishes, submits a training job, follows it, fetches and plots its model; an operator
// registers and bonds a node and reads its standing; a delegator delegates and reads rewards;
// a token holder proposes and votes. Every figure the CLI prints is checked against the chain,
// read independently through @polkadot/api, and every failure names its cause.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { Keyring } from '@polkadot/keyring';
import { cliBinary, freePort, startDevNode } from '../lib/node.js';
import { cidOf, cidOfDigest, startServer } from '../../../tools/gateway/raw-block-server.mjs';
import { ROOT, CXT } from '../lib/chain.js';
import { decodeShard } from '../lib/digits.js';

const SHARDS = join(ROOT, 'datasets', 'digits', 'shards');
const MODEL = join(ROOT, 'datasets', 'digits', 'model-init.bin');
const ROUNDS = 2;

describe('the corex CLI on the demo chain', () => {
  let node;
  let api;
  let gateway;
  let work;
  let job;
  let metricsPort;

  /**
   * Runs the CLI against the node; resolves with { code, stdout, stderr, json }. Asynchronous:
   * the node's log pipes must keep draining while the CLI waits for blocks.
   */
  const corex = (args, { signer } = {}) =>
    new Promise((resolve, reject) => {
      const full = ['--url', `ws://127.0.0.1:${node.rpcPort}`, ...(signer ? ['--signer', signer] : []), ...args];
      const child = spawn(cliBinary(), full, { env: { ...process.env, COREX_GATEWAY: gateway.url } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        let json;
        if (args.includes('--json') && code === 0) {
          // One document, or JSON lines (`train follow`); other shapes are parsed by the test.
          try {
            json = JSON.parse(stdout);
          } catch {
            try {
              json = stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line));
            } catch {
              json = undefined;
            }
          }
        }
        resolve({ code, stdout, stderr, json });
      });
    });
  const ok = async (args, options) => {
    const res = await corex(args, options);
    assert.equal(res.code, 0, `corex ${args.join(' ')} failed:\n${res.stderr}`);
    return res;
  };

  before(async () => {
    await cryptoWaitReady();
    gateway = await startServer({ dir: SHARDS });
    metricsPort = await freePort();
    node = await startDevNode({
      devChain: 'demo',
      prometheusPort: metricsPort,
      extraArgs: ['--offchain-worker', 'always', '--compute-gateway', gateway.url],
    });
    api = node.api;
    work = mkdtempSync(join(tmpdir(), 'corex-cli-'));
  });

  after(async () => {
    if (node) await node.stop();
    if (gateway) await gateway.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('has --help with an example for every command', async () => {
    const top = (await ok(['--help'])).stdout;
    for (const command of ['status', 'dataset', 'train', 'compute', 'node', 'delegate', 'rewards', 'gov', 'console']) {
      assert.match(top, new RegExp(`\\n  ${command} `), `corex --help lists ${command}`);
    }
    const leaves = [
      ['status'], ['delegate'], ['dataset', 'publish'], ['dataset', 'shard'],
      ['train', 'submit'], ['train', 'follow'], ['train', 'show'], ['train', 'fetch'], ['train', 'plot'],
      ['compute', 'define'], ['compute', 'submit'], ['compute', 'wait'],
      ['node', 'register'], ['node', 'set-worker-key'], ['node', 'bond'], ['node', 'offer'], ['node', 'status'], ['node', 'list'],
      ['rewards', 'show'], ['rewards', 'claim'], ['gov', 'propose'], ['gov', 'vote'], ['gov', 'show'], ['console'],
    ];
    for (const path of leaves) {
      const help = (await ok([...path, '--help'])).stdout;
      assert.match(help, /Example: corex /, `corex ${path.join(' ')} --help has an example`);
    }
  });

  it('shows the demo network: three active compute nodes offered from genesis', async () => {
    const status = (await ok(['status', '--json'])).json;
    assert.equal(status.chain, 'Corex Demo');
    assert.equal(status.nodes, 3);
    assert.equal(status.offered, 3);
    assert.equal(BigInt(status.total_issuance), 100_000_000n * CXT);
    const list = (await ok(['node', 'list', '--json'])).json;
    assert.deepEqual(list.map((n) => [n.node, n.status]), [[0, 'active'], [1, 'active'], [2, 'active']]);
    assert.deepEqual(list.map((n) => BigInt(n.counted_stake)), [20_000n * CXT, 20_000n * CXT, 20_000n * CXT]);
  });

  it('shards the digits as the committed shards, and publishes them by content id', async () => {
    const out = join(work, 'shards');
    const sharded = (await ok(['dataset', 'shard', '--csv', join(ROOT, 'datasets', 'digits', 'digits.csv.gz'), '--shards', '8', '--out', out, '--json'])).json;
    assert.equal(sharded.shards.length, 9);
    for (const file of readdirSync(SHARDS)) {
      assert.deepEqual(readFileSync(join(out, file)), readFileSync(join(SHARDS, file)), `${file} as committed`);
    }
    const published = (await ok(['dataset', 'publish', MODEL, '--json'])).json.published;
    assert.equal(published[0].cid, cidOf(readFileSync(MODEL)));
    assert.equal(gateway.cids.has(published[0].cid), true, 'the gateway holds it');
  });

  it('submits a training job, follows it to the end, and reports what the chain verified', async () => {
    const submitted = (await ok(['train', 'submit', '--dataset', SHARDS, '--model', MODEL, '--rounds', String(ROUNDS), '--json'], { signer: 'ferdie' })).json;
    job = submitted.job;
    const onChain = (await api.query.computations.jobs(job)).unwrap();
    assert.equal(onChain.owner.toString(), new Keyring({ type: 'sr25519' }).addFromUri('//Ferdie').address);
    assert.equal(onChain.rounds.toNumber(), ROUNDS);
    assert.ok(BigInt(submitted.reserved) > 0n, 'the fees are escrowed');

    const records = (await ok(['train', 'follow', String(job), '--json'])).json;
    assert.equal(records.length, ROUNDS + 1, 'the initial model and one record per round');
    const progress = (await api.query.computations.jobRounds.entries(job))
      .map(([key, value]) => [key.args[1].toNumber(), value.unwrap()])
      .sort((a, b) => a[0] - b[0]);
    assert.equal((await api.query.computations.jobs(job)).unwrap().status.isFinished, true);
    assert.equal(progress.length, ROUNDS);
    // The chain counts rounds from 0; the CLI's record 0 is the initial model.
    for (const [index, record] of progress) {
      const round = index + 1;
      const line = records[round];
      assert.equal(line.round, round);
      assert.equal(line.validation_loss, record.validationLoss.toNumber() / 65536, `round ${round}'s loss as verified`);
      assert.equal(line.model, cidOfDigest(record.model), `round ${round}'s model as the chain names it`);
      assert.equal(line.fragments_verified, round * 9, `round ${round}: 8 gradients and an aggregation verified per round`);
      assert.ok(BigInt(line.fees_paid) > 0n, 'nodes were paid');
      assert.ok(BigInt(line.pool_balance) > 0n);
    }
    assert.ok(records[ROUNDS].validation_accuracy_percent > records[0].validation_accuracy_percent,
      `accuracy rose: ${records.map((r) => r.validation_accuracy_percent).join(' → ')}`);

    // The node's Prometheus endpoint (every series labelled with the chain) counted its worker's part (k = 3 on the node's three
    // keys: every fragment is computed, committed and revealed once per key).
    const scraped = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    const metric = (name) => {
      const line = scraped.split('\n').find((l) => l.startsWith(`${name}{chain="corex_demo"} `));
      assert.ok(line, `${name} is exported`);
      return Number(line.split(' ')[1]);
    };
    const fragments = ROUNDS * 9 * 3;
    for (const name of ['assignments_seen', 'commits_sent', 'reveals_sent', 'computes']) {
      assert.ok(metric(`corex_worker_${name}_total`) >= fragments, `corex_worker_${name}_total ≥ ${fragments}`);
    }
    assert.ok(metric('corex_worker_fetches_total') >= 2 * fragments, 'every fragment reads two inputs or more');
    assert.ok(metric('corex_worker_compute_seconds_total') > 0);
    // Every kernel ran natively, through the node's host function, not in the runtime's Wasm.
    assert.equal(metric('corex_worker_native_computes_total'), metric('corex_worker_computes_total'));
    assert.match(scraped, /corex_worker_failures_total\{cause="fetch",chain="corex_demo"\} \d+/);

    const shown = (await ok(['train', 'show', String(job), '--json'])).json;
    assert.equal(shown.status, 'finished');
    assert.deepEqual(shown.history.map((r) => r.validation_accuracy_percent), records.map((r) => r.validation_accuracy_percent));
  });

  it('fetches the trained model and plots the rounds with titled axes', async () => {
    const path = join(work, 'model.bin');
    const fetched = (await ok(['train', 'fetch', String(job), '--out', path, '--json'])).json;
    assert.equal(cidOf(readFileSync(path)), fetched.model, 'the file is the content the chain names');
    const initial = join(work, 'initial.bin');
    await ok(['train', 'fetch', String(job), '--round', '0', '--out', initial]);
    assert.deepEqual(readFileSync(initial), readFileSync(MODEL));
    const missing = await corex(['train', 'fetch', String(job), '--round', '9', '--out', path]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /has verified 2 round\(s\), not 9/);

    const svg = join(work, 'rounds.svg');
    await ok(['train', 'plot', String(job), '--out', svg, '--title', 'CLI test']);
    const drawn = readFileSync(svg, 'utf8');
    for (const text of ['CLI test: validation accuracy', 'validation accuracy, %', 'round (0: the initial model)', 'validation loss (cross-entropy)']) {
      assert.ok(drawn.includes(text), `the plot shows "${text}"`);
    }
  });

  it('defines an inference, orders it on the held-out shard and writes its verified result', async () => {
    const defined = (await ok(['compute', 'define', '--kind', 'inference', '--spec', MODEL, '--features', '64', '--json'], { signer: 'ferdie' })).json;
    const path = join(work, 'labels.bin');
    const validation = join(SHARDS, 'validation.bin');
    const res = await ok(['compute', 'submit', '--definition', String(defined.definition), '--input', MODEL, '--input', validation, '-k', '2', '--wait', '--out', path, '--json'], { signer: 'ferdie' });
    // Two JSON documents: the order, then the outcome.
    const [queued, done] = res.stdout.trim().split(/\n(?=\{)/).map((text) => JSON.parse(text));
    assert.equal(queued.redundancy, 2);
    assert.equal(done.computation, queued.computation);
    const bytes = readFileSync(path);
    assert.equal(cidOf(bytes), done.result, 'the file is the verified result');
    // The model's label for every held-out sample.
    const labels = api.createType('Vec<u8>', bytes);
    assert.equal(labels.length, decodeShard(new Uint8Array(readFileSync(validation))).length);
    assert.ok([...labels].every((l) => l < 10));
    assert.ok(BigInt(done.paid) > 0n, 'its nodes were paid');
    const bad = await corex(['compute', 'submit', '--definition', '99', '--input', MODEL, '--input', validation], { signer: 'ferdie' });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /definition 99 does not exist or its kernel cannot take these inputs/);
  });

  it('registers and bonds a node for an operator, and names the pallet error when a call fails', async () => {
    const worker = new Keyring({ type: 'sr25519' }).addFromUri('//EveCliWorker');
    const registered = (await ok(['node', 'register', '--worker-key', u8aToHex(worker.publicKey), '--class', 'cpu', '--capacity', '5000', '--metadata', 'cli test', '--json'], { signer: 'eve' })).json;
    const id = registered.node;
    assert.equal(id, 3);
    const low = await corex(['node', 'bond', String(id), '5'], { signer: 'eve' });
    assert.equal(low.code, 1);
    assert.match(low.stderr, /NodeStaking\.BelowMinSelfBond: The self-bond would be below `MinSelfBond`/);
    const notYours = await corex(['node', 'bond', String(id), '20000'], { signer: 'dave' });
    assert.match(notYours.stderr, /NodeStaking\.NotOperator/);
    const bonded = (await ok(['node', 'bond', String(id), '20000', '--json'], { signer: 'eve' })).json;
    assert.equal(BigInt(bonded.amount), 20_000n * CXT);
    const status = (await ok(['node', 'status', String(id), '--json'])).json;
    assert.equal(status.worker_key, worker.address);
    assert.equal(status.device_class, 'cpu');
    assert.equal(BigInt(status.self_bond) + BigInt(status.pending), 20_000n * CXT, 'bonded (counted from the next epoch)');
    const chain = (await api.query.nodeStaking.nodes(id)).unwrap();
    assert.equal(chain.operator.toString(), new Keyring({ type: 'sr25519' }).addFromUri('//Eve').address);
    const noKey = await corex(['node', 'bond', String(id), '1']);
    assert.match(noKey.stderr, /give --signer, --seed-file or --keystore/);
  });

  it('delegates with a lock and shows the rewards the nodes earned', async () => {
    const delegated = (await ok(['delegate', '0', '1000', '--lock', '1', '--json'], { signer: 'ferdie' })).json;
    assert.equal(BigInt(delegated.amount), 1_000n * CXT);
    const position = await api.query.nodeStaking.positions(0, new Keyring({ type: 'sr25519' }).addFromUri('//Ferdie').address);
    assert.equal(position.unwrap().lockIndex.toNumber(), 1);
    const rewards = (await ok(['rewards', 'show', '--json'], { signer: 'bob' })).json;
    assert.deepEqual(rewards.nodes.map((n) => n.node), [0]);
  });

  it('proposes a parameter change on the parameters track and votes on it', async () => {
    const proposed = (await ok(['gov', 'propose', 'Computations', 'BaseFeePerCu', '2000000000', '--json'], { signer: 'alice' })).json;
    assert.equal(proposed.track, 1, 'the parameters track');
    const info = (await api.query.referenda.referendumInfoFor(proposed.referendum)).unwrap();
    assert.equal(info.isOngoing, true);
    await ok(['gov', 'vote', String(proposed.referendum), '--aye', '--balance', '800000', '--conviction', '1'], { signer: 'bob' });
    const shown = (await ok(['gov', 'show', String(proposed.referendum), '--json'])).json;
    assert.equal(shown.state, 'ongoing');
    assert.equal(BigInt(shown.detail.ayes), 800_000n * CXT, 'conviction 1: the whole balance counts');
    const bad = await corex(['gov', 'propose', 'Computations', 'NoSuchParameter', '5'], { signer: 'alice' });
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /Computations\.NoSuchParameter = 5 is not a parameter change/);
  });

  it('drives the chain with batches that simulated nodes and the demo nodes\' workers verify together', async () => {
    const csv = join(work, 'load.csv');
    const svg = join(work, 'load.svg');
    const from = (await api.rpc.chain.getHeader()).number.toNumber();
    const res = await ok([
      '--json', 'load', '--nodes', '4', '--fragments', '16', '--loads', '1,3', '--blocks', '6', '--warmup', '8',
      '--stake', '20000', '--fee-per-cu', '0.01', '--funders', 'alice,eve', '--publish', gateway.url,
      '--ceiling', '100', '--csv', csv, '--svg', svg,
    ]);
    const to = (await api.rpc.chain.getHeader()).number.toNumber();
    const report = res.json;
    assert.equal(report.points.length, 2);
    assert.equal(report.send_errors, 0, 'the node took every transaction');
    for (const point of report.points) {
      assert.equal(point.blocks, 6);
      assert.equal(point.failed, 0, 'no batch failed, expired or went unavailable');
      assert.equal(point.verified % 16, 0, 'whole batches are verified');
      assert.ok(point.extrinsics_per_block >= 1 && point.fullness > 0 && point.fullness < 1);
    }
    assert.ok(report.points[1].verified > 0, 'batches were verified at the higher load');
    assert.ok(report.points[1].compute_fee_per_fragment > 0 && report.points[1].tx_fee_per_fragment > 0);
    // What the chain says: every batch the tool queued that was verified, unanimously, and the
    // demo nodes' own workers (nodes 0 to 2) computed some of them from the published shards.
    const batches = new Set();
    const byDemo = new Set();
    const unanimous = new Set();
    for (let n = from; n <= to; n++) {
      const events = await (await api.at(await api.rpc.chain.getBlockHash(n))).query.system.events();
      for (const { event } of events) {
        if (api.events.computations.BatchQueued.is(event)) batches.add(event.data.id.toNumber());
        if (api.events.computations.NodeAssigned.is(event) && event.data.node.toNumber() < 3) byDemo.add(event.data.id.toNumber());
        if (api.events.proofs.Verdict.is(event) && event.data.basis.isUnanimous) unanimous.add(event.data.id.toNumber());
        assert.ok(!api.events.proofs.Punished.is(event), 'nobody was punished');
      }
    }
    // Each block of the run but the last, whose orders land after it.
    assert.ok(batches.size >= (1 + 3) * (8 + 6 - 1), `the tool queued its batches (${batches.size})`);
    const demoVerified = [...byDemo].filter((id) => batches.has(id) && unanimous.has(id));
    assert.ok(demoVerified.length > 0, 'a batch the demo workers computed was verified unanimously');
    assert.equal((await api.query.balances.totalIssuance()).toBigInt(), 100_000_000n * CXT);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^batches_per_block,offered_fragments_per_s,verified_fragments_per_s/);
    const plot = readFileSync(svg, 'utf8');
    assert.match(plot, /^<svg/);
    assert.match(plot, /offered load, fragments\/s/);
  });
});
