//! The digits shards, compiled in (shared by the Wasm test and the Wasm bench).

/// The 8 training shards (200 samples each).
pub const SHARDS: [&[u8]; 8] = [
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
#[allow(dead_code)]
pub const VALIDATION: &[u8] = include_bytes!("../../../datasets/digits/shards/validation.bin");
