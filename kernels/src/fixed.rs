//! Fixed-point arithmetic: Q47.16 values in `i64`, every operation an integer operation, so the
//! results are the same on every machine and in native and Wasm builds.

/// A fixed-point number: the integer `v` stands for `v / 2^16`.
pub type Fx = i64;

/// Fractional bits.
pub const FRAC_BITS: u32 = 16;

/// 1.0
pub const ONE: Fx = 1 << FRAC_BITS;

/// log2(e) in Q16 (1.442695… × 65536, rounded).
const LOG2_E: Fx = 94_548;

/// ln(2) in Q30 (0.693147… × 2^30, rounded).
const LN2_Q30_64: i64 = 744_261_118;

/// 1.0 in Q30, as `i64`.
const ONE_Q30_64: i64 = 1 << 30;

/// Below this, `exp` is zero in Q16 (e^-12 < 2^-16).
const EXP_FLOOR: Fx = -12 * ONE;

/// Saturate an `i128` into the `i64` range.
pub fn saturate(v: i128) -> Fx {
	Fx::try_from(v).unwrap_or(if v < 0 { Fx::MIN } else { Fx::MAX })
}

/// `v >> n` (arithmetic, so rounding toward −∞); shifts of 128 bits or more give 0 or −1.
fn shr(v: i128, n: u32) -> i128 {
	v.checked_shr(n).unwrap_or(if v < 0 { -1 } else { 0 })
}

/// `v × 2^n`, saturating.
fn shl(v: i128, n: u32) -> i128 {
	v.saturating_mul(1i128.checked_shl(n).unwrap_or(i128::MAX))
}

/// Operands below this magnitude multiply within `i64`.
const SMALL_FACTOR: u64 = 1 << 31;

/// Dividends below this magnitude shift by `FRAC_BITS` within `i64`.
const SMALL_DIVIDEND: u64 = 1 << 46;

/// `a × b`, rounded toward −∞, saturating.
///
/// Small operands (the common case) take an `i64` product; it cannot overflow, so it is the same
/// value as the `i128` path, which is slow in Wasm.
pub fn mul(a: Fx, b: Fx) -> Fx {
	if a.unsigned_abs() < SMALL_FACTOR && b.unsigned_abs() < SMALL_FACTOR {
		return a.wrapping_mul(b) >> FRAC_BITS;
	}
	saturate(shr(i128::from(a).saturating_mul(i128::from(b)), FRAC_BITS))
}

/// `a ÷ b`, truncated toward zero and saturating; `None` when `b` is zero.
///
/// A small dividend takes the `i64` path, which gives the same quotient as the `i128` one.
pub fn div(a: Fx, b: Fx) -> Option<Fx> {
	if a.unsigned_abs() < SMALL_DIVIDEND {
		return (a << FRAC_BITS).checked_div(b);
	}
	shl(i128::from(a), FRAC_BITS).checked_div(i128::from(b)).map(saturate)
}

/// `e^x` for `x ≤ 0`, in Q16 (for `x > 0` the result is that of `x = 0`, 1.0).
///
/// `e^x = 2^(x log2 e)`: the integer part is a shift, and `2^f` for the fraction `f ∈ [0, 1)` is
/// `e^(f ln 2)`, a degree-7 Taylor polynomial evaluated in Q30 (error below 2^-20).
pub fn exp_neg(x: Fx) -> Fx {
	// Every intermediate below fits in `i64` (bounds in the comments), so this is the same
	// computation as one in `i128`, without its cost in Wasm.
	let x = x.min(0);
	if x < EXP_FLOOR {
		return 0;
	}
	// |x × log2 e| < 12 × 2^16 × 2^17 < 2^37.
	let y = mul(x, LOG2_E);
	let whole = y >> FRAC_BITS; // in [−18, 0]
	let frac = y.wrapping_sub(whole.wrapping_shl(FRAC_BITS)); // in [0, ONE)
														   // u = frac × ln 2 in Q30: (frac << 14) < 2^30, times ln 2 in Q30 < 2^30, so < 2^60.
	let u = (frac << 14).wrapping_mul(LN2_Q30_64) >> 30;
	// e^u by Horner's scheme: 1 + u(1 + u/2(1 + u/3(…))); acc < 2^31 and u < 2^30.
	let mut acc = ONE_Q30_64;
	for k in (1..=7i64).rev() {
		let term = (u.wrapping_mul(acc) >> 30).checked_div(k).unwrap_or_default();
		acc = ONE_Q30_64.wrapping_add(term);
	}
	let two_pow_frac = acc >> 14; // Q16, in [1.0, 2.0)
	let shift = u32::try_from(whole.unsigned_abs()).unwrap_or(63).min(63);
	two_pow_frac >> shift
}

