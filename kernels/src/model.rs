//! Softmax regression over small integer feature vectors (the 8×8 digits: 64 features of
//! 0..=16, 10 classes): inference, the gradient of the cross-entropy over a shard, aggregation of
//! shard gradients, and the model update. All fixed-point ([`crate::fixed`]); sums are exact
//! integer sums, so aggregating shard gradients equals the gradient of the whole data set.

use crate::fixed::{div, exp_neg, ln, mul, Fx, FRAC_BITS, ONE};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use scale_info::TypeInfo;

/// Largest feature value (the digits' pixel counts are 0..=16); features scale to [0, 1].
pub const FEATURE_MAX: u8 = 16;

/// `value × feature / 16` (the feature scaled to [0, 1]) in Q16, rounded toward −∞: the same
/// as `mul(value, feature × ONE / 16)`, but as one `i64` product and a shift (saturating only for
/// |value| above 2^59), which the compiler can vectorise.
fn times_feature(value: Fx, feature: u8) -> Fx {
	value.saturating_mul(Fx::from(feature)).wrapping_shr(4)
}

/// Most features for the fast logit path (see `Model::small`): 2^12 terms below 2^50 sum below
/// 2^62.
const MAX_FAST_FEATURES: u32 = 1 << 12;

/// Smallest probability used in the loss (one Q16 unit), so `ln` is always defined.
pub(crate) const MIN_PROBABILITY: Fx = 1;

/// Why a kernel refused its input.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub enum ComputeError {
	/// A sample's feature count differs from the model's.
	FeatureCountMismatch,
	/// A feature is above `FEATURE_MAX`.
	FeatureOutOfRange,
	/// A label is not one of the model's classes.
	LabelOutOfRange,
	/// A gradient's shape differs from the model's, or gradients differ from each other.
	ShapeMismatch,
	/// No samples.
	Empty,
	/// The model has no classes or no features, or its parameter count is wrong.
	BadModel,
	/// The kernel got fewer (or more) inputs than it takes.
	MissingInput,
	/// An input blob is not the SCALE encoding the kernel expects.
	Undecodable,
}

/// One labelled sample.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct Sample {
	/// Feature values, each 0..=`FEATURE_MAX`.
	pub features: Vec<u8>,
	/// The class, below the model's class count.
	pub label: u8,
}

/// Softmax regression: `logits = W x + b`, `W` row-major `classes × features`.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct Model {
	/// Classes.
	pub classes: u32,
	/// Features per sample.
	pub features: u32,
	/// `classes × features` weights, row-major.
	pub weights: Vec<Fx>,
	/// One bias per class.
	pub bias: Vec<Fx>,
}

/// The summed gradient of the cross-entropy over `count` samples, and their summed loss.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, TypeInfo)]
pub struct Gradient {
	/// Samples summed.
	pub count: u32,
	/// Σ ∂loss/∂W, shaped like the model's weights.
	pub weights: Vec<Fx>,
	/// Σ ∂loss/∂b.
	pub bias: Vec<Fx>,
	/// Σ cross-entropy loss.
	pub loss: Fx,
}

impl Model {
	/// A model of zeros.
	pub fn zeros(classes: u32, features: u32) -> Self {
		let size = (classes as usize).saturating_mul(features as usize);
		Self {
			classes,
			features,
			weights: alloc::vec![0; size],
			bias: alloc::vec![0; classes as usize],
		}
	}

	fn check(&self) -> Result<(usize, usize), ComputeError> {
		let (c, f) = (self.classes as usize, self.features as usize);
		if c == 0 || f == 0 || self.weights.len() != c.saturating_mul(f) || self.bias.len() != c {
			return Err(ComputeError::BadModel);
		}
		Ok((c, f))
	}

	pub(crate) fn check_sample(&self, sample: &Sample) -> Result<(), ComputeError> {
		if sample.features.len() != self.features as usize {
			return Err(ComputeError::FeatureCountMismatch);
		}
		// The largest feature, found without an early exit so the compiler can vectorise it.
		if sample.features.iter().fold(0u8, |m, v| m.max(*v)) > FEATURE_MAX {
			return Err(ComputeError::FeatureOutOfRange);
		}
		if u32::from(sample.label) >= self.classes {
			return Err(ComputeError::LabelOutOfRange);
		}
		Ok(())
	}

