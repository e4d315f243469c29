//! # Corex compute host functions
//!
//! The off-chain worker runs inside the runtime's Wasm, where the kernels run at about half
//! their native speed and without SIMD. This runtime interface lets it hand a fragment to the
//! node instead: [`corex_compute::run`] is called natively on the same input bytes, by the same
//! code, so the output is bit-identical (the kernels compute in integers; their SIMD builds
//! compute the same integers, `corex_compute::lanes`).
//!
//! - **Off chain only.** The call answers `None` unless the off-chain worker's extension is
//!   present, i.e. during block import and in runtime APIs it declines, so no state transition
//!   can depend on the node binary. The worker then runs the kernel in Wasm.
//! - **The runtime's kernels, or none.** The runtime names the kernels' version it carries
//!   ([`corex_compute::KERNELS_VERSION`]); a node whose build has another version declines, and
//!   so does one that cannot decode the kernel (a kind it does not know). The result comes back
//!   as bytes the runtime decodes, declining on anything it cannot decode. A runtime upgrade
//!   that changes the kernels is thus safe on nodes not yet upgraded: they compute in Wasm.
//!
//! Use [`run_natively`]. The node registers [`native_kernels::HostFunctions`] with its executor
//! next to `sp_io::SubstrateHostFunctions`; a runtime built with this interface imports the
//! function, so every executor that instantiates the runtime (the node's, its benchmarks', its
//! tests') must provide it.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{DecodeAll, Encode};
use corex_compute::{ComputeError, Kernel, Output};
use sp_runtime_interface::{
	pass_by::{AllocateAndReturnByCodec, PassFatPointerAndDecodeSlice, PassFatPointerAndRead},
	runtime_interface,
};

#[cfg(feature = "std")]
use sp_core::offchain::OffchainWorkerExt;
#[cfg(feature = "std")]
use sp_externalities::ExternalitiesExt;

/// Corex's kernels, run by the node.
#[runtime_interface]
pub trait NativeKernels {
	/// Run the SCALE-encoded `kernel` on `inputs` natively, if `version` is this build's
	/// [`corex_compute::KERNELS_VERSION`]: `Some` of the encoded `Result<Output, ComputeError>`
	/// that [`corex_compute::run`] returns, or `None` outside the off-chain worker, for another
	/// version or for a kernel this build cannot decode.
	fn run(
		&mut self,
		version: u32,
		kernel: PassFatPointerAndRead<&[u8]>,
		inputs: PassFatPointerAndDecodeSlice<&[Vec<u8>]>,
	) -> AllocateAndReturnByCodec<Option<Vec<u8>>> {
		self.extension::<OffchainWorkerExt>()?;
		if version != corex_compute::KERNELS_VERSION {
			return None;
		}
		let kernel = Kernel::decode_all(&mut &kernel[..]).ok()?;
		Some(corex_compute::run(kernel, inputs).encode())
	}
}

/// Run `kernel` on `inputs` through the node: `Some` of [`corex_compute::run`]'s result, or
/// `None` where the node declines (then run the kernel here).
pub fn run_natively(kernel: Kernel, inputs: &[Vec<u8>]) -> Option<Result<Output, ComputeError>> {
	let bytes = native_kernels::run(corex_compute::KERNELS_VERSION, &kernel.encode(), inputs)?;
	<Result<Output, ComputeError>>::decode_all(&mut &bytes[..]).ok()
}

#[cfg(test)]
mod tests {
	use super::*;
	use corex_compute::{Model, Sample};
	use sp_core::offchain::{testing::TestOffchainExt, OffchainWorkerExt};
	use sp_io::TestExternalities;

	fn inputs() -> Vec<Vec<u8>> {
		let model = Model::zeros(3, 4);
		let shard = vec![
			Sample { features: vec![1, 2, 3, 16], label: 2 },
			Sample { features: vec![0, 0, 7, 1], label: 0 },
		];
		vec![model.encode(), shard.encode()]
	}

	fn offchain() -> TestExternalities {
		let mut ext = TestExternalities::default();
		let (offchain, _) = TestOffchainExt::new();
		ext.register_extension(OffchainWorkerExt::new(offchain));
		ext
	}

	#[test]
	fn the_offchain_worker_gets_the_kernels_output() {
		offchain().execute_with(|| {
			let want = corex_compute::run(Kernel::Gradient, &inputs());
			assert!(want.is_ok());
			assert_eq!(run_natively(Kernel::Gradient, &inputs()), Some(want));
			// A refusal comes back as the kernel's named error.
			let bad = vec![inputs()[0].clone()];
			assert_eq!(run_natively(Kernel::Gradient, &bad), Some(Err(ComputeError::MissingInput)));
		});
	}

	#[test]
	fn another_kernels_version_or_an_unknown_kernel_is_declined() {
		offchain().execute_with(|| {
			let kernel = Kernel::Gradient.encode();
			let other = corex_compute::KERNELS_VERSION + 1;
			assert_eq!(native_kernels::run(other, &kernel, &inputs()), None);
			// A kernel kind this build does not know (a newer runtime's), or trailing bytes.
			assert_eq!(
				native_kernels::run(corex_compute::KERNELS_VERSION, &[200], &inputs()),
				None
			);
			let mut trailing = kernel.clone();
			trailing.push(0);
			assert_eq!(
				native_kernels::run(corex_compute::KERNELS_VERSION, &trailing, &inputs()),
				None
			);
			assert!(
				native_kernels::run(corex_compute::KERNELS_VERSION, &kernel, &inputs()).is_some()
			);
		});
	}

	#[test]
	fn on_chain_the_host_declines() {
		TestExternalities::default().execute_with(|| {
			assert_eq!(run_natively(Kernel::Gradient, &inputs()), None);
		});
	}
}