/// `ln x` for `x > 0`, in Q16; `None` for `x ≤ 0`. Bit-by-bit binary logarithm (one squaring
/// per fractional bit), times ln 2.
pub fn ln(x: Fx) -> Option<Fx> {
	if x <= 0 {
		return None;
	}
	// x = m × 2^e with m in [1, 2) (Q16); the top bit of a positive i64 is at 62 at most. Every
	// intermediate fits in `i64`: m² < 2^34, and |log2| < 2^23 times ln 2 in Q30 < 2^53.
	let top = 63u32.saturating_sub(x.leading_zeros());
	let (mut m, e) = if top >= FRAC_BITS {
		let by = top.saturating_sub(FRAC_BITS);
		(x >> by, i64::from(by))
	} else {
		let by = FRAC_BITS.saturating_sub(top);
		(x << by, 0i64.saturating_sub(i64::from(by)))
	};
	let mut log2 = e << FRAC_BITS;
	let mut bit = ONE >> 1;
	while bit > 0 {
		m = m.wrapping_mul(m) >> FRAC_BITS;
		if m >= 2 * ONE {
			m >>= 1;
			log2 = log2.wrapping_add(bit);
		}
		bit >>= 1;
	}
	Some(log2.wrapping_mul(LN2_Q30_64) >> 30)
}

#[cfg(test)]
mod tests {
	use super::*;
	use proptest::prelude::*;

	/// The first, all-`i128` versions of `mul`, `div`, `exp_neg` and `ln`. The `i64` versions
	/// must give exactly their results (the proptest below), so the change kept every output.
	mod reference {
		use super::super::{saturate, shl, shr, Fx, EXP_FLOOR, FRAC_BITS, ONE};
		const LOG2_E: Fx = 94_548;
		const LN2_Q30: i128 = 744_261_118;
		const ONE_Q30: i128 = 1 << 30;

		pub fn mul(a: Fx, b: Fx) -> Fx {
			saturate(shr(i128::from(a).saturating_mul(i128::from(b)), FRAC_BITS))
		}

		pub fn div(a: Fx, b: Fx) -> Option<Fx> {
			shl(i128::from(a), FRAC_BITS).checked_div(i128::from(b)).map(saturate)
		}

		pub fn exp_neg(x: Fx) -> Fx {
			let x = x.min(0);
			if x < EXP_FLOOR {
				return 0;
			}
			let y = i128::from(mul(x, LOG2_E));
			let whole = shr(y, FRAC_BITS);
			let frac = y.saturating_sub(shl(whole, FRAC_BITS));
			let u = shr(shl(frac, 14).saturating_mul(LN2_Q30), 30);
			let mut acc = ONE_Q30;
			for k in (1..=7i128).rev() {
				let term = shr(u.saturating_mul(acc), 30).checked_div(k).unwrap_or_default();
				acc = ONE_Q30.saturating_add(term);
			}
			let two_pow_frac = shr(acc, 14);
			let shift = u32::try_from(whole.unsigned_abs()).unwrap_or(u32::MAX);
			saturate(shr(two_pow_frac, shift))
		}