	/// Whether every parameter is below 2^50 in magnitude. Then a logit (a bias plus at most
	/// `MAX_FAST_FEATURES` terms below 2^50 each) stays below 2^63, so plain `i64` arithmetic
	/// gives exactly the saturating result, and faster (the compiler can vectorise it).
	fn small(&self) -> bool {
		self.features <= MAX_FAST_FEATURES
			&& self.weights.iter().chain(&self.bias).all(|v| v.unsigned_abs() < 1 << 50)
	}

	/// The logits of one sample (features scaled to [0, 1]: `v / 16` is exact in Q16). `small`
	/// is [`Model::small`].
	fn logits(&self, features: &[u8], small: bool) -> Vec<Fx> {
		let mut out = Vec::with_capacity(self.bias.len());
		self.logits_into(features, small, &mut out);
		out
	}

	/// [`Model::logits`] into `out` (cleared first), so a loop over samples reuses one buffer.
	fn logits_into(&self, features: &[u8], small: bool, out: &mut Vec<Fx>) {
		out.clear();
		let rows = self.weights.chunks(self.features as usize).zip(self.bias.iter());
		if small {
			out.extend(rows.map(|(row, bias)| {
				row.iter()
					.zip(features)
					.fold(*bias, |acc, (w, x)| acc.wrapping_add(w.wrapping_mul(Fx::from(*x)) >> 4))
			}));
		} else {
			out.extend(rows.map(|(row, bias)| {
				row.iter()
					.zip(features)
					.fold(*bias, |acc, (w, x)| acc.saturating_add(times_feature(*w, *x)))
			}));
		}
	}

	/// Class probabilities of one sample (Q16, summing to about 1).
	pub fn probabilities(&self, sample: &Sample) -> Result<Vec<Fx>, ComputeError> {
		self.check()?;
		if sample.features.len() != self.features as usize {
			return Err(ComputeError::FeatureCountMismatch);
		}
		Ok(softmax(&self.logits(&sample.features, self.small())))
	}

	/// The predicted class of each sample (inference): the first class of highest logit.
	pub fn predict(&self, samples: &[Sample]) -> Result<Vec<u8>, ComputeError> {
		self.check()?;
		let small = self.small();
		samples
			.iter()
			.map(|sample| {
				if sample.features.len() != self.features as usize {
					return Err(ComputeError::FeatureCountMismatch);
				}
				let logits = self.logits(&sample.features, small);
				let best = logits.iter().enumerate().fold((0usize, Fx::MIN), |(bi, bv), (i, v)| {
					if *v > bv {
						(i, *v)
					} else {
						(bi, bv)
					}
				});
				u8::try_from(best.0).map_err(|_| ComputeError::BadModel)
			})
			.collect()
	}

	/// The summed cross-entropy gradient and loss over a shard.
	///
	/// A model whose weights are below 128.0 (every trained one) takes the 32-bit loops of
	/// [`crate::lanes`], with SIMD where the processor has it; they compute the same integers
	/// as [`Model::gradient_wide`].
	pub fn gradient(&self, samples: &[Sample]) -> Result<Gradient, ComputeError> {
		self.gradient_in(samples, crate::lanes::lanes())
	}

	/// [`Model::gradient`] in the build `lanes` names (or the portable one where this processor
	/// cannot run it), for tests and benchmarks that compare the builds.
	pub fn gradient_in(
		&self,
		samples: &[Sample],
		lanes: crate::lanes::Lanes,
	) -> Result<Gradient, ComputeError> {
		self.check()?;
		if samples.is_empty() {
			return Err(ComputeError::Empty);
		}
		match crate::lanes::narrow_weights(self, self.small()) {
			Some(narrow) => crate::lanes::gradient(self, &narrow, samples, lanes),
			None => self.gradient_wide(samples),
		}
	}

