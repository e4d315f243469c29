//! Does the price track the work? Times every kernel on shapes from 8 to 256 features and
//! divides by the compute units the chain charges for it (`corex_compute::compute_units`). The
//! anchor is the gradient over 200 samples of the digits' shape (64 features, 10 classes),
//! measured in the same run; every other line is its time per CU as a ratio to the anchor's.
//! Best of 7 timed runs, single thread.
//!
//!   cargo run --release -p corex-compute --example cost_calibration

use codec::Encode;
use corex_compute::{compute_units, run, Kernel, Model, Sample, ONE};
use std::time::Instant;

fn model(classes: u32, features: u32) -> Vec<u8> {
	let mut m = Model::zeros(classes, features);
	for (i, w) in m.weights.iter_mut().enumerate() {
		*w = ((i as i64 * 7_919) % (ONE / 2)) - ONE / 4;
	}
	m.encode()
}

fn shard(n: usize, features: usize, classes: u32) -> Vec<u8> {
	(0..n)
		.map(|i| Sample {
			features: (0..features).map(|j| ((i * 31 + j * 7) % 17) as u8).collect(),
			label: (i as u32 % classes) as u8,
		})
		.collect::<Vec<_>>()
		.encode()
}

/// Nanoseconds per run of `kernel` on `inputs`: the best of 7 timings of `passes` runs.
fn time(kernel: Kernel, inputs: &[Vec<u8>]) -> f64 {
	let passes = 20;
	let mut best = f64::MAX;
	for _ in 0..7 {
		let start = Instant::now();
		for _ in 0..passes {
			let out = run(kernel, std::hint::black_box(inputs)).expect("the kernel runs");
			std::hint::black_box(out);
		}
		best = best.min(start.elapsed().as_secs_f64() * 1e9 / passes as f64);
	}
	best
}

/// Nanoseconds per charged CU of `kernel` on `inputs` of `features`-wide samples.
fn per_cu(kernel: Kernel, features: u32, inputs: &[Vec<u8>]) -> (f64, u64) {
	let lens: Vec<u32> = inputs.iter().map(|i| i.len() as u32).collect();
	let cu = compute_units(kernel, features, &lens).expect("priced");
	(time(kernel, inputs) / cu as f64, cu)
}

fn main() {
	let (anchor, anchor_cu) = per_cu(Kernel::Gradient, 64, &[model(10, 64), shard(200, 64, 10)]);
	println!("anchor: gradient, 200 samples × 64 features × 10 classes: {anchor_cu} CU, {anchor:.0} ns per CU");
	println!("{:<34} {:>8} {:>12} {:>8}", "kernel and shape", "CU", "ns per CU", "ratio");
	let mut worst: f64 = 1.0;
	for (classes, features, n) in
		[(10u32, 8u32, 400usize), (10, 64, 200), (26, 128, 100), (4, 256, 100)]
	{
		let m = model(classes, features);
		let s = shard(n, features as usize, classes);
		// An aggregation of 4 shard gradients over the same shard as validation.
		let gradient = run(Kernel::Gradient, &[m.clone(), s.clone()]).expect("a gradient").blob;
		let aggregate: Vec<Vec<u8>> =
			[m.clone(), s.clone()].into_iter().chain(std::iter::repeat_n(gradient, 4)).collect();
		let cases: [(&str, Kernel, Vec<Vec<u8>>); 4] = [
			("gradient", Kernel::Gradient, vec![m.clone(), s.clone()]),
			("inference", Kernel::Inference, vec![m.clone(), s.clone()]),
			("transform", Kernel::Transform, vec![s.clone()]),
			("aggregation of 4", Kernel::Aggregate { learning_rate: ONE as u32 / 10 }, aggregate),
		];
		for (name, kernel, inputs) in cases {
			let (ns, cu) = per_cu(kernel, features, &inputs);
			let ratio = ns / anchor;
			worst = worst.max(ratio.max(1.0 / ratio));
			println!(
				"{:<34} {cu:>8} {ns:>12.0} {ratio:>8.2}",
				format!("{name}, {n} × {features} × {classes}")
			);
		}
	}
	println!("largest departure from the anchor's time per CU: {worst:.2}×");
}
