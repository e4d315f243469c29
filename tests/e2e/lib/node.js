// Starts a real `corex-node --dev --tmp` on free ports and connects @polkadot/api to it.
// The node is always killed: by `stop()`, and by process exit/signal handlers as a backstop.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';

const running = new Set();

function killAll() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  running.clear();
}
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    killAll();
    process.exit(130);
  });
}

/** Path of the node binary: $COREX_NODE, else the shared cargo target dir's development build. */
export function nodeBinary() {
  return process.env.COREX_NODE || join(targetDir(), 'development', 'corex-node');
}

/** The `corex` CLI (built with the node by scripts/lib.sh's `build_node`). */
export function cliBinary() {
  return process.env.COREX_CLI || join(targetDir(), 'development', 'corex');
}

/** The `corex-tools` binary (built with the node by scripts/lib.sh's `build_node`). */
export function toolsBinary() {
  return process.env.COREX_TOOLS || join(targetDir(), 'development', 'corex-tools');
}

function targetDir() {
  return process.env.CARGO_TARGET_DIR || join(homedir(), '.cache', 'corex', 'target');
}

/** A TCP port that is free right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts `corex-node --dev --tmp` and returns { api, child, rpcPort, logs(), stop() }.
 * Options: `extraArgs`; `chain` (a spec to follow, no authoring unless `extraArgs` makes it a
 * validator); `devChain` (`demo`); `prometheusPort` (metrics on that port instead of none);
 * `p2pPort` (a fixed P2P port, as a boot node a chain spec names needs; a free one otherwise).
 * Rejects (and kills the node) if it does not serve RPC within `timeoutMs`.
 *
 * The suites run in parallel (package.json), each with nodes of its own: a port taken between
 * `freePort()` and the node binding it makes the node exit, and it is started again on others.
 */
export async function startDevNode(options = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startDevNodeOnce(options);
    } catch (e) {
      if (attempt >= 3 || !/address (already )?in use|os error 98/i.test(e.message)) throw e;
    }
  }
}

