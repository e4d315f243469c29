//! The digits shards (`datasets/digits/shards/`), shared by the integration tests and the
//! gradient benchmark.
#![allow(dead_code)]

use codec::Decode;
use corex_compute::Sample;

/// The 8 training shards of 200 samples.
pub const TRAIN: [&[u8]; 8] = [
	include_bytes!("../../../datasets/digits/shards/train-0.bin"),
	include_bytes!("../../../datasets/digits/shards/train-1.bin"),
	include_bytes!("../../../datasets/digits/shards/train-2.bin"),
	include_bytes!("../../../datasets/digits/shards/train-3.bin"),
	include_bytes!("../../../datasets/digits/shards/train-4.bin"),
	include_bytes!("../../../datasets/digits/shards/train-5.bin"),
	include_bytes!("../../../datasets/digits/shards/train-6.bin"),
	include_bytes!("../../../datasets/digits/shards/train-7.bin"),
];

/// The held-out validation shard (197 samples).
pub const VALIDATION: &[u8] = include_bytes!("../../../datasets/digits/shards/validation.bin");

/// Decode a shard, refusing trailing bytes.
pub fn decode(bytes: &[u8]) -> Vec<Sample> {
	let mut input = bytes;
	let samples = Vec::<Sample>::decode(&mut input).expect("a shard decodes");
	assert!(input.is_empty(), "no trailing bytes");
	samples
}
