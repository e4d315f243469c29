//! Throughput of the gradient kernel on the digits training shards (1,600 samples, 64 features,
//! 10 classes), single thread: best of 7 timed runs of 20 passes each. Compare with
//! `scripts/bench-gradient.py` (numpy, one BLAS thread) on the same machine.
//!
//!   cargo run --release -p corex-compute --example gradient_bench
//!
//! FLOPs counted per sample as numpy does the same work: 2 × 10 × 64 for the logits, 2 × 10 × 64
//! for the gradient outer product (exp, normalisation and bias terms not counted).

#[path = "../tests/common/mod.rs"]
mod common;

use corex_compute::{Model, Sample, ONE};
use std::time::Instant;

const PASSES: usize = 20;

fn main() {
	let samples: Vec<Sample> =
		common::TRAIN.iter().flat_map(|bytes| common::decode(bytes)).collect();
	let mut model = Model::zeros(10, 64);
	for (i, w) in model.weights.iter_mut().enumerate() {
		*w = ((i as i64 * 7_919) % (ONE / 2)) - ONE / 4;
	}
	let mut best = f64::MAX;
	let mut checksum = 0i64;
	for _ in 0..7 {
		let start = Instant::now();
		for _ in 0..PASSES {
			let g = model.gradient(std::hint::black_box(&samples)).expect("gradient");
			checksum = checksum.wrapping_add(g.loss);
		}
		best = best.min(start.elapsed().as_secs_f64());
	}
	let per_pass = best / PASSES as f64;
	let rate = samples.len() as f64 / per_pass;
	let flops = 4.0 * 10.0 * 64.0 * rate;
	println!(
		"corex-compute gradient: {:.0} samples/s, {:.3} GFLOP/s ({} samples, {:.3} ms per pass, checksum {checksum})",
		rate,
		flops / 1e9,
		samples.len(),
		per_pass * 1e3
	);
}
