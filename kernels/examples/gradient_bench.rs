//! Throughput of the gradient kernel, single thread: best of 7 timed runs of `PASSES` passes.
//! Compare with `scripts/bench-gradient.py` (numpy, one BLAS thread) on the same data and shapes;
//! `scripts/bench.sh` runs both, paired, and writes `docs/performance.md`.
//!
//!   cargo run --release -p corex-compute --example gradient_bench [digits|large]
//!
//! - `digits` (the default): the 1,600 digits training samples, 64 features, 10 classes.
//! - `large`: 256 synthetic samples of 784 features (MNIST's shape), 10 classes; sample `i`'s
//!   feature `j` is `(i × 7,919 + j × 104,729) mod 17` and its label `(i × 31) mod 10`, which
//!   the numpy script computes alike.
//!
//! The model's weight `k` is `(k × 7,919) mod 2^15 − 2^14` in Q16.16 in both. FLOPs are counted
//! per sample as numpy does the same work: 2 × classes × features for the logits and as many for
//! the gradient's outer product (exp, normalisation and bias terms not counted). The last line
//! is machine-readable: `samples_per_s=… gflops=…`.

#[path = "../tests/common/mod.rs"]
mod common;

use corex_compute::{Model, Sample, ONE};
use std::time::Instant;

fn large() -> Vec<Sample> {
	(0..256u64)
		.map(|i| Sample {
			features: (0..784u64).map(|j| ((i * 7_919 + j * 104_729) % 17) as u8).collect(),
			label: ((i * 31) % 10) as u8,
		})
		.collect()
}

fn main() {
	let shape = std::env::args().nth(1).unwrap_or_else(|| "digits".into());
	let (samples, features, passes): (Vec<Sample>, u32, usize) = match shape.as_str() {
		"digits" => {
			(common::TRAIN.iter().flat_map(|bytes| common::decode(bytes)).collect(), 64, 20)
		},
		"large" => (large(), 784, 20),
		other => panic!("unknown shape {other}: digits or large"),
	};
	let mut model = Model::zeros(10, features);
	for (i, w) in model.weights.iter_mut().enumerate() {
		*w = ((i as i64 * 7_919) % (ONE / 2)) - ONE / 4;
	}
	let mut best = f64::MAX;
	let mut checksum = 0i64;
	for _ in 0..7 {
		let start = Instant::now();
		for _ in 0..passes {
			let g = model.gradient(std::hint::black_box(&samples)).expect("gradient");
			checksum = checksum.wrapping_add(g.loss);
		}
		best = best.min(start.elapsed().as_secs_f64());
	}
	let per_pass = best / passes as f64;
	let rate = samples.len() as f64 / per_pass;
	let flops = 4.0 * 10.0 * f64::from(features) * rate;
	println!(
		"corex-compute gradient ({shape}): {:.0} samples/s, {:.3} GFLOP/s ({} samples × {features} features, {:.3} ms per pass, checksum {checksum})",
		rate,
		flops / 1e9,
		samples.len(),
		per_pass * 1e3
	);
	println!("samples_per_s={rate:.0} gflops={:.4}", flops / 1e9);
}
