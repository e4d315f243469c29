//! Running a test and then the invariants of the pallets it touched.

use sp_runtime::TryRuntimeError;

/// Run `test` in `ext`, then `check` (the pallets' `do_try_state`, and whatever else must hold
/// after any test, such as the total issuance) in the state the test left, given what the test
/// returned (what it saw before it ran, for instance). A test passes only if the check passes
/// after it; when the test itself panics, its own message is the one reported.
pub fn execute_checked<R>(
	mut ext: sp_io::TestExternalities,
	test: impl FnOnce() -> R,
	check: impl FnOnce(R) -> Result<(), TryRuntimeError>,
) {
	ext.execute_with(|| {
		let result = test();
		if let Err(error) = check(result) {
			panic!("invariants broken after the test: {error:?}");
		}
	})
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_test_passes_only_if_the_check_holds_after_it() {
		execute_checked(
			sp_io::TestExternalities::default(),
			|| 1,
			|seen| {
				if seen == 1 {
					Ok(())
				} else {
					Err("the test saw something else".into())
				}
			},
		);
		let broken = std::panic::catch_unwind(|| {
			execute_checked(sp_io::TestExternalities::default(), || (), |()| Err("broken".into()))
		});
		assert!(broken.is_err());
	}
}
