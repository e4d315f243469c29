// Returns 1 once this node (restarted) has imported and finalized at least what the node named
// in args[0] had when the check began.
const { heights, until } = require('./lib.js');

async function run(nodeName, networkInfo, args) {
  const self = networkInfo.nodesByName[nodeName].wsUri;
  const reference = await heights(networkInfo.nodesByName[args[0]].wsUri);
  const mine = await until(
    `${nodeName} to reach best #${reference.best} and finalized #${reference.finalized}`,
    async () => {
      const h = await heights(self).catch(() => null);
      return h && h.best >= reference.best && h.finalized >= reference.finalized && h;
    },
    170_000,
  );
  console.log(`${nodeName}: best #${mine.best}, finalized #${mine.finalized} (${args[0]} had #${reference.best}, #${reference.finalized})`);
  return 1;
}

module.exports = { run };
