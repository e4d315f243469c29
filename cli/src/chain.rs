//! The connection to a node: the subxt client over the runtime's metadata, legacy RPC for what
//! the client does not cover (heads, health), signing and submitting with errors that name
//! their cause.

use anyhow::{anyhow, bail, Context, Result};
use subxt::{
	config::RpcConfigFor,
	error::{DispatchError, TransactionEventsError, TransactionFinalizedSuccessError},
	extrinsics::ExtrinsicEvents,
	rpcs::{LegacyRpcMethods, RpcClient},
	OnlineClient, PolkadotConfig,
};
use subxt_signer::sr25519::Keypair;

/// The chain's configuration as subxt sees it: AccountId32, MultiAddress, MultiSignature and
/// `u32` block numbers, as the Corex runtime has.
pub type Config = PolkadotConfig;
/// A client at the latest finalized block.
pub type AtBlock =
	subxt::client::ClientAtBlock<Config, subxt::client::OnlineClientAtBlockImpl<Config>>;
/// Account ids.
pub type AccountId = subxt::utils::AccountId32;

/// Finalized blocks, each once and in order (`Chain::new_blocks`), none missed: blocks the
/// node's stream skips over (it starts at the newest finalized block, and may jump) are read by
/// number.
pub struct NewBlocks {
	client: OnlineClient<Config>,
	blocks: subxt::client::Blocks<Config>,
	last: u64,
	newest: u64,
}

impl NewBlocks {
	/// The next finalized block: its number and the state at it; `None` once the node stops
	/// sending blocks.
	pub async fn next(&mut self) -> Result<Option<(u64, AtBlock)>> {
		let next = self.last.saturating_add(1);
		if next <= self.newest {
			self.last = next;
			return Ok(Some((next, self.client.at_block(next).await?)));
		}
		while let Some(block) = self.blocks.next().await {
			let block = block?;
			let number = block.number();
			if number < next {
				continue;
			}
			self.newest = number;
			self.last = next;
			let at =
				if number == next { block.at().await? } else { self.client.at_block(next).await? };
			return Ok(Some((next, at)));
		}
		Ok(None)
	}
}

/// A connected node.
#[derive(Clone)]
pub struct Chain {
	/// The subxt client.
	pub api: OnlineClient<Config>,
	/// Legacy RPC methods (heads, health, node name).
	pub rpc: LegacyRpcMethods<RpcConfigFor<Config>>,
	/// The URL it was reached at.
	pub url: String,
}

impl Chain {
	/// Connects to `url` (`ws://` or `wss://`) and reads the runtime's metadata.
	pub async fn connect(url: &str) -> Result<Self> {
		let client = RpcClient::from_insecure_url(url).await.with_context(|| {
			format!("cannot reach a node at {url} (is it running? --url sets another)")
		})?;
		let api = OnlineClient::<Config>::from_rpc_client(client.clone())
			.await
			.with_context(|| format!("cannot read the chain's metadata from {url}"))?;
		let rpc = LegacyRpcMethods::new(client);
		Ok(Chain { api, rpc, url: url.to_string() })
	}

	/// Finalized blocks after block `after`, each once and in order, as they come.
	pub async fn new_blocks(&self, after: u64) -> Result<NewBlocks> {
		Ok(NewBlocks {
			client: self.api.clone(),
			blocks: self.api.stream_blocks().await?,
			last: after,
			newest: after,
		})
	}

	/// The state at the latest finalized block.
	pub async fn finalized(&self) -> Result<AtBlock> {
		self.api.at_current_block().await.context("cannot read the finalized block")
	}

	/// The state at the best block.
	pub async fn best(&self) -> Result<AtBlock> {
		let hash = self
			.rpc
			.chain_get_block_hash(None)
			.await?
			.ok_or_else(|| anyhow!("the node has no best block"))?;
		self.api.at_block(hash).await.context("cannot read the best block")
	}

	/// Signs `call` with `signer`, submits it and waits until it is finalized; returns its
	/// events, or an error that names the pallet error and its documentation.
	pub async fn submit<Call: subxt::transactions::Payload>(
		&self,
		call: &Call,
		signer: &Keypair,
	) -> Result<ExtrinsicEvents<Config>> {
		let what = format!("{}.{}", call_pallet(call), call_name(call));
		let at = self.finalized().await?;
		let progress = at
			.transactions()
			.sign_and_submit_then_watch_default(call, signer)
			.await
			.map_err(|e| anyhow!("{what} was refused by the node: {e}"))?;
		progress.wait_for_finalized_success().await.map_err(|e| explain(&what, e))
	}
}

fn call_pallet<Call: subxt::transactions::Payload>(call: &Call) -> String {
	call.pallet_name().to_string()
}

