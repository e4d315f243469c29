//! The gradient in 32-bit lanes: the same integers as [`Model::gradient_wide`]'s 64-bit loops,
//! in half the width, so a vector instruction does twice the products (with 32-bit multiplies,
//! which every SIMD unit has, where 64-bit ones are slow or missing), and over [`GROUP`] samples
//! at once, so each weight and each gradient sum is loaded once per group, not once per sample
//! (the working set of a large model does not fit the first-level cache).
//!
//! Every product term is `(a × x) >> 4` with a feature `x ≤ 16`, exactly as the 64-bit loops
//! compute it, and the terms are added exactly: integer sums do not depend on their order, so
//! the result is bit-identical on every machine and in Wasm, with or without SIMD. The bounds
//! that keep each 32-bit value exact are checked before this path is taken ([`narrow_weights`]),
//! and sums are moved to 64 bits before they could overflow:
//!
//! - a logit's term: `|w| < 2^23` gives `|w × x| < 2^27` and a term below 2^23; each 32-bit
//!   partial sum takes at most [`LOGIT_BLOCK`] = 2^7 such terms, below 2^30 (and more terms
//!   for smaller weights);
//! - a gradient's term: `|δ| ≤ 2^16` (a probability minus 0 or 1) gives a term of at most 2^16;
//!   [`GRADIENT_FLUSH`] = 2^14 samples sum below 2^30.
//!
//! Natively on x86-64 the loops are compiled a second time for AVX-512 and for AVX2, and the one
//! the processor supports runs (checked at run time); elsewhere, and in the runtime's Wasm, the
//! portable build runs. All three are the same source, so they compute the same integers.

use crate::{
	fixed::{ln, Fx, ONE},
	model::{softmax_in_place, ComputeError, Gradient, Model, Sample, MIN_PROBABILITY},
};
use alloc::vec::Vec;

/// Weights at or above this magnitude (128.0) take the 64-bit path.
const NARROW_WEIGHT: Fx = 1 << 23;

/// Logit terms summed in one 32-bit partial sum before it moves to 64 bits, whatever the
/// weights.
pub(crate) const LOGIT_BLOCK: usize = 1 << 7;

/// Samples whose gradient terms are summed in 32 bits before the sums move to 64.
pub(crate) const GRADIENT_FLUSH: u32 = 1 << 14;

/// Values per chunk: one 512-bit vector of `i32`.
pub(crate) const LANES: usize = 16;

/// Samples computed together: each class's row of weights and of sums is used for all of them
/// while it is in the first-level cache.
pub(crate) const GROUP: usize = 4;

/// The model's weights in 32 bits, and how many chunks a 32-bit partial sum takes.
pub(crate) struct Narrow {
	weights: Vec<i32>,
	block: usize,
}

/// The model's weights as `i32`, if every one is below [`NARROW_WEIGHT`] in magnitude and the
/// model takes the exact (non-saturating) logit path; `None` sends the gradient to the 64-bit
/// loops.
///
/// A term `(w × x) >> 4` is at most `max |w|` in magnitude (`x ≤ 16`), so `2^30 ÷ (max |w| + 1)`
/// terms sum below 2^30 in one lane: at least [`LOGIT_BLOCK`], and for the weights of a trained
/// model (below 2^19, i.e. 8.0) a whole row of up to 2,048 features per lane.
pub(crate) fn narrow_weights(model: &Model, small: bool) -> Option<Narrow> {
	if !small {
		return None;
	}
	let weights = model
		.weights
		.iter()
		.map(|w| {
			if w.unsigned_abs() < NARROW_WEIGHT.unsigned_abs() {
				i32::try_from(*w).ok()
			} else {
				None
			}
		})
		.collect::<Option<Vec<i32>>>()?;
	let largest = weights.iter().map(|w| w.unsigned_abs()).max().unwrap_or_default();
	let block = (1u32 << 30).checked_div(largest.saturating_add(1)).unwrap_or_default();
	let block = usize::try_from(block).unwrap_or(usize::MAX).max(LOGIT_BLOCK);
	Some(Narrow { weights, block })
}

