//! Self-dealing never pays (issue 20, point 1; the argument is in `docs/mining-pool.md`).
//!
//! One actor holds every account of the fuzzer's live network: the customer (Bob), the three
//! nodes and their operators, their workers. For 12 epochs it orders work from its own nodes,
//! computes it, has it verified, and collects every reward the mining pool pays for it. Calls are
//! dispatched directly, without transaction fees, which only helps the actor: the flows between
//! it and the pool are the protocol fees it pays on its own orders and the rewards it claims.
//!
//! What the actor holds or can still claim (every balance but the pool's, plus what the pool
//! owes its nodes) must fall in every epoch, by exactly the protocol fees less the rewards; the
//! rewards must be positive (the pool does pay) and at most 90 % of the fees. The release rule
//! alone would have paid the actor more than it paid in: that is the attack the cap stops.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::arithmetic_side_effects)]

use corex_fuzz::{
	call_of, next_block, primed_ext,
	scenario::{assigned_nodes, commit_and_reveal},
	Action,
};
use corex_primitives::{ComputationId, ContentId};
use corex_runtime::{
	configs::parameters::{dynamic_params::proofs, RuntimeParameters},
	mining_pool_account, Balance, Governance, Runtime, RuntimeEvent, RuntimeOrigin, System,
	TOTAL_SUPPLY,
};
use frame_support::traits::fungible::Inspect;
use pallet_mining_pool::{release_budget, EMISSION_PER_FEE};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::Dispatchable, Perbill};

type Balances = pallet_balances::Pallet<Runtime>;
type MiningPool = pallet_mining_pool::Pallet<Runtime>;
type NodeStaking = pallet_node_staking::Pallet<Runtime>;

/// Epochs the actor deals with itself.
const EPOCHS: usize = 12;

/// What the pool owes the actor's nodes for closed epochs, plus the most the open epoch could
/// still release to them.
fn owed() -> Balance {
	let owed: Balance = pallet_mining_pool::Budgets::<Runtime>::iter_keys()
		.flat_map(|epoch| (0..3).map(move |n| MiningPool::reward_of(epoch, n).unwrap_or(0)))
		.sum();
	let (compute, training, _) = MiningPool::projection();
	owed + compute + training
}

/// Every balance but the pool's, plus what the pool owes the actor ([`owed`]).
fn actor_wealth() -> Balance {
	TOTAL_SUPPLY - Balances::balance(&mining_pool_account()) + owed()
}

/// The protocol fees of the computations finalized in this block.
fn protocol_fees_this_block() -> Balance {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Computations(pallet_computations::Event::ComputationFinalized {
				protocol_fee,
				..
			}) => Some(protocol_fee),
			_ => None,
		})
		.sum()
}

/// Commit and reveal `id` on every node assigned to it; returns the protocol fee paid.
fn compute(id: ComputationId) -> Balance {
	let slots = assigned_nodes(id);
	assert_eq!(slots.len(), 3, "computation {id} is assigned to all three nodes");
	commit_and_reveal(id, &slots, |_| ContentId::of(b"the answer"));
	assert!(
		pallet_computations::Computations::<Runtime>::get(id).is_none(),
		"computation {id} was verified and finalized"
	);
	let fee = protocol_fees_this_block();
	assert!(fee > 0, "computation {id} paid a protocol fee");
	fee
}

/// Claim every node's reward for `epoch` the pool's hook has not paid yet.
fn claim_all(epoch: u32) {
	for node in 0..3 {
		if MiningPool::reward_of(epoch, node).is_some() {
			pallet_mining_pool::Pallet::<Runtime>::claim_node_reward(
				RuntimeOrigin::signed(Sr25519Keyring::Bob.to_account_id()),
				epoch,
				node,
			)
			.expect("claims");
		}
	}
}

/// Run the scenario with orders at `fee` (an index of the fuzzer's amounts: 2 is 0.001 CXT
/// per CU, 3 is 10 CXT per CU). Returns (fees paid, rewards, what the release rule alone
/// would have released).
fn self_deal(fee: u8) -> (Balance, Balance, Balance) {
	let mut ext = primed_ext();
	ext.execute_with(|| {
		// No replays: with three nodes, all executors, none could verify; and a replay's
		// verifier would be the actor's too.
		Governance::set_parameter(
			RuntimeOrigin::root(),
			RuntimeParameters::Proofs(proofs::Parameters::ReplayRate(
				proofs::ReplayRate,
				Some(Perbill::zero()),
			)),
		)
		.expect("sets");
		assert_eq!(owed(), 0, "the prelude earned nothing yet");
		let start = actor_wealth();
		let mut wealth = start;
		// The prelude's own order, assigned to the three nodes already.
		let mut fees = compute(0);
		let mut paid = 0;
		let mut uncapped = 0;
		for round in 0..EPOCHS {
			// Close the epoch: what would the release rule alone have given it?
			let open = MiningPool::open_epoch();
			let paid_before = pallet_mining_pool::Ledger::<Runtime>::get().paid_out;
			let epoch = NodeStaking::current_epoch();
			while NodeStaking::current_epoch() == epoch {
				next_block();
			}
			let blocks = u64::from(System::block_number() - open.start);
			uncapped += release_budget(open.free_at_start, blocks);
			// The hook pays the closed epoch's rewards in the block that closes it.
			claim_all(open.index);
			paid += pallet_mining_pool::Ledger::<Runtime>::get().paid_out - paid_before;
			let now = actor_wealth();
			assert!(now < wealth, "epoch {round}: the actor's wealth went from {wealth} to {now}");
			wealth = now;
			// The next order, from the actor to its own nodes.
			let id = pallet_computations::NextComputationId::<Runtime>::get();
			let (origin, call) = call_of(
				1,
				&Action::SubmitComputation {
					definition: 0,
					inputs: [1, 2],
					budget: 1,
					fee,
					deadline: 40,
					k: 68,
				},
			)
			.unwrap();
			call.dispatch(origin).expect("orders");
			next_block();
			fees += compute(id);
		}
		let end = actor_wealth();
		let rewards = paid + owed();
		println!(
			"fee index {fee}: {EPOCHS} epochs, protocol fees {fees}, rewards {rewards} ({paid} \
			 paid), release rule alone {uncapped}, actor's wealth {start} → {end}"
		);
		// Nothing else moved between the actor and the pool: it lost the fees, less the rewards.
		assert_eq!(start - end, fees - rewards);
		(fees, rewards, uncapped)
	})
}

/// Runs the scenario and checks the rewards were paid and bounded; returns the fees paid and
/// what the release rule alone would have released.
fn check(fee: u8) -> (Balance, Balance) {
	let (fees, rewards, uncapped) = self_deal(fee);
	assert!(rewards > 0, "the pool paid the actor's nodes");
	assert!(rewards <= EMISSION_PER_FEE.mul_floor(fees), "rewards {rewards} > 90 % of {fees}");
	(fees, uncapped)
}

#[test]
fn self_dealing_at_the_base_fee_loses_money() {
	let (fees, uncapped) = check(2);
	// The attack the cap stops: cheap orders, and the whole release for the actor's nodes.
	assert!(
		uncapped > 1_000 * fees,
		"without the cap the release rule ({uncapped}) would pay far more than the fees ({fees})"
	);
}

#[test]
fn self_dealing_at_a_high_fee_loses_money() {
	// Dear orders back larger rewards, and still cost more than they bring.
	check(3);
}