fn call_name<Call: subxt::transactions::Payload>(call: &Call) -> String {
	call.call_name().to_string()
}

/// `what` failed: with a module error, `pallet.Error: its documentation`.
fn explain(what: &str, error: TransactionFinalizedSuccessError) -> anyhow::Error {
	match error {
		TransactionFinalizedSuccessError::SuccessError(
			TransactionEventsError::ExtrinsicFailed(dispatch),
		) => anyhow!("{what} failed: {}", describe(&dispatch)),
		other => anyhow!("{what} did not complete: {other}"),
	}
}

/// A dispatch error as `Pallet.Error: documentation`, or its description.
pub fn describe(error: &DispatchError) -> String {
	match error {
		DispatchError::Module(module) => match module.details() {
			Ok(details) => {
				let doc = details.variant.docs.join(" ");
				let doc = doc.trim();
				if doc.is_empty() {
					format!("{}.{}", details.pallet.name(), details.variant.name)
				} else {
					format!("{}.{}: {doc}", details.pallet.name(), details.variant.name)
				}
			},
			Err(_) => module.to_string(),
		},
		other => other.to_string(),
	}
}

/// The first event `E` of a transaction, or an error naming it.
pub fn event<E: subxt::events::DecodeAsEvent>(
	events: &ExtrinsicEvents<Config>,
	name: &str,
) -> Result<E> {
	match events.find_first::<E>() {
		Some(found) => Ok(found?),
		None => bail!("the transaction emitted no {name} event"),
	}
}

/// Calls a pallet's view function at `at`.
///
/// Through the runtime API `RuntimeViewFunction_execute_view_function(query_id, input: Vec<u8>)
/// -> Result<Vec<u8>, ViewFunctionDispatchError>`: subxt 0.50 leaves out the `Vec` length of the
/// input and the `Result` around the output, so it encodes and decodes them here, and subxt
/// only encodes the arguments from the metadata.
pub async fn view<P>(at: &AtBlock, payload: P) -> Result<P::ReturnType>
where
	P: subxt::view_functions::Payload,
{
	use codec::{Decode, Encode};
	let what = format!("{}.{}", payload.pallet_name(), payload.function_name());
	let metadata = at.metadata();
	let output = metadata
		.pallet_by_name(payload.pallet_name())
		.and_then(|p| p.view_function_by_name(payload.function_name()))
		.ok_or_else(|| anyhow!("the runtime has no view function {what}"))?
		.output_ty();
	let views = at.view_functions();
	let encoded = views.encode_args(&payload).map_err(|e| anyhow!("{what}: {e}"))?;
	let (query_id, input) = encoded.split_at(32.min(encoded.len()));
	let mut call = query_id.to_vec();
	input.to_vec().encode_to(&mut call);
	let raw = views.call_raw(Some(&call)).await.map_err(|e| anyhow!("{what}: {e}"))?;
	let result = Result::<Vec<u8>, ViewDispatchError>::decode(&mut &raw[..])
		.map_err(|e| anyhow!("{what}: an answer that is not a view function's: {e}"))?;
	let bytes = result.map_err(|e| anyhow!("{what} failed: {e:?}"))?;
	<P::ReturnType as subxt::ext::scale_decode::DecodeAsType>::decode_as_type(
		&mut &bytes[..],
		output,
		metadata.types(),
	)
	.map_err(|e| anyhow!("{what}: cannot decode its answer: {e}"))
}

/// Why the runtime did not run a view function (`ViewFunctionDispatchError`).
#[derive(codec::Decode, Debug)]
pub enum ViewDispatchError {
	/// The runtime has no such view function.
	NotImplemented,
	/// No view function has this id.
	NotFound([u8; 32]),
	/// The input did not decode.
	Codec,
}

/// A 32-byte public key or account from hex (`0x…`) or SS58.
pub fn parse_account(text: &str) -> Result<AccountId> {
	if let Some(hex) = text.strip_prefix("0x") {
		let bytes: [u8; 32] = hex::decode(hex)
			.ok()
			.and_then(|b| b.try_into().ok())
			.ok_or_else(|| anyhow!("`{text}` is not a 32-byte hex key"))?;
		return Ok(AccountId::from(bytes));
	}
	text.parse::<AccountId>().map_err(|e| anyhow!("`{text}` is not an SS58 address: {e}"))
}

/// The metadata's view of the runtime: its spec name and version.
pub fn runtime_version(at: &AtBlock) -> (u32, u32) {
	(at.spec_version(), at.transaction_version())
}

/// The events type of a block, for matching.
pub type Events = subxt::events::Events<Config>;