	/// The gradient in 64-bit loops, for any model.
	pub fn gradient_wide(&self, samples: &[Sample]) -> Result<Gradient, ComputeError> {
		let (c, f) = self.check()?;
		let small = self.small();
		if samples.is_empty() {
			return Err(ComputeError::Empty);
		}
		let mut grad = Gradient {
			count: 0,
			weights: alloc::vec![0; c.saturating_mul(f)],
			bias: alloc::vec![0; c],
			loss: 0,
		};
		let mut p = Vec::with_capacity(c);
		for sample in samples {
			self.check_sample(sample)?;
			self.logits_into(&sample.features, small, &mut p);
			softmax_in_place(&mut p);
			let label = usize::from(sample.label);
			let p_label = p.get(label).copied().unwrap_or_default().max(MIN_PROBABILITY);
			grad.loss = grad.loss.saturating_sub(ln(p_label).unwrap_or_default());
			for (class, (row, bias)) in
				grad.weights.chunks_mut(f).zip(grad.bias.iter_mut()).enumerate()
			{
				let target = if class == label { ONE } else { 0 };
				let delta = p.get(class).copied().unwrap_or_default().saturating_sub(target);
				*bias = bias.saturating_add(delta);
				// |delta| ≤ ONE, so each term is below 2^17, and no slice in memory holds 2^46
				// samples: the sums stay below 2^63 and plain `i64` adds equal saturating ones.
				for (g, x) in row.iter_mut().zip(&sample.features) {
					*g = g.wrapping_add(delta.wrapping_mul(Fx::from(*x)) >> 4);
				}
			}
			grad.count = grad.count.saturating_add(1);
		}
		Ok(grad)
	}

	/// Apply an aggregated gradient: `θ ← θ − rate × Σgrad ÷ count`.
	pub fn apply(&mut self, gradient: &Gradient, rate: Fx) -> Result<(), ComputeError> {
		self.check()?;
		if gradient.weights.len() != self.weights.len() || gradient.bias.len() != self.bias.len() {
			return Err(ComputeError::ShapeMismatch);
		}
		let count = Fx::from(gradient.count);
		if count == 0 {
			return Err(ComputeError::Empty);
		}
		let step = |theta: &mut Fx, g: &Fx| {
			let mean = g.checked_div(count).unwrap_or_default();
			*theta = theta.saturating_sub(mul(rate, mean));
		};
		self.weights.iter_mut().zip(&gradient.weights).for_each(|(t, g)| step(t, g));
		self.bias.iter_mut().zip(&gradient.bias).for_each(|(t, g)| step(t, g));
		Ok(())
	}
}

/// How many samples a shard of `len` bytes holds for a model of `features` features: the `n`
/// for which the SCALE encoding of `n` samples (`Vec<Sample>`: `n` as a compact, then each
/// sample's features as a compact length and `features` bytes, then its label) takes exactly
/// `len` bytes. `None` if no `n` does.
///
/// The chain derives a gradient's sample count with this from the shard's size instead of
/// taking the count the gradient reports (Model-PoT's norm check divides by it).
pub fn samples_in(len: u64, features: u32) -> Option<u32> {
	use codec::CompactLen;
	let sample = u64::try_from(codec::Compact::<u32>::compact_len(&features))
		.ok()?
		.checked_add(u64::from(features))?
		.checked_add(1)?;
	// A compact u32 takes 1, 2, 4 or 5 bytes.
	[1u64, 2, 4, 5].into_iter().find_map(|prefix| {
		let body = len.checked_sub(prefix)?;
		if body.checked_rem(sample)? != 0 {
			return None;
		}
		let n = u32::try_from(body.checked_div(sample)?).ok()?;
		(u64::try_from(codec::Compact::<u32>::compact_len(&n)).ok()? == prefix).then_some(n)
	})
}

/// Softmax in Q16: `e^(z − max) / Σ`.
pub fn softmax(logits: &[Fx]) -> Vec<Fx> {
	let mut p = logits.to_vec();
	softmax_in_place(&mut p);
	p
}

