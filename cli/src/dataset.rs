//! Datasets: the digits as content-addressed shards.

use crate::output::Output;
use anyhow::{anyhow, Context, Result};
use serde_json::json;
use std::path::Path;

/// Shards the digits CSV into `shards` training shards and a held-out shard in `dir`.
pub fn shard(out: Output, csv: &Path, shards: usize, dir: &Path) -> Result<()> {
	let samples =
		corex_tools::digits::read_dataset(csv).map_err(|e| anyhow!("{}: {e}", csv.display()))?;
	let made = corex_tools::digits::shards(&samples, shards).map_err(|e| anyhow!("{e}"))?;
	std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
	let mut written = Vec::new();
	for shard in &made {
		let path = dir.join(&shard.name);
		std::fs::write(&path, &shard.bytes)
			.with_context(|| format!("cannot write {}", path.display()))?;
		let cid = shard.cid();
		out.note(format!("{cid}  {:>8} bytes  {}", shard.bytes.len(), path.display()));
		written.push(
			json!({ "path": path.display().to_string(), "cid": cid, "size": shard.bytes.len() }),
		);
	}
	out.show(
		format!(
			"{} samples in {} shard(s) written to {}",
			samples.len(),
			made.len(),
			dir.display()
		),
		json!({ "samples": samples.len(), "shards": written }),
	);
	Ok(())
}
