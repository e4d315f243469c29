// Starts watching, every 2 s, the finalized height seen by this node and whether the node named
// in args[0] answers RPC. `finalized-while-down.js` reads what was seen. The watcher lives in
// the zombienet process, across the `restart` step that kills the watched node.
const { heights, rpc } = require('./lib.js');

async function run(nodeName, networkInfo, args) {
  const observer = networkInfo.nodesByName[nodeName].wsUri;
  const watched = networkInfo.nodesByName[args[0]].wsUri;
  const samples = [];
  const timer = setInterval(async () => {
    const up = await rpc(watched, 'system_health').then(() => true, () => false);
    try {
      samples.push({ at: Date.now(), up, ...(await heights(observer)) });
    } catch (e) {
      samples.push({ at: Date.now(), up, error: e.message });
    }
  }, 2000);
  globalThis.corexWatch = { samples, timer };
  return 1;
}

module.exports = { run };
