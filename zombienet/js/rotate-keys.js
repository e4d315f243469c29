// Every validator rotates its session keys at once (`author_rotateKeysWithOwner` on its own
// node, then `session.setKeys` with the proof from its account), as operators do after a key
// leak or a move to new servers. args[0] lists the validators as `node=account seed` pairs,
// comma-separated (default: alice=//Alice, …, dave=//Dave). Returns 1 once the new keys are the
// Aura and GRANDPA sets and the network has produced and finalized blocks of the session that
// uses them.
//
// This would halt a chain whose seed inherent checks the author against the new set instead of
// the set the author was chosen from (every author of the first block of the new session signs
// with its old key), which is why all four rotate: with one, only that validator's slot fails.
const { heights, rpc, send, until } = require('./lib.js');

const DEFAULT = 'alice=//Alice,bob=//Bob,charlie=//Charlie,dave=//Dave';

async function run(nodeName, networkInfo, args) {
  const validators = (args[0] || DEFAULT).split(',').map((pair) => pair.split('='));
  const { Keyring } = zombie;
  const { hexToU8a, u8aToHex } = require('@polkadot/util');
  await zombie.util.cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const api = await zombie.connect(networkInfo.nodesByName[nodeName].wsUri);
  try {
    const rotated = await Promise.all(validators.map(async ([name, seed]) => {
      const account = keyring.addFromUri(seed);
      const generated = await rpc(networkInfo.nodesByName[name].wsUri, 'author_rotateKeysWithOwner', [u8aToHex(account.publicKey)]);
      const keys = api.createType('(AccountId32, AccountId32)', hexToU8a(generated.keys));
      const [aura, grandpa] = [keys[0].toHex(), keys[1].toHex()];
      await send(api, api.tx.session.setKeys({ aura, grandpa }, generated.proof), account);
      const next = (await api.query.session.nextKeys(account.address)).unwrap();
      if (next.aura.toHex() !== aura || next.grandpa.toHex() !== grandpa) {
        throw new Error(`${name}: session.nextKeys of ${account.address} are not the keys just set`);
      }
      return { aura, grandpa };
    }));
    const session = (await api.query.session.currentIndex()).toNumber();
    const wanted = (keys) => JSON.stringify([...keys].sort());
    // Active from the second session boundary after the change (sessions of 10 blocks).
    await until(`session ${session + 2} with the new Aura keys`, async () => {
      const authorities = (await api.query.aura.authorities()).map((a) => a.toHex());
      return wanted(authorities) === wanted(rotated.map((k) => k.aura));
    }, 120_000);
    const start = await heights(networkInfo.nodesByName[nodeName].wsUri);
    await until('GRANDPA votes with the new keys', async () => {
      const authorities = (await api.query.grandpa.authorities()).map(([key]) => key.toHex());
      return wanted(authorities) === wanted(rotated.map((k) => k.grandpa));
    }, 60_000);
    const end = await until(`blocks past #${start.best + 3} finalized`, async () => {
      const h = await heights(networkInfo.nodesByName[nodeName].wsUri);
      return h.finalized >= start.best + 3 && h;
    }, 90_000);
    console.log(`new keys active from about #${start.best}; best #${end.best}, finalized #${end.finalized}`);
    return 1;
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
