//! A slash takes the stake that was at risk when the node took the work (issue 20, point 6).
//!
//! The attack on an honest delegator: a node takes a computation in epoch `a`; Charlie delegates
//! to it in the same epoch, so his stake counts from `a + 1`; the node commits a wrong result and
//! the verdict lands after the epoch has turned. Slashing the stake counted at the verdict would
//! make Charlie pay for work his stake never backed. The rule: the computation records the epoch
//! of its assignment, the queued slash carries it, and node staking spares stake counted after
//! it.
//!
//! Runs on the fuzzer's live network: the prelude's order 0 is assigned to its three nodes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects)]

use corex_fuzz::{
	next_block, primed_ext,
	scenario::{assigned_nodes, commit_and_reveal},
};
use corex_primitives::{ContentId, SlashReason};
use corex_runtime::{
	configs::parameters::{dynamic_params::proofs, RuntimeParameters},
	Governance, Runtime, RuntimeEvent, RuntimeOrigin, System, CXT,
};
use frame_support::traits::fungible::InspectHold;
use sp_keyring::Sr25519Keyring;
use sp_runtime::Perbill;

type Balances = pallet_balances::Pallet<Runtime>;
type NodeStaking = pallet_node_staking::Pallet<Runtime>;

/// Bob's node, the one that cheats.
const CHEAT: u32 = 0;

fn delegation_of(who: Sr25519Keyring) -> u128 {
	let reason: corex_runtime::RuntimeHoldReason =
		pallet_node_staking::HoldReason::Delegation.into();
	Balances::balance_on_hold(&reason, &who.to_account_id())
}

#[test]
fn a_verdict_after_the_epoch_turned_spares_stake_counted_after_the_work_was_assigned() {
	primed_ext().execute_with(|| {
		let charlie = Sr25519Keyring::Charlie;
		// No sampled replays: with three nodes, all executors, none could verify.
		Governance::set_parameter(
			RuntimeOrigin::root(),
			RuntimeParameters::Proofs(proofs::Parameters::ReplayRate(
				proofs::ReplayRate,
				Some(Perbill::zero()),
			)),
		)
		.unwrap();
		let nodes = assigned_nodes(0);
		assert_eq!(nodes.len(), 3, "the prelude's order is assigned to the three nodes");
		let assigned = pallet_computations::Computations::<Runtime>::get(0).unwrap().assigned_epoch;
		assert_eq!(assigned, NodeStaking::current_epoch());
		// Charlie delegates to the node that will cheat, in the epoch it took the work.
		let stake = 10_000 * CXT;
		NodeStaking::delegate(RuntimeOrigin::signed(charlie.to_account_id()), CHEAT, stake, 0)
			.unwrap();
		// The epoch turns: his stake counts.
		while NodeStaking::current_epoch() == assigned {
			next_block();
		}
		let view = NodeStaking::node_view(CHEAT).unwrap();
		assert_eq!(view.delegated, stake, "his delegation counts before the verdict");
		let self_bond = view.self_bond;
		// The node commits a wrong result, the other two the answer; two of three decide.
		commit_and_reveal(0, &nodes, |node| {
			ContentId::of(if node == CHEAT { &b"made up"[..] } else { &b"the answer"[..] })
		});
		// The queued slash is applied by the next block's hook.
		next_block();
		let slashed = System::events()
			.into_iter()
			.find_map(|r| match r.event {
				RuntimeEvent::NodeStaking(pallet_node_staking::Event::NodeSlashed {
					node: CHEAT,
					reason: SlashReason::WrongResult,
					self_bond,
					delegations,
					..
				}) => Some((self_bond, delegations)),
				_ => None,
			})
			.expect("the cheat was slashed");
		assert!(slashed.0 > 0, "the operator's self-bond, at risk when it took the work, pays");
		assert_eq!(slashed.1, 0, "Charlie's stake, counted after the assignment, is spared");
		assert_eq!(delegation_of(charlie), stake);
		assert!(NodeStaking::node_view(CHEAT).unwrap().self_bond < self_bond);
	});
}
