//! Throughput of the gradient kernel, single thread: best of `RUNS` timed runs of `PASSES`
//! passes. Compare with `scripts/bench-gradient.py` (numpy, one BLAS thread) on the same data and
//! shapes; `scripts/bench.sh` runs both, paired, and writes `docs/performance.md`.
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
//! the gradient's outer product (exp, normalisation and bias terms not counted).
//!
//! Two figures: `Model::gradient` on decoded samples (what numpy's figure compares with: data
//! already in memory), and `corex_compute::run` on the SCALE-encoded model and shard, decoding
//! included (what a node runs for a fragment, through the host function). The last line is
//! machine-readable: `samples_per_s=… run_samples_per_s=… gflops=… lanes=…`.

#[path = "../tests/common/mod.rs"]
mod common;

use codec::Encode;
use corex_compute::{Kernel, Model, Sample, ONE};
use std::time::Instant;

const RUNS: usize = 15;
const PASSES: usize = 20;

fn large() -> Vec<Sample> {
	(0..256u64)
		.map(|i| Sample {
			features: (0..784u64).map(|j| ((i * 7_919 + j * 104_729) % 17) as u8).collect(),
			label: ((i * 31) % 10) as u8,
		})
		.collect()
}

/// Best seconds per pass of `f` over `RUNS` runs of `PASSES` passes.
fn best(mut f: impl FnMut()) -> f64 {
	let mut best = f64::MAX;
	for _ in 0..RUNS {
		let start = Instant::now();
		for _ in 0..PASSES {
			f();
		}
		best = best.min(start.elapsed().as_secs_f64());
	}
	best / PASSES as f64
}

fn main() {
	let shape = std::env::args().nth(1).unwrap_or_else(|| "digits".into());
	let (samples, features): (Vec<Sample>, u32) = match shape.as_str() {
		"digits" => (common::TRAIN.iter().flat_map(|bytes| common::decode(bytes)).collect(), 64),
		"large" => (large(), 784),
		other => panic!("unknown shape {other}: digits or large"),
	};
	let mut model = Model::zeros(10, features);
	for (i, w) in model.weights.iter_mut().enumerate() {
		*w = ((i as i64 * 7_919) % (ONE / 2)) - ONE / 4;
	}
	let mut checksum = 0i64;
	let per_pass = best(|| {
		let g = model.gradient(std::hint::black_box(&samples)).expect("gradient");
		checksum = checksum.wrapping_add(g.loss);
	});
	let inputs = vec![model.encode(), samples.encode()];
	let want = model.gradient(&samples).expect("gradient").encode();
	let run_per_pass = best(|| {
		let out = corex_compute::run(Kernel::Gradient, std::hint::black_box(&inputs));
		assert_eq!(out.expect("gradient").blob.len(), want.len());
	});
	let n = samples.len() as f64;
	let (rate, run_rate) = (n / per_pass, n / run_per_pass);
	let flops = 4.0 * 10.0 * f64::from(features) * rate;
	let lanes = corex_compute::lanes::lanes();
	println!(
		"corex-compute gradient ({shape}, {lanes:?}): {rate:.0} samples/s, {:.3} GFLOP/s ({} samples × {features} features, {:.3} ms per pass, checksum {checksum}); with SCALE decoding (corex_compute::run): {run_rate:.0} samples/s",
		flops / 1e9,
		samples.len(),
		per_pass * 1e3
	);
	println!(
		"samples_per_s={rate:.0} run_samples_per_s={run_rate:.0} gflops={:.4} lanes={lanes:?}",
		flops / 1e9
	);
}
