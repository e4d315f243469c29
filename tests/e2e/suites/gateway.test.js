// The development raw-block server (tools/gateway/raw-block-server.mjs) against the trustless-gateway
// behaviour the compute worker relies on. No chain node is started.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cidOf, parseCid, startServer } from '../../../tools/gateway/raw-block-server.mjs';

const SHARDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'datasets', 'digits', 'shards');

describe('raw-block server', () => {
  let server;
  before(async () => {
    server = await startServer({ dir: SHARDS });
  });
  after(async () => {
    await server.close();
  });

  it('names every file by its CIDv1 (raw, sha2-256), as IPFS and `corex-tools shard-digits` do', () => {
    const files = readdirSync(SHARDS).sort();
    assert.equal(server.cids.size, files.length);
    for (const name of files) {
      const bytes = readFileSync(join(SHARDS, name));
      const cid = cidOf(bytes);
      assert.equal(server.cids.get(cid), name);
      const { codec, hash, digest } = parseCid(cid);
      assert.equal(codec, 0x55);
      assert.equal(hash, 0x12);
      assert.deepEqual(Buffer.from(digest), createHash('sha256').update(bytes).digest());
    }
    // Printed by `corex-tools shard-digits` with the chain's ContentId (docs/compute.md).
    assert.equal(
      cidOf(readFileSync(join(SHARDS, 'train-0.bin'))),
      'bafkreigpeuclfqchwgtyoc3v3mvykd4bndr64ur5iw5wvhn7dkxbqaznwu',
    );
  });

  it('serves raw blocks, and refuses what a trustless gateway refuses', async () => {
    const bytes = readFileSync(join(SHARDS, 'validation.bin'));
    const cid = cidOf(bytes);
    const ok = await fetch(`${server.url}/ipfs/${cid}?format=raw`);
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('content-type'), 'application/vnd.ipld.raw');
    assert.deepEqual(Buffer.from(await ok.arrayBuffer()), bytes);
    const accept = await fetch(`${server.url}/ipfs/${cid}`, { headers: { Accept: 'application/vnd.ipld.raw' } });
    assert.equal(accept.status, 200);
    assert.equal((await fetch(`${server.url}/ipfs/${cid}`)).status, 406);
    assert.equal((await fetch(`${server.url}/ipfs/${cidOf(Buffer.from('absent'))}?format=raw`)).status, 404);
    assert.equal((await fetch(`${server.url}/ipfs/not-a-cid?format=raw`)).status, 400);
    const dagPb = 'b' + cid.slice(1).replace(/^afkrei/, 'afybei');
    assert.equal((await fetch(`${server.url}/ipfs/${dagPb}?format=raw`)).status, 400);
  });

  it('lets web pages of any origin read blocks (CORS), and nothing more', async () => {
    const cid = cidOf(readFileSync(join(SHARDS, 'validation.bin')));
    const read = await fetch(`${server.url}/ipfs/${cid}?format=raw`, { headers: { Origin: 'http://127.0.0.1:8088' } });
    assert.equal(read.headers.get('access-control-allow-origin'), '*');
    const preflight = await fetch(`${server.url}/ipfs/${cid}`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:8088', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-methods'), /GET/);
    assert.doesNotMatch(preflight.headers.get('access-control-allow-methods'), /POST/);
    // Publishing stays for clients outside browsers: no CORS header on the RPC.
    const put = await fetch(`${server.url}/api/v0/block/put`, { method: 'POST', body: 'x', headers: { Origin: 'http://evil.example' } });
    assert.equal(put.headers.get('access-control-allow-origin'), null);
  });

  it('takes blocks as kubo does, up to 1 MiB', async () => {
    const block = Buffer.from('a gradient, say');
    const form = new FormData();
    form.append('file', new Blob([block]), 'block');
    const res = await fetch(`${server.url}/api/v0/block/put?cid-codec=raw&mhtype=sha2-256`, {
      method: 'POST',
      body: form,
    });
    assert.equal(res.status, 200);
    const { Key, Size } = await res.json();
    assert.equal(Key, cidOf(block));
    assert.equal(Size, block.length);
    const back = await fetch(`${server.url}/ipfs/${Key}?format=raw`);
    assert.deepEqual(Buffer.from(await back.arrayBuffer()), block);
    const big = await fetch(`${server.url}/api/v0/block/put`, {
      method: 'POST',
      body: Buffer.alloc((1 << 20) + 1),
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    assert.equal(big.status, 413);
  });

  it('logs the requests it served', () => {
    const gets = server.requests.filter((r) => r.method === 'GET' && r.status === 200);
    assert.ok(gets.length >= 3);
    assert.ok(gets.every((r) => r.cid && server.cids.has(r.cid)));
  });
});
