//! Customers' single computations: define a kernel over a model, order it on inputs, and wait
//! for its verified result.

use crate::{
	chain::{event, view, Chain},
	corex::{
		self,
		runtime_types::{
			bounded_collections::bounded_vec::BoundedVec,
			corex_primitives::computation::{
				ComputationKind, ComputationStatus, VerificationMode, VerificationPolicy,
			},
			pallet_computations::types::{ComputationOrder, NewDefinition},
			sp_arithmetic::per_things::Perbill,
		},
	},
	gateway::{cid_text, Gateway},
	output::Output,
	train::Blob,
	units::format_cxt,
};
use anyhow::{anyhow, bail, Result};
use corex_primitives::ContentId;
use serde_json::json;
use std::path::{Path, PathBuf};
use subxt_signer::sr25519::Keypair;

/// A kernel customers may order, from its name.
pub fn parse_kind(text: &str) -> Result<ComputationKind, String> {
	match text.to_ascii_lowercase().as_str() {
		"inference" => Ok(ComputationKind::Inference),
		"gradient-step" => Ok(ComputationKind::GradientStep),
		"data-transform" => Ok(ComputationKind::DataTransform),
		_ => Err(format!("`{text}` is not a kernel: inference, gradient-step or data-transform")),
	}
}

/// A definition as a customer writes it.
pub struct Definition {
	/// The kernel.
	pub kind: ComputationKind,
	/// The model file; its content id is the definition's spec.
	pub spec: PathBuf,
	/// Values per sample.
	pub features: u32,
	/// Share of computations a verifier replays, in percent.
	pub replay_percent: u8,
}

/// Registers `definition` (its spec published when a gateway is given); returns its id.
pub async fn define(
	out: Output,
	chain: &Chain,
	signer: &Keypair,
	gateway: Option<&Gateway>,
	definition: &Definition,
) -> Result<u32> {
	let Definition { kind, spec, features, replay_percent } = definition;
	let (features, replay_percent) = (*features, *replay_percent);
	let spec = Blob::read(spec)?;
	if let Some(gateway) = gateway {
		gateway.publish(&spec.bytes)?;
	}
	let call = corex::transactions().computations().register_definition(NewDefinition {
		kind: kind.clone(),
		spec: BoundedVec(cid_text(&spec.cid).into_bytes()),
		features,
		policy: VerificationPolicy {
			mode: VerificationMode::Exact,
			replay_rate: Perbill(u32::from(replay_percent.min(100)).saturating_mul(10_000_000)),
		},
		device_class: None,
		min_tier: 1,
	});
	let events = chain.submit(&call, signer).await?;
	let registered: corex::computations::events::DefinitionRegistered =
		event(&events, "Computations.DefinitionRegistered")?;
	out.show(
		format!(
			"definition {} registered (deposit {})",
			registered.id,
			format_cxt(registered.deposit)
		),
		json!({ "definition": registered.id, "deposit": registered.deposit.to_string() }),
	);
	Ok(registered.id)
}

/// What an order asks for.
pub struct Order {
	/// The definition.
	pub definition: u32,
	/// Its inputs, in the kernel's order.
	pub inputs: Vec<PathBuf>,
	/// Nodes that compute it (k).
	pub redundancy: u8,
	/// Fee per compute unit, in plancks.
	pub fee_per_cu: u128,
	/// Blocks from now by which every result must be committed.
	pub deadline_blocks: u32,
}

/// Publishes the inputs and queues the computation at the price the chain quotes; returns its
/// id.
pub async fn submit(
	out: Output,
	chain: &Chain,
	signer: &Keypair,
	gateway: Option<&Gateway>,
	order: &Order,
) -> Result<u64> {
	let inputs = order.inputs.iter().map(|p| Blob::read(p)).collect::<Result<Vec<_>>>()?;
	if let Some(gateway) = gateway {
		for blob in &inputs {
			gateway.publish(&blob.bytes)?;
		}
	}
	let refs = inputs.iter().map(Blob::input).collect::<Result<Vec<_>>>()?;
	let sizes: Vec<u32> = refs.iter().map(|r| r.size).collect();
	let at = chain.best().await?;
	let cu = view(&at, corex::view_functions().computations().order_cost(order.definition, sizes))
		.await?
		.ok_or_else(|| {
			anyhow!(
				"definition {} does not exist or its kernel cannot take these inputs",
				order.definition
			)
		})?;
	let deadline = u32::try_from(at.block_number())
		.ok()
		.and_then(|now| now.checked_add(order.deadline_blocks))
		.ok_or_else(|| anyhow!("the deadline is past the last block number"))?;
	let call = corex::transactions().computations().submit_computation(ComputationOrder {
		definition: order.definition,
		inputs: BoundedVec(refs),
		cu_budget: cu,
		fee_per_cu: order.fee_per_cu,
		deadline,
		redundancy: order.redundancy,
	});
	let events = chain.submit(&call, signer).await?;
	let queued: corex::computations::events::ComputationQueued =
		event(&events, "Computations.ComputationQueued")?;
	out.show(
		format!(
			"computation {} queued: {} CU, k = {}, {} escrowed, results due by block #{}\nwait for it: corex compute wait {}",
			queued.id,
			queued.cu,
			queued.redundancy,
			format_cxt(queued.escrow),
			queued.deadline,
			queued.id
		),
		json!({
			"computation": queued.id,
			"cu": queued.cu,
			"redundancy": queued.redundancy,
			"escrow": queued.escrow.to_string(),
			"deadline": queued.deadline,
		}),
	);
	Ok(queued.id)
}

