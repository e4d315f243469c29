//! The digits shards (from `corex-test-utils`) and their decoding, shared by the integration
//! tests and the gradient benchmark.
#![allow(dead_code, unused_imports)]

use codec::Decode;
use corex_compute::Sample;

pub use corex_test_utils::digits::{TRAIN, VALIDATION};

/// Decode a shard, refusing trailing bytes.
pub fn decode(bytes: &[u8]) -> Vec<Sample> {
	let mut input = bytes;
	let samples = Vec::<Sample>::decode(&mut input).expect("a shard decodes");
	assert!(input.is_empty(), "no trailing bytes");
	samples
}
