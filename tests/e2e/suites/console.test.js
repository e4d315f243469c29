// The web console (console/, served by `corex console`) in a real browser, Debian's headless
// Chromium driven by Playwright, against a node of the demo chain running a training job. Every
// figure a page shows is checked against the chain, read independently through @polkadot/api;
// each page is saved as a screenshot in tests/e2e/output/console/.
//
// Signing goes through the browser-extension interface the polkadot.js extension implements
// (`window.injectedWeb3`, read by @polkadot/extension-dapp). The extension itself cannot be
// installed here (no extension store), so the test injects a stand-in that speaks the same
// interface and signs with Bob's development key outside the page, as the extension signs
// outside it.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { chromium } from 'playwright-core';
import { callView, cliBinary, freePort, startDevNode, until } from '../lib/node.js';
import { cidOfDigest, startServer } from '../../../tools/gateway/raw-block-server.mjs';
import { CXT, ROOT, SHARDS_DIR } from '../lib/chain.js';

const MODEL = join(ROOT, 'datasets', 'digits', 'model-init.bin');
const CONSOLE_BUILD = join(ROOT, 'console', 'dist');
const SCREENSHOTS = join(ROOT, 'tests', 'e2e', 'output', 'console');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ROUNDS = 2;

/** Runs the CLI to its end; resolves with { code, stdout, stderr }. */
function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cliBinary(), args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `20,000.5 CXT` → planck. */
function planck(text) {
  const [whole, fraction = ''] = text.replace(/ CXT$/, '').replaceAll(',', '').split('.');
  return BigInt(whole) * CXT + BigInt(fraction.padEnd(12, '0'));
}

