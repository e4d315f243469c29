//! The mock node registry: node staking as the queue, the proofs pallet, the clusters pallet,
//! the mining pool and the compute worker see it, with every fact a test may want to set.
//!
//! In the u64 mock runtimes ([`MockNodes`], [`NumberedAccounts`]) node `n` is operated by
//! [`operator`]`(n)` = 100 + n (unless a test names another owner), signs with
//! [`worker`]`(n)` = 500 + n (the account is the worker key, see [`IdentityWorker`]), and is
//! paid at [`reward_account`]`(n)` = 900 + n. A runtime with other accounts (the compute
//! worker's sr25519 keys) names them with its own [`NodeAccounts`].
//!
//! The registry lives in thread-locals: [`reset`] empties it, and each pallet's `ExtBuilder`
//! calls it before a test.

use corex_primitives::{
	ComputeUnits, DeviceClass, EpochClock, EpochIndex, MissOutcome, NodeId, NodeInfo, NodeRecord,
	NodeReputation, NodeStatus, ProbeResult, Reputation, SlashReason, DEFAULT_REPUTATION,
	MAX_REPUTATION,
};
use sp_runtime::{DispatchError, DispatchResult, Perbill, Weight};
use std::{cell::RefCell, collections::BTreeMap};

/// Accounts of the mock runtimes.
pub type AccountId = u64;
/// Balances of the mock runtimes.
pub type Balance = u128;

/// The operator account of node `node` (unless set otherwise with [`set_operator`]).
pub fn operator(node: NodeId) -> AccountId {
	100 + u64::from(node)
}

/// The worker account of node `node`; with [`IdentityWorker`] it is also its worker key.
pub fn worker(node: NodeId) -> AccountId {
	500 + u64::from(node)
}

/// Where node `node`'s rewards land.
pub fn reward_account(node: NodeId) -> AccountId {
	900 + u64::from(node)
}

/// A node, as the registry keeps it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct MockNode {
	pub status: NodeStatus,
	pub class: DeviceClass,
	pub tier: u8,
	/// Its capacity (compute units per epoch); only an active node offers it.
	pub capacity: ComputeUnits,
	pub reputation: Reputation,
	/// Its counted stake.
	pub stake: Balance,
	/// Its operator, if not the default [`operator`]`(node)` (one operator running several
	/// nodes).
	pub owner: Option<AccountId>,
	/// The capacity its probes measured, if any.
	pub measured: Option<ComputeUnits>,
}

impl Default for MockNode {
	/// An active GPU node of tier 1: capacity 1,000, the default reputation, stake 10,000.
	fn default() -> Self {
		MockNode {
			status: NodeStatus::Active,
			class: DeviceClass::Gpu,
			tier: 1,
			capacity: 1_000,
			reputation: DEFAULT_REPUTATION,
			stake: 10_000,
			owner: None,
			measured: None,
		}
	}
}

#[derive(Default)]
struct Registry {
	nodes: BTreeMap<NodeId, MockNode>,
	epoch: EpochIndex,
	/// Reputation under which `adjust_reputation` suspends a node, if any.
	suspend_below: Option<Reputation>,
	misses: Vec<(NodeId, Perbill, SlashReason)>,
	verdicts: Vec<(NodeId, bool)>,
	probe_results: Vec<(NodeId, ProbeResult)>,
}

