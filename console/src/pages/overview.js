// The network at a glance: chain, blocks, finality, validators, epoch, nodes, queue, pool.

import { view } from '../chain.js';
import { account, amount, esc } from '../format.js';

export function layout() {
  return `<h2>Network</h2>
    <dl class="facts" id="overview"></dl>
    <h3>Validators</h3>
    <ol id="validators" class="accounts"></ol>`;
}

function fact(id, label, value) {
  return `<dt>${esc(label)}</dt><dd id="overview-${id}">${value}</dd>`;
}

export async function refresh(root, { api, at, hash, token }) {
  const [chain, health, best, finalizedHash, validators, epoch, length, nodes, offered, queue, jobs, issuance] =
    await Promise.all([
      api.rpc.system.chain(),
      api.rpc.system.health(),
      api.rpc.chain.getHeader(hash),
      api.rpc.chain.getFinalizedHead(),
      at.query.session.validators(),
      at.query.nodeStaking.currentEpoch(),
      view(api, 'NodeStaking', 'epoch_length', [], hash),
      at.query.nodeStaking.counterForNodes(),
      at.query.computations.offeredCount(),
      view(api, 'Computations', 'queue_head', [100], hash),
      at.query.computations.runningJobCount(),
      at.query.balances.totalIssuance(),
    ]);
  const finalized = await api.rpc.chain.getHeader(finalizedHash);
  const poolAccount = api.consts.miningPool.poolAccount;
  const pool = (await at.query.system.account(poolAccount)).data.free;
  const number = (n) => `#${n.toNumber().toLocaleString('en-US')}`;
  root.querySelector('#overview').innerHTML = [
    fact('chain', 'Chain', `${esc(chain.toString())} (runtime ${esc(api.runtimeVersion.specName.toString())} v${api.runtimeVersion.specVersion.toNumber()})`),
    fact('best', 'Best block', number(best.number)),
    fact('finalized', 'Finalized block', `${number(finalized.number)} (${best.number.toNumber() - finalized.number.toNumber()} behind)`),
    fact('peers', 'Peers', `${health.peers.toNumber()}${health.isSyncing.isTrue ? ', syncing' : ''}`),
    fact('validators', 'Validators', String(validators.length)),
    fact('epoch', 'Epoch', `${epoch.index.toNumber()} (from block #${epoch.start.toNumber()}, ${length.toNumber()} blocks each)`),
    fact('nodes', 'Compute nodes', `${nodes.toNumber()} registered, ${offered.toNumber()} offered to the queue`),
    fact('queue', 'Queue', `${queue.length}${queue.length >= 100 ? '+' : ''} waiting; ${jobs.toNumber()} training job(s) running`),
    fact('pool', 'Mining pool', `${amount(pool, token, 0)} of ${amount(issuance, token, 0)} issued`),
  ].join('');
  root.querySelector('#validators').innerHTML = validators.map((v) => `<li>${account(v)}</li>`).join('');
}
