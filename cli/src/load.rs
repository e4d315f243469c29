//! `corex load`: drive a chain with simulated compute nodes and measure how many fragments it
//! verifies per second (docs/performance.md, P1).
//!
//! The tool registers, bonds and offers `nodes` compute nodes (each its own operator, so any
//! `k` of them are distinct operators), registers an exactly checked data-transform definition,
//! and then, for each offered load, submits that many batches (`Computations::submit_batch`) of
//! `fragments` fragments per block. Its simulated workers do what a node's off-chain worker does
//! for its assignments: commit (`commit_result`) when assigned, reveal (`Proofs::reveal`) when
//! the reveal window opens, replay when drawn as a verifier, and answer capability probes. They
//! compute every fragment with the chain's kernels (`corex_compute::run`); since they are all
//! honest and in one process, each distinct shard list is computed once. Nothing is hidden from
//! the chain: every batch is assigned, committed by `k` nodes, revealed and verified on chain.
//!
//! Per offered load it reports the verified fragments per second (from the
//! `ComputationVerified` events of its batches and the blocks' timestamps), extrinsics per
//! block, block fullness (`System::BlockWeight` against the normal class's limit) and the fees
//! per fragment: the transaction fees its accounts paid and the compute fee the customer paid
//! (`ComputationFinalized`).

use crate::{
	chain::{view, AccountId, AtBlock, Chain, Events},
	corex::{
		self,
		runtime_types::{
			bounded_collections::bounded_vec::BoundedVec,
			corex_primitives::{
				computation::{ComputationKind, VerificationMode, VerificationPolicy},
				content::ContentId as ChainContentId,
				node::{worker::Public as WorkerPublic, DeviceClass},
			},
			pallet_computations::types::{BatchOrder, NewDefinition},
			sp_arithmetic::per_things::Perbill,
		},
	},
	output::Output,
	signer::keypair,
	units::format_cxt,
};
use anyhow::{anyhow, bail, Context, Result};
use codec::Encode;
use corex_compute::{Kernel, Sample};
use corex_primitives::{
	batch::{manifest, shard_list, Shard},
	ContentId,
};
use serde_json::json;
use std::{
	collections::{BTreeMap, BTreeSet},
	path::PathBuf,
	str::FromStr,
};
use subxt::config::DefaultExtrinsicParamsBuilder;
use subxt_signer::{sr25519::Keypair, SecretUri};

/// One plancks-per-CXT.
const CXT: u128 = 1_000_000_000_000;
/// Samples in each fragment's shard, and their width: a data transform of 8 × 64 costs one CU.
const SHARD_SAMPLES: usize = 8;
const FEATURES: u32 = 64;
/// Distinct shard lists the batches take in turn.
const LISTS: usize = 4;

/// What to run.
pub struct Plan {
	/// Simulated compute nodes (each its own operator).
	pub nodes: u32,
	/// Fragments per batch.
	pub fragments: u32,
	/// The offered loads to measure, in batches submitted per block.
	pub loads: Vec<u32>,
	/// Blocks measured per load, after `warmup` blocks at that load.
	pub blocks: u32,
	/// Blocks at each load before measuring.
	pub warmup: u32,
	/// `k`.
	pub redundancy: u8,
	/// CXT each node's operator bonds.
	pub stake: u128,
	/// Development accounts that fund the operators and workers, in turn; the first is the
	/// customer.
	pub funders: Vec<String>,
	/// Fee per CU of every batch, in plancks.
	pub fee_per_cu: u128,
	/// The verified fragments/s the chain's weights allow, to compare with.
	pub ceiling: Option<f64>,
	/// A gateway to publish the shards and shard lists to, for real nodes' workers (which fetch
	/// them) taking part next to the simulated ones.
	pub publish: Option<crate::gateway::Gateway>,
	/// Where to write the points as CSV.
	pub csv: Option<PathBuf>,
	/// Where to plot them (SVG).
	pub svg: Option<PathBuf>,
}

/// A signing account with the nonce of its next transaction.
struct Account {
	pair: Keypair,
	id: AccountId,
	nonce: u64,
}

impl Account {
	fn new(pair: Keypair) -> Self {
		let id = AccountId::from(pair.public_key().0);
		Account { pair, id, nonce: 0 }
	}

	/// Reads the next nonce from the node (pending transactions included).
	async fn sync(&mut self, chain: &Chain) -> Result<()> {
		self.nonce = chain.rpc.system_account_next_index(&self.id).await?;
		Ok(())
	}

