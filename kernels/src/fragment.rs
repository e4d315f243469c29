//! Running one fragment: the entry point the off-chain worker, the native tools and the
//! runtime's `ComputeApi` share, so all three run exactly the same code on the same bytes.
//!
//! Inputs and outputs are SCALE-encoded blobs, addressed by content id on IPFS:
//!
//! | kernel | inputs | output |
//! |---|---|---|
//! | gradient step | model, shard (`Vec<Sample>`) | [`Gradient`] over the shard |
//! | inference | model, samples | predicted labels (`Vec<u8>`) |
//! | data transform | shard | the shard binarized ([`binarize`]) |
//! | aggregation | model, validation shard, gradients… | the updated [`Model`], and its mean validation loss |

use crate::{
	fixed::Fx,
	model::{aggregate, ComputeError, Gradient, Model, Sample, FEATURE_MAX},
};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode};
use scale_info::TypeInfo;

/// The version of the kernels' behaviour: the outputs `run` gives for given inputs and the
/// encodings of [`Kernel`] and [`Output`]. Any change to those bumps it. The node's host function
/// (`corex-compute-host`) runs its own build of the kernels only for the version the runtime
/// names, so a node binary older or newer than the runtime never commits other results: the
/// runtime then runs its own kernels in Wasm.
pub const KERNELS_VERSION: u32 = 1;

/// Which kernel to run.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub enum Kernel {
	/// The gradient of the model over a shard.
	#[codec(index = 0)]
	Gradient,
	/// The model's predictions over samples.
	#[codec(index = 1)]
	Inference,
	/// Binarize a shard's features.
	#[codec(index = 2)]
	Transform,
	/// Sum the gradients, apply them to the model with this learning rate (Q16.16), and score
	/// the new model on the validation shard.
	#[codec(index = 3)]
	Aggregate {
		/// Learning rate, Q16.16.
		learning_rate: u32,
	},
}

impl Kernel {
	/// How many inputs the kernel takes: exactly this many, or (for an aggregation, whose
	/// gradients follow) at least this many.
	pub fn inputs(&self) -> usize {
		match self {
			Kernel::Gradient | Kernel::Inference => 2,
			Kernel::Transform => 1,
			Kernel::Aggregate { .. } => 3,
		}
	}

	/// An upper bound of the output blob's length over inputs of at most `input_lens` bytes (in
	/// the order of the table above); `None` without the inputs it needs. The chain checks it
	/// when an order is placed, so an output it must see (a gradient, or any output under a
	/// tolerance policy) always fits in a reveal.
	pub fn max_output_len(&self, input_lens: &[u32]) -> Option<u64> {
		let len = |i: usize| input_lens.get(i).map(|l| u64::from(*l));
		match self {
			// The model's shape, with a count (u32) and a loss (i64) in place of the model's
			// class and feature counts (two u32).
			Kernel::Gradient => len(0)?.checked_add(4),
			// One label per sample, a sample being at least two bytes (its features' length
			// prefix and its label), and the labels' length prefix (at most 5 bytes).
			Kernel::Inference => len(1)?.checked_div(2)?.checked_add(5),
			// The same samples, binarized: the same encoded length.
			Kernel::Transform => len(0),
			// The updated model: the model's length.
			Kernel::Aggregate { .. } => len(0),
		}
	}
}

/// What a fragment produced.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct Output {
	/// The output blob (its content id is the result).
	pub blob: Vec<u8>,
	/// For aggregations: the new model's mean cross-entropy on the validation shard, Q16.16.
	pub loss: Option<u32>,
}

fn decode<T: Decode>(bytes: Option<&Vec<u8>>) -> Result<T, ComputeError> {
	let mut bytes = bytes.ok_or(ComputeError::MissingInput)?.as_slice();
	let value = T::decode(&mut bytes).map_err(|_| ComputeError::Undecodable)?;
	if !bytes.is_empty() {
		return Err(ComputeError::Undecodable);
	}
	Ok(value)
}

/// Binarize features: `FEATURE_MAX` where at least half of it, else 0. The output is a valid
/// shard for every other kernel.
pub fn binarize(samples: &[Sample]) -> Vec<Sample> {
	let half = FEATURE_MAX / 2;
	samples
		.iter()
		.map(|s| Sample {
			features: s.features.iter().map(|f| if *f >= half { FEATURE_MAX } else { 0 }).collect(),
			label: s.label,
		})
		.collect()
}