fn status_name(status: &ComputationStatus) -> &'static str {
	match status {
		ComputationStatus::Queued => "queued",
		ComputationStatus::Assigned => "assigned",
		ComputationStatus::Committed => "committed",
		ComputationStatus::Revealed => "revealed",
		ComputationStatus::Verified => "verified",
	}
}

/// How far back `compute wait` looks for the verdict of a computation verified before it
/// started (the reveal, replay and dispute windows together are far shorter by default).
const VERDICT_LOOKBACK: u64 = 1_000;

/// The verified result of computation `id`, from the `ComputationVerified` event of one of the
/// `VERDICT_LOOKBACK` blocks up to `before`.
async fn verified_result(chain: &Chain, id: u64, before: u64) -> Result<ContentId> {
	let mut number = before;
	while number > before.saturating_sub(VERDICT_LOOKBACK) {
		let events = chain.api.at_block(number).await?.events().fetch().await?;
		for verified in events.find::<corex::computations::events::ComputationVerified>() {
			let verified = verified?;
			if verified.id == id {
				return Ok(ContentId(verified.result.0));
			}
		}
		number = number.saturating_sub(1);
	}
	bail!("computation {id} was verified more than {VERDICT_LOOKBACK} blocks before #{before}: its result is in that block's ComputationVerified event")
}

/// Follows computation `id` block by block until it ends; with a verified result, writes it to
/// `path` when given (fetched from the gateway and checked against the verified content id).
pub async fn wait(
	out: Output,
	chain: &Chain,
	gateway: &Gateway,
	id: u64,
	path: Option<&Path>,
) -> Result<()> {
	let start = chain.finalized().await?;
	let mut shown = String::new();
	// Verified before this started (and not yet paid): the result is in an earlier block.
	let mut result: Option<ContentId> = None;
	if let Some(state) =
		view(&start, corex::view_functions().computations().computation_status(id)).await?
	{
		if matches!(state.status, ComputationStatus::Verified) {
			result = Some(verified_result(chain, id, start.block_number()).await?);
		}
	}
	let mut blocks = chain.new_blocks(start.block_number().saturating_sub(1)).await?;
	while let Some((number, at)) = blocks.next().await? {
		let events = at.events().fetch().await?;
		for verified in events.find::<corex::computations::events::ComputationVerified>() {
			let verified = verified?;
			if verified.id == id {
				result = Some(ContentId(verified.result.0));
			}
		}
		for done in events.find::<corex::computations::events::ComputationFinalized>() {
			let done = done?;
			if done.id != id {
				continue;
			}
			let cid = match result {
				Some(cid) => cid,
				// Verified before the first block read here.
				None => verified_result(chain, id, number).await?,
			};
			let mut written = None;
			if let Some(path) = path {
				let bytes = gateway.fetch(&cid)?;
				std::fs::write(path, &bytes)
					.map_err(|e| anyhow!("cannot write {}: {e}", path.display()))?;
				written = Some(path.display().to_string());
			}
			out.show(
				format!(
					"computation {id} verified in block #{number}: result {}; {} paid to its nodes, {} refunded{}",
					cid_text(&cid),
					format_cxt(done.paid),
					format_cxt(done.refunded),
					written.as_ref().map_or(String::new(), |p| format!("; written to {p}"))
				),
				json!({
					"computation": id,
					"result": cid_text(&cid),
					"paid": done.paid.to_string(),
					"protocol_fee": done.protocol_fee.to_string(),
					"refunded": done.refunded.to_string(),
					"block": number,
					"written": written,
				}),
			);
			return Ok(());
		}
		for failed in events.find::<corex::computations::events::ComputationFailed>() {
			let failed = failed?;
			if failed.id == id {
				bail!(
					"computation {id} failed verification; {} refunded",
					format_cxt(failed.refunded)
				);
			}
		}
		for expired in events.find::<corex::computations::events::ComputationExpired>() {
			let expired = expired?;
			if expired.id == id {
				bail!(
					"computation {id} expired before its results were in; {} refunded",
					format_cxt(expired.refunded)
				);
			}
		}
		for gone in events.find::<corex::computations::events::ComputationUnavailable>() {
			let gone = gone?;
			if gone.id == id {
				bail!(
					"computation {id} ended: its nodes could not fetch its inputs; {} refunded",
					format_cxt(gone.refunded)
				);
			}
		}
		match view(&at, corex::view_functions().computations().computation_status(id)).await? {
			Some(state) => {
				let now = status_name(&state.status);
				if now != shown {
					out.note(format!(
						"block #{number}: computation {id} {now}, {} node(s) assigned",
						state.nodes.len()
					));
					shown = now.to_string();
				}
			},
			None if shown.is_empty() => bail!("there is no open computation {id}"),
			None => {},
		}
	}
	bail!("the node stopped sending blocks")
}