/// `bias + Σ (w × x) >> 4` over one class's weights, exactly: [`LANES`] partial sums in 32
/// bits, each taking at most `block` terms before they move to 64 bits.
#[inline(always)]
fn logit(bias: Fx, weights: &[i32], x: &[i32], block: usize) -> Fx {
	let span = block.saturating_mul(LANES);
	let mut total = bias;
	for (w, x) in weights.chunks(span).zip(x.chunks(span)) {
		let mut partial = [0i32; LANES];
		let (mut w, mut x) = (w.chunks_exact(LANES), x.chunks_exact(LANES));
		for (w, x) in (&mut w).zip(&mut x) {
			let (Ok(w), Ok(x)) = (<&[i32; LANES]>::try_from(w), <&[i32; LANES]>::try_from(x))
			else {
				break;
			};
			for ((p, w), x) in partial.iter_mut().zip(w).zip(x) {
				*p = p.wrapping_add(w.wrapping_mul(*x) >> 4);
			}
		}
		total = partial.iter().fold(total, |t, p| t.wrapping_add(Fx::from(*p)));
		total = w
			.remainder()
			.iter()
			.zip(x.remainder())
			.fold(total, |t, (w, x)| t.wrapping_add(Fx::from(w.wrapping_mul(*x) >> 4)));
	}
	total
}

/// `g += (δ × x) >> 4` over one class's row of 32-bit sums.
#[inline(always)]
fn accumulate(row: &mut [i32], delta: i32, x: &[i32]) {
	for (g, x) in row.iter_mut().zip(x) {
		*g = g.wrapping_add(delta.wrapping_mul(*x) >> 4);
	}
}

/// [`logit`] for four samples at once: each weight is loaded once for the four, and the four
/// sums are independent, so the processor overlaps them. Each 32-bit sum takes `block` terms at
/// most (whatever lanes the compiler splits it into, the true sum fits, so the wrapping sum is
/// the true sum).
#[inline(always)]
fn logit4(bias: Fx, weights: &[i32], x: [&[i32]; GROUP], block: usize) -> [Fx; GROUP] {
	let [x0, x1, x2, x3] = x;
	let mut total = [bias; GROUP];
	let spans = weights.chunks(block).zip(x0.chunks(block)).zip(x1.chunks(block));
	for (((w, a), b), (c, d)) in spans.zip(x2.chunks(block).zip(x3.chunks(block))) {
		let (mut s0, mut s1, mut s2, mut s3) = (0i32, 0i32, 0i32, 0i32);
		for ((((w, a), b), c), d) in w.iter().zip(a).zip(b).zip(c).zip(d) {
			s0 = s0.wrapping_add(w.wrapping_mul(*a) >> 4);
			s1 = s1.wrapping_add(w.wrapping_mul(*b) >> 4);
			s2 = s2.wrapping_add(w.wrapping_mul(*c) >> 4);
			s3 = s3.wrapping_add(w.wrapping_mul(*d) >> 4);
		}
		for (t, s) in total.iter_mut().zip([s0, s1, s2, s3]) {
			*t = t.wrapping_add(Fx::from(s));
		}
	}
	total
}

/// [`accumulate`] for four samples at once: each sum is loaded and stored once for the four.
#[inline(always)]
fn accumulate4(row: &mut [i32], deltas: [i32; GROUP], x: [&[i32]; GROUP]) {
	let [d0, d1, d2, d3] = deltas;
	let [x0, x1, x2, x3] = x;
	for ((((g, a), b), c), d) in row.iter_mut().zip(x0).zip(x1).zip(x2).zip(x3) {
		let terms = (d0.wrapping_mul(*a) >> 4)
			.wrapping_add(d1.wrapping_mul(*b) >> 4)
			.wrapping_add(d2.wrapping_mul(*c) >> 4)
			.wrapping_add(d3.wrapping_mul(*d) >> 4);
		*g = g.wrapping_add(terms);
	}
}

/// Add the 32-bit sums into the gradient and clear them.
fn flush(wide: &mut [Fx], narrow: &mut [i32]) {
	for (w, n) in wide.iter_mut().zip(narrow.iter_mut()) {
		*w = w.wrapping_add(Fx::from(*n));
		*n = 0;
	}
}

