#!/usr/bin/env node
// A minimal IPFS trustless-gateway-compatible raw-block server, for development and tests.
//
//   node tools/gateway/raw-block-server.mjs --dir datasets/digits/shards [--port 8089] [--host 127.0.0.1] [--persist]
//
// It serves every file of --dir (not recursive) as a raw block under its CIDv1 (raw codec
// 0x55, sha2-256, base32 "bafkrei…", as `ipfs add --cid-version 1 --raw-leaves` prints it):
//
//   GET|HEAD /ipfs/{cid}?format=raw         the block (or with Accept: application/vnd.ipld.raw);
//                                           400 for a malformed or non-raw/non-sha2-256 CID,
//                                           404 for an unknown one, 406 without the raw format
//   POST /api/v0/block/put?cid-codec=raw&mhtype=sha2-256
//                                           stores a block (multipart/form-data with one file
//                                           part, as kubo takes it, or a raw body); answers
//                                           {"Key": cid, "Size": n}; 413 above 1 MiB
//   OPTIONS /ipfs/{cid}                     the CORS preflight: reads are open to any origin
//                                           (as public IPFS gateways are), so that web pages such
//                                           as the Corex console can read blocks
//   GET /healthz                            ok
//   GET /_log                               the request log, as JSON (for tests)
//
// It is swappable for kubo: point the compute worker's `corex/gateway` at kubo's gateway
// (`ipfs daemon`, http://127.0.0.1:8080, which serves `?format=raw`) and `corex/ipfs-api` at
// its RPC (http://127.0.0.1:5001, which takes `/api/v0/block/put`). Blocks added here with
// --persist are plain files named by CID; `ipfs block put --cid-codec raw < file` adds one to
// kubo with the same CID.
//
// As a module: startServer({ dir, port, host, persist }) → { url, port, cids, requests, put,
// close }, cidOf(bytes) and parseCid(text).

import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** IPFS's largest block. */
export const MAX_BLOCK = 1 << 20;
const RAW = 0x55;
const SHA2_256 = 0x12;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes) {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(acc << (5 - bits)) & 31];
  return out;
}

function unbase32(text) {
  const out = [];
  let acc = 0;
  let bits = 0;
  for (const c of text) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) throw new Error(`not base32: ${c}`);
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
      acc &= (1 << bits) - 1;
    }
  }
  if (acc !== 0) throw new Error('non-zero padding bits');
  return Uint8Array.from(out);
}

/** The CIDv1 (raw, sha2-256, base32) of `bytes`. */
export function cidOf(bytes) {
  return cidOfDigest(createHash('sha256').update(bytes).digest());
}

/** The CIDv1 (raw, sha2-256, base32) of a block whose sha2-256 is `digest` (32 bytes), such as
 * a content id the chain holds (`ContentId`). */
export function cidOfDigest(digest) {
  return 'b' + base32(Uint8Array.from([0x01, RAW, SHA2_256, 0x20, ...digest]));
}

/** { codec, hash, digest } of a base32 CIDv1; throws on anything else. */
export function parseCid(text) {
  if (typeof text !== 'string' || !text.startsWith('b')) throw new Error('not a base32 CIDv1');
  const bytes = unbase32(text.slice(1));
  // Version, codec and multihash code are single-byte varints for every CID we accept.
  if (bytes.length < 4 || bytes[0] !== 0x01) throw new Error('not a CIDv1');
  const [codec, hash, length] = [bytes[1], bytes[2], bytes[3]];
  if (codec & 0x80 || hash & 0x80) throw new Error('unsupported multicodec');
  const digest = bytes.slice(4);
  if (digest.length !== length) throw new Error('digest length mismatch');
  return { codec, hash, digest };
}

/** The file part of a multipart/form-data body, or null. */
function multipartFile(body, contentType) {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!match) return null;
  const boundary = Buffer.from(`--${match[1] ?? match[2]}`);
  const start = body.indexOf(boundary);
  if (start < 0) return null;
  const headersEnd = body.indexOf('\r\n\r\n', start + boundary.length);
  if (headersEnd < 0) return null;
  const dataStart = headersEnd + 4;
  const end = body.indexOf(Buffer.concat([Buffer.from('\r\n'), boundary]), dataStart);
  if (end < 0) return null;
  return body.subarray(dataStart, end);
}

