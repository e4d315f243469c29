// `scripts/start.sh`, the main job, as a new user runs it (its build skipped: the suite built the
// binaries): with no further command, the demo chain's compute nodes train a model on the digits
// and the terminal shows each verified round within 3 minutes of the node starting; Ctrl-C
// (SIGINT to the foreground process group, as a terminal sends it) stops everything it started.

import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../lib/node.js';
import { ROOT } from '../lib/chain.js';

/** Whether something accepts connections on `port`. */
const listening = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('scripts/start.sh', () => {
  const data = mkdtempSync(join(tmpdir(), 'corex-start-'));
  let child;

  after(() => {
    if (child && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    rmSync(data, { recursive: true, force: true });
  });

  it('shows the demo job\'s verified rounds within 3 minutes, and Ctrl-C stops everything', { timeout: 600_000 }, async () => {
    const [rpc, gateway, p2p, consolePort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    child = spawn('bash', [join(ROOT, 'scripts', 'start.sh'), '--port', String(p2p), '--no-prometheus', '--no-telemetry', '--no-mdns'], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, COREX_SKIP_BUILD: '1', COREX_DATA: data, RPC_PORT: String(rpc), GATEWAY_PORT: String(gateway), CONSOLE_PORT: String(consolePort), DEMO_ROUNDS: '3' },
    });
    let output = '';
    let nodeStarted;
    const seen = [];
    const waiters = [];
    const onData = (chunk) => {
      output += chunk.toString();
      if (!nodeStarted && output.includes('corex-node started')) nodeStarted = Date.now();
      for (const w of [...waiters]) {
        if (w.pattern.test(output)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(Date.now());
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const waitFor = (pattern, ms) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${ms} ms; output:\n${output}`)), ms);
        waiters.push({ pattern, resolve: (t) => { clearTimeout(timer); resolve(t); } });
        onData('');
      });

    await waitFor(/corex-node started/, 60_000);
    const round1 = await waitFor(/round 1: validation loss +\d/, 240_000);
    seen.push(round1 - nodeStarted);
    assert.ok(round1 - nodeStarted < 180_000, `round 1 verified ${round1 - nodeStarted} ms after the node started`);
    // The terminal showed the links, the network, and the round's figures.
    assert.match(output, /polkadot\.js apps: https:\/\/polkadot\.js\.org\/apps\/\?rpc=ws%3A%2F%2F127\.0\.0\.1%3A\d+/);
    assert.match(output, /nodes: +3 registered, 3 offered to the queue/);
    assert.match(output, /initial: validation loss +—, accuracy +\d+\.\d %/);
    assert.match(output, /round 1: validation loss +\d+\.\d+, accuracy +\d+\.\d %.* · \d+ fragments verified · fees paid to nodes [\d.,]+ CXT · pool rewards [\d.,]+ CXT · pool [\d.,]+ CXT/);
    assert.equal(await listening(rpc), true, 'the node serves RPC');
    assert.equal(await listening(gateway), true, 'the gateway serves');
    // The web console, linked, serves its page and points it at this node and gateway.
    assert.match(output, new RegExp(`web console: http://127\\.0\\.0\\.1:${consolePort}/`));
    const page = await fetch(`http://127.0.0.1:${consolePort}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>Corex console<\/title>/);
    const config = await (await fetch(`http://127.0.0.1:${consolePort}/config.json`)).json();
    assert.deepEqual(config, { rpc: `ws://127.0.0.1:${rpc}`, gateway: `http://127.0.0.1:${gateway}` });

    // Ctrl-C.
    process.kill(-child.pid, 'SIGINT');
    const { code, signal } = await exited;
    assert.ok(code === 130 || signal === 'SIGINT', `start.sh ended by the interrupt (code ${code}, signal ${signal})`);
    assert.match(output, /\[start\.sh\].* stopped/);
    assert.equal(await listening(rpc), false, 'the node is stopped');
    assert.equal(await listening(gateway), false, 'the gateway is stopped');
    assert.equal(await listening(consolePort), false, 'the console is stopped');
  });
});
