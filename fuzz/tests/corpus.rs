//! The fuzzer's short deterministic run, part of `scripts/test.sh`: a scripted scenario that
//! walks the happy path through every pallet, then every input of the committed corpus
//! (`fuzz/corpus`, minimized from the long runs recorded in docs/security.md), each from genesis
//! with the chain's invariants checked after every block.

use corex_fuzz::{run, run_bytes, Action, Histogram, Step};
use std::{fs, path::Path};

fn step(blocks: u8, signer: u8, action: Action) -> Step {
	Step { blocks, signer, action }
}

/// Three nodes (Bob's, Charlie's and Dave's, with Eve's, Ferdie's and Alice's accounts as
/// their worker keys) bond and are offered; Bob orders an inference of k = 3; the workers commit
/// and reveal the same result; a cluster forms and keys.
fn scenario() -> Vec<Step> {
	use Action::*;
	let mut steps = vec![step(0, 0, ShortEpochs { blocks: 4 })];
	// Nodes 0, 1, 2: operators Bob (1), Charlie (2), Dave (3); workers Eve (4), Ferdie (5),
	// Alice (0). 5,000 CU of GPU; a 20,000 CXT bond.
	for (operator, worker) in [(1u8, 4u8), (2, 5), (3, 0)] {
		steps.push(step(0, operator, RegisterNode { worker, class: 0, capacity: 4, metadata: 0 }));
	}
	for (node, operator) in [(0u8, 1u8), (1, 2), (2, 3)] {
		steps.push(step(0, operator, Bond { node, amount: 5 }));
	}
	// Two epochs of four blocks: the bonds count.
	steps.push(step(3, 0, Transfer { to: 1, amount: 2 }));
	steps.push(step(3, 0, Transfer { to: 1, amount: 2 }));
	steps.push(step(3, 0, Transfer { to: 1, amount: 2 }));
	for (node, operator) in [(0u8, 1u8), (1, 2), (2, 3)] {
		steps.push(step(0, operator, OfferNode { node }));
	}
	// An exact inference (10 CU + 1 per KiB), ordered with a budget of 10,000 CU.
	steps.push(step(
		0,
		1,
		RegisterDefinition { kind: 0, cost: 2, tolerance: false, replay: 0, class: 0, tier: 1 },
	));
	steps.push(step(
		0,
		1,
		SubmitComputation { definition: 0, inputs: [1, 2], budget: 3, fee: 2, deadline: 40, k: 68 },
	));
	// Assigned in the next block; each worker commits to result 3 with its salt.
	for (node, worker) in [(0u8, 4u8), (1, 5), (2, 0)] {
		steps.push(step(
			if node == 0 { 1 } else { 0 },
			worker,
			Commit { id: 0, node, result: 3, loss: None, salt: node },
		));
	}
	for (node, worker) in [(0u8, 4u8), (1, 5), (2, 0)] {
		steps.push(step(
			if node == 0 { 1 } else { 0 },
			worker,
			Reveal { id: 0, node, result: 3, loss: None, salt: node, output: false },
		));
	}
	// A cluster of the three nodes, accepted and keyed by their workers.
	steps.push(step(
		1,
		1,
		CreateCluster {
			members: vec![0, 1, 2],
			standbys: vec![],
			unanimous: false,
			// 0.001 CXT per CU, 5,000 CU per epoch.
			price: 34,
			auto: false,
		},
	));
	for (node, operator) in [(0u8, 1u8), (1, 2), (2, 3)] {
		steps.push(step(0, operator, AcceptInvitation { cluster: 0, node }));
	}
	for (node, worker) in [(0u8, 4u8), (1, 5), (2, 0)] {
		steps.push(step(0, worker, SubmitKeyShare { cluster: 0, node, forged: false }));
	}
	steps.push(step(1, 1, ClaimRewards { node: 0, compound: false }));
	steps
}

fn ok(h: &Histogram, call: &str) -> u64 {
	h.0.get(call).and_then(|o| o.get("Ok")).copied().unwrap_or(0)
}

#[test]
fn a_scenario_through_the_pallets_keeps_every_invariant() {
	let report = run(&scenario());
	let h = &report.histogram;
	// Each step did what it meant to: the fuzzer's domains reach these states.
	assert_eq!(ok(h, "NodeStaking.register_node"), 3, "{h:#?}");
	assert_eq!(ok(h, "NodeStaking.bond"), 3, "{h:#?}");
	assert_eq!(ok(h, "Computations.offer_node"), 3, "{h:#?}");
	assert_eq!(ok(h, "Computations.submit_computation"), 1, "{h:#?}");
	assert_eq!(ok(h, "Computations.submit_result"), 3, "{h:#?}");
	assert_eq!(ok(h, "Proofs.reveal"), 3, "{h:#?}");
	assert_eq!(ok(h, "Clusters.accept_invitation"), 3, "{h:#?}");
	assert_eq!(ok(h, "Clusters.submit_key_share"), 3, "{h:#?}");
	assert!(report.blocks > 10);
}

#[test]
fn the_committed_corpus_replays_with_every_invariant_holding() {
	let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
	let mut files: Vec<_> = fs::read_dir(&dir)
		.map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect())
		.unwrap_or_default();
	files.sort();
	let mut total = Histogram::default();
	for file in &files {
		let data = fs::read(file).expect("a corpus file reads");
		total.merge(&run_bytes(&data).histogram);
	}
	let calls: u64 = total.0.values().flat_map(|o| o.values()).sum();
	println!("{} corpus inputs, {calls} calls, {} distinct", files.len(), total.0.len());
}
