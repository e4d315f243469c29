// try-runtime on a development chain's state, through the node itself. The development and
// test build of `corex-node` (scripts/lib.sh: `fast-runtime` and `try-runtime`) carries the
// `TryRuntime` runtime API, so no second runtime is built for this check. The chain is given
// state in every pallet (nodes registered, bonded, delegated to and offered, a definition, a
// queued computation, a forming cluster, a referendum with a conviction vote on a preimage,
// session keys with their proof), then, through `state_call`:
//   - `TryRuntime_on_runtime_upgrade(All)`: every pallet's pre/post-upgrade checks and try_state;
//   - `TryRuntime_execute_block(block, state_root_check, signature_check, All)` on the last
//     blocks: each re-executed on its parent's state, then try_state of every pallet.
// A failed check makes the runtime panic, which the RPC reports as an error.
//
// Run with the other suites (npm test), or alone: scripts/try-runtime.sh. With
// COREX_TRY_RUNTIME_WASM=<dir> the node runs the runtime in that directory instead, as a
// `--wasm-runtime-overrides` (same spec version), for a runtime built apart from the node.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { stringToHex, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';
import { sendOk, startDevNode } from '../lib/node.js';
import { CXT, TOTAL_SUPPLY } from '../lib/chain.js';

const overrides = process.env.COREX_TRY_RUNTIME_WASM;

describe('try-runtime: try_state of every pallet on a development chain', () => {
  let node;
  let api;
  let keyring;
  let alice;
  let bob;
  let charlie;
  let dave;

  before(async () => {
    await cryptoWaitReady();
    keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    [alice, bob, charlie, dave] = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((u) => keyring.addFromUri(u));
    node = await startDevNode({ extraArgs: overrides ? ['--wasm-runtime-overrides', overrides] : [] });
    api = node.api;
  });

  after(async () => {
    if (node) await node.stop();
  });

  const ok = async (tx, signer) => (await sendOk(api, tx, signer)).events;
  const data = (events, section, method) =>
    events.find(({ event }) => event.section === section && event.method === method).event.data;

  it('the runtime in use carries the TryRuntime API', async () => {
    const version = await api.rpc.state.getRuntimeVersion();
    const apis = version.apis.map(([id]) => id.toHex());
    const tryRuntimeId = blake2AsHex('TryRuntime', 64);
    assert.ok(apis.includes(tryRuntimeId), 'the runtime in use has the TryRuntime API');
  });

  it('passes on_runtime_upgrade and execute_block with try_state of every pallet, on state in every pallet', { timeout: 600_000 }, async () => {
    await ok(api.tx.sudo.sudo(api.tx.governance.setParameter({ NodeStaking: { EpochLength: [null, 4] } })), alice);
    const nodes = [];
    let effective = 0;
    for (const [i, op] of [bob, charlie].entries()) {
      const worker = keyring.addFromUri(`//TryWorker${i}`);
      const reg = await ok(api.tx.nodeStaking.registerNode(u8aToHex(worker.publicKey), 'Gpu', 100_000, 'try'), op);
      nodes.push(data(reg, 'nodeStaking', 'NodeRegistered').node.toNumber());
      const bonded = await ok(api.tx.nodeStaking.bond(nodes[i], 20_000n * CXT), op);
      effective = Math.max(effective, data(bonded, 'nodeStaking', 'Bonded').effectiveEpoch.toNumber());
    }
    await ok(api.tx.nodeStaking.delegate(nodes[0], 1_000n * CXT, 1), dave);
    const cid = stringToHex('bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy');
    const def = await ok(
      api.tx.computations.registerDefinition({ kind: 'GradientStep', spec: cid, features: 64, policy: { mode: 'Exact', replayRate: 0 }, deviceClass: null, minTier: 1 }),
      alice,
    );
    const definition = data(def, 'computations', 'DefinitionRegistered').id.toNumber();
    await ok(api.tx.clusters.createCluster(nodes, [], { mode: 'Unanimous', tee: 'Any', pricePerCu: CXT / 500n, capacity: 1_000_000, replacement: 'StandbysOnly' }), alice);
    await ok(api.tx.clusters.acceptInvitation(0, nodes[0]), bob);
    const proposal = api.tx.governance.setParameter({ Computations: { BaseFeePerCu: [null, 2n * CXT / 1000n] } });
    await ok(api.tx.preimage.notePreimage(proposal.method.toHex()), alice);
    await ok(api.tx.referenda.submit({ Governance: 'ParameterAdmin' }, { Lookup: { hash: proposal.method.hash, len: proposal.method.encodedLength } }, { After: 1 }), alice);
    await ok(api.tx.referenda.placeDecisionDeposit(0), alice);
    await ok(api.tx.convictionVoting.vote(0, { Standard: { vote: { aye: true, conviction: 'Locked3x' }, balance: 500_000n * CXT } }), bob);
    const generated = await api._rpcCore.provider.send('author_rotateKeysWithOwner', [u8aToHex(charlie.publicKey)]);
    const sessionKeys = api.createType('(AccountId32, AccountId32)', generated.keys);
    await ok(api.tx.session.setKeys({ aura: sessionKeys[0], grandpa: sessionKeys[1] }, generated.proof), charlie);
    // Wait for the nodes to be active (epoch of 4 blocks), then offer them and queue a computation.
    while ((await api.query.nodeStaking.currentEpoch()).index.toNumber() < effective) {
      await new Promise((r) => setTimeout(r, 2000));
    }
    for (const [i, op] of [bob, charlie].entries()) await ok(api.tx.computations.offerNode(nodes[i]), op);
    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    await ok(api.tx.computations.submitComputation({ definition, inputs: [{ cid, size: 1024 }, { cid, size: 1024 }], cuBudget: 100, feePerCu: CXT / 1000n, deadline: now + 200, redundancy: 2 }), dave);
    assert.equal((await api.query.balances.totalIssuance()).toBigInt(), TOTAL_SUPPLY);

    // The checks.
    const upgrade = await api.rpc.state.call('TryRuntime_on_runtime_upgrade', '0x01');
    console.log(`on_runtime_upgrade(All): ok (${upgrade.toHex()})`);
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    for (let n = Math.max(1, best - 9); n <= best; n++) {
      const hash = await api.rpc.chain.getBlockHash(n);
      const { block } = await api.rpc.chain.getBlock(hash);
      const input = u8aConcat(block.toU8a(), new Uint8Array([1, 1, 1]));
      await api.rpc.state.call('TryRuntime_execute_block', u8aToHex(input), block.header.parentHash);
    }
    console.log(`execute_block(state root and signature checks, try_state All): blocks #${Math.max(1, best - 9)}..#${best} ok`);
  });
});
