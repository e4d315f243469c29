//! The fuzzer's short deterministic run, part of `scripts/test.sh`: a scripted scenario that
//! walks the happy path through every pallet from genesis, then every input of the committed
//! corpus (`fuzz/corpus`, minimized from the long runs recorded in docs/security.md), each from
//! the prelude's state, with the chain's invariants checked after every block.

use corex_fuzz::{prelude, run_bytes, run_from_genesis, Action, Histogram, Step};
use std::{fs, path::Path};

fn step(blocks: u8, signer: u8, action: Action) -> Step {
	Step { blocks, signer, action }
}

/// The prelude every fuzz input starts from (three nodes bonded and offered, a definition, a
/// keyed cluster with a JCE, an order of k = 3 assigned to the three), then each worker commits
/// to result 3 and reveals it, and the computation is paid.
fn scenario() -> Vec<Step> {
	use Action::*;
	let mut steps = prelude();
	// Assigned two blocks after the order (`DRAW_DELAY`).
	for (node, worker) in [(0u8, 4u8), (1, 5), (2, 0)] {
		let blocks = if node == 0 { 2 } else { 0 };
		steps.push(step(blocks, worker, Commit { id: 0, node, result: 3, loss: None, salt: node }));
	}
	// The replay draw comes two blocks after the last commitment; then the reveals open.
	for (node, worker) in [(0u8, 4u8), (1, 5), (2, 0)] {
		steps.push(step(
			if node == 0 { 2 } else { 0 },
			worker,
			Reveal { id: 0, node, result: 3, loss: None, salt: node, output: false },
		));
	}
	steps.push(step(2, 1, ClaimRewards { node: 0, compound: false }));
	steps
}

fn ok(h: &Histogram, call: &str) -> u64 {
	h.0.get(call).and_then(|o| o.get("Ok")).copied().unwrap_or(0)
}

#[test]
fn a_scenario_through_the_pallets_keeps_every_invariant() {
	let report = run_from_genesis(&scenario());
	let h = &report.histogram;
	// Each step did what it meant to: the fuzzer's domains reach these states.
	assert_eq!(ok(h, "NodeStaking.register_node"), 3, "{h:#?}");
	assert_eq!(ok(h, "NodeStaking.bond"), 3, "{h:#?}");
	assert_eq!(ok(h, "Computations.offer_node"), 3, "{h:#?}");
	assert_eq!(ok(h, "Computations.submit_computation"), 1, "{h:#?}");
	assert_eq!(ok(h, "Computations.commit_result"), 3, "{h:#?}");
	assert_eq!(ok(h, "Proofs.reveal"), 3, "{h:#?}");
	assert_eq!(ok(h, "Clusters.accept_invitation"), 3, "{h:#?}");
	assert_eq!(ok(h, "Clusters.submit_key_share"), 3, "{h:#?}");
	assert_eq!(ok(h, "Clusters.create_jce"), 1, "{h:#?}");
	assert_eq!(ok(h, "NodeStaking.claim_rewards"), 1, "{h:#?}");
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
