// Waiting for a condition, shared by the end-to-end suites (through lib/node.js) and the
// zombienet js-scripts (CommonJS, which zombienet loads with require): one module both can load.

/**
 * Polls `check` every second until it returns something truthy, which it returns; fails after
 * `timeoutMs` (five minutes unless given: long enough for an epoch of the test chain).
 */
async function until(what, check, timeoutMs = 300_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

module.exports = { until };