/// [`softmax`], turning the logits into probabilities where they are.
pub(crate) fn softmax_in_place(v: &mut [Fx]) {
	let max = v.iter().copied().max().unwrap_or_default();
	let mut sum: Fx = 0;
	for z in v.iter_mut() {
		*z = exp_neg(z.saturating_sub(max));
		sum = sum.saturating_add(*z);
	}
	// Every e is in [0, ONE] and the sum in [ONE, classes × ONE]: divide by the one divisor
	// with a precomputed reciprocal, corrected to the exact quotient `div` gives.
	if (ONE..(1 << 40)).contains(&sum) && v.iter().all(|e| (0..=ONE).contains(e)) {
		let reciprocal = (1i64 << 40).checked_div(sum).unwrap_or_default(); // ≤ 2^24
		for e in v.iter_mut() {
			*e = exact_quotient(*e << FRAC_BITS, sum, reciprocal);
		}
	} else {
		for e in v.iter_mut() {
			*e = div(*e, sum).unwrap_or_default();
		}
	}
}

/// `n ÷ d` (both non-negative, `n ≤ 2^32`, `d ≥ 2^16`), given `r = ⌊2^40 ÷ d⌋`: the estimate
/// `⌊n r ÷ 2^40⌋` (n r < 2^56) is at most one below the quotient, and one step corrects it. The
/// result is exactly `n / d`, the same as [`div`] gives.
fn exact_quotient(n: Fx, d: Fx, r: Fx) -> Fx {
	let mut q = n.wrapping_mul(r) >> 40;
	while q.wrapping_add(1).wrapping_mul(d) <= n {
		q = q.wrapping_add(1);
	}
	q
}

