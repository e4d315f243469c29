//! The digits shards (`datasets/digits/shards/`), compiled in: what the kernels' tests and
//! benchmark, the node's Wasm tests and the worker's tests train and infer on.

/// The 8 training shards, 200 samples each.
pub const TRAIN: [&[u8]; 8] = [
	include_bytes!("../../datasets/digits/shards/train-0.bin"),
	include_bytes!("../../datasets/digits/shards/train-1.bin"),
	include_bytes!("../../datasets/digits/shards/train-2.bin"),
	include_bytes!("../../datasets/digits/shards/train-3.bin"),
	include_bytes!("../../datasets/digits/shards/train-4.bin"),
	include_bytes!("../../datasets/digits/shards/train-5.bin"),
	include_bytes!("../../datasets/digits/shards/train-6.bin"),
	include_bytes!("../../datasets/digits/shards/train-7.bin"),
];

/// The held-out validation shard (197 samples).
pub const VALIDATION: &[u8] = include_bytes!("../../datasets/digits/shards/validation.bin");
