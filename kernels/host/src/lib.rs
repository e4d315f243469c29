//! # Corex compute host functions
//!
//! The off-chain worker runs inside the runtime's Wasm, where the kernels run at about half
//! their native speed and without SIMD. This runtime interface lets it hand a fragment to the
//! node instead: [`corex_compute::run`] is called natively, on the same input bytes, by the same
//! code the runtime carries, so the output is bit-identical (the kernels compute in integers;
//! their SIMD builds compute the same integers, `corex_compute::lanes`).
//!
//! - **Off chain only.** The call answers `None` unless the off-chain worker's extension is
//!   present, i.e. during block import and in runtime APIs it refuses, so no state transition
//!   can depend on the node binary. The worker then runs the kernel in Wasm.
//! - **Versioned.** A kernel whose results change needs a new version of this function
//!   (`#[version(2)]`), never a changed version 1: nodes on an older binary would commit other
//!   results and lose their verdicts.
//!
//! The node registers [`native_kernels::HostFunctions`] with its executor next to
//! `sp_io::SubstrateHostFunctions`; a runtime built with this interface imports the function, so
//! every executor that instantiates the runtime (the node's, its benchmarks', its tests') must
//! provide it.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use corex_compute::{ComputeError, Kernel, Output};
use sp_runtime_interface::{
	pass_by::{AllocateAndReturnByCodec, PassFatPointerAndDecode, PassFatPointerAndDecodeSlice},
	runtime_interface,
};

#[cfg(feature = "std")]
use sp_core::offchain::OffchainWorkerExt;
#[cfg(feature = "std")]
use sp_externalities::ExternalitiesExt;

/// Corex's kernels, run by the node (`native_kernels::run` from the runtime).
#[runtime_interface]
pub trait NativeKernels {
	/// Run `kernel` on `inputs` natively: `Some` of what [`corex_compute::run`] returns, or
	/// `None` outside the off-chain worker (the caller then runs the kernel itself).
	fn run(
		&mut self,
		kernel: PassFatPointerAndDecode<Kernel>,
		inputs: PassFatPointerAndDecodeSlice<&[Vec<u8>]>,
	) -> AllocateAndReturnByCodec<Option<Result<Output, ComputeError>>> {
		self.extension::<OffchainWorkerExt>()?;
		Some(corex_compute::run(kernel, inputs))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;
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

	#[test]
	fn the_offchain_worker_gets_the_kernels_output() {
		let mut ext = TestExternalities::default();
		let (offchain, _) = TestOffchainExt::new();
		ext.register_extension(OffchainWorkerExt::new(offchain));
		ext.execute_with(|| {
			let want = corex_compute::run(Kernel::Gradient, &inputs());
			assert!(want.is_ok());
			assert_eq!(corex_compute::run(Kernel::Gradient, &inputs()), want);
			assert_eq!(native_kernels::run(Kernel::Gradient, &inputs()), Some(want));
			// A refusal comes back as the kernel's named error.
			let bad = vec![inputs()[0].clone()];
			assert_eq!(
				native_kernels::run(Kernel::Gradient, &bad),
				Some(Err(ComputeError::MissingInput))
			);
		});
	}

	#[test]
	fn on_chain_the_host_refuses() {
		TestExternalities::default().execute_with(|| {
			assert_eq!(native_kernels::run(Kernel::Gradient, &inputs()), None);
		});
	}
}
