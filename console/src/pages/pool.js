// The mining pool: its balance, the open epoch, what closing it would release, and the release
// curve (the free pool after each coming epoch, if nothing flows back), from the runtime's own
// rule (`MiningPool.release_projection`).

import { view } from '../chain.js';
import { lineChart } from '../charts.js';
import { amount, esc, perbill, table, tokens } from '../format.js';

/** Epochs the curve spans (the view's limit). */
const EPOCHS = 520;
/** Epochs whose projected balance the table lists. */
const MARKS = [1, 10, 52, 104, 260, 520];

export function layout() {
  return `<h2>Mining pool</h2>
    <dl class="facts" id="pool"></dl>
    <h3>Release curve</h3>
    <p class="hint" id="pool-curve-note"></p>
    <div class="chart"><canvas id="pool-chart" aria-label="Projected free pool per epoch"></canvas></div>
    <div id="pool-marks"></div>`;
}

export async function refresh(root, { api, at, hash, token }) {
  const poolAccount = api.consts.miningPool.poolAccount;
  const [balance, claimable, issuance, open, projected, length] = await Promise.all([
    at.query.system.account(poolAccount),
    at.query.miningPool.claimable(),
    at.query.balances.totalIssuance(),
    view(api, 'MiningPool', 'open_epoch', [], hash),
    view(api, 'MiningPool', 'projected_budget', [], hash),
    view(api, 'NodeStaking', 'epoch_length', [], hash),
  ]);
  const blocks = length.toNumber();
  const curve = await view(api, 'MiningPool', 'release_projection', [EPOCHS, blocks], hash);
  const [compute, training, share] = projected;
  // The free pool: the balance less budgets released and not yet claimed.
  const free = balance.data.free.toBigInt() - claimable.toBigInt();

  root.querySelector('#pool').innerHTML = [
    ['balance', 'Pool balance', amount(balance.data.free, token, 2)],
    ['claimable', 'Released, not yet claimed', amount(claimable, token, 4)],
    ['free', 'Free pool', amount(free, token, 2)],
    ['account', 'Pool account', `<code>${esc(poolAccount.toString())}</code>`],
    ['issuance', 'Total issuance', amount(issuance, token, 0)],
    ['epoch', 'Open epoch', `${open.index.toNumber()}, from block #${open.start.toNumber()} (${blocks} blocks)`],
    ['free-at-start', 'Free pool when it opened', amount(open.freeAtStart, token, 2)],
    ['work', 'Work recorded', `${open.nodes.toNumber()} node(s); ${open.demand.toNumber().toLocaleString('en-US')} CU ordered, ${open.capacity.toNumber().toLocaleString('en-US')} CU of capacity`],
    ['backing', 'Fees backing it', amount(open.backing, token, 4)],
    ['projected', 'Closing it now would release', `${amount(compute.toBigInt() + training.toBigInt(), token, 4)} (${amount(compute, token, 4)} for compute, ${amount(training, token, 4)} for training; compute share ${perbill(share)})`],
  ]
    .map(([key, label, value]) => `<dt>${label}</dt><dd id="pool-${key}">${value}</dd>`)
    .join('');

  root.querySelector('#pool-curve-note').textContent =
    `The free pool after each of the next ${curve.length} epochs of ${blocks} blocks at the chain's release rule, if no fee or slash flows back.`;
  lineChart(root.querySelector('#pool-chart'), {
    title: 'Projected free pool',
    labels: ['0'].concat(curve.map((_, i) => String(i + 1))),
    series: [{ label: `Free pool (${token.symbol})`, data: [tokens(free, token)].concat(curve.map((b) => Number(tokens(b, token).toFixed(2)))) }],
    axes: { x: 'Epochs from now', y: `Free pool (${token.symbol})` },
  });
  root.querySelector('#pool-marks').innerHTML = table(
    'pool-curve',
    ['After epochs', 'Free pool', 'Released'],
    MARKS.filter((m) => m <= curve.length).map((m) => [
      String(m),
      amount(curve[m - 1], token, 2),
      amount(free - curve[m - 1].toBigInt(), token, 2),
    ]),
  );
}
