// The console's link to a Corex node: the connection, the runtime's view functions (views.js),
// and the units the chain counts in. Everything is decoded by @polkadot/api from the runtime's
// own metadata (v16): no type is written out by hand here.

import { ApiPromise, WsProvider } from '@polkadot/api';

/** Connects to `url`; `onState(text)` hears of (re)connections and errors. */
export async function connect(url, onState = () => {}) {
  const provider = new WsProvider(url, 2500);
  provider.on('connected', () => onState('connected'));
  provider.on('disconnected', () => onState('disconnected'));
  provider.on('error', () => onState('error'));
  const api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: false });
  await api.isReady;
  return api;
}

export { view } from './views.js';

/** Units of the chain's token: `{ decimals, symbol }`. */
export function tokenOf(api) {
  return {
    decimals: api.registry.chainDecimals[0] ?? 12,
    symbol: api.registry.chainTokens[0] ?? 'CXT',
  };
}
