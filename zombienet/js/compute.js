// A computation submitted to the network is computed by the two compute nodes (eve, ferdie).
// Runs on a validator (alice, which holds the sudo key in `local_testnet`):
// 1. serves the digits model and a training shard on the development IPFS gateway
//    (tools/gateway/raw-block-server.mjs), on the port both compute nodes were started with
//    (`--compute-gateway`), and checks that their workers have it;
// 2. Eve and Ferdie register their nodes with worker keys of their own (`//EveWorker`,
//    `//FerdieWorker`, put in their compute nodes' keystores over RPC and funded by Alice: a
//    worker signs heartbeats and results with its own nonces, apart from its operator's) and
//    bond; sudo shortens the epoch so they activate soon; once active, they offer them to the
//    queue;
// 3. Alice registers a gradient-step definition and submits one computation with redundancy 2;
// 4. returns 1 once the computation is finalized with both compute nodes as its executors.
const path = require('node:path');
const { readFileSync } = require('node:fs');
const { send, eventData, until } = require('./lib.js');

const CXT = 10n ** 12n;
const BASE_FEE = CXT / 1000n;
const EPOCH = 10;
const DIGITS = path.join(__dirname, '..', '..', 'datasets', 'digits');

async function run(nodeName, networkInfo) {
  const { Keyring } = zombie;
  const { stringToHex, u8aToHex } = require('@polkadot/util');
  const { cryptoWaitReady } = zombie.util;
  await cryptoWaitReady();
  const { cidOf, startServer } = await import('../../tools/gateway/raw-block-server.mjs');
  // On the port the compute nodes were started with (`--compute-gateway`, scripts/zombienet.sh).
  const port = Number(process.env.COREX_GATEWAY_PORT);
  if (!port) throw new Error('COREX_GATEWAY_PORT is not set: run zombienet through scripts/zombienet.sh');
  const server = await startServer({ dir: path.join(DIGITS, 'shards'), port });
  const api = await zombie.connect(networkInfo.nodesByName[nodeName].wsUri);
  try {
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    const alice = keyring.addFromUri('//Alice');
    const operators = { eve: keyring.addFromUri('//Eve'), ferdie: keyring.addFromUri('//Ferdie') };
    const workers = { eve: keyring.addFromUri('//EveWorker'), ferdie: keyring.addFromUri('//FerdieWorker') };

    const model = new Uint8Array(readFileSync(path.join(DIGITS, 'model-init.bin')));
    const shard = new Uint8Array(readFileSync(path.join(DIGITS, 'shards', 'train-0.bin')));
    server.put(model);
    const inputs = [
      { cid: stringToHex(cidOf(model)), size: model.length },
      { cid: stringToHex(cidOf(shard)), size: shard.length },
    ];

    // Each compute node's worker holds its key (and fetches inputs from the gateway it was
    // started with).
    for (const name of Object.keys(operators)) {
      const node = await zombie.connect(networkInfo.nodesByName[name].wsUri);
      const uri = `//${name[0].toUpperCase()}${name.slice(1)}Worker`;
      await node.rpc.author.insertKey('cxwk', uri, u8aToHex(workers[name].publicKey));
      const gateway = await node.rpc.offchain.localStorageGet('PERSISTENT', stringToHex('corex/gateway'));
      if (gateway.unwrap().toUtf8() !== server.url) throw new Error(`${name}'s gateway is ${gateway.toHuman()}, not ${server.url}`);
      await node.disconnect();
    }
    // Worker keys pay their own transaction fees.
    for (const worker of Object.values(workers)) {
      await send(api, api.tx.balances.transferKeepAlive(worker.address, 100n * CXT), alice);
    }

    const sudo = (call) => send(api, api.tx.sudo.sudo(call), alice);
    await sudo(api.tx.governance.setParameter({ NodeStaking: { EpochLength: [null, EPOCH] } }));
    await sudo(api.tx.governance.setParameter({ Proofs: { ReplayRate: [null, 0] } }));

    const nodes = {};
    let effective = 0;
    for (const [name, op] of Object.entries(operators)) {
      const reg = await send(api, api.tx.nodeStaking.registerNode(u8aToHex(workers[name].publicKey), 'Gpu', 100_000, `zombienet ${name}`), op);
      nodes[name] = eventData(reg, 'nodeStaking', 'NodeRegistered').node.toNumber();
      const bonded = await send(api, api.tx.nodeStaking.bond(nodes[name], 20_000n * CXT), op);
      effective = Math.max(effective, eventData(bonded, 'nodeStaking', 'Bonded').effectiveEpoch.toNumber());
    }
    console.log(`compute nodes ${JSON.stringify(nodes)} active from epoch ${effective}`);
    await until('the compute nodes to be active', async () =>
      (await api.query.nodeStaking.currentEpoch()).index.toNumber() >= effective, 300_000);
    // Their operators offer them to the queue.
    for (const [name, op] of Object.entries(operators)) {
      await send(api, api.tx.computations.offerNode(nodes[name]), op);
    }

    const def = await send(
      api,
      api.tx.computations.registerDefinition({ kind: 'GradientStep', spec: inputs[0].cid, features: 64, policy: { mode: 'Exact', replayRate: 0 }, deviceClass: null, minTier: 1 }),
      alice,
    );
    const definition = eventData(def, 'computations', 'DefinitionRegistered').id.toNumber();

    const seen = [];
    const unsub = await api.query.system.events((records) => {
      for (const { event } of records) if (event.section === 'computations') seen.push(event);
    });
    try {
      const now = (await api.rpc.chain.getHeader()).number.toNumber();
      const sub = await send(api, api.tx.computations.submitComputation({ definition, inputs, cuBudget: 1_000, feePerCu: BASE_FEE, deadline: now + 300, redundancy: 2 }), alice);
      const id = eventData(sub, 'computations', 'ComputationQueued').id.toNumber();
      console.log(`computation ${id} submitted at #${now}`);
      await until(`computation ${id} to be finalized`, async () =>
        seen.some((e) => e.method === 'ComputationFinalized' && e.data.id.toNumber() === id), 600_000);
      const executors = seen
        .filter((e) => e.method === 'NodeAssigned' && e.data.id.toNumber() === id)
        .map((e) => e.data.node.toNumber())
        .sort((a, b) => a - b);
      const expected = Object.values(nodes).sort((a, b) => a - b);
      if (JSON.stringify(executors) !== JSON.stringify(expected)) {
        throw new Error(`computation ${id} ran on nodes ${executors}, expected the compute nodes ${expected}`);
      }
      console.log(`computation ${id} finalized, computed by nodes ${executors}`);
      return 1;
    } finally {
      unsub();
    }
  } finally {
    await api.disconnect();
    await server.close();
  }
}

module.exports = { run };