/// Run `kernel` on `inputs` (in the order of the table above).
pub fn run(kernel: Kernel, inputs: &[Vec<u8>]) -> Result<Output, ComputeError> {
	// Every kernel but the aggregation takes exactly its inputs; the aggregation takes one
	// gradient or more after the model and the validation shard (checked as it decodes them).
	let fixed = !matches!(kernel, Kernel::Aggregate { .. });
	if fixed && inputs.len() != kernel.inputs() {
		return Err(ComputeError::MissingInput);
	}
	match kernel {
		Kernel::Gradient => {
			let model: Model = decode(inputs.first())?;
			let shard: Vec<Sample> = decode(inputs.get(1))?;
			Ok(Output { blob: model.gradient(&shard)?.encode(), loss: None })
		},
		Kernel::Inference => {
			let model: Model = decode(inputs.first())?;
			let samples: Vec<Sample> = decode(inputs.get(1))?;
			Ok(Output { blob: model.predict(&samples)?.encode(), loss: None })
		},
		Kernel::Transform => {
			let shard: Vec<Sample> = decode(inputs.first())?;
			Ok(Output { blob: binarize(&shard).encode(), loss: None })
		},
		Kernel::Aggregate { learning_rate } => {
			let mut model: Model = decode(inputs.first())?;
			let validation: Vec<Sample> = decode(inputs.get(1))?;
			let gradients = inputs
				.iter()
				.skip(2)
				.map(|g| decode::<Gradient>(Some(g)))
				.collect::<Result<Vec<_>, _>>()?;
			let total = aggregate(&gradients)?;
			model.apply(&total, Fx::from(learning_rate))?;
			let scored = model.gradient(&validation)?;
			let mean = scored.loss.checked_div(Fx::from(scored.count)).unwrap_or_default();
			let loss = u32::try_from(mean.max(0)).unwrap_or(u32::MAX);
			Ok(Output { blob: model.encode(), loss: Some(loss) })
		},
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;

	fn sample(features: u32, classes: u32, seed: u32) -> Sample {
		Sample {
			features: (0..features).map(|i| ((i.wrapping_mul(seed) >> 3) % 17) as u8).collect(),
			label: (seed % classes) as u8,
		}
	}

	proptest! {
		/// Every kernel's output fits the bound its inputs' lengths give.
		#[test]
		fn outputs_fit_their_bound(
			classes in 1u32..12,
			features in 1u32..40,
			seeds in proptest::collection::vec(any::<u32>(), 1..40),
		) {
			let mut model = Model::zeros(classes, features);
			for (i, w) in model.weights.iter_mut().enumerate() {
				*w = (i as i64 * 7919) % (1 << 17) - (1 << 16);
			}
			let shard: Vec<Sample> = seeds.iter().map(|s| sample(features, classes, *s)).collect();
			let (model, shard) = (model.encode(), shard.encode());
			let lens = [model.len() as u32, shard.len() as u32];
			for kernel in [Kernel::Gradient, Kernel::Inference] {
				let out = run(kernel, &[model.clone(), shard.clone()]).unwrap();
				prop_assert!(out.blob.len() as u64 <= kernel.max_output_len(&lens).unwrap());
			}
			// A gradient is exactly four bytes longer than its model.
			let g = run(Kernel::Gradient, &[model.clone(), shard.clone()]).unwrap();
			prop_assert_eq!(g.blob.len(), model.len() + 4);
			let t = run(Kernel::Transform, &[shard.clone()]).unwrap();
			prop_assert_eq!(t.blob.len() as u64, Kernel::Transform.max_output_len(&lens[1..]).unwrap());
			let aggregate = Kernel::Aggregate { learning_rate: 1 << 16 };
			let a = run(aggregate, &[model.clone(), shard.clone(), g.blob]).unwrap();
			let bound = aggregate.max_output_len(&lens).unwrap();
			prop_assert!(a.blob.len() as u64 <= bound);
		}
	}

	#[test]
	fn a_bound_needs_the_inputs() {
		assert_eq!(Kernel::Gradient.max_output_len(&[]), None);
		assert_eq!(Kernel::Inference.max_output_len(&[100]), None);
		assert_eq!(Kernel::Gradient.max_output_len(&[u32::MAX]), Some(u64::from(u32::MAX) + 4));
		assert_eq!(Kernel::Inference.inputs(), 2);
		assert_eq!(Kernel::Transform.inputs(), 1);
	}
}
