//! What a fragment costs, in compute units (CU), from facts the chain knows before anyone runs
//! it: the kernel, the sample width its definition declares, and the inputs' sizes. The chain
//! prices orders with [`compute_units`]; the customer declares nothing else.
//!
//! The work of each kernel is counted in *operations*: one multiply-add of a weight by a
//! feature is one. Per sample, with `c` classes and `f` features:
//!
//! | kernel | operations |
//! |---|---|
//! | inference | `SAMPLE_OPS + c × (f + 1)`: the logits and the arg-max |
//! | gradient | `SAMPLE_OPS + c × (2f + EXP_OPS)`: the logits, the softmax, the outer product |
//! | transform | `SAMPLE_OPS + ⌈f / 2⌉`: one comparison per feature |
//! | aggregation | `(g + 1) × c × (f + 1)` in all for `g` gradients and the update, plus a gradient's worth per validation sample |
//!
//! `SAMPLE_OPS` is the fixed cost of a sample (decoding it, its loop, its share of the
//! output); `EXP_OPS` what the fixed-point `exp` and the normalisation cost per class, in
//! multiply-adds; `OPS_PER_CU` operations make one CU. Both were calibrated with
//! `cargo run --release -p corex-compute --example cost_calibration`, which times every kernel
//! on shapes from 8 to 256 features against the CU it is priced at (docs/compute.md).
//!
//! Sizes give upper bounds: a shard of `len` bytes holds at most `(len − 1) / (f + 2)` samples
//! (each sample is a length prefix, `f` features and a label), a model of `len` bytes at most
//! `(len − 10) / (8 (f + 1))` classes. For real blobs of the declared width the bounds are
//! exact up to rounding; a node refuses inputs of another width (`width`), so the price of an
//! order always covers its work.

use crate::fragment::Kernel;
use codec::{Compact, CompactLen, Decode};

/// Operations one compute unit pays for.
pub const OPS_PER_CU: u64 = 2_000;

/// The fixed cost of one sample in operations: decoding it, the loop over it, its part of the
/// output.
pub const SAMPLE_OPS: u64 = 128;

/// The softmax's cost per class in multiply-adds: the fixed-point `exp` (a degree-7
/// polynomial and a shift), the sum and the division.
pub const EXP_OPS: u64 = 24;

/// The widest sample a definition may declare.
pub const MAX_FEATURES: u32 = 4_096;

/// At most how many samples of `features` features a shard of `len` bytes holds.
pub fn max_samples(len: u32, features: u32) -> Option<u64> {
	let prefix = u64::try_from(Compact::<u32>::compact_len(&features)).ok()?;
	let sample = prefix.checked_add(u64::from(features))?.checked_add(1)?;
	u64::from(len).saturating_sub(1).checked_div(sample)
}

/// At most how many classes a model of `len` bytes over `features` features has: two `u32`
/// counts, the `classes × features` weights and the `classes` biases (8 bytes each), with
/// their two length prefixes (at least a byte each).
pub fn max_classes(len: u32, features: u32) -> Option<u64> {
	let per_class = u64::from(features).checked_add(1)?.checked_mul(8)?;
	u64::from(len).saturating_sub(10).checked_div(per_class)
}

/// The operations of one sample's gradient (or loss) over `c` classes and `f` features.
fn gradient_ops(c: u64, f: u64) -> Option<u64> {
	c.checked_mul(f.checked_mul(2)?.checked_add(EXP_OPS)?)?.checked_add(SAMPLE_OPS)
}

impl Kernel {
	/// At most how many operations the kernel does over inputs of `input_lens` bytes (in the
	/// order of [`crate::fragment`]'s table) whose samples have `features` features. `None`
	/// without the inputs it needs, for a width of 0 or above [`MAX_FEATURES`], or on
	/// overflow.
	pub fn work(&self, features: u32, input_lens: &[u32]) -> Option<u64> {
		if features == 0 || features > MAX_FEATURES || input_lens.len() < self.inputs() {
			return None;
		}
		let f = u64::from(features);
		let len = |i: usize| input_lens.get(i).copied();
		let row = f.checked_add(1)?;
		match self {
			Kernel::Inference => {
				let (c, n) = (max_classes(len(0)?, features)?, max_samples(len(1)?, features)?);
				n.checked_mul(c.checked_mul(row)?.checked_add(SAMPLE_OPS)?)
			},
			Kernel::Gradient => {
				let (c, n) = (max_classes(len(0)?, features)?, max_samples(len(1)?, features)?);
				n.checked_mul(gradient_ops(c, f)?)
			},
			Kernel::Transform => {
				max_samples(len(0)?, features)?.checked_mul(f.div_ceil(2).checked_add(SAMPLE_OPS)?)
			},
			Kernel::Aggregate { .. } => {
				let c = max_classes(len(0)?, features)?;
				let validation = max_samples(len(1)?, features)?;
				let gradients = u64::try_from(input_lens.len().saturating_sub(2)).ok()?;
				let updates = gradients.checked_add(1)?.checked_mul(c)?.checked_mul(row)?;
				let scoring = validation.checked_mul(gradient_ops(c, f)?)?;
				updates.checked_add(scoring)
			},
		}
	}

