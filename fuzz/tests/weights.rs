//! Declared weights against what the worst cases actually cost (issue 19, point 5).
//!
//! Starting from the fuzzer's live network (three nodes bonded, offered and keyed in a
//! cluster, and Bob's JCE there, to which he orders a computation), every node is brought to its most
//! expensive state for a punishment: 64 delegations beside its self-bond (65 positions, the
//! most a node may have), the miss before the one that makes it unresponsive (so the next is
//! slashed at the highest multiplier), and the fault before the one that ejects it from its
//! cluster. Then the three costly paths run, each measured while it runs:
//! - the computation queue's timer when all three nodes miss their commit window;
//! - the proofs pallet's timer when all three committed and none revealed;
//! - the reveal that settles a verdict and punishes the wrong node (its fault counted, its
//!   reputation cut, its slash queued);
//! - the next block's hook, applying that slash (three slashes over 65 positions);
//! - the answer to the largest capability probe (4,096 samples the chain generates and labels).
//!
//! What a path actually costs is measured natively: the storage proof it needs (recorded while
//! it runs), the keys it writes (each priced at the runtime's database write weight), and its
//! execution time. The declared weight (what the hook returned, or the call's dispatch info)
//! must cover each: proof size ≥ the recorded proof, and ref time ≥ execution time plus the
//! writes. Reads are not counted (the in-memory backend does not count them), so the ref time
//! side is a lower bound of the true cost; the proof side is complete.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use corex_fuzz::{call_of, next_block, primed_ext, Action};
use corex_runtime::{Runtime, RuntimeOrigin, System, CXT};
use frame_support::{
	dispatch::GetDispatchInfo,
	traits::{Get, Hooks},
	weights::Weight,
};
use sp_keyring::Sr25519Keyring;
use sp_runtime::traits::Dispatchable;
use std::time::Instant;

type NodeStaking = pallet_node_staking::Pallet<Runtime>;
type Computations = pallet_computations::Pallet<Runtime>;
type Proofs = pallet_proofs::Pallet<Runtime>;

/// The worker of node `n` (its signer index in `corex_fuzz::ACCOUNTS`): Eve, Ferdie, Alice.
const WORKERS: [u8; 3] = [4, 5, 0];
/// The computation the tests drive: Bob's order to his JCE, after the prelude's computation 0.
const ID: u8 = 1;
/// Delegators per node: the most a node may have.
const DELEGATORS: u32 = 64;

/// What a piece of runtime code cost when it ran.
#[derive(Debug)]
struct Cost {
	/// Native execution time, in picoseconds (the unit of ref time).
	time_ps: u64,
	/// Storage keys written.
	writes: u64,
	/// The encoded storage proof of everything it read, in bytes.
	proof: u64,
}

impl Cost {
	/// Ref time it used at least: its execution plus its writes at the database's price.
	fn ref_time(&self) -> u64 {
		let write = <Runtime as frame_system::Config>::DbWeight::get().writes(1).ref_time();
		self.time_ps.saturating_add(self.writes.saturating_mul(write))
	}
}

/// Run a path on the state `build` makes, measured: its execution time (the fastest of five
/// runs, each on a fresh state, without proof recording: the suite runs beside busy nodes), then
/// its storage proof and its writes.
/// Returns what the last run returned and the externalities after it, for its events.
fn measure<X, R>(
	build: impl Fn() -> (sp_io::TestExternalities, X),
	run: impl Fn(X) -> R,
) -> (R, Cost, sp_io::TestExternalities) {
	let mut time_ps = u64::MAX;
	for _ in 0..5 {
		let (mut ext, x) = build();
		ext.commit_all().unwrap();
		let started = Instant::now();
		ext.execute_with(|| run(x));
		let ps = u64::try_from(started.elapsed().as_nanos()).unwrap().saturating_mul(1_000);
		time_ps = time_ps.min(ps);
	}
	let (mut ext, x) = build();
	ext.commit_all().unwrap();
	let (r, proof) = ext.execute_and_prove(|| run(x));
	let writes = ext.overlayed_changes().changes().count() as u64;
	let proof = codec::Encode::encoded_size(&proof) as u64;
	(r, Cost { time_ps, writes, proof }, ext)
}

