// The Corex console: a single page over a node's RPC. Pages are picked by the location's hash
// (`#/nodes`, `#/jobs/3`); the current page is redrawn at each new block, all of it from the
// state of that one block.
//
// Where to connect comes from `config.json` beside the page (`corex console` writes it), and
// the query string overrides it: `?rpc=ws://host:9944&gateway=http://host:8089`.

import { connect, tokenOf } from './chain.js';
import { Gateway } from './content.js';
import * as account from './pages/account.js';
import * as jobs from './pages/jobs.js';
import * as nodes from './pages/nodes.js';
import * as overview from './pages/overview.js';
import * as pool from './pages/pool.js';
import * as queue from './pages/queue.js';

const PAGES = { overview, nodes, queue, jobs, pool, account };
const DEFAULTS = { rpc: 'ws://127.0.0.1:9944', gateway: 'http://127.0.0.1:8089' };

async function loadConfig() {
  let config = { ...DEFAULTS };
  try {
    const response = await fetch('config.json', { cache: 'no-store' });
    if (response.ok) config = { ...config, ...(await response.json()) };
  } catch {
    // Served without a config: the defaults (a local dev node and gateway).
  }
  const query = new URLSearchParams(location.search);
  for (const key of Object.keys(DEFAULTS)) if (query.get(key)) config[key] = query.get(key);
  return config;
}

/** `#/jobs/3` → `{ page: 'jobs', args: ['3'] }`; anything else → the overview. */
function route() {
  const [page, ...args] = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (!Object.hasOwn(PAGES, page ?? '')) return { page: 'overview', args: [] };
  try {
    return { page, args: args.map(decodeURIComponent) };
  } catch {
    return { page, args };
  }
}

function setState(state, text) {
  const el = document.getElementById('connection');
  el.dataset.state = state;
  el.textContent = text;
}

async function main() {
  const config = await loadConfig();
  setState('connecting', `connecting to ${config.rpc}…`);
  const api = await connect(config.rpc, (state) => {
    if (state === 'connected') setState('connected', `connected to ${config.rpc}`);
    else setState(state, `${state}: ${config.rpc} (retrying)`);
  });
  setState('connected', `connected to ${config.rpc}`);
  const ctx = { api, config, token: tokenOf(api), gateway: new Gateway(config.gateway) };
  const root = document.getElementById('page');

  let current = null;
  let drawing = null;
  let again = false;
  const draw = async () => {
    if (drawing) {
      again = true;
      return drawing;
    }
    const { page, args } = route();
    drawing = (async () => {
      // Settles only after `drawing` holds it, whatever the page does.
      await null;
      try {
        if (current?.page !== page || current.args.join('/') !== args.join('/')) {
          current = { page, args };
          for (const a of document.querySelectorAll('nav a')) {
            a.classList.toggle('active', a.getAttribute('href') === `#/${page}`);
          }
          root.dataset.page = page;
          root.dataset.ready = 'false';
          root.innerHTML = PAGES[page].layout({ ...ctx, args });
          await PAGES[page].mount?.(root, { ...ctx, args });
        }
        // Every figure of a page comes from one block: the best one now.
        const hash = await api.rpc.chain.getBlockHash();
        const at = await api.at(hash);
        await PAGES[page].refresh(root, { ...ctx, args, hash, at });
        root.dataset.ready = 'true';
        root.dataset.hash = hash.toHex();
        // What was drawn, and from which block: for readers such as tests.
        root.dataset.route = [page, ...args].join('/');
        root.dataset.updated = String(Date.now());
        document.getElementById('page-error').hidden = true;
      } catch (error) {
        const box = document.getElementById('page-error');
        box.hidden = false;
        box.textContent = `Could not read the chain: ${error.message}`;
        console.error(error);
      } finally {
        drawing = null;
      }
    })();
    await drawing;
    if (again) {
      again = false;
      await draw();
    }
  };

  window.addEventListener('hashchange', draw);
  document.addEventListener('corex:refresh', draw);
  await api.rpc.chain.subscribeNewHeads((header) => {
    document.getElementById('head').textContent = `#${header.number.toNumber().toLocaleString('en-US')}`;
    draw();
  });
}

main().catch((error) => {
  setState('error', `cannot connect: ${error.message}`);
  console.error(error);
});