	/// Signs `call` with the next nonce (which it takes).
	fn sign<Call: subxt::transactions::Payload>(
		&mut self,
		at: &AtBlock,
		call: &Call,
	) -> Result<Vec<u8>> {
		let params = DefaultExtrinsicParamsBuilder::new().nonce(self.nonce).build();
		let mut signable = at.transactions().create_signable_offline(call, params)?;
		let signed = signable.sign(&self.pair)?.into_encoded();
		self.nonce = self.nonce.saturating_add(1);
		Ok(signed)
	}

	/// Signs `call` with the next nonce and hands it to the node's pool. On refusal the nonce is
	/// read again and the error returned.
	async fn send<Call: subxt::transactions::Payload>(
		&mut self,
		chain: &Chain,
		at: &AtBlock,
		call: &Call,
	) -> Result<()> {
		let params = DefaultExtrinsicParamsBuilder::new().nonce(self.nonce).build();
		let sent = async {
			let mut signable = at.transactions().create_signable_offline(call, params)?;
			signable.sign(&self.pair)?.submit().await
		}
		.await;
		match sent {
			Ok(_) => {
				self.nonce = self.nonce.saturating_add(1);
				Ok(())
			},
			Err(e) => {
				self.sync(chain).await?;
				Err(anyhow!("{}.{}: {e}", call.pallet_name(), call.call_name()))
			},
		}
	}
}

/// A simulated compute node.
struct SimNode {
	operator: Account,
	worker: Account,
	id: Option<u32>,
}

/// One shard list: its content id and the content id of its output manifest.
#[derive(Clone, Copy)]
struct List {
	cid: ContentId,
	result: ContentId,
}

/// The shard lists the batches take in turn, computed with the chain's kernel: for each, its
/// shards' content ids and sizes, and the manifest of the transform's outputs. Also returns the
/// largest shard's size and every block (shards and lists) for a gateway.
fn lists(fragments: u32) -> Result<(Vec<List>, u32, Vec<Vec<u8>>)> {
	let mut blocks = Vec::new();
	let mut out = Vec::with_capacity(LISTS);
	let mut largest = 0u32;
	for l in 0..LISTS {
		let mut shards = Vec::with_capacity(fragments as usize);
		let mut outputs = Vec::with_capacity(fragments as usize);
		for f in 0..fragments {
			let samples: Vec<Sample> = (0..SHARD_SAMPLES)
				.map(|s| {
					let seed = ContentId::of(&(l as u32, f, s as u32).encode()).0;
					let features = (0..FEATURES as usize)
						.map(|i| seed.get(i % 32).copied().unwrap_or(0).wrapping_add(i as u8) % 17)
						.collect();
					Sample { features, label: seed[0] % 10 }
				})
				.collect();
			let shard = samples.encode();
			let output = corex_compute::run(Kernel::Transform, core::slice::from_ref(&shard))
				.map_err(|e| anyhow!("the transform refused a generated shard: {e:?}"))?;
			let size = u32::try_from(shard.len())?;
			largest = largest.max(size);
			shards.push(Shard { cid: ContentId::of(&shard), size });
			outputs.push(ContentId::of(&output.blob));
			blocks.push(shard);
		}
		let list = shard_list(&shards);
		out.push(List { cid: ContentId::of(&list), result: ContentId::of(&manifest(&outputs)) });
		blocks.push(list);
	}
	Ok((out, largest, blocks))
}

fn dev_pair(uri: &str) -> Result<Keypair> {
	let secret = SecretUri::from_str(uri).map_err(|e| anyhow!("{uri}: {e}"))?;
	Keypair::from_uri(&secret).map_err(|e| anyhow!("{uri}: {e}"))
}

/// What the measurement of one offered load found.
#[derive(Clone, Debug, Default)]
pub struct Point {
	/// Batches submitted per block.
	pub batches_per_block: u32,
	/// Offered fragments per second.
	pub offered_per_s: f64,
	/// Verified fragments per second.
	pub verified_per_s: f64,
	/// Verified fragments in the window.
	pub verified: u64,
	/// Blocks and seconds in the window.
	pub blocks: u32,
	pub seconds: f64,
	/// Extrinsics per block.
	pub extrinsics_per_block: f64,
	/// Normal-class weight used, as a share of its limit.
	pub fullness: f64,
	/// Transaction fees per verified fragment (plancks).
	pub tx_fee_per_fragment: f64,
	/// Compute fee per verified fragment (plancks).
	pub compute_fee_per_fragment: f64,
	/// Batches that failed, expired or ended unavailable in the window.
	pub failed: u32,
}