function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks), size }));
    req.on('error', reject);
  });
}

export async function startServer({ dir, port = 0, host = '127.0.0.1', persist = false } = {}) {
  const blocks = new Map();
  const cids = new Map();
  if (dir) {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (!statSync(path).isFile()) continue;
      const bytes = readFileSync(path);
      const cid = cidOf(bytes);
      blocks.set(cid, bytes);
      cids.set(cid, name);
    }
  }
  const requests = [];
  const put = (bytes) => {
    const cid = cidOf(bytes);
    blocks.set(cid, Buffer.from(bytes));
    if (!cids.has(cid)) cids.set(cid, null);
    if (persist && dir) writeFileSync(join(dir, cid), bytes);
    return cid;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const entry = { method: req.method, path: url.pathname, cid: null, status: 0 };
    requests.push(entry);
    const reply = (status, body, headers = {}) => {
      entry.status = status;
      res.writeHead(status, { 'Content-Type': 'text/plain', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (url.pathname === '/healthz') return reply(200, 'ok');
      if (url.pathname === '/_log') {
        return reply(200, JSON.stringify(requests), { 'Content-Type': 'application/json' });
      }
      if (url.pathname.startsWith('/ipfs/') && req.method === 'OPTIONS') {
        return reply(204, undefined, {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
          'Access-Control-Allow-Headers': 'Accept',
          'Access-Control-Max-Age': '86400',
        });
      }
      if (url.pathname.startsWith('/ipfs/') && (req.method === 'GET' || req.method === 'HEAD')) {
        const cid = url.pathname.slice('/ipfs/'.length);
        entry.cid = cid;
        res.setHeader('Access-Control-Allow-Origin', '*');
        let parsed;
        try {
          parsed = parseCid(cid);
        } catch (e) {
          return reply(400, `invalid CID: ${e.message}`);
        }
        if (parsed.codec !== RAW || parsed.hash !== SHA2_256 || parsed.digest.length !== 32) {
          return reply(400, 'only raw blocks with sha2-256 are served');
        }
        const raw =
          url.searchParams.get('format') === 'raw' ||
          (req.headers.accept ?? '').includes('application/vnd.ipld.raw');
        if (!raw) return reply(406, 'only ?format=raw (application/vnd.ipld.raw) is served');
        const block = blocks.get(cid);
        if (!block) return reply(404, 'block not found');
        return reply(200, block, {
          'Content-Type': 'application/vnd.ipld.raw',
          'Content-Length': String(block.length),
          'X-Ipfs-Roots': cid,
          Etag: `"${cid}.raw"`,
          'Cache-Control': 'public, max-age=29030400, immutable',
        });
      }
      if (url.pathname === '/api/v0/block/put' && req.method === 'POST') {
        const codec = url.searchParams.get('cid-codec') ?? 'raw';
        const mh = url.searchParams.get('mhtype') ?? 'sha2-256';
        if (codec !== 'raw' || mh !== 'sha2-256') return reply(400, 'only cid-codec=raw, mhtype=sha2-256');
        const { body, size } = await readBody(req, MAX_BLOCK + 64 * 1024);
        const type = req.headers['content-type'] ?? '';
        const block = type.startsWith('multipart/form-data') ? multipartFile(body, type) : body;
        if (size > MAX_BLOCK + 64 * 1024 || (block && block.length > MAX_BLOCK)) {
          return reply(413, 'block larger than 1 MiB');
        }
        if (!block) return reply(400, 'no file part');
        const cid = put(block);
        entry.cid = cid;
        return reply(200, JSON.stringify({ Key: cid, Size: block.length }), {
          'Content-Type': 'application/json',
        });
      }
      return reply(404, 'not found');
    } catch (e) {
      return reply(500, String(e?.message ?? e));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    cids,
    requests,
    put,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = arg('--dir');
  if (!dir) {
    console.error('usage: node tools/gateway/raw-block-server.mjs --dir <directory> [--port 8089] [--host 127.0.0.1] [--persist]');
    process.exit(2);
  }
  const s = await startServer({
    dir,
    port: Number(arg('--port', '8089')),
    host: arg('--host', '127.0.0.1'),
    persist: process.argv.includes('--persist'),
  });
  for (const [cid, name] of s.cids) console.log(`${cid} ${name}`);
  console.log(`listening on ${s.url}`);
}
