//! The tool reproduces the committed shards byte for byte, with the CIDs the docs and the
//! gateway's tests name.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use corex_tools::digits::{parse_csv, read_dataset, shards, DatasetError};
use std::path::Path;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

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
