// Stops the watcher of `watch-finality.js` and returns how many blocks this node saw finalized
// while the watched node was down (0 if it never was).
async function run() {
  const watch = globalThis.corexWatch;
  if (!watch) throw new Error('watch-finality.js did not run');
  clearInterval(watch.timer);
  const down = watch.samples.filter((s) => !s.up && s.finalized !== undefined);
  console.log(`samples: ${watch.samples.length}, while down: ${down.length}`);
  if (down.length < 2) return 0;
  const first = down[0];
  const last = down[down.length - 1];
  console.log(`down for ${(last.at - first.at) / 1000} s: finalized #${first.finalized} → #${last.finalized}, best #${first.best} → #${last.best}`);
  return last.finalized - first.finalized;
}

module.exports = { run };
