// Training jobs: the list, and one job's rounds with its accuracy and loss chart.
//
// The chain verifies each round's validation loss; the accuracy is computed here, from the
// round's model and the job's held-out shard as the content gateway serves them (checked
// against their content ids).

import { view } from '../chain.js';
import { lineChart } from '../charts.js';
import { cidText } from '../content.js';
import { TypeRegistry } from '@polkadot/types';
import { accuracy, digitsCodec } from '../digits.js';
import { account, amount, esc, q16, table, variant } from '../format.js';

const { decodeModel, decodeShard } = digitsCodec(TypeRegistry);

export function layout({ args }) {
  if (args[0] === undefined) {
    return `<h2>Training jobs</h2><div id="jobs-table"></div>`;
  }
  return `<h2>Training job <span id="job-id">${esc(args[0])}</span></h2>
    <p><a href="#/jobs">All jobs</a></p>
    <dl class="facts" id="job"></dl>
    <div class="chart"><canvas id="job-chart" aria-label="Validation accuracy and loss per round"></canvas></div>
    <p class="hint" id="job-accuracy-note"></p>
    <div id="rounds-table"></div>`;
}

export async function refresh(root, ctx) {
  if (ctx.args[0] === undefined) return list(root, ctx);
  return detail(root, ctx, Number(ctx.args[0]));
}

async function list(root, { at, token }) {
  const entries = await at.query.computations.jobs.entries();
  const rows = entries
    .map(([key, job]) => [key.args[0].toNumber(), job.unwrap()])
    .sort(([a], [b]) => b - a)
    .map(([id, job]) => [
      `<a href="#/jobs/${id}">${id}</a>`,
      account(job.owner),
      esc(variant(job.status)),
      `${job.round.toNumber()} / ${job.rounds.toNumber()}`,
      String(job.shards.length),
      String(job.redundancy.toNumber()),
      amount(job.feePerCu, token, 6),
    ]);
  root.querySelector('#jobs-table').innerHTML = table(
    'jobs',
    ['Job', 'Owner', 'Status', 'Round', 'Shards', 'Nodes per fragment', 'Fee per CU'],
    rows,
    'No training job yet.',
  );
}

/** Validation accuracy in percent of the model `modelId`, or null when it cannot be had. */
async function scored(gateway, modelId, samples) {
  if (!samples) return null;
  try {
    return 100 * accuracy(decodeModel(await gateway.fetch(modelId)), samples);
  } catch {
    return null;
  }
}

async function detail(root, { api, at, hash, token, gateway, config }, id) {
  const [record, progress] = await Promise.all([
    at.query.computations.jobs(id),
    view(api, 'Computations', 'job_progress', [id], hash),
  ]);
  if (record.isNone || progress.isNone) {
    root.querySelector('#job').innerHTML = `<dt>Job</dt><dd id="job-missing">There is no training job ${id}.</dd>`;
    return;
  }
  const job = record.unwrap();
  const p = progress.unwrap();
  const definition = (await at.query.computations.definitions(job.definition)).unwrap();
  const samples = await gateway
    .fetch(job.validation.cid)
    .then(decodeShard)
    .catch(() => null);

  const rounds = [{ round: 0, model: definition.spec, loss: null }].concat(
    p.history.map((r, i) => ({ round: i + 1, model: r.model, loss: q16(r.validationLoss) })),
  );
  const accuracies = await Promise.all(rounds.map((r) => scored(gateway, r.model, samples)));

  root.querySelector('#job').innerHTML = [
    ['status', 'Status', esc(variant(p.status))],
    ['round', 'Round', `${p.round.toNumber()} of ${p.rounds.toNumber()} (${p.pending.toNumber()} fragment(s) of the running round unverified)`],
    ['owner', 'Owner', account(job.owner)],
    ['shards', 'Shards', `${job.shards.length}, each computed by ${job.redundancy.toNumber()} nodes`],
    ['model', 'Current model', `<code>${esc(cidText(p.model))}</code>`],
    ['reserved', 'Escrow reserved', amount(p.reserved, token, 4)],
  ]
    .map(([key, label, value]) => `<dt>${label}</dt><dd id="job-${key}">${value}</dd>`)
    .join('');

  root.querySelector('#job-accuracy-note').textContent = samples
    ? `Accuracy is measured here on the job's held-out shard (${samples.length} samples), read from ${config.gateway}.`
    : `The held-out shard cannot be read from ${config.gateway}: accuracy is not shown.`;

  lineChart(root.querySelector('#job-chart'), {
    title: `Job ${id}: validation accuracy and loss per round`,
    labels: rounds.map((r) => String(r.round)),
    series: [
      { label: 'Validation accuracy (%)', data: accuracies.map((a) => (a === null ? null : Number(a.toFixed(2)))), axis: 'y' },
      { label: 'Validation loss (verified on chain)', data: rounds.map((r) => (r.loss === null ? null : Number(r.loss.toFixed(4)))), axis: 'y2' },
    ],
    axes: { x: 'Round', y: 'Validation accuracy (%)', y2: 'Validation loss (cross-entropy)' },
  });

  root.querySelector('#rounds-table').innerHTML = table(
    'rounds',
    ['Round', 'Validation loss', 'Validation accuracy', 'Model'],
    rounds.map((r, i) => [
      r.round === 0 ? '0 (initial)' : String(r.round),
      r.loss === null ? '—' : r.loss.toFixed(4),
      accuracies[i] === null ? '—' : `${accuracies[i].toFixed(1)} %`,
      `<code>${esc(cidText(r.model))}</code>`,
    ]),
  );
}