	/// The width of the samples `inputs` carry, read from the model's header (inference,
	/// gradient, aggregation) or from the first sample (transform); `None` if it cannot be
	/// read. A node compares it with its definition's before running anything.
	pub fn width(&self, inputs: &[alloc::vec::Vec<u8>]) -> Option<u32> {
		let first = inputs.first()?;
		match self {
			Kernel::Transform => {
				let mut bytes = first.as_slice();
				let count = Compact::<u32>::decode(&mut bytes).ok()?.0;
				if count == 0 {
					return None;
				}
				Some(Compact::<u32>::decode(&mut bytes).ok()?.0)
			},
			_ => {
				// `Model`: classes (u32), then features (u32).
				let bytes: [u8; 4] = first.get(4..8)?.try_into().ok()?;
				Some(u32::from_le_bytes(bytes))
			},
		}
	}
}

/// The compute units one run of `kernel` costs over inputs of `input_lens` bytes with
/// `features`-wide samples: `⌈work / OPS_PER_CU⌉`, at least 1.
pub fn compute_units(kernel: Kernel, features: u32, input_lens: &[u32]) -> Option<u64> {
	Some(kernel.work(features, input_lens)?.div_ceil(OPS_PER_CU).max(1))
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{model::Sample, Model};
	use codec::Encode;

	fn shard(n: usize, f: usize) -> alloc::vec::Vec<u8> {
		(0..n)
			.map(|i| Sample { features: alloc::vec![(i % 17) as u8; f], label: (i % 10) as u8 })
			.collect::<alloc::vec::Vec<_>>()
			.encode()
	}

	#[test]
	fn sizes_of_real_blobs_give_their_exact_shape() {
		for (c, f, n) in [(10u32, 64u32, 200usize), (3, 8, 1), (26, 256, 70), (2, 1, 999)] {
			let model = Model::zeros(c, f).encode();
			let samples = shard(n, f as usize);
			let (model_len, shard_len) = (model.len() as u32, samples.len() as u32);
			assert_eq!(max_classes(model_len, f), Some(u64::from(c)), "{c}×{f}");
			assert_eq!(max_samples(shard_len, f), Some(n as u64), "{n}×{f}");
			assert_eq!(Kernel::Gradient.width(&[model.clone(), samples.clone()]), Some(f));
			assert_eq!(Kernel::Transform.width(&[samples.clone()]), Some(f));
			let (n, c, f64_) = (n as u64, u64::from(c), u64::from(f));
			let ops = n * (c * (2 * f64_ + EXP_OPS) + SAMPLE_OPS);
			assert_eq!(Kernel::Gradient.work(f, &[model_len, shard_len]), Some(ops));
			assert_eq!(
				Kernel::Inference.work(f, &[model_len, shard_len]),
				Some(n * (c * (f64_ + 1) + SAMPLE_OPS))
			);
			assert_eq!(
				Kernel::Transform.work(f, &[shard_len]),
				Some(n * (f64_.div_ceil(2) + SAMPLE_OPS))
			);
		}
	}

	#[test]
	fn the_price_grows_with_the_work() {
		let model = Model::zeros(10, 64).encode().len() as u32;
		let one = compute_units(Kernel::Gradient, 64, &[model, shard(200, 64).len() as u32]);
		let two = compute_units(Kernel::Gradient, 64, &[model, shard(400, 64).len() as u32]);
		// 200 digits: 200 × (10 × (128 + 24) + 128) = 329,600 operations, 165 CU.
		assert_eq!(one, Some(165));
		assert_eq!(two, Some(330));
		// An aggregation of 8 gradients and a 197-sample validation shard.
		let lens = [
			model,
			shard(197, 64).len() as u32,
			5_200,
			5_200,
			5_200,
			5_200,
			5_200,
			5_200,
			5_200,
			5_200,
		];
		let ops = 9 * 10 * 65 + 197 * (10 * (128 + 24) + 128);
		assert_eq!(
			compute_units(Kernel::Aggregate { learning_rate: 1 }, 64, &lens),
			Some((ops as u64).div_ceil(OPS_PER_CU))
		);
		// Tiny inputs still cost a unit.
		assert_eq!(compute_units(Kernel::Transform, 64, &[1]), Some(1));
	}

	#[test]
	fn bad_widths_and_missing_inputs_have_no_price() {
		assert_eq!(Kernel::Gradient.work(0, &[100, 100]), None);
		assert_eq!(Kernel::Gradient.work(MAX_FEATURES + 1, &[100, 100]), None);
		assert_eq!(Kernel::Gradient.work(64, &[100]), None);
		assert_eq!(Kernel::Aggregate { learning_rate: 1 }.work(64, &[100, 100]), None);
		assert_eq!(Kernel::Transform.width(&[alloc::vec![0]]), None);
		assert_eq!(Kernel::Inference.width(&[alloc::vec![0; 7]]), None);
	}
}