fn assert_covers(what: &str, declared: Weight, cost: &Cost) {
	println!(
		"{what}: declared {} ps / {} B; measured {} ps of execution, {} writes, {} B of proof",
		declared.ref_time(),
		declared.proof_size(),
		cost.time_ps,
		cost.writes,
		cost.proof
	);
	assert!(
		declared.proof_size() >= cost.proof,
		"{what}: declared proof size {} < the {} B it recorded",
		declared.proof_size(),
		cost.proof
	);
	assert!(
		declared.ref_time() >= cost.ref_time(),
		"{what}: declared ref time {} < {} (execution {} + {} writes)",
		declared.ref_time(),
		cost.ref_time(),
		cost.time_ps,
		cost.writes
	);
}

fn dispatch(signer: u8, action: Action) {
	let (origin, call) = call_of(signer, &action).expect("a call");
	call.dispatch(origin).expect("dispatches");
}

/// The prelude's network with every node at its most expensive state for a punishment.
fn worst_case() -> sp_io::TestExternalities {
	let mut ext = primed_ext();
	ext.execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		for i in 0..DELEGATORS {
			let mut raw = [0xde; 32];
			raw[..4].copy_from_slice(&i.to_le_bytes());
			let who = corex_runtime::AccountId::from(raw);
			pallet_balances::Pallet::<Runtime>::transfer_keep_alive(
				RuntimeOrigin::signed(alice.clone()),
				who.clone().into(),
				400 * CXT,
			)
			.expect("Alice funds the delegators");
			for node in 0..3 {
				NodeStaking::delegate(RuntimeOrigin::signed(who.clone()), node, 100 * CXT, 0)
					.expect("delegates");
			}
		}
		next_block();
		// Bob's order to his JCE: computed by the whole cluster, so faults count there.
		dispatch(
			1,
			Action::SubmitToJce { jce: 0, definition: 0, inputs: [1, 2], budget: 3, deadline: 40 },
		);
		// Assigned `DRAW_DELAY` blocks later.
		for _ in 0..corex_primitives::seed::DRAW_DELAY {
			next_block();
		}
		let c = pallet_computations::Computations::<Runtime>::get(u64::from(ID))
			.expect("the JCE's order");
		assert_eq!(c.jce, Some(0));
		assert_eq!(c.slots.len(), 3, "all three nodes assigned");
	});
	ext
}

/// Every node one miss short of unresponsive and one fault short of ejection from its cluster,
/// and not unresponsive yet: the next fault costs the most it can. Set right before the
/// measured path, as the blocks before it may have counted misses of the prelude's own order.
fn arm() {
	let epoch = NodeStaking::current_epoch();
	let misses =
		<<Runtime as pallet_node_staking::Config>::UnresponsiveAfter as Get<u32>>::get() - 1;
	let faults = <<Runtime as pallet_clusters::Config>::EjectAfterFaults as Get<u32>>::get() - 1;
	for node in 0..3 {
		pallet_node_staking::Nodes::<Runtime>::mutate(node, |n| {
			let n = n.as_mut().expect("a node");
			n.unresponsive = false;
			n.recent_misses = misses;
			n.last_miss = epoch;
		});
		pallet_clusters::Clusters::<Runtime>::mutate(0, |c| {
			let member = c.as_mut().and_then(|c| c.member_mut(node)).expect("a member");
			member.faults = faults as u8;
			member.last_fault = epoch;
		});
		assert_eq!(
			pallet_node_staking::Nodes::<Runtime>::get(node).unwrap().positions,
			DELEGATORS + 1
		);
	}
}

