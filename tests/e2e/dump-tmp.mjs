import { ApiPromise, WsProvider } from '@polkadot/api';
const api = await ApiPromise.create({ provider: new WsProvider('ws://127.0.0.1:9955'), noInitWarn: true });
const best = (await api.rpc.chain.getHeader()).number.toNumber();
for (let n = Number(process.argv[2]); n <= Math.min(best, Number(process.argv[3])); n++) {
  const h = await api.rpc.chain.getBlockHash(n);
  const evs = await (await api.at(h)).query.system.events();
  for (const { event } of evs) {
    if (['computations','proofs','nodeStaking'].includes(event.section) || event.method === 'ExtrinsicFailed')
      console.log(n, event.section + '.' + event.method, JSON.stringify(event.data.toHuman()).slice(0, 200));
  }
}
process.exit(0);