/// The body of [`gradient`]; always inlined into each compiled variant.
#[inline(always)]
fn gradient_body(
	model: &Model,
	narrow: &Narrow,
	samples: &[Sample],
) -> Result<Gradient, ComputeError> {
	let (c, f) = (model.bias.len(), model.features as usize);
	let size = c.saturating_mul(f);
	let mut grad =
		Gradient { count: 0, weights: alloc::vec![0; size], bias: alloc::vec![0; c], loss: 0 };
	let mut sums = alloc::vec![0i32; size];
	// The group's features in 32 bits, its logits (then probabilities), and each class's δ.
	let mut x = alloc::vec![0i32; f.saturating_mul(GROUP)];
	let mut p = alloc::vec![0 as Fx; c.saturating_mul(GROUP)];
	let mut deltas = alloc::vec![0i32; c.saturating_mul(GROUP)];
	let mut pending = 0u32;
	for group in samples.chunks(GROUP) {
		if pending.saturating_add(GROUP as u32) > GRADIENT_FLUSH {
			flush(&mut grad.weights, &mut sums);
			pending = 0;
		}
		let n = group.len();
		for (sample, x) in group.iter().zip(x.chunks_mut(f.max(1))) {
			model.check_sample(sample)?;
			for (wide, narrow) in x.iter_mut().zip(&sample.features) {
				*wide = i32::from(*narrow);
			}
		}
		let mut parts = x.chunks(f.max(1));
		let xs: [&[i32]; GROUP] = core::array::from_fn(|_| parts.next().unwrap_or_default());
		// Class by class, so the class's weights serve the whole group from the cache.
		let rows = narrow.weights.chunks(f.max(1)).zip(&model.bias);
		for (class, (row, bias)) in rows.enumerate() {
			let at = |g: usize| g.saturating_mul(c).saturating_add(class);
			if let (GROUP, [x0, x1, x2, x3]) = (n, xs) {
				let logits = logit4(*bias, row, [x0, x1, x2, x3], narrow.block);
				for (g, z) in logits.into_iter().enumerate() {
					if let Some(to) = p.get_mut(at(g)) {
						*to = z;
					}
				}
			} else {
				for (g, x) in xs.iter().take(n).enumerate() {
					if let Some(z) = p.get_mut(at(g)) {
						*z = logit(*bias, row, x, narrow.block);
					}
				}
			}
		}
		for (sample, (p, d)) in
			group.iter().zip(p.chunks_mut(c.max(1)).zip(deltas.chunks_mut(c.max(1))))
		{
			softmax_in_place(p);
			let label = usize::from(sample.label);
			let p_label = p.get(label).copied().unwrap_or_default().max(MIN_PROBABILITY);
			grad.loss = grad.loss.saturating_sub(ln(p_label).unwrap_or_default());
			let rows = grad.weights.chunks_mut(f.max(1)).zip(grad.bias.iter_mut());
			for (class, ((wide, bias), (p, d))) in rows.zip(p.iter().zip(d.iter_mut())).enumerate()
			{
				let target = if class == label { ONE } else { 0 };
				let delta = p.saturating_sub(target);
				*bias = bias.saturating_add(delta);
				*d = match i32::try_from(delta) {
					Ok(narrow) if delta.unsigned_abs() <= ONE.unsigned_abs() => narrow,
					// Not reached (a probability is in [0, 1]); the 64-bit update keeps it exact.
					_ => {
						for (w, x) in wide.iter_mut().zip(&sample.features) {
							*w = w.wrapping_add(delta.wrapping_mul(Fx::from(*x)) >> 4);
						}
						0
					},
				};
			}
			grad.count = grad.count.saturating_add(1);
		}
		// Class by class again, so each row of sums takes the whole group's terms at once.
		for (class, row) in sums.chunks_mut(f.max(1)).enumerate() {
			let delta = |g: usize| {
				deltas.get(g.saturating_mul(c).saturating_add(class)).copied().unwrap_or_default()
			};
			if let (GROUP, [x0, x1, x2, x3]) = (n, xs) {
				accumulate4(row, [delta(0), delta(1), delta(2), delta(3)], [x0, x1, x2, x3]);
			} else {
				for (g, x) in xs.iter().take(n).enumerate() {
					accumulate(row, delta(g), x);
				}
			}
		}
		pending = pending.saturating_add(GROUP as u32);
	}
	flush(&mut grad.weights, &mut sums);
	Ok(grad)
}