/// Running sums over a measured window.
#[derive(Default)]
struct Window {
	blocks: u32,
	first_ms: Option<u64>,
	last_ms: u64,
	verified: u64,
	extrinsics: u64,
	fullness: f64,
	tx_fees: u128,
	compute_fees: u128,
	failed: u32,
}

/// Who signs a transaction of the simulation.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Who {
	Customer,
	Worker(usize),
}

/// The simulation's state.
struct Sim {
	chain: Chain,
	genesis: [u8; 32],
	nodes: Vec<SimNode>,
	by_id: BTreeMap<u32, usize>,
	customer: Account,
	ours: BTreeSet<AccountId>,
	lists: Vec<List>,
	/// Open batches: their fragments and shard list.
	batches: BTreeMap<u64, (u32, usize)>,
	/// Commitments made: the salt of each (computation, node).
	salts: BTreeMap<(u64, u32), [u8; 32]>,
	/// Transactions signed and not yet handed to the node: who signed, and the bytes.
	outbox: Vec<(Who, Vec<u8>)>,
	/// Errors met sending transactions.
	send_errors: u64,
	normal_limit: u64,
	last: u64,
}

impl Sim {
	fn salt(&self, id: u64, node: u32) -> [u8; 32] {
		ContentId::of(&(self.genesis, id, node, b"corex-load").encode()).0
	}

	/// The account that signs as `who`.
	fn account(&mut self, who: Who) -> Option<&mut Account> {
		match who {
			Who::Customer => Some(&mut self.customer),
			Who::Worker(n) => self.nodes.get_mut(n).map(|node| &mut node.worker),
		}
	}

	/// Signs `call` as `who` for the next `flush`.
	fn queue<Call: subxt::transactions::Payload>(&mut self, who: Who, at: &AtBlock, call: &Call) {
		let Some(account) = self.account(who) else { return };
		match account.sign(at, call) {
			Ok(bytes) => self.outbox.push((who, bytes)),
			Err(_) => self.send_errors = self.send_errors.saturating_add(1),
		}
	}

	/// Hands every queued transaction to the node: the accounts' at once, each account's in
	/// nonce order, stopping at its first refusal (what follows could not be included before it);
	/// an account with a refusal reads its nonce again.
	async fn flush(&mut self) -> Result<()> {
		let outbox = core::mem::take(&mut self.outbox);
		let mut by_account: Vec<(Who, Vec<Vec<u8>>)> = Vec::new();
		for (who, bytes) in outbox {
			match by_account.iter_mut().find(|(w, _)| *w == who) {
				Some((_, list)) => list.push(bytes),
				None => by_account.push((who, vec![bytes])),
			}
		}
		let rpc = self.chain.rpc.clone();
		let refused = futures::future::join_all(by_account.iter().map(|(_, list)| {
			let rpc = rpc.clone();
			async move {
				for (n, bytes) in list.iter().enumerate() {
					if rpc.author_submit_extrinsic(bytes).await.is_err() {
						return list.len().saturating_sub(n);
					}
				}
				0
			}
		}))
		.await;
		for ((who, _), refused) in by_account.iter().zip(refused) {
			if refused == 0 {
				continue;
			}
			self.send_errors = self.send_errors.saturating_add(refused as u64);
			let chain = self.chain.clone();
			if let Some(account) = self.account(*who) {
				account.sync(&chain).await?;
			}
		}
		Ok(())
	}

	fn result_of(&self, id: u64) -> Option<ContentId> {
		self.batches.get(&id).and_then(|(_, l)| self.lists.get(*l)).map(|l| l.result)
	}

