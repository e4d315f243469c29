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
	match kernel {
		Kernel::Gradient => {
			if inputs.len() != 2 {
				return Err(ComputeError::MissingInput);
			}
			let model: Model = decode(inputs.first())?;
			let shard: Vec<Sample> = decode(inputs.get(1))?;
			Ok(Output { blob: model.gradient(&shard)?.encode(), loss: None })
		},
		Kernel::Inference => {
			if inputs.len() != 2 {
				return Err(ComputeError::MissingInput);
			}
			let model: Model = decode(inputs.first())?;
			let samples: Vec<Sample> = decode(inputs.get(1))?;
			Ok(Output { blob: model.predict(&samples)?.encode(), loss: None })
		},
		Kernel::Transform => {
			if inputs.len() != 1 {
				return Err(ComputeError::MissingInput);
			}
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