#[cfg(all(feature = "std", target_arch = "x86_64"))]
#[target_feature(enable = "avx512f,avx512bw,avx512vl,avx2,fma,bmi2")]
unsafe fn gradient_avx512(
	model: &Model,
	narrow: &Narrow,
	samples: &[Sample],
) -> Result<Gradient, ComputeError> {
	gradient_body(model, narrow, samples)
}

#[cfg(all(feature = "std", target_arch = "x86_64"))]
#[target_feature(enable = "avx2,fma,bmi2")]
unsafe fn gradient_avx2(
	model: &Model,
	narrow: &Narrow,
	samples: &[Sample],
) -> Result<Gradient, ComputeError> {
	gradient_body(model, narrow, samples)
}

/// Which build of the loops runs here.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lanes {
	/// x86-64 with AVX-512 (F, BW, VL).
	Avx512,
	/// x86-64 with AVX2.
	Avx2,
	/// The portable build (what the compiler's target allows: Wasm, or baseline x86-64).
	Portable,
}

/// The build [`gradient`] runs on this processor.
pub fn lanes() -> Lanes {
	#[cfg(all(feature = "std", target_arch = "x86_64"))]
	{
		if std::is_x86_feature_detected!("avx512f")
			&& std::is_x86_feature_detected!("avx512bw")
			&& std::is_x86_feature_detected!("avx512vl")
			&& std::is_x86_feature_detected!("avx2")
			&& std::is_x86_feature_detected!("fma")
			&& std::is_x86_feature_detected!("bmi2")
		{
			return Lanes::Avx512;
		}
		if std::is_x86_feature_detected!("avx2")
			&& std::is_x86_feature_detected!("fma")
			&& std::is_x86_feature_detected!("bmi2")
		{
			return Lanes::Avx2;
		}
	}
	Lanes::Portable
}

/// Whether this processor runs the build `wanted`.
fn supported(wanted: Lanes) -> bool {
	match (wanted, lanes()) {
		(Lanes::Portable, _) | (Lanes::Avx2, Lanes::Avx2 | Lanes::Avx512) => true,
		(Lanes::Avx512, have) => have == Lanes::Avx512,
		(Lanes::Avx2, Lanes::Portable) => false,
	}
}

