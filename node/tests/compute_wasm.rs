//! The same fragments run natively (`corex-compute`) and inside the runtime's Wasm
//! (`ComputeApi_run_fragment`, through the node's Wasm executor) must give bit-identical outputs:
//! the proofs pallet compares results by hash, so a node's build must not change a result.
//!
//! The fragments are two rounds of the digits training job: a gradient per shard on the zero
//! model, their aggregation (scored on the validation shard), a gradient on the new model, then
//! inference and the data transform.

mod common;

use codec::Encode;
use common::wasm::Wasm;
use corex_compute::{ComputeError, Kernel, Model, Output};

use common::shards::{SHARDS, VALIDATION};

/// Run natively and in Wasm; they must agree to the byte. Returns the output.
fn both(wasm: &Wasm, label: &str, kernel: Kernel, inputs: &[Vec<u8>]) -> Output {
	let native = corex_compute::run(kernel, inputs).expect("the kernel accepts its inputs");
	let in_wasm = wasm.run(kernel, inputs).expect("the kernel accepts its inputs in Wasm");
	assert_eq!(native, in_wasm, "{label}: native and Wasm outputs differ");
	println!(
		"{label}: {} bytes, sha2-256 {}, loss {:?} — identical natively and in Wasm",
		native.blob.len(),
		hex(&sp_io::hashing::sha2_256(&native.blob)),
		native.loss
	);
	native
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn fragments_are_bit_identical_natively_and_in_wasm() {
	let wasm = Wasm::new();
	let learning_rate = 1 << 16;
	let mut model = Model::zeros(10, 64).encode();
	for round in 0..2 {
		let gradients: Vec<Vec<u8>> = SHARDS
			.iter()
			.enumerate()
			.map(|(n, shard)| {
				let label = format!("round {round} gradient {n}");
				both(&wasm, &label, Kernel::Gradient, &[model.clone(), shard.to_vec()]).blob
			})
			.collect();
		let mut inputs = vec![model.clone(), VALIDATION.to_vec()];
		inputs.extend(gradients);
		let aggregate = both(
			&wasm,
			&format!("round {round} aggregation"),
			Kernel::Aggregate { learning_rate },
			&inputs,
		);
		assert!(aggregate.loss.is_some());
		model = aggregate.blob;
	}
	both(&wasm, "inference", Kernel::Inference, &[model.clone(), VALIDATION.to_vec()]);
	both(&wasm, "transform", Kernel::Transform, &[SHARDS[0].to_vec()]);
	// Refusals agree too.
	let bad = vec![b"not a model".to_vec(), SHARDS[0].to_vec()];
	assert_eq!(corex_compute::run(Kernel::Gradient, &bad), wasm.run(Kernel::Gradient, &bad));
	assert_eq!(wasm.run(Kernel::Gradient, &bad), Err(ComputeError::Undecodable));
}
