//! Fixed-point vector checks for tolerance verdicts and Model-PoT: every step is integer
//! arithmetic, so all nodes reach the same verdict.
//!
//! Vectors are the fixed-point numbers (Q16.16 in `i64`) of a result: a gradient's weights and
//! biases, an inference's labels, a model's weights and biases. Before comparing two vectors,
//! both are shifted right by the same number of bits until the largest magnitude fits in 24 bits,
//! so dot products of up to `MAX_DIM` entries fit in `i128` and the comparisons below cannot
//! overflow. The shift drops only bits far below the largest entry, which changes a cosine or a
//! relative distance by less than 2⁻²⁰ per entry.

use alloc::vec::Vec;
use codec::Decode;
use corex_compute::model::{Gradient, Model};
use corex_primitives::{ComputationKind, DistanceMetric};
use sp_runtime::{traits::IntegerSquareRoot, Perbill};

/// Longest vector compared (more entries than this are refused as undecodable).
pub const MAX_DIM: usize = 8192;

/// Bits the largest magnitude is scaled to before products are taken.
const FIT_BITS: u32 = 24;

/// `Perbill`'s denominator.
const BILLION: u128 = 1_000_000_000;

fn decode_all<T: Decode>(mut bytes: &[u8]) -> Option<T> {
	let value = T::decode(&mut bytes).ok()?;
	bytes.is_empty().then_some(value)
}

/// The vector of a result of `kind`, if its output decodes as that kind's output.
pub fn vector_of(kind: ComputationKind, output: &[u8]) -> Option<Vec<i64>> {
	let vector: Vec<i64> = match kind {
		ComputationKind::GradientStep => {
			let g: Gradient = decode_all(output)?;
			g.weights.into_iter().chain(g.bias).collect()
		},
		ComputationKind::Aggregation => {
			let m: Model = decode_all(output)?;
			m.weights.into_iter().chain(m.bias).collect()
		},
		ComputationKind::Inference => {
			let labels: Vec<u8> = decode_all(output)?;
			labels.into_iter().map(i64::from).collect()
		},
		ComputationKind::DataTransform => return None,
	};
	(!vector.is_empty() && vector.len() <= MAX_DIM).then_some(vector)
}

/// The gradient in a gradient step's output, if it decodes.
pub fn gradient_of(output: &[u8]) -> Option<Gradient> {
	let g: Gradient = decode_all(output)?;
	(g.count > 0 && g.weights.len().saturating_add(g.bias.len()) <= MAX_DIM).then_some(g)
}

/// The right shift that brings every entry of `vectors` within `FIT_BITS` bits.
fn shift_for(vectors: &[&[i64]]) -> u32 {
	let max = vectors.iter().flat_map(|v| v.iter()).map(|x| x.unsigned_abs()).max().unwrap_or(0);
	let bits = u64::BITS.saturating_sub(max.leading_zeros());
	bits.saturating_sub(FIT_BITS)
}

fn shifted(v: &[i64], shift: u32) -> impl Iterator<Item = i128> + '_ {
	v.iter().map(move |x| i128::from(x.wrapping_shr(shift)))
}

fn norm_squared(v: impl Iterator<Item = i128>) -> u128 {
	v.map(|x| x.unsigned_abs().saturating_mul(x.unsigned_abs())).fold(0u128, u128::saturating_add)
}

/// Whether the cosine similarity of `a` and `b` is at least `threshold` (a zero vector is similar
/// to nothing). Vectors of different lengths are not similar.
pub fn cosine_at_least(a: &[i64], b: &[i64], threshold: Perbill) -> bool {
	if a.len() != b.len() || a.is_empty() {
		return false;
	}
	let shift = shift_for(&[a, b]);
	let dot: i128 =
		shifted(a, shift).zip(shifted(b, shift)).map(|(x, y)| x.saturating_mul(y)).sum();
	let na = norm_squared(shifted(a, shift)).integer_sqrt();
	let nb = norm_squared(shifted(b, shift)).integer_sqrt();
	if na == 0 || nb == 0 || dot < 0 {
		return false;
	}
	// dot / (|a| |b|) ≥ t  ⇔  dot × 10⁹ ≥ t_parts × |a| × |b|   (all below 2⁹⁰)
	let lhs = dot.unsigned_abs().saturating_mul(BILLION);
	let rhs = u128::from(threshold.deconstruct()).saturating_mul(na).saturating_mul(nb);
	lhs >= rhs
}

/// Whether `‖a − reference‖ ≤ threshold × ‖reference‖`.
pub fn l2_within(a: &[i64], reference: &[i64], threshold: Perbill) -> bool {
	if a.len() != reference.len() || a.is_empty() {
		return false;
	}
	let shift = shift_for(&[a, reference]);
	let diff = norm_squared(
		shifted(a, shift).zip(shifted(reference, shift)).map(|(x, y)| x.saturating_sub(y)),
	)
	.integer_sqrt();
	let norm = norm_squared(shifted(reference, shift)).integer_sqrt();
	diff.saturating_mul(BILLION) <= u128::from(threshold.deconstruct()).saturating_mul(norm)
}

/// Whether `a` agrees with `reference` under `metric` and `threshold`.
pub fn agrees(a: &[i64], reference: &[i64], metric: DistanceMetric, threshold: Perbill) -> bool {
	match metric {
		DistanceMetric::Cosine => cosine_at_least(a, reference, threshold),
		DistanceMetric::L2 => l2_within(a, reference, threshold),
	}
}

