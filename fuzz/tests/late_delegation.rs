//! A delegation counts for rewards only after a full epoch at risk (issue 20, point 6).
//!
//! The attack: the mining pool pays a node's reward for epoch `e` after `e` closes. A delegation
//! made during `e` counts from `e + 1`; if the payout were shared over the stake counted when it
//! is paid, Mallory could delegate just before `e` ends and take a share of a reward earned while
//! her stake was not at risk, diluting the stakers who were. The rule: the pool's hook pays `e`'s
//! rewards in the first block of `e + 1`, and node staking holds a node's new stake back until
//! the node's rewards of earlier epochs are paid, so only the stake at risk in `e` shares them.
//!
//! Runs on the fuzzer's live network (three nodes, four-block epochs); the node's verified work is
//! recorded as the proofs pallet records it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects)]

use corex_fuzz::{next_block, primed_ext};
use corex_primitives::{ContributionRecorder, RewardPath};
use corex_runtime::{Balance, Runtime, RuntimeEvent, RuntimeOrigin, System, CXT};
use frame_support::traits::Get;
use sp_keyring::Sr25519Keyring;

type MiningPool = pallet_mining_pool::Pallet<Runtime>;
type NodeStaking = pallet_node_staking::Pallet<Runtime>;

/// Bob's node.
const NODE: u32 = 0;

fn delegate(who: Sr25519Keyring, amount: Balance) {
	NodeStaking::delegate(RuntimeOrigin::signed(who.to_account_id()), NODE, amount, 0)
		.expect("delegates");
}

fn rewards_of(who: Sr25519Keyring) -> Balance {
	NodeStaking::pending_rewards(NODE, who.to_account_id())
}

/// Record verified work by the node in the open epoch, backed by ample protocol fees.
fn work() {
	MiningPool::record_contribution(NODE, RewardPath::Compute, 1_000, 1_000 * CXT)
		.expect("records");
}

/// Run blocks until the next epoch starts; returns the node's pool reward for the epoch that
/// closed, if the hook paid one in that first block.
fn close_epoch() -> Option<Balance> {
	let epoch = NodeStaking::current_epoch();
	while NodeStaking::current_epoch() == epoch {
		next_block();
	}
	System::events().into_iter().find_map(|r| match r.event {
		RuntimeEvent::MiningPool(pallet_mining_pool::Event::NodeRewarded {
			epoch: e,
			node: NODE,
			amount,
		}) if e == epoch => Some(amount),
		_ => None,
	})
}

#[test]
fn a_late_delegation_shares_no_reward_of_an_epoch_it_did_not_back() {
	primed_ext().execute_with(|| {
		// Charlie and Dave (operators of the other two nodes) delegate to Bob's.
		let (honest, mallory) = (Sr25519Keyring::Charlie, Sr25519Keyring::Dave);
		// An honest delegator backs the node from the next epoch on.
		delegate(honest, 10_000 * CXT);
		next_block();
		let _ = close_epoch();
		// The node works in this epoch, backed by its self-bond and the honest delegation.
		work();
		// Mallory delegates as much, in the epoch's last block.
		let epoch = NodeStaking::current_epoch();
		let last = pallet_node_staking::CurrentEpoch::<Runtime>::get().start
			+ <Runtime as pallet_node_staking::Config>::EpochLength::get()
			- 1;
		while System::block_number() < last {
			next_block();
		}
		assert_eq!(NodeStaking::current_epoch(), epoch, "still the epoch of the work");
		delegate(mallory, 10_000 * CXT);
		let honest_before = rewards_of(honest);
		let reward = close_epoch().expect("the hook paid the node in the epoch's first block");
		assert!(reward > 0, "the pool paid the node for its work");
		assert_eq!(rewards_of(mallory), 0, "Mallory shares nothing of an epoch she did not back");
		let honest_share = rewards_of(honest) - honest_before;
		assert!(honest_share > 0, "the stakers at risk share it");
		// From now on her stake counts: at risk in this epoch, she shares its reward as the
		// honest delegator does.
		let view = NodeStaking::node_view(NODE).expect("the node");
		assert_eq!(view.pending, 0, "her delegation counts once the payout is made");
		work();
		let honest_before = rewards_of(honest);
		assert!(close_epoch().is_some_and(|reward| reward > 0));
		let mallory_share = rewards_of(mallory);
		assert!(mallory_share > 0, "she shares the reward of the epoch she backed");
		assert_eq!(mallory_share, rewards_of(honest) - honest_before, "equal stake, equal share");
	});
}
