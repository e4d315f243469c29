//! Prints the mining pool's release curve as CSV, computed with the pallet's own rule
//! (`release_budget`, `RELEASE_PER_BLOCK`): one row per four weeks for 40 years of one-hour epochs of
//! 6-second blocks, starting from the full 100,000,000 CXT pool.
//!
//! Columns: year; share of the initial pool released, with nothing flowing back; and the pool's
//! balance as a share of the initial pool when 1,000,000 CXT a year of fees, dust and slashes
//! flow back (it settles where the release equals the inflow). The last two lines give the years
//! to release 50 % and 90 %. `scripts/plot-release-curve.sh` turns this into
//! `docs/release-curve.svg`.

use pallet_mining_pool::types::release_budget;

const CXT: u128 = 1_000_000_000_000;
const SUPPLY: u128 = 100_000_000 * CXT;
const EPOCH_BLOCKS: u64 = 600;
const EPOCHS_PER_YEAR: u64 = 8_766; // 365.25 days of one-hour epochs
const YEARS: u64 = 40;
const RECYCLED_PER_YEAR: u128 = 1_000_000 * CXT;

fn main() {
	let recycled_per_epoch = RECYCLED_PER_YEAR / u128::from(EPOCHS_PER_YEAR);
	let (mut plain, mut with_inflow) = (SUPPLY, SUPPLY);
	let mut released_plain = 0u128;
	let (mut half, mut ninety) = (None, None);
	println!("year,released_share,pool_share_with_recycling");
	for epoch in 0..=YEARS * EPOCHS_PER_YEAR {
		if epoch % (4 * 7 * 24) == 0 {
			let year = epoch as f64 / EPOCHS_PER_YEAR as f64;
			println!(
				"{year:.4},{:.6},{:.6}",
				released_plain as f64 / SUPPLY as f64,
				with_inflow as f64 / SUPPLY as f64
			);
		}
		let budget = release_budget(plain, EPOCH_BLOCKS);
		plain -= budget;
		released_plain += budget;
		with_inflow += recycled_per_epoch;
		with_inflow -= release_budget(with_inflow, EPOCH_BLOCKS);
		let year = (epoch + 1) as f64 / EPOCHS_PER_YEAR as f64;
		if half.is_none() && released_plain * 2 >= SUPPLY {
			half = Some(year);
		}
		if ninety.is_none() && released_plain * 10 >= SUPPLY * 9 {
			ninety = Some(year);
		}
	}
	println!("# years to release 50 %: {:.2}", half.unwrap_or(f64::NAN));
	println!("# years to release 90 %: {:.2}", ninety.unwrap_or(f64::NAN));
}
