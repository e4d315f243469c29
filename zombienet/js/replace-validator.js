// A referendum replaces a validator. Dave's node generates session keys for a new account,
// //Dave//validator (an operator moving to a new stash), registered with their proof; one
// `validators` referendum votes the new account in and a second votes Dave's old account out.
//
//   args[0] = "start": keys, both referenda with their decision deposits, and the votes of
//             Alice, Bob, Charlie and Dave; returns 1 at once, the referenda then run while the
//             network is tested otherwise (a validator killed and restarted)
//   args[0] = "check": waits until both are approved and enacted and the new set is active (the
//             new account validating, Dave's old one gone, its Aura key among the authorities),
//             then returns 1 once blocks of that session are finalized
const { heights, rpc, send, until, eventData } = require('./lib.js');

const CXT = 10n ** 12n;

async function start(api, networkInfo, keyring) {
  const { hexToU8a, u8aToHex } = require('@polkadot/util');
  const [alice, bob, charlie, dave] = ['//Alice', '//Bob', '//Charlie', '//Dave'].map((u) => keyring.addFromUri(u));
  const stash = keyring.addFromUri('//Dave//validator');
  await send(api, api.tx.balances.transferKeepAlive(stash.address, 100n * CXT), alice);
  const generated = await rpc(networkInfo.nodesByName.dave.wsUri, 'author_rotateKeysWithOwner', [u8aToHex(stash.publicKey)]);
  const keys = api.createType('(AccountId32, AccountId32)', hexToU8a(generated.keys));
  await send(api, api.tx.session.setKeys({ aura: keys[0].toHex(), grandpa: keys[1].toHex() }, generated.proof), stash);
  const indexes = [];
  for (const call of [api.tx.governance.addValidator(stash.address), api.tx.governance.removeValidator(dave.address)]) {
    const submitted = await send(
      api,
      api.tx.referenda.submit({ Governance: 'ValidatorAdmin' }, { Inline: call.method.toHex() }, { After: 1 }),
      alice,
    );
    const index = eventData(submitted, 'referenda', 'Submitted').index.toNumber();
    await send(api, api.tx.referenda.placeDecisionDeposit(index), alice);
    indexes.push(index);
  }
  const vote = { Standard: { vote: { aye: true, conviction: 'Locked2x' }, balance: 800_000n * CXT } };
  await Promise.all([alice, bob, charlie, dave].map(async (voter) => {
    for (const index of indexes) await send(api, api.tx.convictionVoting.vote(index, vote), voter);
  }));
  globalThis.corexReplace = { indexes, stash: stash.address, dave: dave.address, aura: keys[0].toHex() };
  console.log(`referenda ${indexes} submitted: ${stash.address} in, ${dave.address} out`);
  return 1;
}

async function check(api, networkInfo, nodeName) {
  const r = globalThis.corexReplace;
  if (!r) throw new Error('replace-validator.js start did not run');
  await until(`referenda ${r.indexes} approved`, async () => {
    for (const index of r.indexes) {
      const info = await api.query.referenda.referendumInfoFor(index);
      if (!info.isSome || !info.unwrap().isApproved) return false;
    }
    return true;
  }, 300_000);
  await until('the new validator set active', async () => {
    const validators = (await api.query.session.validators()).map(String);
    return validators.length === 4 && validators.includes(r.stash) && !validators.includes(r.dave);
  }, 120_000);
  const authorities = (await api.query.aura.authorities()).map((a) => a.toHex());
  if (!authorities.includes(r.aura)) throw new Error('the new account\'s Aura key is not an authority');
  const from = await heights(networkInfo.nodesByName[nodeName].wsUri);
  const end = await until(`blocks past #${from.best + 3} finalized`, async () => {
    const h = await heights(networkInfo.nodesByName[nodeName].wsUri);
    return h.finalized >= from.best + 3 && h;
  }, 90_000);
  console.log(`new set active by #${from.best}; best #${end.best}, finalized #${end.finalized}`);
  return 1;
}

async function run(nodeName, networkInfo, args) {
  await zombie.util.cryptoWaitReady();
  const keyring = new zombie.Keyring({ type: 'sr25519', ss58Format: 42 });
  const api = await zombie.connect(networkInfo.nodesByName[nodeName].wsUri);
  try {
    if (args[0] === 'start') return await start(api, networkInfo, keyring);
    if (args[0] === 'check') return await check(api, networkInfo, nodeName);
    throw new Error(`unknown step ${args[0]}`);
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