/// Sum shard gradients (exact integer sums, so the order does not matter).
pub fn aggregate(gradients: &[Gradient]) -> Result<Gradient, ComputeError> {
	let first = gradients.first().ok_or(ComputeError::Empty)?;
	let mut total = Gradient {
		count: 0,
		weights: alloc::vec![0; first.weights.len()],
		bias: alloc::vec![0; first.bias.len()],
		loss: 0,
	};
	for g in gradients {
		if g.weights.len() != total.weights.len() || g.bias.len() != total.bias.len() {
			return Err(ComputeError::ShapeMismatch);
		}
		total.count = total.count.saturating_add(g.count);
		total.loss = total.loss.saturating_add(g.loss);
		total.weights.iter_mut().zip(&g.weights).for_each(|(t, v)| *t = t.saturating_add(*v));
		total.bias.iter_mut().zip(&g.bias).for_each(|(t, v)| *t = t.saturating_add(*v));
	}
	Ok(total)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn samples_in_inverts_the_shard_encoding() {
		for features in [1u32, 4, 63, 64] {
			for n in [0u32, 1, 2, 63, 64, 100, 16_383, 16_384] {
				let shard: Vec<Sample> = (0..n)
					.map(|i| Sample { features: alloc::vec![1; features as usize], label: i as u8 })
					.collect();
				let len = shard.encode().len() as u64;
				assert_eq!(samples_in(len, features), Some(n), "{n} samples of {features}");
				// A byte more or less is not a whole number of samples.
				assert_ne!(samples_in(len + 1, features), Some(n));
				assert_ne!(samples_in(len - 1, features), Some(n));
			}
		}
		assert_eq!(samples_in(0, 64), None);
		assert_eq!(samples_in(u64::MAX, u32::MAX), None);
	}
	use proptest::prelude::*;

	proptest! {
		#[test]
		fn the_reciprocal_quotient_is_exact(n in 0i64..=(1 << 32), d in (1i64 << 16)..(1 << 40)) {
			let r = (1i64 << 40) / d;
			prop_assert_eq!(exact_quotient(n, d, r), n / d);
		}

		#[test]
		fn softmax_in_place_equals_division_by_div(logits in proptest::collection::vec(-(20 * ONE)..(20 * ONE), 1..16)) {
			let max = logits.iter().copied().max().unwrap();
			let exps: Vec<Fx> = logits.iter().map(|z| exp_neg(z - max)).collect();
			let sum: Fx = exps.iter().sum();
			let want: Vec<Fx> = exps.iter().map(|e| div(*e, sum).unwrap()).collect();
			prop_assert_eq!(softmax(&logits), want);
		}

		#[test]
		fn fast_logits_equal_saturating_logits(
			weights in proptest::collection::vec(-(1i64 << 49)..(1i64 << 49), 640),
			bias in proptest::collection::vec(-(1i64 << 49)..(1i64 << 49), 10),
			features in proptest::collection::vec(0u8..=FEATURE_MAX, 64),
		) {
			let model = Model { classes: 10, features: 64, weights, bias };
			prop_assert!(model.small());
			prop_assert_eq!(model.logits(&features, true), model.logits(&features, false));
		}
	}

	/// A deterministic toy data set: class `c` lights pixels `c·4 .. c·4+4` strongly, plus noise.
	fn toy(samples: usize, classes: u8, features: usize) -> Vec<Sample> {
		let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
		let mut next = move || {
			seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
			(seed >> 33) as u8
		};
		(0..samples)
			.map(|i| {
				let label = (i % usize::from(classes)) as u8;
				let features = (0..features)
					.map(|j| {
						let hot = j / 4 == usize::from(label);
						(if hot { 10 + next() % 7 } else { next() % 5 }).min(FEATURE_MAX)
					})
					.collect();
				Sample { features, label }
			})
			.collect()
	}

	fn accuracy(model: &Model, samples: &[Sample]) -> f64 {
		let predicted = model.predict(samples).unwrap();
		let right = predicted.iter().zip(samples).filter(|(p, s)| **p == s.label).count();
		right as f64 / samples.len() as f64
	}

	#[test]
	fn training_lowers_the_loss_and_learns_the_classes() {
		let data = toy(300, 4, 16);
		let mut model = Model::zeros(4, 16);
		let first = model.gradient(&data).unwrap();
		// Zero model: uniform probabilities, loss ln 4 per sample.
		let per_sample = first.loss as f64 / 300.0 / ONE as f64;
		assert!((per_sample - 4f64.ln()).abs() < 1e-3, "{per_sample}");
		let mut last = first.loss;
		for _ in 0..20 {
			let g = model.gradient(&data).unwrap();
			assert!(g.loss <= last, "loss went up");
			last = g.loss;
			model.apply(&g, 2 * ONE).unwrap();
		}
		assert!(last < first.loss / 4, "loss {last} vs {}", first.loss);
		assert!(accuracy(&model, &data) > 0.95);
	}

	#[test]
	fn gradient_matches_a_floating_point_reference() {
		let data = toy(50, 3, 12);
		let mut model = Model::zeros(3, 12);
		for (i, w) in model.weights.iter_mut().enumerate() {
			*w = ((i as Fx * 7919) % 40_000) - 20_000;
		}
		model.bias = vec![ONE / 3, -ONE / 5, ONE / 7];
		let g = model.gradient(&data).unwrap();
		let f = |v: Fx| v as f64 / ONE as f64;
		let mut want = vec![0f64; 36];
		let mut want_loss = 0f64;
		for s in &data {
			let logits: Vec<f64> = (0..3)
				.map(|c| {
					f(model.bias[c])
						+ (0..12)
							.map(|j| f(model.weights[c * 12 + j]) * s.features[j] as f64 / 16.0)
							.sum::<f64>()
				})
				.collect();
			let max = logits.iter().cloned().fold(f64::MIN, f64::max);
			let sum: f64 = logits.iter().map(|z| (z - max).exp()).sum();
			for c in 0..3 {
				let p = (logits[c] - max).exp() / sum;
				let delta = p - if c == usize::from(s.label) { 1.0 } else { 0.0 };
				for j in 0..12 {
					want[c * 12 + j] += delta * s.features[j] as f64 / 16.0;
				}
				if c == usize::from(s.label) {
					want_loss -= p.ln();
				}
			}
		}
		for (got, want) in g.weights.iter().zip(&want) {
			assert!((f(*got) - want).abs() < 0.01, "{} vs {want}", f(*got));
		}
		assert!((f(g.loss) - want_loss).abs() < 0.01, "{} vs {want_loss}", f(g.loss));
	}

	#[test]
	fn kernels_refuse_bad_input_with_named_errors() {
		let model = Model::zeros(3, 4);
		let ok = Sample { features: vec![1, 2, 3, 4], label: 2 };
		let bad =
			|features: Vec<u8>, label| model.gradient(&[ok.clone(), Sample { features, label }]);
		assert_eq!(bad(vec![1, 2, 3], 0), Err(ComputeError::FeatureCountMismatch));
		assert_eq!(bad(vec![1, 2, 3, 17], 0), Err(ComputeError::FeatureOutOfRange));
		assert_eq!(bad(vec![1, 2, 3, 4], 3), Err(ComputeError::LabelOutOfRange));
		assert_eq!(model.gradient(&[]), Err(ComputeError::Empty));
		let mut broken = model.clone();
		broken.bias.pop();
		assert_eq!(broken.gradient(&[ok.clone()]), Err(ComputeError::BadModel));
		assert_eq!(Model::zeros(0, 4).predict(&[]), Err(ComputeError::BadModel));
		let mut other = Model::zeros(2, 4);
		let g = model.gradient(&[ok.clone()]).unwrap();
		assert_eq!(other.apply(&g, ONE), Err(ComputeError::ShapeMismatch));
		assert_eq!(aggregate(&[]), Err(ComputeError::Empty));
		let small =
			Model::zeros(2, 4).gradient(&[Sample { features: vec![0; 4], label: 1 }]).unwrap();
		assert_eq!(aggregate(&[g, small]), Err(ComputeError::ShapeMismatch));
	}

	#[test]
	fn results_round_trip_through_scale() {
		let model = Model::zeros(2, 3);
		let g = model.gradient(&[Sample { features: vec![1, 0, 16], label: 1 }]).unwrap();
		assert_eq!(Gradient::decode(&mut &g.encode()[..]).unwrap(), g);
		assert_eq!(Model::decode(&mut &model.encode()[..]).unwrap(), model);
	}

	proptest! {
		/// Splitting a data set into shards and aggregating their gradients gives exactly the
		/// gradient of the whole set, in any shard order: what lets many nodes compute one
		/// training round.
		#[test]
		fn shard_gradients_aggregate_to_the_whole(
			samples in proptest::collection::vec(
				(proptest::collection::vec(0u8..=16, 6), 0u8..3), 1..40),
			weights in proptest::collection::vec(-3 * ONE..3 * ONE, 18),
			cut in 0usize..40,
		) {
			let samples: Vec<Sample> =
				samples.into_iter().map(|(features, label)| Sample { features, label }).collect();
			let model = Model { classes: 3, features: 6, weights, bias: vec![0, ONE, -ONE] };
			let cut = cut.min(samples.len().saturating_sub(1)).max(1).min(samples.len());
			let whole = model.gradient(&samples).unwrap();
			let (a, b) = samples.split_at(cut);
			let mut parts = vec![];
			if !a.is_empty() { parts.push(model.gradient(a).unwrap()); }
			if !b.is_empty() { parts.push(model.gradient(b).unwrap()); }
			prop_assert_eq!(&aggregate(&parts).unwrap(), &whole);
			parts.reverse();
			prop_assert_eq!(&aggregate(&parts).unwrap(), &whole);
		}

		/// The fast feature product is exactly the fixed-point product with the scaled feature.
		#[test]
		fn times_feature_is_the_fixed_point_product(value in -(1i64 << 59)..(1i64 << 59), x in 0u8..=16) {
			prop_assert_eq!(times_feature(value, x), mul(value, Fx::from(x) * (ONE / 16)));
		}

		/// Probabilities are in [0, 1] and sum to 1 within rounding.
		#[test]
		fn softmax_is_a_distribution(logits in proptest::collection::vec(-50 * ONE..50 * ONE, 1..12)) {
			let p = softmax(&logits);
			prop_assert!(p.iter().all(|v| (0..=ONE).contains(v)));
			let sum: Fx = p.iter().sum();
			prop_assert!((sum - ONE).abs() <= logits.len() as Fx, "sum {}", sum);
		}
	}
}