	/// Reacts to one block's events as the nodes' workers would; returns the block's events.
	async fn on_block(&mut self, at: &AtBlock) -> Result<Events> {
		let events = at.events().fetch().await?;
		let mut commits = Vec::new();
		let mut reveals = Vec::new();
		let mut replays = Vec::new();
		let mut probes = Vec::new();
		for e in events.find::<corex::computations::events::BatchQueued>() {
			let e = e?;
			let cid = ContentId(e.shards.0);
			if let Some(l) = self.lists.iter().position(|l| l.cid == cid) {
				self.batches.insert(e.id, (e.fragments, l));
			}
		}
		for e in events.find::<corex::computations::events::NodeAssigned>() {
			let e = e?;
			if self.by_id.contains_key(&e.node) && self.batches.contains_key(&e.id) {
				commits.push((e.id, e.node));
			}
		}
		for e in events.find::<corex::proofs::events::RevealOpened>() {
			let e = e?;
			for ((id, node), _) in self.salts.range((e.id, 0)..=(e.id, u32::MAX)) {
				reveals.push((*id, *node));
			}
		}
		// Every verifier (sampled, escalated or replacing one) is named by the queue's event.
		for e in events.find::<corex::computations::events::VerifierAssigned>() {
			let e = e?;
			if !replays.contains(&(e.id, e.node)) {
				replays.push((e.id, e.node));
			}
		}
		for e in events.find::<corex::computations::events::ProbeIssued>() {
			let e = e?;
			if self.by_id.contains_key(&e.node) {
				probes.push(e.node);
			}
		}
		for (id, node) in commits {
			let (Some(result), Some(&n)) = (self.result_of(id), self.by_id.get(&node)) else {
				continue;
			};
			let salt = self.salt(id, node);
			let commitment =
				corex_primitives::commitment::of(&self.genesis, id, node, &result, None, &salt);
			let call = corex::transactions().computations().commit_result(id, commitment);
			self.queue(Who::Worker(n), at, &call);
			self.salts.insert((id, node), salt);
		}
		for (id, node) in reveals {
			let (Some(result), Some(&n), Some(salt)) =
				(self.result_of(id), self.by_id.get(&node), self.salts.get(&(id, node)).copied())
			else {
				continue;
			};
			let call = corex::transactions().proofs().reveal(
				id,
				ChainContentId(result.0),
				None,
				salt,
				None,
			);
			self.queue(Who::Worker(n), at, &call);
		}
		for (id, node) in replays {
			let (Some(result), Some(&n)) = (self.result_of(id), self.by_id.get(&node)) else {
				continue;
			};
			let call = corex::transactions().proofs().submit_replay(
				id,
				ChainContentId(result.0),
				None,
				None,
			);
			self.queue(Who::Worker(n), at, &call);
		}
		for node in probes {
			let Some(&n) = self.by_id.get(&node) else { continue };
			let Some(open) =
				view(at, corex::view_functions().computations().probe_of_node(node)).await?
			else {
				continue;
			};
			let probe = corex_compute::probe::Probe { seed: open.seed, samples: open.samples };
			let labels = probe.answer().map_err(|e| anyhow!("probe: {e:?}"))?;
			let call = corex::transactions().computations().submit_probe(BoundedVec(labels));
			self.queue(Who::Worker(n), at, &call);
		}
		self.flush().await?;
		Ok(events)
	}

	/// Forgets the batches that closed in a block with `events`.
	fn forget_closed(&mut self, events: &Events) -> Result<()> {
		let mut closed = Vec::new();
		for e in events.find::<corex::computations::events::ComputationFinalized>() {
			closed.push(e?.id);
		}
		for e in events.find::<corex::computations::events::ComputationFailed>() {
			closed.push(e?.id);
		}
		for e in events.find::<corex::computations::events::ComputationExpired>() {
			closed.push(e?.id);
		}
		for e in events.find::<corex::computations::events::ComputationUnavailable>() {
			closed.push(e?.id);
		}
		for id in closed {
			self.batches.remove(&id);
			let nodes: Vec<(u64, u32)> =
				self.salts.range((id, 0)..=(id, u32::MAX)).map(|(k, _)| *k).collect();
			for k in nodes {
				self.salts.remove(&k);
			}
		}
		Ok(())
	}

