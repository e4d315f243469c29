//! The tool reproduces the committed shards byte for byte, with the CIDs the docs and the
//! gateway's tests name.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use corex_tools::digits::{parse_csv, read_dataset, shards, DatasetError};
use std::path::Path;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
/// A seed whose model `corex-tools init-model` accepts (seeds 1, 2 and 5–8 fail its checks).
const SEED: u64 = 3;

#[test]
fn the_committed_shards_are_what_the_tool_writes() {
	let root = Path::new(ROOT);
	let samples = read_dataset(&root.join("datasets/digits/digits.csv.gz")).expect("the dataset");
	assert_eq!(samples.len(), 1797);
	let shards = shards(&samples, 8).expect("eight shards");
	assert_eq!(shards.len(), 9);
	for shard in &shards {
		let committed = std::fs::read(root.join("datasets/digits/shards").join(&shard.name))
			.expect("committed");
		assert!(committed == shard.bytes, "{} differs from the committed file", shard.name);
	}
	// As docs/compute.md and the gateway's test name them.
	assert_eq!(shards[0].cid(), "bafkreigpeuclfqchwgtyoc3v3mvykd4bndr64ur5iw5wvhn7dkxbqaznwu");
	assert_eq!(shards[8].cid(), "bafkreib7fxjg2a22j5zebx4vxvdyk3eqiytiqoaahmsjhbn4n5h3amgvjm");
	assert_eq!((shards[8].samples, shards[8].bytes.len()), (197, 13201));
}

#[test]
fn bad_lines_and_uneven_splits_are_refused_with_a_reason() {
	let pixels = vec!["0"; 64].join(",");
	assert!(matches!(
		parse_csv(format!("{pixels},10\n").as_bytes()),
		Err(DatasetError::BadLine { line: 1 })
	));
	assert!(matches!(
		parse_csv(format!("{pixels},1\n{},1\n", vec!["17"; 64].join(",")).as_bytes()),
		Err(DatasetError::BadLine { line: 2 })
	));
	assert!(matches!(parse_csv("1,2,x\n".as_bytes()), Err(DatasetError::BadLine { line: 1 })));
	let one = parse_csv(format!("{pixels},3\n").as_bytes()).expect("one sample");
	assert!(matches!(shards(&one, 8), Err(DatasetError::TooFewSamples(1))));
	let many = vec![one[0].clone(); 1700];
	assert!(matches!(shards(&many, 7), Err(DatasetError::UnevenShards(7))));
	assert!(matches!(shards(&many, 0), Err(DatasetError::UnevenShards(0))));
}

/// The committed shards, training and validation.
fn committed_shards() -> (Vec<Vec<u8>>, Vec<u8>) {
	let dir = Path::new(ROOT).join("datasets/digits/shards");
	let train =
		(0..8).map(|i| std::fs::read(dir.join(format!("train-{i}.bin"))).unwrap()).collect();
	(train, std::fs::read(dir.join("validation.bin")).unwrap())
}

#[test]
fn the_replay_of_the_training_is_the_chains() {
	use corex_tools::model::check_training;
	// The committed initial model, which the acceptance scenario starts from: the replay gives
	// docs/acceptance.md's table (recorded from the scenario on a live chain), round by round.
	let (train, validation) = committed_shards();
	let committed = std::fs::read(Path::new(ROOT).join("datasets/digits/model-init.bin")).unwrap();
	let check = check_training(&committed, &train, &validation, 5, 4 << 16).unwrap();
	assert_eq!(check.validation_samples, 197);
	assert_eq!(check.initial_correct, 13, "6.6 %");
	let correct: Vec<usize> = check.rounds.iter().map(|r| r.correct).collect();
	assert_eq!(correct, vec![22, 47, 56, 64, 93], "11.2 %, 23.9 %, 28.4 %, 32.5 %, 47.2 %");
	let losses: Vec<u32> = check
		.rounds
		.iter()
		.map(|r| ((u64::from(r.validation_loss) * 1000 + 32_768) / 65_536) as u32)
		.collect();
	assert_eq!(losses, vec![4469, 3438, 3446, 3243, 2982]);
	assert_eq!(check.problem, None);
}

#[test]
fn the_tool_makes_models_the_scenario_can_start_from() {
	use corex_tools::model::{check_training, encode, initial_model};
	let (train, validation) = committed_shards();
	// The seed the tool's docs name; the same seed always gives the same bytes.
	let model = encode(&initial_model(SEED, 1.0).unwrap());
	assert!(model == encode(&initial_model(SEED, 1.0).unwrap()));
	assert!(model != encode(&initial_model(SEED + 1, 1.0).unwrap()));
	let check = check_training(&model, &train, &validation, 5, 4 << 16).unwrap();
	assert_eq!(check.problem, None, "rounds: {:?}", check.rounds);
}

#[test]
fn a_model_whose_accuracy_does_not_rise_is_refused() {
	use corex_tools::model::{check_training, encode, initial_model};
	let (train, validation) = committed_shards();
	// Seed 1's model: the accuracy falls in round 1 (35 → 25 of 197).
	let seed_1 = encode(&initial_model(1, 1.0).unwrap());
	let check = check_training(&seed_1, &train, &validation, 5, 4 << 16).unwrap();
	assert_eq!(check.problem.as_deref(), Some("the accuracy does not rise in round 1"));
	assert!(initial_model(1, -1.0).is_none(), "a negative scale is refused");
}

#[test]
fn the_release_curve_is_drawn_with_its_axes_titles_and_notes() {
	use corex_tools::plot::{parse_release_curve, release_curve_svg, PlotError};
	let csv = std::fs::read_to_string(Path::new(ROOT).join("docs/release-curve.csv")).unwrap();
	let curve = parse_release_curve(&csv).unwrap();
	assert_eq!(curve.points.len(), 522);
	assert_eq!(curve.notes, vec!["years to release 50 %: 4.00", "years to release 90 %: 13.29"]);
	let svg = release_curve_svg(&curve).unwrap();
	for text in [
		"years after genesis",
		"% of the 100,000,000 CXT pool released",
		"pool balance, % of 100,000,000 CXT",
		"1M CXT/year of fees and slashes flowing back",
		"years to release 90 %: 13.29",
	] {
		assert!(svg.contains(text), "the plot shows {text:?}");
	}
	assert!(svg.matches("<polyline").count() >= 5, "three curves and two reference lines");
	assert!(matches!(parse_release_curve("year,a,b\n1,2\n"), Err(PlotError::BadLine { line: 2 })));
	assert!(matches!(parse_release_curve("year,a,b\n"), Err(PlotError::Empty)));
}
