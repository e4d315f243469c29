// An account: its balance, its stake on nodes, the rewards it can claim, and claiming them,
// signed by the polkadot.js browser extension (or any extension that injects the same way).

import { web3Accounts, web3Enable, web3FromAddress } from '@polkadot/extension-dapp';
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import { tokenOf, view } from '../chain.js';
import { amount, esc, table, variant } from '../format.js';

const APP = 'Corex console';

export function layout({ args }) {
  return `<h2>Account</h2>
    <form id="account-form" class="row">
      <label for="account-address">Address</label>
      <input id="account-address" name="address" size="52" placeholder="5Grw… (SS58)" value="${esc(args[0] ?? '')}">
      <button type="submit">Show</button>
    </form>
    <div id="extension" class="row">
      <button type="button" id="extension-connect">Connect the polkadot.js extension</button>
      <select id="extension-accounts" hidden></select>
      <span id="extension-status"></span>
    </div>
    <div id="account-body"></div>
    <p id="tx-status" role="status"></p>`;
}

/** Extension accounts, once the user allowed the console to see them. */
let injected = null;

function signable(address) {
  return Boolean(injected?.some((a) => a.address === address));
}

export function mount(root, { api, args }) {
  root.querySelector('#account-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const address = root.querySelector('#account-address').value.trim();
    location.hash = `#/account/${encodeURIComponent(address)}`;
  });
  const select = root.querySelector('#extension-accounts');
  const status = root.querySelector('#extension-status');
  const showAccounts = () => {
    select.innerHTML = '<option value="">Choose an account…</option>' + injected
      .map((a) => `<option value="${esc(a.address)}">${esc(a.meta.name ?? a.address)} (${esc(a.address.slice(0, 8))}…)</option>`)
      .join('');
    select.hidden = false;
    select.value = signable(args[0]) ? args[0] : '';
    status.textContent = `${injected.length} account(s) from the extension`;
  };
  if (injected) showAccounts();
  root.querySelector('#extension-connect').addEventListener('click', async () => {
    status.textContent = 'asking the extension…';
    const extensions = await web3Enable(APP);
    if (!extensions.length) {
      status.textContent = 'No extension answered: install the polkadot.js extension and allow this page.';
      return;
    }
    injected = await web3Accounts({ ss58Format: api.registry.chainSS58 });
    showAccounts();
    document.dispatchEvent(new Event('corex:refresh'));
  });
  select.addEventListener('change', () => {
    if (select.value) location.hash = `#/account/${encodeURIComponent(select.value)}`;
  });
  root.querySelector('#account-body').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-claim]');
    if (button) claim(root, api, button.dataset.account, Number(button.dataset.claim), button.dataset.payout);
  });
}

/** The text of a failed dispatch: `Pallet.Error: its documentation`. */
function dispatchError(api, error) {
  if (error.isModule) {
    const meta = api.registry.findMetaError(error.asModule);
    return `${meta.section}.${meta.name}: ${meta.docs.join(' ')}`;
  }
  return error.toString();
}

async function claim(root, api, address, node, payout) {
  const status = root.querySelector('#tx-status');
  const say = (state, text) => {
    status.dataset.state = state;
    status.textContent = text;
  };
  try {
    const { signer } = await web3FromAddress(address);
    say('signing', `node ${node}: waiting for the extension to sign…`);
    const unsubscribe = await api.tx.nodeStaking
      .claimRewards(node, payout)
      .signAndSend(address, { signer }, ({ status: tx, events, dispatchError: failed }) => {
        if (failed) {
          say('failed', `node ${node}: the claim failed: ${dispatchError(api, failed)}`);
          unsubscribe();
        } else if (tx.isInBlock) {
          say('in-block', `node ${node}: claim in block ${tx.asInBlock.toHex().slice(0, 10)}…, waiting for finality`);
        } else if (tx.isFinalized) {
          const claimed = events.find(({ event }) => api.events.nodeStaking.RewardsClaimed.is(event));
          const token = tokenOf(api);
          const text = claimed
            ? `paid out ${amount(claimed.event.data.liquid, token)}, vesting ${amount(claimed.event.data.vested, token)}, compounded ${amount(claimed.event.data.compounded, token)}`
            : 'finalized';
          say('finalized', `node ${node}: claimed: ${text}`);
          unsubscribe();
          document.dispatchEvent(new Event('corex:refresh'));
        } else if (tx.isInvalid || tx.isDropped || tx.isUsurped) {
          say('failed', `node ${node}: the transaction was ${tx.type.toLowerCase()}`);
          unsubscribe();
        }
      });
  } catch (error) {
    say('failed', `node ${node}: ${error.message}`);
  }
}

