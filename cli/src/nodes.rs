//! Operators and delegators: register a node, set its worker key, bond, offer it to the queue,
//! see its standing; delegate with a lock, see and claim rewards.

use crate::{
	chain::{event, parse_account, view, AccountId, Chain},
	corex::{
		self,
		runtime_types::{
			corex_primitives::node::{DeviceClass, NodeStatus},
			pallet_node_staking::types::RewardPayout,
		},
	},
	output::Output,
	units::format_cxt,
};
use anyhow::{anyhow, Result};
use serde_json::json;
use subxt_signer::sr25519::Keypair;

/// A device class from its name.
pub fn parse_class(text: &str) -> Result<DeviceClass, String> {
	match text.to_ascii_lowercase().as_str() {
		"gpu" => Ok(DeviceClass::Gpu),
		"cpu" => Ok(DeviceClass::Cpu),
		"fpga" => Ok(DeviceClass::Fpga),
		"edge" => Ok(DeviceClass::Edge),
		_ => Err(format!("`{text}` is not a device class: gpu, cpu, fpga or edge")),
	}
}

fn class_name(class: &DeviceClass) -> &'static str {
	match class {
		DeviceClass::Gpu => "gpu",
		DeviceClass::Cpu => "cpu",
		DeviceClass::Fpga => "fpga",
		DeviceClass::Edge => "edge",
	}
}

fn status_name(status: &NodeStatus) -> &'static str {
	match status {
		NodeStatus::Registered => "registered",
		NodeStatus::Active => "active",
		NodeStatus::Suspended => "suspended",
		NodeStatus::Exiting => "exiting",
		NodeStatus::Exited => "exited",
		NodeStatus::Unresponsive => "unresponsive",
	}
}

fn worker_key(text: &str) -> Result<corex::runtime_types::corex_primitives::node::worker::Public> {
	let account = parse_account(text)?;
	Ok(corex::runtime_types::corex_primitives::node::worker::Public(account.0))
}

/// Registers a node; returns its id.
pub async fn register(
	out: Output,
	chain: &Chain,
	signer: &Keypair,
	key: &str,
	class: DeviceClass,
	capacity: u64,
	metadata: &str,
) -> Result<u32> {
	let call = corex::transactions().node_staking().register_node(
		worker_key(key)?,
		class,
		capacity,
		metadata.as_bytes().to_vec(),
	);
	let events = chain.submit(&call, signer).await?;
	let registered: corex::node_staking::events::NodeRegistered =
		event(&events, "NodeStaking.NodeRegistered")?;
	out.show(
		format!(
			"node {} registered (deposit {}); bond at least the minimum self-bond to activate it: \
			 corex node bond {} <CXT>",
			registered.node,
			format_cxt(registered.deposit),
			registered.node
		),
		json!({ "node": registered.node, "deposit": registered.deposit.to_string() }),
	);
	Ok(registered.node)
}

/// Changes a node's worker key from the next epoch (class and capacity unchanged).
pub async fn set_worker_key(
	out: Output,
	chain: &Chain,
	signer: &Keypair,
	node: u32,
	key: &str,
) -> Result<()> {
	let state = node_state(chain, node).await?;
	let call = corex::transactions().node_staking().update_node(
		node,
		state.device_class,
		state.declared_capacity,
		worker_key(key)?,
	);
	let events = chain.submit(&call, signer).await?;
	let scheduled: corex::node_staking::events::NodeUpdateScheduled =
		event(&events, "NodeStaking.NodeUpdateScheduled")?;
	out.show(
		format!("node {node}: the new worker key counts from epoch {}", scheduled.effective_epoch),
		json!({ "node": node, "effective_epoch": scheduled.effective_epoch }),
	);
	Ok(())
}

/// Bonds `amount` to the operator's node (the first bond, or more).
pub async fn bond(
	out: Output,
	chain: &Chain,
	signer: &Keypair,
	node: u32,
	amount: u128,
) -> Result<()> {
	let who: AccountId = signer.public_key().to_account_id();
	let at = chain.best().await?;
	let position =
		at.storage().try_fetch(corex::storage().node_staking().positions(), (node, who)).await?;
	let bonds = corex::transactions().node_staking();
	// More stake on a position that holds some; otherwise a first bond (a position left with
	// only unbonding chunks or rewards takes a first bond again).
	let staked = match position {
		Some(entry) => {
			let position = entry.decode()?;
			position.active.saturating_add(position.pending) > 0
		},
		None => false,
	};
	let events = if staked {
		chain.submit(&bonds.bond_extra(node, amount), signer).await?
	} else {
		chain.submit(&bonds.bond(node, amount), signer).await?
	};
	let bonded: corex::node_staking::events::Bonded = event(&events, "NodeStaking.Bonded")?;
	out.show(
		format!("node {node}: {} bonded, counted from epoch {}", format_cxt(bonded.amount), bonded.effective_epoch),
		json!({ "node": node, "amount": bonded.amount.to_string(), "effective_epoch": bonded.effective_epoch }),
	);
	Ok(())
}

