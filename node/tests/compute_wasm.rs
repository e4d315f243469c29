//! The same fragments run natively (`corex-compute`) and inside the runtime's Wasm
//! (`ComputeApi_run_fragment`, through the node's Wasm executor) must give bit-identical outputs:
//! the proofs pallet compares results by hash, so a node's build must not change a result.
//!
//! The fragments are two rounds of the digits training job: a gradient per shard on the zero
//! model, their aggregation (scored on the validation shard), a gradient on the new model, then
//! inference and the data transform.

mod common;

use codec::{Decode, Encode};
use common::wasm::Wasm;
use corex_compute::{lanes::Lanes, ComputeError, Kernel, Model, Output, Sample};
use sc_executor::WasmExecutor;
use sp_core::traits::{CallContext, CodeExecutor, RuntimeCode, WrappedRuntimeCode};

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
	// The build of the kernels' loops this processor runs natively (the others are compared
	// too; one the processor lacks runs as the portable build).
	println!("native build here: {:?}", corex_compute::lanes::lanes());
	let learning_rate = 1 << 16;
	let mut model = Model::zeros(10, 64).encode();
	for round in 0..2 {
		let gradients: Vec<Vec<u8>> = SHARDS
			.iter()
			.enumerate()
			.map(|(n, shard)| {
				let label = format!("round {round} gradient {n}");
				let out = both(&wasm, &label, Kernel::Gradient, &[model.clone(), shard.to_vec()]);
				// Every native build of the kernel's loops (AVX-512, AVX2, portable; those this
				// processor lacks fall back to the portable one) gives the Wasm's bytes.
				let m = Model::decode(&mut &model[..]).expect("a model");
				let samples = Vec::<Sample>::decode(&mut &shard[..]).expect("a shard");
				for lanes in [Lanes::Avx512, Lanes::Avx2, Lanes::Portable] {
					let g = m.gradient_in(&samples, lanes).expect("a gradient").encode();
					assert_eq!(g, out.blob, "{label}: the {lanes:?} build differs from Wasm");
				}
				out.blob
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

/// The runtime imports the node's kernel host function (its off-chain worker runs fragments
/// natively through it): an executor without it cannot run the runtime at all, one with the
/// node's host functions can. This is why every executor of the runtime registers them.
#[test]
fn the_runtime_imports_the_native_kernels() {
	let wasm = corex_runtime::WASM_BINARY.expect("the runtime was built with its Wasm");
	let code = WrappedRuntimeCode(wasm.into());
	let runtime_code = RuntimeCode {
		code_fetcher: &code,
		heap_pages: None,
		hash: sp_io::hashing::blake2_256(wasm).to_vec(),
	};
	let mut state = sp_io::TestExternalities::default();
	let without = WasmExecutor::<sp_io::SubstrateHostFunctions>::builder().build();
	let (result, _) =
		without.call(&mut state.ext(), &runtime_code, "Core_version", &[], CallContext::Offchain);
	let error = result.expect_err("the runtime cannot be instantiated without the host function");
	assert!(format!("{error}").contains("ext_native_kernels_run_version_1"), "{error}");
	let with = WasmExecutor::<common::wasm::HostFunctions>::builder().build();
	let (result, _) =
		with.call(&mut state.ext(), &runtime_code, "Core_version", &[], CallContext::Offchain);
	assert!(result.is_ok(), "{result:?}");
}