/// The gradient over `samples` in 32-bit lanes, with `weights` from [`narrow_weights`], in the
/// build `wanted` names, or the portable one where this processor cannot run it.
pub(crate) fn gradient(
	model: &Model,
	narrow: &Narrow,
	samples: &[Sample],
	wanted: Lanes,
) -> Result<Gradient, ComputeError> {
	let lanes = if supported(wanted) { wanted } else { Lanes::Portable };
	match lanes {
		#[cfg(all(feature = "std", target_arch = "x86_64"))]
		// SAFETY: `supported` checked that this processor has every feature the build enables.
		Lanes::Avx512 => unsafe { gradient_avx512(model, narrow, samples) },
		#[cfg(all(feature = "std", target_arch = "x86_64"))]
		// SAFETY: as above, for AVX2.
		Lanes::Avx2 => unsafe { gradient_avx2(model, narrow, samples) },
		_ => gradient_body(model, narrow, samples),
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::model::FEATURE_MAX;
	use proptest::prelude::*;

	const BUILDS: [Lanes; 3] = [Lanes::Avx512, Lanes::Avx2, Lanes::Portable];

	fn samples(rows: &[(Vec<u8>, u8)]) -> Vec<Sample> {
		rows.iter()
			.map(|(features, label)| Sample { features: features.clone(), label: *label })
			.collect()
	}

	proptest! {
		/// Every build of the 32-bit loops gives exactly the 64-bit loops' gradient, for weights
		/// up to the narrow bound and feature counts across a logit block's boundary.
		#[test]
		fn every_build_equals_the_wide_loops(
			features in 1usize..300,
			classes in 1u32..12,
			seed in any::<u64>(),
			scale in 0u32..=23,
			count in 1usize..24,
		) {
			let mut state = seed | 1;
			let mut next = move || {
				state ^= state << 13;
				state ^= state >> 7;
				state ^= state << 17;
				state
			};
			let bound = (1i64 << scale) - 1;
			let mut model = Model::zeros(classes, features as u32);
			for w in model.weights.iter_mut().chain(model.bias.iter_mut()) {
				*w = (next() % (2 * bound as u64 + 1)) as i64 - bound;
			}
			let rows: Vec<(Vec<u8>, u8)> = (0..count)
				.map(|_| {
					let f = (0..features).map(|_| (next() % 17) as u8).collect();
					(f, (next() % u64::from(classes)) as u8)
				})
				.collect();
			let data = samples(&rows);
			let wide = model.gradient_wide(&data).unwrap();
			prop_assert!(narrow_weights(&model, true).is_some());
			for build in BUILDS {
				prop_assert_eq!(&model.gradient_in(&data, build).unwrap(), &wide, "{:?}", build);
			}
		}
	}

	#[test]
	fn the_extreme_weights_and_features_stay_exact() {
		// Every weight at ±(2^23 − 1) and every feature at 16: the largest terms the 32-bit loops
		// take, over two logit blocks and a half.
		let features = LOGIT_BLOCK * 2 + LOGIT_BLOCK / 2;
		for sign in [1i64, -1] {
			let mut model = Model::zeros(3, features as u32);
			model.weights.iter_mut().for_each(|w| *w = sign * (NARROW_WEIGHT - 1));
			let data = samples(&[(vec![FEATURE_MAX; features], 1), (vec![0; features], 2)]);
			let wide = model.gradient_wide(&data).unwrap();
			for build in BUILDS {
				assert_eq!(model.gradient_in(&data, build).unwrap(), wide);
			}
		}
	}

	#[test]
	fn sums_move_to_64_bits_before_they_overflow() {
		// More samples than one flush holds, each adding the largest gradient term (2^16 for
		// a certain wrong class): 32-bit sums alone would wrap.
		let n = GRADIENT_FLUSH as usize * 2 + 5;
		let mut model = Model::zeros(2, 4);
		model.weights = vec![8 * ONE, 8 * ONE, 8 * ONE, 8 * ONE, 0, 0, 0, 0];
		let data: Vec<Sample> =
			(0..n).map(|_| Sample { features: vec![FEATURE_MAX; 4], label: 1 }).collect();
		let wide = model.gradient_wide(&data).unwrap();
		assert!(
			wide.weights.iter().any(|g| g.unsigned_abs() > i32::MAX as u64),
			"{:?}",
			wide.weights
		);
		for build in BUILDS {
			assert_eq!(model.gradient_in(&data, build).unwrap(), wide);
		}
	}

	#[test]
	fn large_weights_take_the_wide_loops() {
		let mut model = Model::zeros(2, 3);
		model.weights[4] = NARROW_WEIGHT;
		assert!(narrow_weights(&model, true).is_none());
		assert!(narrow_weights(&Model::zeros(2, 3), false).is_none());
		let data = samples(&[(vec![1, 16, 3], 0)]);
		assert_eq!(model.gradient(&data).unwrap(), model.gradient_wide(&data).unwrap());
	}

	#[test]
	fn errors_are_the_wide_loops_errors() {
		let model = Model::zeros(3, 4);
		let ok = (vec![1, 2, 3, 4], 2);
		for bad in [(vec![1, 2, 3], 0), (vec![1, 2, 3, 17], 0), (vec![1, 2, 3, 4], 3)] {
			let data = samples(&[ok.clone(), bad]);
			for build in BUILDS {
				assert_eq!(model.gradient_in(&data, build), model.gradient_wide(&data));
				assert!(model.gradient_in(&data, build).is_err());
			}
		}
	}

	#[test]
	fn this_machine_names_its_build() {
		// Whatever the processor, the named build is supported and the portable one always is.
		assert!(supported(lanes()));
		assert!(supported(Lanes::Portable));
	}
}
