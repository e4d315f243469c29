// The local network of docs/validators.md ("A local network on one machine"): validators of the
// committed `local_testnet` spec find each other through the boot node the spec names (Alice's
// node on port 30333 with the development node key), with no `--bootnodes` and no mDNS, and
// with three of the four validators up they author and finalize blocks.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDevNode, until } from '../lib/node.js';
import { ROOT } from '../lib/chain.js';

const SPEC = join(ROOT, 'chain-specs', 'local_testnet-raw.json');
// The development node key of the Substrate documentation and the peer id it gives
// (node/src/chain_spec.rs, LOCAL_BOOT_NODE_KEY and LOCAL_BOOT_NODE).
const BOOT_KEY = '0000000000000000000000000000000000000000000000000000000000000001';
const BOOT_PEER = '12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp';
const BOOT_PORT = 30333;

describe('the local network, booted from the spec', () => {
  const nodes = [];

  before(async () => {
    // Alice's node is the boot node: the spec's address, its key, its port.
    nodes.push(await startDevNode({ chain: SPEC, p2pPort: BOOT_PORT, extraArgs: ['--alice', '--node-key', BOOT_KEY] }));
    // Bob and Charlie are given nothing but the spec (and, as validators, a network key of
    // their own: a node of a non-development chain does not make one up).
    nodes.push(await startDevNode({ chain: SPEC, extraArgs: ['--bob', '--node-key', BOOT_KEY.replace(/1$/, '2')] }));
    nodes.push(await startDevNode({ chain: SPEC, extraArgs: ['--charlie', '--node-key', BOOT_KEY.replace(/1$/, '3')] }));
  });

  after(async () => {
    await Promise.all(nodes.map((n) => n.stop()));
  });

  it('names Alice\'s node as its boot node', () => {
    const spec = JSON.parse(readFileSync(SPEC, 'utf8'));
    assert.deepEqual(spec.bootNodes, [`/ip4/127.0.0.1/tcp/${BOOT_PORT}/p2p/${BOOT_PEER}`]);
  });

  it('connects every validator to the others and finalizes blocks with three of four', { timeout: 240_000 }, async () => {
    const [alice] = nodes;
    assert.equal((await alice.api.rpc.system.localPeerId()).toString(), BOOT_PEER, 'the key gives the spec\'s peer id');
    // Bob and Charlie learn of each other from Alice (Kademlia), not only of Alice.
    for (const [i, node] of nodes.entries()) {
      await until(`node ${i} to see two peers`, async () => (await node.api.rpc.system.health()).peers.toNumber() >= 2, 120_000);
    }
    const start = (await alice.api.rpc.chain.getHeader()).number.toNumber();
    for (const [i, node] of nodes.entries()) {
      await until(`node ${i} to finalize past block ${start}`, async () => {
        const finalized = await node.api.rpc.chain.getHeader(await node.api.rpc.chain.getFinalizedHead());
        return finalized.number.toNumber() > start;
      }, 180_000);
    }
    // Every one of the three authored: the set's slots go round.
    const authors = new Set();
    const best = (await alice.api.rpc.chain.getHeader()).number.toNumber();
    for (let n = Math.max(1, best - 11); n <= best; n++) {
      const header = await alice.api.derive.chain.getHeader(await alice.api.rpc.chain.getBlockHash(n));
      if (header.author) authors.add(header.author.toString());
    }
    assert.ok(authors.size >= 2, `blocks from several validators: ${[...authors].join(', ')}`);
  });
});
