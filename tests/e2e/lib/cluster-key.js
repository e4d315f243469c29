// Client-side helper for cluster keys (the same scheme as `corex_primitives::cluster_key`):
// hashed ElGamal over Ristretto255. Encrypt to a cluster's key as the chain records it
// (`clusters.clusters(id).key`); decryption needs the partial decryption of every member.
//
//   const ct = encrypt(clusterKey, message);          // anyone
//   const partial = partialDecrypt(secretShare, ct);   // each member, with its secret share
//   const message = combine(ct, partials);             // null unless all members' partials
import { ristretto255 } from '@noble/curves/ed25519';
import { compactToU8a, stringToU8a, u8aConcat, u8aEq } from '@polkadot/util';
import { blake2AsU8a, randomAsU8a } from '@polkadot/util-crypto';

const Point = ristretto255.Point;
const ORDER = Point.Fn.ORDER;
const CONTEXT = stringToU8a('corex/cluster-key/v1');

const leToBigInt = (bytes) => bytes.reduceRight((acc, b) => (acc << 8n) | BigInt(b), 0n);
const u64le = (n) => new Uint8Array(new BigUint64Array([BigInt(n)]).buffer);

function streamKey(shared) {
  return blake2AsU8a(u8aConcat(CONTEXT, stringToU8a('key'), shared.toBytes()), 256);
}

function applyStream(key, body) {
  const out = new Uint8Array(body);
  for (let block = 0; block * 32 < out.length; block++) {
    const pad = blake2AsU8a(u8aConcat(key, u64le(block)), 256);
    for (let i = 0; i < 32 && block * 32 + i < out.length; i++) out[block * 32 + i] ^= pad[i];
  }
  return out;
}

function tagOf(key, body) {
  // SCALE encoding of (CONTEXT: &[u8], b"tag", key, body: &[u8]).
  return blake2AsU8a(
    u8aConcat(compactToU8a(CONTEXT.length), CONTEXT, stringToU8a('tag'), key, compactToU8a(body.length), body),
    256,
  );
}

/** Encrypt `message` (Uint8Array) to the 32-byte cluster key. */
export function encrypt(clusterKey, message, randomness = randomAsU8a(64)) {
  const r = leToBigInt(randomness) % ORDER;
  const ephemeral = Point.BASE.multiply(r);
  const key = streamKey(Point.fromBytes(clusterKey).multiply(r));
  const body = applyStream(key, message);
  return { ephemeral: ephemeral.toBytes(), body, tag: tagOf(key, body) };
}

/** A member's partial decryption, from its 32-byte secret share (little-endian scalar). */
export function partialDecrypt(secretShare, ciphertext) {
  return Point.fromBytes(ciphertext.ephemeral).multiply(leToBigInt(secretShare) % ORDER).toBytes();
}

/** The message, if `partials` are every member's; otherwise null. */
export function combine(ciphertext, partials) {
  const shared = partials.map((p) => Point.fromBytes(p)).reduce((a, b) => a.add(b), Point.ZERO);
  const key = streamKey(shared);
  if (!u8aEq(tagOf(key, ciphertext.body), ciphertext.tag)) return null;
  return applyStream(key, ciphertext.body);
}
