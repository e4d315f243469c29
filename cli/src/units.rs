//! CXT amounts as people write them (`1.5`, `20000`, `0.001`) and as the chain counts them
//! (plancks, 10¹² per CXT).

/// Plancks per CXT (the chain's `tokenDecimals` is 12).
pub const CXT: u128 = 1_000_000_000_000;
const DECIMALS: usize = 12;

/// Parses a decimal CXT amount into plancks: `"1.5"` → 1,500,000,000,000.
pub fn parse_cxt(text: &str) -> Result<u128, String> {
	let text = text.trim().replace(['_', ','], "");
	let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
	let bad = || format!("`{text}` is not an amount of CXT (for example 20000 or 0.5)");
	if whole.is_empty() && fraction.is_empty() {
		return Err(bad());
	}
	if !whole.chars().chain(fraction.chars()).all(|c| c.is_ascii_digit()) {
		return Err(bad());
	}
	if fraction.len() > DECIMALS {
		return Err(format!("`{text}` has more than {DECIMALS} decimals"));
	}
	let whole: u128 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| bad())? };
	let padded = format!("{fraction:0<DECIMALS$}");
	let fraction: u128 = padded.parse().map_err(|_| bad())?;
	whole
		.checked_mul(CXT)
		.and_then(|w| w.checked_add(fraction))
		.ok_or_else(|| format!("`{text}` CXT is too large"))
}

/// Formats plancks as CXT with the decimals that are not zero: 1,500,000,000,000 → `1.5 CXT`.
pub fn format_cxt(plancks: u128) -> String {
	let whole = plancks / CXT;
	let fraction = plancks % CXT;
	let mut grouped = String::new();
	for (i, c) in whole.to_string().chars().rev().enumerate() {
		if i > 0 && i % 3 == 0 {
			grouped.push(',');
		}
		grouped.push(c);
	}
	let whole: String = grouped.chars().rev().collect();
	if fraction == 0 {
		format!("{whole} CXT")
	} else {
		let digits = format!("{fraction:0>DECIMALS$}");
		format!("{whole}.{} CXT", digits.trim_end_matches('0'))
	}
}

/// A Q16.16 fixed-point number (the chain's losses and learning rates) as a float.
pub fn from_q16(value: u32) -> f64 {
	f64::from(value) / 65536.0
}

/// A float as Q16.16, if it is positive and fits.
pub fn to_q16(value: f64) -> Option<u32> {
	let scaled = (value * 65536.0).round();
	(value.is_finite() && scaled >= 1.0 && scaled <= f64::from(u32::MAX)).then_some(scaled as u32)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn amounts_round_trip() {
		assert_eq!(parse_cxt("1.5"), Ok(1_500_000_000_000));
		assert_eq!(parse_cxt("20_000"), Ok(20_000 * CXT));
		assert_eq!(parse_cxt(".001"), Ok(CXT / 1000));
		assert_eq!(parse_cxt("0.000000000001"), Ok(1));
		assert!(parse_cxt("0.0000000000001").is_err());
		assert!(parse_cxt("1e3").is_err());
		assert!(parse_cxt("").is_err());
		assert!(parse_cxt("999999999999999999999999999999").is_err());
		assert_eq!(format_cxt(1_500_000_000_000), "1.5 CXT");
		assert_eq!(format_cxt(100_000_000 * CXT), "100,000,000 CXT");
		assert_eq!(format_cxt(1), "0.000000000001 CXT");
	}

	#[test]
	fn fixed_point() {
		assert_eq!(to_q16(4.0), Some(4 << 16));
		assert_eq!(to_q16(0.0), None);
		assert_eq!(to_q16(f64::NAN), None);
		assert_eq!(from_q16(1 << 15), 0.5);
	}
}