export async function refresh(root, { api, at, hash, token, args }) {
  const body = root.querySelector('#account-body');
  if (!args[0]) {
    body.innerHTML = '<p class="empty" id="account-none">Give an address, or connect the extension and choose an account.</p>';
    return;
  }
  // Any SS58 prefix or a hex public key, written as this chain writes addresses.
  let address;
  try {
    address = encodeAddress(decodeAddress(args[0]), api.registry.chainSS58);
  } catch {
    body.innerHTML = `<p class="error" id="account-invalid">${esc(args[0])} is not an SS58 address.</p>`;
    return;
  }
  const [info, positions, nodes] = await Promise.all([
    at.query.system.account(address),
    at.query.nodeStaking.positions.entries(),
    at.query.nodeStaking.nodes.entries(),
  ]);
  const mine = positions
    .filter(([key]) => key.args[1].toString() === address)
    .map(([key, position]) => [key.args[0].toNumber(), position.unwrap()])
    .sort(([a], [b]) => a - b);
  const operated = nodes
    .filter(([, node]) => node.unwrap().operator.toString() === address)
    .map(([key]) => key.args[0].toNumber());
  const claimable = await Promise.all(mine.map(([node]) => view(api, 'NodeStaking', 'pending_rewards', [node, address], hash)));
  const total = claimable.reduce((sum, c) => sum + c.toBigInt(), 0n);
  const canSign = signable(address);

  const rows = mine.map(([node, p], i) => [
    String(node),
    esc(variant(p.kind)),
    amount(p.active, token, 2),
    p.pending.isZero() ? '—' : `${amount(p.pending, token, 2)} from epoch ${p.pendingEpoch.toNumber()}`,
    `${p.multiplierPercent.toNumber()} %`,
    p.lockedUntil.toNumber() ? `#${p.lockedUntil.toNumber()}` : '—',
    `<span class="claimable">${amount(claimable[i], token, 6)}</span>`,
    claimable[i].isZero()
      ? ''
      : `<button type="button" data-claim="${node}" data-payout="Liquid" data-account="${esc(address)}" ${canSign ? '' : 'disabled title="Connect the extension holding this account to claim"'}>Claim</button>
         <button type="button" data-claim="${node}" data-payout="Compound" data-account="${esc(address)}" ${canSign ? '' : 'disabled'}>Compound</button>`,
  ]);

  body.innerHTML = `<dl class="facts" id="account">
      <dt>Address</dt><dd id="account-id"><code>${esc(address)}</code></dd>
      <dt>Free</dt><dd id="account-free">${amount(info.data.free, token, 4)}</dd>
      <dt>Held and reserved</dt><dd id="account-reserved">${amount(info.data.reserved, token, 4)}</dd>
      <dt>Frozen</dt><dd id="account-frozen">${amount(info.data.frozen, token, 4)}</dd>
      <dt>Operates nodes</dt><dd id="account-operates">${operated.length ? operated.map((n) => `<a href="#/nodes">${n}</a>`).join(', ') : 'none'}</dd>
      <dt>Claimable rewards</dt><dd id="account-claimable">${amount(total, token, 6)}</dd>
    </dl>
    <h3>Stake and rewards by node</h3>
    ${table('positions', ['Node', 'Kind', 'Counted stake', 'Pending stake', 'Reward weight', 'Locked until', 'Claimable', ''], rows, 'No stake on any node.')}
    ${canSign || !mine.length ? '' : '<p class="hint" id="account-sign-hint">To claim, connect the extension that holds this account.</p>'}`;
}