async function startDevNodeOnce({ timeoutMs = 120_000, extraArgs = [], chain, devChain, prometheusPort, p2pPort: fixedP2p } = {}) {
  const bin = nodeBinary();
  if (!existsSync(bin)) {
    throw new Error(`corex-node not found at ${bin}; build it with scripts/test.sh or set COREX_NODE`);
  }
  const rpcPort = await freePort();
  const p2pPort = fixedP2p ?? (await freePort());
  const args = [
    // A chain spec instead of the development chain: a node that only serves RPC. `devChain`
    // (`demo`): another development chain, authored by Alice as `--dev` does.
    ...(chain ? ['--chain', chain] : devChain ? ['--dev', '--chain', devChain] : ['--dev']),
    '--tmp',
    '--rpc-port', String(rpcPort),
    '--port', String(p2pPort),
    ...(prometheusPort ? ['--prometheus-port', String(prometheusPort)] : ['--no-prometheus']),
    '--no-telemetry',
    '--no-mdns',
    '--rpc-cors', 'all',
    ...extraArgs,
  ];
  // Own process group, so the whole group can be killed.
  const child = spawn(bin, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const keep = (chunk) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

  const stop = async () => {
    if (!running.has(child)) return;
    running.delete(child);
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 10_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    const deadline = Date.now() + timeoutMs;
    let api;
    while (!api) {
      if (child.exitCode !== null) {
        throw new Error(`corex-node exited early (code ${child.exitCode}):\n${output.slice(-4000)}`);
      }
      if (Date.now() > deadline) throw new Error(`corex-node did not serve RPC in time:\n${output.slice(-4000)}`);
      try {
        const provider = new WsProvider(`ws://127.0.0.1:${rpcPort}`, false);
        await provider.connect();
        await new Promise((resolve, reject) => {
          const t = setTimeout(() => reject(new Error('ws connect timeout')), 2000);
          provider.on('connected', () => {
            clearTimeout(t);
            resolve();
          });
          provider.on('error', () => {
            clearTimeout(t);
            reject(new Error('ws error'));
          });
        });
        api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
      } catch {
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    const fullStop = async () => {
      try {
        await api.disconnect();
      } catch {
        /* ignore */
      }
      await stop();
    };
    return { api, child, rpcPort, logs: () => output, stop: fullStop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Resolves with the first header (best or finalized) whose number reaches `n`. */
export function waitForBlock(api, n, { finalized = false, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    let unsub;
    const timer = setTimeout(() => {
      if (unsub) unsub();
      reject(new Error(`no ${finalized ? 'finalized' : 'best'} block #${n} within ${timeoutMs} ms`));
    }, timeoutMs);
    const subscribe = finalized ? api.rpc.chain.subscribeFinalizedHeads : api.rpc.chain.subscribeNewHeads;
    subscribe((header) => {
      if (header.number.toNumber() >= n) {
        clearTimeout(timer);
        if (unsub) unsub();
        resolve(header);
      }
    }).then((u) => {
      unsub = u;
    }, reject);
  });
}

/**
 * Signs and sends `tx`, resolving when it is in a block:
 * { blockHash, events (of this extrinsic), dispatchError }.
 */
export function sendAndWait(tx, signer, { timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    let unsub;
    const timer = setTimeout(() => {
      if (unsub) unsub();
      reject(new Error('transaction not included in time'));
    }, timeoutMs);
    tx.signAndSend(signer, (result) => {
      const { status, events, dispatchError } = result;
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        clearTimeout(timer);
        if (unsub) unsub();
        reject(new Error(`transaction ${status.type}`));
      } else if (status.isInBlock) {
        clearTimeout(timer);
        if (unsub) unsub();
        resolve({ blockHash: status.asInBlock, events, dispatchError });
      }
    }).then((u) => {
      unsub = u;
    }, (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** `sendAndWait`, failing with the module error's name when the call fails. */
export async function sendOk(api, tx, signer, options) {
  const res = await sendAndWait(tx, signer, options);
  if (res.dispatchError) throw new Error(`${tx.method.section}.${tx.method.method} failed: ${moduleErrorName(api, res.dispatchError)}`);
  return res;
}

/**
 * `sudo.sudo(call)` signed by `sudoer`, failing unless it lands and the call itself succeeds
 * (`Sudid` with `Ok`).
 */
export async function sudoOk(api, sudoer, call) {
  const res = await sendOk(api, api.tx.sudo.sudo(call), sudoer);
  const done = res.events.find(({ event }) => api.events.sudo.Sudid.is(event));
  if (!done) throw new Error('no Sudid event');
  if (!done.event.data[0].isOk) throw new Error(`sudo call failed: ${done.event.data[0].toString()}`);
  return res;
}

export { until } from './wait.cjs';

/** Every event `section.method` of `events` (event records), as events. */
export function eventsOf(events, section, method) {
  return events.filter(({ event }) => event.section === section && event.method === method).map((e) => e.event);
}

/** The first event `section.method` of a transaction's events; throws if there is none. */
export function eventOf(events, section, method) {
  const found = events.find(({ event: e }) => e.section === section && e.method === method);
  if (!found) throw new Error(`no event ${section}.${method}`);
  return found.event;
}

/**
 * Calls a pallet's view function: `callView(api, 'MiningPool', 'release_projection', [5, 600])`,
 * at the best block or at block hash `at`. Arguments and answer are typed by the runtime's v16
 * metadata (the console's code: console/src/views.js).
 */
export { view as callView } from '../../../console/src/views.js';

/** `section.Name` of a module dispatch error; throws when the call did not fail that way. */
export function moduleErrorName(api, dispatchError) {
  if (!dispatchError) throw new Error('the call did not fail');
  if (!dispatchError.isModule) throw new Error(`not a module error: ${dispatchError.toString()}`);
  const { section, name } = api.registry.findMetaError(dispatchError.asModule);
  return `${section}.${name}`;
}

/** The free balance of `who` (bigint), at block hash `at` when given. */
export async function freeBalance(api, who, at) {
  const target = at ? await api.at(at) : api;
  return (await target.query.system.account(who)).data.free.toBigInt();
}
