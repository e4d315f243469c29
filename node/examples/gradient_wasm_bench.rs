//! Throughput of the gradient kernel inside the runtime's Wasm, the path the compute worker takes
//! (the node runs its off-chain worker in the same compiled wasmtime executor), against the same
//! call natively. One call computes the gradient over all 1,600 digits training samples (SCALE
//! decoding included on both sides); best of 7 timed runs.
//!
//!   cargo run --release -p corex-node --example gradient_wasm_bench
//!
//! FLOPs as in `corex-compute`'s `gradient_bench`: 4 × 10 × 64 per sample.

#[path = "../tests/common/shards.rs"]
mod shards;
#[path = "../tests/common/wasm.rs"]
mod wasm;

use codec::{Decode, Encode};
use corex_compute::{Kernel, Model, Sample, ONE};
use std::time::Instant;

use shards::SHARDS;

/// Best time of `runs` runs of `calls` calls of `f`, per call, in seconds.
fn best(runs: usize, calls: usize, mut f: impl FnMut()) -> f64 {
	let mut best = f64::MAX;
	for _ in 0..runs {
		let start = Instant::now();
		for _ in 0..calls {
			f();
		}
		best = best.min(start.elapsed().as_secs_f64() / calls as f64);
	}
	best
}

fn main() {
	let samples: Vec<Sample> = SHARDS
		.iter()
		.flat_map(|bytes| Vec::<Sample>::decode(&mut &bytes[..]).expect("a shard"))
		.collect();
	let mut model = Model::zeros(10, 64);
	for (i, w) in model.weights.iter_mut().enumerate() {
		*w = ((i as i64 * 7_919) % (ONE / 2)) - ONE / 4;
	}
	let inputs = vec![model.encode(), samples.encode()];
	let wasm = wasm::Wasm::new();
	let native = corex_compute::run(Kernel::Gradient, &inputs).expect("gradient");
	assert_eq!(wasm.run(Kernel::Gradient, &inputs).expect("gradient"), native, "same bytes");

	let n = samples.len() as f64;
	let native_s = best(7, 20, || {
		std::hint::black_box(corex_compute::run(Kernel::Gradient, std::hint::black_box(&inputs)))
			.expect("gradient");
	});
	let wasm_s = best(7, 5, || {
		std::hint::black_box(wasm.run(Kernel::Gradient, std::hint::black_box(&inputs)))
			.expect("gradient");
	});
	for (name, s) in [("native", native_s), ("wasm (compiled, in the executor)", wasm_s)] {
		println!(
			"{name}: {:.0} samples/s, {:.3} GFLOP/s ({:.3} ms per call of {} samples)",
			n / s,
			4.0 * 10.0 * 64.0 * n / s / 1e9,
			s * 1e3,
			samples.len()
		);
	}
	println!("wasm / native throughput: {:.2}", native_s / wasm_s);
}
