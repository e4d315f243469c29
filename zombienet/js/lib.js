// Helpers shared by the zombienet js-scripts (CommonJS: zombienet loads them with require).
// The polkadot.js classes come from zombienet's own @polkadot/api, through `global.zombie`.

/** A JSON-RPC call over HTTP to a node's RPC port (ws://host:port serves HTTP too). */
async function rpc(wsUri, method, params = []) {
  const url = wsUri.replace(/^ws/, 'http');
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 1, jsonrpc: '2.0', method, params }),
    signal: AbortSignal.timeout(3000),
  });
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.result;
}

/** Best and finalized block numbers of a node. */
async function heights(wsUri) {
  const best = parseInt((await rpc(wsUri, 'chain_getHeader')).number, 16);
  const hash = await rpc(wsUri, 'chain_getFinalizedHead');
  const finalized = parseInt((await rpc(wsUri, 'chain_getHeader', [hash])).number, 16);
  return { best, finalized };
}

// Polls a condition every second (shared with the end-to-end suites).
const { until } = require('../../tests/e2e/lib/wait.cjs');

/** Signs and sends `tx`, resolving with its events once in a block; throws on a dispatch error. */
function send(api, tx, signer) {
  return new Promise((resolve, reject) => {
    let unsub;
    tx.signAndSend(signer, ({ status, events, dispatchError }) => {
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        if (unsub) unsub();
        reject(new Error(`transaction ${status.type}`));
      } else if (status.isInBlock) {
        if (unsub) unsub();
        if (dispatchError) {
          const why = dispatchError.isModule
            ? (({ section, name }) => `${section}.${name}`)(api.registry.findMetaError(dispatchError.asModule))
            : dispatchError.toString();
          reject(new Error(`${tx.method.section}.${tx.method.method} failed: ${why}`));
        } else {
          resolve(events);
        }
      }
    }).then((u) => { unsub = u; }, reject);
  });
}

/** The data of the first event `section.method` in `events`. */
function eventData(events, section, method) {
  const found = events.find(({ event }) => event.section === section && event.method === method);
  if (!found) throw new Error(`no ${section}.${method} event`);
  return found.event.data;
}

module.exports = { rpc, heights, until, send, eventData };
