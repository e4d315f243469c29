//! Capability probes: work with a known answer, generated from a seed.
//!
//! The chain sends a node a probe: a seed and a sample count. The node generates a softmax
//! model of [`PROBE_CLASSES`] classes over [`PROBE_FEATURES`] features and that many samples
//! from the seed (ChaCha8, so every machine generates the same), runs inference over them and
//! answers with the labels. The chain generates the same and checks every label, so a node
//! cannot pass without computing the whole probe, and how many blocks it took tells the chain
//! how much work the node does per block. There is no shortcut: a label depends on every weight
//! of its class rows and every feature of its sample.

use crate::{
	cost::{OPS_PER_CU, SAMPLE_OPS},
	model::{ComputeError, Model, Sample, FEATURE_MAX},
	Fx,
};
use alloc::vec::Vec;
use rand_chacha::{
	rand_core::{RngCore, SeedableRng},
	ChaCha8Rng,
};

/// Classes of a probe's model.
pub const PROBE_CLASSES: u32 = 10;
/// Features of a probe's samples.
pub const PROBE_FEATURES: u32 = 64;
/// The most samples a probe has: its answer is one byte per sample.
pub const MAX_PROBE_SAMPLES: u32 = 4_096;

/// A probe: what the chain sends and the node computes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Probe {
	/// Where the model and samples come from.
	pub seed: [u8; 32],
	/// How many samples (at most [`MAX_PROBE_SAMPLES`]).
	pub samples: u32,
}

impl Probe {
	/// The model and the samples, in that order from one ChaCha8 stream: weights and biases
	/// uniform in [−1, 1) (Q16), features uniform in 0..=`FEATURE_MAX`.
	pub fn inputs(&self) -> (Model, Vec<Sample>) {
		let mut rng = ChaCha8Rng::from_seed(self.seed);
		let mut parameter = || Fx::from(rng.next_u32() >> 15).wrapping_sub(1 << 16);
		let size = (PROBE_CLASSES as usize).saturating_mul(PROBE_FEATURES as usize);
		let weights: Vec<Fx> = (0..size).map(|_| parameter()).collect();
		let bias: Vec<Fx> = (0..PROBE_CLASSES).map(|_| parameter()).collect();
		let model = Model { classes: PROBE_CLASSES, features: PROBE_FEATURES, weights, bias };
		let range = u32::from(FEATURE_MAX) + 1;
		let samples = (0..self.samples.min(MAX_PROBE_SAMPLES))
			.map(|_| Sample {
				features: (0..PROBE_FEATURES)
					.map(|_| {
						let v = rng.next_u32().checked_rem(range).unwrap_or_default();
						u8::try_from(v).unwrap_or(FEATURE_MAX)
					})
					.collect(),
				label: 0,
			})
			.collect();
		(model, samples)
	}

	/// The answer: the label the model predicts for each sample.
	pub fn answer(&self) -> Result<Vec<u8>, ComputeError> {
		let (model, samples) = self.inputs();
		model.predict(&samples)
	}

	/// Compute units of the probe, as an inference of this shape is priced
	/// ([`crate::cost`]), at least one.
	pub fn compute_units(&self) -> u64 {
		let per_sample = u64::from(PROBE_CLASSES)
			.saturating_mul(u64::from(PROBE_FEATURES) + 1)
			.saturating_add(SAMPLE_OPS);
		let ops = per_sample.saturating_mul(u64::from(self.samples.min(MAX_PROBE_SAMPLES)));
		ops.div_ceil(OPS_PER_CU).max(1)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_probe_is_the_same_everywhere_and_differs_by_seed() {
		let probe = Probe { seed: [7; 32], samples: 256 };
		let answer = probe.answer().unwrap();
		assert_eq!(answer.len(), 256);
		assert_eq!(answer, probe.answer().unwrap());
		// Labels spread over the classes: the answer cannot be guessed as one class.
		let distinct = (0..PROBE_CLASSES as u8).filter(|c| answer.contains(c)).count();
		assert!(distinct >= 5, "{distinct} classes");
		let other = Probe { seed: [8; 32], samples: 256 }.answer().unwrap();
		assert_ne!(answer, other);
		// A longer probe of the same seed starts with the same samples.
		let (_, short) = probe.inputs();
		let (_, long) = Probe { samples: 300, ..probe }.inputs();
		assert_eq!(short[..], long[..256]);
	}

	#[test]
	fn a_probe_is_priced_as_the_inference_it_is() {
		// 10 × 65 + 128 = 778 operations a sample.
		assert_eq!(Probe { seed: [0; 32], samples: 1_000 }.compute_units(), 389);
		assert_eq!(Probe { seed: [0; 32], samples: 1 }.compute_units(), 1);
		// Capped at the most samples.
		let max = Probe { seed: [0; 32], samples: MAX_PROBE_SAMPLES };
		assert_eq!(Probe { seed: [0; 32], samples: u32::MAX }.compute_units(), max.compute_units());
		assert_eq!(max.answer().unwrap().len(), MAX_PROBE_SAMPLES as usize);
	}
}