	/// Adds block `at` (its `events`) to `window`.
	async fn measure(&self, at: &AtBlock, events: &Events, window: &mut Window) -> Result<()> {
		let now: u64 =
			at.storage().fetch(corex::storage().timestamp().now(), ()).await?.decode()?;
		window.first_ms.get_or_insert(now);
		window.last_ms = now;
		window.blocks = window.blocks.saturating_add(1);
		for e in events.find::<corex::computations::events::ComputationVerified>() {
			let e = e?;
			if let Some((fragments, _)) = self.batches.get(&e.id) {
				window.verified = window.verified.saturating_add(u64::from(*fragments));
			}
		}
		for e in events.find::<corex::computations::events::ComputationFinalized>() {
			let e = e?;
			if self.batches.contains_key(&e.id) {
				window.compute_fees =
					window.compute_fees.saturating_add(e.paid).saturating_add(e.protocol_fee);
			}
		}
		let mut failed = Vec::new();
		for e in events.find::<corex::computations::events::ComputationFailed>() {
			failed.push(e?.id);
		}
		for e in events.find::<corex::computations::events::ComputationExpired>() {
			failed.push(e?.id);
		}
		for e in events.find::<corex::computations::events::ComputationUnavailable>() {
			failed.push(e?.id);
		}
		let failed = failed.iter().filter(|id| self.batches.contains_key(id)).count();
		window.failed = window.failed.saturating_add(failed as u32);
		for e in events.find::<corex::transaction_payment::events::TransactionFeePaid>() {
			let e = e?;
			if self.ours.contains(&e.who) {
				window.tx_fees = window.tx_fees.saturating_add(e.actual_fee);
			}
		}
		let extrinsics = events
			.find::<corex::system::events::ExtrinsicSuccess>()
			.count()
			.saturating_add(events.find::<corex::system::events::ExtrinsicFailed>().count());
		window.extrinsics = window.extrinsics.saturating_add(extrinsics as u64);
		let weight =
			at.storage().fetch(corex::storage().system().block_weight(), ()).await?.decode()?;
		let used = weight.normal.ref_time as f64;
		window.fullness += used / self.normal_limit.max(1) as f64;
		Ok(())
	}
}

/// The next best block after the last one seen (each number once, none skipped), with the
/// workers' reactions to its events; measured into `window` when given, before the batches
/// closed in it are forgotten.
async fn next_block(sim: &mut Sim, window: Option<&mut Window>) -> Result<(AtBlock, Events)> {
	let next = sim.last.saturating_add(1);
	loop {
		let best = sim.chain.best().await?;
		if best.block_number() >= next {
			let at = sim.chain.api.at_block(next).await?;
			sim.last = next;
			let events = sim.on_block(&at).await?;
			if let Some(window) = window {
				sim.measure(&at, &events, window).await?;
			}
			sim.forget_closed(&events)?;
			return Ok((at, events));
		}
		tokio::time::sleep(std::time::Duration::from_millis(100)).await;
	}
}

/// Reads the current epoch's index.
async fn epoch(at: &AtBlock) -> Result<u32> {
	let info = at.storage().fetch(corex::storage().node_staking().current_epoch(), ()).await?;
	Ok(info.decode()?.index)
}

