// Content the chain names by id (`ContentId`: the sha2-256 of the bytes), read from an IPFS
// gateway as raw blocks and checked against the id before use.

import { u8aEq } from '@polkadot/util';
import { sha256AsU8a } from '@polkadot/util-crypto';
import { CID } from 'multiformats/cid';
import { create as digestOf } from 'multiformats/hashes/digest';

const RAW = 0x55;
const SHA2_256 = 0x12;

/** The CIDv1 text (`bafkrei…`) of a content id (32 bytes, or a decoded `ContentId`). */
export function cidText(contentId) {
  const digest = contentId.toU8a ? contentId.toU8a(true) : contentId;
  return CID.createV1(RAW, digestOf(SHA2_256, digest)).toString();
}

/** Reads content ids from one gateway, each once. */
export class Gateway {
  constructor(url) {
    this.url = url.replace(/\/+$/, '');
    this.cache = new Map();
  }

  /** The bytes of `contentId`, checked against it; rejects when the gateway fails or lies. */
  fetch(contentId) {
    const text = cidText(contentId);
    if (!this.cache.has(text)) {
      const pending = this.#get(text, contentId);
      pending.catch(() => this.cache.delete(text));
      this.cache.set(text, pending);
    }
    return this.cache.get(text);
  }

  async #get(text, contentId) {
    const response = await fetch(`${this.url}/ipfs/${text}?format=raw`, {
      headers: { Accept: 'application/vnd.ipld.raw' },
    });
    if (!response.ok) throw new Error(`${this.url} answered ${response.status} for ${text}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const digest = contentId.toU8a ? contentId.toU8a(true) : contentId;
    if (!u8aEq(sha256AsU8a(bytes), digest)) throw new Error(`${this.url} served other bytes for ${text}`);
    return bytes;
  }
}