/// Every node commits to `results[n]` on the JCE's computation; the blocks up to the replay
/// draw follow (`DRAW_DELAY`), which opens the reveals.
fn commit_all(results: [u8; 3]) {
	for (n, result) in results.into_iter().enumerate() {
		dispatch(WORKERS[n], Action::Commit { id: ID, node: n as u8, result, loss: None, salt: 1 });
	}
	for _ in 0..corex_primitives::seed::DRAW_DELAY {
		next_block();
	}
	let v = pallet_proofs::Verifications::<Runtime>::get(u64::from(ID)).expect("drawn");
	assert_eq!(v.phase, pallet_proofs::Phase::Revealing);
}

fn events_matching(f: impl Fn(&corex_runtime::RuntimeEvent) -> bool) -> usize {
	System::events().iter().filter(|r| f(&r.event)).count()
}

fn ejections() -> usize {
	events_matching(|e| {
		matches!(
			e,
			corex_runtime::RuntimeEvent::Clusters(pallet_clusters::Event::MemberEjected { .. })
		)
	})
}

#[test]
fn every_node_missing_its_window_fits_the_queue_timer_weight() {
	let build = || {
		let mut ext = worst_case();
		let at = ext.execute_with(|| {
			let c = pallet_computations::Computations::<Runtime>::get(u64::from(ID)).unwrap();
			let at = c.timer.expect("a window timer");
			// Up to the block before: the hook runs the timer in block `at`.
			while System::block_number() + 1 < at {
				next_block();
			}
			System::set_block_number(at);
			arm();
			System::reset_events();
			at
		});
		(ext, at)
	};
	let (declared, cost, mut ext) = measure(build, Computations::on_initialize);
	ext.execute_with(|| {
		let missed = events_matching(|e| {
			matches!(
				e,
				corex_runtime::RuntimeEvent::Computations(
					pallet_computations::Event::WindowMissed { slashed, .. }
				) if !slashed.is_zero()
			)
		});
		assert_eq!(missed, 3, "all three missed, each slashed");
		assert_eq!(ejections(), 1, "ejected from the cluster (one at a time)");
	});
	assert_covers("computations timer, 3 misses", declared, &cost);
}

#[test]
fn every_executor_unrevealed_fits_the_proofs_timer_weight() {
	let build = || {
		let mut ext = worst_case();
		let at = ext.execute_with(|| {
			commit_all([1, 1, 1]);
			let v =
				pallet_proofs::Verifications::<Runtime>::get(u64::from(ID)).expect("reveals open");
			let at = v.until + 1;
			while System::block_number() + 1 < at {
				next_block();
			}
			System::set_block_number(at);
			arm();
			System::reset_events();
			at
		});
		(ext, at)
	};
	let (declared, cost, mut ext) = measure(build, Proofs::on_initialize);
	ext.execute_with(|| {
		let punished = events_matching(|e| {
			matches!(e, corex_runtime::RuntimeEvent::Proofs(pallet_proofs::Event::Punished { .. }))
		});
		// All three punished; their slashes applied in the same hook as far as its weight
		// allows (at least one), the rest queued for the next blocks.
		let pending = pallet_proofs::PendingSlashes::<Runtime>::count() as usize;
		assert!(punished >= 1);
		assert_eq!(punished + pending, 3, "all three punished");
		assert_eq!(ejections(), 1, "ejected from the cluster (one at a time)");
	});
	assert_covers("proofs timer, 3 unrevealed", declared, &cost);
}

/// The network with nodes 0 and 1 having revealed result 1, and node 2, which committed to
/// result 2, about to reveal last; returns the origin and call of that reveal.
fn before_the_last_reveal(
) -> (sp_io::TestExternalities, (RuntimeOrigin, corex_runtime::RuntimeCall)) {
	let mut ext = worst_case();
	let call = ext.execute_with(|| {
		commit_all([1, 1, 2]);
		for n in 0..2u8 {
			dispatch(
				WORKERS[n as usize],
				Action::Reveal { id: ID, node: n, result: 1, loss: None, salt: 1, output: false },
			);
		}
		arm();
		System::reset_events();
		call_of(
			WORKERS[2],
			&Action::Reveal { id: ID, node: 2, result: 2, loss: None, salt: 1, output: false },
		)
		.expect("a call")
	});
	(ext, call)
}

