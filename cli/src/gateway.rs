//! Content on an IPFS-compatible gateway: raw blocks (CIDv1, raw codec, sha2-256) fetched from
//! `{gateway}/ipfs/{cid}?format=raw` and checked against their id, published through the IPFS
//! RPC `{api}/api/v0/block/put` as kubo takes it. The development gateway
//! (`tools/gateway/raw-block-server.mjs`) serves both on one port.

use anyhow::{anyhow, bail, Context, Result};
use corex_primitives::ContentId;

/// The development gateway `scripts/start.sh` runs.
pub const DEFAULT_GATEWAY: &str = "http://127.0.0.1:8089";
/// IPFS's largest block.
pub const MAX_BLOCK: usize = 1 << 20;

/// A content id as IPFS prints it (`bafkrei…`).
pub fn cid_text(cid: &ContentId) -> String {
	String::from_utf8_lossy(&cid.to_cid_string()).into_owned()
}

/// Parses `bafkrei…`.
pub fn parse_cid(text: &str) -> Result<ContentId> {
	ContentId::parse(text.as_bytes())
		.ok_or_else(|| anyhow!("`{text}` is not a CIDv1 of a raw sha2-256 block (bafkrei…)"))
}

/// Where content is read and written.
#[derive(Clone, Debug)]
pub struct Gateway {
	/// Reads: `{gateway}/ipfs/{cid}`.
	pub gateway: String,
	/// Writes: `{api}/api/v0/block/put`.
	pub api: String,
}

impl Gateway {
	/// A gateway that also takes writes, unless `api` names another endpoint.
	pub fn new(gateway: &str, api: Option<&str>) -> Self {
		let gateway = gateway.trim_end_matches('/').to_string();
		let api =
			api.map(|a| a.trim_end_matches('/').to_string()).unwrap_or_else(|| gateway.clone());
		Gateway { gateway, api }
	}

	/// The block `cid`, checked against its id.
	pub fn fetch(&self, cid: &ContentId) -> Result<Vec<u8>> {
		let text = cid_text(cid);
		let url = format!("{}/ipfs/{text}?format=raw", self.gateway);
		let mut response = ureq::get(&url)
			.header("Accept", "application/vnd.ipld.raw")
			.call()
			.with_context(|| format!("cannot fetch {text} from {}", self.gateway))?;
		let bytes = response
			.body_mut()
			.with_config()
			.limit(MAX_BLOCK as u64)
			.read_to_vec()
			.with_context(|| format!("cannot read {text} from {}", self.gateway))?;
		if ContentId::of(&bytes) != *cid {
			bail!("{} served bytes that are not {text}", self.gateway);
		}
		Ok(bytes)
	}

	/// Publishes `bytes` as a raw block; returns its id.
	pub fn publish(&self, bytes: &[u8]) -> Result<ContentId> {
		if bytes.len() > MAX_BLOCK {
			bail!("{} bytes: an IPFS block holds at most {MAX_BLOCK} bytes", bytes.len());
		}
		let cid = ContentId::of(bytes);
		let boundary = format!("corex-{}", hex::encode(&cid.0[..8]));
		let mut body = format!(
			"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"block\"\r\nContent-Type: application/octet-stream\r\n\r\n"
		)
		.into_bytes();
		body.extend_from_slice(bytes);
		body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
		let url = format!("{}/api/v0/block/put?cid-codec=raw&mhtype=sha2-256", self.api);
		let mut response = ureq::post(&url)
			.header("Content-Type", &format!("multipart/form-data; boundary={boundary}"))
			.send(&body[..])
			.with_context(|| format!("cannot publish to {}", self.api))?;
		let answer: serde_json::Value = response
			.body_mut()
			.read_to_string()
			.ok()
			.and_then(|text| serde_json::from_str(&text).ok())
			.with_context(|| format!("{} did not answer as the IPFS RPC does", self.api))?;
		let key = answer.get("Key").and_then(|k| k.as_str()).unwrap_or_default();
		if key != cid_text(&cid) {
			bail!("{} stored the block as `{key}`, not {}", self.api, cid_text(&cid));
		}
		Ok(cid)
	}
}