/// Offers the node to the computation queue, or withdraws it.
pub async fn offer(
	out: Output,
	chain: &Chain,
	signer: &Keypair,
	node: u32,
	withdraw: bool,
) -> Result<()> {
	let queue = corex::transactions().computations();
	if withdraw {
		chain.submit(&queue.withdraw_node(node), signer).await?;
	} else {
		chain.submit(&queue.offer_node(node), signer).await?;
	}
	let what = if withdraw { "withdrawn from" } else { "offered to" };
	out.show(
		format!("node {node} {what} the queue"),
		json!({ "node": node, "offered": !withdraw }),
	);
	Ok(())
}

type NodeState = corex::runtime_types::pallet_node_staking::types::NodeView<
	AccountId,
	corex::runtime_types::corex_primitives::node::worker::Public,
	u128,
>;

async fn node_state(chain: &Chain, node: u32) -> Result<NodeState> {
	let at = chain.best().await?;
	view(&at, corex::view_functions().node_staking().node_state(node))
		.await?
		.ok_or_else(|| anyhow!("there is no node {node}"))
}

/// A node's standing: stake, tier, reputation, uptime, record, assignments, rewards.
pub async fn status(out: Output, chain: &Chain, node: u32) -> Result<()> {
	let at = chain.best().await?;
	let state = view(&at, corex::view_functions().node_staking().node_state(node))
		.await?
		.ok_or_else(|| anyhow!("there is no node {node}"))?;
	let profile = view(&at, corex::view_functions().computations().node_profile(node)).await?;
	let assignments =
		view(&at, corex::view_functions().computations().assignments_of(node)).await?;
	let operator_rewards =
		view(&at, corex::view_functions().node_staking().pending_rewards(node, state.operator))
			.await?;
	let offered = at
		.storage()
		.try_fetch(corex::storage().computations().offer_positions(), (node,))
		.await?
		.is_some();
	let worker = AccountId::from(state.worker_key.0);
	let uptime = profile.as_ref().and_then(|p| p.uptime.as_ref()).map(|u| f64::from(u.0) / 1e7);
	let record = profile.as_ref().map(|p| &p.record);
	let mut text = format!(
		"node {node}: {status}, tier {tier}, reputation {rep}, {class}, capacity {active}/{declared} CU\n\
		 operator:    {operator}\n\
		 worker key:  {worker}\n\
		 stake:       self-bond {self_bond}, delegated {delegated}, pending {pending}; commission {commission:.1} %\n\
		 queue:       {offered}, {n} assignment(s){uptime}\n\
		 rewards:     {rewards} claimable by the operator",
		status = status_name(&state.status),
		tier = state.tier,
		rep = state.reputation,
		class = class_name(&state.device_class),
		active = state.active_capacity,
		declared = state.declared_capacity,
		operator = state.operator,
		self_bond = format_cxt(state.self_bond),
		delegated = format_cxt(state.delegated),
		pending = format_cxt(state.pending),
		commission = f64::from(state.commission.0) / 1e7,
		offered = if offered { "offered" } else { "not offered" },
		n = assignments.len(),
		uptime = uptime.map_or(String::new(), |u| format!(", uptime {u:.1} % this epoch")),
		rewards = format_cxt(operator_rewards),
	);
	if let Some(r) = record {
		text.push_str(&format!(
			"\nrecord:      {} verdict(s) won, {} lost, {} missed; {} slashed; probes {} passed, {} failed, {} missed",
			r.verdicts_won,
			r.verdicts_lost,
			r.misses,
			format_cxt(r.slashed),
			r.probes_passed,
			r.probes_failed,
			r.probes_missed
		));
	}
	out.show(
		text,
		json!({
			"node": node,
			"status": status_name(&state.status),
			"tier": state.tier,
			"reputation": state.reputation,
			"device_class": class_name(&state.device_class),
			"declared_capacity": state.declared_capacity,
			"active_capacity": state.active_capacity,
			"operator": state.operator.to_string(),
			"worker_key": worker.to_string(),
			"self_bond": state.self_bond.to_string(),
			"delegated": state.delegated.to_string(),
			"pending": state.pending.to_string(),
			"commission_percent": f64::from(state.commission.0) / 1e7,
			"offered": offered,
			"assignments": assignments,
			"uptime_percent": uptime,
			"operator_rewards": operator_rewards.to_string(),
			"record": record.map(|r| json!({
				"verdicts_won": r.verdicts_won,
				"verdicts_lost": r.verdicts_lost,
				"misses": r.misses,
				"slashed": r.slashed.to_string(),
				"probes_passed": r.probes_passed,
				"probes_failed": r.probes_failed,
				"probes_missed": r.probes_missed,
			})),
		}),
	);
	Ok(())
}