describe('the web console in a browser', () => {
  let node;
  let api;
  let gateway;
  let server;
  let browser;
  let context;
  let page;
  let url;
  let job;
  const pageErrors = [];
  let bob;

  /** Opens `#/<path>` and waits until the page has drawn from the chain. */
  const open = async (path) => {
    await page.goto(`${url}#/${path}`);
    await page.waitForFunction(
      (p) => document.getElementById('page').dataset.ready === 'true' && document.getElementById('page').dataset.route === p,
      path,
      { timeout: 60_000 },
    );
  };
  /** Waits for the next redraw (a new block) and returns nothing. */
  const redrawn = async () => {
    const before = await page.$eval('#page', (el) => el.dataset.updated);
    await page.waitForFunction((b) => document.getElementById('page').dataset.updated !== b, before, { timeout: 60_000 });
  };
  const text = (selector) => page.$eval(selector, (el) => el.textContent.trim());
  /**
   * The page as drawn, read at once (a redraw writes a page in one go, so this is one block's):
   * the block's hash, each table's rows and each fact (`dd`) by id, each chart's data.
   */
  const snapshot = () =>
    page.$eval('#page', (root) => ({
      hash: root.dataset.hash,
      tables: Object.fromEntries([...root.querySelectorAll('table[id]')].map((t) => [t.id, [...t.tBodies[0].rows].map((tr) => [...tr.cells].map((td) => td.textContent.trim()))])),
      facts: Object.fromEntries([...root.querySelectorAll('dd[id]')].map((dd) => [dd.id, dd.textContent.trim()])),
      charts: Object.fromEntries([...root.querySelectorAll('canvas[id]')].map((c) => [c.id, { series: JSON.parse(c.dataset.series ?? 'null'), axes: JSON.parse(c.dataset.axes ?? 'null'), width: c.width }])),
    }));
  /** `planck` cut to `places` decimals, as the page writes amounts. */
  const cut = (planck, places) => planck - (planck % 10n ** BigInt(12 - places));
  const shoot = (name) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  before(async () => {
    assert.ok(existsSync(join(CONSOLE_BUILD, 'app.js')), `no console build in ${CONSOLE_BUILD}: scripts/setup.sh npm builds it`);
    assert.ok(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: scripts/setup.sh test installs Debian's`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await cryptoWaitReady();
    bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob');
    gateway = await startServer({ dir: SHARDS_DIR });
    node = await startDevNode({
      devChain: 'demo',
      extraArgs: ['--offchain-worker', 'always', '--compute-gateway', gateway.url],
    });
    api = node.api;

    const port = await freePort();
    server = spawn(cliBinary(), [
      '--url', `ws://127.0.0.1:${node.rpcPort}`,
      'console', '--listen', `127.0.0.1:${port}`, '--dir', CONSOLE_BUILD, '--gateway', gateway.url,
    ]);
    let said = '';
    server.stdout.on('data', (c) => (said += c));
    server.stderr.on('data', (c) => (said += c));
    await until('corex console to start', () => /the Corex console is at (http:\S+)/.test(said), 30_000);
    url = /the Corex console is at (http:\S+)/.exec(said)[1];

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // The extension's side: its accounts, and signing outside the page.
    await context.exposeFunction('corexTestAccounts', () => [{ address: bob.address, name: 'Bob (test extension)', type: 'sr25519' }]);
    let signed = 0;
    await context.exposeFunction('corexTestSign', (payload) => {
      if (payload.address !== bob.address) throw new Error(`the extension holds no key for ${payload.address}`);
      const extrinsic = api.registry.createType('ExtrinsicPayload', payload, { version: payload.version });
      signed += 1;
      return { id: signed, signature: extrinsic.sign(bob).signature };
    });
    await context.addInitScript(() => {
      window.injectedWeb3 = {
        'polkadot-js': {
          version: 'e2e',
          enable: async () => ({
            accounts: {
              get: () => window.corexTestAccounts(),
              subscribe: (cb) => {
                window.corexTestAccounts().then(cb);
                return () => {};
              },
            },
            signer: { signPayload: (payload) => window.corexTestSign(payload) },
          }),
        },
      };
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // A customer's training job, through the CLI.
    const submitted = await run([
      '--url', `ws://127.0.0.1:${node.rpcPort}`, '--signer', 'ferdie', '--json',
      'train', 'submit', '--dataset', SHARDS_DIR, '--model', MODEL, '--rounds', String(ROUNDS), '--gateway', gateway.url,
    ]);
    assert.equal(submitted.code, 0, submitted.stderr);
    job = JSON.parse(submitted.stdout).job;
  });

  after(async () => {
    await browser?.close();
    server?.kill();
    await node?.stop();
    await gateway?.close();
  });

  it('shows the network: chain, blocks, finality, validators, nodes, pool', async () => {
    await open('overview');
    assert.match(await text('#overview-chain'), /^Corex Demo \(runtime corex v\d+\)$/);
    const best = Number((await text('#overview-best')).replace(/[#,]/g, ''));
    const chainBest = (await api.rpc.chain.getHeader()).number.toNumber();
    assert.ok(Math.abs(chainBest - best) <= 2, `best block ${best} ≈ the chain's ${chainBest}`);
    const finalized = Number(/^#([\d,]+)/.exec(await text('#overview-finalized'))[1].replaceAll(',', ''));
    assert.ok(finalized <= best && finalized > 0, `finalized ${finalized} ≤ best ${best}`);
    const validators = await api.query.session.validators();
    assert.equal(await text('#overview-validators'), String(validators.length));
    assert.deepEqual(
      await page.$$eval('#validators .account', (els) => els.map((el) => el.title)),
      validators.map((v) => v.toString()),
    );
    assert.equal(await text('#overview-nodes'), '3 registered, 3 offered to the queue');
    const epoch = await api.query.nodeStaking.currentEpoch();
    assert.match(await text('#overview-epoch'), new RegExp(`^${epoch.index.toNumber()} \\(from block #${epoch.start.toNumber()}, \\d+ blocks each\\)$`));
    assert.match(await text('#overview-pool'), / of 100,000,000 CXT issued$/);
    // The head in the header follows new blocks.
    const head = await text('#head');
    await page.waitForFunction((h) => document.getElementById('head').textContent !== h, head, { timeout: 30_000 });
    assert.equal(await page.$eval('#connection', (el) => el.dataset.state), 'connected');
    await shoot('overview');
  });

  it('lists the compute nodes with their status, reputation and stake', async () => {
    await open('nodes');
    const drawn = await snapshot();
    const rows = drawn.tables.nodes;
    assert.deepEqual(rows.map((r) => r[0]), ['0', '1', '2']);
    const at = await api.at(drawn.hash);
    for (const [id, , device, status, , reputation, stake] of rows) {
      const chainNode = (await at.query.nodeStaking.nodes(Number(id))).unwrap();
      assert.equal(status, 'Active');
      assert.equal(device, chainNode.deviceClass.type);
      assert.equal(Number(reputation), chainNode.reputation.toNumber(), `node ${id}'s reputation`);
      assert.equal(planck(stake), 20_000n * CXT, `node ${id}'s stake`);
    }
    await shoot('nodes');
  });

  it("shows the queue's open computations: the job's fragments as the chain has them", async () => {
    await open('queue');
    await page.waitForFunction((j) => [...document.querySelectorAll('#computations tbody tr')].some((tr) => tr.textContent.includes(`job ${j}`)), job, { timeout: 120_000 });
    const drawn = await snapshot();
    const rows = drawn.tables.computations;
    const at = await api.at(drawn.hash);
    // Every open computation of that block, newest first, as the chain has it.
    const onChain = (await at.query.computations.computations.entries())
      .map(([key, c]) => [key.args[0].toNumber(), c.unwrap()])
      .sort((a, b) => b[0] - a[0]);
    assert.deepEqual(rows.map((r) => Number(r[0])), onChain.map(([id]) => id));
    for (const [row, [id, c]] of rows.map((r, i) => [r, onChain[i]])) {
      assert.equal(row[2], c.kind.type, `computation ${id}'s kernel`);
      assert.equal(row[3], c.status.type, `computation ${id}'s status`);
      const slots = c.slots.map((s) => s.node.toNumber());
      const committed = c.slots.filter((s) => s.commitment.isSome).length;
      assert.equal(row[4], slots.length ? `${slots.join(', ')} (${committed} committed)` : '—', `computation ${id}'s nodes`);
    }
    assert.ok(rows.some((r) => r[7].startsWith(`job ${job}, round 1`)), "the job's first round is open");
    // What waits is listed as waiting: the queue and the deferred computations of that block.
    const waiting = [...(drawn.tables.queue ?? []), ...(drawn.tables.deferred ?? [])].map((r) => Number(r[0]));
    const queued = onChain.filter(([, c]) => c.status.isQueued).map(([id]) => id);
    assert.deepEqual([...waiting].sort((a, b) => a - b), [...queued].sort((a, b) => a - b), 'every queued computation is waiting');
    await shoot('queue');
  });

  it("charts a training job's rounds: the losses the chain verified, the accuracy of each model", async () => {
    await until(`job ${job} to finish`, async () => (await api.query.computations.jobs(job)).unwrap().status.isFinished, 600_000);
    await open('jobs');
    const listed = await page.$$eval('#jobs tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent.trim())));
    assert.deepEqual(listed.find((r) => r[0] === String(job)).slice(2, 4), ['Finished', `${ROUNDS} / ${ROUNDS}`]);

    await open(`jobs/${job}`);
    assert.equal(await text('#job-status'), 'Finished');
    await page.waitForFunction((n) => document.querySelectorAll('#rounds tbody tr').length === n, ROUNDS + 1);
    const rows = await page.$$eval('#rounds tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent.trim())));
    const records = (await api.query.computations.jobRounds.entries(job))
      .map(([key, value]) => [key.args[1].toNumber(), value.unwrap()])
      .sort((a, b) => a[0] - b[0]);
    assert.equal(records.length, ROUNDS);
    for (const [index, record] of records) {
      const row = rows[index + 1];
      assert.equal(row[1], (record.validationLoss.toNumber() / 65536).toFixed(4), `round ${index + 1}'s verified loss`);
      assert.equal(row[3], cidOfDigest(record.model), `round ${index + 1}'s model`);
    }
    // Accuracy, measured in the page from the models and the held-out shard, agrees with the
    // CLI's, which runs the Rust kernel on them.
    const shown = await run(['--url', `ws://127.0.0.1:${node.rpcPort}`, '--json', 'train', 'show', String(job), '--gateway', gateway.url]);
    assert.equal(shown.code, 0, shown.stderr);
    const cli = JSON.parse(shown.stdout).history.map((r) => r.validation_accuracy_percent);
    const page_ = rows.map((r) => Number(r[2].replace(' %', '')));
    for (let i = 0; i <= ROUNDS; i++) {
      assert.ok(Math.abs(page_[i] - cli[i]) <= 0.5, `round ${i}: the page's ${page_[i]} % ≈ the CLI's ${cli[i]} %`);
    }
    assert.ok(page_[ROUNDS] > page_[0], `accuracy rose: ${page_.join(' → ')}`);

    const chart = await page.$eval('#job-chart', (c) => ({ series: JSON.parse(c.dataset.series), axes: JSON.parse(c.dataset.axes), width: c.width }));
    assert.deepEqual(chart.series.labels, ['0', '1', '2']);
    assert.deepEqual(chart.series.series.map((s) => s.label), ['Validation accuracy (%)', 'Validation loss (verified on chain)']);
    assert.deepEqual(chart.axes, { title: `Job ${job}: validation accuracy and loss per round`, x: 'Round', y: 'Validation accuracy (%)', y2: 'Validation loss (cross-entropy)' });
    assert.ok(chart.width > 300, 'the chart is drawn');
    await shoot('job');
  });

  it('shows the mining pool: its balance, the open epoch and the release curve the runtime computes', async () => {
    await open('pool');
    const poolAccount = api.consts.miningPool.poolAccount;
    const drawn = await snapshot();
    const hash = drawn.hash;
    const at = await api.at(hash);
    const [balance, claimable, length] = await Promise.all([
      at.query.system.account(poolAccount),
      at.query.miningPool.claimable(),
      callView(api, 'NodeStaking', 'epoch_length', [], hash),
    ]);
    assert.equal(drawn.facts['pool-account'], poolAccount.toString());
    assert.equal(planck(drawn.facts['pool-balance']), cut(balance.data.free.toBigInt(), 2));
    assert.equal(planck(drawn.facts['pool-claimable']), cut(claimable.toBigInt(), 4));
    assert.match(drawn.facts['pool-epoch'], new RegExp(`\\(${length.toNumber()} blocks\\)$`));
    const chart = drawn.charts['pool-chart'];
    assert.equal(chart.series.labels.length, 521);
    assert.deepEqual(chart.axes, { title: 'Projected free pool', x: 'Epochs from now', y: 'Free pool (CXT)' });
    const points = chart.series.series[0].data;
    for (let i = 1; i < points.length; i++) assert.ok(points[i] <= points[i - 1], 'the free pool only shrinks');
    const free = balance.data.free.toBigInt() - claimable.toBigInt();
    const curve = await callView(api, 'MiningPool', 'release_projection', [520, length.toNumber()], hash);
    // The page's points are the runtime's (to the cent).
    for (const i of [1, 52, 520]) {
      assert.ok(Math.abs(points[i] - Number(curve[i - 1].toBigInt() / (CXT / 100n)) / 100) < 0.011, `after ${i} epochs: ${points[i]} = ${curve[i - 1]}`);
    }
    assert.ok(points[520] < Number(free / CXT), 'the pool releases over the span');
    const marks = drawn.tables['pool-curve'].map((r) => r[0]);
    assert.deepEqual(marks, ['1', '10', '52', '104', '260', '520']);
    await shoot('pool');
  });

  it("shows an account's stake and rewards, and claims them through the extension", async () => {
    await open(`account/${bob.address}`);
    await page.waitForSelector('#positions');
    const drawn = await snapshot();
    let rows = drawn.tables.positions;
    assert.deepEqual(rows.map((r) => [r[0], r[1]]), [['0', 'SelfBond']]);
    assert.equal(planck(rows[0][2]), 20_000n * CXT);
    const owed = (await callView(api, 'NodeStaking', 'pending_rewards', [0, bob.address], drawn.hash)).toBigInt();
    assert.ok(owed > 0n, 'node 0 earned fees in the job');
    assert.equal(planck(rows[0][6]), cut(owed, 6), `claimable ${rows[0][6]} (the chain: ${owed})`);
    assert.equal(planck(drawn.facts['account-claimable']), cut(owed, 6));
    const info = await (await api.at(drawn.hash)).query.system.account(bob.address);
    assert.equal(planck(drawn.facts['account-free']), cut(info.data.free.toBigInt(), 4));
    assert.equal(drawn.facts['account-operates'], '0');
    // Without the extension, the claim buttons are off.
    assert.equal(await page.$eval('button[data-claim="0"][data-payout="Liquid"]', (b) => b.disabled), true);

    await page.click('#extension-connect');
    await page.waitForFunction(() => !document.getElementById('extension-accounts').hidden);
    assert.match(await text('#extension-status'), /^1 account\(s\) from the extension$/);
    await page.waitForFunction(() => !document.querySelector('button[data-claim="0"][data-payout="Liquid"]')?.disabled);
    const freeBefore = (await api.query.system.account(bob.address)).data.free.toBigInt();
    await page.click('button[data-claim="0"][data-payout="Liquid"]');
    await page.waitForFunction(() => ['finalized', 'failed'].includes(document.getElementById('tx-status').dataset.state), null, { timeout: 120_000 });
    const status = await text('#tx-status');
    assert.match(status, /^node 0: claimed: paid out [\d,.]+ CXT, vesting [\d,.]+ CXT, compounded 0 CXT$/);
    const paid = planck(/paid out ([\d,.]+ CXT)/.exec(status)[1]);
    const vesting = planck(/vesting ([\d,.]+ CXT)/.exec(status)[1]);
    assert.ok(paid + vesting >= owed - CXT / 10_000n, `claimed ${paid} + ${vesting} of ${owed}`);
    const freeAfter = (await api.query.system.account(bob.address)).data.free.toBigInt();
    assert.ok(freeAfter > freeBefore - CXT, 'Bob was paid (less the fee)');
    await redrawn();
    rows = (await snapshot()).tables.positions;
    assert.ok(planck(rows[0][6]) < owed / 10n, `little left to claim: ${rows[0][6]}`);
    await shoot('account');
  });

  it('names bad input, and a browser without an extension', async () => {
    // The same account as a hex public key: the same stake.
    const hex = `0x${Buffer.from(bob.publicKey).toString('hex')}`;
    await open(`account/${hex}`);
    assert.equal((await snapshot()).facts['account-id'], bob.address);
    assert.deepEqual((await snapshot()).tables.positions.map((r) => r[0]), ['0']);
    // A hash no page has: the overview, and the console keeps working.
    await page.goto(`${url}#/constructor`);
    await page.waitForFunction(() => document.getElementById('page').dataset.route === 'overview');
    await open('nodes');
    await open('account/not-an-address');
    assert.equal(await text('#account-invalid'), 'not-an-address is not an SS58 address.');
    const bare = await browser.newContext();
    const other = await bare.newPage();
    await other.goto(`${url}#/account`);
    await other.waitForFunction(() => document.getElementById('page').dataset.ready === 'true');
    await other.click('#extension-connect');
    await other.waitForFunction(() => /No extension/.test(document.getElementById('extension-status').textContent));
    await bare.close();
    assert.deepEqual(pageErrors, [], 'no script error on any page');
  });
});
