// The computation queue: what waits for nodes (in the queue, or deferred after no node could
// take it), and the open computations being worked on.

import { view } from '../chain.js';
import { account, amount, esc, table, variant } from '../format.js';

/** Computations listed per table. */
const LIMIT = 50;

export function layout() {
  return `<h2>Computation queue</h2>
    <h3>Waiting for nodes</h3><div id="queue-waiting"></div>
    <h3>Deferred</h3>
    <p class="hint">No node could take them at their last attempt (all busy, or none eligible):
    they return to the queue after the retry delay.</p>
    <div id="queue-deferred"></div>
    <h3>Open computations</h3>
    <p class="hint">Assigned, committing, revealing or disputed; a computation leaves the chain's
    state once it is paid.</p>
    <div id="queue-open"></div>`;
}

function fragment(f) {
  if (f.isNone) return '—';
  const [job, round, part] = f.unwrap();
  const shard = part.toNumber() === 0xffff ? 'aggregation' : `shard ${part.toNumber()}`;
  return `<a href="#/jobs/${job.toNumber()}">job ${job.toNumber()}</a>, round ${round.toNumber() + 1}, ${shard}`;
}

async function rows(api, hash, token, ids) {
  const views = await Promise.all(ids.map((id) => view(api, 'Computations', 'computation_status', [id], hash)));
  return views
    .map((v, i) => [ids[i], v])
    .filter(([, v]) => v.isSome)
    .map(([id, v]) => {
      const c = v.unwrap();
      const committed = c.nodes.filter(([, , done]) => done.isTrue).length;
      return [
        String(id),
        account(c.owner),
        esc(variant(c.kind)),
        esc(variant(c.status)),
        c.nodes.length ? `${c.nodes.map(([n]) => n.toNumber()).join(', ')} (${committed} committed)` : '—',
        amount(c.escrow, token, 4),
        `#${c.deadline.toNumber()}`,
        fragment(c.fragment),
      ];
    });
}

const HEADERS = ['Id', 'Owner', 'Kernel', 'Status', 'Nodes', 'Escrow', 'Deadline', 'Training fragment'];

export async function refresh(root, { api, at, hash, token }) {
  const waiting = (await view(api, 'Computations', 'queue_head', [LIMIT], hash)).map((id) => id.toNumber());
  const deferred = (await at.query.computations.deferred.keys())
    .map((key) => key.args[0].toNumber())
    .sort((a, b) => a - b)
    .slice(0, LIMIT);
  const open = (await at.query.computations.computations.keys())
    .map((key) => key.args[0].toNumber())
    .sort((a, b) => b - a)
    .slice(0, LIMIT);
  const [waitingRows, deferredRows, openRows] = await Promise.all(
    [waiting, deferred, open].map((ids) => rows(api, hash, token, ids)),
  );
  // All three at once: the page never shows two blocks.
  root.querySelector('#queue-waiting').innerHTML = table('queue', HEADERS, waitingRows, 'The queue is empty.');
  root.querySelector('#queue-deferred').innerHTML = table('deferred', HEADERS, deferredRows, 'None.');
  root.querySelector('#queue-open').innerHTML = table('computations', HEADERS, openRows, 'No computation is open.');
}