/// Every node: id, status, stake, reputation.
pub async fn list(out: Output, chain: &Chain) -> Result<()> {
	let at = chain.best().await?;
	let mut ids = Vec::new();
	let mut entries = at.storage().iter(corex::storage().node_staking().nodes(), ()).await?;
	while let Some(entry) = entries.next().await {
		ids.push(entry?.key()?.decode()?.0);
	}
	ids.sort_unstable();
	let mut text =
		String::from("node  status      tier  reputation  counted stake        operator");
	let mut rows = Vec::new();
	for id in ids {
		let Some(state) = view(&at, corex::view_functions().node_staking().node_state(id)).await?
		else {
			continue;
		};
		let stake = state.self_bond.saturating_add(state.delegated);
		text.push_str(&format!(
			"\n{id:>4}  {:<10}  {:>4}  {:>10}  {:>19}  {}",
			status_name(&state.status),
			state.tier,
			state.reputation,
			format_cxt(stake),
			state.operator
		));
		rows.push(json!({
			"node": id,
			"status": status_name(&state.status),
			"tier": state.tier,
			"reputation": state.reputation,
			"counted_stake": stake.to_string(),
			"operator": state.operator.to_string(),
		}));
	}
	out.show(text, json!(rows));
	Ok(())
}

/// Delegates `amount` to a node with lock option `lock` of the governance-set menu.
pub async fn delegate(
	out: Output,
	chain: &Chain,
	signer: &Keypair,
	node: u32,
	amount: u128,
	lock: u8,
) -> Result<()> {
	let events = chain
		.submit(&corex::transactions().node_staking().delegate(node, amount, lock), signer)
		.await?;
	let delegated: corex::node_staking::events::Delegated =
		event(&events, "NodeStaking.Delegated")?;
	out.show(
		format!(
			"{} delegated to node {node} with lock {lock}, locked until block #{}, counted from epoch {}",
			format_cxt(delegated.amount),
			delegated.locked_until,
			delegated.effective_epoch
		),
		json!({
			"node": node,
			"amount": delegated.amount.to_string(),
			"lock": lock,
			"locked_until": delegated.locked_until,
			"effective_epoch": delegated.effective_epoch,
		}),
	);
	Ok(())
}

/// The rewards `who` can claim, node by node.
pub async fn rewards(out: Output, chain: &Chain, who: AccountId) -> Result<()> {
	let at = chain.best().await?;
	let mut nodes = Vec::new();
	let mut entries = at.storage().iter(corex::storage().node_staking().positions(), ()).await?;
	while let Some(entry) = entries.next().await {
		let (node, account) = entry?.key()?.decode()?;
		if account == who {
			nodes.push(node);
		}
	}
	nodes.sort_unstable();
	let mut total: u128 = 0;
	let mut text = format!("rewards of {who}:");
	let mut rows = Vec::new();
	for node in nodes {
		let claimable =
			view(&at, corex::view_functions().node_staking().pending_rewards(node, who)).await?;
		total = total.saturating_add(claimable);
		text.push_str(&format!("\n  node {node}: {} claimable", format_cxt(claimable)));
		rows.push(json!({ "node": node, "claimable": claimable.to_string() }));
	}
	if rows.is_empty() {
		text.push_str(" no stake on any node");
	} else {
		text.push_str(&format!("\n  total: {}", format_cxt(total)));
	}
	out.show(
		text,
		json!({ "account": who.to_string(), "nodes": rows, "total": total.to_string() }),
	);
	Ok(())
}

/// Claims the signer's rewards on a node, paid out or compounded.
pub async fn claim(
	out: Output,
	chain: &Chain,
	signer: &Keypair,
	node: u32,
	compound: bool,
) -> Result<()> {
	let payout = if compound { RewardPayout::Compound } else { RewardPayout::Liquid };
	let events = chain
		.submit(&corex::transactions().node_staking().claim_rewards(node, payout), signer)
		.await?;
	let claimed: corex::node_staking::events::RewardsClaimed =
		event(&events, "NodeStaking.RewardsClaimed")?;
	out.show(
		format!(
			"node {node}: {} paid out, {} vesting, {} compounded",
			format_cxt(claimed.liquid),
			format_cxt(claimed.vested),
			format_cxt(claimed.compounded)
		),
		json!({
			"node": node,
			"liquid": claimed.liquid.to_string(),
			"vested": claimed.vested.to_string(),
			"compounded": claimed.compounded.to_string(),
		}),
	);
	Ok(())
}