/// Runs the plan against the chain at `chain`; returns the points measured.
pub async fn run(out: Output, chain: &Chain, plan: &Plan) -> Result<Vec<Point>> {
	if plan.nodes < u32::from(plan.redundancy) {
		bail!(
			"{} nodes cannot fill k = {} slots of distinct operators",
			plan.nodes,
			plan.redundancy
		);
	}
	let mut funders = plan
		.funders
		.iter()
		.map(|name| {
			keypair(&crate::signer::KeySource::Uri(name.clone()))
				.map(Account::new)
				.map_err(|e| anyhow!(e))
		})
		.collect::<Result<Vec<_>>>()?;
	if funders.is_empty() {
		bail!("no funder: give --funders");
	}
	let (lists, shard_size, blocks) = lists(plan.fragments)?;
	if let Some(gateway) = &plan.publish {
		out.note(format!("publishing {} shards and shard lists to {}", blocks.len(), gateway.api));
		for block in &blocks {
			gateway.publish(block)?;
		}
	}
	drop(blocks);
	let at = chain.best().await?;
	let genesis = chain.api.genesis_hash().0;
	let limits = at.constants().entry(corex::constants().system().block_weights())?;
	let normal_limit =
		limits.per_class.normal.max_total.map_or(limits.max_block.ref_time, |w| w.ref_time);
	let block_ms: u64 =
		at.constants().entry(corex::constants().timestamp().minimum_period())?.saturating_mul(2);
	let mut nodes = Vec::new();
	for n in 0..plan.nodes {
		nodes.push(SimNode {
			operator: Account::new(dev_pair(&format!("//CorexLoad//operator//{n}"))?),
			worker: Account::new(dev_pair(&format!("//CorexLoad//worker//{n}"))?),
			id: None,
		});
	}
	for f in funders.iter_mut() {
		f.sync(chain).await?;
	}
	let mut ours: BTreeSet<AccountId> =
		nodes.iter().flat_map(|n| [n.operator.id, n.worker.id]).collect();
	let customer_id = funders.first().map(|f| f.id).ok_or_else(|| anyhow!("no funder"))?;
	ours.insert(customer_id);

	// Fund every operator (its stake, the node deposit and fees) and worker (its fees).
	out.note(format!("funding {} operators and workers", plan.nodes));
	let stake = plan.stake.saturating_mul(CXT);
	let count = funders.len();
	for (n, node) in nodes.iter().enumerate() {
		let Some(funder) = funders.get_mut(n.checked_rem(count).unwrap_or(0)) else { continue };
		for (who, amount) in
			[(&node.operator.id, stake.saturating_add(100 * CXT)), (&node.worker.id, 1_000 * CXT)]
		{
			let call = corex::transactions()
				.balances()
				.transfer_keep_alive(subxt::utils::MultiAddress::Id(*who), amount);
			funder.send(chain, &at, &call).await?;
		}
	}
	let customer = funders.swap_remove(0);
	let mut sim = Sim {
		chain: chain.clone(),
		genesis,
		nodes,
		by_id: BTreeMap::new(),
		customer,
		ours,
		lists,
		batches: BTreeMap::new(),
		salts: BTreeMap::new(),
		outbox: Vec::new(),
		send_errors: 0,
		normal_limit,
		last: at.block_number(),
	};
	// Every operator and worker funded (the funders' transfers may land in different blocks).
	let funded: Vec<AccountId> =
		sim.nodes.iter().flat_map(|n| [n.operator.id, n.worker.id]).collect();
	let mut waiting = funded.len();
	for _ in 0..30 {
		let (at, _) = next_block(&mut sim, None).await?;
		waiting = 0;
		for who in &funded {
			// `System::Account` has a default: an account not yet funded reads as empty.
			let free =
				match at.storage().try_fetch(corex::storage().system().account(), (*who,)).await? {
					Some(value) => value.decode()?.data.free,
					None => 0,
				};
			if free == 0 {
				waiting = waiting.saturating_add(1);
			}
		}
		if waiting == 0 {
			break;
		}
	}
	if waiting > 0 {
		bail!("{waiting} accounts were not funded within 30 blocks");
	}

	// Register every node, bond, and offer it once active.
	out.note("registering and bonding the nodes".to_string());
	let at = sim.chain.best().await?;
	for node in sim.nodes.iter_mut() {
		node.operator.sync(chain).await?;
		let key = WorkerPublic(node.worker.pair.public_key().0);
		let capacity = u64::try_from(plan.stake.saturating_mul(2)).unwrap_or(u64::MAX);
		let call = corex::transactions().node_staking().register_node(
			key,
			DeviceClass::Cpu,
			capacity,
			b"corex load".to_vec(),
		);
		node.operator.send(chain, &at, &call).await?;
	}
	let operators: BTreeMap<AccountId, usize> =
		sim.nodes.iter().enumerate().map(|(n, node)| (node.operator.id, n)).collect();
	for _ in 0..30 {
		let (_, events) = next_block(&mut sim, None).await?;
		for e in events.find::<corex::node_staking::events::NodeRegistered>() {
			let e = e?;
			if let Some(&n) = operators.get(&e.operator) {
				if let Some(node) = sim.nodes.get_mut(n) {
					node.id = Some(e.node);
				}
				sim.by_id.insert(e.node, n);
			}
		}
		if sim.by_id.len() == sim.nodes.len() {
			break;
		}
	}
	if sim.by_id.len() != sim.nodes.len() {
		bail!("only {} of the {} nodes registered", sim.by_id.len(), sim.nodes.len());
	}
	let at = sim.chain.best().await?;
	for node in sim.nodes.iter_mut() {
		let id = node.id.ok_or_else(|| anyhow!("an unregistered node"))?;
		let call = corex::transactions().node_staking().bond(id, stake);
		node.operator.send(chain, &at, &call).await?;
	}
	let (mut bonded, mut effective) = (0usize, 0u32);
	for _ in 0..30 {
		let (_, events) = next_block(&mut sim, None).await?;
		for e in events.find::<corex::node_staking::events::Bonded>() {
			let e = e?;
			if sim.by_id.contains_key(&e.node) {
				bonded = bonded.saturating_add(1);
				effective = effective.max(e.effective_epoch);
			}
		}
		if bonded >= sim.nodes.len() {
			break;
		}
	}
	if bonded < sim.nodes.len() {
		bail!("only {bonded} of the {} bonds landed", sim.nodes.len());
	}
	out.note(format!("waiting for epoch {effective}, from which the stake counts"));
	loop {
		let (at, _) = next_block(&mut sim, None).await?;
		if epoch(&at).await? >= effective {
			break;
		}
	}
	let at = sim.chain.best().await?;
	for node in sim.nodes.iter_mut() {
		let id = node.id.ok_or_else(|| anyhow!("an unregistered node"))?;
		let call = corex::transactions().computations().offer_node(id);
		node.operator.send(chain, &at, &call).await?;
	}
	let definition_call = corex::transactions().computations().register_definition(NewDefinition {
		kind: ComputationKind::DataTransform,
		spec: BoundedVec(ContentId::of(b"corex load: data transform").to_cid_bytes().to_vec()),
		features: FEATURES,
		policy: VerificationPolicy { mode: VerificationMode::Exact, replay_rate: Perbill(0) },
		device_class: None,
		min_tier: 0,
	});
	sim.customer.send(chain, &at, &definition_call).await?;
	let mut definition = None;
	for _ in 0..30 {
		let (_, events) = next_block(&mut sim, None).await?;
		for e in events.find::<corex::computations::events::DefinitionRegistered>() {
			let e = e?;
			if e.owner == sim.customer.id {
				definition = Some(e.id);
			}
		}
		if definition.is_some() {
			break;
		}
	}
	let definition = definition.ok_or_else(|| anyhow!("the definition did not register"))?;
	let at = sim.chain.best().await?;
	let cu = view(
		&at,
		corex::view_functions().computations().batch_cost(
			definition,
			Vec::new(),
			plan.fragments,
			shard_size,
		),
	)
	.await?
	.ok_or_else(|| anyhow!("the chain prices no such batch"))?;
	// A few blocks for the probes of the newly offered nodes to be answered.
	for _ in 0..5 {
		next_block(&mut sim, None).await?;
	}

	// The measurements.
	let block_s = block_ms as f64 / 1000.0;
	let mut points = Vec::new();
	let deadline_blocks: u32 =
		at.constants().entry(corex::constants().computations().max_deadline())?.min(200);
	for &load in &plan.loads {
		out.note(format!(
			"offering {load} batches a block ({} fragments/s)",
			f64::from(load.saturating_mul(plan.fragments)) / block_s
		));
		let mut window = Window::default();
		for b in 0..plan.warmup.saturating_add(plan.blocks) {
			let measured = if b >= plan.warmup { Some(&mut window) } else { None };
			let (at, _) = next_block(&mut sim, measured).await?;
			let now = u32::try_from(at.block_number())?;
			for n in 0..load {
				let index =
					(now as usize).saturating_add(n as usize).checked_rem(LISTS).unwrap_or(0);
				let Some(list) = sim.lists.get(index).copied() else { continue };
				let order = BatchOrder {
					definition,
					inputs: BoundedVec(Vec::new()),
					shards: BoundedVec(list.cid.to_cid_bytes().to_vec()),
					fragments: plan.fragments,
					shard_size,
					cu_budget: cu,
					fee_per_cu: plan.fee_per_cu,
					deadline: now.saturating_add(deadline_blocks),
					redundancy: plan.redundancy,
				};
				let call = corex::transactions().computations().submit_batch(order);
				sim.queue(Who::Customer, &at, &call);
			}
			sim.flush().await?;
		}
		let seconds = window.last_ms.saturating_sub(window.first_ms.unwrap_or(window.last_ms))
			as f64 / 1000.0
			+ block_s;
		let fragments = window.verified.max(1) as f64;
		let point = Point {
			batches_per_block: load,
			offered_per_s: f64::from(load.saturating_mul(plan.fragments)) / block_s,
			verified_per_s: window.verified as f64 / seconds,
			verified: window.verified,
			blocks: window.blocks,
			seconds,
			extrinsics_per_block: window.extrinsics as f64 / f64::from(window.blocks.max(1)),
			fullness: window.fullness / f64::from(window.blocks.max(1)),
			tx_fee_per_fragment: window.tx_fees as f64 / fragments,
			compute_fee_per_fragment: window.compute_fees as f64 / fragments,
			failed: window.failed,
		};
		out.note(format!(
			"  {:.0} verified fragments/s, {:.1} extrinsics a block, {:.0} % full, fees per \
			 fragment {} (transactions) + {} (compute), {} failed",
			point.verified_per_s,
			point.extrinsics_per_block,
			100.0 * point.fullness,
			format_cxt(point.tx_fee_per_fragment as u128),
			format_cxt(point.compute_fee_per_fragment as u128),
			point.failed
		));
		points.push(point);
	}
	report(out, plan, &points, sim.send_errors, block_s)?;
	Ok(points)
}

