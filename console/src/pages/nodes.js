// Compute nodes: status, tier, reputation, stake, capacity, uptime, assignments and record.

import { view } from '../chain.js';
import { account, amount, esc, perbill, table, variant } from '../format.js';

/** At most this many nodes are listed (the lowest ids). */
const LIMIT = 200;

export function layout() {
  return `<h2>Compute nodes</h2>
    <p class="hint">Reputation runs from 0 to 1,000; stake is the self-bond plus delegations
    counted this epoch; uptime is the share of the last 32 epochs with a heartbeat.</p>
    <div id="nodes-table"></div>`;
}

export async function refresh(root, { api, at, hash, token }) {
  const ids = (await at.query.nodeStaking.nodes.keys())
    .map((key) => key.args[0].toNumber())
    .sort((a, b) => a - b)
    .slice(0, LIMIT);
  const rows = await Promise.all(
    ids.map(async (id) => {
      const [state, profile, assignments] = await Promise.all([
        view(api, 'NodeStaking', 'node_state', [id], hash),
        view(api, 'Computations', 'node_profile', [id], hash),
        view(api, 'Computations', 'assignments_of', [id], hash),
      ]);
      if (state.isNone) return null;
      const s = state.unwrap();
      const p = profile.unwrapOr(null);
      const stake = s.selfBond.toBigInt() + s.delegated.toBigInt();
      return [
        `<a href="#/account/${esc(s.operator.toString())}">${id}</a>`,
        account(s.operator),
        esc(variant(s.deviceClass)),
        `<span class="status status-${esc(variant(s.status)).toLowerCase()}">${esc(variant(s.status))}</span>`,
        String(s.tier.toNumber()),
        String(s.reputation.toNumber()),
        amount(stake, token, 0),
        `${s.activeCapacity.toNumber().toLocaleString('en-US')} / ${s.declaredCapacity.toNumber().toLocaleString('en-US')}`,
        p && p.uptime.isSome ? perbill(p.uptime.unwrap()) : '—',
        String(assignments.length),
        p ? `${p.record.verdictsWon.toNumber()} / ${p.record.verdictsLost.toNumber()}` : '—',
        p ? amount(p.record.slashed, token, 2) : '—',
      ];
    }),
  );
  root.querySelector('#nodes-table').innerHTML = table(
    'nodes',
    ['Node', 'Operator', 'Device', 'Status', 'Tier', 'Reputation', 'Stake', 'Capacity (active / declared CU)', 'Uptime', 'Assignments', 'Verdicts won / lost', 'Slashed'],
    rows.filter(Boolean),
    'No compute node is registered.',
  );
}