		pub fn ln(x: Fx) -> Option<Fx> {
			if x <= 0 {
				return None;
			}
			let top = 63u32.saturating_sub(x.leading_zeros());
			let one = i128::from(ONE);
			let (mut m, e) = if top >= FRAC_BITS {
				(
					shr(i128::from(x), top.saturating_sub(FRAC_BITS)),
					i128::from(top.saturating_sub(FRAC_BITS)),
				)
			} else {
				(
					shl(i128::from(x), FRAC_BITS.saturating_sub(top)),
					0i128.saturating_sub(i128::from(FRAC_BITS.saturating_sub(top))),
				)
			};
			let mut log2 = shl(e, FRAC_BITS);
			let mut bit = shr(one, 1);
			while bit > 0 {
				m = shr(m.saturating_mul(m), FRAC_BITS);
				if m >= one.saturating_mul(2) {
					m = shr(m, 1);
					log2 = log2.saturating_add(bit);
				}
				bit = shr(bit, 1);
			}
			Some(saturate(shr(log2.saturating_mul(LN2_Q30), 30)))
		}
	}

	proptest! {
		#![proptest_config(ProptestConfig::with_cases(20_000))]

		#[test]
		fn i64_paths_equal_the_i128_reference(
			a in any::<i64>(),
			b in any::<i64>(),
			small in -(1i64 << 40)..(1i64 << 40),
			x in -(14 * ONE)..(ONE),
		) {
			prop_assert_eq!(mul(a, b), reference::mul(a, b));
			prop_assert_eq!(mul(small, b >> 33), reference::mul(small, b >> 33));
			prop_assert_eq!(mul(small >> 10, small >> 12), reference::mul(small >> 10, small >> 12));
			prop_assert_eq!(div(a, b), reference::div(a, b));
			prop_assert_eq!(div(small, b >> 20), reference::div(small, b >> 20));
			prop_assert_eq!(exp_neg(x), reference::exp_neg(x));
			prop_assert_eq!(exp_neg(a), reference::exp_neg(a));
			prop_assert_eq!(ln(a), reference::ln(a));
			prop_assert_eq!(ln(small.abs()), reference::ln(small.abs()));
		}
	}

	fn to_f(v: Fx) -> f64 {
		v as f64 / ONE as f64
	}

	#[test]
	fn exp_is_close_to_f64_and_monotone() {
		let mut last = 0;
		for i in (-13 * 1024..=0).map(|i| i * 64) {
			let got = exp_neg(i);
			let want = (to_f(i)).exp();
			assert!(
				(to_f(got) - want).abs() < 3.0 / ONE as f64,
				"exp({}) = {} not {}",
				to_f(i),
				to_f(got),
				want
			);
			assert!(got >= last, "monotone at {i}");
			last = got;
		}
		assert_eq!(exp_neg(0), ONE);
		assert_eq!(exp_neg(5 * ONE), ONE);
		assert_eq!(exp_neg(Fx::MIN), 0);
	}

	#[test]
	fn ln_is_close_to_f64() {
		for v in [1, 7, 100, ONE / 3, ONE / 2, ONE, ONE + 1, 3 * ONE, 1_000 * ONE, Fx::MAX / 2] {
			let got = to_f(ln(v).unwrap());
			let want = to_f(v).ln();
			assert!((got - want).abs() < 4.0 / ONE as f64, "ln({}) = {got} not {want}", to_f(v));
		}
		assert_eq!(ln(0), None);
		assert_eq!(ln(-5), None);
		assert_eq!(ln(ONE), Some(0));
	}

	#[test]
	fn mul_and_div_round_and_saturate() {
		assert_eq!(mul(3 * ONE, ONE / 2), 3 * ONE / 2);
		assert_eq!(mul(-1, 1), -1, "rounds toward −∞");
		assert_eq!(mul(Fx::MAX, 4 * ONE), Fx::MAX);
		assert_eq!(mul(Fx::MIN, 4 * ONE), Fx::MIN);
		assert_eq!(div(3 * ONE, 2 * ONE), Some(3 * ONE / 2));
		assert_eq!(div(ONE, 0), None);
	}
}
