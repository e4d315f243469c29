//! Benchmarks of the governance pallet: a checked parameter change, and validator-set edits
//! on a set of `v` validators.

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{traits::dynamic_params::AggregatedKeyValue, BoundedVec};

/// A set of `v` validators with keys.
fn validators<T: Config>(v: u32) -> Vec<T::AccountId> {
	let set: Vec<T::AccountId> = (0..v).map(|i| account("validator", i, 0)).collect();
	for who in &set {
		T::BenchmarkHelper::register_keys(who);
	}
	Validators::<T>::put(BoundedVec::truncate_from(set.clone()));
	set
}

#[benchmarks(where ParametersOf<T>: Default)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_parameter() -> Result<(), BenchmarkError> {
		let origin =
			T::ParameterOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let key_value = ParametersOf::<T>::default();
		let (key, value) = key_value.clone().into_parts();

		#[extrinsic_call]
		_(origin as <T as frame_system::Config>::RuntimeOrigin, key_value);

		assert_eq!(pallet_parameters::Parameters::<T>::get(key), value);
		Ok(())
	}

	#[benchmark]
	fn add_validator(
		v: Linear<1, { T::MaxValidators::get().saturating_sub(1) }>,
	) -> Result<(), BenchmarkError> {
		validators::<T>(v);
		let who: T::AccountId = account("candidate", 0, 0);
		T::BenchmarkHelper::register_keys(&who);
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as <T as frame_system::Config>::RuntimeOrigin, who.clone());

		assert!(Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_validator(
		v: Linear<{ T::MinValidators::get().saturating_add(1) }, { T::MaxValidators::get() }>,
	) -> Result<(), BenchmarkError> {
		let set = validators::<T>(v);
		// The last one: the longest search.
		let who = set.last().cloned().ok_or(BenchmarkError::Weightless)?;
		let origin =
			T::ValidatorOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as <T as frame_system::Config>::RuntimeOrigin, who.clone());

		assert!(!Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn dispatch_as_root() -> Result<(), BenchmarkError> {
		let origin = T::RootReferendumOrigin::try_successful_origin()
			.map_err(|_| BenchmarkError::Weightless)?;
		// The cheapest call: the benchmark measures the wrapper, the call's own weight is added.
		let call: <T as Config>::RuntimeCall =
			frame_system::Call::<T>::remark { remark: Vec::new() }.into();

		#[extrinsic_call]
		_(origin as <T as frame_system::Config>::RuntimeOrigin, alloc::boxed::Box::new(call));

		Ok(())
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