/// The coordinate-wise median of the `vectors` of the most common length (the first such length
/// among equals; the lower median for an even count). A vector of another length is malformed:
/// it is left out, so that it cannot stop the others from having a median, and it agrees with
/// nothing. `O(k² + k · d)` for `k` vectors of `d` entries and a bounded `k`.
pub fn median(vectors: &[Vec<i64>]) -> Option<Vec<i64>> {
	let count_of = |len: usize| vectors.iter().filter(|v| v.len() == len).count();
	let len =
		vectors.iter().map(|v| v.len()).fold(None, |best: Option<usize>, len| match best {
			Some(b) if count_of(b) >= count_of(len) => Some(b),
			_ => Some(len),
		})?;
	let same: Vec<&Vec<i64>> = vectors.iter().filter(|v| v.len() == len).collect();
	let middle = same.len().saturating_sub(1) / 2;
	let mut column: Vec<i64> = Vec::with_capacity(same.len());
	let mut out = Vec::with_capacity(len);
	for i in 0..len {
		column.clear();
		column.extend(same.iter().filter_map(|v| v.get(i).copied()));
		column.sort_unstable();
		out.push(column.get(middle).copied().unwrap_or_default());
	}
	Some(out)
}

/// The Euclidean norm of a gradient's mean over its samples, Q16.16 (saturating).
pub fn mean_norm(g: &Gradient) -> u64 {
	let squares = g
		.weights
		.iter()
		.chain(g.bias.iter())
		.map(|x| u128::from(x.unsigned_abs()))
		.map(|x| x.saturating_mul(x))
		.fold(0u128, u128::saturating_add);
	let norm = squares.integer_sqrt();
	u64::try_from(norm.checked_div(u128::from(g.count)).unwrap_or(u128::MAX)).unwrap_or(u64::MAX)
}

/// `sum += v`, entry by entry (saturating); `sum` takes `v`'s length if empty.
pub fn accumulate(sum: &mut Vec<i64>, v: &[i64]) {
	if sum.is_empty() {
		sum.extend_from_slice(v);
		return;
	}
	for (s, x) in sum.iter_mut().zip(v.iter()) {
		*s = s.saturating_add(*x);
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;

	fn cosine_f64(a: &[i64], b: &[i64]) -> f64 {
		let dot: f64 = a.iter().zip(b).map(|(x, y)| *x as f64 * *y as f64).sum();
		let na: f64 = a.iter().map(|x| (*x as f64).powi(2)).sum::<f64>().sqrt();
		let nb: f64 = b.iter().map(|x| (*x as f64).powi(2)).sum::<f64>().sqrt();
		dot / (na * nb)
	}

	#[test]
	fn cosine_at_and_just_past_the_threshold() {
		// cos((3,4),(4,3)) = 24/25 = 0.96 exactly.
		let (a, b) = ([3 << 16, 4 << 16], [4 << 16, 3 << 16]);
		assert!(cosine_at_least(&a, &b, Perbill::from_percent(96)));
		assert!(!cosine_at_least(&a, &b, Perbill::from_parts(960_000_001)));
		// Opposite and zero vectors are similar to nothing.
		assert!(!cosine_at_least(&a, &[-3 << 16, -4 << 16], Perbill::zero()));
		assert!(!cosine_at_least(&a, &[0, 0], Perbill::zero()));
		assert!(!cosine_at_least(&a, &[1], Perbill::zero()));
	}

	#[test]
	fn l2_at_and_just_past_the_threshold() {
		// Reference (6, 8) has norm 10; `a` is (3, 4)/16 away from it: 0.3125, or 3.125 %.
		let reference = [6 << 16, 8 << 16];
		let a = [(6 << 16) + (3 << 12), (8 << 16) + (4 << 12)];
		assert!(l2_within(&a, &reference, Perbill::from_parts(31_250_000)));
		assert!(!l2_within(&a, &reference, Perbill::from_parts(31_249_999)));
		assert!(!l2_within(&a, &[1], Perbill::one()));
	}

	#[test]
	fn huge_entries_cannot_overflow() {
		let a = [i64::MAX, i64::MIN, i64::MAX];
		assert!(cosine_at_least(&a, &a, Perbill::from_percent(99)));
		assert!(l2_within(&a, &a, Perbill::zero()));
		let g = Gradient { count: 1, weights: a.to_vec(), bias: vec![], loss: 0 };
		assert!(mean_norm(&g) > u64::from(u32::MAX));
	}

	#[test]
	fn median_is_coordinate_wise() {
		let m = median(&[vec![1, 9, 5], vec![3, 7, 5], vec![2, 8, 100]]).unwrap();
		assert_eq!(m, vec![2, 8, 5]);
		// A vector of another length is left out; among equally common lengths, the first.
		assert_eq!(median(&[vec![1, 9], vec![5], vec![3, 7]]).unwrap(), vec![1, 7]);
		assert_eq!(median(&[vec![1], vec![1, 2]]).unwrap(), vec![1]);
		assert_eq!(median(&[]), None);
	}

	proptest! {
		#[test]
		fn cosine_matches_floating_point(
			a in proptest::collection::vec(-(1i64 << 40)..(1i64 << 40), 16),
			b in proptest::collection::vec(-(1i64 << 40)..(1i64 << 40), 16),
			t in 0u32..1_000_000_000,
		) {
			let exact = cosine_f64(&a, &b);
			let threshold = f64::from(t) / 1e9;
			// Away from the boundary the integer test agrees with f64.
			if (exact - threshold).abs() > 1e-4 {
				prop_assert_eq!(cosine_at_least(&a, &b, Perbill::from_parts(t)), exact >= threshold);
			}
		}
	}
}