/// Prints the points (text or JSON) and writes the CSV and the plot when asked.
fn report(
	out: Output,
	plan: &Plan,
	points: &[Point],
	send_errors: u64,
	block_s: f64,
) -> Result<()> {
	let best = points.iter().map(|p| p.verified_per_s).fold(0.0, f64::max);
	let mut csv = String::from(
		"batches_per_block,offered_fragments_per_s,verified_fragments_per_s,verified_fragments,\
		 blocks,seconds,extrinsics_per_block,block_fullness,tx_fee_per_fragment_plancks,\
		 compute_fee_per_fragment_plancks,failed\n",
	);
	let mut text = format!(
		"{} nodes, k = {}, {} fragments a batch (a data transform of {SHARD_SAMPLES} samples × \
		 {FEATURES} features each), {block_s} s blocks\n\
		 batches/block  offered/s  verified/s  extrinsics/block  full  tx fee/fragment  compute fee/fragment  failed\n",
		plan.nodes, plan.redundancy, plan.fragments
	);
	for p in points {
		csv.push_str(&format!(
			"{},{:.1},{:.1},{},{},{:.1},{:.1},{:.4},{:.0},{:.0},{}\n",
			p.batches_per_block,
			p.offered_per_s,
			p.verified_per_s,
			p.verified,
			p.blocks,
			p.seconds,
			p.extrinsics_per_block,
			p.fullness,
			p.tx_fee_per_fragment,
			p.compute_fee_per_fragment,
			p.failed
		));
		text.push_str(&format!(
			"{:>13}  {:>9.0}  {:>10.0}  {:>16.1}  {:>3.0} %  {:>15}  {:>20}  {:>6}\n",
			p.batches_per_block,
			p.offered_per_s,
			p.verified_per_s,
			p.extrinsics_per_block,
			100.0 * p.fullness,
			format_cxt(p.tx_fee_per_fragment as u128),
			format_cxt(p.compute_fee_per_fragment as u128),
			p.failed
		));
	}
	text.push_str(&format!("best: {best:.0} verified fragments/s"));
	if let Some(ceiling) = plan.ceiling {
		text.push_str(&format!(
			"; the chain's weights allow {ceiling:.0}/s: {:.1} % of the ceiling",
			100.0 * best / ceiling.max(f64::MIN_POSITIVE)
		));
	}
	text.push_str(&format!("\ntransactions the node refused: {send_errors}"));
	if let Some(path) = &plan.csv {
		std::fs::write(path, &csv).with_context(|| format!("cannot write {}", path.display()))?;
	}
	if let Some(path) = &plan.svg {
		let points: Vec<(f64, f64)> =
			points.iter().map(|p| (p.offered_per_s, p.verified_per_s)).collect();
		let svg = corex_tools::plot::throughput_svg(
			"Verified fragments per second against offered load",
			&points,
			plan.ceiling,
			1_000.0,
		)
		.map_err(|e| anyhow!("plot: {e}"))?;
		std::fs::write(path, svg).with_context(|| format!("cannot write {}", path.display()))?;
	}
	out.show(
		text,
		json!({
			"nodes": plan.nodes,
			"redundancy": plan.redundancy,
			"fragments_per_batch": plan.fragments,
			"block_seconds": block_s,
			"best_verified_per_s": best,
			"ceiling_per_s": plan.ceiling,
			"send_errors": send_errors,
			"points": points.iter().map(|p| json!({
				"batches_per_block": p.batches_per_block,
				"offered_per_s": p.offered_per_s,
				"verified_per_s": p.verified_per_s,
				"verified": p.verified,
				"blocks": p.blocks,
				"seconds": p.seconds,
				"extrinsics_per_block": p.extrinsics_per_block,
				"fullness": p.fullness,
				"tx_fee_per_fragment": p.tx_fee_per_fragment,
				"compute_fee_per_fragment": p.compute_fee_per_fragment,
				"failed": p.failed,
			})).collect::<Vec<_>>(),
		}),
	);
	Ok(())
}