#[test]
fn the_reveal_that_punishes_fits_its_declared_weight() {
	let declared = before_the_last_reveal().1 .1.get_dispatch_info().call_weight;
	let (result, cost, mut ext) =
		measure(before_the_last_reveal, |(origin, call)| call.dispatch(origin));
	let post = result.expect("the reveal dispatches");
	ext.execute_with(|| {
		// The minority's fault is counted and its reputation cut at once; its slash waits for
		// the next block's hook.
		assert_eq!(ejections(), 1, "ejected from the cluster");
		assert_eq!(pallet_proofs::PendingSlashes::<Runtime>::count(), 1);
		let slashed = events_matching(|e| {
			matches!(
				e,
				corex_runtime::RuntimeEvent::NodeStaking(
					pallet_node_staking::Event::NodeSlashed { .. }
				)
			)
		});
		assert_eq!(slashed, 0, "nothing slashed inside the reveal");
	});
	assert!(post.actual_weight.is_none_or(|w| w.all_lte(declared)));
	assert_covers("the reveal that settles and punishes", declared, &cost);
}

#[test]
fn the_hook_applying_a_slash_on_65_positions_fits_its_weight() {
	let build = || {
		let (mut ext, (origin, call)) = before_the_last_reveal();
		let at = ext.execute_with(|| {
			call.dispatch(origin).expect("the reveal dispatches");
			let at = System::block_number() + 1;
			System::set_block_number(at);
			System::reset_events();
			at
		});
		(ext, at)
	};
	let (declared, cost, mut ext) = measure(build, Proofs::on_initialize);
	ext.execute_with(|| {
		let punished = events_matching(|e| {
			matches!(
				e,
				corex_runtime::RuntimeEvent::Proofs(pallet_proofs::Event::Punished {
					node: 2,
					to_customer,
					to_pool,
					..
				}) if *to_customer > 0 && *to_pool > 0
			)
		});
		assert_eq!(punished, 1, "node 2 slashed, to the customer and the pool");
		assert_eq!(pallet_proofs::PendingSlashes::<Runtime>::count(), 0);
	});
	assert_covers("the hook applying one slash", declared, &cost);
}

/// The network with node 0 sent the largest probe, and its worker about to answer it right.
fn before_the_largest_probe_answer(
) -> (sp_io::TestExternalities, (RuntimeOrigin, corex_runtime::RuntimeCall)) {
	let mut ext = worst_case();
	let call = ext.execute_with(|| {
		let now = System::block_number();
		pallet_computations::Probes::<Runtime>::insert(
			0,
			pallet_computations::OpenProbe {
				seed: [9; 32],
				samples: corex_compute::probe::MAX_PROBE_SAMPLES,
				issued: now,
				deadline: now + 10,
			},
		);
		System::reset_events();
		call_of(WORKERS[0], &Action::AnswerProbe { right: true }).expect("a call")
	});
	(ext, call)
}

#[test]
fn the_largest_probe_answer_fits_its_declared_weight() {
	let declared = before_the_largest_probe_answer().1 .1.get_dispatch_info().call_weight;
	let (result, cost, mut ext) =
		measure(before_the_largest_probe_answer, |(origin, call)| call.dispatch(origin));
	let post = result.expect("the answer dispatches");
	ext.execute_with(|| {
		let passed = events_matching(|e| {
			matches!(
				e,
				corex_runtime::RuntimeEvent::Computations(
					pallet_computations::Event::ProbeAnswered { passed: true, .. }
				)
			)
		});
		assert_eq!(passed, 1, "the right answer passed");
	});
	assert!(post.actual_weight.is_none_or(|w| w.all_lte(declared)));
	assert_covers("the largest probe's answer", declared, &cost);
}
