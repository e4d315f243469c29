//! Calling the runtime's `ComputeApi` inside its Wasm, through the node's executor (shared by
//! `tests/compute_wasm.rs` and `examples/gradient_wasm_bench.rs`).

use codec::{Decode, Encode};
use corex_compute::{ComputeError, Kernel, Output};
use sc_executor::WasmExecutor;
use sp_core::traits::{CallContext, CodeExecutor, RuntimeCode, WrappedRuntimeCode};

/// What the node gives the runtime (`corex_node`'s `service::HostFunctions`).
pub type HostFunctions =
	(sp_io::SubstrateHostFunctions, corex_compute_host::native_kernels::HostFunctions);

/// The runtime's Wasm, loaded once into a compiled (wasmtime) executor.
pub struct Wasm {
	executor: WasmExecutor<HostFunctions>,
	code: WrappedRuntimeCode<'static>,
	hash: Vec<u8>,
}

impl Wasm {
	pub fn new() -> Self {
		let wasm = corex_runtime::WASM_BINARY.expect("the runtime was built with its Wasm");
		Wasm {
			executor: WasmExecutor::builder().build(),
			code: WrappedRuntimeCode(wasm.into()),
			hash: sp_io::hashing::blake2_256(wasm).to_vec(),
		}
	}

	/// `ComputeApi_run_fragment(kernel, inputs)` in Wasm.
	pub fn run(&self, kernel: Kernel, inputs: &[Vec<u8>]) -> Result<Output, ComputeError> {
		let runtime_code =
			RuntimeCode { code_fetcher: &self.code, heap_pages: None, hash: self.hash.clone() };
		let mut state = sp_io::TestExternalities::default();
		let mut ext = state.ext();
		let (result, _) = self.executor.call(
			&mut ext,
			&runtime_code,
			"ComputeApi_run_fragment",
			&(kernel, inputs.to_vec()).encode(),
			CallContext::Offchain,
		);
		let bytes = result.expect("the runtime call succeeds");
		Decode::decode(&mut &bytes[..]).expect("the runtime returns its declared type")
	}
}
