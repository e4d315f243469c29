//! The network at a glance: chain, blocks, finality, validators, epoch, nodes, queue, pool.

use crate::{chain::Chain, corex, output::Output, units::format_cxt};
use anyhow::Result;
use serde_json::json;

/// Prints the network overview.
pub async fn status(out: Output, chain: &Chain) -> Result<()> {
	let name = chain.rpc.system_chain().await?;
	let health = chain.rpc.system_health().await?;
	let best = chain.best().await?;
	let finalized = chain.finalized().await?;
	let storage = best.storage();
	let validators = storage.fetch(corex::storage().session().validators(), ()).await?.decode()?;
	let epoch =
		storage.fetch(corex::storage().node_staking().current_epoch(), ()).await?.decode()?;
	let nodes =
		storage.fetch(corex::storage().node_staking().counter_for_nodes(), ()).await?.decode()?;
	let offered =
		storage.fetch(corex::storage().computations().offered_count(), ()).await?.decode()?;
	let queue =
		crate::chain::view(&best, corex::view_functions().computations().queue_head(100)).await?;
	let jobs =
		storage.fetch(corex::storage().computations().running_job_count(), ()).await?.decode()?;
	let pool_account = best.constants().entry(corex::constants().mining_pool().pool_account())?;
	let pool = storage
		.fetch(corex::storage().system().account(), (pool_account,))
		.await?
		.decode()?
		.data
		.free;
	let issuance =
		storage.fetch(corex::storage().balances().total_issuance(), ()).await?.decode()?;
	let (spec, _) = crate::chain::runtime_version(&best);
	let text = format!(
		"{name} at {url} (runtime version {spec})\n\
		 blocks:      best #{best_n}, finalized #{fin_n}; {peers} peer(s){syncing}\n\
		 validators:  {validators}\n\
		 epoch:       {epoch_index} (from block #{epoch_start})\n\
		 nodes:       {nodes} registered, {offered} offered to the queue\n\
		 queue:       {queued}{more} computation(s) waiting; {jobs} training job(s) running\n\
		 mining pool: {pool} of {issuance} issued",
		url = chain.url,
		best_n = best.block_number(),
		fin_n = finalized.block_number(),
		peers = health.peers,
		syncing = if health.is_syncing { ", syncing" } else { "" },
		validators = validators.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", "),
		epoch_index = epoch.index,
		epoch_start = epoch.start,
		queued = queue.len(),
		more = if queue.len() >= 100 { "+" } else { "" },
		pool = format_cxt(pool),
		issuance = format_cxt(issuance),
	);
	out.show(
		text,
		json!({
			"chain": name,
			"url": chain.url,
			"spec_version": spec,
			"best": best.block_number(),
			"finalized": finalized.block_number(),
			"peers": health.peers,
			"syncing": health.is_syncing,
			"validators": validators.iter().map(|v| v.to_string()).collect::<Vec<_>>(),
			"epoch": { "index": epoch.index, "start": epoch.start },
			"nodes": nodes,
			"offered": offered,
			"queued": queue,
			"running_jobs": jobs,
			"pool_balance": pool.to_string(),
			"total_issuance": issuance.to_string(),
		}),
	);
	Ok(())
}