thread_local! {
	static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

fn with<R>(f: impl FnOnce(&mut Registry) -> R) -> R {
	REGISTRY.with(|r| f(&mut r.borrow_mut()))
}

/// Empty the registry: no nodes, epoch 0, nothing recorded, no suspension threshold.
pub fn reset() {
	with(|r| *r = Registry::default());
}

/// Add (or replace) node `node`: the default [`MockNode`], changed by `f`.
pub fn set_node(node: NodeId, f: impl FnOnce(&mut MockNode)) {
	let mut n = MockNode::default();
	f(&mut n);
	with(|r| r.nodes.insert(node, n));
}

/// Add (or replace) a default node: active, GPU, tier 1, capacity 1,000.
pub fn add_node(node: NodeId) {
	set_node(node, |_| {});
}

/// Change node `node`, if it exists.
pub fn update_node(node: NodeId, f: impl FnOnce(&mut MockNode)) {
	with(|r| r.nodes.get_mut(&node).map(f));
}

/// Remove node `node`.
pub fn remove_node(node: NodeId) {
	with(|r| r.nodes.remove(&node));
}

/// Node `node`, if it exists.
pub fn mock_node(node: NodeId) -> Option<MockNode> {
	with(|r| r.nodes.get(&node).copied())
}

/// Set node `node`'s status, adding the node if it does not exist.
pub fn set_status(node: NodeId, status: NodeStatus) {
	match mock_node(node) {
		Some(_) => update_node(node, |n| n.status = status),
		None => set_node(node, |n| n.status = status),
	}
}

/// Make `owner` the operator of `node`.
pub fn set_operator(node: NodeId, owner: AccountId) {
	update_node(node, |n| n.owner = Some(owner));
}

/// Make `epoch` the current epoch.
pub fn set_epoch(epoch: EpochIndex) {
	with(|r| r.epoch = epoch);
}

/// Start the next epoch.
pub fn next_epoch() {
	with(|r| r.epoch = r.epoch.saturating_add(1));
}

/// Suspend a node whose reputation an adjustment takes under `threshold` (as node staking does
/// under its `SuspensionThreshold`).
pub fn suspend_below(threshold: Reputation) {
	with(|r| r.suspend_below = Some(threshold));
}

/// The misses node staking was told of, in order: node, the slash per repeat, the reason.
pub fn misses() -> Vec<(NodeId, Perbill, SlashReason)> {
	with(|r| r.misses.clone())
}

/// The verdicts counted in nodes' records, in order: `(node, won)`.
pub fn verdicts() -> Vec<(NodeId, bool)> {
	with(|r| r.verdicts.clone())
}

/// The probe results node staking was told of, in order.
pub fn probe_results() -> Vec<(NodeId, ProbeResult)> {
	with(|r| r.probe_results.clone())
}

/// How a mock runtime names the accounts of node `node`: its operator and its worker key.
pub trait NodeAccounts<A> {
	/// The operator of node `node`, unless the registry names another (`MockNode::owner`).
	fn operator(node: NodeId) -> A;
	/// The worker key of node `node`, if it has one yet.
	fn worker(node: NodeId) -> Option<A>;
	/// The account a registry's `owner` stands for.
	fn owner(owner: AccountId) -> A;
}

/// The numbered accounts of the u64 mock runtimes: [`operator`], [`worker`].
pub struct NumberedAccounts;
impl NodeAccounts<AccountId> for NumberedAccounts {
	fn operator(node: NodeId) -> AccountId {
		operator(node)
	}
	fn worker(node: NodeId) -> Option<AccountId> {
		Some(worker(node))
	}
	fn owner(owner: AccountId) -> AccountId {
		owner
	}
}

/// Node staking over the registry, for accounts of type `A` named by `Accounts`.
pub struct MockNodesOf<A, Accounts>(core::marker::PhantomData<(A, Accounts)>);

/// Node staking over the registry, with numbered u64 accounts.
pub type MockNodes = MockNodesOf<AccountId, NumberedAccounts>;

impl<A, Accounts> EpochClock for MockNodesOf<A, Accounts> {
	fn current_epoch() -> EpochIndex {
		with(|r| r.epoch)
	}
}

impl<A: PartialEq, Accounts: NodeAccounts<A>> NodeInfo<A> for MockNodesOf<A, Accounts> {
	type WorkerKey = A;
	type Balance = Balance;

	fn operator(node: NodeId) -> Option<A> {
		mock_node(node).map(|n| n.owner.map_or_else(|| Accounts::operator(node), Accounts::owner))
	}
	fn worker_key(node: NodeId) -> Option<A> {
		mock_node(node).and_then(|_| Accounts::worker(node))
	}
	fn node_of_worker(key: &A) -> Option<NodeId> {
		let nodes: Vec<NodeId> = with(|r| r.nodes.keys().copied().collect());
		nodes.into_iter().find(|node| Accounts::worker(*node).as_ref() == Some(key))
	}
	fn status(node: NodeId) -> Option<NodeStatus> {
		mock_node(node).map(|n| n.status)
	}
	fn active_capacity(node: NodeId) -> ComputeUnits {
		mock_node(node).filter(|n| n.status == NodeStatus::Active).map_or(0, |n| n.capacity)
	}
	fn device_class(node: NodeId) -> Option<DeviceClass> {
		mock_node(node).map(|n| n.class)
	}
	fn tier(node: NodeId) -> Option<u8> {
		mock_node(node).map(|n| n.tier)
	}
	fn reputation(node: NodeId) -> Option<Reputation> {
		mock_node(node).map(|n| n.reputation)
	}
	fn counted_stake(node: NodeId) -> Balance {
		mock_node(node).map_or(0, |n| n.stake)
	}
	fn record(node: NodeId) -> Option<NodeRecord<Balance>> {
		mock_node(node).map(|n| NodeRecord { measured_capacity: n.measured, ..Default::default() })
	}
}

impl<A, Accounts> NodeReputation for MockNodesOf<A, Accounts> {
	/// Changes the reputation within `0..=MAX_REPUTATION`; under the [`suspend_below`]
	/// threshold the node is suspended, at or above it an active node again.
	fn adjust_reputation(node: NodeId, delta: i32) -> Result<Reputation, DispatchError> {
		let n = mock_node(node).ok_or(DispatchError::Other("no such node"))?;
		let new =
			(i32::from(n.reputation).saturating_add(delta)).clamp(0, i32::from(MAX_REPUTATION));
		let new = Reputation::try_from(new).unwrap_or(MAX_REPUTATION);
		let threshold = with(|r| r.suspend_below);
		update_node(node, |n| {
			n.reputation = new;
			if let Some(threshold) = threshold {
				n.status = if new < threshold { NodeStatus::Suspended } else { NodeStatus::Active };
			}
		});
		Ok(new)
	}
	fn suspend(node: NodeId, _epochs: EpochIndex) -> DispatchResult {
		mock_node(node).ok_or(DispatchError::Other("no such node"))?;
		update_node(node, |n| n.status = NodeStatus::Suspended);
		Ok(())
	}
	fn note_verdict(node: NodeId, won: bool) {
		with(|r| r.verdicts.push((node, won)));
	}
	/// Takes the reputation and records the miss (node staking weighs it; see its tests).
	fn note_miss(
		node: NodeId,
		penalty: Reputation,
		slash: Perbill,
		reason: SlashReason,
	) -> Result<MissOutcome, DispatchError> {
		let reputation = Self::adjust_reputation(node, i32::from(penalty).saturating_neg())?;
		with(|r| r.misses.push((node, slash, reason)));
		Ok(MissOutcome { reputation, recent: 1, ..Default::default() })
	}
	fn note_miss_weight() -> Weight {
		Weight::zero()
	}
	/// Records the result (node staking measures from it; see its tests).
	fn note_probe(node: NodeId, result: ProbeResult) {
		with(|r| r.probe_results.push((node, result)));
	}
}

/// The worker key of an account is the account itself.
pub struct IdentityWorker;
impl sp_runtime::traits::Convert<AccountId, AccountId> for IdentityWorker {
	fn convert(account: AccountId) -> AccountId {
		account
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_registry_answers_as_node_staking_would() {
		reset();
		set_node(1, |n| n.capacity = 50);
		add_node(2);
		set_operator(2, 7);
		assert_eq!(MockNodes::operator(1), Some(operator(1)));
		assert_eq!(MockNodes::operator(2), Some(7));
		assert_eq!(MockNodes::node_of_worker(&worker(2)), Some(2));
		assert_eq!(MockNodes::node_of_worker(&worker(3)), None);
		assert_eq!(MockNodes::active_capacity(1), 50);
		set_status(1, NodeStatus::Suspended);
		assert_eq!(MockNodes::active_capacity(1), 0);
		next_epoch();
		assert_eq!(MockNodes::current_epoch(), 1);
		suspend_below(300);
		assert_eq!(MockNodes::adjust_reputation(2, -300), Ok(200));
		assert_eq!(MockNodes::status(2), Some(NodeStatus::Suspended));
		assert_eq!(
			MockNodes::note_miss(2, 50, Perbill::one(), SlashReason::MissedDeadline)
				.map(|o| o.reputation),
			Ok(150)
		);
		assert_eq!(misses(), vec![(2, Perbill::one(), SlashReason::MissedDeadline)]);
		reset();
		assert_eq!(mock_node(1), None);
		assert_eq!(MockNodes::current_epoch(), 0);
	}
}
